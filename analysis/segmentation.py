"""Paragraphs and sentences of news text, with character offsets into the article text.

Why a hand-written splitter rather than NLTK, TextBlob or pysbd:

* **offline** - NLTK's and TextBlob's sentence tokenizers need the ``punkt`` corpus, which is
  not installed here and cannot be downloaded by offline users (``TextBlob(...).sentences``
  raises ``MissingCorpusError``); pysbd is not a dependency of the project;
* **exact offsets** - every span indexes the *unchanged* article text, so quote offsets and
  sentence offsets line up; nothing is normalised or re-joined;
* **fast and linear** - the text is scanned once for runs of ``. ? ! …``; each candidate is
  decided by looking at a bounded window around it, so time grows linearly with the text and no
  regex can backtrack catastrophically (a megabyte of quotation marks takes milliseconds);
* **news rules** - titles (``Gen.``, ``Lt. Col.``, ``Sen.``), ``U.S.``, middle initials
  (``Mark A. Milley``), months (``Jan. 5``), decimals, ellipses, sentences that end inside
  quotation marks and ``"Why?" she asked.`` are handled; the abbreviation list lives in
  ``analysis/data/abbreviations.txt``.

>>> text = 'Gen. Mark A. Milley spoke. "We are ready," he said.\\n\\nA second paragraph.'
>>> [text[s:e] for s, e in split_sentences(text)]
['Gen. Mark A. Milley spoke.', '"We are ready," he said.', 'A second paragraph.']
"""
from __future__ import annotations

import bisect
import contextlib
import functools
import logging
import re
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.config import PACKAGE_DATA

logger = logging.getLogger(__name__)

__all__ = ["split_paragraphs", "split_sentences", "segment", "sharing_sentence_splits",
           "SEGMENT_COLUMNS", "ABBREVIATIONS_PATH"]

#: Columns of the table returned by :func:`segment`.
SEGMENT_COLUMNS = ["article_id", "paragraph", "sentence", "start", "end", "text"]
#: The data file with the abbreviation and sentence-starter lists.
ABBREVIATIONS_PATH = PACKAGE_DATA / "abbreviations.txt"

# A blank line: a line holding only whitespace (spaces, tabs, non-breaking spaces, "\r").
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# A run of sentence-final punctuation; the only regex applied to the whole text.
_TERMINATORS = re.compile(r"[.?!\u2026]+")
_NON_SPACE = re.compile(r"\S")
# Characters that close a sentence after its final punctuation: quotes and brackets.
_CLOSERS = "\"'\u201d\u2019)]\u00bb"
_NARROW_SPACES = "\u2009\u200a\u202f\u00a0"
_QUOTE_MARKS = "\"'\u201d\u2019"
# Characters that open a sentence before its first word.
_OPENERS = "\"'\u201c\u2018(\u00ab["
_LEADING_PUNCT = re.compile(r"^[^\w]+")
_DOTTED_ACRONYM = re.compile(r"^(?:[A-Za-z]\.){2,}$")
_SINGLE_LETTER = re.compile(r"^[A-Z]\.$")
_WORD_AFTER = re.compile(r"[A-Za-z]+")
_WINDOW = 80
# After '"Why?"' or '"Stop!"': up to four capitalised words then a speech verb means the
# attribution follows ('"Why?" Dana Okafor asked.'), so the sentence goes on.
_SPEECH_VERBS = (
    "said|says|say|asked|asks|added|adds|told|tells|tweeted|wrote|writes|replied|replies|"
    "shouted|shouts|yelled|cried|exclaimed|answered|continued|insisted|explained|recalled|"
    "responded|declared|stated|noted|warned|wondered|laughed|joked|demanded"
)
_ATTRIBUTION = re.compile(
    r"(?:[A-Z][\w'\u2019.\-]{0,30}\s+){1,4}(?:" + _SPEECH_VERBS + r")\b"
)


@dataclass(frozen=True)
class _Abbreviations:
    never: frozenset[str]
    before_number: frozenset[str]
    ambiguous: frozenset[str]
    starters: frozenset[str]


