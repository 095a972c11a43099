"""Validate lexicon sentiment against human labels, and calibrate its neutral band.

Lexicon sentiment (TextBlob polarity, VADER compound) is weak on news: on the human-labelled
NewsMTSC sentences it reaches a macro-F1 of about 0.41 (TextBlob) and 0.52 (VADER), where the
best published model reaches 0.83. Content analysts therefore check an automatic measure against a
hand-coded sample before they report it. This module does that:

- :func:`load_labelled` / :func:`load_newsmtsc` read labelled text into a tidy frame
  (``id``, ``text``, ``label`` in negative | neutral | positive);
- :func:`validate_sentiment` scores the texts with TextBlob and VADER, turns the scores into
  labels with a neutral band, and reports accuracy, macro-F1, per-class precision / recall / F1,
  the confusion table, Cohen's kappa and Krippendorff's alpha against the human labels;
- :func:`calibrate_thresholds` chooses the neutral band that maximises macro-F1 on one part of the
  labelled data and reports it on another part (never on the sentences it was chosen on);
  :func:`save_thresholds` / :func:`load_thresholds` keep the result in
  ``analysis/data/sentiment_thresholds.json`` for the pipeline;
- :func:`export_sentiment_sheet` / :func:`read_sentiment_sheet` produce a random, stratified
  sample of quotes for a person to label, and read it back ready for :func:`validate_sentiment`.

Example:

>>> import pandas as pd
>>> labelled = pd.DataFrame({"text": ["A wonderful, great success.", "A terrible, awful failure.",
...                                   "The meeting is on Tuesday."],
...                          "label": ["positive", "negative", "neutral"]})
>>> result = validate_sentiment(labelled)
>>> result.summary[["analyzer", "n", "accuracy"]].to_dict("records")
[{'analyzer': 'textblob', 'n': 3, 'accuracy': 1.0}, {'analyzer': 'vader', 'n': 3, 'accuracy': 1.0}]
"""
from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from analysis.config import PACKAGE_DATA, SHARED_DIR
from analysis.sentiment import add_sentiment, label_tone
from analysis.stats import cohen_kappa  # shared with the tone engineer's reporting

__all__ = [
    "LABELS", "ANALYZERS", "DEFAULT_THRESHOLDS", "THRESHOLDS_PATH", "NEWSMTSC_DIR",
    "NEWSMTSC_REFERENCE",
    "load_labelled", "load_newsmtsc", "normalize_label",
    "confusion_table", "sentiment_metrics", "bootstrap_agreement", "cohen_kappa", "krippendorff_alpha_nominal",
    "classify_scores", "add_scores", "validate_sentiment", "SentimentValidation", "trust_statement",
    "split_labelled", "calibrate_thresholds", "Calibration", "save_thresholds", "load_thresholds",
    "thresholds_table", "reference_confusion",
    "calibrate_newsmtsc", "export_sentiment_sheet", "read_sentiment_sheet", "SHEET_COLUMNS",
]

log = logging.getLogger(__name__)

#: The three sentiment classes, in the order every table uses.
LABELS: tuple[str, ...] = ("negative", "neutral", "positive")
#: Analyzers this module knows, and the score column each one produces (as ``add_sentiment``).
ANALYZERS: dict[str, str] = {"textblob": "polarity", "vader": "vader_compound"}
#: The conventional neutral band: score below -0.05 is negative, above 0.05 positive.
DEFAULT_THRESHOLDS: dict[str, float] = {"negative_below": -0.05, "positive_above": 0.05}
#: Where the calibrated thresholds live (written by :func:`calibrate_newsmtsc`).
THRESHOLDS_PATH = PACKAGE_DATA / "sentiment_thresholds.json"
NEWSMTSC_DIR = SHARED_DIR / "corpora" / "newsmtsc"

#: NewsMTSC target polarity codes.
NEWSMTSC_POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}

#: Published figures to show when no labelled sample of one's own is given.
NEWSMTSC_REFERENCE = pd.DataFrame(
    [
        {"method": "TextBlob polarity (band ±0.05)", "macro_f1": 0.41,
         "measured_on": "NewsMTSC devtest_rw, 1,037 sentences whose targets all agree",
         "source": "../shared/corpora/README.md (reproduced by analysis.validation)"},
        {"method": "VADER compound (band ±0.05)", "macro_f1": 0.52,
         "measured_on": "NewsMTSC devtest_rw, 1,037 sentences whose targets all agree",
         "source": "../shared/corpora/README.md (reproduced by analysis.validation)"},
        {"method": "best NewsMTSC model (target-dependent)", "macro_f1": 0.83,
         "measured_on": "NewsMTSC devtest_rw, target-level task",
         "source": "Hamborg & Donnay, NewsMTSC, EACL 2021"},
    ]
)

_TEXT_COLUMNS = ("text", "sentence", "sentence_normalized", "quote", "content", "body", "headline")
_LABEL_COLUMNS = ("label", "manual_label", "sentiment", "gold", "gold_label", "human_label",
                  "class", "polarity_label", "tone", "polarity")
_ID_COLUMNS = ("id", "quote_id", "sentence_id", "primary_gid", "uid")

_LABEL_ALIASES = {
    # single letters are left out on purpose: "n" could be negative or neutral
    "negative": "negative", "neg": "negative", "-": "negative", "-1": "negative",
    "-1.0": "negative",
    "neutral": "neutral", "neu": "neutral", "0": "neutral", "0.0": "neutral",
    "positive": "positive", "pos": "positive", "+": "positive", "1": "positive", "1.0": "positive",
    "+1": "positive",
}


# --------------------------------------------------------------------------------------------
# loading labelled data
# --------------------------------------------------------------------------------------------

