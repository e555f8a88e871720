"""Going concern: the company, or its auditor, states that substantial doubt exists about the company's
ability to continue as a going concern (a going-concern note, the auditor's explanatory paragraph, a
going-concern opinion announced under an exchange rule, a former auditor's report recalled in an 8-K).
Close variants ("raises a doubt", "significant doubt", "ability to meet its obligations") count.

Not going concern: "do not raise substantial doubt", doubt that management's plans "alleviated", what
could raise doubt (risk factors: "could", "if we are unable to raise capital"), what the standard asks
("evaluate whether conditions raise substantial doubt", ASU 2014-15, "an entity's ability") and doubt
about someone else (a tenant's or customer's ability to continue).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from monitor.detect import cues
from monitor.detect.base import Candidate, clamp
from monitor.domain import Amount, Severity

KIND = "going_concern"

_DOUBT = cues.rx(r"\b(?:(?:substantial|significant|serious|considerable|great|a)\s+)?doubts?\b")
# What the doubt is about: going on as a business (or paying what falls due).
_ABOUT = cues.rx(
    # ("substantial doubt about our ability to pay our obligations as they come due": the standard's own test)
    r"going[-\s]+concern|ability\s+to\s+(?:continue\s+(?:(?:its|our|their)\s+)?(?:operations|in\s+(?:business|existence)|"
    r"to\s+operate|operating)|operate\s+as\s+(?:a\s+)?going|(?:meet|pay|satisfy)\s+(?:its|our|their)\s+(?:future\s+)?"
    r"(?:financial\s+)?obligations|do\s+so\b)|continue\s+(?:as\s+(?:a\s+)?going|in\s+(?:business|existence))|"
    r"raise[sd]?\s*about\b|"
    # "raises "substantial doubt" over its ability to remain solvent"
    r"ability\s+to\s+remain\s+(?:solvent|in\s+business)\b|"
    # news paraphrase: "it said there was "substantial doubt" about its ability to keep operating"
    # ("Auditors for General Motors have raised "substantial doubt" about the US vehicle manufacturer's ability to survive")
    r"ability\s+to\s+(?:keep|stay)\s+(?:operating|in\s+business)\b|ability\s+to\s+survive\b|"
    # ("there was "substantial doubt" about whether it could stay in business")
    r"whether\s+(?:it|the\s+company|we)\s+(?:could|can|will\s+be\s+able\s+to|would\s+be\s+able\s+to)\s+(?:stay|remain|continue)\s+"
    r"(?:in\s+business|operating|afloat)\b|"
    # ("raised serious doubts about the capacity of the Group to remain in business")
    # ("Deloitte had also said there were "significant doubts" about its capacity to keep operating")
    r"capacity\s+(?:of\s+the\s+(?:group|company)\s+)?to\s+(?:remain|stay|continue|keep)\s+(?:in\s+business|operating|as\s+(?:a\s+)?going)\b"
)
# Text whose "substantial doubt" was lost in rendering (an inline-XBRL fragment): "These factors
# raiseabout the Company's ability to continue as a going concern."
_WORDS_LOST = cues.rx(
    r"\braise[sd]?\s*about\s+(?:the\s+company['\u2019]s|our|its|the\s+ability\s+of\s+the\s+company)\s+(?:ability\s+)?to\s+"
    r"continue\s+as\s+(?:a\s+)?going\s+concern"
)
_SELF = cues.rx(r"\b(?:the\s+company|company['\u2019]s|we|our|us|its|the\s+registrant|the\s+fund|the\s+trust)\b")
# Whose ability is in doubt, in "about X's ability" / "the ability of X to continue": the company
# itself, not a tenant, a joint venture or the entity of a standard's text.
_WHOSE = cues.rx(
    r"(?:about|as\s+to|regarding|concerning|on|upon|in|over|raised?\s*about)\s+(?P<who>(?:[\w&.,\-]+\s+){0,5}?"
    r"(?:[\w&.\-]+(?:'s|\u2019s|s'|s\u2019)\s+)?)ability(?:\s+of\s+(?P<who2>(?:[\w&.\-]+\s+){1,5}?)to\b)?"
)
_SELF_WHO = cues.rx(r"\b(?:company|company['\u2019]s|corporation|partnership|registrant|fund|trust|we|our|us|its|group)\b")
_OTHER_PARTY = cues.words(
    """
    tenant tenants customer customers lessee lessees borrower borrowers supplier suppliers vendor vendors
    partner partners investee investees counterparty counterparties franchisee franchisees operator operators
    guarantor guarantors licensee licensees insurer insurers obligor obligors venture ventures affiliate
    """
)
# Verbs that assert the doubt (a heading such as "Substantial Doubt about Going Concern" asserts nothing).
_ASSERT = cues.rx(
    r"\b(?:rais\w*|creat\w*|cast\w*|give[sn]?\s+rise|gave\s+rise|lead\w*\s+to|led\s+to|result\w*\s+in|indicat\w*|"
    r"exist\w*|is|are|was|were|remains?|remained|been|be|express\w*|conclud\w*|determin\w*|believ\w*|has|have|had|"
    # news wording: "Tupperware Brands flagged doubts about the ability to continue as a going concern"
    r"contain\w*|includ\w*|stat\w*|disclos\w*|identif\w*|except|flag(?:s|ged|ging)|"
    # ("Nio admitting, as Reuters reports, "substantial doubt about its ability to continue as a going concern"")
    r"admit(?:s|ted|ting)?|acknowledg\w*|cit(?:es|ed|ing)|warn(?:s|ed|ing)|"
    # the auditor's finding, as news reports it: "The audit report by Mayer Hoffman McCann PC found "substantial doubt" about
    # the portfolio's ability to continue as a going concern"
    r"found|finds)\b|"
    # "there is" contracted in news: "Early in June, CBL said there's "substantial doubt" about its ability to continue as
    # a going concern"
    r"\bthere['\u2019]s\b"
)
# The doubt resolved: plans alleviated (mitigated, eliminated) it, or it no longer exists.
_RESOLVING = r"(?:alleviat|mitigat|eliminat|resolv|remov|overc[oa]m|dispel)\w*"
_RESOLVED = cues.rx(
    r"\b" + _RESOLVING + r"\s+(?:\w+\s+){0,3}?doubt|\bdoubts?\b[^;]{0,160}?\b(?:has|have|had|was|were|is|are|be|been)\s+"
    r"(?:\w+\s+)?" + _RESOLVING + r"|\bno\s+longer\s+(?:exists?|substantial|an?\s+substantial|raises?)\b"
)
# The uncertainty itself resolved: "the Company believes there are enough funds to mitigate the going concern uncertainty".
_MITIGATED = cues.rx(r"\b" + _RESOLVING + r"\s+(?:the\s+|this\s+|such\s+|any\s+)?(?:[\w-]+\s+)?$")
_POST_NEGATION = cues.rx(r"^\W*(?:\w+\s+){0,12}?(?:does|do|did)\s+not\s+exist|^\W*(?:no\s+longer|not)\s+exists?")
# The standard and its instructions, not the company's conclusion.
_POLICY = cues.rx(
    r"\b(?:evaluat\w*|assess\w*|consider\w*|determin\w*|review\w*)\s+whether\b|\bexists?\s+when\b|\brequir\w*\b|"
    r"\bguidance\b|\basu\s+(?:no\.\s+)?2014-15\b|\bstandard\s+(?:defines|clarifies|requires)\b|\bin\s+order\s+to\s+alleviate\b|"
    # ("A going concern warning is given when auditors have substantial doubt about a company's ability")
    r"\b(?:is|are)\s+(?:given|issued|included|required)\s+when\b"
)
# The auditor's going-concern paragraph or opinion (even without the word "doubt").
_OPINION = cues.rx(
    # ("Receives Nasdaq Notice, Going Concern Audit Opinion and Promissory Note Extension")
    r"going[-\s]+concern[\"\u201d\u2019']?\s+(?:audit\s+)?(?:explanatory\s+paragraph|paragraph|opinion|qualification|"
    # ("Sears added so-called going-concern language to its latest annual report filing")
    r"explanation|emphasis|modification|uncertainty|warning|doubt|matter|language)|(?:explanatory\s+paragraph|emphasis\s+of\s+(?:a\s+)?matter|qualified\s+opinion|"
    r"opinion)\s+(?:\w+\s+){0,6}?going[-\s]+concern|"
    # "contained a qualification as to the Registrant's ability to continue as a going concern"
    # "an explanatory paragraph referring to an uncertainty concerning our ability to continue as a going concern", "a
    # separate paragraph regarding the ability of the Registrant to continue as a going concern"
    # ("an explanatory paragraph expressing uncertainty as to the registrant's ability to continue as a going concern")
    r"(?:qualification|modification|explanatory\s+paragraph|emphasis\s+paragraph|paragraph)\s+(?:(?:(?:referring|relating|"
    r"related|pertaining)\s+to|expressing|describing|noting|indicating)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:material|significant|substantial)\s+)?(?:uncertaint(?:y|ies)|doubt)\s+)?(?:as\s+to|regarding|about|concerning|with\s+(?:respect|regard)\s+to|in\s+regard\s+to|(?:relat(?:ing|ed)|pertaining|"
    r"referring)\s+to|on)\s+"
    r"(?:(?:the\s+(?:company|"
    r"registrant|fund|partnership|corporation)['\u2019]s|its|our)\s+ability|the\s+ability\s+of\s+(?:the\s+)?(?:company|"
    # ("with regard to the Company's ability to continue as a \u201cgoing concern\u201d")
    r"registrant|fund|partnership|corporation|trust))\s+to\s+continue\s+as\s+a\s+[\"\u201c']?going[-\s]+concern|"
    # the doubt named as what the auditor's report includes: "the inclusion of substantial doubt about the Company's ability to
    # continue as a going concern in the report of our independent registered public accounting firm"
    r"\binclusion\s+of\s+(?:an?\s+)?(?:substantial|significant)\s+doubt\s+(?:about|regarding|as\s+to)\s+(?:the\s+company['\u2019]s|its|our)\s+"
    r"ability\s+to\s+continue\s+as\s+(?:a\s+)?going[-\s]concern\s+in\s+the\s+(?:[\w-]+\s+)?(?:report|opinion)\s+of\b|"
    # "the report of Grant Thornton LLP on the Company's financial statements ... was qualified as to the uncertainty of the
    # Company's ability to continue as a going concern"
    r"\b(?:was|were|is|had\s+been)\s+(?:qualified|modified)\s+(?:as\s+to|with\s+respect\s+to|for|because\s+of)\s+(?:the\s+|an\s+)?"
    r"uncertaint(?:y|ies)\s+(?:of|about|as\s+to|regarding|concerning)\s+(?:the\s+(?:company|registrant)['\u2019]s|its|our)\s+"
    r"ability\s+to\s+continue\s+as\s+(?:a\s+)?going[-\s]concern|"
    # "contained a modified opinion on the uncertainty of the Company to continue as a going concern"
    r"(?:qualification|modification|modified\s+opinion|qualified\s+opinion|explanatory\s+paragraph|paragraph)\s+(?:on|"
    r"regarding|about|as\s+to|concerning)\s+(?:the\s+)?uncertaint(?:y|ies)\s+(?:of|about|as\s+to|regarding)\s+(?:the\s+"
    r"(?:company|registrant)|its|our)\s+(?:ability\s+)?to\s+continue\s+as\s+(?:a\s+)?going[-\s]concern"
)
# The paragraph taken out: "the going concern paragraph has been removed from its audit opinion", "Having the going
# concern opinion removed".
_REMOVED = cues.rx(
    r"\s+(?:(?:has|have|had|was|were|is|are|will\s+be|being)\s+(?:been\s+)?)?(?:removed|eliminated|dropped|withdrawn|lifted)\b"
)
# An audit firm named as the one who raised it (a headline: "AGWAY INC: PricewaterhouseCoopers Raise Going Concern
# Doubt"): the report it gave is on the company's statements.
_FIRM = cues.rx(cues.AUDIT_FIRM_NAMES)
# ... but not what a firm does in general: "KPMG issues going concern opinions when ..."
_IN_GENERAL = cues.rx(r"\b(?:when|whenever|if|such\s+as|typically|generally|usually|often|may|might|could|would)\b")
_IN_REPORT = cues.rx(
    r"\s+(?:in|from)\s+(?:its|our|the\s+company['\u2019]s|their)\s+(?:(?:latest|last|most\s+recent|recent|\d{4}|annual|"
    r"fiscal|year-end)\s+){0,3}(?:form\s+)?(?:10-k|20-f|annual\s+report|audit\s+report|audited\s+financial\s+statements)"
)
_OPINION_VERB = cues.rx(
    r"\b(?:contain\w*|includ\w*|inclusion|receiv\w*|issu\w*|express\w*|modif\w*|rais\w*|qualifi\w*|disclos\w*|add\w*|had|has|have)\b"
)
_MODALS = cues.MODALS | {"will", "might"}


class GoingConcernDetector:
    kind: str = KIND
    keywords: tuple[str, ...] = ("concern", "doubt")  # "concern": going concern, going-concern
    max_score: float = 0.8  # a stated doubt: no later sentence can say more
    skip: re.Pattern[str] | None = None
    skip_on: frozenset[str] = frozenset()

    def analyze(self, text: str, start: int, end: int, floor: float | None = None) -> Candidate | None:
        low = cues.lower(text[start:end])
        if "doubt" not in low and "going" not in low:
            return None  # "concerning", "concerns about"
        low = cues.mask(low, _OTHER_SENSES)
        best = _doubt_statement(low) or _reversed_statement(low) or _expressed_statement(low)
        opinion = _opinion_statement(low)
        if opinion is not None and (best is None or opinion[0] > best[0]):
            best = opinion
        if best is None:
            best = _isa_570_section(text, start, end)
        if best is None:
            return None
        score, signal = best
        if _headline(text[start:end]):
            score -= 0.05  # a release's title: its body usually says the same in a sentence worth quoting
        if signal != "heading:isa-570-section" and cues.boilerplate(_IFRS_HEADING.sub(cues.blank, low)) and "doubt" not in low[:40]:
            score -= 0.3  # "factors that could ... include our ability to continue as a going concern"
        if score < 0.3:
            return None
        return Candidate(KIND, clamp(score), start, end, (signal,), Severity.high)

    def refine_severity(self, severity: Severity, found: tuple[Amount, ...]) -> Severity:
        return severity

    def review(self, text: str, low: str, cand: Candidate) -> Candidate | None:
        """The doubt is gone when the document says management's plans alleviated it (or that it no
        longer exists): the note that recalls last year's going-concern paragraph is then no alert. A
        fill-in template ("a net loss of $[AMOUNT] for the year ended [DATE]") is nobody's note."""
        if doubt_resolved(low) or _template(text, cand.start, cand.end):
            return None
        return cand


