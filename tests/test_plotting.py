"""The chart layer: the numbers each chart plots, byte-stable saving, and empty states.

Hand-made tables with invented names follow the table contracts in CONTRACT.md, so these tests
run without the rest of the pipeline; the seed test at the end runs the real pipeline.
"""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis import plotting  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture()
def articles() -> pd.DataFrame:
    return pd.DataFrame({
        "article_id": ["a1", "a2", "a3"],
        "title": ["Flood in Eastvale", "Budget row in Westmark", "Port strike ends"],
        "outlet": ["Daily Lantern", "Daily Lantern", "Morning Quill"],
        "published": pd.to_datetime(["2021-03-01", "2021-03-20", "2021-04-15"]),
        "text": ["word " * 100, "word " * 50, "word " * 20],
        "n_words": [100, 50, 20],
    })


@pytest.fixture()
def quotes() -> pd.DataFrame:
    rows = [
        # article, speaker, type, named, kind, text, polarity, subjectivity, vader
        ("a1", "Mira Osk", "official", True, "direct", "We are sending help now", 0.2, 0.4, 0.5),
        ("a1", "Mira Osk", "official", True, "direct", "The water is falling", 0.1, 0.3, 0.0),
        ("a1", "police", "official", False, "indirect", "roads are closed", -0.1, 0.2, -0.3),
        ("a1", "Tobin Vale", "political", True, "partial", "a total failure", -0.6, 0.9, -0.7),
        ("a2", "Tobin Vale", "political", True, "direct", "This budget is a disgrace", -0.5,
         0.8, -0.6),
        ("a2", "Mira Osk", "official", True, "direct", "The plan is balanced", 0.3, 0.5, 0.2),
        ("a2", "a resident", "citizen", False, "direct", "I am worried", -0.2, 0.6, -0.4),
        ("a3", "Dr. Ines Harlow", "expert", True, "direct", "Strikes rarely last long", 0.0, 0.1,
         0.0),
    ]
    df = pd.DataFrame(rows, columns=["article_id", "speaker", "source_type", "named", "kind",
                                     "text", "polarity", "subjectivity", "vader_compound"])
    df["quote_id"] = [f"{a}-q{i:03d}" for i, a in enumerate(df["article_id"])]
    df["field"] = "text"
    df["start"] = [0, 30, 60, 90, 0, 40, 80, 0]
    df["end"] = df["start"] + df["text"].str.len()
    df["source_type"] = pd.Categorical(df["source_type"], categories=list(plotting.TYPE_ORDER))
    # Mira Osk governs for the (invented) Harbour Party, Tobin Vale opposes for the Lantern League
    df["party"] = ["Harbour Party", "Harbour Party", "", "Lantern League", "Lantern League",
                   "Harbour Party", "", ""]
    return df


@pytest.fixture()
def segments() -> pd.DataFrame:
    # a1 sentences at 0-25 (quote), 120-160 (narration); a2 0-30 (quote), 200-240 (narration)
    return pd.DataFrame({
        "article_id": ["a1", "a1", "a2", "a2"],
        "start": [0, 120, 0, 200], "end": [25, 160, 30, 240],
        "polarity": [0.2, -0.4, -0.5, -0.2], "subjectivity": [0.4, 0.2, 0.8, 0.4],
    })


@pytest.fixture()
def frame_scores(quotes) -> pd.DataFrame:
    rows = [("a1-q000", "human_interest", 1, 20.0, "help"),
            ("a1-q003", "conflict", 1, 33.3, "failure"),
            ("a2-q004", "conflict", 2, 40.0, "disgrace; row"),
            ("a2-q004", "economic", 1, 20.0, "budget"),
            ("a2-q005", "economic", 1, 25.0, "budget")]
    df = pd.DataFrame(rows, columns=["quote_id", "frame", "hits", "per_100_words", "terms"])
    df["article_id"] = df["quote_id"].str.split("-").str[0]
    return df


# --------------------------------------------------------------------------- style
def test_style_file_loads_by_path_and_by_name():
    import matplotlib as mpl
    path = plotting.use_style()
    assert path.is_file()
    assert mpl.rcParams["svg.hashsalt"] == "newsroom-analysis"
    assert mpl.rcParams["savefig.dpi"] == 300
    mpl.rcdefaults()
    plt.style.use(plotting.STYLE_NAME)  # by name, as documented in the style file
    assert mpl.rcParams["axes.titleweight"] == "bold"
    mpl.rcdefaults()


