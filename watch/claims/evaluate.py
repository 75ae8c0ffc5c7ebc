"""Scoring verdicts against labelled articles: precision and recall per claim and overall.

Pure: `evaluate` takes (article name, labels, verdicts) triples and returns an `EvalReport`;
`format_report` renders it as a plain table. Only verdicts at or above `min_confidence` (the
alert threshold: the claim's own where its rule sets one, as the monitor uses it) count as
confirms/contradicts; a weaker one counts as a mention, as it would raise no alert.

Beside the stance figures, every claim gets its simplest peer: an *alert* is evidence found at
all (confirms or contradicts, whatever the sign) where the labels say there is some, and the
*keyword alert* (`keyword_claims`) fires wherever every subject group of the claim has a name in
the article, as a saved search would. Verdicts of any stance on a claim an article is not
labelled for are counted as stray.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from watch.claims.rules import ClaimRule
from watch.claims.text import accept_hit, normalise
from watch.models import Stance, Verdict
from watch.words import plural

_POLAR = (Stance.CONFIRMS, Stance.CONTRADICTS)


@dataclass
class ClaimScores:
    """Counts for one claim (or all of them)."""

    claim_id: str
    tp: dict[Stance, int] = field(default_factory=lambda: dict.fromkeys(_POLAR, 0))
    fp: dict[Stance, int] = field(default_factory=lambda: dict.fromkeys(_POLAR, 0))
    fn: dict[Stance, int] = field(default_factory=lambda: dict.fromkeys(_POLAR, 0))
    sign_errors: int = 0
    false_alarms: int = 0  # confirms/contradicts on an article whose labels omit the claim
    mentions: int = 0
    mentions_right: int = 0
    stray: int = 0  # any verdict, a mention included, on a claim the labels omit
    alerts: dict[str, int] = field(default_factory=lambda: {"tp": 0, "fp": 0, "fn": 0})
    keyword: dict[str, int] = field(default_factory=lambda: {"tp": 0, "fp": 0, "fn": 0})

    def precision(self, stance: Stance | None = None) -> float | None:
        tp = self.tp[stance] if stance else sum(self.tp.values())
        fp = self.fp[stance] if stance else sum(self.fp.values())
        return tp / (tp + fp) if tp + fp else None

    def recall(self, stance: Stance | None = None) -> float | None:
        tp = self.tp[stance] if stance else sum(self.tp.values())
        fn = self.fn[stance] if stance else sum(self.fn.values())
        return tp / (tp + fn) if tp + fn else None

    def alert_precision(self, keyword: bool = False) -> float | None:
        c = self.keyword if keyword else self.alerts
        return c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else None

    def alert_recall(self, keyword: bool = False) -> float | None:
        c = self.keyword if keyword else self.alerts
        return c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else None


@dataclass(frozen=True)
class EvalReport:
    claims: tuple[ClaimScores, ...]
    overall: ClaimScores
    articles: int
    mistakes: tuple[str, ...]  # one line per wrong call: article, claim, expected, got
    min_confidence: float
    # claims judged at their own `min_confidence` instead of the global one: id -> threshold
    own_thresholds: Mapping[str, float] = field(default_factory=dict)


def _predicted(verdict: Verdict | None, min_confidence: float) -> Stance | None:
    if verdict is None:
        return None
    if verdict.stance in _POLAR and verdict.confidence >= min_confidence:
        return verdict.stance
    return Stance.MENTIONS


def _count_alert(counts: dict[str, int], wanted: bool, fired: bool) -> None:
    if fired:
        counts["tp" if wanted else "fp"] += 1
    elif wanted:
        counts["fn"] += 1


def _count(
    scores: ClaimScores, truth: Stance | None, got: Stance | None, keyword: bool = False
) -> None:
    _count_alert(scores.alerts, truth in _POLAR, got in _POLAR)
    _count_alert(scores.keyword, truth in _POLAR, keyword)
    scores.stray += truth is None and got is not None
    for stance in _POLAR:
        if got == stance and truth == stance:
            scores.tp[stance] += 1
        elif got == stance:
            scores.fp[stance] += 1
        elif truth == stance:
            scores.fn[stance] += 1
    if truth in _POLAR and got in _POLAR and truth != got:
        scores.sign_errors += 1
    if truth is None and got in _POLAR:
        scores.false_alarms += 1
    if truth == Stance.MENTIONS:
        scores.mentions += 1
        scores.mentions_right += got == Stance.MENTIONS


def evaluate(
    items: Iterable[tuple[str, dict[str, Stance], list[Verdict]]],
    min_confidence: float = 0.6,
    keywords: Mapping[str, Collection[str]] | None = None,
    thresholds: Mapping[str, float] | None = None,
) -> EvalReport:
    """Score each article's verdicts against its labels (claim id -> stance; claims not listed
    are unrelated to the article). `keywords`: article name -> the claims its keyword alert
    fires for. `thresholds`: claim id -> its own `min_confidence`, which the monitor alerts at
    for that claim (so eval must judge it there too); other claims use `min_confidence`.
    Raises nothing for unknown claims: they are scored too."""
    own = dict(thresholds or {})
    per_claim: dict[str, ClaimScores] = {}
    overall = ClaimScores("overall")
    mistakes: list[str] = []
    articles = 0
    for name, labels, verdicts in items:
        articles += 1
        by_claim = {v.claim_id: v for v in verdicts}
        fired = set((keywords or {}).get(name, ()))
        for claim_id in sorted(set(labels) | set(by_claim) | fired):
            truth = Stance(labels[claim_id]) if claim_id in labels else None
            verdict = by_claim.get(claim_id)
            got = _predicted(verdict, own.get(claim_id, min_confidence))
            scores = per_claim.setdefault(claim_id, ClaimScores(claim_id))
            _count(scores, truth, got, claim_id in fired)
            _count(overall, truth, got, claim_id in fired)
            if truth != got and not (truth is None and got == Stance.MENTIONS):
                conf = f" ({verdict.stance} {verdict.confidence:.2f})" if verdict else ""
                mistakes.append(
                    f"{name}: {claim_id}: expected {truth or '-'}, got {got or '-'}{conf}"
                )
    claims = tuple(per_claim[k] for k in sorted(per_claim))
    return EvalReport(claims, overall, articles, tuple(mistakes), min_confidence, own)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def format_report(report: EvalReport) -> str:
    """A plain-text table: one row per claim and an overall row, then the mistakes."""
    head = (
        "claim",
        "conf P",
        "conf R",
        "contra P",
        "contra R",
        "P",
        "R",
        "sign err",
        "false alarm",
        "mentions",
        "stray",
        "alert P/R",
        "keyword P/R",
    )
    rows = [head]
    for s in (*report.claims, report.overall):
        mentions = f"{s.mentions_right}/{s.mentions}" if s.mentions else "-"
        rows.append(
            (
                s.claim_id,
                _pct(s.precision(Stance.CONFIRMS)),
                _pct(s.recall(Stance.CONFIRMS)),
                _pct(s.precision(Stance.CONTRADICTS)),
                _pct(s.recall(Stance.CONTRADICTS)),
                _pct(s.precision()),
                _pct(s.recall()),
                str(s.sign_errors),
                str(s.false_alarms),
                mentions,
                str(s.stray),
                f"{_pct(s.alert_precision())}/{_pct(s.alert_recall())}",
                f"{_pct(s.alert_precision(True))}/{_pct(s.alert_recall(True))}",
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = [
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in rows
    ]
    lines.insert(1, "-" * len(lines[0]))
    lines.insert(len(lines) - 1, "-" * len(lines[0]))
    lines.append(
        f"\n{report.articles} articles, alert threshold {report.min_confidence:.2f}"
        f"{_own_thresholds(report.own_thresholds)}, "
        f"{plural(len(report.mistakes), 'wrong call')} (mentions of unlabelled claims not "
        "counted)\n"
        "alert: evidence found at all, either sign; keyword: every subject group named"
    )
    lines.extend(f"  {m}" for m in report.mistakes)
    return "\n".join(lines)


def _own_thresholds(own: Mapping[str, float]) -> str:
    """The claims judged at their own `min_confidence`, for the report's header line."""
    if not own:
        return ""
    shown = ", ".join(f"{k} {v:.2f}" for k, v in sorted(own.items()))
    return f" (own min_confidence: {shown})"


