"""The headline's company speaking without naming itself in the sentence: one of its officers
("Chief executive Jane Roe said ...", "the bank's CEO", 董事长张三表示) or the first person in
that officer's quote ("'We are keeping our guidance,' finance chief Jane Roe told analysts",
「我们维持全年目标」，总经理李四表示). A rule may list its executives' names in its first
subject group (the README says "name who speaks"); an officer's title is read for every rule.

    officers(seg)                    each title in the body, as own (the company's), foreign
                                     (another's: "Globex's CEO", "chief executive of Globex") or
                                     owned by a name before or after it that a rule may know; an
                                     own officer named again by surname ("Roe added") speaks too
    party_speaks(rule, seg, ...)     gives the sentences where the headline's company speaks so
                                     the claim's first subject group (`candidates`, when the
                                     headline names that company and no rival)

Pure helpers over one body segment; the titles are found once per segment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from watch.claims.answer_topic import question_groups
from watch.claims.labelled import headline_speaker
from watch.claims.rules import ClaimRule
from watch.claims.segment import Segment
from watch.claims.signals import Hit, TermKind
from watch.claims.speech import SAY_EN, SAY_ZH
from watch.claims.story import (
    first_person,
    lead_span,
    named_in,
    quoted_at,
    rival_in_scope,
    sentence_before,
)
from watch.claims.text import Span

# An officer who speaks for a company (normalised: lower case, simplified Chinese). Not a
# former one ("former chief executive"): the word before decides (`_OWN_BEFORE`).
_TITLE_EN = re.compile(
    r"(?<![a-z'’-])(?:(?:acting|interim|group|deputy|senior|outgoing|new) )?"
    r"(?:chief executive(?: officer)?|ceo|chief financial officer|cfo|chief operating officer|"
    r"coo|finance chief|finance director|financial director|managing director|chairman|"
    r"chairwoman|chairperson|president director|president and (?:chief executive|ceo)|"
    r"president|spokes(?:person|man|woman))(?![a-z])"
)
_TITLE_ZH = re.compile(
    r"副?(?:董事长|总经理|总裁|首席执行官|执行长|首席财务官|财务长|财务总监|首席运营官|营运长|"
    r"发言人|董事会秘书|董秘)"
)
# What may stand before an English title of the company's own (raw text): nothing or a
# punctuation mark ('..., " Chief Financial Officer Lee said'), a possessive or article that
# ties it to the company told ("its", "the", "the bank's", "a company spokesperson"), a speech
# verb ("said chief executive Jane Roe").
_OWN_BEFORE = re.compile(
    r"(?:^|[,;:(—–\"“”'‘’*]|(?<![A-Za-z])(?i:its|the|a|an|company|said|says|told|added|adds|"
    r"and|by)|(?<![A-Za-z])(?i:the|this) (?:[A-Za-z-]+ ){0,2}?[a-z][a-z-]*['’]s)\s*$"
)
# A name before the title ("Globex CEO", "Globex's chief executive"): the company the name is.
_NAME_BEFORE = re.compile(r"(?P<name>[A-Z][\w&.-]*)(?:['’]s)?\s+$")
# "chief executive of Globex", "CEO at Globex": the company after the title.
_OF_AFTER = re.compile(r"\s+(?:of|at|for)\s+(?!the company|the group|the firm|its)(?=\S)")
# A person's name after the title ("Chief executive Dino Otranto said") or before it, set off
# by a comma ("Jane Roe, the chief financial officer, said").
_PERSON_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'’-]+\s+){0,2}?(?P<last>[A-Z][\w'’-]+)(?![\w'’-]| [A-Z])"
)
_PERSON_BEFORE = re.compile(r"(?P<last>[A-Z][\w'’-]+),\s*(?:the |its )?$")
# the verbs of saying every English pattern here takes
_SAY_EN = SAY_EN + "|noted|expects"
_SPEECH_AFTER = re.compile(rf"\s+(?:{_SAY_EN}|expected|declined|stressed|insisted|warned)(?![a-z])")
# Before a Chinese title: a clause's start, the company described (公司, 该公司, 其), or a name
# a rule may know (台达电财务长); after it, a name of up to four characters and a speech verb.
_OWN_BEFORE_ZH = re.compile(r"(?:^|[，,。：:；;「“\"（(\s]|公司|集团|本公司|其)$")
_SAY_ZH = SAY_ZH + "|强调|坦言"  # the Chinese verbs of saying (speech.SAY_ZH), as _SAY_EN
_SPEECH_ZH = re.compile(
    rf"[\u4e00-\u9fff·]{{0,4}}?(?:{_SAY_ZH}|预计|预期|认为|介绍|回应|提到|"
    r"解释|坦承|直言|重申|告诉|在|于)"
)
# A Chinese officer's name: two or three characters between the title and the speech verb.
_NAME_ZH = re.compile(rf"([\u4e00-\u9fff]{{2,3}}?)(?:{_SAY_ZH}|在|于)")
# The officer named again by surname as the speaker ("Reyl said", "said Reyl", 周志宏说).
_SAID_AFTER = re.compile(
    rf"\s+(?:{_SAY_EN}|warned|insisted|stressed)(?![a-z])|"
    rf"(?:{_SAY_ZH}|预计|认为)"
)
# (narrower than _SAY_EN: "told Reyl", "announced Reyl" make Reyl the hearer or the news)
_SAID_BEFORE = re.compile(r"(?<![a-z])(?:said|says|added|adds|according to)\s+$")


# Someone else who speaks in a paragraph of quotes: an analyst, a union, an official (not the
# audience: "told analysts", 向分析师表示).
OTHER_SPEAKER = re.compile(
    r"(?<!told )(?<!tells )(?<!with )(?<!to )(?<![a-z])(?:analyst|strategist|economist|broker|"
    r"union|unions|minister|official|regulator|lawmaker)s?(?![a-z])|"
    r"(?<![向对与和])(?:分析师|工会|官员|部长|监管机构|券商)"
)


@dataclass(frozen=True)
class Officer:
    """A title in the body: where it is, and whose: "own" (the company told), "foreign"
    (another named company's), or "named" (owned by the name at `name`, which is the claim's
    company only if a rule lists it)."""

    start: int
    end: int
    whose: str
    name: Span | None = None
    person: str = ""  # the holder's surname (Chinese: full name) as written, when given


def officers(seg: Segment) -> list[Officer]:
    """Each officer's title in the body (`_TITLE_EN`, `_TITLE_ZH`), with whose it is: found once
    per segment (the same for every rule)."""
    if seg.officers is not None:
        return seg.officers
    found: list[Officer] = []
    for m in _TITLE_EN.finditer(seg.norm):
        found.append(_english(seg, m.start(), m.end()))
    if any(t in seg.norm for t in ("董", "总", "执行长", "首席", "财务", "发言人", "营运长")):
        found += [_chinese(seg, m.start(), m.end()) for m in _TITLE_ZH.finditer(seg.norm)]
    seg.officers = sorted(found, key=lambda o: o.start)
    return seg.officers


def _english(seg: Segment, start: int, end: int) -> Officer:
    spans, k = seg.sentences_around(start)
    first = spans[k].start if spans else 0
    raw = seg.raw
    before = raw[max(first, start - 40) : start]
    after = _OF_AFTER.match(raw, end)
    if after is not None:  # "chief executive of Globex": Globex's, unless a rule knows it
        word = re.match(r"[A-Z][\w&.-]*", raw[after.end() :])
        name = None if word is None else Span(after.end(), after.end() + word.end())
        return Officer(start, end, "named" if name else "foreign", name)
    named = _NAME_BEFORE.search(before)
    if named is not None and not _OWN_BEFORE.search(before):
        at = start - len(before) + named.start("name")
        return Officer(start, end, "named", Span(at, at + len(named.group("name"))))
    if not _OWN_BEFORE.search(before) and not _PERSON_BEFORE.search(before):
        return Officer(start, end, "foreign")
    # a person holds the title, or a company's word ties it ("its CFO", "the bank's CEO")
    tied = re.search(r"(?i:its|['’]s|company)\s*$", before) is not None
    person = _PERSON_AFTER.match(raw, end) or _PERSON_BEFORE.search(before)
    spoken = _SPEECH_AFTER.match(seg.norm, end) is not None
    # "President Jane Roe said" is a country's as often; "a spokesman said" anyone's. A
    # "President Director" (Indonesia's chief executive) is a company's.
    if seg.norm[start:end] == "president" and not tied:
        return Officer(start, end, "foreign")
    if "spokes" in seg.norm[start:end] and not (tied or person):
        return Officer(start, end, "foreign")
    holder = _PERSON_AFTER.match(raw, end)
    surname = holder.group("last") if holder else (person.group("last") if person else "")
    return Officer(start, end, "own" if tied or person or spoken else "foreign", None, surname)


def _chinese(seg: Segment, start: int, end: int) -> Officer:
    spans, k = seg.sentences_around(start)
    first = spans[k].start if spans else 0
    before = seg.norm[max(first, start - 12) : start]
    if labelled(seg.norm, start, end) and _OWN_BEFORE_ZH.search(before):  # 财务总监王五：
        name = re.match(r"[\u4e00-\u9fff]{2,3}(?=[:：])", seg.norm[end:])
        return Officer(start, end, "own", None, name[0] if name else "")
    if _SPEECH_ZH.match(seg.norm, end) is None:
        return Officer(start, end, "foreign")
    if _OWN_BEFORE_ZH.search(before) is not None:
        # 发言人 at a clause's start is anyone's (a ministry's as often): only the company's own
        spokes = seg.norm.startswith("发言人", start) and not before.endswith(("公司", "集团"))
        name = _NAME_ZH.match(seg.norm, end)
        return Officer(start, end, "foreign" if spokes else "own", None, name[1] if name else "")
    # a name just before the title (台达电财务长): the company, if a rule lists it
    return Officer(start, end, "named", Span(max(first, start - 6), start))


# A transcript's speaker label: a line that opens with who speaks and a colon ("Katherine
# Gibson, CFO: We'd expect ...", "CFO Jane Roe:", "Gibson:", 财务总监王五：, 王五，财务总监：).
# Before the title at most a name and a comma; after it at most a name, then the colon.
_LABEL_BEFORE = re.compile(r"[ \t*#>_\[-]*[^\n.!?。！？:：;；\"“”「」]{0,40}$")
_LABEL_AFTER = re.compile(r"[ \t*_]*(?:[a-z'’.-]+ ?){0,3}?[\u4e00-\u9fff·]{0,4}[ \t*_)]*[:：]")


def labelled(norm: str, start: int, end: int) -> bool:
    """True when the words at `start:end` (a title, or a surname named before) sit in the
    speaker label that opens their line: the line is that speaker's."""
    line = norm.rfind("\n", 0, start) + 1
    return (
        _LABEL_BEFORE.fullmatch(norm, line, start) is not None
        and _LABEL_AFTER.match(norm, end) is not None
    )