def test_one_distinct_colour_per_codebook_type():
    assert list(plotting.SOURCE_TYPE_COLORS) == list(plotting.TYPE_ORDER)
    assert len(set(plotting.SOURCE_TYPE_COLORS.values())) == len(plotting.TYPE_ORDER)
    try:
        from analysis.source_types import SOURCE_TYPES
    except ImportError:  # the types module has not landed yet
        return
    assert set(SOURCE_TYPES) == set(plotting.TYPE_ORDER)


def test_type_colour_is_the_same_in_every_chart(quotes):
    fig, data = plotting.plot_top_speakers(quotes)
    bars = fig.axes[0].patches
    shown = data.iloc[::-1]
    for bar, t in zip(bars, shown["source_type"]):
        assert matplotlib.colors.to_hex(bar.get_facecolor()) == \
            plotting.SOURCE_TYPE_COLORS[t].lower()


# --------------------------------------------------------------------------- chart data
def test_corpus_overview_numbers(articles, quotes):
    over_time = plotting.articles_over_time_data(articles)
    assert over_time["n_articles"].sum() == 3 and over_time["freq"].iloc[0] == "day"
    outlets = plotting.articles_by_outlet_data(articles)
    assert outlets.values.tolist() == [["Daily Lantern", 2], ["Morning Quill", 1]]
    per_article = plotting.quotes_per_article_data(articles, quotes).set_index("article_id")
    assert per_article.loc["a1", ["n_quotes", "direct", "partial", "indirect"]].tolist() == \
        [4, 2, 1, 1]
    share = plotting.quoted_share_data(articles, quotes).set_index("article_id")
    # a3: 4 quoted words of 20
    assert share.loc["a3", "pct_quoted"] == pytest.approx(20.0)
    # a1: direct 5 + 4 words, partial 3 -> 12 of 100; indirect 3 words reported
    assert share.loc["a1", ["quoted_words", "reported_words"]].tolist() == [12, 3]


def test_source_numbers(articles, quotes):
    top = plotting.top_speakers_data(quotes)
    assert top.iloc[0]["speaker"] == "Mira Osk" and top.iloc[0]["n_quotes"] == 3
    assert top.iloc[0]["n_articles"] == 2 and top.iloc[0]["source_type"] == "official"
    voice = plotting.share_of_voice_data(quotes).set_index("source_type")
    assert list(voice.index) == list(plotting.TYPE_ORDER)
    assert voice.loc["official", "n_quotes"] == 4 and voice.loc["political", "n_quotes"] == 2
    assert voice["pct_quotes"].sum() == pytest.approx(100)
    assert voice.loc["official", "quoted_words"] == 5 + 4 + 3 + 4
    by_article = plotting.official_political_data(quotes, articles).set_index("article_id")
    assert by_article.loc["a1", ["official", "political"]].tolist() == [3, 1]
    assert by_article.loc["a2", "pct_official"] == pytest.approx(50.0)
    assert "a3" not in by_article.index
    by_outlet = plotting.official_political_data(quotes, articles, by="outlet")
    assert by_outlet.values.tolist()[0][:3] == ["Daily Lantern", 4, 2]
    parties = plotting.party_balance_data(quotes)
    assert parties[["party", "n_quotes", "n_speakers", "official", "political", "other"]].values.tolist() \
        == [["Harbour Party", 3, 1, 3, 0, 0], ["Lantern League", 2, 1, 0, 2, 0]]
    assert parties["pct_quotes"].tolist() == pytest.approx([60.0, 40.0])
    assert (parties.attrs["political"], parties.attrs["political_without_party"]) == (2, 0)
    unknown = plotting.party_balance_data(quotes.assign(party=["", "", "", "", "Lantern League",
                                                               "", "", ""]))
    assert unknown["n_quotes"].tolist() == [1] and unknown.attrs["political_without_party"] == 1
    named = plotting.named_unnamed_data(quotes).set_index("source_type")
    assert named.loc["official", ["named", "unnamed"]].tolist() == [3, 1]
    matrix = plotting.speaker_article_matrix_data(quotes)
    assert matrix["n_quotes"].sum() == len(quotes)
    cell = matrix[(matrix.speaker == "Tobin Vale") & (matrix.article_id == "a2")]
    assert cell["n_quotes"].item() == 1
    table = plotting.quote_table(quotes, "a3")
    assert table[["speaker", "source_type"]].values.tolist() == [["Dr. Ines Harlow", "expert"]]