def normalize_label(value: Any, label_map: Mapping[Any, str] | None = None) -> str | None:
    """Map one human label to negative | neutral | positive (``None`` for blank).

    Strings such as ``"Positive"``, ``"neg"``, ``"+"`` and the codes -1 / 0 / 1 are recognised;
    other codes need ``label_map`` (its values are normalised too). Raises ``ValueError`` for
    anything else.

    >>> normalize_label(" Neg "), normalize_label(1), normalize_label(6.0, {2: "neg", 4: "neu", 6: "pos"})
    ('negative', 'positive', 'positive')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str) and not value.strip():
        return None
    if label_map is not None:
        for key in _label_keys(value):
            if key in label_map:
                return normalize_label(label_map[key])
    key = str(value).strip().lower()
    if key in _LABEL_ALIASES:
        return _LABEL_ALIASES[key]
    raise ValueError(
        f"label {value!r} is not one of {', '.join(LABELS)}"
        + ("" if label_map is not None else " (pass label_map= for numeric or other codes)")
    )


def _label_keys(value: Any) -> list[Any]:
    """Candidate dictionary keys for a label read from a file (``"6"``, ``6``, ``6.0``)."""
    keys: list[Any] = [value]
    text = str(value).strip()
    keys += [text, text.lower()]
    try:
        number = float(text)
    except ValueError:
        return keys
    keys.append(number)
    if number.is_integer():
        keys.append(int(number))
    return keys


def _pick_column(columns: Iterable[str], wanted: str | None, candidates: Sequence[str],
                 what: str, path: Any) -> str:
    columns = list(columns)
    if wanted is not None:
        if wanted not in columns:
            raise ValueError(f"{path}: no column {wanted!r} (columns: {columns})")
        return wanted
    lower = {str(c).strip().lower(): c for c in columns}
    for name in candidates:
        if name in lower:
            return lower[name]
    raise ValueError(f"{path}: cannot find the {what} column among {columns}; "
                     f"pass {what}_col= (recognised names: {', '.join(candidates)})")


def _labelled_frame(raw: pd.DataFrame, source: Any, text_col: str | None, label_col: str | None,
                    label_map: Mapping[Any, str] | None, id_prefix: str) -> pd.DataFrame:
    tcol = _pick_column(raw.columns, text_col, _TEXT_COLUMNS, "text", source)
    lcol = _pick_column([c for c in raw.columns if c != tcol], label_col, _LABEL_COLUMNS,
                        "label", source)
    id_candidates = [c for c in raw.columns if str(c).strip().lower() in _ID_COLUMNS
                     and c not in (tcol, lcol)]
    labels: list[str | None] = []
    for row, value in enumerate(raw[lcol].tolist()):
        try:
            labels.append(normalize_label(value, label_map))
        except ValueError as err:
            raise ValueError(f"{source}: row {row} (0-based, header not counted) "
                             f"({lcol}={value!r}): {err}") from None
    if id_candidates:
        ids = raw[id_candidates[0]].astype(str).tolist()
    else:
        ids = [f"{id_prefix}-{row:04d}" for row in range(len(raw))]
    out = pd.DataFrame({"id": ids, "text": raw[tcol].fillna("").astype(str).tolist(),
                        "label": labels})
    keep = out["label"].notna() & out["text"].str.strip().ne("")
    dropped = int((~keep).sum())
    out = out[keep].reset_index(drop=True)
    out["label"] = pd.Categorical(out["label"], categories=list(LABELS))
    if out["id"].duplicated().any():
        log.warning("%s: %d duplicate ids", source, int(out["id"].duplicated().sum()))
    if dropped:
        log.info("%s: dropped %d rows without a label or text", source, dropped)
    out.attrs["source"] = str(source)
    out.attrs["n_read"] = len(raw)
    out.attrs["n_dropped"] = dropped
    out.attrs["drop_reason"] = "no label or no text"
    return out


def load_labelled(path: str | Path, text_col: str | None = None, label_col: str | None = None,
                  label_map: Mapping[Any, str] | None = None) -> pd.DataFrame:
    """Read a file of human-labelled texts into ``id``, ``text``, ``label`` (+ ``attrs``).

    CSV / TSV (by extension), or JSON lines. A NewsMTSC JSONL file (``sentence_normalized`` and
    ``targets``) goes to :func:`load_newsmtsc`. The text and label columns are found by their
    usual names (text / sentence / quote ..., label / sentiment / manual_label ...) unless named;
    a coded sheet from :func:`export_sentiment_sheet` goes to :func:`read_sentiment_sheet`.
    Labels are negative / neutral / positive in any case or short form, or -1 / 0 / 1; other
    codes need ``label_map`` (e.g. ``{1: "negative", 2: "neutral", 3: "positive"}``). Rows
    without a label are dropped and counted in ``attrs["n_dropped"]``. The ``id`` comes from an
    id column (id, quote_id, ...) or is ``<file stem>-<row:04d>``.

    >>> from pathlib import Path; import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "coded.csv"
    >>> _ = p.write_text("sentence,sentiment\\nGreat news.,POS\\nBad news.,neg\\nNo news.,\\n")
    >>> df = load_labelled(p)
    >>> df["label"].tolist(), df["id"].tolist(), df.attrs["n_dropped"]
    (['positive', 'negative'], ['coded-0000', 'coded-0001'], 1)
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        raw = pd.read_json(path, lines=suffix != ".json", dtype=False)
        newsmtsc = {"sentence_normalized", "targets"} <= set(raw.columns)
        if newsmtsc and suffix != ".json" and text_col is None:
            return load_newsmtsc(path)
    else:
        sep = "\t" if suffix in (".tsv", ".tab") else ","
        raw = pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        is_sheet = {"id", "text", "manual_label"} <= set(raw.columns)
        if is_sheet and sep == "," and text_col is None and label_col is None and label_map is None:
            return read_sentiment_sheet(path)  # a coded sheet from export_sentiment_sheet
    return _labelled_frame(raw, path, text_col, label_col, label_map, path.stem)


def load_newsmtsc(path: str | Path) -> pd.DataFrame:
    """Read a NewsMTSC JSONL split: one row per sentence whose targets all carry the same label.

    NewsMTSC (Hamborg & Donnay, EACL 2021) labels the sentiment of a sentence towards each
    target mention: 2.0 negative, 4.0 neutral, 6.0 positive. A sentence-level measure such as
    TextBlob can only be checked where the targets agree, so a sentence is kept when all its
    targets carry one polarity and dropped otherwise. Columns: ``id`` (``primary_gid``),
    ``text`` (``sentence_normalized``), ``label``, ``n_targets``. ``attrs``: ``n_read``,
    ``n_dropped``, ``drop_reason``, ``source``; the drop count is also logged.

    >>> df = load_newsmtsc(NEWSMTSC_DIR / "devtest_rw.jsonl")  # doctest: +SKIP
    >>> len(df), df.attrs["n_read"], df.attrs["n_dropped"]      # doctest: +SKIP
    (1037, 1067, 30)
    """
    path = Path(path)
    rows = []
    n_read = 0
    with path.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, 1):
            if not line.strip():
                continue
            n_read += 1
            record = json.loads(line)
            try:
                polarities = {float(t["polarity"]) for t in record["targets"]}
                text = record["sentence_normalized"]
                gid = record["primary_gid"]
            except (KeyError, TypeError) as err:
                raise ValueError(f"{path}: line {line_no} is not a NewsMTSC record ({err})") from None
            unknown = polarities - set(NEWSMTSC_POLARITY)
            if unknown:
                raise ValueError(f"{path}: line {line_no}: unknown polarity {sorted(unknown)}")
            if len(polarities) != 1:
                continue
            rows.append({"id": str(gid), "text": text,
                         "label": NEWSMTSC_POLARITY[polarities.pop()],
                         "n_targets": len(record["targets"])})
    out = pd.DataFrame(rows, columns=["id", "text", "label", "n_targets"])
    out["label"] = pd.Categorical(out["label"], categories=list(LABELS))
    out["n_targets"] = out["n_targets"].astype("int64")
    dropped = n_read - len(out)
    log.info("%s: kept %d of %d sentences; dropped %d whose targets disagree",
             path.name, len(out), n_read, dropped)
    out.attrs.update(source=str(path), n_read=n_read, n_dropped=dropped,
                     drop_reason="targets disagree")
    return out


# --------------------------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------------------------

def _as_labels(values: Iterable[Any], what: str) -> np.ndarray:
    arr = np.asarray([str(v) for v in values], dtype=object)
    bad = sorted(set(arr) - set(LABELS))
    if bad:
        raise ValueError(f"{what} contain values outside {LABELS}: {bad[:5]}")
    return arr


def confusion_table(labels: Iterable[str], predictions: Iterable[str]) -> pd.DataFrame:
    """Counts of human labels (rows) against predicted labels (columns), all three classes.

    >>> confusion_table(["positive", "neutral"], ["positive", "positive"]).loc["neutral", "positive"]
    np.int64(1)
    """
    y = _as_labels(labels, "labels")
    p = _as_labels(predictions, "predictions")
    if len(y) != len(p):
        raise ValueError(f"{len(y)} labels but {len(p)} predictions")
    index = {c: i for i, c in enumerate(LABELS)}
    k = len(LABELS)
    codes = np.array([index[a] * k + index[b] for a, b in zip(y, p)], dtype=np.int64)
    counts = np.bincount(codes, minlength=k * k).reshape(k, k)
    return pd.DataFrame(counts, index=pd.Index(LABELS, name="label"),
                        columns=pd.Index(LABELS, name="predicted"))


