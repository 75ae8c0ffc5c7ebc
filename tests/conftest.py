"""Shared fixtures. `http_server` is a real HTTP/1.1 server on 127.0.0.1 (see tests/servers.py).

Test modules import helpers as `from tests.servers import LocalServer, Route`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers import LocalServer  # importable: pyproject.toml puts the repo on sys.path

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def http_server() -> Iterator[LocalServer]:
    """A started `LocalServer`; stopped (all connections hung up) after the test."""
    server = LocalServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def demo_state(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The state `watch demo` leaves (the shipped rules.yaml and bundled articles), made once
    per session: the report tests read it and never write to it."""
    from watch.cli.demo import run_demo
    from watch.config import load_settings

    state = tmp_path_factory.mktemp("demo") / "state"
    run_demo(load_settings(REPO / "rules.yaml", env={}), keep=str(state))
    return state
