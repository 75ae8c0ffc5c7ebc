"""The article around its sentences: whether the headline and lead make the whole story about a
claim's parties, the source that covers the story, the company a description stands for, and
the rival (or the company the rule does not know) an earlier sentence leaves in scope
(`lead_rival`). Pure helpers for `engine` (which sentences are judged is `candidates`'s; the
dates that set a clause in the past are `past_dates`'s).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from watch.claims.kickers import column_kicker, names_no_one
from watch.claims.markers import Marker, find_markers
from watch.claims.owners import excluded
from watch.claims.places import place
from watch.claims.record import cites_survey, kicker_spoken, told_on_record
from watch.claims.rules import ClaimRule
from watch.claims.segment import Segment
from watch.claims.signals import Hit, Term, TermKind
from watch.claims.text import Span, block_of, is_cjk
from watch.claims.trades import trade_matches

# A headline that starts with its source ("Reuters: ...", 华尔街日报：...), not a label.
_SOURCE_PREFIX = re.compile(r"\s*(?P<who>[^:：\n]{2,24}?)\s*[:：]")
_NOT_SOURCES = ("exclusive", "breaking", "update", "analysis", "opinion", "独家", "快讯", "观点")
# A rubric kicker names the kind of piece, often after an event's name ("WWDC前瞻：", "分析：",
# "GTC preview:"): no one is quoted by it.
_RUBRICS = re.compile(
    r"(?:^|\s|[a-z0-9])(?:preview|analysis|explainer|opinion|commentary|column|recap|"
    r"factbox|前瞻|分析|解读|观察|评论|快评|速评|综述|专栏|盘点|回顾|直击|现场|"
    # a question-and-answer piece or a timeline names the form, not a source
    r"q&a|faq|fact check|timeline|问答|答问|快问快答|时间线|"
    # a newsletter's rubric ("Brussels week:", "Morning briefing:", 早报：) names its column
    r"week|weekly|briefing|newsletter|digest|roundup|round-up|周报|早报|晚报|简报|一周)$"
)


def lead_span(body: str) -> Span:
    """The body's first paragraph (normalised text)."""
    if not body.strip():
        return Span(0, 0)
    return block_of(body, len(body) - len(body.lstrip()))


_EVENT_PREFIX = re.compile(r"\s*(?P<who>[^:：\n]{2,48}?)\s*[:：]")
# "奥特曼出席贝莱德峰会：……", "Altman at BlackRock summit: ...": the speaker at an event, then what
# was said there. The event names no source; the speaker is, and what follows is a statement.
_AT_EVENT = re.compile(
    r"(?P<who>.{1,12}?)(?:出席|亮相|现身|做客|在|于)[^:：]{1,16}?(?:峰会|大会|论坛|会议|年会|"
    r"发布会|听证会|活动|晚宴|专访|采访)$|"
    r"(?P<speaker>.{2,30}?) (?:at|tells|addresses) (?:the |a )?[^:]{1,30}?(?:summit|conference|"
    r"forum|hearing|event|panel|investor day)$"
)


def headline_speaker(title: str) -> str | None:
    """The speaker of a "<speaker> at <event>: <what was said>" headline (normalised), else
    None."""
    prefix = _EVENT_PREFIX.match(title)
    if prefix is None:
        return None
    m = _AT_EVENT.fullmatch(prefix.group("who").strip())
    return None if m is None else (m.group("who") or m.group("speaker")).strip()


