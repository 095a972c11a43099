"""Load news articles from files into one tidy DataFrame, reporting whatever cannot be loaded.

``load_articles(source)`` accepts a file, a folder (searched recursively), a glob pattern, or a
list of these, and returns one row per article with the columns in :data:`ARTICLE_COLUMNS`.

Formats (by file extension):

* ``.txt`` / ``.md`` - one article in the usual web-copy shape: a headline line, an optional dek,
  a dateline (``Updated: March 23, 2022 - 10:59pm``, ``Published ...`` or a bare date), short site
  boilerplate lines without sentence punctuation, then the body paragraphs. Markdown ``# `` titles
  and YAML front matter are understood.
* ``.json`` (one object, a list of objects, or an object holding such a list) and ``.jsonl`` (one
  object per line), with common field names (title/headline, text/body/content, date/published,
  url/link, outlet/source/publisher, author/byline).
* ``.csv`` / ``.tsv`` with a header row; common column names are recognised, others are mapped
  with ``columns={"text": "story", "published": "pub_time"}``.
* ``.html`` / ``.htm`` - main text and metadata extracted with trafilatura, offline (nothing is
  fetched; ``url`` comes from the page's canonical link).

Text is decoded strictly as UTF-8 first, then by byte-order mark (UTF-8-sig, UTF-16, UTF-32), then
as Windows-1252 (which also reads Latin-1) when that gives Western text, otherwise with
charset-normalizer's guess. Line endings become ``\\n``, a leading BOM is dropped, and HTML
character references written out in text, JSON and CSV files (``&quot;``, ``&#8220;``, ``&amp;``;
scraped copy carries quotation marks that way) are decoded; no other character is changed (curly
quotes and non-breaking spaces stay), so offsets into ``text`` are offsets into what the file says
once those are decoded.

Bad input never stops a batch: every file or row that cannot be loaded (empty, whitespace only,
binary, undecodable, unreadable, no article body, unknown extension, malformed JSON, broken CSV
row, CSV without a text column, duplicate of an article already loaded) is named with a plain
reason in ``articles.attrs["load_report"]`` (columns ``path``, ``reason``) and logged as a
warning. Only a source path that does not exist raises (``FileNotFoundError``). Input is never
unpickled or evaluated, and names found inside CSV/JSON fields are never opened as paths.

>>> from analysis.loading import load_articles
>>> from analysis.config import DATA_DIR
>>> articles = load_articles(DATA_DIR / "000_f5bbda2bcbac8a2c.txt")
>>> articles.loc[0, "text"][:30]
'Top Russian military officials'
>>> str(articles.loc[0, "published"])
'2022-03-23 22:59:00'
>>> len(articles.attrs["load_report"])
0
"""
from __future__ import annotations

import codecs
import csv
import glob as globmod
import html
import io
import json
import logging
import os
import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from analysis.segmentation import split_paragraphs

logger = logging.getLogger(__name__)

__all__ = ["load_articles", "ARTICLE_COLUMNS", "REPORT_COLUMNS", "LoadReport", "SUPPORTED_EXTENSIONS"]

#: Columns of the articles table, in order.
ARTICLE_COLUMNS = [
    "article_id", "title", "subtitle", "published", "outlet", "author", "url", "text",
    "source_path", "n_words",
]
#: Columns of ``articles.attrs["load_report"]``.
REPORT_COLUMNS = ["path", "reason"]
_STR_COLUMNS = ["article_id", "title", "subtitle", "outlet", "author", "url", "text", "source_path"]
#: The article fields a file can provide (``columns=`` maps these to a file's own names).
FIELDS = ("title", "subtitle", "published", "outlet", "author", "url", "text")

_TEXT_EXT = {".txt", ".md", ".markdown", ".text"}
_JSON_EXT = {".json"}
_JSONL_EXT = {".jsonl", ".ndjson"}
_CSV_EXT = {".csv", ".tsv"}
_HTML_EXT = {".html", ".htm"}
SUPPORTED_EXTENSIONS = tuple(sorted(_TEXT_EXT | _JSON_EXT | _JSONL_EXT | _CSV_EXT | _HTML_EXT))

#: Files larger than this are reported, not read (a news article is rarely above 1 MB).
MAX_FILE_BYTES = 200 * 1024 * 1024

