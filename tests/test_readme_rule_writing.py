"""The README's "Writing a claim rule" walk-through is true: its rule validates with its seed
found relative to rules.yaml, its articles are judged as its `watch match` output shows, its
`watch eval` step finds the wrong call the text describes and the adjusted rule none, and the
vocabulary table lists phrases the vocabularies really hold."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from watch.claims import vocab
from watch.claims.engine import Matcher
from watch.cli import invoke
from watch.config import load_settings
from watch.models import Document, Stance

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Writing a claim rule", 1)[1].split("\n## ", 1)[0]


def _block(lang: str) -> str:
    return re.findall(rf"```{lang}\n(.*?)```", SECTION, re.S)[0]


def _workspace(tmp_path: Path, rules: str) -> Path:
    """rules.yaml, its seed and the example's four articles under tmp_path/desk."""
    desk = tmp_path / "desk"
    (desk / "seeds").mkdir(parents=True)
    (desk / "articles").mkdir()
    (desk / "rules.yaml").write_text(rules, encoding="utf-8")
    quote = re.search(r'quote: "([^"]+)"', rules)
    assert quote is not None
    memo = f"From the chief executive: this year we will {quote.group(1)} people.\n"
    (desk / "seeds" / "globex-memo.txt").write_text(memo, encoding="utf-8")
    first = _block("markdown")
    (desk / "articles" / "globex-cuts.md").write_text(first, encoding="utf-8")
    line = r"^- `(\S+\.md)`, (confirms|contradicts|a distractor): (.+)$"
    others = re.findall(line, SECTION, re.M)
    assert len(others) == 3
    for name, label, text in others:
        labels = "{}" if label == "a distractor" else f"{{globex-layoffs: {label}}}"
        front = f"---\ntitle: {name}\npublished: 2026-04-20\nlabels: {labels}\n---\n"
        (desk / "articles" / name).write_text(front + text + "\n", encoding="utf-8")
    return desk


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = invoke(list(args))
    out, err = capsys.readouterr()
    return code, out + err


def test_the_rule_validates_with_its_seed_relative_to_rules_yaml(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = _workspace(tmp_path, _block("yaml"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # no seeds/ here: the seed is found beside rules.yaml
    code, out = _run(capsys, "--rules", str(desk / "rules.yaml"), "validate")
    assert code == 0, out
    (desk / "seeds" / "globex-memo.txt").write_text("nothing quoted here\n", encoding="utf-8")
    code, out = _run(capsys, "--rules", str(desk / "rules.yaml"), "validate")
    assert code != 0 and "quote" in out


def test_match_prints_what_the_readme_shows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = _workspace(tmp_path, _block("yaml"))
    monkeypatch.chdir(desk)
    code, out = _run(capsys, "match", "articles/globex-cuts.md")
    assert code == 0
    assert out.strip() == _block("text").strip()


def test_eval_finds_the_described_wrong_call_and_the_adjusted_rule_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    final = _block("yaml")
    draft = final.replace("contradicts: [<delay>, ", "contradicts: [")
    assert draft != final
    desk = _workspace(tmp_path, draft)
    monkeypatch.chdir(desk)
    _, out = _run(capsys, "eval", "articles")
    assert "globex-delay.md: globex-layoffs: expected contradicts, got mentions" in out
    _, out = _run(capsys, "match", "articles/globex-delay.md")
    assert 'cue "cut jobs" (sentence at 0) is only planned ("plan to"): a mention' in out
    (desk / "rules.yaml").write_text(final, encoding="utf-8")
    _, out = _run(capsys, "eval", "articles")
    assert "0 wrong calls" in out
    assert "globex-layoffs    1.00    1.00      1.00      1.00  1.00  1.00" in out


def test_the_vocabulary_table_lists_real_phrases() -> None:
    table = SECTION.split("### Vocabularies", 1)[1]
    rows = re.findall(r"^\| `<([a-z-]+)>` \| [^|]+ \| (.+) \|$", table, re.M)
    assert {name for name, _ in rows} == set(vocab.BUILTIN)
    for name, phrases in rows:
        for phrase in phrases.split(", "):
            phrase = re.sub(r" \(.+\)$", "", phrase)  # 辟谣 (闢謠): the traditional form
            assert phrase in vocab.BUILTIN[name], f"<{name}> has no {phrase!r}"


def test_the_not_inside_example_fences_its_compounds(tmp_path: Path) -> None:
    (example,) = [b for b in re.findall(r"```yaml\n(.*?)```", SECTION, re.S) if "not_inside" in b]
    claim = (
        "claims:\n  - id: globex-launch\n    statement: Globex ships its app this year\n"
        "    made: 2026-01-01\n    subject: {globex: [Globex, 环球公司], app: [app, 应用]}\n"
        "    contradicts: [<delay>]\n"
    )
    (tmp_path / "rules.yaml").write_text(example + claim, encoding="utf-8")
    matcher = Matcher(load_settings(tmp_path / "rules.yaml").claims)

    def stance(text: str) -> Stance | None:
        verdicts = matcher.judge(Document(text, dt.date(2026, 3, 1)))
        return verdicts[0].stance if verdicts else None

    assert stance("Globex kicked the can on its app again.") == Stance.CONTRADICTS
    assert stance("Globex's app slipped to June.") == Stance.CONTRADICTS
    assert stance("Globex's app hands out a pink slip by mail.") == Stance.MENTIONS
    assert stance("环球公司应用可在航班延误时改签。") == Stance.MENTIONS
