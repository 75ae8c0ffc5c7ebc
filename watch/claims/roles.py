"""Whose amount it is, and which values a sentence replaces.

In "Globex put $5 billion into Acme's $40 billion round at a $300 billion valuation" there are
three quantities of three kinds: Globex's share, the round's size, the company's valuation. The
words written with an amount decide its role:

    share      one participant's part: "invested $5 billion", "$5 billion from Globex", "a $5
               billion stake", 出资50亿, 投入200亿美元, 认购
    round      the size of the raise: "raised $40 billion", "a $40 billion round", 融资400亿
    proceeds   what a listing raises: "an IPO raising $10 billion", 上市募资
    valuation  what the company is worth (`amounts.VALUATION`)
    stake      a percentage held: "a 27% stake", 持股27%
    purchase   what a buyer spends: "committed to spending $100 billion on cloud compute",
               承诺在云端消费1000亿美元 (the seller's revenue, nobody's investment)

and its holder is the name written with it (the investor before "put", the name after "from").
"Pushed from the spring to next year", "cut from $100 billion to $30 billion", 从1000亿下调至300亿:
the value after "from" was replaced by the one after "to", and is no evidence for itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from watch.claims.headcount import people_role
from watch.claims.now_figure import old_of_pair

ROLES = ("share", "round", "proceeds", "valuation", "stake", "purchase")
_SHARE_BEFORE: tuple[str, ...] = (
    "invest",
    "invests",
    "invested",
    "investing",
    "put",
    "puts",
    "put in",
    "putting",
    "pour",
    "pours",
    "poured",
    "contribute",
    "contributes",
    "contributed",
    "contributing",
    "commit",
    "commits",
    "committed",
    "committing",
    "inject",
    "injected",
    "chip in",
    "chipped in",
    "chipping in",
    "come in with",  # "Nvidia and SoftBank are coming in with $30 billion apiece"
    "comes in with",
    "coming in with",
    "came in with",
    "provide",
    "provided",
    "投资",
    "出资",
    "投入",
    "注资",
    "认购",
    "参投",
    "入股",
    "掏出",
)
_SHARE_AFTER: tuple[str, ...] = (
    "investment",
    "stake",
    "cheque",
    "check",
    "contribution",
    "injection",
    "ticket",  # investors' slang: "a $30bn ticket into the round"
    "的投资",
    "的支票",
    "支票",
)
_ROUND_BEFORE: tuple[str, ...] = (
    "raise",
    "raises",
    "raised",
    "raising",
    "round of",
    "funding of",
    "fundraising of",
    "financing of",
    "融资",
    "募资",
    "募集",
    "筹集",
    "筹资",
)
_ROUND_AFTER: tuple[str, ...] = (
    "round",
    "funding round",
    "raise",
    "fundraise",
    "fundraising",
    "financing",
    "funding",
    "融资",
    "的融资",
    "募资",
)
_TOGETHER = ("合计", "共同", "共计", "总计", "combined", "together", "in total", "jointly", "、")
_LISTING = ("ipo", "listing", "public offering", "上市", "首次公开", "招股")
_STAKE: tuple[str, ...] = ("stake", "持股", "股份", "股权")
# words that may stand between a verb and its amount: "put another $5 billion", 投入近50亿
_FILLERS = ("about", "around", "roughly", "some", "nearly", "another", "a further", "约", "近")
# The Chinese "to" of a change written 由A更新为B, 由A调整为B, 将注销价由A修订为B: 为 after a
# verb of change (bare 为 is "is", 由……为 no change). Traditional script folds to these.
CHANGED_TO: tuple[str, ...] = tuple(
    verb + "为"
    for verb in (
        *("更新", "调整", "修订", "修改", "更改", "变更", "改", "变", "上调", "下调", "提高"),
        *("降低", "增加", "减少", "延长", "缩短", "提升", "下修", "上修", "调高", "调低", "调降"),
        # a count or fee cut or raised: 由八艘减为六艘, 由490卢比增为640卢比
        *("减", "增", "降", "升", "缩减", "削减", "缩", "压缩", "砍", "扩大", "扩增", "调升"),
    )
)
_REACH = 24  # characters between an amount and the word that gives it its role
_FROM: tuple[str, ...] = ("from", "from the", "from its", "from a", "从", "由")
_TO: tuple[str, ...] = (
    "to",
    "to the",
    "to a",
    "至",
    "到",
    "延至",
    "推迟到",
    "推迟至",
    "下调至",
    "上调至",
    "降至",
    "增至",
    *CHANGED_TO,
)
# longest first, as `_ends_with` and `_starts_with` want them ("put in" before "put")
_SHARE_BEFORE, _SHARE_AFTER, _ROUND_BEFORE, _ROUND_AFTER, _STAKE, _FROM, _TO = (
    tuple(sorted(words, key=len, reverse=True))
    for words in (_SHARE_BEFORE, _SHARE_AFTER, _ROUND_BEFORE, _ROUND_AFTER, _STAKE, _FROM, _TO)
)


def names_share(phrase: str) -> bool:
    """True when a (normalised) phrase is one of the words that make an amount a share."""
    return phrase in _SHARE_BEFORE or phrase in _SHARE_AFTER


def _ends_with(text: str, words: Sequence[str]) -> str | None:
    """The word of `words` (longest first) that `text` ends with, if any."""
    text = text.rstrip()
    for word in words:
        if text.endswith(word) and (
            not word[0].isascii() or len(text) == len(word) or not text[-len(word) - 1].isalnum()
        ):
            return word
    return None


def _starts_with(text: str, words: Sequence[str]) -> str | None:
    text = text.lstrip()
    for word in words:
        if text.startswith(word) and (
            not word[-1].isascii() or len(text) == len(word) or not text[len(word)].isalnum()
        ):
            return word
    return None


def role_of(
    norm: str, start: int, end: int, between: Sequence[tuple[int, int]], unit: str = ""
) -> tuple[str, str]:
    """(role, the word that gave it) for the quantity at norm[start:end]; ("", "") when nothing
    written with it says. `between`: the other quantities' spans, which cut the reach (the verb
    before one amount is not the next amount's)."""
    lo = max([b for _, b in between if b <= start] + [start - _REACH, 0])
    hi = min([a for a, _ in between if a >= end] + [end + _REACH, len(norm)])
    before, after = norm[lo:start], norm[end:hi]
    before = before.rstrip()
    for filler in _FILLERS:
        if before.endswith(filler):
            before = before[: -len(filler)]
            break
    if unit == "percent":
        word = _starts_with(after, _STAKE) or _ends_with(before, _STAKE)
        return ("stake", word) if word else ("", "")
    if unit == "people":
        return people_role(norm, start, end, lo)  # cut, hired or on the payroll
    if unit:
        return "", ""
    listing = next((w for w in _LISTING if w in norm[max(0, start - 60) : hi]), None)
    word = _starts_with(after, _SHARE_AFTER) or _ends_with(before, _SHARE_BEFORE)
    shrunk = _SHARE_TO.search(norm, max(0, start - 64), start) if word is None else None
    word = (shrunk.group("noun") or shrunk.group("zh")) if shrunk is not None else word
    put = _CANTONESE_PUT.search(before) if word is None else None
    word = put.group() if put is not None else word
    part = _PART_OF.match(norm, end)
    if word is None and part is not None:
        return "share", "part of"
    if word is None and _starts_with(after, ("from",)) and not from_many(after):
        word = "from"
    if word and any(w in _this_sentence(norm, start, 40) for w in _TOGETHER):
        return "round", f"{word} (several backers)"  # 三家合计注资, "together invested"
    if word:
        return "share", word
    spent = _SPEND.search(norm, max(0, start - 40), start)
    if spent is not None:
        return "purchase", spent.group("verb") or spent.group("zh")
    word = _ends_with(before, _ROUND_BEFORE) or _starts_with(after, _ROUND_AFTER)
    total = _ROUND_TOTAL.search(norm, max(0, start - 60), start)
    if word is None and total is not None:
        word = total.group("verb") or total.group("zh")
    closing = _ROUND_AT.search(norm, max(0, start - 60), start) if word is None else None
    word = closing.group("noun") if closing is not None else word
    if word:
        return ("proceeds", f"{listing} ... {word}") if listing else ("round", word)
    return "", ""


