"""Pure text extraction: release bytes (plain text, HTML, EDGAR complete-submission SGML) -> clean text,
plus sentence spans over that text.

No I/O and no clock: callers hand in bytes they fetched (their download cap bounds the size). Documents
are read whole, in bounded memory: bytes are decoded in pieces of CHUNK_CHARS, and HTML is rendered
while libxml2 parses it, so a 20 MB filing costs little more than its text. The regexes here have no
nested quantifiers (no catastrophic backtracking), and sentence lookup around a position only reads a
fixed window, so multi-MB documents cost linear time.

HTML goes through lxml's libxml2 HTML parser rather than the stdlib ``html.parser``: it is C-fast on
multi-MB inline-XBRL filings, recovers from the broken markup EDGAR and wire pages are full of and
resolves entities. It is used as a push parser with a parser *target* (lxml's SAX-like interface): the
parser calls back with each start tag, text run and end tag as it reads, and no tree is ever built, so
memory does not grow with the document. lxml is already installed as a dependency of trafilatura.
"""

from __future__ import annotations

import codecs
import itertools
import re
import string
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple
from zoneinfo import ZoneInfo

from lxml import etree

CHUNK_CHARS = 1 << 20  # documents are decoded and rendered in pieces of about this many characters
EASTERN = ZoneInfo("America/New_York")

# --------------------------------------------------------------------------------------------- decoding

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BINARY_MAGIC = (b"%PDF-", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\xd0\xcf\x11\xe0")
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")


def decode(data: bytes | str) -> str:
    """Bytes -> str: UTF-8 (BOM aware), else cp1252, else latin-1 (never fails). Control chars dropped."""
    return "".join(decoded_pieces(data))


def decoded_pieces(data: bytes | str, size: int = CHUNK_CHARS) -> Iterator[str]:
    """What `decode` returns, in pieces of about `size` characters (never empty ones)."""
    raw = _str_pieces(data, size) if isinstance(data, str) else _byte_pieces(data, size)
    carry = ""
    for piece in raw:
        piece = carry + piece
        carry = "\r" if piece.endswith("\r") else ""  # a "\r\n" may be split between two pieces
        piece = _normalise(piece[:-1] if carry else piece)
        if piece:
            yield piece
    if carry:
        yield "\n"


def _normalise(text: str) -> str:
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _str_pieces(text: str, size: int) -> Iterator[str]:
    for i in range(0, len(text), size):
        yield text[i : i + size]


def _byte_pieces(raw: bytes, size: int) -> Iterator[str]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        yield from _str_pieces(raw.decode("utf-16", errors="replace"), size)
        return
    start = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
    codec, end = _codec(raw, start, size)
    decoder = codecs.getincrementaldecoder(codec)()
    for i in range(start, end, size):
        yield decoder.decode(raw[i : min(i + size, end)], final=i + size >= end)


def _codec(raw: bytes, start: int, size: int) -> tuple[str, int]:
    """The codec of raw[start:] and where its text ends: a multi-byte character cut in two at the end
    (by a byte cap) is dropped. Checked piece by piece, so no second copy of a large text is made."""
    check = codecs.getincrementaldecoder("utf-8")()
    try:
        for i in range(start, len(raw), size):
            check.decode(raw[i : i + size])
    except UnicodeDecodeError:
        return ("latin-1" if _CP1252_UNDEFINED.search(raw, start) else "cp1252"), len(raw)
    pending = check.getstate()[0]
    return "utf-8", len(raw) - len(pending)


def looks_binary(data: bytes | str) -> bool:
    """PDFs, images, archives and other junk have no text worth detecting in."""
    head = data[:4096]
    if isinstance(head, str):
        head = head.encode("utf-8", errors="replace")
    if head.startswith(_BINARY_MAGIC):
        return True
    if not head:
        return False
    junk = sum(1 for b in head if b < 9 or 13 < b < 32)
    return junk > len(head) * 0.1


# ----------------------------------------------------------------------------------------- entry point


def extract_text(data: bytes | str, content_type: str | None = None, filename: str | None = None) -> str:
    """Clean text of a release, whole: plain text kept as is, HTML rendered to text, SGML -> its press
    documents."""
    if looks_binary(data):
        return ""
    pieces = decoded_pieces(data)
    first = next(pieces, "")
    if is_submission(first):
        sub = parse_submission("".join(itertools.chain((first,), pieces)))
        return "\n\n".join(d.text for d in press_documents(sub) if d.text)
    if _is_html(first, content_type, filename):
        return render_html(itertools.chain((first,), pieces))
    return "".join(itertools.chain((first,), pieces))


_HTML_SNIFF = re.compile(r"<(?:!doctype\s+html|html|body|div|p|table|br|span|font|head)\b", re.IGNORECASE)


def _is_html(text: str, content_type: str | None, filename: str | None) -> bool:
    if content_type and ("html" in content_type.lower()):
        return True
    if filename and filename.lower().endswith((".htm", ".html", ".xhtml")):
        return True
    return bool(_HTML_SNIFF.search(text, 0, 4096))


# ----------------------------------------------------------------------------------------------- HTML

_SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "head",
        "title",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "svg",
        "button",
        "select",
        "nav",
        "aside",
        "footer",
        "form",
        "ix:header",
        "xbrli:context",
        "xbrli:unit",
    }
)
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "table",
        "section",
        "article",
        "blockquote",
        "dl",
        "dd",
        "dt",
        "center",
        "address",
        "figure",
        "figcaption",
        "header",
        "main",
        "hr",
        "caption",
        "body",
        "tr",
    }
)
_CELL_TAGS = frozenset({"td", "th"})
# Page furniture of wire sites (menus, share bars, "related stories" with other companies' headlines).
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|sidebar|related|share|social|cookies?|advert|ads|promo|"
    r"newsletter|subscribe|footer)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Widgets (menus, share bars, "related stories") are short; a block with a furniture class holding at
