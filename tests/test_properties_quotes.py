"""Property-based tests of quote extraction on generated news-like text (hypothesis).

Profiles (registered in conftest): ``ci`` (default, ~100 examples per test) and ``long``
(10,000 examples):
``HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/test_properties_quotes.py``.
"""
from __future__ import annotations

import time

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from analysis.quotes import QUOTE_COLUMNS, extract_quotes

WORDS = [
    "the", "minister", "said", "says", "told", "reporters", "according", "to", "added", "he",
    "she", "they", "it", "Mayor", "Lena", "Orr", "Gen.", "Mark", "A.", "Ostrova", "Dr.", "Ana",
    "Ruiz", "police", "that", "The", "Northport", "Gazette", "reported", "called", "it", "a",
    "spokesman", "former", "official", "[N]ow", "[...]", "U.S.", "al-Rami", "Müller", "Żółć",
    "who", "which", "and", ",", ";", ":", "—", "(", ")", "x",
]
MARKS = ['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u201e"]
ENDINGS = [".", "?", "!", ",", ";", ":", ".\"", ",\"", ".\u201d", "!\u2019", "", "\u2026"]
SPACES = [" ", " ", " ", "  ", "\u00a0", "\n", "\n\n", "\n\n\n", "\t", "\r\n"]

token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(MARKS),
    st.text(min_size=1, max_size=6),
)
piece = st.builds(lambda t, sp: t + sp, token, st.sampled_from(SPACES))
sentence = st.builds(lambda ps, end: "".join(ps).rstrip() + end, st.lists(piece, max_size=25),
                     st.sampled_from(ENDINGS))
article_text = st.builds(lambda ss, sep: sep.join(ss), st.lists(sentence, max_size=12),
                         st.sampled_from([" ", "\n\n", "\n"]))


def _extract(title: str, subtitle: str, text: str) -> pd.DataFrame:
    arts = pd.DataFrame([{"article_id": "p1", "title": title, "subtitle": subtitle, "text": text}])
    return extract_quotes(arts, classify=False)


@given(article_text, article_text, article_text)
def test_never_fails_and_offsets_are_exact(title, subtitle, text):
    q = _extract(title, subtitle, text)
    assert list(q.columns) == QUOTE_COLUMNS[:13]
    fields = {"title": title, "subtitle": subtitle, "text": text}
    for r in q.itertuples():
        assert fields[r.field][r.start:r.end] == r.text
        assert r.kind in {"direct", "partial", "indirect"}
        assert r.speaker, "every row has a speaker"
        assert 0 <= r.start < r.end <= len(fields[r.field])
    assert list(q["quote_id"]) == [f"p1-q{i:03d}" for i in range(1, len(q) + 1)]


@given(article_text)
def test_deterministic(text):
    a = _extract("", "", text)
    b = _extract("", "", text)
    pd.testing.assert_frame_equal(a, b)


@given(article_text)
def test_quotes_never_cross_paragraphs(text):
    """An unclosed quote stops at its paragraph's end: no quote text holds a blank line."""
    q = _extract("", "", text)
    quoted = q[q.kind != "indirect"]
    for t in quoted.text:
        assert "\n\n" not in t.strip()


@given(st.lists(st.sampled_from(['"', "\u201c", "\u201d", " ", "a", "\n\n", ","]), max_size=400))
def test_mark_soup(chars):
    text = "".join(chars)
    q = _extract(text[:50], "", text)
    for r in q.itertuples():
        assert (text if r.field == "text" else text[:50])[r.start:r.end] == r.text


def test_a_megabyte_of_quote_marks_is_fast():
    for text in ('"' * 1_000_000, "\u201c\u201d" * 500_000, '" ' * 500_000,
                 ('He said "' + "x " * 50) * 10_000):
        t0 = time.perf_counter()
        q = _extract(text[:100], "", text)
        assert time.perf_counter() - t0 < 20
        for r in q.itertuples():
            assert r.field != "text" or text[r.start:r.end] == r.text


# a cue then a clause without "that": a plain noun-phrase object is never a report, a subject
# with a modal or an auxiliary after it always is (the clause is exactly what follows the cue)
SUBJECTS = ["The ministry", "Mayor Ana Ruiz", "Police", "The council", "Researchers"]
CUES = ["announced", "reported", "suggested", "recommended", "confirmed", "noted", "warned"]
DETS = ["the", "a", "its", "their"]
# (no adjective before a plural noun in the first property: "announced the new winners" is still
# read with "winners" as a verb, a known gap of the rough verb test; no number either: "reported
# two deaths" is a report by design, as the gold codes counts)
ADJS = ["", "new ", "local ", "annual ", "final ", "proposed "]
NOUNS = ["winners", "budget", "results", "measures", "plan", "report", "schedule", "figures",
         "changes", "rules", "walk", "contract"]
TAILS = ["", " on Monday", " for the region", " at the meeting", " in March"]


@given(st.sampled_from(SUBJECTS), st.sampled_from(CUES), st.sampled_from(DETS), st.sampled_from(NOUNS),
       st.sampled_from(TAILS))
def test_cue_with_a_plain_noun_phrase_object_is_no_report(subj, cue, det, noun, tail):
    q = _extract("", "", f"{subj} {cue} {det} {noun}{tail}.")
    assert q.empty, q[["kind", "text"]].values.tolist()


@given(st.sampled_from(SUBJECTS), st.sampled_from(CUES), st.sampled_from(DETS), st.sampled_from(ADJS),
       st.sampled_from(NOUNS), st.sampled_from(["would", "could", "may", "will", "had", "were"]),
       st.sampled_from(["be delayed", "change soon", "been approved", "cost more"]))
def test_cue_with_a_subject_and_an_auxiliary_after_it_is_a_report(subj, cue, det, adj, noun, aux, rest):
    clause = f"{det} {adj}{noun} {aux} {rest}"
    q = _extract("", "", f"{subj} {cue} {clause}.")
    assert list(q["kind"]) == ["indirect"] and list(q["text"]) == [clause], q[["kind", "text"]].values.tolist()
