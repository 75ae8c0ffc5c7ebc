"""Commands about feeds: `feeds` (health) and `feeds import FILE.opml`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from watch.cli.common import Invocation, echo_json, pass_invocation

if TYPE_CHECKING:
    from watch.store import FeedHealth


@click.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print the feeds' health as JSON.")
@pass_invocation
@click.pass_context
def feeds(ctx: click.Context, env: Invocation, as_json: bool) -> None:
    """The configured feeds with their health: last success, last error, failures, next poll."""
    if ctx.invoked_subcommand is not None:
        return
    from datetime import UTC, datetime

    from watch.cli.render import clean, table
    from watch.store import FeedHealth
    from watch.words import cut, reason_first, relative

    settings = env.settings()
    with env.store(readonly=True) as store:  # only reads: never creates the state
        stored = {r.feed_id: r for r in store.feed_health()}
    # the configured feeds, in the file's order; one the database has not met yet was never
    # polled (the next check polls it)
    rows = [
        stored.get(f.key) or FeedHealth(f.key, f.name or f.key, f.url, None, None, None, 0, None, 0)
        for f in settings.feeds
    ]
    if as_json:
        echo_json({"feeds": rows})
        return
    now = datetime.now(UTC)
    click.echo(
        table(
            ("feed", "articles", "last success", "failures", "next poll", "problem"),
            [
                (
                    r.feed_id,
                    r.articles,
                    relative(r.last_success_at, now),
                    r.consecutive_failures,
                    relative(r.next_poll_at, now) if r.next_poll_at else "now",
                    cut(clean(reason_first(_problem(r), r.url, r.feed_id)), PROBLEM_WIDTH),
                )
                for r in rows
            ],
        )
    )


PROBLEM_WIDTH = 100  # the reason comes first, so a cut one still says why (--json has it whole)


@feeds.command("import")
@click.argument("opml", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print what was added and skipped as JSON.")
@pass_invocation
def feeds_import(env: Invocation, opml: str, as_json: bool) -> None:
    """Add the feeds of an OPML export to rules.yaml (comments and layout kept). An outline
    the rules would refuse is skipped with a warning naming it; the others are added.

    Example: watch feeds import ~/Downloads/subscriptions.opml
    """
    from watch.cli.render import clean
    from watch.feeds.opml import merge_into_rules, parse_opml
    from watch.words import plural

    found = parse_opml(Path(opml).read_bytes(), opml)
    merge = merge_into_rules(Path(env.rules), found)
    there = len(found) - len(merge.added) - len(merge.skipped)
    if as_json:
        echo_json(
            {
                "rules": env.rules,
                "added": merge.added,
                "already_there": there,
                "skipped": [
                    {"title": f.title, "url": f.url, "reason": why} for f, why in merge.skipped
                ],
            }
        )
        return
    for feed, why in merge.skipped:
        click.echo(
            f"warning: {opml}: outline {clean(feed.title)!r} ({clean(feed.url)}) skipped: "
            f"{clean(why)}",
            err=True,
        )
    skipped = f", {len(merge.skipped)} skipped" if merge.skipped else ""
    click.echo(
        f"{plural(len(merge.added), 'feed')} added to {env.rules} ({there} already there{skipped})"
    )


def _problem(row: FeedHealth) -> str:
    # a malformed feed whose entries were kept is healthy but worth a look
    if row.last_bozo and not row.consecutive_failures:
        return f"malformed, entries kept: {row.last_bozo}"
    return row.last_error or ""


def register(group: click.Group) -> None:
    group.add_command(feeds)
