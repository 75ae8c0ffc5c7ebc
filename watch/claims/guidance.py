"""A party's guidance on its own event. "We expect to close the deal by June", "Acme said in a
filing it expects the deal to close by June", 艾克美公告，……交易预计于6月底前完成交割: the party
whose act it is states its own timetable on the record. That is news, surer than someone
else's expectation ("analysts expect", 知情人士称有望, a bare 有望 or "may"), which a modal
hedges at ×0.7, and less sure than a thing done: `hedges.hedge_and_source` weighs it at
`GUIDANCE` (×0.8, so a cue at 0.85 stays at 0.68, above the default alert line 0.6). Only the
expect words (expect, 预计, 预期) are guidance; the party is the sentence's first person (we, 我们,
本公司, never "we expect Acme to ...": that speaker expects someone else's act) or the claim's
own name (or a word pointing back to it, "the bank", 该公司), as the subject of the expectation
or as the speaker of the sentence before it, with
no one else's expectation (analysts, sources, 市场) anywhere in the sentence. Pure helpers over
normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from watch.claims.markers import Marker
from watch.claims.rules import ClaimRule
from watch.claims.signals import Hit, Item, own_names
from watch.claims.speech import SAY_EN, SAY_ZH
from watch.models import Stance

GUIDANCE = 0.8
_EXPECT = ("expect", "expects", "expected", "预计", "预期")
# Someone else's expectation anywhere in the sentence: then the expect word may be theirs.
# (市场监督管理总局, a regulator that approves, is no market view; "investor relations" is the
# company's own office; a company speaking "to media", 接受媒体采访, speaks itself.)
_OTHER = re.compile(
    r"(?<![a-z])(?:analysts?|observers?|experts?|investors?(?! relations)|sources?|"
    r"people familiar|media|reports?|the market|(?<!capital )markets|brokers?|economists?)"
    r"(?![a-z])|分析师|分析人士|观察人士|"
    r"业内|业界|外界|(?<!资本)市场(?!监督)|媒体(?!采访|专访|提问)|报道|消息人士|知情人士|投资人|投资者|专家|券商"
)
_ADDRESSEES = frozenset(["investor", "investors", "投资人", "投资者"])
_END = re.compile(r"[。！？!?；;]|\.\s")
# The first person right before the expectation: "we expect", "we now expect", "we still
# expect", 我们预计, 本公司预计, 我们目前预计.
_FIRST = re.compile(
    r"(?<![a-z])we\s+(?:now\s+|still\s+|continue\s+to\s+|currently\s+)?$|"
    r"(?:我们|我司|本公司|本集团)(?:目前|现在|仍然|仍|依然)?$"
)
# The own name as the expectation's subject: "Acme expects", "Acme Inc. now expects",
# 艾克美预计, 艾克美目前预计.
_SUBJECT = re.compile(
    r"\s*(?:,?\s*(?:inc|corp|co|ltd|llc|plc|ag|group)\.?)?\s*(?:now\s+|still\s+)?$|"
    r"(?:公司|集团)?(?:目前|现在|仍然|仍|依然)?$"
)
# The own name as the speaker before it, in one clause (no comma between the name and its
# verb): "Acme said in a filing on Monday", 艾克美商用车公司在致交易所的文件中表示,
# 艾克美4月16日公告.
_SAID = re.compile(
    r"[^,，。;；:：]{0,40}?(?:(?<![a-z])(?:"
    + SAY_EN
    + r"|guided)(?![a-z])|"
    + SAY_ZH
    + "|公告|重申)"
)
GUIDANCE_REACH = 160
_NOW_EXPECTED = re.compile(r"(?<![a-z])(?:is|are)\s+now\s+$")
# A filing's expectation of its own result, the filer named by its self-name right after the
# expect word or as the possessor of the figure expected: 预期本集团于该年度之净利润将……,
# "the Group's net profit for the year is expected to decline". Only the filer says 本集团.
_SELF_AFTER = re.compile(r"本(?:集团|公司)")
_SELF_BEFORE = re.compile(
    r"(?<![a-z])the\s+(?:group|company)'s\s+(?:[a-z-]+\s+){1,6}?(?:is|are|was|were)\s+$"
)
# A word pointing back to the company as the expectation's subject, in a sentence judged for
# the claim's party (an officer speaking for it): "Gibson said the bank now expects to", 该行
# 预计, 该公司目前预计. A pointer to anyone else would have named them, and kept the sentence.
_POINTED = re.compile(
    r"(?<![a-z])the\s+(?:company|bank|group|firm|lender|insurer|carrier|miner|retailer|"
    r"automaker|carmaker|operator|developer|issuer)\s+(?:now\s+|still\s+)?$|"
    r"(?:该|这家|本)(?:公司|集团|银行|企业)(?:目前|现在|仍然|仍|依然)?$|该行(?:目前|仍)?$"
)


# The passive of a filing's own schedule: "the Company's shares ... are expected to be delisted",
# "its shares are expected to be", 本公司股份预期将于…, 该公司H股预计于…: the thing is the party's
# own (its possessive is the clause's subject), and the expectation is its notice's. The clause
# runs from its last comma; an analyst anywhere in the sentence has already ruled it out.
_PASSIVE_EN = re.compile(r"(?<![a-z])(?:is|are|was|were|be|being)\s+$")
_POSSESSOR_EN = re.compile(
    r"(?<![a-z])(?:its|the\s+(?:company|group|bank|firm|issuer)'s)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:shares?|stock|listing|securities|units?|bonds?|notes?)(?![a-z])"
)
_PASSIVE_ZH = re.compile(
    r"(?:本公司|本集团|该公司|该集团)的?(?:股份|股票|[AH]股|证券|上市地位)(?:将|亦)?$"
)


def _own_passive(norm: str, hedge: Marker, own: list[tuple[int, int]], floor: int) -> str | None:
    """The party whose shares a passive "are expected to" is about (`_POSSESSOR_EN`, or the
    own name's "X's shares"), else None."""
    if hedge.word == "expected":
        if not _PASSIVE_EN.search(norm, max(floor, hedge.start - 8), hedge.start):
            return None
        if not norm.startswith(" to", hedge.end):
            return None
        clause = max([floor] + [norm.rfind(p, floor, hedge.start) + 1 for p in (",", ";")])
        found = _POSSESSOR_EN.search(norm, clause, hedge.start)
        if found is not None:
            return found.group().split("'")[0]
        for start, close in own:
            if clause <= start and close < hedge.start and norm.startswith("'s ", close):
                return norm[start:close]
        return None
    if hedge.word in ("预计", "预期"):
        found = _PASSIVE_ZH.search(norm, max(floor, hedge.start - 12), hedge.start)
        return None if found is None else found.group()
    return None


def own_guidance(
    norm: str,
    hedge: Marker,
    own: list[tuple[int, int]],
    markers: list[Marker],
    passive: bool = True,
) -> str | None:
    """Who gives the expectation `hedge` when it is the claim's own party's guidance (`own`:
    its names as spans), "we" or the party's name, else None. A guidance told on the day the
    claim was made (a `made_day` marker before it in its sentence) is the claim's origin
    retold: a plan restated, None."""
    if hedge.word not in _EXPECT:
        return None
    floor = max(0, hedge.start - GUIDANCE_REACH)
    for m in _END.finditer(norm, floor, hedge.start):
        floor = m.end()
    if any(m.kind == "made_day" and floor <= m.start < hedge.start for m in markers):
        return None
    end = _END.search(norm, hedge.end)
    stop = len(norm) if end is None else end.start()
    if _filer_expects(norm, floor, stop, hedge):
        return (
            "the filer"  # (its addressees, "shareholders and potential investors", expect nothing)
        )
    if _OTHER.search(norm, floor, stop):
        return None  # analysts, sources, the market: someone else's expectation is in play
    if _FIRST.search(norm, max(floor, hedge.start - 16), hedge.start):
        # "we expect Acme to ...": the speaker is not the party whose act it expects
        if any(hedge.end <= s and s - hedge.end <= 2 for s, _ in own):
            return None
        return "we"
    pointed = _POINTED.search(norm, max(floor, hedge.start - 24), hedge.start)
    if pointed is not None and not any(floor <= s < hedge.start for s, _ in own):
        return pointed.group().strip()
    shares = _own_passive(norm, hedge, own, floor) if passive else None
    if shares is not None:
        return shares
    for start, close in own:
        if start < floor or close > hedge.start:
            continue
        if _SUBJECT.fullmatch(norm, close, hedge.start):
            return norm[start:close]
        said = _SAID.match(norm, close)
        if said is not None and said.end() <= hedge.start:
            return norm[start:close]
        if _ASIDE.fullmatch(norm, close, hedge.start):
            return norm[start:close]
    found = _DOCUMENT_SAID.match(norm, floor)  # "Release says ...", 公告称，……预计
    if found is not None and found.end() <= hedge.start and not any(floor <= s for s, _ in own):
        return found.group().strip()
    return _said_after(norm, hedge, stop, own) or _company_spoke(norm, floor, hedge)


# The party's own document as the sentence's speaker, standing first with no owner of another
# name ("Release says", "The filing said", "The company statement said", 公告称, 公告显示): a
# brief or a results story quoting the party's release. ("The regulator's statement said" names
# another owner, and "Acme's release said" is the own name as speaker, `_SAID`.)
_DOCUMENT_SAID = re.compile(
    r"\s*(?:(?:the|its|a)\s+)?(?:(?:company|press|news|earnings|results|exchange|stock[- ]exchange|"
    r"regulatory|securities)\s+)?(?:release|filing|statement|announcement|notice|circular)\s+"
    r"(?:said|says|stated|states|showed|shows|added|adds)(?![a-z])|"
    r"\s*(?:公司|该公司|該公司)?(?:公告|新闻稿|新聞稿|声明|聲明)(?:中)?(?:称|稱|显示|顯示|表示|指出)"
)


# The own name, an aside about it, then the expectation: "Acme Corp (艾克美), which runs the
# chain, now expects", "Acme, the carrier, expects".
_ASIDE = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:which|that|the|a|an)\s[^,;]{1,60},\s*)?"
    r"(?:now\s+|still\s+)?"
)
# The speaker told after the expectation, in its sentence: "..., the company said yesterday",
# "..., Acme said", "..., the company told reporters".
_SAID_AFTER = re.compile(
    r",\s*(?:the\s+(?:company|group|firm|bank|carrier|retailer|operator|developer)|"
    r"(?P<name>[a-z][\w.&' -]{0,40}?))\s+(?:" + SAY_EN + ")(?![a-z])"
)
# The company itself speaking before the expectation, named by the pointer a sentence judged
# for the claim's party uses: 公司管理层在会后表示，……预计, 该公司高层称，……预计, 公司表示.
_COMPANY_SPOKE = re.compile(
    r"(?:^|[，,。；;\s])(?:该|这家)?(?:公司|集团)(?:管理层|高层|董事长|总经理|负责人|发言人)?"
    r"[^，,。；;]{0,24}?(?:" + SAY_ZH + "|坦言)[，,：:]"
)