# least this much text is the article itself, whatever its class says ("article share-enabled").
_FURNITURE_MAX_CHARS = 1500
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_WS = re.compile(r"[ \t\n\r\f\v\xa0\u2000-\u200b\u202f\u205f\u3000]+")


def html_to_text(markup: str) -> str:
    """Render HTML/XHTML (incl. inline XBRL) to text: blocks become paragraphs, hidden parts are dropped."""
    return render_html(_str_pieces(markup, CHUNK_CHARS))


def render_html(pieces: Iterable[str]) -> str:
    """`html_to_text` of the concatenated pieces, fed to the parser one by one (bounded memory)."""
    target = _TextTarget()
    parser = etree.HTMLParser(target=target, recover=True, no_network=True, huge_tree=True)
    try:
        for piece in pieces:
            parser.feed(piece)
        parser.close()
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        pass  # libxml2 recovers from almost anything; what was rendered up to here is kept
    return target.text()


# An open element: how it is rendered. HIDDEN: nothing inside is shown; PRE: text as written.
_NORMAL, _HIDDEN, _PRE, _INSIDE_PRE = 0, 1, 2, 3


@dataclass
class _Widget:
    """An open element with a furniture class: its output is held back until it proves long."""

    chars: int = 0  # text inside it so far, hidden text included
    parts: list[str] = field(default_factory=list)


