"""Public figures: what general knowledge says about a speaker the article gives no role.

The codebook types a speaker "from the article (the role it gives the speaker when they speak)
and, where the article leaves it open, from general knowledge of who the speaker is". Short
news items often leave it open: "McConnell said", "Peskov told reporters". This module holds
that general knowledge for people often quoted in English-language news of 2009-2025, in
``analysis/data/public_figures.csv``, one row per person and role period:

============== =================================================================================
column         meaning
============== =================================================================================
name           the name news most often uses ("Mitch McConnell")
aliases        other full-name forms, "; "-separated ("Addison Mitchell McConnell")
surname_alone  the surname, only when the bare word in national news almost always means this
               person ("McConnell"); empty for common surnames
source_type    the codebook type of the role in this period (legislators ``political``, serving
               executive officials ``official``, ...)
role           what the person was in the period ("U.S. senator (R-Ky.)")
party          party, if any
country        country or intergovernmental body
from, to       the period, ``YYYY-MM``; an empty ``to`` means the role went on when the file was
               written (early 2025)
============== =================================================================================

How it is used (:func:`analysis.source_types.classify_speaker`): when the article's own words
give the speaker no role, office or body (the rules find no evidence), or only a role that
leaves open whom it serves ("a spokesman"), or only an outlet to a partisan commentator; never
against the user's sources registry (``data/sources.csv``), which wins over everything. The
period that covers the article's date decides. Without a date, the article's own titles may
place it (:meth:`PublicFigures.article_period`: "President Barack Obama" and "Sen. Mitch
McConnell" put it in 2009-2017), and a type that fills nearly all of that period decides;
otherwise the type the person held for more than half of their months in 2009-2025
(:data:`COVERED`), if one did. A one-word speaker matches only through ``surname_alone`` and
only when one person of the file has that surname alone, or through the full name the article
writes elsewhere (:meth:`PublicFigures.full_name_in`).

>>> figs = load_public_figures()
>>> figs.lookup("Dmitri Peskov", "2019-06-01")["source_type"]
'official'
>>> figs.lookup("Nobody Example") is None
True
"""
from __future__ import annotations

import csv
import functools
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.config import PACKAGE_DATA

logger = logging.getLogger(__name__)

#: The bundled file of public figures.
PUBLIC_FIGURES_PATH = PACKAGE_DATA / "public_figures.csv"
PUBLIC_FIGURES_COLUMNS = ["name", "aliases", "surname_alone", "source_type", "role", "party",
                          "country", "from", "to"]
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_POSSESSIVE = re.compile(r"'s\b")
_KEY_WORD = re.compile(r"[a-z0-9']+")


def name_key(s: str, initials: bool = False) -> str:
    """A name folded for look-up: no accents, case, dots or hyphens, and no middle initials
    unless ``initials`` ("Jr." stays: a son is another person).

    >>> name_key("Recep Tayyip Erdoğan"), name_key("Donald J. Trump"), name_key("Jean-Claude Juncker")
    ('recep tayyip erdogan', 'donald trump', 'jean claude juncker')
    >>> name_key("Donald Trump Jr."), name_key("George H. W. Bush", initials=True)
    ('donald trump jr', 'george h w bush')
    """
    s = str(s)
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
        s = s.replace("\u2019", "'")
    s = _POSSESSIVE.sub("", s.lower())
    words = _KEY_WORD.findall(s.replace("-", " ").replace(".", ". "))
    words = [w.strip("'") for w in words]
    keep = [w for i, w in enumerate(words)
            if w and (initials or not (len(w) == 1 and 0 < i < len(words) - 1))]
    return " ".join(keep)


