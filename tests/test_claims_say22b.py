"""Claim engine: the shared vocabulary of telling (watch/claims/speech.py), read by the paths
say22 left: certainty, guidance, pointers, responses, act_dates, secondhand, speakers, kickers,
own_dollars and weekday_report. A verb of telling one path knew (disclosed, revealed, 宣布, 证实,
告知 ...) is now read in each, in English, simplified and traditional Chinese, with the shared
guards (小说, 名称, "told Reyl" is no speaker). Also: incident_dates' Chinese "told now" needs its
verb after 周三/今天/今日 as after 本周 (an operator-precedence slip made a bare weekday enough).
"""

from __future__ import annotations

import pytest

from watch.claims import (
    act_dates,
    certainty,
    guidance,
    incident_dates,
    kickers,
    own_dollars,
    pointers,
    responses,
    secondhand,
    speakers,
    speech,
    weekday_report,
)
from watch.claims.text import normalise as _n


@pytest.mark.parametrize(
    "text",
    ["监管机构周三透露，", "该局今天宣布，", "官員今日證實，", "本周通报，", "監管機構週四表示，"],
)
def test_a_chinese_telling_dated_now(text: str) -> None:
    assert incident_dates._TELLING_NOW.search(_n(text))


@pytest.mark.parametrize(
    "text", ["周三的网络攻击波及多家公司。", "今天的入侵事件", "今日股价大跌。", "週二的外洩事故"]
)
def test_a_bare_weekday_is_no_telling_now(text: str) -> None:
    assert not incident_dates._TELLING_NOW.search(_n(text))


@pytest.mark.parametrize(
    "label",
    [
        "芯片巨头宣布裁员计划",
        "晶片巨頭披露裁員計畫",
        "晶片巨頭告訴客戶將縮減產能",
        "电池大厂告知客户减产计划",
    ],
)
def test_a_chinese_label_that_tells_is_no_topic(label: str) -> None:
    assert not kickers._topic(label)


@pytest.mark.parametrize("label", ["港股新品牌名称之争", "科幻小说热潮再起"])
def test_a_topic_label_with_a_guarded_word_stays_a_topic(label: str) -> None:
    assert kickers._topic(label)


def test_outlet_names_are_shared() -> None:
    assert f"(?:{speech.OUTLET_ZH})" in weekday_report._WEEKDAY_REPORT.pattern
    assert f"(?:{speech.OUTLET_REPORT_ZH})" in secondhand._DATED_REPORT.pattern
    assert weekday_report._WEEKDAY_REPORT.search(_n("彭博週二報導，"))
    assert "引述" in speech.OUTLET_REPORT_ZH and "报道" in speech.OUTLET_REPORT_ZH


@pytest.mark.parametrize(
    "text",
    ["the company revealed on monday it ", "acme disclosed that it ", "the ceo reiterated it "],
)
def test_a_reported_would_after_any_telling(text: str) -> None:
    assert certainty._REPORTED_WOULD.search(text)


@pytest.mark.parametrize("text", ["the statesman it ", "a rival who analysed it "])
def test_no_reported_would_without_a_telling(text: str) -> None:
    assert not certainty._REPORTED_WOULD.search(text)


@pytest.mark.parametrize("text", ["公司宣布，", "该公司证实，", "公司向投资人告知，", "公司證實，"])
def test_an_own_expectation_after_any_telling(text: str) -> None:
    assert certainty._OWN_EXPECT.search(_n(text))


@pytest.mark.parametrize("text", ["他爱读的小说，", "据说，"])
def test_no_own_expectation_after_hearsay(text: str) -> None:
    assert not certainty._OWN_EXPECT.search(_n(text))


@pytest.mark.parametrize(
    "text", [" in a filing disclosed", "在致交易所的文件中告知", " revealed", "在致股東信中告知"]
)
def test_guidance_own_name_speaking(text: str) -> None:
    assert guidance._SAID.match(_n(text))


@pytest.mark.parametrize("text", ["公司管理层在会后披露，", "該公司高層宣布，"])
def test_guidance_the_company_spoke(text: str) -> None:
    assert guidance._COMPANY_SPOKE.search(_n(text))


def test_guidance_the_company_did_not_speak() -> None:
    assert not guidance._COMPANY_SPOKE.search(_n("公司名称，"))


@pytest.mark.parametrize(
    "text",
    ['" the airline disclosed', "” it reiterated", "”该公司在声明中披露", "」該公司在聲明中證實"],
)
def test_a_quote_pointed_back_by_any_telling(text: str) -> None:
    assert pointers._QUOTE_BY.search(_n(text))


def test_a_quote_not_told_by_the_party() -> None:
    assert not pointers._QUOTE_BY.search(_n('" the airline declined'))


@pytest.mark.parametrize(
    "text",
    ["对于市场传出新厂将延后投产，董事长证实，", "對於市場傳出新廠將延後投產，董事長宣布，"],
)
def test_a_response_frame_answered_by_any_telling(text: str) -> None:
    assert responses._ZH_FRAME.search(_n(text))


def test_a_response_frame_needs_an_answer() -> None:
    assert not responses._ZH_FRAME.search(_n("对于市场传出新厂将延后投产，股价下跌。"))


@pytest.mark.parametrize("text", ["revealed ", "revealed analysts "])
def test_a_bare_dated_telling(text: str) -> None:
    assert act_dates._TOLD_BARE.search(text)


def test_a_report_is_no_bare_telling() -> None:
    assert not act_dates._TOLD_BARE.search("reported ")


@pytest.mark.parametrize("text", ["该公司3月时曾宣布预估", "公司原披露预计"])
def test_an_estimate_recalled_after_any_telling(text: str) -> None:
    m = act_dates._ESTIMATE_TAIL.search(_n(text))
    assert m is not None and m.group("recall")


@pytest.mark.parametrize("text", ["分析师证实「", "analysts reiterated that "])
def test_an_analyst_view_by_any_telling(text: str) -> None:
    assert secondhand._QUOTED_VIEW.search(_n(text))


@pytest.mark.parametrize("text", [" disclosed", " revealed", " stated"])
def test_a_speaker_after_a_title_by_any_telling(text: str) -> None:
    assert speakers._SPEECH_AFTER.match(text)


@pytest.mark.parametrize("text", ["财务长王明证实", "財務長王明告訴"])
def test_a_chinese_officer_named_before_any_telling(text: str) -> None:
    assert speakers._NAME_ZH.search(_n(text)[3:])


def test_told_before_a_name_is_no_speaker() -> None:
    assert not speakers._SAID_BEFORE.search("the board told ")


@pytest.mark.parametrize("text", ["revealed", "confirmed", "证实", "告知", "證實"])
def test_own_dollars_read_any_telling(text: str) -> None:
    assert own_dollars._TELLS.search(_n(text))


def test_own_dollars_no_telling_in_a_novel() -> None:
    assert not own_dollars._TELLS.search(_n("小说"))
