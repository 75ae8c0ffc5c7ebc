"""The claim-rule language: what a user writes under `claims:` in rules.yaml.

A rule names a claim, the subject an article must be about (groups of aliases that must all
appear near each other; the first group names who the claim is about), the cue phrases that
confirm or contradict it, and optionally the amounts of money and the time window the claim
expects. No regular expressions: aliases and cues are plain phrases, matched case-insensitively,
in simplified or traditional Chinese alike, whole words for Latin script.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal, cast

from watch.claims import vocab
from watch.claims.currencies import TABLE, rule_currency
from watch.claims.measures import unit_of
from watch.claims.quantities import parse_amount
from watch.claims.text import normalise
from watch.validate import setting

Bound = float | None
NegationEffect = Literal["cancel", "flip"]


# A phrase that is one of these alone is in nearly every article: it tells nothing apart.
_STOP_WORDS = frozenset(
    "a an the of to in on at by for and or but is are was be it its as with from that this "  # noqa: SIM905
    "的 了 和 是 在 与 及 也 都".split()
)


def _phrases(value: list[str]) -> list[str]:
    for phrase in value:
        pieces = vocab.parts(phrase)
        if len(pieces) > 1 and not all(pieces):
            raise ValueError(f"{phrase!r}: a gap (...) needs a phrase on each side")
        # A stop word may end or open a gapped cue ("cut ... to"): the other part carries it.
        content = [p for p in pieces if normalise(p).strip() not in _STOP_WORDS]
        for piece in pieces:
            if vocab.REF.fullmatch(piece):
                continue  # a vocabulary: its name is checked against the known ones on load
            if "<" in piece and ">" in piece:
                raise ValueError(
                    f"{phrase!r}: a vocabulary is named alone in its part, in lower case, "
                    "like <launch> or <denial> ... <commitment>"
                )
            piece_folded = normalise(piece).strip()
            if not any(c.isalnum() for c in piece_folded):
                raise ValueError(f"{phrase!r} has no letter or digit, so it can never match")
            if piece_folded in _STOP_WORDS and not content:
                raise ValueError(f"{piece!r} alone is in nearly every article: use a longer phrase")
    return value


def phrases(description: str | None = None, *, min_length: int | None = None) -> list[str]:
    """A field holding a list of cue phrases: none may be blank. (A field specifier: typed as
    the value its field holds, as dataclasses.field is.)"""
    field = setting(factory=list, after=_phrases, description=description, min_length=min_length)
    return cast(list[str], field)


@dataclass(frozen=True, kw_only=True)
class Source:
    """Where the claim was made: a seed file and a short quote that must occur in it."""

    seed: str | None = None
    url: str | None = None
    quote: str = setting(min_length=4)

    def __post_init__(self) -> None:
        if not self.seed and not self.url:
            raise ValueError("a source needs `seed` (a file in seeds/) or `url`")


def _ranges(value: object) -> object:
    """[min, max] or a list of them; each end an amount (20B, 1.4T, 300亿) or null."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError("expected [min, max] or a list of [min, max] pairs")
    if len(value) == 2 and not any(isinstance(v, list | tuple) for v in value):
        value = [value]
    out: list[tuple[Bound, Bound]] = []
    for pair in value:
        if not isinstance(pair, list | tuple) or len(pair) != 2:
            raise ValueError(f"{pair!r} is not a [min, max] pair")
        low, high = (None if v is None else parse_amount(v) for v in pair)
        if low is not None and high is not None and low > high:
            raise ValueError(f"range {list(pair)!r} has min above max")
        if low is None and high is None:
            raise ValueError("a range needs at least one end")
        out.append((low, high))
    return out


_AMOUNT = {"type": ["string", "number", "null"]}
_RANGES = {
    "description": "[min, max] or a list of [min, max] pairs; each end an amount (20B, 1.4T, "
    "300亿) or null.",
    "type": "array",
    "items": {
        "anyOf": [_AMOUNT, {"type": "array", "items": _AMOUNT, "minItems": 2, "maxItems": 2}]
    },
}


