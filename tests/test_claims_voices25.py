"""Who speaks, and what is only an aside.

- A Q&A: the interviewer's "Q:" line is a question even before its question mark, "there was a
  report last month that" recalls a report, and under a headline that makes the piece an
  interview of the claim's company or its officer ("Q&A: Jane Roe on ...", 专访艾克美首席执行官)
  the answers' "I"/"we" (我/我们) are the company's; not under a former officer's headline.
- A "whose <role> X does Y" clause on the subject (其首席执行官……的艾克美) is setting; a lead's
  "according to a survey" (根据一项调查) sources that survey only; a newsletter rubric ("Brussels
  week:") is no source.
- The writer's own belief (在笔者看来, 笔者认为, "in my view") is a view, a mention.
- A cue whose subject is a count of unnamed plants (至少四个新项目投产，其中包括……; "at least four
  new plants ..., including") is a mention; 业内人士估计 / "industry insiders estimate" hedges.

Each judged by a rule of the test's own, in English and Chinese, with the near-misses that must
stay as they are.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.rules import ClaimRule
from watch.models import Stance

PUBLISHED = dt.date(2026, 9, 24)
C, X, M = Stance.CONFIRMS, Stance.CONTRADICTS, Stance.MENTIONS


def _exit_rule() -> ClaimRule:
    """Jane Roe steps down as Acme's chief executive in 2026; staying contradicts."""
    return rule_under_test(
        id="acme-ceo-exit",
        deadline="2026-12-31",
        subject={
            "acme": ["Acme", "艾克美", "Jane Roe", "罗简"],
            "role": ["chief executive", "首席执行官", "successor", "继任者"],
        },
        window=1,
        confirms=["step down", "leave", "successor", "hand over", "卸任", "离任", "继任者", "交棒"],
        contradicts=["not going anywhere", "留任"],
        negation={"confirms": "flip"},
        when={
            "confirms": ["2026-01-01", "2026-12-31"],
            "near": ["step down", "hand over", "卸任", "交棒"],
        },
    )


def _listing_rule() -> ClaimRule:
    """Acme lists in Hong Kong: a bare listing word confirms."""
    return rule_under_test(
        id="acme-hk",
        deadline="2026-12-31",
        subject={"acme": ["Acme", "艾克美"], "ipo": ["listing", "list", "上市"]},
        window=1,
        confirms=["listing", "上市"],
    )


def _plant_rule() -> ClaimRule:
    """Acme's plant starts production."""
    return rule_under_test(
        id="acme-plant",
        deadline="2026-12-31",
        subject={
            "plant": ["Acme's plant", "Acme plant", "艾克美工厂", "艾克美的工厂"],
            "start": ["start production", "投产"],
        },
        window=1,
        confirms=["start production", "投产"],
    )


def _judge(rule: ClaimRule, title: str, text: str) -> tuple[Stance, float, str]:
    j = judged(rule, text, title=title, published=PUBLISHED)
    return j.stance, j.confidence, "\n".join(j.reasons)


# --- 1. a Q&A: the question line, the recalled report, the interviewee's "I" ----------------

QA_EN = "Q&A: Jane Roe on tariffs and her own future"
LEAD_EN = "Acme reported lower sales. We spoke to the chief executive after the results.\n\n"
ASK_EN = "Q: There was a report last month that the board is looking for your successor. "
QA_ZH = "专访艾克美首席执行官罗简：谈关税与去留"
LEAD_ZH = "艾克美周二公布业绩。我们在业绩会后采访了首席执行官。\n\n"
ASK_ZH = "问：上个月有报道称董事会正在物色您的继任者。"


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (QA_EN, LEAD_EN + ASK_EN + "Are you leaving?\nA: No. I'm not going anywhere.", X),
        (QA_ZH, LEAD_ZH + ASK_ZH + "您会离开吗？\n答：不会。我不会卸任。", X),
        # the question alone: no news either way
        (QA_EN, LEAD_EN + ASK_EN + "\nA: We will see.", M),
        (QA_ZH, LEAD_ZH + ASK_ZH + "\n答：再看吧。", M),
        # a former officer's interview: "I" is no longer the company
        (
            "Interview: Acme's former chief executive",
            "Q: Did you expect it?\nA: I was told I would stay on. I will not leave quietly.",
            M,
        ),
        (
            "专访艾克美前首席执行官：我一周前才接到通知",
            "问：您什么时候知道的？\n答：他们说我会留任。",
            M,
        ),
    ],
)
def test_qa_interviewee_and_question(title: str, text: str, expected: Stance) -> None:
    assert _judge(_exit_rule(), title, text)[0] is expected


def test_recalled_report_outside_a_qa() -> None:
    recalled = "There was a report last month that Acme's board is looking for a successor to Roe."
    stance, _, why = _judge(_exit_rule(), "Acme results", recalled)
    assert stance is M and "earlier report recalled" in why
    # the same news told now, with its source, still confirms
    told = "Acme's board is looking for a successor to Jane Roe, Reuters reported."
    assert _judge(_exit_rule(), "Acme results", told)[0] is C


