"""Commands about alerts and running: `alerts`, `digest`, `notify test`, `run`, `demo`."""

from __future__ import annotations

from datetime import UTC, datetime

import click

from watch.cli_common import EXIT_DELIVERY, Env, echo_json, pass_env


@click.command()
@click.option("--pending", "state", flag_value="pending,sending", help="Not yet delivered.")
@click.option("--failed", "state", flag_value="failed", help="Gave up after max_attempts.")
@click.option(
    "--since",
    type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M"]),
    help="Created at or after this time (UTC).",
)
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@pass_env
def alerts(env: Env, state: str | None, since: datetime | None, limit: int, as_json: bool) -> None:
    """Alerts with their delivery state per channel.  Example: watch alerts --pending"""
    from watch.render import alerts_text

    with env.store(readonly=True) as store:
        since_utc = since.replace(tzinfo=UTC) if since else None
        found = store.alerts(since=since_utc, state=state, limit=limit)
        deliveries = store.deliveries([a.id for a in found if a.id is not None])
    if as_json:
        echo_json({"alerts": found, "deliveries": deliveries})
    else:
        click.echo(alerts_text(found, deliveries))


@click.command()
@click.option("--channel", help="Only this channel (default: every channel).")
@click.option("--dry-run", is_flag=True, help="Print the digest instead of sending it.")
@pass_env
def digest(env: Env, channel: str | None, dry_run: bool) -> None:
    """Render the digest of undelivered alerts, and send it now (or print it with --dry-run)."""
    from watch.lock import run_lock
    from watch.outbox import deliver_due, preview

    settings = env.settings()
    if channel is not None:
        settings.channel(channel)  # an unknown name is a configuration error
    if dry_run:
        with env.store(readonly=True) as store:
            previews = preview(settings, store, datetime.now(UTC), only=channel)
        if not previews:
            click.echo("No channel is configured: add one under `notify:` in rules.yaml.")
        for name, digests in previews:
            if not digests:
                click.echo(f"[{name}] nothing to send")
            for number, rendered in enumerate(digests, 1):
                click.echo(f"[{name}] message {number} of {len(digests)}")
                click.echo(f"Subject: {rendered.subject}\n\n{rendered.text}")
        return
    with run_lock(env.state, wait=60, private=env.private), env.store() as store:
        sent, failed = deliver_due(
            settings, store, clock=lambda: datetime.now(UTC), only=channel, force=True
        )
    click.echo(f"{sent} message(s) sent, {failed} failed")
    if failed:
        raise SystemExit(EXIT_DELIVERY)


@click.group()
def notify() -> None:
    """Check alert channels."""


@notify.command("test")
@click.option("--channel", required=True, help="The channel's name in rules.yaml.")
@pass_env
def notify_test(env: Env, channel: str) -> None:
    """Send a test message on one channel, so you can check its set-up."""
    from watch.digest import render_digest
    from watch.notify import deliver

    settings = env.settings()
    target = settings.channel(channel)
    now = datetime.now(UTC)
    message = render_digest([], [], statements={}, generated_at=now)
    mid = f"msg_test_{int(now.timestamp())}"
    deliver(target, message, message_id=mid, timestamp=int(now.timestamp()))
    click.echo(f"test message {mid} accepted by {channel}")


@click.command()
@pass_env
def run(env: Env) -> None:
    """Run as a daemon: poll each feed on its interval, send digests on schedule, apply
    deadlines, retry deliveries. Stops cleanly on SIGTERM or Ctrl-C."""
    from watch.scheduler import run_daemon

    settings = env.settings()
    run_daemon(settings, env.rules, env.state)


@click.command()
@click.option("--keep", type=click.Path(file_okay=False), help="Keep the demo state here.")
@pass_env
def demo(env: Env, keep: str | None) -> None:
    """Offline demo: serve bundled sample articles on loopback, run a check, show the result."""
    from watch.demo import run_demo

    click.echo(run_demo(env.settings(), keep=keep))


def register(group: click.Group) -> None:
    for command in (alerts, digest, notify, run, demo):
        group.add_command(command)
