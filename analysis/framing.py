"""News frames from an editable dictionary: which frames a quote, sentence, paragraph or article uses.

The frames and their indicator terms live in ``analysis/data/frames.yaml`` (five generic frames
of Semetko & Valkenburg 2000 plus issue frames for security news; the file's header cites the
sources and explains the matching rules). Users edit a copy and pass it in.

- :func:`load_frame_codebook` -- read and validate a codebook (clear errors naming frame and field).
- :func:`frames` -- long table: one row per input row and frame, with ``hits``,
  ``per_100_words`` and the matched ``terms`` (as they appear in the text, "; "-joined, one entry
  per hit) so every score can be audited.
- :func:`dominant_frames` -- wide table with hits per frame and the ``dominant_frame``.
- :func:`paragraph_table` -- paragraphs from ``segment(articles)`` for paragraph-level scoring.
- :func:`frame_profiles` -- per source type (or any quote column): share of quotes using each
  frame and their mean rate.
- :func:`compare_frames` -- official versus political quotes (or any two groups): difference in
  share and rate, bootstrap CI and permutation p-value per frame.

>>> import pandas as pd
>>> quotes = pd.DataFrame({"article_id": ["a"], "quote_id": ["a-q000"],
...                        "text": ["Talks stalled and Republicans warned of nuclear escalation."]})
>>> long = frames(quotes)
>>> long[long.hits > 0][["frame", "hits", "terms"]].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
[['escalation_risk', 1, 'escalation'], ['diplomacy_communication', 1, 'Talks'],
 ['nuclear_wmd_threat', 1, 'nuclear'], ['partisan_blame', 1, 'Republicans']]

A dictionary hit is a proxy: it says the text uses vocabulary of the frame, not that a coder
would call the frame present. Check the ``terms`` and validate on a hand-coded sample.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from .config import PACKAGE_DATA
from .stats import bootstrap_diff_ci, bootstrap_mean_ci, holm, permutation_test

logger = logging.getLogger(__name__)

#: The codebook shipped with the package.
DEFAULT_CODEBOOK_PATH = PACKAGE_DATA / "frames.yaml"
#: Fields every frame needs (``source`` is optional).
REQUIRED_FIELDS: tuple[str, ...] = ("name", "label", "definition", "indicators")
#: Columns of the long table besides the id columns.
FRAME_COLUMNS: tuple[str, ...] = ("frame", "hits", "per_100_words", "terms")

_SEP = r"[\s\-\u2010\u2011\u2012\u2013]+"          # between the words of a phrase
_GAP = r"(?:" + _SEP + r"[\w'\u2019.]+){0,3}"      # a standalone * : up to three words
_WORD_START = r"(?<!\w)"
_SPLIT = re.compile(r"[\s\-]+")
_NAME_OK = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _inflections(word: str) -> list[str]:
    """The word and its regular -s/-es, -ed/-d, -ing forms (lower case)."""
    w = word.lower()
    forms = {w}
    if w.endswith("e"):
        forms |= {w + "s", w + "d", w[:-1] + "ing"}
        if w.endswith(("ee", "ye", "oe")):
            forms.add(w + "ing")
    elif w.endswith(("s", "x", "z", "ch", "sh")):
        forms |= {w + "es", w + "ed", w + "ing"}
    elif len(w) > 2 and w.endswith("y") and w[-2] not in "aeiou":
        forms |= {w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
    else:
        forms |= {w + "s", w + "ed", w + "ing"}
    return sorted(forms, key=len, reverse=True)


def _escape(text: str) -> str:
    return re.escape(text).replace("'", "['\u2019]")


def _word_pattern(word: str) -> str:
    if word.endswith("*"):
        return _escape(word[:-1].lower()) + r"\w*"
    if len(word) <= 2 or not word.isalpha():
        return _escape(word.lower())
    return "(?:" + "|".join(_escape(f) for f in _inflections(word)) + ")"


def indicator_pattern(term: str) -> str:
    """Regular expression (without flags) for one indicator, per the rules in frames.yaml.

    >>> bool(re.fullmatch(indicator_pattern("escalat*"), "escalation"))
    True
    >>> bool(re.fullmatch(indicator_pattern("won't take * call"), "won’t take Biden's calls", re.I))
    True
    """
    term = term.strip().replace("\u2019", "'")
    words = [w for w in _SPLIT.split(term) if w]
    if not words:
        raise ValueError("empty indicator")
    if words[0] == "*" or words[-1] == "*":
        raise ValueError(f"indicator {term!r}: a standalone * must stand between two words")
    parts: list[str] = []
    for i, w in enumerate(words):
        if w == "*":
            if parts and parts[-1] == _GAP:
                raise ValueError(f"indicator {term!r}: two standalone * in a row")
            parts.append(_GAP)
            continue
        if "*" in w[:-1]:
            raise ValueError(f"indicator {term!r}: * may only end a word or stand alone")
        if not re.search(r"\w", w):
            raise ValueError(f"indicator {term!r}: word {w!r} has no letters or digits")
        if parts:
            parts.append(_SEP)
        parts.append(_word_pattern(w))
    return _WORD_START + "".join(parts) + r"(?!\w)"


class _Compiled:
    """One regex for a whole codebook, plus the lookup of which indicator a match is.

    Identical indicators (after normalising case and apostrophes) listed under several frames
    are one alternative credited to each. Alternatives are ordered longest first (more words,
    then more characters), so at any position the longest indicator wins. The regex runs on
    lower-cased text and dispatches on the first letter, which keeps it several times cheaper
    than TextBlob's sentiment on the same text; which indicator matched is looked up afterwards,
    only for the (few) matches, and remembered.
    """

    def __init__(self, frames: tuple[Frame, ...]):
        owners: dict[str, list[int]] = {}
        for fi, fr in enumerate(frames):
            for term in fr.indicators:
                key = " ".join(_SPLIT.split(term.strip().replace("\u2019", "'").lower()))
                owners.setdefault(key, [])
                if fi not in owners[key]:
                    owners[key].append(fi)
        keys = sorted(owners, key=lambda k: (-len(k.split()), -len(k), k))
        buckets: dict[str, list[str]] = {}
        for k in keys:
            buckets.setdefault(k[0] if k[0].isalnum() else "", []).append(k)
        branches = []
        self._lookup: dict[str, list[tuple[re.Pattern, tuple[int, ...]]]] = {}
        for first, ks in buckets.items():
            bodies = [indicator_pattern(k)[len(_WORD_START):] for k in ks]
            rest = [_drop_first_char(b, first) for b in bodies] if first else [None]
            if all(r is not None for r in rest):
                # the first letter as a literal, then the rest of each indicator: the regex engine
                # skips a branch that opens with a literal at one comparison, where a lookahead
                # guard costs a full assertion at every word start (about twice the scan time)
                branches.append(re.escape(first) + "(?:" + "|".join(rest) + ")")
            else:
                guard = f"(?={re.escape(first)})" if first else ""
                branches.append(guard + "(?:" + "|".join(bodies) + ")")
            self._lookup[first] = [(re.compile(b), tuple(owners[k])) for k, b in zip(ks, bodies)]
        self.regex = re.compile(_WORD_START + "(?:" + "|".join(branches) + ")")
        self._seen: dict[str, tuple[int, ...]] = {}

    def identify(self, surface_lower: str) -> tuple[int, ...]:
        """Frame indices credited with a matched (lower-cased) stretch of text."""
        got = self._seen.get(surface_lower)
        if got is None:
            got = ()
            first = surface_lower[0]
            for key in ((first, "") if first.isalnum() else ("",)):
                for rx, owner in self._lookup.get(key, ()):
                    if rx.fullmatch(surface_lower):
                        got = owner
                        break
                if got:
                    break
            self._seen[surface_lower] = got
        return got


def _drop_first_char(body: str, first: str) -> str | None:
    """An indicator pattern without its first letter ``first``, or None if it does not open
    with that letter as a literal: ``(?:sanction|sanctions)...`` -> ``(?:anction|anctions)...``,
    ``escalat\\w*`` -> ``scalat\\w*``."""
    if body.startswith("(?:" + first):
        close = body.index(")")
        forms = body[3:close].split("|")
        if "(" in body[3:close] or "[" in body[3:close] or not all(f.startswith(first) for f in forms):
            return None
        return "(?:" + "|".join(f[1:] for f in forms) + ")" + body[close + 1:]
    if body.startswith(first) and first.isalnum():
        return body[1:]
    return None


@lru_cache(maxsize=16)
def _compile_codebook(frames: tuple[Frame, ...]) -> _Compiled:
    """Compile once per process and codebook content (a pickled codebook carries no regex)."""
    return _Compiled(frames)


@dataclass(frozen=True)
class Frame:
    """One frame of the codebook."""

    name: str
    label: str
    definition: str
    indicators: tuple[str, ...]
    source: str = ""


@dataclass(frozen=True)
class FrameCodebook:
    """A validated frame codebook; all its indicators compile into one regular expression.

    >>> cb = load_frame_codebook()
    >>> cb.names[:2]
    ('conflict', 'responsibility')
    """

    frames: tuple[Frame, ...]
    path: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.frames)

    def to_frame(self) -> pd.DataFrame:
        """The codebook as a table: name, label, definition, source, n_indicators, indicators."""
        return pd.DataFrame([
            {"name": f.name, "label": f.label, "definition": f.definition, "source": f.source,
             "n_indicators": len(f.indicators), "indicators": "; ".join(f.indicators)}
            for f in self.frames
        ])

    @property
    def _compiled(self) -> _Compiled:
        return _compile_codebook(self.frames)

    def match(self, text: str) -> list[list[str]]:
        """Matched surface strings per frame (codebook order), in text order.

        >>> cb = load_frame_codebook()
        >>> hits = cb.match("Diplomats warned of escalation.")
        >>> hits[cb.names.index("escalation_risk")], hits[cb.names.index("diplomacy_communication")]
        (['escalation'], ['Diplomats'])
        """
        return self._match(self._compiled, text)

    def _match(self, compiled: _Compiled, text: str) -> list[list[str]]:
        """:meth:`match` with the compiled codebook looked up once by the caller."""
        return self._by_frame(self._match_spans(compiled, text), text)

    def _by_frame(self, spans: list[tuple[int, int, tuple[int, ...]]], text: str) -> list[list[str]]:
        """Matched surface strings per frame (codebook order) from :meth:`_match_spans`."""
        out: list[list[str]] = [[] for _ in self.frames]
        for s, e, fis in spans:
            for fi in fis:
                out[fi].append(text[s:e])
        return out


    def _match_spans(self, compiled: _Compiled, text: str) -> list[tuple[int, int, tuple[int, ...]]]:
        """Every match of :meth:`match` as (start, end, frame indices), in text order."""
        regex, identify = compiled.regex, compiled.identify
        lower = _lower_in_place(text)
        out = []
        for m in regex.finditer(lower):
            fis = identify(m.group())
            if fis:
                out.append((*m.span(), fis))
        return out


def _lower_in_place(text: str) -> str:
    """``text.lower()`` with every offset kept: a character whose lower case is longer (e.g.
    "İ") stays as it is, so match positions index the original text."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lower


