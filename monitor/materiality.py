"""Materiality: a finding's amount against the company's own size. Pure: no I/O, no clock.

Three parts:
- `pick_bases(companyfacts)`: the latest total assets, stockholders' equity, total debt, revenue and
  goodwill from the SEC's companyfacts JSON (`data.sec.gov/api/xbrl/companyfacts/CIK##########.json`);
- `assess(kind, evidence, amounts, bases, as_of=...)`: the amount as a share of the base that fits the
  kind (impairment: total assets, and goodwill for a goodwill impairment; default: total debt;
  restatement: revenue when the text speaks of revenue, else equity);
- `adjust_severity(severity, measures, thresholds)`: the severity rule.

The picking rules follow the recorded format (see the samples README):
- a fact is `{end, val, accn, fy, fp, form, filed, start?, frame?}`; `fy`/`fp`/`form` describe the
  FILING, not the period, so periods are read from `start`/`end` alone and `fy`/`fp`/`frame` are never
  used;
- the same period is repeated once per filing that reported it, sometimes with a value rounded
  differently: the copy filed last wins (ties: the later accession);
- only periodic reports count (10-K, 10-Q, 20-F, 40-F, 6-K and their amendments): proxy statements
  and prospectuses (DEF 14A, 424B2, with `fy`/`fp` null) restate numbers of other filings;
- balance-sheet bases are instants (no `start`); revenue is a duration: the latest fiscal year
  (350-380 days), or the trailing twelve months when a later year-to-date period and its prior-year
  comparative are reported (annual + year to date - prior year to date);
- each base is the concept (of those listed for it, us-gaap and ifrs-full) with the latest period
  end; on a tie the first listed wins. `label`/`description` (often null) are never read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from monitor.domain import Amount, Materiality, Severity

BASES: tuple[str, ...] = ("total_assets", "equity", "total_debt", "revenue", "goodwill")
LABELS: dict[str, str] = {
    "total_assets": "total assets",
    "equity": "stockholders' equity",
    "total_debt": "total debt",
    "revenue": "revenue",
    "goodwill": "goodwill",
}

PERIODIC_FORMS = frozenset({"10-K", "10-Q", "10-KT", "10-QT", "20-F", "40-F", "6-K"})
# A new filing of these forms makes a company's facts due again (a 6-K is most often a press release).
REPORT_FORMS = frozenset({"10-K", "10-Q", "10-KT", "10-QT", "20-F", "40-F"})

# Instant bases: (taxonomy, concept) in order of preference.
INSTANT_CONCEPTS: dict[str, tuple[tuple[str, str], ...]] = {
    "total_assets": (("us-gaap", "Assets"), ("ifrs-full", "Assets")),
    "equity": (
        ("us-gaap", "StockholdersEquity"),
        ("us-gaap", "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest"),
        ("ifrs-full", "EquityAttributableToOwnersOfParent"),
        ("ifrs-full", "Equity"),
    ),
    "goodwill": (("us-gaap", "Goodwill"), ("ifrs-full", "Goodwill")),
}

# Total debt: a concept that is the total, or a noncurrent part plus a current part at the same end:
# the first of the current concepts the company reported at that end (Marvell's 10-K tagged its
# current maturities `ShortTermBorrowings`, its 10-Qs `LongTermDebtCurrent`), none if it reported none.
_GAAP_CURRENT = (("us-gaap", "LongTermDebtCurrent"), ("us-gaap", "DebtCurrent"), ("us-gaap", "ShortTermBorrowings"))
DEBT_CONCEPTS: tuple[tuple[tuple[str, str], tuple[tuple[str, str], ...]], ...] = (
    (("us-gaap", "LongTermDebt"), ()),
    (("us-gaap", "LongTermDebtNoncurrent"), _GAAP_CURRENT),
    (("us-gaap", "LongTermDebtAndCapitalLeaseObligationsIncludingCurrentMaturities"), ()),
    (("us-gaap", "LongTermDebtAndCapitalLeaseObligations"),
     (("us-gaap", "LongTermDebtAndCapitalLeaseObligationsCurrent"), *_GAAP_CURRENT)),
    (("us-gaap", "DebtLongtermAndShorttermCombinedAmount"), ()),
    (("ifrs-full", "Borrowings"), ()),
    (("ifrs-full", "LongtermBorrowings"),
     (("ifrs-full", "CurrentPortionOfLongtermBorrowings"), ("ifrs-full", "ShorttermBorrowings"))),
)

REVENUE_CONCEPTS: tuple[tuple[str, str], ...] = (
    ("us-gaap", "Revenues"),
    ("us-gaap", "RevenueFromContractWithCustomerExcludingAssessedTax"),
    ("us-gaap", "RevenueFromContractWithCustomerIncludingAssessedTax"),
    ("us-gaap", "SalesRevenueNet"),
    ("us-gaap", "SalesRevenueGoodsNet"),
    ("us-gaap", "SalesRevenueServicesNet"),
    ("ifrs-full", "Revenue"),
    ("ifrs-full", "RevenueFromContractsWithCustomers"),
)

ANNUAL_DAYS = (350, 380)  # a fiscal year of 52 or 53 weeks, or 12 months
SLACK_DAYS = 10  # how far the start of a year-to-date period may be from the day after the year end
_CURRENCY = re.compile(r"^[A-Z]{3}$")


# ---- facts -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fact:
    concept: str  # "us-gaap:Assets"
    unit: str
    start: date | None  # None: an instant
    end: date
    value: float
    accession: str
    form: str
    filed: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1 if self.start else 0


def periodic(form: str) -> bool:
    return form.strip().upper().removesuffix("/A") in PERIODIC_FORMS


def is_report(form: str | None) -> bool:
    """A periodic report that brings new facts (10-K, 10-Q, 20-F, 40-F and their amendments)."""
    return bool(form) and str(form).strip().upper().removesuffix("/A") in REPORT_FORMS


def read_facts(data: Mapping[str, Any], taxonomy: str, concept: str) -> dict[str, list[Fact]]:
    """The facts of one concept from periodic reports, per currency unit. Malformed facts are skipped."""
    node = ((data.get("facts") or {}).get(taxonomy) or {}).get(concept)
    units = node.get("units") if isinstance(node, Mapping) else None
    out: dict[str, list[Fact]] = {}
    for unit, rows in (units or {}).items():
        if not _CURRENCY.match(str(unit)) or not isinstance(rows, list):
            continue  # shares, pure, USD/shares, ...: not an amount of money
        facts = [f for f in (_fact(f"{taxonomy}:{concept}", str(unit), r) for r in rows) if f is not None]
        if facts:
            out[str(unit)] = facts
    return out


def _fact(concept: str, unit: str, row: Any) -> Fact | None:
    if not isinstance(row, Mapping) or not periodic(str(row.get("form") or "")):
        return None
    value = row.get("val")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        end = date.fromisoformat(str(row["end"]))
        filed = date.fromisoformat(str(row["filed"]))
        start = date.fromisoformat(str(row["start"])) if row.get("start") else None
    except (KeyError, ValueError):
        return None
    return Fact(concept, unit, start, end, float(value), str(row.get("accn") or ""), str(row["form"]), filed)


def latest_copies(facts: Iterable[Fact]) -> list[Fact]:
    """One fact per period (start, end): the copy filed last (ties: the later accession)."""
    best: dict[tuple[date | None, date], Fact] = {}
    for f in facts:
        key = (f.start, f.end)
        if key not in best or (f.filed, f.accession) > (best[key].filed, best[key].accession):
            best[key] = f
    return sorted(best.values(), key=lambda f: (f.end, f.start or f.end))


# ---- bases -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Base:
    """One base as picked: the value, the period it is of, and the filing it comes from."""

    name: str  # one of BASES
    value: float
    unit: str
    end: date
    period: str  # "instant" | "annual" | "trailing"
    concept: str
    accession: str
    form: str
    filed: date
    start: date | None = None  # durations: the first day of the (annual or trailing) period

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for key in ("end", "filed", "start"):
            d[key] = d[key].isoformat() if d[key] else None
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Base:
        return cls(
            name=str(d["name"]), value=float(d["value"]), unit=str(d["unit"]), end=date.fromisoformat(d["end"]),
            period=str(d["period"]), concept=str(d["concept"]), accession=str(d["accession"]), form=str(d["form"]),
            filed=date.fromisoformat(d["filed"]), start=date.fromisoformat(d["start"]) if d.get("start") else None,
        )


def pick_bases(data: Mapping[str, Any]) -> list[Base]:
    """Every base the companyfacts JSON `data` reports, in BASES order (missing ones left out)."""
    found: dict[str, Base | None] = {name: _pick_instant(data, name, concepts)
                                     for name, concepts in INSTANT_CONCEPTS.items()}
    found["total_debt"] = _pick_debt(data)
    found["revenue"] = _latest(_revenue(data, t, c) for t, c in REVENUE_CONCEPTS)
    return [b for b in (found.get(name) for name in BASES) if b is not None]


def _latest(candidates: Iterable[Base | None]) -> Base | None:
    """The candidate with the latest period end; on a tie the first (the preferred concept)."""
    best: Base | None = None
    for c in candidates:
        if c is not None and (best is None or c.end > best.end):
            best = c
    return best


def _instants(data: Mapping[str, Any], taxonomy: str, concept: str) -> dict[str, list[Fact]]:
    return {u: latest_copies(f for f in fs if f.start is None) for u, fs in read_facts(data, taxonomy, concept).items()}


def _last(per_unit: Mapping[str, list[Fact]]) -> Fact | None:
    """The fact with the latest end across units (a concept is normally reported in one currency)."""
    return _latest_fact(fs[-1] for fs in per_unit.values() if fs)


def _latest_fact(facts: Iterable[Fact]) -> Fact | None:
    best: Fact | None = None
    for f in facts:
        if best is None or f.end > best.end:
            best = f
    return best


def _base(name: str, f: Fact, period: str = "instant", *, value: float | None = None, concept: str | None = None,
          start: date | None = None) -> Base:
    return Base(name, f.value if value is None else value, f.unit, f.end, period, concept or f.concept,
                f.accession, f.form, f.filed, start)


def _pick_instant(data: Mapping[str, Any], name: str, concepts: Sequence[tuple[str, str]]) -> Base | None:
    facts = (_last(_instants(data, t, c)) for t, c in concepts)
    return _latest(_base(name, f) if f else None for f in facts)


def _pick_debt(data: Mapping[str, Any]) -> Base | None:
    candidates: list[Base | None] = []
    for (t, c), currents in DEBT_CONCEPTS:
        main = _last(_instants(data, t, c))
        part = _current_part(data, main, currents) if main is not None else None
        if main is None or part is None:
            candidates.append(_base("total_debt", main) if main is not None else None)
            continue
        later = max((main, part), key=lambda f: (f.filed, f.accession))
        candidates.append(_base("total_debt", later, value=main.value + part.value,
                                concept=f"{main.concept}+{part.concept}"))
    return _latest(candidates)


def _current_part(data: Mapping[str, Any], main: Fact, currents: Sequence[tuple[str, str]]) -> Fact | None:
    for t, c in currents:
        part = next((p for p in _instants(data, t, c).get(main.unit, []) if p.end == main.end), None)
        if part is not None:
            return part
    return None


def _revenue(data: Mapping[str, Any], taxonomy: str, concept: str) -> Base | None:
    best: Base | None = None
    for facts in read_facts(data, taxonomy, concept).values():
        best = _latest([best, _revenue_in(latest_copies(f for f in facts if f.start is not None))])
    return best


def _revenue_in(durations: list[Fact]) -> Base | None:
    """The trailing twelve months when the facts allow it, else the latest fiscal year."""
    annuals = [f for f in durations if ANNUAL_DAYS[0] <= f.days <= ANNUAL_DAYS[1]]
    if not annuals:
        return None
    year = annuals[-1]  # latest_copies sorts by end
    assert year.start is not None
    annual = _base("revenue", year, "annual", start=year.start)
    after = year.end + timedelta(days=1)
    ytd = _latest_fact(f for f in durations if f.end > year.end and f.start and abs((f.start - after).days) <= SLACK_DAYS
                       and f.days < ANNUAL_DAYS[0])
    if ytd is None:
        return annual
    prior = next((f for f in durations if f.start and abs((f.start - year.start).days) <= SLACK_DAYS
                  and abs(f.days - ytd.days) <= SLACK_DAYS and f.end < year.end), None)
    if prior is None:
        return annual
    value = year.value + ytd.value - prior.value
    return _base("revenue", ytd, "trailing", value=value, start=prior.end + timedelta(days=1))


# ---- materiality -------------------------------------------------------------------------------

_REVENUE_WORDS = re.compile(r"\b(?:revenues?|net\s+sales|sales)\b", re.IGNORECASE)
_GOODWILL = re.compile(r"\bgoodwill\b", re.IGNORECASE)
NEAR_GOODWILL = 80  # characters between "goodwill" and the amount that belongs to it


def assess(
    kind: str,
    evidence: str,
    amounts: Sequence[Amount],
    bases: Iterable[Base],
    *,
    as_of: date,
    max_age_days: int,
) -> tuple[Materiality, ...]:
    """The finding's amount against each base that fits its kind; the first is the one the severity
    rule reads. A base is used only when it is positive, in the amount's currency (no exchange rates
    are guessed) and of a period that ended on or before `as_of` (the document's date) and at most
    `max_age_days` before it; otherwise that measure is left out."""
    if not amounts:
        return ()
    usable = {b.name: b for b in bases
              if b.value > 0 and as_of - timedelta(days=max_age_days) <= b.end <= as_of}
    out = []
    for name, amount in targets(kind, evidence, amounts):
        base = usable.get(name)
        if base is not None and amount.currency == base.unit and amount.value > 0:
            out.append(_measure(amount, base))
    return tuple(out)


def targets(kind: str, evidence: str, amounts: Sequence[Amount]) -> list[tuple[str, Amount]]:
    """(base name, amount) pairs that measure a finding of `kind`."""
    headline = max(amounts, key=lambda a: a.value)
    if kind == "impairment":
        out = [("total_assets", headline)]
        if _GOODWILL.search(evidence):
            out.append(("goodwill", goodwill_amount(evidence, amounts) or headline))
        return out
    if kind == "default":
        return [("total_debt", headline)]
    if kind == "restatement":
        return [("revenue" if _REVENUE_WORDS.search(evidence) else "equity", headline)]
    return []


def goodwill_amount(evidence: str, amounts: Sequence[Amount]) -> Amount | None:
    """The amount written nearest to the word "goodwill" (within NEAR_GOODWILL characters), so that
    "an impairment charge of $6.4 million including a goodwill write-down of $6.1 million" measures
    goodwill with $6.1 million."""
    text = " ".join(evidence.split())
    marks = [m.start() for m in _GOODWILL.finditer(text)]
    best: tuple[int, Amount] | None = None
    for a in amounts:
        at = text.find(" ".join(a.text.split()))
        if at < 0 or not marks:
            continue
        distance = min(abs(at - m) for m in marks)
        if distance <= NEAR_GOODWILL and (best is None or distance < best[0]):
            best = (distance, a)
    return best[1] if best else None


def _measure(amount: Amount, base: Base) -> Materiality:
    return Materiality(
        base=base.name, share=amount.value / base.value, amount=amount.value, amount_text=amount.text,
        base_value=base.value, unit=base.unit, period_end=base.end.isoformat(), period=base.period,
        form=base.form, accession=base.accession, concept=base.concept,
    )


@dataclass(frozen=True)
class Thresholds:
    """Shares at which the severity rule acts (settings [materiality])."""

    critical: float = 0.25  # at least this share: critical
    high: float = 0.05  # at least this share: at least high
    low: float = 0.005  # below this share: one level lower (never below low)


def adjust_severity(severity: Severity, measures: Sequence[Materiality], thresholds: Thresholds) -> Severity:
    """The severity with materiality: the first measure (the base that fits the kind) decides."""
    if not measures:
        return severity
    share = measures[0].share
    levels = list(Severity)
    if share >= thresholds.critical:
        return Severity.critical
    if share >= thresholds.high:
        return max(severity, Severity.high, key=lambda s: s.rank)
    if share < thresholds.low:
        return levels[max(severity.rank - 1, 0)]
    return severity