def _scores_from_confusion(cm: np.ndarray) -> dict[str, Any]:
    """Accuracy, per-class P/R/F1 and macro-F1 from a k x k confusion matrix (rows = truth).

    Macro-F1 averages over the classes that occur in the labels or in the predictions (as
    scikit-learn does without ``labels=``); a class with no predictions has precision 0.
    """
    cm = np.asarray(cm, dtype=float)
    tp = np.diag(cm)
    support = cm.sum(axis=1)
    predicted = cm.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = np.where(predicted > 0, tp / predicted, 0.0)
        recall = np.where(support > 0, tp / support, 0.0)
        f1 = np.where(precision + recall > 0, 2 * precision * recall / (precision + recall), 0.0)
    present = (support + predicted) > 0
    n = cm.sum()
    return {
        "accuracy": float(tp.sum() / n) if n else float("nan"),
        "macro_f1": float(f1[present].mean()) if present.any() else float("nan"),
        "precision": precision, "recall": recall, "f1": f1,
        "support": support.astype(int), "predicted": predicted.astype(int),
    }


def krippendorff_alpha_nominal(data: Any) -> float:
    """Krippendorff's alpha for nominal data; ``data`` is coders x units, missing = None / NaN.

    Builds the coincidence matrix over pairable values (units with at least two codes) and
    returns ``1 - (n - 1) * D_o / D_e`` (Krippendorff 2011, "Computing Krippendorff's
    Alpha-Reliability"). For his 4-coder example the nominal alpha is 0.743.

    >>> round(krippendorff_alpha_nominal([["x", "x", "y", "y"], ["x", "y", "y", "y"]]), 4)
    0.5333
    """
    table = pd.DataFrame(list(data), dtype=object)
    values = table.to_numpy(dtype=object)
    missing = pd.isna(values)
    cats = sorted({v for v, m in zip(values.ravel(), missing.ravel()) if not m}, key=str)
    if not cats:
        return float("nan")
    index = {c: i for i, c in enumerate(cats)}
    k = len(cats)
    coincidence = np.zeros((k, k))
    for u in range(values.shape[1]):
        codes = [index[v] for v, m in zip(values[:, u], missing[:, u]) if not m]
        m_u = len(codes)
        if m_u < 2:
            continue
        counts = np.bincount(codes, minlength=k).astype(float)
        # ordered pairs of different coders: n_c * n_k off the diagonal, n_c * (n_c - 1) on it
        pairs = np.outer(counts, counts) - np.diag(counts)
        coincidence += pairs / (m_u - 1)
    n_c = coincidence.sum(axis=1)
    n = n_c.sum()
    if n <= 1:
        return float("nan")
    observed = coincidence.sum() - np.trace(coincidence)
    expected = (n * n - (n_c ** 2).sum()) / (n - 1)
    if expected == 0:
        return 1.0 if observed == 0 else float("nan")
    return float(1 - observed / expected)


def sentiment_metrics(labels: Iterable[str], predictions: Iterable[str]) -> dict[str, Any]:
    """Agreement of predicted with human labels: a dict of scalars and two tables.

    Keys: ``n``, ``accuracy``, ``macro_f1``, ``cohen_kappa``, ``krippendorff_alpha`` (nominal,
    the two codings as two coders), ``per_class`` (label, precision, recall, f1, support,
    predicted) and ``confusion`` (labels x predictions).

    >>> m = sentiment_metrics(["negative", "neutral", "positive"], ["negative", "neutral", "neutral"])
    >>> m["accuracy"], round(m["macro_f1"], 4)
    (0.6666666666666666, 0.5556)
    """
    y = _as_labels(labels, "labels")
    p = _as_labels(predictions, "predictions")
    cm = confusion_table(y, p)
    scores = _scores_from_confusion(cm.to_numpy())
    per_class = pd.DataFrame({
        "label": list(LABELS), "precision": scores["precision"], "recall": scores["recall"],
        "f1": scores["f1"], "support": scores["support"], "predicted": scores["predicted"],
    })
    return {
        "n": int(len(y)), "accuracy": scores["accuracy"], "macro_f1": scores["macro_f1"],
        "cohen_kappa": cohen_kappa(y, p, labels=LABELS),
        "krippendorff_alpha": krippendorff_alpha_nominal([y, p]),
        "per_class": per_class, "confusion": cm,
    }


def _agreement_from_confusion(cm: np.ndarray) -> np.ndarray:
    """Accuracy, macro-F1, Cohen's kappa and Krippendorff's alpha of two codings from their
    confusion matrix (k x k, or a stack B x k x k -> B x 4). For two coders without missing
    values the coincidence matrix is cm + cm.T."""
    cm = np.asarray(cm, dtype=float)
    single = cm.ndim == 2
    cm = cm[None] if single else cm
    n = cm.sum(axis=(1, 2))
    tp = np.diagonal(cm, axis1=1, axis2=2)
    rows, cols = cm.sum(axis=2), cm.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = np.where(cols > 0, tp / cols, 0.0)
        recall = np.where(rows > 0, tp / rows, 0.0)
        f1 = np.where(precision + recall > 0, 2 * precision * recall / (precision + recall), 0.0)
        present = (rows + cols) > 0
        macro_f1 = (f1 * present).sum(axis=1) / present.sum(axis=1)
        p_o = tp.sum(axis=1) / n
        p_e = (rows * cols).sum(axis=1) / n ** 2
        kappa = np.where(np.isclose(p_e, 1), np.where(np.isclose(p_o, 1), 1.0, 0.0),
                         (p_o - p_e) / (1 - p_e))
        n_c = rows + cols  # marginals of the coincidence matrix cm + cm.T
        total = 2 * n
        expected = total ** 2 - (n_c ** 2).sum(axis=1)
        observed = 2 * (n - tp.sum(axis=1))
        alpha = np.where(expected > 0, 1 - (total - 1) * observed / expected,
                         np.where(observed == 0, 1.0, np.nan))
    out = np.stack([p_o, macro_f1, kappa, alpha], axis=1)
    return out[0] if single else out


