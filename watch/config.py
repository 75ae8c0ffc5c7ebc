"""rules.yaml -> validated `Settings`.

Everything is checked at load time, so a run never stops half-way on a bad setting. A bad file
raises `ConfigError` with one `ConfigProblem` per mistake, each naming the file, the line and
the field path. Secrets are never written in the YAML: channels name environment variables
(`password_env`, `secret_env`, and `url_env` for a webhook URL that carries its credential in
its path, as Slack's, Discord's and Teams' do) and `resolve_secret` reads them when a message is
sent. Such a URL is only ever shown as `shown_url` makes it: scheme, host and port.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import os
import re
import zoneinfo
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast
from urllib.parse import urlsplit

from watch import yamlfile
from watch.claims.rules import VOCABULARIES_SCHEMA, ClaimRule, check_vocabularies
from watch.claims.vocab import BUILTIN, refs
from watch.claims.vocab import forms as vocab_forms
from watch.claims.vocab import names as vocab_names
from watch.errors import ConfigError, ConfigProblem
from watch.localfile import PAGE_MAX_BYTES
from watch.urls import is_http_url, shown_url
from watch.validate import Invalid, dotted, parse, setting


def _http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{value!r} is not an http(s) URL")
    return value


def _webhook_url(value: str) -> str:
    if not is_http_url(value):
        # shown, not quoted whole: the path may be the channel's credential
        raise ValueError(f"not an http(s) URL: {shown_url(value)}")
    return value


_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _env_name(value: str) -> str:
    # The value is never quoted: a URL pasted here by mistake is the secret itself.
    if "://" in value or "/" in value:
        raise ValueError(
            "`url_env` is the name of an environment variable that holds the URL "
            "(e.g. WATCH_SLACK_URL), not the URL itself"
        )
    if not _ENV_NAME.match(value):
        raise ValueError("not an environment variable name (letters, digits and _)")
    return value


def _duration(value: object) -> float:
    """Seconds from 90, "90s", "15m", "2h", "1d"."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = float(value)
    elif isinstance(value, str) and value.strip():
        text = value.strip().lower()
        units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
        try:
            seconds = float(text[:-1]) * units[text[-1]] if text[-1] in units else float(text)
        except ValueError:
            raise ValueError(f"{value!r} is not a duration such as 90s, 15m, 2h or 1d") from None
    else:
        raise ValueError(f"{value!r} is not a duration such as 90s, 15m, 2h or 1d")
    if not 0 < seconds < float("inf"):
        raise ValueError("a duration must be positive and finite")
    return seconds


_DURATION = {"type": ["number", "string"], "examples": ["15m"]}


def duration(default: float | None) -> float:
    """A field holding seconds, written 90, 90s, 15m, 2h or 1d."""
    schema = _DURATION if default is not None else {"type": ["number", "string", "null"]}
    convert = _duration if default is not None else _optional_duration
    # a field specifier: typed as the value the dataclass field holds, as dataclasses.field is
    return cast(float, setting(default, before=convert, schema=schema))


def _optional_duration(value: object) -> float | None:
    return None if value is None else _duration(value)


def _networks(value: bool | list[str]) -> bool | list[str]:
    if isinstance(value, list):
        for item in value:
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError:
                raise ValueError(f"{item!r} is not an IP address or CIDR") from None
    return value


def _zone(value: str) -> str:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {value!r}") from None
    return value


def _cron(value: str) -> str:
    from apscheduler.triggers.cron import CronTrigger

    try:
        CronTrigger.from_crontab(value)
    except ValueError as exc:
        raise ValueError(f"bad cron expression {value!r}: {exc}") from None
    return value


_NAME = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"