def _whose(officer: Officer, own: list[Hit]) -> str:
    """ "own" when the officer is the company's, for a rule whose first-group aliases are
    `own`: a title owned by a name that is one of them counts as the company's too."""
    if officer.whose != "named" or officer.name is None:
        return officer.whose
    name = officer.name
    if any(h.start < name.end and name.start < h.end for h in own):
        return "own"
    return "foreign"


def _named_again(seg: Segment, titles: list[Officer], own: list[Hit]) -> list[tuple[Officer, str]]:
    """The company's officers named again by their surname as a speaker, after the title gave
    them ("Chief executive Tomas Reyl said ... Reyl added", 财务长周志宏表示……周志宏说): each as
    an officer of the company's own, at the surname."""
    found: list[tuple[Officer, str]] = []
    seen: set[str] = set()
    for o in titles:
        if not o.person or o.person in seen or _whose(o, own) != "own":
            continue
        seen.add(o.person)
        word = re.escape(o.person.lower())
        if o.person.isascii():  # a Latin name is a whole word; a Chinese one has no spaces
            word = rf"(?<![\w'’-]){word}(?![\w'’-])"
        for m in re.finditer(word, seg.norm[o.end :]):
            at, end = o.end + m.start(), o.end + m.end()
            if (
                _SAID_AFTER.match(seg.norm, end)
                or _SAID_BEFORE.search(seg.norm, max(0, at - 16), at)
                or labelled(seg.norm, at, end)
            ):
                found.append((Officer(at, end, "own"), "own"))
    return found