def test_sentiment_numbers(quotes, segments):
    by_type = plotting.sentiment_by_type_data(quotes, n_boot=500)
    pol = by_type[by_type.measure == "polarity"].set_index("source_type")
    assert pol.loc["official", "mean"] == pytest.approx((0.2 + 0.1 - 0.1 + 0.3) / 4)
    assert pol.loc["political", "mean"] == pytest.approx(-0.55)
    assert (pol["ci_low"] <= pol["mean"]).all() and (pol["mean"] <= pol["ci_high"]).all()
    assert list(pol.index) == ["official", "political", "expert", "citizen"]  # codebook order
    voice = plotting.voice_narration_data(quotes, segments, n_boot=200)
    narr = voice[(voice.voice == "narration") & (voice.measure == "polarity")]
    assert narr["n"].item() == 2 and narr["mean"].item() == pytest.approx(-0.3)
    quoted = voice[(voice.voice == "quoted") & (voice.measure == "polarity")]
    assert quoted["n"].item() == 7  # direct and partial only
    dist = plotting.sentiment_distribution_data(quotes, segments)
    assert dist.groupby(["voice", "measure"])["count"].sum().to_dict() == {
        ("narration", "polarity"): 2, ("narration", "subjectivity"): 2,
        ("quoted", "polarity"): 8, ("quoted", "subjectivity"): 8}
    agree = plotting.analyzer_agreement_data(quotes)
    # labels differ only for Mira Osk's second quote (0.1 positive vs VADER 0.0 neutral)
    assert (~agree["agree"]).sum() == 1
    by_speaker = plotting.sentiment_by_speaker_data(quotes, min_quotes=2, n_boot=200)
    assert by_speaker["speaker"].tolist() == ["Mira Osk", "Tobin Vale"]


def test_confusion_and_reference():
    labelled = pd.DataFrame({"label": ["positive", "negative", "neutral", "negative"],
                             "polarity": [0.5, 0.0, 0.0, -0.3],
                             "vader_compound": [0.6, -0.7, 0.4, -0.1]})
    conf = plotting.confusion_data(labelled)
    assert len(conf) == 18 and conf.groupby("analyzer")["n"].sum().tolist() == [4, 4]
    tb = conf[conf.analyzer == "textblob"].set_index(["label", "predicted"])["n"]
    assert tb[("negative", "neutral")] == 1 and tb[("negative", "negative")] == 1
    fig, data = plotting.plot_confusion(conf)
    assert "75% agree" in fig.axes[0].get_title(loc="left")
    ref = plotting.reference_data(pd.DataFrame({"method": ["TextBlob", "VADER"],
                                                "macro_f1": [0.41, 0.52],
                                                "source": ["README", "README"]}))
    assert ref[["analyzer", "metric", "value"]].values.tolist() == [
        ["TextBlob", "macro_f1", 0.41], ["VADER", "macro_f1", 0.52]]
    fig, data = plotting.plot_reference(ref)
    assert len(data) == 2
    statement = plotting.trust_from_reference(ref)
    assert "TextBlob reaches 0.41" in statement and "at 0.52 or below" in statement


def test_frame_numbers(quotes, frame_scores, articles):
    profiles = plotting.frame_profiles_data(frame_scores, quotes)
    pol = profiles[(profiles.source_type == "political")].set_index("frame")
    assert pol.loc["conflict", "mean_per_100_words"] == pytest.approx((33.3 + 40.0) / 2)
    assert pol.loc["conflict", "pct_quotes"] == pytest.approx(100.0)
    off = profiles[(profiles.source_type == "official")].set_index("frame")
    assert off.loc["economic", "mean_per_100_words"] == pytest.approx(25.0 / 4)
    contrast = plotting.frame_contrast_data(frame_scores, quotes, n_boot=500).set_index("frame")
    assert contrast.loc["conflict", "difference"] == pytest.approx(0 - 36.65)
    assert contrast.loc["conflict", "ci_low"] <= contrast.loc["conflict", "difference"] <= \
        contrast.loc["conflict", "ci_high"]
    assert contrast.loc["conflict", ["n_a", "n_b"]].tolist() == [4, 2]
    terms = plotting.frame_terms_data(frame_scores)
    assert terms[terms.frame == "economic"][["term", "count"]].values.tolist() == [["budget", 2]]
    over_time = plotting.frames_over_time_data(frame_scores, articles)
    march = over_time[(over_time.frame == "conflict")].set_index("period")["pct_articles"]
    assert march.max() == pytest.approx(100.0)
    short = articles.assign(published=pd.to_datetime(["2021-03-01"] * 3))
    empty = plotting.frames_over_time_data(frame_scores, short)
    assert empty.empty and "span" in empty.attrs["reason"]


