"""The patterns rewritten for speed (perf21) find what their plain form finds.

A look-behind that opens a pattern ("(?<![a-z])this ...") is tried by `re` at every character;
written after the word instead ("this(?<![a-z]this) ..."), the word's first character opens the
pattern and `re` scans for it. The two forms say the same thing; these tests hold each rewritten
pattern against its plain form, written here, on sentences of both languages, with the near
misses (a word inside a longer one) that the look-behind must still turn away. And an article
naming no claim's subject gets no verdict (the subject pass's early exit).
"""

from __future__ import annotations

import re

import pytest

from tests.claimkit import rule_under_test
from watch.claims import owners, pointers, rumours
from watch.claims.engine import Matcher
from watch.models import Document

_KINDS = r"company|firm|group|startup|start-up|chipmaker|chip maker|lab|giant|maker|developer"
PLAIN = {
    "described": (
        pointers._DESCRIBED,
        re.compile(pointers._DESCRIBED.pattern.replace("this(?<![a-z]this) ", "(?<![a-z])this ")),
    ),
    "described_owner": (
        pointers._DESCRIBED_OWNER,
        re.compile(
            rf"(?<![a-z])the (?:[a-z0-9-]+ ){{0,2}}?(?:{_KINDS})'s(?![a-z])|"
            r"(?:该|这家)[^\s，。！？、,.]{0,8}?(?:公司|集团|巨头|企业|厂商|实验室|初创|开发商)的"
        ),
    ),
    "pointer": (
        owners._POINTER,
        re.compile(
            rf"(?<![a-z])(?:the|this) (?:[a-z0-9-]+ ){{0,2}}?(?:{_KINDS})(?![a-z])|"
            r"(?:该|这家|此)[^\s，。！？、,.：:]{0,8}?(?:公司|集团|巨头|企业|厂商|实验室|初创|开发商|"
            r"芯片商|晶片商)"
        ),
    ),
    "any_false": (
        rumours._ANY_FALSE,
        re.compile(
            r"不实|不属实|失实|谣言|捏造|杜撰|事实不符|事实..?不符|不准确|没有根据|毫无根据|子虚乌有|"
            r"无稽之谈|假消息|(?:并无|缺乏|无)(?:事实)?根据|虚假|(?<![a-z])(?:untrue|false|"
            r"inaccurate|not true|wrong|baseless|unfounded|incorrect|fabricated)(?![a-z])"
        ),
    ),
}

SENTENCES = [
    # English: each word at a sentence's start, after a space, after punctuation
    "this chip maker said the report was false, and this deal is not true.",
    "the robotics startup's plan: the company's shares rose; the giant's lab grew.",
    "acme called it baseless. unfounded, incorrect and fabricated, said the firm.",
    "the chip maker's new lab said claims it would quit were untrue or wrong.",
    # near misses: the word inside a longer one, which the look-behind turns away
    "within this week, smalltalk: inaccurately, wrongly, misthis, bathe company.",
    "unfalse notwrong bathe startup's soothe developer, scathe lab, prothis firm",
    # Chinese, simplified and traditional (as normalised text holds it: simplified)
    "这家芯片公司否认报道，称相关说法不实、毫无根据，并无事实根据。",
    "该集团的新实验室表示，此事与事实严重不符，纯属捏造和虚假消息。",
    "该开发商称此前的传闻子虚乌有，这家初创的融资并无根据。",
]


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_rewritten_pattern_finds_what_its_plain_form_finds(name: str) -> None:
    fast, plain = PLAIN[name]
    assert fast.pattern != plain.pattern
    found_any = False
    for text in SENTENCES:
        for pos in range(len(text)):  # search from every start, as the engine's callers do
            a, b = fast.search(text, pos), plain.search(text, pos)
            assert (a and (a.span(), a.group())) == (b and (b.span(), b.group())), (text, pos)
            found_any = found_any or a is not None
    assert found_any


@pytest.mark.parametrize(
    ("name", "miss", "hit"),
    [
        ("pointer", "misthis company", "this company"),
        ("pointer", "bathe company", "the company"),
        ("described", "misthis company", "this company"),
        ("described_owner", "bathe company's", "the company's"),
        ("any_false", "unfalse", "so false"),
        ("any_false", "wrongly", "wrong."),
    ],
)
def test_word_inside_another_is_no_match(name: str, miss: str, hit: str) -> None:
    fast, _ = PLAIN[name]
    assert fast.search(miss) is None
    assert fast.search(hit) is not None


def test_article_naming_no_subject_gets_no_verdict() -> None:
    rule = rule_under_test(
        id="acme-ipo",
        subject={"company": ["Acme", "艾克米"], "topic": ["listing", "上市"]},
        confirms=["files for listing", "递交上市申请"],
    )
    matcher = Matcher([rule])
    day = Document("Globex files for listing in Q4.", rule.made, "Globex news")
    assert matcher.judge(day) == []
    named = Document("Acme files for listing in Q4.", rule.made, "Acme news")
    assert [v.claim_id for v in matcher.judge(named)] == ["acme-ipo"]
