"""What README's "Aliases" paragraph promises about case: matching ignores it, so an all-capitals
name (`ONE`, Ocean Network Express) also finds the word "one", unless the claim lists it under
`case_sensitive`; and a capitalised name finds no plural. Kept true by these checks (nu-mix12's
rule writer read "matches only as written" as case-sensitive)."""

from __future__ import annotations

from tests.claimkit import PUBLISHED, rule_under_test
from watch.claims.engine import Matcher
from watch.models import Document

RULE = rule_under_test(
    id="one-order",
    subject={"carrier": ["ONE"], "order": ["order", "订单"]},
    confirms=["placed"],
)


def _names(text: str) -> bool:
    return bool(Matcher([RULE]).judge(Document(text, PUBLISHED)))


def test_an_all_capitals_alias_also_finds_the_lower_case_word() -> None:
    assert _names("ONE placed an order for twelve ships.")
    assert _names("Only one placed an order this week.")  # why README says to avoid it


def test_a_capitalised_alias_finds_no_plural() -> None:
    assert not _names("ONEs placed an order for twelve ships.")


def test_a_case_sensitive_alias_finds_only_the_capitals() -> None:
    rule = rule_under_test(
        id="one-order-exact",
        subject={"carrier": ["ONE"], "order": ["order", "订单"]},
        confirms=["placed"],
        case_sensitive=["ONE"],
    )
    assert Matcher([rule]).judge(Document("ONE placed an order for twelve ships.", PUBLISHED))
    assert not Matcher([rule]).judge(Document("Only one placed an order this week.", PUBLISHED))
