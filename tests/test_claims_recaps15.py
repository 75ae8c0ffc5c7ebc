"""Old news retold, and late completions: the claim's own announcement retold (年初宣布 in a May
piece, 本月初宣布, "announced early this year"); an old aim in the pluperfect ("had aimed",
"had pencilled in", 原目标); a resumption of trading or a scheme taking effect told as done
today after the deadline (今日复牌, 今日恢复买卖, 于今日正式生效, "took effect today"); the
event's day as a noun (生效日, 复牌时间, "the effective date"); a date inside a 的 clause that
sets its noun (公司三月时定下的五月底目标) leaves the lateness said of it news."""

from __future__ import annotations

import datetime as dt

from claimkit import judged, rule_under_test

from watch.models import Stance

MAY_12 = dt.date(2026, 5, 12)
MAR_20 = dt.date(2026, 3, 20)
JUL_15 = dt.date(2026, 7, 15)
AUG_28 = dt.date(2026, 8, 28)


def _switch(made: str = "2026-01-16"):
    return rule_under_test(
        id="acme-auditor",
        made=made,
        deadline="2026-12-31",
        subject={"acme": ["Acme", "艾克美"], "auditor": ["Beta & Co", "贝塔会计师行"]},
        confirms=["appoint ... Beta & Co", "委任贝塔会计师行", "改聘贝塔会计师行"],
    )


def test_the_claims_own_announcement_retold_is_a_mention() -> None:
    rule = _switch()
    zh = "艾克美年初宣布改聘贝塔会计师行，一度被视为样板。"
    assert judged(rule, zh, published=MAY_12).stance is Stance.MENTIONS
    en = "Acme announced early this year that it would appoint Beta & Co as its auditor."
    assert judged(rule, en, published=MAY_12).stance is Stance.MENTIONS
    this_month = "本月初，艾克美宣布委任贝塔会计师行为核数师。"
    assert judged(_switch("2026-03-05"), this_month, published=MAR_20).stance is Stance.MENTIONS


def test_news_of_the_day_and_a_period_without_the_claim_stay_news() -> None:
    # an early-year telling before a claim made in May holds no claim: only the claim's own is
    # the origin retold; and a telling today is news
    later = _switch("2026-05-04")
    today = "艾克美今日宣布委任贝塔会计师行为核数师。"
    assert judged(later, today, published=MAY_12).stance is Stance.CONFIRMS
    assert judged(_switch(), today, published=MAY_12).stance is Stance.CONFIRMS
    en = "Acme said on Monday it would appoint Beta & Co as its auditor."
    assert judged(later, en, published=MAY_12).stance is Stance.CONFIRMS


def _utilisation():
    return rule_under_test(
        id="acme-restart",
        made="2026-03-01",
        deadline="2026-06-30",
        subject={"acme": ["Acme", "艾克美"], "mine": ["mine", "矿山"]},
        when={"confirms": ["2026-03-01", "2026-06-30"], "near": ["restart", "复产"]},
        confirms=["restart", "复产"],
    )


def test_an_old_aim_in_the_pluperfect_is_the_former_plan() -> None:
    rule = _utilisation()
    en = "At the start of the year Acme had pencilled in a restart of the mine before June."
    assert judged(rule, en, published=MAY_12).stance is Stance.MENTIONS
    aimed = "Acme had aimed to restart the mine by the end of June."
    assert judged(rule, aimed, published=MAY_12).stance is Stance.MENTIONS
    zh = "艾克美原目标是在6月底前让矿山复产。"
    assert judged(rule, zh, published=MAY_12).stance is Stance.MENTIONS


def test_a_restart_told_now_stays_news() -> None:
    rule = _utilisation()
    en = "Acme restarted the mine on Monday, it said."
    assert judged(rule, en, published=MAY_12).stance is Stance.CONFIRMS
    zh = "艾克美的矿山本周已经复产。"
    assert judged(rule, zh, published=MAY_12).stance is Stance.CONFIRMS


def _resume():
    return rule_under_test(
        id="acme-resume",
        made="2026-03-12",
        deadline="2026-05-31",
        subject={
            "acme": ["Acme", "艾克美"],
            "trading": ["trading", "复牌", "停牌", "买卖", "重组"],
        },
        when={
            "confirms": ["2026-03-12", "2026-05-31"],
            "near": ["复牌", "恢复买卖", "resume", "生效"],
        },
        confirms=["恢复买卖", "复牌", "resumed trading", "scheme ... effective", "重组生效"],
        contradicts=["<delay>", "迟了"],
    )


def test_trading_resumed_today_after_the_deadline_is_done_late() -> None:
    rule = _resume()
    zh = "艾克美今日恢复买卖，结束逾六个月的停牌。"
    assert judged(rule, zh, published=JUL_15).stance is Stance.CONTRADICTS
    en = "Acme resumed trading today, ending a suspension of more than six months."
    assert judged(rule, en, published=JUL_15).stance is Stance.CONTRADICTS
    # before the deadline, the same words confirm
    assert judged(rule, zh, published=dt.date(2026, 5, 20)).stance is Stance.CONFIRMS


def test_a_scheme_in_force_today_dates_its_headline() -> None:
    rule = _resume()
    lead = "法院已於8月17日批准安排，艾克美重組於今日正式生效。"
    title = "艾克美重組生效"
    assert judged(rule, lead, title=title, published=AUG_28).stance is Stance.CONTRADICTS
    assert judged(rule, lead, title=title, published=dt.date(2026, 5, 28)).stance in (
        Stance.CONFIRMS,
        Stance.MENTIONS,
    )
    unrelated = "艾克美今日公布业绩。"
    assert judged(rule, unrelated, title=title, published=AUG_28).stance is Stance.CONFIRMS


def test_the_events_day_as_a_noun_states_no_event() -> None:
    rule = _resume()
    zh = "艾克美重组生效日已由法院确定。"
    assert judged(rule, zh, published=JUL_15).stance is Stance.MENTIONS
    compared = "艾克美复牌时间较同业为早。"
    assert judged(rule, compared, published=JUL_15).stance is Stance.MENTIONS
    done = "艾克美已于周一复牌。"
    assert judged(rule, done, published=dt.date(2026, 5, 20)).stance is Stance.CONFIRMS


def test_a_date_in_a_de_clause_dates_the_target_not_the_lateness() -> None:
    rule = _resume()
    zh = "艾克美复牌时间较公司三月时定下的五月底目标迟了约一个半月。"
    assert judged(rule, zh, published=JUL_15).stance is Stance.CONTRADICTS
    # a date that opens the clause still dates it: old news
    old = "艾克美三月时表示复牌迟了。"
    assert judged(rule, old, published=JUL_15).stance is Stance.MENTIONS
