"""Claim engine: recaps, past experience, who speaks, hedges (round 17's recaps16 kinds).

- the claim's own statement recalled: a promise verb (承诺, 表态, pledged) is a telling, and a
  fronted month that holds the claim's `made` day dates it ("今年1月，X在大会上承诺……", "In
  January, Acme pledged ..."); a weekday of last week that is the `made` day (上周四发表声明,
  "said last Thursday") retells the origin; a clause pointing back to the promise with a verb
  of now (这个承诺我们会兑现到年底) is news, which a recall before it does not reach;
- an analyst's quoted words after 提醒, 警告, "cautioned", "warned" are the analyst's view;
- experiential V+过 (经历过, 遭遇过, 有过) and "had once been", "has been through" set a cue in
  the past, as 曾 does; 通过, 超过, 有过半数, 经历过去三年 do not;
- a contracted negation ("there won't be a shutdown", "isn't planning", "didn't") negates;
- a likelihood said of an event noun ("signing ... was possible but tight", 签约或在月底前)
  hedges it.
Each judged by a rule of the test's own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import rule_under_test, stance_of
from watch.claims.markers import find_markers
from watch.claims.rules import ClaimRule
from watch.models import Stance


def _freeze() -> ClaimRule:
    """Acme holds its dealer fees flat all year (made on 12 January)."""
    return rule_under_test(
        id="acme-fee-freeze",
        made="2026-01-12",
        subject={"acme": ["Acme", "艾克美", "艾克美"], "fee": ["dealer fees", "加盟费", "加盟費"]},
        window=1,
        confirms=["keep dealer fees flat", "不上调", "不上調", "兑现", "兌現", "will honour"],
        contradicts=["raise dealer fees", "上调", "上調"],
    )


FEB_4 = dt.date(2026, 2, 4)


@pytest.mark.parametrize(
    "text",
    [
        "今年1月，艾克美在全国经销商大会上承诺全年不上调加盟费，被视为安抚经销商之举。",
        "今年1月，艾克美在全國經銷商大會上承諾全年不上調加盟費。",
        "In January, Acme pledged at its dealer conference to keep dealer fees flat all year.",
        "In January, Acme vowed to keep dealer fees flat this year, a move read as a sop.",
    ],
)
def test_a_fronted_month_of_the_claims_promise_retells_it(text: str) -> None:
    assert stance_of(_freeze(), text, FEB_4) is Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        # news of the month just ended with no telling: still news
        "今年1月，艾克美全年不上调加盟费的决定正式生效。",
        "艾克美今日宣布全年不上调加盟费。",
    ],
)
def test_news_without_the_retold_telling_stays_news(text: str) -> None:
    assert stance_of(_freeze(), text, FEB_4) is Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        "In January, Acme told dealers it would now raise dealer fees.",
        "今年1月，艾克美对经销商表示，现在改为上调加盟费。",
    ],
)
def test_a_change_told_in_the_made_month_stays_news(text: str) -> None:
    assert stance_of(_freeze(), text, FEB_4) is Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    [
        "艾克美总裁答问。年初我们向经销商承诺过，今年加盟费不上调，这个承诺我们会兑现到年底。",
        "艾克美總裁答問。年初我們向經銷商承諾過，今年加盟費不上調，這個承諾我們會兌現到年底。",
    ],
)
def test_a_promise_pointed_back_to_and_kept_now_is_news(text: str) -> None:
    assert stance_of(_freeze(), text, dt.date(2026, 8, 20)) is Stance.CONFIRMS


def test_a_recall_without_the_promise_now_stays_a_recap() -> None:
    text = "艾克美总裁答问。年初我们向经销商承诺过，今年加盟费不上调，当时市场反应积极。"
    assert stance_of(_freeze(), text, dt.date(2026, 8, 20)) is Stance.MENTIONS


def _leak() -> ClaimRule:
    """Globex's leak touched about 800,000 records (stated on Thursday 26 February)."""
    return rule_under_test(
        id="globex-leak",
        made="2026-02-26",
        subject={"globex": ["Globex", "格洛贝"], "leak": ["records", "记录", "記錄", "泄露"]},
        window=1,
        confirms=["约80万条", "約80萬條", "80万条", "80萬條", "about 800,000 records"],
    )


MAR_2 = dt.date(2026, 3, 2)  # a Monday: last week's Thursday is 26 February


@pytest.mark.parametrize(
    "text",
    [
        "格洛贝上周四发表声明，指一名员工违规导出客户资料，泄露约80万条记录。",
        "格洛貝上週四發表聲明，指一名員工違規導出客戶資料，洩露約80萬條記錄。",
        "Globex said last Thursday that an employee had exported about 800,000 records.",
    ],
)
def test_last_weeks_day_of_the_statement_retells_it(text: str) -> None:
    assert stance_of(_leak(), text, MAR_2) is Stance.MENTIONS