def _read_abbreviations(path: Path = ABBREVIATIONS_PATH) -> _Abbreviations:
    sections: dict[str, set[str]] = {"never": set(), "number": set(), "ambiguous": set(), "starters": set()}
    current = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            if current not in sections:
                raise ValueError(f"{path}: unknown section [{current}]")
            continue
        if current is None:
            raise ValueError(f"{path}: entry {line!r} before any [section]")
        entries = sections[current]
        entries.add(line)
        if current != "starters" and line == line.lower():
            # lower-case entries also match their capitalised and upper-case forms
            entries.add(line[0].upper() + line[1:])
            entries.add(line.upper())
    return _Abbreviations(
        frozenset(sections["never"]), frozenset(sections["number"]),
        frozenset(sections["ambiguous"]), frozenset(sections["starters"]),
    )


@functools.lru_cache(maxsize=1)
def _abbreviations() -> _Abbreviations:
    return _read_abbreviations()


@functools.lru_cache(maxsize=32)
def _paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Paragraph spans of ``text`` (cached: callers often ask paragraph by paragraph)."""
    blank_mode = _BLANK_LINE.search(text) is not None
    spans: list[tuple[int, int]] = []
    para_start = para_end = -1
    offset = 0
    for line in text.split("\n"):
        line_start = offset
        offset += len(line) + 1
        stripped = line.strip()
        if not stripped:  # a blank line ends the paragraph
            if para_start >= 0:
                spans.append((para_start, para_end))
                para_start = -1
            continue
        first = line_start + (len(line) - len(line.lstrip()))
        last = line_start + len(line.rstrip())
        if para_start < 0:
            para_start = first
        elif not blank_mode:  # single newlines separate paragraphs
            spans.append((para_start, para_end))
            para_start = first
        para_end = last
    if para_start >= 0:
        spans.append((para_start, para_end))
    return tuple(spans)


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the paragraphs of ``text``.

    Paragraphs are separated by blank lines (one or more lines holding only whitespace,
    non-breaking spaces included). When the text has no blank line at all, every line break
    separates paragraphs. Offsets exclude the whitespace around each paragraph.

    >>> text = "First paragraph.\\n\\n\\n  Second one.\\u00a0\\n"
    >>> [text[s:e] for s, e in split_paragraphs(text)]
    ['First paragraph.', 'Second one.']
    """
    if not isinstance(text, str):
        raise TypeError(f"split_paragraphs expects str, got {type(text).__name__}")
    return list(_paragraph_spans(text))


def _next_word(text: str, pos: int, end: int) -> str:
    m = _WORD_AFTER.match(text, pos, min(end, pos + _WINDOW))
    return m.group(0) if m else ""


def _token_before(text: str, dot: int, start: int) -> str:
    """The word ending with the period at ``dot`` ("U.S.", "Gen.", "A."), opening marks removed."""
    window = text[max(start, dot - 40):dot + 1]
    parts = window.rsplit(None, 1)
    token = parts[-1] if parts else ""
    if token and not token[0].isalnum():
        token = _LEADING_PUNCT.sub("", token)
    if "-" in token[:-1]:
        token = token.rsplit("-", 1)[1]  # "then-U.N. Ambassador", "ex-Gov. Ada Kim": the abbreviation
    return token


