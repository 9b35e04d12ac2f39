"""JSON read strictly: a key that appears twice in one object is an error, not "the last one wins".

Python's ``json`` keeps the last of two equal keys, so ``{"text": "not my job", "text": "Hello"}`` would hide
the first text from the phrase checks. Every reader of an audit input decodes with :data:`DECODER` (or
:func:`pairs` as the ``object_pairs_hook``) and reports :class:`DuplicateKey` with its line.
"""

from __future__ import annotations

import json
from typing import Any


class DuplicateKey(ValueError):
    """An object names ``key`` twice."""

    def __init__(self, key: str) -> None:
        super().__init__(f"key `{key}` appears twice in one object")
        self.key = key

    def sentence(self) -> str:
        """The problem, for a diagnostic."""
        return (f"the key `{self.key}` appears twice in one object: JSON readers keep only one of them, "
                "so the other would go unchecked")


def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
    """``object_pairs_hook``: the object as a dict, or :class:`DuplicateKey`."""
    out = dict(items)
    if len(out) != len(items):
        seen: set[str] = set()
        for key, _ in items:
            if key in seen:
                raise DuplicateKey(key)
            seen.add(key)
    return out


DECODER = json.JSONDecoder(object_pairs_hook=pairs)


def loads(text: str) -> Any:
    """``json.loads`` refusing duplicate keys (:class:`DuplicateKey`)."""
    return DECODER.decode(text)
