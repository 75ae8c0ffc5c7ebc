"""The dates in a sentence that recall old news, as background markers: a date that ended
well before publication or names an earlier month that is not the news itself, one long before
the claim was made, and the week or month that holds the day the claim was made (the claim's
own origin retold). Pure helpers for `engine`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from watch.claims.dates import DateSpan
from watch.claims.day_first import day_number
from watch.claims.lookback import stretch_over
from watch.claims.markers import Marker
from watch.claims.recency import LatestNews, just_ended_news, reported_period
from watch.claims.rules import ClaimRule
from watch.claims.signals import PAST_DAYS
from watch.claims.text import is_cjk


def past_markers(
    rule: ClaimRule,
    dates: list[DateSpan],
    published: date,
    latest: LatestNews | None = None,
) -> list[Marker]:
    """Background markers for the sentence's dates that recall old news: those that ended
    `PAST_DAYS` before publication or name an earlier month (`_month_before`) that is not the
    news itself (`recency.just_ended_news`, from the document's `latest` dated news) (a marker
    before its clause in Chinese, after it in English), then those long before the claim was
    made (`old_dates`)."""
    # (each date's tests once: they are the costly part)
    before = [
        d
        for d in dates
        if _month_before(d, published) and not just_ended_news(d, published, latest)
    ]
    over = [d for d in dates if stretch_over(d, published, latest)]
    recalled = [
        Marker(kind, d.text, d.start, d.end)
        for d in dates
        if any(d is b for b in before)
        or (
            d.last < published - timedelta(days=PAST_DAYS)
            and not reported_period(d, published, latest)
        )
        or any(d is o for o in over)
        for kind in _kinds(d)
    ]
    # a past month that recalls its act is no date of news either (迪拜的伊玛尔则在3月初发行了
    # ..., in an April roundup): the date item it is, is a recap (`dated_nouns.own_act_date`)
    months = [Marker("background_date", d.text, d.start, d.end) for d in before + over]
    months += [Marker("background_stretch", d.text, d.start, d.end) for d in over]
    return (
        recalled
        + months
        + old_dates(rule, dates)
        + made_month(rule, dates, published, latest)
        + made_period(rule, dates, published)
        + made_week(rule, dates, published)
        + made_day(rule, dates, published)
        + told_period(dates, published, latest)
        + fronted_months(dates, published)
    )


def _kinds(d: DateSpan) -> tuple[str, ...]:
    """A Chinese date dates what follows it (上月宣布); an English one what stands before it
    ("completed last month"). A Chinese month opening with its digit does both: 於5月完成, and
    a figure's bracket after it (600亿美元融资（2月宣布）)."""
    if is_cjk(d.text[0]):
        return ("background",)
    if any(is_cjk(c) for c in d.text):
        return ("background", "background_post")
    return ("background_post",)


_MONTH_DAYS = 31


def made_week(rule: ClaimRule, dates: list[DateSpan], published: date) -> list[Marker]:
    """A week before publication that holds the day the claim was made ("Last week they signed
    an agreement", 上周双方签署协议, in an article a week after the claim): the claim's own origin
    retold, background. A day written ("on Tuesday") is read as before."""
    return [
        Marker(kind, d.text, d.start, d.end)
        for d in dates
        for kind in _kinds(d)
        if not d.day
        and d.first <= rule.made <= d.last
        and (d.last - d.first).days == 6
        and d.last < published
    ]


def made_day(rule: ClaimRule, dates: list[DateSpan], published: date) -> list[Marker]:
    """The day the claim was made, written as such in an article published after it ("On
    January 27, Acme announced ... and expects ...", 1月27日，艾克美宣布……并预计……): the claim's
    origin retold, which keeps a guidance told that day a plan restated (`guidance`), and
    nothing else (a kind of its own, which only guidance reads)."""
    return [
        Marker("made_day", d.text, d.start, d.end)
        for d in dates
        if d.day and d.first <= rule.made <= d.last and d.last < published
    ]


# A telling dated on the claim's own day is retold once the piece comes out this long after it
RETOLD_DAYS = 7


