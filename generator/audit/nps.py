"""Net Promoter Score (FORMAT §6): % of 9-10 minus % of 0-6, per location, per employee and overall."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .inputs import SurveyResponse


@dataclass
class NpsGroup:
    id: str
    promoters: int = 0
    passives: int = 0
    detractors: int = 0
    lines: list[int] = field(default_factory=list)

    @property
    def responses(self) -> int:
        return self.promoters + self.passives + self.detractors

    @property
    def score(self) -> float | None:
        """NPS in points from -100 to 100; None without responses."""
        n = self.responses
        return None if n == 0 else 100.0 * (self.promoters - self.detractors) / n

    def add(self, response: SurveyResponse) -> None:
        if response.score >= 9:
            self.promoters += 1
        elif response.score >= 7:
            self.passives += 1
        else:
            self.detractors += 1
        self.lines.append(response.line)


@dataclass
class Nps:
    overall: NpsGroup
    locations: dict[str, NpsGroup]
    employees: dict[str, NpsGroup]


def compute(responses: Iterable[SurveyResponse]) -> Nps:
    """NPS overall, per location and per employee (responses without an employee count only in the first two)."""
    overall = NpsGroup("overall")
    locations: dict[str, NpsGroup] = {}
    employees: dict[str, NpsGroup] = {}
    for r in responses:
        overall.add(r)
        locations.setdefault(r.location, NpsGroup(r.location)).add(r)
        if r.employee:
            employees.setdefault(r.employee, NpsGroup(r.employee)).add(r)
    return Nps(overall, dict(sorted(locations.items())), dict(sorted(employees.items())))
