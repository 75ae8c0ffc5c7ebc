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
# alone ("R4") they are too often a label. A code that is also an English word (TRY, PHP,
# RUB, COP: "cop28") is read by its sign and names only.
TABLE: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "USD": (
        ("us$", "$"),
        ("us dollars", "u.s. dollars", "american dollars", "dollars", "dollar"),
        ("美元", "美金"),
    ),
    "EUR": (("€",), ("euros", "euro"), ("欧元",)),
    "GBP": (("£",), ("pounds sterling", "british pounds", "sterling", "pounds"), ("英镑",)),
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
    "INR": (("₹",), ("indian rupees", "rupees"), ("印度卢比", "卢比")),
    "AED": ((), ("uae dirhams", "emirati dirhams", "dirhams"), ("迪拉姆",)),
    "SAR": ((), ("saudi riyals", "riyals"), ("沙特里亚尔", "里亚尔")),
    "NGN": (("₦",), ("naira",), ("奈拉",)),
    "KRW": (("₩",), ("south korean won", "korean won", "won"), ("韩元", "韩圜", "韩币")),
    "IDR": (("rp",), ("indonesian rupiah", "rupiah"), ("印尼盾", "印度尼西亚盾", "印尼卢比")),
    "BRL": (("r$",), ("brazilian reais", "brazilian real", "reais"), ("巴西雷亚尔", "雷亚尔")),
    "MXN": (("mex$", "mx$"), ("mexican pesos",), ("墨西哥比索",)),
    "CHF": ((), ("swiss francs",), ("瑞士法郎", "瑞郎")),
    "THB": (("฿",), ("thai baht", "baht"), ("泰铢",)),
    "VND": (("₫",), ("vietnamese dong", "dong"), ("越南盾",)),
    "PHP": (("₱",), ("philippine pesos",), ("菲律宾比索",)),
    "RUB": (("₽",), ("russian roubles", "russian rubles", "roubles", "rubles"), ("卢布",)),
    "TRY": (("₺",), ("turkish lira", "lira"), ("土耳其里拉", "里拉")),
    "SEK": ((), ("swedish kronor", "swedish crowns", "kronor"), ("瑞典克朗",)),
    "NOK": ((), ("norwegian kroner", "norwegian crowns"), ("挪威克朗",)),
    "DKK": ((), ("danish kroner", "danish crowns"), ("丹麦克朗",)),
    "PLN": ((), ("polish zloty", "zlotys", "zloty"), ("波兰兹罗提", "兹罗提")),
    "ILS": (("₪",), ("new israeli shekels", "israeli shekels", "shekels"), ("新谢克尔", "谢克尔")),
    "KES": (("ksh",), ("kenyan shillings",), ("肯尼亚先令",)),
    "ARS": ((), ("argentine pesos", "argentinian pesos"), ("阿根廷比索",)),
    "CLP": ((), ("chilean pesos",), ("智利比索",)),
    "COP": ((), ("colombian pesos",), ("哥伦比亚比索",)),
    "EGP": (("e£",), ("egyptian pounds",), ("埃及镑",)),
}
# The Indian scales, written after a figure in rupees: a lakh is 100,000, a crore ten million
INDIAN_SCALES = {
    "lakh crore": 1e12,
    "lakh crores": 1e12,
    "crore": 1e7,
    "crores": 1e7,
    "cr": 1e7,
    "lakh": 1e5,
    "lakhs": 1e5,
}
# the scales an English figure takes, longest first ("cr" only with a currency, like "b")
SCALE_WORDS = (
    "trillion|billion|million|thousand|trln|tn|bln|bn|mln|mm|mn|"
    "lakh crores?|crores?|lakhs?|cr|[tbmk]"
)
_WORD_CODES = frozenset(["TRY", "PHP", "RUB", "COP"])
# English names that are also English words ("Hanwha won orders", "Ding Dong"): a currency only
# right after a figure with a scale ("2.64 trillion won") or a figure grouped in thousands like
# an amount ("4,521,600,000,000 won").
WORD_NAMES = frozenset(["won", "dong"])
# A currency the table does not know (a figure in 比索, "pesos" with no country, 澳门元, "PKR"):
# a figure in it counts for no rule, where a figure with no currency written counts for any.
OTHER = "OTHER"
# the codes of other currencies business news prints (none an English word: not ALL, TOP, AMD)
_OTHER_CODES = [
    *("pkr", "bdt", "lkr", "huf", "czk", "uah", "kzt", "qar", "kwd", "bhd", "omr", "jod"),
    *("mmk", "khr", "bnd", "isk", "bgn", "rsd", "ghs", "ugx", "tzs", "etb", "zmw", "uyu"),
    *("pyg", "ves", "dzd", "tnd", "iqd", "xof", "xaf", "mop"),
]
# what names a currency in words, after a figure: an unknown country before a plural these
# end with ("5 billion Pakistani rupees", "pesos", "CFA francs"), or a Chinese name ending so
# (澳门元, 巴基斯坦卢比, 比特币). "dollars" and "pounds" need a known country: "taxpayer dollars".
_OTHER_EN = (
    "pesos|francs|shillings|kroner|krone|kronor|crowns|dinars|dirhams|riyals|rials|rupees|"
    "lira|liras|lire|rubles|roubles|forints|forint|korunas|koruna|lei|leva|hryvnias|"
    "hryvnia|tenge|cedis|kwacha|taka|kyats|riels|manats|denars|bolivars|soles|guaranies|"
    "quetzales|lempiras|colones|birr"
)
_OTHER_ZH = (
    "比索|卢比|克朗|法郎|里拉|第纳尔|里亚尔|迪拉姆|先令|兰特|令吉|兹罗提|谢克尔|卢布|雷亚尔|"
    "格里夫纳|福林|列伊|列弗|坚戈|马纳特|塞地|克瓦查|塔卡|基普|瑞尔|铢|盾|镑|元|币|圜"
)
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
for _other in _OTHER_CODES:
    _WRITTEN[_other] = OTHER
