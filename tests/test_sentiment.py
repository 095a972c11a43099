"""Sentiment: equality with TextBlob, VADER alongside, aggregations on hand-made frames."""
from __future__ import annotations

import math
import time

import numpy as np
import pandas as pd
import pytest
from scipy import stats as sps
from textblob import TextBlob
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis.sentiment import (
    LABELS,
    add_sentiment,
    compare_analyzers,
    label_tone,
    sentiment_shares,
    summarize_sentiment,
    voice_vs_narration,
)
from conftest import SEED_PATH

TEXTS = [
    "This is a great day.",
    "A terrible, awful mistake.",
    "The committee meets on Tuesday.",
    "It is not bad at all!",
    "",
    "Prices rose   sharply; “very” worrying — residents said.",
    "Naïve café owners were extremely happy :)",
    "They are not seasoned diplomats, and their actions can be misunderstood.",
]


# ---------------------------------------------------------------- add_sentiment


def test_add_sentiment_equals_textblob_and_vader():
    df = pd.DataFrame({"text": TEXTS})
    out = add_sentiment(df)
    vader = SentimentIntensityAnalyzer()
    for text, pol, subj, comp in zip(out.text, out.polarity, out.subjectivity, out.vader_compound):
        assert (pol, subj) == tuple(TextBlob(text).sentiment)
        assert comp == vader.polarity_scores(text)["compound"]
    assert list(out.columns) == ["text", "polarity", "subjectivity", "vader_compound"]
    assert all(out[c].dtype == "float64" for c in ("polarity", "subjectivity", "vader_compound"))


def test_add_sentiment_on_every_seed_sentence_equals_textblob():
    text = SEED_PATH.read_text(encoding="utf-8")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    out = add_sentiment(pd.DataFrame({"body": lines}), text_col="body")
    assert [tuple(TextBlob(t).sentiment) for t in lines] == list(zip(out.polarity, out.subjectivity))


def test_add_sentiment_missing_duplicates_index_and_copy():
    df = pd.DataFrame({"text": ["Good.", None, "Good.", float("nan"), "Bad."]}, index=[10, 3, 7, 1, 99])
    out = add_sentiment(df)
    assert list(out.index) == [10, 3, 7, 1, 99]
    assert out.loc[10, "polarity"] == out.loc[7, "polarity"] == TextBlob("Good.").sentiment.polarity
    assert math.isnan(out.loc[3, "polarity"]) and math.isnan(out.loc[1, "vader_compound"])
    assert out.loc[99, "polarity"] == TextBlob("Bad.").sentiment.polarity
    assert "polarity" not in df.columns  # input untouched
    with pytest.raises(KeyError, match="quote_text"):
        add_sentiment(df, text_col="quote_text")


def test_quote_sentiment_uses_the_quote_words_not_the_attribution():
    # invented example: the attribution carries strong words the quote does not
    quotes = pd.DataFrame({"text": ["The plan works."], "cue": ["angrily and bitterly said"]})
    out = add_sentiment(quotes)
    assert out.polarity.iloc[0] == TextBlob("The plan works.").sentiment.polarity
    assert out.polarity.iloc[0] != TextBlob('"The plan works," she angrily and bitterly said.').sentiment.polarity


def test_add_sentiment_is_not_slower_than_textblob_plus_vader():
    texts = [f"{t} Item {i}." for i in range(60) for t in TEXTS[:4]]
    df = pd.DataFrame({"text": texts})
    add_sentiment(df.head(2))  # load the analyzers
    vader = SentimentIntensityAnalyzer()
    t0 = time.process_time()
    for t in texts:
        TextBlob(t).sentiment
        vader.polarity_scores(t)
    naive = time.process_time() - t0
    t0 = time.process_time()
    add_sentiment(df)
    ours = time.process_time() - t0
    assert ours < naive * 1.5


# ---------------------------------------------------------------- summarize_sentiment

HAND = pd.DataFrame({
    "source_type": ["official", "official", "official", "political", "political", "expert"],
    "outlet": ["A", "B", "A", "A", "B", "B"],
    "polarity": [0.1, 0.2, 0.6, -0.5, 0.5, np.nan],
    "subjectivity": [0.0, 0.5, 1.0, 0.2, 0.4, 0.3],
})


