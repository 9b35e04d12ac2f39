"""The generated per-language MkDocs config: it INHERITs the customizing ``mkdocs.yml`` and adds the rest.

The parent is ``./mkdocs.yml`` of the working directory when present, else the built-in defaults shipped
in ``generator/render/defaults/mkdocs.yml``. MkDocs merges mappings deeply and replaces lists, so every
list this config sets (hooks, polyfills, extensions, CSS) starts from the parent's list and appends to it.
"""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import Any

import yaml

from ... import i18n, urls
from ...errors import BuildError
from ...model import Handbook
from .pages import Page

DEFAULTS = Path(__file__).resolve().parent.parent / "defaults" / "mkdocs.yml"
HOOK = Path(__file__).resolve().parent / "hook.py"
SAFETY_EXTENSION = "generator.render.site.safety"
A11Y_EXTENSION = "generator.render.site.a11y"
SHIM = "assets/vendor/iframe-worker/shim.js"
CSS = "assets/handbook/handbook.css"

#: extensions the generated Markdown relies on, added when the customizing mkdocs.yml lacks them
REQUIRED_EXTENSIONS: dict[str, dict[str, Any]] = {
    "abbr": {},
    "admonition": {},
    "attr_list": {},
    "md_in_html": {},
    "pymdownx.tilde": {"subscript": False},  # ~~struck~~ words of the "What changed" page; no ~subscript~
    "tables": {},
    "toc": {"permalink": True},
}


def parent_config(cwd: Path | None = None) -> Path:
    """``./mkdocs.yml`` when the working directory has one, else the built-in defaults."""
    candidate = (cwd or Path.cwd()) / "mkdocs.yml"
    return candidate.resolve() if candidate.is_file() else DEFAULTS


def load_parent(path: Path) -> dict[str, Any]:
    """The parent config as MkDocs reads it (``!ENV``, ``!!python/name`` and its own INHERIT resolved)."""
    from mkdocs.exceptions import ConfigurationError
    from mkdocs.utils.yaml import get_yaml_loader, yaml_load

    try:
        with path.open("rb") as handle:
            data = yaml_load(handle, get_yaml_loader())
    except (OSError, ConfigurationError) as exc:
        raise BuildError(f"cannot read the site settings {path}: {exc}") from exc
    except (TypeError, ValueError) as exc:  # MkDocs' loader looks for INHERIT in whatever the file holds
        raise BuildError(f"{path} must be a mapping of MkDocs settings ({exc})") from exc
    except RecursionError as exc:
        raise BuildError(f"{path}: its INHERIT chain comes back to a file it already inherits") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise BuildError(f"{path} must be a mapping of MkDocs settings")
    problems = _parent_problems(data)
    if problems:
        raise BuildError(f"{path}: " + "; ".join(problems) + " (see https://www.mkdocs.org/user-guide/configuration/)")
    return data


def _is_list_of(value: Any, kind: type | tuple[type, ...]) -> bool:
    return isinstance(value, list) and all(isinstance(v, kind) for v in value)


def _parent_problems(data: dict[str, Any]) -> list[str]:
    """What in the customizing mkdocs.yml has a shape the generated config cannot extend (all at once)."""
    problems = []
    extensions = data.get("markdown_extensions")
    one_key = all(len(e) == 1 for e in extensions if isinstance(e, dict)) if isinstance(extensions, list) else True
    listed = _is_list_of(extensions, (str, dict)) and one_key
    if extensions is not None and not (isinstance(extensions, dict) or listed):
        problems.append("`markdown_extensions` must be a list of extension names (or `name: {settings}` entries)")
    for key in ("hooks", "extra_css"):
        if data.get(key) is not None and not _is_list_of(data[key], str):
            problems.append(f"`{key}` must be a list of file paths")
    theme = data.get("theme")
    if theme is not None and not isinstance(theme, str | dict):
        problems.append("`theme` must be a theme name or a mapping with `name:`")
    extra = data.get("extra")
    if extra is not None and not isinstance(extra, dict):
        problems.append("`extra` must be a mapping")
    elif isinstance(extra, dict) and extra.get("polyfills") is not None and not isinstance(extra["polyfills"], list):
        problems.append("`extra.polyfills` must be a list")
    return problems


def _extensions(parent: dict[str, Any]) -> list[Any]:
    """The parent's markdown_extensions (list or mapping form) plus the required ones and the safety net."""
    value = parent.get("markdown_extensions") or []
    ordered: dict[str, Any] = {}
    items = (
        value.items()
        if isinstance(value, dict)
        else ((e, None) if isinstance(e, str) else next(iter(e.items())) for e in value)
    )
    for name, cfg in items:
        ordered[str(name)] = cfg or {}
    for name, cfg in REQUIRED_EXTENSIONS.items():
        ordered.setdefault(name, cfg)
    for own in (A11Y_EXTENSION, SAFETY_EXTENSION):  # last: they run after every other tree processor
        ordered.pop(own, None)
        ordered[own] = {}
    return [{name: cfg} if cfg else name for name, cfg in ordered.items()]


