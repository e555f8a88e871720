"""The one guard in front of every XML parser the project feeds: wire RSS/Atom, EDGAR's getcurrent
Atom, and the raw-XML reader of wire ticker tags. Call `check(data)` before any parser sees the bytes.

It does two things:

1. Finds the encoding the way an XML processor does (XML 1.0, appendix F): a byte-order mark first
   (UTF-8, UTF-16 and UTF-32 in either byte order); else the first bytes, which reveal UTF-16 and
   UTF-32 without a mark (`<` is `3C 00`, `00 3C`, `3C 00 00 00` or `00 00 00 3C`); else the
   `encoding` of the XML declaration; else UTF-8. A document in UTF-16 or UTF-32 is handed on as
   UTF-8 with its declaration rewritten, so every parser after the guard reads the same text (some,
   like expat, know no UTF-32, and some guess UTF-16 wrong without a mark). Documents in an
   ASCII-compatible encoding (UTF-8, ISO-8859-1, windows-1252 ...) are handed on byte for byte:
   feedparser keeps its own fallback for bytes that are not what their declaration says.

2. Refuses, with `XmlRefused`, a document whose DTD declares entities (the "billion laughs" and the
   quadratic blowup need a declared entity to expand) or refers to external ones (XXE: a `SYSTEM`
   entity that would read a local file or a URL). The prolog, up to the root element, is parsed
   with expat through defusedxml, which raises at the declaration, before anything is expanded. A
   DOCTYPE that declares nothing, such as RSS 0.91's `<!DOCTYPE rss PUBLIC "..." "...dtd">`, is
   accepted: no parser of ours loads an external DTD. Parsing stops at the root element, so a feed
   that is malformed further on still reaches feedparser, which recovers what it can.

Why defusedxml: it is the maintained, widely used set of expat handlers for exactly these attacks
(`forbid_entities`, `forbid_external`; `forbid_dtd` stays off for the RSS 0.91 DOCTYPE), so the
refusal logic is not ours to get wrong. Its `defusedxml.lxml` module is deprecated and not used;
the lxml reader after the guard runs with `resolve_entities=False, no_network=True` as a second
line, but by then no entity can be declared. When expat cannot read the prolog at all (broken
markup before the root), a plain search for `<!ENTITY` decides, so a lenient parser never gets an
entity declaration that the strict one could not see.
"""

from __future__ import annotations

import codecs
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

import defusedxml
from defusedxml.ElementTree import DefusedXMLParser

# Byte-order marks, longest first (the UTF-32-LE mark begins with the UTF-16-LE one).
_BOMS = (
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
)
_WIDE = ("utf-16", "utf-32")  # encodings handed on as UTF-8
_DECL_RE = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z][A-Za-z0-9._\-]*)["']""")
_DECL_TEXT_RE = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>")
_ENTITY_RE = re.compile(r"<!ENTITY", re.IGNORECASE)
_SHOWN = 60  # characters of a hostile name or URL shown in a message


class XmlRefused(ValueError):
    """The document declares or refers to XML entities: never parsed. A retry fetches the same."""


@dataclass(frozen=True)
class CheckedXml:
    data: bytes  # what the parsers get: UTF-8 if the document was UTF-16/32, else the bytes as given
    encoding: str  # the encoding the bytes were found in ("utf-16-le", "iso-8859-1", ...)

    @property
    def transcoded(self) -> bool:
        return self.encoding.startswith(_WIDE)


def check(data: bytes) -> CheckedXml:
    """The document ready for a parser, or XmlRefused (see the module docstring)."""
    encoding = sniff_encoding(data)
    text = data.decode(_codec(encoding), errors="replace")
    _check_prolog(text)
    if not encoding.startswith(_WIDE):
        return CheckedXml(data, encoding)
    body = _DECL_TEXT_RE.sub("", text, count=1).lstrip("\ufeff")
    return CheckedXml(b'<?xml version="1.0" encoding="utf-8"?>' + body.encode("utf-8"), encoding)


def safe_bytes(data: bytes) -> bytes:
    """`check(data).data`: the bytes to give a parser."""
    return check(data).data


def sniff_encoding(data: bytes) -> str:
    """The encoding of an XML document from its first bytes and declaration (XML 1.0, appendix F)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    head = data[:4]
    if len(head) == 4:
        if head[:3] == b"\0\0\0" and head[3]:
            return "utf-32-be"
        if head[0] and head[1:] == b"\0\0\0":
            return "utf-32-le"
        if head[0] == 0 and head[1] and head[2] == 0 and head[3]:
            return "utf-16-be"
        if head[0] and head[1] == 0 and head[2] and head[3] == 0:
            return "utf-16-le"
    m = _DECL_RE.match(data[:200])
    if m:
        declared = m.group(1).decode("ascii").lower()
        # A declaration read as ASCII cannot truly say UTF-16/32: those bytes would look different.
        if not declared.startswith(_WIDE) and _known(declared):
            return declared
    return "utf-8"


def _known(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def _codec(encoding: str) -> str:
    # For the markup check only: ASCII-compatible text is searched as Latin-1, which never fails.
    return encoding if encoding.startswith(_WIDE) else "latin-1"


class _RootReached(Exception):
    """Raised at the first element: the prolog, where a DTD must be, has been read."""


class _StopAtRoot:
    def start(self, tag: str, attrib: dict[str, str]) -> None:
        raise _RootReached

    def close(self) -> None:
        return None


def _check_prolog(text: str) -> None:
    parser = DefusedXMLParser(target=_StopAtRoot(), forbid_dtd=False, forbid_entities=True, forbid_external=True)
    try:
        parser.feed(text)  # a str: expat reads it as the text it is, whatever the declaration says
        parser.close()
    except _RootReached:
        return
    except defusedxml.EntitiesForbidden as e:
        raise XmlRefused(_entity_reason(e)) from None
    except defusedxml.ExternalReferenceForbidden as e:
        raise XmlRefused(f"refused: the XML refers to an external entity ({_shown(e.sysid or e.pubid)}); "
                         "external entities are not accepted") from None
    except ET.ParseError:
        # Expat could not read the prolog; a lenient parser might still read a declaration in it.
        if _ENTITY_RE.search(text):
            raise XmlRefused("refused: the XML declares entities in a DTD that cannot be parsed "
                             "(possible entity-expansion attack)") from None


def _entity_reason(e: Any) -> str:
    if e.sysid or e.pubid:
        return (f"refused: the XML declares an external entity {_shown(e.name)} "
                f"({_shown(e.sysid or e.pubid)}); external entities are not accepted")
    return (f"refused: the XML declares an entity {_shown(e.name)}; entity declarations are not accepted "
            "(possible entity-expansion attack: billion laughs, quadratic blowup)")


def _shown(value: str | None) -> str:
    text = " ".join(str(value or "").split())
    return repr(text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "\u2026")