class _TextTarget:
    """lxml parser target: start/data/end callbacks in document order -> text, built as they come.

    Rules: hidden elements (see `_hidden`) show nothing; block elements are paragraphs, `<br>` a line
    break, table cells are separated by a space; `<pre>` keeps its text as written; whitespace runs
    elsewhere become one space. A furniture-class element is dropped when it holds less than
    _FURNITURE_MAX_CHARS of text.
    """

    def __init__(self) -> None:
        self._open: list[tuple[str, int, _Widget | None]] = []  # (tag, mode, widget) per open element
        self._hidden = 0  # open hidden elements
        self._pre = 0  # open <pre> elements
        self._widgets: list[_Widget] = []  # furniture elements still held back, innermost last
        self._out = _TidyText()

    # -- lxml target interface

    def start(self, tag: str, attrib: Mapping[str, str]) -> None:
        tag = tag.lower() if isinstance(tag, str) else ""
        if self._hidden or _hidden(tag, attrib):
            self._hidden += 1
            self._open.append((tag, _HIDDEN, None))
        elif self._pre:
            self._open.append((tag, _INSIDE_PRE, None))
        elif tag == "pre":
            self._pre += 1
            self._emit("\n\n")
            self._open.append((tag, _PRE, None))
        else:
            widget = _Widget() if _furniture(tag, attrib) else None
            if widget is not None:
                self._widgets.append(widget)
            if tag in _BLOCK_TAGS:
                self._emit("\n\n")
            elif tag == "br":
                self._emit("\n")
            self._open.append((tag, _NORMAL, widget))

    def data(self, text: str) -> None:
        for widget in self._widgets:
            widget.chars += len(text)
        if self._widgets and self._widgets[0].chars >= _FURNITURE_MAX_CHARS:
            self._release_long_widgets()
        if not self._hidden:
            self._emit(text if self._pre else _WS.sub(" ", text))

    def end(self, tag: str) -> None:
        tag = tag.lower() if isinstance(tag, str) else ""
        if self._open and self._open[-1][0] == tag:  # libxml2 reports balanced events: the usual case
            self._close(*self._open.pop())
            return
        if not any(t == tag for t, _, _ in self._open):
            return  # a stray end tag
        while self._open:
            open_tag, mode, widget = self._open.pop()
            self._close(open_tag, mode, widget)
            if open_tag == tag:
                return

    def close(self) -> None:
        while self._open:
            self._close(*self._open.pop())

    def text(self) -> str:
        return self._out.result()

    # -- rendering

    def _close(self, tag: str, mode: int, widget: _Widget | None) -> None:
        if mode == _HIDDEN:
            self._hidden -= 1
        elif mode == _PRE:
            self._pre -= 1
            self._emit("\n\n")
        elif mode == _NORMAL:
            self._emit("\n\n" if tag in _BLOCK_TAGS else " " if tag in _CELL_TAGS else "")
            if widget is not None and self._widgets and self._widgets[-1] is widget:
                self._widgets.pop()  # still held back: a short widget, dropped

    def _emit(self, text: str) -> None:
        if not text:
            return
        if self._widgets:
            self._widgets[-1].parts.append(text)
        else:
            self._out.add(text)

    def _release_long_widgets(self) -> None:
        """Widgets holding enough text are content: their output goes on (outermost first)."""
        while self._widgets and self._widgets[0].chars >= _FURNITURE_MAX_CHARS:
            for part in self._widgets.pop(0).parts:  # the outermost widget: its output is the text's
                self._out.add(part)


def _hidden(tag: str, attrib: Mapping[str, str]) -> bool:
    if tag in _SKIP_TAGS or not tag:
        return True
    style = attrib.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    if attrib.get("hidden") is not None or attrib.get("aria-hidden") == "true":
        return True
    return attrib.get("role") in ("navigation", "banner", "contentinfo")


def _furniture(tag: str, attrib: Mapping[str, str]) -> bool:
    names = " ".join(filter(None, (attrib.get("class"), attrib.get("id"))))
    return bool(names) and tag not in ("body", "html") and _FURNITURE.search(names) is not None


_SPACES = re.compile(r"[ \t]+")
_NL_SPACES = re.compile(r" *\n *")
_MANY_NL = re.compile(r"\n{3,}")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
_SOFT = " \t\n\xa0\u200b\u200c\u200d\u2060\ufeff"  # the characters _tidy may change or drop


