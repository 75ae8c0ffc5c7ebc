"""Issue 24's scripted newcomer run, offline: the wheel built from this checkout, installed on
its own into a fresh venv, then the first hour the README promises, exit code by exit code —
`watch init` in an empty directory, `watch validate`, `watch demo` from elsewhere, a check
against a feed on loopback, `watch claims`.

The venv is made with --system-site-packages and sees this environment's site-packages too
(a .pth line), so the dependencies are there without an index; `watch` itself comes only from
the wheel (checked)."""

from __future__ import annotations

import re
import shutil
import site
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.feedkit import serve_delay_story
from tests.servers import LocalServer

ROOT = Path(__file__).resolve().parent.parent


def _sh(*args: str | Path, cwd: Path, code: int = 0) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == code, (args, done.stdout, done.stderr)
    return done.stdout


def _wheel(tmp_path: Path) -> Path:
    """A wheel of the checkout, built from a copy of it (setuptools leaves build/ and
    *.egg-info/ beside the sources: not in the checkout while other tests read it)."""
    source = tmp_path / "checkout"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "watch", source / "watch", ignore=shutil.ignore_patterns("__pycache__"))
    dist = tmp_path / "dist"
    _sh(
        sys.executable, "-m", "pip", "wheel", "-q", "--no-build-isolation", "--no-deps",
        "--no-index", "-w", dist, source, cwd=tmp_path,
    )  # fmt: skip
    [wheel] = dist.glob("watch_claims-*.whl")
    return wheel


def _venv(tmp_path: Path, wheel: Path) -> Path:
    venv = tmp_path / "venv"
    _sh(sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", venv, cwd=tmp_path)
    [packages] = venv.glob("lib/python*/site-packages")
    # the dependencies, offline: this environment's packages (a .pth line adds the directory
    # only; the editable install of the checkout there is not loaded)
    (packages / "deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    _sh(
        sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "install", "-q",
        "--no-index", "--no-deps", wheel, cwd=tmp_path,
    )  # fmt: skip
    return venv


@pytest.mark.slow  # ~20 s: a wheel built and installed, and eight runs of the console script
def test_a_newcomers_first_hour(tmp_path: Path, http_server: LocalServer) -> None:
    venv = _venv(tmp_path, _wheel(tmp_path))
    watch = venv / "bin" / "watch"
    where = _sh(venv / "bin" / "python", "-c", "import watch; print(watch.__file__)", cwd=tmp_path)
    assert where.startswith(str(venv))  # the wheel's watch, not the checkout's

    home = tmp_path / "newcomer"
    home.mkdir()
    out = _sh(watch, "init", cwd=home)
    assert "watch validate" in out and sorted(p.name for p in home.iterdir()) == [
        "rules.yaml",
        "seeds",
    ]
    _sh(watch, "init", cwd=home, code=2)  # never overwrites
    assert (
        _sh(watch, "validate", cwd=home).strip() == "rules.yaml: ok (3 feeds, 1 claim, 0 channels)"
    )
    _sh(watch, "claims", cwd=home, code=4)  # only reads: no state yet, none created
    assert not (home / "state").exists()

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    demo = _sh(watch, "demo", cwd=elsewhere)
    assert "new articles 12" in demo and "openai-ipo-q4-2026" in demo
    assert list(elsewhere.iterdir()) == []

    # the starter's claim, acme-ipo-q4, against a story served on loopback
    feed = serve_delay_story(http_server, datetime.now(UTC))
    rules = home / "rules.yaml"
    text = rules.read_text(encoding="utf-8")
    text = text.replace("fetch:\n", 'fetch:\n  allow_private_networks: ["127.0.0.1/32"]\n', 1)
    text = re.sub(
        r"^feeds:\n(  .*\n)+", f'feeds:\n  - id: local\n    url: "{feed}"\n', text, flags=re.M
    )
    rules.write_text(text, encoding="utf-8")
    assert "1 feed, 1 claim" in _sh(watch, "validate", cwd=home)
    check = _sh(watch, "check", "--once", cwd=home)
    assert "failed 0" in check and "new articles 1" in check and "alerts " in check
    claims = _sh(watch, "claims", cwd=home)
    assert re.search(r"acme-ipo-q4\s+contradicted\s+0\s+1\s+1", claims), claims
    _sh(watch, "check", "--once", "--rules", "nope.yaml", cwd=home, code=2)
