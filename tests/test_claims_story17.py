"""Claim engine (story17): evidence tied to the claim's story, each judged by a rule of the test's
own, with the near-misses that keep their reading:

- a count an incident word governs ("records of about 2.6 million customers were exposed",
  约260万名客户的资料遭泄露), in a sentence naming only the claim's party under a headline naming
  every group, sizes the story's incident wherever it is told; not a count no incident word
  governs, nor one after a rival;
- "the airline", "the carrier", "the bank", 该行, 这家航空公司 point back as "the company" does:
  after a fronted phrase, and as a quote's attribution ('"...," the airline said');
- a past month timing the incident a count sizes ("March's cyber attack", 3月的攻击事件) is no
  old news when the sentence tells it now (said on Tuesday, 周二表示) or against an earlier
  disclosure; without either, it stays background;
- a filer's notice on a case (……股份有限公司关于诉讼事项进展的公告): its ruling paragraph, naming
  only 公司, is about the parties the case section named.
"""

from __future__ import annotations

import datetime as dt

import pytest
from claimkit import judged, rule_under_test

from watch.claims.rules import ClaimRule
from watch.models import Stance

_C, _X, _M = Stance.CONFIRMS, Stance.CONTRADICTS, Stance.MENTIONS
_MAY = dt.date(2026, 5, 20)


def _breach() -> ClaimRule:
    """Skyjet's vendor breach exposed about 1.5 million customers."""
    return rule_under_test(
        id="skyjet-breach",
        statement="Skyjet said a vendor breach exposed the data of about 1.5 million customers.",
        made="2026-02-10",
        subject={
            "skyjet": ["Skyjet", "天捷航空"],
            "breach": ["breach", "incident", "security incident", "数据泄露", "泄露事件"],
        },
        window=1,
        rivals=["Blueway", "蓝途航空"],
        amount=[
            {
                "unit": "users",
                "confirms": [1400000, 1600000],
                "contradicts": [[None, 1100000], [2000000, None]],
            }
        ],
    )


_HEAD_EN = "Skyjet gives update on vendor security incident"
_HEAD_ZH = "天捷航空就供应商数据泄露事件发布最新进展"


@pytest.mark.parametrize(
    ("title", "text", "stance"),
    [
        (
            _HEAD_EN,
            "Skyjet Group plc - stock exchange statement.\n\n"
            "Skyjet today updates the market on the incident at its vendor.\n\n"
            "After a further forensic review, Skyjet has been told that records of about "
            "2.6 million customers were exposed.",
            _X,
        ),
        (
            _HEAD_EN,
            "Skyjet Group plc - stock exchange statement.\n\n"
            "Skyjet today updates the market on the incident at its vendor.\n\n"
            "After a final review, Skyjet has learned that data of about 1.5 million customers "
            "was accessed.",
            _C,
        ),
        (
            _HEAD_ZH,
            "天捷航空股份有限公司公告。\n\n天捷航空今日就供应商泄露事件作出更新。\n\n"
            "经进一步核查，天捷航空获悉约260万名客户的资料遭泄露。",
            _X,
        ),
    ],
)
def test_an_incident_count_sizes_the_story(title: str, text: str, stance: Stance) -> None:
    assert judged(_breach(), text, title, _MAY).stance is stance


@pytest.mark.parametrize(
    "text",
    [
        # no incident word governs the count: the airline's customer base
        "Skyjet Group plc - stock exchange statement.\n\n"
        "Skyjet today updates the market on the incident at its vendor.\n\n"
        "After a busy winter, Skyjet now serves about 2.6 million customers a month.",
        # a rival named since the lead: its count may be its own
        "Skyjet Group plc - stock exchange statement.\n\n"
        "Skyjet today updates the market on the incident at its vendor.\n\n"
        "Blueway said its own systems were hit too.\n\n"
        "Skyjet has been told that records of about 2.6 million customers were exposed.",
    ],
)
def test_an_incident_count_near_miss(text: str) -> None:
    assert judged(_breach(), text, _HEAD_EN, _MAY).stance is _M


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Skyjet profit rises; breach costs 9 million euros",
            "Skyjet posted a 12% rise in annual profit on Tuesday.\n\n"
            "Fuel costs were flat.\n\n"
            "In its annual report, the airline said the incident at a vendor had affected "
            "1,520,000 customers.",
        ),
        (
            "Skyjet profit rises; breach costs 9 million euros",
            "Skyjet posted a 12% rise in annual profit on Tuesday.\n\n"
            "Fuel costs were flat.\n\n"
            "In its annual report, the carrier said the incident at a vendor had affected "
            "1,520,000 customers.",
        ),
        (
            "Skyjet: forensic review settles scope of vendor breach",
            "Skyjet has begun writing to customers hit by the breach at a vendor.\n\n"
            '"The review has established that about 1.5 million customer records were '
            'accessed," the airline said in the letter.',
        ),
        (
            "天捷航空公布年度业绩 数据泄露成本900万欧元",
            "天捷航空周二公布年度利润增长12%。\n\n燃油成本持平。\n\n"
            "在年报中，该航司表示，供应商泄露事件共影响约150万名客户。",
        ),
    ],
)
def test_the_airline_points_back(title: str, text: str) -> None:
    assert judged(_breach(), text, title, _MAY).stance is _C


