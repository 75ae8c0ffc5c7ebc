"""The small words that change what a sentence means: negation, hedges, questions,
background and clause markers; finding them in a sentence and deciding which phrase they govern.
Works on normalised text (`watch.claims.text.normalise`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from watch.claims.automata import Phrases
from watch.claims.background_words import (
    BACKGROUND,
    BACKGROUND_CLAUSE,
    BACKGROUND_POST,
    BACKGROUND_SETTING,
    FRAME,
    FRAME_POST,
    NOT_SETTING,
    words,
)
from watch.claims.denied_odds import NOT_NEGATED_ODDS, NOT_RULED_OUT, ODDS_DENIED
from watch.claims.false_markers import PLAN_HELD, false_marker
from watch.claims.first_report import FIRST_REPORT
from watch.claims.refusals import NOT_REFUSALS, REFUSALS
from watch.claims.reported import bare_rumour
from watch.claims.text import accept_hit, normalise, reading_width

# The end of a clause inside a sentence: a semicolon, a colon, a dash or a full stop.
CLAUSE_END = re.compile(r"[;:—；：。]")

# --- the words around a cue -------------------------------------------------------------------


NEGATORS = words(
    "not|n't|never|no|no longer|without|neither|nor|nothing like|far from|instead of|"
    "rather than|不|没|没有|未|并未|尚未|从未|无|非|并非|绝非|不会|不是|而非|而不是|"
    # "not enough to support": 不足 alone is "under" (不足100亿), 不足以 negates its verb
    "不足以|"
    # a likelihood denied before its verb ("is unlikely" is after it): "unlikely to be completed",
    # 恐难如期, 料难于, 难以达成协议 (a stated expectation that it will not happen, so no hedge:
    # stronger than "may not", which `MODAL` hedges)
    "unlikely to|not likely to|恐难|料难|难以|"
    # sarcasm that says the thing did not hold: "So much for holding fares at last year's level"
    "so much for|"
    # a verb's contracted negation, which "n't" alone, inside its word, never matches ("there
    # won't be a shutdown", "it isn't planning a sale")
    "won't|wouldn't|can't|couldn't|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|"
    "haven't|hadn't|shouldn't|mustn't|cannot"
)
# A guarantee denied governs the whole clause it guarantees, however long its object ("no
# assurance that it will enter into definitive agreements on the partnership or other
# investments", 无法保证会就合作或其他潜在投资签订最终协议).
NEGATORS_WIDE = words(
    "no assurance|no guarantee|cannot guarantee|can't guarantee|cannot assure|not guaranteed|"
    "无法保证|不能保证|不保证|无法确保|不能确保|难以保证|难以确保|"
    # Taiwan and Hong Kong wording
    "无法担保|不能担保"
)
# Words after a predicate that negate it (年内挂牌已无可能: "a listing this year is off").
NEGATORS_POST = (
    words(
        "无望|已无可能|无可能|不可能|落空|泡汤|告吹|off the table|is unlikely|are unlikely|"
        "looks unlikely|now unlikely|unlikely.|unlikely,|破局|"  # 已不太现实: "no longer realistic"
        "化为泡影|不太现实|不现实|已不可能|不切实际|no longer realistic|not realistic|unrealistic"
    )
    + ODDS_DENIED
)
# Verbs that negate a whole reported clause ("denied a report that it would delay ...").
DENIALS = words(
    "denied|denies|deny|denying|rejected|rejects|ruled out|rules out|dismissed|dismisses|"
    "refuted|false|否认|驳斥|辟谣|不实|否定|"
    "reject|rejecting|vote down|votes down|voted down|voting down|否决|"  # a proposal turned down
    # Taiwan and Hong Kong wording
    "不属实|反驳"
)
# A Chinese A-not-A question asks without a question mark (能不能赶上三季度, 会不会延期): the
# 不/没 inside it negates nothing (`NOT_NEGATORS`).
A_NOT_A = words(
    "能不能|会不会|是不是|要不要|有没有|可不可以|该不该|行不行|赶不赶得上|来不来得及|来不来得|"
    "能不能够|会否|算不算|成不成"
)
# Open doubt about an outcome ("whether it makes Q3 is hard to say", 很难说): a hedge anywhere.
DOUBT = words(
    "hard to say|hard to tell|remains to be seen|remain to be seen|很难说|难说|不好说|说不准|"
    "说不好|难以预料|尚难预料|难以确定|仍是未知数|还是未知数|未知之数|存在变数|仍有变数"
)
# Words that contain a Chinese negator character but negate nothing.
NOT_NEGATORS = (
    words(
        "不断|不仅|不少|不过|不久|不但|不管|不论|不得不|不到|不足|无论|非常|未来|无疑|不同|"
        "非营利|并非只|不止|无限|not only|no doubt|not just|"
        # "not only" as Taiwan and Hong Kong write it
        "不只|不单|不光|"
        # 无人 as "unmanned" (无人驾驶 driverless, 无人机 drone, 无人车): a built-in fence, not
        # "nobody"; 无人 alone (无人认领, "no one claimed") still negates
        "无人驾驶|无人车|无人机|无人计程车|无人出租车|无人的士|无人巴士|无人货车|无人配送|"
        "无人送货|无人化|无人船|无人艇|无人商店|无人超市|无人零售|"
        # 难以 negates its verb, but "unavoidable", "unimaginable" assert (推迟难以避免, 难以想象)
        "难以避免|难以想象|难以置信|难以估量"
    )
    + NOT_NEGATED_ODDS
    + A_NOT_A
    + words("不好说|说不准|说不好|说不定")
    + NOT_REFUSALS
)
# Words that contain a background marker but date nothing: "no earlier than 2028" is a bound.
NOT_BACKGROUND = words(
    "earlier than|sooner than|earlier-than|"
    # 原本的协议, 最初的千亿美元协议: "the original agreement", an adjective of the noun (as the
    # English "original" is), not an adverb that sets the verb in the past (原本计划, 最初宣布)
    "原本的|最初的|原先的|"
    + PLAN_HELD  # (it ends with its "|")
    # 过 that starts a word of its own after an experiential verb (`BACKGROUND`'s 经历过, 有过):
    # 经历过去三年, 有过半数, 遭遇过度竞争 date nothing
    + "|".join(
        f"{verb}过{tail}"
        for verb in ("经历", "遭遇", "遭受", "经受", "有", "出现")
        for tail in "去半多高低剩度渡户期境程热量滤敏错失夜节年后关"
    )
)
# The words of a negotiation under way: a hedge on a claimed fact, but for a claim that is
# itself a reported deal (`stage: talks`) how its terms are reported, not a doubt about them.
NEGOTIATION_WORDS = words(
    "in talks|talks to|advanced talks|negotiations|in discussions|discussing|discussed|"
    "discusses|negotiating|"
    "nears|nearing|close to a deal|close to finalizing|close to finalising|close to completing|"
    "close to closing|close to sealing|close to signing|closing in on|"
    "接近|商谈|谈判|洽谈|磋商|讨论|"
    # Taiwan and Hong Kong wording: 洽商 (negotiating)
    "洽商|协商|商讨|"
    # a deal under way, not closed: "is raising $100 billion", 正在进行一轮融资
    "is raising|are raising|is finalizing|is finalising|are finalizing|are finalising|"
    "in the process of|正在进行|正进行|正在募资|正在融资|正在筹集|正在筹资|进行中"
)
NEGOTIATION = frozenset(NEGOTIATION_WORDS)
# Deliberation, negotiation and rumour: nothing decided yet.
SPECULATION = NEGOTIATION_WORDS + words(
    "considering|considers|consider|weighing|mulling|mulls|exploring|explores|"
    "rumored|rumoured|rumor|rumors|rumour|rumours|speculation|speculated|"
    "would consider|hopes to|if |seeking|seeks|looking to|betting on|bets on|price in|"
    "priced in|prediction market|some say|some analysts|predicted|predicts|predict|有观点|观点认为|"
    "预测|寻求|有意|有人说|有人认为|推测|猜测|或将|考虑|据传|传闻|传言|盛传|传出|酝酿|"
    # circulated online or outside, as 据传 (网传裁员8000人: the rumour's figure)
    "网传|外传|坊间传闻|"
    # ... and what the market says: 市场传Grab或再裁员, 市传, 坊间传 (市場傳)
    "市场传|市传|坊间传|"
    # options weighed, a change among them (包括改为配售等选项, "options including a cut"): none
    "options including|options include|options such as|alternatives including|选项包括|等选项|"
    "备选方案|"
    # Taiwan and Hong Kong wording: 研议 (weighing)
    "研议|研拟|评估是否"
)
# A wish: "Altman wants OpenAI to list in the fourth quarter", 希望在第四季上市, 寄望的IPO. For
# the claim's own terms it is the aim already known, a hedge; for other terms ("Altman wants
# September") it still departs from the claim (`hedges.hedge_and_source`).
WISH = frozenset(words("wants|wanted|hopes|hoped|hoping|hoped-for|希望|寄望|盼望|期盼"))
SPECULATION += tuple(WISH) + DOUBT
# Modal and expectation: a likely outcome, not a fact. (A separate kind so that a future
# calibration can weigh them apart; today both weigh the same.)
MODAL = words(
    "may|might|could|potential|potentially|possibly|possible|expect|expects|expected|"
    "expectations|forecast|forecasts|可能|预计|预期|有望|或许|也许|"
    # 或 + a verb of amount: "may reach / may exceed / may raise" (最高或达1000亿美元)
    "或达|或将达|或高达|或超|或超过|或逾|或募|或募资|或募集|"
    # 或 + a verb in a headline: "may be / may start / may list" (或为千亿融资一部分, 或启动上市)
    "或为|或成|或成为|或启动|或推出|或上市|或推迟|或延后|或于|或获|或投资|或加入|或参与|"
    # ... and "may again" (或再裁员, 或再度融资)
    "或再|或再度|或再次|"
    # Taiwan and Hong Kong wording: 可望 and 预估 for 有望 and 预计, 料将 (expected to)
    "可望|预估|料将|恐将|"
    # an expectation of what is still ahead: "should still arrive", 应该仍会推出
    "should|should still|应该|应会|应当会|理应|说不定"
)
# "would": a conditional or a future in the past ("a raise that would value it at", "the talks
# would form part of"). A hedge on a claim that something happened; for a claim that is a plan,
# it is how plans are reported ("said it would list in the fourth quarter").
CONDITIONAL = words("would|would be|'d|若|如果|倘若|假如|一旦|even if|即使|即便|就算|哪怕")
ATTRIBUTION = words(
    "reportedly|according to|sources said|people familiar|person familiar|"
    "people with knowledge|said to be|is said to|people close to|the information|据悉|据报道|"
    "据称|消息人士|知情人士|援引|报道称|据了解|被指|根据|"
    # the source named after the verb ("..., TD Cowen analysts wrote"), 据报, 據報導
    "told investors|told analysts|told reporters|analysts wrote|analysts said|analyst said|"
    "analysts say|wrote in a note|said in a note|"
    "reported last|reported on|reported that|据报|据报导|报导称|据外媒|外媒报道|外媒报导|"
    "媒体报道|媒体报导|"
    # Taiwan wording: 引述 for 援引, 外电 (wire services), 消息来源 (sources)
    "引述|外电报导|外电报道|消息来源|消息指出"
)
# "according to" that is "depending on": 根据市场情况(动态调整), "adjusted according to market
# conditions" names a condition the plan answers to, not a source
NOT_ATTRIBUTION = words(
    "根据市场情况|根据市场状况|根据市场环境|根据市场需求|根据市场变化|根据业务进展|根据业务需要|"
    "根据业务发展|根据实际需要|根据实际情况|根据需要|根据情况|根据具体情况|根据项目进展|"
    "根据经营情况|根据客户需求|根据进展|"
    # ... and 根据 as "grounds" in a denial: 毫无根据, 并无事实根据 (no source there either)
    "毫无根据|没有根据|并无根据|无根据|事实根据|"
    # ... and a filing's grounds in its own accounts: 根据对本集团……之初步评估 (no source)
    "根据对本集团|根据对本公司|根据本集团|根据本公司|"
    # ... and the rule a filing is made under: 根据《上市规则》第13.09条 (its legal ground)
    "根据上市规则|根据《上市规则|根据证券及期货条例|根据《证券及期货条例|"
    # ... and the deal's own terms: 根据协议，诺华将支付……("under the agreement") states what the
    # deal provides, not who told it
    "根据协议|根据该协议|根据此协议|根据上述协议|根据本协议|根据合同|根据该合同|根据协议条款|"
    "根据交易条款|根据合约|根据该合约|"
    "according to market conditions|according to demand|according to business needs|"
    "according to need|according to needs|according to actual needs|according to circumstances|"
    "according to progress|according to the agreement|according to the deal|"
    "according to the terms|according to the contract"
)
# Words that hold 市传 and say nothing of a rumour: 城市传媒, 都市传说, 超市传单
NOT_SPECULATION = words("城市传|都市传|超市传|上市传")
# ... and an indirect question's interrogatives (什么时候取消, 何时恢复; "how soon": `answers`)
_ASKS = (
    "什么时候|甚么时候|啥时候|何时|几时|何日|何年何月|how soon|how quickly|how long until|"
    "how long before"
)
QUESTION = (
    words("?|？|吗|是否|能否|会不会|是不是|whether|will it|can it|与否|可否|" + _ASKS) + A_NOT_A
)
# Words that introduce someone's earlier claim; a cue quoted right after one is not news.
QUOTE_INTRO = words(
    "claimed|claims that|the claim|predicted|promised|pledged|vowed|boasted|had said|"
    "once said|the promise|the prediction|声称|宣称|预言|放话|曾表示|扬言|曾承诺|曾称|预测|"
    "誓言|夸口|夸下海口"
)
CLAUSE_BREAKS = ",;:—，；："
CLAUSE_WORDS = words(" but | however| while | whereas |但|但是|然而|而是|不过")


@lru_cache(maxsize=1)
def marker_lexicon() -> dict[str, tuple[str, ...]]:
    """Every marker phrase (normalised) -> the kinds it belongs to."""
    kinds: dict[str, list[str]] = {}
    for kind, phrases in (
        ("negation", NEGATORS),
        ("negation", REFUSALS),  # "declined to suspend", 拒绝暂停: the verb refused
        ("denial", DENIALS),
        ("negation_post", NEGATORS_POST),
        ("negation_wide", NEGATORS_WIDE),
        ("not_negation", NOT_NEGATORS),
        ("not_background", NOT_BACKGROUND),
        ("not_attribution", NOT_ATTRIBUTION),
        ("not_speculation", NOT_SPECULATION),
        ("speculation", SPECULATION),
        ("modal", MODAL + NOT_RULED_OUT),  # "has not ruled out a delay", 不排除延期
        ("conditional", CONDITIONAL),
        ("attribution", ATTRIBUTION),
        ("question", QUESTION),
        ("background", BACKGROUND + FIRST_REPORT),  # "First came the report that ..."
        ("background_post", BACKGROUND_POST),
        ("background_clause", BACKGROUND_CLAUSE),
        ("background_setting", BACKGROUND_SETTING),
        ("frame", FRAME),
        ("frame_post", FRAME_POST),
        ("not_background_setting", NOT_SETTING),
        ("quote_intro", QUOTE_INTRO),
        ("clause", CLAUSE_WORDS),
    ):
        for word in phrases:
            kinds.setdefault(normalise(word), []).append(kind)
    return {w: tuple(k) for w, k in kinds.items()}


@dataclass(frozen=True)
class Marker:
    """A negation, hedge, question, background or clause word found in a sentence."""

    kind: str
    word: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _marker_automaton() -> Phrases:
    return Phrases((word, (word, kinds)) for word, kinds in marker_lexicon().items())


def find_markers(norm: str, start: int, end: int) -> list[Marker]:
    """The marker words in norm[start:end], with the words that merely contain a negator
    character (不断, 未来) removed."""
    automaton = _marker_automaton()
    found: list[Marker] = []
    for stop, (word, kinds) in automaton.iter(norm, start, end):
        first = stop - len(word) + 1
        if word.strip() != word:
            last = accept_hit(norm, first, first + len(word.rstrip()))
        else:
            last = accept_hit(norm, first, stop + 1)
        if last < 0 or false_marker(norm, first, word):
            continue
        found.extend(Marker(kind, word, first, stop + 1) for kind in kinds)
    if not any(m.kind == "attribution" for m in found):
        # a 传 in a sentence already given to its sources is that report, not a second doubt
        found.extend(Marker("speculation", "传", a, b) for a, b in bare_rumour(norm, start, end))
    shields = {
        kind: [m for m in found if m.kind == shield]
        for kind, shield in (
            ("negation", "not_negation"),
            ("background", "not_background"),
            ("attribution", "not_attribution"),
            ("speculation", "not_speculation"),
            ("background_setting", "not_background_setting"),
        )
    }

    def shielded(m: Marker) -> bool:
        return any(s.start <= m.start and m.end <= s.end for s in shields.get(m.kind, ()))

    kept = [m for m in found if not m.kind.startswith("not_") and not shielded(m)]
    return [_split_a_not_a(norm, m) for m in kept]


def _split_a_not_a(norm: str, m: Marker) -> Marker:
    """An A-not-A question with the verb's object after it (裁不裁员, 开不开放, 投不投产): the
    character before 不 comes again right after it, so it asks, the way 能不能 does; the 不
    negates nothing. The listed forms (`A_NOT_A`) are whole words; this is their open set."""
    if m.kind != "negation" or m.word != "不" or m.start < 1 or m.end >= len(norm):
        return m
    verb = norm[m.start - 1]
    if verb != norm[m.end] or not "\u4e00" <= verb <= "\u9fff" or verb == "不":
        return m
    return Marker("question", f"{verb}不{verb}", m.start - 1, m.end + 1)


def clause_break(norm: str, a: int, b: int, markers: list[Marker]) -> bool:
    """True when a comma, semicolon, colon, dash or a word like "but"/但 separates a and b."""
    a, b = min(a, b), max(a, b)
    if any(c in CLAUSE_BREAKS for c in norm[a:b]):
        return True
    if _CJK_SPACE.search(norm, a, b):  # a headline's clauses: 今年稍晚上市 千亿投资已不在考虑之列
        return True
    return any(m.kind == "clause" and a <= m.start and m.end <= b for m in markers)


_CJK_SPACE = re.compile(r"[\u3400-\u9fff]\s+[\u3400-\u9fff]")


def scoped(
    norm: str,
    markers: list[Marker],
    kind: str,
    start: int,
    end: int,
    *,
    reach: int,
    side: str = "before",
) -> Marker | None:
    """The marker of `kind` that governs the phrase at norm[start:end]: on `side` of it
    ("before" or "after"), within `reach` (see `reading_width`) and in the same clause."""
    for m in markers:
        if m.kind != kind or (m.start < end and start < m.end):
            continue
        if side == "before" and m.end <= start:
            a, b = m.end, start
        elif side == "after" and m.start >= end:
            a, b = end, m.start
        else:
            continue
        # the reading width is never less than the length: a gap longer than `reach` needs no count
        if (
            b - a <= reach
            and reading_width(norm[a:b]) <= reach
            and not clause_break(norm, a, b, markers)
        ):
            return m
    return None