# Field names recognised in JSON objects and CSV headers (compared lower-cased, with spaces and
# dashes as underscores). The first one present wins.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "article_text", "articlebody", "article_body",
             "full_text", "fulltext", "maintext", "main_text", "body_text", "story"),
    "title": ("title", "headline", "heading", "head", "hed"),
    "subtitle": ("subtitle", "dek", "subheadline", "sub_headline", "subhead", "standfirst",
                 "summary", "description"),
    "published": ("published", "date", "published_at", "publish_date", "publication_date",
                  "date_published", "date_publish", "pub_date", "pubdate", "datetime",
                  "published_date", "timestamp", "time", "created_at", "created", "updated"),
    "url": ("url", "link", "href", "source_url", "article_url", "uri"),
    "outlet": ("outlet", "source", "publisher", "site", "site_name", "sitename", "publication",
               "source_name", "newspaper", "media", "domain"),
    "author": ("author", "authors", "byline", "creator", "writer", "by"),
}

# Files a folder often holds that are not articles: named in the report, never parsed.
_NOT_ARTICLES = {
    "sources.csv": "speaker registry, not articles",
    "requirements.txt": "not an article (Python requirements)",
}
_DOC_STEMS = {"readme", "license", "licence", "changelog", "contributing", "copying", "authors",
              "upstream_readme", "notice"}


class LoadReport(pd.DataFrame):
    """The load report: one row per skipped file or row, columns ``path`` and ``reason``.

    A plain DataFrame in use. It differs only in that two reports compare equal as a whole
    (``==`` gives one bool), because pandas compares ``attrs`` with ``==`` when it concatenates
    or merges frames, which would fail for an ordinary DataFrame kept in ``attrs``.

    Note: parquet cannot store a DataFrame in ``attrs``; write ``articles`` with
    ``articles.attrs.pop("load_report")`` (or a copy with ``attrs = {}``) and the report apart.
    """

    @property
    def _constructor(self):
        return LoadReport

    def __eq__(self, other):  # type: ignore[override]
        if isinstance(other, LoadReport):
            return bool(self.shape == other.shape and self.equals(other))
        return super().__eq__(other)

    def __ne__(self, other):  # type: ignore[override]
        if isinstance(other, LoadReport):
            return not self.__eq__(other)
        return super().__ne__(other)

    __hash__ = None  # type: ignore[assignment]


class _Skip(Exception):
    """A file or row that cannot be loaded; the message is the plain reason."""


@dataclass
class _Batch:
    rows: list[dict[str, Any]] = field(default_factory=list)
    report: list[tuple[str, str]] = field(default_factory=list)

    def skip(self, path: str, reason: str, *, problem: bool = True) -> None:
        """Report a file or row not loaded; a problem is also logged as a warning.

        Files that are known not to be articles (the registry, a README) are reported
        too, but logged at INFO: they are expected in a data folder, not a fault.
        """
        (logger.warning if problem else logger.info)("not loaded: %s: %s", path, reason)
        self.report.append((path, reason))


# ---------------------------------------------------------------------------- finding files


def _is_hidden(path: Path, root: Path) -> bool:
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        parts = path.parts
    return any(p.startswith(".") or p == "__pycache__" for p in parts)


def _walk(folder: Path, recursive: bool) -> list[Path]:
    found: list[Path] = []
    if recursive:
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "__pycache__")
            found.extend(Path(dirpath) / f for f in filenames if not f.startswith("."))
    else:
        found = [p for p in folder.iterdir() if not p.name.startswith(".") and not p.is_dir()]
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def _expand(source: Any, recursive: bool) -> list[tuple[Path, bool]]:
    """Files named by ``source``, each with a flag: True when found by a folder walk or glob."""
    if isinstance(source, (str, os.PathLike)):
        items = [source]
    elif isinstance(source, Iterable):
        items = list(source)
    else:
        raise TypeError(f"source must be a path, a glob or a list of these, not {type(source).__name__}")
    files: list[tuple[Path, bool]] = []
    for item in items:
        if not isinstance(item, (str, os.PathLike)):
            raise TypeError(f"source entries must be paths or globs, not {type(item).__name__}")
        path = Path(item)
        if os.path.lexists(path):
            if path.is_dir():
                files.extend((p, True) for p in _walk(path, recursive))
            else:
                files.append((path, False))
            continue
        pattern = os.fspath(item)
        if globmod.has_magic(pattern):
            matches = sorted(globmod.glob(pattern, recursive=True))
            if not matches:
                raise FileNotFoundError(f"no file matches the pattern: {pattern}")
            for m in matches:
                mp = Path(m)
                if mp.is_dir():
                    files.extend((p, True) for p in _walk(mp, recursive))
                elif not mp.name.startswith("."):
                    files.append((mp, True))
            continue
        raise FileNotFoundError(f"no such file or folder: {pattern}")
    seen: set[str] = set()
    unique = []
    for p, walked in files:
        key = os.path.abspath(p)
        if key not in seen:
            seen.add(key)
            unique.append((p, walked))
    return unique


