"""Claim engine: how far a recap reaches inside its sentence (the kinds the new users' stress
round found), each judged by rules of the test's own in English, simplified and traditional
Chinese.

- an original plan (原定, 原本, "originally planned") dates the plan, not what became of it: the
  clause after a turn (但, 最终, but, now) and the "to" side of a change "from" it are news;
- a rule's own `background:` phrases reach the rest of their clause, the date and the figure
  too, as the built-in clause markers do;
- a recalled statement ("has said", "comes a month after X said") and a look back (回顾来看,
  "looking back") are recaps;
- a past month that opens a clause after a semicolon dates that clause, as one opening the
  sentence dates the sentence;
- a telling dated in the past ("said in January it would ...", 5月披露) dates what was told, and
  a clause that goes on with a recap (", or about ...", "，这是……", 随后) is part of it.
Guards: a recap stays background, a hedged plan stays a hedge, fresh news after a recap is news.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import pytest

from tests.claimkit import judged
from watch.claims.rules import ClaimRule
from watch.claims.story import story_source
from watch.claims.text import normalise
from watch.models import Stance
from watch.validate import parse

JUNE = dt.date(2026, 6, 15)


def plant_rule(background: Sequence[str] = ()) -> ClaimRule:
    """Acme starts series production at its Szeged plant in the second quarter of 2026."""
    data: dict[str, Any] = {
        "id": "acme-szeged-q2",
        "statement": "Acme starts series production at its Szeged plant in Q2 2026.",
        "made": "2026-01-10",
        "subject": {"acme": ["Acme", "艾克美"], "plant": ["Szeged", "塞格德", "plant", "工厂"]},
        "window": 1,
        "when": {
            "confirms": ["2026-04-01", "2026-06-30"],
            "near": ["production", "量产", "投产", "生产"],
        },
        "contradicts": ["<delay>"],
    }
    if background:
        data["background"] = list(background)
    return parse(ClaimRule, data)


def cuts_rule() -> ClaimRule:
    """Acme cuts about 10,000 jobs in 2026 (a figure; no more cuts contradicts)."""
    return parse(
        ClaimRule,
        {
            "id": "acme-cuts",
            "statement": "Acme cuts about 10,000 jobs in 2026.",
            "made": "2026-01-20",
            "subject": {
                "acme": ["Acme", "艾克美"],
                "staff": ["jobs", "headcount", "staff", "workforce", "裁员", "人力", "员工"],
            },
            "window": 1,
            "confirms": ["<layoffs>"],
            "negation": {"confirms": "flip"},
            "amount": {"unit": "people", "confirms": [8000, 12000], "contradicts": [[None, 7000]]},
        },
    )


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # the change from the original plan is the news: its new date, its delay verb
        ("艾克美塞格德工厂的量产时间将由原定的今年第二季度调整至第三季度。", "contradicts"),
        ("艾克美塞格德工廠的量產時間將由原定的今年第二季度調整至第三季度。", "contradicts"),
        (
            "Acme moved production at Szeged from the originally planned April to the third "
            "quarter.",
            "contradicts",
        ),
        (
            "艾克美更新塞格德工厂进度。艾克美原本承诺今年第二季投产，最终延迟半个月至7月中。",
            "contradicts",
        ),
        (
            "艾克美更新塞格德工廠進度。艾克美原本承諾今年第二季投產，最終延遲半個月至7月中。",
            "contradicts",
        ),
        (
            "Acme's Szeged plant was originally slated to start production in the second "
            "quarter but will now start production in September.",
            "contradicts",
        ),
        # guards: the original plan alone is a recap; a recap's "but" goes on with the story
        ("艾克美塞格德工厂原定于今年第二季度量产。", "mentions"),
        (
            "Acme had originally planned to start production at Szeged in the second quarter.",
            "mentions",
        ),
    ],
)
def test_an_original_plan_dates_the_plan_not_what_became_of_it(text: str, stance: str) -> None:
    assert judged(plant_rule(), text, published=JUNE).stance == Stance(stance)


@pytest.mark.parametrize(
    ("background", "text"),
    [
        (
            ["in its annual report"],
            "Acme said in its annual report that it will start series production at the "
            "Szeged plant in the second quarter of 2026.",
        ),
        (
            ["年报显示"],
            "艾克美年报显示其位于匈牙利南部城市塞格德、投资额超过四十亿欧元的首座欧洲整车工厂"
            "将在今年第二季度正式开始量产。",
        ),
        (
            ["年報顯示"],
            "艾克美年報顯示其位於匈牙利南部城市塞格德、投資額超過四十億歐元的首座歐洲整車工廠"
            "將在今年第二季度正式開始量產。",
        ),
    ],
)
def test_a_rules_background_phrase_reaches_its_clause(background: list[str], text: str) -> None:
    # without the phrase the date confirms: the phrase, not the sentence, makes it a recap
    assert judged(plant_rule(), text, published=JUNE).stance is Stance.CONFIRMS
    assert judged(plant_rule(background), text, published=JUNE).stance is Stance.MENTIONS


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Acme has said it will start production at its Szeged plant in the second "
            "quarter of 2026, though it has given no firm date.",
            "mentions",
        ),
        (
            "The order comes a month after Acme said it would start production at the Szeged "
            "plant in May.",
            "mentions",
        ),
        ("回顾来看，艾克美在1月曾表示塞格德工厂将在4月投产，随后改口为三季度。", "mentions"),
        ("回顧來看，艾克美在1月曾表示塞格德工廠將在4月投產，隨後改口為三季度。", "mentions"),
        ("Looking back, Acme's Szeged plant started production in May.", "mentions"),
        (
            "In hindsight, Acme's decision to delay production at its Szeged plant was prudent.",
            "mentions",
        ),
        ("从同行看，格洛贝此前宣布扩产；5月，艾克美宣布塞格德工厂量产推迟。", "mentions"),
        ("從同行看，格洛貝此前宣布擴產；5月，艾克美宣布塞格德工廠量產推遲。", "mentions"),
        ("Globex kept its schedule; in May, Acme said the Szeged plant faces a delay.", "mentions"),
        # guards: a fresh statement is news; so is a clause after a semicolon with no recap
        ("Acme said on Monday it will start production at Szeged in June.", "confirms"),
        ("格洛贝此前宣布推迟建厂；艾克美本周表示，塞格德工厂本月开始量产。", "confirms"),
    ],
)
def test_recalled_statements_and_looks_back_are_recaps(text: str, stance: str) -> None:
    assert judged(plant_rule(), text, published=JUNE).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Acme said in January it would reduce headcount by about 10% this year, "
            "or about 10,000 jobs, on top of cuts in 2025.",
            "mentions",
        ),
        ("艾克美今年初公布了约1万人的裁员计划，这也是公司连续第二年缩减人力。", "mentions"),
        ("艾克美今年初公佈了約1萬人的裁員計劃，這也是公司連續第二年縮減人力。", "mentions"),
        (
            "以艾克美为例，年初公司曾预告大规模调整，但据艾克美5月披露，实际裁员约1万人。",
            "mentions",
        ),
        # guards: a fresh figure after the recap's clause is news; so is a fresh telling
        (
            "Acme said in January it would cut jobs, and on Monday it said it has cut about "
            "10,000 jobs.",
            "confirms",
        ),
        ("艾克美1月曾表示将裁员，本周一公司表示已裁员约1万人。", "confirms"),
    ],
)
def test_a_telling_in_the_past_and_its_continuations_are_recaps(text: str, stance: str) -> None:
    assert judged(cuts_rule(), text, published=JUNE).stance == Stance(stance)


FEBRUARY = dt.date(2026, 2, 10)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Acme reaffirmed the schedule it set out on its fourth-quarter earnings call, when "
            "it said production at Szeged would begin in April.",
            "confirms",
        ),
        (
            "Acme reaffirmed in its Q4 results that production at Szeged will start in April.",
            "confirms",
        ),
        ("艾克美重申了其在四季度业绩会上给出的时间表：塞格德工厂4月投产。", "confirms"),
        ("艾克美重申了其在四季度業績會上給出的時間表：塞格德工廠4月投產。", "confirms"),
        # guards: a period that names no report is a time
        ("Acme said production at Szeged would now start in the fourth quarter.", "contradicts"),
        ("艾克美表示塞格德工厂四季度才投产。", "contradicts"),
    ],
)
def test_a_period_that_names_a_report_is_not_a_time(text: str, stance: str) -> None:
    assert judged(plant_rule(), text, published=FEBRUARY).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("分析师称，艾克美塞格德工厂的设备调试稍有延误，量产时间就可能推迟。", "mentions"),
        ("分析師稱，艾克美塞格德工廠的設備調試稍有延誤，量產時間就可能推遲。", "mentions"),
        # guard: a delay stated, with a consequence after it, is still a delay
        ("艾克美塞格德工厂量产推迟至三季度，交付随之顺延。", "contradicts"),
    ],
)
def test_a_condition_told_by_the_then_of_the_clause_after(text: str, stance: str) -> None:
    assert judged(plant_rule(), text, published=FEBRUARY).stance == Stance(stance)


AUGUST = dt.date(2026, 8, 21)


@pytest.mark.parametrize(
    ("text", "published", "stance"),
    [
        ("艾克美半年报显示，上半年裁员约1万人。", AUGUST, "confirms"),
        ("艾克美半年報顯示，上半年裁員約1萬人。", AUGUST, "confirms"),
        (
            "Acme cut about 10,000 jobs in the first half, its half-year results showed.",
            AUGUST,
            "confirms",
        ),
        # guards: a period the next one has followed, or a report season gone, is a recap; so
        # is the period in a piece that reports nothing
        (
            "Acme cut about 10,000 jobs in the first quarter, its filings showed.",
            AUGUST,
            "mentions",
        ),
        ("艾克美半年报显示，上半年裁员约1万人。", dt.date(2026, 9, 20), "mentions"),
        ("艾克美上半年裁員約1萬人，員工總數跌至5萬。", AUGUST, "mentions"),
    ],
)
def test_the_period_just_reported_is_the_news(text: str, published: dt.date, stance: str) -> None:
    assert judged(cuts_rule(), text, published=published).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "The start at Acme's Szeged plant was delayed again, though insiders had expected "
            "production to begin in May.",
            "contradicts",
        ),
        ("艾克美塞格德工厂量产推迟，原预计5月开始量产。", "contradicts"),
        ("艾克美塞格德工廠量產推遲，原預計5月開始量產。", "contradicts"),
        # guard: an expectation in the present stays a hedge
        ("Acme is expected to start production at its Szeged plant in May.", "mentions"),
        ("艾克美塞格德工厂预计5月开始量产。", "mentions"),
    ],
)
def test_an_expectation_in_the_pluperfect_is_the_old_plan(text: str, stance: str) -> None:
    assert judged(plant_rule(), text, published=FEBRUARY).stance == Stance(stance)


@pytest.mark.parametrize(
    ("title", "source"),
    [
        ("Q&A: What next for Acme's Szeged plant?", None),
        ("问答：艾克美塞格德工厂何时投产？", None),
        ("問答：艾克美塞格德工廠何時投產？", None),
        # guard: a source's name before the colon is still a source
        ("Reuters: Acme delays its Szeged plant", "reuters"),
    ],
)
def test_a_question_and_answer_kicker_is_no_source(title: str, source: str | None) -> None:
    found = story_source(normalise(title), normalise("Acme builds a plant in Szeged."))
    assert (found.word if found is not None else None) == source


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Acme's Szeged plant will be ready to ship parts from the end of March, as it "
            "prepares to start production in April.",
            "confirms",
        ),
        ("艾克美塞格德工厂将于3月底具备交付零部件的能力，并于4月开始量产。", "confirms"),
        ("艾克美塞格德工廠將於3月底具備交付零部件的能力，並於4月開始量產。", "confirms"),
        # guards: a date apart from the event word, with no other date for it, is its date
        (
            "Production at Acme's Szeged plant, the company said, will start in March.",
            "contradicts",
        ),
        ("艾克美表示，塞格德工厂将于3月开始量产，并同步招聘工人。", "contradicts"),
    ],
)
def test_a_date_of_another_act_in_a_clause_beside_the_event(text: str, stance: str) -> None:
    assert judged(plant_rule(), text, published=FEBRUARY).stance == Stance(stance)
