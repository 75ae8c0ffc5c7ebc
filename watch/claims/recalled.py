"""What a sentence only recalls, so that a piece of evidence in it is background, not news: a
figure referred to as already known ("its $122 billion round"), an earlier report recalled as
the news's occasion ("followed earlier reports that"), and the scene after a recent event
(近期……后); and, for `background.current`, a delay told as history ("after years of delays",
一再推迟的), a figure recapped by a dated participle ("$10bn, pledged in February") and a recalled
statement read past an appositive ("has promised that X, its agent builder, will ..."). Each
returns the words that recall, for the reason `context` gives."""

from __future__ import annotations

import re

from watch.claims.certainty import reported_would
from watch.claims.departed import departed_pledge
from watch.claims.markers import Marker
from watch.claims.recency import NEWS_DAY
from watch.claims.rules import ClaimRule
from watch.claims.saga import saga_aside
from watch.claims.signals import EvidenceKind, Item
from watch.claims.text import last_match

# A figure the sentence refers to as an event the reader already knows: a possessive before it
# and the deal it measures after it ("its $122 billion round", "the company's $30 billion
# stake", 其1220亿美元融资). News states such a figure ("raised $122 billion", "a $122 billion
# round"); a recap presupposes it. A standing figure ("the company's $1.4 trillion of
# commitments", a valuation) is no event: it may be reaffirmed so, and stays evidence.
_GIVEN_LEAD = re.compile(
    r"(?<![a-z])(?:its|their|the (?:company|firm|startup|group|chipmaker|lab)'s)\s+"
    r"(?:[a-z-]+\s+){0,2}$|(?:其|该公司的|公司的)$|"
    # a name's possessive with a word that calls the figure known: "Microsoft's headline $30bn
    # investment", "Acme's much-vaunted $30bn pledge", 微软备受瞩目的300亿美元投资
    r"(?<![a-z])[a-z][a-z0-9&.-]*'s\s+(?:[a-z-]+\s+)?(?:headline|much-vaunted|vaunted|"
    r"much-touted|touted|flagship|landmark|marquee|signature|headline-grabbing|"
    r"(?:previously |already )?(?:announced|pledged|promised)|earlier|original)\s+$|"
    r"(?:备受瞩目|广受瞩目|引人注目|高调宣布|大张旗鼓宣布|此前宣布|早前宣布|先前宣布|曾宣布)的$|"
    # a name's possessive as the object of another party's refusal: the figure labels the thing
    # refused ("Tribunal refuses to rubber-stamp Shoprite's R212m settlement", "regulator blocks
    # Acme's $5bn takeover", 法庭拒绝批准Shoprite的2.12亿兰特和解协议,
    # 監管機構否決艾克美的50億美元收購)
    r"(?<![a-z])(?:refuses?|refused|refusing|declines?|declined|declining|rejects?|rejected|"
    r"rejecting|blocks?|blocked|blocking|vetoe?s|vetoed|vetoing|quash(?:es|ed)?|overturns?|"
    r"overturned|halts?|halted|freezes|froze|frozen)\s+(?:to\s+[a-z-]+\s+)?"
    r"[a-z][a-z0-9&.-]*'s\s+$|"
    r"(?:拒绝|拒絕|驳回|駁回|否决|否決|叫停|阻止|阻挠|阻撓|冻结|凍結)(?:批准|确认|確認|核准|通过|通過)?"
    r"[a-z0-9&.\-\u4e00-\u9fff]{1,12}?的$"
)
_GIVEN_THING = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}?(?:round|raise|stake|investment|funding|fundraising|financing|"
    r"deal|bet|offering|ipo|listing|pledge|settlement|penalty|fine|takeover|acquisition|buyout|"
    r"merger)(?![a-z])|"
    # (a place may name where: 300亿美元英国投资, 对英投资)
    r"的?(?:[对在]?[\u4e00-\u9fff]{1,2}?)?(?:融资|投资|募资|注资|入股|上市|募股|和解|罚款|罰款|"
    r"罚金|罰金|收购|收購|并购|併購)"
)


