"""Bankruptcy: the company (or a significant subsidiary) filed a voluntary petition under Chapter 7, 11
or 15, or an involuntary petition was filed against it (8-K Item 1.03, Item 3 before August 2004);
notes written while its case is pending (debtors in possession, liabilities subject to compromise, the
Debtors and the Petition Date); an exchange's notice citing the company's own filing.

Not bankruptcy: a customer's, tenant's or counterparty's filing; an emergence or fresh-start note
for a case already closed; a prepackaged plan being solicited but not yet filed; what could happen
("may seek protection under Chapter 11"); what the law says ("the filing of a bankruptcy petition
automatically stays ..."); bankruptcy-remote entities and bankruptcy events in a contract's default list.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from monitor.detect import cues
from monitor.detect.base import Candidate, Match, clamp, gated, phrase
from monitor.domain import Amount, Severity
from monitor.text import sentence_at

KIND = "bankruptcy"
_GAP = cues.IN_SENTENCE  # "U.S. Bankruptcy Court": full stops of abbreviations
# A day named between the verb and its object in news: "filed on Tuesday for U.S. Bankruptcy Court protection".
_WHEN = r"(?:(?:(?:late|early)\s+)?(?:on\s+)?\w+day\s+|yesterday\s+|today\s+|(?:this|last)\s+week\s+)?"
_CHAPTER = r"(?:chapter\s+(?:7|11|15)\b|ch\.\s?(?:7|11|15)\b|bankruptcy|title\s+11\b|insolvency\s+proceedings?)"
# The Act's name ("Companies' Creditors Arrangement Act") is masked down to its last words before scoring: its
# "Companies" is no rule text about any company.
_CCAA = r"(?:ccaa|(?:companies['\u2019]?\s+)?creditors['\u2019]?\s+arrangement\s+act)"
# Court insolvency procedures abroad, as filers and news translate them (each a case like a Chapter 11 or 7 petition).
# A liquidation that is an insolvency: a creditors' or the court's (a members' voluntary one winds up a solvent company,
# and a bare "voluntary liquidation" may be either).
_INSOLVENT_LIQUIDATION = r"(?:creditors['\u2019]?\s+voluntary\s+|compulsory\s+|provisional\s+)?liquidation"
_FOREIGN_CASE = (
    # (the Philippines' and Korea's court-supervised rehabilitation, named alone: "filed for corporate rehabilitation in a
    # Philippine court")
    r"(?:civil\s+rehabilitation(?:\s+proceedings?)?|(?:corporate\s+)?(?:rehabilitation|reorgani[sz]ation|restructuring)\s+"
    r"proceedings?|(?:corporate|court(?:-supervised)?)\s+rehabilitation\b|safeguard\s+(?:proceedings?|procedure)|(?:proc\w+dure\s+de\s+)?sauvegarde|redressement\s+judiciaire|"
    r"liquidation\s+judiciaire|judicial\s+liquidation|concurso(?:\s+mercantil|\s+de\s+acreedores|\s+preventivo)?|"
    r"concordato\s+preventivo|company\s+reconstruction|examinership)"
)

PHRASES = (
    # "filed voluntary petitions for relief under chapter 11 of the United States Bankruptcy Code"
    phrase(
        r"\b(?:filed|commenced|submitted|(?:has|have|had)\s+filed)\b" + _GAP + r"{0,60}?\b(?:voluntary\s+|involuntary\s+)?"
        r"petitions?\b" + _GAP + r"{0,140}?" + _CHAPTER + r"|"
        # an involuntary petition told by its filers: "A group of four U.S. bondholders ... made the filing under Chapter 7 of the
        # U.S. Bankruptcy Code"
        r"\bmade\s+the\s+filing\s+under\s+chapter\s+(?:7|11|15)\b|"
        # the chapter named before the petition: "have filed a voluntary Chapter 11 petition in the United States"
        # ("External Defibrillator Manufacturer Files Chapter 11 Petition for Debt Restructuring")
        # ("filing a "pre-packaged" Chapter 11 petition in the Southern District of Texas along with 16 affiliates")
        r"\b(?:filed|files|filing|commenced|submitted)\s+(?:an?\s+|its\s+|their\s+)?(?:[\"\u201c']?(?:voluntary|involuntary|pre-?packaged|"
        # ("after the company filed a Chapter 15 bankruptcy petition in the US")
        r"pre-?negotiated|pre-?arranged)[\"\u201d']?\s+)?chapter\s+(?:7|11|15)\s+(?:bankruptcy\s+)?petitions?\b|"
        # the court petitioned: "when it petitioned the federal bankruptcy court in Wilmington, Del., under Chapter 11", "petitioned a
        # U.S. Bankruptcy Court in Illinois for protection under Chapter 7"; the petition named by its kind: "It filed its
        # bankruptcy petition only two weeks after ..."
        r"\bpetitioned\s+(?:the\s+|a\s+)?(?:[\w.,-]+\s+){0,3}?bankruptcy\s+court\b|"
        r"\bfiled\s+(?:its|their|a)\s+(?:voluntary\s+)?bankruptcy\s+petitions?\b|"
        # ("Savient Pharmaceuticals made a formal Chapter 11 bankruptcy filing in late October"; "Curo listed assets and
        # liabilities of at least $1 billion each in a Chapter 11 petition filed in Texas": what only the debtor lists)
        r"\bmade\s+(?:a|its|their)\s+(?:formal\s+|voluntary\s+)?chapter\s+(?:7|11|15)\s+(?:bankruptcy\s+)?filing\b|"
        r"\blisted\s+(?:assets|liabilities|debts?)\b[^;]{0,80}?\bin\s+(?:a|its|their)\s+(?:chapter\s+(?:7|11|15)\s+|bankruptcy\s+)"
        r"(?:petition|filing)\b|"
        # "On 29 July, group entities filed cases under Chapter 15 of Title 11 of the US Code"
        r"\b(?:filed|commenced)\s+(?:[\w-]+\s+)?cases?\s+under\s+chapter\s+(?:7|11|15)\b|"
        # the petition told before its filing: "the voluntary reorganization petition under Chapter 11 Bankruptcy Code filed with
        # the United States Bankruptcy Court on January 25, 2024"
        r"\bpetitions?\s+(?:for\s+relief\s+)?under\s+chapter\s+(?:7|11|15)\b" + _GAP + r"{0,80}?\bfiled\s+(?:with|in|before)\s+"
        r"the\b|"
        # ... or in the passive, with the court: "The petitions were filed with the U.S. Bankruptcy Court for the Eastern District
        # of Virginia in Richmond"
        r"\b(?:the|its|their|our)\s+(?:voluntary\s+|involuntary\s+)?(?:chapter\s+(?:7|11|15)\s+)?petitions?\s+(?:was|were|"
        r"(?:has|have|had)\s+been)\s+filed\s+(?:with|in|before)\s+(?:the\s+)?(?:u\.\s?s\.\s+|united\s+states\s+|federal\s+)?"
        r"bankruptcy\s+court\b",
        0.85,
        "phrase:petition-filed",
        needs=("petition", "made the filing", "cases under", "case under", "bankruptcy filing", "chapter 11 filing",
               "chapter 7 filing", "chapter 15 filing"),
    ),
    # "filed for Chapter 11 protection", "filed for bankruptcy", "filed a prepackaged chapter 11 case"; news
    # headlines and reports in the present ("Sears Files for Chapter 11", "American Airlines ... are filing for
    # Chapter 11 bankruptcy protection", "filed for a government-assisted Chapter 11 bankruptcy protection",
    # "filed bankruptcy protection under Chapter 11"). Whose filing it is, and whether it is a rule about any
    # company ("a company that files for Chapter 11 ..."), is judged by _score.
    phrase(
        # ("they are voluntarily filing for Chapter 11 bankruptcy protection", "it has voluntarily filed for reorganization")
        r"\b(?:filed|files|(?:has|have|had)\s+(?:voluntarily\s+|now\s+|also\s+)?filed|(?:is|are|was|were|been)\s+"
        r"(?:voluntarily\s+|now\s+|also\s+)?filing)\s+" + _WHEN + r"(?:a\s+|its\s+|their\s+|"
        r"voluntary\s+|(?:pre-?packaged|pre-?negotiated|pre-?arranged)\s+)*(?:(?:for|under)\s+(?:(?:a|an|the)\s+)?"
        r"(?:[a-z]+-[a-z]+\s+)?(?:(?:reorganization|liquidation)\s+(?=bankruptcy))?|(?=bankruptcy\s+protection))(?:voluntary\s+)?(?:(?:u\.\s?s\.|federal)\s+)?"
        # (the chapter's number may be spelt out: "has filed for Chapter eleven bankruptcy")
        # ("said it has filed for voluntary protection on Thursday under Chapter 11")
        r"(?:chapter\s+(?:7|11|15|seven\b|eleven\b|fifteen\b)|ch(?:\.\s?|-)(?:7|11|15)\b|bankruptcy|insolvency\b|(?:protection|relief)\s+"
        + _WHEN + r"under|"
        # South Africa's business rescue: "subsidiary Esor Construction filed for business rescue"
        r"business\s+rescue\b|"
        # Brazil's recuperacao judicial: "filed for judicial recovery", "filed for judicial reorganization"
        r"judicial\s+(?:recovery|reorgani[sz]ation)\b|"
        # Korea's court receivership: "after it filed for court receivership on Dec. 21 due to its failure to pay debt"
        r"court\s+receivership\b|"
        # ("Calgary-based Bellatrix Exploration has filed for creditor protection", "filed for creditor protection in Luxembourg")
        r"reorganization\s+under|court\s+protection|protection\s+from\s+(?:its\s+|their\s+)?creditors|creditor\s+protection\b|"
        # the protection named by its court: "filed for protection in S. Korean courts in late August", "filed for protection
        # with the Tokyo District Court"
        r"protection\s+(?:in|with|before)\s+(?:an?\s+|the\s+)?(?:[\w.-]+\s+){0,3}?courts?\b|"
        # a foreign case brought to a US court: "has filed for recognition of its Korean insolvency proceeding in the
        # United States under Chapter 15 of the U.S. Bankruptcy Code"
        r"recognition\s+of\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:insolvency|bankruptcy|rehabilitation|restructuring|"
        r"reorganization|liquidation)\s+(?:proceedings?|cases?))",
        0.85,
        "phrase:filed-for-bankruptcy",
        needs=("filed", "files", "filing"),
    ),
    # news shorthand without "for": "Energy Future, a Dallas-based power generation company and utility operator, filed bankruptcy on
    # April 29, 2014" (not bankruptcy papers, claims or a court)
    phrase(
        r"\b(?:filed|files)\s+(?:chapter\s+(?:7|11)\s+)?bankruptcy\b(?!\s+(?:court|claims?|papers|documents|proofs?|notices?|forms?|"
        r"schedules|motions?|petitions?\s+against|cases?\s+against|proceedings\s+against))",
        0.8,
        "phrase:filed-for-bankruptcy",
        needs=("filed bankruptcy", "files bankruptcy", "filed chapter", "files chapter"),
    ),
    # the same news wording with any one or two words before "bankruptcy protection": "has filed for Chapeter 11
    # bankruptcy protection" (as printed), "filed for Japanese bankruptcy protection"
    phrase(
        r"\b(?:filed|files|(?:has|have|had)\s+filed|(?:is|are|was|were|been)\s+filing)\s+" + _WHEN + r"for\s+"
        r"(?:[\w.-]+\s+){1,2}?bankruptcy\s+protection\b",
        0.85,
        "phrase:filed-for-bankruptcy",
        needs=("bankruptcy protection",),
    ),
    # "filed the necessary paperwork in order to seek Chapter 7 bankruptcy protection", "filed court papers
    # seeking Chapter 11 protection": the papers are the petition.
    phrase(
        r"\bfiled\s+(?:[\w-]+\s+){0,3}?(?:paperwork|papers)\b" + _GAP + r"{0,60}?(?:chapter\s+(?:7|11|15)|bankruptcy\s+"
        r"(?:protection|court)|protection\s+from\s+(?:its\s+)?creditors)",
        0.85,
        "phrase:filed-for-bankruptcy",
        needs=("paper",),
    ),
    # news wording of the same event: "Sears declared bankruptcy", "Toys R Us went bankrupt", "the retailer entered
    # bankruptcy protection", "Revlon was forced into Chapter 11", "SSB ended up filing for bankruptcy anyway"
    phrase(
        # (a court's: "The Seoul Central District Court declared the bankruptcy on Friday")
        r"\b(?:declared|declares|declaring)\s+(?:the\s+)?(?:chapter\s+(?:7|11)\s+)?bankruptcy\b|"
        # (and a court's order in Europe's wording: "the Gothenburg District Court has declared the company bankrupt")
        r"\b(?:declared|declares|declaring)\s+(?:[\w.&()'\u2019-]+\s+){0,6}?(?:bankrupt|insolvent)\b|\b(?:went|goes|gone|going)\s+(?:bankrupt\b|"
        # ("went into insolvency on March 25 after the ... Tribunal admitted a petition")
        r"into\s+(?:chapter\s+(?:7|11)|bankruptcy|insolvency)\b)|\b(?:entered|enters|entering)\s+bankruptcy\b|"
        # ("Group Five Ltd. entered a South African form of bankruptcy protection known as business rescue")
        r"\b(?:entered|enters|entering)\s+(?:[\w-]+\s+){1,6}?(?:bankruptcy\s+protection|business\s+rescue)\b|\b(?:forced|pushed|driven|"
        r"tipped)\s+into\s+(?:involuntary\s+)?(?:chapter\s+(?:7|11)|bankruptcy)\b|\b(?:was|were|been)\s+forced\s+to\s+file\s+(?:for\s+(?:chapter\s+"
        # ("the airline was forced to file a voluntary petition for reorganization under Chapter 11")
        r"(?:7|11|15)|bankruptcy|insolvency)\b|an?\s+voluntary\s+petition\b)|\b(?:ended\s+up|wound\s+up|resorted\s+to)\s+filing\s+for\s+"
        r"(?:chapter\s+(?:7|11|15)|bankruptcy)|"
        # "Woodside Homes put itself and its subsidiaries into Chapter 11 bankruptcy", "placed itself under business rescue"
        r"\b(?:put|puts|putting|placed|places|placing)\s+itself\s+(?:and\s+(?:[\w-]+\s+){0,3}?)?(?:into|in|under)\s+"
        r"(?:chapter\s+(?:7|11)|bankruptcy|business\s+rescue)\b",
        0.8,
        "phrase:filed-for-bankruptcy",
        needs=("declar", "went", "goes", "gone", "going", "enter", "forced", "pushed", "driven", "tipped", "ended up",
               "wound up", "resorted", "itself"),
    ),
    # a court asked to recognise the company's case abroad, or granting its request: "asked a New York bankruptcy court Monday to
    # recognize proceedings it started in the British Virgin Islands", "a Paris court, which on August 2 granted the company's
    # request for creditor protection"
    phrase(
        r"\basked\s+(?:a|the)\s+(?:[\w.-]+\s+){0,3}?bankruptcy\s+court\s+(?:\w+day\s+)?to\s+recogni[sz]e\s+(?:the\s+)?(?:proceedings?|"
        r"its|their|the\s+company['\u2019]s)\b|"
        r"\bgranted\s+(?:the\s+company['\u2019]s|its|their)\s+(?:request|application|petition)\s+for\s+(?:creditor|court|bankruptcy|"
        r"insolvency)\s+protection\b",
        0.8,
        "phrase:filed-for-bankruptcy",
        needs=("recogni", "protection"),
    ),
    # news wording: "Cal Dive seeks Chapter 11 protection", "sought protection under Chapter 11"
    phrase(
        r"\b(?:sought|seeks|seeking|has\s+sought|have\s+sought)\s+(?:(?:u\.\s?s\.|federal)\s+)?(?:chapter\s+(?:7|11|15)\s+|"
        r"bankruptcy\s+)?(?:bankruptcy\s+)?(?:protection|relief)\b" + _GAP + r"{0,60}?(?:chapter\s+(?:7|11|15)|bankruptcy)|"
        r"\b(?:sought|seeks|seeking)\s+(?:chapter\s+(?:7|11|15)|bankruptcy)\s+(?:bankruptcy\s+)?(?:protection|relief)\b|"
        r"\b(?:sought|seeks|seeking|has\s+sought)\s+(?:court\s+)?protection\s+from\s+(?:its\s+|their\s+)?creditors\b|"
        # ... and obtained: "a British Columbia mining company ... obtained CCAA protection on October 31"
        r"\b(?:obtained|obtains)\s+(?:ccaa|creditor|court|bankruptcy)\s+protection\b|"
        # news wording without the protection: "US Airways yesterday sought bankruptcy for the second time in two years"
        r"\b(?:sought|seeks|has\s+sought)\s+bankruptcy\b(?!\s+(?:protection|relief|advi[cs]\w*|counsel|lawyers|attorneys|"
        r"experts|options))",
        0.8,
        "phrase:filed-for-bankruptcy",
        needs=("sought", "seeks", "seeking", "obtain"),
    ),
    # A decision taken, or a rank among filers, reports the filing: "Island Air made the difficult decision to file
    # for bankruptcy protection", "the board voted to file voluntary petitions", "ATA this week became the first
    # major low-fare airline to seek Chapter 11 bankruptcy protection", "became the latest retailer to file for
    # bankruptcy". (A decision still to be taken, "may decide to file", is hedged.)
    phrase(
        r"\b(?:(?:made|makes|took|has\s+made)\s+the\s+(?:[\w-]+\s+){0,2}?decision|decided|voted|resolved|elected)\s+to\s+(?:file|seek)\s+"
        r"(?:for\s+)?(?:(?:an?\s+)?voluntary\s+petitions?\b|(?:chapter\s+(?:7|11|15)\s+)?(?:bankruptcy\s+)?(?:protection|relief)\b|chapter\s+"
        r"(?:7|11|15)\b|bankruptcy\b)|\b(?:became|becomes|has\s+become|is|was)\s+the\s+(?:latest|first|second|third|newest|"
        r"most\s+recent|largest|biggest|last)\s+(?:[\w-]+\s+){0,4}?to\s+(?:(?:file|seek)\s+(?:for\s+)?(?:(?:chapter\s+(?:7|11|15)\s+)?"
        # ("HMV has become the second retail chain to enter administration")
        r"(?:bankruptcy\s+)?(?:protection|relief)\b|chapter\s+(?:7|11|15)\b|bankruptcy\b)|(?:enter|go\s+into)\s+(?:voluntary\s+)?"
        r"(?:administration|receivership)\b|"
        # ("the latest big builder to seek court protection from its creditors")
        r"(?:file|seek)\s+(?:for\s+)?court\s+protection\s+from\s+(?:its|their)\s+creditors\b)",
        0.8,
        "phrase:filed-for-bankruptcy",
        needs=("decision", "decided", "voted", "resolved", "elected", "latest", "first", "second", "third", "newest", "recent",
               "largest", "biggest", "last"),
    ),
    # "commenced the Chapter 11 Cases", "voluntarily initiated reorganization proceedings under Chapter 11"
    phrase(
        # ("the company initiated a court-supervised process to facilitate asset sales via Chapter 11 bankruptcy")
        # ("have voluntarily started a Chapter 11 proceeding in the U.S. Bankruptcy Court for the District of Delaware")
        r"\b(?:commenced|initiated|filed|begun|began|launched|started)\s+(?:(?:the|a|its|their|voluntary|prepackaged|jointly\s+"
        r"administered|reorganization|bankruptcy|court-supervised)\s+)*(?:chapter\s+(?:7|11|15)\s+(?:bankruptcy\s+)?)?(?:cases?|"
        # ("have initiated proceedings in the Ontario Superior Court of Justice under the Companies' Creditors Arrangement Act")
        r"proceedings?|process)\b" + _GAP
        + r"{0,80}?(?:" + _CHAPTER + r"|creditors['\u2019]?\s+arrangement\s+act\b)|\b(?:commenced|initiated|begun|began|launched|filed)\s+(?:\w+\s+){0,2}(?:chapter\s+"
        # ("initiated chapter 11 reorganization in February")
        r"(?:7|11|15)|bankruptcy)\s+(?:cases?|proceedings?|process|reorgani[sz]ation)|\b(?:entered|enters|entering)\s+chapter\s+"
        r"(?:7|11|15)\b",
        0.8,
        "phrase:case-commenced",
        needs=("commenced", "initiated", "filed", "begun", "began", "launched", "enter", "started"),
    ),
    phrase(
        r"\b(?:chapter\s+(?:7|11|15)|bankruptcy|reorganization|prepackaged)\s+(?:cases?|proceedings?|filings?|petitions?)\s+"
        r"(?:were|was|(?:has|have|had)\s+been)\s+(?:initiated|commenced|filed)\b",
        0.8,
        "phrase:case-commenced",
        needs=("initiated", "commenced", "filed"),
    ),
    # A court opens the case, or an office holder is appointed over the company, the debtor named after the verb (whose
    # case it is, the subject does not say): "the Cologne local court resolved to open the insolvency proceedings for DF
    # Deutsche Forfait AG"; India's tribunal "had admitted an insolvency and bankruptcy petition filed by a financial
    # creditor against Hindusthan National Glass & Industries Limited"; "PwC Kenya has since been appointed as joint
    # receiver and administrator of the two companies"
    phrase(
        # ("The public prosecution has accepted the request to open bankruptcy procedures for the company")
        # (and in the passive: "insolvency proceedings were opened over the assets of Acme AG")
        r"\b(?:insolvency|bankruptcy|" + _FOREIGN_CASE + r")\s+(?:proceedings?|procedures?)\s+(?:were|was|(?:has|have|had)\s+been)\s+"
        r"(?:formally\s+)?(?:opened|commenced|initiated)\s+(?:for|over|against|in\s+respect\s+of)\s+(?!(?:a|an|any|such|each|every)\b)|"
        # ... the debtor named first: "liquidation proceedings against Jaypee Infratech were initiated under the Insolvency and
        # Bankruptcy Code"
        r"\b(?:insolvency|bankruptcy|liquidation|" + _FOREIGN_CASE + r")\s+(?:proceedings?|procedures?)\s+(?:against|for|over)\s+"
        r"(?!(?:a|an|any|such|each|every)\b)(?:[\w.&()'\u2019-]+\s+){1,6}?(?:were|was|(?:has|have|had)\s+been)\s+(?:formally\s+)?"
        r"(?:opened|commenced|initiated)\b|"
        r"\b(?:court\s+(?:has\s+|had\s+)?(?:resolved|decided|ordered)|accepted\s+(?:the|a|its)\s+(?:request|application|petition))\s+"
        r"to\s+open\s+(?:the\s+)?(?:insolvency|bankruptcy)\s+(?:proceedings|procedures?)\s+"
        # ("following the court opening bankruptcy procedures against the firm in light of creditor ANZ's petition")
        r"(?:for|over|against|of)\b|\b(?:open(?:ed|s|ing)|commenc(?:ed|es|ing))\s+(?:the\s+)?(?:insolvency|bankruptcy)\s+"
        r"(?:proceedings|procedures?)\s+(?:for|over|against)\s+(?!(?:a|an|any|such|each|every)\b)|"
        # the court that accepts the company's petition names it: "The Central Bankruptcy Court accepted a Thai Airways
        # International (THAI) debt rehabilitation petition on Wednesday"
        # ("The Central Bankruptcy Court agreed to consider a rehabilitation bankruptcy request from Thai Airways")
        r"\bcourt\s+(?:has\s+|had\s+)?(?:accepted|admitted|approved|granted|agreed\s+to\s+(?:consider|hear))\s+"
        r"(?:[\w.&()'\u2019-]+\s+){0,7}?(?:debt\s+)?"
        r"(?:rehabilitation|reorganization|bankruptcy|insolvency)\s+(?:petition|plea|application|request)\b|"
        # ("has admitted State Bank of India's (SBI) insolvency plea against IVRCL")
        r"\badmitted\s+(?:an?\s+|the\s+|(?:[\w.&()-]+\s+){1,6}?[\w.&()-]+['\u2019]s\s+(?:\([\w.&-]{1,12}\)\s+)?)?(?:insolvency|"
        r"bankruptcy)\s+(?:and\s+bankruptcy\s+)?(?:petition|application|plea)\b" + _GAP + r"{0,80}?\bagainst\b|"
        # ("The National Company Law Tribunal (NCLT) has admitted insolvency proceedings against Lanco Infratech Ltd")
        r"\badmitted\s+(?:the\s+)?(?:insolvency|bankruptcy)\s+proceedings\s+against\s+(?!(?:a|an|any|such|each|every)\b)|"
        # ("the NCLT has kicked off the Corporate Insolvency Resolution Process (CIRP) against Diksha Greens Ltd"; "The said
        # order provides for the commencement of Corporate Insolvency Resolution Process (CIRP)")
        r"\b(?:kicked\s+off|initiated|commenced|started)\s+(?:the\s+)?(?:cirp|corporate\s+insolvency\s+resolution\s+process)\b"
        r"(?:\s*\(cirp\))?\s+against\s+(?!(?:a|an|any|such|each|every)\b)|"
        r"\border\b[^;]{0,60}?\b(?:provides|provided|providing|directs|directed|directing)\s+for\s+the\s+(?:commencement|initiation)\s+of\s+"
        r"(?:the\s+)?(?:cirp|corporate\s+insolvency\s+resolution\s+process)\b|"
        # India's corporate insolvency resolution process started by the tribunal: "the application was admitted by the NCLT
        # and CIRP was initiated", "application under section 7 ... for initiation of Corporate Insolvency Resolution Process
        # [CIRP] against Wind World (India) Infrastructure Private Limited [Corporate Debtor] admitted"
        r"\b(?:cirp|corporate\s+insolvency\s+resolution\s+process)\s+(?:was|has\s+been|had\s+been)\s+(?:initiated|commenced)\b|"
        r"\binitiation\s+of\s+(?:the\s+)?corporate\s+insolvency\s+resolution\s+process\b" + _GAP + r"{0,140}?\badmitted\b|"
        # ... the creditor's application named by the Code's section: "The application filed by Corporation Bank under section 7 of
        # the Insolvency and bankruptcy Code, 2016... before NCLT, Chandigarh has been admitted by the tribunal"
        r"\b(?:application|petition|plea)\s+(?:filed\s+)?(?:by\s+[^;]{0,60}?\s)?under\s+section\s+(?:7|9|10)\s+of\s+the\s+insolvency\s+"
        r"and\s+bankruptcy\s+code\b" + _GAP + r"{0,120}?\b(?:has\s+been|had\s+been|was|is)\s+admitted\b|"
        # Brazil's judicial recovery (a court reorganization): "the request for judicial recovery presented by the Americanas
        # Group was accepted"
        r"\b(?:request|petition|application)\s+for\s+judicial\s+recovery\b" + _GAP + r"{0,80}?\b(?:was|were|has\s+been|had\s+been)\s+"
        r"(?:accepted|granted|approved|admitted)\b|"
        # ... the court's acceptance told first: "accepted the judicial reorganisation filing made by holding company Odebrecht SA"
        r"\b(?:accepted|granted|approved|admitted)\s+(?:the\s+|its\s+|a\s+)?(?:request\s+for\s+)?judicial\s+(?:recovery|"
        r"reorgani[sz]ation)\s+(?:filing|request|petition|application|plea)\b|"
        # a UK company's compulsory liquidation: "an order has been granted to appoint the Official Receiver as the liquidator of
        # Carillion"
        r"\border\s+(?:has\s+been\s+|had\s+been\s+|was\s+)?(?:granted|made)\s+to\s+appoint\s+(?:the\s+official\s+receiver|"
        r"(?:a|an)\s+(?:provisional\s+)?liquidator)\s+as\s+(?:the\s+)?(?:provisional\s+)?liquidators?\s+of\s+(?!(?:a|an|any|such)\b)[a-z]|"
        # (voluntary administrators too)
        r"\b(?:has|have|had)\s+(?:since\s+|now\s+)?been\s+appointed\s+(?:as\s+)?(?:the\s+)?(?:joint\s+|interim\s+|voluntary\s+)?(?:receivers?|"
        r"administrators?|receivers?\s+(?:and|&)\s+(?:managers?|administrators?)|liquidators?|judicial\s+managers?)\s+(?:of|to|over)\s+"
        r"(?:the\s+(?:company|group|two\s+companies|companies|firm)|it|its)\b|"
        # a liquidator's appointment names the company wound up: "Mohd Afrizan was appointed as the liquidator of Wintoni
        # Group Berhad in a winding up order in 2017" (a receiver or an administrator may be one of a property or a plan)
        # ("Mark Mentha ... of KordaMentha have today been appointed as Voluntary Administrators of Arrium Limited")
        r"\b(?:was|were|(?:has|have|had)\s+(?:since\s+|today\s+|now\s+|also\s+)?been)\s+(?:(?:therefore|today|also|now|subsequently|"
        r"formally|duly)\s+)?appointed\s+(?:as\s+)?(?:the\s+)?(?:joint\s+(?:and\s+several\s+)?|"
        # ("Three insolvency practitioners at Deloitte LLP were therefore appointed as Joint Administrators to RSM Tenon Group Plc":
        # joint administrators are a UK company's, never a property's)
        r"official\s+|provisional\s+|interim\s+)*(?:liquidators?|voluntary\s+administrators?|judicial\s+managers?|"
        r"(?<=joint\s)administrators?)\s+(?:of|to|over|for)\s+(?!(?:a|an|any|such|each|every)\b)(?:the\s+)?[a-z]|"
        # the office holders named, a UK company's: "Gavin Park, Adele MacLeod and Rob Harding of Teneo Financial Advisory Limited
        # were appointed as Joint Administrators on Friday"
        r"\b(?:were|(?:have|had)\s+been)\s+(?:(?:formally|today|also|now|subsequently|duly)\s+)?appointed\s+as\s+(?:the\s+)?joint\s+"
        r"(?:and\s+several\s+)?administrators\b|"
        # the office holders as subject: "Administrators were appointed to Jessops on Wednesday", "a liquidator was appointed to
        # Acme Resources Pty Ltd" (administrators in the plural are a company's; one may be a plan's or an estate's)
        r"\b(?:(?:joint|provisional|official)\s+)?(?:administrators|liquidators?)\s+(?:were|was|(?:have|has|had)\s+been)\s+"
        r"(?:(?:formally|today|also|now|subsequently|duly)\s+)?appointed\s+(?:to|over|of|for|at)\s+(?!(?:a|an|any|such|each|"
        r"every)\b)(?:the\s+)?[a-z]|"
        # the office holders acting for the company, a UK company's (joint administrators are never a property's): "the joint
        # administrators of 4D Pharma plc (the "Company") have posted their statement of proposals"
        r"\bthe\s+joint\s+(?:and\s+several\s+)?administrators\s+(?:of|to)\s+(?!(?:a|an|any|such|each|every)\b)[a-z\d]",
        0.75,
        "phrase:case-opened",
        needs=("insolvency proceedings", "admitted", "appointed", "judicial recovery", "cirp", "insolvency resolution",
               "joint administrators", "joint and several administrators",
               "to open", "accepted", "approved", "granted", "agreed to", "opened", "opening", "commenced", "initiated"),
    ),
    # A tribunal's or a court's case against the company, as news tells it: "NCLT orders initiating insolvency proceedings
    # against Orchid Pharma", "the insolvency proceedings initiated against it", "the NCLT Friday sent Sterling Biotech for
    # liquidation", "the company faces a fresh wind-up petition, with the Bombay High Court admitting the same"
    phrase(
        r"\b(?:orders?|ordered)\s+(?:the\s+)?initiat(?:ing|ion\s+of)\s+(?:corporate\s+)?insolvency\s+(?:resolution\s+)?(?:proceedings?|"
        r"process)\s+against\b|"
        r"\binsolvency\s+(?:resolution\s+)?(?:proceedings?|process)\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:initiated|commenced|"
        r"started|opened)\s+against\s+(?!(?:a|an|any|such|each|every)\b)|"
        r"\bsent\s+(?:[\w.&'\u2019()-]+\s+){1,4}?(?:for|into)\s+liquidation\b|"
        r"\bfac(?:es|ed|ing)\s+(?:an?\s+)?(?:fresh\s+|new\s+|second\s+|another\s+)?wind(?:ing)?[- ]up\s+petition\b",
        0.75,
        "phrase:case-opened",
        needs=("insolvency", "liquidation", "wind-up", "winding-up", "winding up", "wind up"),
    ),
    # A European court's insolvency case, as filers translate the petition: "has filed an application for opening of
    # insolvency proceedings on behalf of Wirecard AG with the competent Munich Local Court"
    phrase(
        r"\b(?:filed|submitted|(?:has|have|had)\s+(?:filed|submitted)|decided\s+to\s+(?:file|submit))\s+(?:an?\s+|the\s+)?"
        r"(?:application|petition|request|motion)s?\s+for\s+(?:the\s+)?(?:opening|commencement|initiation)\s+of\s+"
        r"(?:[\w-]+\s+){0,2}?insolvency\s+proceedings?\b|"
        # the company's own application, as a German filer words it: "Today, GERRY WEBER International AG applied for the court
        # order of preliminary insolvency proceedings under self-administration"
        r"\bapplied\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:opening\s+of\s+)?(?:preliminary\s+)?insolvency\s+proceedings?\b",
        0.8,
        "phrase:case-commenced",
        needs=("of insolvency", "applied for"),
    ),
    # Court procedures abroad named in translation: Japan's "applied for the commencement of civil rehabilitation
    # proceedings", France's safeguard, Mexico's concurso mercantil, Italy's concordato preventivo, Sweden's company
    # reconstruction, Ireland's examinership.
    phrase(
        r"\b(?:filed|files|applied|applies|petitioned|(?:has|have|had)\s+(?:filed|applied|petitioned))\s+" + _WHEN
        # ("filed a petition for civil rehabilitation proceedings")
        + r"(?:(?:an?\s+)?(?:petition|application|request)\s+)?(?:(?:with|to|before|at)\s+[^;]{0,80}?\s)?for\s+(?:the\s+)?"
        r"(?:(?:commencement|opening|initiation)\s+of\s+)?(?:an?\s+)?"
        + _FOREIGN_CASE + r"|\b(?:entered|enters|entering|admitted\s+to|placed\s+(?:in|into|under))\s+(?:an?\s+|the\s+)?"
        + _FOREIGN_CASE + r"|"
        # a court asked for a rehabilitation or a receivership: "Hanjin Shipping Co Ltd filed with the Seoul Central District
        # Court for court receivership", "Thai Airways ... submitted a request to a bankruptcy court for rehabilitation of its
        # debt"
        r"\b(?:filed|files|submitted|lodged|applied)\s+(?:(?:an?\s+)?(?:petition|request|application)\s+)?(?:with|to|at|before)\s+"
        r"(?:the\s+|a\s+)?(?:[\w.'\u2019-]+\s+){0,5}?court\s+for\s+(?:the\s+)?(?:debt\s+)?(?:rehabilitation|reorgani[sz]ation|"
        r"(?:court\s+)?receivership)\b",
        0.8,
        "phrase:case-commenced",
        needs=("rehabilitation", "receivership", "safeguard", "sauvegarde", "redressement", "concurso", "concordato", "reconstruction",
               "examinership", "judicial liquidation", "liquidation judiciaire", "reorganization proceeding",
               "reorganisation proceeding", "restructuring proceeding"),
    ),
    # The filing told as an ongoing step: "announced today that it is voluntarily restructuring its debt under
    # Chapter 11 of the U.S. Bankruptcy Code"
    phrase(
        r"\b(?:is|are|was|were)\s+"
        r"(?:voluntarily\s+)?(?:restructuring|reorganizing)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:debts?|obligations|"
        r"balance\s+sheet|capital\s+structure)\s+(?:under|through|in)\s+(?:a\s+)?chapter\s+(?:7|11|15)\b",
        0.8,
        "phrase:case-commenced",
        needs=("restructuring", "reorganizing"),
    ),
    # "As a result of the filing of the Prepackaged Case", "Since the filing of the Chapter 11 Cases"
    phrase(
        r"\b(?:as\s+a\s+(?:result|consequence)\s+of|since|following|in\s+connection\s+with|after|due\s+to|"
        r"prior\s+to|subsequent\s+to)\s+(?:the|its|our|their)\s+(?:filing|commencement)\s+of\s+(?:the|its|our|their)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:cases?|petitions?|proceedings?|bankruptcy)\b",
        0.75,
        "phrase:since-the-filing",
        needs=("filing", "commencement"),
    ),
    # A case converted to liquidation: "The company converted its Chapter 11 bankruptcy to Chapter 7 liquidation",
    # "the Chapter 11 Cases were converted to cases under chapter 7".
    phrase(
        r"\bconvert(?:ed|s|ing)?\s+(?:its|the|their|our)\s+(?:[\w-]+\s+){0,3}?(?:bankruptcy|cases?|proceedings?)\s+"
        r"(?:from\s+chapter\s+11\s+)?(?:in)?to\s+(?:a\s+)?(?:cases?\s+under\s+)?chapter\s+7\b|\b(?:cases?|proceedings?)\s+"
        r"(?:was|were|(?:has|have)\s+been)\s+converted\s+(?:from\s+chapter\s+11\s+)?to\s+(?:a\s+)?(?:cases?\s+under\s+)?"
        r"chapter\s+7\b",
        0.8,
        "phrase:case-commenced",
        needs=("convert",),
    ),
    # The case's start, dated or owned: "following the September 9, 2015 commencement of voluntary proceedings for relief under
    # chapter 11 of the United States Bankruptcy Code for its U.S. subsidiaries"
    phrase(
        r"\b(?:the\s+(?:[a-z]+\s+\d{1,2},?\s+\d{4}\s+)|its\s+|our\s+|their\s+)commencement\s+of\s+(?:the\s+)?(?:voluntary\s+)?"
        r"(?:proceedings|cases?|petitions?)\s+(?:for\s+relief\s+)?under\s+chapter\s+(?:7|11|15)\b",
        0.75,
        "phrase:since-the-filing",
        needs=("commencement of",),
        hedgeable=False,  # a dated or owned commencement is a fact, whatever the rating action around it ("to reflect")
    ),
    # "as a result of the Chapter 11 Cases, Nasdaq has determined ...", "in light of the Chapter 11 filing"
    phrase(
        r"\b(?:as\s+a\s+(?:result|consequence)\s+of|resulting\s+from|in\s+light\s+of|due\s+to|in\s+connection\s+with|"
        r"following|because\s+of)\s+the\s+(?:commencement\s+of\s+the\s+|filing\s+of\s+the\s+)?(?:chapter\s+(?:7|11|15)|"
        # (not another's: "in connection with the Chapter 11 filing of Granite City")
        r"bankruptcy)\s+(?:cases?|filings?|proceedings?|petitions?)\b(?!\s+(?:of|by)\s+(?!(?:the\s+)?(?:company|registrant|"
        r"debtors?|us|its|our|we)\b))",
        0.75,
        "phrase:since-the-filing",
        needs=("chapter", "bankruptcy"),
    ),
    # "the filing of the Chapter 11 Cases by the Company on April 21, 2014 constituted an event of default", "the
    # commencement of the Chapter 11 Cases triggered defaults": the case the filing itself defines, and its effects
    phrase(
        r"\b(?:filing|commencement)\s+of\s+the\s+chapter\s+(?:7|11|15)\s+(?:cases?|proceedings?|petitions?)\s+(?:by\s+(?:the\s+"
        r"company|the\s+debtors|the\s+registrant|us)\b|(?:on\s+[\w.]+\s+\d{1,2},\s+\d{4},?\s+)?(?:constitut|trigger|accelerat|"
        r"caused|gave\s+rise|resulted\s+in\s+(?:an?\s+)?(?:events?\s+of\s+)?default))",
        0.75,
        "phrase:since-the-filing",
        needs=("filing of the chapter", "commencement of the chapter"),
    ),
    # The filings named with their filers, the company's subsidiaries: "The Limestone Boat Company Limited Provides Market
    # Update with Respect to Chapter 7 Bankruptcy Filings by US- Subsidiaries" (not "by subsidiaries of" another, nor
    # "by any of its subsidiaries" in a contract's default list)
    phrase(
        r"\b(?:chapter\s+(?:7|11|15)|bankruptcy)\s+(?:bankruptcy\s+)?(?:filings?|petitions?|cases?|proceedings?)\s+(?:filed\s+)?by\s+"
        r"(?!(?:any|a|an|each|every|such|one|no)\b)(?:(?:its|our|their|the\s+company['\u2019]s|certain\s+of\s+(?:its|our|the\s+"
        r"company['\u2019]s))\s+)?(?:[\w.-]+\s+){0,2}?subsidiar(?:y|ies)\b(?!\s+of\b)",
        0.7,
        "phrase:subsidiary-filings",
        needs=("subsidiar",),
    ),
    # "have been primarily delayed as a result of the voluntary filing for reorganization under Chapter 11": a voluntary
    # filing named as a cause is the filer's own
    phrase(
        r"\b(?:as\s+a\s+(?:result|consequence)\s+of|due\s+to|following|because\s+of|in\s+connection\s+with|since)\s+the\s+"
        r"(?:company['\u2019]s\s+)?voluntary\s+(?:filing|petition)s?\s+(?:for\s+(?:reorganization|relief|protection)\s+)?under\s+"
        r"chapter\s+(?:7|11)\b",
        0.75,
        "phrase:since-the-filing",
        needs=("voluntary filing", "voluntary petition"),
    ),
    # "the Company's filing of voluntary petitions for reorganization under Chapter 11" (an exchange's or a
    # lender's reason): the company's own filing, named as a noun, with its chapter in the phrase ("the Company's filing
    # of the Chapter 11 Cases as well as the uncertainty") or after it.
    phrase(
        # (or a named company's: "The downgrade was prompted by Dixie's filing for reorganization under Ch. 11")
        # ("announced to the public today about its recent filing for voluntary petition under the Chapter 11")
        r"\b(?:the\s+company['\u2019]s|the\s+registrant['\u2019]s|the\s+debtors['\u2019]?|our|its|their|[a-z][\w&.-]*['\u2019]s)\s+"
        r"(?:recent\s+)?(?:voluntary\s+)?(?:filing|commencement)\s+(?:of|for)\s+(?:a\s+|the\s+)?(?:voluntary\s+)?(?:chapter\s+(?:7|11|15)\s+(?:cases?|proceedings?|"
        r"petitions?)\b|(?:petitions?|cases?|proceedings?|chapter\s+(?:7|11|15)|bankruptcy|reorgani[sz]ation)\b" + _GAP + r"{0,100}?"
        + _CHAPTER + ")|"
        # the filing named with its chapter before it: "The Nasdaq notice was prompted by the Company's recently announced
        # Chapter 11 filing"
        r"\b(?:the\s+company['\u2019]s|the\s+registrant['\u2019]s|our|its)\s+(?:recently\s+announced\s+|recent\s+|voluntary\s+)?"
        r"chapter\s+(?:7|11|15)\s+(?:bankruptcy\s+)?(?:filing|petition)\b|"
        # ("the delisting was imposed due to Sino-Forest's failure to meet its continued listing requirements in the face of its
        # creditor protection filing")
        r"\b(?:the\s+company['\u2019]s|our|its)\s+(?:recent\s+)?(?:creditor|ccaa|bankruptcy)\s+protection\s+filing\b|"
        # ("It listed its liabilities at $32.2 million in its filing with a U.S. bankruptcy court")
        r"\b(?:its|our|the\s+company['\u2019]s)\s+filing\s+(?:with|in)\s+(?:a|the)\s+(?:u\.\s?s\.\s+|federal\s+)?bankruptcy\s+court\b|"
        # a filing's own defined term: "The filing of the Bankruptcy Petitions described above in Item 1.03 constitutes an event of
        # default" (not "the filing of the bankruptcy petitions by" another party)
        r"\bthe\s+(?:filing|commencement)\s+of\s+the\s+(?:bankruptcy\s+petitions|chapter\s+11\s+(?:cases|petitions))\b(?!\s+by\b)",
        0.8,
        "phrase:own-filing",
        needs=("filing", "commencement"),
    ),
    # "has filed a consensual chapter 11 plan of reorganization ... with the United States Bankruptcy Court":
    # a plan filed in the court is a case under way.
    phrase(
        r"\b(?:filed|submitted)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,3}?plan\s+of\s+(?:reorganization|liquidation)\b"
        + _GAP + r"{0,140}?\bbankruptcy\s+court\b|"
        # Canada's: "Canadian filed a plan of arrangement under the Companies' Creditors Arrangement Act (CCAA)"
        # (the noun "plan" is blanked before an arrangement: see _plan_nouns)
        r"\b(?:filed|submitted)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:plan\s+)?of\s+(?:compromise\s+and\s+)?arrangement\s+"
        r"under\s+the\s+" + _CCAA,
        0.65,
        "phrase:plan-filed-in-court",
        needs=("plan of", "of arrangement"),
    ),
    # "after nearly 17 months in bankruptcy protection", "plans to emerge from Chapter 11", "intends to emerge
    # expeditiously from Chapter 11": still in the case.
    # "Borders Group, the once-major bookstore chain now in chapter 11 bankruptcy": a case under way.
    phrase(
        r"\b(?:months|weeks|years)\s+in\s+(?:chapter\s+11|bankruptcy)(?:\s+protection)?\b|\b(?:now|currently|still|has\s+been|"
        r"have\s+been)\s+in\s+"
        r"(?:chapter\s+(?:7|11|15)|bankruptcy)(?:\s+bankruptcy)?(?:\s+protection)?\b|\b(?:plans?|expects?|intends?|"
        r"aims?|seeks?|hopes?)\s+to\s+(?:emerge\s+(?:\w+ly\s+)?from|exit)\s+(?:chapter\s+11|bankruptcy|court\s+protection)|"
        # ("a $2.5 billion shot in the arm ... that will allow the shopping mall giant to exit Chapter 11 bankruptcy protection")
        r"\b(?:allow|enable|help)\s+(?:[\w'\u2019-]+\s+){1,4}?to\s+(?:exit|emerge\s+from|leave)\s+(?:chapter\s+11|bankruptcy|"
        r"court\s+protection)|"
        # ("the last remaining milestones on our path to emerge from Chapter 11 protection")
        # ("This set a path for the company to leave bankruptcy, which it said it hoped to do in the first half of this year")
        r"\b(?:its|our|their|a|the)\s+path\s+(?:for\s+(?:the\s+(?:company|group|firm)|it|us|them)\s+)?to\s+(?:(?:emerge|emerging|"
        r"emergence)\s+from|exit|leave)\s+(?:chapter\s+11|bankruptcy|court\s+protection)|"
        # ("must file monthly financial statements with the bankruptcy court during its Chapter 11 reorganization")
        # (not one of a past year: "During its Chapter 11 reorganization in 2009, the Company closed 200 stores")
        r"\b(?:during|throughout)\s+(?:its|our|their)\s+(?:ongoing\s+|pending\s+)?chapter\s+(?:7|11|15)\s+(?:reorganization|case|"
        r"proceedings?)\b(?!\s+in\s+(?:19|20)\d\d)|"
        # ("WorldCom, which itself has been under bankruptcy-court protection since last month")
        r"\b(?:has|have|had)\s+been\s+under\s+(?:chapter\s+(?:7|11|15)\s+(?:bankruptcy\s+)?|bankruptcy(?:[- ]court)?\s+)protection\b",
        0.6,
        "phrase:pending-case",
        needs=("months", "weeks", "years", "emerge", "exit", "path", "now in", "currently in", "still in", "been in", "been under", "during its",
               "during our", "during their", "throughout its", "throughout our"),
        hedgeable=False,
    ),
    # "The Company is currently operating under Chapter 11 protection", "we remain in chapter 11 proceedings": a
    # case under way (whose case: _score asks for the company as the subject).
    phrase(
        r"\b(?:operat(?:es|ed|ing|e)|remain(?:s|ed|ing)?|continu(?:es|ed|ing|e))\s+(?:\w+\s+){0,3}?(?:under|in)\s+(?:the\s+)?"
        r"(?:protection\s+of\s+)?chapter\s+(?:7|11|15)\s*(?:(?:bankruptcy\s+)?(?:protection|proceedings?|reorganization)\b|$|[.,;])",
        0.6,
        "phrase:operating-in-case",
        needs=("chapter",),
    ),
    # "the expected protracted nature of the Company's bankruptcy process" (an exchange's reason), "during our
    # Chapter 11 proceedings": the company's own case, named with its owner.
    phrase(
        r"\b(?:the\s+company['\u2019]s|the\s+registrant['\u2019]s|the\s+debtors['\u2019]?|the\s+applicants['\u2019]?|our)\s+"
        r"(?:pending\s+|ongoing\s+)?(?:chapter\s+(?:7|11|15)|bankruptcy|" + _CCAA + r")\s+(?:process|proceedings?|cases?|"
        r"reorganization|filings?)\b",
        0.6,
        "phrase:pending-case",
        needs=("bankruptcy", "chapter", "ccaa", "arrangement act"),
    ),
    # An insolvency office holder named as the company's own: "because the company's receiver, McGrathNicol and Partners, is
    # refusing to pay the company's share register" (not an administrator, who may be a plan's or a fund's)
    phrase(
        r"\b(?:the\s+company['\u2019]s|the\s+group['\u2019]s)\s+(?:appointed\s+)?(?:receivers?(?:\s+(?:and|&)\s+managers?)?|"
        r"(?:provisional\s+|official\s+)?liquidators?|voluntary\s+administrators?|judicial\s+managers?)\b",
        0.6,
        "phrase:pending-case",
        needs=("company's receiver", "company\u2019s receiver", "group's receiver", "group\u2019s receiver", "liquidator",
               "voluntary administrator", "judicial manager"),
    ),
    # News about the company's own case, named as a noun with "its": "the company abruptly closed 48 restaurants
    # just before its Chapter 11 filing", "In its bankruptcy filing, Red Lobster reported ...". Whose "its" is,
    # a report in another company's voice leaves open (review drops a named filer there).
    phrase(
        r"\b(?:in|before|after|since|following|with|ahead\s+of|prior\s+to|during|through)\s+its\s+(?:chapter\s+"
        # ("sought an Amended and Restated Initial Order at a comeback hearing in its CCAA proceedings")
        r"(?:7|11|15)|ch\.\s?(?:7|11|15)|bankruptcy|ccaa)\s+(?:bankruptcy\s+)?(?:filing|petition|case|proceedings?)\b",
        0.65,
        "phrase:named-filer",
        needs=("its chapter", "its bankruptcy", "its ch.", "its ccaa"),
    ),
    # The company's own case as its proceedings under the statute: "due to the Company's ongoing proceedings under the
    # Companies' Creditors Arrangement Act (Canada) ("CCAA") and under Chapter 15 of the United States Bankruptcy Code"
    phrase(
        r"\b(?:the\s+company['\u2019]s|its|our)\s+(?:ongoing\s+|pending\s+)?proceedings\s+under\s+(?:the\s+)?(?:" + _CCAA
        + r"|chapter\s+(?:11|15)\b)",
        0.65,
        "phrase:pending-case",
        needs=("proceedings under",),
    ),
    # Chapter 15: "CPI Plastics Group Ltd., which previously obtained recognition in the Bankruptcy Court for the
    # District of Wisconsin", "was granted recognition of its Canadian proceeding under Chapter 15".
    phrase(
        r"\b(?:obtained|received|won|secured|(?:was|were|been)\s+granted)\s+(?:provisional\s+|final\s+)?(?:chapter\s+15\s+)?"
        r"recognition\b" + _GAP + r"{0,80}?(?:bankruptcy\s+court|chapter\s+15)",
        0.65,
        "phrase:chapter-15-recognition",
        needs=("recognition",),
    ),
    # The foreign representative's petition, and the court's order on it: "Simon John Cathro, an Australian liquidator,
    # seeks recognition under chapter 15 of the Bankruptcy Code for the ongoing winding up and liquidation, in Australia,
    # of Betcorp Limited", "the court grants Mr. Cathro's petition for recognition of the Australian voluntary winding up
    # as a foreign main proceeding under chapter 15 of the Bankruptcy Code".
    phrase(
        r"\b(?:seeks|sought|seeking|(?:has|have|had)\s+(?:sought|applied\s+for|petitioned\s+for)|applied\s+for|petitioned\s+for|"
        r"(?:grants|granted|granting)\s+(?:(?:the|its|their|[\w.]+(?:\s+[\w.]+)?['\u2019]s)\s+)?(?:verified\s+)?petitions?\s+for)\s+"
        r"(?:provisional\s+|final\s+)?recognition\b" + _GAP + r"{0,100}?(?:chapter\s+15|foreign\s+(?:main|non-?main)\s+proceeding)",
        0.65,
        "phrase:chapter-15-recognition",
        needs=("recognition",),
    ),
    # "We continue to operate our businesses as debtors in possession"
    phrase(
        r"\b(?:operat\w+|continu\w+|manag\w+)\s+(?:[\w-]+\s+){0,5}?as\s+(?:an?\s+)?[\"\u201c]?debtors?[- ]in[- ]possession",
        0.8,
        "phrase:debtor-in-possession",
        needs=("possession",),
    ),
    # Canada's CCAA: "obtained protection from their creditors pursuant to the Companies Creditors' Arrangement Act",
    # "commenced proceedings under the CCAA", "restructuring efforts under the CCAA, initiated on December 23, 2019"
    phrase(
        r"\b(?:obtained|received|(?:was|were|been)\s+granted|filed\s+for|sought|seeks|seeking)\s+(?:creditor\s+|court\s+)?"
        r"protection\s+(?:from\s+(?:its\s+|their\s+)?creditors\s+)?(?:pursuant\s+to|under)\s+the\s+" + _CCAA
        + r"|\b(?:proceedings?|restructuring(?:\s+\w+)?)\s+under\s+the\s+" + _CCAA + r"\b[^;]{0,60}?\b(?:initiated|commenced)"
        # (a headline's present: "IntelGenx Initiates Restructuring Proceedings Under the CCAA")
        r"\s+(?:on|in)\b|\b(?:commenc(?:ed|es|ing)|initiat(?:ed|es|ing)|fil(?:ed|es|ing))\s+(?:\w+\s+){0,3}?(?:proceedings?|an?\s+application)\s+"
        r"under\s+the\s+"
        + _CCAA
        # the court's order named for what it gives: "the Ontario-based company obtained a creditor protection order from the
        # province's Superior Court of Justice"
        + r"|\b(?:obtained|received|(?:was|were|been)\s+granted)\s+(?:an?\s+)?creditors?['\u2019]?\s+protection\s+order\b"
        # the court as the subject: "just days after a Canadian court granted Sino creditor protection"
        r"|\bcourt\s+(?:has\s+|had\s+)?granted\s+(?:[\w.&'\u2019-]+\s+){1,4}?creditor\s+protection\b"
        # the company still in its case: "CannTrust remains under CCAA protection"
        r"|\b(?:remains?|remained|is\s+still|was\s+still|continues\s+to\s+operate)\s+under\s+(?:the\s+)?" + _CCAA + r"\s+protection\b"
        # "applied for and was granted protection under Chapter 15 of the Bankruptcy Code in the United States"
        r"|\b(?:was|were|been)\s+granted\s+(?:creditor\s+|court\s+|bankruptcy\s+)?protection\s+under\s+chapter\s+(?:7|11|15)\b",
        0.8,
        "phrase:case-commenced",
        needs=("ccaa", "arrangement act", "protection order", "granted", "creditor protection"),
    ),
    # Canada's BIA and the CCAA's first order: "filed an NOI on October 21", "filed a Notice of Intention to Make a
    # Proposal under subsection 50.4(1) of the Bankruptcy and Insolvency Act", "made an assignment in bankruptcy",
    # "the receipt of an initial order from Canada's Supreme Court of British Columbia under the Companies' Creditors
    # Arrangement Act"
    phrase(
        r"\bfiled\s+(?:an?\s+)?(?:noi\b|notice\s+of\s+intention\s+to\s+make\s+a\s+proposal\b)|"
        # the UK's step into administration, which starts a moratorium: "has filed a notice of intention to appoint
        # administrators", "lodged a notice of intention to appoint an administrator with the court"
        # ("have today filed notices of intention to appoint Robert Lewis and Zelf Hussain as administrators")
        r"\b(?:filed|lodged)\s+(?:an?\s+|the\s+)?notices?\s+of\s+intention\s+to\s+appoint\s+(?:an?\s+)?(?:[\w.,&'\u2019-]+\s+){0,8}?"
        r"(?:as\s+)?administrators?\b|"
        r"\b(?:made|filed)\s+an\s+assignment\s+in\s+bankruptcy\b|\b(?:receipt\s+of|received|obtained|was\s+granted)\s+(?:an?\s+|the\s+)?initial\s+"
        r"order\b" + _GAP + r"{0,80}?\b(?:under|pursuant\s+to)\s+the\s+" + _CCAA,
        0.8,
        "phrase:case-commenced",
        needs=("an noi", "a noi", "notice of intention", "notices of intention", "assignment in bankruptcy", "initial order"),
    ),
    # Winding up by a court (Hong Kong, the Cayman Islands, the UK): "the Petitioner presented a winding-up petition
    # against the Company", "the company was wound up by the Cayman Islands court", "granted an ancillary winding up
    # order against Guoan International Limited", "Guoan International Limited (in liquidation)"
    phrase(
        r"\b(?:presented|filed|issued|brought)\s+(?:an?\s+)?winding[- ]up\s+petition\s+(?:\([^)]{0,20}\)\s+)?against\b|"
        # in the passive: "a winding-up petition under Section 305, 306, 309 read with Section 325 of Companies Ordinance,
        # 1984 has been filed against Fateh Textile Mills Limited"
        r"\bwinding[- ]up\s+petition\b" + _GAP + r"{0,140}?\b(?:has|have|had)\s+been\s+(?:filed|presented|lodged)\s+against\b|"
        # received or served on the company: "the company received a winding-up petition submitted by Melco ... to the High
        # Court"; named as standing against it: "regarding two winding-up petitions against the Company"
        r"\b(?:received|(?:was|were|been|has\s+been)\s+served\s+with)\s+(?:an?\s+|two\s+|the\s+)?winding[- ]up\s+petitions?\b|"
        r"\bwinding[- ]up\s+petitions?\s+(?:\([^)]{0,20}\)\s+)?(?:(?:presented|filed|lodged)\s+)?against\s+(?:the\s+company|us|it)\b",
        0.8,
        "phrase:involuntary-petition",  # a creditor's petition, like an involuntary one: against whom decides
        needs=("winding",),
    ),
    phrase(
        r"\b(?:was|were|been|being)\s+(?:compulsorily\s+)?wound\s+up\s+by\s+(?:an?\s+|the\s+)?(?:order\s+of\s+the\s+)?"
        r"(?:[\w'\u2019.-]+\s+){0,4}?courts?\b|\b(?:granted|made|issued)\s+(?:an?\s+)?"
        r"(?:ancillary\s+)?winding[- ]up\s+order\s+against\b|\bwinding[- ]up\s+order\s+(?:was|has\s+been|had\s+been)\s+"
        r"(?:made|granted|issued)\s+against\b|\bordered\s+the\s+(?:compulsory\s+)?winding[- ]up\s+of\s+(?!(?:a|an|any|such)\b)|\((?:in\s+(?:provisional\s+|official\s+)?liquidation)\)",
        0.75,
        "phrase:case-commenced",
        needs=("winding", "wound up", "liquidation)"),
    ),
    # A creditor's application for a receiver: "the Senior Lender made an application to the Court of Queen's Bench of
    # Alberta to appoint an interim receiver under the BIA"
    phrase(
        r"\b(?:made|filed|brought)\s+an\s+application\s+(?:to|with|before)\s+the\s+(?:[\w.'\u2019]+\s+){0,8}?court\b"
        + _GAP + r"{0,60}?\bto\s+appoint\s+(?:an?\s+)?(?:interim\s+)?(?:receivers?|administrators?|liquidators?)\b",
        0.75,
        "phrase:case-commenced",
        needs=("application",),
    ),
    # UK-style administration and receivership decided by the board: "the Board has taken the decision to place
    # the Company into administration", "has decided to appoint administrators", "the Directors resolved ... to
    # apply to the High Court for permission to appoint a receiver".
    phrase(
        # ("the directors of Create Construction have taken the difficult decision to appoint administrators"; "the Directors of WMC
        # and its subsidiaries resolved yesterday (July 20) to appoint Michael Ryan, Kathryn Warwick, Daniel Woodhouse and Ian
        # Francis as Voluntary Administrators")
        # ("Tongaat Hulett has confirmed that its decision to enter into business rescue is voluntary"; "took the decision to place
        # the company into business rescue")
        r"\b(?:(?:taken|made|took)\s+the\s+(?:[\w-]+\s+)?decision|decided|resolved|voted|(?:(?<=its\s)|(?<=their\s))decision)\s+"
        r"(?:\w+\s+)?(?:\([^()]{0,20}\)\s+)?to\s+"
        r"(?:[^;]{0,80}?\band\s+to\s+)?(?:place\s+(?:the\s+company|itself|"
        r"[\w-]+)\s+into\s+(?:administration|receivership|liquidation|business\s+rescue)\b|enter\s+(?:into\s+)?(?:voluntary\s+)?"
        r"(?:administration|business\s+rescue|judicial\s+management)\b|(?:(?:serve|file|lodge)\s+(?:an?\s+)?notices?\s+of\s+"
        # ("the board has regrettably resolved to serve a notice of intention to appoint Leonard Curtis as administrators")
        r"intention\s+to\s+)?appoint\s+(?:[\w.,&'\u2019-]+\s+){0,12}?(?:as\s+)?"
        r"(?:joint\s+|voluntary\s+)*administrators\b|apply\s+to\s+the\s+(?:high\s+)?court\s+(?:for\s+(?:permission|leave)\s+)?to\s+"
        r"appoint\s+(?:an?\s+)?(?:receivers?|administrators?|liquidators?)\b)|"
        # ("was placed in receivership on June 16 on application by KW Capital Partners Limited"; not a company's
        # properties: "two more of its facilities were put into receivership")
        # ("has been placed in voluntary administration", "has been put into receivership")
        # (the verb looked for before the lookbehinds: tried at every position they cost more than the rest)
        # ("Carillion collapsed into liquidation", "fell into administration")
        # ("4500 jobs at risk as HMV goes into administration")
        r"\b(?=placed|went|goes|going|gone|was|were|been|being|entered|collapsed|fell)(?<!facilities\s)(?<!properties\s)"
        r"(?<!hotels\s)(?<!buildings\s)(?:placed|went|goes|going|gone|collapsed|fell|(?:was|were|been|being)\s+put|"
        # ("confirmed that SAA will be placed into business rescue immediately"; "was sentenced today by Morocco's commerce
        # court to compulsory liquidation")
        r"entered)\s+(?:into|under|in)\s+(?:voluntary\s+administration|administration|receivership|judicial\s+management|"
        r"business\s+rescue|" + _INSOLVENT_LIQUIDATION + r")\b|"
        # ("Virgin Australia has entered voluntary administration"; "the board ... placed the company in business rescue in
        # accordance with Chapter 6 of the Companies Act")
        # ("HMV has become the second retail chain to enter administration")
        r"\bente(?:r|rs|red|ring)\s+(?:voluntary\s+administration|administration|receivership|judicial\s+management|business\s+rescue|"
        + _INSOLVENT_LIQUIDATION + r")\b|"
        # ("Debenhams say they have put the business into administration to protect it from legal action")
        r"\b(?:placed|put)\s+(?:the\s+company|the\s+group|the\s+business)\s+(?:into|under|in)\s+(?:voluntary\s+administration|"
        r"administration|receivership|judicial\s+management|business\s+rescue|liquidation)\b|"
        r"\b(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:sentenced|ordered)\s+(?:today\s+)?(?:by\s+[^;]{0,60}?\s)?(?:to|into)\s+"
        r"compulsory\s+liquidation\b|"
        # Turkey's court-supervised restructuring: "has applied to Bakirkoy third Commercial Court of First Instance for a
        # concordat request due to financial difficulties"
        # ... and the court's winding-up, in its insolvent forms: "filed for a provisional liquidation in the Cayman Islands in
        # order to protect itself from some U.S. creditors"
        r"\b(?:applied|filed|petitioned)\s+(?:to\s+[^;]{0,80}?\s)?for\s+(?:a\s+)?(?:concordat|(?:provisional|compulsory|"
        r"creditors['\u2019]?\s+voluntary)\s+liquidation)\b|"
        # news wording of the board's step: "Blockbuster UK, the DVD rental chain, has called in administrators"
        r"\b(?:called|calls|calling)\s+in\s+(?:the\s+)?(?:administrators|receivers|liquidators)\b|"
        # Australia's voluntary administration, the board's appointment: "The company has appointed David Hardy and Gayle
        # Dickerson of KPMG as joint and several voluntary administrators"
        # ("said on Thursday it appointed FTI Consulting FCN.N as voluntary administrators")
        # ("the board of directors appointed Vaughan Strawbridge, John Greig, Sal Algeri and Richard Hughes of Deloitte as voluntary
        # administrators of 38 companies within the Virgin Australia Group")
        r"\b(?:(?:has|have|had)\s+)?appointed\s+(?:[\w.,&'\u2019-]+\s+){1,16}?as\s+(?:joint\s+and\s+several\s+|joint\s+)?voluntary\s+"
        r"administrators?\b|"
        # ... in the passive, the office holders named before: "Firm partners Keith Crawford, Matthew Caddy, and Damien Pasfield were
        # appointed voluntary administrators" (voluntary administrators in the plural are a company's)
        r"\b(?:were|(?:have|had)\s+been)\s+appointed\s+(?:as\s+)?(?:joint\s+(?:and\s+several\s+)?)?voluntary\s+administrators\b|"
        # a trustee's or a lender's appointment over the company: "Perpetual Trust, the trustee for Finance and Leasing, has
        # appointed receivers to the company"
        r"\b(?:has|have|had)\s+appointed\s+(?:an?\s+|joint\s+)?(?:receivers?(?:\s+(?:and|&)\s+managers?)?|liquidators?|"
        r"provisional\s+liquidators?)\s+(?:to|of|over|for)\s+(?:the\s+(?:company|group|companies)|it)\b|"
        # ... unnamed: "has appointed a voluntary administrator to potentially restructure the Catalist-listed firm"
        # ("Debenhams has appointed administrators in order to protect its UK business from the threat of legal action";
        # administrators in the plural are a company's)
        r"\b(?:has|have|had)\s+appointed\s+(?:an?\s+|joint\s+)?voluntary\s+administrators?\b|"
        r"\b(?:has|have|had)\s+appointed\s+(?:joint\s+)?administrators\b(?!\s+(?:to|for|of|over)\s+(?:a|an|any|its|their)\b)",
        0.75,
        "phrase:case-commenced",
        needs=("administration", "administrator", "receiver", "judicial management", "liquidator", "business rescue",
               "liquidation", "concordat"),
        hedgeable=False,  # a decision taken, or a company placed: "... and intends to appoint administrators shortly"
    ),
    # "an involuntary petition ... against the putative debtor"; in a court's opinion on the debtor's case, "An
    # involuntary petition under Chapter 7 of the Code was filed on July 13, 1981."
    phrase(
        r"\binvoluntary\s+(?:chapter\s+(?:7|11)\s+)?(?:bankruptcy\s+)?(?:petitions?|proceedings?|cases?)\b"
        + _GAP
        + r"{0,120}?\bagainst\b|\ban\s+involuntary\s+(?:chapter\s+(?:7|11)\s+)?(?:bankruptcy\s+)?petition\s+(?:under\s+"
        r"chapter\s+(?:7|11)\s+(?:of\s+(?:the\s+)?(?:bankruptcy\s+)?code\s+)?)?(?:was|has\s+been|had\s+been)\s+filed\b|"
        # a creditor's petition the company is fighting: "Country Garden meanwhile is fending off a liquidation petition in a
        # Hong Kong court"
        r"\b(?:fac(?:es|ed|ing)|fending\s+off|fends\s+off|fight(?:s|ing)?|fought|contest(?:s|ed|ing)?|oppos(?:es|ed|ing))\s+"
        r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:liquidation|winding[- ]up)\s+petitions?\b",
        0.8,
        "phrase:involuntary-petition",
        needs=("involuntary", "liquidation petition", "winding-up petition", "winding up petition"),
    ),
    # Statements headed with the debtor's status: "WEIRTON STEEL CORPORATION AND SUBSIDIARIES DEBTOR-IN-POSSESSION
    # AS OF MAY 19, 2003", "XYZ Corp. (Debtor-in-Possession)": the company itself is the debtor in possession.
    phrase(
        r"\b(?:corporation|corp\.|company|inc\.?|subsidiaries|holdings|llc|l\.p\.|ltd\.?)\s*[(,]?\s*(?:and\s+subsidiaries\s*)?"
        r"debtors?[- ]in[- ]possession\b(?!\s+(?:revolving|term|credit|senior|secured|financing|facilit|loan|lender|agreement))|"
        # a party named in an agreement as the debtor in its case: "Buffets, Inc., a Minnesota corporation, as a debtor and
        # debtor-in-possession under Chapter 11 of the Bankruptcy Code"
        r"\bas\s+(?:a\s+)?debtors?\s+and\s+debtors?[- ]in[- ]possession\b",
        0.75,
        "phrase:debtor-in-possession",
        needs=("possession",),
    ),
    phrase(
        # ("an authorization for $135 million of debtor-in-possession (DIP) financing")
        # ("the producer has secured, from Citigroup, an 18-month debtor-in-possession (DIP) package of about $692 million")
        r"\b(?:debtor[- ]in[- ]possession|dip)\s+(?:\(dip\)\s+)?(?:revolving\s+|term\s+|credit\s+|senior\s+|secured\s+)*(?:financing|"
        r"facility|facilities|credit\s+agreement|loans?|lenders?|agreement|package|funding)\b",
        0.55,
        "phrase:dip-financing",
        needs=("possession", "dip"),
    ),
    phrase(
        r"\bliabilities\s+subject\s+to\s+compromise\b|\bpre-?petition\s+(?:claims|liabilities|indebtedness|debt)\b",
        0.55,
        "phrase:subject-to-compromise",
        needs=("compromise", "petition"),
    ),
)
# A solvent company's winding up, decided by its members: no insolvency.
_SOLVENT_LIQUIDATION = cues.rx(r"\bmembers['\u2019]?\s+voluntary\s+(?:liquidation|winding[- ]up)\b")
_STRONG = frozenset(
    ("phrase:petition-filed", "phrase:filed-for-bankruptcy", "phrase:case-commenced", "phrase:involuntary-petition",
     "phrase:own-filing")
)
# Whose case: the company and its subsidiaries (or the Debtors), not a tenant or a customer. Its board and its
# directors decide for it: "the directors took the decision to appoint administrators".
_SELF = cues.words(
    """
    we our us company company's registrant registrant's corporation partnership trust fund debtor debtors it its
    subsidiaries affiliates holdings issuer board directors
    """
)
# The company speaking of itself (a named "Sears Holdings" may be a tenant).
_SPEAKER = cues.words("we our us company company's registrant registrant's debtor debtors partnership trust fund")
_OTHER_PARTY = cues.words(
    """
    tenant tenants customer customers lessee lessees supplier suppliers vendor vendors counterparty counterparties
    franchisee franchisees operator operators licensee licensees borrower borrowers obligor obligors purchaser
    purchasers insurer insurers competitor competitors airline airlines retailer retailers client clients partner
    partners guarantor guarantors contractor contractors manufacturer distributor distributors dealer dealers
    """
)
# ("are forcing it to weigh its options, including seeking relief in bankruptcy court")
_MODALS = cues.MODALS | {"will", "might", "intend", "intends", "plan", "plans", "expect", "expects", "consider",
                         "considering", "contemplate", "contemplates", "seek", "seeking", "explore", "exploring", "weigh",
                         "weighing"}
_CASE_WORDS = re.compile(
    r"\bDebtors?\b|Petition\s+Date|Chapter\s+11\s+Cases?|Bankruptcy\s+Court|Docket\s+Nos?\.|Disclosure\s+Statement|"
    r"\b(?:[Pp]ost|[Pp]re)-?petition\b"
)
_EMERGED = cues.rx(
    # ("The newspaper publisher filed for Chapter 11 in 2009 and emerged in 2010")
    r"\band\s+emerged\s+(?:in|on)\s+(?:[a-z]+\s+(?:\d{1,2},\s+)?)?(?:19|20)\d\d\b|"
    r"\bemerged\s+from\s+(?:the\s+|its\s+|our\s+)?(?:chapter\s+11|bankruptcy|the\s+chapter|reorganization|court\s+protection|"
    r"[\w\s]{0,30}?cases?)|\bemergence\s+date\b|\bfresh[- ]start\s+(?:accounting|reporting|basis)\b|\bupon\s+(?:our\s+|its\s+|the\s+)?"
    r"emergence\s+from\b|\bsuccessor\s+company\b|\bplan\s+(?:of\s+reorganization\s+)?(?:became|become)\s+effective\b|"
    # the case told with its end: "operated as a debtor-in-possession ... until emergence on February 9, 2021"
    r"\buntil\s+(?:its\s+|our\s+|their\s+|the\s+)?emergence\s+(?:from\s+[\w\s]{0,30}?)?on\b"
)
_COURT = re.compile(
    r"(?:United\s+States|U\.\s?S\.)\s+Bankruptcy\s+Court\s+for\s+the\s+(?:[A-Z][a-z]+\s+){0,2}District\s+of\s+"
    r"(?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?|Bankruptcy\s+Court,\s+(?:[A-Z][a-z]+\s+){0,2}District\s+of\s+[A-Z][a-z]+"
)
_CHAPTER_NAME = re.compile(r"[Cc]hapter\s+(7|11|15)\b")
_CASE_NUMBER = re.compile(r"Case\s+Nos?\.\s*(\d{2}-\d{3,6}(?:\s*(?:through|to|-)\s*\d{2}-\d{3,6})?)")


# A filing still conditional: "in the event the company files for bankruptcy", "should it seek Chapter 11 protection".
_IN_CASE_OF_FILING = cues.rx(r"\b(?:in\s+the\s+event|in\s+case|if|should)\b[^;]{0,60}?\b(?:files?|filing|seeks?|seeking)\b")
# ... or only talked of: "Some bondholders have discussed a debtor-in-possession loan with at least $750 million of new money"
_DIP_TALKED_OF = cues.rx(
    # (not a facility negotiated, which was agreed: "negotiated a $100 million DIP facility")
    r"\b(?:discuss(?:ed|es|ing)|negotiating|considering|exploring|in\s+talks\s+(?:on|over|about|for))\b[^;]{0,40}?"
    r"\b(?:debtor[- ]in[- ]possession|dip)\b"
)


class BankruptcyDetector:
    kind: str = KIND
    # A case names the Bankruptcy Code, its chapter, its Debtors or the petition's dates (a monthly operating
    # report of "the Debtors" with "Postpetition Taxes" never says "bankruptcy"), or a proceeding abroad: other
    # documents are skipped.
    gate: tuple[str, ...] = (
        "bankrupt", "chapter", "the debtors", "postpetition", "prepetition", "post-petition", "pre-petition",
        "in possession", "in-possession", "ch. 11", "ch. 7", "ch. 15", "protection from its creditors",
        "protection from creditors", "protection from their creditors", "ccaa", "arrangement act", "into administration",
        "appoint administrators", "as administrators", "into receivership", "a receiver", "interim receiver",
        "insolvency act", "filed an noi", "notice of intention to make a proposal", "of intention to appoint", "assignment in bankruptcy",
        "initial order", "winding-up petition", "winding up petition", "winding-up order", "winding up order",
        "wound up by", "liquidation)", "for insolvency", "insolvency proceeding", "insolvency application",
        "under receivership", "under administration", "judicial management", "as joint receiver", "as receiver",
        "as administrator", "as joint administrator", "as liquidator", "as joint liquidator", "voluntary administrator",
        "protection order", "ch-11", "ch-7", "ch-15", "business rescue", "judicial recovery", "insolvency plea", "cirp",
        "insolvency resolution", "in receivership", "compulsory liquidation", "voluntary administration", "appointed receivers",
        "liquidator of", "liquidators of", "concordat", "court receivership", "company's receiver", "company\u2019s receiver",
        "group's receiver", "group\u2019s receiver", "judicial reorganisation", "judicial reorganization", "creditor protection",
        "into liquidation", "entered liquidation", "voluntary liquidation", "administrators were appointed",
        "administrators have been appointed", "administrators had been appointed", "liquidator was appointed",
        "liquidators were appointed", "liquidator has been appointed", "liquidators have been appointed", "ordered the winding",
        "ordered the compulsory", "declared insolvent", "insolvent by", "rehabilitation", "safeguard proc", "sauvegarde",
        "redressement", "concurso", "concordato", "company reconstruction", "examinership", "judicial liquidation",
        "liquidation judiciaire", "reorganization proceeding", "reorganisation proceeding", "restructuring proceeding",
        "into insolvency", "liquidation proceeding", "liquidation petition", "in administrators", "in receivers", "in liquidators",
        # ("the NCLT Friday sent Sterling Biotech for liquidation", "faces a fresh wind-up petition")
        "for liquidation", "wind-up petition", "wind up petition", "insolvency process", "provisional liquidation",
        "joint administrators", "joint and several administrators",
    )
    # Every gate word, and the wider words whose sentences are read once the gate is open.
    keywords: tuple[str, ...] = (
        *gate, "debtor", "petition", "plan of reorganization", "administrators", "receiver", "an noi", "a noi",
        "notice of intention", "winding-up", "winding up", "wound up",
    )
    max_score: float = 0.85
    skip: re.Pattern[str] | None = re.compile(r"bankruptcy[- ]remote")
    skip_on: frozenset[str] = frozenset(("bankrupt",))

    def analyze(self, text: str, start: int, end: int, floor: float | None = None) -> Candidate | None:
        low = _plan_nouns(text, start, end, cues.mask(cues.lower(text[start:end]), _OTHER_SENSES))
        score, signal = _best(low, text[start:end])
        if score > 0.3 and "members" in low and _SOLVENT_LIQUIDATION.search(low):
            return None  # a members' voluntary liquidation winds up a solvent company
        if signal == "phrase:dip-financing" and (_IN_CASE_OF_FILING.search(low) or _DIP_TALKED_OF.search(low)):
            return None  # financing lined up "in the event the company files for bankruptcy", or only discussed: no case yet
        if score > 0.3 and "chapter 9" in low and not _CHAPTER_NAME.search(low):  # (a company files under 7, 11 or 15)
            return None  # a municipality's case ("The City of Detroit filed for protection under chapter 9"): no company's
        if score > 0.3 and "report" in low and _RUMOURED.search(low):
            return None  # "amid reports it is filing for bankruptcy": the press's word, no petition yet
        if score > 0.3 and "previously" in low and _EARLIER_CASE.search(low):
            return None  # "It previously sought bankruptcy protection in 2011": an earlier case, told as history
        if score < 0.6 and _pending_case(text, start, end, low):
            score, signal = 0.6, "phrase:pending-case"
        if score <= 0.3:
            return None
        if cues.boilerplate(low):
            score -= 0.3
        return Candidate(KIND, clamp(score), start, end, (signal,), Severity.critical)

    def refine_severity(self, severity: Severity, found: tuple[Amount, ...]) -> Severity:
        return severity

    def review(self, text: str, low: str, cand: Candidate) -> Candidate | None:
        """No alert for a case the company has already emerged from; else name the chapter, the court
        and the petition date where the filing states them."""
        if emerged(low, _another_company(text, cand)):
            return None
        if (
            "phrase:named-filer" in cand.signals
            and _speaks_for_itself(text)
            and not _story_of_filer(text, cand)
            and not _news_lede(text, cand)
        ):
            return None
        if "phrase:named-filer" in cand.signals and not _named_in_lede(text, cand):
            return None  # a story about another company that recalls this one's case ("New Century ... was forced into
            # bankruptcy earlier this year", told in an item on American Home Mortgage)
        if _counterparty_announced(text, cand) or _named_customer(text, low, cand):
            return None
        if cues.name_left_blank(text):
            return None  # a model order or form with the debtor's name left blank ("[LIST DEBTOR NAMES]")
        if "significant subsidiar" in low and _NOT_SIGNIFICANT.search(low):
            return None  # "StreetSine Technology and StreetSine Singapore are therefore not significant subsidiaries of SPH"
        return _with_facts(text, cand)


# The filers are subsidiaries the parent calls insignificant: the case is not the company's.
_NOT_SIGNIFICANT = cues.rx(r"\b(?:not|neither)\s+(?:a\s+|its\s+)?(?:\w+\s+)?significant\s+subsidiar")


# A filing only reported by others: "Cineworld's share price has plunged more than 53 per cent today amid reports it is filing for
# bankruptcy".
_RUMOURED = cues.rx(
    r"\b(?:amid|on|after|following)\s+(?:media\s+|press\s+|news\s+)?reports?\s+(?:that\s+)?(?:it|the\s+(?:company|group)|"
    r"[\w&.'\u2019-]+)\s+(?:is|was|will\s+be|could\s+be|may\s+be)\s+(?:preparing\s+(?:to\s+file|for)|about\s+to\s+file|filing|"
    r"considering)\b"
)
# A case of an earlier year recalled: "It previously sought bankruptcy protection in 2011" (not "as previously
# disclosed, on May 5, 2020, the Company filed").
_EARLIER_CASE = cues.rx(r"(?<!as\s)\bpreviously\s+(?:sought|filed|entered|went)\b[^.;]{0,80}?\bin\s+(?:19|20)\d\d\b")

_OTHER_SENSES = cues.senses(
    (("bankruptcy",), r"\bbankruptcy[- ]remote\b|\bpersonal\s+bankruptc\w+\b"),
    (("debtor",), r"\b(?:account|credit)\s+debtors?\b|\bdebtors?['\u2019]?\s+(?:days|balances?|turnover)\b"),
    (("dip",), r"\bdip\s+(?:in|of)\s+(?:sales|revenue|margin|demand|prices?)\b"),
    (("arrangement act",), r"\bcompanies['\u2019]?(?=\s+creditors['\u2019]?\s+arrangement\s+act)"),
    # a ticker between the name and its verb, whose colon would end the clause: "Pioneer Energy Services (OTC:PES) files for
    # Chapter 11 bankruptcy protection"
    ((":",), r"\((?:nyse|nasdaq|otc\w*|tsxv?|amex|asx|lse|aim|cse)[\w\s.]{0,12}:\s*[\w.]{1,8}\)"),
)


_PLAN_NOUN = re.compile(r"\bPlans?\b(?!\s+of\b)")
# The lower-case noun of a Canadian case as well: "the previously announced plan of arrangement with its secured
# creditors", never the verb "plan to" ("plan of reorganization" is left to the phrases that name it).
_PLAN_OF = re.compile(r"\bplans?(?=\s+of\s+(?:compromise\s+(?:and|or)\s+)?arrangement\b)")
# ... and any lower-case "plan(s)" that is neither the verb ("plans to file") nor a plan "of" something named by the phrases:
# "moved forward with restructuring plans on Dec. 7, filing a "pre-packaged" Chapter 11 petition".
_PLAN_NOUN_LOWER = re.compile(r"\bplans?\b(?!\s+(?:to|of)\b)")


def _plan_nouns(text: str, start: int, end: int, low: str) -> str:
    """Blank the noun "plan" (the plan of reorganization: "contemplated by the Prepackaged Plan, the Debtors filed ...";
    "restructuring plans") so that it does not read as the verb "plan" that makes a filing hypothetical."""
    if "plan of" in low and "arrangement" in low:
        low = _PLAN_OF.sub(cues.blank, low)  # "the previously announced plan of arrangement"
    if "plan" in low:
        low = _PLAN_NOUN_LOWER.sub(cues.blank, low)
    if "Plan" not in text[start:end]:
        return low
    for m in _PLAN_NOUN.finditer(text, start, end):
        low = low[: m.start() - start] + " " * (m.end() - m.start()) + low[m.end() - start :]
    return low


# A dated filing in a clause of time after the fact: "announced plans to shutter those locations shortly after
# seeking Chapter 11 bankruptcy protection last week" (the plan is the closing, not the filing).
_AFTER = cues.rx(r"\b(?:after|since|following)\s+$")
_PAST_TIME = cues.rx(
    r"\b(?:last\s+(?:week|month|year|\w+day)|yesterday|earlier\s+this\s+(?:week|month|year)|on\s+\w+day)\b"
)


def _after_the_fact(low: str, start: int, end: int) -> bool:
    return _AFTER.search(low, max(0, start - 30), start) is not None and _PAST_TIME.search(low, end, end + 40) is not None


# A second verb phrase coordinated after the filing: "has filed for Chapter 11 bankruptcy and plans to liquidate
# its assets" (the plan is the liquidation; the filing is done).
_COORDINATED = cues.rx(r"^(?:\s+[\w-]+){0,3}?\s+(?:and|but)\s+(?:then\s+)?(?:plans?|intends?|expects?|hopes?|aims?|"
                       r"will|may|might|could|would|seeks?)\b")


def _own_clause(low: str, end: int) -> str:
    """The sentence cut before a verb phrase coordinated after the one ending at `end`."""
    if " and " not in low[end : end + 60] and " but " not in low[end : end + 60]:
        return low
    m = _COORDINATED.match(low[end : end + 60])
    if m is None:
        return low
    cut = low.rfind(" and ", end, end + m.end())
    cut = max(cut, low.rfind(" but ", end, end + m.end()))
    return low[:cut] if cut > end else low


def _best(low: str, sentence: str) -> tuple[float, str]:
    """The best-scoring phrase occurrence that is neither negated nor hypothetical (each is scored for
    whose case it is: the strongest wording may name a creditor, a weaker one the debtor)."""
    best = (0.0, "")
    for ph in gated(low, PHRASES):
        for m in ph.rx.finditer(low):
            if cues.negated(low, m.start()) or (
                ph.hedgeable and not _after_the_fact(low, m.start(), m.end())
                and cues.hedged(_own_clause(low, m.end()), m.start(), m.end(), modals=_MODALS)
            ):
                continue
            if not ph.hedgeable and not cues.CONDITIONALS.isdisjoint(cues.last_words(cues.clause_before(low, m.start()), 12)):
                continue  # (a decision taken is no hedge, a condition is: "If the company went into administration, ...")
            score, signal = _score(low, Match(ph, m.start(), m.end(), ph.weight, False), sentence)
            if score > best[0]:
                best = (score, signal)
    return best


def _score(low: str, match: Match, sentence: str) -> tuple[float, str]:
    """Whose filing it is decides: the company's own (full weight), a tenant's or customer's (none), an
    unnamed third party's (below the threshold, unless other sentences make it the company's case), a
    named company's (a news item's subject; review drops it in a report written in the company's voice)."""
    signal = match.phrase.signal
    pre = cues.clause_before(low, match.start, 220)
    if _PLURAL_CLASS.search(pre):
        return 0.2, signal  # "we go through those firms that have already gone into administration": a class, no one filer
    if _RELATION_APPOSITIVE.search(sentence, max(0, match.start - len(pre)), match.start):
        return 0.2, signal  # "Compute North, a competitor of Core Scientific, declared bankruptcy": another company, told as such
    generic = _generic_subject(low, match.end, sentence) or _ANY_SUBJECT.search(low, max(0, match.start - len(pre)), match.start) is not None
    if _counterparty_named(sentence, match.start - len(pre), match.start) or generic:
        # A business named right before the verb is the filer, whatever counterparty the clause also names
        # ("Prioritizing its customers, ..., Island Air made the decision to file", "the discount department store
        # operator filed"); review drops it in a report in the company's own voice (a tenant named there).
        head = _without_appositive(sentence[max(0, match.start - len(pre)) : match.start])
        found = _NAMED_SUBJECT.search(head)
        # "My Customer Just Filed" and "its tenant Sears filed" name a counterparty, not the news item's subject
        named = found is not None and not (
            set(cues.last_words(found.group().lower(), 8)) | set(cues.last_words(head[: found.start()].lower(), 2))
        ) & _OTHER_PARTY
        if not generic and signal in _STRONG and (named or _PLAIN_SUBJECT.search(head)):
            return 0.6, "phrase:named-filer"
        return 0.2, signal
    if _generic_case(sentence, low, match.start - len(pre), match.start):
        return 0.2, signal
    if signal == "phrase:operating-in-case" and not any(w in _SPEAKER for w in cues.last_words(pre, 16)):
        return 0.45, signal  # "Sears, which is operating under Chapter 11 protection": not said to be the company's case
    if signal not in _STRONG:
        return match.score + (0.1 if "debtors" in low or "the company" in low else 0.0), signal
    if signal == "phrase:own-filing" and not _OWNER_FIRST.match(low, match.start):
        return 0.6, "phrase:named-filer"  # a named company's filing: the news item's subject, unless review finds otherwise
    if signal == "phrase:own-filing" and _OWNER_FIRST.match(low, match.start):
        return match.score, signal  # the owner is in the phrase: "prompted by the Company's recently announced Chapter 11 filing"
    if signal == "phrase:involuntary-petition":
        # "an involuntary proceeding against a company or individual": against anyone, a rule; "an involuntary
        # case is commenced against the Parent ... and the petition is not controverted within 10 days": a
        # contract's default list
        if cues.generic_subject(low, match.end, match.end + 40) or _UNLESS_DISMISSED.search(low, match.end, match.end + 200):
            return 0.2, signal
        return match.score, signal
    if not any(w in _SELF for w in cues.last_words(pre, 16)) and not _defined_company(low, match.start, match.end):
        # "Sea Launch filed for Chapter 11": whose filing is not said. A voluntary petition is filed by the
        # debtor itself, so a named company that filed one is the news ("Superior Energy Services Co. has
        # begun voluntary Chapter 11 proceedings", "Quiznos on Friday filed for Chapter 11 bankruptcy
        # protection"), unless the sentence names it a tenant or a customer.
        if "voluntar" in low[max(0, match.start - 40) : match.end]:
            return 0.6, signal
        if _NAMED_SUBJECT.search(_without_appositive(sentence[max(0, match.start - len(pre)) : match.start])):
            return 0.6, "phrase:named-filer"
        if _plain_subject(sentence, match.start - len(pre), match.start):
            return 0.6, "phrase:named-filer"
        if low.startswith("filing", match.start) and sentence[: match.start].rstrip().endswith(",") and (
            _OPENING_NAME_AND_VERB.match(sentence)
        ):
            return 0.6, "phrase:named-filer"  # the participle's subject opens the sentence: "Superior Energy Services Inc. moved
            # forward with restructuring plans on Dec. 7, filing a "pre-packaged" Chapter 11 petition"
        return 0.45, signal
    return match.score, signal


