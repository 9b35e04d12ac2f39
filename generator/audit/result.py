"""The outcome of one ``handbook audit`` run: what every reporter receives (one context object)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Handbook
from .nps import Nps
from .scoring import Scores
from .transcripts import TranscriptResult


@dataclass
class AuditRun:
    handbook: Handbook
    scores: Scores | None  # None without --results
    nps: Nps | None  # None without --surveys
    transcripts: TranscriptResult | None  # None without --transcripts
    inputs: dict[str, str] = field(default_factory=dict)  # "results" | "surveys" | "transcripts" -> path
    notes: list[str] = field(default_factory=list)  # e.g. "results.csv has no audit rows"
    lang: str = ""
    site_url: str | None = None
