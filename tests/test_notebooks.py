"""The notebooks: committed clean, executed headless on the seed and on Wikinews, and the numbers
of the figures they write checked (not just that the cells ran)."""
from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis.report import list_notebooks, run_notebooks
from conftest import SEED_PATH, WIKINEWS_DIR, needs_shared

NOTEBOOKS = ["01_corpus_overview", "02_quote_sources", "03_sentiment", "04_framing"]
FIGURES = [
    "01_articles_over_time", "01_articles_by_outlet", "01_article_length",
    "01_quotes_per_article", "01_quoted_share",
    "02_top_speakers", "02_share_of_voice", "02_official_political_by_article",
    "02_official_political_by_outlet", "02_party_balance", "02_named_unnamed",
    "02_speaker_article_matrix",
    "03_sentiment_by_type", "03_sentiment_by_speaker", "03_voice_vs_narration",
    "03_sentiment_distributions", "03_textblob_vs_vader", "03_validation_confusion",
    "03_validation_reference",
    "04_frame_profiles", "04_frame_contrast", "04_frame_terms", "04_frames_over_time",
]

_RUNS: dict[str, tuple[Path, pd.DataFrame]] = {}


def notebook_run(corpus: str, factory) -> tuple[Path, pd.DataFrame]:
    """Run every notebook once per test session on ``corpus`` ("seed" or "wikinews")."""
    if corpus not in _RUNS:
        data = SEED_PATH.parent if corpus == "seed" else WIKINEWS_DIR
        out = factory.mktemp(f"report_{corpus}")
        summary = run_notebooks(data, out=out, raise_on_error=False)
        _RUNS[corpus] = (out, summary)
    return _RUNS[corpus]


def _csv(out: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(out / "figures" / f"{name}.csv")


def _assert_all_ran(out: Path, summary: pd.DataFrame) -> None:
    failed = summary[summary["status"] != "ok"]
    assert failed.empty, "notebooks failed:\n" + failed[["notebook", "error"]].to_string()
    assert summary["notebook"].tolist() == NOTEBOOKS
    for name in NOTEBOOKS:
        assert (out / f"{name}.ipynb").is_file() and (out / f"{name}.html").is_file(), name
        nb = nbformat.read(out / f"{name}.ipynb", as_version=4)
        errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
                  if o.get("output_type") == "error"]
        assert not errors, f"{name}: {errors[0].get('ename')}"
        injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
        assert injected and "DATA = " in injected[0].source, name
    for fig in FIGURES:
        for ext in ("png", "svg", "pdf", "csv"):
            path = out / "figures" / f"{fig}.{ext}"
            assert path.is_file() and path.stat().st_size > 0, path.name
    assert len(FIGURES) >= 12


# --------------------------------------------------------------------------- committed notebooks
def test_committed_notebooks_are_clean_and_thin():
    paths = list_notebooks()
    assert [p.stem for p in paths] == NOTEBOOKS
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert all(not c.outputs and c.execution_count is None for c in code), path.name
        params = [c for c in code if "parameters" in c.metadata.get("tags", [])]
        assert len(params) == 1, f"{path.name}: one cell tagged 'parameters'"
        for name in ("DATA", "OUT", "OUTLETS", "DATE_FROM", "DATE_TO"):
            assert f"{name} = " in params[0].source, f"{path.name}: parameter {name}"
        first, last = nb.cells[0], nb.cells[-1]
        assert first.cell_type == "markdown" and "**Question.**" in first.source
        assert "**Method.**" in first.source
        assert last.cell_type == "markdown" and "Caveats" in last.source
        assert "score_quotes" in last.source or "evaluation" in last.source
        assert "coding" in last.source  # points to the manual-coding round trip
        for cell in code:  # notebooks stay thin: no parsing rules or helpers in cells
            assert "def " not in cell.source and "import re" not in cell.source, path.name
        saves = sum(c.source.count("nb.save(") for c in code)
        charts_md = [c for c in nb.cells if c.cell_type == "markdown"]
        assert saves and len(charts_md) >= saves, f"{path.name}: a sentence per chart"
    validation = nbformat.read(paths[2], as_version=4)
    assert "LABELLED = " in [c for c in validation.cells
                             if "parameters" in c.metadata.get("tags", [])][0].source


