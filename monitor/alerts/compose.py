"""Alert text for every channel. Pure: no I/O, no clock, no store; an AlertMessage in, text out.

Everything that came from a document (company name, summary, evidence, amounts, periods, titles,
URLs, diffs) is untrusted. Each renderer escapes it for its medium: Slack mrkdwn (`&`, `<`, `>`, so
`<!channel>` or `<https://x|y>` in a filing cannot mention or link), HTML (html.escape), and mail
headers (line breaks removed, so a company name cannot add a `Bcc:` header).
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo

from monitor.domain import AlertMessage, Amount, Materiality, Novelty, Severity, SourceRef
from monitor.materiality import LABELS

EASTERN = ZoneInfo("America/New_York")
ELLIPSIS = "\u2026"
SLACK_SECTION_MAX = 3000  # Block Kit: section text
SLACK_HEADER_MAX = 150  # Block Kit: header plain_text
SLACK_FALLBACK_MAX = 3000  # top-level `text` (Slack allows more; a notification needs less)
SUBJECT_MAX = 200

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


# ---- small helpers ---------------------------------------------------------------------------


def one_line(text: str) -> str:
    """Collapse every kind of line break and whitespace run to one space; drop control characters.

    str.split() also splits on \\x85, \\u2028 and \\u2029, which some mail software treats as
    line ends: none of them survives.
    """
    return " ".join(_CONTROL.sub(" ", text).split())


def cut(text: str, limit: int) -> str:
    """`text` if it fits, else its first characters plus an ellipsis, `limit` characters in all.

    Safe on Slack-escaped text: it never cuts an entity (`&amp;`) in half, because after
    slack_escape every `&` starts one.
    """
    if len(text) <= limit:
        return text
    head = text[: max(limit - 1, 0)]
    amp = head.rfind("&")
    if amp != -1 and ";" not in head[amp:]:
        head = head[:amp]
    return head + ELLIPSIS


def slack_escape(text: str) -> str:
    """The three characters Slack reserves for its own markup; nothing else is to be encoded."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def format_et(dt: datetime | None) -> str:
    """`2005-07-29 16:57 ET`: acceptance times are read in US Eastern, as EDGAR states them."""
    if dt is None:
        return ""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)  # the store keeps UTC; never guess local time
    return dt.astimezone(EASTERN).strftime("%Y-%m-%d %H:%M ET")


def safe_url(url: str) -> str | None:
    """The URL if it is http(s) (the only links we make clickable), else None."""
    url = url.strip()
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") and not _CONTROL.search(url) and " " not in url else None


def novelty_tag(msg: AlertMessage) -> str:
    return msg.novelty.value.upper()


def kind_title(kind: str) -> str:
    """ "going_concern" -> "GOING CONCERN": the headline tag of a kind."""
    return kind.replace("_", " ").upper()


def headline(msg: AlertMessage) -> str:
    """`[IMPAIRMENT] ALGIE American Locker Group`, `[GOING CONCERN] ...`, on one line (`[TEST] ...` for
    test-channel)."""
    return one_line(f"{test_tag(msg)}[{kind_title(msg.kind)}] {msg.ticker} {msg.company}")


def test_tag(msg: AlertMessage) -> str:
    """`[TEST] ` before the headline and subject of a test-channel message, so nobody takes it for real."""
    return "[TEST] " if msg.test else ""


SUMMARY = {
    "default": "Debt default reported",
    "impairment": "Impairment charge",
    "restatement": "Restatement of previously issued financial statements",
    "going_concern": "Substantial doubt about the company's ability to continue as a going concern",
    "bankruptcy": "Bankruptcy petition",
    "delisting_notice": "Exchange listing notice",
    "auditor_change": "Change of independent auditor",
    "late_filing": "Periodic report not filed on time",
}
_DELISTING_STAGE = {
    "deficiency notice": "Exchange deficiency notice",
    "delisting determination": "Exchange delisting determination",
    "panel decision": "Hearings panel decision on listing",
    "suspension": "Trading suspension / delisting",
}
_AUDITOR_CHANGE = {"resigned": "Auditor resigned", "dismissed": "Auditor dismissed", "declined": "Auditor declined to stand for re-appointment"}