class _TidyText:
    """Rendered text, tidied (`_tidy`) in pieces as it grows: the pieces are cut after a character the
    tidy-up never touches, so tidying piece by piece gives exactly what tidying the whole would."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._size = 0
        self._done: list[str] = []

    def add(self, text: str) -> None:
        self._parts.append(text)
        self._size += len(text)
        if self._size >= CHUNK_CHARS:
            self._flush(final=False)

    def result(self) -> str:
        self._flush(final=True)
        return "".join(self._done).strip()

    def _flush(self, *, final: bool) -> None:
        text = "".join(self._parts)
        cut = len(text) if final else len(text.rstrip(_SOFT))
        self._parts = [text[cut:]] if cut < len(text) else []
        self._size = len(text) - cut
        self._done.append(_tidy(text[:cut]))


def _tidy(text: str) -> str:
    text = _ZERO_WIDTH.sub("", text.replace("\xa0", " "))
    text = _SPACES.sub(" ", text)
    text = _NL_SPACES.sub("\n", text)
    return _MANY_NL.sub("\n\n", text)


# ------------------------------------------------------------------------------------- EDGAR SGML (.txt)

ITEM_TITLES: dict[str, str] = {
    "1.01": "Entry into a Material Definitive Agreement",
    "1.02": "Termination of a Material Definitive Agreement",
    "1.03": "Bankruptcy or Receivership",
    "1.04": "Mine Safety - Reporting of Shutdowns and Patterns of Violations",
    "1.05": "Material Cybersecurity Incidents",
    "2.01": "Completion of Acquisition or Disposition of Assets",
    "2.02": "Results of Operations and Financial Condition",
    "2.03": "Creation of a Direct Financial Obligation or an Obligation under an Off-Balance Sheet "
    "Arrangement of a Registrant",
    "2.04": "Triggering Events That Accelerate or Increase a Direct Financial Obligation or an Obligation "
    "under an Off-Balance Sheet Arrangement",
    "2.05": "Costs Associated with Exit or Disposal Activities",
    "2.06": "Material Impairments",
    "3.01": "Notice of Delisting or Failure to Satisfy a Continued Listing Rule or Standard; Transfer of "
    "Listing",
    "3.02": "Unregistered Sales of Equity Securities",
    "3.03": "Material Modification to Rights of Security Holders",
    "4.01": "Changes in Registrant's Certifying Accountant",
    "4.02": "Non-Reliance on Previously Issued Financial Statements or a Related Audit Report or Completed "
    "Interim Review",
    "5.01": "Changes in Control of Registrant",
    "5.02": "Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain "
    "Officers; Compensatory Arrangements of Certain Officers",
    "5.03": "Amendments to Articles of Incorporation or Bylaws; Change in Fiscal Year",
    "5.04": "Temporary Suspension of Trading Under Registrant's Employee Benefit Plans",
    "5.05": "Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code of Ethics",
    "5.06": "Change in Shell Company Status",
    "5.07": "Submission of Matters to a Vote of Security Holders",
    "5.08": "Shareholder Director Nominations",
    "6.01": "ABS Informational and Computational Material",
    "6.02": "Change of Servicer or Trustee",
    "6.03": "Change in Credit Enhancement or Other External Support",
    "6.04": "Failure to Make a Required Distribution",
    "6.05": "Securities Act Updating Disclosure",
    "7.01": "Regulation FD Disclosure",
    "8.01": "Other Events",
    "9.01": "Financial Statements and Exhibits",
}

# Distinctive words of each title, checked in order: the header's free text varies in punctuation
# ("Officers: Compensatory" vs "Officers; Compensatory") and older filings abbreviate.
_ITEM_KEYS: tuple[tuple[str, str], ...] = (
    ("non-reliance", "4.02"),
    ("nonreliance", "4.02"),
    ("triggering event", "2.04"),
    ("material impairment", "2.06"),
    ("bankruptcy or receivership", "1.03"),
    ("entry into a material definitive", "1.01"),
    ("termination of a material definitive", "1.02"),
    ("mine safety", "1.04"),
    ("cybersecurity", "1.05"),
    ("completion of acquisition", "2.01"),
    ("results of operations and financial condition", "2.02"),
    ("creation of a direct financial obligation", "2.03"),
    ("exit or disposal", "2.05"),
    ("delisting", "3.01"),
    ("unregistered sales", "3.02"),
    ("material modification", "3.03"),
    ("certifying accountant", "4.01"),
    ("changes in control", "5.01"),
    ("departure of directors", "5.02"),
    ("amendments to articles", "5.03"),
    ("temporary suspension of trading", "5.04"),
    ("code of ethics", "5.05"),
    ("shell company", "5.06"),
    ("vote of security holders", "5.07"),
    ("director nominations", "5.08"),
    ("abs informational", "6.01"),
    ("change of servicer", "6.02"),
    ("credit enhancement", "6.03"),
    ("required distribution", "6.04"),
    ("securities act updating", "6.05"),
    ("regulation fd", "7.01"),
    ("other events", "8.01"),
    ("financial statements and exhibits", "9.01"),
)
_ITEM_NUMBER = re.compile(r"\b([1-9])\.(\d\d)\b")


def item_number(name: str) -> str | None:
    """'Non-Reliance on Previously Issued ...' -> '4.02'; 'Item 2.04' -> '2.04'; unknown -> None."""
    m = _ITEM_NUMBER.search(name)
    if m:
        return f"{m.group(1)}.{m.group(2)}"
    low = " ".join(name.lower().split())
    for key, number in _ITEM_KEYS:
        if key in low:
            return number
    return None


class SubmissionDocument(NamedTuple):
    type: str  # "8-K", "EX-99.1", "GRAPHIC", ...
    filename: str
    description: str
    text: str  # extracted text; "" for binary, XBRL and other non-prose documents


@dataclass(frozen=True)
class Submission:
    accession: str | None
    form: str | None  # CONFORMED SUBMISSION TYPE
    accepted_at: datetime | None  # aware, America/New_York
    cik: int | None
    company: str | None
    items: tuple[str, ...]  # 8-K item numbers, e.g. ("2.02", "4.02")
    documents: tuple[SubmissionDocument, ...]
    filed: str | None = None  # FILED AS OF DATE, YYYYMMDD as written
    period: str | None = None  # CONFORMED PERIOD OF REPORT, YYYYMMDD as written


_SUBMISSION_START = re.compile(
    r"\s*<(?:SEC-DOCUMENT|SEC-HEADER|IMS-DOCUMENT|IMS-HEADER|DOCUMENT)>", re.IGNORECASE
)


def is_submission(text: str) -> bool:
    return bool(_SUBMISSION_START.match(text[:512]))


_HEADER_LINE = re.compile(r"^[ \t]*([A-Z][A-Z0-9 ./&-]{1,60}):[ \t]*(.*)$", re.MULTILINE)
_ACCEPTANCE = re.compile(r"<ACCEPTANCE-DATETIME>\s*(\d{14})")


def parse_submission(data: bytes | str) -> Submission:
    """Header fields and documents of an EDGAR complete submission (.txt). Tolerates truncation."""
    text = decode(data)
    head_end = _header_end(text)
    header = text[:head_end]
    fields, items = _header_fields(header)
    return Submission(
        accession=fields.get("ACCESSION NUMBER"),
        form=fields.get("CONFORMED SUBMISSION TYPE"),
        accepted_at=_acceptance(header),
        cik=_int_or_none(fields.get("CENTRAL INDEX KEY")),
        company=fields.get("COMPANY CONFORMED NAME"),
        items=items,
        documents=tuple(_documents(text, head_end)),
        filed=fields.get("FILED AS OF DATE"),
        period=fields.get("CONFORMED PERIOD OF REPORT"),
    )


def _header_end(text: str) -> int:
    for marker in ("</SEC-HEADER>", "</IMS-HEADER>", "<DOCUMENT>"):
        i = text.find(marker, 0, 1_000_000)
        if i != -1:
            return i
    return min(len(text), 200_000)


def _header_fields(header: str) -> tuple[dict[str, str], tuple[str, ...]]:
    """First value of each key (the filer comes before any other party), and all ITEM INFORMATION."""
    fields: dict[str, str] = {}
    items: list[str] = []
    for m in _HEADER_LINE.finditer(header):
        key, value = m.group(1).strip(), m.group(2).strip()
        if key == "ITEM INFORMATION":
            number = item_number(value)
            if number and number not in items:
                items.append(number)
        elif value and key not in fields:
            fields[key] = value
    return fields, tuple(items)


def _acceptance(header: str) -> datetime | None:
    m = _ACCEPTANCE.search(header)
    if not m:
        return None
    try:
        return datetime.strptime(m.group(1), "%Y%m%d%H%M%S").replace(tzinfo=EASTERN)
    except ValueError:
        return None


def _int_or_none(value: str | None) -> int | None:
    return int(value) if value and value.strip().isdigit() else None


_DOC_FIELD = re.compile(r"<(TYPE|FILENAME|DESCRIPTION)>[ \t]*([^\n<]*)", re.IGNORECASE)
# Document types whose <TEXT> is never prose: XBRL, viewer files, binaries.
_NON_PROSE = re.compile(r"^(?:EX-101|GRAPHIC|ZIP|EXCEL|XML|JSON|PDF|COVER|EX-27)", re.IGNORECASE)


def _documents(text: str, start: int) -> list[SubmissionDocument]:
    docs: list[SubmissionDocument] = []
    pos = text.find("<DOCUMENT>", start)
    while pos != -1:
        nxt = text.find("<DOCUMENT>", pos + 10)
        end = text.find("</DOCUMENT>", pos, nxt if nxt != -1 else len(text))
        body = text[pos : (end if end != -1 else (nxt if nxt != -1 else len(text)))]
        docs.append(_document(body))
        pos = nxt
    return docs


def _document(body: str) -> SubmissionDocument:
    text_at = body.find("<TEXT>")
    meta = body[: text_at if text_at != -1 else 2000]
    fields = {k.upper(): v.strip() for k, v in _DOC_FIELD.findall(meta)}
    doc_type = fields.get("TYPE", "")
    filename = fields.get("FILENAME", "")
    text = ""
    if text_at != -1 and not _NON_PROSE.match(doc_type):
        raw = body[text_at + 6 :]
        close = raw.rfind("</TEXT>")
        text = _document_text(raw[:close] if close != -1 else raw, filename)
    return SubmissionDocument(doc_type, filename, fields.get("DESCRIPTION", ""), text)


_XBRL_WRAPPER = re.compile(r"</?XBRL>", re.IGNORECASE)
_SGML_TABLE_TAGS = re.compile(r"</?(?:PAGE|TABLE|CAPTION|S|C|FN|F\d{1,2}|PRE|R\d{0,2})>", re.IGNORECASE)


def _document_text(raw: str, filename: str) -> str:
    if raw.lstrip().startswith("begin ") or looks_binary(raw[:4096]):
        return ""  # uuencoded graphic or other binary
    raw = _XBRL_WRAPPER.sub("", raw[:2000], count=2) + raw[2000:]
    if _is_html(raw, None, filename):
        return html_to_text(raw)
    return _SGML_TABLE_TAGS.sub("", raw).strip()


def press_documents(sub: Submission) -> list[SubmissionDocument]:
    """The documents a monitor reads: the primary document and the EX-99 press releases."""
    picked = [
        d for i, d in enumerate(sub.documents) if d.text and (i == 0 or d.type.upper().startswith("EX-99"))
    ]
    return picked or [d for d in sub.documents if d.text]


# ------------------------------------------------------------------------------------------- sentences


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Candidate boundaries: terminal punctuation (plus closing quotes/brackets) before whitespace, a blank
# line, a single newline (kept only after short heading/table lines), or a bullet character.
# Possessive quantifiers and the look-behind keep this linear on runs like "......" (a run is tried
# once, from its first character, not from every position in it).
_CANDIDATE = re.compile(
    r"(?<![.!?])[.!?]++[\"'\u201d\u2019)\]]*+(?=\s)|(?<=[a-z]{3})\.(?=[A-Z][a-z])"
    r"|\n[ \t]*+\n\s*+|\n|[\u2022\u25cf\u25aa\u25e6\u00b7]"
)
_ABBREV = _words(
    """
    no nos mr mrs ms dr st vs v jr sr approx e.g i.e u.s u.k u.n n.a a.m p.m fig sec art para ph.d est
    dept gov govt cf al op ed vol pp ref viz ca et seq sq ft bbl mmbtu ave blvd hon gen rev re ch rs
    """
)
_MONTHS = _words("jan feb mar apr jun jul aug sep sept oct nov dec")
# Company suffixes and state abbreviations end sentences only before a typical sentence opener.
_SOFT_ABBREV = _words(
    """
    inc corp co ltd llc l.p l.l.c n.v s.a plc bros cos hldgs intl assn mfg calif mass conn fla ill mich
    minn penn tenn tex wash wis ariz colo okla ore del md pa va ga ky la mo nev n.j n.y n.c s.c
    """
)
_OPENERS = _words(
    """
    the this these that those in on as at we our it its for during after before under with pursuant
    such each all a an if when management additionally however also according following based
    accordingly revenue net there total further moreover separately meanwhile today shares
    """
)
_WORD_AFTER = re.compile(r"[\"'\u201c\u2018(]*([A-Za-z]+)")
SHORT_LINE = 40


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over the whole text, whitespace-trimmed, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _CANDIDATE.finditer(text):
        cut = _boundary(text, m)
        if cut is None:
            continue
        _add_span(text, start, cut[0], spans)
        start = cut[1]
    _add_span(text, start, len(text), spans)
    return spans


def sentence_at(text: str, pos: int, max_side: int = 700) -> tuple[int, int]:
    """The sentence around ``pos`` (same rules as split_sentences), reading at most max_side chars
    either side: long legal sentences and flattened tables are cut there, at whitespace."""
    lo = max(0, pos - max_side)
    start = _start_before(text, max(lo, pos - 250), pos)  # most sentences start close by
    if start == -1 and pos - 250 > lo:
        start = _start_before(text, lo, pos - 250)
    if start == -1:
        start = 0 if lo == 0 else _next_space(text, lo, pos)
    hi = min(len(text), pos + max_side)
    end = _end_after(text, pos, hi)
    if end == -1:
        end = len(text) if hi == len(text) else _prev_space(text, pos, hi)
    return _trim(text, start, end)


def next_sentence(text: str, pos: int) -> tuple[int, int] | None:
    """The sentence that starts at the first non-space character from ``pos`` on (None at the end of the text)."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return sentence_at(text, pos) if pos < len(text) else None


