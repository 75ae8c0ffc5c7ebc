"""Normalisation, sentence splitting (watch/claims/text.py) and marker scoping (markers.py)."""

from __future__ import annotations

import pytest

from watch.claims.markers import find_markers, scoped
from watch.claims.text import (
    MAX_SENTENCE,
    accept_hit,
    fold_case,
    normalise,
    spellings,
    split_sentences,
)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("輝達與微軟", "辉达与微软"),
        ("OpenAI宣布", "openai宣布"),
        ("ＯｐｅｎＡＩ　ＩＰＯ", "openai ipo"),
        ("Nvidia’s", "nvidia's"),
    ],
)
def test_normalise_folds_without_changing_length(raw: str, folded: str) -> None:
    assert normalise(raw) == folded
    assert len(normalise(raw)) == len(raw)


@pytest.mark.parametrize(
    ("phrase", "written"),
    [("英伟达", "英偉達"), ("chatgpt-maker", "chatgpt\u2010maker"), ("nvidia's", "nvidia\u2019s")],
)
def test_a_phrase_is_looked_for_in_each_spelling_that_normalises_to_it(
    phrase: str, written: str
) -> None:
    spelled = spellings(phrase)
    assert spelled is not None and phrase in spelled and written in spelled
    assert {normalise(s) for s in spelled} == {phrase}
    assert spellings(phrase, limit=len(spelled) - 1) is None


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("OpenAI宣布IPO", "openai宣布ipo"),
        ("輝達與微軟", "輝達與微軟"),  # lower case only: the spellings carry the rest
        ("ＯｐｅｎＡＩ上市", None),  # full-width letters would multiply every spelling
        ("İstanbul", None),  # lower-cases to two characters
    ],
)
def test_fold_case_turns_away_what_spellings_cannot_cover(text: str, folded: str | None) -> None:
    assert fold_case(text) == folded


def test_letters_that_lower_case_to_two_keep_their_place() -> None:
    assert len(normalise("İstanbul OpenAI")) == len("İstanbul OpenAI")
    assert normalise("İstanbul OpenAI").endswith("openai")


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_sentences_keep_abbreviations_and_decimals() -> None:
    text = "The U.S. regulator met Nvidia Inc. on Feb. 4 about $1.4 trillion. It said no. Done!"
    assert _sentences(text) == [
        "The U.S. regulator met Nvidia Inc. on Feb. 4 about $1.4 trillion.",
        "It said no.",
        "Done!",
    ]


def test_sentences_do_not_end_inside_names() -> None:
    """Issue 22 item 8: abbreviations in names and initials never end a sentence, in lower-cased
    (normalised) text too, and a full stop followed by a lower-case word ends none."""
    text = "Acme Bros. Holdings ended the pact with J. P. Morgan Co. in the U.S. on Jan. 3. Next."
    want = [
        "Acme Bros. Holdings ended the pact with J. P. Morgan Co. in the U.S. on Jan. 3.",
        "Next.",
    ]
    assert _sentences(text) == want
    norm = normalise(text)
    assert [text[s.start : s.end] for s in split_sentences(norm)] == want
    cased = "Globex Hldgs. said on Monday it had ended the deal. Acme Grp. said."
    assert [cased[s.start : s.end] for s in split_sentences(normalise(cased), cased=cased)] == [
        "Globex Hldgs. said on Monday it had ended the deal.",
        "Acme Grp. said.",
    ]
    mixed = "OpenAI聘请J. P. Morgan与Warner Bros. Discovery顾问。随后离开。"
    assert [mixed[s.start : s.end] for s in split_sentences(normalise(mixed))] == [
        "OpenAI聘请J. P. Morgan与Warner Bros. Discovery顾问。",
        "随后离开。",
    ]


@pytest.mark.parametrize(
    ("cased", "want"),
    [
        # a name written with a lower-case first letter starts a sentence after a full stop
        ("The farm is in Canterbury. a2 bought it in May.", 2),
        ("Sales rose. eBay said it would cut jobs.", 2),
        ("The U.S. market grew. iPhone sales rose.", 2),
        # a plain lower-case word goes on with the sentence, as before
        ("Acme Pty. agreed to pay.", 1),
        ("It sold more units, e.g. iPhone cases.", 1),
        ("Acme cut prices approx. 3 times.", 1),
    ],
)
def test_a_lower_case_name_after_a_full_stop_starts_a_sentence(cased: str, want: int) -> None:
    assert len(split_sentences(normalise(cased), cased=cased)) == want


def test_sentences_split_chinese_and_newlines() -> None:
    assert _sentences("英伟达投资。OpenAI上市？微软推出；结束\n新段落") == [
        "英伟达投资。",
        "OpenAI上市？",
        "微软推出；结束",
        "新段落",
    ]


def test_a_semicolon_joins_clauses_of_one_sentence() -> None:
    # "；" and ";" join parallel clauses; the clauses stay apart for scopes (`clause_break`)
    assert _sentences("亚马逊领投；英伟达与软银各出资300亿美元。随后") == [
        "亚马逊领投；英伟达与软银各出资300亿美元。",
        "随后",
    ]
    assert _sentences("Amazon leads; Nvidia puts in $30 billion. Then") == [
        "Amazon leads; Nvidia puts in $30 billion.",
        "Then",
    ]


def test_closing_quote_stays_with_its_sentence() -> None:
    assert _sentences("他说：“不会上市。”随后离开。") == ["他说：“不会上市。”", "随后离开。"]


def test_unpunctuated_text_is_cut_into_bounded_sentences() -> None:
    spans = split_sentences("word " * 1000)
    assert len(spans) > 5
    assert all(s.end - s.start <= MAX_SENTENCE for s in spans)


@pytest.mark.parametrize(
    ("text", "phrase", "accepted"),
    [
        ("openai宣布", "openai", True),
        ("openaix said", "openai", False),
        ("xopenai said", "openai", False),
        ("the ipo.", "ipo", True),
        ("宣布上市", "上市", True),
    ],
)
def test_word_boundaries(text: str, phrase: str, accepted: bool) -> None:
    start = text.index(phrase)
    assert (accept_hit(text, start, start + len(phrase)) >= 0) is accepted


def test_inflection_is_opt_in() -> None:
    text = "microsoft launched it"
    start = text.index("launch")
    assert accept_hit(text, start, start + 6) == -1
    assert accept_hit(text, start, start + 6, inflect=True) == start + len("launched")


def test_negation_scope_stops_at_clause_break() -> None:
    text = normalise("He did not say when, but the agent launched.")
    markers = find_markers(text, 0, len(text))
    cue = text.index("launched")
    assert scoped(text, markers, "negation", cue, cue + 8, reach=60) is None
    say = text.index("say")
    assert scoped(text, markers, "negation", say, say + 3, reach=60) is not None


def test_negator_inside_a_longer_word_is_ignored() -> None:
    text = "微软在未来六个月内推出"
    assert [m for m in find_markers(text, 0, len(text)) if m.kind == "negation"] == []


def test_a_missing_opencc_is_an_error_not_a_quiet_loss_of_traditional_chinese(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    from watch.claims import text

    text._table.cache_clear()
    monkeypatch.setitem(sys.modules, "opencc", None)  # what a failed install looks like
    try:
        with pytest.raises(ImportError):
            text._table()
    finally:
        monkeypatch.undo()
        text._table.cache_clear()
    assert text.normalise("據報導") == "据报导"
