"""Claim engine: old news retold in a column, newsletter or roundup is no fresh news.

- an adjunct after a comma goes on with the dated recap before it ("last month they agreed to
  arbitrate, with no walkout", 上月同意仲裁，期间不罢工), unless it turns to now;
- in a look-back piece (a column's or newsletter's rubric), a season, half or month over by
  publication dates the verb before it ("reopened the two kilns over the summer" in October);
- the story of a first report ("First came word that ...", 最先传出的消息是) retells it;
- a saga's aside sums up its story ("the saga — paused, then terminated — is now about money").
Each judged by a rule of the test's own, with the near-misses that must keep their reading.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.claimkit import judged, rule_under_test
from watch.models import Stance

_OCT = dt.date(2026, 10, 12)
_JUNE = dt.date(2026, 6, 10)


def _arbitration() -> Any:
    """Halvorn and its dockers' union settle their contract by arbitration, with no strike."""
    return rule_under_test(
        id="halvorn-arb",
        made="2026-05-05",
        statement="Halvorn and the dockers' union send their contract to binding arbitration",
        subject={
            "halvorn": ["Halvorn", "哈沃恩"],
            "dispute": ["union", "contract", "工会", "合同"],
        },
        confirms=["no walkout", "binding arbitration", "不罢工", "交由仲裁"],
    )


def _kilns() -> Any:
    """Brenmoor reopens its Ostby cement kilns in the third quarter of 2026."""
    return rule_under_test(
        id="brenmoor-kilns",
        made="2026-04-01",
        statement="Brenmoor reopens its Ostby cement kilns in the third quarter of 2026",
        subject={"brenmoor": ["Brenmoor", "布伦摩尔"], "site": ["Ostby", "kilns", "奥斯比"]},
        window=1,
        confirms=["<resumed>", "reopen", "重启"],
        when={"confirms": ["2026-07-01", "2026-09-30"], "near": ["reopen", "reopened", "重启"]},
    )


def _termination() -> Any:
    """Varlen terminates the Cobb tunnel contract."""
    return rule_under_test(
        id="varlen-cobb",
        made="2026-05-01",
        statement="Varlen terminates the Cobb tunnel contract",
        subject={"varlen": ["Varlen", "瓦伦"], "deal": ["Cobb", "tunnel contract", "隧道合同"]},
        confirms=["terminated", "终止"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "A year on, Halvorn and the union have kept things quiet: last month they agreed to send "
        "the contract to arbitration, with no walkout for the life of the deal.",
        "一年过去，哈沃恩与工会相安无事：上个月双方同意把合同交由仲裁处理，期间不罢工。",
    ],
)
def test_an_adjunct_goes_on_with_the_dated_recap(text: str) -> None:
    got = judged(_arbitration(), text, title="Column: calm on the docks", published=_JUNE)
    assert got.stance is Stance.MENTIONS, got.reasons


def test_an_adjunct_that_turns_to_now_is_news() -> None:
    text = (
        "Halvorn and the union agreed in March to talk, with the union now saying there will be "
        "no walkout under the contract."
    )
    got = judged(_arbitration(), text, published=_JUNE)
    assert got.stance is Stance.CONFIRMS, got.reasons


@pytest.mark.parametrize(
    "title, text",
    [
        (
            "Business Week in Ostby: cement and jobs",
            "Brenmoor reopened two of its three Ostby kilns over the summer after a power deal.",
        ),
        ("Roundup: the quarter in cement", "Brenmoor reopened its Ostby kilns during the summer."),
        ("建材周报｜水泥与就业", "布伦摩尔今年夏天重启了奥斯比的水泥窑。"),
    ],
)
def test_a_past_stretch_in_a_look_back_is_its_recap(title: str, text: str) -> None:
    got = judged(_kilns(), text, title=title, published=_OCT)
    assert got.stance is Stance.MENTIONS, got.reasons


@pytest.mark.parametrize(
    "title",
    ["Brenmoor brings Ostby back", "Business: Brenmoor brings Ostby back"],
)
def test_a_past_stretch_in_news_still_confirms(title: str) -> None:
    text = (
        "Brenmoor reopened two of its three Ostby cement kilns over the summer, it said on Monday."
    )
    got = judged(_kilns(), text, title=title, published=_OCT)
    assert got.stance is Stance.CONFIRMS, got.reasons


@pytest.mark.parametrize(
    "text",
    [
        "First came word that Varlen had terminated the Cobb tunnel contract with its builder.",
        "It all began with a report that Varlen had terminated the Cobb tunnel contract.",
        "最先传出的消息是，瓦伦已终止隧道合同。",
    ],
)
def test_the_story_of_a_first_report_retells_it(text: str) -> None:
    got = judged(_termination(), text, published=_JUNE)
    assert got.stance is Stance.MENTIONS, got.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Varlen terminated the Cobb tunnel contract, people familiar with the matter said.",
        "瓦伦已终止隧道合同，知情人士表示。",
    ],
)
def test_a_first_report_itself_still_confirms(text: str) -> None:
    got = judged(_termination(), text, published=_JUNE)
    assert got.stance is Stance.CONFIRMS, got.reasons


@pytest.mark.parametrize(
    "text",
    [
        "The Varlen tunnel saga — suspended, then terminated — now turns on who pays for the Cobb "
        "tunnel contract's losses.",
        "The Cobb dispute (first frozen, later terminated) is now a fight over Varlen's money.",
        "瓦伦隧道合同风波（先暂停、后终止）如今只剩赔偿问题。",
    ],
)
def test_a_sagas_aside_sums_up_its_story(text: str) -> None:
    got = judged(_termination(), text, published=_JUNE)
    assert got.stance is Stance.MENTIONS, got.reasons


def test_a_saga_ended_by_the_news_still_confirms() -> None:
    text = "The Cobb saga ended on Monday: Varlen terminated the tunnel contract with its builder."
    got = judged(_termination(), text, published=_JUNE)
    assert got.stance is Stance.CONFIRMS, got.reasons