def _fail(where: str, problem: str) -> ValueError:
    return ValueError(f"frame codebook {where}: {problem}")


def _parse_codebook(data, where: str) -> FrameCodebook:
    if not isinstance(data, dict) or "frames" not in data:
        raise _fail(where, "expected a mapping with a top-level 'frames:' list")
    items = data["frames"]
    if not isinstance(items, list) or not items:
        raise _fail(where, "'frames' must be a non-empty list of frames")
    seen: set[str] = set()
    out: list[Frame] = []
    for i, item in enumerate(items, start=1):
        label = f"frame #{i}"
        if not isinstance(item, dict):
            raise _fail(where, f"{label} is not a mapping of fields (got {type(item).__name__})")
        name = item.get("name")
        if isinstance(name, str) and name.strip():
            label = f"frame #{i} ({name!r})"
        for fld in REQUIRED_FIELDS:
            value = item.get(fld)
            if value is None or (isinstance(value, (str, list)) and not value):
                raise _fail(where, f"{label} is missing field {fld!r} (or it is empty)")
        if not isinstance(name, str) or not _NAME_OK.match(name):
            raise _fail(where, f"{label}: field 'name' must be an identifier like economic_consequences")
        if name in seen:
            raise _fail(where, f"{label}: duplicate frame name {name!r}")
        seen.add(name)
        for fld in ("label", "definition"):
            if not isinstance(item[fld], str):
                raise _fail(where, f"{label}: field {fld!r} must be text")
        inds = item["indicators"]
        if not isinstance(inds, list):
            raise _fail(where, f"{label}: field 'indicators' must be a list of terms")
        terms: list[str] = []
        for j, term in enumerate(inds, start=1):
            if not isinstance(term, str) or not term.strip():
                raise _fail(where, f"{label}: indicator #{j} is empty or not text ({term!r})")
            try:
                re.compile(indicator_pattern(term))
            except (ValueError, re.error) as exc:
                raise _fail(where, f"{label}: indicator #{j} {term!r} is invalid: {exc}") from None
            terms.append(term.strip())
        extra = set(item) - set(REQUIRED_FIELDS) - {"source"}
        if extra:
            logger.warning("frame codebook %s: %s has unknown fields %s (ignored)", where, label, sorted(extra))
        out.append(Frame(name=name, label=item["label"].strip(), definition=" ".join(item["definition"].split()),
                         indicators=tuple(terms), source=str(item.get("source") or "").strip()))
    return FrameCodebook(frames=tuple(out), path=where)


