"""Parquet cache of pipeline results, keyed by what the results depend on.

A result is stored under ``<cache_dir>/<stage>/<key>/`` as one parquet file per table plus a
``dtypes.json`` manifest (so empty tables and categorical columns come back with exactly the
dtypes they were written with). The key of each stage is a SHA-256 over the things that stage
depends on, so an edit invalidates exactly the stages it must:

=========  =====================================================================================
stage      key made of
=========  =====================================================================================
``core``   input content (file bytes and paths, or the article table's values) + load options +
           code version (every ``analysis/*.py`` that the pipeline runs) + the package data
           files other than the frame codebook and the sources registry (quote lexicons, ...)
``frames`` ``core`` key + the frame codebook's content
``types``  ``core`` key + the sources registry's content
=========  =====================================================================================

So editing ``data/sources.csv`` re-runs only source typing and the sources table, editing the
frame codebook re-runs only frame scoring, and editing a quote lexicon or any pipeline module
re-runs everything.

Example:

>>> import pandas as pd, tempfile
>>> cache = ResultCache(tempfile.mkdtemp())
>>> key = digest("some", "parts")
>>> cache.put("core", key, {"t": pd.DataFrame({"a": [1, 2]})})
>>> cache.get("core", key, ["t"])["t"]["a"].tolist()
[1, 2]
"""
from __future__ import annotations

import glob as _glob
import hashlib
import json
import logging
import os
import pickle
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from analysis import config

log = logging.getLogger(__name__)

#: Modules that never run inside ``analyze()``: editing them does not invalidate cached results.
PRESENTATION_MODULES = frozenset({"__main__.py", "plotting.py", "report.py", "validation.py"})
#: Package data files that are not inputs of any pipeline stage (the chart style).
PRESENTATION_SUFFIXES = frozenset({".mplstyle"})
#: Package data files that hold the frame codebook (their content keys the ``frames`` stage).
FRAME_CODEBOOK_PATTERNS = ("*frame*",)
#: Package data files that hold a sources registry (their content keys the ``types`` stage).
REGISTRY_PATTERNS = ("*registry*", "sources*.csv")

_CHUNK = 1 << 20


def digest(*parts: Any) -> str:
    """SHA-256 hex digest of ``parts`` (strings, bytes, or anything with a stable ``repr``).

    >>> digest("a", "b") == digest("a", "b") != digest("ab")
    True
    """
    h = hashlib.sha256()
    for part in parts:
        if isinstance(part, bytes):
            data = part
        elif isinstance(part, str):
            data = part.encode("utf-8")
        else:
            data = repr(part).encode("utf-8")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def file_digest(path: str | os.PathLike) -> str:
    """SHA-256 of a file's bytes; ``"missing"`` when the file does not exist."""
    path = Path(path)
    if not path.is_file():
        return "missing"
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _matches(path: Path, patterns: Iterable[str]) -> bool:
    return any(path.match(p) for p in patterns)


def _package_files(suffix: str | None = None) -> list[Path]:
    root = config.PACKAGE_DIR
    files = root.glob("*.py") if suffix == ".py" else (
        p for p in config.PACKAGE_DATA.rglob("*") if p.is_file())
    return sorted(files)


def code_version() -> str:
    """Hash of the source of every pipeline module in the package (``analysis/*.py``).

    Presentation modules (:data:`PRESENTATION_MODULES`) are left out: a chart change keeps the
    cache. Any other edit, even a comment, gives a new version (safe, never stale).
    """
    parts: list[Any] = []
    for path in _package_files(".py"):
        if path.name in PRESENTATION_MODULES:
            continue
        parts += [path.name, file_digest(path)]
    return digest("code", *parts)


