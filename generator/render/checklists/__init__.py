"""Printable per-role training checklists and audit forms (HTML, optional PDF) and CSV audit templates.

Layout of the output folder (``generator.urls.checklist`` links to it)::

    <out>/<lang>/<role>-checklist.html     <out>/<lang>/<role>-checklist.pdf     (with pdf=True)
    <out>/<lang>/<role>-audit-form.html    <out>/<lang>/<role>-audit-form.pdf    (with pdf=True)
    <out>/<role>-audit-template.csv        one per role: item ids do not depend on the language
    <out>/<lang>/<scenario>-shopper-brief.html   <out>/<lang>/<scenario>-shopper-brief.pdf   (with pdf=True)

Everything is written into a temporary folder beside ``out_dir`` and swapped in at the end, so an
existing output is replaced whole on success and left untouched on failure.
"""

from __future__ import annotations

import csv
import os
import shutil
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from ...atomic import check_replaceable, replace_dir
from ...clock import today_from_env
from ...diagnostics import did_you_mean
from ...errors import BuildError, HandbookError, UsageError
from ...model import Handbook
from ... import leftovers
from .. import htmlcheck
from ..context import render_context
from .brief import brief_content, brief_name, scenario_roles
from .content import item_ids, role_content
from .form import _asset, form_context
from .html import PAPER_SIZES, TEMPLATES, Page, render, render_brief
from .pdf import require_weasyprint, write_pdfs

__all__ = ["CSV_HEADER", "KINDS", "MARKER", "write_checklists"]

#: the ``--results`` header of FORMAT §6, exactly
CSV_HEADER = ("audit_id", "date", "employee", "role", "location", "item", "result", "comment")
KINDS = ("checklist", "audit-form")
#: a file that marks a folder as this command's output, so ``--out`` never replaces anything else
MARKER = ".handbook-checklists"


def csv_name(role_id: str) -> str:
    return f"{role_id}-audit-template.csv"


def _select(asked: Sequence[str] | None, known: Sequence[str], what: str, option: str) -> list[str]:
    """The asked ids in the handbook's order (all when none asked); an unknown one is a usage error."""
    if not asked:
        return list(known)
    for value in asked:
        if value not in known:
            guess = did_you_mean(value, known)
            hint = f"did you mean `{guess}`?" if guess else f"known {what}s: {', '.join(known) or '(none)'}"
            raise UsageError(f"unknown {what} `{value}` for {option}: {hint}")
    return [k for k in known if k in asked]


def allowed_markup() -> htmlcheck.Allowed:
    """What the checklist, form and brief templates write themselves (the form's inlined script too)."""
    return htmlcheck.from_templates([TEMPLATES], scripts=[str(_asset("form.js"))])


def _check_replaceable(out_dir: Path, force: bool = False) -> None:
    check_replaceable(out_dir, MARKER, "handbook checklists", "--out", force=force)


def write_csv_template(handbook: Handbook, role_id: str, target: Path, on: date | None = None) -> None:
    """One row per item of the role, ``role`` and ``item`` filled in, in the ``--results`` format.

    UTF-8 with a byte-order mark, so Excel opens non-Latin comments correctly; ``handbook audit``
    accepts the mark.
    """
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_HEADER)
        for item in item_ids(handbook, role_id, on):
            writer.writerow(("", "", "", role_id, "", item, "", ""))


def briefed_scenarios(handbook: Handbook, roles: Sequence[str]) -> list[str]:
    """The scenarios whose briefs are written with these roles' documents: those that check one of their items."""
    chosen = set(roles)
    return [s.id for s in handbook.scenarios if chosen & set(scenario_roles(handbook, s))]


