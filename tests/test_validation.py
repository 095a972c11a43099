"""Tests for analysis.validation: metrics with hand-computed answers, calibration on a split,
the NewsMTSC loader and the published-figure reproduction, and the sentiment coding sheet."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from textblob import TextBlob

from analysis import validation as v
from conftest import FIXTURES, SHARED, needs_shared

NEWSMTSC = SHARED / "corpora" / "newsmtsc"
NEG, NEU, POS = "negative", "neutral", "positive"


# ---------------------------------------------------------------- labels and loading

def test_normalize_label_recognises_common_forms_and_rejects_others():
    assert [v.normalize_label(x) for x in ["Negative", " neg ", "-1", 0, "NEU", "+", 1.0]] == [
        NEG, NEG, NEG, NEU, NEU, POS, POS]
    assert v.normalize_label("") is None and v.normalize_label(float("nan")) is None
    with pytest.raises(ValueError):
        v.normalize_label("n")  # negative or neutral? ambiguous, so refused
    with pytest.raises(ValueError, match="label_map"):
        v.normalize_label(3)
    assert v.normalize_label("3", {1: "neg", 2: "neutral", 3: "Positive"}) == POS


def test_load_labelled_fixture_finds_columns_and_drops_unlabelled():
    df = v.load_labelled(FIXTURES / "labelled_small.csv")
    assert list(df.columns) == ["id", "text", "label"]
    assert len(df) == 11 and df.attrs["n_read"] == 12 and df.attrs["n_dropped"] == 1
    assert df["label"].value_counts().to_dict() == {NEG: 3, NEU: 4, POS: 4}
    assert df["id"].iloc[0] == "labelled_small-0000" and df["id"].is_unique
    assert df.loc[1, "label"] == POS  # "Positive" in the file
    assert df.loc[3, "label"] == NEG  # "NEG" in the file


def test_load_labelled_numeric_codes_need_a_map(tmp_path):
    path = tmp_path / "codes.csv"
    path.write_text("quote_id,body,code\nq1,It went well.,3\nq2,It went badly.,1\nq3,It went.,2\n")
    with pytest.raises(ValueError, match="row 0"):
        v.load_labelled(path, text_col="body", label_col="code")
    df = v.load_labelled(path, text_col="body", label_col="code",
                         label_map={1: "negative", 2: "neutral", 3: "positive"})
    assert df["label"].tolist() == [POS, NEG, NEU]
    assert df["id"].tolist() == ["q1", "q2", "q3"]  # the id column is kept
    with pytest.raises(ValueError, match="no column 'missing'"):
        v.load_labelled(path, text_col="missing")
    (tmp_path / "nolabel.csv").write_text("text,other\nA,b\n")
    with pytest.raises(ValueError, match="label column"):
        v.load_labelled(tmp_path / "nolabel.csv")


def test_load_newsmtsc_keeps_only_sentences_whose_targets_agree(tmp_path):
    records = [
        {"primary_gid": "g1", "sentence_normalized": "Ann Ovid praised the plan.",
         "targets": [{"polarity": 6.0, "mention": "Ann Ovid"}]},
        {"primary_gid": "g2", "sentence_normalized": "Bo Lind and Cy Marr argued.",
         "targets": [{"polarity": 2.0}, {"polarity": 4.0}]},
        {"primary_gid": "g3", "sentence_normalized": "Dee Ross and Ed Fahl met.",
         "targets": [{"polarity": 4.0}, {"polarity": 4.0}]},
    ]
    path = tmp_path / "mini.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    df = v.load_newsmtsc(path)
    assert df["id"].tolist() == ["g1", "g3"]
    assert df["label"].tolist() == [POS, NEU]
    assert df["n_targets"].tolist() == [1, 2]
    assert (df.attrs["n_read"], df.attrs["n_dropped"]) == (3, 1)
    assert v.load_labelled(path)["id"].tolist() == ["g1", "g3"]  # dispatch by shape


# ---------------------------------------------------------------- metrics, by hand

# labels:      neg neg neu neu neu pos
# predictions: neg neu neu neu pos pos
HAND_Y = [NEG, NEG, NEU, NEU, NEU, POS]
HAND_P = [NEG, NEU, NEU, NEU, POS, POS]


def test_metrics_match_hand_computation():
    m = v.sentiment_metrics(HAND_Y, HAND_P)
    # confusion rows = labels: neg [1 1 0], neu [0 2 1], pos [0 0 1]
    assert m["confusion"].to_numpy().tolist() == [[1, 1, 0], [0, 2, 1], [0, 0, 1]]
    assert m["confusion"].index.name == "label" and m["confusion"].columns.name == "predicted"
    assert m["accuracy"] == pytest.approx(4 / 6)
    pc = m["per_class"].set_index("label")
    # precision: neg 1/1, neu 2/3, pos 1/2; recall: neg 1/2, neu 2/3, pos 1/1
    assert pc["precision"].tolist() == pytest.approx([1, 2 / 3, 1 / 2])
    assert pc["recall"].tolist() == pytest.approx([1 / 2, 2 / 3, 1])
    # F1 each 2PR/(P+R) = 2/3, so macro-F1 2/3
    assert pc["f1"].tolist() == pytest.approx([2 / 3] * 3)
    assert m["macro_f1"] == pytest.approx(2 / 3)
    assert pc["support"].tolist() == [2, 3, 1] and pc["predicted"].tolist() == [1, 3, 2]
    # kappa: p_o = 4/6, p_e = (2*1 + 3*3 + 1*2)/36 = 13/36 -> (24-13)/(36-13) = 11/23
    assert m["cohen_kappa"] == pytest.approx(11 / 23)
    # alpha: n = 12 values, n_c = 3, 6, 3; 2 disagreeing units -> 4 off-diagonal coincidences;
    # D_e term = (144 - 54) / 11 -> alpha = 1 - 4 * 11 / 90 = 46/90
    assert m["krippendorff_alpha"] == pytest.approx(46 / 90)


def test_macro_f1_counts_a_never_predicted_class_as_zero():
    m = v.sentiment_metrics([NEG, NEU, POS], [NEG, NEU, NEU])
    # F1: neg 1, neu 2*(1/2)*1/(3/2) = 2/3, pos 0 -> macro 5/9
    assert m["macro_f1"] == pytest.approx(5 / 9)
    assert m["per_class"].set_index("label").loc[POS, "precision"] == 0


def test_metrics_reject_unknown_labels():
    with pytest.raises(ValueError, match="outside"):
        v.sentiment_metrics([NEG, "angry"], [NEG, NEG])


def test_cohen_kappa_and_krippendorff_alpha_known_values():
    a, b = ["x", "x", "y", "y"], ["x", "y", "y", "y"]
    # kappa: p_o = 3/4, p_e = .5*.25 + .5*.75 = .5 -> 0.5
    assert v.cohen_kappa(a, b) == pytest.approx(0.5)
    # alpha: o_xx = 2, o_xy = o_yx = 1, o_yy = 4; n_x = 3, n_y = 5, n = 8
    # alpha = 1 - (n - 1) * 2 / (2 * 3 * 5) = 1 - 14/30
    assert v.krippendorff_alpha_nominal([a, b]) == pytest.approx(16 / 30)
    assert v.krippendorff_alpha_nominal([a, a]) == 1.0
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 coders, 12 units,
    # missing values; nominal alpha = 0.743
    n = None
    data = [[1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
            [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n]]
    assert round(v.krippendorff_alpha_nominal(data), 3) == 0.743
    assert round(v.krippendorff_alpha_nominal(np.array(data, dtype=float)), 3) == 0.743


def test_agreement_from_confusion_matches_the_direct_computations():
    m = v.sentiment_metrics(HAND_Y, HAND_P)
    acc, f1, kappa, alpha = v._agreement_from_confusion(m["confusion"].to_numpy())
    assert (acc, f1) == pytest.approx((4 / 6, 2 / 3))
    assert kappa == pytest.approx(11 / 23) and alpha == pytest.approx(46 / 90)


def test_bootstrap_intervals_bracket_the_estimate_and_are_deterministic():
    y = HAND_Y * 10
    p = HAND_P * 10
    boot = v.bootstrap_agreement(y, p, n_boot=300, seed=0).set_index("metric")
    assert boot.loc["macro_f1", "low"] < 2 / 3 < boot.loc["macro_f1", "high"]
    assert boot.loc["krippendorff_alpha", "low"] < 46 / 90 < boot.loc["krippendorff_alpha", "high"]
    assert boot.equals(v.bootstrap_agreement(y, p, n_boot=300, seed=0).set_index("metric"))
    # more texts, narrower interval
    wide = boot.loc["macro_f1", "high"] - boot.loc["macro_f1", "low"]
    big = v.bootstrap_agreement(HAND_Y * 100, HAND_P * 100, n_boot=300).set_index("metric")
    assert big.loc["macro_f1", "high"] - big.loc["macro_f1", "low"] < wide


# ---------------------------------------------------------------- validate_sentiment

def scored_frame() -> pd.DataFrame:
    """Hand-made scores: reused by validate_sentiment instead of running the analyzers."""
    return pd.DataFrame({
        "id": list("abcdef"),
        "text": ["t1", "t2", "t3", "t4", "t5", "t6"],
        "label": HAND_Y,
        # TextBlob with band ±0.05 -> neg neu neu neu pos pos (the hand example above);
        # -0.05 and 0.05 sit on the thresholds, so they are neutral
        "polarity": [-0.4, -0.05, 0.0, 0.05, 0.3, 0.8],
        # VADER -> all correct with ±0.05
        "vader_compound": [-0.6, -0.2, 0.0, 0.01, -0.03, 0.5],
    })


def test_validate_sentiment_on_given_scores_matches_hand_metrics():
    r = v.validate_sentiment(scored_frame())
    s = r.summary.set_index("analyzer")
    assert s.loc["textblob", "accuracy"] == pytest.approx(4 / 6)
    assert s.loc["textblob", "macro_f1"] == pytest.approx(2 / 3)
    assert s.loc["textblob", "cohen_kappa"] == pytest.approx(11 / 23)
    assert s.loc["textblob", "krippendorff_alpha"] == pytest.approx(46 / 90)
    assert s.loc["vader", ["accuracy", "macro_f1", "cohen_kappa"]].tolist() == [1, 1, 1]
    assert r.confusion_table("textblob").to_numpy().tolist() == [[1, 1, 0], [0, 2, 1], [0, 0, 1]]
    assert r.predictions["textblob_label"].tolist() == HAND_P
    assert set(r.per_class.columns) >= {"analyzer", "label", "precision", "recall", "f1"}
    assert len(r.confusion) == 18 and r.confusion["n"].sum() == 12
    assert "TextBlob agrees with the human labels on 67% of 6 texts (macro-F1 0.67 [95% CI" in \
        r.verdict()
    assert "With only 6 labelled texts" in r.verdict()
    assert {"macro_f1_low", "macro_f1_high", "krippendorff_alpha_low"} <= set(r.summary.columns)
    assert "macro_f1_low" not in v.validate_sentiment(scored_frame(), n_boot=0).summary
    with pytest.raises(ValueError, match="no rows"):
        v.validate_sentiment(scored_frame().iloc[:0])


def test_thresholds_change_the_labels():
    # a band of ±0.5: only -0.6 (VADER) and 0.8 (TextBlob) leave neutral
    r = v.validate_sentiment(scored_frame(), -0.5, 0.5)
    assert r.predictions["textblob_label"].tolist() == [NEU] * 5 + [POS]
    per = v.validate_sentiment(scored_frame(), thresholds={"vader": {"negative_below": -0.5,
                                                                      "positive_above": 0.5}})
    assert per.thresholds == {"textblob": {"negative_below": -0.05, "positive_above": 0.05},
                              "vader": {"negative_below": -0.5, "positive_above": 0.5}}
    assert per.predictions["vader_label"].tolist() == [NEG, NEU, NEU, NEU, NEU, NEU]
    with pytest.raises(ValueError):
        v.validate_sentiment(scored_frame(), 0.2, 0.1)
    with pytest.raises(ValueError, match="unknown analyzer"):
        v.validate_sentiment(scored_frame(), analyzers=["flair"])


def test_validate_sentiment_scores_the_fixture_with_the_real_analyzers():
    labelled = v.load_labelled(FIXTURES / "labelled_small.csv")
    r = v.validate_sentiment(labelled)
    # the scores are the analyzers' own
    first = labelled.loc[0, "text"]
    assert r.predictions.loc[0, "polarity"] == pytest.approx(TextBlob(first).sentiment.polarity)
    s = r.summary.set_index("analyzer")
    # the invented sentences are worded plainly: TextBlob gets all eleven right
    assert s.loc["textblob", "accuracy"] == 1.0
    # VADER scores the ferry-timetable sentence (neutral) at 0.077 -> positive; rest right.
    # confusion neg [3 0 0], neu [0 3 1], pos [0 0 4]: accuracy 10/11;
    # F1 neg 1, neu 6/7, pos 8/9 -> macro 173/189; kappa (10/11 - 41/121)/(80/121) = 69/80;
    # alpha: n_c 6, 7, 9 -> 1 - 2 * 21 / (484 - 166) = 1 - 42/318
    assert r.confusion_table("vader").to_numpy().tolist() == [[3, 0, 0], [0, 3, 1], [0, 0, 4]]
    assert s.loc["vader", "accuracy"] == pytest.approx(10 / 11)
    assert s.loc["vader", "macro_f1"] == pytest.approx(173 / 189)
    assert s.loc["vader", "cohen_kappa"] == pytest.approx(69 / 80)
    assert s.loc["vader", "krippendorff_alpha"] == pytest.approx(1 - 42 / 318)


# ---------------------------------------------------------------- calibration

def synthetic(n_per_class: int = 40, seed: int = 3, prefix: str = "s") -> pd.DataFrame:
    """Neutral scores in [-0.15, 0.15], negative below -0.25, positive above 0.25."""
    rng = np.random.default_rng(seed)
    neg = rng.uniform(-0.9, -0.25, n_per_class)
    neu = np.concatenate([[-0.15, 0.15], rng.uniform(-0.15, 0.15, n_per_class - 2)])
    pos = rng.uniform(0.25, 0.9, n_per_class)
    scores = np.concatenate([neg, neu, pos])
    labels = [NEG] * n_per_class + [NEU] * n_per_class + [POS] * n_per_class
    return pd.DataFrame({"id": [f"{prefix}{i:03d}" for i in range(len(scores))],
                         "text": [f"sentence {prefix}{i}" for i in range(len(scores))],
                         "label": labels, "polarity": scores})


def test_split_is_deterministic_stratified_and_keeps_duplicates_together():
    df = synthetic()
    df.loc[5, "text"] = df.loc[6, "text"]  # a duplicated sentence
    a1, b1 = v.split_labelled(df, 0.5, seed=0)
    a2, b2 = v.split_labelled(df, 0.5, seed=0)
    assert a1["id"].tolist() == a2["id"].tolist() and b1["id"].tolist() == b2["id"].tolist()
    assert set(a1["id"]).isdisjoint(b1["id"]) and len(a1) + len(b1) == len(df)
    # stratified: half of each class on each side (39 distinct negative texts: 20 go to the
    # calibration side, 21 or 20 rows depending on whether the duplicated one is among them)
    counts = a1["label"].value_counts().to_dict()
    assert counts[NEU] == 20 and counts[POS] == 20 and counts[NEG] in (20, 21)
    side = {row.id: "a" for row in a1.itertuples()} | {row.id: "b" for row in b1.itertuples()}
    assert side[df.loc[5, "id"]] == side[df.loc[6, "id"]]
    a3, _ = v.split_labelled(df, 0.5, seed=1)
    assert a3["id"].tolist() != a1["id"].tolist()
    with pytest.raises(ValueError):
        v.split_labelled(df, 1.0)


def test_calibration_chooses_on_one_part_and_reports_on_the_other():
    df = synthetic()
    cal = v.calibrate_thresholds(df, "textblob", split=0.5, seed=0)
    calib, held = v.split_labelled(df, 0.5, seed=0)
    # classes are separable; ties go to the narrowest perfect band on the calibration part:
    # the grid points just outside its neutral scores (grid step 0.01)
    neutral = calib.loc[calib["label"] == NEU, "polarity"]
    expected_band = (-np.ceil(round(-neutral.min() * 100, 6)) / 100,
                     np.ceil(round(neutral.max() * 100, 6)) / 100)
    assert (cal.negative_below, cal.positive_above) == pytest.approx(expected_band)
    assert cal.calibration_f1 == 1.0
    band = dict(negative_below=cal.negative_below, positive_above=cal.positive_above)
    assert cal.n_calibration == len(calib) and cal.n_held_out == len(held)
    # the report is on exactly the held-out rows, none of the calibration rows
    assert sorted(cal.held_out.predictions["id"]) == sorted(held["id"])
    assert set(cal.held_out.predictions["id"]).isdisjoint(calib["id"])
    expected = v.validate_sentiment(held, **band, analyzers=["textblob"])
    assert cal.held_out_f1 == pytest.approx(expected.summary.loc[0, "macro_f1"])
    default = v.validate_sentiment(held, analyzers=["textblob"]).summary.loc[0, "macro_f1"]
    assert cal.default_held_out_f1 == pytest.approx(default) and default < cal.held_out_f1
    # the grid's macro-F1 is the one validate_sentiment measures for the same band
    on_calib = v.validate_sentiment(calib, **band, analyzers=["textblob"])
    assert cal.calibration_f1 == pytest.approx(on_calib.summary.loc[0, "macro_f1"])
    # deterministic
    again = v.calibrate_thresholds(df, "textblob", split=0.5, seed=0)
    assert (again.negative_below, again.positive_above, again.held_out_f1) == (
        cal.negative_below, cal.positive_above, cal.held_out_f1)


def test_calibration_is_not_reported_on_the_sentences_it_was_chosen_on():
    # the held-out part has a different neutral band: held-out F1 must show it
    calib = synthetic(seed=1, prefix="c")
    held = synthetic(seed=2, prefix="h")
    held["polarity"] = held["polarity"] * 2  # neutral now spans ±0.30
    held.loc[0, "text"] = calib.loc[0, "text"]  # one sentence in both: left out of calibration
    cal = v.calibrate_thresholds(calib, held_out=held, grid=np.round(np.arange(0, 0.41, 0.01), 2))
    assert cal.calibration_f1 == 1.0 and cal.held_out_f1 < 1.0
    assert cal.n_excluded_overlap == 1 and cal.n_calibration == len(calib) - 1
    assert cal.split is None and cal.n_held_out == len(held)


def test_calibration_grid_forms():
    df = synthetic()
    cal = v.calibrate_thresholds(df, grid=([-0.2, -0.1], [0.1, 0.2]))
    assert (cal.negative_below, cal.positive_above) == (-0.2, 0.2)
    assert len(cal.grid) == 4 and set(cal.grid.columns) == {"negative_below", "positive_above",
                                                            "macro_f1"}
    with pytest.raises(ValueError, match="unknown analyzer"):
        v.calibrate_thresholds(df, analyzer="flair")


def test_save_and_load_thresholds_round_trip(tmp_path):
    df = synthetic()
    df["vader_compound"] = df["polarity"] * 2
    cals = [v.calibrate_thresholds(df, a, seed=0) for a in ("textblob", "vader")]
    path = v.save_thresholds(cals, tmp_path / "t.json", data={"calibration": "synthetic"})
    bands = v.load_thresholds(path)
    for cal in cals:
        assert bands[cal.analyzer] == {"negative_below": cal.negative_below,
                                       "positive_above": cal.positive_above}
    assert v.load_thresholds(path, "vader") == bands["vader"]
    full = v.load_thresholds(path, with_provenance=True)
    assert full["data"] == {"calibration": "synthetic"}
    assert full["analyzers"]["textblob"]["held_out"]["n"] == cals[0].n_held_out
    assert v.load_thresholds(tmp_path / "absent.json")["textblob"] == v.DEFAULT_THRESHOLDS
    with pytest.raises(KeyError):
        v.load_thresholds(path, "flair")
    # the bands feed straight back into validate_sentiment
    r = v.validate_sentiment(df, thresholds=bands)
    assert r.summary["negative_below"].tolist() == [c.negative_below for c in cals]


def test_shipped_thresholds_file_has_provenance():
    full = v.load_thresholds(with_provenance=True)
    assert "train.jsonl" in full["data"]["calibration"]
    assert "devtest_rw" in full["data"]["held_out"]
    for name in ("textblob", "vader"):
        rec = full["analyzers"][name]
        assert rec["negative_below"] <= rec["positive_above"]
        assert rec["held_out"]["n"] == 1037 and 0 < rec["held_out"]["macro_f1"] < 1
        assert np.array(rec["held_out"]["confusion"]).sum() == 1037
        second = rec["also_held_out"]["devtest_mt"]  # a second held-out set, none in train
        assert second["n"] == 427 - second["excluded_also_in_train"]
        assert 0 < second["macro_f1"] < 1
    # the ±0.05 figures stored with the file are the published ones
    table = v.thresholds_table().set_index(["analyzer", "band"])
    assert table.loc[("textblob", "default ±0.05"), "macro_f1"] == pytest.approx(0.41, abs=0.005)
    assert table.loc[("vader", "default ±0.05"), "macro_f1"] == pytest.approx(0.52, abs=0.005)
    assert table.loc[("vader", "calibrated"), "chosen_on"].startswith("NewsMTSC train")
    assert len(table) == 4
    conf = v.reference_confusion("textblob", "default")
    assert list(conf.columns) == ["analyzer", "label", "predicted", "n"] and conf["n"].sum() == 1037
    with pytest.raises(ValueError):
        v.reference_confusion("textblob", "best")


# ---------------------------------------------------------------- NewsMTSC (needs ../shared)

@pytest.fixture(scope="module")
def devtest_rw() -> pd.DataFrame:
    return v.add_scores(v.load_newsmtsc(NEWSMTSC / "devtest_rw.jsonl"))


@needs_shared
def test_newsmtsc_counts(devtest_rw):
    assert len(devtest_rw) == 1037
    assert devtest_rw.attrs["n_read"] == 1067 and devtest_rw.attrs["n_dropped"] == 30
    assert devtest_rw["label"].value_counts().to_dict() == {NEU: 413, NEG: 382, POS: 242}
    assert devtest_rw["id"].is_unique
    train = v.load_newsmtsc(NEWSMTSC / "train.jsonl")
    assert (len(train), train.attrs["n_read"]) == (7357, 7758)


@needs_shared
def test_reproduces_published_lexicon_figures_on_devtest_rw(devtest_rw):
    s = v.validate_sentiment(devtest_rw).summary.set_index("analyzer")
    assert s.loc["textblob", "n"] == 1037
    assert s.loc["textblob", "macro_f1"] == pytest.approx(0.41, abs=0.005)
    assert s.loc["vader", "macro_f1"] == pytest.approx(0.52, abs=0.005)
    ref = v.NEWSMTSC_REFERENCE.set_index("method")["macro_f1"]
    assert ref.iloc[0] == round(s.loc["textblob", "macro_f1"], 2)
    assert ref.iloc[1] == round(s.loc["vader", "macro_f1"], 2)


@needs_shared
def test_shipped_thresholds_reproduce_their_held_out_figures(devtest_rw):
    full = v.load_thresholds(with_provenance=True)
    r = v.validate_sentiment(devtest_rw, thresholds=v.load_thresholds())
    s = r.summary.set_index("analyzer")
    for name in ("textblob", "vader"):
        assert s.loc[name, "macro_f1"] == pytest.approx(
            full["analyzers"][name]["held_out"]["macro_f1"], abs=1e-4)
        stored = v.reference_confusion(name, "calibrated")
        assert stored["n"].tolist() == r.confusion_table(name).to_numpy().ravel().tolist()


@needs_shared
def test_calibration_on_a_split_of_devtest_rw(devtest_rw):
    cal = v.calibrate_thresholds(devtest_rw, "vader", split=0.5, seed=0)
    assert cal.n_calibration + cal.n_held_out == 1037
    assert abs(cal.n_calibration - cal.n_held_out) <= 3
    assert cal.calibration_f1 >= cal.grid["macro_f1"].max() - 1e-12
    assert 0.3 < cal.held_out_f1 < 0.7


# ---------------------------------------------------------------- coding sheet

def invented_quotes() -> pd.DataFrame:
    types = ["official"] * 12 + ["political"] * 6 + ["citizen"] * 2
    texts = ["The plan is a great success.", "The delays are terrible.", "The office opens at nine."]
    return pd.DataFrame({
        "article_id": [f"art{i // 4}" for i in range(20)],
        "quote_id": [f"art{i // 4}-q{i % 4:03d}" for i in range(20)],
        "text": [f"{texts[i % 3]} (statement {i})" for i in range(20)],
        "speaker": [f"Speaker {chr(65 + i)}" for i in range(20)],
        "source_type": types,
    })


def test_sentiment_sheet_is_a_stratified_random_sample(tmp_path):
    quotes = invented_quotes()
    path = tmp_path / "sheet.csv"
    sheet = v.export_sentiment_sheet(quotes, path, n=10, seed=0)
    assert list(sheet.columns) == list(v.SHEET_COLUMNS)
    # proportional: 12/20, 6/20, 2/20 of 10 -> 6, 3, 1
    assert sheet["source_type"].value_counts().to_dict() == {"official": 6, "political": 3,
                                                              "citizen": 1}
    assert sheet["id"].is_unique and set(sheet["id"]) <= set(quotes["quote_id"])
    assert (sheet["manual_label"] == "").all()
    assert set(sheet["textblob_label"]) <= {NEG, NEU, POS}
    on_disk = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert on_disk["id"].tolist() == sheet["id"].tolist()
    again = v.export_sentiment_sheet(quotes, tmp_path / "again.csv", n=10, seed=0)
    assert again["id"].tolist() == sheet["id"].tolist()
    other = v.export_sentiment_sheet(quotes, tmp_path / "other.csv", n=10, seed=1)
    assert other["id"].tolist() != sheet["id"].tolist()
    # a tiny stratum still gets a row, and n larger than the data takes everything
    small = v.export_sentiment_sheet(quotes, tmp_path / "small.csv", n=3, seed=0)
    assert sorted(small["source_type"]) == ["citizen", "official", "political"]
    assert len(v.export_sentiment_sheet(quotes, tmp_path / "all.csv", n=50)) == 20


def test_allocation_keeps_every_stratum_when_n_allows():
    sizes = pd.Series({"big": 100, "small": 1, "tiny": 1})
    assert v._allocate(sizes, 3).to_dict() == {"big": 1, "small": 1, "tiny": 1}
    assert v._allocate(sizes, 10).to_dict() == {"big": 8, "small": 1, "tiny": 1}
    assert v._allocate(sizes, 2).sum() == 2
    assert v._allocate(sizes, 500).to_dict() == sizes.to_dict()


def test_sentiment_sheet_round_trip_into_validation(tmp_path):
    quotes = invented_quotes()
    path = tmp_path / "sheet.csv"
    sheet = v.export_sentiment_sheet(quotes, path, n=10, seed=0)
    truth = {t: lab for t, lab in zip(["great success", "terrible", "opens at nine"],
                                      [POS, NEG, NEU])}
    sheet["manual_label"] = [next(lab for k, lab in truth.items() if k in t) for t in sheet["text"]]
    sheet.loc[0, "manual_label"] = sheet.loc[0, "manual_label"].upper()
    sheet.loc[1, "manual_label"] = ""  # not coded yet
    sheet.to_csv(path, index=False)
    labelled = v.read_sentiment_sheet(path)
    assert len(labelled) == 9 and labelled.attrs["n_blank"] == 1
    # load_labelled (what the notebook's LABELLED parameter uses) recognises a coded sheet
    via_loader = v.load_labelled(path)
    assert via_loader["id"].tolist() == labelled["id"].tolist()
    assert via_loader["label"].tolist() == labelled["label"].tolist()
    assert list(labelled.columns[:3]) == ["id", "text", "label"]
    assert "source_type" in labelled.columns
    r = v.validate_sentiment(labelled)
    assert r.summary.loc[0, "n"] == 9
    with pytest.raises(ValueError, match="row 3"):
        v.read_sentiment_sheet(path, allow_blank=False)


def test_sentiment_sheet_errors_name_the_row(tmp_path):
    path = tmp_path / "sheet.csv"
    sheet = v.export_sentiment_sheet(invented_quotes(), path, n=5, seed=0)
    sheet["manual_label"] = [POS, NEG, "postive", NEU, POS]
    sheet.to_csv(path, index=False)
    with pytest.raises(ValueError, match=rf"row 4 \(id '{sheet.loc[2, 'id']}'\).*'postive'"):
        v.read_sentiment_sheet(path)
    with pytest.raises(ValueError, match="row 4"):
        v.load_labelled(path)
    sheet.drop(columns=["manual_label"]).to_csv(path, index=False)
    with pytest.raises(ValueError, match="missing column.*manual_label"):
        v.read_sentiment_sheet(path)
    sheet.assign(manual_label="").to_csv(path, index=False)
    with pytest.raises(ValueError, match="no row has a manual_label"):
        v.read_sentiment_sheet(path)


def test_newsmtsc_reference_names_its_sources():
    ref = v.NEWSMTSC_REFERENCE
    assert ref["macro_f1"].tolist() == [0.41, 0.52, 0.83]
    assert ref["source"].str.len().gt(10).all()
    assert "EACL 2021" in ref["source"].iloc[2]
