"""A company's own filing that calls it only 公司 or 本公司 in the body: "阿苏尔航空股东大会决议
公告" ... "经出席股东表决，批准公司与戈尔……进行业务合并". A resolution approves, authorises or
agrees to something of the company (批准公司与X合并, 同意公司……, 本公司与X订立……): under a
headline that is the company's own notice, minutes or resolution (and names it, no rival), 公司
there is that company. English filings say "the Company", which `story` already reads, or
"our Company" (a material event disclosure: "our Company has been awarded ..."), read here.

    filing_party(rule, seg, by_sentence, layout, names, aliases)   give such sentences the
                                                                   claim's first subject group
"""

from __future__ import annotations

import re

from watch.claims.rules import ClaimRule
from watch.claims.segment import Segment
from watch.claims.signals import Hit
from watch.claims.story import named_in, rival_in_scope
from watch.claims.text import Span

# A filing's headline: a notice, minutes, a resolution, a circular (normalised: simplified).
# (a material event disclosure, KAP's or KRX's, is one: "Material Event Disclosure: ...")
_FILING_HEAD = re.compile(
    r"公告|纪要|决议|通函|通告|"
    r"(?<![a-z])(?:announcement|minutes|resolutions?|circular|disclosure)(?![a-z])"
)
# 本公司 anywhere; 公司 as what a resolution approves, authorises or agrees to (not 公司股票);
# an English filing's "our Company" (its "the Company" is `story`'s)
_OWN = re.compile(
    r"本公司|(?:批准|同意|授权|建议|责成|通过)公司(?![的之]?(?:股|债))|"
    r"(?<![a-z])our company(?![a-z])"
)


def filing_party(
    rule: ClaimRule,
    seg: Segment,
    by_sentence: dict[Span, set[str]],
    layout: dict[Span, tuple[list[Span], int]],
    names: tuple[list[int], list[Hit]],
    aliases: tuple[list[int], list[Hit]],
) -> None:
    """In a filing headline's body (`_FILING_HEAD`; the caller asks that the headline name the
    company and no rival), give each sentence holding `_OWN` that names another of the claim's
    groups and no actor the claim's first subject group, unless a rival is in scope before it.
    Updates `by_sentence` and `layout` in place."""
    if not ("公司" in seg.norm or "our company" in seg.norm) or not _FILING_HEAD.search(
        seg.headline
    ):
        return
    primary = next(iter(rule.subject))
    starts, hits = names
    done: set[Span] = set()
    for m in _OWN.finditer(seg.norm):
        spans, k = seg.sentences_around(m.start())
        if not spans or spans[k] in done:
            continue
        span = spans[k]
        done.add(span)
        if primary in by_sentence.get(span, ()) or not named_in(span, *aliases):
            continue
        if named_in(span, starts, hits) or rival_in_scope(spans[:k], starts, hits):
            continue
        by_sentence[span].add(primary)
        layout.setdefault(span, (spans, k))
