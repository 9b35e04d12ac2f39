"""A small trend chart as inline SVG: one point per period, joined by a line, and the pass-mark line.

No script and nothing from the internet. The chart is an image with a name and a description (the scores in
words), and the page shows the same figures as a table; the time axis runs left to right in every language.
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup

from ...i18n import Translator

WIDTH, HEIGHT = 280, 150
LEFT, RIGHT, TOP, BOTTOM = 34, 12, 10, 28  # margins: y labels on the left, period labels below


def _x(i: int, n: int) -> float:
    span = WIDTH - LEFT - RIGHT
    return LEFT + (span / 2 if n == 1 else span * i / (n - 1))


def _y(score: float) -> float:
    return TOP + (HEIGHT - TOP - BOTTOM) * (1 - max(0.0, min(score, 100.0)) / 100)


def chart(chart_id: str, title: str, labels: Sequence[str], scores: Sequence[float | None], pass_mark: float,
          t: Translator) -> Markup:
    """A ``<figure>`` with the chart of ``scores`` (one per label; None: no audit that period)."""
    n = len(labels)
    said = "; ".join(f"{label}: {t.format_number(s)}" for label, s in zip(labels, scores, strict=True))
    desc = t.gettext("Score per period: {scores}. Pass mark {mark}.", scores=said, mark=t.format_decimal(pass_mark))
    parts = [Markup('<svg viewBox="0 0 {} {}" width="{}" height="{}" role="img" aria-labelledby="{}-t" '
                    'aria-describedby="{}-d" dir="ltr" class="trend">').format(WIDTH, HEIGHT, WIDTH, HEIGHT,
                                                                              chart_id, chart_id),
             Markup('<title id="{}-t">{}</title><desc id="{}-d">{}</desc>').format(chart_id, title, chart_id, desc)]
    for tick in (0, 50, 100):
        y = _y(tick)
        parts.append(Markup('<line x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}" class="grid"/>'
                            '<text x="{}" y="{:.1f}" class="tick" text-anchor="end">{}</text>').format(
            LEFT, WIDTH - RIGHT, y, y, LEFT - 4, y + 4, t.format_integer(tick)))
    y = _y(pass_mark)
    parts.append(Markup('<line x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}" class="passmark"/>').format(
        LEFT, WIDTH - RIGHT, y, y))
    segment: list[str] = []
    segments: list[list[str]] = []
    for i, score in enumerate(scores):
        if score is None:
            if segment:
                segments.append(segment)
            segment = []
            continue
        segment.append(f"{_x(i, n):.1f},{_y(score):.1f}")
    if segment:
        segments.append(segment)
    for points in segments:
        if len(points) > 1:
            parts.append(Markup('<polyline points="{}" class="line"/>').format(" ".join(points)))
    for i, score in enumerate(scores):
        if score is not None:
            parts.append(Markup('<circle cx="{:.1f}" cy="{:.1f}" r="3.5" class="{}"/>').format(
                _x(i, n), _y(score), "point fail" if score < pass_mark else "point"))
    shown = range(n) if n <= 4 else sorted({0, n // 2, n - 1})
    for i in shown:
        anchor = "middle" if 0 < i < n - 1 or n == 1 else ("start" if i == 0 else "end")
        parts.append(Markup('<text x="{:.1f}" y="{}" class="tick" text-anchor="{}">{}</text>').format(
            _x(i, n), HEIGHT - 8, anchor, labels[i]))
    last = next((s for s in reversed(scores) if s is not None), None)
    parts.append(Markup("</svg>"))
    caption = Markup('<figcaption><bdi>{}</bdi>: <strong><bdi>{}</bdi></strong></figcaption>').format(
        title, t.format_number(last))
    return Markup('<figure class="chart">') + Markup("").join(parts) + caption + Markup("</figure>")
