"""The README's claim-rules section: its example loads and behaves as the text says."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from tests.claimkit import shown
from watch.claims.engine import Matcher
from watch.claims.evaluate import evaluate, report_as_json
from watch.config import Settings
from watch.editor_schema import json_schema
from watch.models import Document, Stance
from watch.validate import Invalid, parse

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOC = "## Claim rules" + README.split("## Claim rules", 1)[1].split("\n## ", 1)[0]


def _example() -> Settings:
    block = DOC.split("```yaml", 1)[1].split("```", 1)[0]
    return parse(Settings, yaml.safe_load(block))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme plans to go public in the fourth quarter, people familiar said.", Stance.CONFIRMS),
        ("艾克美推迟上市至明年。", Stance.CONTRADICTS),
        ("Will Acme go public this year?", Stance.MENTIONS),
        ("Acme denied it would delay its listing.", Stance.CONFIRMS),
        # "How a verdict is reached", issue 22
        ("Acme will not go public before 2028.", Stance.CONTRADICTS),
        ("艾克美最早2028年才会上市。", Stance.CONTRADICTS),
        ("Acme aims to go public before 2027.", Stance.MENTIONS),
        ("Hooli plans an IPO in Q4 2026, ahead of rivals such as Acme.", Stance.MENTIONS),
        ("Acme filed on March 3 for a listing.", Stance.MENTIONS),
        ("A delay of the Acme IPO could follow.", Stance.MENTIONS),
    ],
)
def test_documented_example_behaves_as_described(text: str, expected: Stance) -> None:
    (verdict,) = Matcher(_example().claims).judge(Document(text, dt.date(2026, 3, 1)))
    assert shown(verdict) == expected, verdict.reasons


def test_rival_news_is_not_about_the_claim() -> None:
    doc = Document("Globex plans a fourth-quarter IPO, ahead of Acme.", dt.date(2026, 3, 1))
    verdicts = Matcher(_example().claims).judge(doc)
    assert all(v.stance == Stance.MENTIONS for v in verdicts)


def test_every_rule_field_is_documented() -> None:
    from watch.claims.rules import ClaimRule

    for name in (f.name for f in dataclasses.fields(ClaimRule)):
        assert f"`{name}`" in DOC, f"the README does not explain `{name}`"


def test_schema_file_is_current() -> None:
    shipped = json.loads((ROOT / "watch" / "data" / "rules.schema.json").read_text("utf-8"))
    shipped.pop("$schema", None)
    shipped.pop("title", None)
    current = json_schema(Settings)
    current.pop("title", None)
    assert shipped == current, "watch/data/rules.schema.json is stale: run bench/gen_schema.py"


def _as_json(data: object) -> object:
    return json.loads(json.dumps(data, default=str))  # YAML dates -> "2026-01-01"


def test_schema_accepts_what_watch_accepts_and_refuses_typos() -> None:
    from jsonschema import Draft202012Validator

    schema = json.loads((ROOT / "watch" / "data" / "rules.schema.json").read_text("utf-8"))
    validator = Draft202012Validator(schema)
    shipped = yaml.safe_load((ROOT / "rules.yaml").read_text("utf-8"))
    example = yaml.safe_load(DOC.split("```yaml", 1)[1].split("```", 1)[0])
    for good in (shipped, example):
        assert list(validator.iter_errors(_as_json(good))) == []
    bad_claim = {**example["claims"][0], "windw": 1}
    bad_feed = {"url": "https://a/x", "lang": "fr"}
    for bad in ({"claims": [bad_claim]}, {"feeds": [bad_feed]}, {"default_interval": True}):
        assert list(validator.iter_errors(_as_json(bad))), bad
        with pytest.raises(Invalid):
            parse(Settings, bad)


def test_report_as_json_is_serialisable() -> None:
    report = evaluate([("a.md", {"x": Stance.CONFIRMS}, [])])
    data = json.loads(json.dumps(report_as_json(report)))
    assert data["overall"]["recall"]["confirms"] == 0.0
