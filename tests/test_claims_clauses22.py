"""Claim engine: a clause that changes what a cue asserts.

- a likelihood denied ("is unlikely to be completed by September", 不太可能, 恐难如期, 料难于) is
  a contradiction, not the completion (no hedge: stronger than "may not"); "likely to be completed"
  stays a confirm;
- a stop its clause lifts ("the halt was lifted", "resumed purchases after a halt",
  暂停采购措施已经解除) is no stop, and a date in that clause times the lifting; a stop not lifted
  (尚未解除, "remains in place") still contradicts;
- a cue in a clause that only times what follows ("once it is completed, Acme will ...",
  完成交割后将……) and a cue someone is confident of ("confident of winning approval",
  对取得核准仍具信心) state no event; a completion told in the past still does;
- a habit of past years ("has historically met its targets", 过去几年……都能达标) is background.
Each judged by a rule of the test's own, with the near-misses that keep their reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged, rule_under_test, stance_of
from watch.claims.rules import ClaimRule
from watch.models import Stance

PUBLISHED = dt.date(2026, 7, 20)


def _closing(negation: str = "flip") -> ClaimRule:
    """Acme completes its purchase of Globex by 30 September 2026."""
    return rule_under_test(
        id="acme-globex-close",
        made="2026-01-15",
        deadline="2026-09-30",
        subject={"acme": ["Acme", "艾克美"], "deal": ["Globex", "格洛贝"]},
        window=1,
        when={
            "confirms": ["2026-01-15", "2026-09-30"],
            "near": ["complete", "completion", "close", "完成", "交割"],
        },
        confirms=["<on-track>", "complete", "completion", "完成交割", "approval", "核准"],
        contradicts=["<delay>", "<stalled>", "暂停采购", "suspension", "halt"],
        negation={"confirms": negation},
    )


def _sales() -> ClaimRule:
    """Acme meets its sales target this year."""
    return rule_under_test(
        id="acme-sales-target",
        made="2026-01-15",
        subject={"acme": ["Acme", "艾克美"], "target": ["target", "targets", "目标", "达标"]},
        window=1,
        confirms=["<on-track>", "met its targets", "达标"],
        contradicts=["<delay>", "miss", "未达标"],
    )


def _stance(rule: ClaimRule, text: str) -> Stance | None:
    return stance_of(rule, text, published=PUBLISHED)


# --- 1. a likelihood denied ----------------------------------------------------------------------


@pytest.mark.parametrize("negation", ["flip", "cancel"])
@pytest.mark.parametrize(
    "text",
    [
        "Acme's purchase of Globex is unlikely to be completed by the end of September, "
        "two people familiar with the talks said.",
        "Acme said the Globex purchase is not likely to be completed by the end of September.",
        "艾克美收购格洛贝的交易恐难于9月底前完成交割。",
        "艾克美收购格洛贝一案料难于9月底前完成交割。",
    ],
)
def test_a_likelihood_denied_is_no_completion(text: str, negation: str) -> None:
    verdict = judged(_closing(negation), text, published=PUBLISHED)
    assert not any(r.startswith("confirms:") for r in verdict.reasons)
    assert any("contradicts" in r for r in verdict.reasons)
    # a stated expectation that it will not happen: no hedge of its own (unlike "may not")
    assert not any(r.startswith('hedge "unlikely') for r in verdict.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Acme's purchase of Globex is likely to be completed by the end of September, Acme said.",
        "Acme said on Monday it completed the purchase of Globex.",
    ],
)
def test_a_likelihood_affirmed_still_confirms(text: str) -> None:
    assert _stance(_closing(), text) == Stance.CONFIRMS


# --- 2. a stop lifted ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Globex has lifted the halt on Acme purchases.",
        "Globex said on Monday the suspension of Acme purchases was lifted.",
        "Globex ended the suspension of Acme purchases on Monday.",
        "Globex resumed Acme purchases after a three-month halt.",
        "格洛贝对艾克美的暂停采购措施已经解除。",
        "格洛贝宣布解除对艾克美的暂停采购。",
    ],
)
def test_a_stop_lifted_is_no_stop(text: str) -> None:
    verdict = judged(_closing(), text, published=PUBLISHED)
    assert verdict.stance != Stance.CONTRADICTS
    assert any("is a stop that is lifted" in r for r in verdict.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Globex said the halt on Acme purchases has not been lifted.",
        "Globex said the suspension of Acme purchases remains in place.",
        "格洛贝暂停采购艾克美产品。",
        "格洛贝暂停采购艾克美产品的措施尚未解除。",
        # a second act joined to the stop, and a stop again after a resumption
        "格洛贝暂停采购艾克美产品并结束双方合作。",
        "格洛贝恢复采购后又暂停采购艾克美产品。",
    ],
)
def test_a_stop_not_lifted_still_contradicts(text: str) -> None:
    assert _stance(_closing(), text) == Stance.CONTRADICTS


def test_the_date_of_a_lifting_is_not_the_event_date() -> None:
    text = "艾克美与格洛贝周五完成签约，格洛贝对其产品的暂停采购措施自10月1日起解除。"
    verdict = judged(_closing(), text, published=PUBLISHED)
    assert verdict.stance != Stance.CONTRADICTS
    assert any("dates the lifting of a stop" in r for r in verdict.reasons)


def test_a_lifted_stop_acts_on_nothing_across_a_headline_space() -> None:
    title = "艾克美与格洛贝正式完成交割 暂停采购措施解除"
    verdict = judged(_closing(), "双方周五发布联合声明。", title=title, published=PUBLISHED)
    assert verdict.stance == Stance.CONFIRMS


# --- 3. a clause about what follows, and confidence ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Once the Globex purchase is completed, Acme will merge it into its power unit.",
        "After completion, Acme will fold Globex into its grid business, the company said.",
        "艾克美表示，收购格洛贝一案完成交割后，公司将调升全年财测。",
        "艾克美財務長說，格洛貝完成交割後將可與公司既有產品互補。",
        "Acme said it remains confident of winning approval for the Globex purchase.",
        "艾克美強調公司對格洛貝案取得核准仍具信心。",
    ],
)
def test_a_condition_or_an_aim_is_no_event(text: str) -> None:
    verdict = judged(_closing(), text, published=PUBLISHED)
    assert verdict.stance == Stance.MENTIONS
    assert not any(r.startswith("confirms:") for r in verdict.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "After Acme completed the Globex purchase, it raised its forecast for the year.",
        "Acme completed the Globex purchase on Monday and will merge it into its power unit.",
        "艾克美表示，收购格洛贝一案已完成交割，公司将调升全年财测。",
        "Acme won approval for the Globex purchase and is confident about the integration.",
        "艾克美已取得格洛贝案核准，对整合深具信心。",
    ],
)
def test_an_event_told_as_done_still_confirms(text: str) -> None:
    assert _stance(_closing(), text) == Stance.CONFIRMS


def test_a_date_beside_only_a_condition_clause_times_nothing() -> None:
    text = "艾克美說，格洛貝今年上半年營收年增四成，完成交割後將可加速打入北美市場。"
    verdict = judged(_closing(), text, published=PUBLISHED)
    assert verdict.stance == Stance.MENTIONS
    assert any("a clause that times what follows" in r for r in verdict.reasons)


# --- 4. a habit of past years --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acme has historically met its targets, analysts noted.",
        "Acme has usually met its targets in past years.",
        "当然，艾克美过去几年多数时候都能大致达标。",
        "艾克美历来都能达标。",
    ],
)
def test_a_habit_of_past_years_is_background(text: str) -> None:
    verdict = judged(_sales(), text, published=PUBLISHED)
    assert verdict.stance == Stance.MENTIONS
    assert any("is background" in r for r in verdict.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Acme has met its targets this year, it said on Monday.",
        "艾克美表示，今年上半年已经达标。",
    ],
)
def test_this_years_news_still_confirms(text: str) -> None:
    assert _stance(_sales(), text) == Stance.CONFIRMS
