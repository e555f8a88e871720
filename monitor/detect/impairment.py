"""Impairment: a recorded (or announced, or recapped) impairment charge or write-down of goodwill,
intangibles, long-lived assets or investments.

Not impairments: testing that found none, policy text ("tested for impairment whenever ..."), risk
factors ("could be required to record impairment charges"), non-GAAP lists of excluded item types,
write-offs of inventory, receivables or debt costs, impaired loans and other bank credit-quality terms,
and "impair" meaning harm ("impairs our ability", "act to impair such rights").
"""

from __future__ import annotations

import re

from monitor.detect import cues
from monitor.detect.base import Candidate, Match, best_match, clamp, phrase
from monitor.domain import Amount, Severity

KIND = "impairment"

_GAP = cues.GAP

PHRASES = (
    phrase(
        r"\bimpairments?\s+(?:charges?|loss(?:es)?|write-?downs?|writedowns?|expenses?|provisions?|costs?)\b|"
        r"\bimpairments?\s+(?:of|on|to|related\s+to|associated\s+with|against|totaling|totaled|aggregating|"
        r"amounting|in\s+the\s+amount)\b|\bimpairments?\s*(?:\(|\$|\u20ac|\u00a3)|"
        r"\b(?:asset|goodwill|intangible|trademark|tradename|store|property|investment|long-lived\s+asset|"
        r"fixed\s+asset|equity\s+method)\s+impairments?\b",
        0.4,
        "phrase:impairment-charge",
        needs=("impairment",),
    ),
    phrase(
        r"\b(?:was|were|is|are|been|be|being|became|become|deemed|determined\s+to\s+be|considered|found\s+to\s+be)"
        r"\s+(?:(?:fully|partially|totally|entirely|further|other[- ]than[- ]temporarily|significantly|"
        r"permanently)\s+)?impaired\b",
        0.6,
        "phrase:asset-impaired",
        needs=("impaired",),
    ),
    phrase(
        r"\b(?:reduced?|wrote\s+down|written\s+down|write\s+down|adjusted|lowered|reducing)\s+(?:the\s+)?carrying\s+"
        r"(?:values?|amounts?)\b" + _GAP + r"{0,140}?\bto\s+(?:zero|nil|its\s+(?:estimated\s+)?fair\s+value|"
        r"(?:the\s+)?(?:estimated\s+)?fair\s+value|\$)",
        0.7,
        "phrase:carrying-value-written-down",
        needs=("carrying",),
    ),
    # "a non-cash charge of $12 million to reduce the carrying value of the investment"
    phrase(
        r"\bcharges?\b"
        + _GAP
        + r"{0,60}?\bto\s+(?:reduce|write\s+down|write-down|adjust)\s+the\s+carrying\s+"
        r"(?:values?|amounts?)\b",
        0.6,
        "phrase:carrying-value-written-down",
        needs=("carrying",),
    ),
    # Item 2.06 wording: "concluded that a material charge for impairment ... is required".
    phrase(
        r"\b(?:material\s+)?(?:non-?cash\s+)?charges?\s+for\s+(?:the\s+)?impairment\b",
        0.6,
        "phrase:charge-for-impairment",
        needs=("impairment",),
    ),
)
WRITE_DOWN = phrase(
    r"\b(?:write-?downs?|writedowns?|written\s+down|wr(?:ote|ite|iting)\s+(?:down|off)|write-?offs?|writeoffs?|"
    r"written\s+off|charged?\s+off)\b",
    0.4,
    "phrase:asset-write-down",
    needs=("writ", "wrote", "charge"),
)
_ASSET = cues.rx(
    r"\b(?:goodwill|intangibles?|trade\s*marks?|trade\s*names?|brands?|long-lived|property|properties|plant|"
    r"equipment|fixed\s+assets?|assets?|investments?|equity[- ]method|joint\s+ventures?|right[- ]of[- ]use|rou|"
    r"leasehold|software|in-process|ipr&d|licenses?|patents?|customer\s+(?:relationships|lists?)|technology|"
    r"oil\s+and\s+(?:natural\s+)?gas|mineral|real\s+estate|buildings?|facilit(?:y|ies)|stores?|restaurants?|"
    r"vessels?|aircraft|rigs?|securities|carrying\s+(?:value|amount)|book\s+value|businesses|reporting\s+units?|"
    r"projects?|wells?|fleet)\b"
)
_WRITE = ("writ", "wrote")
OTHER_SENSES = cues.senses(
    (cues.DEFINED_TERM_NEEDS, cues.DEFINED_TERM),
    (
        ("impair",),
        (
            r"\bimpair(?:s|ed|ing|ment)?\s+(?:of\s+)?(?:(?:our|its|the|their|his|her|such|a|any|your|these|those)\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:ability|abilities|rights?|liquidity|operations|performance|competitiveness|"
            r"functionality|function|access|enforceability|reputation|relationships?|efforts?|capacity|collateral)\b"
        ),
    ),
    (
        ("impaired",),
        (
            r"\bimpaired\s+(?:loans?|credits?|debt(?:ors)?|receivables?|borrowers?|financial\s+assets|hearing|vision|"
            r"assets?\s+(?:ratio|to))\b"
        ),
    ),
    (
        ("loan", "credit", "receivable", "lending"),
        r"\b(?:loans?|credit|receivables?|lending)\s+(?:that\s+are\s+|considered\s+|deemed\s+)?impair(?:ed|ment)\b",
    ),
    (("credit",), r"\bcredit[- ]impaired\b"),
    (
        ("evaluated", "assessed", "reviewed"),
        r"\b(?:individually|collectively)\s+(?:evaluated|assessed|reviewed)\s+for\s+impairment\b",
    ),
    # "tested for impairment" is a process; "a charge for impairment" is not.
    (("impairment",), r"(?<!charge\s)(?<!charges\s)\bfor\s+(?:potential\s+|possible\s+)?impairment\b"),
    (
        ("impairment",),
        (
            r"\bimpairment\s+(?:tests?|testing|analys[ie]s|assessments?|reviews?|evaluations?|indicators?|triggers?|"
            r"model|methodology|guidance|framework|approach|polic(?:y|ies)|considerations?|process|procedures?|"
            r"calculations?|determinations?|reserves?|allowances?|assumptions?|exists?)\b"
        ),
    ),
    (("accumulated",), r"\baccumulated\s+impairment(?:\s+loss(?:es)?)?\b"),
    (("disposal",), r"\bimpairment\s+or\s+disposal\s+of\s+long-lived\s+assets\b"),
    (
        ("oreo", "estate", "foreclosed"),
        r"\b(?:oreo|other\s+real\s+estate\s+owned|foreclosed\s+(?:real\s+estate|assets|properties))\b",
    ),
    (
        _WRITE,
        (
            r"\b(?:write-?offs?|writeoffs?|write-?downs?|writedowns?|written\s+(?:off|down)|wr(?:ote|ite)\s+(?:off|down))\s+"
            r"(?:of\s+|for\s+)?(?:(?:the|our|its|obsolete|excess|slow-moving|certain|unamortized|deferred|previously|"
            r"capitalized|uncollectible|bad|related)\s+)*(?:inventor(?:y|ies)|receivables?|accounts|loans?|bad\s+debts?|"
            r"debt|financing\s+costs|deferred\s+(?:financing|debt|tax)|unamortized|discount|premium|issuance|tax\s+assets)"
        ),
    ),
    (
        _WRITE,
        (
            r"\b(?:inventory|receivables?|loan|bad\s+debt|debt\s+issuance|financing\s+cost)\s+(?:write-?downs?|"
            r"writedowns?|write-?offs?|writeoffs?)\b"
        ),
    ),
    (("charge",), r"\bnet\s+charge-?offs?\b|\bcharged?\s+off\s+(?:loans?|(?:the\s+)?balances?)\b"),
)
_RECORD_VERB = cues.rx(
    r"\b(?:record(?:ed|s|ing)?|recogni[sz](?:ed|es|ing|e)|incur(?:red|s|ring)?|took|taken|take|takes|taking|"
    r"book(?:ed|s)?|report(?:ed|s)?|includ(?:ed|es)|reflect(?:ed|s|ing)?|result(?:ed|s|ing)?\s+in|charged|"
    r"reserved|accrued|announc(?:ed|es|ing)|impacted\s+by|affected\s+by|there\s+(?:was|were)|arose|equal(?:l)?ed|"
    r"concluded|determined|"
    r"total(?:l)?ed|amounted)\b"
)
_POST = cues.rx(
    r"\W{0,3}(?:of\s+(?:approximately\s+|about\s+|nearly\s+|roughly\s+)?(?:[$\u20ac\u00a3\u00a5]|us\$|[a-z]{3}\s?\d)|"
    r"(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|will\s+be)\s+(?:recorded|recogni[sz]ed|taken|"
    r"booked|charged|reported|included|reflected))"
)
_DEFINITE = cues.rx(r"(?:^|[.;:]\s*)\W*(?:the|this|these|such)\s+(?:\w+\s+){0,2}$")
_GENERIC_LIST = cues.rx(
    r"\bsuch\s+as\b|\bitems?\s+(?:like|including|that)\b|\bexclud(?:e|es|ing)\b|\bother\s+than\b|\btypes?\s+of\b|"
    r"\bcategor(?:y|ies)\b|\bincluding,?\s+but\s+not\s+limited\s+to\b|\bnon-?gaap\b"
)
_PAST_HABIT = cues.rx(r"\bin\s+the\s+past\b|\bhistorically\b|\bfrom\s+time\s+to\s+time\b")
# Policy text in the generic present: "an impairment loss is recognized when ...", "the Company records an
# impairment charge if ..." (but not "will record" / "expects to record").
_GENERIC_PRESENT = cues.rx(
    r"\b(?:is|are)\s+(?:recorded|recogni[sz]ed|measured|calculated|charged)\b|"
    r"(?<!will\s)(?<!to\s)\b(?:recogni[sz]es|records|recogni[sz]e|record)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:impairment|write-?down|loss|charge)"
)
_PAST_TENSE = cues.rx(r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)\b(?:recorded|recogni[sz]ed|took|incurred|booked|reported|was|were|had)\b")

