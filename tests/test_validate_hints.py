"""`watch validate` hints at two more traps new users met (nu-hk3 d, nu-en3 D4): "would" in
`pending`, which the engine reads as tense after a reporting verb, and a subject alias that is
a verb, which takes no -ed/-ing forms (only cues inflect). The file stays valid (exit 0)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_validate_pending import _validate

RULES = """\
claims:
  - id: acme-fund
    statement: Acme puts $10 billion into US plants.
    made: 2026-01-01
    subject: {subject}
    confirms: [<on-track>]
    pending: [<plan>, {pending}]
"""
PLAIN = "{acme: [Acme, 艾克美], money: [investment, 投资]}"


@pytest.mark.parametrize("phrase", ["would", "would be", "Would"])
def test_would_in_pending_is_named_as_tense_after_a_reporting_verb(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], phrase: str
) -> None:
    rules = RULES.format(subject=PLAIN, pending=f"'{phrase}'")
    code, out, err = _validate(tmp_path, capsys, rules)
    assert code == 0 and ": ok (" in out
    assert f'rules.yaml:7: claims[0].pending[1]: "{phrase}": after a reporting verb' in err


@pytest.mark.parametrize("phrase", ["will", "会", "计划", "wouldn't say"])
def test_other_pending_words_get_no_would_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], phrase: str
) -> None:
    rules = RULES.format(subject=PLAIN, pending=f'"{phrase}"')
    code, _, err = _validate(tmp_path, capsys, rules)
    assert code == 0 and "reporting verb" not in err


@pytest.mark.parametrize(
    ("aliases", "alias", "missing"),
    [
        ("[pledge, investment]", "pledge", "'pledged', 'pledging'"),
        ("[commit, 承诺]", "commit", "'committed', 'committing'"),
        ("[pledge, pledged]", "pledge", "'pledging'"),
    ],
)
def test_a_verb_alias_is_told_it_takes_no_ed_forms(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], aliases: str, alias: str, missing: str
) -> None:
    rules = RULES.format(subject=f"{{acme: [Acme], money: {aliases}}}", pending="will")
    code, _, err = _validate(tmp_path, capsys, rules)
    assert code == 0
    assert f'claims[0].subject.money[0]: alias "{alias}" takes no -ed/-ing forms' in err
    assert f"add {missing} if" in err


@pytest.mark.parametrize(
    "aliases",
    [
        "[investment, funding]",  # nouns
        "[承诺, 投资, 投入]",  # Chinese does not inflect
        "[Pledge]",  # a name, written with a capital
        "[pledge, pledged, pledging]",  # every form listed
        "[fund, factory]",  # a verb, but none the vocabularies use
    ],
)
def test_nouns_names_chinese_and_listed_forms_get_no_alias_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], aliases: str
) -> None:
    rules = RULES.format(subject=f"{{acme: [Acme], money: {aliases}}}", pending="will")
    code, _, err = _validate(tmp_path, capsys, rules)
    assert code == 0 and err == ""
