"""Presenters of ``handbook training``: who must read the current version, as text, JSON and a printable page.

Each takes the render context (model, translator) and the :class:`~generator.training.status.TrainingReport`;
none loads anything.
"""
