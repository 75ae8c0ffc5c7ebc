"""The claim-rule language: what a user writes under `claims:` in rules.yaml.

A rule names a claim, the subject an article must be about (groups of aliases that must all
appear near each other), the cue phrases that confirm or contradict it, and optionally the
amount of money and the time window the claim expects. No regular expressions: aliases and cues
are plain phrases, matched case-insensitively, in simplified or traditional Chinese alike.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Phrase = Annotated[str, Field(min_length=1)]


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


class Range(_Strict):
    """An inclusive range; either end may be left open. Amounts accept 20B, 1.4T, $30 billion,
    300亿, 1.4万亿美元 or plain numbers; dates accept YYYY-MM-DD."""

    min: float | date | None = None
    max: float | date | None = None


class AmountRule(_Strict):
    """Money mentioned next to the subject: inside `confirms` supports the claim, inside
    `contradicts` counts against it. Each is one [min, max] pair or a list of them."""

    currency: str = "USD"
    confirms: list[tuple[str | float | None, str | float | None]] = Field(default_factory=list)
    contradicts: list[tuple[str | float | None, str | float | None]] = Field(default_factory=list)
    near: list[Phrase] = Field(
        default_factory=list,
        description="Only amounts within a few words of one of these phrases count "
        "(e.g. invest, 投资); empty means any amount in the sentence.",
    )

    @field_validator("confirms", "contradicts", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        if isinstance(value, list) and len(value) == 2 and not isinstance(value[0], list):
            return [value]
        return value


class WhenRule(_Strict):
    """Time expressions next to the subject ("Q4 2026", 第四季度, "next year"), resolved against
    the article's publication date. A span inside `confirms` supports the claim; a span that
    does not overlap it contradicts it when `outside` is "contradicts"."""

    confirms: tuple[date, date]
    outside: Literal["contradicts", "ignore"] = "contradicts"


class ClaimRule(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=64)
    statement: str = Field(min_length=8)
    topic: str = ""
    made: date
    deadline: date | None = None
    sources: list[Source] = Field(default_factory=list)
    subject: dict[str, list[Phrase]] = Field(
        description="Alias groups, all of which must appear within `window` sentences.",
    )
    window: int = Field(default=0, ge=0, le=3)
    confirms: list[Phrase] = Field(default_factory=list)
    contradicts: list[Phrase] = Field(default_factory=list)
    background: list[Phrase] = Field(
        default_factory=list,
        description="Extra phrases that mark a sentence as recalling old news.",
    )
    amount: AmountRule | None = None
    when: WhenRule | None = None
    min_confidence: float | None = Field(default=None, ge=0, le=1)

    @field_validator("subject")
    @classmethod
    def _groups_not_empty(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        if not value:
            raise ValueError("needs at least one alias group")
        for name, aliases in value.items():
            if not [a for a in aliases if a.strip()]:
                raise ValueError(f"alias group {name!r} is empty, so the rule can never match")
        return value

    @model_validator(mode="after")
    def _can_decide(self) -> ClaimRule:
        if not (self.confirms or self.contradicts or self.amount or self.when):
            raise ValueError(
                "a claim needs `confirms` or `contradicts` cues, an `amount` or a `when` "
                "to tell evidence from mentions"
            )
        return self
