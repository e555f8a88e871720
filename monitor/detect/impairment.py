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
from monitor.detect.base import THRESHOLD, Candidate, Match, best_match, clamp, phrase
from monitor.domain import Amount, Severity
from monitor.text import next_sentence

KIND = "impairment"

_GAP = cues.GAP

# Causes named for one period's impairment: "the following three major contributors account for an impairment
# for the first quarter of fiscal year 2019" (a period names the charge taken; no period is a policy).
PERIOD_IMPAIRMENT = phrase(
    r"\b(?:resulted|results?|accounts?|accounted|led|contributed|contribute)\s+(?:in|for|to)\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?impairments?\s+(?:for|in|during)\s+the\s+(?:first|second|third|fourth|current|"
    r"three|six|nine|twelve)\s+(?:quarters?|months|period|year|fiscal)\b",
    0.5,
    "phrase:impairment-recognized",
    needs=("impairment for the", "impairment in the", "impairment during the", "impairments for the",
           "impairments in the", "impairments during the"),
)

# A decrease in an asset's balance put down to an impairment: "For the first nine months of fiscal 2014, the decrease in
# goodwill is due entirely to the non-cash impairment loss with respect to the Hometown Reporting Unit".
DECREASE_FROM_IMPAIRMENT = phrase(
    r"\b(?:decrease|reduction|decline)\s+in\s+(?:the\s+)?(?:(?:carrying|book)\s+(?:amount|value)\s+of\s+(?:the\s+)?)?(?:goodwill|"
    r"(?:[\w-]+\s+)?intangible\s+assets?)\b[^.;]{0,60}?\b(?:is|was|were|are)\s+(?:(?:due|attributable)\s+(?:\w+\s+)?to|the\s+result\s+of)\s+"
    r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?impairments?\b",
    0.6,
    "phrase:impairment-charge",
    needs=("decrease", "reduction", "decline"),
)