def told_by_made(
    rule: ClaimRule, norm: str, dates: list[DateSpan], published: date, past: list[Marker]
) -> list[Marker]:
    """A day or a month that ended on or before the day the claim was made, before publication
    (4月9日发表声明称, "The April 9 statement, which said ...", on the claim's own day or before
    it): as the time of a telling or of a statement's noun it dates a statement already known,
    so it dates what was told (`retold`), and nothing else, as `made_month` does. (A Chinese
    day after its month, 9日, belongs to the marker.) Only a date `past` holds no marker for: an
    older one is read as a recall already, with its own exceptions."""
    found: list[Marker] = []
    if published <= rule.made:  # a piece older than the claim retells nothing of it
        return found
    marked = {m.start for m in past if m.kind != "made_day"}  # (that one only guidance reads)
    for d in dates:
        if (d.last - d.first).days > _MONTH_DAYS or d.start in marked:
            continue
        zh = _ZH_DAY.match(norm, d.end) if d.day else None
        day = int(zh.group(1)) if zh else day_number(d.text) if d.day else None  # "9 april"
        last, end = d.last, zh.end() if zh else d.end
        if day:
            try:
                last = d.first.replace(day=day)
            except ValueError:
                continue
        elif d.day:
            continue
        retold = last < rule.made or published > rule.made + timedelta(days=RETOLD_DAYS)
        # (the made day itself only in a piece more than `RETOLD_DAYS` later, 答：京东方3月20日公告
        # 终止收购…… in an April explainer: in the days after, a report of it is the news)
        if last <= rule.made and last < published and retold:
            found.append(Marker("background_made", norm[d.start : end], d.start, end))
    return found


# the day of a date written with its day: in its text (`day_number`), or after it (4月 then 9日)
_ZH_DAY = re.compile(r"\s?(\d{1,2})\s?[日号號]")


def made_month(
    rule: ClaimRule, dates: list[DateSpan], published: date, latest: LatestNews | None
) -> list[Marker]:
    """The month just ended that is read as the news (`recency.just_ended_news`) but holds the
    day the claim was made: a telling dated so (外电上月报道, "said last month") retells the
    claim's own statement, so it dates what was told (`told_dates.told_then`), and nothing
    else (a kind of its own, which only a telling reads)."""
    return [
        Marker("background_made", d.text, d.start, d.end)
        for d in dates
        if d.first <= rule.made <= d.last
        and _month_before(d, published)
        and just_ended_news(d, published, latest)
    ]


def made_period(rule: ClaimRule, dates: list[DateSpan], published: date) -> list[Marker]:
    """A loose period with no day (年初, "early this year", a quarter) that holds the day the
    claim was made and ended before publication: as the time of a telling (碧桂园服务年初宣布……,
    "announced early this year", in a May piece) it retells the claim's own statement, so it
    dates what was told (`told_dates.told_then`), and nothing else, as `made_month` does."""
    return [
        Marker("background_made", d.text, d.start, d.end)
        for d in dates
        if not d.day
        and d.first <= rule.made <= d.last < published
        and (d.last - d.first).days < _TOLD_PERIOD_DAYS
    ]


def fronted_months(dates: list[DateSpan], published: date) -> list[Marker]:
    """A month or period with no day that ended before the month just ended: after a bare
    preposition opening the sentence, comma or not ("In February the company announced ...", in
    an April piece), it dates the whole sentence (`openings.sentence_opening`). The month just
    ended can still be the news of a weekly note; a day written can be last week's."""
    last_month = (published.replace(day=1) - timedelta(days=1)).replace(day=1)
    return [
        Marker("background_fronted", d.text, d.start, d.end)
        for d in dates
        if not d.day and d.last < last_month
    ]


def told_period(
    dates: list[DateSpan], published: date, latest: LatestNews | None = None
) -> list[Marker]:
    """A loose period begun well before publication and running into its month
    (年初, 年中, "early this year", in a late-March piece): as the time of a telling
    (欣旺达年初表示……将, "said early this year that ... would") it recalls an old statement,
    so it dates what was told (`told_dates.told_then`), and nothing else (a kind of its own,
    which only a telling reads). A day, or a period begun lately, can still be the news."""
    return [
        Marker("background_told", d.text, d.start, d.end)
        for d in dates
        if not d.day
        and d.first <= published - timedelta(days=PAST_DAYS)
        and d.last >= published.replace(day=1)  # one over already is read as before
        and (d.last - d.first).days < _TOLD_PERIOD_DAYS
        and not reported_period(d, published, latest)
    ]


# a quarter or a season at most: a whole year (今年) is too loose to date a telling
_TOLD_PERIOD_DAYS = 100


def _month_before(d: DateSpan, published: date) -> bool:
    """A month named without its day and wholly before the publication's month ("In March,
    Microsoft launched ...", 今年3月，微软推出, in an April article) dates a recap: the news of
    that month, told again. A day written ("on March 30") can be last week's news still."""
    return not d.day and d.last < published.replace(day=1) and (d.last - d.first).days < 31


def old_dates(rule: ClaimRule, dates: list[DateSpan]) -> list[Marker]:
    """Dates long before the claim was made: whatever their place in a clause ("In 2020, Acme
    bought ...", "Acme bought ... in 2020"), they set it in the past."""
    cutoff = rule.made - timedelta(days=PAST_DAYS)
    return [Marker("background_old", d.text, d.start, d.end) for d in dates if d.last < cutoff]
