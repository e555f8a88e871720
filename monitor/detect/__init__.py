"""Event detection: text (+ form and 8-K items) -> at most one Finding per kind, with its evidence.

Pure: no I/O, no clock. Cheap by construction: one lower-casing of the text and one Aho-Corasick pass
locate trigger words; only the sentences around those hits are analysed, each once,
by the detectors whose keywords they hold. Documents without trigger words cost almost nothing, and
a detector told the score of its best sentence so far stops reading a sentence that cannot beat it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from ahocorasick_rs import AhoCorasick, Implementation

from monitor.detect import cues
from monitor.detect.auditor_change import DETECTOR as AUDITOR_CHANGE
from monitor.detect.bankruptcy import DETECTOR as BANKRUPTCY
from monitor.detect.base import (
    SUPPORTED_THRESHOLD,
    THRESHOLD,
    Candidate,
    Detector,
    DocumentReview,
    clamp,
    covered,
)
from monitor.detect.default import DETECTOR as DEFAULT
from monitor.detect.delisting import DETECTOR as DELISTING_NOTICE
from monitor.detect.going_concern import DETECTOR as GOING_CONCERN
from monitor.detect.impairment import DETECTOR as IMPAIRMENT
from monitor.detect.late_filing import DETECTOR as LATE_FILING
from monitor.detect.restatement import DETECTOR as RESTATEMENT
from monitor.domain import ITEM_KINDS, KINDS, STRONG_ITEMS, Finding, Severity
from monitor.text import ITEM_TITLES, sentence_at

__all__ = ["REGISTRY", "Detector", "detect", "trigger_spans"]

# Config `kinds` name -> detector.
REGISTRY: dict[str, Detector] = {
    d.kind: d
    for d in (
        DEFAULT,
        IMPAIRMENT,
        RESTATEMENT,
        GOING_CONCERN,
        BANKRUPTCY,
        DELISTING_NOTICE,
        AUDITOR_CHANGE,
        LATE_FILING,
    )
}
if set(REGISTRY) != set(KINDS):  # a kind added to monitor.domain.KINDS needs its detector here
    raise RuntimeError(f"detectors {sorted(REGISTRY)} do not match KINDS {sorted(KINDS)}")

_ITEM_BOOST = 0.15
_FORM_BOOST = 0.1


def detect(
    text: str,
    *,
    form: str | None = None,
    items: Sequence[str] = (),
    kinds: Iterable[str] | None = None,
) -> list[Finding]:
    """Findings in ``text``: for each kind, the strongest qualifying sentence, if any."""
    wanted = _wanted(kinds)
    item_numbers = cues.normalise_items(items)
    form_name = cues.normalise_form(form)
    low, best = _best_candidates(text, wanted)
    headings = _headings(low) if _HEADING_KINDS.intersection(wanted) else ()
    findings: list[Finding] = []
    for kind in wanted:
        support = _support(kind, item_numbers, form_name, headings)
        finding = _finding(text, _reviewed(kind, text, low, best.get(kind)), kind, support)
        if finding is None:
            finding = _structured_only_finding(kind, support, text)
        if finding is None and kind not in best:  # (a sentence its detector read and set aside stays set aside)
            finding = _heading_only_finding(kind, support, text, low)
        if finding is not None:
            findings.append(finding)
    return findings


_HEADING_KINDS = frozenset(ITEM_KINDS.values())
# Headings that point at their kind wherever they stand; the others (2.04, 2.06, 4.02) only on an 8-K's cover, since
# guidance and Form 8-K's own list quote their titles.
_HEADINGS_ANYWHERE = ("1.03", "3.01", "4.01")


def _headings(low: str) -> tuple[str, ...]:
    found = cues.item_headings(low)
    if any(h not in _HEADINGS_ANYWHERE for h in found) and not cues.current_report(low):
        return tuple(h for h in found if h in _HEADINGS_ANYWHERE)
    return found


# Detectors that read the whole document once they have a sentence (checked once, not per call: a
# runtime Protocol check is slow).
_REVIEWERS: dict[str, DocumentReview] = {k: d for k, d in REGISTRY.items() if isinstance(d, DocumentReview)}


def _reviewed(kind: str, text: str, low: str, cand: Candidate | None) -> Candidate | None:
    """Let a detector that reads the whole document confirm (and complete) its best sentence."""
    reviewer = _REVIEWERS.get(kind)
    if cand is None or reviewer is None:
        return cand
    return reviewer.review(text, low, cand)


def _wanted(kinds: Iterable[str] | None) -> tuple[str, ...]:
    if kinds is None:
        return KINDS
    chosen = tuple(dict.fromkeys(kinds))
    unknown = [k for k in chosen if k not in REGISTRY]
    if unknown:
        raise ValueError(f"unknown kind(s) {', '.join(map(repr, unknown))}; known: {', '.join(KINDS)}")
    return tuple(k for k in KINDS if k in chosen)


def _best_candidates(text: str, wanted: tuple[str, ...]) -> tuple[str, dict[str, Candidate]]:
    best: dict[str, Candidate] = {}

    def settled(kind: str) -> bool:
        """Nothing later can replace this kind's best (ties keep the earliest sentence)."""
        return kind in best and best[kind].score >= REGISTRY[kind].max_score

    low, sentences = _sentences_to_check(text, wanted, settled)
    for (start, end), kinds in sentences:
        if text[start:end].rstrip().endswith("?"):
            continue  # a question reports nothing: "Why Does Goodwill Become Impaired?", "How is the Form 12b-25 filed?"
        if cues.explainer_lead(low, start):
            continue  # nor a guide speaking of itself or to its reader: "This article discusses the removal and resignation of
            # a company auditor", "Decode the going concern qualification: the auditor's formal warning ..."
        for kind in kinds:
            if settled(kind):
                continue
            floor = best[kind].score if kind in best else None
            cand = REGISTRY[kind].analyze(text, start, end, floor)
            if cand is not None and (kind not in best or cand.score > best[kind].score):
                best[kind] = cand
    return low, best