def _this_sentence(norm: str, start: int, reach: int) -> str:
    """The `reach` characters before `start`, cut at the end of the sentence before: a list in
    that one (摩根士丹利科技、媒体与电信大会。他表示，……300亿美元的投资) joins no backers here."""
    text = norm[max(0, start - reach) : start]
    cut = max(text.rfind(c) for c in ("。", "！", "？", ". ", "! ", "? "))
    return text if cut < 0 else text[cut + 1 :]


# "Nvidia's share of the round could shrink to about $20 billion", 英伟达在本轮融资中的份额可能
# 降至约200亿美元: a backer's part named by its noun, and a verb of changing it to the figure
_SHARE_TO = re.compile(
    r"(?:(?<![a-z])(?P<noun>share|stake|contribution|investment|commitment)(?:\s+(?:of|in)\s+"
    r"[a-z' ]{0,24}?)?\s+(?:(?:could|may|might|will|would|is set to|is expected to)\s+)?"
    r"(?:be\s+)?(?:fall|falls|fell|drop|drops|dropped|shrink|shrinks|shrank|cut|reduced|"
    r"trimmed|scaled back|rise|rises|rose|grow|grows|grew|increased)\s+to"
    r"|(?P<zh>份额|出资额|投资额|持股额|认购额)(?:可能|或将|或|将|预计|已经|已)?"
    r"(?:降至|缩至|减至|下调至|增至|升至|提高至|提升至|为|达到?))"
    r"\s*(?:about|around|roughly|some|约|大约)?\s*$"
)


