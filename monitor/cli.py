"""The `filing-monitor` command. Exit codes: 0 ok, 1 runtime failure, 2 bad input or config.

Each command is a thin function: parse arguments, call the module that does the work.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime

from monitor import settings as settings_mod

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


def setup_logging(fmt: str, level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if fmt == "json":
        handler.setFormatter(_JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for noisy in ("apscheduler", "urllib3", "trafilatura"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))


def load_settings(args: argparse.Namespace) -> settings_mod.Settings:
    """Load the config or exit 2 listing every problem."""
    path = settings_mod.config_path(getattr(args, "config", None))
    try:
        return settings_mod.load(path)
    except settings_mod.ConfigError as e:
        for problem in e.problems:
            print(problem, file=sys.stderr)
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

    return run_backfill(load_settings(args), since=args.since, tickers=args.tickers, alert=args.alert)


def cmd_test_channel(args: argparse.Namespace) -> int:
    from monitor.alerts.outbox import test_channel

    return test_channel(load_settings(args), args.name)


def cmd_alerts(args: argparse.Namespace) -> int:
    from monitor.alerts.outbox import list_alerts

    return list_alerts(load_settings(args), since=args.since, ticker=args.ticker, status=args.status)


def cmd_releases(args: argparse.Namespace) -> int:
    from monitor.reports import list_releases

    return list_releases(load_settings(args), args.ticker, diff_id=args.diff)


# ---- parser ---------------------------------------------------------------------------------


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config",
        default=argparse.SUPPRESS,
        help="settings file (default: $FILING_MONITOR_CONFIG, then config/monitor.toml)",
    )
    common.add_argument("--log-format", choices=["text", "json"], default=argparse.SUPPRESS)
    common.add_argument("--log-level", default=argparse.SUPPRESS, help="debug, info, warning, error")

    p = argparse.ArgumentParser(
        prog="filing-monitor",
        description="Watch SEC EDGAR and newswires for debt defaults, impairments and restatements.",
        parents=[common],
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name: str, func: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help, description=help, parents=[common])
        sp.set_defaults(func=func)
        return sp

    sp = add("demo", cmd_demo, "offline end-to-end demo on recorded feeds; prints the alerts")
    sp.add_argument("--seconds", type=float, default=15, help="how long the daemon runs (default 15)")

    sp = add("run", cmd_run, "run the daemon (polls on a schedule, dispatches alerts)")
    sp.add_argument("--http", metavar="HOST:PORT", help="serve /healthz and /metrics, e.g. 127.0.0.1:9464")

    sp = add("once", cmd_once, "poll every source once, then dispatch the outbox")
    sp.add_argument("--dry-run", action="store_true", help="detect and print, store and send nothing")

    sp = add("check", cmd_check, "detect events in one document (text, HTML or EDGAR .txt)")
    sp.add_argument("path", nargs="?", metavar="PATH|-", help="the document; - reads stdin")
    sp.add_argument("--json", action="store_true", help="print findings as JSON")
    sp.add_argument("--jsonl", metavar="IN|-", help='batch: lines {"id", "text"} in, {"id", "kinds", "findings"} out')
    sp.add_argument("--kinds", metavar="A,B", help="detect only these kinds (default: all), e.g. going_concern,bankruptcy")

    add("check-config", cmd_check_config, "validate the settings; list every problem (exit 2)")

    sp = add("test-channel", cmd_test_channel, "send a sample alert through one configured channel")
    sp.add_argument("name", help="the channel's name")

    sp = add("backfill", cmd_backfill, "walk EDGAR submissions history: store and detect")
    sp.add_argument("--since", type=_date, required=True, metavar="DATE", help="YYYY-MM-DD")
    sp.add_argument("tickers", nargs="*", metavar="TICKER", help="default: the whole watchlist")
    sp.add_argument("--alert", action="store_true", help="also alert on what it finds")

    sp = add("alerts", cmd_alerts, "list alerts with status, attempts and last error")
    sp.add_argument("--since", type=_date, metavar="DATE")
    sp.add_argument("--ticker", metavar="T")
    sp.add_argument("--status", choices=["pending", "sending", "sent", "dead"])

    sp = add("releases", cmd_releases, "list stored releases and versions of a company")
    sp.add_argument("ticker")
    sp.add_argument("--diff", type=int, metavar="ID", help="print the diff of release version ID")
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


if __name__ == "__main__":
    sys.exit(main())
