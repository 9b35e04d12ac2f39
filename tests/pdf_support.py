"""Reading PDFs back as a reader would: the text of each page, each word's place, how dark it prints.

Needs poppler-utils (``pdftotext``, ``pdftoppm``, ``pdffonts``).
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"))


def have_poppler() -> bool:
    return all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdftoppm"))


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page (pdftotext), bidi control marks removed, whitespace collapsed."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True).stdout
    pages = out.decode("utf-8").translate(_BIDI_CONTROLS).split("\f")
    return [" ".join(p.split()) for p in pages if p.strip()]


@dataclass(frozen=True)
class Word:
    page: int  # 1-based
    text: str
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 in PDF points, from the top left


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def words(pdf: Path) -> list[Word]:
    """Every word of the PDF with its page and box (``pdftotext -bbox``)."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True, text=True).stdout
    found = []
    for number, page in enumerate(re.findall(r"<page\b.*?</page>", out, re.S), 1):
        for m in _WORD.finditer(page):
            x0, y0, x1, y1 = (float(v) for v in m.group(1, 2, 3, 4))
            found.append(Word(number, html.unescape(m.group(5)), (x0, y0, x1, y1)))
    return found


def grey_page(pdf: Path, page: int, dpi: int, tmp: Path) -> tuple[int, int, bytes]:
    """One page rasterised in shades of grey (``pdftoppm -gray``): width, height, one byte per pixel."""
    prefix = tmp / f"{pdf.stem}-{page}"
    subprocess.run(
        ["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(prefix)],
        check=True,
    )
    match = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s(.*)", prefix.with_suffix(".pgm").read_bytes(), re.S)
    assert match is not None, "pdftoppm -gray did not write an 8-bit PGM"
    return int(match.group(1)), int(match.group(2)), match.group(3)


def ink(pdf: Path, word: Word, tmp: Path, dpi: int = 150) -> float:
    """The share of dark pixels (grey below 100 of 255) in the box of a printed word."""
    width, _, pixels = grey_page(pdf, word.page, dpi, tmp)
    scale = dpi / 72
    x0, y0, x1, y1 = (round(v * scale) for v in word.box)
    box = [pixels[y * width + x] for y in range(y0, y1) for x in range(x0, x1)]
    return sum(1 for p in box if p < 100) / max(len(box), 1)
