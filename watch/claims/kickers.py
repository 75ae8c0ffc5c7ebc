"""Headline labels before a colon that name no source: the genre or medium ("Press release:",
"FLASH:", "BRIEF:", "Live:", 快讯：, 声明：), an issuer's own statement ("Unite statement:",
工会声明：),
and an English phrase in sentence case ("Second time lucky:", "Deal watch:", "Trillion or
bust:") that names no outlet and no person. An outlet ("Reuters:", "WSJ:"), a name ("IG
Metall:", 祈耀年：) or a person by office ("Szeged mayor:") still attributes. Pure helpers for
`story`.
"""

from __future__ import annotations

import re

from watch.claims.speech import SAY_ZH
from watch.claims.text import normalise

# A kicker that names the genre or the medium ("Press release:", "Live:", 公告：, 直播：) tells how
# the story is told, not who told it: the release is the issuer's own word, the live blog the
# paper's, a flash the wire's. A source kicker ("Reuters:", 路透：) still attributes.
GENRE = re.compile(
    r"(?:live|live blog|live updates|live coverage|as it happened|press release|news release|"
    r"media release|announcement|flash|newsflash|news flash|breaking news|news alert|alert|"
    # a wire's brief or update names its form ("BRIEF:", "In brief:", "UPDATE 2:", "Just in:")
    r"brief|briefs|in brief|news brief|news in brief|briefly|update|updated|update \d+|just in|"
    r"developing|developing story|latest|"
    r"公告|新闻稿|新聞稿|通稿|通告|直播|图文直播|滚动|滾動|实时|實時|快报|快報|快讯|快訊|简讯|簡訊|"
    r"短讯|短訊|突发|突發|重磅|速递|速报|最新|最新消息|更新)"
)
# "<issuer> statement:", 工会声明：: the issuer's own word on the record, as a press release is.
_OWN_STATEMENT = re.compile(r".{0,24}?(?:statement|press statement|joint statement|声明|公开信)")
# The last word of a label that names a person or a source by role ("Szeged mayor:", "Fed
# chair:", "Sources:"): such a label is still someone's word.
_PERSON = re.compile(
    r"(?:mayor|minister|chief|ceo|cfo|boss|chair|chairman|chairwoman|president|governor|"
    r"spokesman|spokeswoman|spokesperson|official|officials|executive|founder|director|analyst|"
    r"analysts|source|sources|insider|insiders|people|says|said|tells|told)"
)


# A headline phrase that counts a stretch of time (快递价格战第五年, 停火第二周, 关税战第三天):
# it names the story's moment, no source.
_ORDINAL_PERIOD = re.compile(
    r".*第[一二三四五六七八九十百两0-9]+(?:个)?(?:年|天|日|周|週|月|季|轮|回|届)$"
)


def names_no_one(label: str, raw: str) -> bool:
    """True when a headline's label before its colon (`label` normalised, `raw` as written)
    names no source: a genre, an issuer's own statement, a phrase counting the story's time,
    or a phrase in sentence case."""
    if GENRE.fullmatch(label) is not None or _OWN_STATEMENT.fullmatch(label) is not None:
        return True
    if _ORDINAL_PERIOD.fullmatch(label) is not None or _topic(raw.strip()):
        return True
    return _phrase(raw.strip()) and _PERSON.fullmatch(label.split()[-1]) is None


# A Chinese topic label (香港奢侈品零售寒冬：, 芯片出口新规：, 港股IPO热潮：): five Han
# characters or more, ending on no word that makes it an outlet, a body or a person (路透社,
# 华尔街日报, 海关总署, 比亚迪集团, 发言人, 知情人士), with no telling verb (称, 表示) and no
# foreign name's dot (伊丽莎白·沃伦): the Chinese twin of a sentence-case phrase, a topic.
_ZH_TOPIC = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]*[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]*")
_ZH_SOURCE_END = re.compile(
    r"(?:社|报|報|报道|報道|网|網|台|刊|媒|新闻|新聞|财经|財經|通讯|通訊|部|署|委|委员会|委員會|会|會|"
    r"院|厅|廳|办|辦|处|處|所|府|行|司|集团|集團|公司|控股|银行|銀行|协会|協會|联盟|聯盟|汽车|汽車|"
    r"科技|股份|人士|人|者|员|員|长|長|官|家|师|師|方|们|們|界|团|團|党|黨|军|軍|队|隊|中心|机构|"
    # 局 a bureau (统计局), not a state of play (新局, 格局, 变局, 僵局)
    r"機構|(?<![新格变變僵困危乱亂残殘结結开開布大时時政棋破迷])局)$"
)
# The shared telling verbs (speech.SAY_ZH: 宣布, 披露, 告知 too) plus an answer, a warning or a
# denial (回应, 警告, 坦言, 直言, 否认), read on the folded label (說, 稱, 證實 -> 说, 称, 证实).
_ZH_TELLS = re.compile(SAY_ZH + "|回应|警告|坦言|直言|否认|强调")


