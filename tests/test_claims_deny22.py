"""Claim engine: denials and hedges misread.

- a report rejected or called wrong ("rejected a newspaper report", "the report is wrong",
  并非事实, 報導不實) is a `<denial>`; a report is what a denial acts on, not another thing;
- a denial before a report reaches the report's whole clause, its date included, and the
  "saying ..." of a denial tells on the denial's day (not background);
- a verb of slipping whose subject is a financial figure ("as quarterly revenue slips", 营收同比
  下滑) moves that figure, it delays nothing, unless the figure is the claim's own name;
- a source's own forecast ("is expected to sign, people familiar said", 知情人士称有望) is
  discounted once, where a possibility relayed ("could") takes both discounts;
- the claim's own office telling the steps done before its expectation (目前只待央行批准，预计,
  "has received board approval and expects") speaks of its deal's course: no hedge.
Each judged by a rule of the test's own, with the near-misses that keep their reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.rules import ClaimRule
from watch.models import Stance

PUBLISHED = dt.date(2026, 3, 10)
HEDGED = 0.85 * 0.7  # one hedge: under the alert line
TWICE = HEDGED * 0.92  # a hedge and an attribution


def _ceo() -> ClaimRule:
    """Acme's chief executive steps down by June 2026."""
    return rule_under_test(
        id="acme-ceo-exit",
        subject={"acme": ["Acme", "艾克美"], "ceo": ["chief executive", "CEO", "首席执行官"]},
        window=1,
        when={"confirms": ["2026-01-01", "2026-06-30"], "near": ["step down", "卸任"]},
        confirms=["step down", "卸任"],
        contradicts=["<denial>", "no decision"],
        negation={"confirms": "flip"},
    )


def _deal() -> ClaimRule:
    """Acme and Globex sign a supply agreement by June 2026."""
    return rule_under_test(
        id="acme-globex-deal",
        subject={"acme": ["Acme", "艾克美"], "globex": ["Globex", "格洛贝"]},
        window=1,
        when={
            "confirms": ["2026-01-01", "2026-06-30"],
            "near": ["sign", "agreement", "签署", "签约", "协议"],
        },
        confirms=["<deal-signed>", "签约"],
        contradicts=["<delay>", "<cancellation>", "<denial>"],
        negation={"confirms": "flip"},
    )


def _plant() -> ClaimRule:
    """Acme's Ohio plant starts on schedule."""
    return rule_under_test(
        id="acme-ohio-plant",
        subject={"acme": ["Acme", "艾克美"], "plant": ["Ohio plant", "俄亥俄工厂"]},
        window=1,
        confirms=["<on-track>"],
        contradicts=["<delay>", "下滑"],
    )


def _revenue() -> ClaimRule:
    """Acme's revenue grows this year: its revenue is the claim's own thing."""
    return rule_under_test(
        id="acme-revenue",
        subject={"acme": ["Acme", "艾克美"], "revenue": ["revenue", "营收"]},
        window=1,
        confirms=["grows"],
        contradicts=["<delay>", "下滑"],
    )


def _cues(reasons: tuple[str, ...], side: str) -> list[str]:
    return [r for r in reasons if r.startswith(f"{side}: cue")]


# --- 1. a report rejected or called wrong ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acme's chairman on Monday rejected a newspaper report that the board had begun looking "
        "for someone to take over from its chief executive.",
        "Acme rejects reports of a search for a new chief executive.",
        "Acme denied a press report about its chief executive stepping down.",
        "Acme said in a statement that the report was inaccurate and its chief executive had the "
        "board's backing.",
    ],
)
def test_a_report_rejected_or_called_wrong_contradicts(text: str) -> None:
    got = judged(_ceo(), text, published=PUBLISHED)
    assert got.stance is Stance.CONTRADICTS, got.reasons


