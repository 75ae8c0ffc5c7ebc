"""Shared vocabularies: the recurrent ideas of news claims, in English and Chinese.

A rule names an idea instead of listing its paraphrases: `<launch>` in a phrase list stands for
every phrase of the `launch` vocabulary, and a gapped cue may join ideas (`<denial> ...
<commitment>`: "never agreed to commit", 否认 ... 承诺). Chinese phrases are written in simplified
script; `normalise` folds traditional text onto them (闢謠 finds 辟谣). A multi-word English
phrase inflects its first word (`watch.claims.inflect`), so "push back" also finds "pushed
back"; a one-word phrase takes -s/-ed/-ing as every cue does.

Users extend a vocabulary, or define a new one, under `vocabularies:` in rules.yaml (for every
claim) or in one claim; `expand` merges those phrases after the built-in ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

NAME = re.compile(r"[a-z0-9][a-z0-9-]*")
REF = re.compile(r"<([a-z0-9][a-z0-9-]*)>")
GAP = "..."  # between the parts of a cue that may have a few words inside it


def _split(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split("|") if p.strip())


BUILTIN: dict[str, tuple[str, ...]] = {
    # Saying a reported thing is not so, or taking one's own word back.
    "denial": _split(
        "never said|never agreed|never committed|never promised|never pledged|never intended|"
        "rejected the word|rejected the notion|rejected the idea|rejected the characterization|"
        "rejected the characterisation|denied|denies|deny|dismissed|dismisses|"
        "brushed off|ruled out|rules out|walked back|took back|backtracked|retracted|"
        "从来没有说过|从来没说过|从没说过|从未说过|从未承诺|从未同意|从没有承诺|并未承诺|没有承诺过|"
        "否认|辟谣|驳斥|排除|收回|改口|撤回"
    ),
    # The idea of a commitment, firm or not: a part of gapped cues (`<denial> ... <commitment>`).
    "commitment": _split(
        "commitment|commit|committed|pledge|pledged|promise|promised|obligation|binding|"
        "agreement|deal|pact|contract|letter of intent|"
        "承诺|协议|合约|合同|约定|约束力|保证|意向书"
    ),
    # A commitment made firm.
    "binding": _split(
        "binding agreement|binding commitment|binding contract|binding obligation|legally binding|"
        "definitive agreement|definitive ... agreement|definitive contract|signed a definitive|"
        "finalized the deal|finalised the deal|finalized the agreement|finalised the agreement|"
        "具约束力|具有约束力|具有法律约束力|具法律约束力|有约束力的|最终协议|最终 ... 协议|"
        "正式协议|签署正式|敲定协议"
    ),
    # A commitment that is not one.
    "no-commitment": _split(
        "non-binding|nonbinding|not binding|not legally binding|no commitment|"
        "not a commitment|never a commitment|not a promise|never a promise|no obligation|"
        "letter of intent|memorandum of understanding|not finalized|not finalised|"
        "not been finalized|not been finalised|no definitive agreement|"
        "不具约束力|不具法律约束力|无约束力|没有约束力|非约束性|不具备约束力|并非承诺|不是承诺|"
        "意向书|谅解备忘录|尚未敲定|未敲定|并未敲定|未最终确定"
    ),
    # A product reaching its users.
    "launch": _split(
        "launched|launches|launching|released|releases|releasing|roll out|rolls out|rolled out|"
        "rolling out|ships|shipped|shipping|"
        "general availability|generally available|now available|available now|available today|"
        "available to all|go live|goes live|went live|debuted|debuts|brings ... to|"
        "brought ... to|brings ... into|brought ... into|"
        "上线|推出|正式发布|全面开放|正式上线|全面推送|开放使用|面世|正式登场|正式开放"
    ),
    # A plan put off.
    "delay": _split(
        "delay|postpone|push back|pushed back|put off|hold off|slip|slipped|slips|slipping|"
        "later than planned|behind schedule|"
        "推迟|延后|延迟|延期|延至|暂缓|推后|押后|顺延|搁浅"
    ),
    # A plan dropped.
    "cancellation": _split(
        "cancel|cancelled|canceled|cancelling|canceling|scrap|scrapped|scrapping|call off|"
        "called off|abandon|shelve|shelved|shelving|axe|axed|drop plans|dropped plans|"
        "not in the cards|off the table|no longer on the table|"
        "取消|放弃|叫停|喊停|终止|搁置|告吹|作罢|不在考虑之列|不再考虑"
    ),
    # Jobs cut: the number often sits inside the cue ("cut 20,000 to 30,000 jobs", 裁员约3万人).
    "layoffs": _split(
        "lay off|layoff|layoffs|job cuts|cut ... jobs|cut ... positions|cut ... roles|"
        "eliminate ... jobs|slash ... jobs|shed ... jobs|reduce headcount|headcount reduction|"
        "裁员|裁撤|裁减|减员|裁掉 ... 员工|裁减 ... 岗位|削减 ... 岗位|精简人员"
    ),
    # Someone on the record now: a statement, a disclosure (for `reported_by`: a figure said or
    # filed afresh, not repeated as background).
    "statement": _split(
        "said|says|told|tells|telling|according to|stated|statement|disclosed|discloses|"
        "revealed|reveals|confirmed|confirms|described|describes|pointed to|points to|"
        "pointed out|points out|"
        "表示|称|披露|揭露|透露|宣布|确认|指出|公布|坦言|声明"
    ),
    # Timing not yet decided.
    "undecided": _split(
        "not decided|has not decided|hasn't decided|no decision|undecided|no timetable|"
        "no timeline|no set timeline|not set a timeline|not set a date|no firm date|"
        "too early to say|not confirmed any timeline|"
        "时间未定|时间表未定|尚未确定|未确定时间|没有时间表|尚无时间表|尚未决定|未作决定|还没决定|"
        "没有明确时间|并无时间表"
    ),
}


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
        names = ", ".join(f"<{n}>" for n in sorted(set(BUILTIN) | set(extra)))
        raise UnknownVocabulary(f"no vocabulary <{name}> (known: {names})")
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
