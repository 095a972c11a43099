"""analyze(): one call for every table; same rows on one or two processes; exact parquet round
trip; the cache returns the same frames and an edited registry or codebook recomputes only its
stage. (pandas vs two processes vs Dask on Wikinews: tests/test_dask.py.)"""
from __future__ import annotations

import shutil
import time

import pandas as pd
import pytest

from analysis import config, pipeline
from analysis.loading import load_articles
from conftest import FIXTURES, SEED_PATH, assert_same_analysis

MAP_FREE = "the map step ran although every stage was cached"


@pytest.fixture(scope="module")
def small_corpus() -> pd.DataFrame:
    """The seed plus the loader's fixture articles (invented names): several formats, 6+ articles."""
    return load_articles([SEED_PATH, FIXTURES / "articles"])


@pytest.fixture(scope="module")
def seed_result() -> pipeline.Analysis:
    return pipeline.analyze(SEED_PATH, use_cache=False, progress=False)


def test_seed_tables_have_the_contract_columns(seed_result):
    r = seed_result
    assert len(r.articles) == 1 and r.articles["article_id"].tolist() == ["000_f5bbda2bcbac8a2c"]
    assert {"article_id", "paragraph", "sentence", "start", "end", "text",
            "polarity", "subjectivity"} <= set(r.segments.columns)
    assert "vader_compound" not in r.segments.columns  # sentence VADER is opt-in
    assert {"quote_id", "speaker", "kind", "source_type", "type_reason", "polarity",
            "subjectivity", "vader_compound"} <= set(r.quotes.columns)
    assert isinstance(r.quotes["source_type"].dtype, pd.CategoricalDtype)
    assert len(r.quotes) >= 5
    assert {"frame", "hits", "per_100_words", "terms"} <= set(r.frames.columns)
    assert set(r.frames["quote_id"]) == set(r.quotes["quote_id"])
    assert set(r.article_frames["article_id"]) == {"000_f5bbda2bcbac8a2c"}
    assert r.paragraph_frames["paragraph"].nunique() == r.segments["paragraph"].nunique()
    assert "speaker" in r.sources.columns and len(r.sources) >= 3
    assert r.articles.attrs["load_report"] is r.load_report


def test_quotes_match_extract_quotes_and_sentiment_is_textblob(seed_result):
    from textblob import TextBlob

    from analysis.quotes import extract_quotes
    direct = extract_quotes(load_articles(SEED_PATH))
    got = seed_result.quotes[direct.columns]
    pd.testing.assert_frame_equal(got, direct.reset_index(drop=True), check_exact=True)
    for text, pol, subj in seed_result.quotes[["text", "polarity", "subjectivity"]].itertuples(index=False):
        assert (pol, subj) == tuple(TextBlob(text).sentiment)


def test_seed_frames_name_their_terms(seed_result):
    hits = seed_result.frames[seed_result.frames["hits"] > 0]
    assert len(hits) > 0
    assert (hits["terms"].str.len() > 0).all()


def test_process_partition_does_not_depend_on_the_split(small_corpus):
    whole = pipeline.process_partition(small_corpus)
    halves = [pipeline.process_partition(part) for part in pipeline.split_articles(small_corpus, 3)]
    meta = pipeline.output_meta()
    pos = pipeline._article_positions(small_corpus)
    for name in pipeline.MAP_TABLES:
        joined = pipeline._concat([h[name] for h in halves], meta[name], pos)
        pd.testing.assert_frame_equal(joined, pipeline._conform(whole[name], meta[name], pos),
                                      check_exact=True, obj=name)


def test_split_articles_keeps_order_and_covers_everything(small_corpus):
    for n in (1, 2, 3, 50):
        parts = pipeline.split_articles(small_corpus, n)
        assert pd.concat(parts)["article_id"].tolist() == small_corpus["article_id"].tolist()
        assert len(parts) == min(n, len(small_corpus))