def test_the_airline_after_a_rival_is_not_ours() -> None:
    text = (
        "Skyjet posted a 12% rise in annual profit on Tuesday.\n\n"
        "Blueway cut its fares.\n\n"
        "In its annual report, the airline said the incident at a vendor had affected "
        "1,520,000 customers."
    )
    title = "Skyjet profit rises; breach costs 9 million euros"
    assert judged(_breach(), text, title, _MAY).stance is _M


def test_the_bank_points_back_in_chinese() -> None:
    rule = rule_under_test(
        id="hb-branches",
        subject={"hb": ["恒佰银行", "Hengbai Bank"], "branches": ["网点", "支行"]},
        window=1,
        confirms=["关闭"],
    )
    text = "恒佰银行周一发布公告。\n\n据悉，该行将在年内关闭30家网点。"
    assert judged(rule, text, "恒佰银行发布公告", _MAY).stance is _C
    # 该行业 is the industry, no bank
    text = "恒佰银行周一发布公告。\n\n据悉，该行业将在年内关闭30家网点。"
    assert judged(rule, text, "恒佰银行发布公告", _MAY).stance is _M


def _utility() -> ClaimRule:
    return rule_under_test(
        id="volta-breach",
        statement="Volta said a breach exposed about 1.2 million customer accounts.",
        made="2026-03-05",
        subject={"volta": ["Volta", "沃尔塔"], "breach": ["breach", "数据泄露", "攻击"]},
        window=1,
        amount=[
            {
                "unit": "users",
                "confirms": [1100000, 1300000],
                "contradicts": [[None, 900000], [1600000, None]],
            }
        ],
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Regulator says Volta breach far bigger",
            "Roughly 3.1 million Volta customer accounts were exposed in March's cyber attack, "
            "the regulator said on Tuesday.",
        ),
        (
            "监管机构称沃尔塔数据泄露规模更大",
            "监管机构周二表示，沃尔塔3月的攻击事件共泄露约310万个账户。",
        ),
    ],
)
def test_the_incident_month_is_no_old_news(title: str, text: str) -> None:
    assert judged(_utility(), text, title, _MAY).stance is _X


def test_the_incident_month_told_then_stays_background() -> None:
    text = "Roughly 3.1 million Volta customer accounts were exposed in March's cyber attack."
    assert judged(_utility(), text, "Volta breach recap", _MAY).stance is _M


def _case() -> ClaimRule:
    return rule_under_test(
        id="hx-case",
        subject={
            "hx": ["华星电器", "华星"],
            "other": ["远川空调", "远川"],
            "case": ["判决", "上诉", "最高人民法院"],
        },
        window=1,
        confirms=["驳回上诉", "维持原判"],
        rivals=["海澜电器"],
    )


_CASE_HEAD = "华星电器股份有限公司关于诉讼事项进展的公告"
_CASE_BODY = (
    "一、诉讼基本情况\n\n公司起诉远川空调有限公司侵害公司专利权，一审法院判令被告赔偿公司损失。"
    "被告不服，提起上诉。\n\n二、诉讼进展情况\n\n"
    "公司于近日收到最高人民法院民事判决书，判决如下：驳回上诉，维持原判。"
)


def test_a_case_notice_keeps_its_parties() -> None:
    assert judged(_case(), _CASE_BODY, _CASE_HEAD, _MAY).stance is _C


def test_a_case_notice_near_misses() -> None:
    # not a notice on a case
    head = "华星电器股份有限公司关于董事会换届的公告"
    assert judged(_case(), _CASE_BODY, head, _MAY).stance is _M
    # a rival named before: the ruling may be its case
    body = _CASE_BODY.replace("一、诉讼基本情况\n\n", "一、诉讼基本情况\n\n海澜电器亦涉诉。\n\n")
    assert judged(_case(), body, _CASE_HEAD, _MAY).stance is _M
