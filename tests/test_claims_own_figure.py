"""A body sentence that states the claim's own figure (the one its statement names) under a
headline naming the party the sentence leaves out is about the claim: a mention, its cues not
weighed. Another figure, or a rival in reach, ties nothing. Judged by rules of the test's own,
in English and Chinese (traditional where the script differs)."""

from __future__ import annotations

import datetime as dt

import pytest

from watch.claims.engine import Matcher
from watch.claims.rules import ClaimRule
from watch.models import Document, Stance, Verdict
from watch.validate import parse

JUNE = dt.date(2026, 6, 10)
CUTS = parse(
    ClaimRule,
    {
        "id": "acme-cuts-4000",
        "statement": "Acme will cut about 4,000 jobs by the end of 2026.",
        "made": "2026-01-15",
        "subject": {
            "acme": ["Acme", "艾克美"],
            "staff": ["jobs", "roles", "restructuring", "裁员", "岗位", "裁員", "崗位"],
        },
        "window": 1,
        "confirms": ["<layoffs>", "<on-track>"],
        "contradicts": ["<delay>", "<cancellation>"],
        "negation": {"confirms": "flip"},
        "amount": {"unit": "people", "confirms": [3600, 4400], "contradicts": [[None, 2500]]},
        "rivals": ["Globex", "格洛贝"],
    },
)
PLEDGE = parse(
    ClaimRule,
    {
        "id": "acme-eu-20bn",
        "statement": "Acme has committed US$20 billion to investment in the EU by 2030.",
        "made": "2026-01-15",
        "subject": {"acme": ["Acme", "艾克美"], "eu": ["EU", "Europe", "欧盟", "歐盟"]},
        "window": 1,
        "confirms": ["<binding>"],
        "contradicts": ["<no-commitment>", "<cancellation>"],
        "amount": {"near": ["invest", "投资"], "confirms": ["19B", "21B"]},
        "rivals": ["Globex", "格洛贝"],
    },
)


def _verdict(rule: ClaimRule, title: str, text: str) -> Verdict | None:
    verdicts = Matcher([rule]).judge(Document(text, JUNE, title=title))
    return verdicts[0] if verdicts else None


@pytest.mark.parametrize(
    ("rule", "title", "text"),
    [
        # the headline names the company; the body, the claim's own head count
        (
            CUTS,
            "Acme investor day: what the analysts asked",
            "Will the restructuring set out in January, some 4,000 roles, run into next year?\n\n"
            "The chief executive did not answer directly.",
        ),
        (
            CUTS,
            "艾克美投资者日：分析师问了什么",
            "分析师追问：1月公布、涉及约4000个岗位的计划目前进展如何？\n\n首席执行官没有正面回答。",
        ),
        (
            CUTS,
            "艾克美投資者日：分析師問了甚麼",
            "分析師追問：1月公布、涉及約4000個崗位的計劃目前進展如何？\n\n行政總裁沒有正面回答。",
        ),
        # the headline names the place; the body, the company and the pledge's own sum
        (
            PLEDGE,
            "Europe's big pledges, a year on",
            "Acme's case is the clearest. Filings show much of its $20 billion was already "
            "budgeted.",
        ),
        (
            PLEDGE,
            "欧盟大额承诺一年后",
            "艾克美的情况最清楚。文件显示，其200亿美元中大部分早已列入预算。",
        ),
    ],
)
def test_the_claims_own_figure_under_the_headlines_party_is_a_mention(
    rule: ClaimRule, title: str, text: str
) -> None:
    verdict = _verdict(rule, title, text)
    assert verdict is not None
    assert verdict.stance is Stance.MENTIONS
    assert any("own figure" in r for r in verdict.reasons)


@pytest.mark.parametrize(
    ("rule", "title", "text"),
    [
        # a figure other than the claim's own: no tie to the headline's party
        (
            CUTS,
            "Acme investor day: what the analysts asked",
            "Will the restructuring set out in January, some 900 roles, run into next year?",
        ),
        (
            CUTS,
            "艾克美投资者日：分析师问了什么",
            "分析师追问：1月公布、涉及约900个岗位的计划目前进展如何？",
        ),
        # a rival in reach: the same figure is the rival's
        (
            CUTS,
            "Acme investor day: what the analysts asked",
            "Globex set out a restructuring of some 4,000 roles in January.",
        ),
        (
            CUTS,
            "艾克美投资者日：分析师问了什么",
            "分析师追问：格洛贝1月公布、涉及约4000个岗位的计划目前进展如何？",
        ),
        # the headline does not name the missing party
        (
            PLEDGE,
            "Big pledges, a year on",
            "Acme's case is the clearest. Filings show much of its $20 billion was already "
            "budgeted.",
        ),
    ],
)
def test_no_tie_without_the_claims_own_figure_and_headline(
    rule: ClaimRule, title: str, text: str
) -> None:
    assert _verdict(rule, title, text) is None


def test_a_cue_beside_the_figure_is_not_weighed() -> None:
    # the verdict words of a sentence tied only by its figure are not the headline party's
    verdict = _verdict(
        CUTS,
        "Acme investor day",
        "The restructuring of about 4,000 roles has been cancelled, a union said.",
    )
    assert verdict is not None
    assert verdict.stance is Stance.MENTIONS
