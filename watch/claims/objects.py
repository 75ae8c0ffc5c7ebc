"""What a contradicting verb acts on. "Microsoft made Copilot Cowork generally available and
scrapped per-user pricing for it": "scrapped" is a word of cancellation, but what it cancels is a
price, not the launch the claim tracks. A verb's object that names none of the claim's subject,
no event or plan of the kind claims track and no pronoun for one is another thing; the cue is
then no evidence. Pure helpers for `context`, over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.signals import EvidenceKind, Hit, Item, TermKind
from watch.models import Stance

# The words an English object stops at: a preposition, a conjunction, a clause's punctuation.
_EN_OBJECT = re.compile(
    r"\s+((?:(?!(?:for|in|into|to|from|on|at|with|by|until|till|after|before|and|or|but|as|"
    r"because|over|amid|while|since|through|until|indefinitely|again|altogether|entirely|"
    r"last|this|next|earlier|later|once|so|that|which|who)(?![\w'-]))[\w'$.-]+\s*){1,5})"
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
    upgrade update integration support"""
)
# A Chinese object runs to the next punctuation or 的 (what follows 的 is a new noun's head).
_ZH_OBJECT = re.compile(r"了?([^\s，。！？；：,.;:!?、的]{1,10})")
_ZH_TIME_LEAD = re.compile(r"[至到于在将再原\d一二两三四五六七八九十数几半今明去本下上]")
_ZH_THINGS = re.compile(
    r"发布|上线|推出|计划|计画|协议|交易|合作|上市|投资|融资|产品|功能|项目|承诺|时间|日期|安排|"
    r"谈判|订单|它|其|该|此|这|服务|模型|版本|升级|更新|集成"
)


# Only a verb has an object: an English past or present form, a Chinese verb of ending.
_EN_VERB = re.compile(r"[a-z]+(?:ed|s)$")
_ZH_VERB = re.compile(r"(?:取消|暂停|放弃|叫停|砍掉|停止|终止|撤回|撤销|下架|废除|结束)$")


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
        if not _EN_VERB.search(verb):
            return None
        m = _EN_OBJECT.match(norm, item.end)
        if m is None:
            return None
        words = [w.strip(".$") for w in m.group(1).split()]
        content = [w for w in words if w not in _DETERMINERS]
        if not content or any(w in _EN_THINGS or w.isdigit() for w in content):
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
    return m.group(1).strip()
