#!/usr/bin/env python3
"""Write ``generator/locales/quotes.json``: every language's quotation marks, from CLDR (pinned).

Babel ships CLDR's plural rules, number, percent and unit formats, but not its delimiters (the quotation
marks). This script takes them from the Unicode consortium's npm package ``cldr-misc-full`` (``npm pack``,
pinned version, SHA-256 of the tarball recorded) and keeps, for each locale, the outer and inner quotation
marks; a regional locale is kept only where it differs from its language (``de-CH`` writes «…», ``de`` „…“).

Run from the repository root:  python tools/cldr_quotes.py   (needs ``npm``; re-run after changing the pin)
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE, VERSION = "cldr-misc-full", "48.2.0"
OUT = Path(__file__).resolve().parent.parent / "generator" / "locales" / "quotes.json"
KEYS = ("quotationStart", "quotationEnd", "alternateQuotationStart", "alternateQuotationEnd")


def main() -> int:
    if shutil.which("npm") is None:
        print("npm is required (apt-get install npm)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent"], cwd=tmp, check=True,
                             capture_output=True, text=True)
        tarball = Path(tmp) / out.stdout.strip().splitlines()[-1]
        digest = hashlib.sha256(tarball.read_bytes()).hexdigest()
        found: dict[str, list[str]] = {}
        with tarfile.open(tarball) as tar:
            for member in tar.getmembers():
                parts = member.name.split("/")
                if len(parts) != 4 or parts[1] != "main" or parts[3] != "delimiters.json":
                    continue
                extracted = tar.extractfile(member)
                assert extracted is not None
                data = json.load(extracted)["main"][parts[2]]["delimiters"]
                found[parts[2]] = [data[key] for key in KEYS]
    kept = {
        locale: marks
        for locale, marks in sorted(found.items())
        if "-" not in locale or found.get(locale.split("-")[0]) != marks
    }
    document = {
        "source": {"package": PACKAGE, "version": VERSION, "sha256": digest, "license": "Unicode-3.0"},
        "keys": list(KEYS),
        "quotes": kept,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"  {json.dumps(locale)}: {json.dumps(marks, ensure_ascii=False)}" for locale, marks in kept.items()]
    head = json.dumps({k: v for k, v in document.items() if k != "quotes"}, ensure_ascii=False)[:-1]
    OUT.write_text(head + ', "quotes": {\n' + ",\n".join(lines) + "\n}}\n", encoding="utf-8")
    print(f"{OUT}: {len(kept)} locales from {PACKAGE}@{VERSION}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
