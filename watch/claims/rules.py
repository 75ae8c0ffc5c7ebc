"""The claim-rule language: what a user writes under `claims:` in rules.yaml.

A rule names a claim, the subject an article must be about (groups of aliases that must all
appear near each other; the first group names who the claim is about), the cue phrases that
confirm or contradict it, and optionally the amounts of money and the time window the claim
expects. No regular expressions: aliases and cues are plain phrases, matched case-insensitively,
in simplified or traditional Chinese alike, whole words for Latin script.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from watch.claims.quantities import parse_amount
from watch.claims.text import normalise

Phrase = Annotated[str, Field(min_length=1)]
Bound = float | None
NegationEffect = Literal["cancel", "flip"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Strict):
    """Where the claim was made: a seed file and a short quote that must occur in it."""

    seed: str | None = None
    url: str | None = None
    quote: str = Field(min_length=4)

    @model_validator(mode="after")
    def _one_origin(self) -> Source:
        if not self.seed and not self.url:
            raise ValueError("a source needs `seed` (a file in seeds/) or `url`")
        return self


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


class AmountRule(_Strict):
    """Money near the subject. An amount inside a `confirms` range supports the claim, one
    inside a `contradicts` range counts against it. Amounts tied to a valuation (valuation,
    valued at, 估值) and amounts tied to money moving (raise, invest, 融资) are told apart by
    `of`."""

    of: Literal["money", "valuation", "any"] = Field(
        default="money",
        description="`money`: only amounts that are not a valuation; `valuation`: only "
        "valuations; `any`: both.",
    )
    currency: str = Field(
        default="USD", description="Amounts in another stated currency are ignored."
    )
    confirms: list[tuple[Bound, Bound]] = Field(default_factory=list)
    contradicts: list[tuple[Bound, Bound]] = Field(default_factory=list)
    near: list[Phrase] = Field(
        default_factory=list,
        description="Only amounts within a few words of one of these phrases count "
        "(e.g. invest, 投资); empty means any amount in the sentence.",
    )
    firm: bool = Field(
        default=False,
        description="Only amounts stated firmly count: not 'up to', 'as much as', 最高, 高达.",
    )
    not_near: list[Phrase] = Field(
        default_factory=list,
        description="Amounts nearer to one of these phrases than to their `near` phrase are "
        "skipped (e.g. invest, 出资: one investor's share, not the round's size).",
    )

    _parse = field_validator("confirms", "contradicts", mode="before")(lambda cls, v: _ranges(v))

    @model_validator(mode="after")
    def _has_ranges(self) -> AmountRule:
        if not (self.confirms or self.contradicts):
            raise ValueError("an amount rule needs `confirms` or `contradicts` ranges")
        return self


class WhenRule(_Strict):
    """Time expressions near the subject ("Q4 2026", 第四季度, "next year"), resolved against
    the article's publication date. A span that lies (mostly) inside `confirms` supports the
    claim; a span with no overlap contradicts it when `outside` is "contradicts"."""

    confirms: tuple[date, date]
    outside: Literal["contradicts", "ignore"] = "contradicts"
    near: list[Phrase] = Field(
        default_factory=list,
        description="Only dates within a few words of one of these phrases count; "
        "empty means any date in the sentence.",
    )

    @model_validator(mode="after")
    def _ordered(self) -> WhenRule:
        if self.confirms[0] > self.confirms[1]:
            raise ValueError("`confirms` window starts after it ends")
        return self


class NegationRule(_Strict):
    """What a negated cue means ("did not delay", 并未推迟). `cancel` (the default) makes it no
    evidence at all; `flip` turns it into evidence of the other side, for cues whose negation
    is itself the opposite news ("not binding", "denied it would delay")."""

    confirms: NegationEffect = "cancel"
    contradicts: NegationEffect = "cancel"


class ChoiceRule(_Strict):
    """Verbs of choosing ("picked", "built on", 选择, 改用): the nearest name after the verb
    decides. A name from subject group `of` confirms the claim, a rival's name contradicts it."""

    verbs: list[Phrase] = Field(min_length=1)
    of: str = Field(description="The subject group whose names confirm (e.g. `gemini`).")


class ClaimRule(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=64)
    statement: str = Field(min_length=8)
    topic: str = ""
    made: date
    deadline: date | None = Field(
        default=None, description="The ledger expires the claim after it."
    )
    sources: list[Source] = Field(default_factory=list)
    subject: dict[str, list[Phrase]] = Field(
        description="Alias groups, all of which must appear within `window` sentences. "
        "The first group names who the claim is about.",
    )
    window: int = Field(default=0, ge=0, le=3, description="0: all groups in one sentence.")
    confirms: list[Phrase] = Field(default_factory=list)
    contradicts: list[Phrase] = Field(default_factory=list)
    overdue: list[Phrase] = Field(
        default_factory=list,
        description="Phrases that contradict the claim only in articles published after "
        '`deadline` ("still cannot", 仍无法): before it they are no evidence.',
    )
    negation: NegationRule = NegationRule()
    background: list[Phrase] = Field(
        default_factory=list,
        description="Extra phrases that mark a sentence as recalling old news.",
    )
    pending: list[Phrase] = Field(
        default_factory=list,
        description="Phrases that make a cue a plan, not a fact (will, plans to, 将, 计划): a cue "
        "they govern is a mention. For claims that need the thing done, such as a launch.",
    )
    rivals: list[Phrase] = Field(
        default_factory=list,
        description="Other companies or products: evidence nearer to one of these than to the "
        "first subject group is about them, not about the claim.",
    )
    choice: ChoiceRule | None = None
    reported_by: list[Phrase] = Field(
        default_factory=list,
        description="When set, evidence counts only in sentences that also hold one of these "
        "phrases (said, filing, told investors, 表示, 披露): for figures widely repeated as "
        "background, where only a fresh statement is news.",
    )
    amount: list[AmountRule] = Field(default_factory=list)
    when: WhenRule | None = None
    min_confidence: float | None = Field(default=None, ge=0, le=1)

    @field_validator("amount", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        if value is None:
            return []
        return value if isinstance(value, list) else [value]

    @field_validator("subject")
    @classmethod
    def _groups_not_empty(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        if not value:
            raise ValueError("needs at least one alias group")
        for name, aliases in value.items():
            if not [a for a in aliases if a.strip()]:
                raise ValueError(f"alias group {name!r} is empty, so the rule can never match")
        return value

    @field_validator(
        "confirms", "contradicts", "overdue", "background", "rivals", "reported_by", "pending"
    )
    @classmethod
    def _no_blank_phrases(cls, value: list[str]) -> list[str]:
        for phrase in value:
            if not phrase.strip():
                raise ValueError("a phrase is blank, so it can never match")
        return value

    @model_validator(mode="after")
    def _can_decide(self) -> ClaimRule:
        if not (self.confirms or self.contradicts or self.amount or self.when or self.choice):
            raise ValueError(
                "a claim needs `confirms` or `contradicts` cues, an `amount` or a `when` "
                "to tell evidence from mentions"
            )
        both = {normalise(p.strip()) for p in self.confirms} & {
            normalise(p.strip()) for p in self.contradicts
        }
        if both:
            raise ValueError(f"phrases both confirm and contradict: {sorted(both)}")
        if self.choice and self.choice.of not in self.subject:
            raise ValueError(f"choice.of: {self.choice.of!r} is not a subject group")
        if self.overdue and self.deadline is None:
            raise ValueError("`overdue` phrases need a `deadline`")
        return self
