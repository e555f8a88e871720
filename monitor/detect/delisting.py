"""Delisting notice: the company received from an exchange a notice that it does not meet a continued-
listing standard (bid price, market value, stockholders' equity, audit committee, a late periodic report),
a Staff delisting determination, a hearing-panel decision, or a suspension (8-K Item 3.01 and the
matching 10-Q/10-K notes). Still a notice when it "has no immediate effect", or when another deficiency
of the same letter was cured meanwhile.

Not a delisting notice: a letter that only confirms regained compliance (or a note whose every deficiency
was later cured), a voluntary transfer or delisting, an index deletion, exchange rule text and guidance
("a company that receives a deficiency notice must ..."), and what would follow ("if the Company does
not regain compliance, Nasdaq will provide written notification that its securities are subject to
delisting").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from monitor.detect import cues
from monitor.detect.base import Candidate, clamp
from monitor.domain import Amount, Severity
from monitor.text import next_sentence, sentence_at

KIND = "delisting_notice"

# Stages of the delisting story, mildest first, with the score of a sentence that states one.
DEFICIENCY, DETERMINATION, PANEL, SUSPENSION = "deficiency notice", "delisting determination", "panel decision", "suspension"
_STAGE_SCORE = {DEFICIENCY: 0.8, DETERMINATION: 0.85, PANEL: 0.85, SUSPENSION: 0.9}
_STAGE_SEVERITY = {
    DEFICIENCY: Severity.medium,
    DETERMINATION: Severity.high,
    PANEL: Severity.high,
    SUSPENSION: Severity.critical,
}
_STAGE_SIGNAL = {
    DEFICIENCY: "phrase:deficiency-notice",
    DETERMINATION: "phrase:delist-determination",
    PANEL: "phrase:panel-decision",
    SUSPENSION: "phrase:suspension",
}

_RECEIPT = cues.rx(
    # ("the retailer was warned that its share price for the previous 30 consecutive days had failed to meet the minimum")
    r"\b(?:receiv\w*|receipt|notif\w*|informed|inform\w*|advised|warned|letter|notices?|notification|indicat\w*|stating|accepted|"
    r"stated|determined|determination)\b"
)
_NONCOMPLIANCE = cues.rx(
    # "\s*": XBRL note renderings drop the space after "not" ("the Company was\nnotin compliance", "had\nnotsatisfied")
    # ("indicating that Lee isn't compliant with these listing standards")
    # ("informing the firm that it isn't in compliance with requirements for continued listing")
    # ("The New York Stock Exchange has notified both firms that they have run afoul of listing standards")
    r"\b(?:run|ran|fallen|fell)\s+afoul\s+of\b|\bnot\s*(?:been\s+|be\s+|currently\s+|yet\s+)?in\s+compliance\b|\b(?:is|are|was|were)n['\u2019]t\s+(?:currently\s+)?in\s+"
    r"compliance\b|\b(?:not|isn['\u2019]t|aren['\u2019]t|wasn['\u2019]t|weren['\u2019]t)\s+"
    r"(?:currently\s+)?compliant\b|\bno\s+longer\s+(?:in\s+compliance|compl\w+|meets?|met|"
    r"satisf\w+|in\s+conformity)|\bnon-?complian\w+|\bout\s+of\s+compliance\b|\b(?:failed|fails?|failing|failure)\s+to\s+"
    r"(?:comply|satisfy|meet|maintain|regain|timely\s+file|have\s+timely\s+filed|hold)\b|"
    # the late-filing letter told by its cause: "advising it that risked delisting for failure to file its annual report
    # on time"
    r"\b(?:failed|fails?|failing|failure)\s+to\s+file\s+(?:its|our|the)\s+(?:[\w-]+\s+){0,4}?(?:reports?|10-[kq])\b[^;]{0,40}?"
    r"\b(?:on\s+time|timely)\b|\b(?:did|does|do)\s+not\s+(?:comply|meet|satisfy|"
    r"maintain)\b|\b(?:had|has|have)\s+not\s*(?:(?:been\s+able\s+to\s+)?(?:met|maintained|regained|regain|complied|satisfied))|"
    r"\bnot\s+(?:met|regained)\b|"
    # the contracted forms: "received a notice from Nasdaq that it hadn't complied with filing requirements"
    r"\b(?:had|has|have|did|does|do)n['\u2019]t\s+(?:complied|comply|met|meet|satisfied|satisfy|maintained|maintain)\b|"
    # "it received notice from Nasdaq that it was violating listing requirements by failing to file a quarterly report"
    r"\b(?:was|is|were|are)\s+(?:in\s+)?violat(?:ing|ion\s+of)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?listing\s+(?:requirements?|"
    r"rules?|standards?)\b|"
    # "it falls short of a listing requirement for at least $2.5 million in stockholders' equity"
    r"\b(?:falls?|fell|falling)\s+short\s+of\s+(?:an?\s+|the\s+|its\s+|nasdaq['\u2019]s\s+)?(?:[\w$.,'\u2019-]+\s+){0,3}?"
    r"(?:requirements?|standards?|criteria|minimum)\b|\b(?:did|does|do|has|had|have)\s+not\s+(?:achieve|attain|demonstrate|evidence|regain)\w*\s+"
    # ("remains below certain of the NYSE Amex's continued listing standards")
    r"compliance\b|\bbelow\s+compliance\b|\bbelow\s+(?:(?:certain|some|several|one\s+or\s+more)\s+of\s+)?(?:the\s+|its\s+)?"
    r"(?:[\w'\u2019]+\s+){0,2}?(?:continued\s+)?listing\s+"
    r"(?:standards?|requirements?|criteria)\b|\b(?:closed|fallen|fell|been|remained|remains|traded)\s+below\b|\b(?:is|was|were|are)\s+(?:below|"
    # ("the average closing price of Bellatrix's common shares had been less than US$1.00 per share")
    r"less\s+than)\s+(?:the\s+)?(?:\$|minimum|required|us\$)|\bbeen\s+(?:below|less\s+than)\s+(?:the\s+)?(?:\$|minimum|required|"
    r"us\$)|\bdeficien\w+\b|\bsubject\s+to\s+(?:suspension\s+and\s+)?"
    r"delisting\b|\bbelow\s+(?:the\s+)?(?:\$1|minimum|required)|\bwas\s+deficient\b|"
    # "it does not expect to regain compliance with the continued listing requirements set by the Nasdaq Hearings Panel"
    r"\b(?:(?:does|do|did)\s+not\s+expect|(?:is|are|was|were)\s+unable)\s+to\s+regain\s+compliance\b|"
    r"\bsubject\s+to\s+the\s+procedures\b[^;]{0,50}?\bsection\s+10\d\d|"  # NYSE American's deficiency wording
    # the exchange accepting a plan presumes the standard is not met: "the New York Stock Exchange has accepted its
    # business plan to regain compliance with the NYSE continued listing standards"
    r"\baccepted\s+(?:the\s+company['\u2019]s\s+|its\s+|our\s+)(?:business\s+|compliance\s+)?plan\b[^;]{0,40}?\b"
    r"regain\s+compliance\b|"
    # Nasdaq's late-filing letter: "received an additional delinquency notice from Nasdaq"
    r"\bdelinquency\s+(?:notification\s+)?(?:letter|notice|notification)\b|"
    # the same letter named by its subject, or the exchange's warning: "Receipt of Notice from Nasdaq Regarding
    # Late Filing of Quarterly Report", "it received a warning letter from the Nasdaq saying it had until Nov. 16"
    r"\b(?:notice|letter|notification)\s+from\s+(?:the\s+)?(?:nasdaq|nyse)\b[^;]{0,60}?\b(?:regarding|relating\s+to|related\s+to|"
    r"concerning|about|with\s+respect\s+to|for)\s+(?:the\s+|its\s+|our\s+)?(?:late|delinquent|untimely)\s+fil|"
    r"\bwarning\s+letter\s+from\s+(?:the\s+)?(?:nasdaq|nyse)\b|"
    # ("Nasdaq recently sent its second warning letter to The Bancorp, stating that the company faces the possibility of
    # delisting")
    r"\b(?:nasdaq|nyse|exchange)\s+(?:[\w-]+\s+){0,2}?sent\s+(?:its\s+|a\s+)?(?:[\w-]+\s+)?warning\s+letter\s+to\b|"
    # a thing the rules require not done: "had not held an annual meeting of shareholders within twelve months",
    # "did not solicit proxies ... as required by Listing Rule 5620(b)"
    r"\b(?:had|has|have|did|does)\s+not\s+(?:yet\s+)?h[oe]ld\s+(?:an?\s+|its\s+)?annual\s+meeting|"
    r"\b(?:had|has|have|did|does)\s+not\s+(?:yet\s+)?\w+\b[^;]{0,120}?\bas\s+required\s+(?:by|under)\s+(?:nasdaq\s+|nyse\s+)?"
    r"(?:listing\s+|marketplace\s+)?(?:rule|section)\b"
)
_LISTING = cues.rx(
    r"\blisting\b|\blisted\b|\bdelist|\bbid\s+price\b|\bshare\s+price\b|\bmarket\s+value\b|\bmvls\b|\bmvphs\b|"
    r"\bpublicly\s+held\b|\bmarket\s+capitali[sz]ation\b|\bstockholders['\u2019]?\s+equity\s+requirement|"
    # a letter named by the standard it is about: "the Stockholders' Equity Deficiency Letter from the Staff"
    r"\b(?:stock|share)holders['\u2019]?\s+equity\s+deficiency\b|"
    r"\b(?:marketplace|listing)\s+rule|\bcompany\s+guide\b|\blisted\s+company\s+manual\b|\brule\s+5\d{3}\b|"
    # Bursa Malaysia's note on distressed issuers: "classified as an affected issuer under Practice Note 17 (PN17)"
    r"\bpractice\s+note\s+17\b|\bpn\s?17\b|"
    # (not the regulator's or the Act's name: "In a delayed filing to American regulator the securities and exchange commission,
    # Hollinger was also forced to admit its third-quarter report was "deficient"")
    r"\bsection\s+(?:802|1003|1007|610)\b|\brule\s+802|\b5250\(c\)|\bnasdaq\b|\bnyse\b|\bexchange\b(?!\s+(?:commission|act)\b)|"
    r"\bofficial\s+list\b|"
    r"\bb\u00f8rs\b|"
    # ("the Company has not maintained the requirements for a TSX Venture Tier 2 company")
    # ("it has received a show-cause notice from Bursa Malaysia over the company's failure to issue its annual report")
    r"\btsx\b|\bbursa\b|"
    # a segment of the market itself: "had placed the PIACL, the national flag carrier, in the defaulters' segment"
    r"\bdefaulters['\u2019]?\s+(?:segment|counter)\b"
)
_LISTING_NEEDS = ("list", "practice note 17", "pn17", "pn 17", "bid price", "share price", "market value", "mvls", "mvphs", "publicly held", "market capital", "b\u00f8rs",
                  "equity requirement", "equity deficiency", "company guide", "rule", "section", "5250", "nasdaq", "nyse", "exchange",
                  "tsx", "bursa", "defaulters")
# News calls the company "the firm": "The suspension results from the firm's failure to comply with Nasdaq listing
# requirements".
_SELF = cues.rx(
    # (a news item's "the ADRs" are the company's: "The New York Stock Exchange suspended U.S. trading of the ADRs in May and
    # began delisting procedures")
    r"\b(?:the\s+company|company['\u2019]s|we|our|us|its|the\s+registrant|the\s+fund|the\s+trust|it|the\s+firm|firm['\u2019]s|"
    r"the\s+ad[rs]s)\b"
)
# A news item names the issuer whose stock the exchange acts on: "determined to commence proceedings to delist the common
# stock of Verso Paper Corp." (not "the securities of a company" of a rule).
_NAMED_ISSUER = cues.rx(
    # the market's announcement names the issuer: "has announced the suspension of the listing status of Produce Buying
    # Company Limited (PBC)"
    r"\bannounced\s+the\s+(?:de-?listing|suspension)\s+of\s+(?:the\s+listing\s+(?:status\s+)?of\s+|trading\s+(?:in|of)\s+)?"
    r"(?!(?:a|an|any|such|that|each|every|these|those|listed|the\s+(?:issuer|company|registrant|fund|trust))\b)[a-z]|"
    # ("suspended trading with shares of Milkiland N.V.")
    # ("SZSE made the decision to delist the stocks of *ST Huaze and *ST Zhonghe": China's risk-warned names)
    r"\b(?:delist|suspend\w*(?:\s+trading\s+(?:in|with))?)\s+(?:the\s+)?(?:common\s+stock|(?:common|ordinary|equity)\s+shares|shares|"
    r"securities|units|stocks?)\s+of\s+(?!(?:a|an|any|such|that|each|every|these|those|listed|the\s+(?:issuer|company|"
    r"registrant|fund|trust))\b)\*?[a-z]|"
    # ("NZ RegCo suspended the trading of QEX ordinary securities")
    # ("Bursa suspended the trading of Serba Dinamik shares and warrants")
    # (a class of shares is no issuer: "suspended the trading of small cap shares")
    r"\bsuspend\w*\s+(?:the\s+)?trading\s+of\s+(?!(?:a|an|any|such|that|each|every|these|those|listed|the|its|their|all|some|"
    r"many|most|other|several|certain|small|large|mid|micro|penny|bank|tech|foreign|local|chinese|state)\b)[a-z]"
    r"[\w&.'\u2019-]*\s+(?:[\w&.'\u2019-]+\s+){0,3}?(?:(?:ordinary|common|class\s+\w)\s+)?(?:shares|securities|stock)\b|"
    # ("decided to halt the trading in Oceanteam's shares")
    # ("Indonesia's stock exchange halted trading in shares of cocoa producer PT Davomas")
    r"\bhalt(?:ed|s)?\s+(?:the\s+)?trading\s+in\s+(?:(?:the\s+)?shares\s+of\s+)?(?!(?:a|an|any|all|such|that|each|every|these|those|"
    r"listed|the\s+(?:issuer|company|registrant|fund|trust))\b)[a-z]|"
    # ("The AIM market has suspended trading of shares in Rangers International Football Club (RIFC)")
    r"\bsuspend\w*\s+trad(?:e|ing)\s+(?:of|in)\s+(?:the\s+)?(?:shares|stock|securities)\s+(?:of|in)\s+(?!(?:a|an|any|such|that|each|every|"
    r"these|those|listed|the\s+(?:issuer|company|registrant|fund|trust))\b)[a-z]|"
    # ("NYSE To Suspend Trading Of Suntech Power's ADS", "will suspend trading in Acme's shares")
    r"\bsuspend\w*\s+(?:the\s+)?trading\s+(?:of|in)\s+(?!(?:a|an|any|such|that|each|every|these|those|listed|the|its|their|all)\b)"
    r"[a-z][\w&.,'\u2019 -]{0,60}?['\u2019]s\s+(?:common\s+stock|(?:common|ordinary|equity)\s+shares|shares|securities|units|stock|"
    r"ads|adss|adrs|american\s+depositary\s+(?:shares|receipts))\b|"
    # ... or before it, in the possessive: "application to the SEC to delist Collins & Aikman Corporation's (the
    # "Company") common stock"
    r"\bdelist\s+(?!(?:a|an|any|such|each|every|the\s+(?:issuer|company|registrant))\b)[a-z][\w&.,'\u2019 -]{0,80}?['\u2019]s\s+"
    r"(?:common\s+stock|(?:common|ordinary|equity)\s+shares|shares|securities|units|stock)\b|"
    # ... or bare after the decision: "the listing committee of the Korea Stock Exchange decided to delist Ssangbongul", "has
    # decided on the delisting of the shares owned by Misr Financial Investments (MFIN)"
    r"\bdecided\s+to\s+delist\s+(?!(?:a|an|any|such|each|every|its|the)\b)[a-z]|"
    # ("the Listing Committee's decision to cancel China Dili Group (HKG:1387) listing")
    r"\bdecision\s+to\s+cancel\s+(?!(?:a|an|any|such|each|every|its|their|our|the)\b)[a-z]|"
    r"\bdelisting\s+of\s+the\s+shares\s+(?:owned\s+by|of)\s+(?!(?:a|an|any|such|each|every|the)\b)[a-z]|"
    # ... or in the possessive: "commenced delisting of all of American Home's common and preferred shares"
    r"\bdelisting\s+of\s+(?:all\s+(?:of\s+)?)?(?!(?:a|an|any|such|each|every|the|its|their|our)\b)[a-z][\w&.'\u2019 -]{0,60}?['\u2019]s\s+"
    r"(?:(?:common|preferred|ordinary)\s+(?:and\s+preferred\s+)?(?:shares|stock)|shares|stock|securities)\b|"
    # ... or as the company whose trading it is: "trading in Fijian Holdings Limited (FHL) will now be suspended", "suspended the
    # trading of PT Wijaya Karya (Persero) Tbk (WIKA) shares"
    r"\btrading\s+(?:in|of)\s+(?!(?:a|an|any|such|each|every|the|its|their|these|those)\b)[a-z][\w&.'\u2019() -]{0,60}?\b(?:limited|"
    r"ltd|plc|inc|corp|corporation|company|holdings|berhad|bhd|tbk)\b"
)
# What an exchange's department does, as its rules describe it: "The Listings Qualifications Department is responsible
# for identifying deficiencies that may lead to delisting ...; notifying the Company of the deficiency or denial".
_DUTIES = cues.rx(
    r"\b(?:department|staff|panel|exchange|nasdaq|nyse|council|division|committee|regulation)\b[^;]{0,40}?\b(?:is|are)\s+"
    r"(?:solely\s+|primarily\s+)?responsible\s+for\b"
)
# Exchange rules speak of "the issuer": with no other self reference than "its" (the Panel's "its determination"),
# such a sentence is the rule's.
_BARE_ISSUER = cues.rx(r"\bthe\s+(?:listed\s+)?issuer(?:['\u2019]s)?\b")
_DETERMINATION = cues.rx(
    r"\bdetermin(?:ed|es|ation)\b[^;]{0,200}?\bdelist|\bdelist(?:ing)?\s+determination|\bstaff\s+determination|"
    r"\bdetermination\s+letter|\bdelisting\s+(?:notice|letter|notification)\b|\bbasis\s+(?:to|for)\s+(?:the\s+)?delist|\b(?:scheduled|set)\s+to\s+be\s+(?:suspended|delisted)\b|\bsubject\s+to\s+(?:possible\s+|potential\s+)?(?:suspension\s+and\s+)?delisting|"
    r"\brequested\s+(?:a|an\s+appeal|the)\b[^;]{0,20}?\bhearing|\brequest(?:ed)?\s+for\s+a\s+hearing\b|\bissued\s+a\s+"
    r"delist|\bhas\s+determined\s+to\s+delist|"
    # Nasdaq's public-interest wording: "the staff of NASDAQ believes that the continued listing of the Company's securities
    # on NASDAQ is no longer warranted"
    r"\b(?:believes?|determin(?:ed|es|ation)|conclu(?:ded|des|sion))\b[^;]{0,60}?\bcontinued\s+listing\s+of\s+"
    r"(?:the\s+company['\u2019]s|its|our)\s+(?:[\w-]+\s+){0,2}?(?:securities|stock|shares)\b[^;]{0,40}?\bis\s+no\s+longer\s+"
    r"warranted|"
    # the exchange's application to delist, and the decision the company may appeal: "application to the SEC to delist
    # Collins & Aikman Corporation's ... common stock is pending", "whether to appeal the decision of the NYSE Staff"
    r"\bapplication\s+(?:to|with)\s+the\s+(?:sec|securities\s+and\s+exchange\s+commission)\s+to\s+delist\b|"
    # the NYSE's own wording: "the New York Stock Exchange ... commenced proceedings to delist the Company's common stock" (news:
    # "it had begun the process of delisting Peru's Grana y Montero", "suspended U.S. trading of the ADRs in May and began
    # delisting procedures")
    # ("The PSE has already initiated an involuntary delisting process on the company")
    r"\b(?:commenc(?:ed|es|ing)|initiat(?:ed|es|ing)|began|begun)\s+(?:(?:the\s+)?(?:delisting\s+)?proceedings?\s+(?:to\s+delist|"
    r"for\s+(?:the\s+)?delisting)|(?:an?\s+|the\s+)?(?:involuntary\s+)?delisting\s+(?:proceedings?|procedures?|process)|"
    # ("was notified on Friday that the Nasdaq stock market has initiated the process to possibly delist the company")
    r"(?:the\s+)?process\s+of\s+delisting|(?:the\s+)?process\s+to\s+(?:possibly\s+)?delist)\b|"
    r"\bappeal\s+(?:the|this|such)\s+(?:decision|determination)\s+of\s+the\s+(?:nyse|nasdaq|exchange)\b|"
    # the notice's content, the exchange's intention: "it received notice from The Nasdaq Stock Market that Nasdaq intends to
    # delist the company's American Depositary Shares"
    r"\b(?:nasdaq|nyse|exchange)\s+(?:intends|intended|plans|planned)\s+to\s+delist\b|"
    # Hong Kong's delisting, a listing committee's: "upheld the Listing Committee's decision to cancel China Dili Group
    # (HKG:1387) listing" (not a board's decision to cancel its own listing)
    r"\bdecision(?:(?<=committee's\sdecision)|(?<=committee\u2019s\sdecision)|(?<=exchange's\sdecision)|"
    r"(?<=exchange\u2019s\sdecision)|(?<=hkex's\sdecision)|(?<=sgx's\sdecision))\s+to\s+cancel\s+(?:the\s+)?(?:[\w().:&'\u2019-]+\s+){0,6}?listing\b|"
    # "KaloBios is appealing a decision by NASDAQ to delist the company's shares"
    r"\bappealing\s+(?:a|the)\s+(?:decision|determination)\s+(?:of|by)\s+(?:the\s+)?"
    r"(?:nyse|nasdaq|exchange|staff)\b[^;]{0,40}?\bto\s+(?:delist|suspend)\b|"
    # the NYSE's wording: "determined that the Company's securities are no longer suitable for listing"
    r"\bdetermin(?:ed|es|ation)\b[^;]{0,140}?\b(?:no\s+longer\s+suitable\s+for\s+(?:continued\s+)?(?:listing|trading)|"
    r"\b(?:securities|stock|shares|trading)\b[^;]{0,80}?\b(?:be|been)\s+suspended\b|to\s+suspend\s+(?:the\s+)?(?:trading|"
    r"listing|(?:its|our|the\s+company['\u2019]s)\s+(?:securities|stock|shares)))"
)
_PANEL = cues.rx(
    r"\bpanel\s+(?:granted|determined|issued|decided|denied|agreed|approved|rendered|affirmed|(?:had|has)\s+(?:previously\s+)?"
    r"(?:granted|determined|decided|agreed|denied|approved))|\bpanel['\u2019]s\s+(?:decision|determination)|\bdecision\s+(?:letter\s+)?(?:from|of|by)\s+(?:the\s+)?"
    r"(?:nasdaq\s+)?(?:hearings?\s+)?panel|\blisting\s+council\b[^;]{0,80}?\b(?:affirm|decision|determin)|"
    r"\b(?:based\s+on|pursuant\s+to|following|under)\s+(?:a|the)\s+(?:hearings?\s+)?panel(?:['\u2019]s)?\s+(?:decision|determination)|"
    # "has been notified by the Nasdaq Hearings Panel of the Listing Qualifications Department ... that the Company's request
    # for continued listing ... has been granted subject to the following"
    r"\b(?:notified|informed|advised)\s+by\s+the\s+(?:nasdaq\s+)?hearings?\s+panel\b"
)
# An exchange named as the one that delists (lower-cased text).
_EXCHANGE = r"(?:nasdaq|nyse|new\s+york\s+stock\s+exchange|tsx|toronto\s+stock\s+exchange|american\s+stock\s+exchange|amex)\b"
_SUSPENSION = cues.rx(
    # (not the issuer's own leaving, "delist from" an exchange: "The decision to delist from the NYSE will free up a
    # significant amount of capital")
    r"\bdecision\s+to\s+(?:suspend|delist\b(?!\s+from\b))|\bdecided\s+(?:on|upon)\s+the\s+delisting\s+of\b|"
    # ("before the New York Stock Exchange commenced delisting of all of American Home's common and preferred shares")
    r"\b(?:commenced|began|begun|started|initiated)\s+(?:the\s+)?de-?listing\s+(?:of|proceedings)\b|"
    # "received notice from NYSE Regulation, Inc. that it has decided to suspend the listing of the Company's common shares"
    # ("The Listing Committee of HKEx decided on 6 April 2020 to delist the Company")
    # ("the Oslo Stock Exchange has decided to halt the trading in Oceanteam's shares until the company publishes its annual
    # financial statements")
    r"\b(?:nyse|nasdaq|exchange|regulation|staff|panel|listing\s+committee|hkex)\b[^;]{0,40}?\bdecided\s+(?:on\s+[\w\s,]{4,24}?\s+)?"
    r"to\s+(?:suspend|delist|halt\s+(?:the\s+)?trading\s+in)|\b(?:stock|shares|securities|trading)\b[^;]{0,60}?\b(?:was|were|has\s+been|"
    r"have\s+been)\s+suspended|\bsuspended\s+(?:from\s+)?trad(?:ing|e\b)|\b(?:filed|will\s+file)\s+(?:a\s+)?form\s+25|"
    r"\bform\s+25(?:-nse)?\s+(?:was|has\s+been|will\s+be)\s+filed|\b(?:was|were|has\s+been|have\s+been)\s+de-?listed\b|"
    r"\b(?:shares|stock|securities)\s+de-?listed\s+from\b|"
    # in progress, from a named exchange ("why the company is being delisted" explains a procedure)
    r"\b(?:is|are)\s+being\s+delisted\s+from\s+(?:the\s+)?" + _EXCHANGE + r"|"
    r"\bremoved\s+from\s+listing|\bform\s+25(?:-nse)?\s+notification\s+to\s+remove\b|"
    # ("The exchange said the delisting was imposed due to Sino-Forest's failure to meet its continued listing requirements")
    r"\b(?:de-?listing|suspension)\s+(?:was|were|has\s+been|had\s+been)\s+imposed\b|"
    # the UK listing authority's decision: "the FCA has decided to cancel (or "discontinue") the following security ...
    # from the Official List"
    r"\b(?:fca|financial\s+conduct\s+authority|ukla|listing\s+authority)\b[^;]{0,40}?\b(?:decided|decision)\s+to\s+"
    r"(?:cancel|discontinue)\b[^;]{0,160}?\bofficial\s+list\b|"
    # "The Panel delisted the company's securities", "Nasdaq suspended trading in our shares"
    # (not a rule's enforcement put off: "Nasdaq has suspended enforcement of the bid price ... requirements")
    r"\b(?:panel|staff|exchange|nasdaq|nyse|listing\s+council)\s+(?:has\s+|had\s+)?(?:delisted|suspended)\b"
    r"(?!\s+(?:the\s+)?(?:enforcement|application|operation)\b)|"
    # "received notice from NYSE Regulation regarding the suspension of trading of the company's common stock"
    r"\b(?:received|receipt\s+of)\s+(?:a\s+|the\s+)?(?:notice|notification|letter)\s+(?:from\s+[^;]{0,40}?\s+)?(?:regarding|of|about|"
    r"concerning)\s+(?:the\s+)?(?:suspension|delisting)\s+of\s+(?:trading\s+(?:of|in)\s+)?(?:the\s+company['\u2019]s|its|our)\b|"
    # the market announcing what it did: "The Dubai Financial Market (DFM) has announced the delisting of Gulf General
    # Investments Company's shares", "The Ghana Stock Exchange (GSE) has announced the suspension of the listing status of
    # Produce Buying Company Limited"
    # (the acronym read from its first letter, "(dfm)" from "dfm)": every alternative of this pattern opens with "\b", and one
    # that opens with anything else makes the whole pattern several times slower)
    r"\b(?:exchange|bourse|nasdaq|nyse|tsx|[a-z]{2,6}\))\s+(?:has\s+|had\s+)?announced\s+the\s+(?:de-?listing|suspension)\s+of\b|"
    # "Nasdaq will discontinue its stock listing for Peachtree City-based Crown Andersen (CRAN) this week"
    r"\b(?:nasdaq|nyse|exchange|bourse)\s+(?:will|has\s+decided\s+to|decided\s+to)\s+discontinue\s+(?:its\s+|the\s+)?(?:stock\s+)?"
    r"listing\s+(?:for|of)\b|"
    # ... or suspend the trading of a named issuer's shares: "NYSE To Suspend Trading Of Suntech Power's ADS, Begin Delisting
    # Procedure", "The New York Stock Exchange will suspend trading in the company's common stock"
    r"\b(?:nasdaq|nyse|exchange|bourse)\s+(?:will|is\s+set\s+to|is\s+to|to)\s+(?:immediately\s+)?suspend\s+(?:the\s+)?trading\s+"
    r"(?:of|in)\s+(?!(?:a|an|any|such|each|every|all|companies|issuers)\b)"
)
# The market as the subject of its decision: "The TSE said Sunday it will delist Shokusan Jutaku on April 14", "the Tokyo Stock
# Exchange announced Tuesday that it will delist Nichiboshin stock on July 26". (Its own pattern, matched at the sentence's
# start: an anchored alternative in _DETERMINATION took that pattern's quick scan for "\b" and made it ten times slower.)
_MARKET_SAYS_IT_WILL_DELIST = cues.rx(
    r"\W*(?:[\w.-]+\s+){0,4}?(?:exchange|bourse|tse|hkex|sgx|krx|nasdaq|nyse)\s+(?:\(\w+\)\s+)?(?:said|announced|says|announces)\b"
    r"[^;]{0,30}?\bit\s+(?:will|would)\s+delist\s+(?!(?:a|an|any|such|all|companies|firms|issuers|stocks)\b)"
)
_CURE = cues.rx(
    r"\b(?:cure|remedy|address|resolve|correct)\s+(?:the|this|such|its|these|that)\s+(?:\w+\s+){0,2}?deficienc"
)
# The market's letter sent to a named issuer: "The NYSE sent Oi a warning letter in mid-September" (a warning letter alone may be
# a regulator's on anything). It is both the notice and its receiver: _DEFICIENCY_LETTER and _MARKET_NOTIFIED read it.
_MARKET_SENT_LETTER = (
    r"\b(?:department|staff|exchange|nasdaq|nyse|tsx|asx|sgx|regulation)\s+(?:has\s+|had\s+)?(?:sent|issued|gave)\s+"
    r"(?!(?:a|an|any|such|each|every|all|listed|these|those|issuers|companies|the\s+issuer)\b)(?:[\w.&'\u2019-]+\s+){1,4}?an?\s+"
    r"(?:[\w-]+\s+)?(?:warning|deficiency|delisting|non-?compliance)\s+(?:letter|notice)\b"
)
_DEFICIENCY_LETTER = cues.rx(
    r"\bdeficiency\s+(?:letter|notice|notification)\b|" + _MARKET_SENT_LETTER + r"|"
    # the exchange's warning in news: "was put on notice by the New York Stock Exchange last week, after the average closing
    # price of its common shares had fallen below $1"
    r"\b(?:put|placed)\s+on\s+notice\s+by\s+(?:the\s+)?(?:nyse|nasdaq|new\s+york\s+stock\s+exchange|(?:[\w-]+\s+){0,3}?"
    r"(?:stock\s+)?exchange)\b|"
    # the exchange's demand to explain: "received a show-cause notice from Bursa Malaysia"
    r"\bshow[- ]cause\s+(?:notice|letter)\s+from\s+(?:the\s+)?(?:bursa|nyse|nasdaq|sgx|hkex|jse|(?:[\w-]+\s+){0,3}?(?:stock\s+)?exchange)\b|"
    # the notice named for the standard it is about: "Chesapeake Energy Corp. received a continued listing notice"
    r"\b(?:continued|continuing)\s+listing\s+(?:standards?\s+)?(?:notice|notification|deficiency\s+letter)\b|"
    # the notice named by its cause: "has previously received Nasdaq notifications for failing to file its Q3/2006 Form 10-Q"
    r"\b(?:nasdaq|nyse|exchange)\s+(?:notices?|notifications?|letters?)\s+(?:for|regarding|over|due\s+to)\s+(?:its\s+|the\s+company['\u2019]s\s+)?"
    r"(?:failing|failure)\s+to\s+(?:timely\s+)?file\b"
)
_CURED_DEFICIENCY = r"\bdeficienc(?:y|ies)\b[^;.]{0,60}?\b(?:(?:has|have|had)\s+been|was|were)\s+cured\b"
_CURED = cues.rx(_CURED_DEFICIENCY)
_REGAINED = cues.rx(
    r"\bregained\s+compliance\b|\b(?:has|have|had)\s+regained\b|\bis\s+(?:now\s+|again\s+)?in\s+compliance\s+with\s+(?:all\s+|"
    r"the\s+)?(?:(?:applicable|nasdaq|nyse)\s+)?(?:continued\s+)?listing|\bin\s+compliance\s+with\s+all\s+(?:applicable\s+|other\s+)?"
    r"(?:continued\s+)?listing|\bmatter\s+(?:is|was|has\s+been)\s+(?:now\s+)?closed\b|\bsatisfies\s+the\b[^;]{0,80}?"
    r"requirement|\b(?:has|have|had)\s+(?:achieved|evidenced)\s+compliance\b|\bexceeds\s+the\s+minimum\b|"
    # "The company, which was notified of non-compliance on September 3, 2024, ..., has now met the compliance criteria."
    r"\b(?:has|have|had)\s+(?:now\s+)?met\s+the\s+(?:[\w-]+\s+){0,2}?compliance\s+(?:criteria|requirements?)\b|"
    # "the Nasdaq has informed OpGen that the minimum bid price deficiency of the firm's stock has been cured"
    + _CURED_DEFICIENCY
)
_VOLUNTARY = cues.rx(
    # the company's own decision or proposal: "were behind the decision to de-list, the company said on Friday", "The board
    # "determined that the proposed de-listing and suspension of listing were in the best interests of the company""
    r"\bdecision\s+to\s+de-?list\b[^;]{0,40}?,\s+the\s+(?:company|firm|group)\s+said\b|\bproposed\s+de-?listing\b|"
    # the company's own request after a merger: "the Company requested that Nasdaq delist the Company Common Stock"
    r"\b(?:requested|asked|request(?:ing|s)?)\s+(?:that\s+)?(?:the\s+)?(?:nasdaq|nyse|exchange)\s+(?:to\s+)?(?:delist|suspend|"
    r"file\s+(?:a\s+|an\s+)?(?:application\s+on\s+)?form\s+25)\b|"
    r"\bvoluntar\w*\b[^;]{0,60}?\b(?:delist\w*|withdraw\w*|transfer\w*|move|moving|switch\w*)|\b(?:delist\w*|transfer\w*|"
    # (the market's own decision is none: "the listing committee of the Korea Stock Exchange decided to delist Ssangbongul")
    # (the verb looked for first: lookbehinds tried at every position cost more than the rest of the pattern)
    r"move)\b[^;]{0,40}?\bvoluntar\w*|\b(?=decided|elected|intend|chose)(?<!exchange\s)(?<!committee\s)(?<!panel\s)(?<!staff\s)"
    r"(?<!bourse\s)(?<!council\s)(?<!nasdaq\s)(?<!nyse\s)(?:decided|elected|intends?|chose)\s+to\s+(?:voluntarily\s+)?"
    r"(?:delist|transfer|move|switch)|\bto\s+save\s+(?:\w+\s+)?costs\b|\bindex\b[^;]{0,60}?\b(?:s&p|russell|msci|ftse|dow)|"
    r"\b(?:s&p|russell|msci|ftse)\b[^;]{0,60}?\bindex\b|"
    # a move to another market told as a delisting: "were delisted from the TSX Venture Exchange and on June 18, 2018, the
    # Common Shares commenced trading on the Canadian Securities Exchange"
    r"\bde-?listed\s+from\b[^;]{0,160}?\b(?:commenced|began|begun|started|start)\s+trading\s+on\b|"
    # the issuer files Form 25 itself only to withdraw its listing (an exchange files Form 25-NSE)
    r"\b(?:we|the\s+company|it)\s+(?:filed|will\s+file|intends\s+to\s+file|expects\s+to\s+file)\s+(?:a\s+)?form\s+25\b(?!-)|"
    # the issuer's own request: "has not yet determined when it will file, a formal delisting request with NASDAQ"
    r"\b(?:file|files|filed|filing|submit\w*)\b[^;]{0,40}?\bdelisting\s+(?:request|application)\b|"
    # the board's approval: "Mahindra Satyam board today approved the delisting of its shares from the New York Stock Exchange"
    r"\b(?:board|shareholders)\b[^;]{0,40}?\bapproved\s+(?:the\s+)?(?:voluntary\s+)?delisting\b|"
    # the issuer's own decision, told to the exchange: "Canon notified New York Stock Exchange (the "NYSE") of its decision to
    # delist its American Depositary Receipts" (not the exchange's decision to delist "the Company's" stock)
    r"\b(?:notified|informed|told|advised)\s+(?:the\s+)?(?:[\w()\u201c\u201d\"-]+\s+){1,6}?of\s+its\s+decision\s+to\s+"
    r"(?:voluntarily\s+)?delist\s+its\b|"
    # the issuer's own decision: "The company's decision to delist the Preferred Stock was driven by the low number of shares"
    r"\b(?:the\s+company['\u2019]s|our)\s+decision\s+to\s+(?:voluntarily\s+)?delist\b|"
    # "Centrus Energy Corp. has filed a Form 25 to remove its Class A common stock ... from listing" (its own stock)
    r"\bfiled\s+(?:a\s+)?form\s+25\s+to\s+(?:remove|withdraw|delist)\s+its\b"
)
# A market whose name runs to a few words decided it, not the issuer: "Nasdaq Stockholm Aktiebolag has decided to delist the
# shares of Oboya Horticulture Industries AB" (_VOLUNTARY reads only the word before "decided").
_MARKET_DELISTS = cues.rx(
    # ("Oslo B\u00f8rs considers the bond ... as not suitable for listing on Nordic ABM, and has decided to delist the bond")
    r"\b(?:nasdaq|nyse|exchange|bourse|b\u00f8rs|bors|borsa|committee|panel|staff|council)(?:\s+[\w-]+){0,2}?\s+(?:has\s+|had\s+)?"
    r"decided\s+to\s+delist\b|\bb\u00f8rs\b[^;]{0,160}?\band\s+has\s+decided\s+to\s+delist\b"
)
_MODALS = cues.MODALS | {"will", "might"}
# How far from the notice its cure is looked for: the same 8-K item or note.
_STORY_REACH = 3000
# Words of a regained-compliance statement: without one in the document, nothing can have been cured.
# (Each alternative of _REGAINED holds one of them.)
_CURE_WORDS = ("regained", "in compliance with", "closed", "satisfies", "achieved compliance", "evidenced compliance",
               "exceeds the minimum", "cured", "met the")

# Which standard a notice is about: a later letter on the same standard is the same story.
_RULES = (
    ("bid price", cues.rx(r"bid\s+price|share\s+price|closing\s+price|5550\(a\)\(2\)|5450\(a\)\(1\)|802\.01c|\$1\.00")),
    ("market value of listed securities", cues.rx(r"market\s+value\s+of\s+listed|\bmvls\b|5550\(b\)\(2\)|5450\(b\)\(2\)")),
    ("market value of publicly held shares", cues.rx(r"publicly\s+held|\bmvphs\b|5450\(b\)\(1\)\(c\)|5550\(a\)\(5\)")),
    ("stockholders' equity", cues.rx(r"(?:stock|share)holders['\u2019]?\s+(?:equity|deficit)|5550\(b\)\(1\)|5450\(b\)\(1\)")),
    ("market capitalization", cues.rx(r"market\s+capitali[sz]ation|802\.01b")),
    ("timely filing of periodic reports", cues.rx(r"5250\(c\)|timely\s+file|periodic\s+(?:report|filing)|delinquen|section\s+1007|10-[kq]\b")),
    ("audit committee", cues.rx(r"audit\s+committee")),
    # (last: a notice on another standard may name the meeting that approved a reverse split)
    ("annual meeting", cues.rx(r"annual\s+(?:shareholders['\u2019]?\s+|stockholders['\u2019]?\s+)?meeting|5620\(a\)|section\s+704\b")),
)
_DEADLINE = cues.rx(
    r"\b(?:until|through|by|before|no\s+later\s+than)\s+(" + cues._DATE + r")"
)
_PERIOD_LENGTH = cues.rx(
    r"\b(\d{1,3}|one\s+hundred\s+(?:and\s+)?eighty|ninety|sixty|forty-five|thirty|six|twelve|eighteen)[- ](?:calendar\s+|"
    r"business\s+|trading\s+)?(?:days?|months?)\b(?![^;]{0,12}\b(?:preceding|consecutive))"
)
_RULE_NAME = re.compile(
    r"(?:Listing|Marketplace)\s+Rule\s+\d{4}\([a-z]\)(?:\(\d+\))?(?:\([A-Z]\))?|Section\s+(?:802\.01[A-D]|10\d\d|610\(b\))"
    r"(?:\([a-z]\))?|Rule\s+(?:802\.01[A-D]|5\d{3}\([a-z]\)(?:\(\d+\))?)"
)
# The NYSE American under each of its names since 2008 (NYSE Alternext, NYSE Amex, NYSE MKT) and before it (the
# American Stock Exchange, "AMEX"), ahead of the plain "NYSE" they begin with.
_EXCHANGE_NAME = re.compile(
    r"\b(?:NYSE\s+(?:American|Amex|Alternext|MKT)|American\s+Stock\s+Exchange|AMEX|New\s+York\s+Stock\s+Exchange|NYSE"
    r"|Nasdaq|TSX\s+Venture|TSX)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Notice:
    """One statement about the company's listing: its stage, the standard and the date it names."""

    stage: str | None  # None: a regained-compliance statement
    rule: str
    date: tuple[int, int, int] | None
    position: int


