"""The one cleaner for terminal-bound text, the JSON writer and the log formatter
(watch/textclean.py), and the renderings that use them (watch/cli/render.py and
watch/delivery/digest.py)."""

from __future__ import annotations

import io
import json
import logging
import random
import sys
import unicodedata
from datetime import UTC, datetime

from tests.notify_servers import evidence_alert, sample_claims, sample_record
from watch.cli.render import alerts_text, dumps, table, verdicts_text
from watch.delivery.digest import fold, render_digest
from watch.models import Delivery, DeliveryState, Evidence, Stance, Verdict
from watch.textclean import SafeFormatter, safe_text
from watch.textclean import dumps as safe_dumps

# what a hostile title carries: an escape sequence, a CSI as one C1 byte, bidi overrides and
# isolates, zero-width characters, a line separator
HIDDEN = (
    "\x1b]0;pwned\x07\x1b[31m\x9b2J"
    + "\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u2060\ufeff\u2028"
)
TITLE = f"Acme{HIDDEN} delays 英伟达 IPO"


def unsafe(text: str) -> list[str]:
    """The characters of `text` that a terminal may act on or that hide text."""
    return [c for c in text if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") and c != "\n"]


def test_every_control_format_and_separator_character_is_caught() -> None:
    # by category, over all of Unicode: the classes in textclean are checked, not trusted
    every = [chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF]
    by_kind: dict[str, list[str]] = {"Cc": [], "Zl": [], "Zp": [], "Cf": []}
    kept = []
    for c in every:
        by_kind.get(unicodedata.category(c), kept).append(c)
    spaces = by_kind["Cc"] + by_kind["Zl"] + by_kind["Zp"]
    assert safe_text("".join(spaces)) == " " * len(spaces)
    assert safe_text("".join(by_kind["Cf"])) == ""
    assert safe_text("".join(kept)) == "".join(kept)


def test_safe_text_keeps_what_is_visible_on_one_line() -> None:
    assert safe_text(TITLE) == "Acme ]0;pwned  [31m 2J  delays 英伟达 IPO"
    assert safe_text("co\xadoperate 中文\ud800") == "cooperate 中文\ufffd"
    assert fold(TITLE) == "Acme ]0;pwned [31m 2J delays 英伟达 IPO"
    assert safe_text("a\r\nb\x85c\u2029d\te\x1bf", multiline=True) == "a\nb\nc\nd\te f"


def test_json_escapes_what_json_dumps_leaves_raw_and_decodes_to_the_same_data() -> None:
    data = {"title": TITLE, "tag": "flag \U000e0067\U000e0062", "lone": "\udfff", "中": [1]}
    assert "\x9b" in json.dumps(data, ensure_ascii=False)  # the problem: C1 goes through raw
    out = safe_dumps(data)
    assert unsafe(out) == [] and "英伟达" in out and "中" in out  # CJK stays readable
    assert json.loads(out) == data
    assert "\\u009b" in out and "\\u202e" in out and "\\udb40\\udc67" in out
    rng = random.Random(18)
    pool = [chr(i) for i in (*range(0x100), *range(0x2000, 0x2070), 0xFEFF, 0x4E2D, 0xE0041)]
    for _ in range(300):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(40)))
        encoded = safe_dumps({text: [text]}, separators=(",", ":"))
        assert unsafe(encoded) == [] and json.loads(encoded) == {text: [text]}


def test_terminal_renderings_show_no_hidden_character() -> None:
    record = sample_record(title=TITLE, quote=f"postponed {HIDDEN} the IPO", source=TITLE)
    alert = evidence_alert(record)
    failed = Delivery(1, "mail", DeliveryState.FAILED, 1, None, f"535 {HIDDEN}", "m1")
    verdict = Verdict(
        "acme-ipo-2026",
        Stance.CONTRADICTS,
        0.9,
        (Evidence(f"postponed {HIDDEN}", 0, 10, False),),
        (f"cue {HIDDEN}",),
    )
    digest = render_digest([alert], sample_claims(), statements={}, generated_at=datetime.now(UTC))
    outputs = [
        alerts_text([alert], [failed]),
        verdicts_text([verdict], heading="h"),
        table(("title",), [(TITLE,)]),
        digest.subject,
        digest.text,
        digest.html,
    ]
    for out in outputs:
        assert unsafe(out) == [], out
    assert unsafe(dumps({"alerts": [alert]})) == []
    assert json.loads(dumps({"t": TITLE})) == {"t": TITLE}


def test_log_records_are_cleaned_message_arguments_and_traceback() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    log = logging.getLogger(f"watch.test{HIDDEN}")
    log.addHandler(handler)
    log.propagate = False
    handler.setFormatter(SafeFormatter(handler.formatter))  # what clean_log_output does
    try:
        try:
            raise ValueError(f"bad {HIDDEN} end")
        except ValueError:
            log.exception("feed %s failed: %s", "esc", f"declared as {HIDDEN}\nWARNING forged")
    finally:
        log.removeHandler(handler)
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("ERROR watch.test") and "forged" in lines[0]  # one line
    assert lines[1] == "Traceback (most recent call last):" and len(lines) > 3
    assert all(unsafe(line) == [] for line in lines)
    assert "pwned" in lines[0]  # shown as the text it is, in the message and in the traceback
    assert any(line.startswith("ValueError: bad") and "pwned" in line for line in lines)
