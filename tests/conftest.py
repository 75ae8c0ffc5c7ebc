"""Shared fixtures. `http_server` is a real HTTP/1.1 server on 127.0.0.1 (see tests/servers.py).

Test modules import helpers as `from tests.servers import LocalServer, Route`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# tests/ has no __init__.py, so pytest puts tests/ (not the repo) on sys.path; make
# `tests.servers` importable however pytest is started. (`pythonpath = ["."]` in pyproject
# would do the same.)
_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from tests.servers import LocalServer  # noqa: E402


@pytest.fixture
def http_server() -> Iterator[LocalServer]:
    """A started `LocalServer`; stopped (all connections hung up) after the test."""
    server = LocalServer().start()
    try:
        yield server
    finally:
        server.stop()
