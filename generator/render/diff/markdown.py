"""``handbook diff --format markdown``: a pull-request comment.

A short summary first (counts and one line per role), then the details folded in ``<details>``
blocks, which GitHub renders closed. Text from the YAML is escaped (:mod:`.markup`). The comment is
kept under GitHub's limit (65,536 characters) by leaving out details, with a note saying so.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...diagnostics import Diagnostic, Severity
from ...diff.changes import ChangeSet, EntityChange, FieldChange, ItemChange, TextChange
from ...i18n import N_, Translator
from ..context import RenderContext
from ..words import word
from .markup import md, md_word_diff
from .present import WORKED_OUT, counts, entity_name, field_name, item_text, role_label, summary_line, value_pair

GITHUB_LIMIT = 65_536
#: room kept for the closing lines and the truncation note
BUDGET = GITHUB_LIMIT - 2_000
MARKER = "<!-- handbook-diff -->"  # lets a workflow find and update its own comment
ICONS = {"added": "🆕", "removed": "🗑️", "changed": "✏️", "moved": "↪️"}


#: what happened to a standard or an entity, as its line starts
CHANGE = {"added": N_("added"), "removed": N_("removed"), "changed": N_("changed"), "moved": N_("moved")}


def render(
    ctx: RenderContext, old_label: str, new_label: str, diagnostics: Sequence[Diagnostic] = (), limit: int = BUDGET
) -> str:
    """The pull-request comment of ``ctx.changes``, under ``limit`` characters; the comparison's diagnostics
    (VERSION001) stand out under the heading as GitHub alerts."""
    changes = ctx.changes
    if changes is None:
        raise ValueError("a diff report needs the change set in its render context")
    t, lang = ctx.translator, ctx.lang
    c = counts(changes)
    head = [
        MARKER,
        "### " + t.gettext("Service standards: {old} → {new}", old=md(changes.old_version),
                           new=md(changes.new_version)),
        "",
        t.gettext("Compared {old} with {new}.", old="`" + _code(old_label) + "`", new="`" + _code(new_label) + "`"),
        "",
    ]
    for d in diagnostics:
        head += _alert(d)
    if changes.empty:
        return "\n".join([*head, t.gettext("No changes to the standards.")]) + "\n"
    summary = t.gettext("**Standards:** {added} new, {changed} changed, {moved} moved, {removed} removed",
                        **{k: t.format_integer(v) for k, v in c.items()})
    summary += " · " + t.gettext("**other changes:** {n}", n=t.format_integer(len(changes.entities)))
    if changes.stale:
        summary += " · " + t.gettext("**translations that may be stale:** {n}", n=t.format_integer(len(changes.stale)))
    head.append(summary)
    head += ["", "| " + t.gettext("Role") + " | " + t.gettext("Must re-read") + " |", "|---|---|"]
    head += [f"| {md(role_label(changes, s.role, lang))} | {summary_line(s, t)} |" for s in changes.roles]
    head.append("")

    sections: list[tuple[str, list[str]]] = [
        (t.gettext("Standards by role"), _by_role(changes, t)),
        (t.gettext("Standards ({n})", n=t.format_integer(len(changes.items))),
         [line for i in changes.items for line in _item(changes, i, t)]),
        (t.gettext("Other changes ({n})", n=t.format_integer(len(changes.entities))),
         [ln for e in changes.entities for ln in _entity(changes, e, t)]),
    ]
    if changes.stale:
        sections.append((t.gettext("Translations that may be stale ({n})", n=t.format_integer(len(changes.stale))),
                         _stale(changes, t)))
    out = "\n".join(head)
    left_out = 0
    for title, lines in sections:
        if not lines:
            continue
        block, omitted = _details(title, lines, limit - len(out))
        out += block
        left_out += omitted
    if left_out:
        out += "\n> " + t.ngettext(
            "**Note:** {n} detail line was left out to stay under GitHub's comment limit; run `handbook diff` "
            "locally for the full report.",
            "**Note:** {n} detail lines were left out to stay under GitHub's comment limit; run `handbook diff` "
            "locally for the full report.",
            left_out,
        ) + "\n"
    return out


def _alert(d: Diagnostic) -> list[str]:
    """A diagnostic as a GitHub alert block: CAUTION for an error, WARNING for a warning, NOTE otherwise."""
    kind = {Severity.ERROR: "CAUTION", Severity.WARNING: "WARNING"}.get(d.severity, "NOTE")
    lines = [f"> [!{kind}]", f"> **{d.rule}** `{_code(str(d.position))}`: {md(d.message)}"]
    if d.hint:
        lines.append(f"> {md(d.hint)}")
    return [*lines, ""]


def _details(title: str, lines: list[str], room: int) -> tuple[str, int]:
    opening = f"\n<details><summary>{title}</summary>\n\n"
    closing = "\n</details>\n"
    body: list[str] = []
    used = len(opening) + len(closing)
    for n, line in enumerate(lines):
        if used + len(line) + 1 > room:
            if not body:
                return "", len(lines)
            body.append("- …")
            return opening + "\n".join(body) + "\n" + closing, len(lines) - n
        body.append(line)
        used += len(line) + 1
    return opening + "\n".join(body) + "\n" + closing, 0


def _code(label: str) -> str:
    return label.replace("`", "'")


def _by_role(changes: ChangeSet, t: Translator) -> list[str]:
    lines: list[str] = []
    for summary in changes.roles:
        lines.append(f"- **{md(role_label(changes, summary.role, t.lang))}**: {summary_line(summary, t)}")
        for gid in (*summary.added, *summary.changed, *summary.removed):
            found = changes.item(gid)
            if found is not None:
                lines.append(f"  - {ICONS[found.change]} `{gid}` {md(item_text(changes, found, t.lang))}")
        lines.extend(f"  - `{key}`" for key in summary.other)
    return lines


def _item(changes: ChangeSet, item: ItemChange, t: Translator) -> list[str]:
    current = item.current
    roles = ", ".join(md(changes.role_name(r, t.lang)) for r in item.roles)
    change = md(word(t, CHANGE, item.change))
    head = f"- {ICONS[item.change]} **{change}** `{item.id}` ({current.kind}, {current.severity}; {roles})"
    if item.change == "added":
        return [head] + [f"  - {lg}: {md(changes.new.text(current.text, lg))}" for lg in changes.new.languages]
    if item.change == "removed":
        return [head, f"  - {t.lang}: ~~{md(item_text(changes, item, t.lang))}~~"]
    return [head] + [line for name, change in item.fields.items() for line in _field(changes, name, change, t)]


def _entity(changes: ChangeSet, entity: EntityChange, t: Translator) -> list[str]:
    name = entity_name(changes, entity, t.lang)
    head = f"- {ICONS[entity.change]} **{md(word(t, CHANGE, entity.change))}** {entity.kind} `{entity.id}`"
    head += f" {md(name)}" if name else ""
    return [head] + [line for field, change in entity.fields.items() for line in _field(changes, field, change, t)]


def _field(changes: ChangeSet, name: str, change: FieldChange, t: Translator) -> list[str]:
    if isinstance(change, TextChange):
        return [
            f"  - {name} ({lang}): {md_word_diff(change.old.get(lang, ''), change.new.get(lang, ''))}"
            for lang in change.languages
        ]
    old, new = value_pair(changes, name, change, t.lang)
    label = md(field_name(t, name)) if name in WORKED_OUT else name  # a YAML key is shown as written
    return [f"  - {label}: {md(old)} → {md(new)}"]


def _stale(changes: ChangeSet, t: Translator) -> list[str]:
    return [
        "- " + t.gettext("{id} {field}: {lang} translation may be stale ({default} changed)",
                         id="`" + s.id + "`", field=s.field, lang="**" + s.language + "**",
                         default=s.default_language)
        for s in changes.stale
    ]
