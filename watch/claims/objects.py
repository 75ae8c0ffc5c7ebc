"""What a contradicting verb acts on. "Microsoft made Copilot Cowork generally available and
scrapped per-user pricing for it": "scrapped" is a word of cancellation, but what it cancels is a
price, not the launch the claim tracks. A verb's object that names none of the claim's subject,
no event or plan of the kind claims track and no pronoun for one is another thing; the cue is
then no evidence. A confirming cue that is the verb's object ("halts remaining layoffs") is what
it acts on, not evidence of its own (`governed`); the date a delay moves the event to ("will slip
to 2027") is the delay's (`delayed_to`). A report is what a denial acts on ("denied a media report
that ..."): it stands for what it reported. A verb of slipping whose subject is a financial figure
("as quarterly revenue slips", 营收下滑) moves the figure (`metric_subject`). Pure helpers for
`context` and `engine`, over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.clauses import lifted
from watch.claims.fell_through import collapse_of
from watch.claims.metric_moves import metric_subject
from watch.claims.quoted_status import in_quoted_name
from watch.claims.signals import EvidenceKind, Hit, Item, TermKind
from watch.claims.undecided_timing import TIMING_UNDECIDED
from watch.models import Stance

# The words an English object stops at: a preposition, a conjunction, a clause's punctuation.
_EN_OBJECT = re.compile(
    r"\s+((?:(?!(?:for|in|into|to|from|on|at|with|by|until|till|after|before|and|or|but|as|"
    r"because|over|amid|while|since|through|until|indefinitely|again|altogether|entirely|"
    r"last|this|next|earlier|later|once|so|that|which|who)(?![\w'-]))[\w'$.%-]+\s*){1,5})"
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_DETERMINERS = _words(
    "the a an its their his her our simple plain existing current old new previous flat"
)
# What claims are about: an event, a plan, a deal, a product, or a word that stands for one.
_EN_THINGS = _words(
    """launch launches release releases rollout roll-out debut plan plans deal deals agreement
    agreements pact ipo listing offering float flotation product products feature features project
    projects programme program investment investments funding round raise partnership tie-up
    talks negotiations timeline timetable schedule date decision commitment commitments pledge
    stake effort efforts work development availability preview service services app model models
    agent agents assistant it them this that those these everything all idea arrangement contract
    merger acquisition purchase bid order orders event keynote expansion rollouts version
    upgrade update integration support deliveries delivery shipments production"""
)
# What a denial acts on when it denies a telling: the report stands for what it reported
# ("denied a media report that ...", "rejected speculation").
_EN_TELLINGS = _words(
    """report reports story stories speculation rumour rumours rumor rumors suggestion
    suggestions claim claims article account accounts"""
)
_EN_DENIAL_VERB = re.compile(r"^(?:deni|deny|reject|dismiss|refut|disput)")
# ... unless it is told to be about a thing ("a report on its pay policy") none of the claim's
_ABOUT = re.compile(r"\s*(?:on|about|over|regarding|into)\s+([^,;:.!?]{1,60})")


def _told_about_other(norm: str, hits: list[Hit], at: int) -> bool:
    """True when the report before norm[at] is said to be about a topic naming nothing of the
    claim's (no name, no cue)."""
    m = _ABOUT.match(norm, at)
    if m is None:
        return False
    start, end = m.span(1)
    return not any(
        h.entry.kind in (TermKind.ALIAS, TermKind.CUE) and start <= h.start < end for h in hits
    )


# A Chinese object runs to the next punctuation or 的; a closing quotation mark ends it.
_ZH_OBJECT = re.compile(r"了?([^\s，。！？；：,.;:!?、的\"“”'‘’「」『』]{1,10})")
_ZH_TIME_LEAD = re.compile(r"[至到于在将再原\d一二两三四五六七八九十数几半今明去本下上]")
_ZH_THINGS = re.compile(
    r"发布|上线|推出|计划|计画|协议|合同|交易|合作|上市|投资|融资|产品|功能|项目|承诺|时间|日期|安排|"
    r"谈判|订单|它|其|该|此|这|服务|模型|版本|升级|更新|集成"
)


