"""Text that may reach a terminal, a log or a JSON reader: the one cleaner for all of them.

Titles, quotes, outlet names, URLs and remote servers' error replies are untrusted. On a
terminal an ESC or a C1 control (U+009B is a CSI on some terminals) starts an escape sequence
that can retitle the window, recolour or hide text; bidi overrides and isolates (U+202E,
U+2066-2069) and zero-width characters make a line read differently from what it holds. So
everything `watch` prints, logs or stores as an error goes through `safe_text`, and every
JSON document it writes goes through `dumps`, which escapes those characters (JSON stays valid
and decodes to the same data).

What counts as unsafe is a Unicode category, not a list of known attacks: every control (Cc),
every format character (Cf: bidi controls, zero-width characters, soft hyphen, tags) and the
line and paragraph separators (Zl, Zp); lone surrogates, which cannot be encoded, too.
"""

from __future__ import annotations

import copy
import json
import logging
import re
from typing import Any

# Generated from unicodedata (Unicode 14); tests/test_textclean.py checks them against the
# running Python's. Controls (Cc) and line and paragraph separators (Zl, Zp) stand between
# words, so they become a space; format characters (Cf) are invisible inside a word (a soft
# hyphen, a zero-width joiner), so they go.
_CONTROLS = "\x00-\x1f\x7f-\x9f\u2028\u2029"
_FORMATS = (
    "\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile(f"[{_CONTROLS}]")
_FORMAT = re.compile(f"[{_FORMATS}]")
# multi-line text keeps tabs and newlines; other line breaks become newlines
_LINE_BREAK = re.compile("\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_OTHER_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")
_JSON_UNSAFE = re.compile(f"[{_CONTROLS}{_FORMATS}\ud800-\udfff]")


def safe_text(text: str, *, multiline: bool = False) -> str:
    """`text` with nothing that can drive a terminal or hide what it says: every control
    character (escape sequences start with one) and line or paragraph separator becomes a
    space, every format character (bidi controls, zero-width characters) is removed, lone
    surrogates become U+FFFD. With `multiline`, tabs and newlines stay and every other line
    break becomes a newline. CJK and every other visible character are kept. Raises nothing."""
    if not text:
        return text
    text = _SURROGATE.sub("\ufffd", text)
    if multiline:
        text = _OTHER_CONTROL.sub(" ", _LINE_BREAK.sub("\n", text))
    else:
        text = _CONTROL.sub(" ", text)
    return _FORMAT.sub("", text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match[0])
    if code > 0xFFFF:  # a JSON escape is UTF-16: two surrogates
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def dumps(value: Any, **options: Any) -> str:
    """`json.dumps(value)` with text kept readable (CJK as is, never `ensure_ascii`) but every
    control, format or separator character escaped as \\uXXXX, which `json.dumps` leaves raw
    for C1, DEL, U+2028/2029 and the bidi controls. These can only occur inside strings, so
    the result is valid JSON that decodes to the same data. Raises what `json.dumps` raises."""
    return _JSON_UNSAFE.sub(_escape, json.dumps(value, ensure_ascii=False, **options))


class SafeFormatter(logging.Formatter):
    """Wraps a handler's formatter so its lines hold clean text: the message (with its
    arguments) on one line, a traceback over several, neither with a control or format
    character. Any logger's record, ours or a library's, goes through it."""

    def __init__(self, inner: logging.Formatter | None = None) -> None:
        super().__init__()
        self.inner = inner or logging.Formatter()

    def format(self, record: logging.LogRecord) -> str:
        line = copy.copy(record)  # other handlers see the record as it was logged
        line.msg, line.args = record.getMessage(), None
        line.exc_info, line.exc_text, line.stack_info = None, None, None
        text = safe_text(self.inner.format(line))  # logger name and all: one line
        if record.exc_info:
            text += "\n" + safe_text(self.inner.formatException(record.exc_info), multiline=True)
        if record.stack_info:
            text += "\n" + safe_text(self.inner.formatStack(record.stack_info), multiline=True)
        return text


def clean_log_output() -> None:
    """Wrap the formatter of every handler of the root logger, and of logging's last-resort
    handler (used where none is set up, as in worker processes), in a `SafeFormatter`."""
    handlers = [*logging.getLogger().handlers]
    if logging.lastResort is not None:
        handlers.append(logging.lastResort)
    for handler in handlers:
        if not isinstance(handler.formatter, SafeFormatter):
            handler.setFormatter(SafeFormatter(handler.formatter))
