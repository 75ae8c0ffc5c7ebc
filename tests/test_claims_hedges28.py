"""Hedges, conditionals and schedules read for what they are (round twelve).

1. A forecast that a party raised, cut or kept is the thing a guidance claim is about, not a
   hedge ("raised its full-year operating profit forecast", 上调全年业绩预期); a forecast as a
   verb, or an analyst's raise, still hedges.
2. A filing's passive "the Company's shares are expected to be delisted" (本公司股份预期将于……)
   is the party's own guidance (x0.8), not a bare hedge; "shares are expected to" said by
   analysts stays a hedge.
3. A cue that is only what a concessive clause says was feared ("despite speculation about a
   delay", 尽管市场担心推迟) is not asserted; a delay told after "despite" without a fear word
   still counts.
4. A delay past a date ("slip past the June deadline", 拖过6月底, 推迟到6月之后) is a lower bound
   after that date: it contradicts a claim due by then; "slip to May" inside the window does not.
Each judged by a rule of the test's own, in English and Chinese.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.rules import ClaimRule
from watch.models import Stance

PUBLISHED = dt.date(2026, 5, 6)


def _guidance_rule() -> ClaimRule:
    """Acme's full-year operating profit is at least ¥140 billion: a figure decides."""
    return rule_under_test(
        id="acme-profit",
        subject={
            "acme": ["Acme", "艾克美"],
            "metric": ["operating profit", "营业利润", "forecast", "预期", "预测"],
        },
        window=1,
        amount={
            "currency": "JPY",
            "near": ["operating profit", "营业利润", "forecast"],
            "confirms": [["140B", None]],
            "contradicts": [[None, "130B"]],
        },
    )


def _hedged_by(reasons: tuple[str, ...], word: str) -> bool:
    return any(f'hedge "{word}"' in r for r in reasons)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Acme raised its full-year operating profit forecast on Wednesday to ¥150 billion.",
            "forecast",
        ),
        ("Acme kept its operating profit forecasts at ¥150 billion.", "forecasts"),
        ("艾克美周三上调全年营业利润预期至1500亿日元。", "预期"),
        ("艾克美维持全年营业利润预测1500亿日元。", "预测"),
    ],
)
def test_a_raised_forecast_is_no_hedge(text: str, word: str) -> None:
    got = judged(_guidance_rule(), text, published=PUBLISHED)
    assert got.stance == Stance.CONFIRMS
    assert not _hedged_by(got.reasons, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the forecast is a verb: what is forecast is still ahead
        ("Acme's operating profit is forecast to reach ¥150 billion.", "forecast"),
        # an analyst's raise is the analyst's forecast
        ("Brokers raised their Acme operating profit forecast to ¥150 billion.", "forecast"),
        # 预期 as a verb after the raise word (预期将): an expectation again
        ("艾克美上调售价预期将令营业利润达1500亿日元。", "预期"),
        ("券商上调艾克美营业利润预测至1500亿日元。", "预测"),
    ],
)
def test_a_forecast_not_raised_by_its_party_still_hedges(text: str, word: str) -> None:
    got = judged(_guidance_rule(), text, published=PUBLISHED)
    assert got.stance != Stance.CONFIRMS or _hedged_by(got.reasons, word)


def _delist_rule() -> ClaimRule:
    """Acme is delisted by end-September 2026: a date in the window confirms."""
    return rule_under_test(
        id="acme-delist",
        made="2026-03-12",
        subject={"acme": ["Acme", "艾克美"], "delist": ["delisted", "delisting", "退市", "摘牌"]},
        window=1,
        when={"confirms": ["2026-03-12", "2026-09-30"], "near": ["delisted", "退市"]},
        confirms=["<on-track>"],
        contradicts=["<delay>"],
    )


FILING_TITLE_EN = "Notice regarding results of tender offer for shares of Acme Holdings"
FILING_TITLE_ZH = "艾克美控股关于要约收购结果的公告"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            FILING_TITLE_EN,
            "Upon approval, the Company's shares will fall under the delisting criteria and are "
            "expected to be delisted in late September 2026.",
        ),
        (
            FILING_TITLE_EN,
            "Upon approval, Acme's shares are expected to be delisted in September 2026.",
        ),
        (FILING_TITLE_ZH, "经股东大会批准后，本公司股份预期于2026年9月下旬退市。"),
    ],
)
def test_the_filings_own_passive_schedule_is_guidance(title: str, text: str) -> None:
    got = judged(_delist_rule(), text, title, dt.date(2026, 6, 8))
    assert got.stance == Stance.CONFIRMS
    assert any("own party's guidance" in r for r in got.reasons)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            FILING_TITLE_EN,
            "Analysts said the Company's shares are expected to be delisted in September 2026.",
        ),
        (FILING_TITLE_ZH, "分析师指出，本公司股份预期将于2026年9月下旬退市。"),
    ],
)
def test_an_analysts_passive_expectation_stays_a_hedge(title: str, text: str) -> None:
    got = judged(_delist_rule(), text, title, dt.date(2026, 6, 8))
    assert not any("own party's guidance" in r for r in got.reasons)