# Written Cantonese puts money in with 落: "喺新一轮集资落200亿美元", "软银落咗300亿", "落重注". 落
# alone is too common (落实, 落地, 回落至) to stand for it: only with its aspect (咗, 注) or
# right after a round's noun or a modal (将落, 会落)
_CANTONESE_PUT = re.compile(
    r"(?:(?:集资|融资|一轮|本轮|将|会|要|肯|再|又|亦)落(?:咗|注|重注)?|(?<![回下跌降滑])落(?:咗|注|重注))$"
)


# "The $30bn is part of a fundraising ...", "the money forms part of", 这300亿美元是本轮融资的
# 一部分: the figure is a part of the round, never its size
_PART_OF = re.compile(
    r"\s?(?:is|was|will be|would be|forms?|formed|makes? up)\s(?:a\s|only\s)?part of(?![a-z])"
    r"|\s?(?:只|仅|也|只不过)?(?:是|为|系|属于|构成)[^,，。;；\d]{0,14}?(?:的|中的)?一部[分份]"
)


# "a funding round that could total more than $100 billion", 本轮融资总额超过1000亿美元: the
# round named before a verb of totalling is what the figure sizes (one backer's "investment could
# total $30 billion" names no round, and stays that backer's)
_ROUND_TOTAL = re.compile(
    r"(?:(?<![a-z])(?:round|raise|fundraise|fundraising|financing|funding)(?:,?\s+(?:that|which))?"
    r"(?:\s+(?:could|would|will|may|might|is expected to|is set to))?\s+"
    r"(?P<verb>total|totals|totaling|totalling|totaled|totalled)"
    r"|(?:融资|募资|本轮|这轮|该轮)的?(?P<zh>总额|总规模|规模)(?:可能|将|或)?(?:达到?|为|约为?|接|逼)?)"
    r"\s*(?:about|around|roughly|nearly|some)?\s*$"
)


# "Its funding round is nearing a close at more than $100 billion", "the raise was capped at":
# the round, as the sentence's subject, is what a figure after "at" sizes (not "valued at")
_ROUND_AT = re.compile(
    r"(?<![a-z])(?P<noun>round|raise|fundraise|fundraising|financing|funding)\s+"
    r"(?:is|was|are|were|has been|had been|will be|could be|would be|could|would|will)\s+"
    r"(?:(?!valu|worth|price)[a-z-]+\s+){0,4}?(?:at|of)\s*$"
)


