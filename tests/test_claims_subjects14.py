"""Claim engine: whose news a sentence is, when it does not name the claim's company.

- a filing's numbered record ("1. Offer price: USD9.20 per share.", 一、要约价格：……) under a
  headline naming the filer is the filer's statement, not its own figure merely restated;
- an interview's answer labelled with the speaker's name (张三：……, "Roe: ...") under a headline
  naming the company and that person is the company's, with no "we" or "I" in it;
- a figure in the paragraph right after a lead that names the claim's parties, in a story
  about them, is the story's, as a cue there would be;
- "the project" / "the scheme" / 该项目 / 这个项目, opening a sentence or its last clause, is the
  project the sentence before named.
Each judged by a rule of the test's own, with the near-misses that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.claimkit import judged
from watch.claims.rules import ClaimRule
from watch.models import Stance
from watch.validate import parse


def _offer() -> ClaimRule:
    """Acme's tender offer for Globex is priced at US$9.20 a share (the price decides)."""
    data: dict[str, Any] = {
        "id": "acme-offer",
        "statement": "Acme's tender offer for Globex is priced at US$9.20 per share.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "offer": ["offer", "要约"]},
        "window": 1,
        "confirms": [],
        "amount": {
            "currency": "USD",
            "near": ["offer", "per share", "a share", "price", "每股", "要约价", "作价"],
            "slack": 0,
            "confirms": [9.15, 9.25],
            "contradicts": [[None, 9.1], [9.3, None]],
        },
        "rivals": ["Initech", "英泰"],
    }
    return parse(ClaimRule, data)


def _overseas() -> ClaimRule:
    """Acme's overseas revenue passes half of its total this year (a percentage decides)."""
    data: dict[str, Any] = {
        "id": "acme-overseas",
        "statement": "Acme says overseas revenue will pass 50% of its total this year.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "overseas": ["overseas", "海外"]},
        "window": 1,
        "confirms": [],
        "amount": {
            "unit": "percent",
            "near": ["overseas", "share", "海外", "占比"],
            "confirms": [50, None],
            "contradicts": [[None, 49]],
        },
    }
    return parse(ClaimRule, data)


# --- a filing's numbered record ----------------------------------------------------------

_RECORD_EN = (
    "ACME HOLDINGS BERHAD\nGENERAL ANNOUNCEMENT\n\n"
    "The Board wishes to announce that the Company has today submitted the tender offer "
    "document to the regulator.\n\nThe salient terms are as follows:\n"
    "1. Offer price: USD{price} per ordinary share, payable in cash.\n"
    "2. Offer period: 23 March 2026 to 30 April 2026, subject to extension.\n"
)
_RECORD_ZH = (
    "董事会宣布，公司已于今日向监管机构提交要约收购报告书。\n\n主要条款如下：\n"
    "一、要约价格：每股{price}美元，以现金支付。\n"
    "二、要约期限：2026年3月23日至2026年4月30日。\n"
)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (_RECORD_EN, "Acme Holdings: Submission of Tender Offer Document for Globex"),
        (_RECORD_ZH, "艾克美集团：关于提交要约收购报告书的公告"),
    ],
)
def test_a_numbered_record_under_the_filers_headline_is_its_statement(
    text: str, title: str
) -> None:
    assert judged(_offer(), text.format(price="9.20"), title).stance is Stance.CONFIRMS
    assert judged(_offer(), text.format(price="9.80"), title).stance is Stance.CONTRADICTS


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (_RECORD_EN, "Tender offer document for Globex submitted"),
        (_RECORD_ZH, "要约收购报告书已提交"),
    ],
)
def test_a_record_under_a_headline_naming_no_filer_stays_nobodys(text: str, title: str) -> None:
    assert judged(_offer(), text.format(price="9.80"), title).stance is Stance.MENTIONS


# --- an interview answer labelled with the speaker's name --------------------------------

