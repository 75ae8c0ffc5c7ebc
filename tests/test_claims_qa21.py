"""qa21: an interviewer's question labelled with the outlet's name (每经：, "FT:") under an
interview headline recalls the claim: a mention, about the headline's company, never evidence."""

from __future__ import annotations

import datetime as dt

from claimkit import judged, rule_under_test

from watch.claims.engine import Matcher
from watch.models import Document, Stance


def _appoint() -> object:
    return rule_under_test(
        subject={"company": ["Norvane", "诺凡"], "person": ["Lena Ortiz", "欧蒂兹"]},
        confirms=["appoint", "take up the post", "任命", "到任", "接任"],
        negation={"confirms": "flip"},
        window=2,
    )


def _verdict(title: str, text: str):
    return Matcher([_appoint()]).judge(Document(text, dt.date(2026, 7, 1), title=title))


ZH_TITLE = "专访诺凡总裁周航：先稳住渠道"
ZH_BODY = (
    "上任四个月，诺凡总裁周航很少露面。上周在总部，他接受了记者采访。\n\n"
    "{label}：今年2月您接任总裁，当时市场关注的是原定人选欧蒂兹没有到任。您怎么看？\n\n"
    "周航：股东做的决定，我服从安排。\n\n"
    "{label}：下半年的重点是什么？\n\n"
    "周航：渠道和价格。\n"
)
EN_TITLE = "Interview: Norvane's new chief on steadying the ship"
EN_BODY = (
    "Four months into the job, Norvane's president Zhou Hang rarely talks to the press. He spoke "
    "to us last week at headquarters.\n\n"
    "{label}: You took over in February after Lena Ortiz did not take up the post. How did that "
    "come about?\n\n"
    "Zhou: The shareholders decided, and I said yes.\n\n"
    "{label}: What comes next?\n\n"
    "Zhou: Pricing first.\n"
)


def test_outlet_labelled_question_is_a_mention_of_the_headline_company() -> None:
    for title, body, label in (
        (ZH_TITLE, ZH_BODY, "财新"),
        (ZH_TITLE, ZH_BODY, "21世纪"),
        (EN_TITLE, EN_BODY, "FT"),
        (EN_TITLE, EN_BODY, "The Economist"),
    ):
        verdicts = _verdict(title, body.format(label=label))
        assert verdicts, (label, "no claim matched")
        assert verdicts[0].stance is Stance.MENTIONS, (label, verdicts[0].reasons)
        assert any("interviewer's question" in r for r in verdicts[0].reasons)
    _interviewer_near_misses()


def _interviewer_near_misses() -> None:
    # near-miss: a label that also opens a line ending without a question mark is no interviewer
    body = "诺凡总裁周航接受了采访。\n\n周航：欧蒂兹没有到任？是的。\n\n周航：股东做的决定。\n"
    got = judged(_appoint(), body, title=ZH_TITLE)
    assert not any("interviewer's question" in r for r in got.reasons)
    # near-miss: no interview headline, an outlet-labelled question line is not lent the company
    plain = "诺凡发布公告。\n\n每经：欧蒂兹何时到任？\n\n周航：很快。\n"
    verdicts = _verdict("诺凡发布半年报", plain)
    assert not verdicts or not any("interviewer's question" in r for r in verdicts[0].reasons)
    # an answer naming the company and the news is still evidence
    fresh = ZH_BODY.format(label="每经") + "\n周航：诺凡昨天正式任命欧蒂兹为副总裁。\n"
    assert judged(_appoint(), fresh, title=ZH_TITLE).stance is Stance.CONFIRMS


def _ended() -> object:
    return rule_under_test(
        made="2026-03-20",
        subject={"company": ["Norvane", "诺凡"], "target": ["Kestrel Optics", "凯斯光电"]},
        confirms=["terminated the acquisition", "ended its bid", "终止收购"],
    )


def test_telling_dated_on_the_claims_own_day_is_retold_weeks_later() -> None:
    for text in (
        "问：这笔交易为何没谈成？\n\n答：诺凡3月20日公告终止收购凯斯光电，理由是估值分歧。\n",
        "答：诺凡于3月20日宣布终止收购凯斯光电。\n",
        "Q: Why did it fall apart?\n\nA: On March 20, Norvane announced it had terminated the "
        "acquisition of Kestrel Optics, citing valuation.\n",
        "Norvane said on March 20 that it had terminated the acquisition of Kestrel Optics.\n",
    ):
        got = judged(_ended(), text, published=dt.date(2026, 4, 6))
        assert got.stance is Stance.MENTIONS, (text, got.reasons)
    _made_day_near_misses()


