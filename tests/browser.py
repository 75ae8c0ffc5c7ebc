"""A real headless browser for the tests: the distribution's Chromium, driven directly over the
DevTools protocol on a pipe (`--remote-debugging-pipe`: JSON messages ending in NUL, commands
on fd 3, replies and events on fd 4), so no driver, no websocket library and no downloaded
browser is involved.

    with Browser.start() as browser:          # pytest.skip when no chromium is installed
        page = browser.open(path, width=360, dark=True)
        page.evaluate("document.title"); page.requests; page.errors
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

FLAGS = [
    "--headless",
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--remote-debugging-pipe",
]
_LAUNCH = (
    "import os, sys; os.dup2(int(sys.argv[1]), 3); os.dup2(int(sys.argv[2]), 4); "
    "os.execv(sys.argv[3], sys.argv[3:])"
)
TIMEOUT = 60.0  # seconds for one command or page load on a loaded 2-core machine


def find_chromium() -> str | None:
    return next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)


class Browser:
    def __init__(self, binary: str) -> None:
        self.profile = tempfile.mkdtemp(prefix="watch-chromium-")
        commands_r, self._commands = os.pipe()
        self._replies, replies_w = os.pipe()
        argv = [binary, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"]
        # a small launcher puts the pipe ends on fds 3 and 4, where Chromium looks for them
        self.process = subprocess.Popen(
            [sys.executable, "-c", _LAUNCH, str(commands_r), str(replies_w), *argv],
            pass_fds=(commands_r, replies_w),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(commands_r)
        os.close(replies_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []

    @classmethod
    def start(cls) -> Browser:
        binary = find_chromium()
        if binary is None:
            pytest.skip("no chromium binary (apt-get install chromium; .ci/run installs it)")
        return cls(binary)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.process.kill()
        self.process.wait(10)
        os.close(self._commands)
        os.close(self._replies)
        shutil.rmtree(self.profile, ignore_errors=True)

    def send(self, method: str, params: dict[str, Any] | None = None, session: str = "") -> Any:
        """Send one command and return its result; events that arrive meanwhile are kept."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        reply = self._wait(lambda m: m.get("id") == self._next_id)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def _wait(self, done: Any) -> dict[str, Any]:
        deadline = time.monotonic() + TIMEOUT
        while True:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                message = json.loads(raw)
                if "method" in message:
                    self.events.append(message)
                if done(message):
                    return message
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._replies], [], [], left)[0]:
                raise TimeoutError("chromium did not answer")
            chunk = os.read(self._replies, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium exited")
            self._buffer += chunk

    def open(
        self, path: Path, *, width: int = 1000, dark: bool = False, block_remote: bool = False
    ) -> Page:
        """A new tab showing `path`, loaded (the load event fired). `block_remote` refuses
        every http(s) load, as a mail client does until the reader allows remote content."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable", session=session)
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 500},
            session=session,
        )
        scheme = "dark" if dark else "light"
        self.send(
            "Emulation.setEmulatedMedia",
            {"features": [{"name": "prefers-color-scheme", "value": scheme}]},
            session=session,
        )
        if block_remote:
            blocked = {"urls": ["http://*", "https://*", "ws://*", "wss://*"]}
            self.send("Network.setBlockedURLs", blocked, session=session)
        start = len(self.events)
        self.send("Page.navigate", {"url": path.resolve().as_uri()}, session=session)
        self._wait(
            lambda m: m.get("method") == "Page.loadEventFired" and m.get("sessionId") == session
        )
        return Page(self, session, start)


class Page:
    def __init__(self, browser: Browser, session: str, start: int) -> None:
        self.browser, self.session, self.start = browser, session, start

    def evaluate(self, expression: str) -> Any:
        result = self.browser.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True},
            session=self.session,
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def _events(self) -> list[dict[str, Any]]:
        return [e for e in self.browser.events[self.start :] if e.get("sessionId") == self.session]

    @property
    def requests(self) -> list[str]:
        """Every URL the page asked for (the page's own file included)."""
        return [
            e["params"]["request"]["url"]
            for e in self._events()
            if e["method"] == "Network.requestWillBeSent"
        ]

    @property
    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions and browser log errors (CSP violations too)."""
        found = []
        for e in self._events():
            params = e["params"]
            if e["method"] == "Runtime.consoleAPICalled" and params["type"] in ("error", "assert"):
                found.append(json.dumps(params["args"])[:300])
            elif e["method"] == "Runtime.exceptionThrown":
                found.append(json.dumps(params["exceptionDetails"])[:300])
            elif e["method"] == "Log.entryAdded" and params["entry"]["level"] == "error":
                found.append(params["entry"]["text"][:300])
        return found

    def screenshot(self, path: Path) -> None:
        import base64

        data = self.browser.send(
            "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True},
            session=self.session,
        )["data"]  # fmt: skip
        path.write_bytes(base64.b64decode(data))