# sentence_at looks at single candidate characters (a plain character-class scan is much cheaper
# than the full candidate pattern) and decides each exactly as split_sentences' pattern would.
_BOUNDARY_CHAR = re.compile(r"[.!?\n\u2022\u25cf\u25aa\u25e6\u00b7]")
_TERMINAL = ".!?"
_CLOSERS = "\"'\u201d\u2019)]"
_RUN_GOES_ON = _TERMINAL + _CLOSERS


def _start_before(text: str, lo: int, pos: int) -> int:
    """Start of the sentence holding ``pos``: just after the nearest real boundary in [lo, pos)."""
    positions = [m.start() for m in _BOUNDARY_CHAR.finditer(text, lo, pos)]
    skip_below = len(text)
    for j in reversed(positions):
        if j >= skip_below:
            continue  # inside a run of terminal punctuation already judged
        cut = _cut_at(text, j)
        if text[j] in _TERMINAL:
            skip_below = _run_start(text, j)
        if cut is not None and cut[1] <= pos:
            return cut[1]
    return -1


def _end_after(text: str, pos: int, hi: int) -> int:
    """End of the sentence holding ``pos``: the first real boundary after it (it may start just
    before pos: "earnings.\u201d" with pos on the quote)."""
    judged_to = -1
    for m in _BOUNDARY_CHAR.finditer(text, max(0, pos - 4), hi):
        j = m.start()
        if j < judged_to:
            continue
        cut = _cut_at(text, j)
        if text[j] in _TERMINAL:
            judged_to = _run_end(text, j)
        if cut is not None and cut[0] > pos:
            return cut[0]
    return -1