def _write_all(
    handbook: Handbook,
    tmp: Path,
    languages: Iterable[str],
    roles: Sequence[str],
    pdf: bool,
    paper: str,
    day: date,
) -> list[Path]:
    written: list[Path] = []
    jobs: list[tuple[str, Path, Path]] = []
    (tmp / MARKER).write_text("Written by `handbook checklists`; replaced whole on every run.\n", "utf-8")
    for role_id in roles:
        write_csv_template(handbook, role_id, tmp / csv_name(role_id), day)
        written.append(Path(csv_name(role_id)))
    for lang in languages:
        ctx = render_context(handbook, lang, today=day)
        folder = tmp / lang
        folder.mkdir()
        for role_id in roles:
            content = role_content(ctx, role_id)
            offered = [
                (scenario_id, handbook.text(handbook.scenario(scenario_id).title, lang))  # type: ignore[union-attr]
                for scenario_id in briefed_scenarios(handbook, [role_id])
            ]
            form = form_context(ctx, content, offered)
            for kind in KINDS:
                page = Page(
                    organization=handbook.organization,
                    title=handbook.text(handbook.title, lang),
                    version=handbook.version,
                    date=day.isoformat(),
                    lang=lang,
                    csv_name=csv_name(role_id),
                    paper=None,
                )
                name = f"{role_id}-{kind}"
                (folder / f"{name}.html").write_text(render(ctx, kind, content, page, form), "utf-8")
                written.append(Path(lang, f"{name}.html"))
                if pdf:
                    pdf_page = Page(**{**page.__dict__, "paper": paper})
                    jobs.append((render(ctx, kind, content, pdf_page, form), folder, folder / f"{name}.pdf"))
                    written.append(Path(lang, f"{name}.pdf"))
        for scenario_id in briefed_scenarios(handbook, roles):
            scenario = handbook.scenario(scenario_id)
            assert scenario is not None
            brief = brief_content(ctx, scenario, frozenset(roles))
            page = Page(
                organization=handbook.organization,
                title=handbook.text(handbook.title, lang),
                version=handbook.version,
                date=day.isoformat(),
                lang=lang,
                csv_name="",
                paper=None,
            )
            name = brief_name(scenario_id)
            (folder / f"{name}.html").write_text(render_brief(ctx, brief, page), "utf-8")
            written.append(Path(lang, f"{name}.html"))
            if pdf:
                pdf_page = Page(**{**page.__dict__, "paper": paper})
                jobs.append((render_brief(ctx, brief, pdf_page), folder, folder / f"{name}.pdf"))
                written.append(Path(lang, f"{name}.pdf"))
    if jobs:
        write_pdfs(jobs)
    return written


def write_checklists(
    handbook: Handbook,
    out_dir: Path,
    *,
    languages: Sequence[str] | None = None,
    roles: Sequence[str] | None = None,
    pdf: bool = False,
    paper: str = "a4",
    today: date | None = None,
    force: bool = False,
) -> list[Path]:
    """Write every role's checklist and audit form in every language (or the ones asked) into ``out_dir``.

    ``today`` is the day whose standards are printed (default: today, or ``HANDBOOK_TODAY``): only the
    standards in force that day are on the pages and in the CSV templates (FORMAT §7.9).

    Returns the written files. Raises :class:`UsageError` (exit 2) for an unknown role or language
    or an ``out_dir`` that holds something else, :class:`PdfUnavailable` (exit 1) when ``pdf`` is
    asked without WeasyPrint, :class:`BuildError` (exit 1) when rendering fails; in every failure the
    previous ``out_dir`` is left as it was.
    """
    out_dir = Path(out_dir)
    langs = _select(languages, handbook.languages, "language", "--lang")
    role_ids = _select(roles, [r.id for r in handbook.roles], "role", "--role")
    if paper not in PAPER_SIZES:
        raise UsageError(f"unknown paper size `{paper}`: use one of {', '.join(PAPER_SIZES)}")
    if pdf:
        require_weasyprint()
    _check_replaceable(out_dir, force)
    day = today or today_from_env()
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        tmp = leftovers.temp_dir(out_dir.parent, f".{out_dir.name}.tmp-")
    except OSError as exc:
        raise UsageError(f"cannot write into {out_dir.parent}: {exc.strerror or exc}") from exc
    try:
        written = _write_all(handbook, tmp, langs, role_ids, pdf, paper, day)
        htmlcheck.check_folder(tmp, allowed_markup())
        replace_dir(tmp, out_dir)
    except HandbookError:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    except Exception as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise BuildError(
            f"could not write the checklists into {out_dir} ({type(exc).__name__}: {exc}); "
            "the previous output was left as it was"
        ) from exc
    except BaseException:  # Ctrl-C: no half-written temporary folder is left behind either
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return [out_dir / rel for rel in written]
