"""The tools a user would pick instead of watch, set up on the benchmark's feed URLs.

They live in a benchmark-only venv (bench/out/peers-venv), never in the project's dependencies.
Each `setup_*` writes that tool's own config files into a fresh folder and returns the command
that runs it once; the benchmark runs it twice and times the second (all-304) run.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

PACKAGES = ("urlwatch", "rss2email", "py-spy", "pyinstrument")


def ensure_venv(venv: Path) -> Path:
    """The peers' venv, created and filled on first use; returns its bin/ folder.

    Raises subprocess.CalledProcessError when pip fails."""
    bin_dir = venv / "bin"
    if not all((bin_dir / exe).exists() for exe in ("urlwatch", "r2e", "py-spy", "pyinstrument")):
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(bin_dir / "pip"), "install", "-q", *PACKAGES], check=True)
    return bin_dir


def setup_urlwatch(bin_dir: Path, home: Path, feeds: list[dict[str, str]]) -> list[str]:
    """urlwatch with one `url` job per feed; it sends If-None-Match from its cache."""
    if home.exists():
        shutil.rmtree(home)
    home.mkdir(parents=True)
    jobs = "---\n".join(f"name: {f['id']}\nurl: {f['url']}\n" for f in feeds)
    (home / "urls.yaml").write_text(jobs)
    # only the stdout reporter (its output goes to /dev/null), no colour
    (home / "urlwatch.yaml").write_text(
        "display: {new: true, error: true, unchanged: false}\n"
        "report:\n  text: {details: true, footer: false, line_length: 75}\n"
        "  stdout: {enabled: true, color: false}\n"
        "  email: {enabled: false}\n  html: {diff: unified}\n"
    )
    (home / "hooks.py").write_text("")
    return [
        str(bin_dir / "urlwatch"),
        "--urls",
        str(home / "urls.yaml"),
        "--config",
        str(home / "urlwatch.yaml"),
        "--hooks",
        str(home / "hooks.py"),
        "--cache",
        str(home / "cache.db"),
    ]


def setup_rss2email(bin_dir: Path, home: Path, feeds: list[dict[str, str]]) -> list[str]:
    """rss2email with every feed in its config, `run --no-send` (messages are built, then
    dropped), a sendmail stand-in (/bin/true) in case anything tries to send, and no pause
    between feeds of one server (its default is 0 too; all feeds are on one loopback host)."""
    if home.exists():
        shutil.rmtree(home)
    home.mkdir(parents=True)
    lines = [
        "[DEFAULT]",
        "from = bench@localhost",
        "to = reader@localhost",
        "email-protocol = sendmail",
        "sendmail = /bin/true",
        "same-server-fetch-interval = 0",
        "",
    ]
    for f in feeds:
        lines += [f"[feed.{f['id']}]", f"url = {f['url']}", ""]
    (home / "rss2email.cfg").write_text("\n".join(lines))
    return [
        str(bin_dir / "r2e"),
        "-c",
        str(home / "rss2email.cfg"),
        "-d",
        str(home / "rss2email.json"),
        "run",
        "--no-send",
    ]
