"""The parquet cache: exact round trips, content keys, and which edit invalidates which stage."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis import cache, config
from analysis import pipeline


def _table() -> pd.DataFrame:
    return pd.DataFrame({
        "article_id": pd.Series(["a", "b", "c"], dtype="str"),
        "n": pd.Series([1, 2, 3], dtype="int64"),
        "named": [True, False, True],
        "polarity": [0.5, float("nan"), -0.25],
        "published": pd.to_datetime(["2020-01-02 03:04:05", None, "2021-12-31 00:00:00"]).astype("datetime64[ns]"),
        "source_type": pd.Categorical(["official", "political", "official"],
                                      categories=["official", "political", "expert", "unknown"]),
    })


def test_write_read_tables_is_exact(tmp_path):
    df = _table()
    empty = df.iloc[:0]
    cache.write_tables(tmp_path, {"full": df, "empty": empty})
    back = cache.read_tables(tmp_path)
    pd.testing.assert_frame_equal(back["full"], df, check_exact=True)
    pd.testing.assert_frame_equal(back["empty"], empty.reset_index(drop=True), check_exact=True)
    # unused and absent categories survive, in order, even for an empty table
    assert list(back["empty"]["source_type"].cat.categories) == ["official", "political", "expert", "unknown"]


def test_attrs_holding_a_frame_do_not_break_writing(tmp_path):
    df = _table()
    df.attrs["load_report"] = pd.DataFrame({"path": ["x"], "reason": ["empty"]})
    cache.write_tables(tmp_path, {"t": df})
    assert cache.read_tables(tmp_path)["t"].shape == df.shape
    assert "load_report" in df.attrs  # the caller's frame is not modified


def test_result_cache_get_put_and_miss(tmp_path):
    store = cache.ResultCache(tmp_path)
    assert store.get("core", "k1") is None
    store.put("core", "k1", {"t": _table()})
    pd.testing.assert_frame_equal(store.get("core", "k1")["t"], _table())
    assert store.get("core", "k2") is None
    store.put("core", "k1", {"t": _table().head(1)})  # overwrite in place
    assert len(store.get("core", "k1")["t"]) == 1


def test_damaged_entry_is_a_miss_not_an_error(tmp_path):
    store = cache.ResultCache(tmp_path)
    store.put("core", "k", {"t": _table()})
    (store.path("core", "k") / "t.parquet").write_bytes(b"not parquet")
    assert store.get("core", "k") is None


def test_frame_digest_sees_values_order_and_dtypes():
    df = _table()
    assert cache.frame_digest(df) == cache.frame_digest(df.copy())
    changed = df.copy()
    changed.loc[1, "n"] = 99
    assert cache.frame_digest(changed) != cache.frame_digest(df)
    assert cache.frame_digest(df.iloc[::-1]) != cache.frame_digest(df)
    assert cache.frame_digest(df.astype({"n": "float64"})) != cache.frame_digest(df)


def test_source_digest_follows_file_content(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "one.txt").write_text("Headline\n\nBody one.", encoding="utf-8")
    (folder / "two.txt").write_text("Headline\n\nBody two.", encoding="utf-8")
    first = cache.source_digest(folder)
    assert cache.source_digest(str(folder)) == first
    assert cache.source_digest([folder / "one.txt", folder / "two.txt"]) == first  # same files
    (folder / "two.txt").write_text("Headline\n\nBody two, edited.", encoding="utf-8")
    assert cache.source_digest(folder) != first
    assert len(cache.expand_source_files(str(folder / "*.txt"))) == 2


def test_list_of_files_digest_equals_folder_of_same_files(tmp_path):
    (tmp_path / "a.txt").write_text("A\n\nx.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("B\n\ny.", encoding="utf-8")
    assert cache.expand_source_files(tmp_path) == cache.expand_source_files(
        [tmp_path / "a.txt", tmp_path / "b.txt"])


def test_code_version_changes_with_a_pipeline_module_not_with_charts(tmp_path, monkeypatch):
    pkg = tmp_path / "analysis"
    (pkg / "data").mkdir(parents=True)
    (pkg / "quotes.py").write_text("X = 1\n")
    (pkg / "plotting.py").write_text("Y = 1\n")
    monkeypatch.setattr(config, "PACKAGE_DIR", pkg)
    monkeypatch.setattr(config, "PACKAGE_DATA", pkg / "data")
    before = cache.code_version()
    (pkg / "plotting.py").write_text("Y = 2\n")
    assert cache.code_version() == before
    (pkg / "quotes.py").write_text("X = 2\n")
    assert cache.code_version() != before


def test_data_version_excludes_codebook_and_registry_files(tmp_path, monkeypatch):
    pkg = tmp_path / "analysis"
    data = pkg / "data"
    data.mkdir(parents=True)
    (data / "speech_verbs.txt").write_text("said\n")
    (data / "frame_codebook.yaml").write_text("conflict: [war]\n")
    (data / "newsroom.mplstyle").write_text("font.size: 9\n")
    monkeypatch.setattr(config, "PACKAGE_DIR", pkg)
    monkeypatch.setattr(config, "PACKAGE_DATA", data)
    base = cache.data_version()
    frames_before = pipeline.codebook_digest(None)
    (data / "frame_codebook.yaml").write_text("conflict: [war, clash]\n")
    (data / "newsroom.mplstyle").write_text("font.size: 10\n")
    assert cache.data_version() == base                 # quotes/sentiment stay cached
    assert pipeline.codebook_digest(None) != frames_before  # frame scores recomputed
    (data / "speech_verbs.txt").write_text("said\nwarned\n")
    assert cache.data_version() != base


def test_registry_edit_changes_only_the_types_key(tmp_path, monkeypatch):
    registry = tmp_path / "sources.csv"
    registry.write_text("name,source_type\nJana Novak,official\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Headline\n\nBody.", encoding="utf-8")
    monkeypatch.setattr(config, "REGISTRY_PATH", registry)
    before = pipeline.cache_keys(tmp_path / "a.txt")
    registry.write_text("name,source_type\nJana Novak,political\n", encoding="utf-8")
    after = pipeline.cache_keys(tmp_path / "a.txt")
    assert after["core"] == before["core"]
    assert after["frames"] == before["frames"]
    assert after["types"] != before["types"]
    # an explicit registry file is keyed by its content too
    other = tmp_path / "other.csv"
    other.write_text("name,source_type\nJana Novak,expert\n", encoding="utf-8")
    assert pipeline.cache_keys(tmp_path / "a.txt", registry=other)["types"] != after["types"]


@pytest.mark.parametrize("codebook", [{"conflict": ["war"]}, pd.DataFrame({"frame": ["conflict"], "term": ["war"]})])
def test_codebook_objects_change_only_the_frames_key(tmp_path, codebook):
    (tmp_path / "a.txt").write_text("Headline\n\nBody.", encoding="utf-8")
    base = pipeline.cache_keys(tmp_path / "a.txt")
    custom = pipeline.cache_keys(tmp_path / "a.txt", codebook=codebook)
    assert custom["core"] == base["core"] and custom["types"] == base["types"]
    assert custom["frames"] != base["frames"]


@pytest.mark.parametrize("option", ["sentence_vader", "single_mark_bodies"])
def test_each_map_option_is_part_of_the_core_key(tmp_path, option):
    (tmp_path / "a.txt").write_text("Title\n\nBody text.", encoding="utf-8")
    base = pipeline.cache_keys(tmp_path / "a.txt")
    with_option = pipeline.cache_keys(tmp_path / "a.txt", **{option: True})
    assert base == pipeline.cache_keys(tmp_path / "a.txt", **{option: False})
    assert all(base[k] != with_option[k] for k in ("core", "frames", "types"))