def month_of(value) -> str:
    """``YYYY-MM`` of a date-like value (a Timestamp, ``"2019-06-01"``), "" if none."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return ""
    if isinstance(value, pd.Timestamp):
        return "" if pd.isna(value) else f"{value.year:04d}-{value.month:02d}"
    m = re.match(r"(\d{4})-(\d{2})", str(value))
    return f"{m.group(1)}-{m.group(2)}" if m else ""


class PublicFigures:
    """The public-figures file, validated, with look-up by name, alias or surname alone.

    >>> import pandas as pd
    >>> f = PublicFigures(pd.DataFrame({"name": ["Ann Example"], "aliases": [""],
    ...     "surname_alone": ["Example"], "source_type": ["political"], "role": ["senator"],
    ...     "party": [""], "country": ["Ruritania"], "from": ["2010-01"], "to": ["2016-01"]}))
    >>> f.lookup("Example", "2012-03")["role"], f.lookup("Ann Example", "2017-01") is None
    ('senator', True)
    """

    def __init__(self, frame: pd.DataFrame | list[dict], source: str = "<frame>",
                 lines: list[int] | None = None, columns: list[str] | None = None) -> None:
        """``frame``: the rows (a DataFrame or dicts with :data:`PUBLIC_FIGURES_COLUMNS`);
        ``lines``: their line numbers in ``source`` for error messages (default: row + 2);
        ``columns``: the file's header, when the rows are dicts read from it."""
        from analysis.source_types import SOURCE_TYPES

        if columns is None:
            columns = list(frame.columns) if isinstance(frame, pd.DataFrame) else \
                list(frame[0]) if frame else PUBLIC_FIGURES_COLUMNS
        missing = [c for c in PUBLIC_FIGURES_COLUMNS if c not in columns]
        if missing:
            raise ValueError(f"{source}: missing columns {missing}")
        records = frame.to_dict("records") if isinstance(frame, pd.DataFrame) else frame
        self.rows: list[dict] = [{c: _cell(r.get(c)) for c in PUBLIC_FIGURES_COLUMNS} for r in records]
        types = set(SOURCE_TYPES)
        bad = [(lines[i] if lines else i + 2) for i, r in enumerate(self.rows)
               if not r["name"] or r["source_type"] not in types or not _MONTH.match(r["from"])
               or (r["to"] and (not _MONTH.match(r["to"]) or r["to"] < r["from"]))]
        if bad:
            raise ValueError(f"{source}: rows on lines {bad[:10]} need a name, one of "
                             f"{SOURCE_TYPES} and periods as YYYY-MM")
        self._by_key: dict[str, list[int]] = {}
        self._by_surname: dict[str, list[int]] = {}
        self._by_loose: dict[str, list[int]] = {}  # keys without middle initials
        person: dict[str, int] = {}  # rows of one person share their name as written
        keys_of: dict[str, tuple[set, set]] = {}  # a person's rows repeat the same names
        for i, r in enumerate(self.rows):
            pid = person.setdefault(name_key(r["name"], initials=True), len(person))
            r["_person"] = pid
            names = r["name"] + ";" + r["aliases"]
            if names not in keys_of:
                parts = [n for n in names.split(";") if n.strip()]
                keys_of[names] = ({k for k in (name_key(n, initials=True) for n in parts) if " " in k},
                                  {k for k in (name_key(n) for n in parts) if " " in k})
            strict, loose = keys_of[names]
            for k in strict:
                self._by_key.setdefault(k, []).append(i)
            for k in loose:
                self._by_loose.setdefault(k, []).append(i)
            if r["surname_alone"]:
                self._by_surname.setdefault(name_key(r["surname_alone"]), []).append(i)

    def __len__(self) -> int:
        return len({r["_person"] for r in self.rows})

    def _candidates(self, name: str) -> list[int]:
        k = name_key(name)
        words = k.split()
        if not words:
            return []
        if len(words) == 1:
            return self._by_surname.get(k, [])
        # as written ("George W. Bush"), then without initials ("Donald J. Trump" ~ "Donald
        # Trump"), then first and last word ("Hillary Rodham Clinton" ~ "Hillary Clinton")
        hit = self._by_key.get(name_key(name, initials=True)) or self._by_loose.get(k)
        if hit is None and len(words) > 2:
            hit = self._by_loose.get(f"{words[0]} {words[-1]}")
        return hit or []

    def lookup(self, name: str, when=None, majority: float | None = None) -> dict | None:
        """The row that types ``name`` at date ``when`` (``YYYY-MM...`` or a Timestamp), or None.

        None when the name is unknown or names several people. Without a date, every date of
        the years the file covers (:data:`COVERED`) is taken as equally likely: when all the
        person's periods agree, the row is the latest one, its ``from`` and ``to`` widened to all
        of them and ``every_period`` set; when they disagree, the type the person held for more
        than half of their months in those years is given (``months`` says how many of how
        many), else None (Donald Trump: a businessman, a candidate and a president in
        2009-2025, none of them for more than half of the time). ``when`` may also be the
        :class:`ArticlePeriod` that :meth:`article_period` infers for an undated article: the
        rows that overlap it decide when one type holds for nearly all its months
        (:data:`_PERIOD_MAJORITY`), else the name is looked up as if undated. ``majority``
        replaces the undated share of more than half (:data:`_MAJORITY`): the typing rules ask
        for two thirds (:data:`OVERRIDE_MAJORITY`) where the file is to override a role the
        article gives.
        """
        rows = self.person(name)
        if not rows:
            return None
        if isinstance(when, ArticlePeriod):
            held = [(r, _overlap(r, when)) for r in rows]
            row = _within(held, when) if any(n for _, n in held) else None
            if row is not None:
                return row
            when = None  # the period does not decide: as if undated
        month = month_of(when)
        if month:
            rows = [r for r in rows if r["from"] <= month and (not r["to"] or month < r["to"])]
            return rows[-1] if rows else None
        if len({r["source_type"] for r in rows}) > 1:
            return _most_of_the_time(rows, _MAJORITY if majority is None else majority)
        # no date: the type of every period, from the first period to the last
        return {**rows[-1], "from": min(r["from"] for r in rows),
                "to": "" if any(not r["to"] for r in rows) else max(r["to"] for r in rows),
                "every_period": True}


    def person(self, name: str) -> list[dict]:
        """The rows of the one person ``name`` gives, [] when it gives none or several.

        >>> [r["source_type"] for r in load_public_figures().person("Obama")]
        ['official', 'former_official']
        """
        rows = [self.rows[i] for i in self._candidates(name)]
        return rows if rows and len({r["_person"] for r in rows}) == 1 else []

    def full_name_in(self, text: str, surname: str) -> str | None:
        """The full name the article writes before ``surname`` ("Sen. Ted Cruz" -> "Ted
        Cruz"), when the file knows it and the article names one such person of the file.

        >>> load_public_figures().full_name_in('"I see Ted Cruz as a conservative."', "Cruz")
        'Ted Cruz'
        """
        found: dict[int, str] = {}
        for m in re.finditer(r"((?:[A-Z][\w'\u2019.\-]*\s+){1,3})" + re.escape(surname) +
                             r"(?![\w\-])", text):
            words = m.group(1).split()
            for k in range(len(words)):  # "Sen. Ted Cruz": the longest run the file knows
                name = " ".join(words[k:] + [surname])
                people = {self.rows[i]["_person"] for i in self._candidates(name)}
                if people:
                    if len(people) == 1:
                        found[people.pop()] = name
                    break
        return next(iter(found.values())) if len(found) == 1 else None

    def article_period(self, text: str) -> ArticlePeriod | None:
        """When an undated article was written, as far as its titles tell: the months in which
        every person it names with a current title ("President Barack Obama", "Sen. Ann
        Example") held a role of that title in this file; None when no such mention is found
        or the mentions disagree.

        Titles after "former", "then", "ex-", "late", "under" or "during" do not count ("under
        President Obama" is history). A person given a title the file does not hold for them
        is left out, not taken as a contradiction.

        >>> figs = load_public_figures()
        >>> p = figs.article_period("President Barack Obama met Sen. Mitch McConnell on Monday.")
        >>> p.spans, p.clues
        ((('2009-01', '2017-01'),), ('President Barack Obama', 'Sen. Mitch McConnell'))
        >>> figs.lookup("Joe Biden", p)["source_type"]
        'official'
        >>> figs.article_period("The former President Barack Obama spoke.") is None
        True
        """
        cache = self.__dict__.setdefault("_periods", {})
        if text in cache:
            return cache[text]  # (source typing asks once per speaker of the article)
        if len(cache) >= 256:
            cache.clear()
        cache[text] = found = self._article_period(text)
        return found

    def _article_period(self, text: str) -> ArticlePeriod | None:
        spans: list[tuple[str, str]] | None = None
        clues: list[str] = []
        for m in _TITLED_NAME_RE.finditer(text):
            before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
            if before and before.group(1).lower() in _PAST_MARKERS:
                continue
            title = m.group("title")
            role_re = next(rx for pat, rx in _TITLE_ROLES if re.fullmatch(pat, title))
            words = m.group("name").split()
            for k in range(len(words), 0, -1):  # "President Obama Tuesday": drop words at the end
                rows = self.person(" ".join(words[:k]))
                if rows:
                    break
            else:
                continue
            held = [(r["from"], r["to"] or COVERED[1]) for r in rows if _holds_title(r["role"], role_re)]
            held = [(a, b) for a, b in held if a < b]
            if not held:
                continue
            spans = held if spans is None else _intersect(spans, held)
            clues.append(f"{title} {' '.join(words[:k])}")
            if not spans:
                break
        return ArticlePeriod(tuple(spans), tuple(clues)) if spans else None


