"""`watch validate` on mutated copies of the shipped rules.yaml: types swapped, keys dropped,
dates and durations garbled, values nested deep. Every outcome is `ok` (exit 0) or problems
named by file and line (exit 2): never a traceback."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import yaml

from watch.cli import invoke

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = (ROOT / "rules.yaml").read_text(encoding="utf-8")
NASTY = [
    "2026-02-30",
    "2026-13-01",
    "0000-00-00",
    "-1",
    "1e999",
    "nan",
    "~",
    "[]",
    "{}",
    "yes",
    "''",
    "15 minutes",
    "90ss",
    "'2026-02-01T25:00'",
    "[[[[[[[[[[1]]]]]]]]]]",
    "{a: {b: {c: {d: {e: 1}}}}}",
    "!!binary aGVsbG8=",
    "&a x",
    "*nope",
]


def mutate(text: str, rng: random.Random) -> str:
    lines = text.splitlines()
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(lines))
        line = lines[i]
        choice = rng.random()
        if choice < 0.3 and ":" in line:  # a value replaced by something of another kind
            key = line.split(":", 1)[0]
            lines[i] = f"{key}: {rng.choice(NASTY)}"
        elif choice < 0.5:  # a line dropped
            del lines[i]
        elif choice < 0.7:  # dates and durations garbled
            lines[i] = re.sub(r"\d", lambda m: str(rng.randrange(10)), line)
        elif choice < 0.85:  # indentation changed
            lines[i] = " " * rng.randrange(8) + line.lstrip()
        else:  # nesting
            lines[i] = line + " " + "[" * rng.randrange(1, 60)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("seed", range(4))
def test_validate_never_tracebacks(
    tmp_path: Path, seed: int, capsys: pytest.CaptureFixture[str]
) -> None:
    rng = random.Random(seed)
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    rules = tmp_path / "rules.yaml"
    outcomes = set()
    for _ in range(60):
        text = mutate(SHIPPED, rng)
        rules.write_text(text, encoding="utf-8")
        code = invoke(["--rules", str(rules), "validate"])
        out, err = capsys.readouterr()
        assert code in (0, 2), (code, text, out, err)
        assert "Traceback" not in err
        if code == 2:
            assert re.search(rf"{re.escape(str(rules))}(:\d+)?: ", err), err
        outcomes.add(code)
    assert 2 in outcomes  # the mutations did break files


def test_an_empty_file_is_called_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text("", encoding="utf-8")
    assert invoke(["--rules", str(rules), "validate"]) == 0
    assert "empty" in capsys.readouterr().out
    assert yaml.safe_load("") is None  # the case it covers: YAML reads an empty file as null