@lru_cache(maxsize=8)
def _load_cached(path: str, mtime_ns: int, size: int) -> FrameCodebook:
    """Parse once per file version (path, modification time, size): edits are picked up."""
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise _fail(str(p), f"is not valid YAML: {exc}") from None
    return _parse_codebook(data, str(p))


def load_frame_codebook(path: str | Path | dict | None = None) -> FrameCodebook:
    """Read and validate a frame codebook (YAML); the packaged one when ``path`` is None.

    ``path`` may also be an already-parsed ``dict`` (``{"frames": [...]}``). Raises
    ``FileNotFoundError`` for a missing file and ``ValueError`` with a message naming the frame
    and field for bad YAML, a missing or empty field (name, label, definition, indicators), an
    empty indicator, an invalid indicator or a duplicate frame name.

    >>> cb = load_frame_codebook()
    >>> len(cb.frames), "partisan_blame" in cb.names
    (11, True)
    """
    if isinstance(path, dict):
        return _parse_codebook(path, "<dict>")
    p = Path(path) if path is not None else DEFAULT_CODEBOOK_PATH
    if not p.is_file():
        raise FileNotFoundError(f"frame codebook not found: {p}")
    p = p.resolve()
    st = p.stat()
    return _load_cached(str(p), st.st_mtime_ns, st.st_size)


