"""Claim engine: one shared vocabulary of telling (watch/claims/speech.py).

Before, each path kept its own list of telling verbs, so a verb read in one was missed in the
next: the official's "disclosed" or 披露 was not on the record, 证实/告知 before 已 did not tell a
thing done, "revealed on Tuesday" or 周三透露 was not a telling dated now, 3月证实 was not a
telling inside a dated recap. Each path below reads the shared roles (SAY_EN/SAY_ZH, SAY_PAST_EN,
PLEDGE_*, REPORT_*), in English, simplified and traditional Chinese (folded by `normalise`), with
the guards that must keep their reading: 小说, 据说, 听说, 名称, 称为, 说明, "saidi".
"""

from __future__ import annotations

import re

import pytest

from watch.claims import background, incident_dates, planned, recap_reach, record, told_done
from watch.claims.speech import PLEDGE_EN, PLEDGE_ZH, REPORT_EN, REPORT_ZH, SAY_EN, SAY_ZH
from watch.claims.text import normalise


def _n(text: str) -> str:
    return normalise(text)


@pytest.mark.parametrize(
    "text",
    [
        "The plant manager disclosed that the line would close.",
        "Their spokeswoman revealed the figure to reporters.",
        "发言人披露，该工厂将在年底关闭。",
        "负责人告知记者，新线已经投产。",
        "發言人披露，該廠將在年底關閉。",
    ],
)
def test_an_office_disclosing_is_on_the_record(text: str) -> None:
    assert record._ON_RECORD.search(_n(text))


@pytest.mark.parametrize(
    "text",
    [
        "The spokesperson saidi was a town in the story.",
        "负责人的名称尚未公开。",
        "局长爱读小说。",
        "董事长在法说会上",
        "负责人据说已经离职。",
    ],
)
def test_no_telling_in_a_longer_word(text: str) -> None:
    assert not record._ON_RECORD.search(_n(text))


@pytest.mark.parametrize(
    "text",
    [
        "Acme stated that it has ",
        "the firm revealed it had now ",
        "公司证实已",
        "公司告知投资者已经",
        "公司證實已",
    ],
)
def test_a_telling_before_a_thing_done(text: str) -> None:
    assert told_done._TOLD_BEFORE.search(_n(text))


@pytest.mark.parametrize("text", ["他爱看小说已", "据说已经"])
def test_hearsay_is_not_a_telling_before_a_thing_done(text: str) -> None:
    assert not told_done._TOLD_BEFORE.search(_n(text))


@pytest.mark.parametrize(
    "text",
    [
        "此前公司证实",
        "上月曾告诉",
        "此前公司证实",
        "去年曾告知",
        "去年曾告訴",
    ],
)
def test_a_telling_ends_a_recap(text: str) -> None:
    assert background.TOLD_BEFORE.search(_n(text))


@pytest.mark.parametrize("text", ["这部小说", "他们据说", "它的名称", "这被称为"])
def test_no_telling_ends_a_recap(text: str) -> None:
    assert not background.TOLD_BEFORE.search(_n(text))


@pytest.mark.parametrize(
    "text",
    [
        "the company revealed on tuesday that",
        "acme reiterated today that",
        "本周透露",
        "本周证实",
        "本週證實",
    ],
)
def test_a_telling_dated_now(text: str) -> None:
    assert incident_dates._TELLING_NOW.search(_n(text))


@pytest.mark.parametrize("text", ["3月证实将扩产", "去年告知员工要关厂", "去年告訴員工要關廠"])
def test_a_telling_inside_a_dated_recap(text: str) -> None:
    assert recap_reach._TOLD_INSIDE.search(_n(text))


@pytest.mark.parametrize("text", ["3月小说将出版", "去年据说要关厂", "上月名称要改"])
def test_no_telling_inside_a_dated_recap(text: str) -> None:
    assert not recap_reach._TOLD_INSIDE.search(_n(text))


@pytest.mark.parametrize("text", ["the board reiterated", "acme reiterated on monday"])
def test_a_fresh_telling_of_a_plan(text: str) -> None:
    assert planned._FRESH.search(_n(text))


@pytest.mark.parametrize("text", ["the board had reiterated", "此前披露", "名称", "称为"])
def test_an_old_telling_or_a_name_is_not_fresh(text: str) -> None:
    assert not planned._FRESH.search(_n(text))


def test_roles_are_distinct_and_guarded() -> None:
    """Each role reads its own verbs; a pledge or a report is not a plain telling."""

    def whole(alt: str, word: str) -> bool:
        return re.fullmatch(f"(?:{alt})", word) is not None

    assert all(whole(SAY_EN, w) for w in ("said", "told", "disclosed", "confirmed", "stated"))
    assert not any(whole(SAY_EN, w) for w in ("pledged", "reported", "saidi"))
    assert all(re.search(SAY_ZH, _n(w)) for w in ("告知", "透露", "稱", "說", "證實", "告訴"))
    assert not any(re.search(SAY_ZH, w) for w in ("小说", "据说", "听说", "名称", "称为", "说明"))
    assert whole(PLEDGE_EN, "vowed") and re.search(PLEDGE_ZH, _n("承諾"))
    assert whole(REPORT_EN, "reported") and re.search(REPORT_ZH, _n("報導"))
    assert not whole(REPORT_EN, "reports")  # a noun as often: "confirmed earlier reports"