# The auditor's report's own section, ISA 570's heading in its title case, with the auditor's paragraph under it (or run
# into it where a page lost the line break): "Material Uncertainty Related to Going Concern The Company continues to incur
# losses resulting in an erosion of its net worth". An auditor writes the section only when the uncertainty exists; a guide
# that names it goes on with the rule ("When the auditor concludes ...").
# (the heading may follow another one it was run into: "2. Basis for Qualified OpinionMaterial Uncertainty Related to Going
# Concern")
_ISA_570_HEADING = re.compile(
    r"(?:^\W*|(?<=[a-z\n]))Material\s+Uncertainty\s+[Rr]elat(?:ed|ing)\s+[Tt]o\s+(?:the\s+)?Going\s+Concern\b[ \t:.\u2013\u2014-]*"
)
_SECTION_BODY = cues.rx(
    r"\W*(?:we\s+draw\s+attention|the\s+(?:company|group|entity)(?:['\u2019]s)?\s+(?!is\s+required|should|must)|as\s+(?:stated|described|"
    r"disclosed|explained|mentioned)\s+in\s+note|(?:refer\s+to\s+)?note\s+\d)"
)


def _isa_570_section(text: str, start: int, end: int) -> tuple[float, str] | None:
    m = _ISA_570_HEADING.search(text, start, min(end, start + 120))
    if m is None:
        return None
    body = text[m.end() : end] if m.end() < end else text[end : end + 200]
    return (0.7, "heading:isa-570-section") if _SECTION_BODY.match(cues.lower(body.lstrip())) else None


