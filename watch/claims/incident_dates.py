"""A count's own incident date, not old news: "about 3.4 million customer accounts were exposed
in February's cyber intrusion, the commissioner said on Wednesday, far more than the utility had
disclosed"; 监管机构周三表示，2月的攻击事件共泄露约340万个账户的资料，远多于此前披露. The past month
times the incident the count sizes, not the telling: the telling is now. Read only when the
sentence has a present telling (said on Wednesday, 周三表示, 今日称) or compares the count with an
earlier disclosure (far more than disclosed, 远多于此前披露); otherwise the dated incident may be
an old story retold.

    incident_dated(norm, span, dates, counts)   the dates of the sentence norm[span] that time
                                                the incident a count of it sizes
    not_incident_dates(past, norm, span, dates, counts)   the background markers without them

Pure helper for `engine`, over normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from watch.claims.dates import DateSpan
from watch.claims.incidents import EVENT_UNITS, incident_at
from watch.claims.markers import Marker
from watch.claims.quantities import Quantity
from watch.claims.speech import SAY_EN, SAY_ZH
from watch.claims.text import Span

# the incident noun right after its date ("february's cyber intrusion", "the march 3 breach",
# 2月的攻击事件, 今年2月发生的数据泄露)
_NOUN_EN = re.compile(
    r"(?:'s|’s)?\s(?:[a-z-]+\s){0,2}?(?:intrusion|breach|attack|cyberattack|cyber-attack|hack|"
    r"hacking|incident|leak|compromise|ransomware)(?![a-z])"
)
_NOUN_ZH = re.compile(
    r"份?(?:的|发生的|遭遇的|遭受的|爆发的)?[^\d，。；,;]{0,6}?(?:攻击|入侵|泄露|泄漏|外泄|黑客|事件|事故)"
)
# a telling dated now: "said on wednesday", "told reporters today", 周三表示, 今日称
_DAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|this week"
_TELLING_NOW = re.compile(
    r"(?<![a-z])(?:told [a-z ]{1,20}?|" + SAY_EN + ")"
    r"(?: on)? (?:" + _DAYS + r")(?![a-z])|"
    r"(?<![a-z])(?:" + _DAYS + r") (?:" + SAY_EN + r")(?![a-z])|"
    r"(?:(?:周|星期|礼拜)[一二三四五六日天]|今天|今日|本周)"
    r"(?=[^，。；]{0,12}?(?:" + SAY_ZH + r"|通报))"
)
# the count set against an earlier disclosure: "far more than the utility had disclosed",
# "than first estimated", 远多于此前披露, 高于早前公布的
_THAN_DISCLOSED = re.compile(
    r"(?:more|higher|larger|bigger|greater|fewer|lower|smaller|less) than (?:[a-z'’ ]{0,30}?)"
    r"(?:disclosed|reported|announced|estimated|stated|thought|believed)(?![a-z])|"
    r"(?:多于|高于|超过|大于|少于|低于|超出)(?:此前|早前|先前|之前|最初|原先|当初)[^，。；]{0,8}?"
    r"(?:披露|公布|估计|宣布|通报|公告)"
)
_GATES = (
    "said",
    "says",
    "told",
    "announced",
    "confirmed",
    "disclosed",
    "stated",
    "than",
    "周",
    "星期",
    "礼拜",
    "今天",
    "今日",
    "本周",
    "于",
    "超",
)


def incident_dated(
    norm: str, span: Span, dates: Sequence[DateSpan], counts: Sequence[Quantity]
) -> list[tuple[int, int]]:
    """The (start, end) of each date of the sentence that stands right before an incident noun
    (`_NOUN_EN`, `_NOUN_ZH`), when a count of the sentence in an event unit (records, users,
    people, passengers) is governed by an incident word (`incidents.incident_at`) and the
    sentence tells it now (`_TELLING_NOW`) or against an earlier disclosure
    (`_THAN_DISCLOSED`)."""
    if not dates or not any(norm.find(w, span.start, span.end) >= 0 for w in _GATES):
        return []
    if not (
        _TELLING_NOW.search(norm, span.start, span.end)
        or _THAN_DISCLOSED.search(norm, span.start, span.end)
    ):
        return []
    if not any(q.unit in EVENT_UNITS and incident_at(norm, q.start, q.end) for q in counts):
        return []
    found = []
    for d in dates:
        noun = _NOUN_ZH if any("\u4e00" <= c <= "\u9fff" for c in d.text) else _NOUN_EN
        if noun.match(norm, d.end, span.end) is not None:
            found.append((d.start, d.end))
    return found


def not_incident_dates(
    past: list[Marker],
    norm: str,
    span: Span,
    dates: Sequence[DateSpan],
    counts: Sequence[Quantity],
) -> list[Marker]:
    """`past` without the markers of the dates that time a count's own incident."""
    own = incident_dated(norm, span, dates, counts)
    return [m for m in past if (m.start, m.end) not in own] if own else past
