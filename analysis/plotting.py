"""Charts for reports: one house style, one colour per source type, one way to save.

Every chart function takes the package's tidy tables (articles, quotes, segments, frame scores),
prepares the numbers it plots with the matching ``*_data()`` function, and returns
``(fig, data)``: the matplotlib figure and exactly the DataFrame it draws. With no data it returns
an empty-state figure that says why, never a traceback. :func:`save_figure` writes PNG (300 dpi),
SVG and PDF plus the data as CSV, byte for byte the same on every re-run.

>>> import pandas as pd
>>> from analysis import plotting
>>> quotes = pd.DataFrame({"speaker": ["A. Diaz", "A. Diaz", "police"],
...                        "source_type": ["expert", "expert", "official"],
...                        "text": ["one two", "three", "four five six"],
...                        "article_id": ["a", "a", "b"], "named": [True, True, False]})
>>> fig, data = plotting.plot_top_speakers(quotes)
>>> data[["speaker", "n_quotes"]].values.tolist()
[['A. Diaz', 2], ['police', 1]]
>>> paths = plotting.save_figure(fig, "top_speakers", data, outdir=tmp_path)  # doctest: +SKIP
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.config import FIGURES_DIR, PACKAGE_DATA

log = logging.getLogger(__name__)

#: The house style file; load it with :func:`use_style` or ``plt.style.use(STYLE_PATH)``.
STYLE_PATH = PACKAGE_DATA / "newsroom.mplstyle"
#: The style by name, for ``plt.style.use(STYLE_NAME)`` (matplotlib >= 3.7).
STYLE_NAME = "analysis.data.newsroom"

#: The codebook's source types, in the order every chart lists them.
TYPE_ORDER: tuple[str, ...] = (
    "official", "political", "former_official", "expert",
    "media", "organization", "citizen", "unknown",
)
#: One colour per source type (Okabe-Ito, colour-blind safe), the same in every chart.
SOURCE_TYPE_COLORS: dict[str, str] = {
    "official": "#0072B2",         # blue
    "political": "#D55E00",        # vermillion
    "former_official": "#56B4E9",  # sky blue
    "expert": "#009E73",           # bluish green
    "media": "#CC79A7",            # reddish purple
    "organization": "#E69F00",     # orange
    "citizen": "#F0E442",          # yellow
    "unknown": "#999999",          # grey
}
#: Colours of the two voices in sentiment charts and of the two analyzers.
VOICE_COLORS = {"quoted": "#0072B2", "narration": "#999999"}
ANALYZER_COLORS = {"textblob": "#0072B2", "vader": "#E69F00"}
#: Software name written into SVG and PDF metadata (no version, no date: byte-stable files).
CREATOR = "newsroom-analysis (analysis.plotting)"

_FLOAT_FORMAT = "%.6f"
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
EMPTY_MESSAGE = "No data to plot"


# --------------------------------------------------------------------------- style and saving
def use_style() -> Path:
    """Apply the house style (``analysis/data/newsroom.mplstyle``) and return its path.

    >>> path = use_style()
    >>> path.name
    'newsroom.mplstyle'
    """
    plt.style.use(str(STYLE_PATH))
    return STYLE_PATH


def _label(name: str) -> str:
    return str(name).replace("_", " ")


def type_colors(types: Iterable[str]) -> list[str]:
    """Colours for a sequence of source types (grey for anything outside the codebook).

    >>> type_colors(["official", "political"])
    ['#0072B2', '#D55E00']
    """
    return [SOURCE_TYPE_COLORS.get(str(t), SOURCE_TYPE_COLORS["unknown"]) for t in types]


def _new_figure(width: float = 7.2, height: float = 4.4, **kwargs):
    use_style()
    kwargs.setdefault("layout", "constrained")  # room for suptitles, panel titles, colorbars
    return plt.subplots(figsize=(width, height), **kwargs)


def empty_figure(title: str, message: str = EMPTY_MESSAGE) -> Figure:
    """A figure that says why there is nothing to show (used by every chart on empty input).

    >>> fig = empty_figure("Top speakers", "No quotes were found in these articles.")
    >>> fig.axes[0].get_title(loc="left")
    'Top speakers'
    """
    fig, ax = _new_figure(7.2, 2.4)
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=11, color="#444444",
            wrap=True, transform=ax.transAxes)
    ax.set_axis_off()
    return fig


def _sorted_for_csv(data: pd.DataFrame) -> pd.DataFrame:
    data = data.reset_index(drop=True)
    if data.empty or data.shape[1] == 0:
        return data
    cols = list(data.columns)
    try:
        return data.sort_values(cols, kind="mergesort", na_position="last").reset_index(drop=True)
    except TypeError:  # mixed types in a column: sort on the text of each cell
        keys = data.astype(str)
        order = keys.sort_values(cols, kind="mergesort").index
        return data.loc[order].reset_index(drop=True)


def write_csv(data: pd.DataFrame, path: str | Path) -> Path:
    """Write ``data`` as CSV with sorted rows, fixed float format and ``\\n`` line ends.

    >>> import pandas as pd, tempfile, pathlib
    >>> p = write_csv(pd.DataFrame({"b": [2.0, 1.0]}), pathlib.Path(tempfile.mkdtemp()) / "x.csv")
    >>> p.read_text()
    'b\\n1.000000\\n2.000000\\n'
    """
    path = Path(path)
    data = _sorted_for_csv(pd.DataFrame(data))
    for col in data.columns:
        if pd.api.types.is_datetime64_any_dtype(data[col]):
            data[col] = data[col].dt.strftime("%Y-%m-%d")
    data.to_csv(path, index=False, float_format=_FLOAT_FORMAT, lineterminator="\n",
                encoding="utf-8")
    return path


def save_figure(fig: Figure, name: str, data: pd.DataFrame | None,
                outdir: str | Path | None = None, *, close: bool = False) -> dict[str, Path]:
    """Save ``fig`` as ``<name>.png`` (300 dpi), ``.svg`` and ``.pdf`` plus ``<name>.csv``.

    The CSV holds the numbers the chart plots (rows sorted, floats with six decimals). The files
    carry no date, random id or software version, so re-running a notebook rewrites them byte for
    byte. ``outdir`` defaults to ``analysis.config.FIGURES_DIR`` (``reports/figures``).

    >>> fig, data = plot_share_of_voice(pd.DataFrame({"source_type": ["official"], "text": ["a b"]}))
    >>> paths = save_figure(fig, "voice", data, outdir=tmp_path)  # doctest: +SKIP
    >>> sorted(paths)                                               # doctest: +SKIP
    ['csv', 'pdf', 'png', 'svg']
    """
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", name):
        raise ValueError(f"figure name {name!r}: use letters, digits, '_', '-' or '.' only")
    outdir = Path(outdir) if outdir is not None else FIGURES_DIR
    outdir.mkdir(parents=True, exist_ok=True)
    paths = {ext: outdir / f"{name}.{ext}" for ext in ("png", "svg", "pdf", "csv")}
    metadata = {
        "png": {"Software": None, "Title": name},
        "svg": {"Date": None, "Creator": CREATOR, "Title": name},
        "pdf": {"CreationDate": None, "ModDate": None, "Creator": CREATOR, "Producer": None,
                "Title": name},
    }
    with matplotlib.rc_context({"svg.hashsalt": "newsroom-analysis", "svg.fonttype": "path",
                                "pdf.fonttype": 3}):
        # one layout pass for all three formats instead of one "tight" pass per format
        # Lay the figure out once, then freeze it: every format (and every re-save) uses the
        # same positions, and the layout engine does not run again per format.
        fig.draw_without_rendering()
        if fig.get_layout_engine() is not None:
            fig.set_layout_engine("none")
        bbox = fig.get_tightbbox(fig.canvas.get_renderer()).padded(0.15)
        for ext in ("png", "svg", "pdf"):
            fig.savefig(paths[ext], format=ext, dpi=300, metadata=metadata[ext],
                        bbox_inches=bbox, facecolor="white")
    write_csv(data if data is not None else pd.DataFrame(), paths["csv"])
    log.info("saved figure %s to %s", name, outdir)
    if close:
        plt.close(fig)
    return paths


# --------------------------------------------------------------------------- small helpers
def _is_empty(df: pd.DataFrame | None, *cols: str) -> bool:
    return df is None or len(df) == 0 or any(c not in df.columns for c in cols)


def _n_words(text: object) -> int:
    return len(_WORD.findall(text)) if isinstance(text, str) else 0


def _types_of(quotes: pd.DataFrame) -> pd.Series:
    if "source_type" not in quotes.columns:
        return pd.Series("unknown", index=quotes.index)
    return quotes["source_type"].astype(object).where(quotes["source_type"].notna(), "unknown") \
        .astype(str)


def _type_categorical(values: Iterable[str]) -> pd.Categorical:
    return pd.Categorical(list(values), categories=list(TYPE_ORDER), ordered=True)


def _short(text: object, width: int = 38) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def bootstrap_ci(values: Iterable[float], *, n_boot: int = 2000, level: float = 0.95,
                 seed: int = 0) -> tuple[float, float]:
    """Percentile bootstrap confidence interval of the mean (fixed seed: reproducible).

    >>> bootstrap_ci([0.0, 0.0, 0.0])
    (0.0, 0.0)
    """
    x = np.asarray([v for v in values if v is not None and not pd.isna(v)], dtype=float)
    if len(x) == 0:
        return (float("nan"), float("nan"))
    if len(x) == 1:
        return (float(x[0]), float(x[0]))
    rng = np.random.default_rng(seed)
    means = x[rng.integers(0, len(x), size=(n_boot, len(x)))].mean(axis=1)
    alpha = (1 - level) / 2
    return (float(np.quantile(means, alpha)), float(np.quantile(means, 1 - alpha)))


def _auto_freq(dates: pd.Series) -> tuple[str, str]:
    span = (dates.max() - dates.min()).days if len(dates) else 0
    if span <= 62:
        return "D", "day"
    if span <= 400:
        return "W-MON", "week"
    return "MS", "month"


def _period_start(dates: pd.Series, freq: str) -> pd.Series:
    if freq == "D":
        return dates.dt.normalize()
    if freq.startswith("W"):
        return (dates.dt.normalize() - pd.to_timedelta(dates.dt.weekday, unit="D"))
    if freq in ("MS", "M", "ME"):
        return dates.dt.to_period("M").dt.start_time
    if freq in ("QS", "Q"):
        return dates.dt.to_period("Q").dt.start_time
    return dates.dt.to_period("Y").dt.start_time


def _dates(articles: pd.DataFrame) -> pd.Series:
    col = "published" if "published" in articles.columns else ("date" if "date" in articles.columns
                                                               else None)
    if col is None:
        return pd.Series(pd.NaT, index=articles.index, dtype="datetime64[ns]")
    dates = pd.to_datetime(articles[col], errors="coerce", utc=False)
    if getattr(dates.dt, "tz", None) is not None:
        dates = dates.dt.tz_localize(None)
    return dates


def _outlets(articles: pd.DataFrame) -> pd.Series:
    if "outlet" not in articles.columns:
        return pd.Series("(unknown outlet)", index=articles.index)
    out = articles["outlet"].fillna("").astype(str).str.strip()
    return out.where(out != "", "(unknown outlet)")


def filter_articles(articles: pd.DataFrame, *, outlets: Iterable[str] | None = None,
                    start: str | None = None, end: str | None = None) -> pd.DataFrame:
    """The notebooks' filters: keep articles of some outlets and/or published in [start, end].

    ``None`` keeps everything; undated articles are dropped only when a date bound is given.

    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"],
    ...                      "published": pd.to_datetime(["2020-01-01", "2021-01-01"])})
    >>> filter_articles(arts, outlets=["X"]).article_id.tolist()
    ['a']
    >>> filter_articles(arts, start="2020-06-01").article_id.tolist()
    ['b']
    """
    keep = pd.Series(True, index=articles.index)
    if outlets:
        keep &= _outlets(articles).isin([str(o) for o in outlets])
    if start is not None or end is not None:
        dates = _dates(articles)
        if start is not None:
            keep &= dates >= pd.Timestamp(start)
        if end is not None:
            keep &= dates <= pd.Timestamp(end)
    return articles[keep.fillna(False).astype(bool)]


def restrict(table: pd.DataFrame | None, articles: pd.DataFrame) -> pd.DataFrame | None:
    """Rows of ``table`` whose ``article_id`` is among ``articles`` (for filtered notebooks).

    >>> table = pd.DataFrame({"article_id": ["a", "b"]})
    >>> restrict(table, pd.DataFrame({"article_id": ["b"]})).article_id.tolist()
    ['b']
    """
    if table is None or "article_id" not in table.columns:
        return table
    return table[table["article_id"].isin(set(articles["article_id"]))]


def _mark_median(ax, med: float, fmt: str) -> None:
    """A dashed line at the median of a histogram, labelled with ``fmt`` (e.g. "{:.1f}%")."""
    ax.axvline(med, color="#D55E00", linestyle="--", linewidth=1.2)
    ax.text(med, ax.get_ylim()[1] * 0.95, f" median {fmt.format(med)}", color="#D55E00",
            fontsize=8, va="top")


def _per_article_bars(data: pd.DataFrame):
    """Figure for one horizontal bar per article (first row on top), and the bar labels."""
    fig, ax = _new_figure(7.2, max(2.2, 1.1 + 0.3 * len(data)))
    shown = data.iloc[::-1]
    labels = [_short(t or a) for t, a in zip(shown["title"], shown["article_id"])]
    return fig, ax, shown, labels


def _distribution(ax, data: pd.DataFrame, value: str, label_col: str, xlabel: str,
                  ylabel_items: str, bins: int | None = None, color: str = "#0072B2",
                  max_bars: int = 30, fmt: str = "{:.0f}") -> None:
    """Bars per item when there are few, a histogram over items when there are many."""
    if len(data) <= max_bars:
        shown = data.iloc[::-1]
        ax.barh([_short(v) for v in shown[label_col]], shown[value], color=color)
        ax.set_xlabel(xlabel)
        ax.grid(axis="y", visible=False)
        for y, v in enumerate(shown[value]):
            ax.text(v, y, " " + fmt.format(v), va="center", fontsize=8, color="#333333")
    else:
        values = data[value].astype(float)
        ax.hist(values, bins=bins or min(40, max(10, int(np.sqrt(len(values))))), color=color)
        ax.set_xlabel(xlabel)
        ax.set_ylabel(f"{ylabel_items} (count)")
        ax.grid(axis="x", visible=False)
        _mark_median(ax, float(values.median()), fmt)


# --------------------------------------------------------------------------- 01 corpus overview
def articles_over_time_data(articles: pd.DataFrame, freq: str | None = None) -> pd.DataFrame:
    """Articles per day, week or month (chosen from the date span unless ``freq`` is given).

    Columns ``period`` (start date), ``freq`` ("day"/"week"/"month"), ``n_articles``;
    undated articles are left out (``data.attrs["undated"]`` counts them).

    >>> arts = pd.DataFrame({"article_id": ["a", "b", "c"],
    ...     "published": pd.to_datetime(["2022-03-01", "2022-03-01", None])})
    >>> d = articles_over_time_data(arts)
    >>> d.n_articles.tolist(), d.attrs["undated"]
    ([2], 1)
    """
    cols = ["period", "freq", "n_articles"]
    if _is_empty(articles):
        out = pd.DataFrame(columns=cols)
        out.attrs["undated"] = 0
        return out
    dates = _dates(articles)
    dated = dates.dropna()
    if dated.empty:
        out = pd.DataFrame(columns=cols)
        out.attrs["undated"] = int(len(dates))
        return out
    names = {"D": "day", "W-MON": "week", "MS": "month"}
    if freq is None:
        freq, fname = _auto_freq(dated)
    else:
        fname = names.get(freq, freq)
    starts = _period_start(dated, freq)
    counts = starts.value_counts().sort_index()
    out = pd.DataFrame({"period": counts.index, "freq": fname, "n_articles": counts.values})
    out["n_articles"] = out["n_articles"].astype(int)
    out.attrs["undated"] = int(dates.isna().sum())
    return out.reset_index(drop=True)


def plot_articles_over_time(articles: pd.DataFrame, freq: str | None = None):
    """Bar chart of articles per period. Returns ``(fig, data)``."""
    title = "Articles over time"
    data = articles_over_time_data(articles, freq)
    if data.empty:
        undated = data.attrs.get("undated", 0)
        msg = (f"None of the {undated} articles has a publication date." if undated
               else "No articles were loaded.")
        return empty_figure(title, msg), data
    fig, ax = _new_figure()
    unit = data["freq"].iloc[0]
    width = {"day": 0.8, "week": 5.5, "month": 25}.get(unit, 0.8)
    ax.bar(data["period"], data["n_articles"], width=width, align="edge", color="#0072B2")
    ax.set_title(f"{title} (per {unit})")
    ax.set_xlabel(f"Publication date ({unit} starting)")
    ax.set_ylabel("Articles (count)")
    ax.grid(axis="x", visible=False)
    ax.yaxis.get_major_locator().set_params(integer=True)
    fig.autofmt_xdate()
    undated = data.attrs.get("undated", 0)
    if undated:
        ax.text(1, 1.02, f"{undated} undated article(s) not shown", transform=ax.transAxes,
                ha="right", fontsize=8, color="#444444")
    return fig, data


def articles_by_outlet_data(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles per outlet (empty outlet = "(unknown outlet)").

    >>> articles_by_outlet_data(pd.DataFrame({"outlet": ["X", "X", ""]})).values.tolist()
    [['X', 2], ['(unknown outlet)', 1]]
    """
    if _is_empty(articles):
        return pd.DataFrame(columns=["outlet", "n_articles"])
    counts = _outlets(articles).value_counts()
    out = pd.DataFrame({"outlet": counts.index, "n_articles": counts.values.astype(int)})
    return out.sort_values(["n_articles", "outlet"], ascending=[False, True],
                           kind="mergesort").reset_index(drop=True)