# The filers as a class in a relative clause: "those firms that have already gone into administration", "retailers which
# have filed for bankruptcy this year".
_PLURAL_CLASS = cues.rx(
    r"\b(?:firms|companies|businesses|retailers|chains|brands|names|stores|groups|developers|airlines|operators|lenders|banks|"
    r"issuers|miners|producers)\s+(?:that|which|who)\s+(?:(?:have|has|had)\s+)?(?:(?:already|recently|since|also)\s+)?$"
)
# An appositive that names the filer by its relation to another company: "Compute North, a competitor of Core Scientific,".
_RELATION_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the|one\s+of\s+the)\s+(?:[\w-]+\s+){0,3}?(?:competitors?|rivals?|peers?|customers?|suppliers?|tenants?|"
    r"lessees?|partners?|counterpart(?:y|ies)|clients?|distributors?|vendors?)\s+of\s+[A-Z][^,;]{0,60},\s*$"
)
# (or the filing's own defined term: "The filing of the Bankruptcy Petitions described above in Item 1.03")
_OWNER_FIRST = cues.rx(
    r"(?:the\s+company['\u2019]s|the\s+registrant['\u2019]s|our|its)\s|the\s+(?:filing|commencement)\s+of\s+the\s+(?:bankruptcy|chapter)\s"
)
# The company's own group named in the plural: "Celadon Group, Inc. ... and its 25 affiliate entities filed voluntary
# petitions" (not the "companies" or "entities" of a rule).
_POSSESSED = cues.rx(r"\b(?:its|our|their|the\s+company['\u2019]s)\s+(?:[\w-]+\s+){0,3}$")


