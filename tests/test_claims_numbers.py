"""Numbers in claims (issue 21): quantities beyond money, comparisons with a figure, whose
amount it is, claims with several parts, and values replaced by "from X to Y". Each judged by
a rule of the test's own, in English and Chinese (traditional where the script differs)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tests.claimkit import shown
from watch.claims.comparisons import find_comparisons
from watch.claims.engine import Matcher
from watch.claims.measures import find_measures
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise
from watch.models import Document, Stance, Verdict
from watch.validate import Invalid, parse

PUBLISHED = dt.date(2026, 3, 1)


def _rule(**extra: Any) -> ClaimRule:
    data: dict[str, Any] = {
        "id": "acme-claim",
        "statement": "A claim about Acme, for the test",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"]},
    }
    data.update(extra)
    return parse(ClaimRule, data)


def _judge(rule: ClaimRule, text: str) -> Verdict:
    (verdict,) = Matcher([rule]).judge(Document(text, PUBLISHED))
    return verdict


def _stance(rule: ClaimRule, text: str) -> Stance:
    verdict = _judge(rule, text)
    return shown(verdict)


# --- 1. quantities beyond money ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("cut 20,000–30,000 jobs", 20_000, 30_000, "people"),
        ("裁员2万至3万人", 20_000, 30_000, "people"),
        ("裁减1500名员工", 1500, 1500, "people"),
        ("3 million metric tons", 3e6, 3e6, "tonnes"),
        ("出口300万噸", 3e6, 3e6, "tonnes"),
        ("12 million bushels", 12e6, 12e6, "bushels"),
        ("a 87.2% share", 87.2, 87.2, "percent"),
        ("市占率为68%", 68, 68, "percent"),
        ("百分之二十", 20, 20, "percent"),
        ("down 20 percentage points", 20, 20, "points"),
        ("下降20個百分點", 20, 20, "points"),
    ],
)
def test_measures_are_read_with_their_unit(text: str, low: float, high: float, unit: str) -> None:
    (q,) = find_measures(normalise(text))
    assert (q.low, q.high, q.unit) == (low, high, unit)


@pytest.mark.parametrize("text", ["第1名", "$5 billion", "2026年", "GPT-5"])
def test_money_ranks_and_years_are_not_measures(text: str) -> None:
    assert find_measures(normalise(text)) == []


LAYOFFS = {
    "subject": {"acme": ["Acme", "艾克美"], "cuts": ["jobs", "裁员", "layoffs"]},
    "amount": {"unit": "jobs", "confirms": [20000, 30000], "contradicts": [[None, "1万"]]},
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme will cut 20,000 to 30,000 jobs, the company said.", Stance.CONFIRMS),
        ("艾克美宣布裁员约2.5万人。", Stance.CONFIRMS),
        ("艾克美宣布裁員1500名員工。", Stance.CONTRADICTS),
        ("Acme said layoffs would reach 2,000 people.", Stance.CONTRADICTS),
        ("Acme's layoffs cost $2 billion.", Stance.MENTIONS),  # money is not a count
    ],
)
def test_a_count_decides_like_an_amount(text: str, expected: Stance) -> None:
    assert _stance(_rule(**LAYOFFS), text) == expected


def test_percentages_decide_and_reasons_name_the_unit_and_range() -> None:
    rule = _rule(
        subject={"acme": ["Acme", "艾克美"], "share": ["share", "份额", "市占率"]},
        amount={"unit": "percent", "confirms": ["60%", "70%"], "contradicts": [[None, "50%"]]},
    )
    verdict = _judge(rule, "Acme's share of the market reached 68%, the company said.")
    assert verdict.stance == Stance.CONFIRMS
    assert any('"68%" = 68 percent in [60, 70]' in r for r in verdict.reasons), verdict.reasons
    assert _stance(rule, "艾克美的市占率跌至45%。") == Stance.CONTRADICTS


def test_slack_is_the_documented_five_percent_and_can_be_set() -> None:
    text = "Acme said it had shipped 2.76 million tonnes."
    amount = {"unit": "tonnes", "confirms": ["2.9M", None]}
    assert _stance(_rule(amount=amount), text) == Stance.CONFIRMS  # 2.76 >= 2.9 * 0.95
    assert _stance(_rule(amount={**amount, "slack": 0}), text) == Stance.MENTIONS
    assert _stance(_rule(amount={**amount, "slack": 0}), "艾克美出货300万吨。") == Stance.CONFIRMS


def test_an_unknown_unit_is_a_clear_error() -> None:
    with pytest.raises(Invalid, match="unknown unit 'furlongs'"):
        _rule(amount={"unit": "furlongs", "confirms": [1, 2]})


# --- 3. comparisons with a figure ----------------------------------------------------------------


def test_comparisons_find_their_figure_or_need_the_rules() -> None:
    (c,) = find_comparisons(normalise("a stake far below the pledged $100 billion"))
    assert c.resolve(None, "USD") is not None
    (c,) = find_comparisons(normalise("不到1000億美元的一半"))
    q = c.resolve(None, "USD")
    assert q is not None and (q.low, q.high) == (0, 50e9)
    (c,) = find_comparisons(normalise("a fraction of the pledged sum"))
    assert c.resolve(None, "USD") is None
    assert find_comparisons(normalise("far below expectations")) == []


PLEDGE = {
    "subject": {"acme": ["Acme", "艾克美"], "stake": ["investment", "stake", "投资", "投入"]},
    "amount": {"reference": "100B", "confirms": [[None, "60B"]], "contradicts": [["90B", None]]},
}


@pytest.mark.parametrize(
    "text",
    [
        "Acme's investment will be a fraction of the pledged sum, people familiar said.",
        "Acme's stake is nowhere near the $100 billion it pledged.",
        "艾克美的实际投资远远不及此前承诺的1000亿美元。",
        "艾克美的投入不到承諾金額的一半。",
    ],
)
def test_a_comparison_places_the_value_in_a_range(text: str) -> None:
    verdict = _judge(_rule(**PLEDGE), text)
    assert verdict.stance == Stance.CONFIRMS, verdict.reasons
    assert any("(comparison)" in r and "in [-, 60B]" in r for r in verdict.reasons)


# --- 4. whose amount it is -----------------------------------------------------------------------


ROUND = {
    "subject": {"acme": ["Acme", "艾克美"], "round": ["round", "raise", "融资", "募资"]},
    "rivals": ["Globex", "格洛贝"],
}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Globex put $5 billion into Acme's $40 billion round.", "round"),
        ("格洛贝在艾克美400亿美元的融资中出资50亿美元。", "round"),
    ],
)
def test_a_round_rule_takes_the_rounds_size_not_a_participants_share(text: str, role: str) -> None:
    rule = _rule(
        **ROUND, amount={"of": role, "confirms": ["35B", "45B"], "contradicts": [[None, "20B"]]}
    )
    verdict = _judge(rule, text)
    assert verdict.stance == Stance.CONFIRMS, verdict.reasons
    assert not any("in [-, 20B]" in r for r in verdict.reasons)


@pytest.mark.parametrize(
    ("text", "whose"),
    [
        ("Acme put $5 billion into Initech's $40 billion round.", 'Acme\'s share ("put")'),
        ("Initech raised $40 billion, with $5 billion from Acme.", 'Acme\'s share ("from")'),
        ("艾克美在Initech的400亿美元融资中出资50亿美元。", '艾克美\'s share ("出资")'),
    ],
)
def test_a_share_rule_takes_the_participants_part_and_names_it(text: str, whose: str) -> None:
    rule = _rule(amount={"of": "share", "confirms": ["3B", "8B"], "contradicts": [["30B", None]]})
    verdict = _judge(rule, text)
    assert verdict.stance == Stance.CONFIRMS, verdict.reasons
    assert any(whose in r for r in verdict.reasons), verdict.reasons


def test_proceeds_and_valuation_are_not_the_round() -> None:
    rule = _rule(amount={"of": "round", "confirms": ["35B", "45B"], "contradicts": [[None, "20B"]]})
    text = "Acme's IPO raised $10 billion at a valuation of $40 billion."
    assert _stance(rule, text) == Stance.MENTIONS
    proceeds = _rule(amount={"of": "proceeds", "confirms": ["8B", "12B"]})
    assert _stance(proceeds, text) == Stance.CONFIRMS
    assert _stance(proceeds, "艾克美上市募资100亿美元。") == Stance.CONFIRMS


# --- 5. several parts, and replaced values -----------------------------------------------------


MEGA = {
    "subject": {"acme": ["Acme", "艾克美"], "round": ["round", "融资"]},
    "amount": [
        {"of": "round", "confirms": ["52B", "68B"], "contradicts": [["75B", None]]},
        {"of": "valuation", "confirms": ["690B", "770B"], "contradicts": [[None, "650B"]]},
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        "Acme closed a $110 billion round at a valuation of $730 billion, the company said.",
        "艾克美完成1100亿美元融资，估值7300亿美元。",
    ],
)
def test_a_clear_mismatch_on_one_part_contradicts(text: str) -> None:
    verdict = _judge(_rule(**MEGA), text)
    assert verdict.stance == Stance.CONTRADICTS, verdict.reasons
    assert verdict.confidence >= 0.6
    assert any("a clear mismatch on one part" in r for r in verdict.reasons)


def test_both_parts_matching_still_confirm() -> None:
    text = "Acme closed a $60 billion round at a valuation of $730 billion, the company said."
    assert _stance(_rule(**MEGA), text) == Stance.CONFIRMS


TIMING = {
    "subject": {"acme": ["Acme", "艾克美"], "event": ["launch", "发布"]},
    "when": {"confirms": ["2026-03-01", "2026-06-30"]},
}


@pytest.mark.parametrize(
    "text",
    [
        "Acme pushed the launch from May to next year.",
        "艾克美將發布時間從今年第二季度推遲到明年。",
    ],
)
def test_a_value_moved_from_is_replaced_not_confirmed(text: str) -> None:
    verdict = _judge(_rule(**TIMING), text)
    assert verdict.stance == Stance.CONTRADICTS, verdict.reasons
    assert any("was replaced" in r for r in verdict.reasons), verdict.reasons


def test_an_amount_cut_from_one_figure_to_another_is_judged_by_the_new_one() -> None:
    rule = _rule(**LAYOFFS)
    assert _stance(rule, "Acme cut its plan from 25,000 jobs to 5,000 jobs.") == Stance.CONTRADICTS
    assert _stance(rule, "艾克美将裁员规模从2.5万人下调至5000人。") == Stance.CONTRADICTS


# --- 2. direction of a metric, per entity --------------------------------------------------------


SHARE = {
    "subject": {"acme": ["Acme", "艾克美"], "share": ["share", "份额", "份額"]},
    "rivals": ["Globex", "格洛贝"],
    "direction": {"metric": ["share", "market share", "份额", "市场份额"], "moves": "down"},
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme is losing share to Globex, analysts said.", Stance.CONFIRMS),
        ("Acme's market share fell to 20% last quarter.", Stance.CONFIRMS),
        ("Globex's share rose again, squeezing Acme.", Stance.CONFIRMS),
        ("Globex took share from Acme in the quarter.", Stance.CONFIRMS),
        ("Acme's share rose in the quarter.", Stance.CONTRADICTS),
        ("Acme's share fell, and Globex's share fell too.", Stance.CONFIRMS),
        ("艾克美的市场份额持续下滑。", Stance.CONFIRMS),
        ("艾克美的市場份額被格洛貝蠶食。", Stance.CONFIRMS),
        ("艾克美的份额今年扩大。", Stance.CONTRADICTS),
        ("Acme's share did not fall this year.", Stance.MENTIONS),
    ],
)
def test_who_moved_and_which_way_decides(text: str, expected: Stance) -> None:
    assert _stance(_rule(**SHARE), text) == expected


def test_direction_reasons_say_whose_metric_moved() -> None:
    verdict = _judge(_rule(**SHARE), "Acme is losing share to Globex, analysts said.")
    assert any('Acme\'s share down ("losing")' in r for r in verdict.reasons), verdict.reasons
    verdict = _judge(_rule(**SHARE), "Globex took share from Acme in the quarter.")
    assert any("Globex's share up" in r and "rival" in r for r in verdict.reasons)


# --- the README's "Numbers" example behaves as its text says --------------------------------------


def _readme_rules() -> dict[str, ClaimRule]:
    import yaml

    from watch.config import Settings

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Numbers:", 1)[1]
    block = section.split("```yaml", 1)[1].split("```", 1)[0]
    return {rule.id: rule for rule in parse(Settings, yaml.safe_load(block)).claims}


@pytest.mark.parametrize(
    ("claim", "text", "expected"),
    [
        ("acme-layoffs", "Acme will cut 20,000 to 30,000 jobs.", Stance.CONFIRMS),
        ("acme-layoffs", "艾克美宣布裁员约2.5万人。", Stance.CONFIRMS),
        ("acme-layoffs", "艾克美宣布裁员1500名员工。", Stance.CONTRADICTS),
        ("acme-round", "Globex put $5 billion into Acme's $60 billion round.", Stance.CONFIRMS),
        (
            "acme-round",
            "Acme closed a $110 billion round at a valuation of $730 billion.",
            Stance.CONTRADICTS,
        ),
        (
            "acme-pledge",
            "Acme's investment will be a fraction of the pledged sum.",
            Stance.CONFIRMS,
        ),
        # "Plans, goals and gaps"
        ("acme-round", "Acme's new round values it at $730 billion.", Stance.CONFIRMS),
        ("acme-round", "Acme set a $60 billion goal for its round.", Stance.MENTIONS),
        ("acme-share", "Acme is losing share to Globex.", Stance.CONFIRMS),
        ("acme-share", "Globex's share rose again, squeezing Acme.", Stance.CONFIRMS),
        ("acme-share", "艾克美的市场份额被格洛贝蚕食。", Stance.CONFIRMS),
        ("acme-share", "Acme's share rose in the quarter.", Stance.CONTRADICTS),
    ],
)
def test_the_readme_numbers_example_behaves_as_described(
    claim: str, text: str, expected: Stance
) -> None:
    assert _stance(_readme_rules()[claim], text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Globex, Initech and Hooli together invested $60 billion in Acme's round.",
        "格洛贝、Initech与Hooli合计向艾克美注资600亿美元。",
    ],
)
def test_several_backers_together_make_the_round_not_a_share(text: str) -> None:
    rule = _rule(amount={"of": "share", "confirms": ["3B", "8B"], "contradicts": [["30B", None]]})
    assert _stance(rule, text) == Stance.MENTIONS
    rule = _rule(amount={"of": "round", "confirms": ["52B", "68B"]})
    assert _stance(rule, text) == Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        "Acme raised $60 billion in a round at a $730 billion valuation, it said.",
        "艾克美获融资600亿美元 估值升至7300亿美元",
    ],
)
def test_a_role_word_before_an_amount_outranks_a_valuation_word_after_it(text: str) -> None:
    verdict = _judge(_rule(**MEGA), text)
    assert verdict.stance == Stance.CONFIRMS, verdict.reasons
    assert not any("650B" in r for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme cut the round from $100 billion to $60 billion, the company said.",
        "艾克美将融资规模从1000亿美元下调至600亿美元。",
    ],
)
def test_an_amount_moved_from_is_replaced(text: str) -> None:
    verdict = _judge(_rule(**MEGA), text)
    assert verdict.stance == Stance.CONFIRMS, verdict.reasons
    assert any("was replaced" in r for r in verdict.reasons)


COMPUTE = {
    "subject": {"acme": ["Acme", "艾克美"], "compute": ["compute", "算力"]},
    "amount": {"confirms": ["1.2T", "1.6T"], "contradicts": [["300B", "1.05T"]]},
}


@pytest.mark.parametrize(
    "text",
    [
        "Acme will spend on compute 57% less than the $1.4 trillion it promised, it said.",
        "艾克美表示，算力支出比1.4万亿美元减少57%。",
    ],
)
def test_a_figure_given_as_a_change_from_the_old_one_is_judged_as_the_new_value(
    text: str,
) -> None:
    verdict = _judge(_rule(**COMPUTE), text)
    assert verdict.stance == Stance.CONTRADICTS, verdict.reasons
    assert not any(r.startswith("confirms") for r in verdict.reasons), verdict.reasons
