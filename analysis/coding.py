"""Manual coding round trip: export a coding sheet, read it back, apply it, measure agreement.

The way content analysts check an automatic coder: a person codes a sample by hand, blind or
not, in a spreadsheet; the manual codes replace the automatic ones where given, and the
agreement between the two (percent agreement, Cohen's kappa, the confusion table) goes into
the methods section.

>>> import pandas as pd, tempfile, pathlib
>>> q = pd.DataFrame({"article_id": ["a", "a"], "quote_id": ["a-q000", "a-q001"],
...                   "speaker": ["police", "Ann Example"], "named": [False, True],
...                   "speaker_role": ["", "a resident"], "cue": ["said", "said"],
...                   "text": ["Stay away.", "It was loud."]})
>>> path = pathlib.Path(tempfile.mkdtemp()) / "sheet.csv"
>>> _ = export_coding_sheet(q, path, level="quote")
>>> sheet = read_coding_sheet(path)
>>> sheet["manual_source_type"].tolist()
['', '']
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.source_types import SOURCE_TYPE_DTYPE, SOURCE_TYPES, _name_key, classify_sources, sources

logger = logging.getLogger(__name__)

#: Columns of a quote-level sheet (one row per quote).
QUOTE_SHEET_COLUMNS = ["quote_id", "article_id", "speaker", "speaker_role", "cue", "context",
                       "auto_source_type", "type_reason", "manual_source_type", "notes"]
#: Columns of a speaker-level sheet (one row per speaker in the corpus).
SPEAKER_SHEET_COLUMNS = ["speaker", "aliases", "speaker_role", "context", "n_quotes", "articles",
                         "auto_source_type", "type_reason", "manual_source_type", "notes"]
_CONTEXT_CHARS = 240


def _clip(s: str, n: int = _CONTEXT_CHARS) -> str:
    s = " ".join(str(s).split())
    return s if len(s) <= n else s[: n - 1] + "\u2026"


def _ensure_types(quotes: pd.DataFrame) -> pd.DataFrame:
    return quotes if "source_type" in quotes else classify_sources(quotes)


def export_coding_sheet(quotes: pd.DataFrame, path: str | Path, level: str = "speaker") -> pd.DataFrame:
    """Write a coding sheet (CSV, UTF-8 with BOM so spreadsheets open it right); return it.

    ``level="speaker"``: one row per speaker (as in :func:`analysis.sources`), keyed by
    ``speaker``; ``level="quote"``: one row per quote, keyed by ``quote_id``. Every row has the
    automatic code (``auto_source_type``, ``type_reason``), some context (the role and the first
    quote) and an empty ``manual_source_type`` column for the coder, plus ``notes``.
    Types are computed with :func:`analysis.classify_sources` when ``quotes`` has none yet.

    >>> import pandas as pd, tempfile, pathlib
    >>> q = pd.DataFrame({"article_id": ["a"], "speaker": ["Ann Example"],
    ...                   "speaker_role": ["Senator"], "text": ["No."]})
    >>> sheet = export_coding_sheet(q, pathlib.Path(tempfile.mkdtemp()) / "s.csv")
    >>> sheet.loc[0, ["speaker", "auto_source_type", "manual_source_type"]].tolist()
    ['Ann Example', 'political', '']
    """
    q = _ensure_types(quotes)
    if level == "quote":
        ids = q["quote_id"] if "quote_id" in q else pd.Series(
            [f"{a}-q{i:03d}" for i, a in enumerate(q.get("article_id", pd.Series([""] * len(q))))],
            index=q.index)
        cue = q["cue"].fillna("").astype(str) if "cue" in q else ""
        text = q["text"].fillna("").astype(str) if "text" in q else pd.Series([""] * len(q), index=q.index)
        sheet = pd.DataFrame({
            "quote_id": ids.astype(str),
            "article_id": q["article_id"].astype(str) if "article_id" in q else "",
            "speaker": q["speaker"].fillna("").astype(str),
            "speaker_role": q["speaker_role"].fillna("").astype(str) if "speaker_role" in q else "",
            "cue": cue,
            "context": text.map(_clip),
            "auto_source_type": q["source_type"].astype(str),
            "type_reason": q["type_reason"].fillna("").astype(str) if "type_reason" in q else "",
            "manual_source_type": "",
            "notes": "",
        }, columns=QUOTE_SHEET_COLUMNS)
    elif level == "speaker":
        src = sources(q)
        q2 = q.copy()
        q2["_key"] = q2["speaker"].map(_name_key)
        first = {}
        text = q2["text"] if "text" in q2 else pd.Series([""] * len(q2), index=q2.index)
        for k, t in zip(q2["_key"], text.fillna("").astype(str)):
            first.setdefault(k, t)
        context = [_clip(first.get(_name_key(s), "") or first.get(next(
            (_name_key(a) for a in str(al).split("; ") if _name_key(a) in first), ""), ""))
            for s, al in zip(src["speaker"], src["aliases"])]
        sheet = pd.DataFrame({
            "speaker": src["speaker"], "aliases": src["aliases"],
            "speaker_role": src["speaker_role"], "context": context,
            "n_quotes": src["n_quotes"], "articles": src["articles"],
            "auto_source_type": src["source_type"].astype(str),
            "type_reason": src["type_reason"], "manual_source_type": "", "notes": "",
        }, columns=SPEAKER_SHEET_COLUMNS)
    else:
        raise ValueError(f"level must be 'speaker' or 'quote', not {level!r}")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    sheet.to_csv(path, index=False, encoding="utf-8-sig")
    logger.info("coding sheet: %d %s rows written to %s", len(sheet), level, path)
    return sheet


def _code(value: str) -> str:
    """Normalise a hand-typed code: 'Former official' -> 'former_official'."""
    return "_".join(str(value).strip().lower().replace("-", " ").split())


def read_coding_sheet(path: str | Path) -> pd.DataFrame:
    """Read a filled-in coding sheet back, validating it.

    Needs an id column (``quote_id`` or ``speaker``), ``auto_source_type`` and
    ``manual_source_type``. Manual codes are normalised (case, spaces, hyphens:
    "Former official" -> ``former_official``); an empty cell means "not coded". Raises
    ``ValueError`` naming the row (as a spreadsheet numbers it: the header is row 1) and the
    problem for a code that is not a source type, and naming the column for a missing one.
    ``sheet.attrs["level"]`` is "quote" or "speaker".

    >>> import pandas as pd, tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "s.csv"
    >>> pd.DataFrame({"speaker": ["Ann"], "auto_source_type": ["expert"],
    ...               "manual_source_type": ["Citizen"]}).to_csv(p, index=False)
    >>> read_coding_sheet(p)["manual_source_type"].tolist()
    ['citizen']
    """
    path = Path(path)
    sheet = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    sheet.columns = [str(c).strip() for c in sheet.columns]
    where = f"coding sheet {path}"
    if "quote_id" in sheet.columns:
        level = "quote"
    elif "speaker" in sheet.columns:
        level = "speaker"
    else:
        raise ValueError(f"{where}: missing column 'quote_id' or 'speaker' (the row id); "
                         f"columns found: {list(sheet.columns)}")
    for col in ("auto_source_type", "manual_source_type"):
        if col not in sheet.columns:
            raise ValueError(f"{where}: missing column {col!r}; columns found: {list(sheet.columns)}")
    for col in ("auto_source_type", "manual_source_type"):
        codes = sheet[col].map(_code)
        for i, (raw, code) in enumerate(zip(sheet[col], codes)):
            if code and code not in SOURCE_TYPES:
                raise ValueError(f"{where}, row {i + 2}: {col} {raw!r} is not a source type; "
                                 f"use one of {SOURCE_TYPES} or leave it empty")
        sheet[col] = codes
    sheet.attrs["level"] = level
    return sheet


def apply_manual_codes(quotes: pd.DataFrame, sheet: pd.DataFrame | str | Path) -> pd.DataFrame:
    """Replace automatic types with the manual codes where a coder gave one.

    ``sheet`` is a path or the frame from :func:`read_coding_sheet`. A quote-level sheet
    matches on ``quote_id``, a speaker-level sheet on the speaker's name (and its aliases).
    Changed rows get ``type_reason == "manual"``.

    >>> import pandas as pd
    >>> q = pd.DataFrame({"quote_id": ["a-q000"], "speaker": ["Ann Example"],
    ...                   "speaker_role": ["a resident"]})
    >>> sheet = pd.DataFrame({"quote_id": ["a-q000"], "auto_source_type": ["citizen"],
    ...                       "manual_source_type": ["expert"]})
    >>> apply_manual_codes(q, sheet)[["source_type", "type_reason"]].values.tolist()
    [['expert', 'manual']]
    """
    if not isinstance(sheet, pd.DataFrame):
        sheet = read_coding_sheet(sheet)
    out = _ensure_types(quotes).copy()
    level = sheet.attrs.get("level") or ("quote" if "quote_id" in sheet.columns else "speaker")
    coded = sheet[sheet["manual_source_type"].map(_code) != ""]
    manual: pd.Series
    if level == "quote":
        codes = dict(zip(coded["quote_id"].astype(str), coded["manual_source_type"].map(_code)))
        manual = out["quote_id"].astype(str).map(codes)
    else:
        codes = {}
        for _, row in coded.iterrows():
            names = [row["speaker"]] + [a for a in str(row.get("aliases", "")).split("; ") if a]
            for n in names:
                codes[_name_key(n)] = _code(row["manual_source_type"])
        manual = out["speaker"].map(_name_key).map(codes)
    hit = manual.notna()
    st = out["source_type"].astype(str)
    st[hit] = manual[hit]
    out["source_type"] = pd.Categorical(st, dtype=SOURCE_TYPE_DTYPE)
    if "type_reason" not in out:
        out["type_reason"] = ""
    out["type_reason"] = out["type_reason"].astype(object)
    out.loc[hit, "type_reason"] = "manual"
    logger.info("manual codes applied to %d of %d rows", int(hit.sum()), len(out))
    return out


@dataclass
class Agreement:
    """Agreement between automatic and manual codes over the rows a person coded."""

    n: int
    percent_agreement: float
    kappa: float
    confusion: pd.DataFrame

    def __repr__(self) -> str:
        return (f"Agreement(n={self.n}, percent_agreement={self.percent_agreement:.1f}, "
                f"kappa={self.kappa:.3f})")


def cohen_kappa(a, b) -> float:
    """Cohen's kappa of two equally long sequences of labels.

    ``(p_o - p_e) / (1 - p_e)`` with ``p_o`` the observed agreement and ``p_e`` the agreement
    expected from the two coders' label frequencies. 1.0 when both agree perfectly on a single
    label (``p_e == 1``); ``nan`` for no rows.

    >>> cohen_kappa(["x", "x", "y", "y"], ["x", "y", "y", "y"])
    0.5
    """
    a = np.asarray(list(a), dtype=object)
    b = np.asarray(list(b), dtype=object)
    if len(a) != len(b):
        raise ValueError(f"cohen_kappa: {len(a)} and {len(b)} labels")
    if len(a) == 0:
        return float("nan")
    p_o = float(np.mean(a == b))
    labels = sorted(set(a) | set(b), key=str)
    p_e = float(sum(np.mean(a == k) * np.mean(b == k) for k in labels))
    if p_e >= 1.0:
        return 1.0 if p_o >= 1.0 else 0.0
    return round((p_o - p_e) / (1 - p_e), 12)


def agreement(sheet: pd.DataFrame | str | Path) -> Agreement:
    """Percent agreement, Cohen's kappa and the confusion table (auto x manual).

    Only rows with a manual code count. The confusion table has the automatic code in the
    rows and the manual code in the columns, over the types that occur.

    >>> import pandas as pd
    >>> s = pd.DataFrame({"speaker": list("abcd"),
    ...                   "auto_source_type": ["official", "official", "media", "media"],
    ...                   "manual_source_type": ["official", "media", "media", ""]})
    >>> agreement(s)
    Agreement(n=3, percent_agreement=66.7, kappa=0.400)
    """
    if not isinstance(sheet, pd.DataFrame):
        sheet = read_coding_sheet(sheet)
    manual = sheet["manual_source_type"].map(_code)
    coded = sheet[manual != ""]
    auto = coded["auto_source_type"].map(_code)
    man = coded["manual_source_type"].map(_code)
    n = len(coded)
    pct = float(100.0 * (auto == man).mean()) if n else float("nan")
    kappa = cohen_kappa(auto, man)
    present = [t for t in SOURCE_TYPES if t in set(auto) | set(man)]
    conf = pd.crosstab(pd.Categorical(auto, categories=present),
                       pd.Categorical(man, categories=present),
                       rownames=["auto"], colnames=["manual"], dropna=False)
    return Agreement(n=n, percent_agreement=pct, kappa=kappa, confusion=conf)