def make_summary(
    kind: str,
    amounts: tuple[Amount, ...] = (),
    periods: tuple[str, ...] = (),
    update: str | None = None,
    facts: tuple[tuple[str, str], ...] = (),
) -> str:
    """The alert's one-line summary from the finding's facts: the headline (largest) amount, the first
    periods, what the kind's facts say, and for updates what changed. `Impairment charge of $6.4 million
    (first quarter of 2005)`, `Bankruptcy petition under Chapter 11, filed May 17, 2009 (United States
    Bankruptcy Court for the Western District of Texas)`, `Auditor resigned: PricewaterhouseCoopers LLP`.
    """
    known = dict(facts)
    out = _opening(kind, known)
    if amounts:
        out += f" of {max(amounts, key=lambda a: a.value).text}"
    out += _details(kind, known)
    if periods:
        out += f" ({', '.join(periods[:2])})"
    if update:
        out += f"; update: {update}"
    return one_line(out)


def _opening(kind: str, facts: dict[str, str]) -> str:
    if kind == "delisting_notice" and facts.get("stage") in _DELISTING_STAGE:
        stage = _DELISTING_STAGE[facts["stage"]]
        return f"{stage} from {facts['exchange']}" if facts.get("exchange") else stage
    if kind == "auditor_change" and facts.get("change") in _AUDITOR_CHANGE:
        return _AUDITOR_CHANGE[facts["change"]]
    return SUMMARY.get(kind, kind.replace("_", " ").capitalize())


def _details(kind: str, facts: dict[str, str]) -> str:
    """The few facts worth a summary line; the rest are listed under Details."""
    if kind == "bankruptcy":
        out = f" under {facts['chapter']}" if "chapter" in facts else ""
        out += f", filed {facts['petition date']}" if "petition date" in facts else ""
        return out + (f" ({facts['court']})" if "court" in facts else "")
    if kind == "delisting_notice":
        out = f": {facts['standard']}" if facts.get("standard") not in (None, "listing standard") else ""
        if "deadline" in facts:
            out += f"; to regain compliance by {facts['deadline']}"
        return out
    if kind == "auditor_change":
        out = f": {facts['former auditor']}" if "former auditor" in facts else ""
        return out + (f"; disclosed: {facts['disclosed']}" if "disclosed" in facts else "")
    if kind == "late_filing" and "late report" in facts:
        return f": {facts['late report']}"
    return ""


def facts_text(msg: AlertMessage) -> str:
    """`petition date: May 17, 2009; court: ...`, one line."""
    return "; ".join(f"{one_line(k)}: {one_line(v)}" for k, v in msg.facts)


def summary_line(msg: AlertMessage) -> str:
    return one_line(msg.summary) or make_summary(msg.kind, msg.amounts, msg.periods)


def amounts_text(msg: AlertMessage) -> str:
    return ", ".join(one_line(a.text) for a in msg.amounts)


def periods_text(msg: AlertMessage) -> str:
    return ", ".join(one_line(p) for p in msg.periods)


def percent(share: float) -> str:
    """`about 31%`, `about 4.2%`, `about 0.3%`, `less than 0.1%`."""
    pct = share * 100
    if pct < 0.1:
        return "less than 0.1%"
    if pct < 9.95:
        return f"about {pct:.1f}%".replace(".0%", "%")
    return f"about {pct:,.0f}%"


def materiality_phrase(m: Materiality) -> str:
    """`about 31% of total assets as of the last 10-Q (2026-05-02)`, in plain words."""
    label = LABELS.get(m.base, m.base.replace("_", " "))
    form = one_line(m.form)
    if m.period == "trailing":
        return f"{percent(m.share)} of {label} over the twelve months to the last {form} ({m.period_end})"
    if m.period == "annual":
        return f"{percent(m.share)} of annual {label} in the last {form} (year ended {m.period_end})"
    return f"{percent(m.share)} of {label} as of the last {form} ({m.period_end})"


def materiality_text(msg: AlertMessage) -> str:
    """Every measure, `; `-separated; empty when the company's size is not known."""
    return "; ".join(materiality_phrase(m) for m in msg.materiality)