# "Companies" in a defined term or a name: "the Companies", "Fleming Companies (NYSE: FLM)".
_NAME_BEFORE = re.compile(r"(?:\b[Tt]he|\b[A-Z][\w&'\u2019.-]*)\s+$")


def _generic_subject(low: str, end: int, sentence: str = "") -> bool:
    """Rule or guidance wording before ``end``, other than the company's own entities (and a filing's defined term for
    its filers, or a name: "The Companies and certain of their subsidiaries filed for reorganization under Chapter 11",
    "Fleming Companies ... and its operating subsidiaries have filed voluntary petitions")."""
    return any(
        _POSSESSED.search(low, max(0, m.start() - 60), m.start()) is None
        and not (sentence[m.start() : m.end()] == "Companies" and _NAME_BEFORE.search(sentence, 0, m.start()))
        and not (sentence and _NAME_APPOSED.search(sentence, max(0, m.start() - 120), m.start()))
        for m in cues.GENERIC_SUBJECT.finditer(low, 0, end)
    )


# A name, then "a company" in apposition: the company named, not any company ("Luna Innovations (Roanoke, Virginia), a
# company focusing on sensing and instrumentation solutions ..., reported that it has voluntarily filed").
_NAME_APPOSED = re.compile(r"\b[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*)*(?:\s*\([^()]{0,60}\))?,\s+$")


