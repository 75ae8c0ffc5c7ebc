"""From a rule's phrases to what the automaton looks for, and back from its hits to cues.

    rule_terms(rule)      every phrase of a rule the automaton looks for: (kind, key, phrases)
    terms(rules)          every phrase of every rule, vocabularies expanded (`watch.claims.vocab`),
                          gapped cues split into parts, multi-word English phrases inflected
    join_gaps(hits, norm) the parts of a gapped cue, in order and a few words apart, -> one hit
    drop_excluded(hits)   hits inside a rule's `exclude` phrase (员工 in 员工大会), or inside a
                          compound their vocabulary names (延迟 in 低延迟) -> gone
    drop_undone(hits)     a cue for the other side that a <no-commitment> hit qualifies
                          ("term sheet" of "non-binding term sheet") -> gone

Pure functions over normalised text (`watch.claims.text.normalise`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence

from watch.claims import coverbs, vocab
from watch.claims.buyers import BUY_VERBS, CONVERSE, sale_choice
from watch.claims.payouts import payout_terms
from watch.claims.rules import ClaimRule
from watch.claims.signals import Hit, Term, TermKind
from watch.claims.text import normalise, reading_width
from watch.models import Stance

GAP_WORDS = 4  # at most this many words between two parts of a gapped cue ...
GAP_WIDTH = 24  # ... and at most this `reading_width` (a CJK character counts 2: 裁员约3万人 fits)
_BREAK = re.compile(r"[.;:!?。；：！？\n,，、]")
_NUMBER_COMMA = re.compile(r"(?<=\d),(?=\d)")
# A gap that ends in a particle or a comparative belongs to another phrasal verb: "brings Apple
# closer to", "brought the team back to", "put the plan together with" are not "brings ... to".
_OTHER_PHRASAL = re.compile(
    r"(?<![a-z])(?:closer|nearer|back|together|up|down|forward|along|in line|into line)\s*$"
)
_LATIN_PHRASE = re.compile(r"[a-z][a-z'-]*( [a-z0-9$%'-]+)+")

# Verbs whose past or -ing form is not the regular one ("lay off" -> "laid off").
_IRREGULAR = {
    "lay": ("lays", "laid", "laying"),
    "cut": ("cuts", "cutting"),
    "put": ("puts", "putting"),
    "set": ("sets", "setting"),
    "sit": ("sits", "sat", "sitting"),
    "shut": ("shuts", "shutting"),
    "run": ("runs", "ran", "running"),
    "hold": ("holds", "held", "holding"),
    "take": ("takes", "took", "taken", "taking"),
    "make": ("makes", "made", "making"),
    "go": ("goes", "went", "gone", "going"),
    "break": ("breaks", "broke", "broken", "breaking"),
    "give": ("gives", "gave", "given", "giving"),
    "bring": ("brings", "brought", "bringing"),
    "withdraw": ("withdraws", "withdrew", "withdrawn", "withdrawing"),
    "draw": ("draws", "drew", "drawn", "drawing"),
    "pay": ("pays", "paid", "paying"),
    "say": ("says", "said", "saying"),
    "commit": ("commits", "committed", "committing"),
    "shed": ("sheds", "shedding"),
    "win": ("wins", "won", "winning"),
    "back": ("backs", "backed", "backing"),
}
# First words that are not verbs: "not binding" has no "notted binding".
_NOT_VERBS = frozenset(
    "a an the to of in on at by for with without not no never nothing is are was were be been "  # noqa: SIM905
    "has have had will would did does do its their his her one each every full entire until all "
    "any this that these those more less most least far rather instead".split()
)


def inflections(phrase: str) -> list[str]:
    """The other forms of a multi-word English phrase, inflecting its first word: "walk away"
    -> walks/walked/walking away. One-word phrases are inflected at match time instead
    (`text.accept_hit`); CJK phrases do not inflect."""
    if not _LATIN_PHRASE.fullmatch(phrase):
        return []
    verb, rest = phrase.split(" ", 1)
    return [f"{form} {rest}" for form in _forms(verb)]


_LATIN_WORD = re.compile(r"[a-z]{2,}")


def respelled(word: str) -> list[str]:
    """The forms of a one-word English cue that are not it plus a suffix: "cut" ->
    cutting, "trim" -> trims/trimmed/trimming's respelled ones, "close" -> closing, "deny" ->
    denies/denied. The forms that only add a suffix are found at match time (`text.accept_hit`)."""
    if not _LATIN_WORD.fullmatch(word):
        return []
    plain = {word + suffix for suffix in ("s", "es", "d", "ed", "ing")}  # `text._SUFFIXES`
    return [form for form in _forms(word) if form not in plain]


# The nouns of verbs of change, which respell the verb ("reduce" -> "a payout reduction").
_NOUNS = {
    "reduce": ("reduction", "reductions"),
    "cancel": ("cancellation", "cancellations"),
    "suspend": ("suspension", "suspensions"),
    "postpone": ("postponement", "postponements"),
    "withdraw": ("withdrawal", "withdrawals"),
}
# A bare -ing form is as often a gerund ("cutting costs is hard") or a participle that borrows
# its main verb's time ("moved first, approving a line in March"): a respelled one counts only
# in the progressive, after a form of "be" ("we are trimming spending").
_BE = ("am", "is", "are", "was", "were", "be", "been", "'re", "'s", "'m")


def _progressive(form: str) -> list[str]:
    """A respelled form as looked for: an -ing form after each form of "be", else itself."""
    return [f"{be} {form}" for be in _BE] if form.endswith("ing") else [form]


def _forms(verb: str) -> list[str]:
    """A verb's -s, past and -ing forms (irregular ones from `_IRREGULAR`); none for a word that
    is no verb (`_NOT_VERBS`) or already inflected."""
    if verb in _NOT_VERBS or verb.endswith(("ed", "ing")) or len(verb) < 2:
        return []
    if verb in _IRREGULAR:
        forms: Iterable[str] = _IRREGULAR[verb]
    elif verb.endswith("e"):
        forms = (verb + "s", verb + "d", verb[:-1] + "ing")
    elif verb.endswith("y") and verb[-2:-1] not in tuple("aeiou"):
        forms = (verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing")
    elif verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms = (verb + "es", verb + "ed", verb + "ing")
    elif re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):  # one short syllable: drop, ship
        forms = (verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing")
    else:
        forms = (verb + "s", verb + "ed", verb + "ing")
    return [form for form in forms if form != verb]


_LATIN_NOUN = re.compile(r"[a-z][a-z -]*[a-z]")


def plural(phrase: str) -> str:
    """The -s plural of an English alias written in lower case, a common noun ("robotaxi" ->
    robotaxis, "job cut" -> job cuts), as a one-word cue finds its -s form; "" for a name
    (written with a capital: "Uber" stays "Uber"), a word already ending in s, or CJK."""
    if not _LATIN_NOUN.fullmatch(phrase) or phrase.endswith("s"):
        return ""
    if phrase.endswith(("sh", "ch", "x", "z")):
        return phrase + "es"
    if phrase.endswith("y") and phrase[-2] not in "aeiou":
        return phrase[:-1] + "ies"
    return phrase + "s"


def rule_terms(rule: ClaimRule) -> list[tuple[TermKind, str, Sequence[str]]]:
    """Every phrase of `rule` the automaton looks for: (kind, key, phrases)."""
    terms: list[tuple[TermKind, str, Sequence[str]]] = [
        (TermKind.ALIAS, group, aliases) for group, aliases in rule.subject.items()
    ]
    # "Shareholders will receive 2.00 euros per share": the dividend group, unnamed (`payouts`)
    terms += [(TermKind.ALIAS, group, p) for group, p in payout_terms(rule.subject)]
    terms += [
        (TermKind.CUE, Stance.CONFIRMS.value, rule.confirms),
        (TermKind.CUE, Stance.CONTRADICTS.value, rule.contradicts),
        (TermKind.BACKGROUND, "", rule.background),
        (TermKind.PENDING, "", rule.pending),
        (TermKind.RIVAL, "", rule.rivals),
        (TermKind.OVERDUE, "", rule.overdue),
        (TermKind.CHOICE, "", rule.choice.verbs if rule.choice else []),
        # a sale's buyer told from its side: "DP World agreed to buy Kerry's unit"
        (
            TermKind.CHOICE,
            CONVERSE,
            BUY_VERBS if rule.choice and sale_choice(rule.choice.verbs) else [],
        ),
        (TermKind.REPORTED, "", rule.reported_by),
        (TermKind.EXCLUDE, "", rule.exclude),
    ]
    for j, amount in enumerate(rule.amount):
        terms += [
            (TermKind.AMOUNT_NEAR, str(j), amount.near),
            (TermKind.AMOUNT_NOT_NEAR, str(j), amount.not_near),
        ]
    terms.append((TermKind.WHEN_NEAR, "", rule.when.near if rule.when else []))
    terms.append((TermKind.METRIC, "", rule.direction.metric if rule.direction else []))
    return terms


def terms(rules: Sequence[ClaimRule]) -> dict[str, list[Term]]:
    """Normalised phrase -> the rule terms it stands for (`rule_terms`). Raises
    vocab.UnknownVocabulary for a `<name>` no vocabulary defines."""
    table: dict[str, list[Term]] = defaultdict(list)
    gapped = 0
    for i, rule in enumerate(rules):
        used: set[str] = set()
        for kind, key, phrases in rule_terms(rule):
            for written in phrases:
                ideas = _ideas(written)
                used.update(filter(None, ideas))
                shapes = vocab.shapes(written, rule.vocabularies)
                if kind is TermKind.CUE:  # 完成出售 also finds 完成向X出售
                    shapes += [s for shape in shapes for s in coverbs.split_shapes(shape)]
                for shape in shapes:
                    if len(shape) == 1:
                        for phrase in shape[0]:
                            term = Term(i, kind, key, phrase, idea=ideas[0])
                            table[normalise(phrase.strip())].append(term)
                        continue
                    gapped += 1
                    for k, alternatives in enumerate(shape):
                        idea = ideas[k] if len(ideas) > 1 else ideas[0]
                        for phrase in alternatives:
                            term = Term(i, kind, key, written, gapped, k, len(shape), idea)
                            table[normalise(phrase.strip())].append(term)
        # Each vocabulary the rule names brings the compounds its phrases mean nothing inside.
        for name in sorted(used):
            for fence in vocab.not_inside(name, rule.vocabularies):
                pieces = vocab.parts(fence)
                if len(pieces) > 1:
                    gapped += 1
                for k, piece in enumerate(pieces):
                    where = (gapped, k, len(pieces)) if len(pieces) > 1 else (-1, 0, 1)
                    term = Term(i, TermKind.NOT_INSIDE, name, fence, *where)
                    table[normalise(piece)].append(term)
    for phrase, entries in list(table.items()):
        movable = [e for e in entries if e.kind is not TermKind.ALIAS]
        for form in inflections(phrase) if movable else ():
            table[form] = table.get(form, []) + movable
        # a one-word cue's respelled forms (trimmed, denied; "are cutting", "is closing"), and
        # the noun of a verb of change ("a payout reduction", "the suspension of")
        cues = [e for e in movable if e.kind is TermKind.CUE] if " " not in phrase else []
        for form in respelled(phrase) + list(_NOUNS.get(phrase, ())) if cues else ():
            for said in _progressive(form):
                table[said] = table.get(said, []) + cues
        nouns = [e for e in entries if e.kind is TermKind.ALIAS and e.phrase.islower()]
        many = plural(phrase) if nouns else ""
        if many:
            table[many] = table.get(many, []) + nouns
    # One entry per role: a phrase listed twice (in a vocabulary and in the rule, or written out
    # and also an inflection: "pushed back") would count its evidence twice.
    return {phrase: _unique(entries) for phrase, entries in table.items()}


def _ideas(written: str) -> list[str]:
    """The vocabulary each part of a written phrase names ("" for plain words)."""
    return [m.group(1) if (m := vocab.REF.fullmatch(p)) else "" for p in vocab.parts(written)]


def _unique(entries: list[Term]) -> list[Term]:
    seen: set[tuple[int, TermKind, str, int, int]] = set()
    out = []
    for e in entries:
        role = (e.rule, e.kind, e.key, e.gapped, e.part)
        if role not in seen:
            seen.add(role)
            out.append(e)
    return out


def refine(hits: list[Hit], norm: str) -> list[Hit]:
    """One rule's hits in one text, gapped cues joined and excluded hits dropped."""
    return drop_undone(drop_excluded(join_gaps(hits, norm)), norm)


