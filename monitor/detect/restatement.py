"""Restatement: previously issued financial statements contain errors and are (or will be) restated or
corrected, or should no longer be relied upon (8-K Item 4.02); amended 10-K/10-Q filed to correct errors.

Not restatements: "Amended and Restated" agreements, plans, certificates and bylaws; amounts restated or
recast for a stock split, discontinued operations, a segment change or a new accounting standard;
"with no restatement of prior periods"; risk factors ("we may be required to restate").
"""

from __future__ import annotations

import re

from monitor.detect import cues
from monitor.detect.base import Candidate, Match, best_match, clamp, phrase
from monitor.domain import Amount, Severity

KIND = "restatement"

# "should be restated" and "must be restated" are findings, not hedges.
_MODALS = cues.MODALS - {"should", "must"}

NON_RELIANCE = phrase(
    r"(?:\b(?:should|could|can|would|may|will|must)?\s*(?:no\s+longer|not)|\b(?:should|could|ca|would|must|wo)n['\u2019]t)\s+"
    # ("cautioned investors not to rely on its 2024 annual report")
    r"(?:continue\s+to\s+|(?:be\s+)?able\s+to\s+|to\s+)?(?:be\s+)?"
    r"(?:relied|rely(?:ing)?)\s+(?:up)?on\b|"
    # "further reliance should no longer be placed on its previously issued audit reports"
    r"\breliance\s+(?:should|can|could|may|must)\s+(?:no\s+longer|not)\s+(?:continue\s+to\s+)?be\s+placed\s+(?:up)?on\b|"
    # the same conclusion told in news: "has concluded that several of its 10-K and 10-Q statements to the U.S.
    # Securities and Exchange Commission (SEC) are unreliable"
    r"\b(?:concluded|determined)\s+that\s+(?:[\w-]+\s+){0,6}?(?:statements|reports|filings|10-ks?|10-qs?)\b[^;]{0,100}?"
    r"\b(?:are|were)\s+(?:now\s+)?unreliable\b|"
    # the auditor takes its opinion back: "its auditor withdrew its reports on the Canadian cannabis company's year-end
    # and first-quarter results", "KPMG withdrew its audit opinion"
    r"\bauditors?\b[^.;]{0,60}?\bwithdr(?:ew|awn|aws|awing)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:reports?|opinions?)\b|"
    r"\bwithdr(?:ew|awn|aws|awing)\s+(?:its|their)\s+(?:[\w-]+\s+)?audit\s+(?:reports?|opinions?)\b",
    0.9,
    "phrase:non-reliance",
    needs=("relied", "rely", "reliance", "unreliable", "withdr"),
)
PHRASES = (
    # The Item 4.02 title alone is a heading (guidance text quotes it too); the 8-K's own sentence that the
    # statements should no longer be relied upon is the statement.
    phrase(
        r"\bnon-?reliance\s+on\s+(?:previously\s+issued|prior)\b",
        0.45,
        "phrase:item-4.02-title",
        needs=("reliance",),
        negatable=False,
        hedgeable=False,
    ),
    phrase(
        # ("the Company has adjusted for these errors by revising its historical financial statements")
        r"\b(?:correct(?:s|ed|ing)?|correction\s+of|corrections\s+of|adjust(?:s|ed|ing)?\s+for)\s+(?:(?:the|an?|these|this|such|certain|"
        r"identified|prior[- ]period|immaterial|material|accounting|those)\s+)*(?:[\w-]+\s+){0,2}?"
        r"(?:errors?|misstatements?)\b|\b(?:error|misstatement)\s+corrections?\b|"
        r"\b(?:errors?|misstatements?|irregularities)\s+(?:in|to|within|of|on)\s+(?:the\s+|its\s+|our\s+|their\s+|"
        r"those\s+|these\s+)?(?:previously\s+(?:issued|reported|filed)\s+)?(?:(?:consolidated|interim|unaudited|"
        r"audited|annual|quarterly|condensed|historical|prior[- ]period)\s+)*(?:financial\s+(?:statements|results|"
        r"information)|(?:annual\s+|quarterly\s+|periodic\s+)?reports?\s+for\s+(?:the\s+)?(?:fiscal\s+)?"
        r"(?:years?|quarters?|periods?|(?:19|20)\d\d))|\bcorrections?\s+(?:in|of|to)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?accounting\b|"
        r"\bcorrectly\s+state\b|"
        # Japanese filers' amended reports: "submitted ... a correction report of past financial reports", "disclosed
        # corrections to past earnings reports"
        r"\bcorrections?\s+(?:reports?\s+)?(?:of|to|for)\s+(?:its\s+|the\s+|our\s+)?past\s+(?:[\w-]+\s+){0,2}?(?:reports|statements|"
        r"results)\b|"
        # ... or filed corrected: "Olympus has filed corrected earnings reports to try to avoid being delisted"
        # ("Nissan will file corrected earnings for past years"; "the company says it is required to correct its filings")
        r"\b(?:file|files|filing|filed|submitted|published|released|issued)\s+(?:its\s+|the\s+|their\s+)?corrected\s+(?:[\w-]+\s+){0,3}?"
        r"(?:earnings(?:\s+reports)?|financial\s+(?:statements|reports)|annual\s+reports?|quarterly\s+reports?|securities\s+reports?|"
        r"accounts)\b|"
        r"\bcorrect\s+(?:its|the|their)\s+(?:past\s+|previous\s+|prior\s+)?(?:securities\s+reports|financial\s+statements|filings|"
        r"earnings\s+reports?)\b|"
        # a revision that corrects: "We revised the first three quarters of fiscal year 2020 for this error", "We
        # revised certain prior period financial statements due to a $77,000 error related to the recognition of ..."
        # an incorrect item corrected, in the passive: "an incorrect classification of unrealised foreign exchange
        # movements in the 2016 cash flow statement has been corrected"
        r"\b(?:incorrect|erroneous|improper)\s+(?:[\w-]+\s+){0,12}?(?:has|have)\s+been\s+corrected\b|"
        # ("has revised its earnings reports for 2013 and 2014 due to what it describes as accounting errors")
        # statements revised to put something right: "The firm said it was revising its 2015 financial statements to correct
        # the treatment of 503 million dirhams which was wrongly booked as a fair value gain"
        r"\brevis(?:ed|ing|es|e)\s+(?:its|our|the|their)\s+(?:[\w-]+\s+){0,3}?financial\s+statements\s+to\s+correct\b"
        r"(?![^.;]{0,120}\b(?:discontinued|reclassif|splits?\b|adopt))|"
        r"\brevis(?:ed|ing|es|e)\b[^.;]{0,80}?\b(?:for|to\s+correct|to\s+reflect\s+the\s+correction\s+of|due\s+to|"
        r"because\s+of|as\s+a\s+result\s+of)\s+(?:(?:this|the|these|such|an?|certain)\s+|what\s+it\s+(?:describes|calls|"
        r"called|described)\s+as\s+)?(?:[\w$.,%-]+\s+){0,2}?(?:errors?|misstatements?)\b|"
        # what was misstated taken out or put right: "we have reversed the misstated revenue and related receivable"
        r"\b(?:revers|correct)(?:ed|es|ing|s)?\s+(?:the\s+|such\s+|these\s+)?(?:previously\s+)?misstated\b|"
        # statements already issued revised ("little r"): "The adjustments made in revising the Company's previously
        # issued interim unaudited condensed consolidated financial statements include adjustments ... to correct the
        # amount reported" (not revised for discontinued operations, a reclassification, a split or a new standard)
        r"\brevis(?:ed|ing|es|e|ion\s+of)\s+(?:the\s+company['\u2019]s\s+|its\s+|our\s+|the\s+)?previously\s+(?:issued|reported|"
        # ("we have revised previously reported financial information, disclosed in our Quarterly Report on Form 6-K")
        r"filed)\s+(?:[\w-]+\s+){0,4}?financial\s+(?:statements|information)\b(?![^.;]{0,120}\b(?:discontinued|reclassif|splits?\b|"
        r"adopt))|"
        # UK revised accounts, for what was wrong in them: "permit the preparation of revised audited financial statements
        # for the year ended 31 March 2019, following the identification of historical accounting issues in the Gears
        # business unit"
        r"\brevised\s+(?:audited\s+)?(?:annual\s+)?(?:financial\s+statements|accounts)\b[^.;]{0,120}?\b(?:following|due\s+to|"
        r"because\s+of|to\s+correct|as\s+a\s+result\s+of)\b[^.;]{0,60}?\b(?:accounting\s+(?:issues|errors|irregularities)|"
        r"errors?|misstatements?)\b",
        0.7,
        "phrase:error-correction",
        needs=("error", "misstat", "irregular", "correct", "revis"),
    ),
)
# The company found errors: "the Company discovered certain errors related to foreign currency translation", "a
# misstatement was identified in the third quarter", "the Company determined that an error was made in the
# calculation of stock-based compensation expense" (read only where prior periods are being corrected, see
# ``_prior_periods_nearby``).
ERROR_FOUND = phrase(
    # ("the telecommunications company has acknowledged a total of more than $7 billion in accounting errors during the past
    # several years")
    r"\b(?:identified|discovered|determined|found|detected|uncovered|noted|acknowledged|admitted)\b"
    + cues.GAP
    + r"{0,40}?\b(?:an?\s+|certain\s+|the\s+|several\s+|numerous\s+|these\s+|such\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:errors?|misstatements?)\b|"
    r"\b(?:errors?|misstatements?)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:identified|discovered|found|"
    r"detected|uncovered|made|noted)\b|"
    # the misreporting itself: "we had incorrectly reported the timing of recognition of certain revenue transactions
    # for such periods. As a result, we revised our consolidated financial statements ..."
    r"\b(?:had|has|have|was|were|had\s+been|have\s+been|has\s+been)\s+(?:incorrectly|erroneously)\s+(?:reported|recorded|"
    r"recogni[sz]ed|classified|calculated|accounted|presented|stated|computed|measured|applied|excluded|omitted|included)\b|"
    # reported figures found overstated: "inventory on its balance sheet was overstated by \u00a358m", "profits were overstated by
    # \u00a3118m in the first half of this year, by \u00a370m in the 2013-2014 financial year"
    r"\b(?:profits?|earnings|revenues?|income|inventor(?:y|ies)|assets|sales)\b[^.;]{0,40}?\b(?:was|were|had\s+been|have\s+been|"
    r"has\s+been)\s+(?:over|under)stated\s+by\b|"
    # ... or for past years ("an announcement that Allanfield had overstated revenue and profit before tax for the full 2010 and
    # 2011 years"), or found materially misstated ("the forensic review found that both net assets and net debt as at 31 March
    # 2016 had been materially misstated")
    r"\b(?:had|has|have)\s+(?:materially\s+)?(?:over|under)stated\s+(?:its\s+)?(?:revenues?|profits?|earnings|income|sales|assets)\b"
    r"[^;]{0,60}?\bfor\s+(?:the\s+)?(?:full\s+|financial\s+|fiscal\s+)?(?:(?:19|20)\d\d|years?|periods?|quarters?)\b|"
    r"\b(?:had|have|has)\s+been\s+materially\s+misstated\b",
    0.7,
    "phrase:error-correction",
    needs=("error", "misstat", "incorrectly", "erroneously", "overstated by", "understated by", "overstated", "understated"),
)
# "certain previously filed financial statements did not properly account for embedded derivative features"
MISACCOUNTED = phrase(
    r"\bpreviously\s+(?:issued|filed|reported)\s+(?:[\w-]+\s+){0,3}?financial\s+statements\s+(?:(?:did\s+not|do\s+not|"
    r"failed\s+to)\s+(?:properly\s+|correctly\s+|accurately\s+)?(?:account|reflect|record|present|include)\b|"
    # "our presentation of net loss per share ... in previously issued financial statements were not reported correctly"
    r"(?:was|were)\s+not\s+(?:reported|stated|presented|recorded|calculated|computed)\s+(?:correctly|properly|accurately)\b)",
    0.7,
    "phrase:error-correction",
    needs=("previously",),
    negatable=False,
)
AMENDED_REPORT = phrase(
    r"\b(?:amend(?:ed|s|ing)?|amendments?\s+(?:to|of))\s+(?:(?:its|the|our|their|certain|each\s+of\s+(?:its|the|our))"
    r"\s+)?(?:(?:respective|previously\s+filed|previously\s+issued)\s+)?(?:(?:annual|quarterly)\s+reports?|"
    r"(?:form\s+)?10-[kq]s?\b|reports?\s+on\s+form\s+10-[kq])|\b(?:form\s+)?10-[kq]/a\b|"
    r"\bamended\s+(?:annual|quarterly)\s+reports?\b|\bfile\s+amended\b|"
    r"\bamend(?:ed|s|ing)?\s+(?:the|its|our|their)\s+(?:[\w,-]+\s+){0,4}?financial\s+statements\b|"
    # "corrected in this Amendment No. 2 to the 2024 Form 10-K"
    # (the number is blanked by the other senses: "amendment      to the 2024 form 10-k")
    r"\bamendment\s+(?:no\.?\s*\d+\s+)?(?:to|on)\s+(?:(?:the|its|our|this)\s+)?(?:(?:fiscal\s+)?(?:19|20)\d\d\s+)?"
    r"(?:annual\s+report\s+on\s+|quarterly\s+report\s+on\s+)?(?:form\s+)?10-[kq]\b",
    0.45,
    "phrase:amended-report",
    needs=("amend", "10-k/a", "10-q/a"),
)
RESTATE = cues.rx(cues.word("restat") + r"(?:e|es|ed|ing|ement|ements)\b")