def ranges() -> list[tuple[Bound, Bound]]:
    """A field holding [min, max] ranges (a field specifier, as `phrases`)."""
    return cast(list[tuple[Bound, Bound]], setting(factory=list, before=_ranges, schema=_RANGES))


def _unit(value: str) -> str:
    return "money" if normalise(value.strip()) == "money" else unit_of(value)


def _reference(value: object) -> object:
    return None if value is None else parse_amount(value)  # type: ignore[arg-type]


@dataclass(frozen=True, kw_only=True)
class AmountRule:
    """A quantity near the subject: money by default, or a count, a physical quantity or a
    percentage (`unit`). A quantity inside a `confirms` range supports the claim, one inside a
    `contradicts` range counts against it. What the amount is of (a valuation, the round's size,
    one participant's share, IPO proceeds, a stake) is read from the words written with it and
    chosen by `of`."""

    of: Literal["money", "valuation", "any", "round", "share", "proceeds", "stake"] = setting(
        "money",
        description="`money`: every amount but valuations; `valuation`: only valuations; "
        "`round`: the size of a raise; `share`: one participant's part (invested $X, $X from "
        "N, 出资); `proceeds`: what a listing raises; `stake`: a percentage held; `any`: all.",
    )
    unit: str = setting(
        "money",
        after=_unit,
        description="What is counted: `money` (the default), `people` (jobs, employees, 人, "
        "名员工), `percent` (%, 百分之), `points` (percentage points, 个百分点), `tonnes` (tons, "
        "吨), `bushels`, `barrels`, `gigawatts`, `megawatts`, `users`, `ounces` (oz, Moz, koz, "
        "盎司), `megahertz` (MHz, 兆赫; a band's frequency, '3.5 GHz band', is no amount).",
    )
    currency: str = setting(
        "USD",
        after=rule_currency,
        description="For money: amounts stated in another currency are ignored, one the reader "
        "does not know too (比索, 'pesos' with no country); amounts with no currency written "
        "(300亿) count; a bare 元 counts for CNY, TWD and HKD. One of " + ", ".join(TABLE) + ".",
    )
    confirms: list[tuple[Bound, Bound]] = ranges()
    contradicts: list[tuple[Bound, Bound]] = ranges()
    slack: float = setting(
        0.05,
        ge=0,
        le=0.5,
        description="How far past its ends a range still holds a value, as a fraction of the "
        "end: with 0.05 a range starting at 29 takes 27.55, one ending at 30 takes 31.5.",
    )
    reference: float | None = setting(
        None,
        before=_reference,
        schema={"type": ["string", "number", "null"]},
        description="The figure the claim names (100B): a comparison that names no figure "
        "('a fraction of the pledged sum', 远远不及承诺金额) is read against it.",
    )
    near: list[str] = phrases(
        "Only amounts within a few words of one of these phrases count "
        "(e.g. invest, 投资); empty means any amount in the sentence."
    )
    firm: bool = setting(
        False,
        description="Only amounts stated firmly count: not 'up to', 'as much as', 最高, 高达.",
    )
    not_near: list[str] = phrases(
        "Amounts nearer to one of these phrases than to their `near` phrase are "
        "skipped (e.g. invest, 出资: one investor's share, not the round's size)."
    )

    def __post_init__(self) -> None:
        if not (self.confirms or self.contradicts):
            raise ValueError("an amount rule needs `confirms` or `contradicts` ranges")


@dataclass(frozen=True, kw_only=True)
class DirectionRule:
    """Which way a metric of the first subject group moves ("Acme is losing share"): a move of
    its metric near one of `metric` that goes `moves` confirms, the other way contradicts; a
    rival's metric moving the other way confirms ("Globex's share rose", "losing share to
    Globex")."""

    metric: list[str] = phrases(
        "The metric's names: share, market share, 份额, 市占率.", min_length=1
    )
    moves: Literal["up", "down"] = setting(description="The way the claim says it moves.")