def _is_boundary(text: str, run_start: int, run_end: int, close_end: int, nxt: int, start: int, end: int) -> bool:
    """Decide whether the punctuation run ``text[run_start:run_end]`` ends a sentence.

    ``close_end`` is the position after any closing quotes/brackets, ``nxt`` the first
    non-whitespace character after it (inside the paragraph).
    """
    run = text[run_start:run_end]
    closed = close_end > run_end  # a closing quote or bracket follows the punctuation
    c = text[nxt]
    is_lower = c.islower()
    is_opener = c in _OPENERS

    if "?" in run or "!" in run:
        if is_lower:  # '"Why?" she asked.'
            return False
        if closed and _ATTRIBUTION.match(text, nxt, min(end, nxt + _WINDOW)):
            return False  # '"Why?" Dana Okafor asked.'
        return True

    if len(run) > 1 or run == "\u2026":  # an ellipsis
        if run_start > start and text[run_start - 1] == "[" and text[run_end : run_end + 1] == "]":
            return False  # "[...]" marks words left out of a quote
        return not is_lower and not c.isdigit()

    # a single period
    abbr = _abbreviations()
    token = _token_before(text, run_start, start)
    if token in abbr.never:
        return False
    if token in abbr.before_number:
        return not c.isdigit() and not is_lower  # "No. 10" but "The answer was No. Then ..."
    if token in abbr.ambiguous or _SINGLE_LETTER.match(token) or _DOTTED_ACRONYM.match(token):
        if is_lower:
            return False  # "(D.C.) for", "U.S. officials"
        if closed or is_opener:
            return True
        return _next_word(text, nxt, end) in abbr.starters
    if is_lower:
        # 'in the airstrike. al-Muhandis was ...' splits; short unknown abbreviations and
        # '"We are ready." he said' (closing quote) do not.
        word = token[:-1]
        return not closed and len(word) >= 4 and word.isalpha()
    return True


def _after_closers(text: str, pos: int, end: int) -> int:
    """Position after the quotes and brackets that close a sentence ending at ``pos``.

    A quotation mark after a few spaces is closing too when it ends the paragraph
    ('issues. "') or when typographic thin spaces separate it ('tomorrow.\u2019\u2009" He').
    """
    while True:
        while pos < end and text[pos] in _CLOSERS:
            pos += 1
        look = pos
        while look < end and look - pos < 3 and text[look].isspace():
            look += 1
        if (
            look > pos
            and look < end
            and text[look] in _QUOTE_MARKS
            and (
                look + 1 == end  # a stray closing mark ends the paragraph
                or (text[look + 1].isspace() and all(ch in _NARROW_SPACES for ch in text[pos:look]))
            )
        ):
            pos = look + 1
            continue
        return pos


_shared = threading.local()  # .splits: paragraph text -> sentence spans, inside sharing_sentence_splits()


@contextlib.contextmanager
def sharing_sentence_splits():
    """Within the block, a paragraph that was split into sentences once is not split again.

    The pipeline segments each article for the sentence table and then extracts quotes, which
    splits the same paragraphs again (those without quotation marks read the same). A
    paragraph's sentences depend only on its own characters, so the second split can reuse the
    first. The memory lasts for the block only (one chunk of articles) and for this thread;
    nested blocks share the outer one.

    >>> with sharing_sentence_splits():
    ...     a = split_sentences("One. Two.")
    ...     b = split_sentences("Intro.\\n\\nOne. Two.")    # the second paragraph is reused
    >>> b[1:] == [(s + 8, e + 8) for s, e in a]
    True
    """
    if getattr(_shared, "splits", None) is not None:
        yield
        return
    _shared.splits = {}
    try:
        yield
    finally:
        _shared.splits = None