def data_version(exclude: Iterable[str] = FRAME_CODEBOOK_PATTERNS + REGISTRY_PATTERNS) -> str:
    """Hash of the package data files (lexicons, codebooks) except those matching ``exclude``."""
    exclude = tuple(exclude)
    parts: list[Any] = []
    for path in _package_files():
        if path.suffix in PRESENTATION_SUFFIXES or _matches(path, exclude):
            continue
        parts += [path.relative_to(config.PACKAGE_DATA).as_posix(), file_digest(path)]
    return digest("data", *parts)


def package_files_digest(patterns: Iterable[str]) -> str:
    """Hash of the package data files that match ``patterns`` (e.g. the default frame codebook)."""
    patterns = tuple(patterns)
    parts: list[Any] = []
    for path in _package_files():
        if _matches(path, patterns) and path.suffix not in PRESENTATION_SUFFIXES:
            parts += [path.relative_to(config.PACKAGE_DATA).as_posix(), file_digest(path)]
    return digest("package-files", *parts)


def frame_digest(df: pd.DataFrame) -> str:
    """Hash of a DataFrame's values, column names, dtypes and index (order matters)."""
    h = hashlib.sha256()
    h.update(repr([(str(c), str(t)) for c, t in df.dtypes.items()]).encode())
    if len(df):
        values = pd.util.hash_pandas_object(df, index=True, categorize=False)
        h.update(values.to_numpy().tobytes())
    h.update(str(len(df)).encode())
    return h.hexdigest()


def object_digest(obj: Any) -> str:
    """Hash of a user-supplied input: a path (file bytes), a DataFrame (values) or a plain object.

    ``None`` hashes as ``"default"``: the caller adds the digest of the default file itself.
    """
    if obj is None:
        return "default"
    if isinstance(obj, (str, os.PathLike)) and Path(obj).exists():
        p = Path(obj)
        if p.is_dir():
            return digest(*[(f.relative_to(p).as_posix(), file_digest(f))
                            for f in sorted(p.rglob("*")) if f.is_file()])
        return digest("file", file_digest(p))
    if isinstance(obj, pd.DataFrame):
        return digest("frame", frame_digest(obj), _attrs_digest(obj.attrs))
    if isinstance(obj, Mapping):
        return digest("mapping", *[(str(k), object_digest(v)) for k, v in sorted(
            obj.items(), key=lambda kv: str(kv[0]))])
    if isinstance(obj, (list, tuple)):
        return digest("seq", *[object_digest(v) for v in obj])
    try:
        return digest("pickle", pickle.dumps(obj, protocol=4))
    except Exception:  # pragma: no cover - unpicklable user object: fall back to its repr
        return digest("repr", repr(obj))


def _attrs_digest(attrs: Mapping) -> str:
    return digest(*[(str(k), frame_digest(v) if isinstance(v, pd.DataFrame) else repr(v))
                    for k, v in sorted(attrs.items(), key=lambda kv: str(kv[0]))])


def expand_source_files(source: Any) -> list[Path] | None:
    """The files a path-like ``source`` names (file, folder searched recursively, glob, or list).

    Returns ``None`` when ``source`` is not path-like (e.g. a DataFrame of articles).
    """
    if isinstance(source, (str, os.PathLike)):
        items = [source]
    elif isinstance(source, (list, tuple)) and all(isinstance(s, (str, os.PathLike)) for s in source):
        items = list(source)
    else:
        return None
    files: list[Path] = []
    for item in items:
        p = Path(item)
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.is_file())
        elif p.exists():
            files.append(p)
        else:
            files += sorted(Path(m) for m in _glob.glob(str(item), recursive=True) if Path(m).is_file())
    return files


def source_digest(source: Any) -> str:
    """Hash of an input source's content: every file's absolute path and bytes, or a frame's values.

    Hashing raw bytes is much cheaper than loading, so a cache hit never parses the files.
    """
    files = expand_source_files(source)
    if files is None:
        if isinstance(source, pd.DataFrame):
            return digest("articles-frame", frame_digest(source), _attrs_digest(source.attrs))
        return object_digest(source)
    return digest("files", *[(str(f.resolve()), file_digest(f)) for f in files])


