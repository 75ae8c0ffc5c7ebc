"""Near-duplicate detection: syndicated copies are near, different stories are not."""

from __future__ import annotations

import random

import pytest

from watch.dedup import (
    bands,
    content_hash,
    fingerprint,
    hamming,
    is_near_duplicate,
    normalise,
)

WIRE_STORY = """\
Harbor Lines said on Tuesday it had agreed to buy Nordkap Freight for $2.1 billion in cash, a \
deal that would make the combined group the third-largest container carrier on routes between \
Asia and northern Europe.
The Danish company said it expected the acquisition to close in the third quarter of 2024, \
subject to approval by competition authorities in the European Union and China. Nordkap \
shareholders will receive 48 crowns per share, a premium of 31 percent over Monday's closing price.
"Scale matters more than ever in this industry," chief executive Lars Holm told reporters on a \
conference call. "Together we can offer customers more frequent sailings without adding ships to \
an already crowded market."
Analysts at two banks said the price looked full given falling freight rates, but noted that the \
two fleets overlap on few routes, which could ease the regulatory review. Harbor Lines shares fell \
4.2 percent in Copenhagen trading while Nordkap shares jumped 27 percent.
The deal does not include Nordkap's terminal business in Gdansk, which will be sold separately, \
the companies said. Harbor Lines will finance the purchase with cash on hand and a new bond issue \
of about $800 million, and expects annual cost savings of $150 million by the end of 2026.
Container shipping companies have been consolidating since rates collapsed after the pandemic \
boom, and regulators have so far approved most deals with only minor conditions attached. The \
European Commission cleared two smaller mergers last year after the buyers agreed to give up \
slots in alliances serving the Baltic Sea.
Nordkap, founded in 1961 in Bergen, operates 74 vessels and employs about 5,200 people. Its \
board unanimously recommended the offer, and its two largest shareholders, which together own \
38 percent of the shares, have committed to accept it."""


def reprint(story: str, headline: str, dateline: str, pitch: str, footer: str) -> str:
    """The story as another outlet prints it: its headline line on top, its dateline, a
    pitch line after the second paragraph and its own footer."""
    lines = story.split("\n")
    return "\n".join([headline, dateline + lines[0], *lines[1:3], pitch, *lines[3:], footer])


# Page furniture only: what most syndicated copies differ by once extraction is done.
REPRINT_AS_IS = reprint(
    WIRE_STORY,
    "Harbor Lines to snap up Nordkap in $2.1 bln deal",
    "COPENHAGEN (Northern Wire) - ",
    "Sign up for our Morning Briefing newsletter here.",
    "(Reporting by Maria Jensen; editing by Tom Hale)\nRead more: shipping stocks slide",
)
# ... plus a house-style edit ("percent" -> "per cent", three times) and a reworded clause.
REPRINT_EDITED = REPRINT_AS_IS.replace("percent", "per cent").replace(
    "told reporters on a conference call", "said on a call with reporters"
)

SAME_TOPIC_OTHER_STORY = """\
Regulators in the European Union opened an in-depth investigation on Thursday into Harbor Lines' \
planned $2.1 billion purchase of Nordkap Freight, saying the deal could raise prices for shippers \
on routes between Asia and northern Europe.
The European Commission said it had concerns that the combined group would face too little \
competition on several trade lanes into Baltic Sea ports, where Harbor Lines and Nordkap are \
among the few carriers offering weekly sailings. It set a deadline of Sept. 12 for its decision.
Harbor Lines said it would cooperate fully with the Commission and still expected the deal to \
close, although perhaps later than the third quarter it had originally targeted. Chief executive \
Lars Holm said the company was prepared to discuss remedies, including giving up alliance slots.
Nordkap shares fell 6 percent in Oslo on the news, widening the gap to the offer price of 48 \
crowns per share, a sign that investors see a growing risk that the deal will be blocked or \
substantially changed. Harbor Lines shares were little changed in Copenhagen.
Shipping lawyers said in-depth reviews of container carrier mergers were rare and usually ended \
with approval subject to conditions, but that the Commission had become more skeptical of \
consolidation in the industry since freight rates spiked during the pandemic."""

ZH_STORY = """\
星河电子周二晚间发布公告称，公司拟以现金加股份的方式收购蓝海半导体全部股权，交易总对价约为120亿元人民币。
公告显示，此次交易中现金支付部分约为45亿元，其余部分将以每股28.5元的价格向蓝海半导体原股东发行股份。\
交易完成后，蓝海半导体将成为星河电子的全资子公司。
星河电子董事长王建国在接受采访时表示，收购完成后，公司将形成从芯片设计到封装测试的完整产业链，\
“这笔交易将显著提升我们在汽车电子领域的竞争力”。
据了解，本次交易尚需获得公司股东大会批准以及国家市场监督管理总局的反垄断审查。公司预计交易将于今年第四季度完成交割。
分析人士指出，近年来国内半导体行业并购活跃，但此类交易的估值普遍偏高。星河电子股价周三开盘后一度上涨7.3%，收盘涨幅收窄至4.1%。
蓝海半导体成立于2012年，总部位于苏州，主要从事功率器件的研发与生产，去年实现营业收入约18亿元，净利润约2.6亿元。\
公司目前拥有员工约3200人，在无锡和合肥设有两座生产基地，产品主要供应国内新能源汽车和光伏逆变器厂商。"""

