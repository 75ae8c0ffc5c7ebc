"""Money figures a held-out new user's first try got wrong: the new value of a change "from" an
old value "to" a new one is measured by what measures the old (由……100亿美元缩减至约60亿美元, "cut
from the $10 billion ... to about $6 billion"), and a figure that names the plan a headline says
is shrinking (百亿美元计划恐缩水, "the $10 billion plan could shrink") is the known plan, not a
fresh confirm. Each judged by a rule of the test's own, in English and Chinese (traditional
where the script differs)."""

from __future__ import annotations

import datetime as dt

import pytest

from watch.claims.engine import Matcher
from watch.claims.rules import ClaimRule
from watch.models import Document, Stance, Verdict
from watch.validate import parse

PUBLISHED = dt.date(2026, 6, 1)


def _rule() -> ClaimRule:
    return parse(
        ClaimRule,
        {
            "id": "acme-us-10b",
            "statement": "Acme commits US$10 billion to US factories by 2030",
            "made": "2026-02-01",
            "subject": {"acme": ["Acme", "艾克美"], "money": ["investment", "plan", "投资"]},
            "confirms": ["<binding>"],
            "contradicts": ["<no-commitment>"],
            "amount": {
                "near": ["investment", "invest", "plan", "投资"],
                "confirms": ["9.5B", "10.5B"],
                "contradicts": [[None, "8B"]],
            },
        },
    )


def _judge(text: str, title: str = "") -> Verdict:
    verdicts = Matcher([_rule()]).judge(Document(text, PUBLISHED, title=title))
    assert len(verdicts) <= 1
    # no verdict at all: nothing in the text is evidence, as a mention
    return verdicts[0] if verdicts else Verdict("acme-us-10b", Stance.MENTIONS, 0.0, (), ())


# --- the new value of a change is measured by what measures the old one ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acme has scaled back its investment, from the $10 billion it pledged in February to "
        "about $6 billion.",
        "Acme trimmed the investment, from $10 billion announced in February to $6 billion, "
        "people familiar said.",
        "艾克美已把对美国的投资，由该公司2月在华盛顿宣布的100亿美元下调至约60亿美元。",
        "艾克美已把對美國的投資，由該公司2月在華盛頓宣布的100億美元下調至約60億美元。",
    ],
)
def test_new_value_of_a_change_is_measured_like_the_old(text: str) -> None:
    verdict = _judge(text)
    assert verdict.stance is Stance.CONTRADICTS, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        # the figure after "to" opens another clause: the comma parts it from the old value
        "艾克美投资100亿美元的计划不变，另一项业务营收由5亿美元降至约3亿美元。",
        "Acme's $10 billion investment is unchanged; its sales fell to $3 billion.",
    ],
)
def test_a_figure_in_another_clause_is_no_new_value(text: str) -> None:
    verdict = _judge(text)
    assert verdict.stance is not Stance.CONTRADICTS, verdict.reasons


def test_a_range_from_one_figure_to_another_is_unchanged() -> None:
    verdict = _judge("Acme raised its investment from $8 billion to $10 billion.")
    assert verdict.stance is Stance.CONFIRMS, verdict.reasons


# --- a figure that names the plan a headline says is shrinking ----------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Acme's $10 billion plan could shrink, people familiar say",
        "The $10 billion investment may be scaled back at Acme",
        "艾克美削减美国业务 百亿美元投资计划恐缩水",
        "艾克美削減美國業務 百億美元投資計畫恐僅剩六成",
    ],
)
def test_a_figure_naming_a_shrinking_plan_is_no_confirm(title: str) -> None:
    verdict = _judge("", title=title)
    assert verdict.stance is not Stance.CONFIRMS, verdict.reasons


@pytest.mark.parametrize(
    "title",
    [
        "Acme confirms $10 billion plan for US factories",
        "Acme's $10 billion plan is on track, the company says",
        "艾克美百亿美元投资计划落地",
        "艾克美宣布百億美元投資計畫",
    ],
)
def test_a_figure_stated_or_kept_still_confirms(title: str) -> None:
    verdict = _judge("", title=title)
    assert verdict.stance is Stance.CONFIRMS, verdict.reasons


# --- a figure that a denial of commitment is said of ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acme said the $10 billion investment in Ohio is a cap, with the final sum set later.",
        "Acme's $10 billion investment was an aspiration rather than a firm commitment.",
        "艾克美俄亥俄工厂100亿美元投资并非最终承诺，最终金额视补贴而定。",
        "艾克美俄亥俄工廠100億美元投資只屬上限，最終金額視補貼而定。",
    ],
)
def test_a_figure_denied_as_a_commitment_is_no_confirm(text: str) -> None:
    verdict = _judge(text)
    assert verdict.stance is not Stance.CONFIRMS, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme's $10 billion investment is a binding commitment, the company said.",
        "Acme said the $10 billion investment is not a loan but its own money.",
        "艾克美100亿美元投资是具约束力的承诺。",
        "艾克美100億美元投資非常明確，公司表示。",
    ],
)
def test_a_figure_said_to_bind_still_confirms(text: str) -> None:
    verdict = _judge(text)
    assert verdict.stance is Stance.CONFIRMS, verdict.reasons