# An exchange's letter named with its sender ("received notice from Nasdaq", "was notified by the NYSE"), and the
# standard most letters are about.
_FROM_EXCHANGE = ("bid price", "minimum bid", "notified by the nyse", "notified by nyse", "notice from the nyse", "notice from nyse",
                  "letter from the nyse", "letter from nyse", "notification from the nyse", "notification from nyse",
                  # (the exchange's full name: "received notice from the New York Stock Exchange (the "NYSE") indicating that")
                  "notified by the new york stock exchange", "notice from the new york stock exchange",
                  "letter from the new york stock exchange", "notification from the new york stock exchange",
                  # ("Dover Downs ... was put on notice by the New York Stock Exchange last week")
                  "on notice by the",
                  # ("has previously received Nasdaq notifications for failing to file its Q3/2006 Form 10-Q")
                  "nasdaq notification", "nasdaq notice", "nyse notification", "nyse notice",
                  # ("the NYSE issued a written notice to Chesapeake of its noncompliance with the standard")
                  "of its noncompliance", "of its non-compliance", "show-cause notice", "show cause notice",
                  "notified by nasdaq", "notified by the nasdaq", "notice from nasdaq", "notice from the nasdaq",
                  "letter from nasdaq", "letter from the nasdaq", "notification from nasdaq", "notification from the nasdaq")