# Only a verb has an object: an English past or present form, a Chinese verb of ending.
# ("froze hiring", 冻结了招聘: a freeze of another thing than the claim's, as a halt is)
_EN_VERB = re.compile(r"[a-z]+(?:ed|s)$|(?<![a-z])(?:froze|frozen|freeze)$")
_ZH_VERB = re.compile(r"(?:取消|暂停|放弃|叫停|砍掉|停止|终止|撤回|撤销|注销|下架|废除|结束|冻结)$")


def other_object(norm: str, hits: list[Hit], item: Item) -> str | None:
    """The object of a contradicting verb when it is another thing than the claim's, in a
    sentence that also confirms (the news and a change beside it), else None."""
    if item.kind is not EvidenceKind.CUE or item.stance != Stance.CONTRADICTS:
        return None
    names = [h for h in hits if h.entry.kind in (TermKind.ALIAS, TermKind.RIVAL)]
    cue = norm[item.start : item.end]
    if cue.isascii():
        # "dropped the": a cue may end on the object's determiner; the verb is the word before
        verb = cue.rsplit(" ", 1)[0] if cue.rsplit(" ", 1)[-1] in _DETERMINERS else cue
        if not _EN_VERB.search(verb) or cue.rsplit(" ", 1)[-1] in _EN_TELLINGS:
            return None  # (a denial that names its report: "rejects reports of ...")
        m = _EN_OBJECT.match(norm, item.end)
        if m is None:
            return None
        words = [w.strip(".$%") for w in m.group(1).split()]
        content = [w for w in words if w not in _DETERMINERS]
        if not content or any(w in _EN_THINGS or w.replace(".", "", 1).isdigit() for w in content):
            return None
        told = _EN_DENIAL_VERB.match(verb) and any(w in _EN_TELLINGS for w in content)
        if told and not _told_about_other(norm, hits, m.end()):
            return None
    else:
        if not _ZH_VERB.search(cue):
            return None
        m = _ZH_OBJECT.match(norm, item.end)
        if m is None or _ZH_TIME_LEAD.match(m.group(1)) or _ZH_THINGS.search(m.group(1)):
            return None
    start, end = m.span(1)
    if any(h.start < end and start < h.end for h in names):
        return None
    # an object holding a confirming cue is the claim's own thing ("halts remaining layoffs")
    if any(
        h.entry.kind is TermKind.CUE
        and h.entry.key == Stance.CONFIRMS.value
        and (
            (h.start < end and start < h.end)
            or (h.start >= item.end and _object_of(norm, item, h, hits))
        )
        for h in hits
    ):
        return None
    return m.group(1).strip()


# A passive cancellation acts on its subject: "the repurchased shares will be cancelled",
# "treasury shares cancelled.", 回购股份将予注销 / 已被取消. The head noun before the verb (an
# English auxiliary, or a Chinese 被/予/予以, stands between) is what is cancelled; when it is no
# name of the claim's, no event or plan word and no pronoun, the claim's programme is untouched.
_EN_PASSIVE = re.compile(
    r"([a-z][\w'-]*)\s+(?:(?:will|would|shall|are|is|were|was|to|have|has|had|been|be|"
    r"being|then|also|subsequently|duly|all|each|now)\s+){0,3}$"
)
_EN_AUXILIARY = re.compile(r"(?<![a-z])(?:be|been|being|is|are|was|were)\s+(?:[a-z]+\s+)?$")
# a bare participle after its noun ("shares cancelled") only at a clause's end: "MTN cancelled
# the buyback" is an actor and its object
_EN_BARE_END = re.compile(r"\s*(?:[,.;:)]|and\s|$)")
_EN_NOUN_PHRASE = re.compile(
    r"(?:^|[,;:]\s*|(?<![a-z])(?:the|a|an|its|their|his|her|our|all|any|such|these|those)\s+)"
    r"(?:[\w'-]+\s+){0,3}[a-z][\w'-]*(?<!ed)$"
)
_EN_PHRASE_TAIL = re.compile(
    r"(?<![a-z])(?:of|to|in|for|on|at|from|with|by|into|about)\s+(?:[\w'-]+\s+){0,2}$"
)
_EN_PRONOUNS = _words(
    """they it which that this these those all both each who what only just not never soon then
    later must can could may might should also yet still"""
)
_EN_PARTICIPLE = re.compile(r"(?:ed|en|ped|t)$")
_ZH_PASSIVE = re.compile(
    r"([^\s，。！？；：,.;:!?、]{1,8}?)(?:将|已|已经|均|全部|会|随后|亦|也)*(?:被|予以|予)$"
)


