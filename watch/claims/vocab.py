"""Shared vocabularies: the recurrent ideas of news claims, in English and Chinese.

A rule names an idea instead of listing its paraphrases: `<launch>` in a phrase list stands for
every phrase of the `launch` vocabulary, and a gapped cue may join ideas (`<denial> ...
<commitment>`: "never agreed to commit", 否认 ... 承诺). Chinese phrases are written in simplified
script; `normalise` folds traditional text onto them (闢謠 finds 辟谣). A multi-word English
phrase inflects its first word (`watch.claims.inflect`), so "push back" also finds "pushed
back"; a one-word phrase takes -s/-ed/-ing as every cue does.

Users extend a vocabulary, or define a new one, under `vocabularies:` in rules.yaml (for every
claim) or in one claim; `expand` merges those phrases after the built-in ones. A vocabulary also
names the compounds inside which its phrases mean another thing (`NOT_INSIDE`: 延迟 is latency,
not a delay, in 低延迟), for every claim that names it; users add theirs as `not_inside:`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from watch.claims.fences import NOT_INSIDE
from watch.claims.text import phrase_list
from watch.claims.vocab_change import CHANGE
from watch.claims.vocab_index import INDEX_INCLUSION, INDEX_REMOVAL
from watch.claims.vocab_launch import LAUNCH
from watch.claims.vocab_lifecycle import LIFECYCLE
from watch.claims.vocab_schedule import SCHEDULE

NAME = re.compile(r"[a-z0-9][a-z0-9-]*")
REF = re.compile(r"<([a-z0-9][a-z0-9-]*)>")
GAP = "..."  # between the parts of a cue that may have a few words inside it
# Where a user's `not_inside` compounds for vocabulary NAME travel beside its phrases: under the
# key "NAME/not-inside", which no `<name>` can spell.
FENCE = "/not-inside"


BUILTIN: dict[str, tuple[str, ...]] = {
    # Saying a reported thing is not so, or taking one's own word back. Chinese: mainland and
    # Taiwan/Hong Kong wording (讲 beside 说, 不属实 beside 不实, 澄清 for a correction).
    "denial": phrase_list(
        "never said|never agreed|never committed|never promised|never pledged|never intended|"
        "never signed|never made|never planned|never offered|"
        "rejected the word|rejected the notion|rejected the idea|rejected the characterization|"
        "rejected the characterisation|rejected reports|rejected the report|denied|denies|deny|"
        "dismissed|dismisses|refuted|refutes|disputed|disputes|played down|plays down|"
        "downplayed|downplays|shot down|brushed aside|"
        "brushed off|ruled out|rules out|walked back|took back|backtracked|retracted|"
        "not true|untrue|baseless|unfounded|waved away|waves away|waved off|waves off|"
        "poured cold water on|pours cold water on|scoffed at|scoffs at|"
        "从来没有说过|从来没说过|从没说过|从未说过|从未承诺|从未同意|从没有承诺|并未承诺|没有承诺过|"
        "从未表示|从未讲过|从来没讲过|从没讲过|未曾承诺|未曾说过|未曾表示|从来没有承诺|"
        "不曾承诺|不曾说过|不曾讲过|不曾表示|不曾同意|从来不曾|"
        "否认|辟谣|驳斥|排除|收回|改口|撤回|否定|反驳|澄清|不实|不属实|并无此事|绝无此事|"
        "子虚乌有|纯属谣言|淡化|没说过|没有说过|没讲过|没有讲过|并未说过|从未提过|从没提过|"
        "从来没提过|未曾提过"
        # a report called made up or at odds with the facts: "the report is false", 杜撰,
        # 与事实不符 (與事實不符), 系谣言
        "|is false|are false|was false|were false|completely false|entirely false|"
        "patently false|categorically false|false and misleading|"
        "杜撰|与事实不符|不符事实|系谣言|属谣言|纯属虚构|凭空捏造"
        # with an adverb inside: 与事实严重不符, 与事实完全不符, 完全不符事实
        "|与事实 ... 不符|完全不符|完全不实|严重失实|完全失实"
        # a report said to have no ground: "has no basis in fact", 并无事实根据 (並無事實根據),
        # 消息不实, 报道失实
        "|no basis in fact|no factual basis|without any basis|without basis|"
        "并无事实根据|没有事实根据|毫无事实根据|无事实根据|缺乏事实根据|并无根据|毫无根据|"
        "消息不实|报道不实|传闻不实|失实"
        # a report rejected or called wrong: "rejected a newspaper report", "the report is
        # wrong/incorrect/inaccurate", 并非事实 (並非事實), 报道有误, 报导不实 (報導不實)
        "|reject ... report|reject ... reports|reject ... speculation|"
        "report is wrong|report was wrong|reports are wrong|reports were wrong|"
        "report is incorrect|report was incorrect|reports are incorrect|reports were incorrect|"
        "report is inaccurate|report was inaccurate|reports are inaccurate|"
        "reports were inaccurate|story is wrong|story is incorrect|story is inaccurate|"
        "speculation is wrong|speculation is incorrect|inaccurate report|incorrect report|"
        "并非事实|不是事实|并不属实|报道有误|报导有误|消息有误|传闻有误|报道错误|报导错误|"
        "报导不实|报导失实"
        # an exchange clarification (the BSE/NSE template, 澄清公告): the plan reported is said
        # not to exist: "we wish to clarify that there is no such proposal under consideration",
        # 目前并无相关计划
        "|clarify|clarifies|clarified|no such proposal|no such plan|no such plans|"
        "no proposal is under consideration|no proposal under consideration|"
        "not under consideration|no such move|"
        "并无相关计划|暂无相关计划|没有相关计划|并无此项计划|并无该计划|并无相关提议|"
        "没有相关提议|并无相关建议|并无此项提议|未有相关计划"
    ),
    # The idea of a commitment, firm or not: a part of gapped cues (`<denial> ... <commitment>`).
    "commitment": phrase_list(
        "commitment|commit|committed|pledge|pledged|promise|promised|obligation|binding|"
        "agreement|deal|pact|contract|letter of intent|term sheet|memorandum|"
        "承诺|协议|合约|合同|约定|约束力|保证|意向书|协定|许诺|允诺|契约|备忘录|拘束力"
    ),
    # A commitment made firm. Taiwan writes 拘束力 where the mainland writes 约束力.
    "binding": phrase_list(
        "binding agreement|binding commitment|binding contract|binding obligation|legally binding|"
        "definitive agreement|definitive ... agreement|definitive contract|signed a definitive|"
        "finalized the deal|finalised the deal|finalized the agreement|finalised the agreement|"
        "firm commitment|firm agreement|ironclad|"
        "具约束力|具有约束力|具有法律约束力|具法律约束力|有约束力的|最终协议|最终 ... 协议|"
        "正式协议|签署正式|敲定协议|具拘束力|具有拘束力|具法律拘束力|有拘束力的|约束性协议|"
        "正式签约|签订正式"
    ),
    # A commitment that is not one.
    "no-commitment": phrase_list(
        "non-binding|nonbinding|not binding|not legally binding|no commitment|never binding|"
        "no binding|not a binding|wasn't binding|isn't binding|never legally binding|"
        "not a commitment|never a commitment|not a promise|never a promise|no obligation|"
        "letter of intent|memorandum of understanding|not finalized|not finalised|"
        "not been finalized|not been finalised|no definitive agreement|"
        # a deal that never became one: "was never finalised", "never formalized"
        "never finalized|never finalised|never been finalized|never been finalised|"
        "never formalized|never formalised|never been formalized|never been formalised|"
        "never firmed up|never got finalized|never got finalised|"
        "no firm commitment|not a firm commitment|not set in stone|aspirational|"
        "wasn't a commitment|isn't a commitment|wasn't a promise|isn't a promise|not a pledge|"
        "never a pledge|no guarantee|not guaranteed|cannot guarantee|can't guarantee|"
        "无法保证|不能保证|不保证|并无保证|"
        "preliminary agreement|framework agreement|agreement in principle|statement of intent|"
        "expression of interest|"
        "不具约束力|不具法律约束力|无约束力|没有约束力|非约束性|不具备约束力|并非承诺|不是承诺|"
        "意向书|谅解备忘录|尚未敲定|未敲定|并未敲定|未最终确定|"
        "不具拘束力|不具法律拘束力|无拘束力|没有拘束力|非拘束性|不具强制力|框架协议|初步协议|"
        "合作备忘录|尚未签约|并未签约|未签署正式|尚未定案|未定案|尚未拍板|"
        "无法律约束力|没有法律约束力|无法律拘束力|不具约束性|无约束性|不具拘束性|"
        "并无约束力|没有任何约束力|无任何约束力|不具任何约束力|并无拘束力|没有任何拘束力|"
        "无任何拘束力|不具任何拘束力"
        # a pledge left unpaid, a figure that was only a ceiling: 未(全部)兑现, 只是…上限
        "|未兑现|未全部兑现|并未兑现|没有兑现|未能兑现|尚未兑现|未完全兑现|"
        "只是 ... 上限|只是上限|仅是上限|仅为上限|only an upper limit|only a ceiling|"
        "just a ceiling|merely a ceiling|just an upper limit|merely an upper limit"
        # a figure only indicative, a plan with no legal force, intent and not a contract
        # ("an indicative figure", "carries no legal obligation", "statements of intent")
        "|indicative figure|indicative sum|indicative amount|indicative number|indicative target|"
        "is indicative|was indicative|are indicative|were indicative|only indicative|"
        "purely indicative|merely indicative|no legal obligation|no legal obligations|"
        "not a legal obligation|not legally obliged|not legally obligated|no legal force|"
        "not a contract|not contractual|non-contractual|"
        "statements of intent|"
        "指示性|意向性|并非合同|不是合同|不具法律效力|没有法律效力|无法律效力|不具备法律效力|"
        "没有法律义务|无法律义务|不构成法律义务|不构成承诺|意向声明"
        # a commitment denied made: "never committed", 从未承诺 (a one-phrase form of
        # `<denial> ... <commitment>`, for a rule that names only `<no-commitment>`)
        "|never committed|never pledged|never promised|did not commit|didn't commit|"
        "has not committed|hasn't committed|had not committed|have not committed|"
        "从未承诺|并未承诺|未曾承诺|不曾承诺|没有承诺过|从来没有承诺|从没有承诺"
        # an aim or a ceiling, not a promise: "an ambition rather than a commitment", "not a
        # final commitment", "the figure is a ceiling", 非最终承诺, 只属……上限, 只是愿景
        "|rather than a commitment|rather than a firm commitment|rather than a pledge|"
        "rather than a promise|ambition rather than|not a final commitment|no final commitment|"
        "is a ceiling|was a ceiling|is an upper limit|was an upper limit|"
        "非最终承诺|并非最终承诺|不是最终承诺|只属 ... 上限|仅属 ... 上限|只属上限|"
        "并非具约束力|并不具约束力|并不具有约束力|只是愿景|仅是愿景|只是一个愿景|愿景而非承诺"
        # nothing settled yet, a figure only a planning aim: "no decision has been made",
        # "nothing has been finalised", 规划性目标, 不代表任何投资承诺
        "|nothing has been finalised|nothing has been finalized|nothing is finalised|"
        "nothing is finalized|nothing was finalised|nothing was finalized|"
        "no decision has been made|no decision had been made|no decision was made|"
        "no final decision|规划性目标|指引性规划|指导性规划|不代表 ... 承诺|并不代表 ... 承诺|"
        "不代表任何投资承诺|尚未就 ... 作出决定|仍未就 ... 作出决定|尚未就 ... 做出决定"
        # an MoU as a status: "only an MoU", 只签署了谅解备忘录 (signing one is fenced: for a
        # pledge it is a step taken, `NOT_INSIDE`; 签署的只是谅解备忘录 is `status`'s)
        "|only an mou|just an mou|merely an mou|only a memorandum|just a memorandum|"
        "merely a memorandum|"
        "只签署 ... 备忘录|"
        "仅签署 ... 备忘录|只签了 ... 备忘录|仅签订 ... 备忘录|只签订 ... 备忘录"
    ),
    # A product reaching its users (`vocab_launch`).
    "launch": LAUNCH,
    "index-inclusion": INDEX_INCLUSION,  # a stock joining an index (`vocab_index`)
    "index-removal": INDEX_REMOVAL,
    # A plan dropped. 喊卡 (Taiwan) is a halt called; 破局, talks broken off.
    "cancellation": phrase_list(
        "cancel|cancelled|canceled|cancelling|canceling|scrap|scrapped|scrapping|call off|"
        "called off|abandon|shelve|shelved|shelving|axe|axed|drop plans|dropped plans|"
        "not in the cards|off the table|no longer on the table|"
        "ditch|pull the plug|terminate|terminated|discontinue|discontinued|wind down|"
        "wound down|nixed|no longer pursue|no longer pursuing|not going to happen|"
        "isn't going to happen|won't happen|will not happen|"
        "取消|放弃|叫停|喊停|终止|搁置|告吹|作罢|不在考虑之列|不再考虑|"
        # a halt called, the English twin of 叫停 and 喊卡 ("halts the plan", "halted")
        "halt|halted|halts|halting|"
        "喊卡|中止|撤销|破局|胎死腹中|无疾而终|不了了之|束之高阁|不可能实现|不可能成真|不会成真|"
        "不会实现"
        # a regulator refusing the plan as filed: "rejected the application", "denied the
        # permit", 驳回申请, 不予批准
        "|reject ... application|reject ... permit|reject ... licence|reject ... license|"
        "reject ... approval|deny ... permit|denied ... permit|deny ... licence|denied ... licence|"
        "deny ... license|denied ... license|deny ... approval|denied ... approval|"
        "refuse ... permit|refused ... permit|refuse ... licence|refused ... licence|"
        "refuse ... license|refused ... license|refuse ... approval|refused ... approval|"
        "turn down ... application|turned down ... application|"
        "驳回 ... 申请|否决 ... 申请|拒绝 ... 申请|不予批准|不予许可|不予核准|未予批准|"
        "拒发 ... 许可"
        # no longer carried on (不再推行裁员), an aim that cannot be reached (目标无法达成)
        "|不再推行|不再进行|不再推进|不再执行|无法达成|目标无法实现|无法实现目标"
        # a plan said not to go ahead or put in doubt: "no longer expects to", "is in doubt",
        # "won't go ahead", 落空, 无从实现
        "|no longer expect|no longer expects|no longer expected|in doubt|won't go ahead|"
        "will not go ahead|not going ahead|落空|无从实现|不会进行"
    ),
    # A deal or plan stuck, paused or scaled back: neither done nor formally dropped.
    "stalled": phrase_list(
        "stalled|stalls|stalling|on ice|on hold|put on hold|paused|in limbo|scale back|"
        "scaled back|pare back|pared back|scale down|scaled down|"
        "hit a snag|hits a snag|hit snags|losing steam|lost steam|lose steam|lost momentum|"
        "losing momentum|set aside|cooled on|fizzled|froze|frozen|freeze|is stuck|are stuck|"
        "remains stuck|remain stuck|got stuck|been stuck|it's stuck|in abeyance|"
        "on the back burner|put the brakes on|puts the brakes on|putting the brakes on|"
        "pumped the brakes|pumps the brakes|hit the brakes|hits the brakes|"
        "停滞|搁置|缩水|缩减规模|缩小规模|冻结|卡关|僵局|停摆|受阻|触礁|陷入停顿|"
        "进展缓慢|踩刹车|踩煞车|打折扣|暂停|卡住|悬而未决|原地踏步|按下暂停键|冰封"
        # a pause: "pauses the programme", "paused all further cuts", 暂停 (above)
        "|pause|pauses|pausing"
        # a service taken back from general use: "pulled back to limited availability",
        # "stopped taking new customers", "paused sign-ups", 改为限量, 暂停接受新客户
        "|back to limited availability|restricted access|stop taking new customers|"
        "stop accepting new customers|no longer accepting new customers|"
        "no longer taking new customers|pause sign-ups|pause signups|pause new sign-ups|"
        "改为限量|改成限量|暂停接受新客户|停止接受新客户|不再接受新客户|暂停接受新用户|"
        "停止接受新用户|暂停新用户注册|暂停开放注册"
        # a plan made smaller: "shrinks its layoff plan", "trims the programme", "pares back"
        "|shrink ... plan|shrinks ... plan|shrank ... plan|shrunk ... plan|shrink ... plans|"
        "shrinks ... plans|shrank ... plans|shrink ... programme|shrinks ... programme|"
        "shrank ... programme|shrink ... program|shrinks ... program|shrank ... program|"
        "trim ... plan|trim ... plans|trim ... programme|trim ... program|trim ... target|"
        "pares back|paring back|scales back|scaling back|"
        "缩减 ... 计划|收缩 ... 计划|缩小 ... 计划"
        # a thing still idle, not restarted: "remains idle", "without resuming", 仍未复产
        "|still idle|remains idle|remained idle|remain idle|sits idle|sat idle|lies idle|"
        "lay idle|stood idle|without resuming|without restarting|"
        "仍未复产|仍未复工|尚未复产|尚未复工|仍处于停产|仍处停产|仍然停产|仍在停产"
    ),
    # One thing put in another's place: a part of gapped cues (`<replacement> ... <commitment>`:
    # a pledge replaced by a smaller deal, 以股权投资取代千亿承诺).
    "replacement": phrase_list(
        "replace|replaces|replaced|replacing|supersede|supersedes|superseded|in place of|"
        # "the stake takes the place of the September commitment", "instead of its letter of
        # intent": the same idea in other words
        "take the place of|takes the place of|took the place of|taking the place of|"
        "instead of|in lieu of|rather than|"
        "取代|替代|取而代之|替换|代替|顶替|而非|而不是"
    ),
    # A party pulling out of a deal. 退出 alone is left out: it is as often an investor's exit
    # or a contract's exit clause (退出渠道, 退出条款) as a withdrawal; rules name what it leaves.
    "withdrawal": phrase_list(
        "pull out|pulled out|pulling out|walk away|walked away|walks away|back out|"
        "backed out|withdraw|withdrew|withdrawn|sit out|sat out|"
        "撤资|抽身|撤出|退场|打退堂鼓|缩手|抽手"
        # no more money put in: 不再投入, 不再追加
        "|不再投入|不再追加投资|不再出资|不再注资"
    ),
    # Jobs cut: the number often sits inside the cue ("cut 20,000 to 30,000 jobs", 裁员约3万人).
    # Taiwan writes 资遣 and 缩编, and 职位 where the mainland writes 岗位.
    "layoffs": phrase_list(
        "lay off|layoff|layoffs|job cuts|cut ... jobs|cut ... positions|cut ... roles|"
        "eliminate ... jobs|slash ... jobs|shed ... jobs|reduce headcount|headcount reduction|"
        "job losses|redundancies|cut ... workforce|reduce ... workforce|trim ... workforce|"
        "slash ... workforce|trim ... jobs|axe ... jobs|cut headcount|"
        "裁员|裁撤|裁减|减员|裁掉 ... 员工|裁减 ... 岗位|削减 ... 岗位|精简人员|"
        "资遣|遣散|缩编|裁汰|精简人力|缩减人力|削减人力|裁减 ... 职位|削减 ... 职位|"
        "裁撤 ... 职位|解雇 ... 员工|人员优化|优化 ... 员工"
        # roles and positions eliminated, staff trimmed: 人手削减 (人手削減), 取消……岗位
        "|eliminate ... roles|eliminate ... positions|eliminate ... workforce|eliminating ... jobs|"
        "eliminating ... roles|eliminating ... positions|"
        "人手削减|削减 ... 人手|裁减 ... 人手|精简 ... 人手|取消 ... 岗位|取消 ... 职位|"
        "裁撤 ... 岗位"
        # "workforce reductions", "staff cuts" ("job reductions" is left out: in "job reductions
        # would now total "around 5,500"" the cue alone confirms what the quoted figure denies)
        "|workforce reduction|workforce reductions|"
        "staff reductions|staff cuts|reduction in force"
        # the passive order and "remove": "jobs were being eliminated", "positions will be
        # eliminated", "remove about 3,000 positions", 岗位将被削减
        "|jobs ... eliminated|positions ... eliminated|roles ... eliminated|"
        "remove ... positions|remove ... jobs|remove ... roles|"
        "岗位 ... 被削减|职位 ... 被削减|岗位 ... 被裁|职位 ... 被裁"
    ),
    # Someone on the record now: a statement, a disclosure (for `reported_by`: a figure said or
    # filed afresh, not repeated as background).
    "statement": phrase_list(
        "said|says|told|tells|telling|according to|stated|statement|disclosed|discloses|"
        "revealed|reveals|confirmed|confirms|described|describes|pointed to|points to|"
        "pointed out|points out|"
        "wrote|noted|acknowledged|acknowledges|explained|explains|"
        "表示|称|披露|揭露|透露|宣布|确认|指出|公布|坦言|声明|"
        "强调|表明|直言|坦承|证实|受访时|写道|"
        # telling investors or the board its figure: a fresh statement too
        "informed|informs|briefed|briefs|pegs ... at|pegged ... at|pegging ... at|"
        "告知|告诉|交底|通报|提到|提及|回应|"
        # explaining to an audience (向投资人说明): 说明 alone is also "shows" (这说明……)
        "向投资人说明|向投资者说明|向股东说明|向市场说明|向外界说明|"
        # a figure given without "said": "indicated", "signalled", "flagged", "laid out", 暗示
        "indicated|indicates|indicating|signalled|signaled|signals|signalling|signaling|"
        "flagged|flags|outlined|outlines|laid out|lays out|spelled out|spelt out|"
        "put the figure at|puts the figure at|暗示|示意|释放信号|放话"
    ),
    # A figure set or changed afresh by its owner (for `reported_by`: a target cut to a new size
    # is news, as a statement is). Chinese: 下调 and 下修 (Taiwan) lower a figure, 锚定 anchors it.
    "revision": phrase_list(
        "cut ... to|cuts ... to|trimmed ... to|trims ... to|lowered ... to|lowers ... to|"
        "reduced ... to|reduces ... to|slashed ... to|slashes ... to|scaled back ... to|"
        "pared back ... to|revised ... to|revises ... to|raised ... to|raises ... to|"
        "set ... at|sets ... at|anchored ... at|anchors ... at|anchors ... near|"
        "anchored ... near|now targets|now expects|now projects|now plans|now sees|"
        "下调至|下调到|下修至|下修到|调降至|调低至|削减至|削减到|缩减至|缩减到|砍到|砍至|"
        "上调至|上修至|锚定|定在|设定为|目标定为|现预计|目前预计"
    ),
    # A plan or an aim: what is not done yet (for `pending`: a plan to launch is no launch, a
    # round still sought is no round closed). Taiwan writes 计画 (計畫) and 规画 for 计划 and 规划.
    "plan": phrase_list(
        "plans to|planned|plan to|planning to|intends to|intend to|aims to|aiming to|"
        "hopes to|hoping to|wants to|set to|seeking|seeks|looking to|trying to|tries to|"
        "in a bid to|attempting to|"
        "计划|计画|拟|打算|准备|寻求|规划|规画|预定|有望|可望|试图|力图|力争|设法"
    ),
    # A deal signed, with no word of how firm it is: "signed a multiyear agreement", "inked a
    # deal", "selects X as its", 签署……协议, 簽約 (签约). A rule for a deal names it among its
    # confirming cues; `<commitment>` alone is only the noun. A deal called non-binding in the
    # same breath is no deal signed (`cues.drop_undone`).
    "deal-signed": phrase_list(
        "sign ... deal|sign ... agreement|sign ... contract|sign ... pact|"
        "ink ... deal|ink ... agreement|ink ... contract|ink ... pact|"
        "strike ... deal|strikes ... deal|struck ... deal|striking ... deal|"
        "strike ... agreement|strikes ... agreement|struck ... agreement|"
        "enter into ... agreement|entered into ... agreement|enters into ... agreement|"
        "seal ... deal|seal ... agreement|clinch ... deal|"
        "announce ... partnership|announcing ... partnership|forge ... partnership|"
        "forging ... partnership|"
        "select ... as its|selects ... as its|selected ... as its|chose ... as its|"
        "chooses ... as its|"
        "签署 ... 协议|签订 ... 协议|达成 ... 协议|签署 ... 合同|签订 ... 合同|签署 ... 合约|"
        "签订 ... 合约|签下 ... 合同|签下 ... 订单|签约|达成 ... 交易|敲定 ... 交易"
    ),
    # A sale or divestment told by the seller (the buyer's side is a `choice` of sale verbs:
    # `buyers`). The bare noun "sale" is left out: "the planned sale ... collapsed".
    "sale": phrase_list(
        "sell ... to|sold ... to|selling ... to|agree to sell|agreed to sell|agrees to sell|"
        "divest|divests|divested|divesting|dispose of|disposed of|disposes of|offload|offloaded|"
        "completed the sale|complete the sale|completes the sale|"
        "出售|出让|转让|剥离|售予|出售给|出售予|售出"
    ),
    # Schedules and delays (`vocab_schedule`); a product ended or kept, a count undercounted
    # (`_lifecycle`).
    **SCHEDULE,
    **LIFECYCLE,
    **CHANGE,  # restarted, raised, approved, missed (`vocab_change`)
    # Choosing oneself: the company's own technology, a pick that rules out every supplier (for
    # `rivals` of a choice: "will run Siri on its own models", 改用自行研发的模型).
    "in-house": phrase_list(
        "its own|own models|own model|own technology|in-house|homegrown|home-grown|"
        "self-developed|internally developed|developed internally|"
        "自研|自行研发|自主研发|自行开发|自主开发|自家模型|自有模型|自家技术|自有技术|内部研发"
    ),
}


def not_inside(name: str, extra: Mapping[str, Iterable[str]] | None = None) -> list[str]:
    """The compounds inside which vocabulary `name`'s phrases do not count: the built-in ones
    (`NOT_INSIDE`), then the user's (`forms`)."""
    builtin = NOT_INSIDE.get(name, ())
    return list(builtin) + [p for p in (extra or {}).get(name + FENCE, ()) if p not in builtin]


