"""rules.yaml -> validated `Settings`.

Everything is checked at load time, so a run never stops half-way on a bad setting. A bad file
raises `ConfigError` with one `ConfigProblem` per mistake, each naming the file, the line and
the field path. Secrets are never written in the YAML: channels name environment variables
(`password_env`, `secret_env`) and `resolve_secret` reads them when a message is sent.
"""

from __future__ import annotations

import ipaddress
import os
import zoneinfo
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from watch.claims.rules import ClaimRule
from watch.errors import ConfigError, ConfigProblem


def _http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{value!r} is not an http(s) URL")
    return value


HttpUrl = Annotated[str, AfterValidator(_http_url)]


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
    if seconds <= 0:
        raise ValueError("a duration must be positive")
    return seconds


Duration = Annotated[float, Field(json_schema_extra={"examples": ["15m"]})]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FeedConfig(_Strict):
    url: HttpUrl
    name: str = ""
    id: str = Field(default="", pattern=r"^$|^[A-Za-z0-9][A-Za-z0-9._-]*$")
    interval: Duration | None = None
    lang: Literal["en", "zh"] | None = None
    tags: list[str] = Field(default_factory=list)

    _interval = field_validator("interval", mode="before")(
        lambda cls, v: None if v is None else _duration(v)
    )

    @property
    def key(self) -> str:
        """The feed's id in the state database: its `id`, else its URL."""
        return self.id or self.url


class FetchConfig(_Strict):
    allow_private_networks: bool | list[str] = False
    timeout: Duration = 20.0  # the whole request, headers and body
    max_bytes: int = Field(default=10_000_000, ge=1024)
    concurrency: int = Field(default=16, ge=1, le=256)
    per_host: int = Field(default=2, ge=1, le=32)
    user_agent: str = "watch/0.1 (+claim-tracking news monitor)"
    backfill_days: float = Field(default=7, ge=0)
    extract_timeout: Duration = 20.0
    extract_workers: int = Field(default=0, ge=0, le=32)  # 0: one per core

    _durations = field_validator("timeout", "extract_timeout", mode="before")(
        lambda cls, v: _duration(v)
    )

    @field_validator("allow_private_networks")
    @classmethod
    def _networks(cls, value: bool | list[str]) -> bool | list[str]:
        if isinstance(value, list):
            for item in value:
                try:
                    ipaddress.ip_network(item, strict=False)
                except ValueError:
                    raise ValueError(f"{item!r} is not an IP address or CIDR") from None
        return value


class SmtpConfig(_Strict):
    host: str
    port: int = Field(default=587, ge=1, le=65535)
    security: Literal["starttls", "ssl", "none"] = "starttls"
    username: str | None = None
    password_env: str | None = None
    timeout: Duration = 30.0

    _timeout = field_validator("timeout", mode="before")(lambda cls, v: _duration(v))

    @model_validator(mode="after")
    def _login_needs_password(self) -> SmtpConfig:
        if self.username and not self.password_env:
            raise ValueError("`username` needs `password_env` (the variable holding the password)")
        return self


