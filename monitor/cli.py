"""The `filing-monitor` command. Exit codes: 0 ok, 1 runtime failure, 2 bad input or config.

Each command is a thin function: parse arguments, call the module that does the work.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from monitor import __version__
from monitor import settings as settings_mod

ALERT_STATUSES = ("pending", "sending", "sent", "dead", "muted", "held", "digested", "acked")

log = logging.getLogger("monitor")


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        return json.dumps(out)


class _TextFormatter(logging.Formatter):
    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        """ISO 8601 with the UTC offset: a log time says its zone, like every time we print."""
        return datetime.fromtimestamp(record.created).astimezone().isoformat(timespec="milliseconds")


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is when a record is logged (embedders and tests swap it)."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass


def setup_logging(fmt: str, level: str) -> None:
    handler = _StderrHandler()
    if fmt == "json":
        handler.setFormatter(_JsonFormatter())
    else:
        handler.setFormatter(_TextFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for noisy in ("apscheduler", "urllib3", "trafilatura", "alembic"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
    # A job run skipped because the previous one still runs is the schedule working as designed
    # (max_instances=1, coalesce); the daemon reports slow polls itself.
    logging.getLogger("apscheduler.scheduler").setLevel(max(logging.ERROR, root.level))


def load_settings(args: argparse.Namespace, *, secrets: bool = True) -> settings_mod.Settings:
    """Load the config or exit 2 listing every problem. `secrets=False` for commands that send no
    alert: an operator's shell need not hold the daemon's webhook URLs and passwords."""
    path = settings_mod.config_path(getattr(args, "config", None))
    try:
        return settings_mod.load(path, secrets=secrets)
    except settings_mod.ConfigError as e:
        for problem in e.problems:
            print(problem, file=sys.stderr)
        if path == settings_mod.DEFAULT_CONFIG and not os.path.exists(path):
            print("(copy config/monitor.example.toml there, or name your settings with --config FILE or "
                  "$FILING_MONITOR_CONFIG)", file=sys.stderr)
        raise SystemExit(2) from None


# ---- commands -------------------------------------------------------------------------------


def cmd_check_config(args: argparse.Namespace) -> int:
    s = load_settings(args)
    from monitor.wiring import resolve_problems

    problems = resolve_problems(s)
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        return 2
    print(settings_mod.summary(s))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from monitor.checkcmd import run_check

    if args.jsonl is None and args.path is None:
        print("filing-monitor check: give a PATH (or - for stdin) or --jsonl IN", file=sys.stderr)
        return 2
    if args.cik is not None:
        if args.jsonl is not None or args.path is None:
            print("filing-monitor check: --cik goes with one document (PATH or -), not --jsonl", file=sys.stderr)
            return 2
        return run_check(args.path, as_json=args.json, cik=args.cik, settings=load_settings(args, secrets=False),
                         kinds=args.kinds)
    return run_check(args.path, as_json=args.json, jsonl=args.jsonl, kinds=args.kinds)


def cmd_demo(args: argparse.Namespace) -> int:
    from monitor.demo import run_demo

    return run_demo(seconds=args.seconds)


def cmd_run(args: argparse.Namespace) -> int:
    from monitor.daemon import run_daemon

    return run_daemon(settings_mod.config_path(args.config), load_settings(args), http=args.http)


def cmd_once(args: argparse.Namespace) -> int:
    from monitor.wiring import run_once

    return run_once(load_settings(args), dry_run=args.dry_run)


def cmd_backfill(args: argparse.Namespace) -> int:
    from monitor.wiring import run_backfill

    return run_backfill(load_settings(args, secrets=args.alert), since=args.since, tickers=args.tickers, alert=args.alert)


def cmd_test_channel(args: argparse.Namespace) -> int:
    from monitor.alerts.operator import test_channel

    return test_channel(load_settings(args), args.name)


def cmd_alerts(args: argparse.Namespace) -> int:
    from monitor.alerts.operator import list_alerts

    return list_alerts(load_settings(args, secrets=False), since=args.since, ticker=args.ticker, status=args.status,
                       channel=args.channel, as_json=args.json)


def cmd_retry(args: argparse.Namespace) -> int:
    from monitor.alerts.operator import retry

    return retry(load_settings(args, secrets=False), args.ids, channel=args.channel, since=args.since, dry_run=args.dry_run)


def cmd_mute(args: argparse.Namespace) -> int:
    from monitor.alerts.operator import mute

    return mute(load_settings(args, secrets=False), args.ticker, kinds=args.kind, duration=args.duration, until=args.until,
                reason=args.reason, all_severities=args.all_severities)


def cmd_unmute(args: argparse.Namespace) -> int:
    from monitor.alerts.operator import unmute

    return unmute(load_settings(args, secrets=False), args.ticker, kinds=args.kind)


def cmd_mutes(args: argparse.Namespace) -> int:
    from monitor.alerts.operator import list_mutes

    return list_mutes(load_settings(args, secrets=False), include_ended=args.all, as_json=args.json)


def cmd_ack(args: argparse.Namespace) -> int:
    from monitor.alerts.operator import ack

    return ack(load_settings(args, secrets=False), args.id, args.note)


def cmd_db(args: argparse.Namespace) -> int:
    import sqlalchemy as sa

    from monitor.store import StoreError, make_engine, migrate, safe_url

    url = load_settings(args, secrets=False).store.url
    try:
        engine = make_engine(url, create=False, existing=args.action == "current")
    except StoreError as e:  # `current` of a SQLite file not created yet: say so, create nothing
        print(f"none ({e})")
        return 0
    try:
        if args.action == "upgrade":
            before, after = migrate.upgrade_schema(engine)
            print(f"already at {migrate.describe(after)}" if before == after
                  else f"upgraded from {before or 'none'} to {migrate.describe(after)}")
        else:
            print(migrate.describe(migrate.current_revision(engine)))
    except StoreError as e:
        print(f"filing-monitor db {args.action}: {e}", file=sys.stderr)
        return 1
    except sa.exc.OperationalError as e:
        print(f"filing-monitor db {args.action}: {safe_url(url)}: cannot open the store: {e.orig or e}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    return 0


def cmd_facts(args: argparse.Namespace) -> int:
    from monitor.facts import report

    return report(load_settings(args, secrets=False), args.ticker, as_json=args.json)


def cmd_releases(args: argparse.Namespace) -> int:
    from monitor.reports import list_releases

    return list_releases(load_settings(args, secrets=False), args.ticker, diff_id=args.diff, as_json=args.json)


def cmd_web(args: argparse.Namespace) -> int:
    from monitor.web.server import serve

    return serve(load_settings(args, secrets=False), bind=args.bind, token_env=args.token_env)


# ---- parser ---------------------------------------------------------------------------------


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _cik(value: str) -> int:
    if not value.strip().isdigit() or not 0 < int(value) < 10**10:
        raise argparse.ArgumentTypeError(f"not a CIK (a number of up to 10 digits): {value!r}")
    return int(value)


def _duration(value: str) -> timedelta:
    from monitor.alerts.operator import parse_duration

    try:
        return parse_duration(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _address(value: str) -> str:
    try:
        return settings_mod.check_address(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


LOG_LEVELS = ("debug", "info", "warning", "error", "critical")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config",
        default=argparse.SUPPRESS,
        help="settings file (default: $FILING_MONITOR_CONFIG, then config/monitor.toml)",
    )
    common.add_argument("--log-format", choices=["text", "json"], default=argparse.SUPPRESS)
    common.add_argument("--log-level", type=str.lower, choices=LOG_LEVELS, default=argparse.SUPPRESS,
                        help="debug, info (default), warning, error or critical")

    p = argparse.ArgumentParser(
        prog="filing-monitor",
        description="Watch SEC EDGAR and newswires for signs of credit distress (defaults, impairments, restatements, going-concern doubt, bankruptcy, delisting notices, auditor changes, late filings) and alert.",
        parents=[common],
    )
    p.add_argument("--version", action="version", version=f"filing-monitor {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name: str, func: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help, description=help, parents=[common])
        sp.set_defaults(func=func)
        return sp

    sp = add("demo", cmd_demo, "offline end-to-end demo on recorded feeds; prints the alerts")
    sp.add_argument("--seconds", type=float, default=15, help="how long the daemon runs (default 15)")

    sp = add("run", cmd_run, "run the daemon (polls on a schedule, dispatches alerts)")
    sp.add_argument("--http", metavar="HOST:PORT", type=_address,
                    help="serve /livez, /readyz, /healthz and /metrics, e.g. 127.0.0.1:9464")

    sp = add("once", cmd_once, "poll every source once, then dispatch the outbox")
    sp.add_argument("--dry-run", action="store_true", help="detect and print, store and send nothing")

    sp = add("check", cmd_check, "detect events in one document (text, HTML or EDGAR .txt)")
    sp.add_argument("path", nargs="?", metavar="PATH|-", help="the document; - reads stdin")
    sp.add_argument("--json", action="store_true", help="print findings as JSON")
    sp.add_argument("--jsonl", metavar="IN|-", help='batch: lines {"id", "text"} in, {"id", "kinds", "findings"} out')
    sp.add_argument("--cik", type=_cik, metavar="CIK",
                    help="also show each amount's materiality against this company's XBRL facts (one SEC request)")
    sp.add_argument("--kinds", metavar="A,B", help="detect only these kinds (default: all), e.g. going_concern,bankruptcy")

    add("check-config", cmd_check_config, "validate the settings; list every problem (exit 2)")

    sp = add("test-channel", cmd_test_channel, "send a sample alert through one configured channel")
    sp.add_argument("name", metavar="NAME", help="the channel's name")

    sp = add("backfill", cmd_backfill, "walk EDGAR submissions history: store and detect")
    sp.add_argument("--since", type=_date, required=True, metavar="DATE", help="YYYY-MM-DD")
    sp.add_argument("tickers", nargs="*", metavar="TICKER", help="default: the whole watchlist")
    sp.add_argument("--alert", action="store_true", help="also alert on what it finds")

    sp = add("alerts", cmd_alerts, "list alerts with status, attempts, due time and notes")
    sp.add_argument("--since", type=_date, metavar="DATE", help="created on or after this day (YYYY-MM-DD)")
    sp.add_argument("--ticker", metavar="T")
    sp.add_argument("--status", choices=ALERT_STATUSES)
    sp.add_argument("--channel", metavar="NAME")
    sp.add_argument("--json", action="store_true", help="one JSON object per line (the jsonl channel's fields)")

    sp = add("retry", cmd_retry, "put dead alerts back in the outbox (attempts from zero, same idempotency key)")
    sp.add_argument("ids", nargs="*", type=int, metavar="ID", help="these alerts (default: every dead one)")
    sp.add_argument("--channel", metavar="NAME", help="only alerts of this channel")
    sp.add_argument("--since", type=_date, metavar="DATE", help="only alerts created on or after this day")
    sp.add_argument("--dry-run", action="store_true", help="show what would be requeued")

    sp = add("mute", cmd_mute, "store and send no alerts of a company (critical ones still go out)")
    sp.add_argument("ticker", metavar="TICKER")
    sp.add_argument("--kind", action="append", default=[], metavar="K", help="only this kind (repeatable)")
    how_long = sp.add_mutually_exclusive_group()
    how_long.add_argument("--for", dest="duration", type=_duration, metavar="DURATION", help="e.g. 12h, 7d, 2w")
    how_long.add_argument("--until", metavar="DATE", help="YYYY-MM-DD or YYYY-MM-DDTHH:MM (display time zone)")
    sp.add_argument("--reason", default="", metavar="TEXT")
    sp.add_argument("--all-severities", action="store_true", help="mute critical alerts too")

    sp = add("unmute", cmd_unmute, "end a company's mutes (of the given kinds)")
    sp.add_argument("ticker", metavar="TICKER")
    sp.add_argument("--kind", action="append", default=[], metavar="K", help="only this kind (repeatable)")

    sp = add("mutes", cmd_mutes, "list the mutes in force")
    sp.add_argument("--all", action="store_true", help="also mutes that ended")
    sp.add_argument("--json", action="store_true", help="one JSON object per line")

    sp = add("ack", cmd_ack, "acknowledge an alert; its copies not sent yet are withdrawn")
    sp.add_argument("id", type=int, metavar="ID")
    sp.add_argument("--note", default="", metavar="TEXT")

    sp = add("db", cmd_db, "the store's schema: `db upgrade` brings it to this release, `db current` shows it")
    sp.add_argument("action", choices=["upgrade", "current"])

    sp = add("facts", cmd_facts, "the bases (total assets, equity, debt, revenue, goodwill) known for a company")
    sp.add_argument("ticker", metavar="TICKER|CIK", help="a watched ticker, or a CIK")
    sp.add_argument("--json", action="store_true", help="one JSON object per base")

    sp = add("releases", cmd_releases, "list stored releases and versions of a company")
    sp.add_argument("ticker", metavar="TICKER")
    sp.add_argument("--diff", type=int, metavar="ID", help="print the diff of release version ID")
    sp.add_argument("--json", action="store_true", help="one JSON object per line")

    sp = add("web", cmd_web, "serve the read-only web view of the store (alerts, companies, releases, feed)")
    sp.add_argument("--bind", metavar="HOST:PORT", help="where to listen (default [web].bind, 127.0.0.1:8470)")
    sp.add_argument("--token-env", metavar="NAME",
                    help="environment variable holding the access token (required off loopback)")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(getattr(args, "log_format", "text"), getattr(args, "log_level", "info"))
    if not hasattr(args, "config"):
        args.config = None
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `filing-monitor alerts | head`: the reader left; nothing more to say
        _quiet_stdout()
        return 0
    except Exception as e:
        from monitor.store import StoreError  # not at the top: `--version` and `--help` need no SQLAlchemy

        if not isinstance(e, StoreError):
            raise
        # No store yet, one written by a newer release, a server that does not answer.
        print(f"filing-monitor {args.command}: {e}", file=sys.stderr)
        return 1


def _quiet_stdout() -> None:
    """After EPIPE, point stdout at /dev/null so the interpreter's final flush stays quiet."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (tests capture it)
        pass
    finally:
        os.close(devnull)


if __name__ == "__main__":
    sys.exit(main())
