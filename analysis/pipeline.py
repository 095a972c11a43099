"""The whole pipeline in one call: ``analyze(source) -> Analysis``, on pandas, processes or Dask.

>>> import analysis as an                                          # doctest: +SKIP
>>> result = an.analyze("data/", progress=False)                   # doctest: +SKIP
>>> result.quotes[["speaker", "source_type", "polarity"]].head()   # doctest: +SKIP
>>> result.to_parquet("out/"); same = an.Analysis.from_parquet("out/")  # doctest: +SKIP

How the work is split
---------------------
*Map* (per article, pure): :func:`process_partition` takes a DataFrame of articles and returns
the per-article tables for exactly those articles. Nothing in it looks at another article, so
any split of the corpus gives the same rows in the same order:

- ``segments``: :func:`analysis.segment` + :func:`analysis.add_sentiment` (one row per sentence,
  with TextBlob polarity/subjectivity; VADER compound too with ``sentence_vader=True``, off by
  default: VADER is the comparison analyzer and the comparisons are made on quotes);
- ``quotes``: :func:`analysis.extract_quotes` (speakers, and source types from
  :func:`analysis.classify_sources` with the registry, decided once per article and speaker so
  they need no other article) + sentiment on the quoted words;
- ``frames`` (per quote), ``paragraph_frames``, ``article_frames``: :func:`analysis.frames`.

The same function runs in all engines: ``engine="pandas"`` in this process (``workers=1``) or in
a :class:`~concurrent.futures.ProcessPoolExecutor` over contiguous article chunks (``workers>1``,
results gathered in chunk order), and ``engine="dask"`` through ``dask.dataframe``
``map_partitions`` with explicit ``meta`` (see :func:`dask_tables` to keep the tables lazy and
write them from the cluster, e.g. ``dask_tables(dd.read_parquet(...))["quotes"].to_parquet(...)``).

*Reduce* (corpus level, after the map, in the calling process; these need a global view):

- the sources table: :func:`analysis.sources` groups every quote of a speaker across articles
  (a surname-only mention joins the one full name in the corpus that ends with it), so it needs
  the whole quotes table;
- after a registry edit, only source typing is redone, on the cached untyped quotes of the whole
  corpus, in this process (cheap next to the map), then the sources table;
- aggregations (sentiment by source type/outlet, frame profiles) are computed from the returned
  tables by :mod:`analysis.sentiment` and :mod:`analysis.framing`, never inside the map.

On Dask the reduce input is only the quotes table (a few hundred bytes per quote), gathered to
the client; the big tables (segments, frames) can stay on the cluster via :func:`dask_tables`.

Caching: see :mod:`analysis.cache` (stages ``core``, ``frames``, ``types``).
"""
from __future__ import annotations

import contextlib
import gc
import logging
import math
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, fields
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from analysis import cache as _cache
from analysis import config

log = logging.getLogger(__name__)

ENGINES = ("pandas", "dask")
#: tables produced by the per-article map, in the order :func:`process_partition` returns them
MAP_TABLES = ("segments", "quotes", "frames", "paragraph_frames", "article_frames")
FRAME_TABLES = ("frames", "paragraph_frames", "article_frames")
LOAD_REPORT_COLUMNS = ["path", "reason"]
#: modules the worker processes import once (fork server preload), so each worker starts warm
_WORKER_MODULES = ["analysis.pipeline", "analysis.loading", "analysis.segmentation",
                   "analysis.quotes", "analysis.source_types", "analysis.sentiment",
                   "analysis.framing"]


# ---------------------------------------------------------------------------------------------
# the per-article steps (DataFrame -> DataFrame, pure; importable by worker processes)

def _frames_kwargs(codebook: Any) -> dict[str, Any]:
    return {} if codebook is None else {"codebook": codebook}


def segment_partition(articles: pd.DataFrame, sentence_vader: bool = False) -> pd.DataFrame:
    """Sentences of ``articles`` with their sentiment (one row per sentence)."""
    from analysis.segmentation import segment
    from analysis.sentiment import add_sentiment
    return add_sentiment(segment(articles), text_col="text", vader=sentence_vader)


#: columns :func:`analysis.classify_sources` adds (dropped to cache the registry-free quotes)
TYPE_COLUMNS = ("source_type", "type_reason", "affiliation", "party")


