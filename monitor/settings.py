"""Settings: one TOML file validated with pydantic; every problem reported at once.

Errors read `FILE: key.path: message` (e.g. `config/monitor.toml: watch[3].channels: unknown channel
"x"`). Secrets are never in the file: a channel names the environment variable that holds each one.
"""

from __future__ import annotations

import csv
import difflib
import io
import os
import re
import tomllib
import types
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union, get_args, get_origin
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from monitor.alerts.schedule import parse_digest, parse_quiet_hours, zone
from monitor.display import suggest
from monitor.domain import KINDS, Severity

if TYPE_CHECKING:
    from monitor.materiality import Thresholds

KindName = Literal[
    "default",
    "impairment",
    "restatement",
    "going_concern",
    "bankruptcy",
    "delisting_notice",
    "auditor_change",
    "late_filing",
]
assert set(get_args(KindName)) == set(KINDS), "settings.Kind and domain.KINDS must name the same kinds"


def known_kind(value: Any) -> Any:
    """An event kind's name, or an error that names the closest known kind (a typo is the usual cause)."""
    if isinstance(value, str) and value not in KINDS:
        close = difflib.get_close_matches(value.strip().lower().replace("-", "_").replace(" ", "_"), KINDS, n=1)
        hint = f'; did you mean "{close[0]}"?' if close else ""
        raise ValueError(f'unknown kind "{value}"{hint} (known: {", ".join(KINDS)})')
    return value


Kind = Annotated[KindName, BeforeValidator(known_kind)]
ALL_KINDS: list[KindName] = list(get_args(KindName))
NoveltyTag = Literal["new", "update", "repeat"]
DEFAULT_CONFIG = "config/monitor.toml"


class ConfigError(Exception):
    """Every problem found in a config, each as `FILE: key.path: message`."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def check_url(value: str) -> str:
    """An http(s) URL with a host (a `{ticker}` placeholder may stand in the path or query)."""
    try:
        parts = urlsplit(value.strip())
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as e:
        raise ValueError(f"not a valid URL: {value!r} ({e})") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL with a host: {value!r} (e.g. https://hooks.example.com/x)")
    return value.strip()


_EMAIL = re.compile(
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@(localhost|[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)"
)


def check_email(value: str) -> str:
    if not _EMAIL.fullmatch(value.strip()):
        raise ValueError(f"not an e-mail address: {value!r} (e.g. alerts@example.com)")
    return value.strip()


_ADDRESS = re.compile(r"\[(?P<v6>[0-9A-Fa-f:.]+)\]:(?P<v6port>\d{1,5})|(?P<host>[^:\s\[\]]*):(?P<port>\d{1,5})")


def parse_address(value: str, *, any_port: bool = False) -> tuple[str, int]:
    """`HOST:PORT` -> (host, port): IPv6 in brackets (`[::1]:9464`), `:9464` for 127.0.0.1, a port in
    1-65535 (0 too with `any_port`: the system picks one). The one parser of the daemon's `--http` /
    `[daemon] http`, the web view's `--bind` / `[web] bind` and their servers. Raises ValueError."""
    m = _ADDRESS.fullmatch(value.strip())
    host, port = (m["v6"], m["v6port"]) if m and m["v6"] else (m["host"], m["port"]) if m else ("", "")
    if not m or not (0 if any_port else 1) <= int(port) <= 65535:
        raise ValueError(f"not HOST:PORT with a port in {0 if any_port else 1}-65535: {value!r} (e.g. 127.0.0.1:9464)")
    return host or "127.0.0.1", int(port)


def check_address(value: str) -> str:
    """`value` when parse_address takes it (a port in 1-65535). Raises ValueError."""
    parse_address(value)
    return value.strip()


class StoreSettings(Strict):
    url: str = "sqlite:///data/filing-monitor.db"


class EdgarSettings(Strict):
    enabled: bool = True
    user_agent: str = ""
    base_url: str = "https://www.sec.gov"
    data_url: str = "https://data.sec.gov"
    poll_seconds: int = Field(60, ge=10)
    forms: list[str] = ["8-K", "8-K/A", "10-K", "10-K/A", "10-Q", "10-Q/A", "NT 10-K", "NT 10-Q", "NT 10-K/A",
                        "NT 10-Q/A", "NT 20-F", "6-K"]
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

    @field_validator("base_url", "data_url")
    @classmethod
    def _urls(cls, v: str) -> str:
        return check_url(v)


