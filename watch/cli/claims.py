"""Commands about claims: `claims`, `claims show`, `match`, `eval`, `explain`."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from watch.cli.common import EXIT_CONFIG, Invocation, echo_json, pass_invocation

if TYPE_CHECKING:
    from watch.models import Document


@click.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print the table as JSON.")
@pass_invocation
@click.pass_context
def claims(ctx: click.Context, env: Invocation, as_json: bool) -> None:
    """The claim status table: status, confirming and contradicting stories, sources."""
    if ctx.invoked_subcommand is not None:
        return
    from watch.cli.render import claims_table
    from watch.views import claim_summaries

    settings = env.settings()
    with env.store(readonly=True) as store:
        rows = claim_summaries(store, settings)
    if as_json:
        echo_json({"claims": rows})
    else:
        click.echo(claims_table(rows))


@claims.command("show")
@click.argument("claim_id")
@click.option("--json", "as_json", is_flag=True, help="Print the timeline as JSON.")
@pass_invocation
def claims_show(env: Invocation, claim_id: str, as_json: bool) -> None:
    """One claim's timeline: origin, evidence with quotes and links, status changes.

    Example: watch claims show openai-ipo-q4-2026
    """
    from watch.cli.render import clean
    from watch.views import claim_timeline
    from watch.words import cut, plural

    settings = env.settings()
    with env.store(readonly=True) as store:
        timeline = claim_timeline(store, settings, claim_id, datetime.now(UTC).date())
    if timeline is None:
        known = ", ".join(c.id for c in settings.claims)
        raise click.BadParameter(f"no claim {claim_id!r} (known: {known})", param_hint="CLAIM_ID")
    if as_json:
        echo_json(timeline)
        return
    s = timeline.summary
    click.echo(f"{s.claim_id}: {s.status}\n  {clean(s.statement)}")
    click.echo(
        f"  {s.confirms} confirming, {plural(s.contradicts, 'contradicting story')}; "
        f"{plural(s.sources, 'independent source')}"
    )
    for r in timeline.origin:
        click.echo(
            f"  origin  {r.published:%Y-%m-%d} {clean(r.source)}: “{cut(clean(r.quote), 240)}”"
        )
    for r in timeline.evidence:
        click.echo(
            f"  {r.published:%Y-%m-%d} {r.stance:<11} {r.confidence:.2f} {clean(r.source)} "
            f"{clean(r.url)}\n      “{cut(clean(r.quote), 300)}”"
        )
    if timeline.changes:
        click.echo("  status, in publication order:")
    for c in timeline.changes:
        click.echo(f"  {c.at:%Y-%m-%d %H:%M} {c.old} -> {c.new}: {clean(c.reason)}")


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]), help="Publication date.")
@click.option("--title", help="The article's title.")
@click.option("--json", "as_json", is_flag=True, help="Print each article's verdicts as JSON.")
@pass_invocation
def match(
    env: Invocation, paths: tuple[str, ...], published: object, title: str | None, as_json: bool
) -> None:
    """Judge saved articles against every claim; writes nothing to state.

    An article is text, Markdown (optionally with --- front matter) or HTML; `-` reads stdin;
    a directory is read whole (its .md, .txt and .html files, subdirectories included).
    Only regular files are read, of at most fetch.max_bytes (10 MB unless set).
    Example: watch match --published 2026-05-01 saved/*.md
    """
    from dataclasses import replace

    from watch.claims.engine import Matcher
    from watch.claims.evaluate import unmatched_why, verdicts_as_json
    from watch.cli.render import verdicts_text
    from watch.errors import NotJudged

    settings = env.settings()
    matcher = Matcher(settings.claims)
    paths = _expand(paths)
    for path in paths:
        document, _ = _read(path, settings.fetch.max_bytes)
        if published is not None:
            document = replace(document, published=published.date())  # type: ignore[attr-defined]
        if title is not None:
            document = replace(document, title=title)
        try:
            verdicts = matcher.judge(document)
        except NotJudged as exc:  # the time budget's backstop: say so, go on with the next
            if as_json:
                echo_json({"path": path, "verdicts": [], "not_judged": str(exc)})
            else:
                click.echo(f"{path}\n  {exc}")
            continue
        if as_json:
            payload = verdicts_as_json(verdicts)
            if len(paths) > 1:
                payload = {"path": path, **payload}
            echo_json(payload)
        else:
            why = () if verdicts else unmatched_why(settings.claims, document.title, document.text)
            click.echo(verdicts_text(verdicts, heading=path, unmatched=why))


@click.command("eval")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@pass_invocation
def eval_(env: Invocation, folder: str, as_json: bool) -> None:
    """Precision and recall of the claim rules on a folder of labelled articles.

    Each file carries `labels:` in its front matter (claim id -> confirms/contradicts/mentions;
    `{}` for a distractor); a file without `labels:` (notes, saved output) is not scored, and
    is named on stderr. Example: watch eval tests/corpus
    """
    from watch.claims.engine import Matcher
    from watch.claims.evaluate import evaluate, format_report, keyword_claims, report_as_json
    from watch.models import Stance

    settings = env.settings()
    matcher = Matcher(settings.claims)
    items = []
    keywords = {}
    unlabelled = []
    for path in sorted(Path(folder).iterdir()):
        if path.suffix.lower() not in (".md", ".txt", ".html", ".htm") or path.name == "README.md":
            continue
        document, meta = _read(str(path), settings.fetch.max_bytes)
        if "labels" not in meta:
            unlabelled.append(path.name)
            continue
        try:
            labels = {str(k): Stance(v) for k, v in (meta.get("labels") or {}).items()}
        except (AttributeError, ValueError):
            raise click.ClickException(
                f"{path}: labels must map claim ids to confirms, contradicts or mentions"
            ) from None
        items.append((path.name, labels, matcher.judge(document)))
        keywords[path.name] = keyword_claims(settings.claims, document.title, document.text)
    if unlabelled:
        shown = ", ".join(unlabelled[:5]) + (
            f" (+{len(unlabelled) - 5} more)" if len(unlabelled) > 5 else ""
        )
        click.echo(f"not scored, no `labels:` in the front matter: {shown}", err=True)
    if not items:
        raise click.ClickException(f"no labelled articles in {folder}")
    own = {r.id: r.min_confidence for r in settings.claims if r.min_confidence is not None}
    report = evaluate(items, settings.alerts.min_confidence, keywords, own)
    if as_json:
        echo_json(report_as_json(report))
    else:
        click.echo(format_report(report))


@click.command()
@click.argument("article")
@click.option("--json", "as_json", is_flag=True, help="Print the verdicts and reasons as JSON.")
@pass_invocation
def explain(env: Invocation, article: str, as_json: bool) -> None:
    """Why a stored article got its verdicts: aliases, cues, amounts and dates that decided.

    ARTICLE is an article id (from `watch search`) or its URL.
    """
    from watch.claims.engine import Matcher
    from watch.claims.evaluate import unmatched_why, verdicts_as_json
    from watch.cli.render import clean, verdicts_text
    from watch.errors import NotJudged
    from watch.models import Document

    settings = env.settings()
    with env.store(readonly=True) as store:
        stored = store.article(article)
    if stored is None:
        raise click.BadParameter(f"no stored article {article!r}", param_hint="ARTICLE")
    document = Document(
        text=stored.text, published=stored.published.date(), title=stored.title, lang=stored.lang
    )
    try:
        verdicts = Matcher(settings.claims).judge(document)
    except NotJudged as exc:
        raise click.ClickException(f"article {stored.id}: {exc}") from None
    if as_json:
        echo_json(
            {
                "article": {
                    "id": stored.id,
                    "url": stored.url,
                    "title": stored.title,
                    "published": stored.published,
                },
                **verdicts_as_json(verdicts),
            }
        )
        return
    heading = (
        f"#{stored.id} {clean(stored.title)}\n{clean(stored.url)}  published "
        f"{stored.published:%Y-%m-%d} (relative dates resolve against this)"
    )
    why = () if verdicts else unmatched_why(settings.claims, document.title, document.text)
    click.echo(verdicts_text(verdicts, heading=heading, unmatched=why))


ARTICLE_SUFFIXES = (".md", ".txt", ".html", ".htm")


def _expand(paths: tuple[str, ...]) -> tuple[str, ...]:
    """The files `watch match` reads: a directory stands for its articles (recursively, in
    name order); a path that does not exist is a usage error (exit 2), found before any
    output."""
    found: list[str] = []
    for path in paths:
        if path == "-":
            found.append(path)
        elif Path(path).is_dir():
            inside = sorted(
                str(p)
                for p in Path(path).rglob("*")
                if p.suffix.lower() in ARTICLE_SUFFIXES and not p.is_dir()
            )
            if not inside:
                raise click.UsageError(f"{path}: no .md, .txt or .html file in this directory")
            found += inside
        elif not os.path.lexists(path):
            raise click.UsageError(f"{path}: no such file or directory")
        else:
            found.append(path)
    return tuple(found)


def _read(path: str, max_bytes: int) -> tuple[Document, dict[str, Any]]:
    """An article from a file, or from stdin for `-`; a clear error for unreadable input, and
    exit 2 for a path that is no regular file (a FIFO, /dev/zero) or too large."""
    from datetime import UTC, datetime

    from watch.claims.loading import parse_front_matter, read_article
    from watch.errors import ExtractError, LocalFileError
    from watch.localfile import read_stdin
    from watch.models import Document

    try:
        if path != "-":
            return read_article(Path(path), max_bytes)
        meta, body = parse_front_matter(read_stdin(max_bytes))
        published = meta.get("published")
        day = published if isinstance(published, date) else datetime.now(UTC).date()
        return Document(
            body, day, str(meta.get("title") or ""), str(meta.get("lang") or "und")
        ), meta
    except LocalFileError as exc:
        raise click.UsageError(str(exc)) from None
    except (OSError, ValueError, ExtractError) as exc:
        raise click.ClickException(f"{path}: {exc}") from None


def register(group: click.Group) -> None:
    for command in (claims, match, eval_, explain):
        group.add_command(command)


__all__ = ["EXIT_CONFIG", "register"]
