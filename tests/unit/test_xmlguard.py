"""The XML guard: encodings found as XML finds them, entity declarations refused, the rest passed on."""

from __future__ import annotations

import codecs

import feedparser
import pytest

from monitor import xmlguard
from monitor.sources import edgar
from tests.conftest import FIXTURES

RSS = '<?xml version="1.0" encoding="{label}"?>\n<rss version="2.0"><channel><title>Caf\u00e9 \u2013 News</title></channel></rss>'


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (codecs.BOM_UTF8 + b"<?xml version='1.0'?><a/>", "utf-8"),
        (codecs.BOM_UTF16_LE + "<a/>".encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + "<a/>".encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + "<a/>".encode("utf-32-le"), "utf-32-le"),
        (codecs.BOM_UTF32_BE + "<a/>".encode("utf-32-be"), "utf-32-be"),
        ('<?xml version="1.0"?><a/>'.encode("utf-16-le"), "utf-16-le"),  # no mark: 3C 00 3F 00
        ("<rss/>".encode("utf-16-be"), "utf-16-be"),  # no mark, no declaration: 00 3C 00 72
        ("<rss/>".encode("utf-32-le"), "utf-32-le"),
        ("<rss/>".encode("utf-32-be"), "utf-32-be"),
        (b'<?xml version="1.0" encoding="ISO-8859-1" ?><feed/>', "iso-8859-1"),
        (b"<?xml version='1.0' encoding='windows-1252'?><rss/>", "windows-1252"),
        (b'<?xml version="1.0" encoding="UTF-16"?><rss/>', "utf-8"),  # ASCII bytes cannot be UTF-16
        (b'<?xml version="1.0" encoding="x-no-such-codec"?><rss/>', "utf-8"),
        (b"<rss/>", "utf-8"),
        (b"", "utf-8"),
    ],
)
def test_sniff_encoding_follows_xml_appendix_f(data: bytes, expected: str) -> None:
    assert xmlguard.sniff_encoding(data) == expected


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_wide_documents_are_handed_on_as_utf8_with_every_character(codec: str) -> None:
    label = codec.split("-")[0].upper() + "-" + codec.split("-")[1]
    checked = xmlguard.check(RSS.format(label=label).encode(codec))
    assert checked.transcoded and checked.data.startswith(b'<?xml version="1.0" encoding="utf-8"?>')
    parsed = feedparser.parse(checked.data)
    assert not parsed.bozo and parsed.feed.title == "Caf\u00e9 \u2013 News"


def test_ascii_compatible_documents_pass_byte_for_byte() -> None:
    data = RSS.format(label="ISO-8859-1").encode("latin-1", errors="replace")
    assert xmlguard.check(data) == xmlguard.CheckedXml(data, "iso-8859-1")


@pytest.mark.parametrize(
    ("doc", "reason"),
    [
        ('<!DOCTYPE rss [<!ENTITY a "aaaa">]><rss>&a;</rss>', "declares an entity 'a'"),
        ('<!DOCTYPE rss [<!ENTITY % p "x">]><rss/>', "declares an entity 'p'"),  # a parameter entity
        ('<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss>&x;</rss>',
         "external entity 'x' ('file:///etc/passwd')"),
        ('<!DOCTYPE rss [<!ENTITY % d SYSTEM "http://127.0.0.1:9/evil.dtd"> %d;]><rss/>', "external entity 'd'"),
        ('<!DOCTYPE rss [<!ENTITY logo SYSTEM "logo.gif" NDATA gif>]><rss/>', "external entity 'logo'"),
        ('<!DOCTYPE rss [ broken <!ENTITY a "b"> ]><rss/>', "in a DTD that cannot be parsed"),
        ('<!doctype rss [<!entity a "b">]><rss>&a;</rss>', "in a DTD that cannot be parsed"),
    ],
)
def test_entity_declarations_are_refused(doc: str, reason: str) -> None:
    for codec in ("utf-8", "utf-16-le", "utf-32"):
        with pytest.raises(xmlguard.XmlRefused, match="^refused: ") as raised:
            xmlguard.check(doc.encode(codec))
        assert reason in str(raised.value)


def test_a_hostile_name_is_shown_short() -> None:
    with pytest.raises(xmlguard.XmlRefused) as raised:
        xmlguard.check(f'<!DOCTYPE r [<!ENTITY x SYSTEM "http://e.example/{"a" * 5000}">]><r/>'.encode())
    assert len(str(raised.value)) < 250


@pytest.mark.parametrize(
    "doc",
    [
        # RSS 0.91 names Netscape's DTD: it declares nothing here and nothing loads it.
        ('<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
         '"http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel>&nbsp;</channel></rss>'),
        '<!DOCTYPE rss [<!ELEMENT rss ANY>]><rss/>',  # a DTD without entities
        "<!DOCTYPE html><html><body>not a feed</body></html>",
        '{"error": "rate limited"}',
        "",
        '<rss version="2.0"><channel><item><title>&lt;!ENTITY in text</title></item><item>',  # broken later
    ],
)
def test_documents_without_entity_declarations_pass(doc: str) -> None:
    assert xmlguard.check(doc.encode("utf-8")).data == doc.encode("utf-8")


def test_edgar_getcurrent_parse_goes_through_the_guard() -> None:
    atom = (FIXTURES / "edgar" / "getcurrent-all-forms-count100-start0.atom.xml").read_bytes()
    wide = atom.decode("latin-1").replace('encoding="ISO-8859-1"', 'encoding="UTF-16"').encode("utf-16-le")
    assert [e.accession for e in edgar.parse_feed(wide)] == [e.accession for e in edgar.parse_feed(atom)]
    hostile = atom.replace(b"<feed ", b'<!DOCTYPE feed [<!ENTITY a "b">]><feed ', 1)
    with pytest.raises(ValueError, match="refused: the XML declares an entity 'a'"):
        edgar.parse_feed(hostile)
