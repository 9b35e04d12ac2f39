"""One function per page kind: each returns the Markdown of one page of one language.

Every text from YAML goes through :mod:`.markdown` (``md.block``/``md.inline``/``md.attr``); everything
else on a page is markup the generator writes itself. Paths and anchors come from :mod:`generator.urls`,
and every heading has an explicit id starting with ``_`` so it can never collide with an item id.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ... import urls
from ...i18n import N_
from ...model import Channel, Role, Situation, Stage, Standard, Step
from ...schedule import has_dates, upcoming
from ..diff.page import page_markdown
from ..words import KIND, WHERE, word
from . import markdown as md
from .context import PageContext, relative
from .hours import hours_section
from .shopping import shopping_page, situation_scenarios

KINDS: tuple[str, ...] = ("say", "do", "avoid")
#: the admonition (and so its icon) of each kind of standard: say, do and avoid differ in shape, not only colour
ADMONITION = {"say": "quote", "do": "success", "avoid": "failure", "appearance": "info"}


@dataclass(frozen=True)
class Page:
    """One generated page: its path (relative to the language's docs root), nav title and Markdown."""

    path: str
    title: str
    markdown: str


def title(text: str) -> str:
    """A page's title heading (an interface word, escaped)."""
    return f"# {md.attr(text)} {{#_title}}"


def heading(level: int, text: str, anchor: str) -> str:
    return f"{'#' * level} {text} {{#_{anchor}}}"


def _table_head(head: list[str], caption: str) -> list[str]:
    """A table's caption (visually hidden: a heading above says it; see :mod:`.a11y`), then its Markdown
    header row (escaped) and separator."""
    return [
        md.attr(caption),
        "{ .hb-caption .hb-visually-hidden }",
        "",
        "| " + " | ".join(md.attr(h) for h in head) + " |",
        "|" + "---|" * len(head),
    ]


def _join(parts: Iterable[str]) -> str:
    return "\n".join(parts).rstrip() + "\n"


def _meta(rows: list[tuple[str, str]]) -> list[str]:
    """A compact "Owner: ... / Channels: ..." block."""
    lines = [f'- <span class="hb-label">{md.attr(name + ":")}</span> {value}' for name, value in rows if value]
    return ['<div class="hb-meta" markdown>', "", *lines, "", "</div>", ""]


# -- standards --------------------------------------------------------------------------------------


def standard_block(ctx: PageContext, page: str, item: Standard, level: int = 4) -> list[str]:
    """One standard as an admonition whose title (a heading of ``level``) carries the item id as its anchor.

    The kind is said in words and shown by the admonition's icon (Say, Do and Avoid never differ by colour
    alone); the severity is a word in a badge whose frame also differs, so it survives black-and-white print.
    """
    upcoming = " hb-upcoming" if item.effective and item.effective > ctx.today else ""
    text = md.inline(ctx.t(item.text))
    lines = [
        f'<div class="admonition {ADMONITION.get(item.kind, "note")} hb-item hb-{item.kind} '
        f'hb-item-{md.attr(item.severity)}{upcoming}" markdown>',
        f'<h{level} class="admonition-title" id="{md.attr(item.id)}" markdown="span">'
        f"{ctx.kind(item.kind)} {text} {ctx.severity(item.severity)}{ctx.marker(item.global_id)}"
        f"{ctx.date_badge(item)}</h{level}>",
        "",
    ]
    if item.script:
        script = md.attr(ctx._("Script"))
        lines += [
            '<div class="hb-script" markdown>',
            "",
            f'<span class="hb-label hb-script-label">{script}</span>',
            "",
            md.block(ctx.t(item.script)),
            "",
            "</div>",
            "",
        ]
    phrases = item.phrases.get(ctx.lang) or ()
    if phrases:
        quoted = ", ".join(ctx.quote(p) for p in phrases)
        lines += [ctx.label(ctx._("Phrases that count as a breach") + ":") + f" {quoted}", ""]
    parent = ctx.handbook.parent_of(item)
    owner = getattr(parent, "owner", None)
    if item.explicit_role and item.role != owner:
        lines += [ctx.label(ctx._("Responsible") + ":") + f" {ctx.role_badge(page, item.role)}", ""]
    lines += [f"`{item.global_id}`{{ .hb-id }}", "", "</div>", ""]
    return lines


def standards_section(ctx: PageContext, page: str, standards: tuple[Standard, ...]) -> list[str]:
    """The standards of a step or situation, grouped as say / do / avoid (h2, h3, then h4 per item)."""
    lines = [heading(2, md.attr(ctx._("Standards")), "standards"), ""]
    for kind in KINDS:
        group = [s for s in ctx.shown(standards) if s.kind == kind]
        if not group:
            continue
        lines += [heading(3, md.attr(word(ctx.tr, KIND, kind)), kind), ""]
        for item in group:
            lines += standard_block(ctx, page, item, level=4)
    return lines


# -- pages ------------------------------------------------------------------------------------------


def home(ctx: PageContext) -> Page:
    hb = ctx.handbook
    page = urls.HOME
    title = md.inline(ctx.t(hb.title))
    lines = [f"# {title} {{#_title}}", ""]
    version = ctx._("Version")
    lines += [
        f'<p class="hb-version">{md.attr(hb.organization)} · {md.attr(version)} {md.attr(hb.version)}</p>',
        "",
    ]
    lines += _upcoming_notice(ctx, page)
    lines += ['<div class="grid cards" markdown>', ""]
    cards = [
        (ctx._("Customer journey"), urls.JOURNEY),
        (ctx._("Roles"), urls.ROLES),
        (ctx._("Situations"), urls.SITUATIONS),
        (ctx._("Channels"), urls.CHANNELS),
        (ctx._("Definitions and terms"), urls.DEFINITIONS),
        (ctx._("Forbidden phrases"), urls.FORBIDDEN),
    ]
    if hb.scenarios:
        cards.append((ctx._("Mystery shopping"), urls.MYSTERY_SHOPPING))
    if has_dates(hb):
        cards.append((ctx._("Upcoming changes"), urls.UPCOMING))
    for name, path in cards:
        lines.append(f"- {ctx.link(page, path, '**' + md.attr(name) + '**')}")
    lines += ["", "</div>", ""]
    if hb.provisions:
        lines += [heading(2, md.attr(ctx._("General provisions")), "provisions"), ""]
        for provision in hb.provisions:
            lines += [f"### {md.inline(ctx.t(provision.title))} {{#{md.attr(provision.id)}}}", ""]
            lines += [md.block(ctx.t(provision.text)), ""]
    return Page(page, ctx._("Home"), _join(lines))


def definitions(ctx: PageContext) -> Page:
    page = urls.DEFINITIONS
    lines = [title(ctx._("Definitions and terms")), ""]
    terms = sorted(ctx.handbook.terms, key=lambda term: ctx.t(term.term).casefold())
    for term in terms:
        lines += [f"## {md.inline(ctx.t(term.term))} {{#{md.attr(term.id)}}}", "", md.block(ctx.t(term.definition))]
        aliases = [md.inline(ctx.t(a)) for a in term.aliases if ctx.t(a)]
        if aliases:
            lines += ["", ctx.label(ctx._("Also written") + ":") + f" {', '.join(aliases)}"]
        lines.append("")
    return Page(page, ctx._("Definitions and terms"), _join(lines))


def principles(ctx: PageContext) -> Page:
    page = urls.PRINCIPLES
    lines = [title(ctx._("Principles")), ""]
    for number, principle in enumerate(ctx.handbook.principles, 1):
        lines += [f"## {number}. {md.inline(ctx.t(principle.title))} {{#{md.attr(principle.id)}}}", ""]
        lines += [md.block(ctx.t(principle.text)), ""]
    return Page(page, ctx._("Principles"), _join(lines))


def journey_diagram(ctx: PageContext, page: str, label_id: str) -> list[str]:
    """The journey as boxes: stages top to bottom, each stage's steps in reading order, every box a link.

    Plain HTML and CSS (``.hb-journey`` in handbook.css): it reflows to one column on a phone, runs right
    to left in right-to-left languages, prints, and is text a screen reader reads as nested lists; its
    accessible name is the heading ``label_id``. The table of all steps below it is its text equivalent.
    """
    hb = ctx.handbook

    def href(path: str) -> str:
        return md.attr(urls.html(relative(page, path)))

    lines = ['<div class="hb-journey-diagram">', f'<ol class="hb-journey" aria-labelledby="_{label_id}">']
    for stage in hb.stages:
        lines.append(
            f'<li class="hb-journey-stage"><a class="hb-journey-stage-title" href="{href(urls.stage(stage.id))}">'
            f"{md.attr(md.plain(ctx.t(stage.title)))}</a>"
        )
        lines.append('<ol class="hb-journey-steps">')
        for step in stage.steps:
            owner = hb.role(step.owner)
            owner_name = ctx.t(owner.name) if owner else step.owner
            lines.append(
                f'<li><a href="{href(urls.step(stage.id, step.id))}">'
                f'<span class="hb-journey-step">{md.attr(md.plain(ctx.t(step.title)))}</span> '
                f'<span class="hb-journey-owner">{md.attr(md.plain(owner_name))}</span></a></li>'
            )
        lines += ["</ol>", "</li>"]
    return [*lines, "</ol>", "</div>", ""]


def journey(ctx: PageContext) -> Page:
    """The overview: the journey diagram (stages, steps and each step's owner), then a table of every step."""
    hb = ctx.handbook
    page = urls.JOURNEY
    lines = [title(ctx._("Customer journey")), ""]
    lines += [heading(2, md.attr(ctx._("The journey at a glance")), "diagram"), ""]
    lines += journey_diagram(ctx, page, "diagram")
    lines += [heading(2, md.attr(ctx._("All steps")), "steps"), ""]
    every = [(stage, step) for stage in hb.stages for step in stage.steps]
    lines += _steps_table(ctx, page, every, with_stage=True, caption=ctx._("All steps"))
    return Page(page, ctx._("Customer journey"), _join(lines))


def _steps_table(
    ctx: PageContext, page: str, rows: list[tuple[Stage, Step]], with_stage: bool, caption: str
) -> list[str]:
    head = [ctx._("Stage")] if with_stage else []
    head += [ctx._("Step"), ctx._("Owner"), ctx._("Channels"), ctx._("Standards")]
    lines = _table_head(head, caption)
    for stage, step in rows:
        cells = [ctx.link(page, urls.stage(stage.id), md.inline(ctx.t(stage.title)))] if with_stage else []
        cells += [
            ctx.link(page, urls.step(stage.id, step.id), md.inline(ctx.t(step.title))),
            ctx.role_badge(page, step.owner),
            ", ".join(ctx.channel_link(page, c) for c in step.channels),
            str(len(ctx.shown(step.standards))),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, ""]


def stage_page(ctx: PageContext, stage: Stage) -> Page:
    page = urls.stage(stage.id)
    lines = [f"# {md.inline(ctx.t(stage.title))} {{#_title}}", ""]
    if stage.description:
        lines += [md.block(ctx.t(stage.description)), ""]
    lines += [heading(2, md.attr(ctx._("Steps")), "steps"), ""]
    caption = ctx._("Steps") + ": " + ctx.t(stage.title)
    lines += _steps_table(ctx, page, [(stage, step) for step in stage.steps], with_stage=False, caption=caption)
    return Page(page, ctx.t(stage.title), _join(lines))


def step_page(ctx: PageContext, stage: Stage, step: Step) -> Page:
    hb = ctx.handbook
    page = urls.step(stage.id, step.id)
    lines = [f"# {md.inline(ctx.t(step.title))} {{#_title}}", ""]
    lines += _meta(
        [
            (ctx._("Stage"), ctx.link(page, urls.stage(stage.id), md.inline(ctx.t(stage.title)))),
            (ctx._("Owner"), ctx.role_badge(page, step.owner)),
            (ctx._("Supporting roles"), " ".join(ctx.role_badge(page, r) for r in step.support)),
            (ctx._("Channels"), " ".join(ctx.channel_link(page, c) for c in step.channels)),
        ]
    )
    if step.description:
        lines += [md.block(ctx.t(step.description)), ""]
    lines += standards_section(ctx, page, step.standards)
    if step.situations:
        lines += [heading(2, md.attr(ctx._("Situations that may arise")), "situations"), ""]
        for sid in step.situations:
            situation = hb.situation(sid)
            name = md.inline(ctx.t(situation.title)) if situation else md.literal(sid)
            lines.append(f"- {ctx.link(page, urls.situation(sid), name)}")
        lines.append("")
    return Page(page, ctx.t(step.title), _join(lines))


def situations_index(ctx: PageContext) -> Page:
    page = urls.SITUATIONS
    lines = [title(ctx._("Situations")), ""]
    head = [ctx._("Situation"), ctx._("When it happens"), ctx._("Owner")]
    lines += _table_head(head, ctx._("Situations"))
    for situation in ctx.handbook.situations:
        lines.append(
            f"| {ctx.link(page, urls.situation(situation.id), md.inline(ctx.t(situation.title)))} "
            f"| {md.inline(ctx.t(situation.trigger))} | {ctx.role_badge(page, situation.owner)} |"
        )
    return Page(page, ctx._("Situations"), _join(lines))


def situation_page(ctx: PageContext, situation: Situation) -> Page:
    hb = ctx.handbook
    page = urls.situation(situation.id)
    lines = [f"# {md.inline(ctx.t(situation.title))} {{#_title}}", ""]
    lines += [
        '!!! question ""',
        "    " + ctx.label(ctx._("When it happens") + ":") + f" {md.inline(ctx.t(situation.trigger))}",
        "",
    ]
    steps = [s for s in hb.steps() if situation.id in s.situations]
    lines += _meta(
        [
            (ctx._("Owner"), ctx.role_badge(page, situation.owner)),
            (ctx._("Supporting roles"), " ".join(ctx.role_badge(page, r) for r in situation.support)),
            (ctx._("Channels"), " ".join(ctx.channel_link(page, c) for c in situation.channels)),
            (
                ctx._("May arise in these steps"),
                ", ".join(ctx.link(page, urls.step(s.stage, s.id), md.inline(ctx.t(s.title))) for s in steps),
            ),
        ]
    )
    if situation.description:
        lines += [md.block(ctx.t(situation.description)), ""]
    lines += standards_section(ctx, page, situation.standards)
    lines += situation_scenarios(ctx, page, situation.id)
    return Page(page, ctx.t(situation.title), _join(lines))


def roles_index(ctx: PageContext) -> Page:
    hb = ctx.handbook
    page = urls.ROLES
    lines = [title(ctx._("Roles")), ""]
    head = [ctx._("Role"), ctx._("Department"), ctx._("Steps it owns"), ctx._("Standards")]
    lines += _table_head(head, ctx._("Roles"))
    for role in hb.roles:
        department = hb.department(role.department)
        lines.append(
            f"| {ctx.role_badge(page, role.id)} | {md.inline(ctx.t(department.name)) if department else ''} "
            f"| {len(hb.steps_owned_by(role.id))} | {len(ctx.shown(hb.standards_for_role(role.id)))} |"
        )
    return Page(page, ctx._("Roles"), _join(lines))


def _item_link(ctx: PageContext, page: str, item: Standard) -> str:
    return ctx.link(page, urls.item(ctx.handbook, item), md.inline(ctx.t(item.text)))


def role_page(ctx: PageContext, role: Role) -> Page:
    """Everything a role owns, supports and answers for, its appearance and its printable checklist."""
    hb = ctx.handbook
    page = urls.role(role.id)
    department = hb.department(role.department)
    lines = [f"# {md.inline(ctx.t(role.name))} {{#_title}}", ""]
    lines += _meta([(ctx._("Department"), md.inline(ctx.t(department.name)) if department else "")])
    if role.description:
        lines += [md.block(ctx.t(role.description)), ""]
    if ctx.checklist_links:
        to_root = "../" * (page.count("/") + 1)
        checklist = md.attr(to_root + urls.checklist(ctx.lang, role.id))
        form = md.attr(to_root + urls.checklist(ctx.lang, role.id, form=True))
        lines += [
            f'<p class="hb-print"><a class="md-button md-button--primary" href="{checklist}">'
            + md.attr(ctx._("Printable checklist"))
            + f'</a> <a class="md-button" href="{form}">'
            + md.attr(ctx._("Audit form"))
            + "</a></p>",
            "",
        ]
    owned = hb.steps_owned_by(role.id)
    supported = hb.steps_supported_by(role.id)
    situations = hb.situations_owned_by(role.id)
    for title, anchor, steps in (
        (ctx._("Steps it owns"), "owns", owned),
        (ctx._("Steps it supports"), "supports", supported),
    ):
        lines += [heading(2, md.attr(title), anchor), ""]
        if steps:
            rows = [(hb.stage_of(s), s) for s in steps]
            lines += _steps_table(ctx, page, rows, with_stage=True, caption=title)
        else:
            lines += [md.attr(ctx._("None.")), ""]
    if situations:
        lines += [heading(2, md.attr(ctx._("Situations it owns")), "situations"), ""]
        lines += [f"- {ctx.link(page, urls.situation(s.id), md.inline(ctx.t(s.title)))}" for s in situations]
        lines.append("")
    lines += [heading(2, md.attr(ctx._("Every standard that applies")), "standards"), ""]
    applies = [s for s in ctx.shown(hb.standards_for_role(role.id)) if s.kind != "appearance"]
    if applies:
        current = None
        for item in applies:
            parent = hb.parent_of(item)
            if parent.id != current:
                current = parent.id
                where = urls.step(parent.stage, parent.id) if isinstance(parent, Step) else urls.situation(parent.id)
                lines += ["", f"**{ctx.link(page, where, md.inline(ctx.t(parent.title)))}**", ""]  # type: ignore[union-attr]
            lines.append(
                f"- {ctx.kind(item.kind)} {_item_link(ctx, page, item)} {ctx.severity(item.severity)}"
                f"{ctx.marker(item.global_id)}{ctx.date_badge(item)}"
            )
        lines.append("")
    else:
        lines += [md.attr(ctx._("None.")), ""]
    if ctx.shown(role.appearance):
        lines += [heading(2, md.attr(ctx._("Appearance")), "appearance"), ""]
        for item in ctx.shown(role.appearance):
            lines += standard_block(ctx, page, item, level=3)
    return Page(page, ctx.t(role.name), _join(lines))


def _duration(channel_value: str | None) -> str:
    return md.literal(channel_value) if channel_value else "—"


def channels_index(ctx: PageContext) -> Page:
    page = urls.CHANNELS
    lines = [title(ctx._("Channels")), ""]
    head = [ctx._("Channel"), ctx._("First response"), ctx._("Every later response")]
    lines += _table_head(head, ctx._("Channels"))
    for channel in ctx.handbook.channels:
        lines.append(
            f"| {ctx.channel_link(page, channel.id)} | {_duration(channel.first_response)} "
            f"| {_duration(channel.response)} |"
        )
    return Page(page, ctx._("Channels"), _join(lines))


def channel_page(ctx: PageContext, channel: Channel) -> Page:
    hb = ctx.handbook
    page = urls.channel(channel.id)
    lines = [f"# {md.inline(ctx.t(channel.name))} {{#_title}}", ""]
    if channel.description:
        lines += [md.block(ctx.t(channel.description)), ""]
    lines += [heading(2, md.attr(ctx._("Target")), "targets"), ""]
    lines += _table_head([ctx._("First response"), ctx._("Every later response")], ctx._("Target"))
    lines += [f"| {_duration(channel.first_response)} | {_duration(channel.response)} |", ""]
    lines += hours_section(ctx, channel, heading(2, md.attr(ctx._("Working hours")), "hours"))
    if channel.required:
        lines += [heading(2, md.attr(ctx._("Every conversation contains")), "required"), ""]
        head = [ctx._("Element"), ctx._("Where"), ctx._("Phrases")]
        lines += _table_head(head, ctx._("Every conversation contains"))
        for element in channel.required:
            phrases = ", ".join(ctx.quote(p) for p in element.phrases.get(ctx.lang, ()))
            name = md.inline(ctx.t(element.description)) if element.description else md.literal(element.id)
            lines.append(
                f'| <span id="{md.attr(element.id)}"></span>{name} '
                f"| {md.attr(word(ctx.tr, WHERE, element.where))} | {phrases} |"
            )
        lines.append("")
    steps = [s for s in hb.steps() if channel.id in s.channels]
    situations = [s for s in hb.situations if channel.id in s.channels]
    if steps or situations:
        lines += [heading(2, md.attr(ctx._("Used in")), "used"), ""]
        lines += [f"- {ctx.link(page, urls.step(s.stage, s.id), md.inline(ctx.t(s.title)))}" for s in steps]
        lines += [f"- {ctx.link(page, urls.situation(s.id), md.inline(ctx.t(s.title)))}" for s in situations]
        lines.append("")
    return Page(page, ctx.t(channel.name), _join(lines))


def forbidden(ctx: PageContext) -> Page:
    hb = ctx.handbook
    page = urls.FORBIDDEN
    lines = [title(ctx._("Forbidden phrases")), ""]
    head = [ctx._("Forbidden phrases"), ctx._("Say instead"), ctx._("Severity")]
    lines += _table_head(head, ctx._("Forbidden phrases"))
    for phrase in hb.forbidden:
        lines.append(
            f'| <span id="{md.attr(phrase.id)}"></span>'
            f"<s>{md.literal(ctx.t(phrase.phrase))}</s> | {md.inline(ctx.t(phrase.instead))} "
            f"| {ctx.severity(phrase.severity)} |"
        )
    lines.append("")
    avoided = [s for s in ctx.shown(hb.all_standards()) if s.kind == "avoid" and s.phrases.get(ctx.lang)]
    if avoided:
        lines += [heading(2, md.attr(ctx._("Also avoided in steps and situations")), "avoid"), ""]
        for item in avoided:
            quoted = ", ".join(ctx.quote(p) for p in item.phrases.get(ctx.lang, ()))
            lines.append(f"- {quoted} — {_item_link(ctx, page, item)}")
        lines.append("")
    return Page(page, ctx._("Forbidden phrases"), _join(lines))


UPCOMING_INTRO = N_(
    "Changes after {date}, the day this handbook was built. Until its date, each standard applies as it is "
    "written today."
)


def _time(day: date) -> str:
    return f'<time datetime="{day.isoformat()}" dir="ltr">{day.isoformat()}</time>'


def _upcoming_notice(ctx: PageContext, page: str) -> list[str]:
    """A note at the top of the home page while changes are scheduled, linking to the "Upcoming changes" page."""
    days = upcoming(ctx.handbook, ctx.today)
    if not days:
        return []
    notice = ctx._("Changes to the standards are scheduled: the next on {date}.")
    text = md.attr(notice).replace("{date}", _time(days[0][0]))
    heading_text = md.attr(ctx._("Upcoming changes"))
    return [
        f'<div class="admonition info hb-upcoming-notice" markdown><p class="admonition-title">{heading_text}</p>',
        "",
        f"{text} {ctx.link(page, urls.UPCOMING, '**' + heading_text + '**')}",
        "",
        "</div>",
        "",
    ]


def _parent_link(ctx: PageContext, page: str, item: Standard) -> str:
    parent = ctx.handbook.parent_of(item)
    if isinstance(parent, Role):
        return ctx.link(page, urls.role(parent.id), md.inline(ctx.t(parent.name)))
    where = urls.step(parent.stage, parent.id) if isinstance(parent, Step) else urls.situation(parent.id)
    return ctx.link(page, where, md.inline(ctx.t(parent.title)))


def upcoming_changes(ctx: PageContext) -> Page | None:
    """Standards that come into force or stop applying after the build day, day by day (FORMAT §7.9).

    Only for handbooks that date their standards at all; it then stays in the nav even when nothing is
    scheduled, so links to it keep working.
    """
    if not has_dates(ctx.handbook):
        return None
    page = urls.UPCOMING
    today = _time(ctx.today)
    name = ctx._("Upcoming changes")
    lines = [title(name), ""]
    days = upcoming(ctx.handbook, ctx.today)
    if not days:
        lines += [md.attr(ctx._("No changes are scheduled after {date}.")).replace("{date}", today), ""]
        return Page(page, name, _join(lines))
    intro = md.attr(ctx._(UPCOMING_INTRO)).replace("{date}", today)
    lines += [f'<p class="hb-version">{intro}</p>', ""]
    for day, events in days:
        lines += [heading(2, _time(day), day.isoformat()), ""]
        for event in events:
            item = event.item
            starts = event.event == "effective"
            what = ctx._(N_("Comes into force") if starts else N_("No longer in force"))
            lines.append(
                f'- <span class="hb-date hb-date-{"upcoming" if starts else "ending"}">'
                f"{md.attr(what)}</span> {_item_link(ctx, page, item)} {ctx.severity(item.severity)} — "
                f"{_parent_link(ctx, page, item)} · {ctx.role_badge(page, item.role)}"
            )
        lines.append("")
    return Page(page, name, _join(lines))


def what_changed(ctx: PageContext) -> Page | None:
    if ctx.changes is None:
        return None
    body = page_markdown(ctx.render).strip() or md.attr(ctx._("Nothing changed."))
    lines = [title(ctx._("What changed")), "", body, ""]
    return Page(urls.WHAT_CHANGED, ctx._("What changed"), _join(lines))


def all_pages(ctx: PageContext) -> list[Page]:
    """Every page of one language, in nav order (chapters in the order a service handbook has them)."""
    hb = ctx.handbook
    pages = [home(ctx), definitions(ctx), principles(ctx), journey(ctx)]
    for stage in hb.stages:
        pages.append(stage_page(ctx, stage))
        pages += [step_page(ctx, stage, step) for step in stage.steps]
    pages.append(situations_index(ctx))
    pages += [situation_page(ctx, s) for s in hb.situations]
    pages.append(roles_index(ctx))
    pages += [role_page(ctx, r) for r in hb.roles]
    pages.append(channels_index(ctx))
    pages += [channel_page(ctx, c) for c in hb.channels]
    pages.append(forbidden(ctx))
    shopping = shopping_page(ctx)
    if shopping is not None:
        pages.append(Page(*shopping))
    scheduled = upcoming_changes(ctx)
    if scheduled is not None:
        pages.append(scheduled)
    changed = what_changed(ctx)
    if changed is not None:
        pages.append(changed)
    return pages
