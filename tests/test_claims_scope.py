"""Claim engine: whose news a sentence is, across the article, judged by rules of the test's own
in English, simplified and traditional Chinese.

- a breakdown of a deal's backers ("Initech and Hooli are putting in $30bn each") is about the
  headline's company when the paragraph just before names it too;
- a figure that a name right before it owns ("Hooli's $800bn valuation", 胡利8000亿美元的估值)
  is that name's, not the claim's subject's.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.claimkit import judged, listing_rule
from watch.claims.rules import ClaimRule
from watch.models import Stance
from watch.validate import parse


def _share_rule() -> ClaimRule:
    """Initech puts tens of billions into Acme's round."""
    data: dict[str, Any] = {
        "id": "initech-share",
        "statement": "In Acme's round Initech puts in tens of billions of dollars.",
        "made": "2026-01-01",
        "subject": {"initech": ["Initech", "英泰"], "acme": ["Acme", "艾克美"]},
        "window": 1,
        "amount": [
            {
                "near": ["put in", "invest", "出资", "投资"],
                "of": "share",
                "confirms": [["10B", "50B"]],
            }
        ],
        "rivals": ["Globex", "Hooli", "格洛贝", "胡利"],
    }
    return parse(ClaimRule, data)


_BREAKDOWN = {
    "en": (
        "Acme raises $110bn ahead of its listing",
        "Acme has launched a $110bn funding round.\n\n"
        "Globex, Initech and Hooli are backing the round, which should close before Acme's "
        "listing.\n\n"
        "Globex leads with $50bn. Initech and Hooli are putting in $30bn each.",
    ),
    "zh": (
        "艾克美完成1100亿美元融资",
        "艾克美宣布完成1100亿美元融资。\n\n"
        "格洛贝、英泰与胡利均参与本轮，交易预计在艾克美上市前完成。\n\n"
        "格洛贝领投500亿美元。英泰与胡利各出资300亿美元。",
    ),
    "zh-hant": (
        "艾克美完成1100億美元融資",
        "艾克美宣佈完成1100億美元融資。\n\n"
        "格洛貝、英泰與胡利均參與本輪，交易預計在艾克美上市前完成。\n\n"
        "格洛貝領投500億美元。英泰與胡利各出資300億美元。",
    ),
}


def _listing_rule() -> ClaimRule:
    return listing_rule(near=("IPO", "listing", "list", "上市", "挂牌"))


@pytest.mark.parametrize("lang", list(_BREAKDOWN))
def test_a_breakdown_of_backers_is_about_the_headlines_company(lang: str) -> None:
    title, text = _BREAKDOWN[lang]
    assert judged(_share_rule(), text, title).stance is Stance.CONFIRMS


@pytest.mark.parametrize(
    ("lang", "split"),
    [
        ("en", ("Initech and Hooli are putting in $30bn each.", "Initech is putting in $30bn.")),
        ("zh", ("英泰与胡利各出资300亿美元。", "英泰出资300亿美元。")),
        ("zh-hant", ("英泰與胡利各出資300億美元。", "英泰出資300億美元。")),
        (
            "en",
            (
                "Initech and Hooli are putting in $30bn each.",
                "Hooli adds $10bn. Initech, the largest backer, is putting in $30bn.",
            ),
        ),
        (
            "zh",
            ("英泰与胡利各出资300亿美元。", "胡利出资100亿美元。英泰作为最大金主出资300亿美元。"),
        ),
    ],
)
def test_a_breakdown_continues_over_sentences(lang: str, split: tuple[str, str]) -> None:
    """The rival's part in the sentence before makes the next sentence part of the same list."""
    title, text = _BREAKDOWN[lang]
    assert judged(_share_rule(), text.replace(*split), title).stance is Stance.CONFIRMS


@pytest.mark.parametrize("lang", list(_BREAKDOWN))
def test_the_headline_alone_does_not_carry_a_breakdown(lang: str) -> None:
    """Without the paragraph before naming Acme, a later list of Initech's and Hooli's sums may
    be about any deal."""
    title, text = _BREAKDOWN[lang]
    first, second, third = text.split("\n\n")
    second = second.replace("Acme's", "the").replace("艾克美", "")
    assert (
        judged(_share_rule(), "\n\n".join([first, second, third]), title).stance is Stance.MENTIONS
    )


@pytest.mark.parametrize("lang", list(_BREAKDOWN))
def test_the_paragraph_before_alone_does_not_carry_a_breakdown(lang: str) -> None:
    _, text = _BREAKDOWN[lang]
    title = "Tech investors pour money into AI" if lang == "en" else "科技投资人押注AI"
    assert judged(_share_rule(), text, title).stance is Stance.MENTIONS


@pytest.mark.parametrize(
    "sentence",
    [
        "Initech can put in $30bn from its free cash flow, an analyst said.",
        "分析师指出，英泰可从自由现金流中出资300亿美元。",
        "分析師指出，英泰可從自由現金流中出資300億美元。",
    ],
)
def test_a_sentence_about_one_party_alone_is_not_a_breakdown(sentence: str) -> None:
    """Only a list of a deal's parties (the claim's party beside a rival) is carried over."""
    lang = "en" if sentence.isascii() else ("zh" if "从" in sentence else "zh-hant")
    title, text = _BREAKDOWN[lang]
    first, second, _ = text.split("\n\n")
    assert judged(_share_rule(), "\n\n".join([first, second, sentence]), title).stance is (
        Stance.MENTIONS
    )


