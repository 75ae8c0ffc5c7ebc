"""Text plumbing for the claim engine: normalisation, sentences and phrase boundaries (the
small words that change what a sentence means are in `watch.claims.markers`).

Normalisation is length-preserving (one character in, one character out), so an offset into
the normalised text is an offset into the original: traditional Chinese becomes simplified
character by character (OpenCC's TSCharacters table), full-width ASCII becomes ASCII, and
Latin letters are lower-cased.
"""

from __future__ import annotations

import itertools
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

MAX_SENTENCE = 400  # characters; longer runs (no punctuation) are cut so work stays bounded
BLOCK = 8192  # paragraphs longer than this are cut on a fixed grid, for the same reason

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20  # ideographic space
# Typographic variants that authors use interchangeably in cue phrases.
# Hong Kong written Cantonese negates with its own characters: 唔 (唔會 "won't") is 不, 冇 (冇可能
# "not possible", 冇投資 "did not invest") is 无. Folded so that every negation reading knows them.
_CANTONESE = {ord("唔"): ord("不"), ord("冇"): ord("无")}
_PUNCT = {0x2019: ord("'"), 0x2018: ord("'"), 0x2010: ord("-"), 0x2011: ord("-"), 0x2013: ord("-")}


@lru_cache(maxsize=1)
def _table() -> dict[int, int]:
    """Traditional -> simplified (first candidate), full width -> ASCII, A-Z -> a-z."""
    # A declared dependency: without its dictionary traditional Chinese would silently stop
    # matching, so a missing or broken install fails loudly (ImportError, OSError).
    import opencc

    table: dict[int, int] = {}
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        trad, _, simp = line.partition("\t")
        first = simp.split(" ")[0] if simp else ""
        if len(trad) == 1 and len(first) == 1 and trad != first:
            table[ord(trad)] = ord(first)
    table.update(_FULLWIDTH)
    table.update(_PUNCT)
    table.update(_CANTONESE)
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = cp + 32
    for src, dst in list(_FULLWIDTH.items()):
        if ord("A") <= dst <= ord("Z"):
            table[src] = dst + 32
    return table


def normalise(text: str) -> str:
    """Fold `text` for matching without changing its length.

    ASCII text takes a fast path (`str.lower`); anything else goes through the translation
    table, then non-ASCII letters are lower-cased one by one where that keeps one character.
    """
    if text.isascii():
        return text.lower()
    out = text.translate(_table())
    lowered = out.lower()
    if len(lowered) == len(out):
        return lowered
    # A few letters (e.g. U+0130) lower-case to two characters: fold those one at a time.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in out)


# --- a cheaper fold for looking for phrases -----------------------------------------------------
#
# `normalise` goes through a translation table one character at a time: for Chinese text that is
# most of what looking for a subject costs. Lower-casing alone is several times cheaper, and a
# phrase can be looked for in lower-cased text under each of its spellings: every string that
# `normalise` turns into it ("英伟达": also "英偉達", "英偉达", "英伟達"). Full-width letters and
# digits would multiply the spellings of every Latin phrase, so text holding any is normalised.

_FULLWIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def fold_case(text: str) -> str | None:
    """`text` lower-cased, when its phrases can be found there by their `spellings`: one
    character per character and no full-width letters or digits. None otherwise."""
    lowered = text.lower()
    if text.isascii():
        return lowered
    if len(lowered) != len(text) or _FULLWIDTH_ALNUM.search(text):
        return None
    return lowered


@lru_cache(maxsize=1)
def _spelled_as() -> dict[str, tuple[str, ...]]:
    """A character of normalised text -> the other lower-cased characters that normalise to it
    (full-width letters and digits left out: `fold_case` turns such text away)."""
    others: dict[str, list[str]] = {}
    for src, dst in _table().items():
        raw, target = chr(src).lower(), chr(dst).lower()
        if raw != target and not _FULLWIDTH_ALNUM.match(raw):
            others.setdefault(target, []).append(raw)
    return {target: tuple(raws) for target, raws in others.items()}


def spellings(phrase: str, limit: int = 256) -> list[str] | None:
    """Every lower-cased string (without full-width letters or digits) that `normalise` turns
    into the normalised `phrase`, or None when there are more than `limit`. Where `fold_case`
    gives text, a spelling occurs wherever the phrase occurs in `normalise(text)`."""
    options = [(ch, *_spelled_as().get(ch, ())) for ch in phrase]
    if math.prod(len(o) for o in options) > limit:
        return None
    return ["".join(chars) for chars in itertools.product(*options)]


def phrase_list(text: str) -> tuple[str, ...]:
    """The phrases of a list written as one string, "|" between them ("never said|never agreed"),
    as the built-in vocabularies are written; blanks around and between them are dropped."""
    return tuple(p.strip() for p in text.split("|") if p.strip())


