"""``handbook audit``: score audit results, NPS surveys and transcripts against the standards (FORMAT §6, §7)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import click

from ..audit import calibration, coverage, inputs, nps, periods, scoring
from ..audit import results as audit_results
from ..audit import store as audit_store
from ..audit import surveys as audit_surveys
from ..audit.engine import Engine
from ..audit.exports import FORMATS, UnknownFormat, detect
from ..audit.progress import Progress
from ..audit.result import AuditRun, StoreSummary
from ..audit.transcripts import Checker, TranscriptResult
from ..clock import today_from_env
from ..diagnostics import Diagnostics, did_you_mean
from ..errors import HandbookError, UsageError
from ..model import Handbook
from ..outputs import Inputs, Outputs
from ..render.context import Links, RenderContext, render_context
from ..report import render as render_diagnostics
from ._common import folder_argument, load_or_exit


def _text(ctx: RenderContext, run: AuditRun) -> Iterable[str]:
    from ..render.audit import text

    return [text.render(ctx, run)]


def _json(_ctx: RenderContext, run: AuditRun) -> Iterable[str]:
    from ..render.audit import json

    return json.render(run)  # a machine format: English keys and messages, whatever --lang says


def _html(ctx: RenderContext, run: AuditRun) -> Iterable[str]:
    from ..render.audit import html

    return [html.render(ctx, run)]


Reporter = Callable[[RenderContext, AuditRun], Iterable[str]]
REPORTERS: dict[str, Reporter] = {"text": _text, "json": _json, "html": _html}
EXTENSIONS = {"text": "txt", "json": "json", "html": "html"}
FILE_FORMATS = ("csv", "xlsx")  # written into --out only: one file per table, or one workbook
SITE_URL_SCHEMES = {"", "http", "https", "file"}  # links in the html report never run code (javascript:)
_file = click.Path(exists=True, dir_okay=False, path_type=str)


def _date(option: str) -> Callable[[click.Context, click.Parameter, str | None], date | None]:
    def parse(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
        if value is None:
            return None
        if not inputs.valid_date(value):
            raise UsageError(f"{option} {value}: write the date as YYYY-MM-DD, e.g. 2026-11-01")
        return date.fromisoformat(value)

    return parse


@click.command("audit")
@folder_argument
@click.option("--results", type=_file, help="Audit results CSV (audit_id,date,employee,role,location,item,result"
                                            "[,comment,auditor,visit,scenario], any order).")
@click.option("--surveys", type=_file,
              help="Survey CSV: date,location[,employee,touchpoint,comment] and score (0-10) and/or csat (1-5).")
@click.option("--transcripts",
              help="Conversation transcripts: JSON Lines (one message a line), or a Zendesk or Intercom export; "
                   "with --engine spark, any path Spark reads (a folder, a glob, hdfs://, s3a://).")
@click.option("--transcripts-format", "transcripts_format", type=click.Choice(["auto", *FORMATS]), default="auto",
              show_default=True, help="What --transcripts holds; auto tells it from the field names.")
@click.option("--channel-map", "channel_map", multiple=True, metavar="NAME=CHANNEL",
              help="A help desk's channel name and the channel of channels.yaml it stands for (repeatable), "
                   "e.g. --channel-map web=chat.")
@click.option("--engine", "transcripts_engine", type=click.Choice(["local", "spark"]), default="local",
              show_default=True,
              help="Check transcripts here, streaming (local), or with Apache Spark (pip install "
                   "'service-standards-handbook[spark]'): the same findings, for histories beyond one machine.")
@click.option("--spark-master", default=None, metavar="URL",
              help="The Spark master for --engine spark (default: $SPARK_MASTER, else local[*]).")
@click.option("--grouped", is_flag=True,
              help="The transcripts hold each conversation's messages together: judge each conversation as soon "
                   "as the next begins (constant memory); a conversation id that comes back is an error.")
@click.option("--period", type=click.Choice(periods.KINDS),
              help="Score each week, month or quarter on its own too (tiers per period).")
@click.option("--from", "start", metavar="DATE", callback=_date("--from"), help="Only rows dated on or after DATE.")
@click.option("--to", "end", metavar="DATE", callback=_date("--to"), help="Only rows dated on or before DATE.")
@click.option("--calibration", "with_calibration", is_flag=True,
              help="Compare auditors who audited the same visit: agreement per item, deviation per auditor, "
                   "Krippendorff's alpha.")
@click.option("--coverage", "with_coverage", is_flag=True,
              help="Mystery shopping: per period, the locations and scenarios shopped fewer times than their "
                   "plan (per_location of scenarios/), counted by visit from the scenario column.")
@click.option("--store", "store_path", metavar="FILE", type=click.Path(dir_okay=False, path_type=str),
              help="Keep every input in this DuckDB file (created if missing) and score over everything stored; "
                   "re-importing an audit id or survey answer replaces it.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=str),
              help="Write audit.<txt|json|html|xlsx> (or, with --format csv, one <table>.csv per table) into this "
                   "folder instead of printing.")
@click.option("--format", "fmt", type=click.Choice(sorted([*REPORTERS, *FILE_FORMATS])), default="text",
              show_default=True, help="csv and xlsx hold every table of the report (for spreadsheets and BI "
                                      "tools) and need --out.")
@click.option("--lang", help="Language of the text and html reports: their words and the standards' names "
                              "(default: the handbook's first; must be one of its languages).")
@click.option("--site-url", help="Base URL of the built handbook site; item ids in html link there.")
@click.option("--force", is_flag=True, help="Replace report files in --out even when they were not written by "
                                           "handbook.")
def command(folder: str, results: str | None, surveys: str | None, transcripts: str | None,
            transcripts_format: str, channel_map: tuple[str, ...], transcripts_engine: str,
            spark_master: str | None, grouped: bool, period: str | None,
            start: date | None, end: date | None, with_calibration: bool, with_coverage: bool,
            store_path: str | None,
            out_dir: str | None, fmt: str, lang: str | None, site_url: str | None, force: bool) -> None:
    """Score audit results, NPS surveys and transcripts against the standards.

    At least one of --results, --surveys, --transcripts and --store is required. Any problem in an input is
    reported with its file and line, and nothing is scored or stored (exit 1).
    """
    if not (results or surveys or transcripts or store_path):
        raise UsageError("nothing to score: give --results, --surveys and/or --transcripts, or a --store to report on")
    if site_url is not None and urlsplit(site_url).scheme.lower() not in SITE_URL_SCHEMES:
        raise UsageError(f"--site-url {site_url}: give the site's http(s) address or a path, e.g. https://handbook.example.com")
    if with_calibration and not (results or store_path):
        raise UsageError("--calibration compares audits: give --results (or a --store that holds them)")
    if with_coverage and not (results or store_path):
        raise UsageError("--coverage counts the visits of the audits' scenario column: give --results (or a --store "
                         "that holds them)")
    if start and end and start > end:
        raise UsageError(f"--from {start} is after --to {end}")
    if fmt in FILE_FORMATS and out_dir is None:
        raise UsageError(f"--format {fmt} writes "
                         + ("one file per table" if fmt == "csv" else "a workbook (audit.xlsx)")
                         + ": give the folder to write into, e.g. --out audit-report")
    read = [(results, "--results"), (surveys, "--surveys"), (transcripts, "--transcripts")]
    if store_path:
        Inputs.of([(folder, "the standards folder")], read).check(Path(store_path), "--store")
    outputs = Outputs(Inputs.of([(folder, "the standards folder")], [*read, (store_path, "--store")]), force)
    if out_dir is not None:
        outputs.into(Path(out_dir), "--out")
        if fmt != "csv":
            outputs.file(Path(out_dir) / f"audit.{EXTENSIONS.get(fmt, fmt)}", "--out")
    handbook = load_or_exit(folder).handbook
    if lang is not None and lang not in handbook.languages:
        raise UsageError(f"--lang {lang}: the handbook's languages are {', '.join(handbook.languages)}")
    problems = inputs.Problems()
    ctx = render_context(handbook, lang or handbook.default_language, links=Links(site_url=site_url))
    run = AuditRun(handbook, None, None, None, period=period, start=start, end=end)
    where = _range(start, end)
    with Engine(handbook) as engine:
        if store_path:
            audit_store.attach(engine, store_path)
        rows: dict[str, int | None] = {}
        if results:
            run.inputs["results"] = results
            rows["results"] = audit_results.load(engine, results, problems)
        if surveys:
            run.inputs["surveys"] = surveys
            rows["surveys"] = audit_surveys.load(engine, surveys, problems)
        if transcripts:
            run.inputs["transcripts"] = transcripts
            if transcripts_engine == "spark":
                _check_with_spark(run, transcripts, problems, transcripts_format, grouped, spark_master)
            else:
                _check_transcripts(run, transcripts, problems, transcripts_format,
                                   _channel_map(channel_map, handbook), grouped)
        if problems:
            _report(ctx, run, problems, fmt, out_dir, outputs)  # exits 1: nothing scored, nothing stored
        tables = {"results": "audits_in", "surveys": "surveys_in"}
        tables = {kind: table for kind, table in tables.items() if kind in rows}
        if store_path:
            run.store = _import(engine, store_path, results, surveys, transcripts, run.transcripts)
            tables = {"results": "audits_all", "surveys": "surveys_all"}
            if not run.store.audits and not results:
                del tables["results"]
            if not run.store.survey_answers and not surveys:
                del tables["surveys"]
        if "results" in tables:
            run.scores = scoring.score(engine, tables["results"], where, period)
            if with_calibration:
                run.calibration = calibration.compute(engine, tables["results"])
            if with_coverage:
                run.coverage = coverage.coverage(handbook, coverage.read(engine, tables["results"], where), start,
                                                 end, period, today_from_env())
            if results and rows.get("results") == 0:
                run.note("note_no_audits", results)
        if with_coverage and run.coverage is None:  # a --store without audits: no visit, only listed locations
            run.coverage = coverage.coverage(handbook, coverage.gather([]), start, end, period, today_from_env())
        if "surveys" in tables:
            run.nps = nps.compute(engine, tables["surveys"], where, period)
            if surveys and rows.get("surveys") == 0:
                run.note("note_no_responses", surveys)
        try:
            _report(ctx, run, problems, fmt, out_dir, outputs)
        finally:
            if run.transcripts is not None:
                run.transcripts.close()


class StoreInterrupted(HandbookError):
    """Ctrl-C during an import: the transaction was rolled back."""

    exit_code = 130


def _import(engine: Engine, path: str, results: str | None, surveys: str | None, transcripts: str | None,
            checked: TranscriptResult | None) -> StoreSummary:
    """Import the inputs (``checked``: the transcripts' conversations) into the store in one transaction; what it
    holds afterwards."""
    summary = StoreSummary(path)
    if results or surveys or transcripts or not audit_store.has_tables(engine):
        for given in (results, surveys, transcripts):
            if given:
                click.echo(f"Importing {given} into {path} …", err=True)
        try:
            with audit_store.transaction(engine):
                if results:
                    summary.imports.append(audit_store.import_results(engine, results))
                if surveys:
                    summary.imports.append(audit_store.import_surveys(engine, surveys))
                if transcripts and checked is not None:
                    summary.imports.append(audit_store.import_conversations(engine, transcripts,
                                                                            checked.spool.scores()))
        except KeyboardInterrupt:
            raise StoreInterrupted(f"interrupted: {path} was left as it was (nothing was imported)") from None
    summary.left_out = audit_store.stored_audits(engine)
    audit_store.stored_surveys(engine)
    summary.audits = int(engine.one("SELECT count(*) FROM store.audits")[0])
    summary.survey_answers = int(engine.one("SELECT count(*) FROM store.survey_answers")[0])
    if audit_store.has_tables(engine, "conversations"):
        summary.conversations = int(engine.one("SELECT count(*) FROM store.conversations")[0])
    return summary


def _range(start: date | None, end: date | None) -> str:
    """The SQL condition on ``date`` for --from/--to."""
    parts = ["true"]
    if start is not None:
        parts.append(f"date >= DATE '{start.isoformat()}'")
    if end is not None:
        parts.append(f"date <= DATE '{end.isoformat()}'")
    return " AND ".join(parts)


def _channel_map(pairs: tuple[str, ...], handbook: Handbook) -> dict[str, str]:
    """``--channel-map NAME=CHANNEL`` options as a mapping; a malformed one or an unknown channel is exit 2."""
    mapping: dict[str, str] = {}
    ids = [c.id for c in handbook.channels]
    for pair in pairs:
        name, sep, channel = pair.partition("=")
        if not sep or not name.strip() or not channel.strip():
            raise UsageError(f"--channel-map {pair}: write NAME=CHANNEL, e.g. --channel-map web=chat")
        if channel.strip() not in ids:
            guess = did_you_mean(channel.strip(), ids)
            raise UsageError(f"--channel-map {pair}: `{channel.strip()}` is not a channel of channels.yaml"
                             + (f"; did you mean `{guess}`?" if guess else f" ({', '.join(ids)})"))
        mapping[name.strip()] = channel.strip()
    return mapping


def _check_transcripts(run: AuditRun, path: str, problems: inputs.Problems, transcripts_format: str,
                       channel_map: dict[str, str], grouped: bool) -> None:
    """Check the transcripts into ``run.transcripts``, with notes on what an export held besides messages."""
    if not os.path.isfile(path):
        raise UsageError(f"--transcripts {path}: no such file" + (
            " (another file system? --engine spark reads any path Spark reads)" if "://" in path else ""))
    if transcripts_format == "auto":
        try:
            transcripts_format = detect(path)
        except UnknownFormat as exc:
            raise UsageError(str(exc)) from None
        except OSError as exc:
            raise UsageError(f"--transcripts {path}: {exc.strerror or exc}") from None
    checker = Checker(run.handbook)
    with Progress(os.path.getsize(path), sys.stderr, label=Path(path).name) as bar:
        run.transcripts = checker.run(path, problems, bar.update, grouped=grouped, fmt=transcripts_format,
                                      channel_map=channel_map)
    if problems:
        return
    if not run.transcripts.messages:
        run.note("note_no_messages", path)
    export = run.transcripts.export
    if export is not None and (export.internal_notes or export.bot_messages or export.other_parts):
        run.note("note_export_left_out", path, notes=export.internal_notes, bots=export.bot_messages,
                 other=export.other_parts)
    if export is not None and export.unknown_authors:
        run.note("note_unknown_authors", path, n=export.unknown_authors)


def _check_with_spark(run: AuditRun, path: str, problems: inputs.Problems, transcripts_format: str, grouped: bool,
                      master: str | None) -> None:
    """``--engine spark``: the same checks on JSON Lines from any path Spark reads (generator.audit.spark)."""
    from ..audit import spark

    if grouped:
        raise UsageError("--grouped keeps the local engine's memory constant; Spark groups the conversations "
                         "itself: drop --grouped with --engine spark")
    if transcripts_format not in ("auto", "jsonl"):
        raise UsageError(f"--engine spark reads JSON Lines transcripts (FORMAT §6), not --transcripts-format "
                         f"{transcripts_format}: check a help-desk export with the local engine")
    if not spark.available():
        raise UsageError("--engine spark needs pyspark and Java: pip install 'service-standards-handbook[spark]'")
    session = spark.session(master or os.environ.get("SPARK_MASTER") or spark.DEFAULT_MASTER)
    try:
        run.transcripts = spark.check(Checker(run.handbook), path, problems, session)
    except Exception as exc:
        missing = spark.missing_input(exc)
        if missing is None:
            raise
        raise UsageError(f"--transcripts {path}: {missing}") from None
    finally:
        session.stop()
    if not problems and not run.transcripts.messages:
        run.note("note_no_messages", path)


def _report(ctx: RenderContext, run: AuditRun, problems: inputs.Problems, fmt: str, out_dir: str | None,
            outputs: Outputs) -> None:
    """Print the input problems (exit 1), or write the report to standard output or into ``out_dir``."""
    if problems:
        diags = Diagnostics(problems.items)
        click.echo(render_diagnostics(diags, "text", sys.stderr), file=sys.stderr, nl=False)
        for path, n in problems.dropped.items():
            click.echo(f"{path}: … and {n} more problems not shown", file=sys.stderr)
        click.echo("Nothing was scored: fix the problems above first.", file=sys.stderr)
        sys.exit(1)
    if fmt in FILE_FORMATS:
        assert out_dir is not None
        _write_tables(ctx, run, fmt, Path(out_dir), outputs)
        return
    chunks = REPORTERS[fmt](ctx, run)
    if fmt == "html":  # the whole page is checked before any of it is shown or written
        from ..render import htmlcheck
        from ..render.audit import html as report_html

        chunks = [htmlcheck.check_html("audit.html", "".join(chunks), report_html.allowed_markup())]
    if out_dir is None:
        buffer: list[str] = []
        size = 0
        for chunk in chunks:
            buffer.append(chunk)
            size += len(chunk)
            if size > 1 << 16:
                click.echo("".join(buffer), nl=False)
                buffer, size = [], 0
        click.echo("".join(buffer), nl=False)
        return
    target = Path(out_dir) / f"audit.{EXTENSIONS[fmt]}"
    outputs.write_text(target, chunks, "--out")
    click.echo(f"Wrote {target}", err=True)


def _write_tables(ctx: RenderContext, run: AuditRun, fmt: str, out: Path, outputs: Outputs) -> None:
    """``--format csv``: ``<table>.csv`` for every table; ``--format xlsx``: ``audit.xlsx`` with a sheet each."""
    from ..render.audit import csvfiles, tables, xlsx

    every = tables.build(ctx, run)
    if fmt == "xlsx":
        target = out / "audit.xlsx"
        outputs.write_with(target, lambda path: xlsx.write(every, path), "--out")
        click.echo(f"Wrote {target}", err=True)
        return
    for table in every:  # every file is checked before the first is written
        outputs.file(out / f"{table.name}.csv", "--out")
    for table in every:
        outputs.write_text(out / f"{table.name}.csv", csvfiles.render(table), "--out")
    click.echo(f"Wrote {len(every)} tables (<table>.csv) into {out}", err=True)