def _resolve_codebook(codebook) -> FrameCodebook:
    if isinstance(codebook, FrameCodebook):
        return codebook
    return load_frame_codebook(codebook)


def _default_id_cols(df: pd.DataFrame) -> list[str]:
    if "quote_id" in df.columns:
        return [c for c in ("article_id", "quote_id") if c in df.columns]
    return [c for c in ("article_id", "paragraph", "sentence") if c in df.columns]


def frames(
    df: pd.DataFrame,
    text_col: str = "text",
    id_cols: Sequence[str] | None = None,
    codebook: FrameCodebook | str | Path | None = None,
) -> pd.DataFrame:
    """Score every row of ``df`` on every frame of the codebook: the long table.

    Works on quotes (id columns ``article_id``, ``quote_id``), sentences from ``segment()``
    (``article_id``, ``paragraph``, ``sentence``), paragraphs from :func:`paragraph_table`
    (``article_id``, ``paragraph``) and articles (``article_id``); ``id_cols`` overrides the
    detection (without any id column the row position is used as ``row``).

    Returns one row per input row and frame (zeros included, so means over rows are right):
    the id columns, ``frame`` (categorical, codebook order), ``hits`` (int), ``per_100_words``
    (hits per 100 whitespace-separated words; 0 for an empty text) and ``terms`` (the matched
    words as they appear in the text, one per hit, in text order, joined by "; "; "" if none).
    Missing texts score as empty.

    >>> import pandas as pd
    >>> art = pd.DataFrame({"article_id": ["x"], "text": ["Troops and tanks moved to the front line."]})
    >>> t = frames(art)
    >>> t.loc[t.frame == "military_operations", ["hits", "per_100_words", "terms"]].values.tolist()
    [[2, 25.0, 'Troops; front line']]
    """
    cb = _resolve_codebook(codebook)
    if text_col not in df.columns:
        raise KeyError(f"frames: no column {text_col!r} in the table (columns: {list(df.columns)})")
    ids = list(id_cols) if id_cols is not None else _default_id_cols(df)
    base = df[ids].reset_index(drop=True) if ids else pd.DataFrame({"row": np.arange(len(df))})
    texts = df[text_col].tolist()
    memo: dict[str, tuple[list[list[str]], int]] = {}
    compiled = cb._compiled  # hashing the codebook per text cost as much as a fifth of frames()
    scored: list[tuple[list[list[str]], int] | None] = []
    for text in texts:
        if not isinstance(text, str):
            scored.append(None)
            continue
        got = memo.get(text)
        if got is None:
            got = (cb._match(compiled, text), len(text.split()))
            memo[text] = got
        scored.append(got)
    return _long_table(base, scored, cb)