def source_label(src: SourceRef) -> str:
    """`8-K items 2.06, 9.01, accepted 2005-07-29 16:57 ET`; a wire item: the feed name, its title and
    `published ...` (a wire publishes; EDGAR accepts)."""
    parts = [src.form or src.source]
    if src.items:
        parts.append("items " + ", ".join(src.items))
    label = one_line(" ".join(parts))
    if src.title:
        label += f" \u2014 {one_line(src.title)}"
    if src.accepted_at:
        verb = "accepted" if src.form else "published"
        label += f", {verb} {format_et(src.accepted_at)}"
    return label


def first_accepted(msg: AlertMessage) -> datetime | None:
    times = [s.accepted_at for s in msg.sources if s.accepted_at]
    return min(times) if times else None


def update_note(msg: AlertMessage) -> str:
    """What changed, for an update: the change of amount in words ("impairment raised from $6.4 million
    to $8.0 million", from novelty), else the diff (as is, multi-line)."""
    if msg.novelty is not Novelty.update:
        return ""
    if msg.previous:
        return one_line(msg.previous)
    return msg.diff or ""


# ---- plain text (console, e-mail text part) ---------------------------------------------------


def plain_text(msg: AlertMessage) -> str:
    if msg.digest:
        return digest_text(msg)
    lines = [f"{headline(msg)} \u2014 {novelty_tag(msg)}", summary_line(msg), ""]
    lines += ["Evidence:", *[f"  > {line}" for line in _lines(msg.evidence)], ""]
    if msg.amounts:
        lines.append(f"Amounts: {amounts_text(msg)}")
    if msg.periods:
        lines.append(f"Periods: {periods_text(msg)}")
    if msg.materiality:
        lines.append(f"Materiality: {materiality_text(msg)}")
    if msg.facts:
        lines.append(f"Details: {facts_text(msg)}")
    lines.append(f"Severity: {msg.severity.value}, confidence {msg.confidence:.2f}")
    note = update_note(msg)
    if note:
        lines += ["", "What changed:", *[f"  {line}" for line in note.splitlines()]]
    if msg.sources:
        lines += ["", "Sources:"]
        for src in msg.sources:
            lines += [f"  - {source_label(src)}", f"    {one_line(src.url)}"]
    return "\n".join(lines) + "\n"


def console_text(msg: AlertMessage) -> str:
    rule = "=" * 78
    return f"{rule}\n{plain_text(msg)}{rule}\n"


def _lines(text: str) -> list[str]:
    return [one_line(line) for line in text.splitlines() if line.strip()] or [""]


# ---- e-mail ------------------------------------------------------------------------------------


def email_subject(msg: AlertMessage) -> str:
    """`[IMPAIRMENT] ALGIE American Locker Group: <summary>`, one line: no header injection."""
    if msg.digest:
        return cut(digest_title(msg), SUBJECT_MAX)
    return cut(one_line(f"{headline(msg)}: {summary_line(msg)}"), SUBJECT_MAX)


def email_html(msg: AlertMessage) -> str:
    if msg.digest:
        return digest_html(msg)
    e = html.escape
    parts = [
        '<!DOCTYPE html><html><body style="font-family: sans-serif">',
        f"<h2>{e(headline(msg))} <small>{e(novelty_tag(msg))}</small></h2>",
        f"<p>{e(summary_line(msg))}</p>",
        '<blockquote style="border-left: 3px solid #999; margin-left: 0; padding-left: 1em">'
        + "<br>".join(e(line) for line in _lines(msg.evidence))
        + "</blockquote>",
        "<table>",
    ]
    rows = [("Amounts", amounts_text(msg)), ("Periods", periods_text(msg)), ("Materiality", materiality_text(msg)),
            ("Details", facts_text(msg))]
    rows.append(("Severity", f"{msg.severity.value}, confidence {msg.confidence:.2f}"))
    parts += [f'<tr><th align="left">{k}</th><td>{e(v)}</td></tr>' for k, v in rows if v]
    parts.append("</table>")
    note = update_note(msg)
    if note:
        parts.append(f"<h3>What changed</h3><pre>{e(note)}</pre>")
    if msg.sources:
        parts.append("<h3>Sources</h3><ul>")
        parts += [f"<li>{_html_source(src)}</li>" for src in msg.sources]
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _html_source(src: SourceRef) -> str:
    label = html.escape(source_label(src))
    url = safe_url(src.url)
    if url is None:
        return f"{label} ({html.escape(one_line(src.url))})"
    return f'<a href="{html.escape(url, quote=True)}">{label}</a>'