# A market's suspension of the shares (see _SUSPENDED), its decision to suspend them (_MARKET_DECIDED) and its threat to
# (_WARNED).
_SUSPENDED_NEEDS = ("suspended from trading", "suspended from official quotation", "suspension of trading", "trading suspension",
                    "compulsory suspension",
                    "remain suspended", "remains suspended", "be suspended", "been suspended", "was suspended", "were suspended",
                    "suspended from trade", "suspension of the", "placed a suspension",
                    "imposed a suspension", "decision to suspend", "decided to suspend", "threat of suspension", "threatened with suspension",
                    "suspended trading", "suspended the trading", "suspend trading", "will suspend the", "suspended trade",
                    "decided to halt", "from quotation", "suspended from asx", "suspended from the asx", "suspended from nzx",
                    "suspended from the nzx", "suspended from jse", "suspended from the jse", "suspended from sgx",
                    "suspended from hkex", "suspended from tsx", "suspended from the tsx", "suspended from nyse",
                    "suspended from the nyse", "suspended from nasdaq", "suspended from the nasdaq", "been halted", "was halted", "were halted", "to suspend trading",
                    "halted trading in", "from trading", "shares suspended", "stock suspended", "securities suspended",
                    # the UK listing authority cancels a listing: "... from the Official List"
                    "official list")