@dataclass(frozen=True, kw_only=True)
class FeedConfig:
    url: str = setting(after=_http_url)
    name: str = ""
    id: str = setting("", pattern="^$|" + _NAME)
    interval: float | None = duration(None)
    lang: Literal["en", "zh"] | None = None
    tags: list[str] = setting(factory=list)

    @property
    def key(self) -> str:
        """The feed's id in the state database: its `id`, else its URL."""
        return self.id or self.url


@dataclass(frozen=True, kw_only=True)
class FetchConfig:
    allow_private_networks: bool | list[str] = setting(False, after=_networks)
    timeout: float = duration(20.0)  # the whole request, headers and body
    max_bytes: int = setting(PAGE_MAX_BYTES, ge=1024)  # a page, and a file of yours read
    concurrency: int = setting(16, ge=1, le=256)
    per_host: int = setting(2, ge=1, le=32)
    user_agent: str = "watch/0.1 (+claim-tracking news monitor)"
    backfill_days: float = setting(7, ge=0)
    extract_timeout: float = duration(20.0)
    extract_workers: int = setting(0, ge=0, le=32)  # 0: one per core


@dataclass(frozen=True, kw_only=True)
class SmtpConfig:
    host: str
    port: int = setting(587, ge=1, le=65535)
    security: Literal["starttls", "ssl", "none"] = "starttls"
    username: str | None = None
    password_env: str | None = None
    timeout: float = duration(30.0)

    def __post_init__(self) -> None:
        if self.username and not self.password_env:
            raise ValueError("`username` needs `password_env` (the variable holding the password)")


@dataclass(frozen=True, kw_only=True)
class _Channel:
    name: str = setting(pattern=_NAME)
    mode: Literal["instant", "digest"] = "instant"
    schedule: str | None = setting(None, after=_cron)
    timezone: str = setting("UTC", after=_zone)
    min_confidence: float | None = setting(None, ge=0, le=1)
    also_seen: bool = False  # list mentions in a short "also seen" section
    max_attempts: int = setting(8, ge=1, le=100)

    def __post_init__(self) -> None:
        if self.mode == "digest" and not self.schedule:
            raise ValueError("mode: digest needs a `schedule` (a cron expression)")


@dataclass(frozen=True, kw_only=True)
class EmailChannel(_Channel):
    type: Literal["email"]
    smtp: SmtpConfig
    from_: str = setting(alias="from")
    to: list[str] = setting(min_length=1)
    attach_report: bool = False  # every message carries the report page (`watch report`)


@dataclass(frozen=True, kw_only=True)
class WebhookChannel(_Channel):
    type: Literal["webhook"]
    url: str | None = setting(
        None,
        after=_webhook_url,
        description="Where the POSTs go (http or https). Give `url` or `url_env`, not both. "
        "Output shows only scheme://host/…; a URL with its credential in the path (Slack, "
        "Discord, Teams) belongs in `url_env`.",
    )
    url_env: str | None = setting(
        None,
        after=_env_name,
        schema={"type": ["string", "null"], "pattern": _ENV_NAME.pattern},
        description="The name of an environment variable holding the URL, read when a "
        "message is sent: keeps a URL that is a credential out of rules.yaml.",
    )
    secret_env: str | None = None
    format: Literal["json", "slack"] = "json"
    timeout: float = duration(15.0)

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.url is not None and self.url_env is not None:
            raise ValueError("give `url` or `url_env`, not both")
        if self.url is None and self.url_env is None:
            raise ValueError(
                "a webhook channel needs `url`, or `url_env` naming the environment variable "
                "that holds the URL"
            )

    def resolve_url(self, env: Mapping[str, str] | None = None) -> str | None:
        """The URL to POST to: `url`, or the value of `url_env` in `env` (default: the
        environment), None when that variable is not set."""
        if self.url is not None:
            return self.url
        return resolve_secret(self.url_env, None if env is None else dict(env))

    def shown(self, env: Mapping[str, str] | None = None) -> str:
        """Where the channel posts, fit to print: `shown_url` of it, and the variable it
        comes from when `url_env` gives it."""
        url = self.resolve_url(env)
        if self.url_env is None:
            return shown_url(url or "")
        return f"{shown_url(url)} (from ${self.url_env})" if url else f"${self.url_env} (not set)"