class WireFeed(Strict):
    name: str
    url: str
    per_watch: bool = False
    poll_seconds: int = Field(300, ge=10)
    enabled: bool = True
    fetch_pages: bool = True  # fetch the item's link when it carries only a headline or summary
    requests_per_second: float = Field(2, gt=0)  # to the feed's host, all feeds on that host together

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        return check_url(v)


class ChannelBase(Strict):
    name: str
    kinds: list[Kind] = ALL_KINDS
    min_severity: Severity = Severity.low
    rate_per_second: float = Field(5, gt=0)
    # Delivery policy (monitor.alerts.policy): batch alerts below `digest_below` into one message per
    # period ("hourly", "daily 08:00 America/New_York"); hold non-critical alerts in quiet hours.
    digest: str | None = None
    digest_below: Severity = Severity.critical
    quiet_hours: str | None = None

    @field_validator("digest")
    @classmethod
    def _digest(cls, v: str | None) -> str | None:
        if v is not None:
            parse_digest(v)
        return v

    @field_validator("quiet_hours")
    @classmethod
    def _quiet(cls, v: str | None) -> str | None:
        if v is not None:
            parse_quiet_hours(v)
        return v


class SlackChannel(ChannelBase):
    type: Literal["slack"]
    webhook_url_env: str
    rate_per_second: float = Field(1, gt=0)
    timeout_seconds: float = Field(10, gt=0)  # total deadline of one post (connect, headers, body)


class EmailChannel(ChannelBase):
    type: Literal["email"]
    host: str
    port: int = 587
    security: Literal["starttls", "ssl", "none"] = "starttls"
    username_env: str | None = None
    password_env: str | None = None
    sender: str
    to: list[str] = Field(min_length=1)
    timeout_seconds: float = Field(30, gt=0)  # total deadline of one delivery (connect to QUIT)

    @field_validator("sender")
    @classmethod
    def _sender(cls, v: str) -> str:
        return check_email(v)

    @field_validator("to")
    @classmethod
    def _to(cls, v: list[str]) -> list[str]:
        return [check_email(a) for a in v]


class WebhookChannel(ChannelBase):
    type: Literal["webhook"]
    url: str | None = None
    url_env: str | None = None
    secret_env: str | None = None
    timeout_seconds: float = Field(10, gt=0)  # total deadline of one post (connect, headers, body)

    @field_validator("url")
    @classmethod
    def _url(cls, v: str | None) -> str | None:
        return None if v is None else check_url(v)


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
    kinds: list[Kind] = ALL_KINDS
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


class MaterialitySettings(Strict):
    """[materiality]: each amount against the company's size (XBRL company facts), and the severity rule."""

    enabled: bool = True
    critical_share: float = Field(0.25, gt=0)  # share of the base at or above which an alert is critical
    high_share: float = Field(0.05, gt=0)  # ... at least high
    low_share: float = Field(0.005, ge=0)  # below it: one severity level lower (never below low)
    max_age_days: int = Field(550, ge=1)  # a base of a period older than this (before the document) is not used
    fetch_seconds: float = Field(30, ge=1)  # how often the daemon serves the queue of due companies
    fetch_per_run: int = Field(5, ge=1)  # companies fetched per turn (one request each)
    settle_minutes: float = Field(10, ge=0)  # wait after a new 10-K/10-Q before fetching its facts

    def thresholds(self) -> Thresholds:
        from monitor.materiality import Thresholds

        return Thresholds(critical=self.critical_share, high=self.high_share, low=self.low_share)

    @model_validator(mode="after")
    def _ordered(self) -> MaterialitySettings:
        if not self.low_share < self.high_share <= self.critical_share:
            raise ValueError("need low_share < high_share <= critical_share")
        return self


class DaemonSettings(Strict):
    http: str | None = None  # "127.0.0.1:9464" serves /healthz and /metrics
    jitter_seconds: int = Field(5, ge=0)
    misfire_grace_seconds: int = Field(60, ge=1)
    stale_after_intervals: float = Field(3, gt=0)
    lock_file: str | None = None

    @field_validator("http")
    @classmethod
    def _http(cls, v: str | None) -> str | None:
        return None if v is None else check_address(v)


class DisplaySettings(Strict):
    # The zone every command prints times in (each time shows its zone name).
    timezone: str = "America/New_York"

    @field_validator("timezone")
    @classmethod
    def _zone(cls, v: str) -> str:
        zone(v)
        return v

    def zone(self) -> ZoneInfo:
        return zone(self.timezone)