# --------------------------------------------------------------------------- the seed
@pytest.mark.slow
def test_notebooks_on_the_seed(tmp_path_factory):
    out, summary = notebook_run("seed", tmp_path_factory)
    _assert_all_ran(out, summary)

    length = _csv(out, "01_article_length")
    assert len(length) == 1 and length["n_words"].iloc[0] > 300
    per_article = _csv(out, "01_quotes_per_article")
    assert per_article["n_quotes"].iloc[0] >= 8
    share = _csv(out, "01_quoted_share")
    assert 20 < share["pct_quoted"].iloc[0] < 80  # a quote-heavy article

    top = _csv(out, "02_top_speakers").sort_values("n_quotes", ascending=False)
    assert "Stavridis" in top["speaker"].iloc[0]
    assert top["n_quotes"].iloc[0] > top["n_quotes"].iloc[1]
    assert top["source_type"].iloc[0] == "former_official"
    voice = _csv(out, "02_share_of_voice").set_index("source_type")
    assert voice.loc["official", "n_quotes"] >= 1 and voice.loc["political", "n_quotes"] >= 1
    assert voice["pct_quotes"].sum() == pytest.approx(100, abs=1e-3)
    assert voice["n_quotes"].sum() == per_article["n_quotes"].sum()
    both = _csv(out, "02_official_political_by_article")
    assert both["official"].iloc[0] >= 1 and both["political"].iloc[0] >= 1
    # Sean Spicer, pinned as a Republican in the shipped registry, is the only speaker with a party
    parties = _csv(out, "02_party_balance")
    assert parties[["party", "n_quotes", "n_speakers", "political"]].values.tolist() == [
        ["Republican", 2, 1, 2]]

    tone = _csv(out, "03_sentiment_by_type")
    assert {"official", "political"} <= set(tone["source_type"])
    assert (tone["ci_low"] <= tone["mean"] + 1e-9).all()
    assert (tone["mean"] <= tone["ci_high"] + 1e-9).all()
    assert tone.loc[tone.measure == "polarity", "mean"].between(-1, 1).all()
    assert set(_csv(out, "03_voice_vs_narration")["voice"]) == {"quoted", "narration"}
    ref = _csv(out, "03_validation_reference").set_index("analyzer")["value"]
    assert ref.filter(like="TextBlob").iloc[0] == pytest.approx(0.41)
    assert ref.filter(like="VADER").iloc[0] == pytest.approx(0.52)
    # no labelled sample given: the NewsMTSC held-out confusion is shown instead
    confusion = _csv(out, "03_validation_confusion")
    assert confusion.groupby("analyzer")["n"].sum().min() > 1000

    contrast = _csv(out, "04_frame_contrast").set_index("frame")
    assert set(contrast["group_a"]) == {"official"} and set(contrast["group_b"]) == {"political"}
    assert contrast.loc["partisan_blame", "mean_b"] > contrast.loc["partisan_blame", "mean_a"]
    profiles = _csv(out, "04_frame_profiles")
    stav = profiles[(profiles.source_type == "former_official")].set_index("frame")
    assert stav.loc["escalation_risk", "mean_per_100_words"] > 0
    terms = _csv(out, "04_frame_terms")
    assert (terms["count"] > 0).all() and terms["term"].notna().all()
    assert _csv(out, "04_frames_over_time").empty  # one article: no trend to draw

    executed = nbformat.read(out / "03_sentiment.ipynb", as_version=4)
    text = json.dumps([c.get("outputs", []) for c in executed.cells])
    assert "No labelled sample was given" in text


@pytest.mark.slow
def test_sentiment_notebook_validates_a_labelled_sample(tmp_path):
    labelled = tmp_path / "coded_quotes.csv"
    pd.DataFrame({
        "text": ["This is a wonderful, generous decision.", "A terrible, shameful failure.",
                 "The committee meets on Tuesday.", "We are deeply grateful for the help.",
                 "The attack was brutal and horrific.", "The report has 40 pages."],
        "label": ["positive", "negative", "neutral", "positive", "negative", "neutral"],
    }).to_csv(labelled, index=False)
    summary = run_notebooks(None, out=tmp_path / "out", notebooks=["03_sentiment"],
                            parameters={"LABELLED": str(labelled)}, html=False)
    assert summary["status"].tolist() == ["ok"]
    confusion = pd.read_csv(tmp_path / "out" / "figures" / "03_validation_confusion.csv")
    assert confusion.groupby("analyzer")["n"].sum().to_dict() == {"textblob": 6, "vader": 6}
    executed = nbformat.read(tmp_path / "out" / "03_sentiment.ipynb", as_version=4)
    text = json.dumps([c.get("outputs", []) for c in executed.cells])
    assert "macro_f1" in text and "No labelled sample was given" not in text