def _demerger_rule(contradicts: tuple[str, ...] = ("<delay>", "slip")) -> ClaimRule:
    """Acme completes its demerger by end-June 2026: completion confirms, a delay contradicts
    (`contradicts`: none, for a test of what the date alone says)."""
    return rule_under_test(
        id="acme-demerger",
        made="2026-01-22",
        subject={"acme": ["Acme", "艾克美"], "demerger": ["demerger", "分拆"]},
        window=1,
        when={"confirms": ["2026-01-22", "2026-06-30"], "near": ["demerger", "分拆"]},
        confirms=["completion", "completed", "完成"],
        contradicts=list(contradicts),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Acme completed the demerger on Monday, despite weeks of speculation about a delay.",
        "Acme completed the demerger on Monday in spite of fears of a delay.",
        "尽管此前市场担心分拆推迟，艾克美周一完成分拆。",
        "艾克美周一完成分拆，虽然外界一度猜测会延期。",
    ],
)
def test_a_feared_delay_is_not_asserted(text: str) -> None:
    got = judged(_demerger_rule(), text, published=dt.date(2026, 7, 1))
    assert got.stance == Stance.CONFIRMS
    assert any("concessive clause" in r for r in got.reasons)


@pytest.mark.parametrize(
    "text",
    [
        # "despite" with no fear word: the delay is told as fact
        "Acme completed the demerger, despite a delay in Thailand.",
        "尽管泰国审批推迟，艾克美仍完成分拆。",
    ],
)
def test_a_delay_told_after_despite_still_counts(text: str) -> None:
    got = judged(_demerger_rule(), text, published=dt.date(2026, 7, 1))
    assert not any("concessive clause" in r for r in got.reasons)


@pytest.mark.parametrize(
    "title",
    [
        "Acme's demerger set to slip past June deadline",
        "Acme demerger pushed beyond the end of June",
        "艾克美分拆恐拖过6月底",
        "艾克美分拆推迟到6月之后",
    ],
)
def test_a_delay_past_the_deadline_contradicts(title: str) -> None:
    got = judged(_demerger_rule(()), "Acme declined to comment.", title, PUBLISHED)
    assert got.stance == Stance.CONTRADICTS
    assert any("delay past it" in r for r in got.reasons)


@pytest.mark.parametrize(
    "title",
    [
        # a delay past a date well inside the window leaves it open
        "Acme's demerger set to slip past April",
        "艾克美分拆拖过4月",
    ],
)
def test_a_delay_past_an_early_date_leaves_the_window_open(title: str) -> None:
    got = judged(_demerger_rule(()), "Acme declined to comment.", title, dt.date(2026, 2, 6))
    assert got.stance != Stance.CONTRADICTS
    assert any("delay past it" in r and "open" in r for r in got.reasons)


def _jv_rule() -> ClaimRule:
    """Acme forms its joint venture in the first half of 2026: a date in the window confirms."""
    return rule_under_test(
        id="acme-jv",
        made="2026-01-15",
        subject={"acme": ["Acme", "艾克美"], "jv": ["joint venture", "合资公司", "合资"]},
        window=1,
        when={"confirms": ["2026-01-15", "2026-06-30"], "near": ["joint venture", "合资", "成立"]},
        confirms=["<on-track>", "form", "成立"],
        contradicts=["<delay>", "<cancellation>"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "艾克美合作方高层表示，与艾克美的合资公司今年内未必成事。",
        "艾克美的合资公司上半年不一定能成立，合作方表示。",
        "Acme's joint venture, planned for the first half, may not happen, its partner said.",
    ],
)
def test_may_not_by_then_is_a_hedged_not_by_then(text: str) -> None:
    got = judged(_jv_rule(), text, published=dt.date(2026, 3, 10))
    assert any(
        r.startswith("contradicts: date") and "may not come by then" in r for r in got.reasons
    )
    assert got.stance != Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        # doubt about the aim, no negated possibility: the aim in doubt, a mention
        "艾克美的合资公司今年内成立的目标过于乐观，合作方表示。",
        "Acme's joint venture in the first half looks too optimistic, its partner said.",
    ],
)
def test_an_aim_only_questioned_stays_a_mention(text: str) -> None:
    got = judged(_jv_rule(), text, published=dt.date(2026, 3, 10))
    assert not any("may not come by then" in r for r in got.reasons)
    assert got.stance != Stance.CONTRADICTS