# A table row: "Impairment of long-lived assets 1, 3" followed by its (non-zero) figures.
_ROW_LABEL = re.compile(
    r"^(?:non-?cash\s+)?(?:(?:asset|goodwill|intangible|trademark|store|property|long-lived\s+asset|fixed\s+asset|"
    r"goodwill\s+and\s+(?:other\s+)?(?:intangible\s+)?asset)\s+)?impairments?(?:\s+(?:of|on)\s+[A-Za-z ,&'-]{3,60}?"
    r"|\s+(?:charges?|loss(?:es)?|expenses?))?(?:\s*\([a-z]\))?(?:\s+\d{1,2}(?:\s*,\s*\d{1,2})*)?\s*$",
    re.IGNORECASE,  # reads the document text itself
)
_CELL_TOKEN = re.compile(r"[($]*[\d,.]*\d[\d,.]*\)?|[($]+|\)|[-\u2013\u2014]+")
_CELL = re.compile(r"\(?\$?\s?(\d[\d,]*(?:\.\d+)?)\s?\)?|[-\u2013\u2014]+")


class ImpairmentDetector:
    kind: str = KIND
    # "write" covers write-down(s), writedown, write-off, write down/off; "wrote" wrote down/off.
    keywords: tuple[str, ...] = (
        "impair",
        "write",
        "written down",
        "written off",
        "wrote",
        "charged off",
        "the carrying",
    )
    max_score: float = 0.99
    skip_on: frozenset[str] = frozenset(("impair", "write"))
    skip: re.Pattern[str] | None = re.compile(
        r"impairment\s+(?:tests?|testing|analys[ie]s|assessments?|reviews?|methodology|model|indicators?)\b|"
        r"(?<!charge\s)(?<!charges\s)for\s+impairment\b|impaired\s+loans?|accumulated\s+impairment|"
        r"impair(?:s|ed|ing)?\s+(?:our|its|the|their)\s+(?:\w+\s+)?ability|underwr\w+"
    )

    def analyze(self, text: str, start: int, end: int) -> Candidate | None:
        row = _table_row(text, start, end)
        if row is not None:
            return row
        masked = cues.mask(cues.lower(text[start:end]), OTHER_SENSES)
        match = best_match(masked, PHRASES)
        write_down = _write_down(masked)
        if write_down is not None and (match is None or write_down.score > match.score):
            match = write_down
        if match is None or match.hedged or _credit_quality(masked, match):
            return None  # a hedged phrase scores at most 0.3: below any threshold, so stop here
        score = _score(masked, match)
        if score <= 0:
            return None
        return Candidate(KIND, clamp(score), start, end, (match.phrase.signal,), Severity.medium)

    def refine_severity(self, severity: Severity, found: tuple[Amount, ...]) -> Severity:
        """Medium by default; high for a nine-figure charge (material for all but the largest issuers)."""
        return Severity.high if any(a.value >= _HIGH_USD for a in found) else severity


