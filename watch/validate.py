"""Frozen dataclasses filled from YAML data, with every mistake named by its path.

The configuration (watch/config.py) and the claim rules (watch/claims/rules.py) are plain
`@dataclass(frozen=True, kw_only=True)` classes whose fields are declared with `setting()`:
bounds, a pattern, a conversion run `before` the type check, a check run `after` it. `parse()`
fills a class from the mappings and lists `yaml.safe_load` produces and raises `Invalid` with
one `(path, message)` per mistake; a class's own `__post_init__` checks the object as a whole
once its fields are valid (a ValueError there is reported at the object's path). `json_schema()`
writes the same declarations as a JSON Schema for editors (watch/editor_schema.py).

This replaced pydantic, whose import and model building cost ~0.15 s of every `watch check`.
Supported field types: str, int, float, bool, date, Literal, X | None, unions, list[X],
tuple[X, Y], dict[str, X] and nested classes; a union of classes that each have a Literal
field of the same name is told apart by that field (`type: email`).
"""

from __future__ import annotations

import dataclasses
import math
import re
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any, Literal, TypeVar, get_args, get_origin

T = TypeVar("T")
Loc = tuple[Any, ...]
Problems = list[tuple[Loc, str]]
Check = Callable[[Any, Loc, Problems], Any]

_BAD: Any = object()  # what a check returns after recording a problem
_INTEGER = re.compile(r"^\s*[+-]?[0-9_]+\s*$")


class Invalid(ValueError):
    """The data does not fit the class: `problems` lists (path, message) pairs."""

    def __init__(self, problems: Problems) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{dotted(loc) or '(top)'}: {msg}" for loc, msg in problems))


def setting(
    default: Any = dataclasses.MISSING,
    *,
    factory: Callable[[], Any] | None = None,
    ge: float | None = None,
    le: float | None = None,
    min_length: int | None = None,
    max_length: int | None = None,
    pattern: str | None = None,
    alias: str | None = None,
    before: Callable[[Any], Any] | None = None,
    after: Callable[[Any], Any] | None = None,
    description: str | None = None,
    schema: dict[str, Any] | None = None,
) -> Any:
    """A dataclass field with validation metadata. `before` converts the raw value (e.g. "15m"
    to 900.0), `after` checks the typed one; both raise ValueError with the message to show.
    `schema` replaces the JSON Schema derived from the type (for fields `before` widens)."""
    meta = {
        "ge": ge,
        "le": le,
        "min_length": min_length,
        "max_length": max_length,
        "pattern": re.compile(pattern) if pattern else None,
        "alias": alias,
        "before": before,
        "after": after,
        "description": description,
        "schema": schema,
    }
    meta = {k: v for k, v in meta.items() if v is not None}
    if factory is not None:
        return dataclasses.field(default_factory=factory, metadata=meta)
    return dataclasses.field(default=default, metadata=meta)


def parse(cls: type[T], data: Any) -> T:
    """An instance of the dataclass `cls` from `data`. Raises Invalid listing every problem."""
    problems: Problems = []
    value = _class_check(typing.cast(Any, cls))(data, (), problems)
    if problems:
        raise Invalid(problems)
    return typing.cast(T, value)


# --- checks, compiled once per class ----------------------------------------------------------

_EXPECT = {
    str: "a valid string",
    int: "a valid integer",
    float: "a valid number",
    bool: "a valid boolean",
    date: "a valid date (YYYY-MM-DD)",
    list: "a valid list",
    tuple: "a valid list",
    dict: "a valid mapping",
    type(None): "null",
}


def _expected(tp: Any) -> str:
    if dataclasses.is_dataclass(tp):
        return "a valid mapping"
    if get_origin(tp) is Literal:
        return " or ".join(repr(v) for v in get_args(tp))
    return _EXPECT.get(get_origin(tp) or tp, str(tp))


