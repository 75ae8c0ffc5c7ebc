"""The schedule vocabularies: `<delay>` (a plan put off), `<on-track>` (a schedule said to
hold), `<started>` (an event begun, not only planned or on track), `<undecided>` (timing not
decided) and `<retired>` (a thing's service ended: an aircraft type leaving a fleet, a plant
or product withdrawn).

`<started>`: a plant's
production started ("production at the plant commenced", 正式投产), a line come on stream, the
first car off it (首车下线), deliveries under way (开始交付). `<launch>` is a product reaching its
users; `<on-track>` a schedule said to hold; `<started>` is the thing itself happening, what a
schedule claim about a plant or a first delivery confirms on. Kept apart from `vocab` so
that each module stays short; `vocab.BUILTIN` names them.

下线 alone is left out: for a service it is "taken offline" (服务下线); only the first unit off
the line counts (首车下线, 首台……下线)."""

from __future__ import annotations

from watch.claims.text import phrase_list

STARTED: tuple[str, ...] = phrase_list(
    # production begun, in either order: "started production", "production ... commenced"
    "start ... production|started ... production|began ... production|begin ... production|"
    "commence ... production|commenced ... production|production ... started|"
    "production ... began|production ... begun|production ... commenced|production ... started|"
    "production ... got under way|production ... got underway|production ... is under way|"
    "production ... is underway|in commercial production|in full production|"
    "entered production|enters production|went into production|goes into production|"
    # a plant or line running: "came on stream", "began operating", "rolled off the line"
    "came on stream|comes on stream|come on stream|came online|comes online|"
    "began operating|begun operating|started operating|began operations|started operations|"
    "commenced operations|rolled off the line|rolled off the production line|"
    "rolls off the line|rolled off ... line|inaugurated|inaugurates|officially opened|"
    "officially opens|formally opened|"
    # deliveries begun: "deliveries have begun", "deliveries are underway", "began deliveries"
    "deliveries ... begun|deliveries ... began|deliveries ... started|deliveries ... underway|"
    "deliveries ... under way|began deliveries|started deliveries|began delivering|"
    "started delivering|first deliveries|"
    "投产|正式投产|竣工投产|建成投产|量产|开始生产|正式生产|落成启用|正式启用|首车下线|"
    "首台 ... 下线|首辆 ... 下线|开始运营|正式运营|投入运营|开始交付|正式交付|启动交付|首批交付"
)


# A schedule said to hold: for a schedule claim's confirming cues ("remains on track",
# 按计划, 如期, 时间表不变). Taiwan writes 时程 for 时间表.
ON_TRACK: tuple[str, ...] = phrase_list(
    "on track|on schedule|as planned|as scheduled|according to plan|on time|"
    "按计划|按原计划|如期|按期|按时|时间表不变|时间表未变|时程不变|"
    "进度不变|按既定时间"
    # a schedule said again: "reaffirmed the 2027 target", 重申, 符合规划
    "|reaffirm|reaffirming|reiterate|reiterating|"
    "重申|符合规划|符合计划|符合原定|按规划|按照计划|按照原计划|仍按计划"
    # ahead of the schedule: "ahead of plan", 提前完成, 按部就班
    "|ahead of plan|ahead of schedule|ahead of target|按部就班|提前完成|提前达成|进度超前"
    # a plan said to hold in other words: "remains committed", "the plan is unchanged",
    # 进展顺利
    "|remains committed|remain committed|remained committed|plan is unchanged|"
    "plans are unchanged|plan remains unchanged|plans remain unchanged|plan was unchanged|"
    "进展顺利|推进顺利|进度顺利"
    # the same said in speech: "the timetable hasn't changed", "nothing has changed on timing",
    # 时间表没有变 (時間表沒有變), 进度没有变, 计划不变
    "|timetable ... hasn't changed|timetable ... has not changed|timeline ... hasn't changed|"
    "timeline ... has not changed|schedule ... hasn't changed|schedule ... has not changed|"
    "timing ... hasn't changed|timing ... has not changed|timetable ... is unchanged|"
    "timeline ... is unchanged|schedule ... is unchanged|timing ... is unchanged|"
    "timetable ... remains unchanged|timeline ... remains unchanged|"
    "schedule ... remains unchanged|nothing has changed on timing|"
    "nothing has changed on the timing|nothing has changed in the timetable|"
    "时间表没有变|时间表没变|时间表并没有变|时间表没有改变|时间表并无改变|时间表维持不变|"
    "时程没有变|时程没变|时程维持不变|进度没有变|进度没变|进度维持不变|计划不变|计划没有变|"
    "计划没变|计划维持不变|计划并没有变"
    # on course, within reach, the timeline said to remain: "remains on course", 照常推进,
    # 按原定计划, 目标不变
    "|on course|within reach|timeline remains|timetable remains|schedule remains|"
    "照常推进|如期推进|按计划推进|按原定计划|按原定时间|目标不变|目标维持不变|目标没有变"
)