def _sentences_to_check(
    text: str, wanted: tuple[str, ...], settled: Callable[[str], bool] | None = None
) -> tuple[str, Iterator[tuple[tuple[int, int], set[str]]]]:
    """Each sentence holding a keyword, once, with the kinds whose keywords it holds, in text order. A
    keyword that sits inside an unambiguous other-sense phrase ("Amended and Restated Credit Agreement",
    "default judgment") is dropped on the spot, without finding its sentence; so is one of a kind the
    caller has ``settled`` by the time the reading gets there (the sentences are found as they are read)."""
    low, hits = _keyword_hits(text, wanted)
    return low, _grouped(text, low, hits, settled)


def _grouped(
    text: str, low: str, hits: list[tuple[int, str, str]], settled: Callable[[str], bool] | None
) -> Iterator[tuple[tuple[int, int], set[str]]]:
    span = (-1, -1)
    kinds: set[str] = set()
    for pos, kind, keyword in hits:
        inside = span[0] <= pos < span[1]
        if inside and kind in kinds:
            continue
        detector = REGISTRY[kind]
        if keyword in detector.skip_on and covered(detector.skip, low, pos):
            continue
        if not inside:
            if kinds:  # no later keyword falls in the sentence before: it is complete, and read before going on
                yield span, kinds
                span, kinds = (-1, -1), set()
            if settled is not None and settled(kind):
                continue  # its sentence would not be read for this kind: not worth finding
            span = sentence_at(text, pos)
            if span[1] <= pos:  # the keyword sits in trimmed whitespace (cannot happen for letters)
                span = (-1, -1)
                continue
        kinds.add(kind)
    if kinds:
        yield span, kinds


# A kind whose detector names a `gate` (some of its keywords, one of which every document it can find
# anything in contains) drops its other keywords' hits in documents without one.
_GATES: dict[str, tuple[str, ...]] = {k: tuple(getattr(d, "gate", ())) for k, d in REGISTRY.items()}


