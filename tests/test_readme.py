"""The README is tested: its configuration example validates, its crontab line really runs,
its systemd unit is well-formed and starts the command the daemon test exercises."""

from __future__ import annotations

import configparser
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

from tests.feedkit import write_rules
from watch.config import Settings
from watch.validate import parse

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    return README.split(f"## {title}", 1)[1].split("\n## ", 1)[0]


def blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", text, re.S)


def test_configuration_example_validates() -> None:
    [example] = blocks(section("Configuration: `rules.yaml`"), "yaml")
    data = yaml.safe_load(example.replace("claims: [...]", "claims: []"))
    settings = parse(Settings, data)
    assert [c.name for c in settings.notify] == ["desk-mail", "desk-hook"]
    assert settings.notify[0].smtp.password_env == "WATCH_SMTP_PASSWORD"  # type: ignore[union-attr]


def test_the_crontab_line_runs(tmp_path: Path) -> None:
    [cron] = blocks(section("Running it"), "cron")
    line = next(ln for ln in cron.splitlines() if ln.strip() and not ln.startswith("#"))
    command = line.split(None, 5)[5]  # after the five schedule fields
    assert "check --once --quiet" in command
    write_rules(tmp_path, [])
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / "bin").symlink_to(Path(sys.executable).parent)
    result = subprocess.run(
        ["sh", "-c", command.replace("/srv/watch", str(tmp_path))],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""  # nothing new: cron mails nothing
    assert (tmp_path / "state" / "watch.db").exists()


def test_systemd_unit_is_well_formed() -> None:
    [unit] = blocks(section("Running it"), "ini")
    parser = configparser.ConfigParser(strict=True, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(unit)
    assert parser["Service"]["ExecStart"].endswith("/.venv/bin/watch run")
    assert parser["Service"]["KillSignal"] == "SIGTERM"
    assert parser["Service"]["WorkingDirectory"] == "/srv/watch"
    assert parser["Install"]["WantedBy"] == "multi-user.target"


def test_systemd_verifies_the_unit(tmp_path: Path) -> None:
    import shutil

    import pytest

    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed here")
    [unit] = blocks(section("Running it"), "ini")
    watch_bin = Path(sys.executable).parent / "watch"
    unit = (
        unit.replace("/srv/watch/.venv/bin/watch", str(watch_bin))
        .replace("/srv/watch", str(tmp_path))
        .replace("User=watch", f"User={os.getuid()}")
        .replace("/etc/watch/secrets.env", str(tmp_path / "secrets.env"))
    )
    (tmp_path / "secrets.env").write_text("WATCH_WEBHOOK_SECRET=x\n")
    path = tmp_path / "watch.service"
    path.write_text(unit)
    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