_FIN_CONTEXT = cues.rx(
    r"financial\s+(?:statements?|results|information|data|reports?|position|condition)|\bfinancials\b|"
    # ("did not classify the Warrants as a derivative liability, which led to accounting adjustments to correct the errors")
    r"\baccounting\s+(?:adjustments?|errors?|irregularities)\b|\bcash\s+flows?\s+statements?\b|\bas\s+(?:a\s+)?(?:derivative\s+)?liabilit(?:y|ies)\b|"
    r"\bresults\s+(?:of\s+operations|for)\b|\bearnings\b|\b(?:quarterly|annual|interim)\s+(?:reports?|periods?|"
    r"results|financial)|\bperiods?\b|\bquarters?\b|\bfiscal\b|\byears?\s+ended\b|\bbalance\s+sheets?\b|"
    # (the UK's balance-sheet words: "net assets and net debt as at 31 March 2016 had been materially misstated")
    r"\bstatements?\s+of\s+(?:operations|income|cash|comprehensive)|\bnet\s+(?:income|loss|revenues?|sales|"
    r"earnings|assets|debt)\b|\brevenues?\b|\b10-[kq]\b|\bpreviously\s+(?:issued|reported|filed)\b|\bprior[- ]periods?\b|"
    r"\bhistorical\b|\b(?:in|for|of)\s+(?:fiscal\s+)?(?:19|20)\d\d\b|"
    # a news headline: "Toshiba to Restate at Least 152 Billion Yen of Past Profits"
    # ("a drastically reduced restatement of previously announced profit")
    r"\b(?:past|prior|previous|previously\s+(?:reported|announced))\s+(?:pre-?tax\s+)?(?:profits?|earnings|income|losses)\b|"
    # "for the three months ended March 31, 2022, the Company restated its results"
    r"\b(?:three|six|nine|twelve|\d{1,2})\s+months\s+ended\b|\b(?:its|our|their)\s+(?:[\w-]+\s+)?results\b|"
    # the UK and IFRS words for restated comparatives: "A prior year adjustment of \u00a31,298,000 has also been made"
    r"\bprior[- ]year\s+adjustments?\b|\bcomparative\s+(?:figures|information|amounts|periods?)\b|"
    # a news headline: "Symbol Technologies Restates Results After Discovering Inventory Discrepancies"
    r"\brestat(?:es|ed|ing)\s+(?:its\s+|their\s+)?(?:[\w-]+\s+)?results\b|"
    # a company's accounts, named as its own: "It appointed KPMG and Deloitte to restate Satyam's forged accounts"
    r"\b(?:its|their|the\s+company['\u2019]s|[\w.&-]+['\u2019]s)\s+(?:[\w-]+\s+)?accounts\b(?!\s+(?:receivable|payable))"
)
# What an error was found in when it is not the financial statements: "amended tax returns to correct the error".
_OTHER_RECORD = cues.rx(r"\btax\s+returns?\b|\b(?:billing|payroll|software|computer|it)\s+systems?\b|\binvoices?\b")
# A statement about one company's statements: its own, a period, a date, an amount, "the restatement". Texts
# about restatements in general have none of these.
_SPECIFIC = cues.rx(
    r"\b(?:its|our|we|the\s+company(?:'s|\u2019s)?|the\s+registrant(?:'s|\u2019s)?|the\s+corporation(?:'s|\u2019s)?)\b|"
    # how IFRS and UK reporters name themselves: "the Group's capital losses ... were erroneously calculated"
    r"\bthe\s+group(?:'s|\u2019s)?\b|"
    # news naming the company by its trade: "the telecommunications company has acknowledged a total of more than $7 billion in
    # accounting errors" (not a type: "the typical company", "the average company")
    r"\bthe\s+(?!(?:typical|average|hypothetical|same|reporting|acquiring|target|targeted|successor)\b)[a-z-]+\s+company\s+"
    r"(?:has|had|have|said|says|is|was)\b|"
    # a listed company naming itself in its release: "Cytomedix, Inc. (AMEX: GTF) today announced that it will restate"
    r"\((?:nyse|nasdaq|amex|otc\w*|tsx)[\w\s.-]{0,20}:\s*\w|\btoday\s+announced\b|"
    # a named company as news quotes it: "SIG said it intends to restate previous financial statements"
    r"\b(?:said|says|announced|disclosed|stated|reported|confirmed)\s+(?:on\s+\w+\s+)?(?:that\s+)?it\b|"
    r"\b(?:the|this|these)\s+(?:[\w-]+\s+){0,2}?restatements?\b|\bsuch\s+restatement\b(?!s)|\b(?:19|20)\d\d\b|\bq[1-4]\b|"
    # reports named just before: "BKD said those financial reports \u201cshould no longer be relied upon.\u201d"
    r"\b(?:those|these)\s+(?:[\w-]+\s+){0,2}?(?:statements|reports)\b|"
    # its own reports, picked out: "included in certain previously-filed periodic reports"
    r"\bcertain\s+previously[- ](?:issued|filed|reported)\b|"
    r"\bquarters?\b|\bfiscal\b|\bnote\s+\d{1,2}\b|"
    r"\b(?:january|february|march|april|june|july|august|september|october|november|december)\b"
)
# One named company restating, as a news item says it: "Symbol Technologies Restates Results After ..." (reads the
# document text: the capital marks the name).
# (and in a headline's future: "Toshiba to Restate at Least 152 Billion Yen of Past Profits")
_NAMED_RESTATES = re.compile(
    r"\b[A-Z][\w&'\u2019-]+\s+(?:Restates|restates|(?:[Tt]o|[Ww]ill)\s+Restate)\b|"
    # ("Olympus has filed corrected earnings reports")
    r"\b[A-Z][\w&'\u2019-]+\s+(?:has\s+|had\s+)?(?:filed|submitted|published)\s+corrected\b"
)
_CORRECTION_WORD = cues.rx(r"\bcorrect|\brestat|\berrors?\b|\bmisstat")
_ERROR_WORDS = cues.rx(
    r"\berrors?\b|\bmisstat\w*|\birregularit\w*|\bincorrect\w*|\bimproper\w*|\bfraud\w*|\bnon-?reliance|"
    r"\bno\s+longer\s+be\s+relied|\bmisappropriat\w*|\bembezzl\w*|\bunauthorized|\bmaterial\s+weakness|"
    r"\bcorrect(?:ed|ion|ions|ly)?\b"
)
# Restated for something that is not an error: splits, discontinued operations, new standards.
_ACCOUNTING_CHANGE = cues.rx(
    r"\bstock\s+splits?\b|\bshare\s+splits?\b|\breverse\s+(?:stock\s+)?splits?\b|\bstock\s+dividends?\b|"
    r"\bdiscontinued\s+operations?\b|\breclassif\w*|\bconform\w*\s+(?:to|with)\s+(?:the\s+)?current|"
    r"\bcurrent\s+(?:period|year)\s+presentation|\bsegments?\b|\badopt(?:ed|ion|ing)\b|\basu\b|\basc\s+\d|"
    r"\bsfas\b|\bfas\s+\d|\bstatement\s+(?:no\.|of\s+financial\s+accounting)|\bthe\s+statement\b|"
    r"\bnew\s+accounting\s+(?:standards?|guidance|pronouncements?)|\bchange\s+in\s+accounting\s+principle|"
    r"\bretrospective(?:ly)?\b|\bretroactive(?:ly)?\b|\bifrs\s+\d|\bpooling\s+of\s+interests\b|\brecast\b|"
    r"\bsplits?\b|\b(?:share|stock)\s+distributions?\b|\bcommon\s+control\b|"
    # a move to another framework: "the requirement to file restated interim financial reports in accordance with U.S. GAAP"
    # ("Restatement of financial information for the year ended 30 September 2005 ... under International Financial
    # Reporting Standards")
    r"\brestat(?:ed|ement)\s+(?:of\s+)?(?:[\w-]+\s+){0,16}?(?:in\s+accordance\s+with|under)\s+(?:u\.s\.\s+gaap|us\s+gaap|"
    r"ifrs\b|international\s+financial\s+reporting\s+standards)"
)
# Around a bare "restate", only the change itself counts: real restatements cite standards (ASC 480, ASC 815) too.
_CHANGE_NEARBY = cues.rx(
    r"\b(?:stock|share|reverse(?:\s+stock)?)\s+splits?\b|\bsplits?\b|\bstock\s+dividends?\b|"
    # (not a loan's status: "$.5 million of loans previously identified as impaired were reclassified as troubled debt
    # restructurings")
    r"\b(?:share|stock)\s+distributions?\b|\bdiscontinued\s+operations?\b|\breclassif\w*+(?!\s+(?:as|to)\s+(?:troubled|nonaccrual|"
    r"non-?accrual|impaired|non-?performing|substandard|doubtful))|\bsegments?\b|"
    r"\badopt(?:ed|ion|ing)\b|\bnew\s+accounting\s+(?:standards?|guidance|pronouncements?)|"
    r"\bchange\s+in\s+accounting\s+principle|\bretrospective(?:ly)?\b|\bretroactive(?:ly)?\b|\brecast\b|"
    # IAS 29's restatement in a hyperinflationary economy: "equity has been restated in the same way as the other non-monetary
    # items"
    r"\bhyperinflation\w*|\bias\s+29\b|\bnon-?monetary\s+items?\b|"
    # an entity acquired under common control, combined from the date control began ("restated to include the
    # results of operations of PST Technology ... when the entities first came under the common control")
    r"\bcommon\s+control\b|"
    # comparatives restated on a move to a new framework: "financial reporting has transitioned to be in accordance
    # with International Financial Reporting Standards ... with comparable periods in 2010 ... being restated"
    r"\btransition(?:ed|ing|s)?\s+(?:[\w-]+\s+){0,4}?(?:international\s+financial\s+reporting\s+standards|ifrs)\b|"
    r"\b(?:first[- ]time\s+adopt\w*\s+of|conver(?:sion|ted|ting)\s+to|reporting\s+under|changeover\s+to)\s+(?:the\s+)?ifrs\b|"
    # a standard named by its number: "Earnings per share amounts for all periods have been restated to conform to FAS 128"
    r"\bs?fas\s+(?:no\.\s*)?\d{2,3}\b"
)
_CHANGE_NEARBY_NEEDS = (
    "split", "distribution", "dividend", "retro", "adopt", "standard", "guidance", "pronounce", "principle",
    "recast", "reclassif", "segment", "discontinued", "common control", "ifrs", "fas ", "hyperinflation", "ias 29",
    "monetary item",
)
# What the error-correction standard says, not what this company did: "ASC 250 requires the correction
# of an error in previously issued financial statements to be reported as a prior period adjustment".
_POLICY = cues.rx(
    r"\basc\s+250\b|\bsfas\s+(?:no\.\s+)?154\b|\bstatement\s+(?:no\.\s+)?154\b|\bapb\s+(?:opinion\s+)?(?:no\.\s+)?20\b|"
    r"\bias\s+8\b|\b(?:is|are|be)\s+reported\s+as\s+(?:a\s+)?prior[- ]period\s+adjustments?\b"
)
_POLICY_SIGNALS = frozenset(("phrase:error-correction", "phrase:restatement"))
_PARENTHETICAL = cues.rx(r"\(\s*(?:as\s+)?restated\s*\)|\bas\s+restated\b")
# (an ordinal names one of several: "led to [the Second Restatement]")
_BARE_NOUN = cues.rx(
    r"(?:\b(?:the|this|such|these|our|its|a|any|necessary|related)\s+(?:(?:first|second|third|fourth)\s+)?"
    # one compound or year between: "a multi-year restatement", "the 2004 restatement"
    r"(?:[a-z]+-[a-z-]+\s+|(?:19|20)\d\d\s+)?(?:financial\s+)?)$"
)
# "restatements" with no determiner: restatements in general ("Big R restatements involve ..."), not ones.
_DETERMINED = cues.rx(
    r"\b(?:the|these|such|our|its|their|those|two|three|both|all|prior|previous|necessary|required)\s+(?:[\w-]+\s+){0,2}$"
)
# Restatements a company files of its own statements: "TCC also expects to file restatements of the financial
# statements included in certain previously-filed periodic reports".
_FILED_RESTATEMENTS = cues.rx(
    r"\b(?:file|files|filed|filing|issue|issued|issuing|publish|published)\s+restatements\s+of\s+(?:the|its|our|their|certain)\b|"
    # ("the company announced it was issuing restatements for fiscal years 2016 and 2017")
    r"\b(?:filed|filing|issued|issuing|published|announced)\s+restatements\s+for\s+(?:its\s+|the\s+)?(?:fiscal\s+)?(?:years?|quarters?|"
    r"periods?|(?:19|20)\d\d)\b"
)
# How many restatements there are: "the prevalence of restatements", "the number of restatements".
_QUANTITY_OF = cues.rx(
    r"\b(?:prevalence|number|numbers|rise|rates?|frequency|increase|decline|trends?|count|wave|spate|surge|"
    r"percentage|proportion|incidence|volume)\s+of\s+(?:[\w-]+\s+)?$"
)
_COUNTED_AFTER = cues.rx(r"\s+(?:occurrences|cases|announcements|events)\b")
_FIRMS_THAT = cues.rx(r"^\W*(?:firms|companies|issuers|entities|businesses|registrants)\s+(?:that|which|who)\b")
_INDICATION = cues.rx(r"^\W*as\s+(?:an?\s+)?(?:indications?|indicators?|measures?|predictors?|indicative)")

