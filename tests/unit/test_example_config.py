"""config/monitor.example.toml documents every setting: each key of every section's model appears in
its section (written, or in a comment `# key = ...`), every key it writes exists, and the values
written in the sections that have one table are the defaults (apart from the few that an example
must fill in)."""

from __future__ import annotations

import re
import tomllib

import pytest
from pydantic import BaseModel

from monitor import settings as S
from tests.conftest import ROOT

EXAMPLE = ROOT / "config" / "monitor.example.toml"
HEADER = re.compile(r"^\[\[?(\w+)\]\]?\s*$")
# Values the example must set to something else than the default: who the SEC should contact, and
# the channels of its own example.
NOT_DEFAULTS = {("edgar", "user_agent"), ("defaults", "channels"), ("defaults", "ops_channels"),
                ("watchlist", "files")}


def sections() -> dict[str, str]:
    """Section name -> its text. The comment lines right above a header (no blank line between)
    belong to that header: that is where the keys common to all channels are documented."""
    out: dict[str, str] = {}
    current, pending = "", ""
    for line in EXAMPLE.read_text("utf-8").splitlines():
        header = HEADER.match(line)
        if header:
            current = header.group(1)
            out[current] = out.get(current, "") + pending
            pending = ""
        elif line.startswith("#"):
            pending += line + "\n"
        else:
            out[current] = out.get(current, "") + pending + line + "\n"
            pending = ""
    return out


def models(section: str) -> list[type[BaseModel]]:
    return S._models(S.Settings.model_fields[section].annotation)


SECTIONS = [name for name in S.Settings.model_fields if name != "source"]


@pytest.mark.parametrize("section", SECTIONS)
def test_every_setting_is_documented_in_its_section(section: str) -> None:
    text = sections().get(section)
    assert text is not None, f"config/monitor.example.toml has no [{section}] section"
    missing = sorted({key for model in models(section) for key in model.model_fields
                      if not re.search(rf"^#?\s*{key}\s*=|\b{key} = ", text, re.MULTILINE)})
    assert missing == [], f"[{section}]: not documented: {missing}"


def test_every_key_written_exists_and_single_tables_show_the_defaults() -> None:
    data = tomllib.loads(EXAMPLE.read_text("utf-8"))
    assert set(data) <= set(SECTIONS)
    for section, value in data.items():
        tables = value if isinstance(value, list) else [value]
        known = {key for model in models(section) for key in model.model_fields}
        for table in tables:
            assert set(table) <= known, f"[{section}]: unknown keys {set(table) - known}"
        if isinstance(value, list):
            continue
        (model,) = models(section)
        for key, written in value.items():
            default = model.model_fields[key].default
            default = getattr(default, "value", default)  # an Enum's value as TOML writes it
            if (section, key) not in NOT_DEFAULTS:
                assert written == default, f"{section}.{key}: the example writes {written!r}, the default is {default!r}"
