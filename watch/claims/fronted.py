"""Sentence openings that put a word pointing back after something else: a fronted clause ("In
Europe, where the application was moved in June, the company ...", 在欧洲，该公司……) and an
officer's bare title before a name ("President Director Dewi Anggraini, who took over in June,
said ...", 总裁张三表示……), whose company is the one named before.

    after_fronted(norm, start, end)   where the sentence goes on after a fronted clause (or None)
    titled_officer(norm, start, end)  True when the sentence opens with an officer's bare title
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

# An officer's title written bare before a name, the company left to the sentence before:
# "Chief Executive Jane Doe", "President Director Dewi Anggraini", 总裁张三. Bare "president"
# is a head of state as often as an officer, so it counts only as "president director" or
# "president and chief executive".
_OFFICER = re.compile(
    r"[\s\"“‘'(（]*(?:(?:group |interim |acting |new )?(?:chief executive(?: officer)?|ceo|"
    r"president director|president and (?:chief executive|ceo)|chairman|chairwoman|"
    r"managing director|chief financial officer|cfo|chief operating officer|coo)"
    r"\s+(?!of |at |and |officer)[a-z][a-z.'-]+|"
    r"(?:总裁|首席执行官|行政总裁|董事长|总经理|首席财务官)[\u4e00-\u9fff·]{2,4}?(?:表示|称|说|指出))"
)


def after_fronted(norm: str, start: int, end: int) -> list[int]:
    """The places after each comma of a fronted clause opening norm[start:end] (none when the
    sentence opens otherwise): where its subject may begin."""
    front = _FRONT.match(norm, start, end)
    if front is None:
        return []
    stop = min(end, front.end() + _REACH)
    return [m.end() for m in _COMMA.finditer(norm, front.end(), stop)]


def titled_officer(norm: str, start: int, end: int) -> bool:
    """True when norm[start:end] opens with an officer's bare title before a name."""
    return _OFFICER.match(norm, start, end) is not None
