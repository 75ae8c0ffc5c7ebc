"""The JSON Schema of the classes `watch.validate` fills, for editors' completion of rules.yaml.

    json_schema(Settings)  # what bench/gen_schema.py writes to watch/data/rules.schema.json

Written from the same declarations `parse` checks: types, `setting()` bounds, patterns and
descriptions, a field's `schema=` override where `before` widens what the file may hold.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date
from typing import Any, Literal, get_args, get_origin

from watch.validate import discriminator, hints


def json_schema(cls: type) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of `cls`, nested classes under `$defs`."""
    defs: dict[str, Any] = {}
    root = _class_schema(cls, defs)
    for schema in defs.values():
        del schema["x-class"]  # which class a name stands for, while the walk runs
    return {**root, "$defs": dict(sorted(defs.items()))} if defs else root


def _class_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    declared = hints(cls)
    properties: dict[str, Any] = {}
    required = []
    for f in dataclasses.fields(cls):
        key = f.metadata.get("alias", f.name)
        derived = _type_schema(declared[f.name], defs)  # also registers the classes it names
        prop = dict(f.metadata.get("schema") or derived)
        for name, word in (("ge", "minimum"), ("le", "maximum")):
            if name in f.metadata:
                prop[word] = f.metadata[name]
        tp = declared[f.name]
        members = get_args(tp) if get_origin(tp) in (typing.Union, types.UnionType) else (tp,)
        unit = "Length" if str in members else "Items"
        for name, word in (("min_length", "min"), ("max_length", "max")):
            if name in f.metadata:
                prop[word + unit] = f.metadata[name]
        if "pattern" in f.metadata:
            prop["pattern"] = f.metadata["pattern"].pattern
        if "description" in f.metadata:
            prop["description"] = f.metadata["description"]
        if f.default is not dataclasses.MISSING and not dataclasses.is_dataclass(f.default):
            default = f.default
            prop["default"] = default.isoformat() if isinstance(default, date) else default
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            required.append(key)
        properties[key] = prop
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    schema["additionalProperties"] = False
    if cls.__doc__ and not cls.__doc__.startswith(f"{cls.__name__}("):
        schema["description"] = " ".join(cls.__doc__.split())
    return schema


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin, args = get_origin(tp), get_args(tp)
    simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
    if tp in simple:
        return {"type": simple[tp]}
    if tp is date:
        return {"type": "string", "format": "date"}
    if tp is type(None):
        return {"type": "null"}
    if dataclasses.is_dataclass(tp):
        cls = typing.cast(type, tp)
        name = cls.__name__
        if defs.get(name, {}).get("x-class", id(cls)) != id(cls):
            name = f"{cls.__module__}.{cls.__qualname__}"  # two classes of one name
        if name not in defs:
            defs[name] = {"x-class": id(cls)}  # placeholder against recursion
            defs[name] = {**_class_schema(cls, defs), "x-class": id(cls)}
        return {"$ref": f"#/$defs/{name}"}
    if origin is Literal:
        return {"enum": list(args)}
    if origin in (typing.Union, types.UnionType):
        rest = [m for m in args if m is not type(None)]
        schemas = [_type_schema(m, defs) for m in args]
        if len(rest) > 1 and all(dataclasses.is_dataclass(m) for m in rest):
            tag, _ = discriminator(rest)
            return {"oneOf": schemas, "discriminator": {"propertyName": tag}}
        return {"anyOf": schemas}
    if origin is list:
        return {"type": "array", "items": _type_schema(args[0], defs)}
    if origin is tuple:
        items = [_type_schema(a, defs) for a in args]
        return {"type": "array", "prefixItems": items, "minItems": len(args), "maxItems": len(args)}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type_schema(args[1], defs)}
    raise TypeError(f"validate: unsupported field type {tp!r}")
