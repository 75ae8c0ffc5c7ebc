"""Claim engine: news recalled or reported second-hand, read as fresh.

- a response frame with no closing noun (对于日前市场传出……恐将延后量产，董事长表示……; "Asked
  about reports that ..., the CEO said"): the rumour is what the company answers, the answer is
  the news;
- an outlet's report dated before now (本月初外电报导, 上週有媒體報導, "last week, Reuters
  reported"): recalled, a mention; an undated report stays an attributed report;
- an analyst's view (a debate's sides, 看多的一方認為, "bulls argue"; a belief that looks ahead,
  法人认为……将, "analysts think ... will"): its cue is no event the company told; a belief about
  what a done event means keeps it;
- a leader's move, marked as done, in a story about a rival following it (龙头……已调涨……，
  格罗贝跟进; "has already raised prices, and Globex is following suit"): the yardstick;
- a sentence closed by a recall ("..., as announced with the results in August", 一如公司8月
  所宣布): a recap, unless the recall is the replaced plan's ("rather than Q3 as previously
  disclosed");
- a verb cue's -s form that is another noun's plural ("power shelves and battery units") is the
  noun; "unlikely to close in the third quarter" negates the verb and its date.
Each judged by a rule of the test's own, in both languages, with the fences that keep their
reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.rules import ClaimRule
from watch.models import Stance

C, X, M = Stance.CONFIRMS, Stance.CONTRADICTS, Stance.MENTIONS
PUBLISHED = dt.date(2026, 7, 26)


def _plant() -> ClaimRule:
    """Acme's Ohio plant starts mass production in the third quarter of 2026."""
    return rule_under_test(
        id="acme-ohio-q3",
        subject={"acme": ["Acme", "艾克美"], "plant": ["Ohio", "俄亥俄"]},
        window=1,
        confirms=["<on-track>", "<started>"],
        contradicts=["<delay>", "<cancellation>", "<stalled>"],
        negation={"confirms": "flip"},
        when={
            "confirms": ["2026-07-01", "2026-09-30"],
            "near": ["量产", "mass production", "production"],
        },
    )


def _hike() -> ClaimRule:
    """Acme raises its list prices (Globex is a rival)."""
    return rule_under_test(
        id="acme-hike",
        subject={"acme": ["Acme", "艾克美"], "price": ["price", "prices", "价格", "涨价", "调涨"]},
        window=1,
        confirms=["raise ... prices", "price increase", "涨价", "调涨", "上调"],
        contradicts=["<denial>", "<delay>", "<cancellation>"],
        negation={"confirms": "flip"},
        rivals=["Globex", "格罗贝"],
    )


def _deal() -> ClaimRule:
    """Acme closes its purchase of Bolt by 30 September 2026."""
    return rule_under_test(
        id="acme-bolt",
        subject={"acme": ["Acme", "艾克美"], "deal": ["Bolt"]},
        window=1,
        confirms=["<on-track>", "completed the acquisition", "完成交割"],
        contradicts=["<delay>", "<cancellation>", "<stalled>", "refile", "重新申报"],
        negation={"confirms": "flip"},
        when={"confirms": ["2026-01-20", "2026-09-30"], "near": ["close", "closing", "交割"]},
    )


RULES = {"plant": _plant, "hike": _hike, "deal": _deal}

