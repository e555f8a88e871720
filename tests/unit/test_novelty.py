"""Novelty decisions are pure: history and time in, decision out. No database here."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from monitor import novelty as N
from monitor.domain import Amount, Finding, Novelty, Severity

NOW = datetime(2005, 8, 20, tzinfo=UTC)
IMPAIRMENT = ("In addition, the Company will record an impairment charge of approximately $6.4 million "
              "including a goodwill write-down of $6.1 million against its operating results in the first "
              "quarter of 2005.")


def finding(kind: str = "impairment", evidence: str = IMPAIRMENT, amounts: tuple[float, ...] = (6.4e6, 6.1e6),
            periods: tuple[str, ...] = ("first quarter of 2005",)) -> Finding:
    return Finding(kind=kind, confidence=0.9, severity=Severity.high, evidence=evidence, span=(0, len(evidence)),
                   amounts=tuple(Amount(a, "USD", f"${a / 1e6:.1f} million") for a in amounts), periods=periods)


def prior(kind: str = "impairment", evidence: str = IMPAIRMENT, amounts: tuple[float, ...] = (6.4e6, 6.1e6),
          periods: tuple[str, ...] = ("first quarter of 2005",), days_ago: float = 20, key: str = "K1") -> N.PriorFinding:
    return N.PriorFinding(kind=kind, event_key=key, evidence=evidence, amounts=amounts, periods=periods,
                          seen_at=NOW - timedelta(days=days_ago), amount_text="$6.4 million")


def decide(f: Finding, **kw) -> N.Decision:
    return N.decide(f, ticker="ALGIE", source="wire:bw", uid="u2", now=NOW, **kw)


def test_first_report_is_new_with_a_stable_key() -> None:
    d = decide(finding())
    assert d.novelty is Novelty.new and not d.join_story
    assert d.event_key == decide(finding()).event_key == N.event_key("ALGIE", "impairment", "wire:bw", "u2")
    assert d.idempotency_key == d.event_key


def test_same_amount_in_other_words_is_a_repeat() -> None:
    later = finding(evidence="The first-quarter results include the $6.4 million impairment charge recorded "
                             "in connection with the loss of the USPS contract.", periods=())
    d = decide(later, history=[prior()])
    assert (d.novelty, d.event_key) == (Novelty.repeat, "K1")


def test_raised_amount_is_an_update_naming_the_change() -> None:
    raised = finding(evidence="The Company now expects the impairment charge to total approximately $8.0 million.",
                     amounts=(8.0e6,))
    d = decide(raised, history=[prior()])
    assert d.novelty is Novelty.update and d.event_key == "K1"
    assert d.previous == "impairment raised from $6.4 million to $8.0 million"
    assert d.idempotency_key != "K1"


def test_a_lowered_default_amount_is_named_in_plain_words() -> None:
    lowered = finding(kind="default", evidence="The Company is in default on $3.0 million of its notes.",
                      amounts=(3.0e6,))
    d = decide(lowered, history=[prior(kind="default", evidence="The Company is in default on its notes.")])
    assert d.novelty is Novelty.update
    assert d.previous == "amount in default lowered from $6.4 million to $3.0 million"


def test_amount_within_tolerance_is_a_repeat() -> None:
    assert decide(finding(amounts=(6.45e6,)), history=[prior()]).novelty is Novelty.repeat


def test_different_period_and_amount_is_a_new_event() -> None:
    other = finding(evidence="We recorded a $2.0 million impairment of store assets in the third quarter of 2005.",
                    amounts=(2.0e6,), periods=("third quarter of 2005",))
    assert decide(other, history=[prior()]).novelty is Novelty.new


def test_other_kinds_in_history_do_not_count() -> None:
    assert decide(finding(), history=[prior(kind="restatement")]).novelty is Novelty.new


def test_same_story_from_another_source_joins_instead_of_alerting() -> None:
    d = decide(finding(), story=[prior(days_ago=1, key="WIRE")])
    assert d.join_story and d.event_key == "WIRE" and d.novelty is Novelty.repeat


def test_same_release_earlier_version_is_a_repeat_unless_amount_changes() -> None:
    assert decide(finding(), same_release=[prior(key="V1")]).novelty is Novelty.repeat
    d = decide(finding(amounts=(9.0e6,)), same_release=[prior(key="V1")])
    assert d.novelty is Novelty.update and d.event_key == "V1"


def test_default_state_repeats_within_window_only() -> None:
    march = prior(kind="default", evidence="M&T believes an event of default has occurred under the Term Loan "
                                           "Agreement.", amounts=(), periods=(), days_ago=127, key="MARCH")
    july = finding(kind="default", evidence="the Company's lender notified the Company that it was in default on "
                                            "its outstanding bank indebtedness.", amounts=(), periods=())
    assert decide(july, history=[march]).novelty is Novelty.repeat
    old = N.PriorFinding(**{**march.__dict__, "seen_at": NOW - timedelta(days=400)})
    assert decide(july, history=[old]).novelty is Novelty.new


def test_decisions_are_deterministic() -> None:
    hist = [prior(key="A", days_ago=30), prior(key="B", days_ago=5, amounts=(7.0e6,))]
    assert decide(finding(amounts=(7.0e6,)), history=hist) == decide(finding(amounts=(7.0e6,)), history=hist)
    assert decide(finding(amounts=(7.0e6,)), history=hist).event_key == "B"  # newest known event first


def test_story_identity_by_containment(seed_text: str) -> None:
    eight_k = "FORM 8-K\nItem 2.02 Results of Operations.\n" + seed_text + "\nSIGNATURES\nBy: /s/ Edward F. Ruttenberg"
    other = "Acme Corp. declared a quarterly dividend of $0.10 per share payable on August 15, 2005."
    assert N.containment(N.shingles(seed_text), N.shingles(eight_k)) >= 0.6  # the pipeline's test, 0.6 by default
    assert N.containment(N.shingles(seed_text), N.shingles(other)) < 0.6


def test_sentence_diff_shows_the_added_sentence() -> None:
    v1 = "Acme reported results.  Revenue rose 5%.\nNet income was\nflat."
    v2 = v1 + " Acme will restate its 2004 financial statements."
    diff = N.sentence_diff(v1, v2)
    assert "+Acme will restate its 2004 financial statements." in diff
    assert "-" not in [line[:1] for line in diff.splitlines()[2:]]