class DelistingDetector:
    kind: str = KIND
    # A notice names the listing ("continued listing", "Listing Rule"), a delisting or a deficiency.
    # "suspend", "suitable for": the NYSE's "no longer suitable for trading ... should be suspended", "The NYSE
    # subsequently decided to suspend trading". A notice may name only the rule it is about: "was out of compliance
    # with NASDAQ Marketplace Rule 4310(c)(3)".
    keywords: tuple[str, ...] = ("listing", "delist", "de-list", "regain compliance", "share price", "deficien", "suspend",
                                 "suitable for", "nasdaq rule", "marketplace rule", "rule 5", "form 25", "company guide",
                                 # ("it is not in compliance with Section 1007 of the NYSE America Company Manual")
                                 "company manual",
                                 "listed company manual", "delinquency", "late filing", "warning letter", "out of compliance",
                                 # "ModusLink isn't in compliance with Nasdaq Stock Market rules", "has been warned that its
                                 # stock could be removed from the New York Stock Exchange"
                                 "n't in compliance", "n\u2019t in compliance", "warned that its",
                                 # a TSX Venture bulletin: "the Company has not maintained the requirements for a TSX
                                 # Venture Tier 2 company"
                                 "not maintained the requirements",
                                 # "received a third notice of non-compliance from the Nasdaq Stock Market", "was notified June 14
                                 # that it no longer complied with Nasdaq requirements"
                                 "notice of non-compliance", "notice of noncompliance", "no longer complied",
                                 # ("has received a letter of noncompliance from the American Stock Exchange")
                                 "letter of non-compliance", "letter of noncompliance",
                                 # ("was in non-compliance with criteria established by the NYSE"; "NYSE gives Penn Treaty more
                                 # time to file its annual report")
                                 "in non-compliance with", "in noncompliance with", "more time to file", "additional time to file",
                                 # ("placed ... in the defaulters' segment", "on the list of defaults")
                                 "defaulters' segment", "defaulters\u2019 segment", "defaulters' list", "defaulters\u2019 list",
                                 "list of defaults",
                                 # "at risk of being de listed", "its shares would no longer be listed", "issued a standard
                                 # noncompliance notice"
                                 "de listed", "no longer be listed", "noncompliance notice", "non-compliance notice",
                                 "penalty bench", "barred", "possible suspension", "decided to delist",
                                 # "received a notice from the US exchange in April that its stock had traded below the $1
                                 # minimum for 30 consecutive days"
                                 "$1 minimum", "$1.00 minimum",
                                 # Bursa Malaysia's distressed issuers: "classified as an affected issuer under Practice Note 17"
                                 "affected issuer", "affected listed issuer", "pn17 company", "pn17 issuer", "practice note 17",
                                 # Korea's: "was designated as a management item after receiving a qualified opinion"
                                 "designated as a management", "designated as an administrative",
                                 *_FROM_EXCHANGE, *_SUSPENDED_NEEDS)
    # "received a deficiency letter from Nasdaq regarding the minimum bid price requirement" may name no listing,
    # nor "received an additional delinquency notice from Nasdaq" (a late report), nor "a Notice of Noncompliance
    # ... under Section 1003(a)(i) of the NYSE American Company Guide", nor "a Notice from Nasdaq Regarding Late
    # Filing" or "a warning letter from the Nasdaq".
    # "received notice from Nasdaq that the Company was not in compliance with the minimum bid price requirement", "was
    # notified by the NYSE ... that the average price of its common shares ... was below US$1.00 per share" name no
    # listing either, nor "was out of compliance with NASDAQ Marketplace Rule 4310(c)(3)".
    # ("Nasdaq granted a 180-day grace period, or until July 31, to regain compliance": a news item may name no listing)
    # A market's suspension of the shares may name no listing either: "trading in the Company's Ordinary Shares on AIM
    # will be suspended ... pending publication of the Accounts".
    gate: tuple[str, ...] = ("listing", "delist", "de-list", "regain compliance", "deficien", "delinquency", "company guide", "company manual",
                             "marketplace rule", "late filing", "warning letter", "n't in compliance", "n\u2019t in compliance",
                             "warned that its", "notice of non-compliance", "notice of noncompliance", "no longer complied",
                             "letter of non-compliance", "letter of noncompliance", "de listed", "no longer be listed", "noncompliance notice", "non-compliance notice", "penalty bench",
                             "barred", "possible suspension", "decided to delist", "affected issuer", "affected listed issuer", "practice note 17",
                             "designated as a management", "designated as an administrative",
                             "pn17 company", "pn17 issuer", "in non-compliance with", "in noncompliance with", "more time to file",
                             "additional time to file", "defaulters' segment", "defaulters\u2019 segment", "defaulters' list",
                             "defaulters\u2019 list", "list of defaults",
                             *_FROM_EXCHANGE, *_SUSPENDED_NEEDS)
    max_score: float = 0.9
    skip: re.Pattern[str] | None = None
    skip_on: frozenset[str] = frozenset()

    def analyze(self, text: str, start: int, end: int, floor: float | None = None) -> Candidate | None:
        low = cues.mask(cues.lower(text[start:end]), _OTHER_SENSES)
        stage = statement_stage(low)
        if stage is None and "\n" in low:
            cut = _after_title(low)
            if cut:
                stage = statement_stage(low[cut:])
                start, low = start + cut, low[cut:]
        if stage is None and "suspen" in low:
            stage = _suspended_for_a_cause_told_next(text, low, end)
        if stage is None and "suspen" in low and _THEREFORE.match(low):
            stage = _suspended_for_a_cause_told_before(text, low, start)
        if stage is None:
            return None
        score = _STAGE_SCORE[stage] - (0.3 if cues.boilerplate(low) else 0.0)
        if not _SELF.search(low) and cues.NAMED_RECEIVER.match(low):
            score -= 0.05  # a release's headline: its body says the same in a sentence worth quoting
        return Candidate(KIND, clamp(score), start, end, (_STAGE_SIGNAL[stage],), _STAGE_SEVERITY[stage])

    def refine_severity(self, severity: Severity, found: tuple[Amount, ...]) -> Severity:
        return severity

    def review(self, text: str, low: str, cand: Candidate) -> Candidate | None:
        """No alert when every deficiency the document reports was cured by a later regained-compliance
        letter; else add the exchange, the rule, the cure period and the deadline the text states."""
        lo, hi = max(0, cand.start - _STORY_REACH), min(len(text), cand.end + _STORY_REACH)
        if cues.present(low[lo:hi], _CURE_WORDS) and _all_cured(_notices(text[lo:hi], low[lo:hi])):
            return None
        return replace(cand, facts=_facts(text, cand))


_OTHER_SENSES = cues.senses(
    (cues.DEFINED_TERM_NEEDS, cues.DEFINED_TERM),
    (("panel",), r"\bsolar\s+panels?\b|\bpanel\s+(?:discussion|of\s+experts|data|survey)\b|\bexpert\s+panel\b"),
    # an impairment test's indicator: "identified this market capitalization deficiency as an indicator of impairment"
    (("deficien",), r"\bmarket\s+capitali[sz]ation\s+deficien\w*(?=[^;]{0,80}?\bimpair)"),
    (("listing",), r"\blisting\s+(?:agreement|agent|fees?|price)\b|\bproperty\s+listings?\b"),
    # an index the company is a member of, named in passing (not an index deletion): "R8 Capital plc (LON:R8C), listed in
    # the FTSE AIM UK 50 INDEX and operating in the financial services sector, has been temporarily suspended"
    (
        ("index",),
        r"\b(?:listed|included)\s+(?:in|on)\s+the\s+(?:ftse|s&p|russell|msci|dow)\b[^;,]{0,40}?\bindex\b",
    ),
    # Form 8-K's caption of Item 3.01 heads every such item, notice or not
    (
        ("failure to satisfy",),
        (
            r"\bnotice\s+of\s+delisting\s+or\s+failure\s+to\s+satisfy\s+(?:a\s+)?continued\s+listing\s+rule\s+or\s+"
            r"(?:standard|requirement)"
        ),
    ),
)


def _after_title(low: str) -> int:
    """Where the sentence under a title begins, when a title without a full stop runs into it ("Hain Celestial stock
    could be subject to delisting\nHain Celestial has received a letter ..."): the title's hedge is not the letter's.
    A title has a few words and stops well short of the line after it; the lines of a hard-wrapped paragraph are about
    as long, and a lone word ("On") before a wrap is no title (0: none)."""
    cut = low.find("\n") + 1
    below = low.find("\n", cut)
    head, line = low[: cut - 1].strip(), low[cut : len(low) if below == -1 else below].strip()
    titled = len(head.split()) >= 4 and len(head) <= _TITLE and not head.endswith((".", ",", ":"))
    return cut if titled and len(line) >= len(head) + 30 else 0


_TITLE = 120


def statement_stage(low: str) -> str | None:
    """The stage a lower-cased sentence states for the company's own listing, or None (no notice,
    hypothetical, generic, voluntary, or a regained-compliance letter)."""
    if not cues.present(low, _LISTING_NEEDS) or not _LISTING.search(low):
        # a market the listing words do not name: "trading in the Company's Ordinary Shares on AIM will be suspended"
        suspended = ("suspen" in low or "halted" in low or "barred" in low) and (_suspended_for_failure(low) or _market_decided(low)) and not (
            _VOLUNTARY.search(low))
        if not suspended and "possible suspension" in low:
            # a market named by its acronym warns: "is facing a possible suspension in the trade of its shares by the JSE after its
            # failure to furnish its annual report on time"
            warned = _WARNED.search(low)
            return DEFICIENCY if warned is not None and _actual(low, warned.start()) else None
        return SUSPENSION if suspended else None
    if _VOLUNTARY.search(low) and not ("decided" in low and _MARKET_DELISTS.search(low)):
        return None
    if _FORM_SUBJECT.search(low):
        return None  # the form's own wording: "Event—Registrant receives notice from its principal exchange"
    if ("suspen" in low or "halted" in low or "barred" in low) and (_suspended_for_failure(low) or _market_decided(low)):
        return SUSPENSION
    for rx, stage in ((_SUSPENSION, SUSPENSION), (_PANEL, PANEL), (_DETERMINATION, DETERMINATION)):
        m = rx.search(low)
        if m and _actual(low, m.start()) and (stage != DETERMINATION or _determination_received(low, m)):
            return stage
    if _told_of_delisting(low):
        return DETERMINATION
    if ("will delist" in low or "would delist" in low) and _MARKET_SAYS_IT_WILL_DELIST.match(low):
        return DETERMINATION
    if "proceedings to delist" in low and _EXCHANGE_WILL_DELIST.search(low) and not cues.negated(low, 0):
        return DETERMINATION
    if "decided" in low and _MARKET_DELISTS.search(low) and not cues.negated(low, 0) and not cues.generic_subject(low, 0, len(low)):
        return DETERMINATION  # "Oslo B\u00f8rs ... has decided to delist the bond": the market's own decision
    if (
        "will be" in low
        and _WILL_BE_DELISTED_FOR.search(low)
        and not _VOLUNTARY.search(low)
        and not _DEAL.search(low)
        and not cues.generic_subject(low, 0, len(low))
    ):
        return DETERMINATION
    review = _LISTING_REVIEW.search(low) if "review" in low else None
    if review is not None and _actual(low, review.start(), review.end()) and not cues.negated(low, review.start()):
        return DEFICIENCY
    return _deficiency(low)


# The Toronto Stock Exchange's notice stage: it puts the issuer under a (remedial or expedited) delisting review, or
# reviews its eligibility for continued listing: "the TSX commenced an automatic remedial de-listing review", "the
# Toronto Stock Exchange has advised the company that it intends to review its eligibility for continued listing".
_LISTING_REVIEW = cues.rx(
    r"\b(?:commenc\w*|initiat\w*|began|begun|start\w*|launch\w*|plac\w*|put|conduct\w*|undertak\w*)\b[^;]{0,60}?"
    r"\b(?:(?:remedial|expedited|automatic)\s+)*de-?listing\s+review\b|\breview\w*\s+(?:of\s+)?(?:its|the\s+company['\u2019]s|"
    r"our|their)\s+(?:eligibility|suitability)\s+for\s+(?:continued\s+)?listing\b|"
    # "A review will be conducted on the company's eligibility for continued listing", "is reviewing the eligibility
    # for continued listing of the Company's common shares"
    r"\breview\w*\s+(?:(?:will\s+be|is\s+being|was|has\s+been)\s+(?:conducted|undertaken|commenced)\s+)?(?:on|of|into)?\s*"
    r"(?:the\s+company['\u2019]s|its|our|their|the)\s+(?:eligibility|suitability)\s+for\s+continued\s+listing\b|"
    # (a rule's "the listed issuer is under delisting review" speaks of any issuer)
    r"\b(?:the\s+company|we|it)\s+(?:is|are|was|were|has\s+been|had\s+been|remains?|remained)\s+(?:currently\s+|now\s+)?"
    r"(?:placed\s+)?under\s+(?:a\s+)?(?:(?:remedial|expedited)\s+)*de-?listing\s+review\b|"
    # ("The TSX began reviewing if the company's securities were eligible for continued listing on the exchange")
    r"\b(?:began|begun|commenced|started)\s+(?:a\s+)?review(?:ing)?\s+(?:of\s+)?(?:whether|if)\s+(?:the\s+company['\u2019]s|its|our|"
    r"their)\s+(?:[\w-]+\s+){0,2}?(?:securities|shares|stock)\s+(?:were|are|was|is|remain\w*)\s+eligible\s+for\s+continued\s+listing\b"
)