OTHER_SENSES = cues.senses(
    (cues.DEFINED_TERM_NEEDS, cues.DEFINED_TERM),
    # a collection of restatements studied: "the data contained in our restatements database"
    (("database", "data base", "dataset"), r"\brestatements?\s+(?:database|data\s+base|dataset)\b"),
    (
        ("amend",),
        (
            r"\bamend(?:ed|s|ing|ment)?\s+and\s+restat(?:ed|es|e|ing|ement)\b(?!\s+(?:(?:its|the|our|their|certain|all|"
            r"such|previously\s+issued)\s+)*(?:consolidated\s+)?financial)"
        ),
    ),
    (
        ("restated",),
        (
            cues.word("restated")
            + r"\s+(?:and\s+amended\s+)?(?:certificate|articles|by-?laws|charter|memorandum|"
            r"credit|loan|agreement|plan|declaration|trust|partnership|operating|indenture|limited|employment|stock|"
            r"equity|incentive|note|security|guaranty|guarantee|lease|master|investment|registration|rights|schedule|"
            r"deferred|savings|retirement|pension|bonus|director|executive|omnibus|\d{4})\b"
        ),
    ),
    (
        ("restatement",),
        (
            cues.word("restatement")
            + r"\s+of\s+(?:its|the|our|their|an?)\s+(?:amended\s+)?(?:certificate|articles|by-?laws|charter|"
            r"agreement|plan|memorandum|declaration)\b"
        ),
    ),
    (
        ("restat",),
        (
            cues.word("restat")
            + r"(?:ed|ing|e)\s+(?:to\s+reflect|for|to\s+give\s+effect\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
            r"(?:splits?|stock\s+dividends?|reverse|discontinued|reclassification|adoption|change\s+in\s+accounting)"
        ),
    ),
    (("restatement",), cues.word("restatement") + r"\s+\((?:first|second|third)\)"),
    # the American Law Institute's treatises: "Restatement Second of Contracts § 243", "The Restatement provides
    # that a party's failure to render ... performance"
    (
        ("restatement",),
        (
            cues.word("restatement")
            + r"s?\s+(?:\(?(?:first|second|third|fourth|2d|3d)\)?\s+)?of\s+(?:the\s+law\s+(?:of\s+)?)?(?:contracts|torts|"
            r"agency|property|restitution|trusts|judgments|conflict\s+of\s+laws|foreign\s+relations|suretyship|"
            r"employment\s+law|law)\b|"
            r"\bthe\s+restatement\s+(?:provides|states|says|explains|defines|recogni[sz]es|adopts|follows|sets\s+forth|"
            r"rule|approach|test|view|position|formulation)\b"
        ),
    ),
    # Defined terms of amended and restated agreements: "the Restatement Effective Date".
    (("restatement",), cues.word("restatement") + r"\s+(?:effective\s+)?(?:date|closing|transactions?|agreement)\b"),
    (
        ("restat",),
        (
            cues.word("restat")
            + r"(?:ed|es|ing)\s+(?:its|the|our)\s+(?:[\w-]+\s+){0,3}?(?:guidance|outlook|"
            r"forecast|commitment|position|intention|support|view|targets?)\b"
        ),
    ),
    (("corrections",), r"\baccounting\s+changes\s+and\s+error\s+corrections\b"),
    # a number, not a negator: "this Amendment No. 2 to restate the financial statements"
    (("no.",), r"\bno\.\s?\d+\b"),
    (
        ("typographical", "clerical", "scrivener", "formatting"),
        r"\b(?:typographical|clerical|scrivener'?s?|formatting)\s+errors?\b",
    ),
    # "(as amended, restated, supplemented or otherwise modified from time to time)"
    (
        ("restated",),
        (
            r"\b(?:amended|supplemented|modified|extended|renewed|replaced),?\s+(?:and\s+|or\s+)?restated\b|"
            r"\brestated,\s+(?:amended|supplemented|modified|extended|renewed|replaced)\b"
        ),
    ),
)


