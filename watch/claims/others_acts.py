"""A cue inside a clause that describes several other things: "多款拿到版号的韩国大作", "other
titles that won approval", "several Korean games that have secured licences".

The act belongs to the things the clause describes (many of them, or others), told to compare
or recall, not to the claim's own party named a sentence before: a mention. One thing described
("拿到版号的《云族裔》", "the game that won approval") is left alone, as is a clause naming the
claim's own thing.

    described_others(norm, item)   the words that make the cue's clause about others, or None

Pure, over normalised text (simplified Chinese, lower case).
"""

from __future__ import annotations

import re

from watch.claims.signals import EvidenceKind, Item

# a quantity of things, then their modifier up to the cue (多款……拿到版号的, 其他……获批的)
_ZH_MANY = re.compile(
    r"(?:(?:多|数|几)(?:款|家|个|部|名|只|种|项|批|类)|不少|许多|一些|众多|大批|其他|其它|其余|"
    r"同类)[^，。；,;：:！？、的]{0,10}$"
)
_ZH_DE = re.compile(r"[^，。；,;：:！？的]{0,6}?的")
# "other games that won", "several korean titles which have secured", "many rivals to have won"
_EN_MANY = re.compile(
    r"(?<![a-z])(?:other|several|many|numerous|some|various|dozens of|a number of|a handful of)"
    r"\s+(?:[a-z'-]+\s+){0,3}?[a-z'-]+s\s+(?:that|which|who|to)\s+(?:[a-z'-]+\s+){0,2}$"
)

# ... and an unnamed several as the clause's subject: "外资品牌中也有多家获得注册批准",
# "其中不少企业已获批", "several of them have also won approval", "some foreign brands have
# secured": the act is theirs (unnamed), not the company named a sentence before as one of a
# list (a list that names it, "a2等多家", is left alone; so are sources: "several analysts").
_ZH_SOME = re.compile(
    r"(?:有|其中)(?:多|数|几|好几|不少|一些|部分)(?:家|款|个|名|只|所|批)?"
    r"(?![^，。；,;：:！？等]*(?:媒体|人士|分析师|消息))[^，。；,;：:！？等]{0,14}$"
)
_EN_SOME = re.compile(
    r"(?<![a-z])(?:several|many|some|a number|a handful|a few|numerous)\s+"
    r"(?!(?:of\s+the\s+)?(?:sources|people|analysts|officials|reports|media|outlets|insiders|"
    r"executives|observers)\b)"
    r"(?:of\s+(?:them|those|these|the\s+[a-z'-]+(?:\s[a-z'-]+)?)|(?:[a-z'-]+\s+){0,2}?[a-z'-]+s)"
    r"\s+(?:(?:have|has|had|also|already|since|each|both|all|now|recently)\s+){0,3}$"
)


def described_others(norm: str, item: Item) -> str | None:
    """The words that make cue `item` part of a clause describing several other things, else
    None."""
    if item.kind is not EvidenceKind.CUE:
        return None
    lead = norm[max(0, item.start - 60) : item.start]
    if lead.isascii():
        gated = any(w in lead for w in (" that ", " which ", " who ", " to "))
        m = _EN_MANY.search(lead) if gated else None
        if m is None and any(w in lead for w in ("several", "many", "some", "a number", "a few")):
            m = _EN_SOME.search(lead)  # opening its clause: not "Acme and some partners"
            m = m if m is None or lead[: m.start()].rstrip()[-1:] in ("", *',.;:!?"“”') else None
        return m.group().strip() if m else None
    some = _ZH_SOME.search(lead, max(0, len(lead) - 20)) if "有" in lead or "其中" in lead else None
    if some is not None:
        return some.group()
    m = _ZH_MANY.search(lead, max(0, len(lead) - 14))
    if m is None or _ZH_DE.match(norm, item.end) is None:
        return None
    return f"{m.group()}…的"