# A market's suspension of trading in the shares for a failed obligation, told with its cause (a halt the company asks
# for pending news names no failure; the rules say what happens "if" one fails).
_SUSPENDED = cues.rx(
    # "has been temporarily suspended from trading on the London Stock Exchange", "suspended from official quotation",
    # "The Hong Kong stock exchange suspended from trade on Friday the shares of ..."
    r"suspended\s+from\s+(?:official\s+)?(?:trading|quotation|trade)\b|"
    # ... with the issuer named in between: "The ASX suspended Acme Resources from quotation after it failed to lodge ..."
    # ("Yesterday, the NSE Silently suspended Mumias Sugar from trading after consultations with CMA")
    r"suspended\s+(?:[\w().&'\u2019-]+\s+){1,6}?from\s+(?:official\s+)?(?:quotation|trading|trade)\b|"
    # ... or the issuers as the ones who had it done: "WG Wearne and Visual International had their shares suspended by the JSE
    # on Monday morning for failing to meet the bourse's financial reporting deadline"
    r"\bhad\s+(?:their|its)\s+(?:shares|stock|securities|listings?)\s+suspended\b|"
    # the market as the subject: "The JSE has suspended the listing of building materials supplier WG Wearne", "The
    # Jamaica Stock Exchange, JSE, suspended two more stocks on Tuesday"
    # ("The Nigerian Stock Exchange, NSE, yesterday suspended trading on the shares of six listed companies")
    r"suspended\s+(?:the\s+)?(?:listing|trading|dealings?|quotation)\s+(?:of|in|on\s+the\s+shares\s+of)\b|"
    # ("Indonesia's stock exchange halted trading in shares of cocoa producer PT Davomas ... because of a "failure of debt
    # coupon payment"")
    r"\bhalted\s+(?:the\s+)?trading\s+(?:of|in)\b|"
    r"suspended\s+(?:(?:the|its|their|\d+|two|three|four|five|six|seven|eight|nine|ten|several|more|other)\s+){1,3}"
    r"(?:stocks|shares|securities)\b|"
    # "trading in the Company's Ordinary Shares on AIM will be suspended", "the Company's shares will remain suspended"
    # ("meaning trading in its shares would be suspended")
    # (or "halted", which the failure the sentence states tells from a halt the company asked for pending news)
    # ("trading in the Company's ordinary shares on AIM is expected to be suspended with effect from 1.30 p.m. today")
    r"trading\s+(?:in|of)\s+(?:[\w'\u2019.&()-]+\s+){0,10}?(?:(?:will|shall|would)\s+)?(?:be|been|was|were|is|are|remains?|remained|"
    r"(?:has|have|had)\s+been)\s+(?:temporarily\s+)?(?:suspended|halted)\b|"
    r"(?:shares|stock|securities|units)\s+(?:(?:will|shall)\s+)?(?:be|been|was|were|is|are|remains?|remained|"
    # ("transactions of its shares have since Aug. 18 been suspended by the Taiwan Stock Exchange")
    r"(?:has|have|had)\s+(?:since\s+(?:[\w.]+\s+){1,2}?)?been)\s+(?:temporarily\s+)?suspended\b|"
    # ("has announced the suspension of trading on AIM pending publication of its annual accounts")
    r"suspension\s+of\s+(?:the\s+)?trading\s+(?:in|of|on)\b|"
    # ("The South Pacific Stock Exchange (SPSE) placed a suspension in Future Forests (Fiji) Limited shares", "The suspension
    # of the two securities follows a failure by the company to release its audited financial statements")
    r"\b(?:placed|imposed)\s+a\s+suspension\s+(?:in|on)\b|\bsuspension\s+of\s+the\s+(?:two\s+|three\s+)?(?:shares|securities)\b|"
    # a suspension the missed deadline forces: "would not be able to publish its results by the end of the year, forcing it
    # to suspend trading in its shares"
    r"\b(?:forcing|forced|obliging|obliged|requiring|required|compelling|compelled)\s+(?:it|them|the\s+company)\s+to\s+"
    r"suspend\s+(?:the\s+)?trading\s+(?:in|of)\b|"
    # ("Mosaic Brands has been placed into a compulsory trading suspension today after failing to meet a reporting deadline")
    r"\bplaced\s+(?:into|in|under)\s+(?:a\s+)?compulsory\s+(?:trading\s+)?suspension\b|"
    # the market's decision in the infinitive: "its decision to indefinitely suspend trading in TransCentury PLC"
    r"\bdecision\s+to\s+(?:\w+ly\s+)?suspend\s+(?:the\s+)?(?:trading|listing|dealings?|quotation)\s+(?:of|in)\b|"
    # the market that suspended the issuer itself, for a failure: "NasdaqDubai also announced that it had suspended IIG for
    # failure to provide its 2009 financials"
    r"\b(?:exchange|bourse|nasdaq\w*|nyse|jse|hkex|sgx|asx|nzx|bursa|tadawul)\b[^;]{0,60}?\bsuspended\s+(?:[\w().&'\u2019-]+\s+){1,6}?"
    r"(?:for|over|after|following|due\s+to)\s+(?:its\s+|their\s+|the\s+)?failure\b"
)
# A suspension dated by the market for a report already overdue, unless it comes in by a day: "In the event that Scomi is
# unable to submit the outstanding 2020 annual report on or before November 6, 2020, trading in the company's securities
# will be suspended with effect from 9am Monday, November 9" (the condition is the company's own, the date is set; a rule's
# "if a listed issuer fails to issue the outstanding financial statements" names no one).
_OVERDUE_REPORT_SUSPENSION = cues.rx(
    r"\b(?:in\s+the\s+event\s+that|if|unless|should)\s+(?!(?:a|an|any|such|the\s+listed|listed)\b)(?:[\w().&'\u2019-]+\s+){1,5}?"
    r"(?:is\s+unable\s+to|fails?\s+to|does\s+not)\s+(?:submit|issue|file|publish|lodge|release)\s+(?:the\s+|its\s+)?outstanding\b"
    r"[^;]{0,120}?\bbefore\b[^;]{0,120}?\bwill\s+be\s+suspended\s+with\s+effect\s+from\b"
)
_FAILURE_CAUSE = cues.rx(
    # "pending publication of the Accounts" (not of an announcement, nor of an admission document)
    r"\bpending\s+(?:the\s+)?(?:publication|release|filing|lodg(?:e)?ment)\s+of\s+(?:its\s+|their\s+|our\s+|the\s+)?"
    r"(?:company['\u2019]s\s+)?(?:[\w-]+\s+){0,3}?(?:accounts|(?:annual|interim|half[\s-]year(?:ly)?|financial|audited)\s+"
    r"(?:results|reports?)|financial\s+statements)\b|"
    # "until the Company meets TSX Venture Exchange requirements"
    r"\buntil\s+(?:the\s+company|it|they)\s+(?:meets|satisfies|complies\s+with|fulfil\w*|(?:has|have)\s+(?:met|satisfied))\b"
    r"[^;]{0,60}?\brequirements\b|"
    # "after having failed to get their interim or annual financial results published on time", "The action was taken
    # following the company's failure to meet its annual financial reporting obligations"
    # ("saying on Monday that the company had failed to supply its annual financial statements within the required
    # six-month period")
    # the report the company cannot publish by its deadline: "said it would be unable to publish its 2019 annual results by a
    # 30 June deadline, meaning trading in its shares would be suspended"
    # ("will not be in a position to publish its audited final results and annual report for FY22 by 31 August 2022")
    r"\b(?:unable|not\s+(?:be\s+|been\s+)?(?:able|in\s+a\s+position))\s+to\s+(?:publish|file|lodge|release|submit)\s+(?:its|their|our|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:results|accounts|financial\s+statements|(?:annual|interim|half[\s-]year(?:ly)?)\s+reports?)\b|"
    # ("due to the non-lodgement of its FY24 appendix 4E"; "such suspension will remain in place until publication of the Annual
    # Accounts")
    r"\bnon-?lodge?ment\s+of\b|\buntil\s+(?:the\s+)?publication\s+of\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:accounts|results|"
    r"financial\s+statements|annual\s+report)\b|"
    r"\b(?:after|for|following|follows|followed|due\s+to|because\s+of|owing\s+to|over|as\s+a\s+result\s+of|that|as|because)\s+"
    # ("due to the Romualdez-controlled mining firm's failure to observe disclosure rules")
    r"(?:having\s+|its\s+|their\s+|our\s+|the\s+(?:[\w-]+\s+){0,2}?(?:company|firm)['\u2019]s\s+|(?:it|they|we|the\s+company|"
    r"the\s+firm)\s+(?:had\s+|has\s+|have\s+)?)?(?:failed|failing|failure)\s+to\s+"
    # ("NasdaqDubai also announced that it had suspended IIG for failure to provide its 2009 financials")
    r"(?:[\w-]+\s+){0,2}?(?:publish|file|lodge|release|submit|meet|comply|get|produce|issue|supply|distribute|observe|provide)\b|"
    r"\b(?:after|for|following|follows|followed|due\s+to|because\s+of|over)\s+(?:an?\s+|the\s+)?failure\s+by\s+(?:the\s+company|"
    r"the\s+issuer|it)\s+to\s+(?:[\w-]+\s+){0,2}?(?:publish|file|lodge|release|submit|produce|issue|supply)\b|"
    # the late accounts named as the cause: "over the late filing of the December 2023 year-end audited accounts", "for a
    # delay in declaring annual results"
    + cues.LATE_ACCOUNTS_CAUSE
    + r"(?:accounts|results|financial\s+statements|reports?)\b|"
    # a penalty suspension: "Trading in the stock has been suspended due to penal reasons, according to the BSE", "suspended
    # trading in the company for non-compliance with listing requirements"
    r"\b(?:due\s+to|for|on)\s+penal\s+(?:reasons|grounds)\b|\b(?:for|due\s+to|over|because\s+of|owing\s+to)\s+(?:its\s+|their\s+|"
    r"the\s+company['\u2019]s\s+)?non-?compliance\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:listing|disclosure)\s+(?:requirements|"
    r"rules|regulations|agreement|obligations)\b|"
    # "12 of the 13 companies were suspended for missing the six-month deadline for filing 12-month figures"
    r"\b(?:for|after)\s+missing\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?deadline\b|"
    # a securities commission's order against a filer in default: "A Cease Trade Order has been issued"
    r"\bcease[\s-]trade\s+order\b|"
    # a payment the company failed to make: "because of a "failure of debt coupon payment""
    r"\b(?:failure|default)\s+(?:of|on|in)\s+(?:(?:debt|bond|the|its)\s+){0,2}(?:coupon|interest|principal|debt)\s+"
    r"(?:payments?|repayments?)\b|"
    # fees the listing owes: "has suspended trading of AFC Group Holdings Limited securities for non-payment of annual listing
    # fees" (read after the other senses blank "listing fees" out)
    r"\bnon-?payment\s+of\s+(?:the\s+|its\s+)?(?:annual\s+)?(?:listing\s+fees?\b|\s{11})|"
    # the company in insolvency: "had suspended trading of Kenya's ARM Cement three days after it was put under
    # administration", "TransCentury PLC and East African Cables PLC, two publicly listed firms placed under receivership"
    r"\b(?:put|placed|went|gone|entered|going)\s+(?:under|into)\s+(?:administration|receivership|liquidation|judicial\s+"
    r"management)\b|"
    # ("Group Five Ltd. entered a South African form of bankruptcy protection known as business rescue and had its stock
    # suspended from trading in Johannesburg")
    # (a company that suspends its own shares after a subsidiary "filed for business rescue" asked for its halt)
    r"\b(?:entered|placed\s+(?:itself\s+)?(?:under|into|in))\s+(?:[\w-]+\s+){0,8}?(?:business\s+rescue|bankruptcy\s+"
    r"protection|chapter\s+11|administration|receivership)\b"
)
# The issuer or its equity, named or referred to (a trader "suspended from trading" is none): "R8 Capital plc (LON:R8C)",
# "the Company's shares", "Shares in a record 13 companies".
_ISSUER = cues.rx(
    r"\b(?:shares|stocks?|securities|units|compan(?:y|ies)|plc|inc|ltd|limited|corp|corporation|its|our|their)\b|"
    r"\([a-z]{2,8}\s*:\s*[a-z0-9.]{1,8}\)"
)
# Companies counted are the ones a news item tells of: "Shares in a record 13 companies were suspended from trading".
_COUNTED_COMPANIES = cues.rx(
    # ("The Colombo Stock Exchange (CSE) suspended trading of six listed entities as they failed to file interim financials")
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+)?(?:companies|entities)\b"
)


def _suspended_for_failure(low: str, cause: str | None = None) -> bool:
    """Trading in the company's shares suspended (or to be, or to remain, suspended) on a market, for a failed
    obligation stated in the sentence (or in ``cause``, the sentence after it): not a halt the company asked for
    pending news, a rule's "if" or a risk factor's "could"."""
    m = _SUSPENDED.search(low)
    if m is None or cues.negated(low, m.start()) or cues.boilerplate(low):
        return False
    overdue = "outstanding" in low and _OVERDUE_REPORT_SUSPENSION.search(low) is not None  # (its own cause, and no "if")
    if cues.governed(low, m.start()) and not overdue:
        return False
    if not overdue and _FAILURE_CAUSE.search(low if cause is None else cause) is None:
        return False
    if "request" in low or not _ISSUER.search(low):
        return False
    told = _COUNTED_COMPANIES.sub(lambda c: " " * len(c.group()), low) if "companies" in low or "entities" in low else low
    return not cues.generic_subject(told, 0, len(told))


