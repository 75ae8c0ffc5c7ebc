"""An `exclude` phrase silences a marker that is a part of it (不 in 不计成本), not a marker that
reads the whole fenced phrase: a user who fences 裁不裁 to stop its 不 from negating still has
the A-not-A question read. Judged by rules of the test's own, in Chinese (both scripts: the
question form is Chinese) and in English for the part a fence still silences."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.claimkit import judged
from watch.claims.rules import ClaimRule
from watch.models import Stance
from watch.validate import parse

MARCH = dt.date(2026, 3, 20)


def _rule(exclude: list[str]) -> ClaimRule:
    data: dict[str, Any] = {
        "id": "acme-cuts-4000",
        "statement": "Acme will cut about 4,000 jobs in 2026.",
        "made": "2026-02-01",
        "subject": {"acme": ["Acme", "艾克美"], "staff": ["jobs", "job cuts", "裁员", "裁員"]},
        "window": 1,
        "confirms": ["<layoffs>"],
        "contradicts": ["<cancellation>", "<denial>"],
        "negation": {"confirms": "flip"},
        "exclude": exclude,
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("exclude", "text"),
    [
        (["裁不裁"], "艾克美内部人士说，裁不裁员、裁多少，要看二季度订单。"),
        (["裁不裁"], "艾克美內部人士說，裁不裁員、裁多少，要看二季度訂單。"),
        (["減不減"], "艾克美內部人士說，裁員減不減、減多少，要看二季度訂單。"),
    ],
)
def test_a_fence_over_an_a_not_a_question_keeps_the_question(exclude: list[str], text: str) -> None:
    assert judged(_rule(exclude), text, published=MARCH).stance is Stance.MENTIONS


@pytest.mark.parametrize(
    ("exclude", "text", "stance"),
    [
        # the fence still silences a marker inside a longer phrase
        (["不计"], "艾克美表示，将不计成本推进裁员。", Stance.CONFIRMS),
        (
            ["not only"],
            "Acme said job cuts will hit not only sales but also research.",
            Stance.CONFIRMS,
        ),
        # with no fence the question is read as before
        ([], "艾克美内部人士说，裁不裁员、裁多少，要看二季度订单。", Stance.MENTIONS),
    ],
)
def test_a_fence_still_silences_a_part_of_it(exclude: list[str], text: str, stance: Stance) -> None:
    assert judged(_rule(exclude), text, published=MARCH).stance is stance