@dataclass(frozen=True)
class ArticlePeriod:
    """The months an undated article was written in, inferred by
    :meth:`PublicFigures.article_period`: ``spans`` are ``(from, to)`` months (``to``
    excluded), ``clues`` the titled mentions that gave them."""

    spans: tuple[tuple[str, str], ...]
    clues: tuple[str, ...]


# a current title right before a name; the pattern of the role words each title needs in the
# file's ``role`` column (first match wins: "Vice President" before "President")
_TITLE_ROLES = [
    (r"Vice[- ]President", r"vice[- ]president"),
    (r"President", r"president"),
    (r"Secretary of State", r"secretary of state"),
    (r"Attorney General", r"attorney general"),
    (r"Sen\.|Senator", r"senator"),
    (r"Rep\.|Representative|Congressman|Congresswoman", r"representative|congress(?:wo)?man"),
    (r"Gov\.|Governor", r"governor"),
    (r"Prime Minister", r"prime minister"),
    (r"(?:House )?Speaker", r"speaker"),
    (r"Chancellor", r"chancellor"),
    (r"Mayor", r"mayor"),
]
_NAME_WORD = r"[A-Z][\w'\u2019\-]*\.?"
_TITLED_NAME_RE = re.compile(
    r"(?<![\w\-])(?P<title>" + "|".join(pat for pat, _ in _TITLE_ROLES) + r")\s+"
    r"(?P<name>" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,3})")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)[\s\-]*$")
