"""Tone of quotes, sentences and articles: TextBlob polarity/subjectivity with VADER alongside.

- :func:`add_sentiment` adds ``polarity`` and ``subjectivity`` (exactly ``TextBlob(text).sentiment``,
  TextBlob's default pattern analyzer) and ``vader_compound`` (VADER's compound score) to any
  table with a text column: quotes (scored on the quote's own words, the ``text`` column, never
  the attribution around it), sentences from :func:`analysis.segmentation.segment`, or articles.
- :func:`summarize_sentiment` -- n, mean, median and a bootstrap CI of the mean per group
  (source type, speaker, article, outlet, ...).
- :func:`sentiment_shares` -- counts and shares of negative / neutral / positive rows, with the
  thresholds as parameters.
- :func:`voice_vs_narration` -- quoted words against the reporter's own sentences.
- :func:`compare_analyzers` -- where TextBlob and VADER agree and where they do not.

>>> import pandas as pd
>>> quotes = pd.DataFrame({"text": ["This is a great day.", "A terrible, awful mistake."]})
>>> add_sentiment(quotes)[["polarity", "subjectivity"]].round(2).values.tolist()
[[0.8, 0.75], [-1.0, 1.0]]

Both analyzers are English lexicon methods written for reviews and social media; validate them
against human labels (``analysis.validation``) before reading small differences as findings.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from .stats import bootstrap_diff_ci, bootstrap_mean_ci, cohen_kappa

logger = logging.getLogger(__name__)

#: Columns :func:`add_sentiment` adds, in order.
SENTIMENT_COLUMNS: tuple[str, ...] = ("polarity", "subjectivity", "vader_compound")
#: The three tone labels, in display order.
LABELS: tuple[str, ...] = ("negative", "neutral", "positive")


@lru_cache(maxsize=1)
def _textblob_sentiment():
    """TextBlob's default sentiment function (what ``TextBlob(text).sentiment`` calls).

    ``TextBlob(text).sentiment`` is ``PatternAnalyzer().analyze(text)``, which returns
    ``textblob.en.sentiment(text)`` wrapped in a named tuple. Calling the function directly gives
    the identical numbers without building a blob (and a namedtuple class) per text; the
    function used is :func:`analysis.textblob_sentiment.sentiment_function`, the same steps
    without TextBlob's per-word overheads (bit-for-bit the same numbers; it falls back to
    ``textblob.en.sentiment`` itself for any TextBlob other than the release it follows).
    """
    from textblob import TextBlob
    from textblob.en.sentiments import PatternAnalyzer

    from .textblob_sentiment import sentiment_function

    if not isinstance(TextBlob.analyzer, PatternAnalyzer):  # someone swapped the default
        analyzer = TextBlob.analyzer
        return lambda text: tuple(analyzer.analyze(text))[:2]
    return sentiment_function()


@lru_cache(maxsize=1)
def _vader():
    """One VADER analyzer for the process (loading its lexicon takes ~0.1 s)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def _score_texts(texts: pd.Series, textblob: bool = True, vader: bool = True) -> pd.DataFrame:
    """The sentiment columns asked for (TextBlob's two and/or VADER's) for ``texts``."""
    cols = [c for c, on in (("polarity", textblob), ("subjectivity", textblob),
                            ("vader_compound", vader)) if on]
    tb = _textblob_sentiment() if textblob else None
    vd = _vader() if vader else None
    missing = texts.isna().to_numpy()
    # memoise identical texts (repeated quotes, boilerplate sentences): score each once
    uniq = pd.unique(texts[~missing].astype(str))
    scores = np.empty((len(uniq), len(cols)))
    # a list of Python strings: iterating the Arrow-backed array boxes one scalar at a time
    for i, text in enumerate(uniq.tolist()):
        row = []
        if tb is not None:
            row.extend(tb(text))
        if vd is not None:
            row.append(vd.polarity_scores(text)["compound"])
        scores[i] = row
    values = np.full((len(texts), len(cols)), np.nan)
    if len(uniq):
        codes = pd.Index(uniq).get_indexer(texts[~missing].astype(str))
        values[~missing] = scores[codes]
    return pd.DataFrame(values, index=texts.index, columns=cols)


