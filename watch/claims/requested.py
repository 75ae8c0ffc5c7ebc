"""A party's request that something be undone, told as the undoing: "moves to set aside the
award", "has filed an application with the court to annul it", "seeks to overturn the ruling",
"asked the court to vacate", 申请撤销裁决, 提请撤销, 请求法院撤销, 向法院申请撤销, 撤销裁决的申请.

Only a ruling undoes an award, a merger block or a licence; the other party's application,
motion or appeal is reported long before it (and often fails), and a how-it-works sentence
(业主可以申请撤销裁决, "a party can apply to annul") is a possibility. The cue is an undoing
verb (set aside, annul, overturn, vacate, quash, revoke, rescind, invalidate; 撤销, 推翻, 废止,
撤裁) governed by a request: a mention. A ruling on the request that grants it ("the court
granted the application to set aside", 法院支持了撤销裁决的申请, 准予撤销) is left alone, as is
one that refuses it (its negation reads as the rule says).

    asked_not_done(norm, item)   why the cue is only asked for or complained of, or None

Pure, over normalised text (simplified Chinese, lower case).
"""

from __future__ import annotations

import re

from watch.claims.idioms import complained_of
from watch.claims.signals import EvidenceKind, Item

_EN_UNDO = (
    "set aside",
    "sets aside",
    "setting aside",
    "annul",
    "overturn",
    "vacate",
    "vacating",
    "quash",
    "revoke",
    "revoking",
    "rescind",
    "invalidat",
    "nullif",
    "reverse",
    "reversing",
    "strike down",
    "strike out",
)
_ZH_UNDO = ("撤销", "推翻", "废止", "撤裁", "宣告无效", "宣布无效")

# the request, then at most a few words (whom it is filed with) up to "to" before the cue
_EN_ASK = re.compile(
    r"(?<![a-z])(?:mov(?:e|es|ed|ing)|motions?|appl(?:y|ies|ied|ying)|applications?|"
    r"petition(?:s|ed|ing)?|seek(?:s|ing)?|sought|ask(?:s|ed|ing)?|request(?:s|ed|ing)?|"
    r"appeal(?:s|ed|ing)?|urg(?:e|es|ed|ing)|su(?:e|es|ed|ing)|challenge[sd]?|bids?)"
    r"(?:\s+[a-z0-9'-]+){0,8}?\s+to\s+$"
)
_EN_GATE = (
    "move",
    "moving",
    "motion",
    "appl",
    "petition",
    "seek",
    "sought",
    "ask",
    "request",
    "appeal",
    "urg",
    "su",
    "challenge",
    "bid",
)
# a ruling on the request before it: granted (done) or refused (its own negation decides)
_EN_RULED = re.compile(
    r"(?<![a-z])(?:grant\w*|allow(?:s|ed|ing)|accept\w*|uph[eo]ld\w*|approv\w*|"
    r"reject\w*|dismiss\w*|den(?:y|ies|ied|ying)|refus\w*|throws? out|threw out|tossed)\s"
)
# 申请/提请/请求/诉请 (向法院, 法院, 仲裁庭) 撤销: the request right before the cue
_ZH_ASK = re.compile(
    r"(?:申请|提请|请求|诉请|寻求|要求|动议)"
    r"(?:[^，,。；;：:！？]{0,10}?(?:法院|法庭|仲裁庭|仲裁委员会|仲裁机构|当局|监管机构))?"
    r"(?:依法|予以)?$"
)
# 撤销裁决的申请/之诉/动议: the request named after the cue
_ZH_ASK_AFTER = re.compile(r"[^，,。；;：:！？]{0,8}?(?:的|之)?(?:申请|请求|诉讼|之诉|动议)")
_ZH_RULED = ("支持", "批准", "准予", "准许", "同意", "驳回", "拒绝", "否决", "裁定", "判决")


def _requested(norm: str, item: Item) -> str | None:
    """The request words when the undoing cue at item is asked for, not done, else None."""
    cue = norm[item.start : item.end]
    if cue.startswith(_ZH_UNDO):
        lead = norm[max(0, item.start - 24) : item.start]
        start = max(lead.rfind(c) for c in "，,。；;：:！？") + 1
        lead = lead[start:]
        found = _ZH_ASK.search(lead) if any(w in lead for w in ("申", "请", "求", "议")) else None
        after = None if found else _ZH_ASK_AFTER.match(norm, item.end)
        if found is None and after is None:
            return None
        if any(w in lead for w in _ZH_RULED):
            return None
        return found.group() if found else after.group() if after else None
    if not cue.startswith(_EN_UNDO):
        return None
    lead = norm[max(0, item.start - 90) : item.start]
    lead = lead[max(lead.rfind(c) for c in ".;:!?") + 1 :]
    if not any(w in lead for w in _EN_GATE):
        return None
    found = _EN_ASK.search(lead)
    if found is None or _EN_RULED.search(lead[: found.start()]) is not None:
        return None
    return found.group().strip()


def asked_not_done(norm: str, item: Item) -> str | None:
    """Why cue `item` is only objected to or asked for (a mention), else None."""
    if item.kind is not EvidenceKind.CUE:
        return None
    complaint = complained_of(norm, item)
    if complaint is not None:
        return f'is what "{complaint}" objects to: proposed, not done: a mention'
    asked = _requested(norm, item)
    if asked is not None:
        return f'is only asked for ("{asked}"): a request, not the ruling: a mention'
    return None
