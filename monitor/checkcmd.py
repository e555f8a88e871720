"""`filing-monitor check`: run detection on one document (text, HTML or EDGAR .txt) or on a JSONL batch.

    check PATH|- [--json]    one document; human blocks, or {"kinds": [...], "findings": [...]}
    check --jsonl IN|-       each line {"id", "text", optional "form", "items"} ->
                             {"id", "kinds", "findings"}; a bad line -> {"id": null, "error": ...}
    --kinds a,b              detect only these kinds (default: every kind)

Exit codes: 0 ok (also with findings, and with bad batch lines), 2 unreadable input or an unknown kind.
"""

from __future__ import annotations

import difflib
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO, Any

from monitor.detect import detect, trigger_spans
from monitor.domain import KINDS, Finding
from monitor.text import extract_text, is_submission, parse_submission, press_documents


@dataclass(frozen=True)
class _Located:
    finding: Finding
    document: str | None  # "EX-99.1 (ex99-1.htm)" for a complete submission, else None


def run_check(
    path: str | None,
    *,
    as_json: bool = False,
    jsonl: str | None = None,
    kinds: str | None = None,
    out: IO[str] | None = None,
    inp: IO[str] | None = None,
) -> int:
    """Run the command; ``out``/``inp`` default to sys.stdout/sys.stdin, looked up at call time.
    ``kinds`` is the comma-separated --kinds value (None: every kind)."""
    out = sys.stdout if out is None else out
    inp = sys.stdin if inp is None else inp
    try:
        wanted = parse_kinds(kinds)
    except ValueError as err:
        print(f"check: --kinds: {err}", file=sys.stderr)
        return 2
    try:
        return _run(path, as_json=as_json, jsonl=jsonl, out=out, inp=inp, kinds=wanted)
    except BrokenPipeError:  # "check ... | head": the reader left; nothing more to say
        _silence(out)
        return 0


def parse_kinds(value: str | None) -> tuple[str, ...]:
    """ "going_concern,bankruptcy" -> the kinds in canonical order; None or "" -> every kind. An
    unknown name is a ValueError naming the closest known kind."""
    if not value or not value.strip():
        return KINDS
    chosen = [k.strip() for k in value.split(",") if k.strip()]
    for name in chosen:
        if name not in KINDS:
            close = difflib.get_close_matches(name.lower().replace("-", "_"), KINDS, n=1)
            hint = f'; did you mean "{close[0]}"?' if close else ""
            raise ValueError(f'unknown kind "{name}"{hint} (known: {", ".join(KINDS)})')
    return tuple(k for k in KINDS if k in chosen)


def _silence(out: IO[str]) -> None:
    """After EPIPE on stdout, point it at /dev/null so the interpreter's final flush stays quiet."""
    if out is sys.stdout:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _run(
    path: str | None, *, as_json: bool, jsonl: str | None, out: IO[str], inp: IO[str], kinds: tuple[str, ...]
) -> int:
    if jsonl is not None:
        return _run_batch(jsonl, out, inp, kinds)
    if path is None:
        print("check: give a PATH (or - for stdin), or --jsonl IN", file=sys.stderr)
        return 2
    try:
        data = _read_bytes(path, inp)
    except OSError as err:
        print(f"check: cannot read {path}: {err.strerror or err}", file=sys.stderr)
        return 2
    located = _detect_document(data, path, kinds)
    if as_json:
        _write_json(located, out)
    else:
        _write_human(located, out)
    return 0


# ------------------------------------------------------------------------------------------ one document


def _read_bytes(path: str, inp: IO[str]) -> bytes:
    if path == "-":
        buffer = getattr(inp, "buffer", None)
        return buffer.read() if buffer is not None else inp.read().encode("utf-8")
    with open(path, "rb") as fh:
        return fh.read()


def _detect_document(data: bytes, path: str, kinds: tuple[str, ...]) -> list[_Located]:
    """An EDGAR complete submission is read per document with the header's form and items; anything
    else is one text. Per kind, the strongest finding across the documents is kept."""
    if not is_submission(data[:512].decode("latin-1")):
        name = None if path == "-" else path
        return [_Located(f, None) for f in detect(extract_text(data, filename=name), kinds=kinds)]
    sub = parse_submission(data)
    best: dict[str, _Located] = {}
    for doc in press_documents(sub):
        label = f"{doc.type} ({doc.filename})" if doc.filename else doc.type
        for f in detect(doc.text, form=sub.form, items=sub.items, kinds=kinds):
            current = best.get(f.kind)
            if current is None or _rank(f) > _rank(current.finding):
                best[f.kind] = _Located(f, label)
    return [best[k] for k in KINDS if k in best]


