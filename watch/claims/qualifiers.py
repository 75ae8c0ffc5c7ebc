"""The words that qualify a figure, and the range each gives it: "up to" and 高达 (a ceiling,
kept as the figure given), "more than" and 逾 (over), "less than" and 不到 (under), "about"
and 约. Shared by money (`quantities`) and counts and percentages (`measures`); works on
normalised text (`text.normalise`).
"""

from __future__ import annotations

_QUALIFIERS = (
    # a negated comparison first: 不少于 ends with 少于, "no less than" with "less than"
    ("不少于", "over"),
    ("不低于", "over"),
    ("不会低于", "over"),
    ("不得低于", "over"),
    ("不会少于", "over"),
    ("不小于", "over"),
    ("no less than", "over"),
    ("not less than", "over"),
    ("no fewer than", "over"),
    ("not fewer than", "over"),
    ("no lower than", "over"),
    ("not lower than", "over"),
    ("a minimum of", "over"),
    ("minimum of", "over"),
    ("不超过", "up to"),
    ("不高于", "up to"),
    ("不多于", "up to"),
    ("不会超过", "up to"),
    ("not more than", "up to"),
    ("up to", "up to"),
    ("as much as", "up to"),
    ("as high as", "up to"),
    ("最高约", "up to"),
    ("最高", "up to"),
    ("高达", "up to"),
    ("多达", "up to"),
    ("最多", "up to"),  # 注资最多300亿美元
    ("至多", "up to"),
    ("at most", "up to"),
    ("no more than", "up to"),
    ("more than", "over"),
    ("over", "over"),
    ("at least", "over"),
    ("upwards of", "over"),
    ("north of", "over"),  # "raise north of $100 billion"
    ("逾", "over"),
    ("超过", "over"),
    ("超", "over"),
    ("至少", "over"),
    ("最少", "over"),  # 市占率提升至最少两成
    ("上", "over"),
    ("less than", "under"),
    ("under", "under"),
    ("below", "under"),
    ("低于", "under"),
    ("不到", "under"),
    ("少于", "under"),
    ("不足", "under"),
    ("about", "about"),
    ("around", "about"),
    ("roughly", "about"),
    ("nearly", "about"),
    ("almost", "about"),
    ("approximately", "about"),
    ("some", "about"),
    ("~", "about"),
    ("约为", "about"),  # 产能约为45GWh
    ("约", "about"),
    ("近", "about"),
    ("大约", "about"),
    ("左右", "about"),
)


def qualifier_before(norm: str, pos: int, floor: int) -> tuple[str, int]:
    """The qualifier ("more than", 逾, "about") written right before the number at `pos`, not
    reaching before `floor`: (its kind, where the amount now starts), or ("", pos)."""
    before = norm[max(floor, pos - 16) : pos].rstrip()
    for phrase, kind in _QUALIFIERS:
        if before.endswith(phrase):
            at = len(before) - len(phrase)
            if phrase[0].isascii() and phrase[0].isalpha() and at > 0 and before[at - 1].isalnum():
                continue
            return kind, max(floor, pos - 16) + at
    return "", pos


def shaped(value: float, kind: str) -> tuple[float, float]:
    """The range a qualifier gives a value: "over" X is [X, 1.5X], "under" X is [X/2, X]."""
    if kind == "over":
        return value, value * 1.5
    if kind == "under":
        return value * 0.5, value
    return value, value