def add_sentiment(df: pd.DataFrame, text_col: str = "text", *, vader: bool = True) -> pd.DataFrame:
    """Return a copy of ``df`` with ``polarity``, ``subjectivity`` and ``vader_compound``.

    ``polarity`` (-1..1) and ``subjectivity`` (0..1) equal ``TextBlob(text).sentiment`` for the
    same text; ``vader_compound`` (-1..1) is VADER's ``polarity_scores(text)["compound"]``.
    Missing texts (None/NaN) get NaN; an empty string gets the analyzers' values for "" (0.0).
    Identical texts are scored once. Existing sentiment columns are overwritten.
    ``vader=False`` skips VADER (about a third of the cost): no ``vader_compound`` is added
    (one already in ``df`` is kept as it is).

    Use it on quotes (``text`` = the quote's own words), on ``segment(articles)`` for sentence
    tone, or on articles for body tone.

    >>> import pandas as pd
    >>> add_sentiment(pd.DataFrame({"text": ["Good.", None]}))["polarity"].tolist()
    [0.7, nan]
    >>> list(add_sentiment(pd.DataFrame({"text": ["Good."]}), vader=False).columns)
    ['text', 'polarity', 'subjectivity']
    """
    if text_col not in df.columns:
        raise KeyError(f"add_sentiment: no column {text_col!r} in the table (columns: {list(df.columns)})")
    scores = _score_texts(df[text_col], vader=vader)
    out = df.copy()
    for col in scores.columns:
        out[col] = scores[col].to_numpy(dtype="float64")
    logger.debug("scored %d rows (%d distinct texts)", len(df), df[text_col].nunique())
    return out


def _with_scores(df: pd.DataFrame, value_cols: Sequence[str], text_col: str = "text") -> pd.DataFrame:
    """``df`` with the sentiment columns of ``value_cols`` it lacks computed (only those)."""
    missing = [c for c in value_cols if c not in df.columns]
    if not missing:
        return df
    need_tb = any(c in missing for c in ("polarity", "subjectivity"))
    need_vader = "vader_compound" in missing
    if not (need_tb or need_vader):
        return df  # not sentiment columns: let the caller report them
    scores = _score_texts(df[text_col], textblob=need_tb, vader=need_vader)
    out = df.copy()
    for col in scores.columns:
        if col in missing:
            out[col] = scores[col].to_numpy(dtype="float64")
    return out


def _as_list(by) -> list[str]:
    if by is None:
        return []
    if isinstance(by, str):
        return [by]
    return list(by)


def _groups(df: pd.DataFrame, by: list[str]):
    """Yield (key tuple, sub-frame) per group, in sorted group order; one group when by == []."""
    if not by:
        yield (), df
        return
    for key, sub in df.groupby(by, observed=True, sort=True, dropna=False):
        yield (key if isinstance(key, tuple) else (key,)), sub


def summarize_sentiment(
    df: pd.DataFrame,
    by: str | Sequence[str] | None,
    value_cols: Sequence[str] = ("polarity", "subjectivity"),
    n_boot: int = 2000,
    ci: float = 0.95,
    seed: int = 0,
) -> pd.DataFrame:
    """n, mean, median and a percentile bootstrap CI of the mean, per group and measure.

    Returns a tidy table: the ``by`` columns, ``measure`` (which value column), ``n`` (non-missing
    values), ``mean``, ``median``, ``ci_low``, ``ci_high``. ``by=None`` gives one overall row per
    measure. Each group's bootstrap uses ``seed``, so a group's interval does not depend on which
    other groups are in the table, and results are identical run to run.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"source_type": ["official"] * 3, "polarity": [0.0, 0.5, 1.0]})
    >>> summarize_sentiment(df, "source_type", value_cols=["polarity"])[["n", "mean", "median"]].values.tolist()
    [[3.0, 0.5, 0.5]]
    """
    by_cols = _as_list(by)
    missing = [c for c in [*by_cols, *value_cols] if c not in df.columns]
    if missing:
        raise KeyError(f"summarize_sentiment: missing columns {missing}; run add_sentiment first?")
    rows = []
    for key, sub in _groups(df, by_cols):
        for col in value_cols:
            x = pd.to_numeric(sub[col], errors="coerce").dropna().to_numpy(dtype="float64")
            lo, hi = bootstrap_mean_ci(x, n_boot=n_boot, ci=ci, seed=seed)
            rows.append(
                (*key, col, int(x.size),
                 float(x.mean()) if x.size else np.nan,
                 float(np.median(x)) if x.size else np.nan,
                 lo, hi)
            )
    out = pd.DataFrame(rows, columns=[*by_cols, "measure", "n", "mean", "median", "ci_low", "ci_high"])
    out["n"] = out["n"].astype("int64")
    out.attrs["ci"] = ci
    out.attrs["n_boot"] = n_boot
    return out


