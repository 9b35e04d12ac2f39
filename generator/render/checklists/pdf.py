"""PDF through WeasyPrint, an optional extra: ``pip install 'service-standards-handbook[pdf]'``."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from ...errors import HandbookError

INSTALL = "pip install 'service-standards-handbook[pdf]'"


class PdfUnavailable(HandbookError):
    """``--pdf`` was asked for but WeasyPrint cannot be imported (exit 1)."""


def require_weasyprint() -> None:
    """Fail with the install command when WeasyPrint is missing or cannot load its libraries."""
    try:
        import weasyprint  # noqa: F401
    except ModuleNotFoundError as exc:
        if (exc.name or "weasyprint").split(".")[0] != "weasyprint":
            raise PdfUnavailable(f"WeasyPrint cannot be loaded ({exc}). Reinstall the PDF extra: {INSTALL}") from exc
        raise PdfUnavailable(
            f"PDF output needs WeasyPrint, which is not installed. Install it with: {INSTALL}"
        ) from exc
    except (ImportError, OSError) as exc:  # OSError: Pango or its libraries missing
        raise PdfUnavailable(f"WeasyPrint cannot be loaded ({exc}). Install the PDF extra with: {INSTALL}") from exc


_FONTS: list[object] = []  # one FontConfiguration per process, made on first use


def _render_one(job: tuple[str, str, str]) -> None:
    """Render one ``(html, base_dir, target)`` job (in this process or a worker)."""
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    if not _FONTS:
        _FONTS.append(FontConfiguration())
    html, base_dir, target = job
    weasyprint.HTML(string=html, base_url=base_dir + "/").write_pdf(target, font_config=_FONTS[0])


def workers(jobs: int) -> int:
    """How many processes render PDFs: one per CPU this process may use, never more than the jobs."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, jobs))


def write_pdfs(jobs: Sequence[tuple[str, Path, Path]], processes: int | None = None) -> None:
    """Render each ``(html, base_dir, target)``; WeasyPrint's layout is CPU-bound, so the documents are
    spread over one process per CPU (forked, so the workers start with WeasyPrint already imported)."""
    plain = [(html, str(base), str(target)) for html, base, target in jobs]
    count = workers(len(plain)) if processes is None else processes
    if count <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        for job in plain:
            _render_one(job)
        return
    import weasyprint  # noqa: F401  imported before forking

    with ProcessPoolExecutor(max_workers=count, mp_context=multiprocessing.get_context("fork")) as pool:
        for _ in pool.map(_render_one, plain, chunksize=max(1, len(plain) // (count * 4))):
            pass
