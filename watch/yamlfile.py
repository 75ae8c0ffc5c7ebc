"""rules.yaml as YAML: parsed with the line of every key kept, and refused early when it is
not plain data (alias bombs, duplicate keys, keys that are lists or mappings). Dates stay text:
the validator reads them (`watch.validate`), so a bad one is a problem on its line.

Raises `ConfigError` with the file name and line; validating what the data means is
`watch.config`'s job.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import yaml

from watch.errors import ConfigError, ConfigProblem
from watch.validate import dotted

# libyaml's parser when PyYAML was built with it: 10x faster on a rules file of a thousand feeds
_LineLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_LineLoader):  # type: ignore[misc,valid-type]
    """Dates stay text: the validator parses them and names the line of one that is not a
    date (2026-02-30), where YAML's own timestamp constructor raised a bare ValueError."""

    yaml_implicit_resolvers: ClassVar[dict[Any, list[tuple[str, Any]]]] = {
        first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in _LineLoader.yaml_implicit_resolvers.items()
    }


def parse(text: str, name: str) -> tuple[Any, yaml.Node | None]:
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        start = getattr(exc, "context_mark", None)
        context = getattr(exc, "context", None)
        opened = context and ("quoted" in context or "flow" in context)  # a quote, [ or {
        if start is not None and opened and start.line + 1 != line:
            # an unclosed quote or bracket is noticed lines later: name where it started
            problem = f"{problem} ({context} that starts here; noticed on line {line})"
            line = start.line + 1
        raise ConfigError(
            [ConfigProblem(name, line, "", f"YAML syntax error: {problem}")]
        ) from None
    if node is None:
        return None, None
    _check_nodes(node, name)
    _split_numbers(node, (), name)
    loader = _Loader("")
    try:
        data = loader.construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise ConfigError([ConfigProblem(name, line, "", f"YAML error: {exc}")]) from None
    return data, node


# A rules file holds hundreds of values; aliases can multiply that without bound (nine levels
# of ten aliases each are 10**9 values from 400 bytes), so the walk below has a budget.
MAX_YAML_VALUES = 200_000


def _check_nodes(root: yaml.Node, name: str) -> None:
    """Refuse alias bombs, duplicate keys and keys that are lists or mappings. The quick walk
    only looks; when it finds trouble, `_index_lines` walks again to name the line and path."""
    budget = MAX_YAML_VALUES
    stack = [root]
    while stack:
        node = stack.pop()
        budget -= 1
        if budget < 0:
            break
        if isinstance(node, yaml.MappingNode):
            keys = [k.value if isinstance(k, yaml.ScalarNode) else None for k, _ in node.value]
            if None in keys or len(set(keys)) < len(keys):
                break
            stack.extend(value for _, value in node.value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    else:
        return
    _index_lines(root, (), {}, name)  # raises the precise error


# The lists of phrases, where a number with a thousands comma is a likely item: a flow list's
# comma between "cut 20" and "000 jobs" was meant as part of the number.
_PHRASE_TOP_KEYS = frozenset({"claims", "vocabularies"})
_DIGITS = re.compile(r"\d+")


def _split_numbers(node: yaml.Node, path: tuple[Any, ...], name: str) -> None:
    """Refuse a flow list (`[...]`) whose comma split one number in two: `[cut 20,000 jobs]`
    reads as "cut 20" and "000 jobs". Only unquoted neighbours in a `[...]` list can be that;
    a block list (one `- item` a line) or a quoted item never is, so "787" beside "787-8"
    there is two names."""
    if path and path[0] not in _PHRASE_TOP_KEYS:
        return
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            _split_numbers(value_node, (*path, key_node.value), name)
    elif isinstance(node, yaml.SequenceNode):
        items = node.value
        for i, item in enumerate(items):
            before = items[i - 1] if i else None
            if node.flow_style and _plain(before) and _plain(item) and _text(before, item):
                assert isinstance(before, yaml.ScalarNode) and isinstance(item, yaml.ScalarNode)
                if split_number(before.value, item.value):
                    message = (
                        f"{before.value!r} and {item.value!r} look like one number split at its"
                        f" comma (a comma separates items in [...]): quote the phrase"
                        f' ("{before.value.strip()},{item.value.strip()}")'
                    )
                    problem = ConfigProblem(name, item.start_mark.line + 1, dotted(path), message)
                    raise ConfigError([problem])
            _split_numbers(item, (*path, i), name)


def _text(*nodes: yaml.Node | None) -> bool:
    """Whether any of the items is text: a list of numbers ([65, 250], an amount's range) is
    no phrase split."""
    return any(n is not None and n.tag == "tag:yaml.org,2002:str" for n in nodes)


def _plain(node: yaml.Node | None) -> bool:
    return isinstance(node, yaml.ScalarNode) and not node.style  # (libyaml: "", PyYAML: None)


def split_number(before: str, after: str) -> bool:
    """Whether two neighbouring items look like one number a flow list split at its comma
    ([cut 20,000 jobs] -> "cut 20", "000 jobs"): the first ends in a digit, the second opens
    with a group of exactly three digits. Not when that group is a number the first phrase
    already holds: then they are two names of one thing ("777-9" and "777-9s", "Boeing 737"
    and "737 MAX"), unless the first is that number alone ([787,787-8] may be 787,787)."""
    first, second = before.strip(), after.strip()
    group = _DIGITS.match(second)
    # (a thousands group has exactly three digits: "1833.HK" after "01833" is a second code)
    if not first[-1:].isdigit() or group is None or len(group.group()) != 3:
        return False
    head = group.group()
    return first == head or head not in _DIGITS.findall(first)


def key_lines(node: yaml.Node | None, name: str) -> dict[tuple[Any, ...], int]:
    """The line of every key and item, by path; only wanted to report a problem."""
    lines: dict[tuple[Any, ...], int] = {}
    if node is not None:
        _index_lines(node, (), lines, name)
    return lines


def _index_lines(
    node: yaml.Node,
    path: tuple[Any, ...],
    lines: dict[tuple[Any, ...], int],
    name: str,
    budget: list[int] | None = None,
) -> None:
    budget = [MAX_YAML_VALUES] if budget is None else budget
    budget[0] -= 1
    if budget[0] < 0:
        message = f"more than {MAX_YAML_VALUES} values once aliases are expanded (alias bomb?)"
        raise ConfigError([ConfigProblem(name, node.start_mark.line + 1, dotted(path), message)])
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                line, where = key_node.start_mark.line + 1, dotted(path)
                message = "a key must be a plain value, not a list or a mapping"
                raise ConfigError([ConfigProblem(name, line, where, message)])
            key = key_node.value
            if key in seen:
                raise ConfigError(
                    [
                        ConfigProblem(
                            name,
                            key_node.start_mark.line + 1,
                            dotted((*path, key)),
                            f"duplicate key (first on line {seen[key]})",
                        )
                    ]
                )
            seen[key] = key_node.start_mark.line + 1
            _index_lines(value_node, (*path, key), lines, name, budget)
            # the value's walk recorded the value's own line under this path: a problem with
            # the setting is reported on its key's line
            lines[(*path, key)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index_lines(item, (*path, i), lines, name, budget)


def line_for(lines: dict[tuple[Any, ...], int], path: tuple[Any, ...]) -> int | None:
    """The line of `path`, else of the nearest mapping or list that holds it."""
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return lines.get(())