def party_speaks(
    rule: ClaimRule,
    seg: Segment,
    by_sentence: dict[Span, set[str]],
    layout: dict[Span, tuple[list[Span], int]],
    names: tuple[list[int], list[Hit]],
    own: list[Hit],
) -> None:
    """Give the claim's first subject group to each body sentence, naming no actor itself,
    where the headline's company speaks: an officer of its ("Chief executive Jane Roe said the
    cuts ..."), or the first person ("we", "our", 我们) inside a quote of a paragraph whose
    speaker is such an officer and no one else (an analyst, a union, another's officer). Not
    when the nearest earlier sentence naming anyone names only rivals. The caller has checked
    that the headline names the company and no rival. `names`: the actor hits and their starts;
    `own`: the first group's alias hits. The reason is kept in `seg.speakers`. Updates
    `by_sentence` and `layout` in place."""
    primary = next(iter(rule.subject))
    starts, hits = names
    titles = officers(seg)
    if not titles:
        return
    by_paragraph: dict[int, list[tuple[Officer, str]]] = {}
    for o, w in [(o, _whose(o, own)) for o in titles] + _named_again(seg, titles, own):
        spans, _ = seg.sentences_around(o.start)
        by_paragraph.setdefault(spans[0].start, []).append((o, w))
    for first, found in by_paragraph.items():
        spans, _ = seg.sentences_around(first)
        whose = {w for _, w in found}
        others = any(OTHER_SPEAKER.search(seg.norm, s.start, s.end) for s in spans)
        quotes_own = "own" in whose and "foreign" not in whose and not others
        # the officer's own line of a transcript: "we" is the company there, quoted or not
        line = quotes_own and any(labelled(seg.norm, o.start, o.end) for o, _ in found)
        for k, span in enumerate(spans):
            inside = [w for o, w in found if span.start <= o.start < span.end]
            if "own" in inside and "foreign" not in inside:
                why = "an officer speaks for the headline's company"
            elif quotes_own and not inside and first_person(seg, spans[0], span, quoted=True):
                why = "\"we\" is the headline's company, in its officer's quote"
            elif line and not inside and first_person(seg, spans[0], span, quoted=False):
                why = "\"we\" is the headline's company, in its officer's line of a transcript"
            else:
                continue
            if primary in by_sentence.get(span, ()) or named_in(span, starts, hits):
                continue
            earlier = spans[:k]
            if k == 0:
                before = sentence_before(seg, span)
                earlier = [] if before is None else [before]
            if rival_in_scope(earlier, starts, hits):
                continue
            by_sentence[span].add(primary)
            layout.setdefault(span, (spans, k))
            seg.speakers[span.start] = why


