"""`watch validate` warns of a goal noun listed alone as a confirming cue (nu-mix12's first try:
`confirms: [goal, 目标]` confirmed "Indosat cuts subscriber goal"). The file stays valid; the
warning names the file, the line and the field, and the words of reaching a goal pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from watch.cli import invoke

RULES = """\
claims:
  - id: acme-subs
    statement: Acme reaches 110 million subscribers by the end of 2026.
    made: 2026-02-01
    subject: {acme: [Acme, 艾克美]}
    confirms:
      - reached
      - {cue}
"""


def _validate(tmp_path: Path, capsys: pytest.CaptureFixture[str], cue: str) -> tuple[int, str]:
    path = tmp_path / "rules.yaml"
    path.write_text(RULES.replace("{cue}", cue), encoding="utf-8")
    code = invoke(["--rules", str(path), "validate"])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("cue", ["goal", "its target", "targets", "目标", "全年目标", "目標"])
def test_a_goal_noun_alone_is_warned_of_with_file_line_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cue: str
) -> None:
    code, err = _validate(tmp_path, capsys, cue)
    assert code == 0
    assert err.startswith(f'warning: {tmp_path / "rules.yaml"}:8: claims[0].confirms[1]: "{cue}"')
    assert "names the goal, not reaching it" in err and err.count("warning: ") == 1


@pytest.mark.parametrize("cue", ["hit its goal", "达成目标", "target valuation", "on target"])
def test_the_words_of_reaching_a_goal_are_not_warned_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cue: str
) -> None:
    code, err = _validate(tmp_path, capsys, cue)
    assert code == 0 and err == ""
