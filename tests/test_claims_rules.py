"""The rule schema (watch/claims/rules.py): what validates, and precise errors for what doesn't."""

from __future__ import annotations

from typing import Any

import pytest

from watch.claims.rules import ClaimRule
from watch.validate import Invalid, parse


def _rule(**extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": "acme-ipo",
        "statement": "Acme lists its shares in Q4 2026",
        "made": "2026-01-01",
        "subject": {"company": ["Acme"], "event": ["IPO"]},
        "confirms": ["listed"],
    }
    data.update(extra)
    return data


def _error(data: dict[str, Any]) -> tuple[tuple[Any, ...], str]:
    with pytest.raises(Invalid) as info:
        parse(ClaimRule, data)
    return info.value.problems[0]


def test_minimal_rule_validates() -> None:
    rule = parse(ClaimRule, _rule())
    assert rule.window == 0 and rule.negation.confirms == "cancel"


def test_amounts_accept_both_languages_and_one_or_many_ranges() -> None:
    rule = parse(
        ClaimRule,
        _rule(
            amount={
                "confirms": ["20B", "$40 billion"],
                "contradicts": [[None, "100亿"], ["1.4万亿美元", None]],
            }
        ),
    )
    (amount,) = rule.amount
    assert amount.confirms == [(20e9, 40e9)]
    assert amount.contradicts == [(None, 10e9), (1.4e12, None)]


@pytest.mark.parametrize(
    ("extra", "where", "message"),
    [
        ({"subject": {"company": []}}, ("subject",), "can never match"),
        ({"subject": {"company": ["  "]}}, ("subject",), "can never match"),
        ({"subject": {}}, ("subject",), "at least one"),
        ({"confirms": [], "contradicts": []}, (), "tell evidence from mentions"),
        ({"confirms": ["x"], "contradicts": ["X"]}, (), "both confirm and contradict"),
        ({"amount": {"confirms": [["lots", None]]}}, ("amount", 0, "confirms"), "not an amount"),
        ({"amount": {"confirms": [["40B", "20B"]]}}, ("amount", 0, "confirms"), "min above max"),
        ({"amount": {"near": ["invest"]}}, ("amount", 0), "needs `confirms` or `contradicts`"),
        ({"when": {"confirms": ["2026-12-31", "2026-10-01"]}}, ("when",), "starts after it ends"),
        ({"overdue": ["still cannot"]}, (), "need a `deadline`"),
        ({"choice": {"verbs": ["picked"], "of": "nope"}}, (), "not a subject group"),
        ({"id": "Bad Id"}, ("id",), "pattern"),
        ({"windw": 1}, ("windw",), "unknown key"),
        ({"window": 9}, ("window",), "less than or equal"),
    ],
    ids=[
        "empty-group",
        "blank-alias",
        "no-groups",
        "no-cues",
        "same-cue-both",
        "bad-amount",
        "reversed-range",
        "amount-without-ranges",
        "reversed-window",
        "overdue-no-deadline",
        "choice-unknown-group",
        "bad-id",
        "typo-key",
        "window-too-wide",
    ],
)
def test_invalid_rules_name_the_field(
    extra: dict[str, Any], where: tuple[Any, ...], message: str
) -> None:
    loc, msg = _error(_rule(**extra))
    assert loc[: len(where)] == where
    assert message in msg
