"""Cues shared by the detectors: negation, hypothetical/risk-factor hedges, boilerplate, amounts, periods.

Everything works on one sentence (a short string) with positions relative to it. Negation and hedges
are judged in the clause *before* the event phrase (plus a few words after it), which is where English
puts "no", "may", "if" and "could" that govern the phrase: "there were no impairment charges",
"we may be required to record impairment charges", "a breach ... could result in an event of default".

Speed convention: sentence-level patterns run on the *lower-cased* sentence and are compiled without
IGNORECASE (``rx``): Python's matcher is several times faster on case-sensitive patterns, and most
are gated by plain substring tests (``present``) before any regex runs. Offsets are unchanged because
``lower`` never changes the length of the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from ahocorasick_rs import AhoCorasick, Implementation

from monitor.domain import Amount

# ------------------------------------------------------------------------------------------- masking


def words(spaced: str) -> frozenset[str]:
    """A word set written as one spaced string (compact tables)."""
    return frozenset(spaced.split())


def rx(pattern: str) -> re.Pattern[str]:
    """A pattern written in lower case, for lower-cased text."""
    return re.compile(pattern)


def lower(text: str) -> str:
    """Lower-case without changing the length (a few characters, like "\u0130", grow when lower-cased), with the
    hyphenated spelling "de-list" written " delist" (same length), so that every rule reads "could be de-listed" and
    "to de-list the common stock" as the usual spelling. A sentence is lowered once, though each kind whose keyword
    it holds reads it: short texts are remembered."""
    if len(text) <= _REMEMBERED:
        return _lower_sentence(text)
    return _lower(text)


_REMEMBERED = 4000  # a sentence, not a document: the cache holds little


@functools.lru_cache(maxsize=512)
def _lower_sentence(text: str) -> str:
    return _lower(text)


def _lower(text: str) -> str:
    low = None
    if len(text) >= _LONG and not text.isascii():
        low = _lower_ascii_letters(text)
    if low is None:
        low = text.lower()
        if len(low) != len(text):
            low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    if "\u2011" in low:  # the Unicode hyphens some sites print: "Non\u2011Compliance Notice", "Form 20\u2011F"
        low = low.replace("\u2011", "-")  # (str.replace: str.translate maps a long text character by character)
    if "\u2010" in low:
        low = low.replace("\u2010", "-")
    return low.replace("de-list", " delist") if "de-list" in low else low


_LONG = 1000  # below this, str.lower's Unicode path costs no more than the detour
_ASCII = bytes(range(128))


def _lower_ascii_letters(text: str) -> str | None:
    """``text.lower()`` for a text whose only cased characters are ASCII letters (curly quotes, dashes
    and the section sign are caseless), through bytes.lower(): str.lower() looks up every character of
    a non-ASCII string in the Unicode tables, at several times the cost. None when some non-ASCII
    character changes when lower-cased (then no character is left unchanged by the detour's test)."""
    raw = text.encode("utf-8", "surrogatepass")
    others = raw.translate(None, _ASCII).decode("utf-8", "surrogatepass")
    if others.lower() != others:
        return None
    return raw.lower().decode("utf-8", "surrogatepass")


@dataclass(frozen=True)
class Sense:
    """An other-sense phrase to blank out; ``needs`` gates the regex by cheap substring tests."""

    needs: tuple[str, ...]
    rx: re.Pattern[str]


def senses(*pairs: tuple[tuple[str, ...], str]) -> tuple[Sense, ...]:
    """(needs, pattern) pairs; needs must not be empty (a sense is only looked for where it can be)."""
    if any(not needs for needs, _ in pairs):
        raise ValueError("every other-sense pattern needs at least one gating substring")
    return tuple(Sense(needs, rx(pattern)) for needs, pattern in pairs)


_R = TypeVar("_R")


class _Last(Generic[_R]):
    """A function of a sentence that remembers its last argument (by identity) and result: the phrase
    tables of one sentence ask in turn. Nothing is kept across sentences, or documents."""

    def __init__(self, fn: Callable[[str], _R]) -> None:
        self._fn = fn
        self._last: tuple[str, _R] | None = None  # replaced whole: a thread sees one pair or another
        functools.update_wrapper(self, fn)

    def __call__(self, sentence: str) -> _R:
        last = self._last
        if last is not None and last[0] is sentence:
            return last[1]
        result = self._fn(sentence)
        self._last = (sentence, result)
        return result


@_Last
def flat(sentence: str) -> str:
    """The sentence with every whitespace run collapsed to one space (substring gates may hold several
    words: "in default" across a line break)."""
    return " ".join(sentence.split())


def present(low: str, needs: tuple[str, ...]) -> bool:
    """Regexes are slow; substring tests are not. No needs: always run. Many needs are looked for in
    one Aho-Corasick pass rather than one substring search each."""
    if len(needs) >= _MANY_NEEDS:
        return gate(needs, _needs_gate).open(low) != 0
    if not needs:
        return True
    for n in needs:  # a plain loop: measurably cheaper than any() over a generator here
        if n in low:
            return True
    return False


_MANY_NEEDS = 16


def _needs_gate(needs: tuple[str, ...]) -> Gate:
    return Gate((needs,))


def mask(low: str, other_senses: Iterable[Sense]) -> str:
    """Blank out other-sense phrases ("amended and restated credit agreement", "default judgment") in
    the lower-cased sentence with spaces, keeping every offset, so event patterns cannot match there.
    A sense none of whose needs is in the sentence is passed over at once: one pass finds the needs of
    all senses. (A blank only writes spaces, so a need without a space that is not in the sentence
    cannot appear in it as senses before are blanked; a sense with a spaced need is always tested.)"""
    table = other_senses if isinstance(other_senses, tuple) else tuple(other_senses)
    candidates = members(gate(table, _senses_gate).open(low)) if len(table) >= _MANY_SENSES else range(len(table))
    for i in candidates:
        sense = table[i]
        for need in sense.needs:
            if need in low:
                low = sense.rx.sub(blank, low)
                break
    return low


_MANY_SENSES = 8


def _senses_gate(table: tuple[Sense, ...]) -> Gate:
    spaced = sum(1 << i for i, sense in enumerate(table) if any(" " in need for need in sense.needs))
    return Gate([sense.needs for sense in table], always=spaced)


def blank(m: re.Match[str]) -> str:
    """A regex match replaced by as many spaces (for ``re.sub``): blanked text keeps every offset."""
    return " " * len(m.group())


class Gate:
    """Which items of a table (phrases, other senses, a needs tuple) a text may concern: item i is open
    when one of its needs (literals) occurs in the text. With many distinct needs, one pass of an
    Aho-Corasick automaton (the ahocorasick_rs package: the Rust aho-corasick crate's DFA) finds them
    all instead of a substring search each; a few are tested one by one, each once. Items in
    ``always``, and items with an empty need, are always open."""

    def __init__(self, needs_per_item: Iterable[tuple[str, ...]], *, always: int = 0) -> None:
        opens: dict[str, int] = {}
        for i, needs in enumerate(needs_per_item):
            for need in needs:
                if need:
                    opens[need] = opens.get(need, 0) | 1 << i
                else:
                    always |= 1 << i
        self._auto: AhoCorasick | None = None
        self._tests = tuple(opens.items())
        if len(opens) >= _AUTOMATON_MIN:
            self._auto = AhoCorasick(list(opens), implementation=Implementation.DFA)
        self._opens = tuple(opens.values())
        self._always = always

    def open(self, low: str) -> int:
        """The bit set of the open items."""
        bits = self._always
        if self._auto is None:
            for need, need_bits in self._tests:
                if need in low:
                    bits |= need_bits
            return bits
        for i, _, _ in literal_hits(self._auto, low):
            bits |= self._opens[i]
        return bits


_AUTOMATON_MIN = 12  # a pass costs about as much as a dozen substring searches in a sentence


def members(bits: int) -> Iterator[int]:
    """The indexes of the set bits, lowest first."""
    while bits:
        lowest = bits & -bits
        yield lowest.bit_length() - 1
        bits ^= lowest


_T = TypeVar("_T")
# Gates by the identity of their table (tables are module constants); each entry keeps its table alive,
# so that the id stays the table's own.
_GATES: dict[int, tuple[object, Gate]] = {}


def gate(table: _T, build: Callable[[_T], Gate]) -> Gate:
    """The gate of ``table``, built once by ``build(table)``."""
    entry = _GATES.get(id(table))
    if entry is not None and entry[0] is table:
        return entry[1]
    made = build(table)
    if len(_GATES) >= 512:  # only a caller building tables on the fly gets here: stay bounded
        _GATES.clear()
    _GATES[id(table)] = (table, made)
    return made


_SURROGATE = re.compile("[\ud800-\udfff]")


def literal_hits(auto: AhoCorasick, low: str) -> list[tuple[int, int, int]]:
    """Every occurrence of the automaton's literals in ``low``, overlapping ones included, as (literal
    index, start, end). The automaton reads UTF-8, in which a lone surrogate (from a JSON "\\ud800"
    escape) cannot be written: those are read as U+FFFD, which no literal holds, at the same offsets."""
    try:
        return auto.find_matches_as_indexes(low, overlapping=True)
    except UnicodeEncodeError:
        return auto.find_matches_as_indexes(_SURROGATE.sub("\ufffd", low), overlapping=True)


def word(literal: str) -> str:
    """A pattern for ``literal`` (plain lower-case letters) at the start of a word. Written as the literal
    followed by a look-behind rather than after ``\\b``: a pattern that opens with a literal lets Python's
    matcher jump to it; one that opens with ``\\b`` is tried at every position (several times slower)."""
    return literal + r"(?<!\w" + literal + ")"


# Within one sentence clause: any character but a full stop or ";" (a decimal point is fine: "$6.4").
GAP = r"(?:[^.;]|\.(?=\d))"
# Late accounts named as a cause, up to the words before the report (each kind names the reports it reads): "over the
# late filing of the December 2023 year-end audited accounts", "for a delay in declaring annual results".
LATE_ACCOUNTS_CAUSE = (
    # ("suspended trading in the shares of 11 companies over delayed filing of accounts")
    r"\b(?:for|over|after|following|due\s+to|because\s+of|owing\s+to)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:(?:late|delayed)\s+(?:filing|"
    # ("its shares will be suspended from trading, following a delay in the publication of its results")
    r"submission|publication|lodge?ment)\s+of|delays?\s+in\s+(?:declaring|publishing|filing|releasing|submitting|announcing|"
    # ("Shares in marketing company M&C Saatchi have been suspended from trading due to a delay in completing the audit of the
    # company's financial results")
    r"lodging|the\s+(?:publication|release|filing)\s+of|(?:completing|finali[sz]ing)\s+the\s+audit\s+of))\s+(?:its\s+|their\s+|the\s+)?"
    r"(?:company['\u2019]s\s+)?(?:[\w-]+\s+){0,4}?"
)

# A parenthetical defined term: (the "Notice of Default"), (the "Restated Period").
DEFINED_TERM_NEEDS = ('"', "\u201c")
# A form's blank for a party's name: "[Auditors' name]", "[NAME OF FOREIGN REPRESENTATIVE]", "[LIST DEBTOR NAMES]".
_NAME_BLANK = re.compile(r"\[[^\]\n]{0,40}\b(?:[Nn]ames?|NAMES?)\b[^\]\n]{0,40}\]")


# A guide's words about itself or to its reader, no event: "This article discusses the removal and resignation of a company
# auditor", "Decode the going concern qualification: the auditor's formal warning ...".
_EXPLAINER_LEAD = rx(
    r"\W*(?:(?:this|the\s+following)\s+(?:article|post|blog\s+post|guide|note|page|section|chapter|paper|briefing|fact\s?sheet|"
    r"explainer)\s+(?:discusses|explains|covers|describes|outlines|looks\s+at|examines|sets\s+out|considers|summari[sz]es|"
    r"will\s+(?:discuss|explain|cover|describe|look\s+at))|(?:learn|understand|discover|decode|explore|find\s+out|read)\s+"
    r"(?:how|what|why|when|whether|about|the|an?)|"
    # a guide's title, to its reader: "What to Do When Your Construction Company Main Contractor Goes into Administration",
    # "How to Spot a Company Headed for Bankruptcy"
    r"what\s+to\s+do\s+(?:when|if)|how\s+to\s+(?:handle|deal\s+with|respond\s+to|protect|survive|navigate|spot|avoid|prepare\s+for))\b"
)


def explainer_lead(low: str, start: int = 0) -> bool:
    """Whether the lower-cased sentence at ``start`` opens as a guide speaking of itself or bidding its reader learn."""
    return _EXPLAINER_LEAD.match(low, start) is not None


def name_left_blank(text: str) -> bool:
    """Whether the document is a form or model with a party's name left blank (a letter never sent)."""
    return "[" in text and _NAME_BLANK.search(text) is not None


DEFINED_TERM = (
    r"\(\s*(?:the\s+|each\s+a\s+|collectively,?\s+the\s+)?[\u201c\"][^\u201d\"\n]{1,80}[\u201d\"]\s*\)"
)


# ------------------------------------------------------------------------------ clause and word windows

# A clause ends at ";", ":", a bullet, a spaced dash or an "(ii)" enumerator. The single characters are
# found with rfind (this runs for every phrase match); the regexes only where their first character is.
_DASH_BREAK = rx(r"\s[\u2013\u2014-]{1,2}\s")
_ENUM_BREAK = rx(r"\(\s*[ivx\d]{1,4}\s*\)")
_WORD = rx(r"[a-z][a-z'\u2019-]*")


def clause_before(sentence: str, start: int, max_chars: int = 160) -> str:
    """Text from the start of the clause holding position ``start`` up to it (at most max_chars)."""
    lo = max(0, start - max_chars)
    window = sentence[lo:start]
    cut = max(window.rfind(";"), window.rfind(":"), window.rfind("\u2022")) + 1
    if "-" in window or "\u2013" in window or "\u2014" in window:
        for m in _DASH_BREAK.finditer(window, cut):
            cut = m.end()
    if "(" in window:
        for m in _ENUM_BREAK.finditer(window, cut):
            cut = m.end()
    return window[cut:]


def last_words(low: str, n: int) -> list[str]:
    return _WORD.findall(low)[-n:]


def first_words(low: str, n: int) -> list[str]:
    out: list[str] = []
    for m in _WORD.finditer(low):
        out.append(m.group())
        if len(out) == n:
            break
    return out


# ----------------------------------------------------------------------------------------- negation

NEGATORS = frozenset({"no", "not", "never", "neither", "nor", "without", "none", "nothing", "cannot"})
# "and" before a finite verb starts a clause the negator does not govern: "matured with no further extension options
# and was in default" (the verb may open the phrase itself, see ``_AND_VERB``).
# ("and the Company is now in default": the same with the clause's subject named)
_CLAUSE_SUBJECT = r"(?:the\s+company|we|it|they|the\s+registrant)"
_NEG_STOP = rx(
    r",|\b(?:but|however|although|though|except|other\s+than)\b|\band\s+(?:" + _CLAUSE_SUBJECT + r"\s+)?"
    r"(?:was|were|is|are|has|have|had)\b"
)
_AND_END = rx(r"\band(?:\s+" + _CLAUSE_SUBJECT + r")?\s*$")
_COMPARATIVE = rx(r"\bno\s+(?:more|less|later|fewer|greater|earlier|sooner)\s+than\b")
_AND_VERB = rx(r"(?:was|were|is|are|has|have|had)\b")
_NUMBER_SIGN = rx(r"\bno\.\s*(?=\d)")


def negated(sentence: str, start: int, window: int = 7) -> bool:
    """A negator among the last ``window`` words before the phrase, within the same comma clause:
    "no impairment was identified", "did not record any impairment", "is not in default"."""
    pre = clause_before(sentence, start, 120)
    if not _has_negator(last_words(pre, window)):
        return False  # the words after a stop are among these: no need to find the stop
    if "than" in pre:
        pre = _COMPARATIVE.sub(" ", pre)  # "of no more than 2.00x": a limit, not a negation
    if "no." in pre:
        pre = _NUMBER_SIGN.sub(" ", pre)  # "(Release No. 34-88465)": a number, not a negation
    stop = 0
    for m in _NEG_STOP.finditer(pre):
        stop = m.end()
    if _AND_VERB.match(sentence, start) and _AND_END.search(pre):
        return False
    return _has_negator(last_words(pre[stop:], window))


def _has_negator(words: list[str]) -> bool:
    if not NEGATORS.isdisjoint(words):
        return True
    joined = " ".join(words)  # "n't" ends a word only where the words hold it at all
    return ("n't" in joined or "n’t" in joined) and any(w.endswith(("n't", "n’t")) for w in words)


# ---------------------------------------------------------------------------------- hedges/hypotheses

# "shall" is how contracts state what would happen: "the Notes shall become due and payable".
MODALS = frozenset({"may", "might", "could", "would", "should", "can", "cannot", "must", "shall"})
# The company's own announcement in reported speech ("Downer EDI said it would recognise ...", "the company said it would
# enter a 30-day grace period ..."): its "would" is the "will" of what was announced, no hedge. A detector completes the
# pattern with the verbs it reports and reads the sentence with ``reported_modals``.
# A day of the week, as news dates what was said or what fell due ("said Wednesday", "did not file its 10-K on Monday").
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
SAID_IT_WOULD = (
    # ("said Wednesday it would", "said it had completed a review of the carrying value of its long-term assets and would
    # record")
    # ("filed a Form 8-K ... unexpectedly disclosing that it would take a $173.2 million goodwill impairment charge")
    r"\b(?:said|says|announced|announcing|disclosed|disclosing|warned|warning|confirmed|confirming|reported|reporting)\s+"
    r"(?:on\s+\w+\s+|" + _WEEKDAY + r"\s+)?"
    r"(?:that\s+)?(?:it|the\s+(?:company|group))\s+(?:(?:had|has)\s+[^.;]{0,100}?\s+and\s+)?would\s+(?:again\s+|also\s+)?"
)


def reported_modals(low: str, said_it_would: re.Pattern[str]) -> frozenset[str]:
    """MODALS, without "would" when the sentence reports the company's announcement (``said_it_would`` matches)."""
    return MODALS - {"would"} if "would" in low and said_it_would.search(low) else MODALS
# Words that make the rest of their clause hypothetical or generic.
CONDITIONALS = frozenset({"if", "unless", "whether", "whenever", "assuming", "absent"})
# Words that make a phrase hypothetical only when right in front of it: "future impairment charges",
# "any event of default", "potential defaults".
NEAR_HEDGES = words(
    """
    future potential potentially possible possibly any avoid avert prevent hypothetical fear fearful afraid
    lest
    """
)
_CONDITIONAL_PHRASE = rx(
    r"\b(?:in\s+the\s+event|in\s+case|upon\s+(?:the\s+)?(?:occurrence|existence|continuance)|"
    r"to\s+the\s+extent|provided\s+that|there\s+can\s+be\s+no\s+assurance|no\s+assurance|"
    # ("saying there was increased risk the firm would not be able to pay debt maturing in March")
    r"cannot\s+assure|can\s+not\s+assure|(?:risks?|likelihood|possibility|probability)\s+(?:that|of|(?=the\s+(?:firm|company|group|"
    r"issuer|bank)\b))|potential\s+for|"
    r"(?:be|is|are)\s+required\s+to|in\s+order\s+to\s+avoid|so\s+as\s+to\s+avoid|"
    # what is only weighed or awaited: "Toshiba is considering a 200 billion yen ($1.8 billion) writedown", "it is only a
    # matter of time before the company files for bankruptcy"
    r"(?:is|are|was|were)\s+(?:considering|weighing|mulling|contemplating)|matter\s+of\s+time\s+before)\b"
)
_CONDITIONAL_PHRASE_NEEDS = (
    "event",
    "case",
    "upon",
    "extent",
    "provided",
    "assur",
    "risk",
    "likelihood",
    "possibility",
    "probability",
    "potential for",
    "required",
    "avoid",
    "considering",
    "weighing",
    "mulling",
    "contemplating",
    "matter of time",
)
_OPENING_CONDITION = rx(
    r"^[\s\W\d]*(?:if|unless|should|whether|whenever|in\s+the\s+event|in\s+case|to\s+the\s+extent|"
    r"upon\s+(?:the\s+)?(?:occurrence|existence|continuance)|any|future|absent|assuming)\b"
)
# "due May 1", "in May", "April and May": the month, not the modal ("the debt and may result in ..." is the modal).
# Each "may" is judged by what stands right before or after it (one search per "may", not a scan of the clause).
_MAY = rx(r"\bmay\b")
_MONTH_MAY_BEFORE = rx(
    r"(?:\b(?:in|on|of|during|since|until|by|from|through|early|late|mid)|\b(?:january|february|march|april|june|july|"
    r"august|september|october|november|december|jan|feb|mar|apr)\.?,?\s+(?:and|or|to|through))\s+$"
)
_MONTH_MAY_AFTER = rx(r"\s+\d")
# A condition anywhere earlier in the sentence (up to a ";") governs what follows, even across ":"
# and enumerations: "if both: (a) such default results from the failure to pay ...".
_IF_ANY = rx(r"\W{0,3}(?:if\s+any|where\s+applicable|when\s+(?:necessary|required))\b")
# (and the habitual "when this happens", in the present: "When this happens Nasdaq issues a deficiency notice to the company")
_HABITUAL_WHEN = r"when\s+(?:this|that|it)\s+(?:happens|occurs)"
_CONDITION_ANYWHERE = rx(r"\b(?:if|unless|whether|whenever|in\s+the\s+event|in\s+case|" + _HABITUAL_WHEN + r")\b")


def _no_month(low: str) -> str:
    if "may" not in low:
        return low

    def word(m: re.Match[str]) -> str:
        month = _MONTH_MAY_AFTER.match(low, m.end()) or _MONTH_MAY_BEFORE.search(low, max(0, m.start() - 24), m.start())
        return "mon" if month else "may"

    return _MAY.sub(word, low)


_AND_DID_NOT = rx(r"did\s+not\b|didn['\u2019]t\b")
_ENDS_AND = rx(r"\band\s+$")


def hedged(sentence: str, start: int, end: int, *, window: int = 12, modals: frozenset[str] = MODALS) -> bool:
    """The phrase at [start, end) is hypothetical: a modal or conditional governs it."""
    semi = sentence.rfind(";", 0, start)
    if _CONDITION_ANYWHERE.search(sentence, semi + 1, start):
        return True
    pre = _no_month(clause_before(sentence, start))
    if _AND_DID_NOT.match(sentence, start) and _ENDS_AND.search(pre):
        # "informed the Bank that it would cease making ... payments and did not make the required April 1, 2016
        # payment": a past-tense verb after "and" states a fact no modal before it can govern
        pre = ""
    words = last_words(pre, window)
    if not (modals.isdisjoint(words) and CONDITIONALS.isdisjoint(words)):
        return True
    if not NEAR_HEDGES.isdisjoint(words[-2:]):
        return True
    if present(pre, _CONDITIONAL_PHRASE_NEEDS) and _CONDITIONAL_PHRASE.search(pre):
        return True
    if _IF_ANY.match(sentence, end):
        return True  # "impairment charges, if any, are recorded ...": policy, not an event
    after = first_words(_no_month(sentence[end : end + 60]), 3)
    if after[:1] == ["and"] and after[1:2] and after[1] in modals:
        return False  # "These breaches constituted events of default and could have resulted in ...": the modal opens the next predicate
    return not modals.isdisjoint(after)


def modal_between(sentence: str, start: int, end: int) -> bool:
    """A modal between a cause and its effect: "a breach ... could result in an event of default"."""
    return not MODALS.isdisjoint(_WORD.findall(_no_month(sentence[start:end])))


@_Last  # asked once per phrase table of the same sentence
def conditional_sentence(sentence: str) -> bool:
    """Sentences opening with a condition ("If the carrying value exceeds ..., an impairment ...")."""
    return bool(_OPENING_CONDITION.match(sentence))


# Statements about companies in general, rules and definitions rather than about this company:
# "companies generally restate ...", "an Item 4.02 Form 8-K should be filed when a registrant's board
# concludes ...", "restatements" are defined as corrections of errors", "Auditing Standard No. 2
# identifies ...", "the company is required to file a Form 8-K alerting investors ...".
_GENERIC = (
    # an indefinite or general subject: "a registrant's board", "a successor auditor", "public companies"
    Sense(
        ("registrant", "issuer", "entit", "filer", "client", "auditor", "a company", "companies"),
        rx(
            r"\b(?:a|an|any|each|every)\s+(?:(?:public|reporting|successor|predecessor)\s+)?(?:registrant|issuer|entity|"
            r"filer|client|auditor)\b|\ba\s+company(?:'s|\u2019s|\s+(?:that|which|must|should|may|is|has))\b|"
            r"(?:^|[^\w\s]\s*|\b(?:public|most|many|some|all|other|that)\s+)(?:companies|registrants|issuers|entities)\b|"
            r"(?<!the\s)(?<!our\s)(?<!its\s)\b(?:registrants|issuers)\b"
        ),
    ),
    # a definition
    Sense(("defined as", "occur"), rx(r"\b(?:is|are)\s+defined\s+as\b|\boccurs?\s+when\b")),
    # what a filer must do
    Sense(
        ("require", "should be filed"),
        rx(
            r"\b(?:is|are)\s+required\s+(?:\w+\s+){0,4}?to\s+(?:file|disclose|report)\b|"
            r"\brequires?\s+(?:a|an|the|each)\s+(?:\w+\s+){0,2}?to\s+(?:file|disclose|report)\b|\bshould\s+be\s+filed\b"
        ),
    ),
    # a rule as the subject: "Auditing Standard No. 2 identifies ..."
    Sense(
        ("identifies", "requires", "provides", "states", "defines", "specifies", "prescribes"),
        rx(
            r"\b(?:standard|rule|item|regulation|guidance|bulletin|instruction|asu|asc)\b(?:[^.;]|\.(?=\s?\d)){0,30}?\b"
            r"(?:identifies|requires|provides|states|defines|specifies|prescribes)\b"
        ),
    ),
)


def generic(low: str) -> bool:
    """The lower-cased sentence speaks of companies in general, a rule or a definition."""
    for sense in _GENERIC:
        if present(low, sense.needs) and sense.rx.search(low):
            return True
    return False


# "The Form 8-K should disclose: 1. The date that the registrant concluded ...", "the following information
# must be disclosed: (a) the date of the conclusion that a material charge is required ...": items of a list
# of what a filing must contain.
_REQUIREMENT_INTRO = re.compile(
    r"\b(?:should|must|shall|(?:is|are)\s+required\s+to)\s+(?:be\s+)?(?:disclos|includ|describ|stat|contain|report)\w*"
    r"\b[^.]{0,60}:",
    re.IGNORECASE,  # reads the document text itself
)


def requirement_item(text: str, start: int, reach: int = 300) -> bool:
    """The sentence at ``start`` follows a "must disclose:" list intro within ``reach`` characters."""
    lo = max(0, start - reach)
    return text.find(":", lo, start) != -1 and bool(_REQUIREMENT_INTRO.search(text, lo, start))


# Forward-looking-statement and risk-factor boilerplate: lists of things that *could* happen.
_BOILERPLATE = rx(
    r"forward[- ]looking\s+statements?|safe\s+harbor|risks\s+and\s+uncertainties|"
    r"actual\s+results\s+(?:could|may|might)\s+differ|could\s+(?:materially\s+and\s+)?adversely\s+affect|"
    r"(?:could|may|might)\s+have\s+a\s+material\s+adverse|factors\s+that\s+could|"
    r"(?:risks?|uncertaint(?:y|ies))\s+(?:related\s+to|relating\s+to|associated\s+with|include|such\s+as)"
)
_BOILERPLATE_NEEDS = ("forward", "harbor", "uncertaint", "differ", "adverse", "factors", "risk")


def boilerplate(low: str) -> bool:
    return present(low, _BOILERPLATE_NEEDS) and bool(_BOILERPLATE.search(low))


# ------------------------------------------------------------------------------------------- amounts

# Amounts and periods are parsed from the lower-cased evidence and sliced from the original text.
_SCALED_DIGITS = r"\d[\d.,]*\s?(?:million|billion|trillion)\b"
_CURRENCY_PREFIX = (
    # (Australian and New Zealand news put the sign first: "a net loss of $US459.8 million")
    r"(us\$|u\.s\.\s?\$|c\$|ca\$|cad\s?\$|a\$|au\$|hk\$|nz\$|s\$|r\$|\$us(?=\s?\d)|\$a(?=\s?\d)|\$|\u20ac|\u00a3|\u00a5|\u20b9|"
    r"(?:usd|eur|gbp|rmb|cny|jpy|chf|cad|aud|sek|nok|dkk|hkd|inr|krw|brl|mxn|zar|sgd|nzd|ils|"
    # the Gulf's, Africa's and central Europe's codes as their business news writes them ("by AED 2.07 billion")
    r"aed|sar|qar|kwd|egp|kes|ngn|pln|czk|huf)\s?|"
    # rupees and ringgit as Indian and Malaysian news write them: "Rs 800 crore", "Rs. 1,200 crore", "RM1.09 million"
    r"\brs\.?\s?(?=\d)|\brm(?=\d)|"
    # rupiah ("Rp 2.28 trillion"), and the peso and the naira by their letter when a scale follows ("a non-cash goodwill
    # impairment charge of P1.6 billion", "N3.4 billion")
    # (the Kenyan shilling and the rand as East and South African news write them: "an impairment loss of Sh5 billion", "KSh 4.74
    # billion", "Via Media goodwill impairment of R74 million")
    r"\brp\.?\s?(?=\d)|\bk?sh\.?\s?(?=" + _SCALED_DIGITS + r")|\b[pnr](?=" + _SCALED_DIGITS + r"))"
)
_NUMBER = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_SCALE = r"(?:\s{0,4}(million|billion|trillion|thousand|crores?|lakhs?|mln|mn|bn|mm|m|b|k)\b)?"
# (a charge written with its sign, as Nordic reports give a cost: "impairment of goodwill amounts to SEK -1,076m")
_AMOUNT = rx(_CURRENCY_PREFIX + r"\s?[-\u2212]?" + _NUMBER + _SCALE)
# An accounting negative in parentheses, "a non-cash loss of $(31.4) million", read as "$ 31.4  million" (same length).
_PAREN_NEGATIVE = re.compile(r"([$\u20ac\u00a3\u00a5\u20b9])\((\d[\d.,]*)\)")


def _unparenthesised(low: str) -> str:
    return _PAREN_NEGATIVE.sub(r"\1 \2 ", low) if "$(" in low or "\u20ac(" in low or "\u00a3(" in low else low


_AMOUNT_SUFFIX = rx(
    _NUMBER + r"(?:\s?(million|billion|thousand))?\s+(euros?|dollars|yuan|renminbi|pounds\s+sterling|"
    r"pounds|yen|swiss\s+francs|francs|kronor|krona|rupees|(?<=illion\s)rand|riyals|dirhams|shillings|naira)\b"
)
_PER_SHARE = rx(r"\s*(?:per|a|/)\s*(?:(?:basic|diluted|fully\s+diluted|common)\s+)?share")
_SYMBOLS = {
    "$": "USD",
    "us$": "USD",
    "u.s.$": "USD",
    "u.s. $": "USD",
    "c$": "CAD",
    "ca$": "CAD",
    "cad $": "CAD",
    "cad$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "hk$": "HKD",
    "$us": "USD",
    "$a": "AUD",
    "nz$": "NZD",
    "s$": "SGD",
    "r$": "BRL",
    "\u20ac": "EUR",
    "\u00a3": "GBP",
    "\u00a5": "JPY",
    "\u20b9": "INR",
    "rmb": "CNY",
    "rs": "INR",
    "rs.": "INR",
    "rm": "MYR",
    "rp": "IDR",
    "rp.": "IDR",
    "p": "PHP",
    "n": "NGN",
    "r": "ZAR",
    "sh": "KES",
    "sh.": "KES",
    "ksh": "KES",
    "ksh.": "KES",
}
_WORD_CURRENCY = {
    "euro": "EUR",
    "euros": "EUR",
    "dollars": "USD",
    "yuan": "CNY",
    "renminbi": "CNY",
    "pounds": "GBP",
    "yen": "JPY",
    "swiss": "CHF",
    "francs": "CHF",
    "kronor": "SEK",
    "krona": "SEK",
    "rupees": "INR",
    # (by the market the news is about: the rand of South Africa, Saudi riyals, the UAE's dirhams, Kenya's shillings)
    "rand": "ZAR",
    "riyals": "SAR",
    "dirhams": "AED",
    "shillings": "KES",
    "naira": "NGN",
}
_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "mm": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "crore": 1e7,
    "crores": 1e7,
    "lakh": 1e5,
    "lakhs": 1e5,
}