_CREDIT = cues.rx(
    r"\bloans?\b|\bloan\s+portfolio|\bborrowers?\b|\ballowance\s+for\s+(?:loan|credit)|\bcharge-?offs?\b|"
    r"\bnon-?accrual|\bnon-?performing|\btroubled\s+debt|\bcollateral-dependent"
)
_FIRM_ASSET = cues.rx(
    r"\b(?:goodwill|intangibles?|securities|investments?|property|equipment|long-lived|trade\s*marks?|"
    r"trade\s*names?|software|right[- ]of[- ]use|leasehold|oil|buildings?|facilit(?:y|ies)|stores?|branch(?:es)?)\b"
)


_CREDIT_NEEDS = ("loan", "borrower", "allowance", "charge", "accrual", "performing", "troubled", "collateral")


def _credit_quality(masked: str, match: Match) -> bool:
    """A bank's loan impairment (a credit-quality measure), not a write-down of the bank's own assets."""
    window = masked[max(0, match.start - 80) : match.end + 80]
    if not cues.present(window, _CREDIT_NEEDS):
        return False
    return bool(_CREDIT.search(window)) and not _FIRM_ASSET.search(window)


def _write_down(masked: str) -> Match | None:
    """A write-down counts only when an asset is what was written down."""
    best = best_match(masked, (WRITE_DOWN,))
    if best is None:
        return None
    window = masked[max(0, best.start - 80) : best.end + 100]
    return best if _ASSET.search(window) else None