# What a material uncertainty is about in the auditor's and the directors' wording: the going concern itself, "whether the
# company can continue as a going concern", or the company's ability to.
_GOING_CONCERN_OBJECT = (
    r"(?:the\s+)?(?:[\"\u201c']?going[- ]concern|whether\s+(?:the\s+(?:company|group|firm|registrant)|it|we)\s+(?:can|could|will|"
    # ("relating to the utility's ability to continue as a going concern")
    # ("over the struggling British baby products retailer's ability to continue as a going concern"; "about its "ability to
    # continue to operate as a going concern"")
    # ("There is "material uncertainty" over whether the company will remain a going concern")
    r"would|is\s+able\s+to)\s+(?:continue\s+as|remain)\s+(?:a\s+)?going[- ]concern|(?:the\s+(?:[\w-]+\s+){0,5}?(?:group|company|firm|registrant|utility|"
    r"airline|bank|retailer|chain|operator|maker|producer|insurer|lender|developer)['\u2019]s|its|our)\s+[\"\u201c]?ability\s+to\s+continue\s+"
    r"(?:to\s+operate\s+)?as\s+(?:a\s+)?going[- ]concern)"
)
# The directors' material uncertainties, in IAS 1's words, set out as those of this report: "The material uncertainties
# relating to events or conditions which may cast doubt upon the ability to continue as a going concern are outlined in
# the table below." (the policy's "where there are material uncertainties ..., those uncertainties should be disclosed"
# says what to do, not what there is).
_SET_OUT_PATTERN = (
    r"\bthe\s+material\s+uncertaint(?:y|ies)\s+relat(?:ed|ing)\s+to\s+(?:the\s+)?events\s+(?:and|or)\s+conditions\s+"
    r"(?:that|which)\s+(?:may|might|could)\s+cast\s+(?:significant\s+|substantial\s+)?doubts?\s+(?:up)?on\s+(?:the\s+(?:group|"
    r"company)['\u2019]s\s+|its\s+|our\s+|the\s+)?ability\s+(?:of\s+the\s+(?:group|company)\s+)?to\s+continue\s+as\s+a\s+"
    r"going[- ]concern\s+(?:is|are|was|were|(?:has|have)\s+been)\s+(?:\w+\s+)?(?:outlined|set\s+out|described|disclosed|"
    r"detailed|discussed|explained|summari[sz]ed|listed|presented)\b"
)
_SET_OUT = cues.rx(_SET_OUT_PATTERN)
# The auditor's IFRS/ISA 570 paragraph is titled "Material Uncertainty Related to Going Concern": the words of a
# report, not the "uncertainties related to ..." of a risk factor (nor are the directors' own uncertainties, set out).
_IFRS_HEADING = cues.rx(
    r"\bmaterial\s+uncertaint(?:y|ies)\s+relat(?:ed|ing)\s+to\s+" + _GOING_CONCERN_OBJECT + r"|"
    # the conclusion in ISA 570's words: "there is a material uncertainty related to events or conditions that may cast
    # significant doubt on whether the company will continue as a going concern"
    # (one uncertainty stated, not the policy's "where there are material uncertainties relating to events or conditions")
    r"\b(?:is|was|exists)\s+a\s+material\s+uncertainty\s+relat(?:ed|ing)\s+to\s+events\s+(?:and|or)\s+conditions\s+"
    r"(?:that|which)\s+(?:may|might|could)\s+cast\b|"
    + _SET_OUT_PATTERN
)


def _headline(sentence: str) -> bool:
    """Title Case: most words capitalised ("American Lorain Received Audit Opinion With Going Concern ...")."""
    tokens = [w for w in sentence.split() if w[:1].isalpha()]
    return len(tokens) >= 6 and sum(w[0].isupper() for w in tokens) >= 0.8 * len(tokens)