def bootstrap_agreement(labels: Iterable[str], predictions: Iterable[str], n_boot: int = 1000,
                        seed: int = 0, ci: float = 0.95) -> pd.DataFrame:
    """Percentile bootstrap intervals (resampling texts) for accuracy, macro-F1, kappa and alpha.

    A hand-coded sample of 100 quotes pins macro-F1 down only to about ±0.1; report the
    interval with the figure. Returns one row per metric: metric, low, high.

    >>> y = ["negative", "neutral", "positive"] * 20
    >>> bootstrap_agreement(y, y, n_boot=50)["low"].tolist()
    [1.0, 1.0, 1.0, 1.0]
    """
    y = _as_labels(labels, "labels")
    p = _as_labels(predictions, "predictions")
    index = {c: i for i, c in enumerate(LABELS)}
    codes = np.array([index[a] * 3 + index[b] for a, b in zip(y, p)], dtype=np.int64)
    if len(codes) == 0:
        raise ValueError("no labelled texts to resample")
    rng = np.random.default_rng(seed)
    draws = np.empty((n_boot, 4))
    chunk = max(1, 2_000_000 // len(codes))  # resamples per batch, to bound memory
    for begin in range(0, n_boot, chunk):
        size = min(chunk, n_boot - begin)
        picks = codes[rng.integers(0, len(codes), (size, len(codes)))]
        offsets = (np.arange(size) * 9)[:, None]
        cms = np.bincount((picks + offsets).ravel(), minlength=size * 9).reshape(size, 3, 3)
        draws[begin:begin + size] = _agreement_from_confusion(cms)
    tail = (1 - ci) / 2
    low, high = np.nanquantile(draws, [tail, 1 - tail], axis=0)
    return pd.DataFrame({"metric": ["accuracy", "macro_f1", "cohen_kappa", "krippendorff_alpha"],
                         "low": low, "high": high})


# --------------------------------------------------------------------------------------------
# scoring and validation
# --------------------------------------------------------------------------------------------

def classify_scores(scores: Any, negative_below: float = -0.05,
                    positive_above: float = 0.05) -> np.ndarray:
    """Turn sentiment scores into labels with ``analysis.sentiment.label_tone`` (the labelling
    the notebooks use): below ``negative_below`` negative, above ``positive_above`` positive,
    otherwise (thresholds included) neutral. Scores must not be missing.

    >>> classify_scores([-0.3, -0.05, 0.0, 0.2]).tolist()
    ['negative', 'neutral', 'neutral', 'positive']
    """
    labels = label_tone(np.asarray(scores, dtype=float), negative_below, positive_above)
    if labels.isna().any():
        raise ValueError(f"{int(labels.isna().sum())} scores are missing (empty texts?)")
    return labels.astype(str).to_numpy(dtype=object)


def _score_texts(texts: Sequence[str], analyzers: Sequence[str]) -> pd.DataFrame:
    """Score columns (``polarity``, ``vader_compound``) from ``analysis.sentiment.add_sentiment``,
    so validation measures exactly the scores the notebooks chart."""
    scored = add_sentiment(pd.DataFrame({"text": list(texts)}), text_col="text")
    return scored[[ANALYZERS[a] for a in analyzers]].reset_index(drop=True)


def add_scores(labelled: pd.DataFrame, analyzers: Sequence[str] = ("textblob", "vader"),
               text_col: str = "text") -> pd.DataFrame:
    """Return a copy with the analyzers' score columns, computing only those that are missing.

    Call it once on a large labelled set to reuse the scores across :func:`validate_sentiment`
    and :func:`calibrate_thresholds` calls.

    >>> add_scores(pd.DataFrame({"text": ["Good."]}), ["textblob"])["polarity"].tolist()
    [0.7]
    """
    analyzers = _check_analyzers(analyzers)
    out = labelled.copy()
    missing = [a for a in analyzers if ANALYZERS[a] not in out.columns]
    if missing:
        scores = _score_texts(out[text_col].astype(str).tolist(), missing)
        for name in missing:
            out[ANALYZERS[name]] = scores[ANALYZERS[name]].to_numpy()
    return out


def _check_analyzers(analyzers: Sequence[str] | str) -> list[str]:
    if isinstance(analyzers, str):
        analyzers = [analyzers]
    unknown = [a for a in analyzers if a not in ANALYZERS]
    if unknown:
        raise ValueError(f"unknown analyzer(s) {unknown}; known: {list(ANALYZERS)}")
    return list(analyzers)


def _check_labelled(labelled: pd.DataFrame, label_col: str = "label") -> np.ndarray:
    if label_col not in labelled.columns:
        raise ValueError(f"labelled frame needs a {label_col!r} column (has {list(labelled.columns)})")
    if labelled[label_col].isna().any():
        raise ValueError(f"{int(labelled[label_col].isna().sum())} rows have no label")
    return _as_labels(labelled[label_col], "labels")


@dataclass
class SentimentValidation:
    """What :func:`validate_sentiment` returns: tidy tables, one per question.

    - ``summary``: one row per analyzer: analyzer, n, negative_below, positive_above, accuracy,
      macro_f1, cohen_kappa, krippendorff_alpha;
    - ``per_class``: analyzer, label, precision, recall, f1, support, predicted;
    - ``confusion``: long table analyzer, label, predicted, n (for charts);
    - ``predictions``: the input's id, text and label with each analyzer's score and label.
    ``confusion_table(analyzer)`` gives the labels x predictions matrix of one analyzer.
    """

    summary: pd.DataFrame
    per_class: pd.DataFrame
    confusion: pd.DataFrame
    predictions: pd.DataFrame
    thresholds: dict[str, dict[str, float]] = field(default_factory=dict)

    def confusion_table(self, analyzer: str = "textblob") -> pd.DataFrame:
        """The confusion matrix of one analyzer: human labels (rows) x predictions (columns)."""
        part = self.confusion[self.confusion["analyzer"] == analyzer]
        if part.empty:
            raise KeyError(f"no analyzer {analyzer!r} in this result")
        table = part.pivot(index="label", columns="predicted", values="n")
        return table.reindex(index=list(LABELS), columns=list(LABELS)).astype("int64")

    def to_dict(self) -> dict[str, pd.DataFrame]:
        """The tables as a dict of DataFrames (e.g. to save each as CSV)."""
        return {"summary": self.summary, "per_class": self.per_class,
                "confusion": self.confusion, "predictions": self.predictions}

    def verdict(self) -> str:
        """A plain-words statement of how far the automatic labels can be trusted."""
        return trust_statement(self.summary)


def validate_sentiment(labelled: pd.DataFrame, negative_below: float = -0.05,
                       positive_above: float = 0.05,
                       analyzers: Sequence[str] = ("textblob", "vader"), *,
                       thresholds: Mapping[str, Mapping[str, float]] | None = None,
                       text_col: str = "text", label_col: str = "label",
                       n_boot: int = 1000, seed: int = 0) -> SentimentValidation:
    """Compare TextBlob / VADER sentiment with human labels.

    ``labelled`` has ``text`` and ``label`` (negative | neutral | positive; see
    :func:`load_labelled`). Scores are TextBlob polarity and VADER compound (the columns
    ``polarity`` and ``vader_compound`` of ``analysis.add_sentiment``; reused when the frame
    already has them). A score below ``negative_below`` is negative, above ``positive_above``
    positive, else neutral; ``thresholds`` (e.g. ``load_thresholds()``) sets the band per analyzer.
    ``summary`` carries 95% bootstrap intervals (``n_boot`` resamples of the texts, ``seed``) for
    macro-F1 and alpha; ``n_boot=0`` leaves them out.

    >>> labelled = pd.DataFrame({"text": ["x", "y", "z", "w"],
    ...                          "label": ["negative", "neutral", "positive", "positive"],
    ...                          "polarity": [-0.5, 0.0, 0.5, 0.0]})
    >>> r = validate_sentiment(labelled, analyzers=["textblob"])
    >>> r.summary.loc[0, ["accuracy", "macro_f1"]].tolist()
    [0.75, 0.7777777777777777]
    """
    analyzers = _check_analyzers(analyzers)
    y = _check_labelled(labelled, label_col)
    if len(y) == 0:
        raise ValueError("the labelled frame has no rows")
    scored = add_scores(labelled, analyzers, text_col=text_col)
    bands: dict[str, dict[str, float]] = {}
    summary_rows, per_class, confusion = [], [], []
    predictions = pd.DataFrame({
        "id": scored["id"].to_numpy() if "id" in scored.columns else np.arange(len(scored)),
        "text": scored[text_col].to_numpy() if text_col in scored.columns else "", "label": y})
    for name in analyzers:
        band = dict(negative_below=negative_below, positive_above=positive_above)
        if thresholds and name in thresholds:
            band = {k: float(thresholds[name][k]) for k in ("negative_below", "positive_above")}
        bands[name] = band
        score = scored[ANALYZERS[name]].to_numpy(dtype=float)
        predicted = classify_scores(score, **band)
        predictions[ANALYZERS[name]] = score
        predictions[f"{name}_label"] = predicted
        m = sentiment_metrics(y, predicted)
        row = {"analyzer": name, "n": m["n"], **band,
               "accuracy": m["accuracy"], "macro_f1": m["macro_f1"],
               "cohen_kappa": m["cohen_kappa"], "krippendorff_alpha": m["krippendorff_alpha"]}
        if n_boot:
            boot = bootstrap_agreement(y, predicted, n_boot=n_boot, seed=seed).set_index("metric")
            for metric in ("macro_f1", "krippendorff_alpha"):
                row[f"{metric}_low"] = float(boot.loc[metric, "low"])
                row[f"{metric}_high"] = float(boot.loc[metric, "high"])
        summary_rows.append(row)
        per_class.append(m["per_class"].assign(analyzer=name))
        long = m["confusion"].stack().rename("n").reset_index()
        confusion.append(long.assign(analyzer=name))
    per_class_df = pd.concat(per_class, ignore_index=True)[
        ["analyzer", "label", "precision", "recall", "f1", "support", "predicted"]]
    confusion_df = pd.concat(confusion, ignore_index=True)[["analyzer", "label", "predicted", "n"]]
    for frame in (per_class_df, confusion_df):
        for col in ("label", "predicted"):
            if col in frame.columns and frame[col].dtype != "int64":
                frame[col] = pd.Categorical(frame[col], categories=list(LABELS))
    for name in analyzers:
        predictions[f"{name}_label"] = pd.Categorical(predictions[f"{name}_label"],
                                                      categories=list(LABELS))
    predictions["label"] = pd.Categorical(predictions["label"], categories=list(LABELS))
    return SentimentValidation(summary=pd.DataFrame(summary_rows), per_class=per_class_df,
                               confusion=confusion_df, predictions=predictions, thresholds=bands)


def trust_statement(summary: pd.DataFrame) -> str:
    """Say in words how far each analyzer's labels agree with the human labels.

    Uses Krippendorff's conventions for alpha: at least 0.800 reliable, 0.667 to 0.800 only for
    tentative conclusions, below 0.667 not reliable for reporting single texts.

    >>> s = pd.DataFrame([{"analyzer": "vader", "n": 100, "macro_f1": 0.52, "accuracy": 0.55,
    ...                    "krippendorff_alpha": 0.3, "cohen_kappa": 0.3}])
    >>> trust_statement(s).startswith("VADER agrees with the human labels on 55% of 100 texts")
    True
    """
    lines = []
    names = {"textblob": "TextBlob", "vader": "VADER"}
    for row in summary.itertuples(index=False):
        alpha = row.krippendorff_alpha
        if alpha >= 0.8:
            verdict = "reliable enough to report differences between groups"
        elif alpha >= 0.667:
            verdict = "good enough only for tentative conclusions"
        else:
            verdict = ("not reliable: treat differences in its sentiment between groups as "
                       "indicative at best, and check them by hand")
        f1 = f"macro-F1 {row.macro_f1:.2f}"
        if hasattr(row, "macro_f1_low"):
            f1 += f" [95% CI {row.macro_f1_low:.2f} to {row.macro_f1_high:.2f}]"
        lines.append(
            f"{names.get(row.analyzer, row.analyzer)} agrees with the human labels on "
            f"{row.accuracy:.0%} of {row.n} texts ({f1}, Krippendorff's "
            f"alpha {alpha:.2f}, Cohen's kappa {row.cohen_kappa:.2f}): {verdict}.")
    if len(summary) and int(summary["n"].min()) < 100:
        lines.append(f"With only {int(summary['n'].min())} labelled texts these figures are "
                     "rough; code more to narrow them.")
    return " ".join(lines)


# --------------------------------------------------------------------------------------------
# calibration
# --------------------------------------------------------------------------------------------

DEFAULT_GRID: np.ndarray = np.round(np.arange(0.0, 0.6001, 0.01), 2)


@dataclass
class Calibration:
    """Result of :func:`calibrate_thresholds`.

    ``negative_below`` / ``positive_above`` were chosen on the calibration part only;
    ``held_out_f1`` is their macro-F1 on the held-out part (and ``default_held_out_f1`` that of
    the ±0.05 band on the same sentences). ``grid`` holds macro-F1 on the calibration part for
    every band tried; ``held_out`` is the full :class:`SentimentValidation` on the held-out part
    with the chosen band, ``held_out_default`` the same with the ±0.05 band.
    """

    analyzer: str
    negative_below: float
    positive_above: float
    calibration_f1: float
    held_out_f1: float
    default_held_out_f1: float
    n_calibration: int
    n_held_out: int
    split: float | None
    seed: int
    grid: pd.DataFrame
    held_out: SentimentValidation
    held_out_default: SentimentValidation
    n_excluded_overlap: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready record :func:`save_thresholds` writes for this analyzer."""

        def measured(report: SentimentValidation) -> dict[str, Any]:
            row = report.summary.iloc[0]
            out: dict[str, Any] = {"n": int(row["n"])}
            for key in ("macro_f1", "accuracy", "cohen_kappa", "krippendorff_alpha"):
                out[key] = round(float(row[key]), 4)
            out["confusion"] = report.confusion_table(self.analyzer).to_numpy().tolist()
            return out

        return {
            "negative_below": self.negative_below, "positive_above": self.positive_above,
            "calibration": {"n": self.n_calibration, "macro_f1": round(self.calibration_f1, 4),
                            "split": self.split, "seed": self.seed,
                            "excluded_overlapping_texts": self.n_excluded_overlap},
            "held_out": {**measured(self.held_out),
                         "default_band": measured(self.held_out_default)},
        }


def split_labelled(labelled: pd.DataFrame, split: float = 0.5, seed: int = 0,
                   label_col: str = "label",
                   text_col: str = "text") -> tuple[pd.DataFrame, pd.DataFrame]:
    """Deterministic split into (calibration, held-out) parts, stratified by label.

    Identical texts always land on the same side, so a duplicated sentence cannot be both chosen
    on and reported on. ``split`` is the calibration share (0 < split < 1).

    >>> df = pd.DataFrame({"text": list("abcdefgh"), "label": ["negative", "positive"] * 4})
    >>> a, b = split_labelled(df, 0.5, seed=1)
    >>> len(a), len(b), sorted(a["label"]) == sorted(b["label"])
    (4, 4, True)
    """
    if not 0 < split < 1:
        raise ValueError(f"split must be between 0 and 1 (the calibration share), got {split}")
    rng = np.random.default_rng(seed)
    texts = labelled[text_col].astype(str).str.strip()
    first = labelled.assign(_t=texts.to_numpy()).drop_duplicates("_t")
    chosen: set[str] = set()
    for label in LABELS:
        group = first.loc[first[label_col].astype(str) == label, "_t"].to_numpy()
        group = np.sort(group.astype(str))
        take = int(math.floor(split * len(group) + 0.5))
        chosen.update(rng.permutation(group)[:take].tolist())
    mask = texts.isin(chosen).to_numpy()
    return labelled[mask].reset_index(drop=True), labelled[~mask].reset_index(drop=True)


def _grid_pairs(grid: Any) -> tuple[np.ndarray, np.ndarray]:
    """(negative_below values, positive_above values) from a grid argument."""
    if grid is None:
        grid = DEFAULT_GRID
    parts = list(grid)
    if len(parts) == 2 and all(isinstance(p, Iterable) and not isinstance(p, str) for p in parts):
        negs = np.asarray(list(parts[0]), dtype=float)
        poss = np.asarray(list(parts[1]), dtype=float)
    else:
        mags = np.abs(np.asarray(parts, dtype=float))
        negs, poss = 0.0 - mags, mags  # 0.0 - x: no -0.0 in the JSON
    return np.unique(negs), np.unique(poss)


def _grid_macro_f1(y: np.ndarray, score: np.ndarray, negs: np.ndarray,
                   poss: np.ndarray) -> pd.DataFrame:
    """Macro-F1 of every (negative_below, positive_above) band with negative_below <= positive_above.

    Vectorised: per human label, the counts below / above each threshold come from the sorted
    scores, which gives every band's confusion matrix at once.
    """
    k = len(LABELS)
    cms = np.zeros((len(negs), len(poss), k, k))
    for c, label in enumerate(LABELS):
        s_c = np.sort(score[y == label])
        below = np.searchsorted(s_c, negs, side="left")            # score < negative_below
        above = len(s_c) - np.searchsorted(s_c, poss, side="right")  # score > positive_above
        cms[:, :, c, 0] = below[:, None]
        cms[:, :, c, 2] = above[None, :]
        cms[:, :, c, 1] = len(s_c) - below[:, None] - above[None, :]
    neg_grid, pos_grid = np.meshgrid(negs, poss, indexing="ij")
    valid = neg_grid <= pos_grid
    macro = _agreement_from_confusion(cms[valid])[:, 1]
    return pd.DataFrame({"negative_below": neg_grid[valid].astype(float),
                         "positive_above": pos_grid[valid].astype(float), "macro_f1": macro})


def calibrate_thresholds(labelled: pd.DataFrame, analyzer: str = "textblob", split: float = 0.5,
                         seed: int = 0, grid: Any = None, *,
                         held_out: pd.DataFrame | None = None, text_col: str = "text",
                         label_col: str = "label") -> Calibration:
    """Choose the neutral band that maximises macro-F1 on one part, report it on another.

    Without ``held_out``, ``labelled`` is split (:func:`split_labelled`, stratified,
    deterministic for a ``seed``): the band is chosen on the ``split`` share and reported on the
    rest. With ``held_out`` (e.g. NewsMTSC train for calibration, devtest_rw held out), all of
    ``labelled`` is used for choosing, minus any text that also occurs in ``held_out``.
    ``grid``: magnitudes tried for both sides (default 0.00 to 0.60 by 0.01), or a pair
    ``(negative_below values, positive_above values)``. Ties go to the narrowest band, then the
    most symmetric one.

    >>> df = pd.DataFrame({"text": [f"t{i}" for i in range(8)],
    ...                    "label": ["negative", "neutral", "positive", "neutral"] * 2,
    ...                    "polarity": [-0.4, 0.1, 0.5, -0.1, -0.3, 0.15, 0.6, 0.0]})
    >>> cal = calibrate_thresholds(df, split=0.5, seed=0)
    >>> (cal.n_calibration, cal.n_held_out, cal.held_out_f1 >= cal.default_held_out_f1)
    (4, 4, True)
    """
    (name,) = _check_analyzers([analyzer])
    column = ANALYZERS[name]
    n_overlap = 0
    if held_out is None:
        calib, held = split_labelled(labelled, split, seed, label_col=label_col, text_col=text_col)
    else:
        held = held_out
        held_texts = set(held[text_col].astype(str).str.strip())
        overlap = labelled[text_col].astype(str).str.strip().isin(held_texts)
        n_overlap = int(overlap.sum())
        if n_overlap:
            log.info("calibration: left out %d texts that also occur in the held-out set", n_overlap)
        calib = labelled[~overlap.to_numpy()].reset_index(drop=True)
        split = None
    if len(calib) == 0 or len(held) == 0:
        raise ValueError(f"need labelled texts on both sides (calibration {len(calib)}, "
                         f"held out {len(held)})")
    calib = add_scores(calib, [name], text_col=text_col)
    y = _check_labelled(calib, label_col)
    negs, poss = _grid_pairs(grid)
    table = _grid_macro_f1(y, calib[column].to_numpy(dtype=float), negs, poss)
    if table.empty:
        raise ValueError("the grid holds no band with negative_below <= positive_above")
    ranked = table.assign(width=table["positive_above"] - table["negative_below"],
                          asym=(table["positive_above"] + table["negative_below"]).abs())
    best = ranked.sort_values(["macro_f1", "width", "asym", "negative_below"],
                              ascending=[False, True, True, False], kind="mergesort").iloc[0]
    band = {"negative_below": float(best["negative_below"]) + 0.0,
            "positive_above": float(best["positive_above"]) + 0.0}
    held_report = validate_sentiment(held, analyzers=[name], thresholds={name: band},
                                     text_col=text_col, label_col=label_col)
    # the same held-out texts with the conventional band, scores reused
    held_scored = held_report.predictions[["id", "text", "label", column]]
    default_report = validate_sentiment(held_scored, analyzers=[name])
    default_f1 = float(default_report.summary.loc[0, "macro_f1"])
    log.info("%s: band (%.2f, %.2f) chosen on %d texts (macro-F1 %.3f); held out %d: %.3f "
             "(default band %.3f)", name, band["negative_below"], band["positive_above"],
             len(calib), best["macro_f1"], len(held), held_report.summary.loc[0, "macro_f1"],
             default_f1)
    return Calibration(
        analyzer=name, **band, calibration_f1=float(best["macro_f1"]),
        held_out_f1=float(held_report.summary.loc[0, "macro_f1"]),
        default_held_out_f1=float(default_f1), n_calibration=len(calib), n_held_out=len(held),
        split=split, seed=seed, grid=table, held_out=held_report,
        held_out_default=default_report, n_excluded_overlap=n_overlap)


def save_thresholds(calibrations: Calibration | Iterable[Calibration], path: str | Path | None = None,
                    *, data: Mapping[str, str] | None = None, note: str = "") -> Path:
    """Write calibrated bands (one per analyzer) with their provenance to JSON.

    ``data`` names the calibration and held-out sets (e.g. ``{"calibration": "NewsMTSC
    train.jsonl", "held_out": "NewsMTSC devtest_rw.jsonl"}``). Default path:
    ``analysis/data/sentiment_thresholds.json``. Read it back with :func:`load_thresholds`.
    """
    if isinstance(calibrations, Calibration):
        calibrations = [calibrations]
    path = Path(path) if path is not None else THRESHOLDS_PATH
    payload = {
        "_about": ("Neutral bands for lexicon sentiment (score < negative_below is negative, "
                   "> positive_above positive, else neutral), chosen to maximise macro-F1 on the "
                   "calibration data and reported on held-out data they were not chosen on. "
                   "Written by analysis.validation.save_thresholds; regenerate with "
                   "`python -m analysis.validation` (calibrate_newsmtsc). To use your own "
                   "hand-coded sample, run calibrate_thresholds on it and save_thresholds."),
        "data": dict(data or {}),
        "note": note,
        "default_band": dict(DEFAULT_THRESHOLDS),
        "analyzers": {c.analyzer: c.to_dict() for c in calibrations},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def load_thresholds(path: str | Path | None = None, analyzer: str | None = None, *,
                    with_provenance: bool = False) -> dict[str, Any]:
    """Read the calibrated bands: ``{analyzer: {"negative_below": x, "positive_above": y}}``.

    With ``analyzer`` only that analyzer's band; with ``with_provenance`` the whole JSON
    record. Falls back to the ±0.05 band (with a logged warning) when the file is missing.

    >>> band = load_thresholds(analyzer="textblob")
    >>> sorted(band)
    ['negative_below', 'positive_above']
    """
    path = Path(path) if path is not None else THRESHOLDS_PATH
    if not path.is_file():
        log.warning("%s not found; using the default band ±0.05", path)
        payload: dict[str, Any] = {"analyzers": {a: dict(DEFAULT_THRESHOLDS) for a in ANALYZERS}}
    else:
        payload = json.loads(path.read_text(encoding="utf-8"))
    if with_provenance:
        return payload
    bands = {name: {k: float(rec[k]) for k in ("negative_below", "positive_above")}
             for name, rec in payload["analyzers"].items()}
    if analyzer is not None:
        if analyzer not in bands:
            raise KeyError(f"{path} holds no band for {analyzer!r} (has {sorted(bands)})")
        return bands[analyzer]
    return bands


def thresholds_table(path: str | Path | None = None) -> pd.DataFrame:
    """The calibrated bands and what they measured on held-out data, one row per analyzer and
    band (``calibrated`` and ``default ±0.05``), from the thresholds JSON.

    Columns: analyzer, band, negative_below, positive_above, n, macro_f1, accuracy,
    cohen_kappa, krippendorff_alpha, chosen_on, measured_on. This is what a notebook shows when
    no labelled sample of one's own is given (it needs no ``../shared``).

    >>> t = thresholds_table()
    >>> t[["analyzer", "band"]].values.tolist()[:2]
    [['textblob', 'calibrated'], ['textblob', 'default ±0.05']]
    """
    payload = load_thresholds(path, with_provenance=True)
    data = payload.get("data", {})
    rows = []
    for name, rec in payload["analyzers"].items():
        held = rec.get("held_out", {})
        for band, numbers, bounds in (
                ("calibrated", held, rec),
                ("default ±0.05", held.get("default_band", {}), DEFAULT_THRESHOLDS)):
            rows.append({
                "analyzer": name, "band": band,
                "negative_below": float(bounds["negative_below"]),
                "positive_above": float(bounds["positive_above"]),
                **{k: numbers.get(k, np.nan) for k in ("n", "macro_f1", "accuracy",
                                                       "cohen_kappa", "krippendorff_alpha")},
                "chosen_on": data.get("calibration", "") if band == "calibrated" else "convention",
                "measured_on": data.get("held_out", ""),
            })
    return pd.DataFrame(rows)


def reference_confusion(analyzer: str = "vader", band: str = "calibrated",
                        path: str | Path | None = None) -> pd.DataFrame:
    """The held-out confusion counts stored with the thresholds (NewsMTSC devtest_rw), as the
    long table ``analyzer, label, predicted, n`` that :class:`SentimentValidation` uses.

    ``band`` is ``"calibrated"`` or ``"default"`` (±0.05).

    >>> int(reference_confusion("textblob", "default")["n"].sum())
    1037
    """
    payload = load_thresholds(path, with_provenance=True)
    try:
        held = payload["analyzers"][analyzer]["held_out"]
    except KeyError:
        raise KeyError(f"no held-out figures for {analyzer!r} in the thresholds file") from None
    if band not in ("calibrated", "default"):
        raise ValueError(f"band must be 'calibrated' or 'default', not {band!r}")
    matrix = held["confusion"] if band == "calibrated" else held["default_band"]["confusion"]
    table = pd.DataFrame(matrix, index=pd.Index(LABELS, name="label"),
                         columns=pd.Index(LABELS, name="predicted"))
    long = table.stack().rename("n").reset_index().assign(analyzer=analyzer)
    for col in ("label", "predicted"):
        long[col] = pd.Categorical(long[col], categories=list(LABELS))
    return long[["analyzer", "label", "predicted", "n"]]


def calibrate_newsmtsc(newsmtsc_dir: str | Path | None = None, path: str | Path | None = None,
                       analyzers: Sequence[str] = ("textblob", "vader"),
                       grid: Any = None) -> list[Calibration]:
    """Calibrate on NewsMTSC ``train.jsonl``, report on ``devtest_rw.jsonl``, save the JSON.

    This is how ``analysis/data/sentiment_thresholds.json`` is produced (``path=None``). As a
    second check the bands are also measured on ``devtest_mt.jsonl`` (sentences with several
    targets; those whose targets agree, less any sentence also in train), stored per analyzer
    under ``also_held_out``.
    """
    folder = Path(newsmtsc_dir) if newsmtsc_dir is not None else NEWSMTSC_DIR
    train = add_scores(load_newsmtsc(folder / "train.jsonl"), analyzers)
    held = add_scores(load_newsmtsc(folder / "devtest_rw.jsonl"), analyzers)
    results = [calibrate_thresholds(train, a, held_out=held, grid=grid) for a in analyzers]
    negs, poss = _grid_pairs(grid)
    path = save_thresholds(results, path, data={
        "calibration": (f"NewsMTSC train.jsonl: {len(train)} of {train.attrs['n_read']} "
                        "sentences whose targets all agree, less "
                        f"{results[0].n_excluded_overlap} also in devtest_rw"),
        "held_out": (f"NewsMTSC devtest_rw.jsonl: {len(held)} of {held.attrs['n_read']} "
                     "sentences whose targets all agree"),
        "source": "Hamborg & Donnay, NewsMTSC, EACL 2021 (MIT licence), ../shared/corpora/newsmtsc",
        "grid": (f"negative_below {negs.min():.2f}..{negs.max():.2f}, positive_above "
                 f"{poss.min():.2f}..{poss.max():.2f}, step 0.01"),
        "method": ("calibrate_thresholds: the band with the highest macro-F1 on the calibration "
                   "set (ties: narrowest, then most symmetric); macro-F1 over negative, neutral, "
                   "positive; texts also in the held-out set left out of calibration"),
    }, note="US political news sentences; on other text the band is a starting point, not a "
            "measurement: validate on a hand-coded sample of your own quotes.")
    mt_path = folder / "devtest_mt.jsonl"
    if mt_path.is_file():
        mt = load_newsmtsc(mt_path)
        in_train = mt["text"].str.strip().isin(set(train["text"].str.strip()))
        mt = add_scores(mt[~in_train.to_numpy()].reset_index(drop=True), analyzers)
        payload = json.loads(path.read_text(encoding="utf-8"))
        for cal in results:
            band = {"negative_below": cal.negative_below, "positive_above": cal.positive_above}
            calibrated = validate_sentiment(mt, analyzers=[cal.analyzer],
                                            thresholds={cal.analyzer: band}).summary.iloc[0]
            default = validate_sentiment(mt, analyzers=[cal.analyzer]).summary.iloc[0]
            payload["analyzers"][cal.analyzer]["also_held_out"] = {"devtest_mt": {
                "n": int(calibrated["n"]), "excluded_also_in_train": int(in_train.sum()),
                "macro_f1": round(float(calibrated["macro_f1"]), 4),
                "krippendorff_alpha": round(float(calibrated["krippendorff_alpha"]), 4),
                "macro_f1_default_band": round(float(default["macro_f1"]), 4)}}
        path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return results


# --------------------------------------------------------------------------------------------
# coding sheet for sentiment
# --------------------------------------------------------------------------------------------

SHEET_COLUMNS: tuple[str, ...] = ("id", "article_id", "speaker", "source_type", "text",
                                  "manual_label", "textblob_label", "vader_label")


def _allocate(sizes: pd.Series, n: int) -> pd.Series:
    """Proportional allocation of n over strata (largest remainder), at least one per stratum
    when n allows, never more than a stratum holds."""
    sizes = sizes[sizes > 0]
    total = int(sizes.sum())
    n = min(n, total)
    if n == 0:
        return sizes * 0
    quota = sizes / total * n
    alloc = np.floor(quota).astype(int)
    if n >= len(sizes):
        alloc = alloc.clip(lower=1)
    alloc = np.minimum(alloc, sizes)
    order = (quota - np.floor(quota)).sort_values(ascending=False, kind="mergesort").index
    while alloc.sum() < n:
        for key in order:
            if alloc.sum() >= n:
                break
            if alloc[key] < sizes[key]:
                alloc[key] += 1
    while alloc.sum() > n:  # the at-least-one rule overshot: trim the most over-quota stratum
        key = (alloc - quota)[alloc > 1].idxmax()
        alloc[key] -= 1
    return alloc


def export_sentiment_sheet(quotes: pd.DataFrame, path: str | Path, n: int = 100,
                           by: str | None = "source_type", seed: int = 0, *,
                           include_auto: bool = True,
                           thresholds: Mapping[str, Mapping[str, float]] | None = None) -> pd.DataFrame:
    """Write a random sample of quotes, stratified by ``by``, for a person to label.

    Sample sizes are proportional to the strata (at least one per stratum when ``n`` allows);
    rows are shuffled so strata are mixed. Columns: id (``quote_id``), article_id, speaker,
    source_type, text, an empty ``manual_label`` (to fill with negative / neutral / positive),
    and, with ``include_auto``, the TextBlob and VADER labels (hide them while coding, so they
    do not anchor the coder). Returns the sample written. Read it back with
    :func:`read_sentiment_sheet`.

    >>> from pathlib import Path; import tempfile
    >>> q = pd.DataFrame({"quote_id": ["a-q001", "a-q002", "b-q001"], "text": ["Fine.", "Bad.", "OK."],
    ...                   "speaker": ["A", "B", "C"], "source_type": ["official", "citizen", "official"]})
    >>> sheet = export_sentiment_sheet(q, Path(tempfile.mkdtemp()) / "s.csv", n=2)
    >>> sorted(sheet["source_type"]), bool(sheet["manual_label"].eq("").all())
    (['citizen', 'official'], True)
    """
    if "text" not in quotes.columns:
        raise ValueError("quotes need a 'text' column")
    frame = quotes.reset_index(drop=True)
    ids = (frame["quote_id"] if "quote_id" in frame.columns
           else frame["id"] if "id" in frame.columns else pd.Series(frame.index.astype(str)))
    rng = np.random.default_rng(seed)
    if by is not None:
        if by not in frame.columns:
            raise ValueError(f"cannot stratify by {by!r}: no such column")
        strata = frame[by].astype(str).fillna("")
        alloc = _allocate(strata.value_counts().sort_index(), n)
        picked: list[int] = []
        for key in sorted(alloc.index):
            members = np.flatnonzero(strata.to_numpy() == key)
            picked += rng.choice(members, size=int(alloc[key]), replace=False).tolist()
    else:
        picked = rng.choice(len(frame), size=min(n, len(frame)), replace=False).tolist()
    picked = rng.permutation(np.asarray(picked, dtype=int)).tolist()
    sample = frame.iloc[picked]
    sheet = pd.DataFrame({
        "id": ids.iloc[picked].astype(str).to_numpy(),
        "article_id": sample["article_id"].astype(str).to_numpy() if "article_id" in sample else "",
        "speaker": sample["speaker"].astype(str).to_numpy() if "speaker" in sample else "",
        "source_type": sample["source_type"].astype(str).to_numpy() if "source_type" in sample else "",
        "text": sample["text"].astype(str).to_numpy(),
        "manual_label": "",
    })
    if include_auto and len(sheet):
        scored = add_scores(sample.reset_index(drop=True), list(ANALYZERS))
        for name, column in ANALYZERS.items():
            band = dict(DEFAULT_THRESHOLDS)
            if thresholds and name in thresholds:
                band = {k: float(thresholds[name][k]) for k in band}
            sheet[f"{name}_label"] = classify_scores(scored[column].to_numpy(dtype=float), **band)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    sheet.to_csv(path, index=False, encoding="utf-8")
    log.info("wrote %d quotes to code to %s", len(sheet), path)
    return sheet


def read_sentiment_sheet(path: str | Path, *, allow_blank: bool = True) -> pd.DataFrame:
    """Read a coded sentiment sheet back: ``id``, ``text``, ``label`` and the sheet's context.

    Every ``manual_label`` must be negative / neutral / positive (any case, or neg / neu / pos,
    -1 / 0 / 1). A bad label or a missing column raises ``ValueError`` naming the row (spreadsheet
    numbering: the header is row 1). Blank labels (not yet coded) are skipped and counted in
    ``attrs["n_blank"]``, or raise with ``allow_blank=False``. The result goes straight into
    :func:`validate_sentiment`.
    """
    path = Path(path)
    sheet = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    missing = [c for c in ("id", "text", "manual_label") if c not in sheet.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {missing}; a sentiment sheet has "
                         f"{list(SHEET_COLUMNS)}")
    labels: list[str | None] = []
    for i, row in enumerate(sheet.itertuples(index=False)):
        where = f"{path.name} row {i + 2} (id {row.id!r})"
        if not str(row.text).strip():
            raise ValueError(f"{where}: empty text")
        try:
            label = normalize_label(row.manual_label)
        except ValueError as err:
            raise ValueError(f"{where}: {err}") from None
        if label is None and not allow_blank:
            raise ValueError(f"{where}: no manual_label")
        labels.append(label)
    out = sheet.drop(columns=["manual_label"]).assign(label=labels)
    blank = out["label"].isna()
    out = out[~blank].reset_index(drop=True)
    if out.empty:
        raise ValueError(f"{path}: no row has a manual_label yet")
    if out["id"].duplicated().any():
        dup = out.loc[out["id"].duplicated(), "id"].iloc[0]
        raise ValueError(f"{path}: id {dup!r} occurs more than once")
    out["label"] = pd.Categorical(out["label"], categories=list(LABELS))
    first = ["id", "text", "label"]
    out = out[first + [c for c in out.columns if c not in first]]
    if blank.any():
        log.info("%s: %d rows not coded yet, skipped", path.name, int(blank.sum()))
    out.attrs.update(source=str(path), n_read=len(sheet), n_blank=int(blank.sum()))
    return out


if __name__ == "__main__":  # regenerate analysis/data/sentiment_thresholds.json
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    calibrate_newsmtsc()
