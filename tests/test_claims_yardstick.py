"""A date that dates only a comparison's yardstick ("far less than the $2 billion its chairman
announced in February") leaves the comparison news; a clause already set in the past (a report
recalled in the pluperfect) stays background. Judged by a rule of the test's own, in English
and Chinese (traditional where the script differs)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged
from watch.claims.rules import ClaimRule
from watch.models import Stance
from watch.validate import parse

MAY = dt.date(2026, 5, 20)
STAKE = parse(
    ClaimRule,
    {
        "id": "acme-beta-2bn",
        "statement": "Acme invests $2 billion in Beta",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "beta": ["Beta", "贝塔"]},
        "confirms": ["<binding>"],
        "contradicts": ["<no-commitment>"],
        "amount": {"of": "share", "confirms": ["1.8B", "2.2B"], "contradicts": [[None, "1.2B"]]},
    },
)


@pytest.mark.parametrize(
    "text",
    [
        "Acme has put in much less than the $2 billion its chairman announced in February, "
        "Beta said on Monday.",
        "Acme has so far paid Beta far less than the $2 billion it pledged in January.",
        # Chinese writes the date inside the comparison; read so before too
        "艾克美向贝塔的注资远低于董事长2月宣布的20亿美元。",
        "艾克美向貝塔的注資遠低於2月宣佈的20億美元。",
    ],
)
def test_a_date_of_the_yardstick_leaves_the_comparison_news(text: str) -> None:
    assert judged(STAKE, text, published=MAY).stance is Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    [
        # a report recalled in the pluperfect: the comparison is the report's, not news
        "A newsletter had reported that Acme had capped its Beta investment well below the "
        "$2 billion figure announced in February.",
        # the sentence's own opening date still sets it all in the past
        "In February, Acme said it would put in far less than the $2 billion it pledged to Beta "
        "in January.",
        "2月，艾克美表示对贝塔的注资将远低于1月宣布的20亿美元。",
    ],
)
def test_a_comparison_in_a_past_clause_stays_background(text: str) -> None:
    assert judged(STAKE, text, published=MAY).stance is Stance.MENTIONS