def story_source(title: str, body: str, raw_title: str = "") -> Marker | None:
    """An attribution in the headline or the lead (normalised texts; `raw_title` as written,
    for the case of a label), which covers the story."""
    speaker = headline_speaker(title)
    prefix = _EVENT_PREFIX.match(title) if speaker else _SOURCE_PREFIX.match(title)
    who = speaker or (prefix.group("who").strip() if prefix else "")
    cited = who and not who.startswith(_NOT_SOURCES) and _RUBRICS.search(who) is None
    raw_who = raw_title[prefix.start("who") : prefix.end("who")] if prefix and raw_title else ""
    cited = cited and (speaker is not None or not names_no_one(who, raw_who))
    # 北京经开区：…… over "管委会负责人在发布会上介绍": the office speaks, no one is quoted
    lead_text = body[slice(*(lead := lead_span(body)))]
    cited = cited and not kicker_spoken(who, lead_text)
    cited = cited and not column_kicker(raw_who, lead_text, title)
    if prefix is not None and cited and not any(c.isdigit() for c in who):
        return Marker("attribution", who, prefix.start(), prefix.end())
    for text, span in ((title, Span(0, len(title))), (body, lead)):
        found = [
            m
            for m in find_markers(text, span.start, span.end)
            if m.kind == "attribution"
            and not told_on_record(text, m, [])
            and not cites_survey(text, m)
        ]
        if found:
            return found[0]
    return None


def story_names_all(
    rule: ClaimRule, body: str, title_hits: list[Hit], body_hits: list[Hit]
) -> bool:
    """True when the headline and the lead (the body's first paragraph) together name every
    subject group: then the whole article is about the claim's parties, and a later sentence
    that names only one of them ("the pact is off", "the chipmaker said") is judged too."""
    lead_end = lead_span(body).end
    groups = {h.entry.key for h in title_hits if h.entry.kind is TermKind.ALIAS}
    groups |= {
        h.entry.key for h in body_hits if h.entry.kind is TermKind.ALIAS and h.end <= lead_end
    }
    return bool(title_hits) and len(groups) == len(rule.subject)


def headline_party(rule: ClaimRule, title_hits: list[Hit]) -> bool:
    """True when the headline names the claim's own company (its first subject group) and no
    rival: then the company the article goes on to describe rather than name ("the company",
    "the AI lab", 该公司) is that one, until a rival is named (`described_party`)."""
    primary = next(iter(rule.subject))
    rival = any(h.entry.kind is TermKind.RIVAL for h in title_hits)
    own = any(h.entry.kind is TermKind.ALIAS and h.entry.key == primary for h in title_hits)
    return own and not rival


# A company described rather than named, anywhere in its sentence ("inside the company", "the
# group said", 该集团, 这家车企, "warning that the AI lab is not ready", 在经历多轮融资后，该公司……,
# ……，公司将上市时间推迟): no alias list holds every description. A "company that ..." is another.
# Several patterns, not one alternation: the English one opens with a literal ("the"), found by
# a fast search; the Chinese ones are read only in text holding their words. Their matches
# never overlap one another, so together they find what one would.
_PARTY_EN = re.compile(
    r"the(?<![a-z]the) (?:[a-z0-9-]+ ){0,2}?(?:company|firm|group|startup|start-up|lab|"
    r"developer|maker|carmaker|automaker|chipmaker|drugmaker)"
    r"(?:'s)?(?![a-z-])(?! (?:that|which|who|whose|behind|in question)(?![a-z]))"
)
# The company's management as the one who tells or decides, in its staff's statement or a
# labour story ("Management has told us the remaining reductions will be completed by December",
# "the management board decided", 管理层表示, 资方已告知): the company the headline names. Not
# another's ("Globex's management said"), nor a trade (asset or fund management).
_MANAGEMENT = re.compile(
    r"(?<![a-z])(?:senior |top )?management(?: board)?(?= (?:has|have|had|says|said|told|tells|"
    r"informed|informs|confirmed|confirms|announced|announces|plans|planned|intends|intended|"
    r"wants|agreed|agrees|decided|decides|expects|insists|insisted|will|would|is|are|was|were)"
    r"(?![a-z]))|(?:管理层|资方)(?:在[^，。,]{0,8}?上)?(?=表示|称|告知|告诉|通知|透露|确认|宣布|计划|决定|承诺|坚持|已|将|会)"
)
_NOT_OWN_MANAGEMENT = re.compile(
    r"(?:'s|’s|asset|fund|wealth|risk|investment|portfolio|crisis|project|资产|基金|财富|风险)"
    r"\s*$"
)


