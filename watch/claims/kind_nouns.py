"""For `watch validate`: a confirming cue that is a bare noun naming the claim's own event or
document kind (order, contract, award, licence; 订单, 合同, 牌照).

Every story on a ship order says 订单 and every story on a terminal award says "award",
whatever it reports, the cut and the cancellation included, so such a cue confirms them all.
Two readings: (a) a noun cue, one word or a compound with no verb in it (not a past
participle, not an -ing form, not gapped), that the claim's own `statement` or `topic` says
as a noun ("order" in "placed a firm order for 60 aircraft", 订造 in 向三星重工订造8艘), and
(b) a short list of document and event nouns that a claim of that kind always carries, listed
alone or as the head of a noun compound ("shipbuilding contract", 造船合同). `hints.topic_cues`
words the warning.
"""

from __future__ import annotations

import re

from watch.claims import vocab

# (b): the nouns of an order, contract, award, deal or licence, which every story on one says.
_DOC_WORDS = (
    "order|orders|contract|contracts|award|awards|deal|deals|licence|licences|license|"
    "licenses|permit|permits|decree|decrees|订单|合同|合约|牌照|执照|许可证|批示|批文|批复"
)
DOC_NOUNS = frozenset(_DOC_WORDS.split("|"))
_ZH_DOC = tuple(w for w in DOC_NOUNS if not w.isascii())

# English words that make a cue a verb or a clause, not a noun.
_NOT_NOUN_WORDS = (
    "won win wins sign signs firm up place places set put cut make made paid held kept sold "
    "bought got given to is was were be been has have had will would not no"
)
_NOT_NOUN = frozenset(_NOT_NOUN_WORDS.split())
_FIRM = frozenset({"firm", "new", "fresh", "final"})
# The noun of a change at the end of a compound ("price cut", "rate hike"), and the verbs a
# statement says it by ("cut the list price", "raise its rate"): the compound is the claim's
# own event.
_CUT = frozenset({"cut", "cuts"})
_CHANGE = {
    "down": (
        "cut|cuts|cutting|reduce|reduces|reduced|reducing|lower|lowers|lowered|lowering|"
        "slash|slashes|slashed|slashing|trim|trims|trimmed|trimming"
    ),
    "up": (
        "raise|raises|raised|raising|increase|increases|increased|increasing|hike|hikes|"
        "hiked|hiking|lift|lifts|lifted|lifting"
    ),
}
_CHANGE_NOUN = {
    **dict.fromkeys(("cut", "cuts", "reduction", "reductions", "decrease", "decreases"), "down"),
    **dict.fromkeys(("hike", "hikes", "increase", "increases", "rise", "rises"), "up"),
}
# Chinese: a cue the statement says right before a noun of manner or deal (以售后回租方式) or
# after 以/通过 is a compound noun of the deal itself.
_ZH_NOUN_AFTER = (
    "方式",
    "模式",
    "形式",
    "交易",
    "业务",
    "安排",
    "项目",
    "协议",
)  # adjectives before a noun, not verbs
# Chinese news verbs: a cue holding one tells the act, not only its noun.
_ZH_VERBS = (
    "签|撤|解除|取消|批|获|完成|达成|通过|宣布|确认|生效|启动|开始|开工|动工|开挖|投产|量产|"
    "交付|落实|敲定|授予|中标|赢得|拿下|下单|削减|减|增|提升|提高|上调|下调|降|终止|暂停|"
    "恢复|延|推迟|维持|否认|驳回|退|改|转|超|突破|达|发出|发放|核发|颁发|执行|行使"
)
_ZH_VERB = re.compile(_ZH_VERBS)
# In the statement, a word right after one of these is a verb ("will award", "has set").
_AUX = re.compile(
    r"\b(?:to|will|would|shall|can|may|must|has|have|had|is|are|was|were|be|been|did|does|do)"
    r"(?:\s+(?:not|now|also|formally|officially|finally|already|soon))?\s+$"
)
_ASCII_WORD = re.compile(r"[a-z0-9]*[a-z][a-z0-9'-]*")  # a word with a letter: 5g, not 40
# A word that ends so is a noun of an act or a state (completion, approval, closure).
_NOUN_END = ("tion", "sion", "ment", "ance", "ence", "ure", "val", "sal", "ery")
_DETERMINER_WORDS = "the a an its their his her our this that"
_DETERMINERS = frozenset(_DETERMINER_WORDS.split())
_NUMBERS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"fifty|hundred|thousand|million|billion)\b"
)
# Chinese: the tail of a document or event noun (订单, 合同, 合约, 牌照, 许可证, 意向书, 协议,
# 经营权), and the order forms a statement uses for the deal itself.
_ZH_TAILS = ("单", "同", "约", "照", "证", "书", "函", "令", "议", "权")
_ZH_ORDER = ("订造", "订购")


