"""Counts that size an event: the records, accounts, customers or people a breach or a leak
reached. "1.2 million customer records were accessed", "records relating to about 2.1 million
customers", "the records of roughly 3.4 million of the airline's customers", "1,184,302
customer accounts was accessed"; 约118万条, 460余万条, 120万条记录, 3万笔资料, 120万个账户, and the
number after its noun: 受影响户口约340万, 涉及用户约120万.

A count of records (`unit: records`) is always such a size. A count of customers, accounts or
people is one when an incident word governs it in its clause (affected, accessed, exposed,
leaked, stolen; 受影响, 涉及, 泄露, 外泄, 被盗: `incident_at`): it is then no customer base "told as
now" (`counted.users_role` gives "event"), so a larger firm figure contradicts a claim of "about
1.2 million", and rules counting records, users, people or passengers all read it (`reads`),
as they read any count of records.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from watch.claims.numerals import NUM, ZH_VALUE, plain_number, zh_value
from watch.claims.qualifiers import qualifier_before, shaped
from watch.claims.quantities import SCALES, Quantity

# the units an event's size may be counted in (the people it reached: customers, passengers);
# any of them reads the others' incident counts
EVENT_UNITS = frozenset(("records", "users", "people", "passengers"))

# the words that make a count the size of an event, before or after it in its clause
_INCIDENT_EN = re.compile(
    r"(?<![a-z])(?:affect(?:ed|ing)|impact(?:ed|ing)|access(?:ed|ing)|expos(?:ed|ing)|"
    r"leak(?:ed|ing)|compromis(?:ed|ing)|stolen|breach(?:ed|ing)|hacked|exfiltrated|scraped|"
    r"caught up in|unauthori[sz]ed)(?![a-z])"
)
_INCIDENT_ZH = re.compile(
    "受影响|受到影响|影响了|涉及|泄露|泄漏|外泄|被盗|遭盗|遭窃|被窃|窃取|盗取|曝光|被入侵|遭入侵|"
    "非法获取|非法访问|被访问|遭访问|被存取|遭存取|被黑"
)
_CLAUSE_END = re.compile(r"[.;!?。；！？\n]")
_REACH = 90  # characters either side of the count that an incident word may stand at


def incident_at(norm: str, start: int, end: int) -> bool:
    """Whether an incident word governs the count at norm[start:end] (same sentence)."""
    lo = max(0, start - _REACH)
    for m in _CLAUSE_END.finditer(norm, lo, start):
        if m.group() != "." or not norm[m.start() + 1 : m.start() + 2].isdigit():
            lo = m.end()
    hi = min(len(norm), end + _REACH)
    stop = _CLAUSE_END.search(norm, end, hi)
    while stop is not None and stop.group() == "." and norm[stop.end() : stop.end() + 1].isdigit():
        stop = _CLAUSE_END.search(norm, stop.end(), hi)
    hi = hi if stop is None else stop.start()
    return bool(_INCIDENT_EN.search(norm, lo, hi) or _INCIDENT_ZH.search(norm, lo, hi))


# a count of the staff who did it or found it (两名员工, "two employees"), no count it reached
_STAFF = re.compile(r"员工|雇员|工人|职员|岗位|employee|worker|staff|engineer|job|position|role")


def reads(read: Collection[str], q: Quantity, norm: str) -> bool:
    """Whether an amount rule reading units `read` reads count q: its own unit, or a count of
    records, users or people that sizes an incident, for a rule counting any of those."""
    if q.unit in read:
        return True
    return (
        q.unit in EVENT_UNITS
        and any(unit in EVENT_UNITS for unit in read)
        and (q.unit == "records" or incident_at(norm, q.start, q.end))
        and not (q.unit == "people" and _STAFF.search(q.text))
    )


# English: "records relating to approximately 2.1 million customers", "the records of roughly
# 3.4 million of the airline's customers", "data on 500,000 account holders", "1.2 million
# customers' records"
_WHOSE = (
    r"customers|users|subscribers|people|passengers|account holders|accountholders|members|"
    r"patients|individuals|clients|guests|employees|policyholders|students|voters"
)
_QUAL = (
    r"(?:(?:about|around|roughly|nearly|almost|some|approximately|an estimated|more than|over|"
    r"up to|at least|fewer than|less than|as many as)\s)?"
)
_NUM_EN = r"(?P<num>" + NUM + r")(?:\s?(?P<scale>billion|million|thousand|mn|m|k)(?![a-z]))?"
_RECORDS_OF = re.compile(
    r"(?<![a-z])(?:records|data|details|information|files|accounts|entries)\s"
    r"(?:of|for|on|relating to|related to|belonging to|concerning|covering)\s"
    + _QUAL
    + _NUM_EN
    + r"\s(?:of\s(?:the|its|their|[a-z.&'-]+)\s(?:[a-z.&'-]+\s){0,2})?(?:"
    + _WHOSE
    + r")(?![a-z])"
)
_OWNERS_RECORDS = re.compile(
    r"(?<![a-z0-9.,$£€])" + _NUM_EN + r"\s(?:" + _WHOSE + r")'\s(?:records|data|details|files)"
    r"(?![a-z])"
)
# Chinese: the figure then its counter and noun (约118万条, 120万条记录, 3万笔资料, 120万个账户), or
# the noun, an incident word before it, then the figure (受影响户口约340万, 涉及用户约120万)
_ZH_VALUE = r"(?P<num>" + ZH_VALUE + r")[多余]?(?P<scale>亿|千万|百万|万)?[多余]?"
_ZH_RECORD_NOUN = r"(?:条|笔)(?:个人)?(?:记录|数据|资料|信息)?"
_ZH_ACCOUNT_NOUN = r"个(?:账户|账号|户口|帐户|帐号)|户口"
_ZH_COUNT = re.compile(
    _ZH_VALUE + r"(?:(?P<records>" + _ZH_RECORD_NOUN + r")|(?P<accounts>" + _ZH_ACCOUNT_NOUN + r"))"
)
_ZH_NOUN_FIRST = re.compile(
    r"(?:" + _INCIDENT_ZH.pattern + r")[^\d，。；,;]{0,8}?"
    r"(?:(?P<accounts>用户|客户|户口|账户|账号|帐户|帐号)|(?P<records>记录|数据|资料|信息))"
    r"(?:数量|总数|数目|人数)?[^\d，。；,;%]{0,5}?" + _ZH_VALUE + r"(?P<counter>条|笔|个|名|户)?"
    r"(?![\d.%年月日亿元美港])"
)
# cheap gates: a word every match of each pattern holds (tests/test_claims_gates.py)
_RECORD_NOUNS = ("records", "data", "details", "information", "files", "accounts", "entries")
_ZH_COUNT_WORDS = ("条", "笔", "账", "帐", "户口")
_ZH_NOUN_WORDS = ("户", "账", "帐", "记录", "数据", "资料", "信息")


def _has(norm: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    return any(norm.find(word, start, end) >= 0 for word in words)


def find_event_counts(norm: str, start: int, end: int) -> list[Quantity]:
    """The record and account counts in norm[start:end] that `measures` and `counted` miss."""
    found: list[Quantity] = []
    for pattern, words in ((_RECORDS_OF, _RECORD_NOUNS), (_OWNERS_RECORDS, ("'",))):
        for m in pattern.finditer(norm, start, end) if _has(norm, start, end, words) else ():
            value = plain_number(m.group("num"))
            if value is not None:
                value *= SCALES.get(m.group("scale") or "", 1.0)
                found.append(_count(norm, m, start, value, "records", m.start("num")))
    if _has(norm, start, end, _ZH_COUNT_WORDS):
        for m in _ZH_COUNT.finditer(norm, start, end):
            if m.group("records") and not m.group("scale") and not m.group("records")[1:]:
                continue  # 3条, 5笔 alone: a count of anything (rules, deals); 3条记录 is records
            _zh_count(norm, m, start, "records" if m.group("records") else "users", found)
    if _has(norm, start, end, _ZH_NOUN_WORDS):
        for m in _ZH_NOUN_FIRST.finditer(norm, start, end):
            if m.group("scale") or m.group("counter"):
                _zh_count(norm, m, start, "records" if m.group("records") else "users", found)
    found.sort(key=lambda q: (q.start, -q.end))
    kept: list[Quantity] = []
    for q in found:
        if not kept or kept[-1].end <= q.start:
            kept.append(q)
    return kept


def _zh_count(norm: str, m: re.Match[str], floor: int, unit: str, found: list[Quantity]) -> None:
    values = zh_value(m.group("num"))
    if values is None:
        return
    mult = SCALES.get(m.group("scale") or "", 1.0)
    over = any(c in "多余" for c in norm[m.end("num") : m.end("num") + 3])
    found.append(_count(norm, m, floor, values[0] * mult, unit, m.start("num"), over))


def _count(
    norm: str, m: re.Match[str], floor: int, value: float, unit: str, at: int, over: bool = False
) -> Quantity:
    kind, q_start = qualifier_before(norm, at, floor)
    kind = kind or ("over" if over else "")
    lo, hi = shaped(value, kind)
    return Quantity(lo, hi, None, norm[at : m.end()], q_start, m.end(), kind, unit=unit)