def report_as_json(report: EvalReport) -> dict[str, Any]:
    """The JSON shape `watch eval --json` prints: per-claim and overall scores, mistakes."""

    def scores(s: ClaimScores) -> dict[str, Any]:
        return {
            "claim": s.claim_id,
            "precision": {str(k): s.precision(k) for k in _POLAR} | {"all": s.precision()},
            "recall": {str(k): s.recall(k) for k in _POLAR} | {"all": s.recall()},
            "sign_errors": s.sign_errors,
            "false_alarms": s.false_alarms,
            "mentions": {"right": s.mentions_right, "total": s.mentions},
            "stray": s.stray,
            "alerts": {"precision": s.alert_precision(), "recall": s.alert_recall()},
            "keyword_alerts": {
                "precision": s.alert_precision(True),
                "recall": s.alert_recall(True),
            },
        }

    return {
        "articles": report.articles,
        "min_confidence": report.min_confidence,
        "claim_min_confidence": dict(sorted(report.own_thresholds.items())),
        "claims": [scores(s) for s in report.claims],
        "overall": scores(report.overall),
        "mistakes": list(report.mistakes),
    }


def verdicts_as_json(verdicts: Sequence[Verdict]) -> dict[str, Any]:
    """The JSON shape `watch match --json` prints."""
    return {
        "verdicts": [
            {
                "claim": v.claim_id,
                "stance": str(v.stance),
                "confidence": v.confidence,
                "evidence": [
                    {
                        "text": e.text,
                        "start": e.start,
                        "end": e.end,
                        **({"in": "title"} if e.in_title else {}),
                    }
                    for e in v.evidence
                ],
                "reasons": list(v.reasons),
            }
            for v in verdicts
        ]
    }