# --- 2. an interview headline makes the answers' "we" the company's ---------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("专访艾克美首席财务官：年内回港", C),
        ("Interview: Acme's CFO on the road ahead", C),
        # an analyst interviewed speaks for no company
        ("专访分析师：艾克美的前景", M),
        ("Interview: an analyst on Acme", M),
    ],
)
def test_interview_headline_we(title: str, expected: Stance) -> None:
    text = (
        "问：进展如何？\n答：我们会在香港上市。"
        if any("\u4e00" <= ch <= "\u9fff" for ch in title)
        else "Q: How is it going?\nA: We will go ahead with the listing in Hong Kong."
    )
    assert _judge(_listing_rule(), title, text)[0] is expected


# --- 4. a "whose" clause on the subject; a survey in the lead; a rubric ------------------------

FEATURE_EN = "Telecom makers brace for a slow 2027"
FEATURE_ZH = "电信设备商明年承压"


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            FEATURE_EN,
            "Acme, whose chief executive Jane Roe hands over to John Doe at the end of October, "
            "makes less than a fifth of its sales in Europe.",
            M,
        ),
        (FEATURE_ZH, "其首席执行官罗简将于10月底交棒的艾克美，在欧洲的销售额不足五分之一。", M),
        # the company telling it: news
        (FEATURE_EN, "Acme said its chief executive Jane Roe hands over at the end of October.", C),
        (FEATURE_ZH, "艾克美表示，其首席执行官罗简将于10月底交棒。", C),
    ],
)
def test_whose_clause_is_setting(title: str, text: str, expected: Stance) -> None:
    assert _judge(_exit_rule(), title, text)[0] is expected


NEWS_EN = "\n\nAcme said its chief executive Jane Roe hands over at the end of October."
NEWS_ZH = "\n\n艾克美表示，其首席执行官罗简将于10月底交棒。"


@pytest.mark.parametrize(
    ("title", "text", "attributed"),
    [
        (
            FEATURE_EN,
            "Spending will fall, according to a survey of 14 carriers by a broker." + NEWS_EN,
            False,
        ),
        (FEATURE_ZH, "根据一项针对14家运营商的调查，明年资本开支将再度下降。" + NEWS_ZH, False),
        ("Brussels week: Acme's chief hands over", NEWS_EN.strip(), False),
        # a source still covers the story
        (
            FEATURE_EN,
            "Spending will fall, according to people familiar with the matter." + NEWS_EN,
            True,
        ),
        (FEATURE_ZH, "据知情人士透露，明年资本开支将再度下降。" + NEWS_ZH, True),
        ("Reuters: Acme's chief hands over", NEWS_EN.strip(), True),
    ],
)
def test_survey_and_rubric_attribute_nothing(title: str, text: str, attributed: bool) -> None:
    stance, _, why = _judge(_exit_rule(), title, text)
    assert stance is C
    assert ("attributed in the headline or lead" in why) is attributed


# --- 5. the writer's own view ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In my view, Acme's listing in Hong Kong is only a matter of time.", M),
        ("I think Acme's listing in Hong Kong will come sooner or later.", M),
        ("在笔者看来，艾克美回港上市是迟早的事。它的用户都在国内，香港上市能让国内投资者买入。", M),
        ("笔者认为，艾克美迟早会在香港上市。", M),
        ("在筆者看來，艾克美回港上市是遲早的事。", M),
        # an officer's "in my view", quoted, is the company's
        (
            '"In my view, our listing in Hong Kong will come this year," '
            "Acme's chief executive said.",
            C,
        ),
        ("Acme's listing in Hong Kong will come this year.", C),
        # ... and so is an answer's "I think", under its speaker's label
        ("Q: When?\nA: I think Acme's listing in Hong Kong will come this year.", C),
        ("Jane Roe: I think Acme's listing in Hong Kong will come this year.", C),
        # the view's paragraph ends it: the next paragraph's news stands
        ("在笔者看来，艾克美回港是好事。\n\n艾克美表示，将在香港上市。", C),
        ("艾克美表示，将在香港上市。", C),
    ],
)
def test_writer_view_is_a_mention(text: str, expected: Stance) -> None:
    assert _judge(_listing_rule(), "Opinion: why Acme should go home", text)[0] is expected


# --- 11. a group of unnamed plants; an insiders' estimate -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今明两年将有至少四个新的湿法冶炼项目投产，其中包括艾克美的工厂。", M),
        ("At least four new plants will start production next year, including Acme's plant.", M),
        ("业内人士估计，艾克美工厂将于今年投产。", M),
        ("Industry insiders estimate that Acme's plant will start production this year.", M),
        # the plant alone, told as news
        ("艾克美工厂将于今年投产。", C),
        ("Acme's plant will start production this year.", C),
        # a count with no members named after it is not a roundup of the plant
        ("艾克美工厂的四条产线将于今年投产。", C),
    ],
)
def test_group_subject_and_estimate(text: str, expected: Stance) -> None:
    assert _judge(_plant_rule(), "Nickel expansion slows", text)[0] is expected
