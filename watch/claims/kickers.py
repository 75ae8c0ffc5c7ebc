"""Headline labels before a colon that name no source: the genre or medium ("Press release:",
"FLASH:", "Live:", 快讯：, 声明：), an issuer's own statement ("Unite statement:", 工会声明：),
and an English phrase in sentence case ("Second time lucky:", "Deal watch:", "Trillion or
bust:") that names no outlet and no person. An outlet ("Reuters:", "WSJ:"), a name ("IG
Metall:", 祈耀年：) or a person by office ("Szeged mayor:") still attributes. Pure helpers for
`story`.
"""

from __future__ import annotations

import re

# A kicker that names the genre or the medium ("Press release:", "Live:", 公告：, 直播：) tells how
# the story is told, not who told it: the release is the issuer's own word, the live blog the
# paper's, a flash the wire's. A source kicker ("Reuters:", 路透：) still attributes.
GENRE = re.compile(
    r"(?:live|live blog|live updates|live coverage|as it happened|press release|news release|"
    r"media release|announcement|flash|newsflash|news flash|breaking news|news alert|alert|"
    r"公告|新闻稿|通稿|通告|直播|图文直播|滚动|实时|快报|简讯|突发|重磅)"
)
# "<issuer> statement:", 工会声明：: the issuer's own word on the record, as a press release is.
_OWN_STATEMENT = re.compile(r".{0,24}?(?:statement|press statement|joint statement|声明|公开信)")
# The last word of a label that names a person or a source by role ("Szeged mayor:", "Fed
# chair:", "Sources:"): such a label is still someone's word.
_PERSON = re.compile(
    r"(?:mayor|minister|chief|ceo|cfo|boss|chair|chairman|chairwoman|president|governor|"
    r"spokesman|spokeswoman|spokesperson|official|officials|executive|founder|director|analyst|"
    r"analysts|source|sources|insider|insiders|people|says|said|tells|told)"
)


def names_no_one(label: str, raw: str) -> bool:
    """True when a headline's label before its colon (`label` normalised, `raw` as written)
    names no source: a genre, an issuer's own statement, or a phrase in sentence case."""
    if GENRE.fullmatch(label) is not None or _OWN_STATEMENT.fullmatch(label) is not None:
        return True
    return _phrase(raw.strip()) and _PERSON.fullmatch(label.split()[-1]) is None


def _phrase(raw: str) -> bool:
    """An English phrase in sentence case: two words or more, the first capitalised and every
    later one lower case ("Second time lucky", not "Wall Street Journal", "IG Metall")."""
    words = raw.split()
    if len(words) < 2 or not raw.isascii() or not words[0][:1].isupper():
        return False
    return all(w[:1].islower() or not w[:1].isalpha() for w in words[1:]) and words[0][1:] == (
        words[0][1:].lower()
    )