def amounts(sentence: str) -> tuple[Amount, ...]:
    """Money amounts as written: "$6.4 million" -> Amount(6400000.0, "USD", "$6.4 million").
    Per-share figures are left out: they do not size an event."""
    low = _unparenthesised(lower(sentence))
    if not has_amount(low):
        return ()
    found: list[tuple[int, Amount]] = []
    for m in _AMOUNT.finditer(low):
        if _PER_SHARE.match(low, m.end()):
            continue
        symbol = " ".join(m.group(1).split())
        currency = _SYMBOLS.get(symbol, symbol.upper())
        found.append((m.start(), _amount(m.group(2), m.group(3), currency, sentence[m.start() : m.end()])))
    for m in _AMOUNT_SUFFIX.finditer(low) if present(low, _MONEY_WORDS) else ():
        if any(start <= m.start() < start + len(a.text) for start, a in found):
            continue
        word = m.group(3).split()[0]
        text = sentence[m.start() : m.end()]
        found.append((m.start(), _amount(m.group(1), m.group(2), _WORD_CURRENCY.get(word, "USD"), text)))
    found.sort(key=lambda p: p[0])
    return tuple(a for _, a in found)


def _amount(number: str, scale: str | None, currency: str, text: str) -> Amount:
    value = float(number.replace(",", ""))
    if scale:
        value *= _SCALES.get(scale.lower(), 1.0)
    return Amount(value=round(value, 2), currency=currency, text=" ".join(text.split()))