def label_tone(values, negative_below: float = -0.05, positive_above: float = 0.05) -> pd.Series:
    """Three-way labels: ``negative`` if value < negative_below, ``positive`` if value >
    positive_above, ``neutral`` otherwise (both thresholds themselves are neutral); NaN stays NaN.

    >>> label_tone([-0.05, -0.06, 0.0, 0.05, 0.051]).tolist()
    ['neutral', 'negative', 'neutral', 'neutral', 'positive']
    """
    if negative_below > positive_above:
        raise ValueError(f"negative_below ({negative_below}) must not exceed positive_above ({positive_above})")
    s = pd.Series(values, dtype="float64") if not isinstance(values, pd.Series) else values.astype("float64")
    arr = s.to_numpy()
    lab = np.where(arr < negative_below, "negative", np.where(arr > positive_above, "positive", "neutral"))
    out = pd.Series(pd.Categorical(lab, categories=list(LABELS)), index=s.index)
    out[np.isnan(arr)] = np.nan
    return out


def sentiment_shares(
    df: pd.DataFrame,
    by: str | Sequence[str] | None,
    negative_below: float = -0.05,
    positive_above: float = 0.05,
    col: str = "polarity",
) -> pd.DataFrame:
    """Counts and shares of negative / neutral / positive rows per group.

    Boundary handling: a row is ``negative`` when ``col < negative_below`` (strictly),
    ``positive`` when ``col > positive_above`` (strictly), and ``neutral`` otherwise, so values
    exactly on a threshold are neutral. Rows with a missing value are left out of ``n``.
    Returns the ``by`` columns, ``n``, ``n_negative``, ``n_neutral``, ``n_positive``,
    ``share_negative``, ``share_neutral``, ``share_positive`` (shares sum to 1 when n > 0).

    >>> import pandas as pd
    >>> df = pd.DataFrame({"g": ["a", "a", "a", "a"], "polarity": [-0.5, -0.05, 0.05, 0.3]})
    >>> sentiment_shares(df, "g")[["n_negative", "n_neutral", "n_positive"]].values.tolist()
    [[1, 2, 1]]
    """
    by_cols = _as_list(by)
    missing = [c for c in [*by_cols, col] if c not in df.columns]
    if missing:
        raise KeyError(f"sentiment_shares: missing columns {missing}; run add_sentiment first?")
    labels = label_tone(df[col], negative_below, positive_above)
    rows = []
    for key, sub in _groups(df.assign(_label=labels), by_cols):
        counts = sub["_label"].value_counts(dropna=True)
        n = int(counts.sum())
        c = [int(counts.get(lab, 0)) for lab in LABELS]
        shares = [x / n if n else np.nan for x in c]
        rows.append((*key, n, *c, *shares))
    cols = [*by_cols, "n"] + [f"n_{lab}" for lab in LABELS] + [f"share_{lab}" for lab in LABELS]
    out = pd.DataFrame(rows, columns=cols)
    out.attrs.update(negative_below=negative_below, positive_above=positive_above, col=col)
    return out


def _overlaps_any(starts: np.ndarray, ends: np.ndarray, q_starts: np.ndarray, q_ends: np.ndarray) -> np.ndarray:
    """For each span [starts[i], ends[i]), does it overlap any [q_starts[j], q_ends[j])?"""
    if q_starts.size == 0:
        return np.zeros(starts.size, dtype=bool)
    # sorted by start, the spans that begin before ``ends[i]`` overlap span i iff the furthest
    # of their ends passes ``starts[i]``: O((n + m) log m), where comparing every pair needs an
    # n x m array (55,000 sentences and quotes in one long article: three billion cells)
    order = np.argsort(q_starts, kind="stable")
    furthest = np.maximum.accumulate(q_ends[order])
    k = np.searchsorted(q_starts[order], ends, side="left")  # spans with q_start < end
    out = np.zeros(starts.size, dtype=bool)
    has = k > 0
    out[has] = furthest[k[has] - 1] > starts[has]
    return out


def _narration_mask(segments: pd.DataFrame, spans: pd.DataFrame) -> np.ndarray:
    """For each row of ``segments``: does it overlap no span of ``spans`` in its article?"""
    keep = np.ones(len(segments), dtype=bool)
    if not len(segments) or not len(spans):
        return keep
    seg_ids = segments["article_id"].astype(str).to_numpy()
    span_ids = spans["article_id"].astype(str).to_numpy()
    seg_pos = pd.Series(seg_ids).groupby(seg_ids, sort=False).indices
    span_pos = pd.Series(span_ids).groupby(span_ids, sort=False).indices
    s_start, s_end = segments["start"].to_numpy(dtype="int64"), segments["end"].to_numpy(dtype="int64")
    q_start, q_end = spans["start"].to_numpy(dtype="int64"), spans["end"].to_numpy(dtype="int64")
    for aid, pos in seg_pos.items():
        sp = span_pos.get(aid)
        if sp is not None:
            keep[pos] = ~_overlaps_any(s_start[pos], s_end[pos], q_start[sp], q_end[sp])
    return keep


