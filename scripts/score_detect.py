#!/usr/bin/env python3
"""Score the detector in-process on a labelled JSONL corpus (lines with "id", "text", "labels").

    .venv/bin/python scripts/score_detect.py ../shared/corpus/dev.jsonl [--show-errors]
        [--min-f1 0.95] [--max-false-alarm 0.05]

Prints per-kind precision / recall / F1 and the share of negatives (no labels) raising any alert.
With --show-errors, lists each false negative / false positive with the evidence the detector chose.
Exit 0 when every kind reaches --min-f1 and the false-alarm share is at most --max-false-alarm, else 1;
2 when the corpus cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from monitor.detect import detect
from monitor.domain import KINDS, Finding


@dataclass(frozen=True)
class KindScore:
    kind: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run(cases: list[dict]) -> dict[str, list[Finding]]:
    return {c["id"]: detect(c["text"], form=c.get("form"), items=c.get("items") or ()) for c in cases}


def score(cases: list[dict], found: dict[str, list[Finding]]) -> tuple[list[KindScore], float]:
    rows = []
    for kind in KINDS:
        tp = fp = fn = 0
        for c in cases:
            truth = kind in c["labels"]
            pred = any(f.kind == kind for f in found[c["id"]])
            tp += truth and pred
            fp += pred and not truth
            fn += truth and not pred
        rows.append(KindScore(kind, tp, fp, fn))
    negatives = [c for c in cases if not c["labels"]]
    alarms = sum(bool(found[c["id"]]) for c in negatives) / len(negatives) if negatives else 0.0
    return rows, alarms


def errors(cases: list[dict], found: dict[str, list[Finding]]) -> list[str]:
    out = []
    for c in cases:
        by_kind = {f.kind: f for f in found[c["id"]]}
        for kind in KINDS:
            truth, f = kind in c["labels"], by_kind.get(kind)
            if truth and f is None:
                out.append(f"  FN {kind:12s} {c['id']}")
            elif f is not None and not truth:
                evidence = " ".join(f.evidence.split())[:240]
                out.append(f"  FP {kind:12s} {c['id']}  ({f.confidence:.2f}) {evidence}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--min-f1", type=float, default=0.95)
    ap.add_argument("--max-false-alarm", type=float, default=0.05)
    a = ap.parse_args()
    try:
        cases = load(a.corpus)
    except (OSError, ValueError) as err:
        print(f"score_detect: cannot read {a.corpus}: {err}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    found = run(cases)
    elapsed = time.perf_counter() - t0
    rows, alarms = score(cases, found)
    if a.show_errors:
        print("\n".join(errors(cases, found)) or "  no errors")
    for r in rows:
        print(
            f"{r.kind:12s} tp={r.tp:3d} fp={r.fp:3d} fn={r.fn:3d}  P={r.precision:.2f} R={r.recall:.2f} F1={r.f1:.2f}"
        )
    negatives = sum(1 for c in cases if not c["labels"])
    print(f"negatives={negatives} with any alert={alarms:.2f}   cases={len(cases)} in {elapsed:.2f} s")
    ok = all(r.f1 >= a.min_f1 for r in rows) and alarms <= a.max_false_alarm
    print("PASS" if ok else f"FAIL (need F1 >= {a.min_f1} per kind, false alarms <= {a.max_false_alarm})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