_OTHER_SENSES = cues.senses(
    # ("for the avoidance of doubt no issues have arisen ... which would raise any concerns about the financial status of the
    # business as a going concern")
    (
        ("doubt",),
        (
            r"\bno\s+doubt\s+(?:that|about\s+it)\b|\bwithout\s+(?:a\s+)?doubt\b|\bbeyond\s+(?:a\s+)?doubt\b|"
            r"\bfor\s+the\s+avoidance\s+of\s+doubt\b"
        ),
    ),
    (("doubtful",), r"\bdoubtful\s+(?:accounts?|receivables?|debts?|collect\w*)\b"),
    # an XBRL element's label on a note page ("Substantial Doubt about Going Concern [Text Block]") names where the
    # note is filed, not what it says
    (("text block]", "abstract]"), r"[^\n\[\]]{0,100}\[(?:[\w\s]{0,30}text\s+block|abstract)\]"),
    # the words quoted as words and taken out: "it was amending the phrase \u201csubstantial doubt about NCLH\u2019s ability to
    # continue as a going concern\u201d within its financial statements", "remove the phrase 'substantial doubt about ...'"
    (
        ("phrase", "wording", "language", "words"),
        (
            r"\b(?:remov\w*|amend\w*|delet\w*|dropp\w*|drops?|strik\w*|struck|eliminat\w*|withdr\w*)\s+(?:the\s+)?"
            r"(?:phrase|wording|language|words)\s+(?:[\"\u201c\u2018]|'(?=\w))[^\"\u201c\u201d\u2018]{3,200}?(?:[\"\u201d]|[\u2019'](?!\w))"
        ),
    ),
)


# The doubt drawn as the present conclusion of what came before, whatever condition opened the sentence: "Unless we
# are successful in obtaining additional liquidity, we believe that we will not have sufficient cash ... and, as such,
# there is substantial doubt about the Company's ability to continue as a going concern".
_CONCLUDED = cues.rx(r"\b(?:as\s+such|therefore|accordingly|consequently|as\s+a\s+result|thus)\s*,?\s+there\s+(?:is|exists)\s+$")


# A doubt as the condition of a rule: "an auditor will issue qualified opinion when ... there are doubts regarding the
# applicability of the going concern (note 2) concept".
_WHEN_THERE = cues.rx(r"\b(?:when|where|whenever|if)\s+there\s+(?:is|are|exists?)\s+(?:\w+\s+){0,2}?$")


# A doubt the company "had" raised in earlier reports (a recall, the current period saying otherwise).
_EARLIER_REPORTS = cues.rx(
    r"\bin\s+(?:its\s+|our\s+|the\s+company['\u2019]s\s+)?(?:previous|prior|earlier|past)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:reports?|filings?|periods?|quarters?|years?)\b[^;]{0,120}?\bhad\s+(?:\w+\s+){0,2}?$"
)


# The filer's own judgment on a situation it has just described, in the indicative, whatever conditions that description
# holds: "If we do not improve our cash flow ..., we may not have enough cash ... beyond the near term, which raises
# substantial doubt about our ability to continue as a going concern" (a risk factor says "which could raise").
# The conditions the note has just stated, said to cast the doubt in IAS 1's "may": "These conditions may cast significant doubt on
# the Company's ability to continue as a going concern" (not a risk factor's "Such events, if they occur, may ...").
_THESE_CONDITIONS_MAY_CAST = cues.rx(
    r"\W*(?:these|the\s+above|the\s+foregoing|the\s+aforementioned)\s+(?:conditions|events|factors|matters|circumstances)\s+"
    r"(?:may|might|could)\s+cast\s+(?:a\s+)?(?:significant|substantial)\s+doubt\b"
)
_WHICH_RAISES = cues.rx(r",\s*which\s+(?:raises|has\s+raised|have\s+raised)\s+(?:a\s+)?$")
# ASC 205-40 asks what conditions "initially raised" a doubt that the plans then alleviated: "These factors initially
# raised substantial doubt as to the Group's ability to continue as a going concern. However, management believes it has
# developed a liquidity plan ..."
_INITIALLY = cues.rx(r"\binitially\s+(?:rais\w+|creat\w+|cast|gave\s+rise\s+to)\b|\bdoubt\b[^;]{0,160}?\bwas\s+initially\s+raised\b")


_ANY_COMPANYS = cues.rx(r"\b(?:a|an|any)\s+(?:company|entity|business|issuer|borrower)['\u2019]s\s+ability\b")


def _doubt_statement(low: str) -> tuple[float, str] | None:
    """ "These conditions raise substantial doubt about the Company's ability to continue as a going
    concern": 0.8 (0.7 for the milder "raises a doubt"). None when negated, hedged, resolved, about the
    standard or about someone else."""
    best: tuple[float, str] | None = None
    for m in _DOUBT.finditer(low):
        qualifier = m.group().split()[0]
        after = low[m.end() : m.end() + 220]
        about = _ABOUT.search(after)
        if about is None:
            continue
        if qualifier in ("a", "doubt", "doubts") and "going" not in after[: about.end() + 20]:
            continue  # "a doubt about our ability to meet obligations" is too loose
        if not _asserted(low, m.start()) or _denied(low, m.start(), m.end()):
            continue
        if _POLICY.search(low, 0, m.start()) or cues.generic_subject(low, 0, m.start()):
            continue  # the standard, or a rule about any company ("a company that receives an audit opinion
            # in which the auditor expresses doubt ... must make a public announcement")
        if (
            cues.governed(low, m.start(), _MODALS, window=5)
            and not _uncertainty_exists(low, m.start())
            and not _CONCLUDED.search(low, max(0, m.start() - 40), m.start())
            and not _WHICH_RAISES.search(low, max(0, m.start() - 30), m.start())
            and not _THESE_CONDITIONS_MAY_CAST.match(low)
        ):
            continue
        if _about_someone_else(low, m.end(), m.end() + about.end()):
            continue
        if _ANY_COMPANYS.search(low, m.end(), m.end() + about.end() + 40):
            continue  # "A going concern warning is given when auditors have substantial doubt about a company's ability": a definition
        if "there" in low and _WHEN_THERE.search(low, max(0, m.start() - 40), m.start()):
            continue  # what an auditor does "when there are doubts regarding the applicability of the going concern" concept
        if "had" in low and _EARLIER_REPORTS.search(low, 0, m.start()):
            continue  # "In previous financial reports, the Company had raised substantial doubt": not now
        if "initially" in low and _INITIALLY.search(low, max(0, m.start() - 40), m.end() + 200):
            continue  # the standard's word for a doubt management's plans then alleviated
        score = 0.8 if qualifier not in ("a", "doubt", "doubts") else 0.7
        if best is None or score > best[0]:
            best = (score, "phrase:substantial-doubt")
    return best