@functools.lru_cache(maxsize=64)
def _automaton(wanted: tuple[str, ...]) -> tuple[AhoCorasick, tuple[tuple[str, tuple[str, ...]], ...]]:
    """One Aho-Corasick automaton over the keywords of the wanted kinds, with each keyword's kinds: a
    single pass over the text finds every keyword. The ``ahocorasick_rs`` package (the Rust aho-corasick
    crate's DFA) takes about a seventh of one regex pass over our releases, pyahocorasick about a third,
    and a ``str.find`` per keyword more than the regex pass itself."""
    kinds_of: dict[str, list[str]] = {}
    for kind in wanted:
        for kw in REGISTRY[kind].keywords:
            kinds_of.setdefault(kw, []).append(kind)
    auto = AhoCorasick(list(kinds_of), implementation=Implementation.DFA)
    return auto, tuple((kw, tuple(kinds)) for kw, kinds in kinds_of.items())


def _keyword_hits(text: str, wanted: tuple[str, ...]) -> tuple[str, list[tuple[int, str, str]]]:
    """Every (position, kind, keyword) in the lower-cased text, in text order."""
    low = cues.lower(text)
    hits: list[tuple[int, str, str]] = []
    seen: set[str] = set()
    auto, keywords = _automaton(wanted)
    for i, start, _ in cues.literal_hits(auto, low):
        kw, kinds = keywords[i]
        seen.add(kw)
        hits += [(start, kind, kw) for kind in kinds]
    shut = {k for k in wanted if _GATES[k] and seen.isdisjoint(_GATES[k])}
    if shut:
        hits = [h for h in hits if h[1] not in shut]
    hits.sort()
    return low, hits


