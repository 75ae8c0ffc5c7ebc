"""What a cancellation acts on when it is passive ("the repurchased shares will be cancelled",
回购股份将予注销: the shares, not the programme), and a cue used as the modifier of a noun ("the
closure list", 关店名单: it names a thing, it states nothing). Judged by rules of the test's
own, in English and Chinese (traditional where the script differs)."""

from __future__ import annotations

import pytest

from tests.claimkit import judged, rule_under_test, stance_of
from watch.models import Stance

BUYBACK = rule_under_test(
    id="acme-buyback",
    subject={
        "acme": ["Acme", "艾克美"],
        "buyback": ["buyback", "repurchase", "repurchased", "回购"],
    },
    confirms=["<on-track>"],
    contradicts=["<cancellation>", "注销", "註銷"],
    negation={"confirms": "flip"},
)


@pytest.mark.parametrize(
    "text",
    [
        "Acme said the repurchased shares will be cancelled and restored to unissued status.",
        "Under the Acme buyback, the shares were subsequently cancelled.",
        "Acme's buyback continues; 2 million treasury shares cancelled.",
        "艾克美表示,本次回购股份将予注销。",
        "艾克美回购的股份已被注销。",
        "艾克美表示,本次回購股份將予註銷。",
        "艾克美回购后注销库存股份200万股。",
    ],
)
def test_a_cancellation_of_shares_is_no_cancellation_of_the_programme(text: str) -> None:
    assert stance_of(BUYBACK, text) != Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    [
        "Acme said the buyback will be cancelled.",
        "Acme said the repurchase programme was cancelled.",
        "Acme said its buyback plan has been scrapped.",
        "Acme cancelled its buyback on Monday.",
        "Acme said the buyback it announced was cancelled.",
        "Acme had meant to finish its buyback in June, only to be cancelled.",
        "Acme's plan to repurchase shares in the first quarter has been cancelled.",
        "艾克美宣布取消回购。",
        "艾克美的回购计划已被取消。",
        "艾克美的回購計劃已被取消。",
    ],
)
def test_a_cancellation_of_the_programme_still_contradicts(text: str) -> None:
    assert stance_of(BUYBACK, text) == Stance.CONTRADICTS


CLOSURE = rule_under_test(
    id="acme-closures",
    subject={"acme": ["Acme", "艾克美"]},
    confirms=["closure", "close", "recall", "关店", "罢工"],
)


@pytest.mark.parametrize(
    "text",
    [
        "Acme said it worked through the closure list with its landlords.",
        "Acme has sent a recall notice template to dealers.",
        "Acme topped up the strike fund.",
        "艾克美正在与房东逐一核对关店名单。",
        "艾克美工会的罢工基金已经到位。",
        "艾克美正在與房東逐一核對關店名單。",
    ],
)
def test_a_cue_modifying_a_noun_states_nothing(text: str) -> None:
    assert stance_of(CLOSURE, text) != Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        "Acme announced the closure of 20 stores on Monday.",
        "Acme will close plans offices in June.",
        "Acme has abandoned plans for store closure.",
        "Acme said it would recall notices sent in error.",
        "艾克美宣布关店20家。",
        "艾克美宣佈關店20家。",
    ],
)
def test_a_cue_that_states_still_confirms(text: str) -> None:
    assert stance_of(CLOSURE, text) == Stance.CONFIRMS


PLANT = rule_under_test(
    id="acme-plant-closure",
    subject={"acme": ["Acme", "艾克美"], "plant": ["ammonia", "氨厂", "氨廠"]},
    confirms=["shut down", "close", "关停", "關停"],
)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Acme issues notices at its ammonia unit",
            "Unions met on Tuesday. The notices say the plant will be shut down in September.",
        ),
        ("艾克美氨厂发出裁员通知", "工会周二开会。通知称，该厂将于9月关停。"),
        ("艾克美氨廠發出裁員通知", "工會週二開會。通知稱，該廠將於9月關停。"),
    ],
)
def test_the_plant_the_headline_names_is_the_claims(title: str, text: str) -> None:
    assert judged(PLANT, text, title=title).stance == Stance.CONFIRMS


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the headline names no facility, or not the claim's (no plant group), or the body
        # names no facility by a definite noun
        (
            "Acme ammonia prices climb",
            "Unions met on Tuesday. The notices say the plant will be shut down in September.",
        ),
        (
            "Acme issues notices at its Ohio unit",
            "Unions met on Tuesday. The notices say the plant will be shut down in September.",
        ),
        (
            "Acme issues notices at its ammonia unit",
            "Unions met on Tuesday. The notices say a plant will be shut down in September.",
        ),
        ("艾克美氨价上涨", "工会周二开会。通知称，该厂将于9月关停。"),
        ("艾克美俄亥俄厂发出裁员通知", "工会周二开会。通知称，该厂将于9月关停。"),
    ],
)
def test_a_plant_the_headline_does_not_name_stays_unnamed(title: str, text: str) -> None:
    assert judged(PLANT, text, title=title).stance != Stance.CONFIRMS
