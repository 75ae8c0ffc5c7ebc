"""Shared fixtures. `http_server` is a real HTTP/1.1 server on 127.0.0.1 (see tests/servers.py).

Test modules import helpers as `from tests.servers import LocalServer, Route`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.servers import LocalServer  # importable: pyproject.toml puts the repo on sys.path


@pytest.fixture
def http_server() -> Iterator[LocalServer]:
    """A started `LocalServer`; stopped (all connections hung up) after the test."""
    server = LocalServer().start()
    try:
        yield server
    finally:
        server.stop()
