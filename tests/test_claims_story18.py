"""story18: a newsletter's own name is no source; a rumour laid to rest by the news asserts
nothing; a running total the news brings to a figure is not the deal's; and `watch validate`
finds a seed quote across simplified and traditional script."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from claimkit import judged, rule_under_test

from watch.claims.rules import ClaimRule
from watch.claims.story import story_source
from watch.claims.text import normalise
from watch.models import Stance
from watch.seeds import check_quotes

# --- a newsletter's own name ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "source"),
    [
        # the name over an issue, not a story
        ("Grid Notes: Week in European power and storage", "Hello again.", None),
        ("The Morning Brief: Tuesday edition", "Good morning.", None),
        ("Freight Desk: Issue 57", "Welcome back.", None),
        ("航运观察：本周要闻", "各位早上好。", None),
        ("出海手记：第12期", "大家好。", None),
        # the name again as the lead's masthead
        ("Grid Notes: batteries pile up in Spain", "**GRID NOTES — Friday edition**\n\nHi.", None),
        ("航运观察：港口吞吐量回升", "航运观察 第8期\n\n各位早上好。", None),
        # near misses: an outlet or a person over a story still attributes
        ("Reuters: Acme weighs sale of unit", "Acme is weighing a sale.", "reuters"),
        ("Acme chief: we will list this year", "The listing is on track.", "acme chief"),
        ("路透：艾克美考虑出售业务", "艾克美正考虑出售业务。", "路透"),
    ],
)
def test_a_newsletters_own_name_is_no_source(title: str, body: str, source: str | None) -> None:
    found = story_source(normalise(title), normalise(body), title)
    assert (found.word if found else None) == source


# --- a rumour laid to rest ---------------------------------------------------------------


def _order_rule() -> ClaimRule:
    return rule_under_test(
        id="acme-order",
        subject={"acme": ["Acme", "艾克美"]},
        confirms=["order"],
        contradicts=["cut back", "缩减订单"],
    )


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "The signing puts to rest chatter among brokers last month that Acme would cut back "
            "the deal.",
            Stance.MENTIONS,
        ),
        ("The contract quashed speculation that Acme would cut back its plans.", Stance.MENTIONS),
        ("此次签约打消了市场对艾克美将缩减订单的猜测。", Stance.MENTIONS),
        ("正式合同平息了外界关于艾克美缩减订单的传闻。", Stance.MENTIONS),
        # near misses: the cut told as news still contradicts
        ("Acme will cut back the deal, people familiar said.", Stance.CONTRADICTS),
        ("艾克美已缩减订单，市场猜测成真。", Stance.CONTRADICTS),
    ],
)
def test_a_rumour_laid_to_rest_asserts_nothing(text: str, stance: Stance) -> None:
    verdict = judged(_order_rule(), text)
    assert verdict.stance == stance, verdict.reasons
    if stance is Stance.MENTIONS:
        assert any("waved away" in r for r in verdict.reasons), verdict.reasons


# --- a running total -----------------------------------------------------------------------


def _ships_rule(statement: str) -> ClaimRule:
    return rule_under_test(
        id="globex-ships",
        statement=statement,
        subject={"globex": ["Globex", "格洛贝"]},
        amount={"unit": "ships", "confirms": [[8, 8]], "contradicts": [[None, 6], [10, None]]},
    )


@pytest.mark.parametrize(
    "text",
    [
        "The contract brings the Globex yard's tanker order book this year to 12 ships.",
        "Globex signed the deal, taking its total to 15 ships.",
        "这笔订单使格洛贝船厂今年累计接单增至15艘。",
        "格洛贝船廠本年累計接單達到12艘。",
    ],
)
def test_a_running_total_is_not_the_deals_figure(text: str) -> None:
    verdict = judged(_ships_rule("Acme orders eight tankers from Globex."), text)
    assert verdict.stance == Stance.MENTIONS, verdict.reasons
    assert any("running total" in r for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(
    ("statement", "text"),
    [
        # the deal's own figure still counts
        ("Acme orders eight tankers from Globex.", "Globex will build 12 ships for Acme."),
        ("Acme orders eight tankers from Globex.", "格洛贝将为艾克美建造12艘船。"),
        # a claim that is itself a tally keeps its total
        ("Globex wins 8 ship orders this year.", "Globex signed, taking its total to 12 ships."),
    ],
)
def test_a_deals_own_figure_or_a_tally_claim_is_kept(statement: str, text: str) -> None:
    verdict = judged(_ships_rule(statement), text)
    assert verdict.stance == Stance.CONTRADICTS, verdict.reasons
    assert not any("running total" in r for r in verdict.reasons), verdict.reasons


# --- seed quotes across scripts -------------------------------------------------------------


@pytest.mark.parametrize(
    ("seed", "quote", "found"),
    [
        ("萬海董事會通過建造八艘貨櫃船。", "万海董事会通过建造八艘货柜船", True),
        ("万海董事会通过建造八艘货柜船。", "萬海董事會通過建造八艘貨櫃船", True),
        ("Acme will cut 8,000 jobs.", "acme WILL cut 8,000 jobs", True),
        # near miss: another quote is still not found
        ("萬海董事會通過建造八艘貨櫃船。", "万海董事会通过建造六艘货柜船", False),
    ],
)
def test_a_seed_quote_is_found_across_scripts(
    tmp_path: Path, seed: str, quote: str, found: bool
) -> None:
    (tmp_path / "memo.txt").write_text(seed, encoding="utf-8")
    claim = SimpleNamespace(sources=[SimpleNamespace(seed="memo.txt", quote=quote)])
    problems = check_quotes([claim], tmp_path, 1 << 20)
    assert (problems == []) is found, problems


# --- a cue in a clause describing other things ----------------------------------------------


def _licence_rule() -> ClaimRule:
    return rule_under_test(
        id="acme-licence",
        subject={"acme": ["Acme", "艾克美"], "licence": ["licence", "license", "版号"]},
        window=1,
        confirms=["won approval", "拿到版号", "获批"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "艾克美的新作仍在排队。此前不少拿到版号的海外游戏，首年收入都不及预期。",
        "艾克美的新作仍在排队等待版号。多家拿到版號的日本廠商，上線後表現平平。",
        "Acme is still waiting for a licence, while several Japanese titles that won approval "
        "last year have struggled.",
    ],
)
def test_a_cue_describing_other_things_is_theirs(text: str) -> None:
    verdict = judged(_licence_rule(), text)
    assert verdict.stance == Stance.MENTIONS, verdict.reasons
    assert any("describing other things" in r for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the claim's own thing, one thing described, or the act told outright
        "艾克美的新作已经拿到版号，将于下月上线。",
        "艾克美拿到版号的新作将于下月上线。",
        "Acme said the titles that won approval for a licence on Monday launch next month.",
        "Acme's new game won approval for its licence on Monday.",
    ],
)
def test_a_cue_of_the_claims_own_thing_still_confirms(text: str) -> None:
    verdict = judged(_licence_rule(), text)
    assert verdict.stance == Stance.CONFIRMS, verdict.reasons
