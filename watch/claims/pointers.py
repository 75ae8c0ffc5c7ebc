"""Pointing back: the words with which a sentence stands for parties or a deal named before it
(a pronoun, "the chip giant", 这家公司, "this $100 billion plan", 该协议, "the project"), so
`candidates` may judge it with the parties of the sentence it points to. Over normalised text."""

from __future__ import annotations

import re

from watch.claims.deal_named import project_clause
from watch.claims.fronted import after_fronted
from watch.claims.paragraphs import paragraph_before
from watch.claims.segment import Segment
from watch.claims.speech import SAY_EN, SAY_ZH
from watch.claims.text import Span

# A sentence opening that points back to whom the sentence before named: a pronoun, or a
# description of a company by up to two words before its kind ("the AI lab", "the chip giant",
# "the Texas-based company", 这家芯片巨头, 该AI公司), which no alias list can hold.
_POINTS_BACK = re.compile(
    r"[\s\"“‘'(（]*(?:(?:the|this) (?:[a-z0-9-]+ ){0,2}?(?:company|firm|group|startup|start-up|"
    r"chipmaker|chip maker|carmaker|automaker|lab|giant|maker|developer|"
    r"airline|carrier|bank|lender|insurer|utility|retailer)(?![a-z])|"
    r"(?:it|its|he|she|they|their)(?![a-z'])|"
    # contracted as the uncontracted "it is" is read: "It's stuck.", "They're in talks."
    r"(?:it|he|she)'s(?![a-z])|they're(?![a-z])|"
    # the parties of a deal as a pair: "the two sides", "both companies", 双方
    r"(?:the two|both) (?:sides|companies|firms|parties)(?![a-z])|"
    r"(?:the|these) (?:companies|firms|partners)(?![a-z])|"
    r"(?:该|这家|此)[^\s，。！？、,.]{0,6}?(?:公司|集团|巨头|企业|车企|厂商|实验室|初创|银行|航司|"
    r"航空|保险|电力|电信)|"
    # 该行 is the bank (not 该行业, 该行为, 该行动)
    r"该行(?![业为动情程列走径使])|"
    r"公司|其|它|他|她|此举|双方|两家公司|两家企业)"
)


# What may stand before the pointing word without changing whom the sentence is about: an
# attribution or an adverb of its own ("Reportedly, the two sides ...", "According to the report,
# the company ...", 另据报道，双方……, 据悉，该公司……).
_LEAD_IN = re.compile(
    r"[\s\"“‘'(（]*(?:[a-z]+ly|according to (?:the |a |an )?[\w' .-]{1,30}?|separately|meanwhile|"
    r"instead|still|also|in addition|per (?:the |a )?[\w' .-]{1,30}?|"
    r"另据报道|另据报导|据报道|据报导|据悉|据了解|另外|此外|同时|与此同时|不过|然而|另据[^，,]{1,12}?)"
    r"\s*[,，]\s*"
)
# A description of a company as the owner of what the sentence tells, anywhere in it ("as part
# of the ChatGPT developer's ongoing round", 这家ChatGPT开发商的融资): a possessive names whom the
# thing belongs to, which only someone already named can be.
_DESCRIBED_OWNER = re.compile(
    r"the(?<![a-z]the) (?:[a-z0-9-]+ ){0,2}?(?:company|firm|group|startup|start-up|chipmaker|"
    r"chip maker|lab|giant|maker|developer)'s(?![a-z])|"
    r"(?:该|这家)[^\s，。！？、,.]{0,8}?(?:公司|集团|巨头|企业|厂商|实验室|初创|开发商)的"
)
_POSSESSIVES = ("'s", "的")  # what every `_DESCRIBED_OWNER` match holds


# A quote opening the sentence, attributed after it to a word pointing back ("\"The review has
# confirmed the scope,\" the airline said in a notice", “……，”该公司在声明中表示): what is quoted
# is that party's.
_QUOTE_BY = re.compile(
    r"[”\"」』]\s*[,，]?\s*(?:(?:the|this) (?:[a-z0-9-]+ ){0,2}?(?:company|firm|group|startup|"
    r"carmaker|automaker|chipmaker|lab|maker|developer|airline|carrier|bank|lender|insurer|utility|"
    r"retailer)|it|they) (?:" + SAY_EN + "|wrote|explained)"
    r"(?![a-z])|"
    r"[”\"」』]\s*[,，]?\s*(?:(?:该|这家)[^\s，。！？、,.“”]{0,6}?(?:公司|集团|企业|银行|航司|航空)|该行)"
    r"(?:在[^，。“”]{1,12}?)?(?:" + SAY_ZH + "|强调|写道)"
)
_QUOTE_OPENS = re.compile(r"[\s(（]*[\"“「『]")


def points_back(norm: str, start: int, end: int) -> bool:
    """True when the sentence norm[start:end] opens with a word for someone already named,
    perhaps after an attribution or an adverb (`_LEAD_IN`), or names such a one as the owner of
    what it tells (`_DESCRIBED_OWNER`)."""
    if _POINTS_BACK.match(norm, start, end) is not None:
        return True
    lead = _LEAD_IN.match(norm, start, end)
    if lead is not None and _POINTS_BACK.match(norm, lead.end(), end) is not None:
        return True
    # "In Europe, where ..., the company ...": the word comes after a fronted clause
    if any(_POINTS_BACK.match(norm, i, end) for i in after_fronted(norm, start, end)):
        return True
    # '"...," the airline said': a quote its attribution gives to the party pointed back to
    if _QUOTE_OPENS.match(norm, start, end) and _QUOTE_BY.search(norm, start, end) is not None:
        return True
    # (a possessive needs its 's or 的: most sentences skip the search)
    owner = any(norm.find(w, start, end) >= 0 for w in _POSSESSIVES)
    if owner and _DESCRIBED_OWNER.search(norm, start, end) is not None:
        return True
    return described(norm, start, end)


