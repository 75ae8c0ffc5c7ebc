"""The phrase automaton reads ASCII text with its ASCII phrases only: the same occurrences, in
the same order, as one automaton over every phrase."""

from __future__ import annotations

import ahocorasick

from watch.claims.automata import Phrases

PHRASES = ["openai", "open", "raise", "raised", "英伟达", "融资", "算力", "ai算力", "nvidia"]


def _plain(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    automaton = ahocorasick.Automaton()
    for p in PHRASES:
        automaton.add_word(p, p)
    automaton.make_automaton()
    return list(automaton.iter(text, start, len(text) if end is None else end))


def test_ascii_text_finds_what_one_automaton_finds() -> None:
    phrases = Phrases((p, p) for p in PHRASES)
    text = "openai raised funds; nvidia will raise more. open ai"
    assert list(phrases.iter(text)) == _plain(text)
    assert list(phrases.iter(text, 7, 30)) == _plain(text, 7, 30)
    assert [v for _, v in phrases.iter(text)] == [
        "open",
        "openai",
        "raise",
        "raised",
        "nvidia",
        "raise",
        "open",
    ]


def test_chinese_and_mixed_text_use_every_phrase() -> None:
    phrases = Phrases((p, p) for p in PHRASES)
    for text in ("英伟达为openai融资，ai算力", "英偉達 raised 融资"):
        assert list(phrases.iter(text)) == _plain(text)
    assert [v for _, v in phrases.iter("英伟达为openai融资")] == [
        "英伟达",
        "open",
        "openai",
        "融资",
    ]


def test_no_ascii_phrase_finds_nothing_in_ascii_text() -> None:
    phrases = Phrases([("英伟达", 1)])
    assert list(phrases.iter("nvidia raised")) == []
    assert [v for _, v in phrases.iter("英伟达")] == [1]
    assert not Phrases([])
    assert list(Phrases([]).iter("anything")) == []
