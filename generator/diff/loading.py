"""Load the two sides of a diff, in parallel where the platform forks (Linux), else one after the other.

Each side is the normal :func:`generator.pipeline.load` (validation included). The old side runs in a
forked worker that sends back its model and diagnostics (pickled; read-only mappings are sent as dicts),
so a diff costs about one load instead of two on a machine with two cores.
"""

from __future__ import annotations

import copyreg
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from types import MappingProxyType
from typing import Any

from ..diagnostics import Diagnostics
from ..model import Handbook
from ..pipeline import load


def _proxy(data: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(data)


def _reduce_proxy(mapping: MappingProxyType[Any, Any]) -> tuple[Any, tuple[dict[Any, Any]]]:
    return _proxy, (dict(mapping),)


copyreg.pickle(MappingProxyType, _reduce_proxy)


def _load(folder: str) -> tuple[Handbook, Diagnostics]:
    result = load(folder)
    return result.handbook, result.diagnostics


def load_pair(old: str, new: str) -> tuple[tuple[Handbook, Diagnostics], tuple[Handbook, Diagnostics]]:
    """Both sides' models and diagnostics."""
    if "fork" not in multiprocessing.get_all_start_methods() or (os.cpu_count() or 1) < 2:
        return _load(old), _load(new)
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as pool:
            future = pool.submit(_load, old)
            second = _load(new)
            first = future.result()
    except (OSError, RuntimeError, ImportError):  # no process support (sandboxes): do it in turn
        return _load(old), _load(new)
    return first, second
