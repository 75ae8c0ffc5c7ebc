"""The shared vocabulary of telling: the verbs by which a source says, announces or discloses
something, in the forms the claim engine's modules read. One list per role, so a telling verb
read in one path is read in the next (before, each module kept its own subset: one knew 告知,
another 透露, another "disclosed").

Each name is a bare regex alternation (no group, no word boundary): the caller wraps it in
`(?:...)` with the guards its context needs, e.g. `(?<![a-z])(?:` + SAY_EN + `)(?![a-z])`.
The text is normalised (text.py): lower case, traditional Chinese folded to simplified, so
說/稱/證實/告訴 are read through 说/称/证实/告诉.

background.py keeps its narrower English lists: SAY_PAST_EN's "told"/"confirmed" there made
"In February it told them it now aims ..." a dated recap (stress/mixed lost a contradicts).

OUTLET_ZH and OUTLET_REPORT_ZH (路透社 … 报道/披露/引述) are shared by secondhand and
weekday_report, which date an outlet's report.

A list that means something else stays its own: a pledge (PLEDGE_*) commits, it does not only
tell; an answer (回应, replied) and a denial (否认) belong to responses.py and kickers.py.
"""

from __future__ import annotations

SAY_EN = (
    "said|says|told|tells|announced|announces|confirmed|confirms|stated|states|disclosed|"
    "discloses|revealed|reveals|reiterated|added|adds"
)
"""SAY_EN: English verbs of telling (a source said/told/announced/disclosed ...)."""

SAY_PAST_EN = "said|told|announced|confirmed|stated|disclosed|revealed|reiterated"
"""SAY_PAST_EN: the past-tense tellings only, for paths that date or recall a telling."""

SAY_ZH = (
    "表示|指出|透露|宣布|披露|证实|告诉|告知|公布|宣称|(?<![名堪号俗简自])称(?!为)|"
    "(?<![小听据传法学游演解])说(?![明服])"
)
"""SAY_ZH: Chinese verbs of telling (表示/称/指出/透露/宣布/披露/证实/告诉/告知/说 ...), with the
guards on 称 (名称, 堪称, 称为) and 说 (小说, 听说, 据说, 说明, 法说会, 学说, 游说)."""

PLEDGE_EN = "pledged|promised|vowed|committed|guaranteed"
"""PLEDGE_EN: English verbs of pledging, a telling that commits (kept apart from SAY_EN)."""

PLEDGE_ZH = "承诺|表态|保证|许诺"
"""PLEDGE_ZH: Chinese verbs of pledging (承诺/保证/许诺, 表态)."""

REPORT_EN = "reported"
"""REPORT_EN: an outlet's verb of reporting (Reuters reported); not "reports", a noun as often
("confirmed earlier reports" recalls nothing)."""

REPORT_ZH = "报道|报导"
"""REPORT_ZH: an outlet's verb of reporting (路透社报道)."""

OUTLET_ZH = (
    r"外电|外媒|媒体|路透社?|彭博社?|日经(?:新闻|亚洲)?|华尔街日报|金融时报|彭博资讯|"
    r"[\u4e00-\u9fff]{1,6}?(?:日报|时报|新闻|财经|周刊|电视台|通讯社)"
)
"""OUTLET_ZH: a news outlet named in Chinese (外电, 路透社, 彭博, 日经新闻, any ……日报/时报/
新闻/财经/周刊/电视台/通讯社), for the paths that date an outlet's report (secondhand,
weekday_report)."""

OUTLET_REPORT_ZH = REPORT_ZH + "|披露|爆料|引述"
"""OUTLET_REPORT_ZH: what an outlet does to a story (报道/报导, 披露, 爆料, 引述): REPORT_ZH and the
scoop's verbs, read after OUTLET_ZH."""