# "has committed to spending a total of $100 billion on AWS", 承诺未来8年在AWS消费总计1000亿美元:
# the figure a buyer spends (a verb of buying right before it, a few words of amount between)
_SPEND = re.compile(
    r"(?:(?<![a-z])(?P<verb>spend|spends|spending|spent|buy|buys|buying|bought|purchase|"
    r"purchases|purchasing|purchased|lease|leasing|rent|renting)(?:\s+(?:a total of|"
    r"in total|some|another|at least|more than|over))?"
    r"|(?P<zh>消费|采购|购买|购置|租用|支出)(?:总计|共计|合计|总额)?(?:达|约)?)\s*$"
)


def from_many(after: str) -> bool:
    """ "$110 billion from Amazon, Nvidia and SoftBank" names the round's backers, not a share."""
    tail = after.lstrip()[len("from") :].split(".")[0][:60]
    # up to the next figure: "$30 billion from Nvidia, $30 billion from SoftBank" names one
    tail = re.sub(r"[\s,;]*(?:and\s*)?$", "", re.split(r"[$\d]", tail, maxsplit=1)[0])
    return "," in tail or " and " in tail or "investors" in tail or "backers" in tail


_PER_UNIT = re.compile(r"\s*每(?:股[a-z]?股?|份|张|单位)\s*$")
_SHOWN_END = re.compile(r"[,，。;；\n]")
_NEW_FIRST = re.compile(r"\s*,?\s*(?:down |up )?(?:from|from the|from its|from a)\s*")


def replaced(norm: str, start: int, end: int, later: Sequence[tuple[int, int]]) -> str | None:
    """The phrase that replaces the value at norm[start:end] ("from X to Y", 从X推迟到Y: X was
    replaced), when a value of the same kind (`later`: their spans) follows "to"; else None
    ("down from X" is background, see `markers`)."""
    pair = old_of_pair(norm, start, end, list(later))  # "previously X, now Y", 原为X，现为Y
    if pair is not None:
        return pair
    before = norm[max(0, start - 12) : start]
    far = False
    if not _ends_with(before, _FROM):
        far = _far_from(norm, start)
        if not far:
            return None
    # "lowers its goal to $600b from $1.4t", 降至6000亿美元，较此前的…: the new value first
    for a, b in later:
        if b <= start and _NEW_FIRST.fullmatch(norm, b, start):
            to = _ends_with(norm[max(0, a - 12) : a], _TO)
            if to:
                return f"{to} {norm[a:b].strip()} from ..."
    for a, _ in later:
        if a >= end and a - end <= 40:
            gap = norm[end:a]
            if far and _CLAUSE_END.search(gap):
                continue  # a "from" told apart from its figure: the new value in the clause
            gap = _PER_UNIT.sub("", gap)  # 修订为每股H股26.80港元: the new value's "per share"
            bare = gap.rstrip().removesuffix("了").removesuffix("得返").removesuffix("得番")
            word = _ends_with(gap, _TO) or _ends_with(bare, _TO)  # 劈到得返: cut to only
            if word:
                shown = _SHOWN_END.split(norm[a : a + 24])[0].strip()  # up to its clause end
                return f"from ... {word} {shown}"
    return _replaced_after(norm, start, later)


# "由2月宣布的100亿美元缩减至约60亿美元", "from the $10 billion it pledged in February to $6
# billion": the "from" that opens the old value's clause, words about the old value between
_FAR_FROM = re.compile(r"(?<![a-z])from(?![a-z])|[从由]")
_FAR_FROM_REACH = 40


def _far_from(norm: str, start: int) -> bool:
    lead = max(0, start - _FAR_FROM_REACH)
    found = [f.end() for f in _FAR_FROM.finditer(norm, lead, start)]
    return bool(found) and _CLAUSE_END.search(norm, found[-1], start) is None