PHRASES = (
    phrase(
        cues.word("impairment")
        + r"s?(?:\s+(?:charges?|loss(?:es)?|write-?downs?|writedowns?|expenses?|provisions?|costs?)\b|"
        r"\s+(?:of|on|to|related\s+to|associated\s+with|against|totaling|totaled|aggregating|"
        r"amounting|in\s+the\s+amount)\b|\s*(?:\(|\$|\u20ac|\u00a3)|"
        # "recorded after-tax impairments in the carrying value of proved oil and gas properties"
        r"\s+in\s+(?:the\s+)?(?:carrying|book)\s+(?:value|amount)s?\b|"
        # "a \u00a3163.7m non-cash charge relating to impairment in the value of its titles"
        r"\s+in\s+(?:the\s+)?values?\s+of\b|"
        # "impairments in joint ventures of $4.8 million"
        r"\s+in\s+(?:(?:its|our|the)\s+)?(?:unconsolidated\s+)?(?:joint\s+ventures?|investments?\s+in\b|equity[- ]method\s+investments?)\b|"
        # "impairment and transformation charges", "impairments and other charges"
        r"(?:\s+and\s+[\w-]+){1,2}\s+(?:charges?|loss(?:es)?|costs?|expenses?|write-?(?:downs?|offs?))\b)",
        0.4,
        "phrase:impairment-charge",
        needs=("impairment",),
    ),
    # a non-cash charge on goodwill is its write-down: "it will take a material non-cash accounting charge, primarily relating to
    # the goodwill recorded for the Tasiast mine" (not its amortization, before 2002)
    phrase(
        r"\bnon-?cash\s+(?:[\w-]+\s+){0,3}?charges?\b[^.;]{0,20}?\b(?:relat(?:ing|ed)\s+to|for|against|on|to\s+write\s+(?:down|off))\s+"
        r"(?:the\s+|its\s+|our\s+)?goodwill\b(?!\s+amorti)",
        0.4,
        "phrase:impairment-charge",
        needs=("goodwill",),
    ),
    # sized before the noun: "results include a $1.2 billion non-cash ceiling test impairment" (not "$2 billion of
    # goodwill subject to impairment")
    phrase(
        r"(?:[$\u20ac\u00a3]|us\$)\s?\d[\d.,]*\s*(?:million|billion|thousand|mm|bn|m|b)?\s+(?:(?!(?:to|of|for|from|"
        r"subject|any|no|potential|possible|future|in|on|and|or|the|a|an)\b)[\w-]+\s+){0,4}?impairments?\b|"
        # the amount "of" the charges themselves: "include £428m of impairments and write-downs"
        r"(?:[$\u20ac\u00a3]|us\$)\s?\d[\d.,]*\s*(?:million|billion|thousand|mm|bn|m|b)?\s+of\s+(?:non-?cash\s+)?(?:impairments|"
        r"impairment\s+charges)\b|"
        # a sized charge for them: "non-cash pre-tax charges of $29.9 million for inventory impairments and abandonment of
        # land option contracts"
        r"\bcharges?\s+of\s+(?:approximately\s+|about\s+)?(?:[$\u20ac\u00a3]|us\$)\s?\d[\d.,]*\s*(?:million|billion|thousand)?\s+"
        # ("non-cash pre-tax charges of $16.7 million, consisting of inventory impairments and abandonment of land option
        # contracts")
        r"(?:for|related\s+to|,?\s+consisting\s+(?:primarily\s+|mainly\s+)?of)\s+(?:[\w-]+\s+){0,2}?impairments?\b",
        0.4,
        "phrase:impairment-charge",
        needs=("impairment",),
    ),
    # what a sized change was: "$171 million ... of the changes in fair value reflected in net income were the result
    # of impairments" (not "due to no impairments", "due to lower impairments", "due to the impairment test")
    phrase(
        r"\b(?:was|were)\s+(?:(?:primarily|mainly|largely|entirely|partly|partially)\s+)?(?:the\s+result\s+of|due\s+to|"
        r"attributable\s+to)\s+(?:an?\s+|the\s+)?(?:(?!(?:no|lower|fewer|reduced|any|potential|possible|future)\b)"
        r"[\w-]+\s+){0,2}?impairments?\b(?!\s+(?:test|testing|analys[ie]s|review|assessments?|indicators?|triggers?))",
        0.4,
        "phrase:impairment-charge",
        needs=("impairment",),
    ),
    # the standard abbreviation: "we recorded OTTI losses of $337 million"
    phrase(
        r"\botti\s+(?:loss(?:es)?|charges?|impairments?|write-?downs?|provisions?)\b",
        0.4,
        "phrase:impairment-charge",
        needs=("otti",),
    ),
    phrase(
        r"\b(?:asset|goodwill|intangibles?|trademark|tradename|store|property|investment|long-lived\s+asset|"
        r"fixed\s+asset|equity\s+method|film|content|program|project|well|vessel|real\s+estate)\s+impairments?\b",
        0.4,
        "phrase:impairment-charge",
        needs=("impairment",),
    ),
    # "had an other-than-temporary impairment as of December 31", "recognized an impairment"
    phrase(
        # ("the Group recognized \u20ac10 million of impairment in relation to the Feral brand")
        # (not "we had no impairment losses")
        r"\b(?:had|has|have|recorded|recogni[sz]ed|incurred|took|identified)\s+(?:an?\s+|the\s+)?"
        r"(?:(?!(?:no|not|never|any)\s)[\w$\u20ac\u00a3.,-]+\s+){0,3}?"
        # ("the Company recorded non-cash ceiling test impairments for the three months and nine months ended September 30")
        r"impairments?\b(?!\s+(?:tests?|testing|analys[ie]s|reviews?|assessments?|indicators?|triggers?))",
        0.5,
        "phrase:impairment-recognized",
        needs=("impairment",),
    ),
    PERIOD_IMPAIRMENT,
    DECREASE_FROM_IMPAIRMENT,
    # the verb with its size: "the decision by Range International Limited (Range) to impair its non-current assets by US$5.4
    # million"
    phrase(
        r"\bimpair(?:ed|s)?\s+(?:its|the|their|our)\s+(?:[\w-]+\s+){0,3}?(?:assets?|goodwill|investments?|properties)\s+by\s+"
        r"(?:[$\u20ac\u00a3]|[a-z]{1,2}\$)\s?\d",
        0.5,
        "phrase:impairment-recognized",
        needs=("impair its", "impair the", "impair their", "impair our", "impaired its", "impaired the", "impairs its",
               "impairs the"),
    ),
    # the test's conclusion: "we determined that the fair value of our investment was less than its carrying value and
    # that this impairment was other-than-temporary"
    phrase(
        r"\b(?:the|this|such)\s+impairment\s+(?:was|is)\s+(?:deemed\s+|considered\s+|determined\s+to\s+be\s+)?other[-\s]than[-\s]"
        r"temporary\b",
        0.5,
        "phrase:impairment-recognized",
        needs=("impairment was", "impairment is"),
    ),
    # "which indicated an impairment existed"
    phrase(
        # (not "an indicator of a potential goodwill impairment was present")
        r"(?<!\bof\s)\b(?:an?|the)\s+(?!(?:potential|possible)\b)(?:[\w-]+\s+){0,2}?impairment\s+(?:existed|had\s+occurred|"
        r"was\s+(?:indicated|present))\b",
        0.5,
        "phrase:impairment-recognized",
        needs=("impairment",),
    ),
    phrase(
        # "Two restaurants were identified as impaired during the second quarter of 2022"
        r"\b(?:was|were|is|are|been|be|being|became|become|deemed|determined\s+to\s+be|considered|found\s+to\s+be|"
        r"(?:was|were|been)\s+identified\s+as)"
        r"\s+(?:(?:fully|partially|totally|entirely|further|other[- ]than[- ]temporarily|significantly|"
        r"permanently)\s+)?impaired\b",
        0.6,
        "phrase:asset-impaired",
        needs=("impaired",),
    ),
    # the company as the subject: "During fiscal 2025 we fully impaired the goodwill and intangible asset related to
    # our businesses in the United Kingdom", "the Company impaired its investment in the associate"
    phrase(
        r"\b(?:we|company|group|partnership|corporation|bank|fund|trust)\s+(?:(?:fully|partially|further|also|"
        r"subsequently)\s+)?impaired\s+(?:all\s+(?:of\s+)?)?(?:the|its|our|their)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:goodwill|intangibles?|intangible\s+assets?|investments?|assets?|stakes?|interests?|propert(?:y|ies)|"
        r"equipment|software|licen[cs]es?|trade\s*names?|trademarks?|brands?|notes?|securities|vessels?|wells?)\b",
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
    # "a non-cash charge of $12 million to reduce the carrying value of the investment", "recorded a charge of
    # $2,944,000 to impair the carrying value of the technology related intangible"
    phrase(
        r"\bcharges?\b"
        + _GAP
        + r"{0,60}?\bto\s+(?:reduce|write\s+down|write-down|adjust|impair|fully\s+impair)\s+the\s+carrying\s+"
        r"(?:values?|amounts?)\b",
        0.6,
        "phrase:carrying-value-written-down",
        needs=("carrying",),
    ),
    # Item 2.06 wording: "concluded that a material charge for impairment ... is required".
    phrase(
        cues.word("charge")
        + r"s?\s+(?:of\s+(?:approximately\s+)?(?:[$\u20ac\u00a3]\s?)?[\d.,]+(?:\s+(?:million|billion|thousand))?\s+)?for\s+(?:the\s+)?"
        r"impairment\b",
        0.6,
        "phrase:charge-for-impairment",
        needs=("impairment",),
    ),
    # The test's finding stated as a fact: "which resulted in the determination that the carrying value of the Retail
    # reporting unit ... exceeded its estimated fair value", "management's evaluation indicated that the carrying value
    # of certain internal-use capitalized software exceeded its fair value" (not "it was not more-likely-than-not that
    # the carrying value ... exceeded", nor the rule's "if the carrying amount exceeded"). Last and weakest, so that a
    # sentence that also names the charge is quoted for the charge.
    phrase(
        r"\b(?:determin\w*|conclu\w*|indicat\w*|found|noted|showed|revealed|provided\s+evidence)\b"
        r"(?:(?!\bnot\b|\bwhether\b|\bif\b|\bmore[- ]likely)[^.;]){0,60}?\bcarrying\s+(?:values?|amounts?)\b"
        r"(?:(?!\bnot\b|\bwhether\b|\bif\b)[^.;]){0,120}?\bexceeded\s+(?:its|their|the)\s+(?:respective\s+|estimated\s+|"
        r"calculated\s+)?fair\s+values?\b",
        0.4,
        "phrase:carrying-value-above-fair-value",
        needs=("carrying", "exceeded"),
    ),
    # News wording of a sized charge for assets that lost value, without the word: "will take non-cash charges of as much
    # as $5.2 billion against financial results for the fourth quarter, as a number of its assets have diminished in
    # value"; "... declined in value, leading to a $3 billion reduction in assets recorded on the balance sheet" (a rule's
    # "if a decline in value is other than temporary" has no verb "declined", and no amount).
    phrase(
        r"\bcharges?\b" + _GAP + r"{0,160}?\b(?:have|has|had)\s+(?:\w+\s+)?(?:diminished|declined)\s+in\s+value\b|"
        r"\b(?:diminished|declined)\s+in\s+value\b" + _GAP + r"{0,40}?\b(?:leading|led)\s+to\s+(?:an?\s+)?(?:[$\d][\w.,$ ]{0,20}?\s+)?"
        r"(?:reduction|write-?down|charge)\b",
        0.4,
        "phrase:impairment-charge",
        needs=("in value",),
    ),
    # a full-cost pool's write-down by its own name, with no other word for it: "we recorded the following ceiling test
    # charges:" (last, so that a sentence that also says "write-down" keeps that phrase)
    phrase(
        r"\bceiling\s+test\s+charges?\b",
        0.4,
        "phrase:impairment-charge",
        needs=("ceiling test",),
    ),
)
# A valuation loss booked on a stake in another company is the investment written down: "Rakuten ... will book a
# valuation loss of around 103 billion yen ($950 million) in the July-September quarter for its Lyft shareholdings".
VALUATION_LOSS = phrase(
    r"\b(?:book|record|recogni[sz]e|take|post|report|incur)(?:s|ed|d|ing)?\s+(?:an?\s+)?(?:[\w$\u20ac\u00a3.,()-]+\s+){0,6}?"
    r"valuation\s+loss(?:es)?\b" + _GAP + r"{0,120}?\b(?:on|for|in|related\s+to)\s+(?:its|the|our|their)\s+"
    r"(?:[\w.&-]+\s+){0,3}?(?:shareholdings?|stakes?|holdings|investments?|equity\s+interests?)\b",
    0.6,
    "phrase:investment-written-down",
    needs=("valuation",),
)
# "The impairment reflects the impact of delays ...": a charge the text has just sized ("warned of a $1.3 billion
# hit on its Hermosa project"), named again by its cause.
REFERRED_BACK = phrase(
    r"^\W*the\s+(?:[\w-]+\s+){0,2}?impairments?\s+(?:charges?\s+|loss(?:es)?\s+)?(?:reflects|reflected|relates|related|"
    r"was\s+(?:driven|due|caused|attributable|primarily)|is\s+(?:due|attributable|primarily)|resulted|arose|stems|stemmed)\b",
    0.6,
    "phrase:impairment-recognized",
    needs=("impairment",),
)
_SIZED_BEFORE = cues.rx(r"\b(?:hit|charges?|impairments?|write-?downs?|writedowns?|loss(?:es)?|provisions?)\b")
WRITE_DOWNS = (
    phrase(
        cues.word("writ") + r"(?:e-?downs?|edowns?|e-?offs?|eoffs?|(?:ten|e|ing)\s+(?:down|off))\b",
        0.4,
        "phrase:asset-write-down",
        needs=("writ",),
    ),
    phrase(cues.word("wrote") + r"\s+(?:down|off)\b", 0.4, "phrase:asset-write-down", needs=("wrote",)),
    phrase(cues.word("charge") + r"d?\s+off\b", 0.4, "phrase:asset-write-down", needs=("charge",)),
)
_ASSET = cues.rx(
    r"\b(?:goodwill|intangibles?|trade\s*marks?|trade\s*names?|brands?|long-lived|property|properties|plant|"
    r"equipment|fixed\s+assets?|assets?|investments?|equity[- ]method|joint\s+ventures?|right[- ]of[- ]use|rou|"
    r"leasehold|software|in-process|ipr&d|licenses?|patents?|customer\s+(?:relationships|lists?)|technology|"
    r"oil\s+and\s+(?:natural\s+)?gas|mineral|real\s+estate|buildings?|facilit(?:y|ies)|stores?|restaurants?|"
    r"vessels?|aircraft|rigs?|securities|carrying\s+(?:value|amount)|book\s+value|businesses|reporting\s+units?|"
    r"projects?|wells?|fleet|films?|film\s+costs|programs?|program\s+rights|content|libraries|capitali[sz]ed|"
    r"production\s+costs|development\s+costs|held\s+for\s+sale|fair\s+value|"
    # a stake in a listed company: "a 2.4 billion euro writedown on its 13.6 percent holding in France Telecom"
    r"holdings?\s+in|stakes?\s+in|(?:equity|ownership)\s+interests?|"
    # full-cost ceiling test write-downs are of oil and gas properties; a write-down "on the value of" a
    # business, unit or acquisition is of the investment in it
    r"ceiling\s+test|proved\s+(?:oil\s+and\s+gas\s+)?(?:reserves|properties)|business(?:es)?|units?|"
    r"acquisitions?|value\s+of\s+(?:its|the|an?|our|their)\b|"
    # ... or of the business named by what it is: "a $6.2 billion write-down of its aQuantive advertising service", "hefty
    # write-downs for its American newspapers"
    r"divisions?|segments?|subsidiar(?:y|ies)|services?|deal|newspapers|mastheads|mines?|"
    # an other-than-temporary impairment is one of securities, however far the sentence names them
    r"other[\s-]+than[\s-]+temporar(?:y|ily))\b"
)
_WRITE = ("writ", "wrote")
OTHER_SENSES = cues.senses(
    (cues.DEFINED_TERM_NEEDS, cues.DEFINED_TERM),
    # a sign that called for a test, or none that did, is no charge: "the FDA's response to its NDA is a potential indicator of
    # impairment of the related IXINITY IPR&D asset", "determined that no events or changes in financial performance indicated
    # impairment of Rao's"
    (
        ("indicat",),
        (
            r"\bindicators?\s+of\s+(?:an?\s+|any\s+|potential\s+|possible\s+)*(?:[\w-]+\s+)?impairment\b|"
            r"\bno\s+(?:[\w-]+\s+){0,8}?indicated\s+(?:an?\s+|any\s+|potential\s+|possible\s+)*impairment\b"
        ),
    ),
    (
        ("impair",),
        (
            cues.word("impair")
            + r"(?:s|ed|ing|ment)?\s+(?:of\s+)?(?:(?:our|its|the|their|his|her|such|a|any|your|these|those)\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:ability|abilities|rights?|liquidity|operations|performance|competitiveness|"
            r"functionality|function|access|enforceability|reputation|relationships?|efforts?|capacity|collateral|"
            r"independence|objectivity)\b"
            # (not "an impairment of operating lease right-of-use assets")
            r"(?![-\s]of[-\s]use)"
        ),
    ),
    (
        ("impaired",),
        (
            cues.word("impaired")
            + r"\s+(?:loans?|credits?|debt(?:ors)?|receivables?|borrowers?|financial\s+assets|hearing|vision|"
            r"assets?\s+(?:ratio|to))\b"
        ),
    ),
    (
        ("loan", "credit", "receivable", "lending"),
        r"\b(?:loans?|credit|receivables?|lending)\s+(?:that\s+are\s+|considered\s+|deemed\s+)?impair(?:ed|ment)\b",
    ),
    (("credit",), r"\bcredit[- ]impaired\b"),
    # a relationship said to be impaired, told after it: "the auditor-client relationship has been impaired such that KPMG
    # cannot complete an independent audit"
    (("impaired",), r"\b(?:relationships?|independence|objectivity)\s+(?:(?:has|have|had)\s+been|is|was|were|being)\s+impaired\b"),
    # a bankruptcy plan's impaired claims: "unsecured prepetition liabilities that are expected to be impaired pursuant to
    # the Prepackaged Plan"
    (
        ("impaired",),
        (
            r"\bimpaired\s+(?:under|pursuant\s+to|by)\s+(?:the\s+|a\s+|any\s+)?(?:[\w-]+\s+){0,2}?plan\b|"
            r"\bimpaired\s+(?:claims?|classes?|creditors|interests)\b"
        ),
    ),
    # an impairment taken back, not taken: "the Company recognized an impairment reversal in the amount of $23,699
    # increasing the mineral properties, plant and equipment value to its recoverable value"
    (
        ("reversal",),
        (
            r"\bimpairment(?:\s+loss(?:es)?|\s+charges?)?\s+reversals?\b|\breversals?\s+of\s+(?:an?\s+|the\s+|previously\s+"
            r"(?:recogni[sz]ed|recorded)\s+)?(?:[\w-]+\s+)?impairment(?:\s+loss(?:es)?|\s+charges?)?\b"
        ),
    ),
    (
        ("evaluated", "assessed", "reviewed"),
        r"\b(?:individually|collectively)\s+(?:evaluated|assessed|reviewed)\s+for\s+impairment\b",
    ),
    # "tested for impairment" is a process; "a charge for impairment" is not.
    # (a charge "of $12 million for impairment of" its assets is not, nor "a provision for impairment of the remaining
    # carrying value of the non-current assets")
    (
        ("impairment",),
        (
            r"for(?<!\wfor)(?<!charge\sfor)(?<!charges\sfor)(?<!\d\sfor)(?<!million\sfor)(?<!billion\sfor)"
            r"(?<!thousand\sfor)\s+(?:potential\s+|possible\s+)?impairments?\b"
            # ("significant provisions for impairment of property, plant and equipment")
            r"(?!(?:(?<=provision\sfor\simpairment)|(?<=provisions\sfor\simpairment))\s+of\s+(?:the\s+)?(?:remaining\s+)?"
            r"(?:carrying\s+value|property|goodwill|(?:[\w-]+\s+){0,2}?assets))"
        ),
    ),
    # a person's impairment: "you have permanent impairment from the work injury", "a 12% permanent impairment
    # rating", "cognitive impairment"
    (
        ("impairment",),
        (
            r"\b(?:cognitive|functional|hearing|visual|vision|speech|renal|hepatic|kidney|liver|motor|neurological|"
            r"intellectual|mental|respiratory|whole[- ]person|scheduled)\s+impairments?\b|"
            r"\bimpairments?\s+ratings?\b|"
            r"\bimpairments?\s+(?:from|due\s+to|caused\s+by|resulting\s+from)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|your\s+|"
            r"their\s+)?(?:work\s+|work-related\s+|occupational\s+)?(?:injury|injuries|illness|accident|disease|stroke)\b"
        ),
    ),
    # bankruptcy law: a class of claims is "impaired" when the plan pays it less than in full
    (
        ("impaired",),
        (
            r"\b(?:claims?|interests?|creditors?|class(?:es)?|holders?)\b[^.;]{0,30}?\b(?:un)?impaired\b|"
            r"\b(?:un)?impaired\s+(?:and\s+(?:un)?impaired\s+)?(?:claims?|creditors?|class(?:es)?|interests?|holders?)\b|"
            # "The Revolving Credit Facility and the Senior Notes are impaired under the terms of the Plan"
            r"\b(?:un)?impaired\s+under\s+(?:the\s+)?(?:terms\s+of\s+the\s+)?(?:[\w-]+\s+){0,2}?plan\b"
        ),
    ),
    # an auditor's independence harmed: "management believes that independence became impaired upon reaching the one
    # year anniversary of outstanding invoices"
    (("impaired",), r"\b(?:independence|objectivity)\s+(?:(?:is|was|were|are|be|been|being|became|becomes|has|had|have)\s+)*impaired\b"),
    (
        ("impairment",),
        (
            cues.word("impairment")
            + r"\s+(?:tests?|testing|analys[ie]s|assessments?|reviews?|evaluations?|indicators?|triggers?|triggering|"
            r"model|methodology|guidance|framework|approach|polic(?:y|ies)|considerations?|process|procedures?|"
            r"calculations?|determinations?|reserves?|allowances?|assumptions?|exists?)\b"
        ),
    ),
    # what a test looks for: "the accounting guidance ... that simplifies the testing for goodwill impairment"
    (
        ("for goodwill impairment", "for asset impairment", "for long-lived asset impairment"),
        r"\b(?:testing|tests?|tested)\s+for\s+(?:goodwill|asset|long-lived\s+asset)\s+impairment\b",
    ),
    (("accumulated",), cues.word("accumulated") + r"\s+impairment(?:\s+loss(?:es)?)?\b"),
    (("disposal",), cues.word("impairment") + r"\s+or\s+disposal\s+of\s+long-lived\s+assets\b"),
    (
        ("oreo", "estate", "foreclosed"),
        r"\b(?:oreo|other\s+real\s+estate\s+owned|foreclosed\s+(?:real\s+estate|assets|properties))\b",
    ),
    (
        _WRITE,
        (
            r"(?:"
            + cues.word("writ")
            + r"(?:e-?offs?|eoffs?|e-?downs?|edowns?|(?:ten|e)\s+(?:off|down))|"
            + cues.word("wrote")
            + r"\s+(?:off|down))\s+"
            # ("wrote off $0.5 million in deferred arrangement fees associated with the facility")
            r"(?:of\s+|for\s+)?(?:[\w$.,'\u2019-]+\s+){0,4}?(?:inventor(?:y|ies)|receivables?|accounts|loans?|bad\s+debts?|"
            r"debt|financing\s+costs|deferred\s+(?:financing|debt|tax|arrangement|loan|commitment)|(?:arrangement|commitment|"
            r"origination|upfront)\s+fees|unamortized|discount|premium|issuance|tax\s+assets|indemnification\s+assets?)"
        ),
    ),
    (
        _WRITE,
        (
            r"\b(?:inventory|receivables?|loan|bad\s+debt|debt\s+issuance|financing\s+cost)\s+(?:write-?downs?|"
            r"writedowns?|write-?offs?|writeoffs?)\b"
        ),
    ),
    (("net charge",), cues.word("net") + r"\s+charge-?offs?\b"),
    (("charge",), cues.word("charge") + r"d?\s+off\s+(?:loans?|(?:the\s+)?balances?)\b"),
)
# A period's accounts holding the charge: "these accounts include significant provisions for impairment of property" (read
# where "include" is: a recording verb for _actuality, a happening for _HAPPENED).
_ACCOUNTS_INCLUDE = cues.rx(r"\b(?:these|the|its|our)\s+(?:[\w-]+\s+)?(?:accounts|results|figures)\s+include\b")


def _accounts_include(masked: str) -> bool:
    return "include " in masked and _ACCOUNTS_INCLUDE.search(masked) is not None
_RECORD_VERB = cues.rx(
    r"\b(?:record(?:ed|s|ing)?|recogni[sz](?:ed|es|ing|e)|incur(?:red|s|ring)?|took|taken|take|takes|taking|"
    r"book(?:ed|s)?|report(?:ed|s)?|includ(?:ed|es)|reflect(?:ed|s|ing)?|result(?:ed|s|ing)?\s+in|charged|"
    r"reserved|accrued|announc(?:ed|es|ing)|impacted\s+by|affected\s+by|there\s+(?:was|were)|arose|equal(?:l)?ed|"
    r"concluded|determined|add(?:ed|ing)?\s+back|(?:was|were)\s+required\s+to|"
    # "our equity interest in Exodus was written off in its entirety"
    r"(?:was|were|been)\s+(?:(?:fully|entirely|completely|partially)\s+)?written\s+(?:off|down)|"
    r"total(?:l)?ed|amounted|drove|driven\s+by|contributed\s+to|higher|lower|increased|decreased)\b"
)
_POST = cues.rx(
    r"\W{0,3}(?:of\s+(?:approximately\s+|about\s+|nearly\s+|roughly\s+)?(?:[$\u20ac\u00a3\u00a5]|us\$|[a-z]{3}\s?\d)|"
    r"(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|will\s+be)\s+(?:recorded|recogni[sz]ed|taken|"
    r"booked|charged|reported|included|reflected))"
)
_DEFINITE = cues.rx(r"(?:^|[.;:]\s*)\W*(?:the|this|these|such)\s+(?:\w+\s+){0,2}$")
_GENERIC_LIST = cues.rx(
    r"\bsuch\s+as\b|\bitems?\s+(?:like|including|that)\b|\bexclud(?:e|es|ing)\b|\bother\s+than\b(?!\s+temporar)|\btypes?\s+of\b|"
    r"\bcategor(?:y|ies)\b|\bincluding,?\s+but\s+not\s+limited\s+to\b|\bnon-?gaap\b"
)
# The period's own result stated without its charge: "Excluding ... non-cash asset impairment charges, the
# Company reported non-GAAP net income per diluted share of $0.91 for the thirteen weeks ended ...",
# "Excluding an impairment of long-lived assets of $1.7 million ..., net loss ... was $3.2 million". A
# definition of the measure ("adjusted EBITDA, which excludes impairment ...") has no past-tense result.
_EXCLUDING_REPORTED = cues.rx(
    r"^\W*(?:excluding|before|absent)\b[^;]{0,220}?,\s+(?:[\w-]+\s+){0,6}?(?:reported|was|were|totall?ed|"
    r"amounted\s+to|came\s+in\s+at)\b"
)
_NOT_RECORDED = cues.rx(
    r"\bimpair\w*\s+(?:[\w-]+\s+){0,2}?(?:(?:was|were|has|have|had|is|are)\s+(?:been\s+)?)?not\s+(?:been\s+)?"
    r"(?:recogni[sz]ed|recorded|required|identified|taken|necessary|indicated)\b"
)
# (or restate its results to take the charge in: "Thornburg said it would restate past earnings to incorporate a $427.8 million
# write-down on mortgage-backed securities")
_SAID_IT_WOULD = cues.rx(
    cues.SAID_IT_WOULD + r"(?:recogni[sz]e|record|book|take|incur|write\s+(?:down|off)|"
    r"restate\b[^.;]{0,40}?\bto\s+(?:incorporate|reflect|include|record))\b"
)
_PAST_HABIT = cues.rx(r"\bin\s+the\s+past\b|\bhistorically\b|\bfrom\s+time\s+to\s+time\b")
# What usually happens, not what did: "For ASX companies this will commonly be an acquisition that has not done as well as
# anticipated and will result in the impairment of goodwill."
_HABITUAL = cues.rx(r"\b(?:commonly|typically|usually|normally|often)\b|\bgenerally\b(?!\s+accepted)")
_HABITUAL_NEEDS = ("commonly", "typically", "usually", "normally", "often", "generally")
# A charge still to be decided: "if deemed necessary", "if any", "if required".
_IF_NEEDED = cues.rx(
    r"\bif\s+(?:(?:deemed|considered|determined\s+to\s+be|found\s+to\s+be)\s+)?(?:necessary|required|appropriate|warranted|any)\b"
)
# Policy text in the generic present: "an impairment loss is recognized when ...", "the charge is added back
# to net income because it is non-cash", "the Company records an impairment charge if ..." (but not "will
# record" / "expects to record"), "An impairment loss recognised for goodwill is not reversed".
_GENERIC_PRESENT = cues.rx(
    # (an adverb between: "impairment losses are also recognised on the balance sheet date if the asset's recoverable amount
    # has fallen below its carrying amount")
    r"\b(?:is|are)\s+(?:not\s+|also\s+|only\s+|generally\s+|then\s+)?(?:recorded|recogni[sz]ed|measured|calculated|charged|determined|computed|assessed|evaluated|"
    r"tested|estimated|limited|added\s+back|allocated|reversed|written\s+(?:down|off)|"
    # where the charge is presented: "Goodwill impairment charges are included as a separate operating expense
    # line item"
    r"(?:included|presented|classified)\s+(?:as|in|within)\b)\b|"
    r"(?<!will\s)(?<!to\s)\b(?:recogni[sz]es|records|recogni[sz]e|record)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:impairment|write-?down|loss|charge)"
)
# A rule stated with "where": "Financial assets are impaired where there is objective evidence that ...",
# "Where the carrying amount ... exceeds its recoverable amount, the asset is considered impaired".
_WHERE_AFTER = cues.rx(r"\W{0,3}(?:[\w-]+\s+){0,2}?where\b")
_WHERE_BEFORE = cues.rx(r"^\W*(?:where|whenever)\b[^,;]{0,240},")
# A participle before its noun, with no subject: "Recognised impairment losses are reversed if, and only if, ...".
_PARTICIPLE_SUBJECT = cues.rx(
    # ("A previously recognized impairment loss is reversed only if ...")
    r"^\W*(?:an?\s+|the\s+|any\s+)?(?:previously\s+)?(?:recogni[sz]ed|recorded)\s+impairment\s+(?:loss(?:es)?|charges?)\s+(?:are|is)\b"
)
# A pointer to a charge the filing reports elsewhere: "See Impairment of NCMI Investment in Note 8 for a
# discussion of the impairment charge on the Company's investment in NCMI" (the charge, not a kind of charge).
_POINTER = cues.rx(
    r"\b(?:discussion|details?|description|information|explanation)\s+(?:of|on|about|regarding|related\s+to)\s+"
    r"the\s+(?:[\w-]+\s+){0,2}?impairments?\s+(?:charges?|loss(?:es)?|write-?downs?)\b"
    r"(?!\s+(?:calculations?|tests?|testing|polic(?:y|ies)|methodology|models?|analys[ie]s|assessments?|estimates?|"
    r"assumptions?|accounting|recognition|measurement)\b)"
)
_POINTER_NEEDS = ("discussion", "detail", "description", "information", "explanation")
# A sentence without money must say that something happened, or will: "recorded", "was", "will record".
_HAPPENED = cues.rx(
    r"\b(?:recorded|recogni[sz]ed|took|taken|incurred|booked|reported|was|were|had|has|have|resulted|reflected|"
    r"included|wrote|written|impaired|charged|reduced|determined|concluded|totall?ed|amounted|drove|driven|"
    r"contributed|existed|exceeded|will|expects?|anticipates?|plans?|intends?|estimates?|add(?:ed|ing)\s+back)\b|"
    # one charge announced as likely: "the group is likely to incur a one-off, non-cash write-down to the historic goodwill
    # value" (not "we are likely to incur impairment charges in the future")
    r"\b(?:is|are)\s+likely\s+to\s+(?:incur|record|take|book|recogni[sz]e)\s+an?\s|"
    # a charge being taken now: "the REIT is taking impairment charges on two suburban Dallas properties"
    r"\b(?:is|are)\s+(?:taking|recording|booking|recogni[sz]ing)\b"
)
# The phrase as the subject of a modal passive: "an impairment loss associated with this test shall be recognized".
_MODAL_PASSIVE = cues.rx(
    r"\b(?:shall|should|would|must|may|might|could|can)\s+(?:be|have\s+been)\s+(?:recogni[sz]ed|recorded|measured|"
    r"charged|taken|reported|calculated|determined)\b|"
    # "A non-cash impairment charge will generally be recognized when the carrying amount ... exceeds": a rule's "will"
    r"\bwill\s+(?:generally|typically|normally|usually|only)\s+be\s+(?:recogni[sz]ed|recorded|measured|charged)\b"
)
# (not a participle after its noun: "impairment losses recognised in respect of cash-generating units are allocated")
_PAST_TENSE = cues.rx(
    # (the verb looked for before the lookbehinds: tried at every position they cost more than the rest)
    r"\b(?=recorded|recogni[sz]ed|took|incurred|booked|reported|was|were|had)"
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\blosses\s)(?<!\bloss\s)(?<!\bcharges\s)(?<!\bimpairments\s)"
    r"(?<!\bis\salso\s)(?<!\bare\salso\s)"
    r"(?:recorded|recogni[sz]ed|took|incurred|booked|reported|was|were|had)\b"
)

