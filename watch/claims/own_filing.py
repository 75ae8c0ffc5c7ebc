"""A company's own filing that calls it only 公司 or 本公司 in the body: "阿苏尔航空股东大会决议
公告" ... "经出席股东表决，批准公司与戈尔……进行业务合并". A resolution approves, authorises or
agrees to something of the company (批准公司与X合并, 同意公司……, 本公司与X订立……): under a
headline that is the company's own notice, minutes or resolution (and names it, no rival), 公司
there is that company. English filings say "the Company", which `story` already reads, or
"our Company" (a material event disclosure: "our Company has been awarded ..."), read here.
Under a formal headline that names the filer by its legal name (……股份有限公司关于……的公告,
"ACME BERHAD - UPDATE ON ..."), 公司 on its own and "the Company" are the filer in every
sentence, also one that names nothing else of the claim: its neighbours may.

    filing_party(rule, seg, by_sentence, layout, names, aliases)   give such sentences the
                                                                   claim's first subject group
    formal_filing(headline)                                        a filer's formal headline
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
# A filer's formal headline, which names it by its legal name before the notice's subject
# ("珠海格力电器股份有限公司关于诉讼事项进展的公告", "TENAGA NASIONAL BERHAD - UPDATE ON ...",
# "Acme Holdings Limited: announcement"): in its body 公司 on its own and "the Company" are the
# filer in every sentence, also one that names nothing else of the claim.
# ... or before its organ's or meeting's notice, the notice word ending the headline
# ("……股份有限公司董事会2026年第一次临时会议决议公告", "……有限公司第九届监事会第三次会议决议",
# "……股份有限公司2025年年度股东大会决议公告"; or its operating briefing, "……股份有限公司2026年
# 1-2月经营情况简报", ……有限公司第一季度主要经营数据公告; an English filing's "the Company" is the
# company under any headline naming it, `story`'s)
_FILER_HEAD = re.compile(
    r"(?:股份有限公司|有限公司|集团公司)(?:关于|[:：\s-]|"
    r"(?:第[一二三四五六七八九十\d]+届|\d{4}年(?:年度|第[一二三四五六七八九十\d]+次)?)?"
    r"(?:董事会|监事会|股东大会|股东会|临时股东大会)[^，。,；;]{0,24}(?:公告|决议|纪要)$|"
    r"[^，。,；;]{0,16}经营(?:情况|数据)(?:简报|快报|公告)?$)|"
    r"(?<![a-z])(?:berhad|bhd|limited|ltd|plc|inc|corporation|corp|holdings)\.?\s*(?:[:：-]|关于)"
)
# ... there, 公司 heading a clause or after a preposition (公司于……收到, 对公司的影响), not inside a
# longer name (奥克斯空调有限公司, 子公司), and "the Company"
_FILER = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[对与向由经令使给为及]))公司(?![的之]?(?:股|债))|"
    r"(?<![a-z])the company(?![a-z'])"
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
    if not ("公司" in seg.norm or "company" in seg.norm):
        return
    formal = formal_filing(seg.headline)
    if not formal and not _FILING_HEAD.search(seg.headline):
        return
    primary = next(iter(rule.subject))
    starts, hits = names
    done: set[Span] = set()
    found = [(m.start(), False) for m in _OWN.finditer(seg.norm)]
    if formal:
        found += [(m.start(), True) for m in _FILER.finditer(seg.norm)]
    for at, filer in sorted(found):
        spans, k = seg.sentences_around(at)
        if not spans or spans[k] in done:
            continue
        span = spans[k]
        done.add(span)
        if primary in by_sentence.get(span, ()):
            continue
        if not filer and not named_in(span, *aliases):
            continue
        if named_in(span, starts, hits) or rival_in_scope(spans[:k], starts, hits):
            continue
        by_sentence[span].add(primary)
        layout.setdefault(span, (spans, k))


def formal_filing(headline: str) -> bool:
    """True when the (normalised) headline is a filer's formal one, naming it by its legal name
    before the notice's subject (`_FILER_HEAD`)."""
    return _FILER_HEAD.search(headline) is not None