def test_summarize_known_means_medians_and_n():
    out = summarize_sentiment(HAND, "source_type")
    assert list(out.columns) == ["source_type", "measure", "n", "mean", "median", "ci_low", "ci_high"]
    got = out.set_index(["source_type", "measure"])
    assert got.loc[("official", "polarity"), "n"] == 3
    assert got.loc[("official", "polarity"), "mean"] == pytest.approx(0.3)
    assert got.loc[("official", "polarity"), "median"] == pytest.approx(0.2)
    assert got.loc[("political", "polarity"), "mean"] == pytest.approx(0.0)
    assert got.loc[("political", "polarity"), "median"] == pytest.approx(0.0)
    assert got.loc[("official", "subjectivity"), "mean"] == pytest.approx(0.5)
    # the NaN polarity is left out of n; the expert still has a subjectivity
    assert got.loc[("expert", "polarity"), "n"] == 0 and math.isnan(got.loc[("expert", "polarity"), "mean"])
    assert got.loc[("expert", "subjectivity"), "n"] == 1
    assert got.loc[("expert", "subjectivity"), ["ci_low", "ci_high"]].tolist() == [0.3, 0.3]


def test_summarize_ci_contains_mean_and_is_deterministic():
    a = summarize_sentiment(HAND, "source_type", n_boot=1000, seed=7)
    b = summarize_sentiment(HAND, "source_type", n_boot=1000, seed=7)
    pd.testing.assert_frame_equal(a, b)
    ok = a.dropna(subset=["mean"])
    assert (ok.ci_low <= ok["mean"] + 1e-12).all() and (ok["mean"] <= ok.ci_high + 1e-12).all()
    row = a.set_index(["source_type", "measure"]).loc[("official", "polarity")]
    assert row.ci_low < row["mean"] < row.ci_high
    # a group's interval does not depend on the other groups in the table
    alone = summarize_sentiment(HAND[HAND.source_type == "official"], "source_type", n_boot=1000, seed=7)
    pd.testing.assert_series_equal(
        alone.set_index("measure")["ci_low"], a[a.source_type == "official"].set_index("measure")["ci_low"])


def test_summarize_overall_and_two_keys():
    overall = summarize_sentiment(HAND, None, value_cols=["polarity"])
    assert overall.n.tolist() == [5]
    assert overall["mean"].iloc[0] == pytest.approx(np.nanmean(HAND.polarity))
    two = summarize_sentiment(HAND, ["source_type", "outlet"], value_cols=["polarity"])
    row = two.set_index(["source_type", "outlet"]).loc[("official", "A")]
    assert row.n == 2 and row["mean"] == pytest.approx(0.35)
    with pytest.raises(KeyError, match="vader_compound"):
        summarize_sentiment(HAND, "source_type", value_cols=["vader_compound"])


# ---------------------------------------------------------------- shares


def test_shares_boundaries_are_neutral():
    df = pd.DataFrame({"g": "x", "polarity": [-0.05, -0.0500001, 0.05, 0.0500001, 0.0, np.nan]})
    out = sentiment_shares(df, "g").iloc[0]
    assert (out.n, out.n_negative, out.n_neutral, out.n_positive) == (5, 1, 3, 1)
    assert out.share_negative + out.share_neutral + out.share_positive == pytest.approx(1.0)
    assert out.share_neutral == pytest.approx(0.6)


def test_shares_thresholds_are_parameters():
    df = pd.DataFrame({"g": ["a", "a", "b", "b"], "vader_compound": [-0.2, 0.0, 0.3, 0.6]})
    out = sentiment_shares(df, "g", negative_below=0.0, positive_above=0.0, col="vader_compound")
    got = out.set_index("g")
    assert got.loc["a", ["n_negative", "n_neutral", "n_positive"]].tolist() == [1, 1, 0]
    wide = sentiment_shares(df, "g", negative_below=-0.5, positive_above=0.5, col="vader_compound")
    assert wide.set_index("g").loc["b", ["n_neutral", "n_positive"]].tolist() == [1, 1]
    overall = sentiment_shares(df, None, col="vader_compound")
    assert overall.n.tolist() == [4]
    with pytest.raises(ValueError, match="must not exceed"):
        sentiment_shares(df, "g", negative_below=0.2, positive_above=0.1, col="vader_compound")