def join_gaps(hits: list[Hit], norm: str) -> list[Hit]:
    """Each run of a gapped cue's parts, in order, each within a few words of the one before
    and in the same clause, as one hit spanning them all; stray parts are dropped. A part
    starts its chain from its own nearest next part, so "cut costs, cut 3,000 jobs" joins the
    second "cut" to "jobs"."""
    plain = [h for h in hits if h.entry.parts == 1]
    if len(plain) == len(hits):
        return hits
    by_cue: dict[int, list[Hit]] = defaultdict(list)
    for h in hits:
        if h.entry.parts > 1:
            by_cue[h.entry.gapped].append(h)
    joined: list[Hit] = []
    for parts in by_cue.values():
        parts.sort(key=lambda h: (h.start, -h.end))
        starts = [h.start for h in parts]
        used_end = -1
        for first in (h for h in parts if h.entry.part == 0):
            if first.start < used_end:
                continue
            chain = [first]
            while len(chain) < first.entry.parts:
                step = _next_part(norm, parts, starts, chain[-1].end, len(chain))
                if step is None:
                    break
                chain.append(step)
            if len(chain) == first.entry.parts:
                e = first.entry
                whole = Term(e.rule, e.kind, e.key, e.phrase, idea=e.idea)
                joined.append(Hit(first.start, chain[-1].end, whole))
                used_end = chain[-1].end
    return sorted(plain + _not_doubled(joined, plain), key=lambda h: h.start)