def voice_vs_narration(
    quotes: pd.DataFrame,
    segments: pd.DataFrame,
    value_cols: Sequence[str] = ("polarity", "subjectivity", "vader_compound"),
    kinds: Sequence[str] | None = ("direct", "partial"),
    n_boot: int = 2000,
    ci: float = 0.95,
    seed: int = 0,
) -> pd.DataFrame:
    """Tone of quoted words against the reporter's own sentences, per article and overall.

    *Voice* is the quotes' own words (``quotes.text``; by default direct and partial quotes only:
    an indirect quote is the reporter's paraphrase; pass ``kinds=None`` for all kinds).
    *Narration* is every sentence of ``segments`` that overlaps no quote span (of any kind) in the
    article body (quotes with ``field == "text"``); sentences holding a quote belong to neither.
    Sentiment columns are computed with :func:`add_sentiment` when absent; rows without a score
    (missing text) are left out.

    Returns one row per article plus a last row with ``article_id == "(all)"`` pooling all
    quotes and all narration sentences: ``level`` ("article" | "overall"), ``article_id``,
    ``n_voice``, ``n_narration``, then for each measure ``m``: ``voice_m``, ``narration_m``,
    ``diff_m`` (voice minus narration) and ``diff_m_ci_low``/``diff_m_ci_high`` (bootstrap CI of
    the difference of means). Articles with no quotes or no narration get NaN means/differences.

    >>> import pandas as pd
    >>> art_text = "Profits fell. \\"This is wonderful,\\" she said."
    >>> q = pd.DataFrame({"article_id": ["a"], "field": ["text"], "kind": ["direct"],
    ...                   "text": ["This is wonderful,"], "start": [15], "end": [33]})
    >>> seg = pd.DataFrame({"article_id": ["a", "a"], "start": [0, 14], "end": [13, 44],
    ...                     "text": ["Profits fell.", art_text[14:44]]})
    >>> voice_vs_narration(q, seg, value_cols=["polarity"])[["n_voice", "n_narration"]].values.tolist()
    [[1, 1], [1, 1]]
    """
    value_cols = list(value_cols)
    for name, table, need in (("quotes", quotes, ["article_id", "text", "start", "end"]),
                              ("segments", segments, ["article_id", "start", "end", "text"])):
        miss = [c for c in need if c not in table.columns]
        if miss:
            raise KeyError(f"voice_vs_narration: {name} table lacks columns {miss}")
    spans = quotes[quotes["field"] == "text"] if "field" in quotes.columns else quotes
    voice = spans  # every body quote blocks its sentences from narration; voice may be fewer kinds
    if kinds is not None and "kind" in voice.columns:
        voice = voice[voice["kind"].isin(list(kinds))]
    # score only the measures a table lacks (the pipeline's sentences have no VADER by default)
    voice = _with_scores(voice, value_cols)
    seg = _with_scores(segments, value_cols)

    # narration: sentences overlapping no body quote of their article
    narrative = _narration_mask(seg, spans)
    seg_pos = seg.groupby("article_id", sort=False).indices

    # rows missing a measure (no text) are left out, so every measure uses the same rows
    v_vals = voice[value_cols].to_numpy(dtype="float64")
    n_vals = seg[value_cols].to_numpy(dtype="float64")
    v_ok = ~np.isnan(v_vals).any(axis=1)
    n_ok = narrative & ~np.isnan(n_vals).any(axis=1)
    v_pos = voice.groupby("article_id", sort=False).indices

    def row(level: str, aid, a: np.ndarray, b: np.ndarray) -> dict:
        r = {"level": level, "article_id": aid, "n_voice": len(a), "n_narration": len(b)}
        va = a.mean(axis=0) if len(a) else np.full(len(value_cols), np.nan)
        nb = b.mean(axis=0) if len(b) else np.full(len(value_cols), np.nan)
        lo, hi = bootstrap_diff_ci(a, b, n_boot=n_boot, ci=ci, seed=seed)
        for j, m in enumerate(value_cols):
            r.update({f"voice_{m}": va[j], f"narration_{m}": nb[j], f"diff_{m}": va[j] - nb[j],
                      f"diff_{m}_ci_low": lo[j], f"diff_{m}_ci_high": hi[j]})
        return r

    empty = np.empty(0, dtype="int64")
    article_ids = list(dict.fromkeys([*seg_pos, *v_pos]))
    rows = []
    for aid in article_ids:
        vp, sp = v_pos.get(aid, empty), seg_pos.get(aid, empty)
        rows.append(row("article", aid, v_vals[vp[v_ok[vp]]], n_vals[sp[n_ok[sp]]]))
    rows.append(row("overall", "(all)", v_vals[v_ok], n_vals[n_ok]))
    out = pd.DataFrame(rows)
    out["n_voice"] = out["n_voice"].astype("int64")
    out["n_narration"] = out["n_narration"].astype("int64")
    return out