# ---- Slack Block Kit ---------------------------------------------------------------------------


def slack_payload(msg: AlertMessage) -> dict[str, Any]:
    """The incoming-webhook body: Block Kit blocks plus a `text` fallback for notifications."""
    if msg.digest:
        return digest_slack(msg)
    esc = slack_escape
    header = _slack_cut_raw(f"{test_tag(msg)}{kind_title(msg.kind)}: {msg.ticker} {one_line(msg.company)}",
                            SLACK_HEADER_MAX)
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": header, "emoji": False}},
        _section(f"*{novelty_tag(msg)}* \u00b7 {esc(summary_line(msg))}"),
        _section("\n".join(f">{esc(line)}" for line in _lines(msg.evidence))),
    ]
    facts = [f"*Severity:* {msg.severity.value} (confidence {msg.confidence:.2f})"]
    if msg.amounts:
        facts.append(f"*Amounts:* {esc(amounts_text(msg))}")
    if msg.periods:
        facts.append(f"*Periods:* {esc(periods_text(msg))}")
    if msg.materiality:
        facts.append(f"*Materiality:* {esc(materiality_text(msg))}")
    if msg.facts:
        facts.append(f"*Details:* {esc(facts_text(msg))}")
    forms = sorted({_form_items(s) for s in msg.sources if s.form})
    if forms:
        facts.append(f"*Form:* {esc('; '.join(forms))}")
    accepted = first_accepted(msg)
    if accepted:
        facts.append(f"*Accepted:* {format_et(accepted)}")
    blocks.append(_section("\n".join(facts)))
    note = update_note(msg)
    if note:
        if msg.previous:
            blocks.append(_section(f"*What changed:* {esc(note)}"))
        else:  # cut inside the fence so the code block stays closed
            blocks.append(_section(f"*What changed:*\n```{cut(esc(note), SLACK_SECTION_MAX - 30)}```"))
    if msg.sources:
        blocks.append(_section(_slack_sources(msg.sources)))
    fallback = cut(esc(f"{headline(msg)} ({novelty_tag(msg)}): {summary_line(msg)}"), SLACK_FALLBACK_MAX)
    return {"text": fallback, "blocks": blocks}


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": cut(text, SLACK_SECTION_MAX)}}


def _slack_cut_raw(text: str, limit: int) -> str:
    """Escape, then fit `limit` without breaking an entity."""
    return cut(slack_escape(text), limit)


def _form_items(src: SourceRef) -> str:
    return one_line(f"{src.form} items {', '.join(src.items)}" if src.items else str(src.form))


def _slack_sources(sources: tuple[SourceRef, ...]) -> str:
    """One line per source with a link; whole lines only, so no `<url|label>` is cut in half."""
    lines: list[str] = []
    for n, src in enumerate(sources):
        label = slack_escape(source_label(src))
        url = safe_url(src.url)
        # `|` ends the URL part of a Slack link; percent-encoding keeps the URL working.
        line = (
            f"\u2022 <{slack_escape(quote(url, safe=':/?#[]@!$&()*+,;=%~'))}|{label}>"
            if url
            else f"\u2022 {label}"
        )
        more = f"\u2026 and {len(sources) - n} more"
        if len("*Sources:*\n" + "\n".join([*lines, line])) > SLACK_SECTION_MAX - len(more) - 1:
            lines.append(more)
            break
        lines.append(line)
    return "*Sources:*\n" + "\n".join(lines)


# ---- digests: one message batching a channel's alerts of a period ----------------------------

DIGEST_EVIDENCE_MAX = 400
DIGEST_SLACK_ITEMS = 40  # Block Kit allows 50 blocks per message


def digest_title(msg: AlertMessage) -> str:
    """`[DIGEST] 3 alerts up to 2026-05-01 08:00 EDT: 2 default, 1 impairment`."""
    return one_line(f"{test_tag(msg)}[DIGEST] {msg.summary}")


