"""The command line: parses, calls the library, prints, maps errors to exit codes.

Heavy modules are imported inside the commands so `watch --help` starts fast.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator

import click
from click.core import ParameterSource

from watch.cli.common import (
    EXIT_CONFIG,
    EXIT_DELIVERY,
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_STATE,
    Invocation,
    add_global_options,
    configure_logging,
    echo_json,
    pass_invocation,
    starting,
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--rules",
    default="rules.yaml",
    envvar="WATCH_RULES",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The rules file (env WATCH_RULES).",
)
@click.option(
    "--state",
    default="state",
    envvar="WATCH_STATE",
    show_default=True,
    type=click.Path(file_okay=False),
    help="The state directory (env WATCH_STATE).",
)
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.version_option(package_name="watch-claims")
@click.pass_context
def cli(ctx: click.Context, rules: str, state: str, verbose: int) -> None:
    """watch: track news claims and hear when new reporting confirms or contradicts one.

    Start with `watch demo` (offline, from anywhere); `watch init DIR` writes a starter
    rules.yaml; then `watch validate` and `watch check --once`.
    """
    env = ctx.ensure_object(Invocation)
    env.rules, env.state, env.verbose = rules, state, verbose
    env.rules_given = ctx.get_parameter_source("rules") is not ParameterSource.DEFAULT
    configure_logging(verbose)


@cli.command()
@click.option("--once", is_flag=True, help="Run one check and exit (the default; for cron).")
@click.option("--force", is_flag=True, help="Poll every feed now, due or not.")
@click.option(
    "--json", "as_json", is_flag=True, help="Print the run's summary as JSON (README: check)."
)
@click.option("--quiet", is_flag=True, help="Print only when there are alerts or errors.")
@click.option("--wait", is_flag=True, help="Wait for a running check instead of exiting.")
@pass_invocation
def check(env: Invocation, once: bool, force: bool, as_json: bool, quiet: bool, wait: bool) -> None:
    """Poll the due feeds, store and judge new articles, send alerts, exit.

    Example (cron, every ten minutes):  */10 * * * * cd ~/watch && watch check --once --quiet
    """
    from watch.cli.render import run_json, run_summary
    from watch.lock import run_lock
    from watch.pipeline import run_once

    settings = env.settings()
    progress = _progress() if sys.stderr.isatty() and not quiet and not as_json else None
    stop = threading.Event()
    with (
        _stop_on_interrupt(stop),
        run_lock(env.state, wait=3600 if wait else None, private=env.private),
        env.store() as store,
    ):
        report = run_once(settings, store, force=force, progress=progress, stop=stop)
    if as_json:
        echo_json(run_json(report))
    elif not quiet or report.alerts or report.errors or report.deliveries_failed:
        click.echo(run_summary(report))
    if stop.is_set():
        raise SystemExit(130)


@contextlib.contextmanager
def _stop_on_interrupt(stop: threading.Event) -> Iterator[None]:
    """Ctrl-C during a check: say so at once and stop within seconds, storing what is done
    (the run is recorded as interrupted; unfinished feeds stay due). A second Ctrl-C aborts."""

    def interrupted(signum: int, frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        click.echo("stopping… (Ctrl-C again to abort at once)", err=True)
        stop.set()

    if threading.current_thread() is not threading.main_thread():
        yield  # signals reach the main thread only (a test runner's worker thread, say)
        return
    previous = signal.signal(signal.SIGINT, interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _progress() -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        click.echo(f"\r{done}/{total} feeds", nl=done == total, err=True)

    return show


@cli.command()
@click.option(
    "--json", "as_json", is_flag=True, help="Print the verdict and any problems as JSON (docs/)."
)
@pass_invocation
def validate(env: Invocation, as_json: bool) -> None:
    """Check rules.yaml: every problem with its file, line and field; exit 2 if any."""
    from watch.errors import ConfigError
    from watch.rulenotes import rule_notes
    from watch.words import plural

    try:
        settings = env.settings()
    except ConfigError as exc:
        if not as_json:
            raise
        echo_json({"rules": env.rules, "valid": False, "problems": exc.problems})
        raise SystemExit(EXIT_CONFIG) from None
    notes = rule_notes(settings, env.rules)
    counts = {
        "feeds": len(settings.feeds),
        "claims": len(settings.claims),
        "channels": len(settings.notify),
    }
    empty = not any(counts.values())
    if as_json:
        warnings = list(notes)
        echo_json(
            {"rules": env.rules, "valid": True, "empty": empty, **counts, "problems": []}
            | ({"warnings": warnings} if warnings else {})
        )
        return
    for note in notes:  # the file is valid: these only say what will not work as written
        click.echo(f"warning: {note}", err=True)
    if empty:
        click.echo(f"{env.rules}: valid but empty: no feeds, no claims, no channels")
    else:
        click.echo(
            f"{env.rules}: ok ({plural(counts['feeds'], 'feed')}, "
            f"{plural(counts['claims'], 'claim')}, {plural(counts['channels'], 'channel')})"
        )


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print what was added as JSON (docs/).")
@pass_invocation
def baseline(env: Invocation, as_json: bool) -> None:
    """Ingest the seed documents as the claims' origin (done by every check too)."""
    from datetime import UTC, datetime

    from watch.baseline import ingest_seeds
    from watch.cli.render import clean
    from watch.lock import run_lock
    from watch.pipeline import make_ingestor
    from watch.words import plural

    settings = env.settings()
    with run_lock(env.state, private=env.private), env.store() as store:
        ingestor = make_ingestor(settings, store)
        with store.atomic():
            added, skipped = ingest_seeds(ingestor, settings, datetime.now(UTC))
        store.index_new_articles()
    if as_json:
        echo_json({"seeds_dir": settings.seeds_dir, "added": added, "skipped": skipped})
        return
    for line in skipped:
        click.echo(f"skipped: {clean(line)}", err=True)
    click.echo(f"{plural(added, 'seed document')} added from {settings.seeds_dir}")