def _own(norm: str, m: re.Match[str]) -> bool:
    return not _NOT_OWN_MANAGEMENT.search(norm, max(0, m.start() - 12), m.start())


# (normalised text: traditional characters are folded to simplified ones)
_PARTY_THIS = re.compile(
    r"(?:该|这家)[^\s，。！？、,.：:；;]{0,10}?(?:公司|集团|企业|车企|厂商|实验室|初创|开发商|银行|航司|"
    r"航空)|该行(?![业为动情程列走径使])|"
    r"(?<![日资基成根版样文剧课账])本(?:公司|集团)"  # a filing's own name ("the Company" above)
)
# 公司 or (本)集团 opening the text or a clause (not 公司股票, 公司债)
_PARTY_BARE = re.compile(r"(?<![^，,；;：:。！？\n])\s*(?:公司|本?集团)(?![的之]?(?:股|债))")


def _party_matches(norm: str, start: int, end: int, trade: bool = True) -> list[int]:
    """Where a description of a company (`_PARTY_EN`, `_MANAGEMENT`, `_PARTY_THIS`,
    `_PARTY_BARE`; with `trade`, by its trade: `trades`) starts in norm[start:end], in order."""
    found = [m.start() for m in _PARTY_EN.finditer(norm, start, end)]
    found += trade_matches(norm, start, end) if trade else []
    if any(norm.find(w, start, end) >= 0 for w in ("management", "管理层", "资方")):
        found += [m.start() for m in _MANAGEMENT.finditer(norm, start, end) if _own(norm, m)]
    if any(norm.find(w, start, end) >= 0 for w in ("该", "这家", "本")):
        found += [m.start() for m in _PARTY_THIS.finditer(norm, start, end)]
    if norm.find("公司", start, end) >= 0 or norm.find("集团", start, end) >= 0:
        found += [m.start() for m in _PARTY_BARE.finditer(norm, start, end)]
    return sorted(found)


def described_party(seg: Segment) -> list[tuple[list[Span], int]]:
    """Each sentence of the body that describes a company without naming it (`_party_matches`),
    as its paragraph and its index there, in text order: the same for every rule, so found once
    per segment."""
    if seg.party is not None:
        return seg.party
    found: list[tuple[list[Span], int]] = []
    done: set[Span] = set()
    for at in _party_matches(seg.norm, 0, len(seg.norm)):
        spans, k = seg.sentences_around(at)
        if not spans or spans[k] in done:
            continue
        done.add(spans[k])
        found.append((spans, k))
    seg.party = found
    return found


def party_described(
    rule: ClaimRule,
    seg: Segment,
    by_sentence: dict[Span, set[str]],
    layout: dict[Span, tuple[list[Span], int]],
    names: tuple[list[int], list[Hit]],
    aliases: tuple[list[int], list[Hit]],
) -> None:
    """Give each sentence that describes a company without naming anyone (`described_party`)
    and names another of the claim's groups itself the claim's own company (its first subject
    group), in an article whose headline names that company and no rival (`headline_party`):
    "Against that backdrop, the headline number is a smaller one. After earlier pledges, the
    company now expects to spend about $600 billion on compute." Not when the nearest earlier
    sentence of its paragraph that names anyone names only rivals ("Globex cut jobs. The
    company now plans ..."), nor, for a paragraph's first sentence, when the last one of the
    paragraph before does. A sentence that names only the company ("The company's last
    valuation was ...") is left as it was: what it tells may be of another thing than the
    claim's. `names`: the actor hits and their starts (`candidates.actor_names`); `aliases`: the
    alias hits and their starts. Updates `by_sentence` and `layout` in place."""
    primary = next(iter(rule.subject))
    starts, hits = names
    for spans, k in described_party(seg):
        span = spans[k]
        # the sentence names what the claim is about itself ("expects to spend about $600
        # billion on compute"): a figure a sentence about the company tells of something else
        # (its valuation, under a story of its listing) is left out
        own = {h.entry.key for h in named_in(span, *aliases)}
        if primary in by_sentence.get(span, ()) or not own or named_in(span, starts, hits):
            continue
        earlier = spans[:k]
        if k == 0:
            before = sentence_before(seg, span)
            earlier = [] if before is None else [before]
        if rival_in_scope(earlier, starts, hits):
            continue
        by_sentence[span].add(primary)
        layout.setdefault(span, (spans, k))


