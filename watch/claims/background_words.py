"""Background words: the marker phrases that set a cue in the past (`BACKGROUND` before what it
dates, `BACKGROUND_CLAUSE` for the rest of its clause, `BACKGROUND_POST` after it,
`BACKGROUND_SETTING` for a whole sentence) and the whole a sentence's news is part of (`FRAME`,
`FRAME_POST`). `markers.marker_lexicon` files them under their kinds.
"""

from __future__ import annotations


def words(text: str) -> tuple[str, ...]:
    """A `|`-separated list of marker phrases, as the lexicons here and in `markers` write them."""
    return tuple(text.split("|"))


# Background markers that govern what follows them ("previously announced", 此前宣布) ...
BACKGROUND = words(
    "previously|earlier|back in|originally|initially|had announced|had pledged|had agreed|"
    "had committed|had said|had planned|had promised|once said|first announced|"
    "already announced|已于|此前|曾|曾经|早前|之前|去年|先前|早些时候|原本|最初|当时|原先|"
    "早在|up from|down from|compared with|compared to|previous|prior|below the|above the|"
    "较此前|高于此前|低于此前|has since|had since|originally planned|original plan|"
    "original timetable|原计划|原定|原订|原本计划|原计画|原本计画|个月前|个多月前|年前|"
    "最近一轮|上一轮|last round|previous round|当初|起初|早先|"
    # early in the publication's month, as "earlier this month" is (本月初，中国银行宣布……)
    "本月初|本月稍早|本月早些时候|本月较早前|"
    # a look back opens a recap: 回顾来看，……; "Looking back, ..."
    "回顾来看|回头来看|回头看|回望|looking back|in retrospect|in hindsight|"
    # an expectation in the pluperfect is the plan that was ("V4, which insiders had expected to
    # debut around the holiday"), as "had planned" is
    "had expected|had been expected|原本预计|原预计|原本预期|"
    # ... and so is an aim or a pencilled-in date in the pluperfect ("had aimed for it to run
    # above 80%", "had pencilled in a restart before the end of June"; 原目标, 原本打算)
    "had aimed|had been aiming|had targeted|had pencilled in|had penciled in|had slated|"
    "had scheduled|原目标|原本打算|原打算|原先计划|原先预计|"
    # a plan that should have been ("the cuts that were supposed to be done by end-2026", 本应于
    # 年底完成) is the original plan too
    "was supposed to|were supposed to|had been supposed to|was meant to|were meant to|"
    "had been meant to|本应|本该|"
    # a habit of past years is background to this year's claim ("has historically met its goals")
    "historically|has usually|have usually|has typically|过去几年|过去数年|过去多年|历来|向来|"
    # an experience had (V+过, as 曾 marks it): 经历过一次被宣告无效的波折, 曾遭遇过停产; "had once
    # been", "has been through" (通过, 超过, 不过 hold no such verb; `NOT_BACKGROUND` fences 有过半)
    "经历过|遭遇过|遭受过|经受过|有过|出现过|曾经历|"
    "had once|has once been|have once been|has been through|have been through|had been through|"
    "has gone through|have gone through|had gone through"
)
# ... and those that date the rest of their clause ("comes two months after OpenAI completed ...").
BACKGROUND_CLAUSE = words(
    "months after|weeks after|years after|days after|comes after|came after|in the wake of|"
    "months since|weeks since|个月后|之后不久|"
    # "After a recent fundraising lifted its valuation to $730 billion, ...": the scene, not news
    "after a recent|after its recent|after the recent|following a recent|following its recent|"
    "following the recent|在近期|在最近|继近期|继最近|"
    # ... and its other framings: "Fresh from a round that lifted its valuation to $730 billion",
    # "With a recent fundraising having lifted it to ...", "on the heels of a record raise"
    "fresh from a|fresh from its|fresh off a|fresh off its|fresh from the|fresh off the|"
    "with a recent|with its recent|with the recent|on the heels of|coming off a|coming off its|"
    # "Globex, which has said it invested $30 billion, ...": a statement recalled in passing, as
    # 曾表示 recalls one in Chinese
    "which has said|who has said|which has previously said|who has previously said|"
    "which had said|who had said|"
    # "Amazon has said it expects ...": a statement recalled (a fresh one is "said", "says"), as
    # 曾表示 is; "comes a month after Alibaba said it would invest ..."
    "has said|have said|has previously said|has long said|has repeatedly said|"
    # ... and a promise recalled so: "SAP has promised that ...", "management has guided to GA
    # in Q2" (a fresh one is "promised", "pledges", "guides")
    "has promised|have promised|has pledged|have pledged|has guided|have guided|"
    "has committed|have committed|"
    "a month after|a week after|one month after|just weeks after|"
    # a round named by a past verb of its own: "OpenAI's latest round valued it at $852bn"
    "latest round valued|latest round gave|most recent round valued|most recent round gave|"
    "latest funding round valued|latest funding round gave|most recent funding round valued|"
    "most recent funding round gave|last funding round valued|last round valued|"
    # what a debate or the news "has been about" is known already: "Much of the recent debate
    # has been about the dividend proposal of EUR 2.00"; 近期讨论一直围绕……
    "has been about|have been about|has centred on|has centered on|have centred on|"
    "have centered on|has revolved around|have revolved around|has been dominated by|"
    "一直围绕|一直聚焦于|一直集中在|焦点一直是|焦点一直在|讨论多围绕|讨论多集中在"
)
# ... and those that follow what they date ("the deal announced last year").
BACKGROUND_POST = words(
    "last year|earlier this year|at the time|a year ago|months ago|announced in|"
    "announced last|which closed|was announced|were announced|announced earlier|"
    "unveiled last|unveiled in|had cited|previously cited|it had|had been|"
    # "valued at $500 billion in its last funding round": the round before this one
    "its last|its previous|its prior|their last|their previous|"
    # "valued at $852 billion after its most recent funding round": the round the figure came from
    "after its latest|after its most recent|after their latest|after their most recent|"
    "following its latest|following its most recent|last private round|last funding round|"
    "in past years|in previous years|in prior years|in years past"
)
# The whole that a sentence's news is a part of ("invest $50 billion as part of a $100 billion
# raise", 作为1000亿美元融资的一部分): its figure frames the news, it is not news itself. Only
# the figure right after (FRAME) or before (FRAME_POST) counts: "As part of the deal, Nvidia
# invests $30 billion" opens with one and is still news.
FRAME = words("as part of|forms part of|form part of|formed part of|forming part of")
FRAME_POST = words("的一部分|的一环")
# Words that set a whole sentence in the past, wherever they stand before its news ("Under that
# arrangement, Reuters reported at the time, Nvidia was to ...").
BACKGROUND_SETTING = words("at the time,|at that time|back then|那时|彼时|当时的")
NOT_SETTING = words("at the time of")  # words that contain one of those but date nothing
