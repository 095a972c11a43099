"""Score quote extraction on the NewsMTSC excerpts: US political news from other outlets.

The held-out sets in ``benchmarks/newsmtsc_gold/`` annotate excerpts of US news articles
(AllSides and POLUSA, through the NewsMTSC dataset in ``../shared/corpora/newsmtsc``): the
dataset's sentences of one source article, in their order, one per paragraph. The gold files
name their sentences by the dataset's ``primary_gid`` and hold no article text; this script
rebuilds the texts from ``../shared`` and scores them with the project's scorer
(``../shared/eval/score_quotes.py``, same matching as for Wikinews).

    python benchmarks/score_newsmtsc.py                  # all sets
    python benchmarks/score_newsmtsc.py set_u set_v -v   # some sets, with the misses listed

See ``benchmarks/newsmtsc_gold/README.md`` for how the sets were drawn and annotated.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pandas as pd

HERE = Path(__file__).resolve().parent
# the checkout this script sits in, before any installed copy of the package: a worktree or a
# second clone must score its own extractor
sys.path.insert(0, str(HERE.parent))
GOLD = HERE / "newsmtsc_gold"
SHARED = HERE.parent.parent / "shared"
PARAGRAPH_BREAK = "\n\n"


def scorer(shared: Path = SHARED) -> ModuleType:
    """The evaluation scorer of ``../shared/eval``, imported from its file."""
    spec = importlib.util.spec_from_file_location("score_quotes", shared / "eval" / "score_quotes.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def gold_dirs(names: list[str] | None = None) -> list[Path]:
    """The set folders to score: all of them, or those named (``set_u`` or ``u``)."""
    if not names:
        return sorted(p for p in GOLD.iterdir() if p.is_dir())
    return [GOLD / (n if n.startswith("set_") else f"set_{n}") for n in names]


def load_gold(dirs: list[Path]) -> list[dict]:
    """The gold files of the folders, in name order."""
    return [json.loads(f.read_text(encoding="utf-8")) for d in dirs for f in sorted(d.glob("*.json"))]


def sentence_texts(gids: set[str], corpus: Path) -> dict[str, str]:
    """``primary_gid`` -> ``sentence_normalized`` for the wanted sentences of the corpus folder."""
    found: dict[str, str] = {}
    for f in sorted(corpus.glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if row["primary_gid"] in gids and row["primary_gid"] not in found:
                    found[row["primary_gid"]] = row["sentence_normalized"]
    missing = gids - found.keys()
    if missing:
        raise SystemExit(f"{len(missing)} sentences not found in {corpus}, e.g. {sorted(missing)[0]}")
    return found


def build_articles(golds: list[dict], shared: Path = SHARED) -> pd.DataFrame:
    """One row per excerpt (``article_id``, ``title``, ``text``): its sentences joined as paragraphs.

    >>> arts = build_articles(load_gold(gold_dirs(["u"])))  # doctest: +SKIP
    >>> list(arts.columns)                                   # doctest: +SKIP
    ['article_id', 'title', 'text']
    """
    gids = {s["primary_gid"] for g in golds for s in g["sentences"]}
    texts = sentence_texts(gids, shared / "corpora" / "newsmtsc")
    rows = [{"article_id": g["article_id"], "title": "",
             "text": PARAGRAPH_BREAK.join(texts[s["primary_gid"]] for s in g["sentences"])}
            for g in golds]
    return pd.DataFrame(rows, columns=["article_id", "title", "text"])


def score(dirs: list[Path], shared: Path = SHARED) -> dict:
    """The scorer's figures for the sets in ``dirs`` on the project's current extractor."""
    import analysis

    sc = scorer(shared)
    golds = load_gold(dirs)
    return sc.score(golds, analysis.extract_quotes(build_articles(golds, shared)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="set folders (set_u or u); default: all")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses, extras and wrong speakers")
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (default ../shared)")
    args = ap.parse_args(argv)
    if not (args.shared / "corpora" / "newsmtsc").is_dir():
        print(f"no NewsMTSC corpus under {args.shared}: nothing to score", file=sys.stderr)
        return 2
    import analysis

    sc = scorer(args.shared)
    golds = load_gold(gold_dirs(args.sets))
    result = sc.score(golds, analysis.extract_quotes(build_articles(golds, args.shared)), verbose=args.verbose)
    print(json.dumps(result, indent=1))
    q, r, a, t = result["quoted"], result["reported"], result["all"], result["source_type"]
    print(f"quoted_f1={q['f1']:.3f} quoted_e2e_f1={q['e2e_f1']:.3f} reported_f1={r['f1']:.3f} "
          f"reported_e2e_f1={r['e2e_f1']:.3f} all_f1={a['f1']:.3f} speaker_accuracy={a['speaker_accuracy']:.3f} "
          f"type_accuracy={t['accuracy']:.3f} type_macro_f1={t['macro_f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