def test_tapered_chunks_keep_order_shrink_and_stay_bounded():
    # invented texts of varied length: 400 articles of 200-2,000 characters
    texts = ["word " * (40 + (i * 37) % 360) for i in range(400)]
    df = pd.DataFrame({"article_id": [f"t{i:03d}" for i in range(400)], "text": texts})
    mean = df["text"].str.len().mean()
    for workers in (2, 3, 8):
        parts = pipeline.taper_articles(df, workers, most=60, least=10)
        assert pd.concat(parts)["article_id"].tolist() == df["article_id"].tolist()
        chars = [p["text"].str.len().sum() for p in parts]
        # no chunk holds more than `most` articles' worth of text plus one article
        assert max(chars) <= 60 * mean + df["text"].str.len().max()
        # the tail is made of small chunks (about `least` articles' worth), smaller than the first
        small = 10 * mean + df["text"].str.len().max()
        assert all(c <= small for c in chars[-3:]) and chars[0] > small
    assert pipeline.taper_articles(df.iloc[:0], 2)[0].empty
    # a corpus smaller than the least chunk is one chunk (analyze then runs it in-process)
    assert [len(p) for p in pipeline.taper_articles(df.iloc[:3], 2)] == [3]


def test_two_processes_give_identical_tables(small_corpus):
    one = pipeline.analyze(small_corpus, use_cache=False, progress=False)
    two = pipeline.analyze(small_corpus, use_cache=False, progress=False, workers=2, chunk_size=1)
    assert len(one.quotes) > 5
    assert_same_analysis(one, two)


def test_parquet_round_trip_is_exact(seed_result, tmp_path):
    seed_result.to_parquet(tmp_path / "out")
    back = pipeline.Analysis.from_parquet(tmp_path / "out")
    assert_same_analysis(seed_result, back)
    from analysis.source_types import SOURCE_TYPES
    assert list(back.quotes["source_type"].cat.categories) == list(SOURCE_TYPES)
    assert back.articles.attrs["load_report"].columns.tolist() == ["path", "reason"]


def test_round_trip_keeps_empty_tables_typed(tmp_path):
    empty_corpus = pd.DataFrame({"article_id": ["x-000"], "title": ["Weather"], "subtitle": [""],
                                 "text": ["Rain is expected on Tuesday in the valley."]})
    result = pipeline.analyze(empty_corpus, use_cache=False, progress=False)
    assert len(result.quotes) == 0
    result.to_parquet(tmp_path / "e")
    back = pipeline.Analysis.from_parquet(tmp_path / "e")
    assert_same_analysis(result, back)
    assert isinstance(back.quotes["source_type"].dtype, pd.CategoricalDtype)


def _forbid_map(monkeypatch):
    def boom(*args, **kwargs):
        raise AssertionError(MAP_FREE)
    monkeypatch.setattr(pipeline, "process_partition", boom)
    monkeypatch.setattr(pipeline, "quote_partition", boom)


def test_cache_hit_returns_equal_frames_without_recomputing(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED_PATH, corpus)
    t0 = time.perf_counter()
    first = pipeline.analyze(corpus, cache_dir=tmp_path / "cache", progress=False)
    cold = time.perf_counter() - t0
    with monkeypatch.context() as m:
        _forbid_map(m)
        t0 = time.perf_counter()
        again = pipeline.analyze(corpus, cache_dir=tmp_path / "cache", progress=False)
        warm = time.perf_counter() - t0
    assert_same_analysis(first, again)
    assert warm < cold
    # editing the input is a miss: the text changed, so the result must be recomputed
    text = (corpus / SEED_PATH.name).read_text(encoding="utf-8")
    (corpus / SEED_PATH.name).write_text(text.replace("Top Russian military officials",
                                                      "Senior Russian military officials"), encoding="utf-8")
    edited = pipeline.analyze(corpus, cache_dir=tmp_path / "cache", progress=False)
    assert "Senior Russian military officials" in edited.articles["text"].iloc[0]