# has_amount's three forms, each looked for only where its cue is: a currency sign, a code, a word.
_SIGNS = "$\u20ac\u00a3\u00a5\u20b9"
_SIGN_AMOUNT = rx(r"[$\u20ac\u00a3\u00a5\u20b9](?:us|a)?\s?\(?\.?\d")  # (also "$(31.4) million", "$US459.8 million")
_CODES: tuple[str, ...] = tuple(
    words("usd eur gbp rmb cny jpy chf cad aud sek nok dkk hkd inr krw brl mxn zar sgd nzd ils aed sar qar kwd egp")
    | words("kes ngn pln czk huf rs rm rp")
)
_CODE_AMOUNT = rx(r"\b(?:(?:" + "|".join(c for c in _CODES if c != "rm") + r")\s?\.?|rs\.\s|rm)[-\u2212]?\d")
_LETTER_AMOUNT = rx(r"\b(?:[pnr]|k?sh\.?\s?)" + _SCALED_DIGITS)
_MONEY_WORDS = ("euro", "dollars", "yuan", "renminbi", "pounds", "yen", "francs", "kronor", "krona", "rupees") + (
    "rand", "riyals", "dirhams", "shillings", "naira"
)
_WORD_AMOUNT = rx(
    r"\d\s?(?:million|billion|thousand)?\s+(?:euros?|dollars|yuan|renminbi|pounds|yen|francs|kronor|krona|rupees|(?<=illion\s)rand|"
    r"riyals|dirhams|shillings|naira)\b"
)