@cli.command()
@click.argument("words", nargs=-1, required=True)
@click.option(
    "--limit", default=20, show_default=True, type=click.IntRange(1, 1000), help="Hits to show."
)
@click.option("--json", "as_json", is_flag=True, help="Print the hits as JSON.")
@pass_invocation
def search(env: Invocation, words: tuple[str, ...], limit: int, as_json: bool) -> None:
    """Full-text search of stored articles, English or Chinese: every word must match (at
    most 50 terms). A running check's articles become searchable as it stores them, a
    thousand at a time; the last few when it ends.

    Example: watch search openai ipo     watch search 英伟达
    """
    from watch.cli.render import clean, table
    from watch.store.search import search_terms
    from watch.words import cut

    query = " ".join(words)
    try:
        search_terms(query)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="QUERY") from None
    with env.store(readonly=True) as store:
        hits = store.search(query, limit=limit)
    if as_json:
        echo_json({"hits": hits})
        return
    click.echo(
        table(
            ("id", "published", "title", "url"),
            [(h.article_id, h.published.date(), cut(clean(h.title), 60), h.url) for h in hits],
        )
        if hits
        else "no match"
    )


@cli.command()
@click.option(
    "--json", "as_json", is_flag=True, help="Print as JSON, with absolute times (ISO 8601, UTC)."
)
@pass_invocation
def status(env: Invocation, as_json: bool) -> None:
    """The last run, the next polls, failing feeds and undelivered alerts."""
    from watch.cli.status import gather, render
    from watch.lock import holder

    with env.store(readonly=True) as store:
        info = gather(store, lock_holder=holder(env.state))
    if as_json:
        echo_json(info)
    else:
        click.echo(render(info))


def main() -> None:
    """The console script."""
    starting()
    sys.exit(invoke(sys.argv[1:], prog_name=os.path.basename(sys.argv[0]) or "watch"))


def invoke(args: list[str], prog_name: str = "watch") -> int:
    """Run the CLI on `args` and turn the project's errors into exit codes (see README)."""
    from watch.errors import ConfigError, DeliveryError, LockHeld, StateError

    try:
        code = cli.main(args, standalone_mode=False, prog_name=prog_name)
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("interrupted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return EXIT_CONFIG if exc.exit_code == 2 else exc.exit_code
    except ConfigError as exc:
        count = len(exc.problems)
        click.echo(f"invalid configuration ({count} problem{'' if count == 1 else 's'}):", err=True)
        for problem in exc.problems:
            click.echo(f"  {_safe(problem)}", err=True)
        return EXIT_CONFIG
    except LockHeld as exc:
        click.echo(f"watch: {_safe(exc)}", err=True)
        return EXIT_LOCKED
    except StateError as exc:
        click.echo(f"watch: {_safe(exc)}", err=True)
        return EXIT_STATE
    except DeliveryError as exc:
        click.echo(f"watch: {_safe(exc)}", err=True)
        return EXIT_DELIVERY
    except SystemExit as exc:  # a command that ends with a specific code
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    return code if isinstance(code, int) else EXIT_OK


def _safe(error: object) -> str:
    """An error's text for the terminal: it may quote a feed or a server's reply."""
    from watch.textclean import safe_text  # here: `watch --help` loads no logging or json

    return safe_text(str(error))


def _register_more() -> None:
    # the other command groups live in their own modules; they import only click at the top
    from watch.cli import claims as cli_claims
    from watch.cli import feeds as cli_feeds
    from watch.cli import notify as cli_notify
    from watch.cli import report as cli_report

    for module in (cli_claims, cli_feeds, cli_notify, cli_report):
        module.register(cli)


_register_more()
add_global_options(cli)  # last: every command, wherever registered, takes them