@pytest.mark.parametrize(
    "text",
    [
        "艾克美表示，网传首席执行官将在8000人裁员后离职的消息并非事实。",
        "艾克美表示，網傳首席執行官將在8000人裁員後離職的報導並非事實。",
    ],
)
def test_not_the_facts_is_a_denial_in_both_scripts(text: str) -> None:
    got = judged(_ceo(), text, published=PUBLISHED)
    assert got.stance is Stance.CONTRADICTS, got.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a bid rejected is no report denied
        "Acme rejected a takeover offer from Globex, its chief executive said on Monday.",
        # 并非事实上的: "not de facto", no report called untrue
        "艾克美首席执行官表示，这次调整并非事实上的收购。",
    ],
)
def test_a_rejection_of_another_thing_is_no_denial(text: str) -> None:
    got = judged(_ceo(), text, published=PUBLISHED)
    assert not _cues(got.reasons, "contradicts"), got.reasons


# --- 2. a denial before a report, and its "saying ..." ------------------------------------------


def test_a_denied_report_is_what_the_denial_acts_on() -> None:
    text = (
        "Acme on Monday denied a press report that its chief executive would step down in May, "
        "saying no decision had been made on a change at the top."
    )
    got = judged(_ceo(), text, published=PUBLISHED)
    assert got.stance is Stance.CONTRADICTS
    assert not any("acts on" in r for r in got.reasons), got.reasons
    assert not any("background" in r for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme on Monday denied a press report that its long-serving chief executive would step "
        "down from the role at the annual meeting in May.",
        "艾克美周一否认了有关其首席执行官将在5月股东大会上卸任的报道。",
    ],
)
def test_the_date_of_a_denied_report_is_denied_with_it(text: str) -> None:
    got = judged(_ceo(), text, published=PUBLISHED)
    assert got.stance is Stance.CONTRADICTS, got.reasons
    assert not any(r.startswith("confirms: date") for r in got.reasons), got.reasons


def test_a_date_after_a_denied_report_closed_off_keeps_its_reading() -> None:
    text = (
        "Acme denied a press report on its pay policy, and its chief executive will step down "
        "in May as planned."
    )
    got = judged(_ceo(), text, published=PUBLISHED)
    assert not any(r.startswith('date "may"') and "negated" in r for r in got.reasons), got.reasons
    assert got.stance is not Stance.CONTRADICTS, got.reasons


def test_a_report_told_without_a_denial_is_not_denied() -> None:
    text = "Acme said on Monday that its chief executive would step down in May."
    got = judged(_ceo(), text, published=PUBLISHED)
    assert not any(r.startswith("contradicts") for r in got.reasons), got.reasons


def test_a_decision_not_made_in_a_recap_stays_background() -> None:
    text = "By last year no decision had been made on who would follow Acme's chief executive."
    got = judged(_ceo(), text, published=PUBLISHED)
    assert got.stance is not Stance.CONTRADICTS, got.reasons


# --- 3. a financial figure slipping --------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Acme keeps Ohio plant on track as quarterly revenue slips", ""),
        ("", "Acme said its Ohio plant remained on track, though first-quarter profit slipped 9%."),
        ("", "艾克美表示，俄亥俄工厂进展顺利，但一季度营收同比下滑8%。"),
        ("", "艾克美表示，俄亥俄工厂進展順利，但一季度營收同比下滑8%。"),
    ],
)
def test_a_figure_slipping_is_no_delay(title: str, text: str) -> None:
    got = judged(_plant(), text, title=title, published=PUBLISHED)
    assert got.stance is Stance.CONFIRMS, got.reasons
    assert any("a figure, not what the claim tracks" in r for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme said the start of its Ohio plant has slipped into 2027.",
        "Acme shares fell after it said its Ohio plant would slip into 2027.",
        "艾克美俄亥俄工厂的投产时间下滑至明年。",
    ],
)
def test_a_schedule_slipping_still_contradicts(text: str) -> None:
    got = judged(_plant(), text, published=PUBLISHED)
    assert got.stance is Stance.CONTRADICTS, got.reasons


@pytest.mark.parametrize(
    "text",
    ["Acme said its revenue slipped in the first quarter.", "艾克美一季度营收同比下滑8%。"],
)
def test_the_claims_own_figure_slipping_is_its_news(text: str) -> None:
    got = judged(_revenue(), text, published=PUBLISHED)
    assert got.stance is Stance.CONTRADICTS, got.reasons


