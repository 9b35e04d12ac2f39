"""placeholder"""
from __future__ import annotations

from .result import AuditRun


def render(run: AuditRun) -> str:
    return ""
