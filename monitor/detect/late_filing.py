"""Late filing: the company will not file, or did not file, a periodic report on time: a Form 12b-25
(NT 10-K, NT 10-Q, NT 20-F) cover or Part III narrative, a release or news item about a delayed 10-K, a
note saying a 10-Q "would be delayed", an exchange notice under a late-filing rule (Nasdaq 5250(c)(1),
NYSE American 1007).

Not a late filing: the cover check box "has filed all reports ... Yes", filing-deadline rules (Form 10-K
General Instructions, Rule 12b-25 itself) and explanations of what an NT filing is, what happens if a
report is late ("delisting can follow a late filing"), and other companies' delays ("71 companies
announced delays").
"""

from __future__ import annotations

import re
from dataclasses import replace

from monitor.detect import cues
from monitor.detect.base import Candidate, Match, clamp, gated, phrase
from monitor.domain import Amount, Severity
from monitor.text import sentence_at

KIND = "late_filing"
_GAP = cues.IN_SENTENCE  # "U.S. Bankruptcy Court": full stops of abbreviations
_PERIODIC = (
    # ("form 10K", "its 10K": news drops the hyphen; a bare "10K" is ten thousand)
    r"(?:form\s*)?(?:10-k|10-q|20-f|40-f|11-k|n-csr|10-ksb|10-qsb)\b|form\s*10[kq]\b|(?<=\bits |\bour |\bthe )10[kq]\b|"
    r"(?:annual|quarterly|periodic|semi-annual|transition)\s+(?:report|financial\s+report|filing)s?"
)
_REPORT = (
    _PERIODIC + r"|(?:its|our|the)\s+(?:[\w-]+\s+){0,2}?(?:report|reports|filings|financial\s+statements?)\b|"
    # ("it is delaying filing its second quarter filing")
    r"(?:its|our|the)\s+(?:[\w-]+\s+){0,2}?(?:quarter(?:ly)?|annual|year-end)\s+filing\b|"
    # a period's results are its periodic report: "would not submit its fiscal first-quarter results in a timely manner"
    # ("Satyam Computer did not file its financial results for 2008-09 and 2009-10")
    r"(?:its|our|the)\s+(?:[\w-]+\s+){0,2}?(?:[\w-]*quarter(?:ly)?|annual|year-end|full[- ]year|financial)\s+(?:(?:19|20)\d\d\s+)?results\b|"
    r"delinquent\s+reports"
)
_ON_TIME = (
    # "in a timely fashion"; "by the December 10, 2004 due date" (a date with its comma); "prior to November 14, 2023"
    # ("will not file its Quarterly Report ... within the filing deadline established by the Securities and Exchange Commission")
    r"(?:timely|on\s+time|on\s+(?:its\s+|the\s+)?due\s+date|in\s+a\s+timely\s+(?:manner|fashion)|within\s+the\s+(?:prescribed|required|applicable)|"
    r"within\s+the\s+(?:sec['\u2019]s\s+)?(?:filing\s+|statutory\s+)?deadline|"
    # ("it was unable to disclose its 2021 financial results within the specified time")
    r"within\s+the\s+(?:specified|stipulated|prescribed|statutory|required)\s+(?:time|period|deadline)|"
    r"(?:by|before)\s+(?:the\s+|its\s+|our\s+)?(?:[\w.,-]+\s+){0,4}?(?:due\s+)?(?:date|deadline)\b|without\s+unreasonable\s+effort|"
    # ("by 31 December 2016")
    r"(?:by|prior\s+to)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + cues._MONTH + r"|before\s+the\s+(?:filing\s+)?deadline|within\s+the\s+time|when\s+due|as\s+required|regulatory\s+deadline|"
    # news wording: "will not file its form 10K by Tuesday as planned"
    # ("ADAC did not file its annual report on Form 10-K on Monday and has applied for an extension")
    r"(?:by|on)\s+" + cues._WEEKDAY + r"\b|as\s+(?:originally\s+)?(?:planned|scheduled)|"
    # South African English, and a listing rule's period: "failed to submit its provisional report timeously", "within the
    # four-month period stipulated in the listings requirements"
    r"timeously|within\s+the\s+[\w-]+\s+period\s+(?:stipulated|required|prescribed|allowed|specified|set|provided)|"
    # the period counted in days, and a deadline at a period's end: "will not publish its accounts for the year ended April
    # 30 within the 120 days required", "would not be able to publish its results by the end of the year"
    r"within\s+the\s+(?:[\w-]+\s+){1,2}?(?:days|weeks|months)\s+(?:stipulated|required|prescribed|allowed)|"
    # the period counted from the year's end: "has not published its audited annual report for 2022 within 6 months from the
    # end of the reporting period", "to release its audited financial statements ... within three months from its financial
    # year ending 30th June 2014"
    r"within\s+(?:\d+|one|two|three|four|five|six|nine|twelve)\s+(?:\(\d+\)\s+)?(?:calendar\s+)?(?:days|weeks|months)\s+"
    r"(?:from|of|after)\s+(?:the\s+|its\s+)?(?:end|close|(?:financial|fiscal)\s+year)|"
    r"by\s+the\s+end\s+of\s+the\s+(?:year|month|quarter|(?:required|prescribed)\s+period))"
)
# "will not", "wouldn't", "cannot": a negated auxiliary in front of "file" / "be able to file".
_NOT = (
    r"(?:will|would|could|can|did|does|do|has|have|had|is|are|was|were)\s+not|(?:would|could|did|does|do|has|have|had|is|was|were)"
    r"n['\u2019]t|won['\u2019]t|can['\u2019]t|cannot"
)
# "unable", "will not be able", "has not been able", "will not be in a position": the company cannot.
_NOT_ABLE = r"(?:unable|(?:" + _NOT + r")\s+(?:be\s+|been\s+)?(?:able|in\s+a\s+position))"
# Current in its reports: "current in its periodic reporting obligations", "current in filing all of its required SEC
# periodic reports".
_CURRENT_IN_REPORTS = (
    r"current\s+(?:in|with|on)\s+(?:filing\s+(?:all\s+)?(?:of\s+)?)?(?:its|our|the\s+company['\u2019]s)\s+(?:(?:required|sec|"
    r"periodic|public|exchange\s+act)\s+)*(?:reporting|filing|filings|reports)\b"
)
# What a late report is made of: the report itself, its financial statements, the audit or review of them.
_REPORT_WORK = (
    r"(?:" + _REPORT + r"|(?:its|our|the)\s+(?:[\w-]+\s+){0,3}?(?:audit|review|accounting|financial\s+statements|"
    r"financial\s+information|filings?)\b)"
)
# An aside between "unable" and "to file": "is unable, without unreasonable effort or expense, to file".
_ASIDE = r"(?:\s*,[^,;]{1,60},)?"
# Verbs that put a filing off: "will delay filing", "postponed the filing of its annual report".
# "determined to defer filing the Company's Quarterly Report on Form 10-Q"
_PUT_OFF = r"(?:delay|postpon|deferr?)"
# What a listed company publishes as its periodic report: "the 2020 Audited Annual Results", "its interim results".
# ("there will be a delay in the publication of its annual accounts for the year ended March 31")
_PUBLISHED = _PERIODIC + r"|(?:annual|interim|half[- ]year(?:ly)?|quarterly|final)\s+results|(?:annual|interim|audited)\s+accounts"
# Financial statements of a period, filed on their own (a Canadian issuer's annual filings): "audited annual consolidated
# financial statements", "its annual information form".
_STATEMENTS = (
    # ("Updates Delay in Filing of Third Quarter Financial Statements")
    r"(?:audited\s+)?(?:annual|interim|quarterly|year-end|(?:first|second|third|fourth)[\s-]quarter)\s+"
    r"(?:(?:audited|consolidated|condensed|unaudited)\s+){0,2}financial\s+statements?|annual\s+information\s+form|"
    # ("a delay in filing its required year-end 2024 financial documents")
    r"(?:(?:required|annual|interim|year-end|audited|(?:19|20)\d\d)\s+){1,3}financial\s+(?:documents|filings)"
)
# How late a report was filed: "more than 45 days late", "three weeks late".
_HOW_LATE = (
    r"(?:(?:more\s+than|over|about|approximately|nearly|almost|some)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|a\s+few|several)\s+(?:business\s+|calendar\s+)?(?:days?|weeks?|months?)\s+late\b"
)
# Trading suspended because the accounts were not filed: "suspended trading in the shares of five listed firms for their
# failure to submit required financial statements on time", "after failing to file their financial results within the time
# allowed under listing rules", "due to being late in submitting the financial statement"
_SUSPENDED_FOR_MISSING_ACCOUNTS = (
    # ("the eight firms' shares have been blocked from trading ... due to their failure to file their audited financial
    # statements")
    # ("Trading in Acme's shares was halted on 1 April because the company failed to publish its annual results")
    r"\b(?<!voluntary\s)(?:suspen(?:ded|sion|ds?)|(?:blocked|barred)\s+from\s+trading|halted(?:(?<=trading\shalted)|"
    r"(?<=been\shalted)|(?<=was\shalted)|(?<=were\shalted)))\b" + _GAP + r"{0,200}?\b(?:(?:for|over|after|following|due\s+to|because\s+of|"
    # ("the suspension of the listing status of Produce Buying Company Limited (PBC) following a failure to submit financial
    # results since the end of its financial year")
    # ("following the company's failure to publish its half-year results in time")
    r"owing\s+to)\s+(?:the\s+|its\s+|their\s+|an?\s+|the\s+company['\u2019]s\s+|the\s+companies['\u2019]\s+)?(?:(?:failure|failing|"
    r"having\s+failed)\s+to\s+[\"\u201c]?(?:timely\s+)?(?:file|submit|publish|release|lodge|furnish|announce|disclose)|being\s+late\s+in\s+(?:filing|submitting|publishing|releasing))|(?:after|because|as|since)\s+"
    r"(?:the\s+(?:company|firm|issuer)|it|they)\s+(?:had\s+|has\s+|have\s+)?failed\s+to\s+(?:timely\s+)?(?:file|submit|publish|"
    r"release|lodge|furnish))\s+"
    r"(?:(?:its|their|the|required|audited|annual|interim|and)\s+){0,5}(?:[\w-]+\s+){0,2}?(?:accounts|financial\s+"
    r"(?:statements?|results|reports?)|(?:annual|interim|half[- ]year(?:ly)?|quarterly|final|full[- ]year)\s+(?:results|"
    r"reports?))\b"
)
PHRASES = (
    # The Form 12b-25 itself: its cover box and its Part II / Part III wording exist only in the form.
    phrase(
        r"\bdescribed\s+in\s+reasonable\s+detail\s+in\s+part\s+iii\s+of\s+this\s+form\b|\bstate\s+below\s+in\s+reasonable\s+"
        r"detail\s+the\s+reasons?\s+why\b|\bnotification\s+of\s+late\s+filing\b" + _GAP + r"{0,200}?\b(?:check\s+one|for\s+"
        r"(?:the\s+)?period\s+ended)\b|"
        # a filing index's title of the form: "Notification that Annual Report will be submitted late (NT 10-K)"
        r"\bnotification\s+that\s+(?:annual|quarterly)\s+report\s+will\s+be\s+submitted\s+late\b",
        0.85,
        "form:12b-25-text",
        needs=("part iii", "reasonable detail", "late filing", "submitted late"),
        negatable=False,
        hedgeable=False,
    ),
    # An exchange's action for the accounts not filed (ahead of the phrases about the failure itself, whose guards are
    # for a failure told in general: however many issuers an exchange suspends, it names them)
    phrase(
        _SUSPENDED_FOR_MISSING_ACCOUNTS,
        0.8,
        "phrase:suspended-for-missing-accounts",
        needs=("failure to", "failing to", "failed to", "late in"),
    ),
    # "is unable to file its Form 10-Q ... in a timely manner", "failing to timely file its Form 10-K"
    phrase(
        r"\b(?:unable" + _ASIDE + r"|(?:" + _NOT + r")\s+(?:be\s+|been\s+)?able" + _ASIDE + r"|" + _NOT + r"|failed|failing|fail(?:s|ure)?|"
        # the doubt put on the expectation: "currently does not anticipate that it will be able to file timely its
        # Quarterly Report on Form 10-Q"
        r"(?:does|do|did)\s+not\s+(?:currently\s+)?(?:anticipate|expect|believe)\s+(?:that\s+)?(?:it|we|the\s+company)\s+will\s+be\s+"
        r"able|(?:does|do|did)\s+not\s+(?:currently\s+)?(?:anticipate|expect)|(?:its|our|the\s+company['\u2019]s|"
        r"the\s+registrant['\u2019]s)\s+inability)\s+(?:to\s+)?(?:timely\s+)?(?:file|complete\s+and\s+file|submit|be\s+filed|"
        r"been\s+filed)\b" + _GAP + r"{0,240}?(?:" + _ON_TIME + r")|\b(?:failed|failing|failure|unable|not\s+(?:be\s+)?able|(?:its|our|the\s+company['\u2019]s)\s+inability)\s+"
        # "the Company's failure to have timely filed its Form 10-K"
        r"to\s+(?:have\s+)?timely\s+file(?:d)?\b|\b(?:was|were|is|has\s+not\s+been)\s+not\s+(?:timely\s+)?filed\b" + _GAP + r"{0,120}?(?:"
        + _ON_TIME + r")|\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:timely\s+)?(?:filed|released|published|lodged|submitted)\s+"
        # ("TruScreen Group Limited has not released its annual report for the year ending 31 March 2024 which, under NZX
        # Listing Rule 3.6.1, was due to be released ... on or before Monday, 1 July 2024")
        r"(?:its|our|the)\s+(?:[\w-]+\s+){0,3}?(?:annual|quarterly|form\s+10-[kq]|10-[kq]|accounts|financial\s+statements)\b" + _GAP
        + r"{0,160}?(?:" + _ON_TIME + r"|delinquen|5250|\bwhich\b[^;]{0,80}?\b(?:was|were)\s+due\b)|"
        # a state company's statements laid before parliament: "SAA has not yet tabled its 2016-17 financial statements,
        # which were due in September"
        r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?tabled\s+(?:its|our|the)\s+(?:[\w-]+\s+){0,3}?(?:annual\s+reports?|financial\s+"
        r"statements|accounts)\b" + _GAP + r"{0,80}?\bwhich\b[^;]{0,40}?\b(?:was|were)\s+due\b|"
        # "as a result of the Company not filing its Annual Report on Form 10-K for the year ended December 31, 2021 on a
        # timely basis"
        r"\b(?:the\s+company|the\s+registrant|its|our|us)\s+not\s+(?:timely\s+)?filing\s+(?:its|our|the)\s+(?:[\w-]+\s+){0,3}?(?:"
        + _PERIODIC + r")" + _GAP + r"{0,160}?(?:" + _ON_TIME + r")|"
        # "When the Form 10-K was filed late, without an auditors opinion, ..." (a Listing Council decision)
        r"\b(?:was|were|had\s+been|has\s+been)\s+filed\s+late\b|"
        # the delay itself named as the company's: "due to the Company's previously disclosed reporting delays in connection with
        # the restatement process"
        r"\b(?:the\s+company['\u2019]s|the\s+registrant['\u2019]s|its|our)\s+(?:previously\s+(?:disclosed|announced|reported)\s+)?"
        r"(?:periodic\s+|financial\s+)?(?:reporting|filing)\s+delays?\b|"
        # the late report named as such, filed with the regulator: "In a delayed filing to American regulator the securities and
        # exchange commission, Hollinger was also forced to admit"
        r"\b(?:in|with|through)\s+(?:a|its|their)\s+(?:long[- ])?(?:delayed|belated|late)\s+(?:filing|(?:quarterly|annual)\s+report)\s+"
        r"(?:to|with)\s+(?:[\w-]+\s+){0,2}?(?:the\s+)?(?:sec\b|securities\s+and\s+exchange\s+commission)|"
        # "The company failed to file its Form 10-K for its fiscal year end": a periodic report that was due
        # ("The above Company has failed to issue its annual report that includes the annual audited financial statements")
        # (the meeting the accounts go to named with them, or the reports in the plural: "had failed to hold its annual general
        # meeting and submit its annual audited accounts for the year ended", "the companies failed to submit their annual
        # reports (SEC form 17-A)")
        r"\b(?:failed|failing|has\s+failed|had\s+failed)\s+to\s+(?:hold\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:general\s+meetings?|agms?)\s+"
        r"and\s+)?(?:file|issue|publish|submit|release)\s+(?:its|our|their|the\s+company['\u2019]s)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:form\s+)?(?:10-[kq]|10-[kq]sb|20-f|annual\s+reports?|quarterly\s+reports?|audited\s+accounts)\b|"
        # the Form 12b-25's own words in a release: "was unable, without unreasonable effort or expense, to file a complete
        # Quarterly Report on Form 10-Q"
        r"\bunable\s*,?\s*without\s+unreasonable\s+effort\s+or\s+expense\s*,?\s+to\s+(?:timely\s+)?file\b|"
        # the statements not done by the due date: "the company's annual financial statements ... for the fiscal year ended
        # December 31, 2021 were not finalized by May 2, 2022, the filings due date"
        r"\b(?:were|was)\s+not\s+(?:finali[sz]ed|completed|filed)\s+by\s+(?:the\s+)?(?:" + cues._MONTH + r"|\d{1,2}\s+" + cues._MONTH
        + r"|(?:filing\s+)?(?:due\s+date|deadline))|"
        # ("Hain Celestial did not comply with Nasdaq requirements to file financial reports in a timely manner")
        r"\b(?:did\s+not|does\s+not|failed\s+to)\s+comply\s+with\s+(?:[\w-]+\s+){0,3}?requirements?\s+to\s+(?:timely\s+)?file\s+"
        r"(?:its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:reports|statements|filings)\b" + _GAP + r"{0,40}?(?:in\s+a\s+timely\s+(?:manner|"
        r"fashion)|timely|on\s+time)|"
        # the accounts not provided, or the deadline missed, named with their year: "suspended IIG for failure to provide its 2009
        # financials", "3 foreign companies that missed the deadline to provide the exchange with the financial statements"
        r"\b(?:failure|failed|failing)\s+to\s+provide\s+(?:its|their|the)\s+(?:(?:19|20)\d\d\s+)?(?:audited\s+|annual\s+)?"
        r"(?:financials|financial\s+statements|accounts)\b|"
        r"\bmissed\s+the\s+(?:[\w-]+\s+)?deadline\s+to\s+(?:provide|submit|file|publish)\s+(?:the\s+exchange\s+with\s+)?(?:its|their|the)\s+"
        r"(?:(?:19|20)\d\d\s+)?(?:audited\s+|annual\s+|quarterly\s+|interim\s+)?(?:financials|financial\s+statements|accounts|results)\b|"
        # ... or will not be able to, for a year already closed: "Nortel won't be able to file its annual report for 2003 with the SEC"
        r"\b(?:won['\u2019]t|will\s+not|would\s+not|wouldn['\u2019]t)\s+be\s+able\s+to\s+file\s+(?:its|our|the\s+company['\u2019]s)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:annual|quarterly)\s+report\s+for\s+(?:fiscal\s+)?(?:19|20)\d\d\b|"
        # "has been unable to file its quarterly report via form 10-Q for the period": the report was due
        r"\b(?:has|have)\s+been\s+unable\s+to\s+file\s+(?:its|our|the\s+company['\u2019]s)\s+(?:[\w-]+\s+){0,2}?(?:form\s+)?"
        r"(?:10-[kq]|20-f|annual\s+report|quarterly\s+report)\b|"
        # "after the company failed to file quarterly results with the Securities and Exchange Commission"
        r"\b(?:failed|has\s+failed|had\s+failed)\s+to\s+file\s+(?:its\s+|our\s+|the\s+company['\u2019]s\s+)?(?:quarterly|annual|"
        r"periodic)\s+(?:results|reports?|financial\s+statements)\s+with\s+the\s+(?:sec|securities\s+and\s+exchange\s+commission)\b|"
        # "did not timely file its Annual Report", "its failure to file with the SEC its fiscal 2004 Form 10-K"
        r"\b(?:did|does|do|has|have|had)\s+not\s+timely\s+filed?\b|\b(?:its|our|the\s+company['\u2019]s)\s+(?:failure|"
        # ("the company's failure to file a Form 20-F, or annual report, for the period ended December 31, 2019")
        # ("the TSX is reviewing the listing because of its failure to file its recent financial statements")
        # ("due to the company's failure to issue its annual report for the financial period ended June 30, 2023")
        r"inability)\s+to\s+(?:file|issue|publish|submit)\s+(?:" + _GAP + r"{0,60}?\s)?(?:its|our|an?|the)\s+(?:[\w-]+\s+){0,3}?(?:form\s+)?(?:10-[kq]|20-f|"
        # ("the company's failure to file its year-end 2005 financial statements with the Securities and Exchange Commission")
        r"annual\s+report|quarterly\s+report|(?:(?:recent|interim|annual|quarterly|audited|year-end|(?:fiscal\s+)?(?:19|20)\d\d)\s+)+"
        r"financial\s+statements)|"
        # "due to the company's failure to file required continuous disclosure documents, including audited annual
        # financial statements ... for the year ended April 30, 2012" (a Canadian issuer's periodic filings; whose
        # failure it is, _unowned_failure asks)
        r"\bfailure\s+to\s+file\s+(?:required\s+)?(?:[\w-]+\s+){0,4}?"
        r"(?:documents|filings|reports|financial\s+statements)\b" + _GAP + r"{0,80}?\bannual\s+financial\s+statements\b"
        + _GAP + r"{0,120}?\b(?:years?|periods?|quarters?)\s+ended\b|"
        # "revealing its inability to complete its Quarterly Report on Form 10-Q for the first quarter by May 10", "is
        # unable to complete its Annual Report on Form 10-K ... within the prescribed time period": the report itself
        # not done when it falls due
        r"\b(?:unable" + _ASIDE + r"|(?:" + _NOT + r")\s+(?:be\s+)?able" + _ASIDE + r"|(?:its|our|the\s+company['\u2019]s|"
        r"the\s+registrant['\u2019]s)\s+inability)\s+to\s+(?:complete|finali[sz]e)\s+(?:(?:and\s+file\s+)?(?:its|our|the)\s+)"
        r"(?:[\w-]+\s+){0,3}?(?:" + _PERIODIC + r")" + _GAP + r"{0,200}?(?:" + _ON_TIME + r"|within\s+the\s+prescribed)",
        0.8,
        "phrase:unable-to-file-on-time",
        needs=("file", "filed", "submit", "delayed filing", "belated filing", "late filing", "delayed quarterly", "delayed annual",
               "reporting delay", "filing delay", "to issue its", "to publish its", "to release its", "to provide", "missed the",
               "able to complete", "able to finali", "inability to complete", "inability to finali",
               "not finalized", "not finalised", "not completed",
               "not filing", "not timely filing", "not released", "not yet released", "not published", "not yet published",
               "not lodged", "not yet lodged", "not tabled", "not yet tabled"),
        negatable=False,
    ),
    # An exchange's show-cause notice for a report not released when due: "was issued a show cause notice by the exchange for
    # its failure to release the annual report, including the audited financial statements, ... for the financial period
    # ended June 30, 2023, which was due on October 31, 2023"
    # ("The suspension of the two securities follows a failure by the company to release its audited financial statements to
    # the market within three months from its financial year ending 30th June 2014")
    phrase(
        r"\b(?:(?:its|their)\s+failure|failure\s+by\s+(?:the\s+company|the\s+issuer|it))\s+to\s+(?:release|publish|issue)\s+"
        r"(?:its|our|the)\s+(?:[\w-]+\s+){0,3}?(?:annual|quarterly|accounts|financial\s+statements)\b" + _GAP
        + r"{0,200}?(?:\bwhich\b[^;]{0,80}?\b(?:was|were)\s+due\b|" + _ON_TIME + r")",
        0.8,
        "phrase:unable-to-file-on-time",
        needs=("failure to release", "failure to publish", "failure to issue", "failure by the company", "failure by the issuer",
               "failure by it"),
        negatable=False,
    ),
    # Accounts a registrar or a parliament did not get: "after SAA failed to produce its annual report", "has been given a
    # dissolution order by Companies House after failing to submit accounts made up to April 28, 2016"
    phrase(
        r"\b(?:failed|has\s+failed|had\s+failed)\s+to\s+(?:produce|publish|table)\s+its\s+(?:(?:19|20)\d\d(?:[-/]\d{2,4})?\s+)?"
        r"annual\s+(?:report|financial\s+statements|accounts)\b|"
        r"\bfail(?:ed|ing)\s+to\s+(?:submit|file|deliver)\s+(?:its\s+|their\s+)?(?:annual\s+)?accounts\s+made\s+up\s+to\b",
        0.75,
        "phrase:unable-to-file-on-time",
        needs=("failed to", "failing to"),
        negatable=False,
    ),
    # The report named, then its lateness told as "failing to do so": "urged Solutions 30 to publish its audited 2020
    # accounts after failing to do so within the required time frame"
    phrase(
        r"\b(?:publish|file|release|submit|lodge)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:accounts|financial\s+statements|"
        r"annual\s+reports?|results|10-[kq])\b[^;]{0,60}?\b(?:after|having|since)\s+fail(?:ed|ing)\s+to\s+do\s+so\s+(?:within|by|"
        r"before)\s+the\s+(?:required|prescribed|statutory|legal|set|regulatory)?\s*(?:time|deadline|period|date)",
        0.75,
        "phrase:unable-to-file-on-time",
        needs=("to do so",),
        negatable=False,
    ),
    # "The company is unable to file its Annual Report on Form 10-K for the fiscal year ended December 31, 2009
    # because it is still finalizing its fresh-start adjustments": a report of a closed period that cannot be filed
    # now, and why (the Part III reason, without the words "on time"); "The Company is not yet able to file the Form 10-Q
    # because additional time is required"
    phrase(
        r"\b(?:is|are|was|were)\s+(?:unable|not\s+yet\s+able)" + _ASIDE + r"\s+to\s+file\s+(?:its|our|the)\s+(?:[\w-]+\s+){0,3}?(?:"
        + _PERIODIC + r")" + _GAP + r"{0,120}?\b(?:because|due\s+to|as\s+a\s+result\s+of)\b",
        0.75,
        "phrase:unable-to-file-on-time",
        needs=("unable", "not yet able"),
    ),
    # "could not complete the preparation of its financial statements in time to file its Form 10-Q": the work
    # behind the report was not done when it fell due.
    phrase(
        r"\b(?:" + _NOT_ABLE + r"|" + _NOT + r")\s+(?:to\s+)?(?:complete|finali[sz]e|finish|prepare)\b"
        + _GAP + r"{0,140}?\bin\s+time\s+(?:to\s+(?:timely\s+)?file|for\s+(?:the\s+)?(?:timely\s+)?filing)\b",
        0.8,
        "phrase:unable-to-file-on-time",
        needs=("in time",),
        negatable=False,
    ),
    # The filing itself not completed: "The Company could not complete the filing of its Annual Report on Form 10-K for the
    # year ended December 31, 2010"
    phrase(
        r"\b(?:" + _NOT_ABLE + r"|" + _NOT + r")\s+(?:to\s+)?complete\s+(?:the\s+)?filing\s+of\s+(?:its|our|the)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:" + _PERIODIC + r")",
        0.75,
        "phrase:unable-to-file-on-time",
        needs=("complete the filing", "complete filing"),
        negatable=False,
    ),
    # The audit behind the annual report not done by the date it is due: "PricewaterhouseCoopers (PwC) could not finish
    # the 2021 Ronshine audited financial report by March 31, so Ronshine is going to release unaudited 2021 data"
    phrase(
        r"\b(?:" + _NOT_ABLE + r"|" + _NOT + r")\s+(?:to\s+)?(?:complete|finali[sz]e|finish)\s+(?:the\s+|its\s+|"
        r"our\s+|their\s+)?(?:(?:19|20)\d\d\s+)?(?:[\w-]+\s+){0,2}?(?:audited\s+(?:annual\s+)?(?:financial\s+)?(?:report|results|"
        r"statements|accounts)|audit\s+of\s+(?:the\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:report|results|statements|accounts))\b"
        + _GAP + r"{0,40}?\b(?:by|before|on\s+or\s+before)\s+(?:the\s+)?(?:" + cues._MONTH + r"|\d{1,2}\s+" + cues._MONTH + r"|deadline)",
        0.75,
        "phrase:unable-to-file-on-time",
        needs=("audit",),
        negatable=False,
    ),
    # A listed company abroad that cannot publish its results by the exchange's date: "the Company will not be able to
    # (1) publish the 2018 Annual Results on or before 31 March 2019" (results are its periodic report there).
    # "Company A submitted that it was unable to publish the preliminary announcement under Rules 13.49(1) and (2) due to
    # the delay in finalising the audit", "its failure to publish its Annual Results in accordance with Rules 13.49(1)"
    phrase(
        r"\b(?:" + _NOT_ABLE + r"|(?:its|our|the\s+company['\u2019]s)\s+(?:failure|inability))\s+to\s+"
        r"(?:\(\w{1,3}\)\s*)?publish\s+(?:its|our|the)\s+(?:[\w-]+\s+){0,2}?(?:(?:annual|interim|half[- ]year(?:ly)?|"
        r"quarterly|final)\s+(?:results|reports?|financial\s+statements)|(?:preliminary\s+)?(?:results\s+)?announcement\s+of\s+"
        r"(?:the\s+|its\s+)?(?:annual|interim)\s+results|preliminary\s+(?:results\s+)?announcement)\b" + _GAP
        + r"{0,80}?\b(?:on\s+or\s+before|by|before|within|due\s+to|because|as\s+a\s+result\s+of|in\s+accordance\s+with)\b|"
        # the accounts not supplied, distributed or published within the exchange's period: "the company had failed to
        # supply its annual financial statements within the required six-month period", "had failed to distribute its
        # annual financial statements and notice of annual general meeting within the four-month period stipulated in the
        # listings requirements"
        # ("it will be unable to post its financial results for last year by the March 31 deadline")
        r"\b(?:(?:failed|failing|fail(?:s|ure)?|" + _NOT_ABLE + r")\s+to\s+(?:supply|distribute|publish|post|disclose|announce)|(?:" + _NOT + r")\s+"
        r"(?:yet\s+)?publish(?:ed)?)\s+"
        # ("PCF said it wouldn't be able to publish its financial results for the year to 30 September 2020 on time"; "said
        # it would not be able to publish its results by the end of the year"; "We will not be in a position to publish audited
        # financial results by October 31 as stipulated by the Capital Market Authority")
        r"(?:(?:its|our|their|the)\s+)?(?:[\w-]+\s+){0,3}?(?:financial\s+statements|accounts|(?:(?:annual|interim|provisional|"
        r"half[- ]year(?:ly)?|quarterly|final|financial)\s+)?(?:results|reports?))\b" + _GAP + r"{0,120}?(?:" + _ON_TIME + r")|"
        # the rule broken named: "the basis for suspending trade would be non-compliance with the requirement to timeously
        # publish the results"
        r"\b(?:failed|failing|fail(?:s|ure)?|non-?complian\w*\s+with\s+(?:the\s+)?requirements?)\s+to\s+(?:timely|timeously)\s+"
        r"publish\s+(?:its|our|their|the)\s+(?:[\w-]+\s+){0,3}?(?:results|accounts|financial\s+statements|(?:annual|interim|"
        r"half[- ]year(?:ly)?|quarterly)\s+reports?)\b",
        0.75,
        "phrase:results-not-published",
        needs=("publish", "supply", "distribute", "post", "disclose", "announce"),
    ),
    # The Hong Kong rules on the results and annual report deadlines (Main Board 13.49(1), 13.46(2)) broken or waived:
    # "will apply to the Stock Exchange for a waiver from strict compliance with Rule 13.46(2) of the Listing Rules to
    # extend the date by which the Company is required to despatch the 2020 Annual Report", "will constitute
    # non-compliance of Rules 13.49(1) and 13.46(2)(a)"
    phrase(
        r"\bwaiver\s+from\s+(?:strict\s+)?compliance\s+with\s+rules?\s+13\.(?:46|49)\b|\bnon-?compliance\s+(?:with|of)\s+"
        r"(?:main\s+board\s+)?(?:listing\s+)?rules?\s+13\.(?:46|49)\b",
        0.7,
        "phrase:results-not-published",
        needs=("13.46", "13.49"),
    ),
    # A Canadian issuer cease-traded for its missing filings: "a cease trade order (CTO) previously issued against a
    # company for failing to file its annual financial statements", "in default for not filing subsequent interim
    # financial statements"
    phrase(
        # ("a cease trade order (CTO) against an issuer, which had been imposed due to the issuer's failure to file required
        # financial documents")
        # ("was subject to a cease trade order (CTO) due to its failure to file annual financial statements")
        r"\b(?:(?:issued|imposed)\s+a\s+cease[- ]trade\s+order|subject\s+to\s+a\s+cease[- ]trade\s+order\s+(?:\(cto\)\s+)?"
        r"(?=for|due)|cease[- ]trade\s+order\s+(?:\(cto\)\s+)?(?:[^;]{0,40}?\b(?:that|which)\s+)?"
        # ("A Cease Trade Order has been issued by the British Columbia Securities Commission on July 19, 2019 against the
        # following company for failing to file the documents indicated within the required time period:")
        # ("received a cease trade order issued by the Ontario Securities Commission as a result of CannTrust's failure to file the
        # following periodic disclosure")
        r"(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+|previously\s+)?(?:issued|imposed))\b" + _GAP + r"{0,140}?\b(?:for|due\s+to|"
        r"as\s+a\s+result\s+of|because\s+of)\s+(?:its\s+|the\s+issuer['\u2019]s\s+|the\s+company['\u2019]s\s+|[a-z][\w&.-]*['\u2019]s\s+)?"
        r"(?:(?:failing|failure|having\s+failed)\s+to\s+file|not\s+filing)\b"
        # ("has been issued a Cease Trade Order (CTO) by the Ontario Securities Commission for failure to file its:", a list
        # of the filings after it)
        r"(?:\s+(?:its|the|required)\s*:?\s*$|\s+(?:(?:its|the|required)\s+)*(?:[\w-]+\s+){0,3}?(?:financial\s+statements|"
        r"annual\s+reports?|interim\s+reports?|(?:continuous|periodic)\s+disclosure|filings|(?:financial\s+)?documents)\b)|"
        r"\bin\s+default\s+for\s+(?:not\s+filing|failing\s+to\s+file|"
        r"failure\s+to\s+file)\s+(?:its\s+|the\s+|required\s+)*(?:[\w-]+\s+){0,3}?(?:financial\s+statements|annual\s+reports?|"
        r"interim\s+reports?)\b|"
        # "has had its shares cease-traded four times previously by the Commission for not filing annual and interim
        # financial statements"
        r"\bcease-traded\b" + _GAP + r"{0,60}?\bfor\s+(?:not\s+filing|failing\s+to\s+file|failure\s+to\s+file)\s+(?:its\s+|the\s+)?"
        r"(?:[\w-]+\s+){0,4}?(?:financial\s+statements|annual\s+reports?|interim\s+reports?)\b",
        0.75,
        "phrase:filings-in-arrears",
        needs=("cease trade", "cease-trade", "in default for"),
    ),
    # A management cease trade order, Canada's order for an issuer that expects to file its periodic filings late, asked for
    # or issued (the order itself says which filings): "Diamcor said it had filed an application with the British Columbia
    # Securities Commission ... requesting that they issue a management cease trade order"
    phrase(
        r"\b(?:request(?:ing|ed|s)?|appl(?:y|ied|ying|ication))\b" + _GAP + r"{0,160}?\b(?:issue|grant)\s+(?:a|an)\s+management\s+"
        r"cease[- ]trade\s+order\b|\bmanagement\s+cease[- ]trade\s+order\s+(?:\(mcto\)\s+)?(?:was|has\s+been|had\s+been)\s+"
        r"(?:issued|granted)\b|"
        # a release's title: "Braxia Scientific Announces Application for a Management Cease Trade Order For Late Filing of
        # Audited Annual Financial Statements"
        # ("Avicanna Announces Late Filing of Financial Statements and Application for Management Cease Trade Order")
        r"\b(?:application|request)\s+for\s+(?:an?\s+)?management\s+cease[- ]trade\s+order\b",
        0.75,
        "phrase:management-cease-trade-order",
        needs=("management cease trade", "management cease-trade"),
    ),
    # The filing deadline missed, with the report it was for: "announces that it will miss the deadline of March 31, 2025
    # ("Filing Deadline") to file the Company's audited consolidated financial statements for the year ended December 31, 2024"
    phrase(
        r"\bmiss(?:es|ed)?\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?deadline\b" + _GAP + r"{0,80}?\bto\s+file\s+(?:its|their|our|"
        r"the\s+company['\u2019]s)\s+(?:[\w-]+\s+){0,4}?(?:financial\s+statements|(?:annual|interim|quarterly)\s+(?:report|filings?)|"
        r"10-k|10-q|20-f|40-f)\b",
        0.75,
        "phrase:missed-deadline",
        needs=("miss the", "missed the", "misses the", "miss its", "missed its", "misses its", "miss their", "missed their"),
    ),
    # The work not done in time for a timely report: "the Company now believes that it will be unable to compile and review
    # certain information required in order to permit the Company to file a timely Annual Report on Form10-K", "could not be
    # completed without unreasonable effort or expense in order to permit timely filing of the Form 10-Q"
    phrase(
        r"\b(?:unable|not\s+(?:be\s+|been\s+)?able|could\s+not|cannot)\b" + _GAP + r"{0,160}?\bto\s+(?:permit|allow|enable)\s+"
        r"(?:(?:the\s+(?:company|registrant)|it|us)\s+to\s+file\s+(?:a\s+|its\s+|the\s+)?timely|(?:the\s+|a\s+)?timely\s+filing\s+of)\s+"
        r"(?:" + _REPORT + r")",
        0.75,
        "phrase:unable-to-file-on-time",
        needs=("permit", "allow", "enable"),
    ),
    # "will file its Form 10-Q within the five-day extension period provided by Rule 12b-25": the report is late.
    phrase(
        r"\b(?:within|during|in)\s+the\s+(?:[\w-]+\s+){0,3}?(?:extension|grace)\s+period\b" + _GAP
        + r"{0,60}?\b(?:rule\s+)?12b-25\b|"
        # ... and the report not expected even then: "does not expect to do so within the timeframe specified by Rule 12b-25"
        r"\b(?:does|do|did)\s+not\s+(?:expect|anticipate)\s+to\s+(?:file\s+(?:[\w-]+\s+){0,4}?|do\s+so\s+)(?:within|during|in)\s+the\s+"
        r"(?:[\w-]+\s+){0,3}?(?:(?:extension|grace)\s+period|time\s?frame|time\s+period)\b" + _GAP + r"{0,60}?\b(?:rule\s+)?12b-25\b|"
        # parts of the report left out under the rule, to follow: "Pursuant to Rule 12b-25, the following items have been omitted
        # from this Form 10-K and will be set forth in a Form 10-K/A filed within 15 calendar days following the due date"
        r"\b(?:pursuant\s+to|in\s+reliance\s+(?:up)?on|under)\s+rule\s+12b-25\b" + _GAP + r"{0,80}?\bomitted\s+from\s+this\s+"
        r"(?:form\s*)?(?:10-k|10-q|20-f|annual\s+report|quarterly\s+report)\b",
        0.7,
        "phrase:filed-12b-25",
        needs=("12b-25",),
    ),
    # "The company had not filed its Form 10-K or the past two Forms 10-Q", "has not yet filed its Quarterly Report on
    # Form 10-Q for the quarter ended September 30, 2023": a report of a period already closed, still missing.
    phrase(
        # ("NASDAQ also cited the company for non-compliance because it had not filed a Form 10-Q quarterly report")
        # ("because it hadn't filed its Oct. 31, 2005 annual report")
        r"\bhad(?:\s+not|n['\u2019]t)\s+(?:yet\s+)?filed\s+(?:its|our|their|the|an?)\s+(?:[\w.,-]+\s+){0,3}?(?:form\s+)?(?:10-[kq]s?|20-f|annual\s+"
        # ("because it has not delivered a copy of its Form 10-Q for its third quarter ended Aug. 31, 2006", a trustee's notice)
        # ("the Company has not yet filed with the Securities and Exchange Commission its Quarterly Report on Form 10-Q for the
        # quarterly period ended June 30, 2007")
        r"reports?|quarterly\s+reports?)\b|\b(?:has|have)\s+(?:not\s+(?:yet\s+)?(?:filed|delivered(?:\s+a\s+copy\s+of)?)|"
        r"yet\s+to\s+file)\s+(?:with\s+the\s+(?:sec|securities\s+and\s+exchange\s+commission)\s+)?(?:its|our|their|the)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:form\s+)?(?:10-[kq]s?|20-f|annual\s+reports?|quarterly\s+reports?)\b" + _GAP + r"{0,60}?\b(?:(?:years?|"
        # ("The firm has yet to file its quarterly report on Form 10-Q with the SEC for the period ending Nov. 26, 2022")
        # ("the company has not yet filed its required Form 10-K annual report for fiscal 2004")
        r"quarters?|periods?|months)\s+end(?:ed|ing)\b|for\s+fiscal\s+(?:year\s+)?(?:19|20)\d\d\b)|"
        # the statements of a closed year not filed: "CannTrust has not filed its restated audited financial statements for 2018"
        # ("The Company has not yet filed financial statements for the third quarter of 2014, the fourth quarter and full year")
        r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?filed\s+(?:its\s+|our\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,3}?financial\s+statements\s+for\s+"
        r"(?:the\s+(?:fiscal\s+)?year\s+|the\s+(?:first|second|third|fourth)\s+quarter\s+of\s+)?(?:19|20)\d\d\b|"
        # ... or of a closed quarter, with the regulator named: "it has not filed its financial statement with the Securities and
        # Exchange Commission for the quarter that ended Sept. 30", "has not filed its financial statements with the SEC for the
        # first three quarters of the year"
        r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?filed\s+(?:its|our|their|the)\s+(?:[\w-]+\s+){0,3}?financial\s+statements?\s+with\s+"
        r"the\s+(?:sec|securities\s+and\s+exchange\s+commission)\s+for\s+the\s+(?:(?:first|second|third|fourth|last|past|two|three)\s+)*"
        r"(?:quarters?|periods?|years?|months)\b|"
        # ... or its periodic reports for periods named as ended: "after failing to file its required quarterly financial reports for
        # the periods ending June 30 and September 30, 2023"
        r"\b(?:failed|failing|failure)\s+to\s+file\s+(?:its|their|our)\s+(?:required\s+)?(?:quarterly|annual|periodic)\s+(?:financial\s+)?"
        r"reports?\s+for\s+the\s+(?:periods?|quarters?|years?)\s+end(?:ed|ing)\b|"
        # a closed period's statements the company failed to submit: "As the company failed to submit a financial statement for the
        # April-to-June quarter, transactions of its shares have since Aug. 18 been suspended"
        r"\b(?:failed|failure)\s+to\s+(?:file|submit|publish|release|lodge)\s+(?:a|its|the)\s+(?:[\w-]+\s+){0,2}?financial\s+"
        r"(?:statements?|reports?)\s+for\s+the\s+(?:[\w-]+\s+){0,3}?(?:quarter|year|half[- ]year|period)\b|"
        # results of closed years never filed: "Erstwhile, Satyam Computer did not file its financial results for 2008-09 and
        # 2009-10"
        r"\b(?:did|has|have|had)\s+not\s+file[d]?\s+(?:its|their)\s+financial\s+results\s+for\s+(?:fiscal\s+)?(?:19|20)\d\d\b|"
        # the reports of quarters gone by never filed: "it did not file its second-quarter or third-quarter earnings report
        # last year"
        r"\bdid\s+not\s+file\s+(?:its|their)\s+(?:(?:first|second|third|fourth)[- ]quarter\s+(?:(?:or|and)\s+)?)+(?:earnings\s+|"
        r"financial\s+)?(?:reports?|results|10-qs?)\b|"
        # a report the company calls late: "to give it more time to file its delayed 10-K annual report"
        # ("as long as the company files its overdue quarterly report with the U.S. SEC")
        r"\b(?:its|our|the\s+company['\u2019]s)\s+(?:delayed|overdue)\s+(?:form\s+)?(?:10-[kq]|20-f|annual\s+report|quarterly\s+report)\b|"
        # ("Toshiba has filed its delayed financial results"; "has caught up on its years of overdue financial filings")
        r"\b(?:its|our|the\s+company['\u2019]s)\s+delayed\s+(?:financial|annual|quarterly|interim|half[- ]year(?:ly)?)\s+results\b|"
        r"\b(?:its|our|the\s+company['\u2019]s)\s+(?:(?:years|months)\s+of\s+)?overdue\s+(?:financial|periodic|annual|quarterly)\s+"
        r"filings\b|"
        # ("the company's need to publish its overdue financial statements for 2023")
        r"\b(?:its|our|the\s+company['\u2019]s)\s+overdue\s+(?:(?:19|20)\d\d\s+)?(?:(?:annual|interim|audited|quarterly|"
        r"half[- ]year(?:ly)?)\s+){0,2}(?:financial\s+statements|accounts|results)\b|"
        # none filed for years: "has not filed any financial reports with the Securities and Exchange Commission since
        # September 2000"
        r"\b(?:has|have|had)\s+not\s+filed\s+any\s+(?:financial|periodic|annual|quarterly)\s+(?:reports|statements)\b" + _GAP
        + r"{0,80}?\bsince\s+(?:" + cues._MONTH + r"|(?:19|20)\d\d\b)",
        0.75,
        "phrase:unable-to-file-on-time",
        needs=("not filed", "not yet filed", "yet to file", "not file its", "delayed", "overdue", "not delivered", "n't filed",
               "n\u2019t filed", "failed to", "failure to", "failing to"),
        negatable=False,
    ),
    # "Since the resignation, the Company has not been able to complete its audited annual financial statements for the
    # fiscal years ending December 31, 2013 and December 31, 2014": the report of a closed period still not done
    phrase(
        r"\b(?:has|have|had)\s+(?:not\s+(?:yet\s+)?been\s+able|been\s+unable)\s+to\s+(?:complete|finali[sz]e|finish)\s+"
        r"(?:and\s+file\s+)?(?:its|our|the)\s+(?:[\w-]+\s+){0,3}?(?:" + _PERIODIC + r"|" + _STATEMENTS + r")" + _GAP
        # ("the PIA management has not been able to finalise the audited annual financial statement for 2017")
        + r"{0,40}?\b(?:(?:fiscal\s+)?(?:years?|quarters?|periods?)\s+end(?:ed|ing)\b|for\s+(?:fiscal\s+)?(?:19|20)\d\d\b)",
        0.75,
        "phrase:unable-to-file-on-time",
        needs=("been able", "been unable"),
        negatable=False,
    ),
    # "the audit of the 10KSB for 2004 was filed more than 45 days late" (a company's letter): the delay counted
    phrase(
        r"\b(?:" + _PERIODIC + r"|10-?[kq]sb)\b" + _GAP + r"{0,60}?\b(?:was|were|is|had\s+been|has\s+been)\s+filed\s+"
        + _HOW_LATE + r"|\bfiled\s+(?:its|our|the)\s+(?:[\w-]+\s+){0,3}?(?:" + _PERIODIC + r"|10-?[kq]sb)\b" + _GAP
        + r"{0,60}?" + _HOW_LATE,
        0.75,
        "phrase:filed-late",
        needs=("days late", "weeks late", "months late"),
    ),
    # An Australian issuer's half-year or annual report not lodged with the exchange when due: "it will not be lodging
    # its Appendix 4D until sometime after 14 March 2011"
    phrase(
        r"\b(?:(?:will|would|did|has|have|had)\s+not\s+(?:yet\s+)?(?:be\s+)?lodg(?:e|ed|ing)|(?:unable|not\s+(?:be\s+)?able|"
        r"failed|failing|failure)\s+to\s+lodge)\s+(?:its|our|the)\s+(?:[\w-]+\s+){0,3}?(?:appendix\s+4[cde]|(?:half[- ]year(?:ly)?|"
        r"annual|interim|quarterly|financial)\s+(?:financial\s+)?(?:reports?|accounts|statements))\b" + _GAP
        + r"{0,80}?(?:" + _ON_TIME + r"|\buntil\s+(?:some\s*time\s+)?after\b)",
        0.75,
        "phrase:not-lodged",
        needs=("lodg",),
        negatable=False,
    ),
    # A UK issuer's periodic report not published when due: "following the company\u2019s failure to meet its annual
    # financial reporting obligations under the Disclosure Guidance and Transparency Rules (DTR 4.1R)"
    phrase(
        r"\b(?:(?:its|our|the\s+(?:company|issuer|registrant)['\u2019]s)\s+(?:failure|inability)|failed|failing)\s+to\s+"
        r"(?:meet|comply\s+with|fulfil+|satisfy)\s+(?:its|our|the)\s+(?:annual|half[- ]year(?:ly)?|interim|periodic|quarterly)\s+"
        r"(?:financial\s+)?reporting\s+(?:obligations|requirements)\b",
        0.75,
        "phrase:reporting-obligations-missed",
        needs=("reporting obligation", "reporting requirement"),
        negatable=False,
    ),
    # Trading suspended until the late accounts are out (AIM Rule 19, a listing authority): "Suspension of trading on AIM
    # pending publication of annual accounts", "trading in the Company's Ordinary Shares on AIM will be suspended with
    # effect from 7.30 a.m. on 1 October 2021 pending publication of the Accounts" (a halt the company asks for before
    # its results is voluntary: "a voluntary suspension pending the release of its annual results")
    phrase(
        # ("suspended from trading since April 2 pending the release of its 2023 full year and 2024 interim financial results")
        r"(?<!voluntary\s)\bsuspen(?:ded|sion|ds?)\b" + _GAP + r"{0,120}?\bpending\s+(?:the\s+)?(?:publication|release|filing|"
        r"lodge?ment)\s+of\s+(?:its\s+|our\s+|the\s+)?(?:[\w-]+\s+){0,6}?(?:accounts|(?:annual|interim|half[- ]year(?:ly)?|"
        r"final|full[- ]year|audited)\s+(?:(?:financial\s+)?results|reports?|financial\s+statements))\b(?!\s+of\b)|"
        # ... or suspended for the late accounts: "The Jamaica Stock Exchange, JSE, suspended two more stocks on Tuesday
        # over the late filing of the December 2023 year-end audited accounts", "The Hong Kong stock exchange suspended
        # from trade on Friday the shares of ... about 30 other firms for a delay in declaring annual results"
        # ("The ASX has suspended trading in six companies ... due to late lodgement of mandatory periodic reports")
        r"(?<!voluntary\s)\bsuspen(?:ded|sion|ds?)\b" + _GAP + r"{0,200}?" + cues.LATE_ACCOUNTS_CAUSE + r"(?:accounts|(?:annual|interim|"
        r"half[- ]year(?:ly)?|quarterly|final|full[- ]year|audited|periodic|financial)\s+(?:results|reports?|"
        r"financial\s+statements))\b",
        0.75,
        "phrase:suspended-pending-accounts",
        needs=("pending publication", "pending the publication", "pending release", "pending the release", "pending filing",
               "pending the filing", "pending lodg", "pending the lodg", "late filing of", "late submission of",
               "late publication of", "late lodg", "delay in", "delays in", "delayed filing of", "delayed submission of",
               "delayed publication of", "delayed lodg"),
    ),
    # More time granted to file a report already late: "Nasdaq granted the Company an extension until July 15, 2019 to file
    # its Annual Report on Form 10-K", "the company has been given until September 8 to file its annual report"
    phrase(
        r"\b(?:granted|grants|given|gave|allowed)\s+(?:the\s+company\s+|us\s+|it\s+|them\s+)?(?:an?\s+)?(?:[\w-]+\s+)?(?:extension\s+)?"
        r"(?:until|through)\s+(?:" + cues._MONTH + r"\s+\d{1,2}|\d{1,2}\s+" + cues._MONTH + r")(?:,?\s+(?:19|20)\d\d)?,?\s+"
        r"to\s+(?:file|submit|lodge|publish)\s+(?:its|our|their|the)\s+(?:[\w-]+\s+){0,3}?(?:" + _PERIODIC + r")",
        0.75,
        "phrase:filing-delayed",
        needs=("given until", "extension until", "granted until", "company until"),
    ),
    # A periodic report not out when it was due, in the words markets abroad use: "Wirecard's annual results will not be published as previously
    # announced on 18 June"; "Toshiba Corp again delayed announcing its annual financial results"; "the failure of the oil
    # marketing firm to submit its audited financial statements as required by the market rules"
    phrase(
        # ("the company's 2019 consolidated financial statements will not be concluded as planned by June 18, 2020")
        r"\b(?:" + _PUBLISHED + r"|accounts|financial\s+statements)\s+(?:(?:of|for)\s+[^;]{0,60}?\s)?(?:will|would|could|can)\s+not\s+be\s+"
        r"(?:published|released|"
        # ("explaining why its annual report for the year ending December 31 could not be presented on time")
        r"announced|filed|lodged|concluded|completed|finali[sz]ed|presented|submitted)\s+(?:as\s+(?:previously\s+|originally\s+)?(?:announced|planned|"
        # ("its audited accounts will not be published by 30 June as required under the AIM Rules")
        # ("the annual accounts of the Company for the 2022 financial year will not be finalised ahead of the 30 June 2022 filing
        # deadline")
        r"scheduled)|on\s+time|(?:by|before|ahead\s+of)\s+the\s+(?:[\w-]+\s+){0,4}?(?:due\s+)?(?:date|deadline)|by\s+(?:\d{1,2}\s+"
        + cues.MONTH + r"|" + cues.MONTH
        + r"\s+\d{1,2})\b)|"
        # ("the company has deferred the announcement of its full year results scheduled for 5 March", "deferred the release of
        # its quarterly results for the April-June 2018-19 period")
        # ("has delayed announcing its first-half and 2023 full-year results")
        # ("The accounting probe ... has forced Toshiba to delay reporting its earnings for the fiscal year ended in March")
        # ("Urbi and Geo on Thursday postponed filing their second-quarter earnings reports")
        r"\b(?:delayed|postponed|deferred|(?<=to\s)(?:delay|postpone|defer))\s+(?:announcing|publishing|releasing|reporting|filing)\s+"
        r"(?:its|our|the|their)\s+(?:[\w-]+\s+){0,4}?(?:(?:annual|interim|half[- ]year(?:ly)?|quarterly|full[- ]year|"
        r"(?:first|second|third|fourth)[\s-]quarter)\s+(?:financial\s+)?(?:results|earnings\s+reports?)\b|"
        r"earnings\s+for\s+(?:the\s+)?(?:fiscal\s+|financial\s+)?(?:year|quarter|half)\b)|"
        # ("has postponed the publication of its 2022 annual report")
        # ("Steinhoff International has pushed the publication of its 2019 annual report to the end of June")
        r"\b(?:deferred|(?:postpon|delay)(?:ed|ing|es|s|e)?|push(?:ed|es|ing)?(?:\s+back)?)\s+the\s+(?:announcement|publication|release)\s+"
        r"of\s+(?:its|our|the)\s+"
        # ("has postponed the publication of its 2020 results": a year's results are its annual report)
        r"(?:[\w-]+\s+){0,2}?(?:annual\s+(?:report|accounts|financial\s+statements)\b|audited\s+accounts\b|(?:annual|interim|"
        # ("after the company delayed the publication of its financial results for a fourth time")
        r"half[- ]year(?:ly)?|quarterly|full[- ]year|(?:19|20)\d\d)\s+(?:financial\s+)?results\b|financial\s+results\b)|"
        r"\bfailure\s+of\s+(?:the|its)\s+(?:[\w-]+\s+){1,4}?to\s+(?:file|submit|lodge|publish)\s+(?:its|their)\s+(?:audited\s+)?"
        r"(?:annual\s+)?(?:financial\s+statements|accounts|annual\s+report)\s+(?:as\s+required|within|on\s+time|by\s+the)",
        0.75,
        "phrase:filing-delayed",
        needs=("not be published", "not be released", "not be announced", "not be filed", "not be lodged", "delayed announcing",
               "postponed announcing", "delayed publishing", "postponed publishing", "delayed releasing", "postponed releasing",
               "delayed reporting", "postponed reporting", "deferred", "failure of", "not be concluded", "not be completed",
               "delay reporting", "postpone reporting", "delay announcing", "delay publishing", "delay releasing",
               "postpone the", "postpones the", "postponed the", "postponing the", "delay the", "delays the", "delayed the",
               "pushed the", "pushed back the", "pushes the", "pushing the",
               "delaying the", "postponed filing", "delayed filing", "postpone filing", "delay filing",
               "not be finalised", "not be finalized", "not be presented", "not be submitted"),
    ),
    # Results out late, as an exchange or news names it: "the Nigerian bourse said it is "greatly concerned" by Oando's late
    # release of its' 2014 annual results"
    phrase(
        r"\blate\s+(?:release|publication|filing|submission)\s+of\s+(?:its|their|the)['\u2019]?\s+(?:[\w-]+\s+){0,2}?(?:annual|interim|"
        r"half[- ]year(?:ly)?|quarterly|full[- ]year)\s+(?:results|accounts|reports?|financial\s+statements)\b|"
        # ... or the company as late with it: "Grenke was late to publish an annual report"
        r"\b(?:was|were|is|are|has\s+been|had\s+been)\s+late\s+(?:to|in)\s+(?:publish|file|submit|release|lodg)\w*\s+(?:an?|its|their|"
        r"the)\s+(?:[\w-]+\s+){0,2}?(?:annual|interim|half[- ]year(?:ly)?|quarterly|full[- ]year)\s+(?:results|accounts|reports?|"
        r"financial\s+statements)\b",
        0.75,
        "phrase:filing-delayed",
        needs=("late release", "late publication", "late filing", "late submission", "late to", "late in"),
    ),
    # The report told as overdue or never made: "The Company's 2023 Audited Financial Statements became due on March 30, 2024
    # and ninety-three (93) days overdue on July 1, 2024", "The company made no periodic filings from late 2001 until May
    # 2011", "their half-yearly financial results as at 31 December 2020 will be delayed as well"
    phrase(
        r"\b(?:financial\s+statements|accounts|(?:annual|quarterly|interim)\s+reports?)\s+(?:became|become|becomes|are|were|is|"
        r"was|remains?|remained)\s+(?:now\s+)?(?:[\w(),-]+\s+){0,9}?(?:days\s+|months\s+)?overdue\b|"
        r"\bmade\s+no\s+periodic\s+(?:filings|reports)\b|"
        r"\b(?:its|our|their)\s+(?:half[- ]year(?:ly)?|quarterly|annual|interim|full[- ]year)\s+(?:financial\s+)?results\b"
        + _GAP + r"{0,60}?\b(?:will|would|is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|further\s+)?"
        r"(?:be\s+)?(?:delayed|postponed)\b",
        0.75,
        "phrase:filing-delayed",
        needs=("overdue", "no periodic", "delayed", "postponed"),
    ),
    # A listed company abroad whose results are put off: "FURTHER DELAY IN PUBLISHING THE 2020 AUDITED ANNUAL RESULTS",
    # "the publication of the 2020 Audited Annual Results will be further delayed"
    phrase(
        # ("where its shares have been suspended since May due to delays in the publication of the company's annual accounts")
        # ("due to the announced delay in the publishing of its financial statements")
        r"\b" + _PUT_OFF + r"\w*\s+in\s+(?:the\s+)?(?:publishing(?:\s+of)?|publication\s+of)\s+(?:its|our|the)\s+"
        r"(?:[\w'\u2019-]+\s+){0,3}?(?:" + _PUBLISHED + r"|financial\s+statements)|"
        # the publication itself put off, with its new date: "again postponed the publication of financial results for 2019 to June
        # 18, 2020", "had postponed publication of the annual financial statements to April 30, 2020"
        r"\bpostpone[sd]?\s+(?:the\s+)?publication\s+of\s+(?:its\s+|our\s+|the\s+)?(?:(?:19|20)\d\d\s+)?(?:" + _PUBLISHED + r"|"
        r"financial\s+results|(?:(?:annual|interim|audited|consolidated)\s+){1,2}financial\s+statements)\b" + _GAP
        + r"{0,40}?\bto\s+(?:" + cues._MONTH + r"|\d{1,2}\s+" + cues._MONTH + r")|"
        # a market's extension of the deadline for the report: "SIX Exchange Regulation AG approved an extension of the publication
        # deadline of Leclanch\u00e9's (SIX: LECN) 2023 annual report", "SIX approves extension of the deadline for publication of
        # the half-year report"
        r"\bextension\s+of\s+the\s+(?:(?:publication|filing|reporting|submission)\s+deadline|deadline\s+for\s+(?:the\s+)?(?:publication|"
        r"filing|submission)|deadline\s+to\s+(?:publish|file|submit))\s+(?:of|for)?\s*(?:(?:its|our|the)\s+)?(?:[\w'\u2019().:-]+\s+){0,4}?"
        r"(?:(?:19|20)\d\d\s+)?(?:annual|interim|half[- ]year(?:ly)?|quarterly)\s+(?:report|results|financial\s+statements|accounts)\b|"
        r"\bpublication\s+of\s+(?:its|our|the)\s+(?:[\w-]+\s+){0,3}?(?:" + _PUBLISHED + r")" + _GAP
        + r"{0,60}?\b(?:would|will|is|was|has\s+been|had\s+been)\s+(?:be\s+)?(?:further\s+)?(?:delayed|postponed)\b",
        0.75,
        "phrase:filing-delayed",
        needs=("publishing", "publication", "deadline of", "deadline for", "filing deadline", "reporting deadline",
               "submission deadline", "deadline to"),
    ),
    # "will delay filing its annual report", "the filing of its 10-Q would be delayed"
    phrase(
        # ("The delay in the filing of the Company's Second Quarter 10-Q relates principally to the ongoing review")
        # ("an additional delay in the filing of its annual information form for the year ended December 31, 2023, audited
        # annual consolidated financial statements ...")
        r"\b" + _PUT_OFF + r"(?:ed|ing|es|s|e)?\s+(?:in\s+)?(?:the\s+)?(?:filing|submission|filed)\s+(?:of\s+)?(?:its|our|the)?\s*"
        r"(?:[\w'\u2019-]+\s+){0,4}?(?:" + _REPORT + r"|" + _STATEMENTS + r")|"
        # the results themselves put off: "Sasol Ltd. will delay its financial results for a month", "has postponed its annual
        # financial report until May 31st, 2025", "said it was delaying until late September its financial reporting for the
        # three months ended June 30"
        # ("Brazil's Petrobras delayed its third quarter results for the third time")
        r"\b" + _PUT_OFF + r"(?:ed|ing|es|s|e)?\s+(?:until\s+(?:[\w-]+\s+){1,3}?)?(?:its|our|their)\s+(?:[\w-]+\s+){0,2}?(?:financial|annual|"
        r"interim|full[- ]year|half[- ]year|quarterly|(?:first|second|third|fourth)[\s-]quarter)\s+(?:results|earnings\s+reports?|"
        r"(?:financial\s+)?report(?:s|ing)?)\b|"
        # what caused the delay, told with the period: "the accounting evaluation has caused delays in reporting fiscal 2005"
        r"\b(?:caused|causing|led\s+to)\s+(?:a\s+)?delays?\s+in\s+(?:reporting|filing|releasing)\s+(?:its\s+|our\s+)?(?:fiscal|"
        r"(?:first|second|third|fourth)[- ]quarter|quarterly|annual)\b|"
        # a filing told as put off or late in news: "the company subsequently delayed a 10-K filing", "The quarterly filing was
        # late"
        r"\b(?:delayed|postponed)\s+(?:a|its|the)\s+(?:form\s+)?(?:10-[kq]|20-f|annual\s+report|quarterly\s+report)\s+filing\b|"
        r"\b(?:the|its|our)\s+(?:quarterly|annual)\s+(?:filing|report)\s+(?:was|is)\s+late\b|"
        # the report the company cannot file now: "The Company ... is currently unable to file the Form 10-K"
        r"\b(?:is|are)\s+(?:currently|presently|still)\s+unable\s+to\s+file\s+(?:the|its|our)\s+(?:form\s+)?(?:10-k|10-q|20-f|"
        r"annual\s+report|quarterly\s+report)\b|"
        # a period's report the company could not file: "it warned it was unable to file its financial results for the first
        # quarter of this year"
        r"\b(?:was|were)\s+unable\s+to\s+file\s+(?:its|our|the)\s+(?:[\w-]+\s+){0,2}?(?:results|reports?|10-[kq]|financial\s+statements)\s+"
        r"for\s+(?:the\s+|its\s+)?(?:first|second|third|fourth|fiscal|year|quarter|(?:19|20)\d\d)\b|"
        # the NT form's reason in news: "it would take "unreasonable effort or expense" to file on time its annual 10-K"; an
        # annual filing not to be made: "announced today that it will not be filing its annual financial statements"; Nasdaq's
        # cause: "violating listing requirements by failing to file a quarterly report"
        r"\bunreasonable\s+effort\s+or\s+expense[\"\u201d']?\s+to\s+file\s+(?:on\s+time|timely)\b|"
        r"\b(?:will|would)\s+not\s+be\s+filing\s+(?:its|our|the)\s+(?:audited\s+)?(?:annual|interim|quarterly)\s+(?:financial\s+"
        r"statements|reports?|filings)\b|"
        r"\bby\s+failing\s+to\s+file\s+(?:a|its|the)\s+(?:quarterly|annual)\s+report\b|"
        # a release put off is a late report only when it is the periodic report ("its sustainability report" is not)
        # ("will postpone the release of its financial results, as well as the filing of its Form 10-K")
        r"\b" + _PUT_OFF + r"(?:ed|ing|es|s|e)?\s+(?:the\s+)?release\s+of\s+(?:its|our|the)?\s*(?:[\w-]+,?\s+){0,10}?(?:"
        + _PERIODIC + r")|"
        # ... or a year's statements: "will delay the release of its financials for the year ended June 2017"
        r"\b" + _PUT_OFF + r"(?:ed|ing|es|s|e)?\s+(?:the\s+)?release\s+of\s+(?:its|our|the)\s+(?:audited\s+|annual\s+)*(?:financials|"
        r"financial\s+statements)\s+for\s+the\s+(?:fiscal\s+|financial\s+)?(?:year|period)\s+end(?:ed|ing)\b|\b(?:filing|submission)\s+of\s+(?:(?:its|our|the)\s+(?:[\w'\u2019-]+\s+){0,6}?"
        # ("... Annual Report on Form 10-K for the fiscal year ended December 30, 2023 (the "Form 10-K"), which was initially
        # due on March 29, 2024, but which the Company previously announced would be delayed")
        # ("The filing of the Company's Annual Reports on Form 10-K for ... as well as the filing of Quarterly Reports on Form
        # 10-Q for the quarterly periods ended ... have been primarily delayed")
        # ("filing of 10-Q for Q2 will be delayed": a wire brief drops the determiner before a form's number)
        r"(?:" + _REPORT + r")|(?:form\s*)?(?:10-[kq]|20-f)\b)" + _GAP + r"{0,400}?\b(?:would|will|is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
        r"(?:also\s+|further\s+|\w+ly\s+)?(?:be\s+)?(?:delayed|postponed)\b|"
        # "its filing to the Securities and Exchange Commission (SEC) for its first-quarter 2019 results will also be delayed"
        r"\b(?:its|our|their)\s+filings?\s+(?:to|with)\s+(?:the\s+)?(?:[\w()-]+\s+){1,7}?for\s+(?:" + _REPORT + r")"
        + _GAP + r"{0,40}?\b(?:would|will|is|was|has\s+been|had\s+been)\s+(?:also\s+|further\s+)?(?:be\s+)?(?:delayed|postponed)\b|"
        r"\b(?:will|would)\s+(?:be\s+)?" + _PUT_OFF + r"\w*\s+(?:the\s+)?filing\b|"
        # the reports just named: "it has filed its Annual Report on Form 10-K ... As previously announced, these reports
        # were delayed due to the independent investigation"
        r"\b(?:these|those|such)\s+(?:periodic\s+|quarterly\s+|annual\s+)?(?:reports|filings)\s+(?:were|had\s+been|have\s+been)\s+"
        r"(?:\w+ly\s+)?(?:delayed|postponed)\b|"
        # "caused a delay in the completion of the public company audit and the filing of the annual report on Form
        # 10-K": the filing is one of the things delayed
        r"\b(?:caused|led\s+to|resulted\s+in)\s+(?:a\s+|the\s+)?delays?\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?and\s+(?:the\s+)?"
        r"filing\s+of\s+(?:its|our|the)\s+(?:[\w-]+\s+){0,3}?(?:" + _REPORT + r")|"
        # the NT form's reason: "The company has experienced delays in completing its Annual Report on Form 10-K"
        r"\b(?:experienc(?:ed|es|ing)|encounter(?:ed|s|ing))\s+(?:\w+\s+)?delays?\s+in\s+(?:completing|finali[sz]ing|preparing)\s+"
        r"(?:its|our|the)\s+(?:[\w-]+\s+){0,3}?(?:" + _PERIODIC + r")|"
        # "the report for its quarter ended Nov. 2 will be delayed" (a news item): the report of a closed period put off
        r"\b(?:its|our|the)\s+(?:[\w-]+\s+){0,2}?(?:report|filing|financial\s+statements)\s+for\s+(?:its|our|the)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:quarter|year|period|half|months)\s+end(?:ed|ing)\b" + _GAP + r"{0,30}?\b(?:will|would|is|are|was|were|has\s+been|"
        r"have\s+been|had\s+been)\s+(?:also\s+|further\s+)?(?:be\s+)?(?:delayed|postponed)\b|"
        # a news headline: "Toshiba to Further Delay Financial Report"
        r"\bto\s+(?:further\s+)?delay\s+(?:(?:its|the)\s+)?(?:[\w-]+\s+){0,2}?(?:financial|annual|quarterly|securities)\s+"
        r"reports?\b|"
        # "certain of the company's filings will be further delayed for an extended period of time": already late
        r"\b(?:its|our|the\s+company['\u2019]s)\s+(?:periodic\s+|sec\s+)?filings\s+(?:will|would|are|were|have\s+been|has\s+been)\s+"
        r"(?:be\s+)?further\s+delayed\b|"
        # a release's title: "Form 10-K Filing To Be Delayed"
        # ("its fiscal 2021 Form 10-K filing with the Securities and Exchange (SEC) will be delayed")
        r"\b(?:form\s*)?(?:10-k|10-q|20-f|annual\s+report|quarterly\s+report)\s+filings?\s+(?:with\s+the\s+[^;]{3,60}?\s)?(?:to\s+be|"
        r"will\s+be|would\s+be|is\s+being|has\s+been|is|was)\s+delayed\b|"
        # delays in issuing the statements: "because of continued delays by the Cleveland-based company in issuing audited
        # financial statements"
        r"\bdelays?\s+(?:by\s+(?:the\s+)?[^;]{3,60}?\s)?in\s+(?:issuing|filing|publishing|releasing)\s+(?:its\s+|the\s+|our\s+)?"
        r"(?:audited\s+)?(?:annual\s+|quarterly\s+|interim\s+)?(?:financial\s+statements|accounts|(?:financial\s+)?results|reports?)\b|"
        # the inability itself as a noun: "due to its CCAA filing and its inability to file audited financial statements", "due
        # to its inability to produce its annual statements for 2022"
        r"\b(?:its|their|our|the\s+company['\u2019]s)\s+inability\s+to\s+(?:file|produce|publish|issue|deliver)\s+(?:its\s+|their\s+|the\s+)?"
        r"(?:audited\s+)?(?:annual\s+|quarterly\s+|interim\s+)?(?:(?:financial\s+)?statements|accounts|reports?|results|10-[kq])\b",
        0.8,
        "phrase:filing-delayed",
        needs=("delay", "postpon", "defer", "unable to file", "filing was late", "report was late", "filing is late", "inability to",
               "report is late", "unreasonable effort", "not be filing", "failing to file"),
    ),
    # "it was delinquent in filing its annual report", "(the "Delinquent Reports") were delinquent"
    phrase(
        r"\bdelinquent\s+in\s+(?:the\s+)?(?:filing|its\s+(?:sec\s+|periodic\s+)?(?:filing|reporting))|\bdelinquent\s+"
        r"(?:(?:periodic|sec|annual|quarterly|financial)\s+){0,2}(?:reports?|filings?|10-[kq]s?|financial\s+statements)\b|"
        r"\b(?:reports?|filings?|10-[kq]s?)\b" + _GAP + r"{0,90}?\b(?:were|was|are|is|remain\w*)\s+delinquent\b|"
        # (not kinds of circumstance listed: "Materially different circumstances, including filing delinquencies and
        # restatements for other reasons, could result in a different conclusion")
        r"\bdelinquent\s+(?:[\w,]+\s+){1,4}?(?:form\s+)?(?:10-[kq]|20-f)\b|(?<!including\s)(?<!such\sas\s)\bfiling\s+delinquenc(?:y|ies)\b",
        0.8,
        "phrase:delinquent-report",
        needs=("delinquen",),
    ),
    # "filed a Form 12b-25", "in a notification of late filing submitted to the SEC"
    phrase(
        # a headline's present, without an article: "James River Coal Company Files Form NT 10-K - Notification of inability to
        # timely file Form 10-K" (not a rule's "the company files a Form 12b-25 no later than one business day after")
        r"\bfiles\s+(?:form\s*12b-25|form\s+nt\b|nt\s*10-?[kq])|"
        r"\b(?:filed|submitted|(?:is|was)\s+filing|will\s+file|(?:forced|required|had|decided|elected|chose)\s+to\s+file)\s+(?:a\s+|its\s+|an\s+)?(?:form\s*12b-25|notification\s+of\s+"
        r"late\s+filing|nt\s*10-?[kq]|form\s+nt\b)|\b(?:form\s*12b-25|notification\s+of\s+late\s+filing)\s+(?:was\s+|"
        r"were\s+)?(?:submitted|filed)\b",
        0.8,
        "phrase:filed-12b-25",
        needs=("12b-25", "late filing", "nt 10", "nt10", "form nt"),
    ),
    # An exchange's notice named by the report it is about: "Receipt of Notice from Nasdaq Regarding Late Filing of
    # Quarterly Report on Form 10-Q", "a deficiency letter relating to the late filing of its Form 10-K".
    phrase(
        r"\b(?:notice|notification|letter)\s+(?:[\w-]+\s+){0,4}?(?:regarding|concerning|relating\s+to|related\s+to|about|"
        r"for)\s+(?:the\s+|its\s+|our\s+)?late\s+(?:filing|submission)\s+of\s+(?:the\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:"
        + _PERIODIC + r")|"
        # ("received a noncompliance notice from the Nasdaq relating to filing delays")
        r"\b(?:non-?compliance|deficiency|delinquency)\s+(?:notice|notification|letter)\s+(?:from\s+(?:the\s+)?(?:nasdaq|nyse|exchange)\s+)?"
        r"(?:regarding|concerning|relating\s+to|related\s+to|about|for)\s+(?:its\s+|the\s+)?(?:filing\s+delays?|delays?\s+in\s+"
        r"(?:filing|submitting))\b",
        0.75,
        "phrase:late-filer-notice",
        needs=("late filing", "late submission", "filing delay", "delay in filing", "delays in filing", "delay in submitting",
               "delays in submitting"),
    ),
    # "after missing its deadline" (with a report in the sentence)
    phrase(
        r"\b(?:miss(?:ed|ing)|passed|blew)\s+(?:its|the|our)\s+(?:sec\s+)?(?:filing\s+)?(?:deadline|due\s+date)",
        0.7,
        "phrase:missed-deadline",
        needs=("deadline", "due date"),
    ),
    # ... the deadline named as the reports' own: "had their shares suspended by the JSE ... for failing to meet the bourse's
    # financial reporting deadline"
    phrase(
        r"\b(?:failed|failing|failure)\s+to\s+meet\s+(?:the\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:financial\s+)?reporting\s+"
        r"deadlines?\b",
        0.75,
        "phrase:filing-delayed",
        needs=("reporting deadline",),
    ),
    # "delayed its 10-K filing", "its financial disclosures to the SEC have been repeatedly delayed"
    phrase(
        r"\bdelay(?:ed|ing|s)?\s+(?:its|our|the)\s+(?:[\w-]+\s+){0,3}?(?:filings?|reports?|10-[kq]s?)\b|"
        # ("These latest financial results have already been delayed twice", a news item on a Japanese quarterly report)
        r"\b(?:reports?|filings?|disclosures?|financial\s+statements|(?:financial|annual|quarterly|interim|half[- ]year(?:ly)?|"
        r"full[- ]year)\s+results|10-[kq]s?)\b" + _GAP + r"{0,80}?\b(?:has|have|had)\s+(?:already\s+)?been\s+(?:\w+\s+)?delayed\b",
        0.75,
        "phrase:filing-delayed",
        needs=("delay",),
    ),
    # "were late filing their annual reports", "is late in filing its Form 10-Q", "is tardy filing its 2004 annual
    # report" (a noun "the late filing of its Form 10-K" is mostly the cause of something else: "any default
    # arising from the late filing")
    phrase(
        # "the Company was delayed in filing with the Securities and Exchange Commission its Form 10-K"
        # ("for being more than two months late filing their annual accounts for last year")
        r"\b(?:was|were|is|are|be|been|being|remains?|remained)\s+(?:(?:more\s+than\s+|over\s+|about\s+)?(?:\w+\s+){0,1}(?:days?|weeks?|"
        r"months?)\s+)?(?:late|tardy|delayed)\s+(?:in\s+)?filing\b",
        0.75,
        "phrase:late-report",
        needs=("late", "tardy", "delayed in"),
    ),
    # a closed period's report not delivered: "put on notice on Friday for not submitting its annual report within the four
    # months set out in the bourse's listing requirements", "the companies' failure to announce their financial statements for
    # the period ending on 30 June 2024"
    phrase(
        # ("has fallen out of compliance for not submitting its annual Form 10-K report to the Securities and Exchange Commission
        # on time")
        r"\bnot\s+(?:submitting|filing|publishing|lodging|releasing)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:(?:annual|interim|"
        r"quarterly|half[- ]year\w*)\s+(?:(?:form\s+)?(?:10-[kq]|20-f)\s+)?(?:report|results|accounts|financial\s+statements)|form\s+(?:10-[kq]|"
        r"20-f))\s+(?:[^;]{0,80}?\s)?(?:within|on\s+time|in\s+a\s+timely)\b|"
        # (not a failure of any kind: "A failure to file its financial statements for the year ended ... would constitute")
        # (the word first, then the lookbehinds: tried at every position they would cost more than the rest of the pattern)
        r"\b(?=fail)(?<!\ba\s)(?<!\bany\s)(?<!\bsuch\s)(?:failure|failing|failed)\s+to\s+(?:file|submit|publish|announce|disclose|lodge|"
        r"release)\s+"
        r"(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:financial\s+statements|accounts|results|reports?)\s+for\s+the\s+(?:period|year|"
        r"quarter|half[- ]year)\s+end(?:ed|ing)\b(?![^;]{0,60}\b(?:would|could|may|might|shall|will)\b)|"
        # ... or not yet out: "are yet to publish their results for the financial year ending June 30, 2019"
        r"\b(?:is|are|was|were|has|have)\s+yet\s+to\s+(?:publish|file|release|submit|lodge)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:results|accounts|financial\s+statements|annual\s+report)\s+for\s+the\s+(?:financial\s+|fiscal\s+)?(?:year|period|quarter)\s+"
        r"end(?:ed|ing)\b",
        0.75,
        "phrase:unable-to-file-on-time",
        needs=("not submitting", "not filing", "not publishing", "not lodging", "not releasing", "period end", "year end",
               "quarter end", "year-end"),
    ),
    # ... or made public a stated time after it: "The Annual Report for 2018 was made public on 15 November 2019, i.e. five and
    # a half months after the deadline on 31 May 2019"
    phrase(
        r"\b(?:report|results|accounts|financial\s+statements)\b[^;]{0,80}?\b(?:was|were)\s+(?:made\s+public|published|filed|released)\b"
        r"[^;]{0,60}?\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several)(?:\s+and\s+a\s+half)?\s+(?:business\s+|"
        r"calendar\s+)?(?:days?|weeks?|months?)\s+after\s+the\s+(?:[\w-]+\s+)?(?:deadline|due\s+date)\b",
        0.75,
        "phrase:late-report",
        needs=("deadline", "due date"),
    ),
    # a report made public a stated time after its deadline: "The company made its half yearly report public 27 days after
    # the deadline"
    phrase(
        r"\b(?:made|published|released|filed|submitted|lodged)\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,3}?(?:report|results|accounts|"
        r"financial\s+statements|10-[kq])\s+(?:public\s+)?(?:(?:more\s+than|some|about|nearly|almost|over)\s+)?(?:\d+|one|two|three|"
        r"four|five|six|seven|eight|nine|ten|several)\s+(?:business\s+|calendar\s+)?(?:days?|weeks?|months?)\s+(?:after|past)\s+the\s+"
        r"(?:[\w-]+\s+)?(?:deadline|due\s+date)\b",
        0.75,
        "phrase:late-report",
        needs=("deadline", "due date"),
    ),
    # "has notified the SEC that it will file its 10K report late"
    phrase(
        # ("Acme filed its 10-K late")
        # ("it will file its quarterly report with the U.S. Securities and Exchange Commission late")
        r"\b(?:file|files|filed|filing|submit|submits|submitted|submitting)\s+(?:(?:its|our|their|the)\s+(?=(?:form\s*)?\d))?(?:"
        + _REPORT + r")\s+(?:with\s+the\s+(?:u\.\s?s\.\s+)?(?:sec|securities\s+and\s+exchange\s+commission)\s+)?late\b",
        0.75,
        "phrase:late-report",
        needs=(" late",),
    ),
    # "needed additional time to finalize its accounting", "requires additional time to complete its financial
    # statements": the Part III reason, also as a release or a news item reports it.
    phrase(
        # "the Company will obtain additional time in which to file its Form 10-Q" (the Rule 12b-25 extension)
        # ("China Sky said it is applying for more time to report its full year 2011 results")
        # ("Lear has asked for additional time to file its audited annual report")
        r"\b(?:need(?:s|ed)?|requir(?:e|es|ed)|request(?:s|ed)|sought|seeks?|obtain(?:s|ed)?|appl(?:y|ying|ied|ies)\s+for|"
        r"ask(?:s|ed|ing)?\s+for)\s+"
        r"(?:(?:additional|more|further|extra)\s+time|an\s+extension(?:\s+of\s+time)?)\s+(?:\w+\s+){0,2}?to\s+(?:complete|"
        r"finali[sz]e|file|prepare|submit|finish|report|publish|release)\b" + _GAP + r"{0,60}?" + _REPORT_WORK + r"|"
        # the time still needed, counted: "it would take at least an additional four to five weeks to file its Form 10-Qs"
        r"\b(?:additional|more|further|extra)\s+(?:[\w-]+\s+){0,4}?(?:days|weeks|months)\s+to\s+(?:complete\s+and\s+)?file\s+"
        r"(?:its|our|the)\s+(?:[\w-]+\s+){0,3}?(?:(?:form\s*)?10-[kq]s\b|" + _PERIODIC + r")|"
        # an exchange's extension to publish: "to seek an approval from the Stock Exchange of Mauritius (SEM) till November 30,
        # 2021 for a further extension to publish its audited financial statements for the year ended 31 December 2020"
        r"\b(?:further\s+|additional\s+|second\s+)?extension\s+(?:of\s+time\s+)?to\s+(?:file|publish|submit|release|lodge)\s+"
        r"(?:its|our|the)\s+(?:[\w-]+\s+){0,3}?(?:financial\s+statements|accounts|annual\s+reports?|(?:annual|interim|"
        r"financial)\s+results)\b" + _GAP + r"{0,40}?\b(?:years?|quarters?|periods?|half[- ]years?)\s+end(?:ed|ing)\b|"
        # the deadline itself asked to be moved: "Japan's Toshiba Corp is seeking to extend its Tuesday deadline for submitting
        # official third-quarter earnings"
        # (the ones asked named: "said it has asked financial regulators to extend its Tuesday deadline")
        r"\b(?:seek(?:s|ing)?|sought|ask(?:s|ed|ing)?|request(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,3}?to\s+(?:extend|postpone|push\s+back)\s+"
        r"(?:its|the)\s+"
        r"(?:[\w-]+\s+){0,2}?deadline\s+for\s+(?:filing|submitting|publishing|reporting|releasing)\s+(?:its\s+|the\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:earnings|results|reports?|financial\s+statements|accounts)\b|"
        # the Rule 12b-25 extension used: "since the company plans to take advantage of a 15-day extension to the deadline for
        # filing"
        r"\b(?:take\s+advantage\s+of|use|rely\s+on|avail\s+itself\s+of)\s+(?:a|the)\s+(?:15|fifteen|5|five)-day\s+extension\b|"
        # "said it plans to file for an extension with securities regulators": the Rule 12b-25 extension, as news puts it
        r"\bfile\s+(?:for\s+)?an?\s+extension\s+with\s+(?:the\s+)?(?:securities\s+regulators|securities\s+and\s+exchange\s+"
        r"commission|sec)\b",
        0.7,
        "phrase:needs-more-time",
        needs=("time", "extension", "days to file", "weeks to file", "months to file", "deadline for"),
    ),
    # "missed this year's tightened SEC deadline for filing", "failed to meet even the extended deadline"
    phrase(
        # (a date's full stop between: "would not meet the Aug. 15 deadline"; no article: "wouldn't meet new deadline"; "wouldn't
        # hit a March 30 cutoff to file")
        r"\b(?:miss(?:ed|ing|es)?|fail(?:ed|ing)?\s+to\s+meet|(?:" + _NOT + r")\s+(?:meet|hit|make)|" + _NOT_ABLE + r"\s+to\s+"
        r"(?:meet|hit))\s+(?:even\s+)?(?:(?:its|the|our|their|this\s+year['\u2019]s|an?)\s+(?:[\w.,'\u2019-]+\s+){0,4}?|(?:new|extended|revised)\s+)"
        r"(?:deadline|due\s+date|cut-?off)"
        # (not a deadline to pay: "missed a Monday deadline to repay bond coupons")
        r"(?!\s+(?:to\s+(?:re)?pay|for\s+(?:the\s+)?(?:re)?payments?)\b)|"
        # behind the date a report was due: "Now it's behind schedule filing the new version" (of the annual report named
        # before)
        r"\b(?:is|are|was|were|it['\u2019]s|remains?|fell|falls|fallen)\s+behind\s+schedule\s+(?:in\s+|with\s+)?(?:filing|"
        r"submitting|publishing|(?:its|the)\s+(?:[\w-]+\s+){0,3}?(?:report|filing|results|accounts))\b",
        0.7,
        "phrase:missed-deadline",
        needs=("deadline", "due date", "behind schedule", "cutoff", "cut-off"),
        negatable=False,
    ),
    # The company asks for more time than the law gives: "was asking the government for an extension to the standard
    # legal deadline for filing its annual report", "has asked regulators for an extension for filing its annual
    # financial statement", "submitted ... a request to extend the deadline for presenting its fiscal 2016 financial
    # report" (Japan's yuho and other national filing deadlines, in news English)
    phrase(
        r"(?:\b(?:ask(?:ed|ing|s)?|request(?:ed|ing|s)?|sought|seek(?:ing|s)?|appl(?:ied|ying|ies|y))\b[^.;]{0,50}?\b(?:an?\s+)?"
        r"extension\s+(?:to|of|for)|\brequest\s+to\s+(?:extend|postpone))\s+(?:(?:the|its|a)\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:deadline|due\s+date|filing|submission)\b[^.;]{0,40}?\b(?:(?:its|our|the)\s+)?(?:[\w-]+\s+){0,3}?(?:"
        + _PERIODIC + r"|financial\s+(?:report|statements?)|securities\s+report)\b",
        0.7,
        "phrase:needs-more-time",
        needs=("extension", "to extend", "to postpone"),
    ),
    # "will file its annual report up to two months later than usual"
    phrase(
        r"\b(?:file|submit|publish)\w*\s+(?:its|our|the)\s+(?:[\w-]+\s+){0,3}?(?:" + _PERIODIC + r"|financial\s+statements?)\s+"
        r"(?:[\w-]+\s+){0,4}?later\s+than\s+(?:usual|normal|scheduled|planned|required|the\s+(?:deadline|due\s+date))\b",
        0.7,
        "phrase:needs-more-time",
        needs=("later than",),
        hedgeable=False,
    ),
    # A regulator's leave to file late: "gained approval from the regulator, the Kanto Local Finance Bureau, to extend
    # the new deadline to Aug 10" (the report named in the sentence or the one before; TSE and FSA filings)
    phrase(
        r"\b(?:gain(?:ed|s)?|obtain(?:ed|s)?|receiv(?:ed|es)|w[oi]ns?|granted)\s+(?:the\s+)?(?:approval|permission|consent)\b"
        + _GAP + r"{0,80}?\bto\s+(?:extend|postpone|push\s+back)\s+(?:the\s+|its\s+)?(?:new\s+)?(?:filing\s+|submission\s+)?"
        r"(?:deadline|due\s+date)\b",
        0.7,
        "phrase:missed-deadline",
        needs=("deadline", "due date"),
    ),
    # "has not complied with ... the timely filing of its Form 10-KSB", "the past due Form 10-KSB filing"
    phrase(
        r"\b(?:not\s+(?:been\s+)?(?:complied|compliant|in\s+compliance)|fail\w*\s+to\s+comply|non-?complian\w*)\b" + _GAP
        + r"{0,100}?\btimely\s+filing\s+of\s+(?:(?:its|our|the)\s+)?(?:[\w-]+\s+){0,3}?(?:reports?|10-[kq]\w*|forms?|"
        r"financial\s+statements)\b|\bpast\s+due\s+(?:form\s+)?(?:10-[kq]\w*|annual\s+reports?|quarterly\s+reports?|"
        r"periodic\s+reports?)",
        0.75,
        "phrase:unable-to-file-on-time",
        needs=("timely filing", "past due"),
        negatable=False,
    ),
    # "is not current in its periodic reporting obligations", "not current with its SEC filings": behind on them.
    phrase(
        # ("with a view to becoming current in our SEC reporting", "to become current in its periodic filings": the
        # filings are behind)
        # ("to complete the restatement and become current in filing all of its required SEC periodic reports")
        r"\bnot\s+(?:yet\s+|been\s+|become\s+)?" + _CURRENT_IN_REPORTS,
        0.75,
        "phrase:delinquent-report",
        needs=("current",),
        negatable=False,
    ),
    # Becoming current is a goal only a delinquent filer has, however hedged the plan to get there ("targeting the summer
    # of 2017 to complete the restatement and become current in filing all of its required SEC periodic reports,
    # although there can be no assurance ...").
    phrase(
        r"\b(?:becom(?:e|es|ing)|get(?:ting)?)\s+" + _CURRENT_IN_REPORTS,
        0.75,
        "phrase:delinquent-report",
        needs=("current",),
        negatable=False,
        hedgeable=False,
    ),
    # "American Apparel still hasn't filed second-quarter results": "still" says the report is overdue.
    phrase(
        r"\bstill\s+(?:has\s+not|hasn['\u2019]t|have\s+not|haven['\u2019]t|had\s+not|hadn['\u2019]t)\s+(?:yet\s+)?filed\s+(?:its\s+|our\s+|"
        r"their\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:results|reports?|10-[kq]|financial\s+statements)\b",
        0.75,
        "phrase:delinquent-report",
        needs=("still",),
        negatable=False,
    ),
    # ... and so does a periodic report not filed for a long while: "Synchronoss hasn't filed a quarterly or annual report
    # with the SEC since February 2017"
    phrase(
        r"\b(?:has\s+not|hasn['\u2019]t|have\s+not|haven['\u2019]t)\s+filed\s+(?:an?|any|its|our)\s+(?:quarterly|annual|periodic)\s+"
        r"(?:or\s+(?:quarterly|annual)\s+)?(?:reports?|results|financial\s+statements)\b[^;]{0,40}?\bsince\s+(?:"
        + cues.MONTH + r"|(?:19|20)\d\d\b|(?:its|the)\s+(?:fiscal\s+)?(?:quarter|year)\s+ended\b)",
        0.75,
        "phrase:delinquent-report",
        needs=("not filed", "n't filed", "n\u2019t filed"),
        negatable=False,
    ),
    # "shall have filed all delinquent reports": the reports are delinquent whatever is required of them.
    phrase(
        r"\b(?:all|its|our|the|such|these|those)\s+(?:of\s+(?:its|our|the)\s+)?delinquent\s+(?:(?:periodic|sec|"
        r"annual|quarterly)\s+){0,2}(?:reports?|filings?)\b|"
        # the company's own reports only ("would require the Company to file all missing reports" is a program's rule):
        # "the company intends to file its missing quarterly reports for 2017"
        r"\b(?:its|our)\s+(?:missing|overdue)\s+(?:(?:periodic|sec|annual|quarterly)\s+){0,2}(?:reports|filings)\b|"
        # ("extended the deadline ... for Kopin Corp ... to file all delayed periodic reports with the US Securities and Exchange
        # Commission")
        r"\bto\s+file\s+(?:all|its|our|the|their)\s+(?:of\s+(?:its|our|the)\s+)?delayed\s+(?:(?:periodic|sec|annual|quarterly)\s+){0,2}"
        r"(?:reports?|filings?)\b",
        0.75,
        "phrase:delinquent-reports-named",
        needs=("delinquent", "missing", "overdue", "delayed periodic", "delayed annual", "delayed quarterly", "delayed sec",
               "delayed reports", "delayed filings"),
    ),
    # "elected to rely on the conditional filing relief", "decided to rely on the SEC Order and endeavor to file the
    # Annual Report no later than May 14, 2020": a report put off under an order's extra time.
    phrase(
        r"\b(?:elected|decided|determined|chose|intends?|is|are|was|were|will|has|have|had)\s+(?:\w+\s+)?(?:to\s+)?"
        r"rel(?:y|ying|ied)\s+(?:up)?on\s+(?:the\s+)?(?:(?:sec|commission)(?:['\u2019]s)?\s+)?(?:conditional\s+|covid-19\s+)?"
        r"(?:filing\s+|reporting\s+)?(?:relief|(?:exemptive\s+)?order)\b",
        0.7,
        "phrase:relies-on-filing-relief",
        needs=("rely", "relying", "relied"),
    ),
    # A Canadian issuer behind on its filings: "as a result of the company being "in arrears for satisfying certain
    # disclosure requirements," ... including the preparation and filing of its restated audited financial statements"
    # (a payment "payable quarterly in arrears" is another sense).
    phrase(
        r"\bin\s+arrears\s+(?:in|with|for|of|on)\s+(?:[\w-]+\s+){0,3}?(?:filing|filings|(?:continuous\s+)?disclosure|reporting)\b|"
        # the same in plain words: "The review is a result of CannTrust being late in satisfying certain disclosure requirements"
        r"\b(?:is|are|was|were|being|been)\s+late\s+in\s+(?:satisfying|meeting|complying\s+with|fulfilling)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:(?:continuous\s+)?disclosure|filing|reporting)\s+(?:requirements|obligations)\b",
        0.75,
        "phrase:filings-in-arrears",
        needs=("arrears", "late in"),
    ),
    # A Canadian issuer in default of its filings reports under National Policy 12-203: "the Company intends to continue to
    # satisfy the provisions of the Alternative Information Guidelines ... by issuing bi-weekly Default Status Reports"
    # (not the rule for any issuer under such an order: "bi-weekly default status reports in the form of news releases must
    # also be issued")
    phrase(
        r"\bdefault\s+status\s+reports?\b(?![^.;]{0,80}\b(?:must|shall|should|are\s+to)\s+(?:also\s+)?be\b)",
        0.7,
        "phrase:filings-in-arrears",
        needs=("default status",),
    ),
    # Compliance regained with the exchange's filing rule: the report it was about came late. "has regained compliance
    # with the New York Stock Exchange's requirement for timely filing of financial reports, after submitting its annual
    # report"
    phrase(
        r"\bregained\s+compliance\s+with\s+(?:[\w'\u2019.-]+\s+){0,6}?(?:requirements?\s+(?:for|of)\s+(?:the\s+)?timely\s+filing|"
        r"timely\s+filing\s+requirements?|periodic\s+filing\s+(?:rule|requirements?))\b",
        0.7,
        "phrase:late-filer-notice",
        needs=("regained compliance",),
    ),
    # An exchange's late-filer notice: Nasdaq 5250(c)(1), NYSE American Section 1007, NYSE Section 802.01E.
    phrase(
        r"\b5250\s*\(c\)|\bsection\s+1007\b|\b802\.01e\b|\bfiling\s+requirements?\s+for\s+continued\s+listing\b|\bfinancial\s+"
        r"reporting\s+rule\b",
        0.6,
        "phrase:late-filer-notice",
        needs=("5250", "1007", "802.01e", "filing requirement", "reporting rule"),
        negatable=False,  # "not in compliance with Listing Rule 5250(c)(1)" is the notice
    ),
)
_NEEDS_REPORT = frozenset(
    ("phrase:missed-deadline", "phrase:unable-to-file-on-time", "phrase:late-report", "phrase:filings-in-arrears")
)
_REPORT_RX = cues.rx(
    # "to submit its annual financial statement" (Japan's yuho, in news English)
    _REPORT + r"|\breports?\b|\b(?:annual|interim)\s+(?:and\s+(?:annual|interim)\s+)?financial\s+statements?\b|"
    # results filed with the SEC are a periodic report: "failed to file quarterly results with the Securities and Exchange
    # Commission"
    r"\b(?:quarterly|annual)\s+results\s+with\s+the\s+(?:sec|securities\s+and\s+exchange\s+commission)\b|"
    # news shorthand for the accounts: "Trustco failed to submit financials within the three-month period stipulated"
    r"\bfinancials\b|"
    # a period's statements: "failed to submit a financial statement for the April-to-June quarter"
    r"\bfinancial\s+statements?\s+for\s+the\s+(?:[\w-]+\s+){0,3}?(?:quarter|year|half[- ]year|period)\b|"
    # ("has caught up on its years of overdue financial filings")
    r"\boverdue\s+(?:financial|periodic|annual|quarterly)\s+filings\b|"
    # ("to file the Company's audited consolidated financial statements for the year ended December 31, 2024")
    r"\bthe\s+(?:company|registrant|issuer)['\u2019]s\s+(?:(?:audited|unaudited|annual|interim|consolidated|condensed)\s+){1,3}"
    r"financial\s+statements\b|"
    # ("failed to meet the October 31 deadline ... to publish their results")
    r"\b(?:publish|submit|file|release|announce|disclose)\w*\s+(?:its|their)\s+results\b|"
    # the accounts, by what makes them a period's: "to publish its audited 2020 accounts"
    r"\b(?:its|their)\s+(?:(?:audited|annual|statutory|interim|(?:19|20)\d\d)\s+){1,3}accounts\b|"
    # (a UK company's accounts by their date: "failing to submit accounts made up to April 28, 2016")
    r"\baccounts\s+made\s+up\s+to\b|"
    # a foreign issuer's half-year report: "failed to timely file its financial information for the half year ended June 30,
    # 2021 on Form 6-K"
    r"\bfinancial\s+information\s+for\s+the\s+(?:half[- ]year|first\s+half|six\s+months|quarter|(?:fiscal\s+)?year)\b"
)
_NOTICE_WORDS = cues.rx(
    r"\b(?:receiv\w*|notif\w*|informed|letter|notice|not\s+in\s+compliance|subject\s+to|regain\w*\s+compliance)\b"
)
_MODALS = cues.MODALS - {"would", "cannot"} | {"might"}
# Reasons that make a late report more than a paperwork delay.
_SERIOUS = cues.rx(
    r"\brestat\w*|\binvestigat\w*|\bmaterial\s+weakness|\b(?:auditor|accountants?|accounting\s+firm)\b[^;]{0,60}?\b(?:resign|"
    r"dismiss)|\bresign\w*[^;]{0,60}?\b(?:auditor|accounting\s+firm)|\bgoing\s+concern|\bsubstantial\s+doubt|\bdelinquent|"
    r"\bsubpoena|\bfraud|\birregularit|\bnot\s+in\s+compliance"
)
_PERIOD_ENDED = re.compile(
    r"(?:For\s+(?:the\s+)?(?:Fiscal\s+)?(?:Year|Quarter|Period)\s+Ended)\s*[:\-]?\s*(" + r"[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})",
    re.IGNORECASE,
)
_CHECKED_FORM = re.compile(r"(?:\u2612|\u2611|\u00fe|\[\s*[xX]\s*\]|\bx)\s*Form\s+(10-K|10-Q|20-F|11-K|10-D|N-CSR|N-SAR)\b")


# A securities commission lifts the order it made for missing filings: "The Ontario Securities Commission (OSC) has revoked a
# cease trade order against 0755461 B.C. Ltd. following the company's application for revocation".
# (not a partial revocation, granted so the issuer can raise the money to make the filings it still owes: "granted a
# partial revocation of a cease trade order (CTO) that had been imposed on an issuer due to its failure to file"; nor one
# still to come: "Upon revocation of the Cease Trade Order, the Company's shares will remain suspended")
_CTO_REVOKED = cues.rx(
    r"\brevok(?:ed|es|ing)\s+(?:a|the|its)\s+cease[- ]trade\s+order\b|(?<!partial\s)(?<!upon\s)\brevocation\s+of\s+(?:a|the|its)\s+"
    r"cease[- ]trade\s+order\b"
)


class LateFilingDetector:
    kind: str = KIND
    # "listing" (scanned for the delisting kind anyway) finds exchange late-filer notices ("Listing Rule
    # 5250(c)(1)").
    keywords: tuple[str, ...] = ("timely", "late filing", "arrears", "regained compliance", "prescribed", "delinquen", "delay", "deadline", "12b-25",
                                 "listing", "default status", "filed late", "as scheduled", "not expect to file", "days to file", "weeks to file",
                                 "months to file", "not filing", "not timely filing", "missing quarterly", "missing annual",
                                 "missing periodic", "overdue quarterly", "overdue annual", "overdue periodic", "late in filing",
                                 "late to publish", "late to file", "late to submit", "late to release", "late in publishing",
                                 "late in satisfying", "late in meeting", "late in complying", "late in fulfilling", "past due", "additional time", "more time", "further time",
                                 "inability to file", "inability to produce", "inability to publish", "cutoff", "cut-off",
                                 "within the specified", "within the stipulated", "within the required", "failure to \u201cfile",
                                 "not submitting", "not publishing", "failure to announce", "failure to disclose",
                                 "extension of time", "rely", "relied", "filed all reports", "reasonable detail",
                                 "periodic reports required", "able to meet", "nt 10", "nt10", "failure to file", "due date",
                                 "postpon", "not current", "not yet current", "becoming current", "become current", "becomes current",
                                 "getting current", "get current", "in time to file", "in time for", "not yet filed",
                                 # "will not be able to file its quarterly report (Form 10-Q) on time", "won't file its
                                 # 10-K on time": the deadline only as "on time"
                                 "able to file", "not file", "n't file", "n\u2019t file", "publish its", "publish our", "publish the",
                                 "failed to file", "inability to complete", "able to complete", "inability to finali",
                                 # "has failed to issue its annual report", "the company's failure to issue its annual report"
                                 "failed to issue", "failure to issue", "failed to hold", "failed to publish", "failure to publish",
                                 "failure to provide", "failed to provide", "failed to submit", "failure to submit",
                                 "able to finali", "not finish", "n't finish", "n\u2019t finish", "not complete the",
                                 "not complete its", "n't complete", "n\u2019t complete", "cease trade", "cease-trade", "in default for",
                                 "publishing", "publication of", "13.46", "13.49", "tardy", "not tabled", "not yet tabled",
                                 "behind schedule", "days overdue", "months overdue", "became overdue", "overdue financial",
                                 "are overdue", "is overdue", "now overdue", "remain overdue", "remains overdue",
                                 "no periodic", "in a position to", "not be filing", "unreasonable effort", "filing was late",
                                 "report was late", "filing is late", "report is late", "failing to file",
                                 "failure by the company", "failure by the issuer",
                                 # "asked regulators for an extension for filing its annual financial statement", "a
                                 # request to extend the deadline", "later than usual", "defer filing" ("deadline",
                                 # "due date", "delay" and "postpon" are keywords themselves; narrow forms: "deferred",
                                 # "later than" and "extension of the" alone are in most debt and tax notes)
                                 "extension to the", "extension to publish", "extension to file", "extension to submit", "extension for filing", "extension for the filing",
                                 "extension of the filing", "to extend the filing",
                                 "later than usual", "later than normal", "later than scheduled", "later than planned",
                                 "later than required",
                                 "defer filing", "defer the filing", "deferred filing", "deferring filing", "defers filing",
                                 "extension with", "submitted late",
                                 "report late", "reports late", "statements late", "filings late", "10-k late", "10-q late",
                                 "10k late", "10q late", "results late", "commission late", "sec late",
                                 # "was filed more than 45 days late"; "will not be lodging its Appendix 4D"; "failure to meet
                                 # its annual financial reporting obligations"; "suspended ... pending publication of the Accounts"
                                 "days late", "weeks late", "months late", "not be lodging", "not lodge", "not lodged",
                                 "not yet lodged", "to lodge", "reporting obligation", "reporting requirement",
                                 "pending publication", "pending the publication", "pending release", "pending the release",
                                 "pending filing", "pending the filing", "pending lodg", "pending the lodg",
                                 # "failed to submit its provisional report timeously"; "failed to supply its annual financial
                                 # statements within the required six-month period"; "suspended ... over the late filing of"
                                 "timeously", "to supply its", "to supply the", "to distribute its", "to distribute the",
                                 "late filing of", "late submission of", "late publication of", "late lodg",
                                 "within the required", "period stipulated",
                                 # "has not released its annual report ... which ... was due"; "annual results will not be
                                 # published as previously announced"; "delayed announcing its annual financial results";
                                 # "the failure of the oil marketing firm to submit its audited financial statements";
                                 # "given until September 8 to file", "granted the Company until March 31, 2020 to file"
                                 "not released", "not published", "not be published", "not be released", "not be announced",
                                 # "the 2019 consolidated financial statements will not be concluded as planned"
                                 "not be concluded", "not be completed", "not be finalised", "not be finalized",
                                 "not be presented", "not be submitted", "reporting deadline",
                                 "delayed announcing", "postponed announcing", "delayed releasing", "delayed publishing",
                                 "to submit its audited", "to submit its annual", "to submit its financial",
                                 "given until", "extension until", "granted until", "company until",
                                 # "The firm has yet to file its quarterly report on Form 10-Q"
                                 "yet to file",
                                 # "after SAA failed to produce its annual report", "accounts made up to April 28, 2016"
                                 "failed to produce", "failed to table", "accounts made up to",
                                 # "has deferred the announcement of its full year results"
                                 "deferred the announcement", "deferred the release", "deferred the publication",
                                 # "Oando's late release of its' 2014 annual results"
                                 "late release", "late publication",
                                 # "its failure to release the annual report ... which was due"
                                 "failure to release", "failure to publish",
                                 # "it has not delivered a copy of its Form 10-Q for its third quarter" (a trustee's notice)
                                 "not delivered a copy",
                                 # the cause of a suspension: "suspended ... for their failure to submit required
                                 # financial statements", "after failing to file their financial results", "due to being
                                 # late in submitting the financial statement"
                                 "for their failure", "for its failure", "for failure to", "for failing to",
                                 "due to their failure", "due to its failure", "due to failure", "after failing to",
                                 "being late in")
    max_score: float = 0.85
    skip: re.Pattern[str] | None = None
    skip_on: frozenset[str] = frozenset()

    def analyze(self, text: str, start: int, end: int, floor: float | None = None) -> Candidate | None:
        low = cues.mask(cues.lower(text[start:end]), _OTHER_SENSES)
        match = _best(low)
        if match is None and "notification of late filing" in low:
            match = _cover(text, start, end)  # the form's title line, its check boxes on the next lines
        if match is None and ("filed all reports" in low or "periodic reports required" in low):
            match = _cover_no(text, start, end)  # the cover's "has filed all reports ..." answered No
        if match is None:
            return None
        before = cues.lower(text[max(0, start - 400) : start])  # the deadline's report may be named just before
        # a sentence ending in ":" names its reports in the list under it
        after = cues.lower(text[end : end + 400]) if low.endswith(":") else ""
        score = _score(low, match, text[start:end], before, after)
        if score <= 0.3:
            return None
        return Candidate(KIND, clamp(score), start, end, (match.phrase.signal,), Severity.medium)

    def refine_severity(self, severity: Severity, found: tuple[Amount, ...]) -> Severity:
        return severity

    def review(self, text: str, low: str, cand: Candidate) -> Candidate | None:
        """Which report is late (form and period, from the sentence or the NT cover), and a higher
        severity when the reason is a restatement, an investigation or an exchange's delinquency notice."""
        evidence = text[cand.start : cand.end]
        if "revo" in low and "cease trade order" in evidence.lower() and _CTO_REVOKED.search(low):
            return None  # the order for the missing filings revoked: they were made since (an order against the company
            # "was issued due to the company's failure to file ..." recalled in the revocation)
        facts: list[tuple[str, str]] = []
        form = _CHECKED_FORM.search(text[:3000]) if "late filing" in low[:3000] or "12b-25" in low[:3000] else None
        if form:
            facts.append(("late report", f"Form {form.group(1)}"))
        periods = cues.periods(evidence)
        if not periods:
            ended = _PERIOD_ENDED.search(evidence) or (_PERIOD_ENDED.search(text[:4000]) if "ended" in low[:4000] else None)
            if ended:
                periods = (f"period ended {' '.join(ended.group(1).split())}",)
        severity = Severity.high if _SERIOUS.search(low) else cand.severity
        return replace(cand, facts=tuple(facts), periods=periods, severity=severity)

    def narrative(self, text: str) -> tuple[int, int] | None:
        """The first sentence of an NT form's reasons (after Part III's instruction), for an NT filing in
        which no sentence states the delay."""
        low = cues.lower(text)
        i = low.find("part iii")
        if i == -1:
            return None
        instruction = low.find("prescribed time period", i, i + 600)
        if instruction != -1:
            at = instruction + len("prescribed time period") + 1
        else:  # no instruction: the reasons start on the line after the heading
            line_end = low.find("\n", i)
            at = line_end + 1 if line_end != -1 else len(text)
        while at < len(text) and not text[at].isalnum():
            at += 1
        return sentence_at(text, at) if at < len(text) else None


_OTHER_SENSES = cues.senses(
    (cues.DEFINED_TERM_NEEDS, cues.DEFINED_TERM),
    (
        ("delinquen",),
        (r"\bdelinquen\w*\s+(?:loans?|accounts?|receivables?|borrowers?|payments?|taxes|rates?|mortgages?|customers?|"
        r"tenants?|rent)\b|\b(?:loans?|accounts?|receivables?|payments?|mortgages?|taxes)\s+(?:\w+\s+){0,3}?delinquen\w*"),
    ),
    (("delay",), r"\bdelay\w*\s+(?:in\s+)?(?:shipments?|deliver\w*|construction|production|the\s+closing|closing)\b"),
)


# What a form or a notification is for, not what a company did: "explains why the report cannot be
# filed by the deadline", "a notification that the registrant could not file its annual report on time".
_DEFINITION = cues.rx(
    # (not a form the company filed or received: "City Bank has filed a Notification of Late Filing on Form 12b-25", "it
    # has received a notice of default from its bank group due to the previously reported delay in filing"; nor a
    # consequence told: "which is why the company won't file its 10K on time")
    # ("New Century filed a form 12b-25 with the SEC explaining why it could not file form 10-K on time": the company's reason)
    r"(?<!which\sis\s)(?<!which\swas\s)(?<!that\sis\s)(?<!this\sis\s)(?<!explaining\s)(?<!explained\s)(?<!explains\s)\bwhy\b|"
    r"(?<!filed\s)(?<!files\s)(?<!submitted\s)(?<!received\s)(?<!receives\s)\ba\s+(?:notification|notice|form|filing|submission|"
    r"document)\s+(?:that|of|which)\b|"
    r"\bis\s+the\s+"
    r"(?:sec\s+)?(?:notification|notice|form)\b|"
    # "the form alerts the SEC that the company is late", "the NYSE considers ... as delinquent filings"
    r"\b(?:form|notification|notice|filing)\s+(?:alerts|notifies|informs|tells|explains|states)\b|"
    r"\b(?:deem\w*|consider\w*|treat\w*|regard\w*)\b[^;]{0,60}\bas\s*$"
)
# Rule text: "any report ... which is not timely filed ... shall be deemed to be filed".
_RULE_TEXT = cues.rx(
    # an exchange's rule filing ("Notice of Filing of Proposed Rule Change Amending Its Continued Listing Requirements in
    # Relation to the Late Filing ...") and its procedure told in the present ("the NYSE monitors the company and the
    # status of the delinquent annual report")
    r"\b(?:proposed\s+)?rule\s+change\b|\b(?:the\s+)?(?:nyse|exchange|nasdaq)\s+(?:monitors|deems|considers|treats)\b|"
    r"\bany\s+(?:required\s+)?(?:report|portion|periodic\s+report)\b|\bof\s+this\s+section\b|\bshall\s+be\s+deemed\b|"
    r"\bshall\s+(?:\w+\s+){0,2}?(?:file|contain|disclose|notify|include)\b|"
    # (not the NT form's own "could not be filed within the period prescribed for such report", nor a company's "will be a
    # late filer with respect to such report")
    r"(?<!prescribed\sfor\s)(?<!respect\sto\s)\bsuch\s+report\b"
)


def _best(low: str) -> Match | None:
    """The strongest phrase that is not negated and not hypothetical ("whether the company should remain
    listed notwithstanding the fact that it was delinquent in filing" states the delinquency)."""
    best: Match | None = None
    for ph in gated(low, PHRASES):
        for m in ph.rx.finditer(low):
            delinquent = ph.signal in ("phrase:delinquent-reports-named", "phrase:delinquent-report")
            # "was not able to file its delinquent reports": the negation is about filing them
            if ph.negatable and cues.negated(low, m.start(), window=3 if delinquent else 7):
                continue
            modals = _MODALS - {"shall"} if ph.signal == "phrase:delinquent-reports-named" else _MODALS
            if ph.hedgeable and cues.governed(low, m.start(), modals, end=m.end()):
                continue
            if best is None or ph.weight > best.score:
                best = Match(ph, m.start(), m.end(), ph.weight, False)
    return best


# (a cover flattened to one line, its dashed rules kept, counts each rule as one character: "FORM 12b-25 NOTIFICATION OF
# LATE FILING ------------------------- OMB APPROVAL ------------------------- OMB Number: 3235-0058 ... (Check One)")
_COVER = cues.rx(r"notification\s+of\s+late\s+filing(?:-++|[^;-]){0,200}?\b(?:check\s+one|for\s+(?:the\s+)?period\s+ended)\b")


def _cover(text: str, start: int, end: int) -> Match | None:
    m = _COVER.search(cues.lower(text[start : min(len(text), end + 300)]))
    return Match(PHRASES[0], m.start(), min(m.end(), end - start), 0.85, False) if m else None


def _score(low: str, match: Match, sentence: str, before: str = "", after: str = "") -> float:
    score = match.score
    pre_end = match.start
    if "you" in low and _READER.search(low) and not _OUR_REPORT.search(low):
        # "Alice Wonderland ... calls you to let you know that the company won't file its 10-K on time" (a company's
        # letter to its holders speaks of "our" report: "to update you about the delay in the filing of our Quarterly
        # Report on Form 10-Q")
        return 0.0
    if _GENERIC_ACTOR.search(low, max(0, pre_end - 60), match.end):
        return 0.0  # "Procedures for Companies That Fail To File Annual Reports", "when they cannot file Form N-CSR"
    # A rule cited first speaks of the subject after it: "Under Paragraph 802.01E, once the Exchange identifies that
    # a company has failed to file ..."
    subject_end = len(low) if match.phrase.signal == "phrase:late-filer-notice" else pre_end
    if subject_end == len(low) and "requir" in low:
        # "..., which requires listed companies to timely file all periodic financial reports": the rule's own words
        clause = _RULE_CLAUSE.search(low, match.start)
        subject_end = clause.start() if clause else subject_end
    if (
        (cues.generic_subject(low, 0, subject_end) or _plural_other(low, pre_end))
        and not _NAMED.search(sentence)
        # an exchange's suspension is an action against the issuers it names, however many
        and match.phrase.signal != "phrase:suspended-for-missing-accounts"
        and not ("cease" in low and _ORDER_MADE.search(low))
    ):
        # "Companies must file a Form 12b-25", "71 companies have announced delays" (an order made is one issuer's, however
        # a summary of it names the issuer: "a cease trade order (CTO) that had been imposed on an issuer due to its failure
        # to file the required annual financial statements")
        return 0.0
    if _hypothetical_list(before):
        return 0.0  # an item of "For companies that did not file ..., this could be a heavy burden, requiring:"
    if match.phrase.signal == "phrase:delinquent-report" and len(sentence.split()) <= 3:
        return 0.0  # a heading ("Filing Delinquency") names the topic, not whose report is late
    if match.phrase.signal.startswith("phrase:delinquent") and _PROPER_NAME.match(sentence, match.start):
        return 0.0  # "the SEC's Delinquent Filings Program": the name of a program, not a late report
    if match.phrase.signal != "form:12b-25-text" and (
        _DEFINITION.search(cues.clause_before(low, pre_end, 200)) or _RULE_TEXT.search(low)
    ):
        return 0.0
    # "it would be unable to meet the August 12 deadline" after the sentence that sets the deadline for the 10-K
    named_before = match.phrase.signal == "phrase:missed-deadline" and _REPORT_RX.search(before) is not None
    named_after = bool(after) and _REPORT_RX.search(after) is not None
    if match.phrase.signal in _NEEDS_REPORT and not _REPORT_RX.search(low) and not named_before and not named_after:
        return 0.0
    if match.phrase.signal == "phrase:unable-to-file-on-time" and _unowned_failure(low, match):
        return 0.0  # "followed by failure to file quarterly or annual reports in a timely fashion": a kind of failure
    if match.phrase.signal == "phrase:relies-on-filing-relief" and _REQUIRED_CONTENT.search(cues.clause_before(low, pre_end, 200)):
        return 0.0  # "the current report must state that the company is relying on the Order"
    if match.phrase.signal == "phrase:late-filer-notice" and not _NOTICE_WORDS.search(low):
        return 0.0
    if "pcaob" in before + low and _FIRM_REPORTS.search(before + " " + low) and not _SEC_FORM.search(low):
        return 0.0  # an audit firm's own reports to the PCAOB (Form 2, Form AP), not a company's periodic report
    if low.startswith("miss", match.start) and not low.startswith(("missed", "missing"), match.start) and (
        cues.negated(low, match.start)
    ):
        return 0.0  # "does not expect to miss the deadline for its Form 10-Q" (the phrase is not negatable as a whole)
    if match.phrase.signal == "phrase:needs-more-time" and not match.phrase.hedgeable and cues.governed(
        low, match.start, _MODALS - {"will"}, end=match.end
    ):
        return 0.0  # "may file its annual report later than usual" (a plan stated with "will" is not hedged)
    if cues.boilerplate(low):
        score -= 0.3
    return score


_ORDER_MADE = cues.rx(
    r"\bcease[- ]trade\s+order\b[^;]{0,60}?\b(?:had\s+been|has\s+been|was)\s+(?:issued|imposed)\b|\b(?:had\s+been|has\s+been|was)\s+"
    r"(?:issued|imposed)\s+(?:on|against)\b[^;]{0,60}?\bcease[- ]trade\s+order\b"
)
# (or the staff's letter to the late filer: "Please file your delinquent Form 10-Q for the quarterly period ended June 30, 2007")
_OUR_REPORT = cues.rx(
    r"\bour\s+(?:[\w-]+\s+){0,3}?(?:(?:annual|quarterly)\s+reports?|(?:form\s+)?10-[kq])\b|"
    r"\byour\s+delinquent\s+(?:form\s+)?(?:10-[kq]|20-f|annual\s+report|quarterly\s+report|periodic\s+reports)\b"
)
# The rule described after the notice: "not in compliance with Nasdaq Listing Rule 5250(c)(1), which requires listed
# companies to timely file all periodic financial reports".
_RULE_CLAUSE = cues.rx(r"\b(?:which|that)\s+requires?\b|\brequiring\b")
# The reports an audit firm owes the PCAOB: "file an annual report with the Board on Form 2" (Rule 2201), Form AP.
_FIRM_REPORTS = cues.rx(r"\bform\s+(?:2|ap)\b|\brule\s+(?:2201|3211)\b|\bregistered\s+(?:public\s+accounting\s+)?firms?\s+(?:must\s+|to\s+)?file\b")
_SEC_FORM = cues.rx(r"\b(?:10-k|10-q|20-f|40-f|11-k|n-csr)\b")


def _hypothetical_list(before: str) -> bool:
    """The sentence is an item of a list whose intro (the text before it, ending with ":") speaks of companies in
    general and of what could happen to them."""
    tail = before.rstrip()
    if not tail.endswith(":"):
        return False
    intro = tail[max(tail.rfind(". "), tail.rfind("\n")) + 1 :]
    return cues.GENERIC_SUBJECT.search(intro) is not None and any(
        w in _MODALS or w in cues.CONDITIONALS for w in cues.last_words(intro, 40)
    )


# Three capitalised words from "Delinquent" on: a name ("Delinquent Filings Program", "Delinquent Filers Branch").
_PROPER_NAME = re.compile(r"Delinquent\s+[A-Z][\w-]*\s+[A-Z][\w-]*")
# Guidance speaks to its reader: a scenario told to "you" is not a company's report.
_READER = cues.rx(r"\byou(?:r)?\b")
# A survey sentence that names the late filers ("chronic late filers -- including Flowserve, HealthSouth --
# that were late filing their annual reports") speaks of those companies.
_NAMED = re.compile(
    r"\b(?:including|such\s+as|among\s+them|namely)\s+(?:the\s+)?[A-Z][\w&.'\u2019-]+|\b[A-Z][\w&'\u2019-]+(?:\s+[A-Z][\w&'\u2019-]+)"
    r"{0,4},?\s+(?:Inc|Corp|Corporation|Co|Company|Group|Holdings|Ltd|LLC|plc|N\.V|S\.A)\b|"
    # the filer's defined term: "the Company is relying on the [SEC's] Order ... for Public Companies ... to delay"
    r"\b[Tt]he\s+(?:Company|Registrant)\b"
)
# Who the sentence speaks of when it is about filers in general: "Procedures for Companies That Fail To File",
# "when businesses cannot file a quarterly report", "Missing a 10-K or 10-Q deadline", "when they cannot file".
_GENERIC_ACTOR = cues.rx(
    r"\b(?:companies|businesses|issuers|registrants|filers|firms|funds|they)\s+(?:that\s+|which\s+|who\s+)?(?:\w+\s+){0,2}?"
    r"(?:fail|cannot|can['\u2019]t|are\s+unable|do\s+not|miss)\b|^\W*missing\s+an?\s|\b(?:a|an|any)\s+(?:company|issuer|"
    r"registrant|filer)\s+(?:that|which|who)\b|"
    # a count of firms as the subject: "The number of mainland China-listed firms to delay filing annual reports has
    # hit a five-year high" (market news, no one company's report)
    r"\bnumber\s+of\s+(?:[\w-]+\s+){0,3}?(?:companies|firms|issuers|registrants|filers)\b"
)
_THEIR = cues.rx(r"\b(?:their|other)\s+(?:\w+\s+){0,2}?(?:reports?|deadlines?|filings?)\b")


def _plural_other(low: str, pos: int) -> bool:
    """ "delays in releasing their annual reports": other companies' reports."""
    return bool(_THEIR.search(low, pos, pos + 120))


_OWNER = cues.rx(r"(?:\b(?:its|our)|['\u2019]s)\s+$")
_OWN_OBJECT = cues.rx(r"\b(?:its|our)\b")


def _unowned_failure(low: str, match: Match) -> bool:
    """A nominal "failure to file ... on time" with no owner before it ("the Company's failure", "its
    failure") and no own report after it ("failure to file its Form 10-Q"): a category, not an event."""
    if not low.startswith("failure", match.start):
        return False
    return not _OWNER.search(low[max(0, match.start - 40) : match.start]) and not _OWN_OBJECT.search(
        low, match.start, match.end
    )


# What a report must say, in guidance on the relief: "describing that it is relying on the order".
_REQUIRED_CONTENT = cues.rx(
    r"^\W*that\b|\b(?:describing|stating|disclosing|indicating|explaining)\s+that\b|\b(?:state|disclose|describe)\s+"
    r"that\b|\bmust\b|\bcondition\w*\b|\bin\s+order\s+to\b|\bto\s+qualify\b"
)

# The cover's question "has filed all reports required to be filed by Section 13 or 15(d) ...", answered with
# check boxes before ("\u2610 Yes \u2612 No") or after ("Yes \u00a8 No x") the words. A late filer answers No.
_CHECKED = r"(?:\u2612|\u2611|\u00fd|\u00fe|\u25a0|\[\s*[xX]\s*\]|\b[xX]\b|(?<=[Nn]o)[xX]\b)"
_EMPTY = r"(?:\u2610|\u00a8|\u25a1|\u25fb|\[\s*\]|\bo\b)"
_ANSWER_BEFORE = re.compile(_EMPTY + r"\s*Yes\s*" + _CHECKED + r"\s*No\b", re.IGNORECASE)
_ANSWER_AFTER = re.compile(r"\bYes\s*" + _EMPTY + r"\s*No\s*" + _CHECKED, re.IGNORECASE)
_FILED_ALL = cues.rx(
    r"has\s+filed\s+all\s+reports\s+required\s+to\s+be\s+filed\s+by\s+section\s+13|"
    # the NT form's Part IV: "Have all other periodic reports required under Section 13 ... been filed?"
    r"have\s+all\s+other\s+periodic\s+reports\s+required\s+under\s+section\s+13"
)
_COVER_NO = phrase(r"has\s+filed\s+all\s+reports", 0.7, "form:cover-filed-all-reports-no", negatable=False, hedgeable=False)


def _cover_no(text: str, start: int, end: int) -> Match | None:
    """The cover question answered No (the answer may sit on the line after the sentence)."""
    low = cues.lower(text[start:end])
    q = _FILED_ALL.search(low)
    if q is None:
        return None
    tail = text[start + q.end() : min(len(text), end + 40)]
    stop = cues.lower(tail).find("indicate by check mark")
    tail = tail if stop == -1 else tail[:stop]
    if not (_ANSWER_BEFORE.search(tail) or _ANSWER_AFTER.search(tail)):
        return None
    after = cues.lower(text[end : end + 400])
    stop = after.find("indicate by check mark")
    if _NOT_REQUIRED.search(after if stop == -1 else after[:stop]):
        return None  # a voluntary filer answers No without being late
    return Match(_COVER_NO, q.start(), q.end(), _COVER_NO.weight, False)


# "The registrant is not subject to filing requirements of Section 13 or 15(d) ..., but files reports required by
# those sections pursuant to contractual obligations", "The registrant is a voluntary filer".
_NOT_REQUIRED = cues.rx(
    r"\bnot\s+(?:currently\s+)?(?:subject\s+to|required\s+to\s+file)\b[^.]{0,80}?(?:section\s+13|15\s*\(d\)|filing\s+"
    r"requirements)|\bvoluntar(?:y|ily)\s+(?:filer|files?|filing)\b"
)


DETECTOR = LateFilingDetector()
