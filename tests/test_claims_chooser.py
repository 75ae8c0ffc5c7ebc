"""Claim engine: the subject of a verb of taking something up (adopt, deploy, 采用, 部署) is the
one who chooses. When that is the claim's other party (the start-up whose chips the actor might
take up), the sentence tells the start-up's own design choice, not the actor's: a mention. Rules
are the test's own; English, simplified and traditional Chinese."""

from __future__ import annotations

from typing import Any

import pytest

from tests.claimkit import judged
from watch.claims.rules import ClaimRule
from watch.models import Stance
from watch.validate import parse


def _vendor_rule() -> ClaimRule:
    """Acme's courting of chip start-ups is a bargaining ploy; it stays on its old supplier."""
    data: dict[str, Any] = {
        "id": "acme-startup-chips",
        "statement": "Acme's talks with chip start-ups such as Initech are only a bargaining ploy.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "startups": ["Initech", "英泰"]},
        "window": 1,
        "confirms": ["lead customer", "重要客户"],
        "contradicts": ["deploy", "adopt", "run on", "部署", "采用", "运行在"],
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    "text",
    [
        "Acme has been talking to chip start-ups. Initech adopted a wafer-scale design for chips.",
        "Acme has been talking to chip start-ups. Initech has also adopted a wafer-scale design.",
        "艾克美近期接触多家芯片初创公司。英泰采用晶圆级架构设计芯片，主打推理效率。",
        "艾克美近期接觸多家晶片新創。英泰採用晶圓級架構設計晶片，主打推論效率。",
        "艾克美近期接触多家芯片初创公司。英泰也已部署自家的编译器。",
    ],
)
def test_the_start_up_s_own_choice_is_a_mention(text: str) -> None:
    got = judged(_vendor_rule(), text)
    assert got.stance is Stance.MENTIONS, got.reasons
    assert any("own choice" in r for r in got.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Acme will deploy Initech's chips in its data centres this year.",
        "Acme has been talking to Initech. The company will deploy Initech's chips this year.",
        "艾克美今年将在数据中心部署英泰的芯片。",
        "艾克美今年將在資料中心採用英泰的晶片。",
    ],
)
def test_the_actor_taking_up_the_start_up_s_chips_still_counts(text: str) -> None:
    assert judged(_vendor_rule(), text).stance is Stance.CONTRADICTS
