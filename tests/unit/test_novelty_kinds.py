"""Novelty rules of the distress-family kinds, pure: history, reports and time in, decision out.
Evidence sentences are real (the sources are in tests/unit/test_detect_distress.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from monitor import novelty as N
from monitor.domain import Finding, Novelty, Severity

NOW = datetime(2020, 11, 10, tzinfo=UTC)


def finding(kind: str, evidence: str, periods: tuple[str, ...] = ()) -> Finding:
    return Finding(kind=kind, confidence=0.8, severity=Severity.high, evidence=evidence, span=(0, len(evidence)),
                   periods=periods)


def prior(kind: str, evidence: str, days_ago: float, key: str = "K1", periods: tuple[str, ...] = ()) -> N.PriorFinding:
    return N.PriorFinding(kind=kind, event_key=key, evidence=evidence, amounts=(), periods=periods,
                          seen_at=NOW - timedelta(days=days_ago))


def decide(f: Finding, **kw) -> N.Decision:
    return N.decide(f, ticker="XYZ", source="edgar", uid="0001-20-000002", now=NOW, **kw)


# ---- going concern: a repeat while the doubt lasts; new after a report without it --------------------------

GC_Q3 = ("These conditions raise substantial doubt about the Company's ability to continue as a going concern "
         "within one year after the issuance of these financial statements.")
GC_Q2 = ("The aforementioned factors raise substantial doubt about the Company's ability to continue as a going "
         "concern within one year after the issuance of these financial statements.")


def test_going_concern_first_time_is_new() -> None:
    assert decide(finding("going_concern", GC_Q3, ("nine months ended September 30, 2020",))).novelty is Novelty.new


def test_going_concern_repeated_every_quarter_is_a_repeat_despite_new_periods() -> None:
    f = finding("going_concern", GC_Q3, ("nine months ended September 30, 2020",))
    history = [prior("going_concern", GC_Q2, 90, "Q2", ("six months ended June 30, 2020",)),
               prior("going_concern", GC_Q2, 180, "Q1", ("three months ended March 31, 2020",))]
    d = decide(f, history=history)
    assert (d.novelty, d.event_key) == (Novelty.repeat, "Q2")


def test_going_concern_after_a_clean_report_is_new_again() -> None:
    f = finding("going_concern", GC_Q3)
    history = [prior("going_concern", GC_Q2, 200, "old")]
    d = decide(f, history=history, clean_reports=[NOW - timedelta(days=100)])
    assert d.novelty is Novelty.new and d.event_key != "old"
    # a clean report from before the last going-concern finding changes nothing
    d = decide(f, history=history, clean_reports=[NOW - timedelta(days=300)])
    assert d.novelty is Novelty.repeat


# ---- bankruptcy: one case alerts once ------------------------------------------------------------------

PETITION = ("On May 17, 2009, TXCO Resources, Inc. (the \"Company\") and its subsidiaries filed voluntary petitions "
            "for relief under chapter 11 of the United States Bankruptcy Code.")
DIP = ("We continue to operate our businesses as \"debtors in possession\" under the jurisdiction of the Court and in "
       "accordance with the applicable provisions of the Bankruptcy Code.")


def test_bankruptcy_dip_notes_after_the_petition_are_repeats() -> None:
    d = decide(finding("bankruptcy", DIP), history=[prior("bankruptcy", PETITION, 120)])
    assert (d.novelty, d.event_key) == (Novelty.repeat, "K1")
    assert decide(finding("bankruptcy", PETITION)).novelty is Novelty.new


def test_bankruptcy_petition_years_after_the_known_case_is_a_new_case() -> None:
    again = PETITION.replace("May 17, 2009", "October 2, 2010")
    d = decide(finding("bankruptcy", again), history=[prior("bankruptcy", PETITION, 390)])
    assert d.novelty is Novelty.new


# ---- delisting: the same notice is a repeat, a new stage or deficiency updates the story ------------------

BID_NOTICE = ("On January 22, 2019, the Company was notified by the Nasdaq Stock Market, LLC (\"Nasdaq\") that the "
              "Company was not in compliance with the minimum bid price requirements set forth in Nasdaq Listing Rule "
              "5550(a)(2) for continued listing on the Nasdaq Capital Market.")
DETERMINATION = ("The Company did not regain compliance with the Rule by July 22, 2019 and, as a result, on July 23, "
                 "2019, the Company received notice from the Staff that, based upon the Company's continued "
                 "non-compliance with the Rule, the Staff had determined to delist the Company's common stock from "
                 "Nasdaq unless the Company timely requests a hearing before the Nasdaq Hearings Panel.")
EQUITY_NOTICE = ("On November 20, 2019, the Company received a letter from the Nasdaq Staff stating that the Company "
                 "was no longer in compliance with the minimum $2.5 million stockholders' equity requirement for "
                 "continued listing on the Nasdaq Capital Market under Nasdaq Listing Rule 5550(b)(1).")


def test_delisting_same_notice_in_a_later_report_is_a_repeat() -> None:
    restated_in_10q = BID_NOTICE.replace("the Company was notified", "we were notified")
    d = decide(finding("delisting_notice", restated_in_10q), history=[prior("delisting_notice", BID_NOTICE, 100)])
    assert (d.novelty, d.event_key) == (Novelty.repeat, "K1")


def test_delisting_determination_and_new_deficiency_update_the_story() -> None:
    d = decide(finding("delisting_notice", DETERMINATION), history=[prior("delisting_notice", BID_NOTICE, 180)])
    assert (d.novelty, d.event_key) == (Novelty.update, "K1")
    assert d.reason == "delisting determination"  # "the Rule": the sentence names no standard
    assert d.previous == "previously: deficiency notice (bid price)"
    d = decide(finding("delisting_notice", EQUITY_NOTICE), history=[prior("delisting_notice", DETERMINATION, 120)])
    assert d.novelty is Novelty.update and "stockholders' equity" in d.reason
    assert d.idempotency_key != decide(finding("delisting_notice", DETERMINATION),
                                       history=[prior("delisting_notice", BID_NOTICE, 180)]).idempotency_key


def test_delisting_first_notice_is_new() -> None:
    assert decide(finding("delisting_notice", BID_NOTICE)).novelty is Novelty.new


# ---- auditor change: each change is new, the same one again is not -----------------------------------------

DISMISSED_PWC = ("On June 4, 2020, CIRCOR International, Inc. (the \"Company\") dismissed PricewaterhouseCoopers LLP "
                 "(\"PwC\") as its independent registered public accounting firm.")
RESIGNED_EY = ("On March 1, 2022, Ernst & Young LLP informed the Company that it had resigned as the independent "
               "registered public accounting firm for the Company effective immediately.")


def test_auditor_change_each_change_is_new_and_the_same_firm_again_is_a_repeat() -> None:
    assert decide(finding("auditor_change", RESIGNED_EY), history=[prior("auditor_change", DISMISSED_PWC, 300)]
                  ).novelty is Novelty.new
    proxy = "The Audit Committee dismissed PricewaterhouseCoopers LLP as our independent registered public accounting firm."
    d = decide(finding("auditor_change", proxy), history=[prior("auditor_change", DISMISSED_PWC, 200)])
    assert (d.novelty, d.event_key) == (Novelty.repeat, "K1")


# ---- late filing: each late report is new --------------------------------------------------------------------

NT_Q1 = ("The Registrant is unable to file its Form 10-Q for the fiscal quarter ended March 31, 2008 in a timely "
         "manner.")


def test_late_filing_each_period_is_new_and_the_same_period_a_repeat() -> None:
    q1 = finding("late_filing", NT_Q1, ("quarter ended March 31, 2008",))
    q2 = finding("late_filing", NT_Q1.replace("March 31", "June 30"), ("quarter ended June 30, 2008",))
    assert decide(q2, history=[prior("late_filing", NT_Q1, 90, periods=("quarter ended March 31, 2008",))]
                  ).novelty is Novelty.new
    # the NT cover names the same period in other words: a repeat
    d = decide(q1, history=[prior("late_filing", "NOTIFICATION OF LATE FILING", 2, periods=("period ended March 31, 2008",))])
    assert (d.novelty, d.event_key) == (Novelty.repeat, "K1")


def test_late_filing_without_periods_is_a_repeat_only_shortly_after() -> None:
    news = finding("late_filing", "Apple told the SEC that it will delay filing its annual report.")
    assert decide(news, history=[prior("late_filing", NT_Q1, 10)]).novelty is Novelty.repeat
    assert decide(news, history=[prior("late_filing", NT_Q1, 100)]).novelty is Novelty.new


def test_story_and_version_rules_still_come_first() -> None:
    f = finding("going_concern", GC_Q3)
    d = decide(f, story=[prior("going_concern", GC_Q3, 1, "S")])
    assert d.join_story and d.event_key == "S"
    d = decide(f, same_release=[prior("going_concern", GC_Q3, 1, "V")])
    assert (d.novelty, d.event_key) == (Novelty.repeat, "V")