def test_sentence_vader_option_adds_vader_to_sentences_and_has_its_own_cache_entry(tmp_path, seed_result):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    with_v = pipeline.analyze(SEED_PATH, cache_dir=tmp_path / "cache", progress=False,
                              sentence_vader=True)
    vader = SentimentIntensityAnalyzer()
    assert with_v.segments["vader_compound"].tolist() == [
        vader.polarity_scores(t)["compound"] for t in with_v.segments["text"]]
    pd.testing.assert_frame_equal(with_v.segments.drop(columns=["vader_compound"]),
                                  seed_result.segments, check_exact=True)
    for name in ("quotes", "sources", "frames", "paragraph_frames", "article_frames"):
        pd.testing.assert_frame_equal(getattr(with_v, name), getattr(seed_result, name),
                                      check_exact=True, obj=name)
    # the default run must not be served the sentence-VADER entry, and vice versa
    default = pipeline.analyze(SEED_PATH, cache_dir=tmp_path / "cache", progress=False)
    assert "vader_compound" not in default.segments.columns
    again = pipeline.analyze(SEED_PATH, cache_dir=tmp_path / "cache", progress=False,
                             sentence_vader=True)
    assert "vader_compound" in again.segments.columns
    assert_same_analysis(with_v, again)

def test_use_cache_false_writes_nothing(tmp_path):
    pipeline.analyze(SEED_PATH, cache_dir=tmp_path / "cache", use_cache=False, progress=False)
    assert not (tmp_path / "cache").exists()


def test_registry_edit_retypes_without_rerunning_the_map(tmp_path, monkeypatch):
    registry = tmp_path / "sources.csv"
    shutil.copy(config.REGISTRY_PATH, registry)
    cache_dir = tmp_path / "cache"
    before = pipeline.analyze(SEED_PATH, registry=registry, cache_dir=cache_dir, progress=False)
    kirby = before.quotes["speaker"].str.contains("Kirby")
    assert kirby.any()
    assert set(before.quotes.loc[kirby, "source_type"]) == {"official"}

    reg = pd.read_csv(registry, dtype=str, keep_default_na=False)
    reg.loc[reg["name"] == "John Kirby", "source_type"] = "political"
    reg.to_csv(registry, index=False)
    with monkeypatch.context() as m:
        _forbid_map(m)
        after = pipeline.analyze(SEED_PATH, registry=registry, cache_dir=cache_dir, progress=False)
    assert set(after.quotes.loc[kirby, "source_type"]) == {"political"}
    assert set(after.quotes.loc[kirby, "type_reason"]) == {"registry"}
    assert after.sources.loc[after.sources["speaker"].str.contains("Kirby"), "source_type"].eq("political").all()
    pd.testing.assert_frame_equal(after.segments, before.segments)  # untouched stages come from cache
    fresh = pipeline.analyze(SEED_PATH, registry=registry, use_cache=False, progress=False)
    assert_same_analysis(after, fresh)


def test_codebook_edit_rescores_frames_only(tmp_path, monkeypatch):
    from analysis.framing import DEFAULT_CODEBOOK_PATH
    codebook = tmp_path / "frames.yaml"
    shutil.copy(DEFAULT_CODEBOOK_PATH, codebook)
    cache_dir = tmp_path / "cache"
    before = pipeline.analyze(SEED_PATH, codebook=codebook, cache_dir=cache_dir, progress=False)

    import yaml
    data = yaml.safe_load(codebook.read_text(encoding="utf-8"))
    frames_list = data["frames"] if isinstance(data, dict) else data
    frames_list[0]["indicators"] = list(frames_list[0]["indicators"]) + ["officials"]
    codebook.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with monkeypatch.context() as m:
        _forbid_map(m)
        after = pipeline.analyze(SEED_PATH, codebook=codebook, cache_dir=cache_dir, progress=False)
    first = frames_list[0]["name"]
    assert after.article_frames.loc[after.article_frames["frame"] == first, "hits"].sum() > \
        before.article_frames.loc[before.article_frames["frame"] == first, "hits"].sum()
    pd.testing.assert_frame_equal(after.quotes, before.quotes)
    fresh = pipeline.analyze(SEED_PATH, codebook=codebook, use_cache=False, progress=False)
    assert_same_analysis(after, fresh)


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError, match="engine"):
        pipeline.analyze(SEED_PATH, engine="spark", use_cache=False, progress=False)
    with pytest.raises(ValueError, match="workers"):
        pipeline.analyze(SEED_PATH, workers=0, use_cache=False, progress=False)
    with pytest.raises(ValueError, match="article_id"):
        pipeline.analyze(pd.DataFrame({"text": ["x"]}), use_cache=False, progress=False)