def _split_span(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]``, which holds no paragraph break and no outer whitespace.

    Looks at no character outside ``[start, end)``, so the result depends on the paragraph's
    own text only (which :func:`sharing_sentence_splits` relies on)."""
    splits = getattr(_shared, "splits", None)
    if splits is None:
        return _split_paragraph(text, start, end)
    key = text[start:end]
    got = splits.get(key)
    if got is None:
        spans = _split_paragraph(text, start, end)
        splits[key] = tuple((s - start, e - start) for s, e in spans)
        return spans
    return [(start + s, start + e) for s, e in got]


_LINE_BREAK_RE = re.compile(r"(?<=[^\s.!?:;\"”'’)\]])[ \t\u00a0]*\n\s*(?=[A-Z\"“])")


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cur = start
    if "\n" in text[start:end]:
        # a line break inside a paragraph after a line with no end mark, before a capital: a
        # caption, a credit or a kicker on a line of its own ("Anthony Wall/Facebook via WGCL\nCrump
        # said ..."), not the middle of a sentence
        for m in _LINE_BREAK_RE.finditer(text, start, end):
            head = _split_paragraph(text, cur, m.start())
            spans.extend(head)
            cur = m.end()
    for m in _TERMINATORS.finditer(text, cur, end):
        run_start, run_end = m.span()
        if run_start < cur:
            continue
        close_end = _after_closers(text, run_end, end)
        if close_end >= end or not text[close_end].isspace():
            continue  # "3.5", "U.S.-led", '"Why?",' - no sentence ends here
        nm = _NON_SPACE.search(text, close_end, end)
        if nm is None:
            continue
        nxt = nm.start()
        if _is_boundary(text, run_start, run_end, close_end, nxt, start, end):
            spans.append((cur, close_end))
            cur = nxt
    if cur < end:
        spans.append((cur, end))
    return spans


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences in ``text[start:end]``.

    Offsets index the full ``text``. Sentences never cross a paragraph boundary (paragraphs as
    in :func:`split_paragraphs` of the full text), exclude surrounding whitespace, and tile the
    non-whitespace content of the range: every non-space character is in exactly one sentence.
    A line break inside a paragraph ends a sentence when the line has no end mark and the next
    one opens with a capital or a quote mark (a caption or a credit on a line of its own).

    >>> t = 'Sen. Ana Ruiz arrived at 9 a.m. on Jan. 5. "Why?" she asked. "Nobody told us."\\n\\nNext.'
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Sen. Ana Ruiz arrived at 9 a.m. on Jan. 5.', '"Why?" she asked.', '"Nobody told us."', 'Next.']
    """
    if not isinstance(text, str):
        raise TypeError(f"split_sentences expects str, got {type(text).__name__}")
    n = len(text)
    start = max(0, min(start, n))
    end = n if end is None else max(start, min(end, n))
    paragraphs = _paragraph_spans(text)
    first = bisect.bisect_right(paragraphs, (start, n + 1))
    if first > 0 and paragraphs[first - 1][1] > start:
        first -= 1
    sentences: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs[first:]:
        if p_start >= end:
            break
        s, e = max(p_start, start), min(p_end, end)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            sentences.extend(_split_span(text, s, e))
    return sentences


def segment(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence of each article: paragraph and sentence numbers with offsets.

    ``articles`` needs ``article_id`` and ``text``. Columns: ``article_id``, ``paragraph``
    (0-based in the article), ``sentence`` (0-based in the article), ``start``, ``end``
    (offsets into the article's ``text``) and ``text`` (== ``article text[start:end]``).

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a1"], "text": ["One. Two.\\n\\nThree."]})
    >>> segment(arts)[["paragraph", "sentence", "text"]].values.tolist()
    [[0, 0, 'One.'], [0, 1, 'Two.'], [1, 2, 'Three.']]
    """
    missing = {"article_id", "text"} - set(articles.columns)
    if missing:
        raise KeyError(f"segment needs columns {sorted(missing)} in articles")
    ids: list[str] = []
    paras: list[int] = []
    sents: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    for article_id, text in zip(articles["article_id"], articles["text"]):
        if not isinstance(text, str):
            if text is not None and not pd.isna(text):
                logger.warning("article %s: text is %s, not str; skipped", article_id, type(text).__name__)
            continue
        number = 0
        for p_index, (p_start, p_end) in enumerate(_paragraph_spans(text)):
            for s, e in _split_span(text, p_start, p_end):
                ids.append(str(article_id))
                paras.append(p_index)
                sents.append(number)
                starts.append(s)
                ends.append(e)
                texts.append(text[s:e])
                number += 1
    return pd.DataFrame(
        {
            "article_id": pd.Series(ids, dtype="str"),
            "paragraph": np.asarray(paras, dtype="int64"),
            "sentence": np.asarray(sents, dtype="int64"),
            "start": np.asarray(starts, dtype="int64"),
            "end": np.asarray(ends, dtype="int64"),
            "text": pd.Series(texts, dtype="str"),
        },
        columns=SEGMENT_COLUMNS,
    )

