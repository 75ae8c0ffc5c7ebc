"""An interview's answer labelled with its speaker's name ("张三：按现在的情况……", "Roe: Demand
is back.") under a headline that names the company and that person (对话艾克美张三, "Q&A with
Acme's Jane Roe"): the label says who answers, so the answer is the company's even where it
never says "we" or "I". A label the headline does not name (another guest, 记者) says nothing.
Pure helper over normalised text.
"""

from __future__ import annotations

import re

# A speaker's label opening an answer line: a short name (Chinese, or one to three words), a
# colon. A label with a digit or a sentence's end inside is no name.
_LABEL = re.compile(
    r"[ \t*_]*(?P<who>[^\s:：\d.。?？!！,，]{2,20}(?: [^\s:：\d.。?？!！,，]{2,20}){0,2})"
    r"[ \t*_]*[:：]"
)
# Labels that name a role in the piece, not a person the headline may name.
_NO_NAME = frozenset({"答", "问", "记者", "主持人", "q", "a"})


def headline_speaker(headline: str, norm: str, at: int) -> bool:
    """True when the answer line starting at `at` opens with a speaker's label (`_LABEL`) that
    the headline `headline` names (its last word, for an English name: "roe" of "jane roe";
    the whole label in Chinese, 张三)."""
    m = _LABEL.match(norm, at)
    if m is None or m.group("who") in _NO_NAME:
        return False
    who = m.group("who").split(" ")[-1]
    if who.isascii():
        return re.search(r"(?<![a-z])" + re.escape(who) + r"(?![a-z])", headline) is not None
    return who in headline
