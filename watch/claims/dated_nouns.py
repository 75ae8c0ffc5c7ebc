"""A past date inside a noun phrase dates the act the noun names, which it stands before:
"last month's tariff increase", "the Commission's decision last month to fine it €187.4m",
"the March ruling", "a plan in January to close 25 stores"; so does one between a past verb
and what it agreed or warned of ("agreed in March to settle", "warned in January of a loss").
An English past date is otherwise read as dating what stands before it ("the deal announced
last month"); inside a noun phrase it also dates what follows, so this adds a forward marker
beside it. (A Chinese date already dates what follows it: 上月的决定, 上月作出的罚款决定,
3月同意和解.) So does one between a subject and its past verb of decision ("the board in March
set a dividend"). Pure helpers for `engine`, over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.markers import Marker, scoped
from watch.claims.signals import EvidenceKind, Item

# The nouns of an act that a date can modify: a decision, a ruling, a price move, a deal.
_ACT_NOUN = (
    r"(?:decision|ruling|judgment|judgement|verdict|order|fine|penalty|announcement|increase|"
    r"hike|raise|cut|reduction|deal|agreement|approval|acquisition|merger|listing|offering|"
    r"launch|filing|statement|guidance|proposal|vote|settlement|move|"
    # a plan dated when it was set out: "which set out a plan in January to close 25 stores"
    r"plan|pledge|promise|commitment|intention|programme|program)s?"
)
# "last month's increase", "March's ruling"
_POSSESSIVE = re.compile(r"['’]s(?![a-z])")
# "the March ruling", "its July price increase": a determiner, the date, at most one more
# word, then the act
_DETERMINER = re.compile(r"(?<![a-z])(?:the|its|their|his|her)\s+$")
_ATTRIBUTE = re.compile(rf"\s+(?:[a-z-]+\s+)?{_ACT_NOUN}(?![a-z])")
# "decision last month to fine", "ruling in March that": the act, the date, then what it did
_ACT_BEFORE = re.compile(rf"(?<![a-z]){_ACT_NOUN}\s+(?:in\s+|on\s+)?$")
_ACT_AFTER = re.compile(r"\s+(?:to|that)\s")
# ... and the same with the act's verb: "agreed in March to settle", "decided last month to
# exit", "warned in January of a full-year loss", "said in May it would": the date is the past
# verb's, and what it agreed, decided or warned of is told with it, a recap too (the Chinese
# 3月同意和解 is dated so already)
_VERB_BEFORE = re.compile(
    r"(?<![a-z])(?:[a-z]{2,}ed|said|told|chose|sought|made|won|took|gave|set out|laid out)"
    r"\s+(?P<at>in\s+|on\s+|back in\s+|earlier in\s+)?$"
)
_VERB_AFTER = re.compile(r"\s+(?:to|that|of|it|they|he|she|we)\s")
# ... not a participle after an act's noun ("part of a plan announced in March to list in the
# fourth quarter"): the plan's timetable stands, its date is the announcement's alone
_PARTICIPLE = re.compile(rf"(?<![a-z]){_ACT_NOUN}\s+[a-z]+ed\s+(?:in\s+|on\s+)?$")


def noun_dated(norm: str, past: list[Marker]) -> list[Marker]:
    """Forward background markers for the English past dates (`background_post`) that sit
    inside a noun phrase of an act: possessive, attributive, or right after the act's noun
    before its "to"/"that" clause."""
    found = [m for m in past if m.kind == "background_post" and _in_noun_phrase(norm, m)]
    # 上月的提价: a Chinese date already dates what follows; its own item is the act's too
    owned = [m for m in past if m.kind == "background" and norm.startswith("的", m.end)]
    return [Marker(kind, m.word, m.start, m.end) for m in found for kind in _KINDS] + [
        Marker("background_noun", m.word, m.start, m.end) for m in owned
    ]


def when_dated(norm: str, past: list[Marker]) -> list[Marker]:
    """Forward background markers for the English past dates (`background_post`) followed by a
    "when" clause: "set the tone in February when it trimmed its plans" dates the trim."""
    return [
        Marker("background", m.word, m.start, m.end)
        for m in past
        if m.kind == "background_post" and _WHEN.match(norm, m.end) is not None
    ]


_WHEN = re.compile(r",?\s+when\s")


# the forward marker, and one that marks the date itself as the act's (`own_act_date`)
_KINDS = ("background", "background_noun")


def own_act_date(markers: list[Marker], item: Item) -> Marker | None:
    """The marker saying a date item is itself inside a recalled act's noun phrase ("last
    month's increase") or is a past month that recalls its act (`past_dates`): it times that
    act, which is a recap, so it is no news either."""
    if item.kind is not EvidenceKind.DATE:
        return None
    return next(
        (
            m
            for m in markers
            if m.kind in ("background_noun", "background_date") and m.start <= item.start < m.end
        ),
        None,
    )


# ... and one between a subject and its past verb of decision: "Evergreen's board in March set a
# NT$7 dividend", "the bank in February cut its payout": the date is the decision's, which
# follows it (a label after, "a dividend for 2025", is what it was for, see `terms`)
_SUBJECT_AT = re.compile(r"[a-z]\s+(?:in|on|back in|earlier in)\s+$")
_DECIDED = re.compile(
    r"\s+(?:set|approved|proposed|declared|announced|agreed|decided|adopted|unveiled|voted|"
    r"recommended|cut|raised|lowered|reduced|slashed|scrapped)\s"
)


def _in_noun_phrase(norm: str, m: Marker) -> bool:
    if _POSSESSIVE.match(norm, m.end):
        return True
    before = norm[max(0, m.start - 40) : m.start]
    if _DETERMINER.search(before) and _ATTRIBUTE.match(norm, m.end):
        return True
    if _ACT_BEFORE.search(before) and _ACT_AFTER.match(norm, m.end):
        return True
    if _PARTICIPLE.search(before):
        return False
    if _SUBJECT_AT.search(before) and _DECIDED.match(norm, m.end):
        return True
    verb = _VERB_BEFORE.search(before)
    if verb is None or not _VERB_AFTER.match(norm, m.end):
        return False
    # a date with no preposition is the verb's only when it says so ("decided last month to"):
    # "the originally planned April" is a plan's date
    return bool(verb.group("at")) or m.word.startswith(("last", "earlier"))


# A choice verb's own phrase runs to the party chosen (`signals.choice_items` looks 60 characters
# on): a past date in it ("placed its first big Japanese order in January with Imabari") dates
# the choice as it dates the cue of the same words.
CHOICE_REACH = 60


def choice_dated(norm: str, markers: list[Marker], item: Item) -> Marker | None:
    """The past date (`background_post`) after a choice verb, in its clause and phrase, that
    dates the choice: an old choice recalled, a mention."""
    if item.kind is not EvidenceKind.CHOICE:
        return None
    return scoped(
        norm, markers, "background_post", item.start, item.end, reach=CHOICE_REACH, side="after"
    )
