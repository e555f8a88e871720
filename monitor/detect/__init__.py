"""Event detection: text (+ form and 8-K items) -> at most one Finding per kind, with its evidence.

Pure: no I/O, no clock. Cheap by construction: one lower-casing of the text and a handful of
``str.find`` scans locate trigger words; only the sentences around those hits are analysed, each once,
by the detectors whose keywords they hold. Documents without trigger words cost almost nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from monitor.detect import cues
from monitor.detect.base import SUPPORTED_THRESHOLD, THRESHOLD, Candidate, Detector, clamp, covered
from monitor.detect.default import DETECTOR as DEFAULT
from monitor.detect.impairment import DETECTOR as IMPAIRMENT
from monitor.detect.restatement import DETECTOR as RESTATEMENT
from monitor.domain import ITEM_KINDS, KINDS, Finding, Severity
from monitor.text import ITEM_TITLES, sentence_at

__all__ = ["REGISTRY", "Detector", "detect", "trigger_spans"]

# Config `kinds` name -> detector. Later kinds (going concern, delisting, ...) register here.
REGISTRY: dict[str, Detector] = {d.kind: d for d in (DEFAULT, IMPAIRMENT, RESTATEMENT)}
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
    best = _best_candidates(text, wanted)
    findings: list[Finding] = []
    for kind in wanted:
        support = _support(kind, item_numbers, form_name)
        finding = _finding(text, best.get(kind), kind, support)
        if finding is None and any(s.startswith("item:") for s in support):
            finding = _item_only_finding(kind, support)
        if finding is not None:
            findings.append(finding)
    return findings


def _wanted(kinds: Iterable[str] | None) -> tuple[str, ...]:
    if kinds is None:
        return KINDS
    chosen = tuple(dict.fromkeys(kinds))
    unknown = [k for k in chosen if k not in REGISTRY]
    if unknown:
        raise ValueError(f"unknown kind(s) {', '.join(map(repr, unknown))}; known: {', '.join(KINDS)}")
    return tuple(k for k in KINDS if k in chosen)


def _best_candidates(text: str, wanted: tuple[str, ...]) -> dict[str, Candidate]:
    best: dict[str, Candidate] = {}
    for (start, end), kinds in _sentences_to_check(text, wanted):
        for kind in kinds:
            detector = REGISTRY[kind]
            if kind in best and best[kind].score >= detector.max_score:
                continue  # ties keep the earliest sentence, so nothing later can replace it
            cand = detector.analyze(text, start, end)
            if cand is not None and (kind not in best or cand.score > best[kind].score):
                best[kind] = cand
    return best


def _sentences_to_check(text: str, wanted: tuple[str, ...]) -> list[tuple[tuple[int, int], set[str]]]:
    """Each sentence holding a keyword, once, with the kinds whose keywords it holds. A keyword that
    sits inside an unambiguous other-sense phrase ("Amended and Restated Credit Agreement", "default
    judgment") is dropped on the spot, without finding its sentence."""
    low, hits = _keyword_hits(text, wanted)
    out: list[tuple[tuple[int, int], set[str]]] = []
    span = (-1, -1)
    for pos, kind, keyword in hits:
        inside = span[0] <= pos < span[1]
        if inside and kind in out[-1][1]:
            continue
        detector = REGISTRY[kind]
        if keyword in detector.skip_on and covered(detector.skip, low, pos):
            continue
        if not inside:
            span = sentence_at(text, pos)
            if span[1] <= pos:  # the keyword sits in trimmed whitespace (cannot happen for letters)
                continue
            out.append((span, set()))
        out[-1][1].add(kind)
    return out


def _keyword_hits(text: str, wanted: tuple[str, ...]) -> tuple[str, list[tuple[int, str, str]]]:
    low = cues.lower(text)
    hits: list[tuple[int, str, str]] = []
    for kind in wanted:
        for kw in REGISTRY[kind].keywords:
            i = low.find(kw)
            while i != -1:
                hits.append((i, kind, kw))
                i = low.find(kw, i + len(kw))
    hits.sort()
    return low, hits


def _support(kind: str, items: tuple[str, ...], form: str | None) -> tuple[str, ...]:
    """Structured signals (8-K items, amended or late periodic reports) that point at this kind."""
    signals = [f"item:{i}" for i in items if ITEM_KINDS.get(i) == kind]
    if kind == "restatement" and form and cues.AMENDED_PERIODIC.match(form):
        signals.append(f"form:{form}")
    if kind == "restatement" and form and cues.LATE_NOTICE.match(form):
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
        periods=cues.periods(evidence),
        signals=cand.signals + support,
    )


_ITEM_SEVERITY = {"default": Severity.critical, "impairment": Severity.high, "restatement": Severity.high}


def _item_only_finding(kind: str, support: tuple[str, ...]) -> Finding:
    """The filing's item says so but no sentence was found: alert on the item itself."""
    number = next(s.split(":", 1)[1] for s in support if s.startswith("item:"))
    return Finding(
        kind=kind,
        confidence=0.6,
        severity=_ITEM_SEVERITY[kind],
        evidence=f"Item {number} {ITEM_TITLES[number]}",
        span=(0, 0),
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
}


def trigger_spans(kind: str, evidence: str) -> list[tuple[int, int]]:
    """Where the trigger words of ``kind`` sit in an evidence sentence (for highlighting)."""
    rx = _HIGHLIGHT.get(kind)
    return [m.span() for m in rx.finditer(evidence)] if rx else []
