"""A company's XBRL facts from the SEC: `{data_url}/api/xbrl/companyfacts/CIK##########.json`.

One GET per company through the shared `Http` (so it counts against the one SEC request budget),
parsed and reduced to the bases of monitor.materiality. A CIK EDGAR has no XBRL facts for (filers
before 2009, small filers, an unknown CIK) is answered with 404 and an S3 `NoSuchKey` XML body: that
is a normal answer ("no facts"), not an error.

Priority: this is background work. It never runs in a feed poll: the daemon's `facts` job serves
the queue of due companies (monitor.store.facts) a few at a time, and skips its turn while the SEC
has paused us. Every request goes through `FactsClient._get`: when `Http` gains a reserved share of
the budget for feed polls, this is the one call to route to the general (non-reserved) lane.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from monitor.http import Http, HttpError, RateLimited, Response, UserAgentRefused
from monitor.materiality import Base, pick_bases

log = logging.getLogger(__name__)


class FactsError(Exception):
    """The facts could not be read; `transient`: a later try can help."""

    def __init__(self, message: str, *, transient: bool):
        super().__init__(message)
        self.transient = transient


@dataclass(frozen=True)
class CompanyFactsResult:
    cik: int
    found: bool  # False: EDGAR has no XBRL facts for this CIK (HTTP 404)
    entity_name: str = ""
    bases: list[Base] = field(default_factory=list)
    accessions: frozenset[str] = frozenset()  # every filing that reported a fact


class FactsClient:
    def __init__(self, http: Http, data_url: str):
        self.http = http
        self.data_url = data_url.rstrip("/")

    def url(self, cik: int) -> str:
        return f"{self.data_url}/api/xbrl/companyfacts/CIK{cik:010d}.json"

    def fetch(self, cik: int) -> CompanyFactsResult:
        """One request. Raises FactsError for anything but a JSON answer or a 404; RateLimited and
        UserAgentRefused pass through (every SEC request would fail the same way)."""
        url = self.url(cik)
        try:
            resp = self._get(url)
        except (RateLimited, UserAgentRefused):
            raise
        except HttpError as e:
            if e.status == 404:
                log.info("CIK %d: EDGAR has no XBRL company facts (HTTP 404)", cik)
                return CompanyFactsResult(cik, found=False)
            raise FactsError(f"company facts of CIK {cik}: {e}", transient=e.transient) from e
        return parse(cik, resp.content, url)

    def _get(self, url: str) -> Response:
        # Low priority: the unreserved share of the SEC budget, so the feed poll and its documents go first.
        with self.http.background():
            return self.http.get(url, kind="document")


def parse(cik: int, body: bytes, where: str = "company facts") -> CompanyFactsResult:
    """The bases of a companyfacts body. FactsError if it is not the companyfacts JSON of `cik`."""
    try:
        data = json.loads(body)
    except ValueError as e:  # a cut body: a new request can help
        raise FactsError(f"{where}: not JSON ({e})", transient=True) from None
    if not isinstance(data, Mapping) or not isinstance(data.get("facts"), Mapping):
        raise FactsError(f"{where}: no `facts` object in the answer", transient=False)
    if data.get("cik") is not None and _int(data.get("cik")) != cik:
        raise FactsError(f"{where}: the answer is for CIK {data.get('cik')}, not {cik}", transient=False)
    return CompanyFactsResult(
        cik=cik, found=True, entity_name=str(data.get("entityName") or ""), bases=pick_bases(data),
        accessions=frozenset(_accessions(data)),
    )


def _int(value: Any) -> int | None:
    try:
        return int(value)  # the recorded `cik` is an integer; a string would do as well
    except (TypeError, ValueError):
        return None


def _accessions(data: Mapping[str, Any]) -> set[str]:
    out: set[str] = set()
    for concepts in data["facts"].values():
        for concept in (concepts or {}).values() if isinstance(concepts, Mapping) else ():
            for rows in ((concept or {}).get("units") or {}).values():
                out.update(str(r.get("accn")) for r in rows or () if isinstance(r, Mapping) and r.get("accn"))
    return out
