"""Score quote extraction on the same gold articles written in other quotation-mark conventions.

Outlets and corpora differ in how they mark quotes: British and Australian house style quotes in
single marks, tokenised research corpora (Penn Treebank style) write ``...'', European copy uses
guillemets, and text scraped from web pages or feeds often carries its marks as HTML character
references (``&quot;``). The quotes, speakers and words are the same; only the marks differ. This
script rewrites the gold articles' double marks in each convention (nothing else changes), runs
the project's extractor on every version and scores each with the project's scorer
(``../shared/eval/score_quotes.py``), so that a drop shows where a convention is not read.

    python benchmarks/score_conventions.py                       # dev + seed gold
    python benchmarks/score_conventions.py benchmarks/heldout_gold/set_a ...

HTML references are decoded by :func:`analysis.load_articles`, so one version is written to
files and loaded as a user would; the others go to :func:`analysis.extract_quotes` directly.
Single marks in a body count as quotation marks only with ``single_mark_bodies=True`` (the
codebook counts them only in headlines), so British style is scored both ways.
"""
from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import tempfile
from pathlib import Path
from types import ModuleType

import pandas as pd

HERE = Path(__file__).resolve().parent
# the checkout this script sits in, before any installed copy of the package: a worktree or a
# second clone must score its own extractor
sys.path.insert(0, str(HERE.parent))
SHARED = HERE.parent.parent / "shared"
DEFAULT_GOLD = [SHARED / "gold" / "dev", SHARED / "gold" / "seed"]

# each convention: (opening double mark, closing double mark); the straight mark is read from
# its context as the project's extractor does (an opening mark follows a space or opens a line)
_CONVENTIONS = {
    "as written": None,
    "single marks (British style), default: the codebook's headlines only": ("\u2018", "\u2019"),
    "single marks (British style), single_mark_bodies=True": ("\u2018", "\u2019"),
    "single straight marks, single_mark_bodies=True": ("'", "'"),
    "``...'' (tokenised corpora)": ("``", "''"),
    "guillemets «...»": ("«", "»"),
    "HTML references (&quot;, via load_articles)": ("&quot;", "&quot;"),
    "HTML references (&#8220;...&#8221;, text handed over directly)": ("&#8220;", "&#8221;"),
}
_DOUBLE = re.compile(r'["\u201c\u201d]')


def scorer(shared: Path = SHARED) -> ModuleType:
    """The evaluation scorer of ``../shared/eval``, imported from its file."""
    spec = importlib.util.spec_from_file_location("score_quotes", shared / "eval" / "score_quotes.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def rewrite_marks(text: str, opening: str, closing: str) -> str:
    """``text`` with every double quotation mark written as ``opening`` or ``closing``.

    A curly mark keeps its direction; a straight one opens after a space, a line break, an
    opening bracket or dash, or at the start, and closes otherwise.

    >>> rewrite_marks('She said, "We will." Then "go".', "«", "»")
    'She said, «We will.» Then «go».'
    """
    def one(m: re.Match) -> str:
        c, i = m.group(), m.start()
        if c == "\u201c":
            return opening
        if c == "\u201d":
            return closing
        before = text[i - 1] if i else " "
        return opening if before.isspace() or before in "([{—–-/" else closing
    return _DOUBLE.sub(one, text)


def score_conventions(gold_dirs: list[Path], shared: Path = SHARED) -> pd.DataFrame:
    """One row per convention: the scorer's quoted and reported figures on the rewritten gold."""
    import analysis

    sc = scorer(shared)
    golds = sc.load_gold(gold_dirs)
    base = sc.build_articles(golds, analysis)
    rows = []
    for name, marks in _CONVENTIONS.items():
        arts = base.copy()
        if marks is not None:
            arts["text"] = [rewrite_marks(t, *marks) for t in arts["text"]]
        if marks is not None and "load_articles" in name:
            arts = _through_the_loader(arts)
        res = sc.score(golds, analysis.extract_quotes(arts, single_mark_bodies="single_mark_bodies=True" in name))
        q, r, a = res["quoted"], res["reported"], res["all"]
        rows.append({"convention": name, "quoted F1": q["f1"], "quoted end-to-end": q["e2e_f1"],
                     "reported F1": r["f1"], "reported end-to-end": r["e2e_f1"],
                     "speaker accuracy": a["speaker_accuracy"]})
    return pd.DataFrame(rows).set_index("convention").round(3)


def _through_the_loader(arts: pd.DataFrame) -> pd.DataFrame:
    """The articles written as JSON files and read back with ``load_articles``, ids kept."""
    import json

    import analysis

    with tempfile.TemporaryDirectory() as tmp:
        for r in arts.itertuples():
            Path(tmp, f"{r.article_id}.json").write_text(
                json.dumps({"title": r.title, "text": r.text}), encoding="utf-8")
        loaded = analysis.load_articles(tmp)
    return loaded[["article_id", "title", "text"]]


def markdown(table: pd.DataFrame) -> str:
    """The table as a Markdown table (pandas needs the optional tabulate for that; two lines do).

    >>> print(markdown(pd.DataFrame({"F1": [0.9]}, index=pd.Index(["x"], name="convention"))))
    | convention | F1 |
    |---|---:|
    | x | 0.900 |
    """
    head = [table.index.name or ""] + list(table.columns)
    lines = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * len(table.columns)]
    lines += ["| " + " | ".join([str(i)] + [f"{v:.3f}" for v in row]) + " |"
              for i, row in zip(table.index, table.to_numpy())]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="*", type=Path, help="gold folders (default: ../shared/gold/dev and seed)")
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (default ../shared)")
    args = ap.parse_args(argv)
    dirs = args.gold or [args.shared / "gold" / "dev", args.shared / "gold" / "seed"]
    missing = [d for d in dirs if not d.exists()]
    if missing or not (args.shared / "eval" / "score_quotes.py").is_file():
        print(f"no gold or scorer at {missing or args.shared}: nothing to score", file=sys.stderr)
        return 2
    print(markdown(score_conventions(dirs, args.shared)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