# --- 4. a source's forecast, discounted once -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "据多位知情人士透露，艾克美与格洛贝有望在二季度签署供应协议。",
        "據多位知情人士透露，艾克美與格洛貝有望在二季度簽署供應協議。",
        "Acme and Globex are expected to sign the agreement in the second quarter, people "
        "familiar with the talks said.",
    ],
)
def test_a_sources_forecast_is_discounted_once(text: str) -> None:
    got = judged(_deal(), text, published=PUBLISHED)
    assert got.confidence == pytest.approx(HEDGED, abs=1e-3), got.reasons
    assert any("discounted once" in r for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    ("text", "confidence"),
    [
        # a possibility relayed: both discounts
        (
            "Acme and Globex could sign the agreement in the second quarter, people familiar "
            "with the talks said.",
            TWICE,
        ),
        # a bare forecast: one hedge, as before
        ("艾克美与格洛贝有望在二季度签署供应协议。", HEDGED),
    ],
)
def test_other_hedges_keep_their_discounts(text: str, confidence: float) -> None:
    got = judged(_deal(), text, published=PUBLISHED)
    assert got.confidence == pytest.approx(confidence, abs=1e-3), got.reasons


def test_a_rumoured_signing_denied_does_not_confirm() -> None:
    text = "艾克美表示，网传其将于二季度与格洛贝签约的消息并非事实。"
    got = judged(_deal(), text, published=PUBLISHED)
    assert got.stance is not Stance.CONFIRMS, got.reasons


# --- 5. the claim's own office, its steps done, then its expectation -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "艾克美发言人周二对本报表示，目前只待监管机构批准，预计在6月底之前与格洛贝签署协议。",
        "艾克美發言人週二對本報表示，目前只待監管機構批准，預計在6月底之前與格洛貝簽署協議。",
        "An Acme spokesperson said the deal has received board approval and the company expects "
        "to sign the agreement with Globex in June.",
    ],
)
def test_an_expectation_after_the_steps_done_is_no_hedge(text: str) -> None:
    got = judged(_deal(), text, published=PUBLISHED)
    assert got.stance is Stance.CONFIRMS, got.reasons
    assert any("its own speaker's expectation" in r for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    "text",
    [
        "艾克美发言人表示，预计在6月底之前与格洛贝签署协议。",
        "An Acme spokesperson said the company expects to sign the agreement with Globex in June.",
    ],
)
def test_a_bare_own_expectation_is_guidance(text: str) -> None:
    # a bare expectation restates the plan: since expect24 the party's own guidance, weighed
    # ×0.8 (above the alert line), where the steps done before it take the hedge away
    got = judged(_deal(), text, published=PUBLISHED)
    assert got.stance is Stance.CONFIRMS, got.reasons
    assert got.confidence == pytest.approx(0.85 * 0.8, abs=1e-3), got.reasons


@pytest.mark.parametrize(
    "text",
    [
        # analysts' expectation after the steps done stays theirs
        "An Acme spokesperson said the deal has received board approval, and analysts expect "
        "Acme to sign the agreement with Globex in June.",
    ],
)
def test_other_expectations_stay_hedged(text: str) -> None:
    got = judged(_deal(), text, published=PUBLISHED)
    assert got.stance is Stance.MENTIONS, got.reasons


# --- 6. a likelihood denied before its verb ------------------------------------------------------


def _closing() -> ClaimRule:
    """Acme completes its purchase of Globex by the end of September 2026."""
    return rule_under_test(
        id="acme-globex-close",
        subject={"acme": ["Acme", "艾克美"], "deal": ["Globex", "格洛贝"]},
        window=1,
        when={"confirms": ["2026-01-01", "2026-09-30"], "near": ["complete", "close", "完成"]},
        confirms=["complete", "完成收购", "达成协议"],
        contradicts=["<delay>"],
        negation={"confirms": "flip"},
    )


@pytest.mark.parametrize(
    "text",
    [
        "Acme's purchase of Globex is unlikely to be completed by the end of September, two "
        "people familiar with the matter said.",
        "艾克美收购格洛贝的交易料难在9月底前完成。",
        "艾克美與格洛貝短期內難以達成協議。",
    ],
)
def test_a_likelihood_denied_negates_its_verb(text: str) -> None:
    got = judged(_closing(), text, published=dt.date(2026, 7, 10))
    assert got.stance is Stance.CONTRADICTS, got.reasons