def _next_part(norm: str, parts: list[Hit], starts: list[int], end: int, part: int) -> Hit | None:
    """The first hit of the cue's `part`-th part (in `parts`, by start) that starts at or after
    `end` and near it (`_near`); parts farther than GAP_WIDTH are never near, so the walk
    stops there."""
    for i in range(bisect_left(starts, end), len(parts)):
        h = parts[i]
        if h.start - end > GAP_WIDTH:
            break
        if h.entry.part == part and _near(norm, end, h.start):
            return h
    return None


def _not_doubled(joined: list[Hit], plain: list[Hit]) -> list[Hit]:
    """The joined hits that no plain hit of the same kind already covers word for word: with
    both "push back" and "push ... back" in <delay>, "pushed back" is one piece of evidence."""
    taken = {(h.start, h.end, h.entry.kind) for h in plain}
    return [h for h in joined if (h.start, h.end, h.entry.kind) not in taken]


def _near(norm: str, a: int, b: int) -> bool:
    if b - a > GAP_WIDTH:  # most parts are far apart: no need to read between them
        return False
    between = _NUMBER_COMMA.sub("", norm[a:b])  # "20,000" is one word, not a clause break
    return (
        reading_width(between) <= GAP_WIDTH
        and len(between.split()) <= GAP_WORDS
        and not _BREAK.search(between)
        and not _OTHER_PHRASAL.search(between)
    )