def is_cjk(ch: str) -> bool:
    """True for CJK ideographs and the punctuation/kana blocks around them."""
    cp = ord(ch)
    return 0x2E80 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x2FFFF


# ASCII letters and digits: what an ASCII phrase must not touch on either side.
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


_CJK = re.compile("[\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")


def reading_width(text: str) -> int:
    """A reading distance: a CJK character counts 2, anything else 1 (an English word of
    about five letters reads like two or three Chinese characters)."""
    return len(text) + len(_CJK.findall(text))


# --- sentences --------------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "inc",
        "corp",
        "co",
        "ltd",
        "llc",
        "plc",
        "jr",
        "sr",
        "st",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "gen",
        "gov",
        "sen",
        "rep",
        "dept",
        "est",
        "approx",
        # in company and place names: "Warner Bros. Discovery", "Acme Cos. Inc."
        "bros",
        "cos",
        "intl",
        "assn",
        "mfg",
        "pty",
        "hldgs",
        "grp",
        "mt",
        "ft",
        "ave",
        "capt",
        "col",
        "lt",
        "sgt",
        "messrs",
    ]
)
_CLOSERS = "”’\"'」』)）】"
_TERMINATOR = re.compile(
    r"[。！？!?\n]+[" + _CLOSERS + r"]*|\.(?=[\s" + _CLOSERS + r"]|$)[" + _CLOSERS + r"]*"
)


class Span(NamedTuple):
    """A stretch of text, start to end (a named tuple: spans key the engine's per-sentence
    caches, and a tuple is built and hashed at C speed)."""

    start: int
    end: int