# ... unless the sentence completes or announces it: "has completed its $30 billion
# investment", "announced its $30 billion stake", 已完成其300亿美元的投资 state the event itself.
_GIVEN_NEWS = re.compile(
    r"(?:(?<![a-z])(?:completed|completes|completing|complete|closed|closes|closing|finalized|"
    r"finalised|finalizes|finalises|wrapped up|wraps up|sealed|seals|concluded|announced|"
    r"announces|unveiled|unveils|confirmed|confirms|disclosed|discloses)"
    r"(?:\s+(?:on|in)\s+[a-z]+)?\s+|(?:完成了?|宣布了?|敲定了?|落实了?|公布了?)(?:对)?\s*)$"
)


# ... or says after it that it is done: "its $30 billion investment is done", 其300亿美元投资
# 已完成 (the possessive names the thing, the predicate is the news)
_GIVEN_DONE = re.compile(
    r"\s*(?:(?:is|was|has been|have been)\s+(?:now\s+)?(?:done|complete|completed|closed|"
    r"finalized|finalised|in|finished)(?![a-z])|(?:has|have)\s+(?:now\s+)?(?:closed|completed)"
    r"(?![a-z])|(?:已经?|业已)(?:完成|到位|落实|完成交割|交割))"
)


def given_figure(norm: str, item: Item) -> str | None:
    """The possessive that makes an amount item a recap of a known figure, else None."""
    if item.kind is not EvidenceKind.AMOUNT:
        return None
    lead = _GIVEN_LEAD.search(norm, max(0, item.start - 40), item.start)
    thing = None if lead is None else _GIVEN_THING.match(norm, item.end, item.end + 30)
    if lead is None or thing is None:
        return None
    if _GIVEN_NEWS.search(norm, max(0, lead.start() - 30), lead.start()):
        return None
    if _GIVEN_DONE.match(norm, thing.end()):  # "its $30 billion investment is done"
        return None
    return lead.group().strip()


# An earlier report recalled as the occasion of the news ("The remarks followed earlier reports
# that the plan had stalled", "comes after reports that", "previous reports that"): its content
# is background however many commas it holds, as 此前有报道称 is. A report the sentence confirms
# or denies is news of its own, left to the cues and `DENIALS`. Only reports as such: a named
# outlet's story ("follows a WSJ story days earlier saying") is left to the background markers.
_RECALLED_REPORT = re.compile(
    r"(?<![a-z])(?:(?:followed|follows|following|comes after|came after|come after|after)\s+"
    r"(?:(?:earlier|previous|prior|recent|media|press|news)\s+)?reports|"
    r"(?:earlier|previous|prior)\s+(?:media\s+|press\s+|news\s+)?reports?|"
    # one report: "after a report that OpenAI was unhappy with ...", "following a media report"
    r"(?:followed|follows|following|comes after|came after|come after|after)\s+"
    r"(?:a|an)\s+(?:(?:earlier|previous|prior|recent|media|press|news)\s+)?report)"
    r"(?:\s*,)?\s+(?:that|saying|claiming)(?![a-z])"
)
_OWNED_REPORT = re.compile(
    r"(?<![a-z])(?:confirm|confirmed|confirms|confirming|deny|denied|denies|denying|dismissed|"
    r"dismisses|rejected|rejects|refuted|refutes|corroborated|corroborates|contradicted|"
    r"contradicts|played down|downplayed)\s+(?:the\s+|a\s+|an\s+)?$"
)
_REPORT_END = re.compile(r"[;；。]|(?<![a-z])but(?![a-z])")
RECALLED_REACH = 200


