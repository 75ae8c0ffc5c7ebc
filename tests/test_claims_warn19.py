"""`watch validate` warns of a confirming cue that is a bare noun of the claim's own event or
document kind (round seventeen's blind writers, nu-zh15 (b)1 and nu-en15 (b)2): 订单 or
造船合同 for a ship-order claim, "award" for a terminal award. Such a noun is in every story on
the topic, the cut and the cancellation included, and it was no subject alias, so the
topic-cue warning said nothing. Two readings: a noun cue the statement or topic says as a noun,
and a short list of document nouns (order, contract, award, deal, licence, permit; 订单, 合同,
合约, 牌照, 执照, 许可证) alone or as a compound's head. Verbs of the news stay unwarned."""

from __future__ import annotations

from pathlib import Path

import pytest

from watch.cli import invoke

ORDER = """\
claims:
  - id: skyline-jets
    statement: Skyline Air has placed a firm order for 40 Airbus A321neo jets.
    topic: narrowbody purchase
    made: 2026-03-01
    subject:
      skyline: [Skyline Air, 天际航空]
      jets: [A321neo]
    confirms:
      - signed
      - {cue}
"""

SHIPS = """\
claims:
  - id: haixing-ships
    statement: 海星航運向大連船廠訂造6艘集裝箱船，另附2艘選擇權。
    topic: newbuilding
    made: 2026-03-01
    subject:
      haixing: [海星航运, Haixing Shipping]
      yard: [大连船厂, Dalian yard]
    confirms:
      - 签订
      - {cue}
    amount: {unit: ships, confirms: [6, 8]}
"""

LICENCE = """\
claims:
  - id: nova-5g
    statement: The regulator will grant Nova Telecom a 5G licence and award the concession by June.
    topic: spectrum
    made: 2026-03-01
    subject:
      nova: [Nova Telecom, 新星电讯]
    confirms:
      - 获批
      - {cue}
"""


def _validate(tmp_path: Path, capsys: pytest.CaptureFixture[str], rules: str) -> tuple[int, str]:
    path = tmp_path / "rules.yaml"
    path.write_text(rules, encoding="utf-8")
    code = invoke(["--rules", str(path), "validate"])
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    "cue", ["order", "orders", "firm order", "Firm Order", "contract", "deal", "jet deal"]
)
def test_an_order_claims_bare_noun_is_warned_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cue: str
) -> None:
    code, err = _validate(tmp_path, capsys, ORDER.replace("{cue}", cue))
    assert code == 0 and err.count("warning: ") == 1
    assert f'claims[0].confirms[1]: "{cue}" is the claim\'s own topic' in err
    assert '"signed"' in err and "签订" in err and "`amount`" in err


@pytest.mark.parametrize("cue", ["订单", "訂單", "造船合同", "造船合約", "合约", "订造", "訂造"])
def test_a_ship_order_claims_chinese_noun_is_warned_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cue: str
) -> None:
    code, err = _validate(tmp_path, capsys, SHIPS.replace("{cue}", cue))
    assert code == 0 and err.count("warning: ") == 1
    assert f'claims[0].confirms[1]: "{cue}" is the claim\'s own topic' in err


@pytest.mark.parametrize("cue", ["licence", "5G licence", "concession", "award", "牌照", "许可证"])
def test_a_licence_or_award_noun_is_warned_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cue: str
) -> None:
    code, err = _validate(tmp_path, capsys, LICENCE.replace("{cue}", cue))
    assert code == 0 and err.count("own topic") == 1


@pytest.mark.parametrize(
    "cue",
    [
        "ordered",
        "placed ... order",
        "firmed up",
        "firm up ... order",
        "<deal-signed>",
        "won contract",
        "close the deal",
        "booking",
        "purchase agreement",  # no document noun, and not in the statement
        "40 jets",
    ],
)
def test_verbs_of_the_news_are_not_warned_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cue: str
) -> None:
    code, err = _validate(tmp_path, capsys, ORDER.replace("{cue}", cue))
    assert code == 0 and "own topic" not in err
    # only the statement's own figure is warned of, as a bare figure (`cue_traps`)
    assert err == "" or (cue == "40 jets" and err.count("bare figure of the claim") == 1)


@pytest.mark.parametrize("cue", ["签订 ... 合同", "取消订单", "下单", "签约", "获批", "交付"])
def test_chinese_verbs_of_the_news_are_not_warned_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cue: str
) -> None:
    code, err = _validate(tmp_path, capsys, SHIPS.replace("{cue}", cue))
    assert code == 0 and err == ""


@pytest.mark.parametrize("cue", ["grant", "granted", "发放牌照", "获得 ... 牌照"])
def test_a_verb_the_statement_uses_is_not_warned_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cue: str
) -> None:
    code, err = _validate(tmp_path, capsys, LICENCE.replace("{cue}", cue))
    assert code == 0 and err == ""


def test_a_document_noun_among_contradicting_cues_is_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = ORDER.replace("{cue}", "firmed up") + "    contradicts: [letter of intent, 订单]\n"
    code, err = _validate(tmp_path, capsys, rules)
    assert code == 0 and err == ""


@pytest.mark.parametrize(
    "path", ["rules.yaml", "watch/data/starter/demo-rules.yaml", "watch/data/starter/rules.yaml"]
)
def test_the_shipped_rules_have_no_kind_noun_cue(
    capsys: pytest.CaptureFixture[str], path: str
) -> None:
    shipped = Path(__file__).resolve().parents[1] / path
    assert invoke(["--rules", str(shipped), "validate"]) == 0
    assert "own topic" not in capsys.readouterr().err