def drop_excluded(hits: list[Hit]) -> list[Hit]:
    """Hits inside one of the rule's `exclude` phrases are not there (员工 in 员工大会), nor are a
    vocabulary's hits inside a compound it names (延迟 of <delay> in 低延迟: latency), nor an
    alias inside a longer rival name ("Airtel" in the rival "Airtel Africa": the longer name
    wins, as an `exclude` phrase does), nor a cue that starts or ends inside an `exclude`
    phrase. The compounds' own hits go too: they only fence."""
    fences = [h for h in hits if h.entry.kind is TermKind.EXCLUDE]
    scoped = [h for h in hits if h.entry.kind is TermKind.NOT_INSIDE]
    rivals = [h for h in hits if h.entry.kind is TermKind.RIVAL]
    if rivals:  # (most rules name rivals: only an alias inside one is looked at)
        hits = [h for h in hits if h.entry.kind is not TermKind.ALIAS or not _in_longer(rivals, h)]
    if not fences and not scoped:
        return hits
    return [
        h
        for h in hits
        if h.entry.kind is TermKind.EXCLUDE
        or (
            h.entry.kind is not TermKind.NOT_INSIDE
            and outside(fences, h.start, h.end)
            and (h.entry.kind is not TermKind.CUE or not _overlaps(fences, h))
            and outside([f for f in scoped if f.entry.key == h.entry.idea], h.start, h.end)
        )
    ]