def has_amount(low: str) -> bool:
    """A money amount in the lower-cased sentence (a quick test; ``amounts`` parses them)."""
    for sign in _SIGNS:
        if sign in low:
            if _SIGN_AMOUNT.search(low):
                return True
            break
    if present(low, _CODES) and _CODE_AMOUNT.search(low):
        return True
    if ("illion" in low) and _LETTER_AMOUNT.search(low):
        return True
    return present(low, _MONEY_WORDS) and bool(_WORD_AMOUNT.search(low))


# ------------------------------------------------------------------------------------------- periods

_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)"
)
_DATE = _MONTH + r"\s+\d{1,2},?\s+\d{4}"
DATE = _DATE  # "April 12, 2021" (lower-cased text)
MONTH = _MONTH  # "april", "apr."
_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_PERIOD = rx(
    r"\b(?:"
    # "quarter ended March 31, 2025", "fiscal year ended October 3, 2020", "six months ended ..."
    r"(?:fiscal\s+)?(?:years?|quarters?|periods?|(?:three|six|nine|twelve|\d{1,2})[- ]months?|"
    r"(?:13|26|39|52|53)[- ]weeks?)\s+ended\s+" + _DATE + r"(?:(?:,\s*|\s+and\s+|,\s+and\s+)" + _DATE + r")*"
    r"|" + _ORD + r"\s+(?:two|three)\s+(?:fiscal\s+)?quarters\s+of\s+(?:fiscal\s+)?(?:year\s+)?\d{4}"
    r"|" + _ORD + r"\s+(?:fiscal\s+)?(?:quarter|half)\s+(?:of\s+)?(?:fiscal\s+)?(?:year\s+)?\d{4}"
    r"|fiscal\s+(?:years?\s+)?\d{4}(?:\s*(?:through|to|and|-|\u2013)\s*(?:fiscal\s+)?\d{4})?"
    r"|(?:q[1-4]|[1-4]q)\s?(?:fy\s?)?'?\d{2,4}"
    r"|fy\s?'?\d{2,4}"
    r")"
)