def _cut_at(text: str, j: int) -> tuple[int, int] | None:
    """split_sentences' decision for the candidate character at ``j``: (end of this sentence, start
    of the next) or None. For a newline inside a blank-line run, the start is left to trimming."""
    c = text[j]
    if c == "\n":
        a = j
        while a > 0 and text[a - 1] in " \t":
            a -= 1
        b = j + 1
        while b < len(text) and text[b] in " \t":
            b += 1
        blank = (a > 0 and text[a - 1] == "\n") or (b < len(text) and text[b] == "\n")
        return (j, j + 1) if blank or _heading_break(text, j, j + 1) else None
    if c in _TERMINAL:
        e = j + 1
        if e < len(text) and text[e] not in _RUN_GOES_ON:  # the usual lone "." (or a decimal point)
            if not text[e].isspace():
                return (e, e) if _glued_end(text, j) else None
            k = j if j == 0 or text[j - 1] not in _TERMINAL else _run_start(text, j)
            return (e, e) if _period_ends(text, k, e) else None
        k, e = _run_start(text, j), _run_end(text, j)
        while e < len(text) and text[e] in _CLOSERS:
            e += 1
        if e >= len(text) or not text[e].isspace():
            return None
        return (e, e) if _period_ends(text, k, e) else None
    return j, j + 1  # a bullet: the next sentence starts after it


