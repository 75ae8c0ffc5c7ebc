"""A deal, a case or a facility named only by its kind ("clear the transaction", "the probe",
"the plant", 该交易 aside): the definite noun, anywhere in a sentence, stands for the deal or case
the headline tells (or the facility it names), so the sentence takes the subject groups the
headline names ("Iliad's sweetener puts Wind Tre deal on track" ... "The Commission is set to
clear the transaction before its deadline").

    headline_deal(headline, norm, start, end)   True when norm[start:end] names by its kind a
                                                deal or case of the kind the headline tells
    headline_facility(headline, norm)           where norm names a facility by its kind ("the
                                                plant", 该厂), when the headline names one (the
                                                caller asks that it name every group)
    project_clause(norm, start, end)            True when a sentence's last clause has "the
                                                project" as its subject (it points back)
"""

from __future__ import annotations

import re
from functools import lru_cache

# The kinds, each with the headline words that tell one: a deal (takeover, merger, 收购) and a
# case (probe, investigation, fine, 调查).
_DEAL = r"transaction|deal|merger|takeover|acquisition|tie-up"
_CASE = r"case|probe|investigation|inquiry"
_DEAL_HEAD = re.compile(r"(?<![a-z])(?:" + _DEAL + r"|buy|buys|bid)(?![a-z])|交易|收购|并购|合并")
_CASE_HEAD = re.compile(
    r"(?<![a-z])(?:" + _CASE + r"|fine|fined|antitrust|penalty)(?![a-z])|调查|罚款|罚单|反垄断"
)
# "the transaction", "the proposed deal", 这笔交易 / 该交易 / 此项收购 (one word may stand between)
_DEAL_BODY = re.compile(
    r"(?<![a-z])the (?:[a-z-]+ )?(?:"
    + _DEAL
    + r")(?![a-z])|(?:该|这笔|这项|此项|此次)(?:交易|收购|并购)"
)
_CASE_BODY = re.compile(
    r"(?<![a-z])the (?:[a-z-]+ )?(?:" + _CASE + r")(?![a-z])|(?:该|这起|此次|这项)(?:调查|案件|案)"
)


# A stake named without what it is in ("Petrobras' planned sale of its stake", 该股权, 所持股份):
# in a story whose headline names a claim party, the stake is in that party's company.
_STAKE_BODY = re.compile(
    r"(?<![a-z])(?:its|the|their|that) (?:[a-z-]+ )?(?:stake|holding|shareholding)(?![a-z])"
    r"|(?:该|上述|其所持|所持有的|所持|其持有的)(?:部分)?(?:股权|股份|持股)"
)


def headline_deal(headline: str, norm: str, start: int, end: int) -> bool:
    """True when norm[start:end] names a deal (or a case) by its kind and `headline`
    (normalised) tells one of that kind, or names a stake without what it is in."""
    if _STAKE_BODY.search(norm, start, end):
        return True
    deal, case = _kinds(headline)
    if deal and _DEAL_BODY.search(norm, start, end):
        return True
    return case and _CASE_BODY.search(norm, start, end) is not None


@lru_cache(maxsize=256)
def _kinds(headline: str) -> tuple[bool, bool]:
    """Whether the headline tells a deal, and whether it tells a case (asked once per story)."""
    return _DEAL_HEAD.search(headline) is not None, _CASE_HEAD.search(headline) is not None


# A facility named by its kind ("the plant will be shut down", "the mine", 该厂, 该矿): the one
# the headline names ("... at Sasolburg ammonia unit"). Only a definite noun ("the plant", not
# "a plant" or "plants"), and only when the headline itself names a facility.
_FACILITY = r"plant|mine|smelter|refinery|factory|facility|mill|unit|works|site|operation"
_FACILITY_HEAD = re.compile(
    r"(?<![a-z])(?:" + _FACILITY + r")s?(?![a-z])|工厂|厂|矿|冶炼|炼油|装置|基地|工場|廠|礦"
)
_FACILITY_BODY = re.compile(
    r"(?<![a-z])the (?:[a-z-]+ )?(?:"
    + _FACILITY
    + r")(?![a-z])|(?:该|這|这|此|這座|这座|这家|這家|該)(?:工厂|工廠|厂|廠|矿山|礦山|矿|礦|"
    r"冶炼厂|冶煉廠|炼油厂|煉油廠|装置|裝置|基地)"
)


def headline_facility(headline: str, norm: str) -> list[int]:
    """Where norm names a facility by its kind, when `headline` names one (else none)."""
    if not _FACILITY_HEAD.search(headline):
        return []
    return [m.start() for m in _FACILITY_BODY.finditer(norm)]


# The project told before as the subject of a sentence's last clause ("..., and the project
# remains on course for ..."): a project is named once, then called "the project".
_PROJECT_CLAUSE = re.compile(
    r", (?:and|but|while) the (?:[a-z-]+ ){0,2}?(?:project|scheme|wind farm|solar farm)"
    r"(?= (?:is|was|remains|has|had|will|would|could|should|can|may|faces|needs|continues|stays)"
    r"(?![a-z]))"
)


def project_clause(norm: str, start: int, end: int) -> bool:
    """True when norm[start:end] has the project told before as the subject of a clause after
    a comma (`_PROJECT_CLAUSE`)."""
    # (the clause needs " the ": most sentences skip the search)
    return (
        norm.find(" the ", start, end) >= 0 and _PROJECT_CLAUSE.search(norm, start, end) is not None
    )
