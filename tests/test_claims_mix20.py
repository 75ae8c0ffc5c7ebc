"""Round twenty (mix20): a source described by whom it is close to (接近交易的人士, "people close
to a deal") read as talks nearing an end; a wire's form kicker ("BRIEF:", 快讯：) read as a
source; a fresh confirmation of a deal's figure read as the deal recalled, because the deal's
month stands in a 的 clause (知情人士证实，……3月续签的租约月租为……); and a recap's clause after a
semicolon ("; a rival source then told another paper ...") read as fresh."""

from __future__ import annotations

import datetime as dt

from tests.claimkit import judged, rule_under_test
from watch.models import Stance

_MAY = dt.date(2026, 5, 6)
_DEAL = rule_under_test(
    statement="Acme has completed its purchase of Beta",
    subject={"acme": ["Acme", "艾克美"], "beta": ["Beta", "贝塔"]},
    confirms=["completed", "完成收购", "完成对"],
    contradicts=["called off", "终止"],
)
_RENT = rule_under_test(
    statement="Acme renewed its flagship lease at about HK$7m a month, down from HK$10m",
    made="2026-03-18",
    subject={
        "acme": ["Acme", "艾克美"],
        "shop": ["flagship", "lease", "rent", "旗舰店", "租约", "月租"],
    },
    confirms=[],
    amount=[
        {
            "currency": "HKD",
            "near": ["rent", "a month", "月租", "租金"],
            "confirms": [6300000, 7700000],
            "contradicts": [[None, 5000000], [8500000, 9900000]],
        },
        {
            "unit": "percent",
            "near": ["cut", "below", "下调", "降幅"],
            "confirms": [25, 35],
            "contradicts": [[None, 15]],
        },
    ],
)


def _stance(rule: object, text: str, title: str = "") -> Stance:
    got = judged(rule, text, title=title, published=_MAY)  # type: ignore[arg-type]
    return got.stance


def test_a_source_close_to_the_deal_is_no_hedge() -> None:
    for text in (
        "一位接近交易的人士证实艾克美已完成对贝塔的收购。",
        "多位接近艾克美管理层的知情人士说艾克美已完成对贝塔的收购。",
        "一位接近交易的人士證實艾克美已完成對貝塔的收購。",
        "Two people close to a deal said Acme has completed its purchase of Beta.",
    ):
        assert _stance(_DEAL, text) is Stance.CONFIRMS, text
    # near misses: talks close to an end still hedge
    for text in (
        "艾克美对贝塔的收购已接近完成，知情人士称。",
        "Acme is close to a deal to buy Beta after it completed due diligence, people said.",
    ):
        assert _stance(_DEAL, text) is not Stance.CONFIRMS, text


def test_a_form_kicker_names_no_source() -> None:
    body = "Acme has completed its purchase of Beta, Acme said in a filing, and expects savings."
    zh = "艾克美公告称，已完成对贝塔的收购，预计将节省成本。"
    for title, text in (
        ("BRIEF: Acme wraps up Beta deal", body),
        ("Update 2: Acme wraps up Beta deal", body),
        ("快讯：艾克美收购落地", zh),
    ):
        got = judged(_DEAL, text, title=title, published=_MAY)
        assert not any("headline or lead" in r for r in got.reasons), (title, got.reasons)
    # near miss: an outlet's kicker still attributes
    got = judged(_DEAL, body, title="Reuters: Acme wraps up Beta deal", published=_MAY)
    assert any("headline or lead" in r for r in got.reasons), got.reasons


def test_a_fresh_confirmation_of_a_deal_struck_then_is_news() -> None:
    for text in (
        "一位知情人士向本报证实，艾克美今年3月续签的租约月租约为700万港元。",
        "業內人士透露，艾克美今年3月續簽的租約月租約為700萬港元。",
    ):
        assert _stance(_RENT, text) is Stance.CONFIRMS, text
    # near misses: the deal told as before, or a telling recalled, stays a recap
    for text in (
        "艾克美今年3月续签的租约月租约为700万港元。",
        "艾克美曾表示，今年3月续签的租约月租约为700万港元。",
    ):
        assert _stance(_RENT, text) is Stance.MENTIONS, text


def test_a_recap_goes_on_after_its_semicolon() -> None:
    for text in (
        "Reports in March said Acme's rent was about HK$7m a month; a rival source then told "
        "another paper the cut was only 5%.",
        "3月有报道称艾克美旗舰店月租约700万港元；另一消息人士随后向其他媒体表示下调仅约5%。",
    ):
        assert _stance(_RENT, text) is Stance.MENTIONS, text
    # near misses: a fresh clause after the semicolon is news; "later this week" is a time
    for text in (
        "Reports in March said Acme's rent was about HK$7m a month; the landlord told us on "
        "Tuesday the cut was only 5%.",
        "Reports in March said Acme's rent was about HK$7m a month; the landlord will later "
        "this week confirm the cut was only 5%.",
    ):
        assert _stance(_RENT, text) is Stance.CONTRADICTS, text
