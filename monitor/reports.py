"""Read-only views of the store for the CLI: `filing-monitor releases TICKER [--diff ID]`."""

from __future__ import annotations

import sys
from typing import TextIO

from sqlmodel import Session, col, select

from monitor.settings import Settings
from monitor.store import Company, FindingRow, Release, ReleaseVersion, make_engine


def list_releases(settings: Settings, ticker: str, *, diff_id: int | None = None, out: TextIO = sys.stdout) -> int:
    engine = make_engine(settings.store.url)
    with Session(engine) as s:
        if diff_id is not None:
            return _print_diff(s, diff_id, out)
        company = s.exec(select(Company).where(Company.ticker == ticker.upper())).first()
        if company is None:
            print(f"no releases stored for {ticker.upper()}", file=sys.stderr)
            return 1
        releases = s.exec(
            select(Release).where(Release.company_id == company.id).order_by(col(Release.first_seen).desc())
        ).all()
        print(f"{company.ticker} {company.name}: {len(releases)} releases", file=out)
        for r in releases:
            when = (r.accepted_at or r.published_at or r.first_seen).strftime("%Y-%m-%d %H:%M")
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
            versions = select(ReleaseVersion).where(ReleaseVersion.release_id == r.id)
            for v in s.exec(versions.order_by(col(ReleaseVersion.version))).all():
                changed = f" (diff: filing-monitor releases {company.ticker} --diff {v.id})" if v.diff else ""
                print(f"  version {v.version} (id {v.id}) seen {v.seen_at:%Y-%m-%d %H:%M} UTC{changed}", file=out)
            findings = select(FindingRow).where(FindingRow.release_id == r.id)
            for f in s.exec(findings.order_by(col(FindingRow.id))).all():
                print(f"    {f.kind:<12} {f.novelty:<7} v{f.version}  {_clip(f.evidence)}", file=out)
    return 0


def _print_diff(s: Session, version_id: int, out: TextIO) -> int:
    v = s.get(ReleaseVersion, version_id)
    if v is None:
        print(f"no release version with id {version_id}", file=sys.stderr)
        return 1
    if not v.diff:
        print(f"version {v.version} of release {v.release_id} has no diff (first version or unchanged)", file=out)
        return 0
    print(v.diff, file=out)
    return 0


def _clip(text: str, width: int = 100) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
