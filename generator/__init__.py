"""Service standards as code: validate, build the handbook site, print checklists, score audits."""

__version__ = "0.1.0"