# ---------------------------------------------------------------------------------------------
# storage

def _dtype_spec(dtype: Any) -> Any:
    if isinstance(dtype, pd.CategoricalDtype):
        return {"category": [str(c) for c in dtype.categories], "ordered": bool(dtype.ordered)}
    return str(dtype)


def _apply_dtype(series: pd.Series, spec: Any) -> pd.Series:
    if isinstance(spec, dict) and "category" in spec:
        want = pd.CategoricalDtype(pd.Index(spec["category"], dtype="str"), ordered=spec["ordered"])
        if series.dtype != want:
            series = series.astype(object).astype(want)
        return series
    if str(series.dtype) != spec:
        series = series.astype(spec)
    return series


def write_tables(folder: str | os.PathLike, tables: Mapping[str, pd.DataFrame]) -> None:
    """Write each table as ``<name>.parquet`` plus a ``dtypes.json`` manifest of exact dtypes.

    ``attrs`` are dropped (parquet cannot hold a DataFrame in them); store such tables separately.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict[str, Any]] = {}
    for name, df in tables.items():
        df = df.copy(deep=False)
        df.attrs = {}
        if not isinstance(df.index, pd.RangeIndex) or df.index.start != 0 or df.index.step != 1:
            df = df.reset_index(drop=True)
        manifest[name] = {"columns": [str(c) for c in df.columns],
                          "dtypes": {str(c): _dtype_spec(t) for c, t in df.dtypes.items()}}
        df.to_parquet(folder / f"{name}.parquet", index=False)
    (folder / "dtypes.json").write_text(json.dumps(manifest, indent=1))


def read_tables(folder: str | os.PathLike, names: Iterable[str] | None = None) -> dict[str, pd.DataFrame]:
    """Read tables written by :func:`write_tables`, restoring the exact dtypes of the manifest."""
    folder = Path(folder)
    manifest = json.loads((folder / "dtypes.json").read_text())
    out: dict[str, pd.DataFrame] = {}
    for name in (manifest if names is None else names):
        spec = manifest[name]
        df = pd.read_parquet(folder / f"{name}.parquet")
        for col in spec["columns"]:
            df[col] = _apply_dtype(df[col], spec["dtypes"][col])
        out[name] = df[spec["columns"]]
    return out


class ResultCache:
    """Stage results on disk: ``get``/``put`` whole sets of tables under ``<root>/<stage>/<key>``.

    Writes go to a temporary folder that is renamed into place, so a crash never leaves a
    half-written entry that a later run would read.
    """

    def __init__(self, root: str | os.PathLike | None = None):
        self.root = Path(root) if root is not None else config.CACHE_DIR

    def path(self, stage: str, key: str) -> Path:
        return self.root / stage / key

    def has(self, stage: str, key: str) -> bool:
        return (self.path(stage, key) / "dtypes.json").is_file()

    def get(self, stage: str, key: str, names: Iterable[str] | None = None) -> dict[str, pd.DataFrame] | None:
        """The stored tables, or ``None`` when the entry is missing or unreadable."""
        if not self.has(stage, key):
            return None
        try:
            return read_tables(self.path(stage, key), names)
        except Exception as exc:  # a damaged entry is a miss, never an error
            log.warning("cache entry %s/%s unreadable (%s); recomputing", stage, key[:12], exc)
            return None

    def put(self, stage: str, key: str, tables: Mapping[str, pd.DataFrame]) -> None:
        target = self.path(stage, key)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{key[:12]}-", dir=target.parent))
        try:
            write_tables(tmp, tables)
            if target.exists():
                shutil.rmtree(target, ignore_errors=True)
            os.replace(tmp, target)
        except OSError as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            if not self.has(stage, key):  # another process may have won the race: fine
                log.warning("could not write cache entry %s (%s)", target, exc)

    def clear(self) -> None:
        """Delete every cached result under this root."""
        shutil.rmtree(self.root, ignore_errors=True)
