"""Opening markers: a marker that opens its sentence ("Earlier this year, ...", 此前，...)
governs all of it, and what may stand before it with no comma (a Q&A label, a bare "In", the
occasion of a telling: "At its results last month the group said")."""

from __future__ import annotations

import re

from watch.claims.markers import Marker
from watch.claims.text import Span, reading_width


def sentence_opening(norm: str, markers: list[Marker], kind: str, sentence: Span) -> Marker | None:
    """A marker of `kind` that opens the sentence ("Earlier this year, ...", 此前，...) and so
    governs all of it: the first words, or an opening phrase closed by a comma."""
    for m in markers:
        if m.kind != kind:
            continue
        lead = norm[sentence.start : m.start]
        if (
            not lead.strip()
            or _BARE_LEAD.fullmatch(lead)
            or (_ANSWER_LEAD.fullmatch(lead) and _answers(norm, sentence.start))
            or (kind == "background_fronted" and _TIME_LEAD.fullmatch(lead) is not None)
            or _OCCASION_LEAD.fullmatch(lead) is not None
            or (reading_width(lead) <= 12 and any(c in norm[m.end : m.end + 12] for c in ",，"))
        ):
            return m
    return None


# What may stand before a sentence's opening marker with no comma after it: a Q&A speaker label
# and a preposition of time ("A: In January the company said ...", 答：): an explainer's answer
# opens with the time of what it recalls. (Without the label, "In February it told investors
# it is now targeting ..." is read as before: the stress corpus labels such a weekly note's
# comma-less opening as the news.)
_BARE_LEAD = re.compile(
    r"\s*(?:q|a|question|answer|问|答)\s*[:：]\s*"
    r"(?:(?:back|earlier|early|late|later|also)\s+)?(?:(?:in|on|during)\s+)?"
)
# A past date after a bare preposition opening the sentence dates all of it, comma or not ("In
# February the company announced plans ...", in an April piece, as "In February, ..." does); wires
# and translated statements drop the comma. Only a date before the month just ended has such a
# marker (`past_dates.fronted_months`): "In February it told investors ..." in a March note is news.
_TIME_LEAD = re.compile(r"\s*(?:(?:back|early|late|earlier)\s+)?(?:in|during)\s+")
# The same answer after the explainer's own question, with no label ("**What has Acme
# announced?** In February the group said ..."); a Chinese date opens its sentence bare.
_ANSWER_LEAD = re.compile(
    r"[\s*]*(?:(?:back|earlier|early|late|later|also)\s+)?(?:(?:in|on|during)\s+)?"
)


def _answers(norm: str, start: int) -> bool:
    return norm[max(0, start - 8) : start].rstrip(" *\n").endswith(("?", "？"))


# The occasion of a telling, named before its date with no comma: "At its results last month
# the group said ...", "During its earnings call in February Acme told ...", as "At its results
# in February, ..." (comma) and 在上月的业绩发布会上 are read: the date opens the sentence.
_OCCASION_LEAD = re.compile(
    r"\s*(?:at|during|in|on)\s+(?:its|their|the|an?|[a-z][a-z0-9&.-]*'s)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:results|earnings|results briefing|earnings call|call|meeting|agm|egm|briefing|"
    r"conference|presentation|investor day|capital markets day|trading update|update|"
    r"roadshow|hearing)\s+"
)
