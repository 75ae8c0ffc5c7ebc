"""An outlet's report dated by a weekday before the day of publication ("Reuters reported on
Tuesday that ...", in a Thursday story; "a Bloomberg report last Friday", 路透社周二引述知情人士
报道, 彭博週二報導, 据路透上周五报道): the scoop recalled by a later story, told second-hand, as
`secondhand.dated_report` takes "Reuters reported last week". The weekday of publication itself
("Reuters reported on Thursday", 路透周四报道, on a Thursday) is today's report and stays a
sourced report (attributed); so does a company's own telling on an earlier day ("Acme said on
Tuesday", 公司周二宣布), which the other readings date. The marker dates what follows it in the
sentence as background. Pure helper for `engine`, over normalised text.
"""

from __future__ import annotations

import re
from datetime import date

from watch.claims.markers import Marker
from watch.claims.recency import WEEKDAYS
from watch.claims.speech import OUTLET_REPORT_ZH, OUTLET_ZH

_OUTLET = f"(?:{OUTLET_ZH})"
_REPORT_VERB = f"(?:{OUTLET_REPORT_ZH})"

_DAY = "|".join(day for day in WEEKDAYS if day.isascii())  # monday|tuesday|...|sunday
# The word before "reported" that names an outlet (its name's last word or what it is)
_EN_OUTLET = (
    r"(?:reuters|bloomberg|news|journal|wsj|times|ft|nikkei|asia|cnbc|caixin|information|jones|"
    r"press|afp|yonhap|kyodo|bernama|xinhua|media|newspaper|daily|paper|magazine|outlet|outlets|"
    r"broadcaster|agency|website|post|telegraph|guardian|economist|axios|semafor|handelsblatt)"
)
_WEEKDAY_REPORT = re.compile(
    # "Reuters reported on Tuesday", "the newspaper first reported last Friday"
    rf"(?<![a-z]){_EN_OUTLET}\s+(?:(?:first|had|also|exclusively|originally)\s+)?"
    rf"reported\s+(?:on\s+)?(?P<last>last\s+)?(?P<en>{_DAY})(?![a-z])|"
    # "a Reuters report on Tuesday", "in a Bloomberg News report last Friday"
    rf"(?<![a-z]){_EN_OUTLET}\s+report\s+(?:published\s+)?(?:on\s+)?(?P<last2>last\s+)?"
    rf"(?P<en2>{_DAY})(?![a-z])|"
    # 路透社周二引述, 彭博周二报导, 据路透上周五报道
    rf"{_OUTLET}(?:曾|也|于|在)?(?P<last3>上)?(?:周|星期|礼拜)(?P<zh>[一二三四五六日天])"
    rf"(?:曾|也)?{_REPORT_VERB}|"
    # 周二有媒体报道, 上周五外媒报导
    rf"(?P<last4>上)?(?:周|星期|礼拜)(?P<zh2>[一二三四五六日天])(?:有|曾有)?{_OUTLET}{_REPORT_VERB}"
)
# A sourcing aside after the report ("reported on Tuesday, citing three people familiar with the
# matter, that"): the marker reaches over it to the report's content
_ASIDE = re.compile(r",\s*(?:citing|according to|quoting)\s[^,.;!?]{0,80},\s*(?:that\s)?")
# A word that stands in every match: a sentence with none is not searched
_WORDS = ("report", "报道", "报导", "披露", "爆料", "引述")


def weekday_reports(norm: str, start: int, end: int, published: date) -> list[Marker]:
    """`background` markers for each outlet's report in norm[start:end] dated by a weekday
    before the day of publication (any "last Friday", 上周五)."""
    if not any(norm.find(w, start, end) >= 0 for w in _WORDS):
        return []
    found = []
    for m in _WEEKDAY_REPORT.finditer(norm, start, end):
        day = WEEKDAYS[m.group("en") or m.group("en2") or m.group("zh") or m.group("zh2")]
        last = m.group("last") or m.group("last2") or m.group("last3") or m.group("last4")
        if last or (published.weekday() - day) % 7 >= 1:
            aside = _ASIDE.match(norm, m.end(), end)
            stop = aside.end() if aside else m.end()
            found.append(Marker("background", m.group(0), m.start(), stop))
    return found