def test_label_tone():
    assert label_tone([-1.0, 0.05, 0.06]).tolist() == ["negative", "neutral", "positive"]
    assert list(label_tone([0.0]).cat.categories) == list(LABELS)


# ---------------------------------------------------------------- voice vs narration

ARTICLE = ("The harbour reopened after a wonderful, successful repair. "
           "\"This is a terrible, awful disaster,\" said Ada Brenner. "
           "Officials said the fees would rise. "
           "The town celebrated a happy, beautiful festival.")


def _spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ARTICLE: each sentence ends at its full stop (trailing space excluded)."""
    starts = [text.index(s) for s in ("The harbour", "\"This is", "Officials said", "The town")]
    ends = [text.rindex(".", 0, nxt) + 1 for nxt in starts[1:]] + [len(text)]
    return list(zip(starts, ends))


def test_voice_vs_narration_hand_made():
    spans = _spans(ARTICLE)
    segs = pd.DataFrame({"article_id": "a1", "paragraph": 0, "sentence": range(4),
                         "start": [s for s, _ in spans], "end": [e for _, e in spans],
                         "text": [ARTICLE[s:e] for s, e in spans]})
    q_text = "This is a terrible, awful disaster,"
    i_text = "the fees would rise"
    quotes = pd.DataFrame({
        "article_id": "a1", "field": "text", "kind": ["direct", "indirect"],
        "text": [q_text, i_text],
        "start": [ARTICLE.index(q_text), ARTICLE.index(i_text)],
        "end": [ARTICLE.index(q_text) + len(q_text), ARTICLE.index(i_text) + len(i_text)],
    })
    out = voice_vs_narration(quotes, segs, n_boot=500)
    art = out[out.level == "article"].iloc[0]
    allrow = out[out.level == "overall"].iloc[0]
    assert allrow.article_id == "(all)"
    # the quote sentence and the indirect-speech sentence are not narration; the indirect quote is not voice
    assert (art.n_voice, art.n_narration) == (1, 2)
    narr = [segs.text[0], segs.text[3]]
    expect_narr = np.mean([TextBlob(t).sentiment.polarity for t in narr])
    assert art.voice_polarity == TextBlob(q_text).sentiment.polarity
    assert art.narration_polarity == pytest.approx(expect_narr)
    assert art.diff_polarity == pytest.approx(art.voice_polarity - expect_narr)
    assert art.diff_polarity < 0  # a negative quote in positive narration
    assert art.diff_polarity_ci_low <= art.diff_polarity <= art.diff_polarity_ci_high
    # all kinds as voice
    every = voice_vs_narration(quotes, segs, kinds=None, value_cols=["polarity"], n_boot=100)
    assert every.n_voice.tolist() == [2, 2]



def test_add_sentiment_without_vader_gives_the_same_textblob_scores():
    df = pd.DataFrame({"text": TEXTS + [None]})
    both, tb_only = add_sentiment(df), add_sentiment(df, vader=False)
    assert list(tb_only.columns) == ["text", "polarity", "subjectivity"]
    pd.testing.assert_frame_equal(tb_only, both.drop(columns=["vader_compound"]), check_exact=True)


def test_voice_vs_narration_scores_only_the_measures_a_table_lacks():
    """Sentences scored by TextBlob only (the pipeline default) get VADER added, nothing else."""
    spans = _spans(ARTICLE)
    segs = pd.DataFrame({"article_id": "a1", "start": [s for s, _ in spans],
                         "end": [e for _, e in spans], "text": [ARTICLE[s:e] for s, e in spans]})
    q_text = "This is a terrible, awful disaster,"
    quotes = pd.DataFrame({"article_id": "a1", "field": "text", "kind": ["direct"], "text": [q_text],
                           "start": [ARTICLE.index(q_text)], "end": [ARTICLE.index(q_text) + len(q_text)]})
    full = voice_vs_narration(add_sentiment(quotes), add_sentiment(segs), n_boot=200)
    # marked polarity: kept as given (not recomputed), VADER computed for the sentences
    marked = add_sentiment(segs, vader=False).assign(polarity=0.25)
    out = voice_vs_narration(add_sentiment(quotes), marked, n_boot=200)
    assert out.loc[0, "narration_polarity"] == 0.25
    assert out.loc[0, "narration_vader_compound"] == full.loc[0, "narration_vader_compound"]
    assert not math.isnan(out.loc[0, "narration_vader_compound"])
    lean = voice_vs_narration(add_sentiment(quotes), add_sentiment(segs, vader=False), n_boot=200)
    pd.testing.assert_frame_equal(lean, full, check_exact=True)

def test_voice_vs_narration_ignores_title_quotes_and_handles_articles_without_quotes():
    segs = pd.DataFrame({"article_id": ["a1", "b2"], "paragraph": 0, "sentence": 0,
                         "start": 0, "end": [5, 5], "text": ["Good.", "Sad."]})
    quotes = pd.DataFrame({"article_id": ["a1"], "field": ["title"], "kind": ["direct"],
                           "text": ["Good"], "start": [0], "end": [4]})
    out = voice_vs_narration(quotes, segs, value_cols=["polarity"], n_boot=50)
    assert out.article_id.tolist() == ["a1", "b2", "(all)"]
    assert out.n_voice.tolist() == [0, 0, 0] and out.n_narration.tolist() == [1, 1, 2]
    assert out.voice_polarity.isna().all()


# ---------------------------------------------------------------- compare_analyzers


def test_compare_analyzers_known_example():
    df = pd.DataFrame({"text": list("abcd"),
                       "polarity": [0.5, -0.5, 0.0, 0.3],
                       "vader_compound": [0.6, -0.4, 0.0, -0.7]})
    res = compare_analyzers(df)
    s = res.summary.iloc[0]
    assert s.n == 4
    assert s.pearson_r == pytest.approx(np.corrcoef(df.polarity, df.vader_compound)[0, 1])
    assert s.spearman_rho == pytest.approx(sps.spearmanr(df.polarity, df.vader_compound)[0])
    assert s.label_agreement == pytest.approx(0.75)
    # p_o = .75; p_e = .25*.5 + .25*.25 + .5*.25 = .3125
    assert s.cohen_kappa == pytest.approx((0.75 - 0.3125) / (1 - 0.3125))
    ct = res.crosstab
    assert ct.loc["positive", "negative"] == 1 and ct.loc["positive", "positive"] == 1
    assert ct.loc["All", "All"] == 4
    # opposite labels first
    assert res.disagreements.iloc[0]["text"] == "d"
    assert res.disagreements.iloc[0]["abs_diff"] == pytest.approx(1.0)


def test_compare_analyzers_scores_texts_when_needed():
    res = compare_analyzers(pd.DataFrame({"text": TEXTS}), n_disagree=3)
    assert res.summary.n.iloc[0] == len(TEXTS)
    assert len(res.disagreements) == 3
    assert -1.0 <= res.summary.pearson_r.iloc[0] <= 1.0


def test_add_sentiment_with_a_duplicated_index():
    df = pd.DataFrame({"text": ["Good.", "Bad.", None]}, index=[5, 5, 5])
    out = add_sentiment(df)
    assert out.polarity.iloc[0] == TextBlob("Good.").sentiment.polarity
    assert out.polarity.iloc[1] == TextBlob("Bad.").sentiment.polarity
    assert math.isnan(out.polarity.iloc[2])


def test_overlap_of_sentences_and_quote_spans_equals_the_pairwise_definition():
    # sorted-sweep version against "some quote span overlaps the sentence", pair by pair
    import numpy as np

    from analysis.sentiment import _overlaps_any
    rng = np.random.default_rng(7)
    for _ in range(2000):
        n, m = rng.integers(0, 12), rng.integers(0, 12)
        s = rng.integers(0, 60, n)
        e = s + rng.integers(0, 15, n)
        qs = rng.integers(0, 60, m)
        qe = qs + rng.integers(0, 15, m)
        want = ((s[:, None] < qe[None, :]) & (qs[None, :] < e[:, None])).any(axis=1)
        assert (_overlaps_any(s, e, qs, qe) == want).all(), (s, e, qs, qe)