def quote_partition(articles: pd.DataFrame, registry: Any = None,
                    single_mark_bodies: bool = False) -> pd.DataFrame:
    """Quotes of ``articles`` with source types and the sentiment of the quoted words."""
    from analysis.quotes import extract_quotes
    from analysis.sentiment import add_sentiment
    return add_sentiment(extract_quotes(articles, classify=True, registry=registry,
                                        single_mark_bodies=single_mark_bodies), text_col="text")


def quote_frames_partition(quotes: pd.DataFrame, codebook: Any = None) -> pd.DataFrame:
    """Frame scores of each quote (long table: ``article_id``, ``quote_id``, ``frame``, ...)."""
    from analysis.framing import frames
    return frames(quotes, **_frames_kwargs(codebook))


def paragraph_frames_partition(articles: pd.DataFrame, codebook: Any = None,
                               segments: pd.DataFrame | None = None) -> pd.DataFrame:
    """Frame scores of each paragraph of ``articles`` (paragraphs from the sentence table)."""
    from analysis.framing import frames, paragraph_table
    from analysis.segmentation import segment
    if segments is None:
        segments = segment(articles)
    return frames(paragraph_table(segments, articles), **_frames_kwargs(codebook))


def article_frames_partition(articles: pd.DataFrame, codebook: Any = None) -> pd.DataFrame:
    """Frame scores of each article body (long table: ``article_id``, ``frame``, ...)."""
    from analysis.framing import frames
    return frames(articles[["article_id", "text"]], **_frames_kwargs(codebook))


def frame_tables(articles: pd.DataFrame, quotes: pd.DataFrame, segments: pd.DataFrame,
                 codebook: Any = None) -> dict[str, pd.DataFrame]:
    """The three frame tables (per quote, paragraph, article) for one set of articles.

    Paragraphs and articles come from one pass over each article
    (:func:`analysis.framing.article_and_paragraph_frames`), the same tables as
    :func:`paragraph_frames_partition` and :func:`article_frames_partition` give separately."""
    from analysis.framing import article_and_paragraph_frames
    paragraph_frames, article_frames = article_and_paragraph_frames(
        articles, segments, **_frames_kwargs(codebook))
    return {"frames": quote_frames_partition(quotes, codebook),
            "paragraph_frames": paragraph_frames,
            "article_frames": article_frames}


_gc_lock = threading.Lock()
_gc_state: dict[str, Any] = {"depth": 0, "threshold": None}


@contextlib.contextmanager
def fewer_gc_passes(first_threshold: int = 50_000):
    """Run the block with fewer garbage-collector passes, then restore the collector as it was.

    The map step allocates millions of short-lived tuples, lists and dicts (tokens, spans,
    rows); with CPython's default first-generation threshold of 700 the collector runs thousands
    of times per chunk and walks every long-lived object (lexicons, compiled codebooks, caches)
    in its full passes. Inside the block the objects alive at its start are frozen out of
    collection (``gc.freeze``) and the first threshold is raised; nothing is freed later than
    at the block's end. Nested and concurrent blocks (threads) share one setting, restored by
    the last to leave; a collector the caller disabled stays disabled.

    >>> import gc
    >>> before = gc.get_threshold()
    >>> with fewer_gc_passes():
    ...     gc.get_threshold()[0] >= 50_000
    True
    >>> gc.get_threshold() == before
    True
    """
    with _gc_lock:
        if _gc_state["depth"] == 0:
            _gc_state["threshold"] = gc.get_threshold()
            if gc.isenabled() and _gc_state["threshold"][0] > 0:
                gc.freeze()
                gc.set_threshold(max(first_threshold, _gc_state["threshold"][0]),
                                 *_gc_state["threshold"][1:])
        _gc_state["depth"] += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_state["depth"] -= 1
            if _gc_state["depth"] == 0:
                gc.set_threshold(*_gc_state["threshold"])
                gc.unfreeze()