def plot_articles_by_outlet(articles: pd.DataFrame, top: int = 20):
    """Horizontal bars: articles per outlet (the ``top`` largest). Returns ``(fig, data)``."""
    title = "Articles by outlet"
    data = articles_by_outlet_data(articles).head(top)
    if data.empty:
        return empty_figure(title, "No articles were loaded."), data
    fig, ax = _new_figure(7.2, max(2.2, 0.9 + 0.32 * len(data)))
    _distribution(ax, data, "n_articles", "outlet", "Articles (count)", "Outlets", max_bars=top)
    ax.set_title(title)
    return fig, data


def article_length_data(articles: pd.DataFrame) -> pd.DataFrame:
    """Words per article body: ``article_id``, ``title``, ``n_words`` (longest first).

    >>> article_length_data(pd.DataFrame({"article_id": ["a"], "title": ["T"],
    ...                                   "text": ["one two three"]})).n_words.tolist()
    [3]
    """
    if _is_empty(articles, "article_id"):
        return pd.DataFrame(columns=["article_id", "title", "n_words"])
    if "n_words" in articles.columns:
        words = articles["n_words"].fillna(0).astype(int)
    elif "text" in articles.columns:
        words = articles["text"].map(_n_words).astype(int)
    else:
        words = pd.Series(0, index=articles.index)
    title = articles["title"].fillna("").astype(str) if "title" in articles.columns else ""
    out = pd.DataFrame({"article_id": articles["article_id"].astype(str), "title": title,
                        "n_words": words.values})
    return out.sort_values(["n_words", "article_id"], ascending=[False, True],
                           kind="mergesort").reset_index(drop=True)


def plot_article_length(articles: pd.DataFrame):
    """Article length in words: bars per article when few, a histogram when many."""
    title = "Article length"
    data = article_length_data(articles)
    if data.empty:
        return empty_figure(title, "No articles were loaded."), data
    fig, ax = _new_figure(7.2, max(2.2, 0.9 + 0.3 * len(data)) if len(data) <= 30 else 4.4)
    _distribution(ax, data.assign(label=data["title"].where(data["title"] != "",
                                                               data["article_id"])),
                  "n_words", "label", "Article length (words)", "Articles")
    ax.set_title(f"{title} ({len(data)} article{'s' if len(data) != 1 else ''})")
    return fig, data