# The doubt stated after its object: "The Company's ability to continue as a going concern is in substantial doubt",
# and the close variant "we are having great difficulty being able to continue as a going concern".
_REVERSED = cues.rx(
    r"\b(?:the\s+company['\u2019]s|our|its|the\s+registrant['\u2019]s|the\s+partnership['\u2019]s|the\s+fund['\u2019]s|"
    r"the\s+group['\u2019]s)\s+ability\s+to\s+continue\s+as\s+(?:a\s+)?going[- ]concern\s+(?:is|was|remains|remained|has\s+been|"
    r"had\s+been)\s+(?:seriously\s+)?in\s+(?:substantial\s+|significant\s+|serious\s+|considerable\s+)?(?:doubt|question)\b|"
    r"\b(?:are|is|was|were|been|having|has|have|had|experienc\w+)\s+(?:great|substantial|significant|serious|considerable)\s+"
    r"difficult(?:y|ies)\s+(?:\w+\s+){0,3}?continu\w*\s+as\s+(?:a\s+)?going[- ]concern|"
    # the company's own warning, as news reports it: "The company previously warned it may not be able to continue as a
    # going concern"
    r"\b(?:warned|warns|cautioned)\s+(?:that\s+)?(?:it|the\s+company|we)\s+(?:may|might|could)\s+not\s+be\s+able\s+to\s+"
    r"continue\s+as\s+(?:a\s+)?going[- ]concern|"
    # the doubt as news words it: "management questions the company's "ability to continue as a going concern,"", "KPMG
    # Samjong Accounting Corp. was skeptical about SsangYong's ability to continue as a going concern"
    r"\b(?:question(?:s|ed)|(?:was|were|is|are)\s+skeptical\s+(?:about|of))\s+(?:the\s+company['\u2019]s|its|our|"
    r"[\w.&-]+['\u2019]s)\s+[\"\u201c']?ability\s+to\s+continue\s+as\s+(?:a\s+)?going[- ]concern|"
    # the auditors' doubt, as news reports it: "The auditors have doubted whether PPBL can continue as a "going concern""
    r"\b(?:have|has|had)\s+doubted\s+whether\s+(?:[\w&.'\u2019-]+\s+){1,4}?(?:can|could|will|would)\s+continue\s+as\s+a\s+"
    r"[\"\u201c'\u2018]?going[- ]concern|"
    # the auditor's finding, as news reports it: "BSR & Co, a KPMG affiliate, has found the airline to be not considered as a
    # 'going concern"
    r"\b(?:found|concluded|determined|deemed)\s+(?:that\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:to\s+)?(?:be\s+|is\s+|was\s+)?not\s+"
    r"(?:be\s+)?(?:considered\s+)?(?:as\s+)?a\s+[\"\u201c'\u2018]?going[- ]concern\b"
)


def _reversed_statement(low: str) -> tuple[float, str] | None:
    m = _REVERSED.search(low) if "ability" in low or "difficult" in low or "able to continue" in low or "not" in low or "doubted" in low else None
    if m is None or cues.negated(low, m.start(), window=6) or cues.governed(low, m.start(), _MODALS, window=5):
        return None
    if _POLICY.search(low, 0, m.start()) or cues.generic_subject(low, 0, m.start()):
        return None
    return 0.75, "phrase:substantial-doubt"


# The IFRS and Canadian wording of the auditor's conclusion: "these conditions indicate the existence of a
# material uncertainty that may cast significant doubt about the Company's ability to continue as a going
# concern". The "may" belongs to the standard's formula; what the sentence asserts is the uncertainty.
_MATERIAL_UNCERTAINTY = cues.rx(
    # (not the policy's "where there are material uncertainties relating to events or conditions which may cast doubt")
    # ("the auditors noted the presence of material uncertainties that could cast significant doubt on the ability of SIAMH")
    # ("[The] situation gives rise to a material uncertainty\u2026that may cast significant doubt on the entity's ability", the
    # company's statement quoted with an ellipsis)
    # ("the certainty of completion of the issuance of the first tranche represent a material uncertainty that may cast significant
    # doubt on the company's ability to continue as a going concern")
    r"\b(?:indicat\w*|exist\w*|(?<!where\s)(?<!if\s)(?<!when\s)there\s+(?:is|are|was|were)|conclud\w*|identif\w*|noted\s+the\s+"
    r"presence\s+of|(?:give|gives|gave|giving)\s+rise\s+to|represents?|represented|constitutes?|constituted)\b[^;]{0,60}?"
    r"\bmaterial\s+"
    # ("a material uncertainty related to events or conditions that may cast significant doubt")
    # ("indicates the existence of a material uncertainty, which may cast significant doubt")
    r"uncertaint(?:y|ies)(?:,?\s+|\s*(?:\u2026|\.\.\.)\s*)(?:\w+\s+){0,10}?(?:that|which)\s+(?:may|might|could)\s+cast\s+$|"
    # the uncertainty said to exist after it is named: "a material uncertainty exists that may cast significant doubt on the
    # company and the group's ability to continue as a going concern"
    # ("indicate that a material uncertainty exists and may cast significant doubt on the group's ability")
    # ("a material uncertainty exists,\nwhich may cast significant doubt on the Company's ability")
    r"\bmaterial\s+uncertaint(?:y|ies)\s+(?:exists?|existed)\s*,?\s+(?:that|which|and)\s+(?:may|might|could)\s+cast\s+$"
)