def process_partition(articles: pd.DataFrame, codebook: Any = None,
                      registry: Any = None, sentence_vader: bool = False,
                      single_mark_bodies: bool = False) -> dict[str, pd.DataFrame]:
    """All per-article work for one chunk of articles: the map step of every engine.

    Quotes always get VADER's compound next to TextBlob's scores; sentences only with
    ``sentence_vader=True``. ``single_mark_bodies`` is :func:`analysis.extract_quotes`'s.

    Pure: depends only on the rows given (and the code and codebook), so the concatenation of
    the results of any split of a corpus equals the result on the whole corpus.

    >>> from analysis import load_articles                        # doctest: +SKIP
    >>> tables = process_partition(load_articles("data/"))         # doctest: +SKIP
    >>> sorted(tables)                                             # doctest: +SKIP
    ['article_frames', 'frames', 'paragraph_frames', 'quotes', 'segments']
    """
    from analysis.segmentation import segment, sharing_sentence_splits
    from analysis.sentiment import add_sentiment
    with fewer_gc_passes():
        with sharing_sentence_splits():  # quote extraction re-splits what segment() split
            segments = segment(articles)
            quotes = quote_partition(articles, registry, single_mark_bodies)
        return {"segments": add_sentiment(segments, text_col="text", vader=sentence_vader),
                "quotes": quotes,
                **frame_tables(articles, quotes, segments, codebook)}


# ---------------------------------------------------------------------------------------------
# explicit output schemas ("meta"): computed once by running the steps on a tiny invented article

_PROBE = pd.DataFrame({
    "article_id": ["probe-000"],
    "title": ["Ministry warns of escalation after border clash"],
    "subtitle": [""],
    "text": ['The ministry said on Monday that the clash was "a dangerous escalation that '
             'threatens peace talks."\n\n"We will respond to any attack," said Jana Novak, '
             'a spokeswoman for the Ministry of Defence of Eastland.\n\nProfessor Ilan Rosk, '
             'an analyst at the Borderland Institute, said the risk of war was rising.'],
})


_PROBE_OUT: dict[str, pd.DataFrame] = {}
_META: dict[str, dict[str, pd.DataFrame]] = {}


def output_meta(codebook: Any = None, sentence_vader: bool = False) -> dict[str, pd.DataFrame]:
    """Empty frames with the exact columns and dtypes of each map table (Dask ``meta``).

    Computed once per process by running the steps on a tiny invented article; the frame tables
    are re-derived per codebook (a codebook sets the categories of ``frame``).
    """
    from analysis.segmentation import segment
    from analysis.sentiment import add_sentiment
    if not _PROBE_OUT:
        probe = _PROBE.copy()
        segments = segment(probe)
        _PROBE_OUT.update(segments_raw=segments, segments=add_sentiment(segments, text_col="text"),
                          quotes=quote_partition(probe))
    key = (_cache.object_digest(codebook), bool(sentence_vader))
    if key not in _META:
        segments = _PROBE_OUT["segments"]
        if not sentence_vader:
            segments = segments.drop(columns=["vader_compound"])
        tables = {"segments": segments, "quotes": _PROBE_OUT["quotes"],
                  **frame_tables(_PROBE, _PROBE_OUT["quotes"], _PROBE_OUT["segments_raw"], codebook)}
        _META[key] = {name: tables[name].iloc[:0].copy() for name in MAP_TABLES}
    return _META[key]


def _conform(df: pd.DataFrame, meta: pd.DataFrame,
             article_pos: Mapping[str, int] | None = None) -> pd.DataFrame:
    """Give ``df`` the columns and dtypes of ``meta``, article order, and a fresh RangeIndex.

    Rows are stably sorted by the position of their article in the corpus, so the order never
    depends on how the corpus was split (within an article the step's own order is kept).
    """
    if article_pos is not None and len(df) and "article_id" in df.columns:
        pos = df["article_id"].map(article_pos).to_numpy()
        if (pos[1:] < pos[:-1]).any():
            df = df.iloc[np.argsort(pos, kind="stable")]
    df = df.reset_index(drop=True)
    df.attrs = {}
    if list(df.columns) != list(meta.columns):
        missing = [c for c in meta.columns if c not in df.columns]
        if missing:
            raise ValueError(f"map output lacks columns {missing}")
        df = df[list(meta.columns)]
    for col, dtype in meta.dtypes.items():
        if df[col].dtype != dtype:
            df[col] = df[col].astype(dtype)
    return df