ZH_REPRINT_AS_IS = reprint(
    ZH_STORY,
    "星河电子百亿并购落地",
    "证券日报讯 ",
    "扫码关注证券日报微信公众号",
    "（来源：证券日报 责任编辑：张华）",
)
ZH_REPRINT_EDITED = ZH_REPRINT_AS_IS.replace("周二晚间", "18日晚间").replace(
    "分析人士指出", "有分析人士指出"
)

ZH_OTHER_STORY = """\
国家市场监督管理总局周五宣布，对星河电子收购蓝海半导体一案进行附加限制性条件的反垄断审查，审查期限最长为180天。
市场监管总局表示，两家公司在车规级功率器件市场的合计份额较高，交易可能对下游新能源汽车厂商的采购价格产生影响，\
需要进一步评估。
星河电子当晚回应称，公司将积极配合审查工作，并已准备了包括对外授权部分专利在内的补救方案，交易完成时间可能推迟至明年上半年。
受此消息影响，星河电子股价周一低开，盘中一度下跌5.6%，收盘跌幅为3.2%。蓝海半导体的部分下游客户表示，将密切关注审查进展。
业内人士认为，近年来半导体领域的并购审查明显趋严，监管部门更加关注交易对产业链供应安全和市场竞争格局的影响。"""


def test_normalise_folds_case_width_punctuation_and_space() -> None:
    assert normalise("Hello,  World! ") == "helloworld"
    assert normalise("ＡＢＣ １２３。") == "abc123"
    assert normalise("星河电子，宣布 收购！") == "星河电子宣布收购"


def test_content_hash_ignores_formatting_only() -> None:
    assert content_hash("Harbor Lines buys Nordkap.") == content_hash("harbor  lines BUYS nordkap")
    assert content_hash("Harbor Lines buys Nordkap") != content_hash("Harbor Lines sells Nordkap")
    assert len(content_hash("x")) == 64


def test_fingerprints_are_signed_64_bit_and_deterministic() -> None:
    values = [fingerprint(t) for t in (WIRE_STORY, ZH_STORY, WIRE_STORY * 2, ZH_STORY[::-1])]
    assert all(v is not None and -(2**63) <= v < 2**63 for v in values)
    assert any(v is not None and (v < 0 or v >= 2**62) for v in values)  # high bit is used
    assert fingerprint(WIRE_STORY) == fingerprint(WIRE_STORY)
    assert fingerprint(WIRE_STORY.upper()) == fingerprint(WIRE_STORY)


@pytest.mark.parametrize("text", ["", "a", "Acme delays IPO.", "short " * 30, "短讯" * 15])
def test_short_texts_get_no_fingerprint(text: str) -> None:
    assert fingerprint(text) is None


@pytest.mark.parametrize(
    ("original", "copy"),
    [
        (WIRE_STORY, REPRINT_AS_IS),
        (WIRE_STORY, REPRINT_EDITED),
        (ZH_STORY, ZH_REPRINT_AS_IS),
        (ZH_STORY, ZH_REPRINT_EDITED),
    ],
    ids=["english-as-is", "english-edited", "chinese-as-is", "chinese-edited"],
)
def test_syndicated_copy_is_near_duplicate(original: str, copy: str) -> None:
    assert content_hash(original) != content_hash(copy)
    a, b = fingerprint(original), fingerprint(copy)
    assert a is not None and b is not None
    assert is_near_duplicate(a, b), hamming(a, b)


@pytest.mark.parametrize(
    ("one", "other"),
    [(WIRE_STORY, SAME_TOPIC_OTHER_STORY), (ZH_STORY, ZH_OTHER_STORY), (WIRE_STORY, ZH_STORY)],
    ids=["english-same-entities", "chinese-same-entities", "different-language"],
)
def test_different_stories_on_same_topic_are_not(one: str, other: str) -> None:
    a, b = fingerprint(one), fingerprint(other)
    assert a is not None and b is not None
    distance = hamming(a, b)
    assert distance > 12, distance


def test_hamming_and_bands() -> None:
    assert hamming(0, -1) == 64
    assert hamming(5, 6) == 2
    assert bands(-1) == (0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF)
    assert bands(0x0001_0002_0003_0004) == (4, 3, 2, 1)


def test_fingerprints_within_three_bits_share_a_band() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        h = rng.getrandbits(64) - 2**63
        flipped = h
        for bit in rng.sample(range(64), rng.randint(0, 3)):
            flipped ^= 1 << bit
        flipped = (flipped & (2**64 - 1)) - (2**64 if flipped & (1 << 63) else 0)
        assert is_near_duplicate(h, flipped)
        assert any(a == b for a, b in zip(bands(h), bands(flipped), strict=True))