# What auditors are reported to have expressed, in the UK's wording: "has led auditors to express "fundamental
# uncertainty over the group's ability to continue as a going concern"", and the uncertainty that conditions are said to
# create: "These operating losses create an uncertainty about the Company's ability to continue as a going concern".
# ("have raised a material uncertainty relating to the utility's ability to continue as a going concern"; "There was a
# "material uncertainty" about the ability of the airline to continue as a going concern")
_ABILITY_TO_CONTINUE = (
    # ("raise significant uncertainty about its liquidity and ability to continue as a going concern")
    r"(?:over|about|as\s+to|regarding|concerning|on|relat(?:ing|ed)\s+to)\s+(?:(?:(?:the\s+(?:group|company|firm|registrant|"
    # ("there remained "material uncertainty" over its ability to pay down debt and continue as a going concern")
    # ("there were "material uncertainties" about its "ability to continue to operate as a going concern"")
    r"partnership|utility|airline|bank)['\u2019]s|its|our)\s+[\"\u201c']?(?:[\w-]+\s+and\s+)?ability|the\s+ability\s+of\s+the\s+(?:group|company|firm|"
    # ("has expressed uncertainty regarding its ability to continue operating as a going concern")
    r"registrant|utility|airline|bank))\s+to\s+(?:(?:[\w-]+\s+){1,4}?and\s+)?continue\s+(?:to\s+operate\s+|operating\s+)?as\s+(?:a\s+)?"
    r"going[- ]concern|"
    # ("there is significant uncertainty regarding its status as a going concern")
    r"(?:its|our|the\s+(?:group|company|firm)['\u2019]s)\s+(?:status|continuation|survival)\s+as\s+(?:a\s+)?going[- ]concern|"
    # ("There is "material uncertainty" over whether the company will remain a going concern")
    r"whether\s+(?:the\s+(?:company|group|firm)|it|we)\s+(?:can|could|will|would)\s+(?:continue\s+as|remain)\s+(?:a\s+)?going[- ]concern)"
)
_EXPRESSED = cues.rx(
    r"\b(?:auditors?|accountants?)\b[^;]{0,80}?\bexpress(?:ed|es)?\b\W{0,3}(?:fundamental|material|significant)\s+"
    r"uncertaint(?:y|ies)\s+" + _ABILITY_TO_CONTINUE + r"|\b(?:creat(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|caus(?:e|es|ed|ing)|"
    r"g[ai]ves?\s+rise\s+to|result(?:s|ed)?\s+in)\s+(?:an?\s+|the\s+)?(?:(?:fundamental|material|significant|substantial|"
    r"serious|considerable)\s+)?uncertaint(?:y|ies)\s+" + _ABILITY_TO_CONTINUE + r"|"
    # the company's own words: "Country Garden Holdings ... has expressed uncertainty regarding its ability to continue operating
    # as a going concern"
    r"\b(?:expressed|expresses|acknowledged|acknowledges)\s+(?:an?\s+|some\s+)?(?:(?:material|significant|substantial)\s+)?"
    r"uncertaint(?:y|ies)\s+" + _ABILITY_TO_CONTINUE + r"|"
    # (the lookbehinds after "\b": a pattern whose every alternative opens with "\b" is scanned much faster)
    # ("Country Garden Holdings said Wednesday that there is some uncertainty over its ability to continue as a going concern")
    r"\b(?<!where\s)(?<!when\s)(?<!if\s)(?<!whether\s)there\s+(?:was|is|were|are|remains|remained)\s+(?:an?\s+|some\s+)?[\"\u201c'\u2018]?"
    r"(?:(?:material|significant|substantial|considerable)\s+)?uncertaint(?:y|ies)[\"\u201d'\u2019]?\s+"
    + _ABILITY_TO_CONTINUE + r"|"
    # the ISA 570 section's title said to be there: "EY said that there was a "material uncertainty related to going concern""
    r"\b(?<!where\s)(?<!when\s)(?<!if\s)there\s+(?:was|is)\s+an?\s+[\"\u201c']?material\s+uncertainty\s+relat(?:ed|ing)\s+to\s+"
    + _GOING_CONCERN_OBJECT + r"|"
    # the doubt told as the company's own uncertainty: "the company is uncertain whether it can continue "as a going concern.""
    r"\b(?:is|was|are|were|remains?|remained)\s+uncertain\s+(?:whether|if)\s+(?:it|we|the\s+(?:company|group))\s+(?:can|could|will|"
    r"would)\s+continue\s+[\"\u201c']?as\s+(?:a\s+)?going[- ]concern\b|"
    # the auditor quoted in news: "there was a ''significant uncertainty regarding [its] continuation as a going concern''"
    r"\bthere\s+(?:was|is)\s+an?\s+[\"\u201c'\u2018]{0,2}(?:material|significant)\s+uncertainty\s+(?:regarding|about|over|as\s+to|"
    r"concerning|relating\s+to)\s+\[?(?:its|the\s+(?:company|group)['\u2019]s)\]?\s+continuation\s+as\s+(?:a\s+)?going[- ]concern\b"
)


# The auditor's ISA 570 section ("Material Uncertainty Related to Going Concern") reported by what it names: "AusGroup's
# auditors, KMPG LLP, have cited a material uncertainty related to whether the company can continue as a going concern".
_UNCERTAINTY_CITED = cues.rx(
    # ("its auditors warned of "material uncertainty" over the ... retailer's ability to continue as a going concern")
    r"\b(?:cit(?:e|es|ed|ing)|flag(?:s|ged|ging)?|highlight(?:s|ed|ing)?|includ(?:e|es|ed|ing)|contain(?:s|ed|ing)?|warn(?:s|ed|ing)\s+of|"
    # ("Its auditors noted 'material uncertainty' regarding its ability to continue as a going concern")
    r"identif(?:y|ies|ied|ying)|not(?:e|es|ed|ing)|drew\s+attention\s+to|draw(?:s|ing)?\s+attention\s+to|point(?:s|ed|ing)?\s+to|"
    # "external auditors Messrs Moore Stephens Associates PLT has issued a statement of “material uncertainty related to
    # going concern” in respect of its financial statements"
    r"issu(?:e|es|ed|ing)\s+(?:an?\s+|the\s+)?(?:statement|paragraph|section|opinion)\s+(?:of|on|with|about))\s+"
    # (quoted with single marks too; "material uncertainties in its ability to continue as a going concern")
    r"(?:an?\s+|the\s+)?[\"\u201c'\u2018]?material\s+uncertaint(?:y|ies)[\"\u201d'\u2019]?\s+(?:relat(?:ed|ing)\s+to|regarding|about|over|"
    r"as\s+to|concerning|in)\s+" + _GOING_CONCERN_OBJECT + r"|"
    # a headline that quotes the auditors' words and names them after a colon: "Material uncertainty about company's ability to
    # continue as a going concern: McLeod Russel auditors"
    r"^\W*material\s+uncertaint(?:y|ies)\s+(?:about|over|regarding|relat(?:ed|ing)\s+to|as\s+to)\s+(?:the\s+)?(?:company|group)"
    r"['\u2019]s\s+ability\s+to\s+continue\s+as\s+(?:a\s+)?going[- ]concern\s*:\s*(?:[\w&.'\u2019-]+\s+){0,4}?auditors?\b|"
    # the auditor's emphasis of matter, as news tells it: "with its auditors emphasising uncertainty as to its ability to carry
    # on as a going concern"
    r"\bemphasi[sz](?:e|es|ed|ing)\s+(?:the\s+|an?\s+)?(?:material\s+|significant\s+)?uncertaint(?:y|ies)\s+(?:as\s+to|about|over|"
    r"regarding|relating\s+to)\s+(?:the\s+(?:group|company)['\u2019]s|its|our)\s+ability\s+to\s+(?:continue|carry\s+on)\s+as\s+a\s+"
    r"going[- ]concern"
)


# The auditor's paragraph told as a warning in news: "less than a year after KPMG warned of its ability to continue
# operating as a going concern" (a warning of, not that something could hurt, the ability).
_WARNED = cues.rx(
    r"\bwarn(?:ed|s|ing)\s+(?:of|about|over)\s+(?:the\s+company['\u2019]s\s+|its\s+|our\s+|the\s+group['\u2019]s\s+)ability\s+to\s+"
    r"continue\s+(?:operating\s+|trading\s+)?as\s+(?:a\s+)?going[- ]concern\b"
)


