"""One module per ``handbook`` command; each exposes ``command``."""