# A question-and-answer piece: the headline says so, or its lines are marked Q: and A:.
_QA_TITLE = re.compile(r"(?<![a-z])(?:q&a|q and a|interview)(?![a-z])|问答|专访|对话|答问")
_QUESTION = re.compile(r"^[ \t*#>_-]*(?:(?:q|问|记者)\s*[:：]|[^\n]*[?？][ \t*_]*$)", re.M)
_ANSWER_MARK = re.compile(r"^[ \t*_]*(?:a|答)\s*[:：]", re.M)
# The interviewee introduced in the lead as one who speaks for a company.
_ROLE = re.compile(
    r"(?<![a-z])(?:chief [a-z]+ officer|chief executive|ceo|cfo|president|chairman|chairwoman|"
    r"managing director|head of|executive|founder|director|spokes(?:person|man|woman))(?![a-z])|"
    r"负责人|董事长|总经理|总裁|执行长|首席|副总|创始人"
)


# The role tied to the company's name: "chief executive of Acme", "head of MUFG's ... business",
# "Acme's chief executive", "Acme CEO", 艾克美总裁.
_ROLE_THEN_NAME = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?$")
_NAME_THEN_ROLE = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,3}|[^，。,.\s]{0,8}")


def _role_of(norm: str, name: Hit, lead: Span) -> bool:
    """True when a role (`_ROLE`) in the lead is tied to the company's name `name`."""
    for m in _ROLE.finditer(norm, lead.start, lead.end):
        if m.end() <= name.start and _ROLE_THEN_NAME.fullmatch(norm, m.end(), name.start):
            return True
        if name.end <= m.start() and _NAME_THEN_ROLE.fullmatch(norm, name.end, m.start()):
            return True
    return False


def answers(seg: Segment) -> list[int]:
    """The starts of the answer paragraphs of a question-and-answer piece (`_QA_TITLE` in the
    body's headline, or lines marked "A:"): each non-question line after a question
    line. Found once per segment."""
    if seg.answers is not None:
        return seg.answers
    found: list[int] = []
    norm = seg.norm
    if _QA_TITLE.search(seg.headline) or _ANSWER_MARK.search(norm):
        asked = False
        at = 0
        for line in norm.split("\n"):
            if line.strip():
                if _QUESTION.match(line):
                    asked = True
                elif asked:
                    found.append(at + len(line) - len(line.lstrip()))
            at += len(line) + 1
    seg.answers = found
    return found