# ... or flags raised over the status, news wording: "Red flags appear to have been raised on the going concern status of RT
# Briscoe Plc by KPMG Professional Services, its independent auditors"
_FLAGS_RAISED = cues.rx(
    r"\b(?:red\s+flags?|concerns?|doubts?|questions?)\s+(?:appears?\s+to\s+)?(?:have|has|had)\s+(?:been\s+)?raised\s+(?:on|over|about)\s+"
    r"(?:the\s+)?going[- ]concern\s+status\s+of\b"
)


# ... or as concerns the auditor flagged: "auditor has flagged some concerns about the company continuing as a going concern"
_CONCERNS_FLAGGED = cues.rx(
    r"\b(?:flag(?:s|ged|ging)?|rais(?:es|ed|ing)|express(?:es|ed|ing)|cit(?:es|ed|ing)|highlight(?:s|ed|ing)?)\s+(?:some\s+|serious\s+|"
    r"significant\s+)?concerns\s+(?:about|over|regarding|on|as\s+to)\s+(?:the\s+company['\u2019]s\s+|the\s+company\s+|its\s+|"
    # (the company by its name: "highlighting concerns about HCW Biologics' ability to continue as a going concern")
    # (not others' in general: "concerns about many small companies' ability", "their clients' ability")
    r"the\s+group['\u2019]s\s+|the\s+group\s+|(?!(?:a|an|any|the|such|their|many|most|some|other|all)\b)"
    r"(?!(?:[\w&.-]+\s+){0,3}?(?:companies|businesses|firms|issuers|borrowers|entities|clients|customers|tenants|banks|lenders)['\u2019])"
    r"(?:[\w&.-]+\s+){0,3}?[\w&.-]+"
    r"(?:['\u2019]s|s['\u2019])\s+)?(?:ability\s+to\s+continue|continuing)\s+(?:operating\s+)?as\s+(?:a\s+)?going[- ]concern\b"
)


# The status itself said to be in doubt, or questioned by the auditor, or given up for the accounts' basis: "The
# corporation's ability to continue as a going concern is uncertain", "its outside auditor is questioning Lee's ability to
# remain a "going concern"", "financial statements ... have been prepared on a basis other than going concern".
_STATUS_DOUBTED = cues.rx(
    r"\b(?:its|our|the\s+(?:company|corporation|group|firm)['\u2019]s)\s+ability\s+to\s+(?:continue|remain)\s+(?:as\s+)?a\s+"
    r"[\"\u201c]?going[- ]concern[\"\u201d]?\s+(?:is|was|remains|remained)\s+(?:highly\s+|very\s+|now\s+|still\s+)?(?:uncertain|"
    r"in\s+(?:serious\s+|grave\s+)?doubt|doubtful|questionable)\b|"
    r"\b(?:auditors?|accountants?|accounting\s+firm)\s+(?:is\s+|are\s+|was\s+|were\s+|has\s+|have\s+)?(?:been\s+)?question(?:ing|ed|s)\s+"
    r"(?!(?:a|an|any|the)\s)(?:[\w&.-]+\s+){0,3}?(?:[\w&.-]+['\u2019]s?\s+|its\s+|our\s+|the\s+company['\u2019]s\s+)ability\s+to\s+"
    r"(?:continue|remain)\s+(?:as\s+)?a\s+[\"\u201c]?going[- ]concern\b|"
    r"\bprepared\s+on\s+a\s+basis\s+other\s+than\s+(?:that\s+of\s+a\s+|a\s+)?going[- ]concern\b"
)


def _expressed_statement(low: str) -> tuple[float, str] | None:
    m = _EXPRESSED.search(low) if "express" in low or "uncertain" in low else None
    if m is None and ("material uncertaint" in low or "emphasi" in low):
        m = _UNCERTAINTY_CITED.search(low)
    if m is None and "warn" in low:
        m = _WARNED.search(low)
    if m is None and "concerns" in low:
        m = _CONCERNS_FLAGGED.search(low)
    if m is None and "raised" in low and "status" in low:
        m = _FLAGS_RAISED.search(low)
    if m is None and ("uncertain" in low or "doubt" in low or "question" in low or "other than" in low):
        m = _STATUS_DOUBTED.search(low)
    if m is None or cues.negated(low, m.start(), window=6) or cues.governed(low, m.start(), _MODALS, window=5):
        return None
    if _POLICY.search(low, 0, m.start()) or cues.generic_subject(low, 0, m.start()):
        return None
    return 0.7, "phrase:going-concern-opinion"


def _uncertainty_exists(low: str, pos: int) -> bool:
    """The doubt at ``pos`` is the one a stated material uncertainty "may cast", not a hypothetical."""
    head = low[max(0, pos - 200) : pos]
    m = _MATERIAL_UNCERTAINTY.search(head)
    if m is None and "the material uncertaint" in head:
        return any(s.start() < pos < s.end() for s in _SET_OUT.finditer(low, max(0, pos - 200), pos + 200))
    return m is not None and not cues.governed(low, max(0, pos - 200) + m.start(), _MODALS)


def _asserted(low: str, pos: int) -> bool:
    pre = cues.clause_before(low, pos, 200)
    return bool(_ASSERT.search(pre)) or "exist" in low[pos : pos + 200]


# "management has concluded that no conditions or events exist that raise substantial doubt": the subject
# of the raising is "no ...".
# ("the auditor said it "had not identified any material uncertainties that may cast significant doubt"")
_NO_SUBJECT = cues.rx(
    r"\b(?:no|not\s+(?:[\w-]+\s+){0,2}?any)\s+(?!assurances?\b|guarantees?\b)(?:[\w-]+\s+){0,5}?(?:that|which)\s+(?:\w+\s+){0,3}?$"
)


def _denied(low: str, start: int, end: int) -> bool:
    """ "do not raise substantial doubt", "no conditions ... exist that raise substantial doubt",
    "substantial doubt ... does not exist", "has been alleviated"."""
    if cues.negated(low, start, window=6) or _NO_SUBJECT.search(cues.clause_before(low, start, 120)):
        return True
    tail = low[end : end + 260]
    cut = tail.find(";")
    tail = tail if cut == -1 else tail[:cut]
    if _POST_NEGATION.search(tail):
        return True
    resolved = _RESOLVED.search(low)
    if resolved is None:
        return False
    verb = re.search(_RESOLVING, resolved.group())
    at = resolved.start() + (verb.start() if verb else 0)
    return not cues.negated(low, at, window=5)


# A conclusion drawn from the facts told before it: "As such, there is substantial doubt about the entity's ability to
# continue as a going concern" (a note that calls the company "the entity" after ASC 205-40's wording).
_CONCLUSION = cues.rx(
    r"^\W*(?:as\s+such|accordingly|therefore|thus|consequently|as\s+a\s+result)\b,?\s+(?:there\s+(?:is|exists)|"
    r"management\s+(?:has\s+)?(?:concluded|determined)\s+(?:that\s+)?there\s+(?:is|exists))\s+substantial\s+doubt\b"
)


