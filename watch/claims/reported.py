"""A bare 传 before a verb, as a headline writes a rumour ("华凌定频机型传保留至2027年", 苹果传砍单,
台积电傳漲價): "reportedly", a speculation marker like 据传. The words that merely hold 传 (传统,
宣传, 流传, 传到, 上传) say nothing of a rumour. Pure helpers over normalised text.
"""

from __future__ import annotations

import re

# 传 between two Chinese characters, neither of which makes it part of another word.
_BARE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![宣流遗相上外自据网市盛失误谣讹口言真祖嫡家正列经史广评眉秘谬风所疯热哄频])"
    r"传"
    r"(?=[\u4e00-\u9fff])(?![统媒感输播递承奇导达动真染闻言出销球来到给唤送授说令音热记略位"
    r"人世神单票呼阅教道了过着回入遍开下染器值代家习])"
)


def bare_rumour(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each bare 传 in norm[start:end] that reads as "reportedly"."""
    if "传" not in norm[start:end]:
        return []
    return [(m.start(), m.end()) for m in _BARE.finditer(norm, start, end)]
