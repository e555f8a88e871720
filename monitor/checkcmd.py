"""`filing-monitor check`: run detection on one document (text, HTML or EDGAR .txt) or on a JSONL batch.

    check PATH|- [--json]    one document; human blocks, or {"kinds": [...], "findings": [...]}
    check --jsonl IN|-       each line {"id", "text", optional "form", "items"} ->
                             {"id", "kinds", "findings"}
    check PATH|- --cik CIK   one document, each amount also measured against the company's XBRL
                             facts (fetched once through monitor.sources.facts, as the daemon does)
    --kinds a,b              detect only these kinds (default: every kind)

A document that is empty (or only white space), looks binary (a PDF, an image, an archive) or holds
no text once its markup is removed is refused with a message: there is nothing to detect in it.

In a batch, a malformed line (not UTF-8, not a JSON object, no "text" string) is reported on stderr
as `IN:LINE: what is wrong` and answered on stdout by {"id": <its id or null>, "line": LINE,
"error": ...}, so the output keeps one line per input line; every other line is still processed.

Exit codes: 0 ok (also with findings); 1 the company facts of --cik could not be fetched (the
findings are printed without materiality); 2 bad input: an unknown kind, the document cannot be read, is empty,
binary or holds no text, or the batch cannot be read or had malformed lines (the good ones were
answered).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime
from typing import IO, Any

from monitor.alerts.compose import materiality_phrase
from monitor.detect import detect, trigger_spans
from monitor.display import json_line
from monitor.domain import KINDS, Finding, Materiality, Severity
from monitor.materiality import Base, adjust_severity, assess
from monitor.settings import Settings, known_kind
from monitor.text import extract_text, is_submission, looks_binary, parse_submission, press_documents


@dataclass(frozen=True)
class _Located:
    finding: Finding
    document: str | None  # "EX-99.1 (ex99-1.htm)" for a complete submission, else None
    materiality: tuple[Materiality, ...] = ()
    severity: Severity | None = None  # the severity with materiality, when it has any


def run_check(
    path: str | None,
    *,
    as_json: bool = False,
    jsonl: str | None = None,
    kinds: str | None = None,
    out: IO[str] | None = None,
    inp: IO[str] | None = None,
    cik: int | None = None,
    settings: Settings | None = None,
    today: date | None = None,
) -> int:
    """Run the command; ``out``/``inp`` default to sys.stdout/sys.stdin, looked up at call time. With
    `cik`, each amount is also measured against that company's XBRL facts (fetched with `settings`)
    as of `today`. ``kinds`` is the comma-separated --kinds value (None: every kind)."""
    out = sys.stdout if out is None else out
    inp = sys.stdin if inp is None else inp
    try:
        wanted = parse_kinds(kinds)
    except ValueError as err:
        print(f"check: --kinds: {err}", file=sys.stderr)
        return 2
    # "check ... | head": the BrokenPipeError ends the command quietly in monitor.cli.main, as for all.
    return _run(path, as_json=as_json, jsonl=jsonl, out=out, inp=inp, cik=cik, settings=settings, today=today,
                kinds=wanted)


def parse_kinds(value: str | None) -> tuple[str, ...]:
    """ "going_concern,bankruptcy" -> the kinds in canonical order; None or "" -> every kind. An
    unknown name is a ValueError naming the closest known kind (settings.known_kind, as in the config)."""
    if not value or not value.strip():
        return KINDS
    chosen = [known_kind(k.strip()) for k in value.split(",") if k.strip()]
    return tuple(k for k in KINDS if k in chosen)


def _run(
    path: str | None,
    *,
    as_json: bool,
    jsonl: str | None,
    out: IO[str],
    inp: IO[str],
    cik: int | None = None,
    settings: Settings | None = None,
    today: date | None = None,
    kinds: tuple[str, ...] = KINDS,
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
    try:
        located = _detect_document(data, path, kinds)
    except _NothingToCheck as err:
        print(f"check: {'stdin' if path == '-' else path}: {err}", file=sys.stderr)
        return 2
    code = 0
    if cik is not None:
        located, code = _measure(located, cik, settings or Settings(), today or datetime.now(UTC).date())
    if as_json:
        _write_json(located, out)
    else:
        _write_human(located, out)
    return code


def _measure(located: list[_Located], cik: int, settings: Settings, today: date) -> tuple[list[_Located], int]:
    """Each finding with its materiality against `cik`'s facts, and the exit code (1: none fetched)."""
    bases, code = _fetch_bases(settings, cik)
    m = settings.materiality
    out = []
    for loc in located:
        f = loc.finding
        measures = assess(f.kind, f.evidence, f.amounts, bases, as_of=today, max_age_days=m.max_age_days)
        severity = adjust_severity(f.severity, measures, m.thresholds()) if measures else None
        out.append(replace(loc, materiality=measures, severity=severity))
    return out, code