@dataclass(frozen=True, kw_only=True)
class AlertsConfig:
    min_confidence: float = setting(0.6, ge=0, le=1)


@dataclass(frozen=True, kw_only=True)
class ReportConfig:
    """`watch check` and `watch run` keep this report page fresh (see `watch report`)."""

    path: str = setting(min_length=1)  # relative to rules.yaml
    every: float = duration(3600.0)


@dataclass(frozen=True, kw_only=True)
class Settings:
    feeds: list[FeedConfig] = setting(factory=list)
    default_interval: float = duration(900.0)
    fetch: FetchConfig = setting(factory=FetchConfig)
    alerts: AlertsConfig = setting(factory=AlertsConfig)
    notify: list[EmailChannel | WebhookChannel] = setting(factory=list)
    claims: list[ClaimRule] = setting(factory=list)
    vocabularies: dict[str, list[str]] = setting(
        factory=dict,
        before=vocab_forms,
        after=check_vocabularies,
        schema=VOCABULARIES_SCHEMA,
        description="Extra phrases for the claim rules' vocabularies (<launch>, <denial>, ...) "
        "or new ones, for every claim.",
    )
    seeds_dir: str = "seeds"
    # private: state/ is 0700 and its files 0600 (see watch/statedir.py); shared: the umask says
    state_mode: Literal["private", "shared"] = "private"
    report: ReportConfig | None = None

    def channel(self, name: str) -> EmailChannel | WebhookChannel:
        for channel in self.notify:
            if channel.name == name:
                return channel
        known = ", ".join(c.name for c in self.notify) or "none configured"
        raise ConfigError(
            [ConfigProblem("rules.yaml", None, "notify", f"no channel {name!r} ({known})")]
        )


# --- loading ----------------------------------------------------------------------------------


