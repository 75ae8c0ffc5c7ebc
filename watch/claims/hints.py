"""Hints for `watch validate`: rule phrases that load but will not do what they seem to.

Beside `certainty.ignored_pending` (a `pending` phrase the engine never uses as one), three
traps new users met: "would" as a `pending` word, which the engine reads as tense after a
reporting verb ("said it would cut 8,000 jobs" is the company's statement, so `pending` never
sees it there); a subject alias that is a verb, which takes no -ed/-ing forms (a money group
`[pledge]` misses "pledged in February": only a cue inflects); and a goal noun as a confirming
cue, which fires on every story that names the goal, the ones that cut or miss it included
("Indosat cuts subscriber goal" confirmed a claim that the goal is reached); and a cue that is
the claim's own topic noun (`topic_cues`): a word inside a subject alias, or the bare noun of a
figure claim's event (breach, 外泄, extension, 延期), or a bare noun of the claim's event or
document kind (order, award, 订单, 合同: `kind_nouns`), which every story on the topic says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from watch.claims import vocab
from watch.claims.cues import inflections
from watch.claims.kind_nouns import kind_noun
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise

_WOULD = re.compile(r"\bwould\b", re.IGNORECASE)
_GOAL = re.compile(
    r"(?:(?:the|its|a|an|our|their|new|annual|full-year)\s+)*"
    r"(?:goal|goals|target|targets|aim|ambition|objective|objectives)"
    r"|(?:全年|年度|年内)?(?:目标|目標|目标值|目標值)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]{3,}")


def _verbs() -> frozenset[str]:
    """The English verbs the built-in vocabularies use in a past form: a lower-case alias
    whose -ed form is one of these words ("pledge" -> pledged) names an act, not a thing."""
    words = {w for phrases in vocab.BUILTIN.values() for p in phrases for w in p.split()}
    return frozenset(w for w in words if w.endswith("ed"))


_PAST = _verbs()


def pending_would(rule: ClaimRule) -> Iterator[tuple[int, str]]:
    """(index, why) for a `pending` phrase holding "would"."""
    for k, phrase in enumerate(rule.pending):
        if _WOULD.search(phrase):
            yield (
                k,
                f'"{phrase}": after a reporting verb "would" is tense, not doubt ("said it would '
                'cut 8,000 jobs" is the company\'s word): `pending` holds only where "would" is '
                'a condition ("would cut jobs if"); to keep a retold plan from confirming, name '
                'the plan ("plans to", <plan>)',
            )


def verb_aliases(rule: ClaimRule) -> Iterator[tuple[str, int, str]]:
    """(group, index, why) for a lower-case one-word alias that is a verb whose -ed or -ing
    form the group does not list: aliases match as written (and their -s plural) only."""
    for group, aliases in rule.subject.items():
        listed = {a.strip().lower() for a in aliases}
        for k, alias in enumerate(aliases):
            word = alias.strip()
            if not _WORD.fullmatch(word):
                continue
            forms = [f.split()[0] for f in inflections(f"{word} x")]
            past = [f for f in forms if f.endswith("ed")]
            if not any(f in _PAST for f in past):
                continue
            missing = [f for f in forms if f.endswith(("ed", "ing")) and f not in listed]
            if missing:
                yield (
                    group,
                    k,
                    f'alias "{word}" takes no -ed/-ing forms (only cues do): "{missing[0]}" will '
                    f"not name this group; add {', '.join(repr(m) for m in missing)} if the "
                    "subject is named by the verb",
                )


def goal_cues(rule: ClaimRule) -> Iterator[tuple[int, str]]:
    """(index, why) for a `confirms` phrase that is a goal noun alone ("target", 目标)."""
    for k, phrase in enumerate(rule.confirms):
        if _GOAL.fullmatch(phrase.strip()):
            yield (
                k,
                f'"{phrase}" names the goal, not reaching it: it confirms every story that '
                "names the goal, one that cuts or misses it too; list the words of reaching it "
                '("hit its goal", 达成目标), or leave `confirms` empty and let the figure decide',
            )


# The bare nouns of an event whose size or term a figure claim is about: every follow-up story
# names them, so as a lone confirming cue they confirm the topic, not the figure.
_EVENT_WORDS = (
    "breach|data breach|leak|data leak|hack|hacked|cyberattack|cyber attack|incident|"
    "intrusion|exposed|extension|layoffs|job cuts|redundancies|fine|penalty|recall|"
    "外泄|资料外泄|数据外泄|泄露|数据泄露|泄漏|泄密|入侵|黑客|网络攻击|事件|延期|延长|"
    "裁员|罚款|罚金|召回"
)
_EVENT_NOUNS = frozenset(_EVENT_WORDS.split("|"))


def _inside(cue: str, alias: str) -> bool:
    """The cue is the alias or a word run inside it (Chinese: any part of it)."""
    if cue == alias:
        return True
    if cue.isascii():
        return re.search(rf"(?<![a-z0-9]){re.escape(cue)}(?![a-z0-9])", alias) is not None
    return cue in alias


def topic_cues(rule: ClaimRule) -> Iterator[tuple[str, int, str]]:
    """(field, index, why) for a `confirms` or `contradicts` phrase that is the claim's own
    topic: it is a subject alias or inside one, or (confirming a figure claim) a bare event noun,
    or (confirming) a bare noun of the claim's event or document kind (`kind_nouns`)."""
    aliases = {normalise(a.strip()) for group in rule.subject.values() for a in group}
    statement, topic = normalise(rule.statement), normalise(rule.topic)
    for field in ("confirms", "contradicts"):
        for k, phrase in enumerate(getattr(rule, field)):
            cue = normalise(phrase.strip())
            if not cue or vocab.GAP in cue or vocab.REF.search(cue):
                continue
            alias = next((a for a in sorted(aliases) if _inside(cue, a)), None)
            if alias is not None:
                where = f'the subject alias "{alias}"' if cue == alias else f'inside "{alias}"'
            elif field == "confirms" and rule.amount and cue in _EVENT_NOUNS:
                where = "a bare word of the figure's event"
            elif field == "confirms" and (kind := kind_noun(cue, statement, topic)):
                yield (field, k, _kind_why(phrase, kind))
                continue
            else:
                continue
            if rule.amount:
                news = 'the count (`amount`), "confirmed", "raised to", 确认, 上调'
            else:
                news = 'the words of the event happening ("completed", 已完成, 正式)'
            yield (
                field,
                k,
                f'"{phrase}" is the claim\'s own topic ({where}): every story on the topic says '
                f"it, so it {field[:-1]}s them all; list what is new, {news} ..., or leave it out",
            )


def _kind_why(phrase: str, kind: str) -> str:
    """The warning for a confirming cue that is a bare noun of the claim's event or document."""
    return (
        f'"{phrase}" is the claim\'s own topic ({kind}): every story on the topic says it, '
        "whatever it reports (a cut, a delay, a cancellation), so it confirms them all; list "
        'the verb of the news instead ("signed", "firmed up", "awarded to", 签订, 获批)'
        ", or the figure via `amount`; or leave it out"
    )