def _support(kind: str, items: tuple[str, ...], form: str | None, headings: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Structured signals (8-K items, an item heading in the text, amended or late periodic reports)
    that point at this kind."""
    signals = [f"item:{i}" for i in items if ITEM_KINDS.get(i) == kind]
    signals += [f"heading:{i}" for i in headings if ITEM_KINDS.get(i) == kind and i not in items]
    if kind == "restatement" and form and cues.AMENDED_PERIODIC.match(form):
        signals.append(f"form:{form}")
    if kind in ("restatement", "late_filing") and form and cues.LATE_NOTICE.match(form):
        signals.append(f"form:{form}")
    return tuple(signals)


def _finding(text: str, cand: Candidate | None, kind: str, support: tuple[str, ...]) -> Finding | None:
    if cand is None:
        return None
    boost = sum(_ITEM_BOOST if s.startswith("item:") else _FORM_BOOST for s in support)
    if cand.score < (SUPPORTED_THRESHOLD if support else THRESHOLD):
        return None
    evidence = text[cand.start : cand.end]
    found = cues.amounts(evidence)
    severity = REGISTRY[kind].refine_severity(cand.severity, found)
    if any(s.startswith("item:") for s in support):  # the filer itself calls it material
        severity = max(severity, _ITEM_SEVERITY[kind], key=lambda s: s.rank)
    return Finding(
        kind=kind,
        confidence=clamp(cand.score + boost),
        severity=severity,
        evidence=evidence,
        span=(cand.start, cand.end),
        amounts=found,
        periods=cues.periods(evidence) or cand.periods,
        signals=cand.signals + support,
        facts=cand.facts,
    )


# The least severity an item (or a late-filing form) gives its kind.
_ITEM_SEVERITY = {
    "default": Severity.critical,
    "impairment": Severity.high,
    "restatement": Severity.high,
    "bankruptcy": Severity.critical,
    "delisting_notice": Severity.medium,
    "auditor_change": Severity.medium,
    "late_filing": Severity.medium,
}


def _structured_only_finding(kind: str, support: tuple[str, ...], text: str) -> Finding | None:
    """The filing's item (or its NT form) says so but no sentence was found: alert on the item itself,
    or on the NT form's narrative. Items that do not report their event by themselves (3.01: a voluntary
    transfer or a regained-compliance letter is filed under it too) and headings found in the text
    leave it to the text."""
    number = next((s.split(":", 1)[1] for s in support if s.startswith("item:")), None)
    if number is not None and number in STRONG_ITEMS:
        return Finding(
            kind=kind,
            confidence=0.6,
            severity=_ITEM_SEVERITY[kind],
            evidence=f"Item {number} {ITEM_TITLES[number]}",
            span=(0, 0),
            signals=support,
        )
    form = next((s.split(":", 1)[1] for s in support if s.startswith("form:NT")), None)
    if kind != "late_filing" or form is None:
        return None
    span = LATE_FILING.narrative(text)
    evidence = text[span[0] : span[1]] if span else f"Form {form}: notification of late filing (Rule 12b-25)"
    return Finding(
        kind=kind,
        confidence=0.6,
        severity=_ITEM_SEVERITY[kind],
        evidence=evidence,
        span=span or (0, 0),
        periods=cues.periods(evidence),
        signals=support,
    )


def _heading_only_finding(kind: str, support: tuple[str, ...], text: str, low: str) -> Finding | None:
    """A current report's own item heading ("Item 2.06. Material Impairments.") with no sentence found under it
    (the body incorporated from another item, or cut off): the filer reported the item, as an EDGAR item would
    say. Only on an 8-K's cover with a few headings, not in Form 8-K's instructions or a list of the items."""
    number = next((s.split(":", 1)[1] for s in support if s.startswith("heading:")), None)
    if number is None or number not in STRONG_ITEMS or not cues.current_report(low):
        return None
    span = cues.heading_line(low, number)
    if span is None:
        return None
    return Finding(
        kind=kind,
        confidence=0.55,
        severity=_ITEM_SEVERITY[kind],
        evidence=text[span[0] : span[1]],
        span=span,
        signals=support,
    )


# Words worth highlighting in evidence, per kind (for human-readable output).
_HIGHLIGHT = {
    "default": re.compile(
        r"notices?\s+of\s+(?:default|acceleration)|events?\s+of\s+default|in\s+default|defaulted|default|"
        r"forbearance|forbear|accelerat\w*|due\s+and\s+payable|(?:interest|principal)\s+payments?|grace\s+period",
        re.IGNORECASE,
    ),
    "impairment": re.compile(
        r"impairments?(?:\s+(?:charges?|loss(?:es)?))?|impaired|write-?downs?|writedowns?|written\s+(?:down|off)|"
        r"wrote\s+(?:down|off)|write-?offs?|charged\s+off|to\s+zero",
        re.IGNORECASE,
    ),
    "restatement": re.compile(
        r"no\s+longer\s+be\s+relied\s+(?:up)?on|non-?reliance|restat\w*|10-[KQ]/A|errors?|correct\w*|"
        r"amended\s+(?:annual|quarterly)\s+reports?",
        re.IGNORECASE,
    ),
    "going_concern": re.compile(
        r"(?:substantial|significant|a)\s+doubts?|going[- ]concern(?:\s+(?:explanatory\s+)?(?:paragraph|opinion))?",
        re.IGNORECASE,
    ),
    "bankruptcy": re.compile(
        r"(?:voluntary|involuntary)\s+petitions?|chapter\s+(?:7|11|15)(?:\s+cases?)?|bankruptcy(?:\s+court)?|"
        r"debtors?[- ]in[- ]possession|petition\s+date|liabilities\s+subject\s+to\s+compromise",
        re.IGNORECASE,
    ),
    "delisting_notice": re.compile(
        r"not\s+in\s+compliance|no\s+longer\s+in\s+compliance|deficiency|delist\w*|continued\s+listing|"
        r"bid\s+price|hearings?\s+panel|suspend\w*",
        re.IGNORECASE,
    ),
    "auditor_change": re.compile(
        r"resign\w*|dismiss\w*|declined\s+to\s+stand\s+for\s+re-?(?:election|appointment)|replaced",
        re.IGNORECASE,
    ),
    "late_filing": re.compile(
        r"(?:not\s+(?:be\s+)?able|unable|failed|failing)\s+to\s+(?:timely\s+)?file|timely|delay\w*|delinquent|"
        r"12b-25|late\s+filing|prescribed\s+(?:time|due\s+date)|deadline",
        re.IGNORECASE,
    ),
}


def trigger_spans(kind: str, evidence: str) -> list[tuple[int, int]]:
    """Where the trigger words of ``kind`` sit in an evidence sentence (for highlighting)."""
    rx = _HIGHLIGHT.get(kind)
    return [m.span() for m in rx.finditer(evidence)] if rx else []
