"""Wording families of the three original kinds, each row a verbatim excerpt of a public filing (10-Q/10-K
note pages, 8-Ks, credit and forbearance agreements filed as exhibits, reconciliation exhibits) or of
public guidance text, with the address it was taken from. They were collected apart from the development
corpus to check that the rules describe what a sentence says happened -- an obligation not paid when
due, a right enforced against the company, an asset's carrying amount reduced, previously issued
statements corrected -- rather than memorised phrases; the negatives are the look-alikes the label
policy keeps out (contract terms, default-rate clauses, waived breaches, deferral rights, write-downs of
inventory, bankruptcy "impaired" claims, pronouncement text, stock-split restatements, Item 4.02
guidance).

Each row: an id, the source address, the excerpt, the original kinds it must raise (and no other
original kind; later kinds are checked by their own tables).
"""

from __future__ import annotations

import pytest

from monitor.detect import detect
from monitor.text import sentence_at

D, I, R = "default", "impairment", "restatement"
OLD_KINDS = (D, I, R)

CASES: list[tuple[str, str, str, set[str]]] = [
    # -------- default: a payment missed and a grace period running
    (
        "forgo-interest-enter-grace-period",
        "https://www.sec.gov/Archives/edgar/data/1058623/000105862317000083/R19.htm",
        (
            "In connection with the Company’s ongoing discussions with creditors, on October 30, 2017, "
            "the Restructuring Committee of the Board of Directors authorized the Company to forgo the "
            "scheduled interest payment on the 7.75% Senior Notes due on November 1, 2017, thereby "
            "entering into the applicable 30-day grace period under the terms of the Indenture. This "
            "nonpayment constitutes a “default” under the terms of the Indenture, which matures into an "
            "“Event of Default” if such “default” is not cured or waived before the expiration of the "
            "30-day grace period on December 1, 2017."
        ),
        {D},
    ),
    (
        "defer-interest-enter-grace-period",
        "https://fr.advfn.com/bourses/NYSE/LCI/actualites/90816313/current-report-filing-8-k",
        (
            "On April 17, 2023, the Company\nelected to defer an interest payment due on such date in "
            "respect of its 7.750% senior secured notes due 2026 (the “2026 Notes”)\nand enter a 30-day "
            "grace period. The Company’s election to not make such interest payment was not driven by "
            "liquidity constraints\nas the Company had approximately $47 million in unrestricted cash as "
            "of March 31, 2023.\nIf the Company does not\nmake this interest payment within the 30-day "
            "grace period, it will constitute an event of default"
        ),
        {D},
    ),
    (
        "forbearance-after-grace-period-expired",
        "https://www.sec.gov/Archives/edgar/data/30419/000095014409004395/g19163e8vk.htm",
        (
            "On May 14, 2009, R.H. Donnelley Corporation (the “Company”) issued a press release "
            "announcing\nthat it has entered into forbearance agreements with certain of its bondholders "
            "and bank lenders\n(the “Forbearance Agreements”) with respect to the consequences of the "
            "expiration of the 30-day\ngrace period relating to a $55 million interest payment on one "
            "series of the Company’s senior\nunsecured notes. The relevant interest payment was due April "
            "15, 2009 and the 30-day grace period\nfor such payment expired on May 15, 2009. The "
            "bondholders and bank lenders party to the\nForbearance Agreements agreed not to pursue their "
            "rights and remedies under the Company’s and its\nsubsidiaries’ applicable debt agreements "
            "relating to such interest payment through May 28, 2009."
        ),
        {D},
    ),
    (
        "missed-excess-cash-flow-payments-forbearance",
        "https://www.sec.gov/Archives/edgar/data/1451951/000143774913006126/R10.htm",
        (
            "The Company did not make Excess Cash Flow payments due on November 5, 2012, February 4, "
            "2013 and May 6, 2013 applicable to the quarters ended September 30, 2012, December 31, 2012 "
            "and March 31, 2013, respectively, which constituted events of default under the New First "
            "Lien Notes and Cash Pay Second Lien Notes. The Company has received forbearance agreements "
            "from over 93% of its unaffiliated senior lenders and all of its Cash Pay Second Lien "
            "lenders with respect to such events of default which, as amended effective on February 4, "
            "2013 and May 6, 2013, remain in place until June 7, 2013 or earlier under certain "
            "circumstances."
        ),
        {D},
    ),
    (
        "missed-monthly-payments-defaulted",
        "https://www.sec.gov/Archives/edgar/data/726293/000144586619001235/R16.htm",
        (
            "Subsequent to June 30, the Company defaulted on the loan since it did not make the first "
            "two payments that were due on July 1 and August 1. As a result, the Company began accruing "
            "interest at the 24% default rate and accruing the 10% penalty on the missed payments."
        ),
        {D},
    ),
    # -------- default: forbearance and existing defaults in agreements
    (
        "forbearance-currently-existing-events-of-default",
        "https://lawinsider.com/contracts/lt4XgBic6rk",
        (
            "WHEREAS, the Credit Parties have requested that the Lenders and the Agent forbear from "
            "accelerating the Obligations and otherwise exercising any rights, remedies, powers, "
            "privileges and defenses under the Credit Agreement and the other Loan Documents, for the "
            "period of time set forth herein and subject to the terms and conditions hereof, solely with "
            "respect to the following (x) currently existing Events of Default and (y) expected or "
            "anticipated Events of Default (collectively, the “Specified Defaults”):"
        ),
        {D},
    ),
    (
        "limited-waiver-acknowledged-events-of-default",
        "https://lawinsider.com/contracts/fqhKOPzQkeZ",
        (
            "WHEREAS, the Borrower has requested that the Lenders temporarily waive (collectively, the "
            "“Requested Waiver”) the Acknowledged Events of Default set forth on Schedule 1 hereof and "
            "waive compliance with the Maximum Consolidated Total Leverage Ratio required by Section "
            "7.15(a) of the Amended Credit Agreement for the Fiscal Quarter ending September 30, 2020 "
            "(collectively, the “Specified Events of Default”), in each case on the terms and for the "
            "period set forth herein;"
        ),
        {D},
    ),
    (
        "company-covenant-defaults-under-credit-agreement",
        "https://www.sec.gov/Archives/edgar/data/1324189/000114420419018403/R9.htm",
        (
            "The Company's decision to enter a court-supervised restructuring process was necessitated "
            "by a number of factors which adversely affected its 2018 operating results including "
            "negative financial trends, specifically operating losses, working capital deficiency, and "
            "other adverse key financial ratios; the Company's covenant defaults under the Credit "
            "Agreement; and its inability to meet the requirements established by the milestone dates. "
            "Additionally, the impacts of unfavorable industry conditions and significant debt service "
            "requirements on the Company's financial position, results of operations, and cash flows "
            "contributed to this decision."
        ),
        {D},
    ),
    # -------- default: creditors asserting or enforcing
    (
        "notice-of-events-of-default-reservation-of-rights",
        "https://www.sec.gov/Archives/edgar/data/1479426/000119312513225637/R10.htm",
        (
            "Accordingly, the Company is in violation of the Net Senior Debt to EBITDA financial "
            "covenant under its credit agreement ( the “2008 Credit Facility”) and has received a Notice "
            "of Events of Default; Reservation of Rights (“Default Notice”) from GE Business Financial "
            "Services Inc., as Agent (the “Lenders Agent”). The Default Notice states that the lenders "
            "are not required to make further loans or incur further obligations under the revolving "
            "loan portion of the 2008 Credit Facility and are entitled to exercise any and all "
            "default-related rights and remedies under the agreement. Included in these rights and "
            "remedies, the holders of 50% or more of the outstanding principal amount under the 2008 "
            "Credit Facility, at any time, can accelerate our obligations under the agreement and "
            "require payment of the full outstanding principal amount plus accrued and unpaid interest."
        ),
        {D},
    ),
    (
        "interest-unpaid-notice-of-acceleration",
        "https://www.sec.gov/Archives/edgar/data/1025953/000102595316000185/R9.htm",
        (
            "These interest payments were not made within 30 days after they became due and payable, and "
            "remain unpaid, such non-payment constituting events of default under the Indentures. The "
            "trustee under any Indenture or the holders of not less than 25% of the aggregate principal "
            "amount of the outstanding Senior Notes issued pursuant to such Indenture, by notice in "
            "writing to the Company (and to the trustee if given by the holders), may declare the "
            "principal amount of all of the Senior Notes issued under such Indenture to be due and "
            "payable immediately. On May 9, 2016, the Company received a notice of acceleration with "
            "respect to the Series 1 Senior Notes and the Series 2 Senior Notes (the \"Accelerated "
            "Notes\") declaring all principal and unpaid interest immediately due and payable."
        ),
        {D},
    ),
    # -------- default: borrowed money past due or matured unpaid, word "default" absent
    (
        "notes-past-maturity",
        "https://www.sec.gov/Archives/edgar/data/1528172/000149315219012155/R11.htm",
        (
            "As of June 30, 2019, all of the new notes remain outstanding of which $336,000 is past "
            "maturity."
        ),
        {D},
    ),
    (
        "debentures-not-paid-at-maturity-date",
        "https://ir.rennovahealth.com/all-sec-filings/xbrl_doc_only/6068",
        (
            "As of March 31, 2019, $2.0 million of the outstanding debentures were not paid as of March "
            "21, 2019, the maturity date."
        ),
        {D},
    ),
    (
        "debentures-past-due-by-original-terms",
        "https://www.sec.gov/Archives/edgar/data/931059/000149315221014215/R13.htm",
        (
            "Payment of all outstanding debentures totalling $12.7 million, including late-payment "
            "penalties, at December 31, 2020 was past due by the debentures’ original terms."
        ),
        {D},
    ),
    (
        "notes-payable-row-all-past-due",
        "https://sec.gov/Archives/edgar/data/81157/000165495419006049/R11.htm",
        (
            "Notes payable - $1,176,000 bearing\ninterest at prime plus 2%,\nthe remainder non-interest "
            "bearing,\nall past due"
        ),
        {D},
    ),
    (
        "term-loan-matured-in-default",
        "https://www.sec.gov/Archives/edgar/data/1070523/000117184312001866/R18.htm",
        (
            "On January 3, 2011, the Company’s $5,000,000 term loan with Fifth Third Bank (“Fifth "
            "Third”) matured. The loan is in default, and the Company does not have the resources to pay "
            "the outstanding principal and accrued interest and does not expect to have it in the near "
            "future."
        ),
        {D},
    ),
    # -------- default: stays negative
    (
        "company-as-lender-forbearance",
        "https://www.sec.gov/Archives/edgar/data/797465/000143774920005176/R20.htm",
        (
            "October 31, 2019,the Company entered into a Forbearance Agreement with the Loan Parties "
            "pursuant to which the Company agreed, subject to certain conditions, to forbear until\n"
            "February 24, 2020from exercising its rights and remedies under the Second A&R Note issued "
            "by Buyer to the Company. On\nFebruary 24, 2020,the Company and the Loan Parties entered into "
            "a letter agreement (the “Forbearance Extension Letter Agreement”) extending the outside "
            "termination date for the forbearance period under the Forbearance Agreement from\nFebruary "
            "24, 2020to\nFebruary 26, 2020.The other terms and conditions of the Forbearance Agreement "
            "remain the same."
        ),
        set(),
    ),
    (
        "covenant-noncompliance-then-waived",
        "https://www.sec.gov/Archives/edgar/data/1157758/000144586612000240/R11.htm",
        (
            "As of and for the three and nine months ended June 30, 2011, the Company was not in "
            "compliance with the term debt coverage requirement or the working capital requirement of "
            "the agreements.\nOn January 17, 2011, the Company and the Lender entered into Amendment 7. "
            "Under the terms of Amendment 7, the Lender agreed to waive the noncompliance by the Company "
            "with the required ratio of current assets to current liabilities as of September 30, 2010 "
            "and December 31, 2010 and the Company's anticipated noncompliance with the required ratio "
            "of current assets to current liabilities through October 1, 2011 and further, waive the "
            "Company's noncompliance with the Term Debt Coverage Ratio (as defined in Amendment 7) as of "
            "September 30, 2010 and December 31, 2010, and the Company's anticipated noncompliance with "
            "the Term Debt Coverage Ratio through October 1, 2011."
        ),
        set(),
    ),
    (
        "trups-deferral-right-exercised",
        "https://www.sec.gov/Archives/edgar/data/1358356/000115752311006709/R21.htm",
        (
            "In addition, we expect to exercise our right to defer regularly scheduled interest payments "
            "on our four issues of junior subordinated debentures effective with the fourth quarter of "
            "2011. We have issued an aggregate of approximately $25.0 million in our junior subordinated "
            "debentures to our subsidiary trusts."
        ),
        set(),
    ),
    (
        "credit-agreement-default-rate-and-events-of-default",
        "https://capedge.com/filing/898174/0001193125-18-255164/RGA-8K",
        (
            "During an event of default, interest may accrue at a rate equal to 2% above the interest "
            "rates otherwise applicable to each loan outstanding under the Credit Agreement at that "
            "time.\nThe Credit Agreement is unsecured but contains representations and warranties, and "
            "affirmative, negative and financial covenants customary for financings of this type, "
            "including restrictions related to, among other things, indebtedness, guarantees, liens, "
            "asset dispositions, merger or consolidation, the issuance and disposition of stock of "
            "certain subsidiaries, consolidated net worth and the ratio of consolidated indebtedness to "
            "total capitalization. The Credit Agreement includes customary events of default for "
            "facilities of this type (with customary grace periods, as applicable), including, among "
            "other things thenon-payment of principal, interest and fees, breaches of covenants, "
            "inaccuracies of representations and warranties, bankruptcy and insolvency events and "
            "material judgments."
        ),
        set(),
    ),
    (
        "indenture-events-of-default-summary",
        "https://capedge.com/filing/60714/0001193125-21-298982/LXU-8K",
        (
            "The Indenture provides for customary events of default (subject in certain cases to "
            "customary grace and cure periods), which include nonpayment, breach of covenants in the "
            "Indenture, payment defaults or acceleration of other indebtedness, a failure to pay certain "
            "judgments and certain events of bankruptcy and insolvency. Generally, if an event of "
            "default occurs and is continuing, the Trustee or holders of at least 25% in principal "
            "amount of the then outstanding Notes may declare the principal of and accrued but unpaid "
            "interest on all the Notes to be due and payable."
        ),
        set(),
    ),
    (
        "bond-indenture-trustee-shall-declare-due",
        "http://docs.southbendin.gov/WebLink/0/doc/354690/Page87.aspx",
        (
            "Section 7.03. Acceleration.Upon the occurrence of an Event of Default as specified in\n"
            "paragraphs (a), (b), (c), (f), (g), (i), or (j) of Section 7.01 hereof, the Trustee shall declare, by a\n"
            "notice in writing delivered to the Issuer and the Borrower, the principal of all Bonds then\n"
            "outstanding (if not then due and payable), together with interest accrued thereon, to be due and\n"
            "payable immediately."
        ),
        set(),
    ),
    # -------- impairment: write-downs and write-offs of assets
    (
        "fair-value-film-write-downs",
        "https://www.sec.gov/Archives/edgar/data/929351/000092935117000031/R10.htm",
        (
            "During the three and six months ended September 30, 2017, the Company recorded $2.4 million "
            "and $2.7 million, respectively, of fair value film write-downs (2016 - $4.4 million and "
            "$6.3 million, respectively)."
        ),
        {I},
    ),
    (
        "write-off-capitalized-production-costs",
        "https://www.sec.gov/Archives/edgar/data/1297401/000129740113000005/R13.htm",
        (
            "As a result of this decision, the Company recorded a write-off of capitalized production "
            "costs in the amount of $47.6 million during the quarter ended December 31, 2012."
        ),
        {I},
    ),
    (
        "write-down-property-held-for-sale",
        "https://www.sec.gov/Archives/edgar/data/1096481/000110465912022426/R26.htm",
        (
            "In April 2011, the Predecessor Company recorded a $0.6 million write-down to adjust the "
            "carrying value of this property to the amount of the expected proceeds."
        ),
        {I},
    ),
    (
        "charges-to-write-down-properties-to-fair-value",
        "https://www.sec.gov/Archives/edgar/data/726513/000072651317000013/R13.htm",
        (
            "The Company recorded charges of $1 million and $8 million in the three months ended March "
            "31, 2017 and March 31, 2016, respectively, to write down certain properties to their "
            "estimated fair value, less the expected selling costs, which were determined based on "
            "certain assumptions and judgments that are Level 3 within the fair value hierarchy."
        ),
        {I},
    ),
    (
        "impairment-existed-annual-test",
        "https://www.sec.gov/Archives/edgar/data/1289945/000128994521000007/R13.htm",
        (
            "During the quarter ended December 31, 2020, we performed our annual assessment of goodwill. "
            "Based on our assessment, using data as of October 31, 2020, the carrying value of the "
            "reporting unit exceeded the estimated fair value of the Company, which indicated an "
            "impairment existed."
        ),
        {I},
    ),
    # -------- impairment: only in a results discussion or a reconciliation row
    (
        "impairment-charges-drove-net-loss",
        "https://chainstoreage.com/news/finance-operations-dept-store-sears-canada-more-doubles-net-loss-q3",
        (
            "Pre-tax impairment and transformation charges, as well as income tax expense, drove the "
            "growth in net loss."
        ),
        {I},
    ),
    (
        "reconciliation-row-goodwill-impairment",
        "https://capedge.com/filing/1035983/0001104659-10-044106/FIX-8K/file/2",
        (
            "Appendix I – GAAP Reconciliation To Adjusted EBITDA (in thousands) June 30, June 30, 2010 "
            "2009 2010 2009 Net Income 1,646 $ 10,098 $ 3,573 $ 17,040 $ Discontinued Operations - 300 "
            "(762) 480 Income Taxes 515 6,491 1,245 11,221 Other (Income) Expense 6 (9) (6) (2) Interest "
            "Expense, net 209 160 430 270 (Gain) Loss on Sale of Assets (468) 5 (473) 3 Goodwill "
            "Impairment 4,446 - 4,446 - Depreciation and Amortization 3,444 3,307 7,080 6,552 Adjusted "
            "EBITDA 9,798 $ 20,352 $ 15,533 $ 35,564 $"
        ),
        {I},
    ),
    (
        "reconciliation-row-impairment-of-assets",
        "https://www.sec.gov/Archives/edgar/data/1095651/000109565114000007/star-12312013xex122.htm",
        (
            "Add: Provision for loan losses\n5,489\n81,740\n46,412\n331,487\n1,255,357\nAdd: Impairment of "
            "assets(4)\n14,353\n36,354\n22,386\n22,381\n141,018\nAdd: Stock-based compensation expense\n19,261\n"
            "15,293\n29,702\n19,355\n23,593"
        ),
        {I},
    ),
    (
        "writedown-on-holding-in-listed-company",
        "http://www.reuters.com/article/frenchtelecom-fsi-idUSWEA00BS920130308",
        (
            "PARIS, March 8 (Reuters) - France’s FSI strategic investment fund confirmed on Friday that it will "
            "take a 2.4 billion euro ($3.14 billion) writedown on its 13.6 percent holding in France Telecom to "
            "reflect the drop in the share price."
        ),
        {I},
    ),
    (
        "table-row-label-wrapped-over-two-lines",
        "https://www.sec.gov/Archives/edgar/data/1081078/000119312513051966/R31.htm",
        "Operating income\n(loss)\n(8,244)\n(18,843)\n6,012\n573\nOther expense (income),\nnet\nGoodwill\nimpairment\n111,300\n—\n—\n—",
        {I},
    ),
    (
        "table-row-under-heading-with-note-reference",
        "https://www.sec.gov/Archives/edgar/data/888721/000117891320001787/R13.htm",
        (
            "US$’000\nUS$’000\nUS$’000\nSelling, general & administration expenses\nImpairment of PP&E (Note 13)\n"
            "6,349\n6,112\n10,437"
        ),
        {I},
    ),
    (
        "table-row-impairment-charge-to-reflect-assets-at-fair-value",
        "https://www.sec.gov/Archives/edgar/data/811808/000081180806000038/sfg8k111706.htm",
        (
            "Range of Estimated Impairments and Costs (before taxes)\nLow Estimate\nHigh Estimate\nMaterial "
            "Impairment:\nImpairment charge to reflect furniture, equipment, and leasehold improvements at fair "
            "value\n$\n575,000\n$\n0.08\n$\n625,000\n$\n0.09\nExit Costs:"
        ),
        {I},
    ),
    (
        "table-row-impairment-charge-for-assets-all-zero",
        "https://www.sec.gov/Archives/edgar/data/811808/000081180806000038/sfg8k111706.htm",
        "Impairment charge to reflect furniture, equipment, and leasehold improvements at fair value\n$\n—\n$\n—\nExit Costs:",
        set(),
    ),
    (
        "table-total-impairment-loss-row",
        "https://www.sec.gov/Archives/edgar/data/888721/000117891320001787/R13.htm",
        "Impairment of prepayments (Note 18)\n1,376\n1,608\n1,651\nTotal impairment loss\n24,295\n26,932\n41,755",
        {I},
    ),
    (
        "table-introduced-as-the-impairment-charges",
        "https://www.yumpu.com/en/document/view/30441195/annual-report/62",
        (
            "For the fiscal year ended March 31, 2009 and March 31, 2008, the impairment charges related to the "
            "following subsidiaries:\n(in JPY millions) 2009 2008\nProperty,\nplant and\nequipment\nIntangible\n"
            "Goodwill assets other\nthan goodwill\nTotal\nAsahi Tec 7,045 30,849 14,892 52,786 - 11,773 17,476 29,249\n"
            "CME - 3,247 4,398 7,645 - - 197 197"
        ),
        {I},
    ),
    (
        "cash-flow-row-impairment-and-loss-on-disposal",
        "https://www.tiltholdings.com/investors/public-filings/sec-filings/xbrl_doc_only/483",
        (
            "Loan receivable losses 5,602 1,154\nImpairment loss and loss on disposal of assets 5,135 7,541\n"
            "Inventory adjustments 5,831 546"
        ),
        {I},
    ),
    (
        "company-fully-impaired-goodwill",
        "https://www.sec.gov/Archives/edgar/data/57131/000005713125000029/",
        (
            "During fiscal 2025 we fully impaired the goodwill and intangible asset related to our businesses in "
            "the United Kingdom"
        ),
        {I},
    ),
    (
        "equity-interest-written-off-in-its-entirety",
        "https://www.sec.gov/Archives/edgar/data/1061322/000119312503090817/d10k.txt",
        (
            "filed for bankruptcy protection on September 26, 2001, and our equity interest in Exodus was written "
            "off in its entirety"
        ),
        {I},
    ),
    (
        "impairment-loss-sized-then-recorded-within-a-category",
        "https://www.sec.gov/Archives/edgar/data/50863/000005086323000006/R20.htm",
        (
            "During the second quarter of 2021, we recognized a goodwill impairment loss of $238 million related to "
            "two non-strategic businesses that we exited, recorded within our all other category."
        ),
        {I},
    ),
    (
        "impairment-sized-before-the-noun",
        "https://www.thestreet.com/story/11850401/2/quicksilver-resources-reports-preliminary-2012-fourth-quarter-and-full-year-results.html",
        (
            "Quicksilver's fourth-quarter 2012 results include a $1.2 billion non-cash ceiling test impairment, of "
            "which 63% is attributable to a change in accounting policy."
        ),
        {I},
    ),
    # -------- impairment: stays negative
    (
        "impairment-named-as-an-area-of-accounting-errors",
        "https://www.thestreet.com/investing/plug-power-to-restate-financials-stock-plummets",
        (
            "KPMG, the company's accounting firm, management and the audit committee of Plug Power\u2019s board of "
            "directors \"determined that the company\u2019s prior period financial statements need to be restated due "
            "to errors in accounting primarily related to several non-cash items, including:\nThe reported book value "
            "of right of use assets and related finance obligations;\nLoss accruals for certain service contracts;\n"
            "The impairment of certain long-lived assets; and\nThe classification of certain costs, resulting in a "
            "decrease in research and development expense and a corresponding increase in cost of revenue."
        ),
        {R},
    ),
    (
        "asu-2017-04-pronouncement",
        "https://www.sec.gov/Archives/edgar/data/1609951/000143774917014235/R22.htm",
        (
            "the Financial Accounting Standards Board (“FASB”) issued Accounting Standards Update "
            "(“ASU”)\nNo.\n2017-\n04,\nSimplifying the Test for Goodwill Impairment. The guidance removes "
            "Step\n2of the goodwill impairment test, which requires a hypothetical purchase price "
            "allocation. Goodwill impairment will now be the amount by which a reporting unit’s carrying "
            "value exceeds its fair value,\nnotto exceed the carrying amount of goodwill. All other "
            "goodwill impairment guidance will remain largely unchanged. ASU\nNo.\n2017-\n04is effective "
            "for interim and annual reporting periods beginning after\nDecember 15, 2019,applied "
            "prospectively. Early adoption is permitted for any impairment tests performed after\nJanuary "
            "1, 2017.The Company expects to adopt the guidance upon the next goodwill impairment test in\n"
            "2017.ASU\nNo.\n2017-\n04is\nnotexpected to have a material impact on the Company’s consolidated "
            "financial statements."
        ),
        set(),
    ),
    (
        "step-1-test-found-no-impairment",
        "https://www.sec.gov/Archives/edgar/data/1009829/000115752318000578/R14.htm",
        (
            "The Company performed its annual assessment for impairment on goodwill as of our annual "
            "testing date being April 1, 2017. In performing its assessment for goodwill impairment, the "
            "Company prepared a Step 1 quantitative test and determined there was no impairment to "
            "goodwill as of April 1, 2017."
        ),
        set(),
    ),
    (
        "inventory-write-downs-net-realizable-value",
        "https://www.sec.gov/Archives/edgar/data/1425287/000162828021022418/R10.htm",
        (
            "Inventories are stated at the lower of cost or net realizable value. We write-down "
            "inventory for any excess or obsolete inventories or when we believe that the net realizable "
            "value of inventories is less than the carrying value. We review our inventory to determine "
            "whether its carrying value exceeds the net amount realizable upon the ultimate sale of the "
            "inventory. This requires us to determine the estimated selling price of our inventory based "
            "on market conditions. Once inventory is written-down, a new, lower cost basis for that "
            "inventory is established and subsequent changes in facts and circumstances do not result in "
            "the restoration or increase in that newly established cost basis.\nShould our estimates of "
            "future inventory usage or selling prices change, additional and potentially material "
            "increases to this reserve may be required. A small change in our estimates may result in a "
            "material charge to our reported financial results.\nDuring the three months ended September "
            "30, 2021 and 2020, we recorded write-downs of approximately $3.4 million and $0.3 million, "
            "respectively, in Cost of Sales"
        ),
        set(),
    ),
    (
        "bankruptcy-impaired-creditors",
        "https://www.petrillolaw.net/blog/2016/05/what-are-impaired-creditors/",
        (
            "According to the website USCourts.gov, an impaired creditor is one who is asked accept less "
            "than what you currently owe to it. In your reorganization plan, there will be both impaired "
            "and unimpaired creditors, as well as ones who may not be listed as receiving any repayment "
            "at all. When it comes time to approve your plan, both unimpaired creditors and those "
            "receiving nothing are not allowed to vote. This is due to the fact that unimpaired "
            "creditors are not adversely affected by your bankruptcy case, and creditors receiving "
            "nothing are assumed to reject your reorganization plan."
        ),
        set(),
    ),
    (
        "held-for-sale-policy-written-down",
        "https://sec.gov/Archives/edgar/data/883902/000088390220000086/R16.htm",
        (
            "If the estimated fair value less cost to sell of an asset is less than its current carrying "
            "value, the asset is written down to its estimated fair value less cost to sell."
        ),
        set(),
    ),
    # -------- restatement
    (
        "restatement-down-round-warrants",
        "https://www.sec.gov/Archives/edgar/data/1408057/000147793223004637/R8.htm",
        (
            "On May 18, 2023 the Company determined that it not had not properly accounted for certain "
            "warrants issued by the Company in 2021 with provisions (the “down round provisions”) that "
            "required the lowering of the exercise price of the warrant and a proportionate increase in "
            "the number of shares underlying the warrants upon the issuance of new securities at a price "
            "per shares that is lower than the exercise price of the original warrant as per ASU "
            "2017-11. The Company did not properly account for such down round provisions when the "
            "criteria for revaluation was met. The down round provisions require the Company to record a "
            "non-cash charge for the incremental fair value of the additional shares to be issued upon "
            "the occurrence of the triggering event which is $1,794,704 and $814,552 for the years ended "
            "December 31,2022 and 2021, respectively.\nThe Company’s management and the Audit Committee "
            "of the Company’s Board of Directors (the “Audit Committee”), after discussion with Company "
            "legal advisors, concluded that it is appropriate to restate the Company’s previously issued"
        ),
        {R},
    ),
    (
        "should-be-restated-across-line-breaks",
        "https://www.sec.gov/Archives/edgar/data/88948/000143774918016725/R11.htm",
        (
            "The Company has determined that the audited consolidated financial statements as of and for "
            "the years ended\nMarch 31, 2016\nand\n2017\nand the unaudited condensed consolidated financial "
            "statements as of and for each of the interim periods within the years ended\nMarch 31, 2017\n"
            "and\n2018\nshould be restated to correct these inadvertent errors in the application of "
            "generally accepted accounting principles dealing with complex and technical accounting "
            "issues relating to “bill and hold” revenue recognition."
        ),
        {R},
    ),
    (
        "item-402-heading-dated-account-truncated",
        "https://capedge.com/filing/1835567/0001193125-21-170611/PEARQ-8K",
        (
            "Item 4.02. Non-Reliance on Previously Issued Financial Statements or a Related Audit Report "
            "or Completed Interim Review.\nOn April 12, 2021, the Staff of the Securities and Exchange "
            "Commission (the “SEC”) issued a statement entitled “Staff Statement on Accounting and "
            "Reporting Considerations for Warrants Issued by Special Purpose Acquisition Companies "
            "(“SPACs”)” (the “SEC Statement”) informing market participants that certain warrants issued "
            "by special purpose acquisition companies may require classification as a liability of the "
            "entity measured at fair value, with changes in fair value each period reported in earnings. "
            "Specifically, the SEC Statement focused on certain settlement terms and provisions related "
            "to certain tender offers following a business combination. The terms described in the SEC "
            "Statement are common in SPACs and are similar to those contained in the warrant agreement "
            "(the “Warrant Agreement”), dated as of February 1, 2021, between the Company and "
            "Continental Stock Transfer & Trust Company, as warrant agent. The Company previously "
            "accounted for its outstanding public warrants and private placement warrants (collectively, "
            "the “Warrants”) issued in connection with its initial public offering as components of "
            "equity instead of as derivative liabilities."
        ),
        {R},
    ),
    (
        "eps-restated-for-three-for-two-split",
        "https://www.sec.gov/Archives/edgar/data/824142/000102660812000093/R17.htm",
        (
            "On May 4, 2011, the Company’s Board of Directors approved a three-for-two stock split in "
            "the form of a 50% stock dividend which was distributed to shareholders of record on June "
            "13, 2011. All per share and weighted average share amounts in the accompanying condensed "
            "consolidated financial statements for all periods included herein have been restated to "
            "reflect the stock split."
        ),
        set(),
    ),
    (
        "selected-data-restated-for-share-distribution",
        "https://www.sec.gov/Archives/edgar/data/67887/000089979704000085/exhibit99_2.htm",
        (
            "Certain Selected Financial Data As Restated for February 2004 Share Distribution\nThis table "
            "sets forth share and per share financial data of the Company for the periods presented "
            "restated for the Company's three-for-two split of the Company's Class A and Class B common "
            "stock effected in the form of a 50% share distribution on February 17, 2004."
        ),
        set(),
    ),
    (
        "split-retroactively-adjusted",
        "https://www.sec.gov/Archives/edgar/data/102752/000010275216000099/R10.htm",
        (
            "In May 2016, our Board of Directors approved a two-for-one stock split effected in the form "
            "of a stock dividend (\"Stock Split\"). The Stock Split had a record date of July 20, 2016 and "
            "share distribution will occur on August 3, 2016. All references made to share or per share "
            "amounts in the accompanying unaudited consolidated financial statements and applicable "
            "disclosures are presented on a pre-split basis. As a result of the Stock Split, all "
            "historical per share data and number of shares outstanding presented in future financial "
            "statements will be retroactively adjusted."
        ),
        set(),
    ),
    (
        "item-402-release-text",
        "https://si.frajer.net/readmsg.aspx?msgid=23246807",
        (
            "Item 4.02 Non-Reliance on Previously Issued Financial Statements or a Related Audit Report "
            "or Completed Interim Review\nThis new item requires a company to file a Form 8-K if and when "
            "its board of directors, a committee of the board of directors, or an authorized officer or "
            "officers if board action is not required, concludes that any of the company's previously "
            "issued financial statements covering one or more years or interim periods no longer should "
            "be relied upon because of an error in such financial statements as addressed in Accounting "
            "Principles Board Opinion No. 20 (APB Opinion No. 20)."
        ),
        set(),
    ),
    (
        "item-402-guidance-should-disclose",
        "https://viewpoint.pwc.com/dt/us/en/sec/financial_reporting_m/financial_reporting___4_US/topic_4_independent__US/4600_nonreliance_on__US/4610_nonreliance_on__US.html",
        (
            "4610.1 An Item 4.02(a) Form 8-K should be filed when a registrant's board of directors, "
            "committee of the board, or board authorized officer(s) concludes any previously issued "
            "financial statements should no longer be relied upon due to an accounting error.\n4610.3 The "
            "staff believes that filing an Item 4.02(a) Form 8-K without also filing an Item 4.02(b) "
            "Form 8-K would be acceptable unless the auditor's conclusion that the financial statements "
            "can no longer be relied on relates to a different error or matter from that which triggered "
            "the registrant's filing under Item 4.02(a) Form 8-K.\n4610.4 The Form 8-K should disclose:\n"
            "1. The date that the registrant concluded the financial statements should no longer be "
            "relied upon and identify the financial statements and years or periods covered that should "
            "no longer be relied upon;\n2. A description of the facts underlying the conclusion to the "
            "extent known to the registrant at the time of filing; and\n3. Whether the audit committee, "
            "or the board of directors in the absence of an audit committee, or authorized officer(s), "
            "discussed the disclosed matters with the registrant's independent accountant."
        ),
        set(),
    ),
    (
        "amended-tax-returns-no-restatement",
        "https://www.sec.gov/Archives/edgar/data/1327603/000164298516000066/R22.htm",
        (
            "Earlier this year we learned that our federal income tax return for 2013 reported income "
            "that we never recognized nor received. The tax return, which was prepared by an outside tax "
            "accounting firm, reported income of approximately $11,137,000, which had the effect of "
            "erroneously reducing our reported net operating losses by approximately $11 million. Our "
            "aggregate net operating losses are approximately $228.2 million; therefore, the incorrect "
            "reported income of approximately $11,137,000 did not result in us paying any federal income "
            "taxes for 2013. We have filed amended tax returns for 2013 and 2014 to correct the error. "
            "The outside tax accounting firm involved with this filing has been terminated.\nOur "
            "financial statements never included the non-existent income and no restatement of our "
            "financial statements is necessary."
        ),
        set(),
    ),
    # -------- second held-out round: families found on texts collected after the first round
    (
        "trustee-declared-event-of-default",
        "https://www.sec.gov/Archives/edgar/data/928800/000114420409066152/v169857_8-k.htm",
        (
            "On December 21, 2009, KH Funding\nCompany (the “Company”) received notice from Wells Fargo Bank "
            "(the “Trustee”),\nthe trustee under the Company’s Indenture dated August 2, 2004, as amended and\n"
            "supplemented to date( the “Indenture”), pursuant to which the Trustee declared\nan event of default "
            "under the Indenture and stated its intention to mail notice\nof such event of default to all "
            "holders of the Company’s outstanding Series 3\nSenior Secured Notes"
        ),
        {D},
    ),
    (
        "missed-coupon-and-maturity-payment",
        "https://bondevalue.com/news/modern-land-china-misses-dollar-bond-payment/",
        (
            "Modern Land (China) missed the dollar bond coupon and maturity payment on its $250mn 12.85% bonds "
            "due October 25. The developer is working with its legal counsel Sidley Austin and expects to "
            "engage independent financial advisors soon to assess its capital structure and come up with a "
            "solution to its liquidity problems."
        ),
        {D},
    ),
    (
        "repayment-obligations-under-bank-loans-not-met",
        (
            "https://www.marketscreener.com/quote/stock/KAISA-GROUP-HOLDINGS-LTD-6170909/news/"
            "General-Announcement-INSIDE-INFORMATION-RESUMPTION-OF-TRADING-37133523/"
        ),
        (
            "REPAYMENT OBLIGATIONS UNDER FINANCE AGREEMENTS\nAs at the date of this announcement, certain "
            "members of the Group did not meet the repayment obligations under their finance agreements "
            "including bank loans and certain other borrowings. The Company is in the process of assessing the "
            "repayment obligations of the Group with the objective of formulating an overall plan taking into "
            "account the interests of all its stakeholders, to address the liquidity issue faced by the Group."
        ),
        {D},
    ),
    (
        "holders-agreed-to-the-latest-forbearance",
        "https://www.rbr.com/morris-gets-forbearance-on-top-of-forbearance/",
        (
            "Morris Publishing Group says its bond holders have agreed once again to extend the deadline for a "
            "$9.7 million interest payment that had been due in February. The latest announcement from Morris "
            "Publishing says holders of more than 80% of its outstanding senior subordinated notes have agreed "
            "to the latest forbearance to July 31st."
        ),
        {D},
    ),
    (
        "contract-remedy-notice-of-acceleration-waived",
        "https://lawinsider.com/clause/optional-acceleration-of-maturity/_4",
        (
            "Optional Acceleration of Maturity. If any Event of Default shall have occurred and be continuing, "
            "then, and in any such event, (a) the Administrative Agent (i) shall, at the request of the "
            "Required Lenders, by notice to the Borrower, declare that the obligation of each Lender to make "
            "Loans shall be terminated, whereupon the same shall forthwith terminate, and (ii) shall, at the "
            "request of the Required Lenders, by notice to the Borrower, declare the Term Notes, all accrued "
            "and unpaid interest thereon, and all other amounts payable under this Agreement to be forthwith due "
            "and payable, whereupon the Term Notes, all such interest, and all such amounts shall become and be "
            "forthwith due and payable in full, without presentment, demand, protest or further notice of any "
            "kind (including, without limitation, any notice of intent to accelerate or notice of acceleration), "
            "all of which are hereby expressly waived by each of the Credit Parties."
        ),
        set(),
    ),
    (
        "grace-period-defined-in-a-blog",
        "https://insights.ddjcap.com/blog/tag/high-yield",
        (
            "In part 1 of this blog series, we explained that a grace (or cure) period is a period of time "
            "following a default in which an issuer is contractually permitted to either make a scheduled "
            "payment without incurring penalty, or to repair the condition that caused a technical default, as "
            "applicable."
        ),
        set(),
    ),
    (
        "default-defined-occurs-when",
        "http://wiki.fool.com/Default",
        (
            "A default occurs when a borrower fails to make interest payments or refund the principal as "
            "required by the terms of the debt instrument. A default empowers the lender to take legal action to "
            "recover its funds."
        ),
        set(),
    ),
    (
        "covenant-breach-as-a-list-heading",
        "https://finhelp.io/?p=91345",
        (
            "Breach of covenants: Violating affirmative or negative covenants — including financial covenants "
            "(e.g., covenant to maintain a minimum DSCR or maximum leverage) and non‑financial covenants (e.g., "
            "restrictions on additional debt) — can trigger acceleration."
        ),
        set(),
    ),
    (
        "note-receivable-borrower-missed-payment",
        "https://www.sec.gov/Archives/edgar/data/1141197/000165495425003703/R16.htm",
        (
            "NOTE 8 – NOTE RECEIVABLE\nOn November 9, 2023, in accordance with the sale of our wholly-owned "
            "subsidiary EOR to Tilloo (see Note 6 above), the Company entered into a five-year secured "
            "promissory note (the “Note”) with Tilloo, bearing interest at 10% per annum.\nTilloo failed to make "
            "the initial installment payment due under the Tilloo Note on January 8, 2025. The Company issued a "
            "notice of default under the Note to Tilloo in mid-January 2025, and the Company intends to pursue "
            "all available avenues and remedies, including potential foreclosure under the security agreement "
            "and mortgages securing the secured obligation, to resolve these matters."
        ),
        set(),
    ),
    # impairment
    (
        "ceiling-test-write-downs",
        "https://www.sec.gov/Archives/edgar/data/872248/000095012311095265/R14.htm",
        (
            "As a result of higher estimated future development costs and low natural gas prices and their "
            "negative impact on certain of the Company’s longer-lived estimated proved reserves and estimated "
            "future net cash flows, at March 31 and June 30, 2011, the Company recognized ceiling test "
            "write-downs of $5.9 million and $13.0 million, respectively."
        ),
        {I},
    ),
    (
        "otti-losses-recorded",
        "https://www.sec.gov/Archives/edgar/data/1067983/000115752312002551/R14.htm",
        (
            "In the first quarter of 2012, we recorded OTTI losses of $337 million on certain fixed maturity "
            "investments where we concluded that we were unlikely to receive all of the remaining contractual "
            "interest and principal amounts when due."
        ),
        {I},
    ),
    (
        "results-reported-excluding-impairment-charges",
        "http://www.getfilings.com/sec-filings/100217/ABERCROMBIE-and-FITCH-CO-DE-_8-K/c96429exv99w1.htm",
        (
            "Excluding a net loss from discontinued operations and non-cash asset impairment charges, the "
            "Company reported non-GAAP net income per diluted share of $0.91 for the thirteen weeks ended "
            "January 30, 2010, compared to non-GAAP net income per diluted share of $1.06 for the comparable "
            "period last year."
        ),
        {I},
    ),
    (
        "write-down-on-the-value-of-an-acquisition",
        "https://technewthings.blogspot.com/2012/07/reuters-technology-news-microsoft-takes.html",
        (
            "(Reuters) - Microsoft Corp ratcheted back growth expectations for its Internet and search engine "
            "unit on Monday as it took a $6.2 billion write-down on the value of an online advertising company "
            "it bought five years ago."
        ),
        {I},
    ),
    (
        "impairment-charge-added-back",
        (
            "https://www.thestreet.com/story/11472590/2/landec-corporations-ceo-discusses-f3q-2012-results--"
            "earnings-call-transcript.html"
        ),
        (
            "And for guiding our year-over-year net income growth to approximately 40% after adding back the "
            "one-time impairment charge of 4.8 million to net income for fiscal year 2011 and that is compared "
            "to our original guidance of 30 to 40% increase."
        ),
        {I},
    ),
    (
        "form-8k-item-206-instructions",
        "https://www.formsbank.com/template/75696/current-report-8k-sec.html?page=11",
        (
            "If the registrant’s board of directors, a committee of the board of directors or the offi cer or "
            "offi cers of the registrant authorized to take\nsuch action if board action is not required, "
            "concludes that a material charge for impairment to one or more of its assets, including, without\n"
            "limitation, impairments of securities or goodwill, is required under generally accepted accounting "
            "principles applicable to the registrant,\ndisclose the following information:\n(a) the date of the "
            "conclusion that a material charge is required and a description of the impaired asset or assets "
            "and the facts and\ncircumstances leading to the conclusion that the charge for impairment is "
            "required;"
        ),
        set(),
    ),
    (
        "write-down-explained",
        "https://downloadapp.housingtarget.com/housing-dictionary/write-down",
        (
            "What is a Write-Down?\nA write-down is an accounting term used in real estate and other industries "
            "to denote the reduction in the book value of an asset. This typically occurs when the market value "
            "of the asset is less than its recorded cost on the company's books.\nHow Does a Write-Down Work?\n"
            "A write-down is performed when an asset's fair market value falls below its book value, indicating "
            "that the asset has lost some of its worth."
        ),
        set(),
    ),
    # restatement
    (
        "restated-its-results-for-three-months-ended",
        "https://www.sec.gov/Archives/edgar/data/1679379/000121390023073390/R9.htm",
        (
            "Note 2 — Restatements\nFor the three months ended March 31, 2022,\nthe Company restated its results "
            "due to the following correction of errors."
        ),
        {R},
    ),
    (
        "misstatements-in-reports-for-named-years",
        "https://archives.lincolndailynews.com/2019/May/06/NEWS/business_i.shtml",
        (
            "The misstatements in its reports for the years 2016, 2017 and\neach of the quarterly and "
            "year-to-date periods for the nine\nmonths ended Sept. 29, 2018 mainly relates to incorrect timing\n"
            "of when certain costs and rebates were initially recognized, the\ncompany said."
        ),
        {R},
    ),
    (
        "revised-quarters-for-an-error",
        "https://www.sec.gov/Archives/edgar/data/356037/000035603720000023/R28.htm",
        (
            "We identified an immaterial error in the first three quarters of fiscal year 2020 related to the "
            "recognition of certain revenue as “net,” when in fact the revenue should have been recorded on as "
            "“gross” basis. We revised the first three quarters of fiscal year 2020 for this error."
        ),
        {R},
    ),
    (
        "no-longer-able-to-be-relied-upon",
        "https://www.sec.gov/Archives/edgar/data/719135/000071913520000035/R8.htm",
        (
            "On March 12, 2020, our Management and the Audit Committee of the Board of Directors, following "
            "discussion with our predecessor independent registered public accounting firm, concluded that the "
            "Company's previously filed financial statements as of and for three and nine months ended "
            "September 30, 2018, were no longer able to be relied upon as the result of the aggregation of "
            "errors identified by Management and the Company’s new accounting personnel during 2019."
        ),
        {R},
    ),
    (
        "error-correction-explained-to-the-reader",
        "https://steven-bragg-5hpm.squarespace.com/articles/how-do-i-report-an-error-correction.html",
        (
            "An error correction is the correction of an error in previously issued financial statements. "
            "You should restate prior period financial statements when there is an error correction. "
            "Restatement requires that you:\nReflect the cumulative effect of the error on periods prior to "
            "those presented in the carrying amounts of assets and liabilities as of the beginning of the first "
            "period presented; and\nMake an offsetting adjustment to the opening balance of retained earnings "
            "for that period."
        ),
        set(),
    ),
    (
        "restatement-duty-in-a-wiki",
        "https://pomegra.io/wiki/restatement/",
        (
            "A restatement is the revision and re-release of prior-period financial statements because they "
            "contained material errors (unintentional mistakes) or violated GAAP or IFRS. A company might "
            "discover that revenue was recognized prematurely, depreciation was calculated incorrectly, or a "
            "contingent liability was omitted. The company must correct the statements by issuing a "
            "restatement, which updates all affected periods.\nRestatements correct errors (unintentional "
            "mistakes):\nGoodwill impairment not recognized"
        ),
        set(),
    ),
    (
        "non-reliance-in-a-law-firm-q-and-a",
        (
            "https://foleyhoag.com/publications/alerts-and-updates/2009/march/"
            "q-and-a-series-when-your-public-company-must-restate-its-financial-statements"
        ),
        (
            "Q: Okay, after reviewing everything, the Audit Committee has indeed concluded that some of our "
            "previously issued financial statements should no longer be relied on. And, it looks like we are "
            "going to be delayed in filing our Annual Report on Form 10-K. What do we do?"
        ),
        set(),
    ),
    # -------- held-out batch three: notes payable, arrears, refer-back write-downs, errors found, explainers
    (
        "notes-payable-comma-in-default",
        "https://capedge.com/filing/1417663/0001140361-22-020821/SNWV-10Q-2022Q1/file/55/data",
        (
            "Senior secured promissory note payable, in default In default 20.50 % n/a $ 18,000 (6,106 ) "
            "- $ 11,894 Convertible promissory notes payable, in default: Total convertible promisory "
            "notes payable, in default In default 15.40 % $ 0.1058 6,445 (488 ) 4,575 10,532 Convertible "
            "promissory notes payable, related parties, in default: Total convertible promisory notes "
            "payable, related parties, in default In default 14.0 % $ 0.10 1,596 - - 1,596 SBA loan # "
            "February 20, 2026 1.00 % n/a 1,033 - - 1,033 Advances on future cash receipts June 13, 2022 "
            "n/a n/a 925 (509 ) - 416 Total debt outstanding, including amounts in default"
        ),
        {D},
    ),
    (
        "borrower-in-arrears-with-scheduled-payments",
        "https://www.sec.gov/Archives/edgar/data/1335103/000114420417028582/R16.htm",
        (
            "As of the date of this report, the Company is one month in arrears with scheduled payments "
            "to the bank. The bank has not issued any notice to the Company regarding any default or "
            "possible default under the line of credit; however, this has caused the Company to classify "
            "the line of credit as a current liability."
        ),
        {D},
    ),
    (
        "not-able-to-repay-note-when-it-matured",
        "https://www.sec.gov/Archives/edgar/data/1335103/000114420416135679/R15.htm",
        (
            "As mentioned above, the Company was not able to repay the September 2016 10% OID Promissory "
            "Note when it matured on October 15, 2016. Although the Company is actively engaged with the "
            "lender regarding extending the maturity of the note, the Company’s inability to repay the "
            "note could be considered a default condition under the line of credit."
        ),
        {D},
    ),
    (
        "item-2.04-short-title-covenant-violations",
        "https://www.sec.gov/Archives/edgar/data/1116694/000114420409030165/v151186_8k.htm",
        (
            "Item\n2.04 Triggering Events that Increase a Direct Financial\nObligation.\nOn May 22, 2009, "
            "Capital Growth\nSystems, Inc., (Company), received from ACF CGS, L.L.C. (Agent), "
            "formal\nnotification of certain covenant violations that have occurred and continue to\nexist "
            "under the Loan Agreement, dated as of November 19, 2008, by and among the\nCompany, Global "
            "Capacity Group, Inc."
        ),
        {D},
    ),
    (
        "grace-period-headline-without-article",
        "https://si.frajer.net/readreplies.aspx?msgid=10520766&subjectid=17382",
        (
            "Iridium Exercises 30-Day Grace Period on Bond Payment Thursday July 15, 6:19 pm Eastern "
            "Time Company Press Release -NASDAQ:IRID- WASHINGTON--(BUSINESS WIRE)--July 15, 1999--As "
            "part of its ongoing effort to restructure its financing, Iridium LLC announced today that "
            "it would invoke the 30-day grace period allowed for payment of the $90 million in interest "
            "due today on its $1.45 billion outstanding senior notes."
        ),
        {D},
    ),
    (
        "loan-held-by-the-company-in-default",
        "https://www.sec.gov/Archives/edgar/data/1529377/000162828023014732/R24.htm",
        (
            "In April 2023, the senior mortgage loan held by the Company on a multifamily property "
            "located in Washington received a partial April interest payment, which triggered an event "
            "of default under the loan agreement. As of May 1, 2023, the outstanding principal balance "
            "of the senior Washington loan is $18.8 million."
        ),
        set(),
    ),
    (
        "write-down-amount-refers-back-to-properties",
        "https://www.sec.gov/Archives/edgar/data/67716/000006771615000059/R12.htm",
        (
            "The Company's capitalized cost under the full-cost method of accounting exceeded the "
            "full-cost ceiling at March 31, 2015. SEC Defined Prices, adjusted for market differentials, "
            "are used to calculate the ceiling test. Accordingly, the Company was required to write down "
            "its oil and natural gas producing properties. The noncash write-down amounted to $500.4 "
            "million ($315.3 million after tax) for the three months ended March 31, 2015."
        ),
        {I},
    ),
    (
        "should-be-restated-due-to-an-error",
        "https://ir.ondas.com/annual-reports/xbrl_doc_only/298",
        (
            "In connection with the\nyear-end financial statement closing process, the Company determined "
            "that its previously issued financial statements included in\nits Quarterly Report on Form "
            "10-Q for the three and nine months ended September 30, 2018 (“Restated Period”) should\nbe "
            "restated due to an error in recording the conversion of debt on September 28, 2018 and the "
            "omission of recognizing a modification\nof debt on July 11, 2018."
        ),
        {R},
    ),
    (
        "errors-discovered-in-revised-prior-periods",
        "https://www.sec.gov/Archives/edgar/data/884269/000143774923006845/R9.htm",
        (
            "Note 2 - Revised Prior Period Financial Statements\n12 Months Ended\nDec. 31, 2022\nNotes to "
            "Financial Statements\nError Correction [Text Block]\nDuring the financial close for the "
            "fiscal year ended December 31, 2022, the Company discovered certain errors related to "
            "foreign currency translation in relation to our unconsolidated affiliate operations in "
            "India."
        ),
        {R},
    ),
    (
        "misstatement-identified-prior-period-revision",
        "https://capedge.com/filing/1075124/0001193125-20-047209/TRI-6K/file/2",
        (
            "REVISION OF PRIOR-PERIOD FINANCIAL STATEMENTS\nSince October 1, 2018, the company has "
            "included its share ofpost-tax losses from its 45% interest in Refinitiv, an equity method "
            "investment, in its net earnings. As initially disclosed by the company on October 31, 2019, "
            "a misstatement was identified in the third quarter of 2019 that understated the company’s "
            "share of Refinitiv’spost-tax losses since the fourth quarter of 2018."
        ),
        {R},
    ),
    (
        "previously-filed-statements-did-not-properly-account",
        "https://www.sec.gov/Archives/edgar/data/1047919/000135448812005011/R7.htm",
        (
            "In connection with the preparation of Form 10-Q for the quarter ended June 30, 2012, "
            "management of the Company concluded that certain previously filed financial statements did "
            "not properly account for embedded derivative features of certain historical debt and "
            "warrants issued by the Company, which are described in detail below."
        ),
        {R},
    ),
    (
        "amended-the-quarter-financial-statements",
        "http://www.faqs.org/sec-filings/121113/VIPER-POWERSPORTS-INC_10-Q.A/R12.htm",
        (
            "Subsequent to issuance, Management has subsequently determined to correct the accounting "
            "procedures and has amended the September 30, 2011 financial statements."
        ),
        {R},
    ),
    (
        "these-restatements-reflect-the-correction",
        "https://www.sec.gov/Archives/edgar/data/40528/000114420412029730/R11.htm",
        (
            "Subsequently, the Company determined that there is a possibility of exceeding their common "
            "shares authorized when considering the number of possible shares that may be issuable to "
            "satisfy settlement provisions of these agreements after consideration of all existing "
            "instruments that could be settled in shares. As such, these restatements reflect the "
            "correction in accounting and to properly record the related derivative liability:"
        ),
        {R},
    ),
    (
        "have-to-restate-in-a-scene-set-for-the-reader",
        "https://www.ir-impact.com/2005/04/accounting-restatements/",
        (
            "It’s 5 pm, 49 hours before your company’s third quarter earnings go out over the wire. "
            "You’re in the office putting the final flourishes to the press release and conference call "
            "script, when in bursts Teddy, the CFO’s factotum, waving a piece of paper. ‘Stop the "
            "presses!’ he yells. ‘We have to restate last quarter’s numbers.’"
        ),
        set(),
    ),
    (
        "forbearance-default-carves-out-specified-defaults",
        "https://capedge.com/filing/1720990/0001193125-24-105061/FSRNQ-8K",
        (
            "A Forbearance Default includes, among other things, (i) the failure of any Obligor to "
            "comply in any material respect with any covenant or agreement set forth in the Forbearance "
            "Agreement, (ii) the occurrence of any Event of Default (other than the Specified Defaults "
            "described above),"
        ),
        {D},
    ),
    (
        "restatement-defined-by-the-standard-setter",
        "http://www.bakertilly.com/insights/restatements-costly-result-error",
        (
            "What is a restatement of a financial statement?\nThe Financial Accounting Standards Board "
            "(FASB) defines a restatement as a revision of a previously issued financial statement to "
            "correct an error. Restatements are required when it is determined that a previous statement "
            "contains “material” inaccuracy."
        ),
        set(),
    ),
    (
        "process-of-correcting-an-error-in-a-column",
        "https://complianceweek.com/restatements-let-me-count-the-ways/16460.article",
        (
            "Five years ago, in my first Compliance Week column, which was on restatements,  I suggested "
            "that companies should always correct an error once it is found, and I'm happy to say that "
            "this has become common practice.\nAt that time, I discussed the process of correcting an "
            "error as a choice between correcting it in the current period or restating prior periods."
        ),
        set(),
    ),
    # -------- ordinary filing and guidance text found by running the three kinds over it (a sweep)
    (
        "goodwill-considered-impaired-if-policy",
        "https://app.edgar.tools/companies/CSGS/disclosures/goodwill-intangibles",
        (
            "Goodwill. We evaluate our goodwill for impairment on an annual basis, as well as we may evaluate "
            "our goodwill on a more periodic basis (e.g., quarterly) if events occur or circumstances change "
            "that could indicate a potential impairment may have occurred. Goodwill is considered impaired if "
            "the carrying value of the reporting unit which includes the goodwill is greater than the "
            "estimated fair value of the reporting unit."
        ),
        set(),
    ),
    (
        "goodwill-impairment-is-determined-by-comparing",
        "https://app.edgar.tools/companies/SNEX/disclosures/goodwill-intangibles",
        (
            "Goodwill impairment is determined by comparing the estimated fair value of a reporting unit "
            "(generally defined as the businesses for which financial information is available and reviewed "
            "regularly by management) with its respective carrying value. If the estimated fair value exceeds "
            "the carrying value, goodwill at the reporting unit level is not deemed to be impaired."
        ),
        set(),
    ),
    (
        "impairment-triggering-event-led-to-an-evaluation",
        "https://content.edgar-online.com/ExternalLink/EDGAR/0001091883-20-000087.html",
        (
            "The audit reports of PwC on the consolidated financial statements of the Company as of and for "
            "the years ended December 31, 2019 and December 31, 2018 did not contain any adverse opinion or "
            "disclaimer of opinion, and were not qualified or modified as to uncertainty, audit scope or "
            "accounting principles, except for the emphasis of matter relating to the goodwill and an "
            "intangible asset impairment triggering event in the first quarter of 2020, which resulted in "
            "management performing an impairment evaluation of its goodwill in the first quarter of 2020."
        ),
        set(),
    ),
    (
        "charge-of-an-amount-for-impairment-of-right-of-use-assets",
        "https://www.sec.gov/Archives/edgar/data/913241/000162828020011503/R25.htm",
        (
            "An impairment loss is recorded if the carrying amount of the long-lived asset\nexceeds its fair "
            "value. As a result, the Company recognized a pre-tax charge of $16,826 for impairment of its "
            "right-of-use assets and a pre-tax charge of $11,995 for impairment of its stores fixed assets for "
            "the three months ended March 31, 2020."
        ),
        {I},
    ),
    (
        "abandoned-software-written-off",
        "https://www.sec.gov/Archives/edgar/data/320121/000032012124000093/R15.htm",
        (
            "As a result of the Company's decision to abandon the associated software, the Company wrote-off "
            "$11.7 million of the previously capitalized software costs, of which $5.3 million was recorded as "
            "\"Impairment loss on intangible assets\" under cost of sales and $6.4 million was recorded as "
            "\"Impairment loss on intangible assets\" under operating expenses."
        ),
        {I},
    ),
    (
        "clause-heading-notice-of-event-of-default",
        "https://www.lawinsider.com/clause/notice-of-event-of-default-acceleration",
        (
            "Notice of Event of Default; Acceleration. If an Event of Default (other than an Event of Default "
            "specified in Sections 6.01(b)(iv), (f) and (g) above) occurs and is continuing, the Trustee or the "
            "Holders of not less than 25% in principal amount of the Outstanding Notes may declare all unpaid "
            "principal of and accrued interest on all Notes to be due and payable immediately."
        ),
        set(),
    ),
    (
        "glossary-notice-of-default-definition",
        "http://financialdictionary.net/define/Notice+of+Default/",
        (
            "Notice of Default\n\nNotice of Default is a written notice sent by a lender to a borrower stating "
            "that the borrower has failed to pay according to the terms of the loan contract. The notice of "
            "default also states that the lender might take legal action to enforce the loan contract."
        ),
        set(),
    ),
    (
        "form-letter-with-blanks",
        "https://mybizbox.app/workspace/t/loans/letter-of-default-on-promissory-note",
        (
            "This letter serves as a formal notification that you are in default of your obligations under "
            "the Promissory Note dated {{promissory_note_date}} (the “Note”).\n\nThe specific event of default "
            "is as follows: {{description_of_default, e.g., 'failure to make the scheduled payment due on "
            "{{due_date}}' or 'breach of covenant outlined in clause {{clause_number}}'}}."
        ),
        set(),
    ),
    (
        "glossary-example-story",
        "https://burtcollect.com/glossary/default",
        (
            "Default. The failure to repay a loan according to the agreed terms.\n\nCommercial Loan Default: A "
            "construction company borrowed funds to complete a project but experienced delays and cost "
            "overruns. When it couldn't make the monthly payments according to the agreed-upon loan terms, it "
            "defaulted on the loan, prompting the lender to pursue collection actions."
        ),
        set(),
    ),
    (
        "item-204-title-in-a-list-of-8k-items",
        "https://ebookreading.net/view/book/SEC+Reporting-EB9781119724421_11.html",
        (
            "Section 2—Financial Information\nItem 2.01 Completion of Acquisition or Disposition of Assets\n"
            "Item 2.02 Results of Operations and Financial Condition\nItem 2.03 Creation of a Direct Financial "
            "Obligation or an Obligation under an Off-Balance Sheet Arrangement of a Registrant\nItem 2.04 "
            "Triggering Events That Accelerate or Increase a Direct Financial Obligation or an Obligation "
            "under an Off-Balance Sheet Arrangement\nItem 2.05 Costs Associated with Exit or Disposal "
            "Activities"
        ),
        set(),
    ),
    (
        "circumstances-which-constitute-events-of-default-not-waived",
        "https://www.sec.gov/Archives/edgar/data/739878/000119312514210002/R11.htm",
        (
            "See the section captioned “Post-Amendment No. 5 Events” below for a description of certain "
            "circumstances which constitute failures of conditions to lending and/or events of default under "
            "the Company’s credit agreement, which have not been waived as of the date of filing of this "
            "Quarterly Report on Form 10-Q, and a reservation of rights letter received by the Company from its "
            "senior lenders in connection therewith."
        ),
        {D},
    ),
    (
        "restatement-note-beside-asc-480",
        "https://www.sec.gov/Archives/edgar/data/1838544/000141057822000053/R8.htm",
        (
            "NOTE 2 — RESTATEMENT OF PREVIOUSLY ISSUED FINANCIAL STATEMENTS\nIn connection with the "
            "preparation of the Company’s financial statements as of September 30, 2021, the Company’s "
            "management re-evaluated the Company’s application of ASC 480-10-S99 to its accounting "
            "classification of its Class A common stock subject to possible redemption issued as part of the "
            "units sold in the Company’s IPO on February 26, 2021."
        ),
        {R},
    ),
    (
        "need-for-a-restatement-explained",
        "https://legalclarity.org/the-correction-of-a-material-error-in-prior-years-financial-statements",
        (
            "A material error discovered in previously issued financial statements triggers one of the most "
            "serious actions in financial reporting. The need for a restatement signifies that the original "
            "financial statements should no longer be relied upon. Correcting such an error necessitates a "
            "restatement, which is the physical act of reissuing the financial statements to reflect the "
            "corrected information."
        ),
        set(),
    ),
    (
        "restated-when-there-is-an-error-correction",
        "https://downlewiswhotabs.pages.dev/643497.html",
        (
            "An error correction is the correction of an error in previously issued financial statements. "
            "It is not an accounting change.\nPrior period financial statements should be restated when there "
            "is an error correction."
        ),
        set(),
    ),
    (
        "placeholder-company-restates",
        "https://www.alphanome.ai/post/understanding-amendment-annual-filings-10-k-a-what-investors-need-to-know",
        (
            "Examples of 10-K/A Filings\nCompany Y filed a 10-K/A to restate financial results for 2011, 2012, "
            "and 2013 due to accounting errors related to depreciation of rental vehicles and other areas. This "
            "led to a significant drop in the company's stock price."
        ),
        set(),
    ),
    (
        "auditor-no-longer-able-to-rely-on-representations",
        "https://au.investing.com/news/stock-market-news/super-micro-computer-stock-falls-after-delaying-10q-filling-432SI-3538405",
        (
            "Then, in late October, Ernst & Young resigned as SMCI's accounting firm, saying it was no longer "
            "able to rely on management's and the Audit Committee's representations and was unwilling to be "
            "associated with the financial statements prepared by management."
        ),
        set(),
    ),
    (
        "listing-rule-list-of-delinquent-filing-events",
        "https://davispolk.com/insights/client-update/nyse-proposes-amend-its-listing-standards-related-delinquent-filings",
        (
            "In addition to past due quarterly or annual reports, the NYSE also considers any of the following "
            "events as delinquent filings: an annual report is filed without an audit report; the auditor "
            "withdraws its audit report or the company files a Form 8-K disclosing that a previously filed "
            "audit report should no longer be relied upon; or the company files a Form 8-K or Form 6-K "
            "disclosing that previously issued financial statements should no longer be relied upon and does "
            "not correct them within 60 days."
        ),
        set(),
    ),
    (
        "impairment-loss-shall-be-recognized-standard-text",
        "http://absolutebrand.com/SERVICES/VALUE/Impairment.htm",
        (
            "Within six months of adoption, companies are required to perform a transitional goodwill "
            "impairment test for all reporting units that have goodwill from a prior acquisition. An impairment "
            "loss associated with this test shall be recognized as the effect of a change in accounting "
            "principle."
        ),
        set(),
    ),
    (
        "requirements-for-error-corrections",
        "https://www.complianceweek.com/restatements-declined-with-adjustments-analysis-shows/24886.article",
        (
            "Out-of-period adjustments were unheard of before the Securities and Exchange Commission changed "
            "the reporting requirements for error corrections in 2004. In the earliest days of Form 8-K "
            "disclosure requirements to alert the market to errors, adjustments started to rise to double "
            "digits while restatements surged, from 2005 to 2007."
        ),
        set(),
    ),
    # -------- blind batch 4
    (
        "missed-payment-for-interest-news",
        "https://www.just-auto.com/news/us-danas-missed-payments-stir-bankruptcy-fears",
        (
            "Auto parts maker Dana Corporation has said it missed a US$21m payment for interest on two of its "
            "bonds, fanning fears that it might not be able to avoid bankruptcy, according to the Financial Times (FT)."
        ),
        {D},
    ),
    (
        "forbearance-template-blank-date-and-generic-failure",
        "http://www.docstoc.com/docs/69568097/Forbearance-Agreement-_Borrower-Guarantor",
        (
            "THIS FORBEARANCE AGREEMENT (the \u201cForbearance\u201d), dated as of\n(the \"Effective Date\") is among\n"
            "(\u201cBorrower\u201d), (the \u201cGuarantors\u201d) and (\u201cLender\u201d).\n"
            "WHEREAS, pursuant to Section                     of the Loan Agreement, Borrower was\n"
            "required to make a payment of $                         on                 (the \u201cPayment\u201d);\n"
            "WHEREAS, failure to make a payment constitutes an Event of Default under the Note\n"
            "and Loan Agreement (the \u201cExisting Default\u201d);"
        ),
        set(),
    ),
    (
        "impairment-added-back-explainer",
        "https://sourcesuses.com/Notes/Goodwill-Impairment",
        (
            "Cash Flow Statement:\nThe impairment charge is added back to Net Income in the Cash from Operations "
            "(CFO) section because it is non-cash."
        ),
        set(),
    ),
    (
        "payment-default-defined-when-an-issuer-fails",
        "https://accountinginsights.org/what-happens-when-a-bond-defaults",
        (
            "A payment default, considered the most severe form, happens when an issuer fails to make an interest "
            "payment on the due date or does not repay the bond\u2019s principal at maturity."
        ),
        set(),
    ),
    (
        "payment-default-category-and-generic-issuer",
        "https://legalclarity.org/when-is-a-bond-in-default",
        (
            "A bond enters the state of default under two distinct categories. The first and most straightforward "
            "category is the payment default, sometimes called a hard default. This condition occurs when the issuer "
            "fails to remit the scheduled principal or interest payment on the exact date specified in the bond "
            "indenture."
        ),
        set(),
    ),
    (
        "restatements-studied-as-a-sample",
        "https://studylib.net/doc/10310092/accounting-restatements--are-they-always-bad-news-for-inv...",
        (
            "We provide evidence that market reactions to restatements due to errors are generally negative. We show "
            "that these restatements come in periods of declining profits and lower profits than industry peers for "
            "the restating firms, consistent with both opportunistic managerial behavior and operational problems."
        ),
        set(),
    ),
    (
        "covenant-default-heading-and-definition",
        "https://zolvo.com/glossary/covenant-breach/",
        (
            "Covenant Breach (Covenant Default)\nA covenant breach, or covenant default, occurs when a borrower fails "
            "to satisfy a covenant in its loan agreement."
        ),
        set(),
    ),
    (
        "impairment-usage-example-first-person",
        "http://www.investorwords.com/6840/impairment_charge.html",
        "There was an impairment charge and I was really happy with it and what it found and that made me quite happy.",
        set(),
    ),
    (
        "impairment-industry-aggregate",
        "https://cedarhilladvisors.com/2020-first-quarter-goodwill-impairment/",
        "Q1 2020 the banking industry recorded $8.6 billion in goodwill impairment losses.",
        set(),
    ),
    (
        "impairment-named-bank-recorded-charge",
        "https://www.bankdirector.com/tag/crisis/",
        (
            "And Cadence Bancorp., an $18.9 billion bank based in Houston, Texas, recorded an after-tax impairment "
            "charge of $413 million."
        ),
        {I},
    ),
    (
        "ifrs-policy-impairment-losses-allocated",
        "https://annualreport.heijmans.nl/annual-report-2022/financial-statements/5-accounting-policies/20-impairments",
        (
            "Impairment losses recognised in respect of cash-generating units are allocated first to reduce the "
            "carrying amount of any goodwill allocated to the units, and then to reduce the carrying amount of the "
            "other assets in the unit (or group of units) on a pro rata basis."
        ),
        set(),
    ),
    (
        "restatement-of-contracts-treatise",
        "https://reference.findlaw.com/amjur/contracts-sect-669.html",
        (
            "The Restatement provides that a party's failure to render or to offer performance may affect the "
            "nonbreaching party's duties under the rules dealing with remaining duties to perform and simultaneous "
            "exchange of performances, even though that failure is justified by the nonoccurrence of a condition."
        ),
        set(),
    ),
    (
        "restatement-second-of-contracts-section",
        "https://matthewminer.name/law_stuff/outlines/1L/2nd+Semester/LAW+506-002+\u2013+Contracts+II/R2C+\u00a7+243",
        (
            "Restatement Second of Contracts \u00a7 243\nEffect of a Breach by Non-Performance As Giving Rise to a "
            "Claim for Damages for Total Breach"
        ),
        set(),
    ),
    (
        "permanent-impairment-from-work-injury",
        "https://cpollardlaw.com/virginia-workers-compensation/impairment-rating-evaluation",
        (
            "But what happens when your workers comp doctor has no further treatment to offer, and you have permanent "
            "impairment from the work injury that will affect you for the rest of your life?"
        ),
        set(),
    ),
    (
        "permanent-impairment-rating-court",
        "http://e.casetext.com/case/harvey-v-hc-price-co/case-summaries",
        (
            "H.C. Price Company appeals from a decision of a Workers' Compensation Board hearing officer assigning a "
            "12% permanent impairment rating to Vivian Harvey that includes 7% for the psychological sequela of a "
            "work-related physical injury."
        ),
        set(),
    ),
    (
        "dip-default-interest-any-amount-not-paid-when-due",
        "https://capedge.com/filing/1794905/0001193125-23-164436/CYXTQ-8K",
        (
            "Loans under the DIP Facility will be subject to an additional 2.00% of interest per annum during the "
            "period in which any principal of or interest on any loan or any fee or other amount payable by the DIP "
            "Borrower under the DIP Facility is not paid when due, whether at stated maturity, upon acceleration or "
            "otherwise."
        ),
        set(),
    ),
    (
        "line-of-credit-due-2012-remains-unpaid",
        "https://www.sec.gov/Archives/edgar/data/844887/000144586617001188/R10.htm",
        (
            "All funds originally advanced under the facility were due and payable by November 1, 2012. As an "
            "inducement to provide the facility, the lender was awarded an immediate option to purchase 50,000 shares "
            "of common stock of the Company at $1.75 per share. The options expire following repayment in full by the "
            "Company of the amount borrowed. At June 30, 2017, the principal and accrued interest due on the "
            "obligation, which totals $1,718,299, remains unpaid."
        ),
        {D},
    ),
    (
        "charge-to-impair-the-carrying-value",
        "https://www.sec.gov/Archives/edgar/data/1591165/000149315220006936/R13.htm",
        (
            "As a result, during the fourth quarter of 2019 the Company recorded a charge of $2,944,000 to impair the "
            "carrying value of the technology related intangible."
        ),
        {I},
    ),
    (
        "errors-corrected-in-amendment-no-2-to-form-10-k",
        "https://www.sec.gov/Archives/edgar/data/1590715/000147793225007744/R8.htm",
        (
            "Subsequent to filing of our original 2024 Form 10-K on May 19, 2025, we became aware of a few matters "
            "requiring adjustments to the consolidated financial statements included therein.   Those matters have "
            "been corrected in this Amendment No. 2 to the 2024 Form 10-K and include the following:"
        ),
        {R},
    ),
    (
        "prevalence-of-restatements-commentary",
        "https://www.mondaq.com/unitedstates/securities/1399252/sec-chief-accountant-has-some-thoughts-about-the-statement-of-cash-flows",
        (
            "According to Munter, that conclusion is evidenced by both the prevalence of restatements associated with "
            "the statement of cash flows as well as by the staff's \"observations of material weaknesses in internal "
            "control over financial reporting...around the preparation and presentation of the statement of cash "
            "flows.\""
        ),
        set(),
    ),
    (
        "amendment-no-1-part-iii-only",
        "https://blog.auditanalytics.com/reasons-for-an-amended-10-k-2020/",
        (
            "We are filing this Amendment No. 1 on Form 10-K/A (this \u201cAmendment No. 1\u201d) to amend our Annual "
            "Report on Form 10-K for the year ended December 31, 2019, originally filed with the Securities and "
            "Exchange Commission (the \u201cSEC\u201d) on March 26, 2020, to include the information required by Items "
            "10 through 14 of Part III of Form 10-K."
        ),
        set(),
    ),
    (
        "upon-default-failure-to-make-payment-remedies",
        "https://muninet.harris.uchicago.edu/2015/03/01/trustee-and-bondholder-rights-and-remedies/",
        (
            "B. Upon default (breach of covenant or failure to make payment of principal or interest), bondholder may "
            "institute a lawsuit for a money judgment, mandamus, specific performance, or equitable relief such as "
            "for injunction or an accounting or for foreclosure on collateral (if permitted) or other relief."
        ),
        set(),
    ),
    (
        "board-decided-not-to-pay-equipment-financings",
        "https://investors.corescientific.com/sec-filings/all-sec-filings/content/0001193125-22-270236/d395956dex991.htm",
        (
            "Although the Companys board of directors determined in late October 2022 that the Company will not make "
            "certain payments with respect to several of its equipment and other financings, including its bridge "
            "promissory notes, the additional liquidity created by such measures may be insufficient."
        ),
        {D},
    ),
    (
        "trust-preferred-interest-suspended-under-deferral-right",
        "https://www.sec.gov/Archives/edgar/data/711669/000114036115011107/R19.htm",
        (
            "On February 13, 2012, the Company announced the suspension of the quarterly interest payments on the Trust "
            "Preferred Securities. Under the terms of the trust documents, the Company may defer payments of interest for "
            "up to 20 consecutive quarterly periods without default or penalty."
        ),
        set(),
    ),
    (
        "matured-term-loans-bearing-default-rate",
        "https://www.sec.gov/Archives/edgar/data/1293310/000121465918002397/R13.htm",
        (
            "On December 1, 2017 the Term Loans matured and began bearing interest at the default rate of 14.00%. "
            "The Company\u2019s obligations under the Credit Agreement are secured by a first priority interest in all "
            "of the Company\u2019s real and personal property."
        ),
        {D},
    ),
    (
        "restatement-process-steps-explained",
        "https://discussion.d1x8xea0m6yfj4.amplifyapp.com/2024/10/finance-restatement.html",
        (
            "The restatement process itself involves several steps. First, the company identifies the material error "
            "and notifies its audit committee and external auditors. The company also issues a press release "
            "announcing the restatement to inform investors."
        ),
        set(),
    ),
    (
        "advice-column-question-and-forbearance-defined",
        "https://www.mcknights.com/news/ask-the-legal-expert-about-loan-forbearance/article/369372/",
        (
            "We are in default under our loan documents. Will we be able to obtain a forbearance agreement from our "
            "lender?\nA forbearance agreement is between a borrower and a lender when the lender agrees to refrain from "
            "exercising any legal remedies available under the loan documents following one or more defaults."
        ),
        set(),
    ),
    (
        "group-recognized-amount-of-impairment-in-relation-to-brand",
        "https://www.sec.gov/Archives/edgar/data/1650107/000165010724000062/R11.htm",
        (
            "During the first half of 2024, the Group recognized \u20ac10 million of impairment in relation to the "
            "Feral brand."
        ),
        {I},
    ),
    (
        "recognised-impairment-losses-are-reversed-if-policy",
        "https://download.companieshouse.gov.uk/Accounts_Bulk_Data-2025-06-28.zip",
        (
            "Recognised impairment losses are reversed if, and only if, the reasons for the impairment loss have\n"
            "ceased to apply."
        ),
        set(),
    ),
    (
        "financial-assets-are-impaired-where-objective-evidence-policy",
        "https://bidvest.co.za/reports/bidvest_ar2012/fo-acc-policies",
        (
            "Financial assets are impaired where there is objective evidence that, as a result of one or more events "
            "that occurred after the initial recognition of the financial asset, the estimated future cash flows of "
            "the investment have been impacted."
        ),
        set(),
    ),
    (
        "where-carrying-amount-exceeds-asset-considered-impaired-policy",
        "https://pitchsend.com/slides/7cfa2f7b-2c9b-463f-92a2-c38145769f19",
        (
            "Where the carrying amount of an asset or cash-generating unit exceeds its recoverable amount, the asset "
            "is considered impaired and is written down to its recoverable amount."
        ),
        set(),
    ),
    (
        "excess-is-written-down-and-charged-to-operations-policy",
        "https://www.sec.gov/Archives/edgar/data/944480/000094448017000046/R15.htm",
        (
            "The excess of any unamortized computer software costs over the related fair value is written down and "
            "charged to operations."
        ),
        set(),
    ),
    (
        "recorded-write-down-of-software-development-costs",
        "https://www.sec.gov/Archives/edgar/data/944480/000094448015000078/R13.htm",
        (
            "As of September 30, 2015, GSE recorded a $1.5 million write-down of software development costs which "
            "was the full capitalized balance of its EDM development projects."
        ),
        {I},
    ),
    (
        "pointer-to-the-impairment-charge-on-an-investment",
        "https://www.sec.gov/Archives/edgar/data/1385280/000095017023018072/R19.htm",
        (
            "There were no impairment charges on long-lived assets, goodwill and intangible assets for the three "
            "months ended March 31, 2023. See Impairment of NCMI Investment in Note 8 for a discussion of the "
            "impairment charge on the Company\u2019s investment in NCMI."
        ),
        {I},
    ),
    (
        "recorded-impairment-of-operating-lease-right-of-use-assets",
        "https://www.sec.gov/Archives/edgar/data/1431695/000143169525000010/R18.htm",
        (
            "We recorded an impairment of operating lease right-of-use assets totaling $0.6 million during the year "
            "ended December 31, 2024 in connection with the abandonment of the former office space."
        ),
        {I},
    ),
    (
        "impairment-loss-recognised-for-goodwill-is-not-reversed-policy",
        "https://esr.com/ESR-AR-2022-EN/142",
        "An impairment loss recognised for goodwill is not reversed in a subsequent period.",
        set(),
    ),
    # -------- sixth blind round: the words used of no one company's event
    (
        "upon-receipt-of-notice-agent-shall-issue-notice-of-default",
        "https://lawinsider.com/clause/notification-of-default-or-acceleration/_1",
        (
            "Upon receipt of a notice described herein or in Section 4.4 from a Creditor of the occurrence of a "
            "Default or an Event of Default or that any of the Senior Secured Obligations have been accelerated, "
            "the Collateral Agent shall promptly issue its \u201cNotice of Default\u201d to all Creditors."
        ),
        set(),
    ),
    (
        "crucial-for-borrowers-upon-receiving-a-default-notice",
        "https://ahvd.uta.cl/2024/03/27/understanding-default-notice-credit-agreements-legal-guide/",
        (
            "It is crucial for borrowers to seek legal advice and take appropriate action upon receiving a default "
            "notice to mitigate potential repercussions."
        ),
        set(),
    ),
    (
        "alternatives-including-forbearance-agreements",
        "http://abladvisor.com/blogs/9844/in-default-forbearance-agreements-can-be-a-valuable-tool",
        (
            "Secured lenders can pursue a number of non-litigation alternatives when dealing with a defaulting "
            "borrower, including forbearance agreements, loan modifications, debt restructures and workouts, "
            "voluntary surrender of collateral, self-help repossession, and business liquidation, to name a few."
        ),
        set(),
    ),
    (
        "a-forbearance-agreement-at-its-core-is",
        "http://abladvisor.com/blogs/9844/in-default-forbearance-agreements-can-be-a-valuable-tool",
        (
            "A forbearance agreement, at its core, is a temporary agreement by the lender to refrain from "
            "exercising its post default rights and remedies."
        ),
        set(),
    ),
    (
        "forbearance-agreements-give-lenders-an-alternative",
        "https://lawjournalnewsletters.com/2006/07/28/forbearance-agreements-a-useful-tool-for-lenders-after-default",
        (
            "Depending on the circumstances, forbearance agreements give lenders an alternative to the expenses "
            "and delays associated with litigation or bankruptcy. Parties consider forbearance agreements for a "
            "variety of reasons."
        ),
        set(),
    ),
    (
        "limit-a-default-to-a-failure-to-make-payments",
        "http://blogs.forbes.com/investor/2010/07/19/even-if-a-bond-doesnt-default-you-can-still-lose-your-money/",
        (
            "Issuers and bond underwriters, as well as many bondholders want to limit the calling of a default to "
            "a failure to make interest or principal payments to bondholders when they are due."
        ),
        set(),
    ),
    (
        "why-does-goodwill-become-impaired-question",
        "https://www.cryptvestment.com/what-is-a-goodwill-impairment-test",
        (
            "Why Does Goodwill Become Impaired?\nGoodwill becomes impaired when the economic advantages that "
            "justified the acquisition premium no longer exist or are significantly reduced."
        ),
        set(),
    ),
    (
        "investment-write-down-represents-glossary-entry",
        "https://rfq.news/feed/500-million-investment-write-down",
        (
            "$500 Million Investment Write-Down\n\nMeaning\n\nA $500 million investment write-down represents a "
            "major accounting adjustment where a company formally reduces the book value of its assets by half a "
            "billion dollars."
        ),
        set(),
    ),
    (
        "book-a-valuation-loss-for-its-shareholdings",
        "https://asia.nikkei.com/Business/Companies/Lyft-costs-Rakuten-950m-in-write-downs",
        (
            "TOKYO -- Rakuten said Tuesday that it will book a valuation loss of around 103 billion yen ($950 "
            "million) in the July-September quarter for its Lyft shareholdings, following a plunge in the U.S. "
            "ride-hailing company's stock price during the period."
        ),
        {I},
    ),
    (
        "the-restatement-adjusts-the-historical-numbers",
        "https://qammunity.org/18664740",
        "The restatement adjusts the historical numbers to reflect the correction of the error.",
        set(),
    ),
    (
        "financial-statements-are-restated-to-ensure",
        "https://wallstreetmojo.com/restatement",
        (
            "Financial statements are restated to ensure that stakeholders get an accurate picture of the "
            "company's financials."
        ),
        set(),
    ),
    (
        "restating-earnings-hurts-the-company-headline",
        "https://source.wustl.edu/2006/09/restating-earnings-hurts-the-company-itself-and-its-peers/",
        (
            "Restating earnings hurts the company itself, and its peers\nOne company's statement has ripple effects "
            "throughout the industry\nNo company wants to issue an accounting restatement; it's a guaranteed way for "
            "the share price to drop 10 percent, on average. According to a professor at the Olin School of "
            "Business, when a company announces a restatement of revenues or expenses, there is value in looking "
            "at its industry peer firms."
        ),
        set(),
    ),
    (
        "the-paper-summarizes-the-financial-statement-restatement",
        "https://file.scirp.org/Html/8-7201985_89123.htm",
        (
            "Through reviewing the financial statement restatement in recent years, the paper summarizes the causes "
            "and consequences of the financial statement restatement, the influencing factors of financial "
            "restatement, and the reaction of the company after financial restatement."
        ),
        set(),
    ),
    (
        "count-of-banks-that-restated",
        "http://goingconcern.com/o-bank-restatements-where-art-thou/",
        "Forty-four banks restated last year, one fewer than in 2009.",
        set(),
    ),
    (
        "the-impairment-reflects-after-a-sized-hit",
        "https://laprivate.com.au/south32s-1-3bn-setback-on-hermosa-project",
        (
            "Shares in mining giant South32 (ASX:S32) are down 2.36 per cent to $3.73 at 1.50pm AEST after it "
            "warned of a $1.3 billion hit on its Hermosa project's zinc-lead-silver Taylor sulphide deposit. The "
            "impairment reflects the impact of delays due to Covid-19, significant dewatering requirements and "
            "current inflationary pressures on its August 2018 Arizona acquisition."
        ),
        {I},
    ),
    (
        "were-in-violation-of-a-loan-covenant",
        "https://www.sec.gov/Archives/edgar/data/319458/000143774917019194/R7.htm",
        (
            "As of September 30, 2017, we were in violation of a loan covenant under the New Credit Facility that "
            "requires our Fixed Charge Coverage Ratio (as defined in the 2017 Credit Agreement) (\u201cFCCR\u201d) to "
            "be not less than 1.10 to 1.00 at the end of each month"
        ),
        {D},
    ),
    (
        "had-no-impairment-losses",
        "https://www.sec.gov/Archives/edgar/data/1095981/000114036111052273/R16.htm",
        (
            "During the three and nine months ended September 30, 2011 and 2010, we had no impairment losses "
            "associated with our long-lived assets."
        ),
        set(),
    ),
    (
        "no-impairment-requiring-a-write-down",
        "https://www.sec.gov/Archives/edgar/data/1144834/000119312513218766/R11.htm",
        (
            "Our review as of March 31, 2013, concluded that no impairment had occurred during the first quarter "
            "of 2013 requiring consideration of a write-down and other real estate and building and equipment are "
            "recorded at the lower of cost or fair market values."
        ),
        set(),
    ),
    (
        "lender-income-statement-revenue-less-impairment",
        "https://www.ipfin.co.uk/en/investors/financial-performance/income-statement.html",
        (
            "Revenue 548.7 661.3 - 661.3\nImpairment (56.2) (247.6) (2.5) (250.1)\nRevenue less impairment 492.5 "
            "413.7 (2.5) 411.2\nFinance costs (54.0) (55.0) 8.2 (46.8)"
        ),
        set(),
    ),
    (
        "where-impairment-charges-are-presented",
        "https://www.sec.gov/Archives/edgar/data/1062530/000110465914036949/R12.htm",
        (
            "Goodwill impairment charges are included as a separate operating expense line item, \u201cGoodwill "
            "impairment\u201d within Continuing Operations in our Consolidated Statements of Operations."
        ),
        set(),
    ),
    (
        "may-likely-cause-the-company-to-be-in-violation-of-covenant",
        "https://zerohedge.blogspot.com/2009/02/terex-stock-hammered-pre-market-on.html",
        (
            "Despite the positive generation of cash during the fourth quarter, continued deteriorating business "
            "conditions in certain of the Company\u2019s operating segments and the impact of historical fixed charges "
            "incurred on a trailing twelve months basis (for example, interest expense, cash taxes, share "
            "repurchases and capital expenditures) may likely cause the Company to be in violation of the "
            "consolidated fixed charge coverage ratio covenant under its credit agreement as early as the end of "
            "the first quarter of 2009."
        ),
        set(),
    ),
    (
        "reader-wondering-about-a-forbearance-agreement",
        "https://asktopia.com/question/ZhJkZC7EQreP97lCHm-p0Q/what-does-it-mean-when-a-company-is-in-forbearance-with-a-bank",
        (
            "Our company entered into a forbearance agreement with a lender and I am wondering how this will "
            "impact us."
        ),
        set(),
    ),
    # -------- seventh blind round: refusals to pay in news wording, lender letters, reported speech
    (
        "will-not-make-payments-on-dollar-bonds",
        "https://chinaeconomicreview.com/developer-aoyuan-set-to-default/",
        (
            "China Aoyuan Group is set to become the next Chinese property developer to default on its debt after "
            "announcing it will not make payments on four dollar bonds, which will trigger defaults on all its "
            "other offshore debt, reports Bloomberg."
        ),
        {D},
    ),
    (
        "wont-pay-off-a-dollar-note",
        "https://chinaeconomicreview.com/developer-aoyuan-set-to-default/",
        (
            "The company won\u2019t pay off a dollar note that matures Thursday or a separate bond due Sunday, it said "
            "in a Hong Kong stock exchange filing late Wednesday."
        ),
        {D},
    ),
    (
        "wouldnt-pay-interest-before-end-of-grace-period",
        "https://chinaeconomicreview.com/developer-aoyuan-set-to-default/",
        "The builder also said it wouldn\u2019t pay interest before the end of a 30-day grace period on two other notes.",
        {D},
    ),
    (
        "lender-letter-you-have-defaulted",
        "https://lawinsider.com/contracts/krWjAETrOu3",
        (
            "Ladies and Gentlemen:\nWe refer to the Post-Petition Loan and Security Agreement dated as of\nJuly 15, "
            "1999 (the \"Credit Agreement\").\nWe hereby notify you, without giving effect to any other Defaults or\n"
            "Events of Default that may exist under the Credit Agreement, that you have\ndefaulted in your "
            "obligations under the Credit Agreement in that:"
        ),
        {D},
    ),
    (
        "events-of-default-existed-including-missed-interest",
        "https://www.sec.gov/Archives/edgar/data/1043961/000104396117000009/R19.htm",
        (
            "As of March 31, 2017, we were not in compliance with the Loan Agreement, as amended, due to the fact "
            "that events of default existed, including our failure to make certain required monthly interest "
            "payments."
        ),
        {D},
    ),
    (
        "covenant-noncompliance-at-the-time-of-an-amended-note",
        "https://sec.gov/Archives/edgar/data/825324/000082532412000020/R10.htm",
        (
            "In December 2011 the Company amended its note payable to Wells Fargo Bank. At the time the Company was "
            "not in compliance with certain loan covenants. Under terms of the amended note agreement, the Company "
            "is required to have tangible net worth of not less than $2.5 million as of December 31, 2012, which is "
            "greater than the Company\u2019s current tangible net worth."
        ),
        set(),
    ),
    (
        "said-it-would-restate-its-financial-results",
        "http://cache.nohib.com./archives/la-xpm-2005-feb-23-fi-rup23.7-story.html",
        (
            "Department store chain Kohl\u2019s Corp. said it would restate its financial results starting with "
            "fiscal 1998 to reflect an accounting change related to some of its store leases."
        ),
        {R},
    ),
    (
        "said-last-month-that-a-cause-meant-it-would-have-to-restate",
        "news roundup of stock-option backdating restatements, August 2006",
        (
            "McAfee, the security software company, said last month that manipulation of the timing of options "
            "meant it would have to restate earnings going back to at least 2003, and the impact would be significant."
        ),
        {R},
    ),
    (
        "said-that-it-expected-to-restate-its-financial-statements",
        "news roundup of stock-option backdating restatements, August 2006",
        "CNET Networks said that it expected to restate its financial statements for 2003 through 2005.",
        {R},
    ),
    (
        "said-the-restatement-would-decrease-net-earnings",
        "http://cache.nohib.com./archives/la-xpm-2005-feb-23-fi-rup23.7-story.html",
        (
            "Kohl\u2019s said the restatement would decrease net earnings by about 3 cents a share for fiscal 1998, "
            "1 cent for fiscal 1999, 2 cents for fiscal 2000."
        ),
        {R},
    ),
    (
        "auditor-paragraph-company-has-restated-after-standard-paragraph",
        "https://capedge.com/filing/s3-content/0000950135-03-006129/4",
        (
            "As discussed in Note 2 to the consolidated financial statements, the Company\nadopted the Financial "
            "Accounting Standards Board Statement No. 142, \"Intangible\nAssets and Goodwill,\" effective January 1, "
            "2002.\nAs discussed in Note 3 to the consolidated financial statements, the Company has\nrestated its "
            "consolidated financial statements as of and for the year ended\nDecember 31, 2002."
        ),
        {R},
    ),
    (
        "had-incorrectly-reported-then-revised-prior-statements",
        "https://www.sec.gov/Archives/edgar/data/1145460/000119312516759676/R8.htm",
        (
            "In connection with the preparation of our consolidated financial statements for the fiscal year ended "
            "December 31, 2015, we determined that, in fiscal years 2013 and 2014, each of the interim periods of 2014 "
            "and the first three quarters of fiscal year 2015, we had incorrectly reported the timing of recognition "
            "of certain revenue transactions for such periods. As a result, we revised our consolidated financial "
            "statements as of December 31, 2014 and for the fiscal years ended December 31, 2014 and 2013."
        ),
        {R},
    ),
    # -------- seventh blind round, foreign filers: "the Group", prior year adjustments, common control
    (
        "errors-identified-subsequent-to-the-filing-of-form-20f",
        "https://www.sec.gov/Archives/edgar/data/1499494/000147793219003041/R35.htm",
        (
            "30. Correction of errors\nSubsequent to the filing of Form 20F for the financial year ended December 31, "
            "2017, management identified the following accounting errors:\n1. The Group had over accrued certain "
            "interest expenses of RMB4,349,000 which should have been recorded in the year of 2018."
        ),
        {R},
    ),
    (
        "prior-year-adjustment-erroneously-calculated",
        "http://inlandhomesplc.annualreport2017.com/financials/notes-to-the-group-financial-statements/29-prior-year-adjustments/",
        (
            "A prior year adjustment of \u00a31,298,000 has also been made to recognise an additional deferred tax "
            "liability relating to the revaluation gains on investment properties following a review of the Group's "
            "capital losses available for set off against future capital gains that were erroneously calculated in "
            "the prior year."
        ),
        {R},
    ),
    (
        "restated-for-an-entity-under-common-control",
        "https://www.sec.gov/Archives/edgar/data/793628/000155335022000485/R38.htm",
        (
            "The consolidated\nfinancial statements of the Group prior to acquisition were restated to include the "
            "results of operations of PST Technology and its subsidiaries\non a combined basis when the entities "
            "first came under the common control of Mr. Li Feilie.\nAs a\nresult of the acquisition of PST "
            "Technology, the relevant line items in the consolidated statements of profit or loss for the years\n"
            "ended December 31, 2020 and 2019 were restated as follows:\nSchedule of consolidated statement restated\n"
            "Year Ended December 31, 2020"
        ),
        set(),
    ),
    # -------- seventh blind round, debt news abroad: a coupon delayed, notes not redeemed at maturity
    (
        "delayed-payment-on-a-euro-bond-coupon",
        "https://cijblog.wordpress.com/2010/10/14/ecm-delays-another-euro-bond-coupon-payment/",
        (
            "Today\u2019s news, that ECM has delayed payment on a euro bond coupon, won\u2019t come as a surprise, nor "
            "will its explanation that the decision was taken in light of ongoing restructuring talks."
        ),
        {D},
    ),
    (
        "delays-coupon-payment-on-perpetual-debt",
        "http://www.reuters.com/article/snippet-idUSL1N0FH0J620130711",
        "FINEWS LATAM-Brazil's Lupatech delays coupon payment on perpetual debt-filing",
        {D},
    ),
    (
        "would-not-redeem-notes-that-were-to-mature",
        "http://euromoney.com/article.asp?ArticleID=1083891",
        (
            "Late in the night of July 19, after a stormy board meeting, the directors of Essar Steel, the flagship "
            "of the $4 billion group, admitted that the company would not redeem $250 million floating rate notes "
            "that were to mature the next day."
        ),
        {D},
    ),
    (
        "restatements-in-a-title-case-headline",
        "https://www.merrillcorp.com/en/blog/stepping-through-the-financial-restatements-minefield",
        "Stepping Through The Financial Restatements Minefield\nBe proactive when errors pop up.",
        set(),
    ),
    # -------- eighth round: a payment not made by choice or as the cause of a filing, a creditor's acceleration
    # worded at length, covenant breaches and their waivers, a default only foreseen
    (
        "elected-not-to-pay-interest-due-on-notes",
        "http://je.st/news/NII-Holdings-misses-interest-payment,1955757.html",
        (
            "NII Holdings announced that is has elected not to pay USD 118.8 million in interest due 15 August on "
            "senior notes issued by its subsidiaries NII Capital Corp and NII International Telecom SCA."
        ),
        {D},
    ),
    (
        "filed-after-failing-to-make-a-debt-payment",
        "https://popculture.com/trending/2018/10/15/sears-files-for-bankruptcy/",
        (
            "The Sears Holdings company filed for Chapter 11 bankruptcy on Monday after failing to make a $134 "
            "million debt payment."
        ),
        {D},
    ),
    (
        "missed-paying-the-principal-on-a-bond",
        "https://bondevalue.com/news/greenland-misses-dollar-bond-principal-lowered-to-sd-by-sp/",
        (
            "Greenland Holding missed paying the principal on its outstanding $362mn 5.6% bond that was due on "
            "November 13."
        ),
        {D},
    ),
    (
        "trustee-declared-bonds-immediately-due-and-payable",
        "https://rise-to-thrive.co/?p=52697",
        (
            "In a July 24 notice to the hospital, Computershare Trust and Preston Hollow declared principal and "
            "unpaid accrued interest on all outstanding bonds under the master trust indenture \u201cimmediately "
            "due and payable.\u201d"
        ),
        {D},
    ),
    (
        "continued-covenant-non-compliance-agent-exercised-rights",
        "https://www.sec.gov/Archives/edgar/data/1136294/000155837017009393/R10.htm",
        (
            "As a result of the Company\u2019s continued non-compliance with the financial and certain other "
            "covenants under the Revolving Credit Facility, in July 2016, the administrative agent exercised its "
            "rights and assumed control over certain of the Company\u2019s accounts by implementing a cash "
            "dominion process that used receipts of collateral to directly pay down debt, while allowing the "
            "Company to continue to borrow, subject to certain restrictions."
        ),
        {D},
    ),
    (
        "granted-a-conditional-waiver-of-defaults",
        "https://www.sec.gov/Archives/edgar/data/1092289/000156459016018925/R8.htm",
        (
            "On April 19, 2016, we entered into a second waiver and consent to credit agreement (the \u201cSecond "
            "Waiver and Consent\u201d) with BNP Paribas and IFC, which granted us a conditional waiver of defaults "
            "under the Senior Credit Facility and the current ratio financial covenant non-compliance at December "
            "31, 2015 and March 31, 2016."
        ),
        {D},
    ),
    (
        "unable-to-cure-the-defaults-on-the-debentures",
        "https://sec.gov/Archives/edgar/data/99106/000114420413043595/R9.htm",
        (
            "Additionally, if the Company is unable to cure the defaults on the Debentures and the Notes, the "
            "Debentures and the Notes could be called and be immediately due."
        ),
        {D},
    ),
    (
        "expects-installments-missed-will-result-in-default",
        "https://www.sec.gov/Archives/edgar/data/1283843/000114420415063410/R8.htm",
        (
            "Under the terms of the Credit Agreement, the Company is obligated to repay the deficiency in three "
            "monthly installments following the date of the redetermination. The Company does not expect to be "
            "able to make the monthly installments, which will result in a default under the Credit Agreement."
        ),
        set(),
    ),
    (
        "noncompliance-with-debt-covenants-in-an-old-audit-report",
        "https://si.frajer.net/readreplies.aspx?msgid=5214579&subjectid=21917",
        (
            "The 1993 auditor's report stated that the Company's recurring losses from operations and its "
            "noncompliance with debt covenants raised substantial doubts about its ability to continue as a "
            "going concern."
        ),
        set(),
    ),
    (
        "restaurants-identified-as-impaired",
        "https://sec.gov/Archives/edgar/data/1275158/000127515822000078/R13.htm",
        (
            "Two restaurants were identified as impaired during the second quarter of 2022 and the first two "
            "quarters of 2022. There were no restaurant impairments in the second quarter of 2021 and one "
            "restaurant impairment during the first two quarters of 2021."
        ),
        {I},
    ),
    (
        "item-402-title-read-with-the-account-after-it",
        "https://www.sec.gov/Archives/edgar/data/1047040/000095014405003462/g94266e8vk.htm",
        (
            "Item 4.02\nNon-Reliance on Previously Issued Financial Statements or a Related Audit Report or "
            "Completed Interim Review\n(a) The Company began a review of its lease accounting policies following "
            "announcements beginning in December 2004 that several restaurant companies were revising their "
            "accounting practices for leases. On March 28, 2005, the Company\u2019s management determined that the "
            "accounting for certain leases was not in accordance with accounting principles generally accepted in "
            "the United States."
        ),
        {R},
    ),
    (
        "comparatives-restated-on-transition-to-ifrs",
        "https://www.sec.gov/Archives/edgar/data/1064408/000120445911002088/exhibit99-2.htm",
        (
            "The Company\u2019s financial reporting has transitioned to be in accordance with International "
            "Financial Reporting Standards (\u201cIFRS\u201d). The first full year of reporting under IFRS will be "
            "2011, with comparable periods in 2010, starting with the January 1, 2010, balance sheet, being restated."
        ),
        set(),
    ),
    # -------- eighth round, fresh texts: holders not paid, a write-down that would have followed, a named company
    # restating in a news headline
    (
        "holders-had-not-received-an-interest-payment",
        "https://successdigestonline.com/evergrandes-global-bondholders-didnt-receive-interest-payment",
        (
            "Global investors who own China Evergrande Group \u2019s U.S. dollar bonds hadn\u2019t received an interest "
            "payment from the property giant by Thursday\u2019s deadline, said people familiar with the matter."
        ),
        {D},
    ),
    (
        "holders-yet-to-receive-payment-for-coupons",
        "https://www.bloombergquint.com/markets/evergrande-unit-s-bondholders-yet-to-receive-coupon-payments",
        (
            "Two holders of dollar notes sold by a unit of China Evergrande Group are yet to receive payment for "
            "coupons that were officially due Saturday."
        ),
        {D},
    ),
    (
        "write-down-that-would-have-followed-a-price-decrease",
        "http://www.corporatewindow.com/annuals/crzo04/pagek40.html",
        (
            "Conversely, a 20 percent decrease in commodity prices at December 31, 2004 would have reduced our NPV by "
            "approximately $56.5 million. This would have caused our unamortized cost of proved oil and gas "
            "properties to exceed the cost pool ceiling, resulting in an after-tax write-down of approximately $2.7 "
            "million."
        ),
        set(),
    ),
    (
        "named-company-restates-results-headline",
        "https://crn.com/news/components-peripherals/52500092/symbol-technologies-restates-results-after-discovering-inventory-discrepancies",
        (
            "Symbol Technologies Restates Results After Discovering Inventory Discrepancies\nThe company, a leading "
            "maker of bar-code scanners, said it has delayed by two weeks the filing of its quarterly financial "
            "report with the Securities and Exchange Commission and may have to amend one or both of its previously "
            "filed reports for 2004."
        ),
        {R},
    ),
    # -------- default: a payment obligation not met at its date
    (
        "payment-obligation-not-met-by-the-deadline",
        "https://www.sec.gov/Archives/edgar/data/723269/000143774922012788/R10.htm",
        (
            "The company was unable to meet its payment obligation by the prescribed deadline, therefore the "
            "interest rate stepped up to 10% and interest has been accrued using at the stepped up rate starting "
            "April 1, 2017."
        ),
        {D},
    ),
    (
        "note-holder-waived-the-default-for-a-time",
        "https://www.sec.gov/Archives/edgar/data/1691430/000149315220017139/R12.htm",
        (
            "The note was due January 13, 2019 and on April 24, 2020, the note holder waived the default through "
            "December 31, 2020."
        ),
        {D},
    ),
    (
        "lender-waived-the-default-interest-only",
        "https://www.sec.gov/Archives/edgar/data/1691430/000149315220017139/R12.htm",
        "The lender waived the default interest on the note for the period.",
        set(),
    ),
    (
        "contributors-account-for-an-impairment-for-the-first-quarter",
        "https://www.sec.gov/Archives/edgar/data/1672326/000165495419006322/R10.htm",
        (
            "Based on a thorough analysis of the Company\u2019s assets, the following three major contributors account "
            "for an impairment for the first quarter of fiscal year 2019:"
        ),
        {I},
    ),
    (
        "could-result-in-an-impairment-in-the-fourth-quarter",
        "https://www.sec.gov/Archives/edgar/data/1672326/000165495419006322/R10.htm",
        "A further decline in commodity prices could result in an impairment in the fourth quarter of 2019.",
        set(),
    ),
    (
        "revenue-outlook-should-not-be-relied-upon",
        "https://www.sec.gov/Archives/edgar/data/846876/000084687607000075/exhibit991.htm",
        (
            "The previously provided revenue outlook for the second half of 2007 spoke only as of the date of its "
            "issuance and should not be relied upon."
        ),
        set(),
    ),
    (
        "statements-and-guidance-should-no-longer-be-relied-upon",
        "https://www.sec.gov/Archives/edgar/data/1084384/000110465919055290/tm1920647d1_ex99-1.htm",
        (
            "Investors should no longer rely upon the Company\u2019s previously released financial statements for "
            "the time periods cited above."
        ),
        {R},
    ),
    (
        "defaults-and-events-of-default-remain-outstanding-and-continuing",
        "https://lawinsider.com/contracts/h3GmTgHrDB9",
        (
            "As a result, certain Defaults and Events of Default\nreferenced and described more fully therein remain "
            "outstanding and continuing at\nthis time."
        ),
        {D},
    ),
    (
        "events-of-default-remain-continuing-as-a-remedy-condition",
        "https://lawinsider.com/contracts/h3GmTgHrDB9",
        "The Agent may exercise remedies so long as any Events of Default remain continuing under the Loan Agreement.",
        set(),
    ),
    # -------- default: a missed payment told as a participle; "and may" in front of an effect is the modal
    (
        "missing-key-interest-payment-news",
        "https://www.teslarati.com/fisker-brink-bankruptcy-filing/",
        (
            "Fisker filed its annual 10-K form with the SEC on Tuesday after the struggling electric vehicle (EV) maker "
            "announced it would have to delay filing of the 2023 report, missing a key interest payment in February."
        ),
        {D},
    ),
    (
        "and-may-result-in-acceleration-hypothetical",
        "https://www.sec.gov/Archives/edgar/data/1504795/000091957415003118/R10.htm",
        (
            "As a result of the cross default provisions included in the loan agreements, actual breaches of covenants "
            "could result in defaults under all of the Company\u2019s debt and may result in the lenders accelerating or "
            "demanding immediate repayment of such debt."
        ),
        set(),
    ),
    # -------- default: eleventh round (a lender's letter to a named officer, notices of debt acceleration, a loan
    # that matured "with no further extension options and was in default", the filer as lender)
    (
        "lender-letter-breach-of-this-covenant-is-event-of-default",
        "https://contracts.justia.com/companies/pci-media-inc-6305/contract/65574",
        (
            "RE: Loans ###-###-####, 2012020012\nDear Tom:\nYou have made us aware that the financial results for Fiscal "
            "Year ended 12/31/18 revealed that you are in violation of financial covenant requirements of your Loan "
            "Documents. Psyop Media Company, LLC and Subsidiaries on a combined basis have violated the following "
            "covenants:\n\u25cf | maintain a maximum Leverage Ratio (MLR), as defined in your Loan Documents of no more "
            "than 2.00x\nThe breach of this covenant is an Event of Default under your Loan Documents."
        ),
        {D},
    ),
    (
        "received-notice-of-debt-acceleration",
        "http://traders350.com/atheronova-inc-otcmktsahro-gets-notice-of-debt-acceleration/721371/",
        (
            "AtheroNova Inc. (OTCMKTS:AHRO) announced that it received a notice of debt acceleration from Europa "
            "International Inc. It has filed details on Form 8-K to SEC."
        ),
        {D},
    ),
    (
        "matured-with-no-extension-options-and-was-in-default",
        "https://www.sec.gov/Archives/edgar/data/899629/000095017023056974/R26.htm",
        (
            "On July 15, 2023, the Fund IV non-recourse mortgage loan on the property, with an outstanding principal "
            "balance of $19.3 million, or $4.5 million at the Company's share, matured with no further extension options "
            "and was in default."
        ),
        {D},
    ),
    (
        "mezzanine-lender-borrower-failing-to-pay-debt-service",
        "https://sec.gov/Archives/edgar/data/1666291/000156459022019270/R10.htm",
        (
            "Prior to February 8, 2021, the hotel portfolio represented the collateral for a $103.9 million mezzanine "
            "loan held by us. The loan was in default as a result of the borrower failing to pay debt service. A $300.0 "
            "million securitized senior mortgage held by a third party was in default as well."
        ),
        set(),
    ),
    (
        "borrower-forbearance-agreement-with-the-company-as-lender",
        "https://www.sec.gov/Archives/edgar/data/1466225/000146622512000002/R10.htm",
        (
            "On August 2, 2011, the borrower of one of the non-performing promissory notes entered into a forbearance "
            "agreement with the Company and, on September 23, 2011, paid the Company a negotiated amount in satisfaction "
            "of the note in full."
        ),
        set(),
    ),
    (
        "default-letter-contains-allegations-of-events-of-default",
        "https://www.sec.gov/Archives/edgar/data/1762359/000176235924000049/R23.htm",
        (
            "On April 20, 2024 and May 10, 2024 the Company received a notice of default letter on each date from the "
            "agents of the Prime rate credit facilities due January 2026, as amended, of the occurrence of certain events "
            "of default (the \u201cDefault Letters\u201d). The Default Letter dated April 20, 2024, contains allegations that "
            "there have been three events of default with respect to the credit agreement and the agents and lenders "
            "reserved all rights."
        ),
        {D},
    ),
    (
        "regulator-in-default-for-not-filing",
        "https://lexata.ca/exemptive_relief_order/california-gold-mining-inc-2",
        (
            "The company, which had become a wholly-owned subsidiary following a plan of arrangement, was also in default "
            "for not filing subsequent interim financial statements and certificates."
        ),
        set(),
    ),
    (
        "lender-investment-in-maturity-default",
        "https://www.sec.gov/Archives/edgar/data/1577134/000157713423000008/R28.htm",
        (
            "(6)This investment is currently in maturity default. The Company initiated a litigation to seek full "
            "repayment of the loan from the sponsor."
        ),
        set(),
    ),
    # -------- restatement: a revision "due to" an error
    (
        "revised-prior-period-statements-due-to-an-error",
        "https://www.sec.gov/Archives/edgar/data/1054721/000143774921026155/R18.htm",
        (
            "We revised certain prior period financial statements due to a $77,000 error related to the recognition of "
            "certain revenues in our Edge to Cloud segment."
        ),
        {R},
    ),
    (
        "equity-investment-fair-value-changes-were-the-result-of-impairments",
        "github.com/JingLeEa/sec-filings data/jnj/2024/2024_item_8.txt (Johnson & Johnson 10-K 2024, fair value note)",
        (
            "For the fiscal years ended December 29, 2024 and December 31, 2023 for equity investments without readily "
            "determinable market values, $171 million and $1 million, respectively, of the changes in fair value "
            "reflected in net income were the result of impairments."
        ),
        {I},
    ),
    (
        "chosen-to-not-make-interest-payments-split-infinitive",
        "https://www.tulsaworld.com/business/chesapeake-modifies-debt-agreement-as-it-defaults-on-owed-payments/",
        (
            "Chesapeake Energy Corp. announced it has chosen to not make interest payments of about $3.4 million and "
            "$10.1 million that were due to investors involving two of its senior debt offerings on June 15."
        ),
        {D},
    ),
    (
        "not-compliant-with-the-repayment-terms-of-a-matured-note",
        "https://www.sec.gov/Archives/edgar/data/1442634/000147124213000435/R12.htm",
        (
            "The promissory note matured on November 17, 2011. The unpaid balance, including accrued interest,\nwas "
            "$23,944 and $23,046 at September 30, 2013 and December 31, 2012, respectively. The Company is not compliant "
            "with the repayment\nterms of the note."
        ),
        {D},
    ),
    (
        "the-bankruptcy-filing-was-an-event-of-default",
        "https://www.sec.gov/Archives/edgar/data/1405041/000140504114000031/R10.htm",
        (
            "The Bankruptcy Filing, was an event of default under the ABL Facility, the Cash Flow Facility and the "
            "indentures that govern the Company\u2019s notes (see Note 8)."
        ),
        {D},
    ),
    (
        "risk-factor-bullet-under-could-adversely-impact-us-as-follows",
        "github.com/JingLeEa/sec-filings data/mu/2024/2024_item_1a.txt (Micron Technology 10-K 2024, risk factors)",
        (
            "Our debt obligations could adversely impact us as follows:\n"
            "\u2022 increase our vulnerability to adverse economic and industry conditions;\n"
            "\u2022 result in certain of our debt instruments becoming immediately due and payable or being deemed to be in "
            "default if applicable cross default, cross-acceleration and/or similar provisions are triggered."
        ),
        set(),
    ),
    (
        "when-a-sifi-is-in-default-or-danger-of-default",
        "github.com/JingLeEa/sec-filings data/bac/2024/2024_item_1.txt (Bank of America 10-K 2024, supervision)",
        (
            "In addition, under the Financial Reform Act, when a systemically important financial institution (SIFI) "
            "such as the Corporation is in default or danger of default, the FDIC may be appointed receiver in order to "
            "conduct an orderly liquidation of such institution."
        ),
        set(),
    ),
    (
        "not-repaid-and-the-company-is-now-in-default",
        "https://www.sec.gov/Archives/edgar/data/1001171/000119312511229505/R12.htm",
        (
            "The full amount of this borrowing became due and payable on July 31, 2010. This senior line of credit has "
            "not been repaid and the Company is now in default under the line of credit agreement."
        ),
        {D},
    ),
    (
        "asc-360-requires-impairment-losses-to-be-recorded-when",
        "https://www.sec.gov/Archives/edgar/data/1606909/000160690920000024/R9.htm",
        (
            "The Company evaluates the recoverability of its fixed assets and other assets in accordance with ASC "
            "360-10-15, Impairment or Disposal of Long-Lived Assets, which requires impairment losses to be recorded on "
            "long-lived assets used in operations when indicators of impairment are present and the undiscounted cash "
            "flows estimated to be generated by those assets are less than their carrying amounts."
        ),
        set(),
    ),
    (
        "payment-obligation-by-the-due-date-hypothetical",
        "https://www.sec.gov/Archives/edgar/data/723269/000143774922012788/R10.htm",
        "If the Company defaults on the note or security agreement, interest would accrue at 10% per annum.",
        set(),
    ),
]