def forms(value: object) -> object:
    """`vocabularies:` as written -> {name: phrases}. A vocabulary is a list of phrases, or a
    mapping of `phrases` and `not_inside` (the compounds inside which its phrases mean another
    thing: `delay: {not_inside: [低延迟]}`); the compounds travel under "NAME/not-inside".
    Raises ValueError for a mapping with other keys."""
    if not isinstance(value, dict):
        return value
    out: dict[object, object] = {}
    for name, body in value.items():
        if not isinstance(body, dict):
            out[name] = body
            continue
        unknown = sorted(str(k) for k in body if k not in ("phrases", "not_inside"))
        if unknown:
            raise ValueError(
                f"vocabulary {name!r}: unknown key {unknown[0]!r} (a vocabulary is a list of "
                "phrases, or `phrases:` and `not_inside:` lists)"
            )
        out[name] = body.get("phrases") or []
        if body.get("not_inside"):
            out[f"{name}{FENCE}"] = body["not_inside"]
    return out


def names(extra: Mapping[str, Iterable[str]] | None = None) -> list[str]:
    """Every vocabulary a phrase may name: the built-in ones and the user's."""
    return sorted({*BUILTIN, *(n for n in extra or {} if not n.endswith(FENCE))})


class UnknownVocabulary(ValueError):
    """A phrase names a vocabulary that neither watch nor the rules define."""


