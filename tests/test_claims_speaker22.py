"""The company speaking without naming itself in the sentence.

Under a headline that names the claim's company and no rival, an officer of its ("Chief
executive Jane Roe said ...", "the bank's CEO", 董事长王明表示) speaks for it, and so does the
first person of that officer's quote ("'We are keeping our guidance,' the finance chief said",
「我们下调全年指引」，财务长表示). In a question-and-answer piece whose lead introduces the
interviewee as one who speaks for the company, the answers' "we" is that company. Each judged by
a rule of the test's own, in English and Chinese (traditional where the script differs), with
the fences: another company's officer or a former one, a country's president, an analyst's
"we", a Q&A with an analyst, and a headline that names a rival.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.rules import ClaimRule
from watch.models import Stance

PUBLISHED = dt.date(2026, 7, 20)
TITLE_EN = "Acme second-quarter profit rises on strong exports"
TITLE_ZH = "艾克美二季度利润增长 出口强劲"
LEAD_EN = "Acme reported a 9% rise in second-quarter profit on Thursday, helped by exports."
LEAD_ZH = "艾克美周四公布，二季度利润增长9%，主要受出口带动。"


def _rule() -> ClaimRule:
    """Acme keeps its full-year sales guidance: keeping it confirms, lowering it contradicts."""
    return rule_under_test(
        id="acme-guidance",
        subject={"acme": ["Acme", "艾克美"], "guidance": ["guidance", "指引"]},
        window=1,
        confirms=["<on-track>", "maintain", "维持"],
        contradicts=["lower ... guidance", "cut ... guidance", "下调"],
        negation={"confirms": "flip"},
        rivals=["Globex", "格洛贝"],
    )


def _stance(body: str, title: str) -> Stance:
    return judged(_rule(), body, title, PUBLISHED).stance


# --- 1. an officer of the headline's company speaks for it ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chief executive Tomas Reyl said the full-year guidance would be maintained.", "confirms"),
        ("The full-year guidance will be maintained, said finance chief Mara Quint.", "confirms"),
        ("Tomas Reyl, the chief executive, said it would lower its guidance.", "contradicts"),
        (
            "Asked about the outlook, the chief financial officer said guidance was maintained.",
            "confirms",
        ),
        ("The bank's CEO told reporters it would cut its guidance for the year.", "contradicts"),
        ("Company spokeswoman Lea Brandt said the guidance would be maintained.", "confirms"),
    ],
)
def test_an_english_officer_speaks_for_the_headlines_company(text: str, expected: str) -> None:
    assert _stance(f"{LEAD_EN}\n\n{text}", TITLE_EN) is Stance(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("董事长王明表示，全年销售指引维持不变。", "confirms"),
        ("至于外界关注的前景，财务长陈立指出，全年指引将下调。", "contradicts"),
        ("至於外界關注的前景，財務長陳立指出，全年指引將下調。", "contradicts"),  # traditional
        ("總經理林志明在法說會上表示，全年指引維持不變。", "confirms"),
    ],
)
def test_a_chinese_officer_speaks_for_the_headlines_company(text: str, expected: str) -> None:
    assert _stance(f"{LEAD_ZH}\n\n{text}", TITLE_ZH) is Stance(expected)


# --- 2. the first person in that officer's quote is the company ------------------------------


@pytest.mark.parametrize(
    ("body", "title", "expected"),
    [
        # the quote's own sentence names the guidance, the attribution comes one sentence later
        (
            '"We will maintain our guidance. Demand held up in June and July," chief executive '
            "Tomas Reyl said.",
            TITLE_EN,
            "confirms",
        ),
        (
            '"We are lowering our guidance for the year. Prices have not recovered," Mara '
            "Quint, the finance chief, told analysts.",
            TITLE_EN,
            "contradicts",
        ),
        ("「我们决定维持全年指引。下半年订单稳定。」总经理林志明表示。", TITLE_ZH, "confirms"),
        ("「我們下調全年指引。原料價格仍高。」財務長陳立坦言。", TITLE_ZH, "contradicts"),
    ],
)
def test_we_in_an_officers_quote_is_the_company(body: str, title: str, expected: str) -> None:
    lead = LEAD_EN if title == TITLE_EN else LEAD_ZH
    assert _stance(f"{lead}\n\n{body}", title) is Stance(expected)


# --- 2b. the officer named again by surname -------------------------------------------------


@pytest.mark.parametrize(
    ("body", "title", "expected"),
    [
        (
            f"{LEAD_EN} Chief executive Tomas Reyl opened the call.\n\n"
            "Exports rose 12%. Reyl said the full-year guidance would be maintained.",
            TITLE_EN,
            "confirms",
        ),
        (
            f"{LEAD_ZH}财务长陈立表示，出口增长强劲。\n\n原料价格仍高。陈立说，全年指引将下调。",
            TITLE_ZH,
            "contradicts",
        ),
    ],
)
def test_the_officer_named_again_by_surname_speaks(body: str, title: str, expected: str) -> None:
    assert _stance(body, title) is Stance(expected)


def test_another_companys_officer_named_again_is_not_the_company() -> None:
    body = (
        f"{LEAD_EN} Initech chief executive Bo Lund spoke at the same fair.\n\n"
        "Exports rose 12%. Lund said the full-year guidance would be maintained."
    )
    assert _stance(body, TITLE_EN) is Stance.MENTIONS


# --- 3. a Q&A whose lead introduces the company's officer -----------------------------------


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Q&A: 'Exports carried the quarter'",
            "Tomas Reyl, chief executive of Acme, spoke to us in Lyon.\n\n"
            "Q: Will the outlook change?\n\n"
            "A: No. We are maintaining our guidance for the year.",
            "confirms",
        ),
        (
            "专访：出口撑起二季度",
            "艾克美总裁李华日前接受本报专访。\n\n"
            "问：全年展望会调整吗？\n\n"
            "答：会。我们将下调全年指引，原料成本太高。",
            "contradicts",
        ),
    ],
)
def test_we_in_a_q_and_a_answer_is_the_interviewees_company(
    title: str, body: str, expected: str
) -> None:
    assert _stance(body, title) is Stance(expected)


# --- 4. fences: someone else speaks -----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "title"),
    [
        # another company's officer, named before or after the title
        (
            f'{LEAD_EN}\n\n"We are maintaining our guidance," said Initech chief executive '
            "Bo Lund.",
            TITLE_EN,
        ),
        (
            f"{LEAD_EN}\n\nBo Lund, chief executive of Initech, said guidance was maintained.",
            TITLE_EN,
        ),
        # a former officer, and a country's president
        (
            f"{LEAD_EN}\n\nFormer chief executive Bo Lund said the guidance would be maintained.",
            TITLE_EN,
        ),
        (f"{LEAD_EN}\n\nPresident Ana Ruiz said the guidance would be maintained.", TITLE_EN),
        # a spokesman of no one named (a ministry's as often as the company's)
        (f"{LEAD_EN}\n\nThe guidance will be maintained, a spokesman said.", TITLE_EN),
        # an analyst's "we", in a paragraph of its own
        (
            f'{LEAD_EN}\n\n"We think the guidance will be maintained," said Bo Lund, an analyst '
            "at Example Securities.",
            TITLE_EN,
        ),
        # the headline names a rival: whose officer is not known
        (
            f"{LEAD_EN}\n\nChief executive Tomas Reyl said the guidance would be maintained.",
            "Globex overtakes Acme in the second quarter",
        ),
        # another company's officer in Chinese, and a ministry's spokesperson
        (f"{LEAD_ZH}\n\n初创公司英泰董事长王明表示，全年指引维持不变。", TITLE_ZH),
        (f"{LEAD_ZH}\n\n商务部发言人表示，全年指引维持不变。", TITLE_ZH),
        # an analyst's Q&A: the questions name the company, the answers are not its
        (
            "Bo Lund, head of research at Example Securities, who covers Acme, spoke to us.\n\n"
            "Q: Will Acme change its outlook?\n\n"
            "A: We think the guidance will be maintained.",
            "Q&A: where the sector goes next",
        ),
    ],
)
def test_someone_else_speaking_is_not_the_company(body: str, title: str) -> None:
    assert _stance(body, title) is Stance.MENTIONS


def test_the_reason_says_who_speaks() -> None:
    body = f"{LEAD_EN}\n\nChief executive Tomas Reyl said the guidance would be maintained."
    reasons = judged(_rule(), body, TITLE_EN, PUBLISHED).reasons
    assert any("where an officer speaks for the headline's company" in r for r in reasons)