# --------------------------------------------------------------------------- every chart
def _all_charts(articles, quotes, segments, frame_scores):
    return {
        "articles_over_time": lambda: plotting.plot_articles_over_time(articles),
        "articles_by_outlet": lambda: plotting.plot_articles_by_outlet(articles),
        "article_length": lambda: plotting.plot_article_length(articles),
        "quotes_per_article": lambda: plotting.plot_quotes_per_article(articles, quotes),
        "quoted_share": lambda: plotting.plot_quoted_share(articles, quotes),
        "top_speakers": lambda: plotting.plot_top_speakers(quotes),
        "share_of_voice": lambda: plotting.plot_share_of_voice(quotes),
        "official_political_article": lambda: plotting.plot_official_political(quotes, articles),
        "official_political_outlet": lambda: plotting.plot_official_political(
            quotes, articles, by="outlet"),
        "party_balance": lambda: plotting.plot_party_balance(quotes),
        "named_unnamed": lambda: plotting.plot_named_unnamed(quotes),
        "speaker_article_matrix": lambda: plotting.plot_speaker_article_matrix(quotes),
        "sentiment_by_type": lambda: plotting.plot_sentiment_by_type(quotes, n_boot=200),
        "sentiment_by_speaker": lambda: plotting.plot_sentiment_by_speaker(quotes, n_boot=200),
        "voice_vs_narration": lambda: plotting.plot_voice_vs_narration(quotes, segments,
                                                                       n_boot=200),
        "distributions": lambda: plotting.plot_sentiment_distributions(quotes, segments),
        "textblob_vs_vader": lambda: plotting.plot_textblob_vs_vader(quotes),
        "confusion": lambda: plotting.plot_confusion(plotting.confusion_data(
            quotes.assign(label=np.where(quotes["polarity"] < 0, "negative", "positive")))),
        "frame_profiles": lambda: plotting.plot_frame_profiles(frame_scores, quotes),
        "frame_contrast": lambda: plotting.plot_frame_contrast(frame_scores, quotes, n_boot=200),
        "frame_terms": lambda: plotting.plot_frame_terms(frame_scores),
        "frames_over_time": lambda: plotting.plot_frames_over_time(frame_scores, articles),
    }


def _texts(fig) -> str:
    out = [t.get_text() for t in fig.texts]
    for ax in fig.axes:
        out += [ax.get_title(loc=loc) for loc in ("left", "center", "right")]
        out += [ax.get_xlabel(), ax.get_ylabel()] + [t.get_text() for t in ax.texts]
    if fig._suptitle is not None:
        out.append(fig._suptitle.get_text())
    return " ".join(out)


def test_every_chart_has_title_and_labelled_axes(articles, quotes, segments, frame_scores):
    for name, chart in _all_charts(articles, quotes, segments, frame_scores).items():
        fig, data = chart()
        assert len(data) > 0, name
        titled = fig._suptitle is not None or any(ax.get_title(loc="left") for ax in fig.axes)
        assert titled, f"{name} has no title"
        drawn = [ax for ax in fig.axes if ax.axison and ax.get_label() != "<colorbar>"]
        assert drawn, name
        for ax in drawn:
            if ax.has_data():
                assert ax.get_xlabel(), f"{name}: x axis without label"
        plt.close(fig)


def _empty_inputs():
    arts = pd.DataFrame(columns=["article_id", "title", "outlet", "published", "text",
                                 "n_words"])
    q = pd.DataFrame(columns=["article_id", "quote_id", "speaker", "source_type", "named",
                              "kind", "text", "polarity", "subjectivity", "vader_compound",
                              "field", "start", "end"])
    segs = pd.DataFrame(columns=["article_id", "start", "end", "polarity", "subjectivity"])
    fs = pd.DataFrame(columns=["article_id", "quote_id", "frame", "hits", "per_100_words",
                               "terms"])
    return arts, q, segs, fs