# The breakdown runs on in the paragraph that tells the deal, past the rule's window.
_ONE_PARAGRAPH = {
    "en": (
        "Acme closes a $110bn round",
        "Acme has closed a $110bn funding round at a $730bn valuation. Globex led it with $50bn, "
        "part of it paid in stages. Initech and Hooli put in $30bn each.",
    ),
    "zh": (
        "艾克美完成1100亿美元融资",
        "艾克美完成1100亿美元融资，估值7300亿美元。格洛贝领投500亿美元，分期到位。"
        "英泰与胡利各出资300亿美元。",
    ),
    "zh-hant": (
        "艾克美完成1100億美元融資",
        "艾克美完成1100億美元融資，估值7300億美元。格洛貝領投500億美元，分期到位。"
        "英泰與胡利各出資300億美元。",
    ),
}


@pytest.mark.parametrize("lang", list(_ONE_PARAGRAPH))
def test_a_breakdown_in_the_deals_own_paragraph_is_about_the_headlines_company(lang: str) -> None:
    title, text = _ONE_PARAGRAPH[lang]
    assert judged(_share_rule(), text, title).stance is Stance.CONFIRMS


@pytest.mark.parametrize("lang", list(_ONE_PARAGRAPH))
def test_a_breakdown_in_one_paragraph_needs_the_headline(lang: str) -> None:
    """Guard: the paragraph alone, under a headline that names no one, is not carried."""
    _, text = _ONE_PARAGRAPH[lang]
    title = "Tech investors pour money into AI" if lang == "en" else "科技投资人押注AI"
    assert judged(_share_rule(), text, title).stance is Stance.MENTIONS


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Initech can put in $30bn from its free cash flow, an analyst said."),
        ("zh", "分析师指出，英泰可从自由现金流中出资300亿美元。"),
    ],
)
def test_one_party_alone_in_the_deals_paragraph_is_not_a_breakdown(
    lang: str, sentence: str
) -> None:
    """Guard: with no rival named before it in the paragraph, a sentence about the claim's
    party alone is no list of the deal's backers."""
    title, text = _ONE_PARAGRAPH[lang]
    first = text.split(". " if lang == "en" else "。")[0]
    filler = (
        ". Chip suppliers' shares rose on the news. "
        if lang == "en"
        else "。芯片供应商股价应声上涨。"
    )
    assert judged(_share_rule(), first + filler + sentence, title).stance is Stance.MENTIONS


def _valuation_rule() -> ClaimRule:
    data: dict[str, Any] = {
        "id": "acme-valuation",
        "statement": "Acme raises a round at about a $730 billion valuation.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "round": ["round", "funding", "融资"]},
        "window": 1,
        "amount": [
            {"of": "valuation", "confirms": [["690B", "770B"]], "contradicts": [["820B", None]]}
        ],
        "rivals": ["Globex", "格洛贝"],
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    "text",
    [
        "Acme closed its funding round; the article set it against JPMorgan's $830bn market value.",
        "Acme closed its funding round as Hooli Space's roughly $830bn valuation set a record.",
        "艾克美完成融资，文章拿摩根大通8300亿美元的市值作对照。",
        "艾克美完成融资，文章以SpaceX 8300亿美元的估值作对照。",
        "艾克美完成融資，文章拿摩根大通8300億美元的市值作對照。",
    ],
)
def test_a_figure_owned_by_a_name_right_before_it_is_that_names(text: str) -> None:
    """A name that is no listed rival still owns the figure it stands right before."""
    assert judged(_valuation_rule(), text).stance is Stance.MENTIONS


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Acme closed its funding round at Acme's $830bn valuation.", "contradicts"),
        ("Acme closed its funding round at a $730bn valuation.", "confirms"),
        ("Acme closed its funding round at February's $730bn valuation.", "confirms"),
        ("艾克美完成融资，艾克美7300亿美元的估值创纪录。", "confirms"),
        ("艾克美完成融资，以8300亿美元的估值创纪录。", "contradicts"),
        ("艾克美完成融资，其8300亿美元的估值创纪录。", "contradicts"),
        ("艾克美完成融資，今年8300億美元的估值創紀錄。", "contradicts"),
    ],
)
def test_the_subjects_own_figure_stays_its_own(text: str, stance: str) -> None:
    """The claim's own name, a word that leads a figure in, a pronoun or a time before it."""
    assert judged(_valuation_rule(), text).stance is Stance(stance)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Acme has hired banks for an IPO. The AI lab aims to list in September 2026.",
            "contradicts",
        ),
        (
            "Acme has hired banks for an IPO. The chip giant aims to list in December 2026.",
            "confirms",
        ),
        ("艾克美已聘请投行筹备IPO。这家芯片巨头计划于2026年9月挂牌。", "contradicts"),
        ("艾克美已聘请投行筹备IPO。该AI公司计划于2026年9月挂牌。", "contradicts"),
        ("艾克美已聘請投行籌備IPO。這家晶片巨頭計劃於2026年9月掛牌。", "contradicts"),
        # an opening that describes no one already named stays outside the subject
        (
            "Acme has hired banks for an IPO. The AI boom lets many firms list in September 2026.",
            "mentions",
        ),
        ("艾克美已聘请投行筹备IPO。这轮行情让多家企业于2026年9月挂牌。", "mentions"),
    ],
)
def test_a_description_of_the_subject_points_back(text: str, stance: str) -> None:
    """ "The AI lab", "the chip giant", 这家芯片巨头, 该AI公司: a sentence opening with a
    description of a company is about the one the sentence before named."""
    assert judged(
        listing_rule(near=("IPO", "listing", "list", "上市", "挂牌")), text
    ).stance is Stance(stance)
