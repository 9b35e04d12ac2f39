"""``handbook training``: who must read the current version of the standards, and why (FORMAT §7.10).

Reads a staff roster and the acknowledgements (:mod:`.inputs`), and says for each person whether they are
``current`` or ``due``, with the standards of their role that changed since the version they acknowledged,
found by the same comparison as ``handbook diff`` (:mod:`.status`). Presenters are in
:mod:`generator.render.training`.
"""