def _long_table(base: pd.DataFrame, scored: list[tuple[list[list[str]], int] | None],
                cb: FrameCodebook) -> pd.DataFrame:
    """The long table of :func:`frames` from each row's matched terms per frame and word count
    (``None`` for a missing text)."""
    n_frames = len(cb.frames)
    hits = np.zeros((len(scored), n_frames), dtype="int64")
    words = np.zeros(len(scored), dtype="int64")
    terms: list[str] = [""] * (len(scored) * n_frames)
    for i, got in enumerate(scored):
        if got is None:
            continue
        matched, n_words = got
        words[i] = n_words
        for fi, found in enumerate(matched):
            if found:
                hits[i, fi] = len(found)
                terms[i * n_frames + fi] = "; ".join(found)

    out = base.loc[base.index.repeat(n_frames)].reset_index(drop=True)
    out["frame"] = pd.Categorical.from_codes(np.tile(np.arange(n_frames), len(scored)), categories=list(cb.names))
    flat_hits = hits.ravel()
    out["hits"] = flat_hits
    rep_words = np.repeat(words, n_frames)
    with np.errstate(divide="ignore", invalid="ignore"):
        rate = np.where(rep_words > 0, 100.0 * flat_hits / np.maximum(rep_words, 1), 0.0)
    out["per_100_words"] = rate.astype("float64")
    out["terms"] = pd.Series(terms, dtype="str")  # the default text dtype: parquet round trips are exact
    out.attrs["codebook"] = cb.path
    return out


def _id_columns_of(long: pd.DataFrame) -> list[str]:
    return [c for c in long.columns if c not in FRAME_COLUMNS]


def dominant_frames(long: pd.DataFrame) -> pd.DataFrame:
    """Wide table from :func:`frames`: one row per scored item, hits per frame, the dominant frame.

    Columns: the id columns, ``hits_<frame>`` for every frame, ``total_hits``,
    ``dominant_frame`` (the frame with most hits; ``"none"`` when there are no hits; a tie goes
    to the frame listed first in the codebook and sets ``dominant_tie``), ``dominant_terms``.

    >>> import pandas as pd
    >>> t = frames(pd.DataFrame({"article_id": ["x", "y"],
    ...                          "text": ["Nuclear warheads and nuclear deterrence.", "Nothing here."]}))
    >>> dominant_frames(t)[["article_id", "dominant_frame"]].values.tolist()
    [['x', 'nuclear_wmd_threat'], ['y', 'none']]
    """
    ids = _id_columns_of(long)
    names = list(long["frame"].cat.categories) if isinstance(long["frame"].dtype, pd.CategoricalDtype) \
        else list(dict.fromkeys(long["frame"]))
    n_frames = len(names)
    if n_frames == 0 or len(long) % n_frames:
        raise ValueError("dominant_frames: expected the long table from frames() (one row per item and frame)")
    codes = pd.Categorical(long["frame"], categories=names).codes
    if not (codes.reshape(-1, n_frames) == np.arange(n_frames)).all():
        # rows were reordered (sorted by frame, filtered, ...): bring each item's frames together
        long = long.assign(_code=codes).sort_values([*ids, "_code"], kind="stable").drop(columns="_code")
        codes = pd.Categorical(long["frame"], categories=names).codes
        if not (codes.reshape(-1, n_frames) == np.arange(n_frames)).all():
            raise ValueError("dominant_frames: every item needs exactly one row per frame")
    h = long["hits"].to_numpy(dtype="int64").reshape(-1, n_frames)
    tm = long["terms"].to_numpy(dtype=object).reshape(-1, n_frames)
    wide = long[ids].iloc[::n_frames].reset_index(drop=True) if ids else pd.DataFrame(index=range(h.shape[0]))
    for j, name in enumerate(names):
        wide[f"hits_{name}"] = h[:, j]
    total = h.sum(axis=1)
    best = h.argmax(axis=1) if n_frames else np.zeros(len(h), dtype=int)
    top = h.max(axis=1) if n_frames else np.zeros(len(h), dtype=int)
    wide["total_hits"] = total
    wide["dominant_frame"] = np.where(total > 0, np.array(names, dtype=object)[best], "none")
    wide["dominant_tie"] = (total > 0) & ((h == top[:, None]).sum(axis=1) > 1)
    wide["dominant_terms"] = np.where(total > 0, tm[np.arange(len(h)), best], "")
    return wide


