"""Likelihoods denied after their date or event, and obstacles denied. "6月底前撤销的机会不高",
机率不高, 可能性不大, 恐怕来不及, "chances of approval by June are slim": a stated expectation that
the thing will not happen by then, which negates what comes before it (`markers.NEGATORS_POST`);
来不及 and 赶不上 hold a 不 that is no bound on the date before them. "No obstacle to digging this
year", "nothing stands in the way of", 开工没有障碍, 不存在障碍: a negated obstacle supports the
event, so its negator negates nothing (`markers.NOT_NEGATORS`)."""

from __future__ import annotations

from watch.claims.open_odds import NOT_RULED_OUT as NOT_RULED_OUT  # (for markers' MODAL)

ODDS_DENIED = tuple(
    [
        "机会不高",
        "机会不大",
        "机会很低",
        "机会渺茫",
        "机率不高",
        "机率不大",
        "机率很低",
        "几率不高",
        "几率不大",
        "几率很低",
        "概率不高",
        "概率不大",
        "概率很低",
        "可能性不大",
        "可能性不高",
        "可能性很小",
        "可能性很低",
        "可能性极低",
        "希望渺茫",
        "来不及",
        "赶不上",
        "is slim",
        "are slim",
        "looks slim",
        "look slim",
        "seem slim",
        "seems slim",
        "slim to none",
        "is remote",
        "are remote",
        "look unlikely",
        "seems unlikely",
        "seem unlikely",
    ]
)
NOT_NEGATED_ODDS = tuple(
    [
        "来不及",
        "赶不上",
        "no obstacle",
        "no obstacles",
        "no impediment",
        "no impediments",
        "no barrier",
        "no barriers",
        "no objection",
        "no objections",
        "nothing stands in the way",
        "nothing standing in the way",
        "not stand in the way",
        "won't stand in the way",
        "will not stand in the way",
        "没有障碍",
        "没有任何障碍",
        "不存在障碍",
        "不存在任何障碍",
        "无障碍",
        "没有阻碍",
        "不存在阻碍",
        "不会阻挠",
        "不再阻挠",
        "不会阻拦",
        "不持异议",
        "没有异议",
        "无异议",
    ]
)