def quotes_per_article_data(articles: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotes per article by kind (articles with no quote count 0).

    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "title": ["A", "B"]})
    >>> qs = pd.DataFrame({"article_id": ["a", "a"], "kind": ["direct", "indirect"]})
    >>> quotes_per_article_data(arts, qs)[["article_id", "n_quotes"]].values.tolist()
    [['a', 2], ['b', 0]]
    """
    cols = ["article_id", "title", "n_quotes", "direct", "partial", "indirect"]
    if _is_empty(articles, "article_id"):
        return pd.DataFrame(columns=cols)
    base = article_length_data(articles)[["article_id", "title"]]
    kinds = ["direct", "partial", "indirect"]
    if _is_empty(quotes, "article_id"):
        counts = pd.DataFrame(0, index=base["article_id"], columns=kinds)
    else:
        kind = quotes["kind"] if "kind" in quotes.columns else pd.Series("direct", quotes.index)
        counts = pd.crosstab(quotes["article_id"].astype(str), kind.astype(str))
        counts = counts.reindex(columns=kinds, fill_value=0)
    out = base.merge(counts, left_on="article_id", right_index=True, how="left")
    out[kinds] = out[kinds].fillna(0).astype(int)
    out["n_quotes"] = out[kinds].sum(axis=1).astype(int)
    out = out[cols]
    return out.sort_values(["n_quotes", "article_id"], ascending=[False, True],
                           kind="mergesort").reset_index(drop=True)


def plot_quotes_per_article(articles: pd.DataFrame, quotes: pd.DataFrame):
    """Quotes per article, stacked by kind when few articles, a histogram when many."""
    title = "Quotes per article"
    data = quotes_per_article_data(articles, quotes)
    if data.empty:
        return empty_figure(title, "No articles were loaded."), data
    if len(data) <= 30:
        fig, ax, shown, labels = _per_article_bars(data)
        left = np.zeros(len(shown))
        for kind, color in zip(("direct", "partial", "indirect"),
                               ("#0072B2", "#56B4E9", "#E69F00")):
            ax.barh(labels, shown[kind], left=left, color=color, label=kind)
            left += shown[kind].to_numpy()
        ax.set_xlabel("Quotes (count)")
        ax.grid(axis="y", visible=False)
        ax.legend(title="kind", loc="lower right")
        ax.xaxis.get_major_locator().set_params(integer=True)
    else:
        fig, ax = _new_figure()
        top = int(data["n_quotes"].max())
        ax.hist(data["n_quotes"], bins=np.arange(-0.5, top + 1.5, max(1, (top + 1) // 30)),
                color="#0072B2")
        ax.set_xlabel("Quotes per article (count)")
        ax.set_ylabel("Articles (count)")
        ax.grid(axis="x", visible=False)
    ax.set_title(f"{title} ({int(data['n_quotes'].sum())} quotes in {len(data)} "
                 f"article{'s' if len(data) != 1 else ''})")
    return fig, data


def quoted_share_data(articles: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """Share of each article body's words inside quotation marks (direct and partial quotes)
    and in reported (indirect) speech, in percent of the body's words.

    >>> arts = pd.DataFrame({"article_id": ["a"], "title": ["A"], "text": ["w " * 10]})
    >>> qs = pd.DataFrame({"article_id": ["a"], "kind": ["direct"], "field": ["text"],
    ...                    "text": ["w w"]})
    >>> quoted_share_data(arts, qs).pct_quoted.tolist()
    [20.0]
    """
    cols = ["article_id", "title", "n_words", "quoted_words", "reported_words",
            "pct_quoted", "pct_reported"]
    if _is_empty(articles, "article_id"):
        return pd.DataFrame(columns=cols)
    base = article_length_data(articles)
    if _is_empty(quotes, "article_id", "text"):
        words = pd.DataFrame(0, index=base["article_id"], columns=["quoted", "reported"])
    else:
        q = quotes
        if "field" in q.columns:
            q = q[q["field"].fillna("text") == "text"]
        kind = q["kind"].astype(str) if "kind" in q.columns else pd.Series("direct", q.index)
        frame = pd.DataFrame({"article_id": q["article_id"].astype(str),
                              "what": np.where(kind == "indirect", "reported", "quoted"),
                              "n": q["text"].map(_n_words)})
        words = frame.pivot_table(index="article_id", columns="what", values="n",
                                  aggfunc="sum", fill_value=0)
        words = words.reindex(columns=["quoted", "reported"], fill_value=0)
    out = base.merge(words, left_on="article_id", right_index=True, how="left")
    out["quoted_words"] = out["quoted"].fillna(0).astype(int)
    out["reported_words"] = out["reported"].fillna(0).astype(int)
    denom = out["n_words"].where(out["n_words"] > 0)
    out["pct_quoted"] = (100 * out["quoted_words"] / denom).clip(upper=100).fillna(0.0)
    out["pct_reported"] = (100 * out["reported_words"] / denom).clip(upper=100).fillna(0.0)
    out = out[cols]
    return out.sort_values(["pct_quoted", "article_id"], ascending=[False, True],
                           kind="mergesort").reset_index(drop=True)


def plot_quoted_share(articles: pd.DataFrame, quotes: pd.DataFrame):
    """Share of each article's words that are quoted: bars when few articles, else histogram."""
    title = "Share of each article's words that others said"
    data = quoted_share_data(articles, quotes)
    if data.empty:
        return empty_figure(title, "No articles were loaded."), data
    if len(data) <= 30:
        fig, ax, shown, labels = _per_article_bars(data)
        ax.barh(labels, shown["pct_quoted"], color="#0072B2", label="quoted (direct, partial)")
        ax.barh(labels, shown["pct_reported"], left=shown["pct_quoted"], color="#E69F00",
                label="reported (indirect)")
        ax.set_xlabel("Share of the article's words (%)")
        ax.grid(axis="y", visible=False)
        ax.legend(loc="lower right")
        ax.set_xlim(0, 100)
    else:
        fig, ax = _new_figure()
        ax.hist(data["pct_quoted"], bins=np.arange(0, 102.5, 2.5), color="#0072B2")
        ax.set_xlabel("Share of the article's words in quotation marks (%)")
        ax.set_ylabel("Articles (count)")
        ax.grid(axis="x", visible=False)
        _mark_median(ax, float(data["pct_quoted"].median()), "{:.1f}%")
    ax.set_title(title)
    return fig, data


# --------------------------------------------------------------------------- 02 quote sources
def _speaker_types(quotes: pd.DataFrame) -> pd.Series:
    """Most frequent type per speaker (ties: codebook order)."""
    frame = pd.DataFrame({"speaker": quotes["speaker"].astype(str),
                          "source_type": _type_categorical(_types_of(quotes))})
    counts = frame.groupby(["speaker", "source_type"], observed=True).size().rename("n")
    counts = counts.reset_index().sort_values(["speaker", "n", "source_type"],
                                              ascending=[True, False, True], kind="mergesort")
    first = counts.drop_duplicates("speaker")
    return first.set_index("speaker")["source_type"].astype(str)


def top_speakers_data(quotes: pd.DataFrame, top: int = 15) -> pd.DataFrame:
    """The most quoted speakers: ``speaker``, ``source_type``, ``n_quotes``, ``quoted_words``,
    ``n_articles`` (most quotes first, ties by words then name).

    >>> qs = pd.DataFrame({"speaker": ["B", "A", "A"], "source_type": ["media", "expert", "expert"],
    ...                    "text": ["x", "y", "z"], "article_id": ["1", "1", "2"]})
    >>> top_speakers_data(qs)[["speaker", "n_quotes", "n_articles"]].values.tolist()
    [['A', 2, 2], ['B', 1, 1]]
    """
    cols = ["speaker", "source_type", "n_quotes", "quoted_words", "n_articles"]
    if _is_empty(quotes, "speaker"):
        return pd.DataFrame(columns=cols)
    q = quotes[quotes["speaker"].notna() & (quotes["speaker"].astype(str).str.strip() != "")]
    if q.empty:
        return pd.DataFrame(columns=cols)
    frame = pd.DataFrame({
        "speaker": q["speaker"].astype(str),
        "words": q["text"].map(_n_words) if "text" in q.columns else 0,
        "article_id": q["article_id"].astype(str) if "article_id" in q.columns else "",
    })
    g = frame.groupby("speaker")
    out = pd.DataFrame({"n_quotes": g.size(), "quoted_words": g["words"].sum(),
                        "n_articles": g["article_id"].nunique()})
    out["source_type"] = _speaker_types(q).reindex(out.index)
    out = out.reset_index()[cols]
    out[["n_quotes", "quoted_words", "n_articles"]] = out[
        ["n_quotes", "quoted_words", "n_articles"]].astype(int)
    out = out.sort_values(["n_quotes", "quoted_words", "speaker"], ascending=[False, False, True],
                          kind="mergesort")
    return out.head(top).reset_index(drop=True)


def _type_legend(ax, types: Iterable[str], loc: str = "lower right") -> None:
    from matplotlib.patches import Patch
    present = [t for t in TYPE_ORDER if t in set(types)]
    ax.legend(handles=[Patch(facecolor=SOURCE_TYPE_COLORS[t], edgecolor="#333333",
                             label=_label(t)) for t in present],
              title="source type", loc=loc)


def plot_top_speakers(quotes: pd.DataFrame, top: int = 15):
    """Horizontal bars of the most quoted speakers, coloured by source type."""
    title = "Most quoted speakers"
    data = top_speakers_data(quotes, top)
    if data.empty:
        return empty_figure(title, "No quotes with a speaker were found."), data
    fig, ax = _new_figure(7.2, max(2.2, 1.1 + 0.32 * len(data)))
    shown = data.iloc[::-1]
    ax.barh([_short(s, 32) for s in shown["speaker"]], shown["n_quotes"],
            color=type_colors(shown["source_type"]))
    for y, (n, w) in enumerate(zip(shown["n_quotes"], shown["quoted_words"])):
        ax.text(n, y, f" {n} ({w} words)", va="center", fontsize=8, color="#333333")
    ax.set_xlabel("Quotes (count)")
    ax.set_xlim(0, data["n_quotes"].max() * 1.3)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="y", visible=False)
    ax.set_title(f"{title} (top {len(data)})")
    _type_legend(ax, data["source_type"])
    return fig, data


