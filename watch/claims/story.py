"""The article around its sentences: whether the headline and lead make the whole story about a
claim's parties, the source that covers the story, and the dates that set a clause long in the
past. Pure helpers for `engine` (which sentences are judged is `candidates`'s).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from watch.claims.dates import DateSpan
from watch.claims.markers import Marker, find_markers
from watch.claims.rules import ClaimRule
from watch.claims.signals import PAST_DAYS, Hit, TermKind
from watch.claims.text import Span, block_of, is_cjk

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


def past_markers(rule: ClaimRule, dates: list[DateSpan], published: date) -> list[Marker]:
    """Background markers for the sentence's dates that recall old news: those that ended
    `PAST_DAYS` before publication or name an earlier month (`_month_before`) (a marker before
    its clause in Chinese, after it in English), then those long before the claim was made
    (`old_dates`)."""
    recalled = [
        Marker("background" if is_cjk(d.text[0]) else "background_post", d.text, d.start, d.end)
        for d in dates
        if d.last < published - timedelta(days=PAST_DAYS) or _month_before(d, published)
    ]
    return recalled + old_dates(rule, dates)


def _month_before(d: DateSpan, published: date) -> bool:
    """A month named without its day and wholly before the publication's month ("In March,
    Microsoft launched ...", 今年3月，微软推出, in an April article) dates a recap: the news of
    that month, told again. A day written ("on March 30") can be last week's news still."""
    return not d.day and d.last < published.replace(day=1) and (d.last - d.first).days < 31


def old_dates(rule: ClaimRule, dates: list[DateSpan]) -> list[Marker]:
    """Dates long before the claim was made: whatever their place in a clause ("In 2020, Acme
    bought ...", "Acme bought ... in 2020"), they set it in the past."""
    cutoff = rule.made - timedelta(days=PAST_DAYS)
    return [Marker("background_old", d.text, d.start, d.end) for d in dates if d.last < cutoff]