# What a row label may add after the charge: "Impairments and other charges", "Impairment loss and loss on disposal
# of assets" (lower case: _ROW_LABEL reads it ignoring case, _INLINE_ROW reads the lower-cased sentence).
_AND_OTHER = (
    r"(?:\s+and\s+(?:other\s+(?:charges|costs)|(?:loss(?:es)?|gains?)\s+on\s+(?:disposals?|sales?)\s+of\s+[a-z ,&'-]{3,40}?))?"
)
# A table row: "Impairment of long-lived assets 1, 3" followed by its (non-zero) figures.
_ROW_LABEL = re.compile(
    r"^(?:(?:add|less|plus|deduct)\s*:?\s+)?(?:total\s+)?(?:non-?cash\s+)?(?:(?:asset|goodwill|intangible|trademark|store|property|"
    r"long-lived\s+asset|fixed\s+asset|goodwill\s+and\s+(?:other\s+)?(?:intangible\s+)?asset)\s+)?impairments?"
    r"(?:\s+(?:of|on)\s+[A-Za-z ,&'-]{3,60}?|\s+(?:charges?|loss(?:es)?|expenses?)"
    # the assets named after the charge: "Impairment charge to reflect furniture, equipment, and leasehold
    # improvements at fair value" (a row of an 8-K table of estimated charges)
    r"(?:\s+(?:to\s+(?:reflect|write\s+down|reduce)|for|related\s+to|relating\s+to|on|of)\s+[A-Za-z ,&'-]{3,80}?)?)?"
    + _AND_OTHER
    + r"(?:\s*\((?:[a-z]|(?:note\s+)?\d{1,2})\))*(?:\s+\d{1,2}(?:\s*,\s*\d{1,2})*)?\s*$",
    re.IGNORECASE,  # reads the document text itself
)
_CELL_TOKEN = re.compile(r"[($]*[\d,.]*\d[\d,.]*\)?|[($]+|\)|[-\u2013\u2014]+|\|")  # "|": a cell border of a pipe-drawn table
_CELL = re.compile(r"\(?\$?\s?(\d[\d,]*(?:\.\d+)?)\s?\)?|[-\u2013\u2014]+")