def share_of_voice_data(quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotes and quoted words per source type and their shares (%), all eight types listed.

    >>> qs = pd.DataFrame({"source_type": ["official", "political", "official"],
    ...                    "text": ["a b c", "d", "e"]})
    >>> d = share_of_voice_data(qs).set_index("source_type")
    >>> d.loc["official", ["n_quotes", "quoted_words"]].tolist(), float(round(d.pct_quotes.iloc[0], 1))
    ([2, 4], 66.7)
    """
    cols = ["source_type", "n_quotes", "quoted_words", "pct_quotes", "pct_words"]
    if _is_empty(quotes):
        return pd.DataFrame(columns=cols)
    frame = pd.DataFrame({"source_type": _types_of(quotes),
                          "words": quotes["text"].map(_n_words) if "text" in quotes.columns
                          else 0})
    g = frame.groupby("source_type")
    out = pd.DataFrame({"n_quotes": g.size(), "quoted_words": g["words"].sum()})
    out = out.reindex(list(TYPE_ORDER) + sorted(set(out.index) - set(TYPE_ORDER)),
                      fill_value=0)
    out = out.astype(int)
    out["pct_quotes"] = 100 * out["n_quotes"] / max(1, out["n_quotes"].sum())
    out["pct_words"] = 100 * out["quoted_words"] / max(1, out["quoted_words"].sum())
    return out.rename_axis("source_type").reset_index()[cols]


def plot_share_of_voice(quotes: pd.DataFrame):
    """Share of voice by source type: two panels, share of quotes and share of quoted words."""
    title = "Share of voice by source type"
    data = share_of_voice_data(quotes)
    if data.empty or data["n_quotes"].sum() == 0:
        return empty_figure(title, "No quotes were found."), data
    fig, axes = _new_figure(8.4, 4.2, ncols=2, sharey=True)
    shown = data.iloc[::-1]
    labels = [_label(t) for t in shown["source_type"]]
    for ax, col, n_col, xlabel in ((axes[0], "pct_quotes", "n_quotes", "Share of quotes (%)"),
                                   (axes[1], "pct_words", "quoted_words",
                                    "Share of quoted words (%)")):
        ax.barh(labels, shown[col], color=type_colors(shown["source_type"]))
        for y, (v, n) in enumerate(zip(shown[col], shown[n_col])):
            if n:
                ax.text(v, y, f" {v:.0f}% ({n})", va="center", fontsize=8)
        ax.set_xlabel(xlabel)
        ax.set_xlim(0, min(100, shown[col].max() * 1.35 + 1))
        ax.grid(axis="y", visible=False)
    axes[0].set_title("Quotes")
    axes[1].set_title("Quoted words")
    fig.suptitle(f"{title} ({int(data['n_quotes'].sum())} quotes)", x=0.02, ha="left")
    return fig, data


def official_political_data(quotes: pd.DataFrame, articles: pd.DataFrame | None = None,
                            by: str = "article", top: int = 25) -> pd.DataFrame:
    """Official versus political quotes per article or per outlet.

    Rows with at least one official or political quote, most such quotes first, at most ``top``.
    Columns: the group (``article_id`` and ``title``, or ``outlet``), ``official``, ``political``,
    ``pct_official`` (official share of the two, %).

    >>> qs = pd.DataFrame({"article_id": ["a", "a", "a"],
    ...                    "source_type": ["official", "political", "expert"]})
    >>> official_political_data(qs)[["article_id", "official", "political"]].values.tolist()
    [['a', 1, 1]]
    """
    if by not in ("article", "outlet"):
        raise ValueError("by must be 'article' or 'outlet'")
    key = ["article_id", "title"] if by == "article" else ["outlet"]
    cols = key + ["official", "political", "pct_official"]
    if _is_empty(quotes, "article_id"):
        return pd.DataFrame(columns=cols)
    q = pd.DataFrame({"article_id": quotes["article_id"].astype(str),
                      "source_type": _types_of(quotes)})
    q = q[q["source_type"].isin(["official", "political"])]
    if q.empty:
        return pd.DataFrame(columns=cols)
    if articles is not None and not _is_empty(articles, "article_id"):
        meta = pd.DataFrame({"article_id": articles["article_id"].astype(str),
                             "title": articles["title"].fillna("").astype(str)
                             if "title" in articles.columns else "",
                             "outlet": _outlets(articles)})
    else:
        ids = sorted(q["article_id"].unique())
        meta = pd.DataFrame({"article_id": ids, "title": "", "outlet": "(unknown outlet)"})
    q = q.merge(meta, on="article_id", how="left")
    q["title"] = q["title"].fillna("")
    q["outlet"] = q["outlet"].fillna("(unknown outlet)")
    counts = pd.crosstab([q[k] for k in key], q["source_type"])
    counts = counts.reindex(columns=["official", "political"], fill_value=0).astype(int)
    out = counts.reset_index()
    out.columns.name = None
    out["pct_official"] = 100 * out["official"] / (out["official"] + out["political"])
    out["_total"] = out["official"] + out["political"]
    out = out.sort_values(["_total", key[0]], ascending=[False, True], kind="mergesort")
    n_groups = len(out)
    out = out.drop(columns="_total").head(top).reset_index(drop=True)[cols]
    out.attrs["n_groups"] = n_groups  # how many articles/outlets had any, before the cut
    return out


def plot_official_political(quotes: pd.DataFrame, articles: pd.DataFrame | None = None,
                            by: str = "article", top: int = 25):
    """Diverging bars: official quotes to the left, political to the right, per article/outlet."""
    title = f"Official versus political quotes per {by}"
    data = official_political_data(quotes, articles, by=by, top=top)
    if data.empty:
        return empty_figure(title, "No official or political quotes were found."), data
    fig, ax = _new_figure(7.6, max(2.4, 1.2 + 0.32 * len(data)))
    shown = data.iloc[::-1]
    if by == "article":
        labels = [_short(t or a, 44) for t, a in zip(shown["title"], shown["article_id"])]
    else:
        labels = [_short(o, 44) for o in shown["outlet"]]
    y = np.arange(len(shown))
    ax.barh(y, -shown["official"], color=SOURCE_TYPE_COLORS["official"], label="official")
    ax.barh(y, shown["political"], color=SOURCE_TYPE_COLORS["political"], label="political")
    ax.set_yticks(y, labels)
    ax.axvline(0, color="#333333", linewidth=0.8)
    lim = max(1, int(max(shown["official"].max(), shown["political"].max())))
    ax.set_xlim(-lim * 1.15, lim * 1.15)
    ticks = ax.get_xticks()
    ax.set_xticks(ticks, [f"{abs(t):g}" for t in ticks])
    ax.set_xlim(-lim * 1.15, lim * 1.15)
    ax.set_xlabel("Quotes (count): official ← | → political")
    ax.grid(axis="y", visible=False)
    ax.legend(loc="lower right")
    n_groups = data.attrs.get("n_groups", len(data))
    if n_groups > len(data):
        title += f" (the {len(data)} of {n_groups} {by}s with the most)"
    ax.set_title(title)
    return fig, data


def party_balance_data(quotes: pd.DataFrame, top: int = 12) -> pd.DataFrame:
    """Quotes per party of the speaker, split into official, political and other types.

    Only quotes whose speaker has a ``party`` (from the article's words, a party marker such as
    "(R-Ky.)", the registry or the public-figures file) count; ``attrs["political_without_party"]``
    and ``attrs["political"]`` say how many political quotes had none, so a reader can judge the
    coverage. Rows: the ``top`` parties with the most quotes. Columns: ``party``, ``n_quotes``,
    ``n_speakers``, ``official``, ``political``, ``other``, ``pct_quotes`` (share of the quotes
    with a party, %).

    >>> qs = pd.DataFrame({"speaker": ["A", "A", "B", "C", "D"],
    ...                    "party": ["Republican", "Republican", "Democratic", "Republican", ""],
    ...                    "source_type": ["political", "political", "official", "official", "political"]})
    >>> d = party_balance_data(qs)
    >>> d[["party", "n_quotes", "n_speakers", "official", "political"]].values.tolist()
    [['Republican', 3, 2, 1, 2], ['Democratic', 1, 1, 1, 0]]
    >>> d.attrs["political_without_party"], d.attrs["political"]
    (1, 3)
    """
    cols = ["party", "n_quotes", "n_speakers", "official", "political", "other", "pct_quotes"]

    def none_known(political: int = 0, without: int = 0) -> pd.DataFrame:
        out = pd.DataFrame(columns=cols)
        out.attrs.update(political=political, political_without_party=without, n_parties=0)
        return out

    if _is_empty(quotes, "party"):
        return none_known()
    types = _types_of(quotes)
    party = quotes["party"].fillna("").astype(str).str.strip()
    speaker = quotes["speaker"].astype(str) if "speaker" in quotes.columns else \
        pd.Series(range(len(quotes)), index=quotes.index).astype(str)
    frame = pd.DataFrame({"party": party, "speaker": speaker,
                          "kind": types.where(types.isin(["official", "political"]), "other")})
    political = int((types == "political").sum())
    without = int(((types == "political") & (party == "")).sum())
    frame = frame[frame["party"] != ""]
    if frame.empty:
        return none_known(political, without)
    counts = pd.crosstab(frame["party"], frame["kind"]).reindex(
        columns=["official", "political", "other"], fill_value=0).astype(int)
    counts["n_quotes"] = counts.sum(axis=1)
    counts["n_speakers"] = frame.groupby("party")["speaker"].nunique()
    counts["pct_quotes"] = 100 * counts["n_quotes"] / counts["n_quotes"].sum()
    out = counts.rename_axis("party").reset_index()
    out.columns.name = None
    out = out.sort_values(["n_quotes", "party"], ascending=[False, True], kind="mergesort")
    n_parties = len(out)
    out = out.head(top).reset_index(drop=True)[cols]
    out.attrs.update(political=political, political_without_party=without, n_parties=n_parties)
    return out


def plot_party_balance(quotes: pd.DataFrame, top: int = 12):
    """Stacked bars: quotes per party of the speaker, as official, political or other sources."""
    title = "Quotes by the speaker's party"
    data = party_balance_data(quotes, top=top)
    if data.empty:
        return empty_figure(title, "No quoted speaker has a known party."), data
    fig, ax = _new_figure(7.6, max(2.4, 1.4 + 0.34 * len(data)))
    shown = data.iloc[::-1]
    labels = [_short(p, 36) for p in shown["party"]]
    left = np.zeros(len(shown))
    for kind, color in (("official", SOURCE_TYPE_COLORS["official"]),
                        ("political", SOURCE_TYPE_COLORS["political"]),
                        ("other", SOURCE_TYPE_COLORS["unknown"])):
        ax.barh(labels, shown[kind], left=left, color=color, label=kind)
        left += shown[kind].to_numpy()
    for y, (n, pct) in enumerate(zip(shown["n_quotes"], shown["pct_quotes"])):
        ax.text(n, y, f" {n} ({pct:.0f}%)", va="center", fontsize=8)
    ax.set_xlim(0, data["n_quotes"].max() * 1.3 + 1)
    n_pol, without = data.attrs["political"], data.attrs["political_without_party"]
    ax.set_xlabel("Quotes (count)" + (f"\n{without} of {n_pol} political quotes have no known "
                                      "party and are not counted" if n_pol else ""))
    ax.grid(axis="y", visible=False)
    ax.legend(loc="lower right")
    if data.attrs["n_parties"] > len(data):
        title += f" (the {len(data)} of {data.attrs['n_parties']} parties with the most)"
    ax.set_title(title)
    return fig, data


def named_unnamed_data(quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotes from named and unnamed speakers per source type (types with quotes only).

    >>> qs = pd.DataFrame({"source_type": ["official", "official"], "named": [True, False]})
    >>> named_unnamed_data(qs)[["source_type", "named", "unnamed"]].values.tolist()
    [['official', 1, 1]]
    """
    cols = ["source_type", "named", "unnamed", "pct_named"]
    if _is_empty(quotes, "named"):
        return pd.DataFrame(columns=cols)
    named = quotes["named"].fillna(False).astype(bool)
    frame = pd.DataFrame({"source_type": _types_of(quotes),
                          "status": np.where(named, "named", "unnamed")})
    counts = pd.crosstab(frame["source_type"], frame["status"])
    counts = counts.reindex(columns=["named", "unnamed"], fill_value=0).astype(int)
    order = [t for t in TYPE_ORDER if t in counts.index] + sorted(set(counts.index) -
                                                                  set(TYPE_ORDER))
    out = counts.loc[order].rename_axis("source_type").reset_index()
    out.columns.name = None
    out["pct_named"] = 100 * out["named"] / (out["named"] + out["unnamed"])
    return out[cols]


def plot_named_unnamed(quotes: pd.DataFrame):
    """Stacked bars per source type: quotes from named versus unnamed speakers."""
    title = "Named versus unnamed sources"
    data = named_unnamed_data(quotes)
    if data.empty:
        return empty_figure(title, "No quotes were found."), data
    fig, ax = _new_figure(7.2, max(2.4, 1.2 + 0.38 * len(data)))
    shown = data.iloc[::-1]
    labels = [_label(t) for t in shown["source_type"]]
    colors = type_colors(shown["source_type"])
    ax.barh(labels, shown["named"], color=colors, label="named")
    ax.barh(labels, shown["unnamed"], left=shown["named"], color=colors, hatch="///",
            alpha=0.55, label="unnamed (hatched)")
    for y, (n, u, p) in enumerate(zip(shown["named"], shown["unnamed"], shown["pct_named"])):
        ax.text(n + u, y, f" {p:.0f}% named", va="center", fontsize=8)
    ax.set_xlabel("Quotes (count); hatched = unnamed speaker")
    ax.set_xlim(0, (data["named"] + data["unnamed"]).max() * 1.3)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="y", visible=False)
    ax.set_title(title)
    return fig, data


def speaker_article_matrix_data(quotes: pd.DataFrame, top_speakers: int = 20,
                                max_articles: int = 30) -> pd.DataFrame:
    """Long table ``speaker``, ``source_type``, ``article_id``, ``n_quotes`` for the heatmap:
    the most quoted speakers across the articles that quote them most (zeros included).

    >>> qs = pd.DataFrame({"speaker": ["A", "A", "B"], "source_type": ["expert"] * 3,
    ...                    "article_id": ["x", "y", "y"], "text": ["t"] * 3})
    >>> int(speaker_article_matrix_data(qs).n_quotes.sum())
    3
    """
    cols = ["speaker", "source_type", "article_id", "n_quotes"]
    speakers = top_speakers_data(quotes, top_speakers)
    if speakers.empty or "article_id" not in quotes.columns:
        return pd.DataFrame(columns=cols)
    q = quotes[quotes["speaker"].astype(str).isin(set(speakers["speaker"]))]
    counts = pd.crosstab(q["speaker"].astype(str), q["article_id"].astype(str))
    per_article = counts.sum(axis=0)
    keep = sorted(per_article.index, key=lambda a: (-per_article[a], a))[:max_articles]
    counts = counts.reindex(index=list(speakers["speaker"]), columns=sorted(keep), fill_value=0)
    long = counts.stack().rename("n_quotes").reset_index()
    long.columns = ["speaker", "article_id", "n_quotes"]
    long["source_type"] = long["speaker"].map(speakers.set_index("speaker")["source_type"])
    long["n_quotes"] = long["n_quotes"].astype(int)
    return long[cols]