_UNLESS_DISMISSED = cues.rx(
    r"\b(?:not|un)\s?(?:controverted|dismissed|stayed|discharged|bonded|vacated)\b" + _GAP + r"{0,30}?\b(?:within|for)\b"
)
# A proper name right before the verb, past the time and manner words news puts there: "Coldwater Creek
# Inc. on Friday filed", "Brookstone Holdings Corp. has filed", "Sears, Once a Retail Titan, Files".
# A company's name as written: capitalised words, with "&", "of" and "de" between them.
_COMPANY_NAME = r"[A-Z][\w&'\u2019.-]*(?:\s+(?:[A-Z][\w&'\u2019.-]*|&|of|de))*,?\s+"
_NAMED_SUBJECT = re.compile(
    # ("TOUSA, Inc. on Tuesday morning filed for Chapter 11")
    r"\b" + _COMPANY_NAME + r"(?:(?:on|late|early)\s+(?:[A-Z][a-z]+|\w+day)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+|"
    r"(?:this|last)\s+(?:week|month)\s+|"
    # ("The minister confirmed that SAA will be placed into business rescue immediately")
    # ("Timminco Limited and Bécancour Silicon Inc. sought and were granted protection under the CCAA")
    # ("Signet Solar, a California-based solar panel manufacturer, recently filed for Chapter 11 bankruptcy")
    r"(?:has|have|had|was|were|is|been|officially|also|now|today|yesterday|formally|voluntarily|recently|finally|reportedly|"
    r"which|who|will|be|"
    r"(?:sought|applied(?:\s+for)?|petitioned)\s+and)\s+){0,3}$"
)
# A named company and its verb opening the sentence (the subject of a participle after a comma).
_OPENING_NAME_AND_VERB = re.compile(
    r"\W*" + _COMPANY_NAME + r"(?:[a-z]+ed|said|announced|began|took)\b"
)
# What news calls a company by its trade: "the retailer", "the newspaper publisher", "the Houston-based ... chain".
_TRADE_NOUN = (
    r"(?:retailer|chain|store|airline|carrier|miner|producer|maker|firm|bank|lender|operator|manufacturer|group|insurer|developer|"
    r"owner|brand|utility|automaker|business|publisher|hospital|provider|supplier|distributor|casino|homebuilder|builder|drugmaker|"
    r"startup|start-up|explorer|franchisee|shipowner)"
)
# A business named by its trade right before the verb, as news writes its subject: "the department store
# filed", "the Houston-based fashion jewelry and accessories chain filed", "the airline this week filed". Review
# drops it in a report written in the company's voice, where "the airline" is a lessee or a customer.
# (also with its place and a relative pronoun: "The Troy, Mich.-based discount retailer, which filed for bankruptcy protection
# in January")
_PLAIN_SUBJECT = re.compile(
    r"\b[Tt]he\s+(?:[\w\u2013\u2014'\u2019.,-]+\s+){0,6}?" + _TRADE_NOUN + r"(?:,\s+(?:which|who))?\s+"
    r"(?:(?:on|late|early)\s+\w+\s+|(?:this|last)\s+(?:week|month)\s+|(?:has|have|had|was|were|is|been|officially|also|now|"
    r"today|yesterday|formally|voluntarily|recently|finally|reportedly)\s+){0,3}$"
)