def _concat(parts: list[pd.DataFrame], meta: pd.DataFrame,
            article_pos: Mapping[str, int] | None = None) -> pd.DataFrame:
    parts = [p for p in parts if len(p)]
    if not parts:
        return meta.copy()
    out = parts[0] if len(parts) == 1 else pd.concat(parts, ignore_index=True)
    return _conform(out, meta, article_pos)


def _article_positions(articles: pd.DataFrame) -> dict[str, int]:
    return {aid: i for i, aid in enumerate(articles["article_id"])}


# ---------------------------------------------------------------------------------------------
# engines

def split_articles(articles: pd.DataFrame, n_chunks: int) -> list[pd.DataFrame]:
    """Contiguous chunks of ``articles`` with about equal amounts of text (order kept).

    >>> df = pd.DataFrame({"article_id": list("abcd"), "text": ["x" * 10] * 4})
    >>> [len(c) for c in split_articles(df, 2)]
    [2, 2]
    """
    n = len(articles)
    n_chunks = max(1, min(n_chunks, n))
    if n_chunks == 1:
        return [articles]
    sizes = articles["text"].str.len().fillna(0).to_numpy().cumsum()
    total = sizes[-1] if n else 0
    bounds = [0]
    for i in range(1, n_chunks):
        cut = int((sizes <= total * i / n_chunks).sum())  # articles ending by the i-th share
        bounds.append(max(cut, bounds[-1] + 1))
    bounds.append(n)
    return [articles.iloc[a:b] for a, b in zip(bounds[:-1], bounds[1:]) if b > a]


def taper_articles(articles: pd.DataFrame, workers: int, *, most: int = 100,
                   least: int = 20) -> list[pd.DataFrame]:
    """Contiguous chunks (order kept) for ``workers`` processes, shrinking towards the end.

    Each chunk holds about ``1 / (2 * workers)`` of the text still left, at most ``most`` and at
    least ``least`` articles' worth of text (by the corpus's mean article length). Large chunks
    first keep the per-chunk cost small; small chunks last let the workers finish together
    instead of one idling while the other runs a long last chunk (chunks of equal text do not
    cost the same: quote-dense articles take longer).

    >>> df = pd.DataFrame({"article_id": [f"a{i}" for i in range(300)], "text": ["x" * 10] * 300})
    >>> [len(c) for c in taper_articles(df, 2)]
    [75, 56, 42, 31, 24, 20, 20, 20, 12]
    """
    n = len(articles)
    if n == 0:
        return [articles]
    lengths = articles["text"].str.len().fillna(0).to_numpy(dtype=float)
    cum = lengths.cumsum()
    total = cum[-1]
    mean = total / n
    bounds, done = [0], 0.0
    while bounds[-1] < n:
        want = min(most * mean, max(least * mean, (total - done) / (2 * workers)))
        cut = int(np.searchsorted(cum, done + want, side="right"))
        cut = min(max(cut, bounds[-1] + 1), n)
        bounds.append(cut)
        done = cum[cut - 1]
    return [articles.iloc[a:b] for a, b in zip(bounds[:-1], bounds[1:])]


def _n_chunks(n_articles: int, workers: int, chunk_size: int | None) -> int:
    if chunk_size:
        return math.ceil(n_articles / chunk_size)
    # several chunks per worker for load balance and a moving progress bar, not too many
    return max(4 * workers, math.ceil(n_articles / 100)) if n_articles else 1