class RestatementDetector:
    kind: str = KIND
    keywords: tuple[str, ...] = (
        "restat",
        "relied",
        "rely",
        "reliance",
        "unreliable",
        # "its auditor withdrew its reports on the ... company's year-end and first-quarter results"
        "withdrew its",
        "withdrawn its",
        "withdraws its",
        "withdrew their",
        "withdrawn their",
        "10-k/a",
        "10-q/a",
        # "filed an amended annual report for the year ended December 2010 and amended quarterly reports ... to reflect"
        "amended annual report",
        "amended quarterly report",
        "error",
        "misstat",
        "correct",
        # "inventory on its balance sheet was overstated by \u00a358m"
        "overstated by",
        "understated by",
        # "announced that Allanfield had overstated revenue and profit before tax for the full 2010 and 2011 years"
        "had overstated",
        "has overstated",
        "have overstated",
        "had understated",
        "has understated",
        "have understated",
        # "capital losses ... that were erroneously calculated in the prior year" (a UK "prior year adjustment")
        "erroneous",
        # "previously filed financial statements did not properly account for ..."
        "statements did not",
        "statements do not",
        "statements failed",
        # UK revised accounts: "the preparation of revised audited financial statements for the year ended 31 March 2019"
        "revised audited financial",
        "revised financial statements",
        "revised accounts",
        # "we have revised previously reported financial information"
        "revised previously",
        "revised our previously",
        "revised its previously",
    )
    max_score: float = 0.9
    skip_on: frozenset[str] = frozenset(("restat",))
    skip: re.Pattern[str] | None = re.compile(
        r"(?:amend(?:ed|s|ing|ment)?,?\s+(?:and|or)\s+|(?:amended|supplemented|modified),\s+)restat\w*"
        r"(?!\s+(?:(?:its|the|our|their|certain|all|such|previously\s+issued)\s+)*(?:consolidated\s+)?financial)|"
        r"restated,\s+(?:amended|supplemented|modified)|"
        r"restated\s+(?:certificate|articles|by-?laws|charter|memorandum|credit|loan|agreement|plan|declaration|"
        r"trust|partnership|operating|indenture|employment|incentive|note|security|guaranty|lease|master)"
    )

    def analyze(self, text: str, start: int, end: int, floor: float | None = None) -> Candidate | None:
        masked = _reported_future(cues.mask(cues.lower(text[start:end]), OTHER_SENSES))
        bar = -1.0 if floor is None else floor
        # Each reading is looked for only when the most it can score beats the document's best so far.
        matches = [
            _non_reliance(masked) if NON_RELIANCE.weight > bar else None,
            best_match(masked, PHRASES, modals=_MODALS) if _TITLE_SCORE > bar else None,
            _restate(masked) if _RESTATE_MAX > bar else None,
            _amended_report(masked) if _AMENDED_MAX > bar else None,
            _error_found(text, start, end, masked) if _ERROR_FOUND_MAX > bar else None,
        ]
        # Each match is judged with its own corrections before the best is chosen: an "error correction" phrase
        # without financial statements around it must not hide "these restatements" in the same sentence.
        found = sorted((m for m in matches if m is not None), key=lambda m: m.score, reverse=True)
        best: Match | None = None
        score = max(0.0, bar)  # a match must beat this (and the document's best so far)
        for m in found:
            if max(m.score, _TITLE_SCORE if m.phrase.signal == "phrase:item-4.02-title" else 0.0) <= score:
                continue  # the corrections only lower a score (the Item 4.02 title aside): this one cannot win
            judged = self._judge(text, start, end, masked, m)
            if judged > score:
                score, best = judged, m
        if best is None:
            return None
        return Candidate(KIND, clamp(score), start, end, (best.phrase.signal,), Severity.high)

    def _judge(self, text: str, start: int, end: int, masked: str, best: Match) -> float:
        """The score of one match after the corrections for hedges, rules and other senses."""
        score = best.score
        if best.phrase.signal == "phrase:item-4.02-title" and _own_conclusion_follows(text, _title_line_end(text, start, end, best)):
            score = _TITLE_SCORE
        if best.hedged or (best.phrase.signal in _POLICY_SIGNALS and _POLICY.search(masked)):
            score = min(score, 0.3)
        if score > 0.3 and (
            cues.generic(masked)
            or _categorical(masked)
            or cues.requirement_item(text, start)
            or cues.instruction_item(text, start)
            or cues.definition(masked)
            or _REQUIREMENT.search(masked)
            or cues.addressed_to_reader(text, masked, start)
            or _duty(masked, best)
            or _imagined_scene(text, start, masked)
            or _EXPLAINED.search(masked)
            or cues.illustration(text, start)
            or ("restat" in masked and _POPULATION.search(masked) is not None)
            or (_HABITUAL.match(masked) is not None and not _DATED_OR_PERIOD.search(masked))
            or (" a" in masked and _ANY_COMPANY_WHEN.search(masked) is not None)
            or _plural_in_headline(text, start, masked, best)
        ):
            score = min(score, 0.3)  # what companies do or rules require, not what this company did
        if best.phrase.signal == "phrase:restatement" and _accounting_change_nearby(text, start, end, masked):
            score = min(score, 0.3)
        if (
            score > 0.45
            and best.phrase.signal != "phrase:item-4.02-title"
            and not _SPECIFIC.search(_unquoted(masked))
            and not _NAMED_RESTATES.search(text, start, end)
        ):
            # no company, period or date: restatements as a topic ("restatement news has been flooding the
            # business pages", "the need for a restatement signifies that the original financial statements
            # should no longer be relied upon", "prior period financial statements should be restated when ...")
            score = 0.45
        if score > 0.3 and (
            cues.placeholder_subject(masked)
            or cues.kinds_list_before(masked, best.start)
            or cues.condition_after(masked, best.end) and not _PAST.search(masked)
        ):
            score = 0.3  # an example ("Company Y filed a 10-K/A to restate"), a list of kinds, a rule
        if best.phrase.signal == "phrase:error-correction" and _OTHER_RECORD.search(masked):
            score = min(score, 0.3)
        if best.phrase.signal == "phrase:error-correction" and _out_of_period(text, start, masked):
            score = min(score, 0.3)  # corrected in the current period: the statements already issued stay as they were
        if best.phrase.signal == "phrase:error-correction" and not _FIN_CONTEXT.search(masked):
            score = min(score, 0.3)  # an error in a billing system, not in the financial statements
        if best.phrase.signal == "phrase:error-correction" and _CONTROL_AIM.search(masked, max(0, best.start - 60), best.start):
            score = min(score, 0.3)  # what a control is for, not an error found
        if score > 0.45 and best.phrase.signal == "phrase:restatement" and _CAPTION.match(masked):
            score = 0.45  # a table's caption ("Schedule of consolidated statement restated"), not a statement
        if cues.boilerplate(masked):
            score -= 0.4
        return score

    def refine_severity(self, severity: Severity, found: tuple[Amount, ...]) -> Severity:
        return severity