def interviewee_speaks(
    rule: ClaimRule,
    seg: Segment,
    by_sentence: dict[Span, set[str]],
    layout: dict[Span, tuple[list[Span], int]],
    names: tuple[list[int], list[Hit]],
    own: list[Hit],
    headline_own: bool = False,
) -> None:
    """In a question-and-answer piece whose lead introduces the interviewee as one who speaks
    for the claim's company (an officer, a head of its business, tied to its name: `_role_of`;
    no rival, no analyst), give the claim's first subject group to each answer sentence that says
    "we", "our" or 我们 outside quotation marks and names no actor. An analyst's Q&A is not
    the company's, even where the questions name it. Updates `by_sentence` and `layout`."""
    found = answers(seg)
    lead = lead_span(seg.norm)
    starts, hits = names
    titled = headline_own and interview_titled(seg.headline)
    if not found or OTHER_SPEAKER.search(seg.norm, lead.start, lead.end):
        return
    if any(h not in own for h in named_in(lead, starts, hits)):
        return
    officer = any(_role_of(seg.norm, h, lead) for h in own)
    if not titled and not officer:
        return
    primary = next(iter(rule.subject))
    for at in found:
        spans, _ = seg.sentences_around(at)
        # the thing the question asks the company's officer about ("Why split the stock
        # now?"): the answer's too (not a headline's interview of anyone about the company)
        topic = question_groups(seg, at, by_sentence, primary) if officer else set()
        # "张三：……" under 对话艾克美张三: the whole answer is the person the headline interviews
        labelled = titled and headline_speaker(seg.headline, seg.norm, at)
        for k, span in enumerate(spans):
            said = first_person(seg, spans[0], span, quoted=False)
            singular = titled and (labelled or _singular(seg, spans[0], span))
            if not said and not topic and not singular:
                continue
            if named_in(span, starts, hits) or rival_in_scope(spans[:k], starts, hits):
                continue
            if primary in by_sentence.get(span, ()) and topic <= by_sentence[span]:
                continue
            by_sentence[span] |= {primary} | topic
            layout.setdefault(span, (spans, k))
            seg.speakers[span.start] = (
                '"we" is the interviewee\'s company, in a Q&A'
                if said
                else '"I" or the answer\'s label is the officer the headline interviews, in a Q&A'
                if singular
                else "the interviewee's company answers what the question asks, in a Q&A"
            )


# A headline that names the piece an interview of the claim's company or its officer ("Q&A:
# Börje Ekholm on ...", 专访雅居乐首席财务官：, "Interview with Acme's CFO") and no other speaker:
# the interviewee answers for the company, with no lead needed to introduce them.
# A former officer (专访鹰航前总裁, "Interview: the ousted CEO") no longer speaks for it.
_FORMER = re.compile(
    r"(?<![a-z])(?:former|ex-|outgoing|ousted|departing|departed|retired)(?![a-z])|"
    r"(?:前任?|原)(?:总裁|首席|董事长|总经理|ceo|行政总裁|执行长|掌门)"
)


def interview_titled(headline: str) -> bool:
    """True when the headline is an interview's and names no analyst, official or former
    officer."""
    return (
        bool(_QA_TITLE.search(headline))
        and OTHER_SPEAKER.search(headline) is None
        and _FORMER.search(headline) is None
    )


# "I" / 我 in an answer under such a headline: the officer interviewed (我们/我国 are not "I").
_I = re.compile(
    r"(?<![A-Za-z'’])(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|[Mm]y)(?![A-Za-z])|我(?![们們国國司])"
)


def _singular(seg: Segment, first: Span, span: Span) -> bool:
    """True when the sentence says "I", "my" or 我 outside quotation marks."""
    return any(
        not quoted_at(seg.norm, first.start, m.start())
        for m in _I.finditer(seg.raw, span.start, span.end)
    )


def where_told(seg: Segment, span: Span, hits: list[Hit]) -> str:
    """Where the reasons say a piece of evidence is: the title, or a body sentence, with why it
    is about the claim when it names no alias (the headline's company speaks, or it points back
    to the one before)."""
    if seg.is_title:
        return "title"
    if span.start in seg.speakers:
        return f"sentence at {span.start}, where {seg.speakers[span.start]}"
    if not any(h.entry.kind is TermKind.ALIAS for h in hits):
        return f"sentence at {span.start}, which points back to the one before"
    return f"sentence at {span.start}"
