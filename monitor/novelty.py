"""Novelty: is a finding a new event, an update of a known one, or a repeat? Pure functions.

Three questions, asked in this order for every finding of a release:
1. Version: was the same kind already found in an earlier version of this very release? Then it is a
   repeat (or an update when its amount changed materially). A kind that first appears in a corrected
   version is an update, shown with the sentence diff.
2. Story: is this release the same press release already seen from another source (a wire item and
   the 8-K exhibit carrying it)? Then the finding joins the stored alert (its link is added) and
   does not alert again.
3. History: does the company's history hold the same event (same kind and amount within a
   tolerance, same periods, or the same evidence in other words)? Repeat. Same kind with a
   materially different amount? Update. Otherwise new.

The distress-family kinds have their own history rules (``_KIND_RULES``), because their events are
states or stories rather than amounts:
- going concern: the doubt every 10-Q repeats while it lasts is a repeat; it is new again only after a
  periodic report of the company said nothing of it (the doubt disappeared and came back);
- bankruptcy: one case alerts once; later debtor-in-possession notes are repeats (a petition dated
  more than a year from the known one is a new case);
- delisting notice: the same notice (stage, listing standard, date) repeated in a later report is a
  repeat; a new deficiency, a Staff determination or a panel decision updates the company's story;
- auditor change: each change is new; the same former firm named again (an 8-K/A, the proxy) is a repeat;
- late filing: each late report (a different period) is new; the same period again is a repeat.

Everything needed comes in as arguments (history, time): no database, no clock.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from monitor.detect import cues
from monitor.detect.auditor_change import former_auditor
from monitor.detect.delisting import notice_identity
from monitor.domain import Finding, Novelty

_WORD = re.compile(r"[a-z0-9$.,%]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'])|\n\s*\n")

# A default is a state, not a one-off: a company reported in default stays so until it is cured.
# Another default report within this window is the same event unless its amount differs.
STATE_WINDOW = {"default": timedelta(days=180), "restatement": timedelta(days=120)}


@dataclass(frozen=True)
class PriorFinding:
    """A finding already stored for the company (or for an earlier version of this release)."""

    kind: str
    event_key: str
    evidence: str
    amounts: tuple[float, ...]
    periods: tuple[str, ...]
    seen_at: datetime
    amount_text: str = ""
    finding_id: int | None = None  # the stored finding, when there is one


@dataclass(frozen=True)
class Decision:
    novelty: Novelty
    event_key: str
    join_story: bool = False  # the same story from another source: add this source, do not alert
    previous: str | None = None  # what was known before, for updates
    reason: str = ""
    joins_finding: int | None = None  # with join_story: the finding whose alerts gain this source

    @property
    def idempotency_key(self) -> str:
        """Unique per alertable event state: new events by their key, updates by what changed."""
        if self.novelty is Novelty.new:
            return self.event_key
        return f"{self.event_key}:update:{_hash(self.reason)}"


def event_key(ticker: str, kind: str, source: str, uid: str) -> str:
    return f"{ticker}:{kind}:{_hash(f'{source}|{uid}')}"


def decide(
    finding: Finding,
    *,
    ticker: str,
    source: str,
    uid: str,
    now: datetime,
    same_release: Sequence[PriorFinding] = (),
    story: Sequence[PriorFinding] = (),
    history: Sequence[PriorFinding] = (),
    amount_tolerance: float = 0.05,
    clean_reports: Sequence[datetime] = (),
) -> Decision:
    """``clean_reports``: when the company's periodic reports that raised no finding of this kind were
    seen (the going-concern rule needs them to tell a doubt that went away)."""
    own_key = event_key(ticker, finding.kind, source, uid)
    amount = primary_amount(finding)
    for prior in _of_kind(same_release, finding.kind):
        return _compare(finding, amount, prior, amount_tolerance, version=True)
    for prior in _of_kind(story, finding.kind):
        return Decision(Novelty.repeat, prior.event_key, join_story=True, reason="same story",
                        joins_finding=prior.finding_id)
    rule = _KIND_RULES.get(finding.kind)
    if rule is not None:
        priors = sorted(_of_kind(history, finding.kind), key=lambda p: p.seen_at, reverse=True)
        return rule(finding, own_key, priors, now, clean_reports)
    for prior in sorted(_of_kind(history, finding.kind), key=lambda p: p.seen_at, reverse=True):
        if _same_event(finding, amount, prior, now, amount_tolerance):
            return Decision(Novelty.repeat, prior.event_key, reason="known event")
        if _amount_changed(amount, prior, amount_tolerance) and not _different_periods(finding, prior):
            return _update_for_amount(finding, amount, prior)
    return Decision(Novelty.new, own_key, reason="new event")


# ---- the distress-family kinds: each rule gets the kind's priors, newest first ----------------


def _going_concern(
    finding: Finding, own: str, priors: list[PriorFinding], now: datetime, clean: Sequence[datetime]
) -> Decision:
    if not priors:
        return Decision(Novelty.new, own, reason="new event")
    last = priors[0]
    if any(t > last.seen_at for t in clean):
        return Decision(Novelty.new, own, reason="doubt stated again after a report without it")
    return Decision(Novelty.repeat, last.event_key, reason="going-concern doubt already reported")


_NEW_CASE_AFTER = timedelta(days=365)


def _bankruptcy(
    finding: Finding, own: str, priors: list[PriorFinding], now: datetime, clean: Sequence[datetime]
) -> Decision:
    if not priors:
        return Decision(Novelty.new, own, reason="new event")
    filed = _petition_day(finding.evidence)
    for prior in priors:
        known = _petition_day(prior.evidence)
        if filed is None or known is None or abs(filed - known) <= _NEW_CASE_AFTER:
            return Decision(Novelty.repeat, prior.event_key, reason="bankruptcy case already reported")
    return Decision(Novelty.new, own, reason="a petition a year or more after the known case")


def _petition_day(evidence: str) -> datetime | None:
    key = cues.date_key(cues.lower(evidence))
    if key is None or not key[1]:
        return None
    return datetime(key[0], key[1], max(key[2], 1))


_SAME_NOTICE_WITHOUT_DATE = timedelta(days=200)


def _delisting(
    finding: Finding, own: str, priors: list[PriorFinding], now: datetime, clean: Sequence[datetime]
) -> Decision:
    if not priors:
        return Decision(Novelty.new, own, reason="new event")
    stage, rule, dated = notice_identity(finding.evidence)
    for prior in priors:
        p_stage, p_rule, p_dated = notice_identity(prior.evidence)
        if stage != p_stage or (rule != p_rule and _ANY_STANDARD not in (rule, p_rule)):
            continue
        if dated == p_dated or ((dated is None or p_dated is None) and now - prior.seen_at <= _SAME_NOTICE_WITHOUT_DATE):
            return Decision(Novelty.repeat, prior.event_key, reason="same listing notice")
    last_stage, last_rule, _ = notice_identity(priors[0].evidence)
    return Decision(
        Novelty.update,
        priors[0].event_key,
        previous=f"previously: {_notice(last_stage, last_rule)}",
        reason=_notice(stage, rule),
    )


_ANY_STANDARD = "listing standard"  # the sentence names no standard ("the Rule")


def _notice(stage: str, rule: str) -> str:
    return stage if rule == _ANY_STANDARD else f"{stage} ({rule})"


def _auditor_change(
    finding: Finding, own: str, priors: list[PriorFinding], now: datetime, clean: Sequence[datetime]
) -> Decision:
    firm = _firm_key(former_auditor(finding.evidence))
    for prior in priors:
        known = _firm_key(former_auditor(prior.evidence))
        if (firm and firm == known) or text_similarity(finding.evidence, prior.evidence) >= 0.6:
            return Decision(Novelty.repeat, prior.event_key, reason="auditor change already reported")
    return Decision(Novelty.new, own, reason="new event")


def _firm_key(name: str | None) -> str:
    """ "PricewaterhouseCoopers LLP ("PwC")" and "PricewaterhouseCoopers LLP" name the same firm."""
    if not name:
        return ""
    words = _WORD.findall(name.lower().replace("&", " "))
    return " ".join(w for w in words if w not in ("llp", "l.l.p.", "llc", "pc", "p.c.", "pllc", "the", "cpas"))[:24]


_SAME_LATE_REPORT_WITHOUT_PERIOD = timedelta(days=45)


def _late_filing(
    finding: Finding, own: str, priors: list[PriorFinding], now: datetime, clean: Sequence[datetime]
) -> Decision:
    mine = _period_days(finding.periods)
    for prior in priors:
        theirs = _period_days(prior.periods)
        if mine and theirs:
            if mine & theirs:
                return Decision(Novelty.repeat, prior.event_key, reason="same late report")
            continue
        if now - prior.seen_at <= _SAME_LATE_REPORT_WITHOUT_PERIOD:
            return Decision(Novelty.repeat, prior.event_key, reason="same late report")
    return Decision(Novelty.new, own, reason="new event")


def _period_days(periods: Iterable[str]) -> set[object]:
    """ "quarter ended March 31, 2008" and an NT cover's "period ended March 31, 2008" are one period:
    compare the dates they end on (the text itself when it names no date, "fiscal 2024")."""
    out: set[object] = set()
    for p in periods:
        key = cues.date_key(cues.lower(p))
        out.add(key if key is not None else " ".join(p.lower().split()))
    return out


_KIND_RULES = {
    "going_concern": _going_concern,
    "bankruptcy": _bankruptcy,
    "delisting_notice": _delisting,
    "auditor_change": _auditor_change,
    "late_filing": _late_filing,
}


def _of_kind(priors: Iterable[PriorFinding], kind: str) -> list[PriorFinding]:
    return [p for p in priors if p.kind == kind]


def _compare(finding: Finding, amount: float | None, prior: PriorFinding, tol: float, version: bool) -> Decision:
    if _amount_changed(amount, prior, tol):
        return _update_for_amount(finding, amount, prior)
    return Decision(Novelty.repeat, prior.event_key, reason="same release" if version else "known event")


# What an amount is of, in an update note ("impairment raised from ..."); other kinds say their name.
_AMOUNT_OF = {"default": "amount in default", "restatement": "restated amount"}


def _update_for_amount(finding: Finding, amount: float | None, prior: PriorFinding) -> Decision:
    """An update naming the change in plain words: `impairment raised from $6.4 million to $8.0 million`."""
    before = max(prior.amounts)
    was = prior.amount_text or _money(before)
    now = max(finding.amounts, key=lambda a: a.value).text if finding.amounts else _money(amount or 0.0)
    what = _AMOUNT_OF.get(finding.kind, finding.kind.replace("_", " "))
    direction = "raised" if (amount or 0.0) > before else "lowered"
    return Decision(
        Novelty.update,
        prior.event_key,
        previous=f"{what} {direction} from {was} to {now}",
        reason=f"amount {before:.0f} -> {amount:.0f}",
    )


def _same_event(finding: Finding, amount: float | None, prior: PriorFinding, now: datetime, tol: float) -> bool:
    if amount is not None and prior.amounts:
        return _close(amount, max(prior.amounts), tol)
    if finding.periods and prior.periods and _norm_periods(finding.periods) & _norm_periods(prior.periods):
        return True
    if text_similarity(finding.evidence, prior.evidence) >= 0.5:
        return True
    window = STATE_WINDOW.get(finding.kind)
    return bool(window and now - prior.seen_at <= window and not _different_periods(finding, prior))


def _amount_changed(amount: float | None, prior: PriorFinding, tol: float) -> bool:
    return amount is not None and bool(prior.amounts) and not _close(amount, max(prior.amounts), tol)


def _different_periods(finding: Finding, prior: PriorFinding) -> bool:
    a, b = _norm_periods(finding.periods), _norm_periods(prior.periods)
    return bool(a and b and not a & b)


def _close(a: float, b: float, tol: float) -> bool:
    return abs(a - b) <= tol * max(abs(a), abs(b), 1.0)


def _norm_periods(periods: Iterable[str]) -> set[str]:
    return {" ".join(p.lower().split()) for p in periods}


def primary_amount(finding: Finding) -> float | None:
    """The headline amount of a finding: the largest one stated in its evidence."""
    values = [a.value for a in finding.amounts if a.value > 0]
    return max(values) if values else None


def _money(value: float) -> str:
    if value >= 1e9:
        return f"${value / 1e9:.1f} billion"
    if value >= 1e6:
        return f"${value / 1e6:.1f} million"
    return f"${value:,.0f}"


# ---- text identity: versions and stories ----------------------------------------------------


def shingles(text: str, k: int = 5) -> set[int]:
    """Hashed k-word shingles of the normalised text (case, spacing and hard wraps ignored)."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {_crc(" ".join(words))} if words else set()
    return {_crc(" ".join(words[i : i + k])) for i in range(len(words) - k + 1)}


def _crc(value: str) -> int:
    return zlib.crc32(value.encode("utf-8"))


def containment(a: set[int], b: set[int]) -> float:
    """Share of the smaller text found in the larger: a press release inside an 8-K scores ~1."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def text_similarity(a: str, b: str) -> float:
    wa, wb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def sentences(text: str) -> list[str]:
    flat = re.sub(r"[ \t]*\n[ \t]*(?!\n)", " ", text)  # undo hard wraps, keep paragraph breaks
    return [" ".join(s.split()) for s in _SENTENCE_END.split(flat) if s.strip()]


def sentence_diff(old: str, new: str) -> str:
    """Unified diff of the two texts, one sentence per line."""
    lines = difflib.unified_diff(sentences(old), sentences(new), "previous", "current", lineterm="", n=1)
    return "\n".join(lines)


def _hash(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]