# Every period form holds one of these (the regexes are slow to fail).
_PERIOD_NEEDS = ("ended", "quarter", "half", "fiscal", "q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q", "fy")


def periods(sentence: str) -> tuple[str, ...]:
    """Reporting periods named in the sentence, whitespace-normalised, in order, without repeats."""
    out: list[str] = []
    low = lower(sentence)
    if not present(low, _PERIOD_NEEDS):
        return ()
    for m in _PERIOD.finditer(low):
        p = " ".join(sentence[m.start() : m.end()].split())
        if p not in out:
            out.append(p)
    return tuple(out)


_LOW_PERIOD = rx(
    r"\b(?:quarters?|years?|months?|weeks?|periods?)\s+ended\b|\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+"
    r"(?:fiscal\s+)?(?:quarter|half)\b|\bfiscal\s+(?:years?\s+)?\d{4}|\b(?:q[1-4]|[1-4]q)\s?'?\d{2}|\bfy\s?'?\d{2}"
)


def has_period(low: str) -> bool:
    """A reporting period in the lower-cased sentence (a quick test; ``periods`` extracts them)."""
    return present(low, _PERIOD_NEEDS) and bool(_LOW_PERIOD.search(low))


# ------------------------------------------------------------------------------------ structured cues

_ITEM = re.compile(r"([1-9])\.(\d\d)")


