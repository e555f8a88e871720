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

# Phrases that hold the word "default" (skipped in sentences without it) and the others.
_WORD_PHRASES = (
    phrase(
        r"\bnotified\b" + _GAP + r"{0,80}?\bof\s+(?:an?\s+|the\s+)?(?:events?\s+of\s+)?default\b",
        0.85,
        "phrase:notice-of-default",
        needs=("notified",),
    ),
    phrase(
        r"\b(?:events?\s+of\s+default|defaults?|cross-defaults?)\s+(?:(?:that|which)\s+)?"
        r"(?:(?:has|have|had)\s+(?:(?:now|already|also|previously)\s+)?(?:occurred|arisen|resulted)|"
        r"(?:has|have|had)\s+been\s+triggered|occurred\b|(?:is|are|was|were)\s+(?:continuing|existing)\b|"
        # "due to the fact that events of default existed, including our failure to make ... interest payments"
        r"existed\b|(?:continued|continue|continues)\s+to\s+exist\b)|"
        # the clause named between: "an Event of Default under Clause 14.1 (Non-Payment) of the Terms and Conditions are
        # currently continuing as a result of the Issuer's non-payment" (a trustee's notice)
        r"\bevents?\s+of\s+default\s+(?:under|pursuant\s+to)\s" + _GAP + r"{1,80}?\s(?:is|are|was|were)\s+(?:currently\s+|still\s+|now\s+)?"
        r"continuing\b",
        0.85,
        "phrase:event-of-default",
        needs=("occurred", "arisen", "resulted", "triggered", "continuing", "existing", "existed", "to exist"),
    ),
    # The company's own case named as the default: "The chapter 11 filings by Spansion and its domestic subsidiaries are events of
    # default under Spansion's debt instruments" (the definite case, not a contract's "the filing of a petition")
    phrase(
        r"\bthe\s+(?:chapter\s+(?:7|11|15)|bankruptcy|ccaa|insolvency)\s+(?:filings?|petitions?|cases?|proceedings)\b"
        r"(?!\s+(?:of|by)\s+(?:a|an|any)\b)[^;]{0,80}?\s(?:is|are|was|were)\s+(?:an?\s+)?events?\s+of\s+default\b",
        0.85,
        "phrase:event-of-default",
        needs=("filing", "petition", "case", "proceedings"),
    ),
    phrase(
        r"\b(?:constitut(?:es|ed|ing)|(?<=which\s)constitute|(?<=that\s)constitute|result(?:ed|s|ing)?\s+in|gave\s+rise\s+to|giv(?:es|ing)\s+rise\s+to|"
        r"(?:has|have|had)\s+given\s+rise\s+to|trigger(?:ed|s|ing)|caus(?:ed|es|ing)|amount(?:ed|s)\s+to|represent(?:ed|s|ing)|"
        # ("This court decision spurred an event of default under the company's $68.5 million credit facility")
        r"(?:spurred|sparked|prompted|precipitated)|"
        r"(?:is|was|are|were|be|been)\s+(?:considered|deemed|treated\s+as)(?:\s+to\s+be)?|led\s+to)\s+"
        r"(?:an?\s+|the\s+|certain\s+|one\s+or\s+more\s+)?(?:immediate\s+|additional\s+)?"
        # "constitute failures of conditions to lending and/or events of default"
        r"(?:(?:[\w-]+\s+){1,5}?(?:and/or|or|and)\s+)?" + _DEFAULT,
        0.85,
        "phrase:event-of-default",
        # each a substring every match holds (tested on the whitespace-collapsed sentence)
        needs=(
            "constitut",
            "represent",
            "result in",
            "resulted in",
            "results in",
            "resulting in",
            "rise to",
            "trigger",
            "caused",
            "causes",
            "causing",
            "amounted to",
            "amounts to",
            "considered",
            "deemed",
            "treated as",
            "led to",
            "spurred",
            "sparked",
            "prompted",
            "precipitated",
        ),
    ),
    # An event already named is said to have been an event of default: "The Bankruptcy Filing, was an event of default
    # under the ABL Facility, the Cash Flow Facility and the indentures" (contract terms say "is" or "shall be").
    phrase(
        r"\b(?:the|such|this|these|its|our|that)\s+(?:[\w-]+\s+){0,4}?(?:filings?|commencement|petitions?|cases|failures?|"
        r"breach(?:es)?|non-?payment|violations?)\s*,?\s+(?:was|were)\s+(?:an?\s+)?events?\s+of\s+default\b"
        r"(?![^.;]{0,60}?\b(?:if|unless)\b)",
        0.8,
        "phrase:event-of-default",
        needs=("was an event of default", "were events of default", "were an event of default"),
    ),
    # A breach already named is called an event of default: "The breach of this covenant is an Event of Default under
    # your Loan Documents" (a lender's letter); contract terms speak of "any breach" or "such failure ... shall be".
    phrase(
        r"(?:\bthe\s+(?:breach|violation)\s+of\s+(?:this|these)\s+(?:[\w-]+\s+){0,3}?(?:covenants?|requirements?|ratios?)|"
        r"\b(?:this|these)\s+(?:[\w-]+\s+){0,2}?(?:breach(?:es)?|violations?|non-?compliance|non-?payment))\b"
        r"[^.;]{0,40}?\b(?:is|was|are|were)\s+(?:an?\s+)?events?\s+of\s+default\b(?![^.;]{0,60}?\b(?:if|unless)\b)",
        0.8,
        "phrase:event-of-default",
        needs=("event of default", "events of default"),
    ),
    phrase(
        r"\b(?:is|was|are|were|be|been|being|remains?|remained|became|become|becomes|currently|now|still)\s+"
        # "as a result of the cross-default provisions, the Company is also in default under its equipment notes"
        # "the mortgage loan ... is in maturity default" (CMBS servicers' word for a balloon not repaid)
        r"(?:(?:currently|now|technically|still|already|also|therefore|thus)\s+)?in\s+(?:payment\s+|technical\s+|material\s+|"
        r"maturity\s+|monetary\s+)?default\b",
        0.85,
        "phrase:in-default",
        needs=(
            "in default",
            "in payment default",
            "in technical default",
            "in material default",
            "in maturity default",
            "in monetary default",
        ),
    ),
    # Debt that "entered into default" ("the Original Lind Debt entered into default, which resulted in a 5% ... increase
    # in the principal value", "This note entered technical default status on May 16, 2005")
    # ("when the bridge loan matured ..., the company once again found itself in default of its obligations")
    phrase(
        # (not a court clerk's entry of default against a party that did not appear: "the clerk entered default on March 24")
        r"\b(?=entered|went|fell|has|had)(?<!clerk\s)(?<!court\s)(?:entered|went|fell|has\s+gone|had\s+gone)\s+(?:into\s+)?"
        r"(?:technical\s+|payment\s+|maturity\s+)?default\b"
        r"(?!\s+(?:rate|interest|judgment))|\bfound\s+(?:itself|themselves)\s+in\s+(?:technical\s+|payment\s+)?default\b"
        r"(?!\s+(?:rate|interest|judgment))",
        0.8,
        "phrase:in-default",
        needs=("entered", "went", "fell", "gone", "found itself", "found themselves"),
    ),
    # Debt shown as current because of the defaults: "The Company has reclassified its long-term debt as a current liability as
    # of December 31, 2020 due to the events of default described herein" (not the provisions: "due to the cross-default
    # provisions")
    phrase(
        r"\b(?:re)?classif(?:ied|y|ies)\s+(?:all\s+of\s+)?(?:its|our|the|all|such)\s+(?:[\w$.,%-]+\s+){0,4}?(?:debt|notes|loans?|"
        r"borrowings|obligations|debentures|bonds)\b[^;]{0,80}?\bas\s+(?:a\s+)?current(?:\s+liabilit(?:y|ies))?\b[^;]{0,80}?\b(?:due\s+to|"
        r"as\s+a\s+result\s+of|because\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?events?\s+of\s+default\b"
        r"(?!\s+(?:provisions?|clauses?|covenants?|triggers?))",
        0.8,
        "phrase:in-default",
        needs=("classif",),
    ),
    # An event that moves the debt into default: "will be late paying $26.5m in interest on a $400m bond – which
    # technically puts the loan into default"
    phrase(
        r"\b(?:puts?|putting|placed|places|pushed|pushes|tipped|tips)\s+(?:the\s+|its\s+|their\s+|our\s+)?"
        r"(?:[\w$.,%-]+\s+){0,3}?(?:loans?|bonds?|notes|debt|debentures|facility|company|group|issuer)\s+(?:in|into)\s+"
        r"(?:technical\s+|payment\s+)?default\b(?!\s+(?:rate|interest|judgment))",
        0.8,
        "phrase:in-default",
        needs=("into default", "in default", "into technical default", "in technical default", "into payment default"),
    ),
    # Borrowed money in default as a balance: "Notes Payable in Default", "$115,906 in default at December 31", "NOTE 11. NOTES
    # PAYABLE (IN DEFAULT)"
    phrase(
        r"\b(?:notes?\s+payable|debentures|bonds|promissory\s+notes?|convertible\s+notes?|borrowings)\s*,?\s+\(?(?:[\w-]+\s+){0,3}?"
        r"in\s+default\b|(?:\$\s?|\b)\d[\d,]*(?:\.\d+)?(?:\s+(?:million|thousand|billion))?\s+(?:(?:is|was|were)\s+)?"
        r"in\s+default\b",
        0.75,
        "phrase:in-default",
        needs=("in default",),
    ),
    # A creditor declaring the default: "the Trustee declared an event of default under the Indenture",
    # "has been deemed in default on a U.S. dollar bond".
    phrase(
        r"\b(?:declared|declares|declaring|called)\s+(?:an?\s+|the\s+)?(?:events?\s+of\s+)?default\b(?!\s+(?:rate|interest))|"
        r"\b(?:deemed|found|declared|held)\s+(?:to\s+be\s+)?in\s+default\b",
        0.85,
        "phrase:notice-of-default",
        needs=("declar", "called", "deemed", "found", "held"),
    ),
    phrase(
        # (news puts the time between: "Suntech defaulted in March on a principal payment", and tells the default as the past
        # cause: "after defaulting on its $11 billion offshore bonds last year")
        # ("However, it defaulted in making payments.")
        r"\b(?:has|have|had)\s+defaulted\b|\bdefaulted\s+(?:(?:in|last|this|earlier)\s+\w+\s+)?(?:on|under|in\s+(?:the\s+)?payment|"
        r"in\s+(?:making|the\s+(?:re)?payment\s+of)\b)\b|"
        # ... or with only its time: "Evergrande defaulted more than a year ago", "which defaulted in December 2021"
        r"\bdefaulted\s+(?:(?:more\s+than|about|nearly|almost|over|some)\s+)?(?:a|an|one|two|three|four|five|six|\d+)\s+"
        r"(?:years?|months?|weeks?)\s+ago\b|\bdefaulted\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:19|20)\d\d|" + cues.MONTH
        + r")\b|\bdefaulted\s+(?:last|earlier\s+this)\s+(?:year|month|week)\b|"
        # ("after defaulting in December 2022 on payment of 9.95 per cent senior notes")
        r"\b(?:after|since|following)\s+defaulting\s+(?:in\s+(?:" + cues.MONTH + r"\s+)?(?:19|20)\d\d\s+|last\s+\w+\s+)?on\b|"
        # ("as the company battles to restructure its debts after defaulting earlier this month")
        r"\b(?:after|since|following)\s+defaulting\s+(?:earlier\s+this|last|this)\s+(?:week|month|year)\b|"
        # ... or as an obligation named and then not met: "was required to pay back overseas BWs worth about US$80 million (90
        # billion won) by Monday but defaulted"
        r"\b(?:required|obliged|due)\s+to\s+(?:pay|repay)\b" + _GAP + r"{0,120}?\bbut\s+(?:it\s+|then\s+)?defaulted\b|"
        # a headline's present: "Daewoo Motor defaults on debt payment Monday"
        # (a verb after its subject, not the noun: "possible defaults on loans", "trigger defaults on", "cross-defaults on"; the
        # word looked for before the lookbehinds, which would otherwise be tried at every position)
        r"\b(?=defaults\s)(?<=\w\s)(?<!the\s)(?<!of\s)(?<!in\s)(?<!and\s)(?<!no\s)(?<!any\s)(?<!possible\s)(?<!trigger\s)"
        r"(?<!rising\s)(?<!higher\s)(?<!more\s)(?<!fewer\s)(?<!loan\s)(?<!payment\s)(?<!credit\s)(?<!mortgage\s)(?<!rent\s)"
        r"defaults\s+on\s+(?:its\s+|a\s+|the\s+)?(?:[\w$.,-]+\s+){0,3}?(?:debts?|bonds?|notes|loans?|(?:debt|bond|loan|interest|"
        r"coupon|principal)\s+payments?|interest|coupons?)\b",
        0.75,
        "phrase:defaulted",
        needs=("defaulted", "defaulting", "defaults on"),
    ),
    # Payment defaults named under the company's own debt: "as well as payment defaults under the terms of outstanding notes
    # payable and debentures, raise substantial doubt" (not any debt's: "a payment default under a note")
    phrase(
        r"\bpayment\s+defaults?\s+under\s+(?:the\s+terms\s+of\s+)?(?:(?:its|our|the|outstanding|certain)\s+)+(?:[\w-]+\s+){0,3}?"
        r"(?:notes|debentures|loans?|credit\s+facilit(?:y|ies)|indentures?|bonds)\b",
        0.75,
        "phrase:defaulted",
        needs=("payment default",),
    ),
    # A court's ruling that what the company did was a default: "The judge ruled that the spinoff constituted a debt default"
    phrase(
        r"\b(?:ruled|found|held|determined|concluded|decided)\s+that\s+" + _GAP + r"{0,80}?\bconstitut(?:ed|es)\s+(?:a|an)\s+(?:debt\s+|"
        r"payment\s+|bond\s+|loan\s+)?default\b",
        0.75,
        "phrase:defaulted",
        needs=("constituted a", "constitutes a"),
    ),
    # Defaults as the subject of what they did: "defaults under our First Lien Credit Facility and Second Lien Credit
    # Facility ... have deprived us of capital resources" (a modal or a condition makes them what could happen)
    phrase(
        r"(?<!cross-)\bdefaults\s+under\s+(?:our|its|the\s+company['\u2019]s)\s+(?:[\w-]+\s+){0,4}?(?:credit\s+facilit(?:y|ies)|"
        r"(?:credit|loan)\s+agreements?|notes|indentures?|facilit(?:y|ies))\b" + _GAP + r"{0,160}?\b(?:have|has|had)\s+"
        r"(?:deprived|caused|resulted|led|prevented|forced|required|triggered|given)\b",
        0.75,
        "phrase:defaulted",
        needs=("defaults under",),
    ),
    phrase(
        # (not a listing deficiency: "considering a reverse stock split to cure the default")
        r"(?<!split\sto\s)\bcure\s+(?:the|such|this|its|these|any\s+such)\s+(?:[\w-]+\s+){0,3}?defaults?\b",
        0.7,
        "phrase:cure-default",
        needs=("cure",),
    ),
    # Defaults that exist even when their cure is in doubt: "if the Company is unable to cure the defaults on the
    # Debentures and the Notes, the Debentures and the Notes could be called".
    phrase(
        r"\bcure\s+the\s+(?:existing\s+|current\s+)?(?:payment\s+|covenant\s+)?defaults\s+(?:on|under)\s+(?:the|its|our)\b",
        0.7,
        "phrase:cure-default",
        needs=("cure the",),
        negatable=False,
        hedgeable=False,
    ),
    # A waiver granted for defaults that happened: "granted us a conditional waiver of defaults under the Senior Credit
    # Facility", "Obtains Waiver of Defaults Under Credit Agreement".
    phrase(
        # ("The Company obtained a waiver from its primary lender for this default")
        r"\b(?:granted|obtain(?:ed|s)|received|receives)\b" + _GAP + r"{0,60}?\bwaivers?\s+(?:from\s+(?:its|the|our)\s+(?:[\w-]+\s+)?"
        r"(?:lenders?|bank|noteholders?|holders?)\s+)?for\s+(?:this|the|such|these)\s+(?:covenant\s+)?(?:defaults?|violations?|"
        r"breach(?:es)?)\b|"
        r"\b(?:granted|obtain(?:ed|s)|received|receives)\b" + _GAP + r"{0,60}?\bwaivers?\s+of\s+(?:the\s+|certain\s+|such\s+|"
        r"all\s+)?(?:existing\s+)?(?:events?\s+of\s+)?defaults?\s+(?:under|on|that)\b",
        0.75,
        "phrase:event-of-default",
        needs=("waiver",),
    ),
    # A creditor waiving a default that happened, for a time: "the note holder waived the default through
    # December 31, 2020" (the definite article names a default that exists; "any default" is a contract term).
    phrase(
        r"\b(?:holders?|noteholders?|lenders?|bank|trustee|agent|creditors?|investors?)\s+(?:has\s+|have\s+|had\s+)?"
        r"waived\s+the\s+(?:existing\s+|payment\s+|maturity\s+)?(?:events?\s+of\s+)?defaults?\b(?!\s+(?:interest|rate|"
        r"provisions?|penalt))",
        0.75,
        "phrase:event-of-default",
        needs=("waived the",),
    ),
    phrase(
        r"\b(?:the|this|its|such)\s+(?:interest\s+|principal\s+)?payment\s+default\b",
        0.7,
        "phrase:payment-default",
        needs=("payment default",),
    ),
    # A default on the debt announced or confirmed: "NEC Ukrenergo announced its technical default on green eurobonds",
    # "Chaori Solar confirmed the landmark default on interest payments of 89.8 million yuan"
    phrase(
        r"\b(?:announced|confirmed|declared|disclosed|acknowledged)\s+(?:its|the|an?)\s+(?:[\w-]+\s+){0,2}?default\s+on\s+"
        r"(?:its\s+|the\s+)?(?:[\w$.,%-]+\s+){0,3}?(?:interest|principal|coupons?|bonds?|eurobonds?|notes|debt|loans?|payments?)\b",
        0.75,
        "phrase:payment-default",
        needs=("default on",),
    ),
    # A creditor asserting a default: "the Notices assert that the alleged defaults ...", "a letter alleging
    # events of default", "the alleged events of default".
    phrase(
        # "The Default Letter dated April 20, 2024, contains allegations that there have been three events of default"
        r"\b(?:notices?|letters?|holders|lenders?|noteholders|bondholders|trustee|agent)\s+(?:\w+\s+){0,2}?"
        r"(?:(?:dated\s+[\w ,]{4,24}?,\s+)?(?:contains?|contained|includes?|included|sets?\s+forth|makes?|made)\s+(?:the\s+)?)?"
        # ("our senior lender identified certain events of default under our Third Restated Credit Agreement")
        r"(?:assert|alleg|claim|contend|identified\b)\w*\s+(?:that\s+)?(?:[^.;]{0,40}?\s)?(?:events?\s+of\s+)?defaults?\b|"
        r"\b(?:alleged|purported|asserted|claimed)\s+(?:events?\s+of\s+)?defaults?\b",
        0.8,
        "phrase:notice-of-default",
        needs=("assert", "alleg", "claim", "contend", "purport", "identified"),
    ),
    # Defaults that exist: "the Acknowledged Events of Default", "currently existing Events of Default",
    # "the Company's covenant defaults under the Credit Agreement".
    phrase(
        r"\b(?:existing|acknowledged|continuing|uncured|unwaived)\s+(?:events?\s+of\s+default|defaults)\b",
        0.75,
        "phrase:event-of-default",
        needs=("existing", "acknowledged", "continuing", "uncured", "unwaived"),
    ),
    # Defaults said to persist: "certain Defaults and Events of Default referenced and described more fully therein
    # remain outstanding and continuing at this time" (a lender's notice; contract terms use the singular).
    phrase(
        r"\b(?:defaults|events\s+of\s+default)\b[^.;]{0,80}?\bremain\s+(?:outstanding|continuing|uncured|unwaived|"
        r"unremedied)\b",
        0.85,
        "phrase:event-of-default",
        needs=("remain ",),
    ),
    phrase(
        r"\b(?:the\s+company(?:'s|\u2019s)|our|its)\s+(?:(?:financial\s+)?(?:covenant|payment|loan|debt)\s+)?defaults\b",
        0.75,
        "phrase:event-of-default",
        needs=("s defaults", "r defaults", "t defaults", "n defaults"),
    ),
)
# "Notice of default" as a noun alone is a topic (a heading, a glossary entry, a list of form letters);
# the phrases above, with a verb, say that one was given. Enough only next to an Item 2.04.
_BARE_NOTICE = phrase(
    r"\bnotices?\s+of\s+(?:(?:an?\s+)?events?\s+of\s+)?(?:default|acceleration)\b",
    0.45,
    "phrase:notice-of-default",
    needs=("notice",),
)
_REPAYMENT_TERMS = ("compliant with the repayment", "compliance with the repayment", "compliant with the payment",
                    "compliance with the payment")