CASES = [
    # --- a response frame with no closing noun: the answer is the news
    (
        "plant",
        "对于日前市场传出俄亥俄厂因设备延误恐将延后量产，艾克美董事长受访时表示，俄亥俄厂第三季如期量产。",
        C,
    ),
    (
        "plant",
        "對於日前市場傳出俄亥俄廠恐將延後量產，艾克美董事長會後表示，俄亥俄廠進度順利，第三季如期量產。",
        C,
    ),
    (
        "plant",
        "Asked about reports that the Ohio plant would be delayed, Acme's chief executive said "
        "it remained on track for mass production in the third quarter.",
        C,
    ),
    # fence: no rumour word before the comma, the delay is the company's own account
    ("plant", "对于俄亥俄厂延后量产，艾克美董事长表示，主要是设备交期延误。", X),
    # fence: a report with no answer after it is still a report
    (
        "plant",
        "Reports that the Ohio plant would be delayed were confirmed on Monday, when Acme said "
        "it had pushed back the start to 2027.",
        X,
    ),
    # --- an outlet's report dated before now: recalled
    ("deal", "艾克美收购Bolt一案仍待审查，本月初外电报导艾克美已撤回重新申报。", M),
    ("deal", "艾克美收購Bolt一案仍待審查，上週有媒體報導艾克美已撤回重新申報。", M),
    (
        "deal",
        "Last week, Reuters reported that Acme had withdrawn and refiled its Bolt notification.",
        M,
    ),
    ("deal", "Bloomberg reported last week that Acme had refiled its Bolt notification.", M),
    # fences: an undated report, a company's own telling, an English report dated today
    ("deal", "艾克美收购Bolt一案仍待审查，外电报导艾克美已撤回重新申报。", X),
    ("deal", "艾克美日前表示，Bolt收购案已撤回重新申报。", X),
    ("deal", "艾克美日前披露，Bolt收购案已撤回重新申报。", X),
    # (published on a Sunday: "on Sunday" is today; "on Tuesday" that week is a recap, leftc22)
    ("deal", "Bloomberg reported on Sunday that Acme had refiled its Bolt notification.", X),
    ("deal", "Bloomberg reported on Tuesday that Acme had refiled its Bolt notification.", M),
    # --- an analyst's view: no event the company told
    ("hike", "法人认为，艾克美下半年将调涨价格。", M),
    ("hike", "分析師認為，成本壓力下艾克美勢必漲價。", M),
    ("hike", "看多的一方認為，原料成本居高不下，艾克美「漲價只是時間問題」。", M),
    ("hike", "看空的一方则指出，终端需求疲弱，艾克美现在涨价，客户不一定买单。", M),
    ("hike", "Analysts think Acme will raise prices again later this year.", M),
    ("hike", "Bulls argue a price increase at Acme is only a matter of time.", M),
    # fences: the company's own move before the view, a belief about a done move, a contrast
    ("hike", "艾克美昨日宣布调涨价格15%，法人预估毛利率将提升。", C),
    ("hike", "法人认为，艾克美调涨价格对毛利率的贡献有限。", C),
    ("hike", "法人认为供需吃紧，但艾克美昨日宣布调涨价格。", C),
    ("hike", "Acme raised prices on Monday, and analysts expect margins to widen.", C),
    # --- a leader's move recalled in a follower's story
    ("hike", "业界指出，龙头艾克美4月起已调涨价格，格罗贝此时跟进，幅度较小。", M),
    ("hike", "業界指出，龍頭艾克美早已調漲價格，格羅貝此時跟進。", M),
    (
        "hike",
        "Market leader Acme has already raised prices, and Globex is now following suit with "
        "a smaller increase.",
        M,
    ),
    # fences: the leader's move told as today's news; the claim's own company following
    ("hike", "艾克美今日宣布调涨价格，格罗贝随即跟进。", C),
    ("hike", "Acme raised prices today, and Globex followed suit within hours.", C),
    ("hike", "格罗贝上月调涨价格后，艾克美今日跟进调涨。", C),
]


@pytest.mark.parametrize(("rule", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_second_hand(rule: str, text: str, expected: Stance) -> None:
    got = judged(RULES[rule](), text, published=PUBLISHED)
    assert got.stance == expected, got.reasons


NOUNS = [
    # a verb cue's -s form that is another noun's plural, with no object: the noun
    ("Bolt makes power shelves and battery units used in server racks for Acme.", M),
    ("Regulators asked Acme about Bolt's sales of power shelves to server makers.", M),
    ("Bolt sells motion axes, which Acme's buyers use.", M),
    # fences: the verb, with its object
    ("Acme shelves its Bolt acquisition.", X),
    ("Acme axes the Bolt deal.", X),
    # "unlikely to" negates the verb and its date
    ("The refiling means Acme's Bolt deal is unlikely to close in the third quarter.", X),
    ("Acme's Bolt deal is likely to close in the third quarter.", C),
]


def _ceo() -> ClaimRule:
    """Acme's chief executive steps down."""
    return rule_under_test(
        id="acme-ceo",
        subject={"acme": ["Acme", "艾克美"], "ceo": ["chief executive", "CEO", "总裁"]},
        window=1,
        confirms=["step down", "retire", "replaced", "卸任", "退休", "接任"],
        contradicts=["<denial>"],
        negation={"confirms": "flip"},
    )


RECAPS = [
    # a sentence closed by a recall: a recap of what was told then
    (
        "Jane Roe replaced Acme chief executive John Doe, who retired at the end of October, "
        "as announced with the half-year results in August.",
        M,
    ),
    ("Jane Roe replaced Acme chief executive John Doe, as previously reported.", M),
    ("艾克美总裁王明10月底退休，由李华接任，一如公司8月所宣布。", M),
    ("艾克美總裁王明10月底退休，由李華接任，一如公司先前所宣布。", M),
    # fences: "as announced" with no past date, no recall at all
    ("Jane Roe replaced Acme chief executive John Doe on Monday, as announced.", C),
    ("艾克美总裁王明10月底退休，由李华接任。", C),
]


@pytest.mark.parametrize(("text", "expected"), RECAPS, ids=[c[0][:40] for c in RECAPS])
def test_trailing_recall(text: str, expected: Stance) -> None:
    got = judged(_ceo(), text, published=dt.date(2026, 11, 3))
    assert got.stance == expected, got.reasons


def test_a_recall_of_the_plan_replaced_leaves_the_new_date() -> None:
    # "rather than Q3 as previously disclosed": the recall is the old plan's, the new date news
    text = (
        "Acme now expects the Ohio plant to start mass production in the fourth quarter of 2026, "
        "rather than in the third quarter of 2026 as previously disclosed."
    )
    got = judged(_plant(), text, published=PUBLISHED)
    assert not any("as previously disclosed" in r for r in got.reasons), got.reasons
    assert got.stance == X, got.reasons


@pytest.mark.parametrize(("text", "expected"), NOUNS, ids=[c[0][:40] for c in NOUNS])
def test_noun_plurals_and_unlikely(text: str, expected: Stance) -> None:
    got = judged(_deal(), text, published=PUBLISHED)
    assert got.stance == expected, got.reasons
