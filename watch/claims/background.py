"""Background: which words set an item in the past (`current`, `setting`), and when one dates
something other than the item beside it: the baseline of a change ("fell to 64% from 87% a year
ago", 较此前……大幅缩水), a noun it modifies ("the earlier agreement was non-binding", 双方此前
达成的协议并无约束力); and the reverse, a time-ago adverbial fronted before its comma that does
date the clause after it (就在几个月前，奥特曼还说……, "only a few months ago, Altman was talking
about ..."). Pure helpers for `context`, over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.markers import Marker, scoped, sentence_opening
from watch.claims.signals import EvidenceKind, Item
from watch.claims.text import Span

BACKGROUND_REACH = 30

# A change told from a baseline: "fell to 64% from 87% a year ago", 较一年前的87.2%下降至64%,
# "has since fallen to 64%". The time word dates the baseline; the new figure is news.
_CHANGE_TO = re.compile(
    r"(?<![a-z])(?:fell|fallen|falls|rose|risen|rises|dropped|drops|climbed|grew|grown|jumped|"
    r"surged|slipped|declined|increased|decreased|shrank|shrunk|swelled|lifted|boosted|soared|"
    r"plunged|sank|sunk|cut|raised|slashed)\s+(?:[a-z]+\s+)?to(?![a-z])|"
    r"(?:下降|上升|增长|增加|减少|提升|提高|跃升|飙升|攀升|下滑|缩减|缩水|回落|降|升|增|跌|涨)(?:至|到)"
)
_FROM = re.compile(r"(?<![a-z])from(?![a-z])")
# "较此前……" compares: a predicate after it (缩水, 下调, 大幅减少) is the change, which is news;
# only a figure inside the comparison is the baseline's.
_COMPARING = frozenset(["较此前", "高于此前", "低于此前"])
_COMPARED = re.compile(r"[^，,；;。：:！？]{0,30}")


def baseline(norm: str, m: Marker, item: Item) -> bool:
    """True when background marker `m` dates the baseline of a change whose new value is the
    item, or a noun the item's predicate is about, not the item itself."""
    if m.kind == "background_post" and m.start >= item.end:
        return _FROM.search(norm, item.end, m.start) is not None
    if m.kind == "background" and m.end <= item.start:
        if _CHANGE_TO.search(norm, m.end, item.start) is not None:
            return True
        if item.kind is EvidenceKind.CUE and m.word in _COMPARING:
            return _COMPARED.fullmatch(norm, m.end, item.start) is not None
        return item.kind is EvidenceKind.CUE and modified_noun(norm, m, item)
    return False


# The background word inside a noun phrase that is the subject of the cue: 此前达成的协议并无约束力
# (time word, its verb, 的, the noun, the predicate), 此前的构想大幅缩水; "its earlier agreement
# was non-binding", "the previous plan has stalled". A short run with no clause break.
_ZH_MODIFIED = re.compile(r"[^，,；;。：:！？]{0,16}的[^，,；;。：:！？的]{1,12}")
_EN_MODIFIED = re.compile(
    r"\s+(?:[\w$.-]+\s+){1,4}?(?:was|is|were|are|has been|had been|remains|remained|has|have)"
    r"\s+(?:[a-z]+\s+)?"
)
_EN_DETERMINER = re.compile(r"(?<![a-z])(?:the|its|their|an|a|that|this)\s+$")
_EN_ADJECTIVES = frozenset(["earlier", "previous", "prior", "original", "initial"])
_ZH_TIME_WORDS = frozenset(["此前", "之前", "先前", "早前", "早先", "较此前"])


def modified_noun(norm: str, m: Marker, item: Item) -> bool:
    """True when `m` modifies the noun the item's predicate is about, not the predicate."""
    if m.word in _ZH_TIME_WORDS:
        return _ZH_MODIFIED.fullmatch(norm, m.end, item.start) is not None
    if m.word in _EN_ADJECTIVES and _EN_DETERMINER.search(norm, max(0, m.start - 8), m.start):
        return _EN_MODIFIED.fullmatch(norm, m.end, item.start) is not None
    return False


# A time-ago adverbial that opens its clause and ends at a comma (而就在几个月前，…; "only a few
# months ago, Altman was talking about ..."): the comma closes the adverbial, not its reach.
_TIME_AGO = frozenset(
    ["个月前", "年前", "months ago", "a year ago", "去年", "last year", "earlier this year"]
)
_CLAUSE_OPENING = re.compile(
    r"(?:^|[，,；;。：:—]|(?<![a-z])(?:but|and|while|yet|whereas))\s*"
    r"(?:而|但|可|就在|早在|仅仅|仅|才|不过|only|just|as recently as|a few|some|several|\s|"
    r"[一二两三四五六七八九十几数半\d])*$"
)
_CLAUSE_END = re.compile(r"[；;。！？!?]")
FRONTED_REACH = 90


def fronted(norm: str, markers: list[Marker], item: Item) -> Marker | None:
    """The time-ago marker that opens the clause before a comma and dates the item after it."""
    for m in markers:
        if m.word not in _TIME_AGO or m.end > item.start:
            continue
        gap = norm[m.end : item.start]
        if not gap.lstrip().startswith((",", "，")) or len(gap) > FRONTED_REACH:
            continue
        if _CLAUSE_END.search(gap) or sum(gap.count(c) for c in ",，") != 1:
            continue
        # "个月前" after its number: the clause opening is read before the number
        if _CLAUSE_OPENING.search(norm, max(0, m.start - 16), m.start):
            return m
    return None


def current(norm: str, markers: list[Marker], span: Span, item: Item) -> Marker | None:
    """The background marker that governs the item, if any."""
    return (
        sentence_opening(norm, markers, "background", span)
        or sentence_opening(norm, markers, "background_post", span)
        or scoped(norm, markers, "background", item.start, item.end, reach=BACKGROUND_REACH)
        or scoped(
            norm,
            markers,
            "background_post",
            item.start,
            item.end,
            reach=BACKGROUND_REACH,
            side="after",
        )
        or scoped(norm, markers, "background_clause", item.start, item.end, reach=len(norm))
        or scoped(norm, markers, "background_old", item.start, item.end, reach=2 * len(norm))
        or scoped(
            norm, markers, "background_old", item.start, item.end, reach=2 * len(norm), side="after"
        )
    )


def setting(norm: str, markers: list[Marker], item: Item) -> Marker | None:
    """A word that sets the whole sentence in the past, standing anywhere before the item."""
    return next(
        (m for m in markers if m.kind == "background_setting" and m.end <= item.start), None
    )