def _said_after(norm: str, hedge: Marker, stop: int, own: list[tuple[int, int]]) -> str | None:
    """The company (or its own name) told as the speaker after the expectation, else None."""
    for m in _SAID_AFTER.finditer(norm, hedge.end, stop):
        if m.group("name") is None:
            return m.group().strip(", ").rsplit(" ", 1)[0]
        if any(m.start("name") <= s and e <= m.end("name") for s, e in own):
            return m.group("name")
    return None


def _company_spoke(norm: str, floor: int, hedge: Marker) -> str | None:
    """The company speaking, by its pointer, before the expectation in its sentence, else None."""
    if "公司" not in norm[floor : hedge.start] and "集团" not in norm[floor : hedge.start]:
        return None
    found = _COMPANY_SPOKE.search(norm, max(0, floor - 1), hedge.start)
    return None if found is None else found.group().strip("，,。；; ")[:12]


def _filer_expects(norm: str, floor: int, stop: int, hedge: Marker) -> bool:
    """True when a filing expects its own result (`_SELF_AFTER`, `_SELF_BEFORE`), no one
    else named in the sentence but the filing's addressees ("shareholders and potential
    investors are advised"): "Analysts said the Company's shares are expected to" stays theirs."""
    if any(m.group() not in _ADDRESSEES for m in _OTHER.finditer(norm, floor, stop)):
        return False
    return bool(
        _SELF_AFTER.match(norm, hedge.end)
        or _SELF_BEFORE.search(norm, max(floor, hedge.start - 80), hedge.start)
    )