def _plain_subject(sentence: str, lo: int, hi: int) -> bool:
    return _PLAIN_SUBJECT.search(_without_appositive(sentence[max(0, lo) : hi])) is not None


_PARENTHETICAL = re.compile(r"\s*\([^()]{0,80}\)")
# An appositive ("General Motors Company, a U.S. automaker based in Detroit Michigan, filed") or a relative clause
# ("Celsius Network, which last month wiped out two years of gains ..., has filed"), of any length when it opens
# with an article or a relative pronoun.
# (a number's thousands comma is no clause's end: "NPC International, which operates roughly 1,200 Pizza Hut and Wendy's
# restaurants across the U.S., has filed")
# (an auxiliary may follow it: "Blockbuster UK, the DVD rental chain, has called in administrators")
_AUX_TO_END = (
    r"(?=(?:(?:has|have|had|was|were|is|are|been|will|also|now|today|yesterday|officially|formally|voluntarily|recently|"
    r"finally|reportedly)\s+){0,3}$)"
)
_APPOSITIVE = re.compile(
    r",(?:[^,;]|(?<=\d),(?=\d)){3,120},\s*" + _AUX_TO_END + r"|,\s+(?:which|who|whose|a|an|the)\b(?:[^,;]|(?<=\d),(?=\d)){3,200},\s*"
    + _AUX_TO_END
)


