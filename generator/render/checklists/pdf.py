"""PDF through WeasyPrint, an optional extra: ``pip install 'service-standards-handbook[pdf]'``."""

from __future__ import annotations

from collections.abc import Sequence
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


def write_pdfs(jobs: Sequence[tuple[str, Path, Path]]) -> None:
    """Render each ``(html, base_dir, target)``; one font configuration is shared by every document."""
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    for html, base_dir, target in jobs:
        document = weasyprint.HTML(string=html, base_url=str(base_dir) + "/")
        document.write_pdf(target, font_config=fonts)