# A write-down that would have followed had something else happened: "This would have caused our unamortized cost ...
# to exceed the cost pool ceiling, resulting in an after-tax write-down of approximately $2.7 million".
_COUNTERFACTUAL = cues.rx(
    r"\bwould\s+have\s+(?:caused|resulted\s+in|required|led\s+to|triggered|necessitated|produced)\b"
)


class ImpairmentDetector:
    kind: str = KIND
    # "write" covers write-down(s), writedown, write-off, write down/off; "wrote" wrote down/off.
    keywords: tuple[str, ...] = (
        "impair",
        "otti",
        "write",
        "written down",
        "written off",
        "wrote",
        "charged off",
        "the carrying",
        "valuation loss",
        "in value",
        "ceiling test charge",
        # a non-cash charge named by the goodwill it writes down
        "relating to the goodwill", "related to the goodwill", "relating to goodwill", "related to goodwill",
        "charge for goodwill", "charge against goodwill", "charge on goodwill",
    )
    max_score: float = 0.99
    skip_on: frozenset[str] = frozenset(("impair", "write"))
    skip: re.Pattern[str] | None = re.compile(
        r"impairment\s+(?:tests?|testing|analys[ie]s|assessments?|reviews?|methodology|model|indicators?)\b|"
        # (the test named first: "we conducted an evaluation of goodwill impairment of this reporting unit")
        r"\b(?:evaluations?|assessments?|analys[ie]s)\s+of\s+(?:the\s+)?(?:potential\s+|possible\s+)?goodwill\s+impairment\b"
        r"(?!\s+(?:charges?|loss(?:es)?))|"
        # (not a provision for the impairment of an asset's carrying value: "resolved to book a provision for impairment of
        # the remaining carrying value of the non-current assets")
        r"(?<!charge\s)(?<!charges\s)(?<!\d\s)(?<!million\s)(?<!billion\s)(?<!thousand\s)for\s+impairment\b"
        r"(?!(?:(?<=provision\sfor\simpairment)|(?<=provisions\sfor\simpairment))\s+of\s+(?:the\s+)?(?:remaining\s+)?"
        r"(?:carrying\s+value|property|goodwill|(?:[\w-]+\s+){0,2}?assets))|impaired\s+loans?|"
        r"accumulated\s+impairment|"
        r"impair(?:s|ed|ing)?\s+(?:our|its|the|their)\s+(?:\w+\s+)?ability|underwr\w+"
    )

    def analyze(self, text: str, start: int, end: int, floor: float | None = None) -> Candidate | None:
        row = _table_row(text, start, end)
        if row is not None:
            return row
        masked = cues.mask(cues.lower(text[start:end]), OTHER_SENSES)
        best: tuple[float, Match] | None = None
        valuation = best_match(masked, (VALUATION_LOSS,)) if "valuation loss" in masked else None
        referred = _referred_back(masked, text, start) if masked.lstrip(' "\u201c').startswith("the ") else None
        # the company's announcement in reported speech is no hedge: "Downer EDI said it would recognise a non-cash, pre-tax
        # impairment charge of A$549.6 million"
        modals = cues.reported_modals(masked, _SAID_IT_WOULD)
        for match in (best_match(masked, PHRASES, modals=modals), _write_down(masked, text, start, modals), valuation, referred):
            if match is None or match.hedged or _credit_quality(masked, match):
                continue  # a hedged phrase scores at most 0.3: below any threshold
            score = _score(masked, match)
            if score > 0 and (best is None or score > best[0]):
                best = (score, match)
        if best is not None and best[0] > 0.3 and _found_none(masked, best[1]):
            best = (0.3, best[1])
        if (
            best is not None
            and best[0] > 0.3
            and (
                cues.generic(masked)
                or cues.requirement_item(text, start)
                or cues.instruction_item(text, start)
                or cues.definition(masked)
                or cues.illustration(text, start)
            )
        ):
            best = (0.3, best[1])  # what registrants must disclose, not what this one recorded
        if best is not None and best[0] > 0.3 and _not_one_company(masked):
            best = (0.3, best[1])
        if best is not None and best[0] > 0.3 and "requir" in masked and _REQUIRES_RECORDING.search(masked):
            best = (0.3, best[1])  # "ASC 360-10-15, ..., which requires impairment losses to be recorded ... when"
        if best is not None and best[0] > 0.3 and _error_area_item(text, start, masked):
            best = (0.3, best[1])  # "errors ... related to ..., including: ...; The impairment of certain long-lived assets"
        if best is not None and best[0] > 0.3 and "would have" in masked and _COUNTERFACTUAL.search(masked, 0, best[1].start):
            best = (0.3, best[1])  # "a 20 percent decrease ... would have caused ... resulting in an after-tax write-down"
        if best is not None and best[0] > 0.3 and (
            _TERM_EXPLAINED.match(masked) or _GLOSSARY_HEAD.match(text, end)
        ):
            # a term explained ("A $500 million investment
            # write-down represents a major accounting adjustment where a company ..."): no charge was recorded
            best = (0.3, best[1])
        if best is None or best[0] < THRESHOLD:
            return (
                _inline_row(text, start, end, masked)
                or _table_intro(text, start, end, masked)
                or _heading_intro(text, start, end, masked)
                or _candidate(start, end, best)
            )
        return _candidate(start, end, best)

    def refine_severity(self, severity: Severity, found: tuple[Amount, ...]) -> Severity:
        """Medium by default; high for a nine-figure charge (material for all but the largest issuers)."""
        return Severity.high if any(a.value >= _HIGH_USD for a in found) else severity