# Timing not yet decided. Taiwan writes 时程 where the mainland writes 时间表.
UNDECIDED: tuple[str, ...] = phrase_list(
    "not decided|has not decided|hasn't decided|haven't decided|have not decided|"
    "no decision|undecided|no timetable|"
    "no timeline|no set timeline|not set a timeline|not set a date|no firm date|"
    "too early to say|not confirmed any timeline|"
    "not ... decided|yet to decide|yet to be decided|no final decision|no set date|"
    "no fixed date|no fixed timeline|no specific timeline|too early to tell|too soon to say|"
    "时间未定|时间表未定|尚未确定|未确定时间|没有时间表|尚无时间表|尚未决定|未作决定|还没决定|"
    "还没有决定|"
    "没有明确时间|并无时间表|"
    "还未决定|仍未决定|尚无定论|未有定论|时程未定|尚无时程|没有时程|未有时程|时程尚未|"
    "暂无时间表|未有时间表|为时尚早|言之过早|为时过早|"
    # a decision not yet taken on a thing named between: 尚未就……作出决定 (exchange
    # clarifications), and a plan not settled: 未有定案
    "尚未就 ... 作出决定|尚未就 ... 做出决定|仍未就 ... 作出决定|未就 ... 作出决定|"
    "未就 ... 做出决定|未有定案|尚无定案|尚未定案|仍未定案"
)


# A thing's service ended, for good: an aircraft type retired or leaving the fleet, its last
# commercial flight, a plant or product withdrawn from service. Fleet news says "leave the
# fleet" and "final commercial service" as often as "retire"; Taiwan writes 除役 for 退役.
# "retire" is also a person stepping down or debt repaid ("retire the notes"): a rule names
# `<retired>` for a claim about equipment, and its subject groups say which.
RETIRED: tuple[str, ...] = phrase_list(
    "retire|phase out|decommission|"
    "leave the fleet|leaves the fleet|left the fleet|leaving the fleet|exit the fleet|"
    "exited the fleet|exits the fleet|out of the fleet|"
    "final commercial service|final commercial flight|last commercial flight|"
    "last commercial service|final flight|last flight|farewell flight|"
    "withdrawn from service|withdraw ... from service|withdrew ... from service|"
    "removed from service|taken out of service|out of service for good|parked for good|"
    "retired from service|"
    "退役|除役|全部退役|退出机队|告别机队|退出服役|停止服役|结束服役|退出现役|逐步淘汰|"
    "最后一班|最后航班|最后一次商业飞行|最后一次商业航班|告别飞行|告别航班"
)


# A plan put off. 跳票 is the mainland's word for a product that misses its date; 延宕 and
# 展延 are Taiwan's.
DELAY: tuple[str, ...] = phrase_list(
    "delay|postpone|push back|pushed back|put off|hold off|slip|slipped|slips|slipping|"
    "later than planned|behind schedule|"
    "push ... back|defer|deferred|deferring|reschedule|later than expected|"
    "later than originally|won't ... until|will not ... until|not expected until|"
    "推迟|延后|延迟|延期|延至|暂缓|推后|押后|顺延|搁浅|"
    "延宕|展延|延缓|推延|跳票|往后推|向后推|延到|拖延|拖到|延误|改期|晚于预期|晚于原定|"
    # a date pushed out: 要到明年才, 最快2027年才
    "要等到|要到 ... 才|最快 ... 才"
    # a date pushed out or a schedule run late: 推至, 进度落后, 较原先规划晚, "later than the
    # target", "spill into 2027", "behind plan"
    "|推至|进度落后|进度滞后|落后于计划|落后于进度|落后于原定|较原先 ... 晚|较原定 ... 晚|"
    "比原定 ... 晚|比原计划晚|比预期晚|晚于计划|晚于原先|"
    "later than ... target|later than targeted|later than scheduled|later than initially|"
    "later than first|behind plan|behind target|spill into|spill over into"
    # "behind the schedule it gave", 晚于预期 (above), 落后于时间表
    "|behind the schedule|behind its schedule|落后于时间表|落后于原定时间表"
    # moved back, taking longer than planned, past or missing a deadline: 拖至, 较原定迟,
    # 未能赶上, 递延 (Taiwan)
    "|move ... back|moved ... back|moves ... back|moving ... back|took longer|take longer|"
    "takes longer|taking longer|longer than planned|longer than expected|"
    "longer than anticipated|longer than scheduled|past ... deadline|miss ... deadline|"
    "missed ... deadline|misses ... deadline|missing ... deadline|"
    "拖至|拖长|较原定迟|比原定迟|迟于原定|迟于预期|未能赶上|赶不上|递延|比预期久|比预期长"
)


# The vocabularies above by name, for `vocab.BUILTIN`.
SCHEDULE: dict[str, tuple[str, ...]] = {
    "delay": DELAY,
    "on-track": ON_TRACK,
    "started": STARTED,
    "undecided": UNDECIDED,
    "retired": RETIRED,
}