_MAX_RUN = 64  # "!!!" or "...": longer runs of punctuation are junk, not sentence ends


def _run_start(text: str, j: int) -> int:
    stop = max(0, j - _MAX_RUN)
    while j > stop and text[j - 1] in _TERMINAL:
        j -= 1
    return j


def _run_end(text: str, j: int) -> int:
    stop = min(len(text), j + _MAX_RUN)
    while j < stop and text[j] in _TERMINAL:
        j += 1
    return j


def _boundary(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """(end of this sentence, start of the next) if the candidate really ends a sentence."""
    s = m.group()
    if s[0] == "\n":
        if "\n" in s[1:] or _heading_break(text, m.start(), m.end()):
            return m.start(), m.end()
        return None
    if s[0] in ".!?":
        if m.end() < len(text) and not text[m.end()].isspace():  # the pattern's full stop between two words
            return (m.end(), m.end()) if _glued_end(text, m.start()) else None
        return (m.end(), m.end()) if _period_ends(text, m.start(), m.end()) else None
    return m.start(), m.end()  # bullet: the next sentence starts after it


def _heading_break(text: str, nl: int, after: int) -> bool:
    """A single newline ends a short line (heading, table cell), a line ending in ':', or a table row
    (a line ending in a figure, before a line starting with a capital: the next row's label)."""
    line_start = text.rfind("\n", 0, nl) + 1
    line = text[line_start:nl].strip()
    if not line or line.rsplit(None, 1)[-1].lower() in _CONTINUERS:
        return False  # "... for the years ended March 31, 2016\nand\n2017\nshould be restated": mid-sentence
    nxt = text[after : after + 2].lstrip()
    if not nxt or not (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in "($\u2022\u201c\"'-\u2013\u2014"):
        return False
    if len(line) <= SHORT_LINE or line.endswith(":"):
        return True
    return nxt[0].isupper() and _row_end(line) and not _WRAPPED_DATE.match(text, after)


# A day-first date wrapped after its day ("... will not be finalised ahead of the 30\nJune 2022 filing deadline"): the line
# ends in a figure, as a table row does, but the next line goes on with the month.
_WRAPPED_DATE = re.compile(
    r"[ \t]*(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b"
)


# Words a heading or a table cell does not end with: a line ending in one continues on the next line.
_CONTINUERS = _words("and or nor but of the a an to in for with by as at on from than between under into")
_ROW_END = re.compile(r"\s(?:\(?\$?\s?\d[\d,.]*\)?%?|[-\u2013\u2014]{1,2})$")
_ROW_END_CHARS = "(),.$%-\u2013\u2014"  # with spaces and digits, every character _ROW_END can match


def _row_end(line: str) -> bool:
    """_ROW_END at the end of the line, searched only in the tail made of characters it can match (a
    long line is not scanned whole)."""
    i = len(line)
    while i > 0 and (line[i - 1] in _ROW_END_CHARS or line[i - 1].isdecimal() or line[i - 1].isspace()):
        i -= 1
    return _ROW_END.search(line, i) is not None


def _glued_end(text: str, j: int) -> bool:
    """A full stop with no space after it ends a sentence between a lower-case word and a capitalised one
    ("as a going concern.Our significant operating losses"): where pages lose the space between paragraphs.
    Not after a capitalised name ("Amazon.Com"), in a web address ("www.Mullen") or an abbreviation;
    split_sentences' pattern finds the same candidates."""
    if j < 3 or j + 2 >= len(text) or text[j] != ".":
        return False
    if not (text[j + 1].isascii() and text[j + 1].isupper() and text[j + 2].isascii() and text[j + 2].islower()):
        return False
    word = text[max(0, j - 20) : j]
    word = word[len(word.rstrip(string.ascii_lowercase)) :]
    before = text[j - len(word) - 1] if j > len(word) else " "
    return len(word) >= 3 and not before.isalpha() and before != "." and word != "www"


def _period_ends(text: str, punct: int, after: int) -> bool:
    rest = text[after : after + 40].lstrip()
    if not rest:
        return True
    first = rest[0]
    if first.islower() or first in ",;:)":
        return False
    if text[punct] != ".":
        return True
    tok = _token_before(text, max(0, punct - 20), punct)
    if tok is None:
        return True  # "2005." "%." ")."
    token = tok.lower().rstrip(".")
    if len(token) > 1 and tok.isupper() and "." not in token:
        return True  # an acronym: "filed with the SEC. The"
    if token in _ABBREV:
        return False
    if token in _MONTHS and tok[0].isupper():
        return not first.isdigit()
    # initials, one letter or several joined by dots ("Edward F. Ruttenberg", "B.F. Borgers CPA PC", "J.P. Morgan")
    # (not a place before a postcode: "Washington, D.C. 20549")
    initials = len(token) == 1 or (
        "." in token and all(len(part) == 1 for part in token.split(".")) and not first.isdigit()
    )
    if token in _SOFT_ABBREV or (initials and tok[0].isupper()):
        # "Acme, Inc. (the Company)", "Edward F. Ruttenberg": a sentence starts only with a usual opener.
        word_m = _WORD_AFTER.match(rest)
        return word_m is not None and word_m.group(1).lower() in _OPENERS and first != "("
    return True


_TOKEN_CHARS = string.ascii_letters + ".&'"


def _token_before(text: str, lo: int, punct: int) -> str | None:
    """What ``[A-Za-z][A-Za-z.&']*$`` finds in text[lo:punct] (the word before a full stop), without a
    regex search tried at every position: the run of token characters that ends the range (or ends
    just before its final newline, where ``$`` also matches), from its first letter."""
    end = punct - 1 if punct > lo and text[punct - 1] == "\n" else punct
    seg = text[lo:end]
    run = seg[len(seg.rstrip(_TOKEN_CHARS)) :]
    for i, ch in enumerate(run):
        if ch in string.ascii_letters:
            return run[i:]
    return None


def _next_space(text: str, lo: int, hi: int) -> int:
    i = text.find(" ", lo, hi)
    return lo if i == -1 else i + 1


def _prev_space(text: str, lo: int, hi: int) -> int:
    i = text.rfind(" ", lo, hi)
    return hi if i == -1 else i


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    s, e = _trim(text, start, end)
    if e > s:
        spans.append((s, e))