_OTHER_PHRASES = (
    # A rating agency's default grade after the event: "downgraded the credit rating of ... PDVSA from "CC" to "SD" on
    # distressed exchange", "downgraded ... Issuer Default Rating (IDR) to `Restricted Default' (RD)", "downgraded Sears
    # Holdings Corp. ... issue-level ratings to D", "Probability of Default Rating ... to D-PD", "assigned a limited default
    # ("/LD") designation"
    phrase(
        r"\b(?:downgrad\w*|lower\w*|cut|cuts|slash\w*)\b" + cues.IN_SENTENCE + r"{0,220}?\bto\s+[\"'\u2018\u201c`]?(?:sd|rd|d|d-pd|d/ld|"
        r"selective\s+default|restricted\s+default)[\"'\u2019\u201d]?(?=\s*(?:[.,;)(]|$)|\s+(?:from|on|after|following|and|rating|"
        r"status|category)\b)|\bassigned\s+(?:an?\s+)?(?:\"?limited\s+default|\(?[\"\u201c]?/ld)\b",
        0.8,
        "phrase:rating-default",
        # (each names the grade: "to d" alone would open the pattern at every "to date" and "to do")
        needs=("to d ", "to d.", "to d,", "to d;", "to d-", "to d/", "to d)", "to sd", "to rd", "to 'd", "to 's", "to 'r", "to \"",
               "to \u201c", "to `", "to \u2018", "limited default", "/ld"),
        negatable=False,
    ),
    # a redemption past its date: "Plethico Pharmaceuticals Ltd. had to contemplate very carefully the overdue redemption of its
    # Foreign Currency Convertible Bonds (FCCBs)"
    phrase(
        r"\boverdue\s+(?:redemption|repayment|payment)\s+of\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,4}?(?:bonds|notes|debentures|"
        r"fccbs?|loans?)\b",
        0.75,
        "phrase:past-due",
        needs=("overdue redemption", "overdue repayment", "overdue payment"),
    ),
    # a note not paid by its terms: "The promissory note matured on November 17, 2011. ... The Company is not compliant
    # with the repayment terms of the note."
    phrase(
        r"\b(?:the\s+company|we|it|the\s+registrant)\s+(?:is|are|was|were|remains?|remained)\s+(?:currently\s+|still\s+)?"
        r"(?:not\s+(?:in\s+compliance|compliant)|non-?compliant|in\s+non-?compliance)\s+with\s+(?:the\s+)?(?:re)?payment\s+"
        r"(?:terms|provisions|obligations|schedule)\s+(?:of|under)\s+(?:the|its|our|these|such|this|each)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:notes?|loans?|debentures?|agreements?|facilit(?:y|ies)|debt|indebtedness|borrowings?)\b",
        0.75,
        "phrase:past-due",
        needs=_REPAYMENT_TERMS,
        negatable=False,
    ),
    phrase(
        _NOTICE_VERB
        + _GAP
        + r"{0,80}?\b(?:notices?|letters?)\s+(?:of|asserting|alleging|stating|declaring)\s+"
        # "received a notice of debt acceleration from Europa International"
        # ("has received notices of nonmonetary default from its administrative agent")
        r"(?:that\s+)?(?:an?\s+|the\s+|certain\s+)?(?:(?:payment|covenant|monetary|non-?monetary|debt|loan)\s+)?"
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
    _BARE_NOTICE,
    # a forbearance's recital: "There are various Events of Default now existing under the Loan Agreement"
    phrase(
        r"\b(?:there\s+(?:are|is|were|was)\s+(?:various|certain|several|multiple|numerous|the\s+following|two|three)\s+|"
        r"(?:certain|various)\s+)events?\s+of\s+default\s+(?:now\s+|currently\s+|presently\s+)?(?:existing|exist|outstanding|"
        r"continuing)\b",
        0.85,
        "phrase:event-of-default",
        needs=("of default now", "of default currently", "of default presently", "of default exist", "of default outstanding",
               "of default continuing"),
    ),
    phrase(
        r"\bforbearance\s+(?:agreements?|period|arrangements?|letters?)\b|\b(?:agreed?|agreement)\s+to\s+forbear\b|"
        r"\bforb(?:ear|ore)\s+from\s+exercising\b|\bforbear(?:ance)?\s+with\s+respect\s+to\b|"
        # "holders ... have agreed to the latest forbearance", "the lenders granted a further forbearance"
        r"\b(?:agreed|granted|extended|provided)\s+(?:to\s+)?(?:(?:the|a|an|its)\s+)?(?:(?:latest|new|further|"
        r"additional|temporary|limited|short-term)\s+)?forbearance\b|"
        # "entered into forbearances and limited waivers with certain of the Company's corporate lenders"
        r"\b(?:entered\s+into|executed|obtained|signed)\s+(?:an?\s+|the\s+)?(?:(?:new|further|additional|temporary|limited|"
        r"short-term)\s+)?forbearances?\b|"
        # "reached agreements with creditors for several loans to go into forbearance"
        r"\b(?:go|goes|went|gone|going|placed|put)\s+(?:in|into|under)\s+forbearance\b",
        0.75,
        "phrase:forbearance",
        needs=("forb",),
    ),
    # Lenders holding off because of the defaults that occurred, as the waiver letter reports it (spelt either way): "(b)
    # stated that the Lenders would forebear from taking any action under the Credit Agreement as a result of such defaults"
    phrase(
        r"\b(?:lenders?|holders|noteholders|bondholders|banks?|agent)\s+(?:would|will|shall|(?:have\s+|has\s+)?agreed\s+to)\s+"
        r"fore?b(?:ear|ore)\s+from\s+(?:taking|exercising)\b[^.;]{0,80}?\b(?:as\s+a\s+result\s+of|because\s+of|arising\s+from|"
        r"with\s+respect\s+to)\s+(?:such|the|these|those)\s+(?:[\w-]+\s+)?defaults\b",
        0.75,
        "phrase:forbearance",
        needs=("forbear", "forebear", "forbore", "forebore"),
        hedgeable=False,  # the letter's own terms, not a risk
    ),
    # the same relief told without the word: "an agreement with creditors extending until the end of March a deadline
    # to pay a $23.2 million interest payment that was initially due Feb. 16"
    phrase(
        r"\bextend\w*\b[^.;]{0,60}?\bdeadline\s+(?:to|for)\s+(?:pay|make|paying|making)\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:interest|"
        r"coupon|principal|debt|bond)\s+payments?\b[^.;]{0,40}?\b(?:initially|originally)\s+due\b",
        0.75,
        "phrase:forbearance",
        needs=("initially due", "originally due"),
    ),
    phrase(
        # "declared principal and unpaid accrued interest on all outstanding bonds under the master trust indenture
        # 'immediately due and payable'"
        r"\b(?:accelerated|declared)\b" + _GAP + r"{0,120}?\b(?:immediately\s+)?due\s+and\s+payable\b|"
        r"\baccelerated\s+(?:the\s+)?(?:maturity|repayment|payment|obligations?|indebtedness|loans?|notes|debt|"
        r"amounts|all)\b|\bdemand(?:ed|ing|s)?\s+(?:for\s+)?(?:the\s+)?immediate\s+(?:re)?payment\b|"
        # a lender's demand for the whole loan: "Canadian Western Bank served notice on Friday demanding repayment in full of the
        # C$15.9 million"; Canada's notice before enforcing security (Bankruptcy and Insolvency Act, s. 244): "has received a
        # notice of intention to enforce security issued by Pivot Financial, the firm's senior secured creditor"
        r"\bdemand(?:ed|ing|s)?\s+(?:(?:full\s+)?repayment\s+in\s+full|full\s+repayment)\b|"
        r"\bnotices?\s+of\s+(?:its\s+)?intention\s+to\s+enforce\s+(?:its\s+|a\s+|the\s+)?security\b|"
        # bondholders' acceleration in Israel's wording: "to instruct the bond trustee to present the debt owed to them for
        # immediate repayment"
        r"\b(?:present|call)(?:ed|ing|s)?\s+(?:the\s+)?(?:debt|bonds|notes|loans?|debentures)\b[^.;]{0,40}?\bfor\s+immediate\s+"
        r"(?:re)?payment\b|"
        r"\b(?:became|been\s+declared|were\s+declared|was\s+declared)\s+(?:automatically\s+)?(?:immediately\s+)?"
        r"due\s+and\s+payable\b|\bnotices?\s+of\s+acceleration\b|"
        # ("United States Steel Corp. 2.75% convertibles are being accelerated because of a technical default")
        r"\b(?:was|were|has\s+been|have\s+been|had\s+been|are\s+being|is\s+being)\s+(?:automatically\s+)?accelerated\b",
        0.8,
        "phrase:acceleration",
        needs=("accelerat", "due and payable", "immediate", "in full", "full repayment", "to enforce"),
    ),
    # A creditors' demand for the whole debt, as Hong Kong and Singapore filers word it: "CHT had received a letter of
    # demand in June 2009 from its syndicated loan creditors for a full settlement of about HK$182.9 million"
    phrase(
        r"\b(?:letters?\s+of\s+demand|demand\s+letters?|statutory\s+demands?)\b" + _GAP + r"{0,40}?\bfrom\s+(?:its|the|our|their)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:lenders?|creditors|banks?|bondholders|noteholders|trustee)\b",
        0.8,
        "phrase:acceleration",
        needs=("letter of demand", "letters of demand", "demand letter", "statutory demand"),
    ),
    # Without "and payable", as notices outside the US word it: "the trustee declared the bonds immediately due".
    phrase(
        r"\bdeclared\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,3}?(?:bonds|notes|loans?|debt|indebtedness|obligations|"
        r"debentures|principal|amounts)\b" + _GAP + r"{0,60}?\b(?:immediately|forthwith|to\s+be)\s+due\b",
        0.8,
        "phrase:acceleration",
        needs=("declared",),
    ),
    phrase(
        r"\btriggering\s+events?\s+that\s+(?:accelerate\s+or\s+)?increase\s+(?:a\s+)?direct\s+financial\s+obligation|"
        r"\btriggering\s+events?\s+that\s+accelerate\s+or\s+increase\b",
        0.75,
        "phrase:item-2.04-title",
        needs=("triggering",),
        negatable=False,
        hedgeable=False,
    ),
    # A payment not made when due and a grace period running: "elected to defer the interest payment ... and
    # enter a 30-day grace period", "will utilize a 30-day grace period", "is taking advantage of the 30-day grace period
    # under the Senior Secured Notes", "Election to Utilize Interest Payment Grace Periods".
    phrase(
        r"\b(?:enter(?:ed|s|ing)?|utiliz\w*|us(?:e|ed|es|ing)|rel(?:y|ied|ies|ying)|invok\w*|exercis\w*|(?:is|are|was|were|"
        r"remains?|remained)\s+in|(?:tak(?:e|es|en|ing)|took)\s+advantage\s+of)\s+(?:into\s+|on\s+|upon\s+)?(?:(?:the|a|an|"
        r"its|this|such)\s+(?:applicable\s+)?(?:(?:\d+|five|seven|ten|fifteen|thirty|sixty)[- ]day\s+)?|(?:\d+|five|seven|ten|"
        r"fifteen|thirty|sixty)[- ]day\s+|(?:interest|coupon)\s+(?:payment\s+)?)grace\s+periods?\b",
        0.8,
        "phrase:missed-payment",
        needs=("grace",),
    ),
    # Borrowed money not paid when due: "the Note ... is currently past due", "$336,000 is past maturity",
    # "notes not being paid at maturity", "matured ... and have not been repaid".
    phrase(
        # ("the borrowings of the Group in aggregate of HK$961 million and HK$2,583 million respectively were overdue")
        r"\b(?:notes?|debentures?|bonds?|indebtedness|debt|principal|obligations?|payments?|borrowings)\b(?:[^.;]{0,100}?\s)?(?:is|are|"
        r"was|were|remains?|remained|became|being|has\s+been|have\s+been)\s+(?:now\s+|currently\s+|presently\s+|still\s+)?(?:past\s+due|"
        r"overdue|past\s+(?:its\s+|their\s+|the\s+)?maturity(?:\s+dates?)?|delinquent|in\s+arrears)\b|"
        # the borrower in arrears: "the Company is one month in arrears with scheduled payments to the bank" (not the
        # schedule of payments: "interest is payable monthly in arrears on the outstanding principal")
        r"\b(?:is|are|was|were|remains?|remained)\s+(?:(?!payable\b|paid\b|due\b)[\w-]+\s+){0,3}?in\s+arrears\s+(?:with|on|in)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:payments?|interest|principal|installments?)\b|"
        # a table row: "Notes payable - $1,176,000 bearing interest at prime plus 2%, ... all past due"
        r"\b(?:notes|debentures|bonds|loans)\s+payable\b[^.;]{0,120}?,\s+(?:all\s+|currently\s+|now\s+)?past\s+due\b|"
        # a table row labelled by the note and its state: "December 2006 10% Convertible Notes, past due     17,000"
        r"\b(?:notes?|debentures?|bonds?)\s*,\s+past\s+due\s+\$?\s*\d|"
        r"\b(?:past\s+due|overdue|past\s+maturity)\s+and\s+(?:remains?\s+|is\s+|are\s+)?(?:unpaid|in\s+default)\b|"
        r"\bdelinquent\s+in\s+(?:the\s+)?(?:payment|repayment)\s+of\b",
        0.75,
        "phrase:past-due",
        needs=("past due", "overdue", "past maturity", "past its maturity", "past their maturity", "delinquent", "arrears"),
        negatable=False,
    ),
    # Borrowed money still unpaid: "All funds ... were due and payable by November 1, 2012. ... At June 30, 2017,
    # the principal and accrued interest due on the obligation, which totals $1,718,299, remains unpaid."
    phrase(
        r"\b(?:principal|notes?|loans?|debentures?|obligations?|borrowings?|line\s+of\s+credit|indebtedness)\b"
        r"[^.;]{0,100}?\b(?:remains?|remained)\s+(?:outstanding\s+and\s+)?unpaid\b"
        r"(?![^.;]{0,40}?\b(?:until|not\s+yet\s+due|due\s+(?:on|in)|payable\s+(?:on|in)|matur))",
        0.6,
        "phrase:past-due",
        needs=("unpaid",),
        negatable=False,
    ),
    # A payment named as missed: "the waiver of cross default arising from the overdue interest payment on
    # the notes", "missed coupon payments".
    phrase(
        r"\b(?:overdue|missed|skipped|defaulted)\s+(?:[\w$.,-]+\s+){0,3}?(?:interest|principal|coupon|debt\s+service|"
        r"amortization|bond|note|loan)\s+payments?\b",
        0.75,
        "phrase:past-due",
        needs=("overdue", "missed", "skipped", "defaulted"),
    ),
    # Amounts that fell due and could not be paid, as an issuer tells it: "IL&FS said it could not repay certain amounts that were
    # due on commercial papers as on September 14" (not a future "could not repay amounts that are due", nor "could not be repaid
    # if"); and the creditors' notices of it: "has received notices for delays and defaults in servicing some inter-corporate
    # deposits"
    phrase(
        r"\b(?:could|was|were)\s+not\s+(?:able\s+to\s+)?(?:repay|pay|honou?r|service)\s+(?:certain\s+|the\s+|its\s+|some\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:amounts?|payments?|obligations?|dues|interest|principal|debts?)\s+(?:that\s+|which\s+)?(?:were|was|fell|had\s+"
        r"(?:fallen|become))\s+due\b|"
        r"\breceived\s+(?:[\w-]+\s+){0,2}?notices?\s+(?:for|of|regarding)\s+(?:delays?\s+and\s+)?defaults?\s+in\s+(?:the\s+)?"
        r"(?:servicing|payment|repayment|paying|repaying)\b|"
        # debt that matured unpaid: "the Company has been unable to refinance its $82,500,000 9.25% Senior Secured Notes (the
        # "Notes") which were due on November 15, 2011"
        r"\b(?:has\s+been|had\s+been|was|were)\s+unable\s+to\s+(?:refinance\s+or\s+repay|refinance|repay|pay)\s+(?:its|the|our)\s+"
        r"(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\b(?:notes|debentures|bonds|loans?|debt|indebtedness)\b[^.;]{0,60}?\b(?:which|that)\s+(?:were|was|became|"
        r"had\s+become|fell)\s+due\s+(?:on|in)\b",
        0.75,
        "phrase:missed-payment",
        needs=("not repay", "not pay", "not honor", "not honour", "not service", "able to repay", "able to pay",
               "defaults in servicing", "default in servicing", "defaults in payment", "defaults in the payment",
               "defaults in repayment", "defaults in paying", "defaults in repaying", "unable to refinance", "unable to repay",
               "unable to pay"),
    ),
    # Coupons or interest that fell due and were not paid: "Kaisa ... has not paid coupons totalling over $59 million due on Nov.
    # 11 and 12, with 30-day grace periods for both"; forbearance "due to the non-payment of June SSN and NSF coupons"
    phrase(
        r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?paid\s+(?:the\s+|its\s+)?(?:[\w$.,-]+\s+){0,4}?(?:coupons?|interest|principal|"
        r"installments?)\b[^.;]{0,60}?\bdue\b|"
        r"\bnon-?payment\s+of\s+(?:the\s+|its\s+)?(?:[\w$.,-]+\s+){0,4}?(?:coupons?|interest\s+payments?|principal\s+payments?)\b",
        0.75,
        "phrase:missed-payment",
        needs=("not paid", "not yet paid", "nonpayment", "non-payment"),
    ),
    # The grace period for a payment run out with nothing paid: "The grace period for Chinese property developer Country
    # Garden Holding's US$15mil coupon payment has expired with no word that the money has been paid"
    phrase(
        r"\bgrace\s+period\s+(?:for|on)\s+[^;]{0,80}?\b(?:coupon|interest|principal|bond|loan|debt)\s+payments?\s+(?:has|had)\s+"
        r"(?:now\s+)?(?:expired|ended|lapsed|passed)\s+(?:with\s+no\s+(?:word|sign|indication|confirmation|news)|without\s+"
        r"(?:any\s+)?(?:word|sign|indication|confirmation|news|payment|the\s+(?:money|payment))\b)",
        0.8,
        "phrase:missed-payment",
        needs=("expired", "ended", "lapsed", "passed"),
    ),
    # The payment named first, then the company that skipped it: "A 30-day grace period ended yesterday for a $45m interest
    # payment the company skipped last month"
    phrase(
        r"\b(?:interest|coupon|principal)\s+payments?\s+(?:that\s+)?(?:the\s+company|it|we)\s+(?:skipped|missed|did\s+not\s+make)\b",
        0.75,
        "phrase:missed-payment",
        needs=("skipped", "missed", "did not make"),
    ),
    # A bare "missed payment" with its lenders or its grace period: "negotiating with its lenders over a missed payment
    # on the lease for its rental fleet", "it had missed the payment but had a one-week grace period".
    phrase(
        # ("the trustee, Wilmington Trust Corp., confirmed the missed payment on April 11")
        r"\b(?:lenders?|creditors?|bondholders?|noteholders?|trustee)\b(?:[^.;]|\.(?=\s?[a-z,])){0,80}?\bmissed\s+(?:the\s+|an?\s+|"
        r"its\s+)?payments?\b|"
        r"\bmissed\s+(?:the\s+|an?\s+|its\s+)?payments?\b[^.;]{0,100}?\b(?:grace\s+period|lenders?|creditors?|bondholders?|"
        r"noteholders?|trustee)\b",
        0.75,
        "phrase:missed-payment",
        needs=("missed payment", "missed the payment", "missed a payment", "missed its payment"),
    ),
    # The gerund, as news and MD&A tell a missed payment: "announced it would have to delay filing of the 2023
    # report, missing a key interest payment in February", "after missing its coupon payment". Only after a comma
    # or "after"/"following"/"since" (a participle of fact: the modal of the clause before does not govern it),
    # and not as the subject of what would follow ("missing a payment would trigger ..."); "without missing"
    # is negated.
    phrase(
        r"(?:,|\b(?:after|following|since))\s+missing\s+(?:an?\s+|the\s+|its\s+|their\s+|our\s+|two\s+|several\s+)?"
        r"(?:[\w$.,%-]+\s+){0,3}?(?:interest|principal|coupon|debt(?:\s+service)?|amortization|bond|note|loan)\s+"
        r"payments?\b(?![^.;]{0,60}?\b(?:would|could|may|might|will|can)\b)",
        0.75,
        "phrase:missed-payment",
        needs=("missing",),
        hedgeable=False,
    ),
    # "Payments were not made in 2022 or 2021."
    phrase(
        r"\bpayments?\s+(?:[\w$.,-]+\s+){0,6}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+not\s+(?:been\s+)?"
        r"(?:made|paid|remitted)\b",
        0.75,
        "phrase:past-due",
        needs=("not made", "not paid", "not been made", "not been paid", "not remitted"),
        negatable=False,
    ),
    phrase(
        r"\bnot\s+(?:being\s+|been\s+)?(?:paid|repaid|settled|redeemed)\s+(?:in\s+full\s+)?(?:at|on|upon|by|when)\s+"
        r"(?:its\s+|their\s+|the\s+)?(?:stated\s+)?(?:maturity|due)\b|"
        # "were not paid as of March 21, 2019, the maturity date"
        r"\bnot\s+(?:been\s+)?(?:paid|repaid)\s+(?:as\s+of|on|by)\s+[^.;]{0,30}?,\s+(?:the|its|their)\s+maturity\s+date\b",
        0.75,
        "phrase:past-due",
        needs=("not paid", "not repaid", "not being", "not been", "not settled", "not redeemed"),
        negatable=False,
    ),
    phrase(
        r"\b(?:matured|maturity\s+dates?\s+(?:has\s+|have\s+)?(?:expired|passed))\b(?:[^.;]{0,80}?\s)?(?:(?:has|have)\s+not\s+"
        r"(?:yet\s+)?been\s+(?:paid|repaid|extended|settled)|without\s+(?:extension|repayment|payment)|remains?\s+unpaid|"
        r"and\s+(?:remains?\s+|is\s+|are\s+)?(?:unpaid|in\s+default))\b|"
        # "to modify the terms of a previously matured but unpaid promissory note"
        r"\bmatured,?\s+(?:but|yet)\s+(?:still\s+)?unpaid\b",
        0.75,
        "phrase:past-due",
        needs=("matured", "maturity date"),
        negatable=False,
    ),
    # A creditor enforcing payment: "obtained a judgement against the Company for nonpayment of the Note",
    # "filed a claim for collection of the Note".
    phrase(
        r"\bjudge?ments?\s+against\s+(?:the\s+company|us|the\s+registrant|the\s+filer|it)\b(?:[^.;]{0,40}?\s)?(?:for|on|in)\s+"
        r"(?:the\s+)?(?:non-?payment|unpaid|amounts?\s+(?:due|owed))\b|"
        r"\b(?:claim|suit|lawsuit|complaint|action)s?\s+(?:for|seeking)\s+(?:the\s+)?(?:collection|repayment|payment)\s+of\s+"
        r"(?:the\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:note|notes|loan|debentures?|bonds?|indebtedness|debt)\b|"
        # the lender as the one who sued: "China Construction Bank filed a civil complaint against Wuhan Newport claiming the
        # outstanding principal and interest of bank loan"
        r"\b(?:bank|lenders?|creditors?|noteholders?|bondholders?|trustee)\b[^.;]{0,20}?\bfiled\s+(?:a\s+)?(?:civil\s+)?(?:complaint|"
        r"lawsuit|suit|claim|action)\s+against\b[^.;]{0,60}?\b(?:claiming|seeking|for|to\s+collect)\s+(?:the\s+)?(?:outstanding\s+|"
        r"unpaid\s+|overdue\s+)?(?:principal|repayment|amounts?\s+(?:due|owed))\b",
        0.75,
        "phrase:creditor-action",
        needs=("judgment", "judgement", "collection", "suit", "complaint", "claim for", "action for", "filed a claim", "filed a civil"),
    ),
    # The lender took the company's collateral: "the lender for the Hilton Garden Inn Austin foreclosed on the property in
    # satisfaction of the mortgage note" (not a bank's own "the Bank foreclosed on the property securing the loan", nor
    # "the senior lender foreclosed on the hotel securing our mezzanine loan": the company is the lender there)
    phrase(
        r"\b(?:lenders?|mortgagees?|trustee|noteholders?|bondholders?|creditors?)\b[^.;]{0,60}?\bforeclosed\s+(?:on|upon)\s+"
        r"(?:(?:our|its|the\s+company['\u2019]s)\s+(?:[\w-]+\s+){0,3}?(?:property|properties|hotels?|buildings?|collateral|assets?|"
        r"vessels?|facilit(?:y|ies)|project)\b|(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:property|properties|hotels?|buildings?|collateral|"
        r"assets?|vessels?|facilit(?:y|ies)|project)\s+in\s+(?:full\s+|partial\s+)?satisfaction\s+of\s+(?:the|our|its)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:note|loan|debt|indebtedness)\b)",
        0.75,
        "phrase:creditor-action",
        needs=("foreclosed",),
    ),
    # Lenders holding off after a missed or likely missed payment: "its lenders have agreed not to take action until Oct. 30"
    phrase(
        r"\b(?:lenders?|noteholders?|bondholders?|holders|banks?|creditors?)\s+(?:have\s+|has\s+|had\s+)?agreed\s+not\s+to\s+"
        r"(?:take\s+(?:any\s+)?(?:enforcement\s+)?action|exercise\s+(?:any\s+of\s+)?(?:their|its)\s+(?:rights|remedies)|accelerate|"
        # "the lenders agreed not to force a sale of the vehicles in the Hertz fleet"
        r"enforce|force\s+(?:an?\s+|the\s+)?(?:sale|liquidation)|foreclose)\b",
        0.75,
        "phrase:forbearance",
        needs=("agreed not to",),
        hedgeable=False,  # the agreement is a fact even where the default it answers is an "if"
    ),
)
# Holders not paid: "Global investors who own ... U.S. dollar bonds hadn't received an interest payment ... by
# Thursday's deadline", "Two holders of dollar notes ... are yet to receive payment for coupons that were officially due".
_NOT_RECEIVED = phrase(
    r"\b(?:(?:bond|note)?holders?|investors?|creditors?|lenders?)\b(?:[^.;]|\.(?=\s?[a-z])){0,120}?\b(?:hadn['\u2019]t|haven['\u2019]t|"
    r"didn['\u2019]t|had\s+not|have\s+not|did\s+not|(?:are|were|is|was)\s+(?:still\s+)?yet\s+to)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:receiv(?:e|ed)|get|got|gotten|paid)\s+(?:an?\s+|the\s+|any\s+|their\s+)?(?:[\w$.,-]+\s+){0,3}?"
    r"(?:(?:interest|coupon|principal)\s+payments?|payments?\s+(?:for|on|of)\s+(?:the\s+|their\s+)?(?:[\w$.,%-]+\s+){0,2}?"
    r"(?:coupons?|interest|principal))\b",
    0.75,
    "phrase:missed-payment",
    needs=("receive", "get", "got", "paid"),
    negatable=False,
)
# A decision not to pay scheduled debt service: "the Board determined that the Company will not make certain
# payments with respect to several of its equipment and other financings", "elected to suspend all payments on
# its senior secured notes", "announcing it will not make payments on four dollar bonds". Leases, dividends and
# preferred stock are not borrowed money.
# Payments the company need not make: "elected not to make additional voluntary principal payments on its term loan".
_OPTIONAL = r"(?:optional|voluntary|discretionary|early|additional|excess|advance)\b"
# A payment told as not received or not made, in the passive: "the interest payment due on the notes in respect of the
# interest payment date falling on 01/01/12 has not been received, constituting a potential event of default"; debt
# service the company stopped: "the Company and Almexa suspended the payments of the debt service contracted with their
# banking and stock market creditors"; a debt "on coupon interest" unpaid: "the issuer on bonds ... has an unpaid debt on
# coupon interest in the size of KZT329,435,166.67".
_PAYMENT_NOT_MADE = phrase(
    r"\b(?:interest|coupon|principal)\s+payments?\s+due\b[^.;]{0,120}?\b(?:has|have|had)\s+not\s+been\s+(?:received|paid|made)\b|"
    # ("monthly principal and interest payments haven't been met since September"; "No payments have been made by the
    # association toward the loan since December 2008")
    r"\b(?:interest|principal|loan|debt\s+service)\s+(?:and\s+interest\s+)?payments?\s+(?:have|has|had)(?:\s+not|n['\u2019]t)\s+"
    r"been\s+(?:met|made|paid)\b|\bno\s+(?:[\w-]+\s+)?payments?\s+(?:have|has|had)\s+been\s+made\b[^.;]{0,80}?\b(?:loans?|notes?|"
    r"bonds?|debt|mortgage)\b|"
    r"\b(?:suspended|stopped|ceased|halted)\s+(?:the\s+|all\s+)?payments?\s+(?:of|on|under)\s+(?:the\s+)?(?:debt\s+service|"
    r"(?:its|their|the\s+company['\u2019]s)\s+(?:[\w$.,%-]+\s+){0,3}?(?:notes|bonds|debentures|debt|indebtedness|loans))\b|"
    r"\b(?=unpaid)(?:(?<=has\san\s)|(?<=have\san\s)|(?<=had\san\s)|(?<=has\s)|(?<=have\s)|(?<=had\s))unpaid\s+(?:debt|amount|arrears|"
    r"balance)s?\s+(?:on|of|for)\s+(?:the\s+)?(?:coupon|interest|principal)\b",
    0.75,
    "phrase:missed-payment",
    # (the verbs, not "payment of": that is in most sentences about debt)
    needs=("not been", "n't been", "n\u2019t been", "suspended", "stopped", "ceased", "halted", "unpaid", "been made"),
    negatable=False,
)
# A default of the company's own named with its time: "its current default on the terms of its primary credit facility",
# "The debtors attributed their restructuring needs to a recent default on a $22 million prepetition loan".
_CURRENT_DEFAULT = phrase(
    # (the adjective looked for first, its determiner behind it: a pattern opening with "a" would be tried at every "a")
    r"\b(?=recent|current|continuing|ongoing|existing|present)(?:(?<=\bits\s)|(?<=\btheir\s)|(?<=\bour\s)|(?<=\ba\s)|(?<=\ban\s)|"
    r"(?<='s\s)|(?<=\u2019s\s))(?:recent|current|continuing|ongoing|existing|present)\s+(?:payment\s+)?default\s+(?:on|under)\s+(?:the\s+terms\s+of\s+)?(?:a|an|its|their|our|the)\s+(?:[\w$.,%-]+\s+){0,4}?(?:loans?|notes?|bonds?|"
    r"debt|credit|facilit(?:y|ies)|debentures?|indebtedness|agreements?)\b",
    0.75,
    "phrase:defaulted",
    needs=("default on", "default under"),
)
_DECIDED_NOT_TO_PAY = phrase(
    # (or told its creditors: "told creditors that it would not service a $1.2 billion loan owed by its subsidiary")
    r"\b(?:(?:determin|decid|resolv|elect|cho(?:o)?s|approv|authori[sz]|conclud|announc)\w*|told\s+(?:its\s+)?(?:creditors|lenders|"
    r"bondholders|noteholders))\b" + _GAP + r"{0,60}?\b(?:"
    r"(?:(?:will|would|shall)\s+not|not\s+to)\s+(?:make|remit)\s+(?!(?:[\w$.,-]+\s+){0,3}?" + _OPTIONAL + r")"
    r"(?:[\w$.,-]+\s+){0,4}?payments?|(?:will|would|shall)\s+not\s+service|"
    r"(?:to|(?:will|would|shall)\s+(?:immediately\s+)?)\s*(?:suspend|stop|cease|discontinue|withhold|halt|forgo|forego)\s+"
    r"(?:making\s+)?(?!(?:[\w$.,-]+\s+){0,3}?" + _OPTIONAL + r")"
    r"(?:[\w$.,-]+\s+){0,4}?payments?)\b(?![^.;]{0,100}?\b(?:leases?|dividends?|preferred\s+stock|distributions)\b)" + _GAP
    + r"{0,100}?\b(?:financings?|notes?|loans?|debentures?|bonds?|indebtedness|debt|credit\s+(?:agreements?|"
    r"facilit(?:y|ies))|borrowings|lenders?|noteholders|bondholders|indentures?)\b",
    0.8,
    "phrase:missed-payment",
    # each a substring of the verb every match holds ("will not pay the interest" is MISSED's)
    needs=("not make", "not to make", "not remit", "not to remit", "suspend", "stop", "cease", "discontinu", "withh",
           "halt", "forgo", "forego", "not service"),
    negatable=False,
)
# Default interest running on the company's own debt: "the Term Loans matured and began bearing interest at the
# default rate of 14.00%", "the note is currently accruing interest at the default rate". The contract's terms
# ("will bear interest at the default rate upon an event of default") stay quiet. Read before "default rate" is
# masked as another sense of the word.
_RATE_RUNNING = phrase(
    r"\b(?:(?:began|begun|begins|started|starts|commenced)\s+|(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:now\s+|currently\s+)?)(?:to\s+)?(?:bear|accru|incurr?)\w*\s+(?:interest\s+)?at\s+(?:the|a|its)\s+"
    r"(?:[\w-]+\s+)?default\s+(?:interest\s+)?rate\b",
    0.75,
    "phrase:past-due",
    needs=("default rate", "default interest rate"),
)
PHRASES = (*_WORD_PHRASES, *_OTHER_PHRASES, _DECIDED_NOT_TO_PAY, _NOT_RECEIVED, _PAYMENT_NOT_MADE, _CURRENT_DEFAULT)

# A missed payment: a failing verb in front of an interest/principal payment.
_MISSED_STRONG = (
    r"should\s+have|did\s+not|will\s+not|would\s+not|(?:won|wouldn|didn)['\u2019]t|does\s+not\s+intend\s+to|"
    # "ECM has delayed payment on a euro bond coupon", "Lupatech delays coupon payment on perpetual debt"
    # ("failed on the 30 September 2009 to pay a maturing $500m eurobond")
    # ("said on Monday it suspended a $25 million interest payment on its bonds due 2006")
    r"suspend(?:ed|s|ing)?|delay(?:ed|s|ing)?|not\s+to|failed\s+(?:on\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+\d{4}\s+)?to|missed|skip(?:ped|s|ping)?|"
    # "the company's postponement of the annual interest payment", "decided ... to push back to June 16, 2023, the payment of
    # interest and principal"
    # ("after the company deferred payment of a bond coupon")
    r"postpon(?:e|ed|es|ing|ement\s+of)|push(?:ed|es|ing)?\s+back|deferred(?=\s+(?:the\s+|its\s+|a\s+)?payments?\s+of\b|"
    r"\s+(?:its|the|a)\s+(?:[\w$.,-]+\s+){0,3}?(?:coupon|interest|principal)\s+payments?\b)|"
    r"forego(?:ne|ing|es)?|forgo(?:ne|ing|es)?|withh(?:e|o)ld(?:ing|s)?|defaulted\s+on|elected\s+not\s+to|"
    r"decided\s+not\s+to|chose\s+not\s+to|(?:has|have|had)\s+not\s+(?:yet\s+)?(?:made|paid|repaid)|"
    # the split infinitive: "announced it has chosen to not make interest payments of about $3.4 million"
    r"(?:chos(?:e|en)|elect(?:ed|s)|decid(?:ed|es)|determin(?:ed|es))\s+to\s+not|"
    # past inability stated as fact: "the Company was not able to repay the ... Note when it matured"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:not\s+able|unable)\s+to"
)
_MISSED_WEAK = r"failure\s+to|fails?\s+to|inability\s+to|unable\s+to|non-?payment\s+of"
# The failure as the past cause of what followed: "filed for Chapter 11 ... after failing to make a debt payment".
# ("went dark following its failure to pay the Dec. 15, 2011 coupon": its own failure, told as the cause)
_MISSED_CAUSE = (
    r"(?:after|since|because\s+of|following)\s+(?:its\s+|their\s+|our\s+)?failing\s+to|(?:after|since|because\s+of|"
    # ("These rating actions reflect the company's failure to pay principal on this debt issuance")
    r"following|due\s+to|reflect(?:s|ed|ing)?)\s+(?:its|their|our|the\s+company['\u2019]s)\s+failure\s+to|"
    # ("halted trading in shares of cocoa producer PT Davomas ... because of a "failure of debt coupon payment"")
    r"(?:after|because\s+of|following|due\s+to)\s+(?:an?\s+|the\s+)?[\"\u201c]?failure\s+of(?=\s+(?:debt\s+|bond\s+)?(?:coupon|"
    r"interest|principal)\s+payment)"
)
# A sum of money as news writes it: "$920 million", "847 million euros", "US$31 million".
_SUM = r"(?:[$\u20ac\u00a3]|(?:us|hk|s|a|c|nz)\$|(?:rmb|usd|hkd|sgd|eur|inr|rs\.?)\s?)?\s?\d[\d.,]*\s*(?:million|billion|bn|m)?"
_PAYMENT = (
    # ("said it would not make bond payments due on Monday")
    # ("its tracks have failed to make loan payments to its lender")
    r"(?:interest|principal|coupon|amortization|deficiency|debt(?:\s+service)?|installment|scheduled|maturity|redemption|bond|loan)"
    r"(?:\s+and\s+(?:[\w-]+\s+)?)?\s+payments?\b|"
    # a bond put's payment day: "As the chipmaker failed to make the payments on the first day of redemption"
    r"payments?\s+(?:due\s+)?on\s+the\s+(?:first\s+)?(?:day|date)\s+of\s+(?:redemption|maturity)\b|"
    # "did not make the required April 1, 2016 payment", "did not make its required monthly payment"
    r"(?:scheduled|required)\s+(?:(?:monthly|quarterly|semi-?annual|annual)\s+|(?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december)\s+\d{1,2},?\s+\d{4}\s+)payments?\b|"
    # an obligation under borrowed money not met: "did not meet the repayment obligations under their finance
    # agreements including bank loans"
    # ("the non-payment of interest obligations on the rated NCDs")
    r"(?:(?:re)?payment|interest|principal)\s+obligations?\s+(?:under|on|in\s+respect\s+of)\s+(?:the\s+|its\s+|their\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:finance|financing|loan|credit|facility|facilities|borrowings|notes|bonds|indenture|"
    r"debentures|ncds|debt)\b|"
    # an obligation not met at its date: "was unable to meet its payment obligation by the prescribed deadline"
    r"(?:re)?payment\s+obligations?\s+(?:by|on|at)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:deadline|due\s+date|maturity)\b|"
    # what was due, named without "payment": "the non-payment of principal and interest due"
    r"(?:principal|interest)(?:\s+and\s+(?:accrued\s+)?(?:principal|interest))?\s+(?:then\s+)?(?:due|owing|owed)\b|"
    # "missed a US$21m payment for interest on two of its bonds"
    # ("failed to make payment of the principal and accrued interest pursuant to the notes")
    r"payments?\s+(?:of|for)\s+(?:the\s+)?(?:accrued\s+)?(?:interest|principal)\b|"
    # "did not make payment of amounts due under its 3.00% Convertible Senior Notes Due 2013"
    r"payments?\s+of\s+(?:the\s+|all\s+)?amounts?\s+(?:then\s+)?(?:due|owed|owing)\s+(?:under|on)\s+(?:its|the|our|their)\s+"
    r"(?:[\w$.,%-]+\s+){0,5}?(?:notes?|debentures|bonds|loans?|facility|indebtedness)\b|"
    r"payments?\s+(?:on|of)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w$.,%-]+\s+){0,3}?coupons?\b|"
    # a payment on the debt itself: "has missed a payment on its $4.5bn debt", "skipped payments due Sept. 15 on some
    # of its debt"
    r"payments?\s+(?:due\s+(?:[\w.,]+\s+){1,3}?)?on\s+(?:(?:some|part|one|all|each)\s+of\s+)?(?:an?\s+|the\s+|its\s+|"
    r"their\s+|our\s+)?(?:[\w$.,%-]+\s+){0,4}?(?:debt|bonds?|notes|loans?|borrowings|indebtedness|sukuks?|debentures)\b|"
    # "did not pay the $5.0 million principal amount", "failed to repay the notes at maturity", "missed paying the
    # principal on its outstanding $362mn 5.6% bond"
    # "failed to pay the maturing USD920 million sukuk" (an Islamic bond)
    # ("after failing to pay a US$31 million coupon due on Sunday")
    # (not a trade debt whose interest is named after it: "Protego failed to pay these invoices, totaling $314,882.27 before
    # interest")
    # ("has failed to repay its overseas creditors' coupons on time three times")
    r"\b(?:re)?pa(?:y|id|ying)\s+(?!(?:these\s+|those\s+|the\s+|its\s+|their\s+)?(?:invoices?|bills|rent|wages|salaries)\b)"
    r"(?:the\s+|its\s+|any\s+)?(?:[\w$.,%'\u2019-]+\s+){0,5}?(?:interest|principal|notes?|debentures|"
    r"(?:euro)?bonds?|loans?|indebtedness|debt|sukuks?|coupons?)\b|"
    # the sum outstanding on the instrument: "failed to pay the outstanding $920 million on an Islamic convertible bond"
    r"\bpa(?:y|id|ying)\s+the\s+outstanding\s+" + _SUM + r"\s+on\s+"
    r"(?:an?|its|the)\s+(?:[\w-]+\s+){0,3}?(?:bonds?|notes?|loans?|sukuks?|debentures?)\b|"
    # a sum of debt not paid: "failed to pay 847 million euros ($1.2 billion) of short-term debt"
    r"\bpa(?:y|id|ying)\s+" + _SUM + r"\s*(?:euros?|dollars?|pounds?)?\s*"
    r"(?:\([^)]{1,30}\)\s*)?(?:of|in)\s+(?:[\w-]+\s+){0,2}?(?:debt|notes|bonds|loans|commercial\s+paper)\b|"
    # ... a sum due under a financing: "failed to pay HK$862.5 million to Top Shine Global Limited pursuant to an offshore
    # financing arrangement"
    r"\bpa(?:y|id|ying)\s+" + _SUM + r"\s*(?:\([^)]{1,30}\)\s*)?(?:to\s+[^;]{1,60}?\s)?(?:pursuant\s+to|under)\s+(?:an?|the|its)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:financing|loan|credit|facility|bond|note|debenture)s?\b"
)
MISSED = phrase(
    r"\b(?:" + _MISSED_STRONG + "|" + _MISSED_CAUSE + "|" + _MISSED_WEAK + r")\b"
    # not what cannot be known: "We are unable to estimate the timing of any potential tax liability, interest payments,
    # or penalties"
    r"(?!\s+(?:reasonably\s+)?(?:estimate|predict|determine|assess|quantify|forecast|calculate|ascertain|know|say)\b)"
    + _GAP + r"{0,70}?(?:" + _PAYMENT + ")",
    0.8,
    "phrase:missed-payment",
    # (what was due may be named without "pay": "after skipping more than $100 million of interest due on Dec. 30")
    needs=("pay", "paid", "interest due", "principal due"),
    negatable=False,
)
# Notes not redeemed when they mature: "the company would not redeem $250 million floating rate notes that were to
# mature the next day" (an optional redemption before maturity is no payment due).
NOT_REDEEMED = phrase(
    r"\b(?:did|would|will|could|shall)\s+not\s+(?:be\s+able\s+to\s+)?redeem\b[^.;]{0,80}?\b(?:notes|bonds|debentures|"
    r"securities)\b(?:(?!\b(?:prior|before|until|earlier|early|optional)\b)[^.;]){0,40}?\bmatur",
    0.8,
    "phrase:missed-payment",
    needs=("not redeem", "not be able to redeem"),
    negatable=False,
)
_ALL_PHRASES = (*PHRASES, MISSED, NOT_REDEEMED)
# (not what it would do on a condition: "said it would enter a 30-day grace period if it failed to pay the coupon")
_SAID_IT_WOULD = cues.rx(cues.SAID_IT_WOULD + r"(?:enter|use|utili[sz]e)\b(?![^.;]*\b(?:if|unless|should|in\s+the\s+event)\b)")
_NO_WORD_PHRASES = (*_OTHER_PHRASES, _DECIDED_NOT_TO_PAY, _NOT_RECEIVED, _PAYMENT_NOT_MADE, MISSED, NOT_REDEEMED)
_WEAK_VERB = cues.rx(r"(?:" + _MISSED_WEAK + r")\b")
_DUE_DATE = cues.rx(
    r"\b(?:due|payable)\s+(?:on\s+|date\s+(?:of\s+)?)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2}|"
    r"\d{1,2}/\d{1,2})"
)

# Covenant breach: a default only when the sentence also says default; else a waiver usually cured it.
_COVENANT_BREACH = cues.rx(
    # ("caused us not to be in compliance with various covenants under our Revolving Credit Facility")
    r"\b(?:not|no\s+longer|out\s+of)\s+(?:to\s+be\s+)?(?:in\s+)?(?:full\s+)?compliance\s+with\b" + _GAP + r"{0,160}?\bcovenants?\b|"
    # the breach as a noun the company owns: "as a result of the Company's continued non-compliance with the financial
    # and certain other covenants under the Revolving Credit Facility"
    # (the agreement named: "its noncompliance with debt covenants raised substantial doubts" recalls a past report)
    r"\b(?:company(?:'s|\u2019s)|our|its)\s+(?:continued\s+|continuing\s+|ongoing\s+)?non-?compliance\s+with\b" + _GAP
    + r"{0,80}?\bcovenants?\s+(?:under|in|of)\s+(?:the|its|our)\b|"
    r"\b(?:breach(?:ed|es)?|violat(?:ed|ion|ions)|fail(?:ed|ure)\s+to\s+(?:comply|satisfy|meet|maintain))\b"
    + _GAP
    + r"{0,120}?\bcovenants?\b|"
    # "certain covenant violations that have occurred and continue to exist": the breach stated as a fact
    r"\bcovenants?\s+(?:violations?|breach(?:es)?)\s+(?:that|which)\s+(?:have|has|had)\s+occurred\b|"
    # a financial ratio on the wrong side of the debt agreement's limit: "the Consolidated Tangible Net Worth
    # is less than the minimum amount required under Section 10.1 of the Note Purchase Agreement"
    r"\b(?:is|was|were|are|fell|had\s+been|has\s+been)\s+(?:less|lower|below|greater|more|higher|above|in\s+excess)\b"
    r"(?:\s+(?:than|of))?\s+(?:the\s+)?(?:minimum|maximum)\b"
    + _GAP
    + r"{0,40}?\b(?:required|permitted)\s+(?:under|by|pursuant\s+to)\b"
    + _GAP
    + r"{0,60}?\b(?:agreement|indenture|facility|notes)\b",
)
_COVENANT_NEEDS = ("covenant", "minimum", "maximum")
_DEFAULT_WORD = cues.rx(r"\bdefault")
_ANY = cues.rx(r"\bany\b")

# Other senses of "default" itself (looked for only in sentences that hold the word).
OTHER_SENSES = cues.senses(
    (("judgment",), r"\bdefault\s+judgments?\b"),
    # a Canadian issuer's filing default: "it will provide default status reports so long as it remains in default of its
    # requirements to file the financial statements"
    (
        ("default status", "default of its", "default of the", "default of certain", "default of their"),
        (
            # ("the issuance of bi-weekly default status reports in the form of news releases, for as long as the company remains
            # in default": the stretch between is blanked with them)
            r"\bdefault\s+status\s+reports?\b(?:[^.;]{0,200}?\bremains?\s+in\s+default\b)?|\bin\s+default\s+of\s+(?:its|the|their)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:requirements?|obligations?)\s+to\s+file\b|"
            # ("the Applicant was in default of certain filing requirements under Ontario securities law")
            r"\bin\s+default\s+of\s+(?:certain\s+|its\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?filing\s+requirements?\b"
        ),
    ),
    # an exchange's rule on late accounts: "Rules for filing of accounts and treatment of default filing"
    (("default filing",), r"\bdefault\s+filings?\b"),
    # a lawsuit's steps: "the motion for entry of default judgment", "had received notice of the default motion"
    # (and the clerk's entry itself: "the Clerk of the Court entered default against Cyberworks on February 17, 2012")
    (
        ("motion", "entry of default", "entered default", "entered a default", "entered the default"),
        (
            r"\bdefault\s+motions?\b|\bmotions?\s+for\s+(?:(?:the\s+)?entry\s+of\s+)?default\b|\bentry\s+of\s+default\b|"
            # ("... filed their motion to vacate 12 after the court entered default")
            r"\b(?:clerk|court)\b[^.;]{0,40}?\bentered\s+(?:an?\s+|the\s+)?default\b(?!\s+(?:on|under)\b)"
        ),
    ),
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
    # a lender's asset: "This investment is currently in maturity default" (a mortgage REIT's loan schedule)
    (
        ("investment",),
        (
            r"\binvestments?\s+(?:(?:is|was|are|were|has\s+been|have\s+been|remains?|remained)\s+)(?:\w+\s+){0,2}?in\s+"
            r"(?:maturity\s+|monetary\s+|payment\s+|technical\s+)?default\b"
        ),
    ),
    # a securities regulator's sense: "was also in default for not filing subsequent interim financial statements"
    (("filing", "file"), r"\bin\s+default\s+(?:for|of|in)\s+(?:not\s+|its\s+|the\s+)?(?:filing|failing\s+to\s+file|filings?\s+requirements)\b"),
    # a lender's reservation of rights: "without giving effect to any other Defaults or Events of Default that may
    # exist under the Credit Agreement" (the "may" is about other defaults, not the one the notice states)
    (
        ("may exist", "may have occurred", "may now exist", "may be continuing"),
        (
            r"\b(?:defaults?|events?\s+of\s+default)\s+(?:(?:that|which)\s+)?may\s+(?:now\s+|then\s+)?(?:exist|have\s+occurred|"
            r"be\s+continuing)\b(?:\s+or\s+(?:may\s+)?(?:hereafter\s+)?(?:arise|occur))?"
        ),
    ),
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
    # rent and what a counterparty owes the company are not borrowed money: "Kings Garden defaulted on its obligations
    # to pay base rent ... and defaulted on its obligations to reimburse us for certain insurance premiums"
    (
        (" rent", "reimburse us", "pay us"),
        (
            r"\bdefault(?:s|ed)?\s+(?:on|in)\s+(?:(?:its|their|the)\s+)?(?:obligations?\s+to\s+pay\s+|payments?\s+of\s+)?"
            r"(?:[\w-]+\s+)?rent(?:al)?s?\b(?!\s+(?:and|or)\s+(?:its|the|interest|principal|debt|loan))|"
            r"\bdefault(?:s|ed)?\s+on\s+(?:its|their)\s+obligations?\s+to\s+(?:reimburse|pay)\s+us\b"
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
            # kinds of default in general, not "our covenant defaults" or "the Company's payment defaults"
            r"(?<!\bour\s)(?<!\bits\s)(?<!'s\s)(?<!\u2019s\s)"
            r"\b(?:loan|mortgage|consumer|customer|borrower|cardholder|tenant|student[- ]loan|corporate|sovereign|"
            r"counterparty|credit\s+card|subprime|residential|commercial|obligor|payment|judgment|covenant|cross)"
            # (nor those named under the company's own debt: "payment defaults under the terms of outstanding notes payable")
            r"[- ]defaults\b(?!\s+under\s+(?:the\s+terms\s+of\s+)?(?:its|our|outstanding)\b)"
        ),
    ),
    (
        ("mortgage", "loan", "receivable"),
        # a lender's loans in default (plural, or "a/one/each loan"); "the loan is in default" is the filer's own
        (
            r"\b(?:mortgages|loans|receivables|(?:a|one|each|any|no|two|three)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:loan|mortgage|receivable))\s+(?:that\s+are\s+|which\s+are\s+)?(?:\w+\s+){0,4}?in\s+default\b"
        ),
    ),
)
# Senses checked in every sentence.
_ANY_SENSES = cues.senses(
    (cues.DEFINED_TERM_NEEDS, cues.DEFINED_TERM),
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
# A failure with an indefinite object as the whole subject: "failure to make a payment constitutes an Event of
# Default", "failure to pay any amount when due shall be ...", "Failure to make any payment within 10 days after such
# payment is due constitutes an event of default": how the contract works, not whose payment was missed.
_GENERIC_FAILURE = cues.rx(
    r"(?<!'s\s)(?<!\u2019s\s)(?<!\bits\s)(?<!\bour\s)(?<!\btheir\s)\bfailure\s+to\s+(?:timely\s+)?(?:make|pay|repay|perform)\s+"
    # "... when due", "... within 10 days after such payment is due" (the contract's own grace period)
    r"(?:(?:an?|any)\s+(?:[\w-]+\s+)?(?:payments?|amounts?|installments?|obligations?)\s+(?:when\s+due\s+|within\s+[\w\s-]{1,60}?\s+)?|"
    # principal and interest named bare, "when due": "Failure to pay principal and interest when due constitutes an event of
    # default"
    r"(?:principal|interest)(?:\s+(?:and|or)\s+(?:accrued\s+)?(?:principal|interest|premium))*\s+(?:on\s+[\w\s-]{1,40}?\s+)?"
    r"(?:when|as)\s+(?:the\s+same\s+(?:becomes?|shall\s+become)\s+)?due\s+)$"
)
_FUTURE = cues.rx(r"\b(?:will|(?:is|are|was|were)\s+expected\s+to)\s+(?:\w+\s+)?$")
# A default the company foresees, not one that happened: "does not expect to be able to make the monthly installments".
_EXPECTED_INABILITY = cues.rx(
    r"\b(?:(?:does|do|did)\s+not|no\s+longer)\s+(?:currently\s+)?(?:expect|anticipate)s?\s+(?:to\s+be\s+able|that)\b|"
    r"\b(?:expects?|anticipates?)\s+(?:that\s+)?(?:it|we|the\s+company)\s+will\s+(?:not\s+be\s+able|be\s+unable)\b|"
    # a consequence foreseen: "Failure to file annual report on form 10-K on time is expected to result in a default"
    r"\b(?:is|are|was|were)\s+expected\s+to\s+(?:\w+\s+)?$"
)
# An indefinite "a failure to pay": a kind of event named, not one that happened.
_A_FAILURE = cues.rx(r"\b(?:an?|any)\s+$")
# "... resume interest payments or we will be in default": what would follow if the company did not act.
_OR_ELSE = cues.rx(r"\b(?:or|otherwise|else)\s+(?:\w+\s+){0,3}?(?:will|would)\s+(?:\w+\s+)?$")
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
    lessee lessees obligor obligors counterparty counterparties loans mortgages
    receivable receivables homeowner homeowners student students franchisee franchisees debtor debtors
    client clients venture ventures
    """
)
_STRONG = cues.words(
    """
    phrase:notice-of-default phrase:acceleration phrase:missed-payment phrase:event-of-default
    phrase:in-default phrase:item-2.04-title phrase:payment-default phrase:past-due phrase:creditor-action
    """
)


class DefaultDetector:
    kind: str = KIND
    # "accelerat" also covers the Item 2.04 title ("Triggering Events That Accelerate ...").
    keywords: tuple[str, ...] = (
        "default",
        "forbear",
        "forebear",
        "accelerat",
        "grace period",
        "foreclosed",
        "agreed not to",
        "due and payable",
        "immediately due",
        "for immediate repayment",
        "repayment in full",
        "full repayment",
        "intention to enforce",
        "defaulting on",
        "interest payment",
        "principal payment",
        "pay interest",
        "not pay",
        "not repay",
        # "has not paid coupons ... due on Nov. 11", "the non-payment of June SSN and NSF coupons"
        "not paid",
        "non-payment of",
        "nonpayment of",
        # debt that matured unpaid: "has been unable to refinance its ... Senior Secured Notes ... which were due on November 15"
        "unable to refinance",
        "unable to repay",
        # "has elected not to pay USD 118.8 million in interest due 15 August on senior notes"
        "not to pay",
        "not to repay",
        # holders not paid: "hadn't received an interest payment", "are yet to receive payment for coupons"
        "n't received",
        "n\u2019t received",
        "not received",
        "yet to receive",
        # a missed payment given as the cause: "filed for Chapter 11 ... after failing to make a $134 million debt payment"
        "failing to",
        # a coupon deferred: "after the company deferred payment of a bond coupon"
        "deferred payment of", "deferred the payment", "deferred its",
        # a decision not to service the debt: "told creditors that it would not service a $1.2 billion loan"
        "not service",
        # ... or named as the cause: "because of a "failure of debt coupon payment""
        "failure of debt", "failure of coupon", "failure of interest", "failure of bond",
        # a payment not received or stopped, told in the passive or as debt service suspended; a debt "on coupon interest"
        # unpaid
        "not been received", "not been paid", "failed on the",
        # a rating agency's default grade: "issue-level ratings to D", "to 'SD'", "to D-PD", "a limited default ("/LD")"
        "ratings to d", "rating to d", "to 'd'", "to \"d\"", "to \u2018d\u2019", "to \u201cd\u201d", "to 'sd'", "to \"sd\"",
        "to \u201csd\u201d", "to sd", "(sd)", "(rd)", "d-pd", "/ld", "restricted default", "selective default", "suspended the payment", "suspended payment", "stopped payment",
        "stopped the payment", "unpaid debt", "unpaid amount",
        # ... or its own failure named as the cause: "went dark following its failure to pay the Dec. 15, 2011 coupon"
        "its failure to pay", "its failure to make", "its failure to repay", "their failure to pay", "their failure to make",
        "company's failure to pay", "company\u2019s failure to pay", "no payments have been made", "no payment has been made",
        "not redeem",
        "not be able to redeem",
        # a payment put off: "has delayed payment on a euro bond coupon", "delays coupon payment on perpetual debt"
        "delayed payment",
        "delays payment",
        "delayed coupon",
        "delays coupon",
        "delayed interest",
        "delays interest",
        # "won't pay off a dollar note", "wouldn't pay interest before the end of a 30-day grace period"; "reported on May 2 that it
        # won't make a scheduled coupon payment on its USD 200 mln Eurobond this month"
        "n't pay",
        "n\u2019t pay",
        "n't make",
        "n\u2019t make",
        "failed to",
        # "announced it would not be paying some of its loan installments"
        "not be paying",
        "not be making",
        "missed",
        # "Oasis Petroleum Inc. skipped payments due Sept. 15 on some of its debt"
        "skipped",
        # the gerund before a payment: "missing a key interest payment", "missing its coupon payment"
        "missing a",
        "missing the",
        "missing its",
        "missing our",
        "missing interest",
        "missing coupon",
        # borrowed money past due, overdue ("the borrowings of the Group ... were overdue") or matured unpaid (also
        # without the word "default"); the rarer wordings (a judgment for nonpayment) are read in sentences found by
        # the other keywords
        "past due",
        "overdue",
        "not made",
        "not paid",
        "should have",
        "past maturity",
        "matured",
        # "did not make payment of amounts due under its 3.00% Convertible Senior Notes"
        "not make payment",
        # covenant breaches stated without the word "default"
        "not in compliance",
        "not to be in compliance",
        "non-compliance",
        "noncompliance",
        # "did not meet the repayment obligations under their finance agreements"
        "payment obligation",
        "no longer in compliance",
        "than the minimum",
        # the Item 2.04 title in its shorter early form; an arrears or an inability to repay stated as fact;
        # a lender's notice of covenant violations
        "triggering event",
        "arrears",
        # principal "remains unpaid"
        "remains unpaid",
        "remained unpaid",
        "able to repay",
        # "the trustee-manager of Rickmers is unable to pay a S$4.26 million interest for its bonds due on 15 Nov 2016"
        "able to pay",
        "able to make",
        # "as a result of the Company's inability to pay approximately $30 million in secured debt which had become due on
        # November 17, 2012, the Company filed a voluntary petition"
        "inability to pay",
        "inability to repay",
        "inability to make",
        # "the non-payment of interest obligations on the rated NCDs on the due date of January 21, 2019"
        "non-payment of",
        "nonpayment of",
        # a creditors' demand for the whole debt: "had received a letter of demand ... from its syndicated loan creditors"
        "letter of demand",
        "letters of demand",
        "demand letter",
        "statutory demand",
        "covenant violation",
        # "we were in violation of a loan covenant under the New Credit Facility that requires our FCCR ..."
        "in violation of",
        "in breach of",
        # "allegations of breached covenants on a $250 million term loan from lender Salus Capital"
        "breached covenants",
        "breached its covenants",
        "breached the covenants",
        "breached certain covenants",
        # the breach as a result: "results in a violation of affirmative covenants under our ABL Facility and Term Loan Agreement"
        "a violation of the",
        "a violation of affirmative",
        "a violation of financial",
        "a violation of certain",
        "a breach of the",
        "a breach of certain",
        # a decision not to pay debt service; default interest running ("began bearing interest at the default rate")
        "not to make",
        # "is not compliant with the repayment terms of the note"
        *_REPAYMENT_TERMS,
        "will not make",
        "would not make",
        "shall not make",
        "suspend payments",
        "suspend all payments",
        "stop making",
        "cease making",
        "discontinue making",
        "at the default rate",
        "at a default rate",
        "at the default interest rate",
        # a lender suing for the loan ("China Construction Bank filed a civil complaint against Wuhan Newport claiming the
        # outstanding principal")
        "filed a civil complaint",
        "filed a complaint against",
        "filed a lawsuit against",
        "filed suit against",
    )
    max_score: float = 0.9  # no sentence scores higher: once reached, later sentences cannot win
    skip_on: frozenset[str] = frozenset(("default", "accelerat"))
    skip: re.Pattern[str] | None = re.compile(
        r"default\s+(?:judgments?|rates?|risk|probabilit|swaps?|settings?|options?|values?|interest\s+rate)|"
        r"(?:by|loss\s+given|exposure\s+at|probability\s+of|rates?\s+of)\s+default|defaulting\s+lenders?|"
        r"accelerated\s+(?:vesting|share|stock|depreciation|amortization|filer)"
    )

    def analyze(self, text: str, start: int, end: int, floor: float | None = None) -> Candidate | None:
        masked = cues.mask(_filer_terms(text[start:end]), _ANY_SENSES)
        running = None
        if "default" in masked:
            if "default rate" in masked or "default interest rate" in masked:
                running = best_match(masked, (_RATE_RUNNING,))
            masked = cues.mask(masked, OTHER_SENSES)
        phrases = _ALL_PHRASES if "default" in masked else _NO_WORD_PHRASES
        # the company's announcement in reported speech is no hedge: "the company said it would enter a 30-day grace period
        # after failing to pay a US$31 million coupon due on Sunday"
        modals = cues.reported_modals(masked, _SAID_IT_WOULD)
        match = best_match(masked, phrases, above=floor, modals=modals)
        for _ in range(3):
            if match is None or match.phrase is not MISSED or not _denied_failure(masked, match.start):
                break
            # "has never missed an interest payment": read the sentence again without the denied verb
            verb = _FAILING_VERB.match(masked, match.start)
            verb_end = verb.end() if verb is not None else match.end
            masked = masked[: match.start] + "x" * (verb_end - match.start) + masked[verb_end:]
            match = best_match(masked, phrases, above=floor, modals=modals)
        covenant = _covenant_score(masked)
        if match is None and floor is not None:
            # No phrase scores above the document's best so far, and every later step only lowers a score:
            # the sentence can win only through the covenant test or a default rate running, which need
            # the weaker phrase match too (it decides their corrections), so read it again in full.
            if (covenant is None or covenant <= floor) and (running is None or running.score <= floor):
                return None
            return self.analyze(text, start, end)
        if running is not None and (match is None or running.score > match.score):
            match = running
        if match is not None and match.hedged:
            match = None  # a hedged phrase scores at most 0.3: below any threshold
        if match is None and covenant is None:
            return None
        score, signal = _score(masked, match, covenant)
        if score > 0.3:
            score -= _list_context(text, start)
        if score > 0.3 and (_hypothetical_list_item(text, start) or " when" in masked and _WHEN_ANY.search(masked)):
            # "Our debt obligations could adversely impact us as follows: ... • result in certain of our debt instruments
            # becoming immediately due and payable ..."; "when a systemically important financial institution ... is in
            # default or danger of default, the FDIC may be appointed receiver"
            score = 0.3
        if score > 0.3 and "that" in masked and _TERMS_FRAME.search(masked):
            score = 0.3
        if score > 0.3 and match is not None and _no_event_form(masked, match):
            score = 0.3
        if score > 0.3 and "agreement" in masked and _NON_DEBT_AGREEMENT.search(masked) and not _DEBT_WORD.search(masked):
            # a contract that lends no money: "received notice of default resulting from the failure to pay the Second
            # Payment due under the terms of the Digitas Settlement Agreement"
            score = 0.3
        if score > 0.3 and (
            cues.definition(masked)
            or cues.addressed_to_reader(text, masked, start) and not _lender_letter(text, start, masked)
            or cues.illustration(text, start)
            or (" when " in masked or " if " in masked) and _DEFINED_BY_CASE.search(masked) is not None
            or (cues.present(masked, _WHAT_COUNTS_NEEDS) or masked.lstrip().startswith(("in a", "under a")))
            and _WHAT_COUNTS.search(masked) is not None
            or cues.placeholder_issuer(masked)  # a made-up issuer: "In 2015, X Berhad had defaulted in the following payments"
            # a glossary's cross-reference: "Compare the forbearance agreement with the Glossary definition of "loan amendment
            # agreement.""
            or "glossary" in masked
        ):
            score = 0.3  # "a grace period is a period of time following a default in which an issuer ..."
        if score > 0.3 and ("upon" in masked or "borrowers" in masked or "lenders" in masked) and (
            _CONTRACT_PROCEDURE.search(masked) or _ADVICE_TO_CLASS.search(masked)
        ):
            # what the contract has a party do when a default occurs ("Upon receipt of a notice ... of the occurrence
            # of an Event of Default ..., the Collateral Agent shall promptly issue its Notice of Default"), or advice
            # to borrowers in general ("It is crucial for borrowers to seek legal advice upon receiving a default notice")
            score = 0.3
        if score > 0.3 and _IN_GENERAL_LEAD.match(masked):
            score = 0.3  # "Typically, bond documentation will define what constitutes an event of default": any bond's
        if score > 0.3 and ("cent" in masked or "%" in masked) and _SHARE_IN_DEFAULT.search(masked):
            score = 0.3  # "89 percent of European cable and telecoms high yield related bonds were in default": a rate
        if score > 0.3 and ("option" in masked or "right to" in masked) and _RIGHT_TO_DEMAND.search(masked):
            score = 0.3  # "the lenders have the option to demand full repayment on or after June 30, 2018": a term, not a demand
        if score > 0.3 and "most" in masked and _MOST_CONTRACTS.search(masked):
            score = 0.3  # a glossary's "A period of time provided in most loan contracts ... even though payment is past due"
        if score > 0.3 and "borrower" in masked and _ASKS_THE_BORROWER.search(masked):
            # what such an agreement has "the borrower" (no defined term, no name) do: "The agreement will ask the borrower to
            # confirm and specifically identify all existing defaults" (a lawyer's column on forbearance in general)
            score = 0.3
        if score > 0.3 and _READER_QUESTION.match(text, end):
            # an advice column's reader setting up a question (questions themselves are skipped for every kind): "We are in default
            # under our loan documents. Will we be able to obtain a forbearance agreement from our lender?"
            score = 0.3
        if score > 0.3 and signal in _THEIRS_CHECKED | _RECEIVABLE_CHECKED and _receivable_context(text, start, masked):
            return None  # the company is the lender: a note receivable, a notice it sent its borrower
        if score > 0.3 and ("troubled debt" in masked or "tdrs" in masked) and _BANK_TDRS.search(masked):
            return None  # "troubled debt restructurings ... that were in default": a bank's loans
        if score > 0.3 and "held by" in masked and _HELD_BY_COMPANY.search(masked):
            return None  # "the senior mortgage loan held by the Company ... triggered an event of default": a lender's asset
        if score > 0.3 and signal in _CAUSE_CHECKED and _held_before(text, start):
            # "... the collateral for a $103.9 million mezzanine loan held by us. ... A $300.0 million securitized senior
            # mortgage held by a third party was in default as well.": the defaults of the company's borrower
            return None
        if score > 0.3 and signal == "phrase:forbearance" and _own_forbearance_before(text, start, end):
            return None
        if score > 0.45 and signal == "phrase:forbearance" and _forbearance_topic(masked):
            score = 0.45
        if score > 0.3 and _CREDITORS_IN_GENERAL.match(masked):
            score = 0.3  # "More bondholders are declaring technical default and either demanding immediate payment": a trend
        if score > 0.3 and " i " in f" {masked} " and _WONDERING.search(masked):
            score = 0.3  # a reader's question: "Our company entered into a forbearance agreement ... and I am wondering how"
        if signal == "phrase:covenant-default" and covenant == _BARE_BREACH and _waived_after(text, start, end):
            score -= 0.25
        if score <= 0:
            return None
        severity = Severity.critical if signal in _STRONG else Severity.high
        return Candidate(KIND, clamp(score), start, end, (signal,), severity)

    def refine_severity(self, severity: Severity, found: tuple[Amount, ...]) -> Severity:
        return severity

    def review(self, text: str, low: str, cand: Candidate) -> Candidate | None:
        """No alert for a state's debt in a text that names no company: "the country had missed a 30-day grace period
        for missed interest payments on two international sovereign bonds", "The nation was due to pay the first
        coupon"."""
        if cues.present(low, _STATE_WORDS) and _STATE_DEBTOR.search(low) and not _COMPANY_NAMED.search(low):
            return None
        return cand


# A state as the debtor (read only in texts that name no company; each alternative holds one of the words).
_STATE_WORDS = ("sovereign", "the country", "the nation", "territory", "commonwealth", "currency debt", "currency bond")
_STATE_DEBTOR = cues.rx(
    # ("The U.S. territory of Puerto Rico did not pay $911 million of bond payments due July 1")
    r"\bsovereign\s+(?:[\w-]+\s+)?(?:bonds?|debt|defaults?|eurobonds?|notes)\b|\bthe\s+(?:u\.\s?s\.\s+)?(?:territory|commonwealth)\s+of\b|"
    # ("a selective default on long-term foreign-currency debt, as Ukraine has unilaterally suspended debt payment")
    r"\bdefault\s+on\s+(?:long-term\s+|short-term\s+)?(?:foreign|local)[- ]currency\s+(?:debt|bonds?)\b|"
    r"\bthe\s+(?:country|nation)(?:['\u2019]s)?\s+"
    # ("because the country did not make a $539 million interest payment due on June 30")
    r"(?:\w+\s+)?(?:debt|bonds?|default|was\s+due\s+to\s+pay|had\s+missed|missed|defaulted|did\s+not\s+(?:make|pay))\b|"
    # ("the country officially started a US$65-billion debt restructuring", "after the country failed to reach a bond payment
    # deal with a group of creditors")
    r"\bthe\s+(?:country|nation)\s+(?:\w+\s+){1,3}?(?:a\s+|an\s+|the\s+|its\s+)?(?:[\w$.,-]+\s+){0,2}?(?:debt\s+restructuring|bond\s+"
    r"payments?|bondholders|creditors)\b"
)
_COMPANY_NAMED = cues.rx(
    # (not "a group of creditors", "a group of bondholders")
    # (an agency's "issuer rating" names no company)
    r"\b(?:inc|corp|corporation|ltd|limited|plc|llc|company|companies|holdings|group(?!\s+of\b)|ag|bhd|berhad|registrant|"
    r"issuer(?!\s+(?:and\s+(?:[\w-]+\s+){1,3}?)?(?:credit\s+|default\s+|debt\s+)?ratings?))\b"
)


# A lender's notice written to the borrower: "We hereby notify you ... that you have defaulted in your obligations
# under the Credit Agreement", under a "Ladies and Gentlemen:" salutation. Its "you" is the company, not a reader.
_HEREBY_NOTIFY = cues.rx(r"\bhereby\s+(?:notif(?:y|ies)|give[sn]?\s+(?:you\s+)?notice|advis(?:e|es))\b")
_SALUTATION = cues.rx(r"\b(?:ladies\s+and\s+gentlemen|dear\s+sirs?(?:\s+and\s+madams?)?|gentlemen)\s*[:,]")
# A letter to a named officer under a subject line: "RE: Loans ... Dear Tom:" (an advice column has no "RE:" line).
_NAMED_SALUTATION = cues.rx(r"(?:^|\n)\s*dear\s+[a-z][\w.'\u2019-]*(?:\s+[a-z][\w.'\u2019-]*){0,2}\s*:")
_SUBJECT_LINE = cues.rx(r"(?:^|\n)\s*re\s*:")


# A failing verb denied is no missed payment: "The Company has never missed an interest payment", "has not failed to
# make any interest payment" (MISSED embeds its own negations, so the usual negation test is off for it).
_FAILING_VERB = cues.rx(r"(?:missed|failed\s+to|skip(?:ped|s|ping)?|defaulted\s+on|delay(?:ed|s|ing)?)\b")
_DENIAL_BEFORE = cues.rx(r"(?:\b(?:never|not)|n['\u2019]t)\s+(?:(?:yet|once|ever|previously)\s+)?$")


def _denied_failure(masked: str, start: int) -> bool:
    return _FAILING_VERB.match(masked, start) is not None and _DENIAL_BEFORE.search(masked, max(0, start - 20), start) is not None


def _lender_letter(text: str, start: int, masked: str) -> bool:
    if "hereby" in masked and _HEREBY_NOTIFY.search(masked):
        return True
    before = cues.lower(text[max(0, start - 1500) : start])
    if ("gentlemen" in before or "dear sir" in before) and _SALUTATION.search(before) is not None:
        return True
    head = cues.lower(text[max(0, start - 1500) : start + 60])
    return "dear " in head and _NAMED_SALUTATION.search(head) is not None and _SUBJECT_LINE.search(head) is not None


def _no_event_form(masked: str, match: Match) -> bool:
    """A catalogue of 8-K item titles ("Item 2.03 ... Item 2.04 Triggering Events That Accelerate ... Item
    2.05 ...") or a form letter with blanks to fill in: the phrase names a topic."""
    if match.phrase.signal == "phrase:item-2.04-title" and cues.item_catalogue(masked):
        return True
    return cues.template_text(masked) or ("dated" in masked and _BLANK_DATE.search(masked) is not None)


# A form's date left blank: "THIS FORBEARANCE AGREEMENT (the “Forbearance”), dated as of (the "Effective Date")".
_BLANK_DATE = cues.rx(r"\bdated\s+(?:as\s+of\s+)?(?:\(|,|(?:is|by)\s+(?:and\s+)?(?:among|between)\b|$)")


# A kind of default defined by when it arises: "a covenant breach, or covenant default, occurs when a borrower
# fails to satisfy a covenant in its loan agreement" (what happened is worded in the past).
_DEFINED_BY_CASE = cues.rx(r"\b(?:occurs?|happens?|arises?)\s+(?:only\s+)?(?:when|if|whenever)\s+(?:an?|any|the)\b")
# What counts as a default, as a rating agency's criteria or a contract type puts it: "a distressed renegotiation of a
# derivative contract will be considered a default at the issuer rating level"; "In a forbearance agreement, the borrower
# acknowledges that it has defaulted on its obligations".
_WHAT_COUNTS = cues.rx(
    r"\b(?:will|would|shall|is|are)\s+(?:be\s+)?(?:considered|deemed|treated\s+as|viewed\s+as|regarded\s+as)\s+an?\s+"
    # ("Under a forbearance arrangement, the lender agrees to forbear from taking any enforcement action")
    r"(?:[\w-]+\s+)?default\b|^\W*(?:in|under)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:agreement|arrangement|transaction)\s*,"
)
_WHAT_COUNTS_NEEDS = ("considered a", "deemed a", "treated as a", "viewed as a", "regarded as a")
_FINITE_VERB = cues.rx(
    r"\b(?:is|are|was|were|has|have|had|been|being|did|does|do|occurred|occurs|exists?|existed|continu\w*|remain\w*|"
    r"result\w*|constitut\w*|caus\w*|trigger\w*|led|breached|violated|failed|fell|received|notified|waived)\b"
)


# A breach named as the condition of a term: "subject to acceleration upon breach of the financial covenants".
# ("following the breach ..., the lenders accelerated" tells what happened, so only "upon" and "in the event of")
_UPON = cues.rx(r"\b(?:upon|in\s+the\s+event\s+of|in\s+case\s+of)\s+(?:a\s+|any\s+|the\s+)?$")
# A facility with nothing borrowed under it: a breach of its covenants owes no money.
_UNDRAWN = cues.rx(
    r"\bnever\s+(?:drew|borrowed)\b|\bno\s+(?:amounts?|borrowings?)\s+(?:were\s+|was\s+|had\s+been\s+)?(?:outstanding|drawn|borrowed)\b|"
    r"\bundrawn\b|\bha(?:d|s|ve)\s+not\s+(?:drawn|borrowed)\b"
)
# Another company of the group speaks: "The Company's parent company, LDK Solar Co., Ltd. ... was not in compliance".
_PARENT_SUBJECT = cues.rx(r"^\W*(?:the\s+company['\u2019]s|our|its)\s+(?:former\s+)?(?:parent|majority\s+(?:owner|shareholder|stockholder))\b")


# What a breach is agreed not to bring about: relief granted, not a breach that happened.
_NO_CONSEQUENCE = cues.rx(r"\b(?:will|would|shall|does|do|did)\s+not\s+(?:trigger|constitute|result\s+in|give\s+rise\s+to|lead\s+to)\b")


def _covenant_score(masked: str) -> float | None:
    """A breach of a debt covenant stated as fact: 0.8 when the sentence calls it a default, else 0.55
    (a financial-covenant breach is an event of default under most agreements; a waiver said nearby
    removes it, see ``_waived_after``)."""
    if not cues.present(masked, _COVENANT_NEEDS):
        return None
    m = _COVENANT_BREACH.search(masked)
    if m is None or cues.negated(masked, m.start()) or cues.hedged(masked, m.start(), m.end()):
        return None
    if ":" in masked[m.end() : m.end() + 3] or masked[: m.start()].strip(" \t\n-\u2022*") == "" and (
        cues.modal_between(masked, m.end(), len(masked))
    ):
        return None  # "Breach of covenants: violating ... covenants ... can trigger acceleration": a heading
    if _ANY.search(masked, m.start(), m.end()):
        return None  # "a breach of any of these covenants": generic
    if _UPON.search(masked, max(0, m.start() - 30), m.start()):
        return None  # "The maturity date is subject to acceleration upon breach of the financial covenants": a term
    if _UNDRAWN.search(masked):
        return None  # "While the Company was not in compliance with these covenants ..., the Company never drew on the line"
    if _NO_CONSEQUENCE.search(masked, m.end()):
        return None  # "during the Deferral Period, a breach of the financial covenants will not trigger a mandatory prepayment"
    if _PARENT_SUBJECT.match(masked):
        return None  # "The Company's parent company, LDK Solar ..., was not in compliance with certain financial covenants"
    if not _FINITE_VERB.search(masked):
        return None  # "Covenant Breach (Covenant Default)": a heading or a glossary term, no statement
    d = _DEFAULT_WORD.search(masked, m.end())
    if d is None:
        return _BARE_BREACH
    return None if cues.modal_between(masked, m.start(), d.start()) else 0.8


def _score(masked: str, match: Match | None, covenant: float | None) -> tuple[float, str]:
    if match is None or (covenant is not None and covenant > match.score):
        return (covenant or 0.0) - _penalties(masked, None), "phrase:covenant-default"
    score = match.score + _adjust(masked, match)
    if match.hedged:
        score = min(score, 0.3)
    return score - _penalties(masked, match), match.phrase.signal


# The company collecting what a defaulted note owes it.
_TO_BE_COLLECTED = cues.rx(r"\b(?:will|would|to|can)\s+be\s+collected\b|\bcollectib|\bcollectab")
# What a failure would be, in the contract's terms ("will trigger" is also said of a payment already missed).
_WOULD_CONSTITUTE = cues.rx(
    r"\b(?:would|could|shall|may)\s+(?:constitute|result\s+in|cause|trigger|give\s+rise\s+to|be\s+an?\s+event\s+of\s+default)\b"
)


# A state's rating, or what a default grade usually follows (criteria): "Scope downgrades Ukraine's long-term issuer rating in
# foreign currency to SD", "Completion of the DDE typically results in an IDR being downgraded to 'Restricted Default (RD)".
_SOVEREIGN = cues.rx(
    r"\bsovereign\b|\b(?:local|foreign)[- ]currency\s+(?:sovereign\s+)?ratings?\b|\bratings?\s+in\s+(?:local|foreign)\s+currency\b|"
    r"\b(?:typically|usually|generally|normally|ordinarily)\b"
)
_WHEN_CLAUSE = cues.rx(r"\b(?:when|whenever|once|until)\s+(?:[\w-]+\s+){0,3}$")
# A default that has not come: "... to make the interest payment before being in default".
_NOT_YET_IN_DEFAULT = cues.rx(r"\b(?:before|without)\s+(?:(?:being|becoming|it\s+is|it\s+was|they\s+are)\s+)?$")
_BEFORE_IT = cues.rx(r"\b(?:before|until|unless|once|when|if)\s+(?:it|the\s+(?:company|issuer|borrower)|they)\s+$")
# A notice of default from someone who lent no money: a landlord's for rent ("we have received notices of default for unpaid rents
# from 37 landlords"), a trade counterparty's for unpaid work or goods ("received a notice of default from its mining
# contractor, Redpath, after failing to make payments that were due").
_NOT_A_LENDERS_NOTICE = cues.rx(
    r"\bnotices?\s+of\s+default\s+(?:for|on|regarding)\s+(?:unpaid\s+|past[- ]due\s+|deferred\s+)?rents?\b|"
    r"\bnotices?\s+of\s+default\b[^.;]{0,80}?\bfrom\s+(?:\d+\s+|its\s+|our\s+|the\s+|a\s+)?(?:[\w-]+\s+)?(?:landlords?|contractors?|"
    r"suppliers?|vendors?|customers?|licensors?)\b"
)
_IN_GENERAL_LEAD = cues.rx(r"^\W*(?:typically|generally|usually|ordinarily|normally)\b")
_SHARE_IN_DEFAULT = cues.rx(
    r"\d+(?:\.\d+)?\s*(?:per\s*cent|percent|%)\s+of\s+(?:[\w-]+\s+){0,8}?(?:bonds|loans|issuers|companies|borrowers|debt)\s+"
    r"(?:were|are|was|is|had\s+been|have\s+been)\s+in\s+default\b"
)
_RIGHT_TO_DEMAND = cues.rx(r"\b(?:has|have|had)\s+the\s+(?:option|right)\s+to\s+(?:demand|call|require|accelerate)\b")
# Contracts as a class: "provided in most loan contracts and insurance policies".
_MOST_CONTRACTS = cues.rx(
    r"\b(?:most|many|typical|standard)\s+(?:loan\s+|credit\s+|debt\s+)?(?:contracts|agreements|indentures|policies|loans)\b"
)
# A contract's party by its role in lower case (a filer's defined term "the Borrower" reads "filer" by now).
_ASKS_THE_BORROWER = cues.rx(
    r"\b(?:ask|asks|require|requires|allow|allows|permit|permits|give|gives|let|lets)\s+the\s+borrower\s+to\b"
)
# A count of missed payments compared, not one missed: "... were 25 per cent higher in the December quarter".
_A_STATISTIC = cues.rx(
    r"[^.;]{0,80}?\b(?:were|was|are|is|rose|fell|increased|decreased|jumped|climbed|grew|dropped)\s+(?:by\s+)?(?:about\s+|around\s+|"
    r"nearly\s+|almost\s+|some\s+)?\d+(?:\.\d+)?\s*(?:per\s*cent|percent|%)"
)
# A failure as the subject of a definition: "Failure to make interest or principal payment is a known risk".
_COPULA_AFTER = cues.rx(r"[^.;,]{0,40}?\b(?:is|are)\s+(?:a|an|one|the|considered|deemed)\b")
# Time given to the other party to cure its default: "give the debtor a "grace period" of anywhere between three (3) and
# 60 days to cure the default", "allowed the borrower 30 days to cure".
_THEIR_CURE = cues.rx(
    r"\b(?:giv(?:e|es|en|ing)|gave|allow(?:s|ed|ing)?|grant(?:s|ed|ing)?)\s+(?:the\s+|a\s+|its\s+)?(?:debtor|borrower|tenant|"
    r"obligor|customer|lessee|guarantor|franchisee)s?\b[^.;]{0,100}?\bto\s+cure\b"
)
# A sentence about any company that fails to pay (a present tense in its relative clause).
_ANY_FAILING_COMPANY = cues.rx(
    r"\W*(?:a|an|any)\s+(?:company|issuer|borrower|firm|corporation|entity|debtor)\s+(?:that|which|who)\s+(?:\w+\s+)?"
    r"(?:fails|misses|defaults|does\s+not|cannot|can['\u2019]t|is\s+unable)\b"
)
# Borrowers in the plural as the ones failing: a lender's book, not the company's debt.
_BORROWERS_AT_LARGE = cues.rx(
    # ("The bank has been struggling with losses after many customers were unable to pay back any of their loans")
    r"\b(?:some|many|certain|several|most|other|these|those|such|our|its|their|\w+ing)\s+(?:[\w-]+\s+)?(?:borrowers|obligors|"
    r"mortgagors|homeowners|consumers|cardholders|customers|clients)\s+(?:\w+\s+)?$|"
    # owners and firms as a class, by a quantifier (not "its operating companies"): "Many hotel owners likely will not be able
    # to make their loan payments"
    r"\b(?:some|many|several|most)\s+(?:[\w-]+\s+)?(?:owners|companies|firms|businesses|operators|landlords)\s+(?:\w+\s+)?$"
)


def _adjust(masked: str, match: Match) -> float:
    """Phrase-specific corrections: who defaulted, generic subjects, future tense, weak verbs."""
    pre = cues.clause_before(masked, match.start)
    signal = match.phrase.signal
    if signal in ("phrase:in-default", "phrase:defaulted") and _other_party(pre):
        return -1.0
    if signal == "phrase:rating-default" and _SOVEREIGN.search(masked):
        return -1.0  # "S&P lowered Ukraine's sovereign rating to 'SD'": a state's debt
    if signal == "phrase:past-due" and _WHEN_CLAUSE.search(pre):
        return -1.0  # "They are identified when payments are overdue beyond a regulatory threshold": a definition
    if signal == "phrase:missed-payment" and _BORROWERS_AT_LARGE.search(pre):
        return -1.0  # "This economic environment has rendered some borrowers unable to repay their debt": a lender's view
    if (
        signal in ("phrase:missed-payment", "phrase:past-due")
        and ("cent" in masked or "%" in masked)
        and _A_STATISTIC.match(masked, match.end)
    ):
        return -1.0  # "Missed repayments on all types of loans were 25 per cent higher in the December quarter": a rate
    if signal == "phrase:in-default" and _NOT_YET_IN_DEFAULT.search(pre):
        return -1.0  # "had a grace period of five business days to make the interest payment before being in default"
    if signal == "phrase:defaulted" and masked.startswith("defaults", match.start) and _BEFORE_IT.search(pre):
        return -1.0  # "a 30-day grace period to make the payments before it defaults on the notes": not yet
    if signal == "phrase:notice-of-default" and _NOT_A_LENDERS_NOTICE.search(masked):
        return -1.0  # rent owed to landlords, work owed to a contractor: not borrowed money
    if signal == "phrase:missed-payment" and not pre.strip(" \t\n\"'(\u201c") and _WEAK_VERB.match(masked, match.start) and (
        _COPULA_AFTER.match(masked, match.end)
    ):
        return -1.0  # "Failure to make interest or principal payment is a known risk in investing": what a failure is
    if signal == "phrase:cure-default" and "cure" in masked and _THEIR_CURE.search(masked, 0, match.end):
        return -1.0  # "... give the debtor a "grace period" of ... 60 days to cure the default": the lender's side
    if signal == "phrase:in-default" and _ANY_FAILING_COMPANY.match(masked):
        return -1.0  # "A company that fails to meet its bond payment obligations may be downgraded ..., signaling to
        # investors that the company is in default": "the company" is the one the definition supposes
    if signal == "phrase:in-default" and "collect" in masked and _TO_BE_COLLECTED.search(masked):
        return -1.0  # "Although the note is in default ..., the Company believes that this amount will be collected": a lender's
    if signal == "phrase:missed-payment" and _WEAK_VERB.match(masked, match.start) and _WOULD_CONSTITUTE.search(masked, match.end):
        return -1.0  # "Our failure to comply with ... or to pay principal ... when due ... would constitute an event of default"
    if signal in _CAUSE_CHECKED and _THEIR_FAILURE.search(masked):
        return -1.0  # "The loan was in default as a result of the borrower failing to pay debt service": a lender's asset
    if signal in _THEIRS_CHECKED and _other_party(masked):
        return -1.0  # a customer's note past due, a notice the company sent a tenant
    if signal == "phrase:forbearance" and _BANK_FORBEARANCE.search(masked) and not _DEBT_PARTY.search(masked):
        return -1.0
    if signal in ("phrase:forbearance", "phrase:creditor-action") and _OWN_CREDIT.search(masked):
        return -1.0  # the company forbears or collects: it is the lender
    if signal == "phrase:acceleration" and not _creditor_acceleration(masked, match, pre):
        return -1.0
    if match.phrase is _DECIDED_NOT_TO_PAY and _DEFERRAL_RIGHT.search(masked):
        return -1.0  # "elected to suspend interest payments on its junior subordinated debentures, as permitted"
    if match.phrase is MISSED and masked.startswith(("delay", "postpon", "push", "defer"), match.start) and _DEFERRAL_RIGHT.search(masked):
        return -1.0  # "the right to delay interest payments on the junior subordinated debentures"
    if _OR_ELSE.search(pre):
        return -1.0
    if "such as" in pre and _KINDS_LISTED.search(pre):
        return -1.0  # "disclosures are required in certain matters such as delay / default in payment of interest": a kind named
    adjust = 0.0
    if signal == "phrase:event-of-default" and _GENERIC_SUBJECT.search(pre):
        adjust -= 0.35  # "a default under X constitutes a default under Y": how the contracts work
    if signal == "phrase:event-of-default" and "failure" in pre and _GENERIC_FAILURE.search(pre):
        adjust -= 0.4  # "failure to make a payment constitutes an Event of Default": a contract term
    if _FUTURE.search(pre):
        adjust -= 0.2
        if "expect" in pre and _EXPECTED_INABILITY.search(pre):
            adjust -= 0.3  # "does not expect to be able to make the installments, which will result in a default"
    if signal == "phrase:missed-payment" and _WEAK_VERB.match(masked, match.start):
        adjust -= 0.0 if _DUE_DATE.search(masked, match.start) else 0.25
        if _A_FAILURE.search(pre):
            adjust -= 0.5  # "limit the calling of a default to a failure to make interest payments": a kind of event
    if signal == "phrase:missed-payment" and _ANY_ISSUER.search(pre) and _PRESENT_FAILURE.match(masked, match.start):
        adjust -= 0.5  # "a payment default happens when an issuer fails to make an interest payment": a definition
    if signal == "phrase:missed-payment" and "upon" in pre and _UPON_DEFAULT.search(pre):
        adjust -= 0.5  # "Upon default (breach of covenant or failure to make payment of principal), bondholder may ..."
    if signal == "phrase:past-due" and _ANY.search(pre) and _TERMS_MODAL.search(masked):
        adjust -= 0.5  # "subject to additional interest during the period in which any principal ... is not paid when due"
    if signal == "phrase:payment-default" and _NAMING.search(masked):
        adjust -= 0.5  # "the first category is the payment default, sometimes called a hard default"
    return adjust


# Kinds of event listed: "in certain matters such as delay / default in payment of interest / principal".
_KINDS_LISTED = cues.rx(r"\bsuch\s+as\s+(?:[\w/-]+\s+){0,4}$")
# Interest deferred under the instrument's own terms (trust preferred, junior subordinated debentures) is no default.
_DEFERRAL_RIGHT = cues.rx(
    r"\bas\s+(?:permitted|allowed|provided)\b|\bright\s+to\s+defer\b|\bdeferral\s+(?:period|right|provisions?)\b|"
    r"\bwithout\s+(?:causing|constituting|triggering|resulting\s+in)\s+(?:a|an)\s+(?:event\s+of\s+)?default|"
    r"\bjunior\s+subordinated\b|\btrust\s+preferred\b"
)


# A step the contract prescribes once something happens: "Upon receipt of a notice ... from a Creditor of the
# occurrence of a Default ..., the Collateral Agent shall promptly issue its Notice of Default".
_CONTRACT_PROCEDURE = cues.rx(
    r"^\W*upon\s+(?:the\s+)?(?:receipt|occurrence|delivery|giving)\s+of\b[^;]{0,400}?,\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:shall|will|may|must)\s"
)
# Advice to a class of borrowers or lenders, not one company's act: "It is crucial for borrowers to seek legal
# advice ... upon receiving a default notice", "Borrowers should notify their lenders".
_ADVICE_TO_CLASS = cues.rx(
    r"\bit\s+is\s+(?:\w+\s+)?(?:crucial|important|essential|critical|advisable|wise|prudent|vital|key|imperative)\s+for\s+"
    r"(?:all\s+|most\s+|many\s+)?(?:borrowers|lenders|companies|businesses|debtors|issuers)\b|"
    r"^\W*(?:(?:most|many|all|secured|commercial|corporate)\s+)?(?:borrowers|lenders)\s+(?:should|must|can|may|need\s+to|often|"
    r"typically|generally|usually)\b"
)


# Whoever it may be, in the generic present: "when an issuer fails to make an interest payment on the due date",
# "this condition occurs when the issuer fails to remit the scheduled principal or interest payment".
# ("i.e., when the Issuer (or Borrower) fails to pay Principal, Interest, or Redemption price on a Bond Issue when due")
_ANY_ISSUER = cues.rx(r"\b(?:when|if|whenever|once|where)\s+(?:an?|any|the|such)\s+(?:[\w-]+\s+){0,2}?(?:\([^()]{1,30}\)\s+)?$")
_PRESENT_FAILURE = cues.rx(r"(?:fails|misses|does\s+not|doesn't|doesn\u2019t|cannot|is\s+unable)\b")
# The next sentence asks an adviser what to do: the statement before it sets up a reader's question.
_READER_QUESTION = re.compile(
    r"\s{0,3}(?:will|can|could|should|what|how|do|does|must)\s+(?:we|i|our\s+lender|the\s+lender)\b[^?.!]{0,200}\?",
    re.IGNORECASE,  # reads the document text itself
)
# A remedy's condition, not an event: "Upon default (breach of covenant or failure to make payment of principal or
# interest), bondholder may institute a lawsuit".
_UPON_DEFAULT = cues.rx(r"\bupon\s+(?:an?\s+|the\s+|any\s+)?(?:occurrence\s+of\s+(?:an?\s+|any\s+)?)?(?:events?\s+of\s+)?default\b")
# The contract's terms for what follows a payment not made: "Loans ... will be subject to an additional 2.00% of
# interest per annum during the period in which any principal ... is not paid when due".
_TERMS_MODAL = cues.rx(r"\b(?:will|shall|would)\s+(?:be\s+)?(?:subject|bear|accrue|entitle|permit|constitute)")
# A kind of default named or classified, not one that happened.
_NAMING = cues.rx(
    r"\b(?:(?:sometimes|also|often|commonly)\s+)?(?:called|known\s+as|referred\s+to\s+as|termed)\b|"
    r"\b(?:categor(?:y|ies)|types?|kinds?)\s+(?:of\s+default\s+)?(?:is|are)\b"
)


# These three read the document text itself (original case).
_ENUMERATOR = re.compile(r"\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[).]\s", re.IGNORECASE)
_ITEM_START = re.compile(
    r"[\u2022\u25cf\u25aa\u25e6\u00b7]|[;:]\s*\n|\n\s*\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s"
)
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")


_DEBT_WORD = cues.rx(
    # ("United States Steel Corp. 2.75% convertibles are being accelerated")
    r"\b(?:debt|loans?|notes|debentures?|indentures?|bonds|convertibles|indebtedness|borrowings|credit\s+(?:agreement|facility)|"
    # ("demanding full repayment of a $5.25 million promissory note")
    r"(?:promissory|convertible|secured|senior)\s+note|"
    r"obligations|lenders?|noteholders|holders|trustee|agent|principal|"
    # ("Canadian Western Bank served notice ... demanding repayment in full of the C$15.9 million ... owed by the company", "a
    # notice of intention to enforce security issued by Pivot Financial, the firm's senior secured creditor")
    r"bank|secured\s+creditors?|owed)\b"
)
# Agreements under which nothing was borrowed (a securities or note purchase agreement may be the loan itself), or
# what was left unpaid under one: "failure to pay Digitas past due balances for the services Digitas provided".
_NON_DEBT_AGREEMENT = cues.rx(
    r"\b(?:settlement|services?|licen[cs]e|licensing|supply|consulting|employment|marketing|distribution|franchise|"
    r"joint\s+venture|collaboration)\s+agreements?\b|"
    r"\b(?:for|of)\s+(?:the\s+)?(?:services|goods)\s+(?:[\w-]+\s+){0,3}?(?:provided|rendered|supplied|delivered)\b"
)
_OWN_SUBJECT = cues.words("we our company company's registrant registrant's management board it")


# Another party's failure given as the cause: "as a result of the borrower failing to pay debt service" (the filer's own
# capitalised "Borrower" is read as "filer" before this).
_THEIR_FAILURE = cues.rx(
    r"\b(?:borrowers?|tenants?|obligors?|lessees?|franchisees?|customers?|counterpart(?:y|ies)|mortgagors?|operators?)"
    r"(?:'s|\u2019s)?\s+(?:failing|failure|failed|inability)\s+to\s+(?:pay|make|meet|repay)\b|"
    # ... the failure named first: "in maturity default due to the failure of the borrower to repay the outstanding principal"
    r"\b(?:failure|inability)\s+of\s+(?:the|a|its|such)\s+(?:borrowers?|tenants?|obligors?|lessees?|mortgagors?|guarantors?)\s+to\s+"
    r"(?:pay|make|meet|repay)\b"
)
_CAUSE_CHECKED = frozenset(("phrase:in-default", "phrase:event-of-default", "phrase:defaulted"))
_THEIRS_CHECKED = frozenset(("phrase:past-due", "phrase:creditor-action", "phrase:notice-of-default"))
_RECEIVABLE_CHECKED = frozenset(("phrase:missed-payment", "phrase:in-default", "phrase:defaulted", "phrase:forbearance"))
# The company as lender: "NOTE 8 – NOTE RECEIVABLE ... Tilloo failed to make the initial installment payment due
# under the Tilloo Note", "The Company issued a notice of default under the Note to Tilloo".
_RECEIVABLE = cues.rx(r"\b(?:notes?|loans?|mortgages?)\s+receivables?\b")
# A bank's restructured loans that defaulted (its borrowers'): "a summary of troubled debt restructurings ... that were
# in default", "TDRs that subsequently defaulted".
_BANK_TDRS = cues.rx(r"\b(?:troubled\s+debt\s+restructur(?:ings|es)|tdrs)\b[^.;]{0,160}?\b(?:in\s+default|defaulted|payment\s+default)")
_OWN_NOTICE = cues.rx(
    r"\b(?:the\s+company|we)\s+(?:\w+\s+){0,2}?(?:issued|sent|delivered|served|gave|mailed)\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:written\s+)?notices?\s+of\s+(?:default|acceleration)\b|"
    # the notice's addressee named: "Voyager Digital Ltd. has issued a notice of default to ailing hedge fund Three Arrows"
    r"\b(?:issued|sent|delivered|served)\s+(?:a\s+|an\s+)?(?:written\s+)?notices?\s+of\s+(?:default|acceleration)\s+to\b"
)


# The company as the holder of the loan that is in default: "the senior mortgage loan held by the Company".
_HELD_BY_COMPANY = cues.rx(
    r"\b(?:loans?|notes?|mortgages?|investments?|debt\s+securities|bonds)\s+(?:[\w-]+\s+){0,2}?held\s+by\s+"
    r"(?:the\s+company|us|the\s+partnership|the\s+trust|the\s+fund|the\s+bank)\b"
)


def _held_before(text: str, start: int) -> bool:
    """The sentences just before name a loan the company holds (it is the lender of the story)."""
    before = cues.lower(text[max(0, start - 600) : start])
    return "held by" in before and _HELD_BY_COMPANY.search(before) is not None


def _receivable_context(text: str, start: int, masked: str) -> bool:
    """The sentence sends a notice of default as the lender, or sits in a note about a receivable the company
    holds (and names no payable of its own)."""
    if "notice" in masked and _OWN_NOTICE.search(masked):
        return True
    if "payable" in masked or "our " in masked:
        return False
    before = cues.lower(text[max(0, start - 1500) : start])
    if "receivable" not in before or _RECEIVABLE.search(before) is None:
        return False
    # a payable of its own nearby makes it the company's debt ("notes payable"), not the terms of the receivable
    # ("The Secured Note bore interest at 10% per annum, payable quarterly")
    return "payable" not in before or _OWN_PAYABLE.search(before) is None


_OWN_PAYABLE = cues.rx(
    r"\b(?:notes?|loans?|debentures?|bonds?|mortgages?|accounts?|debt|amounts?|interest)\s+payable\b|\bpayables?\b(?!\s+(?:quarterly|"
    r"monthly|annually|semi-?annually|in\s+(?:full|arrears|advance|installments)))"
)


# The company as the creditor: "the Company agreed ... to forbear from exercising its rights under the Note
# issued by Buyer to the Company", "a Forbearance Agreement with the Loan Parties", "the Company filed suit".
_OWN_FORBEARANCE = (
    ("to forb", cues.rx(r"\b(?:the\s+company|we)\s+(?:\w+\s+){0,3}?agree\w*\b[^.;]{0,40}?\bto\s+forb(?:ear|ore)\b")),
    (
        "forbearance agreement with",
        cues.rx(
            r"forbearance\s+agreement\s+with\s+(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:loan\s+parties|buyers?|"
            r"purchasers?|tenants?|franchisees?|customers?|lessees?|obligors?)\b"
        ),
    ),
    ("to the company", cues.rx(r"\bissued\s+by\s+(?:[\w&.-]+\s+){1,4}?to\s+the\s+company\b")),
    # "the borrower of one of the non-performing promissory notes entered into a forbearance agreement with the Company"
    (
        "forbearance agreement with",
        cues.rx(
            r"\b(?:borrowers?|obligors?|tenants?|lessees?|franchisees?|customers?|debtors?|mortgagors?)\b[^.;]{0,80}?"
            r"\bforbearance\s+agreements?\s+with\s+(?:the\s+company|us)\b"
        ),
    ),
)
_OWN_CREDIT = cues.rx(
    "|".join(rx.pattern for _, rx in _OWN_FORBEARANCE)
    + r"|\b(?:the\s+company|we)\s+(?:\w+\s+){0,2}?(?:filed|commenced|brought|obtained|was\s+awarded)\b"
)
_BARE_BREACH = 0.55
_WAIVER_OBTAINED = cues.rx(
    r"\bwaive[drs]?\b|\bwaivers?\b|\bamend(?:ed|ment)\b[^.;]{0,80}?\bcovenants?\b|"
    # "Under terms of the amended note agreement, the Company is required to have tangible net worth of ..."
    r"\bamended\s+(?:note|loan|credit|financing|term\s+loan)\s+(?:agreement|facility)\b"
)
# The sentence before amends the agreement the breach is under: "In December 2011 the Company amended its note
# payable to Wells Fargo Bank. At the time the Company was not in compliance with certain loan covenants."
_AMENDED_BEFORE = cues.rx(
    r"\b(?:amended|waived)\s+(?:its|the|our)\s+(?:[\w-]+\s+){0,3}?(?:note|notes|loan|loans|credit\s+(?:agreement|facility)|"
    r"loan\s+agreement|facility)\b"
)


def _waived_after(text: str, start: int, end: int) -> bool:
    """The next sentences say the lenders waived the breach or amended the covenant (not "has not waived"), or
    the sentence before says the agreement was amended as of the breach."""
    if _stated(_WAIVER_OBTAINED, cues.lower(text[end : end + 400])):
        return True
    before = cues.lower(text[max(0, start - 300) : start])
    return ("amended" in before or "waived" in before) and _stated(_AMENDED_BEFORE, before)


def _stated(rx: re.Pattern[str], low: str) -> bool:
    """`rx` occurs in `low` at least once without a negation before it ("has not waived"), nor a condition or a modal (
    "If we are unable to obtain a waiver from our lenders", "the lenders ... may waive the defaults")."""
    return any(
        not cues.negated(low, m.start()) and not cues.hedged(low, m.start(), m.end()) for m in rx.finditer(low)
    )


# Forbearance as a subject, not one granted: a heading alone ("Forbearance Agreement"), a template
# ("This forbearance agreement form is executed between a borrower and its lender"), "any forbearance agreement".
# (also an article's title line: "Restructuring Options: The Forbearance Agreement\nby ...")
_FORBEARANCE_HEADING = cues.rx(
    r"^\W*(?:[\w-]+\s+){0,2}?forbearance(?:\s+agreements?)?\W*$|^[^\n.]{0,40}:\s+(?:the\s+|a\s+)?forbearance(?:\s+agreements?)?[ \t]*\n|"
    # a title naming the topic: "Forbearance Agreements: Keep Calm and Carry On"
    r"^\W*forbearance\s+agreements\s*:"
)
_FORBEARANCE_TOPIC = cues.rx(
    r"\b(?:any|typical|typically)\s+forbearance\b|\bforbearance\s+agreements?\s+(?:forms?|templates?|samples?)\b|"
    # the agreements as a topic: "we wanted to discuss Forbearance Agreements"
    r"\b(?:discuss|explain|review|describe|examine|cover|look\s+at)(?:es|ed|ing|s)?\s+(?:the\s+)?forbearance\s+agreements\b|"
    # what a forbearance agreement is: "A forbearance agreement is between a borrower and a lender when ..."
    # ("A forbearance agreement, also known as a \u201cstandstill agreement\u201d or an \u201cagreement regarding loans,\u201d is a contract")
    r"^\W*(?:an?\s+|entering\s+into\s+an?\s+)forbearance\s+(?:agreement|period)(?:\s*,[^;]{0,80}?,[\u201d\"]?)?\s+(?:is|means|refers|allows|gives|"
    r"can|may|will|would|typically|generally|usually)\b|"
    # forbearance agreements as a kind of arrangement: "forbearance agreements give lenders an alternative to ...",
    # "alternatives when dealing with a defaulting borrower, including forbearance agreements, loan modifications"
    r"(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bthese\s)(?<!\bsuch\s)\bforbearance\s+agreements\s+(?:give|are|allow|"
    r"provide|offer|can|may|sit|typically|usually|generally|often|tend|work|let)\b|"
    r"\b(?:including|such\s+as|like|alternatives?|options?|tools?)\s+(?:[\w-]+\s+){0,2}?forbearance\s+agreements\b|"
    # the habitual present of what parties do: "In such instances, a lender and borrower usually negotiate and execute a
    # forbearance agreement"
    r"\b(?:usually|typically|generally|often|commonly|normally)\s+(?:\w+\s+){0,3}?(?:negotiate|execute|enter\s+into|agree\s+"
    r"(?:to|on)|sign|use)\b[^.;]{0,30}?\ban?\s+forbearance\b|"
    # what a party to one customarily does: "As a condition to entering into the forbearance agreement, the lender will
    # customarily require the inclusion of various provisions designed to protect its interests"
    r"\b(?:will|would|should|may|can)\s+(?:customarily|typically|usually|generally|often|normally|commonly)\s+(?:require|"
    r"include|provide|ask|insist|seek|demand|expect|want)\b|"
    # a class of parties in the habitual present: "Parties consider forbearance agreements for a variety of reasons"
    r"^\W*(?:(?:the\s+)?parties|lenders|borrowers|companies|businesses|creditors|debtors)\s+(?:\w+\s+)?(?:consider|use|"
    r"enter\s+into|negotiate|seek|pursue|prefer|turn\s+to|look\s+to)\s+(?:an?\s+)?forbearance\b"
)


# A class of creditors as the subject, counted loosely: what lenders are doing in general, no company's debt.
_CREDITORS_IN_GENERAL = cues.rx(
    r"\W*(?:more|many|some|most|other|few|fewer|numerous)\s+(?:[\w-]+\s+)?(?:bondholders|noteholders|lenders|creditors|banks|"
    r"investors)\s+(?:are|have|were|had)\b"
)


# A reader asking: "... and I am wondering how this will impact us" (a filing says "we", and does not wonder).
_WONDERING = cues.rx(r"\bi\s+(?:am|was|'m|\u2019m)\s+wondering\b|\bi\s+wonder\b")


def _forbearance_topic(masked: str) -> bool:
    if _FORBEARANCE_HEADING.match(masked) or _FORBEARANCE_TOPIC.search(masked):
        return True
    # told from a lender's side, with no company of its own in view: "entering into a forbearance agreement with the borrower
    # and its guarantors may offer the lender an attractive option", "there are situations where negotiating a forbearance
    # agreement is more practical"
    return ("lender" in masked or "situations" in masked) and bool(_LENDER_SIDE.search(masked)) and not _COMPANY_SELF.search(masked)


_LENDER_SIDE = cues.rx(
    r"\bwith\s+(?:the|a)\s+borrower\b|\bthe\s+lender\s+(?:agrees|will|may|can|must|should|has)\b|\blender['\u2019]s\s+perspective\b|"
    r"\bsituations\s+(?:where|when|in\s+which)\b"
)
_COMPANY_SELF = cues.rx(r"\b(?:the\s+company|we|our|us|the\s+registrant|the\s+partnership)\b")


def _own_forbearance_before(text: str, start: int, end: int) -> bool:
    """An earlier sentence of the same story has the company forbearing as the lender."""
    window = _filer_terms(text[max(0, start - 1500) : end])
    return any(need in window and rx.search(window) for need, rx in _OWN_FORBEARANCE)


# A capitalised "Borrower" in an agreement or a note about it is the filer, not a bank's customer.
def _filer_terms(sentence: str) -> str:
    """The lower-cased sentence with the filer's defined term "Borrower(s)" read as "filer" (same length);
    a plural at the start of a sentence ("Borrowers who ...") is the generic word and is left alone."""
    low = cues.lower(sentence)
    if "orrower" not in sentence and "ORROWER" not in sentence or len(low) != len(sentence):
        return low
    out = low
    for term in ("Borrower", "BORROWER"):
        i = sentence.find(term)
        while i != -1:
            j = i + len(term)
            plural = sentence.startswith(("s", "S"), j)
            if plural:
                j += 1
            word = (i == 0 or not sentence[i - 1].isalpha()) and (j == len(sentence) or not sentence[j].isalpha())
            # (the plural defined in quotes as well: 'collectively as the "Borrowers"')
            if word and not (plural and not sentence[:i].rstrip("\"\u201c'").endswith(("the ", "The ", "THE "))):
                out = out[:i] + "filer".ljust(j - i) + out[j:]
            i = sentence.find(term, j)
    return out


def _creditor_acceleration(masked: str, match: Match, pre: str) -> bool:
    """Acceleration by lenders or by operation of the contract, not a company choosing to repay early
    ("we accelerated the repayment of our term loan") or accelerating something else (an earn-out)."""
    if not _DEBT_WORD.search(masked):
        return False
    starts_active = masked.startswith("accelerated", match.start)
    if starts_active and _PAYDOWN.match(masked, match.start) and _NOUN_BEFORE.search(pre):
        return False  # "driven by a $100.0 million accelerated debt repayment completed in January": the company's choice
    return not (starts_active and any(w in _OWN_SUBJECT for w in cues.last_words(pre, 4)))


# "accelerated" as the adjective of a paydown the company made, after an article, a possessive or an amount.
_PAYDOWN = cues.rx(r"accelerated\s+(?:debt\s+|loan\s+)?(?:re)?(?:payments?|prepayments?|repurchases?|redemptions?|pay-?downs?)\b")
_NOUN_BEFORE = cues.rx(r"(?:\b(?:a|an|its|our|this|that)|million|billion|\d)\s+$")


_MODAL_INTRO = cues.rx(r"\b(?:could|may|might|would|can)\b[^.;:]*:\s*$")
# ... or whose lead-in names the circumstances in which something may be done: "A limited company may be wound up by the court
# in the circumstances set out in the Companies (Winding Up and Miscellaneous Provisions) Ordinance (Cap. 32).  The more
# common ones are :" (the items are grounds: "(a) the company is unable to pay a debt of $10,000 or above;").
_MAY_IN_CIRCUMSTANCES = cues.rx(
    r"\b(?:could|may|might|can)\b[^:;]{0,200}?\b(?:circumstances|grounds|conditions|situations)\b[^:;]{0,200}:\s*$"
)
_WHEN_ANY = cues.rx(r"\bwhen(?:ever)?\s+(?:a|an|any)\b[^,;]{0,100}?\b(?:is|are|becomes?|goes)\s+(?:in(?:to)?\s+)?default\b")


def _hypothetical_list_item(text: str, start: int, reach: int = 2500) -> bool:
    """An item of a list whose lead-in says what could happen: "Our debt obligations could adversely impact us as
    follows:" (the items run on from the colon, with no full stop between)."""
    lo = max(0, start - reach)
    colon = text.rfind(":", lo, start)
    if colon == -1 or _SENTENCE_END.search(text, colon, start) or not _ITEM_START.search(text, colon, start + 1):
        return False
    line = max(text.rfind("\n", lo, colon), text.rfind(". ", lo, colon)) + 1
    if _MODAL_INTRO.search(cues.lower(text[line : colon + 1])):
        return True
    return _MAY_IN_CIRCUMSTANCES.search(cues.lower(text[max(lo, colon - 400) : colon + 1])) is not None


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
    if not _list_intro_before(text, start, 6000):
        return 0.0  # checked first: the list-item test is the dearer one
    if _list_item(text, start):
        return 0.6
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


_EXISTING = cues.rx(r"\b(?:existing|acknowledged|continuing)\s+$")


def _contract_terms(masked: str) -> bool:
    """The sentence describes the contract's default terms ("events of default include ..."), unless the
    events of default it names are existing ones ("the Acknowledged Events of Default set forth on ...")."""
    for m in _LIST.finditer(masked):
        if masked.startswith("event", m.start()) and _EXISTING.search(masked, max(0, m.start() - 14), m.start()):
            continue
        if "defaults described" in m.group() and _NAMED_DEFAULTS.search(m.group()):
            continue  # "any Event of Default (other than the Specified Defaults described above)": existing ones
        if _HAPPENED.search(m.group()):
            continue  # "events of default existed, including our failure to make ... interest payments": a fact
        if _IDENTIFIED.search(masked, max(0, m.start() - 12), m.start()):
            continue  # "our senior lender identified certain events of default under our ... Credit Agreement"
        if _CAUSED_BY.search(masked, max(0, m.start() - 24), m.start()):
            continue  # "reclassified its long-term debt as a current liability ... due to the events of default described
            # herein": defaults that caused something have happened
        return True
    return False


# ... or alleged by a creditor: "The Default Letter ... contains allegations that there have been three events of default"
_HAPPENED = cues.rx(r"\b(?:existed|occurred|arisen|were\s+continuing|there\s+(?:have|has|had)\s+been|allegations?)\b")
_IDENTIFIED = cues.rx(r"\bidentified\s+$")
_CAUSED_BY = cues.rx(r"\b(?:due\s+to|as\s+a\s+result\s+of|because\s+of)\s+the\s+$")
# Defaults a forbearance or waiver names as having happened: "the Specified Defaults", "the Existing Defaults".
_NAMED_DEFAULTS = cues.rx(r"\b(?:the|such)\s+(?:specified|existing|acknowledged|designated|identified)\s+defaults\s+described\b")


def _other_party(pre: str) -> bool:
    return any(w in _OTHER_PARTY for w in cues.last_words(pre, 8))


# "The Indenture provides that the Trustee will give notice ... after the occurrence of an Event of Default":
# what the contract says, not what happened.
_TERMS_FRAME = cues.rx(
    r"\b(?:indenture|agreement|facility|debentures|notes|note)\s+(?:\w+\s+){0,2}?(?:provides?|states?|specif(?:y|ies)|"
    r"requires?|permits?|contains?|defines?)\s+that\b"
)


# How a contract states the remedy: "... forthwith due and payable, without presentment, demand, protest or
# further notice of any kind (including any notice of acceleration), all of which are hereby expressly waived".
_REMEDY_TERMS = cues.rx(
    r"\bwithout\s+(?:presentment|demand|protest|further\s+notice|notice\s+of\s+any\s+kind)\b|"
    r"\b(?:are|is)\s+hereby\s+(?:expressly\s+)?(?:and\s+unconditionally\s+)?waived\b"
)


def _penalties(masked: str, match: Match | None) -> float:
    penalty = 0.0
    if ("without" in masked or "hereby" in masked) and _REMEDY_TERMS.search(masked):
        penalty += 0.5
    strong = match is not None and match.phrase.weight >= 0.85
    if _contract_terms(masked):
        penalty += 0.3 if strong else 0.5
    if "waive" in masked and _WAIVER.search(masked):
        penalty += 0.5 if _PREVENTED.search(masked) else 0.15
    if cues.boilerplate(masked):
        penalty += 0.4
    return penalty


DETECTOR = DefaultDetector()
