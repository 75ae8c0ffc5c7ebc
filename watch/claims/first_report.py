"""The story of a first report: a sentence that opens by telling how the news first came out
("First came the report that NEOM had terminated ...", "It all began with a report that ...",
最先传出的消息是……, 事件始于……) retells it, so it is background (`markers`, as a
sentence-opening "background" word). A fresh report says what it reports ("NEOM terminated the
contract, people familiar said") and is no such story. Words only, no imports.
"""

from __future__ import annotations

FIRST_REPORT = (
    *("first came the report", "first came a report", "first came word", "first came the news"),
    *(
        "first came reports",
        "it began with a report",
        "it began with reports",
        "it began with word",
    ),
    *("it all began with", "it started with a report", "it started with reports", "it all started"),
    *("then came word", "then came the report", "then came a report", "then came reports"),
    *("the saga began with", "the story began with", "the first report came", "the first reports"),
    *(
        "最先传出",
        "最早传出",
        "先是传出",
        "起初传出",
        "一开始传出",
        "最初传出",
        "事件始于",
        "风波始于",
    ),
    *(
        "最先傳出",
        "最早傳出",
        "先是傳出",
        "起初傳出",
        "一開始傳出",
        "最初傳出",
        "事件始於",
        "風波始於",
    ),
)
