"""The demo's report and digest as a person sees them, in a real headless Chromium (the
distribution's, driven over the DevTools protocol: tests/browser.py). Skipped, saying why,
only where no chromium binary is installed; .ci/run installs it."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.browser import Browser
from tests.hostile_kit import cli
from watch.config import load_settings
from watch.delivery.digest import render_digest
from watch.store import Store
from watch.views import claim_summaries

REPO = Path(__file__).resolve().parent.parent

# The lowest contrast ratio (WCAG) between an element's text colour and the background it is
# drawn on, over every element that holds text of its own.
WORST_CONTRAST = """(() => {
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = c => { const v = c.slice(0, 3).map(x => { x /= 255;
      return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
  const background = el => { for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c; }
    return [255, 255, 255]; };
  let worst = 99, where = '';
  for (const el of document.body.querySelectorAll('*')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || el.closest('svg')) continue;
    const a = lum(rgb(getComputedStyle(el).color)), b = lum(background(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < worst) { worst = ratio; where = el.tagName + ': ' + el.textContent.slice(0, 40); }
  }
  return [worst, where];
})()"""


def claims_json(capsys: pytest.CaptureFixture[str], state: Path, *args: str):
    code, out, err = cli(capsys, REPO / "rules.yaml", state, "claims", *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_the_demo_report_as_a_person_sees_it(
    demo_state: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page_file = tmp_path / "report.html"
    code, _, err = cli(capsys, REPO / "rules.yaml", demo_state, "report", "--out", str(page_file))
    assert code == 0, err
    table = {c["claim_id"]: c["status"] for c in claims_json(capsys, demo_state)["claims"]}
    with Browser.start() as browser:
        page = browser.open(page_file)
        badges = page.evaluate(
            "[...document.querySelectorAll('tr[data-claim]')].map(r => "
            "[r.dataset.claim, r.querySelector('.badge').innerText])"
        )
        marks = page.evaluate(
            "Object.fromEntries([...document.querySelectorAll('article[data-claim]')].map(a => "
            "[a.dataset.claim, [...a.querySelectorAll('svg .mark')].map(m => +m.dataset.story)]))"
        )
        drawn = page.evaluate(
            "[...document.querySelectorAll('svg .mark path')].every(p => "
            "p.getBBox().width > 0 && getComputedStyle(p).fill !== 'none')"
        )
        light_bg = page.evaluate("getComputedStyle(document.body).backgroundColor")
        requests, errors = page.requests, page.errors
        dark = browser.open(page_file, dark=True)
        dark_bg = dark.evaluate("getComputedStyle(document.body).backgroundColor")
        worst_dark = dark.evaluate(WORST_CONTRAST)
        assert dark.errors == []
    assert errors == []
    assert requests == [page_file.resolve().as_uri()]  # nothing but the file itself
    assert dict(badges) == table
    for claim_id, stories in marks.items():
        shown = claims_json(capsys, demo_state, "show", claim_id)
        decisive = {e["story_id"] for e in shown["evidence"] if e["stance"] != "mentions"}
        assert sorted(stories) == sorted(decisive), claim_id
    assert sum(len(s) for s in marks.values()) >= 8 and drawn
    assert light_bg == "rgb(255, 255, 255)" and dark_bg == "rgb(20, 23, 27)"
    assert worst_dark[0] >= 4.5, worst_dark


def test_the_digest_email_reads_on_a_phone_and_in_dark_mode(
    demo_state: Path, tmp_path: Path
) -> None:
    settings = load_settings(REPO / "rules.yaml", env={})
    with Store.open(demo_state, readonly=True) as store:
        summaries = claim_summaries(store, settings)
        digest = render_digest(
            store.alerts(limit=1000)[::-1],
            summaries,
            statements={c.id: c.statement for c in settings.claims},
            generated_at=datetime(2026, 12, 1, tzinfo=UTC),
        )
    mail = tmp_path / "digest.html"
    mail.write_text(digest.html, encoding="utf-8")
    with Browser.start() as browser:
        phone = browser.open(mail, width=360, block_remote=True)
        overflow = phone.evaluate("document.documentElement.scrollWidth")
        marked = phone.evaluate("[...document.querySelectorAll('mark')].map(m => m.innerText)")
        statuses = phone.evaluate(
            "[...document.querySelectorAll('table tr')].map(r => "
            "r.querySelectorAll('td')[1].querySelector('span').innerText)"
        )
        styles = phone.evaluate("document.querySelectorAll('style, link, [class]').length")
        worst_light = phone.evaluate(WORST_CONTRAST)
        dark = browser.open(mail, width=360, dark=True, block_remote=True)
        worst_dark = dark.evaluate(WORST_CONTRAST)
        assert phone.requests == [mail.resolve().as_uri()] and phone.errors == []
    assert overflow <= 360  # no sideways scrolling on a 360 px phone
    assert len(marked) >= 6 and "shelves" in marked  # the deciding words, in every quote
    assert statuses == [str(s.status) for s in summaries]
    assert styles == 0  # inline styles only: what mail clients keep
    assert worst_light[0] >= 4.5, worst_light
    assert worst_dark[0] >= 4.5, worst_dark