# The misstatements a control is there to stop: "entity-level controls ... to prevent or detect material misstatements
# to the consolidated financial statements" (a material weakness described, no error found).
_CONTROL_AIM = cues.rx(r"\bprevent(?:s|ed|ing)?\b")


# An out-of-period adjustment corrects an old error in the current period, not the statements already issued: "the
# Company identified and recorded out-of-period adjustments related to (i) income tax errors ... The impact of
# correcting these errors ... decreased net income ... in the third quarter of fiscal 2016" (unless the sentence says
# the prior periods were revised or restated).
_OUT_OF_PERIOD = cues.rx(r"\bout[- ]of[- ]period\b")
# (before the sentence, only a statement that such adjustments were booked, not a note's title "Out-of-Period Adjustment")
_BOOKED_OUT_OF_PERIOD = cues.rx(
    r"\b(?:record|recogni[sz]|identifi|ma[kd]e|book)\w*\s+(?:an?\s+|the\s+|certain\s+)?(?:[\w-]+\s+){0,2}?out[- ]of[- ]period\b"
)
_PRIOR_CORRECTED = cues.rx(r"\brevis(?:ed|ing|ion)\b|\brestat|\bas\s+previously\s+reported\b")


def _out_of_period(text: str, start: int, masked: str) -> bool:
    """The sentence, or the one before it that it refers to, books the correction out of period."""
    if _PRIOR_CORRECTED.search(masked):
        return False
    if ("of-period" in masked or "of period" in masked) and _OUT_OF_PERIOD.search(masked):
        return True
    before = cues.lower(text[max(0, start - 400) : start])
    return ("of-period" in before or "of period" in before) and _BOOKED_OUT_OF_PERIOD.search(before) is not None