_QA_ZH = "记者：今年海外收入占比能过半吗？\n\n{who}：照目前看，全年海外占比约为47%。\n"
_QA_EN = (
    "Q: You said overseas revenue would pass half this year. Does that still stand?\n\n"
    "{who}: On current trends, the overseas share will land at about 47% for the year.\n"
)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (_QA_ZH.format(who="张三"), "对话艾克美张三：国内回暖了，出海节奏不变"),
        (_QA_EN.format(who="Roe"), "Q&A with Acme's Jane Roe: the home market is back"),
    ],
)
def test_an_answer_labelled_with_the_interviewee_is_the_companys(text: str, title: str) -> None:
    assert judged(_overseas(), text, title).stance is Stance.CONTRADICTS


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # another guest the headline does not name
        (_QA_ZH.format(who="李四"), "对话艾克美张三：国内回暖了，出海节奏不变"),
        (_QA_EN.format(who="Smith"), "Q&A with Acme's Jane Roe: the home market is back"),
        # no interview headline: a name and a colon prove nothing
        (_QA_ZH.format(who="张三"), "艾克美张三：国内回暖了"),
    ],
)
def test_an_answer_labelled_with_someone_else_stays_a_mention(text: str, title: str) -> None:
    assert judged(_overseas(), text, title).stance is Stance.MENTIONS


# --- a figure in the paragraph after the lead ---------------------------------------------

_STORY_EN = (
    "Acme said on Tuesday that its tender offer for Globex closed today, lifting its stake "
    "to 98%.\n\n{middle}Minority holders accepted the offer at US${price} a share, the "
    "statement said.\n"
)
_STORY_ZH = (
    "艾克美今日宣布，对环球公司的要约已于今天截止，持股增至98%。\n\n{middle}"
    "小股东在要约期内共接纳约3.9%股权，每股作价{price}美元。\n"
)


@pytest.mark.parametrize(
    ("text", "title"),
    [(_STORY_EN, "Acme's offer for Globex closes"), (_STORY_ZH, "艾克美对环球的要约截止")],
)
def test_a_figure_right_after_the_lead_is_the_storys(text: str, title: str) -> None:
    story = text.format(middle="", price="9.80")
    assert judged(_offer(), story, title).stance is Stance.CONTRADICTS
    story = text.format(middle="", price="9.20")
    assert judged(_offer(), story, title).stance is Stance.CONFIRMS


@pytest.mark.parametrize(
    ("text", "title", "middle"),
    [
        # further down, after an aside: the figure may be someone's own
        (_STORY_EN, "Acme's offer for Globex closes", "Shares were flat in early trade.\n\n"),
        (_STORY_ZH, "艾克美对环球的要约截止", "股价今日收平。\n\n"),
        # a rival named before the figure
        (_STORY_EN, "Acme's offer for Globex closes", "Initech is weighing a bid too. "),
        (_STORY_ZH, "艾克美对环球的要约截止", "英泰亦考虑出价。"),
    ],
)
def test_a_figure_further_down_or_after_a_rival_stays_unread(
    text: str, title: str, middle: str
) -> None:
    story = text.format(middle=middle, price="9.80")
    assert judged(_offer(), story, title).stance is Stance.MENTIONS


# --- "the project" pointing back to the project named before --------------------------------


def _project() -> ClaimRule:
    """A final investment decision on Northwind Bank this year (a schedule word confirms)."""
    data: dict[str, Any] = {
        "id": "northwind-fid",
        "statement": "A final investment decision on Northwind Bank is taken this year.",
        "made": "2026-01-01",
        "subject": {"northwind": ["Northwind Bank", "北风海上风电"]},
        "window": 0,
        "confirms": ["on course", "按计划推进"],
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    "text",
    [
        "Work on the first phase of Northwind Bank is progressing well. Supplier contracts are "
        "in place, and the project remains on course for a final decision this year.",
        "Northwind Bank has secured its subsidy. The scheme remains on course for a decision.",
        "北风海上风电一期前期工作进展顺利。该项目按计划推进，预计年内作出最终投资决定。",
        "北风海上风电一期前期工作进展顺利。这个项目按计划推进。",
    ],
)
def test_the_project_points_back_to_the_one_named(text: str) -> None:
    assert judged(_project(), text).stance is Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before names no project
        "Wind speeds were low in February. Supplier contracts are in place, and the project "
        "remains on course for a final decision this year.",
        # another project, not "the" one told before
        "Work on Northwind Bank is progressing well. Supplier contracts are in place, and a "
        "project nearby remains on course.",
        "风速偏低。该项目按计划推进。",
    ],
)
def test_a_project_not_told_before_points_nowhere(text: str) -> None:
    assert judged(_project(), text).stance is Stance.MENTIONS
