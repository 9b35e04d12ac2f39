"""The house, drawn from the imports: no cycle, and no presenter reaching back into loading or the pipeline."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "generator"
#: what a presenter (generator.render.*) must never import: it gets the model and what it needs passed in
NOT_FOR_PRESENTERS = ("generator.pipeline", "generator.loader", "generator.commands", "generator.cli")


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def import_graph() -> dict[str, set[str]]:
    """generator module -> the generator modules it imports (at the top or inside a function)."""
    files = {_module(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        is_package = path.name == "__init__.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = _resolve(name, is_package, node)
                # ``from . import x`` names a module when x is one; else the package itself
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in files else base for a in node.names]
            for target in targets:
                while target and target not in files:
                    target = target.rpartition(".")[0]
                # importing a.b.c runs a/__init__ and a/b/__init__ first: those are arrows too
                while target.startswith("generator.") or target == "generator":
                    if target in files and target != name and not name.startswith(target + "."):
                        graph[name].add(target)
                    target = target.rpartition(".")[0]
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_import_graph_has_no_cycle() -> None:
    assert _cycles(import_graph()) == []


def _path(graph: dict[str, set[str]], start: str, goal: tuple[str, ...]) -> list[str] | None:
    """The shortest import chain from ``start`` to a module under ``goal`` (breadth first), or None."""
    previous: dict[str, str | None] = {start: None}
    queue = [start]
    for module in queue:
        if module.startswith(goal):
            chain = [module]
            while (before := previous[chain[-1]]) is not None:
                chain.append(before)
            return chain[::-1]
        for target in sorted(graph[module]):
            if target not in previous:
                previous[target] = module
                queue.append(target)
    return None


def test_presenters_do_not_reach_back_into_loading_or_the_pipeline() -> None:
    """No arrow from generator.render to the loader, the pipeline or the commands, not even through others."""
    graph = import_graph()
    chains = [
        " -> ".join(chain)
        for module in sorted(graph)
        if module.startswith("generator.render")
        and (chain := _path(graph, module, NOT_FOR_PRESENTERS)) is not None
    ]
    assert chains == []


def test_the_drawing_sees_the_arrows() -> None:
    """The graph is not empty by mistake: arrows every reader of the code can check."""
    graph = import_graph()
    assert "generator.model" in graph["generator.pipeline"]
    assert "generator.loader" in graph["generator.pipeline"]
    assert _cycles({"a": {"b"}, "b": {"a"}, "c": set()}) == [["a", "b"]]


#: outside generator/render, the only modules that deal in interface words: the translator itself
TRANSLATOR = "generator/i18n.py"
#: calls that put an interface word into a language (marking an English message with ``N_`` is not one)
TRANSLATING = {"gettext", "ngettext", "pgettext", "npgettext"}
MARKUP = ("jinja2", "markupsafe")


def test_interface_words_and_markup_are_made_in_the_presentation_layer_only() -> None:
    """Every presenter lives under generator/render: no other module translates a word or writes HTML.

    A module elsewhere may mark an English message with ``N_`` (the audit's notes, English in the JSON report),
    and a presenter says it in the reader's language."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name.startswith("generator/render/") or name == TRANSLATOR:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                found += [f"{name}:{node.lineno}: imports {m}" for m in modules if m.split(".")[0] in MARKUP]
            elif isinstance(node, ast.Call):
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if called in TRANSLATING:
                    found.append(f"{name}:{node.lineno}: calls {called}")
    assert found == [], "presenters belong under generator/render/ (STYLE.md):\n" + "\n".join(found)
