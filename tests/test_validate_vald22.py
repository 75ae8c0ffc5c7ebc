"""`watch validate` warns of three more cue traps (nu-en18, nu-zh18, nu-mix18 (d)): a cue
opening with "not", which never inflects; a bare figure of the claim's statement as a cue; and
the claim's own topic said as a compound noun ("price cut", "sale and leaseback", 售后回租) or as
a decree noun (批示). The file stays valid (exit 0); near misses get no warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_validate_pending import _validate

RULES = """\
claims:
  - id: acme-claim
    statement: "{statement}"
    topic: "{topic}"
    made: 2026-01-01
    subject: {{acme: [Acme, 艾克美]}}
    confirms: [{cue}]
"""


def _warned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], statement: str, topic: str, cue: str
) -> str:
    rules = RULES.format(statement=statement, topic=topic, cue=f'"{cue}"')
    code, out, err = _validate(tmp_path, capsys, rules)
    assert code == 0 and ": ok (" in out
    return err


@pytest.mark.parametrize(
    ("cue", "past"),
    [
        ("not exercise", "not exercised"),
        ("not renew", "not renewed"),
        ("never sign", "never signed"),
    ],
)
def test_a_cue_opening_with_not_is_named_as_never_inflecting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cue: str, past: str
) -> None:
    err = _warned(tmp_path, capsys, "Acme will not renew its lease.", "lease", cue)
    assert f'"{cue}" never inflects' in err and f'"{past}" is missed' in err


@pytest.mark.parametrize(
    "cue", ["not on track", "not before", "not yet", "will not renew", "不续约"]
)
def test_a_negated_state_or_a_later_negation_gets_no_inflection_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cue: str
) -> None:
    err = _warned(tmp_path, capsys, "Acme will not renew its lease.", "lease", cue)
    assert "never inflects" not in err


@pytest.mark.parametrize(
    ("statement", "cue"),
    [
        ("Acme will raise its fleet of vans to 450 units.", "450 units"),
        ("Acme will cap its purchase at the 24 jets ordered.", "only 24"),
        ("Acme will pay $275 million for the plant.", "$275m"),
        ("艾克美获准经营的门店由600张增加至650张。", "650张"),
        ("艾克美将把床位增至1,200张。", "约1200张"),
    ],
)
def test_a_bare_figure_of_the_statement_as_a_cue_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], statement: str, cue: str
) -> None:
    err = _warned(tmp_path, capsys, statement, "fleet", cue)
    assert f'"{cue}" is a bare figure of the claim' in err and "`amount` with a unit" in err


@pytest.mark.parametrize(
    ("statement", "cue"),
    [
        ("Acme will raise its fleet of vans to 450 units.", "raised to 450"),
        ("Acme will raise its fleet of vans to 450 units.", "500 units"),
        ("艾克美获准经营的门店由600张增加至650张。", "增至650"),
        ("艾克美获准经营的门店由600张增加至650张。", "新增50张"),
    ],
)
def test_a_figure_with_its_verb_or_another_figure_gets_no_figure_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], statement: str, cue: str
) -> None:
    err = _warned(tmp_path, capsys, statement, "fleet", cue)
    assert "bare figure" not in err


@pytest.mark.parametrize(
    ("statement", "topic", "cue"),
    [
        (
            "Acme will cut the list price of its inhaler by 40%.",
            "inhaler list price cut",
            "price cut",
        ),
        (
            "Acme will cut the list price of its inhaler by 40%.",
            "inhaler pricing",
            "price reduction",
        ),
        ("Acme will raise the wholesale price of gas by 8%.", "gas pricing", "price hike"),
        (
            "艾克美将以售后回租方式为五艘船提供融资。",
            "ship sale and leaseback deal",
            "sale-leaseback",
        ),
        (
            "艾克美将以售后回租方式为五艘船提供融资。",
            "ship sale and leaseback deal",
            "sale and leaseback",
        ),
        ("艾克美将以售后回租方式为五艘船提供融资。", "船舶融资", "售后回租"),
        ("澳门特区政府将批准艾克美新增50张赌台。", "赌台配额", "批示"),
        ("澳门特区政府将批准艾克美新增50张赌台。", "赌台配额", "批文"),
    ],
)
def test_the_claims_own_compound_or_decree_noun_is_named_as_its_topic(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], statement: str, topic: str, cue: str
) -> None:
    err = _warned(tmp_path, capsys, statement, topic, cue)
    assert f'"{cue}" is the claim\'s own topic' in err


@pytest.mark.parametrize(
    ("statement", "topic", "cue"),
    [
        ("Acme will cut the list price of its inhaler by 40%.", "inhaler pricing", "cut ... price"),
        ("Acme will cut the list price of its inhaler by 40%.", "inhaler pricing", "price war"),
        ("Acme will cut the list price of its inhaler by 40%.", "inhaler pricing", "rate hike"),
        ("Acme pays its bonds round by round.", "bond payments round by round", "round by round"),
        ("Acme will close the merger in June.", "merger closing", "close"),
        ("艾克美将以售后回租方式为五艘船提供融资。", "船舶融资", "完成交割"),
        ("澳门特区政府将批准艾克美新增50张赌台。", "赌台配额", "获批"),
    ],
)
def test_a_verb_a_phrase_or_another_noun_gets_no_topic_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], statement: str, topic: str, cue: str
) -> None:
    err = _warned(tmp_path, capsys, statement, topic, cue)
    assert "own topic" not in err