def _overlaps(fences: list[Hit], h: Hit) -> bool:
    """True when cue `h` starts or ends inside an `exclude` phrase, running past it: 撤销 ...
    裁决 from 申请撤销 on (with 申请撤销 excluded) is the request's, not a cue of its own. A fence
    wholly inside a gapped cue's gap leaves the cue alone."""
    return any(f.start <= h.start < f.end or f.start < h.end <= f.end for f in fences)


def _in_longer(names: list[Hit], h: Hit) -> bool:
    """True when `h` lies inside one of `names` that is longer than it."""
    for n in names:  # (a loop: few names, called for every alias)
        if n.start <= h.start and h.end <= n.end and n.end - n.start > h.end - h.start:
            return True
    return False


def outside(fences: list[Hit], start: int, end: int) -> bool:
    """True when norm[start:end] lies inside none of the `exclude` hits."""
    return not any(f.start <= start and end <= f.end for f in fences)


def marker_outside(fences: list[Hit], start: int, end: int) -> bool:
    """True when a marker at norm[start:end] is not silenced by the `exclude` hits: it lies
    inside none of them, or it spans a whole one. A fence keeps a marker that is a part of a
    longer phrase from counting (不 in 不计成本); a marker that reads the fenced phrase itself
    (the question 裁不裁 in 裁不裁员, fenced to stop its 不 from negating) is that phrase's
    own meaning, and the fence asked for it."""
    return not any(
        f.start <= start and end <= f.end and (start, end) != (f.start, f.end) for f in fences
    )


# How far after a <no-commitment> phrase the noun it qualifies may end: "non-binding term
# sheet", 不具约束力的协议 ("non-binding" + at most two more words, in the same clause).
_UNDONE_WORDS = 2
_UNDONE_WIDTH = 12


def drop_undone(hits: list[Hit], norm: str) -> list[Hit]:
    """A cue for the other side inside a matched <no-commitment> phrase, overlapping it, or the
    noun right after it is that phrase's object, not evidence of its own: in "a non-binding term
    sheet" the term sheet is no commitment, in "signed a non-binding agreement" no deal was
    signed."""
    undone = [h for h in hits if h.entry.kind is TermKind.CUE and h.entry.idea == "no-commitment"]
    if not undone:
        return hits
    undone.sort(key=lambda h: h.start)
    starts = [u.start for u in undone]
    # Only the few <no-commitment> hits that start just before a hit ends can qualify it: a
    # bisect, not a scan of them all (a long text repeats "non-binding" thousands of times).
    return [
        h
        for h in hits
        if not any(
            _qualifies(u, h, norm)
            for u in undone[max(0, bisect_left(starts, h.end) - 3) : bisect_left(starts, h.end)]
        )
    ]


def _qualifies(undone: Hit, hit: Hit, norm: str) -> bool:
    if hit.entry.kind is not TermKind.CUE or hit.entry.key == undone.entry.key:
        return False
    if hit.start < undone.end and undone.start < hit.end:  # overlapping or nested
        return True
    if hit.start < undone.end:
        return False
    between = norm[undone.end : hit.start]
    return (
        len(between.split()) <= _UNDONE_WORDS
        and reading_width(between) <= _UNDONE_WIDTH
        and not _BREAK.search(between)
    )