# An indefinite write-down or impairment as the subject of "represents", "means", "refers to": the term explained.
_TERM_EXPLAINED = cues.rx(
    r"\W*an?\s+(?:[\w$\u20ac\u00a3.,-]+\s+){0,5}?(?:impairments?|write-?downs?|writedowns?|write-?offs?)(?:\s+(?:charges?|loss(?:es)?))?\s+"
    # ("A write-down indicates that the asset is no longer expected to generate future economic benefits")
    r"(?:represents|means|refers\s+to|signifies|denotes|describes|indicates|is\s+defined\s+as|is\s+when|occurs\s+when)\b"
)
# The head of a glossary entry: "$500 Million Investment Write-Down\n\nMeaning\n\nA $500 million investment ...".
_GLOSSARY_HEAD = re.compile(r"[ \t.]*\n\s*(?:meaning|definition|what\s+(?:is|are|does)\b)", re.IGNORECASE)
_CREDIT = cues.rx(
    # (a bank's own "impairment charges" are its credit losses: "Access Bank Plc's impairment charges fell to N4.879 billion")
    r"\bbank(?:\s+(?:plc|ltd|limited))?['\u2019]s\s+impairment\s+charges?\b|"
    r"\bloans?\b|\bloan\s+portfolio|\bborrowers?\b|\ballowance\s+for\s+(?:loan|credit)|\bcharge-?offs?\b|"
    r"\bnon-?accrual|\bnon-?performing|\btroubled\s+debt|\bcollateral-dependent"
)
_FIRM_ASSET = cues.rx(
    r"\b(?:goodwill|intangibles?|securities|investments?|property|equipment|long-lived|trade\s*marks?|"
    r"trade\s*names?|software|right[- ]of[- ]use|leasehold|oil|buildings?|facilit(?:y|ies)|stores?|branch(?:es)?)\b"
)