# words before a title that make it history or another title ("former President", "under
# President", "Deputy Attorney General", "Vice President")
_PAST_MARKERS = frozenset({"former", "then", "ex", "late", "under", "during", "vice", "deputy",
                           "assistant", "associate"})
_OTHER_ROLE_BEFORE = _PAST_MARKERS - {"under", "during", "late"}


def _holds_title(role: str, role_re: str) -> bool:
    """``role`` (a ``role`` cell) is a role of the title: "U.S. president" for "President",
    not "former president", "vice president", "former acting attorney general" or
    "president-elect"."""
    low = role.lower()
    for m in re.finditer(r"(?<![\w\-])(?:" + role_re + r")(?![\w\-])", low):
        before = re.split(r"[;,(]", low[:m.start()])[-1]  # this role's words before the title
        after = re.split(r"[;,(]", low[m.end():])[0]
        if not (_OTHER_ROLE_BEFORE & set(re.findall(r"[a-z]+", before)) or
                _SEEKING & set(re.findall(r"[a-z]+", before + " " + after))):
            return True
    return False


# a role that seeks the title, not holds it ("candidate for governor", "governor nominee")
_SEEKING = frozenset({"candidate", "nominee", "hopeful", "challenger"})


def _intersect(a: list[tuple[str, str]], b: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The months in both sets of ``(from, to)`` spans."""
    return [(max(x0, y0), min(x1, y1)) for x0, x1 in a for y0, y1 in b if max(x0, y0) < min(x1, y1)]


def _overlap(row: dict, period: ArticlePeriod) -> int:
    """Months of ``period`` within the row's period."""
    end = row["to"] or COVERED[1]
    return sum(_months(max(row["from"], a), min(end, b)) for a, b in period.spans
               if max(row["from"], a) < min(end, b))


def _within(held: list[tuple[dict, int]], period: ArticlePeriod) -> dict | None:
    """The row that types a person within an inferred article period, from their rows and the
    months of the period each covers: the one type of the rows that overlap it, else the type
    held for :data:`_PERIOD_MAJORITY` of its months (None if none is)."""
    held = [(r, n) for r, n in held if n > 0]
    by_type: dict[str, int] = {}
    for r, n in held:
        by_type[r["source_type"]] = by_type.get(r["source_type"], 0) + n
    typ, n = max(by_type.items(), key=lambda kv: kv[1])
    if n < _PERIOD_MAJORITY * sum(by_type.values()):
        return None
    last = [r for r, _ in held if r["source_type"] == typ][-1]
    return {**last, "period": period}


# A period inferred from titles spans years ("President Obama": 2009-2017), and news quotes a
# person most in the months of their public roles, not evenly over the span; so one type must
# fill nearly all of it (Donald Trump in 2009-2017, a businessman for 80% of the months and a
# candidate for the rest, stays undecided)
_PERIOD_MAJORITY = 0.85


#: The years the file covers: an undated article is taken to be from any month of them.
COVERED = ("2009-01", "2025-01")
_MAJORITY = 1 / 2
#: The share an undated look-up needs where it overrides what the article says ("Bo Tran, a
#: spokesman"; an outlet for a partisan commentator): a vague role is still the article's word.
OVERRIDE_MAJORITY = 2 / 3


def _months(a: str, b: str) -> int:
    return (int(b[:4]) - int(a[:4])) * 12 + int(b[5:7]) - int(a[5:7])


def type_months(rows: list[dict]) -> dict[str, int]:
    """Months of :data:`COVERED` a person's rows give each type, in the order of the rows.

    >>> type_months(load_public_figures().person("Barack Obama"))
    {'official': 96, 'former_official': 96}
    """
    lo, hi = COVERED
    by_type: dict[str, int] = {}
    for r in rows:
        a, b = max(r["from"], lo), min(r["to"] or hi, hi)
        if a < b:
            by_type[r["source_type"]] = by_type.get(r["source_type"], 0) + _months(a, b)
    return by_type


def _most_of_the_time(rows: list[dict], majority: float) -> dict | None:
    """The latest row of the type held for more than ``majority`` of the person's months within
    :data:`COVERED`, with ``months`` = (months of that type, all months); None if no type is."""
    by_type = type_months(rows)
    total = sum(by_type.values())
    if not total:
        return None
    typ, n = max(by_type.items(), key=lambda kv: kv[1])
    if n <= majority * total:
        return None
    last = [r for r in rows if r["source_type"] == typ][-1]
    return {**last, "months": (n, total)}


def _cell(v) -> str:
    return "" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v).strip()


@functools.lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int, size: int) -> PublicFigures:
    # the csv module, not pandas: read at the start of every run, and ten times faster
    with open(path, encoding="utf-8", newline="") as fh:
        numbered = [(n, line) for n, line in enumerate(fh, 1) if not line.startswith("#")]
    reader = csv.DictReader(line for _, line in numbered)
    rows = list(reader)
    # (no quoted field spans lines in this file, so row i sits on the i+1-th line kept)
    return PublicFigures(rows, source=path, lines=[n for n, _ in numbered[1:len(rows) + 1]],
                         columns=list(reader.fieldnames or []))


def load_public_figures(path: str | Path | None = None) -> PublicFigures:
    """The public-figures file (default: the bundled ``analysis/data/public_figures.csv``).

    >>> row = load_public_figures().lookup("Mitch McConnell", "2019-06-01")
    >>> row["source_type"], row["party"]
    ('political', 'Republican')
    """
    p = Path(path) if path is not None else PUBLIC_FIGURES_PATH
    st = p.stat()  # an edited file is read again
    return _load(str(p), st.st_mtime_ns, st.st_size)