# A market abroad, named by its acronym or as "the bourse", that decided to suspend the shares (a decision the company is
# told of, not a halt it asked for): "The JSE notified Tongaat Hulett of its decision to suspend trading in the company's
# shares".
_MARKET_DECIDED = cues.rx(
    r"\b(?:jse|hkex|sgx|asx|lse|bourse)\b[^;]{0,40}?\b(?:(?:notified|informed|advised)\b[^;]{0,80}?\bof\s+(?:its|the)\s+"
    r"decision|(?:has\s+|had\s+)?decided)\s+to\s+suspend\s+(?:the\s+)?(?:trading|listing|quotation|dealings)\b|"
    # a market's announced action, or its notice in the passive: "The Philippine Stock Exchange will suspend the trading of
    # Benguet Corp's shares for one month", "it has been decided to suspend trading in the shares of Fateh Textile Mills"
    # ("The New York Stock Exchange announced Friday that it will suspend trading of the Journal Register Company")
    # ("The New York Stock Exchange announced Dec. 5 that it plans to suspend trading in the common stock and other NYSE-listed
    # securities of Reliance Group Holdings Inc.")
    r"\bstock\s+exchange\s+(?:\([a-z]{2,6}\)\s+)?(?:(?:announced|said|stated)\s+(?:on\s+)?(?:\w+day\s+|[a-z]{3,9}\.?\s+\d{1,2}\s+)?"
    r"(?:that\s+)?it\s+)?(?:will|is\s+to|plans\s+to|intends\s+to)\s+suspend\s+(?:the\s+)?(?:trading|listing|quotation|dealings)\s+"
    r"(?:of|in)\b|"
    # the market named as the one that suspended: "Queensland coal miner Terracom has had its shares suspended from trade by the
    # ASX"
    r"\bsuspended\s+from\s+(?:official\s+)?(?:trading|trade|quotation)\s+by\s+(?:the\s+)?(?:asx|nzx|jse|sgx|hkex|lse|tsx|nyse|"
    r"nasdaq|bursa|(?:[\w-]+\s+){0,3}?(?:stock\s+)?exchange)\b|"
    # ... or the market named as the one suspended from: "Coromandel gold miner New Talisman suspended from ASX, auditor unable
    # to form opinion on accounts"
    r"\bsuspended\s+from\s+(?:the\s+)?(?:asx|nzx|jse|sgx|hkex|tsxv?|nyse|nasdaq)\b|"
    # the market's notice that trading was suspended: "had received notice from the New York Stock Exchange (NYSE) informing
    # them that trading in GTS shares had been suspended"
    r"\b(?:notice|notification|letter)\s+from\s+(?:the\s+)?(?:new\s+york\s+stock\s+exchange|nyse|nasdaq|(?:[\w-]+\s+){0,3}?"
    r"stock\s+exchange)\b[^;]{0,80}?\btrading\s+(?:in|of)\b[^;]{0,60}?\b(?:had\s+been|has\s+been|was|were|will\s+be|would\s+be)\s+"
    r"suspended\b|"
    r"\b(?:has|had)\s+been\s+decided\s+to\s+suspend\s+(?:the\s+)?(?:trading|listing|quotation|dealings)\s+(?:of|in)\b|"
    # a market that barred the issuer: "Tadawul, the Saudi Exchange, has barred Anaam International Holding Group from trading for
    # one day, after an adverse comment in auditor's report"
    r"\b(?:jse|hkex|sgx|asx|nzx|bursa|bourse|tadawul|exchange)\b[^;]{0,40}?\b(?:barred|banned|blocked)\s+(?:[\w().&'\u2019-]+\s+){1,8}?"
    r"from\s+trading\b|"
    # the market's direction to the issuer: "The Singapore Exchange has directed Acme to suspend trading"
    r"\b(?:jse|hkex|sgx|asx|nzx|bursa|bourse|exchange|regulator)\b[^;]{0,40}?\b(?:directed|ordered|instructed)\s+"
    r"(?:[\w().&'\u2019-]+\s+){1,6}?to\s+suspend\s+(?:the\s+)?(?:trading|listing|quotation|dealings)\b|"
    # a market abroad as the one that suspended: "The NZX suspended trading in Feltex shares today", "The AIM market has
    # suspended trading of shares in Rangers International Football Club (RIFC)"
    # ("The Indonesia Stock Exchange (IDX) has suspended trade in the shares of Waskita Karya")
    # ("Indonesia Stock Exchange (IDX) temporarily suspended the trading of PT Wijaya Karya (Persero) Tbk (WIKA) shares")
    # ("NZ RegCo suspended the trading of QEX ordinary securities on 18 February 2021")
    # ("The Saudi Stock Exchange (Tadawul) has temporarily suspended trading in the shares of three companies")
    # ("The Warsaw Stock Exchange (WSE) on May 4, 2017 suspended trading with shares of Milkiland N.V.")
    r"\b(?:nzx|asx|jse|sgx|hkex|bursa|bourse|regco|tadawul|aim\s+market|(?:stock\s+)?exchange\s+\([a-z]{2,10}\))\s+(?:has\s+|had\s+)?"
    r"(?:on\s+(?:[a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]+\s+\d{4})\s+)?(?:temporarily\s+)?suspended\s+"
    r"(?:the\s+)?(?:trading|trade|listing|quotation|dealings)\s+(?:of|in|with)\b|"
    # the market's statement that a named company's trading will be suspended: "The South Pacific Stock Exchange has released a
    # statement informing investors and the public that trading in Fijian Holdings Limited (FHL) will now be suspended until
    # further notice"
    r"\b(?:stock\s+exchange|bourse)\b[^;]{0,120}?\btrading\s+in\s+(?:[\w().&'\u2019-]+\s+){1,8}?(?:will|would|shall)\s+(?:now\s+)?"
    r"be\s+suspended\b"
)


def _market_decided(low: str) -> bool:
    """The market's decision to suspend the company's shares, stated as made (not one it "could" take, nor a suspension
    the company requested)."""
    if not ("decision to suspend" in low or "decided to suspend" in low or "will suspend" in low or "suspended" in low
            or "to suspend" in low or "barred" in low) or "request" in low:
        return False
    m = _MARKET_DECIDED.search(low)
    if m is None or cues.negated(low, m.start()) or "pending" in low:
        return False  # (a halt pending an announcement is the company's own)
    if not m.group().startswith("stock exchange") and cues.governed(low, m.start(), _MODALS):
        return False  # (the market's "will" is its decision, not a risk)
    # (or the companies a news item counts: "The Philippine Stock Exchange (PSE) will suspend trading in five listed companies
    # starting today for their failure to submit required financial statements on time")
    if m.group().startswith("suspended from") and m.start() > 0 and not cues.generic_subject(low, 0, m.start()):
        return True  # the issuer named before it, as a headline does: "New Talisman suspended from ASX"
    if m.group().startswith(("notice", "notification", "letter")) and "received" in low[: m.start()]:
        return True  # the market's notice the company received: "they had received notice from the NYSE informing them ..."
    return _SELF.search(low) is not None or _NAMED_ISSUER.search(low) is not None or _COUNTED_COMPANIES.search(low) is not None


# The cause told by the sentence after the suspension, as what the action followed: "The action was taken following the
# company's failure to meet its annual financial reporting obligations".
_THE_ACTION = cues.rx(r"^\W*(?:the|this)\s+(?:action|suspension|move|decision|halt)\b|^\W*this\s+follows\b")


# A suspension told as the consequence of what the sentence before says: "Revolution Beauty confirms that it will not be in a
# position to publish its audited final results and annual report for FY22 by 31 August 2022 in accordance with AIM Rule 19.
# Consequently, trading in the Company's ordinary shares will be suspended with effect from 7:30 a.m. on 1 September 2022."
_THEREFORE = cues.rx(r"\W*(?:consequently|accordingly|as\s+a\s+result|as\s+such|therefore)\b")


def _suspended_for_a_cause_told_before(text: str, low: str, start: int) -> str | None:
    i = start - 1
    while i > 0 and text[i].isspace():
        i -= 1
    if i <= 0:
        return None
    prev = sentence_at(text, i)
    before = cues.lower(text[prev[0] : prev[1]])
    if not _suspended_for_failure(low, before) or _VOLUNTARY.search(low):
        return None
    return SUSPENSION


def _suspended_for_a_cause_told_next(text: str, low: str, end: int) -> str | None:
    nxt = next_sentence(text, end)
    if nxt is not None and not any(ch.isalnum() for ch in text[nxt[0] : nxt[1]]):
        nxt = next_sentence(text, nxt[1])  # a bullet alone: "- \u2022The decision follows the appointment of ... receivers"
    if nxt is None:
        return None
    after = cues.lower(text[nxt[0] : nxt[1]])
    if not _THE_ACTION.match(after) or not _suspended_for_failure(low, after) or _VOLUNTARY.search(low):
        return None
    return SUSPENSION


def _actual(low: str, pos: int, end: int | None = None) -> bool:
    """The company's own listing, stated as a fact: a self reference, no condition or modal governing
    the phrase and no rule-text subject ("a company that receives a deficiency notice") up to it. The
    rule a notice cites may follow it and speak of any company ("... not in compliance with Section
    1003(a)(ii), which applies if a listed company has stockholders' equity of less than $4,000,000")."""
    upto = len(low) if end is None else _clause_end(low, end)
    if _EXPECTED_RECEIPT.search(low, 0, pos):
        return False  # "it expects ... to receive a notice of deficiency": not received yet
    if cues.governed(low, pos, _MODALS) or cues.generic_subject(low, 0, upto):
        return False
    if "that" in low and _CLASS_THAT_FAILS.search(low, 0, upto):
        return False  # "threatens to delist Chinese firms that fail to meet US audit standards": a class, no one issuer
    if _PROCEDURE.search(low) and all(m.group() in ("it", "its") for m in _SELF.finditer(low)):
        # a procedure, its "it" the exchange's body: "When the Listing Council reviews a decision on its own initiative,
        # it must do so ...", "the Listing Council has the power to stay the Panel Decision pending its review"
        return False
    if "responsible for" in low and _DUTIES.search(low, 0, pos):
        return False  # "The Listings Qualifications Department is responsible for ... notifying the Company of the deficiency"
    if "issuer" in low and _BARE_ISSUER.search(low):
        # "... that the issuer has failed to satisfy" in an exchange's rule on hearings: its only "its" is the Panel's
        return any(m.group() not in ("it", "its") for m in _SELF.finditer(low))
    if _SELF.search(low) or cues.NAMED_RECEIVER.match(low):
        return True
    if "issued" in low and _ISSUED_TO.search(low, 0, upto):
        return True  # news names the receiver after the notice: "A non-compliance notice has been issued to ... Electric Last Mile"
    if ("notified" in low or "letter" in low or "notice" in low) and _MARKET_NOTIFIED.search(low, 0, upto):
        return True  # the market's notice names its receiver: "the Nasdaq Listing Qualifications Department notified Chanticleer
        # Holdings, Inc. ... that ... Chanticleer's common stock no longer met the minimum $1 bid price per share requirement"
    if (" of " in low or " in " in low) and ("delist" in low or "suspen" in low or "halt" in low or "to cancel" in low) and (
            _NAMED_ISSUER.search(low) is not None):
        return True
    return "listed" in low and _DELISTED_FROM.search(low) is not None


# News names the issuer the exchange delists as the subject: "Frontier Communications is being delisted from the Nasdaq"
# (a subject that is any company is a rule's, and is looked for before this).
_DELISTED_FROM = cues.rx(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being)\s+de-?listed\s+(?:from|by)\s+(?:the\s+)?" + _EXCHANGE
    # a headline's: "Leicester City shares de-listed from AIM"
    + r"|\b(?:shares|stock|securities)\s+de-?listed\s+from\s+(?:the\s+)?(?:aim|asx|nzx|jse|sgx|hkex|[\w-]+\s+stock\s+exchange|"
    + _EXCHANGE + ")"
)


_CLASS_THAT_FAILS = cues.rx(r"\b(?:firms|companies|issuers|stocks|entities)\s+that\s+(?:fail|do\s+not|don['\u2019]t|cannot)\b")
_ISSUED_TO = cues.rx(
    # (or in the active: "the NYSE issued a written notice to Chesapeake of its noncompliance with the standard")
    r"\bissued\s+(?:a|an)\s+(?:written\s+)?(?:notice|notification|letter)\s+to\s+"
    r"(?!(?:a|an|any|such|each|every|all|listed|these|those|issuers|companies)\b)|"
    r"\b(?:notice|notification|letter)\s+(?:has\s+been\s+|had\s+been\s+|was\s+)issued\s+to\s+"
    r"(?!(?:a|an|any|such|each|every|all|listed|these|those|issuers|companies)\b)"
)


_MARKET_NOTIFIED = cues.rx(
    _MARKET_SENT_LETTER + r"|"
    r"\b(?:department|staff|exchange|nasdaq|nyse|tsx|asx|sgx|regulation)\s+(?:has\s+|had\s+)?notified\s+"
    r"(?!(?:a|an|any|such|each|every|all|listed|these|those|issuers|companies|the\s+issuer)\b)"
)
_PROCEDURE = cues.rx(r"^\W*when(?:ever)?\s|\b(?:has|have)\s+(?:the\s+)?(?:power|authority|discretion)\s+to\b")


# Form instructions speak of a bare "Registrant" (no article) as the actor.
_FORM_SUBJECT = cues.rx(
    r"(?:^|[^\w\s]\s*|\bevent\W+)(?<!the\s)registrant(?:['\u2019]s)?\s+(?:receives|notifies|principal|board|issues|must|shall|"
    r"is\s+required)\b"
)
_EXPECTED_RECEIPT = cues.rx(
    # ("the Company expects that, among other things, (i) it will receive a notice (the "Notice") from the Listing
    # Qualifications Department")
    r"\b(?:expects?|expected|anticipates?|anticipated|believes?)\b[^;]{0,80}?\b(?:to|will|would)\s+(?:receive|be\s+(?:notified|sent))\b|"
    r"\banticipat\w*\s+(?:receiving|receipt\s+of)\b"
)


# (or the exchange's practice: "..., which is normal practice when a listed issuer relies on this exemption")
_RELATIVE_RULE = cues.rx(
    r",?\s+(?:which|that)\s+(?:applies|apply|requires?|provides?|states?|is\s+(?:the\s+)?(?:normal|standard|usual|customary|"
    r"common|routine)\b)\b"
)


def _clause_end(low: str, end: int) -> int:
    """Where the statement ending at ``end`` gives way to a relative clause describing the rule, or to the rule's text
    after a colon ("isn't compliant with these listing standards: Issuers maintain an average closing share price ...")."""
    m = _RELATIVE_RULE.search(low, end)
    colon = low.find(": ", end)
    ends = [e for e in (m.start() if m else -1, colon) if e != -1]
    return min(ends) if ends else len(low)


_RECEIVED_BY = cues.rx(r"\b(?:receiv\w*|notified|informed|advised|issued|sent)\b")


def _determination_received(low: str, m: re.Match[str]) -> bool:
    """ "Staff determination letter" is only news when the company received one (not "a company that
    receives a determination letter may appeal", nor "Staff delisting determinations, which are ...")."""
    word = m.group()
    if word.startswith("request for") and _INDEFINITE.search(low, 0, m.start()):
        return False  # "a request for a hearing will stay the delisting": what any request does
    if word.startswith(("determin", "basis", "issued", "requested", "request", "has determined", "subject", "believ", "conclu",
                        "application", "appeal", "commenc", "initiat", "began", "begun", "decision to cancel", "nasdaq", "nyse",
                        "exchange")):
        return True
    if low.startswith("s", m.end()):  # "determinations": a kind of letter, not this company's
        return False
    if word.startswith("delisting") and _RECEIVED_AFTER.match(low, m.end()):
        return not cues.negated(low, m.start())  # "its Delisting Notice which was received on February 18, 2025"
    if word.startswith("delisting") and low[max(0, m.start() - 20) : m.start()].endswith(_OWN):
        return not cues.negated(low, m.start())  # "Sycamore says its delisting notice resulted from delays in filing its 10-Q"
    return bool(_RECEIVED_BY.search(low, 0, m.start())) and not cues.negated(low, m.start())


