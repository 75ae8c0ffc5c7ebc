"""The README's "Writing a claim rule" walk-through is true: its rule validates with its seed
found relative to rules.yaml, its articles are judged as its `watch match` output shows, its
`watch eval` step finds the wrong call the text describes and the adjusted rule none, and the
vocabulary table lists phrases the vocabularies really hold."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from watch.claims import vocab
from watch.claims.engine import Matcher
from watch.claims.rules import ClaimRule
from watch.claims.units import UNITS
from watch.cli import invoke
from watch.config import load_settings
from watch.models import Document, Stance
from watch.validate import parse

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


# --- "What a first rule gets wrong": each tip does what it says ---------------------------------

TIPS = SECTION.split("### What a first rule gets wrong", 1)[1].split("\n### ", 1)[0]


def _claim(**extra: object) -> Matcher:
    data: dict[str, object] = {
        "id": "globex-deal",
        "statement": "Globex buys Initech chips",
        "made": "2026-01-01",
        "subject": {"globex": ["Globex", "环球公司"], "initech": ["Initech", "英泰克"]},
    }
    data.update(extra)
    return Matcher([parse(ClaimRule, data)])


def _stance(matcher: Matcher, text: str) -> Stance | None:
    verdicts = matcher.judge(Document(text, dt.date(2026, 3, 1)))
    if not verdicts:
        return None
    return verdicts[0].stance if verdicts[0].confidence >= 0.6 else Stance.MENTIONS


def test_the_layoffs_rule_flips_no_further_layoffs() -> None:
    final = _block("yaml")
    assert "negation: {confirms: flip}" in final and "no further layoffs" in SECTION
    rules = {}
    for name, text in (
        ("final", final),
        ("draft", final.replace("    negation: {confirms: flip}", "    #")),
    ):
        data = yaml.safe_load(text)
        data.pop("vocabularies"), data.pop("seeds_dir")
        data["claims"][0].pop("sources")
        rules[name] = Matcher([parse(ClaimRule, data["claims"][0])])
    for text in (
        "Globex told staff there will be no further layoffs.",
        "环球公司告诉员工，今年不会再裁员。",
    ):
        assert _stance(rules["final"], text) == Stance.CONTRADICTS
        assert _stance(rules["draft"], text) == Stance.MENTIONS


def test_cues_in_their_base_form() -> None:
    assert "`sign` finds sign, signs, signed, signing" in TIPS
    base, past = _claim(confirms=["sign"]), _claim(confirms=["signed"])
    for text in ("GLOBEX, INITECH SIGN CHIP DEAL", "Globex is signing a deal with Initech."):
        assert _stance(base, text) == Stance.CONFIRMS
        assert _stance(past, text) == Stance.MENTIONS
    announce = _claim(confirms=["announce"])
    assert _stance(announce, "Globex announced a deal with Initech.") == Stance.CONFIRMS
    assert _stance(announce, "Globex is announcing a deal with Initech.") == Stance.CONFIRMS
    bare = "Globex shares rose after announcing a deal with Initech."
    assert _stance(announce, bare) == Stance.MENTIONS
    assert _stance(_claim(confirms=["announce", "announcing"]), bare) == Stance.CONFIRMS


def test_the_pending_warning_reads_as_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = re.search(r"`(warning: rules\.yaml:12: [^`]+): \.\.\.`", TIPS)
    assert shown is not None
    lines = [
        "claims:",
        "  - id: globex-launch",
        "    statement: Globex launches its app",
        "    made: 2026-01-01",
        "    subject:",
        "      globex: [Globex]",
        "      app: [app]",
        "    confirms: [<launch>]",
        "    pending:",
        "      - will",
        "      - <plan>",
        "      - expected to",
    ]
    rules = tmp_path / "rules.yaml"
    rules.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = _run(capsys, "--rules", str(rules), "validate")
    assert code == 0
    assert shown.group(1).replace("rules.yaml", str(rules)) in out


def test_commitment_alone_fires_on_a_deal_and_deal_signed_does_not() -> None:
    alone = _claim(confirms=["<commitment>"], contradicts=["<no-commitment>"])
    signed = _claim(confirms=["<deal-signed>", "<binding>"], contradicts=["<no-commitment>"])
    assert _stance(alone, "Globex weighs a deal with Initech.") == Stance.CONFIRMS
    assert _stance(signed, "Globex weighs a deal with Initech.") == Stance.MENTIONS
    assert _stance(signed, "Globex signed a multiyear agreement with Initech.") == Stance.CONFIRMS
    assert _stance(signed, "环球公司与英泰克签署采购协议。") == Stance.CONFIRMS
    for nested in (
        "Globex gave Initech a non-binding term sheet.",
        "环球公司与英泰克签署不具约束力的协议。",
    ):
        assert _stance(alone, nested) == Stance.CONTRADICTS
        assert _stance(signed, nested) == Stance.CONTRADICTS


def test_on_track_with_flip() -> None:
    rule = _claim(confirms=["<on-track>"], negation={"confirms": "flip"})
    assert _stance(rule, "Globex said the Initech line remains on track.") == Stance.CONFIRMS
    assert _stance(rule, "环球公司表示英泰克产线按计划推进。") == Stance.CONFIRMS
    assert (
        _stance(rule, "Globex said the Initech line is no longer on track.") == Stance.CONTRADICTS
    )


def test_a_figure_claim_with_no_confirming_cue() -> None:
    rule = _claim(
        statement="Globex cuts about 30,000 jobs at Initech",
        confirms=[],
        contradicts=["<cancellation>"],
        amount={"unit": "people", "confirms": [25000, 35000], "contradicts": [[None, 10000]]},
    )
    assert _stance(rule, "Globex job cuts at Initech: about 30,000 jobs go.") == Stance.CONFIRMS
    assert _stance(rule, "Globex job cuts at Initech hit 5,000 jobs.") == Stance.CONTRADICTS
    assert _stance(rule, "环球公司在英泰克裁员约3万人。") == Stance.CONFIRMS
    assert _stance(rule, "Globex job cuts at Initech continue.") == Stance.MENTIONS


def test_a_company_post_names_only_its_plant() -> None:
    assert "Giga Texas" in TIPS
    post = "Production of the Initech chip at Giga Texas begins next month."
    plain = _claim(confirms=["begins"])
    plant = _claim(
        confirms=["begins"],
        subject={"globex": ["Globex", "Giga Texas"], "initech": ["Initech"]},
    )
    assert _stance(plain, post) is None
    assert _stance(plant, post) == Stance.CONFIRMS


def test_the_people_unit_lists_every_spelling() -> None:
    numbers = README.split("### Numbers", 1)[1]
    listed = re.search(r"`people` \(a number followed by one of\s+(.+?); ", numbers, re.S)
    assert listed is not None
    words = [w.strip() for w in listed.group(1).replace("\n", " ").split(",")]
    assert sorted(words) == sorted(UNITS["people"])


# --- what the held-out users (nu-en2, nu-zh2) were misled by -----------------------------------


def _example_rule(**changes: object) -> Matcher:
    data = yaml.safe_load(_block("yaml"))["claims"][0]
    data.pop("sources")
    data.update(changes)
    return Matcher([parse(ClaimRule, data)])


def test_the_layoffs_example_names_stalled_for_cuts_scaled_back() -> None:
    final = _example_rule()
    contradicts = yaml.safe_load(_block("yaml"))["claims"][0]["contradicts"]
    assert "<stalled>" in contradicts
    assert "scales back plans to cut jobs" in " ".join(SECTION.split())
    draft = _example_rule(contradicts=[c for c in contradicts if c != "<stalled>"])
    for text in ("Globex scales back plans to cut jobs.", "环球公司表示，员工裁减计划已暂停。"):
        assert _stance(final, text) == Stance.CONTRADICTS
        assert _stance(draft, text) != Stance.CONTRADICTS


def test_a_figure_claim_lets_its_figure_decide_with_no_confirming_cue() -> None:
    shown = "Globex job cuts: the plan now covers 10,000 staff"
    assert shown in SECTION
    amount = {"unit": "people", "confirms": [25000, 35000], "contradicts": [[None, 15000]]}
    bare = _example_rule(amount=amount)
    figure = _example_rule(amount=amount, confirms=[])
    for text in (shown + ".", "環球公司裁員：新計畫涉及約1萬名員工。"):
        assert _stance(bare, text) == Stance.MENTIONS
        assert _stance(figure, text) == Stance.CONTRADICTS


def test_not_near_alone_drops_what_the_fields_table_says() -> None:
    fields = README.split("### Fields", 1)[1].split("\n### ", 1)[0]
    assert '`not_near: [suppliers]` drops "7,400 staff at its suppliers"' in fields
    amount = {"unit": "people", "confirms": [25000, 35000], "contradicts": [[None, 15000]]}
    plain = _example_rule(amount=amount, confirms=[])
    fenced = _example_rule(amount={**amount, "not_near": ["suppliers"]}, confirms=[])
    text = "Globex said 7,400 staff at its suppliers would lose their jobs."
    assert _stance(plain, text) == Stance.CONTRADICTS
    assert _stance(fenced, text) == Stance.MENTIONS


def test_a_lower_case_alias_finds_its_plural_and_a_name_does_not() -> None:
    assert "`robotaxi` finds robotaxis" in SECTION
    rule = _claim(subject={"globex": ["Globex"], "service": ["robotaxi"]}, confirms=["<launch>"])
    assert _stance(rule, "Globex launched robotaxis in Munich.") == Stance.CONFIRMS
    name = _claim(subject={"globex": ["Globex"], "initech": ["Initech"]}, confirms=["<launch>"])
    assert _stance(name, "Globex launched Initechs in Munich.") is None
    assert _stance(name, "环球公司推出Initech。") is None  # the first group is Latin only


def test_negation_flip_governs_the_figure_too() -> None:
    shown = ["Globex will not invest $6 billion in Spain", "环球公司否认将在西班牙投资60亿美元"]
    assert all(text in " ".join(SECTION.split()) for text in shown)
    claim = {
        "statement": "Globex invests $6 billion in Spain",
        "subject": {"globex": ["Globex", "环球公司"], "spain": ["Spain", "西班牙"]},
        "amount": {"near": ["invest", "投资"], "confirms": ["5.5B", "6.5B"]},
    }
    plain, flip = _claim(**claim), _claim(**claim, negation={"confirms": "flip"})
    for text in shown:
        assert _stance(plain, text) == Stance.MENTIONS
        assert _stance(flip, text) == Stance.CONTRADICTS


def test_an_exclusion_unmakes_the_subject_and_a_fence_does_not() -> None:
    text = "环球公司就裁员传闻回应：涉及约800人"
    assert text in SECTION
    amount = {"unit": "people", "confirms": [25000, 35000], "contradicts": [[None, 15000]]}
    staff = {"globex": ["Globex", "环球公司"], "staff": ["裁员", "员工"]}
    fenced = _example_rule(subject=staff, amount=amount, confirms=["<layoffs>"], exclude=[])
    excluded = _example_rule(subject=staff, amount=amount, exclude=["裁员传闻"])
    assert _stance(excluded, text) is None
    assert _stance(fenced, text) == Stance.CONTRADICTS