class _Channel(_Strict):
    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    mode: Literal["instant", "digest"] = "instant"
    schedule: str | None = None
    timezone: str = "UTC"
    min_confidence: float | None = Field(default=None, ge=0, le=1)
    also_seen: bool = False  # list mentions in a short "also seen" section
    max_attempts: int = Field(default=8, ge=1, le=100)

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            zoneinfo.ZoneInfo(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value

    @field_validator("schedule")
    @classmethod
    def _cron(cls, value: str | None) -> str | None:
        if value is not None:
            from apscheduler.triggers.cron import CronTrigger

            try:
                CronTrigger.from_crontab(value)
            except ValueError as exc:
                raise ValueError(f"bad cron expression {value!r}: {exc}") from None
        return value

    @model_validator(mode="after")
    def _digest_needs_schedule(self) -> _Channel:
        if self.mode == "digest" and not self.schedule:
            raise ValueError("mode: digest needs a `schedule` (a cron expression)")
        return self


class EmailChannel(_Channel):
    type: Literal["email"]
    smtp: SmtpConfig
    from_: str = Field(alias="from")
    to: list[str] = Field(min_length=1)


class WebhookChannel(_Channel):
    type: Literal["webhook"]
    url: HttpUrl
    secret_env: str | None = None
    format: Literal["json", "slack"] = "json"
    timeout: Duration = 15.0

    _timeout = field_validator("timeout", mode="before")(lambda cls, v: _duration(v))


Channel = Annotated[EmailChannel | WebhookChannel, Field(discriminator="type")]


class AlertsConfig(_Strict):
    min_confidence: float = Field(default=0.6, ge=0, le=1)


class Settings(_Strict):
    feeds: list[FeedConfig] = Field(default_factory=list)
    default_interval: Duration = 900.0
    fetch: FetchConfig = FetchConfig()
    alerts: AlertsConfig = AlertsConfig()
    notify: list[Channel] = Field(default_factory=list)
    claims: list[ClaimRule] = Field(default_factory=list)
    seeds_dir: str = "seeds"

    _interval = field_validator("default_interval", mode="before")(lambda cls, v: _duration(v))

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
    data, lines = _parse_yaml(text, name)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError([ConfigProblem(name, 1, "", "the file must be a mapping of sections")])
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError([_problem(name, lines, err) for err in exc.errors()]) from None
    problems = _cross_checks(settings, name, lines, path.parent, os.environ if env is None else env)
    if problems:
        raise ConfigError(problems)
    # relative paths in the file are relative to the file
    return settings.model_copy(update={"seeds_dir": str(path.parent / settings.seeds_dir)})


def resolve_secret(env_name: str | None, env: dict[str, str] | None = None) -> str | None:
    """The value of the environment variable a channel names (checked present at load time)."""
    if not env_name:
        return None
    return (os.environ if env is None else env).get(env_name)


# libyaml's parser when PyYAML was built with it: 10x faster on a rules file of a thousand feeds
_LineLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse_yaml(text: str, name: str) -> tuple[Any, dict[tuple[Any, ...], int]]:
    try:
        node = yaml.compose(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(
            [ConfigProblem(name, line, "", f"YAML syntax error: {problem}")]
        ) from None
    lines: dict[tuple[Any, ...], int] = {}
    if node is None:
        return None, lines
    _index_lines(node, (), lines, name)
    loader = _LineLoader("")
    try:
        data = loader.construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise ConfigError([ConfigProblem(name, line, "", f"YAML error: {exc}")]) from None
    return data, lines


# A rules file holds hundreds of values; aliases can multiply that without bound (nine levels
# of ten aliases each are 10**9 values from 400 bytes), so the walk below has a budget.
MAX_YAML_VALUES = 200_000


def _index_lines(
    node: yaml.Node,
    path: tuple[Any, ...],
    lines: dict[tuple[Any, ...], int],
    name: str,
    budget: list[int] | None = None,
) -> None:
    budget = [MAX_YAML_VALUES] if budget is None else budget
    budget[0] -= 1
    if budget[0] < 0:
        message = f"more than {MAX_YAML_VALUES} values once aliases are expanded (alias bomb?)"
        raise ConfigError([ConfigProblem(name, node.start_mark.line + 1, _dotted(path), message)])
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            if key in seen:
                raise ConfigError(
                    [
                        ConfigProblem(
                            name,
                            key_node.start_mark.line + 1,
                            _dotted((*path, key)),
                            f"duplicate key (first on line {seen[key]})",
                        )
                    ]
                )
            seen[key] = key_node.start_mark.line + 1
            lines[(*path, key)] = key_node.start_mark.line + 1
            _index_lines(value_node, (*path, key), lines, name, budget)
            lines[(*path, key)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index_lines(item, (*path, i), lines, name, budget)


def _dotted(path: tuple[Any, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _line_for(lines: dict[tuple[Any, ...], int], path: tuple[Any, ...]) -> int | None:
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return lines.get(())


def _problem(name: str, lines: dict[tuple[Any, ...], int], err: Any) -> ConfigProblem:
    # pydantic inserts union tags ("email", "webhook") and validator names into loc; drop those
    # that are not keys of the YAML so the path reads like the file.
    loc: tuple[Any, ...] = ()
    for part in err["loc"]:
        candidate = (*loc, part)
        if candidate in lines or isinstance(part, int) or err["type"] == "missing":
            loc = candidate
    if err["type"] == "missing" and loc and loc not in lines:
        line = _line_for(lines, loc[:-1])
    else:
        line = _line_for(lines, loc)
    message = err["msg"].removeprefix("Value error, ")
    if err["type"] == "extra_forbidden":
        message = "unknown key"
    return ConfigProblem(name, line, _dotted(loc), message)


def _cross_checks(
    settings: Settings, name: str, lines: dict[tuple[Any, ...], int], base: Path, env: Any
) -> list[ConfigProblem]:
    problems: list[ConfigProblem] = []

    def add(path: tuple[Any, ...], message: str) -> None:
        problem = ConfigProblem(name, _line_for(lines, path), _dotted(path), message)
        if problem not in problems:
            problems.append(problem)

    for field_name, items, key in (
        ("feeds", settings.feeds, lambda f: f.key),
        ("feeds", settings.feeds, lambda f: f.url),
        ("notify", settings.notify, lambda c: c.name),
        ("claims", settings.claims, lambda c: c.id),
    ):
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
    from watch.seeds import check_quotes

    for path, message in check_quotes(settings.claims, base / settings.seeds_dir):
        add(("claims", *path), message)
    return problems
