"""Claim engine: exchange filings and how they name things.

- a filing's field record ("2. Counterparty: Zephyr Energy", 二、交易对方：泽风能源) or a form's
  labelled line ("Reason for change: ...", 变更原因：……) under a headline naming the filer is the
  filer's, which the body never names; a news paragraph with no label stays unjudged;
- a filing names itself 本公司/本集团 ("the Company", "the Group"): under a headline naming the
  company that is the company, and its own expectation of its result is its guidance; the year a
  change is measured against (较截至2024年12月31日止年度, "compared with the year ended 31 December
  2024") dates the yardstick, not the figure;
- a listing status withdrawn (撤销……上市地位, "withdrawal of the listing") is a delisting claim's
  event itself, not its cancellation; a cancelled IPO still cancels a listing claim; a delisting
  told done "today" (今日) after the deadline is done late.
Each judged by a rule of the test's own, with the near-misses that must keep their reading.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.claimkit import judged, rule_under_test
from watch.models import Stance


def _order() -> Any:
    """Borealis Marine wins a carrier order of at least $3bn from Zephyr Energy."""
    return rule_under_test(
        id="borealis-zephyr",
        statement="Borealis Marine wins carrier orders of at least $3 billion from Zephyr Energy",
        subject={
            "company": ["Borealis Marine", "北极光船舶"],
            "buyer": ["Zephyr Energy", "泽风能源"],
        },
        window=2,
        confirms=["<deal-signed>", "sign ... contract", "签订 ... 合同"],
        contradicts=["<cancellation>", "partial termination", "部分终止"],
        amount={"currency": "USD", "confirms": [["3B", None]], "contradicts": [[None, "2.6B"]]},
    )


_RECORD_EN = (
    "Summary\n\n1. Type of contract: construction of carriers\n2. Counterparty: Zephyr Energy\n"
    "3. Contract amount: USD 3,200,000,000\n4. Date of contract: 2026-02-08\n"
)
_RECORD_ZH = (
    "摘要\n\n一、合同类型：运输船建造\n二、交易对方：泽风能源\n三、合同金额：32亿美元\n"
    "四、签约日期：2026年2月8日\n"
)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Borealis Marine Co., Ltd. — Disclosure of Single Sales/Supply Contract", _RECORD_EN),
        ("北极光船舶股份有限公司 单一销售合同公告", _RECORD_ZH),
    ],
)
def test_a_record_under_the_filers_headline_is_the_filers(title: str, text: str) -> None:
    assert judged(_order(), text, title).stance is Stance.CONFIRMS


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Shipping: Disclosure of Single Sales/Supply Contract", _RECORD_EN),  # no filer named
        ("航运：单一销售合同公告", _RECORD_ZH),
        # a news paragraph, no field label: the headline alone does not lend the company
        (
            "Borealis Marine shares rise",
            "Analysts noted the market.\n\nZephyr Energy agreed a $3.2bn order with a rival yard, "
            "traders said.",
        ),
    ],
)
def test_no_filer_or_no_record_lends_nothing(title: str, text: str) -> None:
    assert judged(_order(), text, title).stance is Stance.MENTIONS


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "[Correction] Disclosure of contract change — Borealis Marine",
            "The filer amends its disclosure.\n\n| Item | Before | After |\n|---|---|---|\n"
            "| Vessels | 12 | 7 |\n\nReason for change: partial termination of the contract at "
            "the request of the counterparty (Zephyr Energy). No penalty is payable.",
        ),
        (
            "北极光船舶 关于合同变更的更正公告",
            "本公司现更正此前公告。\n\n| 项目 | 变更前 | 变更后 |\n|---|---|---|\n"
            "| 船数 | 12 | 7 |\n\n"
            "变更原因：应交易对方泽风能源的要求部分终止合同。本公司无需支付违约金。",
        ),
    ],
)
def test_a_forms_labelled_line_is_the_filers(title: str, text: str) -> None:
    assert judged(_order(), text, title).stance is Stance.CONTRADICTS


def _warning() -> Any:
    """Hotpot Co's 2025 net profit falls by at least 20%."""
    return rule_under_test(
        id="hotpot-warn",
        statement="Hotpot Co's 2025 net profit falls by at least 20% year on year.",
        made="2026-01-20",
        subject={
            "company": ["Hotpot Co", "火锅集团"],
            "profit": ["net profit", "净利润", "淨利潤"],
        },
        window=1,
        confirms=[],
        amount={
            "unit": "percent",
            "near": ["decline", "fall", "减少", "下降"],
            "confirms": [[20, None]],
            "contradicts": [[None, 17]],
        },
    )