# ---------------------------------------------------------------------------- reading bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _Skip(f"file too large ({size / 1e6:.0f} MB; the limit is {MAX_FILE_BYTES / 1e6:.0f} MB)")
        with open(path, "rb") as fh:
            return fh.read()
    except _Skip:
        raise
    except IsADirectoryError:
        raise _Skip("unreadable: it is a folder, not a file") from None
    except PermissionError:
        raise _Skip("unreadable: permission denied") from None
    except FileNotFoundError:
        raise _Skip("unreadable: broken link or file vanished while loading") from None
    except OSError as exc:
        raise _Skip(f"unreadable: {exc.strerror or exc}") from None


def _western(text: str) -> bool:
    """True when ``text`` reads as a Western European language (few non-ASCII letters)."""
    letters = sum(ch.isalpha() for ch in text)
    foreign = sum(ch.isalpha() and ord(ch) > 127 for ch in text)
    return letters > 0 and foreign / letters < 0.3 or foreign == 0


def _decode(data: bytes) -> tuple[str, str]:
    """Decode file bytes; return ``(text, encoding)``. Raise :class:`_Skip` for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise _Skip(f"undecodable: starts with a {encoding} byte-order mark but is not {encoding}") from None
    if b"\x00" in data:
        raise _Skip("binary file (contains NUL bytes), not text")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text = encoding = ""
        try:
            cp = data.decode("cp1252")
        except UnicodeDecodeError:
            cp = None
        if cp is not None and _western(cp):
            text, encoding = cp, "cp1252"
        else:
            from charset_normalizer import from_bytes

            best = from_bytes(data).best()
            if best is not None and best.encoding and best.chaos < 0.2:
                text, encoding = str(best), best.encoding
            elif cp is not None:
                text, encoding = cp, "cp1252"
            else:
                text, encoding = data.decode("latin-1"), "latin-1"
    if len(_CONTROL.findall(text[:100_000])) > max(10, len(text[:100_000]) // 50):
        raise _Skip("binary file (control characters), not text")
    return text, encoding


def _normalise_newlines(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


# a character reference written out in full, semicolon and all ("&quot;", "&#8220;", "&#x201C;");
# "AT&T", "R&D" and "&nothing" are left alone
_CHAR_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _decode_char_refs(text: str) -> str:
    """Decode the HTML character references that copy scraped from pages and feeds carries
    (``&quot;We will rebuild,&quot; she said`` reads as ``"We will rebuild," she said``).

    Only complete references are decoded, and only those HTML defines, so ``AT&T`` and an
    unknown ``&foo;`` stay as written.

    >>> _decode_char_refs("&quot;Yes,&quot; said Ana &amp; Bo &#8212; AT&T &foo;")
    '"Yes," said Ana & Bo \u2014 AT&T &foo;'
    """
    if "&" not in text:
        return text
    return _CHAR_REF.sub(lambda m: html.unescape(m.group()), text)


def _normalise_text(text: str) -> str:
    """Newlines as ``\\n``, no leading BOM, HTML character references decoded."""
    return _decode_char_refs(_normalise_newlines(text))


# ---------------------------------------------------------------------------- dates

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_DATE_CORE = (
    rf"(?:{_WEEKDAY},?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}/\d{1,2}/\d{4})"
)
_TIME = r"(?:\s*(?:[-\u2013\u2014,|@]|at)?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
_LABEL = (r"(?P<label>(?:last\s+|first\s+|originally\s+)?(?:updated|published|posted|modified))"
          r"(?:\s+(?:on|at))?\s*:?")
_DATELINE_PIECE = re.compile(rf"^\s*(?:{_LABEL}\s*)?(?P<date>{_DATE_CORE}{_TIME})\s*$", re.IGNORECASE)
_BYLINE = re.compile(r"^by\s+(?P<name>[A-Z][^\n]{1,80})$", re.IGNORECASE)


def _to_timestamp(value: Any) -> pd.Timestamp | None:
    """Parse a date from a field or dateline; naive, in UTC when the value has a zone."""
    if value is None:
        return None
    if isinstance(value, bool):
        return None
    try:
        if isinstance(value, (int, float, np.integer, np.floating)):
            if not np.isfinite(value) or value <= 0:
                return None
            unit = "ms" if value > 1e11 else "s"
            ts = pd.Timestamp(value, unit=unit)
        else:
            s = str(value).strip()
            if not s:
                return None
            try:
                ts = pd.Timestamp(s)
            except (ValueError, TypeError, OverflowError):
                ts = _parse_dateline_date(s)
        if ts is None or pd.isna(ts):
            return None
        if ts.tzinfo is not None:
            ts = ts.tz_convert("UTC").tz_localize(None)
        ts = ts.as_unit("ns")
        return ts
    except (ValueError, TypeError, OverflowError, pd.errors.OutOfBoundsDatetime):
        return None


def _parse_dateline_date(s: str) -> pd.Timestamp | None:
    from dateutil import parser as dateparser

    cleaned = re.sub(rf"^{_WEEKDAY},?\s+", "", s.strip(), flags=re.IGNORECASE)
    cleaned = re.sub(r"\s*(?:[-\u2013\u2014|@]|\bat\b)\s*", " ", cleaned)
    cleaned = re.sub(r"(\d)\.(\d\d)\s*([ap])", r"\1:\2\3", cleaned, flags=re.IGNORECASE)
    cleaned = re.sub(r"\b([ap])\.m\.?", r"\1m", cleaned, flags=re.IGNORECASE)
    cleaned = re.sub(r"\s+(?!UTC\b|GMT\b)[A-Z]{2,4}$", "", cleaned)  # "ET": zone unknown, dropped
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = dateparser.parse(cleaned, default=datetime(1900, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return None
    return pd.Timestamp(parsed)


def _dateline(paragraph: str) -> pd.Timestamp | None | bool:
    """If ``paragraph`` is a dateline, return its date (published preferred to updated).

    Returns False when it is not a dateline; a dateline whose date cannot be parsed gives None.
    """
    if len(paragraph) > 200:
        return False
    pieces = [p for p in re.split(r"\s*[|;\n]\s*", paragraph) if p.strip()]
    if not pieces:
        return False
    found: list[tuple[int, pd.Timestamp | None]] = []
    for piece in pieces:
        m = _DATELINE_PIECE.match(piece)
        if not m:
            return False
        label = (m.group("label") or "").lower()
        rank = 0 if "published" in label or "posted" in label else (2 if label else 1)
        found.append((rank, _to_timestamp(m.group("date"))))
    found.sort(key=lambda x: x[0])
    return found[0][1]


# ---------------------------------------------------------------------------- article shapes

_SENTENCE_END = ".?!\u2026:;"
_QUOTE_START = "\"'\u201c\u2018"
_CLOSE = "\"'\u201d\u2019)]"


def _ends_sentence(line: str) -> bool:
    s = line.rstrip()
    while s and s[-1] in _CLOSE:
        s = s[:-1]
    return bool(s) and s[-1] in _SENTENCE_END


def _looks_like_title(p: str) -> bool:
    """One short line that does not end like a statement (headlines may end in ? or !)."""
    s = p.rstrip()
    while s and s[-1] in _CLOSE:
        s = s[:-1]
    return "\n" not in p and len(p.split()) <= 30 and bool(s) and s[-1] not in ".:;\u2026"


def _is_boilerplate(p: str) -> bool:
    """Short site furniture between dateline and body: 'Share this story', 'The Facts ...'."""
    return (
        "\n" not in p
        and len(p.split()) <= 12
        and not _ends_sentence(p)
        and p[:1] not in _QUOTE_START
    )


def _byline(p: str) -> str | None:
    if "\n" in p or len(p.split()) > 12:
        return None
    m = _BYLINE.match(p.strip())
    return m.group("name").strip() if m else None


def _front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Split YAML front matter (``---`` ... ``---``) from a Markdown file."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 4)
    if end < 0:
        return {}, text
    after = text.find("\n", end + 4)
    block = text[4:end]
    try:
        import yaml

        meta = yaml.safe_load(block)
    except Exception:  # noqa: BLE001 - a broken header is reported as text, not fatal
        return {}, text
    if not isinstance(meta, dict):
        return {}, text
    return {str(k): v for k, v in meta.items()}, ("" if after < 0 else text[after + 1:])


def _parse_text_article(text: str, markdown: bool = False) -> dict[str, Any]:
    """Title, dek, dateline, byline and body of a plain-text article (the seed's shape)."""
    fields: dict[str, Any] = {}
    if markdown:
        meta, text = _front_matter(text)
        fields.update(_map_fields(meta, None)[0])
    paras = split_paragraphs(text)
    if not paras:
        raise _Skip("no article body (only front matter)" if fields else "empty file (whitespace only)")
    ptext = [text[s:e] for s, e in paras]
    i = 0
    if markdown and ptext[0].startswith("#") and "\n" not in ptext[0]:
        fields.setdefault("title", ptext[0].lstrip("#").strip())
        i = 1
    elif len(paras) > 1 and _looks_like_title(ptext[0]) and _dateline(ptext[0]) is False:
        fields.setdefault("title", ptext[0])
        i = 1
    # a dateline among the next few paragraphs; what lies between the title and it is the dek
    body = i
    for j in range(i, min(i + 4, len(paras))):
        date = _dateline(ptext[j])
        if date is not False:
            dek = []
            for k in range(i, j):
                name = _byline(ptext[k])
                if name:
                    fields.setdefault("author", name)
                else:
                    dek.append(ptext[k])
            if dek:
                fields.setdefault("subtitle", "\n\n".join(dek))
            if date is not None:
                fields.setdefault("published", date)
            body = j + 1
            # site boilerplate and bylines between the dateline and the body
            while body < len(paras) - 1:
                name = _byline(ptext[body])
                if name:
                    fields.setdefault("author", name)
                elif not _is_boilerplate(ptext[body]):
                    break
                body += 1
            break
    else:
        if body < len(paras) - 1:
            name = _byline(ptext[body])
            if name:
                fields.setdefault("author", name)
                body += 1
    if body >= len(paras):
        raise _Skip("no article body (only a headline and dateline)")
    fields["text"] = text[paras[body][0]:paras[-1][1]]
    return fields


def _strip_leading_dateline(text: str) -> tuple[str, pd.Timestamp | None]:
    """Remove a dateline line ('Friday, January 4, 2019') that opens a body field.

    The dateline is kept when nothing follows it, so that a row is never emptied by cleaning.
    """
    paras = split_paragraphs(text)
    if not paras:
        return "", None
    start, end = paras[0][0], paras[-1][1]
    line_end = text.find("\n", start, end)
    first_line = text[start:end if line_end < 0 else line_end]
    date = _dateline(first_line)
    if date is not False and line_end >= 0:
        rest = len(text) - len(text[line_end:].lstrip())
        if rest < end:
            return text[rest:end], date
    return text[start:end], None


def _norm_key(name: Any) -> str:
    return re.sub(r"[\s\-]+", "_", str(name).strip().lower())


def _resolve_columns(names: Iterable[Any], columns: Mapping[str, str] | None) -> dict[str, Any]:
    """Map article fields to the keys present in a record/header."""
    by_norm: dict[str, Any] = {}
    for n in names:
        by_norm.setdefault(_norm_key(n), n)
    resolved: dict[str, Any] = {}
    if columns:
        for fld, col in columns.items():
            if col in names:
                resolved[fld] = col
            elif _norm_key(col) in by_norm:
                resolved[fld] = by_norm[_norm_key(col)]
    for fld, aliases in FIELD_ALIASES.items():
        if fld in resolved:
            continue
        for alias in aliases:
            if alias in by_norm and by_norm[alias] not in resolved.values():
                resolved[fld] = by_norm[alias]
                break
    return resolved


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and np.isnan(value):
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        for key in ("name", "title", "text", "value"):
            if isinstance(value.get(key), str):
                return value[key]
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(t for t in (_as_text(v) for v in value) if t)
    return str(value)


def _map_fields(record: Mapping[str, Any], columns: Mapping[str, str] | None) -> tuple[dict[str, Any], bool]:
    """Article fields from a JSON object / CSV row; the flag says whether a text field exists."""
    resolved = _resolve_columns(list(record.keys()), columns)
    out: dict[str, Any] = {}
    for fld, key in resolved.items():
        value = record.get(key)
        if fld == "published":
            ts = _to_timestamp(value if not isinstance(value, (list, dict)) else None)
            if ts is not None:
                out["published"] = ts
        elif fld == "text" and isinstance(value, (list, tuple)):
            out["text"] = "\n\n".join(_as_text(v) for v in value)
        else:
            out[fld] = _as_text(value)
    return out, "text" in resolved


def _finish_structured(fields: dict[str, Any]) -> dict[str, Any]:
    """Clean a body from a JSON/CSV field: newlines, an opening dateline, outer whitespace."""
    text = _normalise_text(fields.get("text", ""))
    body, date = _strip_leading_dateline(text)
    if not body.strip():
        raise _Skip("no article body (text field is empty)")
    fields["text"] = body
    if "published" not in fields and date is not None:
        fields["published"] = date
    for k in ("title", "subtitle", "author", "outlet", "url"):
        if k in fields:
            fields[k] = _normalise_text(fields[k]).strip()
    return fields


# ---------------------------------------------------------------------------- formats


def _load_text(path: Path, data: bytes, batch: _Batch, columns) -> list[tuple[str, dict]]:
    text = _normalise_text(_decode(data)[0])
    if not text.strip():
        raise _Skip("empty file (whitespace only)")
    return [(path.stem, _parse_text_article(text, markdown=path.suffix.lower() in {".md", ".markdown"}))]


def _records_from_json(obj: Any) -> list[Any] | None:
    if isinstance(obj, list):
        return obj
    if isinstance(obj, dict):
        if _resolve_columns(list(obj.keys()), None).get("text") is not None:
            return None  # one article
        lists = [v for v in obj.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
        if len(lists) == 1:
            return lists[0]
    return None


def _record_rows(path: Path, records: list[Any], batch: _Batch, columns, first_row: int = 0,
                 numbering: list[int] | None = None) -> list[tuple[str, dict]]:
    out = []
    for n, record in enumerate(records):
        row = numbering[n] if numbering is not None else first_row + n
        where = f"row {row}"
        if not isinstance(record, dict):
            batch.skip(str(path), f"{where}: not a JSON object ({type(record).__name__})")
            continue
        fields, has_text = _map_fields(record, columns)
        if not has_text:
            batch.skip(str(path), f"{where}: no text field (looked for {', '.join(FIELD_ALIASES['text'][:4])}, ...)")
            continue
        try:
            out.append((f"{path.stem}-{row:03d}", _finish_structured(fields)))
        except _Skip as exc:
            batch.skip(str(path), f"{where}: {exc}")
    return out


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"{exc.msg} at line {exc.lineno} column {exc.colno}"


def _load_json(path: Path, data: bytes, batch: _Batch, columns) -> list[tuple[str, dict]]:
    text = _decode(data)[0].lstrip("\ufeff")
    if not text.strip():
        raise _Skip("empty file (whitespace only)")
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _Skip(f"malformed JSON: {_json_error(exc)}") from None
    records = _records_from_json(obj)
    if records is None:
        if not isinstance(obj, dict):
            raise _Skip(f"JSON holds a {type(obj).__name__}, not an article object or a list of them")
        fields, has_text = _map_fields(obj, columns)
        if not has_text:
            raise _Skip(f"no text field in the JSON object (looked for {', '.join(FIELD_ALIASES['text'][:4])}, ...)")
        return [(path.stem, _finish_structured(fields))]
    if not records:
        raise _Skip("empty JSON list")
    return _record_rows(path, records, batch, columns)


def _load_jsonl(path: Path, data: bytes, batch: _Batch, columns) -> list[tuple[str, dict]]:
    text = _normalise_newlines(_decode(data)[0])
    lines = [(n, line) for n, line in enumerate(text.split("\n"), start=1) if line.strip()]
    if not lines:
        raise _Skip("empty file (whitespace only)")
    records, numbering = [], []
    for row, (lineno, line) in enumerate(lines):
        try:
            records.append(json.loads(line))
            numbering.append(row)
        except json.JSONDecodeError as exc:
            batch.skip(str(path), f"row {row} (line {lineno}): malformed JSON: {exc.msg} at column {exc.colno}")
    return _record_rows(path, records, batch, columns, numbering=numbering)


def _load_csv(path: Path, data: bytes, batch: _Batch, columns) -> list[tuple[str, dict]]:
    text = _decode(data)[0].lstrip("\ufeff")
    if not text.strip():
        raise _Skip("empty file (whitespace only)")
    first_line = text.split("\n", 1)[0]
    if path.suffix.lower() == ".tsv" or ("\t" in first_line and "," not in first_line):
        delimiter = "\t"
    elif ";" in first_line and "," not in first_line:
        delimiter = ";"
    else:
        delimiter = ","
    old_limit = csv.field_size_limit(min(2**31 - 1, MAX_FILE_BYTES))  # a 5 MB body is one field
    try:
        return _read_csv_rows(path, text, delimiter, batch, columns)
    finally:
        csv.field_size_limit(old_limit)


def _read_csv_rows(path: Path, text: str, delimiter: str, batch: _Batch, columns) -> list[tuple[str, dict]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except csv.Error as exc:
        raise _Skip(f"malformed CSV header: {exc}") from None
    except StopIteration:
        raise _Skip("empty file (whitespace only)") from None
    header = [h.strip().lstrip("\ufeff") for h in header]
    resolved = _resolve_columns(header, columns)
    if "text" not in resolved:
        wanted = f"columns={{'text': ...}} or a column named {', '.join(FIELD_ALIASES['text'][:4])}"
        raise _Skip(f"CSV has no text column (found {', '.join(header)}); use {wanted}")
    index = {name: i for i, name in enumerate(header)}
    out = []
    row = -1
    while True:
        line_before = reader.line_num
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            row += 1
            batch.skip(str(path), f"row {row} (line {line_before + 1}): broken CSV row: {exc}")
            if reader.line_num == line_before:  # no progress: stop rather than loop
                break
            continue
        if not any(v.strip() for v in values):
            continue  # blank line
        row += 1
        if len(values) != len(header):
            batch.skip(
                str(path),
                f"row {row} (line {line_before + 1}): broken CSV row: {len(values)} fields, the header has {len(header)}",
            )
            continue
        record = {name: values[index[name]] for name in header}
        fields, _ = _map_fields(record, {f: c for f, c in resolved.items()})
        try:
            out.append((f"{path.stem}-{row:03d}", _finish_structured(fields)))
        except _Skip as exc:
            batch.skip(str(path), f"row {row}: {exc}")
    if row < 0:
        raise _Skip("CSV has a header but no rows")
    return out


def _load_html(path: Path, data: bytes, batch: _Batch, columns) -> list[tuple[str, dict]]:
    html = _decode(data)[0]
    if not html.strip():
        raise _Skip("empty file (whitespace only)")
    import trafilatura  # imported here: it takes a moment and only HTML needs it

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, deduplicate=False,
        )
    except Exception as exc:  # noqa: BLE001 - a page the parser chokes on is reported
        raise _Skip(f"HTML could not be parsed: {exc}") from None
    if doc is None:
        raise _Skip("no article text found in the HTML page")
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = _normalise_newlines(meta.get("text") or "").strip()
    title = (meta.get("title") or "").strip()
    lines = [ln for ln in body.split("\n") if ln.strip()]
    if lines and title and lines[0].strip() == title:
        lines = lines[1:]
    if not lines or len(" ".join(lines).split()) < 5:
        raise _Skip("no article text found in the HTML page")
    text = "\n\n".join(ln.strip() for ln in lines)
    fields: dict[str, Any] = {"title": title, "text": text}
    description = (meta.get("description") or "").strip()
    if description and " ".join(description.split())[:60] not in " ".join(text.split()):
        fields["subtitle"] = description
    if meta.get("author"):
        fields["author"] = str(meta["author"]).strip()
    outlet = meta.get("sitename") or meta.get("hostname") or ""
    if outlet:
        fields["outlet"] = str(outlet).strip()
    if meta.get("url"):
        fields["url"] = str(meta["url"]).strip()
    date = _to_timestamp(meta.get("date"))
    if date is not None:
        fields["published"] = date
    return [(path.stem, fields)]


_LOADERS = {}
_LOADERS.update({e: _load_text for e in _TEXT_EXT})
_LOADERS.update({e: _load_json for e in _JSON_EXT})
_LOADERS.update({e: _load_jsonl for e in _JSONL_EXT})
_LOADERS.update({e: _load_csv for e in _CSV_EXT})
_LOADERS.update({e: _load_html for e in _HTML_EXT})


def _not_article_reason(path: Path) -> str | None:
    name = path.name.lower()
    if name in _NOT_ARTICLES:
        return _NOT_ARTICLES[name]
    if path.stem.lower() in _DOC_STEMS:
        return "documentation, not an article"
    return None


# ---------------------------------------------------------------------------- the table


def _outlet_from_url(url: str) -> str:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    data: dict[str, Any] = {}
    for col in _STR_COLUMNS:
        data[col] = pd.Series([r.get(col, "") or "" for r in rows], dtype="str")
    data["published"] = pd.Series(
        [r.get("published") if r.get("published") is not None else pd.NaT for r in rows],
        dtype="datetime64[ns]",
    )
    data["n_words"] = pd.Series(np.asarray([len(r["text"].split()) for r in rows], dtype="int64"), dtype="int64")
    return pd.DataFrame(data, columns=ARTICLE_COLUMNS)


def load_articles(
    source: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    columns: Mapping[str, str] | None = None,
    recursive: bool = True,
) -> pd.DataFrame:
    """Load articles from a file, a folder, a glob pattern, or a list of these.

    Returns one row per article with :data:`ARTICLE_COLUMNS`: ``article_id`` (the file stem for a
    one-article file, ``<stem>-<row:03d>`` for rows of a CSV, JSON list or JSONL file, 0-based),
    ``title``, ``subtitle`` (dek or ""), ``published`` (datetime64[ns], NaT if unknown; times with a
    zone are converted to UTC), ``outlet``, ``author``, ``url`` (str, "" if unknown), ``text`` (the
    body), ``source_path``, ``n_words`` (int64, whitespace-separated words).

    ``articles.attrs["load_report"]`` lists every file or row not loaded, with a plain reason;
    each is also logged as a warning. A source that does not exist raises ``FileNotFoundError``.

    Parameters
    ----------
    source: path, folder (searched recursively unless ``recursive=False``; hidden files skipped,
        files in sorted order), glob pattern (``"corpus/**/*.json"``) or a list of these.
    columns: maps article fields to a file's own column/field names, for CSV and JSON, e.g.
        ``{"text": "story", "published": "pub_time"}``; unmapped fields use the usual names.

    >>> arts = load_articles("data/")                      # doctest: +SKIP
    >>> arts.attrs["load_report"]                          # doctest: +SKIP
    Empty LoadReport
    Columns: [path, reason]
    """
    if columns is not None:
        if not isinstance(columns, Mapping):
            raise TypeError("columns must map article fields to column names, e.g. {'text': 'story'}")
        unknown = set(columns) - set(FIELDS)
        if unknown:
            raise ValueError(f"columns= keys must be article fields {FIELDS}; got {sorted(unknown)}")
    files = _expand(source, recursive)
    batch = _Batch()
    seen_ids: dict[str, int] = {}
    seen_text: dict[str, tuple[str, str]] = {}
    for path, walked in files:
        spath = str(path)
        if walked:
            reason = _not_article_reason(path)
            if reason:
                batch.skip(spath, f"skipped: {reason}", problem=False)
                continue
        ext = path.suffix.lower()
        loader = _LOADERS.get(ext)
        if loader is None:
            batch.skip(spath, f"unknown extension {ext or '(none)'!r}; expected one of {', '.join(SUPPORTED_EXTENSIONS)}")
            continue
        if not path.is_file():
            if os.path.lexists(path) and not path.exists():
                batch.skip(spath, "unreadable: broken link")
            else:  # a named pipe or device would block or never end
                batch.skip(spath, "unreadable: not a regular file")
            continue
        try:
            data = _read_bytes(path)
            if not data.strip():
                raise _Skip("empty file" if not data else "empty file (whitespace only)")
            found = loader(path, data, batch, columns)
        except _Skip as exc:
            batch.skip(spath, str(exc))
            continue
        except RecursionError:
            batch.skip(spath, "malformed: nested too deeply to read")
            continue
        for article_id, fields in found:
            text = fields.get("text", "")
            if not text.strip():
                batch.skip(spath, f"{article_id}: no article body")
                continue
            key = " ".join(text.split())
            if key in seen_text:
                first_id, first_path = seen_text[key]
                where = spath if article_id == path.stem else f"{spath} ({article_id})"
                batch.skip(where, f"duplicate of {first_id} ({first_path}): same text")
                continue
            if article_id in seen_ids:  # same stem in two folders: keep both, ids stay unique
                seen_ids[article_id] += 1
                new_id = f"{article_id}~{seen_ids[article_id]}"
                logger.info("article id %s already used; %s gets %s", article_id, spath, new_id)
                article_id = new_id
            seen_ids.setdefault(article_id, 1)
            seen_text[key] = (article_id, spath)
            fields = dict(fields)
            if not fields.get("outlet") and fields.get("url"):
                fields["outlet"] = _outlet_from_url(fields["url"])
            fields.update(article_id=article_id, source_path=spath)
            batch.rows.append(fields)
    articles = _frame(batch.rows)
    report = LoadReport(
        {
            "path": pd.Series([p for p, _ in batch.report], dtype="str"),
            "reason": pd.Series([r for _, r in batch.report], dtype="str"),
        },
        columns=REPORT_COLUMNS,
    )
    articles.attrs["load_report"] = report
    logger.info("loaded %d articles from %d files; %d problems reported", len(articles), len(files), len(report))
    return articles