def recalled_report(norm: str, item: Item) -> str | None:
    """The words that recall an earlier report whose content holds the item, else None."""
    # (every `_RECALLED_REPORT` match holds "report": most leads skip the search)
    if norm.find("report", max(0, item.start - RECALLED_REACH), item.start) < 0:
        return None
    lead = norm[max(0, item.start - RECALLED_REACH) : item.start]
    found = last_match(_RECALLED_REPORT, lead)
    if found is None or _REPORT_END.search(lead, found.end()):
        return None
    start = max(0, item.start - RECALLED_REACH) + found.start()
    if _OWNED_REPORT.search(norm, max(0, start - 24), start):
        return None
    return found.group().strip()


# A fact told as the scene after a recent event (OpenAI近期完成融资后估值升至7300亿美元, as "after a
# recent fundraising lifted its valuation" is in English): the rest of its clause is background.
_RECENT = ("近期", "最近", "日前", "早前", "稍早")
_AFTER_RECENT = re.compile(
    r"(?:近期|最近|日前|早前|稍早)[^，。,；;：:]{1,16}?(?:之后|后)|"
    r"(?:近期|最近|日前|早前|稍早)[^，。,；;：:]{0,16}?之际"
)


# The same scene told by what follows an earlier act: "The move follows S&P's downgrade to BB+
# earlier this month", "comes after last week's cut", 此举是继标普本月稍早下调评级之后. The act
# after "follows"/"after" (继……之后) is the occasion, and dated before now it is a recap; one
# dated now ("after S&P's downgrade on Tuesday") or undated stays news.
_FOLLOWS = re.compile(
    r"(?<![a-z])(?:follows|followed|following|comes after|came after|coming after|after)\s+"
    r"[^,;:.!?，。；：]{0,60}$|(?:继|紧随|紧接)[^，。,；;：:]{0,16}$"
)
_EARLIER = re.compile(
    r"(?<![a-z])(?:earlier (?:this|in the) (?:month|week|year|quarter)|last (?:week|month)|"
    r"(?:days|weeks) (?:earlier|ago)|in (?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december))(?![a-z])|"
    r"本月稍早|本月早些时候|本月初|月初|上周|上月|日前|早前|稍早|此前|先前"
)
_FOLLOWS_END = re.compile(r"[^,;:.!?，。；：]{0,40}")
_ZH_AFTER = re.compile(r"[^，。,；;：:]{0,12}?(?:之后|后)")


def after_recent(norm: str, item: Item) -> str | None:
    """The "近期……后" that sets the item's clause after a recent event, else None; or the
    "follows ... earlier this month" (继……此前……之后) that makes the item the earlier act."""
    lead = norm[max(0, item.start - 40) : item.start]
    # (every `_AFTER_RECENT` match opens with a recency word: most leads skip the search)
    found = last_match(_AFTER_RECENT, lead) if any(w in lead for w in _RECENT) else None
    if found is None or any(c in lead[found.end() :] for c in ",，;；。"):
        return _follows_earlier(norm, item)
    return found.group()


def _follows_earlier(norm: str, item: Item) -> str | None:
    """The follow word before the item whose act is dated before now in its clause."""
    if item.kind not in (EvidenceKind.CUE, EvidenceKind.AMOUNT):
        return None
    start = max(0, item.start - 64)
    follow = _FOLLOWS.search(norm, start, item.start)
    if follow is None:
        return None
    tail = _FOLLOWS_END.match(norm, item.end)
    # the earlier date: between the follow word and the item, or in the item's clause after it
    scope = norm[follow.start() : item.start] + " " + (tail.group() if tail else "")
    earlier = _EARLIER.search(scope)
    if earlier is None:
        return None
    if follow.group().startswith(("继", "紧")) and not _ZH_AFTER.match(norm, item.end):
        return None
    word = follow.group().split()[0] if follow.group()[0].isascii() else follow.group()[:2]
    return f"{word} ... {earlier.group()}"


# a time of its own: "said it had raised" and "confirmed earlier reports" date no telling
TIME_WORD = re.compile(
    r"\d|(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|year|month|week|fortnight)|[年月周]|星期|礼拜"
)