def _rank(f: Finding) -> tuple[bool, float]:
    """A sentence beats the bare 8-K item line; then the more confident finding wins."""
    return (f.span != (0, 0), f.confidence)


def _write_json(located: Sequence[_Located], out: IO[str]) -> None:
    findings = []
    for loc in located:
        d = loc.finding.to_dict()
        if loc.document:
            d["document"] = loc.document
        findings.append(d)
    json.dump({"kinds": [loc.finding.kind for loc in located], "findings": findings}, out, ensure_ascii=False)
    out.write("\n")


def _write_human(located: Sequence[_Located], out: IO[str]) -> None:
    if not located:
        out.write("no findings\n")
        return
    tty = bool(getattr(out, "isatty", lambda: False)())
    for i, loc in enumerate(located):
        if i:
            out.write("\n")
        out.write(_block(loc, tty))


def _block(loc: _Located, tty: bool) -> str:
    f = loc.finding
    lines = [f"{f.kind.upper()}  severity={f.severity.value}  confidence={f.confidence:.2f}"]
    if loc.document:
        lines.append(f"  document: {loc.document}")
    lines.append(f"  evidence: {_highlight(f, tty)}")
    if f.amounts:
        lines.append("  amounts:  " + ", ".join(f"{a.text} ({a.value:,.0f} {a.currency})" for a in f.amounts))
    if f.periods:
        lines.append("  periods:  " + ", ".join(f.periods))
    if f.facts:
        lines.append("  facts:    " + "; ".join(f"{k}: {v}" for k, v in f.facts))
    if f.signals:
        lines.append("  signals:  " + ", ".join(f.signals))
    return "\n".join(lines) + "\n"


_BOLD, _RESET = "\x1b[1m", "\x1b[0m"


def _highlight(f: Finding, tty: bool) -> str:
    """The evidence on one line; trigger words in ANSI bold on a terminal, in [brackets] otherwise."""
    evidence = f.evidence
    spans = trigger_spans(f.kind, evidence)
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts.append(evidence[last:start])
        word = evidence[start:end]
        parts.append(f"{_BOLD}{word}{_RESET}" if tty else f"[{word}]")
        last = end
    parts.append(evidence[last:])
    return " ".join("".join(parts).split())


# ----------------------------------------------------------------------------------------------- batch


def _run_batch(source: str, out: IO[str], inp: IO[str], kinds: tuple[str, ...]) -> int:
    if source == "-":
        _batch(inp, out, kinds)
        return 0
    try:
        with open(source, encoding="utf-8", errors="replace") as stream:
            _batch(stream, out, kinds)
    except OSError as err:
        print(f"check: cannot read {source}: {err.strerror or err}", file=sys.stderr)
        return 2
    return 0


def _batch(stream: IO[str], out: IO[str], kinds: tuple[str, ...] = KINDS) -> None:
    """One output line per non-blank input line, in order, flushed as it goes (callers stream)."""
    for line in stream:
        if not line.strip():
            continue
        out.write(json.dumps(_batch_line(line, kinds), ensure_ascii=False) + "\n")
        out.flush()


def _batch_line(line: str, kinds: tuple[str, ...] = KINDS) -> dict[str, Any]:
    try:
        case = json.loads(line)
        if not isinstance(case, dict):
            raise TypeError("a line must be a JSON object")
        text = case.get("text")
        if not isinstance(text, str):
            raise TypeError('"text" must be a string')
        items = case.get("items") or ()
        if isinstance(items, str):
            items = [items]
        findings = detect(text, form=case.get("form"), items=[str(i) for i in items], kinds=kinds)
    except (ValueError, TypeError) as err:  # json.JSONDecodeError is a ValueError
        return {"id": None, "error": str(err)}
    return {
        "id": case.get("id"),
        "kinds": [f.kind for f in findings],
        "findings": [f.to_dict() for f in findings],
    }
