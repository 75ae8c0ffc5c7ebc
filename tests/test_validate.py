"""watch/validate.py: frozen dataclasses filled from YAML-shaped data, every problem named by its
path, and the JSON Schema written from the same `setting()` declarations."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

import pytest
from jsonschema import Draft202012Validator

from watch.editor_schema import json_schema
from watch.validate import Invalid, dotted, parse, setting

Problem = tuple[tuple[Any, ...], str]


def problems(cls: type, data: Any) -> list[Problem]:
    with pytest.raises(Invalid) as caught:
        parse(cls, data)
    return caught.value.problems


# --- classes under test -----------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Scalars:
    s: str = ""
    i: int = 0
    f: float = 0.0
    b: bool = False
    d: date = date(2000, 1, 1)


@dataclass(frozen=True, kw_only=True)
class Shapes:
    colour: Literal["red", "green"] = "red"
    limit: int | None = 0
    private: bool | list[str] = False
    numbers: list[int] = setting(factory=list)
    span: tuple[int, date] | None = None
    groups: dict[str, list[str]] = setting(factory=dict)


@dataclass(frozen=True, kw_only=True)
class FirstFit:
    number_first: int | str = 0
    text_first: str | int = ""


@dataclass(frozen=True, kw_only=True)
class Item:
    name: str = setting(min_length=1)
    qty: int = setting(1, ge=1)

    def __post_init__(self) -> None:
        if self.name == "forbidden":
            raise ValueError("this name is reserved")


@dataclass(frozen=True, kw_only=True)
class Order:
    id: str
    items: list[Item] = setting(factory=list)
    gift: Item | None = None

    def __post_init__(self) -> None:
        if not self.items and self.gift is None:
            raise ValueError("an order needs items or a gift")


@dataclass(frozen=True, kw_only=True)
class Window:
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError("`start` is after `end`")


@dataclass(frozen=True, kw_only=True)
class Plan:
    windows: list[Window]

    def __post_init__(self) -> None:
        if len(self.windows) > 2:
            raise ValueError("at most two windows")


@dataclass(frozen=True, kw_only=True)
class _Sink:
    name: str
    mode: Literal["instant", "digest"] = "instant"  # shared by both kinds: not the tag


@dataclass(frozen=True, kw_only=True)
class MailSink(_Sink):
    type: Literal["mail"]
    to: list[str] = setting(min_length=1)


@dataclass(frozen=True, kw_only=True)
class HookSink(_Sink):
    type: Literal["hook", "webhook"]
    url: str


@dataclass(frozen=True, kw_only=True)
class Routing:
    sinks: list[MailSink | HookSink] = setting(factory=list)
    fallback: MailSink | HookSink | None = None


def minutes(value: object) -> object:
    """ "15m" -> 900.0; anything else goes on to the type check unchanged."""
    if isinstance(value, str) and value.endswith("m"):
        try:
            return float(value[:-1]) * 60
        except ValueError:
            raise ValueError(f"{value!r} is not a number of minutes") from None
    return value


def even(value: int) -> int:
    if value % 2:
        raise ValueError(f"{value} is odd")
    return value


@dataclass(frozen=True, kw_only=True)
class Knobs:
    """Knobs for the tests:
    one of each kind of setting."""

    level: int = setting(5, ge=1, le=10, description="How loud.")
    ratio: float = setting(0.5, ge=0, le=1)
    label: str = setting("ab", min_length=2, max_length=4, pattern=r"^[a-z]+$")
    tags: list[str] = setting(factory=lambda: ["x"], min_length=1, max_length=3)
    from_: str = setting("me", alias="from")
    every: float = setting(60.0, before=minutes, schema={"type": ["number", "string"]})
    pairs: int = setting(2, after=even)
    seen: list[str] = setting(factory=list)


def one_or_many(value: object) -> object:
    return value if isinstance(value, list) else [value]


PARTS_SCHEMA = {
    "anyOf": [{"$ref": "#/$defs/Item"}, {"type": "array", "items": {"$ref": "#/$defs/Item"}}]
}


@dataclass(frozen=True, kw_only=True)
class Bundle:
    parts: list[Item] = setting(factory=list, before=one_or_many, schema=PARTS_SCHEMA)


# --- scalars ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("s", "text", "text"),
        ("s", "", ""),
        ("i", 5, 5),
        ("i", 5.0, 5),
        ("i", "5", 5),
        ("i", " -7 ", -7),
        ("i", "5.0", 5),
        ("f", 2, 2.0),
        ("f", 0.25, 0.25),
        ("f", "0.5", 0.5),
        ("f", "1e3", 1000.0),
        ("b", True, True),
        ("b", False, False),
        ("d", date(2026, 1, 31), date(2026, 1, 31)),
        ("d", "2026-01-31", date(2026, 1, 31)),
        ("d", " 2026-01-31 ", date(2026, 1, 31)),
    ],
    ids=[
        "str",
        "str-empty",
        "int",
        "int-from-whole-float",
        "int-from-string",
        "int-from-padded-string",
        "int-from-float-string",
        "float-from-int",
        "float",
        "float-from-string",
        "float-from-exponent-string",
        "bool-true",
        "bool-false",
        "date",
        "date-from-iso-string",
        "date-from-padded-string",
    ],
)
def test_scalar_accepted(key: str, value: Any, expected: Any) -> None:
    got = getattr(parse(Scalars, {key: value}), key)
    assert got == expected
    assert type(got) is type(expected)


NUMBER = "Input should be a valid number"
INTEGER = "Input should be a valid integer"
FINITE = "Input should be a finite number"
DATE = "Input should be a valid date (YYYY-MM-DD)"


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("s", 5, "Input should be a valid string"),
        ("s", None, "Input should be a valid string"),
        ("s", ["a"], "Input should be a valid string"),
        ("i", 5.5, INTEGER),
        ("i", "5.5", INTEGER),
        ("i", True, INTEGER),
        ("i", "x", INTEGER),
        ("i", None, INTEGER),
        ("i", [1], INTEGER),
        ("i", float("inf"), FINITE),
        ("f", True, NUMBER),
        ("f", "x", NUMBER),
        ("f", "", NUMBER),
        ("f", None, NUMBER),
        ("f", "nan", FINITE),
        ("f", float("nan"), FINITE),
        ("f", "inf", FINITE),
        ("f", float("-inf"), FINITE),
        ("f", "1e999", FINITE),
        ("b", 1, "Input should be a valid boolean"),
        ("b", 0, "Input should be a valid boolean"),
        ("b", "true", "Input should be a valid boolean"),
        ("d", datetime(2026, 1, 31, 12, 0), DATE),
        ("d", "31/01/2026", DATE),
        ("d", "2026-02-30", DATE),
        ("d", "2026-01-31T10:00", DATE),
        ("d", 20260131, DATE),
    ],
    ids=[
        "str-int",
        "str-null",
        "str-list",
        "int-fraction",
        "int-fraction-string",
        "int-bool",
        "int-word",
        "int-null",
        "int-list",
        "int-inf",
        "float-bool",
        "float-word",
        "float-empty-string",
        "float-null",
        "float-nan-string",
        "float-nan",
        "float-inf-string",
        "float-minus-inf",
        "float-overflowing-string",
        "bool-one",
        "bool-zero",
        "bool-string",
        "date-datetime",
        "date-day-first",
        "date-no-such-day",
        "date-with-time",
        "date-number",
    ],
)
def test_scalar_refused(key: str, value: Any, message: str) -> None:
    assert problems(Scalars, {key: value}) == [((key,), message)]


def test_non_finite_messages_say_finite() -> None:
    for value in ("nan", "inf", "-inf", float("nan")):
        [(_, message)] = problems(Scalars, {"f": value})
        assert "finite" in message


def test_huge_integer_is_kept_exactly_or_refused_as_a_float() -> None:
    assert parse(Scalars, {"i": 10**400}).i == 10**400  # an int is exact, however large
    found = problems(Scalars, {"f": 10**400})  # too big for a float: a problem, not a crash
    assert [loc for loc, _ in found] == [("f",)]


@pytest.mark.parametrize("value", [2**53 + 1, str(2**53 + 1)], ids=["int", "string"])
def test_large_integer_keeps_its_value(value: int | str) -> None:
    assert parse(Scalars, {"i": value}).i == 2**53 + 1


# --- Literal, unions and containers -----------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "key", "expected"),
    [
        ({"colour": "green"}, "colour", "green"),
        ({"limit": None}, "limit", None),
        ({"limit": "3"}, "limit", 3),
        ({"private": True}, "private", True),
        ({"private": ["10.0.0.0/8"]}, "private", ["10.0.0.0/8"]),
        ({"private": []}, "private", []),
        ({"numbers": [1, "2", 3.0]}, "numbers", [1, 2, 3]),
        ({"numbers": (1, 2)}, "numbers", [1, 2]),
        ({"span": [3, "2026-01-31"]}, "span", (3, date(2026, 1, 31))),
        ({"span": None}, "span", None),
        ({"groups": {"acme": ["Acme", "ACME Corp"]}}, "groups", {"acme": ["Acme", "ACME Corp"]}),
        ({"groups": {}}, "groups", {}),
    ],
    ids=[
        "literal",
        "optional-null",
        "optional-value",
        "union-first-member",
        "union-second-member",
        "union-empty-list",
        "list-items-converted",
        "list-from-tuple",
        "tuple",
        "optional-tuple-null",
        "dict-of-lists",
        "dict-empty",
    ],
)
def test_shape_accepted(data: dict[str, Any], key: str, expected: Any) -> None:
    got = getattr(parse(Shapes, data), key)
    assert got == expected
    assert type(got) is type(expected)


BOOL_OR_LIST = "Input should be a valid boolean or a valid list"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"colour": "blue"}, [(("colour",), "Input should be 'red' or 'green'")]),
        ({"colour": None}, [(("colour",), "Input should be 'red' or 'green'")]),
        ({"limit": "x"}, [(("limit",), INTEGER)]),
        ({"private": 1}, [(("private",), BOOL_OR_LIST)]),
        ({"private": "yes"}, [(("private",), BOOL_OR_LIST)]),
        ({"private": ["a", 5]}, [(("private",), BOOL_OR_LIST)]),
        ({"numbers": 3}, [(("numbers",), "Input should be a valid list")]),
        ({"numbers": [1, "x", 2.5]}, [(("numbers", 1), INTEGER), (("numbers", 2), INTEGER)]),
        ({"span": [1]}, [(("span",), "Input should be a list of 2 items")]),
        ({"span": [1, "2026-01-31", 3]}, [(("span",), "Input should be a list of 2 items")]),
        ({"span": "ab"}, [(("span",), "Input should be a list of 2 items")]),
        ({"span": ["x", "y"]}, [(("span", 0), INTEGER), (("span", 1), DATE)]),
        ({"groups": ["a"]}, [(("groups",), "Input should be a valid mapping")]),
        ({"groups": {"acme": "Acme"}}, [(("groups", "acme"), "Input should be a valid list")]),
        (
            {"groups": {"acme": ["Acme", 7]}},
            [(("groups", "acme", 1), "Input should be a valid string")],
        ),
        ({"groups": {5: ["x"]}}, [(("groups", 5), "Input should be a valid string")]),
    ],
    ids=[
        "literal-other-word",
        "literal-null",
        "optional-wrong-type",
        "union-number",
        "union-string",
        "union-list-with-bad-item",
        "list-not-a-list",
        "list-bad-items",
        "tuple-too-short",
        "tuple-too-long",
        "tuple-string",
        "tuple-bad-items",
        "dict-not-a-mapping",
        "dict-value-not-a-list",
        "dict-bad-item",
        "dict-bad-key",
    ],
)
def test_shape_refused(data: dict[str, Any], expected: list[Problem]) -> None:
    assert problems(Shapes, data) == expected


def test_union_first_member_that_fits_wins() -> None:
    got = parse(FirstFit, {"number_first": "5", "text_first": "5"})
    assert got.number_first == 5 and got.text_first == "5"


@dataclass(frozen=True, kw_only=True)
class NumberChoice:
    n: Literal[1, 2] = 1


def test_literal_of_numbers_accepts_its_values() -> None:
    assert parse(NumberChoice, {"n": 2}).n == 2


# --- nested classes ---------------------------------------------------------------------------


def test_nested_classes_are_built() -> None:
    got = parse(Order, {"id": "o1", "items": [{"name": "a"}, {"name": "b", "qty": "2"}]})
    assert got == Order(id="o1", items=[Item(name="a"), Item(name="b", qty=2)])
    assert isinstance(got.items[0], Item)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"id": "o1", "items": [{"name": "a"}, {"name": "b"}, {"name": 5}]},
            [(("items", 2, "name"), "Input should be a valid string")],
        ),
        (
            {"id": "o1", "items": [{"name": "a", "colour": "red"}]},
            [(("items", 0, "colour"), "unknown key")],
        ),
        ({"id": "o1", "gift": {"name": "g"}, "note": "x"}, [(("note",), "unknown key")]),
        (
            {"items": [{"qty": 2}]},
            [(("id",), "Field required"), (("items", 0, "name"), "Field required")],
        ),
        ({"id": "o1", "gift": 5}, [(("gift",), "Input should be a valid mapping")]),
        ({"id": "o1", "items": [None]}, [(("items", 0), "Input should be a valid mapping")]),
        (
            {"id": 3, "items": [{"name": "", "qty": 0, "x": 1}], "gift": 5, "extra": True},
            [
                (("extra",), "unknown key"),
                (("id",), "Input should be a valid string"),
                (("items", 0, "x"), "unknown key"),
                (("items", 0, "name"), "String should have at least 1 characters"),
                (("items", 0, "qty"), "Input should be greater than or equal to 1"),
                (("gift",), "Input should be a valid mapping"),
            ],
        ),
    ],
    ids=[
        "path-to-nested-field",
        "unknown-nested-key",
        "unknown-top-key",
        "missing-required",
        "optional-class-wrong-type",
        "list-item-not-a-mapping",
        "every-problem-reported",
    ],
)
def test_nested_problems(data: dict[str, Any], expected: list[Problem]) -> None:
    assert problems(Order, data) == expected


@pytest.mark.parametrize(
    ("cls", "data", "expected"),
    [
        (Order, {"id": "o1"}, [((), "an order needs items or a gift")]),
        (
            Order,
            {"id": "o1", "items": [{"name": "a"}, {"name": "forbidden"}]},
            [(("items", 1), "this name is reserved")],
        ),
        (
            Order,
            {"id": "o1", "gift": {"name": "forbidden"}},
            [(("gift",), "this name is reserved")],
        ),
        (
            Plan,
            {"windows": [{"start": "2026-01-01", "end": "2026-02-01"}] * 3},
            [((), "at most two windows")],
        ),
        (
            Plan,
            {"windows": [{"start": "2026-03-01", "end": "2026-02-01"}]},
            [(("windows", 0), "`start` is after `end`")],
        ),
    ],
    ids=["top", "list-item", "optional-field", "list-field-top", "nested-window"],
)
def test_post_init_reported_at_the_objects_path(
    cls: type, data: dict[str, Any], expected: list[Problem]
) -> None:
    assert problems(cls, data) == expected


@pytest.mark.parametrize(
    ("cls", "data", "expected"),
    [
        (
            Item,
            {"name": "forbidden", "qty": 0},
            [(("qty",), "Input should be greater than or equal to 1")],
        ),
        (Order, {"id": 5}, [(("id",), "Input should be a valid string")]),
        (Window, {"start": "2026-03-01", "end": "soon"}, [(("end",), DATE)]),
        (
            Plan,
            {"windows": [{"start": "2026-01-01", "end": "2026-02-01"}] * 2 + [{"start": "x"}]},
            [(("windows", 2, "start"), DATE), (("windows", 2, "end"), "Field required")],
        ),
        (Window, {"start": "2026-03-01", "end": "2026-02-01", "x": 1}, [(("x",), "unknown key")]),
    ],
    ids=["own-field-failed", "defaults-would-fail", "bad-date", "nested-item-failed", "unknown"],
)
def test_post_init_not_run_when_a_field_failed(
    cls: type, data: dict[str, Any], expected: list[Problem]
) -> None:
    assert problems(cls, data) == expected


# --- tagged unions ----------------------------------------------------------------------------


def test_tagged_union_dispatches_by_tag() -> None:
    got = parse(
        Routing,
        {
            "sinks": [
                {"type": "mail", "name": "a", "to": ["x@example.com"], "mode": "digest"},
                {"type": "webhook", "name": "b", "url": "https://h.example", "mode": "digest"},
                {"type": "hook", "name": "c", "url": "https://h.example"},
            ],
            "fallback": {"type": "mail", "name": "d", "to": ["y@example.com"]},
        },
    )
    assert [type(s) for s in got.sinks] == [MailSink, HookSink, HookSink]
    assert [s.mode for s in got.sinks] == ["digest", "digest", "instant"]
    assert got.fallback == MailSink(type="mail", name="d", to=["y@example.com"])
    assert parse(Routing, {"fallback": None}).fallback is None


TAGS = "`type` should be one of 'mail', 'hook', 'webhook'"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"sinks": [{"name": "a"}]}, [(("sinks", 0), TAGS)]),
        ({"sinks": [{"name": "a", "mode": "digest"}]}, [(("sinks", 0), TAGS)]),
        ({"sinks": [{"type": "sms", "name": "a"}]}, [(("sinks", 0, "type"), TAGS)]),
        ({"sinks": [{"type": 5, "name": "a"}]}, [(("sinks", 0, "type"), TAGS)]),
        ({"sinks": [{"type": "digest", "name": "a"}]}, [(("sinks", 0, "type"), TAGS)]),
        ({"sinks": ["mail"]}, [(("sinks", 0), "Input should be a valid mapping")]),
        (
            {"sinks": [{"type": "hook", "name": "a", "to": ["x"]}]},
            [(("sinks", 0, "to"), "unknown key"), (("sinks", 0, "url"), "Field required")],
        ),
        (
            {"sinks": [{"type": "mail", "name": "a", "to": [], "mode": "later"}]},
            [
                (("sinks", 0, "mode"), "Input should be 'instant' or 'digest'"),
                (("sinks", 0, "to"), "List should have at least 1 items"),
            ],
        ),
        ({"fallback": {"type": "sms"}}, [(("fallback", "type"), TAGS)]),
    ],
    ids=[
        "missing-tag",
        "only-the-shared-literal",
        "unknown-tag",
        "tag-not-a-string",
        "tag-is-a-mode-value",
        "not-a-mapping",
        "checked-as-the-tagged-class",
        "member-problems",
        "optional-union",
    ],
)
def test_tagged_union_refused(data: dict[str, Any], expected: list[Problem]) -> None:
    assert problems(Routing, data) == expected


def test_shared_literal_field_is_not_the_discriminator() -> None:
    sinks = json_schema(Routing)["properties"]["sinks"]["items"]
    assert sinks["discriminator"] == {"propertyName": "type"}


@dataclass(frozen=True, kw_only=True)
class AliasA:
    kind: Literal["a"] = setting(alias="type")


@dataclass(frozen=True, kw_only=True)
class AliasB:
    kind: Literal["b"] = setting(alias="type")


@dataclass(frozen=True, kw_only=True)
class AliasedTag:
    x: AliasA | AliasB


def test_aliased_discriminator_is_read_by_its_alias() -> None:
    assert parse(AliasedTag, {"x": {"type": "b"}}).x == AliasB(kind="b")
    discriminator = json_schema(AliasedTag)["properties"]["x"]["discriminator"]
    assert discriminator == {"propertyName": "type"}


@dataclass(frozen=True, kw_only=True)
class Circle:
    radius: float


@dataclass(frozen=True, kw_only=True)
class Square:
    side: float


@dataclass(frozen=True, kw_only=True)
class Untagged:
    shape: Circle | Square


@dataclass(frozen=True, kw_only=True)
class Unsupported:
    names: set[str] = setting(factory=set)


@pytest.mark.parametrize(
    ("cls", "words"),
    [(Untagged, "no Literal field tells"), (Unsupported, "unsupported field type")],
    ids=["union-without-tag", "set"],
)
def test_declarations_it_cannot_check_are_refused(cls: type, words: str) -> None:
    with pytest.raises(TypeError, match=words):
        parse(cls, {})
    with pytest.raises(TypeError, match=words):
        json_schema(cls)


# --- setting() --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "key", "expected"),
    [
        ({"level": 1}, "level", 1),
        ({"level": 10}, "level", 10),
        ({"ratio": 0}, "ratio", 0.0),
        ({"ratio": 1}, "ratio", 1.0),
        ({"label": "abcd"}, "label", "abcd"),
        ({"tags": ["a", "b", "c"]}, "tags", ["a", "b", "c"]),
        ({"from": "desk@example.com"}, "from_", "desk@example.com"),
        ({"every": "15m"}, "every", 900.0),
        ({"every": 90}, "every", 90.0),
        ({"pairs": "4"}, "pairs", 4),
    ],
    ids=[
        "ge-boundary",
        "le-boundary",
        "float-ge-boundary",
        "float-le-boundary",
        "max-length-boundary",
        "max-items-boundary",
        "alias",
        "before-converts",
        "before-passes-through",
        "after-gets-the-typed-value",
    ],
)
def test_setting_accepted(data: dict[str, Any], key: str, expected: Any) -> None:
    got = getattr(parse(Knobs, data), key)
    assert got == expected
    assert type(got) is type(expected)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"level": 0}, [(("level",), "Input should be greater than or equal to 1")]),
        ({"level": 11}, [(("level",), "Input should be less than or equal to 10")]),
        ({"level": "x"}, [(("level",), INTEGER)]),
        ({"ratio": 1.5}, [(("ratio",), "Input should be less than or equal to 1")]),
        ({"ratio": -0.1}, [(("ratio",), "Input should be greater than or equal to 0")]),
        ({"label": "a"}, [(("label",), "String should have at least 2 characters")]),
        ({"label": "abcde"}, [(("label",), "String should have at most 4 characters")]),
        ({"label": "AB"}, [(("label",), "String should match pattern '^[a-z]+$'")]),
        ({"tags": []}, [(("tags",), "List should have at least 1 items")]),
        ({"tags": ["a", "b", "c", "d"]}, [(("tags",), "List should have at most 3 items")]),
        ({"from_": "x"}, [(("from_",), "unknown key")]),
        ({"every": "xm"}, [(("every",), "'xm' is not a number of minutes")]),
        ({"every": "soon"}, [(("every",), NUMBER)]),
        ({"pairs": 3}, [(("pairs",), "3 is odd")]),
        ({"pairs": "x"}, [(("pairs",), INTEGER)]),
        (
            {"level": 0, "label": "AB", "pairs": 1},
            [
                (("level",), "Input should be greater than or equal to 1"),
                (("label",), "String should match pattern '^[a-z]+$'"),
                (("pairs",), "1 is odd"),
            ],
        ),
    ],
    ids=[
        "ge",
        "le",
        "type-before-bounds",
        "float-le",
        "float-ge",
        "min-length",
        "max-length",
        "pattern",
        "min-items",
        "max-items",
        "attribute-name-is-not-the-key",
        "before-raises",
        "before-passes-bad-value-on",
        "after-raises",
        "after-not-run-on-bad-type",
        "several",
    ],
)
def test_setting_refused(data: dict[str, Any], expected: list[Problem]) -> None:
    assert problems(Knobs, data) == expected


def test_defaults_fill_absent_keys_and_are_not_shared() -> None:
    first, second = parse(Knobs, {}), parse(Knobs, {})
    assert first == Knobs()
    assert (first.level, first.ratio, first.label, first.from_, first.every) == (
        5,
        0.5,
        "ab",
        "me",
        60.0,
    )
    assert first.tags == ["x"] and first.seen == []
    assert first.tags is not second.tags and first.seen is not second.seen
    first.seen.append("y")
    assert second.seen == [] and parse(Knobs, {}).seen == []
    assert parse(Order, {"id": "o1", "gift": {"name": "g"}}).items == []


def test_before_result_becomes_a_list_of_classes() -> None:
    single = parse(Bundle, {"parts": {"name": "a"}})
    several = parse(Bundle, {"parts": [{"name": "a"}, {"name": "b", "qty": 2}]})
    assert single.parts == [Item(name="a")]
    assert several.parts == [Item(name="a"), Item(name="b", qty=2)]
    assert problems(Bundle, {"parts": {"name": "a", "qty": 0}}) == [
        (("parts", 0, "qty"), "Input should be greater than or equal to 1")
    ]


# --- dotted() and Invalid ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("loc", "expected"),
    [
        (("feeds", 3, "url"), "feeds[3].url"),
        ((), ""),
        (("fetch",), "fetch"),
        (("fetch", "timeout"), "fetch.timeout"),
        (("m", 0, 1), "m[0][1]"),
        ((0, "name"), "[0].name"),
    ],
    ids=["feeds", "top", "one-key", "two-keys", "two-indexes", "index-first"],
)
def test_dotted(loc: tuple[Any, ...], expected: str) -> None:
    assert dotted(loc) == expected


def test_invalid_message_and_problems() -> None:
    listed: list[Problem] = [(("feeds", 3, "url"), "bad URL"), ((), "whole thing wrong")]
    error = Invalid(listed)
    assert isinstance(error, ValueError)
    assert error.problems == listed
    assert str(error) == "feeds[3].url: bad URL; (top): whole thing wrong"


def test_top_level_must_be_a_mapping() -> None:
    with pytest.raises(Invalid) as caught:
        parse(Order, ["id", "o1"])
    assert caught.value.problems == [((), "Input should be a valid mapping")]
    assert str(caught.value) == "(top): Input should be a valid mapping"


# --- json_schema() ----------------------------------------------------------------------------


def test_schema_of_nested_classes() -> None:
    schema = json_schema(Order)
    assert schema["required"] == ["id"]
    assert schema["additionalProperties"] is False
    assert "description" not in schema  # no docstring: the generated one is not used
    assert schema["properties"] == {
        "id": {"type": "string"},
        "items": {"type": "array", "items": {"$ref": "#/$defs/Item"}},
        "gift": {"anyOf": [{"$ref": "#/$defs/Item"}, {"type": "null"}], "default": None},
    }
    assert schema["$defs"] == {
        "Item": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "minLength": 1},
                "qty": {"type": "integer", "minimum": 1, "default": 1},
            },
            "required": ["name"],
            "additionalProperties": False,
        }
    }


def test_schema_of_shapes() -> None:
    schema = json_schema(Shapes)
    assert "required" not in schema and "$defs" not in schema
    assert schema["properties"] == {
        "colour": {"enum": ["red", "green"], "default": "red"},
        "limit": {"anyOf": [{"type": "integer"}, {"type": "null"}], "default": 0},
        "private": {
            "anyOf": [{"type": "boolean"}, {"type": "array", "items": {"type": "string"}}],
            "default": False,
        },
        "numbers": {"type": "array", "items": {"type": "integer"}},
        "span": {
            "anyOf": [
                {
                    "type": "array",
                    "prefixItems": [{"type": "integer"}, {"type": "string", "format": "date"}],
                    "minItems": 2,
                    "maxItems": 2,
                },
                {"type": "null"},
            ],
            "default": None,
        },
        "groups": {
            "type": "object",
            "additionalProperties": {"type": "array", "items": {"type": "string"}},
        },
    }


def test_schema_of_a_tagged_union() -> None:
    schema = json_schema(Routing)
    refs = [{"$ref": "#/$defs/MailSink"}, {"$ref": "#/$defs/HookSink"}]
    assert schema["properties"]["sinks"]["items"] == {
        "oneOf": refs,
        "discriminator": {"propertyName": "type"},
    }
    fallback = schema["properties"]["fallback"]
    assert fallback["oneOf"] == [*refs, {"type": "null"}]
    assert sorted(schema["$defs"]) == ["HookSink", "MailSink"]
    mail = schema["$defs"]["MailSink"]
    assert mail["properties"]["type"] == {"enum": ["mail"]}
    assert mail["properties"]["mode"] == {"enum": ["instant", "digest"], "default": "instant"}
    assert mail["properties"]["to"] == {
        "type": "array",
        "items": {"type": "string"},
        "minItems": 1,
    }
    assert mail["required"] == ["name", "type", "to"]
    assert schema["$defs"]["HookSink"]["properties"]["type"] == {"enum": ["hook", "webhook"]}


def test_schema_of_settings() -> None:
    schema = json_schema(Knobs)
    assert schema["description"] == "Knobs for the tests: one of each kind of setting."
    props = schema["properties"]
    assert list(props) == ["level", "ratio", "label", "tags", "from", "every", "pairs", "seen"]
    assert "required" not in schema
    assert props["level"] == {
        "type": "integer",
        "minimum": 1,
        "maximum": 10,
        "description": "How loud.",
        "default": 5,
    }
    assert props["ratio"] == {"type": "number", "minimum": 0, "maximum": 1, "default": 0.5}
    assert props["label"] == {
        "type": "string",
        "minLength": 2,
        "maxLength": 4,
        "pattern": "^[a-z]+$",
        "default": "ab",
    }
    assert props["tags"] == {
        "type": "array",
        "items": {"type": "string"},
        "minItems": 1,
        "maxItems": 3,
    }
    assert props["from"] == {"type": "string", "default": "me"}
    assert props["every"] == {"type": ["number", "string"], "default": 60.0}
    assert props["seen"] == {"type": "array", "items": {"type": "string"}}


def test_schema_override_replaces_the_derived_one_and_keeps_its_defs() -> None:
    before = json.dumps(PARTS_SCHEMA, sort_keys=True)
    schema = json_schema(Bundle)
    assert schema["properties"]["parts"] == PARTS_SCHEMA
    assert list(schema["$defs"]) == ["Item"]
    assert schema["$defs"]["Item"]["required"] == ["name"]
    assert json.dumps(PARTS_SCHEMA, sort_keys=True) == before  # the declaration is not changed


@pytest.mark.parametrize(
    ("cls", "good", "bad"),
    [
        (
            Order,
            {"id": "o1", "items": [{"name": "a", "qty": 2}], "gift": None},
            {"id": "o1", "items": [{"name": "a", "colour": "red"}]},
        ),
        (Order, {"id": "o1", "gift": {"name": "g"}}, {"id": "o1", "note": "x"}),
        (
            Routing,
            {
                "sinks": [
                    {"type": "mail", "name": "a", "to": ["x"]},
                    {"type": "hook", "name": "b", "url": "u"},
                ]
            },
            {"sinks": [{"type": "hook", "name": "b", "url": "u", "colour": "red"}]},
        ),
        (Routing, {"fallback": None}, {"sinks": [{"type": "sms", "name": "a"}]}),
        (
            Knobs,
            {"level": 3, "label": "abc", "from": "x", "every": "15m", "tags": ["a"]},
            {"level": 3, "from_": "x"},
        ),
        (Knobs, {"every": 90}, {"label": "ABC"}),
        (Bundle, {"parts": {"name": "a"}}, {"parts": {"name": "a", "size": 3}}),
        (Shapes, {"span": [1, "2026-01-31"], "groups": {"a": ["b"]}}, {"colour": "blue"}),
    ],
    ids=[
        "nested-unknown-key",
        "top-unknown-key",
        "tagged-unknown-key",
        "unknown-tag",
        "attribute-name-not-alias",
        "pattern",
        "override-refs-defs",
        "literal",
    ],
)
def test_schema_accepts_valid_and_refuses_invalid(
    cls: type, good: dict[str, Any], bad: dict[str, Any]
) -> None:
    schema = json_schema(cls)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    parse(cls, good)  # the parser agrees the good document is good...
    assert list(validator.iter_errors(good)) == []
    with pytest.raises(Invalid):  # ...and the bad one bad
        parse(cls, bad)
    assert list(validator.iter_errors(bad)) != []


@dataclass(frozen=True, kw_only=True)
class OptionalText:
    note: str | None = setting(None, min_length=2)


def test_optional_string_length_is_min_length_in_the_schema() -> None:
    assert problems(OptionalText, {"note": "a"}) == [
        (("note",), "String should have at least 2 characters")
    ]
    prop = json_schema(OptionalText)["properties"]["note"]
    assert prop.get("minLength") == 2 and "minItems" not in prop
    assert list(Draft202012Validator(json_schema(OptionalText)).iter_errors({"note": "a"}))


@dataclass(frozen=True, kw_only=True)
class Dated:
    start: date = date(2026, 1, 1)


def test_schema_with_a_date_default_is_json() -> None:
    assert json.loads(json.dumps(json_schema(Dated)))["properties"]["start"]["default"] == (
        "2026-01-01"
    )


def _other_item() -> type:
    @dataclass(frozen=True, kw_only=True)
    class Item:  # same name as the module's Item, different fields
        size: int

    return Item


OtherItem = _other_item()


@dataclass(frozen=True, kw_only=True)
class TwoItems:
    mine: Item
    theirs: OtherItem  # type: ignore[valid-type]


def test_classes_with_the_same_name_get_their_own_defs() -> None:
    good = {"mine": {"name": "a"}, "theirs": {"size": 1}}
    parse(TwoItems, good)
    assert list(Draft202012Validator(json_schema(TwoItems)).iter_errors(good)) == []
