"""The sources registry: a CSV where a user pins a speaker's type, affiliation and party.

The registry wins over the rules of :mod:`analysis.source_types`. It is a plain CSV a person
edits in a spreadsheet (default ``data/sources.csv``, :data:`analysis.config.REGISTRY_PATH`):

======== =====================================================================================
column   meaning
======== =====================================================================================
name     the speaker's fullest name as articles give it ("James Stavridis", "The Washington Post")
aliases  other names, "; "-separated ("Stavridis; Adm. James Stavridis", "the Post")
source_type one of the eight codebook types (official, political, former_official, expert,
         media, organization, citizen, unknown)
affiliation the institution the speaker speaks for (may be empty)
party    political party (may be empty)
note     why the entry is there: the evidence for the type
======== =====================================================================================

Names match after folding accents, case, punctuation, honorifics and a leading "the"; a
one-word speaker ("Stavridis") matches the one entry whose name or alias ends with that word,
when only one does; "James G. Stavridis" matches "James Stavridis" (same first and last word).

>>> reg = load_registry()
>>> reg.lookup("Stavridis")["source_type"]
'former_official'
"""
from __future__ import annotations

import functools
import logging
from pathlib import Path

import pandas as pd

from analysis.config import REGISTRY_PATH

logger = logging.getLogger(__name__)

REGISTRY_COLUMNS = ["name", "aliases", "source_type", "affiliation", "party", "note"]
_REQUIRED = ["name", "source_type"]


def _types() -> list[str]:
    from analysis.source_types import SOURCE_TYPES

    return SOURCE_TYPES


def _key(s) -> str:
    from analysis.source_types import _name_key

    return _name_key(s)


class Registry:
    """A validated sources registry with look-up by name, alias or unambiguous surname.

    >>> import pandas as pd
    >>> reg = Registry(pd.DataFrame({"name": ["Ann Example"], "source_type": ["expert"],
    ...                              "aliases": ["Dr. Example"]}))
    >>> reg.lookup("ann example")["source_type"], reg.lookup("Example")["name"]
    ('expert', 'Ann Example')
    """

    def __init__(self, entries: pd.DataFrame, source: str = "registry"):
        self.source = source
        self.entries = _validate(entries, source)
        self._by_key: dict[str, int] = {}
        self._by_last: dict[str, set[int]] = {}
        self._by_first_last: dict[tuple[str, str], set[int]] = {}
        for i, row in self.entries.iterrows():
            names = [row["name"]] + [a for a in str(row["aliases"]).split(";") if a.strip()]
            for n in names:
                k = _key(n)
                if not k:
                    continue
                if k in self._by_key and self._by_key[k] != i:
                    other = self.entries.loc[self._by_key[k], "name"]
                    raise ValueError(f"{source}, row {i + 2}: name or alias {n.strip()!r} is already "
                                     f"used by {other!r}; a name must point to one entry")
                self._by_key[k] = i
                toks = k.split()
                if len(toks) > 1:
                    self._by_last.setdefault(toks[-1], set()).add(i)
                    self._by_first_last.setdefault((toks[0], toks[-1]), set()).add(i)

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, speaker) -> dict | None:
        """The entry (a dict of the columns) for ``speaker``, or ``None``."""
        k = _key(speaker)
        if not k:
            return None
        i = self._by_key.get(k)
        toks = k.split()
        if i is None and len(toks) == 1:
            hits = self._by_last.get(toks[0], set())
            i = next(iter(hits)) if len(hits) == 1 else None
        if i is None and len(toks) > 2:
            hits = self._by_first_last.get((toks[0], toks[-1]), set())
            i = next(iter(hits)) if len(hits) == 1 else None
        return None if i is None else self.entries.loc[i].to_dict()


def _validate(df: pd.DataFrame, source: str) -> pd.DataFrame:
    missing = [c for c in _REQUIRED if c not in df.columns]
    if missing:
        raise ValueError(f"{source}: missing column(s) {missing}; a registry needs the columns "
                         f"{REGISTRY_COLUMNS} (aliases, affiliation, party, note may be empty)")
    out = df.copy().reset_index(drop=True)
    for c in REGISTRY_COLUMNS:
        if c not in out:
            out[c] = ""
        out[c] = out[c].map(lambda v: "" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v).strip())
    types = _types()
    for i, row in out.iterrows():
        where = f"{source}, row {i + 2}"  # spreadsheet row: the header is row 1
        if not row["name"]:
            raise ValueError(f"{where}: empty name")
        t = row["source_type"].lower().replace(" ", "_").replace("-", "_")
        if t not in types:
            raise ValueError(f"{where} ({row['name']}): source_type {row['source_type']!r} is not "
                             f"one of {types}")
        out.at[i, "source_type"] = t
    return out[REGISTRY_COLUMNS + [c for c in out.columns if c not in REGISTRY_COLUMNS]]


def load_registry(path: str | Path | None = None) -> Registry:
    """Read and validate a sources registry CSV (default ``data/sources.csv``).

    Raises ``FileNotFoundError`` when the file is missing and ``ValueError`` naming the row and
    the problem for a missing column, an empty name, an unknown type or a name used twice.

    >>> reg = load_registry()
    >>> reg.lookup("the Post")["name"]
    'The Washington Post'
    """
    p = Path(path) if path is not None else REGISTRY_PATH
    df = pd.read_csv(p, dtype=str, keep_default_na=False, encoding="utf-8-sig",
                     skip_blank_lines=True)
    df.columns = [str(c).strip() for c in df.columns]
    reg = Registry(df, source=f"registry {p}")
    logger.debug("registry %s: %d entries", p, len(reg))
    return reg


def default_registry() -> Registry | None:
    """The project registry (``REGISTRY_PATH``) when it exists, else ``None`` (cached)."""
    p = Path(REGISTRY_PATH)
    if not p.is_file():
        return None
    return _cached(str(p), p.stat().st_mtime)


@functools.lru_cache(maxsize=4)
def _cached(path: str, mtime: float) -> Registry:
    return load_registry(path)