@dataclass(frozen=True, kw_only=True)
class WhenRule:
    """Time expressions near the subject ("Q4 2026", 第四季度, "next year"), resolved against
    the article's publication date. A span that lies (mostly) inside `confirms` supports the
    claim; a span with no overlap contradicts it when `outside` is "contradicts"."""

    confirms: tuple[date, date]
    outside: Literal["contradicts", "ignore"] = "contradicts"
    near: list[str] = phrases(
        "Only dates within a few words of one of these phrases count; "
        "empty means any date in the sentence."
    )
    by: bool | None = setting(
        None,
        description="Whether the window's end is a deadline ('by end-2027'): an upper bound at "
        "or before it ('before the end of 2027', 2027年底前) confirms. Unset: a window that "
        "holds the claim's `made` date is one.",
    )

    def __post_init__(self) -> None:
        if self.confirms[0] > self.confirms[1]:
            raise ValueError("`confirms` window starts after it ends")


@dataclass(frozen=True, kw_only=True)
class NegationRule:
    """What a negated cue means ("did not delay", 并未推迟). `cancel` (the default) makes it no
    evidence at all; `flip` turns it into evidence of the other side, for cues whose negation
    is itself the opposite news ("not binding", "denied it would delay")."""

    confirms: NegationEffect = "cancel"
    contradicts: NegationEffect = "cancel"


@dataclass(frozen=True, kw_only=True)
class ChoiceRule:
    """Verbs of choosing ("picked", "built on", 选择, 改用): the nearest name after the verb
    decides. A name from subject group `of` confirms the claim, a rival's name contradicts it."""

    verbs: list[str] = phrases(min_length=1)
    of: str = setting(description="The subject group whose names confirm (e.g. `gemini`).")


def _groups_not_empty(value: dict[str, list[str]]) -> dict[str, list[str]]:
    if not value:
        raise ValueError("needs at least one alias group")
    for name, aliases in value.items():
        if "" in aliases:
            raise ValueError(f"alias group {name!r} has an empty alias")
        if not [a for a in aliases if a.strip()]:
            raise ValueError(f"alias group {name!r} is empty, so the rule can never match")
        _phrases(aliases)
        for alias in aliases:
            if vocab.GAP in alias or "\u2026" in alias or vocab.REF.search(alias):
                raise ValueError(
                    f"alias {alias!r}: an alias is a plain name (no gap ..., no <vocabulary>)"
                )
    return value


_PHRASE_LIST = {"type": "array", "items": {"type": "string"}}
VOCABULARIES_SCHEMA = {
    "type": "object",
    "additionalProperties": {
        "anyOf": [
            _PHRASE_LIST,
            {
                "type": "object",
                "properties": {"phrases": _PHRASE_LIST, "not_inside": _PHRASE_LIST},
                "additionalProperties": False,
            },
        ]
    },
}


def check_vocabularies(value: dict[str, list[str]]) -> dict[str, list[str]]:
    for name, words in value.items():
        if not vocab.NAME.fullmatch(name.removesuffix(vocab.FENCE)):
            raise ValueError(f"vocabulary name {name!r}: lower-case letters, digits and -")
        if any(vocab.REF.search(w) for w in words):
            raise ValueError(f"vocabulary {name!r}: its phrases cannot name other vocabularies")
        _phrases(words)
    return value


def _one_or_many(value: object) -> object:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


