"""Claim engine: who a sentence is about, and a clarification that denies.

- a word pointing back after a fronted clause ("In Europe, where ..., the company ...",
  在欧洲方面，该公司……) takes the company named before, across a paragraph break, and a
  "President Director" before a name is the headline's company's officer (a bare "President"
  stays a country's);
- a rival whose name holds the subject's alias ("Acme Africa" for "Acme") is the rival, and a
  name given only as a unit's owner ("majority-owned by Acme", 由艾克美持股) lends no group;
- the exchange clarification ("clarifies on news item regarding ...", "no such proposal under
  consideration", 目前并无相关计划) denies what it responds to.
Each judged by a rule of the test's own, with the near-misses that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.claimkit import judged, rule_under_test, stance_of
from watch.models import Stance


def _approval() -> Any:
    return rule_under_test(
        id="acme-eu",
        subject={"acme": ["Acme", "艾克美"], "eu": ["Europe", "欧洲"]},
        window=1,
        confirms=["approval", "获批"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Acme said sales rose.\n\nIn Europe, where the filing was moved in June, the company "
        "expects approval soon.",
        "艾克美表示销售增长。\n\n在欧洲方面，该公司预计很快获批。",
    ],
)
def test_a_fronted_clause_keeps_the_pointing_word(text: str) -> None:
    assert stance_of(_approval(), text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Acme said sales rose.\n\nIn Europe, where the filing was moved in June, regulators "
        "expect approval soon.",
        "艾克美表示销售增长。\n\n在欧洲方面，监管机构预计很快获批。",
    ],
)
def test_a_fronted_clause_without_a_pointing_word_names_no_one(text: str) -> None:
    assert stance_of(_approval(), text) is None


def _officer(**extra: Any) -> Any:
    return rule_under_test(
        id="acme-ceo",
        subject={
            "acme": ["Acme", "艾克美"],
            "role": ["chief executive", "president director", "总裁"],
        },
        window=1,
        confirms=["replace", "接任"],
        **extra,
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Acme narrowed its loss.\n\nPresident Director Dewi Anggraini, who took over in June, "
            "said more planes would fly.",
            "Acme narrows loss",
        ),
        ("艾克美亏损收窄。\n\n总裁张伟表示，年底前将有更多飞机复飞。", "艾克美亏损收窄"),
    ],
)
def test_an_officers_bare_title_is_the_headlines_company(text: str, title: str) -> None:
    assert judged(_officer(), text, title=title).reasons != ()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a country's president, and a president director under a headline naming a rival
        (
            "Acme narrowed its loss.\n\nPresident Ana Ruiz said more planes would fly.",
            "Acme narrows loss",
        ),
        (
            "Acme narrowed its loss.\n\nPresident Director Dewi Anggraini said more planes "
            "would fly.",
            "Globex overtakes Acme",
        ),
    ],
)
def test_a_title_not_the_companys_points_nowhere(text: str, title: str) -> None:
    assert judged(_officer(rivals=["Globex"]), text, title=title).reasons == ()


def _tariffs(**extra: Any) -> Any:
    return rule_under_test(
        id="acme-tariffs",
        subject={"acme": ["Acme", "艾克美"], "tariff": ["tariff", "tariffs", "资费", "提价"]},
        window=1,
        confirms=["hike", "raise", "提价", "上调"],
        contradicts=["<denial>"],
        negation={"confirms": "flip"},
        **extra,
    )


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Acme Africa will raise tariffs by 10% in Nigeria.", None),
        ("Acme Africa将在尼日利亚上调资费10%。", None),
        ("Acme will raise tariffs by 10%.", Stance.CONFIRMS),
        ("Acme将上调资费10%。", Stance.CONFIRMS),
    ],
)
def test_a_rival_name_holding_the_alias_wins(text: str, stance: Stance | None) -> None:
    assert stance_of(_tariffs(rivals=["Acme Africa"]), text) is stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Globex Africa said a tariff hike was needed. Globex Africa is majority-owned by "
            "Acme but run separately.",
            Stance.MENTIONS,
        ),
        (
            "该公司称，提价是必要之举。Globex Africa由印度艾克美持股约56%，但独立经营。",
            Stance.MENTIONS,
        ),
        ("Acme said a tariff hike was needed. It runs Globex Africa separately.", Stance.CONFIRMS),
        ("该公司称，提价是必要之举。艾克美表示将独立经营。", Stance.CONFIRMS),
    ],
)
def test_an_owner_described_lends_no_group(text: str, stance: Stance) -> None:
    assert judged(_tariffs(), text).stance is stance


@pytest.mark.parametrize(
    ("title", "text", "stance"),
    [
        (
            "Acme clarifies on news item regarding tariff hike",
            "With reference to the news item appearing in certain media regarding a proposed "
            "tariff hike, we wish to clarify that there is no such proposal under consideration.",
            Stance.CONTRADICTS,
        ),
        (
            "艾克美澄清提价传闻",
            "针对媒体有关艾克美将提价的报道，艾克美表示，目前并无相关计划。",
            Stance.CONTRADICTS,
        ),
        ("Acme announces tariff hike", "Acme will raise tariffs by 10%.", Stance.CONFIRMS),
        ("艾克美宣布提价", "艾克美表示将上调资费10%。", Stance.CONFIRMS),
    ],
)
def test_an_exchange_clarification_denies(title: str, text: str, stance: Stance) -> None:
    assert judged(_tariffs(), text, title=title).stance is stance


def _clearance() -> Any:
    return rule_under_test(
        id="acme-clearance",
        subject={"acme": ["Acme", "艾克美"], "regulator": ["Commission", "欧盟委员会"]},
        window=1,
        confirms=["clear", "批准"],
    )


@pytest.mark.parametrize(
    ("title", "text", "named"),
    [
        (
            "Acme's sweetener puts Globex deal on track",
            "The gamble worked. The Commission's review of the transaction runs to June.",
            True,
        ),
        ("艾克美收购案有望过关", "让步奏效。欧盟委员会对该交易的审查将持续到6月。", True),
        # the headline tells no deal: "the transaction" is no one's
        (
            "Acme's quarterly sales rise",
            "The gamble worked. The Commission's review of the transaction runs to June.",
            False,
        ),
        ("艾克美季度销售增长", "让步奏效。欧盟委员会对该交易的审查将持续到6月。", False),
    ],
)
def test_the_transaction_is_the_headlines_deal(title: str, text: str, named: bool) -> None:
    assert bool(judged(_clearance(), text, title=title).reasons) is named
