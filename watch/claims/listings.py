"""A launch word that tells a listing: 上市 of a company's shares, not of a product.

上市 is a product reaching the shops (新品上市, 在欧洲市场上市) and a company's shares reaching
an exchange (在港交所上市, 公司已于2019年上市); a launch word is also a listing's in "launched its
IPO". `<launch>` lists only a product's shapes of 上市 (`vocab_launch`); this reading drops a
`<launch>` hit that reads as a listing after all:

- a listing word in its clause (IPO, 股, 交易所, 募资, 招股, 挂牌, 市值, "stock exchange"), or
- a 上市 with the company as its subject: its clause names the rule's first subject group (the
  company, as the README advises) or a word for a company (公司, 集团), and no other group's
  alias, unless the phrase itself says a product is sold (新品上市, 上市销售).

Pure: hits and normalised text in, hits out.
"""

from __future__ import annotations

import re

from watch.claims.signals import Hit, TermKind

# A clause: what lies between two of these (not 、, which lists inside a clause).
_BREAK = re.compile(r"[.;:!?。；：！？\n,，]")
_LISTING = re.compile(
    r"(?<![a-z])(?:ipo|ipos|initial public offering|public offering|go public|goes public|"
    r"going public|went public|stock exchange|stock market|nasdaq|nyse|flotation)(?![a-z])|"
    r"首次公开|公开发行|公开募股|招股|募资|募股|挂牌|交易所|港交所|联交所|上交所|深交所|北交所|"
    r"纽交所|纳斯达克|创业板|科创板|市值|上市公司|上市申请|上市辅导|递表|证监会|保荐|借壳|"
    r"资本市场|证券|股票|股市|股价|港股|a股|h股|美股|新股|发行价|估值|敲钟"
)
_SHANGSHI = "上市"  # a product reaching the shops, or shares an exchange
# The phrase itself says a product is sold: no company lists "new models" or "for sale".
_PRODUCT = re.compile(r"新品|新车|新机|新款|销售|发售|开卖|开售")
_COMPANY = re.compile(r"公司|集团|企业")


def drop_listings(hits: list[Hit], norm: str, owner: str) -> list[Hit]:
    """`hits` without the `<launch>` hits that tell a listing; `owner` is the rule's first
    subject group (the company)."""
    launches = [h for h in hits if h.entry.kind is TermKind.CUE and h.entry.idea == "launch"]
    if not launches:
        return hits
    aliases = [h for h in hits if h.entry.kind is TermKind.ALIAS]
    listed = {id(h) for h in launches if _listing(h, norm, aliases, owner)}
    return [h for h in hits if id(h) not in listed] if listed else hits


def _listing(hit: Hit, norm: str, aliases: list[Hit], owner: str) -> bool:
    start, end = _clause(norm, hit.start, hit.end)
    if _LISTING.search(norm, start, end):
        return True
    said = norm[hit.start : hit.end]
    if _SHANGSHI not in said or _PRODUCT.search(said):
        return False
    groups = {a.entry.key for a in aliases if start <= a.start and a.end <= hit.end}
    if groups - {owner}:
        return False  # a product named: its 上市 (FlyCart 100已于本月在欧洲市场上市)
    return owner in groups or bool(_COMPANY.search(norm, start, hit.start))


def _clause(norm: str, start: int, end: int) -> tuple[int, int]:
    """The clause around norm[start:end]: from the break before it to the break after it."""
    before = max((m.end() for m in _BREAK.finditer(norm, max(0, start - 200), start)), default=0)
    after = _BREAK.search(norm, end)
    return max(before, start - 200), min(after.start() if after else len(norm), end + 200)