def normalise_items(items: Iterable[str]) -> tuple[str, ...]:
    """ "Item 4.02", "4.02", "4.2"? -> "4.02" (only the well-formed dotted number is kept)."""
    out: list[str] = []
    for item in items:
        m = _ITEM.search(str(item))
        if m:
            number = f"{m.group(1)}.{m.group(2)}"
            if number not in out:
                out.append(number)
    return tuple(out)


def normalise_form(form: str | None) -> str | None:
    return " ".join(form.upper().split()) if form else None


AMENDED_PERIODIC = re.compile(r"^(?:10-K|10-Q|10-KSB|10-QSB|10-KT|10-QT|20-F|40-F)/A$")
LATE_NOTICE = re.compile(r"^NT\s+(?:10-K|10-Q|20-F|11-K)")


# --------------------------------------------------------------- shared by the distress-family kinds
# (going concern, bankruptcy, delisting notice, auditor change, late filing)

_DATE_RX = rx(_DATE)
_MONTH_YEAR_RX = rx(r"\b" + _MONTH + r"\s+(?:of\s+)?\d{4}\b")
_MONTH_NUMBER = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}


def dates(sentence: str) -> tuple[str, ...]:
    """Full dates as written ("May 5, 2010"), in order, without repeats."""
    out: list[str] = []
    for m in _DATE_RX.finditer(lower(sentence)):
        d = " ".join(sentence[m.start() : m.end()].split())
        if d not in out:
            out.append(d)
    return tuple(out)


def date_key(low: str) -> tuple[int, int, int] | None:
    """(year, month, day) of the first full date or month-and-year in a lower-cased string, for ordering
    events ("June 2009" sorts as June 0, 2009)."""
    m = _DATE_RX.search(low)
    if m is None:
        m = _MONTH_YEAR_RX.search(low)
    if m is None:
        return None
    parts = m.group().replace(",", " ").replace(".", " ").split()
    month = _MONTH_NUMBER.get(parts[0][:3], 0)
    day = int(parts[1]) if len(parts) == 3 and parts[1].isdigit() else 0
    return int(parts[-1]), month, day


# Headings of the 8-K items that point at the distress kinds, current and pre-August-2004 numbering.
_HEADING = rx(
    # (a title hard-wrapped over lines: "Item\n2.04 Triggering\nEvents That Accelerate or Increase ...")
    r"item\s*(?P<num>1\.03|2\.04|2\.06|3\.01|4\.01|4\.02|3|4)\s*[.:\-\u2013\u2014]?\s*(?P<title>[a-z'\s\u2019-]{0,60})"
)
# (title words, current number, the pre-August-2004 number of the same item)
_HEADING_TITLES = (
    ("bankruptcy or receivership", "1.03", "3"),
    ("triggering event", "2.04", ""),
    ("material impairment", "2.06", ""),
    ("delisting", "3.01", ""),
    ("certifying account", "4.01", "4"),
    ("non-reliance", "4.02", ""),
)


def item_headings(low: str) -> tuple[str, ...]:
    """Items whose heading opens a line of the lower-cased text: "Item 1.03 Bankruptcy or Receivership",
    and in pre-2004 filings "Item 3. Bankruptcy or Receivership" and "Item 4. Changes in Registrant's
    Certifying Accountant" (read as 1.03 and 4.01). A mention inside a sentence ("under Item 4.01 of
    Form 8-K") is not a heading."""
    found: list[str] = []
    i = low.find("item")
    while i != -1:
        line_start = low.rfind("\n", max(0, i - 6), i) + 1 if i else 0
        if (i == 0 or line_start) and not low[line_start:i].strip(" \t|\u2022"):
            m = _HEADING.match(low, i)
            if m is not None:
                number = _heading_number(m.group("num"), " ".join(m.group("title").split()))
                if number and number not in found:
                    found.append(number)
        i = low.find("item", i + 4)
    return tuple(found)


_COVER = rx(r"date\s+of\s+(?:report|earliest\s+event)")
_ANY_HEADING = re.compile(r"^[ \t|\u2022]*item\s*\d{1,2}\.\d{2}\b", re.MULTILINE)


def current_report(low: str, most_items: int = 5) -> bool:
    """The lower-cased text is one 8-K: its cover ("Date of Report (Date of earliest event reported)") and at
    most a few item headings (Form 8-K's instructions and lists of its items open a line with each of them)."""
    if _COVER.search(low, 0, 4000) is None or "general instructions" in low:
        return False
    return sum(1 for _ in _ANY_HEADING.finditer(low)) <= most_items


def heading_line(low: str, number: str) -> tuple[int, int] | None:
    """Span of the line whose heading is item ``number`` (its pre-2004 number too), or None."""
    for m in _ANY_HEADING_OF.finditer(low):
        if _heading_number(m.group("num"), " ".join(m.group("title").split())) == number:
            start = m.start("item")
            end = low.find("\n", start)
            return start, (len(low) if end == -1 else end)
    return None


_ANY_HEADING_OF = re.compile(r"^[ \t|\u2022]*(?P<item>" + _HEADING.pattern + ")", re.MULTILINE)


def _heading_number(num: str, title: str) -> str | None:
    for words, number, old in _HEADING_TITLES:
        if words in title and num in (number, old):
            return number
    return num if "." in num and not title else None


_GOVERNING = rx(
    r"\b(?:if|unless|whether|in\s+the\s+event|in\s+case|once|assuming|absent|upon\s+(?:the\s+)?(?:occurrence|failure)|"
    + _HABITUAL_WHEN + r")\b"
)
_CONDITION_RESET = rx(r"\bthe\s+fact\s+that\b|\bnotwithstanding\b")
NEAR_HYPOTHETICAL = words("future potential potentially possible possibly any hypothetical")
_ENDS_NOUN = words("amid amidst after following despite since over with because")


def governed(low: str, start: int, modals: frozenset[str] = MODALS, window: int = 10, end: int | None = None) -> bool:
    """The phrase at ``start`` of the lower-cased sentence is hypothetical: a condition earlier in its
    clause (up to a ";" or "the fact that"), a modal among the ``window`` words before it, "future",
    "potential" or "any" right in front, or (given the phrase's ``end``) a modal right after it ("could
    raise substantial doubt", "if we fail to regain compliance", "whether there is substantial doubt",
    "any future bankruptcy filing", "delays in filing our reports could result in ...")."""
    if end is not None and not modals.isdisjoint(first_words(_no_month(low[end : end + 60]), 3)):
        return True
    semi = low.rfind(";", 0, start)
    lo = semi + 1
    for m in _CONDITION_RESET.finditer(low, lo, start):
        lo = m.end()
    if _GOVERNING.search(low, lo, start):
        return True
    pre = _no_month(clause_before(low, start)[-(start - lo) :] if start > lo else "")
    last = last_words(pre, window)
    if not modals.isdisjoint(last):
        return True
    # (a preposition ends the noun "future" before it: "doubts over its future amid failure to file its quarterly report")
    return not NEAR_HYPOTHETICAL.isdisjoint(last[-1:] if last[-1:] and last[-1] in _ENDS_NOUN else last[-2:])


