"""Table-driven cases for the distress-family kinds: going concern, bankruptcy, delisting notice,
auditor change and late filing. Every text is real: sentences and paragraphs of public SEC filings,
exchange pages and news items (the source of each is in the comment above it). Each row: an id, the
text, the new kinds it must raise (and so no other of the five; the first three kinds are held to
their own table).

Every detection bug becomes a row here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.detect import cues, delisting, detect

G, B, D, A, L = "going_concern", "bankruptcy", "delisting_notice", "auditor_change", "late_filing"
NEW = (G, B, D, A, L)
DEV2 = Path(__file__).parents[2].parent / "shared" / "corpus" / "dev2.jsonl"

CASES: list[tuple[str, str, set[str]]] = [
    # ---------------------------------------------------------------------------- auditor change, first rows
    # https://www.sec.gov/Archives/edgar/data/1240722/000114420407029667/v076777_ex16-1.htm (Solomon Technologies, 8-K
    # 2007): the agreed resignation reported as "would resign"
    ("parties-agreed-firm-would-resign", "The parties agreed that UHY would resign as the Company\u2019s auditors, effective immediately.", {A}),
    # https://www.cbp.com.au/insights/insights/2015/september/asic-relaxes-its-approach-to-change-of-auditors (law firm,
    # 2015): a regulator's rule on any auditor's resignation, a guide's title
    ("regulator-to-accept-resignation-of-auditors", "ASIC to accept resignation of auditors at any time if conditions are met", set()),
    (
        "regulator-consents-to-resignation-of-an-auditor",
        (
            "On 18 June 2015, ASIC made an announcement, ASIC Reduces red tape for changes of auditors, that it will now "
            "consent to the resignation of an auditor at any time if:"
        ),
        set(),
    ),
    ("guide-on-replacement-of-auditors", "Updated Regulatory Guide 26 on replacement of auditors", set()),
    # https://mail.caalley.com/new-update/international-news-listings/regulator-warns-hong-kong-companies-about-auditor-resignations
    # (news on Hong Kong's accounting regulator, 2022): resignations counted as cases, nobody's
    (
        "regulator-counts-late-resignation-cases",
        (
            "The regulator looked at auditor resignations from Dec. 1 of last year through the end of August and found that "
            "in around 60% of late resignation cases, a company whose financials were being audited made a generic "
            "statement saying it couldn\u2019t agree with its auditor on audit fees."
        ),
        set(),
    ),
    # https://si.frajer.net/readmsg.aspx?msgid=25457108 (Nasdaq's FAQ quoted on a message board): a company of a kind
    # "which files" for bankruptcy
    (
        "faq-a-nasdaq-company-which-files-for-bankruptcy",
        "This section discusses the listing implications for a NASDAQ company, which files for bankruptcy protection.",
        set(),
    ),
    # https://www.theedgesingapore.com/news/company-news/new-silkroutes-auditor-flags-concerns-amidst-discrepancies-accounts
    # (New Silkroutes Group, news, 2021): the auditor's doubt told as concerns flagged
    (
        "auditor-flagged-concerns-about-continuing-as-a-going-concern",
        (
            "Healthcare provider New Silkroutes Group\u2019s auditor has flagged some concerns about the company continuing "
            "as a going concern and says it is unable form an opinion."
        ),
        {G},
    ),
    # ---------------------------------------------------------------------------- going concern, news wordings
    # http://www.theage.com.au/business/red-flags-a-worry-20120925-26je6.html (Gunns, news, 2012): the auditor's paragraph
    # told as a warning; the company "goes into voluntary administration" is its insolvency case, as "entered voluntary
    # administration" is elsewhere here
    (
        "auditor-warned-of-its-ability-to-continue",
        (
            "The news comes as Tasmanian company Gunns goes into voluntary administration less than a year after KPMG "
            "warned of its ability to continue operating as a going concern."
        ),
        {G, B},
    ),
    # https://www.genomeweb.com/archive/solexa-stock-falls-12-percent-after-firm-discloses-solvency-doubts-made-accounta
    # (Solexa, news, 2005): the doubt about the ability "to remain solvent"
    (
        "substantial-doubt-over-ability-to-remain-solvent",
        "The accounting firm said Solexa's current financial position raises \"substantial doubt\" over its ability to remain solvent.",
        {G},
    ),
    # ---------------------------------------------------------------------------- going concern
    # sec.gov .../1662684/000110465920061643/R10.htm (10-K 2019)
    (
        "gc-conditions-indicate-substantial-doubt",
        ("These conditions indicate that there is substantial doubt about the Company's ability to continue as a "
        "going concern within one year after the financial statement issuance date."),
        {G},
    ),
    # sec.gov .../945828/000118518511002205/R14.htm (10-Q 2011): the milder "raises a doubt"
    (
        "gc-raises-a-doubt",
        ("We have historically incurred significant losses, which have resulted in a total retained deficit of "
        "$57,081,184 at September 30, 2011, which raises a doubt about our ability to continue as a going concern."),
        {G},
    ),
    # sec.gov .../352747/000143774913004467 (8-K Item 4.01 2013): the former auditor's qualification, stated after the
    # negated "no adverse opinion or disclaimer of opinion"
    (
        "gc-former-auditor-report-included-a-going-concern-qualification",
        ("The reports of Grant Thornton LLP on the consolidated financial statements of the Company as of and for the "
        "fiscal years ended December 31, 2011 and December 31, 2012 contained no adverse opinion or disclaimer of "
        "opinion and included a going concern qualification due to the Company’s financial position."),
        {G},
    ),
    # sec.gov .../1068874/000106887410000023 (8-K Item 4.01 2010): a paragraph "related to" the ability
    (
        "gc-former-auditor-report-paragraph-related-to-the-ability",
        ("UHY audited our financial statements for the fiscal years ended June 30, 2009 and 2008. The audit reports of "
        "UHY on our financial statements for those years contained an explanatory paragraph related to the ability of "
        "the Company to continue as a going concern."),
        {G},
    ),
    # sec.gov .../1497504/000143774922020233/R8.htm (10-Q 2022): "no assurance" in an earlier clause
    (
        "gc-no-assurance-which-creates-doubt",
        ("There is no assurance that such activities will result in any agreements or transactions that will enhance "
        "stockholder value or provide additional capital, which creates substantial doubt about the Company's ability "
        "to continue as a going concern for at least one year after the date that these financial statements are issued."),
        {G},
    ),
    # sec.gov .../1877939/000187793923000030/R23.htm (10-Q 2023): doubt about meeting obligations
    (
        "gc-meet-financial-obligations",
        ("In performing the first step of this assessment, we concluded that the scheduled principal and interest "
        "payments due in the next 12 months raise substantial doubt about our ability to meet our financial "
        "obligations as they become due."),
        {G},
    ),
    # ir.akoustis.com 10-Q 2017: "mitigate these risks" is another clause, not a resolved doubt
    (
        "gc-mitigate-in-another-clause",
        ("The Company is actively managing and controlling the Company's cash outflows to mitigate these risks; these "
        "matters raise substantial doubt about the Company's ability to continue as a going concern."),
        {G},
    ),
    # sec.gov .../1527096/000155837023014834/R8.htm (10-Q 2023): "substantial doubt" lost in rendering
    (
        "gc-words-lost-in-rendering",
        ("If the Company is unable to obtain additional capital, it would have a material adverse effect on the "
        "operations of the Company. These factors raiseabout the Company's ability to continue as a going concern."),
        {G},
    ),
    # NYSE American 610(b) release (dev2 american-lorain...): the opinion, without the word "doubt"
    (
        "gc-explanatory-paragraph-announced",
        ("As previously disclosed in its Annual Report on Form 10-K for the fiscal year ended December 31, 2016, the "
        "Company's audited financial statements contained a going concern explanatory paragraph in the audit opinion "
        "from its independent registered public accounting firm."),
        {G},
    ),
    # 10-K 2020 (dev2 cik1362190...): last year's paragraph recalled, the doubt alleviated
    (
        "gc-doubt-alleviated",
        ("Our independent registered public accounting firm expressed in its report on our financial statements for "
        "the years ended December 31, 2019 and 2018 that there was substantial doubt about our ability to continue as "
        "a going concern. Following the capital raise during the third quarter of 2020, we believe that the "
        "substantial doubt about our ability to continue as a going concern has been alleviated."),
        set(),
    ),
    # me2c 10-Q 2021 (ir.me2cenvironmental.com): what ASC 205-40 asks, not a conclusion
    (
        "gc-asc-205-40-evaluation-duty",
        ("Under ASC 205-40, Presentation of Financial Statements-Going Concern, the Company has the responsibility to "
        "evaluate whether conditions and/or events raise substantial doubt about its ability to meet its future "
        "financial obligations as they become due within one year after the date that the financial statements are "
        "issued."),
        set(),
    ),
    # mossadams.com on ASU 2014-15: the standard's definition
    (
        "gc-standard-definition",
        ("The standard clarifies that substantial doubt about an entity's ability to continue as a going concern exists "
        "when conditions and events, considered in the aggregate, indicate it's probable that the entity will be "
        "unable to meet its obligations as they become due within one year after the date the financial statements "
        "are issued."),
        set(),
    ),
    # unfoldingvalues.com auditor-change tool: a tool's example, no company
    ("gc-tool-example", "Prior report had a going-concern paragraph\nInputs: Modified opinion in the prior year.", set()),
    # dev.jsonl (first-american-scientific...): the doubt is about a joint venture, not the company
    (
        "gc-joint-venture-doubt",
        ("As of June 30, 2009, due to the lack of availability of audited financial reports, we concluded that there "
        "is doubt regarding the ability of the joint venture to operate as going concern."),
        set(),
    ),
    # 10-Q risk factor (dev2 cik812796...): hypothetical
    (
        "gc-risk-factor-could",
        ("If we are unable to raise additional capital, there could be substantial doubt about our ability to continue "
        "as a going concern."),
        set(),
    ),
    # london-se1.co.uk (news): the UK auditors' wording, reported
    (
        "gc-auditors-express-fundamental-uncertainty",
        ("Uncertainty over plans for London Town's high-rise development in Hopton Street has led auditors to express "
        "\"fundamental uncertainty over the group's ability to continue as a going concern\"."),
        {G},
    ),
    # ---------------------------------------------------------------- third held-out round (going concern)
    # sec.gov .../832489/000143774920022819/R10.htm (10-Q 2020): the qualification in quotes
    (
        "gc-quoted-going-concern-qualification",
        ("For the last several years the audit reports to our consolidated financial statements have included a "
        "\u201cgoing concern\u201d qualification, arising from our limited assets, our history of operating losses, and our "
        "continuing need for capital to conduct our"),
        {G},
    ),
    # ----------------------------------------------------------------- fourth held-out round (going concern)
    # Newsworthyai/press-release-archive ibn/2025/0512 (wire summary): the warning named by the report it is in
    (
        "gc-news-warning-in-latest-10k",
        ("NUBURU (NYSE American: BURU) has received a Notice of Noncompliance from NYSE Regulation for failing to meet "
        "the $2 million stockholders\u2019 equity requirement under Section 1003(a)(i) of the NYSE American Company "
        "Guide, following continued operating losses and a going concern warning in its latest 10-K."),
        {G, D},
    ),
    # ir.duostechnologies.com xbrl_doc_only/10399 (10-Q 2023): the doubt of earlier reports, since financed away
    (
        "gc-doubt-raised-in-previous-reports",
        ("The working capital surplus and accumulated deficit as of September 30, 2023, were $3,358,320 and "
        "$60,442,653, respectively. In previous financial reports, the Company had raised substantial doubt about "
        "continuing as a going concern. This was principally due to a lack of working capital prior to underwritten "
        "offerings and private placements which were completed during the second, third and fourth quarters of 2022 "
        "as well as the first and third quarters of 2023."),
        set(),
    ),
    # github CJCPAs construction-accounting database, going concern note templates: blanks to fill in
    (
        "gc-fill-in-template",
        ("### Template 1: Substantial Doubt Exists\n\n**Going Concern**\n\nThe accompanying financial statements have "
        "been prepared assuming the Company will continue as a going concern. As discussed below, certain conditions "
        "exist that raise substantial doubt about the Company's ability to continue as a going concern.\n\n"
        "*Conditions*\n\n- The Company incurred a net loss of $[AMOUNT] for the year ended [DATE]\n- The Company has "
        "negative working capital of $[AMOUNT] at [DATE]\n- The Company has an accumulated deficit of $[AMOUNT]"),
        set(),
    ),
    # ------------------------------------------------------------------------------- bankruptcy
    # 8-K Item 1.03, TXCO Resources (dev2 txco-resources...)
    (
        "bk-item-103-petitions",
        ("On May 17, 2009, TXCO Resources, Inc., a Delaware corporation (the \"Company\"), and its subsidiaries "
        "(collectively, the \"Debtors\") filed voluntary petitions for relief under chapter 11 of the United States "
        "Bankruptcy Code in the United States Bankruptcy Court for the Western District of Texas."),
        {B},
    ),
    # investorshub repost of an 8-K (June 2009)
    (
        "bk-voluntarily-initiated-proceedings",
        ("We have voluntarily initiated reorganization proceedings under Chapter 11 of the U.S. Bankruptcy Code in "
        "Delaware to implement this pre-negotiated restructuring plan in an efficient and timely manner."),
        {B},
    ),
    # sec.gov .../1220754/000122075425000086/R15.htm (10-Q 2025): a note written during the case
    (
        "bk-since-the-filing-of-the-cases",
        ("Since the filing of the Chapter 11 Cases on the Petition Date, the Company ceased accruing interest on all "
        "debt with the exception of the DIP Facility."),
        {B},
    ),
    # ca.advfn.com FRED 8-K Item 3.01 (2019): an exchange notice citing the company's own filing
    (
        "bk-exchange-notice-cites-own-cases",
        ("On September 9, 2019, the Company received a letter from the listing qualifications department staff of The "
        "Nasdaq Stock Market notifying the Company that, as a result of the Chapter 11 Cases and in accordance with "
        "Nasdaq Listing Rules 5101, 5110(b) and IM-5101-1, Nasdaq has determined that the Company's common stock will "
        "be delisted from Nasdaq."),
        {B, D},
    ),
    # bankruptcy-court opinion (dev2 cox-operating...): an involuntary petition
    (
        "bk-involuntary-petition",
        ("On Friday, May 12, 2023 Keystone Chemical, LLC and DLS, LLC (collectively, the \"Petitioning Creditors\") "
        "filed a petition in this Court initiating involuntary chapter 7 bankruptcy proceedings against the "
        "above-captioned putative debtor, Cox Operating, LLC."),
        {B},
    ),
    # naturalgasintel.com (2015): news wording, "U.S. Bankruptcy Court" inside the sentence
    (
        "bk-news-simultaneous-petitions",
        (
            "The company and its U.S. subsidiaries filed simultaneous voluntary petitions in U.S. Bankruptcy Court for "
            "the District of Delaware seeking Chapter 11 relief."
        ),
        {B},
    ),
    # naturalgasintel.com (2020): a named company that began voluntary proceedings
    (
        "bk-news-begun-voluntary-proceedings",
        (
            "Houston-based oilfield services (OFS) giant Superior Energy Services Co. has begun voluntary Chapter 11 "
            "proceedings before the U.S. Bankruptcy Court for the Southern District of Texas to implement a proposed "
            "pre-packaged restructure plan."
        ),
        {B},
    ),
    # sec.gov .../712770/000110465916137450/R17.htm (10-Q 2016): a tenant's filing
    (
        "bk-tenant-filed",
        ("On March 2, 2016, Sports Authority Inc., the tenant at the Company's Greenwood Village, Colorado property, "
        "filed for Chapter 11 bankruptcy protection and on June 30, 2016, such tenant vacated the property."),
        set(),
    ),
    # 10-K fiscal 2010 (dev2 astrotech-sea-launch...): a counterparty's filing, in a report written in the
    # company's own voice
    (
        "bk-counterparty-filed",
        ("We were paid under our contract with Sea Launch upon launch of each mission; therefore, revenues were "
        "delayed until the resumption of normal operations. As a result of the launch failure, the Company lost "
        "revenue on at least three launch missions either through cancellation or schedule delay. In June 2009, Sea "
        "Launch filed for Chapter 11 bankruptcy protection. We see no further method of recourse and now consider "
        "the matter closed."),
        set(),
    ),
    # leechtishman.com client alert: a customer's bankruptcy
    (
        "bk-customer-files",
        "You received a notice in the mail that a customer has filed bankruptcy. What should you do?",
        set(),
    ),
    # 10-K 2021 (dev2 cik1255474...): the case is history
    (
        "bk-emerged",
        ("On April 1, 2020, the Debtors commenced the Chapter 11 Cases. On August 14, 2020, the Bankruptcy Court "
        "confirmed the Plan. On September 1, 2020 the Debtors satisfied all conditions required for Plan "
        "effectiveness and emerged from the Chapter 11 Cases."),
        set(),
    ),
    # 8-K Item 5 (dev2 icsl-prepackaged...): a prepackaged plan being solicited, nothing filed yet
    (
        "bk-prepackaged-not-yet-filed",
        ("Once the Company has filed the prepackaged plan with the U.S. Bankruptcy Court, Debentureholders will need "
        "to obtain the permission of the Bankruptcy Court to change their votes."),
        set(),
    ),
    # sec.gov .../1499961/000143774925001816/R10.htm (10-K 2024): what could happen
    (
        "bk-could-seek-protection",
        ("Without additional funding, the Company may be unable to continue operations and could be required to seek "
        "bankruptcy protection within 30 days of the issuance of these financial statements."),
        set(),
    ),
    # ------------------------------------------------------------------ third held-out round (bankruptcy)
    # fox21online.com (AP, 2018): headlines in the present tense
    (
        "bk-headline-files-and-is-filing",
        "Sears Files for Chapter 11 Amid Plunging Sales, Massive Debt\nSears is Filing for Chapter 11 Bankruptcy Protection",
        {B},
    ),
    # totalbankruptcy.com business bankruptcy news 2009: a named filer behind an appositive
    (
        "bk-named-filer-after-appositive",
        ("General Motors Company (GM), a U.S. automaker based in Detroit Michigan, filed for a government-assisted "
        "Chapter 11 bankruptcy protection on June 1, 2009."),
        {B},
    ),
    # same page: "filed bankruptcy protection under Chapter 11"
    (
        "bk-filed-bankruptcy-protection-under",
        ("Philadelphia Media Holdings LLC (PMH), parent company to The Philadelphia Inquirer and the Philadelphia Daily "
        "News, filed bankruptcy protection under Chapter 11 in U.S. Bankruptcy Court in Philadelphia on Wednesday, "
        "June 10, 2009."),
        {B},
    ),
    # dailyherald.com (AP, 2020): "is seeking Chapter 11 bankruptcy protection"
    (
        "bk-is-seeking-protection",
        ("South American carrier Latam Airlines says it is seeking Chapter 11 bankruptcy protection as it grapples with "
        "the sharp downturn in air travel sparked by the coronavirus pandemic."),
        {B},
    ),
    # sec.gov .../849979/000089843204000485/ex99-1.txt (2004): statements headed with the debtor's status
    (
        "bk-statements-of-a-debtor-in-possession",
        ("WEIRTON STEEL CORPORATION AND SUBSIDIARIES DEBTOR-IN-POSSESSION AS OF MAY 19, 2003 UNAUDITED CONSOLIDATED "
        "CONDENSED STATEMENTS OF OPERATIONS AND COMPREHENSIVE LOSS (Dollars in thousands, except per share data)"),
        {B},
    ),
    # sec.gov .../98222/000156459017016833/R23.htm (10-Q 2017): the Debtors act next to the Bankruptcy Court, and
    # the Petition Date falls in the quarter, so the emergence mentioned without a date came after it
    (
        "bk-debtors-act-petition-in-the-quarter",
        ("SALE/LEASEBACK ARRANGEMENTS\n3 Months Ended\nJun. 30, 2017\nIn connection with the restructuring "
        "contemplated by the Prepackaged Plan, the Debtors filed a motion seeking to reject all Sale Leaseback "
        "Agreements. Pursuant to an order by the Bankruptcy Court in May 2017, the Sale Leaseback Agreements for all 16 "
        "leased vessels were rejected. Claims of sale leaseback parties related to the rejection of these contracts by "
        "the company remain unresolved as of the date of the company\u2019s emergence from bankruptcy. Included in gain "
        "on asset dispositions, net for the quarter ended June 30, 2017, are $3 million of deferred gains from sale "
        "leaseback transactions which reflects gains recognized through the Petition Date of May 17, 2017."),
        {B},
    ),
    # https://www.sec.gov/Archives/edgar/data/1282648/000155837020003121/R8.htm (10-K 2019): petition and emergence
    # both inside the year the note covers, so the case was an event of that year, not past history
    (
        "bk-filed-and-emerged-within-the-year",
        ("REORGANIZATION\n12 Months Ended\nDec. 31, 2019\nOn August 7, 2019, the Company filed voluntary petitions for "
        "relief under chapter 11 of the Bankruptcy Court to effect an accelerated prepackaged bankruptcy restructuring "
        "as contemplated in the Restructuring Support Agreement. The Company continued to operate its businesses as "
        "debtors-in-possession under the jurisdiction of the Bankruptcy Court and in accordance with the applicable "
        "provisions of the United States Bankruptcy Code and orders of the Bankruptcy Court. On September 24, 2019, "
        "the Bankruptcy Court entered an order confirming the Plan and on October 8, 2019 (the Effective Date), the "
        "Company emerged from chapter 11 bankruptcy."),
        {B},
    ),
    # it.advfn.com: Cano Health 8-K (2024), a monthly operating report that never says "bankruptcy"
    (
        "bk-monthly-operating-report-of-the-debtors",
        ("Part 5: Professional Fees and Expenses\nThe Debtors did not make any payments to any restructuring "
        "professionals or committee professionals (whether retained or anticipated to be retained) during the "
        "Reporting Period.\nPart 6: Postpetition Taxes\nIn the ordinary course of business, the Debtors are obligated "
        "to pay certain taxes and governmental fees."),
        {B},
    ),
    # sujpandya.blogspot.com (2023): the debtor of the law, in lower case
    (
        "bk-the-debtor-of-an-explainer",
        ("The debtor will usually continue operations through directors, officers, and key personnel who served in "
        "those roles before the debtor commenced bankruptcy proceedings."),
        set(),
    ),
    # dodd-frank.com guide (2020): what 8-Ks typically report
    (
        "bk-what-filings-commonly-include",
        ("Other required items commonly included are reporting of entry into debtor-in-possession financing "
        "arrangements and automatic acceleration of indebtedness caused by filing the bankruptcy petition."),
        set(),
    ),
    # thevclawgroup.com: an involuntary petition against anyone
    (
        "bk-involuntary-against-a-company-or-individual",
        ("When creditors file an involuntary proceeding against a company or individual, it can be quite daunting "
        "for the party being forced into bankruptcy."),
        set(),
    ),
    # kreuzer33.wordpress.com (Reuters, 2009): a filing that is only likely
    (
        "bk-would-likely-file",
        ("Reader\u2019s Digest Association Inc., the of Reader\u2019s Digest magazine, said today that it would likely "
        "file for Chapter 11 bankruptcy."),
        set(),
    ),
    # ------------------------------------------------------------------ fourth held-out round (bankruptcy)
    # thestreet.com (2020): the abbreviated chapter, "Ch. 11", inside one sentence
    (
        "bk-filed-for-ch-11",
        ("Chesapeake Energy Corp.  (CHK) - Get Report said Sunday that it has filed for Ch. 11 bankruptcy in the "
        "Southern District of Texas."),
        {B},
    ),
    # cloudfront news copy (2024): the company's own filing named with "its"
    (
        "bk-just-before-its-chapter-11-filing",
        "The company abruptly closed 48 restaurants just before its Chapter 11 filing.",
        {B},
    ),
    # honglaw.com blog: the papers are the petition
    (
        "bk-filed-paperwork-to-seek-protection",
        ("On November 5, the Hawaii-based company, Big Island Carbon LLC, filed the necessary paperwork in order to "
        "seek Chapter 7 bankruptcy protection."),
        {B},
    ),
    # southbaylawfirm.com: Chapter 15 recognition obtained
    (
        "bk-obtained-chapter-15-recognition",
        ("CPI Plastics \u2013 CPI Plastics Group Ltd., which previously obtained recognition in the Bankruptcy Court "
        "for the District of Wisconsin in order to protect its primary US asset \u2013 a films plant in Pleasant "
        "Prairie, Wis. \u2013 is now up for sale."),
        {B},
    ),
    # tagalliances.com: the usual first-day motions, in any case
    (
        "bk-most-common-first-day-motions",
        ("The most common first day motions include (1) Motion to Use Cash Collateral; (2) Motion to Pay Pre-Petition "
        "Wages; (3) Motion for Order Authorizing Payment of Critical Vendors, and (4) Motion for Debtor-in-Possession "
        "Financing."),
        set(),
    ),
    # coveringcredit.com: a condition on any company
    (
        "bk-when-a-parent-company-files",
        ("In many cases, when a parent company files for bankruptcy protection its subsidiaries also file for "
        "bankruptcy protection."),
        set(),
    ),
    # bcm.nacm.org blog (2018): the company's own case as "its Ch. 11 filing"
    (
        "bk-success-in-its-ch-11-filing",
        ("Unlike the Chapter 11 bankruptcy whirlwind that struck Toys R Us more than a year ago, Sears is finding success "
        "in its Ch. 11 filing after the U.S. Bankruptcy Court approved the department store's plan to \"stay in business "
        "and sell itself.\""),
        {B},
    ),
    # chicagotribune.com (2018): the plan is the closing; the filing is dated, after the fact
    (
        "bk-plans-to-shutter-after-seeking-protection-last-week",
        ("Hoffman Estates-based Sears Holdings Corp. announced plans to shutter those locations shortly after seeking "
        "Chapter 11 bankruptcy protection last week as part of its plan to reorganize its business around a smaller "
        "group of profitable stores."),
        {B},
    ),
    # americanfaith.com (2024): the named filer's trade in an appositive is not a counterparty
    (
        "bk-named-filer-a-discount-retailer",
        "Big Lots, a popular discount retailer, has filed for Chapter 11 bankruptcy protection.",
        {B},
    ),
    # cvhsscribe.com (2024): a case converted to Chapter 7
    (
        "bk-converted-chapter-11-to-chapter-7",
        ("The company converted its Chapter 11 bankruptcy to Chapter 7 liquidation, as stated in an October 7 "
        "announcement on LinkedIn."),
        {B},
    ),
    # sec.gov .../712770/000110465917050178/R16.htm (10-Q 2017): tenants' filings in a landlord's note
    (
        "bk-tenants-at-four-properties-filed",
        ("Such bad debt expense related to rental income and tenant reimbursements due from tenants at four properties "
        "that filed for Chapter 11 bankruptcy protection."),
        set(),
    ),
    # lawinsider.com: an involuntary case in a contract's list of defaults
    (
        "bk-involuntary-case-not-dismissed-within",
        ("Bankruptcy, etc. The Parent or any of its Subsidiaries shall commence a voluntary case concerning itself "
        "under Title 11 of the United States Code entitled \u201cBankruptcy,\u201d as now or hereafter in effect, or any "
        "successor thereto (the \u201cBankruptcy Code\u201d); or an involuntary case is commenced against the Parent or "
        "any of its Subsidiaries and the petition is not controverted within 10 days after service of summons, or is "
        "not dismissed within 60 days, after commencement of the case."),
        set(),
    ),
    # ------------------------------------------------------------------------ delisting notice
    # marketscreener T2 Biosystems 8-K Item 3.01 (2022)
    (
        "dl-mvls-deficiency-letter",
        ("On July 22, 2022, the Company received a letter (the \"Nasdaq Staff Deficiency Letter\") from The Nasdaq Stock "
        "Market LLC (\"Nasdaq\") indicating that, for the last thirty-five consecutive business days, the Market Value "
        "of Listed Securities had been below the $35 million minimum requirement for continued listing on The Nasdaq "
        "Capital Market under Nasdaq Listing Rule 5550(b)(2)."),
        {D},
    ),
    # 10-K note (dev2 cik1211805...): a Staff determination
    (
        "dl-staff-determination",
        ("On July 23, 2019, the Company received notice from the Staff that, based upon the Company's continued "
        "non-compliance with the Rule, the Staff had determined to delist the Company's common stock from Nasdaq "
        "unless the Company timely requests a hearing before the Nasdaq Hearings Panel."),
        {D},
    ),
    # sec.gov .../1078207/000107820724000019/R11.htm (10-Q 2023): NYSE price and market-cap notices
    (
        "dl-nyse-802-01c",
        ("On September 21, 2023, we received notice from the New York Stock Exchange (the \"NYSE\") that we were not in "
        "compliance with the continued listing standard set forth in Section 802.01C of the NYSE's Listed Company "
        "Manual because the average closing price of our common stock was less than $1.00 per share over a "
        "consecutive 30 trading-day period."),
        {D},
    ),
    # 8-K Item 3.01 (dev2 horizon-financial...-regained-compliance-2008): only regained compliance
    (
        "dl-regained-compliance-letter",
        ("On July 18, 2008, the Board of Directors of Horizon Financial Corp. announced that it had received a letter "
        "from the Nasdaq Stock Market on July 15, 2008 stating that the Company had not been in compliance with the "
        "audit committee requirements contained in Nasdaq Marketplace Rule 4350(d)(2) when Fred R. Miller retired. "
        "Horizon received a letter from the NASDAQ Stock Market on July 15, 2008, stating that it had regained "
        "compliance with the listing requirements as a result of Mr. Haggen's appointment."),
        set(),
    ),
    # sec.gov .../1063537/000143774922025781/R19.htm (10-Q 2022): the notice, then the matter closed
    (
        "dl-notice-then-closed",
        ("On September 15, 2021, we received a notification letter from The Nasdaq Stock Market LLC (Nasdaq) "
        "indicating that we have failed to comply with the minimum bid price requirement of Nasdaq Listing Rule "
        "5550(a)(2). On September 12, 2022, Nasdaq notified us that we had regained compliance with the minimum bid "
        "price requirement and the matter was closed."),
        set(),
    ),
    # 8-K Item 3.01 via publicnow (dev2 unnamed-issuer...equity-rule...): one cured, a later one open
    (
        "dl-new-deficiency-after-a-cure",
        ("On November 20, 2024, the Company received a letter from the Nasdaq Staff stating that the Company was no "
        "longer in compliance with the minimum $2.5 million stockholders' equity requirement for continued listing on "
        "the Nasdaq Capital Market under Nasdaq Listing Rule 5550(b)(1). On October 29, 2024, the Company was notified "
        "by Staff that it had regained compliance with the Bid Price Rule."),
        {D},
    ),
    # 8-K Item 3.01 (dev2 horizon-financial...-mvphs...): what would follow
    (
        "dl-if-not-cured-will-be-delisted",
        ("If compliance with the Rule cannot be demonstrated by March 22, 2010, NASDAQ will provide the Company written "
        "notification that the Company's securities will be delisted, at which time the Company may appeal the "
        "determination."),
        set(),
    ),
    # experts123.com Nasdaq FAQ: rule text
    (
        "dl-faq-determination-letter",
        ("A listed company that has received a delisting determination letter from NASDAQ may appeal that determination "
        "by requesting a hearing."),
        set(),
    ),
    # trade-press item (dev2 syms-voluntary...): a voluntary delisting
    (
        "dl-voluntary-delisting",
        ("Syms Corp. said it will voluntarily delist its common stock from the New York Stock Exchange and deregister "
        "to save compliance costs."),
        set(),
    ),
    # sec.gov XBRL R page of a 10-Q (2020): the rendering drops the space after "not"
    (
        "dn-xbrl-notsatisfied-notin-compliance",
        ("In\nSeptember 2019,the Company received a letter from Nasdaq stating that its share price had\nnotsatisfied the "
        "continued listing requirement to maintain a minimum bid price of\n$1.00per share, as set forth in Nasdaq Listing "
        "Rule\n5550(a)(\n2)."),
        {D},
    ),
    (
        "dn-xbrl-notin-compliance-equity",
        ("On\nMay 18, 2020the Company received a notice (the \u201cNotice\u201d) from the Staff of the Listing "
        "Qualifications Department (the \u201cStaff\u201d) of The Nasdaq Capital Market LLC (\u201cNasdaq\u201d) "
        "indicating the Company was\nnotin compliance with Nasdaq Listing Rule\n5550(b)(\n1) because, the Company did\n"
        "nothave a minimum of\n$2,500,000in stockholders' equity for continued listing on Nasdaq."),
        {D},
    ),
    # -------------------------------------------------------------- fourth held-out round (delisting notice)
    # Newsworthyai/press-release-archive newmediawire/2025/0226: the notice named after its receipt
    (
        "dl-delisting-notice-which-was-received",
        ("OCOEE, FL - February 26, 2025 (NEWMEDIAWIRE) - iCoreConnect Inc. (NASDAQ: ICCT), a leading provider of "
        "cloud-based software and technology solutions, formally filed a Hearing Request with the Nasdaq on February "
        "25, 2025 with respect to its Delisting Notice which was received on February 18, 2025 in regards to its "
        "shareholders\u2019 equity."),
        {D},
    ),
    # Newsworthyai/press-release-archive ibn/2025/0827 (wire summary): Nasdaq's late-filing letter by its name
    (
        "dl-additional-delinquency-notice",
        ("Greenwave Technology Solutions (NASDAQ: GWAV), an operator of metal recycling facilities in Virginia, North "
        "Carolina, and Ohio, announced that it has received an additional delinquency notice from Nasdaq following the "
        "delayed filing of its Quarterly Report on Form 10-Q for the period ended June 30, 2025."),
        {D, L},
    ),
    # stocktitan.net filing summary (American Strategic Investment Co., 8-K): the exchange accepted a compliance plan
    (
        "dl-exchange-accepted-compliance-plan",
        ("American Strategic Investment Co. announced that the New York Stock Exchange has accepted its business plan "
        "to regain compliance with the NYSE continued listing standards under Section 802.01B of the NYSE Listed "
        "Company Manual."),
        {D},
    ),
    # everyday-cc/ai _news 2021-11-25 (Kiromic BioPharma release): Nasdaq's late-filing letter named by its subject
    (
        "dl-notice-from-nasdaq-regarding-late-filing",
        ("Kiromic BioPharma Announces Receipt of Notice from Nasdaq Regarding Late Filing of Quarterly Report on Form "
        "10-Q\nKiromic BioPharma, Inc. (NASDAQ: KRBP) (\u201cKiromic\u201d or the \u201cCompany\u201d), a clinical-stage "
        "fully integrated biotherapeutics company using its proprietary DIAMOND \u00ae artificial intelligence (AI) and "
        "big data mining platform to discover and develop cell and gene therapies"),
        {D, L},
    ),
    # washingtontimesnewstoday.com (Super Micro Computer, 2024): the exchange's warning letter
    (
        "dl-warning-letter-from-nasdaq",
        ("Supermicro previously disclosed that it received a warning letter from the Nasdaq saying it had until Nov. 16, "
        "to file or submit a plan."),
        {D},
    ),
    # mailtw.org: a lender's delinquency notice (another sense)
    (
        "dl-lender-delinquency-notice",
        ("A delinquency notice is a formal letter or notification sent by a creditor or lender to a borrower or "
        "customer who has failed to make timely payments on a debt or loan. Tax debt: If you owe back taxes to the "
        "government, you may receive a delinquency notice from the IRS or your state tax authority."),
        set(),
    ),
    # tipranks.com (a 10-Q's risk factors, 2023): a letter named by the standard it is about, still open after a
    # cured bid-price letter
    (
        "dn-stockholders-equity-deficiency-letter-after-cured-bid-price",
        ("On September 27, 2023, we received a letter from Nasdaq notifying us that the Staff had determined that the "
        "closing bid price of our common stock had been at $1.00 per share or greater for at least 10 consecutive "
        "business days and, accordingly, that we had regained compliance with the Bid Price Requirement. On May 18, "
        "2023, we received the Stockholders' Equity Deficiency Letter from the Staff that we no longer satisfied the "
        "Equity Requirement."),
        {D},
    ),
    # genomeweb.com (news blurbs): "the firm" is the company, "falls short of a listing requirement" is the deficiency
    (
        "dn-suspension-results-from-the-firms-failure",
        ("The suspension results from the firm's failure to comply with Nasdaq listing requirements covering "
        "stockholders' equity and market capitalization."),
        {D},
    ),
    (
        "dn-told-it-falls-short-of-a-listing-requirement",
        ("The company has been told by Nasdaq that it falls short of a listing requirement for at least $2.5 million in "
        "stockholders' equity."),
        {D},
    ),
    # ---------------------------------------------------------------------------- auditor change
    # 8-K Item 4.01, Pericom (dev2 pericom-deloitte...)
    (
        "ac-firm-resigned",
        ("On February 16, 2006, Deloitte & Touche LLP (\"Deloitte\") informed management and the Audit Committee of "
        "Pericom Semiconductor Corporation (the \"Company\") that it had resigned as the independent registered public "
        "accounting firm for the Company effective immediately."),
        {A},
    ),
    # content.edgar-online.com CIRCOR 8-K Item 4.01 (2020)
    (
        "ac-company-dismissed",
        ("(a) On June 4, 2020, CIRCOR International, Inc. (the \"Company\") dismissed PricewaterhouseCoopers LLP "
        "(\"PwC\") as its independent registered public accounting firm."),
        {A},
    ),
    # N-CSR exhibit (dev2 cik1521971-kpmg...)
    (
        "ac-declined-to-stand",
        ("On February 28, 2018, KPMG LLP (\"KPMG\") declined to stand for re-election as the independent registered "
        "public accounting firm to the Registrant."),
        {A},
    ),
    # publicnow TechPrecision 8-K Item 4.01 (2024): resignation after the firm sold its practice
    (
        "ac-resigned-after-practice-sale",
        ("On November 20, 2024, Marcum resigned as auditors of the Company and with the approval of the Audit "
        "Committee of the Company's Board of Directors, CBIZ CPAs P.C. was engaged as the Company's independent "
        "registered public accounting firm."),
        {A},
    ),
    # GPO Regulation S-K Item 304: rule text naming the alternatives
    (
        "ac-regulation-s-k-304",
        ("(i) State whether the former accountant resigned, declined to stand for re-election or was dismissed and "
        "the date thereof."),
        set(),
    ),
    # wowlw.com guide
    (
        "ac-guide-resignation-or-dismissal",
        ("An auditor's resignation or dismissal triggers Item 4.01 of Form 8-K, which requires disclosure of detailed "
        "information enumerated in Item 304(a) of Regulation S-K."),
        set(),
    ),
    # capedge ATO 8-K Item 5.07 (2022): ratification of the same auditor
    (
        "ac-ratification",
        ("Proposal No. 2: The appointment of Ernst & Young LLP as the company's independent registered public "
        "accounting firm for fiscal 2022 was ratified by our shareholders."),
        set(),
    ),
    # an 8-K Item 5.02 wording: a director, not the auditor
    (
        "ac-director-resigned-from-audit-committee",
        "On March 3, 2022, John Smith resigned from the Board of Directors and as a member of the Audit Committee.",
        set(),
    ),
    # -------------------------------------------------------------- third held-out round (auditor change)
    # capedge.com: Odyssey Marine proxy (2021), a dismissal reported in a ratification proposal
    (
        "ac-decision-to-terminate-their-services",
        ("On January 21, 2020, the Company notified Ferlita, Walsh, Gonzalez & Rodriguez, P.A (\u201cFerlita\u201d) of "
        "its decision to terminate their services as the independent registered public accounting firm of the "
        "Company."),
        {A},
    ),
    # sec.gov .../1005501/000119312504036390/dex232.htm (10-K exhibit 2004)
    (
        "ac-determined-it-would-not-engage",
        ("On April 16, 2002, the Company\u2019s board of directors determined that it would not engage Arthur Andersen "
        "LLP (\u201cArthur Andersen\u201d) to serve as its independent auditors and on June 14, 2002 engaged Deloitte & "
        "Touche LLP to serve as its independent auditors for the fiscal year ending December 31, 2002."),
        {A},
    ),
    # sec.gov .../1080056/000081120603000003/ts10k-e23_2.htm (10-K exhibit 2003): the dismissal as a noun
    (
        "ac-termination-of-the-engagement",
        ("In March 2002, the Company appointed Ernst & Young LLP as its independent auditors following the "
        "termination of the engagement of Arthur Andersen LLP (\"Andersen\")."),
        {A},
    ),
    # muhaz.org: an Australian review of auditor regulation (a title, and reasons for resigning)
    (
        "ac-title-and-reasons-for-resigning",
        ("Removal and Resignation of Auditors\n771. Any proposal to remove the auditor from office should be the "
        "subject of a continuous disclosure notice to be filed with the ASX and/or the ASC, on the basis that it is "
        "\u2018material\u2019 information. Similarly any resignation by an auditor should be the subject of a continuous "
        "disclosure notice which contains a statement of the auditor\u2019s reasons for resigning."),
        set(),
    ),
    # ---------------------------------------------------------------- fourth held-out round (auditor change)
    # sec.gov .../793158/000002780104000005/lncschanges.txt (N-SAR 77K, 2003): hard-wrapped lines, the firm's
    # name on the line after the verb
    (
        "ac-not-retain-wrapped-lines",
        ("77K.\n\nAPPOINTMENT OF NEW\nINDEPENDENT AUDITORS\nThe Audit Committee and the Board of\nDirectors decided "
        "not to retain\nPricewaterhouseCoopers LLP for the 2003\nfiscal year and, instead,\napproved the appointment "
        "of Ernst & Young\nLLP as the Fund's independent\nauditors on February 25, 2003."),
        {A},
    ),
    # financialexpress.com (2019): what a resigning auditor must do
    (
        "ac-duty-to-furnish-reasons",
        ("The registrar of companies (RoC) has recently tightened norms by asking auditors to explain the specific "
        "reasons for tendering resignations as ambiguous reasons like \u2018pre-occupation\u2019 are untenable. On "
        "resigning, the auditor is required to file a return in e-form \u2018ADT-3\u2019 with the RoC concerned and is "
        "required to furnish the reasons for the resignation."),
        set(),
    ),
    # moomoo.com community repost of a news item (Hopson Development, 2023): "has agreed to resign"
    (
        "ac-agreed-to-resign",
        ("Property developer Hopson Development Holdings said PricewaterhouseCoopers has agreed to resign as the "
        "company\u2019s auditor, effective January 27, after they could not reach a consensus on the audit fee for the "
        "financial year ended Dec. 31."),
        {A},
    ),
    # ebookskenya.com exam question (a fictitious company): a question asks, it reports nothing
    (
        "ac-exam-question-about-a-resignation",
        ("However, Smith & Co. Associates have decided that they do not have the necessary resources to audit the "
        "enlarge company.Required: How any a casual vacancy arising from the resignation of present auditors be filled "
        "and what procedures are necessary before the company\u2018s next annual general meeting at which the "
        "appointment will be presented for ratification?"),
        set(),
    ),
    # uslegalforms.com (District of Columbia form page): kinds of resignation letters, no firm and no client named
    (
        "ac-kinds-of-resignation-letters",
        ("A resignation letter is a formal document written by an accounting firm to notify a client in the District "
        "of Columbia of their decision to resign as auditors. This letter serves as a professional way of terminating "
        "the client-auditor relationship and expresses the reasons prompting such a resignation. 1. Voluntary "
        "Resignation Letter: This type of resignation letter is drafted when the accounting firm willingly decides to "
        "resign as the auditors for the client."),
        set(),
    ),
    # ------------------------------------------------------------------------------ late filing
    # sec.gov .../1042798/000136231008002856/c73439nt10vq.htm (NT 10-Q 2008), Part III
    (
        "lf-nt-narrative",
        ("The Registrant is unable to file its Form 10-Q for the fiscal quarter ended March 31, 2008 in a timely manner "
        "because the Registrant has not received financial statements from an entity in which a subsidiary of the "
        "Registrant holds an interest."),
        {L},
    ),
    # eWEEK item (dev2 apple-delays...)
    (
        "lf-will-delay-annual-report",
        ("Apple Computer has told the U.S. Securities and Exchange Commission that it will delay filing its annual "
        "report as the company continues to investigate how stocks were distributed to top executives."),
        {L},
    ),
    # sec.gov .../1065860/000110465913058364/R17.htm (10-Q 2012)
    (
        "lf-would-be-delayed-and-5250c",
        ("On August 21, 2012, the Company announced that the filing of its Quarterly Report on Form 10-Q for the "
        "quarter ended June 30, 2012 would be delayed because of its previously disclosed internal investigation."),
        {L},
    ),
    # Nasdaq Listing Council decision (dev2 nasdaq-listing-council-2017-3...)
    (
        "lf-delinquent-in-filing",
        ("Issue: At issue is whether the company should remain listed notwithstanding the fact that it was delinquent "
        "in filing its annual report and several quarterly filings."),
        {L},
    ),
    # capedge SCPX NT 10-Q (2023): the Part IV check box answers "Yes" but Part III says late
    (
        "lf-nt-with-yes-box",
        ("The Company is unable to file its Quarterly Report on Form 10-Q for its quarter ended September 30, 2023 by "
        "the prescribed date without unreasonable effort or expense because the Company requires additional time to "
        "evaluate the valuation of certain assets classified as held for sale.\n"
        "(2) Have all other periodic reports required under Section 13 or 15(d) of the Securities Exchange Act of 1934 "
        "been filed? If the answer is no, identify report(s).\nx Yes No"),
        {L},
    ),
    # 10-QSB cover (dev2 cape-systems...): the check box
    (
        "lf-cover-filed-all-reports",
        ("Check whether the issuer (1) filed all reports required to be filed by Section 13 or 15(d) of the Exchange Act "
        "during the past 12 months, and (2) has been subject to such filing requirements for the past 90 days. "
        "Yes [X] No [ ]"),
        set(),
    ),
    # filingradar.app glossary
    (
        "lf-glossary",
        "Filing an NT 10-K grants an automatic 15-day extension; companies must explain why the filing is delayed.",
        set(),
    ),
    # sec-api.io dataset page
    (
        "lf-dataset-description",
        ("Each record corresponds to one EDGAR submission of Form NTN 10K - a notification that the registrant could "
        "not file its annual report on time and that the notification itself was filed after the one-business-day "
        "Rule 12b-25 deadline."),
        set(),
    ),
    # 12b25.com: Rule 12b-25(b)
    (
        "lf-rule-text-deemed-filed",
        (
            "(b) With respect to any report or portion of any report described in paragraph (a) of this section which is "
            "not timely filed because the registrant is unable to do so without unreasonable effort or expense, such "
            "report shall be deemed to be filed on the prescribed due date for such report if:"
        ),
        set(),
    ),
    # 12b25.com: Rule 12b-25
    (
        "lf-rule-text",
        ("240.12b-25 Notification of inability to timely file all or any required portion of a Form 10-K, 20-F, 11-K, "
        "N-CEN, N-CSR, 10-Q, or 10-D."),
        set(),
    ),
    # a risk factor (test_detect_cases: late-filers-may-trigger-default-provisions)
    ("lf-risk-factor", "Delays in filing our periodic reports could result in a default under our indenture.", set()),
    # shacklemedia.com (2023): "will miss a March 16 deadline to file its already-delayed annual report"
    (
        "lf-will-miss-a-deadline",
        ("Shares of troubled lender Silvergate (SI) fell 57% on Thursday after the company said late Wednesday it will "
        "miss a March 16 deadline to file its already-delayed annual report."),
        {L},
    ),
    # datacenterdynamics.com (2024): the deadline only as "on time", after "will not be able to file"
    (
        "lf-will-not-be-able-to-file-on-time",
        ("Supermicro has told the Securities and Exchange Commission that it will not be able to file its quarterly "
        "report (Form 10-Q) on time."),
        {L},
    ),
    # sec.gov NT 10-K (General Motors, 2010), Part III: a closed period's report that cannot be filed, and why
    (
        "lf-unable-to-file-annual-report-because",
        ("The company is unable to file its Annual Report on Form 10-K for the fiscal year ended December 31, 2009 "
        "because it is still finalizing its fresh-start adjustments required by generally accepted accounting "
        "principles."),
        {L},
    ),
    # sec.gov NT 10-K (2024), Part III: the filing is one of the things a resignation delayed
    (
        "lf-caused-a-delay-in-the-audit-and-the-filing",
        ("The company's previous independent registered public accounting firm resigned, and the onboarding of a new "
        "audit team to familiarize itself with the company's accounting and financial processes caused a delay in the "
        "completion of the public company audit and the filing of the annual report on Form 10-K."),
        {L, A},
    ),
    # gpo.gov Federal Register (2014): an exchange's rule filing about late filers
    (
        "lf-proposed-rule-change-on-late-filing",
        ("Self-Regulatory Organizations; New York Stock Exchange LLC; Notice of Filing of Proposed Rule Change Amending "
        "Its Continued Listing Requirements in Relation to the Late Filing of a Company's Annual Report With the "
        "Securities and Exchange Commission as set Forth in Section 802.01E of the Exchange's Listed Company Manual"),
        set(),
    ),
    # practicallaw.com (2014): the exchange's procedure told in the present
    (
        "lf-exchange-monitors-the-delinquent-report",
        ("During the six-month period from the date of delinquency, the NYSE monitors the company and the status of the "
        "delinquent annual report, including through contact with the company, until the delinquency is cured."),
        set(),
    ),
    # lexata.ca (an OSC revocation order, 2023): a Canadian issuer's annual financial statements not filed
    (
        "lf-failure-to-file-annual-financial-statements",
        ("The initial cease trade order was issued due to the company's failure to file required continuous disclosure "
        "documents, including audited annual financial statements and management's discussion and analysis (MD&A) for "
        "the year ended April 30, 2012, and subsequent periods."),
        {L},
    ),
    # ---------------------------------------------------------- second held-out round (real texts)
    # sec.gov .../911149/000110465903027363/a03-5851_18k.htm (8-K old Item 4, 2003): no "doubt" words
    (
        "gc-qualification-as-to-ability",
        ("The audit reports of D&T on the financial statements of the Registrant as of and for the last "
        "two fiscal years ended December 31, 2002, neither contained any adverse opinion or disclaimer "
        "of opinion, nor were these opinions qualified or modified as to uncertainty, audit scope or "
        "accounting principles; except that the audit report on the financial statements for the fiscal "
        "year ended December 31, 2002, contained a qualification as to the Registrant's ability to "
        "continue as a going concern."),
        {G},
    ),
    # stockhouse.com bullboard t.pyr (auditor's report quoted, 2023): the IFRS formula's "may" is not a hedge
    (
        "gc-ifrs-material-uncertainty-may-cast",
        ("These conditions, along with other matters as set forth in Note 2, indicate the existence of a "
        "material uncertainty that may cast significant doubt about the Companys ability to continue "
        "operating as a going concern."),
        {G},
    ),
    # github.com/CJCPAs/CJCPAs-Ultimate-Construction-Accounting-Database
    # docs/07-financial-statement-footnotes/16-Going-Concern.md: the no-doubt template
    (
        "gc-no-conditions-exist-that-raise",
        ("Based on its evaluation, management has concluded that no conditions or events exist that "
        "raise substantial doubt about the Company's ability to continue as a going concern."),
        set(),
    ),
    # sec.gov .../872548/000110465903007607/j9985_8k.htm (Furr's 8-K Item 3, 2003)
    (
        "bk-old-item-3-petition",
        ("Item 3. Bankruptcy or Receivership\nOn January 3, 2003, Furr's Restaurant Group, Inc. (the "
        '"Company"), together with its principal operating subsidiary, Cafeteria Operators, L.P. '
        '("COLP"), filed a voluntary petition for reorganization under Chapter 11 of the Federal '
        "Bankruptcy Code in the United States Bankruptcy Court for Northern District of Texas, Dallas "
        "Division, case number 03-30179-HDH-11."),
        {B},
    ),
    # m.chainstoreage.com topic page "Chapter 11, Title 11, United States Code" (2014): a news item's subject
    (
        "bk-news-named-filer",
        ("Denver -- Quiznos on Friday filed for Chapter 11 bankruptcy protection to reduce its debt. The "
        "sandwich chain said it filed after reaching a deal to cut its debt by more than $400 million, "
        "or about two-thirds."),
        {B},
    ),
    # sec.gov .../1580864 10-K 2024 (prepackaged case): emerged after the balance-sheet date, pending at it
    (
        "bk-emerged-after-the-period",
        ("As discussed in Note 1 — Description of Business and Basis of Presentation, on November 13, "
        "2024, the Company, and in the context of the Prepackaged Chapter 11 Case, the Debtor, "
        "commenced the Prepackaged Chapter 11 Case. On January 14, 2025, the Company emerged from "
        "bankruptcy. Under Chapter 11, certain pre-petition claims that are not fully secured and that "
        "have at least a possibility of not being repaid at the full claim amount are presented as "
        "liabilities subject to compromise on the Company’s consolidated balance sheet as of December "
        "31, 2024."),
        {B},
    ),
    # mondovisione.com: NYSE suspends trading in Enron Corp (2002)
    (
        "bk-exchange-cites-the-company-bankruptcy",
        ("The Exchange notes that today's action is being taken due to the expected protracted nature of "
        "the Company's bankruptcy process and the uncertainty at this time as to the timing and outcome "
        "of this process as well as the ultimate effect on the Company's common shareholders."),
        {B},
    ),
    # sec.gov .../746210/000074621017000039/R23.htm (10-Q 2017): a customer's petition
    (
        "bk-largest-customer-filed",
        ("In January 2017, our largest customer filed a voluntary petition for protection under Chapter "
        "11 of the United States Bankruptcy Code. This customer has paid us in full for all amounts "
        "that were due as of their bankruptcy filing date."),
        set(),
    ),
    # orlandollp.com: Chapter 11 debtors in possession (law firm explainer)
    (
        "bk-a-debtor-explainer",
        ("Upon the filing of a voluntary petition for relief under Chapter 11 or, in an involuntary "
        "case, the entry of an order for such relief, the debtor automatically assumes an additional "
        'identity as the "debtor in possession." A debtor remains a debtor in possession until the plan '
        "of reorganization is confirmed, the case is dismissed or converted to Chapter 7 or a Chapter "
        "11 trustee is appointed."),
        set(),
    ),
    # sec.gov .../1266806/000156459020040021/R18.htm (10-Q 2020)
    (
        "dl-no-longer-met",
        ("On July 23, 2020, Nasdaq notified us that we no longer met Listing Rule 5550(b)(2) (the "
        "“Rule”) requiring the Company to maintain a minimum market value of listed securities (“MVLS”) "
        "of $35 million."),
        {D},
    ),
    # ir.ibioinc.com xbrl_doc_only/6888 (10-Q 2019): the relative clause quotes the rule
    (
        "dl-rule-clause-speaks-of-any-company",
        ("On October 16, 2019, the Company received notice from NYSE American LLC (“NYSE American” or "
        "the “Exchange”) that the Company currently is below the Exchange’s continued listing standards "
        "set forth in Section 1003(a)(iii) of the Guide, which applies if a listed company has "
        "stockholders’ equity of less than $6,000,000 and has reported losses from continuing "
        "operations and/or net losses in its five most recent fiscal years."),
        {D},
    ),
    # naturalgasintel.com: Enron stock moves to over-the-counter market (2002)
    (
        "dl-nyse-no-longer-suitable",
        ("The New York Stock Exchange (NYSE) on Tuesday announced it had determined that Enron common "
        "stock and its related securities were “no longer suitable for trading,” and should be "
        "suspended immediately. The NYSE securities to be delisted include the 7% Exchangeable Notes "
        "due July 31, 2002 and the $10.50 Cumulative Second Preferred Convertible Stock."),
        {D},
    ),
    # listingcenter.nasdaq.com Listing Council Decision 2011-4
    (
        "dl-panel-delisted",
        ("The Hearings Panel determined to delist the company for the stockholders’ equity deficiency "
        "and for violating Rule 5815(d)(4)(A) by not proactively informing the Hearings Panel of the "
        "deficiency."),
        {D},
    ),
    # bakingbusiness.com: earnings filing delay for Diamond Foods (2011): a notice expected, the report late
    (
        "dl-expects-to-receive-notice",
        ("SAN FRANCISCO -- Diamond Foods Inc. will not file its Form 10-Q with the Securities and "
        "Exchange Commission before the Dec. 12 deadline for the first quarter, the company said on "
        "Dec. 12. Because of the filing delay, Diamond said it expects, consistent with standard Nasdaq "
        "procedure, to receive a notice of deficiency from the Nasdaq Listing Qualifications "
        "Department, indicating that Diamond is not in compliance with Nasdaq Listing Rule 5250(c)(1)."),
        {L},
    ),
    # content.edgar-online.com 8-K risk-factor update (2022)
    (
        "dl-risk-factor-failure-could",
        ("Our failure to maintain compliance with Nasdaq’s continued listing requirements could result "
        "in the delisting of our Common Stock."),
        set(),
    ),
    # sec.gov .../1001838/000110465903005490/j8995_ex23d2.htm (Exhibit 23.2, 2003)
    (
        "ac-decided-not-to-engage",
        ("On April 25, 2002, the Company's Board of Directors upon recommendation of its Audit "
        'Committee, decided not to engage Arthur Andersen LLP ("Andersen") as the principal public '
        "accountants for the Company."),
        {A},
    ),
    # ph.investing.com: ProPhase Labs announces change in accounting firm (2024)
    (
        "ac-resigned-from-pcaob-business",
        ("ProPhase Labs, Inc. (NASDAQ:PRPH) has reported a change in its certifying accountant as of "
        "September 30, 2024. The company's previous independent registered public accounting firm, "
        "Morison Cogen LLP, has resigned from the PCAOB audit business, leading to this shift."),
        {A},
    ),
    # si.frajer.net readreplies msgid=5214579 (MicroTel proxy of June 1996, quoted)
    (
        "ac-proxy-resigned-going-concern",
        ("The independent certified public accountants for the Company for the fiscal year ended June "
        "30, 1994 were Deloitte & Touche resigned as the Company's public accountant on December 22, "
        "1994. The 1993 auditor's report stated that the Company's recurring losses from operations and "
        "its noncompliance with debt covenants raised substantial doubts about its ability to continue "
        "as a going concern."),
        {A, G},
    ),
    # gsm.ucdavis.edu news (2007): a study of auditor resignations
    (
        "ac-any-auditor-resigns",
        ("It is a truism on Wall Street that when an auditor resigns from a publicly traded company, the "
        "company is in trouble."),
        set(),
    ),
    # 6ix.com: NG Energy International announces late filing of annual financial statements (2021)
    (
        "lf-unable-by-the-filing-deadline",
        ('NG Energy International Corp. ("NG" or the "Company") (TSXV: GASX) (OTCQX: GASXF) announces '
        "that it will be unable to file its annual financial statements for the year ended December 31, "
        "2020 and the related management's discussion and analysis (\"MD&A\") and certifications (the "
        '"Annual Filings") by the filing deadline of April 30, 2021 as required by applicable '
        "securities laws."),
        {L},
    ),
    # sec.gov .../1098560/000119312503023452/dex161.htm (auditor's resignation letter, 2003)
    (
        "lf-not-complied-timely-filing",
        ("The Company has not complied with various SEC rules and regulations regarding the timely "
        "filing of its Form 10-KSB, accompanied by audited financial statements, for the year ended "
        "December 31, 2002."),
        {L},
    ),
    # cfo.com: Despite pressures, fewer firms file late (2009)
    (
        "lf-needed-additional-time",
        ("For example, AbitibiBowater Inc. said that it needed additional time to finalize its "
        "accounting for certain transactions and to complete its accounting analysis, primarily related "
        "to goodwill impairment and long-lived asset impairment."),
        {L},
    ),
    # script.finanzen.at: ACS press release (2006)
    (
        "lf-headline-filing-to-be-delayed",
        ("ACS Stock Option Internal Investigation Continues; Form 10-K Filing To Be Delayed"),
        {L},
    ),
    # jdsupra.com: examples of companies relying on the SEC order (2020), quoting Global Seed's 8-K
    (
        "lf-relies-on-the-sec-order",
        ("Considering the lack of time for the compilation, dissemination and review of the information "
        "required to be presented and the importance of markets and investors receiving materially "
        "accurate information in the Annual Report, we have decided to rely on the SEC Order and "
        "endeavor to file the Annual Report no later than May 14, 2020, or within 45 days after the "
        "Original Due Date."),
        {L},
    ),
    # lexology.com: SEC COVID-19 order on filing relief (2020)
    (
        "lf-what-the-report-must-state",
        ("The current report must also state:\nthat the company is relying on the Order;\na brief "
        "description of the reasons why it could not file on a timely basis;"),
        set(),
    ),
    # cannapharmarx 10-K 2022 cover (annualreports page)
    (
        "lf-cover-answered-no",
        ("Indicate by check mark whether the registrant (1) has filed all reports required to be filed "
        "by Section 13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months "
        "(or for such shorter period that the registrant was required to file such reports), and (2) "
        "has been subject to such filing requirements for the past 90 days. ☐ Yes ☒ No"),
        {L},
    ),
    # sec.gov .../856984/000085698406000002/mabaa.htm (10-QSB cover, filed 2006 for 2002)
    (
        "lf-cover-answered-no-marks-after",
        ("Indicate by check mark whether the registrant (1) has filed all reports required to be filed "
        "by Section 13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months "
        "(or for such shorter period that the registrant was required to file such reports), and (2) "
        "has been subject to such filing requirements for the past 90 days.  Yes ¨  Nox"),
        {L},
    ),
    # listingcenter.nasdaq.com Listing Council Decision 2007-1
    (
        "lf-not-able-to-file-delinquent-reports",
        ("Issue: The company was not able to file its delinquent periodic SEC reports due to a stock "
        "option backdating investigation."),
        {L},
    ),
    # genengnews.com: 41 companies at risk of delisting (2016)
    (
        "lf-failure-as-a-category",
        ("The next most-cited reason was noncompliance with the market-value minimums required by each "
        "market, followed by failure to file quarterly or annual reports in a timely fashion."),
        set(),
    ),
    # bradshawlawgroup.com: Super 10-K for delinquent filers
    (
        "lf-delinquent-filer-guidance",
        ("By not staying current on its filings, a company becomes delinquent and therefore, can be "
        "severely sanctioned by both the exchange on which they are trading and the Securities and "
        "Exchange Commission (“SEC”)."),
        set(),
    ),
    # sec.gov .../931085/000095014800002360/v67377ntex1.txt (Form 12b-25 exhibit, 2000)
    (
        "lf-cannot-meet-a-dated-deadline",
        ("For these reasons, the Company will not\nbe able to meet the November 14, 2000 deadline for filing its "
        "Form 10-QSB\nwithout the imposition of unreasonable effort and expense."),
        {L},
    ),
    # sec.gov .../1217234/000156459017012372/R24.htm (10-Q subsequent events, 2017)
    (
        "lf-did-not-timely-file",
        ("The Company did not timely file its Annual Report on Form 10-K for the year ended December 31, 2016 "
        "(the “Form 10K”), which was due on April 17, 2017."),
        {L},
    ),
    # listingcenter.nasdaq.com Listing Council Decision 2005-6
    (
        "lf-delinquent-dated-form-10k",
        ("Issue: At the Panel hearing, the company represented that it would file its delinquent December 31, "
        "2004 Form 10-K later that day, and its delinquent March 31, 2005 Form 10-Q within 45 days."),
        {L},
    ),
    # investorshangout.com post 3824976 (NT 10-Q timing, Herbalife)
    (
        "lf-forced-to-file-an-nt-10q",
        ("Further, 4 unusually early filings (filed between days 28 and 31) were all filed by Herbalife (HLF), "
        "which was forced to file an NT 10Q for unusual reasons."),
        {L},
    ),
    # 12b25.com: Rule 12b-25(a) text
    (
        "lf-rule-text-shall-file",
        ("(a) If all or any required portion of an annual or transition report on Form 10-K ... is not filed "
        "within the time period prescribed for such report, the registrant, no later than one business day "
        "after the due date for such report, shall file a Form 12b-25 (17 CFR 249.322) with the Commission."),
        set(),
    ),
    # regulations.justia.com fedreg 2005/06/08 E5-2938 (title of an SEC order on an NYSE rule)
    (
        "lf-companies-that-fail-to-file",
        ("Order Approving Proposed Rule Change Relating to Procedures for Companies That Fail To File Annual "
        "Reports in a Timely Manner."),
        set(),
    ),
    # viewpoint.pwc.com SEC CDI 115.01
    (
        "lf-question-is-not-a-statement",
        ("Question: Will the delinquent filing of a Form 11-K by an issuer's employee benefit plan disqualify "
        "the issuer from using Form S-3?"),
        set(),
    ),
    # unfoldingvalues.com/learn/late-filing/
    (
        "lf-missing-a-deadline-in-general",
        ("Missing a 10-K or 10-Q deadline isn't automatically a disaster — but only if you handle the Form "
        "12b-25 (NT) correctly."),
        set(),
    ),
    # br.advfn.com EDGAR 2022 artigo 89670577 (8-K risk-factor update; the heading has no full stop)
    (
        "dn-failure-heading-runs-into-the-notice",
        ("Our failure to maintain compliance with Nasdaq’s continued listing requirements could result in the "
        "desilting of our common stock\nOn June 3, 2022, we received a letter from the Listing Qualifications "
        "Staff of the Nasdaq Stock Market, LLC (“Nasdaq”) indicating that, based upon the closing bid price of "
        "our common stock for the last 30 consecutive business days, we are not in compliance with the "
        "requirement to maintain a minimum bid price of $1.00 per\nshare for continued listing on the Nasdaq "
        "Global Market, as set forth in Nasdaq Listing Rule 5550(a)(2) (the “Notice”)."),
        {D},
    ),
    # otcmarkets.com filing 18545868 (8-K Item 3.01, 2025)
    (
        "dn-audit-committee-rule-without-the-word-listing",
        ("Item 3.01 Notice of Delisting or Failure to Satisfy Continued Listing Rule or Requirement; Transfer of "
        "Listing.\nAlso as previously reported, as a result of Mr. Jackson’s resignation, the Company is not in "
        "compliance with Nasdaq Rule 5605(c)(2)(A), which requires, among other things, that audit committees "
        "have at least three members."),
        {D},
    ),
    # stocktitan.net OTRK 25-NSE summary (2025)
    (
        "dn-form-25-notification-to-remove",
        ("Ontrak, Inc. (OTRQQ) is the subject of a Form 25 notification to remove its class of securities from "
        "listing and/or registration on the Nasdaq Stock Market LLC."),
        {D},
    ),
    # cooley.com/resource/triggering-events-for-form-8-k
    (
        "dn-item-3-01-guidance",
        ("Item 3.01—Notice of delisting or failure to satisfy a continued listing rule or standard; transfer of "
        "listingEvent—Registrant receives notice from its principal national securities exchange or national "
        "securities association that: Registrant notifies its principal exchange or association that it is "
        "aware of a material noncompliance with a rule or standard for continued listing."),
        set(),
    ),
    # tipranks.com/stocks/sfes/risk-factors (10-K, 2024)
    (
        "dn-own-form-25-is-voluntary",
        ("On December 15, 2023, our Board approved the voluntarily delisting of our common stock from trading on "
        "Nasdaq. We filed Form 25 on February 2, 2024 and our common stock was delisted from trading on Nasdaq "
        "effective as of the end of business on February 9, 2024."),
        set(),
    ),
    # ------------------------------------------------------------------- sweep of ordinary and guidance text
    # sec.gov .../865941/000100888617000078/exhibit991.htm (Celadon EX-99.1, 2017): NYSE 802.01E "Filing Delinquency"
    (
        "sw-nyse-filing-delinquency-802-01e",
        ("Celadon Group, Inc. (\u201cCeladon\u201d or the \u201cCompany\u201d) (NYSE: CGI) today announced that on May "
        "2, 2017, it received a notice from the New York Stock Exchange (the \u201cNYSE\u201d) notifying the Company of "
        "its failure to meet a NYSE listing standard. The failure resulted from the Company\u2019s independent "
        "auditor\u2019s withdrawal of its reports related to the Company\u2019s Form 10-K for the fiscal year ended June "
        "30, 2016. The withdrawal constitutes a \u201cFiling Delinquency\u201d under Section 802.01E (SEC Annual and "
        "Quarterly Report Timely Filing Criteria) of the NYSE Listed Company Manual."),
        {D, L},
    ),
    # listingcenter.nasdaq.com Listing Council Decision 2003-15: "had not filed its Form 10-K"
    (
        "sw-listing-council-had-not-filed",
        ("Issue: The company had not filed its Form 10-K or the past two Forms 10-Q and did not provide an estimated "
        "date for filing these SEC reports.\nDetermination: The company was properly delisted for failure to comply "
        "with the filing requirement."),
        {D, L},
    ),
    # listingcenter.nasdaq.com material 1728: a heading over the rule text
    (
        "sw-filing-delinquency-heading-over-rule",
        ("Filing Delinquency\nRule 5250(c)(1): A Company shall timely file all required periodic financial reports "
        "with the Commission through the EDGAR System or with the Other Regulatory Authority."),
        set(),
    ),
    # regulations.justia.com fedreg 2005 E5-2938: NYSE procedures for late annual reports (rule text)
    (
        "sw-802-01e-rule-text",
        ("Under Paragraph 802.01E, once the Exchange identifies that a company has failed to file a timely periodic "
        "annual report with the Commission by the later of (a) the date that the annual report was required to be "
        "filed with the Commission by the applicable form or (b) if a Form 12b\u201325 was timely filed with the "
        "Commission, the extended filing due date for the annual report, the Exchange would notify the company in "
        "writing of its status."),
        set(),
    ),
    # marcumllp.com "The Multi-Year Comprehensive Form 10-K": an item of a list about companies in general
    (
        "sw-hypothetical-list-of-burdens",
        ("For companies that did not file their periodic reports for more than a year, this could be a heavy "
        "reporting burden, requiring:\n- management to spend excessive time and effort preparing and reviewing old "
        "information instead of focusing on business operations; and\n- the company to spend more money on outside "
        "counsel and auditors to help prepare the delinquent periodic reports."),
        set(),
    ),
    # investor.gov Investor Bulletin on the Delinquent Filings Program: the name of a program
    (
        "sw-delinquent-filings-program",
        ("The Securities and Exchange Commission's (SEC) Office of Investor Education and Advocacy is issuing this "
        "Investor Bulletin to provide investors with information on the SEC's Delinquent Filings Program."),
        set(),
    ),
    # wowlw.com "Late for a Very Important Date" (law firm note): a scenario told to the reader
    (
        "sw-late-scenario-told-to-you",
        ("Late for a Very Important Date-Consequences of Late SEC Filings and the Application of Rule 12b-25\nAlice "
        "Wonderland, General Counsel of March Hare, Inc., calls you to let you know that the company won't file its "
        "10-K on time.\nIs March Hare headed down the rabbit hole? What can be done?"),
        set(),
    ),
    # sec.gov .../712770/000110465911044768/R12.htm (10-Q 2011): a former tenant's case in the company's note
    (
        "sw-tenant-filed-in-company-note",
        ("The Company maintains an allowance for doubtful accounts for estimated losses resulting from the inability "
        "of its tenants to make required rent payments. The bad debt expense for the three months ended June 30, 2011 "
        "results substantially from uncollected rental income and real estate taxes related to a property previously "
        "leased by Robb & Stucky. Robb & Stucky filed for bankruptcy protection in February 2011, thereafter rejected "
        "its lease and vacated the property as of June 30, 2011."),
        set(),
    ),
    # leechtishman.com client alert and boergerlaw.com post: a customer's case, titled
    (
        "sw-titled-customer-files",
        ("When a Customer Files for Bankruptcy\nYou received a notice in the mail that a customer has filed "
        "bankruptcy. What should you do?"),
        set(),
    ),
    (
        "sw-titled-my-customer-filed",
        ("My Customer Just Filed for Bankruptcy! Now What?\nUnder what chapter of the bankruptcy code did your "
        "customer file?"),
        set(),
    ),
    # insb.uscourts.gov local rule B-2015-1: the Debtor's duties under a court rule
    (
        "sw-court-rule-debtor-shall-file",
        ("For all Non-Sub V Chapter 11 cases, and for Chapter 7 cases in which the trustee operates a business, and "
        "until the case is closed or converted, the trustee or the Debtor shall file reports of operations, at "
        "intervals to be determined by the UST or an applicable rule or regulation, using forms approved by the UST. "
        "For all Chapter 12 cases, and for Chapter 13 cases in which the Debtor operates a business, the Debtor shall "
        "file reports of operations as required by the trustee, at intervals to be determined by the trustee or an "
        "applicable rule, using forms acceptable to the trustee."),
        set(),
    ),
    # uslegalforms.com: resignation letters from accounting firms, a kind of document
    (
        "sw-resignation-letter-kinds",
        ("These letters can be categorized into two types: voluntary resignation and forced resignation. 1. Voluntary "
        "Resignation: A voluntary resignation letter from an accounting firm to a client as auditors is initiated "
        "when the firm decides to terminate the auditing services due to various reasons."),
        set(),
    ),
    # icaew.com "Driving more informative auditor resignation statements" (2022)
    (
        "sw-auditor-resignation-statements",
        ("Driving more informative auditor resignation statements\n\nThe requirements on auditor resignation are set "
        "out in sections 516-525 of the Companies Act 2006 (the Act)."),
        set(),
    ),
    # bdo.com snapshot on principal accounting fees: a worked example's placeholders
    (
        "sw-worked-example-changed-auditors",
        ("Registrant A has a December 31 year-end. In May 20X4, Registrant A changed auditors from Auditor A to Auditor "
        "B. Prior to May 20X4, Auditor B did not provide any services to Registrant A."),
        set(),
    ),
    # sec.gov .../1014763/000101476313000005/R7.htm (10-K 2012): the close variant "great difficulty"
    (
        "sw-great-difficulty-continuing",
        ("Continued losses and lack of liquidity indicate that we are having great difficulty being able to continue as "
        "a going concern for a reasonable period of time. The ability to continue as a going concern is dependent upon "
        "several factors including, but not limited to, the ability to generate sufficient cash flow to meet "
        "obligations on a timely basis, obtain additional financing, and continue to obtain operating services from "
        "vendors."),
        {G},
    ),
    # hotcopper.com.au quoting an auditor's emphasis of matter (ISA 570 wording)
    (
        "sw-emphasis-of-matter-material-uncertainty",
        ("Emphasis of matter Without modifying our opinion, we draw attention to Note 3 in the financial report. These "
        "conditions, along with other matters as set out in Note 3, indicate the existence of a material uncertainty "
        "that may cast significant doubt about the consolidated entity\u2019s ability to continue as a going concern "
        "and therefore, the consolidated entity may be unable to realise its assets and discharge its liabilities in "
        "the normal course of business."),
        {G},
    ),
    # listingcenter.nasdaq.com FAQ 424
    (
        "dn-any-request-for-a-hearing",
        ("In most cases, a request for a hearing will stay the delisting pending a decision by a Hearing Panel - "
        "meaning no delisting action will be taken until the company has had its hearing and the Hearing Panel "
        "has issued a written decision."),
        set(),
    ),
    # ---------------------------------------------------------------------------- fifth blind round
    # chainstoreage.com topic page (news, 2012): "filed for reorganization bankruptcy" names no chapter
    (
        "bk-filed-for-reorganization-bankruptcy",
        "Chicago high-end fashion retailer Mark Shale said it has filed for reorganization bankruptcy.",
        {B},
    ),
    # the same news list: another company's emergence below the filing does not close this company's case
    (
        "bk-filing-above-another-companys-emergence",
        ("August 21, 2012\nChicago high-end fashion retailer Mark Shale said it has filed for reorganization bankruptcy.\n"
        "March 14, 2012\nGrocer The Great Atlantic & Pacific Tea Co. Inc. said Tuesday it has emerged from Chapter 11 "
        "bankruptcy protection as a private company."),
        {B},
    ),
    # njlawblog.com (2017): "filed a Chapter 11 Bankruptcy Case", the filer named by its trade before the verb
    (
        "bk-chain-filed-a-chapter-11-bankruptcy-case",
        ("On December 11, 2017, Charming Charlie Holdings, Inc. (\u201cCharming Charlie\u201d), the Houston\u2013based "
        "fashion jewelry and accessories chain filed a Chapter 11 Bankruptcy Case in the United Bankruptcy Court for "
        "the District of Delaware."),
        {B},
    ),
    # nationalpost.com (Reuters, 2020): a plain-noun subject, "the discount department store operator"
    (
        "bk-plain-noun-subject-department-store-operator",
        ("Stage Stores said late Sunday that the discount department store operator filed for Chapter 11 bankruptcy "
        "in the U.S. Bankruptcy Court for the Southern District of Texas."),
        {B},
    ),
    # hawaiinewsnow.com (2017): a decision taken, the company named before the verb (its customers are no filers)
    (
        "bk-made-the-decision-to-file",
        ("\"Prioritizing its customers, employees and the communities it serves, Island Air made the difficult "
        "decision to file for bankruptcy protection."),
        {B},
    ),
    # travelmole.com: a rank among filers, "became the first ... airline to seek Chapter 11 bankruptcy protection"
    (
        "bk-became-the-first-to-seek-protection",
        ("ATA this week became the first major low-fare airline to seek Chapter 11 bankruptcy protection, setting of a "
        "bidding war for the company and its assets, according to wire services."),
        {B},
    ),
    # nixworks news digest (Reuters, 2011): a case under way, "now in chapter 11 bankruptcy"
    (
        "bk-now-in-chapter-11",
        ("Borders Group, the once-major bookstore chain now in chapter 11 bankruptcy in the United States, says that "
        "its arrangement with stalking horse bidder Najafi Companies has collapsed."),
        {B},
    ),
    # a research paper's case history (1991): "filed for protection from creditors under Chapter 11"
    (
        "bk-filed-for-protection-from-creditors",
        ("CHH, recently struggling with financial difficulties, filed for protection from creditors under Chapter 11 "
        "early in 1991."),
        {B},
    ),
    # a case study of Olympia & York (1992): the same wording with no chapter named
    (
        "bk-filed-for-protection-from-creditors-no-chapter",
        ("Olympia & York Developments Ltd. filed for protection from creditors in Canada, the United States, and "
        "Britain after three months of failed negotiations with lenders."),
        {B},
    ),
    # beliveaulaw.net (2010): "the tenant" is a counterparty, not a business named by its trade
    (
        "bk-the-tenant-filed-is-a-counterparty",
        ("Two days before a commercial landlord in Nebraska was to receive a $90,000 rent payment for some cropland, the "
        "tenant filed for bankruptcy. The tenant was a business and it filed a Chapter 11 reorganization bankruptcy (as "
        "opposed to liquidating under Chapter 7)."),
        set(),
    ),
    # still quiet: a decision not yet taken, and one any airline's board would have to take (diki.de examples)
    (
        "bk-decision-hypothetical",
        "The board may decide to file for Chapter 11 protection. The board would have to approve a Chapter 11 filing by the airline.",
        set(),
    ),
    # businesspost.ng (2017): "fired the auditing firm as its auditor"
    (
        "ac-fired-the-firm-as-its-auditor",
        ("The latest to have towed this line is South African miner, African Rainbow Minerals (ARM), which has fired "
        "the auditing firm as its auditor on Monday."),
        {A},
    ),
    # uk.finance.yahoo.com (Reuters, 2017): "fired KPMG as its auditor"
    (
        "ac-fired-kpmg-as-its-auditor",
        ("CAPE TOWN, Oct 5 (Reuters) - South African waste management company Interwaste fired KPMG as its auditor on "
        "Thursday, dealing another blow to the accounting firm."),
        {A},
    ),
    # ewn.co.za (2018): "cutting ties with KPMG"
    (
        "ac-cutting-ties-with-the-audit-firm",
        ("It comes after an announcement by Absa on Thursday morning that it was cutting ties with KPMG, joining a host "
        "of other companies who dropped the firm in light of its own investigation."),
        {A},
    ),
    # the auditor named as such only in the next sentence (an 8-K's Item 4.01 wording): PCAOB registration is an
    # audit firm's
    (
        "ac-auditor-context-in-the-next-sentence",
        ("The Company engaged its new accountant following the resignation of Drakeford & Drakeford, LLC on July 16, "
        "2009. Drakeford resigned as a result of the revocation of its registration by the PCAOB."),
        {A},
    ),
    # siriusbuzz.com (2009): the Board named in full
    (
        "ac-resigned-after-registration-revoked-by-the-board",
        ("Drakeford resigned as a result of the revocation of its registration by the Public Company Accounting "
        "Oversight Board (\"PCAOB\") which occurred on June 16, 2009."),
        {A},
    ),
    # an officer's resignation next to an auditor sentence is no auditor change
    (
        "ac-officer-resigned-auditor-named-elsewhere",
        ("On March 3, 2024, John Smith resigned as Chief Financial Officer. KPMG LLP continues as the Company's "
        "independent registered public accounting firm."),
        set(),
    ),
    # moorestephenssinghi.com: an article's title line glued to its first sentence asserts nothing
    (
        "ac-title-line-before-article-text",
        ("Auditor's Resignation: The Perils Of The Profession\nRecent audit failures are bringing new scrutiny to the "
        "domain and business practices of the auditing firms."),
        set(),
    ),
    # washingtontimesnewstoday.com (2024): a quarter's results are its report
    (
        "lf-would-not-submit-quarterly-results-timely",
        ("Shares of Super Micro Computer extended their 2024 swoon on Wednesday, with the stock dropping after the "
        "company said it would not submit its fiscal first-quarter results in a timely manner."),
        {L},
    ),
    # everyday-cc/ai (press release headline, 2021): a notice named by the late report, which is Nasdaq's delinquency
    # notice too (the issuer named in the headline announces its receipt)
    (
        "lf-notice-regarding-late-filing-of-quarterly-report",
        "Kiromic BioPharma Announces Receipt of Notice from Nasdaq Regarding Late Filing of Quarterly Report on Form 10-Q",
        {L, D},
    ),
    # kslaw.com (2024): an audit firm's own annual reports to the PCAOB are no periodic report
    (
        "lf-audit-firm-pcaob-form-2-reports",
        ("PCAOB Rule 2201, Time for Filing of Annual Report, requires that registered public accounting firms file an "
        "annual report with the Board on Form 2 by no later than June 30 of each year. According to the PCAOB, the "
        "firm also failed to timely file its annual reports for 2021, 2022, and 2023."),
        set(),
    ),
    # ---------------------------------------------------------------------------- sixth blind round
    # springfieldnewssun.com (2011): a day named between the verb and its object
    (
        "b-filed-on-a-day-for-court-protection",
        ("AMR Corp., the parent of American Airlines Inc., filed on Tuesday for U.S. Bankruptcy Court protection from "
        "creditors as the company reorganizes its finances and tries to reduce its debt and operating costs."),
        {B},
    ),
    # finextra.com (2022): a relative clause between the filer and the verb, "Chapeter 11" as printed, and the
    # founder's first person inside quotation marks (not a report in the company's own voice)
    (
        "b-relative-clause-misprint-and-quoted-first-person",
        ("Crypto lender Celsius Network, which last month wiped out two years of gains on the value of bitcoin when it "
        "suspended customer withdrawals, has filed for Chapeter 11 bankruptcy protection. On announcing bankruptcy "
        "proceedings, founder Alex Mashinsky told the Wall Street Journal: \u201cThis is the right decision for our "
        "community and company. I am confident that when we look back at the history of Celsius, we will see this as a "
        "defining moment.\u201d"),
        {B},
    ),
    # cn.reuters.com (2015): a long appositive between the named filer and the verb
    (
        "b-long-appositive-before-filed",
        ("Dec 30 KaloBios Pharmaceuticals Inc, a biotechnology company that fired Chief Executive Martin Shkreli earlier "
        "this month after his arrest on charges of securities fraud, filed for Chapter 11 bankruptcy on Tuesday."),
        {B},
    ),
    # fiercebiotech.com (2009): the plan is the liquidation coordinated after the filing, not the filing
    (
        "b-filed-and-plans-to-liquidate",
        ("After burning through $220 million in a failed quest to gain approval for the blood substitute Polyheme, "
        "Northfield Laboratories has filed for Chapter 11 bankruptcy and plans to liquidate its assets."),
        {B},
    ),
    # sec.gov .../1187520/000089743607000676 (fund N-SAR 2007): a ratified firm named to replace the former one
    (
        "ac-ratified-new-firm-to-replace-former",
        ("The Board of Directors, including a majority of the Independent Directors, ratified, Briggs, Bunting & "
        "Dougherty, LLP as the Fund's independent registered public accounting firm to replace Ernst & Young LLP, for "
        "the Fund\u2019s fiscal year ending October 31, 2007."),
        {A},
    ),
    # sec.gov .../1825248/000114036123019841 (DEF 14A 2023): ratifying the same firm stays quiet
    (
        "ac-proxy-ratification-of-the-same-firm",
        ("If the proxy card is signed and returned without any directions given, the shares will be voted \u201cFOR\u201d "
        "the election of each of the nominees for director named in the proxy and \u201cFOR\u201d the ratification of "
        "Ernst & Young LLP as the Company\u2019s independent registered public accounting firm."),
        set(),
    ),
    # minterellison.com.hk: a regulator's remark on kinds of announcement; the director resigning is no auditor
    (
        "ac-resignation-announcements-as-a-kind",
        ("HKEx points out that it is common to see resignation announcements which state simply that a director is "
        "resigning for personal reasons or to pursue other endeavours, or that an auditor has resigned because of an "
        "inability to agree an audit fee."),
        set(),
    ),
    # hkaudit.net: a form letter with the firm's name left blank
    (
        "ac-resignation-letter-form-with-name-blank",
        ("Auditors' resignation letter\n[The board of directors / Sole director]\n[AGH Company Limited]\nRe : Resignation "
        "of the Auditor\nWe resign to act as the auditors of [AGH Company Limited] since the date of this letter.\nYours "
        "faithfully,\n[Auditors' name]\nCertified Public Accountants\nAlso remember to file NA2 to CR for resignation of "
        "auditors."),
        set(),
    ),
    # studylib.net: a model recognition order with the debtors' names left blank
    (
        "b-model-order-with-debtor-names-blank",
        ("AND IN THE MATTER OF THE [LIST DEBTOR NAMES](the \"Debtors\")\nAPPLICATION OF [NAME OF FOREIGN REPRESENTATIVE] "
        "UNDER SECTION 46 OF THE COMPANIES\u2019 CREDITORS ARRANGEMENT ACT\nTHIS APPLICATION, made by [NAME OF FOREIGN "
        "REPRESENTATIVE] in its capacity as the foreign representative (the \"Foreign Representative\") of the Debtors, "
        "pursuant to the Companies' Creditors Arrangement Act, was heard this day."),
        set(),
    ),
    # ---------------------------------------------------------------------------- seventh blind round
    # ir.sobrsafe.com XBRL viewer (10-Q 2021): the note calls the company "the entity" after ASC 205-40
    (
        "gc-as-such-doubt-about-the-entity",
        ("It appears these principal conditions or events, considered in the aggregate, indicate it is probable that the "
        "Company will be unable to meet its obligations as they become due within one year after the date the financial "
        "statements are issued. As such, there is substantial doubt about the entity\u2019s ability to continue as a going "
        "concern."),
        {G},
    ),
    # sec.gov .../1123735/000119312512280712/R9.htm (10-K 2011): the paragraph's reasons name other requirements
    (
        "gc-explanatory-paragraph-reasons-name-capital-requirements",
        ("The report of the Company\u2019s independent registered public accounting firm for the year ended December 31, "
        "2011 contains an explanatory paragraph as to the Company\u2019s ability to continue as a going concern primarily "
        "because (i) the Company reported significant losses during 2011 and 2010 and (ii) the Company has not "
        "sufficiently demonstrated its ability to meet the capital requirements set forth in the Order (See note 11) or "
        "its ability to meet its obligations under a loan agreement that it has entered into with an unaffiliated third "
        "party lender."),
        {G},
    ),
    # ca.advfn.com news item: the exchange's determination names the issuer instead of "the Company"
    (
        "dl-nyse-determination-names-the-issuer",
        ("The New York Stock Exchange have announced that the staff of NYSE Regulation have determined to commence "
        "proceedings to delist the common stock of Verso Paper Corp."),
        {D},
    ),
    # agoracom forum post quoting a release: the TSX's remedial delisting review
    (
        "dl-tsx-remedial-delisting-review",
        ("As previously reported, as a result of the Company\u2019s reliance upon the financial hardship exemption in "
        "connection with the Company\u2019s previously-announced $87 million private placement with Shenzhen Hepalink "
        "Pharmaceutical Co. Ltd., the TSX commenced an automatic remedial de-listing review, which is normal practice when "
        "a listed issuer relies on this exemption."),
        {D},
    ),
    # theglobeandmail.com small-caps roundup (2019): the TSX reviews eligibility for continued listing
    (
        "dl-tsx-review-of-eligibility-for-continued-listing",
        ("CannTrust Holdings Inc. (TRST-T; CTST-N) announced that the Toronto Stock Exchange has advised the company that "
        "it intends to review its eligibility for continued listing of its common shares."),
        {D},
    ),
    # investorshub forum post quoting the American Stock Exchange's hearing rule ("the issuer" of a rule)
    (
        "dl-amex-panel-decision-rule-text",
        ("After the hearing, the Panel will issue a written decision (the \"Panel Decision\") describing the specific "
        "grounds for its determination and identifying any quantitative standard or qualitative consideration set forth "
        "in Part 1 or Part 10 that the issuer has failed to satisfy, including, if applicable, the basis for its "
        "determination that (i) the issuer's securities should be approved for listing pursuant to Section 1203(c); (ii) "
        "the issuer's securities should continue to be listed as permitted by Section 1009; or (iii) that the Staff "
        "Determination was in error."),
        set(),
    ),
    # investorshangout.com post quoting Nasdaq Rule 5801: what the Listing Qualifications Department does
    (
        "dl-rule-5801-department-duties",
        ("The Listings Qualifications Department is responsible for identifying deficiencies that may lead to delisting "
        "or denial of a listing application; notifying the Company of the deficiency or denial; and issuing Staff "
        "Delisting Determinations and Public Reprimand Letters."),
        set(),
    ),
    # theglobeandmail.com (2019): a Canadian issuer's filings in arrears
    (
        "lf-disclosure-requirements-in-arrears",
        ("The review is because as a result of the company being \"in arrears for satisfying certain disclosure "
        "requirements,\" the company said, including the preparation and filing of its restated audited financial "
        "statements for the year ended December 31, 2018 and the first three quarters of 2019."),
        {L},
    ),
    # 8-K of Tyson Foods (2017, edgar-crawler test fixture): interest "in arrears" is a payment schedule
    (
        "lf-interest-payable-in-arrears",
        ("Interest on the 2019 Notes is payable quarterly\nin arrears on February 28, May 30, August 30 and November 30 of "
        "each year, commencing on August 30, 2017."),
        set(),
    ),
    # lexology.com (2015) on the TSX's voluntary-delisting amendments: a rule's list item, any issuer under review
    (
        "dl-tsx-rule-listed-issuer-under-delisting-review",
        ("Under the Delisting Amendments, the TSX will require majority approval by the holders of the affected class or "
        "series of securities for a voluntary delisting application, unless the TSX is satisfied that:\n3. the listed "
        "issuer is under delisting review and it is unlikely that TSX will be satisfied that the deficiencies will be "
        "cured within the prescribed period; or"),
        set(),
    ),
    # 360dx news (2018): the lede reports regained compliance, the earlier warning is recalled, then the deficiency
    # "has been cured": the only deficiency was cured
    (
        "dl-earlier-warning-then-deficiency-has-been-cured",
        ("OpGen announced today that it has received notification from the Nasdaq that it has regained compliance with "
         "the market's applicable listing standards.\nOpGen was warned by the Nasdaq in June 2017 that its shares failed "
         "to maintain a minimum bid price of $1 per share for at least 30 consecutive trading days, and that it faced "
         "delisting.\nNow, the Nasdaq has informed OpGen that the minimum bid price deficiency of the firm's stock has "
         "been cured."),
        set(),
    ),
    # the same warning with the cure still to come stays a notice
    (
        "dl-earlier-warning-deficiency-not-yet-cured",
        ("OpGen was warned by the Nasdaq in June 2017 that its shares failed to maintain a minimum bid price of $1 per "
         "share for at least 30 consecutive trading days, and that it faced delisting.\nThe minimum bid price "
         "deficiency has not been cured."),
        {D},
    ),
    # itiger.com news item (2024): compliance regained with the exchange's timely-filing requirement
    (
        "lf-regained-compliance-with-timely-filing-requirement",
        ("HNR Acquisition (HNRA) said Tuesday it has regained compliance with the New York Stock Exchange's requirement "
        "for timely filing of financial reports, after submitting its annual report to the US Securities and Exchange "
        "Commission."),
        {L},
    ),
    # moneyam.com (AIM announcement, 2018): the board decided to place the company into administration, and
    # "intends to appoint administrators" after the decision does not hedge it
    (
        "b-board-decision-to-place-company-into-administration",
        ("In the light of the above and the operational and financial uncertainty which the Company now faces, in order "
        "to protect both shareholders and creditors, the Board has taken the decision to place the Company into "
        "administration and intends to appoint administrators shortly with the purpose of seeking buyers for the "
        "Group's business and assets on a going concern basis."),
        {B},
    ),
    # insurancetimes.co.uk (2012): a named company decided to appoint administrators
    (
        "b-named-company-decided-to-appoint-administrators",
        ("Real estate insurance broker Allanfield Group has decided to appoint administrators after an eight-day "
        "share-trading suspension."),
        {B},
    ),
    # 6ix.com (PLUS Markets announcement, 2008): the directors resolved to apply to the court for a receiver, the
    # wrapped line breaking "appoint a / receiver"
    (
        "b-directors-resolved-to-apply-for-a-receiver",
        ("In order not to risk the\nCompany's trading wrongfully contrary to the provisions of S214 of the\nInsolvency "
        "Act 1986, the Directors resolved to cause the Company to cease\ntrading forthwith and to apply to the High "
        "Court for permission to appoint a\nreceiver."),
        {B},
    ),
    # docslib.org (CCAA bench brief, 2020): protection obtained under the CCAA, whose name says "Companies"
    (
        "b-obtained-protection-under-the-ccaa",
        ("The Applicants JMB Crushing Systems Inc. (\u201cJMB\u201d) and 2161889 Alberta Ltd. (\u201c216\u201d, and "
        "with JMB, the \u201cApplicants\u201d) obtained protection from their creditors pursuant to the Companies "
        "Creditors\u2019 Arrangement Act, RSC 1985, c C-36 (as amended, the \u201cCCAA\u201d) by order of the "
        "Honourable Justice K.M. Eidsvik granted on May 1, 2020, and amended and restated on May 11, 2020."),
        {B},
    ),
    # jotup.co (GLOBE NEWSWIRE, 2020): restructuring under the CCAA, initiated on a date
    (
        "b-ccaa-restructuring-initiated-on-a-date",
        ("Nemaska Lithium Inc. (the Corporation or Nemaska Lithium) provides an update on its restructuring efforts "
        "under the Companies Creditors Arrangement Act (the CCAA), initiated on December 23, 2019."),
        {B},
    ),
    # same page: the Applicants' CCAA proceedings, named with their owner
    (
        "b-the-applicants-ccaa-proceedings",
        ("Lydian International Limited announced today that the Company, together with Lydian Canada Ventures "
        "Corporation and Lydian U.K. Corporation Limited (together, the Applicants), have received an order from the "
        "Ontario Superior Court of Justice (Commercial List) approving the Companys previously announced plan of "
        "arrangement with its secured creditors in connection with the Applicants Companies Creditors Arrangement Act "
        "proceedings."),
        {B},
    ),
    # contexxia.com (PHI, Inc. 10-Q 2019): an emergence still to come ("upon our emergence", "the Emergence Date"
    # in a sentence about what will happen) leaves the pending case news
    (
        "b-emergence-still-to-come",
        ("Among other things, the Term Sheet provides that, upon our emergence from bankruptcy, our current secured "
        "lenders will be repaid. The Term Sheet further provides that Mr. Lance F. Bospflug, who currently serves as "
        "President, Chief Operating Officer and a director of the Company, will be appointed to succeed Mr. Gonsoulin "
        "as Chief Executive Officer of the Company on the Emergence Date and will continue to serve as a member of the "
        "Board. As noted elsewhere "
        "herein, on August 2, 2019, the Bankruptcy Court entered a confirmation order confirming the Debtors\u2019 "
        "Third Amended Joint Plan of Reorganization filed with the Bankruptcy Court on June 18, 2019, as thereafter "
        "supplemented (collectively, the \u201cPlan\u201d)."),
        {B},
    ),
    # sec.gov .../924095/000149315220018331/R9.htm (10-K 2020): a lender's right to appoint a receiver is no
    # appointment
    (
        "b-right-to-appoint-a-receiver",
        ("Under the terms of the Notice and the Note Agreement the SBA maintained a continuing right to terminate the "
        "Note Agreement and appoint a receiver to manage the Company\u2019s assets."),
        set(),
    ),
    # blog.freshfields.us: the CCAA named as a regime any debtor may use
    (
        "b-ccaa-as-a-regime",
        ("This strategy allows debtors to leverage the flexibility of Canadian restructuring regimes under either the "
        "Companies\u2019 Creditors Arrangement Act, R.S.C. 1985, c. C-36, as amended (\u201cCCAA\u201d) or the "
        "Bankruptcy and Insolvency Act, R.S.C. 1985, c. B-3 (\u201cBIA\u201d), while preserving access to U.S. "
        "protections such as the automatic stay."),
        set(),
    ),
    # legalvision.com.au: who usually appoints a receiver
    (
        "b-creditor-appoints-a-receiver-in-general",
        ("Generally, a creditor who holds a valid registered charge over some or all of the assets of the company "
        "appoints a receiver."),
        set(),
    ),
    # insolvencyinsider.ca (2019): a Canadian notice of intention to make a proposal, told as "filed an NOI"
    (
        "b-filed-an-noi",
        "ACCEL Energy, a Calgary, Alberta-based oil and gas company, filed an NOI on October 21.",
        {B},
    ),
    # canadianminingreport.com (2022): the CCAA's initial order received
    (
        "b-initial-order-under-the-ccaa",
        ("While it did not specify the reason for the trading halt, Trevali noted that it follows the receipt of an "
        "initial order from Canada's Supreme Court of British Columbia under the Companies' Creditors Arrangement Act."),
        {B},
    ),
    # onc.hk (2021): a creditor's winding-up petition against the listed company, like an involuntary petition
    (
        "b-creditor-presented-a-winding-up-petition",
        ("On 29 March 2021, the Petitioner presented a winding-up petition (\u201cPetition\u201d) against the Company "
        "based on the judgment debt and its failure to comply with a statutory demand."),
        {B},
    ),
    # hoganlovells.com (2023): wound up by a court, liquidators appointed
    (
        "b-company-wound-up-by-a-court",
        ("On 28 February 2022, the company was wound up by the Cayman Islands court on the grounds of the company's "
        "failure to pay a judgment debt, and liquidators were appointed."),
        {B},
    ),
    # stockhouse.com (a news release quoted, 2015): the senior lender applied to the court for an interim receiver
    (
        "b-lender-applied-for-an-interim-receiver",
        ("Also on January 19, 2015, the Senior Lender made an application to the Court of\nQueen's Bench of Alberta to "
        "appoint an interim receiver under the BIA"),
        {B},
    ),
    # ininet.org (a law firm's year in review, 2010): "which filed a prenegotiated chapter 11 case"
    (
        "b-named-company-which-filed-a-prenegotiated-case",
        ("Grabbing the pole position on the Top 10 List for 2009 was General Motors Corporation (\u201cGM\u201d), which "
        "filed a prenegotiated chapter 11 case on June 1 in New York together with three of its domestic subsidiaries: "
        "Chevrolet-Saturn of Harlem Inc., Saturn LLC, and Saturn Distribution Corporation."),
        {B},
    ),
    # sec.gov .../1497275/000104746912002746/R9.htm (10-K 2011): a failed bank bought from the FDIC as receiver
    (
        "b-fdic-receivership-of-an-acquired-bank",
        ("On July 30, 2010, the Bank acquired substantially all of the assets and assumed substantially all the deposits "
        "and certain other liabilities of NorthWest Bank and Trust (\"NWBT\") from the FDIC, as receiver. NWBT operated "
        "primarily within the metropolitan Atlanta area. The FDIC took NWBT under receivership upon its closure by the "
        "Georgia Department of Banking and Finance."),
        set(),
    ),
    # oro.gov.hk (Official Receiver's guide): who may petition, in general
    (
        "b-who-may-file-a-winding-up-petition",
        "A creditor, a shareholder or the company itself can file a winding-up petition against the company.",
        set(),
    ),
    # pwc.com/ca (NOI explainer): a deemed assignment in bankruptcy, conditional
    (
        "b-deemed-assignment-in-bankruptcy-if-no-proposal",
        ("If a company does not file a Proposal at the end of the Stay period, it is deemed to have made an assignment "
        "in Bankruptcy and a Licensed Insolvency Trustee is appointed to administer the Bankruptcy."),
        set(),
    ),
    # pwc.co.uk (administrators' page for creditors): the company's own directors decided on administration
    (
        "b-directors-took-the-decision-to-appoint-administrators",
        "Following which, the directors took the decision to appoint administrators.",
        {B},
    ),
    # worldfinancefrontier.com (2024): new lending to stave off administration
    (
        "b-battles-to-stave-off-administration",
        ("Crisis-hit Harland and Wolff has secured an additional \u00a319.5m from its US lenders as it battles to stave "
        "off administration."),
        set(),
    ),
    # cloudfront.net (Liberty Steel news, 2021): a winding-up petition filed and withdrawn, not one against the company
    (
        "b-winding-up-petition-filed-then-withdrawn",
        "HMRC had filed then withdrew a winding up petition for Liberty earlier this year as progress with creditors was made.",
        set(),
    ),
    # complianceweek.com (2005): "terminated its relationship with its auditor" is a dismissal told another way
    (
        "ac-terminated-its-relationship-with-its-auditor",
        "Less than a month later, on April 27, CardioDynamics terminated its relationship with its auditor, KPMG.",
        {A},
    ),
    # same article: companies in general, no one company's change
    (
        "ac-companies-terminated-relationships-in-general",
        ("In the past two months, more than a dozen companies have terminated relationships with their auditors after a "
        "material weakness disclosure was made."),
        set(),
    ),
    # sec.gov .../72760/000007276003000042 (N-SAR 2003): "Registrants" is a possessive without its apostrophe,
    # not rule text about registrants
    (
        "ac-registrants-possessive-without-apostrophe",
        ("Changes in Registrants Certifying Accountant\n(i)     PricewaterhouseCoopers LLP (PwC), which has served as "
        "the\nindependent accountant for the Registrant since December 15,\n1993, advised the Registrant on October "
        "28, 2003 that it would\nnot stand for reappointment as the Registrants Independent\nAuditors for its fiscal "
        "year ending September 30, 2004."),
        {A},
    ),
    # sec.gov .../352667/000101270900000948 (N-SAR 2000): a change of accountants "for the fiscal year ending ...
    # from" one firm to another
    (
        "ac-voted-to-change-accountants-for-a-year-from",
        ("On  February  15,  2000,   the  Board  of  Trustees  voted  to  change  the\nRegistrant's  independent "
        "public accountants for the fiscal year ending June 30,\n2000 from  Arthur  Andersen  LLP to Ernst & Young LLP."),
        {A},
    ),
    # same exhibit: the shareholders voted to terminate the firm
    (
        "ac-shareholders-voted-to-terminate-the-firm",
        ("On April 19,  2000,  the\nRegistrant's  shareholders  voted to terminate Arthur Andersen LLP and to select\n"
        "Ernst & Young LLP."),
        {A},
    ),
    # news roundup (TheStreet 2004): the firm itself named as the object of "fired"
    (
        "ac-news-fired-the-named-firm",
        ("Network Associates fired PricewaterhouseCoopers, according to various news reports, after the auditor cited "
        '"material weakness" in its internal controls in the company\'s annual report.'),
        {A},
    ),
    # ---------------------------------------------------------------------------- going concern (more)
    # 10-K risk factor exhibit (2008): the report includes the paragraph (a statement, not a hedge)
    (
        "gc-paragraph-referring-to-an-uncertainty",
        ("Because\nof our history of losses and our current financial condition, the report of\nour\nIndependent "
        "Registered Public Accounting Firm includes an explanatory paragraph\nreferring to an uncertainty concerning our "
        "ability to continue as a going\nconcern."),
        {G},
    ),
    # 8-K old Item 4 (2003): "a separate paragraph regarding the ability of the Registrant to continue"
    (
        "gc-paragraph-regarding-the-ability-of-the-registrant",
        ("The reports of PricewaterhouseCoopers LLP on the financial statements for the fiscal years ended December 31, "
        "2001 and December 31, 2002 contained no adverse opinion or disclaimer of opinion and were not qualified or "
        "modified as to uncertainty, audit scope or accounting principle, except for the audit report on the financial "
        "statements for the year ended December 31, 2002, which contained a separate paragraph regarding the ability of "
        "the Registrant to continue as a going concern."),
        {G},
    ),
    # 10-Q going-concern note (2011): "resulted in the inclusion of an explanatory going concern paragraph"
    (
        "gc-inclusion-of-a-paragraph",
        ("This resulted in the inclusion of an explanatory going concern paragraph in the audit report of our Independent "
        "Registered Certified Public Accounting Firm for the year ended December 31, 2010."),
        {G},
    ),
    # Troubled Company Reporter headline (2002): the audit firm named as the one who raised the doubt
    ("gc-headline-firm-raises-doubt", "AGWAY INC: PricewaterhouseCoopers Raise Going Concern Doubt", {G}),
    # the same paragraph as a hypothetical stays quiet
    (
        "gc-paragraph-referring-hypothetical",
        ("If we fail to raise capital, the report of our auditors may include an explanatory paragraph referring to an "
        "uncertainty concerning our ability to continue as a going concern."),
        set(),
    ),
    # https://www.sec.gov/Archives/edgar/data/1347452/000134745212000042/R24.htm (a 10-Q's liquidity policy, 2012):
    # the doubt follows the going-concern basis sentence with no space after its full stop
    (
        "gc-doubt-glued-to-the-basis-sentence",
        ("The accompanying consolidated financial statements have been prepared assuming we will continue as a going "
        "concern.Our significant operating losses and negative cash flow from operations raise substantial doubt "
        "about our ability to continue as a going concern."),
        {G},
    ),
    # https://www.sec.gov/Archives/edgar/data/1518520/000121390020004183/R9.htm (a 10-Q's going-concern note, 2019):
    # the losses are said to create the uncertainty, in place of the usual "raise substantial doubt"
    (
        "gc-losses-create-an-uncertainty",
        ("The Company's working capital is insufficient to meet its short-term cash requirements and fund any future "
        "operating losses. These operating losses create an uncertainty about the Company's ability to continue as a "
        "going concern."),
        {G},
    ),
    # ---------------------------------------------------------------------------- late filing (more)
    # japantimes.co.jp (Kyodo, June 2017): a Japanese annual financial statement that will miss its deadline
    (
        "lf-will-miss-deadline-annual-financial-statement",
        ("Toshiba Corp. said Friday that it will miss the deadline of June 30 to submit its annual financial statement, "
        "saying its auditor needs additional time to check the figures, the company said."),
        {L},
    ),
    # in.reuters.com (May 2015): a request for more time than the legal deadline gives
    (
        "lf-asking-extension-to-legal-deadline",
        ("Japanese industrial conglomerate Toshiba Corp said on Friday that an ongoing independent investigation into "
        "accounting irregularities was likely to last until mid-July, and that it was asking the government for an "
        "extension to the standard legal deadline for filing its annual report."),
        {L},
    ),
    # channelnewsasia.com (June 2017)
    (
        "lf-asked-regulators-extension-annual-financial-statement",
        ("TOKYO: Toshiba Corp said on Friday it has asked regulators for an extension for filing its annual financial "
        "statement by over a month as it has not been able to obtain approval from its auditor."),
        {L},
    ),
    # Jiji Press (June 2017)
    (
        "lf-request-to-extend-deadline-financial-report",
        ("Toshiba Corp. submitted to regulators on Friday a request to extend the deadline for presenting its fiscal "
        "2016 financial report from the end of this month."),
        {L},
    ),
    # lawyerherald.com (May 2015)
    (
        "lf-annual-report-later-than-usual",
        ("Toshiba Corp will file its annual report up to two months later than usual as an ongoing independent "
        "investigation into accounting irregularities will likely last until mid-July, the Japanese conglomerate said "
        "on Friday."),
        {L},
    ),
    # 8-K Item 3.01 (2006): "defer" puts a filing off like "delay"
    (
        "lf-determined-to-defer-filing-10q",
        ("On May 22 2006, Communications Systems, Inc. (the Company) publicly reported that management of the Company "
        "and its Audit Committee determined to defer filing the Companys Quarterly Report on Form 10-Q for its first "
        "quarter ended March 31, 2006 until information related to a government investigation and related reviews "
        "publicly disclosed on May 15, 2006 could be gathered and assessed."),
        {L},
    ),
    # fsa.go.jp (2021): how any filer may obtain an extension
    (
        "lf-neg-regulator-notice-may-receive-extension",
        ("Regarding the disclosure of the documents based on the Financial Instruments and Exchange Act (annual "
        "securities report, internal control report, quarterly securities report, semi-annual securities report), if "
        "they cannot be submitted by the deadline due to unavoidable reasons triggered by the impact of the COVID-19 "
        "infection, you may receive an extension to the submission deadline according to the approval of the head of "
        "your local Finance Bureau or its branch office, so feel free to contact your local Finance Bureau or its "
        "branch office."),
        set(),
    ),
    # asia.nikkei.com (2020): a blanket extension, companies in general
    (
        "lf-neg-companies-could-apply-for-postponement",
        ("The postponement of such reports, however, was already accepted as a response to the coronavirus, in which "
        "companies could individually apply and receive approval. However, the FSA will further loosen the regulation."),
        set(),
    ),
    # same article: the regulator's leave to file late, the report named in the sentence before
    (
        "lf-approval-to-extend-the-new-deadline",
        ("Toshiba Corp. said Friday that it will submit its annual financial statement later. The struggling "
        "Tokyo-based firm said it gained approval from the regulator, the Kanto Local Finance Bureau, to extend the new "
        "deadline to Aug 10."),
        {L},
    ),
    # 10-Q/A explanatory note (2004): the Rule 12b-25 extension obtained
    (
        "lf-will-obtain-additional-time",
        ("As a result of the effort needed to address these errors and prepare the restated financial statements, the "
        "Company will obtain additional time in which to file its Form 10-Q for the quarter ended July 31, 2004."),
        {L},
    ),
    # Hong Kong listed company (2019): results not published by the exchange's date
    (
        "lf-unable-to-publish-annual-results",
        ("As additional time is required for the auditors to complete the audit, the Company will not be able to (1) "
        "publish the 2018 Annual Results on or before 31 March 2019 as required under Rule 13.49(1) of the Listing Rules."),
        {L},
    ),
    ("lf-expects-to-publish-results", "The Company expects to publish its annual results on or before 31 March 2019.", set()),
    # NT 10-K Part III in title case (1995): the form's own "period prescribed for such report" is no rule text
    (
        "lf-nt-title-case-period-prescribed-for-such-report",
        ("Registrant's Annual Report on Form 10-K (The \"Form 10-K\") Could Not Be Filed Within the Period Prescribed for "
        "Such Report Without Unreasonable Effort or Expense Due to Uncertainty Relating to the Consummation of a Purchase "
        "of Securities."),
        {L},
    ),
    # Nasdaq Listing Council decision (2003): the periodic reports were not filed
    (
        "lf-failed-to-file-its-form-10-k",
        ("Issue: The company failed to file its Form 10-K for its fiscal year end or its first and second quarter Forms "
        "10-Q because it was in the process of restating its prior financial statements."),
        {L},
    ),
    # Troubled Company Reporter headline (2002)
    ("lf-headline-fails-to-file-on-due-date", "CLARITI TELECOMMS: Fails to File Form 10-K on Due Date", {L}),
    # HKEx listing decision (2009): results not published by the deadline, and why
    (
        "lf-unable-to-publish-preliminary-announcement",
        ("In April 2007, Company A submitted that it was unable to publish the preliminary\nannouncement under Rules "
        "13.49(1) and (2) due to the delay in finalising the\naudit of the Subsidiary."),
        {L},
    ),
    # summary of an Ontario revocation order: cease-traded for failing to file its annual financial statements
    (
        "lf-cease-trade-order-for-failing-to-file",
        ("The Ontario Securities Commission (OSC) has decided to revoke a cease trade order (CTO) previously issued against "
        "a company for failing to file its annual financial statements and related documents."),
        {L},
    ),
    (
        "lf-cease-trade-order-hypothetical",
        "A cease trade order may be issued against an issuer for failing to file its annual financial statements.",
        set(),
    ),
    # HKEX GEM rule 18.49: the deadline itself
    (
        "lf-results-deadline-rule-text",
        ("The issuer must publish such results not later than 3 months after the date upon which the financial year ended. "
        "(b) that it will not breach its constitutional documents, laws and regulations of its place of incorporation or "
        "other regulatory requirements as a result of not publishing such annual results announcements."),
        set(),
    ),
    # HKEX announcement (2021): the audited annual results put off again
    (
        "lf-publication-of-results-further-delayed",
        ("As additional time is required by the Company's auditor to perform and complete the audit work in respect of the "
        "2020 Audited Annual Results, the publication of the 2020 Audited Annual Results will be further delayed."),
        {L},
    ),
    ("lf-headline-delay-in-publishing-results", "FURTHER DELAY IN PUBLISHING THE 2020 AUDITED ANNUAL RESULTS", {L}),
    # HKEX announcement (2020): a waiver of the annual report deadline sought
    (
        "lf-waiver-from-annual-report-deadline-rule",
        ("The Company will apply to the Stock Exchange for a waiver from strict compliance with Rule 13.46(2) of the Listing "
        "Rules to extend the date by which the Company is required to despatch the 2020 Annual Report to the Shareholders."),
        {L},
    ),
    # BCSC news release (2001): a named company cease-traded for not filing
    (
        "lf-cease-traded-for-not-filing",
        ("Consolidated Plentech Electronics Inc., a Spokane, Wash.-based electrical equipment manufacturer listed on the "
        "Canadian Venture Exchange (CDNX), has had its shares cease-traded four times previously by the Commission for not "
        "filing annual and interim financial statements."),
        {L},
    ),
    # SCMP news (2020): companies in general that might miss the results deadline
    (
        "lf-companies-might-miss-results-deadline",
        ("This is because the outbreak is showing no signs of retreat, and it is likely more than 1,000 listed companies "
        "might miss the deadline."),
        set(),
    ),
    # market news (2020): a count of listed firms delaying their annual reports, no one company's report
    (
        "lf-number-of-firms-to-delay-filing",
        ("The number of mainland China-listed firms to delay filing annual reports has hit a five-year high, indicating "
         "auditors' struggle to sign off accounts."),
        set(),
    ),
    (
        "lf-company-will-delay-filing-its-annual-report",
        "The Company will delay filing its annual report on Form 10-K for the fiscal year ended December 31, 2019.",
        {L},
    ),
    # ---------------------------------------------------------------------------- bankruptcy (more)
    # legalclarity.org/what-happens-when-a-country-goes-bankrupt-sovereign-default (explainer): any filer of a kind
    (
        "bk-neg-when-a-country-goes-bankrupt",
        ("What Happens When a Country Goes Bankrupt: Sovereign Default\nWhen a country cannot pay its debts, there is "
        "no bankruptcy court to turn to and no judge with authority to discharge what it owes or liquidate its assets."),
        set(),
    ),
    # refrigeratedfrozenfood.com/articles/98858 (trade news 2019): the company's group named in the plural
    (
        "bk-company-and-its-affiliate-entities-filed",
        ("Celadon Group, Inc., Indianapolis, Ind., and its 25 affiliate entities filed voluntary petitions for relief "
        "under Chapter 11 of the Bankruptcy Code in the U.S. Bankruptcy Court for the District of Delaware."),
        {B},
    ),
    # bankruptcy court opinion (E.D. Pa. 1982): the petition told in the passive
    (
        "bk-involuntary-petition-was-filed",
        "An involuntary petition under Chapter 7 of the Code was filed on July 13, 1981.",
        {B},
    ),
    (
        "bk-involuntary-petition-hypothetical",
        "If an involuntary petition under Chapter 7 was filed, the automatic stay would apply.",
        set(),
    ),
    # ---------------------------------------------------------------------------- auditor change (more)
    # N-SAR 77K exhibit (2006): "declined to stand for" broken across lines
    (
        "ac-declined-to-stand-across-a-line-break",
        ("The Fund's previous independent registered\naccounting firm, Deloitte & Touche LLP (D&T) declined to stand for\n"
        "re-election."),
        {A},
    ),
    # inquirer.com news (2009): the filing told as an ongoing step
    (
        "b-is-voluntarily-restructuring-its-debt-under-chapter-11",
        ("Philadelphia Newspapers LLC, publisher of the Daily News and the Inquirer, and owner of philly.com, announced "
        "today that it is voluntarily restructuring its debt under Chapter 11 of the U.S. Bankruptcy Code."),
        {B},
    ),
    # ksl.com AP story (2005): "tardy" as "late"
    (
        "lf-is-tardy-filing-its-annual-report",
        ("SALT LAKE CITY (AP) -- SCO Group, the Utah-based company embroiled in a $5 billion lawsuit against IBM, is "
        "tardy filing its 2004 annual report."),
        {L},
    ),
    # Item 4.01 (2016): the firm's intention "to not seek re-appointment" (a split infinitive)
    (
        "ac-intention-to-not-seek-reappointment",
        ("On October 11, 2016, the Company was advised by its independent registered accounting firm, Mayer Hoffman "
         "McCann P.C. (\"Mayer Hoffman\"), of its intention to not seek re-appointment as the Company's independent "
         "registered public accounting firm for the year ending December 31, 2016."),
        {A},
    ),
    (
        "ac-may-decide-to-not-seek-reappointment-hypothetical",
        ("Our independent registered public accounting firm may decide to not seek re-appointment, which could delay "
         "our filings."),
        set(),
    ),
    # news item on a Form 12b-25 (2024): "declined re-appointment", without "to stand for"
    (
        "ac-declined-re-appointment-news",
        ("Further, Tupperware's independent auditor of 28 years, New York-based PricewaterhouseCoopers LLP, declined "
         "re-appointment as the company's registered public accounting firm for the audit of its fiscal year ending "
         "Dec. 30, 2023."),
        {A},
    ),
    (
        "ac-has-not-declined-re-appointment",
        "Our independent registered public accounting firm has not declined re-appointment for the 2025 audit.",
        set(),
    ),
    # EV news blog on an NT 10-Q (2024): the report itself could not be completed by its date
    (
        "lf-inability-to-complete-10q-by-date",
        ("Fisker has encountered challenges, revealing its inability to complete its Quarterly Report on Form 10-Q for "
         "the first quarter by May 10 due to identified material weaknesses in its financial reporting control "
         "environment."),
        {L},
    ),
    (
        "lf-if-unable-to-complete-annual-report-hypothetical",
        "If we are unable to complete our Annual Report on Form 10-K by March 31, our listing could be at risk.",
        set(),
    ),
    # news article on a restatement (2021): "will not file its form 10K by Tuesday as planned"
    (
        "lf-will-not-file-form-10k-by-weekday-as-planned",
        ("As a result of the corrections, Plug Power will not file its form 10K by Tuesday as planned, it said, but "
         "will do so \u201cas soon as possible.\u201d"),
        {L},
    ),
    # trading venue's notice on a Nasdaq 5250(c)(1) letter (2024): the rule's own "requires listed companies" after it
    (
        "lf-5250c1-notice-with-rule-clause-after",
        ("According to the report, on September 17, the Company received a delinquency notification letter from the "
         "Listing Qualifications Department of Nasdaq notifying the Company that due to the delay in filing the "
         "Company's Annual Report on Form 10-K for fiscal year 2024, the Company is not in compliance with Nasdaq "
         "Listing Rule 5250(c)(1), which requires listed companies to timely file all periodic financial reports with "
         "the SEC."),
        {D, L},
    ),
    # proxy section quoted in an 8-K exhibit (2002): the new firm's engagement "subject to the stockholder
    # ratification" is a condition, not a vote ratifying the same firm
    (
        "ac-engage-subject-to-ratification-and-dismiss",
        ("On April 30, 2002, the Board of Directors elected to engage Hoberman, Miller, Goldstein & Lesser, PC "
         "(\"Hoberman\") to serve as the Company's independent accountants for the fiscal year 2002, subject to the "
         "stockholder ratification, and to dismiss Ernst & Young in such capacity."),
        {A},
    ),
    # news item (2022): the exchange "notified" the company "of delisting of" its shares
    (
        "dl-exchange-notified-company-of-delisting-of-shares",
        ("The NYSE has notified Great Panther Mining (NYSE:GPL) of delisting of the company's shares from NYSE "
         "American, with trading halted from Sep. 13."),
        {D},
    ),
    # 10-Q note (2016) and 10-Q note (2017): the exchange's notice told by its content, a suspension or delisting to come
    (
        "dl-advised-that-trading-would-be-suspended-unless-appeal",
        ("The Company was advised that, unless the Company requested an appeal of this determination, trading in the "
         "Company\u2019s common stock would be suspended at the opening of business on January 15, 2016 and a Form "
         "25-NSE would be filed with the Securities and Exchange Commission to remove the Company\u2019s securities from "
         "listing and registration on Nasdaq."),
        {D},
    ),
    (
        "dl-letter-stated-stock-would-be-delisted",
        ("The letter also stated our common stock would be delisted from The Nasdaq Capital Market at the opening of "
         "business on February 27, 2017 unless we request a hearing before the Nasdaq Hearing Panel."),
        {D},
    ),
    (
        "dl-if-not-regained-nasdaq-will-notify-delisting-hypothetical",
        ("If we do not regain compliance by March 22, 2010, Nasdaq will notify us that our securities will be delisted "
         "from the Nasdaq Capital Market."),
        set(),
    ),
    (
        "dl-panel-decision-rule-securities-will-be-suspended",
        ("When a Panel issues a delisting decision, a company's securities will be suspended from trading on the "
         "Nasdaq Stock Market, effective on the second business day after the decision is issued."),
        set(),
    ),
    (
        "dl-exchange-has-not-notified-of-delisting",
        "The NYSE has not notified the Company of delisting of its shares.",
        set(),
    ),
    # trade news (2003): the Rule 12b-25 extension in news words
    (
        "lf-plans-to-file-for-an-extension-with-securities-regulators",
        ("Surebeam, which makes technology to kill food-borne bacteria such as E. coli and listeria, said it plans to "
         "file for an extension with securities regulators, reported Reuters."),
        {L},
    ),
    (
        "lf-if-necessary-will-file-for-an-extension-hypothetical",
        "If necessary, the Company will file for an extension with the SEC.",
        set(),
    ),
    # trade news on an NYSE delisting (2016): "was delayed in filing ... its Form 10-K"
    (
        "lf-was-delayed-in-filing-its-form-10k",
        ("The NYSE also included in its public announcement that the Company was delayed in filing with the "
         "Securities and Exchange Commission its Form 10-K for the year ended December 31, 2015 and its Form 10-Q for "
         "the quarter end March 31, 2016."),
        {L},
    ),
    (
        "lf-was-not-delayed-in-filing",
        "The Company was not delayed in filing its Form 10-K.",
        set(),
    ),
    # NT 10-Q narrative (2007): "are not able to file a timely Form 10-Q"
    (
        "lf-are-not-able-to-file-a-timely-form-10q",
        ("We are not able to file a timely Form 10-Q because we have not completed our interim consolidated financial "
         "statements for the quarter ended June 30, 2007."),
        {L},
    ),
    # press release (2005): "has not been able to file ... in a timely fashion"
    (
        "lf-has-not-been-able-to-file-in-a-timely-fashion",
        ("As a result of the required restatements, the Company has not been able to file its Annual Report on Form "
         "10-K for the year ended May 31, 2005 (the \"10-K\") with the SEC in a timely fashion and that filing is "
         "delinquent at this time."),
        {L},
    ),
    (
        "lf-in-a-timely-fashion-other-sense",
        "The inventory count proceeds in a timely fashion.",
        set(),
    ),
    # press release (2004): the due date written with its own date, comma included
    (
        "lf-did-not-file-by-the-dated-due-date",
        ("Due to this review and the resultant delay in the completion of its financial statements, Analogic did not "
         "file its Quarterly Report on Form 10-Q for the quarter ended October 31, 2004, by the December 10, 2004 due "
         "date."),
        {L},
    ),
    # NT 10-K narrative (2005): "experienced delays in completing its Annual Report"
    (
        "lf-experienced-delays-in-completing-annual-report",
        "The company has experienced delays in completing its Annual Report on Form 10-K for the year ended March 25, 2005.",
        {L},
    ),
    (
        "lf-may-experience-delays-in-completing-hypothetical",
        ("We may experience delays in completing our Annual Report on Form 10-K if our auditors cannot complete their "
         "work."),
        set(),
    ),
    # press release (2023): "unable to file the Form 10-Q prior to November 14, 2023"
    (
        "lf-unable-to-file-prior-to-date",
        ("Although the Company has dedicated significant resources to the completion of finalizing its consolidated "
         "financial statements and related disclosures for inclusion in the Form 10-Q, the Company was unable to file "
         "the Form 10-Q prior to November 14, 2023, the extension period provided by the 12b-25."),
        {L},
    ),
    # press release (2025) and news item (2022): the exchange's letter named by its sender, no "listing" word
    (
        "dl-notice-from-nasdaq-bid-price-no-listing-word",
        ("As previously announced, the Company received notice from Nasdaq that the Company was not in compliance with "
         "the minimum bid price requirement for a period of 30 consecutive business days."),
        {D},
    ),
    (
        "dl-notified-by-the-nyse-average-price-below-one-dollar",
        ("The company said it was notified by the NYSE on January 5, 2022, that the average price of its common shares "
         "for the previous 30 trading days was below US$1.00 per share."),
        {D},
    ),
    (
        "dl-tender-offer-bid-price-other-sense",
        "The offer's bid price of $12.00 per share represents a 30% premium to the closing price.",
        set(),
    ),
    # press release (2024): the 10-K "which was initially due on March 29, 2024, but which the Company previously
    # announced would be delayed" (the delay named far after the report)
    (
        "lf-report-initially-due-announced-would-be-delayed",
        ("The Company is currently working to complete the preparation, audit and filing of its full-year 2023 "
         "financials in its Annual Report on Form 10-K for the fiscal year ended December 30, 2023 (the \"Form 10-K\"), "
         "which was initially due on March 29, 2024, but which the Company previously announced would be delayed."),
        {L},
    ),
    # news headline (2017) and a filing index's title of an NT 10-K (2009)
    (
        "lf-headline-to-further-delay-financial-report",
        "Toshiba to Further Delay Financial Report",
        {L},
    ),
    (
        "lf-may-need-to-delay-annual-report-hypothetical",
        "The Company may need to delay its annual report if the audit is not completed.",
        set(),
    ),
    (
        "lf-nt-10k-index-title-submitted-late",
        "- Notification that Annual Report will be submitted late (NT 10-K) 17 Marzo 2009 - 10:04PM",
        {L},
    ),
    # labusinessjournal.com (news, October 2013): the late-filing letter told by its cause
    (
        "dn-lf-notification-letter-risked-delisting-for-failure-to-file-on-time",
        ("Farmers Bros. Co. said Friday it had received a notification letter Thursday from the Nasdaq stock market, "
         "advising it that risked delisting for failure to file its annual report on time with SEC."),
        {D, L},
    ),
    # securities-law-blog.com (2023): the Listing Council's procedure, its "it" the Council's
    (
        "dn-listing-council-procedure-when-it-reviews",
        ("When the Listing Council reviews a decision on its own initiative, it must do so within 45 calendar days of "
         "the Panel Decision."),
        set(),
    ),
    (
        "dn-listing-council-has-the-power-to-stay",
        ("Although the review does not operate as an automatic stay, the Listing Council has the power to stay the "
         "Panel Decision pending its review."),
        set(),
    ),
    # benzinga.com (news, May 2021): "will require additional time to complete" its quarterly reporting
    (
        "lf-will-require-additional-time-to-complete-quarterly-review",
        ("Plug Power announced it will require additional time to complete its quarterly review and reporting process "
         "for the first quarter of 2021."),
        {L},
    ),
    # 8-K Item 4.01 (LogicMark, June 2022): a dismissal told as "will no longer engage"
    (
        "ac-determined-it-will-no-longer-engage-the-firm",
        ("As of June 17, 2022, LogicMark, Inc. (the \u201cCompany\u201d) determined\nthat it will no longer engage Marcum "
         "LLP (\u201cMarcum\u201d) as the Company\u2019s independent registered public accounting firm."),
        {A},
    ),
    # advfn.com (Ampex press release, April 2008): the Staff's determination, its authority named in between
    (
        "dn-staff-has-determined-using-its-discretionary-authority-will-be-delisted",
        ("Ampex Corporation (Nasdaq:AMPX) today announced that on April 11, 2008 it received notice from The Nasdaq "
         "Stock Market (\u201cNasdaq\u201d) that, following the Company\u2019s filing of a voluntary petition for relief "
         "under Chapter 11 of the U.S. Bankruptcy Code on March 30, 2008, the staff of Nasdaq\u2019s Listing "
         "Qualifications Department has determined, using its discretionary authority under Marketplace Rule 4300 and "
         "IM-4300, that the Company\u2019s Class A Common Stock (the \u201cCommon Stock\u201d) will be delisted from "
         "Nasdaq unless the Company requests an appeal of the determination."),
        {D, B},
    ),
    # 8-K Item 4.01 (2007, Swenson): Item 304's statement of who approved the change
    (
        "ac-decision-to-change-accountants-was-approved",
        "(iii) The decision to change accountants was approved by the Audit Committee and the Board of Directors of the Company.",
        {A},
    ),
    # capedge.com (First China Pharmaceutical 8-K Item 4.01, 2010): a modified opinion on the uncertainty
    (
        "gc-former-auditor-modified-opinion-on-the-uncertainty",
        ("(ii) Li\u2019s report on the Company\u2019s financial statements for each of the fiscal years ended March 31, 2010 "
         "and 2009 contained a modified opinion on the uncertainty of the Company to continue as a going concern because "
         "of the Company\u2019s negative working capital."),
        {G},
    ),
    # GlobeNewswire (Apricus Biosciences, March 2011): the paragraph removed
    (
        "gc-going-concern-paragraph-has-been-removed",
        ("Apricus Biosciences, Inc. announced today that the going concern paragraph has been removed from its audit "
         "opinion contained in its upcoming filing of Form 10-K for the year ended December 31, 2010."),
        set(),
    ),
    # sec.gov 8-K (Tandy Leather, August 2019): the expectation doubted
    (
        "lf-does-not-anticipate-it-will-be-able-to-file-timely",
        ("Because the independent investigation and Accounting Policy and Controls Review referred to above include "
         "matters related to accounting for the three months ended June 30, 2019 and previous periods, the Company "
         "currently does not anticipate that it will be able to file timely its Quarterly Report on Form 10-Q for the "
         "three and six months ended June 30, 2019, which has a due date of August 14, 2019."),
        {L},
    ),
    # advfn.com (The Sports Club Company release, June 2005): "failure to have timely filed"
    (
        "lf-failure-to-have-timely-filed",
        ("Specifically, the Company's failure to have timely filed its Form 10-K for the fiscal year ended December 31, "
         "2004 and its Form 10-Q for the quarter ended March 31, 2005 is in violation of the applicable listing standards "
         "set forth in Sections 134, 1101 and 1003(d) of the Exchange's Company Guide."),
        {D, L},
    ),
    # sec.gov .../857073/000119312511164810/dex161.htm (Exhibit 16.1, 2011): the firm's own letter
    (
        "ac-exhibit-16-letter-we-resigned-from-that-position",
        ("We were previously engaged as independent auditors for HQ Sustainable Maritime Industries, Inc. (the "
         "\u201cCompany\u201d) for the fiscal year ending December 31, 2010. On May 26, 2011, we resigned from that "
         "position."),
        {A},
    ),
    (
        "lf-5250c1-rule-text-alone",
        ("Nasdaq Listing Rule 5250(c)(1) requires listed companies to timely file all required periodic financial "
         "reports with the SEC."),
        set(),
    ),
    # ---------------------------------------------------------------------------- wording families of holdout G
    # http://www.automobile-recalls.net/china-bak-battery-delays-10k-filing-with-sec/99193/ (China BAK Battery, news,
    # fiscal 2016): the report to be filed "late"
    (
        "late-will-file-its-10k-report-late",
        (
            "China BAK Battery, a manufacturer of lithium ion rechargeable batteries, has notified the Securities and "
            "Exchange Commission (SEC) that it will file its 10K report late."
        ),
        {L},
    ),
    # sec.gov .../1376339/000137633918000012/a8-kexhibit9912202018x01.htm (MiMedx Group, 8-K Exhibit 99.1, February 20,
    # 2018): the release and the 10-K filing put off together
    (
        "late-postpone-release-as-well-as-filing-of-10k",
        (
            "Marietta, Georgia, February 20, 2018 -- MiMedx Group, Inc. (NASDAQ: MDXG), a leading developer and marketer "
            "of regenerative and therapeutic biologics, today announced that it will postpone the release of its financial "
            "results, as well as the filing of its Form 10-K, for the year ended December 31, 2017."
        ),
        {L},
    ),
    # sec.gov .../1376339/000137633919000050/ex991restatementtimingupda.htm (MiMedx Group, 8-K Exhibit 99.1, December
    # 12, 2019): behind on its reports, working to become current
    (
        "late-becoming-current-in-sec-reporting",
        (
            "Timothy R. Wright, MiMedx Chief Executive Officer, commented, \u201cWe are committed to completing our audited "
            "financial statements with a view to becoming current in our SEC reporting as soon as possible."
        ),
        {L},
    ),
    # https://technode.com/2020/06/24/luckin-shares-plunge-12-on-second-delisting-warning/ (Luckin Coffee, news, 2020):
    # "the company's failure to file a Form 20-F" (the notice itself is told in an earlier sentence)
    (
        "late-company-failure-to-file-a-form-20f",
        (
            "Details: The delisting notice was sent in response to the company\u2019s failure to file a Form 20-F, or annual "
            "report, for the period ended December 31, 2019, according to a statement from the company."
        ),
        {L},
    ),
    # http://getfilings.com/o0000950134-03-007996.html (ACC Acquisition LLC, 10-Q cover, March 31, 2003): "No" to the
    # filed-all-reports question from a voluntary filer, not a late one
    (
        "late-cover-no-voluntary-filer",
        (
            "Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section 13 or "
            "15(d) of the Securities Exchange Act of 1934 during the preceding 12 months (or for such shorter period that "
            "the registrant was required to file such reports), and (2) has been subject to such filing requirements for "
            "the past 90 days. Yes [ ] No [X]\n"
            "The registrant is not subject to filing requirements of Section 13 or 15(d) of the Securities and Exchange Act "
            "of 1934, but files reports required by those sections pursuant to contractual obligations.\n"
            "Indicate by check mark whether the registrant is an accelerated filer (as defined in Rule 12b-2 of the "
            "Exchange Act). Yes [ ] No [X]"
        ),
        set(),
    ),
    # https://www.abqjournal.com/1231142/one-of-oldest-us-coal-companies-files-for-bankruptcy.html (Westmoreland Coal,
    # AP story, 2018): the doubt about paying obligations as they come due, the standard's own test
    (
        "gc-doubt-about-ability-to-pay-obligations",
        (
            "Westmoreland officials warned in August that declining industry conditions and significant debt \u201cgive "
            "rise to substantial doubt about our ability to pay our obligations as they come due,\u201d according to a "
            "filing with the U.S. Securities and Exchange Commission."
        ),
        {G},
    ),
    # sec.gov .../867665/000143774921020104/R17.htm (SEC registrant CIK 867665, 10-Q June 30, 2021): the auditor's
    # paragraph "with regard to" the ability to continue as a "going concern"
    (
        "gc-explanatory-paragraph-with-regard-to",
        (
            "Our failure to comply with such covenant contributed to our independent accountant\u2019s including an "
            "explanatory paragraph with regard to the Company\u2019s  ability to continue as a \u201cgoing concern\u201d  in "
            "issuing their opinion on our financial statements for the year ended December 31, 2020."
        ),
        {G},
    ),
    # https://ir.alliqua.com/all-sec-filings/xbrl_doc_only/7666 (Alliqua BioMedical, 10-Q September 30, 2017): the XBRL
    # element's label over the note is no statement of doubt
    (
        "gc-xbrl-element-label-is-no-statement",
        (
            "Going Concern\n9 Months Ended\nSep. 30, 2017\nOrganization, Consolidation and Presentation of Financial "
            "Statements [Abstract]\nSubstantial Doubt about Going Concern [Text Block]\n2.\nGoing Concern\n"
            "The Company\u2019s financial statements are prepared using accounting principles generally accepted in the "
            "United States of America applicable to a going concern that contemplates the realization of assets and "
            "liquidation of liabilities in the normal course of business."
        ),
        set(),
    ),
    # https://sec.gov/Archives/edgar/data/99106/000151316218000131/R8.htm (SEC registrant CIK 99106, 10-Q March 31,
    # 2018): the doubt drawn "as such" after an "unless" clause is stated, not supposed
    (
        "gc-unless-then-as-such-there-is-doubt",
        (
            "Unless we are successful in obtaining additional liquidity, we believe that we will not have sufficient cash "
            "and liquid assets to fund normal operations and, as such, there is substantial doubt about the Company\u2019s "
            "ability to continue as a going concern for the next 12 months from the date of issuance of this Form 10-Q."
        ),
        {G},
    ),
    # https://benzinga.com/z/1791169 (Mercantile Bancorp, company announcement, July 18, 2011): still "below certain of"
    # the exchange's standards after a plan was accepted
    (
        "delisting-remains-below-certain-of-the-standards",
        (
            "The letter indicates the Company remains below certain of the NYSE Amex's continued listing standards "
            "regarding stockholders' equity, losses from continuing operations, and net losses in recent fiscal years, as "
            "set forth in Sections 1003(a)(i), (ii) and (iv) of the Company Guide, as first reported on April 29, 2011."
        ),
        {D},
    ),
    # ---------------------------------------------------------------------------- wording families of holdout H
    # https://www.sec.gov/Archives/edgar/data/1166389/000114420411015802/v215259_8k.htm (China Agritech, 8-K Item 4.01,
    # 2011): the firm named by its short form
    (
        "auditor-terminated-the-services-of-e-and-y",
        "On March 14, 2011, the Company terminated the services of E&Y.",
        {A},
    ),
    # https://markets.chroniclejournal.com/chroniclejournal/action/getedgarwindow?accesscode=80845007000012 (Navistar,
    # 8-K Item 3.01, February 6, 2007): "de-list" spelled with a hyphen
    (
        "delisting-affirmed-decision-to-de-list",
        (
            "On February 6, 2007, Navistar International Corporation (the \u201ccompany\u201d) was advised by the New York "
            "Stock Exchange, Inc. (\u201cNYSE\u201d) that the NYSE Regulation Board of Directors\u2019 Committee determined "
            "to affirm the decision of NYSE Regulation Staff to de-list the common stock and the convertible junior "
            "preference stock, Series D, of the company from trading on both the NYSE and NYSE Arca."
        ),
        {D},
    ),
    # https://www.foodprocessing.com/industrynews/2016/hain-celestial-nasdaq-delisting/ (Hain Celestial, news, 2016): the
    # exchange's warning told with its cause
    (
        "delisting-notified-could-be-de-listed-for-failing-to-file",
        (
            "Hain Celestial Group Inc. on Sept. 1 acknowledged it was notified by the Nasdaq Stock Market that it could "
            "be de-listed from the stock exchange for failing to file an annual report and Form 10-K on time."
        ),
        {D},
    ),
    # https://www.nsenergybusiness.com/news/newspacific-drilling-files-for-bankruptcy-protection-under-chapter-11-in-us-141117-5971157/
    # (Pacific Drilling, news, 2017): a notice "regarding the suspension of trading" of its stock
    (
        "delisting-notice-regarding-suspension-of-trading",
        (
            "In September,  Pacific Drilling announced that it had received notice from NYSE Regulation regarding the "
            "suspension of trading of the company\u2019s common stock on the New York Stock Exchange (NYSE)."
        ),
        {D},
    ),
    # http://nymag.com/thecut/2010/08/the_stock_exchange_threatened.html (American Apparel, news, 2010): results "still"
    # not filed, and the exchange's letter warning of delisting
    (
        "delisting-letter-warning-would-be-delisted-and-still-not-filed",
        (
            "American Apparel still hasn\u2019t filed second-quarter results, prompting the NYSE to send the company a "
            "letter yesterday warning they would be delisted if they fail to come up with a plan the exchange finds "
            "acceptable by November 15."
        ),
        {D, L},
    ),
    # https://cityam.com/?p=1030359 (Kraft Heinz, news, 2019): the filing for a quarter's results "will also be delayed"
    (
        "late-filing-for-quarter-results-will-also-be-delayed",
        (
            "While the group said that the investigation was \"substantially complete\", it warned that its filing to the "
            "Securities and Exchange Commission (SEC) for its first-quarter 2019 results will also be delayed."
        ),
        {L},
    ),
    # https://www.sec.gov/Archives/edgar/data/949039/000156459021005225/R18.htm (Diamond Offshore, 10-K 2020): the
    # filing of the Chapter 11 Cases "on <date> constituted an event of default"
    (
        "bankruptcy-filing-of-the-chapter-11-cases-on-date-constituted",
        (
            "The filing of the Chapter 11 Cases on April 26, 2020 constituted an event of default under the Revolving "
            "Credit Agreement, and the principal and interest on outstanding borrowings thereunder became immediately "
            "due and payable."
        ),
        {B},
    ),
    # ---------------------------------------------------------------------------- wording families of holdout I
    # sec.gov .../1021270/000155837020003261/R23.htm (SEC registrant CIK 1021270, 10-K 2019): assets bought in connection
    # with another company's Chapter 11 filing
    (
        "bankruptcy-chapter-11-filing-of-another-company",
        (
            "On February 11, 2020, we entered into an Asset Purchase Agreement with Granite City Food & Brewery Ltd. "
            "(\u201cGranite City\u201d) to acquire certain assets associated with Granite City restaurants in connection "
            "with the Chapter 11 filing of Granite City (the \u201cAcquisition\u201d)."
        ),
        set(),
    ),
    # sec.gov .../830052/000083005214000037/R17.htm (SEC registrant CIK 830052, 10-Q September 30, 2014): a dealer's petition
    (
        "bankruptcy-dealer-filed-a-voluntary-petition",
        (
            "On February 27, 2012, we were notified that this dealer filed a voluntary petition for protection under "
            "Chapter 11 of the U.S. Bankruptcy Code in the U.S. Bankruptcy Court for the Central District of California "
            "in Santa Ana, California on February 24, 2012."
        ),
        set(),
    ),
    # https://ir.brinkshome.com/sec-filings/quarterly-reports/xbrl_doc_only/997 (Monitronics International, 10-Q June 30,
    # 2019): "the Company's filing of the Chapter 11 Cases", the chapter in the phrase itself
    (
        "bankruptcy-company-filing-of-the-chapter-11-cases",
        (
            "Based on the Company's substantial level of indebtedness and, as described in note 1, Basis of Presentation "
            "and note 2, Bankruptcy, the Company's filing of the Chapter 11 Cases as well as the uncertainty surrounding "
            "such filings, management continues to conclude there is substantial doubt regarding our ability to continue "
            "as a going concern within one year from the issuance date of these condensed consolidated financial "
            "statements."
        ),
        {B, G},
    ),
    # sec.gov .../1043156/000143774913014309/R6.htm (Star Buffet, 10-Q August 15, 2011, filed 2013): reports delayed by
    # the voluntary Chapter 11 filing
    (
        "late-reports-delayed-by-the-voluntary-filing-under-chapter-11",
        (
            "The filing of the Company\u2019s Annual Reports on Form 10-K for the years ended January 28, 2013 (\u201cfiscal "
            "2013\u201d), and January 30, 2012 (\u201cfiscal 2012\u201d) as well as the filing of Quarterly Reports on Form "
            "10-Q for the quarterly periods ended August 9, 2010, May 23, 2011, August 15, 2011, August 15, 2011, May 21, "
            "2012, August 13, 2012, November 5, 2012, May 20, 2013, and August 12, 2013 have been primarily delayed as a "
            "result of the voluntary filing for reorganization under Chapter 11 of the United Bankruptcy Code as more "
            "fully described in Note 7 to the condensed consolidated financial statements under the heading Chapter 11 "
            "Reorganization."
        ),
        {L, B},
    ),
    # sec.gov .../896429/000162828019012236/R9.htm (SEC registrant CIK 896429, 10-Q March 31, 2019): "have not timely filed"
    (
        "late-have-not-timely-filed",
        (
            "We have not timely filed our Annual Report on Form 10-K for the fiscal year ended June 30, 2018 and the "
            "Fiscal Year 2019 Form 10-Qs as a result of the internal investigation of the Audit Committee of the "
            "Company\u2019s Board of Directors (the \u201cAudit Committee\u201d) and the subsequent restatement of certain "
            "of our prior period financial statements as more fully described below."
        ),
        {L},
    ),
    # http://in.reuters.com/article/idINFWN1FU16E (Celadon Group, Reuters brief, February 10, 2017): "filing of 10-Q"
    # without a determiner
    (
        "late-wire-brief-filing-of-10q-will-be-delayed",
        (
            "* Celadon Group says due to timing of court decision & need\nto determine amount of accrual in co's results, "
            "filing of 10-Q\nfor Q2 will be delayed"
        ),
        {L},
    ),
    # ---------------------------------------------------------------------------- wording families of holdout J
    # https://oedigital.com/news/515317-noble-corporation-plans-delisting-from-danish-nasdaq (Noble Corporation, news,
    # 2024): the issuer's own delisting request
    (
        "delisting-own-formal-delisting-request",
        (
            "The company has not filed, and has not yet determined when it will file, a formal delisting request with "
            "NASDAQ."
        ),
        set(),
    ),
    # http://getfilings.com/sec-filings/170207/COMSCORE-INC_8-K/d325329dex991.htm (comScore, 8-K Exhibit 99.1, February
    # 6, 2017): a plan to "become current in filing all of its required SEC periodic reports", however hedged
    (
        "late-targeting-to-become-current-in-filing",
        (
            "The Company is targeting the summer of 2017 to complete the restatement and become current in filing all of "
            "its required SEC periodic reports, although there can be no assurance that the process will be completed by "
            "that time."
        ),
        {L},
    ),
    # https://www.advfn.com/stock-market/NASDAQ/CTBK/stock-news/36896691/city-bank-files-form-12b-25-for-additional-time-fi
    # (City Bank, release, 2009): "has filed a Notification of Late Filing" is the bank's own form, not a definition
    (
        "late-has-filed-a-notification-of-late-filing",
        (
            "City Bank (NASDAQ:CTBK) has filed a Notification of Late Filing on Form 12b-25 with the Federal Deposit "
            "Insurance Corporation to report that it was not able to timely file its Annual Report on Form 10-K for the "
            "year ended December 31, 2008."
        ),
        {L},
    ),
    # ---------------------------------------------------------------------------- wording families of holdout K
    # sec.gov .../1565228/000149315220005537/R8.htm (SEC registrant CIK 1565228, 10-K 2019): funds that "mitigate the
    # going concern uncertainty"
    (
        "gc-funds-mitigate-the-going-concern-uncertainty",
        (
            "As a result of the proceeds raised in the recent capital events, repaying substantially all of the "
            "Company\u2019s debt and ongoing cost management, the Company believes there are enough funds to mitigate the "
            "going concern uncertainty for at least twelve months from the date of these financial statements are made "
            "available."
        ),
        set(),
    ),
    # ---------------------------------------------------------------------------- wording families of holdout L
    # http://www.wattagnet.com/articles/30054-hain-celestial-stock-could-be-subject-to-delisting (news, 2017): a title
    # without a full stop runs into the letter under it; the title's "could" is not the letter's
    (
        "dl-title-runs-into-the-letter",
        (
            "Hain Celestial stock could be subject to delisting\nHain Celestial has received a letter from the Listing "
            "Qualifications Department of The NASDAQ Stock Market LLC, notifying the company that it has not regained "
            "compliance with NASDAQ Listing Rule 5250(c)(1), and as a result, the company\u2019s common stock could be "
            "subject to delisting unless it requests a hearing before a NASDAQ hearings panel."
        ),
        {D, L},
    ),
    # https://br.advfn.com/noticias/EDGAR/2010/artigo/45492365 (RINO International, 8-K Item 3.01, 2010): Nasdaq's
    # public-interest determination
    (
        "dl-continued-listing-no-longer-warranted",
        (
            "On November 29, 2010 RINO International Corporation (the \u201cCompany\u201d) received a letter from The NASDAQ "
            "Stock Market (\u201cNASDAQ\u201d) stating that based upon its review of the Company and pursuant to NASDAQ "
            "Listing Rules 5101, 5250(a)(1) and 5250(c)(1), the staff of NASDAQ believes that the continued listing of "
            "the Company\u2019s securities on NASDAQ is no longer warranted (the \u201cNASDAQ Letter\u201d)."
        ),
        {D, L},
    ),
    # https://www.sec.gov/Archives/edgar/data/1131554/000113155418000045/R15.htm (Synchronoss, 10-Q, 2017): the time
    # the exchange gave to regain compliance
    (
        "dl-had-until-to-submit-a-plan-to-regain-compliance",
        (
            "The Notice, as discussed in Note 9 - Stockholder\u2019s Equity sub-section, \u201cSubsequent Events - Nasdaq "
            "Compliance and Common Stock\u201d indicated that the Company had until July 17, 2017 to submit a plan to "
            "regain compliance with Nasdaq\u2019s continued listing requirements."
        ),
        {D},
    ),
    # https://fastly.tipranks.com/news/the-fly/pyrogenesis-intends-to-voluntarily-delist-from-nasdaq (news, 2023): the
    # extension Nasdaq approved for a bid-price deficiency
    (
        "dl-nasdaq-approves-request-for-extension",
        (
            "As previously announced in its press release dated May 23, 2023, the Company had received a written "
            "notification from Nasdaq Stock Market LLC indicating that the Nasdaq approves the Company\u2019s request for "
            "a 180-day extension, from an original notice received on November 22, 2022, to meet the minimum closing "
            "bid price of US$1.00 per share listing requirement under Nasdaq Listing Rule 5550(a)(2)."
        ),
        {D},
    ),
    # https://www.tipranks.com/news/the-fly/nyse-to-commence-delisting-proceedings-against-azure-power (news, 2023):
    # the issuer named after its "equity shares"
    (
        "dl-proceedings-to-delist-the-equity-shares-of",
        (
            "The New York Stock Exchange announced that the staff of NYSE Regulation has determined to commence "
            "proceedings to delist the equity shares of Azure Power Global Limited \u2013 ticker symbol AZRE \u2013 from "
            "the NYSE."
        ),
        {D},
    ),
    # https://science-technology.news-articles.net/content/2009/01/16/nortel-nortel-obtains-approvals-from-u-s-court.html
    # (Nortel, release, 2009): the exchange "decided to suspend the listing"
    (
        "dl-exchange-decided-to-suspend-the-listing",
        (
            "Nortel also announced that on January 14, 2009, the Company received notice from NYSE Regulation, Inc. "
            "that it has decided to suspend the listing of the Company\u2019s common shares on the New York Stock Exchange "
            "(\"NYSE\")."
        ),
        {D},
    ),
    # https://www.fool.com/investing/2018/05/10/why-shares-of-synchronoss-technologies-tumbled-tod.aspx (news, 2018):
    # a news item's threat of delisting and the reports not filed
    (
        "dl-threatened-with-delisting-after-failing-to-file",
        (
            "Synchronoss was threatened with delisting last November after the company failed to file quarterly "
            "results with the Securities and Exchange Commission."
        ),
        {D, L},
    ),
    (
        "dl-does-not-expect-to-regain-compliance",
        (
            "Synchronoss said that it does not expect to regain compliance with the continued listing requirements set "
            "by the Nasdaq Hearings Panel prior to the May 10 deadline."
        ),
        {D},
    ),
    # http://www.restructuringdebtreview.com/2015/01/caesars-begins-10b-fight-in-earnest/ (news, 2015): creditors'
    # "special purpose entities" file the involuntary petition; they are no rule's "entities"
    (
        "bk-creditors-entities-file-involuntary-petition",
        (
            "Following weeks of public disclosure regarding its intent to file a consensual chapter 11 case with the "
            "support of its senior secured creditors, Caesars was surprised on January 12 when Appaloosa Management LP, "
            "Tennenbaum Capital Partners, LLC, and Oaktree Capital Management, LP, through their respective investment "
            "vehicle special purpose entities holding second lien Caesars notes (the \u201cPetitioning Creditors\u201d), "
            "filed an involuntary chapter 11 petition against Caesars in Delaware bankruptcy court."
        ),
        {B},
    ),
    # https://www.freightwaves.com/news/news-flash-hanjin-makes-chapter-15-filing-in-u-s-bankruptcy-court (news, 2016):
    # a foreign proceeding brought to a US court
    (
        "bk-filed-for-recognition-under-chapter-15",
        (
            "Hanjin Shipping has filed for recognition of its Korean insolvency proceeding in the United States under "
            "Chapter 15 of the U.S. Bankruptcy Code."
        ),
        {B},
    ),
    # https://www.sec.gov/Archives/edgar/data/1593222/000119312523273705/R20.htm (10-Q 2023, subsequent events): the
    # company is the landlord of the named company that announced its filing
    (
        "bk-tenant-announced-it-has-filed-landlords-report",
        (
            "11. Subsequent Events\nSubsequent to September 30, 2023, WeWork Inc. (\u201cWeWork\u201d), announced that it has "
            "filed for bankruptcy protection. The Company, through wholly owned subsidiaries, is the landlord under "
            "leases totaling approximately 177,000 square feet with subsidiaries of WeWork at three of the Company\u2019s "
            "properties."
        ),
        set(),
    ),
    # https://www.fool.com/investing/2018/05/14/why-shares-of-synchronoss-technologies-were-suspen.aspx (news, 2018)
    (
        "late-has-not-filed-a-periodic-report-since",
        (
            "Synchronoss hasn\u2019t filed a quarterly or annual report with the SEC since February 2017 due to an ongoing "
            "financial restatement process."
        ),
        {L},
    ),
    # ---------------------------------------------------------------------------- wording families of holdout M
    # http://business.borgernewsherald.com/borgernewsherald/article/bizwire-2023-12-4-sonic-foundry-announces-delisting-from-n
    # (Sonic Foundry, release, 2023): "government entities" in the company's description are no rule's subject
    (
        "dl-final-delisting-notice-after-a-description-naming-entities",
        (
            "Sonic Foundry, Inc. (NASDAQ: SOFO), the trusted leader in developing comprehensive video recording and "
            "streaming solutions for corporations, health organizations and government entities today announced that the "
            "Company received a final delisting notice from Nasdaq on December 1, 2023."
        ),
        {D},
    ),
    # http://archive.fast-edgar.com/20221028/AKZX422CZM22U2ZN222Q22ZZLCN9Z6Q8Z242/R19.htm (10-Q 2022, subsequent events)
    (
        "dl-notified-stock-would-be-subject-to-delisting-unless-hearing",
        (
            "On September 1, 2022, the Company was notified by the Listing Qualifications Staff (the \"Staff\") of NASDAQ "
            "that the Company\u2019s common stock would be subject to delisting due to the Company\u2019s non-compliance with "
            "the filing requirement set forth in Nasdaq Listing Rule 5250(c)(1) unless the Company timely requested a "
            "hearing before the Nasdaq Hearings Panel (the \"Panel\")."
        ),
        {D, L},
    ),
    # https://www.sec.gov/Archives/edgar/data/846815/000095016205000537/ca8k.htm (Collins & Aikman, 8-K Item 3.01, 2005):
    # the exchange's application to delist the company's stock, the company named in the possessive
    (
        "dl-application-to-the-sec-to-delist-the-companys-stock",
        (
            "On May 12, 2005, the Staff of the New York Stock Exchange (\u201cNYSE\u201d) issued a press release, which is "
            "filed herewith as Exhibit 99.1, stating, among other things, that application to the SEC to delist Collins "
            "& Aikman Corporation\u2019s (the \u201cCompany\u201d) common stock is pending the completion of applicable "
            "procedures."
        ),
        {D},
    ),
    # https://igamingbusiness.com/strategy/management/lottery-com-faces-nasdaq-delisting-over-late-filing (news, 2022)
    (
        "late-has-been-unable-to-file-its-quarterly-report",
        (
            "The US Securities and Exchange Commission (SEC) said Lottery.com is yet to submit the final reviews of its "
            "financial statements for the period ended 30 June, and therefore has been unable to file its quarterly "
            "report via form 10-Q for the period."
        ),
        {L},
    ),
    # https://opedge.com/news_2017-03-16_01/ (news, 2017): filings "further delayed"
    (
        "late-filings-will-be-further-delayed",
        (
            "On March 15, Hanger, Austin, Texas, filed a Current Report on Form 8-K with the U.S. Securities and Exchange "
            "Commission (SEC) stating that due to ongoing remediation of financial accounting and reporting processes, "
            "the existence of material weaknesses, and preparation of restated financial statements, certain of the "
            "company\u2019s filings will be further delayed for an extended period of time."
        ),
        {L},
    ),
    # https://www.sec.gov/Archives/edgar/data/96699/000119312503022205/d8k.htm (Technical Communications, 8-K Item 4,
    # 2003): the former auditor's report "qualified as to the uncertainty" of going on
    (
        "gc-report-qualified-as-to-the-uncertainty",
        (
            "The audit reports of Grant Thornton LLP on the Company\u2019s financial statements for each of the past two "
            "fiscal years ended September 28, 2002 and September 29, 2001, respectively, did not contain an adverse "
            "opinion or a disclaimer of opinion, and were not qualified or modified as to uncertainty, audit scope, or "
            "accounting principles, except that the report of Grant Thornton LLP on the Company\u2019s financial statements "
            "for the fiscal year ended September 28, 2002 was qualified as to the uncertainty of the Company\u2019s ability "
            "to continue as a going concern."
        ),
        {G},
    ),
    # ---------------------------------------------------------------------------- wording families of holdout N
    # https://www.sec.gov/Archives/edgar/data/20/000089322002000815/w61793e8vk.txt (K-Tron, 8-K Item 4, 2002): the board
    # decided "to no longer engage" the firm
    (
        "ac-decided-to-no-longer-engage-the-firm",
        (
            "As recommended by K-Tron's Audit Committee, the Board of Directors on June 22, 2002 decided to no longer engage "
            "Arthur Andersen LLP (\"Andersen\") as K-Tron's independent public accountants and has engaged KPMG LLP to serve "
            "as K-Tron's independent public accountants for the fiscal year ending 28 December 2002."
        ),
        {A},
    ),
    # https://www.sec.gov/Archives/edgar/data/40533/000095013302002233/w61397e8vk.htm (General Dynamics, 8-K Item 4,
    # 2002): the firm told the company it could no longer serve
    (
        "ac-firm-informed-it-could-no-longer-serve",
        (
            "On June 4, 2002 Arthur Andersen LLP (\u201cArthur Andersen\u201d) informed General Dynamics Corporation that it "
            "would no longer be able to fulfill its services as our independent public accountant."
        ),
        {A},
    ),
    # https://wirecard.com/2020/06/27/wirecard-ag-informs-customers-and-partners-about-current-business-operations
    # (Wirecard, release, 2020): a German court's insolvency case, as the filer translates its petition
    (
        "bk-application-for-opening-of-insolvency-proceedings",
        (
            "As announced on Thursday, 25 June 2020, the Management Board of Wirecard AG has filed an application for "
            "opening of insolvency proceedings on behalf of Wirecard AG with the competent Munich Local Court."
        ),
        {B},
    ),
    # https://issuu.com./chesapeakeenergy/docs/chk_2022annualreport/s/23496915 (Chesapeake, annual report 2022): a case
    # told with its end, "until emergence on" a date, is history
    (
        "bk-case-told-until-emergence-on-a-date",
        (
            "As discussed in Note 2 below, we filed the Chapter 11 Cases on the Petition Date and subsequently operated as "
            "a debtor-in-possession, in accordance with applicable provisions of the Bankruptcy Code, until emergence on "
            "February 9, 2021."
        ),
        set(),
    ),
    # https://westfaironline.com/123749/frontier-to-be-delisted-from-nasdaq-on-friday/ (news, 2020): the named issuer
    # "is being delisted from the Nasdaq"
    (
        "dl-named-issuer-is-being-delisted-from-the-exchange",
        "Frontier Communications is being delisted from the Nasdaq.",
        {D},
    ),
    # https://investorshub.advfn.com/boards/replies.aspx?msg=116247171 (a guide to delisting): what the exchange does
    # when any company "is being delisted"
    (
        "dl-procedure-why-the-company-is-being-delisted",
        (
            "The NYSE sends a delisting notice to the company and issues a press release explaining why the company is "
            "being delisted."
        ),
        set(),
    ),
    # https://cannabislaw.report/toronto-stock-exchange-will-de-list-canntrust-if-financial-statements-not-in-order-by-
    # march-25-2020/ (news, 2019): the TSX's review of eligibility for continued listing, for reports that are late
    (
        "dl-tsx-review-of-eligibility-and-late-disclosure",
        (
            "A review will be conducted on the company\u2019s eligibility for continued listing on the stock exchange, "
            "CannTrust disclosed to MJ Biz.com this week.\nThe review is a result of CannTrust being late in satisfying "
            "certain disclosure requirements, particularly:\nInterim financial statements for the second and third "
            "quarters of 2019."
        ),
        {D, L},
    ),
    # https://capedge.com/filing/884217/0001558370-20-007429/TLRD-8K (Tailored Brands, 8-K Item 8.01, 2020): an order's
    # title naming "Public Companies" and its "Release No." are neither a generic subject nor a negation
    (
        "lf-relying-on-the-order-with-its-release-number",
        (
            "Due to the global health pandemic related to the outbreak of the novel coronavirus (\u201cCOVID-19\u201d), the "
            "Company is relying on the Securities and Exchange Commission\u2019s Order under Section 36 of the Securities "
            "Exchange Act of 1934 Modifying Exemptions From the Reporting and Proxy Delivery Requirements for Public "
            "Companies dated March 25, 2020 (Release No. 34-88465) (the \u201cOrder\u201d) to delay the filing of its "
            "Quarterly Report on Form 10-Q for the quarterly period ended May 2, 2020 (the \u201cQuarterly Report\u201d) "
            "that is due on June 11, 2020."
        ),
        {L},
    ),
    # https://www.marketscreener.com/quote/stock/TUPPERWARE-BRANDS-CORPORA-14685/news/Tupperware-flags-doubts-to-continue-
    # amid-inadequate-liquidity-46320985/ (news, 2024): the doubt "flagged"
    (
        "gc-news-flagged-doubts-about-going-concern",
        (
            "Tupperware Brands flagged doubts about the ability to continue as a going concern for at least a year and "
            "forecast inadequate liquidity to fund operations, the seller of plastic airtight food storage containers said "
            "in a filing with the SEC on Friday."
        ),
        {G},
    ),
    # ---------------------------------------------------------------------------- wording families of holdout O
    # https://www.ajc.com/business/mimedx-auditor-quits-citing-lack-candor-sec-filing-says/B4R1a4nBH26JRnCyCqBh4K/ (news,
    # 2018): an auditor of a named company "quit"; the company "was de-listed by Nasdaq"
    (
        "ac-auditor-for-named-company-quit",
        (
            "An auditor for MiMedx quit last week because the firm didn\u2019t feel that the Marietta-based biopharma "
            "company was being forthcoming, according to a federal filing made public Monday."
        ),
        {A},
    ),
    (
        "dl-named-company-was-de-listed-by-nasdaq",
        "Last month, MiMedx was de-listed by Nasdaq.",
        {D},
    ),
    # https://www.financialexpress.com/industry/resignations-by-auditors-of-listed-corporates-continue-unabated-14-firms-
    # quit-so-far-in-2019/1605873/ (news, 2019): auditors in general "quit" companies
    (
        "ac-auditors-in-general-quit-companies",
        "In 2018, auditors quit 48 NSE-listed companies, four times more than in 2017 and 2016.",
        set(),
    ),
    # http://getfilings.com/sec-filings/200619/LIBBEY-INC_10-Q/ (Libbey, 10-Q cover, 2020): the staff will apply to
    # the SEC to delist the stock
    (
        "dl-staff-notified-it-would-apply-to-the-sec-to-delist",
        (
            "(1) On June 1, 2020, the staff of NYSE Regulation, Inc. (\u201cNYSE Regulation\u201d) notified Libbey Inc. "
            "(the \u201cCompany\u201d) that it would apply to the Securities and Exchange Commission (the \u201cSEC\u201d) to "
            "delist the Company\u2019s common stock upon completion of all applicable procedures."
        ),
        {D},
    ),
    # https://retaildive.com/news/francescas-plans-reverse-stock-split/554158 (news, 2019): the retailer "was warned"
    # that its share price failed the minimum, in an item that names no listing
    (
        "dl-news-warned-share-price-failed-minimum",
        (
            "On Feb. 1, the retailer was warned that its share price for the previous 30 consecutive days had failed to "
            "meet the minimum requirement of at least $1 per share. Nasdaq granted a 180-day grace period, or until July "
            "31, to regain compliance."
        ),
        {D},
    ),
    # https://prnewswire.com/news-releases/bristow-provides-update-on-status-of-form-10-q-filing-300797685.html
    # (Bristow, release, 2019)
    (
        "lf-not-yet-able-to-file-the-form-10-q-because",
        (
            "The Company is not yet able to file the Form 10-Q because additional time is required for the Company to "
            "complete a review of its existing processes and controls to ensure compliance with non-financial covenants "
            "within certain secured financing and helicopter lease agreements."
        ),
        {L},
    ),
    # https://www.sec.gov/Archives/edgar/data/1385424/000095012311055155/R9.htm (LDK Solar, 20-F 2010): the doubt that
    # conditions "initially raised", then answered by management's plan
    (
        "gc-initially-raised-doubt-answered-by-a-plan",
        (
            "These factors initially raised substantial doubt as to the Group\u2019s ability to continue as a going "
            "concern. However, management believes it has developed a liquidity plan, as summarized below, that, if "
            "executed successfully, will provide sufficient liquidity to meet the Group\u2019s obligations as they become "
            "due for a reasonable period of time."
        ),
        set(),
    ),
    # https://www.creditbubblestocks.com/2014/12/going-concern-warning-in-radioshack-10.html (RadioShack's 10-Q of
    # December 2014, quoted): the filer's judgment "which raises substantial doubt" after a described condition
    (
        "gc-which-raises-doubt-after-a-condition",
        (
            "If we do not improve our cash flow from operations and refinance our existing debt, we may not have enough "
            "cash and working capital to continue to fund our operations beyond the near term, which raises substantial "
            "doubt about our ability to continue as a going concern."
        ),
        {G},
    ),
    # ---------------------------------------------------------------------------- wording families of holdout P
    # https://www.aol.com/2013/05/16/bristol-myers-squibb-announces-intention-to-volunt/ (Bristol-Myers Squibb, release,
    # 2013): the company's own decision to delist
    (
        "dl-the-companys-decision-to-delist-is-voluntary",
        (
            "The company's decision to delist the Preferred Stock was driven by the low number of shares outstanding, low "
            "daily trading volume, listing fees and compliance administration costs."
        ),
        set(),
    ),
    # https://au.advfn.com/stock-market/NASDAQ/ANPC/stock-news/89469169/report-of-foreign-issuer-pursuant-to-rule-13a-16-o
    # (AnPac, 6-K, 2022): notified by the Hearings Panel
    (
        "dl-notified-by-the-hearings-panel",
        (
            "AnPac Bio-Medical Science Co., Ltd. (the \u201cCompany\u201d) has been notified by the Nasdaq Hearings Panel of the "
            "Listing Qualifications Department of The Nasdaq Stock Market LLC (\u201cNasdaq\u201d) that the Company\u2019s "
            "request for continued listing on The Capital Market has been granted subject to the following:"
        ),
        {D},
    ),
    # http://www.businesswire.com/news/home/20160307006490/en/Tangoe-Announces-Restate-Financial-Statements (Tangoe,
    # release, 2016)
    (
        "lf-does-not-expect-to-file-as-scheduled",
        "Tangoe does not expect to file its annual report on Form 10-K with the SEC as scheduled on March 15, 2016.",
        {L},
    ),
    # https://listingcenter.nasdaq.com/Material_search.aspx?materials=636&mcd=CD&criteria=2&cid=14 (Nasdaq Listing
    # Council decision 2007-4): the 10-K "was filed late"
    (
        "lf-the-10-k-was-filed-late-and-the-panel-suspended",
        (
            "When the Form 10-K was filed late, without an auditors opinion, and reported a stockholders\u2019 (deficit) of "
            "($3,985,558), the Panel suspended, pending delisting, the company\u2019s securities."
        ),
        {D, L},
    ),
    # https://www.sec.gov/Archives/edgar/data/812906/000100579407000130/hancock8k032007.htm (Hancock Fabrics, 8-K, 2007):
    # the weeks still needed to file overdue 10-Qs
    (
        "lf-additional-weeks-to-file-its-form-10-qs",
        (
            "On March 2, 2007, the Company reported that it expected that it would take at least an additional four to five "
            "weeks to file its Form 10-Qs."
        ),
        {L},
    ),
    # ---------------------------------------------------------------------------- wording families of holdout Q
    # https://www.sec.gov/Archives/edgar/data/1059213/000105921311000042/dniexhibit77k.htm (a fund's N-SAR exhibit 77K,
    # 2011): the new firm engaged "to replace" the old one, named several words on
    (
        "ac-engaged-new-firm-to-replace-the-former-one",
        (
            "Pursuant to meetings held on March 8, 2011, the Audit Committee and the Board of Directors of the Registrant "
            "engaged Tait, Weller & Baker LLP, 1818 Market Street, Philadelphia, Pennsylvania 19103, to replace E&Y as the "
            "independent registered public accounting firm for the Registrant for the fiscal year commencing December 1, 2010."
        ),
        {A},
    ),
    # https://edpadgett.blogspot.com/2020/05/lee-gets-letter-from-nyse.html (news, 2020): "isn't compliant", with the
    # exchange's rule quoted after a colon
    (
        "dl-letter-indicating-company-isnt-compliant-then-the-rule",
        (
            "On May 18, Lee Enterprises said it received a letter from the New\nYork Stock Exchange indicating that Lee "
            "isn\u2019t compliant with these listing\nstandards: Issuers maintain an average closing share price over a 30\n"
            "trading-day period of at least $1.00; and issuers maintain average global market\ncapitalization over a "
            "consecutive 30 trading-day period of at least $50 million\nand, at the same time, its shareholders\u2019 equity "
            "must exceed $50 million."
        ),
        {D},
    ),
    # https://www.stocktitan.net/sec-filings/LEU/25-centrus-energy-corp-sec-filing-1c9d7e332658.html (a summary of
    # Centrus Energy's Form 25, 2025): the company removing its own stock
    (
        "dl-company-filed-form-25-to-remove-its-stock",
        (
            "Centrus Energy Corp. has filed a Form 25 to remove its Class A common stock and associated rights to purchase "
            "Series A Participating Cumulative Preferred Stock from listing and registration on the NYSE American under "
            "Section 12(b) of the Securities Exchange Act of 1934."
        ),
        set(),
    ),
    # https://whattheythink.com/news/2803-efi-files-late-reports-take-152-million-charge/ (EFI, release, 2007): "these
    # reports were delayed", the reports named in the sentence before
    (
        "lf-these-reports-were-delayed",
        (
            "EFI, the world leader in customer-focused digital printing innovation, announced today that it has filed its "
            "Annual Report on Form 10-K for the year ended December 31, 2006 and its Quarterly Reports on Form 10-Q for the "
            "quarters ended September 30, 2006, March 31, 2007 and June 30, 2007 with the Securities and Exchange "
            "Commission. As previously announced, these reports were delayed due to the independent investigation by a "
            "special committee of EFI's board of directors into its historical option practices and the resulting "
            "restatement of its previously issued financial statements."
        ),
        {L},
    ),
    # https://stockhouse.com/companies/bullboard?postid=21766208&symbol=v.ec (a TSX-V issuer's release, 2013): the
    # Default Status Reports of a Canadian issuer behind on its filings
    (
        "lf-canadian-default-status-reports",
        (
            "Until the Required Filings and, as notified in its press release of August 27, 2013, the Company's June 30, "
            "2013 interim filing are filed, the Company intends to continue to satisfy the provisions of the Alternative "
            "Information Guidelines (the \"AIG\") specified in Section 4.4 of NP 12-203 by issuing bi-weekly Default Status "
            "Reports, each of which will be issued in the form of a news release."
        ),
        {L},
    ),
    # ---------------------------------------------------------------------------- wording families of holdout R
    # https://mondovisione.com/media-and-resources/news/nyse-suspends-trading-in-asia-global-crossing-ltd-moves-to-
    # remove-from-the-list-2011124 (NYSE announcement, February 2002): the exchange "decided to suspend trading"
    (
        "dl-exchange-decided-to-suspend-trading",
        (
            "The NYSE did not open trading on Wednesday, February 27, 2002 due to an order imbalance that occurred in "
            "response to the Company's press release of Tuesday evening, February 26, 2002. The NYSE subsequently "
            "decided to suspend trading in the Company's Class A common stock. The NYSE also noted that its continued "
            "listing standards require maintenance of a minimum share price of $1 over a 30 trading day period."
        ),
        {D},
    ),
    # https://www.sec.gov/Archives/edgar/data/1042418/000119312509077288/dex991.htm (Commonwealth Biotechnologies,
    # EX-99.1, April 2009): a notice named only by the old Nasdaq Marketplace Rule
    (
        "dl-out-of-compliance-with-marketplace-rule",
        (
            "In addition, the company was notified on April 8, 2009 that as of December 31, 2008 it was out of "
            "compliance with NASDAQ Marketplace Rule 4310(c)(3) which requires a minimum stockholders\u2019 equity of "
            "$2,500,000, $35 million market capitalization, or $500,000 of net income from continuing operations for the "
            "most recently completed fiscal year or two of the three most recently completed fiscal years."
        ),
        {D},
    ),
    # https://www.sec.gov/Archives/edgar/data/865570/000086557012000022/ex991websitefaq.htm (THQ, EX-99.1 FAQ, May
    # 2012): "received notification from Nasdaq" about the "minimum bid requirement"
    (
        "dl-notification-from-nasdaq-minimum-bid",
        (
            "On January 25, 2012, THQ received notification from Nasdaq that THQ's common stock was not in compliance "
            "with Nasdaq's $1.00 minimum bid requirement because our common stock closed below $1 for 30 consecutive "
            "trading days."
        ),
        {D},
    ),
    # https://www.sec.gov/Archives/edgar/data/1002520/000114036109023590/ex99_1.htm (Speedus, EX-99.1, October 2009):
    # the headline names the issuer that received the notification, and no "the Company"
    (
        "dl-headline-named-issuer-announces-receipt-of-notification",
        (
            "Speedus Announces Compliance with Nasdaq Marketplace Rules 5250(c)(1) and 4350(b)(1)(B), and Receipt of "
            "Noncompliance Notification Related to Nasdaq Marketplace Rule 5550"
        ),
        {D},
    ),
    # https://www.sec.gov/Archives/edgar/data/715073/000114420409062946/v168195_ex99-1.htm (Wegener, EX-99.1, December
    # 2009): the headline names the "Going Concern Audit Opinion" the company received
    (
        "gc-headline-receives-going-concern-audit-opinion",
        "Wegener Corporation Receives Nasdaq Notice, Going Concern Audit Opinion and Promissory Note Extension",
        {G},
    ),
    # https://www.sec.gov/Archives/edgar/data/1042418/000119312503008214/d8k.htm (Commonwealth Biotechnologies, Item 4
    # 8-K, May 2003): the former auditor's paragraph "expressing uncertainty" about going on
    (
        "gc-explanatory-paragraph-expressing-uncertainty",
        (
            "The report issued by McGladrey on Commonwealth Biotechnologies, Inc. for the fiscal years December 31, 2002 "
            "and 2001 did not contain any adverse opinion or disclaimer of opinion, but did contain an explanatory "
            "paragraph expressing uncertainty as to the registrant\u2019s ability to continue as a going concern."
        ),
        {G},
    ),
    # http://www.cedmagazine.com/news/2001/04/winstar%3A-will-it-pull-out-of-default-%E2%80%94-or-file%3F(2) (CED
    # Magazine, April 2001, on Winstar): "which is why" the company "won't file its 10K on time"
    (
        "lf-which-is-why-wont-file-its-10k-on-time",
        "Which is why the company won't file its 10K on time, it adds.",
        {L},
    ),
    # https://www.sec.gov/Archives/edgar/data/892535/000119312508127133/dex992.htm (SEC registrant CIK 892535, EX-99.2
    # letter to note subscribers, 2008): the company writes to "you" about "our" late 10-Q
    (
        "lf-letter-to-holders-about-delay-of-our-10q",
        (
            "Dear Senior Subordinated Note Subscriber,\nI\u2019m writing to update you about the delay in the filing of "
            "our Quarterly Report on Form 10-Q for our first quarter, which was due by the extended deadline of May 19, "
            "2008."
        ),
        {L},
    ),
    # ---------------------------------------------------------------------------- wording families of holdout S
    # https://preparedfoods.com/articles/109599-bankruptcy-for-sbarro (news, April 2011): "intends to emerge expeditiously
    # from Chapter 11", a case under way
    (
        "bk-intends-to-emerge-expeditiously",
        (
            "\"Sbarro is a strong company with an unsustainable balance sheet,\" the company said in the filing. \"Sbarro "
            "intends to emerge expeditiously from Chapter 11 as a stronger, well-capitalized and more competitive company.\""
        ),
        {B},
    ),
    # http://www.reuters.com/article/sbarro-bankruptcy-idUSL3N0M30OR20140306 (Reuters, March 2014): the case of an
    # earlier year recalled
    (
        "bk-previously-sought-protection-in-an-earlier-year",
        (
            "The restaurant chain said last month it would close down 155 outlets of the 400 restaurants it owns in North "
            "America to cut costs. It previously sought bankruptcy protection in 2011."
        ),
        set(),
    ),
    # https://www.sec.gov/Archives/edgar/data/1592058/000095017024037962/R29.htm (Party City, 10-K 2022): the NYSE
    # "commenced proceedings to delist"
    (
        "dl-exchange-commenced-proceedings-to-delist",
        (
            "On January 18, 2023 and as a result of the Chapter 11 Cases, the New York Stock Exchange (the \u201cNYSE\u201d "
            "or the \u201cExchange\u201d) commenced proceedings to delist the Company\u2019s common stock from the NYSE."
        ),
        {D, B},
    ),
    # https://whnt.com/news/national/tupperware-company-might-be-shutting-down/ (news, April 2023): the time the NYSE
    # gave the company to regain compliance
    (
        "dl-warned-company-has-six-months-to-regain-compliance",
        (
            "According to Tupperware, the NYSE warned on April 3, 2023, that the company has six months from the Form 10-K "
            "due date to regain compliance by filing the form with the Securities and Exchange Commission (SEC)."
        ),
        {D},
    ),
    # github:Newsworthyai/press-release-archive ibn/2025/1029 (NextPlat, news brief, October 2025): a further extension
    # from Nasdaq to regain compliance
    (
        "dl-received-additional-extension-to-regain-compliance",
        (
            "NextPlat (NASDAQ: NXPL, NXPLW), a global consumer products and services company providing healthcare and "
            "technology solutions through e-commerce and retail channels, announced it has received an additional "
            "180-calendar-day extension from Nasdaq to regain compliance with the $1.00 minimum bid price requirement under "
            "Listing Rule 5550(a)(2)."
        ),
        {D},
    ),
    # https://www.sec.gov/Archives/edgar/data/1101680/000110168023000096/dzsi-20230809xq223nonxtime.htm (DZS, EX-99.1,
    # August 2023): not filed "within the filing deadline"; the delay of "the Company's Second Quarter 10-Q"
    (
        "lf-not-within-the-filing-deadline",
        (
            "DZS Inc. announced today that it will not file its Quarterly Report for the three months ended June 30, 2023 "
            "(the \u201cSecond Quarter 10-Q\u201d) within the filing deadline established by the Securities and Exchange "
            "Commission (the \u201cSEC\u201d) and will be a late filer with respect to such report."
        ),
        {L},
    ),
    (
        "lf-delay-in-the-filing-of-the-companys-10q",
        (
            "The delay in the filing of the Company\u2019s Second Quarter 10-Q relates principally to the ongoing review by "
            "the Audit Committee of the Company\u2019s Board of Directors."
        ),
        {L},
    ),
    # https://www.sec.gov/Archives/edgar/data/812906/000100579407000130/hancock8k032007ex991.htm (Hancock Fabrics,
    # EX-99.1, March 2007): the late reports as the ground of a notice of default the company received
    (
        "lf-notice-of-default-received-due-to-delay-in-filing",
        (
            "In addition, Hancock reported that it has received a notice of default from its bank group due to the "
            "previously reported delay in filing its quarterly financial statements for 2006."
        ),
        {L},
    ),
    # https://www.thestar.com/business/2019/11/27/tsx-reviewing-canntrust-listing-due-to-failure-to-file-financial-
    # statements.html (news, November 2019): "its failure to file its recent financial statements"
    (
        "lf-failure-to-file-its-recent-financial-statements",
        (
            "The company, which has been under fire since it disclosed in July that Health Canada had discovered illicit "
            "cultivation in unlicensed rooms at its Pelham, Ont., greenhouse, says the TSX is reviewing the listing because "
            "of its failure to file its recent financial statements."
        ),
        {L},
    ),
    # ---------------------------------------------------------------------------- holdout U: late filing
    # https://sec.gov/Archives/edgar/data/1020475/000095013601501482/file001.txt (Pacific Biometrics, NT 10-K cover,
    # 2001): a cover flattened to one line, its dashed rules between the title and "(Check One)"
    (
        "lf-nt-cover-flattened-with-dashed-rules",
        (
            "NT 10-K 1 file001.txt FORM 10-K; NOTIFICATION OF LATE FILING UNITED STATES SECURITIES AND EXCHANGE COMMISSION "
            "Washington, D.C. 20549 FORM 12b-25 NOTIFICATION OF LATE FILING ------------------------- OMB APPROVAL "
            "------------------------- OMB Number: 3235-0058 Expires: June 30, 1991 Average estimated burden hours per "
            "response . . . 2.50 ------------------------- ------------------------- SEC FILE NUMBER 0-21537 "
            "------------------------- CUSIP NUMBER ------------------------- (Check One): [X] Form 10-KSB [ ] Form 20-F "
            "[ ] Form 11-K [ ] Form 10-Q [ ] Form N-SAR For Period Ended: JUNE 30, 2001"
        ),
        {L},
    ),
    # https://www.sec.gov/Archives/edgar/data/1016546/000119380515000372/e613438_8k-altair.htm (Altair Nanotechnologies,
    # 8-K Item 4.02, March 2015): the annual statements of two closed years still not done
    (
        "lf-has-not-been-able-to-complete-annual-statements-for-years-ending",
        (
            "Since the resignation, the Company has not been able to complete its audited annual financial statements for "
            "the fiscal years ending December 31, 2013 and December 31, 2014 (the \u201cMissing Reports\u201d)."
        ),
        {L},
    ),
    # https://capedge.com/filing/1112999/0001193125-05-236666/8KA/file/2 (e-Smart Technologies, letter to its resigning
    # auditor filed as an 8-K/A exhibit, November 2005): the delay counted in days
    (
        "lf-10ksb-filed-more-than-45-days-late",
        (
            "For example, the audit of the 10KSB for 2004 was filed more than 45 days late because, unbeknownst to us, the "
            "audit was not commenced by RRBB until less than 30 days before it was due."
        ),
        {L},
    ),
    # https://www.bioenergy-news.com/news/anaergia-announces-further-delay-in-filing-financial-statements/ (Anaergia,
    # news, 2024): a Canadian issuer's annual information form and annual financial statements delayed
    (
        "lf-delay-in-filing-annual-information-form-and-statements",
        (
            "Anaergia has announced an additional delay in the filing of its annual information form for the year ended "
            "December 31, 2023, audited annual consolidated financial statements for the year ended December 31, 2023, the "
            "related management\u2019s discussion and analysis of financial condition and results of operations and CEO "
            "and CFO certificates relating to the audited annual financial statements as required by National Instrument "
            "52-109 \u2013 Certification of Disclosure in Issuers\u2019 Annual and Interim Filings (collectively, the "
            "\u201cRequired Documents\u201d)."
        ),
        {L},
    ),
    # https://www.680news.com/2019/12/18/davidstea-to-restate-financial-results-after-finding-errors-in-quarterly-reports/
    # (DavidsTea, Canadian Press news item, December 2019): "the report for its quarter ended Nov. 2 will be delayed"
    (
        "lf-report-for-quarter-ended-will-be-delayed",
        (
            "DavidsTea says investors should no longer rely on its financial reports for the quarters ended May 4 and Aug. "
            "3 and that the report for its quarter ended Nov. 2 will be delayed."
        ),
        {L},
    ),
    # http://cairnsbiz.blogspot.com/2011/03/further-cec-delays.html (CEC Group, ASX announcement quoted in a blog, March
    # 2011): the half-year report (Appendix 4D) not lodged when due
    (
        "lf-will-not-be-lodging-appendix-4d",
        (
            "Further to the announcement on 28 February 2011, CEC Group Limited (ASX: CEG) wishes to inform the market that "
            "it will not be lodging its Appendix 4D until sometime after 14 March 2011 but is expected to be lodged prior to "
            "31 March 2011."
        ),
        {L},
    ),
    # https://kalkinemedia.com/uk/news/market-updates/r8-capital-lonr8c-suspended-from-trading-amid-financial-report-delay
    # (R8 Capital, news, UK): the annual financial report not published under DTR 4.1R
    (
        "lf-failure-to-meet-annual-financial-reporting-obligations",
        (
            "The action was taken following the company\u2019s failure to meet its annual financial reporting obligations "
            "under the Disclosure Guidance and Transparency Rules (DTR 4.1R)."
        ),
        {L},
    ),
    # https://6ix.com/company/fenikso-ltd/news/suspension-of-trading-pending-annual-accounts (Lekoil, AIM announcement,
    # September 2021): suspended until the late annual accounts are published (AIM Rule 19)
    (
        "lf-suspended-pending-publication-of-the-accounts",
        (
            "Consequently, trading in the Company's Ordinary Shares on AIM will be suspended with effect from 7.30 a.m. on 1 "
            "October 2021 pending publication of the Accounts."
        ),
        {D, L},
    ),
    # ---------------------------------------------------------------------------- holdout U: delisting notice
    # https://oreanda-news.com/en/promyshlennost/article443217 (Rostelecom, company release carried by Oreanda-News,
    # December 2009): the company's own decision to "delist from" the NYSE is no exchange's decision
    (
        "dl-own-decision-to-delist-from-the-exchange",
        (
            "Yevgeny Yurchenko, the Chairman of Rostelecom\u2019s Board of Directors, commented: \u201cThe decision to delist "
            "from the NYSE will free up a significant amount of capital and administrative resources necessary for the "
            "Company\u2019s strategic development.\u201d"
        ),
        set(),
    ),
    # https://kalkinemedia.com/uk/news/market-updates/r8-capital-lonr8c-suspended-from-trading-amid-financial-report-delay
    # (R8 Capital, news item): suspended from trading on the London Stock Exchange, the cause told by the next sentence
    # (the index the company is listed in is no index deletion)
    (
        "dl-suspended-from-trading-cause-told-next",
        (
            "R8 Capital plc (LON:R8C), listed in the FTSE AIM UK 50 INDEX and operating in the financial services sector, "
            "has been temporarily suspended from trading on the London Stock Exchange. The action was taken following the "
            "company\u2019s failure to meet its annual financial reporting obligations under the Disclosure Guidance and "
            "Transparency Rules (DTR 4.1R)."
        ),
        {D, L},
    ),
    # https://newswire.ca/news-releases/tsx-venture-exchange-stock-maintenance-bulletins-825195751.html (Rizal Resources,
    # TSX Venture Exchange bulletin, July 2019): the shares "will remain suspended until the Company meets" the
    # exchange's requirements
    (
        "dl-shares-remain-suspended-until-requirements-met",
        (
            "Upon revocation of the Cease Trade Order, the Company's shares will remain suspended until the Company meets "
            "TSX Venture Exchange requirements."
        ),
        {D},
    ),
    # https://6ix.com/company/fenikso-ltd/news/suspension-of-trading-pending-annual-accounts (Lekoil, AIM announcement,
    # September 2021): trading on AIM "will be suspended ... pending publication of the Accounts"
    (
        "dl-trading-on-aim-suspended-pending-publication-of-accounts",
        (
            "Consequently, trading in the Company's Ordinary Shares on AIM will be suspended with effect from 7.30 a.m. on 1 "
            "October 2021 pending publication of the Accounts."
        ),
        {D, L},
    ),
    # http://www.independent.co.uk/news/business/news/aim-suspensions-hit-record-number-94382.html (The Independent, news
    # item): companies counted are the ones the item tells of, not a rule's "companies"; the same item's look at the
    # season's suspensions gives no cause and tells of no company
    (
        "dl-counted-companies-suspended-after-failing-to-publish-results",
        (
            "Shares in a record 13 companies were suspended from trading on the Alternative Investment Market yesterday "
            "after having failed to get their interim or annual financial results published on time."
        ),
        {D},
    ),
    (
        "dl-suspensions-as-a-season-of-the-market",
        (
            "The beginning of July traditionally witnesses a rash of suspensions since many companies have a September or "
            "December year-end meaning that 30 June is a popular deadline and a year ago nine companies were suspended from "
            "trading on AIM."
        ),
        set(),
    ),
    # ---------------------------------------------------------------------------- holdout U: going concern, bankruptcy
    # https://seekingalpha.com/news/3587635-cbl-gets-forbearance-on-2023-notes-credit-agreemeent (CBL & Associates
    # Properties, news brief, July 2020): "there's" asserts the doubt, the quotation marks inside the phrase
    (
        "gc-said-theres-substantial-doubt-in-quotes",
        (
            "Early in June, CBL said there's \"substantial doubt\" about its ability to continue as a going "
            "concern after it skipped interest payments because many of its tenants aren't paying rent."
        ),
        {G},
    ),
    # https://shentonwire.net/2021/09/30/ausgroup-auditors-cite-material-uncertainty-related-to-going-concern/ (AusGroup,
    # news, September 2021): the auditor's ISA 570 section, cited
    (
        "gc-auditors-cited-material-uncertainty-related-to-going-concern",
        (
            "AusGroup\u2019s auditors, KMPG LLP, have cited a material uncertainty related to whether the "
            "company can continue as a going concern, according to an extract of the comments filed to SGX by "
            "AusGroup Thursday."
        ),
        {G},
    ),
    # http://www.afdawn.co.za/emags/annualreport2019/pubData/SEO/Page_54.html (African Dawn Capital, annual report 2019):
    # the directors' material uncertainties, in IAS 1's words, set out in the report
    (
        "gc-material-uncertainties-which-may-cast-doubt-are-outlined",
        (
            "The material uncertainties relating to events or conditions which may cast doubt upon the ability "
            "to continue as a going concern are outlined in the table below."
        ),
        {G},
    ),
    # (same page, the policy bullet before it: what should be disclosed where there are such uncertainties, a near negative)
    (
        "gc-where-there-are-material-uncertainties-policy",
        (
            "Where there are material uncertainties relating to events or conditions which may cast doubt upon "
            "the ability to continue as a going concern, those uncertainties should be disclosed."
        ),
        set(),
    ),
    # https://www.flightdeckfriend.com/alitalia-file-for-bankruptcy-in-the-us/ (Alitalia, aviation news, June 2017): a story
    # titled with the filer's name and its case; its "we" is the newsroom's, not a company reporting another's filing
    (
        "bk-story-titled-with-the-filer-newsroom-we",
        (
            "Alitalia file for bankruptcy in the US\nAlitalia has filed for bankruptcy in the US, faced with the "
            "imminent threat of losing access to New York\u2019s John F. Kennedy International Airport over "
            "unpaid bills. The airline sought chapter 15 protection, the section of the bankruptcy code that "
            "deals with international insolvencies, at the US Bankruptcy Court in New York.\nWe are still trying "
            "to find out the results of ongoing talks. We will post more as soon as we know."
        ),
        {B},
    ),
    # https://e.casetext.com/case/in-re-betcorp-ltd (Betcorp, US Bankruptcy Court opinion, February 2009): the foreign
    # representative's petition for recognition under chapter 15
    (
        "bk-liquidator-seeks-recognition-under-chapter-15",
        (
            "Simon John Cathro, an Australian liquidator, seeks recognition under chapter 15 of the Bankruptcy "
            "Code for the ongoing winding up and liquidation, in Australia, of Betcorp Limited, an Australian "
            "company."
        ),
        {B},
    ),
    # https://jotup.co/taxonomy/term/1480875 (The Limestone Boat Company, release headline, March 2023): the filings named
    # with their filers, the company's subsidiaries
    (
        "bk-chapter-7-filings-by-us-subsidiaries-headline",
        (
            "The Limestone Boat Company Limited Provides Market Update with Respect to Chapter 7 Bankruptcy "
            "Filings by US- Subsidiaries"
        ),
        {B},
    ),
    # https://www.sec.gov/Archives/edgar/data/836690/000110465913061723/R11.htm (SEC registrant CIK 836690, 10-Q note,
    # June 2013): AMR's petition in a report that tells AMR's American Airlines to be a customer (its share of net sales,
    # the receivables from it)
    (
        "bk-named-filer-told-elsewhere-to-be-a-customer",
        (
            "On November 29, 2011, AMR Corporation, the parent company of American Airlines, Inc. "
            "(\u201cAAI\u201d) and certain of its U.S. based subsidiaries filed voluntary petitions for Chapter "
            "11 reorganization in the U.S. Bankruptcy Court for the Southern District of New York (the "
            "\u201cBankruptcy\u201d).  For the three and nine months ended June 30, 2013, AAI accounted for 9% "
            "and 14%, respectively, of net sales. For the three and nine months ended June 30, 2012, AAI "
            "accounted for less than 1% and 6%, respectively, of net sales. AAI continued to purchase products "
            "from the Company in the ordinary course of business after November 29, 2011.  As of November 29, "
            "2011, the Company had pre-Bankruptcy outstanding accounts receivable of $760,000 from AAI.  The "
            "Company believes it is probable that the outstanding receivables will be collected in full and, "
            "therefore, has not recorded a reserve against these assets as of the balance sheet date.  In the 90 "
            "days preceding the filing of the Bankruptcy petition, the Company received $828,000 from AAI in the "
            "ordinary course of business.  Under the U.S. bankruptcy laws, debtors have the right to avoid "
            "certain payments made during the 90 days preceding the filing of the bankruptcy petition. No such "
            "avoidance action has been asserted or filed, and the Company believes that it would have valid "
            "defenses against any such action."
        ),
        set(),
    ),
    # http://www.smithdebnamlaw.com/articles/five-things-to-keep-in-mind-when-your-customer-files-chapter-11/ (Smith Debnam,
    # law-firm article, July 2014): advice to a creditor about "the Debtor", no case of anyone's
    (
        "bk-advice-to-a-creditor-about-the-debtor",
        (
            "Five Things to Keep in Mind When Your Customer Files Chapter 11\n\n  1. Stop Trying to Collect Your "
            "Debt from the Debtor.\n    Once you receive notice of the bankruptcy, cease all demands for payment "
            "and do not continue to pursue your customer. Also, do not attempt to retake possession of your "
            "goods from the customer. Any of these actions constitutes a violation of the automatic stay of the "
            "Bankruptcy Code, and could land you in serious hot water with the Bankruptcy Court. Rather, ask "
            "your attorney to explain your options for collecting your account within the confines of the "
            "Bankruptcy Court rules."
        ),
        set(),
    ),
    # ---------------------------------------------------------------------------- holdout V: markets abroad
    # https://www.businesslive.co.za/bd/companies/industrials/2017-10-02-jse-suspends-listing-of-cement-distributor-wg-wearne/
    # (WG Wearne, news item, October 2017): the JSE "has suspended the listing" of the company, which "had failed to supply
    # its annual financial statements within the required six-month period"
    (
        "dl-lf-market-suspended-the-listing-accounts-not-supplied-within-period",
        (
            "The JSE has suspended the listing of building materials supplier WG Wearne, saying on Monday "
            "that the company had failed to supply its annual financial statements within the required "
            "six-month period."
        ),
        {D, L},
    ),
    # https://www.nasdaq.com/articles/south-africas-blue-label-telecoms-under-threat-of-listing-suspension-2019-10-01
    # (Blue Label Telecoms, Reuters news item, October 2019): the exchange's annotation "under threat of suspension
    # and possible removal" of a company that "had failed to distribute its annual financial statements ... within the
    # four-month period stipulated"
    (
        "dl-lf-under-threat-of-suspension-statements-not-distributed-within-period",
        (
            "South Africa's Blue Label Telecoms has failed to comply with Johannesburg Stock Exchange (JSE) "
            "requirements and is under threat of suspension and possible removal, the exchange said on "
            "Tuesday.\n"
            "\nThe largest exchange in Africa, the JSE said the company had failed to distribute its annual fi"
            "nancial statements and notice of annual general meeting within the four-month period stipulated "
            "in the listings requirements."
        ),
        {D, L},
    ),
    # https://allafrica.com/stories/202101150473.html
    # (Trustco Holdings, news item, January 2021): "failed to submit its provisional report timeously" and its
    # listing "is under threat of suspension and possible removal"
    (
        "dl-lf-report-not-submitted-timeously-listing-under-threat",
        (
            "The bourse has annotated the company with RE indicating that it has failed to submit its "
            "provisional report timeously and that the listing of its shares is under threat of suspension "
            "and possible removal."
        ),
        {D, L},
    ),
    # https://allafrica.com/stories/202101150473.html
    # (Trustco Holdings, news item, January 2021): news shorthand "financials" for the accounts, late "within the
    # three-month period stipulated"
    (
        "lf-financials-not-submitted-within-period-stipulated",
        (
            "According to an announcement made on Friday morning, Trustco failed to submit financials within "
            "the three-month period stipulated in the listings requirements."
        ),
        {L},
    ),
    # https://www.iol.co.za/business-report/companies/tongaat-shares-suspended-on-jse-f00df322-4e91-444d-b89e-f86cbb6bd662
    # (Tongaat Hulett, news item, August 2022): the JSE notified the company "of its decision to suspend trading",
    # for "non-compliance with the requirement to timeously publish the results" (the company's own request for a
    # suspension, declined, is no decision of the market's)
    (
        "dl-lf-market-notified-its-decision-to-suspend-results-not-timeously-published",
        (
            "The JSE notified Tongaat Hulett of its decision to suspend trading in the company\u2019s shares on "
            "Tuesday, a statement said.\n"
            "Last week Tongaat said it had voluntarily approached the JSE and requested a temporary "
            "suspension of the shares due to delays in the publication of the Provisional 2022 Financial "
            "Statements and the Audited 2022 Financial Statements.\n"
            "The JSE declined the request to voluntarily suspend the share.\n"
            "The bourse said the basis for suspending trade would be non-compliance with the requirement to "
            "timeously publish the results, and because the integrated report could not be published by the "
            "due date of July 30, 2022."
        ),
        {D, L},
    ),
    # https://jamaican.xyz/news/jse-suspends-two-more-stocks-4728.html
    # (Productive Business Solutions and IronRock Insurance, news item, July 2024): the exchange "suspended two more
    # stocks ... over the late filing of the December 2023 year-end audited accounts"
    (
        "dl-lf-exchange-suspended-stocks-over-late-filing-of-accounts",
        (
            "The Jamaica Stock Exchange, JSE, suspended two more stocks on Tuesday over the late filing of "
            "the December 2023 year-end audited accounts."
        ),
        {D, L},
    ),
    # https://wallstreetobserver.com/trading-in-over-30
    # (Sunac China, Shimao Group, Kaisa Group and others, Reuters news item, April 2022): the exchange "suspended from
    # trade ... the shares of" the companies "for a delay in declaring annual results"
    (
        "dl-lf-exchange-suspended-from-trade-for-a-delay-in-declaring-results",
        (
            "The Hong Kong stock exchange suspended from trade on Friday the shares of Chinese developers "
            "such as Sunac China, Shimao Group and Kaisa Group, and about 30 other firms for a delay in "
            "declaring annual results."
        ),
        {D, L},
    ),
    # https://www.maltatoday.com.mt/business/technology/76211/toshiba_warns_of_substantial_doubt_on_staying_in_business
    # (Toshiba, news item, April 2017): "These latest financial results have already been delayed twice" (a possible
    # delisting is only a remark)
    (
        "lf-financial-results-already-delayed-twice",
        (
            "These latest financial results have already been delayed twice and raise the possibility that "
            "Toshiba could be delisted from the Tokyo Stock Exchange."
        ),
        {L},
    ),
    # https://www.nasdaq.com/articles/south-africas-blue-label-telecoms-under-threat-of-listing-suspension-2019-10-01
    # (Blue Label Telecoms, Reuters news item, October 2019): the exchange's "if ... still fails ... may be suspended" is
    # what would follow, no notice by itself
    (
        "dl-lf-if-still-fails-to-distribute-then-listing-may-be-suspended",
        (
            "\"If the abovementioned company still fails to distribute its annual report on or before 31 "
            "October 2019, then its listing may be suspended,\" the JSE said in a statement."
        ),
        set(),
    ),
    # ---------------------------------------------------------------------------- holdout X: auditor change
    # https://www.sec.gov/Archives/edgar/data/1351172/000119312519289105/d794831dex99106.htm (Prometic Life Sciences,
    # NI 51-102 notice of change of auditor, May 2019): the board does not propose the incumbent firm for re-appointment
    (
        "ac-directors-do-not-propose-to-reappoint",
        (
            "The directors of the Corporation do not propose to re-appoint Ernst & Young LLP, Chartered Professional "
            "Accountants (the \u201cFormer Auditor\u201d), as auditors for the Corporation at the next Annual General and "
            "Special Meeting of Shareholders of the Corporation (the \u201cMeeting\u201d)."
        ),
        {A},
    ),
    # http://bursamynews.blogspot.com/2011/10/ernst-young-declines-appt-as-gadang.html (Gadang Holdings, news repost,
    # October 2011): the firm "was not seeking reappointment as auditors"
    (
        "ac-firm-was-not-seeking-reappointment",
        (
            "KUALA LUMPUR: GADANG HOLDINGS BHD [] said Messrs Ernst & Young was not seeking reappointment as auditors of "
            "the company for the financial year ending May 13, 2012 at its AGM."
        ),
        {A},
    ),
    # https://shareprices.com/news/auhua-nominated-adviser-to-resign-but-in-talks-with-alternative-nomad-sp44rjf7ypysd5h/
    # (Auhua Clean Energy, Alliance News item, January 2016): an audit firm resigning as the AIM nominated adviser
    (
        "ac-nominated-adviser-resigns",
        (
            "LONDON (Alliance News) - Auhua Clean Energy PLC on Friday said its nominated adviser Grant Thornton UK LLP "
            "will resign effective from February 29, but said it was in talks to appoint an alternative nomad.\n\n"
            "The AIM-listed environmental technology group didn't give a reason for Grant Thornton's resignation but said "
            "discussions were underway with an unnamed alternative with a view to making an appointment by the end of "
            "February."
        ),
        set(),
    ),
    # https://m.marketscreener.com/quote/stock/BOVIS-HOMES-GROUP-PLC-9590160/news/Builder-Galliford-overstated-net-assets-by-94-million-watchdog-30148337/
    # (Galliford Try, Reuters story): the new firm named as replacing the old one
    (
        "ac-new-firm-will-replace-old-as-auditor",
        "In its annual report Galliford said BDO will replace PwC as auditor.",
        {A},
    ),
    # ---------------------------------------------------------------------------- holdout X: the other new kinds
    # https://stocktitan.net/news/FRSX/foresight-regains-compliance-with-nasdaq-minimum-bid-price-hbe5nx66bk0f.html
    # (Foresight Autonomous, news summary, January 2025): the notice recalled in the sentence that says it was cured
    (
        "dl-regained-lede-then-notice-recalled",
        (
            "Foresight Autonomous Holdings (FRSX) has successfully regained compliance with Nasdaq's minimum bid price "
            "requirement. The company, which was notified of non-compliance on September 3, 2024, due to its American "
            "Depositary Shares (ADSs) failing to maintain a closing bid price of $1.00 or more for 30 consecutive business "
            "days, has now met the compliance criteria."
        ),
        set(),
    ),
    # https://www.thesundaily.my/business/g-neptune-s-external-auditors-issues-statement-over-material-uncertainty-XF1513624
    # (G Neptune, news item, 2019): the auditor "has issued a statement of" the ISA 570 material uncertainty
    (
        "gc-auditor-issued-statement-of-material-uncertainty",
        (
            "PETALING JAYA: G Neptune Bhd\u2019s external auditors Messrs Moore Stephens Associates PLT has issued a "
            "statement of \u201cmaterial uncertainty related to going concern\u201d in respect of its financial statements "
            "ended June 30, 2019."
        ),
        {G},
    ),
    # https://www.explica.co/avianca-holdings-begins-bankruptcy-process-due-to-impact-by-covid-19-%E2%80%A2-forbes-mexico/
    # (Avianca Holdings, translated news item, May 2020): "The Colombian airline Avianca" is the filer's title, not a
    # counterparty
    (
        "bk-the-trade-then-the-name-filed",
        (
            "The Colombian airline Avianca Holdings filed for bankruptcy under Chapter 11 of the United States, after the "
            "coronavirus pandemic forced him to suspend passenger transport from mid-March, which reduced its consolidated "
            "income by more than 80%, the company reported Sunday."
        ),
        {B},
    ),
    # https://thebl.com/video/chinas-developer-ronshine-delays-2021-audit-report (Ronshine China, news item, March 2022):
    # the audited annual report not finished by the exchange's date; the rule that follows it is what any company faces
    (
        "lf-auditor-could-not-finish-audited-report-by-date",
        (
            "The Chinese property firm said that PricewaterhouseCoopers (PwC) could not finish the 2021 Ronshine audited "
            "financial report by March 31, so Ronshine is going to release unaudited 2021 data instead."
        ),
        {L},
    ),
    (
        "lf-rule-if-they-miss-the-deadline",
        (
            "Under regulations, companies listed in Hong Kong must provide their yearly report by March 31. If they miss "
            "the deadline, they will face a possible suspension of their shares."
        ),
        set(),
    ),
    # ---------------------------------------------------------------------------- holdout Y: markets abroad
    # https://businessdesk.co.nz/nzx-announcements/436794 (AFC Group Holdings, NZX memorandum, August 2024): a suspension for
    # unpaid listing fees
    (
        "dl-suspended-for-non-payment-of-listing-fees",
        (
            "NZ RegCo advises it has suspended trading of AFC Group Holdings Limited (\u201cAFC\u201d) securities for "
            "non-payment of annual listing fees."
        ),
        {D},
    ),
    # https://www.reuters.com/article/kenya-arm-cement/update-1-nairobi-securities-exchange-suspends-trading-of-kenyas-arm-cement-idUSL8N1VB152
    # (ARM Cement, Reuters, August 2018): the market suspends a company put under administration
    (
        "dl-bk-suspended-after-it-was-put-under-administration",
        (
            "NAIROBI, Aug 20 (Reuters) - The Nairobi Securities Exchange (NSE) said on Monday it had suspended trading of "
            "Kenya\u2019s ARM Cement three days after it was put under administration."
        ),
        {D, B},
    ),
    # http://www.sharechat.co.nz/article/625ad85b/markets.html (TruScreen Group, NZX market notice, July 2024): an annual
    # report not released by its due date
    (
        "lf-annual-report-not-released-which-was-due",
        (
            "NZ RegCo advises that TruScreen Group Limited (\u201cTRU\u201d) has not released its annual report for the year "
            "ending 31 March 2024 which, under NZX Listing Rule 3.6.1, was due to be released through MAP on or before "
            "Monday, 1 July 2024."
        ),
        {L},
    ),
    # https://www.today.ng/business/markets/nse-suspends-trading-conoil-shares-139645 (Conoil, news item, August 2018): the
    # failure "of the oil marketing firm" to submit its audited accounts
    (
        "lf-failure-of-the-firm-to-submit-audited-statements",
        (
            "According to the notice, the suspension was due to the failure of the oil marketing firm to submit its audited "
            "financial statements as required by the market rules."
        ),
        {L},
    ),
    # https://www.accountancydaily.co/ey-reports-eu19bn-missing-germanys-wirecard (Wirecard, news item, June 2020)
    (
        "lf-annual-results-will-not-be-published-as-announced",
        (
            "The uncertainty over the cash balances means that Wirecard\u2019s annual results will not be published as "
            "previously announced on 18 June."
        ),
        {L},
    ),
    # https://au.news.yahoo.com/technology/a/29397188/toshiba-scandal-continues-as-more-accounting-errors-found/ (Toshiba,
    # Reuters, August 2015)
    (
        "lf-delayed-announcing-its-annual-results",
        (
            "TOKYO (Reuters) - Toshiba Corp again delayed announcing its annual financial results on Monday, as new "
            "accounting errors prevented the company from drawing a line under Japan's worst corporate scandal in four years."
        ),
        {L},
    ),
    # https://techmonitor.ai/technology/riverstone_overstated_sales_by_almost_100m (Riverstone Networks, news item, 2003):
    # more time given to file a report already late
    (
        "lf-given-until-a-date-to-file-its-annual-report",
        (
            "As an additional worry, the company has been given until September 8 to file its annual report for the year to "
            "March 1 2003 with the SEC, before the Nasdaq attempts to de-list the stock."
        ),
        {L},
    ),
    # https://www.dfag.de/en/news/articles/ad-hoc-announcement-pursuant-to-paragraph-15-wphg-df-deutsche-forfait-ag-insolvency-proceedings-opened-as-planned/
    # (DF Deutsche Forfait, ad hoc announcement, January 2016): the court opens the company's insolvency proceedings
    (
        "bk-court-resolved-to-open-insolvency-proceedings",
        (
            "On 1 January 2016, the Cologne local court resolved to open the insolvency proceedings for DF Deutsche Forfait "
            "AG (Prime Standard ISIN: DE000A14KN88) as planned and ordered that the debtor-in-possession status be retained."
        ),
        {B},
    ),
    # https://global.handelsblatt.com/finance/the-disastrous-sme-bond-589574 (KTG Agrar, news item, 2016)
    (
        "bk-was-forced-to-file-for-bankruptcy",
        (
            "In early July, German agricultural group KTH Agrar was forced to file for bankruptcy after failing to make an "
            "interest payment of \u20ac17.8 million ($19.8 million) due the previous month."
        ),
        {B},
    ),
    # https://www.indiainfoline.com/company/hindusthan-national-glass-industries-ltd/reports/auditors-report (Hindusthan
    # National Glass, auditor's report, FY2024): a creditor's petition admitted by India's tribunal
    (
        "bk-tribunal-admitted-a-creditors-petition-against-the-company",
        (
            "The Honble National Company Law Tribunal, Kolkata Bench (hereinafter referred to as \"the NCLT\") had admitted "
            "an insolvency and bankruptcy petition filed by a financial creditor against Hindusthan National Glass & "
            "Industries Limited (hereinafter referred to as \"the Company\") on 21st October 2021."
        ),
        {B},
    ),
    # ---------------------------------------------------------------------------- holdout Y: the other new kinds
    # https://www.sec.gov/Archives/edgar/data/1321851/000110465924058092/tm2413684d1_6k.htm (Origin Agritech, 6-K, May
    # 2024): the company told the firm it was terminated; "B.F." is initials, not a sentence end
    (
        "ac-notified-the-firm-that-it-was-terminated",
        (
            "On May 7, 2024, Origin Agritech Limited (\u201cCompany\u201d) notified B.F. Borgers CPA PC (\u201cBorgers\u201d) "
            "that it was terminated, effective immediately, as the registered independent accounting firm for the financial "
            "statements of the Company."
        ),
        {A},
    ),
    # https://business-standard.com/world-news/us-retailer-bed-bath-beyond-files-for-bankruptcy-as-turnaround-fails-123042300910_1.html
    # (Bed Bath & Beyond, Bloomberg story, April 2023): the doubt told as about the ability "to keep operating"
    (
        "gc-substantial-doubt-about-its-ability-to-keep-operating",
        (
            "The Union, New Jersey-based company\u2019s crisis spiraled this year, starting in January when it said there "
            "was \u201csubstantial doubt\u201d about its ability to keep operating and it was weighing options to restructure "
            "its debts."
        ),
        {G},
    ),
    # https://www.straitstimes.com/business/companies-markets/sph-subsidiaries-seek-judicial-management (Singapore Press
    # Holdings, news item, May 2020; first and seventh paragraphs): subsidiaries the parent calls not significant
    (
        "bk-not-significant-subsidiaries-under-judicial-management",
        (
            "SINGAPORE (THE BUSINESS TIMES) - Singapore Press Holdings (SPH) announced in a regulatory filing on Tuesday "
            "(May 19) that two of its subsidiaries have each applied to be placed under judicial management.\n\n"
            "StreetSine Technology and StreetSine Singapore are therefore not significant subsidiaries of SPH and the "
            "judicial management applications will not have a material impact on the Company's operations for the current "
            "financial year ending Aug 31, 2020, said SPH."
        ),
        set(),
    ),
    # ---------------------------------------------------------------------------- holdout Z: insolvency in Canada and Australia
    # https://mjbizdaily.com/toronto-stock-exchange-to-delist-canntrust-shares-may-6/ (CannTrust, news item, April 2020):
    # the court's CCAA order named for what it gives
    (
        "bk-obtained-a-creditor-protection-order",
        (
            "The NYSE said its decision was reached after the Ontario-based company obtained a creditor protection order "
            "from the province\u2019s Superior Court of Justice."
        ),
        {B},
    ),
    # https://delisted.com.au/failed-companies/in-administration (Jervois Global, a line of a list of ASX companies in
    # administration, March 2025): the board appoints voluntary administrators
    (
        "bk-appointed-joint-and-several-voluntary-administrators",
        (
            "JERVOIS GLOBAL LIMITED JRV 12 Mar 25 The company has appointed David Hardy and Gayle Dickerson of KPMG as joint "
            "and several voluntary administrators."
        ),
        {B},
    ),
    # ---------------------------------------------------------------------------- holdout W: news wording and markets abroad
    # https://www.builderonline.com/money/economics/woodside-homes-files-for-chapter-11_o (Woodside
    # Homes, news item, date not shown): the company put itself into Chapter 11
    (
        "bk-put-itself-into-chapter-11",
        (
            "As promised to its creditors, Woodside Homes put itself and its subsidiaries into Chapter 11 "
            "bankruptcy by its Tuesday, Sept. 16 deadline by filing yesterday with the U.S. Bankruptcy "
            "Court for the Central District of California."
        ),
        {B},
    ),
    # https://covenantmonitor.wordpress.com/tag/energy/ (SandRidge Energy, Inc., news item, date not
    # shown): the chapter written "Ch-11"
    (
        "bk-filed-for-ch-11-with-a-hyphen",
        (
            "Sandridge Energy Inc. filed for Ch-11 bankruptcy in the U.S. Bankruptcy Court of Houston on "
            "reaching a debt-to-equity swap agreement with creditors."
        ),
        {B},
    ),
    # https://www.thestar.com/business/2021/03/10/just-energy-granted-court-protection-from-creditors-after-texas-storm-losses.html
    # (Just Energy Group Inc., news item, 2021-03-10): protection granted under Chapter 15 and the CCAA
    (
        "bk-granted-protection-under-chapter-15",
        (
            "It says it applied for and was granted protection under Chapter 15 of the Bankruptcy Code in "
            "the United States and under the Companies\u2019 Creditors Arrangement Act in Canada."
        ),
        {B},
    ),
    # https://www.thestar.com/business/2021/03/10/just-energy-granted-court-protection-from-creditors-after-texas-storm-losses.html
    # (Just Energy Group Inc., news item, 2021-03-10): the company's own going-concern warning, as news
    # reports it
    (
        "gc-warned-it-may-not-be-able-to-continue",
        (
            "The company previously warned it may not be able to continue as a going concern after being "
            "forced to balance its power supply in Texas at electricity prices as high as US$9,000 per "
            "megawatt-hour after a storm knocked out power plants in the state last month."
        ),
        {G},
    ),
    # https://brecorder.com/news/4070253/trading-of-fateh-textile-mills-shares-suspended-201303071160535
    # (Fateh Textile Mills Limited, news item, 2013-03-07): a creditor's winding-up petition, in the
    # passive, under a law named "Companies Ordinance"
    (
        "bk-winding-up-petition-has-been-filed-against",
        (
            "The notice issued by KSE stated hat whereas, a winding-up petition under Section 305, 306, "
            "309 read with Section 325 of Companies Ordinance, 1984 has been filed against Fateh Textile "
            "Mills Limited (JM No 4 of 2012) in Honourable High Court of Sindh, by National Bank of "
            "Pakistan as published in the newspapers and also notified by the Exchange vide Notices No "
            "KSE/N-1435 dated March 5 and No KSE/N-1444 dated March 6."
        ),
        {B},
    ),
    # https://brecorder.com/news/4070253/trading-of-fateh-textile-mills-shares-suspended-201303071160535
    # (Fateh Textile Mills Limited, news item, 2013-03-07): an exchange's notice in the passive
    (
        "dl-it-has-been-decided-to-suspend-trading",
        (
            "In view of the above and after consideration of facts and circumstances and in the public "
            "interest and in exercise of the powers vested in Exchange under Section 9(7) of the "
            "Securities & Exchange Ordinance, 1969 and Listing Regulations, it has been decided to "
            "suspend trading in the shares of Fateh Textile Mills Limited for a period of 60 days w.e.f. "
            "on Thursday, March 7 or until such time the cause of suspension is removed."
        ),
        {D},
    ),
    # https://www.businesslive.co.za/bd/companies/industrials/2018-08-20-basil-read-esor-opt-to-suspend-jse-shares/
    # (Esor Limited; Basil Read Holdings Limited, news item, 2018-08-20): South Africa's business
    # rescue; the suspension was the company's own request
    (
        "bk-subsidiary-filed-for-business-rescue",
        (
            "Esor said it had immediately suspended the listing of its shares after subsidiary Esor "
            "Construction filed for business rescue earlier in August."
        ),
        {B},
    ),
    # https://www.genengnews.com/news/kalobios-files-for-chapter-11-bankruptcy-protection/ (KaloBios
    # Pharmaceuticals, Inc., news item, date not shown): an exchange's delisting decision under appeal
    (
        "dl-appealing-a-decision-by-nasdaq-to-delist",
        (
            "KaloBios is appealing a decision by NASDAQ to delist the company\u2019s shares, with the "
            "exchange citing in part the arrest and indictment of Shkreli and Evan Greebel, the company's "
            "former outside counsel, on similar allegations, plus a civil complaint from the U.S. "
            "Securities and Exchange Commission against both men."
        ),
        {D},
    ),
    # https://www.genengnews.com/news/kalobios-files-for-chapter-11-bankruptcy-protection/ (KaloBios
    # Pharmaceuticals, Inc., news item, date not shown): a quarterly report not filed, cited by the
    # exchange
    (
        "late-had-not-filed-a-form-10-q",
        (
            "NASDAQ also cited the company for non-compliance because it had not filed a Form 10-Q "
            "quarterly report for the third quarter."
        ),
        {L},
    ),
    # https://federalnewsnetwork.com/business-news/2019/08/jc-penney-warned-that-its-stock-could-be-thrown-off-nyse/
    # (J. C. Penney Company, Inc., news item, 2019-08-08): the exchange's warning, told by the company
    (
        "dl-warned-that-its-stock-could-be-removed",
        (
            "NEW YORK (AP) \u2014 J.C. Penney Co. says it has been warned that its stock could be removed "
            "from the New York Stock Exchange for trading below $1 for too long."
        ),
        {D},
    ),
    # https://psebuzz.blogspot.com/2009/10/pse-suspends-trading-of-benguet-shares.html (Benguet
    # Corporation, news item, 2009-10-27): a market's announced suspension for a failed obligation
    (
        "dl-stock-exchange-will-suspend-the-trading",
        (
            "MANILA - The Philippine Stock Exchange will suspend the trading of Benguet Corp's shares for "
            "one month due to the Romualdez-controlled mining firm\u2019s failure to observe disclosure "
            "rules."
        ),
        {D},
    ),
    # https://regulatorwarnings.com/notices/first-supervisory-notice-umuthi-healthcare-solutions-plc
    # (Umuthi Healthcare Solutions plc, FCA supervisory notice, date not shown): the UK listing
    # authority cancels a listing
    (
        "dl-fca-decided-to-cancel-from-the-official-list",
        (
            "1. Pursuant to section 77(1) and 77(2A) of the Financial Services and Markets Act\n2000 "
            "(\u201cthe Act\u201d), the FCA has decided to cancel (or \u201cdiscontinue\u201d) the "
            "following\nsecurity (\u201cthe Company\u2019s Shares\u201d or \u201cthe Shares\u201d) from "
            "the Official List:"
        ),
        {D},
    ),
    # https://www.cnbc.com/id/100173002 (ModusLink Global Solutions Inc., news item, date not shown):
    # "isn't in compliance" with the exchange's rules
    (
        "dl-isnt-in-compliance-with-nasdaq-rules",
        (
            "The delayed reports mean ModusLink isn't in compliance with Nasdaq Stock Market rules, but "
            "the company said it had submitted a compliance plan to the exchange and has received an "
            "extension until Dec. 10."
        ),
        {D},
    ),
    # https://ir.marathondh.com/sec-filings/all-sec-filings/xbrl_doc_only/10089 (Marathon Digital
    # Holdings, Inc., 10-K, 2022-12-31): a counterparty's case in a note in the company's voice: the
    # company's exposure to it
    (
        "bk-filer-the-company-has-exposure-to",
        (
            "NOTE 9 \u2013 COMPUTE NORTH BANKRUPTCY\nOn September 22, 2022, Compute North Holdings, Inc. "
            "(along with its affiliated debtors, collectively, \u201cCompute North\u201d), filed for "
            "chapter 11 bankruptcy protection in the U.S. Bankruptcy Court for the Southern District of "
            "Texas under chapter 11 of the U.S. Bankruptcy Code (11 U.S. Code section 101 et seq.). The "
            "Company\u2019s financial exposure to Compute North at the time of the bankruptcy filing "
            "included:\nApproximately $10,000 thousand in Convertible Preferred Stock of Compute North "
            "Holdings, Inc.\nApproximately $21,000 thousand related to an unsecured Senior Promissory "
            "note with Compute North LLC.\nApproximately $50,000 thousand in operating deposits with "
            "Compute North primarily related to the King Mountain and Wolf Hollow hosting "
            "facilities.\nThe Company\u2019s financial exposure to Compute North on the date of the "
            "Bankruptcy was approximately $81,000 thousand. During the third quarter the Company assessed "
            "the impairment of these assets given the bankruptcy proceedings and estimated that the "
            "preferred stock, the unsecured loan, and approximately $8,000 thousand in deposits were "
            "fully impaired. As a result, the company recorded an impairment charge of $39,000 thousand "
            "during the third quarter of 2022. During the fourth quarter of 2022, the company estimated "
            "that an additional $16,674 thousand in deposits had likely been impaired and as such "
            "recorded an additional impairment charge."
        ),
        set(),
    ),
    # https://theepochtimes.com/business/bed-bath-beyond-at-risk-of-stock-market-delisting-5002022 (Bed
    # Bath & Beyond Inc., news item, date not shown): "isn't in compliance", and a report the firm "has
    # yet to file"
    (
        "dl-isnt-in-compliance-and-late-10-q",
        (
            "Bed Bath & Beyond received a notice from the Listing Qualifications Department of Nasdaq, "
            "the world\u2019s second-biggest stock exchange, on Jan. 12, informing the firm that it "
            "isn\u2019t in compliance with requirements for continued listing. The firm has yet to file "
            "its quarterly report on Form 10-Q with the SEC for the period ending Nov. 26, 2022."
        ),
        {D, L},
    ),
    # https://www.stockmarketwire.com/article/7208194/PCF-identifies-accounting-errors-deliberate-effort-to-alter-results.html
    # (PCF Group plc, news item, 2021-06-28): financial results not published on time
    (
        "late-wouldnt-be-able-to-publish-results-on-time",
        (
            "PCF said it wouldn't be able to publish its financial results for the year to 30 September "
            "2020 on time."
        ),
        {L},
    ),
    # https://hotcopper.co.nz/threads/ann-preliminary-final-report.7880530/threads/ann-preliminary-final-report.7880530/threads/ann-preliminary-final-report.7880530/page-2
    # (Melodiol Global Health Limited, news item, 2023-12-31): ISA 570's conclusion, "there is a
    # material uncertainty related to events or conditions"
    (
        "gc-material-uncertainty-related-to-events-or-conditions",
        (
            "As a result of these matters, there is a material uncertainty related to events or "
            "conditions that may cast significant\n    doubt on whether the company will continue as a "
            "going concern and, therefore, whether it will realise its assets and\n    settle its "
            "liabilities and commitments in the normal course of business and at the amounts stated in "
            "the financial report."
        ),
        {G},
    ),
    # ---------------------------------------------------------------------------- holdout V: 1996-2025, filings and markets abroad
    # http://www.financialexpress.com/india-news/ivrcl-nclt-admits-sbis-insolvency-petition/1086650/
    # (IVRCL Limited, news item, date not shown): India's tribunal admits a creditor's plea, the
    # creditor named before it
    (
        "bk-tribunal-admitted-a-banks-insolvency-plea-against",
        (
            "The National Company Law Tribunal (NCLT) on Tuesday admitted State Bank of India\u2019s "
            "(SBI) insolvency plea against IVRCL"
        ),
        {B},
    ),
    # https://cmio.org/en/brasil/847522-justice-accepts-request-for-judicial-recovery-of-americanas
    # (Americanas S.A., news item, 2023-01-19): Brazil's judicial recovery accepted by the court
    (
        "bk-request-for-judicial-recovery-was-accepted",
        (
            "The Court of Justice of Rio de Janeiro (TJRJ) informed this afternoon (19) that the request "
            "for judicial recovery presented by the Americanas Group was accepted."
        ),
        {B},
    ),
    # https://newswire.ca/news-releases/tsx-venture-exchange-stock-maintenance-bulletins-884077874.html
    # (Colt Resources Inc., exchange bulletin, 2019-03-27): an exchange bulletin: a company that no
    # longer meets its tier's requirements
    (
        "dl-has-not-maintained-the-requirements-for-a-tsx-venture-tier",
        (
            "In accordance with TSX Venture Policy 2.5, the Company has not maintained the requirements "
            "for a TSX Venture Tier 2 company. Therefore, effective at the opening on Friday, March 29, "
            "2019, the Company's listing will transfer to NEX, the Company's Tier classification will "
            "change from Tier 2 to NEX, and the Filing and Service Office will change from Montreal to "
            "NEX."
        ),
        {D},
    ),
    # https://healthimaging.com/topics/medical-imaging/diagnostic-imaging/nas-regains-nasdaq-compliance-due-loosened-requirements
    # (North American Scientific, Inc., news item, 2008-10-24): an exchange suspending the enforcement
    # of its rules suspends no shares
    (
        "dl-exchange-suspended-enforcement-of-a-requirement",
        (
            "In a related matter, the Chatsworth, Calif.-company said it received a letter from Nasdaq, "
            "dated Oct. 22, notifying the company that Nasdaq has suspended enforcement of the bid price "
            "and market value of publicly held shares requirements through Jan. 16, 2009."
        ),
        set(),
    ),
    # https://www.just-food.com/news/netherlands-ahold-warns-on-profits-ceo-cfo-to-resign/ (Koninklijke
    # Ahold N.V., news item, 2003-02-24): full-year results put off by a company abroad
    (
        "late-deferred-the-announcement-of-its-full-year-results",
        "the company has deferred the announcement of its full year results scheduled for 5 March",
        {L},
    ),
    # https://domain-b.com/companies-organisations/firms-companies/bourses-question-jet-on-delaying-quarterly-results
    # (Jet Airways (India) Ltd, news item, date not shown): quarterly results put off, as news tells it
    (
        "late-deferred-the-release-of-its-quarterly-results",
        (
            "A day after Jet Airways (India) Ltd deferred the release of its quarterly results for the "
            "April-June 2018-19 period"
        ),
        {L},
    ),
    # https://domain-b.com/companies-organisations/firms-companies/bourses-question-jet-on-delaying-quarterly-results
    # (Jet Airways (India) Ltd, news item, date not shown): the auditor's finding, as news reports it
    (
        "gc-found-to-be-not-considered-as-a-going-concern",
        (
            "BSR & Co, a KPMG affiliate, has found the airline to be not considered as a 'going concern, "
            "according to an ET Now report."
        ),
        {G},
    ),
    # https://www.sec.gov/Archives/edgar/data/843296/000100329703000084/nord8k1.htm (Nord Pacific
    # Limited, 8-K, 2003-04-09): no report filed for years
    (
        "late-has-not-filed-any-financial-reports-since",
        (
            "Due to financial difficulties, the Company has not had the funds to engage auditors and has "
            "not filed any financial reports with the Securities and Exchange Commission since September "
            "2000."
        ),
        {L},
    ),
    # https://lexata.ca/exemptive_relief_order/0755461-b-c-ltd-s-144 (0755461 B.C. Ltd., news item,
    # 2023-01-19): the order for missing filings revoked: they were made since
    (
        "late-cease-trade-order-revoked",
        (
            "The Ontario Securities Commission (OSC) has revoked a cease trade order against 0755461 B.C. "
            "Ltd. following the company\u2019s application for revocation. The initial cease trade order "
            "was issued due to the company\u2019s failure to file required continuous disclosure "
            "documents, including audited annual financial statements and management\u2019s discussion "
            "and analysis (MD&A) for the year ended April 30, 2012, and subsequent periods."
        ),
        set(),
    ),
    # https://asic.gov.au./for-finance-professionals/company-auditors/your-ongoing-obligations-as-a-registered-company-auditor/auditor-resignation-or-removal/resignation-of-an-auditor-of-a-public-company
    # (Australian Securities and Investments Commission (guidance), regulator's guidance, date not
    # shown): a regulator's guidance titled with any auditor's resignation
    (
        "ac-resignation-of-an-auditor-of-a-public-company",
        "Resignation of an auditor of a public company\nIt explains:",
        set(),
    ),
    # https://asic.gov.au./for-finance-professionals/company-auditors/your-ongoing-obligations-as-a-registered-company-auditor/auditor-resignation-or-removal/resignation-of-an-auditor-of-a-public-company
    # (Australian Securities and Investments Commission (guidance), regulator's guidance, date not
    # shown): the change of auditors in general, the plural with its modifiers
    (
        "ac-resignation-of-public-company-auditors",
        (
            "Detailed guidance on how we apply the provisions of the Corporations Act relating to the "
            "resignation of public company auditors is in Regulatory Guide 26 Resignation, removal and "
            "replacement of auditors (RG 26), particularly RG 26.57\u2013RG 26.80."
        ),
        set(),
    ),
    # ---------------------------------------------------------------------------- holdout S: distress waves, markets abroad, bond news
    # https://seekingalpha.com/news/3548216-pioneer-energy-services-files-for-bankruptcy (Pioneer Energy
    # Services Corp., news item, date not shown): a ticker's colon between the name and "files"
    (
        "bk-named-filer-with-its-ticker-before-the-verb",
        (
            "Pioneer Energy Services (OTC:PES) files for Chapter 11 bankruptcy protection, saying it "
            "reached a restructuring agreement with key stakeholders including the elimination of its "
            "existing notes through a debt-for-equity conversion."
        ),
        {B},
    ),
    # https://insolvencyadvisoryaccountants.com.au/hanjin-shipping-declared-bankrupt-kbs-world-radio-news
    # (Hanjin Shipping Co., Ltd., news item, date not shown): a court declares the company bankrupt
    (
        "bk-court-declared-the-bankruptcy",
        (
            "Hanjin Shipping, once the largest shipping company in South Korea and the seventh-largest in "
            "the world, has been declared bankrupt.\nThe Seoul Central District Court declared the "
            "bankruptcy on Friday as the two-week period for appeal expired."
        ),
        {B},
    ),
    # https://costar.com/article/1770927206/bed-bath-beyond-seen-shedding-more-stores-if-it-pursues-bankruptcy
    # (Bed Bath & Beyond Inc., news item, date not shown): a filing among the options the company weighs
    (
        "bk-weighing-options-including-seeking-relief",
        (
            "The Union, New Jersey-based company \u2014 owner of its namesake chain as well as Buy Buy "
            "Baby and Harmon \u2014 last week warned that its financial woes, namely plummeting sales and "
            "widening losses, are forcing it to weigh its options, including seeking relief in bankruptcy "
            "court."
        ),
        set(),
    ),
    # http://webiis05.mondaq.com/InsolvencyBankruptcyRe-structuring/575304/Introduction-Of-Seoul-Bankruptcy-Court
    # (Seoul Bankruptcy Court (general), news item, date not shown): a law on any company, with "Debtor"
    # in the Act's name
    (
        "bk-a-law-on-any-company-that-may-file",
        (
            "The existing Debtor Rehabilitation and Bankruptcy Act provides that a company with debt of "
            "KRW 50 billion or more, and 300 or more creditors may file for bankruptcy / rehabilitation "
            "with the Bankruptcy Division of the Seoul Central District even if the company is not "
            "located in the Seoul area. From March 1, 2017, Seoul Bankruptcy Court will take over such "
            "major bankruptcy / rehabilitation cases, and is likely to provide more effective, "
            "specialized and consistent guidance in bankruptcy proceedings."
        ),
        set(),
    ),
    # https://kenyanwallstreet.com/transcentury-east-african-cables-shares-suspended-ncba-share-price-hits-decade-high
    # (TransCentury Plc; East African Cables Plc, news item, 2025-06-23): the cause of the suspension
    # told in the bullet after it
    (
        "dl-suspended-for-receivership-told-in-the-next-bullet",
        (
            "The Nairobi Securities Exchange (NSE) has indefinitely suspended trading in TransCentury Plc "
            "(NSE:TCL) and East African Cables Plc (NSE:CABL) shares, effective June 23, 2025.\n- "
            "\u2022The decision follows the appointment of PricewaterhouseCoopers\u2019 George Weru and "
            "Muniu Thoithi as joint receivers and managers, after TransCentury was placed under "
            "receivership and East African Cables placed under administration on June 20, 2025."
        ),
        {D, B},
    ),
    # https://sharesmagazine.co.uk/news/market/1695742492437816200/trafalgar-property-shares-to-be-suspended-amid-audit-delays
    # (Trafalgar Property Group PLC, news item, 2023-09-26): AIM shares suspended for late accounts
    (
        "dl-late-aim-suspended-following-a-delay-in-publication",
        (
            "Trafalgar Property Group PLC on Tuesday said its shares will be suspended from trading, "
            "following a delay in the publication of its results.\nThe south-east England-focused "
            "residential property developer said there will be a delay in the publication of its annual "
            "accounts for the year ended March 31."
        ),
        {D, L},
    ),
    # https://alphabiz.co.kr/news/view/1065548193403030 (Ssangbangwool Co., Ltd. (Ssangbongul), news
    # item, date not shown): the market's decision, not a voluntary one
    (
        "dl-listing-committee-decided-to-delist",
        (
            "The Korea Exchange announced on Tuesday that the listing committee of the Korea Stock "
            "Exchange decided to delist Ssangbongul."
        ),
        {D},
    ),
    # http://en.amwalalghad.com/mfin-to-be-delisted-for-failing-to-abide-by-egxs-rules/ (Misr Financial
    # Investments (MFIN), news item, date not shown): the market's decision, the issuer named after it
    (
        "dl-decided-on-the-delisting-of-the-shares-owned-by",
        (
            "The Listing Committee of EGX  has decided on the delisting of the shares owned by Misr "
            "Financial Investments (MFIN) for failing to abide by the rules."
        ),
        {D},
    ),
    # https://bizwatchnigeria.ng/fcmb-drops-kpmg-appoints-deloitte-as-its-new-auditor/?utm_source=rss&utm_medium=rss&utm_campaign=fcmb-drops-kpmg-appoints-deloitte-as-its-new-auditor
    # (FCMB Group Plc, news item, 2020-03-09): the board's vote naming both firms
    (
        "ac-voted-to-replace-one-firm-with-another",
        (
            "In an interesting move last week, the board of directors of FCMB Group Plc unanimously voted "
            "to replace Messrs KPMG Professional Services with Messrs Deloitte and Touche as its new "
            "auditor."
        ),
        {A},
    ),
    # https://philstar.com/business/2002/02/07/149782/philcomsat-lets-go-external-auditors (Philcomsat
    # Holdings Corp., news item, 2002-02-07): "auditing firm" for the audit firm
    (
        "ac-terminated-the-services-of-auditing-firm",
        (
            "Publicly-listed Philcomsat Holdings Corp. (PHC) has terminated the services of auditing firm "
            "SGV & Co. for the latters \"refusal to finalize and submit the audited financial statements "
            "for the year 2000,\" the company told the Philippine Stock Exchange."
        ),
        {A},
    ),
    # http://www.bloomberg.com/news/articles/2015-11-03/oando-of-nigeria-reports-938-million-oil-currency-writedowns
    # (Oando Plc, news item, 2015-11-03): results out late, as the exchange names it
    (
        "late-late-release-of-its-annual-results",
        (
            "In a separate statement on Tuesday, the Nigerian bourse said it is \u201cgreatly "
            "concerned\u201d by Oando\u2019s late release of its\u2019 2014 annual results and the "
            "exchange is reviewing the situation and notified the country\u2019s Securities and Exchange "
            "Commission."
        ),
        {L},
    ),
    # https://business.financialpost.com/cannabis/tsx-reviews-canntrusts-listing-because-it-has-failed-to-disclose-three-quarters-worth-of-financial-statements
    # (CannTrust Holdings Inc., news item, 2019-11-27): the statements of a closed year not filed
    (
        "late-has-not-filed-its-financial-statements-for-a-year",
        (
            "CannTrust has not filed its restated audited financial statements for 2018, its restated "
            "interim financial statements for the first quarter of 2019 and interim financial statements "
            "for its two latest quarters."
        ),
        {L},
    ),
    # ---------------------------------------------------------------------------- holdout R: note pages, microcap 8-Ks, Asia-Pacific, 1998-2013 news
    # https://www.deseret.com/2005/6/20/19898381/mcleodusa-off-the-nasdaq-list (McLeodUSA Inc., news
    # item, 2005-06-17): the rule's content ("that companies maintain") is no rule's subject
    (
        "dl-no-longer-complied-with-requirements-that-companies-maintain",
        (
            "McLeod was notified June 14 that it no longer complied with Nasdaq requirements that "
            "companies maintain a minimum price of $1 per share and a total market value of $35 million "
            "for listed securities."
        ),
        {D},
    ),
    # https://www.lightreading.com/financial/telecom-firms-get-twisted-and-delisted/d/d-id/614961
    # (Sycamore Networks, Inc.; Carrier Access Corp. (and other telecom firms), news item, date not
    # shown): the company's own delisting notice, named with "its"
    (
        "dl-its-delisting-notice-resulted-from-delays-in-filing",
        (
            "Optical networking company Sycamore says its delisting notice resulted from delays in filing "
            "its 10-Q for the period ended April 30, 2005."
        ),
        {D, L},
    ),
    # https://ere.net/articles/monster-faces-possible-nasdaq-delisting (Monster Worldwide, Inc., news
    # item, date not shown): a notice received of what may follow
    (
        "dl-notice-about-a-possible-delisting",
        (
            "Monster Worldwide, Inc. has received a notice from the Nasdaq Stock Market about a possible "
            "delisting of its shares due to the company\u2019s failure to file its third-quarter earnings "
            "report."
        ),
        {D},
    ),
    # https://www.cfo.com/banking-capital-markets/2007/03/three-strikes-but-not-out/ (Novell, Inc., news
    # item, 2007-03-21): a notice of non-compliance, as news names it
    (
        "dl-received-a-third-notice-of-non-compliance",
        (
            "Novell disclosed that it received a third notice of non-compliance from the Nasdaq Stock "
            "Market for not filing its financial reports on time."
        ),
        {D},
    ),
    # https://api.nst.com.my/business/corporate/2024/05/1048019/annum-slips-pn17-status (Annum Bhd, news
    # item, date not shown): an exchange's show-cause notice for an annual report not released when due
    (
        "late-failure-to-release-the-annual-report-which-was-due",
        (
            "Last Thursday, Annum was issued a show cause notice by the exchange for its failure to "
            "release the annual report, including the audited financial statements, auditors' report, and "
            "directors' report for the financial period ended June 30, 2023, which was due on October 31, "
            "2023."
        ),
        {L},
    ),
    # https://www.businesstimes.com.sg/companies-markets/alita-resources-creditor-austroid-corp-appoints-administrator-for-restructuring
    # (Alita Resources Limited, news item, 2020-12-06): a voluntary administrator appointed, unnamed
    (
        "bk-creditor-appointed-a-voluntary-administrator",
        (
            "AUSTROID Corp, the secured creditor of Alita Corp, has appointed a voluntary administrator "
            "to potentially restructure the Catalist-listed firm, a Saturday bourse filing reveals."
        ),
        {B},
    ),
    # https://www.lightreading.com/business-management/flag-appeals-nasdaq-delisting (FLAG Telecom
    # Holdings Ltd., press release, 2002-04-19): the filing named with its owner and chapter before it
    (
        "bk-prompted-by-the-companys-recently-announced-chapter-11-filing",
        (
            "The Nasdaq notice was prompted by the Company's recently announced Chapter 11 filing as well "
            "as concerns about the ability to sustain compliance with certain technical requirements for "
            "continued listing under Nasdaq's Marketplace Rules."
        ),
        {B},
    ),
    # https://money.cnn.com/2002/05/01/news/companies/kmart/index.htm (Kmart Corporation, news item,
    # 2002-05-01): a business named by its trade and place, with a relative pronoun
    (
        "bk-the-based-retailer-which-filed",
        (
            "The Troy, Mich.-based discount retailer, which filed for bankruptcy protection in January, "
            "said the delay in filing its 10-K annual report with the Securities and Exchange Commission "
            "will give its new management team time to complete an assessment of the company's accounting "
            "policies and methods."
        ),
        {B, L},
    ),
    # https://forbes40under40.com/index.php/2024/12/10/singapore-institute-of-advanced-medicine-holdings-flagged-over-uncertainties-about-staying-afloat
    # (Singapore Institute of Advanced Medicine Holdings Ltd., news item, date not shown): the auditors'
    # material uncertainty, as news reports their report
    (
        "gc-auditors-noted-the-presence-of-material-uncertainties",
        (
            "In a report dated Dec 9, the auditors noted the presence of material uncertainties that "
            "could cast significant doubt on the ability of SIAMH to continue as a going concern."
        ),
        {G},
    ),
    # ---------------------------------------------------------------------------- holdout Q: MD&A, Canada, South Asia, US trade press
    # https://insolvencyinsider.ca/filing-type/receivership/ (Vert Infrastructure Ltd., news item, date
    # not shown): a receivership "in" rather than "into"
    (
        "bk-was-placed-in-receivership-on-application-by",
        (
            "Vert Infrastructure Ltd. (CSE:VVV), a holding company which provides funding, "
            "infrastructure, and branding to affiliated licenced cannabis and hemp growers and extractors "
            "in the US, was placed in receivership on June 16 on application by KW Capital Partners "
            "Limited, owed approximately $5.2 million as the agent on behalf of the company's secured "
            "lenders."
        ),
        {B},
    ),
    # https://finance.yahoo.com/news/senior-living-firm-petersen-health-230652158.html (Petersen Health
    # Care Inc., news item, 2024-02-16): the company's facilities put into receivership, not the company
    (
        "bk-facilities-put-into-receivership-are-not-the-company",
        "On Tuesday, two more of its facilities were put into receivership.",
        set(),
    ),
    # https://charteredonline.in/coc-wisdom-cannot-be-appealed-in-nclt-or-nclat/ (Siva Industries and
    # Holdings Ltd, news item, date not shown): India's insolvency resolution process started by the
    # tribunal
    (
        "bk-application-admitted-and-cirp-initiated",
        "2. On 04.07.2019, the application was admitted by the NCLT and CIRP was initiated.",
        {B},
    ),
    # https://taxguru.in/corporate-law/cirp-application-u-s-7-ibc-admitted-existence-debt-default-proved.html
    # (Wind World (India) Infrastructure Pvt Ltd, news item, date not shown): the tribunal admits a
    # creditor's application
    (
        "bk-application-for-initiation-of-cirp-admitted",
        (
            "NCLT Mumbai held that application under section 7 of the Insolvency and Bankruptcy Process "
            "for initiation of Corporate Insolvency Resolution Process [CIRP] against Wind World (India) "
            "Infrastructure Private Limited [Corporate Debtor] admitted since Financial Creditors have "
            "proved existence of debt and default."
        ),
        {B},
    ),
    # https://tribune.com.pk/story/1889894/auditors-refuse-endorse-pias-financial-statements (Pakistan
    # International Airlines Corporation Ltd, news item, 2019-01-17): the audited statement of a closed
    # year still not finalised
    (
        "late-not-been-able-to-finalise-the-statement-for-a-year",
        (
            "Due to the auditors\u2019 refusal to sign the accounts, the PIA management has not been able "
            "to finalise the audited annual financial statement for 2017. The audited financial "
            "statements for 2018 have also not been prepared."
        ),
        {L},
    ),
    # https://www.indiatoday.in/business/story/mahindra-satyam-board-approves-delisting-from-nyse-82904-2010-09-28
    # (Mahindra Satyam (Satyam Computer Services Ltd), news item, 2010-09-29): results of closed years
    # never filed
    (
        "late-did-not-file-its-financial-results-for-years",
        (
            "Erstwhile, Satyam Computer did not file its financial results for 2008-09 and 2009-10 after "
            "its founder B Ramalinga Raju admitted to an accounting scam running into several crore of "
            "rupees."
        ),
        {L},
    ),
    # https://www.indiatoday.in/business/story/mahindra-satyam-board-approves-delisting-from-nyse-82904-2010-09-28
    # (Mahindra Satyam (Satyam Computer Services Ltd), news item, 2010-09-29): the company's own board
    # approves leaving the exchange
    (
        "dl-board-approved-the-delisting-is-voluntary",
        (
            "Mahindra Satyam board today approved the delisting of its shares from the New York Stock "
            "Exchange (NYSE) post its failure to comply with the US accounting norms."
        ),
        set(),
    ),
    # https://globalinsolvency.com/canada?page=78 (Valeant Pharmaceuticals International Inc., news
    # item, date not shown): a report the company itself calls delayed
    (
        "late-more-time-to-file-its-delayed-10-k",
        (
            "The Canadian drug company, struggling in recent months with questions over its accounting "
            "and business practices, said it had begun seeking a deal with lenders to give it more time "
            "to file its delayed 10-K annual report."
        ),
        {L},
    ),
    # http://www.americanbanker.com/news/community-banking/the-bancorp-again-delays-filing-of-annual-report-1074370-1.html
    # (The Bancorp, Inc., news item, date not shown): the exchange's warning letter, the exchange as
    # subject
    (
        "dl-exchange-sent-its-second-warning-letter-to",
        (
            "Nasdaq recently sent its second warning letter to The Bancorp, stating that the company "
            "faces the possibility of delisting unless it submits its reports promptly, the release said."
        ),
        {D},
    ),
    # https://business-standard.com/amp/companies/news/now-auditors-more-vigilant-on-going-concern-status-of-companies-124070400784_1.html
    # (Paytm Payments Bank Ltd (associate of One97 Communications), news item, 2024-07-04): the
    # auditors' doubt, as news reports it
    (
        "gc-auditors-have-doubted-whether-it-can-continue",
        (
            "The auditors have doubted whether PPBL can continue as a \u201cgoing concern\u201d, given "
            "its operational challenges."
        ),
        {G},
    ),
    # https://taxguru.in/sebi/statutory-auditors-resignation-listed-entities-material-subsidiaries.html
    # (Securities and Exchange Board of India (regulatory circular; no company), news item, 2019-10-18):
    # a regulator's norms for any auditor's resignation
    (
        "ac-procedure-of-resignation-of-statutory-auditors",
        (
            "In view of the same, the SEBI has issued specific norms for procedure of Resignation as well "
            "as Appointment of Statutory Auditors for listed entity to hold accountability of outgoing as "
            "well as incoming auditor."
        ),
        set(),
    ),
    # https://taxguru.in/sebi/statutory-auditors-resignation-listed-entities-material-subsidiaries.html
    # (Securities and Exchange Board of India (regulatory circular; no company), news item, 2019-10-18):
    # the auditor of any listed entity
    (
        "ac-resignation-of-the-statutory-auditor-of-a-listed-entity",
        (
            "> The conditions to be complied with upon Resignation of the Statutory Auditor of a Listed "
            "entity/Material subsidiary r.t."
        ),
        set(),
    ),
    # ---------------------------------------------------------------------------- holdout P: foreign issuers, auditors, Latin America and Africa
    # https://www.sec.gov/Archives/edgar/data/1472072/000110465921108165/tm2125586d1_6k.htm (Concord
    # Medical Services Holdings Limited, news item, 2021-08-13): the new firm named as the former one's
    # successor
    (
        "ac-new-firm-succeeds-the-former-auditor",
        (
            "Haoxin succeeds Ernst & Young Hua Ming LLP (\u201cEY\u201d), which previously was the "
            "independent registered accounting firm providing audit services to the Company. The change "
            "of the Company\u2019s independent registered public accounting firm was approved by the "
            "audit committee of the board of directors of the Company."
        ),
        {A},
    ),
    # https://fr.advfn.com/bourses/NYSE/LU/actualites/95314391/form-6-k-report-of-foreign-issuer-rules-13a-16
    # (Lufax Holding Ltd, news item, 2025-01-21): the firm told of its removal
    (
        "ac-notified-of-its-removal-as-auditor",
        (
            "In the letter, PwC stated that\nit was orally notified of its removal as the Company\u2019s "
            "auditor on January 16, 2025."
        ),
        {A},
    ),
    # https://www.businesslive.co.za/bd/companies/financial-services/2018-02-02-malusi-gigaba-orders-sasria-to-dump-auditors-kpmg/
    # (Sasria SOC Ltd, news item, 2018-02-02): the shareholder refuses to re-appoint the firm
    (
        "ac-shareholder-has-not-approved-the-reappointment",
        (
            "\"The shareholder has not approved the reappointment of KPMG,\" Sasria MD Cedric Masondo "
            "said on Thursday. \"We are in the process of sourcing another external auditor following our "
            "tender process.\""
        ),
        {A},
    ),
    # https://themoroccantimes.com/2016/03/18783/moroccos-la-samir-sentenced-to-compulsory-liquidation
    # (SAMIR (Société Anonyme Marocaine de l'Industrie du Raffinage), news item, 2016-03-21): a commerce
    # court's liquidation order
    (
        "bk-sentenced-to-compulsory-liquidation",
        (
            "Rabat, Morocco (TMT)- Morocco\u2019s refinery SAMIR, a supplier of petroleum products and a "
            "key player in the Moroccan industrial sector, was sentenced today by Morocco\u2019s commerce "
            "court to compulsory liquidation."
        ),
        {B},
    ),
    # https://www.businessinsider.co.za/what-is-business-rescue-2019-12 (South African Airways, news
    # item, 2019-12-05): South Africa's business rescue confirmed for a named company
    (
        "bk-will-be-placed-into-business-rescue",
        (
            "In the early morning hours of Thursday, minister of public enterprises Pravin Gordhan "
            "confirmed that SAA will be placed into business rescue immediately."
        ),
        {B},
    ),
    # https://www.businesslive.co.za/bd/national/2018-03-08-auditor-general-kimi-makwetu-says-saa-and-mango-given-qualified-opinions/
    # (South African Airways, news item, 2018-03-08): the auditor's material uncertainty, as news
    # reports it
    (
        "gc-there-was-a-material-uncertainty-about-the-ability-of",
        (
            "There was a \u201cmaterial uncertainty\u201d about the ability of the airline to continue as "
            "a going concern, the report said."
        ),
        {G},
    ),
    # https://www.newzimbabwe.com/auditors-question-s-africas-eskoms-ability-to-continue-as-a-going-concern/
    # (Eskom Holdings SOC Ltd, news item, 2022-12-23): the auditors' material uncertainty "relating to"
    # the company's ability
    (
        "gc-raised-a-material-uncertainty-relating-to-its-ability",
        (
            "JOHANNESBURG, Dec 23 (Reuters) \u2013 South African state power firm Eskom\u2019s auditors "
            "Deloitte & Touche LLP have raised a material uncertainty relating to the utility\u2019s "
            "ability to continue as a going concern, the company said on Friday while announcing its "
            "annual results."
        ),
        {G},
    ),
    # https://www.bnnbloomberg.ca/sasol-delays-results-for-review-of-13-billion-investment-1.1302511
    # (Sasol Ltd, news item, 2019-08-16): results put off by a company abroad
    (
        "late-will-delay-its-financial-results",
        (
            "(Bloomberg) -- Sasol Ltd. will delay its financial results for a month to coincide with a "
            "report on what went wrong during construction of its near-$13 billion Lake Charles chemical "
            "project in Louisiana."
        ),
        {L},
    ),
    # https://mx.advfn.com/bolsa-de-valores/NASDAQ/SCLXW/noticias/94954115/form-8-k-current-report
    # (Scilex Holding Company, 8-K, 2024-11-14): a notice the company only expects (the late report is a
    # fact)
    (
        "dl-expects-it-will-receive-a-notice",
        (
            "As a result of the Company\u2019s failure to file its Quarterly Report on Form 10-Q for the "
            "quarter ended September 30, 2024 (the \u201cQ3 Form 10-Q\u201d), the Company expects that, "
            "among other things, (i) it will receive a notice (the \u201cNotice\u201d) from the Listing "
            "Qualifications Department of The Nasdaq Stock Market LLC (\u201cNasdaq\u201d) advising the "
            "Company that it was not in compliance with Nasdaq\u2019s continued listing requirements "
            "under the Nasdaq Listing Rule 5250(c)(1) (the \u201cListing Rule\u201d) as a result of its "
            "failure to file the Form 10-Q in a timely manner,"
        ),
        {L},
    ),
    # ---------------------------------------------------------------------------- holdout AG: Australia and New Zealand, UK and Asian markets, newswires
    # https://coreuat-cdn.smartcompany.com.au/finance/20100311-structured-finance-company-collapses
    # (Securities International Limited, news item, 2010-03-11): Australia's voluntary administration,
    # told in the passive
    (
        "bk-placed-in-voluntary-administration",
        (
            "Sydney-based structured finance and investment company Securities International Limited has "
            "been placed in voluntary administration after collapsing with debts of $2-3 million."
        ),
        {B},
    ),
    # https://hotcopper.co.nz/threads/news-clh-australias-collection-house-appoints-administrators-after-failing-to-raise-funds.6819562
    # (Collection House Ltd, news item, 2022-06-30): the board's appointment of voluntary administrators
    # in the simple past
    (
        "bk-it-appointed-voluntary-administrators",
        (
            "June 30 (Reuters) - Collection House Ltd (CLH) , Australia's biggest debt collector, said on "
            "Thursday it appointed FTI Consulting FCN.N as voluntary administrators, after it failed to "
            "raise additional capital funding and restructure its business."
        ),
        {B},
    ),
    # https://www.nzherald.co.nz/business/companies/banking-finance/dominion-finance-put-into-receivership/U3NEHDYDDLMA4DQDMOYAHFU3II
    # (Dominion Finance Group Ltd, news item, date not shown): a receivership told in the passive with
    # "put"
    (
        "bk-has-been-put-into-receivership",
        "Ailing finance company Dominion Finance Group (DFG) has been put into receivership.",
        {B},
    ),
    # http://sharechat.co.nz/article/a1ad5663/contact.html (Finance and Leasing Ltd, news item,
    # 2011-01-20): the debenture trustee's appointment of receivers over the company
    (
        "bk-trustee-has-appointed-receivers-to-the-company",
        (
            "Perpetual Trust, the trustee for Finance and Leasing, has appointed receivers to the "
            "company."
        ),
        {B},
    ),
    # https://www.itiger.com/hant/news/1104187438 (Agile Group Holdings Limited (03383), news item,
    # 2025-12-09): a creditor's winding-up petition the company received
    (
        "bk-received-a-winding-up-petition",
        (
            "On December 9, 2025, the company received a winding-up petition submitted by Melco "
            "(Zhongshan) Enterprise Management Co., Ltd. (the petitioner) to the High Court of the Hong "
            "Kong Special Administrative Region."
        ),
        {B},
    ),
    # https://www.marketscreener.com/news/SingAsia-Announcements-and-Notices-ndash-Inside-Information--29147250/?utm_medium=RSS&utm_content=20190902
    # (SingAsia Holdings Limited, news item, 2019-09-02): winding-up petitions named as standing against
    # the company
    (
        "bk-winding-up-petitions-against-the-company",
        (
            "Reference is made to the announcements of the Company dated 8, 15, 20 and 28 August 2019 "
            "regarding two winding-up petitions against the Company (the ''Announcements'')."
        ),
        {B},
    ),
    # https://www.zulrafique.com.my/article-sample.php?id=1971 (Wintoni Group Berhad, news item,
    # 2022-04-15): a liquidator's appointment names the company wound up
    (
        "bk-appointed-as-the-liquidator-of-a-named-company",
        (
            "Facts Mohd Afrizan (\u2018Respondent\u2019) was appointed as the liquidator of Wintoni Group "
            "Berhad in a winding up order in 2017."
        ),
        {B},
    ),
    # https://print.casetext.com/case/in-re-sunedison-inc-11 (SunEdison, Inc., news item, 2017-08-07): a
    # court's opinion on the debtor's case under way
    (
        "bk-since-the-company-has-been-in-bankruptcy",
        (
            "The Court confirmed the Second Amended Joint Plan of Reorganization of SunEdison, Inc. and "
            "Its Debtor Affiliates , dated July 20, 2017 (the \"Plan \") by order dated July 28, 2017. "
            "(See ECF Doc. # 3735.) The Plan did not provide for any distribution to Class 8A, the equity "
            "in publically-traded SunEdison, Inc. (\"SUNE\"), and cancelled their interests. Michael "
            "Sklorenko and Jordan Danelz (together, the \"Shareholders\"), members of Class 8A, objected "
            "to the Plan , (see Corrected Objection of the Shareholders Michael Sklorenko and Jordan "
            "Danelz to Confirmation of the First Amended Joint Plan of Reorganization of SunEdison Inc. "
            "and Its Debtor Affiliates , dated July 12, 2017 (the \"Objection \") (ECF Doc. # 3624)), and "
            "the Court also received numerous emails from other shareholders during the fifteen months "
            "since SUNE has been in bankruptcy raising many of the same issues as well as others."
        ),
        {B},
    ),
    # https://www.minicounsel.ca/kennethlkallish (McEwan Enterprises Inc., news item, date not shown):
    # Canada's CCAA case named as the company's own
    (
        "bk-in-its-ccaa-proceedings",
        (
            "The applicant, McEwan Enterprises Inc., sought an Amended and Restated Initial Order at a "
            "comeback hearing in its CCAA proceedings to extend the stay period and increase the "
            "administration and directors' charges."
        ),
        {B},
    ),
    # https://www.lawgazette.co.uk/reportToModerator?storycode=5053817&commentcode=38349 (None (reader
    # comment explaining share suspensions), news item, date not shown): what may lie behind a
    # suspension, in general
    (
        "bk-sometimes-the-company-in-question-has-gone-bankrupt",
        (
            "Shares suspended by the Exchange find it hard to return to a full listing. Sometimes the "
            "company in question has gone bankrupt. In these circumstances, shareholders just have to "
            "grit their teeth and hope something emerges from the gloom."
        ),
        set(),
    ),
    # https://nzherald.co.nz/business/companies/banking-finance/feltex-shares-suspended-but-receivers-confident/GRN6T62HH4AL3JKMMT6NOATEFY
    # (Feltex Carpets Limited, news item, date not shown): a market abroad named as the one that
    # suspended the shares, and the company's own receiver
    (
        "dl-nzx-suspended-trading-in-the-shares",
        (
            "The NZX suspended trading in Feltex shares today because the company's receiver, "
            "McGrathNicol and Partners, is refusing to pay the company's share register."
        ),
        {B, D},
    ),
    # https://www.stockmarketwire.com/article/6731668/Nektan-suspends-trading-on-AIM-as-it-fails-to-publish-annual-accounts.html
    # (Nektan plc, news item, 2020-01-02): a suspension on AIM pending the accounts due under its rules
    (
        "dl-announced-the-suspension-of-trading-on-aim-pending-accounts",
        (
            "StockMarketWire.com - International gaming technology and services provider Nektan has "
            "announced the suspension of trading on AIM pending publication of its annual accounts."
        ),
        {D, L},
    ),
    # https://www.stockmarketwire.com/article/6723885/Mobile-Streams-to-miss-annual-results-reporting-deadline.html
    # (Mobile Streams PLC, news item, 2019-12-23): a suspension the missed deadline forces, and results
    # not published by the end of the year
    (
        "dl-forcing-it-to-suspend-trading-in-its-shares",
        (
            "StockMarketWire.com - Mobile content group Mobile Streams said it would not be able to "
            "publish its results by the end of the year, forcing it to suspend trading in its shares."
        ),
        {D, L},
    ),
    # https://www.stockmarketwire.com/article/6952088/Lookers-shares-to-be-suspended-as-results-delayed-auditor-resigns.html
    # (Lookers PLC, news item, 2020-06-08): the suspension that follows results not published by the
    # deadline
    (
        "dl-meaning-trading-in-its-shares-would-be-suspended",
        (
            "StockMarketWire.com - Auto dealer Lookers said it would be unable to publish its 2019 annual "
            "results by a 30 June deadline, meaning trading in its shares would be suspended."
        ),
        {D, L},
    ),
    # https://www.accountancyage.com/aa/news/1763605/leicester-city-shares-listed-aim (Leicester City
    # plc, news item, date not shown): a headline's delisting from a market abroad
    (
        "dl-shares-de-listed-from-aim",
        "Leicester City shares de-listed from AIM",
        {D},
    ),
    # https://retail-week.com/shares-suspended-at-european-home-retail/104329.article (European Home
    # Retail plc, news item, date not shown): accounts not published within the period the rules allow
    (
        "late-will-not-publish-its-accounts-within-the-days-required",
        (
            "Consequently, the company will not publish its accounts for the year ended April 30 within "
            "the 120 days required."
        ),
        {L},
    ),
    # https://www.accountingtoday.com/news/change-of-auditors-at10574 (Fannie Mae (Federal National
    # Mortgage Association), news item, date not shown): the new firm chosen to succeed the former one
    (
        "ac-selected-a-firm-to-succeed-the-former-auditor",
        (
            "FANNIE MAE TAPS DELOITTE: Embattled mortgage-financing concern Fannie Mae selected Big Four "
            "firm Deloitte to succeed KPMG as its independent accountant."
        ),
        {A},
    ),
    # https://www.stockmarketwire.com/article/6723885/Mobile-Streams-to-miss-annual-results-reporting-deadline.html
    # (Mobile Streams PLC, news item, 2019-12-23): "for the avoidance of doubt" no going-concern
    # concerns
    (
        "gc-for-the-avoidance-of-doubt-no-going-concern-issues",
        (
            "'The board is disappointed not to be able to publish the results in a timely manner, and "
            "although the accounts are not yet complete, for the avoidance of doubt no issues have arisen "
            "during the review of the company or the preparation of the accounts which would raise any "
            "concerns about the financial status of the business as a going concern,' chairman Nigel "
            "Burton said."
        ),
        set(),
    ),
    # https://docsbay.net/lcq13-auditors-reports-of-listed-companies (none (Hong Kong Government reply
    # in the Legislative Council), news item, 1999-07-14): when an auditor qualifies an opinion, in
    # general
    (
        "gc-when-there-are-doubts-regarding-the-going-concern-concept",
        (
            "(a) According to the information provided by the Hong Kong Society of Accountants (HKSA), an "
            "auditor will issue qualified opinion when there is either a limitation on the scope of the "
            "auditors' audit (note 1), the auditors disagree with the treatment or disclosure of a matter "
            "in the financial statements or when there are doubts regarding the applicability of the "
            "going concern (note 2) concept in the preparation of financial statements."
        ),
        set(),
    ),
    # ---------------------------------------------------------------------------- holdouts AB to AG read again: cease trade orders, markets abroad
    # https://torontobusinessdaily.com/stories/511330109-ontario-securities-commission-cerro-grande-mining-corporation-has-been-issued-a-cease-trade-order-by-the-ontario-securities-commission
    # (Cerro Grande Mining Corporation, news item, 2018-01-30): a cease trade order for failure to file,
    # the filings listed under it
    (
        "late-cto-for-failure-to-file-its-listed-filings",
        (
            "Cerro Grande Mining Corporation, reported that it has been issued a Cease Trade Order (CTO) "
            "by the Ontario Securities Commission for failure to file its:\n\u2022 Annual financial "
            "statements for the year ended September 30, 2017;"
        ),
        {L},
    ),
    # https://lexata.ca/exemptive_relief_order/ppx-mining-corp/ (PPX Mining Corp. (named only in the
    # source URL), news item, date not shown): a cease trade order partly revoked so the issuer can pay
    # for the filings it still owes
    (
        "late-partial-revocation-of-a-cto-imposed-for-failure-to-file",
        (
            "The Securities Commission granted a partial revocation of a cease trade order (CTO) that had "
            "been imposed on an issuer due to its failure to file the required annual financial "
            "statements and other continuous disclosure documents. The issuer sought this partial "
            "revocation to complete a private placement to raise funds necessary to update its continuous "
            "disclosure records and pay related fees."
        ),
        {L},
    ),
    # https://dailymirror.lk/print/business-news/CSE-takes-stern-action-on-non-compliers-suspends-six-companies/273-148131
    # (PC House PLC and others, news item, 2018-04-02): an exchange's suspension of the companies a news
    # item names, for reports not filed (each suspended issuer's late report, as for the PSE's five below)
    (
        "dl-exchange-suspended-six-listed-entities-as-they-failed-to-file",
        (
            "The Colombo Stock Exchange (CSE) suspended trading of six listed entities as they failed to "
            "file interim financials and annual reports even after the firms were given adequate time to "
            "comply with the most crucial continuous listing rule."
        ),
        {D, L},
    ),
    # https://seekingalpha.com/news/3787272-new-frontier-health-receives-nyse-non-compliance-notice (New
    # Frontier Health Corporation, news item, 2022-01-11): a foreign issuer's half-year report filed
    # late, told under the NYSE's late-filing standard (so a notice too)
    (
        "late-failed-to-timely-file-financial-information-for-the-half-year",
        (
            "Pursuant to Section 802.01E of the NYSE Listed Company Manual, New Frontier failed to timely "
            "file its financial information for the half year ended June 30, 2021 on Form 6-K with the "
            "SEC."
        ),
        {D, L},
    ),
    # https://www.businesslive.co.za/bd/national/2018-03-08-auditor-general-kimi-makwetu-says-saa-and-mango-given-qualified-opinions/
    # (South African Airways, news item, 2018-03-08): a state company's statements not laid before
    # parliament when due
    (
        "late-has-not-yet-tabled-its-financial-statements-which-were-due",
        "SAA has not yet tabled its 2016-17 financial statements, which were due in September.",
        {L},
    ),
    # https://www.businesslive.co.za/bd/companies/financial-services/2017-09-19-sasfin-drops-kpmg-as-sponsor-citing-its-commitment-to-good-governance/
    # (Sasfin Holdings Ltd, news item, 2017-09-19): an audit firm replaced in another role
    (
        "ac-firm-replaced-as-sponsor-not-as-auditor",
        (
            "JSE-listed Sasfin has replaced KPMG Services as its sponsor, with Deloitte & Touche Sponsor "
            "Services\u201a effective from Tuesday."
        ),
        set(),
    ),
    # https://www.biznews.com/briefs/2019/03/12/group-five-business-rescue-stock-suspended-jse (Group
    # Five Ltd, news item, 2019-03-12): shares suspended for a company in business rescue
    (
        "dl-entered-business-rescue-and-had-its-stock-suspended",
        (
            "(Bloomberg) \u2013 Group Five Ltd. entered a South African form of bankruptcy protection "
            "known as business rescue and had its stock suspended from trading in Johannesburg as the "
            "South African construction company sees a \u201cslim chance\u201d for any value realisation "
            "for shareholders."
        ),
        {B, D},
    ),
    # https://www.businesslive.co.za/bd/companies/financial-services/2017-09-19-sasfin-drops-kpmg-as-sponsor-citing-its-commitment-to-good-governance/
    # (Sasfin Holdings Ltd, news item, 2017-09-19): people of the audit firm resigned, not the firm as
    # auditor
    (
        "ac-executives-of-the-firm-resigned",
        (
            "Nine senior executives from KPMG recently resigned in a fallout over the company\u2019s "
            "involvement with the controversial Gupta family."
        ),
        set(),
    ),
    # https://cityam.com/rangers-shares-suspended-london-stock-exchange-following-wh-ireland-resignation
    # (Rangers International Football Club plc, news item, date not shown): a market abroad that
    # suspended a named company's shares
    (
        "dl-aim-market-suspended-trading-of-shares-in-a-named-company",
        (
            "The AIM market has suspended trading of shares in Rangers International Football Club "
            "(RIFC)."
        ),
        {D},
    ),
    # https://www.straitstimes.com/business/companies-markets/sgx-release-list-of-companies-suspended-for-over-12-months-as-regulatory
    # (Singapore Exchange Limited, news item, date not shown): one of the companies an exchange's report
    # counts, not the company
    (
        "bk-one-company-a-report-counts-was-placed-under-judicial-management",
        (
            "Two others are still pending responses to SGX queries, while one company was placed under "
            "judicial management, SGX chief regulatory officer Tan Boon Gin said Thursday (May 12) when "
            "launching the report."
        ),
        set(),
    ),
    # https://qa.philstar.com/business/2002/07/16/168436/pse-suspends-5-firms-failure-submit-reports/amp
    # (Atlas Consolidated Mining & Development Corp.; Fil-Estate Corp.; Music Corp.; Philippine National
    # Construction Corp.; Wise Holdings Inc. and others, news item, 2002-07-16): an exchange's
    # suspension of the companies a news item counts, for their statements not submitted on time (the
    # exchange names the issuers it suspends, however many)
    (
        "dl-exchange-will-suspend-trading-in-five-listed-companies",
        (
            "The Philippine Stock Exchange (PSE) will suspend trading in five listed companies starting "
            "today for their failure to submit required financial statements on time."
        ),
        {D, L},
    ),
    # https://www.thejakartapost.com/business/2023/02/21/sp-warns-of-risks-in-soes-after-waskitas-deferred-debt-payment.html
    # (PT Waskita Karya (Persero) Tbk, news item, 2023-02-21): an exchange that "suspended trade in" a
    # named company's shares
    (
        "dl-exchange-has-suspended-trade-in-the-shares-of",
        (
            "The Indonesia Stock Exchange (IDX) has suspended trade in the shares of Waskita Karya, which "
            "have the ticker symbol WSKT."
        ),
        {D},
    ),
    # https://www.steelorbis.com/steel-news/latest-news/turkeys-ekol-soguk-cekme-demir-celik-applies-for-concordat-1395985.htm
    # (Ekol Soğuk Çekme Demir Çelik Sanayi Ticaret A.Ş., news item, 2025-06-16): Turkey's
    # court-supervised restructuring, applied for
    (
        "bk-applied-for-a-concordat",
        (
            "According to a notification published in the Press Advertisement Institution of Turkey, "
            "Turkish steelmaker Ekol So\u011fuk \u00c7ekme Demir \u00c7elik Sanayi Ticaret A.\u015e. has "
            "applied to Bak\u0131rk\u00f6y third Commercial Court of First Instance for a concordat "
            "request due to financial difficulties."
        ),
        {B},
    ),
    # https://newswire.ca/news-releases/tsx-venture-exchange-stock-maintenance-bulletins-825195751.html
    # (Rizal Resources Corporation, exchange bulletin, 2019-07-22): an exchange bulletin: the order for
    # filings not made, and its revocation still to come
    (
        "late-cto-issued-against-the-following-company-for-failing-to-file",
        (
            "A Cease Trade Order has been issued by the British Columbia Securities Commission on July "
            "19, 2019 against the following company for failing to file the documents indicated within "
            "the required time period:\nSymbol\nTier\nCompany\nFailure to File\nPeriod Ending "
            "(Y/M/D)\n2\nRZL\nRizal Resources Corporation\nannual audited financial "
            "statements,\n2018/12/31\ninterim financial report, management's\n2019/03/31\nUpon revocation "
            "of the Cease Trade Order, the Company's shares will remain suspended until the Company meets "
            "TSX Venture Exchange requirements."
        ),
        {D, L},
    ),
    # ---------------------------------------------------------------------------- holdout AH: filings in public datasets, trade press, markets less covered, unusual forms
    # https://mcknightsseniorliving.com/news/pandemic-debt-market-downturn-force-financial-restructuring-of-enlivant-joint-venture
    # (Enlivant / TPG Real Estate senior-housing joint venture (Sabra Health Care REIT investee), news
    # item, date not shown): the auditor's finding, as news reports it, the doubt in quotation marks
    (
        "gc-found-substantial-doubt-in-quotation-marks",
        (
            "The audit report by Mayer Hoffman McCann PC found \u201csubstantial doubt\u201d about the "
            "157-community Enlivant senior living portfolio\u2019s ability to continue as a going "
            "concern."
        ),
        {G},
    ),
    # https://capitalmarketsinafrica.com/oando-auditors-question-its-ability-to-continue-operations
    # (Oando Plc, news item, date not shown): ISA 570's uncertainty said to exist after it is named
    (
        "gc-a-material-uncertainty-exists-that-may-cast",
        (
            "As a result, \u201ca material uncertainty exists that may cast significant doubt on the "
            "company and the group\u2019s ability to continue as a going concern,\u201d EY said."
        ),
        {G},
    ),
    # https://www.finanznachrichten.de/nachrichten-2021-08/53726035-nasdaq-stockholm-ab-delisting-of-oboya-horticulture-industries-ab-from-nasdaq-first-north-growth-market-440-21-252.htm
    # (Oboya Horticulture Industries AB, exchange notice, 2021-08-19): a European court's order
    # declaring the company bankrupt
    (
        "bk-court-has-declared-the-company-bankrupt",
        (
            "On August 17, 2021, Oboya Horticulture Industries AB published a press release\nwith "
            "information that the Gothenburg District Court has declared the company\nbankrupt."
        ),
        {B},
    ),
    # https://art.xingliano.com/article/1051527982-delaware-bankruptcy-court (Lee Enterprises,
    # Incorporated, news item, 2012-01-27): the chapter's number spelt out
    (
        "bk-filed-for-chapter-eleven-bankruptcy",
        "Davenport-based Lee Enterprises has filed for Chapter eleven bankruptcy.",
        {B},
    ),
    # https://www.bangkokpost.com/thailand/general/1925428/board-shakeup-as-thai-debt-rehab-commences%E2%80%AC
    # (Thai Airways International PCL, news item, date not shown): the court's acceptance of the
    # company's rehabilitation petition
    (
        "bk-court-accepted-a-debt-rehabilitation-petition",
        (
            "The Central Bankruptcy Court accepted a Thai Airways International (THAI) debt "
            "rehabilitation petition on Wednesday"
        ),
        {B},
    ),
    # https://www.thenationalnews.com/business/markets/2023/04/18/drake-scull-to-write-off-90-of-its-debt-under-restructuring-plan/
    # (Drake & Scull International PJSC, news item, 2023-04-18): bankruptcy procedures opened for the
    # company on its request
    (
        "bk-accepted-the-request-to-open-bankruptcy-procedures",
        (
            "The public prosecution has accepted the request to open bankruptcy procedures for the "
            "company and agreed to proceed with the financial restructuring plan, it said."
        ),
        {B},
    ),
    # https://www.finanznachrichten.de/nachrichten-2021-08/53726035-nasdaq-stockholm-ab-delisting-of-oboya-horticulture-industries-ab-from-nasdaq-first-north-growth-market-440-21-252.htm
    # (Oboya Horticulture Industries AB, exchange notice, 2021-08-19): a market whose name runs to three
    # words decided to delist the shares
    (
        "dl-market-named-in-several-words-decided-to-delist",
        (
            "With reference to the above, Nasdaq Stockholm Aktiebolag has decided to delist\nthe shares "
            "of Oboya Horticulture Industries AB from Nasdaq First North Growth\nMarket with immediate "
            "effect."
        ),
        {D},
    ),
    # https://www.medicaldesignsourcing.com/nasdaq-titan-medical-extension-compliance/ (Titan Medical
    # Inc., news item, date not shown): the time granted to evidence compliance with the bid-price rule
    (
        "dl-received-extra-days-to-evidence-compliance",
        (
            "According to a news release, the Listing Qualifications Staff of The Nasdaq Stock Market "
            "notified the company that it received 180 extra calendar days \u2014 running through Dec. "
            "26, 2022 \u2014 to evidence compliance with the $1 minimum bid price requirement for "
            "continued listing on the market."
        ),
        {D},
    ),
    # https://thejetnewspaper.com/suspension-in-future-forests-fiji-limited-fff-shares-and-notes (Future
    # Forests (Fiji) Limited, news item, date not shown): a suspension named by its noun, for statements
    # not released within three months of the year's end
    (
        "dl-placed-a-suspension-after-a-failure-by-the-company",
        (
            "The South Pacific Stock Exchange (SPSE) placed a suspension in Future Forests (Fiji) Limited "
            "shares (FFF) and notes (FFFN) before the trading session opened at 2.30pm this afternoon. "
            "The suspension of the two securities follows a failure by the company to release its audited "
            "financial statements to the market within three months from its financial year ending 30th "
            "June 2014."
        ),
        {D, L},
    ),
    # https://www.the-star.co.ke/business/kenya/2019-10-29-absence-of-auditor-general-holds-state-owned-firms-end-years-results/
    # (Kenya Electricity Generating Company PLC (KenGen), news item, 2019-10-29): results the company is
    # not in a position to publish by the regulator's date
    (
        "late-not-in-a-position-to-publish-by-the-date",
        (
            "''We will not be in a position to publish audited financial results by October 31 as "
            "stipulated by the Capital Market Authority (CMA) until the appointment of the auditor "
            "general is completed by end of November,'' Kengen company secretary Paul Ndung'u said."
        ),
        {L},
    ),
    # https://irishtimes-irishtimes-staging.cdn.arcpublishing.com/business/technology/ey-reports-datalex-to-companies-registrar-over-accounts-1.4007878
    # (Datalex plc, news item, date not shown): delays in the publication of the company's accounts, and
    # the suspension they caused
    (
        "late-suspended-due-to-delays-in-the-publication-of-the-accounts",
        (
            "\u201cThe company takes its legal and corporate governance responsibilities very seriously "
            "and seeks to comply at all times with all relevant laws and regulations,\u201d Datalex said "
            "in a statement issued to the Dublin stock exchange, where its shares have been suspended "
            "since May due to delays in the publication of the company\u2019s annual accounts."
        ),
        {D, L},
    ),
    # https://www.finanznachrichten.de/nachrichten-2023-07/59480869-observation-status-applied-to-estonian-japan-trading-company-shares-252.htm
    # (Estonian Japan Trading Company AS, exchange notice, 2023-07-03): an annual report not published
    # within the months the rules count from the period's end
    (
        "late-not-published-within-months-from-the-end-of-the-period",
        (
            "Estonian Japan Trading\nCompany has not published its audited annual report for 2022 within "
            "6 months\nfrom the end of the reporting period."
        ),
        {L},
    ),
    # https://jamstockex.com/suspension-of-trading-in-the-shares-of-productive-business-solutions-limited-and-ironrock-insurance-company-limited
    # (Productive Business Solutions Limited; IronRock Insurance Company Limited, exchange notice,
    # 2024-07-02): the audited statements told as days overdue
    (
        "late-statements-became-days-overdue",
        (
            "The Company\u2019s 2023 Audited Financial Statements became due on March 30, 2024 and "
            "ninety-three (93) days overdue on July 1, 2024."
        ),
        {L},
    ),
    # http://secteaparty.blogspot.com/2012/06/another-12j-revocation-imposed.html?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%253A+SecTeaParty+%2528SEC+Tea+Party%25E2%2584%25A2%2529
    # (Citizens Capital Corp., news item, 2012-06-29): a decade of periodic filings not made
    (
        "late-made-no-periodic-filings",
        "The company made no periodic filings from late 2001 until May 2011.",
        {L},
    ),
    # https://maitvfiji.com/spx-suspends-trading-of-fijian-holdings-shares/ (Fiji Television Limited;
    # Fijian Holdings Limited, news item, date not shown): results of a closed half-year put off
    (
        "late-half-yearly-results-will-be-delayed",
        (
            "The impact of the recall and re-issue of FTV\u2019s financial results as at 30 June 2020, "
            "means their half-yearly financial results as at 31 December 2020 will be delayed as well, "
            "subsequently delaying the release of FHL\u2019s financial results for the same period."
        ),
        {L},
    ),
    # http://www.coupfourandahalf.com/2009/07/fijian-holdings-suspended-from-stock.html (Fijian Holdings
    # Limited, blog repost of an exchange statement, 2009-07-27): the market's own statement suspending
    # a named company until further notice
    (
        "dl-exchange-statement-that-trading-in-a-named-company-will-be-suspended",
        (
            "The South Pacific Stock Exchange has released a statement informing investors and the public "
            "that trading in Fijian Holdings Limited (FHL) will now be suspended until further notice."
        ),
        {D},
    ),
    # ---------------------------------------------------------------------------- holdout AI: note pages, small-cap newswires, continental Europe and Latin America, news wires
    # https://www.journal-news.com/nation-world/troubled-electric-vehicle-maker-nikola-files-for-bankruptcy-protection/CZEPF3MWTZASDAY3UPSYJFISFA/
    # (Nikola Corporation, news item, 2025-02-19): a news story whose quoted CEO says "the Company": the
    # story is still the filer's own
    (
        "bk-named-filer-in-news-that-quotes-the-company",
        (
            "Troubled electric vehicle maker Nikola has filed for Chapter 11 bankruptcy "
            "protection.\n\nThe company, once a rising star on Wall Street, became enmeshed in scandal "
            "and its founder was convicted in 2022 for misleading investors about the company's "
            "capabilities.\n\nThe Arizona company filed for protection in the United States Bankruptcy "
            "Court for the District of Delaware and said Wednesday that it has also filed a motion "
            "seeking approval to pursue an auction and sale of the business.\n\nNikola has about $47 "
            "million in cash on hand.\n\nNikola Corp. plans to to continue limited service and support "
            "operations for vehicles on the road, including fueling operations through the end of March, "
            "subject to court approval. The company said that it will need to raise more funding support "
            "those types of activities after that time.\n\n\u201cLike other companies in the electric "
            "vehicle industry, we have faced various market and macroeconomic factors that have impacted "
            "our ability to operate,\u201d CEO Steve Girsky said in a statement.\n\nThe executive said "
            "the company has made efforts in recent months to raise funds and reduce liabilities and "
            "preserve cash, but that it hasn't been enough.\n\n\"The Board has determined that Chapter 11 "
            "represents the best possible path forward under the circumstances for the Company and its "
            "stakeholders,\u201d he explained."
        ),
        {B},
    ),
    # https://fr.advfn.com/bourses/USOTC/PZRXQ/actualites/76267663/phaserx-commences-voluntary-chapter-11-bankruptcy
    # (PhaseRx, Inc., press release, 2017-12-11): the company's election to file, the petition named
    # with its article
    (
        "bk-elected-to-file-a-voluntary-petition",
        (
            "PhaseRx, Inc.\n(NASDAQ: PZRX), a biopharmaceutical company developing mRNA\ntreatments for "
            "life-threatening inherited liver diseases in\nchildren, today announced that it has elected "
            "to file a voluntary\npetition under Chapter 11 of the Bankruptcy Code in the "
            "U.S.\nBankruptcy Court for the District of Delaware."
        ),
        {B},
    ),
    # https://traveltomorrow.com/aeromexico-under-chapter-11-to-implement-financial-restructuring/
    # (Grupo Aeroméxico, S.A.B. de C.V., news item, 2020-06-30): the chapter named before the petition
    (
        "bk-filed-a-voluntary-chapter-11-petition",
        (
            "On June 30th, Grupo Aeromexico S.A.B. de C.V announced that the Group as well as some of its "
            "affiliates have filed a voluntary Chapter 11 petition in the United States to implement "
            "financial restructuring while the Group\u2019s operations continue."
        ),
        {B},
    ),
    # https://www.sec.gov/Archives/edgar/data/1291733/000129281424002090/R6.htm (Gol Linhas Aéreas
    # Inteligentes S.A., 20-F note, 2023-12-31): the petition told before its filing, and the suspension
    # that followed
    (
        "bk-petition-under-chapter-11-filed-with-the-court",
        (
            "As a result of the voluntary reorganization petition under Chapter 11 Bankruptcy Code filed "
            "with the United States Bankruptcy Court on January 25, 2024, the NYSE suspended trading of "
            "the Company's American Depositary Shares (\"ADSs\")."
        ),
        {B, D},
    ),
    # https://www.rte.ie/news/business/2004/0913/54317-usairways-business (US Airways Group Inc., news
    # item, date not shown): news wording without "protection"
    (
        "bk-sought-bankruptcy-for-the-second-time",
        (
            "US Airways yesterday sought bankruptcy for the second time in two years, hit by low-cost "
            "rivals, soaring fuel prices and a failure of talks on cost-cutting measures with unions."
        ),
        {B},
    ),
    # https://ir.gerryweber.com/websites/gerryweber/English/5900/detail-view.html?backId=&newsID=1749983
    # (Gerry Weber International AG, press release, 2019-01-25): a German filer's own application to the
    # insolvency court
    (
        "bk-applied-for-preliminary-insolvency-proceedings",
        (
            "(Halle/Westphalia, 25 January 2019) Today, GERRY WEBER International AG applied for the "
            "court order of preliminary insolvency proceedings under self-administration according to "
            "\u00a7 270 a InsO at the responsible local court Bielefeld"
        ),
        {B},
    ),
    # https://dailycaller.com/2012/01/04/kodak-in-danger-of-being-delisted-from-nyse/ (Eastman Kodak
    # Co., news item, 2012-01-04): the exchange's warning told with "will"
    (
        "dl-warned-that-its-stock-will-be-delisted-if",
        (
            "ROCHESTER, N.Y. \u2013 Eastman Kodak Co. has been warned by the New York Stock Exchange that "
            "its stock will be delisted if the price remains below $1 per share for the next six months, "
            "the ailing photography company said Tuesday."
        ),
        {D},
    ),
    # https://finance.yahoo.com/news/york-stock-exchange-delist-perus-235333219.html (Graña y Montero
    # S.A.A., news item, 2018-05-17): the exchange's delisting process begun, in news
    (
        "dl-exchange-had-begun-the-process-of-delisting",
        (
            "LIMA, May 17 (Reuters) - The New York Stock Exchange said on Thursday it had begun the "
            "process of delisting Peru's Grana y Montero"
        ),
        {D},
    ),
    # https://static-global.nhst.tech/tankers/tanker-owner-top-ships-goes-for-share-reduction-to-maintain-nasdaq-compliance/2-1-1526473
    # (Top Ships Inc., news item, date not shown): a bid-price notice told by its "$1 minimum"
    (
        "dl-notice-that-its-stock-traded-below-the-1-minimum",
        (
            "Greek tanker owner Top Ships will carry out a reverse stock split on Friday to maintain "
            "compliance with Nasdaq listing requirements.\n\nThe company, led by chief executive "
            "Evangelos Pistiolis, said every 12 shares will become one share, reducing the number "
            "outstanding to 1.7m from 20.3m.\n\nTop Ships received a notice from the US exchange in April "
            "that its stock had traded below the $1 minimum for 30 consecutive days."
        ),
        {D},
    ),
    # https://boards.fool.com/form-10-k-and-form-10-ksb-17972183.aspx?sort=whole (Actrade Financial
    # Technologies Ltd., Form 12b-25 narrative quoted on a forum, date not shown): an annual report the
    # company is currently unable to file
    (
        "late-currently-unable-to-file-the-form-10-k",
        (
            "The Company has been unable to complete the disclosure required to be included in its Annual "
            "Report on Form 10-K for the fiscal year ended June 30, 2002 (the \u201cForm 10-K\u201d) and "
            "is currently unable to file the Form 10-K. At this time, it is not possible to provide any "
            "further guidance as to when the Form 10-K will be filed."
        ),
        {L},
    ),
    # https://www.page.ke/summaries/beim-solarunternehmen-meyer-burger-spitzt-sich-die-krise-zu-blick
    # (Meyer Burger Technology AG, news item, date not shown): the annual report itself put off
    (
        "late-postponed-its-annual-financial-report",
        (
            "Meyer Burger, a Swiss solar company, has postponed its annual financial report until May "
            "31st, 2025, citing the need for more time to present a solution to concerned shareholders "
            "for the company's survival."
        ),
        {L},
    ),
    # https://www.latimes.com/archives/la-xpm-1998-aug-07-fi-10852-story.html (Sunbeam Corp., news item,
    # 1998-08-07): a closed quarter's reporting put off, the new date between
    (
        "late-delaying-until-september-its-financial-reporting-for-the-quarter",
        (
            "Sunbeam, in turmoil over accounting and marketing practices under Dunlap, said it was "
            "delaying until late September its financial reporting for the three months ended June 30 "
            "because of the confusion caused by unreliable bookkeeping and accounting."
        ),
        {L},
    ),
    # https://globest.com/2005/01/05/more-trouble-for-krispy-kreme (Krispy Kreme Doughnuts, Inc., news
    # item, 2005-01-05): what delayed the reporting of a fiscal year
    (
        "late-caused-delays-in-reporting-fiscal-2005",
        (
            "Krispy Kreme, which currently operates 440 stores(comprised of 402 factory stores and 38 "
            "satellites) in45 U.S. states, Australia, Canada, Mexico and theUnited Kingdom, says that the "
            "accounting evaluationhas caused delays in reporting fiscal 2005."
        ),
        {L},
    ),
    # https://www.sec.gov/Archives/edgar/data/1108951/000120677405000680/ls71475.htm (Large Scale
    # Biology Corporation, 8-K/A, 2005-04-08): a former auditor that "ceased being" the registrant's
    # firm
    (
        "ac-ceased-being-the-registrants-accounting-firm",
        (
            "This Amendment No. 1 to the Current Report on Form 8-K/A is filed for the purpose of "
            "amending Item 4.01 of the Current Report on Form 8-K of Large Scale Biology Corporation (the "
            "\u201cRegistrant\u201d) dated April 8, 2005, filed with the Securities and Exchange "
            "Commission on April 14, 2005, to reflect the effective date that Deloitte & Touche LLP "
            "(\u201cDeloitte\u201d) ceased being the Registrant\u2019s independent registered public "
            "accounting firm."
        ),
        {A},
    ),
    # https://www.theage.com.au/business/us-newspapers-are-red-all-over-20090820-es4r.html (Macquarie
    # Media Group, news item, 2009-08-20): the auditor's words quoted in news, the company's name in
    # brackets
    (
        "gc-significant-uncertainty-regarding-its-continuation",
        (
            "Its auditor, PricewaterhouseCoopers, said yesterday there was a ''significant uncertainty "
            "regarding [its] continuation as a going concern''."
        ),
        {G},
    ),
    # https://www.bloomberg.com/news/articles/2016-09-29/brazil-utility-said-close-to-filing-delayed-financial-reports
    # (Centrais Elétricas Brasileiras S.A. - Eletrobras, news item, 2016-09-29): a news item's "the
    # ADRs" are the company's
    (
        "dl-exchange-suspended-trading-of-the-adrs-and-began-delisting-procedures",
        (
            "Eletrobras has delayed filing its 2014 financial results to the U.S. Securities and Exchange "
            "Commission three times amid the investigation. The New York Stock Exchange suspended U.S. "
            "trading of the ADRs in May and began delisting procedures."
        ),
        {D, L},
    ),
    # ---------------------------------------------------------------------------- holdout AJ: Canadian issuers, 8-Ks, Asian markets, investor commentary
    # http://cn.reuters.com/article/suntech-bondrepayment-idCNL3N0IL5W720131031 (Suntech Power Holdings
    # Co., Ltd., news item, 2013-10-31): an involuntary petition told by its filers
    (
        "bk-bondholders-made-the-filing-under-chapter-7",
        (
            "A group of four U.S. bondholders, holding about $1.6 million\nof the debt-laden company's 3 "
            "percent convertible senior notes\ndue 2013, made the filing under Chapter 7 of the U.S. "
            "Bankruptcy\nCode."
        ),
        {B},
    ),
    # https://www.pattayamail.com/thailandnews/central-bankruptcy-court-receives-thai-airways-rehabilitation-petition-301709
    # (Thai Airways International PCL, news item, 2020-05-27): the court's acceptance of the company's
    # rehabilitation request for hearing
    (
        "bk-court-agreed-to-consider-a-rehabilitation-request",
        (
            "BANGKOK \u2013 The Central Bankruptcy Court agreed to consider a rehabilitation bankruptcy "
            "request from Thai Airways International (THAI), consequently resulting in the automatic "
            "stay."
        ),
        {B},
    ),
    # https://koreaherald.com/view.php?mp=11&np=103&ud=20210323001097 (SsangYong Motor Co., news item,
    # 2021-03-23): Korea's court receivership filed for after a failure to pay debt
    (
        "bk-filed-for-court-receivership",
        (
            "Trading of the automaker's shares on the main bourse KOSPI was suspended after it filed for "
            "court receivership on Dec. 21 due to its failure to pay debt owed to its creditors."
        ),
        {B},
    ),
    # https://talkmarkets.com/content/stocks--equities/insys-shares-fall-70-after-filing-for-chapter-11-bankruptcy?post=223739
    # (Insys Therapeutics, Inc., news item, date not shown): the case begun as a court-supervised
    # process
    (
        "bk-initiated-a-court-supervised-process-via-chapter-11",
        (
            "Insys Therapeutics, Inc. (INSY) shares are trading sharply lower following news the company "
            "initiated a court-supervised process to facilitate asset sales via Chapter 11 bankruptcy."
        ),
        {B},
    ),
    # https://www.sec.gov/Archives/edgar/data/1538789/000117184322005181/exh_991.htm (Just Energy Group
    # Inc., press release on Form 6-K, 2022-07-29): the company's own CCAA and Chapter 15 proceedings,
    # and the filings they delay
    (
        "bk-the-companys-ongoing-proceedings-under-the-ccaa",
        (
            "because the Company needs additional time to complete its financial statements and related "
            "disclosures due to the Company\u2019s ongoing proceedings under the Companies\u2019 "
            "Creditors Arrangement Act (Canada) (\u201cCCAA\u201d) and under Chapter 15 of the United "
            "States Bankruptcy Court for the Southern District of Texas."
        ),
        {B, L},
    ),
    # https://dev.abi.org/node/378043 (Orbital Infrastructure Group, Inc., news item, date not shown):
    # Nasdaq's notice told as a violation, and the report not filed
    (
        "dl-violating-listing-requirements-by-failing-to-file",
        (
            "The infrastructure services platform said on Wednesday that it received notice from Nasdaq "
            "that it was violating listing requirements by failing to file a quarterly report,"
        ),
        {D, L},
    ),
    # https://idnfinancials.com/jp/news/52531/idx-suspends-wika-shares-whats-it (PT Wijaya Karya
    # (Persero) Tbk, news item, 2025-02-18): a market abroad that temporarily suspended a named
    # company's shares
    (
        "dl-exchange-temporarily-suspended-the-trading-of-a-named-company",
        (
            "JAKARTA \u2013Indonesia Stock Exchange (IDX) temporarily suspended the trading of PT Wijaya "
            "Karya (Persero) Tbk (WIKA) shares during the first session on Tuesday (18/2)."
        ),
        {D},
    ),
    # https://www.rtmworld.com/news/canon-to-voluntarily-delist-from-nyse/ (Canon Inc., news item,
    # 2023-02-13): the issuer's own decision, told to the exchange
    (
        "dl-notified-the-exchange-of-its-decision-to-delist-its-adrs",
        (
            "Canon notified New York Stock Exchange (the \u201cNYSE\u201d) of its decision to delist its "
            "American Depositary Receipts (the \u201cADRs\u201d) on Feb.13, 2023."
        ),
        set(),
    ),
    # https://vcptrading.com/2024/04/03/christina-lake-cannabis-announces-delay-in-filing-its-2023-annual-financial-statements-by-investing-com/
    # (Christina Lake Cannabis Corp., press release, 2024-04-03): annual filings the company will not be
    # making
    (
        "late-will-not-be-filing-its-annual-financial-statements",
        (
            "VANCOUVER, British Columbia, April 03, 2024 (GLOBE NEWSWIRE) \u2014 Christina Lake Cannabis "
            "Corp. (\u201cCLC\u201d or the \u201cCompany\u201c) (CSE: CLC) announced today that it  will "
            "not be filing its annual financial statements, accompanying management\u2019s discussion and "
            "analysis and related chief executive officer (\u201cCEO\u201c) and chief financial officer "
            "(\u201cCFO\u201c) certifications for"
        ),
        {L},
    ),
    # https://cashnews.co/united-states-finance/super-micro-confirms-it-will-delay-annual-financial-filings-newsunitedstates
    # (Super Micro Computer, Inc., news item, 2024-08-30): the late-filing notice's reason, told in news
    (
        "late-unreasonable-effort-or-expense-to-file-on-time",
        (
            "The maker of computer servers said it would take \u201cunreasonable effort or expense\u201d "
            "to file on time its annual 10-K financial disclosures for the quarter and fiscal year ended "
            "June 30."
        ),
        {L},
    ),
    # https://ttm.financial/news/1188152042?page=2 (Super Micro Computer, Inc., news item, date not
    # shown): an annual report's filing put off, in news
    (
        "late-subsequently-delayed-a-10-k-filing",
        (
            "Earlier this year, a short seller alleged accounting problems at Super Micro, and the "
            "company subsequently delayed a 10-K filing, saying it needed more time to assess its "
            "internal controls."
        ),
        {L},
    ),
    # https://markettradingessentials.com/?p=260050 (Lordstown Motors Corp., news item, date not shown):
    # the quarterly report told as late, and Nasdaq's notice about it
    (
        "late-the-quarterly-filing-was-late",
        (
            "The quarterly filing was late, and Lordstown disclosed last Friday that it had received a "
            "notice from Nasdaq about a potential delisting because of the late filing."
        ),
        {D, L},
    ),
    # https://rough-polished.expert/en/news/118617.html (Diamcor Mining Inc., news item, date not
    # shown): a management cease trade order asked for
    (
        "late-requesting-a-management-cease-trade-order",
        (
            "Meanwhile, Diamcor said it had filed an application with the British Columbia Securities "
            "Commission and the Alberta Securities Commission requesting that they issue a management "
            "cease trade order against the company\u2019s directors, officers and/or insiders instead of "
            "a cease trade order against the company and all of its security holders."
        ),
        {L},
    ),
    # https://www.fool.com/investing/2023/12/04/why-shares-of-plug-power-plunged-315-in-november/?source=financialcontent&utm_source=financialcontent&utm_medium=feed&utm_campaign=article
    # (Plug Power Inc., news item, 2023-12-04): the company's doubt told as management questioning its
    # ability
    (
        "gc-management-questions-the-companys-ability",
        (
            "When they dug deeper, therefore, and found that management questions the company's \"ability "
            "to continue as a going concern,\" they sounded the alarm."
        ),
        {G},
    ),
    # http://koreabizwire.com/?p=160073 (SsangYong Motor Co., news item, 2020-05-18): the reviewer's
    # doubt told as skepticism
    (
        "gc-auditor-was-skeptical-about-its-ability",
        (
            "In the company\u2019s first-quarter earnings report to the financial regulator, KPMG Samjong "
            "Accounting Corp. was skeptical about SsangYong\u2019s ability to continue as a going "
            "concern, as it continued to post hefty net losses for the 13th consecutive quarter through "
            "the first quarter."
        ),
        {G},
    ),
    # ------------------------------------------ exchange suspensions for accounts not filed (AA-AJ)
    # http://www.independent.co.uk/news/business/news/aim-suspends-nine-for-failing-to-file-on-time-182442.html
    # (Constellation Corporation, Cyberes, Einstein Group, Mettoni and other AIM companies, news item,
    # 2002-07-02): AIM's suspension of nine issuers for results not filed within the time allowed
    (
        "late-suspended-after-failing-to-file-their-financial-results",
        (
            "A record nine companies were suspended from trading yesterday on London's junior share "
            "market, the Alternative Investment Market, after failing to file their financial results "
            "within the time allowed under listing rules."
        ),
        {D, L},
    ),
    # https://bizwatchnigeria.ng/ngx-suspends-8-companies-for-failure-to-file-reports/ (Unity Bank Plc
    # and seven other NGX-listed companies, news item, 2024-07-08): shares blocked from trading for a
    # year's audited statements not filed
    (
        "late-blocked-from-trading-due-to-their-failure-to-file",
        (
            "As per NGX, the eight firms\u2019 shares have been blocked from trading on Nigerian Exchange "
            "Limited\u2019s facilities as of today, Monday, July 8, 2024, due to their failure to file "
            "their audited financial statements for the year that concluded on December 31, 2023."
        ),
        {L},
    ),
    # https://aim-watch.com/project/trading-suspensions-overview/ (AIM Watch (educational text),
    # explainer, date not shown): an explainer's list of the causes of suspension, no company's report
    (
        "late-failing-to-submit-on-time-as-a-cause-of-suspension-in-general",
        (
            "When it comes to the AIM Market, as well as failing to submit half-year reports and annual "
            "accounts on time, other common causes for shares being suspended include:"
        ),
        set(),
    ),
    # ---------------------- holdout AK: SEC filings, small-cap wires, markets abroad, unusual forms
    # https://capedge.com/filing/1305507/0000950135-06-002021/ATB-8K (Arlington Tankers Ltd., 8-K Item
    # 4.01, 2006-03-31): the audit committee's decision not to recommend the firm's reappointment (a
    # dismissal)
    (
        "au-decided-not-to-recommend-the-reappointment",
        (
            "On March 24, 2006, the audit committee (the \u201cCommittee\u201d) of the board of directors "
            "of Arlington Tankers Ltd. (the \u201cCompany\u201d) notified KPMG LLP (\u201cKPMG\u201d) "
            "that the Committee has decided not to recommend the reappointment of KPMG as the "
            "Company\u2019s independent auditors, subject to the requirements of Bermuda law."
        ),
        {A},
    ),
    # https://moomoo.com/hant/news/post/40787844/braxia-scientific-announces-application-for-a-management-cease-trade-order
    # (Braxia Scientific Corp., press release, 2024-07-15): a release's title: a management cease trade
    # order applied for
    (
        "late-application-for-a-management-cease-trade-order",
        (
            "Braxia Scientific Announces Application for a Management Cease Trade Order For Late Filing "
            "of Audited Annual Financial Statements"
        ),
        {L},
    ),
    # https://lexata.ca/exemptive_relief_order/highvista-gold-inc (Highvista Gold Inc., news item,
    # 2023-08-24): a cease trade order the issuer was subject to for its missing annual filings
    (
        "late-subject-to-a-cease-trade-order-due-to-its-failure-to-file",
        (
            "Highvista Gold Inc., a reporting issuer in Ontario, British Columbia, Alberta, and "
            "Saskatchewan, was subject to a cease trade order (CTO) due to its failure to file annual "
            "financial statements and related documents for the year ended March 31, 2019, as well as "
            "interim filings for the period ended June 30, 2019"
        ),
        {L},
    ),
    # https://cfo.co.za/articles/tongaat-huletts-request-for-jse-shares-to-be-suspended-granted/
    # (Tongaat Hulett Limited, news item, date not shown): a suspension the company asked for (no
    # exchange notice), for its financial statements put off
    (
        "late-delay-in-the-publishing-of-its-financial-statements",
        (
            "This comes after Tongaat requested that the JSE suspend the listing of the company\u2019s "
            "securities due to the announced delay in the publishing of its financial statements and the "
            "continuing review into past financial practices."
        ),
        {L},
    ),
    # https://www.finanznachrichten.de/nachrichten-2020-06/49956962-wirecard-shares-fall-on-spurious-balance-confirmations-020.htm
    # (Wirecard AG, news item, date not shown): the year's statements not done by the date announced
    (
        "late-financial-statements-will-not-be-concluded-as-planned",
        (
            "As a result, the company's 2019 consolidated financial statements will not be concluded as "
            "planned by June 18, 2020."
        ),
        {L},
    ),
    # http://uk.reuters.com/article/chinasky-idUKL4E8FT0UC20120430 (China Sky Chemical Fibre Co., Ltd.,
    # news item, 2012-04-30): more time asked for to report a closed year's results
    (
        "late-applying-for-more-time-to-report-its-results",
        "China Sky said it is applying for more time to report its\nfull year 2011 results.",
        {L},
    ),
    # https://it.advfn.com/mercati/LSE/TNO/notizie/58910556/rsm-tenon-group-plc-appointment-of-administrators
    # (RSM Tenon Group PLC, RNS announcement, 2013-08-22): a UK company's administration: joint
    # administrators appointed to it
    (
        "bk-appointed-as-joint-administrators-to-a-named-company",
        (
            "Three insolvency practitioners at Deloitte LLP were therefore appointed as Joint "
            "Administrators to RSM Tenon Group Plc this morning."
        ),
        {B},
    ),
    # http://www.wz.adv.br/domingos-refinetti-foi-uma-das-fontes-consultadas-em-materia-recente-do-principal-portal-global-sobre-falencia-e-reestruturacao-o-global-restructuring-review-sobre-o-maior-caso-de-falencia-da-americ/
    # (Odebrecht S.A., news item, 2019-06-19): Brazil's judicial reorganisation filing, accepted by the
    # court
    (
        "bk-accepted-the-judicial-reorganisation-filing",
        (
            "On 18 June, Judge Jo\u00e3o de Oliveira Rodrigues Filho of the 1st Bankruptcy Court of "
            "S\u00e3o Paulo accepted the judicial reorganisation filing made by holding company Odebrecht "
            "SA and 20 related entities a day earlier."
        ),
        {B},
    ),
    # https://www.sportingpost.co.za/phumelela-will-anybody-miss-the-name/ (Phumelela Gaming and Leisure
    # Limited, news item, 2020-12-11): the board's placing of the company in South Africa's business
    # rescue
    (
        "bk-board-placed-the-company-in-business-rescue",
        (
            "In a SENS announcement published on Friday 11 December 2020, it was said that on 8 May 2020, "
            "the board of directors of Phumelela (the \u201cBoard\u201d) placed the company in business "
            "rescue in accordance with Chapter 6 of the Companies Act, No 71 of 2008."
        ),
        {B},
    ),
    # https://ilglobo.com/en/news/virgin-australia-enters-voluntary-administration-amid-coronavirus-pandemic-48412/
    # (Virgin Australia Holdings Limited, news item, date not shown): Australia's voluntary
    # administration, entered without a preposition
    (
        "bk-has-entered-voluntary-administration",
        (
            "\u201cVirgin Australia has entered voluntary administration to recapitalise the business and "
            "help ensure it emerges in a stronger financial position on the other side of the COVID-19 "
            "crisis,\u201d the budget airline said in a statement to the ASX."
        ),
        {B},
    ),
    # http://www.kattenlaw.com/35308 (City of Detroit (municipality; law-firm advisory), law-firm
    # advisory, date not shown): a municipality's Chapter 9 case, outside the label
    (
        "bk-a-citys-chapter-9-case-is-no-companys",
        (
            "The City of Detroit filed for protection under chapter 9 of the Bankruptcy Code on July 18, "
            "2013,[1] becoming the largest municipality to ever file for bankruptcy."
        ),
        set(),
    ),
    # https://ukinvestormagazine.co.uk/superdry-revenue-falls-52 (Superdry plc, news item, date not
    # shown): the directors' IFRS conclusion, "exists and may cast"
    (
        "gc-material-uncertainty-exists-and-may-cast-significant-doubt",
        (
            "The group directors noted that the risks set out \u2026 indicate that a material uncertainty "
            "exists and may cast significant doubt on the group\u2019s ability to continue as a going "
            "concern"
        ),
        {G},
    ),
    # https://scottishfinancialnews.com/articles/frc-begins-investigation-into-the-financial-statements-of-thomas-cook
    # (Thomas Cook Group plc, news item, date not shown): the auditor's ISA 570 section, said to be
    # there in news
    (
        "gc-there-was-a-material-uncertainty-related-to-going-concern",
        (
            "Following the travel company\u2019s interim results in May, Ey said that there was a "
            "\u201cmaterial uncertainty related to going concern\u201d which was linked to a new "
            "financing agreement."
        ),
        {G},
    ),
    # https://libertyfinancialnews.blogspot.com/2017/03/sears-plummets-after-citing-substantial.html
    # (Sears Holdings Corp., news item, date not shown): the going-concern language told as added to the
    # annual report
    (
        "gc-added-going-concern-language-to-its-annual-report",
        (
            "Sears added so-called going-concern language to its latest annual report filing, suggesting "
            "that weak earnings have cast a pall on its ability to keep operating."
        ),
        {G},
    ),
    # https://www.jeffcobdb.com/2024/07/09/golden-minerals-fails-to-comply-with-stock-exchange-listing-standards
    # (Golden Minerals Company, news item, 2024-07-09): the exchange's notice told in the passive, the
    # company named first
    (
        "dl-informed-by-the-exchange-of-their-non-compliance",
        (
            "Golden Minerals Co. has been informed by the NYSE American LLC of their non-compliance with "
            "the stock exchange\u2019s continued listing standards."
        ),
        {D},
    ),
    # https://chinaeconomicreview.com/evergrande-placed-in-default-for-first-time/ (China Evergrande
    # Group, news item, 2021-12-10): a deadline to pay coupons, not to file a report
    (
        "late-a-missed-deadline-to-repay-bond-coupons-is-no-filing-deadline",
        (
            "Evergrande, which has liabilities exceeding $300 billion, missed a Monday deadline to repay "
            "bond coupons totaling $82.5 million."
        ),
        set(),
    ),
    # http://businessdocbox.com/Human_Resources/114510702-Going-concern-material-uncertainty-related-to-going-concern-november-2018.html
    # (ICAEW Audit and Assurance Faculty (guidance), helpsheet, date not shown): guidance on the report
    # of a company where there is one, no company's uncertainty
    (
        "gc-where-there-is-a-material-uncertainty-is-guidance",
        (
            "This helpsheet is designed to explain the main changes that are needed to the audit report "
            "of a company where there is a material uncertainty related to going concern."
        ),
        set(),
    ),
    # https://arabstoday.net/en/85/olympus-to-correct-20-years-of-financial-figures-sp-1751162993
    # (Olympus Corporation, news item, date not shown): a market's watch list, the step before
    # delisting, after a deadline the company said it would miss
    (
        "dl-placed-on-the-exchanges-watchlist-for-possible-delisting",
        (
            "Its stock was placed on the Tokyo Stock Exchange's watchlist for possible delisting after "
            "the company said it would miss a deadline to report its quarterly results."
        ),
        {D, L},
    ),
    # ------- holdout AL: note pages and 8-Ks, 1995-2015 news, markets less covered, daily documents
    # http://www.builderonline.com/money/nyse-moves-to-delist-tousa-stock_o (TOUSA, Inc., news item,
    # 2007-11-16): the company's own uncertainty, quoted in news, with the exchange's recommendation to
    # delist
    (
        "gc-the-company-is-uncertain-whether-it-can-continue",
        (
            "The recommendation from NYSE Regulation, Inc. was made after the disclosure by TOUSA earlier "
            "last week that the company is uncertain whether it can continue \"as a going concern.\""
        ),
        {G},
    ),
    # https://cleanupcityofstaugustine.blogspot.com/2009/05/editor-publisher-magazine-st-augustine.html?m=0
    # (Morris Publishing Group LLC, news item, 2009-05-14): the uncertainty about "its liquidity and
    # ability" to continue
    (
        "gc-uncertainty-about-its-liquidity-and-ability-to-continue",
        (
            "\"Several factors relating to the company's outstanding debt raise significant uncertainty "
            "about its liquidity and ability to continue as a going concern,\" Morris Publishing said in "
            "the filing."
        ),
        {G},
    ),
    # https://dev.abi.org/node/238965 (Republic Airways Holdings Inc., news item, 2016-04-08): the case
    # told as a reorganization initiated
    (
        "bk-initiated-chapter-11-reorganization",
        (
            "Republic Airways Holdings Inc., with a fleet of 300 aircraft, initiated chapter 11 "
            "reorganization in February and immediately filed a motion to reject leases on six smaller "
            "regional jets."
        ),
        {B},
    ),
    # https://www.accountancy.com.pk/news/2066/amrs-auditor-issues-going-concern-warning/ (AMR
    # Corporation, news item, 2003-04-15): financing lined up for a filing that had not happened
    (
        "bk-dip-financing-in-the-event-the-company-files",
        (
            "The Forth Worth, Texas-based company was close to wrapping up $1.5 billion in "
            "debtor-in-possession financing, in the event the company files for bankruptcy."
        ),
        set(),
    ),
    # https://www.computerworld.com.au/article/2112/nasdaq_warns_sco_possible_delisting/ (The SCO Group
    # Inc., news item, date not shown): a year's annual report not yet filed, named by its fiscal year
    (
        "late-has-not-yet-filed-its-10-k-for-fiscal-2004",
        (
            "Unix vendor The SCO Group has been notified that it could soon be delisted by Nasdaq Stock "
            "Market because the company has not yet filed its required Form 10-K annual report for fiscal "
            "2004."
        ),
        {L},
    ),
    # https://www.osnews.com/story/16324/nasdaq-gives-apple-de-listing-reprieve/ (Apple Computer Inc.,
    # news item, date not shown): the company's overdue quarterly report
    (
        "late-files-its-overdue-quarterly-report",
        (
            "The NASDAQ stock exchange will not de-list Apple, as long as the company files its overdue "
            "quarterly report with the U.S. SEC, Apple said in another filing Friday."
        ),
        {L},
    ),
    # http://archive.thecitizen.com/archive/main/archive-040128/business/b-02.html (Crown Andersen Inc.,
    # news item, 2004-01-28): the exchange's delisting told as a listing discontinued
    (
        "dl-nasdaq-will-discontinue-its-stock-listing-for",
        (
            "Nasdaq will discontinue its stock listing for Peachtree City-based Crown Andersen (CRAN) "
            "this week because of further delays in sumitting 2003 reports required by the Securities and "
            "Exchange Commission, the Atlanta Business Chronicle is reporting."
        ),
        {D},
    ),
    # https://thevaultznews.com/economics/securities-markets/ghana-stock-exchange-suspends-listing-status-of-pbc
    # (Produce Buying Company Limited, news item, date not shown): a market's suspension of a named
    # company for results not submitted
    (
        "dl-exchange-announced-the-suspension-of-the-listing-status",
        (
            "The Ghana Stock Exchange (GSE) has announced the suspension of the listing status of Produce "
            "Buying Company Limited (PBC), following a failure to submit financial results since the end "
            "of its financial year in September 2022."
        ),
        {D, L},
    ),
    # https://gulfnews.com/business/markets/dfm-delists-shares-of-three-companies-1.96582569 (Arabtec
    # Holding PJSC; Marka PJSC; Gulf General Investments Company, news item, 2023-06-23): a market's
    # delisting of the companies it names
    (
        "dl-market-announced-the-delisting-of-named-companies",
        (
            "Dubai: The Dubai Financial Market (DFM) has announced the delisting of Gulf General "
            "Investments Company\u2019s shares, Arabtec Holding Company\u2019s shares, and Marka "
            "Company\u2019s shares in compliance with listing rules and approval from the Securities and "
            "Commodities Authority (SCA)."
        ),
        {D},
    ),
    # http://newsmoris.com/2021/09/17/bdo-resigns-as-auditor-of-two-listed-companies-in-unclear-circumstances/
    # (Infrastructure Commodities (Mauritius) Ltd; New Frontier Properties Ltd, news item, 2021-09-17):
    # an exchange's further extension sought to publish a closed year's statements
    (
        "late-further-extension-to-publish-its-audited-financial-statements",
        (
            "Along the way, it was compelled to seek an approval from the Stock Exchange of Mauritius "
            "(SEM) till November 30, 2021 \u201cfor a further extension to publish its audited financial "
            "statements for the year ended 31 December 2020"
        ),
        {L},
    ),
    # https://si.frajer.net/readmsg.aspx?msgid=7078353 (ADAC Laboratories, news item, 1998-12-29): the
    # 10-K not filed on its due day, told in news
    (
        "late-did-not-file-its-10-k-on-monday",
        "ADAC did not file its annual report on Form 10-K on Monday and has applied for an extension.",
        {L},
    ),
    # https://docslib.org/download/1638556/israel-chemicals-ltd-notice-of-2020-annual-general-meeting-of-shareholders
    # (Israel Chemicals Ltd., notice of annual general meeting, 2020-04-23): an AGM notice: directors'
    # terms end on "resignation or removal", the auditor is reappointed
    (
        "au-resignation-or-removal-of-directors-is-a-term-of-office",
        (
            "NOTICE OF 2020 ANNUAL GENERAL MEETING OF SHAREHOLDERS Notice is hereby given that the 2020 "
            "Annual General Meeting of Shareholders (the \u201cMeeting\u201d) of Israel Chemicals Ltd. "
            "(the \u201cCompany\u201d) will be held on Thursday, April 23, 2020, at 10:00 a.m. (Israel "
            "time), at the offices of the Company, Millennium Tower, 23 Aranha Street, 22nd Floor, Tel "
            "Aviv, Israel, for the following purposes: (1) Election of Yoav Doppelt, Aviad Kaufman, "
            "Avisar Paz, Sagi Kabla, Ovadia Eli, Reem Aminoach, Lior Reitblatt and Tzipi Ozer Armon to "
            "serve as directors, effective as of the date of the Meeting, until the next annual general "
            "meeting of shareholders of the Company or until any of their earlier resignation or removal; "
            "(2) Reappointment of Somekh Chaikin, a Member Firm of KPMG International, as the "
            "Company\u2019s independent auditor until the next annual general meeting of shareholders of "
            "the Company;"
        ),
        set(),
    ),
    # --------------- holdout AM: EX-99.1 releases, 2016-2025 sectors, Asia-Pacific, daily documents
    # https://nalert.blogspot.com/2006/11/kb-home-gets-default-notices.html (KB Home, news item,
    # 2006-11-06): a trustee's notices: the 10-Q the indentures require not delivered
    (
        "late-has-not-delivered-a-copy-of-its-form-10-q",
        (
            "The letters state that KB Home is in default under the indentures because it has not "
            "delivered a copy of its Form 10-Q for its third quarter ended Aug. 31, 2006."
        ),
        {L},
    ),
    # https://www.stocktitan.net/news/IMAQ/international-media-acquisition-corp-announces-receipt-of-nasdaq-als1ueeo3yzq.html
    # (International Media Acquisition Corp., news item, 2024-08-05): a SPAC's delisting notification
    # ("a business combination" is no rule's subject)
    (
        "dl-received-a-delisting-notification-for-no-business-combination",
        (
            "International Media Acquisition Corp. (IMAQ) has received a delisting notification from "
            "Nasdaq due to its failure to complete a business combination within 36 months of its IPO "
            "registration statement's effectiveness."
        ),
        {D},
    ),
    # https://www.autoblog.com/2020/03/18/nio-doubts-financial-report-production-deliveries-coronavirus/
    # (NIO Inc., news item, 2020-03-18): the doubt the company is said to admit
    (
        "gc-admitting-substantial-doubt",
        (
            "Today, the rough ride continues, with Nio admitting, as Reuters reports, \"substantial doubt "
            "about its ability to continue as a going concern,\" sending its shares falling once again."
        ),
        {G},
    ),
    # https://seekingalpha.com/news/3916021-clovis-stock-slumps-amid-chapter-11-filing-to-sell-fap-2286-to-novartis-for-50m-upfront
    # (Clovis Oncology, Inc., news item, 2022-12-12): a case told as started
    (
        "bk-voluntarily-started-a-chapter-11-proceeding",
        (
            "Clovis Oncology (NASDAQ:CLVS) said the company and certain subsidiaries have voluntarily "
            "started a Chapter 11 proceeding in the U.S. Bankruptcy Court for the District of Delaware "
            "and will seek to sell their assets through a court supervised sales process."
        ),
        {B},
    ),
    # https://dcc.law/case_commentary/company-and-insolvency-court-of-appeal-addresses-second-threshold-requirement-for-winding-up-foreign-company-and-allows-appeal-against-winding-up-order/
    # (Up Energy Development Group Ltd, case commentary, 2025-06-16): the exchange's decision, its date
    # between the verb and the infinitive
    (
        "dl-listing-committee-decided-on-a-date-to-delist",
        "The Listing Committee of HKEx decided on 6 April 2020 to delist the Company.",
        {D},
    ),
    # http://www.reuters.com/article/toshiba-accounting-idUSL3N1GQ33U (Toshiba Corporation, news item,
    # 2017-03-13): the deadline for a quarter's report asked to be moved
    (
        "late-seeking-to-extend-its-deadline-for-submitting-earnings",
        (
            "TOKYO, March 13 (Reuters) - Japan's Toshiba Corp is seeking to extend its Tuesday deadline "
            "for submitting official third-quarter earnings due to disagreements with auditors over "
            "issues at its U.S. nuclear unit Westinghouse, sources familiar with the matter said."
        ),
        {L},
    ),
    # https://business.inquirer.net/177318/pse-says-trading-on-5-listed-firms-remains-suspended (Gotesco
    # Land Inc., four other PSE-listed companies and Alphaland Corp., news item, date not shown): the
    # exchange's involuntary delisting process begun
    (
        "dl-initiated-an-involuntary-delisting-process",
        (
            "The PSE has already initiated an involuntary delisting process on the company controlled by "
            "businessman Roberto Ongpin."
        ),
        {D},
    ),
    # https://theislandnow.com/uncategorized/nasdaq-gives-hain-celestial-delisting-notice/ (The Hain
    # Celestial Group, Inc., news item, 2016-09-01): Nasdaq's notice told as the requirement to file on
    # time not met
    (
        "late-did-not-comply-with-requirements-to-file-reports-in-a-timely-manner",
        (
            "The notice, which the company said on its website was delivered on Wednesday, said that Hain "
            "Celestial did not comply with Nasdaq requirements to file financial reports in a timely "
            "manner."
        ),
        {L},
    ),
    # --------------- holdout AN: Canadian issuers, UK and Europe, US restructuring news, note pages
    # https://inkl.com/news/red-white-bloom-delic-and-chalice-to-delay-filing-earnings-reports (Red
    # White & Bloom Brands Inc., news item, date not shown): a year's statements not done by the date
    # they were due
    (
        "late-statements-were-not-finalized-by-the-filings-due-date",
        (
            "Red White & Bloom Brands Inc. (OTCQX:RWBYF) (CSE:RWB) announced that, as a result of delays "
            "to its audit, the company\u2019s annual financial statements and accompanying "
            "management\u2019s discussion and analysis for the fiscal year ended December 31, 2021 were "
            "not finalized by May 2, 2022, the filings due date."
        ),
        {L},
    ),
    # https://themarketonline.ca/srhi-tsxsrhi-listing-review-extended-by-tsx-2020-11-03/ (SRHI Inc.,
    # news item, 2020-11-03): the TSX's listing review told as begun
    (
        "dl-tsx-began-reviewing-if-securities-were-eligible-for-continued-listing",
        (
            "The TSX began reviewing if the company\u2019s securities were eligible for continued listing "
            "on the exchange in May of this year."
        ),
        {D},
    ),
    # https://www.sec.gov/Archives/edgar/data/1483405/000127956917000155/ex991.htm (Bellatrix
    # Exploration Ltd., press release (EX-99.1), 2017-02-03): the NYSE's notice, the price that "had
    # been less than US$1.00"
    (
        "dl-continued-listing-notice-price-had-been-less-than-one-dollar",
        (
            "Bellatrix previously announced on August 5, 2016 that it had received a continued listing "
            "standards notice from the NYSE because the average closing price of Bellatrix\u2019s common "
            "shares had been less than US$1.00 per share over a period of 30 consecutive trading days."
        ),
        {D},
    ),
    # http://in.reuters.com/article/sinoforest-auditor-idINL2E8F52PG20120405 (Sino-Forest Corporation,
    # news item, 2012-04-05): the court as the subject of creditor protection granted
    (
        "bk-a-court-granted-the-company-creditor-protection",
        (
            "TORONTO, April 5 Ernst & Young LLP has resigned\nas Sino-Forest's auditor and the embattled "
            "Chinese\nforestry company's shares are now set to be delisted, just days\nafter a Canadian "
            "court granted Sino creditor protection and\nmonths after fraud allegations triggered a "
            "stampede out of its\nstock."
        ),
        {A, B},
    ),
    # http://in.reuters.com/article/sinoforest-auditor-idINL2E8F52PG20120405 (Sino-Forest Corporation,
    # news item, 2012-04-05): the exchange's delisting told as imposed
    (
        "dl-the-delisting-was-imposed-due-to-its-failure",
        (
            "The exchange said the delisting was imposed due to\nSino-Forest's failure to meet its "
            "continued listing requirements\nin the face of its creditor protection filing."
        ),
        {B, D},
    ),
    # http://www.newsweb.no/newsweb/search.do?messageId=446440 (Oceanteam ASA, stock exchange notice,
    # 2018-03-14): a market's halt until the annual statements are published
    (
        "dl-exchange-decided-to-halt-the-trading-in-its-shares-until-it-publishes",
        (
            "In light of the NFSA's view on the report published on 24 February 2018 the Oslo Stock "
            "Exchange has decided to halt the trading in Oceanteam's shares until the company publishes "
            "its annual financial statements where the comments from the NFSA are taken fully into "
            "account."
        ),
        {D},
    ),
    # https://www.proactiveinvestors.co.uk/companies/news/189973/carillion-collapse-confirmed-as-firm-takes-steps-to-enter-compulsory-liquidation-189973.html
    # (Carillion plc, news item, 2018-01-15): a UK company's compulsory liquidation
    (
        "bk-order-granted-to-appoint-the-official-receiver-as-liquidator",
        (
            "It added that an order has been granted to appoint the Official Receiver as the liquidator "
            "of Carillion, with the group anticipating that an application will be made to the High Court "
            "for PricewaterhouseCoopers to be appointed as Special Managers of the business."
        ),
        {B},
    ),
    # http://www.reuters.com/article/portugal-bes-esi-idUSL6N0PT5G220140718 (Espirito Santo
    # International S.A., news item, 2014-07-18): creditor protection filed for abroad
    (
        "bk-filed-for-creditor-protection-in-luxembourg",
        (
            "LISBON, July 18 (Reuters) - Espirito Santo International (ESI), a holding company of "
            "Portugal\u2019s troubled banking clan, filed for creditor protection in Luxembourg on "
            "Friday, three days after ESI\u2019s subholding Rioforte failed to repay over $1 billion "
            "euros in debt."
        ),
        {B},
    ),
    # https://newyork-centralpost.com/2022/03/17/cineworld-warns-of-uncertainty-over-ability-to-pay-down-debt/
    # (Cineworld Group plc, news item, 2022-03-17): the uncertainty over its ability to pay down debt
    # "and continue"
    (
        "gc-there-remained-material-uncertainty-over-its-ability-to-pay-and-continue",
        (
            "Cineworld is looking at options to raise more cash after warning that there remained "
            "\u201cmaterial uncertainty\u201d over its ability to pay down debt and continue as a going "
            "concern despite the return of blockbuster films to cinemas."
        ),
        {G},
    ),
    # http://www.streetinsider.com/news.php?st=b&id=8287100 (Herbalife Ltd., news item, 2013-04-29): the
    # Form 12b-25's own words, in a news item
    (
        "late-unable-without-unreasonable-effort-or-expense-to-file",
        (
            "Herbalife (NYSE: HLF) was unable, without unreasonable effort or expense, to file a complete "
            "Quarterly Report on Form 10-Q for the fiscal quarter ended March 31, 2013 (the \u201cFirst "
            "Quarter 10-Q\u201d) with the Securities and Exchange Commission (the \u201cSEC\u201d) "
            "because of previously disclosed events."
        ),
        {L},
    ),
    # http://climateerinvest.blogspot.com/2009/02/gm-expects-going-concern-opinion-from.html (General
    # Motors Corporation, news item, 2009-02-26): the Rule 12b-25 extension the company plans to use
    (
        "late-take-advantage-of-a-15-day-extension",
        (
            "It said it expected the auditors to give their opinion when the GM files its annual report "
            "with the Securities and Exchange Commission next month, since the company plans to take "
            "advantage of a 15-day extension to the deadline for filing"
        ),
        {L},
    ),
    # https://www.sec.gov/Archives/edgar/data/800166/000127956919000765/R17.htm (SEC registrant CIK
    # 800166 (name not shown in source), 10-K note, 2018-12-31): an impairment test's indicator, no
    # listing deficiency
    (
        "dl-market-capitalization-deficiency-as-an-indicator-of-impairment",
        (
            "The Company identified this market capitalization deficiency as an indicator of impairment "
            "as at December 31, 2018."
        ),
        set(),
    ),
    # ----------------------- regained compliance told first, the notice recounted after it (AM, AN)
    # https://mjbizdaily.com/im-cannabis-regains-nasdaq-compliance/ (IM Cannabis Corp., news item, date
    # not shown): a story whose lede is the regained compliance, the notice recounted after it
    (
        "dl-regained-compliance-lede-then-the-notice-recounted",
        (
            "IM Cannabis Corp., a medical marijuana company operating in Israel and Germany, said it has "
            "regained compliance with the minimum-bid price requirement to list on the Nasdaq stock "
            "exchange.\nThe company said in a Monday news release that it received notification July 26 "
            "that it\u2019s \u201cnow in compliance with all applicable listing standards\u201d to be "
            "listed and traded on the Nasdaq.\nThe Nasdaq warned IM Cannabis (IMC) on Aug. 1, 2023, that "
            "its minimum-bid price was less than the required $1-per-share minimum for 30 consecutive "
            "business days, according to the release.\nThen, on Jan. 31, the exchange gave IMC a "
            "180-calendar-day extension \u2013 until July 29 \u2013 to regain compliance."
        ),
        set(),
    ),
    # https://chaindrugreview.com/rite-aid-share-price-back-in-compliance-with-nyse/ (Rite Aid
    # Corporation, news item, date not shown): the regained compliance first, the notice of July 30
    # recounted after it
    (
        "dl-regained-compliance-lede-then-the-earlier-notice",
        (
            "CAMP HILL, Pa. \u2014 Rite Aid Corp. has received notice from the New York Stock Exchange "
            "that it has regained compliance with the exchange\u2019s minimum share price listing "
            "requirement.\nNYSE requires the average closing price of a listed company\u2019s common "
            "stock to be at least $1 per share over a consecutive 30 trading days. Rite Aid said Tuesday "
            "that it was back in compliance after its closing share price on Feb. 28 and its average "
            "closing share price for the 30 days of trading ended on that day were above $1.\nRite Aid "
            "shares closed at $1.01 on Jan. 13 and haven\u2019t fallen below $1 since then, reaching a "
            "high of $1.41 during the 30 trading-day period and finishing at $1.31 on Feb. 28.\nThe drug "
            "store chain, which has continued to trade as usual on the NYSE, said it\u2019s now in "
            "compliance with all NYSE listing rules. As of Feb. 28, its shares had a 52-week high of "
            "$1.77 and a low of 86 cents.\nRite Aid was notified by NYSE on July 30 that it had fallen "
            "out of compliance with the minimum share price rule. Its stock closed at 98 cents on that "
            "date and had slipped below $1 on June 30, with shares ranging from a low of 88 cents to a "
            "high of 99 cents during that time span."
        ),
        set(),
    ),
    # ---- holdout AP: bankruptcy, late filing, auditor change and delisting texts the rules missed ----------
    # https://www.wsj.com/articles/SB102987635688318515 (WorldCom, Inc., news, 2002-08): a named company "under
    # bankruptcy-court protection since last month": a case under way
    (
        "bk-which-has-been-under-bankruptcy-court-protection-since",
        (
            "The story of the about-face on these hundreds of millions of dollars of receivables is a small "
            "piece of the overall trouble at WorldCom, which itself has been under bankruptcy-court "
            "protection since last month; the telecommunications company has acknowledged a total of more "
            "than $7 billion in accounting errors during the past several years that are the subject of "
            "regulatory and criminal probes."
        ),
        {B},
    ),
    # http://seekingalpha.com/article/793951-china-medical-liquidators-request-sec-to-suspend-shares (China
    # Medical Technologies, Inc., news, 2012-08-09): a company "forced into involuntary bankruptcy": an
    # involuntary petition against it
    (
        "bk-forced-into-involuntary-bankruptcy",
        "China Medical Technologies (CMEDY.OB) has been forced into involuntary bankruptcy.",
        {B},
    ),
    # https://www.bnnbloomberg.ca/business/company-news/2024/09/05/pwc-resigns-as-country-gardens-auditor-amid-regulatory-probes/
    # (Country Garden Holdings Co Ltd, news, 2024-09-05): a company "fending off a liquidation petition" in
    # court: a creditor's petition filed against it
    (
        "bk-fending-off-a-liquidation-petition",
        "Country Garden meanwhile is fending off a liquidation petition in a Hong Kong court.",
        {B},
    ),
    # https://www.dvc.hk/insights/re-china-evergrande-group-2024-hkcfi-363 (China Evergrande Group, case note,
    # 2024-01-29): a winding-up order against the company the note then calls "the Company" (its own case, not
    # another's named in passing)
    (
        "bk-winding-up-order-against-defined-company",
        (
            "On 29 January 2024, the Honourable Madam Justice Linda Chan made a winding-up order against "
            "China Evergrande Group (\u201cCompany\u201d), setting into motion one of Hong Kong\u2019s "
            "largest liquidations. Parties at the hearing were represented by three senior counsel and three "
            "juniors from DVC.\nBackground\nThe Company is the ultimate investment holding company of "
            "Evergrande Real Estate Group, which is one of China\u2019s largest and most indebted property "
            "developers."
        ),
        {B},
    ),
    # https://www.moneycontrol.com/news/business/real-estate/supertech-goes-into-insolvency-8274131.html
    # (Supertech Ltd, news, 2022-03-25): a developer that "went into insolvency" when the tribunal admitted a
    # bank's petition
    (
        "bk-went-into-insolvency-after-tribunal-admitted",
        (
            "Delhi-NCR-based developer Supertech Ltd, which has several ongoing projects in Noida, Greater "
            "Noida, Gurugram and Ghaziabad, went into insolvency on March 25 after the Delhi bench of the "
            "National Company Law Tribunal admitted a petition filed by the Union Bank of India for "
            "non-payment of dues."
        ),
        {B},
    ),
    # https://vijaychowk.com/?p=6880 (Jaypee Infratech Ltd, news, date not shown): "liquidation proceedings
    # against" a named company "were initiated": the court's order, the debtor named first
    (
        "bk-liquidation-proceedings-against-company-were-initiated",
        (
            "Under a 9 August order passed by the Allahabad bench of the NCLT, liquidation proceedings "
            "against Jaypee Infratech were initiated under the Insolvency and Bankruptcy Code of India, 2016."
        ),
        {B},
    ),
    # http://china.fixyou.co.uk/2011/03/delayed-10-k-filings.html (China Agritech, Inc.; China Automotive
    # Systems, Inc., news, 2011-03-24): an NT 10-K narrative quoted: the company "could not complete the filing
    # of its Annual Report on Form 10-K"
    (
        "lf-could-not-complete-the-filing-of-its-10k",
        (
            "\"The Company could not complete the filing of its Annual Report on Form 10-K for the year "
            "ended December 31, 2010 due to a delay in obtaining and compiling information required to be "
            "included in the Company's Form 10-K, which delay could not be eliminated by the Company without "
            "unreasonable effort and expense."
        ),
        {L},
    ),
    # https://chinaeconomicreview.com/evergrande-audits-to-push-financial-results-past-deadline/ (China
    # Evergrande Group, news, 2022-03-22): results the company "will be unable to post" by the listing rules'
    # deadline
    (
        "lf-unable-to-post-results-by-deadline",
        (
            "Struggling property developer China Evergrande Group has announced that it will be unable to "
            "post its financial results for last year by the March 31 deadline required by stock listing "
            "rules, as work on auditing the data will not be complete, reports Reuters ."
        ),
        {L},
    ),
    # https://www.bnnbloomberg.ca/business/company-news/2024/09/05/pwc-resigns-as-country-gardens-auditor-amid-regulatory-probes/
    # (Country Garden Holdings Co Ltd, news, 2024-09-05): "its overdue financial statements for 2023": the
    # annual accounts not published when due
    (
        "lf-need-to-publish-its-overdue-financial-statements",
        (
            "The company has delayed announcing its first-half and 2023 full-year results because it needs "
            "more time to collect information, it said in an exchange filing in late August."
        ),
        {L},
    ),
    # https://uk.marketscreener.com/quote/stock/ADLER-GROUP-S-A-22744096/news/KPMG-will-not-audit-Adler-balance-sheet-even-after-court-order-42715608
    # (Adler Group S.A. / Adler Real Estate AG, news, 2023-01): the audit firm "will not accept the appointment
    # as auditor": it declines the next audit
    (
        "ac-will-not-accept-the-appointment-as-auditor",
        (
            "The auditing firm KPMG has announced that it will not accept the appointment as auditor for the "
            "German subsidiary Adler Real Estate, the Luxembourg parent company Adler Group and Adler Real "
            "Estate announced on Wednesday evening."
        ),
        {A},
    ),
    # https://www.marketscreener.com/HONG-KONG-EXCHANGES-AND-C-1412659/news/Hong-Kong-Exchanges-and-Clearing-PROPOSED-CHANGE-OF-AUDITOR-28926968/?utm_medium=RSS&utm_content=20190719
    # (Magnus Concordia Group Limited, exchange announcement, 2019-07-19): a Hong Kong auditor that "will retire
    # ... and will not be standing for re-appointment"
    (
        "ac-will-retire-and-not-be-standing-for-reappointment",
        (
            "The board of directors (the \"Board\") of Magnus Concordia Group Limited (the \"Company\") "
            "announces that Messrs. PricewaterhouseCoopers (\"PwC\") will retire as the auditor of the "
            "Company upon expiration of its current term of office at the close of the forthcoming annual "
            "general meeting of the Company to be held on 22 August 2019 (the \"2019 AGM\") and will not be "
            "standing for re-appointment."
        ),
        {A},
    ),
    # https://itiger.com/hant/news/2456479837 (China Dili Group, news, date not shown): a listing committee's
    # "decision to cancel" a named company's listing, upheld on review
    (
        "dl-upheld-the-listing-committees-decision-to-cancel-listing",
        (
            "A Listing Review Committee of the Hong Kong Stock Exchange upheld the Listing Committee's "
            "decision to cancel China Dili Group (HKG:1387) listing under relevant laws, according to a "
            "Thursday filing on the Hong Kong bourse."
        ),
        {D},
    ),
    # https://news.futunn.com/post/50907901/presidio-granted-second-180-day-period-by-nasdaq-to-regain (Presidio
    # Property Trust, Inc., press release, 2024-12-06): "an additional 180-day period" from Nasdaq "to regain
    # compliance" with the bid price rule: a deficiency still open
    (
        "dl-granted-an-additional-180-day-period-to-regain-compliance",
        (
            "SAN DIEGO, Dec. 06, 2024 (GLOBE NEWSWIRE) -- Presidio Property Trust, Inc. (\"Presidio\" or the "
            "\"Company\") (NASDAQ: SQFT; SQFTP; SQFTW), an internally managed, diversified real estate "
            "investment trust (\"REIT\"), today announced that the Company has been granted an additional "
            "180-day period from Nasdaq's Listing Qualification Department, through June 2, 2025, to regain "
            "compliance with the $1.00 minimum bid price requirement for continued listing on the Nasdaq "
            "Capital Market."
        ),
        {D},
    ),
    # http://yaledailynews.com/blog/2008/04/15/brief-nyse-to-suspend-trade-of-journal-register-after-stock-closes-at-0-31/
    # (Journal Register Company, news, 2008-04-15): "The New York Stock Exchange announced Friday that it will
    # suspend trading of" a named company, for its low price
    (
        "dl-exchange-announced-it-will-suspend-trading-of",
        (
            "The New York Stock Exchange announced Friday that it will suspend trading of the Journal "
            "Register Company, parent corporation of the New Haven Register, on Wednesday because of its "
            "\u201cabnormally low\u201d stock price."
        ),
        {D},
    ),
    # https://www.whtop.com/news/15201-nyse-suspends-trading-of-shares-in-gts (Global TeleSystems, Inc., news,
    # 2001-06-04): the exchange's notice the company received "that trading in GTS shares had been suspended"
    (
        "dl-received-notice-from-nyse-that-trading-had-been-suspended",
        (
            "\U0001f4c5 - European broadband carrier Global TeleSystems, Inc. (GTS) announced late yesterday "
            "they had received notice from the New York Stock Exchange (NYSE) informing them that trading in "
            "GTS shares had been suspended."
        ),
        {D},
    ),
    # https://www.moneycontrol.com/news/business/markets/atlas-jewellerys-auditors-resign-over-corporate-governance-issue-10764601.html
    # (Atlas Jewellery India Ltd., news (India), 2023-06): trading "suspended due to penal reasons, according to
    # the BSE": an exchange's penalty, not a halt asked for
    (
        "dl-suspended-due-to-penal-reasons",
        "Trading in the stock has been suspended due to penal reasons, according to the BSE.",
        {D},
    ),
    # ---- holdout AO: late reports, exchange actions and auditor changes the rules missed; a rule text ------
    # https://www.cnet.com/culture/circuit-city-gets-delisting-notice-from-nyse/ (Circuit City Stores, Inc.,
    # news, date not shown): "was notified October 24 by the New York Stock Exchange" that its price leaves it
    # "on the verge of being delisted": the exchange's warning, dated
    (
        "dl-notified-dated-by-nyse-on-the-verge-of-being-delisted",
        (
            "The embattled electronics retail chain was notified October 24 by the New York Stock Exchange "
            "that its stock listing price is so low it's on the verge of being delisted."
        ),
        {D},
    ),
    # http://www.chainstoreage.com/article/kohl%E2%80%99s-delays-quarterly-filing (Kohl's Corporation, news,
    # date not shown): "delaying filing its second quarter filing": the quarter's filing put off
    (
        "lf-delaying-filing-its-second-quarter-filing",
        (
            "New York City -- Kohl\u2019s said it has notified the U.S. Securities and Exchange Commission "
            "that it is delaying filing its second quarter filing as its deals with previously reported "
            "errors in its accounting for both store and equipment leases."
        ),
        {L},
    ),
    # https://www.sec.gov/Archives/edgar/data/1041859/000089968102000245/childrens-8k_062002.htm (The Children's
    # Place Retail Stores, Inc., 8-K, 2002-07-15): "made a determination not to engage" the firm (a comma before
    # its name) and appointed another
    (
        "ac-made-a-determination-not-to-engage",
        (
            "On July 15, 2002, The Children's Place Retail Stores, Inc. (the \"Registrant\") made a "
            "determination not to engage, Arthur Andersen LLP (\"Arthur Andersen\") as its independent "
            "public accountants and appointed Deloitte & Touche LLP as its new independent accountants, "
            "effective immediately."
        ),
        {A},
    ),
    # https://contracts.justia.com/companies/buffets-holdings-inc-48612/contract/790421 (Buffets, Inc. / Buffets
    # Holdings, Inc., exhibit (forbearance agreement), 2008-12-01): a forbearance agreement whose borrower signs
    # "as a debtor and debtor-in-possession under Chapter 11": its case is pending
    (
        "bk-party-as-a-debtor-and-debtor-in-possession",
        (
            "This SECOND FORBEARANCE AGREEMENT TO CREDIT AGREEMENT (this \u201cAgreement\u201d) is entered "
            "into as of December 1, 2008, by and among Buffets, Inc., a Minnesota corporation, as a debtor "
            "and debtor-in-possession under Chapter 11 of the Bankruptcy Code (\u201cBorrower\u201d), "
            "Buffets Holdings, Inc., a Delaware corporation, as a debtor and debtor-in-possession under "
            "Chapter 11 of the Bankruptcy Code (\u201cHoldings\u201d), the Subsidiaries of Borrower and "
            "Holdings, as Guarantors (together with Borrower and Holdings, the \u201cLoan Parties\u201d), "
            "the financial institutions party hereto as Lenders (collectively, the \u201cLenders\u201d) and "
            "Credit Suisse, Cayman Islands Branch, as administrative agent for the Lenders (in such "
            "capacity, the \u201cAdministrative Agent\u201d)."
        ),
        {B},
    ),
    # https://justthenews.com/politics-policy/finance/major-pizza-hut-wendys-franchisee-files-bankruptcy (NPC
    # International, Inc., news, date not shown): "NPC International, which operates roughly 1,200 ...
    # restaurants across the U.S., has filed": a number's comma inside the relative clause
    (
        "bk-relative-clause-with-thousands-comma-before-filed",
        (
            "NPC International, which operates roughly 1,200 Pizza Hut and Wendy\u2019s restaurants across "
            "the U.S., has filed for bankruptcy - becoming one of the most recent businesses needing court "
            "relief as a result of the coronavirus."
        ),
        {B},
    ),
    # https://inqld.com.au/business/2021/10/01/miner-rages-against-suspension-after-covid-deaths-and-illness/
    # (TerraCom Limited, news, 2021-10-01): shares "suspended from trade by the ASX" after the company missed
    # the deadline to lodge its annual report
    (
        "dl-shares-suspended-from-trade-by-the-asx",
        (
            "Queensland coal miner Terracom has had its shares suspended from trade by the ASX after "
            "Covid-related illnesses and deaths in the company meant it missed a deadline to lodge an annual "
            "report."
        ),
        {D, L},
    ),
    # https://allaboutshipping.co.uk/2017/03/24/oslo-bors-criticises-island-offshore/ (Island Offshore
    # Shipholding L.P., news (exchange resolution quoted), 2017-03-23): a half-yearly report "made ... public 27
    # days after the deadline"
    (
        "lf-report-made-public-days-after-the-deadline",
        "The company made its half yearly report public 27 days after the deadline.",
        {L},
    ),
    # https://shipandbunker.com/news/apac/217058-hong-kong-listed-newocean-energy-delays-2020-results (NewOcean
    # Energy Holdings Ltd, news, 2021-06-01): "has postponed the publication of its 2020 results": a year's
    # results are the annual report
    (
        "lf-postponed-the-publication-of-its-year-results",
        (
            "Hong Kong-listed bunker supplier NewOcean Energy has postponed the publication of its 2020 "
            "results because of the impact of the COVID-19 pandemic and its auditors resigning."
        ),
        {L},
    ),
    # https://docslib.org/doc/3098262/emas-offshore-limited-delisting-of-shares-from-the-oslo-stock-exchange
    # (EMAS Offshore Limited, exchange decision, date not shown): "has not published the audited annual report
    # for 2017 within the deadline"
    (
        "lf-has-not-published-annual-report-within-the-deadline",
        (
            "In addition, the Company has not published the audited annual report for 2017 within the "
            "deadline of 31 December 2017."
        ),
        {L},
    ),
    # https://sec.gov/Archives/edgar/data/944792/000109690622001652/R25.htm (SEC registrant CIK 944792 (name not
    # shown in source), 10-K note, 2018-12-31): substantial doubt stated, then a plan "to alleviate" it: a
    # purpose, not a conclusion that the doubt was alleviated
    (
        "gc-plan-to-alleviate-is-no-conclusion",
        (
            "The Consent Orders raise substantial doubt about the Company\u2019s ability to continue as a "
            "going concern.\n\n \n\nManagement developed a plan to alleviate the substantial doubt about the "
            "Company\u2019s ability to continue as a going concern."
        ),
        {G},
    ),
    # http://www.americanbanker.com/issues/164_25/-106281-1.html (HCB Bancshares, news, date not shown): "did
    # not file its second-quarter or third-quarter earnings report last year": the reports of quarters gone by
    # never filed
    (
        "lf-did-not-file-its-quarter-earnings-reports",
        (
            "An Arkansas thrift holding company was delisted from the Nasdaq stock market because it did not "
            "file its second-quarter or third-quarter earnings report last year."
        ),
        {D, L},
    ),
    # http://webiis06.mondaq.com/canada/CorporateCommercial-Law/906764/Canadian-Securities-Administrators-Provide-Update-On-Filing-Delays-Due-To-COVID-19
    # (Mondaq (law-firm article on CSA guidance), explainer, 2020): what any issuer under a management cease
    # trade order "must" issue: guidance, not a company's filings in arrears
    (
        "lf-default-status-reports-must-be-issued-rule",
        (
            "During the period of the MCTO, bi-weekly default status reports in the form of news releases "
            "must also be issued."
        ),
        set(),
    ),
    # ---- news wordings of UK administration, auditor switches and a report pushed back (pages found for this round's rules) ----
    # https://www.scotsman.com/business/mco-scottish-clothing-chain-collapses-into-administration-3949919 (M&Co
    # (Mackays Stores Group), news, 2022-12-11): named insolvency practitioners "were appointed as Joint
    # Administrators": a UK company's administration, in news
    (
        "bk-named-office-holders-appointed-as-joint-administrators",
        (
            "Gavin Park, Adele MacLeod and Rob Harding of Teneo Financial Advisory Limited were appointed as "
            "Joint Administrators on Friday."
        ),
        {B},
    ),
    # http://www.crunchvictims.com/category/administrators/ (HMV, news digest, 2013-01): a retailer that "goes
    # into administration", as a headline says it
    (
        "bk-goes-into-administration",
        "4500 jobs at risk as HMV goes into administration.",
        {B},
    ),
    # http://www.crunchvictims.com/category/administrators/ (Blockbuster UK, news digest, 2013-01): a chain that
    # "has called in administrators", an appositive and an auxiliary between the name and the verb
    (
        "bk-has-called-in-administrators-after-appositive",
        (
            "Sky news is reporting that Blockbuster UK, the DVD rental chain, has called in administrators "
            "in a move which puts more than 4,000 jobs at risk."
        ),
        {B},
    ),
    # https://ioltravel.co.za/business-report/companies/lockdown-delays-steinhoffs-annual-report-46969327
    # (Steinhoff International, news, 2020-04): a company that "switched auditors from Deloitte ... to Mazars"
    (
        "ac-switched-auditors-from-to",
        (
            "In June, Steinhoff switched auditors from Deloitte, which had audited the firm for more than 20 "
            "years to Mazars, following a number of significant accounting irregularities, which were first "
            "identified in December 2017 and led it to restate its 2015 and 2016 accounts."
        ),
        {A},
    ),
    # https://ioltravel.co.za/business-report/companies/lockdown-delays-steinhoffs-annual-report-46969327
    # (Steinhoff International, news, 2020-04): a company that "has pushed the publication of its 2019 annual
    # report to the end of June"
    (
        "lf-pushed-the-publication-of-its-annual-report",
        (
            "JOHANNESBURG - Steinhoff International has pushed the publication of its 2019 annual report to "
            "the end of June as the Covid-19 pandemic continues to have a negative impact on businesses "
            "across the globe."
        ),
        {L},
    ),
    # https://www.internationalaccountingbulletin.com/news/newskpmg-resigns-from-two-audit-engagements-following-insider-trading-alert/
    # (Herbalife Ltd.; Skechers USA, Inc., news, 2013-04): the firm "decided to step down as auditor" of two
    # named companies
    (
        "ac-decided-to-step-down-as-auditor",
        (
            "Consequently, KPMG decided to step down as auditor of Herbalife and Skechers due to impairment "
            "of independence."
        ),
        {A},
    ),
    # https://atvtoday.co.uk/6985-recession (several UK retailers, news special report, 2009-01-05): "those
    # firms that have already gone into administration": a class in a relative clause, no one filer
    (
        "bk-firms-that-have-gone-into-administration-a-class",
        (
            "In this special report we go through those firms that have already gone into administration."
        ),
        set(),
    ),
    # ---- guides and explainers on winding up and liquidation (guards for this round's rules) ---------------
    # https://www.myerssolicitors.co.uk/what-to-do-if-a-winding-up-order-is-made-against-your-company/ (law firm
    # guide, explainer, 2020-12-03): a guide on what follows once "a winding-up order has been made against a
    # company": any company's
    (
        "bk-winding-up-order-made-against-a-company-guide",
        (
            "Once a winding-up order has been made against a company it is not easy to set the order aside."
        ),
        set(),
    ),
    # https://shareyouressays.com/knowledge/6-consequences-of-winding-up-a-company-in-india-by-court-notice/112263
    # (explainer on Indian company law, explainer, date not shown): "In case the court issues a winding up order
    # against the company": a condition in an explainer
    (
        "bk-in-case-the-court-issues-a-winding-up-order",
        (
            "In case the court issues a winding up order against the company, the following consequences "
            "will follow:"
        ),
        set(),
    ),
    # https://www.meyers-partner.ch/en/knowledge/blog/the-insolvency-estate-and-its-distribution-among-creditors.html
    # (law firm blog, explainer, date not shown): "If the insolvency court decides to open the insolvency
    # proceedings": the procedure described
    (
        "bk-if-the-insolvency-court-decides-to-open-proceedings",
        (
            "If the insolvency court decides to open the insolvency proceedings, the so-called insolvency "
            "estate will be distributed in the further course."
        ),
        set(),
    ),
    # https://gilligansheppard.co.nz/services/accounting-bookkeeping-services/liquidations (accounting firm
    # guide, explainer, date not shown): "A liquidator is appointed when a company is placed into liquidation":
    # a definition
    (
        "bk-liquidator-appointed-when-a-company-is-placed-into-liquidation",
        "A liquidator is appointed when a company is placed into liquidation.",
        set(),
    ),
    # ---- holdout AQ: late reports, suspensions, exchange decisions and material uncertainties the rules missed; three look-alikes ----
    # http://www.reuters.com/article/us-toshiba-accounting-extension-idUSKBN16L06V (Toshiba Corporation, news,
    # 2017-03-14): the company "has asked financial regulators to extend its Tuesday deadline for submitting"
    # its quarter's earnings: those asked named between
    (
        "lf-asked-regulators-to-extend-its-deadline-for-submitting",
        (
            "TOKYO (Reuters) - Japan's Toshiba Corp (6502.T) said it has asked financial regulators to "
            "extend its Tuesday deadline for submitting official third-quarter earnings until April 11."
        ),
        {L},
    ),
    # https://freightwaves.com/news/navistar-nyse-delisting-to-begin (Navistar International Corporation, news,
    # date not shown): an exchange's notice "because it hadn't filed its Oct. 31, 2005 annual report": the
    # contraction, and a date with its full stop and comma
    (
        "lf-hadnt-filed-its-dated-annual-report",
        (
            "Navistar's problems grew ominous Dec. 15, when the NYSE told Navistar that the firm was subject "
            "to delisting on Dec. 20 because it hadn't filed its Oct. 31, 2005 annual report."
        ),
        {D, L},
    ),
    # https://www.crainsdetroit.com/article/20090302/EMAIL01/303029996/suppliers-fear-avalanche-if-gm-auditors-issue-warning
    # (Lear Corporation (and GM suppliers), news, 2009-03-02): a company that "has asked for additional time to
    # file its audited annual report"
    (
        "lf-has-asked-for-additional-time-to-file",
        "Lear has asked for additional time to file its audited annual report.",
        {L},
    ),
    # https://www.crainsdetroit.com/article/20090302/EMAIL01/303029996/suppliers-fear-avalanche-if-gm-auditors-issue-warning
    # (Lear Corporation (and GM suppliers), news, 2009-03-02): "A going concern warning is given when auditors
    # have substantial doubt about a company's ability": a definition quoted in news
    (
        "gc-warning-is-given-when-auditors-have-doubt-a-definition",
        (
            "A going concern warning is given when auditors have substantial doubt about a company's ability "
            "to survive its financial crisis, said Greg Coursen, director of professional standards at "
            "Southfield-based Plante & Moran P.L.L.C."
        ),
        set(),
    ),
    # https://stocktitan.net/news/CDMNF/canadian-manganese-announces-delay-in-filing-year-end-audited-4vzkj8lytbi0.html
    # (Canadian Manganese Company Inc., news summary of press release, 2025-04-04): "a delay in filing its
    # required year-end 2024 financial documents", and the cease trade order it led to
    (
        "lf-delay-in-filing-its-year-end-financial-documents",
        (
            "Canadian Manganese (CDMN) has announced a delay in filing its required year-end 2024 financial "
            "documents, leading to a cease-trade order from the Ontario Securities Commission on April 4, "
            "2025."
        ),
        {L},
    ),
    # https://www.nzherald.co.nz/business/coromandel-gold-miner-new-talisman-suspended-from-asx-auditor-unable-to-form-opinion-on-accounts/CRPOWJNSZ5EAPPWTVDTSXBUOIA/
    # (New Talisman Gold Mines Limited, news, date not shown): a headline's named issuer "suspended from ASX":
    # the market named as the one suspended from
    (
        "dl-headline-named-issuer-suspended-from-asx",
        (
            "Coromandel gold miner New Talisman suspended from ASX, auditor unable to form opinion on "
            "accounts"
        ),
        {D},
    ),
    # https://www.nzherald.co.nz/business/coromandel-gold-miner-new-talisman-suspended-from-asx-auditor-unable-to-form-opinion-on-accounts/CRPOWJNSZ5EAPPWTVDTSXBUOIA/
    # (New Talisman Gold Mines Limited, news, date not shown): the annual report "flagged material uncertainties
    # in its ability to continue as a going concern"
    (
        "gc-annual-report-flagged-material-uncertainties-in-its-ability",
        (
            "The company\u2019s annual report flagged material uncertainties in its ability to continue as a "
            "going concern and said it needed to raise more capital to progress production."
        ),
        {G},
    ),
    # https://businessdesk.co.nz/nzx-announcements/374870 (QEX Logistics Limited, exchange notice, 2021-06-30):
    # "NZ RegCo suspended the trading of QEX ordinary securities": the market's regulator, the issuer named
    # before its securities
    (
        "dl-regco-suspended-the-trading-of-named-securities",
        (
            "NZ RegCo suspended the trading of QEX ordinary securities on 18 February 2021 due to QEX having "
            "no independent directors which is a requirement under Listing Rule 2.1.1."
        ),
        {D},
    ),
    # https://aigbelaw.com/securitiesinvestinglawblog/2024/5/31/sec-grants-exemptive-relief-for-registrants-affected-by-bf-borgers-suspension
    # (company not named, law firm blog, 2024-05-31): "The sudden need to replace their auditors": a need of
    # many companies, no change made
    (
        "ac-need-to-replace-their-auditors-is-no-change",
        (
            "The sudden need to replace their auditors has understandably created significant hurdles for "
            "these companies."
        ),
        set(),
    ),
    # https://sec.gov/Archives/edgar/data/831609/000106299323014215/exhibit99-2.htm (C21 Investments Inc., MD&A
    # (6-K exhibit), 2023-04-30): shares "delisted from the TSX Venture Exchange" that then "commenced trading
    # on the Canadian Securities Exchange": a move between markets
    (
        "dl-delisted-from-tsxv-and-commenced-trading-on-cse",
        (
            "C21 Investments Inc. (the \"Company\", \"C21\", \"we\", \"us\" and \"our\") was incorporated in "
            "the Province of British Columbia under the Company Act (British Columbia) on January 15, 1987 "
            "as Empire Creek Mines Inc. On May 11, 1987, the Company changed its name to Curlew Lake "
            "Resources Inc. Effective November 24, 2017, the Company changed its name to C21 Investments "
            "Inc. On June 15, 2018, the Company's common shares (the \"Common Shares\") were delisted from "
            "the TSX Venture Exchange and on June 18, 2018, the Common Shares commenced trading on the "
            "Canadian Securities Exchange (\"CSE\") under the symbol CXXI."
        ),
        set(),
    ),
    # https://www.internationalaccountingbulletin.com/uncategorized/newsauditors-decline-to-offer-opinion-on-dhfl-in-india-7326614/
    # (Dewan Housing Finance Corporation Ltd (DHFL), news, date not shown): auditors that "noted 'material
    # uncertainty' regarding its ability to continue as a going concern" (single quotation marks)
    (
        "gc-auditors-noted-quoted-material-uncertainty",
        (
            "However, DHFL\u2019s auditors raised several issues over the accounts and noted \u2018material "
            "uncertainty\u2019 regarding its ability to continue as a going concern, saying: \u201cThe "
            "ability of the company to continue as a going concern inter alia is dependent upon its ability "
            "to monetize its assets, secure funding from the bankers or investors, restructure its "
            "liabilities and recommence its operations, which are not wholly within control of the "
            "company.\u201d"
        ),
        {G},
    ),
    # https://seekingalpha.com/news/3840437-nyse-to-delist-fang-holdings-stock (Fang Holdings Limited, news,
    # 2022-05-18): "NYSE said Wednesday it will begin proceedings to delist" a named company's shares: the
    # exchange's decision in reported speech
    (
        "dl-exchange-said-it-will-begin-proceedings-to-delist",
        (
            "- NYSE said Wednesday it will begin proceedings to delist the American Depositary Shares, each "
            "representing 10 class A shares, of Fang Holdings (NYSE:SFUN)."
        ),
        {D},
    ),
    # ---- holdout AR: rating actions, exchange notices in news, late reports and auditor changes the rules missed ----
    # https://www.truckinginfo.com/279474/celadon-faces-stock-delisting-must-restate-financial-results (Celadon
    # Group Inc., news, 2018-04-04): "Celadon's stock will be delisted from the New York Stock Exchange after
    # the company announced" its errors: a delisting told with its cause
    (
        "dl-stock-will-be-delisted-after-the-company-announced",
        (
            "Celadon\u2019s stock will be delisted from the New York Stock Exchange after the company "
            "announced the accounting errors are so extensive that it will have to restate its financial "
            "results going back to 2014 and will not be able to issue revised results by an NYSE deadline."
        ),
        {D},
    ),
    # https://script.finanzen.at/nachrichten/anleihen/boardriders-sa-moodys-downgrades-quiksilvers-pdr-to-ca-pd-ld;-assigns-caa2-cfr-to-boardriders-s-a-;-outlook-developing-1000816541
    # (Quiksilver, Inc., rating action, 2015-09-17): a rating action "to reflect the September 9, 2015
    # commencement of voluntary proceedings for relief under chapter 11": a dated case start is no hedge
    (
        "bk-dated-commencement-of-voluntary-proceedings-under-chapter-11",
        (
            "New York, September 17, 2015 -- Moody's Investors Service today downgraded Quiksilver, Inc.'s "
            "(\"Quiksilver\") Probability of Default rating to Ca-PD from Caa2-PD and assigned a limited "
            "default (\"/LD\") designation to reflect the September 9, 2015 commencement of voluntary "
            "proceedings for relief under chapter 11 of the United States Bankruptcy Code for its U.S. "
            "subsidiaries (\"Debtors\")."
        ),
        {B},
    ),
    # http://municipalsdaily.com/cgi-bin/fetchstory.pl?first=D&issuer=13776&sector=BKDD&story=916271 (Dixie
    # Electric, LLC, news, 2018-11-07): "prompted by Dixie's filing for reorganization under Ch. 11": a named
    # company's filing, the chapter abbreviated
    (
        "bk-named-companys-filing-for-reorganization-under-ch-11",
        (
            "The downgrade was prompted by Dixie's filing for reorganization under Ch. 11 with the U.S. "
            "Bankruptcy Court in Delaware, Moody's said."
        ),
        {B},
    ),
    # https://www.spglobal.com/marketintelligence/en/news-insights/trending/h21dwhro0_zpujl82ybdxw2 (The Kraft
    # Heinz Co., news, 2019-03-18): "Nasdaq also issued a standard noncompliance notice to the Pittsburgh-based
    # company as it failed to file the report on time"
    (
        "dl-exchange-issued-a-noncompliance-notice-to-the-company",
        (
            "Nasdaq also issued a standard noncompliance notice to the Pittsburgh-based company as it failed "
            "to file the report on time."
        ),
        {D, L},
    ),
    # http://municipalsdaily.com/cgi-bin/fetchstory.pl?issuer=10348&story=1145800&sector=BK&first=C (Circor
    # International, Inc., news, 2022-03-16): "its fiscal 2021 Form 10-K filing with the Securities and Exchange
    # (SEC) will be delayed": the filer named between
    (
        "lf-10k-filing-with-the-sec-will-be-delayed",
        (
            "\u201cThe rating action follows Circor's announcement that its fiscal 2021 Form 10-K filing "
            "with the Securities and Exchange (SEC) will be delayed due to the emergence of accounting "
            "irregularities related to one of its business units, and financial statements issued after "
            "fiscal 2017 should not be relied upon."
        ),
        {L},
    ),
    # https://cen.acs.org/articles/84/web/2006/03/Moodys-Puts-Pressure-Ferro.html (Ferro Corporation, news,
    # 2006-03-23): "continued delays by the Cleveland-based company in issuing audited financial statements"
    (
        "lf-delays-by-the-company-in-issuing-audited-statements",
        (
            "Moody's Investor Services, the credit-rating firm, has downgraded Ferro's senior unsecured debt "
            "from B1 to Ba1 because of continued delays by the Cleveland-based company in issuing audited "
            "financial statements."
        ),
        {L},
    ),
    # https://www.nasdaq.com/articles/moodys-withdraws-british-rail-firm-go-aheads-rating (The Go-Ahead Group
    # plc, news, 2022-01-31): "the company delayed the publication of its financial results for a fourth time"
    (
        "lf-delayed-the-publication-of-its-financial-results",
        (
            "LONDON, Jan 31 (Reuters) - Moody's has withdrawn its credit rating of UK rail and transport "
            "firm Go-Ahead after the company delayed the publication of its financial results for a fourth "
            "time, the ratings agency said on Monday."
        ),
        {L},
    ),
    # http://www.theglobeandmail.com/globe-investor/sino-forest-auditor-ernst-young-resigns/article4098734/
    # (Sino-Forest Corp., news, 2012-04-05): shares that "will be delisted from the Toronto Stock Exchange ...
    # due to its CCAA filing and its inability to file audited financial statements"
    (
        "dl-shares-will-be-delisted-due-to-inability-to-file",
        (
            "In a related development, Sino-Forest said on Thursday that its shares will be delisted from "
            "the Toronto Stock Exchange as of May 9th, due to its CCAA filing and its inability to file "
            "audited financial statements."
        ),
        {D, L},
    ),
    # https://www.tirebusiness.com/article/20181005/NEWS/181009971/moody-s-downgrades-atd-s-probability-of-default-rating
    # (American Tire Distributors Inc., news, 2018-10-05): "ATD, North America's largest independent wholesale
    # tire distributor ..., voluntarily filed": the trade names the filer, not a counterparty
    (
        "bk-trade-in-the-filers-own-appositive",
        (
            "Huntersville, N.C.-based ATD, North America's largest independent wholesale tire distributor "
            "with fiscal 2018 sales of $5.4 billion, voluntarily filed for Chapter 11 bankruptcy protection "
            "Oct. 4 in order to allow it to recapitalize its debt."
        ),
        {B},
    ),
    # https://www.arkansasbusiness.com/article/144056/canoo-faces-delisting-from-nasdaq (Canoo Inc., news,
    # 2023-03-28): "Nasdaq has warned Canoo Inc. ..., that it could be delisted from the exchange": the exchange
    # as the subject
    (
        "dl-nasdaq-has-warned-named-company-it-could-be-delisted",
        (
            "Nasdaq has warned Canoo Inc. (Nasdaq: GOEV), the electric vehicle maker that's moving its "
            "headquarters to Bentonville, that it could be delisted from the exchange."
        ),
        {D},
    ),
    # https://www.arkansasbusiness.com/article/144056/canoo-faces-delisting-from-nasdaq (Canoo Inc., news,
    # 2023-03-28): "substantial doubt" about "whether it could stay in business": a news paraphrase of the
    # going-concern doubt
    (
        "gc-substantial-doubt-about-whether-it-could-stay-in-business",
        (
            "Over the past year, shares have fallen about 90% as the company burned through cash and warned "
            "investors that there was \"substantial doubt\" about whether it could stay in business."
        ),
        {G},
    ),
    # https://rochesterbeacon.com/2022/08/05/hyzon-discloses-investigation-into-financial-issues/ (Hyzon Motors
    # Inc., news, 2022-08-05): "would not meet the Aug. 15 deadline for its second-quarter financial filings": a
    # date's full stop inside
    (
        "lf-would-not-meet-the-dated-deadline-for-filings",
        (
            "Hyzon Motors Inc. shares plunged Friday after the company disclosed possible accounting "
            "irregularities and said it would not meet the Aug. 15 deadline for its second-quarter financial "
            "filings."
        ),
        {L},
    ),
    # https://trueviralnews.com/156785-bird-overstated-shared-electric-scooter-revenue-for-two-years.html (Bird
    # Global, Inc., news, 2022-11): "warned by the New York Stock Exchange that it was at risk of being de
    # listed" (as printed)
    (
        "dl-warned-by-nyse-at-risk-of-being-de-listed",
        (
            "Bird was warned by the New York Stock Exchange that it was at risk of being de listed if it "
            "continued to trade under $1."
        ),
        {D},
    ),
    # https://sp-edge.com/updates/26530 (Arrival SA / Arrival Ltd, news, 2024-02): "is going into
    # administration, commonly known as bankruptcy protection": "commonly known as" names, it is no habit
    (
        "bk-going-into-administration-commonly-known-as",
        (
            "Arrival, a UK-based company that manufactures electric commercial vehicles, is going into "
            "administration, commonly known as bankruptcy protection in the US."
        ),
        {B},
    ),
    # https://sp-edge.com/updates/26530 (Arrival SA / Arrival Ltd, news, 2024-02): "Nasdaq ... informed the
    # company that its shares would no longer be listed"
    (
        "dl-nasdaq-informed-the-company-shares-no-longer-listed",
        (
            "This announcement came a week after Nasdaq, a US-based stock exchange, informed the company "
            "that its shares would no longer be listed."
        ),
        {D},
    ),
    # https://sp-edge.com/updates/26530 (Arrival SA / Arrival Ltd, news, 2024-02): "due to its inability to
    # produce its annual statements for 2022"
    (
        "lf-its-inability-to-produce-its-annual-statements",
        (
            "The delisting occurred following Arrival\u2019s failure to meet Nasdaq's listing standards due "
            "to its inability to produce its annual statements for 2022."
        ),
        {L},
    ),
    # https://lotterydaily.com/2022/09/12/business/quintet-quit-lottery-com-as-firm-strikes-woodford-eurasia-assets-agreement/
    # (Lottery.com Inc., news, 2022-09-12): "received notice from NASDAQ that its shares could be delisted by
    # the end of August"
    (
        "dl-received-notice-from-nasdaq-that-shares-could-be-delisted",
        (
            "Lottery.com also received notice from NASDAQ that its shares could be delisted by the end of "
            "August, should the firm again fail to submit its financial report for the second quarter."
        ),
        {D},
    ),
    # https://5y1000.com/news/lcid-stock-alert-lucid-motors-switches-up-auditors.htm (Lucid Group, Inc., news,
    # 2023-05-31): "KPMG taking over the auditing reigns from Grant Thornton" (as printed)
    (
        "ac-new-firm-taking-over-the-auditing-from-old",
        (
            "This switch will result in KPMG taking over the auditing reigns from Grant Thornton, a move "
            "that investors appear to be watching closely."
        ),
        {A},
    ),
    # https://followin.io/feed/12354012 (Ionic Digital Inc., news, 2024-08): "its auditor, RSM US, severed ties
    # with the miner": the firm as the one that ended the engagement
    (
        "ac-auditor-severed-ties-with-the-company",
        (
            "Ionic also said that its auditor, RSM US, severed ties with the miner, citing a strategic "
            "decision by the accounting firm to end service to crypto-related firms."
        ),
        {A},
    ),
    # https://si.frajer.net/readreplies.aspx?msgid=15453677&subjectid=30974 (Webvan Group Inc., news (WSJ,
    # reposted on a message board), 2001-04-03): "A notice the company received from Nasdaq ... informed the
    # company its common stock had to sustain a minimum bid price ... or face delisting"
    (
        "dl-notice-received-from-nasdaq-or-face-delisting",
        (
            "A notice the company received from Nasdaq on Jan. 12 informed the company its common stock had "
            "to sustain a minimum bid price of $1 or more for at least 10 consecutive trading days or face "
            "delisting."
        ),
        {D},
    ),
    # https://abcnews.go.com/amp/Business/story?id=87413&page=1 (Enron Corp., news, 2002-01-17): "Enron today
    # fired its accounting firm, Arthur Andersen LLP"
    (
        "ac-fired-its-accounting-firm",
        (
            "Jan. 17, 2002 -- Formally terminating a troubled relationship, bankrupt energy company Enron "
            "today fired its accounting firm, Arthur Andersen LLP."
        ),
        {A},
    ),
    # https://www.washingtontimes.com/news/2002/mar/16/20020316-041104-5838r/ (Sara Lee Corp.; Abbott
    # Laboratories Inc.; Northeast Utilities; Brunswick Corp., news (AP), 2002-03-16): companies that "all
    # severed decades-long relationships with Andersen as their auditor"
    (
        "ac-severed-relationships-with-andersen-as-auditor",
        (
            "Sara Lee Corp., Abbott Laboratories Inc., Northeast Utilities and Brunswick Corp. all severed "
            "decades-long relationships with Andersen as their auditor, and others also said they were "
            "considering firing the Chicago-based firm."
        ),
        {A},
    ),
    # http://stage.internationaltradetoday.com/article/2002/04/17/after-10k-extension-adelphia-fails-to-meet-sec-deadline-0204170017?BC=bc_678eee33a7a6c
    # (Adelphia Communications Corporation, news (trade newsletter), 2002-04-17): after a 15-day extension to
    # file its 10-K, the company "said it wouldn't meet new deadline"
    (
        "lf-wouldnt-meet-new-deadline",
        (
            "Two weeks after receiving 15-day extension from SEC to file its annual 10-K report, Adelphia "
            "said it wouldn\u2019t meet new deadline (CD April 2 p2), which was end of day Tues."
        ),
        {L},
    ),
    # ---- procedures abroad explained (guards) and an auditor that stepped down -----------------------------
    # https://www.companow.com/the-french-procedure-to-safeguard-the-company/ (explainer on French insolvency
    # law, explainer, date not shown): "The first thing you need to do is to file a request for a safeguard
    # procedure": a guide's steps, no company's case
    (
        "bk-file-a-request-for-a-safeguard-procedure-explainer",
        "The first thing you need to do is to file a request for a safeguard procedure to a court.",
        set(),
    ),
    # https://www.internationallawoffice.com/Newsletters/Insolvency-Restructuring/Japan/Asahi-Koma-Law-Offices/Civil-Rehabilitation-Procedure
    # (law firm newsletter on Japanese insolvency law, explainer, 2006-05-19): "A debtor or a creditor may file
    # for civil rehabilitation in a competent district court": the law described
    (
        "bk-may-file-for-civil-rehabilitation-explainer",
        "A debtor or a creditor may file for civil rehabilitation in a competent district court.",
        set(),
    ),
    # https://french-business-law.com/french-legislation/legiscta000006113780-legiscta000006133268-title-ii-safeguards
    # (French Commercial code, Article R621-1, statute, date not shown): the French Commercial Code on how "the
    # application to open safeguard proceedings is filed"
    (
        "bk-application-to-open-safeguard-proceedings-statute",
        (
            "The application to open safeguard proceedings is filed by the legal representative of the legal "
            "entity or by the individual debtor at the registry of the competent court."
        ),
        set(),
    ),
    # https://shipandbunker.com/news/apac/217058-hong-kong-listed-newocean-energy-delays-2020-results (NewOcean
    # Energy Holdings Ltd, news, 2021-06-01): "accountancy company Deloitte stepped down as NewOcean's auditor":
    # a resignation in news wording
    (
        "ac-audit-firm-stepped-down-as-auditor",
        (
            "Accountancy company Deloitte stepped down as NewOcean's auditor as of April 29 because of "
            "outstanding documents leading to the audit process being delayed."
        ),
        {A},
    ),
    # ---- holdout AS: markets in Africa, the Gulf and Oslo, late reports told in news and speech ------------
    # https://www.businesslive.co.za/bd/companies/mining/2025-05-05-chinese-state-owned-pgm-miner-put-on-notice-by-jse/
    # (Wesizwe Platinum Limited, news, 2025-05-05): a company "facing a possible suspension in the trade of its
    # shares by the JSE after its failure to furnish its annual report on time"
    (
        "dl-facing-a-possible-suspension-by-the-jse",
        (
            "Cash-strapped Wesizwe Platinum, whose \u201cgoing concern\u201d status remains in limbo, is "
            "facing a possible suspension in the trade of its shares by the JSE after its failure to furnish "
            "its annual report on time."
        ),
        {D},
    ),
    # https://www.businesslive.co.za/bd/companies/mining/2025-05-05-chinese-state-owned-pgm-miner-put-on-notice-by-jse/
    # (Wesizwe Platinum Limited, news, 2025-05-05): "put on notice ... for not submitting its annual report
    # within the four months set out in the bourse's listing requirements"
    (
        "lf-not-submitting-its-annual-report-within",
        (
            "The Chinese state-owned company was put on notice on Friday for not submitting its annual "
            "report within the four months set out in the bourse\u2019s listing requirements..."
        ),
        {L},
    ),
    # https://thestreetjournal.org/2020/09/nse-suspends-medview-airline-capital-oil-four-other-companies/ (FTN
    # Cocoa Processors, Medview Airline, Niger Insurance, R.T. Briscoe, Union Dicon Salt, Capital Oil, news,
    # 2020-09): "The suspension was over their failure to "file their audited financial statement for the year
    # ended December 31, 2019""
    (
        "lf-suspension-over-failure-to-quoted-file",
        (
            "The suspension was over their failure to \u201cfile their audited financial statement for the "
            "year ended December 31, 2019,\u201d the NSE said."
        ),
        {L},
    ),
    # http://www.premiumtimesng.com/business/business-data/196493-damning-audit-report-questions-john-holts-capacity-to-remain-in-business.html
    # (John Holt Plc, news, 2016-01): an audit that "raised serious doubts about the capacity of the Group to
    # remain in business"
    (
        "gc-serious-doubts-about-the-capacity-to-remain-in-business",
        (
            "But, a report of an audit of its business operations by BDO Professional Services, a firm of "
            "Chartered Accountants, on Friday raised serious doubts about the capacity of the Group to "
            "remain in business."
        ),
        {G},
    ),
    # https://argaam.com/en/article/articledetail/id/1548585 (Obeikan Glass Co., news, 2022-03-31): "it was
    # unable to disclose its 2021 financial results within the specified time"
    (
        "lf-unable-to-disclose-results-within-the-specified-time",
        (
            "Obeikan Glass Co. said in a bourse filing today, March 31, that it was unable to disclose its "
            "2021 financial results within the specified time."
        ),
        {L},
    ),
    # https://lexis.ae/2024/08/15/ksa-tadawul-halts-trading-for-firms-not-disclosing-financial (Food Development
    # Business; Saudi Industrial Exports; Al-Naifat Finance Company, news, 2024-08-12): "The Saudi Stock
    # Exchange (Tadawul) has temporarily suspended trading in the shares of three companies"
    (
        "dl-exchange-with-long-acronym-suspended-trading",
        (
            "Al-Eqtisadiya, 12 August 2024: The Saudi Stock Exchange (Tadawul) has temporarily suspended "
            "trading in the shares of three companies."
        ),
        {D},
    ),
    # https://trendsmena.com/business/tadawul-bars-anaam-international-from-trading-for-one-day (Anaam
    # International Holding Group, news, 2021): "Tadawul, the Saudi Exchange, has barred Anaam International
    # Holding Group from trading for one day"
    (
        "dl-exchange-barred-named-company-from-trading",
        (
            "Tadawul, the Saudi Exchange, has barred Anaam International Holding Group from trading for one "
            "day, after an adverse comment in auditor\u2019s report against the company."
        ),
        {D},
    ),
    # https://allaboutshipping.co.uk/2017/06/02/oslo-bors-delisting-of-bond/ (Island Offshore Shipholding L.P.,
    # exchange notice, 2017-06-01): "Oslo Børs ... has decided to delist the bond": the market's decision
    (
        "dl-oslo-bors-has-decided-to-delist-the-bond",
        (
            "Oslo B\u00f8rs considers the bond issued by the Company as not suitable for listing on Nordic "
            "ABM, and has decided to delist the bond, cf."
        ),
        {D},
    ),
    # https://www.intrafish.com/salmon/nova-austral-removed-from-normal-oslo-stock-trading-after-rules-breach/2-1-1445374
    # (Nova Austral S.A., news, 2023): the exchange "has placed ... Nova Austral on the so-called "Penalty
    # Bench"" after it failed to comply with its rules
    (
        "dl-placed-on-the-penalty-bench",
        (
            "The Oslo Stock Exchange on Wednesday said it has placed embattled Chilean salmon producer Nova "
            "Austral on the so-called \"Penalty Bench,\" after the company failed to comply with rules of "
            "the exchange."
        ),
        {D},
    ),
    # https://www.oslobors.no/ob_eng/Oslo-Boers/About-Oslo-Boers/News-from-Oslo-Boers/Oslo-Boers-imposes-a-violation-charge-on-Lavo.tv-AS
    # (Lavo.tv AS, exchange notice, 2020-02-06): "The Annual Report for 2018 was made public on 15 November
    # 2019, i.e. five and a half months after the deadline"
    (
        "lf-annual-report-made-public-months-after-the-deadline",
        (
            "The Annual Report for 2018 was made public on 15 November 2019, i.e. five and a half months "
            "after the deadline on 31 May 2019."
        ),
        {L},
    ),
    # https://www.fiercepharma.com/financials/valeant-chief-to-employees-don-t-worry-we-re-not-going-bankrupt
    # (Valeant Pharmaceuticals International, news (quotes CEO memo to staff), date not shown): "it admitted it
    # wouldn't hit a March 30 cutoff to file its audited annual financial reports"
    (
        "lf-wouldnt-hit-a-cutoff-to-file",
        (
            "Valeant's ability to hold up its end of its loan bargains--struck back when the company sought "
            "buyout after buyout to fuel growth--came into question earlier this week, when it admitted it "
            "wouldn't hit a March 30 cutoff to file its audited annual financial reports."
        ),
        {L},
    ),
    # https://www.cfo.com/news/bankrupt-airlines-fours-a-crowd/672515/ (Frontier Airlines, news (quotes the
    # CEO), date not shown): "the airline was forced to file a voluntary petition for reorganization under
    # Chapter 11"
    (
        "bk-forced-to-file-a-voluntary-petition",
        (
            "Following an unexpected attempt by its principal credit-card processor to substantially "
            "increase a \u201choldback\u201d of customer receipts, which threatened to have a severe impact "
            "on Frontier\u2019s liquidity, the airline was forced to file a voluntary petition for "
            "reorganization under Chapter 11."
        ),
        {B},
    ),
    # https://esmmagazine.com/supply-chain/eddie-stobart-flags-higher-debt-considers-raising-equity-80191 (Eddie
    # Stobart Logistics plc, news (Reuters via trade magazine), date not shown): "the suspension of trading in
    # its stock following the company's failure to publish its half-year results in time"
    (
        "lf-suspension-following-the-companys-failure-to-publish",
        (
            "The news comes a month after the departure of Chief Executive Officer Alex Laffey and the "
            "suspension of trading in its stock following the company's failure to publish its half-year "
            "results in time."
        ),
        {D, L},
    ),
    # ---- an auditor's emphasis of matter in news -----------------------------------------------------------
    # http://www.businessdailyafrica.com/Corporate-News/Kenya-Airways-board-to-share-recovery-plan-with-shareholders/539550-3373030-wviam5/index.html
    # (Kenya Airways Plc, news, 2016-09): "with its auditors emphasising uncertainty as to its ability to carry
    # on as a going concern": the emphasis of matter, as news tells it
    (
        "gc-auditors-emphasising-uncertainty-carry-on-as-going-concern",
        (
            "\u2022 The negative capital position has seen the Nairobi Securities Exchange-listed firm rely "
            "on the goodwill of creditors to continue operating, with its auditors emphasising uncertainty "
            "as to its ability to carry on as a going concern."
        ),
        {G},
    ),
    # ---- another company's bankruptcy told through its relation to the subject -----------------------------
    # https://cryptoknowmics.com/news/bitcoin-miner-core-scientific-to-become-bankrupt-by-end-of-2022 (Core
    # Scientific, Inc., news, 2022-10-27): "Compute North, a competitor of Core Scientific, declared
    # bankruptcy": the filer told as another company's competitor, not the story's subject
    (
        "bk-filer-named-as-a-competitor-of-another",
        (
            "Compute North, a competitor of Core Scientific, declared bankruptcy in September after owing up "
            "to $500 million to at least 200 creditors."
        ),
        set(),
    ),
    # ---- a material uncertainty named at length; the UK's notice of intention to appoint administrators ----
    # https://www.thegrocer.co.uk/results/poundstretcher-future-in-doubt-as-accounts-reveal-slump-in-profits/603752.article
    # (Poundstretcher Ltd, news, date not shown): "there are material uncertainties over the outcome of the cost
    # reduction strategy that may cast doubt over the company's ability to continue as a going concern": the
    # uncertainty named by what it is about, in more than six words
    (
        "gc-material-uncertainties-over-a-strategy-may-cast-doubt",
        (
            "\u201cAt the time of approval of the financial statements there are material uncertainties over "
            "the outcome of the cost reduction strategy that may cast doubt over the company\u2019s ability "
            "to continue as a going concern,\u201d he said."
        ),
        {G},
    ),
    # http://www.wallpaperswave.com/manufacturing/versarien-files-notice-intention-appoint-32974761.amp (Versarien plc,
    # regional news, 2025-12): "the board has regrettably resolved to serve a notice of intention to appoint Leonard
    # Curtis as administrators": the board's decision to take the UK's first step into administration
    (
        "bk-board-resolved-to-serve-notice-of-intention-to-appoint-administrators",
        (
            "Versarien said in its statement: \"Whilst there continues to be interest shown in acquiring "
            "these assets, the board is conscious that, as previously advised, it is reliant upon the "
            "support of its creditors to continue its operations.\n\"Although creditors continue to be "
            "supportive, the board has regrettably resolved to serve a notice of intention to appoint "
            "Leonard Curtis as administrators."
        ),
        {B},
    ),
    # https://www.ballardbusinessrecovery.co.uk/post/what-is-notice-of-intention-to-appoint-administrators/ (explainer,
    # no company): what a notice of intention to appoint administrators is and does, filed by no one
    (
        "bk-guard-notice-of-intention-explained",
        (
            "A notice of intention to appoint administrators is a document filed in court that notifies "
            "relevant parties of a company\u2019s intention to enter into administration. The aim of filing "
            "this document is typically to prevent the company in question from going into liquidation, "
            "whether that ends up being through a pre-pack sale or the creation of a suitable business "
            "rescue plan during a period of reprieve from creditor legal action. The notice of intention to "
            "appoint administrators serves as a preliminary step, providing the company with a window in "
            "which it can assess which of these options may be most suitable."
        ),
        set(),
    ),
    # https://companyrescue.co.uk/guides-knowledge/what-is/notice-of-intention-to-appoint-administrators (explainer, no
    # company): "is when the company files a document to the court": the generic company of a definition
    (
        "bk-guard-notice-of-intention-defined-by-a-generic-company-filing",
        (
            "A notice of intention to appoint administrators is when the company files a document to the "
            "court to outline that it intends to go into administration if a solution cannot be found to its "
            "immediate financial problems. It can be used as part of the pre-pack administration process as "
            "well as used to restructure a failing business to avoid its liquidation."
        ),
        set(),
    ),
    # ---- the habitual present of an exchange; a report's lateness told as failing to do so -----------------
    # https://axebps-redlib.hf.space/r/tilray/comments/1irkguv/tilray_weekly_discussion (Tilray Brands, Inc.,
    # forum thread (Reddit r/tilray, via a mirror), date not shown): "When this happens Nasdaq issues a
    # deficiency notice to the company": what the exchange does whenever a price falls, in the habitual present
    (
        "dl-guard-when-this-happens-nasdaq-issues-a-notice",
        "When this happens Nasdaq issues a deficiency notice to the company.",
        set(),
    ),
    # https://www.bnnbloomberg.ca/solutions-30-plunges-as-auditor-fails-to-sign-off-2020-accounts-1.1607744
    # (Solutions 30 SE, news, 2021-05-24): "urged Solutions 30 to publish its audited 2020 accounts after
    # failing to do so within the required time frame": the report named, then its lateness told as failing to
    # do so
    (
        "late-urged-to-publish-accounts-after-failing-to-do-so-in-time",
        (
            "French market regulator AMF last week urged Solutions 30 to publish its audited 2020 accounts "
            "after failing to do so within the required time frame, or at least to announce a timetable on "
            "when they would be available."
        ),
        {L},
    ),
    # ---- an audit firm's own partner dismissed (guard) -----------------------------------------------------
    # https://shockandawe.us/archives/Enron/020115a.htm (Arthur Andersen LLP, news (NYT article, archived),
    # 2002-01): "Andersen dismissed David B. Duncan, the lead partner on the account": the audit firm dismissing
    # one of its people, named with his role
    (
        "ac-guard-audit-firm-dismissed-its-lead-partner",
        "Andersen dismissed David B. Duncan, the lead partner on the account.",
        set(),
    ),
    # ---- an auditor replaced or dismissed only on a condition (guards) -------------------------------------
    # https://www.compensationstandards.com/member/blogs/consultant/2012/06/how-does-auditor-ratification-jibe-with-say-on-pay.html
    # (company not named, explainer (blog Q&A), 2012-06-13): "to replace the auditor if the ratification is not
    # obtained": what a committee may do, on a condition
    (
        "ac-guard-replace-the-auditor-if-ratification-fails",
        (
            "I think that leads to the language included in the proposal which describes the advisory nature "
            "in that the Audit Committee may determine that it is not advisable and in the best interests of "
            "the stockholders to replace the auditor if the ratification is not obtained."
        ),
        set(),
    ),
    # http://globalauthorid.com/WebPortal/ArticleView?wd=B84C31024904C17B2519FCE26673908E489FEC57ECB97C1CF6BE69F76738B8C4
    # ((academic study; no company), research abstract, date not shown): "management often can ... (2) dismiss
    # its auditor if the auditor refuses to do so": a study's finding about what managements can do
    (
        "ac-guard-research-dismiss-its-auditor-if-it-refuses",
        (
            "These findings, coupled with those from Carcello and Neal (2000), suggest that when affiliated "
            "directors dominate the audit committee, management often can (1) pressure its auditor to issue "
            "an unmodified report despite going-concern issues, and (2) dismiss its auditor if the auditor "
            "refuses to issue an unmodified report."
        ),
        set(),
    ),
    # ---- two filers under one defined term -----------------------------------------------------------------
    # https://www.sec.gov/Archives/edgar/data/811596/000081159602000007/kac_8k-043002.htm (Kaiser Aluminum
    # Corporation, 8-K, 2002-04-30): (collectively "the Companies"), dismissed Arthur Andersen LLP ... as their
    # principal independent accountant": two filers under one defined term, not companies in general
    (
        "ac-defined-term-the-companies-dismissed-their-accountant",
        (
            "Changes in Registrant's Certifying Accountant On April 30, 2002, Kaiser Aluminum Corporation "
            "and its wholly owned operating subsidiary, Kaiser Aluminum & Chemical Corporation (collectively "
            "\"the Companies\"), dismissed Arthur Andersen LLP (\"Andersen\") as their principal independent "
            "accountant and engaged Deloitte & Touche LLP (\"D&T\") as their principal independent "
            "accountant."
        ),
        {A},
    ),
    # https://www.sec.gov/Archives/edgar/data/811596/000081159602000007/kac_8k-043002.htm (Kaiser Aluminum Corporation,
    # 8-K, 2002-04-30): the clause "the Companies and certain of their subsidiaries filed for reorganization under
    # Chapter 11": the filing's defined term for its two filers, not companies in general
    (
        "bk-defined-term-the-companies-filed-for-reorganization",
        (
            "the Companies and certain of their subsidiaries filed for reorganization under Chapter 11 of "
            "the United States Bankruptcy Code on February 12, 2002."
        ),
        {B},
    ),
    # ---- another company's case told away from the story's opening (guards) --------------------------------
    # https://newslog.cyberjournal.org/american-home-plunges-on-bankruptcy-concern/ (American Home Mortgage Investment
    # Corp., news (blog repost of MarketWatch), 2007-07-31): "New Century, one of the largest subprime mortgage
    # originators, was forced into bankruptcy earlier this year": another company's case recalled in a story whose
    # opening names American Home and NovaStar
    (
        "bk-guard-another-lender-forced-into-bankruptcy-told-in-passing",
        (
            "Some mortgage originators, like American Home and NovaStar, rely on credit lines from large "
            "banks to help them \"warehouse\" loans they've offered. When they've accumulated enough "
            "mortgages, the loans are packaged as mortgage-backed securities and sold on to institutional "
            "investors in the asset-backed securities market. Without such lines of credit, these lenders "
            "find it tough to keep originating loans. New Century, one of the largest subprime mortgage "
            "originators, was forced into bankruptcy earlier this year after warehouse lenders pulled back."
        ),
        set(),
    ),
    # https://eaa-online.org/arc/blog/2022/01/06/financial-restatements-uk (no company named, explainer, 2022-01-06):
    # "Patisserie Valerie went into administration in 2019": an example in a study of UK restatements, named nowhere in
    # its opening
    (
        "bk-guard-example-company-in-administration-in-a-study",
        (
            "Financial Restatements in the UK\n\nPosted by Audit Analytics - Jan 06, 2022\n\nWe will finish "
            "our review of accounting quality by looking at financial restatements in the UK. Over the past "
            "few years, the number of companies listed on the London Stock Exchange that have restated their "
            "financials has grown. This analysis includes companies listed on both the Main Market and the "
            "AIM Market.\n\nIn 2018, there were 73 restatements disclosed. Then, by 2020, the number rose to "
            "133. All in all, this represented an 82% increase in restatements over two years.\n\nHowever, "
            "the 73 restatements in 2018 represented just 4.1% of companies that issued an annual report. "
            "This rose to 5.6% in 2019 and 7.6% in 2020.\n\nFinancial reporting quality and audit quality "
            "have been a main focus in the UK. A succession of reviews and proposals have been made over the "
            "past few years in response to major accounting scandals.\n\nBHS became insolvent in 2016 "
            "following a clean audit opinion. Additionally, Carillion became insolvent in 2018 under similar "
            "circumstances. Patisserie Valerie went into administration in 2019."
        ),
        set(),
    ),
    # http://articles.baltimoresun.com/1995-03-18/sports/1995077087_1_tracks-seek-bankruptcy-protection-horsemen (Colt
    # Enterprises Inc. (Rosecroft Raceway, Delmarva Downs), news, 1995-03-18): "Former owner ... Mark Vogel filed for
    # Chapter 11 bankruptcy protection for the tracks in 1991": a former owner's case, told deep in a story about the
    # tracks' losses (the going-concern doubt the story reports is the tracks' own)
    (
        "bk-guard-former-owner-filed-years-before-told-late-in-story",
        (
            "Maryland's beleaguered harness racing tracks lost more than $6 million last year and will seek "
            "bankruptcy protection if an effort to sell to horse owners and trainers is not successful, "
            "according to the tracks' annual report to regulators.\n\nColt Enterprises Inc., corporate "
            "parent of Rosecroft in Prince George's County and Delmarva Downs on the Eastern Shore, posted a "
            "loss of $6.2 million in 1994.\n\nThe company's current liabilities exceed its assets by $15.8 "
            "million and its tracks have failed to make loan payments to its lender, First National Bank of "
            "Maryland, but have reached an agreement that provides for more time to do so, according to the "
            "report, filed this week with the Maryland Racing Commission and released yesterday.\n\n\"These "
            "factors . . . raise substantial doubt about its ability to continue as a going concern,\" the "
            "report said.\n\nColt's losses, which brought to about $12 million total losses posted by the "
            "tracks since 1990, included a onetime $4.8 million accounting charge related to the write-off "
            "of goodwill, and a $766,666 tax credit.\n\nAn association of harness horse owners and trainers, "
            "Cloverleaf Standardbred Owners Association, signed a letter of intent to buy the tracks in a "
            "deal worth $11 million, mostly debt assumption. The letter expires May 9, although the parties "
            "have said the talks could go past that date if there is progress.\n\n\"If this transaction is "
            "not consummated, Colt will seek bankruptcy protection,\" the company said in its report.\n\nIt "
            "would be the second time in five years the tracks have sought protection from their creditors "
            "in bankruptcy court. Former owner and Washington-area developer Mark Vogel filed for Chapter 11 "
            "bankruptcy protection for the tracks in 1991, and they were sold to Los Angeles-based "
            "entrepreneur and philanthropist Fred Weisman for $18."
        ),
        {G},
    ),
    # ---- holdout AT: court cases abroad, staff letters, news wording of the doubt, issuers named at length ----
    # http://gewinnvortrag.blogspot.com/2007/03 (New Century Financial Corporation, blog post (quoting Form
    # 12b-25), date not shown): "filed a form 12b-25 with the SEC explaining why it could not file form 10-K on
    # time": the company's own reason, not an explainer's "why"
    (
        "late-filed-12b-25-explaining-why-it-could-not-file",
        (
            "On New Century filed a form 12b-25 with the SEC explaining why it could not file form 10-K on "
            "time."
        ),
        {L},
    ),
    # https://www.sec.gov/Archives/edgar/data/1174735/000119312507214443/filename1.htm (Accredited Home Lenders
    # Holding Co., SEC comment-letter response (CORRESP), 2007-10-05): "Please file your delinquent Form 10-Q
    # for the quarterly period ended June 30, 2007": the staff's letter to the late filer
    (
        "late-staff-letter-please-file-your-delinquent-10q",
        "|Please file your delinquent Form 10-Q for the quarterly period ended June 30, 2007.",
        {L},
    ),
    # https://sec.gov/Archives/edgar/data/352949/000095013403005157/d04546exv99w1.txt (Fleming Companies, Inc.,
    # press release (8-K Exhibit 99.1), 2003-04-01): "Fleming Companies (NYSE: FLM) today announced and its
    # operating subsidiaries have filed voluntary petitions": "Companies" in a name
    (
        "bk-company-named-companies-filed-chapter-11",
        (
            "EXHIBIT 99.1 FLEMING FILES VOLUNTARY CHAPTER 11 PETITION All Facilities Open and Conducting "
            "Business; Company Committed to Protecting Customers and Vendors Reorganization Proceeding Will "
            "Enable Company to Better Realign Cost Structure and Reduce Debt DALLAS, TEXAS, APRIL 1/PR "
            "Newswire - First Call/- Fleming Companies (NYSE: FLM) today announced and its operating "
            "subsidiaries have filed voluntary petitions for reorganization under Chapter 11 of the U.S. "
            "Bankruptcy Code."
        ),
        {B},
    ),
    # http://asian-express-line.com/en/news/hanjin-shipping-files-for-receivership--as-ports-turn-away-its-vessels
    # (Hanjin Shipping Co Ltd, news (logistics company news page), date not shown): "filed with the Seoul
    # Central District Court for court receivership": Korea's court receivership asked of the court
    (
        "bk-filed-with-a-court-for-court-receivership",
        (
            "Hanjin Shipping Co Ltd filed with the Seoul Central District Court for court receivership, a "
            "form of creditor protection, to freeze its assets on Wednesday."
        ),
        {B},
    ),
    # https://uk.news.yahoo.com/thai-airways-submits-bankruptcy-request-121705336.html (Thai Airways
    # International Pcl, news (wire), date not shown): "submitted a request to a bankruptcy court for
    # rehabilitation of its debt": Thailand's rehabilitation asked of the court
    (
        "bk-submitted-request-to-bankruptcy-court-for-rehabilitation",
        (
            "BANGKOK (Reuters) - Thai Airways International Pcl on Tuesday submitted a request to a "
            "bankruptcy court for rehabilitation of its debt, the court said, which if approved would give "
            "the airline time to negotiate with its creditors."
        ),
        {B},
    ),
    # http://www.radionz.co.nz/news/business/40822/general-motors-auditors-raise-doubt-on-viability (General
    # Motors Corporation, news, 2009-03-07): "Auditors for General Motors have raised "substantial doubt" about
    # the US vehicle manufacturer's ability to survive": news wording of the doubt
    (
        "gc-substantial-doubt-about-ability-to-survive",
        (
            "Auditors for General Motors have raised \"substantial doubt\" about the US vehicle "
            "manufacturer's ability to survive outside bankruptcy if it fails to stem its losses and stop "
            "burning cash, the company says."
        ),
        {G},
    ),
    # https://www.theedgemarkets.com/article/bursa-orders-serba-dinamik-reveal-factual-findings-special-independent-review-tuesday?type=malaysia
    # (Serba Dinamik Holdings Bhd, news, 2021-10-22): "Bursa suspended the trading of Serba Dinamik shares and
    # warrants": the issuer named in more than one word
    (
        "dl-bursa-suspended-trading-of-two-word-issuer-shares",
        (
            "Bursa suspended the trading of Serba Dinamik shares and warrants on Friday afternoon, and said "
            "the trading suspension will remain until Serba Dinamik makes an announcement in compliance with "
            "the directive."
        ),
        {D},
    ),
    # http://in.reuters.com/article/abengoa-downgrade-idINL8N13E4YW20151119 (Abengoa S.A., news, 2015-11-19):
    # "there were "significant doubts" about its capacity to keep operating": the auditor's doubt in news
    # wording
    (
        "gc-significant-doubts-about-capacity-to-keep-operating",
        (
            "The group's auditor Deloitte had also said there were\n\"significant doubts\" about its "
            "capacity to keep operating and"
        ),
        {G},
    ),
    # ---- an auditor's letter, Bursa's PN17, an emergence still to come -------------------------------------
    # https://www.business-standard.com/article/companies/price-waterhouse-quits-as-gvk-infra-auditor-cites-lack-of-information-120081401782_1.html
    # (GVK Power & Infrastructure, news, 2020-08-14): "wish to communicate our intention to resign as statutory
    # auditors": the auditor's own letter
    (
        "ac-auditor-letter-intention-to-resign",
        (
            "\u201cIn view of the various matters described in our communications, including the recent "
            "events in relation to company's subsidiary, Mumbai International Airport Limited (MIAL), we "
            "have assessed the appropriateness of our continuance as statutory auditors of the company and "
            "accordingly wish to communicate our intention to resign as statutory auditors,\u201d the "
            "auditor said."
        ),
        {A},
    ),
    # https://theedgemalaysia.com/article/konsortium-transnasional-classified-pn17-company (Konsortium
    # Transnasional Bhd, news, 2020-04-14): "said it has been classified as an affected issuer under Practice
    # Note 17 (PN17)": Bursa Malaysia's distressed-issuer status, told by the company
    (
        "dl-classified-as-affected-issuer-under-pn17",
        (
            "KUALA LUMPUR (April 14): Konsortium Transnasional Bhd (KTB) said it has been classified as an "
            "affected issuer under Practice Note 17 (PN17), after its auditors highlighted a material "
            "uncertainty in the company\u2019s ability to continue as a going concern in its audited "
            "financial statements for the financial year ended December 31, 2018 (FY18).\n\nPursuant to PN17 "
            "of the listing requirements, the company is required to regularise its condition within 12 "
            "months of the date of its first announcement, submit regularisation plans to the Securities "
            "Commission Malaysia and Bursa Malaysia and implement the regularisation plan within the "
            "timeframe as stipulated by the regulators.\n\nKTB is also required to announce whether the "
            "regularisation plan will result in a significant change in the business direction policy of the "
            "company, within three months of the first announcement.\n\nIf it fails to regularise its "
            "condition, the company risks a delisting from the exchange.\n\n\u201cAs at the date of this "
            "announcement, the company is looking into formulating a plan to regularise its financial "
            "condition and the announcement on the same will be made in due course in accordance to the "
            "listing requirements,\u201d said KTB in a filing today.\n\nIn its audited FY18 financial "
            "statements, its auditor Al Jafree Salihin Kuzaimi Plt highlighted that the group\u2019s current "
            "liabilities had exceeded its current assets by RM63 million, indicating the existence of a "
            "material uncertainty that may cast significant doubt on the ability of the group to continue as "
            "a going concern."
        ),
        {D, G},
    ),
    # https://sec.gov/Archives/edgar/data/352949/000095013403005157/d04546exv99w1.txt (Fleming Companies, Inc., press
    # release (8-K Exhibit 99.1), 2003-04-01): "The purpose of the Chapter 11 filing is to allow the company to ...
    # position itself for long-term success upon emergence from Chapter 11": an emergence still to come, not a case
    # already over
    (
        "bk-purpose-of-filing-success-upon-emergence-still-to-come",
        (
            "EXHIBIT 99.1 FLEMING FILES VOLUNTARY CHAPTER 11 PETITION All Facilities Open and Conducting "
            "Business; Company Committed to Protecting Customers and Vendors Reorganization Proceeding Will "
            "Enable Company to Better Realign Cost Structure and Reduce Debt DALLAS, TEXAS, APRIL 1/PR "
            "Newswire - First Call/- Fleming Companies (NYSE: FLM) today announced and its operating "
            "subsidiaries have filed voluntary petitions for reorganization under Chapter 11 of the U.S. "
            "Bankruptcy Code. The filings were made this morning in the U.S. Bankruptcy Court in Wilmington, "
            "Delaware. Fleming intends to use the Chapter 11 process to restructure its business operations "
            "and finances. The purpose of the Chapter 11 filing is to allow the company to establish an "
            "improved capital and cost structure, and position itself for long-term success upon emergence "
            "from Chapter 11."
        ),
        {B},
    ),
    # ---- an exchange that commenced delisting; a filing only speculated ------------------------------------
    # https://www.crainsnewyork.com/article/20070806/FREE/70806003/american-home-files-for-bankruptcy (American
    # Home Mortgage Corp., news, 2007-08-06): "before the New York Stock Exchange commenced delisting of all of
    # American Home's common and preferred shares": the exchange's action, the issuer named in the possessive
    (
        "dl-exchange-commenced-delisting-of-named-shares",
        (
            "Shares fell over 37% to 42 cents Monday, before the New York Stock Exchange commenced delisting "
            "of all of American Home's common and preferred shares."
        ),
        {D},
    ),
    # http://www.telegraph.co.uk/finance/markets/2805682/New-Century-shares-suspended-as-banks-cut-short-term-credit.html
    # (New Century Financial Corporation, news, date not shown): "it is only a matter of time before the company
    # files for bankruptcy": speculation about a filing to come
    (
        "bk-guard-only-a-matter-of-time-before-it-files",
        (
            "The filing prompted renewed speculation that it is only a matter of time before the company "
            "files for bankruptcy and becomes the biggest casualty yet of the crisis in the US sub-prime "
            "market, which lends to borrowers with poor credit histories."
        ),
        set(),
    ),
    # ---- a day inside the filing, ISA 570 with a comma, businesses at large, a lede with unquoted speech ----
    # https://www.nasdaq.com/articles/chuck-e.-cheese-parent-cec-entertainment-files-for-bankruptcy-2020-06-25
    # (CEC Entertainment, Inc., news, 2020-06-25): "said it has filed for voluntary protection on Thursday under
    # Chapter 11": the day named between the protection and its chapter
    (
        "bk-filed-for-voluntary-protection-on-a-day-under-chapter-11",
        (
            "(RTTNews) - Chuck E. Cheese parent company CEC Entertainment said it has filed for voluntary "
            "protection on Thursday under Chapter 11 of the U.S. Bankruptcy Code."
        ),
        {B},
    ),
    # https://theedgemalaysia.com/node/687922 (Khee San Bhd, news, 2023-10-27): "indicates the existence of a
    # material uncertainty, which may cast significant doubt": ISA 570's formula with a comma
    (
        "gc-material-uncertainty-comma-which-may-cast",
        (
            "\u201c[This] thereby indicates the existence of a material uncertainty, which may cast "
            "significant doubt on the group\u2019s and the company\u2019s ability to continue as a going "
            "concern,\u201d the auditor stated."
        ),
        {G},
    ),
    # https://materialaccounting.com/?post_type=post&p=55814 (company not named, journal article (repost), date
    # not shown): "Many businesses are facing increasing doubts about their ability to continue as a going
    # concern": businesses at large
    (
        "gc-guard-many-businesses-facing-doubts",
        (
            "Many businesses are facing increasing doubts about their ability to continue as a going "
            "concern, and the decisions that surround that determination have an impact on both management "
            "and auditors."
        ),
        set(),
    ),
    # https://www.autonews.com/article/20080204/OEM/302049879/plastech-files-for-chapter-11-bankruptcy (Plastech
    # Engineered Products Inc., news, 2008-02-04): the lede "Financially struggling Plastech Engineered Products Inc.
    # filed for Chapter 11 bankruptcy protection" in a news item whose "we" and "our" are Chrysler's, quoted without
    # quotation marks
    (
        "bk-news-lede-filer-with-unquoted-first-person-speech",
        (
            "DETROIT -- Financially struggling Plastech Engineered Products Inc. filed for Chapter 11 "
            "bankruptcy protection in Detroit on Friday night.\nIn an e-mail sent to Automotive News, "
            "founder and CEO Julie Brown said the longtime plastics parts supplier filed its Chapter 11 "
            "petition, but did not provide further details.\nBrowns company is the largest minority-owned "
            "supplier in the auto industry. North American plastics parts providers such as Plastech have "
            "been bludgeoned by higher raw materials costs and lower customer production volumes. At least "
            "two of Browns main competitors have also gone into bankruptcy in the last few years.\nEarlier "
            "today, Plastech received a huge setback when Chrysler LLC terminated its contracts with the "
            "supplier.\nWe notified Plastech a month ago of this pending action, Chrysler spokesman Kevin "
            "Frazier said. They were notified of the (contract) termination today.\nChrysler today also "
            "began moving its tooling from Plastech plants to competitors who will soon begin making plastic "
            "interior-trim parts for Chrysler vehicles such as the 300 sedan.\nThe loss of Chrysler business "
            "took place as Plastech attempted to win a $200-million bailout package aimed at stabilizing the "
            "suburban Detroit supplier.\nTerminating contracts and moving tools is a time-consuming and "
            "expensive step for an automaker. Such moves are taken when there is concern that a suppliers "
            "financial difficulties will interrupt the flow of parts to automaker assembly lines.\nAsked why "
            "Chrysler acted, Frazier says the automaker needed to safeguard the delivery of parts to our "
            "assembly pants and ensure that we achieve the highest level of quality for our Chrysler, Jeep "
            "and Dodge customers."
        ),
        {B},
    ),
    # ---- accounts a registrar or a parliament did not get --------------------------------------------------
    # https://www.portsmouth.co.uk/sport/football/gosport-borough-fc/gosport-borough-fc-under-fire-from-hmrc-over-missing-accounts-1-8434767
    # (Gosport Borough Football Club, news, 2018-03-27): "given a dissolution order by Companies House after
    # failing to submit accounts made up to April 28, 2016": the UK registrar's sanction, the accounts named by
    # their date
    (
        "late-dissolution-order-after-failing-to-submit-accounts",
        (
            "Gosport Borough Football Club has been given a dissolution order by Companies House after "
            "failing to submit accounts made up to April 28, 2016."
        ),
        {L},
    ),
    # https://www.theguardian.com/football/2018/jun/05/crystal-palace-threatened-with-being-dissolved-over-late-accounts
    # (CPFC 2010 Ltd (Crystal Palace FC), news, 2018-06-05): "threatened with being ... struck off the companies
    # register for being more than two months late filing their annual accounts": the register is no companies
    # in general
    (
        "late-months-late-filing-accounts-companies-register",
        (
            "Crystal Palace have been threatened with being dissolved and struck off the companies register "
            "for being more than two months late filing their annual accounts for last year."
        ),
        {L},
    ),
    # http://ewn.co.za/2018/03/09/question-mark-over-saa-s-viability-after-qualified-audit-report (South African
    # Airways SOC Ltd, news, 2018-03-09): "after SAA failed to produce its annual report": a state company's
    # report not laid before parliament
    (
        "late-failed-to-produce-its-annual-report",
        (
            "Makwetu revealed the dire state of SAA\u2019s finances in his audit report, which he tabled at "
            "Parliament after SAA failed to produce its annual report."
        ),
        {L},
    ),
    # ---- bankruptcy told by news: an adverb, a trade, an appositive, a headline's petition ------------------------
    # https://www.jdescalso.com/blog/2012/12/another-chapter-11-bankruptcy-for-a-solar-company.shtml (Signet Solar, other,
    # undated): "Signet Solar, a California-based solar panel manufacturer, recently filed": an adverb of time between the
    # named filer and its verb
    (
        "bk-named-filer-recently-filed-after-appositive",
        (
            "Another Chapter 11 bankruptcy for a solar company\n\nAlthough many of our California readers are "
            "probably tired of hearing about the solar energy industry, another company has made the news, and it"
            " isn't encouraging for the health of this sector of the economy. Signet Solar, a California-based "
            "solar panel manufacturer, recently filed for Chapter 11 bankruptcy."
        ),
        {B},
    ),
    # http://sfnblog.com/tags/bankruptcy?page=5 (Star Tribune Holdings Corp., other, 2009-04-22): "The newspaper publisher
    # filed for Chapter 11 bankruptcy protection on January 15": the story's subject named by its trade, far from the
    # opening
    (
        "bk-trade-noun-filer-later-in-story",
        (
            "Star Tribune Holdings Corp., publisher of the Minneapolis Star Tribune, has applied for a 90-day "
            "extension of its control over its bankruptcy proceedings, the Wall Street Journal reported today.\n\n"
            "The application was filed with the U.S. Bankruptcy Court in New York on Monday, and requests that "
            "the company retain independent control over its bankruptcy case until August 13, an extension from "
            "the original May 15 date. Without the judicial grant of an extension creditors and other parties may"
            " offer alternative approaches to the publisher's reorganisation of its debt.\n\nThe Star Tribune said "
            "the request would allow the publisher \"to avoid the necessity of having to finalise a plan of "
            "reorganisation prematurely and to ensure that their plan of reorganisation best addresses the "
            "interests of the (company), their employees, creditors and estates,\" company lawyers said in court "
            "papers.\n\nReasons behind the the extension application were the \"large and complex\" character of the "
            "proceedings and the company's desire to reach unanimous agreement with its creditors.\n\nThe newspaper"
            " publisher filed for Chapter 11 bankruptcy protection on January 15 after failed negotiations with "
            "the company's labour unions in an attempt to get $20 million in wage and benefit concessions. Of the"
            " Star Tribune's 1,597 staff, around are represented by unions, which include the Newspaper Guild and"
            " the International Brotherhood of Teamsters.\n\nThe extension hearing is set for May 6.\n\nAuthor\n\nLeah "
            "McBride Mensching\n\nDate\n\n2009-04-22 18:39"
        ),
        {B},
    ),
    # https://www.bioworld.com/articles/441617 (Luna Innovations Incorporated, other, undated): "Luna Innovations
    # (Roanoke, Virginia), a company focusing on ...": "a company" in apposition to a name is that company, not any
    # company
    (
        "bk-name-then-a-company-appositive",
        (
            "Luna Innovations (Roanoke, Virginia), a company focusing on sensing and instrumentation solutions "
            "and pharmaceutical nanomedicines, reported that it has voluntarily filed for reorganization under "
            "Chapter 11 of the U.S. Bankruptcy Code in the U.S. Bankruptcy Court for the Western District of "
            "Virginia."
        ),
        {B},
    ),
    # https://www.san-antonioattorney.com/external-defibrillator-manufacturer-files-chapter-11-petition-for-debt-
    # restructuring/ (Cardiac Science Corporation, other, undated): "announced ... about its recent filing for voluntary
    # petition under the Chapter 11": the company's own filing as a noun
    (
        "bk-its-recent-filing-for-voluntary-petition",
        (
            "Cardiac Science Corporation, an external defibrillators (AEDs) manufacturer based in Wisconsin, "
            "announced to the public today about its recent filing for voluntary petition under the Chapter 11 "
            "United States Bankruptcy Code."
        ),
        {B},
    ),
    # https://www.san-antonioattorney.com/external-defibrillator-manufacturer-files-chapter-11-petition-for-debt-
    # restructuring/ (Cardiac Science Corporation, other, undated): a headline, "Files Chapter 11 Petition"
    (
        "bk-headline-files-chapter-11-petition",
        (
            "External Defibrillator Manufacturer Files Chapter 11 Petition for Debt Restructuring"
        ),
        {B},
    ),
    # https://www.rbankslawfirm.com/blog/2016/11/two-tennessee-long-term-care-facilities-enter-business-bankruptcy/
    # (Highlands of Memphis and Highlands of Dyersburg (long-term care operators), other, 2016-11-23): "Two long-term care
    # operators in Tennessee recently announced that they are voluntarily filing": the operators speak of their own filing
    # (no one else's tenants)
    (
        "bk-operators-announced-they-are-voluntarily-filing",
        (
            "Two long-term care operators in Tennessee recently announced that they are voluntarily filing for "
            "Chapter 11 bankruptcy protection."
        ),
        {B},
    ),
    # ---- exchange notices in news words, a standard left open, the CCAA's name ------------------------------------
    # https://ggbnews.com/article/dover-downs-put-on-notice-by-nyse-as-shares-fall/ (Dover Downs Gaming & Entertainment,
    # Inc., other, undated): "was put on notice by the New York Stock Exchange last week, after the average closing price
    # of its common shares had fallen below $1": the exchange's warning in news words
    (
        "dl-put-on-notice-by-the-nyse",
        (
            "Dover Downs, Delaware\u2019s only publicly traded casino, was put on notice by the New York Stock "
            "Exchange last week, after the average closing price of its common shares had fallen below $1 for 30 "
            "consecutive days. Under NYSE rules, the company\u2019s shares must trade above $1 to be eligible for "
            "listing on the exchange."
        ),
        {D},
    ),
    # https://stocktitan.net/news/UAMY/united-states-antimony-corporation-uamy-receives-nyse-notice-4sygxwmix6eu.html
    # (United States Antimony Corporation, press release, 2023-04-21): "received notice from the New York Stock Exchange
    # (the "NYSE") indicating that ... it is not in compliance with Section 1007 of the NYSE America Company Manual": the
    # exchange by its full name, its rules as a "Company Manual"
    (
        "dl-notice-from-the-new-york-stock-exchange-company-manual",
        (
            "THOMPSON FALLS, MT / ACCESSWIRE / April 21, 2023 / United States Antimony Corporation (NYSE:UAMY) "
            "(\"USAC\" or the \"Company\") today announced that it received notice from the New York Stock Exchange "
            "(the \"NYSE\") indicating that because the Company did not file its Annual Report on Form 10-K for the"
            " year ended December 31, 2022 (the \"Form 10-K\"), it is not in compliance with Section 1007 of the "
            "NYSE America Company Manual as a result of its failure to timely file its Annual Report on Form 10-K"
            " for the year ended December 31, 2022 (the \"2022 Form 10-K) with the Security and Exchange "
            "Commission.(the \"SEC\")."
        ),
        {D, L},
    ),
    # https://cbtnews.com/nasdaq-issues-non-compliance-notice-to-electric-last-mile-solutions (Electric Last Mile
    # Solutions, Inc., other, undated): "A non-compliance notice has been issued to electric vehicle startup Electric Last
    # Mile Solutions Inc. from the Nasdaq Stock Market": the receiver named after the notice
    (
        "dl-non-compliance-notice-issued-to-named-startup",
        (
            "A non-compliance notice has been issued to electric vehicle startup Electric Last Mile Solutions "
            "Inc. from the Nasdaq Stock Market for failing to file specific reports with the Securities and "
            "Exchange Commission."
        ),
        {D},
    ),
    # https://investorplace.com/2024/01/muln-stock-alert-mullen-regains-nasdaq-minimum-bid-price-compliance/ (Mullen
    # Automotive Inc., other, 2024-01-25): bid-price compliance regained, but the annual-meeting deficiency under Listing
    # Rule 5620(a) is still open: a cure of one standard cures no other
    (
        "dl-bid-price-regained-annual-meeting-still-open",
        (
            "Mullen Automotive (NASDAQ:MULN) stock will continue to trade on the Nasdaq, as the electric vehicle "
            "(EV) company has announced that it has regained compliance with Nasdaq\u2019s minimum bid price "
            "requirement of $1. The company regained compliance after initiating a 1-for-100 reverse stock split "
            "and having a closing price of at least $1 for 20 consecutive trading days. Since 2023, Mullen has "
            "now initiated reverse splits in a cumulative ratio of 1-for-22,500.\nHowever, Mullen is still on the "
            "hook for another compliance issue, although this one will be much easier to resolve than the minimum"
            " bid price requirement. Mullen held its last annual meeting on Aug. 3, although Nasdaq stated that "
            "the meeting did not comply with Listing Rule 5620(a) because the company did not provide "
            "shareholders a chance to discuss company matters with management.\nNasdaq provided the company with a"
            " deadline of March 8 to hold an eligible meeting."
        ),
        {D},
    ),
    # https://thebrief.com.na/2022/08/trevali-suspends-rosh-pinah-mine-expansion (Trevali Mining Corporation, other,
    # undated): "Its shares have been suspended from trading on the Toronto Stock Exchange ... under the Companies'
    # Creditors Arrangement Act (CCAA)": the Act's "Companies" is no rule about any company
    (
        "dl-suspended-from-tsx-with-ccaa-named",
        (
            "Its shares have been suspended from trading on the Toronto Stock Exchange, with Lima Stock Exchange,"
            " OTCQX and Frankfurt Stock Exchange expected to follow suit, and was granted an initial order for "
            "protection from the British Columbia Supreme Court under the Companies\u2019 Creditors Arrangement Act "
            "(CCAA)."
        ),
        {D},
    ),
    # ---- late reports: statements named by their year, a cease trade order's cause, the 12b-25 period missed ------
    # http://municipalsdaily.com/cgi-bin/fetchstory.pl?issuer=44657&story=84981&sector=BKDDHY&first=T (Bally Total Fitness
    # Holding Corporation, other, 2006-03-24): "the company's failure to file its year-end 2005 financial statements with
    # the Securities and Exchange Commission": the statements named by their year
    (
        "late-failure-to-file-its-year-end-financial-statements",
        (
            "Pittsburgh, March 24 - Bally Total Fitness Corp. will seek waivers of defaults arising from the "
            "company's failure to file its year-end 2005 financial statements with the Securities and Exchange "
            "Commission from holders of its 10\u00bd% senior notes due 2011 and 9 7/8% senior subordinated notes due "
            "2007, according to a company news release."
        ),
        {L},
    ),
    # https://dev.greenmarketreport.com/?p=61490 (CannTrust Holdings Inc., other, 2020-04-13): "a cease trade order issued
    # by the Ontario Securities Commission as a result of CannTrust's failure to file the following periodic disclosure":
    # the order without "was", its cause named as the company's
    (
        "late-cease-trade-order-issued-as-a-result-of-named-failure",
        (
            "CannTrust Holdings Inc. (NYSE: CTST) announced that, after the close of markets on April 13, 2020, "
            "the company received a cease trade order issued by the Ontario Securities Commission as a result of"
            "  CannTrust\u2019s failure to file the following periodic disclosure required by Ontario securities "
            "legislation:\n\n  \u2022 The Company\u2019s audited annual financial statements for the year ended December 31, "
            "2019;"
        ),
        {L},
    ),
    # https://cbtnews.com/nasdaq-issues-non-compliance-notice-to-electric-last-mile-solutions (Electric Last Mile
    # Solutions, Inc., other, undated): the NT 10-K quoted: "does not expect to do so within the timeframe specified by
    # Rule 12b-25"
    (
        "late-not-within-the-timeframe-of-rule-12b-25",
        (
            "The notice comes after the company\u2019s April 5 filing with the SEC, which stated, \u201cThe Company\u2019s "
            "management is working diligently to complete the Form 10-K and intends to file the Form 10-K as soon"
            " as practicable, but does not expect to do so within the timeframe specified by Rule 12b-25.\u201d"
        ),
        {L},
    ),
    # ---- going concern: the company by its name; the phrase quoted and taken out ----------------------------------
    # https://backend.710302.xyz:443/https/ca.investing.com/news/company-news/hcw-biologics-changes-auditor-cites-no-
    # disagreements-93CH-3610705 (HCW Biologics Inc., other, undated): "an explanatory paragraph was included,
    # highlighting concerns about HCW Biologics' ability to continue as a going concern": the company by its name
    (
        "gc-concerns-about-named-company-ability",
        (
            "However, an explanatory paragraph was included, highlighting concerns about HCW Biologics' ability "
            "to continue as a going concern as of December 31, 2023."
        ),
        {G},
    ),
    # https://www.thestreet.com/investing/norwegian-cruise-line-nclh-auditor-going-concern-warning-removed (Norwegian
    # Cruise Line Holdings Ltd., other, 2020-07-09): the auditors "remove the phrase 'substantial doubt about NCLH's
    # ability to continue as a going concern'": the words quoted and taken out, no doubt stated
    (
        "gc-auditor-removes-the-quoted-phrase",
        (
            "Auditors for Norwegian Cruise Line remove the phrase 'substantial doubt about NCLH\u2019s ability to "
            "continue as a going concern' thanks to the company's 'liquidity and management plans.'\n\nNorwegian "
            "Cruise Line (NCLH) - Get Report said that while it was still experiencing difficult times amid the "
            "Covid-19 pandemic and shutdown of the cruise and tourism industries, it was experiencing calmer "
            "waters.\n\nIn a filing with the Securities and Exchange Commission, the cruise operator said that on "
            "advice from accounting firm PriceWaterhouseCoopers it was amending the phrase \u201csubstantial doubt "
            "about NCLH\u2019s ability to continue as a going concern\u201d within its financial statements, thanks to "
            "\u201cNCLH\u2019s liquidity and management plans.\u201d"
        ),
        set(),
    ),
    # ---- a suspension over "delayed filing"; a delisting the company requested ------------------------------------
    # https://bizwatchnigeria.ng/nigerian-stock-exchange-announces-suspension-of-trading-in-shares-of-11-companies/
    # (Conoil; FTN Cocoa Processors; Goldlink Insurance; Lasaco Assurance; Niger Insurance; R.T. Briscoe; Resort Savings &
    # Loans; Royal Exchange; Standard Alliance Insurance; Universal Insurance, other, undated): "suspended trading in the
    # shares of 11 companies over delayed filing of accounts": the late accounts named as "delayed filing"
    (
        "dl-late-exchange-suspends-counted-companies-over-delayed-filing",
        (
            "The Nigerian Stock Exchange (NSE) on Tuesday suspended trading in the shares of 11 companies over "
            "delayed filing of accounts."
        ),
        {D, L},
    ),
    # https://capedge.com/filing/819220/0001193125-19-187370/LABL-8K (Multi-Color Corporation, 8-K, 2019-07-01): "the
    # Company requested that Nasdaq delist the Company Common Stock ... and, as a result, trading ... was suspended": the
    # company's own request after its merger closed
    (
        "dl-company-requested-that-nasdaq-delist-after-merger",
        (
            "In addition, the Company requested that Nasdaq delist the Company Common Stock before the "
            "commencement of trading on July 2, 2019, and, as a result, trading of Company Common Stock on Nasdaq"
            " was suspended as of approximately 4:00 p.m. Eastern Time on July 1, 2019."
        ),
        set(),
    ),
    # ---- a delayed filing to the SEC, a change of auditing firms, a headline naming the auditors ------------------
    # http://www.taipeitimes.com/News/biz/archives/2003/11/23/2003076988 (Hollinger International Inc., other,
    # 2003-11-23): "In a delayed filing to American regulator the securities and exchange commission, Hollinger was also
    # forced to admit its third-quarter report was "deficient"": a late report; the regulator's "exchange" and a
    # "deficient" report are no exchange's notice
    (
        "late-delayed-filing-to-the-sec-report-deficient",
        (
            "In a delayed filing to American regulator the securities and exchange commission, Hollinger was also"
            " forced to admit its third-quarter report was \"deficient\" because it had not been reviewed by "
            "independent accountants or signed off by the chief executive and finance director."
        ),
        {L},
    ),
    # https://refrmadness.blogspot.com/2005/04/dreaded-auditor-change.html (Research Frontiers Inc. (REFR), other,
    # 2005-04-26): "the dreaded change of auditing firms, from KPMG to BDO Seidman": the change named with the firm that
    # left
    (
        "ac-change-of-auditing-firms-from-one-to-another",
        (
            "REFR filed an 8-K yesterday that, just a few years ago, would have put fear into the heart of even "
            "the most jaded investor -- the dreaded change of auditing firms, from KPMG to BDO Seidman."
        ),
        {A},
    ),
    # https://www.socialnews.xyz/2020/11/11/material-uncertainty-about-companys-ability-to-continue-as-a-going-concern-
    # mcleod-russel-auditors/ (McLeod Russel India Limited, other, 2020-11-11): a headline that quotes the auditors and
    # names them after a colon: "Material uncertainty about company's ability to continue as a going concern: McLeod
    # Russel auditors"
    (
        "gc-headline-material-uncertainty-colon-auditors",
        (
            "Material uncertainty about company\u2019s ability to continue as a going concern: McLeod Russel auditors"
        ),
        {G},
    ),
    # https://ebs.publicnow.com/view/9CE87A7AF65979151ACFB405A80E9A0286A1F2AC (Eagle Pharmaceuticals, Inc., 8-K,
    # 2024-11-21): "EY has not provided a report on the Company's consolidated financial statements ... due to the
    # Company's previously disclosed reporting delays": the annual report still not out
    (
        "late-the-companys-previously-disclosed-reporting-delays",
        (
            "EY has not provided a report on the Company's consolidated financial statements as of and for the "
            "fiscal year ended December 31, 2023 due to the Company's previously disclosed reporting delays in "
            "connection with the restatement process described below."
        ),
        {L},
    ),
    # ---- late reports and notices: a closed quarter, periodic reports lodged late, delayed reports, a cure dated by its letter ----
    # https://www.americanbanker.com/news/nasdaq-issues-warning-to-tennessee-commerce (Tennessee Commerce Bancorp Inc.;
    # Suffolk Bancorp, other, undated): "it has not filed its financial statement with the Securities and Exchange
    # Commission for the quarter that ended Sept. 30": a closed quarter's statements still missing
    (
        "late-has-not-filed-its-financial-statement-for-the-quarter",
        (
            "The $1.2 billion-asset company said Tuesday that it has not filed its financial statement with the "
            "Securities and Exchange Commission for the quarter that ended Sept. 30."
        ),
        {L},
    ),
    # https://www.middle.news/articles/2025/08/31/asx-suspends-six-companies-over-late-reports-whats-next (BWE Drilling
    # Ltd; CAQ Holdings Limited; Investor Centre Limited; Multistack International Limited; Pro-Pac Packaging Limited,
    # other, 2025-08-31): "The ASX has suspended trading in six companies ... due to late lodgement of mandatory periodic
    # reports": the reports named as periodic
    (
        "late-suspended-due-to-late-lodgement-of-periodic-reports",
        (
            "Late Reporting Triggers ASX Suspension for Six Listed Firms\nThe ASX has suspended trading in six "
            "companies starting 1 September 2025 due to late lodgement of mandatory periodic reports."
        ),
        {D, L},
    ),
    # https://www.business-standard.com/amp/world-news/china-property-developer-country-garden-makes-pwc-resign-as-
    # auditor-124090501190_1.html (Country Garden Holdings Co. Ltd., other, undated): "suspended from trading since April
    # 2 pending the release of its 2023 full year and 2024 interim financial results": two periods' results named before
    # the noun
    (
        "late-suspended-pending-full-year-and-interim-financial-results",
        (
            "Its shares have been suspended from trading since April 2 pending the release of its 2023 full year "
            "and 2024 interim financial results."
        ),
        {L},
    ),
    # http://www.semiconductor-today.com/news_items/2008/FEB/KOPINLAM_110208.htm (Kopin Corp (also Lam Research Corp),
    # other, 2008-02-11): "extended the deadline ... for Kopin Corp ... to file all delayed periodic reports": the reports
    # named as delayed
    (
        "late-deadline-extended-to-file-all-delayed-periodic-reports",
        (
            "The Nasdaq Stock Market has extended the deadline from 11 February to 17 March for Kopin Corp of "
            "Taunton, MA, USA to file all delayed periodic reports with the US Securities and Exchange Commission"
            " (SEC), necessary to regain compliance with Nasdaq Marketplace Rule 4310(c)(14)."
        ),
        {L},
    ),
    # http://www.semiconductor-today.com/news_items/2008/FEB/KOPINLAM_110208.htm (Kopin Corp (also Lam Research Corp),
    # other, 2008-02-11): "has previously received Nasdaq notifications for failing to file its Q3/2006 Form 10-Q": the
    # exchange's notices named by their cause
    (
        "dl-received-nasdaq-notifications-for-failing-to-file",
        (
            "Kopin, which makes heterojunction bipolar transistors (HBTs) and liquid-crystal CyberDisplays, has "
            "previously received Nasdaq notifications for failing to file its Q3/2006 Form 10-Q, 2006 Form 10-K, "
            "and Q1, Q2 and Q3/2007 Form 10-Q financial reports."
        ),
        {D},
    ),
    # http://in.reuters.com/article/toshiba-probe-idINL3N0YD1P820150522 (Toshiba Corp, other, 2015-05-22): "has forced
    # Toshiba to delay reporting its earnings for the fiscal year ended in March": a year's earnings report put off
    (
        "late-forced-to-delay-reporting-its-earnings-for-the-year",
        (
            "The accounting probe - the second at the company in less\nthan two years - has forced Toshiba to "
            "delay reporting its\nearnings for the fiscal year ended in March."
        ),
        {L},
    ),
    # https://www.sec.gov/Archives/edgar/data/834285/000143774923007866/ex_492815.htm (Republic First Bancorp, Inc., press
    # release, 2023-03-24): a release dated March 24 reports the March 17 letter that compliance was regained and a new
    # notice of March 23 for the late 2022 Form 10-K: the cure is dated by its letter, not by the release's dateline, so
    # the later notice stays open
    (
        "dl-compliance-letter-dated-before-a-new-late-filing-notice",
        (
            "Exhibit 99.1\nRepublic First Bancorp, Inc. Receives Compliance Notice and New Notice of Non-"
            "Compliance from Nasdaq\nPhiladelphia, PA, March 24, 2023 [/PRNewswire/] -- Republic First Bancorp, "
            "Inc. (NASDAQ: FRBK) (the \u201cCompany\u201d), the holding company for Republic First Bank d/b/a Republic "
            "Bank, announced that on March 17, 2023, following the filing of the Company\u2019s Quarterly Report on "
            "Form 10-Q for the three and nine months ended September 30, 2022, the Company received formal notice"
            " from The Nasdaq Stock Market LLC (\u201cNasdaq\u201d) confirming that the Company had regained compliance "
            "with the filing requirement set forth in Nasdaq Listing Rule 5250(c)(1) (the \u201cFiling Requirement\u201d) "
            "by filing the Form 10-K for the fiscal year ended December 31, 2021, and the Forms 10-Q for the "
            "periods ended March 31, June 30, and September 30, 2022 with the Securities and Exchange Commission "
            "(the \u201cSEC\u201d). Nasdaq advised the Company that the Nasdaq Hearings Panel (the \u201cPanel\u201d) would retain "
            "jurisdiction over the listing matter until the Company demonstrates compliance with all applicable "
            "criteria for continued listing on The Nasdaq Global Market, including the annual shareholder meeting"
            " requirement under Nasdaq Listing Rule 5620(a).\nThereafter, on March 23, 2023, Nasdaq notified the "
            "Company that because the Company\u2019s Form 10-K for the fiscal year ended December 31, 2022 (the \u201c2022 "
            "Form 10-K\u201d) was not timely filed with the SEC, the Company did not satisfy the Filing Requirement "
            "and that the Panel would consider the additional deficiency in its deliberations regarding the "
            "Company\u2019s continued listing. The Company was provided with the opportunity to present its plan to "
            "file the 2022 Form 10-K with the SEC and thereby evidence compliance with the Filing Requirement for"
            " the Panel\u2019s review by no later than March 30, 2023. At present, the Company expects to complete and"
            " file the 2022 Form 10-K with the SEC by May 1, 2023."
        ),
        {D, L},
    ),
    # https://bbcworldnewstoday.com/ensilica-shares-sink-as-chipmaker-warns-on-survival-without-more-funding/index.php
    # (EnSilica plc, other, undated): the company's statement quoted with an ellipsis: "[The] situation gives rise to a
    # material uncertainty...that may cast significant doubt on the entity's ability to continue as a going concern" (ISA
    # 570's "the entity" in a company's own words)
    (
        "gc-gives-rise-to-a-material-uncertainty-on-the-entity",
        (
            "\u201c[The] situation gives rise to a material uncertainty\u2026that may cast significant doubt on the "
            "entity\u2019s ability to continue as a going concern and in such circumstances it may therefore be unable"
            " to realise its assets and discharge its liabilities in the normal course of business.\u201d"
        ),
        {G},
    ),
    # ---- going concern in a report's inclusion, a guide's lead; bankruptcy told in shorthand, by a court's grant, by the Code; a notice in the active; an NT headline ----
    # https://www.sec.gov/Archives/edgar/data/1687932/000156459020029393/R25.htm (SEC registrant CIK 1687932 (name not
    # shown in source), 10-K, 2020-02-01): "the inclusion of substantial doubt about the Company's ability to continue as
    # a going concern in the report of our independent registered public accounting firm": the auditor's report carries
    # the doubt
    (
        "gc-inclusion-of-substantial-doubt-in-the-report-of-the-firm",
        (
            "However, the inclusion of substantial doubt about the Company\u2019s ability to continue as a going "
            "concern in the report of our independent registered public accounting firm on our accompanying "
            "financial statements for the fiscal year ended February 1, 2020 results in a violation of "
            "affirmative covenants under our ABL Facility and Term Loan Agreement."
        ),
        {G},
    ),
    # https://legalclarity.org/what-is-a-going-concern-qualification (Explainer (no company), other, undated): a guide's
    # lead that bids the reader learn: "Decode the going concern qualification: the auditor's formal warning ..."
    (
        "gc-guide-lead-decode-the-qualification",
        (
            "What Is a Going Concern Qualification?\nDecode the going concern qualification: the auditor's formal "
            "warning that challenges a company's fundamental assumption of survival."
        ),
        set(),
    ),
    # https://www.jrhwlaw.com/newsletters/bankruptcy/case-commencement/ (Law firm explainer (no company), other, undated):
    # "Under the Bankruptcy Code, a voluntary or involuntary case is commenced by filing a petition with the bankruptcy
    # court": the Code's procedure, any case
    (
        "bk-code-a-voluntary-or-involuntary-case-is-commenced",
        (
            "Under the Bankruptcy Code, a voluntary or involuntary case is commenced by filing a petition with "
            "the bankruptcy court."
        ),
        set(),
    ),
    # https://prospectnews.com/cgi-bin/fetchstory.pl?issuer=15537&story=705696&sector=DD&first=E (Energy Future Holdings
    # Corp., other, 2015-10-30): news shorthand without "for": "Energy Future, a Dallas-based power generation company and
    # utility operator, filed bankruptcy on April 29, 2014"
    (
        "bk-named-company-filed-bankruptcy-on-date",
        (
            "Energy Future, a Dallas-based power generation company and utility operator, filed bankruptcy on "
            "April 29, 2014."
        ),
        {B},
    ),
    # http://www.abfjournal.com/dailynews/Cortland+Capital+Agents+%24135MM+DIP+for+Gibson (Gibson Brands, Inc., other,
    # undated): "The U.S. Bankruptcy Court granted, on an interim basis, Gibson Brand's first-day motions, including an
    # authorization for $135 million of debtor-in-possession (DIP) financing": the acronym between the words
    (
        "bk-court-granted-first-day-motions-dip-financing",
        (
            "The U.S. Bankruptcy Court granted, on an interim basis, Gibson Brand\u2019s first-day motions, including "
            "an authorization for $135 million of debtor-in-possession (DIP) financing."
        ),
        {B},
    ),
    # https://www.hartenergy.com/exclusives/chesapeake-energy-receives-continued-listing-notice-184734 (Chesapeake Energy
    # Corp., other, 2019-12-13): "on Dec. 10, the NYSE issued a written notice to Chesapeake of its noncompliance with the
    # standard": the exchange's notice in the active, the receiver named
    (
        "dl-exchange-issued-a-written-notice-to-named-company",
        (
            "As a result, on Dec. 10, the NYSE issued a written notice to Chesapeake of its noncompliance with "
            "the standard."
        ),
        {D},
    ),
    # https://www.creditbubblestocks.com/2014/03/james-river-coal-company-files-form-nt.html (James River Coal Company,
    # other, undated): a headline's present without an article: "James River Coal Company Files Form NT 10-K -
    # Notification of inability to timely file Form 10-K"
    (
        "late-headline-files-form-nt-10-k",
        (
            "James River Coal Company Files Form NT 10-K - Notification of inability to timely file Form 10-K"
        ),
        {L},
    ),
    # https://www.olshanlaw.com/blogs-Securities-Law-Blog,the-sec-reminds-public-companies-that-all (Olshan Frome Wolosky
    # LLP (law-firm blog; no filer), other, undated): what Rule 12b-25 asks: "the company files a Form 12b-25 (commonly
    # known as a Form NT ...) no later than one business day after the due date" (a rule's present with an article, not a
    # headline)
    (
        "late-rule-the-company-files-a-form-12b-25",
        (
            "the company files a Form 12b-25 (commonly known as a Form NT for \u201cNon-Timely\u201d) no later than one "
            "business day after the due date,\n  \u2022 the company discloses therein the reason or reasons causing the"
            " inability to file timely without unreasonable effort or expense, and whether there are any "
            "anticipated significant changes in results of operations from the corresponding period of the prior "
            "year, and\n  \u2022 the company files the Form 10-K no later than the 15th calendar day, or the Form10-Q "
            "no later than the 5th calendar day, following the due date."
        ),
        set(),
    ),
    # ---- reports not issued or provided, a show-cause notice from Bursa, a company's own decision to de-list ------
    # https://crn.com/news/networking/18842165/nortel-will-re-revise-2003-results (Nortel Networks Corporation, other,
    # undated): "Nortel won't be able to file its annual report for 2003 with the SEC": the report of a closed year not
    # yet filed
    (
        "late-wont-be-able-to-file-its-annual-report-for-a-closed-year",
        (
            "Until the latest revisions are ready, Nortel won't be able to file its annual report for 2003 with "
            "the SEC."
        ),
        {L},
    ),
    # https://scib.listedcompany.com/news.html/id/2358863 (Sarawak Consolidated Industries Berhad (SCIB), other,
    # 2021-11-03): Bursa Malaysia's circular: "The above Company has failed to issue its annual report ... for the
    # financial period ended 30 June 2021"
    (
        "late-has-failed-to-issue-its-annual-report",
        (
            "The above Company has failed to issue its annual report that includes the annual audited financial "
            "statements together with the auditors' and directors' reports for the financial period ended 30 June"
            " 2021"
        ),
        {L},
    ),
    # https://theedgemalaysia.com/node/710165 (Annum Bhd (formerly Cymao Holdings Bhd), other, 2024-05-02): "it has
    # received a show-cause notice from Bursa Malaysia over the company's failure to issue its annual report for the
    # financial period ended June 30, 2023": the exchange by its name, the report not issued
    (
        "dl-received-a-show-cause-notice-from-bursa",
        (
            "KUALA LUMPUR (May 2): Loss-making Annum Bhd (formerly Cymao Holdings Bhd) said on Thursday it has "
            "received a show-cause notice from Bursa Malaysia over the company's failure to issue its annual "
            "report for the financial period ended June 30, 2023 (FY2023), which was due on Oct 31, 2023."
        ),
        {D, L},
    ),
    # http://suqalmal.blogspot.com/2010/05/dubai-holdings-commercial-operations.html (Dubai Holding Commercial Operations
    # Group (DHCOG); International Investment Group (IIG); Nakheel; TID Sukuk, other, 2010-05-02): "NasdaqDubai also
    # announced that it had suspended IIG for failure to provide its 2009 financials": the accounts named by their year
    (
        "late-suspended-for-failure-to-provide-its-financials",
        (
            "NasdaqDubai also announced that it had suspended IIG for failure to provide its 2009 financials"
        ),
        {L},
    ),
    # https://www.thenational.ae/business/markets/chinese-security-company-leaves-nasdaq-dubai-1.439693 (China Security &
    # Surveillance Technology, other, 2011-05-23): "were behind the decision to de-list, the company said"; the board
    # "determined that the proposed de-listing ... were in the best interests of the company": the company's own decision
    (
        "dl-decision-to-de-list-the-company-said",
        (
            "\"Market conditions\" and a planned merger with Rightmark Holdings, based in the British Virgin "
            "Islands and owned by Guoshen Tu, a wealthy Chinese businessman, were behind the decision to de-list,"
            " the company said on Friday.\n\nThe board \"determined that the proposed de-listing and suspension of "
            "listing were in the best interests of the company and its stockholders\",it said."
        ),
        set(),
    ),
    # ---- an auditor named by the company's possessive, a guide about itself; a case under way; red flags on the status ----
    # https://investorshangout.com/post/view?id=3824976 (Herbalife Ltd., other, 2013-04-29): "Herbalife's previous auditor
    # had recently resigned due to independence issues": the company's auditor named by the company's possessive
    (
        "ac-named-company-previous-auditor-had-resigned",
        (
            "Herbalife\u2019s previous auditor had recently resigned due to independence issues, so the company was "
            "unable to provide reviewed financial statements as required."
        ),
        {A},
    ),
    # https://singaporelegaladvice.com/law-articles/removal-resignation-company-auditor-singapore/ (n/a (legal explainer,
    # Singapore), other, 2019-09-06): "This article discusses the removal and resignation of a company auditor from a
    # company in Singapore": a guide speaking of itself
    (
        "ac-this-article-discusses-removal-and-resignation",
        (
            "This article discusses the removal and resignation of a company auditor from a company in Singapore."
        ),
        set(),
    ),
    # https://rhmfirm.com/blog/2014/december/delia-s-files-for-bankruptcy (Delia*s, Inc., other, 2014-12-08): "It listed
    # its liabilities at $32.2 million in its filing with a U.S. bankruptcy court": the company's own filing
    (
        "bk-its-filing-with-a-us-bankruptcy-court",
        (
            "It listed its liabilities at $32.2 million in its filing with a U.S. bankruptcy court."
        ),
        {B},
    ),
    # https://www.computerweekly.com/news/2240049933/WorldCom-posts-flat-revenue-sees-80bn-in-charges (WorldCom, Inc.,
    # other, undated): "must file monthly financial statements with the bankruptcy court during its Chapter 11
    # reorganization": a case under way
    (
        "bk-during-its-chapter-11-reorganization",
        (
            "WorldCom, which has warned that its accounting problems may exceed $9bn, must file monthly financial"
            " statements with the bankruptcy court during its Chapter 11 reorganization."
        ),
        {B},
    ),
    # https://verizon.com/about/news/mci-completes-restatement-and-2002-audit (MCI (WorldCom, Inc.), press release,
    # 2004-03-12): "one of the last remaining milestones on our path to emerge from Chapter 11 protection": still in the
    # case
    (
        "bk-our-path-to-emerge-from-chapter-11",
        (
            "It is one of the last remaining milestones on our path to emerge from Chapter 11 protection."
        ),
        {B},
    ),
    # https://businessamlive.com/auditors-raise-red-flag-rt-briscoe-nigeria-subsidiarys-going-concern-status (RT Briscoe
    # (Nigeria) Plc, other, 2017-07-20): "Red flags appear to have been raised on the going concern status of RT Briscoe
    # Plc by KPMG Professional Services, its independent auditors"
    (
        "gc-red-flags-raised-on-the-going-concern-status",
        (
            "Red flags appear to have been raised on the going concern status of RT Briscoe Plc by KPMG "
            "Professional Services, its independent auditors, going by Businessamlive\u2019s careful examination of "
            "the wordings of their opinion contained in the Auditors Report of the company in the 2016 Annual "
            "Report and Financial Statements at page 22."
        ),
        {G},
    ),
    # ---- material uncertainty over a retailer's ability; recognition asked, CCAA proceedings; a first stage of delisting; a re-pitch declined ----
    # https://www.reuters.com/article/mothercare-results/mothercare-first-half-sales-drop-raises-going-concern-risk-
    # idUSL4N28K27R (Mothercare plc, other, 2019-12-10): "its auditors warned of 'material uncertainty' over the
    # struggling British baby products retailer's ability to continue as a going concern"
    (
        "gc-auditors-warned-of-material-uncertainty-over-retailers-ability",
        (
            "Dec 10 (Reuters) - Mothercare Plc on Tuesday said its auditors warned of \u201cmaterial uncertainty\u201d over"
            " the struggling British baby products retailer\u2019s ability to continue as a going concern, while "
            "reporting lower half-year sales."
        ),
        {G},
    ),
    # https://www.law360.com/articles/1464864/chinese-housing-developer-aims-to-restructure-780m-debt (RongXingDa
    # Development (BVI) Ltd., other, 2022-02-14): "asked a New York bankruptcy court Monday to recognize proceedings it
    # started in the British Virgin Islands": chapter 15 recognition sought
    (
        "bk-asked-a-bankruptcy-court-to-recognize-proceedings",
        (
            "By Rick Archer (February 14, 2022, 12:02 PM EST) -- Chinese real estate developer RongXingDa "
            "Development (BVI) Ltd. asked a New York bankruptcy court Monday to recognize proceedings it started "
            "in the British Virgin Islands last week to restructure nearly $780 million in debt."
        ),
        {B},
    ),
    # https://mmqb.io/news/inscape-in-trouble-files-for-ccaa-protection (Inscape Corporation, other, undated): "have
    # initiated proceedings in the Ontario Superior Court of Justice under the Companies' Creditors Arrangement Act"
    (
        "bk-initiated-proceedings-under-the-ccaa",
        (
            "Inscape Corporation, a publicly-held corporation listed on the Toronto Stock Exchange, announced "
            "Friday that the company and its subsidiaries, Inscape Inc. (\"INI\") and Inscape (New York) Inc. "
            "(\"Inscape NY\" and together with Inscape and INI, \"Inscape Group\") have initiated proceedings in the "
            "Ontario Superior Court of Justice under the Companies' Creditors Arrangement Act (aka \"CCAA\")."
        ),
        {B},
    ),
    # https://www.engage.hoganlovells.com/knowledgeservices/news/deja-vu-hong-kong-court-orders-winding-up-of-bermuda-
    # based-listco-despite-pls-objections (Up Energy Development Group Ltd., other, undated): "The company had already
    # been placed into the first stage of delisting from HKEx": Hong Kong's staged delisting
    (
        "dl-placed-into-the-first-stage-of-delisting",
        (
            "The company had already been placed into the first stage of delisting from HKEx and was subject to "
            "various conditions before trading in its shares could resume."
        ),
        {D},
    ),
    # https://www.thetimes.co.uk/article/hunt-is-on-for-aston-martin-auditor-sbzm6wbjz (Aston Martin Lagonda; The People's
    # Operator, other, 2019-01-03): "KPMG, which has been in the role since 2007, declined an invitation to re-pitch for
    # the work": the auditor will not stand again
    (
        "ac-auditor-declined-an-invitation-to-re-pitch",
        (
            "KPMG, which has been in the role since 2007, declined an invitation to re-pitch for the work, with "
            "the hunt for a new auditor being triggered for corporate governance reasons and not dissatisfaction "
            "with KPMG\u2019s work, according to Sky News."
        ),
        {A},
    ),
    # https://cityam.com/?p=1911248 (Cineworld Group plc, other, undated): "Cineworld's share price has plunged more than
    # 53 per cent today amid reports it is filing for bankruptcy": the press's report, no petition yet
    (
        "bk-amid-reports-it-is-filing-for-bankruptcy",
        (
            "Cineworld share price plunges over 50 per cent amid bankruptcy reports\nCineworld\u2019s share price has "
            "plunged more than 53 per cent today amid reports it is filing for bankruptcy."
        ),
        set(),
    ),
    # https://www.taipeitimes.com/News/biz/archives/2020/09/04/2003742772 (GSX Techedu Inc., other, 2020-09-04): "the
    # latest case being investigated as US President Donald Trump's administration threatens to delist Chinese firms that
    # fail to meet US audit standards": a class of issuers, no notice
    (
        "dl-threatens-to-delist-firms-that-fail-audit-standards",
        (
            "The online education company, which provides after-school tutoring services, is the latest case "
            "being investigated as US President Donald Trump\u2019s administration threatens to delist Chinese firms "
            "that fail to meet US audit standards."
        ),
        set(),
    ),
    # ---- material uncertainties in the plural, about a quoted ability to continue to operate ----------------------------
    # https://www.thetimes.co.uk/article/cineworld-warns-of-uncertain-future-with-3bn-loss-57kvtbcfs (Cineworld Group plc,
    # other, 2021-03-25): material uncertainties (plural, quoted) said to be there about the quoted ability to continue to
    # operate as a going concern
    (
        "cineworld-material-uncertainties-plural-2021",
        (
            "The world\u2019s second-largest cinema chain operator said that there were \u201cmaterial uncertainties\u201d about"
            " its \u201cability to continue to operate as a going concern\u201d, among them the threat that government "
            "restrictions will be reimposed later this year if there is a resurgence of Covid-19."
        ),
        {G},
    ),
    # ---- a market that suspended the issuer for a failure; a suspension dated unless the outstanding report comes in; the rule's own 'if' ----
    # http://suqalmal.blogspot.com/2010/05/dubai-holdings-commercial-operations.html (Dubai Holding Commercial Operations
    # Group (DHCOG); International Investment Group (IIG); Nakheel; TID Sukuk, other, 2010-05-02): the market suspended
    # the issuer itself (named) for failure to provide its financials
    (
        "dl-market-suspended-issuer-for-failure-to-provide-financials",
        (
            "NasdaqDubai also announced that it had suspended IIG for failure to provide its 2009 financials as "
            "well as the continuing suspension of the following (already suspended) for failure to provide 31 "
            "December 2009 financials:"
        ),
        {D, L},
    ),
    # https://www.malaymail.com/news/money/2020/11/03/scomi-group-faces-trading-suspension-unless-it-submits-annual-
    # report-by-nov/1918964 (Scomi Group Bhd, other, 2020-11-03): a suspension dated by the market unless the company's
    # outstanding annual report comes in by a day
    (
        "dl-suspension-dated-unless-outstanding-report-submitted",
        (
            "\u201cIn the event that Scomi is unable to submit the outstanding 2020 annual report on or before "
            "November 6, 2020, trading in the company\u2019s securities will be suspended with effect from 9am Monday,"
            " November 9, until further notice,\u201d Bursa Securities said in a statement today."
        ),
        {D},
    ),
    # https://scib.listedcompany.com/news.html/id/2358863 (Sarawak Consolidated Industries Berhad (SCIB), other,
    # 2021-11-03): the listing rule's own 'if a listed issuer fails to issue the outstanding financial statements' names
    # no issuer (guard)
    (
        "dl-rule-if-a-listed-issuer-fails-to-issue-outstanding",
        (
            "Pursuant to paragraph 9.28(5) of the LR, if a listed issuer fails to issue the outstanding financial"
            " statements within 5 market days after the expiry of the relevant timeframes stated in paragraph "
            "9.23(1) of the LR (\"Relevant Timeframes\") (the last day of the 5 market days is referred to as "
            "\"Suspension Deadline\"), in addition to any enforcement action that Bursa Securities may take, Bursa "
            "Securities shall suspend the trading in the securities of such listed issuer. The suspension shall "
            "be effected on the next market day after the Suspension Deadline."
        ),
        set(),
    ),
    # ---- shares to be delisted on a day, by the market's notice ----
    # https://mjbizdaily.com/toronto-stock-exchange-to-delist-canntrust-shares-may-6/ (CannTrust Holdings Inc., other,
    # undated): shares that will be delisted from the exchange on a set day, according to the market's notice
    (
        "dl-shares-will-be-delisted-according-to-a-market-notice",
        (
            "Embattled Canadian cannabis producer CannTrust shares will be delisted from the Toronto Stock "
            "Exchange on May 6 after market close, according to a TMX Group notice."
        ),
        {D},
    ),
    # ---- protection filed for in courts named; a path set for the company to leave bankruptcy ----
    # https://shippingfinance.wordpress.com/tag/ssw/ (Hanjin Shipping Co., Ltd., other, undated): protection filed for in
    # courts it names, without the word bankruptcy
    (
        "bk-filed-for-protection-in-named-courts",
        (
            "Hanjin Shipping, based in South Korea and world\u2019s seventh biggest containership company, filed for "
            "protection in S. Korean courts in late August, and subsequently started filing for protection in "
            "several jurisdictions worldwide, including in the United States federal bankruptcy court (filing for"
            " Chapter 15 restructuring in Newark, NJ)."
        ),
        {B},
    ),
    # https://www.thetimes.co.uk/article/cineworld-survival-fears-grow-093vf8c7v (Cineworld Group plc, other, 2023-04-11):
    # a path set for the company to leave bankruptcy: a case under way
    (
        "bk-a-path-for-the-company-to-leave-bankruptcy",
        (
            "This set a path for the company to leave bankruptcy, which it said it hoped to do in the first half "
            "of this year."
        ),
        {B},
    ),
    # ---- a management cease trade order applied for in a title; a filing deadline the company will miss ----
    # http://goldberglawma.com/?id=news%2Favicanna-announces-filing-financial-statements-001000581.html (Avicanna Inc.,
    # press release, 2025-03-31): a release's title applying for a management cease trade order, without an article
    (
        "late-title-application-for-management-cease-trade-order",
        (
            "Avicanna Announces Late Filing of Financial Statements and Application for Management Cease Trade "
            "Order"
        ),
        {L},
    ),
    # http://goldberglawma.com/?id=news%2Favicanna-announces-filing-financial-statements-001000581.html (Avicanna Inc.,
    # press release, 2025-03-31): the company will miss the filing deadline to file its audited annual financial
    # statements
    (
        "late-will-miss-the-deadline-to-file-financial-statements",
        (
            "TORONTO, March 31, 2025 (GLOBE NEWSWIRE) -- Avicanna Inc. (\u201cAvicanna\u201d or \u201cCompany\u201d) (TSX: AVCN) "
            "(OTCQX: AVCNF) (FSE: 0NN), a biopharmaceutical company focused on the development, manufacturing, "
            "and commercialization of plant-derived cannabinoid-based products, announces that it will miss the "
            "deadline of March 31, 2025 (\u201cFiling Deadline\u201d) to file the Company\u2019s audited consolidated financial "
            "statements for the year ended December 31, 2024 as required by National Instrument 51-102 and the "
            "Company\u2019s Management\u2019s Discussion & Analysis for the year ended December 31, 2024 (the \u201cDocuments\u201d)."
        ),
        {L},
    ),
    # ---- late reports as news and markets tell them: extensions of a deadline, publication put off to a date, late to publish, overdue filings ----
    # https://capedge.com/filing/1413898/0001193125-20-075022/DALN-8K (A. H. Belo Corporation, 8-K, undated): unable to
    # compile and review the information needed to permit a timely annual report by the prescribed date
    (
        "late-unable-to-compile-to-permit-a-timely-10-k",
        (
            "In light of the impact of the additional factors described above, the Company now believes that it "
            "will be unable to compile and review certain information required in order to permit the Company to "
            "file a timely Annual Report on Form10-K for its year ended December 31, 2019 by the prescribed date,"
            " taking into account the extension normally available under Rule12b-25 under the Exchange Act, "
            "without unreasonable effort or expense."
        ),
        {L},
    ),
    # http://uk.reuters.com/article/idUKL1E7NC7NF20111212 (Diamond Foods, Inc., other, 2011-12-12): the quarterly report
    # will be filed with the SEC late
    (
        "late-will-file-quarterly-report-with-the-sec-late",
        (
            "Dec 12 Diamond Foods Inc DMND.O said on Monday it will file its quarterly report with the U.S. "
            "Securities and Exchange Commission late as its audit committee probes into an accounting issue for "
            "payments to walnut growers."
        ),
        {L},
    ),
    # http://getfilings.com/o0000904020-05-000012.html (FLYi, Inc., 10-K, 2004-12-31): items of the annual report omitted
    # under Rule 12b-25, to follow in a 10-K/A
    (
        "late-items-omitted-from-this-10-k-under-rule-12b-25",
        (
            "Pursuant to Rule 12b-25, the following items have been omitted from\nthis Form 10-K and will be set "
            "forth\nin a Form 10-K/A filed within 15 calendar days following the due\ndate of this Form 10-K:"
        ),
        {L},
    ),
    # http://brontecapital.blogspot.com/2021/05/grenkes-audit-statement.html?m=1 (GRENKE AG, other, 2021-05-21): the
    # company was late to publish its annual report
    (
        "late-company-was-late-to-publish-an-annual-report",
        (
            "Grenke was late to publish an annual report, but they indicated to the market a date in May (today!)"
            " when the annual report would be published."
        ),
        {L},
    ),
    # https://www.thestar.com/business/2007/03/08/hollinger39s_future_in_doubt.html (Hollinger Inc., other, 2007-03-08):
    # years of overdue financial filings, caught up
    (
        "late-caught-up-on-years-of-overdue-financial-filings",
        (
            "Hollinger Inc. (TSX: HLG.C ), the Toronto holding company at the centre of Conrad Black's collapsed "
            "newspaper empire, has caught up on its years of overdue financial filings, reporting deepening "
            "losses and saying its future is in doubt."
        ),
        {L},
    ),
    # https://app.feingold-research.com/en/newswire/CH0110303119/leclanche-sa/announces-extension-of-the-publication-
    # deadline-for-the-2023-annual-report-and-releases-its-unaudited-2023-key-figures-1892269 (Leclanché SA, press
    # release, 2024-04-30): the market approved an extension of the publication deadline of the annual report
    (
        "late-market-approved-extension-of-the-publication-deadline",
        (
            "YVERDON-LES-BAINS, Switzerland, April 30, 2024 \u2013 In its decision of April 29, 2024, SIX Exchange "
            "Regulation AG approved an extension of the publication deadline of Leclanch\u00e9\u2019s (SIX: LECN) 2023 "
            "annual report until May 31, 2024."
        ),
        {L},
    ),
    # https://www.taipeitimes.com/News/biz/archives/2020/10/01/2003744373 (Pharmally International Holding Co., other,
    # 2020-10-01): the company failed to submit a quarter's financial statement and its shares have since been suspended
    # by the exchange
    (
        "late-failed-to-submit-statement-for-a-quarter-shares-suspended",
        (
            "As the company failed to submit a financial statement for the April-to-June quarter, transactions of"
            " its shares have since Aug. 18 been suspended by the Taiwan Stock Exchange, affecting Pharmally "
            "International\u2019s 12,000 shareholders, Securities and Futures Bureau Chief Secretary Kuo Chia-chun "
            "(\u90ed\u4f73\u541b) said."
        ),
        {D, L},
    ),
    # https://a30.hatenablog.com/entry/20170411/1491919586 (Toshiba Corporation, other, 2017-04-11): the company filed its
    # delayed financial results
    (
        "late-filed-its-delayed-financial-results",
        (
            "Toshiba has filed its delayed financial results, warning that the company's survival is at risk."
        ),
        {L},
    ),
    # https://www.finanznachrichten.de/nachrichten-2020-05/49748056-wirecard-again-postpones-publication-of-
    # fy19-results-020.htm (Wirecard AG, other, 2020-05-26): the publication of a year's results postponed to a later date
    (
        "late-postponed-publication-of-results-to-a-date",
        (
            "MUNICH (dpa-AFX) - Wirecard AG (WRCDF.PK) again postponed the publication of financial results for "
            "2019 to June 18, 2020, due to delays in finalizing audit procedures."
        ),
        {L},
    ),
    # ---- a participle's named subject and a quoted 'pre-packaged' petition; a plan of arrangement filed under the CCAA ----
    # https://www.hartenergy.com/exclusives/superior-energy-services-swap-13-billion-debt-pre-packaged-chapter-11-191255
    # (Superior Energy Services, Inc., other, 2020-12-07): the company named at the sentence's head, then ', filing a
    # "pre-packaged" Chapter 11 petition' (a quoted adjective; 'restructuring plans' a noun, no hedge)
    (
        "bk-named-subject-moved-forward-filing-a-quoted-prepackaged-petition",
        (
            "Superior Energy Services Inc. moved forward with restructuring plans on Dec. 7, filing a \u201cpre-"
            "packaged\u201d Chapter 11 petition in the Southern District of Texas along with 16 affiliates."
        ),
        {B},
    ),
    # https://ca.vlex.com/vid/cdn-airlines-corp-re-681230749 (Canadian Airlines Corporation, other, 2000-06-27): a plan of
    # arrangement filed under the Companies' Creditors Arrangement Act: a CCAA case
    (
        "bk-filed-a-plan-of-arrangement-under-the-ccaa",
        (
            "Canadian filed a plan of arrangement under the Companies' Creditors Arrangement Act (CCAA)."
        ),
        {B},
    ),
    # ---- the ability to continue said to be uncertain, questioned by the auditor; statements on a basis other than going concern ----
    # https://www.thestar.com/business/2007/03/08/hollinger39s_future_in_doubt.html (Hollinger Inc., other, 2007-03-08):
    # the company's own words: its ability to continue as a going concern is uncertain
    (
        "gc-ability-to-continue-is-uncertain",
        (
            "\"The corporation's ability to continue as a going concern is uncertain,\" Hollinger said Thursday."
        ),
        {G},
    ),
    # http://rotterdamny.net/m-1230985239 (Lee Enterprises, Incorporated, other, undated): the outside auditor is
    # questioning the company's ability to remain a going concern
    (
        "gc-auditor-is-questioning-ability-to-remain-a-going-concern",
        (
            "The company also disclosed that its outside auditor is questioning Lee\u2019s ability to remain a \u201cgoing "
            "concern\u201d if the company is unable to refinance some loans."
        ),
        {G},
    ),
    # https://minenportal.de/artikel/154247--Talvivaara-Mining-Company-annual-results-review-for-the-year-
    # ended-31-December-2014.html (Talvivaara Mining Company Plc, press release, 2015-04-30): the year's statements
    # prepared on a basis other than going concern
    (
        "gc-statements-prepared-on-a-basis-other-than-going-concern",
        (
            "The Company's financial statements for the financial year ended 31 December 2014 have been prepared "
            "on a basis other than going concern."
        ),
        {G},
    ),
    # ---- a market's notice naming the company it notified ----
    # http://www.streetinsider.com/Corporate+News/Chanticleer+%28HOTR%29+Receives+Nasdaq+Listing+Extension%3B+May+Conduct+
    # Reverse+Stock+Split/11953484.html (Chanticleer Holdings, Inc., other, 2016-08-18): the market's department notified
    # the company, by name, that its stock no longer met the minimum bid price
    (
        "dl-market-notified-named-company-stock-no-longer-met-bid-price",
        (
            "As previously reported on the Current Report on Form 8-K, the Nasdaq Listing Qualifications "
            "Department notified Chanticleer Holdings, Inc., a Delaware corporation (\u201cChanticleer\u201d) on February "
            "18, 2016 that, based on the previous 30 consecutive business days, Chanticleer\u2019s common stock no "
            "longer met the minimum $1 bid price per share requirement."
        ),
        {D},
    ),
    # ---- a firm that ditched the company as an audit client ----
    # https://goldinvestmentguides.com/2022/05/17/kpmg-ditches-troubled-german-real-estate-group-adler-as-audit-client
    # (Adler Group S.A., other, 2022-05-17): news wording for the firm's resignation: it ditched the company as an audit
    # client
    (
        "ac-firm-ditched-company-as-an-audit-client",
        (
            "KPMG has ditched struggling German real estate giant Adler as an audit client less than an hour "
            "after the company told investors it was in \u201cvery professional discussions\u201d with the Big Four firm "
            "and wanted to keep it as its auditor."
        ),
        {A},
    ),
    # ---- markets' notices as news tells them: warned of a dated suspension, more time to file, a process to possibly delist; Unicode hyphens ----
    # https://www.beyondspx.com/quote/LVRO/news/lavoro-limited-receives-nasdaq-noncompliance-notice-over-delayed-
    # form-20f-filing (Lavoro Limited, other, 2025-11-19): a non‑compliance notice and a Form 20‑F printed with Unicode
    # non-breaking hyphens
    (
        "dl-non-breaking-hyphens-in-a-non-compliance-notice",
        (
            "Lavoro Limited (Nasdaq: LVRO) received a Nasdaq non\u2011compliance notice on November 19, 2025 for "
            "failing to file its Form 20\u2011F for the year ended June 30, 2025 by the required deadline."
        ),
        {D, L},
    ),
    # https://www.plastemart.com/news-plastics-information/Georgia-Gulf-not-in-compliance-with-NYSE-standard/14514
    # (Georgia Gulf Corporation, other, undated): the company 'was in non-compliance with criteria established by the
    # NYSE', no listing word in the sentence
    (
        "dl-was-in-non-compliance-with-criteria-of-the-nyse",
        (
            "The Atlanta-based company, which recently posted a Q4 loss of US$198.7 mln, was in non-compliance "
            "with criteria established by the NYSE as its total market capitalization was less than US$75 mln "
            "over a consecutive 30 trading-day period."
        ),
        {D},
    ),
    # https://briefnews.eu/moviepasss-parent-company-is-in-dire-danger-of-having-its-stock-delisted-by-the-nasdaq-hmny
    # (Helios and Matheson Analytics Inc., other, undated): the market warned the company that it plans to suspend trading
    # on a date and will move to delist
    (
        "dl-market-warned-it-plans-to-suspend-on-a-date",
        (
            "The Nasdaq warned Helios and Matheson on Wednesday that it plans to suspend trading in the company\u2019s"
            " shares on December 28 and will move to have them delisted, Helios and Matheson disclosed Friday in "
            "a document filed with the Securities and Exchange Commission."
        ),
        {D},
    ),
    # http://articles.mcall.com/2007-12-29/news/3942393_1_penn-treaty-financial-results-financial-statements (Penn Treaty
    # American Corporation, other, 2007-12-29): the market gives the company more time to file its annual report
    (
        "dl-market-gives-company-more-time-to-file",
        (
            "NYSE gives Penn Treaty more time to file its annual report."
        ),
        {D},
    ),
    # https://casinomarousi.com/company-behind-richmond-casino-non-compliant-with-financial-cbs-6-news-richmond-wtvr
    # (Urban One, Inc., other, undated): the market initiated the process to possibly delist the company
    (
        "dl-initiated-the-process-to-possibly-delist",
        (
            "Urban One, the Maryland-based company backing the \u201cRichmond Grand Resort and Casino\u201d in partnership "
            "with Kentucky-based Churchill Downs, was notified on Friday that the Nasdaq stock market has "
            "initiated the process to possibly delist the company."
        ),
        {D},
    ),
    # https://insurancejournal.com/magazines/mag-newsbriefs/2000/12/11/21213.htm (Reliance Group Holdings Inc.; Frontier
    # Insurance Group Inc., other, 2000-12-11): the exchange announced that it plans to suspend trading in a named
    # issuer's stock and move to delist it
    (
        "dl-exchange-announced-it-plans-to-suspend-named-issuer",
        (
            "The New York Stock Exchange announced Dec. 5 that it plans to suspend trading in the common stock "
            "and other NYSE-listed securities of Reliance Group Holdings Inc. and will move to delist the issues "
            "from the exchange."
        ),
        {D},
    ),
    # ---- exchanges that suspended trading 'with' or 'on the shares of' named or counted issuers ----
    # http://en.interfax.com.ua/news/economic/419855.html (Milkiland N.V., other, 2017-05-04): the exchange, on a date,
    # 'suspended trading with shares of' named companies
    (
        "dl-exchange-on-a-date-suspended-trading-with-shares-of",
        (
            "The Warsaw Stock Exchange (WSE) on May 4, 2017 suspended trading with shares of Milkiland N.V. (the "
            "Netherlands, the holding company of Milkiland Group), KDM Shipping Public Ltd. (Cyprus, the holding "
            "company of the leading Ukrainian shipping operator Capital Shipping Company LLC) and Sadovaya Group "
            "S.A. (Luxembourg, the holding company of Sadovaya Group)."
        ),
        {D},
    ),
    # https://www.vanguardngr.com/2018/11/nse-suspends-trading-in-shares-of-6-listed-firms/ (Multi-Trex Integrated Foods
    # Plc; Golden Guinea Breweries Plc (and four other issuers), other, 2018-11-01): the exchange 'suspended trading on
    # the shares of' six listed companies for failure to file their accounts
    (
        "dl-exchange-suspended-trading-on-the-shares-of-six-companies",
        (
            "The Nigerian Stock Exchange, NSE, yesterday suspended trading on the shares of six listed companies "
            "for failure to file their relevant financial accounts to the Exchange within the stipulated time."
        ),
        {D, L},
    ),
    # ---- a bankruptcy court petitioned, 'its bankruptcy petition', a filer 'on Tuesday morning'; directors' decision to appoint administrators ----
    # http://www.builderonline.com/debt/orleans-homebuilders-files-bankruptcy.aspx (Orleans Homebuilders, Inc., other,
    # undated): the latest builder 'to seek court protection from its creditors when it petitioned the federal bankruptcy
    # court'
    (
        "bk-latest-builder-to-seek-court-protection-petitioned-the-court",
        (
            "Orleans Homebuilders, the Bensalem, Pa.-based builder with 11 operating divisions in eight states, "
            "on Monday became the latest big builder to seek court protection from its creditors when it "
            "petitioned the federal bankruptcy court in Wilmington, Del., under Chapter 11 of the U.S. Bankruptcy"
            " Code."
        ),
        {B},
    ),
    # http://www.builderonline.com/debt/orleans-homebuilders-files-bankruptcy.aspx (Orleans Homebuilders, Inc., other,
    # undated): 'It filed its bankruptcy petition only two weeks after ...': the petition named by its kind
    (
        "bk-it-filed-its-bankruptcy-petition",
        (
            "It filed its bankruptcy petition only two weeks after a 17-member bank group could not achieve 100% "
            "approval to extend the maturity date for Orleans\u2019 $350 million senior credit facility, which has an "
            "estimated $311 million of cash borrowings outstanding."
        ),
        {B},
    ),
    # http://www.builderonline.com/money/economics/pasquinelli-homebuilding-files-to-liquidate-its-operations_o
    # (Pasquinelli Homebuilding, other, undated): the builder petitioned a U.S. Bankruptcy Court for protection under
    # Chapter 7
    (
        "bk-petitioned-a-bankruptcy-court-for-protection-under-chapter-7",
        (
            "Pasquinelli Homebuilding, the Burr Ridge, Ill.-based builder whose roots date back to the mid-1950s,"
            " last Thursday became the latest of several Chicago-area builders that have gone bankrupt during the"
            " recession when it petitioned a U.S. Bankruptcy Court in Illinois for protection under Chapter 7 "
            "while it proceeds to liquidate its remaining assets."
        ),
        {B},
    ),
    # http://www.builderonline.com/land/tousa-files-for-chapter-11-bankruptcy_o (TOUSA, Inc., other, undated): a named
    # company that 'on Tuesday morning filed for Chapter 11'
    (
        "bk-named-filer-on-tuesday-morning-filed",
        (
            "TOUSA, Inc. on Tuesday morning filed for Chapter 11 bankrupcty for its home building subsidiaries in"
            " U.S. Bankrupty Court in Fort Lauderdale, Fla., according to a spokesperson for the company."
        ),
        {B},
    ),
    # https://constructionenquirer.com/?p=456191 (Create Construction Ltd, other, undated): the directors took the
    # decision to appoint administrators (UK administration)
    (
        "bk-directors-decision-to-appoint-administrators",
        (
            "A statement from the firm said: \u201cFollowing a very challenging trading period for the company, the "
            "directors of Create Construction have taken the difficult decision to appoint administrators, having"
            " exhausted other options."
        ),
        {B},
    ),
    # ---- a guide's title to its reader (guard) ----
    # https://medium.com/the-construction-contract/what-to-do-when-your-construction-company-main-contractor-goes-into-
    # administration-35ebf4edafe3 (The Construction Contract (Medium publication), other, 2024-03-13): a guide's title to
    # its reader, 'What to Do When Your ... Main Contractor Goes into Administration' (guard)
    (
        "bk-guide-title-what-to-do-when-contractor-goes-into-administration",
        (
            "What to Do When Your Construction Company Main Contractor Goes into Administration"
        ),
        set(),
    ),
    # ---- reports not yet filed 'with the SEC', for quarters named, for periods ended; a year's financials delayed ----
    # https://ir.beazer.com/node/12571/html (Beazer Homes USA, Inc., 8-K, 2007-08-21): the company 'has not yet filed with
    # the Securities and Exchange Commission its Quarterly Report on Form 10-Q' for a closed quarter
    (
        "late-has-not-yet-filed-with-the-sec-its-10-q",
        (
            "As previously\ndisclosed in the Company\u2019s August 15, 2007 Form 8-K Current Report, the Company\nhas "
            "not yet filed with the Securities and Exchange Commission its Quarterly\nReport on Form 10-Q for the "
            "quarterly period ended June 30, 2007 as\nthe result of a continuing independent internal "
            "investigation by the Audit\nCommittee of the Company\u2019s Board of Directors."
        ),
        {L},
    ),
    # https://au.investing.com/news/stock-market-news/dzs-faces-potential-nasdaq-delisting-over-report-delays-93CH-3113697
    # (DZS Inc., other, undated): after failing to file its required quarterly reports for periods named as ended
    (
        "late-after-failing-to-file-quarterly-reports-for-periods-ending",
        (
            "The company received a Staff Delisting Determination from Nasdaq on Monday, after failing to file "
            "its required quarterly financial reports for the periods ending June 30 and September 30, 2023."
        ),
        {D, L},
    ),
    # https://capedge.com/filing/722723/0001104659-16-119749/HNGR-8K (Hanger, Inc., 8-K, 2016-05-10): financial statements
    # not yet filed for the third quarter of 2014 and later periods
    (
        "late-not-yet-filed-statements-for-the-third-quarter-of-a-year",
        (
            "The Company has not yet filed financial statements for the third quarter of 2014, the fourth quarter"
            " and full year ended December 31, 2014, the first, second and third quarters of 2015, the fourth "
            "quarter and full year ended December 31, 2015 and the first quarter of 2016."
        ),
        {L},
    ),
    # http://www.businessdailyafrica.com/corporate/companies/Incomplete-audit-process-delay-release-Mumias-Sugar-
    # financials/4003102-4163462-format-xhtml-9e128pz/index.html (Mumias Sugar Company Limited, other, undated): the
    # company will delay the release of its financials for the year ended
    (
        "late-will-delay-release-of-its-financials-for-the-year-ended",
        (
            "Troubled miller Mumias Sugar Company #ticker:MSC will delay the release of its financials for the "
            "year ended June 2017 citing the need for extra time to complete an ongoing internal audit."
        ),
        {L},
    ),
    # ---- a material uncertainty that 'exists,' then 'which may cast'; none identified (guard); a '-listed company' that was late (guard) ----
    # https://cdn.financialreports.eu/financialreports/media/filings/5680/2024/10-K/5680_10-k_2024-06-05_dc85825f-9d44-
    # 460a-b2fe-e1e17574f7e2.xhtml (KSG Agro S.A., other, 2023-12-31): 'a material uncertainty exists,' then 'which may
    # cast significant doubt' after a comma and a line break
    (
        "gc-material-uncertainty-exists-comma-which-may-cast",
        (
            "However, due to the currently unpredictable effects of the ongoing Russian Invasion of Ukraine on "
            "the significant assumptions underlying management forecasts, a material uncertainty exists,\nwhich "
            "may cast significant doubt on the Company\u2019s ability to continue as a going concern."
        ),
        {G},
    ),
    # https://www.accountancyage.com/aa/news/2403112/balfour-beatty-receives-clean-bill-of-health-as-audit-tender-lined-up
    # (Balfour Beatty plc, other, undated): the auditor 'had not identified any material uncertainties that may cast
    # significant doubt' (guard)
    (
        "gc-auditor-had-not-identified-any-material-uncertainties",
        (
            "In the troubled construction firm\u2019s annual report for 2015, incumbent auditor Deloitte said it \u201chad "
            "not identified any material uncertainties that may cast significant\ndoubt on the group\u2019s ability to "
            "continue as a going concern\u201d."
        ),
        set(),
    ),
    # https://www.cooley.com/news/insight/2008/nasdaq-allows-compliance-plans-for-delinquent-listed-companies (Cooley LLP
    # (no company), other, undated): 'a Nasdaq-listed company that was late in filing ... would immediately receive a
    # delisting letter': any company (guard)
    (
        "late-a-nasdaq-listed-company-that-was-late-would-receive",
        (
            "Under the previous rules, a Nasdaq-listed company that was late in filing a required periodic report"
            " would immediately receive a delisting letter from Nasdaq under Nasdaq Rule 4310(c)(14) or "
            "4320(e)(12)."
        ),
        set(),
    ),
    # ---- administrators appointed or intended with their names, CCAA protection obtained; a tribunal's orders, a wind-up petition faced ----
    # https://publishersweekly.com/pw/by-topic/industry-news/financial-reporting/article/95434-booktopia-files-for-
    # voluntary-administration.html (Booktopia Group Limited, other, 2024-07-03): the firm's partners 'were appointed
    # voluntary administrators' (the plural VA are the company's)
    (
        "bk-partners-were-appointed-voluntary-administrators",
        (
            "Firm partners Keith Crawford, Matthew Caddy, and Damien Pasfield were appointed voluntary "
            "administrators, and the three men \u201care undertaking an urgent assessment of Booktopia\u2019s business "
            "while options for its sale and/or recapitalization are explored,\u201d the company announcement said."
        ),
        {B},
    ),
    # https://voxmarkets.co.uk/rns/announcement/6044b2f1-6103-4ea0-8aad-665a898d019c (Laura Ashley Holdings plc, press
    # release, 2020-03-17): the directors filed notices of intention to appoint two named persons as administrators
    (
        "bk-filed-notices-of-intention-to-appoint-named-administrators",
        (
            "Accordingly, the Company regrets to announce that the directors of the Company, and of the named "
            "subsidiaries, have today filed notices of intention to appoint Robert Lewis and Zelf Hussain as "
            "administrators."
        ),
        {B},
    ),
    # https://miningdigital.com/supply-chain-and-operations/wiluna-mining-enters-administration (Wiluna Mining Corporation
    # Limited, other, 2022-07-21): the directors 'resolved yesterday (July 20) to appoint' four named persons as voluntary
    # administrators
    (
        "bk-directors-resolved-yesterday-to-appoint-named-voluntary-administrators",
        (
            "A statement from FTI Consulting announces that the Directors of WMC and its subsidiaries resolved "
            "yesterday (July 20) to appoint Michael Ryan, Kathryn Warwick, Daniel Woodhouse and Ian Francis as "
            "Voluntary Administrators."
        ),
        {B},
    ),
    # https://insolvencyinsider.ca/industry/mining/ (Pure Gold Mining Inc., other, 2022-10-31): the company obtained CCAA
    # protection on a date
    (
        "bk-obtained-ccaa-protection",
        (
            "Pure Gold Mining Inc. (TSXV:PGM), a British Columbia mining company whose principal business is the "
            "operation of a mine located in Red Lake, Ontario, obtained CCAA protection on October 31."
        ),
        {B},
    ),
    # http://www.business-standard.com/article/companies/nclt-orders-initiating-insolvency-proceedings-against-orchid-
    # pharma-117082300212_1.html (Orchid Pharma Ltd., other, 2017-08-23): a tribunal's order initiating insolvency
    # proceedings against a named company
    (
        "bk-tribunal-orders-initiating-insolvency-proceedings-against",
        (
            "NCLT orders initiating insolvency proceedings against Orchid Pharma"
        ),
        {B},
    ),
    # https://www.businesstoday.in/current/corporate/in-setback-to-banks-nclt-orders-sterling-biotech-
    # liquidation/story/345438.html (Sterling Biotech Ltd., other, 2019-05-10): the tribunal sent the named company for
    # liquidation
    (
        "bk-tribunal-sent-company-for-liquidation",
        (
            "In a major setback to banks, the NCLT Friday sent Sterling Biotech for liquidation, rejecting the "
            "lenders' led by Andhra Bank, plea to withdraw the insolvency process and allow a one-time settlement"
            " with the absconding promoters, the Sandesara brothers."
        ),
        {B},
    ),
    # https://www.thehindubusinessline.com/companies/Wockhardt-faces-fresh-wind-up-petition/article20108531.ece/amp/
    # (Wockhardt Ltd., other, 2011-03-11): the company faces a fresh wind-up petition, admitted by the High Court
    (
        "bk-company-faces-a-fresh-wind-up-petition-admitted",
        (
            "But the company faces a fresh wind-up petition, with the Bombay High Court admitting the same, filed"
            " by bond-holders, unhappy with Wockhardt for defaulting on the repayment of its $110 million FCCB "
            "(foreign currency convertible bonds)."
        ),
        {B},
    ),
    # ---- compulsory suspensions, suspensions until the accounts are published, and one told as the consequence of the sentence before ----
    # https://ragtrader.com.au/news/mosaic-brands-misses-asx-reporting-deadline (Mosaic Brands Limited, other,
    # 2024-09-02): shares placed into a compulsory trading suspension after failing to meet a reporting deadline (the late
    # report itself, which the source set labels too, is read since the twenty-third round)
    (
        "dl-placed-into-a-compulsory-trading-suspension",
        (
            "Ordinary shares across Australian fashion company Mosaic Brands has been placed into a compulsory "
            "trading suspension today after failing to meet a reporting deadline."
        ),
        {D, L},
    ),
    # https://br.advfn.com/bolsa-de-valores/lse/EMM/share-news/73347233/emm-mkt-minerals-temporary-suspension (Emerging
    # Market Minerals Plc, press release, 2016-12-21): trading on AIM expected to be suspended from today until
    # publication of the annual accounts
    (
        "dl-expected-to-be-suspended-until-publication-of-accounts",
        (
            "Accordingly, trading in the Company's ordinary shares on AIM is expected to be suspended with effect"
            " from 1.30 p.m. today and such suspension will remain in place until publication of the Annual "
            "Accounts."
        ),
        {D},
    ),
    # https://www.cityam.com/revolution-beauty-to-suspend-trading-as-it-fails-to-complete-audit/ (Revolution Beauty Group
    # plc, other, 2022-08-30): the company cannot publish its audited results by the AIM Rule 19 deadline; 'Consequently,
    # trading ... will be suspended'
    (
        "dl-consequently-suspended-after-results-not-publishable",
        (
            "In a statement posted this morning, the company said: \u201cRevolution Beauty confirms that it will not "
            "be in a position to publish its audited final results and annual report for FY22 by 31 August 2022 "
            "in accordance with AIM Rule 19.\n\nConsequently, trading in the Company\u2019s ordinary shares will be "
            "suspended with effect from 7:30 a.m. on 1 September 2022.\u201d"
        ),
        {D, L},
    ),
    # ---- conditions that represent a material uncertainty ----
    # https://www.businesstimes.com.sg/companies-markets/liongold-responds-to-sgx-query-on-auditors-disclaimer-of-opinion
    # (LionGold Corp Ltd, other, 2015-08-27): conditions that 'represent a material uncertainty that may cast significant
    # doubt' on the ability to continue
    (
        "gc-conditions-represent-a-material-uncertainty-that-may-cast",
        (
            "The notes also said that the ability to obtain shareholder approvals and the certainty of completion"
            " of the issuance of the first tranche represent a material uncertainty that may cast significant "
            "doubt on the company's ability to continue as a going concern."
        ),
        {G},
    ),
    # ---- a chief executive who quit beside an audit firm (guard) ----
    # http://www.londonlovesbusiness.com/business-news/business/another-high-street-retailer-set-to-crash-into-
    # administration/20705.article (Conviviality plc, other, 2018-03-29): the chief executive quit and an audit firm was
    # brought in for a review: no auditor change (guard)
    (
        "ac-chief-executive-quit-and-firm-brought-in-for-review",
        (
            "Earlier this month, Conviviality chief executive quit and the business brought in PwC to conduct a "
            "review of the business."
        ),
        set(),
    ),
    # ---- a report not publishable by a day-first date ----
    # https://br.advfn.com/bolsa-de-valores/lse/EMM/share-news/73347233/emm-mkt-minerals-temporary-suspension (Emerging
    # Market Minerals Plc, press release, 2016-12-21): the annual report and accounts cannot be published 'by 31 December
    # 2016' (a day-first deadline)
    (
        "late-not-in-a-position-to-publish-by-a-day-first-date",
        (
            "Emerging Market Minerals (AIM: EMM) announces that the Company will not be in a position to publish "
            "its audited annual report and accounts for its financial year ended 30 June 2016 (the \"Annual "
            "Accounts\"), by 31 December 2016, in accordance with Rule 19 of the AIM Rules for Companies."
        ),
        {L},
    ),
    # ---- a notice that the company 'hadn't complied' ----
    # http://www.latimes.com/business/la-fi-wrap17.2aug17,1,6845517.story?coll=la-headlines-business (Sanmina-SCI Corp.;
    # Rambus Inc.; QuickLogic Corp.; CNet Networks Inc., other, 2006-08-17): a notice from Nasdaq 'that it hadn't complied
    # with filing requirements' (the contracted form)
    (
        "dl-notice-from-nasdaq-that-it-hadnt-complied",
        (
            "Rambus said it would ask for a hearing before the Nasdaq panel after the Los Altos, Calif.-based "
            "chip designer received a notice from Nasdaq that it hadn\u2019t complied with filing requirements, the "
            "company said in a statement."
        ),
        {D},
    ),
    # ---- an exchange's defaulters' list; 'These conditions may cast significant doubt' ----
    # https://propakistani.pk/2021/06/26/psx-puts-hascol-on-defaulters-list/ (Hascol Petroleum Limited, other,
    # 2021-06-26): the exchange put the named company on its list of defaults for failing to comply with its rules
    (
        "dl-exchange-put-name-on-the-list-of-defaults",
        (
            "The management of the Pakistan Stock Exchange (PSX) has put the name of Hascol Petroleum Ltd on the "
            "list of defaults for failure to comply with the rules and regulations of the exchange."
        ),
        {D},
    ),
    # https://pakobserver.net/psx-places-pia-in-defaulters-list/ (Pakistan International Airlines Corporation, other,
    # 2018-10-10): the exchange positioned the named company in the defaulters' list for failing to file its annual
    # audited accounts
    (
        "dl-exchange-positioned-company-in-defaulters-list",
        (
            "Pakistan Stock Exchange (PSX) positioned Pakistan International Airlines Corporation (PIAC) in the "
            "defaulters\u2019 list for failure to annual audited accounts and holding Annual General Meeting (AGM)."
        ),
        {D},
    ),
    # https://augaf.com/hascol-has-no-plans-to-file-for-liquidation-despite-losses-soars-to-pkr-113-billion (Hascol
    # Petroleum Limited, other, 2024-11-05): 'These conditions may cast significant doubt' after the conditions are stated
    # (IAS 1's wording)
    (
        "gc-these-conditions-may-cast-significant-doubt",
        (
            "These conditions may cast significant doubt on the Company\u2019s ability to continue as a going concern."
        ),
        {G},
    ),
    # ---- events and conditions that 'give rise to' a material uncertainty; 'continue as going concern' without the article ----
    # https://www.bnnbloomberg.ca/philippine-air-s-parent-halted-from-trading-after-audit-report-1.1618544 (PAL Holdings,
    # Inc., other, 2021-06-17): events that 'give rise to material uncertainties' (plural verb) casting doubt on the
    # ability to 'continue as going concern' (no article)
    (
        "gc-events-give-rise-to-material-uncertainties-as-going-concern",
        (
            "SGV said that as PAL is embarking on a financial restructuring and is considering a pre-negotiated "
            "court rehabilitation plan, these events \u201cgive rise to material uncertainties that may cast "
            "significant doubt on the group\u2019s ability to continue as going concern.\u201d"
        ),
        {G},
    ),
    # https://hotcopper.co.nz/threads/ann-moz-q3fy21-appendix-4c-market-update.6056252/page-3 (Mosaic Brands Limited,
    # other, 2020-12-27): the auditor's 'events and conditions which give rise to the existence of a material uncertainty
    # that may cast significant doubt' (plural verb)
    (
        "gc-conditions-which-give-rise-to-the-existence-of-a-material-uncertainty",
        (
            "Material uncertaintyrelating to going concern We draw attention to Note 1 in the financial "
            "reportwhich describes the events and conditions which give rise to theexistence of a material "
            "uncertainty that may cast significant doubt about theGroup\u2019s ability to continue as a going concern "
            "and therefore the Group may be unable to realiseits assets and discharge its liabilities in the "
            "normal course of business."
        ),
        {G},
    ),
    # ---- a company that failed to hold its AGM and submit its audited accounts; the defaulters' segment named as the market's ----
    # https://pakobserver.net/psx-places-pia-in-defaulters-list/ (Pakistan International Airlines Corporation, other,
    # 2018-10-10): the company 'had failed to hold its annual general meeting and submit its annual audited accounts for
    # the year ended' a past date
    (
        "late-failed-to-hold-its-agm-and-submit-its-audited-accounts",
        (
            "The PSX on Wednesday informed that it had placed the PIACL, the national flag carrier, in the "
            "defaulters\u2019 segment as the company had failed to hold its annual general meeting and submit its "
            "annual audited accounts for the year ended December 31, 2017."
        ),
        {D, L},
    ),
    # ---- corporate rehabilitation filed for in a court ------------------------------------------------------------
    # https://bairdmaritime.com/shipping/dry-cargo/hanjin-s-philippine-shipyard-files-for-court-receivership (Hanjin Heavy
    # Industries and Construction Philippines (HHIC-Phil), other, 2019-01-08): a shipbuilder that 'filed for corporate
    # rehabilitation in a Philippine court' (the court-supervised rehabilitation named alone)
    (
        "bk-filed-for-corporate-rehabilitation-in-a-court",
        (
            "South Korean shipbuilder Hanjin Heavy Industries and Construction Philippines (HHIC-Phil) filed for "
            "corporate rehabilitation in a Philippine court on Tuesday, January 8."
        ),
        {B},
    ),
    # ---- a court opening bankruptcy procedures against the firm ---------------------------------------------------
    # https://vir.com.vn/dvd-scandal-a-landmark-case-9852.html (Vien Dong Pharmaceutical JSC (DVD), other, 2011-10-02):
    # 'the court opening bankruptcy procedures against the firm' on a creditor's petition; the law's 'can ask the court to
    # open bankruptcy proceedings against the enterprise' after it states no case (the delisting, named in passing, was a
    # doubtful label and is not expected)
    (
        "bk-court-opening-bankruptcy-procedures-against-the-firm",
        (
            "Sensational news of Vien Dong Pharmaceutical\u2019s (DVD) delisting following the court opening "
            "bankruptcy procedures against the firm in light of creditor ANZ\u2019s petition, has set a bankruptcy "
            "precedent in Vietnam, writes Phan Hoai Hiep, head of investment management at the Ministry of "
            "Finance\u2019s Asset and Debt Trading Company.\n\nBankruptcy is normal in developed countries, but rare in "
            "Vietnam though the Bankruptcy Law was launched seven years ago and amended in 2004.\n\nUnder Article "
            "14 of the law, in cases where an enterprise is not able to pay salaries and other debts to its "
            "employees, with the votes of half of those labourers, their representative can ask the court to open"
            " bankruptcy proceedings against the enterprise."
        ),
        {B},
    ),
    # ---- a provisional liquidation filed for ----------------------------------------------------------------------
    # https://trefis.com/stock/stp/articles/214961/nyse-to-suspend-trading-of-suntech-powers-ads-begin-delisting-
    # procedure/2013-11-08 (Suntech Power Holdings Co., Ltd., other, 2013-11-08): the company 'also filed for a
    # provisional liquidation in the Cayman Islands in order to protect itself from some U.S. creditors'
    (
        "bk-filed-for-a-provisional-liquidation",
        (
            "Separately, during the course of the past week, Suntech also agreed to sell off most of its Chinese "
            "manufacturing facilities and also filed for a provisional liquidation in the Cayman Islands in order"
            " to protect itself from some U.S. creditors."
        ),
        {B},
    ),
    # ---- an exchange that will suspend trading of a named issuer's ADS --------------------------------------------
    # https://trefis.com/stock/stp/articles/214961/nyse-to-suspend-trading-of-suntech-powers-ads-begin-delisting-
    # procedure/2013-11-08 (Suntech Power Holdings Co., Ltd., other, 2013-11-08): a headline's 'NYSE To Suspend Trading Of
    # Suntech Power's ADS, Begin Delisting Procedure' (the exchange's decision, the issuer named in the possessive)
    (
        "dl-exchange-to-suspend-trading-of-named-issuers-ads",
        (
            "NYSE To Suspend Trading Of Suntech Power\u2019s ADS, Begin Delisting Procedure\nThe New York Stock "
            "Exchange is set to pull the plug on the trading of Suntech Power Holdings\u2019s (NYSE:STP) American "
            "depository shares starting Monday November 11, paving the way for the company\u2019s delisting from the "
            "exchange."
        ),
        {D},
    ),
    # ---- the resignations of the company's former auditor and an officer ------------------------------------------
    # https://www.sec.gov/Archives/edgar/data/1271057/000114420411038157/v227366_ex99-1.htm (China-Biotics, Inc., press
    # release, 2011-06-29): burdens 'compounded by the recent resignations of the Company's former auditor, BDO Limited,
    # and the Company's Chief Financial Officer' (the plural naming the company's auditor); the voluntary delisting is no
    # exchange's notice
    (
        "ac-recent-resignations-of-the-companys-former-auditor",
        (
            "The Board of Directors of the Company (the \u201cBoard\u201d) unanimously determined that maintaining the "
            "listing has imposed difficult burdens on the Company. These burdens have been compounded by the "
            "recent resignations of the Company\u2019s former auditor, BDO Limited, and the Company\u2019s Chief Financial "
            "Officer, Travis Cai, as reported by the Company in a Current Report on Form 8-K filed with the "
            "United States Securities and Exchange Commission (the \u201cSEC\u201d) on June 23, 2011, and the resignation "
            "of Mr. Simon Yick, the former Chairman of the Audit Committee of the Board, as reported by the "
            "Company in a Current Report on Form 8-K filed with the SEC on June 28, 2011."
        ),
        {A},
    ),
    # ---- some uncertainty over its ability to continue as a going concern -----------------------------------------
    # https://pagegoo.com/2023/08/country-garden-holdings-uses-going-concern-language-as-it-posts-first-half-loss (Country
    # Garden Holdings Co. Ltd., other, 2023-08-30): the company 'said ... that there is some uncertainty over its ability
    # to continue as a going concern' (not only a material uncertainty)
    (
        "gc-there-is-some-uncertainty-over-its-ability-to-continue",
        (
            "Country Garden Holdings said Wednesday that there is some uncertainty over its ability to continue "
            "as a going concern as it posted net loss for the first half of 2023 after writing down the value of "
            "property projects amid a slump in the Chinese real-estate market."
        ),
        {G},
    ),
    # ---- petitions filed with the court, in the passive; a DIP package --------------------------------------------
    # https://www.coalage.com/us-news/alpha-files-for-chapter-11/ (Alpha Natural Resources, Inc., other, undated): 'The
    # petitions were filed with the U.S. Bankruptcy Court for the Eastern District of Virginia' and the producer 'has
    # secured, from Citigroup, an 18-month debtor-in-possession (DIP) package' (DIP financing is only had in a case)
    (
        "bk-petitions-filed-with-the-court-and-a-dip-package",
        (
            "The petitions were filed with the U.S. Bankruptcy Court for the Eastern District of Virginia in "
            "Richmond.\n\nThe company said it hopes the reorganization will \u201cenhance the company\u2019s future as it "
            "weathers a historically challenged coal market,\u201d adding that the filing will help it to emerge as a "
            "\u201cfinancially viable business that is better positioned to compete in dynamic energy markets.\u201d\n\n"
            "Alpha\u2019s normal business operations, including production, customer commitments, and wages and "
            "benefits for its employees, will continue uninterrupted, officials said, as it is now seeking "
            "immediate relief from the Bankruptcy Court.\n\nAdditionally, the producer has secured, from Citigroup,"
            " an 18-month debtor-in-possession (DIP) package of about $692 million."
        ),
        {B},
    ),
    # ---- proceedings under the CCAA in a headline's present -------------------------------------------------------
    # https://jotup.co/ja/taxonomy/term/1305139 (IntelGenx Technologies Corp., other, 2024-05-17): a headline's present
    # tense: 'IntelGenx Initiates Restructuring Proceedings Under the CCAA'
    (
        "bk-headline-initiates-restructuring-proceedings-under-the-ccaa",
        (
            "IntelGenx Initiates Restructuring Proceedings Under the CCAA to Implement a Review of its Strategic "
            "Alternatives"
        ),
        {B},
    ),
    # ---- not filing its annual 10-K report on time ----------------------------------------------------------------
    # https://goodcanna.green/2024/04/10/marijuana-firm-village-farms-regains-nasdaq-compliance-weedmaps-loses-it (WM
    # Technology, Inc.; Village Farms International, Inc., other, undated): a delinquency letter received 'after not
    # filing its annual 10-K report on time' (the report named by its form, with or without the word 'Form')
    (
        "late-notice-after-not-filing-its-annual-10-k-report-on-time",
        (
            "Cannabis industry ancillary company WM Technology, parent of Weedmaps, announced receiving \u201can "
            "expected delinquency notification letter\u201d from the Nasdaq after not filing its annual 10-K report on"
            " time."
        ),
        {D, L},
    ),
    # ---- accounts that will not be finalised ahead of the filing deadline, the date wrapped after its day ---------
    # https://de.advfn.com/borse/LSE/69ZM/nachrichten/91476657/intu-debenture-plc-ipd-and-2022-accounts-delay (Intu
    # Debenture PLC, press release, 2023-06-30): 'the annual accounts of the Company for the 2022 financial year will not
    # be finalised ahead of the 30 June 2022 filing deadline' (the accounts named with their year before the verb, the
    # date wrapped after its day)
    (
        "late-accounts-will-not-be-finalised-ahead-of-the-filing-deadline",
        (
            "Annual Accounts Filing Delay\nThe Company announces that the annual accounts of the Company\nfor the "
            "2022 financial year will not be finalised ahead of the 30\nJune 2022 filing deadline."
        ),
        {L},
    ),
    # ---- voluntary administrators appointed by a longer list, or 'have today been'; the joint administrators of a named plc ----
    # http://download.asic.gov.au/about-asic/news-centre/key-matters/virgin-australia/ (Virgin Australia Holdings Limited
    # (ASX: VAH), other, 2020-04-20): the board 'appointed Vaughan Strawbridge, John Greig, Sal Algeri and Richard Hughes
    # of Deloitte as voluntary administrators' (four names, a longer list before 'as')
    (
        "bk-board-appointed-four-named-partners-as-voluntary-administrators",
        (
            "On 20 April 2020, the board of directors appointed Vaughan Strawbridge, John Greig, Sal Algeri and "
            "Richard Hughes of Deloitte as voluntary administrators of 38 companies within the Virgin Australia "
            "Group (Virgin Australia)."
        ),
        {B},
    ),
    # https://www.grantthornton.com.au/news-centre/arrium-limited-appoints-grant-thornton-as-voluntary-administrators/
    # (Arrium Limited (ASX: ARI), press release, 2016-04-07): named partners who 'have today been appointed as Voluntary
    # Administrators of Arrium Limited' (the time between 'have' and 'been')
    (
        "bk-have-today-been-appointed-as-voluntary-administrators-of",
        (
            "Paul Billingham, Said Jahani, Michael McCann and Matt Byrnes, all of Grant Thornton, have today been"
            " appointed as Voluntary Administrators of Arrium Limited and the majority of its Australian "
            "subsidiaries* (\u201cArrium\u201d or \u201cthe Group\u201d), following resolutions passed by the Boards of the affected "
            "companies."
        ),
        {B},
    ),
    # https://d3ur5s4dyg6skx.cloudfront.net/rns/news/32871209 (4D pharma plc, press release, 2022-08-04): 'the joint
    # administrators of 4D Pharma plc (the "Company") have posted their statement of proposals' (a UK company's joint
    # administrators acting for it; the name may open with a figure)
    (
        "bk-the-joint-administrators-of-a-named-plc-posted-proposals",
        (
            "Leeds, UK, August 4, 2022, - 4D pharma plc (AIM: DDDD), a pharmaceutical company leading the "
            "development of Live Biotherapeutic products (LBPs), a novel class of drug derived from the "
            "microbiome, announces that the joint administrators of 4D Pharma plc (the \"Company\") have posted "
            "their statement of proposals to the members and creditors of the Company in accordance with the "
            "Insolvency Act 1986 and the Insolvency Rules (the \"Proposals\")."
        ),
        {B},
    ),
    # ---- a Chapter 15 bankruptcy petition; India's tribunal admitting proceedings or starting the CIRP; failing to issue its annual report ----
    # https://ig.com/uk/news-and-trade-ideas/shares-news/noble-group_s-2020-noteholders-notified-of-default-181029 (Noble
    # Group Limited, other, 2018-10-29): notes that face a default 'after the company filed a Chapter 15 bankruptcy
    # petition in the US' (the word 'bankruptcy' between the chapter and the petition)
    (
        "bk-filed-a-chapter-15-bankruptcy-petition",
        (
            "The United States (US) dollar 6.75% fixed rate senior notes due 2020, with a principle amount of "
            "about US$1.18 billion face a default after the company filed a Chapter 15 bankruptcy petition in the"
            " US."
        ),
        {B},
    ),
    # http://www.livemint.com/Companies/HeHXUrOXpEp6OzTPzP89EM/NCLT-admits-insolvency-proceedings-against-Lanco-
    # Infratech.html (Lanco Infratech Ltd, other, undated): 'The National Company Law Tribunal (NCLT) has admitted
    # insolvency proceedings against Lanco Infratech Ltd'
    (
        "bk-tribunal-admitted-insolvency-proceedings-against-named-company",
        (
            "Mumbai: The National Company Law Tribunal (NCLT) has admitted insolvency proceedings against Lanco "
            "Infratech Ltd, among the 12 identified cases referred to the tribunal following the Reserve Bank of "
            "India\u2019s 13 June directive, the company said in a stock exchange filing on Thursday."
        ),
        {B},
    ),
    # https://stockfame.com/stock-hits-5-lower-circuit-after-nclt-admits-insolvency-petition (Diksha Greens Ltd, other,
    # undated): 'the NCLT has kicked off the Corporate Insolvency Resolution Process (CIRP) against Diksha Greens Ltd'
    (
        "bk-tribunal-kicked-off-the-cirp-against-named-company",
        (
            "As a result, the NCLT has kicked off the Corporate Insolvency Resolution Process (CIRP) against "
            "Diksha Greens Ltd."
        ),
        {B},
    ),
    # https://ways2capitaladvisor.newsvine.com/_news/2017/08/23/38228054-orchid-pharma-extends-losses (Orchid Pharma Ltd,
    # other, 2017-08-23): 'The said order provides for the commencement of Corporate Insolvency Resolution Process (CIRP)
    # and appointment of an Interim Resolution Professional'
    (
        "bk-order-provides-for-the-commencement-of-cirp",
        (
            "The said order provides for the commencement of Corporate Insolvency Resolution Process (CIRP) and "
            "appointment of an Interim Resolution Professional to take charge of the management of the company."
        ),
        {B},
    ),
    # https://www.theedgemarkets.com/article/bursa-reprimands-asdion-late-annual-report-submission (Asdion Bhd, other,
    # 2017-08-24): reprimanded by the exchange 'for failing to issue its Annual Report (AR) for the financial year ended
    # March 31, 2016 (FY16) by the stipulated timeframe'
    (
        "late-reprimanded-for-failing-to-issue-its-annual-report",
        (
            "KUALA LUMPUR (Aug 24): Asdion Bhd has been publicly reprimanded by Bursa Malaysia Securities Bhd for"
            " failing to issue its Annual Report (AR) for the financial year ended March 31, 2016 (FY16) by the "
            "stipulated timeframe of July 31, 2016."
        ),
        {L},
    ),
    # ---- a Practice Note 17 listed issuer; a letter of noncompliance from the exchange ----------------------------
    # https://www.daily8.com/en/hashtag/PracticeNote17 (Ho Hup Construction Company Bhd, other, 2025-06-04): 'the company
    # was classified as a Practice Note 17 listed issuer' (Bursa Malaysia's distressed issuers, the note named in full)
    (
        "dl-classified-as-a-practice-note-17-listed-issuer",
        (
            "On April 18, 2025, the company was classified as a Practice Note 17 listed issuer and is currently "
            "under the restraining order."
        ),
        {D},
    ),
    # https://easthamptonstar.com/archive/bank-delays-filing-again (Suffolk Bancorp, other, 2011-08-10): 'the company has
    # received a letter of noncompliance from the American Stock Exchange' after a failure to file
    (
        "dl-received-a-letter-of-noncompliance-from-the-exchange",
        (
            "Because of the failure to file, the company has received a letter of noncompliance from the American"
            " Stock Exchange, \u201cas expected,\u201d according to a release."
        ),
        {D},
    ),
    # ---- a named company that has appointed administrators --------------------------------------------------------
    # https://theretailbulletin.com/department-stores/debenhams-appoints-administrators-10-04-2020 (Debenhams (Debenhams
    # Retail Limited), other, 2020-04-10): 'Debenhams has appointed administrators in order to protect its UK business'
    # (administrators in the plural are a company's)
    (
        "bk-named-company-has-appointed-administrators",
        (
            "Debenhams appoints administrators\nDebenhams has appointed administrators in order to protect its UK "
            "business from the threat of legal action that could have pushed it into liquidation."
        ),
        {B},
    ),
    # ---- an exchange that intends or plans to delist; a named company placed on its defaulters' segment -----------
    # http://en.people.cn/english/200107/25/eng20010725_75749.html (NetEase.com, Inc., other, 2001-07-23): notice 'that
    # Nasdaq intends to delist the company's American Depositary Shares' (the exchange's intention is no voluntary
    # delisting)
    (
        "dl-notice-that-nasdaq-intends-to-delist-the-companys-ads",
        (
            "NetEase.com, Inc, a leading Internet technology provider in China, announced Monday that on July 19,"
            " 2001, it received notice from The Nasdaq Stock Market that Nasdaq intends to delist the company's "
            "American Depositary Shares from the Nasdaq National Market at the opening of business on July 27, "
            "2001."
        ),
        {D},
    ),
    # https://ng.investing.com/news/stock-market-news/unity-biotechnology-stock-plunges-after-nasdaq-delisting-
    # notice-93CH-1988457 (Unity Biotechnology, Inc., other, undated): 'after receiving notification that Nasdaq plans to
    # delist the company's securities'
    (
        "dl-notification-that-nasdaq-plans-to-delist",
        (
            "Investing.com -- Unity Biotechnology Inc (NASDAQ:UBX) stock plunges 45% after receiving notification"
            " that Nasdaq plans to delist the company\u2019s securities, citing concerns that it has become a \"public "
            "shell\" with limited operations."
        ),
        {D},
    ),
    # https://www.dawn.com/news/1438099/pia-placed-on-psx-defaulter-
    # segment?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+dawn-news+%28Dawn+News%29 (Pakistan International
    # Airlines Corporation Limited, other, undated): the exchange 'had placed Pakistan International Airlines (PIA) on its
    # defaulters' segment'
    (
        "dl-exchange-placed-named-company-on-its-defaulters-segment",
        (
            "The Pakistan Stock Exchange (PSX) issued a notice on Wednesday announcing that it had placed "
            "Pakistan International Airlines (PIA) on its defaulters' segment."
        ),
        {D},
    ),
    # ---- uncertainty regarding its status as a going concern; an annual report that could not be presented on time ----
    # http://www.reuters.com/article/airbus-skymark-airlines-cancellation-idUST9N0PZ01420140731 (Skymark Airlines Inc.,
    # other, 2014-07-31): 'there is significant uncertainty regarding its status as a going concern' (its status, not its
    # ability)
    (
        "gc-significant-uncertainty-regarding-its-status-as-a-going-concern",
        (
            "Skymark said in the earnings report it acknowledged that at this time there is significant "
            "uncertainty regarding its status as a going concern."
        ),
        {G},
    ),
    # https://www.ch-aviation.com/portal/news/89488/share (Avianca Holdings S.A., other, undated): an SEC filing
    # 'explaining why its annual report for the year ending December 31 could not be presented on time'
    (
        "late-annual-report-could-not-be-presented-on-time",
        (
            "The avianca airlines (AV, Bogot\u00e1) parent made the comment in an SEC filing on April 23 explaining "
            "why its annual report for the year ending December 31 could not be presented on time. It will file "
            "the report, including the auditors' conclusion, in June, it promised."
        ),
        {L},
    ),
    # ---- a chief executive who resigned with immediate effect, auditors appointed to investigate (guard) ----------
    # https://www.businesslive.co.za/bd/companies/retail-and-consumer/2018-12-06-steinhoff-marks-anniversary-of-delayed-
    # results-with-another-delay/ (Steinhoff International Holdings N.V., other, 2018-12-06): 'Markus Jooste had resigned
    # with immediate effect as CEO and it had appointed auditors PricewaterhouseCoopers to investigate' (an officer's
    # resignation, the firm brought in to investigate; guard)
    (
        "ac-guard-ceo-resigned-with-immediate-effect-beside-auditors-appointed-to-investigate",
        (
            "The reason why it could not release audited results were clarified two days later when instead of "
            "releasing the results, it informed investors Markus Jooste had resigned with immediate effect as CEO"
            " and it had appointed auditors PricewaterhouseCoopers to investigate accounting irregularities."
        ),
        set(),
    ),
    # ---- the auditor's ISA 570 section by its heading, with its paragraph -----------------------------------------
    # https://www.saaketa.com/Fundamental.aspx?companycode=11610152.00&pagename=audrpt&reptype=AUD (NITCO Ltd, other,
    # 2024-03-31): the auditor's section 'Material Uncertainty Related to Going Concern' (run into the heading before it)
    # with its paragraph 'The Company continues to incur losses resulting in an erosion of its net worth'
    (
        "gc-isa-570-section-heading-run-into-another-with-its-paragraph",
        (
            "2. Basis for Qualified OpinionMaterial Uncertainty Related to Going Concern\nThe Company continues to"
            " incur losses resulting in an erosion of its net worth and its current liabilities exceeds current "
            "assets as of 31st March 2024."
        ),
        {G},
    ),
    # ---- securities subject to possible delisting; an application under section 7 of the Code admitted ------------
    # https://www.bangkokpost.com/business/2595259/stark-facing-stock-exchange-delisting (Stark Corporation PCL, other,
    # 2023-06-19): the exchange's statement that 'Stark's securities are subject to possible delisting because of its
    # negative equity'
    (
        "dl-named-issuers-securities-subject-to-possible-delisting",
        (
            "\"Stark's securities are subject to possible delisting because of its negative equity from June 19 "
            "onwards,\" said the statement, adding that Stark must disclose its process for eliminating the "
            "grounds for delisting due to negative equity, including the timeline for informing shareholders and "
            "investors, by July 19."
        ),
        {D},
    ),
    # http://www.livemint.com/Money/WB3yiw7ANLlBumLQaX5M6N/Amtek-Auto-shares-down-5-hit-lower-circuit-on-BSE.html (Amtek
    # Auto Ltd, other, 2017-07-25): 'The application filed by Corporation Bank under section 7 of the Insolvency and
    # bankruptcy Code ... has been admitted by the tribunal' (the creditor's application named by the Code's section)
    (
        "bk-application-under-section-7-of-the-code-admitted",
        (
            "\u201cThe application filed by Corporation Bank under section 7 of the Insolvency and bankruptcy Code, "
            "2016... before NCLT, Chandigarh has been admitted by the tribunal,\u201d the company said in a BSE filing"
            " on Monday."
        ),
        {B},
    ),
    # ---- a deal that will allow the company to exit Chapter 11 ----------------------------------------------------
    # https://therealdeal.com/new-york/2010/02/24/general-growth-properties-to-split-emerge-from-bankruptcy-with-an-
    # investment-from-brookfield-properties-after-rejection-simon-property-group-bid-1/ (General Growth Properties, Inc.,
    # other, 2010-02-24): an investment 'that will allow the shopping mall giant to exit Chapter 11 bankruptcy protection'
    # (a case still under way)
    (
        "bk-investment-that-will-allow-company-to-exit-chapter-11",
        (
            "General Growth Properties is receiving a $2.5 billion shot in the arm from Canadian property manager"
            " Brookfield Asset Management that will allow the shopping mall giant to exit Chapter 11 bankruptcy "
            "protection, the company announced today."
        ),
        {B},
    ),
    # ---- shares suspended due to a delay in completing the audit of the financial results -------------------------
    # https://www.stockmarketwire.com/article/7105125/MC-Saatchi-shares-suspended-amid-audit-delay.html (M&C Saatchi plc,
    # other, 2020-10-01): 'Shares in marketing company M&C Saatchi have been suspended from trading due to a delay in
    # completing the audit of the company's financial results'
    (
        "dl-shares-suspended-due-to-a-delay-in-completing-the-audit",
        (
            "StockMarketWire.com - Shares in marketing company M&C Saatchi have been suspended from trading due "
            "to a delay in completing the audit of the company's financial results.\nThe audit for the financial "
            "year ended 31 December 2019 was due to be published yesterday (30 September)."
        ),
        {D, L},
    ),
    # ---- a market that said it will delist a named company, kept it on its watchlist, or designated it a management item ----
    # https://www.japantimes.co.jp/news/2002/01/14/business/shokusan-jutaku-seeks-protection-from-creditors (Shokusan
    # Jutaku Sogo Co., other, 2002-01-14): 'The TSE said Sunday it will delist Shokusan Jutaku on April 14' (the market as
    # the subject of its own decision)
    (
        "dl-exchange-said-it-will-delist-named-company",
        (
            "The TSE said Sunday it will delist Shokusan Jutaku on April 14 after transferring it to a "
            "liquidation post Monday."
        ),
        {D},
    ),
    # https://cm.asiae.co.kr/en/article/2022032712091108326 (Seondo Electric (Seondo Jeongi) and other KOSPI/KOSDAQ
    # companies, other, 2022-03-27): a named company 'designated as a management item after receiving a qualified opinion'
    # (Korea's exchange designation, the step before delisting)
    (
        "dl-designated-as-a-management-item",
        (
            "KOSPI-listed company Iljeong Silup was designated as a management item after receiving a qualified "
            "opinion. If it receives a qualified opinion again in the next audit report submission, delisting "
            "procedures will proceed."
        ),
        {D},
    ),
    # https://www.rnz.co.nz/news/business/93791/revised-earnings-reports-filed-by-olympus (Olympus Corp., other,
    # 2011-12-15): 'The Tokyo Stock Exchange said it was keeping Olympus on its watchlist for possible delisting'
    (
        "dl-exchange-keeping-named-company-on-its-watchlist",
        (
            "The Tokyo Stock Exchange said it was keeping Olympus on its watchlist for possible delisting."
        ),
        {D},
    ),
    # ---- assets listed in a Chapter 11 petition; a formal Chapter 11 filing made; uncertainty whether it will remain a going concern ----
    # https://www.chicagobusiness.com/finance-banking/curo-group-holdings-files-bankruptcy (CURO Group Holdings Corp.,
    # other, undated): 'Curo listed assets and liabilities of at least $1 billion each in a Chapter 11 petition filed in
    # Texas' (what only the debtor lists)
    (
        "bk-listed-assets-and-liabilities-in-a-chapter-11-petition",
        (
            "Curo listed assets and liabilities of at least $1 billion each in a Chapter 11 petition filed in "
            "Texas. The filing allows the firm to keep operating while it works to repay creditors."
        ),
        {B},
    ),
    # http://www.jamesmonroepa.com/blog/2013/10/pharmaceutical-firm-files-voluntary-chapter-11.shtml (Savient
    # Pharmaceuticals, Inc., other, undated): 'Savient ... made a formal Chapter 11 bankruptcy filing in late October'
    (
        "bk-made-a-formal-chapter-11-bankruptcy-filing",
        (
            "Savient, a firm that manufactures drugs used by patients in Pennsylvania and other states, made a "
            "formal Chapter 11 bankruptcy filing in late October."
        ),
        {B},
    ),
    # http://japantimes.co.jp/news/2014/08/01/business/corporate-business/skymark-fears-doom-airbus-a380-cancellation-
    # penalty (Skymark Airlines Inc., other, 2014-08-01): 'There is "material uncertainty" over whether the company will
    # remain a going concern', the carrier said
    (
        "gc-material-uncertainty-over-whether-it-will-remain-a-going-concern",
        (
            "There is \"material uncertainty\" over whether the company will remain a going concern as it may have "
            "to pay a \"large amount\" as penalty, the carrier said in a statement Thursday."
        ),
        {G},
    ),
    # ---- a quarter's results or earnings reports delayed or postponed ---------------------------------------------
    # https://petroglobalnews.com/2014/12/amid-graft-probes-petrobras-delays-third-quarter-results-for-third-time/
    # (Petróleo Brasileiro S.A. (Petrobras), other, undated): 'Petrobras delayed its third quarter results for the third
    # time' (a quarter's results named by the quarter)
    (
        "late-delayed-its-third-quarter-results",
        (
            "Brazil\u2019s Petrobras delayed its third quarter results for the third time in two months as board "
            "members reportedly try to determine the size of graft related write downs."
        ),
        {L},
    ),
    # http://uk.reuters.com/article/mexico-housing-idUKL1N0FV1VD20130725 (Desarrolladora Urbi, S.A.B. de C.V.; Corporación
    # GEO, S.A.B. de C.V., other, 2013-07-25): homebuilders that 'postponed filing their second-quarter earnings reports,
    # citing the need to restructure debt'
    (
        "late-postponed-filing-their-second-quarter-earnings-reports",
        (
            "MEXICO CITY, July 25 Mexican homebuilders Urbi\nand Geo on Thursday postponed filing their\nsecond-"
            "quarter earnings reports, citing the need to restructure\ndebt."
        ),
        {L},
    ),
    # ---- companies that had their shares suspended for late accounts or a missed reporting deadline ---------------
    # https://www.accountancyage.com/aa/news/1778643/missed-deadlines-peak-aim (28 unnamed AIM companies, other, undated):
    # 'Twenty eight AIM companies have had their shares suspended for failing to file their accounts on time' (the issuers
    # told as the ones who had it done)
    (
        "dl-companies-had-their-shares-suspended-for-failing-to-file-accounts",
        (
            "Twenty eight AIM companies have had their shares suspended for failing to\nfile their accounts on "
            "time."
        ),
        {D, L},
    ),
    # https://www.businesslive.co.za/bd/companies/2018-07-02-jse-suspends-two-companies-censures-five-more-for-tardy-
    # reporting/ (WG Wearne, Visual International, African Dawn Capital, Esor and other JSE-listed companies, other,
    # 2018-07-02): two companies that 'had their shares suspended by the JSE ... for failing to meet the bourse's
    # financial reporting deadline' (the deadline named as the reports' own)
    (
        "dl-had-their-shares-suspended-for-failing-to-meet-reporting-deadline",
        (
            "WG Wearne and Visual International had their shares suspended by the JSE on Monday morning for "
            "failing to meet the bourse\u2019s financial reporting deadline."
        ),
        {D, L},
    ),
    # ---- an exchange's warning letter sent to a named issuer; a decision to delist the stocks of *ST names --------
    # http://www.reuters.com/article/oi-sa-stocks-idUSL1N12D2LQ20151013 (Oi S.A., other, 2015-10-13): 'The NYSE sent Oi a
    # warning letter in mid-September' (the market's warning to a named issuer)
    (
        "dl-exchange-sent-named-company-a-warning-letter",
        (
            "In a securities filing in Brazil, Oi said it has \u201cthe intention of altering the terms of its "
            "American depositary shares ... to meet the New York Stock Exchange\u2019s minimum price requirement.\u201d The"
            " NYSE sent Oi a warning letter in mid-September, according to the filing."
        ),
        {D},
    ),
    # http://www.szse.cn/English/about/news/szse/t20190520_567289.html (*ST Huaze and *ST Zhonghe (Shenzhen-listed),
    # other, 2019-05-20): 'SZSE made the decision to delist the stocks of *ST Huaze and *ST Zhonghe' (China's risk-warned
    # names open with an asterisk)
    (
        "dl-exchange-decision-to-delist-the-stocks-of-st-names",
        (
            "On May 17, 2019, SZSE made the decision to delist the stocks of *ST Huaze and *ST Zhonghe as per "
            "Articles 14.4.1 and 14.4.2 of the Rules Governing Share Listing (Revised in November 2018) and the "
            "review opinion of the Listing Committee."
        ),
        {D},
    ),
    # ---- two of the firm's partners who resigned (guard); uncertainty expressed over its ability to continue operating ----
    # https://eagle.co.ug/2018/04/15/two-kpmg-partners-resign-in-south-africa-face-disciplinary-charges.html (KPMG South
    # Africa, other, 2018-04-14): 'KPMG South Africa said on Saturday two of its partners have resigned after facing
    # disciplinary charges' (people of the firm, not the firm; guard)
    (
        "ac-guard-two-of-the-firms-partners-resigned",
        (
            "KPMG South Africa said on Saturday two of its partners have resigned after facing disciplinary "
            "charges over failure to disclose financial interests in connection to VBS Mutual Bank, which was "
            "placed under curatorship.\nThe company said in a statement partners Sipho Malaba and Dumi Tshuma "
            "tendered their resignations on Friday, which have been accepted."
        ),
        set(),
    ),
    # https://thefxpost.com/country-garden-holdings-faces-uncertainty-amidst-net-loss (Country Garden Holdings Company
    # Limited, other, undated): the developer 'has expressed uncertainty regarding its ability to continue operating as a
    # going concern'
    (
        "gc-company-expressed-uncertainty-regarding-its-ability-to-continue-operating",
        (
            "Country Garden Holdings, a Chinese property developer, has expressed uncertainty regarding its "
            "ability to continue operating as a going concern."
        ),
        {G},
    ),
    # ---- its decision to enter into business rescue ---------------------------------------------------------------
    # https://www.sabcnews.com/sabcnews/tongaat-hulett-says-entering-into-business-rescue-is-voluntary/ (Tongaat Hulett
    # Limited, other, undated): the company 'has confirmed that its decision to enter into business rescue is voluntary'
    # (South Africa's court-supervised rescue, decided by the board)
    (
        "bk-its-decision-to-enter-into-business-rescue",
        (
            "Tongaat Hulett has confirmed that its decision to enter into business rescue is voluntary. In a "
            "statement, the company says it is in financial distress."
        ),
        {B},
    ),
    # ---- companies yet to publish their results for a closed financial year ---------------------------------------
    # https://www.theeastafrican.co.ke/business/Investor-jitters-over-delay-of-audited-reports/2560-5433444-format-
    # sitemap-iurovsz/index.html (Kenya Power, KenGen and East Africa Portland Cement Company, other, 2020-01-27): three
    # named companies 'are yet to publish their results for the financial year ending June 30, 2019, which is the time-
    # frame stipulated by law'
    (
        "late-named-companies-yet-to-publish-results-for-a-closed-year",
        (
            "Three state companies \u2014 Kenya Power, Kenya Electricity Generating Company (KenGen) and the East "
            "Africa Portland Cement Company (EAPCC) \u2014 are yet to publish their results for the financial year "
            "ending June 30, 2019, which is the time-frame stipulated by law."
        ),
        {L},
    ),
]


@pytest.mark.parametrize(("case_id", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_distress_case(case_id: str, text: str, expected: set[str]) -> None:
    found = [f for f in detect(text) if f.kind in NEW]
    assert {f.kind for f in found} == expected, [(f.kind, f.confidence, f.evidence) for f in found]


def test_distress_case_ids_unique() -> None:
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


def test_a_noun_future_before_a_preposition_makes_nothing_hypothetical() -> None:
    """https://lotterydaily.com/2022/09/12/business/quintet-quit-lottery-com-as-firm-strikes-woodford-eurasia-assets-agreement/
    (Lottery.com, news, 2022-09-12): "its future amid failure to file" - the noun "future", then a preposition, does not
    make the failure that follows a possible one. (The "'substantial' doubts over its future" in the same sentence is a
    going-concern paraphrase the rules do not read; only the late report is asserted here.)"""
    text = (
        "The following month Lottery.com expressed \u2018substantial\u2019 doubts over its future amid failure to file its "
        "quarterly report for the period ended June 30, 2022, by the prescribed date of August 15."
    )
    assert "late_filing" in {f.kind for f in detect(text)}


def test_bankruptcy_facts_name_chapter_date_and_court() -> None:
    text = CASES[[c[0] for c in CASES].index("bk-item-103-petitions")][1]
    (f,) = detect(text, kinds=[B])
    assert dict(f.facts) == {
        "chapter": "Chapter 11",
        "petition date": "May 17, 2009",
        "court": "United States Bankruptcy Court for the Western District of Texas",
    }
    assert f.severity.value == "critical"


def test_delisting_facts_and_stage_severity() -> None:
    # 8-K Item 3.01, Horizon Financial (dev2 horizon-financial-nasdaq-bid-price-notice-2009)
    text = (
        "On November 6, 2009, Horizon Financial Corp. (the \"Company\") received a letter from Nasdaq Stock Market "
        "(\"Nasdaq\") indicating that, for the last 30 consecutive business days preceding the date of the letter, the "
        "bid price of the Company's common stock had closed below the $1.00 minimum bid price required for continued "
        "listing on the Nasdaq Global Market under Marketplace Rule 5450(a)(1). In accordance with Marketplace Rule "
        "5810(c)(3)(A), the Company has 180 calendar days from the date of the Nasdaq letter, or until May 5, 2010, to "
        "regain compliance with the minimum bid price rule."
    )
    (f,) = detect(text, kinds=[D])
    facts = dict(f.facts)
    assert facts["stage"] == "deficiency notice" and facts["exchange"] == "Nasdaq"
    assert facts["standard"] == "bid price" and facts["rule"] == "Marketplace Rule 5450(a)(1)"
    assert facts["compliance period"] == "180 calendar days" and facts["deadline"] == "May 5, 2010"
    assert f.severity.value == "medium"
    determination = CASES[[c[0] for c in CASES].index("dl-staff-determination")][1]
    assert detect(determination, kinds=[D])[0].severity.value == "high"


def test_a_title_is_set_apart_from_its_letter_but_a_wrapped_line_is_not() -> None:
    # the two real texts of the rows dl-title-runs-into-the-letter and dl-continued-listing-no-longer-warranted: the
    # title stops far short of the line under it; the lines of RINO's hard-wrapped 8-K (br.advfn.com) are alike
    title = {c[0]: c[1] for c in CASES}["dl-title-runs-into-the-letter"]
    assert delisting._after_title(title.lower()) == title.index("\n") + 1
    wrapped = (
        "On\nNovember 29, 2010 RINO International Corporation (the \u201cCompany\u201d) received a\nletter from The NASDAQ "
        "Stock Market (\u201cNASDAQ\u201d) stating that based upon its\nreview of the Company and pursuant to NASDAQ Listing "
        "Rules 5101, 5250(a)(1) and\n5250(c)(1), the staff of NASDAQ believes that the continued listing of the\n"
        "Company\u2019s securities on NASDAQ is no longer warranted (the \u201cNASDAQ\nLetter\u201d)."
    )
    assert delisting._after_title(wrapped.lower()) == 0
    second = wrapped[wrapped.index("\n") + 1 :]
    assert delisting._after_title(second.lower()) == 0


def test_delisting_exchange_named_by_an_earlier_name() -> None:
    # http://www.sec.gov/Archives/edgar/data/1336545/000134100410001446/aa_ex99-1.htm (American Apparel, EX-99.1,
    # August 23, 2010): the NYSE American was the NYSE Amex then, and the headline spells it in capitals
    text = (
        "AMERICAN APPAREL RECEIVES NYSE AMEX LLC LETTER RELATING TO LATE FILING OF SECOND QUARTER 2010 QUARTERLY "
        "REPORT ON FORM 10-Q\nLOS ANGELES, August 23, 2010 \u2013 American Apparel, Inc. (NYSE Amex: APP), a vertically "
        "integrated manufacturer, distributor, and retailer of branded fashion basic apparel, today announced that it "
        "received a letter from the NYSE Amex LLC (the \u201cExchange\u201d) stating that the company\u2019s timely filing of "
        "its Quarterly Report on Form 10-Q for the quarter ended June 30, 2010 (the \u201cForm 10-Q\u201d) is a condition for "
        "the company\u2019s continued listing on the Exchange, as required by Sections 134 and 1101 of the Exchange\u2019s "
        "Company Guide, and that the company\u2019s failure to timely file the Form 10-Q is a material violation of the "
        "company\u2019s listing agreement with the Exchange."
    )
    (f,) = detect(text, kinds=[D])
    assert dict(f.facts)["exchange"] == "NYSE American"


def test_auditor_change_severity_follows_what_was_disclosed() -> None:
    dismissal = CASES[[c[0] for c in CASES].index("ac-company-dismissed")][1]
    (routine,) = detect(dismissal, kinds=[A])
    assert routine.severity.value == "medium" and dict(routine.facts)["former auditor"].startswith("Pricewaterhouse")
    # publicnow 8-K Item 4.01 (dev2 unnamed-issuer-dismisses-pwc...): reportable events and a going-concern paragraph
    with_issues = dismissal + (
        " The reports of PwC on the Company's financial statements for the fiscal year ended December 31, 2023 "
        "included an explanatory paragraph indicating that there was substantial doubt as to the Company's ability "
        "to continue as a going concern. There were no reportable events within the meaning of Item 304(a)(1)(v) of "
        "Regulation S-K, other than the material weaknesses in the Company's internal control over financial "
        "reporting identified by management."
    )
    (serious,) = detect(with_issues, kinds=[A])
    assert serious.severity.value == "high"
    assert dict(serious.facts)["disclosed"] == "reportable events, going-concern paragraph"
    resigned = CASES[[c[0] for c in CASES].index("ac-firm-resigned")][1]
    assert detect(resigned, kinds=[A])[0].severity.value == "high"


def test_structured_signals_for_the_new_items_and_forms() -> None:
    assert [f.kind for f in detect("Nothing of note.", items=("1.03",))] == [B]
    assert [f.kind for f in detect("Nothing of note.", items=("4.01",))] == [A]
    # Item 3.01 also covers transfers and regained compliance: the text decides.
    assert detect("Nothing of note.", items=("3.01",)) == []
    nt = detect("PART III - NARRATIVE\nThe financial statements could not be completed in time.", form="NT 10-K")
    assert [f.kind for f in nt] == [L] and "form:NT 10-K" in nt[0].signals
    assert nt[0].evidence == "The financial statements could not be completed in time."
    assert [f.kind for f in detect("Nothing of note.", form="NT 10-Q/A")] == [L]


def test_pre_2004_item_headings_raise_confidence() -> None:
    # 8-K under the pre-2004 Item 4 (dev2 icsl-pwc-resigns...), original hard line breaks
    body = (
        "On June 20, 2000, Innovative Clinical Solutions, Ltd. (the \"Company\")\nwas informed by its independent "
        "accountants, PricewaterhouseCoopers LLP, (\"PwC\")\nthat PwC was resigning as independent accountants of the "
        "Company effective on\nthe date of such notice."
    )
    plain = detect(body, kinds=[A])[0]
    headed = detect("ITEM 4: CHANGE IN REGISTRANT'S CERTIFYING ACCOUNT\n" + body, kinds=[A])[0]
    assert "heading:4.01" in headed.signals and headed.confidence > plain.confidence
    old_item_3 = detect("Item 3. Bankruptcy or Receivership\nOn July 14, 2000, the Company filed voluntary petitions "
                        "for protection under Chapter 11 of the United States Bankruptcy Code.", kinds=[B])[0]
    assert "heading:1.03" in old_item_3.signals


def test_late_filing_names_the_report_from_the_nt_cover() -> None:
    # capedge Capstone Companies NT 10-Q cover (dev2 capstone-companies-nt10q-cover-2020)
    cover = (
        "FORM 12b-25\nNOTIFICATION OF LATE FILING\n(Check One): \u2610 Form 10-K \u2610 Form 20-F \u2610 Form 11-K "
        "\u2612 Form 10-Q and Form 10-D\nFor Period Ended: March 31, 2020"
    )
    (f,) = detect(cover, kinds=[L])
    assert dict(f.facts)["late report"] == "Form 10-Q"
    assert f.periods == ("period ended March 31, 2020",)


@pytest.mark.skipif(not DEV2.exists(), reason="shared dev2 corpus not available")
def test_dev2_corpus_meets_the_acceptance_bar_for_the_new_kinds() -> None:
    cases = [json.loads(line) for line in DEV2.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = {c["id"]: {f.kind for f in detect(c["text"], kinds=NEW)} for c in cases}
    for kind in NEW:
        tp = sum(kind in c["labels"] and kind in found[c["id"]] for c in cases)
        fp = sum(kind not in c["labels"] and kind in found[c["id"]] for c in cases)
        fn = sum(kind in c["labels"] and kind not in found[c["id"]] for c in cases)
        assert 2 * tp / (2 * tp + fp + fn) >= 0.95, (kind, tp, fp, fn)
    negatives = [c for c in cases if not c["labels"]]
    assert sum(bool(found[c["id"]]) for c in negatives) <= 0.02 * len(negatives)


def test_an_item_heading_hard_wrapped_over_lines_is_read() -> None:
    # https://www.sec.gov/Archives/edgar/data/812906/000100579407000130/hancock8k032007.htm (Hancock Fabrics, 8-K, 2007)
    low = (
        "item\n2.04 triggering\nevents that accelerate or increase a direct financial obligation or an\nobligation under an "
        "off-balance sheet arrangement."
    )
    assert cues.item_headings(low) == ("2.04",)


def test_the_firm_replaced_is_the_former_auditor() -> None:
    # https://www.sec.gov/Archives/edgar/data/1059213/000105921311000042/dniexhibit77k.htm: the new firm is named first
    (f,) = detect(
        "Pursuant to meetings held on March 8, 2011, the Audit Committee and the Board of Directors of the Registrant engaged "
        "Tait, Weller & Baker LLP, 1818 Market Street, Philadelphia, Pennsylvania 19103, to replace E&Y as the independent "
        "registered public accounting firm for the Registrant for the fiscal year commencing December 1, 2010.",
        kinds=[A],
    )
    assert dict(f.facts)["former auditor"] == "E&Y"
