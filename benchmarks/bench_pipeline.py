"""Benchmark: the whole pipeline against the TextBlob floor, on 1 and 2 worker processes.

Builds a corpus of N articles by cycling the Wikinews articles (``../shared/corpora/wikinews``,
each copy with a unique ``article_id``), then measures, each in a fresh child process so that
peak memory is that run's own:

- ``pipeline``: ``analysis.analyze(corpus, workers=W, use_cache=False)`` -- segment, quotes,
  speakers, source types, sentiment (sentences and quotes), frames (quotes, paragraphs,
  articles), sources table;
- ``floor``: ``TextBlob(s).sentiment`` alone on the same sentences (the pipeline's segments),
  split over the same W processes; also TextBlob's underlying function (``textblob.en.sentiment``,
  the same numbers without building a blob) as a stricter floor;
- ``cached``: a first run, then a second on the unchanged corpus from the parquet cache;
- ``spin``: a pure-Python loop of fixed size split over W processes, with nothing to send back:
  what the machine itself gives W processes, for comparison (short, so noisy on a shared VM).

Reports medians over ``--repeats`` runs: seconds, CPU seconds, articles/s, words/s, peak memory
(resident set of the main process plus the largest worker's, times W), the ratio pipeline/floor
(of the medians, and per repetition -- pipeline and floor run back to back -- with its median and
range, by wall-clock and by CPU time), the 2-worker speed-up and the cached re-run speed-up, as a
markdown table for the README.

    python benchmarks/bench_pipeline.py --n 1000 --repeats 3 --workers 1 2
    python benchmarks/bench_pipeline.py --n 200 --profile       # where the time goes, per step
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews"


# ---------------------------------------------------------------------------------------------
# corpus

def build_corpus(n: int, corpus: Path):
    """N articles cycling the corpus; copy k of article X gets the id ``X~k`` (unique)."""
    import pandas as pd

    from analysis.loading import load_articles
    base = load_articles(corpus)
    if not len(base):
        raise SystemExit(f"no articles in {corpus}")
    reps = -(-n // len(base))
    parts = []
    for k in range(reps):
        part = base.copy()
        part["article_id"] = part["article_id"] + f"~{k:03d}"
        parts.append(part)
    out = pd.concat(parts, ignore_index=True).iloc[:n].reset_index(drop=True)
    out.attrs = {}
    return out


# ---------------------------------------------------------------------------------------------
# child-process measurements

def _peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def _cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its finished worker processes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _floor_chunk(args):
    texts, direct = args
    if direct:
        from textblob.en import sentiment
        return [(float(p), float(s)) for p, s in map(sentiment, texts)]
    from textblob import TextBlob
    return [(float(p), float(s)) for p, s in (TextBlob(t).sentiment for t in texts)]


def _spin(n: int) -> int:
    """Pure-Python work with nothing to send back: what the CPUs give, with no data to move."""
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i) % 1000003
    return acc


SPIN_WORK = 60_000_000  # about 5 s of one CPU here


def child(mode: str, data: Path, workers: int) -> dict:
    if mode == "spin":
        from concurrent.futures import ProcessPoolExecutor
        c0, t0 = _cpu_seconds(), time.perf_counter()
        if workers == 1:
            _spin(SPIN_WORK)
        else:
            with ProcessPoolExecutor(workers) as pool:
                list(pool.map(_spin, [SPIN_WORK // workers] * workers))
        seconds, cpu = time.perf_counter() - t0, _cpu_seconds() - c0
        own, kids = _peak_mb()
        return {"mode": mode, "workers": workers, "seconds": seconds, "cpu_seconds": cpu,
                "peak_main_mb": own, "peak_worker_mb": kids}
    import pandas as pd
    articles = pd.read_parquet(data / "articles.parquet")
    from analysis import pipeline
    pipeline.output_meta()  # build the schemas (imports every module) before timing
    if mode.startswith("floor"):
        texts = pd.read_parquet(data / "segments.parquet")["text"].tolist()
        direct = mode == "floor_direct"
        from textblob import TextBlob
        TextBlob("warm up").sentiment
        c0, t0 = _cpu_seconds(), time.perf_counter()
        if workers == 1:
            _floor_chunk((texts, direct))
        else:
            from concurrent.futures import ProcessPoolExecutor
            k = -(-len(texts) // (4 * workers))
            chunks = [(texts[i:i + k], direct) for i in range(0, len(texts), k)]
            with ProcessPoolExecutor(workers) as pool:
                list(pool.map(_floor_chunk, chunks))
        seconds = time.perf_counter() - t0
        extra = {"cpu_seconds": _cpu_seconds() - c0}
    elif mode == "pipeline":
        c0, t0 = _cpu_seconds(), time.perf_counter()
        result = pipeline.analyze(articles, workers=workers, use_cache=False, progress=False)
        seconds = time.perf_counter() - t0
        extra = {"quotes": len(result.quotes), "sentences": len(result.segments),
                 "cpu_seconds": _cpu_seconds() - c0}
    elif mode == "cached":
        # Pin the code/data versions for this child: in a working tree others are editing, a
        # module saved between the two runs would (rightly) turn the second run into a miss.
        from analysis import cache as cache_mod
        code, data_v = cache_mod.code_version(), cache_mod.data_version()
        cache_mod.code_version = lambda: code
        cache_mod.data_version = lambda *a, **k: data_v
        cache_dir = tempfile.mkdtemp(prefix="bench-cache-")
        t0 = time.perf_counter()
        pipeline.analyze(articles, workers=workers, cache_dir=cache_dir, progress=False)
        cold = time.perf_counter() - t0
        t0 = time.perf_counter()
        pipeline.analyze(articles, workers=workers, cache_dir=cache_dir, progress=False)
        seconds = time.perf_counter() - t0
        extra = {"cold": cold}
        import shutil
        shutil.rmtree(cache_dir, ignore_errors=True)
    else:
        raise SystemExit(f"unknown mode {mode}")
    own, kids = _peak_mb()
    return {"mode": mode, "workers": workers, "seconds": seconds, "peak_main_mb": own,
            "peak_worker_mb": kids, **extra}


def run_child(mode: str, data: Path, workers: int) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", mode, "--data", str(data),
           "--workers", str(workers)]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if out.returncode:
        raise SystemExit(f"benchmark child {mode} (workers={workers}) failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------------------------
# profile: time per step, one process

def profile(articles) -> str:
    import cProfile
    import io
    import pstats

    from analysis import pipeline
    from analysis.framing import article_and_paragraph_frames, frames
    from analysis.quotes import extract_quotes
    from analysis.segmentation import segment, sharing_sentence_splits
    from analysis.sentiment import add_sentiment
    pipeline.output_meta()

    from textblob import TextBlob
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    vader = SentimentIntensityAnalyzer()
    # step by step on the same chunks analyze() uses (add_sentiment memoises repeated texts
    # within a call; a chunk never holds two copies of a cycled article, so no step gains
    # from the cycling)
    chunks = pipeline.split_articles(articles, pipeline._n_chunks(len(articles), 1, None))
    totals: dict[str, float] = {}

    def timed(name, fn, *a, **k):
        t0 = time.perf_counter()
        out = fn(*a, **k)
        totals[name] = totals.get(name, 0.0) + time.perf_counter() - t0
        return out

    for chunk in chunks:
        with sharing_sentence_splits():  # as in pipeline.process_partition
            seg = timed("segment", segment, chunk)
            timed("floor: TextBlob(s).sentiment on sentences", lambda: [TextBlob(t).sentiment for t in seg["text"]])
            timed("  (VADER alone on sentences)", lambda: [vader.polarity_scores(t) for t in seg["text"]])
            timed("add_sentiment(sentences, vader=False): the pipeline default", add_sentiment, seg,
                  vader=False)
            q = timed("extract_quotes + classify_sources (in the map)", extract_quotes, chunk)
        q = timed("add_sentiment(quotes)", add_sentiment, q)
        timed("frames(quotes)", frames, q)
        timed("frames(paragraphs and articles, one pass)", article_and_paragraph_frames, chunk, seg)
    quotes = extract_quotes(articles)
    timed("sources() on the whole quotes table (serial reduce)", pipeline.sources_table, quotes)
    steps = list(totals.items())
    prof = cProfile.Profile()
    prof.enable()
    pipeline.analyze(articles, use_cache=False, progress=False)
    prof.disable()
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(20)
    floor = steps[1][1]
    lines = [f"Profile on {len(articles)} articles ({int(articles['n_words'].sum())} words), one process:",
             "", "| step | seconds | × floor |", "|---|---:|---:|"]
    for name, sec in steps:
        lines.append(f"| {name} | {sec:.2f} | {sec / floor:.2f} |")
    work = sum(sec for name, sec in steps if not name.startswith(("floor", " ")))
    lines.append(f"| sum of the pipeline's steps | {work:.2f} | {work / floor:.2f} |")
    lines += ["", "cProfile of analyze(), top functions by own time:", "```", buf.getvalue().strip(), "```"]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# report

def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(next(l for l in Path("/proc/meminfo").read_text().splitlines()
                      if l.startswith("MemTotal")).split()[1])
        mem = f", {kb / 1024 ** 2:.0f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    return (f"{os.cpu_count()} CPUs (nproc), {model}{mem}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000, help="articles in the corpus (default 1000)")
    ap.add_argument("--repeats", type=int, default=3, help="runs per measurement (median)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of articles to cycle")
    ap.add_argument("--no-cached", action="store_true", help="skip the cached re-run measurement")
    ap.add_argument("--only-cached", action="store_true", help="measure only the cached re-run")
    ap.add_argument("--profile", action="store_true", help="time each step and cProfile instead")
    ap.add_argument("--output", type=Path, help="also write the markdown to this file")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child:
        print(json.dumps(child(args.child, args.data, args.workers[0])))
        return 0

    if not args.corpus.is_dir():
        print(f"corpus folder not found: {args.corpus}", file=sys.stderr)
        return 1
    articles = build_corpus(args.n, args.corpus)
    if args.profile:
        text = profile(articles)
        print(text)
        if args.output:
            args.output.write_text(text + "\n")
        return 0

    from analysis.segmentation import segment
    words = int(articles["n_words"].sum())
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        data = Path(tmp)
        articles.to_parquet(data / "articles.parquet")
        segment(articles)[["text"]].to_parquet(data / "segments.parquet")
        results: dict[tuple[str, int], list[dict]] = {}
        modes = ["pipeline", "floor", "floor_direct", "spin"]
        for rep in range(0 if args.only_cached else args.repeats):
            for w in args.workers:
                for mode in modes:
                    r = run_child(mode, data, w)
                    results.setdefault((mode, w), []).append(r)
                    print(f"[rep {rep + 1}/{args.repeats}] {mode:12s} workers={w}: "
                          f"{r['seconds']:.2f}s", file=sys.stderr, flush=True)
        cached = []
        if not args.no_cached:
            for rep in range(args.repeats):
                r = run_child("cached", data, 1)
                cached.append(r)
                print(f"[rep {rep + 1}/{args.repeats}] cached: cold {r['cold']:.2f}s, "
                      f"warm {r['seconds']:.3f}s", file=sys.stderr, flush=True)

    def med(mode, w, key="seconds"):
        return statistics.median(r[key] for r in results[(mode, w)])

    def peak(mode, w):
        return statistics.median(r["peak_main_mb"] + (w * r["peak_worker_mb"] if w > 1 else 0)
                                 for r in results[(mode, w)])

    n = len(articles)
    if args.only_cached:
        cold = statistics.median(r["cold"] for r in cached)
        warm = statistics.median(r["seconds"] for r in cached)
        print(f"N = {n:,}: cached re-run {warm:.2f}s vs first run {cold:.2f}s: {cold / warm:.0f}× faster "
              f"(medians of {args.repeats}).")
        return 0
    def paired(w, key="seconds", floor="floor"):
        """pipeline / floor within each repetition (run back to back), then the median and range:
        steadier than a ratio of medians when the machine's speed drifts between repetitions."""
        rs = [p[key] / f[key] for p, f in zip(results[("pipeline", w)], results[(floor, w)])]
        return statistics.median(rs), min(rs), max(rs)

    lines = [f"Benchmark: N = {n:,} articles ({words:,} words; Wikinews cycled), "
             f"medians of {args.repeats} runs, each run in a fresh process.",
             f"Machine: {machine()}. Load average (1 min) {load_before[0]:.1f} before, "
             f"{os.getloadavg()[0]:.1f} after (other work on the machine slows every figure).", "",
             "| run | workers | seconds | CPU seconds | articles/s | words/s | peak memory (MB) | pipeline / floor |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for w in args.workers:
        p, f, fd = med("pipeline", w), med("floor", w), med("floor_direct", w)
        for label, mode, sec in (("pipeline (analyze)", "pipeline", p),
                                 ("floor: TextBlob(s).sentiment", "floor", f),
                                 ("floor: textblob.en.sentiment(s)", "floor_direct", fd)):
            ratio = {"pipeline": f"{p / f:.2f} (vs direct: {p / fd:.2f})"}.get(mode, "")
            lines.append(f"| {label} | {w} | {sec:.2f} | {med(mode, w, 'cpu_seconds'):.2f} | {n / sec:,.1f} | "
                         f"{words / sec:,.0f} | {peak(mode, w):,.0f} | {ratio} |")
    lines.append("")
    for w in args.workers:
        r, lo, hi = paired(w)
        rc, loc, hic = paired(w, "cpu_seconds")
        rd, lod, hid = paired(w, floor="floor_direct")
        lines.append(f"- Pipeline / floor per repetition, {w} process{'es' if w > 1 else ''}: median "
                     f"{r:.2f} (range {lo:.2f}–{hi:.2f}) by wall-clock time, {rc:.2f} "
                     f"({loc:.2f}–{hic:.2f}) by CPU time; against `textblob.en.sentiment` {rd:.2f} "
                     f"({lod:.2f}–{hid:.2f}).")
    if 1 in args.workers:
        for w in args.workers:
            if w > 1:
                lines.append(f"- {w} processes vs 1: pipeline {med('pipeline', 1) / med('pipeline', w):.2f}× "
                             f"faster (floor {med('floor', 1) / med('floor', w):.2f}×); same rows, same order "
                             "(tests/test_dask.py).")
                lines.append(f"- For comparison, pure-Python work with no data to move "
                             f"({SPIN_WORK:,} loop steps split {w} ways) runs "
                             f"{med('spin', 1) / med('spin', w):.2f}× faster on {w} processes than on 1 "
                             f"({med('spin', 1):.2f}s vs {med('spin', w):.2f}s); a few seconds of work, "
                             "so it shows how steady the machine's CPUs were more than a ceiling.")
    if cached:
        cold = statistics.median(r["cold"] for r in cached)
        warm = statistics.median(r["seconds"] for r in cached)
        lines.append(f"- Cached re-run on the unchanged corpus: {warm:.2f}s vs {cold:.2f}s for the first run: "
                     f"{cold / warm:.0f}× faster.")
    q = results[("pipeline", args.workers[0])][0]
    lines.append(f"- Output per run: {q.get('sentences', 0):,} sentences, {q.get('quotes', 0):,} quotes.")
    lines.append("- Peak memory: resident set of the main process plus, with W workers, W × the largest "
                 "worker's (an upper bound).")
    text = "\n".join(lines)
    print(text)
    if args.output:
        args.output.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
