"""Read-only views of the store for the CLI: `filing-monitor releases TICKER [--diff ID] [--json]`."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from monitor.display import iso, json_line, show_time
from monitor.settings import Settings
from monitor.store import Company, FindingRow, Release, ReleaseVersion, make_engine


def list_releases(
    settings: Settings, ticker: str, *, diff_id: int | None = None, as_json: bool = False,
    out: TextIO | None = None,
) -> int:
    """Releases newest first; times in `[display] timezone` with their zone (ISO 8601 in JSON).
    `out` defaults to sys.stdout as it is when called."""
    out = out or sys.stdout
    tz = settings.display.zone()
    engine = make_engine(settings.store.url, existing=True)
    try:
        with Session(engine) as s:
            if diff_id is not None:
                return _print_diff(s, diff_id, out, as_json)
            company = s.exec(select(Company).where(Company.ticker == ticker.upper())).first()
            if company is None:
                print(f"no releases stored for {ticker.upper()}", file=sys.stderr)
                return 1
            releases = s.exec(
                select(Release).where(Release.company_id == company.id).order_by(col(Release.first_seen).desc())
            ).all()
            if as_json:
                for r in releases:
                    print(json_line(_release_json(s, company, r)), file=out)
                return 0
            print(f"{company.ticker} {company.name}: {len(releases)} releases", file=out)
            for r in releases:
                _print_release(s, company, r, tz, out)
    finally:
        engine.dispose()
    return 0


def _versions(s: Session, r: Release) -> list[ReleaseVersion]:
    query = select(ReleaseVersion).where(ReleaseVersion.release_id == r.id)
    return list(s.exec(query.order_by(col(ReleaseVersion.version))).all())


def _findings(s: Session, r: Release) -> list[FindingRow]:
    return list(s.exec(select(FindingRow).where(FindingRow.release_id == r.id).order_by(col(FindingRow.id))).all())


def _print_release(s: Session, company: Company, r: Release, tz: ZoneInfo, out: TextIO) -> None:
    when = show_time(r.accepted_at or r.published_at or r.first_seen, tz)
    form = f"{r.form} " if r.form else ""
    items = f" items {r.items}" if r.items else ""
    incomplete = " [documents pending]" if not r.documents_complete else ""
    print(f"\n{when}  {r.source}  {form}{r.uid}{items}{incomplete}", file=out)
    if r.title:
        print(f"  {r.title}", file=out)
    if r.url:
        print(f"  {r.url}", file=out)
    for note in filter(None, r.skipped.split("\n")):
        print(f"  not read: {note}", file=out)
    for v in _versions(s, r):
        changed = f" (diff: filing-monitor releases {company.ticker} --diff {v.id})" if v.diff else ""
        print(f"  version {v.version} (id {v.id}) seen {show_time(v.seen_at, tz)}{changed}", file=out)
    for f in _findings(s, r):
        print(f"    {f.kind:<12} {f.novelty:<7} v{f.version}  {_clip(f.evidence)}", file=out)


def _release_json(s: Session, company: Company, r: Release) -> dict[str, Any]:
    return {
        "id": r.id,
        "ticker": company.ticker,
        "company": company.name,
        "source": r.source,
        "uid": r.uid,
        "form": r.form,
        "items": [i for i in r.items.split(",") if i],
        "title": r.title,
        "url": r.url,
        "accepted_at": iso(r.accepted_at),
        "published_at": iso(r.published_at),
        "first_seen": iso(r.first_seen),
        "last_seen": iso(r.last_seen),
        "version": r.version,
        "documents_complete": r.documents_complete,
        "not_read": [note for note in r.skipped.split("\n") if note],
        "versions": [{"id": v.id, "version": v.version, "seen_at": iso(v.seen_at), "has_diff": bool(v.diff)}
                     for v in _versions(s, r)],
        "findings": [{"id": f.id, "kind": f.kind, "severity": f.severity, "confidence": f.confidence,
                      "novelty": f.novelty, "version": f.version, "evidence": f.evidence,
                      "amounts": json.loads(f.amounts), "periods": json.loads(f.periods),
                      "event_key": f.event_key} for f in _findings(s, r)],
    }


def _print_diff(s: Session, version_id: int, out: TextIO, as_json: bool = False) -> int:
    v = s.get(ReleaseVersion, version_id)
    if v is None:
        print(f"no release version with id {version_id}", file=sys.stderr)
        return 1
    if as_json:
        print(json_line({"id": v.id, "release_id": v.release_id, "version": v.version,
                         "seen_at": iso(v.seen_at), "diff": v.diff}), file=out)
        return 0
    if not v.diff:
        print(f"version {v.version} of release {v.release_id} has no diff (first version or unchanged)", file=out)
        return 0
    print(v.diff, file=out)
    return 0


def _clip(text: str, width: int = 100) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