def _fetch_bases(settings: Settings, cik: int) -> tuple[list[Base], int]:
    """The company's bases (one request), and the exit code: 1 when they could not be fetched."""
    from monitor.http import HttpError, UserAgentError, require_user_agent
    from monitor.sources.facts import FactsClient, FactsError
    from monitor.wiring import build_http

    try:
        require_user_agent(settings.edgar.user_agent)
        result = FactsClient(build_http(settings), settings.edgar.data_url).fetch(cik)
    except UserAgentError as e:
        print(f"check: {e}", file=sys.stderr)
        return [], 2
    except (FactsError, HttpError) as e:
        print(f"check: CIK {cik}: no materiality: {e}", file=sys.stderr)
        return [], 1
    if not result.found:
        print(f"check: CIK {cik}: EDGAR has no XBRL company facts; no materiality", file=sys.stderr)
    elif not result.bases:
        print(f"check: CIK {cik}: its XBRL facts report none of the bases; no materiality", file=sys.stderr)
    return result.bases, 0


# ------------------------------------------------------------------------------------------ one document


def _read_bytes(path: str, inp: IO[str]) -> bytes:
    if path == "-":
        buffer = getattr(inp, "buffer", None)
        return buffer.read() if buffer is not None else inp.read().encode("utf-8")
    with open(path, "rb") as fh:
        return fh.read()


class _NothingToCheck(Exception):
    """The document holds no text to detect in (the message says why)."""


def _detect_document(data: bytes, path: str, kinds: tuple[str, ...]) -> list[_Located]:
    """An EDGAR complete submission is read per document with the header's form and items; anything
    else is one text. Per kind, the strongest finding across the documents is kept."""
    if not data.strip():
        raise _NothingToCheck("empty: nothing to check")
    if looks_binary(data):
        raise _NothingToCheck("looks binary (not text, HTML or an EDGAR .txt): nothing to check")
    if not is_submission(data[:512].decode("latin-1")):
        name = None if path == "-" else path
        text = extract_text(data, filename=name)
        if not text.strip():
            raise _NothingToCheck("no text once the markup is removed: nothing to check")
        return [_Located(f, None) for f in detect(text, kinds=kinds)]
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
        if loc.materiality:
            d["materiality"] = [asdict(m) for m in loc.materiality]
            d["severity_with_materiality"] = loc.severity.value if loc.severity else d["severity"]
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
    if loc.materiality:
        lines.append("  materiality: " + "; ".join(materiality_phrase(m) for m in loc.materiality))
        if loc.severity is not None:
            lines.append(f"  severity with materiality: {loc.severity.value}")
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
        return _batch(_lines(inp), "stdin", out, kinds)
    try:
        with open(source, "rb") as stream:
            return _batch(stream, source, out, kinds)
    except BrokenPipeError:  # stdout's reader left (`| head`), not the input: monitor.cli ends quietly
        raise
    except OSError as err:
        print(f"check: cannot read {source}: {err.strerror or err}", file=sys.stderr)
        return 2


def _lines(inp: IO[str]) -> Iterator[bytes]:
    """Stdin as bytes lines, so that a line that is not UTF-8 is reported, not decoded away."""
    buffer = getattr(inp, "buffer", None)
    if buffer is not None:
        yield from buffer
    else:
        for line in inp:
            yield line.encode("utf-8", "surrogateescape")


def _batch(lines: Iterable[bytes], name: str, out: IO[str], kinds: tuple[str, ...] = KINDS) -> int:
    """One output line per non-blank input line, in order, flushed as it goes (callers stream).
    Returns 2 when some lines were malformed (each named on stderr), else 0."""
    bad = total = 0
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        total += 1
        result = _batch_line(raw[3:] if n == 1 and raw.startswith(b"\xef\xbb\xbf") else raw, kinds)
        if "error" in result:
            bad += 1
            result = {"id": result["id"], "line": n, "error": result["error"]}
            print(f"check: {name}:{n}: {result['error']}", file=sys.stderr)
        out.write(json_line(result) + "\n")
        out.flush()
    if bad:
        print(f"check: {bad} of {total} lines of {name} were malformed; the others were checked",
              file=sys.stderr)
    return 2 if bad else 0


def _batch_line(raw: bytes, kinds: tuple[str, ...] = KINDS) -> dict[str, Any]:
    case_id = None
    try:
        case = json.loads(raw.decode("utf-8"))
        if not isinstance(case, dict):
            raise TypeError("a line must be a JSON object")
        case_id = case.get("id")
        text = case.get("text")
        if not isinstance(text, str):
            raise TypeError('"text" must be a string')
        items = case.get("items") or ()
        if isinstance(items, str):
            items = [items]
        findings = detect(text, form=case.get("form"), items=[str(i) for i in items], kinds=kinds)
    except UnicodeDecodeError as err:
        return {"id": None, "error": f"not UTF-8 ({err.reason} at byte {err.start})"}
    except json.JSONDecodeError as err:
        return {"id": None, "error": f"not JSON: {err.msg} at column {err.colno}"}
    except (ValueError, TypeError) as err:  # json.JSONDecodeError is a ValueError
        return {"id": case_id, "error": str(err)}
    return {
        "id": case_id,
        "kinds": [f.kind for f in findings],
        "findings": [f.to_dict() for f in findings],
    }
