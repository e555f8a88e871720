"""Debt default: notices of default/acceleration, events of default that occurred, missed payments,
forbearance after a default, covenant breaches that are defaults, acceleration (incl. by bankruptcy).

Not defaults: the events-of-default list of a new credit agreement or indenture, "if we fail to comply
... an event of default could occur", "in compliance with all covenants", waivers obtained before a
breach, interest deferred under an express contractual right, and other senses of the word (default
judgments, borrowers' or cardholders' default rates, probability of default, credit default swaps).
"""

from __future__ import annotations

import re

from monitor.detect import cues
from monitor.detect.base import Candidate, Match, best_match, clamp, phrase
from monitor.domain import Amount, Severity

KIND = "default"
_GAP = cues.GAP  # any character but a full stop or ";" (decimal points allowed)

_DEFAULT = (
    r"(?:events?\s+of\s+default|(?:payment\s+|technical\s+|covenant\s+)?defaults?\b|cross[- ]defaults?)"
)
_NOTICE_VERB = r"\b(?:receiv\w*|receipt\s+of|deliver\w*|sent|issued|served|gave|given|provid\w*|notified)\b"

PHRASES = (
    phrase(
        _NOTICE_VERB
        + _GAP
        + r"{0,80}?\b(?:notices?|letters?)\s+(?:of|asserting|alleging|stating|declaring)\s+"
        r"(?:that\s+)?(?:an?\s+|the\s+|certain\s+)?(?:(?:payment|covenant|monetary)\s+)?"
        r"(?:events?\s+of\s+)?(?:default|acceleration)",
        0.9,
        "phrase:notice-of-default",
        needs=("notice", "letter"),
    ),
    phrase(
        _NOTICE_VERB + _GAP + r"{0,60}?\b(?:default|acceleration)\s+notices?\b",
        0.9,
        "phrase:notice-of-default",
        needs=("notice",),
    ),
    phrase(
        r"\bnotices?\s+of\s+(?:(?:an?\s+)?events?\s+of\s+)?(?:default|acceleration)\b",
        0.6,
        "phrase:notice-of-default",
        needs=("notice",),
    ),
    phrase(
        r"\bnotified\b" + _GAP + r"{0,80}?\bof\s+(?:an?\s+|the\s+)?(?:events?\s+of\s+)?default\b",
        0.85,
        "phrase:notice-of-default",
        needs=("notified",),
    ),
    phrase(
        r"\b(?:events?\s+of\s+default|defaults?|cross-defaults?)\s+(?:(?:that|which)\s+)?"
        r"(?:(?:has|have|had)\s+(?:(?:now|already|also|previously)\s+)?(?:occurred|arisen|resulted)|"
        r"(?:has|have|had)\s+been\s+triggered|occurred\b|(?:is|are|was|were)\s+(?:continuing|existing)\b)",
        0.85,
        "phrase:event-of-default",
        needs=("occurred", "arisen", "resulted", "triggered", "continuing", "existing"),
    ),
    phrase(
        r"\b(?:constitut(?:es|ed|ing)|result(?:ed|s|ing)?\s+in|gave\s+rise\s+to|giv(?:es|ing)\s+rise\s+to|"
        r"(?:has|have|had)\s+given\s+rise\s+to|trigger(?:ed|s|ing)|caus(?:ed|es|ing)|amount(?:ed|s)\s+to|"
        r"(?:is|was|are|were|be|been)\s+(?:considered|deemed|treated\s+as)(?:\s+to\s+be)?|led\s+to)\s+"
        r"(?:an?\s+|the\s+|certain\s+|one\s+or\s+more\s+)?(?:immediate\s+|additional\s+)?" + _DEFAULT,
        0.85,
        "phrase:event-of-default",
        needs=(
            "constitut",
            "result",
            "rise",
            "trigger",
            "caus",
            "amount",
            "considered",
            "deemed",
            "treated",
            "led",
        ),
    ),
    phrase(
        r"\b(?:is|was|are|were|be|been|being|remains?|remained|became|become|becomes|currently|now|still)\s+"
        r"(?:(?:currently|now|technically|still|already)\s+)?in\s+(?:payment\s+|technical\s+|material\s+)?default\b",
        0.85,
        "phrase:in-default",
        needs=("in default", "in payment default", "in technical default", "in material default"),
    ),
    phrase(
        r"\b(?:has|have|had)\s+defaulted\b|\bdefaulted\s+(?:on|under|in\s+(?:the\s+)?payment)\b",
        0.75,
        "phrase:defaulted",
        needs=("defaulted",),
    ),
    phrase(
        r"\bforbearance\s+(?:agreements?|period|arrangements?|letters?)\b|\b(?:agreed?|agreement)\s+to\s+forbear\b|"
        r"\bforb(?:ear|ore)\s+from\s+exercising\b|\bforbear(?:ance)?\s+with\s+respect\s+to\b",
        0.75,
        "phrase:forbearance",
        needs=("forb",),
    ),
    phrase(
        r"\b(?:accelerated|declared)\b" + _GAP + r"{0,80}?\b(?:immediately\s+)?due\s+and\s+payable\b|"
        r"\baccelerated\s+(?:the\s+)?(?:maturity|repayment|payment|obligations?|indebtedness|loans?|notes|debt|"
        r"amounts|all)\b|\bdemand(?:ed|ing|s)?\s+(?:for\s+)?(?:the\s+)?immediate\s+(?:re)?payment\b|"
        r"\b(?:became|been\s+declared|were\s+declared|was\s+declared)\s+(?:automatically\s+)?(?:immediately\s+)?"
        r"due\s+and\s+payable\b|\bnotices?\s+of\s+acceleration\b|"
        r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:automatically\s+)?accelerated\b",
        0.8,
        "phrase:acceleration",
        needs=("accelerat", "declared", "demand", "payable"),
    ),
    phrase(
        r"\bcure\s+(?:the|such|this|its|these|any\s+such)\s+(?:[\w-]+\s+){0,3}?defaults?\b",
        0.7,
        "phrase:cure-default",
        needs=("cure",),
    ),
    phrase(
        r"\b(?:the|this|its|such)\s+(?:interest\s+|principal\s+)?payment\s+default\b",
        0.7,
        "phrase:payment-default",
        needs=("payment default",),
    ),
    phrase(
        r"\btriggering\s+events?\s+that\s+accelerate\s+or\s+increase\b",
        0.75,
        "phrase:item-2.04-title",
        needs=("triggering",),
        negatable=False,
        hedgeable=False,
    ),
)