_ENTITY_UNCERTAINTY = cues.rx(r"\b(?:gives|gave|giving)\s+rise\s+to\s+a\s+material\s+uncertainty\b|\bmaterial\s+uncertainty\s+exists\b")
_RULE_WORDS = cues.CONDITIONALS | {"when", "where", "shall", "should", "must", "would", "will", "required", "requires"}


def _about_someone_else(low: str, lo: int, hi: int) -> bool:
    """The doubt is about another party's (or any entity's) ability, not the company's."""
    m = _WHOSE.search(low, lo, min(len(low), hi + 40))
    if m is None:
        return False
    who = (m.group("who2") or m.group("who") or "").strip()
    generic = cues.GENERIC_SUBJECT.search(low, m.start(), m.end() + 12)
    if generic is not None and generic.group().startswith("the entity") and _CONCLUSION.match(low):
        return False  # "the entity" of a conclusion about the facts just stated is the company itself
    if generic is not None and generic.group().startswith("the entity") and _ENTITY_UNCERTAINTY.search(low) and (
        _RULE_WORDS.isdisjoint(re.findall(r"[a-z]+", low))
    ):
        return False  # ISA 570's "the entity" in a company's own statement: "[The] situation gives rise to a material
        # uncertainty ... that may cast significant doubt on the entity's ability" (not the standard's "if", "whether", "shall")
    if generic is not None or who.startswith(("an ", "a ")):
        return True
    if _SELF_WHO.search(who):
        return False
    return any(w in _OTHER_PARTY for w in cues.last_words(who, 6))


_POLICY_REACH = 60  # how far past a going-concern paragraph a rule's "is required" still speaks of it


def _opinion_statement(low: str) -> tuple[float, str] | None:
    """ "the audited financial statements contained a going concern explanatory paragraph" (the
    company's own statements: a tool's "prior report had a going-concern paragraph" is not)."""
    if "going" not in low:
        return None
    if not _SELF.search(low):
        # a firm, or an issuer a headline names, as the one who gave or received it (not said of firms in general)
        named = _FIRM.search(low) or cues.NAMED_RECEIVER.match(low) and not cues.generic_subject(low, 0, len(low))
        if not named or _IN_GENERAL.search(low):
            return None
    lost = _WORDS_LOST.search(low)
    if lost is not None and not cues.governed(low, lost.start(), _MODALS, window=5):
        return 0.7, "phrase:substantial-doubt"
    for m in _opinions(low):
        pre = cues.clause_before(low, m.start(), 200)
        # the verb may sit inside the match: "opinion on our financial statements includes a going concern emphasis";
        # a news summary may name the report instead: "a going concern warning in its latest 10-K"
        in_report = _IN_REPORT.match(low, m.end()) is not None
        if not in_report and not _OPINION_VERB.search(pre + " " + m.group() + " " + low[m.end() : m.end() + 40]):
            continue
        if cues.negated(low, m.start(), window=8) or cues.governed(low, m.start(), _MODALS) or _REMOVED.match(low, m.end()):
            continue
        if _MITIGATED.search(low, max(0, m.start() - 40), m.start()):
            continue  # "enough funds to mitigate the going concern uncertainty for at least twelve months"
        # (what the paragraph is about, told after it, may name other requirements: "... because the Company has
        # not demonstrated its ability to meet the capital requirements set forth in the Order")
        if _POLICY.search(pre if in_report else low[: m.end() + _POLICY_REACH]) or cues.generic_subject(low, 0, m.start()):
            continue
        return 0.75, "phrase:going-concern-opinion"
    return None


def _opinions(low: str) -> Iterator[re.Match[str]]:
    """Each place the paragraph is named, overlapping ones too: in "no adverse opinion or disclaimer of opinion and
    included a going concern qualification" the negated "opinion ... going concern" hides the stated qualification."""
    m = _OPINION.search(low)
    while m is not None:
        yield m
        m = _OPINION.search(low, m.start() + 1)


# The blanks of a model note or letter: "$[AMOUNT]", "[DATE]", "[XX]%", "[PLAN 1 - e.g., ...]".
_BLANK = re.compile(
    r"\[(?:AMOUNT|DATE|YEAR|XX|NAME|NUMBER|PERCENT(?:AGE)?|COMPANY(?: NAME)?|ENTITY(?: NAME)?|CUSTOMER NAME|"
    r"PROJECT NAME|PRIOR DATE|MONTH YEAR|DESCRIPTION[A-Z /]*|PLAN \d+|OTHER)\b[^\]\n]{0,80}\]"
)
_TEMPLATE_REACH = 600


def _template(text: str, start: int, end: int) -> bool:
    """Two blanks to fill in near the statement: a template, not a company's note."""
    if "[" not in text:
        return False
    near = text[max(0, start - _TEMPLATE_REACH) : end + _TEMPLATE_REACH]
    return len(_BLANK.findall(near)) >= 2


# A plan's purpose, not its result: "Management developed a plan to alleviate the substantial doubt" (unlike "plans that
# are sufficient to alleviate", a conclusion).
_PURPOSE = cues.rx(
    r"\b(?:plans?|designed|intended|efforts?|steps|actions|strategy|strategies|attempts?|seeks?|aims?|measures)\s+(?:\w+\s+)?to\s+$"
)


def doubt_resolved(low: str) -> bool:
    """The (lower-cased) document says the substantial doubt was alleviated or no longer exists, as a
    conclusion rather than as what the standard asks ("evaluate whether our plans alleviate ...")."""
    for word in ("alleviat", "no longer exist", "does not exist", "no longer substantial"):
        i = low.find(word)
        while i != -1:
            start, end = _sentence(low, i)
            sentence = low[start:end]
            pos = i - start
            stated = "doubt" in sentence and not cues.negated(sentence, pos, window=5) and not _PURPOSE.search(sentence, 0, pos)
            if stated and not cues.governed(sentence, pos, _MODALS) and not _POLICY.search(sentence):
                return True
            i = low.find(word, i + len(word))
    return False


def _sentence(low: str, pos: int) -> tuple[int, int]:
    start = max(low.rfind(". ", 0, pos), low.rfind("\n", 0, pos)) + 1
    stops = [i for i in (low.find(". ", pos), low.find("\n", pos)) if i != -1]
    return start, (min(stops) if stops else len(low))


def states_doubt(low: str) -> bool:
    """Whether a (lower-cased) document states substantial doubt about the company (used by the auditor
    change kind to tell a former auditor's going-concern paragraph)."""
    i = low.find("doubt")
    while i != -1:
        start, end = _sentence(low, i)
        if _doubt_statement(low[start:end]) is not None:
            return True
        i = low.find("doubt", i + 5)
    return "going" in low and _opinion_statement(low) is not None


DETECTOR = GoingConcernDetector()