def refs(phrase: str) -> list[str]:
    """The vocabulary names a phrase refers to ("<denial> ... <commitment>" -> both)."""
    return REF.findall(phrase)


def parts(phrase: str) -> list[str]:
    """The parts of a gapped cue ("cut ... jobs" -> ["cut", "jobs"]); one part without a gap."""
    return [p.strip() for p in phrase.replace("\u2026", GAP).split(GAP)]


def words(name: str, extra: Mapping[str, Iterable[str]] | None = None) -> list[str]:
    """The phrases of vocabulary `name`: built-in ones first, then the user's. Raises
    UnknownVocabulary for a name neither defines."""
    extra = extra or {}
    if name not in BUILTIN and name not in extra:
        known = ", ".join(f"<{n}>" for n in names(extra))
        raise UnknownVocabulary(f"no vocabulary <{name}> (known: {known})")
    builtin = BUILTIN.get(name, ())
    return list(builtin) + [p for p in extra.get(name, ()) if p not in builtin]


def shapes(phrase: str, extra: Mapping[str, Iterable[str]] | None = None) -> list[list[list[str]]]:
    """What a rule's phrase stands for: a list of shapes, each a list of parts (one part: a
    contiguous phrase; more: a gapped cue), each part the plain phrases any of which fills it.

    "launch" -> [[["launch"]]]; "<layoffs>" -> one shape per entry, "cut ... jobs" among them as
    [["cut"], ["jobs"]]; "<denial> ... <commitment>" -> one shape of two parts, each a whole
    vocabulary (a gapped entry inside a part is left out: gaps do not nest). Raises
    UnknownVocabulary."""
    pieces = parts(phrase)
    if len(pieces) == 1:
        m = REF.fullmatch(pieces[0])
        if m is None:
            return [[[pieces[0]]]]
        return [[[p] for p in parts(entry)] for entry in words(m.group(1), extra)]
    return [[[p for p in expand(piece, extra) if GAP not in p] for piece in pieces]]


def expand(part: str, extra: Mapping[str, Iterable[str]] | None = None) -> list[str]:
    """The plain phrases one part of a cue stands for: a `<name>` is its vocabulary, anything
    else itself. Raises UnknownVocabulary."""
    m = REF.fullmatch(part.strip())
    return words(m.group(1), extra) if m else [part.strip()]