def _scalar(tp: type) -> Check:
    expect = "Input should be " + _EXPECT[tp]

    def check(value: Any, loc: Loc, problems: Problems) -> Any:
        if tp is str:
            ok = isinstance(value, str)
        elif tp is bool:
            ok = isinstance(value, bool)
        elif tp is date:
            if isinstance(value, str):
                try:
                    return date.fromisoformat(value.strip())
                except ValueError:
                    ok = False
            else:
                ok = isinstance(value, date) and not isinstance(value, datetime)
        elif isinstance(value, bool) or not isinstance(value, int | float | str):
            ok = False
        elif tp is int and isinstance(value, int):
            return value  # exact, however large
        else:  # numbers quoted in YAML ("0.5") are accepted (pydantic did)
            try:
                number = float(value)
            except (ValueError, OverflowError):
                ok = False
            else:
                if not math.isfinite(number):
                    problems.append((loc, "Input should be a finite number"))
                    return _BAD
                if tp is float:
                    return number
                ok = number.is_integer()
                exact = isinstance(value, str) and _INTEGER.match(value)
                value = int(value) if exact else int(number)
        if not ok:
            problems.append((loc, expect + _yaml_hint(tp, value)))
            return _BAD
        return value

    return check


def _yaml_hint(tp: type, value: Any) -> str:
    """What to do when YAML read a bare word as a boolean where text was meant."""
    if tp is str and isinstance(value, bool):
        return (
            ": YAML reads unquoted true, false, yes, no, on and off as booleans;"
            ' quote the phrase ("no")'
        )
    return ""


def _compile(tp: Any) -> Check:
    origin, args = get_origin(tp), get_args(tp)
    if tp in (str, int, float, bool, date):
        return _scalar(tp)
    if dataclasses.is_dataclass(tp):
        return _class_check(typing.cast(type, tp))
    if origin is Literal:
        choices = args
        message = "Input should be " + " or ".join(repr(c) for c in choices)

        def literal(value: Any, loc: Loc, problems: Problems) -> Any:
            # by type too: True == 1, and a YAML `1` is not the string "1"
            if any(value == c and type(value) is type(c) for c in choices):
                return value
            problems.append((loc, message))
            return _BAD

        return literal
    if origin in (typing.Union, types.UnionType):
        return _union(args)
    if origin is list:
        return _sequence(_compile(args[0]))
    if origin is tuple:
        return _fixed_tuple([_compile(a) for a in args])
    if origin is dict:
        return _mapping(_compile(args[0]), _compile(args[1]))
    raise TypeError(f"validate: unsupported field type {tp!r}")


def _union(members: tuple[Any, ...]) -> Check:
    optional = type(None) in members
    rest = [m for m in members if m is not type(None)]
    if len(rest) == 1:
        inner = _compile(rest[0])
    elif all(dataclasses.is_dataclass(m) for m in rest):
        inner = _tagged(rest)
    else:
        checks = [_compile(m) for m in rest]
        message = "Input should be " + " or ".join(_expected(m) for m in rest)

        def first_fit(value: Any, loc: Loc, problems: Problems) -> Any:
            for check in checks:
                attempt: Problems = []
                result = check(value, loc, attempt)
                if not attempt:
                    return result
            problems.append((loc, message))
            return _BAD

        inner = first_fit
    if not optional:
        return inner

    def or_none(value: Any, loc: Loc, problems: Problems) -> Any:
        return None if value is None else inner(value, loc, problems)

    return or_none


def _tagged(members: list[Any]) -> Check:
    """A union of classes told apart by a Literal field they all have (`type: email`)."""
    tag, by_value = discriminator(members)
    choices = ", ".join(repr(v) for v in by_value)

    def check(value: Any, loc: Loc, problems: Problems) -> Any:
        if not isinstance(value, dict):
            problems.append((loc, "Input should be a valid mapping"))
            return _BAD
        given = value.get(tag)
        member = by_value.get(given) if isinstance(given, str) else None
        if member is None:
            where = (*loc, tag) if tag in value else loc
            problems.append((where, f"`{tag}` should be one of {choices}"))
            return _BAD
        return _class_check(member)(value, loc, problems)

    return check


def discriminator(members: list[Any]) -> tuple[str, dict[str, Any]]:
    """The data key (a field's alias or name) whose Literal values tell `members` apart."""
    declared = [hints(m) for m in members]
    for name in declared[0]:
        if all(get_origin(h.get(name)) is Literal for h in declared):
            by_value = {
                v: m for m, h in zip(members, declared, strict=True) for v in get_args(h[name])
            }
            if len(by_value) == sum(len(get_args(h[name])) for h in declared):
                field = next(f for f in dataclasses.fields(members[0]) if f.name == name)
                return field.metadata.get("alias", name), by_value
    raise TypeError(f"validate: no Literal field tells {members} apart")