# a comma between digits groups a number ("5,000 jobs"): it ends no clause
_CLAUSE_BREAK = re.compile(r"[;:—，；：。]|,(?!\d{3}(?!\d))")


def broken(norm: str, a: int, b: int) -> bool:
    """True when a clause break stands in norm[a:b]."""
    return _CLAUSE_BREAK.search(norm, a, b) is not None


# A delay told as the thing's history, not as news: "after years of delays", "a string of
# delays", "the long-delayed 777X", 一再推迟的777X, 屡次延期之后. A fresh delay is told as an
# event ("delayed the jet again", 再度推迟).
_HISTORY_BEFORE = re.compile(
    r"(?<![a-z])(?:(?:after|following|despite|amid|with|through)\s+"
    r"(?:(?:several|many|two|three)\s+)?(?:years|months|a decade|decades|rounds)\s+of|"
    r"a (?:long\s+)?(?:string|series|run|history)\s+of)"
    r"\s+(?:[a-z-]+\s+)?$|(?<![a-z])(?:long|much|oft|often|twice|thrice)-$|"
    r"(?:一再|屡次|屡屡|多次|几度|几经|数度|再三|多年|历经多次|经历多次|历经多年)$"
)
_HISTORY_AFTER = re.compile(r"的|之后|以后|后")
_ZH_CUE = re.compile(r"[\u4e00-\u9fff]")


def delay_history(norm: str, item: Item) -> Marker | None:
    """The words that tell a delay cue as the thing's past (`_HISTORY_BEFORE`), or a pledge the
    news moves away from (`departed_pledge`), or a saga's aside that sums up its story around
    the item ("the saga — paused, then terminated — is now", `saga.saga_aside`), as a marker."""
    departed = departed_pledge(norm, item)
    if departed is not None:
        return departed
    if item.kind is not EvidenceKind.CUE or item.start == 0:
        return None
    saga = saga_aside(norm, item.start, item.end)
    if saga is not None:
        return saga
    lead = _HISTORY_BEFORE.search(norm, max(0, item.start - 40), item.start)
    if lead is None:
        return None
    # (a Chinese verb so modified is still an event unless it modifies a noun or sets a scene)
    if _ZH_CUE.match(norm, item.start) and not _HISTORY_AFTER.match(norm, item.end):
        return None
    return Marker("background", lead.group().strip(), lead.start(), lead.end())


# A figure recapped by a participle with its past date after it, across the comma that sets the
# participle off: "Siemens' $10bn, pledged in February, is ...", "the 5,000 cuts announced in
# January". The participle's date is the figure's.
_RECAP_PARTICIPLE = re.compile(
    r"[^,;:.，；：。]{0,24}?(?:,\s*)?(?:pledged|promised|announced|unveiled|committed|disclosed|"
    r"outlined|flagged|earmarked|first announced|first disclosed)\s+(?:in|on|back in|earlier)?\s*"
)


def participle_recap(norm: str, markers: list[Marker], item: Item) -> Marker | None:
    """The past date after the participle that recaps the item (`_RECAP_PARTICIPLE`)."""
    if item.kind is not EvidenceKind.AMOUNT:
        return None
    for m in markers:
        if m.kind != "background_post" or m.start < item.end or not TIME_WORD.search(m.word):
            continue
        if _RECAP_PARTICIPLE.fullmatch(norm, item.end, m.start):
            return m
    return None


# A statement recalled ("SAP has promised that", "has said", a rule's own `background:` phrase)
# governs what it told even across an appositive set off by commas: "has promised that Joule
# Studio, its own agent builder, will be generally available".
_RECALL_WORD = re.compile(
    r"(?:has|have|had)\s+(?:previously\s+|long\s+|repeatedly\s+)?"
    r"(?:said|promised|pledged|guided|committed)$"
)
_APPOSITIVE = re.compile(r",\s*(?:its|the|a|an|their|his|her)\s[^,;:.，；：。]{1,40}?,")
_TOLD_REACH = 140