# An XBRL table caption: "Schedule of consolidated statement restated", "Schedule of Restatement of ...".
_CAPTION = cues.rx(r"^\W*schedule\s+of\b")


# A quoted example in parentheses: "vague language ('we need additional time to complete our analysis')".
_QUOTED_ASIDE = cues.rx(r"\(\s*['\"\u2018\u201c][^)]{0,200}\)")


def _unquoted(masked: str) -> str:
    return _QUOTED_ASIDE.sub(" ", masked) if "(" in masked else masked


# The Item 4.02 title followed by one company's dated account.
_TITLE_SCORE = 0.85
# After the Item 4.02 heading, the 8-K's own account opens with a dated event or the period concerned: "On
# April 12, 2021, ...", "... for its fiscal year ended September 30, 2021, management has re-evaluated".
_DATED = cues.rx(r"\b" + cues.DATE)
_DATED_NEEDS = ("19", "20")
_LINE_END = re.compile(r"[ \t.]*(?:\r?\n|$)")
_REQUIREMENT = cues.rx(
    r"\b(?:requires?|required)\s+(?:(?:a|an|the|each|every|any)\s+)?(?:companies|company|registrants?|issuers?)\s+to\b|"
    r"\bmust\s+(?:file|disclose|report|be\s+filed)\b|\bif\s+and\s+when\b|"
    # a rule's cases of filer: "or, in the case of a foreign private issuer, a similar disclosure in a Form 6-K" (an
    # exchange's delinquent-filer rule listing the filing of a non-reliance 8-K)
    r"\bin\s+the\s+case\s+of\s+(?:a|an|any)\s+(?:foreign\s+private\s+issuer|issuer|registrant|listed\s+company|company)\b"
)


def _title_line_end(text: str, start: int, end: int, title: Match) -> int:
    """Where the line holding the Item 4.02 title ends: the sentence end, or the end of the title's own line when
    the account after it was read into the same sentence ("... Completed Interim Review\n(a) The Company began")."""
    line_end = text.find("\n", start + title.end, end)
    if line_end == -1 or line_end - (start + title.end) > 120 or "." in text[start + title.end : line_end]:
        return end
    return line_end


def _own_conclusion_follows(text: str, end: int, reach: int = 400) -> bool:
    """The Item 4.02 title is a heading (a line of its own) followed by one company's dated account, not a
    rule or an explainer quoting the title."""
    if not _LINE_END.match(text, end):
        return False
    following = cues.lower(text[end : end + reach])
    if not cues.present(following, _DATED_NEEDS) or not _DATED.search(following):
        return False
    return not (cues.generic(following) or _REQUIREMENT.search(following))


# A duty in the active voice ("the company must correct the statements by issuing a restatement") says what
# is to be done in general; a decision ("concluded that the Company should restate") or the passive finding
# ("should be restated", "should no longer be relied upon") says what this company found.
_DUTY = cues.rx(r"\b(?:must|should)\s+(?!be\b|no\b|not\b|have\b)[a-z]+")
_DECIDED = cues.rx(r"\b(?:conclu\w*|determin\w*|decid\w*|agreed|believes?|found|resolved)\b")


# A term explained, not an event: "The FASB defines a restatement as a revision of ...", "I discussed the process
# of correcting an error as a choice between ...".
_EXPLAINED = cues.rx(
    r"\bdefin(?:es|ed|ing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?as\b|\bthe\s+process\s+of\s+(?:correct|restat|revis)\w*|"
    # the steps of any restatement in the present tense: "The restatement process itself involves several steps."
    r"^\W*(?:the|a)\s+restatement\s+process\s+(?:itself\s+)?(?:typically\s+|generally\s+|usually\s+|often\s+)?"
    r"(?:involves|includes|requires|consists|entails|begins|starts|can|may|is\s+(?:a|an|the)\b)"
)
# A step of any restatement told in the habitual present, with no date or period: "The company also issues a press
# release announcing the restatement to inform investors." (one company's act is told in the past or with a date).
_HABITUAL = cues.rx(
    r"\W*(?:the|a)\s+(?:company|issuer|registrant)\s+(?:also\s+|then\s+|typically\s+|generally\s+|usually\s+|often\s+)?"
    r"(?:files|issues|announces|publishes|notifies|restates|corrects|identifies|discloses|releases)\b|"
    # what any restatement does: "The restatement adjusts the historical numbers to reflect the correction of the error."
    r"\W*(?:the|a)\s+restatement\s+(?:also\s+|typically\s+|generally\s+|usually\s+|often\s+)?(?:adjusts|communicates|"
    r"corrects|revises|changes|affects|aims|ensures|serves|shows|tells|signals|requires|reflects\s+the\s+correction)\b|"
    # statements restated for a purpose or on a condition, in the present: "Financial statements are restated to
    # ensure that stakeholders get an accurate picture"; restating as an activity: "Restating earnings hurts ..."
    r"\W*(?:the\s+)?(?:financial\s+statements|financials|accounts|earnings|results)\s+(?:are|is)\s+(?:\w+\s+)?restated\s+"
    r"(?:to\s+(?:ensure|correct|reflect|give|provide|make)|when|if|whenever|because|in\s+order)\b|"
    r"\W*restating\s+(?:the\s+)?(?:earnings|results|financial\s+statements|financials|accounts|numbers)\s+(?:hurts|harms|is|"
    r"can|may|will|does|has|damages|erodes|costs|leads|affects|signals)\b"
)
_DATED_OR_PERIOD = cues.rx(
    r"\b(?:19|20)\d\d\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|"
    r"\bquarters?\b|\bfiscal\b|\bperiods?\s+ended\b|\byears?\s+ended\b|\bmonths\s+ended\b"
)
# Restatements studied as a population: "we show that these restatements come in periods of declining profits
# ... for the restating firms", "this study investigates a large sample of financial statement restatements".
_POPULATION = cues.rx(
    r"\brestating\s+(?:firms|companies|issuers|registrants|entities)\b|"
    r"\b(?:study|studies|paper|sample|samples|researchers?)\b[^.;]{0,90}?\brestatements?\b|"
    r"\bwe\s+(?:show|find|document|provide\s+evidence|hypothesi[sz]e)\s+that\b|"
    # a count of companies that restated: "Forty-four banks restated last year, one fewer than in 2009"
    r"\b(?:\d[\d,]*|[a-z]+ty(?:-[a-z]+)?|hundreds|dozens|thousands|many|several|few|more|fewer)\s+(?:[\w-]+\s+)?"
    r"(?:banks|companies|firms|issuers|registrants|filers|corporations|businesses|insurers)\s+(?:\w+\s+)?restat|"
    # a share of them: "17 percent of companies that restated their financial statements"
    r"\b(?:percent|per\s+cent|%|proportion|share|majority|half|third|quarter)\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?"
    r"(?:banks|companies|firms|issuers|registrants|filers|corporations|businesses)\s+(?:that|which|who)\s+(?:\w+\s+)?restat"
)
# A quoted line in a scene the reader is asked to imagine: "You're in the office ... when in bursts the CFO's
# assistant. 'We have to restate last quarter's numbers.'"
_QUOTE_OPENS = re.compile(r"^\W{0,3}[\u2018\u201c'\"]")
_YOUR_SCENE = cues.rx(r"\byour\s+(?:company|firm|business|office|cfo|ceo|board|auditors?)\b|\byou(?:'|\u2019)re\b")


