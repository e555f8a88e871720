"""Detection over a long text in windows gives what one pass gives; the content hash of a long text
is computed in pieces with the same digest."""

from __future__ import annotations

import hashlib

import pytest

from monitor import domain, pipeline
from monitor.detect import detect

FILLER = ("Net sales increased compared with the prior year, driven by higher volumes in each of the segments "
          "and by favorable pricing. ")
DEFAULT = "On March 18, 2005 the Company received a notice of default from its lender under the Term Loan Agreement."
IMPAIRMENT = "The Company recorded a goodwill impairment charge of $6.1 million in the first quarter."
NEGATED = "No impairment of goodwill was recorded during the year."


def long_text(seed_text: str) -> str:
    block = "\n\n".join([FILLER * 12] * 6)
    parts = (block, NEGATED, block, seed_text, block, IMPAIRMENT, block, DEFAULT, block)
    return "\n\n".join(parts)


@pytest.mark.parametrize("window", [700, 2_000, 5_000, 50_000])
def test_windows_find_what_one_pass_finds(seed_text: str, window: int, monkeypatch: pytest.MonkeyPatch) -> None:
    text = long_text(seed_text)
    whole = detect(text, form="8-K", items=("2.02",))
    assert {f.kind for f in whole} == {"default", "impairment", "restatement"}
    monkeypatch.setattr(pipeline, "WINDOW_CHARS", window)
    windowed = pipeline.detect_whole(text, form="8-K", items=("2.02",))
    assert [(f.kind, f.span, f.confidence, f.evidence) for f in windowed] == [
        (f.kind, f.span, f.confidence, f.evidence) for f in whole]


def test_an_item_alone_counts_only_when_no_window_has_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "WINDOW_CHARS", 1_000)
    text = "\n\n".join([FILLER * 20, IMPAIRMENT, FILLER * 20])
    (found,) = pipeline.detect_whole(text, form="8-K", items=("2.06",))
    assert found.evidence == IMPAIRMENT and text[found.span[0] : found.span[1]] == IMPAIRMENT
    (item_only,) = pipeline.detect_whole(FILLER * 60, form="8-K", items=("2.06",))
    assert item_only.span == (0, 0) and item_only.kind == "impairment"


def test_content_hash_in_pieces_is_the_hash_of_the_words(monkeypatch: pytest.MonkeyPatch) -> None:
    def words_hash(text: str) -> str:
        return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()

    texts = ["", "   ", "one", "  a  b\n\nc\td  ", "x\u00a0y\u2003z\x1c w\u3000v", FILLER * 50]
    for piece in (3, 7, 1 << 20):
        monkeypatch.setattr(domain, "_HASH_PIECE", piece)
        assert [domain.content_hash(t) for t in texts] == [words_hash(t) for t in texts]
