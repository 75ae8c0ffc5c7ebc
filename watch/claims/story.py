"""The article around a sentence: who an earlier sentence left in scope, whether the headline
and lead make the whole story about a claim's parties, the source that covers the story, and the
dates that set a clause long in the past. Pure helpers for `engine`; `context` applies them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from datetime import timedelta

from watch.claims.dates import DateSpan
from watch.claims.markers import Marker, find_markers
from watch.claims.owners import excluded
from watch.claims.rules import ClaimRule
from watch.claims.segment import Segment
from watch.claims.signals import PAST_DAYS, Hit, TermKind
from watch.claims.text import Span, block_of

# The kinds of phrase that state something: a sentence with one of them speaks, a figure or a
# date alone does not.
STATEMENTS = (TermKind.CUE, TermKind.CHOICE, TermKind.OVERDUE)

# A headline that starts with its source ("Reuters: ...", 华尔街日报：...), not a label.
_SOURCE_PREFIX = re.compile(r"\s*(?P<who>[^:：\n]{2,24}?)\s*[:：]")
_NOT_SOURCES = ("exclusive", "breaking", "update", "analysis", "opinion", "独家", "快讯", "观点")


def lead_span(body: str) -> Span:
    """The body's first paragraph (normalised text)."""
    if not body.strip():
        return Span(0, 0)
    return block_of(body, len(body) - len(body.lstrip()))


def story_source(title: str, body: str) -> Marker | None:
    """An attribution in the headline or the lead (normalised texts), which covers the story."""
    prefix = _SOURCE_PREFIX.match(title)
    who = prefix.group("who").strip() if prefix else ""
    if who and not who.startswith(_NOT_SOURCES) and not any(c.isdigit() for c in who):
        assert prefix is not None
        return Marker("attribution", who, prefix.start(), prefix.end())
    lead = lead_span(body)
    for text, span in ((title, Span(0, len(title))), (body, lead)):
        found = [m for m in find_markers(text, span.start, span.end) if m.kind == "attribution"]
        if found:
            return found[0]
    return None


# A sentence opening that points back to whom the sentence before named: a pronoun, or a
# description of a company by up to two words before its kind ("the AI lab", "the chip giant",
# "the Texas-based company", 这家芯片巨头, 该AI公司), which no alias list can hold.
_POINTS_BACK = re.compile(
    r"[\s\"“‘'(（]*(?:(?:the|this) (?:[a-z0-9-]+ ){0,2}?(?:company|firm|group|startup|start-up|"
    r"chipmaker|chip maker|lab|giant|maker|developer)(?![a-z])|"
    r"(?:it|its|he|she|they|their)(?![a-z'])|"
    r"(?:该|这家|此)[^\s，。！？、,.]{0,6}?(?:公司|集团|巨头|企业|厂商|实验室|初创)|公司|其|它|他|她|此举)"
)


def points_back(norm: str, start: int, end: int) -> bool:
    """True when the sentence norm[start:end] opens with a word for someone already named."""
    return _POINTS_BACK.match(norm, start, end) is not None


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


def old_dates(rule: ClaimRule, dates: list[DateSpan]) -> list[Marker]:
    """Dates long before the claim was made: whatever their place in a clause ("In 2020, Acme
    bought ...", "Acme bought ... in 2020"), they set it in the past."""
    cutoff = rule.made - timedelta(days=PAST_DAYS)
    return [Marker("background_old", d.text, d.start, d.end) for d in dates if d.last < cutoff]


def actor_names(rule: ClaimRule, hits: list[Hit]) -> tuple[list[int], list[Hit]]:
    """The hits that name an actor (the subject's primary alias or a rival), by start, with
    their starts for bisecting."""
    primary = next(iter(rule.subject))
    names = sorted(
        (
            h
            for h in hits
            if h.entry.kind is TermKind.RIVAL
            or (h.entry.kind is TermKind.ALIAS and h.entry.key == primary)
        ),
        key=lambda h: h.start,
    )
    return [h.start for h in names], names


def lead_rival(norm: str, names: tuple[list[int], list[Hit]], earlier: list[Span]) -> Hit | None:
    """The rival that the nearest earlier sentence naming anyone is about, when it names only
    rivals: "Globex will cut 16,000 jobs. The layoffs are its second round." is Globex's news in
    its second sentence too. None when that sentence also names the claim's own subject."""
    starts, hits = names
    for span in reversed(earlier):
        lo, hi = bisect_left(starts, span.start), bisect_left(starts, span.end)
        inside = [h for h in hits[lo:hi] if h.end <= span.end and not excluded(norm, h)]
        if inside:
            if any(h.entry.kind is TermKind.ALIAS for h in inside):
                return None
            return inside[0]
    return None


def earlier_sentences(
    norm: str,
    sentences_around: Callable[[int], tuple[list[Span], int]],
    spans: list[Span],
    k: int,
    window: int,
) -> list[Span]:
    """The sentences before sentence k of a paragraph within the window; for a paragraph's
    first sentence, the last sentence of the paragraph before ("Oracle's shares rose ...\n\nThe
    company said it aims to raise ..."), found through `sentences_around`."""
    if k > 0 or window == 0:
        return spans[max(0, k - window) : k]
    i = spans[0].start - 1
    while i >= 0 and spans[0].start - i < 200 and norm[i].isspace():
        i -= 1
    if i < 0 or norm[i].isspace():
        return []
    before, j = sentences_around(i)
    return [before[j]]


def paragraph_before(
    norm: str, sentences_around: Callable[[int], tuple[list[Span], int]], first: Span
) -> list[Span]:
    """The sentences of the paragraph just before the one that opens with `first` (none when
    there is no text before it, or a long stretch of blank space)."""
    i = first.start - 1
    while i >= 0 and first.start - i < 200 and norm[i].isspace():
        i -= 1
    if i < 0 or norm[i].isspace():
        return []
    return sentences_around(i)[0]


def carried(
    seg: Segment,
    span: Span,
    first: Span,
    named: Mapping[Span, AbstractSet[str]],
    rivals: list[int],
    missing: AbstractSet[str],
    headline: AbstractSet[str],
) -> AbstractSet[str]:
    """The subject groups that `span`, a sentence of the paragraph that opens with `first`,
    takes from the headline: all of `missing` when the sentence names a claim party
    and a rival is named in it or in the sentences before it in its paragraph (a breakdown of
    who puts in what), and the missing groups are the headline's and named in the paragraph just
    before: "OpenAI raises $110bn" (title) ... "Amazon, Nvidia and SoftBank are backing the
    round, ... before OpenAI's listing." ... "Amazon leads with $50bn. Nvidia and SoftBank are
    putting in $30bn each." Else none. The headline alone would carry too far (a story about
    OpenAI names Nvidia's own finances paragraphs down); so would the paragraph before alone
    (it may be about someone else); and a sentence about the claim's party alone (an analyst on
    Nvidia's cash flow) lists no deal's parties. `named`: the groups each sentence names;
    `rivals`: where the rival names start, sorted (a bisect, not a scan of every hit, per
    sentence)."""
    if not missing or not missing <= headline or not named.get(span):
        return set()
    before: set[str] = set()
    for other in paragraph_before(seg.norm, seg.sentences_around, first):
        before |= named.get(other, set())
    if not missing <= before:
        return set()
    listed = bisect_left(rivals, first.start) < bisect_left(rivals, span.end)
    return set(missing) if listed else set()