def guided(
    rule: ClaimRule,
    item: Item,
    norm: str,
    hedge: Marker,
    hits: Sequence[Hit],
    markers: list[Marker],
) -> bool:
    """Weigh an `item` whose modal `hedge` is its own party's guidance (`own_guidance`) at
    `GUIDANCE`, with its reason; False, untouched, otherwise. A revision the party expects
    ("now expects to add about 180 stores", 公司预计要延至三季度) is its guidance as much as a
    target kept."""
    if item.stance not in (Stance.CONFIRMS, Stance.CONTRADICTS):
        return False
    # "Acme expected the strike to have dragged on": a past guess, no revision; "is now
    # expected to begin in 2027" is a revision stated now
    if (
        item.stance == Stance.CONTRADICTS
        and hedge.word == "expected"
        and not _NOW_EXPECTED.search(norm, max(0, hedge.start - 12), hedge.start)
    ):
        return False
    own = [(h.start, h.end) for h in own_names(rule, list(hits))]
    # a passive ("Acme's launch is expected to be delayed") names no one expecting a revision
    who = own_guidance(norm, hedge, own, markers, passive=item.stance == Stance.CONFIRMS)
    if who is None:
        verb = restated(norm, hedge)  # "repeated that ... should", 重申……有望
        who = None if verb is None else f"restated: {verb}"
    if who is None:
        return False
    item.confidence *= GUIDANCE
    item.hedged = True
    item.reasons.append(
        f'"{hedge.word}" is its own party\'s guidance ("{who}"), on the record: '
        f"{item.confidence:.2f}"
    )
    return True