def paragraph_table(segments: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Paragraphs (``article_id``, ``paragraph``, ``start``, ``end``, ``text``) from sentences.

    With ``articles`` the text is the article's ``text[start:end]`` from the paragraph's first
    sentence to its last; without, the sentences joined by a space. Score with
    ``frames(paragraph_table(segments, articles))``.

    >>> import pandas as pd
    >>> seg = pd.DataFrame({"article_id": ["a", "a", "a"], "paragraph": [0, 0, 1], "sentence": [0, 1, 2],
    ...                     "start": [0, 4, 9], "end": [3, 8, 12], "text": ["Hi.", "Yes.", "No."]})
    >>> paragraph_table(seg)["text"].tolist()
    ['Hi. Yes.', 'No.']
    """
    g = segments.sort_values(["article_id", "paragraph", "start"], kind="stable").groupby(
        ["article_id", "paragraph"], sort=False)
    if articles is None:
        return g.agg(start=("start", "min"), end=("end", "max"),
                     text=("text", " ".join)).reset_index()
    # the article's own characters: no need to join the sentences first
    para = g.agg(start=("start", "min"), end=("end", "max")).reset_index()
    body = articles.set_index("article_id")["text"].to_dict()
    para["text"] = pd.Series([body[a][s:e] for a, s, e in
                              zip(para["article_id"].tolist(), para["start"].tolist(),
                                  para["end"].tolist())], dtype=segments["text"].dtype)
    return para


_WORD_CHAR = re.compile(r"\w")


def article_and_paragraph_frames(
    articles: pd.DataFrame,
    segments: pd.DataFrame,
    codebook: FrameCodebook | str | Path | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``frames(paragraph_table(segments, articles))`` and ``frames(articles[["article_id", "text"]])``
    from one pass of the codebook over each article.

    Each article is matched once and its matches are dealt to the paragraphs that hold them.
    This gives the paragraph-by-paragraph result exactly when no match crosses a paragraph
    boundary and no letter lies between paragraphs (the matcher looks at most one character
    beyond a match, and a paragraph's edge reads like the whitespace around it); an article
    where either happens is matched paragraph by paragraph instead. Returns
    ``(paragraph_frames, article_frames)``.

    >>> from analysis.segmentation import segment
    >>> arts = pd.DataFrame({"article_id": ["x"], "text": ["Troops moved.\\n\\nTalks stalled."]})
    >>> para, art = article_and_paragraph_frames(arts, segment(arts))
    >>> para.loc[para.hits > 0, ["paragraph", "frame", "terms"]].values.tolist()
    [[0, 'military_operations', 'Troops'], [1, 'diplomacy_communication', 'Talks']]
    >>> art.loc[art.hits > 0, ["frame", "terms"]].values.tolist()
    [['diplomacy_communication', 'Talks'], ['military_operations', 'Troops']]
    """
    cb = _resolve_codebook(codebook)
    compiled = cb._compiled
    n_frames = len(cb.frames)
    paras = paragraph_table(segments, articles)
    para_ids = paras["article_id"].tolist()
    para_start = paras["start"].tolist()
    para_end = paras["end"].tolist()
    para_text = paras["text"].tolist()
    rows_of: dict[str, list[int]] = {}
    for i, a in enumerate(para_ids):
        rows_of.setdefault(a, []).append(i)

    art_scored: list[tuple[list[list[str]], int] | None] = []
    para_scored: list[tuple[list[list[str]], int] | None] = [None] * len(paras)
    for article_id, text in zip(articles["article_id"].tolist(), articles["text"].tolist()):
        if not isinstance(text, str):
            art_scored.append(None)
            continue
        spans = cb._match_spans(compiled, text)
        art_scored.append((cb._by_frame(spans, text), len(text.split())))
        rows = rows_of.get(str(article_id), [])
        if not rows:
            continue
        # deal each match to its paragraph; any doubt -> score the paragraphs themselves
        per_row: list[list[list[str]]] = [[[] for _ in range(n_frames)] for _ in rows]
        exact = True
        prev_end = 0
        for r in rows:
            if _WORD_CHAR.search(text, prev_end, para_start[r]):
                exact = False
                break
            prev_end = para_end[r]
        if exact and _WORD_CHAR.search(text, prev_end):
            exact = False
        k = 0
        if exact:
            for s, e, fis in spans:
                while k < len(rows) and para_end[rows[k]] <= s:
                    k += 1
                if k == len(rows) or s < para_start[rows[k]] or e > para_end[rows[k]]:
                    exact = False
                    break
                for fi in fis:
                    per_row[k][fi].append(text[s:e])
        for j, r in enumerate(rows):
            words = len(para_text[r].split())
            para_scored[r] = (per_row[j] if exact else cb._match(compiled, para_text[r]), words)
    para_base = paras[["article_id", "paragraph"]].reset_index(drop=True)
    art_base = articles[["article_id"]].reset_index(drop=True)
    return _long_table(para_base, para_scored, cb), _long_table(art_base, art_scored, cb)


def _attach(long: pd.DataFrame, quotes: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    if "quote_id" in long.columns and "quote_id" in quotes.columns:
        keys = ["quote_id"]
    else:
        keys = [c for c in _id_columns_of(long) if c in quotes.columns]
        if not keys:
            raise KeyError("frame table and quotes share no id column (need quote_id)")
    missing = [c for c in by if c not in quotes.columns]
    if missing:
        raise KeyError(f"quotes lack the grouping columns {missing}")
    right = quotes[keys + [c for c in by if c not in keys]].drop_duplicates(keys)
    return long.merge(right, on=keys, how="inner", validate="many_to_one")


def frame_profiles(
    long: pd.DataFrame,
    quotes: pd.DataFrame,
    by: str | Sequence[str] = "source_type",
    n_boot: int = 2000,
    ci: float = 0.95,
    seed: int = 0,
) -> pd.DataFrame:
    """Frame profile per group of quotes (source type by default).

    For each group and frame: ``n_quotes``, ``n_with_frame`` (quotes with at least one hit),
    ``share`` (their share) with a bootstrap ``share_ci_low``/``share_ci_high``, ``mean_hits`` and
    ``mean_per_100_words`` (over all quotes of the group, zeros included).

    >>> import pandas as pd
    >>> q = pd.DataFrame({"article_id": ["a", "a"], "quote_id": ["a-q000", "a-q001"],
    ...                   "text": ["Peace talks resume.", "Troops advance."], "source_type": ["official", "expert"]})
    >>> p = frame_profiles(frames(q), q)
    >>> p[(p.frame == "diplomacy_communication")][["source_type", "share"]].values.tolist()
    [['expert', 0.0], ['official', 1.0]]
    """
    by_cols = [by] if isinstance(by, str) else list(by)
    m = _attach(long, quotes, by_cols)
    m = m.assign(_present=(m["hits"] > 0).astype("float64"))
    rows = []
    for key, sub in m.groupby([*by_cols, "frame"], observed=True, sort=True):
        present = sub["_present"].to_numpy()
        lo, hi = bootstrap_mean_ci(present, n_boot=n_boot, ci=ci, seed=seed)
        rows.append((*key, len(sub), int(present.sum()), float(present.mean()), lo, hi,
                     float(sub["hits"].mean()), float(sub["per_100_words"].mean())))
    return pd.DataFrame(rows, columns=[*by_cols, "frame", "n_quotes", "n_with_frame", "share",
                                       "share_ci_low", "share_ci_high", "mean_hits", "mean_per_100_words"])


def compare_frames(
    long: pd.DataFrame,
    quotes: pd.DataFrame,
    group_a: str | Sequence[str] = "official",
    group_b: str | Sequence[str] | None = "political",
    by: str = "source_type",
    n_perm: int = 2000,
    n_boot: int = 2000,
    ci: float = 0.95,
    seed: int = 0,
) -> pd.DataFrame:
    """Per frame, group A against group B of quotes: difference in share and in rate.

    ``group_a``/``group_b`` are values (or lists of values) of ``quotes[by]``; ``group_b=None``
    means every other quote. For each frame: ``n_a``, ``n_b``, ``share_a``, ``share_b``,
    ``share_diff`` (A minus B, share of quotes with at least one hit) with a bootstrap
    ``share_diff_ci_low``/``_high`` and a two-sided permutation ``share_p``; the same for the
    mean ``per_100_words`` as ``rate_*``; and Holm-adjusted ``share_p_holm``/``rate_p_holm``
    across the frames (many frames are tested at once).

    Quotes are treated as independent; quotes from one article or speaker are not, so with few
    articles read p-values as descriptive.

    >>> import pandas as pd
    >>> q = pd.DataFrame({"quote_id": [f"q{i}" for i in range(6)],
    ...                   "text": ["Talks resumed."] * 3 + ["The Democrats failed."] * 3,
    ...                   "source_type": ["official"] * 3 + ["political"] * 3})
    >>> c = compare_frames(frames(q, id_cols=["quote_id"]), q, n_perm=200, n_boot=200)
    >>> c.set_index("frame").loc["partisan_blame", ["share_a", "share_b", "share_diff"]].tolist()
    [0.0, 1.0, -1.0]
    """
    a_vals = [group_a] if isinstance(group_a, str) else list(group_a)
    b_vals = None if group_b is None else ([group_b] if isinstance(group_b, str) else list(group_b))
    m = _attach(long, quotes, [by])
    in_a = m[by].isin(a_vals).to_numpy()
    in_b = (~in_a & m[by].notna().to_numpy()) if b_vals is None else m[by].isin(b_vals).to_numpy()
    if not in_a.any():
        logger.warning("compare_frames: no quotes with %s in %s", by, a_vals)
    if not in_b.any():
        logger.warning("compare_frames: no quotes with %s in %s", by, b_vals or "(others)")
    rows = []
    for frame_name, sub in m.groupby("frame", observed=True, sort=True):
        sa = in_a[sub.index.to_numpy()]
        sb = in_b[sub.index.to_numpy()]
        pres = (sub["hits"].to_numpy() > 0).astype("float64")
        rate = sub["per_100_words"].to_numpy(dtype="float64")
        r: dict = {"frame": frame_name, "n_a": int(sa.sum()), "n_b": int(sb.sum())}
        for label, x in (("share", pres), ("rate", rate)):
            xa, xb = x[sa], x[sb]
            ma = float(xa.mean()) if xa.size else np.nan
            mb = float(xb.mean()) if xb.size else np.nan
            lo, hi = bootstrap_diff_ci(xa, xb, n_boot=n_boot, ci=ci, seed=seed)
            r.update({f"{label}_a": ma, f"{label}_b": mb, f"{label}_diff": ma - mb,
                      f"{label}_diff_ci_low": lo, f"{label}_diff_ci_high": hi,
                      f"{label}_p": permutation_test(xa, xb, n_perm=n_perm, seed=seed)})
        rows.append(r)
    out = pd.DataFrame(rows)
    if len(out):
        out["share_p_holm"] = holm(out["share_p"].to_numpy())
        out["rate_p_holm"] = holm(out["rate_p"].to_numpy())
    out.attrs.update(group_a=a_vals, group_b=b_vals if b_vals is not None else "others", by=by)
    return out
