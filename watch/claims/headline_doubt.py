"""Headline doubt: a headline whose verb questions what it names ("MPs question ...", 质疑, 存疑)
makes the story the doubt, unless it answers or brushes the doubt off. Read by the engine, which
hedges that headline's evidence (`hedges.headline_doubted`).
"""

from __future__ import annotations

import re

# A headline whose verb questions what it names ("MPs question tech giants' UK pledges",
# "Questions over Microsoft's $30bn", 英国国会质疑美科技巨头投资承诺): the story is the doubt, and
# what the headline states of the claim is what is doubted, not a source's news. A headline that
# answers or brushes off the doubt (回应质疑, "dismisses doubts") states the answer instead.
_HEADLINE_DOUBT = re.compile(
    r"(?<![a-z])(?:questions? (?:over|about|around|on|raised)|raises? questions|"
    r"doubts? (?:over|about|on|grow|mount)|cast(?:s|ing)? doubt|in doubt|under scrutiny|"
    r"(?:mps|lawmakers|legislators|senators|critics|analysts|investors|regulators|unions?) "
    r"(?:question|questioned|doubt|doubted|challenge|challenged)(?![a-z]))|"
    r"质疑|存疑|打问号|画问号|受到?审视|遭审视|生变|存变数|有变数|in question|up in the air"
)
_DOUBT_ANSWERED = re.compile(
    r"(?:回应|驳斥|反驳|否认|打消|消除|澄清|回击)$|"
    r"(?<![a-z])(?:dismiss(?:es|ed)?|rebuts?|rebuffs?|answers?|addresses|brushes off|"
    r"shrugs off|rejects?|denies|allays?|eases?)\s+(?:the\s+)?$"
)


def headline_doubt(title: str) -> str | None:
    """The words by which a headline (normalised) questions what it names, else None."""
    found = _HEADLINE_DOUBT.search(title)
    if found is None or _DOUBT_ANSWERED.search(title, max(0, found.start() - 16), found.start()):
        return None
    return found.group()