def _parent_hooks(parent: dict[str, Any], parent_path: Path) -> list[str]:
    hooks = parent.get("hooks") or []
    return [str((parent_path.parent / h).resolve()) for h in hooks if isinstance(h, str)]


def _nav(pages: list[Page]) -> list[Any]:
    """The nav in page order: chapters, with stage, situation, role and channel sections."""
    by_path = {page.path: page for page in pages}

    def entry(page: Page) -> dict[str, str]:
        return {html.escape(page.title): page.path}

    nav: list[Any] = []
    sections: dict[str, list[Any]] = {}
    for page in pages:
        top = page.path.split("/", 1)[0]
        if "/" not in page.path:
            nav.append(entry(page))
            continue
        if top not in sections:
            sections[top] = []
            index = by_path.get(f"{top}/index.md")
            nav.append({html.escape(index.title if index else top): sections[top]})
        target = sections[top]
        parts = page.path.split("/")
        if top == "journey" and len(parts) == 3:  # journey/<stage>/...: a section per stage
            stage_index = by_path[f"journey/{parts[1]}/index.md"]
            key = html.escape(stage_index.title)
            stage_section = next(
                (s for s in target if isinstance(s, dict) and key in s and isinstance(s[key], list)), None
            )
            if stage_section is None:
                stage_section = {key: []}
                target.append(stage_section)
            stage_section[key].append(page.path if page.path.endswith("index.md") else entry(page))
        else:
            target.append(page.path if page.path.endswith("index.md") else entry(page))
    return nav


def page_settings(handbook: Handbook, lang: str, pages: list[Page]) -> dict[str, Any]:
    """The settings that come from the standards' texts: the site's name and the navigation (titles). ``handbook
    serve`` sets them again before each rebuild, so an edited title reaches ``<title>`` and the menu."""
    return {"site_name": html.escape(handbook.text(handbook.title, lang)), "nav": _nav(pages)}


def language_config(
    handbook: Handbook,
    lang: str,
    pages: list[Page],
    docs_dir: Path,
    site_dir: Path,
    parent_path: Path,
    parent: dict[str, Any],
    extra: dict[str, Any] | None = None,
    hooks: tuple[str, ...] = (),
) -> dict[str, Any]:
    """The settings of one language's site (written next to its docs as ``mkdocs.yml``); ``hooks`` are
    MkDocs hooks a command adds (``handbook serve``'s regeneration) after the site's own."""
    theme = parent.get("theme")
    theme_settings: dict[str, Any] = {"language": lang}
    if not isinstance(theme, dict):
        theme_settings["name"] = theme if isinstance(theme, str) else "material"
    parent_extra = parent.get("extra") if isinstance(parent.get("extra"), dict) else {}
    polyfills = [p for p in (parent_extra or {}).get("polyfills", []) if "iframe-worker" not in str(p)]
    alternate = [
        {"name": i18n.language_name(other), "link": f"../{other}/{urls.html(urls.HOME)}", "lang": other}
        for other in handbook.languages
    ]
    extra_css = [c for c in parent.get("extra_css") or [] if isinstance(c, str)]
    config: dict[str, Any] = {
        "INHERIT": os.fspath(parent_path),
        "site_name": None,  # page_settings
        "docs_dir": os.fspath(docs_dir),
        "site_dir": os.fspath(site_dir),
        "use_directory_urls": False,
        "theme": theme_settings,
        "nav": None,  # page_settings
        "hooks": [*_parent_hooks(parent, parent_path), os.fspath(HOOK), *hooks],
        "markdown_extensions": _extensions(parent),
        "extra_css": [*extra_css, CSS],
        "extra": {
            "alternate": alternate if len(handbook.languages) > 1 else [],
            "polyfills": [*polyfills, SHIM],
            "handbook": {"lang": lang, "languages": list(handbook.languages), **(extra or {})},
        },
    }
    site_url = parent.get("site_url")
    if isinstance(site_url, str) and site_url.strip():  # each language is published in its own folder
        config["site_url"] = f"{site_url.strip().rstrip('/')}/{lang}/"
    config.update(page_settings(handbook, lang, pages))
    return config


def write_config(config: dict[str, Any], path: Path) -> None:
    """Write a config as YAML; Python names (``!!python/name:``) from the parent survive the round trip."""
    text = "# Generated by `handbook build`: do not edit. Customize the site in ./mkdocs.yml instead.\n"
    dumper = getattr(yaml, "CDumper", yaml.Dumper)  # the C dumper when available: 1,000 steps make a long nav
    text += yaml.dump(config, Dumper=dumper, allow_unicode=True, sort_keys=False, width=120)
    path.write_text(text, encoding="utf-8")