def plot_speaker_article_matrix(quotes: pd.DataFrame, top_speakers: int = 20,
                                max_articles: int = 30):
    """Heatmap: quotes per speaker (rows, coloured label by type) and article (columns)."""
    title = "Who is quoted where: speakers × articles"
    data = speaker_article_matrix_data(quotes, top_speakers, max_articles)
    if data.empty:
        return empty_figure(title, "No quotes with a speaker were found."), data
    speakers = list(dict.fromkeys(data["speaker"]))
    articles = sorted(data["article_id"].unique())
    grid = data.pivot(index="speaker", columns="article_id", values="n_quotes") \
        .reindex(index=speakers, columns=articles).fillna(0).to_numpy()
    fig, ax = _new_figure(max(5.0, 2.6 + 0.32 * len(articles)),
                          max(2.6, 1.4 + 0.3 * len(speakers)))
    im = ax.imshow(grid, aspect="auto", cmap="Blues",
                   vmin=0, vmax=max(1, grid.max()), interpolation="nearest")
    ax.set_xticks(range(len(articles)), [_short(a, 22) for a in articles], rotation=60,
                  ha="right", fontsize=7)
    ax.set_yticks(range(len(speakers)), [_short(s, 30) for s in speakers], fontsize=8)
    types = data.drop_duplicates("speaker").set_index("speaker")["source_type"]
    for tick, speaker in zip(ax.get_yticklabels(), speakers):
        tick.set_color("#222222")
        tick.set_bbox({"facecolor": SOURCE_TYPE_COLORS.get(types.get(speaker), "#999999"),
                       "alpha": 0.35, "edgecolor": "none", "pad": 1})
    if grid.size <= 400:
        for (i, j), v in np.ndenumerate(grid):
            if v:
                ax.text(j, i, f"{int(v)}", ha="center", va="center", fontsize=7,
                        color="white" if v > grid.max() / 2 else "#222222")
    ax.grid(False)
    ax.set_xlabel("Article (id)")
    ax.set_ylabel("Speaker (label shaded by source type)")
    fig.colorbar(im, ax=ax, label="Quotes (count)", shrink=0.8)
    ax.set_title(title)
    return fig, data


def quote_table(quotes: pd.DataFrame, article_id: str | None = None) -> pd.DataFrame:
    """A readable table of every quote (of one article, or all): who, as what, how, and what.

    >>> qs = pd.DataFrame({"article_id": ["a"], "quote_id": ["a-q000"], "speaker": ["A"],
    ...                    "speaker_role": [""], "source_type": ["expert"], "kind": ["direct"],
    ...                    "cue": ["said"], "text": ["Hi"]})
    >>> list(quote_table(qs).columns)
    ['quote_id', 'speaker', 'speaker_role', 'source_type', 'kind', 'cue', 'text']
    """
    cols = ["quote_id", "speaker", "speaker_role", "source_type", "kind", "cue", "text"]
    if _is_empty(quotes):
        return pd.DataFrame(columns=cols)
    q = quotes if article_id is None else quotes[quotes["article_id"] == article_id]
    out = q.reindex(columns=cols).astype(object)
    return out.where(out.notna(), "").reset_index(drop=True)


# --------------------------------------------------------------------------- 03 sentiment
MEASURES = {"polarity": "Polarity (−1 negative to +1 positive)",
            "subjectivity": "Subjectivity (0 factual to 1 subjective)"}


def _summary(frame: pd.DataFrame, group: str, measures: Iterable[str], n_boot: int,
             seed: int) -> pd.DataFrame:
    """Mean, median, bootstrap CI per group: :func:`analysis.sentiment.summarize_sentiment`."""
    from analysis.sentiment import summarize_sentiment
    out = summarize_sentiment(frame, group, value_cols=list(measures), n_boot=n_boot, seed=seed)
    out = out[out["n"] > 0].reset_index(drop=True)
    return out[[group, "measure", "n", "mean", "median", "ci_low", "ci_high"]]


def sentiment_by_type_data(quotes: pd.DataFrame, measures: Iterable[str] = ("polarity",
                                                                             "subjectivity"),
                           n_boot: int = 2000, seed: int = 0) -> pd.DataFrame:
    """Mean, median and 95% bootstrap CI of each measure per source type (codebook order).

    >>> qs = pd.DataFrame({"source_type": ["official"] * 2, "polarity": [0.2, 0.4],
    ...                    "subjectivity": [0.5, 0.5]})
    >>> d = sentiment_by_type_data(qs)
    >>> round(d.loc[d.measure == "polarity", "mean"].item(), 3)
    0.3
    """
    measures = [m for m in measures]
    cols = ["source_type", "measure", "n", "mean", "median", "ci_low", "ci_high"]
    if _is_empty(quotes, *measures):
        return pd.DataFrame(columns=cols)
    frame = quotes[measures].copy()
    frame["source_type"] = _type_categorical(_types_of(quotes))
    out = _summary(frame, "source_type", measures, n_boot, seed)
    out["source_type"] = out["source_type"].astype(str)
    return out[cols]


def sentiment_by_speaker_data(quotes: pd.DataFrame, top: int = 12, min_quotes: int = 2,
                              measure: str = "polarity", n_boot: int = 2000,
                              seed: int = 0) -> pd.DataFrame:
    """Mean and 95% bootstrap CI of ``measure`` for the most quoted speakers (>= ``min_quotes``).

    >>> qs = pd.DataFrame({"speaker": ["A", "A", "B"], "source_type": ["expert"] * 3,
    ...                    "polarity": [0.1, 0.3, 0.0], "text": ["t"] * 3})
    >>> sentiment_by_speaker_data(qs).speaker.tolist()
    ['A']
    """
    cols = ["speaker", "source_type", "measure", "n", "mean", "median", "ci_low", "ci_high"]
    if _is_empty(quotes, "speaker", measure):
        return pd.DataFrame(columns=cols)
    speakers = top_speakers_data(quotes, top=len(quotes))
    speakers = speakers[speakers["n_quotes"] >= min_quotes].head(top)
    if speakers.empty:
        return pd.DataFrame(columns=cols)
    q = quotes[quotes["speaker"].astype(str).isin(set(speakers["speaker"]))]
    frame = pd.DataFrame({"speaker": pd.Categorical(q["speaker"].astype(str),
                                                    categories=list(speakers["speaker"])),
                          measure: q[measure].astype(float)})
    out = _summary(frame, "speaker", [measure], n_boot, seed)
    out["speaker"] = out["speaker"].astype(str)
    out["source_type"] = out["speaker"].map(speakers.set_index("speaker")["source_type"])
    return out[cols]


def _ci_dots(ax, labels, means, lows, highs, colors, xlabel, zero: bool = False):
    y = np.arange(len(labels))[::-1]
    for yi, m, lo, hi, c in zip(y, means, lows, highs, colors):
        ax.plot([lo, hi], [yi, yi], color="#333333", linewidth=1.4, solid_capstyle="butt")
        ax.plot([m], [yi], "o", color=c, markeredgecolor="#333333", markersize=8)
    ax.set_yticks(y, labels)
    ax.set_xlabel(xlabel)
    ax.grid(axis="y", visible=False)
    if zero:
        ax.axvline(0, color="#666666", linewidth=0.8, linestyle=":")


def plot_sentiment_by_type(quotes: pd.DataFrame, n_boot: int = 2000, seed: int = 0):
    """Mean polarity and subjectivity per source type with 95% bootstrap CIs (two panels)."""
    title = "Tone of quotes by source type (TextBlob, mean with 95% CI)"
    data = sentiment_by_type_data(quotes, n_boot=n_boot, seed=seed)
    if data.empty:
        return empty_figure(title, "No quotes with sentiment scores were found."), data
    fig, axes = _new_figure(8.6, max(2.8, 1.4 + 0.42 * data["source_type"].nunique()),
                            ncols=2, sharey=True)
    for ax, m in zip(axes, ("polarity", "subjectivity")):
        d = data[data["measure"] == m]
        labels = [f"{_label(t)} (n={n})" for t, n in zip(d["source_type"], d["n"])]
        _ci_dots(ax, labels, d["mean"], d["ci_low"], d["ci_high"],
                 type_colors(d["source_type"]), MEASURES[m], zero=(m == "polarity"))
        ax.set_title(m.capitalize())
    if data["measure"].eq("polarity").sum() and data["measure"].eq("subjectivity").sum():
        axes[1].set_yticks(axes[0].get_yticks(), [t.get_text() for t in axes[0].get_yticklabels()])
    fig.suptitle(title, x=0.02, ha="left")
    return fig, data


def plot_sentiment_by_speaker(quotes: pd.DataFrame, top: int = 12, min_quotes: int = 2,
                              n_boot: int = 2000, seed: int = 0):
    """Mean polarity per speaker (most quoted, >= ``min_quotes`` quotes) with 95% CIs."""
    title = "Polarity of the most quoted speakers (mean with 95% CI)"
    data = sentiment_by_speaker_data(quotes, top=top, min_quotes=min_quotes, n_boot=n_boot,
                                     seed=seed)
    if data.empty:
        return empty_figure(title, f"No speaker has {min_quotes} or more scored quotes."), data
    fig, ax = _new_figure(7.2, max(2.4, 1.2 + 0.36 * len(data)))
    labels = [f"{_short(s, 28)} (n={n})" for s, n in zip(data["speaker"], data["n"])]
    _ci_dots(ax, labels, data["mean"], data["ci_low"], data["ci_high"],
             type_colors(data["source_type"]), MEASURES["polarity"], zero=True)
    _type_legend(ax, data["source_type"], loc="best")
    ax.set_title(title)
    return fig, data


def _narration(quotes: pd.DataFrame, segments: pd.DataFrame) -> pd.DataFrame:
    """Sentences of the body that overlap no quote: the reporter's own words."""
    q = quotes
    if "field" in q.columns:
        q = q[q["field"].fillna("text") == "text"]
    if not len(segments) or q.empty or not {"start", "end", "article_id"} <= set(q.columns):
        return segments
    from analysis.sentiment import _narration_mask  # the same test as voice_vs_narration
    keep = _narration_mask(segments, q)
    return segments[keep]


def voice_narration_data(quotes: pd.DataFrame, segments: pd.DataFrame,
                         measures: Iterable[str] = ("polarity", "subjectivity"),
                         n_boot: int = 2000, seed: int = 0) -> pd.DataFrame:
    """Quoted voice versus narration: mean and 95% CI of each measure over the quoted words
    (direct and partial quotes; an indirect quote is the reporter's paraphrase) and over the
    body sentences that overlap no quote, as in :func:`analysis.voice_vs_narration`.

    >>> qs = pd.DataFrame({"article_id": ["a"], "field": ["text"], "start": [0], "end": [5],
    ...                    "polarity": [0.5], "subjectivity": [0.5]})
    >>> segs = pd.DataFrame({"article_id": ["a", "a"], "start": [0, 10], "end": [8, 20],
    ...                      "polarity": [0.5, -0.2], "subjectivity": [0.5, 0.1]})
    >>> d = voice_narration_data(qs, segs)
    >>> d.loc[(d.voice == "narration") & (d.measure == "polarity"), "mean"].item()
    -0.2
    """
    measures = list(measures)
    cols = ["voice", "measure", "n", "mean", "median", "ci_low", "ci_high"]
    parts = []
    if not _is_empty(quotes, *measures):
        q = quotes
        if "kind" in q.columns:
            q = q[q["kind"].astype(str).isin(["direct", "partial"])]
        parts.append(q[measures].assign(voice="quoted"))
    if not _is_empty(segments, "article_id", "start", "end", *measures):
        narr = _narration(quotes if quotes is not None else pd.DataFrame(), segments)
        parts.append(narr[measures].assign(voice="narration"))
    if not parts:
        return pd.DataFrame(columns=cols)
    frame = pd.concat(parts, ignore_index=True)
    frame["voice"] = pd.Categorical(frame["voice"], categories=["quoted", "narration"])
    return _summary(frame, "voice", measures, n_boot, seed) \
        .assign(voice=lambda d: d["voice"].astype(str))[cols]


