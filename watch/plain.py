"""`WATCH_PLAIN=1`: run without the speed work that leans on other libraries' internals.

Three shortcuts depend on how feedparser, trafilatura and CPython work inside, not only on what
they promise: `watch.feeds.fastxml` rebuilds feedparser's output for plain feeds with lxml,
`watch.extraction.prune` swaps five of trafilatura's pruning XPaths for Python stand-ins, and the
CLI freezes the garbage collector after start-up. Each is held to the library's own result by the
tests (tests/test_conformance.py runs the libraries' own test corpora both ways), but a library
upgrade can still change what they stand in for. With the variable set to anything but "" or
"0", each shortcut steps aside and the library does the work itself: slower, never different.
"""

from __future__ import annotations

import os

VARIABLE = "WATCH_PLAIN"


def enabled() -> bool:
    """Whether the shortcuts are off. Read at each use, so a test can flip it."""
    return os.environ.get(VARIABLE, "").strip() not in ("", "0")