# A missed payment: a failing verb in front of an interest/principal payment.
_MISSED_STRONG = (
    r"did\s+not|will\s+not|would\s+not|does\s+not\s+intend\s+to|not\s+to|failed\s+to|missed|skip(?:ped|s|ping)?|"
    r"forego(?:ne|ing|es)?|forgo(?:ne|ing|es)?|withh(?:e|o)ld(?:ing|s)?|defaulted\s+on|elected\s+not\s+to|"
    r"decided\s+not\s+to|chose\s+not\s+to|(?:has|have|had)\s+not\s+(?:yet\s+)?(?:made|paid|repaid)"
)
_MISSED_WEAK = r"failure\s+to|fails?\s+to|inability\s+to|unable\s+to|non-?payment\s+of"
_PAYMENT = (
    r"(?:interest|principal|coupon|amortization|deficiency|debt\s+service|installment|scheduled)\s+payments?\b|"
    r"payments?\s+of\s+(?:accrued\s+)?(?:interest|principal)\b|"
    # "did not pay the $5.0 million principal amount", "failed to repay the notes at maturity"
    r"\b(?:re)?pa(?:y|id)\s+(?:the\s+|its\s+|any\s+)?(?:[\w$.,%-]+\s+){0,4}?(?:interest|principal|notes|debentures|"
    r"bonds|loans?|indebtedness)\b"
)
MISSED = phrase(
    r"\b(?:" + _MISSED_STRONG + "|" + _MISSED_WEAK + r")\b" + _GAP + r"{0,70}?(?:" + _PAYMENT + ")",
    0.8,
    "phrase:missed-payment",
    needs=("pay",),
    negatable=False,
)
_WEAK_VERB = cues.rx(r"(?:" + _MISSED_WEAK + r")\b")
_DUE_DATE = cues.rx(
    r"\b(?:due|payable)\s+(?:on\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2}|"
    r"\d{1,2}/\d{1,2})"
)

# Covenant breach: a default only when the sentence also says default; else a waiver usually cured it.
_COVENANT_BREACH = cues.rx(
    r"\bnot\s+in\s+(?:full\s+)?compliance\s+with\b" + _GAP + r"{0,160}?\bcovenants?\b|"
    r"\b(?:breach(?:ed|es)?|violat(?:ed|ion|ions)|fail(?:ed|ure)\s+to\s+(?:comply|satisfy|meet|maintain))\b"
    + _GAP
    + r"{0,120}?\bcovenants?\b",
)
_DEFAULT_WORD = cues.rx(r"\bdefault")
_ANY = cues.rx(r"\bany\b")

