"""Where every key and value of a loaded YAML document was written."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .diagnostics import Position

JsonPath = tuple[str | int, ...]


@dataclass
class SourceMap:
    """Maps a JSON path (``("steps", 0, "owner")``) to the 1-based line and column of its key and its value."""

    path: str  # the file as shown to the user
    marks: dict[JsonPath, tuple[int, int, int, int]] = field(default_factory=dict)

    def record(self, json_path: JsonPath, key_line: int, key_col: int, value_line: int, value_col: int) -> None:
        self.marks[json_path] = (key_line, key_col, value_line, value_col)

    def position(self, json_path: Sequence[str | int], key: bool = False) -> Position:
        """The value's position (or its key's, with ``key=True``); the nearest recorded ancestor if absent."""
        p = tuple(json_path)
        while p not in self.marks and p:
            p = p[:-1]
        mark = self.marks.get(p)
        if mark is None:
            return Position(self.path, 1, 1)
        if key:
            return Position(self.path, mark[0], mark[1])
        return Position(self.path, mark[2], mark[3])

    def has(self, json_path: Sequence[str | int]) -> bool:
        return tuple(json_path) in self.marks
