"""Settings: one TOML file validated with pydantic; every problem reported at once.

Errors read `FILE: key.path: message` (e.g. `config/monitor.toml: watch[3].channels: unknown channel
"x"`). Secrets are never in the file: a channel names the environment variable that holds each one.
"""

from __future__ import annotations

import csv
import os
import re
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from monitor.domain import KINDS, Severity

Kind = Literal["default", "impairment", "restatement"]
assert set(get_args(Kind)) == set(KINDS), "settings.Kind and domain.KINDS must name the same kinds"
NoveltyTag = Literal["new", "update", "repeat"]
DEFAULT_CONFIG = "config/monitor.toml"


class ConfigError(Exception):
    """Every problem found in a config, each as `FILE: key.path: message`."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class StoreSettings(Strict):
    url: str = "sqlite:///data/filing-monitor.db"


class EdgarSettings(Strict):
    enabled: bool = True
    user_agent: str = ""
    base_url: str = "https://www.sec.gov"
    data_url: str = "https://data.sec.gov"
    poll_seconds: int = Field(60, ge=10)
    forms: list[str] = ["8-K", "8-K/A", "10-K", "10-K/A", "10-Q", "10-Q/A", "NT 10-K", "NT 10-Q", "6-K"]
    requests_per_second: float = Field(5, gt=0, le=10)
    first_poll: Literal["latest", "window"] = "latest"
    catch_up_days: int | None = Field(None, ge=0)  # deprecated (see deprecations); read, then ignored
    catch_up_max_days: int = Field(30, ge=1)
    catch_up_minutes: int = Field(30, ge=1)
    feed_reserved_share: float = Field(0.4, ge=0, lt=1)
    max_pages: int = Field(51, ge=1)
    ticker_cache: str = "data/company_tickers.json"
    feed_max_bytes: int = Field(5_000_000, gt=0)
    document_max_bytes: int = Field(25_000_000, gt=0)
    timeout_seconds: float = Field(20, gt=0)


class WireFeed(Strict):
    name: str
    url: str
    per_watch: bool = False
    poll_seconds: int = Field(300, ge=10)
    enabled: bool = True
    fetch_pages: bool = True  # fetch the item's link when it carries only a headline or summary
    requests_per_second: float = Field(2, gt=0)  # to the feed's host, all feeds on that host together


class ChannelBase(Strict):
    name: str
    kinds: list[Kind] = ["default", "impairment", "restatement"]
    min_severity: Severity = Severity.low
    rate_per_second: float = Field(5, gt=0)


class SlackChannel(ChannelBase):
    type: Literal["slack"]
    webhook_url_env: str
    rate_per_second: float = Field(1, gt=0)


class EmailChannel(ChannelBase):
    type: Literal["email"]
    host: str
    port: int = 587
    security: Literal["starttls", "ssl", "none"] = "starttls"
    username_env: str | None = None
    password_env: str | None = None
    sender: str
    to: list[str] = Field(min_length=1)
    timeout_seconds: float = 30


class WebhookChannel(ChannelBase):
    type: Literal["webhook"]
    url: str | None = None
    url_env: str | None = None
    secret_env: str | None = None
    timeout_seconds: float = 10


class JsonlChannel(ChannelBase):
    type: Literal["jsonl"]
    path: str


class ConsoleChannel(ChannelBase):
    type: Literal["console"]


ChannelSettings = Annotated[
    SlackChannel | EmailChannel | WebhookChannel | JsonlChannel | ConsoleChannel,
    Field(discriminator="type"),
]


class Defaults(Strict):
    channels: list[str] = []
    kinds: list[Kind] = ["default", "impairment", "restatement"]
    ops_channels: list[str] = []
    alert_on: list[NoveltyTag] = ["new", "update"]


class WatchlistFiles(Strict):
    files: list[str] = []


class Watch(Strict):
    ticker: str
    cik: int | None = None
    name: str | None = None
    aliases: list[str] = []
    kinds: list[Kind] | None = None
    channels: list[str] | None = None
    alert_on: list[NoveltyTag] | None = None
    backfill: bool = False  # read this company's recent history once (submissions JSON) when added

    @field_validator("ticker")
    @classmethod
    def _ticker(cls, v: str) -> str:
        v = v.strip().upper()
        if not re.fullmatch(r"[A-Z0-9][A-Z0-9.\-]{0,9}", v):
            raise ValueError(f"not a ticker symbol: {v!r}")
        return v


class Delivery(Strict):
    max_attempts: int = Field(8, ge=1)
    max_age_hours: float = Field(24, gt=0)
    base_delay_seconds: float = Field(30, gt=0)
    dispatch_seconds: float = Field(5, gt=0)
    batch: int = Field(50, ge=1)


class NoveltySettings(Strict):
    story_window_days: float = Field(3, ge=0)
    amount_tolerance: float = Field(0.05, ge=0, lt=1)
    similarity: float = Field(0.6, gt=0, le=1)


class DaemonSettings(Strict):
    http: str | None = None  # "127.0.0.1:9464" serves /healthz and /metrics
    jitter_seconds: int = Field(5, ge=0)
    misfire_grace_seconds: int = Field(60, ge=1)
    stale_after_intervals: float = Field(3, gt=0)
    lock_file: str | None = None


class Settings(Strict):
    store: StoreSettings = StoreSettings()
    edgar: EdgarSettings = EdgarSettings()
    wire: list[WireFeed] = []
    channel: list[ChannelSettings] = []
    defaults: Defaults = Defaults()
    watchlist: WatchlistFiles = WatchlistFiles()
    watch: list[Watch] = []
    delivery: Delivery = Delivery()
    novelty: NoveltySettings = NoveltySettings()
    daemon: DaemonSettings = DaemonSettings()
    # set by load(): where the settings came from, for messages
    source: str = ""

    def channel_by_name(self, name: str) -> Any:
        return next(c for c in self.channel if c.name == name)

    def watch_by_ticker(self, ticker: str) -> Watch | None:
        return next((w for w in self.watch if w.ticker == ticker.upper()), None)

    def channels_for(self, watch: Watch) -> list[str]:
        return watch.channels if watch.channels is not None else self.defaults.channels

    def kinds_for(self, watch: Watch) -> list[str]:
        return list(watch.kinds if watch.kinds is not None else self.defaults.kinds)

    def alert_on_for(self, watch: Watch) -> list[str]:
        return list(watch.alert_on if watch.alert_on is not None else self.defaults.alert_on)


def config_path(explicit: str | None) -> str:
    return explicit or os.environ.get("FILING_MONITOR_CONFIG") or DEFAULT_CONFIG


def load(path: str | os.PathLike[str], env: dict[str, str] | None = None) -> Settings:
    """Read, merge external watchlists, validate. Raises ConfigError listing every problem."""
    env = dict(os.environ) if env is None else env
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as e:
        raise ConfigError([f"{name}: cannot read: {e.strerror or e}"]) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise ConfigError([f"{name}: not UTF-8 text ({e.reason} at byte {e.start})"]) from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError([f"{name}: TOML syntax error: {e}"]) from None
    return from_dict(data, name, env)


def from_dict(data: dict[str, Any], name: str, env: dict[str, str]) -> Settings:
    problems: list[str] = []
    external = _external_watches(data.get("watchlist"), problems)
    if external:
        data = {**data, "watch": list(data.get("watch", [])) + external}
    settings = None
    try:
        settings = Settings.model_validate({**data, "source": name})
    except ValidationError as e:
        problems += [f"{name}: {_loc(err['loc'])}: {err['msg']}" for err in e.errors()]
    problems += [f"{name}: {p}" for p in _cross_check(data, env)]
    if problems or settings is None:
        raise ConfigError(problems)
    return settings


def _loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in ("slack", "email", "webhook", "jsonl", "console") and out.endswith("]"):
            continue  # pydantic names the union member; the user wrote only `type`
        else:
            out += ("." if out else "") + str(part)
    return out or "(top level)"


def _external_watches(section: Any, problems: list[str]) -> list[dict[str, Any]]:
    """Watches from `[watchlist] files`: TOML with [[watch]] tables, or CSV with a ticker column.

    Relative paths are resolved against the working directory, like the store path.
    """
    if not isinstance(section, dict):
        return []
    watches: list[dict[str, Any]] = []
    for f in section.get("files", []) or []:
        path = Path(str(f))
        try:
            if path.suffix.lower() == ".csv":
                watches += _csv_watches(path, problems)
            else:
                loaded = tomllib.loads(path.read_text("utf-8"))
                extra = set(loaded) - {"watch"}
                if extra:
                    problems.append(f"{path}: {min(extra)}: only [[watch]] tables belong here")
                watches += loaded.get("watch", [])
        except OSError as e:
            problems.append(f"{path}: cannot read watchlist file: {e.strerror or e}")
        except tomllib.TOMLDecodeError as e:
            problems.append(f"{path}: TOML syntax error: {e}")
    return watches


def _csv_watches(path: Path, problems: list[str]) -> list[dict[str, Any]]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        if not reader.fieldnames or "ticker" not in [h.strip().lower() for h in reader.fieldnames]:
            problems.append(f"{path}: the CSV needs a header row with a `ticker` column")
            return []
        out = []
        for n, row in enumerate(reader, start=2):
            row = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
            if not row.get("ticker"):
                continue
            w: dict[str, Any] = {"ticker": row["ticker"]}
            if row.get("cik"):
                if not row["cik"].isdigit():
                    problems.append(f"{path}: line {n}: cik: not a number: {row['cik']!r}")
                    continue
                w["cik"] = int(row["cik"])
            if row.get("name"):
                w["name"] = row["name"]
            if row.get("aliases"):
                w["aliases"] = [a.strip() for a in row["aliases"].split(";") if a.strip()]
            out.append(w)
        return out


def _cross_check(data: dict[str, Any], env: dict[str, str]) -> list[str]:
    """Checks across sections, on the raw data so they run even when some types are wrong."""
    problems: list[str] = []
    channels = [c for c in _tables(data.get("channel"))]
    names = [str(c.get("name")) for c in channels]
    for i, c in enumerate(channels):
        if names.count(names[i]) > 1 and names.index(names[i]) != i:
            problems.append(f"channel[{i}].name: duplicate channel name {names[i]!r}")
        for key in ("webhook_url_env", "username_env", "password_env", "url_env", "secret_env"):
            var = c.get(key)
            if isinstance(var, str) and var and var not in env:
                problems.append(f"channel[{i}].{key}: environment variable {var} is not set")
        if c.get("type") == "webhook" and not (c.get("url") or c.get("url_env")):
            problems.append(f"channel[{i}]: a webhook channel needs `url` or `url_env`")
    defaults = _table(data.get("defaults"))
    for key in ("channels", "ops_channels"):
        for name in _strings(defaults.get(key)):
            if name not in names:
                problems.append(f"defaults.{key}: unknown channel {name!r}")
    seen: dict[str, int] = {}
    for i, w in enumerate(_tables(data.get("watch"))):
        for name in _strings(w.get("channels")):
            if name not in names:
                problems.append(f"watch[{i}].channels: unknown channel {name!r}")
        ticker = str(w.get("ticker", "")).strip().upper()
        if ticker and ticker in seen:
            problems.append(f"watch[{i}].ticker: {ticker} is already watched (watch[{seen[ticker]}])")
        seen.setdefault(ticker, i)
    feeds = _tables(data.get("wire"))
    feed_names = [str(f.get("name")) for f in feeds]
    for i, f in enumerate(feeds):
        if feed_names.count(feed_names[i]) > 1 and feed_names.index(feed_names[i]) != i:
            problems.append(f"wire[{i}].name: duplicate feed name {feed_names[i]!r}")
        if not f.get("per_watch") and re.search(r"\{(ticker|cik|name)\}", str(f.get("url", ""))):
            problems.append(f"wire[{i}].url: placeholders need `per_watch = true`")
    edgar = _table(data.get("edgar"))
    if edgar.get("enabled", True) and seen and not user_agent_ok(str(edgar.get("user_agent", ""))):
        problems.append(
            "edgar.user_agent: the SEC requires a User-Agent naming you and a contact e-mail, "
            'e.g. "Acme Research ops@acme.example"'
        )
    return problems


def _table(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _tables(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def user_agent_ok(ua: str) -> bool:
    return bool(re.search(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", ua))


def deprecations(s: Settings) -> list[str]:
    """Keys that are still accepted but no longer do anything, each with what replaced it."""
    notes = []
    if s.edgar.catch_up_days is not None:
        notes.append(
            f"{s.source}: edgar.catch_up_days is deprecated and ignored: the catch-up now reads EDGAR's daily "
            "indexes back to the last filing seen, however long the outage (up to edgar.catch_up_max_days); "
            "for older history use `filing-monitor backfill --since DATE` or `backfill = true` on a watch"
        )
    return notes


def summary(s: Settings) -> str:
    sources = (["edgar"] if s.edgar.enabled else []) + [f.name for f in s.wire if f.enabled]
    line = (
        f"ok: {len(s.watch)} watches, {len(s.channel)} channels "
        f"({', '.join(c.name for c in s.channel) or 'none'}), "
        f"{len([f for f in s.wire if f.enabled])} wire feeds; sources: {', '.join(sources) or 'none'}"
    )
    return "\n".join([line, *(f"warning: {n}" for n in deprecations(s))])
