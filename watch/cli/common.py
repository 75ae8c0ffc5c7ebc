"""What every command module shares: the options object, exit codes, JSON output."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import click

from watch import plain

if TYPE_CHECKING:
    from watch.config import EmailChannel, Settings, WebhookChannel
    from watch.store import Store

EXIT_OK = 0
EXIT_ERROR = 1  # an unexpected failure (a bug: please report it)
EXIT_CONFIG = 2  # bad rules.yaml or bad usage
EXIT_LOCKED = 3  # another run holds the state lock
EXIT_STATE = 4  # the state directory or database cannot be used
EXIT_DELIVERY = 5  # a channel refused a message (`notify test`, `digest`)


class Invocation:
    """One run of the command line: which rules and state it was given, and what it read
    of them (the settings, loaded once when a command first asks)."""

    def __init__(self, rules: str = "rules.yaml", state: str = "state") -> None:
        self.rules = rules
        self.state = state
        self.private = True  # the state directory's mode, from `state_mode` once rules are read
        self.rules_given = False  # on the command line or in WATCH_RULES (`watch demo` asks)
        self.verbose = 0
        self.service = False  # `watch run`: logs are its only output

    def settings(self) -> Settings:
        from watch.config import load_settings

        started()
        return self._settings(load_settings(self.rules))

    def _settings(self, settings: Settings) -> Settings:
        self.private = settings.state_mode == "private"
        return settings

    def channel(self, settings: Settings, name: str) -> EmailChannel | WebhookChannel:
        """The channel called `name`; an unknown name is a problem of this rules file."""
        from watch.errors import ConfigError, ConfigProblem

        for channel in settings.notify:
            if channel.name == name:
                return channel
        known = ", ".join(c.name for c in settings.notify) or "none configured"
        raise ConfigError(
            [ConfigProblem(self.rules, None, "notify", f"no channel {name!r} ({known})")]
        )

    @contextmanager
    def store(self, *, readonly: bool = False) -> Iterator[Store]:
        from watch.store import Store

        started()
        store = Store.open(self.state, readonly=readonly, private=self.private)
        try:
            yield store
        finally:
            store.close()


pass_invocation = click.make_pass_decorator(Invocation)


def starting() -> None:
    """Called first by the console script. Start-up (imports, rules.yaml) makes some 10^5
    objects that live as long as the process, and the cyclic collector would trace them again
    and again (~60 ms of a one-second `check` with 1,000 feeds): collect nothing until the
    command has what it needs (`started`). Not with WATCH_PLAIN (watch.plain)."""
    if not plain.enabled():
        gc.disable()


def started() -> None:
    """Start-up is over: freeze what exists (later collections skip it) and collect again."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def echo_json(value: Any) -> None:
    from watch.cli.render import dumps

    click.echo(dumps(value))


def configure_logging(verbose: int, *, service: bool = False) -> None:
    """Logs on stderr. A command that prints its own report (`check`, `baseline`) names each
    failed feed there, so the same failure is logged only with -v: once is enough in a cron
    mail. The daemon (`service`) has no other output: it logs from INFO up (start, stop,
    each feed with news or an error). APScheduler's job chatter only at -vv."""
    import logging

    from watch.textclean import clean_log_output

    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(
            stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
    clean_log_output()  # log records quote feeds and servers: no escape sequence gets through
    quiet = logging.INFO if service else logging.WARNING
    root.setLevel(quiet if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG)
    # the feed failures a run reports in its summary (watch.poller logs as watch.pipeline)
    reported = logging.ERROR if verbose == 0 and not service else logging.NOTSET
    logging.getLogger("watch.pipeline").setLevel(reported)
    logging.getLogger("apscheduler").setLevel(logging.DEBUG if verbose >= 2 else logging.WARNING)


def _set_rules(ctx: click.Context, _: click.Parameter, value: str | None) -> None:
    if value is not None:
        env = ctx.ensure_object(Invocation)
        env.rules, env.rules_given = value, True


def _set_state(ctx: click.Context, _: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.ensure_object(Invocation).state = value


def _set_verbose(ctx: click.Context, _: click.Parameter, value: int) -> None:
    if value:
        env = ctx.ensure_object(Invocation)
        env.verbose += value
        configure_logging(env.verbose, service=env.service)


def add_global_options(group: click.Group) -> None:
    """Give every command under `group` --rules, --state and -v, so they are accepted after
    the sub-command as well as before it (`watch check --rules X`) and listed in its --help.
    The group reads them first (with their defaults and env vars); these override what it
    read only when given."""
    for command in group.commands.values():
        names = {name for param in command.params for name in param.opts}
        if "--rules" not in names:
            command.params += [
                click.Option(
                    ["--rules", "global_rules"],
                    type=click.Path(dir_okay=False),
                    expose_value=False,
                    callback=_set_rules,
                    help="The rules file (env WATCH_RULES).",
                ),
                click.Option(
                    ["--state", "global_state"],
                    type=click.Path(file_okay=False),
                    expose_value=False,
                    callback=_set_state,
                    help="The state directory (env WATCH_STATE).",
                ),
                click.Option(
                    ["-v", "--verbose", "global_verbose"],
                    count=True,
                    expose_value=False,
                    callback=_set_verbose,
                    help="More log output on stderr (-vv: debug).",
                ),
            ]
        if isinstance(command, click.Group):
            add_global_options(command)