@pytest.mark.slow
def test_filters_that_leave_no_articles_give_empty_states_not_errors(tmp_path):
    out = tmp_path / "out"
    summary = run_notebooks(None, out=out, parameters={"OUTLETS": ["No Such Outlet"]},
                            html=False)
    assert (summary["status"] == "ok").all()
    for fig in FIGURES:
        data = pd.read_csv(out / "figures" / f"{fig}.csv")
        if fig.startswith("03_validation"):  # reference figures do not depend on the corpus
            assert len(data) > 0
        else:
            assert data.empty, fig
        assert (out / "figures" / f"{fig}.svg").stat().st_size > 0
    executed = nbformat.read(out / "02_quote_sources.ipynb", as_version=4)
    described = json.dumps(executed.cells[3].outputs)  # after the injected parameters
    assert "No Such Outlet" in described


def test_failures_are_reported_by_notebook_name(tmp_path):
    from analysis.report import NotebookFailure
    with pytest.raises(NotebookFailure) as err:
        run_notebooks(tmp_path / "no_such_corpus", out=tmp_path / "out",
                      notebooks=["01_corpus_overview"], html=False)
    assert "01_corpus_overview" in str(err.value)
    assert list(err.value.failures) == ["01_corpus_overview"]


# --------------------------------------------------------------------------- Wikinews
@needs_shared
@pytest.mark.slow
def test_notebooks_on_wikinews(tmp_path_factory):
    out, summary = notebook_run("wikinews", tmp_path_factory)
    _assert_all_ran(out, summary)
    assert len(_csv(out, "01_article_length")) == 295
    per_article = _csv(out, "01_quotes_per_article")
    assert len(per_article) == 295 and per_article["n_quotes"].sum() > 500
    over_time = _csv(out, "01_articles_over_time")
    assert over_time["n_articles"].sum() <= 295 and over_time["n_articles"].sum() > 250
    assert set(over_time["freq"]) == {"month"}
    voice = _csv(out, "02_share_of_voice").set_index("source_type")
    assert voice.loc["official", "n_quotes"] > 50 and voice.loc["political", "n_quotes"] > 10
    assert voice["n_quotes"].sum() == per_article["n_quotes"].sum()
    top = _csv(out, "02_top_speakers")
    assert len(top) == 15
    matrix = _csv(out, "02_speaker_article_matrix")
    assert matrix["article_id"].str.startswith("wikinews_").all()
    tone = _csv(out, "03_sentiment_by_type").set_index(["source_type", "measure"])
    n_off = tone.loc[("official", "polarity"), "n"]
    # the same quotes (less any without a score); each notebook runs the pipeline itself
    assert abs(n_off - voice.loc["official", "n_quotes"]) <= 0.02 * n_off
    assert (tone["ci_high"] - tone["ci_low"]).loc[("official", "polarity")] < 0.2
    contrast = _csv(out, "04_frame_contrast")
    assert len(contrast) >= 11 and (contrast["n_a"] > 50).all() and (contrast["n_b"] > 10).all()
    trend = _csv(out, "04_frames_over_time")
    assert trend["period"].nunique() >= 12 and trend["pct_articles"].between(0, 100).all()


def test_kernel_is_this_interpreter_whatever_kernelspecs_exist():
    import sys

    from analysis.report import _interpreter_kernel_manager
    manager = _interpreter_kernel_manager()(kernel_name="some-conda-env-that-does-not-exist")
    spec = manager.kernel_spec
    assert spec.argv[0] == sys.executable and spec.argv[1:3] == ["-m", "ipykernel_launcher"]
    assert spec.env["PYTHONHASHSEED"] == "0"