def _without_appositive(head: str) -> str:
    """The subject before the verb without its parenthetical and appositive: "General Motors Company (GM), a
    U.S. automaker based in Detroit Michigan, filed" -> "General Motors Company filed"."""
    return _APPOSITIVE.sub(" ", _PARENTHETICAL.sub("", head))


# What happens in any case, not in this one: a habitual adverb ("the debtor will usually continue operations",
# "Form 8-Ks reporting bankruptcies typically include ... debtor-in-possession financing") or the debtor of
# the law's text, written in lower case ("before the debtor commenced bankruptcy proceedings"); a company's
# own notes call their debtors "the Debtors" or "the Company".
# ("Sometimes the company in question has gone bankrupt": why shares are suspended, in general)
# (not a naming phrase: "is going into administration, commonly known as bankruptcy protection in the US")
_HABITUAL = cues.rx(
    r"\b(?:usually|typically|commonly|normally|ordinarily|customarily|sometimes|occasionally)\b"
    r"(?!\s+(?:known|called|referred|described|termed)\b)"
)
_COUNTED_FILER = cues.rx(r"\b(?:one|another|two|three|four|five|six)\s+(?:other\s+)?(?:listed\s+)?compan(?:y|ies)\s+(?:was|were)\s+(?:placed|put)\b")
_LAW_DEBTOR = re.compile(r"\b(?:the|a|an|any|each)\s+debtor(?:-company)?(?:['\u2019]s)?\b")