@pytest.mark.parametrize(("case_id", "source", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_family_case(case_id: str, source: str, text: str, expected: set[str]) -> None:
    found = {f.kind for f in detect(text, kinds=OLD_KINDS)}
    assert found == expected, f"{case_id} ({source}): expected {sorted(expected)}, got {sorted(found)}"


def test_family_case_ids_unique() -> None:
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


def test_item_402_heading_alone_alerts_with_the_item_number() -> None:
    """The bare title stays below the threshold as text (guidance quotes it), but an 8-K that files
    Item 4.02 is a restatement whatever its body says."""
    heading = (
        "Item 4.02 Non-Reliance on Previously Issued Financial Statements or a Related Audit Report or Completed "
        "Interim Review."
    )
    assert detect(heading, kinds=OLD_KINDS) == []
    (finding,) = detect(heading, form="8-K", items=("4.02",), kinds=OLD_KINDS)
    assert finding.kind == R
    assert "item:4.02" in finding.signals


# ir.kraftheinzcompany.com (8-K of February 28, 2019): Item 2.06 with its body incorporated from Item 7.01
_KRAFT_8K = (
    "Form 8-K\nCURRENT REPORT\nPursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934\n"
    "Date of Report (Date of earliest event reported): February 28, 2019\nThe Kraft Heinz Company\n"
    "(Exact name of registrant as specified in its charter)\n"
    "Item 2.06. Material Impairments.\nThe information set forth in Item 7.01 below is incorporated herein by reference."
)


def test_an_8k_s_own_item_heading_alerts_when_its_body_is_elsewhere() -> None:
    (finding,) = detect(_KRAFT_8K, kinds=OLD_KINDS)
    assert finding.kind == I
    assert finding.evidence == "Item 2.06. Material Impairments."
    assert "heading:2.06" in finding.signals


def test_an_item_heading_without_a_current_report_s_cover_or_among_many_alerts_nothing() -> None:
    body = _KRAFT_8K.split("Item 2.06", 1)[1]
    assert detect("Item 2.06" + body, kinds=OLD_KINDS) == []  # a quoted heading, no 8-K around it
    listing = "\n".join(
        f"Item {n} {t}." for n, t in (
            ("1.01", "Entry into a Material Definitive Agreement"), ("1.03", "Bankruptcy or Receivership"),
            ("2.04", "Triggering Events That Accelerate or Increase a Direct Financial Obligation"),
            ("2.06", "Material Impairments"), ("4.01", "Changes in Registrant's Certifying Accountant"),
            ("4.02", "Non-Reliance on Previously Issued Financial Statements"),
        )
    )
    # Form 8-K's own list (the bare 2.04 title is a default statement by itself, with or without a cover)
    assert detect(_KRAFT_8K.split("Item 2.06", 1)[0] + listing, kinds=(I, R)) == []


def test_sentence_kept_whole_across_hard_line_breaks() -> None:
    """XBRL note pages break lines after "and" and around dates; the sentence runs on to its verb."""
    text = {c[0]: c[2] for c in CASES}["should-be-restated-across-line-breaks"]
    start, end = sentence_at(text, text.index("should be restated"))
    assert text[start:end].startswith("The Company has determined")
    assert text[start:end].endswith("revenue recognition.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a run-in heading over a report is no glossary example
        ("Impairment: An impairment charge of $5.2 million was recorded on the Dallas store in the third quarter of 2020.", I),
        # "the company a waiver" is no made-up "Company A"
        (
            (
                "Because the lenders gave the company a waiver, the company restated its financial statements for "
                "the quarter ended March 31, 2021 to correct an error in the accounting for its warrants."
            ),
            R,
        ),
    ],
)
def test_example_and_placeholder_guards_leave_reports_alone(text: str, kind: str) -> None:
    assert kind in {f.kind for f in detect(text, kinds=OLD_KINDS)}
