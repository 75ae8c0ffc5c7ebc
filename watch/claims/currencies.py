"""The currencies the amount reader knows, in one table: the signs written before a figure
(C$, R, €), the codes (CAD, ZAR), the names written after it in English and Chinese (rand,
兰特, 加元), and which code each gives. `quantities` builds its patterns from this table, and
`rules` accepts in `currency:` only the codes listed here (a code nothing can produce would
silently match nothing). Works on normalised text (`text.normalise`: lower case, simplified
script), so 新台幣 is 新台币 and 蘭特 is 兰特.
"""

from __future__ import annotations

import re

# code: (signs before the figure, English names after it, Chinese names after it). The code
# itself is read before or after the figure ("CAD 5 billion", "5 billion ZAR"). Signs that
# are letters ("r", "rm") count only before a figure with a scale ("R4 billion", "RM5bn"):
# alone ("R4") they are too often a label.
TABLE: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "USD": (("us$", "$"), ("us dollars", "dollars", "dollar"), ("美元", "美金")),
    "EUR": (("€",), ("euros", "euro"), ("欧元",)),
    "GBP": (("£",), ("pounds sterling", "sterling"), ("英镑",)),
    "CNY": ((), ("yuan", "renminbi"), ("人民币",)),
    "HKD": (("hk$",), ("hong kong dollars",), ("港元", "港币")),
    "TWD": (("nt$",), ("new taiwan dollars", "taiwan dollars"), ("新台币", "台币")),
    "JPY": ((), ("yen",), ("日元", "日圆")),
    "SGD": (("s$",), ("singapore dollars",), ("新加坡元", "新元", "新币")),
    "MYR": (("rm",), ("ringgit",), ("令吉", "马币", "林吉特")),
    "AUD": (("a$", "au$"), ("australian dollars",), ("澳元", "澳币")),
    "CAD": (("c$", "ca$", "can$"), ("canadian dollars",), ("加元", "加币")),
    "NZD": (("nz$",), ("new zealand dollars",), ("纽元", "纽币")),
    "ZAR": (("r",), ("rand",), ("兰特",)),
    "INR": (("₹",), ("rupees",), ("卢比",)),
    "AED": ((), ("dirhams",), ("迪拉姆",)),
    "SAR": ((), ("riyals",), ("里亚尔",)),
    "NGN": (("₦",), ("naira",), ("奈拉",)),
}
# A bare 元 after a figure is the local dollar: renminbi on the mainland, the NT dollar in
# Taiwan, the HK dollar in Hong Kong (每股派息7元). The page does not say which, so it fits a
# rule in any of the three; a place name before it (人民币, 新台币, 港币) decides.
LOCAL_YUAN = "元"
_YUAN_PLACES = frozenset(["CNY", "TWD", "HKD"])
LETTER_SIGNS = frozenset(s for signs, _, _ in TABLE.values() for s in signs if s.isalpha())

_WRITTEN: dict[str, str] = {}
for _code, (_signs, _en, _zh) in TABLE.items():
    for _name in (*_signs, *_en, *_zh, _code.lower()):
        _WRITTEN.setdefault(_name, _code)
_WRITTEN["rmb"] = "CNY"
_WRITTEN["ntd"] = "TWD"
_WRITTEN[LOCAL_YUAN] = LOCAL_YUAN


def _alternation(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


_CODES = [c.lower() for c in TABLE] + ["rmb", "ntd"]
# before an English figure: a sign glued to it, or a code and a space ("CAD 5 billion")
SIGNS = (
    "(?:"
    + _alternation([s for signs, _, _ in TABLE.values() for s in signs if not s.isalpha()])
    + "|(?<![a-z])(?:"
    + _alternation(sorted(LETTER_SIGNS))
    + r")(?=\d)|(?<![a-z])(?:"
    + _alternation(_CODES)
    + ") ?)"
)
# after an English figure: a name or a code ("5 billion rand", "5 billion CAD")
EN_NAMES = "(?:" + _alternation([n for _, en, _ in TABLE.values() for n in en] + _CODES) + ")"
# a Chinese name, after a figure (20亿港元) or, for the place names, before it (新台币7元)
ZH_NAMES = "(?:" + _alternation([n for _, _, zh in TABLE.values() for n in zh] + ["元"]) + ")"
ZH_BEFORE = "(?:" + _alternation(["人民币", "新台币", "台币", "港币", "美金", "马币", "澳币"]) + ")"


def code_of(written: str | None) -> str | None:
    """The code for a currency as written ("c$", "兰特", "rand", "cad "), or None."""
    return _WRITTEN.get((written or "").strip()) if written else None


def fits(found: str | None, wanted: str) -> bool:
    """Whether a figure in `found` (None: no currency written) counts for a rule in `wanted`."""
    return found in (None, wanted) or (found == LOCAL_YUAN and wanted in _YUAN_PLACES)


def rule_currency(value: str) -> str:
    """A rule's `currency:` as its code ("cad" -> "CAD").

    Raises ValueError for a code the reader never produces, naming those it does."""
    code = value.strip().upper()
    if code in TABLE:
        return code
    raise ValueError(
        f"unknown currency {value!r}: no amount could ever be read in it; use one of "
        f"{', '.join(TABLE)}"
    )
