#!/usr/bin/env python3
"""Vendor the site's third-party browser assets from the npm registry (reproducibly, pinned).

The handbook site must work with no internet, even from ``file://``. MkDocs Material would otherwise load
the iframe-worker shim (search under ``file://``) from a CDN.
The site search also takes the stemmers and stop-word lists of lunr-languages (not copied into sites as they
are: ``generator/render/site/search/`` bundles the one a language needs with the handbook's search code).
This script fetches the pinned npm packages with ``npm pack``, copies the files the site needs plus their
licences into ``generator/assets/vendor/`` and writes ``VENDORED.json`` with each file's SHA-256.

Test-time assets go to ``tests/vendor/`` instead (with their own ``VENDORED.json``): axe-core, which the
accessibility tests inject into every kind of generated page. It is committed so the tests run offline in
CI, and kept out of the package so it is neither in the wheel nor copied into every built site.

Run from the repository root:  python tools/vendor_assets.py   (needs ``npm``; re-run after changing a pin)
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

#: npm package -> (pinned version, {file inside the package: destination relative to the vendor folder})
PACKAGES: dict[str, tuple[str, dict[str, str]]] = {
    "iframe-worker": (
        "1.0.4",
        {"package/shim/index.js": "iframe-worker/shim.js", "package/LICENSE": "iframe-worker/LICENSE"},
    ),
    "lunr-languages": (
        "1.22.0",
        {
            "package/lunr.stemmer.support.js": "lunr-languages/lunr.stemmer.support.js",
            "package/lunr.fr.js": "lunr-languages/lunr.fr.js",
            "package/lunr.he.js": "lunr-languages/lunr.he.js",
            "package/lunr.ro.js": "lunr-languages/lunr.ro.js",
            "package/lunr.ru.js": "lunr-languages/lunr.ru.js",
            "package/LICENSE": "lunr-languages/LICENSE",
        },
    ),
}

#: the same for assets only the tests use (never shipped, never copied into a site)
TEST_PACKAGES: dict[str, tuple[str, dict[str, str]]] = {
    "axe-core": (
        "4.14.1",
        {"package/axe.min.js": "axe-core/axe.min.js", "package/LICENSE": "axe-core/LICENSE"},
    ),
}

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "generator" / "assets" / "vendor"
TEST_VENDOR = ROOT / "tests" / "vendor"


def main() -> int:
    if shutil.which("npm") is None:
        print("npm is required (apt-get install npm)", file=sys.stderr)
        return 2
    vendor(PACKAGES, VENDOR)
    vendor(TEST_PACKAGES, TEST_VENDOR)
    return 0


def vendor(packages: dict[str, tuple[str, dict[str, str]]], folder: Path) -> None:
    """Fetch each pinned package, copy its files into ``folder`` and record their SHA-256."""
    manifest: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, (version, files) in packages.items():
            out = subprocess.run(
                ["npm", "pack", f"{name}@{version}", "--silent"], cwd=tmp, check=True, capture_output=True, text=True
            )
            tarball = Path(tmp) / out.stdout.strip().splitlines()[-1]
            hashes: dict[str, str] = {}
            with tarfile.open(tarball) as tar:
                for member, dest in files.items():
                    extracted = tar.extractfile(member)
                    if extracted is None:
                        raise SystemExit(f"{name}@{version} has no {member}")
                    data = extracted.read()
                    target = folder / dest
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(data)
                    hashes[dest] = hashlib.sha256(data).hexdigest()
            manifest[name] = {"version": version, "files": hashes}
            print(f"vendored {name}@{version}: {', '.join(files.values())}")
    (folder / "VENDORED.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