@dataclass(frozen=True, kw_only=True)
class ClaimRule:
    id: str = setting(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=64)
    statement: str = setting(min_length=8)
    topic: str = ""
    made: date
    deadline: date | None = setting(None, description="The ledger expires the claim after it.")
    sources: list[Source] = setting(factory=list)
    subject: dict[str, list[str]] = setting(
        after=_groups_not_empty,
        description="Alias groups, all of which must appear within `window` sentences. "
        "The first group names who the claim is about.",
    )
    window: int = setting(0, ge=0, le=3, description="0: all groups in one sentence.")
    confirms: list[str] = phrases()
    contradicts: list[str] = phrases()
    overdue: list[str] = phrases(
        "Phrases that contradict the claim only in articles published after "
        '`deadline` ("still cannot", 仍无法): before it they are no evidence.'
    )
    negation: NegationRule = setting(factory=NegationRule)
    background: list[str] = phrases("Extra phrases that mark a sentence as recalling old news.")
    pending: list[str] = phrases(
        "Phrases that make a cue a plan, not a fact (will, plans to, 将, 计划): a cue "
        "they govern is a mention. For claims that need the thing done, such as a launch."
    )
    rivals: list[str] = phrases(
        "Other companies or products: evidence nearer to one of these than to the "
        "first subject group is about them, not about the claim."
    )
    choice: ChoiceRule | None = None
    reported_by: list[str] = phrases(
        "When set, evidence counts only in sentences that also hold one of these "
        "phrases (said, filing, told investors, 表示, 披露): for figures widely repeated as "
        "background, where only a fresh statement is news."
    )
    amount: list[AmountRule] = setting(
        factory=list,
        before=_one_or_many,
        schema={
            "anyOf": [
                {"$ref": "#/$defs/AmountRule"},
                {"type": "array", "items": {"$ref": "#/$defs/AmountRule"}},
            ]
        },
    )
    when: WhenRule | None = None
    direction: DirectionRule | None = None
    stage: Literal["fact", "plan", "talks"] | None = setting(
        None,
        description="What the claim states: a `fact` (done), a `plan` (plan words such as "
        '"plans to" are its news, not a hedge) or `talks`, a deal reported under negotiation '
        '("in talks", "nears", 洽谈 do not lower evidence that confirms its terms). Unset: '
        '`plan` when the statement says "plans to", 计划 or 拟, else `fact`.',
    )
    min_confidence: float | None = setting(None, ge=0, le=1)
    exclude: list[str] = phrases(
        "Longer phrases inside which none of this claim's phrases, nor a negation or other "
        "marker, counts (员工大会 keeps the alias 员工 from naming the subject there)."
    )
    case_sensitive: list[str] = setting(
        factory=list,
        description="Subject aliases matched only as written, capitals included: a short "
        "all-capitals name that is also a word (`PLUS`, `ONE`) then finds PLUS, not plus.",
    )
    vocabularies: dict[str, list[str]] = setting(
        factory=dict,
        before=vocab.forms,
        after=check_vocabularies,
        schema=VOCABULARIES_SCHEMA,
        description="Extra phrases for named vocabularies (<launch>, or a new name), for "
        "this claim only; the top-level `vocabularies:` extends them for every claim. A "
        "vocabulary is a list of phrases, or `phrases:` and `not_inside:` (compounds inside "
        "which its phrases do not count).",
    )

    def __post_init__(self) -> None:
        deciders = (self.confirms, self.contradicts, self.amount, self.when, self.choice)
        if not any(deciders) and self.direction is None:
            raise ValueError(
                "a claim needs `confirms` or `contradicts` cues, an `amount`, a `when` or a "
                "`direction` to tell evidence from mentions"
            )
        both = {normalise(p.strip()) for p in self.confirms} & {
            normalise(p.strip()) for p in self.contradicts
        }
        if both:
            raise ValueError(f"phrases both confirm and contradict: {sorted(both)}")
        if self.choice and self.choice.of not in self.subject:
            raise ValueError(f"choice.of: {self.choice.of!r} is not a subject group")
        listed = {a.strip() for group in self.subject.values() for a in group}
        stray = [a for a in self.case_sensitive if a.strip() not in listed]
        if stray:
            raise ValueError(f"case_sensitive: {stray} are not subject aliases")
        if self.overdue and self.deadline is None:
            raise ValueError("`overdue` phrases need a `deadline`")