def named_in(span: Span, starts: list[int], hits: list[Hit]) -> list[Hit]:
    lo, hi = bisect_left(starts, span.start), bisect_left(starts, span.end)
    return [h for h in hits[lo:hi] if h.end <= span.end]


def rival_in_scope(earlier: list[Span], starts: list[int], hits: list[Hit]) -> bool:
    """True when the nearest of `earlier` that names an actor names only rivals."""
    for span in reversed(earlier):
        inside = named_in(span, starts, hits)
        if inside:
            return all(h.entry.kind is TermKind.RIVAL for h in inside)
    return False


def sentence_before(seg: Segment, first: Span) -> Span | None:
    """The last sentence of the paragraph before the one opening with `first`, if close."""
    i = first.start - 1
    while i >= 0 and first.start - i < 200 and seg.norm[i].isspace():
        i -= 1
    return None if i < 0 or seg.norm[i].isspace() else seg.sentences_around(i)[0][-1]


# A name the rule does not know ("One reason for caution is SpaceX's performance since listing.
# The rocket company completed ..."): a capitalised Latin word past its sentence's first word,
# or one with a capital inside it (SpaceX, xAI) anywhere, or one written in Chinese text
# (是SpaceX上市后的表现). Words in capitals alone (IPO, AI, GW) are more often terms than names;
# a name of several capitalised words (Panos Panay, the Wall Street Journal) or after "the" (the
# Journal) is more often a person's or an outlet's than a company's.
_NAME = re.compile(
    r"(?<![A-Za-z0-9'’.&-])(?<!the )"
    r"(?:[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*|[A-Z][a-z]+)"
    r"(?![A-Za-z0-9&-])(?! [A-Z])"
)
# capitalised words that name no one: months, days
_NOT_NAMES = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August", "September"}
    | {"October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday"}
    | {"Friday", "Saturday", "Sunday"}
)
# what may stand before a sentence's first word: quotes, markup, a label ("Q: ", "A: ")
_OPENING = re.compile(r"[\s\"“‘'(（*#-]*(?:[A-Za-z]{1,2}\s?[:：][\s*]*)?")
_NAME_BEFORE = re.compile(r"[A-Z][A-Za-z]*\s$")  # the word before is capitalised too


def stranger(seg: Segment, span: Span, known: list[Hit]) -> Hit | None:
    """The first name in `span` the rule does not know (`_NAME`, outside the hits `known`), as
    a rival hit of no rule, or None."""
    for m in _NAME.finditer(seg.raw, span.start, span.end):
        word = m.group()
        if word in _NOT_NAMES or any(h.start < m.end() and m.start() < h.end for h in known):
            continue
        if place(seg.raw, m.start(), m.end()):  # where things happen, nobody's news
            continue
        if _NAME_BEFORE.search(seg.raw, max(span.start, m.start() - 30), m.start()):
            continue
        first = _OPENING.fullmatch(seg.raw, span.start, m.start()) is not None
        inner = any(c.isupper() for c in word[1:])
        beside = seg.raw[max(span.start, m.start() - 1) : min(span.end, m.end() + 1)]
        cjk = any(is_cjk(c) for c in beside)
        if not first or inner or cjk:
            return Hit(m.start(), m.end(), Term(-1, TermKind.RIVAL, "", word))
    return None


def describes_party(seg: Segment, span: Span) -> bool:
    """True when the sentence describes a company without naming it (`_party_matches`): kept
    per sentence, as every rule asks it of the same ones."""
    found = seg.describes.get(span.start)
    if found is None:
        found = bool(_party_matches(seg.norm, span.start, span.end, trade=False))
        seg.describes[span.start] = found
    return found


