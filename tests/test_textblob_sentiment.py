"""The fast TextBlob sentiment gives exactly TextBlob's numbers (the plain definition it replaces),
on generated texts full of what the tokenizer and the rules look at, on arbitrary text, on the
seed article and on every Wikinews sentence and quote; and it steps aside for any other setup."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textblob import TextBlob, _text, en

from analysis import textblob_sentiment as tbs
from conftest import SEED_PATH, WIKINEWS_DIR, needs_shared

FAST = tbs._build(_text, en)  # the fast function itself, whatever sentiment_function decides


def _plain(text):
    return tuple(en.sentiment(text))


# lexicon words, modifiers, negations, contractions, emoticons (spaced too), sarcasm marks,
# abbreviations, every quote mark, sentence ends, ellipses, line breaks, numbers, capitals
_PIECES = ["good", "Good", "GOOD", "bad", "great", "awful", "terrible", "terribly", "happy", "sad",
           "very", "really", "extremely", "quite", "slightly", "barely", "not", "no", "never",
           "Not", "n't", "don't", "isn't", "it's", "we'll", "I'd", "you're", "they've", "I'm",
           "!", "!!", "?", ".", "...", "..", "(!)", "( ! )", "(", ")", ":)", ": )", ":-(", ":(",
           "XD", "xD", "<3", "♥", "8)", ";-)", ">:D", ":'(", ":-/", ":/", "=/", "o_O",
           "U.S.", "e.g.", "Mr.", "etc.", "p.m.", "A.", "Dr.", "St.", "x.", "Jr.", "Mrs.",
           '"', "'", "“", "”", "‘", "’", "`", ",", ";", ":", "-", "--", "[", "]", "@", "#",
           "\n", "\n\n", "\r\n", "\t", " ", "  ", "2019", "3.5", "10%", "$5", "a", "the", "idea",
           "end-of-sentence", "END-OF-SENTENCE", "ly", "nicely", "badly", "mostly"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join)
_TIGHT = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@given(_TEXT)
def test_fast_equals_textblob_on_generated_sentences(text):
    assert FAST(text) == _plain(text) == tuple(TextBlob(text).sentiment)


@given(_TIGHT)
def test_fast_equals_textblob_on_run_together_pieces(text):
    assert FAST(text) == _plain(text)


@given(st.text(max_size=80))
def test_fast_equals_textblob_on_arbitrary_text(text):
    assert FAST(text) == _plain(text)


def test_fast_equals_textblob_on_the_seed_article():
    text = SEED_PATH.read_text(encoding="utf-8")
    from analysis import segment
    import pandas as pd
    sents = segment(pd.DataFrame({"article_id": ["seed"], "title": [""], "text": [text]}))["text"]
    assert len(sents) > 5
    for s in [text, *sents]:
        assert FAST(s) == _plain(s)


def test_fast_scores_known_phrases():
    # numbers straight from TextBlob's docs and lexicon, so a broken comparison cannot pass
    assert FAST("This is a great day.") == (0.8, 0.75)
    assert FAST("not good")[0] == pytest.approx(-0.35)
    assert FAST("Great!")[0] > FAST("Great")[0]
    assert FAST("It is fine (!)")[1] > FAST("It is fine")[1]
    assert FAST("") == (0.0, 0.0)


@needs_shared
def test_fast_equals_textblob_on_every_wikinews_sentence_and_quote():
    from analysis import extract_quotes, load_articles, segment
    arts = load_articles(WIKINEWS_DIR)
    texts = (segment(arts)["text"].tolist() + arts["title"].tolist()
             + extract_quotes(arts, classify=False)["text"].tolist())
    assert len(texts) > 10_000
    bad = [t for t in texts if FAST(t) != _plain(t)]
    assert not bad, bad[:3]


def test_non_strings_go_to_textblob():
    class Note(str):
        pass
    assert FAST(Note("a good movie")) == _plain(Note("a good movie")) == (0.7, 0.6000000000000001)
    for fn in (FAST, _plain):  # TextBlob itself rejects bytes; so does the fast path
        with pytest.raises(TypeError):
            fn(b"good movie")


def test_sentiment_function_is_the_fast_one_for_stock_textblob():
    tbs.sentiment_function.cache_clear()
    try:
        fn = tbs.sentiment_function()
        assert fn is not tbs.plain_sentiment
        assert fn("A terrible, awful mistake.") == (-1.0, 1.0)
        from analysis.sentiment import _textblob_sentiment
        _textblob_sentiment.cache_clear()
        assert _textblob_sentiment()("Good.") == _plain("Good.")
    finally:
        tbs.sentiment_function.cache_clear()


def test_other_textblob_versions_get_textblob_itself(monkeypatch):
    monkeypatch.setattr(tbs, "TEXTBLOB_VERSION", "0.0.0")
    tbs.sentiment_function.cache_clear()
    try:
        assert tbs.sentiment_function() is tbs.plain_sentiment
    finally:
        tbs.sentiment_function.cache_clear()


def test_changed_negations_get_textblob_itself(monkeypatch):
    monkeypatch.setattr(en.sentiment, "negations", ("no", "not", "never"))
    tbs.sentiment_function.cache_clear()
    try:
        assert tbs.sentiment_function() is tbs.plain_sentiment
    finally:
        tbs.sentiment_function.cache_clear()


def test_a_disagreeing_fast_path_is_not_used(monkeypatch):
    monkeypatch.setattr(tbs, "_build", lambda _t, _e: (lambda text: (0.0, 0.0)))
    tbs.sentiment_function.cache_clear()
    try:
        assert tbs.sentiment_function() is tbs.plain_sentiment
    finally:
        tbs.sentiment_function.cache_clear()


# every character str.split() and re's \s treat as whitespace, runs of line breaks included
_SPACES = [chr(c) for c in (0x9, 0xA, 0xB, 0xC, 0xD, 0x1C, 0x1F, 0x20, 0x85, 0xA0, 0x1680, 0x2000,
                            0x2028, 0x2029, 0x202F, 0x205F, 0x3000)] + ["\n\n", "\r\n\r\n", "\n \n", "\r\r"]
_SPACED = st.lists(st.sampled_from(_PIECES[:40] + _SPACES), max_size=30).map("".join)


@given(_SPACED)
def test_fast_equals_textblob_with_every_kind_of_whitespace(text):
    assert FAST(text) == _plain(text)


@given(st.lists(st.sampled_from(list("ab.,'\"") + _SPACES), max_size=40).map("".join))
def test_token_regex_after_whitespace_collapse_is_str_split(text):
    # the identity the fast tokenizer relies on
    import re
    assert _text.TOKEN.findall(re.sub(r"\s+", " ", text) + " ") == text.split()


def test_re_whitespace_is_str_whitespace():
    import re
    space = re.compile(r"\s")
    assert [c for c in map(chr, range(0x110000)) if bool(space.match(c)) != c.isspace()] == []


def test_blank_lines_end_sentences_as_in_textblob():
    # a blank line ends a sentence, so "; D" across it is no wink; on one line it is
    assert _plain("good ; D") == (0.475, 0.8)
    for text in ("good ;\n\nD", "good ;\r\n\r\nD", "good ;\n\n\nD", "good ; D"):
        assert FAST(text) == _plain(text)
    assert FAST("good ;\n\nD") == (0.7, 0.6000000000000001)
