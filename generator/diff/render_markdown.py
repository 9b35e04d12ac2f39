"""``handbook diff --format markdown``: a pull-request comment.

A short summary first (counts and one line per role), then the details folded in ``<details>``
blocks, which GitHub renders closed. Text from the YAML is escaped (:mod:`.markup`). The comment is
kept under GitHub's limit (65,536 characters) by leaving out details, with a note saying so.
"""

from __future__ import annotations

from .changes import ChangeSet, EntityChange, FieldChange, ItemChange, TextChange
from .markup import md, md_word_diff
from .present import counts, entity_name, item_text, role_label, summary_line, value_pair

GITHUB_LIMIT = 65_536
#: room kept for the closing lines and the truncation note
BUDGET = GITHUB_LIMIT - 2_000
MARKER = "<!-- handbook-diff -->"  # lets a workflow find and update its own comment
ICONS = {"added": "🆕", "removed": "🗑️", "changed": "✏️", "moved": "↪️"}


def render(changes: ChangeSet, old_label: str, new_label: str, limit: int = BUDGET) -> str:
    lang = changes.new.default_language
    c = counts(changes)
    head = [
        MARKER,
        f"### Service standards: {md(changes.old_version)} → {md(changes.new_version)}",
        "",
        f"Compared `{_code(old_label)}` with `{_code(new_label)}`.",
        "",
    ]
    if changes.empty:
        return "\n".join([*head, "No changes to the standards."]) + "\n"
    head.append(
        f"**Standards:** {c['added']} new, {c['changed']} changed, {c['moved']} moved, {c['removed']} removed"
        f" · **other changes:** {len(changes.entities)}"
        + (f" · **translations that may be stale:** {len(changes.stale)}" if changes.stale else "")
    )
    head += ["", "| Role | Must re-read |", "|---|---|"]
    head += [f"| {md(role_label(changes, s.role, lang))} | {summary_line(s)} |" for s in changes.roles]
    head.append("")

    sections: list[tuple[str, list[str]]] = [
        ("Standards by role", _by_role(changes, lang)),
        (f"Standards ({len(changes.items)})", [line for i in changes.items for line in _item(changes, i, lang)]),
        (f"Other changes ({len(changes.entities)})", [ln for e in changes.entities for ln in _entity(changes, e)]),
    ]
    if changes.stale:
        sections.append((f"Translations that may be stale ({len(changes.stale)})", _stale(changes)))
    out = "\n".join(head)
    left_out = 0
    for title, lines in sections:
        if not lines:
            continue
        block, omitted = _details(title, lines, limit - len(out))
        out += block
        left_out += omitted
    if left_out:
        out += (
            f"\n> **Note:** {left_out} detail lines were left out to stay under GitHub's comment limit; "
            "run `handbook diff` locally for the full report.\n"
        )
    return out


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


def _by_role(changes: ChangeSet, lang: str) -> list[str]:
    lines: list[str] = []
    for summary in changes.roles:
        lines.append(f"- **{md(role_label(changes, summary.role, lang))}**: {summary_line(summary)}")
        for gid in (*summary.added, *summary.changed, *summary.removed):
            found = changes.item(gid)
            if found is not None:
                lines.append(f"  - {ICONS[found.change]} `{gid}` {md(item_text(changes, found, lang))}")
        lines.extend(f"  - `{key}`" for key in summary.other)
    return lines


def _item(changes: ChangeSet, item: ItemChange, lang: str) -> list[str]:
    current = item.current
    roles = ", ".join(md(changes.role_name(r)) for r in item.roles)
    head = f"- {ICONS[item.change]} **{item.change}** `{item.id}` ({current.kind}, {current.severity}; {roles})"
    if item.change == "added":
        return [head] + [f"  - {lg}: {md(changes.new.text(current.text, lg))}" for lg in changes.new.languages]
    if item.change == "removed":
        return [head, f"  - {lang}: ~~{md(item_text(changes, item, lang))}~~"]
    return [head] + [line for name, change in item.fields.items() for line in _field(changes, name, change)]


def _entity(changes: ChangeSet, entity: EntityChange) -> list[str]:
    name = entity_name(changes, entity, changes.new.default_language)
    head = f"- {ICONS[entity.change]} **{entity.change}** {entity.kind} `{entity.id}`"
    head += f" {md(name)}" if name else ""
    return [head] + [line for field, change in entity.fields.items() for line in _field(changes, field, change)]


def _field(changes: ChangeSet, name: str, change: FieldChange) -> list[str]:
    if isinstance(change, TextChange):
        return [
            f"  - {name} ({lang}): {md_word_diff(change.old.get(lang, ''), change.new.get(lang, ''))}"
            for lang in change.languages
        ]
    old, new = value_pair(changes, name, change, changes.new.default_language)
    return [f"  - {name}: {md(old)} → {md(new)}"]


def _stale(changes: ChangeSet) -> list[str]:
    return [
        f"- `{s.id}` {s.field}: **{s.language}** translation may be stale ({s.default_language} changed)"
        for s in changes.stale
    ]