def test_another_day_of_last_week_is_not_the_origin() -> None:
    text = "格洛贝上周二发表声明，指一名员工违规导出客户资料，泄露约80万条记录。"
    assert stance_of(_leak(), text, MAR_2) is Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        "另一名分析员则提醒，格洛贝的数据管控一向薄弱，「80万条记录未必是最终数字」。",
        "分析師警告，格洛貝的管控薄弱，「80萬條記錄恐怕只是開始」。",
        'On Globex, a broker cautioned: "about 800,000 records is not the last word."',
        'Analysts warned that "about 800,000 records may be just the start" for Globex.',
    ],
)
def test_an_analysts_warning_quoted_is_the_analysts(text: str) -> None:
    assert stance_of(_leak(), text, MAR_2) is Stance.MENTIONS


def test_the_companys_own_quoted_figure_still_counts() -> None:
    text = "格洛贝今日提醒客户，「约80万条记录受影响」。"
    assert stance_of(_leak(), text, MAR_2) is Stance.CONFIRMS


def _voided() -> ClaimRule:
    """Acme's patent is declared invalid."""
    return rule_under_test(
        id="acme-patent",
        subject={"acme": ["Acme", "艾克美"], "case": ["patent", "专利", "專利"]},
        window=1,
        contradicts=["宣告无效", "宣告無效", "declared invalid"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "艾克美这些年也经历过一项专利被宣告无效的波折。",
        "艾克美也遭遇過一項專利被宣告無效的挫折。",
        "艾克美早年有过一项专利被宣告无效。",
        "Acme, whose patent had once been declared invalid, now licenses it widely.",
        "Acme has been through a patent declared invalid before.",
    ],
)
def test_an_experience_had_is_background(text: str) -> None:
    assert stance_of(_voided(), text) is Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "艾克美专利被宣告无效，超过业界预期。",
        "不过，艾克美专利被宣告无效。",
        "经历过去三年的诉讼，艾克美专利被宣告无效。",
        "Acme's patent was declared invalid on Monday.",
    ],
)
def test_guo_in_other_words_is_no_experience(text: str) -> None:
    assert stance_of(_voided(), text) is Stance.CONTRADICTS


def _shutdown() -> ClaimRule:
    """Acme retires its Swiftpost service."""
    return rule_under_test(
        id="acme-swiftpost",
        subject={"acme": ["Acme", "艾克美"], "svc": ["Swiftpost", "速邮"]},
        window=1,
        confirms=["shutdown", "retire", "停运"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Acme said there won't be a January shutdown of Swiftpost.",
        "Acme said there won’t be a Swiftpost shutdown after all.",
        "Acme isn't planning a shutdown of Swiftpost.",
        "Acme didn't retire Swiftpost.",
        "艾克美表示，速邮不会有停运安排。",
    ],
)
def test_a_contracted_negation_negates_the_noun(text: str) -> None:
    assert stance_of(_shutdown(), text) is Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "Acme said there will be a shutdown of Swiftpost.",
        "Acme said it would retire Swiftpost, and there's no going back.",
        "艾克美表示，速邮将会有停运安排。",
    ],
)
def test_an_affirmed_shutdown_still_confirms(text: str) -> None:
    assert stance_of(_shutdown(), text) is Stance.CONFIRMS


def _signing() -> ClaimRule:
    """Acme signs its concession extension by the end of June."""
    return rule_under_test(
        id="acme-concession",
        subject={"acme": ["Acme", "艾克美"], "deal": ["concession", "特许经营", "特許經營"]},
        window=1,
        confirms=["signing", "签约", "簽約"],
    )


@pytest.mark.parametrize(
    "text",
    [
        'A broker said signing of the Acme concession this month was "possible but tight".',
        "Acme said signing of the concession before July looks a stretch.",
        "Acme concession signing is likely this month, one banker said.",
        "券商称，艾克美特许经营协议签约或在月底前。",
        "券商稱，艾克美特許經營協議簽約或會延至下月。",
    ],
)
def test_a_likelihood_said_of_the_event_noun_hedges_it(text: str) -> None:
    assert stance_of(_signing(), text, dt.date(2026, 6, 2)) is Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "Acme completed signing of the concession on Monday.",
        "Acme finished signing of the concession, which was possible after the board's vote.",
        "艾克美特许经营协议签约已于周一完成。",
    ],
)
def test_a_signing_done_still_confirms(text: str) -> None:
    assert stance_of(_signing(), text, dt.date(2026, 6, 2)) is Stance.CONFIRMS


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("公司经历过一次重组", True),
        ("公司遭遇过停产", True),
        ("it had once been", True),
        ("公司有过半数董事同意", False),
        ("公司经历过去三年的低迷", False),
        ("议案获通过", False),
        ("销量超过预期", False),
    ],
)
def test_experiential_guo_is_a_background_marker_only_as_a_verb_suffix(
    text: str, background: bool
) -> None:
    found = [m for m in find_markers(text, 0, len(text)) if m.kind == "background"]
    assert bool(found) is background
