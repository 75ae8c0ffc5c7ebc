"""Whose count of people a figure is, in layoff news: people cut, hired, or on the payroll.

    "eliminate about 2,000 roles", 裁员约8000人, "2,000 job cuts"      -> "cut"
    "hired 1,500 engineers", 新增聘用约1,500名                          -> "hire"
    "a workforce of 28,000", "Intel had 101,000 employees", 员工总数2.8万  -> "total"

`roles.role_of` asks it for a count of people (`measures`, unit "people"); `amounts` keeps a
figure only when it counts what the claim's own statement counts.
"""

from __future__ import annotations

import re

# What a count of people is the count of, by the verb or noun written before it in its clause
# (the nearest wins): people cut ("eliminate about 2,000 roles", 裁员约8000人, 优化2000个岗位),
# people hired ("hired 1,500 engineers", 新增聘用约1,500名) or everyone on the payroll ("a
# workforce of 28,000", "Intel had 101,000 employees", 员工总数跌穿2.8万). Layoff news writes
# all three side by side; only the one the claim counts is its figure.
_PEOPLE_WORDS = {
    "cut": r"cut|cuts|cutting|eliminate|eliminates|eliminated|eliminating|lay off|lays off|"
    r"laid off|laying off|layoffs of|shed|sheds|shedding|axe|axes|axed|axing|slash|slashes|"
    r"slashed|slashing|trim|trims|trimmed|trimming|reduce headcount by|reduced headcount by|"
    r"reducing headcount by|headcount reductions? of|job cuts of|role reductions of|"
    r"headcount fell by|workforce fell by|let go|lets go|letting go|"
    r"裁员|裁减|裁撤|裁掉|裁|削减|优化|精简|缩减|减少|砍掉|遣散|解雇|辞退|减员|缩编|裁员人数|裁员规模",
    "hire": r"hire|hires|hired|hiring|recruit|recruits|recruited|recruiting|add|adds|added|adding|"
    r"create|creates|created|creating|take on|takes on|took on|taking on|"
    r"聘用|招聘|招募|新增|增聘|扩招|录用|聘请|雇用|增加|新招",
    "total": r"employ|employs|employed|employing|had|has|have|headcount of|head count of|"
    r"workforce of|staff of|payroll of|headcount stood at|workforce stood at|headcount to|"
    r"workforce to|headcount fell to|workforce fell to|"
    r"员工总数|员工人数|员工总人数|总人数|员工数|拥有|共有|在职",
}
_PEOPLE_VERB = re.compile(
    "|".join(
        rf"(?P<{kind}>(?<![a-z])(?:{words})(?![a-z]))" for kind, words in _PEOPLE_WORDS.items()
    )
)
# the counted noun that is itself a cut: "2,000 job cuts", 6,500 layoffs
_CUT_NOUN = ("job cuts", "layoffs", "role reductions", "job reductions", "redundancies")
_PEOPLE_CLAUSE = re.compile(
    r"[,，;；:：。!?！？]|\.(?!\d)|(?<![a-z])(?:and|but|while|whereas)(?![a-z])|而|但|并"
)


def people_role(norm: str, start: int, end: int, lo: int) -> tuple[str, str]:
    """("cut" | "hire" | "total", the word) for the count of people at norm[start:end], read
    back to `lo` (the figure before it, or a short reach) within its clause; ("", "") when
    nothing says."""
    noun = next((n for n in _CUT_NOUN if norm.endswith(n, start, end)), None)
    if noun is not None:
        return "cut", noun
    lo = max(lo, start - 40, 0)
    clause = list(_PEOPLE_CLAUSE.finditer(norm, lo, start))
    lo = clause[-1].end() if clause else lo
    last = None
    for m in _PEOPLE_VERB.finditer(norm, lo, start):
        last = m
    if last is None or last.lastgroup is None:
        return "", ""
    if _TO_TOTAL.search(norm[last.end() : start]):
        # a level reached: of the cuts ("layoffs rose to 8,000", 裁员人数缩减至6500人), else,
        # after a cut, what is left ("cut its workforce to 28,000", 员工减少至2.8万)
        cuts = _CUTS_NAMED.search(norm, lo, last.start())
        if cuts is not None:
            return "cut", cuts.group()
        if last.lastgroup == "cut":
            return "total", last.group()
    return last.lastgroup, last.group()


# the cuts named as the subject of a verb of change: their count is what changed
_CUTS_NAMED = re.compile(
    r"(?<![a-z])(?:layoffs|job cuts|job losses|redundancies|role reductions|cuts)(?![a-z])"
    r"|裁员人数|裁员规模|裁员总数|裁员"
)


_TO_TOTAL = re.compile(
    r"(?:(?<![a-z])to|至|到)\s*(?:about|around|roughly|nearly|some|just over|just under|约|近)?\s*$"
)
