"""Validation that check-config (and start-up) does beyond types: URLs, e-mail addresses, HOST:PORT,
"did you mean" for unknown keys, kinds, types and channel names, and watchlist files with a byte-order
mark, CRLF line ends, bad bytes or broken CSV, each problem located as `file.csv:LINE: message`."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor import settings as S
from tests.unit.test_settings import run_cli, write

UA = 'user_agent = "Test ops@test.example"'


def problems(data: dict, env: dict[str, str] | None = None) -> list[str]:
    with pytest.raises(S.ConfigError) as e:
        S.from_dict(data, "f.toml", env or {})
    return e.value.problems


# ---- URLs, addresses, HOST:PORT -----------------------------------------------------------------

BAD_VALUES = f"""
[edgar]
{UA}
base_url = "www.sec.gov"
[daemon]
http = "localhost:99999"
[[wire]]
name = "pr"
url = "ftp://feeds.example.com/rss"
[[channel]]
name = "slack"
type = "slack"
webhook_url_env = "FM_TEST_SLACK_URL"
[[channel]]
name = "hook"
type = "webhook"
url = "hooks.example.com/filing-monitor"
[[channel]]
name = "mail"
type = "email"
host = "smtp.example.com"
sender = "filing-monitor"
to = ["credit-team@example.com", "risk@"]
[[channel]]
name = "night"
type = "console"
quiet_hours = "22:00 to 07:00"
digest = "weekly"
"""


def test_check_config_reports_bad_urls_addresses_and_schedules(tmp_path: Path) -> None:
    r = run_cli("check-config", "--config", str(write(tmp_path, BAD_VALUES)),
                env={"FM_TEST_SLACK_URL": "hooks.slack.com/services/T000/B000/XXXX"})
    assert r.returncode == 2 and "Traceback" not in r.stderr
    got = [line.split(": ", 1)[1] for line in r.stderr.strip().splitlines()]
    expected = [
        "edgar.base_url: not an http(s) URL with a host: 'www.sec.gov' (e.g. https://hooks.example.com/x)",
        "wire[0].url: not an http(s) URL with a host: 'ftp://feeds.example.com/rss'",
        "channel[1].url: not an http(s) URL with a host: 'hooks.example.com/filing-monitor'",
        "channel[2].sender: not an e-mail address: 'filing-monitor' (e.g. alerts@example.com)",
        "channel[2].to: not an e-mail address: 'risk@'",
        "channel[3].digest: not a digest schedule: 'weekly'",
        "channel[3].quiet_hours: not quiet hours: '22:00 to 07:00'",
        "daemon.http: not HOST:PORT with a port in 1-65535: 'localhost:99999' (e.g. 127.0.0.1:9464)",
        "channel[0].webhook_url_env: environment variable FM_TEST_SLACK_URL does not hold an http(s) URL with a host",
    ]
    for e in expected:
        assert any(line.startswith(e) for line in got), (e, got)
    assert "hooks.slack.com" not in r.stderr  # a webhook URL is a secret, even a broken one
    assert len(got) == len(expected)


@pytest.mark.parametrize("value", ["127.0.0.1:9464", "0.0.0.0:1", "[::1]:65535", ":9464"])
def test_good_addresses(value: str) -> None:
    assert S.check_address(value) == value


@pytest.mark.parametrize("value", ["localhost:99999", "localhost:0", "9464", "host:port", "a b:80"])
def test_bad_addresses(value: str) -> None:
    with pytest.raises(ValueError, match="HOST:PORT"):
        S.check_address(value)


@pytest.mark.parametrize("value", ["ops@example.com", "first.last+fm@mail.example.co.uk", "root@localhost"])
def test_good_email_addresses(value: str) -> None:
    assert S.check_email(value) == value


@pytest.mark.parametrize("value", ["ops", "ops@", "@example.com", "ops@example", "a b@example.com",
                                   "Ops <ops@example.com>", "ops@example.com\nBcc: x@y.z"])
def test_bad_email_addresses(value: str) -> None:
    with pytest.raises(ValueError, match="not an e-mail address"):
        S.check_email(value)


# ---- did you mean ---------------------------------------------------------------------------------


def test_unknown_keys_kinds_types_and_channel_names_get_a_did_you_mean() -> None:
    got = problems({
        "chanel": [],
        "edgar": {"user_agnet": "x"},
        "channel": [
            {"name": "audit", "type": "jsonl", "path": "a.jsonl", "kinds": ["impairmnet"], "min_severity": "hihg"},
            {"name": "slack", "type": "slak"},
            {"name": "hook", "type": "webhook", "url": "https://h.example/x", "secret_evn": "X"},
        ],
        "defaults": {"channels": ["audti"], "kinds": ["restatment"]},
        "watch": [{"ticker": "ALGIE", "cik": 1, "channels": ["hok"]}],
    })
    expected = [
        "f.toml: chanel: Extra inputs are not permitted (did you mean 'channel'?)",
        "f.toml: edgar.user_agnet: Extra inputs are not permitted (did you mean 'user_agent'?)",
        'f.toml: channel[0].kinds[0]: unknown kind "impairmnet"; did you mean "impairment"?',
        "f.toml: channel[0].min_severity: Input should be 'low', 'medium', 'high' or 'critical' (did you mean 'high'?)",
        "(did you mean 'slack'?)",
        "f.toml: channel[2].secret_evn: Extra inputs are not permitted (did you mean 'secret_env'?)",
        'f.toml: defaults.kinds[0]: unknown kind "restatment"; did you mean "restatement"?',
        "f.toml: defaults.channels: unknown channel 'audti' (did you mean 'audit'?)",
        "f.toml: watch[0].channels: unknown channel 'hok' (did you mean 'hook'?)",
    ]
    text = "\n".join(got)
    for e in expected:
        assert e in text, (e, got)


def test_the_kind_hint_reads_the_kinds_the_detector_knows() -> None:
    (line,) = problems({"defaults": {"kinds": ["going_concren"]}})
    assert line.startswith('f.toml: defaults.kinds[0]: unknown kind "going_concren"; did you mean "going_concern"?')
    assert line.endswith(f"(known: {', '.join(S.KINDS)})")


def test_no_hint_when_nothing_is_close() -> None:
    (line,) = problems({"edgar": {"zzzzzz": 1}})
    assert line == "f.toml: edgar.zzzzzz: Extra inputs are not permitted"


# ---- watchlist files ------------------------------------------------------------------------------


def settings_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *files: str) -> S.Settings:
    monkeypatch.chdir(tmp_path)
    return S.from_dict({"edgar": {"user_agent": "T t@t.example"}, "watchlist": {"files": list(files)},
                        "watch": [{"ticker": "ALGIE", "cik": 8855}]}, "f.toml", {})


def watchlist_problems(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *files: str) -> list[str]:
    with pytest.raises(S.ConfigError) as e:
        settings_with(tmp_path, monkeypatch, *files)
    return e.value.problems


def test_a_byte_order_mark_and_crlf_line_ends_are_fine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "list.csv").write_bytes(b"\xef\xbb\xbfTicker,CIK,Name\r\nABVC,1173313,ABVC BioPharma\r\n"
                                        b'WOLF,,"Wolfspeed, Inc."\r\n\r\n')
    (tmp_path / "more.toml").write_bytes(b'\xef\xbb\xbf[[watch]]\r\nticker = "STI"\r\ncik = 1881551\r\n')
    s = settings_with(tmp_path, monkeypatch, "list.csv", "more.toml")
    assert [(w.ticker, w.cik, w.name) for w in s.watch] == [
        ("ALGIE", 8855, None), ("ABVC", 1173313, "ABVC BioPharma"), ("WOLF", None, "Wolfspeed, Inc."),
        ("STI", 1881551, None),
    ]


def test_the_settings_file_itself_may_have_a_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "monitor.toml"
    path.write_bytes(b'\xef\xbb\xbf[edgar]\r\nenabled = false\r\n')
    assert S.load(path, env={}).edgar.enabled is False


def test_bad_bytes_are_located_by_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "list.csv").write_bytes(b"ticker,name\nABVC,ABVC\nWOLF,Caf\xe9 Corp\n")
    (tmp_path / "more.toml").write_bytes(b'[[watch]]\nticker = "STI"\n\n[[watch]]\nticker = "\xff"\n')
    assert watchlist_problems(tmp_path, monkeypatch, "list.csv", "more.toml") == [
        "list.csv:3: not UTF-8 text (byte 0xe9 at column 9); save the file as UTF-8",
        "more.toml:5: not UTF-8 text (byte 0xff at column 11); save the file as UTF-8",
    ]


def test_bad_bytes_exit_2_without_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "list.csv").write_bytes(b"ticker\nABVC\n\xc3\x28\n")
    path = write(tmp_path, f'[edgar]\n{UA}\n[watchlist]\nfiles = ["{tmp_path / "list.csv"}"]\n')
    r = run_cli("check-config", "--config", str(path))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.strip() == f"{tmp_path / 'list.csv'}:3: not UTF-8 text (byte 0xc3 at column 1); save the file as UTF-8"
    path.write_bytes(b"[edgar]\nenabled = false # caf\xe9\n")
    r = run_cli("check-config", "--config", str(path))
    assert r.returncode == 2 and r.stderr.strip() == f"{path}:2: not UTF-8 text (byte 0xe9 at column 22); save " \
                                                     "the file as UTF-8"


def test_csv_problems_name_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "list.csv").write_text("ticker,cik,nmae\nABVC,1173313,ABVC\nA B,,\nWOLF,12x,\n,,\nALGIE,,\n")
    assert watchlist_problems(tmp_path, monkeypatch, "list.csv") == [
        "list.csv:1: unknown column 'nmae' (did you mean 'name'?) (columns: ticker, cik, name, aliases)",
        "list.csv:3: ticker: not a ticker symbol: 'A B'",
        "list.csv:4: cik: not a number: '12x'",
        "list.csv:6: ticker: ALGIE is already watched (f.toml: watch[0])",
    ]


def test_an_unclosed_quote_is_refused_with_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the check, the rows after the quote vanish into one name field."""
    (tmp_path / "a.csv").write_text('ticker,name\nABVC,"ABVC BioPharma\nWOLF,Wolfspeed\nSTI,Solidion\n')
    (tmp_path / "b.csv").write_text('ticker,name\nABVC,"ABVC BioPharma\nWOLF,"Wolfspeed"\nSTI,Solidion\n')
    got = watchlist_problems(tmp_path, monkeypatch, "a.csv", "b.csv")
    assert len(got) == 2
    assert got[0].startswith("a.csv:2: CSV error: unexpected end of data; is a closing quote missing?")
    assert got[1].startswith("b.csv:2: ") and "closing quote missing" in got[1]


def test_csv_header_without_ticker_and_empty_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.csv").write_text("tickr,name\nABVC,ABVC\n")
    (tmp_path / "b.csv").write_text("")
    assert watchlist_problems(tmp_path, monkeypatch, "a.csv", "b.csv") == [
        "a.csv:1: the CSV needs a header row with a `ticker` column (did you mean 'ticker'?)",
        "b.csv: the CSV is empty; it needs a header row with a `ticker` column",
    ]


def test_toml_watchlist_problems_name_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "more.toml").write_text('[[watch]]\nticker = "STI"\nchanels = ["x"]\n[[watch]]\nticker = "ALGIE"\n'
                                        "[[wacth]]\n")
    assert watchlist_problems(tmp_path, monkeypatch, "more.toml") == [
        "more.toml: wacth: only [[watch]] tables belong here (did you mean 'watch'?)",
        "more.toml: watch[0].chanels: Extra inputs are not permitted (did you mean 'channels'?)",
        "more.toml: watch[1].ticker: ALGIE is already watched (f.toml: watch[0])",
    ]
