"""The errors `watch` raises, one tree rooted at `WatchError`.

    WatchError
    ├── ConfigError          rules.yaml is unreadable or invalid (carries every problem found)
    ├── StateError           the state directory or database cannot be used
    │   └── LockHeld         another run holds the state lock (names another user's process)
    ├── LocalFileError       a file of yours (a seed, an article to match) is not a regular file
    │                        or is larger than fetch.max_bytes (carries the path)
    ├── FetchError           one URL could not be fetched (carries the url)
    │   ├── BlockedAddress   the address policy refused the URL or a redirect hop
    │   ├── FetchTimeout     the whole-request deadline passed
    │   ├── TooLarge         the body, after decompression, passed the size cap
    │   ├── BadEncoding      stacked or unknown Content-Encoding, or a corrupt stream
    │   ├── TooManyRedirects
    │   └── HTTPStatusError  a 4xx/5xx answer (carries status and Retry-After)
    ├── FeedError            fetched bytes are not a usable feed (carries the feed)
    ├── ExtractError         article extraction failed or ran past its time limit
    ├── NotJudged            the claim engine ran past its per-article time budget (a backstop)
    └── DeliveryError        a channel did not accept a message (carries channel, retry_after)

Per-feed and per-article errors are caught by the pipeline and recorded against that feed or
article; they never abort a run. Anything outside this tree is a bug and propagates.
Messages never contain secrets: channels name the environment variable, never its value.
"""

from __future__ import annotations

from dataclasses import dataclass


class WatchError(Exception):
    """Base of every error `watch` raises on purpose."""


@dataclass(frozen=True)
class ConfigProblem:
    """One problem in a configuration file: where it is and what is wrong."""

    file: str
    line: int | None
    path: str  # dotted field path, e.g. "feeds[3].url"
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        field = f" {self.path}:" if self.path else ""
        return f"{where}:{field} {self.message}"


class ConfigError(WatchError):
    def __init__(self, problems: list[ConfigProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class StateError(WatchError):
    pass


class LockHeld(StateError):
    """`holder`: the process holding the lock, when /proc/locks tells; `other_user`: it belongs
    to another user, so waiting is no use (someone may be blocking every run on purpose)."""

    def __init__(self, path: str, holder: str | None = None, *, other_user: bool = False) -> None:
        self.path = path
        self.holder = holder
        self.other_user = other_user
        if other_user:
            message = (
                f"the lock {path} is held by another user's process ({holder}): no run can "
                "start until it lets go; stop that process and keep the state directory "
                "private (see state_mode in the README)"
            )
        else:
            by = f" ({holder})" if holder else ""
            message = f"another watch run{by} holds the lock {path}; try again later or pass --wait"
        super().__init__(message)


class LocalFileError(WatchError):
    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}")


class FetchError(WatchError):
    def __init__(self, url: str, message: str) -> None:
        self.url = url
        self.message = message
        super().__init__(f"{url}: {message}")


class BlockedAddress(FetchError):
    pass


class FetchTimeout(FetchError):
    pass


class TooLarge(FetchError):
    pass


class BadEncoding(FetchError):
    pass


class TooManyRedirects(FetchError):
    pass


class HTTPStatusError(FetchError):
    def __init__(self, url: str, status: int, retry_after: float | None = None) -> None:
        self.status = status
        self.retry_after = retry_after
        extra = f" (Retry-After {retry_after:.0f}s)" if retry_after is not None else ""
        super().__init__(url, f"HTTP {status}{extra}")


class FeedError(WatchError):
    def __init__(self, feed: str, message: str) -> None:
        self.feed = feed
        self.message = message
        super().__init__(f"feed {feed}: {message}")

    def __reduce__(self) -> tuple[type[FeedError], tuple[str, str]]:
        # raised in a worker process and re-raised here: rebuild it from its own fields
        return (type(self), (self.feed, self.message))


class ExtractError(WatchError):
    def __init__(self, url: str, message: str) -> None:
        self.url = url
        self.message = message
        super().__init__(f"extract {url}: {message}")


class NotJudged(WatchError):
    """The claim engine's backstop: an article still being judged after its time budget. The
    article is stored without verdicts; the deterministic caps in `watch.claims.limits` should
    make this unreachable."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(f"not judged: too large (over the {seconds:g} s budget)")


class DeliveryError(WatchError):
    """`permanent`: retrying cannot help (a 5xx SMTP reply, a refused login, a 4xx webhook)."""

    permanent: bool = False

    def __init__(self, channel: str, message: str, retry_after: float | None = None) -> None:
        self.channel = channel
        self.message = message
        self.retry_after = retry_after
        super().__init__(f"channel {channel}: {message}")