def lead_rival(
    seg: Segment,
    names: tuple[list[int], list[Hit]],
    earlier: list[Span],
    hits: list[Hit] | None = None,
) -> Hit | None:
    """The rival that the nearest earlier sentence naming anyone is about, when it names only
    rivals: "Globex will cut 16,000 jobs. The layoffs are its second round." is Globex's news in
    its second sentence too. None when that sentence also names the claim's own subject. Given
    `hits` (the rule's hits in the segment: a name inside one is no stranger), for a sentence
    that describes a company without naming it, a sentence naming only a company the rule does
    not know (`story.stranger`: "One reason for caution is SpaceX's performance. The rocket
    company raised ...") leaves that one in scope: the description is of the company just
    named, whether or not another rule happens to list it as a rival."""
    starts, found = names
    for span in reversed(earlier):
        lo, hi = bisect_left(starts, span.start), bisect_left(starts, span.end)
        inside = [h for h in found[lo:hi] if h.end <= span.end and not excluded(seg.norm, h)]
        if inside:
            if any(h.entry.kind is TermKind.ALIAS for h in inside):
                return None
            return inside[0]
        if hits is not None:
            other = stranger(seg, span, [h for h in hits if span.start <= h.start < span.end])
            if other is not None:
                return other
    return None


# The first person of a company's own post ("we have now invested", "our UK investment", 我们,
# 我司, 本公司): outside quotation marks, the writer speaks for the company.
# (read in the raw text: "US" is the country; traditional 我們 folded only in the normalised;
# a contraction is the first person too: "we'd", "we're", "we've", "we'll")
_WE = re.compile(
    r"(?<![A-Za-z'’])(?:[Ww]e|[Oo]urs?|us)(?![A-Za-z'’$])|(?<![A-Za-z'’])[Ww]e['’](?:d|re|ve|ll)"
    r"(?![A-Za-z])|我们|我們|我司|本公司"
)
_OPEN_QUOTES = "“「『"
_CLOSE_QUOTES = "”」』"


def _quoted(norm: str, start: int, at: int) -> bool:
    """True when `at` is inside a quotation opened after `start` (a paragraph's start)."""
    before = norm[start:at]
    curly = sum(before.count(c) for c in _OPEN_QUOTES) - sum(before.count(c) for c in _CLOSE_QUOTES)
    return curly > 0 or before.count('"') % 2 == 1


quoted_at = _quoted  # for `speakers`: an interviewee's "I" outside quotation marks


def own_voice(seg: Segment) -> list[tuple[list[Span], int]]:
    """The sentences of a post the company writes itself that speak in its first person
    (`_WE`, outside quotation marks), as paragraph and index: none unless the body's first
    paragraph already does ("A year after we announced the largest investment in our history
    in the UK ..."), since a news story's narrator does not say "we". Whether the post is the
    company's is for the caller (`headline_party`). The same for every rule: found once."""
    if seg.voice is not None:
        return seg.voice
    found: list[tuple[list[Span], int]] = []
    lead = lead_span(seg.norm)
    first = _WE.finditer(seg.raw, lead.start, lead.end)
    if any(not _quoted(seg.norm, lead.start, m.start()) for m in first):
        done: set[Span] = set()
        for m in _WE.finditer(seg.raw):
            spans, k = seg.sentences_around(m.start())
            if not spans or spans[k] in done or _quoted(seg.norm, spans[0].start, m.start()):
                continue
            done.add(spans[k])
            found.append((spans, k))
    seg.voice = found
    return found


def first_person(seg: Segment, first: Span, span: Span, quoted: bool) -> bool:
    """True when the sentence `span`, of the paragraph opening with `first`, says "we", "our"
    or 我们 inside a quotation (`quoted`) or outside one."""
    return any(
        _quoted(seg.norm, first.start, m.start()) is quoted
        for m in _WE.finditer(seg.raw, span.start, span.end)
    )