def _sequence(item: Check) -> Check:
    def check(value: Any, loc: Loc, problems: Problems) -> Any:
        if not isinstance(value, list | tuple):
            problems.append((loc, "Input should be a valid list"))
            return _BAD
        out = [item(v, (*loc, i), problems) for i, v in enumerate(value)]
        return _BAD if _BAD in out else out

    return check


def _fixed_tuple(items: list[Check]) -> Check:
    def check(value: Any, loc: Loc, problems: Problems) -> Any:
        if not isinstance(value, list | tuple) or len(value) != len(items):
            problems.append((loc, f"Input should be a list of {len(items)} items"))
            return _BAD
        out = tuple(
            c(v, (*loc, i), problems) for i, (c, v) in enumerate(zip(items, value, strict=True))
        )
        return _BAD if _BAD in out else out

    return check


def _mapping(key: Check, item: Check) -> Check:
    def check(value: Any, loc: Loc, problems: Problems) -> Any:
        if not isinstance(value, dict):
            problems.append((loc, "Input should be a valid mapping"))
            return _BAD
        out = {key(k, (*loc, k), problems): item(v, (*loc, k), problems) for k, v in value.items()}
        return _BAD if _BAD in out or _BAD in out.values() else out

    return check


def _field_check(field: dataclasses.Field[Any], tp: Any) -> Check:
    meta = field.metadata
    inner = _compile(tp)
    before, after = meta.get("before"), meta.get("after")
    ge, le, pattern = meta.get("ge"), meta.get("le"), meta.get("pattern")
    min_length, max_length = meta.get("min_length"), meta.get("max_length")

    def check(value: Any, loc: Loc, problems: Problems) -> Any:
        try:
            if before is not None:
                value = before(value)
            value = inner(value, loc, problems)
            if value is _BAD or value is None:
                return value
            if ge is not None and value < ge:
                raise ValueError(f"Input should be greater than or equal to {ge}")
            if le is not None and value > le:
                raise ValueError(f"Input should be less than or equal to {le}")
            if min_length is not None and len(value) < min_length:
                raise ValueError(
                    f"{_sized(value)} should have at least {min_length} {_unit(value)}"
                )
            if max_length is not None and len(value) > max_length:
                raise ValueError(f"{_sized(value)} should have at most {max_length} {_unit(value)}")
            if pattern is not None and not pattern.search(value):
                raise ValueError(f"String should match pattern '{pattern.pattern}'")
            return value if after is None else after(value)
        except ValueError as exc:
            problems.append((loc, str(exc)))
            return _BAD

    return check


def _sized(value: Any) -> str:
    return "String" if isinstance(value, str) else "List"


def _unit(value: Any) -> str:
    return "characters" if isinstance(value, str) else "items"


@cache
def hints(cls: type) -> dict[str, Any]:
    """The field types of a dataclass, resolved (the modules use `from __future__ import
    annotations`, so they are strings until now)."""
    return typing.get_type_hints(cls)


@cache
def _class_check(cls: type) -> Check:
    declared = hints(cls)
    fields = [
        (
            f.name,
            f.metadata.get("alias", f.name),
            _field_check(f, declared[f.name]),
            f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING,
        )
        for f in dataclasses.fields(cls)
    ]
    known = {key for _, key, _, _ in fields}

    def check(value: Any, loc: Loc, problems: Problems) -> Any:
        if not isinstance(value, dict):
            problems.append((loc, "Input should be a valid mapping"))
            return _BAD
        before = len(problems)
        for key in value:
            if key not in known:
                problems.append(((*loc, key), "unknown key"))
        kwargs = {}
        for name, key, field_check, required in fields:
            if key in value:
                kwargs[name] = field_check(value[key], (*loc, key), problems)
            elif required:
                problems.append(((*loc, key), "Field required"))
        if len(problems) > before:
            return _BAD
        try:
            return cls(**kwargs)
        except ValueError as exc:  # the class's own __post_init__ check
            problems.append((loc, str(exc)))
            return _BAD

    return check


def dotted(loc: Loc) -> str:
    """("feeds", 3, "url") -> "feeds[3].url"."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