def passive_subject(norm: str, hits: list[Hit], item: Item) -> str | None:
    """The subject of a passive contradicting verb when it is another thing than the claim's
    ("shares" in "the repurchased shares will be cancelled"), else None."""
    if item.kind is not EvidenceKind.CUE or item.stance != Stance.CONTRADICTS:
        return None
    cue = norm[item.start : item.end]
    lead = norm[max(0, item.start - 60) : item.start]
    if cue.isascii():
        if " " in cue or not _EN_PARTICIPLE.search(cue):
            return None
        m = _EN_PASSIVE.search(lead)
        if m is None:
            return None
        if not _EN_AUXILIARY.search(lead) and not _EN_BARE_END.match(norm, item.end):
            return None
        head = m.group(1)
        if (
            head in _EN_THINGS
            or head in _EN_PRONOUNS
            or head in _DETERMINERS
            or head.endswith("ly")
        ):
            return None
        # only a short noun phrase opened by a determiner, not a phrase's tail ("Uber's plan to
        # start rides in Munich this spring has been delayed": the plan is delayed)
        np = _EN_NOUN_PHRASE.search(lead, 0, m.end(1))
        if np is None or _EN_PHRASE_TAIL.search(lead[max(0, np.start() - 30) : np.start()]):
            return None
    else:
        m = _ZH_PASSIVE.search(lead)
        if m is None or _ZH_THINGS.search(m.group(1)):
            return None
        head = m.group(1)
    end = item.start - len(lead) + m.end(1)
    start = end - (len(head) if cue.isascii() else 1)  # (a Chinese compound's head is its end)
    # the head is the claim's own name, a cue, or a rival: the claim's thing or another party's
    if any(
        h.entry.kind in (TermKind.ALIAS, TermKind.RIVAL, TermKind.CUE)
        and h.start < end
        and start < h.end
        for h in hits
    ):
        return None
    return head


def acted_on(norm: str, hits: list[Hit], item: Item) -> str | None:
    """What a contradicting cue acts on when that is not the claim's thing, told for a reason
    ('acts on "per-user pricing"', 'moves "revenue", a figure'), else None."""
    thing = None if in_quoted_name(norm, item) else other_object(norm, hits, item)
    thing = thing or passive_subject(norm, hits, item)
    if thing is not None:
        return f'acts on "{thing}", not on what the claim tracks'
    metric = metric_subject(norm, hits, item)
    return None if metric is None else f'moves "{metric}", a figure, not what the claim tracks'


# What may stand between a contradicting verb and the confirming cue that is its object: in
# Chinese a modifier ("remaining", "all", "further", a short 的 phrase) or a modal (才会推出);
# in English the object's own words (`_EN_OBJECT`: up to five, no preposition or clause break).
_ZH_OBJECT_GAP = re.compile(
    r"(?:了|将|把|对)?(?:所有|全部|剩余|剩下|其余|余下|后续|进一步|部分|大规模|新一轮|新一波|"
    r"原定|原计划|计划中|其|该|会|能|可|正式|再|[^\s，。！？；：,.;:!?、]{1,4}的)*"
)


