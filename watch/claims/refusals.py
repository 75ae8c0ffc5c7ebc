"""A refusal negates the verb right after it: "the regulator declined to suspend the increase",
"refused to approve the deal", "its refusal to approve", 拒绝暂停涨价, 不同意批准, 回绝了……的
请求. The words are negators (`markers.NEGATORS` takes them), so a contradicting cue refused does
not fire and a confirming one follows the rule's `negation`, as after "not" or 未. A refusal that
is a cue itself ("the court refused the application", 法院拒绝了申请) still matches: a negator
never governs a cue it overlaps. "Sales declined to EUR 9 billion" is a fall, no refusal
(`false_refusal`), and 不同意见 ("differing views") holds no 不同意."""

from __future__ import annotations

import re

_GIVE_UP = (
    *("gave up", "give up", "gives up", "giving up", "given up"),
    *("waived", "waive", "waives", "waiving", "renounced", "renounce", "renounces", "renouncing"),
    *("surrendered", "surrender", "surrenders", "surrendering", "forfeited", "forfeit", "forfeits"),
)
_WHOSE = ("the", "its", "their", "any", "all", "his", "her", "our")
_RIGHT = ("right", "rights", "recourse")
REFUSALS = (
    *("declined to", "declines to", "decline to", "declining to"),
    *("refused to", "refuses to", "refuse to", "refusing to"),
    # the noun governs its infinitive as the verb does: "Refusals to confirm settlements are rare"
    *("refusal to", "refusals to"),
    *("拒绝", "回绝", "婉拒", "不同意"),
    # a right given up negates the act it names as a refusal does: "gave up the right to strike",
    # "waived its recourse to a lockout", "renounced any right to", 放弃了罢工的权利, 放棄罷工
    *(f"{verb} {whose} {right} to" for verb in _GIVE_UP for whose in _WHOSE for right in _RIGHT),
    *("放弃", "放棄"),
)
# 不同 ("different") before a noun that starts with 意: no refusal
NOT_REFUSALS = ("不同意见", "不同意义", "不同意向", "不同意涵", "不同意识")
# what follows "declined to" in a fall: a figure, its currency, or a level
_FALL = re.compile(
    r"\s*(?:[\d$€£¥]|(?:a|an|the|its|their|about|around|roughly|approximately|nearly|some|"
    r"just|only|under|below|record|levels?|lows?|highs?|multi-year|eur|usd|gbp|rmb|cny|hkd|"
    r"jpy|chf|us\$|hk\$|rs|inr|krw|twd|sgd|aud|cad|sek|nok|dkk|zero|nil|one|two|three|four|"
    r"five|six|seven|eight|nine|ten)(?![a-z]))"
)


def false_refusal(norm: str, first: int, word: str) -> bool:
    """True when "declined to" at norm[first:] tells a fall to a figure or a level, not a
    refusal."""
    if not word.startswith("declin"):
        return False
    return _FALL.match(norm, first + len(word)) is not None
