"""A deal or a case named only by its kind ("clear the transaction", "the probe", 该交易 aside):
the definite noun, anywhere in a sentence, stands for the deal or case the headline tells, so the
sentence takes the subject groups the headline names ("Iliad's sweetener puts Wind Tre deal on
track" ... "The Commission is set to clear the transaction before its deadline").

    headline_deal(headline, norm, start, end)   True when norm[start:end] names by its kind a
                                                deal or case of the kind the headline tells
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


def headline_deal(headline: str, norm: str, start: int, end: int) -> bool:
    """True when norm[start:end] names a deal (or a case) by its kind and `headline`
    (normalised) tells one of that kind."""
    deal, case = _kinds(headline)
    if deal and _DEAL_BODY.search(norm, start, end):
        return True
    return case and _CASE_BODY.search(norm, start, end) is not None


@lru_cache(maxsize=256)
def _kinds(headline: str) -> tuple[bool, bool]:
    """Whether the headline tells a deal, and whether it tells a case (asked once per story)."""
    return _DEAL_HEAD.search(headline) is not None, _CASE_HEAD.search(headline) is not None
