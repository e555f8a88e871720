"""The detector Protocol and the phrase-scoring machinery the kind modules share."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from monitor.detect import cues
from monitor.domain import Amount, Severity

THRESHOLD = 0.5  # a sentence at or above this score is an event statement
SUPPORTED_THRESHOLD = 0.35  # ... when an 8-K item or the form already points at this kind


@dataclass(frozen=True)
class Candidate:
    """The best statement of one kind found in one sentence (offsets are in the document text)."""

    kind: str
    score: float
    start: int
    end: int
    signals: tuple[str, ...]
    severity: Severity
    facts: tuple[tuple[str, str], ...] = ()  # dates and names the finding carries (Finding.facts)
    periods: tuple[str, ...] = ()  # reporting periods found outside the sentence (an NT form's cover)


class Detector(Protocol):
    """One event kind. ``keywords`` are lower-case literals: only sentences holding one are analysed."""

    kind: str
    keywords: tuple[str, ...]
    max_score: float  # the highest score analyze() can give: reaching it ends the search for this kind
    skip: re.Pattern[str] | None  # lower-case other-sense contexts in which a keyword hit is ignored
    skip_on: frozenset[str]  # the keywords ``skip`` can cover (others are not checked: it costs)

    def analyze(self, text: str, start: int, end: int, floor: float | None = None) -> Candidate | None:
        """Score the sentence text[start:end]; None when it states no event of this kind. ``floor`` is the
        score of the best sentence of this kind found so far in the document (None: no sentence yet): only a
        higher score can replace it, so a detector may return None, without reading on, once the sentence
        cannot score above it."""
        ...

    def refine_severity(self, severity: Severity, found: tuple[Amount, ...]) -> Severity:
        """Adjust the candidate's severity once the evidence's amounts are known."""
        ...


@dataclass(frozen=True)
class Phrase:
    """An event phrase (a lower-case pattern). ``negatable``/``hedgeable`` say whether "no ..."/"may ..."
    in front cancel it (a phrase that embeds its own negation, "did not make the interest payment", is
    not)."""

    rx: re.Pattern[str]
    weight: float
    signal: str
    needs: tuple[str, ...]  # lower-case words one of which must be in the sentence (a cheap gate)
    negatable: bool = True
    hedgeable: bool = True


@runtime_checkable
class DocumentReview(Protocol):
    """A detector that also reads the whole document once it has its best sentence: to withdraw it
    (a later sentence says the doubt was alleviated, the company emerged from Chapter 11), or to add
    what the sentence alone cannot tell (a former auditor's reportable events, a cure deadline).
    Called at most once per document and kind, so it may scan the text."""

    def review(self, text: str, low: str, cand: Candidate) -> Candidate | None: ...


def phrase(
    pattern: str,
    weight: float,
    signal: str,
    *,
    needs: tuple[str, ...] = (),
    negatable: bool = True,
    hedgeable: bool = True,
) -> Phrase:
    return Phrase(cues.rx(pattern), weight, signal, needs, negatable, hedgeable)


@dataclass(frozen=True)
class Match:
    phrase: Phrase
    start: int
    end: int
    score: float
    hedged: bool


def best_match(
    masked: str,
    phrases: tuple[Phrase, ...],
    *,
    hedge_penalty: float = 0.45,
    modals: frozenset[str] = cues.MODALS,
    above: float | None = None,
) -> Match | None:
    """The strongest phrase occurrence in the masked, lower-cased sentence after negation (dropped)
    and hedging (penalised). Ties keep the earliest phrase, then the earliest occurrence. With ``above``,
    only a match scoring above it is looked for: None when there is none (phrases weighing no more are
    not tried)."""
    best: Match | None = None
    bar = above if above is not None and hedge_penalty >= 0 else None  # the score a match must beat
    opening_condition: bool | None = None  # found when first needed: most sentences never need it
    for ph in gated(cues.flat(masked), phrases):
        if bar is not None and ph.weight <= bar:
            continue  # no occurrence of this phrase can score above the bar (or the best so far)
        for m in ph.rx.finditer(masked):
            if ph.negatable and cues.negated(masked, m.start()):
                continue
            is_hedged = False
            if ph.hedgeable:
                if opening_condition is None:
                    opening_condition = cues.conditional_sentence(masked)
                is_hedged = opening_condition or cues.hedged(masked, m.start(), m.end(), modals=modals)
            score = ph.weight - (hedge_penalty if is_hedged else 0.0)
            if best is None or score > best.score:
                best = Match(ph, m.start(), m.end(), score, is_hedged)
                if hedge_penalty >= 0:
                    bar = score if bar is None else max(bar, score)
                if score >= ph.weight and hedge_penalty >= 0:
                    break  # later occurrences of this phrase cannot score higher
    if best is not None and above is not None and hedge_penalty >= 0 and best.score <= above:
        return None
    return best


def gated(low: str, phrases: tuple[Phrase, ...]) -> Iterator[Phrase]:
    """The phrases whose substring gate (``needs``) the lower-cased text passes, in their order
    (best_match passes the whitespace-collapsed sentence: "in default" across a line break). The gate of
    a long phrase table is one Aho-Corasick pass over the text instead of a substring test per need."""
    if len(phrases) < _GATE_MIN_PHRASES:
        return (ph for ph in phrases if not ph.needs or cues.present(low, ph.needs))
    return (phrases[i] for i in cues.members(cues.gate(phrases, _phrase_gate).open(low)))


_GATE_MIN_PHRASES = 4  # a table of a few phrases is gated faster by plain substring tests


def _phrase_gate(phrases: tuple[Phrase, ...]) -> cues.Gate:
    return cues.Gate([ph.needs for ph in phrases], always=sum(1 << i for i, ph in enumerate(phrases) if not ph.needs))


def covered(rx: re.Pattern[str] | None, low: str, pos: int, before: int = 32, after: int = 48) -> bool:
    """Whether a match of ``rx`` in the lower-cased text spans position ``pos``."""
    if rx is None:
        return False
    return any(m.start() <= pos < m.end() for m in rx.finditer(low, max(0, pos - before), pos + after))


def clamp(score: float) -> float:
    return max(0.0, min(0.99, round(score, 3)))
