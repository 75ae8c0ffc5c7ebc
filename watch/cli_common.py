"""What every command module shares: the options object, exit codes, JSON output."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import click

from watch import plain

if TYPE_CHECKING:
    from watch.config import Settings
    from watch.store import Store

EXIT_OK = 0
EXIT_ERROR = 1  # an unexpected failure (a bug: please report it)
EXIT_CONFIG = 2  # bad rules.yaml or bad usage
EXIT_LOCKED = 3  # another run holds the state lock
EXIT_STATE = 4  # the state directory or database cannot be used
EXIT_DELIVERY = 5  # a channel refused a message (`notify test`, `digest`)


class Env:
    def __init__(self, rules: str, state: str) -> None:
        self.rules = rules
        self.state = state
        self.private = True  # the state directory's mode, from `state_mode` once rules are read

    def settings(self) -> Settings:
        from watch.config import load_settings

        settings = load_settings(self.rules)
        self.private = settings.state_mode == "private"
        started()
        return settings

    @contextmanager
    def store(self, *, readonly: bool = False) -> Iterator[Store]:
        from watch.store import Store

        started()
        store = Store.open(self.state, readonly=readonly, private=self.private)
        try:
            yield store
        finally:
            store.close()


pass_env = click.make_pass_decorator(Env)


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
    from watch.render import dumps

    click.echo(dumps(value))
