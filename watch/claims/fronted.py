"""A sentence opening that puts a word pointing back after a fronted clause ("In Europe, where
the application was moved in June, the company ...", 在欧洲方面，该公司……): the word still
stands for the company named before.

    after_fronted(norm, start, end)   where the sentence's subject may start after a fronted
                                      clause (none when it opens otherwise)
"""

from __future__ import annotations

import re

# A fronted place, time or circumstance clause, ending at a comma: "In Europe, where ...," /
# "After the approval," / 在欧洲方面， / 随着审批推进，. The clause runs to the last comma
# before the sentence's subject, so a relative clause inside it ("where ..., ") is skipped:
# every comma in the first 160 characters is a place the subject may start.
_FRONT = re.compile(
    r"[\s\"“‘'(（]*(?:(?:in|at|after|before|with|where|while|as|since|when|despite|following|"
    r"outside|within|under|once|although|though|beyond|elsewhere)(?![a-z])|"
    r"在|于|对于|至于|随着|除此之外|另一方面)"
)
_COMMA = re.compile(r"[,，]\s*")
_REACH = 160  # characters a fronted clause may run


def after_fronted(norm: str, start: int, end: int) -> list[int]:
    """The places after each comma of a fronted clause opening norm[start:end] (none when the
    sentence opens otherwise): where its subject may begin."""
    front = _FRONT.match(norm, start, end)
    if front is None:
        return []
    stop = min(end, front.end() + _REACH)
    return [m.end() for m in _COMMA.finditer(norm, front.end(), stop)]