# Rule, standard and guidance text speaks of any company: "a company that receives a deficiency notice",
# "an entity's ability to continue as a going concern", "issuers that fail to file".
GENERIC_SUBJECT = rx(
    # ("a Nasdaq-listed company that was late in filing a required periodic report would immediately receive a delisting letter")
    r"\b(?:a|an|any|each|every)\s+(?:listed\s+|public\s+|reporting\s+|sec\s+|[a-z]+-listed\s+)?(?:company|companies|entity|issuer|"
    # (not a SPAC's "a business combination")
    r"registrant|filer|corporation|organization|business(?!\s+combinations?\b))\b|"
    # (not a law's name: "a winding-up petition under Section 305 ... of Companies Ordinance, 1984 has been filed against")
    # (nor a requirement's content: "it no longer complied with Nasdaq requirements that companies maintain a minimum price")
    # (nor a defined term for the filers themselves: 'Kaiser Aluminum Corporation and ... (collectively "the Companies")')
    # (the word looked for before the lookbehinds, which would otherwise be tried at every position)
    r"\b(?=companies|issuers|registrants|filers)(?<!requirements\sthat\s)(?<!requirement\sthat\s)(?<![\"\u201c]the\s)"
    r"(?<!the\s[\"\u201c])(?:companies|issuers|registrants|"
    # (nor the UK's registrar: "struck off the companies register", "a dissolution order by Companies House")
    # (nor Canada's Act: "under the Companies' Creditors Arrangement Act (CCAA)")
    r"filers)\b(?!['\u2019]?\s+(?:ordinance|act|house|register|registry|creditors['\u2019]?\s+arrangement)\b)|"
    # businesses by a quantifier: "Many businesses are facing increasing doubts about their ability to continue as a going
    # concern"
    r"\b(?:many|most|some|all|other)\s+(?:[\w-]+\s+)?businesses\b|"
    # (entities of a kind named by what they are or whose they are are no rule's subject: "government entities", "their
    # respective ... special purpose entities", "its affiliated entities")
    r"(?<!government\s)(?<!governmental\s)(?<!purpose\s)(?<!affiliated\s)(?<!related\s)(?<!consolidated\s)(?<!its\s)(?<!our\s)"
    r"(?<!their\s)\bentities\b|"
    r"\b(?:the|an|a)\s+entity['\u2019]s\b"
)


# A release's headline names the issuer that received a letter or an opinion: "Acme Corp. Receives Nasdaq Deficiency
# Letter", "Wegener Corporation Receives Nasdaq Notice, Going Concern Audit Opinion and Promissory Note Extension",
# "Speedus Announces Compliance with ..., and Receipt of Noncompliance Notification" (not an exchange receiving a plan;
# a rule's "companies that receive" is told by ``generic_subject``).
NAMED_RECEIVER = rx(
    # ("International Media Acquisition Corp. (IMAQ) has received a delisting notification")
    r"\W*(?!(?:the\s+)?(?:nasdaq|nyse|exchange|staff|panel|sec|listing|hearings?)\b)(?:[\w&.,'\u2019()-]+\s+){1,6}?"
    # ("Golden Minerals Co. has been informed by the NYSE American LLC of their non-compliance")
    r"(?:receives|received|(?:(?:has|have|had)\s+been|was|were|is)\s+(?:informed|notified|advised)\s+by|"
    r"announces\b[^;]{0,120}?\breceipt\s+of)\b"
)


def generic_subject(low: str, lo: int, hi: int) -> bool:
    """Rule or guidance wording between ``lo`` and ``hi`` of the lower-cased sentence."""
    return GENERIC_SUBJECT.search(low, lo, hi) is not None


# Within one sentence of the distress-family kinds: any character but ";". The sentence is already cut
# at its end, so a full stop inside it belongs to an abbreviation ("U.S. Bankruptcy Court", "Inc.").
IN_SENTENCE = r"[^;]"


# ------------------------------------------------------------------------- definitions and instructions

# A definition or explanation of a term, not an event: "a write-down is an accounting term used in ...",
# "an error correction is the correction of an error in previously issued financial statements", "a grace
# (or cure) period is a period of time following a default in which an issuer is permitted to ...",
# "a write-down is performed when an asset's fair market value falls below its book value", "What is a
# write-down?". The subject is indefinite (a/an + a noun phrase) and the verb a present-tense copula.
_DEFINITION = rx(
    r"(?:^|\bthat\s|[,:;]\s)\W*an?\s+(?:[\w()-]+\s+){1,4}?(?:is|are|means|refers\s+to|describes)\s+"
    r"(?:(?:an?|the|any|one)\s+|(?:\w+ed|used|made|done|taken|given)\s+(?:when|if|to|by|in)\b)|"
    # "a default occurs when a borrower fails to make interest payments ..."
    r"(?:^|\bthat\s|[,:;]\s)\W*an?\s+(?:[\w()-]+\s+){1,4}?(?:occurs?|happens?|arises?|exists?)\s+(?:when|if)\b|"
    r"\bwhat\s+(?:is|are)\s+(?:an?\s+)?[\w\s-]{2,40}\?|"
    # a glossary's pointer to a case: "An example of a security for which a technical default occurred, but did not go
    # into default status"
    r"^\W*(?:an|one)\s+example\s+of\s+an?\s+(?:[\w-]+\s+){1,3}?(?:for\s+which|in\s+which|where|whose|that)\b|"
    # an explainer's examples, and what any business does in general: "Examples include debtors declaring to the court that
    # they are unable to pay their debts", "Businesses file for Chapter 11 when they are unable to pay debt or creditors"
    r"^\W*examples\s+include\b|^\W*(?:businesses|companies|debtors|borrowers|firms|issuers|corporations)\s+(?:(?:usually|"
    r"typically|often|generally|normally|may|can|will|must)\s+)?(?:file|default|go|enter|seek|become|fall)\b[^.;]{0,80}?"
    r"\bwhen\s+they\b"
)


# A term glossed with "the", and what a kind of document says in general: "The two year grace period refers to the time
# within which the bond will not pay back principal amount", "A forbearance or standstill agreement will state the extent of
# the lender's concessions".
_GLOSSED = rx(
    r"(?:^|[,:;]\s)\W*the\s+(?:[\w()-]+\s+){1,4}?refers\s+to\s+(?:the|an?|any)\b|"
    r"^\W*an?\s+(?:[\w-]+\s+){0,3}?(?:agreement|indenture|contract|notice|letter|waiver)\s+(?:will|would|should|must|"
    r"typically|usually|generally|often)\s+(?:\w+ly\s+)?(?:state|provide|set\s+out|include|contain|specify|describe)\b"
)


def definition(low: str) -> bool:
    """The lower-cased sentence defines or explains a term rather than reporting what happened (a sentence
    with an amount reports one)."""
    defining = any(
        w in low for w in (" is ", " are ", " means ", " refers ", " describes ", " when ", " if ", "example of ", "examples ")
    )
    if defining and _DEFINITION.search(low) is not None and not has_amount(low):
        return True
    glossed = " refers to " in low or low.lstrip(" \t\n\"'\u201c(").startswith(("a ", "an "))
    return glossed and _GLOSSED.search(low) is not None and not has_amount(low)


# Instructions of a form or rule: "If the registrant ... concludes that ..., disclose the following
# information: (a) the date of the conclusion that a material charge is required ...". The imperative intro
# makes the items that follow it a list of what to disclose, not facts.
_INSTRUCTION_INTRO = re.compile(
    r"(?:^|[,;:.]\s*|\n\s*)(?:disclose|state|describe|provide|furnish|include|identify)\s+the\s+following\b[^.]{0,40}:",
    re.IGNORECASE,  # reads the document text itself
)