# --- a line wrapped inside a paragraph ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Shares rose on Monday.\n\nAcme told investors in a letter on Monday that its board had "
        "approved a\n$10 billion investment in new plants in Ohio, the largest in its history.",
        "周一股价上涨。\n\n艾克美周一在致投资者的信中表示，董事会已批准在俄亥俄州新建工厂的\n"
        "100亿美元投资，为公司史上最大。",
        "週一股價上漲。\n\n艾克美週一在致投資者的信中表示，董事會已批准在俄亥俄州新建工廠的\n"
        "100億美元投資，為公司史上最大。",
    ],
)
def test_a_line_wrapped_mid_sentence_keeps_the_sentence_whole(text: str) -> None:
    verdict = _judge(text)
    assert verdict.stance is Stance.CONFIRMS, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        # short lines: a list of headlines, each its own sentence
        "Today's headlines\nAcme in talks\n$10 billion investment planned elsewhere\nMarkets",
        # long headlines, one a line: a capital after a line that ends on a full word
        "Acme weighs new plants in Ohio as demand for its chips keeps rising fast\n"
        "Rival's $10 billion investment plan wins approval from state regulators",
        "艾克美今日公布在俄亥俄州新建工厂的计划细节如下：\n100亿美元投资为其他公司所有",
    ],
)
def test_ended_lines_keep_their_newlines(text: str) -> None:
    # joined, the figure would take the subject of the line above and confirm
    verdict = _judge(text)
    assert verdict.stance is not Stance.CONFIRMS, verdict.reasons


# --- figures in words -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Acme said its investment in Ohio will reach ten billion dollars by 2030, as pledged.",
            Stance.CONFIRMS,
        ),
        ("Acme will make a ten-billion-dollar investment in Ohio.", Stance.CONFIRMS),
        ("Acme said its Ohio investment would total five billion dollars.", Stance.CONTRADICTS),
        ("Acme said its Ohio investment would be only a billion dollars.", Stance.CONTRADICTS),
        ('"The investment is about six billion," Acme said.', Stance.CONTRADICTS),
    ],
)
def test_a_figure_in_words_is_read(text: str, stance: Stance) -> None:
    verdict = _judge(text)
    assert verdict.stance is stance, verdict.reasons


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # "a" with no currency, and a count, are no money
        ("Acme's Ohio investment will create a million jobs, the state said.", Stance.MENTIONS),
        ("Acme's investment app now has two billion users.", Stance.MENTIONS),
        # Chinese figures in words were read before
        ("艾克美将在俄亥俄州投资百亿美元。", Stance.CONFIRMS),
        ("艾克美表示，对俄亥俄州的投资仅为十亿美元。", Stance.CONTRADICTS),
    ],
)
def test_words_that_are_no_money_figure_stay_unread(text: str, stance: Stance) -> None:
    verdict = _judge(text)
    assert verdict.stance is stance, verdict.reasons


# --- a status said now of something signed earlier --------------------------------------------

_TITLE = "Acme's Ohio investment plan"


@pytest.mark.parametrize(
    "text",
    [
        "艾克美今年一月与州政府签署的只是谅解备忘录。",
        "艾克美今年一月與州政府簽署的只是諒解備忘錄。",
        "艾克美一月签下的不过是一份框架协议，董事会尚未批准。",
        # English put the date after the verb, and was read so before
        "What Acme signed with the state in January was only a memorandum of understanding.",
    ],
)
def test_a_status_said_of_a_dated_signing_is_news(text: str) -> None:
    verdict = _judge(text, title=_TITLE)
    assert verdict.stance is Stance.CONTRADICTS, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "艾克美今年一月与州政府签署了谅解备忘录。",
        "The memorandum of understanding Acme signed in January was only the start, it said.",
    ],
)
def test_a_dated_signing_told_as_such_stays_background(text: str) -> None:
    verdict = _judge(text, title=_TITLE)
    assert verdict.stance is Stance.MENTIONS, verdict.reasons


# --- a headline's clauses parted by a space ----------------------------------------------------


def _shrink_rule() -> ClaimRule:
    return parse(
        ClaimRule,
        {
            "id": "acme-us-10b",
            "statement": "Acme commits US$10 billion to US factories by 2030",
            "made": "2026-02-01",
            "subject": {"acme": ["Acme", "艾克美"], "money": ["investment", "投资"]},
            "confirms": ["<binding>"],
            "contradicts": ["<no-commitment>", "缩水", "缩减"],
            "amount": {
                "near": ["investment", "投资", "计划"],
                "confirms": ["9.5B", "10.5B"],
                "contradicts": [[None, "8B"]],
            },
        },
    )


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("艾克美美国投资缩水 百亿美元计划恐仅剩六成", Stance.CONTRADICTS),
        ("艾克美美國投資縮減 百億美元計畫生變", Stance.CONTRADICTS),
        # guards: a figure right after its cue is its size, with or without a space
        ("艾克美美国投资缩水至60亿美元", Stance.CONTRADICTS),
        ("艾克美美国投资缩减 60亿美元", Stance.CONTRADICTS),
    ],
)
def test_a_cue_before_a_space_and_a_new_clause_keeps_its_sign(title: str, stance: Stance) -> None:
    verdicts = Matcher([_shrink_rule()]).judge(Document("", PUBLISHED, title=title))
    assert [v.stance for v in verdicts] == [stance], [v.reasons for v in verdicts]
