"""The data contract: the plain, frozen values that cross from one pipeline stage to the next.

    fetch ─► FetchResult ─► feeds ─► ParsedFeed(Entry…) ─► extract ─► Article
      ─► store (StoredArticle) ─► claims engine (Document ─► Verdict) ─► ledger
      ─► Alert / StatusChange ─► digest ─► notify (Delivery)

Configuration types (feeds, claims, channels) live in `watch.config`; everything here is data
produced while running. All datetimes are timezone-aware UTC.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

# --- fetching ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Validators:
    """What a server gave us to make the next request conditional."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class FetchResult:
    """A completed HTTP exchange (2xx or 304). Failures are raised as `FetchError`."""

    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int
    headers: Mapping[str, str]  # lower-cased names
    body: bytes  # decoded from Content-Encoding, at most the size cap; b"" on 304
    validators: Validators
    elapsed: float  # seconds

    @property
    def not_modified(self) -> bool:
        return self.status == 304


# --- feeds ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One feed entry, normalised."""

    guid: str  # stable id: the entry's guid, else canonical link, else a content hash
    url: str | None  # canonical URL (lower-cased scheme/host, no fragment, no tracking params)
    link: str | None  # the link as the feed gave it
    title: str
    text: str  # the fullest body the feed carries, as plain text (see extract.html_to_text)
    published: datetime | None  # UTC, None when the feed gives no usable date


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    entries: tuple[Entry, ...]
    bozo: str | None = None  # why the XML was not well-formed, when entries were salvaged


@dataclass(frozen=True)
class FeedState:
    """What storage knows about a feed before it is polled."""

    feed_id: str
    url: str
    validators: Validators = Validators()
    next_poll_at: datetime | None = None
    consecutive_failures: int = 0
    last_success_at: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None


class FeedOutcome(enum.StrEnum):
    OK = "ok"
    NOT_MODIFIED = "not_modified"
    ERROR = "error"


@dataclass(frozen=True)
class FeedResult:
    """One poll of one feed, returned as a value so a bad feed never aborts the run."""

    feed_id: str
    outcome: FeedOutcome
    validators: Validators = Validators()
    entries: tuple[Entry, ...] = ()
    bozo: str | None = None
    error: str | None = None
    retry_after: float | None = None  # seconds, from a 429/503


# --- articles ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Extracted:
    """What extraction got out of one HTML page: main text and the page's own metadata."""

    title: str | None
    text: str
    published: datetime | None  # UTC, from the page's metadata; None when it gives no date
    lang: str  # "en", "zh" or "und"


@dataclass(frozen=True)
class Article:
    """An article ready to store: extracted from its page, or from the feed as a fallback."""

    url: str  # canonical URL
    title: str
    text: str
    lang: str  # "en", "zh" or "und"
    published: datetime  # UTC: the entry's date, else the page's, else first seen
    feed_id: str | None  # None for seeds and manual input
    guid: str | None = None
    source: str = "page"  # how the text was obtained: "page", "feed", "seed"
    note: str | None = None  # why extraction fell back, when it did
    is_baseline: bool = False


@dataclass(frozen=True)
class StoredArticle:
    id: int
    story_id: int  # syndicated copies share a story
    url: str
    title: str
    text: str
    lang: str
    published: datetime
    first_seen: datetime
    feed_id: str | None
    is_baseline: bool = False


# --- claims -----------------------------------------------------------------------------------


class Stance(enum.StrEnum):
    CONFIRMS = "confirms"
    CONTRADICTS = "contradicts"
    MENTIONS = "mentions"


class ClaimStatus(enum.StrEnum):
    REPORTED = "reported"
    CONFIRMED = "confirmed"
    CONTRADICTED = "contradicted"
    DISPUTED = "disputed"
    EXPIRED = "expired"


@dataclass(frozen=True)
class Document:
    """What the claim engine judges: text plus the date relative expressions resolve against."""

    text: str
    published: date
    title: str = ""
    lang: str = "und"


@dataclass(frozen=True)
class Evidence:
    """One sentence that carries the verdict, with character offsets into `Document.text`
    (into `Document.title` when `in_title`)."""

    text: str
    start: int
    end: int
    in_title: bool = False


@dataclass(frozen=True)
class Verdict:
    claim_id: str
    stance: Stance
    confidence: float  # 0..1
    evidence: tuple[Evidence, ...]
    reasons: tuple[str, ...]  # human-readable: aliases, cues, quantities, dates, negations


# --- ledger and alerts ------------------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceRecord:
    """A verdict on a stored article, as the ledger sees it."""

    claim_id: str
    article_id: int
    story_id: int
    stance: Stance
    confidence: float
    quote: str
    url: str
    title: str
    source: str  # the outlet: host of the article URL, or the seed file name
    published: datetime
    lang: str
    is_baseline: bool = False
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class StatusChange:
    claim_id: str
    old: ClaimStatus
    new: ClaimStatus
    at: datetime
    reason: str


@dataclass(frozen=True)
class Alert:
    """Something a user is told about: new evidence on a claim (one per claim per story),
    or a change of the claim's status. `key` makes it unique in the outbox."""

    key: str
    claim_id: str
    kind: str  # "evidence" or "status"
    created_at: datetime
    stance: Stance | None = None
    change: StatusChange | None = None
    evidence: tuple[EvidenceRecord, ...] = ()
    id: int | None = None  # set once stored


class DeliveryState(enum.StrEnum):
    PENDING = "pending"
    SENDING = "sending"  # handed to the channel; not yet acknowledged
    SENT = "sent"
    FAILED = "failed"


@dataclass(frozen=True)
class Delivery:
    alert_id: int
    channel: str
    state: DeliveryState
    attempts: int = 0
    next_attempt_at: datetime | None = None
    last_error: str | None = None
    message_id: str | None = None


@dataclass(frozen=True)
class ClaimSummary:
    """One row of `watch claims`."""

    claim_id: str
    statement: str
    status: ClaimStatus
    confirms: int  # independent stories
    contradicts: int
    sources: int  # independent outlets
    last_evidence_at: datetime | None


# --- runs -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RunReport:
    started_at: datetime
    finished_at: datetime
    feeds_polled: int = 0
    feeds_not_modified: int = 0
    feeds_failed: int = 0
    new_articles: int = 0
    alerts: int = 0
    deliveries_sent: int = 0
    deliveries_failed: int = 0
    errors: tuple[str, ...] = field(default=())