def plot_voice_vs_narration(quotes: pd.DataFrame, segments: pd.DataFrame, n_boot: int = 2000,
                            seed: int = 0):
    """Quoted words versus the reporter's own sentences: mean tone with 95% CIs."""
    title = "Quoted voice versus narration (TextBlob, mean with 95% CI)"
    data = voice_narration_data(quotes, segments, n_boot=n_boot, seed=seed)
    if data.empty:
        return empty_figure(title, "No scored quotes or sentences were found."), data
    fig, axes = _new_figure(8.6, 2.8, ncols=2, sharey=True)
    for ax, m in zip(axes, ("polarity", "subjectivity")):
        d = data[data["measure"] == m].set_index("voice").reindex(["quoted", "narration"]) \
            .dropna(subset=["mean"])
        labels = [f"{v} (n={int(n)})" for v, n in zip(d.index, d["n"])]
        _ci_dots(ax, labels, d["mean"], d["ci_low"], d["ci_high"],
                 [VOICE_COLORS[v] for v in d.index], MEASURES[m], zero=(m == "polarity"))
        ax.set_title(m.capitalize())
    fig.suptitle(title, x=0.02, ha="left")
    return fig, data


def sentiment_distribution_data(quotes: pd.DataFrame, segments: pd.DataFrame | None = None,
                                bins: int = 20) -> pd.DataFrame:
    """Histogram counts of polarity and subjectivity for quotes (and narration sentences).

    Columns ``voice``, ``measure``, ``bin_left``, ``bin_right``, ``count``.

    >>> qs = pd.DataFrame({"polarity": [0.0, 0.0], "subjectivity": [0.1, 0.9]})
    >>> d = sentiment_distribution_data(qs)
    >>> int(d[d.measure == "polarity"]["count"].sum())
    2
    """
    cols = ["voice", "measure", "bin_left", "bin_right", "count"]
    edges = {"polarity": np.linspace(-1, 1, bins + 1), "subjectivity": np.linspace(0, 1, bins + 1)}
    sources = []
    if not _is_empty(quotes, "polarity", "subjectivity"):
        sources.append(("quoted", quotes))
    if segments is not None and not _is_empty(segments, "article_id", "start", "end",
                                              "polarity", "subjectivity"):
        sources.append(("narration", _narration(quotes if quotes is not None
                                                else pd.DataFrame(), segments)))
    rows = []
    for voice, frame in sources:
        for m, e in edges.items():
            counts, _ = np.histogram(frame[m].dropna().astype(float).clip(e[0], e[-1]), bins=e)
            rows += [{"voice": voice, "measure": m, "bin_left": float(lo), "bin_right": float(hi),
                      "count": int(c)} for lo, hi, c in zip(e[:-1], e[1:], counts)]
    return pd.DataFrame(rows, columns=cols)


def plot_sentiment_distributions(quotes: pd.DataFrame, segments: pd.DataFrame | None = None,
                                 bins: int = 20):
    """Distributions of polarity and subjectivity, quotes against narration (share of texts)."""
    title = "Distribution of tone: quotes and narration"
    data = sentiment_distribution_data(quotes, segments, bins)
    if data.empty:
        return empty_figure(title, "No scored quotes or sentences were found."), data
    fig, axes = _new_figure(8.6, 3.6, ncols=2)
    for ax, m in zip(axes, ("polarity", "subjectivity")):
        d = data[data["measure"] == m]
        for voice, sub in d.groupby("voice", sort=False):
            total = max(1, sub["count"].sum())
            ax.stairs(100 * sub["count"].to_numpy() / total,
                      np.r_[sub["bin_left"].to_numpy(), sub["bin_right"].iloc[-1]],
                      fill=(voice == "narration"), alpha=0.45 if voice == "narration" else 1,
                      color=VOICE_COLORS[voice], linewidth=1.8,
                      label=f"{voice} (n={int(sub['count'].sum())})")
        ax.set_xlabel(MEASURES[m])
        ax.set_ylabel("Share of texts (%)")
        ax.set_title(m.capitalize())
        ax.legend(loc="upper right")
    fig.suptitle(title, x=0.02, ha="left")
    return fig, data


def _label3(values: pd.Series, low: float, high: float) -> pd.Series:
    return pd.Series(np.where(values > high, "positive", np.where(values < low, "negative",
                                                                    "neutral")),
                     index=values.index)


def analyzer_agreement_data(quotes: pd.DataFrame, thresholds: tuple[float, float] = (-0.05, 0.05),
                            ) -> pd.DataFrame:
    """TextBlob polarity and VADER compound per quote with the label each implies.

    ``thresholds`` = (low, high): below low is negative, above high positive, else neutral
    (the same band for both analyzers, stated here so the chart can say it).

    >>> qs = pd.DataFrame({"quote_id": ["q1"], "polarity": [0.3], "vader_compound": [-0.4],
    ...                    "source_type": ["expert"]})
    >>> analyzer_agreement_data(qs)[["textblob_label", "vader_label", "agree"]].values.tolist()
    [['positive', 'negative', False]]
    """
    cols = ["quote_id", "source_type", "polarity", "vader_compound", "textblob_label",
            "vader_label", "agree"]
    if _is_empty(quotes, "polarity", "vader_compound"):
        return pd.DataFrame(columns=cols)
    q = quotes.dropna(subset=["polarity", "vader_compound"])
    low, high = thresholds
    out = pd.DataFrame({
        "quote_id": q["quote_id"].astype(str) if "quote_id" in q.columns
        else pd.Series(range(len(q)), index=q.index).astype(str),
        "source_type": _types_of(q),
        "polarity": q["polarity"].astype(float),
        "vader_compound": q["vader_compound"].astype(float),
    })
    out["textblob_label"] = _label3(out["polarity"], low, high)
    out["vader_label"] = _label3(out["vader_compound"], low, high)
    out["agree"] = out["textblob_label"] == out["vader_label"]
    return out[cols].reset_index(drop=True)


def plot_textblob_vs_vader(quotes: pd.DataFrame,
                           thresholds: tuple[float, float] = (-0.05, 0.05)):
    """Scatter of TextBlob polarity against VADER compound per quote, coloured by source type,
    with the neutral band shaded and the share of quotes on which the labels agree."""
    title = "TextBlob versus VADER on the same quotes"
    data = analyzer_agreement_data(quotes, thresholds)
    if data.empty:
        return empty_figure(title, "No quotes with both TextBlob and VADER scores."), data
    fig, ax = _new_figure(6.4, 5.4)
    low, high = thresholds
    ax.axvspan(low, high, color="#eeeeee", zorder=0)
    ax.axhspan(low, high, color="#eeeeee", zorder=0)
    for t in TYPE_ORDER:
        d = data[data["source_type"] == t]
        if len(d):
            ax.scatter(d["polarity"], d["vader_compound"], s=28, color=SOURCE_TYPE_COLORS[t],
                       edgecolor="#333333", linewidth=0.4, alpha=0.85, label=_label(t))
    ax.plot([-1, 1], [-1, 1], color="#999999", linewidth=0.8, linestyle=":")
    ax.set_xlim(-1.05, 1.05)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlabel("TextBlob polarity (−1 to +1)")
    ax.set_ylabel("VADER compound (−1 to +1)")
    agree = 100 * data["agree"].mean()
    rho = data["polarity"].corr(data["vader_compound"], method="spearman") if len(data) > 2 \
        else float("nan")
    rho_text = "" if pd.isna(rho) else f", Spearman ρ = {rho:.2f}"
    ax.text(0.02, 0.98, f"same label on {agree:.0f}% of {len(data)} quotes{rho_text}\n"
            f"neutral band (shaded): {low:+.2f} to {high:+.2f}", transform=ax.transAxes,
            va="top", fontsize=8, bbox={"facecolor": "white", "edgecolor": "#cccccc"})
    ax.legend(title="source type", loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)
    ax.set_title(title)
    return fig, data


LABELS3 = ["negative", "neutral", "positive"]


def confusion_data(labelled: pd.DataFrame, label_col: str = "label",
                   thresholds: tuple[float, float] = (-0.05, 0.05)) -> pd.DataFrame:
    """Confusion counts of human labels against TextBlob and VADER labels, long format
    ``analyzer``, ``label`` (human), ``predicted``, ``n`` (all 3 × 3 cells, zeros included).

    ``labelled`` needs ``label_col`` (negative/neutral/positive) and ``polarity`` and/or
    ``vader_compound`` (``analysis.add_sentiment`` adds both).

    >>> lab = pd.DataFrame({"label": ["positive", "negative"], "polarity": [0.5, 0.0],
    ...                     "vader_compound": [0.6, -0.7]})
    >>> d = confusion_data(lab)
    >>> d[(d.analyzer == "textblob") & (d.n > 0)][["label", "predicted"]].values.tolist()
    [['negative', 'neutral'], ['positive', 'positive']]
    """
    cols = ["analyzer", "label", "predicted", "n"]
    if _is_empty(labelled, label_col):
        return pd.DataFrame(columns=cols)
    low, high = thresholds
    rows = []
    for analyzer, col in (("textblob", "polarity"), ("vader", "vader_compound")):
        if col not in labelled.columns:
            continue
        d = labelled.dropna(subset=[col, label_col])
        pred = _label3(d[col].astype(float), low, high)
        table = pd.crosstab(d[label_col].astype(str), pred).reindex(index=LABELS3,
                                                                    columns=LABELS3,
                                                                    fill_value=0)
        for lab in LABELS3:
            for p in LABELS3:
                rows.append({"analyzer": analyzer, "label": lab, "predicted": p,
                             "n": int(table.loc[lab, p])})
    return pd.DataFrame(rows, columns=cols)