_WRITTEN["rmb"] = "CNY"
_WRITTEN["rs"] = _WRITTEN["rs."] = "INR"
_WRITTEN["ntd"] = "TWD"
_WRITTEN[LOCAL_YUAN] = LOCAL_YUAN


def _alternation(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


_CODES = [c.lower() for c in TABLE if c not in _WORD_CODES] + ["rmb", "ntd", *_OTHER_CODES]
_SIGNS = [s for signs, _, _ in TABLE.values() for s in signs]
# before an English figure: a sign glued to it ($, ₩; one led by letters, US$ or R$, not inside
# a word), a letter sign (RM5bn, Rp 5 trillion; R only glued: "R 4" is a label), or a code and
# a space ("CAD 5 billion")
SIGNS = (
    "(?:"
    + _alternation([s for s in _SIGNS if not s[0].isalpha()])
    + "|(?<![a-z])(?:"
    + _alternation([s for s in _SIGNS if s[0].isalpha() and not s.isalpha()])
    + ")|(?<![a-z])(?:"
    + _alternation([s for s in LETTER_SIGNS if len(s) > 1])
    + r") ?(?=\d)|(?<![a-z])r(?=\d)|(?<![a-z])(?:"
    + _alternation(_CODES)
    + r") ?|(?<![a-z])rs\.? ?(?=\d))"  # Indian rupees: "Rs 490", "Rs. 1.2 lakh crore", "Rs490"
)
# after an English figure: a name or a code ("5 billion rand", "5 billion CAD")
EN_NAMES = "(?:" + _alternation([n for _, en, _ in TABLE.values() for n in en] + _CODES) + ")"
# a Chinese name, after a figure (20亿港元) or, for the place names, before it (新台币7元)
ZH_NAMES = "(?:" + _alternation([n for _, _, zh in TABLE.values() for n in zh] + ["元"]) + ")"
ZH_BEFORE = "(?:" + _alternation(["人民币", "新台币", "台币", "港币", "美金", "马币", "澳币"]) + ")"


# A currency the table does not know, named after a figure: "5 billion pesos", "5 billion
# Pakistani rupees" (a country or two before the plural, no function word), 20亿澳门元,
# 50亿巴基斯坦卢比 (a name of up to four characters, none a function character like 多 in
# 2亿多元, ending as currencies end; not 元宇宙, 元旦).
_EN_OTHER = re.compile(
    r"[\s-]+(?:(?!(?:of|in|and|or|to|for|from|with|than|more|new|the|a|an|at|by|as)\b)"
    r"[a-z]+[\s-]+){0,2}(?:" + _OTHER_EN + r")(?![a-z])"
)
_ZH_OTHER = re.compile(
    r"(?:(?![的多余来几以上下左右约等是和与及或在为了将至到从由把被对向每其该此这那])"
    r"[\u4e00-\u9fff]){0,4}?(?:" + _OTHER_ZH + r")(?![宇旦宵朗素件])"
)


def other_after(norm: str, at: int) -> bool:
    """Whether a currency the table does not know is named right after a figure ending at
    `at`: "5 billion pesos", " Pakistani rupees", 澳门元, 巴基斯坦卢比."""
    return bool(_EN_OTHER.match(norm, at) or _ZH_OTHER.match(norm, at))


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
