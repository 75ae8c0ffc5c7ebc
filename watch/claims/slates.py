"""Board seats told per person of a named slate, a count of seats won (unit `seats`) that
`measures` adds to its counts: "two of its three nominees were elected", "only one of the
nominees won a seat", "neither nominee was elected" (0), "both nominees were elected",
"shareholders elected all three nominees", "Smith won a seat but Jones did not" (1); 三名提名人中
两人当选, 两名候选人均当选, 仅一人当选, 甲当选，但乙落选 (1), 候选人全部落选 (0). A slate put up
("vote against the two director candidates") is no count of seats won: only the result is read.
Over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.numerals import en_words_value, plain_number, value_of
from watch.claims.quantities import Quantity

_EN_COUNT = r"one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}"
_NOMINEES = (
    r"(?:(?:director|board|dissident|activist|independent) )?(?:nominees?|candidates?|picks?)"
)
# the owner of the slate: "its", "the", "Elliott's", "the fund's"
_OWNER = r"(?:(?:its|their|the|his|her|[a-z0-9.&-]+(?:'s|')) ){0,2}"
_WON = (
    r"(?:were|was|have been|has been|had been|are|is|got|get|gets)?\s?(?:elected|voted (?:in|onto)|"
    r"seated)|won (?:a |board )?seats?|secured (?:a |board )?seats?|took (?:a |board )?seats?|"
    r"joined the board"
)
# "two of its three nominees were elected", "only one of Elliott's candidates won a seat",
# "neither of the nominees was elected", "both of the fund's nominees were elected"
_OF_EN = re.compile(
    r"(?<![a-z])(?P<count>" + _EN_COUNT + r"|both|neither|none|all(?: (?:" + _EN_COUNT + r"))?)"
    r" of "
    + _OWNER
    + r"(?:(?:"
    + _EN_COUNT
    + r") )?(?:[a-z0-9.&-]+ )?"
    + _NOMINEES
    + r"(?:,[^.;,]{1,40},)?\s"
    r"(?:" + _WON + r")(?![a-z])"
)
# "both nominees were elected", "all three Elliott nominees won seats", "neither nominee was"
_ALL_EN = re.compile(
    r"(?<![a-z])(?P<count>both|neither|all (?:" + _EN_COUNT + r"))"
    r" " + _OWNER + r"(?:[a-z0-9.&-]+ )?" + _NOMINEES + r"\s(?:" + _WON + r")(?![a-z])"
)
# "shareholders elected both nominees", "voted in all three of the fund's candidates", "elected
# two of its four nominees"
_ELECTED_ALL_EN = re.compile(
    r"(?<![a-z])(?:elected|voted in|seated) (?P<count>both|all (?:"
    + _EN_COUNT
    + r")|(?:"
    + _EN_COUNT
    + r")(?= of ))"
    r" (?:of )?"
    + _OWNER
    + r"(?:(?:"
    + _EN_COUNT
    + r") )?(?:[a-z0-9.&-]+ )?"
    + _NOMINEES
    + r"(?![a-z])"
)
# "Smith won a seat but Jones did not", "Smith was elected, while Jones lost": one of two
_ONE_BUT_EN = re.compile(
    r"(?<![a-z])(?:won a (?:board )?seat|secured a (?:board )?seat|was elected|joined the "
    r"(?:[a-z0-9.&'-]+ )?board)(?: (?:on|to) [^.;,]{1,30}?)?,? (?:but|while|whereas) "
    r"[a-z][a-z .'-]{0,30}?(?:did not|didn't|was not|wasn't|failed|lost|fell short|missed out)"
    r"(?![a-z])"
)
_ZH_NUM = r"[一二两三四五六七八九十\d]{1,2}"
_ZH_NOMINEES = r"(?:董事)?(?:被提名人|提名人|候选人|人选)"
# 三名提名人中两人当选, 三位候选人中仅一人当选
_OF_ZH = re.compile(
    r"(?P<slate>" + _ZH_NUM + r")(?:名|位|个)[^,，。;；]{0,8}?" + _ZH_NOMINEES + r"(?:之中|中|里)"
    r"(?:有|仅有|只有|仅|只)?(?P<count>" + _ZH_NUM + r")(?:人|名|位)(?:成功|顺利|获)?当选"
)
# 两名候选人均当选, 两位提名人全部成功当选
_ALL_ZH = re.compile(
    r"(?P<count>"
    + _ZH_NUM
    + r")(?:名|位|个)[^,，。;；]{0,8}?"
    + _ZH_NOMINEES
    + r"(?:均|全部|全数|都)"
    r"(?:成功|顺利|获)?当选"
)
# 仅一人当选, 只有一名候选人当选
_ONLY_ZH = re.compile(
    r"(?:仅有|只有|仅|只)(?P<count>" + _ZH_NUM + r")(?:人|名|位)(?:" + _ZH_NOMINEES + r")?"
    r"(?:成功|顺利|获)?当选"
)
# 甲当选，但乙落选; 候选人全部落选 (none)
_ONE_BUT_ZH = re.compile(
    r"当选[,，]?(?:但|而|然而)[^,，。;；]{1,12}?(?:落选|未能当选|未当选|未获选)"
)
_NONE_ZH = re.compile(_ZH_NOMINEES + r"(?:均|全部|全数|都)落选|无人当选")
_WORDS = {"both": 2.0, "neither": 0.0, "none": 0.0}


def _en_value(word: str) -> float | None:
    word = word.removeprefix("all ").strip()
    if word in _WORDS:
        return _WORDS[word]
    return plain_number(word) if word[0].isdigit() else en_words_value(word)


def find_slates(norm: str, start: int, end: int) -> list[Quantity]:
    """The seats a slate won, told per person, in norm[start:end] (see above)."""
    found: list[Quantity] = []
    if any(
        norm.find(w, start, end) >= 0
        for w in ("nominee", "candidate", "elected", "pick", "seat", "joined the")
    ):
        for rx in (_OF_EN, _ALL_EN, _ELECTED_ALL_EN):
            for m in rx.finditer(norm, start, end):
                found.append(_seats(m, _en_value(m.group("count")), m.start("count")))
        for m in _ONE_BUT_EN.finditer(norm, start, end):
            found.append(_seats(m, 1.0, m.start()))
    if norm.find("选", start, end) >= 0:
        for rx in (_OF_ZH, _ALL_ZH, _ONLY_ZH):
            for m in rx.finditer(norm, start, end):
                found.append(_seats(m, value_of(m.group("count")), m.start()))
        for m in _ONE_BUT_ZH.finditer(norm, start, end):
            found.append(_seats(m, 1.0, m.start()))
        for m in _NONE_ZH.finditer(norm, start, end):
            found.append(_seats(m, 0.0, m.start()))
    seats = sorted((q for q in found if q.low >= 0), key=lambda q: q.start)
    return [q for i, q in enumerate(seats) if i == 0 or q.start >= seats[i - 1].end]


def _seats(m: re.Match[str], value: float | None, at: int) -> Quantity:
    if value is None:
        return Quantity(-1, -1, None, "", 0, 0, unit="seats")  # dropped by the caller
    return Quantity(value, value, None, m.string[at : m.end()], at, m.end(), unit="seats")
