"""The change vocabularies: `<resumed>` (a thing restarted: a mine, a plant, a route, shipments),
`<rise>` (a price, fare, fee or tariff raised), `<approved>` (a permit, licence, deal or plan
approved) and `<shortfall>` (a target missed), in English and Chinese, with the compounds inside
which their words mean another thing (`CHANGE_FENCES`, merged into `fences.NOT_INSIDE`).

Rule writers added these words, in these ideas, to many first-try rules: "reopened",
"resumed", 复产 for a restart; "hike", "raise ... fee", 上调, 涨价 for a rise; "grant ...
authorisation", 获批 for an approval; "fall short", "miss ... target", 未达 for a shortfall.
Kept apart from `vocab` so that each module stays short; `vocab.BUILTIN` names them. Taiwan
writes 调涨 for 上调, 核准 and 核发 for 批准 and 发放."""

from __future__ import annotations

from watch.claims.text import phrase_list

# A thing restarted after a halt: "resumed shipments", "the mine reopened", 复产, 恢复生产. Bare
# 恢复 is left out (经济恢复, 恢复信心): only its compounds with an act are listed.
RESUMED: tuple[str, ...] = phrase_list(
    "resume|resumed|resumes|resuming|restart|restarted|restarts|restarting|"
    "reopen|reopened|reopens|reopening|recommence|recommenced|recommences|"
    "restore|restored|restores|restoring|back in operation|back in production|back online|"
    "back up and running|up and running again|came back online|comes back online|"
    "brought back online|returned to production|return to production|returns to production|"
    "复产|复工|复航|复运|复业|重启|重新启动|重新开放|重新开业|恢复生产|恢复运营|恢复营运|"
    "恢复运行|恢复营业|恢复供应|恢复供货|恢复出口|恢复进口|恢复发货|恢复出货|恢复开采|"
    "恢复通航|恢复开放|恢复正常运营|恢复输华|恢复对华出口|全面恢复"
)

# A price, fare, fee or tariff raised: "a fare hike", "raise the fee", "tolls will go up",
# 上调, 涨价, 调涨 (Taiwan). Bare "raise" and "increase" are left out (raise capital, increase
# output): only with a price noun after them; bare 上涨 too (股价上涨).
_PRICES = (
    "fee|fees|fare|fares|price|prices|tariff|tariffs|rate|rates|charge|charges|toll|tolls|"
    "rent|rents"
)
RISE: tuple[str, ...] = phrase_list(
    "hike|hiked|hikes|hiking|go up|goes up|went up|gone up|going up|"
    + "|".join(
        f"{verb} ... {noun}"
        for verb in (
            "raise",
            "raised",
            "raises",
            "raising",
            "increase",
            "increased",
            "increases",
            "increasing",
            "lift",
            "lifted",
            "lifts",
            "lifting",
        )
        for noun in _PRICES.split("|")
    )
    + "|price increase|price increases|fare increase|fare increases|fee increase|"
    "fee increases|tariff increase|tariff increases|rate increase|price rise|price rises|"
    "fare rise|fare rises|fee rise|tariff rise|toll increase|rent increase|"
    "上调|涨价|提价|调涨|调高|加价|调升|上浮|价格上涨|票价上涨|收费上涨|费用上涨|运费上涨|"
    "电价上涨|水价上涨|租金上涨|提高 ... 收费|提高 ... 费|提高 ... 价格|提高 ... 票价|"
    "提高 ... 电价|提高 ... 水价|提高 ... 租金"
)

# A permit, licence, deal or plan approved: "approved the merger", "granted the licence",
# "authorisation granted", "won approval", 获批, 批准, 核准 (Taiwan), 获发牌照.
_PERMITS = (
    "approval|approvals|authorisation|authorization|licence|license|permit|permits|"
    "clearance|consent"
)
APPROVED: tuple[str, ...] = phrase_list(
    "approve|approved|approves|approving|green light|green-lit|greenlit|greenlights|"
    "signed off on|signs off on|sign off on|rubber-stamped|rubber-stamps|"
    + "|".join(
        f"{verb} ... {noun}"
        for verb in (
            "grant",
            "granted",
            "grants",
            "granting",
            "receive",
            "received",
            "receives",
            "receiving",
            "win",
            "won",
            "wins",
            "secure",
            "secured",
            "secures",
            "obtain",
            "obtained",
            "obtains",
            "issue",
            "issued",
            "issues",
        )
        for noun in _PERMITS.split("|")
    )
    + "|approval granted|authorisation granted|authorization granted|licence granted|"
    "license granted|permit granted|clearance granted|"
    "获批|获得批准|获准|批准|核准|获核准|获得核准|审批通过|通过审批|核发|放行|准予|"
    "获发 ... 牌照|获颁 ... 牌照|颁发 ... 牌照|发放 ... 牌照|获得 ... 牌照|取得 ... 牌照|"
    "获得 ... 许可|取得 ... 许可|获发 ... 许可|颁发 ... 许可|获得 ... 执照|取得 ... 执照"
)

# A target missed: "fell short of the goal", "missed its target", "below target", 未达, 未能达到.
# Bare "short of" is also lacking ("short of memory"): only before a determiner ("short of its
# goal"), and fenced where it is no shortfall ("nothing short of", "stopped short of").
SHORTFALL: tuple[str, ...] = phrase_list(
    "fall short|falls short|fell short|falling short|fallen short|well short|far short|"
    "short of the|short of its|short of their|short of his|short of her|short of a|short of an|"
    "just short of|a long way short|"
    "miss ... target|missed ... target|misses ... target|missing ... target|"
    "miss ... goal|missed ... goal|misses ... goal|missing ... goal|"
    "below target|below its target|below the target|below ... goal|undershoot|undershot|"
    "未达|未达到|未能达到|未达标|未能达标|未达成|未能达成|没有达到|没能达到|达不到|"
    "低于目标|未完成 ... 目标|未能完成 ... 目标|目标落空|不及目标"
)

CHANGE: dict[str, tuple[str, ...]] = {
    "resumed": RESUMED,
    "rise": RISE,
    "approved": APPROVED,
    "shortfall": SHORTFALL,
}

# The compounds inside which their words mean another thing.
CHANGE_FENCES: dict[str, tuple[str, ...]] = {
    # confidence or margins restored, a CV, a hiking trail: no restart, no rise
    "resumed": phrase_list(
        "restore confidence|restored confidence|restore trust|restored trust|"
        "restore profitability|restored profitability|restore margins|restore ... balance sheet"
    ),
    "rise": phrase_list("hiking trail|hiking trails|go up against|went up against|goes up against"),
    # an approval still needed, sought or refused is none given
    "approved": phrase_list(
        "to be approved|pending approval|subject to ... approval|"
        "有待批准|尚待批准|待批准|须经批准|需经批准|报请批准|提请批准|申请批准|不予批准|"
        "未获批准|尚未获批|未获批|未获核准|尚未核准|不予核准|有待核准|待核准"
    ),
    "shortfall": phrase_list(
        "nothing short of|little short of|stopped short of|stop short of|stops short of|"
        "stopping short of|short of breath|"
        "未达成协议|未达成 ... 协议|未能达成协议|未能达成 ... 协议|未达成共识|未能达成共识|"
        "未达成一致|未能达成一致"
    ),
}