def keyword_claims(rules: Sequence[ClaimRule], title: str, text: str) -> set[str]:
    """The claims whose keyword alert fires on an article: each subject group has at least one
    alias in the title or text (whole words for Latin script, either Chinese script)."""
    norm = normalise(f"{title}\n{text}")
    return {rule.id for rule in rules if len(_named_groups(norm, rule)) == len(rule.subject)}


def unmatched_why(rules: Sequence[ClaimRule], title: str, text: str) -> list[str]:
    """Why no claim matched, for each claim whose first subject group the article names: the
    groups it never names, or, when it names them all, that they never stood together."""
    norm = normalise(f"{title}\n{text}")
    why = []
    for rule in rules:
        names = list(rule.subject)
        named = _named_groups(norm, rule)
        if not names or names[0] not in named:
            continue
        missing = [n for n in names if n not in named]
        if missing:
            groups = ", ".join(missing)
            noun = "group" if len(missing) == 1 else "groups"
            why.append(f"{rule.id}: the article names no alias of its {groups} {noun}")
        else:
            near = "in one sentence with"
            if rule.window:
                near = f"within {plural(rule.window, 'sentence')} of"
            why.append(
                f"{rule.id}: every subject group is named, but never all {near} one another "
                "(`window`, which stays inside a paragraph)"
            )
    return why


def _named_groups(norm: str, rule: ClaimRule) -> list[str]:
    """The names of the claim's subject groups that have an alias in the (normalised) article."""
    return [name for name, group in rule.subject.items() if any(_occurs(norm, a) for a in group)]


def _occurs(norm: str, alias: str) -> bool:
    phrase = normalise(alias.strip())
    start = norm.find(phrase)
    while start >= 0:
        if accept_hit(norm, start, start + len(phrase)) >= 0:
            return True
        start = norm.find(phrase, start + 1)
    return False