# What is usual in any case: "The most common first day motions include ... (4) Motion for Debtor-in-Possession
# Financing"; a condition on any company: "when a parent company files for bankruptcy protection ...".
_TYPICAL = cues.rx(r"\b(?:most\s+)?(?:common|typical|usual)\s+(?:first[- ]day\s+)?motions\s+(?:include|are)\b")
_ANY_FILER = cues.rx(
    r"\b(?:when|if|whenever|once|unless)\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?(?:company|business|corporation|debtor|"
    r"subsidiary|entity|firm)\b"
)


_CONDITIONS = ("when", "if ", "once", "unless")
_A_KIND_WHICH_FILES = cues.rx(r"\b(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?(?:company|issuer|debtor|firm|business),?\s+(?:which|that|who)\s+files?\b")
_A_CASE_IS = cues.rx(
    r"\b(?:a|an|any)\s+(?:(?:voluntary|involuntary|joint|chapter\s+(?:7|11|15)|bankruptcy)\s+(?:or\s+(?:voluntary|involuntary)\s+)?)*"
    r"cases?\s+(?:is|are|may\s+be|can\s+be)\s+(?:commenced|initiated|filed|begun)\b"
)
_ANY_REPRESENTATIVE = cues.rx(r"\b(?:a|an|any|each|every)\s+foreign\s+representatives?\b")
# Any filer of a kind, right before the verb: "What Happens When a Country Goes Bankrupt", "if an issuer files".
# (Not the creditors who file against the company: "when a group of creditors filed an involuntary petition".)
_ANY_SUBJECT = cues.rx(
    r"\b(?:when|if|whenever|once|unless)\s+(?:a|an|any)\s+(?:(?!(?:of|creditors?|holders?|lenders?)\b)[\w-]+\s+){1,2}$"
)


def _generic_case(sentence: str, low: str, lo: int, hi: int) -> bool:
    if ("ly" in low or "sometimes" in low) and _HABITUAL.search(low):
        return True
    if "motions" in low and _TYPICAL.search(low):
        return True
    if "compan" in low and _COUNTED_FILER.search(low, max(0, hi - 40), hi + 12):
        return True  # "one company was placed under judicial management": one of those a report counts, not this one
    head = low[max(0, lo) : hi]
    if cues.present(head, _CONDITIONS) and _ANY_FILER.search(head):
        return True
    verb = low[max(0, lo) : hi + 6]  # (with the verb the phrase opens with)
    if ("which file" in verb or "that file" in verb or "who file" in verb) and _A_KIND_WHICH_FILES.search(verb):
        return True  # "the listing implications for a NASDAQ company, which files for bankruptcy protection"
    if "case" in low and _A_CASE_IS.search(low, 0, hi + 40):
        return True  # the Code's procedure: "Under the Bankruptcy Code, a voluntary or involuntary case is commenced by filing a petition"
    if "representative" in head and _ANY_REPRESENTATIVE.search(head):
        return True  # the Code's "a foreign representative seeks recognition of a foreign proceeding by filing a petition"
    return "debtor" in low[max(0, lo) : hi] and _LAW_DEBTOR.search(sentence, max(0, lo), hi) is not None


# A relation word in front of a counterparty noun: "our customer", "one of its tenants", "a tenant".
_RELATION = cues.words("our its their the a an one another certain several two three major largest significant key "
                       "company's registrant's my your")


def _counterparty_named(sentence: str, lo: int, start: int) -> bool:
    """A counterparty noun in the clause before the phrase or just after it, once the filer's own appositive is set
    aside ("ATD, North America's largest independent wholesale tire distributor with fiscal 2018 sales of $5.4 billion,
    voluntarily filed": the distributor is the filer)."""
    head = sentence[max(0, lo) : start]
    bare = _without_appositive(head)
    if bare == head:
        return _other_party(sentence, lo, start + 120)
    # (an appositive that names a relation still names a counterparty: "Toys R Us, a major customer of the Company, filed")
    aside = _APPOSITIVE.search(_PARENTHETICAL.sub("", head))
    if aside is not None and _other_party(aside.group(), 0, len(aside.group())):
        return True
    tail = sentence[start : start + 120]
    return _other_party(bare + tail, 0, len(bare) + len(tail))


def _other_party(sentence: str, lo: int, hi: int) -> bool:
    """A customer, tenant or other counterparty is the one in bankruptcy: a counterparty noun near the
    phrase, written as a common noun ("Cafeteria Operators, L.P." and "Specialty retailer Brookstone
    Holdings Corp." name the company itself)."""
    window = sentence[max(0, lo) : hi]
    for m in _WORD_RX.finditer(window):
        word = m.group()
        low = word.lower()
        if low not in _OTHER_PARTY:
            continue
        if _SPEAKS.match(window, m.end()):
            continue  # "..., the retailer said": the news item's source, the company itself
        before = cues.last_words(window[: m.start()].lower(), 2)
        titled = bool(before) and before[-1] in _RELATION  # "When a Customer Files for Bankruptcy", "My Customer ..."
        if word[0].isupper() and m.start() > 0 and not window[: m.start()].rstrip().endswith((".", "\n")) and not titled:
            continue  # part of a name
        after = window[m.end() : m.end() + 3].lstrip()
        # (a trade with only an article before it titles a name too: "The Colombian airline Avianca")
        relation = _RELATION - _ARTICLES if low in _TRADES else _RELATION
        if after[:1].isupper() and not any(w in relation for w in before):
            continue  # an appositive title of the named subject: "retailer Brookstone"
        if low in _TRADES and after[:1] == "," and _NAME_AND_ARTICLE.search(window, 0, m.start()):
            continue  # the named subject's trade in an appositive: "Big Lots, a popular discount retailer, has filed"
        return True
    return False


_WORD_RX = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_ARTICLES = frozenset(("the", "a", "an"))
# What a company is, not what it is to the speaker (a tenant, a customer): "a popular discount retailer".
_TRADES = cues.words("retailer airline manufacturer operator distributor insurer contractor")
_NAME_AND_ARTICLE = re.compile(r"[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*)*,\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}$")
# (past a place and a time word: "Two long-term care operators in Tennessee recently announced that they are voluntarily filing")
_SPEAKS = re.compile(
    r"(?:\s+(?:in|of|from|based\s+in)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2},?)?(?:\s+(?:recently|also|jointly|today|yesterday))?"
    r"\s+(?:said|says|announced|announces|stated|states|reported|reports|added|told)\b"
)


def _defined_company(low: str, pos: int, end: int | None = None) -> bool:
    """A defined term for the company before the verb: `Vroom, Inc. ("Vroom" or the "Debtor")`; or, for an order
    against the company, right after its object: "made a winding-up order against China Evergrande Group (\u201cCompany\u201d)"."""
    head = low[max(0, pos - 200) : pos]
    if "(the \"company\")" in head or "the \u201ccompany\u201d" in head or "\"debtor" in head or "\u201cdebtor" in head:
        return True
    return end is not None and _DEFINED_AFTER.match(low, end) is not None


# The object of an order defined as the company: "against China Evergrande Group (\u201cCompany\u201d)".
_DEFINED_AFTER = cues.rx(r"\s+(?:[\w.&'\u2019-]+\s+){1,6}?\(\s*(?:the\s+)?[\"\u201c](?:company|debtor)[\"\u201d]\s*\)")


def _pending_case(text: str, start: int, end: int, low: str) -> bool:
    """The capitalised defined terms of a pending case, stated, not hypothetically: "the Debtors ... within 90
    days of the Petition Date" in one sentence, or the Debtors acting in this sentence and another term of
    the case (the Petition Date, the Bankruptcy Court, a docket number, postpetition claims) next to it
    ("the Debtors filed a motion seeking to reject all Sale Leaseback Agreements. Pursuant to an order by the
    Bankruptcy Court ...")."""
    sentence = text[start:end]
    if "Debtor" not in sentence or _A_DEBTOR.search(low) or _DUTY.search(low):
        return False
    if cues.generic_subject(low, 0, len(low)):
        return False  # a law on any company: "the Debtor Rehabilitation and Bankruptcy Act provides that a company with
        # debt of KRW 50 billion or more ... may file for bankruptcy"
    if cues.addressed_to_reader(text, low, start):
        return False  # advice to a creditor: "Stop Trying to Collect Your Debt from the Debtor."
    found = _CASE_WORDS.findall(sentence)
    if len(found) < 2:
        around = _CASE_WORDS.findall(text, max(0, start - 400), min(len(text), end + 400))
        if not any(not f.startswith("Debtor") for f in around):
            return False
    first = low.find("debtor")
    return not cues.governed(low, first, _MODALS) and not cues.boilerplate(low)