class WebSettings(Strict):
    """`filing-monitor web`: the read-only site over the store."""

    bind: str = "127.0.0.1:8470"
    token_env: str | None = None  # the variable holding the access token; required off loopback
    page_size: int = Field(50, ge=1, le=500)
    allowed_hosts: list[str] = []  # Host header names accepted besides loopback (behind a proxy)

    @field_validator("bind")
    @classmethod
    def _bind(cls, v: str) -> str:
        parse_address(v, any_port=True)
        return v


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
    materiality: MaterialitySettings = MaterialitySettings()
    daemon: DaemonSettings = DaemonSettings()
    web: WebSettings = WebSettings()
    display: DisplaySettings = DisplaySettings()
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


class _SecretsNotNeeded(dict[str, str]):
    """The environment as the checks see it for a command that sends nothing (`alerts`, `web`, ...):
    the channels' secrets (webhook URLs, SMTP passwords) need not be in its environment at all."""

    def __contains__(self, key: object) -> bool:
        return True


def load(path: str | os.PathLike[str], env: dict[str, str] | None = None, *, secrets: bool = True) -> Settings:
    """Read, merge external watchlists, validate. Raises ConfigError listing every problem.
    `secrets=False`: the channels' secret variables need not be set (the caller sends nothing)."""
    env = dict(os.environ) if env is None else env
    if not secrets:
        env = _SecretsNotNeeded(env)
    name = str(path)
    problems: list[str] = []
    text = read_text(Path(path), problems, what="cannot read")
    if text is None:
        raise ConfigError(problems)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError([f"{name}: TOML syntax error: {e}"]) from None
    return from_dict(data, name, env)


