"""Claim engine: kinds the fourth round's new users found (nu-en2, nu-zh2).

- 无人 in 无人驾驶/无人车/无人机 means "unmanned", no negation; 无人 alone ("no one") still is;
- an expectation told by the claim's own party as its sentence's speaker ("Uber said ..., but the
  launch is expected to slip", Uber表示，……预计将延后) is its own news, not a hedge.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.claimkit import judged
from watch.claims.rules import ClaimRule
from watch.models import Stance
from watch.validate import parse


def _service_rule() -> ClaimRule:
    """Acme launches its robotaxi service in 2026: a launch confirms, a delay contradicts."""
    data: dict[str, Any] = {
        "id": "acme-robotaxi",
        "statement": "Acme launches a robotaxi service in 2026.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "service": ["robotaxi", "无人驾驶", "无人车"]},
        "window": 1,
        "confirms": ["<launch>"],
        "contradicts": ["<delay>", "<cancellation>"],
        "negation": {"confirms": "flip"},
        "rivals": ["Globex", "格洛贝"],
    }
    return parse(ClaimRule, data)


# --- 无人 is "unmanned" --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "艾克美无人驾驶出租车服务延至明年。",
        "艾克美無人車服務延後至明年。",  # traditional
        "艾克美无人机配送与无人车服务均推迟到明年。",
    ],
)
def test_an_unmanned_vehicle_negates_nothing(text: str) -> None:
    assert judged(_service_rule(), text).stance == Stance.CONTRADICTS


def test_no_one_still_negates() -> None:
    # 无人 alone is "nobody": the delay is negated, not reported
    got = judged(_service_rule(), "艾克美的无人车服务至今无人推迟。")
    assert got.stance != Stance.CONTRADICTS, got


# --- the speaker's own expectation ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acme said it would resubmit its application, but the robotaxi launch is expected to be "
        "delayed to next year.",
        "艾克美表示，将重新提交申请，但无人车服务预计将推迟至明年。",
        "艾克美表示，無人車服務預計將延後至明年。",  # traditional
    ],
)
def test_the_partys_own_expectation_of_a_delay_is_no_hedge(text: str) -> None:
    got = judged(_service_rule(), text)
    assert got.stance == Stance.CONTRADICTS, got
    assert not any(r.startswith("hedge") for r in got.reasons), got


@pytest.mark.parametrize(
    "text",
    [
        # someone else expects it: a hedge as before
        "Acme said it would resubmit, but analysts expect the robotaxi launch to be delayed.",
        "艾克美表示将重新提交申请，但分析师预计无人车服务将推迟至明年。",
        # no speaker at all: the reporter's expectation
        "Acme's robotaxi launch is expected to be delayed to next year.",
        "艾克美无人车服务预计将推迟至明年。",
    ],
)
def test_anyone_elses_expectation_still_hedges(text: str) -> None:
    got = judged(_service_rule(), text)
    assert any(r.startswith('hedge "') for r in got.reasons), got