_CREDIT_NEEDS = ("loan", "borrower", "allowance", "charge", "accrual", "performing", "troubled", "collateral", "bank")


def _credit_quality(masked: str, match: Match) -> bool:
    """A bank's loan impairment (a credit-quality measure), not a write-down of the bank's own assets."""
    window = masked[max(0, match.start - 80) : match.end + 80]
    if not cues.present(window, _CREDIT_NEEDS):
        return False
    return bool(_CREDIT.search(window)) and not _FIRM_ASSET.search(window)


# A whole industry's total, not one company's charge: "Q1 2020 the banking industry recorded $8.6 billion in
# goodwill impairment losses", "the industry had $50 billion in goodwill impairment losses".
_AGGREGATE = cues.rx(
    r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:industry|sector)\s+(?:as\s+a\s+whole\s+)?(?:had|has|recorded|took|reported|"
    r"recogni[sz]ed|booked|incurred|wrote)\b|"
    # "E&P takes a look at the goodwill writedowns across the newspaper industry"
    r"\b(?:impairments|write-?downs|writedowns|write-?offs)\s+across\s+the\s+(?:[\w-]+\s+){0,2}?(?:industry|sector)\b|"
    # "from the third quarter 2008 through March 20, 2009, Fortune 500 companies announced approximately $230 billion of
    # impairments"
    r"\bcompanies\s+(?:announced|recorded|reported|took|recogni[sz]ed|booked|wrote)\b|"
    # "The number of goodwill impairments has increased dramatically in correlation with the plunge in stock prices"
    r"\bnumber\s+of\s+(?:[\w-]+\s+)?(?:impairments|write-?downs|writedowns)\b|"
    # "a total of N85.625 billion was recorded as impairment charges by 14 banks", "the total impairment loss recognised by
    # the twenty-nine companies amounted to \u20ac227m"
    r"\bby\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety)(?:-\w+)?)\s+(?:[\w-]+\s+)?(?:banks|companies|firms|lenders|"
    r"insurers|issuers)\b"
)
_AGGREGATE_NEEDS = ("industry", "sector", "companies", "number of", "banks", "firms", "lenders", "insurers", "issuers")
# A made-up usage example in the first person singular: "There was an impairment charge and I was really happy
# with it" (a company's own report says "we"; a quoted executive who says "I" also gives the amount).
_FIRST_PERSON = cues.rx(r"(?:^|[\s\u201c\"])i\s+(?:was|am|have|had|felt|think|remember|saw|realized)\b")


def _not_one_company(masked: str) -> bool:
    if cues.present(masked, _AGGREGATE_NEEDS) and _AGGREGATE.search(masked):
        return True
    return not cues.has_amount(masked) and _FIRST_PERSON.search(masked) is not None


# An item of a list of the areas an error or a control weakness touched: "... need to be restated due to errors in
# accounting primarily related to several non-cash items, including: ...; The impairment of certain long-lived assets;
# and ..." names what was wrong, not a charge recorded (unsized, and the intro ends with a colon).
_ERROR_AREAS_INTRO = re.compile(
    r"\b(?:errors?|misstatements?|material\s+weakness(?:es)?|deficienc(?:y|ies))\b[^.:]{0,160}:\s*$",
    re.IGNORECASE,  # reads the document text itself
)


