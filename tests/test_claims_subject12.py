"""Claim engine: a verdict does not depend on the order of the rules, and a company described
after a sentence naming a company the rule does not know is that one.
The rival an earlier sentence leaves in scope (`candidates.lead_rival`) is the rule's own: one
left by another rule that judged the same sentence before must not decide a later rule's
verdict. A sentence that describes a company without naming it ("The rocket company ...",
这家火箭公司) after one naming only a company the rule does not know ("SpaceX's performance",
是SpaceX上市后的表现) is about that company (`story.stranger`), whether or not another rule
happens to list it as a rival.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.claimkit import PUBLISHED, judged
from watch.claims.engine import Matcher
from watch.claims.loading import read_article
from watch.claims.rules import ClaimRule
from watch.config import load_settings
from watch.models import Document
from watch.validate import parse

ROOT = Path(__file__).resolve().parent.parent


def round_rule(rivals: tuple[str, ...] = ()) -> ClaimRule:
    """Acme raises about $60 billion: 52B-68B confirms, from 75B contradicts."""
    data: dict[str, Any] = {
        "id": "acme-round",
        "statement": "Acme raises about $60 billion.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "round": ["raising", "raised", "募资", "募資"]},
        "window": 1,
        "amount": {
            "near": ["raising", "raised", "募资", "募資"],
            "confirms": [["52B", "68B"]],
            "contradicts": [["75B", None]],
        },
    }
    if rivals:
        data["rivals"] = list(rivals)
    return parse(ClaimRule, data)


def listing_rule_with(rivals: tuple[str, ...]) -> ClaimRule:
    """Acme lists in 2027: another rule over the same company, with rivals of its own."""
    data: dict[str, Any] = {
        "id": "acme-listing",
        "statement": "Acme lists its shares in 2027.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "ipo": ["listing", "上市"]},
        "window": 1,
        "when": {"confirms": ["2027-01-01", "2027-12-31"], "near": ["listing", "上市"]},
        "rivals": list(rivals),
    }
    return parse(ClaimRule, data)


def verdicts(rules: list[ClaimRule], doc: Document) -> dict[str, tuple[str, float]]:
    return {v.claim_id: (v.stance, round(v.confidence, 3)) for v in Matcher(rules).judge(doc)}


# --- the order of the rules --------------------------------------------------------------------

ARTICLES = sorted((ROOT / "tests" / "stress").glob("*/s-en-021-*.md")) + sorted(
    (ROOT / "tests" / "corpus").glob("01*.md")
)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.name[:24]}")
def test_the_verdicts_do_not_depend_on_the_order_of_the_rules(path: Path) -> None:
    rules = list(load_settings(ROOT / "tests" / "data" / "claims.yaml").claims)
    doc = read_article(path)[0]
    assert verdicts(rules, doc) == verdicts(rules[::-1], doc)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Why Acme may wait",
            "Analysts point to Globex. That group's own listing raised more than $85 billion "
            "this month. It gave Acme's advisers a fresh example.",
        ),
        (
            "艾克美为何可能推迟上市",
            "分析师提到格洛贝。这家集团本月完成上市，募资超过850亿美元。此后其股价下滑，让艾克美"
            "的顾问们看到热情消退之快。",
        ),
    ],
)
def test_another_rules_rival_does_not_decide_a_rules_verdict(title: str, text: str) -> None:
    """The listing rule knows Globex as a rival, the round rule does not: the round rule's
    verdict is the same whichever of the two judges first, and the same as alone."""
    doc = Document(text, PUBLISHED, title=title)
    listing, own = listing_rule_with(("Globex", "格洛贝")), round_rule()
    alone = verdicts([own], doc)
    first = verdicts([listing, own], doc)
    last = verdicts([own, listing], doc)
    assert first["acme-round"] == last["acme-round"] == alone["acme-round"]


# --- a company described after one the rule does not know --------------------------------------

STRANGERS = [
    (
        "Why Acme may wait",
        "One reason for caution is Globux's performance since listing. The rocket company "
        "completed its own listing this month, raising more than $85 billion. Its slide gave "
        "Acme's advisers a fresh example.",
    ),
    (
        "Why Acme may wait",
        "Look at what happened to SkyNova.\n\nThe launch firm went public in May, raising over "
        "$90 billion, and Acme's bankers took note.",
    ),
    (
        "艾克美为何可能推迟上市",
        "保持谨慎的原因之一，是Globux上市后的表现。这家火箭公司本月完成上市，募资超过850亿美元"
        "。此后其股价下滑，让艾克美的顾问们看到热情消退之快。",
    ),
    (
        "艾克美為何可能推遲上市",
        "保持謹慎的原因之一，是Globux上市後的表現。這家火箭公司本月完成上市，募資超過850億美元"
        "。此後其股價下滑，讓艾克美的顧問們看到熱情消退之快。",
    ),
]


@pytest.mark.parametrize(("title", "text"), STRANGERS)
def test_a_company_described_after_a_stranger_is_the_strangers(title: str, text: str) -> None:
    assert judged(round_rule(), text, title=title).stance == "mentions"


@pytest.mark.parametrize(
    ("title", "text", "stance"),
    [
        # the sentence before names the claim's own company too
        (
            "Why Acme may wait",
            "Acme's advisers studied Globux's listing. The company raised more than $85 "
            "billion, Acme said.",
            "contradicts",
        ),
        # a person named in full, a month, a label, words in capitals are no company
        (
            "Acme's round",
            'In May, said Jane Roe, the IPO was "on track". The company raised about $60 '
            "billion, Acme said.",
            "confirms",
        ),
        (
            "Acme's round",
            "Q: How big is it?\nA: The company raised about $60 billion. Acme confirmed it.",
            "confirms",
        ),
        # no Latin name before a Chinese description: as before
        (
            "艾克美融资",
            "市场近来波动。该公司本月募资约600亿美元，艾克美表示。",
            "confirms",
        ),
    ],
)
def test_names_that_are_no_company_leave_the_description_alone(
    title: str, text: str, stance: str
) -> None:
    assert judged(round_rule(), text, title=title).stance == stance


# --- "the group", "the carmaker", 该集团 ----------------------------------------------------------


def jobs_rule() -> ClaimRule:
    """Acme cuts about 12,000 jobs: 10,000-14,000 confirms, from 15,000 contradicts."""
    data: dict[str, Any] = {
        "id": "acme-jobs",
        "statement": "Acme cuts about 12,000 jobs.",
        "made": "2026-01-01",
        "subject": {
            "acme": ["Acme", "艾克美"],
            "staff": ["jobs", "positions", "岗位", "崗位", "员工", "員工"],
        },
        "window": 1,
        "amount": {
            "unit": "people",
            "confirms": [10000, 14000],
            "contradicts": [[None, 9000], [15000, None]],
        },
        "rivals": ["Globex", "格洛贝"],
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("title", "text", "stance"),
    [
        (
            "Acme's reset is getting bigger",
            "Sales fell again in August.\n\nIn a memo to staff on Tuesday, the group said it "
            "would now eliminate some 18,000 positions in Europe.",
            "contradicts",
        ),
        (
            "Acme's reset",
            "Sales fell again in August. Separately, the carmaker will cut about 12,000 jobs "
            "by the end of 2027.",
            "confirms",
        ),
        (
            "Acme's reset",
            "Sales fell again. After a long review, the automaker now plans to shed 20,000 jobs.",
            "contradicts",
        ),
        (
            "艾克美重组规模扩大",
            "八月销量再度下滑。\n\n在周二发给员工的备忘录中，该集团表示将在欧洲裁减约1.8万个岗位。",
            "contradicts",
        ),
        (
            "艾克美重組規模擴大",
            "八月銷量再度下滑。\n\n在週二發給員工的備忘錄中，該集團表示將在歐洲裁減約1.8萬個崗位。",
            "contradicts",
        ),
        ("艾克美重组", "销量再度下滑。经过长时间评估，这家车企计划裁减约1.2万个岗位。", "confirms"),
    ],
)
def test_the_group_and_the_carmaker_are_the_headlines_company(
    title: str, text: str, stance: str
) -> None:
    assert judged(jobs_rule(), text, title=title).stance == stance


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a rival named last before it
        (
            "Acme's reset",
            "Globex unveiled a plan of its own. In a memo to staff, the group said it would "
            "eliminate some 18,000 positions.",
        ),
        ("艾克美重组", "格洛贝也公布了计划。在发给员工的备忘录中，该集团表示将裁减约1.8万个岗位。"),
        # a headline that names a rival too
        (
            "Acme and Globex reset",
            "In a memo to staff, the group said it would eliminate some 18,000 positions.",
        ),
    ],
)
def test_the_group_after_a_rival_stays_out(title: str, text: str) -> None:
    assert judged(jobs_rule(), text, title=title).stance == "mentions"


# --- "we" in a company's own post -------------------------------------------------------------


def pledge_rule() -> ClaimRule:
    """Acme invests $30 billion in the UK: on track confirms, 28B-32B confirms, to 25B
    contradicts."""
    data: dict[str, Any] = {
        "id": "acme-uk",
        "statement": "Acme invests $30 billion in the UK over 2025-2028.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "country": ["UK", "英国", "英國"]},
        "window": 1,
        "confirms": ["on track", "如期"],
        "amount": {
            "near": ["invest", "investment", "投资", "投資"],
            "confirms": [["28B", "32B"]],
            "contradicts": [[None, "25B"]],
        },
        "rivals": ["Globex", "格洛贝"],
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Acme: progress on our UK investment",
            "A year after we announced the largest investment in our history in the UK, we want "
            "to share progress.\n\nWe remain on track to deliver the full $30 billion by 2028.",
        ),
        (
            "Acme's UK update",
            "Our teams in the UK have been busy this year.\n\nWe are on track with the $30 "
            "billion programme.",
        ),
        (
            "艾克美：在英国投资的最新进展",
            "一年前，我们宣布了在英国的最大一笔投资，现在向大家汇报进展。\n\n我们将如期完成300亿"
            "美元的投资计划。",
        ),
        (
            "艾克美：在英國投資的最新進展",
            "一年前，我們宣布了在英國的最大一筆投資，現在向大家匯報進展。\n\n我們將如期完成300億"
            "美元的投資計劃。",
        ),
        (
            "艾克美公告",
            "本公司于去年宣布在英国的投资计划。\n\n本公司将如期完成300亿美元的投资。",
        ),
    ],
)
def test_we_in_a_companys_own_post_is_the_company(title: str, text: str) -> None:
    assert judged(pledge_rule(), text, title=title).stance == "confirms"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a news story: its narrator does not say "we"; a quoted "we" is the speaker's
        (
            "Acme's UK plan",
            "Analysts doubt the UK programme.\n\nWe remain on track to deliver the full $30 "
            "billion by 2028, a spokesman said.",
        ),
        (
            "Acme's UK plan",
            '"We have been busy," a spokesman said.\n\nWe remain on track to deliver the full '
            "$30 billion.",
        ),
        # the headline names a rival too
        (
            "Acme and Globex: progress on our UK investment",
            "A year after we announced our investment in the UK, we want to share progress.\n\n"
            "We remain on track to deliver the full $30 billion.",
        ),
        # "US" is the country
        (
            "Acme's UK update",
            "US$30 billion was pledged to the UK last year.\n\nWork remains on track.",
        ),
        ("艾克美英国计划", "分析师质疑英国计划。\n\n我们将如期完成300亿美元的投资，发言人说。"),
    ],
)
def test_we_outside_a_companys_own_post_is_no_one(title: str, text: str) -> None:
    assert judged(pledge_rule(), text, title=title).stance == "mentions"
