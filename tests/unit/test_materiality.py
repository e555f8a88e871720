"""Materiality, pure: the bases picked from the recorded companyfacts JSON of Marvell Technology (CIK
1835632, recorded 2026-06-08; its latest filing is the 10-Q 0001835632-26-000019 of 2026-05-28),
the share of an amount against them, and the severity rule.

Every expected value below was read by hand in tests/fixtures/edgar/xbrl-companyfacts-CIK0001835632-
marvell-MRVL.json: concept, `end`, `accn` and `val` are named next to it."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from monitor.alerts.compose import materiality_phrase, percent
from monitor.domain import Amount, Materiality, Severity
from monitor.materiality import (
    Base,
    Thresholds,
    adjust_severity,
    assess,
    goodwill_amount,
    latest_copies,
    pick_bases,
    read_facts,
)

FACTS = Path(__file__).parents[1] / "fixtures" / "edgar" / "xbrl-companyfacts-CIK0001835632-marvell-MRVL.json"
Q1_10Q = "0001835632-26-000019"  # 10-Q for the quarter ended 2026-05-02, filed 2026-05-28
FY_10K = "0001835632-26-000011"  # 10-K for the year ended 2026-01-31, filed 2026-03-11


@pytest.fixture(scope="module")
def recorded() -> dict[str, Any]:
    return json.loads(FACTS.read_bytes())


def as_filed_by(data: dict[str, Any], day: str) -> dict[str, Any]:
    """The same JSON as it stood on `day`: the facts of filings filed after it removed."""
    out = copy.deepcopy(data)
    for concepts in out["facts"].values():
        for concept in concepts.values():
            for unit, rows in concept["units"].items():
                concept["units"][unit] = [r for r in rows if r["filed"] <= day]
    return out


def without(data: dict[str, Any], *concepts: str) -> dict[str, Any]:
    out = copy.deepcopy(data)
    for c in concepts:
        del out["facts"]["us-gaap"][c]
    return out


def by_name(bases: list[Base]) -> dict[str, Base]:
    return {b.name: b for b in bases}


def test_bases_of_the_recorded_file_match_the_values_read_by_hand(recorded: dict[str, Any]) -> None:
    bases = by_name(pick_bases(recorded))
    assert list(bases) == ["total_assets", "equity", "total_debt", "revenue", "goodwill"]
    end = date(2026, 5, 2)
    # us-gaap:Assets, end 2026-05-02, accn 0001835632-26-000019, val 26944500000
    a = bases["total_assets"]
    assert (a.concept, a.end, a.accession, a.value, a.form, a.period) == (
        "us-gaap:Assets", end, Q1_10Q, 26_944_500_000, "10-Q", "instant")
    assert a.filed == date(2026, 5, 28) and a.unit == "USD"
    # us-gaap:StockholdersEquity, end 2026-05-02, accn ...-26-000019, val 18215800000
    e = bases["equity"]
    assert (e.concept, e.end, e.accession, e.value) == ("us-gaap:StockholdersEquity", end, Q1_10Q, 18_215_800_000)
    # us-gaap:LongTermDebt (current and noncurrent together), end 2026-05-02, accn ...-26-000019, val 4961300000
    d = bases["total_debt"]
    assert (d.concept, d.end, d.accession, d.value) == ("us-gaap:LongTermDebt", end, Q1_10Q, 4_961_300_000)
    # us-gaap:Goodwill, end 2026-05-02, accn ...-26-000019, val 13883500000
    g = bases["goodwill"]
    assert (g.concept, g.end, g.accession, g.value) == ("us-gaap:Goodwill", end, Q1_10Q, 13_883_500_000)


def test_revenue_is_the_trailing_twelve_months_when_a_later_quarter_is_reported(recorded: dict[str, Any]) -> None:
    """RevenueFromContractWithCustomerExcludingAssessedTax (no `Revenues` concept in this file):
    year 2025-02-02..2026-01-31 = 8194600000 (10-K ...-26-000011)
    + 2026-02-01..2026-05-02 = 2417800000 (10-Q ...-26-000019)
    - 2025-02-02..2025-05-03 = 1895300000 (latest copy: the same 10-Q ...-26-000019, as comparative)
    = 8717100000 for the twelve months 2025-05-04..2026-05-02."""
    r = by_name(pick_bases(recorded))["revenue"]
    assert r.concept == "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"
    assert (r.period, r.start, r.end, r.accession, r.form) == (
        "trailing", date(2025, 5, 4), date(2026, 5, 2), Q1_10Q, "10-Q")
    assert r.value == pytest.approx(8_717_100_000)


def test_before_the_10q_the_bases_are_the_10ks(recorded: dict[str, Any]) -> None:
    """As the file stood on 2026-05-27 (after the DEF 14A of 2026-05-13, before the 10-Q)."""
    bases = by_name(pick_bases(as_filed_by(recorded, "2026-05-27")))
    fy_end = date(2026, 1, 31)
    # Assets, end 2026-01-31, accn ...-26-000011 (10-K), val 22285300000
    assert (bases["total_assets"].end, bases["total_assets"].accession, bases["total_assets"].value) == (
        fy_end, FY_10K, 22_285_300_000)
    # LongTermDebt, end 2026-01-31, 10-K, val 4470600000
    assert (bases["total_debt"].value, bases["total_debt"].form) == (4_470_600_000, "10-K")
    # revenue: the fiscal year itself, 2025-02-02..2026-01-31 = 8194600000 (10-K ...-26-000011)
    r = bases["revenue"]
    assert (r.period, r.start, r.end, r.value, r.accession) == (
        "annual", date(2025, 2, 2), fy_end, 8_194_600_000, FY_10K)


def test_a_repeated_period_takes_the_copy_filed_last_even_when_rounded_differently(recorded: dict[str, Any]) -> None:
    """Assets at 2022-01-29: 22108597000 in the 10-K 0001835632-22-000016 (filed 2022-03-10), then
    22108600000 in the 10-K 0001835632-23-000013 (filed 2023-03-09)."""
    facts = read_facts(recorded, "us-gaap", "Assets")["USD"]
    copies = [f for f in facts if f.end == date(2022, 1, 29)]
    assert len(copies) == 5 and {f.value for f in copies} == {22_108_597_000, 22_108_600_000}
    (latest,) = [f for f in latest_copies(facts) if f.end == date(2022, 1, 29)]
    assert (latest.value, latest.accession) == (22_108_600_000, "0001835632-23-000013")
    # the balance at 2026-01-31 is in the 10-K and again in the 10-Q (fy 2027 fp Q1): the 10-Q's copy
    (jan,) = [f for f in latest_copies(facts) if f.end == date(2026, 1, 31)]
    assert (jan.accession, jan.form) == (Q1_10Q, "10-Q")
    as_10k = by_name(pick_bases(as_filed_by(recorded, "2026-05-27")))["total_assets"]
    assert as_10k.accession == FY_10K  # before the 10-Q existed, the 10-K's copy


def test_proxy_statement_facts_are_not_read(recorded: dict[str, Any]) -> None:
    """NetIncomeLoss for the year ended 2026-01-31 is in the 10-K (filed 2026-03-11) and again in the
    DEF 14A 0001104659-26-060253 (fy/fp null, filed 2026-05-13, the only copy with a `frame`): the
    proxy's copy is the one filed last, yet the 10-K's copy is taken; likewise for the year ended
    2022-01-29 (-421034000 in the 10-K of 2022, -421000000 in later 10-Ks and the proxy)."""
    rows = recorded["facts"]["us-gaap"]["NetIncomeLoss"]["units"]["USD"]
    proxy = [r for r in rows if r["form"] == "DEF 14A"]
    assert len(proxy) == 5 and all(r["fy"] is None and r["fp"] is None for r in proxy)
    facts = latest_copies(read_facts(recorded, "us-gaap", "NetIncomeLoss")["USD"])
    assert not any(f.form == "DEF 14A" for f in facts)
    (year,) = [f for f in facts if f.end == date(2026, 1, 31) and f.start == date(2025, 2, 2)]
    assert (year.accession, year.value) == (FY_10K, 2_670_100_000)
    (old,) = [f for f in facts if f.end == date(2022, 1, 29) and f.start == date(2021, 1, 31)]
    assert (old.accession, old.value) == ("0001835632-24-000009", -421_000_000)
    # a 424B2 (the ffd namespace, fy/fp null) is not a periodic report either
    assert read_facts(recorded, "ffd", "TtlOfferingAmt") == {}


def test_null_labels_do_not_matter(recorded: dict[str, Any]) -> None:
    """13 concepts have `label` and `description` null, e.g. InterestExpenseNonoperating."""
    node = recorded["facts"]["us-gaap"]["InterestExpenseNonoperating"]
    assert node["label"] is None and node["description"] is None
    assert read_facts(recorded, "us-gaap", "InterestExpenseNonoperating")["USD"]
    data = copy.deepcopy(recorded)
    for concept in data["facts"]["us-gaap"].values():
        concept["label"] = concept["description"] = None
    assert pick_bases(data) == pick_bases(recorded)


def test_debt_from_its_noncurrent_and_current_parts_when_the_total_is_not_reported(recorded: dict[str, Any]) -> None:
    """Without LongTermDebt: LongTermDebtNoncurrent plus the current part at the same end.
    2026-05-02: 4961300000 + LongTermDebtCurrent 0 (both ...-26-000019). 2026-01-31, before the 10-Q:
    3970800000 + 499800000, the current maturities the 10-K tagged ShortTermBorrowings ("Short-term
    Debt"; LongTermDebtCurrent for that day came only with the 10-Q) = 4470600000, which is what
    LongTermDebt says for that day."""
    now = by_name(pick_bases(without(recorded, "LongTermDebt")))["total_debt"]
    assert (now.value, now.end, now.concept) == (
        4_961_300_000, date(2026, 5, 2), "us-gaap:LongTermDebtNoncurrent+us-gaap:LongTermDebtCurrent")
    before = by_name(pick_bases(without(as_filed_by(recorded, "2026-05-27"), "LongTermDebt")))["total_debt"]
    assert (before.value, before.end, before.accession) == (4_470_600_000, date(2026, 1, 31), FY_10K)
    assert before.concept == "us-gaap:LongTermDebtNoncurrent+us-gaap:ShortTermBorrowings"


def test_a_concept_the_company_does_not_report_gives_no_base(recorded: dict[str, Any]) -> None:
    bases = by_name(pick_bases(without(recorded, "Goodwill", "LongTermDebt", "LongTermDebtNoncurrent")))
    assert "goodwill" not in bases and "total_debt" not in bases
    assert pick_bases({"cik": 8855, "entityName": "X", "facts": {}}) == []
    assert pick_bases({}) == []


def test_ifrs_filers_are_read_from_ifrs_full(recorded: dict[str, Any]) -> None:
    """No IFRS companyfacts recording exists in the samples; the envelope is the same, so the recorded
    facts are moved under `ifrs-full` with IFRS concept names and the EUR unit."""
    names = {"Assets": "Assets", "Goodwill": "Goodwill", "StockholdersEquity": "EquityAttributableToOwnersOfParent",
             "LongTermDebt": "Borrowings", "RevenueFromContractWithCustomerExcludingAssessedTax": "Revenue"}
    gaap = recorded["facts"]["us-gaap"]
    ifrs = {new: {"label": None, "description": None, "units": {"EUR": gaap[old]["units"]["USD"]}}
            for old, new in names.items()}
    bases = by_name(pick_bases({"cik": 1, "entityName": "X", "facts": {"ifrs-full": ifrs}}))
    assert bases["total_assets"].concept == "ifrs-full:Assets" and bases["total_assets"].unit == "EUR"
    assert bases["total_debt"].concept == "ifrs-full:Borrowings"
    assert bases["equity"].value == 18_215_800_000
    assert bases["revenue"].value == pytest.approx(8_717_100_000)
    # an amount in dollars is not measured against euros: no exchange rate is guessed
    usd = (Amount(8.4e9, "USD", "$8.4 billion"),)
    assert assess("impairment", "an impairment", usd, bases.values(), as_of=date(2026, 6, 1), max_age_days=550) == ()
    eur = (Amount(8.4e9, "EUR", "EUR 8.4 billion"),)
    (m,) = assess("impairment", "an impairment", eur, bases.values(), as_of=date(2026, 6, 1), max_age_days=550)
    assert m.unit == "EUR" and m.share == pytest.approx(8.4e9 / 26_944_500_000)


def test_bases_round_trip_through_json(recorded: dict[str, Any]) -> None:
    bases = pick_bases(recorded)
    assert [Base.from_dict(json.loads(json.dumps(b.to_dict()))) for b in bases] == bases


# ---- materiality ------------------------------------------------------------------------------

GOODWILL = ("In addition, the Company will record an impairment charge of approximately $8.4 billion including "
            "a goodwill write-down of $6.1 billion against its operating results in the first quarter of fiscal 2027.")
AMOUNTS = (Amount(8.4e9, "USD", "$8.4 billion"), Amount(6.1e9, "USD", "$6.1 billion"))
AFTER_10Q = date(2026, 6, 1)


def test_goodwill_impairment_measured_against_total_assets_and_goodwill(recorded: dict[str, Any]) -> None:
    assets, goodwill = assess("impairment", GOODWILL, AMOUNTS, pick_bases(recorded), as_of=AFTER_10Q,
                              max_age_days=550)
    assert (assets.base, assets.amount_text, assets.accession) == ("total_assets", "$8.4 billion", Q1_10Q)
    assert assets.share == pytest.approx(8.4e9 / 26_944_500_000)  # 0.3118
    assert (goodwill.base, goodwill.amount_text) == ("goodwill", "$6.1 billion")
    assert goodwill.share == pytest.approx(6.1e9 / 13_883_500_000)  # 0.4394
    assert materiality_phrase(assets) == "about 31% of total assets as of the last 10-Q (2026-05-02)"
    assert materiality_phrase(goodwill) == "about 44% of goodwill as of the last 10-Q (2026-05-02)"


def test_each_kind_takes_its_base(recorded: dict[str, Any]) -> None:
    bases = pick_bases(recorded)

    def one(kind: str, text: str, value: float) -> Materiality:
        (m,) = assess(kind, text, (Amount(value, "USD", "$x"),), bases, as_of=AFTER_10Q, max_age_days=550)
        return m

    default = one("default", "an event of default under its $1.5 billion notes", 1.5e9)
    assert (default.base, round(default.share, 4)) == ("total_debt", round(1.5e9 / 4_961_300_000, 4))
    revenue = one("restatement", "the restatement reduced previously reported revenue by $450 million", 4.5e8)
    assert revenue.base == "revenue" and revenue.period == "trailing"
    assert materiality_phrase(revenue) == ("about 5.2% of revenue over the twelve months to the last 10-Q "
                                           "(2026-05-02)")
    equity = one("restatement", "a restatement increasing net income by $90 million", 9e7)
    assert equity.base == "equity" and equity.share == pytest.approx(9e7 / 18_215_800_000)
    plain = one("impairment", "an impairment of long-lived assets of $40 million", 4e7)
    assert plain.base == "total_assets"  # no goodwill: one measure only


def test_no_amount_no_base_or_a_stale_base_gives_no_materiality(recorded: dict[str, Any]) -> None:
    bases = pick_bases(recorded)
    assert assess("impairment", GOODWILL, (), bases, as_of=AFTER_10Q, max_age_days=550) == ()
    assert assess("impairment", GOODWILL, AMOUNTS, [], as_of=AFTER_10Q, max_age_days=550) == ()
    assert assess("going_concern", "substantial doubt", AMOUNTS, bases, as_of=AFTER_10Q, max_age_days=550) == ()
    # a document older than the bases (a backfill): the company's size then is not known
    assert assess("impairment", GOODWILL, AMOUNTS, bases, as_of=date(2026, 5, 1), max_age_days=550) == ()
    # bases too old for the document
    assert assess("impairment", GOODWILL, AMOUNTS, bases, as_of=date(2028, 1, 1), max_age_days=550) == ()
    # goodwill of zero is no base
    zero = [b if b.name != "goodwill" else Base(**{**b.__dict__, "value": 0.0}) for b in bases]
    (only,) = assess("impairment", GOODWILL, AMOUNTS, zero, as_of=AFTER_10Q, max_age_days=550)
    assert only.base == "total_assets"


def test_the_seed_sentence_measures_goodwill_with_its_own_amount() -> None:
    seed = ("In addition,  the Company will record\nan  impairment  charge  of  approximately  $6.4  million  "
            "including  a  goodwill\nwrite-down of $6.1 million against its operating results in the first "
            "quarter of\n2005.")
    amounts = (Amount(6.4e6, "USD", "$6.4 million"), Amount(6.1e6, "USD", "$6.1 million"))
    assert goodwill_amount(seed, amounts) == amounts[1]
    assert goodwill_amount("an impairment charge of $6.4 million", amounts[:1]) is None


THRESHOLDS = Thresholds(critical=0.25, high=0.05, low=0.005)


def _m(share: float) -> Materiality:
    return Materiality("total_assets", share, 1.0, "$1", 1.0, "USD", "2026-05-02", "instant", "10-Q", "a", "c")


@pytest.mark.parametrize(("detected", "share", "expected"), [
    (Severity.medium, 0.31, Severity.critical),
    (Severity.low, 0.25, Severity.critical),
    (Severity.medium, 0.10, Severity.high),
    (Severity.critical, 0.10, Severity.critical),  # never lowered by a middling share
    (Severity.medium, 0.01, Severity.medium),
    (Severity.high, 0.004, Severity.medium),  # below low_share: one level lower
    (Severity.low, 0.0001, Severity.low),  # never below low
])
def test_severity_rule(detected: Severity, share: float, expected: Severity) -> None:
    assert adjust_severity(detected, (_m(share), _m(0.9)), THRESHOLDS) is expected  # the first measure decides
    assert adjust_severity(detected, (), THRESHOLDS) is detected


@pytest.mark.parametrize(("share", "text"), [
    (0.3118, "about 31%"), (0.0952, "about 9.5%"), (0.042, "about 4.2%"), (0.01, "about 1%"),
    (0.0024, "about 0.2%"), (0.0002, "less than 0.1%"), (1.5, "about 150%"),
])
def test_percent_in_plain_words(share: float, text: str) -> None:
    assert percent(share) == text


def test_annual_revenue_phrase() -> None:
    m = Materiality("revenue", 0.05, 1.0, "$1", 1.0, "USD", "2026-01-31", "annual", "10-K", "a", "c")
    assert materiality_phrase(m) == "about 5% of annual revenue in the last 10-K (year ended 2026-01-31)"


def test_the_example_config_documents_the_defaults_and_bad_thresholds_are_reported() -> None:
    import tomllib

    from monitor.settings import ConfigError, MaterialitySettings, from_dict

    example = Path(__file__).parents[2] / "config" / "monitor.example.toml"
    documented = tomllib.loads(example.read_text("utf-8"))["materiality"]
    assert MaterialitySettings(**documented) == MaterialitySettings()
    assert MaterialitySettings().thresholds() == THRESHOLDS
    with pytest.raises(ConfigError) as err:
        from_dict({"materiality": {"high_share": 0.5, "critical_share": 0.3}}, "m.toml", {})
    assert err.value.problems == ["m.toml: materiality: need low_share < high_share <= critical_share"]