_WARN_ZH = (
    "本公告乃火锅集团控股有限公司（「本公司」）根据《上市规则》第13.09条而作出。\n\n"
    "本公司董事会谨此知会本公司股东及潜在投资者，根据对本集团截至2025年12月31日止年度未经审核"
    "综合管理账目之初步评估，预期本集团于该年度之淨利潤将较截至2024年12月31日止年度减少不少于20%。"
)
_WARN_EN = (
    'This announcement is made by Hotpot Co (the "Company") pursuant to Rule 13.09.\n\n'
    "The board of directors of the Company wishes to inform shareholders that, based on a "
    "preliminary assessment of the accounts of the Group for the year ended 31 December 2025, "
    "the Group's net profit for the year is expected to decline by not less than 20% as compared "
    "with the year ended 31 December 2024."
)


@pytest.mark.parametrize(
    ("title", "text"),
    [("火锅集团控股有限公司 盈利警告", _WARN_ZH), ("Hotpot Co Holdings Profit Warning", _WARN_EN)],
)
def test_a_profit_warning_naming_itself_confirms(title: str, text: str) -> None:
    got = judged(_warning(), text, title, published=dt.date(2026, 1, 20))
    assert got.stance is Stance.CONFIRMS
    assert not any("background" in r for r in got.reasons)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a headline naming no company: 本集团 is nobody's
        ("盈利警告", _WARN_ZH),
        # the year compared is the news' own when no change is measured against it
        (
            "火锅集团 盈利警告",
            "火锅集团去年12月曾表示，截至2024年12月31日止年度淨利潤减少不少于20%。",
        ),
    ],
)
def test_self_name_and_yardstick_near_misses(title: str, text: str) -> None:
    assert judged(_warning(), text, title, published=dt.date(2026, 1, 20)).stance is Stance.MENTIONS


def _delist() -> Any:
    """Greenleaf Health is delisted by 30 June 2026."""
    return rule_under_test(
        id="greenleaf-delist",
        statement="Greenleaf Health is delisted from the exchange by 30 June 2026.",
        made="2026-02-10",
        deadline="2026-06-30",
        subject={
            "company": ["Greenleaf Health", "绿叶健康"],
            "event": ["delisting", "delisted", "除牌", "退市", "撤销上市"],
        },
        window=1,
        when={"confirms": ["2026-02-10", "2026-06-30"], "near": ["delisting", "除牌", "退市"]},
        confirms=["<on-track>", "正式除牌", "formally delisted"],
        contradicts=["<delay>", "<cancellation>"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "绿叶健康股份预期于6月9日撤销在联交所的上市地位，届时正式除牌。",
        "绿叶健康將於6月9日撤銷在聯交所的上市地位，屆時正式除牌。",
    ],
)
def test_a_listing_status_withdrawn_is_the_delisting(text: str) -> None:
    got = judged(_delist(), text, published=dt.date(2026, 5, 1))
    assert not any(r.startswith("contradicts: cue") for r in got.reasons)


def test_a_cancelled_ipo_still_cancels_a_listing_claim() -> None:
    ipo = rule_under_test(
        id="greenleaf-ipo",
        statement="Greenleaf Health lists in Hong Kong by June 2026.",
        subject={"company": ["Greenleaf Health", "绿叶健康"], "event": ["上市", "IPO"]},
        window=1,
        confirms=["<launch>"],
        contradicts=["<cancellation>"],
    )
    got = judged(ipo, "绿叶健康宣布撤销上市申请，取消上市计划。", published=dt.date(2026, 5, 1))
    assert got.stance is Stance.CONTRADICTS


@pytest.mark.parametrize(
    ("title", "published", "want"),
    [
        ("绿叶健康今日正式除牌", dt.date(2026, 8, 18), Stance.CONTRADICTS),  # after the deadline
        ("绿叶健康今日正式除牌", dt.date(2026, 6, 9), Stance.CONFIRMS),  # on time
    ],
)
def test_a_delisting_told_done_today(title: str, published: dt.date, want: Stance) -> None:
    got = judged(
        _delist(), "绿叶健康今日上午九时撤销在联交所的上市地位。", title, published=published
    )
    assert got.stance is want
