"""engine="dask": the same per-article function through dask.dataframe map_partitions gives the
same rows, in the same order, as the pandas path; against a distributed LocalCluster (one per
module: starting it costs a few seconds)."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis import pipeline
from analysis.loading import load_articles
from conftest import FIXTURES, SEED_PATH, WIKINEWS_DIR, assert_same_analysis, needs_shared

distributed = pytest.importorskip("distributed")
dd = pytest.importorskip("dask.dataframe")


@pytest.fixture(scope="module")
def client():
    # worker processes (not threads): the steps are pure Python, and this is how a real
    # cluster runs them (arguments and results pickled between processes)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=40) as cluster, \
            distributed.Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def small_corpus() -> pd.DataFrame:
    return load_articles([SEED_PATH, FIXTURES / "articles"])


def test_dask_equals_pandas_on_seed_and_fixtures(client, small_corpus):
    expected = pipeline.analyze(small_corpus, use_cache=False, progress=False)
    got = pipeline.analyze(small_corpus, engine="dask", scheduler=client, npartitions=3,
                           use_cache=False, progress=False)
    assert len(expected.quotes) > 5
    assert_same_analysis(expected, got)


def test_single_mark_bodies_reach_the_workers_on_every_engine(client, tmp_path):
    # British house style, invented: with the option, the quotes in single marks are read, and
    # the pandas path, two processes and Dask agree
    for i, name in enumerate(("Nadia Prum", "Ola Brekke", "Ines Morel")):
        (tmp_path / f"uk{i}.txt").write_text(
            f"Ferry fares to rise\n\n{name}, a nurse, said: 'We cannot pay more. Nobody asked us.'\n\n"
            f"Councillor Gil Harte called the rise 'completely unfair'.\n", encoding="utf-8")
    default = pipeline.analyze(tmp_path, use_cache=False, progress=False)
    assert not set(default.quotes["kind"]) & {"direct", "partial"}
    one = pipeline.analyze(tmp_path, use_cache=False, progress=False, single_mark_bodies=True)
    assert one.quotes[["kind", "speaker"]].values.tolist() == [
        ["direct", "Nadia Prum"], ["partial", "Gil Harte"], ["direct", "Ola Brekke"],
        ["partial", "Gil Harte"], ["direct", "Ines Morel"], ["partial", "Gil Harte"]]
    two = pipeline.analyze(tmp_path, use_cache=False, progress=False, single_mark_bodies=True,
                           workers=2, chunk_size=1)
    on_dask = pipeline.analyze(tmp_path, engine="dask", scheduler=client, npartitions=2,
                               use_cache=False, progress=False, single_mark_bodies=True)
    assert_same_analysis(one, two)
    assert_same_analysis(one, on_dask)


def test_dask_accepts_a_scheduler_address_and_ships_registry_and_codebook(client):
    from analysis.config import REGISTRY_PATH
    from analysis.framing import DEFAULT_CODEBOOK_PATH
    address = client.scheduler.address
    assert address.startswith("tcp://")
    kwargs = dict(registry=REGISTRY_PATH, codebook=DEFAULT_CODEBOOK_PATH, use_cache=False)
    expected = pipeline.analyze(SEED_PATH, progress=False, **kwargs)
    got = pipeline.analyze(SEED_PATH, engine="dask", scheduler=address, progress=True, **kwargs)
    assert_same_analysis(expected, got)
    assert (got.quotes["type_reason"] == "registry").any()


def test_dask_tables_are_lazy_with_explicit_meta(client, small_corpus):
    ddf = dd.from_pandas(small_corpus, npartitions=2, sort=False)
    lazy = pipeline.dask_tables(ddf)
    assert set(lazy) == set(pipeline.MAP_TABLES)
    meta = pipeline.output_meta()
    for name, coll in lazy.items():
        assert list(coll.columns) == list(meta[name].columns)
        assert dict(coll.dtypes) == dict(meta[name].dtypes)
    quotes = lazy["quotes"].compute().reset_index(drop=True)
    direct = pipeline.process_partition(small_corpus)["quotes"]
    pd.testing.assert_frame_equal(quotes, direct.reset_index(drop=True), check_exact=True)


@needs_shared
def test_pandas_two_processes_and_dask_agree_on_wikinews(client):
    arts = load_articles(WIKINEWS_DIR).iloc[::4].reset_index(drop=True)
    one = pipeline.analyze(arts, use_cache=False, progress=False)
    two = pipeline.analyze(arts, use_cache=False, progress=False, workers=2)
    on_dask = pipeline.analyze(arts, engine="dask", scheduler=client, use_cache=False,
                               progress=False)
    assert len(one.quotes) > 50 and one.quotes["article_id"].nunique() > 20
    assert_same_analysis(one, two)
    assert_same_analysis(one, on_dask)
