"""The outcome of one ``handbook audit`` run: the data every reporter presents.

The language and the links of a report are the presenter's :class:`generator.render.context.RenderContext`,
not part of the run: the same run is written as JSON (English, no language) and as text or HTML in ``--lang``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..model import Handbook
from .calibration import Calibration
from .coverage import Coverage
from .notes import NOTES
from .nps import SurveyFigures
from .scoring import Scored
from .store import Imported
from .transcripts import TranscriptResult


@dataclass
class StoreSummary:
    """``--store``: what this run imported and what the store holds now."""

    path: str
    imports: list[Imported] = field(default_factory=list)
    audits: int = 0
    survey_answers: int = 0
    conversations: int = 0  # scored from transcripts
    left_out: int = 0  # stored answers whose item is no longer in the handbook


@dataclass
class AuditRun:
    handbook: Handbook
    scores: Scored | None  # None without --results
    nps: SurveyFigures | None  # None without --surveys
    transcripts: TranscriptResult | None  # None without --transcripts
    inputs: dict[str, str] = field(default_factory=dict)  # "results" | "surveys" | "transcripts" -> path
    notes: list[str] = field(default_factory=list)  # in English (the JSON report), e.g. "results.csv has no audit rows"
    #: index in ``notes`` -> (label key, path, values), so that the text and HTML reports can say it in ``lang``
    note_keys: dict[int, tuple[str, str, dict[str, object]]] = field(default_factory=dict)
    period: str | None = None  # week | month | quarter (--period)
    start: date | None = None  # --from
    end: date | None = None  # --to
    store: StoreSummary | None = None  # --store
    calibration: Calibration | None = None  # --calibration
    coverage: Coverage | None = None  # --coverage

    def note(self, key: str, path: str, **values: object) -> None:
        """Record a note (a key of :data:`.notes.NOTES`): English in ``notes``, translated in the reports."""
        self.note_keys[len(self.notes)] = (key, path, values)
        self.notes.append(NOTES[key].format(path=path, **values))