OTHER_SENSES = cues.senses(
    (cues.DEFINED_TERM_NEEDS, cues.DEFINED_TERM),
    (("judgment",), r"\bdefault\s+judgments?\b"),
    (
        (
            "rate",
            "risk",
            "probab",
            "frequen",
            "experience",
            "swap",
            "setting",
            "option",
            "value",
            "provider",
            "invest",
            "fund",
            "election",
            "benefic",
            "interest",
            "charge",
            "premium",
            "correl",
            "curve",
            "assumption",
            "statist",
        ),
        (
            r"\b(?:default|delinquency)\s+(?:rates?|risk|probabilit(?:y|ies)|frequenc(?:y|ies)|experience|swaps?|"
            r"settings?|options?|values?|provider|investments?|funds?|elections?|beneficiar(?:y|ies)|interest|"
            r"charges?|premiums?|correlation|curves?|assumptions?|statistics)\b"
        ),
    ),
    (
        (
            "rate",
            "probab",
            "likelihood",
            "risk",
            "given",
            "exposure",
            "incidence",
            "level",
            "frequen",
            "severity",
        ),
        (
            r"\b(?:rates?|probabilit(?:y|ies)|likelihood|risks?|loss(?:es)?\s+given|exposure\s+at|incidence|levels?|"
            r"frequency|severity)\s+of\s+defaults?\b"
        ),
    ),
    (("by default",), r"\bby\s+default\b"),
    # The company as creditor: a notice of default it served on a tenant, franchisee or customer.
    (
        ("notice",),
        (
            r"\bnotices?\s+of\s+(?:default|termination)\s+(?:to|on|upon|against)\s+(?:the\s+|a\s+|an\s+|its\s+|"
            r"one\s+of\s+(?:its|our|the)\s+|certain\s+)?(?:[\w-]+\s+){0,2}?(?:tenants?|franchisees?|borrowers?|"
            r"customers?|lessees?|licensees?|suppliers?|vendors?|counterpart(?:y|ies)|operators?|purchasers?|buyers?|"
            r"developers?|contractors?|distributors?|sub-?lessees?|obligors?)\b"
        ),
    ),
    (("defaulting",), r"\bdefaulting\s+(?:lenders?|parties|party|members?|shareholders?)\b"),
    (
        ("defaulted",),
        (
            r"\bdefaulted\s+(?:loans?|receivables?|accounts|mortgages?|consumer|student|borrowers?|securities|"
            r"assets|paper|debt\s+securities|bonds\s+held)\b"
        ),
    ),
    (
        (
            "borrower",
            "customer",
            "consumer",
            "cardholder",
            "card",
            "tenant",
            "lessee",
            "obligor",
            "counterpart",
            "homeowner",
            "student",
            "franchisee",
            "debtor",
            "mortgagor",
            "account holder",
            "member",
            "client",
            "dealer",
            "farmer",
            "issuers",
        ),
        r"\b(?:borrowers?|customers?|consumers?|cardholders?|card\s*holders?|tenants?|lessees?|obligors?|"
        r"counterpart(?:y|ies)|homeowners?|students?|franchisees?|debtors?|mortgagors?|account\s+holders?|"
        r"members|clients?|dealers?|farmers?|issuers\s+of)\b" + _GAP + r"{0,40}?\bdefault(?:s|ed|ing)?\b",
    ),
    (
        ("defaults",),
        (
            r"\bdefaults?\s+(?:of|by|on\s+the\s+part\s+of|among|in)\s+(?:the\s+|our\s+|its\s+)?(?:underlying|borrowers?|"
            r"customers?|consumers?|tenants?|obligors?|counterpart(?:y|ies)|loans?|mortgages?|receivables?|"
            r"cardholders?|issuers?|accounts)\b"
        ),
    ),
    (
        ("defaults",),
        (
            r"\b(?:loan|mortgage|consumer|customer|borrower|cardholder|tenant|student[- ]loan|corporate|sovereign|"
            r"counterparty|credit\s+card|subprime|residential|commercial|obligor|payment|judgment|covenant|cross)"
            r"[- ]defaults\b"
        ),
    ),
    (
        ("mortgage", "loan", "receivable"),
        r"\b(?:mortgages?|loans?|receivables?)\s+(?:that\s+are\s+|which\s+are\s+)?(?:\w+\s+){0,4}?in\s+default\b",
    ),
    (
        ("accelerated",),
        r"\baccelerated\s+(?:vesting|share|stock|depreciation|amortization|filer|basis|method|repurchase)\b",
    ),
)
# "Events of default include ...": the contract's list, not an event.
_LIST = cues.rx(
    r"\bevents?\s+of\s+default\b" + _GAP + r"{0,60}?\b(?:include|includes|including|such\s+as|consist|"
    r"are\s+as\s+follows|set\s+forth|described|listed|customary|typical|usual|substantially\s+(?:similar|consistent))|"
    r"\b(?:customary|usual|standard|typical|certain|following|other|specified)\s+(?:(?:affirmative|negative|"
    r"financial|restrictive)\s+)?(?:covenants\s+and\s+)?events?\s+of\s+default\b|"
    r"\bcontain\w*\b" + _GAP + r"{0,200}?\bevents?\s+of\s+default\b|"
    r"\bfollowing\s+(?:constitutes?|are|is\s+an?|shall\s+(?:constitute|be))\s+(?:an?\s+)?events?\s+of\s+default\b",
)
_WAIVER = cues.rx(r"\bwaive[dr]?s?\b|\bwaivers?\b")
_PREVENTED = cues.rx(
    r"\b(?:prior\s+to|before|in\s+advance|avoid|prevent|would\s+otherwise|absent|so\s+that\s+no|no\s+longer)\b"
)
_GENERIC_SUBJECT = cues.rx(r"^\W*(?:an?|any|each|such)\s+(?:(?:event\s+of\s+)?default|breach|failure)\b")
_FUTURE = cues.rx(r"\bwill\s+(?:\w+\s+)?$")
_BANK_FORBEARANCE = cues.rx(
    r"\b(?:borrowers?|customers?|homeowners?|mortgagors?|consumers?|members|covid|pandemic|loan\s+modifications?|"
    r"payment\s+deferrals?|deferrals|hardship)\b"
)
_DEBT_PARTY = cues.rx(
    r"\b(?:lenders?|noteholders?|holders\s+of|agent|indenture|credit\s+(?:agreement|facility)|term\s+loan|"
    r"notes\b|bondholders?|trustee|debentures?)\b"
)
_OTHER_PARTY = cues.words(
    """
    borrower borrowers customer customers consumer consumers cardholder cardholders tenant tenants
    lessee lessees obligor obligors counterparty counterparties loan loans mortgage mortgages
    receivable receivables homeowner homeowners student students franchisee franchisees debtor debtors
    client clients
    """
)
_STRONG = cues.words(
    """
    phrase:notice-of-default phrase:acceleration phrase:missed-payment phrase:event-of-default
    phrase:in-default phrase:item-2.04-title phrase:payment-default
    """
)