def instruction_item(text: str, start: int, reach: int = 600) -> bool:
    """The sentence at ``start`` follows a "disclose the following information:" intro within ``reach``."""
    lo = max(0, start - reach)
    return text.find(":", lo, start) != -1 and bool(_INSTRUCTION_INTRO.search(text, lo, start))


# Guidance addressed to the reader: "Restatement requires that you: ...", "You should restate prior period
# financial statements when ...".
_READER = rx(r"\byou(?:r)?\b")
_READER_INTRO = re.compile(r"\byou\s*:", re.IGNORECASE)
_QA = rx(r"^\W*(?:q|a|question|answer)\s*[:.]\s")
# A Japanese filer's notice formula speaks for the company, not to a reader: "... and we hereby notify you."
_NOTICE_FORMULA = rx(r"\bwe\s+(?:hereby\s+)?(?:notify|inform)\s+you\b(?:\s+as\s+follows)?")


def addressed_to_reader(text: str, low: str, start: int, reach: int = 300) -> bool:
    """The sentence speaks to "you", or follows a list intro that does ("... requires that you:")."""
    if "you" in low and _READER.search(_NOTICE_FORMULA.sub(" ", low) if "notify you" in low or "inform you" in low else low):
        return True
    if _QA.match(low):
        return True  # "Q: ... the Audit Committee has concluded that ...": a reader's question in a Q&A
    return bool(_READER_INTRO.search(text, max(0, start - reach), start))


# ------------------------------------------------------------------ rules, placeholders and catalogues

# A condition right after the phrase makes a rule of it: "goodwill is considered impaired if the carrying
# value ... exceeds", "prior period financial statements should be restated when there is an error".
_CONDITION_AFTER = rx(r"\W{0,3}(?:[\w-]+\s+){0,2}?(?:if|when|whenever|unless|once)\b")


def condition_after(low: str, end: int) -> bool:
    """A conditional word within the first three words after ``end`` of the lower-cased sentence."""
    return _CONDITION_AFTER.match(low, end) is not None


# A stand-in for a company in an explainer: "Company Y filed a 10-K/A to restate ...", "XYZ Corp. recorded ...".
_PLACEHOLDER = rx(
    # (not "a" or "i": "gave the company a waiver" is no placeholder)
    r"\b(?:company|corporation|firm|entity|issuer|borrower)\s+[b-hj-z](?:['\u2019]s)?(?=[\s,])(?!\s+(?:a|an|the|of|to|in)\b)|"
    r"\b(?:abc|xyz)\s+(?:company|corp|corporation|inc|co)\b"
)
_PLACEHOLDER_NEEDS = ("company ", "corporation ", "firm ", "entity ", "issuer ", "borrower ", "abc ", "xyz ")
# A made-up listed issuer by a letter and its legal form: "In 2015, X Berhad had defaulted in the following payments".
_PLACEHOLDER_ISSUER = rx(r"(?:^|[\s,(])[x-z]\s+(?:berhad|bhd|limited|ltd|plc|inc|corp)\b")
_PLACEHOLDER_ISSUER_NEEDS = ("x berhad", "x bhd", "x ltd", "x limited", "x plc", "x inc", "x corp", "y berhad", "y ltd", "z berhad")


def placeholder_subject(low: str) -> bool:
    """The lower-cased sentence tells of a made-up company ("Company X", "ABC Corp", "X Berhad"): an example."""
    return present(low, _PLACEHOLDER_NEEDS) and _PLACEHOLDER.search(low) is not None or placeholder_issuer(low)


def placeholder_issuer(low: str) -> bool:
    """The lower-cased sentence names a made-up issuer by a letter and its legal form ("X Berhad", "Y Ltd")."""
    return present(low, _PLACEHOLDER_ISSUER_NEEDS) and _PLACEHOLDER_ISSUER.search(low) is not None


# "... considers any of the following events as delinquent filings: ...; or the company files a Form 8-K
# disclosing that ...": an item of a list of kinds of event, not one that happened.
_KINDS_LIST = rx(r"\b(?:any|each|either|one)\s+of\s+the\s+following\b|\bsuch\s+as\s*:")


def kinds_list_before(low: str, start: int) -> bool:
    """A "any of the following" list intro earlier in the lower-cased sentence."""
    if "following" not in low and "such as" not in low:
        return False
    return _KINDS_LIST.search(low, 0, start) is not None


# A catalogue of Form 8-K item titles: "Item 2.03 Creation of a Direct Financial Obligation ... Item 2.04
# Triggering Events That Accelerate ... Item 2.05 Costs Associated with Exit or Disposal Activities".
_ITEM_NUMBER = rx(r"\bitem\s+\d\.\d\d\b")


def item_catalogue(low: str) -> bool:
    """Three or more Form 8-K item numbers in the lower-cased sentence: a list of items."""
    if low.count("item") < 3:
        return False
    return len(_ITEM_NUMBER.findall(low)) >= 3


# A form or template with blanks: "{{borrower_name}}", "[Contact name]", "[Amount]", "________".
_TEMPLATE = rx(
    r"\{\{|\[\s*(?:date|amount|name|contact\s+name|company|company\s+name|borrower|lender|insert\b[^\]]{0,30}|"
    r"address|number|x+)\s*\]|_{6,}"
)


def template_text(low: str) -> bool:
    """The lower-cased sentence holds template blanks: a form letter, not a letter that was sent."""
    return ("{{" in low or "[" in low or "______" in low) and _TEMPLATE.search(low) is not None


# A made-up illustration: "Commercial Loan Default: A construction company borrowed funds ... it defaulted on
# the loan", "For example, a company that discovers an error ... restates", "Suppose a retailer ...".
_ILLUSTRATION = re.compile(
    # (a run-in heading over a report, "Impairment: An impairment charge of $5 million was recorded", is none)
    r"[ \t\u2022*-]*(?:(?:[A-Z][\w'\u2019-]*\s+){0,4}[A-Z][\w'\u2019-]*\s*:\s+(?:An?\s(?![\w-]*\s*(?:impairment|default|"
    r"event|notice|error|restatement|charge|write|forbearance|acceleration)\b)|(?:Consider|Suppose|Imagine|Say)\s)|"
    r"(?:For\s+example|For\s+instance|Example|Illustration)\s*[,:]?\s+(?:an?\s|suppose|consider|imagine|say)|"
    r"(?:Suppose|Imagine|Consider|Assume)\s+(?:that\s+)?an?\s)"
)


def illustration(text: str, start: int, reach: int = 600) -> bool:
    """The line holding position ``start`` of the document text opens a made-up example (a glossary entry's
    "Term: A company ...", "For example, a company ...", "Suppose a company ...")."""
    line = text.rfind("\n", max(0, start - reach), start) + 1
    if line == 0 and start > reach:
        return False
    return _ILLUSTRATION.match(text, line) is not None


# Audit firms by name (auditor change: "Deloitte was notified of the dismissal"; going concern: "PricewaterhouseCoopers
# Raise Going Concern Doubt").
AUDIT_FIRM_NAMES = (
    r"deloitte|pricewaterhouse\w*|\bpwc\b|kpmg|ernst\s*&\s*young|\bey\b|\be&y\b|\bbdo\b|grant\s+thornton|marcum|\brsm\b|"
    r"crowe|moss\s+adams|baker\s+tilly|mazars|forvis|bkd\b|cohnreznick|withum\w*|friedman\s+llp|malone\s*bailey|"
    # ("all severed decades-long relationships with Andersen as their auditor")
    r"bf\s+borgers|arthur\s+andersen|\bandersen\b|mayer\s+hoffman|eisneramper|plante\s+moran|cherry\s+bekaert|armanino|"
    r"wolf\s+&\s+company|urish\s+popeck|rosenberg\s+rich|m&k\s+cpas|turner,?\s+stone|haskell\s+&\s+white"
)