def _made_day_near_misses() -> None:
    # within a week of the claim's day, the announcement is still the news
    text = "诺凡3月20日公告终止收购凯斯光电。\n"
    assert judged(_ended(), text, published=dt.date(2026, 3, 23)).stance is Stance.CONFIRMS
    # another day of the same month is not the claim's own day
    other = "诺凡3月28日公告终止收购凯斯光电。\n"
    assert judged(_ended(), other, published=dt.date(2026, 4, 6)).stance is Stance.CONFIRMS
    en = "On March 28, Norvane announced it had terminated the acquisition of Kestrel Optics.\n"
    assert judged(_ended(), en, published=dt.date(2026, 4, 6)).stance is Stance.CONFIRMS


def _tender() -> object:
    return rule_under_test(
        subject={
            "company": ["Brightway", "博威建工"],
            "project": ["Harbor Terminal", "港湾航站楼"],
        },
        confirms=["awarded", "授予", "中标"],
        contradicts=["disqualified", "取消 ... 中标", "取消 ... 资格"],
        rivals=["Castell", "卡斯特集团"],
        window=2,
    )


def test_disqualification_is_the_claims_award_goes_to_the_runner_up() -> None:
    for text in (
        "Harbor Terminal tender: Brightway was disqualified and the contract was awarded to "
        "Castell.",
        "Harbor Terminal tender: the port authority disqualified Brightway and awarded the "
        "contract to Castell.",
        "港湾航站楼招标：招标人将取消博威建工的中标资格，由排名第二的卡斯特集团递补为中标人。",
        "港湾航站楼招标：博威建工被取消中标资格，合同授予排名第二的卡斯特集团。",
    ):
        got = judged(_tender(), text)
        assert got.stance is Stance.CONTRADICTS, (text, got.reasons)
    _rival_disqualified_near_misses()


def _rival_disqualified_near_misses() -> None:
    # near-miss: the rival is the one disqualified; the award to the claim's company confirms
    for text in (
        "Harbor Terminal tender: Brightway was awarded the contract after Castell was "
        "disqualified.",
        "港湾航站楼招标：卡斯特集团被取消中标资格，合同授予博威建工。",
    ):
        got = judged(_tender(), text)
        assert got.stance is Stance.CONFIRMS, (text, got.reasons)
    # the rival named inside the cancellation: its own, not the claim's company's
    text = "港湾航站楼招标：招标人取消卡斯特集团的中标资格，博威建工递补。"
    assert judged(_tender(), text).stance is not Stance.CONTRADICTS


def _award() -> object:
    return rule_under_test(
        subject={
            "company": ["博威建工", "Brightway"],
            "project": ["港湾航站楼", "Harbor Terminal"],
        },
        confirms=["中标", "awarded"],
        amount={
            "currency": "CNY",
            "near": ["项目金额", "contract value"],
            "confirms": ["40亿", "50亿"],
        },
        window=2,
    )


_BRIEFING = (
    "证券代码：600001　　证券简称：博威建工　　公告编号：临2026-011\n\n"
    "本公司董事会及全体董事保证本公告内容不存在任何虚假记载。\n\n"
    "一、主要经营数据\n\n"
    "建筑业务新签合同额820亿元，同比增长3.2%。\n\n"
    "二、重大项目情况\n\n"
    "2026年1-3月，公司获得的重大项目如下：\n\n"
    "1. 某市会展中心施工总承包，项目金额61.2亿元；\n"
    "2. 港湾航站楼主体工程施工总承包，项目金额45.5亿元；\n"
    "3. 某高速公路改扩建工程，项目金额38.0亿元。\n"
)


def test_operating_briefing_list_item_is_the_filers_award() -> None:
    for title in (
        "博威建工股份有限公司2026年1-3月经营情况简报",
        "博威建工股份有限公司2026年第一季度主要经营数据公告",
        "博威建工股份有限公司2026年1-3月經營情況簡報",
    ):
        got = judged(_award(), _BRIEFING, title=title)
        assert got.stance is Stance.CONFIRMS, (title, got.reasons)
    # near-miss: a news headline about the company's business (no legal name) lends no 公司
    news = "博威建工经营情况向好"
    assert judged(_award(), _BRIEFING, title=news).stance is not Stance.CONFIRMS


def test_a_change_among_options_weighed_is_hedged() -> None:
    rule = rule_under_test(
        subject={"c": ["诺凡", "Norvane"], "r": ["供股", "rights issue"]},
        contradicts=["缩减规模", "scale back"],
        window=2,
    )
    for text in (
        "诺凡或考虑调整供股方案，包括改为配售或缩减规模等选项。",
        "Norvane may revisit the rights issue, with options including a placing or a scale back.",
    ):
        assert judged(rule, text).stance is Stance.MENTIONS, text
    # near-miss: a change decided, no options
    assert judged(rule, "诺凡决定缩减规模，供股改为十供一。").stance is Stance.CONTRADICTS