def _start_method() -> str:
    """``fork`` when this process runs no other threads (fast, no re-import of ``__main__``),
    else a fork server (safe beside Jupyter's, Dask's or other threads; a script then needs the
    usual ``if __name__ == "__main__":`` guard). Platforms without fork use ``spawn``."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" not in methods:
        return "spawn"
    others = [t for t in threading.enumerate()
              if t is not threading.main_thread() and type(t).__name__ != "TMonitor"]
    return "fork" if not others else "forkserver"


def _executor(workers: int) -> ProcessPoolExecutor:
    method = _start_method()
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":  # preloading keeps each worker's start-up cheap
        ctx.set_forkserver_preload(_WORKER_MODULES)
    log.debug("worker processes start by %s", method)
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx)


def _progress(iterable, *, total: int, desc: str, enabled: bool, sizes: Sequence[int] | None = None,
              unit: str = "chunk"):
    """``iterable`` with a tqdm bar (terminal and notebook); with ``sizes``, the bar counts
    ``sizes[i]`` units for the i-th item (articles per chunk), so it moves with the work."""
    if not enabled:
        return iterable
    from tqdm.auto import tqdm
    if sizes is None:
        return tqdm(iterable, total=total, desc=desc, unit=unit)

    def counted():
        with tqdm(total=total, desc=desc, unit=unit) as bar:
            for item, size in zip(iterable, sizes):
                yield item
                bar.update(size)
    return counted()


def _map_pandas(articles: pd.DataFrame, codebook: Any, registry: Any, workers: int,
                chunk_size: int | None, progress: bool,
                sentence_vader: bool = False, single_mark_bodies: bool = False) -> dict[str, pd.DataFrame]:
    if workers > 1 and not chunk_size:
        chunks = taper_articles(articles, workers)
    else:
        chunks = split_articles(articles, _n_chunks(len(articles), workers, chunk_size))
    sizes = [len(c) for c in chunks]
    step = partial(process_partition, codebook=codebook, registry=registry,
                   sentence_vader=sentence_vader, single_mark_bodies=single_mark_bodies)
    # built before the workers fork: they inherit loaded lexicons, compiled codebook and imports
    meta = output_meta(codebook, sentence_vader)
    collected: dict[str, list[pd.DataFrame]] = {name: [] for name in MAP_TABLES}
    desc = f"analyze ({workers} process{'es' if workers > 1 else ''})"
    if workers <= 1 or len(chunks) == 1:
        results = map(step, chunks)
        for tables in _progress(results, total=len(articles), desc=desc, enabled=progress,
                                sizes=sizes, unit="article"):
            for name in MAP_TABLES:
                collected[name].append(tables[name])
    else:
        with _executor(workers) as pool:
            results = pool.map(step, chunks)  # yields in submission order
            for tables in _progress(results, total=len(articles), desc=desc, enabled=progress,
                                    sizes=sizes, unit="article"):
                for name in MAP_TABLES:
                    collected[name].append(tables[name])
    pos = _article_positions(articles)
    return {name: _concat(collected[name], meta[name], pos) for name in MAP_TABLES}


def dask_tables(articles, codebook: Any = None, registry: Any = None,
                sentence_vader: bool = False, single_mark_bodies: bool = False) -> dict[str, Any]:
    """Lazy Dask DataFrames of the map tables for a Dask DataFrame of articles.

    Each table is ``map_partitions`` of the same per-article step with an explicit ``meta``;
    nothing runs until you compute or write them, e.g. on a cluster::

        import dask.dataframe as dd
        from distributed import Client
        client = Client("tcp://scheduler:8786")
        arts = dd.read_parquet("s3://bucket/articles/")   # columns of load_articles
        tables = dask_tables(arts)
        tables["segments"].to_parquet("s3://bucket/segments/")

    The frames of quotes are computed from the quotes partitions, so quotes are extracted once.
    The sources table is corpus-level: compute ``tables["quotes"]`` (small), then run
    :func:`analysis.sources` on it.
    """
    meta = output_meta(codebook, sentence_vader)
    quotes = articles.map_partitions(quote_partition, registry, single_mark_bodies, meta=meta["quotes"])
    return {
        "segments": articles.map_partitions(segment_partition, sentence_vader,
                                            meta=meta["segments"]),
        "quotes": quotes,
        "frames": quotes.map_partitions(quote_frames_partition, codebook, meta=meta["frames"]),
        "paragraph_frames": articles.map_partitions(paragraph_frames_partition, codebook,
                                                    meta=meta["paragraph_frames"]),
        "article_frames": articles.map_partitions(article_frames_partition, codebook,
                                                  meta=meta["article_frames"]),
    }


def _map_dask(articles: pd.DataFrame, codebook: Any, registry: Any, scheduler: Any,
              npartitions: int | None, workers: int, progress: bool,
              sentence_vader: bool = False, single_mark_bodies: bool = False) -> dict[str, pd.DataFrame]:
    import dask
    import dask.dataframe as dd

    client, own_client = None, False
    if isinstance(scheduler, str):
        from distributed import Client
        client, own_client = Client(scheduler), True
    elif scheduler is not None and hasattr(scheduler, "scheduler_address"):  # a (Local)Cluster
        from distributed import Client
        client, own_client = Client(scheduler), True
    elif scheduler is not None:
        client = scheduler  # a distributed.Client
    else:
        try:
            from distributed import default_client
            client = default_client()
        except (ImportError, ValueError):
            client = None
    # Workers of a real cluster cannot read this machine's files: ship the loaded registry and
    # codebook (same content, so the same results), not their paths.
    from analysis.registry import default_registry, load_registry
    if registry is None:
        registry = default_registry() or False
    elif isinstance(registry, (str, os.PathLike)):
        registry = load_registry(registry)
    if isinstance(codebook, (str, os.PathLike)):
        from analysis.framing import load_frame_codebook
        codebook = load_frame_codebook(codebook)
    try:
        if npartitions is None:
            n_workers = workers
            if client is not None:
                n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
            npartitions = _n_chunks(len(articles), n_workers, None)
        npartitions = max(1, min(npartitions, len(articles) or 1))
        # keep pandas' own string dtype inside the partitions: the steps see what pandas sees
        with dask.config.set({"dataframe.convert-string": False}):
            ddf = dd.from_pandas(articles, npartitions=npartitions, sort=False)
            lazy = dask_tables(ddf, codebook, registry, sentence_vader, single_mark_bodies)
            names = list(lazy)
            if client is not None:
                futures = client.compute([lazy[n] for n in names])
                if progress:
                    from distributed import as_completed
                    for _ in _progress(as_completed(futures), total=len(futures),
                                       desc="analyze (dask)", enabled=True):
                        pass
                computed = client.gather(futures)
            else:
                if progress:
                    from dask.diagnostics import ProgressBar
                    with ProgressBar():
                        computed = dask.compute(*[lazy[n] for n in names], scheduler="processes",
                                                num_workers=workers)
                else:
                    computed = dask.compute(*[lazy[n] for n in names], scheduler="processes",
                                            num_workers=workers)
    finally:
        if own_client:
            client.close()
    meta = output_meta(codebook, sentence_vader)
    pos = _article_positions(articles)
    return {n: _concat([df], meta[n], pos) for n, df in zip(names, computed)}


# ---------------------------------------------------------------------------------------------
# corpus-level (reduce) steps

def type_sources(quotes: pd.DataFrame, registry: Any = None,
                 articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Source types for untyped quotes (after a registry edit), in the map's column order.

    Same call as :func:`analysis.extract_quotes` makes (with the articles, whose words around
    each mention typing reads), so the result equals a fresh run with the edited registry.
    """
    from analysis.source_types import classify_sources
    typed = classify_sources(quotes, registry=registry, articles=articles)
    return _conform(typed, output_meta()["quotes"])