def test_every_chart_has_an_empty_state(tmp_path):
    for name, chart in _all_charts(*_empty_inputs()).items():
        fig, data = chart()
        assert len(data) == 0, name
        ax = fig.axes[0]
        assert not ax.axison and ax.get_title(loc="left"), f"{name}: not an empty state"
        message = " ".join(t.get_text() for t in ax.texts)
        assert len(message) > 15, f"{name}: no empty-state message"
        if name in ("top_speakers", "frame_contrast"):  # saving works on empty states too
            paths = plotting.save_figure(fig, f"empty_{name}", data, outdir=tmp_path)
            assert all(p.stat().st_size > 0 for p in paths.values())
            assert pd.read_csv(paths["csv"]).empty
        plt.close(fig)


def test_one_article_with_no_quotes(articles):
    one = articles.iloc[:1]
    none = pd.DataFrame(columns=["article_id", "speaker", "source_type", "text", "kind"])
    fig, data = plotting.plot_quotes_per_article(one, none)
    assert data["n_quotes"].tolist() == [0]
    fig, data = plotting.plot_top_speakers(none)
    assert data.empty and "No quotes" in _texts(fig)
    fig, data = plotting.plot_articles_over_time(one)
    assert data["n_articles"].tolist() == [1]


def test_hundreds_of_articles_use_histograms():
    rng = np.random.default_rng(1)
    n = 300
    arts = pd.DataFrame({"article_id": [f"x-{i:03d}" for i in range(n)], "title": "t",
                         "outlet": "Gazette", "n_words": rng.integers(100, 900, n),
                         "published": pd.Timestamp("2019-01-01")
                         + pd.to_timedelta(rng.integers(0, 700, n), unit="D")})
    q = pd.DataFrame({"article_id": rng.choice(arts["article_id"], 900), "kind": "direct",
                      "text": "some quoted words", "field": "text"})
    fig, data = plotting.plot_quotes_per_article(arts, q)
    assert len(data) == n and data["n_quotes"].sum() == 900
    assert fig.axes[0].get_xlabel() == "Quotes per article (count)"
    fig, data = plotting.plot_articles_over_time(arts)
    assert data["freq"].iloc[0] == "month" and data["n_articles"].sum() == n


# --------------------------------------------------------------------------- saving
def test_save_figure_writes_four_files_byte_stable(tmp_path, quotes):
    fig, data = plotting.plot_share_of_voice(quotes)
    first = plotting.save_figure(fig, "share_of_voice", data, outdir=tmp_path / "one")
    assert sorted(first) == ["csv", "pdf", "png", "svg"]
    blobs = {k: p.read_bytes() for k, p in first.items()}
    assert blobs["png"][:8] == b"\x89PNG\r\n\x1a\n" and blobs["pdf"][:5] == b"%PDF-"
    assert b"<svg" in blobs["svg"]
    for key in ("svg", "pdf"):
        assert b"CreationDate" not in blobs[key] and b"<dc:date>" not in blobs[key]
        assert matplotlib.__version__.encode() not in blobs[key]
    assert matplotlib.__version__.encode() not in blobs["png"]
    csv = pd.read_csv(first["csv"])
    assert csv["n_quotes"].sum() == len(quotes)
    # re-save the same figure and a freshly drawn one: identical bytes
    again = plotting.save_figure(fig, "share_of_voice", data, outdir=tmp_path / "two")
    plt.close(fig)
    fig2, data2 = plotting.plot_share_of_voice(quotes)
    third = plotting.save_figure(fig2, "share_of_voice", data2, outdir=tmp_path / "three")
    for key in first:
        assert again[key].read_bytes() == blobs[key], key
        assert third[key].read_bytes() == blobs[key], key


def test_save_figure_png_is_300_dpi(tmp_path, quotes):
    from PIL import Image
    fig, data = plotting.plot_top_speakers(quotes)
    paths = plotting.save_figure(fig, "top", data, outdir=tmp_path)
    with Image.open(paths["png"]) as img:
        assert round(img.info["dpi"][0]) == 300
        assert img.size[0] > 1500  # 7.2 in at 300 dpi, cropped tight


def test_csv_rows_sorted_and_floats_fixed(tmp_path):
    data = pd.DataFrame({"name": ["b", "a"], "value": [1 / 3, 2.0]})
    path = plotting.write_csv(data, tmp_path / "x.csv")
    assert path.read_text() == "name,value\na,2.000000\nb,0.333333\n"


def test_save_figure_rejects_unsafe_names(tmp_path, quotes):
    fig, data = plotting.plot_share_of_voice(quotes)
    with pytest.raises(ValueError):
        plotting.save_figure(fig, "../escape", data, outdir=tmp_path)