class DefaultDetector:
    kind: str = KIND
    # "accelerat" also covers the Item 2.04 title ("Triggering Events That Accelerate ...").
    keywords: tuple[str, ...] = (
        "default",
        "forbear",
        "accelerat",
        "grace period",
        "due and payable",
        "interest payment",
        "principal payment",
        "pay interest",
        "not pay",
        "not repay",
        "failed to",
        "missed",
    )
    max_score: float = 0.9  # no sentence scores higher: once reached, later sentences cannot win
    skip_on: frozenset[str] = frozenset(("default", "accelerat"))
    skip: re.Pattern[str] | None = re.compile(
        r"default\s+(?:judgments?|rates?|risk|probabilit|swaps?|settings?|options?|values?|interest\s+rate)|"
        r"(?:by|loss\s+given|exposure\s+at|probability\s+of|rates?\s+of)\s+default|defaulting\s+lenders?|"
        r"accelerated\s+(?:vesting|share|stock|depreciation|amortization|filer)"
    )

    def analyze(self, text: str, start: int, end: int) -> Candidate | None:
        masked = cues.mask(cues.lower(text[start:end]), OTHER_SENSES)
        match = best_match(masked, (*PHRASES, MISSED))
        if match is not None and match.hedged:
            match = None  # a hedged phrase scores at most 0.3: below any threshold
        covenant = _covenant_score(masked)
        if match is None and covenant is None:
            return None
        score, signal = _score(masked, match, covenant)
        if score > 0.3:
            score -= _list_context(text, start)
        if score <= 0:
            return None
        severity = Severity.critical if signal in _STRONG else Severity.high
        return Candidate(KIND, clamp(score), start, end, (signal,), severity)

    def refine_severity(self, severity: Severity, found: tuple[Amount, ...]) -> Severity:
        return severity


def _covenant_score(masked: str) -> float | None:
    if "covenant" not in masked:
        return None
    m = _COVENANT_BREACH.search(masked)
    if m is None or cues.negated(masked, m.start()) or cues.hedged(masked, m.start(), m.end()):
        return None
    if _ANY.search(masked, m.start(), m.end()):
        return None  # "a breach of any of these covenants": generic
    d = _DEFAULT_WORD.search(masked, m.end())
    if d is None:
        return 0.4
    return None if cues.modal_between(masked, m.start(), d.start()) else 0.8


