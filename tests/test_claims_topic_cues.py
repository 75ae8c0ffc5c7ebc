"""A bare cue that only restates the topic ("the new job cuts fall mainly on research") after
the same word yielded to its own figure elsewhere in the article does not outweigh that figure;
a cue with no figure anywhere, or of another wording, is read as before. Judged by a rule of the
test's own, in English and Chinese (traditional where the script differs)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged
from watch.claims.rules import ClaimRule
from watch.models import Stance
from watch.validate import parse

OCTOBER = dt.date(2026, 10, 20)
CUTS = parse(
    ClaimRule,
    {
        "id": "acme-cuts-4000",
        "statement": "Acme will cut about 4,000 jobs by the end of 2026.",
        "made": "2026-01-15",
        "subject": {
            "acme": ["Acme", "艾克美"],
            "staff": ["jobs", "job cuts", "layoffs", "裁员", "岗位"],
        },
        "window": 1,
        "confirms": ["<layoffs>", "<on-track>"],
        "contradicts": ["<delay>", "<cancellation>"],
        "negation": {"confirms": "flip"},
        "amount": {
            "unit": "people",
            "confirms": [3600, 4400],
            "contradicts": [[None, 2500], [5000, None]],
        },
    },
)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Acme widens job cuts to 7,000",
            "Acme said on Thursday it would raise its job cuts to 7,000 from about 4,000.\n\n"
            "Acme said the new layoffs fall mainly on its research units in Germany. "
            "Analysts said the layoffs would help Acme's margins next year.",
        ),
        (
            "艾克美裁员规模扩大至7000人",
            "艾克美周四宣布，将裁员规模由约4000人扩大至7000人。\n\n"
            "艾克美表示，新增裁员主要集中在德国研发部门。分析师认为，艾克美裁员有助于改善明年利润率。",
        ),
        (
            "艾克美裁員規模擴大至7000人",
            "艾克美週四宣布，將裁員規模由約4000人擴大至7000人。\n\n"
            "艾克美表示，新增裁員主要集中在德國研發部門。分析師認為，艾克美裁員有助於改善明年利潤率。",
        ),
    ],
)
def test_a_restated_topic_word_does_not_outweigh_its_figure(title: str, text: str) -> None:
    assert judged(CUTS, text, title=title, published=OCTOBER).stance is Stance.CONTRADICTS


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # no figure decides anything: the topic word is the news
        ("Acme begins job cuts", "Acme began layoffs at its German research units this week."),
        ("艾克美启动裁员", "艾克美本周在德国研发部门启动裁员。"),
    ],
)
def test_a_topic_word_with_no_figure_anywhere_still_confirms(title: str, text: str) -> None:
    assert judged(CUTS, text, title=title, published=OCTOBER).stance is Stance.CONFIRMS
