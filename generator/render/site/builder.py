"""``handbook build``: one linear function from the model to a complete ``site/``.

validate (done by the caller) -> write Markdown + config per language -> MkDocs builds each language
into a temporary folder -> root redirect page + checklists -> safety check -> swap into place.
A failure at any point leaves the previous ``site/`` exactly as it was.
"""

from __future__ import annotations

import json
import logging
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ... import i18n, leftovers, urls
from ...atomic import check_replaceable, replace_dir
from ...diff.changes import ChangeSet
from ...errors import BuildError, UsageError
from ...model import Handbook
from .. import htmlcheck
from ..context import Links, RenderContext, render_context
from . import config as site_config
from . import markdown as md
from .a11y import TERM_REFERENCE
from .context import PageContext, relative
from .pages import Page, all_pages
from .search.entries import entries_file, entries_json

ASSETS = Path(__file__).resolve().parent.parent.parent / "assets"
MARKER = ".handbook-site"  # marks a folder as a built site, so a rebuild may replace it


@dataclass(frozen=True)
class LanguageSource:
    """One language's generated sources: its docs folder and config file."""

    lang: str
    docs_dir: Path
    config_file: Path
    pages: int


@dataclass
class BuildResult:
    site_dir: Path
    languages: tuple[str, ...]
    pages: int
    warnings: list[str] = field(default_factory=list)
    allowed: htmlcheck.Allowed = field(default_factory=htmlcheck.Allowed)  # what the theme writes itself
    seconds: dict[str, float] = field(default_factory=dict)  # generate, mkdocs, finish


# -- sources ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GlossaryEntry:
    """One way a glossary term is written, its one-line definition and the term's id."""

    written: str
    definition: str
    term_id: str


def glossary_lines(handbook: Handbook, lang: str) -> list[GlossaryEntry]:
    """Every glossary term and alias as written (and with its first letter in either case), for tooltips."""
    found: dict[str, GlossaryEntry] = {}
    for term in handbook.terms:
        definition = md.plain(handbook.text(term.definition, lang))
        for text in (term.term, *term.aliases):
            written = " ".join(handbook.text(text, lang).split())
            if not written or any(c in written for c in "]\\[") or not definition:
                continue
            for variant in (written, written[:1].upper() + written[1:], written[:1].lower() + written[1:]):
                found.setdefault(variant, GlossaryEntry(variant, definition, term.id))
    return list(found.values())


def with_glossary(markdown_text: str, glossary: list[GlossaryEntry], page: str) -> str:
    """Append ``*[term]: definition`` for the terms the page uses (abbr marks them) and where each is defined
    (a reference the accessibility extension turns the first mention into a link to; see :mod:`.a11y`)."""
    used = [entry for entry in glossary if entry.written in markdown_text]
    if not used:
        return markdown_text
    lines = [f"*[{md.inline(e.written)}]: {e.definition}" for e in used]
    targets = {" ".join(e.written.lower().split()): e.term_id for e in used}
    lines += [
        f"[{TERM_REFERENCE}{written}]: {relative(page, urls.DEFINITIONS)}#{md.attr(term_id)}"
        for written, term_id in targets.items()
    ]
    return markdown_text + "\n" + "\n".join(lines) + "\n"


def write_if_changed(path: Path, text: str) -> None:
    """Write unless identical (the dev server watches these files: no rewrite, no rebuild loop)."""
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def copy_assets(docs_dir: Path) -> None:
    """The vendored scripts and the handbook's stylesheet, next to the pages that use them (lunr-languages goes
    into the search script instead, see :mod:`.search.script`)."""
    for source in ASSETS.rglob("*"):
        if source.is_file() and source.name != "VENDORED.json" and "lunr-languages" not in source.parts:
            target = docs_dir / "assets" / source.relative_to(ASSETS)
            if not target.is_file() or target.stat().st_size != source.stat().st_size:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)