def _english_noun(cue: str, topic: frozenset[str] = frozenset()) -> bool:
    """The cue is English words with no verb in it: no -ed or -ing word (but an -ing noun the
    `topic` words say, "financing"), none of `_NOT_NOUN` (but a last "cut", "price cut"), no
    determiner after its first word ("close the deal" is a verb and its object), no number
    word (an adjective like "firm" before a noun stays a noun phrase)."""
    words = cue.split()
    if not words or not all(_ASCII_WORD.fullmatch(w) for w in words):
        return False
    if _NUMBERS.search(cue) or any(w in _DETERMINERS for w in words[1:]):
        return False
    for k, word in enumerate(words):
        if word in _FIRM and k < len(words) - 1:
            continue
        if (word.endswith("ing") and word in topic) or (word in _CUT and k and k == len(words) - 1):
            continue
        if word.endswith(("ed", "ing")) or word in _NOT_NOUN:
            return False
    return True


def _chinese_noun(cue: str) -> bool:
    """The cue is Chinese with no news verb in it (签, 获批, 取消 ...) and no digit."""
    return (
        not any(c.isascii() for c in cue)
        and not any(c.isdigit() for c in cue)
        and _ZH_VERB.search(cue) is None
    )


def _said_as_noun(cue: str, text: str) -> bool:
    """`text` (the folded statement or topic) says `cue` where it is not a verb."""
    if not cue.isascii():
        return cue in text
    if "-" in cue and any(_said_as_noun(cue.replace("-", j), text) for j in (" ", " and ")):
        return True
    for m in re.finditer(rf"(?<![a-z0-9]){re.escape(cue)}(?![a-z0-9])", text):
        if not _AUX.search(text[: m.start()]):
            return True
    return False


def _head(cue: str) -> str:
    """The head noun of an English compound: the last word, or the word before "of"/"for"."""
    words = cue.split()
    for k, word in enumerate(words):
        if word in ("of", "for") and k:
            return words[k - 1]
    return words[-1]


def kind_noun(cue: str, statement: str, topic: str) -> str | None:
    """Why the folded `cue` is a bare noun of the claim's own event or document kind, or None.
    `statement` and `topic` are folded too."""
    if not cue or vocab.GAP in cue or vocab.REF.search(cue):
        return None
    if cue.isascii():
        if not _english_noun(cue, frozenset(topic.split())):
            return None
        head = _head(cue)
        noun = head in DOC_NOUNS or head.endswith((*_NOUN_END, "ing"))
        if not noun and _compound(cue) and _said_as_noun(cue, topic):
            return "a compound noun its topic names the event by"
    else:
        if not _chinese_noun(cue):
            return f'a bare document noun ("{cue}")' if cue in DOC_NOUNS else None
        head = next((w for w in _ZH_DOC if cue.endswith(w)), "")
        noun = cue.endswith(_ZH_TAILS) or any(w in cue for w in _ZH_ORDER)
        if len(cue) > 2 and any(f"{cue}{w}" in statement for w in _ZH_NOUN_AFTER):
            return "a compound noun its statement names the deal by"
    if noun and any(_said_as_noun(cue, text) for text in (statement, topic) if text):
        return "a noun its statement or topic names the event by"
    if cue.isascii() and _change_compound(cue, statement, topic):
        return "the noun of the change its statement says"
    if head in DOC_NOUNS:
        return f'a bare document noun ("{head}")'
    return None


_LINK_WORDS = "by of in at on for to from with as first second new"
_LINKS = frozenset(_LINK_WORDS.split())


def _compound(cue: str) -> bool:
    """A noun compound of two or more words, or hyphenated ("price cut", "sale and leaseback",
    "sale-leaseback"), with no preposition or ordinal in it ("round by round", "first unit")."""
    words = cue.replace("-", " ").split()
    return len(words) > 1 and not any(w in _LINKS for w in words)


def _change_compound(cue: str, statement: str, topic: str) -> bool:
    """An English "X cut" / "X reduction" / "X hike" whose statement says the change's verb with
    X a few words after it ("cut the US list price" for "price cut")."""
    words = cue.split()
    if len(words) != 2 or (side := _CHANGE_NOUN.get(words[1])) is None:
        return False
    near = rf"\b(?:{_CHANGE[side]})\b(?:\s+\S+){{0,4}}?\s+{re.escape(words[0])}\b"
    return any(re.search(near, text) for text in (statement, topic) if text)