def _topic(raw: str) -> bool:
    """A Chinese headline label that is a topic's noun phrase, not a source."""
    if _ZH_TOPIC.fullmatch(raw) is None:
        return False
    han = sum(1 for c in raw if "\u4e00" <= c <= "\u9fff")
    return han >= 5 and _ZH_SOURCE_END.search(raw) is None and not _ZH_TELLS.search(normalise(raw))


def _phrase(raw: str) -> bool:
    """An English phrase in sentence case: two words or more, the first capitalised and every
    later one lower case ("Second time lucky", not "Wall Street Journal", "IG Metall")."""
    words = raw.split()
    if len(words) < 2 or not raw.isascii() or not words[0][:1].isupper():
        return False
    return all(w[:1].islower() or not w[:1].isalpha() for w in words[1:]) and words[0][1:] == (
        words[0][1:].lower()
    )


# A columnist's named kicker in capitals ("COMMUTER:", "ON THE RAILS:") over prose in the first
# person: the column's name, not a source. An outlet in capitals ("REUTERS:") heads wire copy,
# which does not say "I".
_CAPS_KICKER = re.compile(r"[A-Z][A-Z'&-]+(?: [A-Z][A-Z'&-]+){0,2}")
_FIRST_PERSON = re.compile(r"(?<![a-z'])(?:i|my|me)(?![a-z'])|我(?!们|們|国|國|司|行|省|市|区|區)")


# What follows a newsletter's own name in its headline: the issue, not a story ("Infra Ledger:
# Week in Indian ports", "The Morning Brief: Tuesday edition", "Chip Notes: Issue 42", 港航周刊：
# 本周要闻, 出海观察：第12期, 晨读：今日看点).
_ISSUE = re.compile(
    r"\s*(?:(?:the |this |last )?week(?:'s)? in |(?:the )?(?:day|month|year) in |today in |"
    r"(?:this |the )?week(?:ly)?(?: edition| review| roundup| round-up| wrap)?(?![a-z])|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s)? (?:edition|issue|briefing)|"
    r"(?:morning|evening|daily|weekend) (?:edition|briefing|brief|issue|read)|"
    r"(?:issue|edition|vol\.?|volume|no\.) ?#?\d|#\d|"
    r"本周|本週|上周|一周|每周|今日|每日|本月|第[一二三四五六七八九十百0-9]+期)"
)
_COLON = re.compile("[:：]")
# The lead of a newsletter: its masthead, the name again with the issue ("**INFRA LEDGER —
# Wednesday edition**", 港航周刊 第12期).
_MASTHEAD_TAIL = re.compile(
    r"[\s*_#|:：—–-]*(?:$|(?:[a-z]+day |weekly |daily |morning |evening )?(?:edition|issue)|"
    r"(?:vol\.?|volume|no\.|issue) ?#?\d|第[一二三四五六七八九十百0-9]+期|\d{4}[-/年])"
)


def column_kicker(raw: str, lead: str, title: str = "") -> bool:
    """True when a headline's label before its colon (`raw`, as written) is a column's or a
    newsletter's own name: one to three words in capitals over a lead (`lead`, normalised) in
    the first person singular, or a name followed by an issue rather than a story (in `title`,
    the normalised headline, after its colon: "Infra Ledger: Week in Indian ports") or repeated as
    the lead's masthead ("INFRA LEDGER — Wednesday edition"). The newsletter is the outlet
    telling the story, not a source it cites."""
    rest = _COLON.split(title, maxsplit=1)[1:]
    if rest and _ISSUE.match(rest[0]) is not None:
        return True
    name = raw.strip().lower()
    start = len(lead) - len(lead.lstrip(" *_#\n"))
    if name and lead.startswith(name, start) and _MASTHEAD_TAIL.match(lead, start + len(name)):
        return True
    if _CAPS_KICKER.fullmatch(raw.strip()) is None:
        return False
    return _FIRST_PERSON.search(lead) is not None