def sources_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """Reduce step: one row per speaker across the corpus (:func:`analysis.sources`)."""
    from analysis.source_types import sources
    out = pd.DataFrame(sources(quotes)).reset_index(drop=True)
    out.attrs = {}
    return out


# ---------------------------------------------------------------------------------------------
# the result

def _empty_load_report() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype="str") for c in LOAD_REPORT_COLUMNS})


@dataclass
class Analysis:
    """Every table of one pipeline run (tidy pandas DataFrames, one row per thing).

    ``articles`` (one per article; ``.attrs["load_report"]`` too), ``segments`` (one per sentence,
    with ``polarity``, ``subjectivity``; ``vader_compound`` only when run with
    ``sentence_vader=True``), ``quotes`` (one per quote: speaker, ``source_type``, ``polarity``,
    ``subjectivity``, ``vader_compound``), ``sources`` (one per speaker), ``frames`` (frame hits per quote,
    long), ``paragraph_frames`` and ``article_frames`` (the same per paragraph and per article),
    ``load_report`` (files or rows skipped, with the reason).

    >>> a = Analysis.from_parquet("out/")                      # doctest: +SKIP
    >>> a.quotes.groupby("source_type", observed=True)["polarity"].mean()   # doctest: +SKIP
    """

    articles: pd.DataFrame
    segments: pd.DataFrame
    quotes: pd.DataFrame
    sources: pd.DataFrame
    frames: pd.DataFrame
    paragraph_frames: pd.DataFrame
    article_frames: pd.DataFrame
    load_report: pd.DataFrame = field(default_factory=_empty_load_report)

    @property
    def sentences(self) -> pd.DataFrame:
        """Alias of :attr:`segments`: the sentence table with its sentiment."""
        return self.segments

    def tables(self) -> dict[str, pd.DataFrame]:
        """Name -> DataFrame for every table, in a fixed order."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def to_parquet(self, folder: str | os.PathLike) -> Path:
        """Write every table as ``<folder>/<name>.parquet`` (+ ``dtypes.json``); returns the folder."""
        folder = Path(folder)
        _cache.write_tables(folder, self.tables())
        return folder

    @classmethod
    def from_parquet(cls, folder: str | os.PathLike) -> "Analysis":
        """Read a folder written by :meth:`to_parquet`; dtypes (categories too) come back exactly."""
        tables = _cache.read_tables(folder)
        return cls._from_tables(tables)

    @classmethod
    def _from_tables(cls, tables: Mapping[str, pd.DataFrame]) -> "Analysis":
        result = cls(**{f.name: tables[f.name] for f in fields(cls)})
        result.articles.attrs["load_report"] = result.load_report
        return result

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(df)}" for name, df in self.tables().items())
        return f"Analysis({sizes})"


# ---------------------------------------------------------------------------------------------
# the entry point

def _load(source: Any, load_kwargs: Mapping[str, Any]) -> tuple[pd.DataFrame, pd.DataFrame]:
    if isinstance(source, pd.DataFrame):
        articles = source.copy()
        report = articles.attrs.get("load_report")
    else:
        from analysis.loading import load_articles
        articles = load_articles(source, **load_kwargs)
        report = articles.attrs.get("load_report")
    if report is None:
        report = _empty_load_report()
    missing = {"article_id", "title", "text"} - set(articles.columns)
    if missing:
        raise ValueError(f"articles need columns {sorted(missing)}; load them with "
                         "analysis.load_articles")
    # plain DataFrames (the loader may return subclasses): what parquet gives back on a cache hit
    articles = pd.DataFrame(articles).reset_index(drop=True)
    articles.attrs = {}
    report = pd.DataFrame(report).reset_index(drop=True)
    report.attrs = {}
    return articles, report


def registry_digest(registry: Any = None) -> str:
    """Content hash of the sources registry that :func:`analyze` would use."""
    if registry is None:
        return _cache.digest("default-registry", _cache.file_digest(config.REGISTRY_PATH),
                             _cache.package_files_digest(_cache.REGISTRY_PATTERNS))
    return _cache.object_digest(registry)


def codebook_digest(codebook: Any = None) -> str:
    """Content hash of the frame codebook that :func:`analyze` would use."""
    if codebook is None:
        return _cache.digest("default-codebook",
                             _cache.package_files_digest(_cache.FRAME_CODEBOOK_PATTERNS))
    return _cache.object_digest(codebook)


def cache_keys(source: Any, *, registry: Any = None, codebook: Any = None,
               load_kwargs: Mapping[str, Any] | None = None,
               sentence_vader: bool = False, single_mark_bodies: bool = False) -> dict[str, str]:
    """The cache key of each stage for these inputs (see :mod:`analysis.cache`)."""
    options = [f"sentence_vader={bool(sentence_vader)}"]
    if single_mark_bodies:  # (off, the key stays what it was before the option existed)
        options.append("single_mark_bodies=True")
    core = _cache.digest("core", _cache.source_digest(source), sorted((load_kwargs or {}).items()),
                         _cache.code_version(), _cache.data_version(), *options)
    return {"core": core,
            "frames": _cache.digest("frames", core, codebook_digest(codebook)),
            "types": _cache.digest("types", core, registry_digest(registry))}


def analyze(source: Any, *, engine: str = "pandas", workers: int = 1,
            cache_dir: str | os.PathLike | None = None, use_cache: bool = True,
            registry: Any = None, codebook: Any = None, progress: bool = True,
            scheduler: Any = None, npartitions: int | None = None,
            chunk_size: int | None = None, load_kwargs: Mapping[str, Any] | None = None,
            sentence_vader: bool = False, single_mark_bodies: bool = False) -> Analysis:
    """Run the whole pipeline on ``source`` and return every table as an :class:`Analysis`.

    ``source``: what :func:`analysis.load_articles` takes (file, folder, glob, list) or a
    DataFrame of articles already loaded. ``engine="pandas"`` runs in this process
    (``workers=1``) or in ``workers`` processes; ``engine="dask"`` uses ``scheduler`` (an address
    such as ``"tcp://10.0.0.5:8786"``, a ``distributed.Client`` or ``LocalCluster``; default:
    the current client, else local processes). Every engine gives the same rows in the same
    order. Results are cached as parquet under ``cache_dir`` (default ``analysis.config.CACHE_DIR``)
    keyed by input content, code version, codebook and registry; ``use_cache=False`` neither
    reads nor writes it. ``registry`` / ``codebook`` override the defaults (a path or the loaded
    object). ``progress`` shows tqdm bars (terminal and notebook). Quotes get TextBlob and VADER
    scores; sentences get TextBlob only unless ``sentence_vader=True`` (VADER on every sentence
    costs about a third of sentence sentiment; the option is part of the cache key).
    ``single_mark_bodies=True`` reads single quotation marks in bodies that quote in them
    (British house style; see :func:`analysis.extract_quotes`; also part of the cache key).

    >>> result = analyze("data/", progress=False)             # doctest: +SKIP
    >>> result.sources[["speaker", "source_type"]].head()      # doctest: +SKIP
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    if workers < 1:
        raise ValueError("workers must be at least 1")
    load_kwargs = dict(load_kwargs or {})
    store = _cache.ResultCache(cache_dir) if use_cache else None
    t0 = time.perf_counter()
    keys = cache_keys(source, registry=registry, codebook=codebook, load_kwargs=load_kwargs,
                      sentence_vader=sentence_vader, single_mark_bodies=single_mark_bodies) \
        if store is not None else {}

    core = store.get("core", keys["core"], ["articles", "load_report", "segments"]) if store else None
    framed = store.get("frames", keys["frames"]) if store else None
    typed = store.get("types", keys["types"]) if store else None

    if core is not None and framed is not None and typed is not None:
        log.info("analyze: cache hit (%s) in %.2fs", keys["core"][:12], time.perf_counter() - t0)
        return Analysis._from_tables({**core, **framed, **typed})

    if core is None:
        articles, report = _load(source, load_kwargs)
        log.info("analyze: %d articles, engine=%s, workers=%d", len(articles), engine, workers)
        if engine == "dask":
            mapped = _map_dask(articles, codebook, registry, scheduler, npartitions, workers,
                               progress, sentence_vader, single_mark_bodies)
        else:
            mapped = _map_pandas(articles, codebook, registry, workers, chunk_size, progress,
                                 sentence_vader, single_mark_bodies)
        log.info("analyze: map done in %.2fs", time.perf_counter() - t0)
        core = {"articles": articles, "load_report": report, "segments": mapped["segments"]}
        untyped = mapped["quotes"].drop(columns=list(TYPE_COLUMNS))
        if typed is None:
            typed = {"quotes": mapped["quotes"], "sources": sources_table(mapped["quotes"])}
            if store is not None:
                store.put("types", keys["types"], typed)
        framed = {name: mapped[name] for name in FRAME_TABLES}
        if store is not None:
            store.put("core", keys["core"], {**core, "quotes_untyped": untyped})
            store.put("frames", keys["frames"], framed)
    else:
        untyped = store.get("core", keys["core"], ["quotes_untyped"])["quotes_untyped"]
        if framed is None:
            log.info("analyze: frame codebook changed: rescoring frames only")
            framed = frame_tables(core["articles"], untyped, core["segments"], codebook)
            meta, pos = output_meta(codebook), _article_positions(core["articles"])
            framed = {n: _conform(df, meta[n], pos) for n, df in framed.items()}
            store.put("frames", keys["frames"], framed)

    if typed is None:
        log.info("analyze: sources registry changed: retyping sources only")
        quotes = type_sources(untyped, registry, core["articles"])
        typed = {"quotes": quotes, "sources": sources_table(quotes)}
        if store is not None:
            store.put("types", keys["types"], typed)
    log.info("analyze: done in %.2fs", time.perf_counter() - t0)
    return Analysis._from_tables({**core, **framed, **typed})
