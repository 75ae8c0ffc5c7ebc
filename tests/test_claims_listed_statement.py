"""A figure in a list that its owner's statement introduces is said afresh (`reported_by`): the
explainer shape "Acme told investors about its plans. The key points: - Compute: ...", where the
statement verb stands in the lead and the figure in a bullet below it."""

from __future__ import annotations

import pytest

from tests.claimkit import judged
from watch.claims.rules import ClaimRule
from watch.models import Stance
from watch.validate import parse


def _budget_rule() -> ClaimRule:
    """Acme carries about $1.4 trillion of compute commitments; only a fresh statement counts."""
    return parse(
        ClaimRule,
        {
            "id": "acme-compute",
            "statement": "Acme carries about $1.4 trillion of compute commitments.",
            "made": "2026-01-01",
            "subject": {"acme": ["Acme", "艾克美"], "compute": ["compute", "算力"]},
            "window": 1,
            "reported_by": ["<statement>"],
            "amount": {
                "near": ["compute", "spending", "算力", "支出"],
                "confirms": [["1.2T", "1.6T"]],
                "contradicts": [["300B", "1.05T"]],
            },
        },
    )


@pytest.mark.parametrize(
    "text",
    [
        "Acme told investors about its latest plans this week. The highlights:\n\n"
        "- Revenue: $280 billion in 2030.\n- Compute: about $600 billion through 2030.",
        "Acme briefed investors on its new budget. Key points:\n\n## Compute\n\n"
        "- Spending of about $600 billion by 2030.",
        "艾克美本周向投资人披露最新规划。以下是几个重点：\n\n"
        "- 营收：2030年达2800亿美元。\n- 算力：2030年前支出约6000亿美元。",
        # 向投資人說明 ("explained to investors") is a statement; the heading sits between
        "艾克美近日向投資人說明最新財務規畫。重點如下：\n\n"
        "**一、營收**\n- 2030年營收上看2800億美元。\n\n"
        "**二、算力支出**\n- 2030年前算力資本支出約6000億美元。",
    ],
)
def test_a_listed_figure_under_its_owners_statement_is_fresh(text: str) -> None:
    assert judged(_budget_rule(), text).stance == Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    [
        # no statement introduces the list: a recap
        "What we know about Acme so far:\n\n- Compute: about $600 billion through 2030.",
        # someone else's statement, in a sentence that does not name Acme
        "Analysts said the numbers look stretched. Acme at a glance:\n\n"
        "- Compute: about $600 billion through 2030.",
        # 说明 alone is "shows", not a statement
        "艾克美的规划说明其扩张放缓。几个数字：\n\n- 算力：2030年前支出约6000亿美元。",
        "艾克美概况如下：\n\n- 算力：2030年前支出约6000亿美元。",
    ],
)
def test_a_list_without_its_owners_statement_stays_a_recap(text: str) -> None:
    assert judged(_budget_rule(), text).stance == Stance.MENTIONS