def test_library_prints_nothing(capsys):
    pipeline.analyze(SEED_PATH, use_cache=False, progress=False)
    out = capsys.readouterr()
    assert out.out == "" and out.err == ""


def test_progress_bar_counts_articles(small_corpus, capsys):
    pipeline.analyze(small_corpus, use_cache=False, progress=True, chunk_size=2)
    err = capsys.readouterr().err
    n = len(small_corpus)
    assert f"{n}/{n}" in err and "article" in err


def test_cli_analyze_and_quotes(tmp_path, capsys):
    from analysis.__main__ import main
    assert main(["analyze", str(SEED_PATH), "-o", str(tmp_path / "res"), "--no-cache",
                 "--no-progress"]) == 0
    back = pipeline.Analysis.from_parquet(tmp_path / "res")
    assert len(back.quotes) >= 5
    assert main(["quotes", str(SEED_PATH), "-o", str(tmp_path / "q.csv")]) == 0
    csv = pd.read_csv(tmp_path / "q.csv")
    assert csv["quote_id"].tolist() == back.quotes["quote_id"].tolist()
    assert "quotes" in capsys.readouterr().out
    # British house style on request, in both commands
    uk = tmp_path / "uk.txt"
    uk.write_text("Fares rise\n\nNadia Prum, a nurse, said: 'We cannot pay more.'\n", encoding="utf-8")
    assert main(["quotes", str(uk), "-o", str(tmp_path / "uk0.csv")]) == 0
    assert pd.read_csv(tmp_path / "uk0.csv").empty
    assert main(["quotes", str(uk), "-o", str(tmp_path / "uk.csv"), "--single-mark-bodies"]) == 0
    assert pd.read_csv(tmp_path / "uk.csv")["text"].tolist() == ["We cannot pay more."]
    assert main(["analyze", str(uk), "-o", str(tmp_path / "ukres"), "--no-cache", "--no-progress",
                 "--single-mark-bodies"]) == 0
    assert pipeline.Analysis.from_parquet(tmp_path / "ukres").quotes["text"].tolist() == ["We cannot pay more."]


def test_cli_report_hands_data_and_out_to_run_notebooks(tmp_path, monkeypatch, capsys):
    import analysis.report
    from analysis.__main__ import main
    calls = []
    monkeypatch.setattr(analysis.report, "run_notebooks", lambda data, out: calls.append((data, out)))
    assert main(["report", str(SEED_PATH), "--out", str(tmp_path / "rep")]) == 0
    assert calls == [(str(SEED_PATH), str(tmp_path / "rep"))]
    assert "report written" in capsys.readouterr().out


def test_fewer_gc_passes_restores_the_collector_also_across_threads_and_nesting():
    import gc
    import threading

    from analysis.pipeline import fewer_gc_passes

    before = gc.get_threshold()
    seen = []

    def work():
        with fewer_gc_passes():
            seen.append(gc.get_threshold()[0])
            with fewer_gc_passes():
                seen.append(gc.get_threshold()[0])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(v >= 50_000 for v in seen) and len(seen) == 8
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    gc.disable()
    try:
        with fewer_gc_passes():
            assert not gc.isenabled() and gc.get_threshold() == before
    finally:
        gc.enable()


def test_analyze_leaves_the_garbage_collector_as_it_found_it():
    import gc

    import analysis
    from conftest import SEED_PATH

    before = gc.get_threshold()
    analysis.analyze(SEED_PATH, use_cache=False, progress=False)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