@dataclass(frozen=True)
class AnalyzerComparison:
    """Result of :func:`compare_analyzers`.

    ``summary``: one row (n, pearson_r, pearson_p, spearman_rho, spearman_p, label_agreement,
    cohen_kappa and the four thresholds used); ``crosstab``: TextBlob label (rows) by VADER label (columns), counts
    with margins; ``disagreements``: the rows where the two scores differ most, with
    ``tb_label``, ``vader_label`` and ``abs_diff``.
    """

    summary: pd.DataFrame
    crosstab: pd.DataFrame
    disagreements: pd.DataFrame


def compare_analyzers(
    df: pd.DataFrame,
    text_col: str = "text",
    tb_thresholds: tuple[float, float] = (-0.05, 0.05),
    vader_thresholds: tuple[float, float] = (-0.05, 0.05),
    n_disagree: int = 20,
) -> AnalyzerComparison:
    """Agreement between TextBlob polarity and VADER compound on the same texts.

    Both scores run -1..1. Reports Pearson and Spearman correlation, the share of rows where the
    three-way labels agree (labels via :func:`label_tone`; ±0.05 is VADER's documented cut-off
    for its compound score), Cohen's kappa of those labels, the label crosstab, and the
    ``n_disagree`` rows with the largest ``|polarity - vader_compound|`` (opposite labels first).
    Scores are computed with :func:`add_sentiment` when the columns are absent.

    >>> import pandas as pd
    >>> cmp = compare_analyzers(pd.DataFrame({"text": ["Great, wonderful news.", "A horrible, sad loss.",
    ...                                                "The meeting is on Tuesday."]}))
    >>> float(cmp.summary["cohen_kappa"].iloc[0])
    1.0
    """
    from scipy import stats as sps

    if "polarity" not in df.columns or "vader_compound" not in df.columns:
        df = add_sentiment(df, text_col=text_col)
    d = df.dropna(subset=["polarity", "vader_compound"])
    x = d["polarity"].to_numpy(dtype="float64")
    y = d["vader_compound"].to_numpy(dtype="float64")
    n = len(d)

    def corr(fn):
        if n < 3 or np.ptp(x) == 0 or np.ptp(y) == 0:
            return (np.nan, np.nan)
        res = fn(x, y)
        return (float(res[0]), float(res[1]))

    pr, pp = corr(sps.pearsonr)
    sr, sp = corr(sps.spearmanr)
    tb_lab = label_tone(d["polarity"], *tb_thresholds)
    vd_lab = label_tone(d["vader_compound"], *vader_thresholds)
    agree = float((tb_lab == vd_lab).mean()) if n else np.nan
    kappa = cohen_kappa(tb_lab.astype(str), vd_lab.astype(str), labels=list(LABELS)) if n else np.nan
    summary = pd.DataFrame([{
        "n": n, "pearson_r": pr, "pearson_p": pp, "spearman_rho": sr, "spearman_p": sp,
        "label_agreement": agree, "cohen_kappa": kappa,
        "tb_negative_below": tb_thresholds[0], "tb_positive_above": tb_thresholds[1],
        "vader_negative_below": vader_thresholds[0], "vader_positive_above": vader_thresholds[1],
    }])
    crosstab = pd.crosstab(
        pd.Categorical(tb_lab, categories=list(LABELS)),
        pd.Categorical(vd_lab, categories=list(LABELS)),
        rownames=["textblob"], colnames=["vader"], margins=True, dropna=False,
    )
    dis = d.assign(tb_label=tb_lab, vader_label=vd_lab, abs_diff=np.abs(x - y))
    opposite = ((dis["tb_label"] == "negative") & (dis["vader_label"] == "positive")) | (
        (dis["tb_label"] == "positive") & (dis["vader_label"] == "negative"))
    dis = (dis.assign(_opp=opposite)
              .sort_values(["_opp", "abs_diff"], ascending=[False, False], kind="stable")
              .drop(columns="_opp")
              .head(n_disagree))
    return AnalyzerComparison(summary=summary, crosstab=crosstab, disagreements=dis)