# A verb restating what was said before, on the record: "repeated that", "reiterated",
# "reaffirmed", "restated", 重申, 再次确认, 再度表示. (Its speaker introduces the clause.)
_RESTATED = re.compile(
    r"(?<![a-z])(?:repeated|repeats|reiterated|reiterates|reaffirmed|reaffirms|restated|"
    r"restates)(?![a-z])|重申|再次确认|再次强调|再度表示"
)
# Only an expectation restated is guidance; a possibility ("could", 可能) stays a hedge.
_EXPECTING = frozenset(_EXPECT) | {"should", "should still", "有望", "可望", "应该", "应会"}
_RESTATED_GATE = ("repeat", "reiterat", "reaffirm", "restate", "重申", "再次", "再度")
RESTATED_REACH = 90


def restated(norm: str, hedge: Marker) -> str | None:
    """The verb restating the expectation `hedge` on the record ("repeated that ... should",
    重申……有望), when it stands before the hedge in its sentence and no one else's expectation
    is in the sentence, else None."""
    if hedge.word not in _EXPECTING:
        return None
    floor = max(0, hedge.start - RESTATED_REACH)
    for m in _END.finditer(norm, floor, hedge.start):
        floor = m.end()
    window = norm[floor : hedge.start]
    if not any(g in window for g in _RESTATED_GATE):
        return None
    found = None
    for m in _RESTATED.finditer(norm, floor, hedge.start):
        found = m  # the last restating verb before the hedge
    if found is None:
        return None
    end = _END.search(norm, hedge.end)
    if _OTHER.search(norm, floor, len(norm) if end is None else end.start()):
        return None
    return found.group()
