"""Commands about feeds: `feeds` (health) and `feeds import FILE.opml`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from watch.cli_common import Env, echo_json, pass_env

if TYPE_CHECKING:
    from watch.store import FeedHealth


@click.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True)
@pass_env
@click.pass_context
def feeds(ctx: click.Context, env: Env, as_json: bool) -> None:
    """The configured feeds with their health: last success, last error, failures, next poll."""
    if ctx.invoked_subcommand is not None:
        return
    from watch.render import clean, table

    settings = env.settings()
    with env.store() as store:
        store.sync_feeds([(f.key, f.url, f.name or f.key) for f in settings.feeds])
        rows = store.feed_health()
    if as_json:
        echo_json({"feeds": rows})
        return

    def when(moment: object) -> str:
        return "-" if moment is None else f"{moment:%Y-%m-%d %H:%M}"

    click.echo(
        table(
            ("feed", "articles", "last success", "failures", "next poll", "last error"),
            [
                (
                    r.feed_id,
                    r.articles,
                    when(r.last_success_at),
                    r.consecutive_failures,
                    when(r.next_poll_at) if r.next_poll_at else "now",
                    clean(_problem(r))[:60],
                )
                for r in rows
            ],
        )
    )


@feeds.command("import")
@click.argument("opml", type=click.Path(exists=True, dir_okay=False))
@pass_env
def feeds_import(env: Env, opml: str) -> None:
    """Add the feeds of an OPML export to rules.yaml (comments and layout kept).

    Example: watch feeds import ~/Downloads/subscriptions.opml
    """
    from watch.opml import merge_into_rules, parse_opml

    found = parse_opml(Path(opml).read_bytes(), opml)
    added = merge_into_rules(Path(env.rules), found)
    click.echo(
        f"{len(added)} feed(s) added to {env.rules} ({len(found) - len(added)} already there)"
    )


def _problem(row: FeedHealth) -> str:
    # a malformed feed whose entries were kept is healthy but worth a look
    if row.last_bozo and not row.consecutive_failures:
        return f"malformed, entries kept: {row.last_bozo}"
    return row.last_error or ""


def register(group: click.Group) -> None:
    group.add_command(feeds)