def digest_text(msg: AlertMessage) -> str:
    lines = [digest_title(msg), ""]
    for n, m in enumerate(msg.digest, 1):
        lines += [f"{n}. {headline(m)} \u2014 {novelty_tag(m)}", f"   {summary_line(m)}"]
        if m.evidence.strip():
            lines.append(f"   > {cut(one_line(m.evidence), DIGEST_EVIDENCE_MAX)}")
        lines += [f"   {source_label(src)}: {one_line(src.url)}" for src in m.sources]
        lines.append("")
    return "\n".join(lines)


def digest_html(msg: AlertMessage) -> str:
    e = html.escape
    parts = ['<!DOCTYPE html><html><body style="font-family: sans-serif">', f"<h2>{e(digest_title(msg))}</h2>"]
    for m in msg.digest:
        parts.append(f"<h3>{e(headline(m))} <small>{e(novelty_tag(m))}</small></h3>")
        parts.append(f"<p>{e(summary_line(m))}</p>")
        if m.evidence.strip():
            parts.append('<blockquote style="border-left: 3px solid #999; margin-left: 0; padding-left: 1em">'
                         f"{e(cut(one_line(m.evidence), DIGEST_EVIDENCE_MAX))}</blockquote>")
        if m.sources:
            parts.append("<ul>" + "".join(f"<li>{_html_source(src)}</li>" for src in m.sources) + "</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def digest_slack(msg: AlertMessage) -> dict[str, Any]:
    esc = slack_escape
    header = _slack_cut_raw(f"{test_tag(msg)}DIGEST: {len(msg.digest)} alerts", SLACK_HEADER_MAX)
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": header, "emoji": False}},
        _section(esc(digest_title(msg))),
    ]
    for m in msg.digest[:DIGEST_SLACK_ITEMS]:
        text = f"*{esc(headline(m))}* \u00b7 {novelty_tag(m)}\n{esc(summary_line(m))}"
        if m.evidence.strip():
            text += f"\n>{esc(cut(one_line(m.evidence), DIGEST_EVIDENCE_MAX))}"
        if m.sources:
            text += "\n" + _slack_sources(m.sources).removeprefix("*Sources:*\n")
        blocks.append(_section(text))
    more = len(msg.digest) - DIGEST_SLACK_ITEMS
    if more > 0:
        blocks.append(_section(f"\u2026 and {more} more: `filing-monitor alerts --status digested`"))
    return {"text": cut(esc(digest_title(msg)), SLACK_FALLBACK_MAX), "blocks": blocks}


# ---- the sample alert (test-channel, demo) -----------------------------------------------------


def sample_message() -> AlertMessage:
    """The seed's impairment: American Locker Group, 8-K accepted 2005-07-29 16:57:43 US Eastern."""
    evidence = (
        "In addition, the Company will record an impairment charge of approximately $6.4 million "
        "including a goodwill write-down of $6.1 million against its operating results in the first "
        "quarter of 2005."
    )
    source = SourceRef(
        source="edgar",
        url="https://www.sec.gov/Archives/edgar/data/8855/000089843105000094/0000898431-05-000094-index.htm",
        form="8-K",
        accepted_at=datetime(2005, 7, 29, 16, 57, 43, tzinfo=EASTERN),
    )
    return AlertMessage(
        ticker="ALGIE",
        company="American Locker Group",
        kind="impairment",
        severity=Severity.high,
        novelty=Novelty.new,
        summary="Impairment charge of approximately $6.4 million, including a $6.1 million goodwill "
        "write-down, in the first quarter of 2005",
        evidence=evidence,
        idempotency_key="test-channel|ALGIE|impairment|0000898431-05-000094",
        event_key="ALGIE|impairment|0000898431-05-000094",
        amounts=(Amount(6_400_000.0, "USD", "$6.4 million"), Amount(6_100_000.0, "USD", "$6.1 million")),
        periods=("first quarter of 2005",),
        sources=(source,),
        confidence=0.95,
        signals=("phrase:goodwill-impairment", "phrase:impairment-charge"),
    )