_GENERIC_LIST_NEEDS = ("such as", "item", "exclud", "other than", "type", "categor", "including", "gaap")
_PAST_HABIT_NEEDS = ("past", "historical", "time to time")


def _score(masked: str, match: Match) -> float:
    money = cues.has_amount(masked)
    score = match.score + _actuality(masked, match, money)
    if not money:
        if cues.present(masked, _GENERIC_LIST_NEEDS) and _GENERIC_LIST.search(masked):
            score = min(
                score, 0.3
            )  # "items such as restructuring charges, asset impairments": kinds, not events
        if cues.present(masked, _PAST_HABIT_NEEDS) and _PAST_HABIT.search(masked):
            score = min(
                score, 0.4
            )  # "we have recorded impairment charges in the past": a risk factor's history
        if _GENERIC_PRESENT.search(masked) and not _PAST_TENSE.search(masked):
            score = min(score, 0.35)  # policy: "an impairment loss is recognized when ..."
    if cues.boilerplate(masked):
        score -= 0.5
    return score


def _actuality(masked: str, match: Match, money: bool) -> float:
    """Evidence that a charge was actually taken: a recording verb, an amount, a period, an asset."""
    boost = 0.0
    pre = cues.clause_before(masked, match.start)
    if _RECORD_VERB.search(masked):
        boost += 0.25
        if _RECORD_VERB.search(" ".join(cues.last_words(pre, 12))):
            boost += 0.1
    if _POST.match(masked, match.end):
        boost += 0.3
    if money:
        boost += 0.2
        near = masked[max(0, match.start - 40) : match.end + 40]
        boost += 0.1 if cues.has_amount(near) else 0.0
    if _DEFINITE.search(pre):
        boost += 0.2
    if _ASSET.search(masked):
        boost += 0.05
    if cues.has_period(masked):
        boost += 0.05
    return boost


def _table_row(text: str, start: int, end: int) -> Candidate | None:
    """A short line labelled as an impairment whose figures (same line or the next lines) are not all
    zero: the charge is in the table even when no sentence mentions it."""
    label = text[start:end]
    if len(label) > 100 or "\n" in label or "mpairment" not in label:
        return None
    if _ROW_LABEL.match(label):  # the figures follow on the next lines (one cell per line)
        cells, cell_end = _following_cells(text, end)
    else:  # "Impairment of long-lived assets 484 - 197": the figures close the line
        tokens = label.split()
        i = len(tokens)
        while i > 0 and _CELL_TOKEN.fullmatch(tokens[i - 1]):
            i -= 1
        if i == len(tokens) or not _ROW_LABEL.match(" ".join(tokens[:i])):
            return None
        cells, cell_end = " ".join(tokens[i:]), end
    if not _nonzero(cells):
        return None
    return Candidate(KIND, 0.6, start, cell_end, ("table:impairment-row",), Severity.medium)


def _following_cells(text: str, end: int) -> tuple[str, int]:
    """The next few short lines after a row label, up to the first that is not a figure."""
    pos, cells, last = end, [], end
    for _ in range(8):
        nl = text.find("\n", pos)
        if nl == -1 or nl - pos > 2:
            break
        line_end = text.find("\n", nl + 1)
        line_end = len(text) if line_end == -1 else line_end
        line = text[nl + 1 : line_end].strip()
        if not line or not _CELL.fullmatch(line.replace(" ", "")) and line not in ("$", ")"):
            break
        cells.append(line)
        if _CELL.fullmatch(line.replace(" ", "")) and any(ch.isdigit() for ch in line) and last == end:
            last = line_end
        pos = line_end
    return " ".join(cells), last


def _nonzero(cells: str) -> bool:
    return any(float(m.group(1).replace(",", "") or 0) > 0 for m in _CELL.finditer(cells) if m.group(1))


_HIGH_USD = 100_000_000.0


DETECTOR = ImpairmentDetector()
