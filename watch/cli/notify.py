"""Commands about alerts and running: `alerts`, `digest`, `notify test`, `run`, and the two to
start with: `demo` and `init`."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

import click

from watch.cli.common import EXIT_DELIVERY, Invocation, echo_json, pass_invocation
from watch.words import plural

if TYPE_CHECKING:
    from watch.config import EmailChannel, WebhookChannel
    from watch.delivery.digest import Digest


@click.command()
@click.option("--pending", "state", flag_value="pending,sending", help="Not yet delivered.")
@click.option("--failed", "state", flag_value="failed", help="Gave up after max_attempts.")
@click.option(
    "--since",
    type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M"]),
    help="Created at or after this time (UTC).",
)
@click.option("--limit", default=50, show_default=True, help="Alerts to show, newest first.")
@click.option("--json", "as_json", is_flag=True, help="Print alerts and deliveries as JSON.")
@pass_invocation
def alerts(
    env: Invocation, state: str | None, since: datetime | None, limit: int, as_json: bool
) -> None:
    """Alerts with their delivery state per channel.  Example: watch alerts --pending"""
    from watch.cli.render import alerts_text

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
@click.option(
    "--dry-run", is_flag=True, help="Print what each channel would be sent now; send nothing."
)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON (docs/).")
@pass_invocation
def digest(env: Invocation, channel: str | None, dry_run: bool, as_json: bool) -> None:
    """Render the digest of undelivered alerts, and send it now (or print it with --dry-run:
    message by message, exactly as each channel would get it)."""
    from watch.delivery.outbox import deliver_due, preview
    from watch.lock import run_lock

    settings = env.settings()
    if channel is not None:
        env.channel(settings, channel)  # an unknown name is a problem of this rules file
    if dry_run:
        with env.store(readonly=True) as store:
            previews = preview(settings, store, datetime.now(UTC), only=channel)
        if as_json:
            echo_json(
                {
                    "dry_run": True,
                    "channels": [
                        {"channel": name, "messages": [_message_json(d) for d in digests]}
                        for name, digests in previews
                    ],
                }
            )
            return
        if not previews:
            click.echo(
                f"No channel is configured in {env.rules}, so nothing would be sent: "
                "add one under `notify:` (see the README)."
            )
        for name, digests in previews:
            to = _destination(env.channel(settings, name))
            if not digests:
                click.echo(f"[{name}] nothing to send{to}")
            for number, rendered in enumerate(digests, 1):
                click.echo(f"[{name}] message {number} of {len(digests)}{to}")
                click.echo(f"Subject: {rendered.subject}\n\n{rendered.text}")
        return
    if not settings.notify:
        click.echo(f"no channel is configured in {env.rules}: nothing sent", err=True)
    with run_lock(env.state, wait=60, private=env.private), env.store() as store:
        sent, failed = deliver_due(
            settings, store, clock=lambda: datetime.now(UTC), only=channel, force=True
        )
    if as_json:
        echo_json({"dry_run": False, "sent": sent, "failed": failed})
    else:
        click.echo(f"{plural(sent, 'message')} sent, {failed} failed")
    if failed:
        raise SystemExit(EXIT_DELIVERY)


def _destination(channel: EmailChannel | WebhookChannel) -> str:
    # a webhook URL as `shown` makes it: its path and query may be the credential
    from watch.config import WebhookChannel

    return f" to {channel.shown()}" if isinstance(channel, WebhookChannel) else ""


def _message_json(rendered: Digest) -> dict[str, object]:
    return {"subject": rendered.subject, "text": rendered.text, "payload": rendered.payload}


@click.group()
def notify() -> None:
    """Check alert channels."""


@notify.command("test")
@click.option("--channel", required=True, help="The channel's name in rules.yaml.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON (docs/).")
@pass_invocation
def notify_test(env: Invocation, channel: str, as_json: bool) -> None:
    """Send a test message on one channel, so you can check its set-up."""
    from watch.delivery.digest import render_digest
    from watch.delivery.notify import deliver

    settings = env.settings()
    target = env.channel(settings, channel)
    now = datetime.now(UTC)
    message = render_digest([], [], statements={}, generated_at=now)
    mid = f"msg_test_{int(now.timestamp())}"
    deliver(target, message, message_id=mid, timestamp=int(now.timestamp()))
    if as_json:
        echo_json({"channel": channel, "message_id": mid, "accepted": True})
    else:
        click.echo(f"test message {mid} accepted by {channel}{_destination(target)}")


@click.command()
@pass_invocation
def run(env: Invocation) -> None:
    """Run as a daemon: poll each feed on its interval, send digests on schedule, apply
    deadlines, retry deliveries. Stops cleanly on SIGTERM or Ctrl-C."""
    from watch.cli.common import configure_logging
    from watch.scheduler import run_daemon

    env.service = True
    configure_logging(env.verbose, service=True)
    settings = env.settings()
    run_daemon(settings, env.rules, env.state)


@click.command()
@click.option("--keep", type=click.Path(file_okay=False), help="Keep the demo state here.")
@pass_invocation
def demo(env: Invocation, keep: str | None) -> None:
    """Offline demo: serve bundled sample articles on loopback, run a check, show the result.

    Works from any directory: the claims and seeds come with the package, unless --rules
    names your own file (then its claims are used).
    """
    from watch.cli.demo import run_demo

    click.echo(run_demo(env.settings() if env.rules_given else None, keep=keep))


@click.command()
@click.argument("directory", default=".", type=click.Path(file_okay=False))
def init(directory: str) -> None:
    """Start from nothing: write a commented rules.yaml (three feeds, one example claim,
    channels commented out) and an empty seeds/ in DIRECTORY (default: here). Never
    overwrites: an existing rules.yaml is left as it is (exit 2).

    Example: watch init ~/watch && cd ~/watch && watch validate
    """
    from pathlib import Path

    from watch.cli.starter import write_starter

    try:
        created = write_starter(Path(directory))
    except FileExistsError:
        raise click.UsageError(
            f"{Path(directory) / 'rules.yaml'} already exists; nothing written"
        ) from None
    except OSError as exc:
        raise click.UsageError(f"{directory}: cannot write here: {exc.strerror or exc}") from None
    for path in created:
        click.echo(f"created {path}{'/' if path.is_dir() else ''}")
    go = "" if Path(directory).resolve() == Path.cwd() else f"cd {directory}\n"
    click.echo(
        "\nNext:\n"
        f"{go}"
        "watch validate        # check rules.yaml (edit the feeds and the claim first)\n"
        "watch check --once    # poll the feeds once, judge what is new\n"
        "watch claims          # the status of each claim"
    )


def register(group: click.Group) -> None:
    for command in (alerts, digest, notify, run, demo, init):
        group.add_command(command)
