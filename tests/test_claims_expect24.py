"""Claim engine: a party's guidance on its own event.

- the claim's own party stating its expectation of its own event on the record ("we expect to
  close ... by June", "Acme said in a filing it expects ...", 艾克美公告，……预计于6月底前完成交割,
  traditional script too) is news: above the alert line, below a thing done (`guidance`);
- someone else's expectation stays a hedge under the line: analysts', the market's, an unnamed
  source's, a bare 有望, a "may", a first person who expects the party's act ("we expect Acme
  to ..."), and a guidance retold on the day the claim was made (the claim's origin).
Each judged by a rule of the test's own.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.claimkit import ALERT, judged
from watch.claims.rules import ClaimRule
from watch.models import Stance
from watch.validate import parse

PUBLISHED = dt.date(2026, 3, 1)


def _closing() -> ClaimRule:
    """Acme closes its purchase of Globex by the end of June 2026."""
    data: dict[str, Any] = {
        "id": "acme-globex-close",
        "statement": "Acme closes its purchase of Globex by the end of June 2026.",
        "made": "2026-01-10",
        "deadline": "2026-06-30",
        "subject": {"acme": ["Acme", "艾克美"], "deal": ["Globex", "格洛贝", "格洛貝"]},
        "window": 1,
        "confirms": ["close", "completed", "完成交割"],
        "contradicts": ["<delay>", "<cancellation>"],
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    "text",
    [
        '"We expect to close the Globex purchase by the end of June," Acme\'s finance chief said '
        "on Tuesday.",
        "Acme said in a filing on Monday that it expects the Globex purchase to close by the end "
        "of June.",
        "Acme expects to close its purchase of Globex in the second quarter.",
        "艾克美周一晚间公告，公司收购格洛贝的交易预计于6月底前完成交割。",
        "艾克美首席执行官说：“我们预计收购格洛贝的交易将于6月底前完成交割。”",
        "艾克美表示，收購格洛貝的交易預計於6月底前完成交割。",
    ],
)
def test_own_guidance_is_news_below_a_fact(text: str) -> None:
    found = judged(_closing(), text, published=PUBLISHED)
    assert found.stance == Stance.CONFIRMS
    assert ALERT <= found.confidence < 0.85
    assert any("own party's guidance" in r for r in found.reasons)


def test_a_thing_done_stays_surer_than_guidance() -> None:
    done = judged(
        _closing(), "Acme completed its purchase of Globex on Friday.", published=PUBLISHED
    )
    guided = judged(
        _closing(), "Acme expects to close its purchase of Globex in June.", published=PUBLISHED
    )
    assert done.confidence > guided.confidence >= ALERT


@pytest.mark.parametrize(
    "text",
    [
        "Analysts expect Acme to close the Globex purchase by the end of June.",
        '"We expect Acme to close the Globex purchase by June," wrote Jane Roe of Roe Capital.',
        "Acme's purchase of Globex is expected to close by the end of June, people familiar with "
        "the matter said.",
        "Acme may close the Globex purchase by the end of June.",
        "Acme said the approvals were in, but analysts expect the Globex deal to close in June.",
        "艾克美表示审批已到齐，但分析师预计收购格洛贝的交易于6月底前完成交割。",
        "知情人士称，艾克美收购格洛贝的交易有望于6月底前完成交割。",
        "艾克美收购格洛贝的交易有望于6月底前完成交割。",
        "市场预计艾克美收购格洛贝的交易将于6月底前完成交割。",
        "1月10日，艾克美宣布收购格洛贝，并预计交易于6月底前完成交割。",
        "On January 10, Acme announced the purchase of Globex and said it expects the deal to "
        "close by June.",
    ],
)
def test_someone_elses_expectation_stays_hedged(text: str) -> None:
    found = judged(_closing(), text, published=PUBLISHED)
    assert found.stance == Stance.MENTIONS
    assert not any("own party's guidance" in r for r in found.reasons)