@pytest.mark.parametrize(
    "text",
    [
        # "unlikely to" in a clause of its own
        "Acme said its purchase of Globex, which is unlikely to face opposition, was completed on "
        "Monday.",
        # 难以避免: unavoidable, it asserts
        "艾克美表示，难以避免推迟完成收购格洛贝。",
    ],
)
def test_a_likelihood_elsewhere_keeps_the_reading(text: str) -> None:
    got = judged(_closing(), text, published=dt.date(2026, 7, 10))
    assert not any("negated by" in r for r in got.reasons), got.reasons


# --- 7. talk answered, with no closing noun -------------------------------------------------------


def _start() -> ClaimRule:
    """Acme's Ohio plant starts volume production in the third quarter of 2026."""
    return rule_under_test(
        id="acme-ohio-start",
        subject={"acme": ["Acme", "艾克美"], "plant": ["Ohio plant", "俄亥俄工厂"]},
        window=1,
        when={"confirms": ["2026-07-01", "2026-09-30"], "near": ["production", "量产"]},
        confirms=["<on-track>", "量产", "production"],
        contradicts=["<delay>"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "对于日前市场传出艾克美俄亥俄工厂因设备延误恐将推迟量产，董事长在会后表示，工厂进度顺利，"
        "第三季如期量产。",
        "對於市場傳出艾克美俄亥俄工廠將延後量產，董事長受訪時表示，第三季如期量產。",
        "Asked about market talk that the Ohio plant would be delayed, Acme's chairman said "
        "production would start in the third quarter as planned.",
    ],
)
def test_talk_answered_is_not_asserted(text: str) -> None:
    got = judged(_start(), text, published=dt.date(2026, 6, 26))
    assert got.stance is Stance.CONFIRMS, got.reasons
    assert any("responds to" in r for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    "text",
    [
        # the talk relayed, nobody answering it
        "对于市场传出艾克美俄亥俄工厂推迟量产，分析师认为可信。",
        # no talk: the company's own regret over its delay
        "艾克美表示，对于俄亥俄工厂推迟量产，公司深表遗憾。",
        "Acme's chairman said the Ohio plant would be delayed, citing market talk that equipment "
        "was late.",
    ],
)
def test_talk_not_answered_keeps_its_reading(text: str) -> None:
    got = judged(_start(), text, published=dt.date(2026, 6, 26))
    assert not any("responds to" in r for r in got.reasons), got.reasons


# --- 8. a timetable revised, then "now expected" -------------------------------------------------


def _ohio_h2() -> ClaimRule:
    """Acme's Ohio plant starts production in the second half of 2026."""
    return rule_under_test(
        id="acme-ohio-h2",
        subject={"acme": ["Acme", "艾克美"], "plant": ["Ohio plant", "俄亥俄工厂"]},
        window=1,
        when={"confirms": ["2026-07-01", "2026-12-31"], "near": ["production", "投产", "start"]},
        confirms=["<on-track>"],
        contradicts=["<delay>"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "On the Ohio plant, Acme said the company narrowed its timetable: production is now "
        "expected to start in the fourth quarter.",
        "关于俄亥俄工厂，艾克美表示公司调整了时间表，目前预计四季度投产。",
        "關於俄亥俄工廠，艾克美表示公司調整了時間表，目前預計四季度投產。",
    ],
)
def test_a_revised_timetable_is_no_hedge(text: str) -> None:
    got = judged(_ohio_h2(), text, published=dt.date(2026, 7, 20))
    assert got.stance is Stance.CONFIRMS, got.reasons


@pytest.mark.parametrize(
    "text",
    [
        # "now expected" with no revision told
        "Acme's Ohio plant production is now expected to start in the fourth quarter.",
        # someone else's revision
        "On Acme's Ohio plant, analysts revised their timetable: production is now expected to "
        "start in the fourth quarter.",
        "艾克美俄亥俄工厂目前预计四季度投产。",
    ],
)
def test_other_expectations_of_a_date_stay_hedged(text: str) -> None:
    got = judged(_ohio_h2(), text, published=dt.date(2026, 7, 20))
    assert got.stance is Stance.MENTIONS, got.reasons
    assert got.confidence == pytest.approx(HEDGED, abs=1e-3), got.reasons