def write_docs(ctx: RenderContext, docs_dir: Path) -> list[Page]:
    """Every page of one language as Markdown, with its glossary tooltips; stale pages are removed."""
    pages = all_pages(PageContext(ctx))
    glossary = glossary_lines(ctx.handbook, ctx.lang)
    wanted = set()
    for page in pages:
        write_if_changed(docs_dir / page.path, with_glossary(page.markdown, glossary, page.path))
        wanted.add(page.path)
    for old in docs_dir.rglob("*.md"):
        if old.relative_to(docs_dir).as_posix() not in wanted:
            old.unlink()
    write_if_changed(entries_file(docs_dir), entries_json(ctx))
    copy_assets(docs_dir)
    return pages


def generate_sources(
    handbook: Handbook,
    src_dir: Path,
    out_dir: Path,
    changes: ChangeSet | None = None,
    cwd: Path | None = None,
    extra: dict[str, Any] | None = None,
    languages: tuple[str, ...] | None = None,
    links: Links | None = None,
    hooks: tuple[str, ...] = (),
) -> list[LanguageSource]:
    """Markdown and a config (inheriting ./mkdocs.yml or the defaults) for each language."""
    parent_path = site_config.parent_config(cwd)
    parent = site_config.load_parent(parent_path)
    sources = []
    for lang in languages or handbook.languages:
        docs_dir = src_dir / lang / "docs"
        pages = write_docs(render_context(handbook, lang, changes, links), docs_dir)
        cfg = site_config.language_config(
            handbook, lang, pages, docs_dir, out_dir / lang, parent_path, parent, extra, hooks
        )
        config_file = src_dir / lang / "mkdocs.yml"
        site_config.write_config(cfg, config_file)
        sources.append(LanguageSource(lang, docs_dir, config_file, len(pages)))
    return sources


# -- MkDocs ----------------------------------------------------------------------------------------


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _mkdocs_log() -> Iterator[_Collect]:
    """MkDocs' warnings are collected (and returned) instead of printed; its info chatter is dropped."""
    logger = logging.getLogger("mkdocs")
    handler = _Collect()
    saved = (logger.level, logger.propagate)
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]


