"""`watch report`: the claim ledger as one HTML page."""

from __future__ import annotations

from datetime import UTC, datetime

import click

from watch.cli.common import Invocation, pass_invocation


@click.command()
@click.option(
    "--out",
    type=click.Path(dir_okay=False),
    help="The file to write (default: report.path in rules.yaml, else report.html).",
)
@click.option("--claim", "claim_ids", multiple=True, metavar="ID", help="Only this claim (repeat).")
@click.option(
    "--since", type=click.DateTime(["%Y-%m-%d"]), help="Only evidence published since YYYY-MM-DD."
)
@click.option("--open", "open_", is_flag=True, help="Open the page in the default browser.")
@pass_invocation
def report(
    env: Invocation,
    out: str | None,
    claim_ids: tuple[str, ...],
    since: datetime | None,
    open_: bool,
) -> None:
    """Write the claim ledger as one self-contained HTML page: status badges, a timeline per
    claim, the evidence with its deciding words marked. It loads nothing from the network and
    works opened from disk or mailed.

    Example: watch report --out ledger.html --claim openai-ipo-q4-2026 --since 2026-06-01
    """
    from watch import report as reporting

    settings = env.settings()
    known = [c.id for c in settings.claims]
    for claim_id in claim_ids:
        if claim_id not in known:
            raise click.BadParameter(
                f"no claim {claim_id!r} (known: {', '.join(known)})", param_hint="--claim"
            )
    path = out or (settings.report.path if settings.report else "report.html")
    now = datetime.now(UTC)
    with env.store(readonly=True) as store:
        page = reporting.build(
            store,
            settings,
            generated_at=now,
            claim_ids=claim_ids,
            since=since.date() if since else None,
        )
    reporting.write_atomic(path, page)
    click.echo(f"report written to {path} ({len(page.encode()) // 1024} KB)")
    if open_:
        click.launch(path)


def register(group: click.Group) -> None:
    group.add_command(report)