_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")
# A quoted speaker's words within a paragraph, opened and closed by either kind of quotation mark (news mixes them).
_QUOTED = re.compile(r"[\u201c\"](?:(?!\n\s*\n)[^\u201d\"]){0,600}[\u201d\"]")


def _speaks_for_itself(text: str) -> bool:
    """A report in the company's own voice ("the Company", "we", "our", not in a quoted speaker's words): a named filer
    in it is another company (Astrotech's 10-K: "In June 2009, Sea Launch filed for Chapter 11 bankruptcy protection")."""
    return _calls_itself_the_company(text) or len(_FIRST_PERSON.findall(_QUOTED.sub(" ", text[:20000]))) >= 3


def _calls_itself_the_company(text: str) -> bool:
    """The filer's defined terms, "the Company" (also opening a sentence; news writes "the company") or "the Registrant",
    outside a quoted speaker's words (a news story quotes a CEO: "the best possible path forward ... for the Company")."""
    if "the Company" not in text and "The Company" not in text and "the Registrant" not in text:
        return False
    own = _QUOTED.sub(" ", text[:20000])
    return "the Company" in own or "The Company" in own or "the Registrant" in own


_A_DEBTOR = cues.rx(r"\b(?:a|an|any|each|every)\s+debtor\b")
# A court rule's duties: "the trustee or the Debtor shall file reports of operations".
_DUTY = cues.rx(r"\b(?:shall|must)\b")
_EMERGED_NEEDS = ("emerge", "fresh", "successor company", "effective")
# A sentence about what is still to come: "will be appointed ... on the Emergence Date", "contingent upon".
# (or a purpose: "The purpose of the Chapter 11 filing is to allow the company to ... position itself for long-term success
# upon emergence from Chapter 11")
_FUTURE = cues.rx(
    r"\bwill\b|\bcontingent\s+upon\b|\bexpects?\s+to\b|\banticipates?\b|\bpurpose\s+of\b|\bto\s+(?:allow|enable|position)\b"
)


def _sentence_end(low: str, pos: int) -> int:
    end = low.find(". ", pos)
    return len(low) if end == -1 else end


def emerged(low: str, elsewhere: Callable[[int], bool] | None = None) -> bool:
    """The (lower-cased) document says the company emerged from its case (or adopted fresh-start
    accounting): the case is history, not news. `elsewhere(pos)` tells an emergence at pos that names
    another company than the filing (a news list: "Grocer The Great Atlantic & Pacific Tea Co. Inc. said
    Tuesday it has emerged from Chapter 11" below "Mark Shale said it has filed")."""
    if not cues.present(low, _EMERGED_NEEDS):
        return False
    period_end = _latest_period_end(low)
    if period_end and _petition_in_period(low, period_end):
        return False  # the case began during the period the report covers: it was pending then
    for m in _EMERGED.finditer(low):
        lo = max(low.rfind(". ", 0, m.start()), low.rfind("\n", 0, m.start())) + 1
        sentence = low[lo : m.end() + 10]
        if cues.governed(sentence, m.start() - lo, cues.MODALS | {"will"}):
            continue
        if not m.group().startswith(("emerged", "fresh", "plan")) and _FUTURE.search(low, lo, _sentence_end(low, m.end())):
            continue  # "upon our emergence from bankruptcy, our lenders will be repaid": an emergence still to come
        when = cues.date_key(low[lo : m.end() + 40]) if period_end else None
        if when and period_end and when > period_end:
            continue  # emerged after the period the report covers: the case was pending at its end
        if elsewhere is not None and elsewhere(m.start()):
            continue
        return True
    return False


# Capitalised words that name no company: a case's and a date's words, and sentence openers.
_NOT_NAMES = cues.words(
    """
    the a an on in at as for of and chapter bankruptcy court u.s. united states company companies corporation inc inc.
    corp corp. co co. llc ltd holdings group debtor debtors plan reorganization code district southern northern
    eastern western new york delaware texas monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december today we our it its emergence effective
    date voluntary proceedings petitions petition cases case successor predecessor
    """
)
_CAPITALISED = re.compile(r"\b[A-Z][\w&-]+")
_SELF_EMERGED = re.compile(
    r"\b(?:[Tt]he\s+(?:Company|Debtors?|Registrant|Partnership|Reorganized)|[Ww]e|[Oo]ur|Successor|Predecessor)\b"
)


def _news_lede(text: str, cand: Candidate) -> bool:
    """The filing told in the text's first sentence, by a text that never calls itself "the Company": a news item's lede,
    whose "we" and "our" are people it quotes, even where the quotation marks were lost ("DETROIT -- Financially struggling
    Plastech Engineered Products Inc. filed for Chapter 11 bankruptcy protection in Detroit on Friday night.")."""
    return cand.start < _first_sentence_end(text) and not _calls_itself_the_company(text)


def _first_sentence_end(text: str) -> int:
    return sentence_at(text, 0)[1] if text.strip() else 0


# News names its subject first: the headline or the lede.
_LEDE_CHARS = 300


def _named_in_lede(text: str, cand: Candidate) -> bool:
    """The filer named in the opening (the first sentence, or the first 300 characters) or the filing told there."""
    lede_end = max(_first_sentence_end(text), _LEDE_CHARS)
    if cand.start < lede_end or bool(_names(text[cand.start : cand.end]) & _names(text[:lede_end])):
        return True
    # the filer named by its trade alone ("The newspaper publisher filed for Chapter 11 bankruptcy protection on January 15"): the
    # story's own subject, whom the opening names
    return _TRADE_LEAD.match(text, cand.start) is not None


_TRADE_LEAD = re.compile(
    r"\s*[Tt]he\s+(?:[a-z][\w'\u2019-]*\s+){0,3}?(?:" + _TRADE_NOUN + r"|company)\s+"
    r"(?:(?:has|had|have|also|then|later|finally|officially|voluntarily)\s+)?(?:filed|sought|entered|went)\b"
)


def _names(sentence: str) -> set[str]:
    return {w.lower() for w in _CAPITALISED.findall(sentence)} - _NOT_NAMES


# A named company that "announced that it has filed", in a report whose own company leases to it or sells to it:
# "WeWork Inc. ("WeWork"), announced that it has filed for bankruptcy protection. The Company ... is the landlord under
# leases ... with subsidiaries of WeWork".
_NAMED_ANNOUNCED = re.compile(
    r"\b([A-Z][\w&'\u2019.-]*)(?:\s+[A-Z][\w&'\u2019.-]*)*,?(?:\s*\([^)]{0,40}\))?,?\s+(?:announced|said|disclosed|reported|"
    r"stated)\s+(?:that\s+)?it\s+(?:has\s+|had\s+)?(?:filed|commenced|sought)\b"
)


def _counterparty_announced(text: str, cand: Candidate) -> bool:
    found = _NAMED_ANNOUNCED.search(text, cand.start, cand.end)
    if found is None or found.group(1).lower() in _NOT_NAMES or not _speaks_for_itself(text):
        return False
    name = re.escape(found.group(1))
    relation = re.compile(
        r"\b(?:landlord|lessor)\s+(?:under|of|to)\b[^.;]{0,120}?\b" + name + r"\b|\b(?:tenants?|lessees?|customers?)\b[^.;]{0,10}?\b"
        + name + r"\b|\bleases?\b[^.;]{0,80}?\bwith\s+(?:[\w-]+\s+){0,3}?" + name + r"\b|\b" + name
        + r"\b[^.;]{0,30}?\b(?:is|was|as)\s+(?:a|an|our|one\s+of\s+our|the\s+company['\u2019]s)\s+(?:[\w-]+\s+){0,2}?(?:tenant|lessee|"
        r"customer)s?\b",
        re.IGNORECASE,
    )
    return relation.search(text, 0, cand.start) is not None or relation.search(text, cand.end) is not None


# What tells a filer named in a report in the company's voice to be its customer, whatever the filing sentence says:
# "AAI accounted for 9% and 14%, respectively, of net sales", "AAI continued to purchase products from the Company" (after
# the name), "sales to AAI", "accounts receivable of $760,000 from AAI" (before it). Read only around the name's
# occurrences: a whole-document search per name cost more than the rest of the bankruptcy detector.
_AFTER_CUSTOMER = re.compile(
    r"[^.;]{0,40}?(?i:\baccounted\s+for\b)[^.;]{0,80}?(?i:\b(?:net\s+)?(?:sales|revenues?)\b)|"
    r"[^.;]{0,40}?(?i:\b(?:purchas\w+|bought|buys?|buying)\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+company|us)\b)"
)
# (a counterparty the company stands to lose on as well: "The Company's financial exposure to Compute North at the time of
# the bankruptcy filing included", "operating deposits with Compute North")
_BEFORE_CUSTOMER = re.compile(
    r"(?i:\b(?:sales|revenues?|shipments)\s+to\s+)$|(?i:\breceivables?\b)[^.;]{0,80}?(?i:\bfrom\s+)$|"
    r"(?i:\b(?:the\s+company['\u2019]s|our|its)\s+(?:[\w-]+\s+)?exposure\s+to\s+)$|(?i:\bdeposits\s+with\s+)$"
)
_BEFORE_REACH = 200


def _customer_relation(name: str, text: str) -> bool:
    # (the name's pattern opens with the literal, so the matcher jumps to it; the word start is checked by hand)
    for m in re.finditer(re.escape(name) + r"\b", text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            continue
        if _AFTER_CUSTOMER.match(text, m.end()) or _BEFORE_CUSTOMER.search(text, max(0, m.start() - _BEFORE_REACH), m.start()):
            return True
    return False


_CUSTOMER_NEEDS = (
    "accounted for", "sales to", "revenues to", "revenue to", "shipments to", "receivable", "purchas", "bought", "buy",
    "exposure to", "deposits with",
)


def _named_customer(text: str, low: str, cand: Candidate) -> bool:
    """A report in the company's voice names the filer ("AMR Corporation, the parent company of American Airlines, Inc.
    ("AAI") ... filed voluntary petitions") and, elsewhere, tells it to be a customer of the company."""
    if not _calls_itself_the_company(text) or not cues.present(low, _CUSTOMER_NEEDS):
        return False
    names = {w for w in _CAPITALISED.findall(text, cand.start, cand.end) if w.lower() not in _NOT_NAMES}
    return any(_customer_relation(name, text) for name in sorted(names))


# A story's title that names a case: "Alitalia file for bankruptcy in the US".
_CASE_TITLE = cues.rx(r"\b(?:bankrupt\w*|chapter\s+(?:7|11|15)|insolvency|administration|receivership|creditor\s+protection)\b")


def _story_of_filer(text: str, cand: Candidate) -> bool:
    """A news story titled with the filer's name and its case: its "we" is the newsroom's ("We will post more as soon as we
    know"), not a company reporting another's filing (a report that calls itself "the Company" is not such a story)."""
    if _calls_itself_the_company(text):
        return False
    cut = text.find("\n")
    title = text[:cut].strip() if 0 < cut <= 200 else ""
    if not title or title.endswith((".", ":", ";")) or not _CASE_TITLE.search(title.lower()):
        return False  # (a first line that ends as a sentence is the story itself, no title)
    first = _CAPITALISED.match(title.lstrip())
    return first is not None and first.group().lower() not in _NOT_NAMES and first.group().lower() in _names(text[cand.start : cand.end])


def _another_company(text: str, cand: Candidate) -> Callable[[int], bool]:
    """Whether the emergence at a position names companies and none that the filing sentence names."""
    filer = _names(text[cand.start : cand.end])

    def elsewhere(pos: int) -> bool:
        if not filer:
            return False
        lo, hi = sentence_at(text, pos)
        if _SELF_EMERGED.search(text, lo, hi):
            return False  # "the Debtors' subsequently emerged", "we emerged": the company's own case
        emerging = _names(text[lo:hi])
        return bool(emerging) and not emerging & filer

    return elsewhere


_PERIOD_END = cues.rx(
    r"\b(?:years?|quarters?|periods?|months?|weeks?)\s+ended\s+(" + cues.DATE + r")|\bbalance\s+sheets?\s+as\s+of\s+("
    + cues.DATE + r")"
)


_PETITION_DATE = cues.rx(
    r"\bpetition\s+date\s*(?:of|was|is|,)?\s*(" + cues.DATE + r")|(" + cues.DATE + r")\s*\(\s*the\s+[\"\u201c]?petition\s+date|"
    # the filing itself dated: "On August 7, 2019, the Company filed voluntary petitions for relief under chapter 11"
    r"\bon\s+(" + cues.DATE + r"),\s+(?:the\s+company|we|the\s+debtors|the\s+registrant)(?:\s+and\s+(?:certain\s+of\s+)?"
    r"(?:its|our)\s+(?:[\w-]+\s+){0,2}?subsidiaries)?\s+filed\s+(?:a\s+)?voluntary\s+petitions?\b"
)
_PERIOD_MONTHS = cues.rx(r"\b(three|six|nine|twelve|3|6|9|12)\s+months\s+ended\b|\b(quarter|year)\s+ended\b")
_MONTHS = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "3": 3, "6": 6, "9": 9, "12": 12, "quarter": 3, "year": 12}


def _petition_in_period(low: str, period_end: tuple[int, int, int]) -> bool:
    """The document dates the petition ("the Petition Date of May 17, 2017", "May 16, 2016 (the "Petition
    Date")", "On August 7, 2019, the Company filed voluntary petitions") inside the period it reports on
    ("3 Months Ended Jun. 30, 2017"): the case was pending in it, whatever the report says of a later emergence."""
    if "petition" not in low:
        return False
    length = _PERIOD_MONTHS.search(low)
    petition = _PETITION_DATE.search(low)
    if length is None or petition is None:
        return False
    when = cues.date_key(petition.group(1) or petition.group(2) or petition.group(3))
    if when is None:
        return False
    months = _MONTHS[length.group(1) or length.group(2)]
    year, month, day = period_end
    start = (year - (1 if month <= months else 0), (month - months - 1) % 12 + 1, day)
    return start < when <= period_end


def _latest_period_end(low: str) -> tuple[int, int, int] | None:
    """The latest period end (or balance-sheet date) the document reports on."""
    ends = [cues.date_key(m.group(1) or m.group(2)) for m in _PERIOD_END.finditer(low)] if "as of" in low or "ended" in low else []
    found = [e for e in ends if e]
    return max(found) if found else None


def _with_facts(text: str, cand: Candidate) -> Candidate:
    evidence = text[cand.start : cand.end]
    facts: list[tuple[str, str]] = []
    chapter = _CHAPTER_NAME.search(evidence) or _CHAPTER_NAME.search(text)
    if chapter:
        facts.append(("chapter", f"Chapter {chapter.group(1)}"))
    dated = cues.dates(evidence)
    if dated:
        facts.append(("petition date", dated[0]))
    court = _COURT.search(evidence) or (_COURT.search(text) if "Bankruptcy Court" in text else None)
    if court:
        facts.append(("court", " ".join(court.group().split())))
    case = _CASE_NUMBER.search(text) if "Case No" in text else None
    if case:
        facts.append(("case number", " ".join(case.group(1).split())))
    return Candidate(cand.kind, cand.score, cand.start, cand.end, cand.signals, cand.severity, tuple(facts))


DETECTOR = BankruptcyDetector()