def block_of(text: str, pos: int) -> Span:
    """The paragraph around `pos`: newline to newline, cut on a fixed grid of BLOCK characters so
    a megabyte without newlines is never scanned more than once per grid cell."""
    lo = (pos // BLOCK) * BLOCK
    hi = min(len(text), lo + BLOCK)
    start = max(text.rfind("\n", lo, pos) + 1, lo)
    end = text.find("\n", pos, hi)
    return Span(start, hi if end < 0 else end)


def split_sentences(
    text: str, start: int = 0, end: int | None = None, cased: str | None = None
) -> list[Span]:
    """Sentence spans of text[start:end]: split after 。！？ . ! ? and newlines (a semicolon
    joins clauses of one sentence, which `markers.clause_break` keeps apart), not after
    abbreviations ("U.S.", "Inc.", "Feb.", "Bros.", initials) or inside numbers ("$1.4"); runs
    longer than MAX_SENTENCE are cut at a space or comma near the limit. Spans are trimmed of
    white space and never empty. `cased`: the text as written when `text` is its lower-cased
    twin (same offsets); a full stop followed by a lower-case word then ends no sentence."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    cursor = start
    for m in _TERMINATOR.finditer(text, start, end):
        if m.group().startswith(".") and (
            _is_abbreviation(text, m.start(), cursor) or _continues(cased, m.end(), end)
        ):
            continue
        _emit(text, cursor, m.end(), spans)
        cursor = m.end()
    _emit(text, cursor, end, spans)
    return spans


# the letters and dots of a word before a full stop ("u.s", "inc"), read back from the stop
_ABBREVIATION_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ."
_ABBREVIATION_READ = 16  # characters looked at in one copy; a longer run is walked further


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    # most words are short: one rstrip over a short copy finds where the word starts
    reach = max(floor, dot - _ABBREVIATION_READ)
    before = text[reach:dot]
    word_start = dot - (len(before) - len(before.rstrip(_ABBREVIATION_CHARS)))
    while (
        word_start == reach
        and word_start > floor
        and (
            (text[word_start - 1].isascii() and text[word_start - 1].isalpha())
            or text[word_start - 1] == "."
        )
    ):
        reach = word_start = word_start - 1  # the run fills the copy: walk on before it
    word = text[word_start:dot].lower()
    if not word:
        return False
    if word in ("no", "rs"):  # "No. 1", "Rs. 490" (rupees), but "It said no."
        return text[dot + 1 : dot + 3].strip()[:1].isdigit()
    # A single letter ("U." in "U.S.", initials: "J. P. Morgan"; lower case in normalised
    # text) or a listed abbreviation.
    return word in _ABBREVIATIONS or (len(word) == 1 and text[dot - 1].isascii())


_NEXT_WORD = re.compile(r"[A-Za-z0-9]+")


def _continues(cased: str | None, after: int, end: int) -> bool:
    """True when the words after a full stop go on in lower case ("Acme Inc. said"): no new
    sentence starts there. A name written with a lower-case first letter and a digit or a capital
    inside ("a2 bought", "eBay said", "iPhone sales") starts one."""
    if cased is None:
        return False
    i = after
    while i < end and i - after < 3 and cased[i] == " ":
        i += 1
    if not (i > after and i < end and cased[i].isascii() and cased[i].islower()):
        return False
    word = _NEXT_WORD.match(cased, i, min(end, i + 24))
    if word is None:
        return True
    return word.group().islower() and not any(c.isdigit() for c in word.group())


def _emit(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = _cut_point(text, start, start + MAX_SENTENCE)
        _emit(text, start, cut, out)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Span(start, end))


def _cut_point(text: str, start: int, limit: int) -> int:
    floor = start + MAX_SENTENCE // 2
    for seps in (("，", "、", ",", "："), (" ",)):
        best = max(text.rfind(s, floor, limit) for s in seps)
        if best > floor:
            return best + 1
    return limit


# --- finding phrases ------------------------------------------------------------------------

_SUFFIXES = ("s", "es", "d", "ed", "ing")


def accept_hit(norm: str, start: int, end: int, inflect: bool = False) -> int:
    """Check word boundaries for a phrase found at norm[start:end]; return its end (possibly
    extended over an English inflection when `inflect`), or -1 to reject.

    A phrase that starts or ends with an ASCII letter or digit must not touch another one on that
    side ("OpenAIX" is not "OpenAI"); CJK needs no boundary ("OpenAI宣布" is OpenAI)."""
    word = _WORD_CHARS
    phrase_last = norm[end - 1]
    if start > 0 and norm[start] in word and norm[start - 1] in word:
        return -1
    if end >= len(norm) or phrase_last not in word or norm[end] not in word:
        return end
    if inflect and phrase_last.isalpha():
        for suffix in _SUFFIXES:
            stop = end + len(suffix)
            if norm.startswith(suffix, end) and (stop >= len(norm) or norm[stop] not in word):
                return -1 if _plural_noun(norm, start, stop) else stop
    return -1


# A transitive verb whose -s form is also another noun's plural ("power shelves", the plural of
# shelf; "two axes"): with no object after it (a preposition, a conjunction, a participle or
# punctuation follows) it is the noun.
_PLURAL_HOMOGRAPHS = frozenset(["shelves", "axes"])
_NO_OBJECT = re.compile(
    r"\s*(?:[,.;:)]|$|(?:and|or|to|for|of|in|at|on|with|from|used|made|sold|that|which|where|"
    r"are|were)(?![a-z]))"
)


def _plural_noun(norm: str, start: int, stop: int) -> bool:
    """Whether the inflected word norm[start:stop] is a plural noun (`_PLURAL_HOMOGRAPHS`)."""
    return norm[start:stop] in _PLURAL_HOMOGRAPHS and _NO_OBJECT.match(norm, stop) is not None


def last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of `pattern` in `text` (the one nearest what follows), else None."""
    found = None
    for found in pattern.finditer(text):  # noqa: B007 - the loop keeps the last
        pass
    return found


# --- lines wrapped inside a paragraph ---------------------------------------------------------

# Text wrapped at a fixed width (Markdown written by hand, plain-text wire copy) breaks a line
# inside a sentence: "…擴建HBM封裝廠的\n150億美元只屬…". A newline ends a sentence everywhere
# else, so the figure would lose the subject a line above. A single newline after a long line
# that ends mid-sentence, before a line that opens no list item, heading, quote or table row, is
# a space. Short lines (a list of headlines, a dateline) and headings keep their newlines, and
# an English line that opens with a capital continues only a line ending in a word that cannot
# end a sentence ("in\nLondon"): a list of long headlines stays a list.
_ENDED = frozenset(" \t\r\n。！？!?.:：;；」”\"')）]")
_NOT_WRAPPED = re.compile(r"[\s\-*•#>|]|\d+[.)、]\s|[（(]?\d+[)）]")
_OPEN_END = re.compile(
    r"(?<![a-z])(?:a|an|the|of|in|on|at|to|by|for|from|with|and|or|as|its|their|than)$"
)
WRAPPED_LINE = 60  # reading width: a line narrower than this was ended, not wrapped


def unwrap(text: str) -> str:
    """`text` with the newlines that only wrap a paragraph's lines made spaces (same length)."""
    wraps = []
    line_start, at = 0, text.find("\n")
    while at >= 0:
        start, end = line_start, at
        line_start, at = at + 1, text.find("\n", at + 1)
        # most lines end a paragraph or are short: looked at without copying them
        if end - start < WRAPPED_LINE // 2 or text[end - 1] in _ENDED:
            continue
        line = text[start:end]
        if line.lstrip()[:1] in ("#", "|") or _NOT_WRAPPED.match(text, line_start):
            continue
        if line_start >= len(text) or reading_width(line) < WRAPPED_LINE:
            continue
        after = text[line_start]
        capital = after.isascii() and after.isupper() and line[-1].isascii()
        if not capital or _OPEN_END.search(line):
            wraps.append(line_start - 1)
    if not wraps:
        return text
    pieces, last = [], 0
    for at in wraps:
        pieces += [text[last:at], " "]
        last = at + 1
    pieces.append(text[last:])
    return "".join(pieces)