def _error_area_item(text: str, start: int, masked: str, reach: int = 300) -> bool:
    lo = max(0, start - reach)
    if text.find(":", lo, start) == -1 or cues.has_amount(masked):
        return False
    return _ERROR_AREAS_INTRO.search(text, lo, start) is not None


# A standard's rule: "which requires impairment losses to be recorded on long-lived assets ... when indicators of
# impairment are present".
_REQUIRES_RECORDING = cues.rx(
    r"\brequir(?:es|e|ing)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:impairment\s+(?:loss(?:es)?|charges?)|write-?downs?)\s+"
    r"(?:to\s+be\s+)?(?:recorded|recognized|recognised|measured)\b"
)


_FOUND_NONE_SIGNALS = ("phrase:impairment-charge", "phrase:asset-write-down")


def _found_none(masked: str, match: Match) -> bool:
    """ "In performing its assessment for goodwill impairment, ... determined there was no impairment": the
    unsized topic phrase is outweighed by the sentence's own negative verdict; so is an unsized write-down ("concluded
    that no impairment had occurred during the first quarter of 2013 requiring consideration of a write-down")."""
    if match.phrase.signal not in _FOUND_NONE_SIGNALS or cues.has_amount(masked):
        return False
    i = masked.find("impair")
    while i != -1:
        if not match.start <= i < match.end and cues.negated(masked, i):
            return True
        i = masked.find("impair", i + 6)
    return False


def _referred_back(masked: str, text: str, start: int) -> Match | None:
    """ "The impairment reflects ..." right after a sentence that sized a charge."""
    m = best_match(masked, (REFERRED_BACK,))
    if m is None:
        return None
    before = cues.lower(text[max(0, start - 400) : start])
    return m if cues.has_amount(before) and _SIZED_BEFORE.search(before) else None


def _write_down(masked: str, text: str, start: int, modals: frozenset[str] = cues.MODALS) -> Match | None:
    """A write-down counts only when an asset is what was written down: named around it, or, for "the
    write-down" that refers back, in the sentence before ("... required to write down its oil and natural gas
    properties. The noncash write-down amounted to $500.4 million")."""
    best = best_match(masked, WRITE_DOWNS, modals=modals)
    if best is None:
        return None
    if "written" in masked and _LIABILITY_WRITTEN.search(masked, max(0, best.start - 60), best.end + 5):
        return None  # what the company owed, written off: "such management fees are written off and recorded as capital"
    window = masked[max(0, best.start - 80) : best.end + 100]
    if _ASSET.search(window):
        return best
    if _REFERS_BACK.search(masked, max(0, best.start - 30), best.start) and best.start < 40:
        before = cues.mask(cues.lower(text[max(0, start - 300) : start]), OTHER_SENSES)
        if _WRITE_ASSET.search(before):
            return best
    return None


_LIABILITY_WRITTEN = cues.rx(
    r"\b(?:fees|payables?|liabilit(?:y|ies)|accruals?|obligations?|deferred\s+revenues?)\s+(?:(?:are|were|was|is|have\s+been|"
    r"has\s+been)\s+)?written\s+(?:off|down)\b"
)
# "The write-down", "this non-cash write-down": a write-down the previous sentence described.
_REFERS_BACK = cues.rx(r"\b(?:the|this|such|that)\s+(?:[\w-]+\s+)?$")
# The previous sentence wrote an asset down: "write down its oil and natural gas producing properties".
_WRITE_ASSET = cues.rx(
    r"\b(?:writ\w*|wrote)\s+(?:down|off)\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,6}?"
    r"(?:properties|assets?|goodwill|investments?|intangibles?|equipment|facilit(?:y|ies)|stores?)\b"
)


_SIZED_AFTER = cues.rx(
    r"\s+(?:charges?|loss(?:es)?|write-?downs?)\s+of\s+(?:approximately\s+|about\s+)?(?:[$\u20ac\u00a3\u00a5]|us\$)\s?\d"
)
_GENERIC_LIST_NEEDS = ("such as", "item", "exclud", "other than", "type", "categor", "including", "gaap")
_PAST_HABIT_NEEDS = ("past", "historical", "time to time")


def _score(masked: str, match: Match) -> float:
    money = cues.has_amount(masked)
    score = match.score + _actuality(masked, match, money)
    # "items such as restructuring charges, asset impairments", "adjusted EPS, which excludes restructuring,
    # impairment and acquisition-related charges, was $1.31": kinds of charge, not one (unless sized)
    if (
        cues.present(masked, _GENERIC_LIST_NEEDS)
        and _GENERIC_LIST.search(masked)
        and not (
            cues.has_amount(masked[max(0, match.start - 40) : match.start])
            or _POST.match(masked, match.end)
            # sized right after the phrase: "we recognized a goodwill impairment loss of $238 million ..., recorded
            # within our all other category"
            or _SIZED_AFTER.match(masked, match.end)
        )
        and not (money and _EXCLUDING_REPORTED.search(masked))
    ):
        score = min(score, 0.3)
    if "not" in masked and _NOT_RECORDED.search(masked, match.start):
        score = min(score, 0.3)  # "goodwill impairment not recognized", "impairment charges were not required"
    if "that" in masked and _FEARED.search(masked, 0, match.end):
        score = min(score, 0.3)  # "has also triggered fresh concerns that ... will need to write down almost $1 billion"
    if not money:
        if cues.present(masked, _PAST_HABIT_NEEDS) and _PAST_HABIT.search(masked):
            score = min(
                score, 0.4
            )  # "we have recorded impairment charges in the past": a risk factor's history
        if cues.present(masked, _HABITUAL_NEEDS) and _HABITUAL.search(masked) and not _PAST_TENSE.search(masked):
            score = min(score, 0.3)
        if _GENERIC_PRESENT.search(masked) and not _PAST_TENSE.search(masked):
            score = min(score, 0.35)  # policy: "an impairment loss is recognized when ..."
        if cues.condition_after(masked, match.end) and not _PAST_TENSE.search(masked):
            score = min(score, 0.3)  # a rule: "goodwill is considered impaired if the carrying value ... exceeds"
        if "if " in masked and _IF_NEEDED.search(masked, match.end) and not _PAST_TENSE.search(masked):
            score = min(score, 0.3)  # "will record an impairment charge at that time, if deemed necessary"
        if (_WHERE_AFTER.match(masked, match.end) or _WHERE_BEFORE.search(masked)) and not _PAST_TENSE.search(masked):
            score = min(score, 0.3)  # a rule: "financial assets are impaired where there is objective evidence"
        if _PARTICIPLE_SUBJECT.search(masked):
            score = min(score, 0.35)  # policy: "recognised impairment losses are reversed if ..."
        if _MODAL_PASSIVE.search(masked, match.end):
            score = min(score, 0.35)  # "an impairment loss ... shall be recognized as ...": what the standard says
        if not _HAPPENED.search(masked) and not _accounts_include(masked) and not _points_to_charge(masked, match):
            score = min(score, 0.45)  # a definition or explanation: "the write-down hits the statements in ..."
    if cues.boilerplate(masked):
        score -= 0.5
    return score


# A write-down others fear the company will need: speculation, not a charge.
_FEARED = cues.rx(
    r"\b(?:concerns?|fears?|speculation|worries|worry)\s+that\b[^.;]{0,120}?\b(?:will|would|could|may|might)\s+(?:need|have)\s+to\s+"
    r"(?:write|take|record|book|recognise|recognize)\b"
)


def _points_to_charge(masked: str, match: Match) -> bool:
    """ "for a discussion of the impairment charge on ...": a charge named with "the" after a cross-reference, or
    "the impairment reflects ..." after the sentence that sized it."""
    return match.phrase in (REFERRED_BACK, PERIOD_IMPAIRMENT, DECREASE_FROM_IMPAIRMENT) or (
        match.phrase.signal == "phrase:impairment-charge"
        and cues.present(masked, _POINTER_NEEDS)
        and _POINTER.search(masked) is not None
    )


