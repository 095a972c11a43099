"""Command line: ``python -m analysis {quotes,analyze,report} ...`` (also ``newsroom-analysis``).

Examples::

    python -m analysis quotes data/ -o quotes.csv          # one row per quote, with source types
    python -m analysis analyze data/ -o results/           # every table as parquet (cached)
    python -m analysis analyze big/ -o results/ --workers 2
    python -m analysis analyze big/ -o results/ --engine dask --scheduler tcp://10.0.0.5:8786
    python -m analysis quotes uk/ -o quotes.csv --single-mark-bodies   # British house style
    python -m analysis report data/ --out reports          # run the notebooks, export figures

The CLI prints a short summary; the library itself only logs.
"""
from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path


def _parser() -> argparse.ArgumentParser:
    from analysis.quotes import SINGLE_MARK_BODIES_HELP as single_help
    p = argparse.ArgumentParser(prog="python -m analysis",
                                description="Who gets quoted, as what kind of source, in what tone and frame.")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    sub = p.add_subparsers(dest="command", required=True)

    q = sub.add_parser("quotes", help="extract quotes with speakers and source types to CSV")
    q.add_argument("source", nargs="+", help="article file(s), folder(s) or glob(s)")
    q.add_argument("-o", "--output", required=True, help="CSV file to write")
    q.add_argument("--registry", help="sources registry CSV (default data/sources.csv)")
    q.add_argument("--single-mark-bodies", action="store_true", help=single_help)

    a = sub.add_parser("analyze", help="run the whole pipeline and write every table as parquet")
    a.add_argument("source", nargs="+", help="article file(s), folder(s) or glob(s)")
    a.add_argument("-o", "--output", required=True, help="folder for <table>.parquet files")
    a.add_argument("--engine", choices=["pandas", "dask"], default="pandas")
    a.add_argument("--workers", type=int, default=1, help="worker processes (pandas engine)")
    a.add_argument("--scheduler", help="Dask scheduler address, e.g. tcp://host:8786")
    a.add_argument("--registry", help="sources registry CSV (default data/sources.csv)")
    a.add_argument("--codebook", help="frame codebook YAML (default: the packaged one)")
    a.add_argument("--cache-dir", help="where cached results live (default .cache/)")
    a.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    a.add_argument("--csv", action="store_true", help="also write each table as CSV")
    a.add_argument("--no-progress", action="store_true", help="hide progress bars")
    a.add_argument("--single-mark-bodies", action="store_true", help=single_help)

    r = sub.add_parser("report", help="execute the notebooks on DATA and export figures")
    r.add_argument("data", help="article file or folder")
    r.add_argument("--out", default="reports", help="output folder (default reports/)")
    return p


def _source(values: list[str]):
    return values[0] if len(values) == 1 else values


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    start = time.perf_counter()

    if args.command == "quotes":
        from analysis.loading import load_articles
        from analysis.quotes import extract_quotes
        articles = load_articles(_source(args.source))
        quotes = extract_quotes(articles, registry=args.registry, single_mark_bodies=args.single_mark_bodies)
        out = Path(args.output)
        out.parent.mkdir(parents=True, exist_ok=True)
        quotes.to_csv(out, index=False)
        print(f"{len(quotes)} quotes from {len(articles)} articles -> {out}")
        return 0

    if args.command == "analyze":
        from analysis.pipeline import analyze
        result = analyze(_source(args.source), engine=args.engine, workers=args.workers,
                         scheduler=args.scheduler, registry=args.registry, codebook=args.codebook,
                         cache_dir=args.cache_dir, use_cache=not args.no_cache,
                         progress=not args.no_progress, single_mark_bodies=args.single_mark_bodies)
        folder = result.to_parquet(args.output)
        if args.csv:
            for name, df in result.tables().items():
                df.to_csv(folder / f"{name}.csv", index=False)
        sizes = ", ".join(f"{len(df)} {name}" for name, df in result.tables().items())
        print(f"{sizes} -> {folder}/ in {time.perf_counter() - start:.1f}s")
        return 0

    if args.command == "report":
        from analysis.report import run_notebooks  # charts engineer's module: import only here
        run_notebooks(args.data, args.out)
        print(f"report written to {args.out}/ in {time.perf_counter() - start:.1f}s")
        return 0
    return 2  # pragma: no cover - argparse rejects unknown commands


if __name__ == "__main__":
    sys.exit(main())