def told_across_apposition(norm: str, markers: list[Marker], item: Item) -> Marker | None:
    """The recalled statement whose content holds the item past an appositive's commas."""
    for m in markers:
        if m.end > item.start or item.start - m.end > _TOLD_REACH:
            continue
        if not (m.kind == "background_clause" or _RECALL_WORD.search(m.word)):
            continue
        gap = norm[m.end : item.start]
        if "," not in gap:  # (no appositive: the other readings decide)
            continue
        if not broken(_APPOSITIVE.sub(" ", gap), 0, len(gap)):
            return m
    return None


# A plan told in reported speech: "said this month that it would bring Qwen to general
# availability" is the "will" of the plan, in the past ("would" after a reporting verb is tense,
# not a condition). A rule that lists "will" among its `pending` words reads it as one.
REPORTED_WILL_REACH = 60


def reported_will(rule: ClaimRule, norm: str, markers: list[Marker], item: Item) -> Marker | None:
    """The reported "would" governing the item, as the rule's pending "will", else None."""
    if item.kind is not EvidenceKind.CUE or "will" not in rule.pending:
        return None
    for m in markers:
        if m.word != "would" or m.end > item.start or item.start - m.end > REPORTED_WILL_REACH:
            continue
        if not broken(norm, m.end, item.start) and reported_would(norm, m):
            return Marker("pending", "would", m.start, m.end)
    return None


# A plan recapped by its owner's possessive with a past-dated participle set off by commas,
# before the infinitive it names: "Grab's plan, announced earlier this month, to cut 1,000
# jobs", "the company's decision, unveiled in March, to exit". The participle's date dates what
# the infinitive says, as "$10bn, pledged in February" dates the figure (`participle_recap`).
_PLAN_APPOSITIVE = re.compile(
    r"(?<![a-z])(?:[a-z][a-z0-9&.-]*'s?|its|their)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:plan|plans|decision|move|proposal|programme|program|pledge|commitment|intention|bid|"
    r"push|effort|offer|target)\s*,\s*(?:first\s+|previously\s+|initially\s+)?"
    r"(?:announced|unveiled|disclosed|outlined|flagged|revealed|set out|made public|confirmed|"
    r"pledged|promised|proposed)\s+(?P<when>[^,;:.]{1,32}?)\s*,\s*to\s+(?:[a-z-]+\s+){0,3}?$"
)
_APPOSITIVE_REACH = 110
# ... unless the main verb says what became of it now: "... to cut 1,000 roles has now been
# carried out", "... took effect on Monday" is news of the plan.
_PLAN_NOW = re.compile(
    r"[^;:.!?；：。]{0,60}?(?<![a-z])(?:now|has been|have been|took effect|takes effect|"
    r"began|begun|started|was completed|is complete|was scrapped|was dropped)(?![a-z])"
)
_PAST_KINDS = frozenset(["background", "background_post", "background_clause", "background_old"])


def appositive_recap(norm: str, markers: list[Marker], item: Item) -> Marker | None:
    """The past-date marker inside a plan's participle appositive that dates the item."""
    if item.kind not in (EvidenceKind.CUE, EvidenceKind.AMOUNT) or "," not in norm:
        return None
    lead = _PLAN_APPOSITIVE.search(norm, max(0, item.start - _APPOSITIVE_REACH), item.start)
    if lead is None:
        return None
    if _PLAN_NOW.match(norm, item.end):
        return None
    a, b = lead.span("when")
    return next((m for m in markers if m.kind in _PAST_KINDS and a <= m.start < b), None)


_COMMA = re.compile(r"[,，]")


def fresh_day(norm: str, m: Marker, item: Item) -> bool:
    """True when a clause after recap marker `m` opens with the day of the news ("..., and on
    Monday it said", "，本周一公司表示"): that clause is the news, not the recap."""
    for comma in _COMMA.finditer(norm, m.end, item.start):
        day = NEWS_DAY.search(norm, comma.end(), min(item.start, comma.end() + 16))
        if day is not None:
            return True
    return False
