"""A claim's own `background:` phrase that opens a response frame (针对/对于 ……一事, "responding
to reports that ...") presents what is responded to; a denial after it calls that false, so the
reported figure contradicts and the phrase does not date it (nor, in English, the denial).
Judged by rules of the test's own, in English and Chinese (traditional where the script
differs)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged
from watch.claims.rules import ClaimRule
from watch.models import Stance
from watch.validate import parse

FEBRUARY = dt.date(2026, 2, 14)


def _rule(background: list[str]) -> ClaimRule:
    return parse(
        ClaimRule,
        {
            "id": "acme-cuts-4000",
            "statement": "Acme will cut about 4,000 jobs in 2026.",
            "made": "2026-02-10",
            "subject": {"acme": ["Acme", "艾克美"], "staff": ["jobs", "裁员", "裁員"]},
            "window": 1,
            "confirms": ["<layoffs>"],
            "contradicts": ["<cancellation>", "<denial>"],
            "negation": {"confirms": "flip"},
            "background": background,
            "amount": {"unit": "people", "confirms": [3600, 4400], "contradicts": [[None, 2500]]},
        },
    )


@pytest.mark.parametrize(
    ("background", "text"),
    [
        # the response verb fenced too (回应称): the reported figure, called false, decides
        (
            ["针对", "回应"],
            "针对路透社此前报道的“艾克美计划今年裁员约4000人”一事，艾克美发言人周五回应称，"
            "上述消息不实。",
        ),
        (
            ["对于", "回应"],
            "對於外媒報道的「艾克美計劃今年裁員約4000人」一事，艾克美發言人週五回應稱，上述消息不實。",
        ),
        (
            ["responding to"],
            "Responding to media reports that it would cut about 4,000 jobs this year, "
            "Acme said on Friday the reports were untrue.",
        ),
    ],
)
def test_a_frame_opener_dates_neither_the_report_nor_its_denial(
    background: list[str], text: str
) -> None:
    assert judged(_rule(background), text, published=FEBRUARY).stance is Stance.CONTRADICTS


@pytest.mark.parametrize(
    ("background", "text"),
    [
        # no denial: the phrase still sets what is responded to as background
        (
            ["针对", "对于"],
            "针对路透社此前报道的“艾克美计划今年裁员约4000人”一事，艾克美发言人周五未予置评。",
        ),
        (
            ["responding to"],
            "Responding to media reports that it would cut about 4,000 jobs this year, "
            "Acme said on Friday it does not comment on market rumours.",
        ),
    ],
)
def test_an_undenied_frame_stays_background(background: list[str], text: str) -> None:
    assert judged(_rule(background), text, published=FEBRUARY).stance is Stance.MENTIONS