def load_settings(path: str | os.PathLike[str], *, env: dict[str, str] | None = None) -> Settings:
    """Read and validate rules.yaml. Raises ConfigError listing every problem found."""
    path = Path(path)
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError([ConfigProblem(name, None, "", "file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([ConfigProblem(name, None, "", f"cannot read: {exc}")]) from None
    data, node = yamlfile.parse(text, name)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError([ConfigProblem(name, 1, "", "the file must be a mapping of sections")])
    try:
        settings = parse(Settings, data)
    except Invalid as exc:
        lines = yamlfile.key_lines(node, name)
        raise ConfigError([_problem(name, lines, loc, msg) for loc, msg in exc.problems]) from None
    environ = os.environ if env is None else env
    problems = _cross_checks(
        settings, name, lambda: yamlfile.key_lines(node, name), path.parent, environ
    )
    if problems:
        raise ConfigError(problems)
    # relative paths in the file are relative to the file
    report = settings.report
    if report is not None:
        report = dataclasses.replace(report, path=str(path.parent / report.path))
    return dataclasses.replace(
        settings,
        seeds_dir=str(path.parent / settings.seeds_dir),
        report=report,
        claims=[_with_vocabularies(c, settings.vocabularies) for c in settings.claims],
    )


def _with_vocabularies(claim: ClaimRule, shared: dict[str, list[str]]) -> ClaimRule:
    """The claim with the file's vocabularies merged under its own (the engine reads only
    the claim's)."""
    if not shared:
        return claim
    merged = {name: list(words) for name, words in shared.items()}
    for name, words in claim.vocabularies.items():
        merged[name] = merged.get(name, []) + [w for w in words if w not in merged.get(name, [])]
    return dataclasses.replace(claim, vocabularies=merged)


def _vocabulary_refs(claim: ClaimRule) -> list[tuple[tuple[Any, ...], str]]:
    """(field path, vocabulary name) for every `<name>` a claim's phrase lists hold."""
    lists: list[tuple[tuple[Any, ...], list[str]]] = [
        ((name,), getattr(claim, name))
        for name in ("confirms", "contradicts", "overdue", "background", "pending", "reported_by")
    ]
    lists += [(("choice", "verbs"), claim.choice.verbs)] if claim.choice else []
    lists += [(("when", "near"), claim.when.near)] if claim.when else []
    for j, amount in enumerate(claim.amount):
        lists += [
            (("amount", j, "near"), amount.near),
            (("amount", j, "not_near"), amount.not_near),
        ]
    return [
        ((*where, k), name)
        for where, phrases in lists
        for k, phrase in enumerate(phrases)
        for name in refs(phrase)
    ]


def resolve_secret(env_name: str | None, env: dict[str, str] | None = None) -> str | None:
    """The value of the environment variable a channel names (checked present at load time)."""
    if not env_name:
        return None
    return (os.environ if env is None else env).get(env_name)


def _problem(
    name: str, lines: dict[tuple[Any, ...], int], loc: tuple[Any, ...], msg: str
) -> ConfigProblem:
    # a missing key has no line of its own: _line_for falls back to the mapping that lacks it
    return ConfigProblem(name, yamlfile.line_for(lines, loc), dotted(loc), msg)


def _cross_checks(
    settings: Settings,
    name: str,
    lines: Callable[[], dict[tuple[Any, ...], int]],
    base: Path,
    env: Any,
) -> list[ConfigProblem]:
    problems: list[ConfigProblem] = []
    found: list[dict[tuple[Any, ...], int]] = []  # the line index, made for the first problem

    def add(path: tuple[Any, ...], message: str) -> None:
        if not found:
            found.append(lines())
        problem = ConfigProblem(name, yamlfile.line_for(found[0], path), dotted(path), message)
        if problem not in problems:
            problems.append(problem)

    keyed: tuple[tuple[str, Sequence[Any], Callable[[Any], str]], ...] = (
        ("feeds", settings.feeds, lambda f: f.key),
        ("feeds", settings.feeds, lambda f: f.url),
        ("notify", settings.notify, lambda c: c.name),
        ("claims", settings.claims, lambda c: c.id),
    )
    for field_name, items, key in keyed:
        seen: dict[str, int] = {}
        for i, item in enumerate(items):
            value = key(item)
            if value in seen:
                add((field_name, i), f"duplicate {value!r} (also {field_name}[{seen[value]}])")
            else:
                seen[value] = i
    for i, channel in enumerate(settings.notify):
        where: tuple[Any, ...]
        if isinstance(channel, EmailChannel):
            where, var = ("notify", i, "smtp", "password_env"), channel.smtp.password_env
        else:
            where, var = ("notify", i, "secret_env"), channel.secret_env
        if var and var not in env:
            add(where, f"environment variable {var} is not set")
        if isinstance(channel, WebhookChannel) and channel.url_env:
            # named, never shown: the value is the credential
            where, var = ("notify", i, "url_env"), channel.url_env
            if var not in env:
                add(where, f"environment variable {var} is not set")
            elif not is_http_url(env[var]):
                add(where, f"environment variable {var} does not hold an http(s) URL")
    for i, claim in enumerate(settings.claims):
        for where, vocabulary in _vocabulary_refs(claim):
            if (
                vocabulary not in BUILTIN
                and vocabulary not in settings.vocabularies | claim.vocabularies
            ):
                known = ", ".join(f"<{n}>" for n in vocab_names(settings.vocabularies))
                add(("claims", i, *where), f"no vocabulary <{vocabulary}> (known: {known})")
    from watch.seeds import check_quotes

    seeds = base / settings.seeds_dir
    for path, message in check_quotes(settings.claims, seeds, settings.fetch.max_bytes):
        add(("claims", *path), message)
    return problems
