"""Property-based tests of segmentation on generated news-like text (hypothesis).

Profiles: ``ci`` (default, ~100 examples per test) and ``long`` (10,000 examples):
``HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/test_properties_segmentation.py``.
"""
from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

import pandas as pd

from analysis.segmentation import segment, split_paragraphs, split_sentences


WORDS = [
    "the", "minister", "said", "U.S.", "Gen.", "Mark", "A.", "Milley", "Jan.", "5", "3.5", "a.m.",
    "officials", "Dr.", "Ines", "Karp", "told", "reporters", "Inc.", "e.g.", "vs.", "war", "St.",
    "Müller", "Żółć", "東京", "no", "al-Rami", "[N]ow", "[...]", "etc.", "Ph.D.", "No.",
]
MARKS = ['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "(", ")", "[", "]"]
ENDINGS = [".", "?", "!", "...", "\u2026", ",", ";", ":", ".\"", "?\"", ",\"", ".\u201d", "!\u2019", ""]
SPACES = [" ", " ", " ", "  ", "\u00a0", "\n", "\n\n", "\n\n\n", "\n \u00a0\n", "\t", "\r\n"]

token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(MARKS),
    st.text(min_size=1, max_size=8),  # any unicode, control characters and surrogates aside
)
sentence = st.builds(
    lambda opener, words, ending: opener + " ".join(words) + ending,
    st.sampled_from(["", "", '"', "\u201c", "\u2018", "("]),
    st.lists(token, min_size=1, max_size=12),
    st.sampled_from(ENDINGS),
)
news_text = st.builds(
    lambda parts, seps: "".join(p + s for p, s in zip(parts, seps)),
    st.lists(sentence, min_size=0, max_size=12),
    st.lists(st.sampled_from(SPACES), min_size=12, max_size=12),
)
any_text = st.one_of(news_text, st.text(max_size=300))


def non_space(s: str) -> str:
    return "".join(ch for ch in s if not ch.isspace())


@given(any_text)
def test_paragraphs_tile_the_text(text):
    paras = split_paragraphs(text)
    previous_end = 0
    for start, end in paras:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        # between paragraphs only whitespace, holding a line break
        gap = text[previous_end:start]
        assert gap.strip() == ""
        if previous_end:
            assert "\n" in gap
        previous_end = end
    assert text[previous_end:].strip() == ""
    assert non_space("".join(text[s:e] for s, e in paras)) == non_space(text)


@given(any_text)
def test_sentences_tile_each_paragraph(text):
    paras = split_paragraphs(text)
    sents = split_sentences(text)
    # each sentence lies inside one paragraph
    for s, e in sents:
        assert s < e
        assert any(ps <= s and e <= pe for ps, pe in paras)
        assert not text[s].isspace() and not text[e - 1].isspace()
    # sentences are ordered, disjoint, separated only by whitespace, and cover every non-space
    for (s1, e1), (s2, e2) in zip(sents, sents[1:]):
        assert e1 <= s2 and text[e1:s2].strip() == ""
    assert non_space("".join(text[s:e] for s, e in sents)) == non_space(text)
    # asking paragraph by paragraph gives the same sentences
    by_para = [span for ps, pe in paras for span in split_sentences(text, ps, pe)]
    assert by_para == sents


@given(any_text, st.integers(min_value=-5, max_value=400), st.integers(min_value=-5, max_value=400))
def test_sentences_in_a_range_stay_in_the_range(text, a, b):
    start, end = min(a, b), max(a, b)
    for s, e in split_sentences(text, start, end):
        assert max(start, 0) <= s < e <= min(end, len(text))


@given(st.lists(news_text, min_size=1, max_size=4))
def test_segment_is_deterministic_and_exact(texts):
    arts = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": texts})
    first = segment(arts)
    second = segment(arts.copy())
    pd.testing.assert_frame_equal(first, second)
    lookup = dict(zip(arts.article_id, arts.text))
    for aid, s, e, t in zip(first.article_id, first.start, first.end, first.text):
        assert lookup[aid][s:e] == t
    for _, group in first.groupby("article_id"):
        assert list(group.sentence) == list(range(len(group)))
        assert list(group.paragraph) == sorted(group.paragraph)


# Timings use CPU time (time.process_time), not wall time: the test machine is shared, and
# CPU time still shows any quadratic or exponential regex behaviour.


def cpu_seconds(text: str) -> float:
    t0 = time.process_time()
    split_sentences(text)
    return time.process_time() - t0


def test_linear_time_on_a_megabyte_of_quote_marks():
    assert cpu_seconds('"' * 1_000_000) < 1.0
    assert cpu_seconds("\u201c" * 1_000_000) < 1.0
    # texts dense with candidate boundaries (every few characters one), a quarter megabyte each
    for mark in ["\u201d\u201c", "'", '."', '?" ', ". ", "a. "]:
        text = (mark * (250_000 // len(mark)))[:250_000]
        assert cpu_seconds(text) < 4, f"{mark!r} took too long"


def test_time_grows_linearly():
    unit = 'Gen. Ana Ruiz said "Why?" at 9 a.m. ... "We won," she said. Next\u2026 U.S. aid. '
    small = min(cpu_seconds(unit * 2_000) for _ in range(3))
    big = cpu_seconds(unit * 20_000)
    # ten times the text may take at most ~25 times as long (linear with generous slack)
    assert big < max(25 * small, 0.5)


@given(st.lists(any_text, min_size=1, max_size=4))
def test_shared_sentence_splits_give_the_same_sentences(texts):
    """Inside sharing_sentence_splits() a paragraph split once is reused: every later split,
    of the same text or of another text holding the same paragraph, must be what a fresh
    split gives, and the memory must be gone after the block."""
    from analysis import segmentation

    fresh = [split_sentences(t) for t in texts]
    with segmentation.sharing_sentence_splits():
        first = [split_sentences(t) for t in texts]
        again = [split_sentences(t) for t in reversed(texts)][::-1]
        joined = "\n\n".join(texts)
        table = segment(pd.DataFrame({"article_id": ["a"], "text": [joined]}))
    assert first == fresh and again == fresh
    plain = segment(pd.DataFrame({"article_id": ["a"], "text": [joined]}))
    pd.testing.assert_frame_equal(table, plain)
    assert getattr(segmentation._shared, "splits", None) is None
