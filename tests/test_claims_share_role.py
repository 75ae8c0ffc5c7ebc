"""Claim engine: the words that make a figure several backers' joint total (a list with 、,
"together", 合计) count only in the figure's own sentence. A list in the sentence before
(摩根士丹利科技、媒体与电信大会。他表示，……300亿美元的投资) leaves one backer's share its own.
The rule is the test's own; English, simplified and traditional Chinese."""

from __future__ import annotations

from typing import Any

import pytest

from tests.claimkit import judged
from watch.claims.rules import ClaimRule
from watch.models import Stance
from watch.validate import parse


def _share_rule() -> ClaimRule:
    data: dict[str, Any] = {
        "id": "initech-share",
        "statement": "In Acme's round Initech puts in tens of billions of dollars.",
        "made": "2026-01-01",
        "subject": {"initech": ["Initech", "英泰"], "acme": ["Acme", "艾克美"]},
        "window": 1,
        "amount": [
            {"near": ["invest", "投资"], "of": "share", "confirms": [["10B", "50B"]]},
        ],
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    "text",
    [
        "Its chief spoke on Wednesday. Globex and Hooli went in together. "
        "Initech's $30 billion investment in Acme is now complete.",
        "英泰总裁出席科技、媒体与电信大会。他表示，英泰对艾克美总额300亿美元的投资已经完成。",
        "英泰總裁出席科技、媒體與電信大會。他表示，英泰對艾克美總額300億美元的投資已經完成。",
    ],
)
def test_a_list_in_the_sentence_before_joins_no_backers(text: str) -> None:
    got = judged(_share_rule(), text)
    assert got.stance is Stance.CONFIRMS, got.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Globex, Hooli and Initech together put a $30 billion investment into Acme.",
        "格洛贝、胡利与英泰合计对艾克美投资300亿美元。",
    ],
)
def test_a_list_in_the_same_sentence_still_makes_a_joint_total(text: str) -> None:
    assert judged(_share_rule(), text).stance is Stance.MENTIONS