def confusion_from_tables(tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Long confusion counts from ``{analyzer: crosstab}`` (rows human label, columns predicted),
    the shape a validation report usually holds.

    >>> t = pd.DataFrame([[1, 0], [0, 2]], index=["negative", "positive"],
    ...                  columns=["negative", "positive"])
    >>> int(confusion_from_tables({"textblob": t}).n.sum())
    3
    """
    rows = []
    for analyzer, table in tables.items():
        table = pd.DataFrame(table).reindex(index=LABELS3, columns=LABELS3, fill_value=0)
        for lab in LABELS3:
            for p in LABELS3:
                rows.append({"analyzer": str(analyzer), "label": lab, "predicted": p,
                             "n": int(table.loc[lab, p])})
    return pd.DataFrame(rows, columns=["analyzer", "label", "predicted", "n"])


def plot_confusion(confusion: pd.DataFrame, title: str | None = None):
    """Heatmaps of human label (rows) against each analyzer's label (columns), one per analyzer,
    cells annotated with the count and the row percentage. Takes :func:`confusion_data` output."""
    title = title or "Validation: human labels versus lexicon sentiment"
    if _is_empty(confusion, "analyzer", "label", "predicted", "n") or confusion["n"].sum() == 0:
        return empty_figure(title, "No labelled sample was given, so there is no confusion "
                                   "table for these articles."), \
            pd.DataFrame(columns=["analyzer", "label", "predicted", "n"])
    data = confusion[["analyzer", "label", "predicted", "n"]].astype(
        {"analyzer": str, "label": str, "predicted": str, "n": int}).reset_index(drop=True)
    analyzers = list(dict.fromkeys(data["analyzer"]))
    fig, axes = _new_figure(4.0 * len(analyzers) + 0.6, 3.9, ncols=len(analyzers),
                            squeeze=False)
    for ax, analyzer in zip(axes[0], analyzers):
        d = data[data["analyzer"] == analyzer]
        grid = d.pivot(index="label", columns="predicted", values="n") \
            .reindex(index=LABELS3, columns=LABELS3).fillna(0).to_numpy()
        rows = grid.sum(axis=1, keepdims=True)
        pct = np.divide(100 * grid, rows, out=np.zeros_like(grid, dtype=float), where=rows > 0)
        ax.imshow(pct, cmap="Blues", vmin=0, vmax=100)
        for (i, j), v in np.ndenumerate(grid):
            ax.text(j, i, f"{int(v)}\n{pct[i, j]:.0f}%", ha="center", va="center", fontsize=8,
                    color="white" if pct[i, j] > 55 else "#222222")
        ax.set_xticks(range(3), LABELS3)
        ax.set_yticks(range(3), LABELS3)
        ax.set_xlabel(f"{analyzer} label")
        ax.set_ylabel("Human label")
        ax.grid(False)
        acc = 100 * np.trace(grid) / max(1, grid.sum())
        ax.set_title(f"{analyzer}: {acc:.0f}% agree (n={int(grid.sum())})", fontsize=10)
    fig.suptitle(title + " (cell: count, % of human row)", x=0.02, ha="left", fontsize=11)
    return fig, data


def reference_confusion_data(record: Mapping | None = None, band: str = "default_band"
                              ) -> pd.DataFrame:
    """The held-out NewsMTSC confusion tables recorded with the calibrated sentiment thresholds
    (``analysis/data/sentiment_thresholds.json``), long format for :func:`plot_confusion`.

    ``record`` is ``analysis.validation.load_thresholds(with_provenance=True)`` (read when None);
    ``band="default_band"`` gives the ±0.05 band the charts use, ``band="calibrated"`` the band
    chosen on the calibration split. Empty when the record holds no confusion tables.

    >>> rec = {"analyzers": {"vader": {"held_out": {"default_band": {"confusion": [
    ...     [1, 0, 0], [0, 2, 0], [0, 0, 3]]}}}}}
    >>> int(reference_confusion_data(rec).n.sum())
    6
    """
    if record is None:
        try:
            from analysis.validation import load_thresholds
            record = load_thresholds(with_provenance=True)
        except Exception as exc:  # noqa: BLE001 - a missing file only means no reference
            log.info("no recorded thresholds: %s", exc)
            record = {}
    tables = {}
    for analyzer, info in (record.get("analyzers") or {}).items():
        held = (info or {}).get("held_out") or {}
        part = held if band == "calibrated" else held.get(band) or {}
        matrix = part.get("confusion")
        if matrix is not None:
            tables[analyzer] = pd.DataFrame(matrix, index=LABELS3, columns=LABELS3)
    return confusion_from_tables(tables)


def reference_data(reference: object) -> pd.DataFrame:
    """Normalise published reference figures (e.g. ``NEWSMTSC_REFERENCE``) to a table
    ``analyzer``, ``metric``, ``value`` (+ ``source`` when given).

    Accepts a DataFrame in long or wide form, or a mapping ``{analyzer: {metric: value}}`` /
    ``{analyzer: value}`` (a single number is read as macro-F1), with optional ``"source"`` key.

    >>> ref = reference_data({"textblob": {"macro_f1": 0.41}, "vader": 0.52})
    >>> ref[["analyzer", "value"]].values.tolist()
    [['textblob', 0.41], ['vader', 0.52]]
    """
    cols = ["analyzer", "metric", "value", "source", "measured_on"]
    if reference is None:
        return pd.DataFrame(columns=cols)
    if isinstance(reference, pd.DataFrame):
        df = reference.copy()
        if "analyzer" not in df.columns and "method" in df.columns:
            df = df.rename(columns={"method": "analyzer"})
        if {"analyzer", "metric", "value"} <= set(df.columns):
            out = df
        else:
            if "analyzer" not in df.columns:
                df = df.rename_axis("analyzer").reset_index()
            num = [c for c in df.columns if c not in ("analyzer", "source", "measured_on")
                   and pd.api.types.is_numeric_dtype(df[c])]
            out = df.melt(id_vars=[c for c in ("analyzer", "source", "measured_on")
                                   if c in df.columns],
                          value_vars=num, var_name="metric", value_name="value")
        out = out.reindex(columns=cols)
        for col in ("source", "measured_on"):
            out[col] = out[col].astype(object).where(out[col].notna(), "")
        return out.dropna(subset=["value"]).reset_index(drop=True)
    if isinstance(reference, Mapping):
        source = str(reference.get("source", "")) if "source" in reference else ""
        rows = []
        for analyzer, val in reference.items():
            if analyzer == "source":
                continue
            if isinstance(val, Mapping):
                for metric, v in val.items():
                    if isinstance(v, (int, float)) and not isinstance(v, bool):
                        rows.append({"analyzer": str(analyzer), "metric": str(metric),
                                     "value": float(v), "source": source, "measured_on": ""})
            elif isinstance(val, (int, float)) and not isinstance(val, bool):
                rows.append({"analyzer": str(analyzer), "metric": "macro_f1",
                             "value": float(val), "source": source, "measured_on": ""})
        return pd.DataFrame(rows, columns=cols)
    raise TypeError(f"cannot read reference figures from {type(reference).__name__}")


def trust_from_reference(reference: object, metric: str = "macro_f1") -> str:
    """Say in words what published reference figures (e.g. ``NEWSMTSC_REFERENCE``) mean for the
    sentiment charts, with the numbers taken from ``reference``.

    >>> trust_from_reference({"TextBlob": 0.41, "VADER": 0.52, "best model": 0.83})[:61]
    'Against human labels (macro-F1), TextBlob reaches 0.41, VADER'
    """
    data = reference_data(reference)
    data = data[data["metric"].astype(str).str.lower().str.replace("-", "_") == metric]
    if data.empty:
        return "No reference figures were given, so nothing can be said about accuracy."
    parts = [f"{_short(a, 40)} reaches {v:.2f}" for a, v in zip(data["analyzer"], data["value"])]
    lexicon = data[data["analyzer"].astype(str).str.lower().str.contains("textblob|vader")]
    best = float(lexicon["value"].max()) if len(lexicon) else float(data["value"].max())
    where = "; ".join(sorted({str(s) for s in data.get("measured_on", data["source"]) if s}))
    name = metric.replace("_", "-").replace("f1", "F1")
    text = f"Against human labels ({name}), " + ", ".join(parts)
    if where:
        text += f" (measured on {where})"
    text += (f". With the lexicon analyzers at {best:.2f} or below, the label of a single quote is "
             "often wrong: report differences in mean tone between large groups only, with "
             "their confidence intervals, as indicative, and validate on a hand-labelled sample "
             "of your own quotes before publishing them.")
    return text


def plot_reference(reference: object, metric: str = "macro_f1", title: str | None = None):
    """Bars of a published validation metric per analyzer (e.g. macro-F1 on NewsMTSC)."""
    title = title or "How well lexicon sentiment matches human labels (NewsMTSC)"
    data = reference_data(reference)
    data = data[data["metric"].astype(str).str.lower().str.replace("-", "_") == metric] \
        .reset_index(drop=True) if not data.empty else data
    if data.empty:
        return empty_figure(title, f"No reference values of {metric} were given."), data
    fig, ax = _new_figure(6.4, max(2.2, 1.2 + 0.4 * len(data)))
    shown = data.iloc[::-1]
    colors = [next((c for k, c in ANALYZER_COLORS.items() if k in str(a).lower()), "#999999")
              for a in shown["analyzer"]]
    ax.barh([_short(a, 40) for a in shown["analyzer"]], shown["value"], color=colors)
    for y, v in enumerate(shown["value"]):
        ax.text(v, y, f" {v:.2f}", va="center", fontsize=9)
    ax.set_xlim(0, 1)
    ax.set_xlabel(f"{metric.replace('_', '-').replace('f1', 'F1')} against human labels "
                  "(0 to 1)")
    ax.grid(axis="y", visible=False)
    src = "; ".join(sorted({s for s in data["source"].astype(str) if s}))
    if src:
        fig.text(0.01, -0.02, f"Source: {_short(src, 120)}", fontsize=7, color="#444444",
                 ha="left", va="top")
    ax.set_title(title)
    return fig, data


# --------------------------------------------------------------------------- 04 framing
def _frame_wide(frame_scores: pd.DataFrame, quotes: pd.DataFrame,
                value: str = "per_100_words") -> pd.DataFrame:
    """One row per quote, one column per frame (0 where a frame has no hit), plus source_type."""
    frames = sorted(frame_scores["frame"].astype(str).unique())
    scores = frame_scores.dropna(subset=["quote_id"])
    wide = scores.pivot_table(index="quote_id", columns="frame", values=value, aggfunc="sum",
                              fill_value=0.0, observed=True)
    wide.columns = wide.columns.astype(str)
    ids = quotes["quote_id"].astype(str)
    wide = wide.reindex(index=ids, columns=frames, fill_value=0.0).fillna(0.0)
    wide.index = quotes.index
    wide["source_type"] = _types_of(quotes)
    return wide


def frame_profiles_data(frame_scores: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """Mean frame score (hits per 100 words) and share of quotes with each frame, per type.

    ``frame_scores`` is the long table of ``analysis.frames(quotes)`` (``quote_id``, ``frame``,
    ``hits``, ``per_100_words``); quotes without a row score 0.

    >>> fs = pd.DataFrame({"quote_id": ["q1"], "frame": ["conflict"], "hits": [1],
    ...                    "per_100_words": [10.0]})
    >>> qs = pd.DataFrame({"quote_id": ["q1", "q2"], "source_type": ["official", "official"]})
    >>> frame_profiles_data(fs, qs)[["mean_per_100_words", "pct_quotes"]].values.tolist()
    [[5.0, 50.0]]
    """
    cols = ["source_type", "frame", "n_quotes", "mean_per_100_words", "pct_quotes"]
    if _is_empty(frame_scores, "quote_id", "frame", "per_100_words") or \
            _is_empty(quotes, "quote_id"):
        return pd.DataFrame(columns=cols)
    wide = _frame_wide(frame_scores, quotes)
    frames = [c for c in wide.columns if c != "source_type"]
    rows = []
    present = [t for t in TYPE_ORDER if t in set(wide["source_type"])] + \
        sorted(set(wide["source_type"]) - set(TYPE_ORDER))
    for t in present:
        sub = wide[wide["source_type"] == t]
        for f in frames:
            rows.append({"source_type": t, "frame": f, "n_quotes": int(len(sub)),
                         "mean_per_100_words": float(sub[f].mean()),
                         "pct_quotes": float(100 * (sub[f] > 0).mean())})
    return pd.DataFrame(rows, columns=cols)


def plot_frame_profiles(frame_scores: pd.DataFrame, quotes: pd.DataFrame):
    """Heatmap: mean frame score (hits per 100 words) for each source type × frame."""
    title = "Frame profiles by source type (mean hits per 100 words)"
    data = frame_profiles_data(frame_scores, quotes)
    if data.empty:
        return empty_figure(title, "No frame scores for quotes were found."), data
    types = list(dict.fromkeys(data["source_type"]))
    frames = sorted(data["frame"].unique())
    grid = data.pivot(index="source_type", columns="frame", values="mean_per_100_words") \
        .reindex(index=types, columns=frames).to_numpy()
    n = data.drop_duplicates("source_type").set_index("source_type")["n_quotes"]
    fig, ax = _new_figure(max(6.0, 2.4 + 0.62 * len(frames)), max(2.6, 1.6 + 0.42 * len(types)))
    im = ax.imshow(grid, aspect="auto", cmap="cividis", vmin=0, vmax=max(1e-9, np.nanmax(grid)))
    ax.set_xticks(range(len(frames)), [_label(f) for f in frames], rotation=40, ha="right")
    ax.set_yticks(range(len(types)), [f"{_label(t)} (n={n[t]})" for t in types])
    for tick, t in zip(ax.get_yticklabels(), types):
        tick.set_bbox({"facecolor": SOURCE_TYPE_COLORS.get(t, "#999999"), "alpha": 0.35,
                       "edgecolor": "none", "pad": 1})
    if grid.size <= 150:
        top = np.nanmax(grid) if grid.size else 0
        for (i, j), v in np.ndenumerate(grid):
            ax.text(j, i, f"{v:.1f}", ha="center", va="center", fontsize=7,
                    color="#222222" if v > top * 0.6 else "white")
    ax.grid(False)
    ax.set_xlabel("Frame")
    ax.set_ylabel("Source type (quotes)")
    fig.colorbar(im, ax=ax, label="Mean hits per 100 words", shrink=0.85)
    ax.set_title(title)
    return fig, data


def frame_contrast_data(frame_scores: pd.DataFrame, quotes: pd.DataFrame,
                        group_a: str = "official", group_b: str = "political",
                        n_boot: int = 2000, seed: int = 0) -> pd.DataFrame:
    """Difference in mean frame score (hits per 100 words) between two source types, with a
    95% bootstrap CI (quotes resampled within each group, fixed seed).

    >>> fs = pd.DataFrame({"quote_id": ["q1", "q2"], "frame": ["conflict"] * 2,
    ...                    "hits": [1, 1], "per_100_words": [10.0, 2.0]})
    >>> qs = pd.DataFrame({"quote_id": ["q1", "q2"], "source_type": ["official", "political"]})
    >>> frame_contrast_data(fs, qs)[["frame", "difference"]].values.tolist()
    [['conflict', 8.0]]
    """
    cols = ["frame", "group_a", "group_b", "n_a", "n_b", "mean_a", "mean_b", "difference",
            "ci_low", "ci_high"]
    if _is_empty(frame_scores, "quote_id", "frame", "per_100_words") or \
            _is_empty(quotes, "quote_id"):
        return pd.DataFrame(columns=cols)
    wide = _frame_wide(frame_scores, quotes)
    a = wide[wide["source_type"] == group_a]
    b = wide[wide["source_type"] == group_b]
    if a.empty or b.empty:
        return pd.DataFrame(columns=cols)
    frames = [c for c in wide.columns if c != "source_type"]
    rng = np.random.default_rng(seed)
    ia = rng.integers(0, len(a), size=(n_boot, len(a)))
    ib = rng.integers(0, len(b), size=(n_boot, len(b)))
    rows = []
    for f in frames:
        xa, xb = a[f].to_numpy(float), b[f].to_numpy(float)
        diffs = xa[ia].mean(axis=1) - xb[ib].mean(axis=1)
        rows.append({"frame": f, "group_a": group_a, "group_b": group_b, "n_a": len(xa),
                     "n_b": len(xb), "mean_a": float(xa.mean()), "mean_b": float(xb.mean()),
                     "difference": float(xa.mean() - xb.mean()),
                     "ci_low": float(np.quantile(diffs, 0.025)),
                     "ci_high": float(np.quantile(diffs, 0.975))})
    return pd.DataFrame(rows, columns=cols)


def plot_frame_contrast(frame_scores: pd.DataFrame, quotes: pd.DataFrame,
                        group_a: str = "official", group_b: str = "political",
                        n_boot: int = 2000, seed: int = 0):
    """Official minus political mean frame score per frame, with 95% bootstrap CIs."""
    title = f"Frames: {_label(group_a)} minus {_label(group_b)} quotes (95% CI)"
    data = frame_contrast_data(frame_scores, quotes, group_a, group_b, n_boot, seed)
    if data.empty:
        return empty_figure(title, f"Needs quotes from both {_label(group_a)} and "
                                   f"{_label(group_b)} sources with frame scores; "
                                   "these articles do not have both."), data
    fig, ax = _new_figure(7.2, max(2.6, 1.4 + 0.36 * len(data)))
    colors = [SOURCE_TYPE_COLORS.get(group_a, "#999999") if d > 0 else
              SOURCE_TYPE_COLORS.get(group_b, "#999999") if d < 0 else "#999999"
              for d in data["difference"]]
    _ci_dots(ax, [_label(f) for f in data["frame"]], data["difference"], data["ci_low"],
             data["ci_high"], colors, f"Difference in mean hits per 100 words "
             f"(← more {_label(group_b)} | more {_label(group_a)} →)", zero=True)
    n_a, n_b = int(data["n_a"].iloc[0]), int(data["n_b"].iloc[0])
    ax.set_title(f"{title}; n = {n_a} vs {n_b} quotes")
    if min(n_a, n_b) < 10:
        ax.set_xlabel(ax.get_xlabel() + "\nFew quotes (n < 10 in a group): intervals are wide "
                      "and fragile.")
    return fig, data


def frame_terms_data(frame_scores: pd.DataFrame, top: int = 5) -> pd.DataFrame:
    """The terms behind each frame: how often each matched term occurs, ``top`` per frame.

    >>> fs = pd.DataFrame({"frame": ["conflict", "conflict"], "hits": [2, 1],
    ...                    "terms": ["war; attack", "war"]})
    >>> frame_terms_data(fs).values.tolist()
    [['conflict', 'war', 2], ['conflict', 'attack', 1]]
    """
    cols = ["frame", "term", "count"]
    if _is_empty(frame_scores, "frame", "terms"):
        return pd.DataFrame(columns=cols)
    rows = []
    for frame, terms in zip(frame_scores["frame"].astype(str), frame_scores["terms"]):
        if isinstance(terms, str) and terms.strip():
            rows += [(frame, t.strip().lower()) for t in terms.split(";") if t.strip()]
    if not rows:
        return pd.DataFrame(columns=cols)
    counts = pd.DataFrame(rows, columns=["frame", "term"]).value_counts().rename("count") \
        .reset_index()
    counts = counts.sort_values(["frame", "count", "term"], ascending=[True, False, True],
                                kind="mergesort")
    return counts.groupby("frame", sort=False).head(top).reset_index(drop=True)[cols]


def plot_frame_terms(frame_scores: pd.DataFrame, top: int = 5):
    """Small multiples: the most frequent matched terms of each frame (what drives a score)."""
    title = "Terms behind each frame (matched terms, count)"
    data = frame_terms_data(frame_scores, top)
    if data.empty:
        return empty_figure(title, "No frame terms were matched."), data
    frames = list(dict.fromkeys(data["frame"]))
    ncols = 3 if len(frames) > 4 else len(frames)
    nrows = int(np.ceil(len(frames) / ncols))
    fig, axes = _new_figure(3.3 * ncols, 0.4 + 1.9 * nrows, ncols=ncols, nrows=nrows,
                            squeeze=False)
    colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    for k, ax in enumerate(axes.flat):
        if k >= len(frames):
            ax.set_axis_off()
            continue
        d = data[data["frame"] == frames[k]].iloc[::-1]
        ax.barh([_short(t, 22) for t in d["term"]], d["count"], color=colors[k % len(colors)])
        ax.set_ylim(-0.6, max(len(d), top) - 0.4)  # same bar thickness in every panel
        ax.set_title(_label(frames[k]), fontsize=10)
        ax.tick_params(axis="y", labelsize=8)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.grid(axis="y", visible=False)
        if k // ncols == nrows - 1 or k + ncols >= len(frames):
            ax.set_xlabel("Matches (count)")
    fig.suptitle(title, x=0.02, ha="left")
    return fig, data


def frames_over_time_data(frame_scores: pd.DataFrame, articles: pd.DataFrame,
                          freq: str | None = None, min_span_days: int = 7) -> pd.DataFrame:
    """Share of articles (%) with at least one hit of each frame, per period.

    Empty when fewer than two dated articles or the dates span ``min_span_days`` or less
    (``data.attrs["reason"]`` says which).

    >>> arts = pd.DataFrame({"article_id": ["a", "b"],
    ...                      "published": pd.to_datetime(["2020-01-01", "2020-03-01"])})
    >>> fs = pd.DataFrame({"article_id": ["a"], "frame": ["conflict"], "hits": [2]})
    >>> frames_over_time_data(fs, arts).pct_articles.tolist()
    [100.0, 0.0]
    """
    cols = ["period", "freq", "frame", "n_articles", "pct_articles"]
    out = pd.DataFrame(columns=cols)
    if _is_empty(frame_scores, "article_id", "frame", "hits") or \
            _is_empty(articles, "article_id"):
        out.attrs["reason"] = "No frame scores or articles."
        return out
    dates = _dates(articles)
    dated = pd.DataFrame({"article_id": articles["article_id"].astype(str), "date": dates}) \
        .dropna(subset=["date"])
    if len(dated) < 2 or (dated["date"].max() - dated["date"].min()).days <= min_span_days:
        out.attrs["reason"] = (f"The dates of these articles span {min_span_days} days or "
                               "less, too short for a trend.")
        return out
    if freq is None:
        freq, fname = _auto_freq(dated["date"])
    else:
        fname = {"D": "day", "W-MON": "week", "MS": "month"}.get(freq, freq)
    dated["period"] = _period_start(dated["date"], freq)
    hits = frame_scores.groupby([frame_scores["article_id"].astype(str),
                                 frame_scores["frame"].astype(str)])["hits"].sum()
    has = (hits > 0).unstack(fill_value=False)
    frames = sorted(has.columns)
    has = has.reindex(index=dated["article_id"], columns=frames, fill_value=False)
    has.index = dated.index
    rows = []
    for period, sub in dated.groupby("period"):
        for f in frames:
            rows.append({"period": period, "freq": fname, "frame": f,
                         "n_articles": int(len(sub)),
                         "pct_articles": float(100 * has.loc[sub.index, f].mean())})
    return pd.DataFrame(rows, columns=cols)


def plot_frames_over_time(frame_scores: pd.DataFrame, articles: pd.DataFrame,
                          freq: str | None = None, top: int = 6):
    """Lines: share of articles using each of the ``top`` most common frames per period."""
    title = "Frames over time (share of articles with the frame)"
    data = frames_over_time_data(frame_scores, articles, freq)
    if data.empty:
        return empty_figure(title, data.attrs.get("reason", "No dated articles.")), data
    order = data.groupby("frame")["pct_articles"].mean().sort_values(ascending=False,
                                                                     kind="mergesort")
    keep = sorted(order.index[:top], key=lambda f: (-order[f], f))
    data = data[data["frame"].isin(keep)].reset_index(drop=True)
    fig, ax = _new_figure(8.0, 4.4)
    styles = ["-", "--", "-.", ":"]
    colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    for k, f in enumerate(keep):
        d = data[data["frame"] == f]
        ax.plot(d["period"], d["pct_articles"], linestyle=styles[k % 4], marker="o",
                markersize=3, color=colors[k % len(colors)], label=_label(f))
    unit = data["freq"].iloc[0]
    ax.set_xlabel(f"Publication date ({unit} starting)")
    ax.set_ylabel("Articles with the frame (%)")
    ax.set_ylim(0, 100)
    ax.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), title="frame")
    ax.set_title(f"{title}, per {unit}")
    fig.autofmt_xdate()
    return fig, data
