"""`check` command contract: single document (human / --json), batch --jsonl, errors and exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from monitor.checkcmd import run_check

FIXTURES = Path(__file__).parents[1] / "fixtures"
SEED = FIXTURES / "seed" / "ALGIE-2005-07-27-ex99-1.txt"
NVDA_HTM = FIXTURES / "edgar" / "8k-primary-doc-nvda-20260302.htm"


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_human_output_for_the_seed() -> None:
    out = io.StringIO()
    assert run_check(str(SEED), out=out) == 0
    text = out.getvalue()
    assert text.count("severity=") == 3
    assert "IMPAIRMENT  severity=medium" in text and "RESTATEMENT  severity=high" in text
    assert "$6.4 million (6,400,000 USD)" in text
    assert "periods:  first quarter of 2005" in text
    assert "[in default]" in text  # trigger marked without ANSI when not a terminal
    assert "\x1b[" not in text


def test_human_output_bold_on_a_terminal() -> None:
    out = _Tty()
    run_check(str(SEED), out=out)
    assert "\x1b[1min default\x1b[0m" in out.getvalue()


def test_no_findings_and_html_input() -> None:
    out = io.StringIO()
    assert run_check(str(NVDA_HTM), out=out) == 0
    assert out.getvalue() == "no findings\n"


def test_json_output_from_stdin() -> None:
    out = io.StringIO()
    inp = io.TextIOWrapper(io.BytesIO(SEED.read_bytes()), encoding="utf-8")
    assert run_check("-", as_json=True, out=out, inp=inp) == 0
    result = json.loads(out.getvalue())
    assert result["kinds"] == ["default", "impairment", "restatement"]
    assert {f["kind"] for f in result["findings"]} == set(result["kinds"])
    impairment = next(f for f in result["findings"] if f["kind"] == "impairment")
    assert impairment["amounts"][0] == {"value": 6400000.0, "currency": "USD", "text": "$6.4 million"}
    assert isinstance(impairment["span"], list) and impairment["severity"] == "medium"


def test_missing_file_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_check("/nonexistent/release.txt") == 2
    assert "cannot read /nonexistent/release.txt" in capsys.readouterr().err


def test_batch_lines_in_order_with_errors() -> None:
    lines = [
        json.dumps({"id": "a", "text": SEED.read_text(encoding="utf-8")}),
        "not json",
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "b"}),
        json.dumps({"id": 7, "text": "Nothing happened.", "form": "10-Q/A", "items": ["4.02"]}),
        json.dumps({"id": "c", "text": "Dividends were paid."}),
    ]
    out = io.StringIO()
    # Some lines were malformed: exit 2, but every good line is answered.
    assert run_check(None, jsonl="-", out=out, inp=io.StringIO("\n".join(lines) + "\n")) == 2
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r.get("id") for r in results] == ["a", None, None, "b", 7, "c"]
    assert results[0]["kinds"] == ["default", "impairment", "restatement"]
    assert all("error" in r for r in results[1:4])
    assert [r["line"] for r in results[1:4]] == [2, 4, 5]  # counted in the input, blank lines included
    assert results[4]["kinds"] == ["restatement"]
    assert results[4]["findings"][0]["signals"] == ["item:4.02", "form:10-Q/A"]
    assert results[5] == {"id": "c", "kinds": [], "findings": []}


def test_batch_from_file_and_missing_batch_file(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "We were not in default."}) + "\n", encoding="utf-8")
    out = io.StringIO()
    assert run_check(None, jsonl=str(path), out=out) == 0
    assert json.loads(out.getvalue()) == {"id": "x", "kinds": [], "findings": []}
    assert run_check(None, jsonl=str(tmp_path / "missing.jsonl"), out=io.StringIO()) == 2


def test_no_path_is_bad_input() -> None:
    assert run_check(None) == 2


BINARY = "looks binary (not text, HTML or an EDGAR .txt): nothing to check"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty: nothing to check"),
        (b"  \n\r\n\t\n", "empty: nothing to check"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", BINARY),
        (bytes(range(256)) * 8, BINARY),
        (b"<html><body><script>var x = 1;</script></body></html>",
         "no text once the markup is removed: nothing to check"),
    ],
)
def test_empty_or_binary_document_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "release.bin"
    path.write_bytes(content)
    out = io.StringIO()
    assert run_check(str(path), out=out) == 2
    assert out.getvalue() == ""
    assert capsys.readouterr().err == f"check: {path}: {message}\n"


def test_empty_stdin_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    inp = io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8")
    assert run_check("-", as_json=True, out=io.StringIO(), inp=inp) == 2
    assert capsys.readouterr().err == "check: stdin: empty: nothing to check\n"


def test_batch_names_the_line_of_bad_bytes_and_checks_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.jsonl"
    good = json.dumps({"id": "a", "text": SEED.read_text(encoding="utf-8")}).encode()
    path.write_bytes(b"\xef\xbb\xbf" + good + b"\r\n"  # a BOM and CRLF line ends are fine
                     + b'{"id": "latin", "text": "caf\xe9 in default"}\r\n'
                     + b"\r\n"
                     + b'{"id": "c", "text": "We were not in default."}\r\n'
                     + b'{"id": "d", "text": 12}\n')
    out = io.StringIO()
    assert run_check(None, jsonl=str(path), out=out) == 2
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in results] == ["a", None, "c", "d"]
    assert results[0]["kinds"] == ["default", "impairment", "restatement"]
    assert results[1] == {"id": None, "line": 2, "error": "not UTF-8 (invalid continuation byte at byte 28)"}
    assert results[2] == {"id": "c", "kinds": [], "findings": []}
    assert results[3] == {"id": "d", "line": 5, "error": '"text" must be a string'}
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"check: {path}:2: not UTF-8 (invalid continuation byte at byte 28)",
        f'check: {path}:5: "text" must be a string',
        f"check: 2 of 4 lines of {path} were malformed; the others were checked",
    ]


def test_cli_exit_codes_as_a_process(tmp_path: Path) -> None:
    """The shell sees the codes: 2 for an empty file, 2 for a batch with a bad line (good ones answered)."""
    from tests.conftest import cli

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    batch = tmp_path / "in.jsonl"
    batch.write_text('{"id": 1, "text": "Dividends were paid."}\nnot json\n', encoding="utf-8")
    done = cli("check", str(empty), timeout=50)
    assert done.returncode == 2 and "empty: nothing to check" in done.stderr and done.stdout == ""
    done = cli("check", "--jsonl", "-", stdin=batch.read_text(), timeout=50)
    assert done.returncode == 2
    assert done.stdout.splitlines()[0] == '{"id": 1, "kinds": [], "findings": []}'
    assert "check: stdin:2: not JSON: Expecting value at column 1" in done.stderr
# 8-K Item 1.03, TXCO Resources (May 2009), and a going-concern note (10-Q, 2019)
PETITION = ("On May 17, 2009, TXCO Resources, Inc. (the \"Company\") and its subsidiaries filed voluntary petitions "
            "for relief under chapter 11 of the United States Bankruptcy Code.")
DOUBT = ("The aforementioned factors raise substantial doubt about the Company's ability to continue as a going "
         "concern within one year after the issuance of these financial statements.")


def test_every_kind_by_default_and_kinds_narrow_the_batch() -> None:
    lines = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in (("p", PETITION), ("d", DOUBT)))
    out = io.StringIO()
    assert run_check(None, jsonl="-", out=out, inp=io.StringIO(lines)) == 0
    assert [json.loads(x)["kinds"] for x in out.getvalue().splitlines()] == [["bankruptcy"], ["going_concern"]]
    out = io.StringIO()
    assert run_check(None, jsonl="-", kinds="going_concern, default", out=out, inp=io.StringIO(lines)) == 0
    assert [json.loads(x)["kinds"] for x in out.getvalue().splitlines()] == [[], ["going_concern"]]


def test_kinds_for_one_document_and_facts_in_the_human_output() -> None:
    out = io.StringIO()
    assert run_check("-", kinds="bankruptcy", out=out, inp=io.StringIO(PETITION)) == 0
    text = out.getvalue()
    assert text.startswith("BANKRUPTCY  severity=critical")
    assert "facts:    chapter: Chapter 11; petition date: May 17, 2009" in text


def test_unknown_kind_is_bad_input_with_a_suggestion(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_check(None, jsonl="-", kinds="bankrupcy", out=io.StringIO(), inp=io.StringIO("")) == 2
    assert 'unknown kind "bankrupcy"; did you mean "bankruptcy"?' in capsys.readouterr().err