def _actuality(masked: str, match: Match, money: bool) -> float:
    """Evidence that a charge was actually taken: a recording verb, an amount, a period, an asset."""
    boost = 0.0
    pre = cues.clause_before(masked, match.start)
    if _RECORD_VERB.search(masked) or _accounts_include(masked):
        boost += 0.25
        if _RECORD_VERB.search(" ".join(cues.last_words(pre, 12))):
            boost += 0.1
    if _POST.match(masked, match.end):
        boost += 0.3
    if money:
        boost += 0.2
        near = masked[max(0, match.start - 40) : match.end + 40]
        boost += 0.1 if cues.has_amount(near) else 0.0
    if _DEFINITE.search(pre) or _points_to_charge(masked, match):
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
    if len(label) > 100 or "mpairment" not in label:
        return None
    if "\n" in label:
        return _wrapped_row(label, text, start, end)
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
    if not _nonzero(cells) or _credit_statement(text, start, end):
        return None
    return _row_candidate(start, cell_end)


def _row_candidate(start: int, end: int) -> Candidate:
    """A charge read from a table: its label and figures are the evidence."""
    return Candidate(KIND, 0.6, start, end, ("table:impairment-row",), Severity.medium)


# A lender's income statement deducts its credit losses from revenue: "Impairment (56.2) (247.6) ... Revenue less
# impairment 492.5 413.7", "Net interest income after loan impairment charges".
_CREDIT_STATEMENT = re.compile(
    r"\b(?:revenue|income)\s+(?:less|net\s+of|after)\s+(?:loan\s+|credit\s+)?impairment", re.IGNORECASE
)


def _credit_statement(text: str, start: int, end: int) -> bool:
    """The row sits in a lender's income statement, where "impairment" is the charge for credit losses."""
    return _CREDIT_STATEMENT.search(text, max(0, start - 300), end + 300) is not None


# The heading of a table of charges: "For the fiscal year ended March 31, 2009 and March 31, 2008, the impairment
# charges related to the following subsidiaries:" followed by the rows.
_TABLE_INTRO = cues.rx(
    r"\bthe\s+(?:[\w-]+\s+){0,2}?impairments?\s+(?:charges?|loss(?:es)?)\b[^.;:]{0,80}?"
    r"\b(?:the\s+following|as\s+follows|below)\b[^.;:]{0,40}:\W*$"
)
# a figure of a table, not a day of the month or a footnote marker: "7,045", "52.8", "786"
_TABLE_AMOUNT = re.compile(r"(?<![\w.,])\(?(?:\d{1,3}(?:,\d{3})+|\d+\.\d+|\d{3,})\)?(?![\w.,])")


def _table_intro(text: str, start: int, end: int, masked: str) -> Candidate | None:
    """A definite "the impairment charges ... the following:" whose table (the next lines) holds a figure
    that is not zero and not a year."""
    if ("follow" not in masked and "below" not in masked) or not _TABLE_INTRO.search(masked):
        return None
    after = text[end : end + 600]
    if not any(_is_amount(m.group().strip("()")) for m in _TABLE_AMOUNT.finditer(after)):
        return None
    return _row_candidate(start, end)


# A note's subheading that names impairment charges ("Impairment and Other Related Net Charges", "Asset Impairments"),
# on its own line, and the sentence under it that records them with an amount: "During the nine months ended September
# 30, 2025, Wayfair recorded net charges of $23 million".
_IMPAIRMENT_HEADING = cues.rx(
    r"^\W*(?:[\w,&-]+\s+){0,3}?(?:impairments?|write-?downs?)(?:\s+(?:and|&)\s+(?:[\w-]+\s+){0,3}?[\w-]+|\s+(?:charges?|"
    r"loss(?:es)?|of\s+[\w\s,&-]{3,40}))?\W*$"
)
_RECORDED_CHARGES = cues.rx(
    r"^(?:[^.;]|\.(?=\d)){0,120}?\b(?:recorded|recogni[sz]ed|incurred|took|booked)\s+(?:(?:net|total|non-?cash|pre-?tax|"
    r"aggregate)\s+)*(?:charges?|losses)\s+(?:of|totall?ing|amounting\s+to)\s+(?:approximately\s+)?[$\u20ac\u00a3]\s?\d"
)


def _heading_intro(text: str, start: int, end: int, masked: str) -> Candidate | None:
    """The charge recorded in the first sentence under a subheading that names impairment charges."""
    if len(masked) > 80 or "\n" not in text[end : end + 3] or not _IMPAIRMENT_HEADING.match(masked):
        return None
    if "no " in masked or "not " in masked or "test" in masked or "polic" in masked:
        return None  # "No Impairment", "Impairment Testing", "Impairment Policy": no charge named
    following = next_sentence(text, end)
    if following is None:
        return None
    lo, hi = following
    if lo < end or _RECORDED_CHARGES.match(cues.lower(text[lo:hi])) is None:
        return None
    return Candidate(KIND, 0.6, lo, hi, ("phrase:charge-under-impairment-heading",), Severity.medium)


def _wrapped_row(label: str, text: str, start: int, end: int) -> Candidate | None:
    """A row label kept with its neighbours by the hard line breaks of a flattened table: a label wrapped over
    lines ("Goodwill\nimpairment"), a label under its section heading ("Selling, general & administration
    expenses\nImpairment of PP&E (Note 13)"), or a label with its first figure ("... assets (Note 14)\n16,570")."""
    lines = [line.strip() for line in label.split("\n") if line.strip()]
    k = len(lines)
    while k > 0 and (lines[k - 1] in ("$", ")") or _CELL.fullmatch(lines[k - 1].replace(" ", ""))):
        k -= 1
    if k == 0 or not (_ROW_LABEL.match(" ".join(lines[:k])) or _ROW_LABEL.match(lines[k - 1])):
        return None
    cells, cell_end = _following_cells(text, end)
    if not _nonzero(" ".join(lines[k:]) + " " + cells) or _credit_statement(text, start, end):
        return None
    return _row_candidate(start, max(end, cell_end))


# A flattened table inside a sentence: "... (Gain) Loss on Sale of Assets (468) 5 Goodwill Impairment 4,446 -
# 4,446 - Depreciation ...", "Impairments and other charges (57,852) (5,017) (71,328)".
_INLINE_ROW = re.compile(
    r"(?:^|[\d)\-\u2013\u2014]\s)(?:(?:asset|goodwill|intangible|trademark|store|property|long-lived\s+asset)\s+)?impairments?"
    r"(?:\s+(?:of|on)\s+[a-z ,&'-]{3,40}?|\s+(?:charges?|loss(?:es)?|expenses?))?"
    + _AND_OTHER
    + r"(?:\s*\((?:[a-z]|\d{1,2})\))?((?:\s+(?:\(?\$?\s?\d[\d,]*(?:\.\d+)?\)?|[-\u2013\u2014]|\$)){2,})"
)
_CELL_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _candidate(start: int, end: int, best: tuple[float, Match] | None) -> Candidate | None:
    if best is None:
        return None
    return Candidate(KIND, clamp(best[0]), start, end, (best[1].phrase.signal,), Severity.medium)


def _inline_row(text: str, start: int, end: int, masked: str) -> Candidate | None:
    """An impairment row of a flattened table, with at least one non-zero figure that is not a year."""
    if "impairment" not in masked:
        return None
    for m in _INLINE_ROW.finditer(masked):
        figures = [n.group() for n in _CELL_NUMBER.finditer(m.group(1))]
        if any(_is_amount(f) for f in figures) and not _credit_statement(text, start, end):
            return _row_candidate(start, end)
    return None


def _is_amount(figure: str) -> bool:
    value = float(figure.replace(",", "") or 0)
    return value > 0 and not (len(figure) == 4 and figure[:2] in ("19", "20"))


def _following_cells(text: str, end: int) -> tuple[str, int]:
    """The next few short lines after a row label, up to the first that is not a figure."""
    pos, cells, last, blanks = end, [], end, 0
    for _ in range(10):
        nl = text.find("\n", pos)
        if nl == -1 or nl - pos > 2:
            break
        line_end = text.find("\n", nl + 1)
        line_end = len(text) if line_end == -1 else line_end
        line = text[nl + 1 : line_end].strip()
        if not line and blanks < 2:  # a flattened table may keep a blank line between label and figure
            blanks += 1
            pos = line_end
            continue
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
