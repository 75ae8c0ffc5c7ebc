"""Text plumbing for the claim engine: normalisation, sentences, and the small words that
change what a sentence means (negation, hedges, questions, background markers).

Normalisation is length-preserving (one character in, one character out), so an offset into
the normalised text is an offset into the original: traditional Chinese becomes simplified
character by character (OpenCC's TSCharacters table), full-width ASCII becomes ASCII, and
Latin letters are lower-cased.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MAX_SENTENCE = 400  # characters; longer runs (no punctuation) are cut so work stays bounded
BLOCK = 8192  # paragraphs longer than this are cut on a fixed grid, for the same reason

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20  # ideographic space
# Typographic variants that authors use interchangeably in cue phrases.
_PUNCT = {0x2019: ord("'"), 0x2018: ord("'"), 0x2010: ord("-"), 0x2011: ord("-"), 0x2013: ord("-")}


@lru_cache(maxsize=1)
def _table() -> dict[int, int]:
    """Traditional -> simplified (first candidate), full width -> ASCII, A-Z -> a-z."""
    table: dict[int, int] = {}
    try:
        import opencc

        path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
        for line in path.read_text(encoding="utf-8").splitlines():
            trad, _, simp = line.partition("\t")
            first = simp.split(" ")[0] if simp else ""
            if len(trad) == 1 and len(first) == 1 and trad != first:
                table[ord(trad)] = ord(first)
    except (ImportError, OSError):  # pragma: no cover - opencc is a declared dependency
        pass
    table.update(_FULLWIDTH)
    table.update(_PUNCT)
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


def is_cjk(ch: str) -> bool:
    """True for CJK ideographs and the punctuation/kana blocks around them."""
    cp = ord(ch)
    return 0x2E80 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x2FFFF


# ASCII letters and digits: what an ASCII phrase must not touch on either side.
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


_CJK = re.compile("[\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")


def width(text: str) -> int:
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
    ]
)
_CLOSERS = "”’\"'」』)）】"
_TERMINATOR = re.compile(
    r"[。！？；!?;\n]+[" + _CLOSERS + r"]*|\.(?=[\s" + _CLOSERS + r"]|$)[" + _CLOSERS + r"]*"
)


@dataclass(frozen=True)
class Span:
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


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans of text[start:end]: split after 。！？； . ! ? ; and newlines, not after
    abbreviations ("U.S.", "Inc.", "Feb.") or inside numbers ("$1.4"); runs longer than
    MAX_SENTENCE are cut at a space or comma near the limit. Spans are trimmed of white space
    and never empty."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    cursor = start
    for m in _TERMINATOR.finditer(text, start, end):
        if m.group().startswith(".") and _is_abbreviation(text, m.start(), cursor):
            continue
        _emit(text, cursor, m.end(), spans)
        cursor = m.end()
    _emit(text, cursor, end, spans)
    return spans


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    word_start = dot
    while word_start > floor and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if not word:
        return False
    if word == "no":  # "No. 1", but "It said no."
        return text[dot + 1 : dot + 3].strip()[:1].isdigit()
    # A single capital ("U." in "U.S.", initials) or a listed abbreviation.
    return word in _ABBREVIATIONS or (len(word) == 1 and text[dot - 1].isupper())


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


# --- the words around a cue -------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


NEGATORS = _words(
    "not|n't|never|no|no longer|without|neither|nor|nothing like|far from|instead of|"
    "rather than|不|没|没有|未|并未|尚未|从未|无|非|并非|绝非|不会|不是|而非|而不是"
)
# Words after a predicate that negate it (年内挂牌已无可能: "a listing this year is off").
NEGATORS_POST = _words(
    "无望|已无可能|无可能|不可能|落空|泡汤|告吹|off the table|is unlikely|are unlikely|"
    "looks unlikely|now unlikely"
)
# Verbs that negate a whole reported clause ("denied a report that it would delay ...").
DENIALS = _words(
    "denied|denies|deny|denying|rejected|rejects|ruled out|rules out|dismissed|dismisses|"
    "refuted|false|否认|驳斥|辟谣|不实|否定"
)
# Words that contain a Chinese negator character but negate nothing.
NOT_NEGATORS = _words(
    "不断|不仅|不少|不过|不久|不但|不管|不论|不得不|不到|不足|无论|非常|未来|无疑|不同|"
    "非营利|并非只|不止|无限|not only|no doubt|not just"
)
# Deliberation and rumour: nothing decided yet.
SPECULATION = _words(
    "considering|considers|weighing|mulling|exploring|in talks|talks to|advanced talks|"
    "negotiations|in discussions|discussing|negotiating|rumored|rumoured|speculation|speculated|"
    "would consider|hopes to|if |seeking|seeks|looking to|nears|nearing|close to a deal|"
    "close to finalizing|close to finalising|closing in on|betting on|bets on|price in|"
    "priced in|prediction market|some say|some analysts|predicted|predicts|有观点|观点认为|寻求|"
    "接近|有意|有人说|有人认为|推测|猜测|或将|拟|考虑|商谈|谈判|洽谈|磋商|据传|传闻|传言|盛传|"
    "传出|计划中|酝酿|讨论"
)
# Modal and expectation: a likely outcome, not a fact. (A separate kind so that a future
# calibration can weigh them apart; today both weigh the same.)
MODAL = _words(
    "may|might|could|potential|potentially|possibly|possible|expect|expects|expected|"
    "expectations|forecast|forecasts|可能|预计|预期|有望|或许|也许"
)
ATTRIBUTION = _words(
    "reportedly|according to|sources said|people familiar|person familiar|"
    "people with knowledge|said to be|is said to|people close to|the information|据悉|据报道|"
    "据称|消息人士|知情人士|援引|报道称|据了解|被指|根据"
)
QUESTION = _words("?|？|吗|是否|能否|会不会|是不是|whether|何时|will it|can it")
# Background markers that govern what follows them ("previously announced", 此前宣布) ...
BACKGROUND = _words(
    "previously|earlier|back in|originally|initially|had announced|had pledged|had agreed|"
    "had committed|had said|had planned|had promised|once said|first announced|"
    "already announced|已于|此前|曾|曾经|早前|之前|去年|先前|早些时候|原本|最初|当时|原先|"
    "早在|up from|down from|compared with|compared to|previous|prior|below the|above the|"
    "较此前|高于此前|低于此前|has since|had since|originally planned|original plan|"
    "original timetable|had planned|原计划|原定|原订|原本计划|个月前|年前|最近一轮|上一轮|"
    "last round|previous round"
)
# ... and those that date the rest of their clause ("comes two months after OpenAI completed ...").
BACKGROUND_CLAUSE = _words(
    "months after|weeks after|years after|days after|comes after|came after|in the wake of|"
    "months since|weeks since|个月后|之后不久"
)
# ... and those that follow what they date ("the deal announced last year").
BACKGROUND_POST = _words(
    "last year|earlier this year|at the time|a year ago|months ago|announced in|"
    "announced last|which closed|was announced|were announced|announced earlier|"
    "unveiled last|unveiled in|had cited|previously cited|it had|had been"
)
# Words that introduce someone's earlier claim; a cue quoted right after one is not news.
QUOTE_INTRO = _words(
    "claimed|claims that|the claim|predicted|promised|pledged|vowed|boasted|had said|"
    "once said|the promise|the prediction|声称|宣称|预言|放话|曾表示|扬言|曾承诺|曾称|预测"
)
CLAUSE_BREAKS = ",;:—，；："
CLAUSE_WORDS = _words(" but | however| while | whereas |但|但是|然而|而是|不过")


@lru_cache(maxsize=1)
def marker_lexicon() -> dict[str, tuple[str, ...]]:
    """Every marker phrase (normalised) -> the kinds it belongs to."""
    kinds: dict[str, list[str]] = {}
    for kind, words in (
        ("negation", NEGATORS),
        ("denial", DENIALS),
        ("negation_post", NEGATORS_POST),
        ("not_negation", NOT_NEGATORS),
        ("speculation", SPECULATION),
        ("modal", MODAL),
        ("attribution", ATTRIBUTION),
        ("question", QUESTION),
        ("background", BACKGROUND),
        ("background_post", BACKGROUND_POST),
        ("background_clause", BACKGROUND_CLAUSE),
        ("quote_intro", QUOTE_INTRO),
        ("clause", CLAUSE_WORDS),
    ):
        for word in words:
            kinds.setdefault(normalise(word), []).append(kind)
    return {w: tuple(k) for w, k in kinds.items()}


# --- finding phrases and markers --------------------------------------------------------------

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
                return stop
    return -1


@dataclass(frozen=True)
class Marker:
    """A negation, hedge, question, background or clause word found in a sentence."""

    kind: str
    word: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _marker_automaton() -> object:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word, kinds in marker_lexicon().items():
        automaton.add_word(word, (word, kinds))
    automaton.make_automaton()
    return automaton


def find_markers(norm: str, start: int, end: int) -> list[Marker]:
    """The marker words in norm[start:end], with the words that merely contain a negator
    character (不断, 未来) removed."""
    automaton = _marker_automaton()
    found: list[Marker] = []
    for stop, (word, kinds) in automaton.iter(norm, start, end):  # type: ignore[attr-defined]
        first = stop - len(word) + 1
        if word.strip() != word:
            last = accept_hit(norm, first, first + len(word.rstrip()))
        else:
            last = accept_hit(norm, first, stop + 1)
        if last < 0:
            continue
        found.extend(Marker(kind, word, first, stop + 1) for kind in kinds)
    shields = [m for m in found if m.kind == "not_negation"]

    def shielded(m: Marker) -> bool:
        return any(s.start <= m.start and m.end <= s.end for s in shields)

    return [
        m for m in found if m.kind != "not_negation" and not (m.kind == "negation" and shielded(m))
    ]


def clause_break(norm: str, a: int, b: int, markers: list[Marker]) -> bool:
    """True when a comma, semicolon, colon, dash or a word like "but"/但 separates a and b."""
    if a > b:
        a, b = b, a
    if any(c in CLAUSE_BREAKS for c in norm[a:b]):
        return True
    return any(m.kind == "clause" and a <= m.start and m.end <= b for m in markers)


def scoped(
    norm: str,
    markers: list[Marker],
    kind: str,
    start: int,
    end: int,
    *,
    reach: int,
    side: str = "before",
) -> Marker | None:
    """The marker of `kind` that governs the phrase at norm[start:end]: on `side` of it
    ("before" or "after"), within `reach` (see `width`) and in the same clause."""
    for m in markers:
        if m.kind != kind or (m.start < end and start < m.end):
            continue
        if side == "before" and m.end <= start:
            a, b = m.end, start
        elif side == "after" and m.start >= end:
            a, b = end, m.start
        else:
            continue
        if width(norm[a:b]) <= reach and not clause_break(norm, a, b, markers):
            return m
    return None


_QUOTES = {"“": "”", '"': '"', "「": "」", "『": "』", "‘": "’"}
_OPENING = re.compile("[" + "".join(_QUOTES) + "]")


def quote_spans(norm: str, start: int, end: int) -> list[Span]:
    """Quoted stretches of norm[start:end] ("...", “...”, 「...」), opening quote included."""
    spans: list[Span] = []
    i = start
    while (opening := _OPENING.search(norm, i, end)) is not None:
        i = opening.start()
        j = norm.find(_QUOTES[norm[i]], i + 1, end)
        if j < 0:
            break
        spans.append(Span(i, j + 1))
        i = j + 1
    return spans


def sentence_opening(norm: str, markers: list[Marker], kind: str, sentence: Span) -> Marker | None:
    """A marker of `kind` that opens the sentence ("Earlier this year, ...", 此前，...) and so
    governs all of it: the first words, or an opening phrase closed by a comma."""
    for m in markers:
        if m.kind != kind:
            continue
        lead = norm[sentence.start : m.start]
        if not lead.strip() or (
            width(lead) <= 12 and any(c in norm[m.end : m.end + 12] for c in ",，")
        ):
            return m
    return None