# The exchange's determination told as what it notified: "Nasdaq has notified us that unless we appeal this
# determination, trading of our common stock would be suspended at the opening of the market on July 28, 2009", "a
# letter from Nasdaq notifying the Company that its common stock will be delisted", and news wording: "The NYSE has
# notified Great Panther Mining (NYSE:GPL) of delisting of the company's shares". (A future tense is the letter's
# content here; the notice itself has been given.)
_TOLD_OF_DELISTING = cues.rx(
    r"\b(?:notif(?:ied|ying|ication)|informed|informing|advised|advising|stat(?:ed|ing)|indicat(?:ed|ing))\b[^;]{0,160}?"
    r"\b(?:securities|stock|shares|units|warrants|trading)\b[^;]{0,80}?\b(?:will|would)\s+be\s+(?:delisted|suspended)\b|"
    r"\b(?:nyse|nasdaq|exchange|tsx(?:-?v)?|staff)\b[^;]{0,30}?\b(?:notified|informed|advised)\s+(?:[\w&.,()'\u2019:-]+\s+){0,6}?"
    r"of\s+(?:the\s+)?delisting\s+of\b|"
    # "the staff of NYSE Regulation, Inc. notified Libbey Inc. that it would apply to the Securities and Exchange
    # Commission to delist the Company's common stock"
    r"\b(?:notified|informed|advised)\b[^;]{0,120}?\bthat\s+it\s+(?:will|would|intends\s+to)\s+apply\s+to\s+the\s+(?:sec|"
    r"securities\s+and\s+exchange\s+commission)\b[^;]{0,40}?\bto\s+delist\b"
)
_TOLD = cues.rx(r"\b(?:notif|inform|advis|stat|indicat)\w*")


# The exchange's announced decision, in reported speech: "NYSE said Wednesday it will begin proceedings to delist the American
# Depositary Shares, each representing 10 class A shares, of Fang Holdings (NYSE:SFUN)".
_EXCHANGE_WILL_DELIST = cues.rx(
    r"\b(?:nyse|nasdaq|stock\s+exchange)\b[^;]{0,30}?\b(?:said|announced|stated)\s+(?:on\s+)?(?:\w+day\s+)?(?:that\s+)?it\s+"
    r"(?:will|would|is\s+to)\s+(?:begin|commence|start|initiate)\s+(?:the\s+)?(?:delisting\s+)?proceedings\s+to\s+delist\b"
    r"[^;]{0,100}?\bof\s+(?!(?:a|an|any|such|the\s+(?:issuer|company))\b)[a-z]"
)


# A delisting to come, told with the cause that forces it: "Celadon's stock will be delisted from the New York Stock Exchange
# after the company announced the accounting errors are so extensive ...", "its shares will be delisted from the Toronto
# Stock Exchange as of May 9th, due to its CCAA filing and its inability to file audited financial statements"
_WILL_BE_DELISTED_FOR = cues.rx(
    r"\b(?:stock|shares|securities|ads|adss|units)\s+will\s+be\s+de-?listed\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:nasdaq|nyse|"
    r"exchange|tsx)\b[^;]{0,80}?\b(?:due\s+to|because|after\s+the\s+company|following\s+(?:its|the\s+company)|as\s+a\s+result\s+of)\b|"
    # ... or on a day the market set, by its notice: "CannTrust shares will be delisted from the Toronto Stock Exchange on May 6
    # after market close, according to a TMX Group notice"
    r"\b(?:stock|shares|securities|ads|adss|units)\s+will\s+be\s+de-?listed\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:nasdaq|nyse|"
    r"exchange|tsx)\b[^;]{0,60}?\baccording\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:notice|notification|announcement|statement)\b"
)


# A delisting a deal brings about, not the exchange's: "Following the merger, the Company's shares will be delisted".
_DEAL = cues.rx(
    r"\b(?:merger|acquisition|acquired|amalgamation|take-?private|going\s+private|tender\s+offer|plan\s+of\s+arrangement|"
    r"transaction|buyout|privati[sz]ation)\b"
)


def _told_of_delisting(low: str) -> bool:
    """An exchange's notice whose content is the coming delisting or suspension of the company's stock (looked for
    only where "delisting of" or a "will / would be delisted / suspended" is)."""
    if (
        "delisting of" not in low
        and not (("will be" in low or "would be" in low) and ("delisted" in low or "suspended" in low))
        and "apply to the" not in low
    ):
        return False
    m = _TOLD_OF_DELISTING.search(low)
    if m is None or not _actual(low, m.start()):
        return False
    told = _TOLD.search(low, m.start())
    return told is None or not cues.negated(low, told.start())
_OWN = ("its ", "our ", "company's ", "company\u2019s ")
_RECEIVED_AFTER = cues.rx(r"\s*,?\s*(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:received|issued|sent)\b")


def _deficiency(low: str) -> str | None:
    # A heading that names a failure as a cause ("Our failure to maintain compliance ... could result in the
    # delisting") may run into the notice that follows it when no full stop ends it: read the next one.
    bad = next((m for m in _NONCOMPLIANCE.finditer(low) if not _failure_as_cause(low, m)), None)
    if bad is not None and _only_regained(low, bad):
        return None
    stated = bad is not None and _actual(low, bad.start(), bad.end()) and not cues.negated(low, bad.start(), window=3)
    if stated and bad is not None and (_RECEIPT.search(low) or _SELF.search(low, 0, bad.start())):
        return DEFICIENCY
    letter = _DEFICIENCY_LETTER.search(low) or _CURE.search(low)
    if letter is not None and _actual(low, letter.start()) and (
        not _INDEFINITE.search(low, 0, letter.start()) or _RECEIVED_A.search(low, 0, letter.start())
    ):
        return DEFICIENCY  # ("it has received a show-cause notice from Bursa Malaysia": the article after the receipt)
    warned = _WARNED.search(low) if ("delist" in low or "threat" in low or "warned" in low or "no longer be listed" in low
                                     or "de list" in low or "possible suspension" in low) else None
    if warned is not None and (_actual(low, warned.start()) or _named_threatened(low, warned)):
        return DEFICIENCY
    time = _TIME_TO_REGAIN.search(low) if cues.present(low, _TIME_TO_REGAIN_NEEDS) else None
    if time is not None and _actual(low, time.start()):
        return DEFICIENCY
    watched = _WATCH_LIST.search(low) if ("watch" in low or "penalty bench" in low or "classified as a" in low or "stage of" in low
                                          or "default" in low or "designated as" in low) else None
    if watched is not None and (
        "penalty bench" in watched.group() or "default" in watched.group() or watched.group().startswith("designated")
    ) and not cues.generic_subject(
        low, 0, len(low)
    ):
        return DEFICIENCY  # the exchange names the issuer it places there
    return DEFICIENCY if watched is not None and _actual(low, watched.start()) else None


# An exchange's watch list, the step before delisting: "Its stock was placed on the Tokyo Stock Exchange's watchlist for
# possible delisting", "have been placed on Singapore Exchange's (SGX) watch-list for failing to meet the revised minimum
# trading price entry requirement".
_WATCH_LIST = cues.rx(
    # Hong Kong's staged delisting: "The company had already been placed into the first stage of delisting from HKEx"
    r"\b(?:placed|put)\s+(?:into|in)\s+the\s+(?:first|second|third|final)\s+stage\s+of\s+(?:the\s+)?(?:de-?listing|delisting\s+procedures?)\b|"
    # ("The Tokyo Stock Exchange said it was keeping Olympus on its watchlist for possible delisting")
    r"\b(?:placed|put|added|included)\s+(?:on|to|in)\s+(?:the\s+)?(?:[\w'\u2019().-]+\s+){0,4}?watch[- ]?list\b|"
    r"\b(?:keep(?:ing|s)?|kept)\s+(?!(?:a|an|any|such|companies|firms|issuers|stocks)\b)(?:[\w'\u2019().&-]+\s+){1,4}?on\s+(?:its|the)\s+"
    r"(?:[\w'\u2019().-]+\s+){0,2}?watch[- ]?list\b|"
    # Korea's exchange: "Iljeong Silup was designated as a management item after receiving a qualified opinion"
    r"\bdesignated\s+as\s+(?:an?\s+)?(?:management|administrative)\s+(?:item|issue|stock)s?\b|"
    # Oslo's list of issuers in breach: "has placed embattled Chilean salmon producer Nova Austral on the so-called "Penalty
    # Bench""
    r"\b(?:placed|put)\s+(?:[\w'\u2019().-]+\s+){0,6}?(?:on|to|in)\s+(?:the\s+)?(?:so-called\s+)?[\"\u201c]?penalty\s+bench\b|"
    # Bursa Malaysia's distressed issuers: "said it has been classified as an affected issuer under Practice Note 17 (PN17)"
    # ("On April 18, 2025, the company was classified as a Practice Note 17 listed issuer")
    r"\b(?:classified|designated|categori[sz]ed)\s+as\s+an?\s+(?:affected\s+(?:listed\s+)?issuer|(?:pn\s?17|practice\s+note\s+17)\s+"
    r"(?:listed\s+)?(?:company|issuer))\b|"
    # Pakistan's: "PSX has put the name of Hascol Petroleum Ltd on the list of defaults for failure to comply with the rules",
    # "had placed the PIACL, the national flag carrier, in the defaulters' segment"
    # ("announcing that it had placed Pakistan International Airlines (PIA) on its defaulters' segment")
    r"\b(?:placed|put|positioned|moved|shifted)\s+(?:[\w().&'\u2019,-]+\s+){0,8}?(?:in|on|into|to)\s+(?:the|its)\s+(?:list\s+of\s+defaults|"
    r"defaulters['\u2019]?\s+(?:segment|list|counter))\b"
)


# The time the exchange gave the company to regain compliance, which a deficiency implies: "the Nasdaq granted the
# Company an exception from its continued listing requirements", "the Company had until July 17, 2017 to submit a plan
# to regain compliance with Nasdaq's continued listing requirements" (not what "a company" has under the rules).
_TIME_TO_REGAIN = cues.rx(
    r"\b(?:nasdaq|nyse|exchange|staff|panel)\s+(?:has\s+|had\s+)?(?:accepted\s+(?:the\s+|its\s+|our\s+)?(?:company['\u2019]s\s+)?"
    r"(?:compliance\s+)?plan|granted\s+(?:the\s+company|us|it)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:extension|exception)|"
    # "indicating that the Nasdaq approves the Company's request for a 180-day extension"
    r"approv(?:ed|es)\s+(?:the\s+company['\u2019]s|its|our)\s+request\s+for\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?extension)\b|"
    r"\b(?:the\s+company|we|it)\s+(?:had|has|have|will\s+have)\s+until\s+[^;]{0,40}?\bto\s+(?:submit\s+a\s+plan\s+to\s+)?"
    r"regain\s+compliance\b|"
    # "the NYSE warned ... that the company has six months from the Form 10-K due date to regain compliance"
    r"\b(?:the\s+company|we|it)\s+(?:had|has|have|will\s+have)\s+(?:\d+|three|six|nine|twelve|eighteen)\s+(?:calendar\s+)?"
    r"(?:days|months)\b[^;]{0,50}?\bto\s+regain\s+compliance\b|"
    # "announced today that it received an additional 180 days to regain compliance with the Nasdaq market", "notified the
    # company that it received 180 extra calendar days ... to evidence compliance with the $1 minimum bid price requirement"
    r"\b(?:received|obtained|was\s+granted|has\s+been\s+granted)\s+(?:an?\s+)?(?:additional\s+|second\s+|further\s+)?"
    # ("has been granted an additional 180-day period from Nasdaq's Listing Qualification Department, through June 2, 2025, to
    # regain compliance")
    r"(?:\d+|one\s+hundred\s+(?:and\s+)?eighty)[\s-]+(?:additional\s+|extra\s+)?(?:calendar[\s-]+)?(?:days\b|day\s+"
    r"(?:compliance\s+|grace\s+)?(?:period|extension)\b)[^;]{0,120}?\bto\s+(?:regain|evidence)\s+compliance\b|"
    # "it has received an additional 180-calendar-day extension from Nasdaq to regain compliance"
    r"\b(?:received|obtained|granted)\s+(?:an?\s+)?(?:additional\s+|second\s+|further\s+)?(?:[\w-]+\s+)?extension\s+from\s+"
    r"(?:the\s+)?(?:nasdaq|nyse|exchange)\b[^;]{0,40}?\bto\s+regain\s+compliance\b|"
    # the market's time to file what is late: "NYSE gives Penn Treaty more time to file its annual report"
    r"\b(?:nasdaq|nyse|exchange|staff|panel)\s+(?:has\s+|had\s+)?(?:gives|gave|given|grants|granted)\s+(?:[\w&.'\u2019-]+\s+){1,4}?"
    r"(?:more|additional|further|extra)\s+time\s+to\s+(?:file|regain|comply|meet)\b"
)
_TIME_TO_REGAIN_NEEDS = ("accepted", "granted", "approve", "until", "to regain compliance", "to evidence compliance", "time to")