# A demonstrative description of a company or of a deal already told ("this ChatGPT developer",
# "this $100 billion plan", 这家芯片商, 这项千亿美元计划, 该协议, the goal told before: "this
# target", "that goal", 这一目标, 该目标, the trial told before: "this study", 该研究) anywhere
# in a sentence: it stands for the parties named before it, wherever it sits (《华尔街日报》
# 报道，由于内部有疑虑，这项千亿美元计划已陷入停滞; 輝達對這家ChatGPT開發商總額300億美元的投資已經
# 完成). "the company" or "the
# plan" may be one the sentence itself names or a recalled one ("A report had said the plan to
# invest had stalled"), so "the" points back only where a sentence opens (`_DEAL_OPENS`).
_DESCRIBED = re.compile(
    r"this(?<![a-z]this) (?:[a-z0-9$.-]+ ){0,3}?(?:company|firm|group|startup|start-up|chipmaker|"
    r"chip maker|lab|giant|maker|developer|airline|carrier|lender|insurer|deal|pact|plan|"
    r"agreement|arrangement|partnership|"
    r"commitment|investment|offering|stake|project|scheme|programme|wind farm|solar farm|target|"
    r"goal|objective|study|trial)(?![a-z])|"
    # "that target", "that goal", "that 2027 objective": the goal told before ("said that the
    # goal", "that is their target": a conjunction or a pronoun, no word of those before it)
    r"that(?<![a-z]that) (?:(?!(?:is|was|are|were|be|been|has|had|have|the|a|an|its|their|his|"
    r"her|our|my|your|this|these|those|of|to|in|for|and|or|not|no)\s)[a-z0-9$.-]+ ){0,2}?"
    r"(?:target|goal|objective)(?![a-z])|"
    r"(?:这家|这间|这项|这份|这笔|这个|该)[^\s，。！？、,.：:；;]{0,10}?(?:公司|集团|巨头|巨擘|"
    r"企业|厂商|实验室|初创|新创|开发商|芯片商|晶片商|计划|计画|协议|交易|投资|合作|承诺|安排|意向书|"
    r"框架|入股|注资|项目|專案|专案|風場|风场|目标|"
    # the trial told before (该研究, 这项III期试验: "the study"), not an institute or a lab
    r"研究(?![院所员者机中])|试验(?![室田区])|临床试验)|"
    # 这一 is also "this year", "this news" (这一年公司……): only right before the goal or plan
    r"这一(?:[^\s，。！？、,.：:；;]{0,4}?)(?:目标|计划)"
)
_DEMONSTRATIVES = ("this ", "that ", "这", "该")  # what every `_DESCRIBED` match holds
# A sentence that opens with the deal, project or trial told before ("The pact is off", "The $100
# billion plan has stalled", "The scheme remains on course", "The trial did not meet ..."),
# perhaps after an attribution (`_LEAD_IN`).
_DEAL_OPENS = re.compile(
    r"[\s\"“‘'(（]*the (?:[a-z0-9$.-]+ ){0,3}?(?:deal|pact|plan|agreement|arrangement|"
    r"partnership|commitment|offering|stake|project|scheme|programme|wind farm|solar farm|study|"
    r"trial)(?![a-z])"
)


def described(norm: str, start: int, end: int) -> bool:
    """True when norm[start:end] holds a demonstrative description (`_DESCRIBED`) or opens with
    the deal told before (`_DEAL_OPENS`), perhaps after an attribution or adverb, or has the
    project told before as a clause's subject (`project_clause`)."""
    demonstrative = any(norm.find(w, start, end) >= 0 for w in _DEMONSTRATIVES)
    if demonstrative and _DESCRIBED.search(norm, start, end) is not None:
        return True
    lead = _LEAD_IN.match(norm, start, end)
    if _DEAL_OPENS.match(norm, start if lead is None else lead.end(), end) is not None:
        return True
    return project_clause(norm, start, end)  # "..., and the project remains on course"


def described_sentences(seg: Segment) -> list[tuple[list[Span], int, list[Span]]]:
    """Each sentence of the segment holding a demonstrative description (`_DESCRIBED`), as its
    paragraph, its index there and the sentences before it (its paragraph's and the paragraph
    before's), in text order: the same for every rule, so `described_back` finds them once per
    segment."""
    norm = seg.norm
    found: list[tuple[list[Span], int, list[Span]]] = []
    if not any(w in norm for w in _DEMONSTRATIVES):  # the common case: a plain scan says so
        return found
    done: set[Span] = set()
    for m in _DESCRIBED.finditer(norm):
        spans, k = seg.sentences_around(m.start())
        if not spans or spans[k] in done:
            continue
        done.add(spans[k])
        found.append((spans, k, spans[:k] + paragraph_before(norm, seg.sentences_around, spans[0])))
    return found