def governed(norm: str, raw: str, items: list[Item], hits: list[Hit]) -> list[tuple[Item, str]]:
    """The cue items that are no evidence of their own, each with why: a confirming cue that is
    the object of a contradicting one ("halts remaining layoffs", 喊停裁员, "pushed back its
    debut", 最快5月后才推出: the verb, or the lateness bound, is the event and its object is what
    it acts on), and a cue inside a longer one of the same side ("halts" inside "halts remaining
    layoffs": one phrase, counted once). `raw`: the written text, for the reasons."""
    cues = [i for i in items if i.kind is EvidenceKind.CUE]
    held: list[tuple[Item, str]] = []
    for item in cues:
        outer = next(
            (
                o
                for o in cues
                if o is not item
                and o.stance == item.stance
                and o.start <= item.start
                and item.end <= o.end
                and (o.start, o.end) != (item.start, item.end)
            ),
            None,
        )
        if outer is not None:
            held.append((item, f'is part of the longer cue "{raw[outer.start : outer.end]}"'))
            continue
        if item.stance != Stance.CONFIRMS:
            continue
        verb = next(
            (
                o
                for o in cues
                if o.stance == Stance.CONTRADICTS
                and o.end <= item.start
                and _object_of(norm, o, item, hits)
                and lifted(norm, o) is None
            ),
            None,
        )
        if verb is None:  # a lifted halt acts on nothing (暂停采购措施解除)
            verb = next(
                (o for o in cues if _topic_of(norm, item, o) and lifted(norm, o) is None), None
            )
        if verb is None:  # "the planned sale of its stake to X collapsed", 出售交易告吹
            verb = next((o for o in cues if collapse_of(norm, item, o)), None)
        if verb is not None:
            held.append((item, f'is what "{raw[verb.start : verb.end]}" acts on'))
    return held


# A confirming cue as the topic of a delay or a cancellation right after it (Chinese puts the
# thing before its verb: 交付延后至第三季, 发布推迟, 上线时间推迟; English its passive: "the rollout
# was postponed"): what is put off is the event, not evidence that it came. Only the event's own
# time or plan noun, a modal, an adverb or the quote mark of a quoted status (计划"目前已暂停") may
# stand between; a negation may not (交付没有推迟: the delay is denied and the event stands).
_TOPIC_GAP = re.compile(
    r"\s*的?(?:具体)?(?:时间表|时间|日期|时程|计划|进度|节奏|目标)?"
    # the plan it is measured against: 量产 较原计划推迟一个季度, 投产时间比原定晚
    r"(?:[，,]?\s*(?:较|比|相较于?|相比于?)(?:公司)?(?:原计划|原定|原订|原本计划|原先|原计画|"
    r"最初|预期|计划)的?(?:时程|时间表|时间|目标|规划)?)?"
    r"[\"“「『']?(?:目前|现已|眼下|暂时)?"
    r"(?:将|或|或将|恐|恐将|再|再度|再次|又|被|已|已经|可能|也|则|预计|料|料将|一再|遭)*\s*"
    r"|\s+(?:date\s+|plans?\s+|timeline\s+|schedule\s+)?(?:(?:was|were|is|are|has been|"
    r"have been|had been|will be|would be|could be|may be|might be|is being|are being|"
    r"has|have|had|again|now|also|further|quietly|abruptly)\s+){1,3}"
    r"(?:[\"“'‘]\s*)?(?:(?:currently|temporarily)\s+)?"
)


# The verbs of putting off or dropping a topic may take (`<delay>`, `<cancellation>`, `<stalled>`):
# other contradicting cues after a confirming one ("从来不是具有约束力": never binding) are no verb
# of it.
_TOPIC_VERB = re.compile(
    r"推迟|延后|延迟|延期|延至|延到|推后|押后|顺延|延宕|展延|延缓|推延|暂缓|跳票|取消|叫停|喊停|"
    r"搁置|暂停|终止|中止|喊卡|放缓|搁浅|无法达成|晚于|落后|比原定|较原定|递延|遞延|"
    r"(?<![a-z])(?:delay|postpone|push(?:ed)? back|put off|defer|slip|slipp|cancel|scrap|shelve|"
    r"halt|pause|suspend|call(?:ed)? off|abandon|axe|stall|behind|later than)"
)