def _imagined_scene(text: str, start: int, masked: str, reach: int = 400) -> bool:
    if not _QUOTE_OPENS.match(masked):
        return False
    return _YOUR_SCENE.search(cues.lower(text[max(0, start - reach) : start])) is not None


# Any company, on a condition: "when a company announces a restatement of revenues or expenses, there is value in
# looking at its industry peer firms".
_ANY_COMPANY_WHEN = cues.rx(
    r"\b(?:when|if|whenever|once|after|before)\s+(?:an?|any)\s+(?:[\w-]+\s+)?(?:company|firm|issuer|registrant|business|"
    r"entity|corporation)\s+(?:\w+\s+)?(?:announces|restates|discovers|finds|files|issues|must|has\s+to|needs\s+to|decides)\b"
)
_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]{3,}")


def _plural_in_headline(text: str, start: int, masked: str, match: Match) -> bool:
    """ "Stepping Through The Financial Restatements Minefield": restatements (plural) in a Title Case headline
    line are a topic, not one company's."""
    if not masked.startswith("restatements", match.start):
        return False
    at = start + match.start
    line = text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1]
    long_words = _TITLE_WORD.findall(line)
    return len(long_words) >= 3 and all(w[0].isupper() for w in long_words) and not _DATED_OR_PERIOD.search(line.lower())


def _duty(masked: str, match: Match) -> bool:
    m = None
    for m in _DUTY.finditer(masked, 0, match.start + 1):
        pass
    if m is None or match.start - m.end() > 60:
        return False
    return not _DECIDED.search(masked, 0, m.start())


def _categorical(masked: str) -> bool:
    """ "Big R restatements involve ...", "the reporting requirements for error corrections", "the prevalence of
    restatements associated with the statement of cash flows": restatements and error corrections as a
    category, not this company's."""
    for noun in ("restatements", "error corrections"):
        i = masked.find(noun)
        while i != -1:
            if (
                not (_DETERMINED.search(masked, max(0, i - 50), i) or _FILED_RESTATEMENTS.search(masked, max(0, i - 12), i + 40))
                or _QUANTITY_OF.search(masked, max(0, i - 40), i)
            ):
                return True
            i = masked.find(noun, i + len(noun))
    return False


def _accounting_change_nearby(text: str, start: int, end: int, masked: str) -> bool:
    """ "Restate all periods presented" under a heading about a new standard or a stock split: the
    paragraph around a bare "restate" names a change in accounting, and no error."""
    if _ERROR_WORDS.search(masked):
        return False
    if "as discussed in" in masked and _AUDITOR_RESTATED.search(masked):
        return False  # the auditor's own paragraph on the restatement, next to one on a new standard
    window = cues.lower(text[max(0, start - 400) : end + 200])
    return (
        cues.present(window, _CHANGE_NEARBY_NEEDS)
        and bool(_CHANGE_NEARBY.search(window))
        and not _ERROR_WORDS.search(window)
    )


# The auditor's explanatory paragraph on a correction: "As discussed in Note 3 to the consolidated financial
# statements, the Company has restated its consolidated financial statements as of and for the year ended ..."
# (a new standard gets a paragraph of its own: "the Company adopted ..." or "changed its method of accounting").
_AUDITOR_RESTATED = cues.rx(
    r"^\W*as\s+discussed\s+in\s+note\s+\w+\b[^.;]{0,80}?,\s+(?:the\s+company|management)\s+(?:has|have|had)\s+"
    r"restated\s+(?:its|the)\s+(?:consolidated\s+)?financial\s+statements\b(?![^.;]{0,80}\b(?:to\s+reflect|for\s+the\s+"
    r"(?:adoption|effects?\s+of)|retrospective))"
)
# Reported speech moves "will" to "would": "Kohl's said it would restate its financial results", "the company said
# the restatement would decrease net earnings" tell a decision taken, not a hypothesis. The "would" after a
# reporting verb in the same clause is read as "will" (same length).
# A time may follow the verb ("said last month that", "announced late Sunday it would restate"), and a cause may lead in ("said that manipulation of the
# timing of options meant it would have to restate earnings"); "said it expected to restate" reads "expects".
_REPORTED_WOULD = cues.rx(
    # ("Network Associates Inc. said Wednesday it would again restate financial results")
    r"\b(?:said|announced|disclosed|stated|reported|confirmed|told\s+\w+)(?:\s+(?:last|this|on|earlier|late|early)\s+\w+|"
    r"\s+(?:yesterday|today|earlier|previously|" + cues._WEEKDAY + r"))?\s+(?:that\s+)?(?:[\w\s,-]{0,80}?\bmeant\s+(?:that\s+)?)?"
    r"(?:it|they|we|he|she|the\s+(?:company|restatement|restatements|board|audit\s+committee|corrections?|"
    r"adjustments?))\s+(?:would|expected)\b"
)


def _reported_future(masked: str) -> str:
    if "would" not in masked and "expected" not in masked:
        return masked
    return _REPORTED_WOULD.sub(_present_tense, masked)


def _present_tense(m: re.Match[str]) -> str:
    said = m.group()
    if said.endswith("expected"):
        return said[:-8] + "expects "
    return said[:-5] + "will "


def _non_reliance(masked: str) -> Match | None:
    m = best_match(masked, (NON_RELIANCE,), modals=_MODALS)
    if m is None or not _FIN_CONTEXT.search(masked) or _INDICATION.match(masked, m.end):
        return None
    if "relied" not in masked[m.start : m.end] and _OTHER_RELIANCE.match(masked, m.end):
        return None  # an auditor "no longer able to rely on management's representations": not the statements
    if _OUTLOOK.search(masked, 0, m.start) and not _REPORTED_FIGURES.search(masked, 0, m.start):
        return None  # "the previously provided revenue outlook ... should not be relied upon": a forecast withdrawn
    return m


# A forecast withdrawn is not a report found wrong: the subject names an outlook and no statements or results.
_OUTLOOK = cues.rx(r"\b(?:outlook|guidance|forecasts?|projections?)\b")
_REPORTED_FIGURES = cues.rx(
    r"\bstatements?\b|\breports?\b|\bresults\b|\bfinancial\s+information\b|\breleases?\b|\bfilings?\b|\b10-[kq]\b"
)


# What an active "rely on" is about when it is not the financial statements or a report on them.
_OTHER_RELIANCE = cues.rx(
    r"\s+(?:the\s+)?(?:management|representations|(?:the\s+)?(?:work|assurances?|statements?\s+of\s+management|"
    r"information\s+provided|third\s+part))"
)
_PAST = cues.rx(r"\b(?:was|were|had|has\s+been|have\s+been|did|restated|corrected|identified|concluded|determined)\b")


_RESTATE_PHRASE = phrase(RESTATE.pattern, 0.8, "phrase:restatement", needs=("restat",))
_RESTATE_MAX = 0.8  # the most _restate_weight gives


def _restate(masked: str) -> Match | None:
    """ "restate" about financial statements (0.8); a bare "the restatement" naming a known one (0.6)."""
    if "restat" not in masked:
        return None
    if _ACCOUNTING_CHANGE.search(masked) and not _ERROR_WORDS.search(masked) and not _PRIOR_STATEMENTS_RESTATED.search(masked):
        return None
    best: Match | None = None
    for m in RESTATE.finditer(masked):
        if cues.negated(masked, m.start()):
            continue
        weight = _restate_weight(masked, m)
        is_hedged = cues.conditional_sentence(masked) or cues.hedged(
            masked, m.start(), m.end(), modals=_MODALS
        )
        cand = Match(_RESTATE_PHRASE, m.start(), m.end(), weight - (0.45 if is_hedged else 0.0), is_hedged)
        if best is None or cand.score > best.score:
            best = cand
    return best