def _score(masked: str, match: Match | None, covenant: float | None) -> tuple[float, str]:
    if match is None or (covenant is not None and covenant > match.score):
        return (covenant or 0.0) - _penalties(masked, None), "phrase:covenant-default"
    score = match.score + _adjust(masked, match)
    if match.hedged:
        score = min(score, 0.3)
    return score - _penalties(masked, match), match.phrase.signal


def _adjust(masked: str, match: Match) -> float:
    """Phrase-specific corrections: who defaulted, generic subjects, future tense, weak verbs."""
    pre = cues.clause_before(masked, match.start)
    signal = match.phrase.signal
    if signal in ("phrase:in-default", "phrase:defaulted") and _other_party(pre):
        return -1.0
    if signal == "phrase:forbearance" and _BANK_FORBEARANCE.search(masked) and not _DEBT_PARTY.search(masked):
        return -1.0
    if signal == "phrase:acceleration" and not _creditor_acceleration(masked, match, pre):
        return -1.0
    adjust = 0.0
    if signal == "phrase:event-of-default" and _GENERIC_SUBJECT.search(pre):
        adjust -= 0.35  # "a default under X constitutes a default under Y": how the contracts work
    if _FUTURE.search(pre):
        adjust -= 0.2
    if signal == "phrase:missed-payment" and _WEAK_VERB.match(masked, match.start):
        adjust -= 0.0 if _DUE_DATE.search(masked, match.start) else 0.25
    return adjust


# These three read the document text itself (original case).
_ENUMERATOR = re.compile(r"\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[).]\s", re.IGNORECASE)
_ITEM_START = re.compile(
    r"[\u2022\u25cf\u25aa\u25e6\u00b7]|[;:]\s*\n|\n\s*\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s"
)
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")


_DEBT_WORD = cues.rx(
    r"\b(?:debt|loans?|notes|debentures|bonds|indebtedness|borrowings|credit\s+(?:agreement|facility)|"
    r"obligations|lenders?|noteholders|holders|trustee|agent|principal)\b"
)
_OWN_SUBJECT = cues.words("we our company company's registrant registrant's management board it")


def _creditor_acceleration(masked: str, match: Match, pre: str) -> bool:
    """Acceleration by lenders or by operation of the contract, not a company choosing to repay early
    ("we accelerated the repayment of our term loan") or accelerating something else (an earn-out)."""
    if not _DEBT_WORD.search(masked):
        return False
    starts_active = masked.startswith("accelerated", match.start)
    return not (starts_active and any(w in _OWN_SUBJECT for w in cues.last_words(pre, 4)))


def _list_item(text: str, start: int) -> bool:
    """The sentence is an item of a list: it follows a bullet, a line ending in ";" or ":", or an
    "(a)"-style enumerator, with no full stop in between (long items are cut, so look back a way)."""
    if _ENUMERATOR.match(text, start):
        return True
    last = None
    for last in _ITEM_START.finditer(text, max(0, start - 1500), start + 1):
        pass
    return last is not None and not _SENTENCE_END.search(text, last.end(), start)


def _list_context(text: str, start: int) -> float:
    """After "the following constitute events of default": an item of that list (lists run long), or
    a sentence close after a summary of the contract's default terms."""
    if _list_item(text, start):
        return 0.6 if _list_intro_before(text, start, 6000) else 0.0
    return 0.2 if _list_intro_before(text, start, 2500) else 0.0


def _list_intro_before(text: str, start: int, reach: int) -> bool:
    """A "customary events of default" style intro in the ``reach`` characters before ``start``.
    The regex only runs around each "default" found by a plain search, not over the whole window."""
    low = cues.lower(text[max(0, start - reach) : start])
    i = low.find("default")
    while i != -1:
        if _LIST.search(low, max(0, i - 230), i + 90):
            return True
        i = low.find("default", i + 7)
    return False


def _other_party(pre: str) -> bool:
    return any(w in _OTHER_PARTY for w in cues.last_words(pre, 8))


def _penalties(masked: str, match: Match | None) -> float:
    penalty = 0.0
    strong = match is not None and match.phrase.weight >= 0.85
    if _LIST.search(masked):
        penalty += 0.3 if strong else 0.5
    if "waive" in masked and _WAIVER.search(masked):
        penalty += 0.5 if _PREVENTED.search(masked) else 0.15
    if cues.boilerplate(masked):
        penalty += 0.4
    return penalty


DETECTOR = DefaultDetector()