# The exchange's warning, told with its cause: "it was notified by the Nasdaq Stock Market that it could be de-listed
# from the stock exchange for failing to file an annual report and Form 10-K on time".
_WARNED = cues.rx(
    # ("was notified by the Listing Qualifications Staff (the "Staff") of NASDAQ that the Company's common stock would be
    # subject to delisting due to the Company's non-compliance with the filing requirement")
    r"\b(?:notified|informed|advised|warned|told)\s+by\s+(?:the\s+)?(?:[\w&.'\u2019()\"\u201c\u201d-]+\s+){0,8}?(?:nasdaq|nyse|"
    # ("Eastman Kodak Co. has been warned by the New York Stock Exchange that its stock will be delisted if the price remains
    # below $1 per share for the next six months")
    r"exchange|stock\s+market)\b[^;]{0,60}?\bthat\s+(?:it|the\s+company|(?:its|the\s+company['\u2019]s)\s+(?:[\w-]+\s+)?"
    r"(?:stock|shares|securities))\s+(?:could|may|might|would|will)\s+be\s+(?:delisted|subject\s+to\s+delisting)\b[^;]{0,60}?\b"
    r"(?:for|because|due\s+to|unless|if)\b|"
    # the exchange's warning dated, told with how close the delisting is: "was notified October 24 by the New York Stock
    # Exchange that its stock listing price is so low it's on the verge of being delisted"
    r"\b(?:notified|informed|advised|warned|told)\s+(?:on\s+)?(?:" + cues.MONTH + r"\s+\d{1,2}(?:,?\s+\d{4})?,?\s+)?by\s+(?:the\s+)?"
    r"(?:[\w&.'\u2019()\"\u201c\u201d-]+\s+){0,8}?(?:nasdaq|nyse|exchange|stock\s+market)\b[^;]{0,60}?\bthat\b[^;]{0,100}?\b(?:on\s+the\s+"
    r"verge\s+of|at\s+risk\s+of|in\s+danger\s+of|close\s+to)\s+(?:being\s+)?de[- ]?list\w*|"
    # the exchange as the subject: "Nasdaq has warned Canoo Inc. (Nasdaq: GOEV), the electric vehicle maker ..., that it could be
    # delisted from the exchange", "Nasdaq ... informed the company that its shares would no longer be listed"
    r"\b(?:nasdaq|nyse|exchange)\b[^;]{0,60}?\b(?:warned|notified|informed|told|advised)\s+(?:[\w().:&'\u2019,-]+\s+){1,16}?that\s+"
    r"(?:it|its\s+(?:[\w-]+\s+)?(?:shares|stock|securities))\s+(?:could|may|might|would|will)\s+(?:be\s+de-?listed|no\s+longer\s+be\s+"
    r"listed)\b|"
    # ... or of its own next step: "The Nasdaq warned Helios and Matheson on Wednesday that it plans to suspend trading in the
    # company's shares on December 28", "warned MoviePass's parent company that it would move to delist its stock"
    r"\b(?:nasdaq|nyse|exchange)\b[^;]{0,60}?\b(?:warned|notified|informed|told|advised)\s+(?:[\w().:&'\u2019,-]+\s+){1,16}?that\s+it\s+"
    r"(?:plans|planned|intends|intended|would|will|was\s+going)\s+(?:to\s+)?(?:move\s+to\s+)?(?:suspend|delist)\b|"
    # the notice received, told by its ultimatum: "A notice the company received from Nasdaq on Jan. 12 informed the company its
    # common stock had to sustain a minimum bid price of $1 or more for at least 10 consecutive trading days or face delisting"
    r"\b(?:notice|letter|notification)\b[^;]{0,40}?\breceived\s+from\s+(?:the\s+)?(?:nasdaq|nyse|(?:[\w-]+\s+){0,3}?exchange)\b"
    r"[^;]{0,200}?\bor\s+face\s+(?:possible\s+)?de-?listing\b|"
    # the notice received, told by what it said: "Lottery.com also received notice from NASDAQ that its shares could be delisted"
    r"\b(?:received|receipt\s+of)\s+(?:a\s+|the\s+)?(?:notice|notification|letter)\s+from\s+(?:the\s+)?(?:nasdaq|nyse|"
    r"(?:[\w-]+\s+){0,3}?(?:stock\s+)?exchange)\b[^;]{0,30}?\bthat\s+(?:its|the\s+company['\u2019]s)\s+(?:[\w-]+\s+)?(?:shares|stock|"
    r"securities)\s+(?:could|may|might|would|will)\s+be\s+de-?listed\b|"
    # the exchange's notice issued to the company: "Nasdaq also issued a standard noncompliance notice to the Pittsburgh-based
    # company"
    r"\b(?:nasdaq|nyse|exchange)\b[^;]{0,30}?\bissued\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:non-?compliance|deficiency|"
    r"delinquency|delisting)\s+(?:notice|letter|notification)\s+to\b|"
    # "prompting the NYSE to send the company a letter yesterday warning they would be delisted if they fail to come up
    # with a plan"
    r"\b(?:letter|notice|notification)\s+(?:[\w,]+\s+){0,3}?(?:warning|stating|saying)\s+(?:that\s+)?(?:it|they|the\s+company)\s+"
    r"(?:could|may|might|would|will)\s+be\s+delisted\s+(?:if|unless)\b|"
    # ("is facing a possible suspension in the trade of its shares by the JSE after its failure to furnish its annual report")
    r"\bfac(?:es|ed|ing)\s+(?:a\s+)?(?:possible|potential)\s+(?:suspension|delisting)\b[^;]{0,60}?\bby\s+the\s+(?:jse|nse|ngx|asx|nzx|"
    r"sgx|hkex|tsx|nyse|nasdaq|bourse|(?:[\w-]+\s+){0,3}?(?:stock\s+)?exchange)\b|"
    # a news item's "Synchronoss was threatened with delisting last November after the company failed to file"
    r"\b(?:was|were|has\s+been|had\s+been)\s+threatened\s+with\s+(?:a\s+)?(?:delisting|suspension)\b|"
    # an exchange's annotation of a late issuer: "that the listing of its shares is under threat of suspension and
    # possible removal", "has failed to comply with Johannesburg Stock Exchange (JSE) requirements and is under threat of
    # suspension"
    r"\b(?:is|are|was|were|remains?|remained|been)\s+(?:now\s+|currently\s+)?under\s+(?:the\s+)?threat\s+of\s+(?:a\s+)?"
    r"(?:suspension|delisting|removal)\b|"
    # a notice received of what may follow: "Monster Worldwide, Inc. has received a notice from the Nasdaq Stock Market about a
    # possible delisting of its shares due to the company's failure to file its third-quarter earnings report"
    r"\b(?:received|receipt\s+of)\s+(?:a\s+|the\s+)?(?:notice|notification|letter)\s+from\s+[^;]{0,40}?\s(?:about|regarding|of|"
    r"concerning)\s+(?:a\s+|the\s+)?(?:possible|potential)\s+(?:delisting|suspension)\b|"
    # "J.C. Penney Co. says it has been warned that its stock could be removed from the New York Stock Exchange for trading
    # below $1 for too long"
    r"\b(?:been|was|were)\s+warned\s+that\s+(?:its|the\s+company['\u2019]s|our)\s+(?:[\w-]+\s+)?(?:stock|shares|securities)\s+"
    r"(?:could|may|might|would)\s+be\s+(?:removed|delisted|suspended)\s+from\b"
)


def _named_threatened(low: str, warned: re.Match[str]) -> bool:
    """A news item's issuer, named, under the exchange's threat: "South Africa's Blue Label Telecoms has failed to comply
    with Johannesburg Stock Exchange (JSE) requirements and is under threat of suspension" (not what any company that
    fails "would be", nor a rule's "companies")."""
    return (
        "threat" in warned.group()
        and not cues.governed(low, warned.start(), _MODALS)
        and not cues.negated(low, warned.start())
        and not cues.generic_subject(low, 0, warned.start())
        and not cues.boilerplate(low)
    )


_INDEFINITE = cues.rx(r"\b(?:a|an|any)\s+(?:nasdaq\s+|staff\s+)?$")
_RECEIVED_A = cues.rx(r"\b(?:has|have|had)\s+received\s+(?:a|an)\s+(?:nasdaq\s+|staff\s+)?$")
_FAILURE_SUBJECT = cues.rx(r"^(?:\W*(?:our|its|the|any|a|company['\u2019]s|registrant['\u2019]s)\s+){0,3}$")
_MODAL_VERB = cues.rx(r"\b(?:could|may|might|would|will|can)\s+(?:\w+\s+)?(?:result|cause|lead|trigger|subject|have|adversely|"
                      r"harm|affect|impair|mean)")


def _failure_as_cause(low: str, bad: re.Match[str]) -> bool:
    """ "Our failure to maintain compliance with Nasdaq's continued listing requirements could result in
    the delisting of our Common Stock": a failure named as the subject of what could happen (a risk
    factor's heading), not a notice received."""
    if not bad.group().startswith(("fail", "non")):
        return False
    head = cues.clause_before(low, bad.start(), 60)
    return bool(_FAILURE_SUBJECT.match(head)) and _MODAL_VERB.search(low, bad.end(), bad.end() + 140) is not None


def _only_regained(low: str, bad: re.Match[str]) -> bool:
    """ "stating that it had regained compliance" with nothing still open in the same sentence (a
    "deficiency" it cured, or a non-compliance it recalls before saying it was cured)."""
    regained = _REGAINED.search(low)
    if regained is None or cues.negated(low, regained.start(), window=4) or "regain" in low[bad.start() : bad.end()]:
        return False
    return bad.group().startswith("deficien") or bad.start() < regained.start()


def rule_of(low: str) -> str:
    for name, rx in _RULES:
        if rx.search(low):
            return name
    return "listing standard"


def notice_identity(evidence: str) -> tuple[str, str, tuple[int, int, int] | None]:
    """(stage, standard, date) of a delisting finding's evidence: two findings with the same identity
    report the same notice (a later 10-Q repeating the 8-K's letter)."""
    low = cues.mask(cues.lower(evidence), _OTHER_SENSES)
    return statement_stage(low) or DEFICIENCY, rule_of(low), _notice_date(low)


_RECEIVED = cues.rx(r"\b(?:receiv\w*|notified|informed|advised)\b")
_DATE_RX = cues.rx(cues._DATE)


def _notice_date(low: str) -> tuple[int, int, int] | None:
    """The date of the letter: a date right after "received ... from Nasdaq" (the letter's own date
    when an announcement recalls it), else the last date before it ("On May 1, 2024, we received"; a release's dateline
    comes earlier: "Philadelphia, PA, March 24, 2023 -- ... announced that on March 17, 2023, ... the Company received"),
    else the first date of the sentence."""
    for m in _RECEIVED.finditer(low):
        line_end = low.find("\n", m.end())
        d = _DATE_RX.search(low, m.end(), m.end() + 90 if line_end == -1 else min(line_end, m.end() + 90))
        if d is not None:
            return cues.date_key(d.group())
        before = [b.group() for b in _DATE_RX.finditer(low, low.rfind("\n", 0, m.start()) + 1, m.start())]
        if before:
            return cues.date_key(before[-1])
    return cues.date_key(low)


def _notices(text: str, low: str) -> list[Notice]:
    """Every deficiency and regained-compliance statement of the text, with standard and date; none
    when no sentence says compliance was regained (then nothing was cured, and the rest is not read)."""
    seen: set[int] = set()
    cures = _statements(text, low, _CURE_WORDS, seen, regained_only=True)
    if not any(n.stage is None for n in cures):
        return []
    out = cures + _statements(text, low, ("listing", "delist", "deficien", *_FROM_EXCHANGE), seen)
    out.sort(key=lambda n: n.position)
    last_date: tuple[int, int, int] | None = None
    dated: list[Notice] = []
    for n in out:  # an undated statement happens when the one before it did
        last_date = n.date or last_date
        dated.append(replace(n, date=n.date or last_date))
    return dated


def _statements(
    text: str, low: str, words: tuple[str, ...], seen: set[int], *, regained_only: bool = False
) -> list[Notice]:
    """The statements of the sentences holding one of the words (each sentence once); with
    `regained_only`, only sentences that can say compliance was regained are read."""
    out: list[Notice] = []
    for word in words:
        i = low.find(word)
        while i != -1:
            s, e = sentence_at(text, i)
            if s not in seen and not (regained_only and _REGAINED.search(low, s, e) is None):
                seen.add(s)
                notice = _notice(low[s:e], s)
                if notice.rule != "-":
                    out.append(notice)
            i = low.find(word, max(e, i + 1))
    return out


def _notice(sentence: str, position: int) -> Notice:
    masked = cues.mask(sentence, _OTHER_SENSES)
    # a deficiency said to be cured is a cure, though the sentence names the deficiency and who told of it
    stage = None if _CURED.search(masked) else statement_stage(masked)
    regained = _REGAINED.search(masked)
    if stage is None and not (
        regained
        and not cues.negated(masked, regained.start(), window=4)
        and not cues.governed(masked, regained.start(), _MODALS)
    ):
        return Notice(None, "-", None, position)
    if stage is not None:
        return Notice(stage, rule_of(masked), _notice_date(masked), position)
    said = masked[regained.start() : regained.end()] if regained else ""
    return Notice(None, "all" if "all" in said else rule_of(masked), _notice_date(masked), position)


def _all_cured(notices: list[Notice]) -> bool:
    """Each deficiency is matched by a regained-compliance statement on the same standard (or on all of
    them) dated no earlier; and at least one such statement exists."""
    open_ = [n for n in notices if n.stage is not None]
    cured = [n for n in notices if n.stage is None]
    if not open_ or not cured:
        return False
    return all(any(_cures(c, n) for c in cured) for n in open_)


def _cures(cure: Notice, notice: Notice) -> bool:
    if cure.rule not in ("all", "listing standard", notice.rule) and notice.rule != "listing standard":
        return False
    if cure.date and notice.date:
        return cure.date >= notice.date
    # a story whose lede is the regained compliance recounts the notice after it: "IM Cannabis Corp. ... said it has regained
    # compliance with the minimum-bid price requirement ... The Nasdaq warned IM Cannabis (IMC) on Aug. 1, 2023, that ..."
    return cure.position > notice.position or cure.position < _LEDE


_LEDE = 400  # characters: the first sentence or two of a news story


def _facts(text: str, cand: Candidate) -> tuple[tuple[str, str], ...]:
    """Exchange, rule, cure period and deadline, from the evidence and the lines that follow it."""
    evidence = text[cand.start : cand.end]
    around = text[cand.start : min(len(text), cand.end + 900)]
    low = cues.lower(around)
    facts: list[tuple[str, str]] = []
    stage = next((s for s, sig in _STAGE_SIGNAL.items() if sig in cand.signals), DEFICIENCY)
    facts.append(("stage", stage))
    exchange = _EXCHANGE_NAME.search(evidence) or _EXCHANGE_NAME.search(around)
    if exchange:
        facts.append(("exchange", _exchange(exchange.group())))
    rule = _RULE_NAME.search(evidence) or _RULE_NAME.search(around)
    if rule:
        facts.append(("rule", " ".join(rule.group().split())))
    facts.append(("standard", rule_of(cues.lower(evidence))))
    length = _PERIOD_LENGTH.search(low)
    if length:
        facts.append(("compliance period", " ".join(around[length.start() : length.end()].split())))
    deadline = _DEADLINE.search(low)
    if deadline:
        facts.append(("deadline", " ".join(around[deadline.start(1) : deadline.end(1)].split())))
    return tuple(facts)


def _exchange(name: str) -> str:
    upper = name.upper()
    if "AMERICAN" in upper or "MKT" in upper or "AMEX" in upper or "ALTERNEXT" in upper:
        return "NYSE American"
    if "VENTURE" in upper:
        return "TSX Venture"
    if "NYSE" in upper or "NEW YORK" in upper:
        return "NYSE"
    return "Nasdaq" if "NASDAQ" in upper else name


DETECTOR = DelistingDetector()