def _topic_of(norm: str, item: Item, verb: Item) -> bool:
    """True when the contradicting cue `verb`, a verb of putting off or dropping, follows the
    confirming cue `item` as its verb (发布推迟, "deliveries were delayed"): only `_TOPIC_GAP`
    between them."""
    if verb.stance != Stance.CONTRADICTS or verb.start < item.end:
        return False
    if not _TOPIC_VERB.match(norm, verb.start, verb.end):
        return False
    # "timing undecided" (全面开放时间未定) is weighed against the event as before
    if verb.start - item.end > 24 or TIMING_UNDECIDED.match(norm, item.end):
        return False
    return _TOPIC_GAP.fullmatch(norm, item.end, verb.start) is not None


def _object_of(norm: str, verb: Item, item: Item | Hit, hits: list[Hit]) -> bool:
    """True when `item` stands in the object of the cue `verb`: right after it, past only the
    object's own words, and no rival named between them."""
    if any(
        h.entry.kind is TermKind.RIVAL and verb.end <= h.start and h.end <= item.start for h in hits
    ):
        return False
    gap = norm[verb.end : item.start]
    if norm[verb.start : verb.end].isascii():
        if not gap.strip():
            return gap == " "
        m = _EN_OBJECT.match(norm, verb.end)
        return m is not None and item.start < m.end(1) and gap.endswith(" ")
    # an alias of the claim's own may name the object's owner or product (推迟V4发布)
    for h in sorted(hits, key=lambda h: -h.start):
        if h.entry.kind is TermKind.ALIAS and verb.end <= h.start and h.end <= item.start:
            gap = gap[: h.start - verb.end] + gap[h.end - verb.end :]
    return _ZH_OBJECT_GAP.fullmatch(gap.strip()) is not None


# A delay right before the date it moves the event to: "will slip to 2027", "pushed the launch
# back until next year", "postponed to the third quarter", 将推迟至2027年, 延后到明年, 延至明年.
_MOVED_TO = re.compile(
    r"(?:(?<![a-z])(?:slip|slips|slipped|slipping|slide|slides|slid|sliding|delay|delays|"
    r"delayed|delaying|postpone|postpones|postponed|postponing|defer|defers|deferred|"
    r"deferring|push|pushes|pushed|pushing|put off|puts off|reschedule|rescheduled)"
    r"(?:\s+[\w'-]+){0,4}?\s+(?:to|until|till|into)\s+(?:the\s+)?"
    r"|(?:推迟|延后|延迟|延期|押后|推后|顺延|展延|延宕|延缓)[^\s，。！？；：,.;:!?]{0,6}?(?:至|到)"
    r"|延至|延到|拖到)$"
)
MOVED_REACH = 40


def delayed_to(norm: str, item: Item) -> str | None:
    """The delay that moves the event to the item's date ("will slip to 2027"), or None: a plan
    to delay is news (`pending_holds`), and so is the date it delays to."""
    if item.kind is not EvidenceKind.DATE or item.stance != Stance.CONTRADICTS:
        return None
    m = _MOVED_TO.search(norm, max(0, item.start - MOVED_REACH), item.start)
    return None if m is None else m.group().strip()


def governs_own(norm: str, item: Item, hits: list[Hit]) -> bool:
    """True when a contradicting cue acts on the claim's own thing: its object holds a
    confirming cue ("halt layoffs", 暂停裁员). Negated ("did not halt layoffs", 没有暂停裁员),
    the claim goes on: the negation flips it, whatever the rule says of negated contradictions
    (a rule's `cancel` is for a denial that leaves the claim open, "no delay is planned")."""
    if item.kind is not EvidenceKind.CUE or item.stance != Stance.CONTRADICTS:
        return False
    return any(
        h.entry.kind is TermKind.CUE
        and h.entry.key == Stance.CONFIRMS.value
        and h.start >= item.end
        and _object_of(norm, item, h, hits)
        for h in hits
    )


# A comparison with the plan (较原计划推迟, 比原定晚, "later than originally planned"): what is
# measured against it is news; the plan's own date after it stays the plan's.
_YARDSTICK = re.compile(r"(?:较|比|相较于?|相比于?|(?<![a-z])than)\s*$")


def yardstick(norm: str, start: int) -> bool:
    """True when the plan word at `start` (原计划, "originally") is what a comparison measures
    against."""
    return _YARDSTICK.search(norm, max(0, start - 8), start) is not None
