"""A question that a sourced answer follows. "快手裁员规模缩水？知情人士：实际约1000人", "Layoffs
shrinking? Sources: about 1,000": the question ends at its question mark, and the clause that a
source opens with a colon after it (知情人士：, 公司：, "Sources:", "Company:") is that source's
statement, not part of the question. Attribution still weighs on it (`context`). Pure helpers
over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.markers import Marker

# The source that opens the answer: a short name or noun before a colon, with no end of sentence,
# digit or second question inside it ("？知情人士：", "? Sources:", "？快手回应：").
_SOURCE_COLON = re.compile(r"\s*(?P<who>[^:：?？!！。；;\d\n]{1,16}?)\s*[:：]")
# Kickers that name the form of the piece, not a source ("? Analysis:", "？问答：").
_NOT_SOURCE = re.compile(
    r"(?:analysis|explainer|opinion|q&a|faq|why|what|how|分析|解读|问答|观点|为什么|怎么)$"
)


# A question named as the topic of a reply, and the reply: "针对岚图是否迁往襄阳的问题，董秘回应称，
# ……", "Asked whether the plan still stands, the chairman said ...". What follows the reply verb
# answers the question; it asks nothing.
_TOPIC_OPEN = re.compile(r"针对|就|对于|关于|被问及|问及|(?<![a-z])asked(?![a-z])")
_REPLY = re.compile(
    r"[^。；;!?！？\n]{0,40}?(?:问题)?[，,][^。；;!?！？\n]{0,30}?"
    r"(?:回应称|回应表示|回应|表示|答复称|回复称|称|said|says|replied|told)[:：，,]?"
)
_TOPIC_QUESTION = ("是否", "能否", "何时", "whether")
# The interrogative words of an indirect question ask only about their own clause: "什么时候撤销，
# 要看监管" asks when, but "已撤销，至于什么时候恢复回购，未透露" (or 何时恢复) states the removal.
_CLAUSE_ONLY = frozenset(
    [
        "什么时候",
        "甚么时候",
        "何时",
        "啥时候",
        "几时",
        "何日",
        "何年何月",
        "how soon",
        "how quickly",
        "how long until",
        "how long before",
    ]
)
_CLAUSE_BREAK = re.compile(r"[,;:，；：。!?！？]")


def asks_about(norm: str, m: Marker, start: int, end: int, answer: int | None) -> bool:
    """Whether question marker `m` makes the item at [start, end) a question: any question word
    before the sourced answer (`answer_start`), an indirect question's word only in its clause."""
    if m.kind != "question" or (answer is not None and m.start < answer):
        return False
    if m.word not in _CLAUSE_ONLY:
        return True
    a, b = (m.end, start) if m.end <= start else (end, m.start)
    return _CLAUSE_BREAK.search(norm, a, b) is None


def answer_start(norm: str, markers: list[Marker], item_start: int) -> int | None:
    """Where the sourced answer to a question begins, when the item at `item_start` lies in it
    (after "？<source>：", or after the reply verb of a question named as a topic: 针对……是否……的
    问题，……回应称), else None. Question words before that point are the question's."""
    for m in markers:
        if m.kind == "question" and m.word in _TOPIC_QUESTION and m.end <= item_start:
            reply = _topic_reply(norm, m)
            if reply is not None and reply <= item_start:
                return reply
            continue
        if m.kind != "question" or m.word not in ("?", "？") or m.end > item_start:
            continue
        colon = _SOURCE_COLON.match(norm, m.end)
        if colon is None or colon.end() > item_start:
            continue
        if _NOT_SOURCE.search(colon.group("who").strip()) is None:
            return colon.end()
    return _statement_after(norm, markers, item_start)


def _statement_after(norm: str, markers: list[Marker], item_start: int) -> int | None:
    """The start of the clause after the last question mark before `item_start`, when a
    statement follows the question in the same sentence (a headline's "美的留后门？华凌定频机型传
    保留至2027年", "Delay ahead? Airline says jets arrive in 2027"), else None."""
    ends = [m.end for m in markers if m.word in ("?", "？") and m.end <= item_start]
    if not ends:
        return None
    start = max(ends)
    while start < item_start and norm[start] in _QUESTION_TAIL:
        start += 1
    if start >= item_start or _NOUN_PHRASE.match(norm, start):
        return None
    return start


# A tail that is a noun phrase, not a statement: "湿法项目扎堆投产的隐忧" names a worry, it tells
# nothing (a Chinese clause ending in 的 and a short head noun, up to the sentence's end).
_NOUN_PHRASE = re.compile(r"[^。！？!?\n]*的[\u4e00-\u9fff]{1,3}[」』”\"']?\s*(?:$|[。！？!?\n])")


# What may close a question after its mark: quotes, brackets, spaces.
_QUESTION_TAIL = frozenset(" \t\"'”’」』)）]")


# The interviewer's line of a Q&A ("Q: There was a report last month that ... Are you leaving?",
# 问：……): every sentence of it is the question, also those before its question mark.
_ASKED = re.compile(r"[ \t*#>_-]*(?:q|问|记者)\s*[:：]")


def asked_line(norm: str, start: int) -> str | None:
    """The "Q:" that opens the line holding position `start`, else None."""
    line = norm.rfind("\n", 0, start) + 1
    m = _ASKED.match(norm, line)
    return None if m is None else m.group().strip()


def _topic_reply(norm: str, m: Marker) -> int | None:
    """The end of the reply verb after the question word `m`, when the clause holding `m` names
    the question as a topic (针对……是否……的问题，……回应称), else None."""
    start = max(norm.rfind(c, 0, m.start) for c in "。；;!?！？\n，,") + 1
    if _TOPIC_OPEN.search(norm, start, m.start) is None:
        return None
    reply = _REPLY.match(norm, m.end)
    return None if reply is None else reply.end()