def run_mkdocs(config_file: Path) -> tuple[list[str], htmlcheck.Allowed]:
    """Build one language's site with MkDocs' Python API; failures become a :class:`BuildError`.

    Returns MkDocs' warnings, and what the theme's templates and the configured scripts write into
    pages themselves (for :mod:`generator.render.htmlcheck`)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, MkDocsException

    with _mkdocs_log() as log:
        try:
            cfg = load_config(config_file=str(config_file))
            cfg.plugins.on_startup(command="build", dirty=False)
            try:
                build(cfg)
            finally:
                cfg.plugins.on_shutdown()
        except (MkDocsException, Abort) as exc:
            details = "; ".join(log.messages[-3:])
            raise BuildError(f"MkDocs could not build {config_file.parent.name}: {exc} {details}".strip()) from exc
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise BuildError(f"MkDocs failed on {config_file}: {type(exc).__name__}: {exc}") from exc
    sources = [str(getattr(s, "path", s)) for s in cfg.extra_javascript]
    allowed = htmlcheck.from_templates(
        [Path(d) for d in cfg.theme.dirs], script_sources=[s for s in sources if not htmlcheck.is_relative_url(s)]
    )
    return log.messages, allowed


# -- the site root ---------------------------------------------------------------------------------

ROOT_PAGE = """<!doctype html>
<html lang="{lang}" dir="{dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<script>{script}</script>
<style>
body {{ font: 1.1rem/1.5 system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; }}
a {{ display: block; padding: .6rem 0; color: #3f51b5; }}
</style>
</head>
<body>
<h1>{title}</h1>
<nav>
{links}
</nav>
</body>
</html>
"""


ROOT_SCRIPT = """
(function () {{
  var languages = {languages}, fallback = {fallback};
  var wanted = navigator.languages || [navigator.language || ""];
  for (var i = 0; i < wanted.length; i++) {{
    var code = String(wanted[i]).toLowerCase().split("-")[0];
    if (languages.indexOf(code) >= 0) {{ location.replace(code + "/index.html"); return; }}
  }}
  location.replace(fallback + "/index.html");
}})();
"""


def root_script(handbook: Handbook) -> str:
    """The root page's script: the language codes go in as JSON with ``<`` escaped (no ``</script>``)."""
    return ROOT_SCRIPT.format(
        languages=json.dumps(list(handbook.languages)).replace("<", "\\u003c"),
        fallback=json.dumps(handbook.default_language).replace("<", "\\u003c"),
    )


def write_root_page(handbook: Handbook, out_dir: Path) -> None:
    """``site/index.html``: sends readers to their browser's language (default: the first), links otherwise."""
    default = handbook.default_language
    links = "\n".join(
        f'<a href="{md.attr(lang)}/index.html" hreflang="{md.attr(lang)}" lang="{md.attr(lang)}" '
        f'dir="{i18n.direction(lang)}">{md.attr(i18n.language_name(lang))} — '
        f"{md.attr(handbook.text(handbook.title, lang))}</a>"
        for lang in handbook.languages
    )
    page = ROOT_PAGE.format(
        lang=md.attr(default),
        dir=i18n.direction(default),
        title=md.attr(handbook.text(handbook.title, default)),
        script=root_script(handbook),
        links=links,
    )
    (out_dir / "index.html").write_text(page, encoding="utf-8")
    (out_dir / MARKER).write_text("built by `handbook build`; safe to delete\n", encoding="utf-8")


def write_checklists_into(handbook: Handbook, out_dir: Path) -> None:
    """The printable checklists and audit forms that role pages link to."""
    from ..checklists import write_checklists

    write_checklists(handbook, out_dir / urls.CHECKLISTS_DIR)


def check_site(handbook: Handbook, out_dir: Path, allowed: htmlcheck.Allowed) -> None:
    """Refuse to publish when any page (theme, content, root page, checklists) holds code no template wrote."""
    from ..checklists import allowed_markup

    allowed += allowed_markup() + htmlcheck.from_templates([], scripts=[root_script(handbook)])
    htmlcheck.check_folder(out_dir, allowed)


# -- the build -------------------------------------------------------------------------------------


def build_site(
    handbook: Handbook,
    site_dir: Path,
    *,
    changes: ChangeSet | None = None,
    cwd: Path | None = None,
    checklists: bool = True,
    strict: bool = False,
    force: bool = False,
) -> BuildResult:
    """Build every language of the handbook into ``site_dir``, atomically (``strict``: MkDocs warnings fail;
    ``force``: replace a folder that handbook did not build)."""
    site_dir = site_dir.resolve()
    check_replaceable(site_dir, MARKER, "handbook build", "--site-dir", force=force)
    try:
        site_dir.parent.mkdir(parents=True, exist_ok=True)
        work = leftovers.temp_dir(site_dir.parent, f".{site_dir.name}-build-")
    except OSError as exc:
        why = "a part of it is a file" if isinstance(exc, FileExistsError | NotADirectoryError) else exc.strerror
        raise UsageError(f"cannot write into {site_dir.parent}: {why or exc}; choose another --site-dir") from exc
    result = BuildResult(site_dir, handbook.languages, 0)
    try:
        out = work / "site"
        # 1. Markdown + config per language
        started = time.perf_counter()
        sources = generate_sources(handbook, work / "src", out, changes, cwd)
        result.pages = sum(s.pages for s in sources)
        generated = time.perf_counter()
        # 2. MkDocs builds each language into the temporary site
        for source in sources:
            messages, allowed = run_mkdocs(source.config_file)
            result.warnings += [f"[{source.lang}] {m}" for m in messages]
            result.allowed += allowed
        built = time.perf_counter()
        if strict and result.warnings:
            raise BuildError(f"{len(result.warnings)} MkDocs warning(s) with --strict: " + "; ".join(result.warnings))
        # 3. the root page that picks the reader's language, and the printable checklists
        write_root_page(handbook, out)
        if checklists:
            write_checklists_into(handbook, out)
        # 4. nothing unsafe reached a page
        check_site(handbook, out, result.allowed)
        # 5. swap: only a complete site ever replaces the old one
        replace_dir(out, site_dir)
        finished = time.perf_counter()
        result.seconds = {"generate": generated - started, "mkdocs": built - generated, "finish": finished - built}
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)
