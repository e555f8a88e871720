"""The ``floor`` contract of Detector.analyze, on every real text of the table-driven cases and the seed.

detect() tells each detector the score of the best sentence of its kind found so far in the document, and keeps a later
sentence only if it scores higher. A detector may use that floor to stop reading early, but only where the full
reading could not have scored above it: with a floor, analyze must give the same candidate as without one whenever
that candidate beats the floor, and nothing above the floor otherwise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.detect import REGISTRY, _sentences_to_check
from monitor.domain import KINDS
from tests.unit import test_detect_cases, test_detect_distress, test_detect_families

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "ALGIE-2005-07-27-ex99-1.txt"
TEXTS = [
    *(row[1] for row in test_detect_cases.CASES + test_detect_cases.LONG_CASES),
    *(row[1] for row in test_detect_distress.CASES),
    *(row[2] for row in test_detect_families.CASES),
    SEED.read_text(encoding="utf-8"),
]
# The scores detectors give (0.3 for a statement set aside, 0.45 a topic, 0.5 the threshold, the phrase weights).
FLOORS = (0.0, 0.3, 0.35, 0.45, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85)


@pytest.mark.parametrize("kind", KINDS)
def test_a_floor_changes_only_what_could_not_win(kind: str) -> None:
    detector = REGISTRY[kind]
    read = beaten = 0
    for text in TEXTS:
        _, sentences = _sentences_to_check(text, KINDS)
        for (start, end), kinds in sentences:
            if kind not in kinds:
                continue
            full = detector.analyze(text, start, end)
            read += 1
            for floor in FLOORS:
                pruned = detector.analyze(text, start, end, floor)
                if full is not None and full.score > floor:
                    assert pruned == full, (kind, floor, text[start:end])
                    beaten += 1
                else:
                    assert pruned is None or pruned.score <= floor, (kind, floor, text[start:end])
    assert read > 20 and beaten > 0  # the texts hold sentences of every kind, some scoring above a floor