# Statements already issued are restated: "Restatement of Previously Issued Financial Statements" (a new standard
# or a split recasts amounts "retrospectively"; it does not restate the statements as issued), unless a split
# is named as the reason.
_PRIOR_STATEMENTS_RESTATED = cues.rx(
    r"\brestat\w*\s+(?:of\s+)?(?:the\s+|its\s+|our\s+|certain\s+)?(?:company['\u2019]s\s+)?previously\s+(?:issued|reported|"
    r"filed)\s+(?:[\w-]+\s+){0,3}?(?:financial\s+(?:statements|information)|results)\b(?![^.;]{0,80}\bsplits?\b)"
)


def _restate_weight(masked: str, m: re.Match[str]) -> float:
    if _PARENTHETICAL.search(masked, max(0, m.start() - 4), m.end() + 2):
        return 0.45  # a column label "(restated)" shows an old restatement, not a new one
    if m.group() == "restatements" and _COUNTED.search(masked, max(0, m.start() - 16), m.start()):
        return 0.3  # restatements counted, a study's figure: "the 73 restatements in 2018 represented just 4.1% of companies"
    if "of" in masked and _SHARE_OF_FILERS.search(masked, 0, m.start()):
        return 0.3  # a share of all filers: "4.93 percent of the SEC public company filer population ... restated"
    if _COUNTED_AFTER.match(masked, m.end()):
        return 0.3  # a study's tally: "The highest number of restatement occurrences was in 2010 with 342 cases (17.58%)"
    if _FIRMS_THAT.match(masked):
        return 0.3  # a regulator's policy for a class: "Firms that commit lesser breaches will be asked to restate some comparative"
    window = masked[max(0, m.start() - 60) : m.end() + 120]
    if _FIN_CONTEXT.search(window):
        return 0.8
    if _CAUSED_BY_ERROR.match(masked, m.end()) and _FIN_CONTEXT.search(masked):
        return 0.8  # "... previously issued financial statements ... (long defined term) should be restated due to an error"
    if masked.startswith("restated", m.start()) and _STATEMENTS_RESTATED.search(masked, max(0, m.start() - 280), m.end()):
        # the statements as the subject, their periods spelled out between: "the accompanying consolidated financial
        # statements as of December 31, 2020 and for the period from February 14, 2020 (inception) through December 31,
        # 2020, have been restated" (an auditor's explanatory paragraph, quoted in an Item 4.01 report)
        return 0.8
    if m.group().startswith("restatement") and _BARE_NOUN.search(masked, 0, m.start()):
        return 0.6
    return 0.3


_COUNTED = cues.rx(r"\b\d[\d,]*\s+$")
_SHARE_OF_FILERS = cues.rx(
    r"\b\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,5}?(?:companies|filers?|registrants|"
    r"issuers|population)\b"
)
_STATEMENTS_RESTATED = cues.rx(r"\bfinancial\s+statements\b[^;]{0,240}?\b(?:have|has|had)\s+been\s+restated\b")
# Restated because of an error: "restated due to an error in recording the conversion of debt".
_CAUSED_BY_ERROR = cues.rx(
    r"\s+(?:due\s+to|because\s+of|as\s+a\s+result\s+of|to\s+correct)\s+(?:an?\s+|the\s+|certain\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:errors?|misstatements?)\b"
)
# A correction of earlier periods nearby: the found error is one in statements already issued.
_PRIOR_PERIODS = cues.rx(
    # ("the overstatement was reported at the end of the previous financial year ending January 2019")
    r"\bpreviously[\s-]+(?:issued|reported|filed)\b|\bprior[- ]periods?\b|\b(?:prior|previous)\s+(?:financial\s+|fiscal\s+)?"
    r"(?:year|quarter)s?\b|\brestat\w*|"
    # "Subsequent to the filing of Form 20F for the financial year ended December 31, 2017, management identified ..."
    r"\bsubsequent\s+to\s+the\s+(?:filing|issuance)\s+of\b|"
    r"\brevis(?:ed|ion|ions)\b|\bout[- ]of[- ]period\b|\badjusted\s+the\b|\bas\s+(?:originally\s+)?reported\b|"
    r"\b10-[kq]/a\b|"
    # ... "more than $7 billion in accounting errors during the past several years"
    r"\b(?:during|over|in)\s+the\s+(?:past|previous|prior|last)\s+(?:several|few|two|three|four|five|six|\d+)\s+years\b|"
    # errors of years past: "10 new cases of accounting errors stretching back to around 2010"
    r"\b(?:stretching|going|dating|reaching)\s+back\s+(?:to\s+|over\s+)?(?:around\s+|about\s+)?(?:(?:19|20)\d\d|the\s+|several|"
    r"\w+\s+years)"
)


def _error_found(text: str, start: int, end: int, masked: str) -> Match | None:
    """The company found errors in statements of earlier periods (the correction is said around the sentence)."""
    m = best_match(masked, (ERROR_FOUND, MISACCOUNTED), modals=_MODALS)
    if m is None or m.phrase is ERROR_FOUND and not (
        _prior_periods_nearby(text, start, end) or _MISSTATED_YEAR.search(masked, m.start, m.end)
    ):
        return None
    return m


# The misstated year named in the finding itself: "had overstated revenue and profit before tax for the full 2010 and 2011 years".
_MISSTATED_YEAR = cues.rx(r"\b(?:over|under)stated\b[^;]{0,60}?\bfor\s+(?:the\s+)?(?:full\s+|financial\s+|fiscal\s+)?(?:19|20)\d\d\b")


def _prior_periods_nearby(text: str, start: int, end: int, reach: int = 600) -> bool:
    return _PRIOR_PERIODS.search(cues.lower(text[max(0, start - reach) : end + reach])) is not None


_BLANKED = cues.rx(r"\w*\s+(?:(?:an?|the)\s+)?\s{4}")


_CORRECTION_NAMED = 0.35  # an amended report said to correct the financial statements
_AMENDED_MAX = AMENDED_REPORT.weight + _CORRECTION_NAMED
_ERROR_FOUND_MAX = max(ERROR_FOUND.weight, MISACCOUNTED.weight)


def _amended_report(masked: str) -> Match | None:
    m = best_match(masked, (AMENDED_REPORT,), modals=_MODALS)
    if m is None:
        return None
    # Amended to correct the financial statements (not a signature, a date or an omitted exhibit; not "to correct a
    # typographical error", whose object the other senses blanked).
    if any(not _BLANKED.match(masked, c.end()) for c in _CORRECTION_WORD.finditer(masked)) and _FIN_CONTEXT.search(masked):
        return Match(m.phrase, m.start, m.end, m.score + _CORRECTION_NAMED, m.hedged)
    if "reflect" in masked and _REFLECTS_ACCOUNTING.search(masked, m.end):
        return Match(m.phrase, m.start, m.end, m.score + _CORRECTION_NAMED, m.hedged)
    return m


# Amended to put an accounting decision into the past periods: "filed an amended annual report for the year ended December 2010
# and amended quarterly reports for the first three quarters of 2011 "to reflect its decision to establish a full deferred tax
# valuation allowance as of December 31, 2010"" (not to add a signature, an exhibit or Part III).
_REFLECTS_ACCOUNTING = cues.rx(
    r"\bto\s+reflect\s+(?:its\s+|the\s+|an?\s+)?(?:[\w-]+\s+){0,4}?(?:decision\s+to\s+(?:establish|record|recogni[sz]e|reverse)\b|"
    r"(?:valuation\s+allowances?|impairments?|write-?downs?|accounting\s+adjustments?|reserves?)\b)"
)


DETECTOR = RestatementDetector()