def read_text(path: Path, problems: list[str], *, what: str = "cannot read watchlist file") -> str | None:
    """A UTF-8 text file (a byte-order mark is dropped; CRLF line ends are fine for TOML and CSV).
    Bad bytes are reported as `FILE:LINE: ...` and give None."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        problems.append(f"{path}: {what}: {e.strerror or e}")
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        column = e.start - (raw.rfind(b"\n", 0, e.start) + 1) + 1
        problems.append(f"{path}:{line}: not UTF-8 text (byte 0x{raw[e.start]:02x} at column {column}); "
                        "save the file as UTF-8")
        return None


@dataclass(frozen=True)
class _Origin:
    """Where a watch was written: `f.toml: watch[3]` (keys follow with a dot) or `list.csv:4`."""

    text: str
    csv: bool = False

    def key(self, field: str) -> str:
        return f"{self.text}: {field}" if self.csv else f"{self.text}.{field}"


def from_dict(data: dict[str, Any], name: str, env: dict[str, str]) -> Settings:
    problems: list[str] = []
    origins = [_Origin(f"{name}: watch[{i}]") for i in range(len(_tables(data.get("watch"))))]
    external = _external_watches(data.get("watchlist"), problems)
    if external:
        data = {**data, "watch": list(data.get("watch", [])) + [w for _, w in external]}
        origins += [o for o, _ in external]
    settings = None
    try:
        settings = Settings.model_validate({**data, "source": name})
    except ValidationError as e:
        problems += [f"{name}: {_loc(err['loc'])}: {_message(err)}" for err in e.errors()]
    problems += _cross_check(data, env, name, origins)
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


def _message(err: Any, model: type[BaseModel] | None = None) -> str:
    """pydantic's message, without its "Value error, " prefix, with a "did you mean" where one helps:
    unknown keys, kinds (read from monitor.domain.KINDS), channel types and other fixed choices."""
    msg = str(err["msg"]).removeprefix("Value error, ")
    kind, loc, value, ctx = err["type"], tuple(err["loc"]), err.get("input"), err.get("ctx") or {}
    if kind == "extra_forbidden" and loc:
        return msg + suggest(str(loc[-1]), _known_keys(loc[:-1], model or Settings))
    if kind in ("literal_error", "enum") and isinstance(value, str):
        kinds_field = any(part == "kinds" for part in loc)
        choices = KINDS if kinds_field else re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        return msg + suggest(value, choices)
    if kind == "union_tag_invalid":
        return msg + suggest(str(ctx.get("tag", "")), re.findall(r"'([^']*)'", str(ctx.get("expected_tags", ""))))
    return msg


def _models(annotation: Any) -> list[type[BaseModel]]:
    origin = get_origin(annotation)
    if origin in (Annotated, list, tuple, Union, types.UnionType):
        return [m for arg in get_args(annotation) for m in _models(arg)]
    return [annotation] if isinstance(annotation, type) and issubclass(annotation, BaseModel) else []


def _known_keys(loc: tuple[Any, ...], root: type[BaseModel]) -> list[str]:
    """The keys the table at `loc` accepts (a channel's depend on its `type`)."""
    models = [root]
    for part in loc:
        if isinstance(part, int):
            continue
        tagged = [m for m in models if get_args(m.model_fields["type"].annotation) == (part,)] \
            if len(models) > 1 and all("type" in m.model_fields for m in models) else []
        if tagged:
            models = tagged
            continue
        fields = [m.model_fields[part] for m in models if part in m.model_fields]
        if not fields:
            return []
        models = _models(fields[0].annotation)
    return sorted({k for m in models for k in m.model_fields if k != "source"})


# ---- external watchlists ------------------------------------------------------------------------

CSV_COLUMNS = ("ticker", "cik", "name", "aliases")


def _external_watches(section: Any, problems: list[str]) -> list[tuple[_Origin, dict[str, Any]]]:
    """Watches from `[watchlist] files`: TOML with [[watch]] tables, or CSV with a ticker column.

    Each entry is checked here, so a problem names its file and line (CSV) or table (TOML); only
    valid entries are returned. Relative paths are resolved against the working directory.
    """
    if not isinstance(section, dict):
        return []
    watches: list[tuple[_Origin, dict[str, Any]]] = []
    for f in section.get("files", []) or []:
        path = Path(str(f))
        text = read_text(path, problems)
        if text is None:
            continue
        csv_file = path.suffix.lower() == ".csv"
        watches += _csv_watches(path, text, problems) if csv_file else _toml_watches(path, text, problems)
    return watches


def _toml_watches(path: Path, text: str, problems: list[str]) -> list[tuple[_Origin, dict[str, Any]]]:
    try:
        loaded = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        problems.append(f"{path}: TOML syntax error: {e}")
        return []
    for key in sorted(set(loaded) - {"watch"}):
        problems.append(f"{path}: {key}: only [[watch]] tables belong here{suggest(key, ['watch'])}")
    found = [(_Origin(f"{path}: watch[{k}]"), w) for k, w in enumerate(_tables(loaded.get("watch")))]
    return [(o, w) for o, w in found if _valid_watch(o, w, problems)]


def _valid_watch(origin: _Origin, watch: dict[str, Any], problems: list[str]) -> bool:
    try:
        Watch.model_validate(watch)
    except ValidationError as e:
        for err in e.errors():
            problems.append(f"{origin.key(_loc(err['loc']))}: {_message(err, Watch)}")
        return False
    return True


def _csv_watches(path: Path, text: str, problems: list[str]) -> list[tuple[_Origin, dict[str, Any]]]:
    """Rows of a CSV watchlist; problems read `file.csv:LINE: message`.

    A quoted field may not run over a line end: in a watchlist that is always a missing closing
    quote, which would otherwise swallow the rows after it without a word."""
    rows = _csv_records(path, text, problems)
    if not rows:
        problems.append(f"{path}: the CSV is empty; it needs a header row with a `ticker` column")
        return []
    header_line, header = rows[0]
    columns = [h.strip().lower() for h in header]
    if "ticker" not in columns:
        hint = next((suggest(c, ["ticker"]) for c in columns if suggest(c, ["ticker"])), "")
        problems.append(f"{path}:{header_line}: the CSV needs a header row with a `ticker` column{hint}")
        return []
    for c in columns:
        if c and c not in CSV_COLUMNS:
            problems.append(f"{path}:{header_line}: unknown column {c!r}{suggest(c, CSV_COLUMNS)} "
                            f"(columns: {', '.join(CSV_COLUMNS)})")
    out = []
    for line, values in rows[1:]:
        row = {c: v.strip() for c, v in zip(columns, values) if c}
        if not any(row.values()):
            continue  # a blank line
        origin = _Origin(f"{path}:{line}", csv=True)
        w = _csv_watch(row, origin.text, problems)
        if w is not None and _valid_watch(origin, w, problems):
            out.append((origin, w))
    return out


def _csv_records(path: Path, text: str, problems: list[str]) -> list[tuple[int, list[str]]]:
    """(first line, values) per record; a record over several lines or a CSV error is a problem."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    out: list[tuple[int, list[str]]] = []
    while True:
        start = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            return out
        except csv.Error as e:
            problems.append(f"{path}:{start}: CSV error: {e}; is a closing quote missing?")
            return out
        if reader.line_num > start:
            problems.append(f"{path}:{start}: a quoted field runs on to line {reader.line_num}; "
                            "is a closing quote missing?")
            continue
        out.append((start, values))


def _csv_watch(row: dict[str, str], where: str, problems: list[str]) -> dict[str, Any] | None:
    if not row.get("ticker"):
        problems.append(f"{where}: ticker: empty")
        return None
    w: dict[str, Any] = {"ticker": row["ticker"]}
    if row.get("cik"):
        if not row["cik"].isdigit():
            problems.append(f"{where}: cik: not a number: {row['cik']!r}")
            return None
        w["cik"] = int(row["cik"])
    if row.get("name"):
        w["name"] = row["name"]
    if row.get("aliases"):
        w["aliases"] = [a.strip() for a in row["aliases"].split(";") if a.strip()]
    return w


# ---- checks across sections ---------------------------------------------------------------------


def _cross_check(data: dict[str, Any], env: dict[str, str], name: str, origins: list[_Origin]) -> list[str]:
    """Checks across sections, on the raw data so they run even when some types are wrong."""
    problems = [f"{name}: {p}" for p in _check_channels(data, env)]
    names = [str(c.get("name")) for c in _tables(data.get("channel"))]
    defaults = _table(data.get("defaults"))
    for key in ("channels", "ops_channels"):
        for channel in _strings(defaults.get(key)):
            if channel not in names:
                problems.append(f"{name}: defaults.{key}: unknown channel {channel!r}{suggest(channel, names)}")
    seen: dict[str, _Origin] = {}
    for origin, w in zip(origins, _tables(data.get("watch"))):
        for channel in _strings(w.get("channels")):
            if channel not in names:
                problems.append(f"{origin.key('channels')}: unknown channel {channel!r}{suggest(channel, names)}")
        ticker = str(w.get("ticker", "")).strip().upper()
        if ticker and ticker in seen:
            problems.append(f"{origin.key('ticker')}: {ticker} is already watched ({seen[ticker].text})")
        seen.setdefault(ticker, origin)
    problems += [f"{name}: {p}" for p in _check_feeds(data)]
    edgar = _table(data.get("edgar"))
    if edgar.get("enabled", True) and seen and not user_agent_ok(str(edgar.get("user_agent", ""))):
        problems.append(
            f"{name}: edgar.user_agent: the SEC requires a User-Agent naming you and a contact e-mail, "
            'e.g. "Acme Research ops@acme.example"'
        )
    return problems


def _check_channels(data: dict[str, Any], env: dict[str, str]) -> list[str]:
    problems: list[str] = []
    channels = _tables(data.get("channel"))
    names = [str(c.get("name")) for c in channels]
    for i, c in enumerate(channels):
        if names.count(names[i]) > 1 and names.index(names[i]) != i:
            problems.append(f"channel[{i}].name: duplicate channel name {names[i]!r}")
        for key in ("webhook_url_env", "username_env", "password_env", "url_env", "secret_env"):
            var = c.get(key)
            if isinstance(var, str) and var and var not in env:
                problems.append(f"channel[{i}].{key}: environment variable {var} is not set")
        for key in ("webhook_url_env", "url_env"):  # the URL is a secret: never show it
            var = c.get(key)
            if isinstance(var, str) and env.get(var):
                try:
                    check_url(env[var])
                except ValueError:
                    problems.append(f"channel[{i}].{key}: environment variable {var} does not hold an http(s) "
                                    "URL with a host")
        if c.get("type") == "webhook" and not (c.get("url") or c.get("url_env")):
            problems.append(f"channel[{i}]: a webhook channel needs `url` or `url_env`")
    return problems


def _check_feeds(data: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    feeds = _tables(data.get("wire"))
    feed_names = [str(f.get("name")) for f in feeds]
    for i, f in enumerate(feeds):
        if feed_names.count(feed_names[i]) > 1 and feed_names.index(feed_names[i]) != i:
            problems.append(f"wire[{i}].name: duplicate feed name {feed_names[i]!r}")
        if not f.get("per_watch") and re.search(r"\{(ticker|cik|name)\}", str(f.get("url", ""))):
            problems.append(f"wire[{i}].url: placeholders need `per_watch = true`")
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