def _replaced_after(norm: str, start: int, values: Sequence[tuple[int, int]]) -> str | None:
    """The headline order of a revision, "cut to Y from X" (X at `start`): the new value first,
    after "to", then the old one after "from"; the phrase, else None."""
    for a, b in values:
        if (
            b <= start
            and norm[b:start].strip() in _FROM
            and _ends_with(norm[max(0, a - 12) : a], _TO)
        ):
            return f"to {norm[a:b]} from ..."
    return None


# "1100亿美元是人类历史上规模最大的单笔融资", "$110 billion is the largest private funding round
# ever": a copula equates the figure before it with the noun phrase after it, however long its
# modifiers. Chinese puts the head noun last, before the clause ends (之一: "one of"); English
# opens the noun phrase with a determiner, and a comparison ("is more than", "是…的两倍") is no
# noun phrase equated with the figure.
_COPULA_ZH = re.compile(r"\s?(?:是|为|成为|系)(?!否)")
_COPULA_EN = re.compile(
    r"\s(?:is|was|are|were|will be|would be|becomes|became|marks|marked)\s"
    r"(?=(?:the|a|an|its|their|this)\s)"
)
_CLAUSE_END = re.compile(r"[,，;；。:：!?！？]|\.(?!\d)")
_PREDICATE_REACH = 60


def equated_with(norm: str, end: int, nouns: Sequence[tuple[int, int]]) -> int | None:
    """The index in `nouns` (spans) of the noun that a copula right after a figure (ending at
    `end`) equates it with: the head of the noun phrase up to the clause's end in Chinese, any
    noun of it in English. None when no copula follows or the clause runs on past a short
    reach."""
    m = _COPULA_ZH.match(norm, end) or _COPULA_EN.match(norm, end)
    stop = m and _CLAUSE_END.search(norm, m.end(), m.end() + _PREDICATE_REACH)
    if m is None or not stop:
        return None
    head_last = not m.group().strip().isascii()
    phrase = norm[m.end() : stop.start()].rstrip()
    phrase = phrase.removesuffix("之一").rstrip() if head_last else phrase
    last = m.end() + len(phrase)
    for k, (a, b) in enumerate(nouns):
        if m.end() <= a and (b == last if head_last else b <= last):
            return k
    return None


# "a deal that would value the ChatGPT developer at about $830 billion", "valuing it at": the
# verb, its object (a few words, no figure or clause break) and "at" right before the amount
_VALUE_VERB = re.compile(
    r"(?<![a-z])(?:value|values|valued|valuing)\s(?:[^\s\d$,.;:]+\s){0,5}?at\s"
    r"(?:about|around|roughly|nearly|some|more than|over|under|less than|up to|as much as)?\s*$"
)


def valued_with_verb(norm: str, start: int) -> bool:
    """True when the amount at `start` is what a verb of valuing puts its object at."""
    return _VALUE_VERB.search(norm, max(0, start - 70), start) is not None


# "Amazon is leading a $110 billion round for OpenAI", "Thrive led a $6.6 billion round in
# Acme": the lead investor is named first, but the round it leads is the company's; only "with
# $50 billion" is the lead's own part
_LEADING = re.compile(
    r"\s+(?:(?:is|are|was|were|has|have|will|would|is set to|is expected to|to)\s+)?"
    r"(?:leading|leads|led|lead|co-leading|co-leads|co-led|anchoring|anchors|anchored)\s+"
    r"(?:(?:a|an|the|its|this)\s+)?(?:fresh\s+|new\s+|mega\s+)?$"
)
_LED_ROUND_FOR = re.compile(
    r"\s*(?:(?:funding|fundraising|financing|equity|investment)\s+)?"
    r"(?:round|raise|fundraise|fundraising|financing)\s+(?:for|in|into|of)\s+(?:the\s+)?$"
)


def led_for(norm: str, lead: tuple[int, int], start: int, end: int, company: int) -> bool:
    """True when the figure at norm[start:end] sizes a round that the name at `lead` (its span)
    leads for the company named at offset `company`: "Amazon is leading a $110 billion round
    for OpenAI" is OpenAI's round."""
    return bool(
        _LEADING.fullmatch(norm, lead[1], start) and _LED_ROUND_FOR.fullmatch(norm, end, company)
    )
