"""Source types: give every speaker one of the eight codebook types, and say why.

The types (``../shared/CODEBOOK.md`` section 3) answer the question "official statements versus
partisan commentary": ``official`` (serving state and intergovernmental officials and bodies),
``political`` (legislators, parties, candidates, partisan commentators), ``former_official``,
``expert``, ``media``, ``organization``, ``citizen`` and ``unknown``.

How a speaker is typed, in order (the first that applies wins):

1. the sources registry (``data/sources.csv``, see :mod:`analysis.registry`): a user pins a
   speaker's type by name or alias -> ``type_reason == "registry"``;
2. the role lexicon (``analysis/data/role_lexicon.csv``), matched against everything the
   article says about the speaker: the ``speaker_role`` words, the descriptor itself when the
   speaker is unnamed ("police", "the Kremlin", "The Washington Post"), a title inside the name,
   and, when the article text is given, the titles and appositives around each mention of the
   name ("Pentagon spokesman John Kirby", "Nancy Pelosi, the Speaker of the House,").
   "former"/"ex-"/"who was" switch a role to its ``former_type`` (a former ambassador is
   ``former_official``, a former press secretary ``political``), "incoming"/"-elect" make an
   office-holder ``political``, and a current office beats a former one ->
   ``type_reason == "rule: ..."`` naming the lexicon entry and the words it matched;
   A head or spokesperson takes the type of the body named with them ("the president of the
   chess federation" is ``organization``), a current office beats a former one, and a head of
   government named in a sentence about a rally or campaign is ``political`` (CODEBOOK);
   A party adjective before an office in use ("Republican President X", "Democratic Governor
   Y") does not make the office-holder the party's: the office decides. A capitalised name
   that opens with a state marker (National, Federal, a country or its adjective, "Brazil's")
   and holds an agency noun (Institute, Agency, Centre, Survey, ...) is a state body:
   ``official`` ("Ruritania's National Institute for Space Research"); "the Institute for
   Fiscal Studies" stays ``expert``. A person with no role words named in a sentence with
   campaign words ("running for", "the presumptive nominee", "endorsed" in an article about
   an election) is a candidate -> ``political``;
   a compound speaker ("Ann Cole and Bo Dent") is typed part by part: ``political`` if one
   part is, else the type they agree on;
   a capitalised name ending in a masthead word ("the Springfield Sun", "Lakeside
   Review-Journal", "Example TV") is a news outlet -> ``media``; a person with no role words
   who drafts a bill or speaks "on the parliament floor" is a legislator -> ``political``;
   a head of a body known only by an acronym ("a vice president at PG&E") takes the type of
   the full name the article gives it; a person quoted together with another ("Senator A and
   Governor B said") is typed as the pair;
3. an age in apposition ("Thomas Example, 24,") marks a private person -> ``citizen``;
4. a body the lexicon does not know is typed from the full name the article gives it
   ("Phivolcs" -> "Philippine Institute of Volcanology and Seismology (Phivolcs)"), from the
   plural noun it is listed under ("firms including ... Siemens"), from the noun right before
   its name ("the Greek daily Kathimerini"), and one that "reported" something is ``media``
   -> ``"rule: cue 'reported' -> media"``;
5. a person the article gives no role but general knowledge does (``analysis/data/
   public_figures.csv``, :mod:`analysis.public_figures`: politicians, officials, journalists,
   executives and others often quoted in 2009-2025 news), in the role they held at the
   article's ``published`` date ("McConnell said" -> ``political``; "Peskov said" ->
   ``official``; the article's campaign words still make an office-holder ``political``)
   -> ``type_reason`` starting "public figure:"; it comes before the rule that makes a named
   person with no role a private individual (``citizen``). The file also completes a role that
   leaves open whom it serves ("X, a spokesman,": a campaign's or a ministry's) and tells a
   partisan commentator from a journalist when the article gives only an outlet ("Fox News
   host X": ``political`` for a partisan commentator, CODEBOOK);
6. otherwise ``unknown`` with ``type_reason == "default"``.

Pass the articles (``classify_sources(quotes, articles=articles)``): the words around each
mention of a speaker carry most of the evidence; without them only ``speaker_role`` and the
descriptor are used.

A speaker gets one type per article: the decision is made once per (article, speaker).

>>> import pandas as pd
>>> q = pd.DataFrame({"article_id": ["a"], "speaker": ["Jane Roe"], "named": [True],
...                   "speaker_role": ["Senate Minority Leader"], "cue": ["said"]})
>>> classify_sources(q, registry=False)[["speaker", "source_type"]].to_dict("records")
[{'speaker': 'Jane Roe', 'source_type': 'political'}]
"""
from __future__ import annotations

import csv
import functools
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pandas as pd

from analysis.config import PACKAGE_DATA
from analysis.cue_words import _IRREGULAR_PAST
from analysis.public_figures import OVERRIDE_MAJORITY, ArticlePeriod, month_of, type_months
from analysis.speakers import MARKER_PARTIES, NAME_PARTICLES, ORG_HEADS, PARTY_MARKER_RE, US_STATES

logger = logging.getLogger(__name__)

#: The eight codebook source types, in the codebook's order.
SOURCE_TYPES: list[str] = [
    "official", "political", "former_official", "expert", "media",
    "organization", "citizen", "unknown",
]
#: pandas dtype for ``source_type`` columns (unordered categorical of :data:`SOURCE_TYPES`).
SOURCE_TYPE_DTYPE = pd.CategoricalDtype(SOURCE_TYPES, ordered=False)
#: The role lexicon shipped with the package (a CSV a user can read and extend).
LEXICON_PATH: Path = PACKAGE_DATA / "role_lexicon.csv"

# roles that take the type of the institution they head when the phrase names one
_HEAD_ROLES = {"president", "vice president", "chairman", "chairwoman", "chair", "director",
               "director general", "head", "chief", "leader", "secretary general",
               "general secretary", "chief executive", "ceo", "executive", "founder", "manager",
               "general manager", "spokesman", "spokeswoman", "spokesperson", "official",
               "officer", "administrator", "commissioner", "secretary", "member"}
_KINDS = {"role", "body", "party", "person", "document", "place",
          "masthead", "state_marker", "agency_noun"}
# kinds that are never matched alone: they are the parts of name rules (see _masthead and
# _state_body): "the Springfield Sun" (a masthead word ending a capitalised name) is media,
# "National Institute for Space Research" (a state marker opening an agency's name) official
_NAME_PART_KINDS = {"masthead", "state_marker", "agency_noun"}
_SCOPES = {"any", "descriptor"}

# words that mark the role that follows as one held in the past / in the future / now
_FORMER = re.compile(r"\b(?:former|formerly|ex|onetime|retired|who was|who had been|previously)\b", re.I)
_FUTURE = re.compile(r"\b(?:incoming|designate|elect)\b", re.I)
# name particles that may be lower case inside a person's name
_PARTICLES = {"bin", "ibn", "al", "el", "de", "da", "di", "del", "della", "der", "van", "von",
              "la", "le", "du", "dos", "das", "y", "ben", "abu", "mc", "st"}
# honorifics and titles that are not part of a name (contract: "titles stripped")
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lord", "lady", "jr", "sr"}
# capitalised words that start sentences or clauses and are not names
_CAP_STOP = {"the", "a", "an", "but", "and", "or", "on", "in", "at", "by", "for", "from", "with",
             "as", "after", "before", "when", "while", "since", "also", "meanwhile", "however",
             "then", "yesterday", "today", "earlier", "later", "last", "this", "that", "mr",
             "mrs", "ms", "dr", "sir", "according", "speaking", "asked"}
# words that end a title run before a name ("... said Senator X": the run starts after "said")
_BREAK_WORDS = {
    "said", "says", "say", "told", "tells", "added", "adds", "stated", "wrote", "writes",
    "tweeted", "announced", "claimed", "asked", "noted", "argued", "including", "includes",
    "with", "by", "that", "when", "while", "after", "before", "as", "where", "which", "whom",
    "whose", "but", "against", "between", "than", "called", "calls", "according",
    "was", "is", "were", "are", "had", "has", "have", "met", "meet", "meets", "joined", "urged",
    "thanked", "criticised", "criticized", "praised", "accused", "replaced", "succeeded",
    "appointed", "named", "if", "because", "although", "though", "like", "unlike", "via",
}
# abbreviations whose full stop does not end a sentence
_ABBREV = {"dr", "mr", "mrs", "ms", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt",
           "sgt", "adm", "maj", "rev", "st", "jr", "sr", "no", "vs", "fr", "mt", "ft", "cmdr",
           "pres", "supt", "insp", "det", "hon", "atty", "messrs", "u", "s", "k", "n", "e"}


# --------------------------------------------------------------------------------------------
# text normalisation


# non-ASCII character -> its folded self, filled as characters are met (one str.replace per
# distinct accented character instead of a Python loop over every character)
_FOLD_MAP: dict[int, str] = {ord("ł"): "l", ord("Ł"): "L", ord("ø"): "o", ord("Ø"): "O"}


@functools.lru_cache(maxsize=4096)
def _rx(pattern: str) -> re.Pattern:
    """``re.compile(pattern)``, kept for the run: the patterns built around a speaker's name
    (windows, lists, pairs) are many more than the 512 the ``re`` module keeps, so without this
    every article of a long corpus compiled its own again (and compiling is most of their cost).

    >>> _rx(r"a+b").match("aab").group()
    'aab'
    """
    return re.compile(pattern)


@functools.lru_cache(maxsize=65536)
def _fold(s: str) -> str:
    """Strip accents character by character, keeping the length (offsets stay valid)."""
    if s.isascii():
        return s
    out = s
    for ch in set(s):
        o = ord(ch)
        if o < 128:
            continue
        b = _FOLD_MAP.get(o)
        if b is None:
            base = unicodedata.normalize("NFKD", ch)
            b = base[0] if base else ch
            b = _FOLD_MAP[o] = b if b.isascii() and b.isalnum() else ch
        if b != ch:
            # one C-level replace per distinct accented character: the same string as
            # str.translate with the map (every value is one character), which looks up the
            # dict once per character of the whole text (most of the typing time on long texts)
            out = out.replace(ch, b)
    return out


_DOT_ACRONYM = re.compile(r"\b((?:[A-Za-z]\.){2,})")


def _norm(s: str) -> str:
    """Normalise a phrase for lexicon matching (case kept: CAPITAL patterns are case-sensitive).

    >>> _norm("Ex-Prime Minister of the U.S.'s  Secretary-General")
    'Ex Prime Minister of the US Secretary General'
    """
    return _norm_cached(str(s))


_NORM_TABLE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                             "\u00a0": " ", "\u2013": " ", "\u2014": " "})


@functools.lru_cache(maxsize=65536)
def _norm_cached(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = s.translate(_NORM_TABLE)
    s = _fold(s)
    s = _DOT_ACRONYM.sub(lambda m: m.group(1).replace(".", ""), s)
    s = re.sub(r"'s\b|s'(?=\s|$)", lambda m: "" if m.group(0) == "'s" else "s", s)
    s = re.sub(r"[^\w\s]|_", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def _name_key(s) -> str:
    """Key for comparing speaker names: folded, lower case, no punctuation, no honorifics."""
    if s is None or (isinstance(s, float) and pd.isna(s)):
        return ""
    toks = _norm(str(s)).lower().split()
    while toks and toks[0] in ("the", "a", "an"):
        toks = toks[1:]
    return " ".join(t for t in toks if t not in _HONORIFICS)


# --------------------------------------------------------------------------------------------
# the lexicon


@dataclass(frozen=True)
class LexiconEntry:
    """One row of the role lexicon."""

    pattern: str
    source_type: str
    priority: int
    former_type: str
    kind: str
    scope: str
    note: str = ""


def _word_regex(word: str) -> str:
    """One pattern word: lower case = any case with simple inflection; with capitals = as written."""
    if word == "*":
        return r"[\w]+"
    w = re.escape(word)
    if any(c.isupper() for c in word):
        return w + (r"s?" if word.isupper() else "")
    if word.endswith("man"):
        body = re.escape(word[:-3]) + r"m[ae]n"
    elif word.endswith("person"):
        body = re.escape(word[:-6]) + r"(?:person|persons|people)"
    elif word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        body = re.escape(word[:-1]) + r"(?:y|ies)"
    elif len(word) <= 3:  # abbreviations: "col" must not match "Coles"
        body = w + r"s?"
    elif word.endswith(("s", "x", "z", "ch", "sh")):
        body = w + r"(?:es)?"
    else:
        body = w + r"(?:s|es)?"
    return f"(?i:{body})"


def _pattern_regex(pattern: str) -> str:
    return r"\s+".join(_word_regex(w) for w in pattern.split())


class Lexicon:
    """The role lexicon, indexed by first word; longer phrases win over shorter ones.

    >>> lex = load_lexicon()
    >>> [(m.entry.pattern, m.entry.source_type) for m in lex.find("Pentagon spokesman")]
    [('pentagon', 'official'), ('spokesman', 'official')]
    """

    def __init__(self, entries: list[LexiconEntry], path: Path | None = None):
        self.entries = entries
        self.path = path
        order = sorted(range(len(entries)), key=lambda i: (-len(entries[i].pattern.split()),
                                                           -len(entries[i].pattern)))
        self._ci: dict[str, list[tuple[int, LexiconEntry, re.Pattern]]] = {}
        self._cs: dict[str, list[tuple[int, LexiconEntry, re.Pattern]]] = {}
        self._wild: list[tuple[int, LexiconEntry, re.Pattern]] = []
        # name parts, by folded lower-case word: {"sun": entry}, {"national": entry}, ...
        self.parts: dict[str, dict[str, LexiconEntry]] = {k: {} for k in _NAME_PART_KINDS}
        for e in entries:
            if e.kind in _NAME_PART_KINDS:
                self.parts[e.kind][e.pattern.lower()] = e
        for e in entries:  # countries speak as states: "Brazil's National Institute"
            if e.kind == "place" and e.source_type == "official":
                self.parts["state_marker"].setdefault(e.pattern.lower(), e)
        for rank, i in enumerate(order):
            e = entries[i]
            if e.kind in _NAME_PART_KINDS:
                continue
            item = (rank, e, re.compile(_pattern_regex(e.pattern) + r"(?![\w])"))
            first = e.pattern.split()[0]
            if first == "*":
                self._wild.append(item)
            elif any(c.isupper() for c in first):
                for k in {first, first + "s"} if first.isupper() else {first}:
                    self._cs.setdefault(k, []).append(item)
            else:
                for k in _inflections(first):
                    self._ci.setdefault(k, []).append(item)
        self._cache: dict[tuple[str, frozenset], list[_Match]] = {}
        self._cand_cache: dict[str, list[tuple[int, LexiconEntry, re.Pattern]]] = {}

    def _candidates(self, token: str) -> list[tuple[int, LexiconEntry, re.Pattern]]:
        # the entries a word may open, in rank order: the same for every phrase holding the
        # word, so sorted once per word (callers only read the list)
        got = self._cand_cache.get(token)
        if got is None:
            c = self._ci.get(token.lower(), []) + self._cs.get(token, []) + self._wild
            got = sorted(c, key=lambda x: x[0])
            if len(self._cand_cache) < 100_000:
                self._cand_cache[token] = got
        return got

    def find(self, phrase: str, scopes: Iterable[str] = ("any",)) -> list["_Match"]:
        """Lexicon entries found in ``phrase`` (normalised first), left to right."""
        text = _norm(phrase)
        key = (text, frozenset(scopes))
        if key in self._cache:
            return list(self._cache[key])
        out = []
        pos = 0
        for tm in re.finditer(r"\w+", text):
            if tm.start() < pos:
                continue
            for _, entry, rx in self._candidates(tm.group(0)):
                if entry.scope not in key[1]:
                    continue
                m = rx.match(text, tm.start())
                if m:
                    out.append(_Match(entry, m.group(0), m.start(), m.end(), text))
                    pos = m.end()
                    break
        if len(self._cache) < 50000:
            self._cache[key] = out
        return list(out)

    def whole(self, phrase: str) -> LexiconEntry | None:
        """The entry that covers all of ``phrase`` (leading "the"/"a" ignored), if any."""
        for text in (re.sub(r"^(?i:the|a|an)\s+", "", _norm(phrase)), _norm(phrase)):
            first = text.split(" ", 1)[0] if text else ""
            for _, entry, rx in self._candidates(first):
                if rx.fullmatch(text):
                    return entry
        return None


def _inflections(word: str) -> set[str]:
    """The forms of a lower-case pattern word that the matcher accepts (index keys)."""
    forms = {word, word + "s"}
    if len(word) > 3:
        forms.add(word + "es")
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms.add(word[:-1] + "ies")
    if word.endswith("man"):
        forms.add(word[:-3] + "men")
    if word.endswith("person"):
        forms |= {word[:-6] + "people", word[:-6] + "persons"}
    return forms


@dataclass
class _Match:
    entry: LexiconEntry
    text: str
    start: int
    end: int
    phrase: str  # the normalised phrase it was found in


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Read the role lexicon CSV (lines starting with ``#`` are comments).

    Raises ``ValueError`` naming the line for a bad type, priority, kind or scope.

    >>> lex = load_lexicon()
    >>> len(lex.entries) > 300
    True
    """
    p = Path(path) if path is not None else LEXICON_PATH
    return _load_lexicon_cached(str(p.resolve()), p.stat().st_mtime)


@functools.lru_cache(maxsize=8)
def _load_lexicon_cached(path: str, mtime: float) -> Lexicon:
    entries: list[LexiconEntry] = []
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [(i, line) for i, line in enumerate(fh, start=1)
                 if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        raise ValueError(f"role lexicon {path}: no rows")
    reader = csv.reader([line for _, line in lines])
    header = [h.strip() for h in next(reader)]
    need = ["pattern", "source_type", "priority", "former_type", "kind", "scope"]
    missing = [c for c in need if c not in header]
    if missing:
        raise ValueError(f"role lexicon {path}: missing column(s) {missing}")
    idx = {c: header.index(c) for c in header}
    for (lineno, _), row in zip(lines[1:], reader):
        rec = {c: (row[idx[c]].strip() if idx[c] < len(row) else "") for c in header}
        where = f"role lexicon {path}, line {lineno}"
        pat = re.sub(r"\s+", " ", rec["pattern"]).strip()
        if not pat:
            raise ValueError(f"{where}: empty pattern")
        if rec["source_type"] not in SOURCE_TYPES:
            raise ValueError(f"{where}: source_type {rec['source_type']!r} is not one of {SOURCE_TYPES}")
        former = rec["former_type"] or rec["source_type"]
        if former not in SOURCE_TYPES:
            raise ValueError(f"{where}: former_type {former!r} is not one of {SOURCE_TYPES}")
        try:
            prio = int(rec["priority"])
        except ValueError:
            raise ValueError(f"{where}: priority {rec['priority']!r} is not a whole number") from None
        if rec["kind"] not in _KINDS:
            raise ValueError(f"{where}: kind {rec['kind']!r} is not one of {sorted(_KINDS)}")
        if rec["scope"] not in _SCOPES:
            raise ValueError(f"{where}: scope {rec['scope']!r} is not one of {sorted(_SCOPES)}")
        entries.append(LexiconEntry(pat, rec["source_type"], prio, former, rec["kind"],
                                    rec["scope"], rec.get("note", "")))
    logger.debug("role lexicon %s: %d entries", path, len(entries))
    return Lexicon(entries, Path(path))


# --------------------------------------------------------------------------------------------
# what the article says about a speaker


def _is_person_name(speaker: str, named, lex: Lexicon, text: str | None = None) -> bool:
    """Does ``speaker`` look like a person's name (not a descriptor or a body)?

    A capitalised word the extractor calls unnamed ("Durbin", "Siemens") is a surname when the
    article gives it a first name or a title somewhere ("Dick Durbin", "Senator Durbin"), else
    a body; without the article text it counts as a name.
    """
    s = str(speaker).strip()
    if not s or re.search(r"\d", s) or lex.whole(s) is not None:
        return False
    toks = s.replace("\u00a0", " ").split()
    if not toks or len(toks) > 6 or toks[0].lower() in ("the", "a", "an", "some", "one", "two",
                                                          "several", "many", "other", "both"):
        return False
    if not all(t[0].isupper() or t.lower().strip(".") in _PARTICLES for t in toks):
        return False
    found = lex.find(s, ("any", "descriptor"))
    if any(m.entry.kind in ("body", "place") and m.text[:1].isupper()
           and (m.entry.pattern.isupper() or m.start > 0) for m in found):
        return False  # "ABC Australia", "Ford Motor Company" (not "Church" as a first name)
    if named is not None and not pd.isna(named) and not bool(named):
        # the extractor calls it a descriptor: believe it unless it is only capitalised words
        # that the lexicon does not know ("Durbin" is a surname, "Senate Minority Leader" not)
        if found:
            return False
        if len(toks) == 1 and _is_given_name(toks[0]):
            return True  # "Zoe said": people the article knows by their first name only
        if text and len(toks) == 1:
            for prev in _capitalised_before(text, toks[0]):
                if prev.lower() not in _CAP_STOP and (not lex.find(prev) or
                                                      any(x.entry.kind == "role" for x in lex.find(prev))):
                    return True
            return False
    return True


def _is_given_name(word: str) -> bool:
    """A given name of ``analysis/data/first_names.csv`` (the list the speaker resolution uses
    for he/she), e.g. "Zoe"; names listed for both genders are not in it."""
    from analysis.speakers import first_name_genders
    return _fold(re.sub(r"['\u2019]s?$", "", word)).lower() in first_name_genders()


def _first_name_or_surname(speaker: str, text: str) -> bool:
    """One word that is a given name ("Robert") or follows one or an age in the article
    ("Downey" after "Robert Downey Jr.", "Fourteen-year-old Zoe"): a person known by one
    name, not a body or a stray capital."""
    toks = speaker.split()
    if len(toks) != 1:
        return False
    if _is_given_name(toks[0]):
        return True
    return any(_is_given_name(prev) or _AGED.fullmatch(prev) for prev in _capitalised_before(text, toks[0]))


def _capitalised_before(text: str, word: str):
    """The capitalised words right before each mention of ``word`` in the article (accents
    folded): "Robert" for "Downey" in "Robert Downey Jr.", "Senator" in "Senator Durbin"."""
    w = re.escape(_fold(re.sub(r"['\u2019]s?$", "", word)))
    for m in _rx(r"(?<![\w])([A-Z][\w'\-]*)\.?\s+" + w + r"(?![\w])").finditer(_fold(text)):
        yield m.group(1)


_AGED = re.compile(r"(?i)[\w]+-years?-old")  # "Fourteen-year-old Zoe"


_SENTENCE_REACH = 1000  # characters looked at around a mention (a run-on "sentence" is cut there)
_SENTENCE_END_RE = re.compile(r"[.!?\n](?=\s|$)")


def _sentence_around(folded: str, s: int, e: int) -> str:
    """The sentence holding the mention ``[s, e)``, at most ``_SENTENCE_REACH`` characters on each
    side (the work stays linear in the article's length, even in text without full stops)."""
    a = _sentence_start(folded, s)
    b = _SENTENCE_END_RE.search(folded, e, e + _SENTENCE_REACH)
    return folded[a:b.start() if b else min(len(folded), e + _SENTENCE_REACH)]


def _sentence_start(text: str, pos: int) -> int:
    """Start of the clause that holds ``pos``: after the last hard break before it (at most
    ``_SENTENCE_REACH`` characters back)."""
    i = pos - 1
    stop = max(0, pos - _SENTENCE_REACH)
    while i >= stop:
        ch = text[i]
        if ch in "\n;:!?\"\u201c\u201d[]\u2014\u2013|":
            return i + 1
        if ch == ".":
            m = re.search(r"(\w+)$", text[max(0, i - 12):i])
            word = m.group(1) if m else ""
            if not (word.lower() in _ABBREV or (len(word) == 1 and word.isupper())):
                return i + 1
        i -= 1
    return stop


_PREPOSITIONS = {"of", "to", "for", "by", "with", "against", "on", "about", "from", "at", "in",
                 "into", "over", "under", "after", "before", "between", "among", "toward",
                 "towards", "upon", "within", "without", "and", "or", "the", "a", "an"}


def _is_lexicon_word(word: str, lex: Lexicon | None = None) -> bool:
    """Is ``word`` (lower case) a one-word lexicon entry? ("armed" in "armed forces" is not)."""
    lex = lex or load_lexicon()
    if not hasattr(lex, "_words"):
        lex._words = {e.pattern for e in lex.entries if " " not in e.pattern}
    return word in lex._words


def _pre_title(text: str, start: int, name_tokens: set[str], lex: Lexicon | None = None) -> str:
    """The title run right before a mention: "... Pentagon spokesman |John Kirby|"."""
    seg_start = _sentence_start(text, start)
    seg = text[seg_start:start]
    # a comma ends the run, except "X, Name," apposition handled elsewhere
    if "," in seg:
        seg = seg[seg.rfind(",") + 1:]
    seg = seg.replace("(", " ").replace(")", " ")
    words = seg.split()
    run: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        lw = re.sub(r"[^\w]", "", w.lower())
        if lw in _BREAK_WORDS:
            break
        if lw == "and" and i > 0 and words[i - 1][:1].isupper() and \
                _fold(re.sub(r"[^\w]", "", words[i - 1])).lower() not in name_tokens:
            break  # "Dick Durbin and incoming chair ... Adam Schiff": the run is after "and"
        if ((lw.endswith("ed") and lw not in ("retired", "appointed")) or lw in _IRREGULAR_PAST) \
                and not w[:1].isupper() and not _is_lexicon_word(lw, lex):
            break  # a verb: "Schatz expressed opposition to ... Name", "Judge Ada Kim found Name"
            # is not a title
        run.append(w)
        if len(run) >= 10:
            break
        if lw in ("the", "a", "an") and not (i > 0 and words[i - 1].lower() in ("of", "for")):
            break  # "... reject the views Name": the title run opens at its determiner ("Secretary
            # of the Navy" goes on)
    run.reverse()
    if run and re.sub(r"[^\w]", "", run[-1].lower()) in _PREPOSITIONS:
        return ""  # "the swearing-in of Name", "criticism from Name": not a title
    return " ".join(run)


_COMMA_BEFORE_NAME = re.compile(r",\s*(?:[A-Z][a-z]{0,4}\.?\s+){0,2}$")


def _appositive_before(text: str, start: int, lex: Lexicon | None = None) -> str:
    """"The mayor of London, |Sadiq Example|, said": the determiner phrase before a comma."""
    lex = lex or load_lexicon()
    # allow a short title between the comma and the name: "..., Dr Ali Example". No comma may
    # follow the one the pattern starts with, so only the last comma before the mention can
    # start a match: try there (a search over the whole text before each mention made typing
    # quadratic in the article's length)
    comma = text.rfind(",", 0, start)
    m = _COMMA_BEFORE_NAME.match(text, comma, start) if comma >= 0 else None
    if not m:
        return ""
    end = m.start()
    seg_start = _sentence_start(text, end)
    # a gloss in brackets may hold commas: "the RMT union (National Union of Rail, ...), Name"
    full = re.sub(r"\s*\([^()]*\)", "", text[seg_start:end]).strip()
    seg = full
    if "," in seg:
        seg = seg[seg.rfind(",") + 1:]
    seg = seg.strip(" -\u2014\u2013")
    words = seg.split()
    for i in range(len(words) - 1, -1, -1):  # only the tail after a verb
        if re.sub(r"[^\w]", "", words[i].lower()) in _BREAK_WORDS or \
                (words[i].lower().endswith("ed") and not words[i][:1].isupper()):
            if words[i].lower() in ("by", "to", "with", "from", "for", "at"):
                return ""  # "Reached by the AP on Monday, Name": the object of a preposition
            seg = " ".join(words[i + 1:])
            break
    if re.match(r"(?i)(the|a|an|its|his|her|their|our|one|two|three|four|five|several)\b", seg) \
            and len(seg.split()) <= 14:
        return seg
    opens = full == seg
    if not opens and seg and seg.split()[0].lower() not in _CAP_STOP and seg[:1].isupper() and \
            len(seg.split()) <= 8:
        # a possessive or a capitalised word opens it ("Yesterday, Freedonia's transport
        # secretary, Jan Kowal, said"; "UK transport secretary, Jan Kowal,"), and it ends in a
        # role word, not in a name (a list: "met Senator Ann Cole, Bo Dent, and ...")
        last = re.sub(r"[^\w]", "", seg.split()[-1])
        opens = last.islower() or any(m.entry.kind == "role" and m.end == len(_norm(seg))
                                      for m in lex.find(seg))
    if opens and 0 < len(seg.split()) <= 10 and \
            not seg.split()[0].lower().endswith("ing") and \
            any(m.entry.kind == "role" for m in lex.find(seg)):
        # the sentence opens with it ("Example News's editor, Ann Example, said"), or a
        # possessive does ("Yesterday, Freedonia's transport secretary, Jan Kowal, said")
        return seg
    return ""


# a capitalised phrase ending with one of these is an institution, not a person's name
_INSTITUTION_END = re.compile(r"(?i)\b(corp|corporation|inc|ltd|plc|llc|company|group|party|union|"
                              r"council|committee|university|institute|agency|ministry|department|"
                              r"office|police|court|times|post|news|international|foundation)\.?$")


def _appositive_after(text: str, end: int) -> str:
    """", the Speaker of the House," / "of The Times" / ", who was ..." right after a mention."""
    rest = text[end:end + 200]
    m = re.match(r"\s*\(\s*(\d{1,3})\s*\)", rest) or re.match(r"\s*,\s*(\d{1,3})\s*(?=[,.;)]|$)", rest)
    if m:
        return f"__AGE__ {m.group(1)}"
    m = re.match(r"\s*,?\s*(who\s+(?:is|was|has been|had been|serves as|served as)\b[^,.;:\"\u201c\u201d()]*)", rest)
    if m:
        return m.group(1)
    m = re.match(r"\s*,\s*([^,.;:\"\u201c\u201d()\u2014]{2,120})", rest)
    if m:
        words = m.group(1).split()
        if not words or re.match(r"(?i)(said|says|told|added|wrote|tweeted|and|but|who|which)$", words[0]):
            return ""
        for i, w in enumerate(words):  # ", on Sunday told Agence France-Presse ...": stop at the verb
            if re.sub(r"[^\w]", "", w.lower()) in _BREAK_WORDS:
                words = words[:i]
                break
        if not words:
            return ""
        if words[0][0].isupper() and words[0].lower() not in ("the", "a", "an") and \
                re.search(r"[A-Z][\w'-]+\s+[A-Z][\w'-]+$", m.group(1).strip()) and \
                not _INSTITUTION_END.search(m.group(1).strip()):
            return ""  # a list: "X, Labour MP Jane Example, and ..." is about the next person
        return " ".join(words[:16])
    m = re.match(r"\s+(of\s+(?:the\s+)?(?:[A-Z][\w'\u2019&-]*\s*)+)", rest)
    if m:
        return m.group(1).strip()
    return ""


def _mentions(text: str, speaker: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Spans of the speaker's name in the (accent-folded) text: full name and surname."""
    return list(_mentions_cached(text, speaker, lex))


@functools.lru_cache(maxsize=4096)
def _mentions_cached(text: str, speaker: str, lex: Lexicon) -> tuple[tuple[int, int], ...]:
    folded = _fold(text)
    toks = [t for t in _norm(speaker).split() if t.lower() not in _HONORIFICS]
    if not toks:
        return []
    variants = [" ".join(toks)]
    if len(toks) > 2:
        variants.append(f"{toks[0]} {toks[-1]}")
        variants.append(" ".join(toks[-2:]))  # "Vermont Bernie Sanders" (a place glued on)
    surname = toks[-1] if len(toks) > 1 and len(toks[-1]) > 2 and toks[-1][0].isupper() else None
    spans: list[tuple[int, int]] = []
    # characters inside a span taken already (a mask, not a list of spans to search: a speaker
    # named 50,000 times in one article would make that quadratic)
    taken = bytearray(len(folded))
    for v in variants:
        for a0, b0 in _phrase_spans(folded, v.split()):
            if not taken[a0]:
                spans.append((a0, b0))
                taken[a0:b0] = b"\x01" * (b0 - a0)
    if surname:
        name_low = {t.lower() for t in toks}
        guard = bool(spans)  # the full name occurs, so its first name is reliable
        for m_start, m_end in _phrase_spans(folded, [surname]):
            if taken[m_start]:
                continue
            prev = _CAP_WORD_END.search(folded, max(0, m_start - 40), m_start)
            if prev:
                pw = prev.group(1).lower().rstrip("'")
                if guard and pw not in name_low and pw not in _CAP_STOP and not lex.find(prev.group(1)):
                    continue  # "Usman Example" is not "Sadiq Example"
            spans.append((m_start, m_end))
    return tuple(sorted(spans))


_CAP_WORD_END = re.compile(r"([A-Z][\w'\-]*)\s+$")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _phrase_spans(text: str, toks: list[str]) -> list[tuple[int, int]]:
    """Spans of the words ``toks`` in ``text``, whole words, joined by spaces, dots or hyphens:
    what ``re.finditer(r"(?<!\\w)t1[\\s.\\-]+t2(?!\\w)", text)`` finds, without compiling
    a pattern per speaker (compiling cost more than the search)."""
    out: list[tuple[int, int]] = []
    if not toks:
        return out
    first, n, i = toks[0], len(text), 0
    while True:
        p = text.find(first, i)
        if p < 0:
            return out
        if p > 0 and _is_word_char(text[p - 1]):
            i = p + 1
            continue
        j, ok = p + len(first), True
        for t in toks[1:]:
            k = j
            while k < n and (text[k].isspace() or text[k] in ".-"):
                k += 1
            if k == j or not text.startswith(t, k):
                ok = False
                break
            j = k + len(t)
        if ok and (j >= n or not _is_word_char(text[j])):
            out.append((p, j))
            i = j
        else:
            i = p + 1


# campaign words: a person named in a sentence with them is campaigning (CODEBOOK: candidates
# and campaigns are political; a head of government campaigning is political)
_CAMPAIGN = re.compile(
    r"(?i)\b(rall(?:y|ies)|campaign trail|campaigning|campaign (?:event|speech|stop|trip|ad|rally|"
    r"office|manager|website|video|message|appearance)s?|(?:pre-?|re-?)?election campaign|"
    r"(?:his|her|their|presidential|electoral|mayoral|gubernatorial|re-?election) campaign|"
    r"stump speech|presumptive (?:presidential )?nominee|candidacy|"
    r"(?:running|ran|run|runs) for (?:the )?(?:re-?election|president|presidency|office|governor|"
    r"mayor|senate|congress|parliament|(?:\w+ )?(?:seat|nomination)))\b")
# words that are campaign words only in an article about an election ("endorsed the plan" in a
# budget story is not a campaign)
_CAMPAIGN_ELECTION = re.compile(
    r"(?i)\b((?:presidential|party's|Democratic|Republican) (?:nominee|nomination|bid|race|primary|"
    r"primaries|debate)|endors(?:e|ed|es|ing|ement|ements)|(?:his|her|their) bid for|primaries|"
    r"caucus(?:es)?|delegates|seek(?:s|ing)? (?:re-?election|a second term|the (?:\w+ )?nomination)|"
    r"re-?election bid|vice presidential (?:pick|running mate|nominee))\b")
# a person with no role words who drafts a bill or speaks on a chamber's floor is a legislator
_LEGISLATING = re.compile(
    r"(?i)\b((?:introduced|sponsored|co-?sponsored|tabled|drafted|authored) (?:the|a|an|his|her) "
    r"(?:\w+ )?(?:bill|motion|amendment|legislation)|(?:bill|motion|amendment|legislation) "
    r"(?:was|were) (?:drafted|introduced|sponsored|tabled|authored) by|"
    r"(?:on|from) the (?:parliament|senate|house|assembly|chamber|commons)(?:'s)? floor)\b")
_ELECTION = re.compile(r"(?i)\b(elections?|electoral|primar(?:y|ies)|caucus(?:es)?|candidates?|"
                       r"nominee)\b")


@functools.lru_cache(maxsize=256)
def _about_election(folded: str) -> bool:
    """Does the (folded) article speak of an election? Once per article, not per speaker."""
    return bool(_ELECTION.search(folded))


def _campaigning(text: str, speaker: str, lex: Lexicon) -> str:
    """The campaign words of a sentence that names the speaker ("... at the rally, including X").

    Only in an article about an election ("endorsed the plan" in a budget story is not a
    campaign).
    """
    folded = _fold(text)
    election = _about_election(folded)
    for s, e in _mentions(text, speaker, lex):
        sent = _sentence_around(folded, s, e)
        m = _CAMPAIGN.search(sent) or (_CAMPAIGN_ELECTION.search(sent) if election else None)
        if m:
            return m.group(0)
    return ""




def _party_marker(text: str, speaker: str, lex: Lexicon) -> tuple[str, str] | None:
    """The party marker after a mention of the speaker ("Ted Cruz (R-Texas)", "Ann Holm (D)",
    "Pelosi, D-Calif.,"): (the marker, the party), or None."""
    folded = _fold(text)
    for _, e in _mentions(text, speaker, lex):
        m = PARTY_MARKER_RE.match(folded, e)
        if m:
            return m.group(0).strip(" ,"), MARKER_PARTIES[m.group(1) or m.group(2)]
    return None


def _legislating(text: str, speaker: str, lex: Lexicon) -> str:
    """Words of a sentence naming the speaker that show them legislating ("drafted the bill")."""
    folded = _fold(text)
    for s, e in _mentions(text, speaker, lex):
        m = _LEGISLATING.search(_sentence_around(folded, s, e))
        if m:
            return m.group(0)
    return ""


def _masthead(speaker: str, text: str | None, cues: Iterable[str], lex: Lexicon) -> str:
    """The masthead word that makes ``speaker`` a news outlet ("the Springfield Sun"), or "".

    A capitalised name of two or more words ending in a ``masthead`` row of the lexicon is an
    outlet when the row's priority is 85 or more ("... Times", "... Tribune", "... TV"), or, for
    words that also end other names ("Sun", "Post", "Star", "Express"), when the article writes
    it with "the" or it "reported" something.
    """
    s = re.sub(r"['\u2019]s?$", "", _fold(str(speaker)).strip())
    # "Example Broadcasting Corporation", "Example News Network": the masthead before the suffix
    s, suffixed = re.subn(r"(?<=\w)\s+(?:Corporation|Corp|Company|Co|Network|Service|Group|"
                          r"Limited|Ltd|Inc)\.?$", "", s)
    m = re.fullmatch(r"(?:(?:the|The)\s+)?((?:[A-Z][\w'&.]*[\s\-]+){1,5})([A-Z][\w]*)", s)
    if not m:
        return ""
    entry = lex.parts["masthead"].get(m.group(2).lower())
    if entry is None or (suffixed and entry.priority < 85):
        return ""
    if entry.priority >= 85 or s[:4].lower() == "the ":
        return m.group(2)
    if any(re.search(r"(?i)report|according|wrote|publish", str(c)) for c in cues):
        return m.group(2)
    if text and _rx(r"(?i:\bthe)\s+" + re.escape(s) + r"(?!\w)").search(_fold(text)):
        return m.group(2)
    return ""


_CONNECT = {"of", "for", "and", "on", "the", "de", "del", "da", "&"}


def _state_body(phrase: str, lex: Lexicon) -> tuple[str, LexiconEntry] | None:
    """A state agency named in ``phrase``: a capitalised name that opens with a state marker
    (National, Federal, a country or its adjective, "Brazil's") and holds an agency noun
    (Institute, Agency, Centre, Survey, Service, ...): "Ruritania's National Institute for Space
    Research", "the Chilean Institute of Volcanology" -> (the name, the noun's lexicon row).
    "The Institute for Fiscal Studies" (no marker) is not one.
    """
    nouns, markers = lex.parts["agency_noun"], lex.parts["state_marker"]
    if not nouns or not markers:
        return None
    cache = lex.__dict__.setdefault("_state_cache", {})
    if phrase in cache:
        return cache[phrase]
    toks = re.findall(r"[\w&]+(?:['\u2019]s)?", _fold(phrase).replace(".", ""))
    out = None
    for i, t in enumerate(toks):
        noun = nouns.get(t.lower())
        if noun is None or not t[:1].isupper():
            continue
        j = i  # walk back over the capitalised name ("National Oceanic and Atmospheric ...")
        while j > 0 and (toks[j - 1][:1].isupper() or toks[j - 1].lower() in _CONNECT) and i - j < 8:
            j -= 1
        while j < i and toks[j].lower() in _CONNECT:
            j += 1
        if j == i:
            continue
        words = [re.sub(r"['\u2019]s$", "", w).lower() for w in toks[j:i]]
        # the marker opens the name, or follows a possessive ("Ruritania's National ...")
        starts = [0] + [n + 1 for n in range(len(words) - 1) if toks[j + n].endswith(("'s", "\u2019s"))]
        if any(" ".join(words[st:st + k]) in markers for st in starts for k in (3, 2, 1)
               if len(words) - st >= k):
            k = i + 1  # the rest of the name: "... for Space Research"
            while k < len(toks) and (toks[k][:1].isupper() or toks[k].lower() in _CONNECT):
                k += 1
            while k > i + 1 and toks[k - 1].lower() in _CONNECT:
                k -= 1
            out = (" ".join(toks[j:k]), noun)
            break
    if len(cache) < 50000:
        cache[phrase] = out
    return out


_CAP_RUN = r"(?:[A-Z][\w'\-]*|of|and|for|the|on|de|du)"


def _full_body_names(text: str, speaker: str, limit: int = 3) -> list[str]:
    """Longer capitalised names in the text that contain (or are abbreviated by) ``speaker``."""
    folded = _fold(text)
    name = re.sub(r"^(?i:the)\s+", "", _fold(speaker.strip()))
    name = re.sub(r"['\u2019]s?$", "", name)
    if not name or not name[0].isupper():
        return []
    out: list[str] = []
    # every match holds the name, so only the stretches around its first word are scanned (a
    # whole article per speaker cost more than the rest of the typing)
    windows = _windows_around(folded, name.split()[0], 2 * len(name) + 600, 600)
    if not windows:
        return []
    esc = r"\s+".join(re.escape(t) for t in name.split())
    # "Full Name (ACRONYM)"
    if "(" in folded:
        rx = _rx(r"((?:[A-Z][\w'\-]*\s+(?:(?:of|and|for|the|on)\s+)*){1,8})\(\s*" + esc + r"\s*\)")
        for a, b in windows:
            for m in rx.finditer(folded, a, b):
                out.append(m.group(1).strip())
    # a capitalised run with the name inside: "the United States Department of Defense"
    rx = _rx(r"(?<![\w])((?:[A-Z][\w'\-]*\s+(?:(?:of|and|for|the|on)\s+)?){0,6})" + esc +
                    r"((?:\s+(?:(?:of|and|for|the|on)\s+)?[A-Z][\w'\-]*){0,6})")
    for a, b in windows:
        for m in rx.finditer(folded, a, b):
            full = (m.group(1) + name + m.group(2)).strip()
            if full != name:
                out.append(full)
    return list(dict.fromkeys(out))[:limit]


def _windows_around(text: str, word: str, after: int, before: int) -> list[tuple[int, int]]:
    """Disjoint stretches ``[start, end)`` of ``text`` reaching ``before`` characters before and
    ``after`` characters past every occurrence of ``word`` (overlapping stretches merged)."""
    out: list[tuple[int, int]] = []
    i = text.find(word)
    while i >= 0:
        a, b = max(0, i - before), min(len(text), i + after)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
        i = text.find(word, i + 1)
    return out


_LIST_WORDS = re.compile(r"(?i)(?<![\w])(?:including|such as|like|among them)\s+")
_LIST_NOUN = re.compile(r"(?i)\b(\w+s)\s*,?\s+$")


def _listed_under(text: str, name: str) -> str:
    """The plural noun a name is listed under: "firms including X, Y and |Siemens|" -> "firms"."""
    folded = _fold(text)
    esc = r"\s+".join(re.escape(t) for t in _fold(name.strip()).split())
    if not esc:
        return ""
    # the list word first, then the plural noun before it and the name after it (one scan of
    # the text for the few list words instead of a try at every word)
    after = None
    for list_end, noun in _list_openings(folded):
        if after is None:
            after = _rx(r"[^.;:\n]{0,160}?(?<![\w])" + esc + r"(?![\w])")
        if after.match(folded, list_end):
            return noun
    return ""


@functools.lru_cache(maxsize=256)
def _list_openings(folded: str) -> tuple[tuple[int, str], ...]:
    """Where each list after a plural noun opens in the (folded) text, with that noun: the same
    for every speaker of the article, so found once per article, not once per speaker."""
    out: list[tuple[int, str]] = []
    for m in _LIST_WORDS.finditer(folded):
        noun = _LIST_NOUN.search(folded, max(0, m.start() - 80), m.start())
        if noun is not None:
            out.append((m.end(), noun.group(1)))
    return tuple(out)


def _context_phrases(text: str, speaker: str, lex: Lexicon, limit: int = 12) -> list[str]:
    """Role phrases the article attaches to each mention of a named speaker."""
    folded = _fold(text)
    name_tokens = {t.lower() for t in _norm(speaker).split()}
    out: list[str] = []
    for s, e in _mentions(text, speaker, lex)[:limit]:
        for ph in (_pre_title(folded, s, name_tokens, lex), _appositive_before(folded, s, lex),
                   _appositive_after(folded, e)):
            if ph and ph not in out:
                out.append(ph)
    return out


# --------------------------------------------------------------------------------------------
# the decision


@dataclass
class _Evidence:
    source_type: str
    priority: int
    former: bool
    entry: LexiconEntry | None
    matched: str
    phrase: str
    where: str


_CAPITAL_POSSESSIVE_RE = re.compile(r"\b([A-Z][a-z]+)['’]s(?=\s+[A-Z])")


def _role_possessive_names(phrase: str, lex: Lexicon) -> str:
    """``phrase`` without a capitalised role word in the possessive that opens a proper name:
    "the King's Fund think tank" is a think tank, not a king ("Queen's University"); "the
    king's adviser" keeps its king. The caller keeps the phrase as written when the rest says
    nothing ("the District Attorney's Office" is the attorney's)."""
    if "'" not in phrase and "’" not in phrase:
        return phrase
    return _CAPITAL_POSSESSIVE_RE.sub(
        lambda m: " " if (e := lex.whole(m.group(1))) is not None and e.kind == "role" else m.group(0), phrase)


def _evidence(phrase: str, where: str, lex: Lexicon, scopes: tuple[str, ...]) -> list[_Evidence]:
    if phrase.startswith("__AGE__"):
        return [_Evidence("citizen", 35, False, None, phrase.split()[1], phrase, where)]
    ev: list[_Evidence] = []
    norm = _norm(phrase)
    former = bool(_FORMER.search(norm))
    future = bool(_FUTURE.search(norm))
    current = bool(re.search(r"(?i)\b(current|currently|now|incumbent|sitting|acting)\b", norm))
    bare = _role_possessive_names(phrase, lex)
    # (the name's own words decide when they say something; else the phrase as written)
    found = (lex.find(bare, scopes) if bare != phrase else []) or lex.find(phrase, scopes)
    for m in found:
        e = m.entry
        t = e.source_type
        is_former = False
        if former and not current and e.kind in ("role", "body", "place"):
            t, is_former = e.former_type, True
        elif future and t == "official" and e.kind == "role" and e.priority >= 70:
            t = "political"
        ev.append(_Evidence(t, e.priority, is_former, e, m.text, phrase, where))
    state = _state_body(phrase, lex)
    if state is not None:  # "Ruritania's National Institute for Space Research"
        name, noun = state
        e = LexiconEntry(f"state {noun.pattern}", noun.source_type, noun.priority,
                         noun.former_type, "body", "any", noun.note)
        t = e.former_type if former and not current else e.source_type
        ev.append(_Evidence(t, e.priority, t != e.source_type, e, name, phrase, where))
    return ev


def _choose(ev: list[_Evidence]) -> _Evidence | None:
    """Highest priority wins; a current office (priority >= 70) beats a former one."""
    if not ev:
        return None
    # "press secretary" and "former press secretary" about one person: the bare mention lost
    # its "former" (a sentence-initial "Former" is easily dropped), so the former one stands
    former_entries = {id(x.entry) for x in ev if x.former}
    ev = [x for x in ev if x.former or id(x.entry) not in former_entries]
    best = max(ev, key=lambda x: (x.priority, not x.former))
    if best.entry is not None and best.entry.pattern in _HEAD_ROLES:
        # "the president of the country's chess federation", "Acme Corp chairman": a head
        # speaks for the body they head, as a spokesperson does
        bodies = [x for x in ev if x.phrase == best.phrase and x.entry is not None
                  and x.entry.kind in ("body", "party") and x.priority >= 50
                  and not _party_adjective(x, best)]
        if bodies:
            body = max(bodies, key=lambda x: x.priority)
            if body.source_type != best.source_type:
                best = body
    if best.former:
        current = [x for x in ev if not x.former and x.priority >= 70]
        if current:
            best = max(current, key=lambda x: x.priority)
    return best


def _party_adjective(party: _Evidence, role: _Evidence) -> bool:
    """"Republican President", "Democratic Governor": a party word before an office of state
    or government is a label, not the body headed ("President of the Republican Party" is)."""
    if party.entry is None or party.entry.kind != "party" or role.priority < 80 or \
            re.search(r"(?i)\bparty\b", party.matched):
        return False
    ph = _norm(party.phrase).lower()
    p, r = ph.find(party.matched.lower()), ph.find(role.matched.lower())
    return 0 <= p < r


def _affiliation(ev: list[_Evidence], chosen: _Evidence) -> str:
    bodies = [x for x in ev if x.entry is not None and x.entry.kind == "body"
              and x.source_type == chosen.source_type and x.phrase == chosen.phrase]
    if not bodies:
        bodies = [x for x in ev if x.entry is not None and x.entry.kind == "body"
                  and x.source_type == chosen.source_type]
    return bodies[0].matched if bodies else ""


def _party(ev: list[_Evidence]) -> str:
    """The party the evidence names, as one spelling per party (:func:`party_name`)."""
    parties = [x for x in ev if x.entry is not None and x.entry.kind == "party"]
    if not parties:
        return ""
    m = parties[0]
    if m.entry.pattern in ("party", "national committee"):
        # the capitalised name before the word: "Thai Raksa Chart Party", "Aam Aadmi Party",
        # "National Front party", "Ba'ath Party", "Democratic National Committee" (not a
        # possessive: "Le Pen's National Front party"; nothing for "the party")
        mm = _PARTY_NAME_BEFORE.search(m.phrase, 0, m.phrase.find(m.matched) + len(m.matched))
        return party_name(mm.group(0)) if mm else ""
    # "Labour Party", "Democratic Party": the whole name
    mm = re.search(re.escape(m.matched) + r"\s+(?i:party)\b", m.phrase)
    return party_name(mm.group(0) if mm else m.matched)


_PARTY_NAME_BEFORE = re.compile(r"(?:[A-Z](?:[\w\-]|'(?!s\b))*\s+){1,4}(?i:party|parties|national committee)\b")
# one spelling for the parties news names in several ways (the marker letters' names for the U.S.)
_R, _D, _I = MARKER_PARTIES["R"], MARKER_PARTIES["D"], MARKER_PARTIES["I"]
_PARTY_SPELLINGS = {
    "republican": _R, "republicans": _R, "gop": _R,
    "democrat": _D, "democrats": _D, "democratic": _D,
    "independent": _I,
    "labour": "Labour Party", "conservative": "Conservative Party",
    "conservatives": "Conservative Party", "tory": "Conservative Party", "tories": "Conservative Party",
    "liberal democrat": "Liberal Democrats", "liberal democrats": "Liberal Democrats",
    "lib dem": "Liberal Democrats", "lib dems": "Liberal Democrats",
}


def party_name(name: str) -> str:
    """One spelling per party: "Republican Party", "Republicans" and "GOP" are "Republican",
    "Democrats" and "Democratic National Committee" "Democratic", "Tory" "Conservative Party";
    other names stay as written; a lower-case word (an ideology, "conservative") or a phrase
    that names no party ("the party") gives "".

    >>> [party_name(x) for x in ("GOP", "The Democratic National Committee", "Tories",
    ...                          "Aam Aadmi Party", "conservative", "the party")]
    ['Republican', 'Democratic', 'Conservative Party', 'Aam Aadmi Party', '', '']
    """
    words = str(name).split()
    while words and words[0].lower() in _PARTY_LEAD_WORDS:
        words = words[1:]  # "For Libertarian Party nominee ...", "Former Labour Party leader"
    name = " ".join(words)
    if not name[:1].isupper():
        return ""
    low = re.sub(r"\s+(?:party|national committee)$", "", name.lower())
    if low in ("party", "parties", "national committee"):
        return ""
    # a U.S. state's or the country's branch of the two parties: "Maryland Democratic Party"
    place, _, rest = low.rpartition(" ")
    if rest in ("democratic", "republican") and (place in ("us", "u.s.", "u.s") or
                                                  place.title() in US_STATES):
        return _PARTY_SPELLINGS[rest]
    return _PARTY_SPELLINGS.get(low, name)


# words a capitalised run may open with that are not part of a party's name
_PARTY_LEAD_WORDS = frozenset("the a an for in at as by with from to on of and but former then "
                              "ex while when after before since under".split())


def classify_speaker(speaker: str, *, named=None, roles: Iterable[str] = (),
                     cues: Iterable[str] = (), text: str | None = None, registry=None,
                     lexicon: Lexicon | None = None, when=None, figures=None) -> dict:
    """Type one speaker; returns ``source_type``, ``type_reason``, ``affiliation``, ``party``.

    See :func:`_classify_alone` for the rules. A speaker quoted together with another person
    ("Senator Ann Cole and her colleague Bo Dent said") is typed as the pair: ``political`` if
    either is, else their shared type (an unknown part defers to the other).

    >>> text = "Senator Ann Cole and her colleague Bo Dent said the bill was dead."
    >>> classify_speaker("Bo Dent", cues=["said"], text=text, registry=False)["source_type"]
    'political'
    """
    cues = [str(c) for c in cues]
    lex = lexicon or load_lexicon()
    own = _classify_alone(speaker, named=named, roles=roles, cues=cues, text=text,
                          registry=registry, lexicon=lex, when=when, figures=figures)
    if not text or own["type_reason"] == "registry" or own["type_reason"].startswith("rule: compound"):
        return own
    name = _strip_lead(str(speaker or ""), lex)
    if not re.fullmatch(_NAME_RUN, name) or lex.whole(name) is not None:
        return own  # only people: "his supporters", "the ministry" are not part of a pair
    partner = _co_speaker(text, name, cues, lex)
    if not partner:
        return own
    other = _classify_alone(partner, named=True, text=text, registry=registry, lexicon=lex,
                            when=when, figures=figures)
    types = {own["source_type"], other["source_type"]} - {"unknown"}
    # a person typed citizen only for lack of any role defers to the partner, as unknown does
    weak = own["source_type"] == "unknown" or own["type_reason"] == _NO_ROLE_REASON
    if "political" in types and own["source_type"] != "political":
        pick = other
    elif weak and other["source_type"] not in ("unknown", own["source_type"]):
        pick = other
    else:
        return own
    return {"source_type": pick["source_type"],
            "type_reason": f"rule: compound speaker (with '{partner}' {other['source_type']}; "
                           f"alone {own['source_type']})",
            "affiliation": pick["affiliation"], "party": pick["party"]}


_NAME_RUN = r"(?:[A-Z][\w.'\-]*\s+){0,4}[A-Z][\w'\-]+"
# a scientist by the form of the word: "Egyptologist", "astrophysicist", "neuroscientist",
# "geochemist" (the lexicon lists whole words; these compounds are open-ended)
_SCIENTIST_WORD = r"(?i)\b\w*(?:ologist|physicist|scientist|chemist)s?\b"
_SCIENTIST_ENTRY = LexiconEntry("-ologist/-physicist/-scientist/-chemist", "expert", 60, "expert",
                                "role", "any")


def _co_speaker(text: str, speaker: str, cues: list[str], lex: Lexicon) -> str:
    """The other person of "A and B <cue>" / "<cue> A and B" when the speaker is A or B."""
    verbs = {c.split()[0].lower() for c in cues if c.split() and c.split()[0].isalpha()}
    verbs -= {"according", "in", "on", "the", "a", "to", "as", "at"}
    if not verbs or not speaker:
        return ""
    folded = _fold(text)
    spans = [(s, e) for s, e in _mentions(text, speaker, lex)
             if re.match(r"\s+(?:and|&)\s", folded[e:e + 6]) or " and " in folded[max(0, s - 40):s]
             or "&" in folded[max(0, s - 40):s]]
    if not spans:  # no "and" next to any mention: no pair
        return ""
    # the patterns need a cue verb next to a mention: look for the words before compiling them
    near = " ".join(folded[max(0, s - 120):e + 120].lower() for s, e in spans)
    if not any(v in near for v in verbs):
        return ""
    key = "|".join(sorted(map(re.escape, verbs)))
    verb_after, verb_end = _co_verb_patterns(key)
    for s, e in spans:
        after, before = folded[e:e + 120], folded[max(0, s - 120):s]
        # "Bo Dent and Senator Ann Cole said" / "said Bo Dent and Ann Cole"
        m = _after_pair_match(after, verbs, key)
        if m is None and verb_end.search(before):
            m = _AFTER_NAME.match(after)
        if m:
            return m.group(1)
        # "Senator Ann Cole and her colleague Bo Dent said" / "said Ann Cole and Bo Dent"
        mb = _PAIR_BEFORE.search(before)
        if mb and (verb_after.match(after) or verb_end.search(before[:mb.start()])):
            return mb.group(1)
    return ""


_PAIR_BEFORE = re.compile(r"(" + _NAME_RUN + r")\s+(?:and|&)\s+(?:(?:his|her|their|the)\s+[a-z]+\s+|"
                          r"(?:[A-Z][\w.]*\s+){1,3})?$")


_AFTER_NAME = re.compile(r"\s+(?:and|&)\s+(?:(?:his|her|their|the)\s+[a-z]+\s+)?(" + _NAME_RUN + r")")


def _after_pair_pattern(verbs: str) -> str:
    return (r"\s+(?:and|&)\s+(?:(?:his|her|their|the)\s+[a-z]+\s+)?(" + _NAME_RUN +
            r")(?:,[^,]{1,60},)?\s+(?:\w+ly\s+)?(?i:(" + verbs + r"))\b")


@functools.lru_cache(maxsize=1)
def _all_cue_verbs() -> tuple[frozenset, re.Pattern]:
    """Every one-word cue form, and the pair pattern for all of them (compiled once)."""
    from analysis.quotes import load_cues
    forms = frozenset(f for f in load_cues() if f.isalpha())
    return forms, re.compile(_after_pair_pattern("|".join(sorted(map(re.escape, forms)))))


@functools.lru_cache(maxsize=1024)
def _after_pair_for(verbs: str) -> re.Pattern:
    return re.compile(_after_pair_pattern(verbs))


def _after_pair_match(after: str, verbs: set[str], key: str):
    """``A and B <verb>`` with one of ``verbs``: matched with the pattern of every cue verb,
    compiled once; only when it stops at a verb the speaker was not quoted with is the
    pattern of the speaker's own verbs compiled. Same match either way: the verb slot comes last
    and holds one whole word, so the first way through that fits the speaker's verbs is the
    first way through that fits all verbs."""
    forms, rx = _all_cue_verbs()
    if verbs <= forms:
        m = rx.match(after)
        if m is None or m.group(2).lower() in verbs:
            return m
    return _after_pair_for(key).match(after)


@functools.lru_cache(maxsize=1024)
def _co_verb_patterns(verbs: str) -> tuple[re.Pattern, re.Pattern]:
    """The verb patterns of :func:`_co_speaker` for one set of cue verbs (small; compiled once
    per set: the module-level ``re`` cache is too small for the per-speaker patterns)."""
    verb = r"(?i:" + verbs + r")\b"
    return (re.compile(r"(?:,[^,]{1,60},)?\s+(?:\w+ly\s+)?" + verb),
            re.compile(verb + r"\s+$"))


def _classify_alone(speaker: str, *, named=None, roles: Iterable[str] = (),
                    cues: Iterable[str] = (), text: str | None = None, registry=None,
                    lexicon: Lexicon | None = None, when=None, figures=None) -> dict:
    """Type one speaker by the registry and the rules (the module docstring lists them).

    >>> classify_speaker("John Example", roles=["former White House press secretary"],
    ...                  registry=False)["source_type"]
    'political'
    >>> classify_speaker("the Kremlin", named=False, registry=False)["type_reason"]
    "rule: 'kremlin' -> official (descriptor 'the Kremlin')"
    """
    lex = lexicon or load_lexicon()
    reg = _resolve_registry(registry)
    speaker = "" if speaker is None or (isinstance(speaker, float) and pd.isna(speaker)) else str(speaker)
    if reg is not None and speaker:
        hit = reg.lookup(speaker)
        if hit is None:  # "Pentagon spokesman John Kirby": look up the name at the end
            m = re.search(r"(?:[A-Z][\w.'\-]*\s+){1,4}[A-Z][\w'\-]+$", speaker)
            if m and m.start() > 0:
                hit = reg.lookup(m.group(0))
        if hit is not None:
            return {"source_type": hit["source_type"], "type_reason": "registry",
                    "affiliation": hit.get("affiliation", ""), "party": hit.get("party", "")}
    speaker = _strip_lead(speaker, lex)
    parts = _compound_parts(speaker, lex)
    if parts:  # "Ann Cole and Bo Dent": two people quoted together
        return _classify_compound(parts, named=named, roles=roles, cues=cues, text=text,
                                  registry=reg if reg is not None else False, lexicon=lex,
                                  when=when, figures=figures)
    head = _masthead(speaker, text, cues, lex) if speaker else ""
    if head and any(m.entry.source_type == "media" for m in lex.find(speaker, ("any", "descriptor"))):
        head = ""  # the lexicon knows the outlet by name ("The Washington Post")
    if head:  # "the Springfield Sun reported": a news outlet by its masthead
        return {"source_type": "media",
                "type_reason": f"rule: masthead '{head}' -> media (descriptor '{speaker}')",
                "affiliation": re.sub(r"^(?i:the)\s+", "", speaker), "party": ""}
    person = _is_person_name(speaker, named, lex, text) if speaker else False
    ev: list[_Evidence] = []
    if speaker and not person:
        lead = re.sub(r"^(?i:the|a|an)\s+", "", _norm(speaker)).lower()
        # a country speaks as a state only when it opens the descriptor ("Turkey", "the US
        # government"), not inside a name ("Sustainable Australia", a party)
        ev += [x for x in _evidence(speaker, "descriptor", lex, ("any", "descriptor"))
               if x.entry is None or x.entry.kind != "place" or lead.startswith(x.matched.lower())]
    elif person:
        # a title written into the name ("Queen Elizabeth II", "Pope Example")
        last = _norm(speaker).split()[-1].lower() if _norm(speaker).split() else ""
        for x in _evidence(speaker, "name", lex, ("any",)):
            if x.entry is not None and x.entry.kind == "role" and x.matched[:1].isupper() and \
                    not _norm(x.matched).lower().endswith(last):
                ev.append(x)  # "Queen Elizabeth II", "U.S. Congressman Tom Example" (not "Ann Bishop")
    for r in roles:
        if r is None or (isinstance(r, float) and pd.isna(r)):
            continue
        for part in str(r).split(";"):  # several roles may come "; "-joined
            if part.strip() and not _CLAUSE.search(part):
                ev += _evidence(part.strip(), "role", lex, ("any",))
    if person and text:
        for ph in _context_phrases(text, speaker, lex):
            ev += _evidence(ph, "article", lex, ("any",))
    if person or not ev:  # also a descriptor the lexicon does not know ("Egyptologists said")
        for w in re.findall(_SCIENTIST_WORD, " ".join([speaker] + [str(r) for r in roles
                                                                       if isinstance(r, str)])):
            where = ("name" if person else "descriptor") if w in speaker else "role"
            ev.append(_Evidence("expert", 60, False, _SCIENTIST_ENTRY, w, w, where))
            break  # "Immunologist Ann Example", "Egyptologists": scientists
    flipped = False
    if person and not ev and text and named is not None and not pd.isna(named) and not bool(named):
        person, flipped = False, True  # the extractor's "unnamed" may be right: try a body
    if not ev and speaker and not person and text:
        # "Phivolcs" -> "Philippine Institute of Volcanology and Seismology (Phivolcs)",
        # "Defense" -> "Department of Defense": the full name the article gives the body
        for full in _full_body_names(text, speaker):
            if flipped and _rx(r"(?<![\w])[A-Z][a-z][\w'\-]*\s+" + re.escape(speaker.split()[0])).search(
                    _fold(full)) and not lex.find(full.split()[0], ("any", "descriptor")):
                continue  # "Doris Day Animal Foundation" is named after Day, the person
            ev += _evidence(full, "article", lex, ("any", "descriptor"))
        if not ev:  # "German firms including Acme, Zentrix and Siemens": one of the firms
            ev += _evidence(_listed_under(text, speaker), "article", lex, ("any",))
        if not ev and not flipped:  # "Greek daily Kathimerini said": the words before the name
            folded = _fold(text)
            for s0, _ in _mentions(text, speaker, lex)[:6]:
                pre = _pre_title(folded, s0, set(), lex).split()
                if pre:  # only the noun right before the name: "daily", "carmaker", "firm"
                    ev += [x for x in _evidence(pre[-1], "article", lex, ("any", "descriptor"))
                           if x.entry is not None and x.entry.kind in ("body", "role")]
    best = _choose(ev)
    if best is None and person and text:
        words = _campaigning(text, speaker, lex)
        if words:  # "X, endorsed for this year's presidential election": a candidate
            return {"source_type": "political",
                    "type_reason": f"rule: campaign words -> political (article '{words}')",
                    "affiliation": "", "party": ""}
        words = _legislating(text, speaker, lex)
        if words:  # "The bill was drafted by X, who said on the parliament floor": a legislator
            return {"source_type": "political",
                    "type_reason": f"rule: legislating -> political (article '{words}')",
                    "affiliation": "", "party": ""}
    if best is None and speaker:
        # (after the article's campaign and legislating words: "a head of government ...
        # campaigning is political", whatever office the file gives)
        known = _public_figure(speaker, when, figures, text)
        if known is not None:  # CODEBOOK: where the article leaves it open, general knowledge
            return _figure_type(known)
    if best is not None and text and best.entry is not None and best.entry.pattern in _HEAD_ROLES:
        # "a vice president at PG&E": the body is an acronym the lexicon does not know; the article's
        # full name for it decides ("Pacific Gas and Electric Company" -> organization)
        m = re.search(r"\b(?:at|of|for)\s+(?:the\s+)?([A-Z][A-Z0-9&.\-]+)(?![\w&])", best.phrase)
        if m and not lex.find(m.group(1), ("any", "descriptor")) and not any(x.phrase == best.phrase and x.entry is not None and
                         x.entry.kind in ("body", "place", "party") for x in ev):
            body_ev = []
            for full in _full_body_names(text, m.group(1)):
                body_ev += [x for x in _evidence(full, "article", lex, ("any", "descriptor"))
                            if x.entry is not None and x.entry.kind == "body" and x.priority >= 50]
            if body_ev:
                body = max(body_ev, key=lambda x: x.priority)
                if body.source_type != best.source_type:
                    return {"source_type": body.source_type,
                            "type_reason": f"rule: '{best.entry.pattern}' of '{m.group(1)}' -> "
                                           f"{body.source_type} (article '{body.phrase}')",
                            "affiliation": body.matched, "party": _party(ev)}
    if best is not None and person and best.source_type == "media":
        # "Fox News host X said": the outlet makes a journalist media, but the codebook puts
        # partisan commentators in political whoever employs them; general knowledge of the
        # person tells which of the two they are
        known = _public_figure(speaker, when, figures, text, OVERRIDE_MAJORITY)
        if known is not None and known["source_type"] == "political":
            return _figure_type(known, f" (article: '{best.matched}' -> media)")
    if best is not None and speaker and best.entry is not None and best.entry.pattern in _BARE_ROLES \
            and not any(x.entry is not None and x.entry.kind in ("body", "place", "party") for x in ev):
        # "Bo Tran, a spokesman, said": the article leaves open whom the role serves, which
        # decides the type (a campaign's spokesman is political, a ministry's official);
        # general knowledge of the person tells, before the guess that a body the lexicon does
        # not know is a company
        known = _public_figure(speaker, when, figures, text, OVERRIDE_MAJORITY)
        if known is not None:
            return _figure_type(known, f" (article: '{best.matched}' alone)")
    if best is not None and best.source_type == "official" and best.entry is not None and \
            best.entry.pattern in _SPOKES_ROLES and \
            not any(x.entry is not None and x.entry.kind in ("body", "place", "party") for x in ev):
        # "spokesperson for" + "Acme Buses": the extractor may give the body as the speaker
        completes = bool(re.search(r"\b(?:for|of|at)\s*$", best.phrase))
        body = _unknown_body_spoken_for(speaker if not person or completes else "", best.phrase, lex)
        if body:  # CODEBOOK: "a Ford spokesperson" is organization; the lexicon knows the
            # state's bodies, so a body it does not know is most likely a company or a group
            return {"source_type": "organization",
                    "type_reason": f"rule: '{best.entry.pattern}' for unlisted body '{body}' -> "
                                   f"organization",
                    "affiliation": body, "party": ""}
    if best is not None and person and text and best.source_type in ("official", "former_official") and \
            best.entry is not None and best.entry.kind == "role" and best.entry.priority == 80:
        words = _campaigning(text, speaker, lex)
        if words:  # CODEBOOK: the same head of government campaigning is political
            return {"source_type": "political",
                    "type_reason": f"rule: '{best.entry.pattern}' campaigning -> political "
                                   f"(article '{words}')",
                    "affiliation": _affiliation(ev, best), "party": _party(ev)}
    if best is None and speaker and _DOMAIN.search(speaker):
        # "according to Politics1.com": a website cited as the source of a claim (CODEBOOK:
        # reports cited as the source of a claim are media)
        return {"source_type": "media", "type_reason": f"rule: web address '{speaker}' -> media",
                "affiliation": speaker, "party": ""}
    if best is None:
        rep = next((c for c in cues if re.search(r"(?i)\breport(?:s|ed|ing)?\b", str(c))), None)
        # (the verb, not "told reporters": a politician speaking to the press is no outlet)
        if speaker and not person and rep is not None and re.match(r"[A-Z]", speaker.strip()):
            # an unlisted name that "reported" something: a news outlet (CODEBOOK: reports cited
            # as the source of a claim are media)
            return {"source_type": "media", "type_reason": f"rule: cue '{rep}' -> media",
                    "affiliation": speaker, "party": ""}
        body, phrase = _of_body(text, speaker, lex) if person and text else ("", "")
        if not body and person:
            # "the Harbour Trust's Ada Kim": the role is a body in the possessive (a body's word
            # such as Trust, Bank, Fund in it; not "Trump's")
            body = next((m.group(1) for r in roles if isinstance(r, str)
                         and (m := _POSSESSIVE_BODY_RE.fullmatch(r.strip()))
                         and any(w.lower() in ORG_HEADS for w in m.group(1).split())), "")
        # the body's words decide ("of worldwide victim group X": the group, not "victim")
        known = _choose([x for x in _evidence(phrase, "article", lex, ("any", "descriptor"))
                         if x.entry is not None and x.entry.kind in ("body", "party")]) if phrase else None
        if known is not None:  # "Ada Kim of advocacy group X": what the lexicon says of the body
            return {"source_type": known.source_type,
                    "type_reason": f"rule: '{known.entry.pattern if known.entry else known.matched}' -> "
                                   f"{known.source_type} (article '{phrase.strip()}')",
                    "affiliation": body, "party": ""}
        if body:
            # "Ada Kim of the Harbour Trust": a representative of a body the lexicon does not know (it knows the state's bodies), so a company or a group (CODEBOOK:
            # representatives take the type of whom they represent)
            return {"source_type": "organization",
                    "type_reason": f"rule: of unlisted body '{body}' -> organization",
                    "affiliation": body, "party": ""}
        named_here = named is not None and not pd.isna(named) and bool(named)
        if text and ((person and named_here) or (flipped and _first_name_or_surname(speaker, text))) and \
                _norm(speaker).split()[-1].lower() not in _DOCUMENT_HEADS:
            # CODEBOOK: a person the article names but gives no office, post, expertise or
            # body is a private individual speaking for themselves (news gives officials,
            # experts and representatives their role); also a single name the extractor left
            # unnamed when it reads as a person's ("Zoe", or "Downey" after "Robert Downey")
            # and no body of that name is in the article
            marker = _party_marker(text, speaker, lex) if person and named_here else None
            if marker is not None:  # "Tim Huelskamp (R-Kan.) said": US style names a legislator
                # with party and state (CODEBOOK: legislators speak as partisans)
                return {"source_type": "political",
                        "type_reason": f"rule: party marker '{marker[0]}' -> political",
                        "affiliation": "", "party": marker[1]}
            undecided = _undecided_figure(speaker, when, figures, text)
            if undecided:  # a person of public roles is no private individual
                return {"source_type": "unknown", "type_reason": undecided,
                        "affiliation": "", "party": ""}
            return {"source_type": "citizen",
                    "type_reason": _NO_ROLE_REASON,
                    "affiliation": "", "party": ""}
        return {"source_type": "unknown", "type_reason": "default", "affiliation": "", "party": ""}
    if best.entry is None:
        reason = f"rule: age in apposition -> citizen ({best.where} '{best.matched}')"
    else:
        pre = "former " if best.former else ""
        phrase = best.phrase if len(best.phrase) <= 80 else best.phrase[:77] + "..."
        reason = f"rule: {pre}'{best.entry.pattern}' -> {best.source_type} ({best.where} '{phrase}')"
    return {"source_type": best.source_type, "type_reason": reason,
            "affiliation": _affiliation(ev, best), "party": _party(ev)}


# last words of a capitalised document title ("Republic Act", "Official Secrets Act"): the
# title of a law or report is not a person's name
_DOCUMENT_HEADS = {"act", "law", "bill", "code", "decree", "report", "treaty", "accord",
                   "agreement", "convention", "constitution", "charter", "declaration",
                   "resolution", "statement", "order", "directive", "regulation", "protocol"}
_DOMAIN = re.compile(r"(?i)\b[\w\-]+\.(?:com|org|net|info|news|co\.uk|org\.uk|com\.au)\b")
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w\-]*'s\s+)?(?:[a-z][\w\-]*\s+){0,4}"
                      r"[\"\u201c]?([A-Z][\w'&\-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+|on\s+|the\s+)*"
                      r"[A-Z][\w'&\-]*)*)")


_BODY_NOUN = re.compile(r"(?i)\b(?:group|company|firm|charity|organi[sz]ation|association|union|"
                        r"society|club|network|coalition|campaign|trust|foundation|institute|"
                        r"centre|center|council|agency|business|brand|label|startup|team)\b")


def _of_body(text: str, speaker: str, lex: Lexicon) -> tuple[str, str]:
    """(body, phrase) for a person who is "of" a capitalised body in the article ("Ada Kim of
    advocacy group Clear Water Now", "Bo Tran of the Harbour Trust"); ("", "") if none."""
    folded = _fold(text)
    for _, e in _mentions(text, speaker, lex)[:6]:
        m = _OF_BODY.match(folded, e, min(len(folded), e + 160))
        # one capitalised word after "of" is mostly a place ("MP Ann Cole of Hillford"): a body
        # needs two words or a noun saying what it is ("of advocacy group Clear")
        if m and len(m.group(1)) > 2 and (len(m.group(1).split()) > 1 or _BODY_NOUN.search(m.group(0))):
            return m.group(1), m.group(0)
    return "", ""


_NO_ROLE_REASON = "rule: named person with no role in the article -> citizen"
# a capitalised body in the possessive, as a role: "Bank of England's", "the Harbour Trust's"
_POSSESSIVE_BODY_RE = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w&.\-]*\s+(?:(?:of|and|for|the|&)\s+)*)*"
                                 r"[A-Z][\w&.\-]*)['’]s")


def _resolve_figures(figures):
    """The public-figures file to use: ``None`` the bundled one, ``False`` none (returns None),
    a path, or a loaded :class:`analysis.public_figures.PublicFigures`."""
    if figures is False:
        return None
    from analysis.public_figures import PublicFigures, load_public_figures

    return figures if isinstance(figures, PublicFigures) else load_public_figures(figures)


def _public_figure(speaker: str, when, figures, text: str | None = None,
                   majority: float | None = None) -> dict | None:
    """The row of the public-figures file (:mod:`analysis.public_figures`) that types
    ``speaker`` at the article's date ``when``; None when there is none or ``figures`` is False.

    Without a date, the period the article's titles give (:meth:`PublicFigures.article_period`)
    stands for it. A surname alone that the file does not resolve is looked up by the full
    name the article gives it, also inside a quote or a headline ("I see Ted Cruz as ...",
    then "Cruz said"), when the article gives one person of that surname. ``majority``: the
    share of the months an undated look-up needs (:meth:`PublicFigures.lookup`).
    """
    figs = _resolve_figures(figures)
    if figs is None:
        return None
    if text and not isinstance(when, ArticlePeriod) and _month_of(when) is None:
        when = figs.article_period(text)
    return figs.lookup(_figure_name(figs, speaker, text), when, majority)


def _figure_name(figs, speaker: str, text: str | None) -> str:
    """The name to look ``speaker`` up by: as written when the file knows it, else, for a
    surname alone, the one full name of the file the article writes for it ("Ted Cruz")."""
    if text and len(speaker.split()) == 1 and speaker[:1].isupper() and not figs.person(speaker):
        return figs.full_name_in(text, speaker) or speaker
    return speaker


def _undecided_figure(speaker: str, when, figures, text: str | None) -> str:
    """The reason to leave unknown a speaker of an undated article whom the public-figures file
    knows but cannot type ("Obama": a president for 96 months of 2009-2025 and a former
    president for 96), "" otherwise: whichever role they spoke in, the file says they are no
    private individual, so the no-role default (citizen) does not apply."""
    figs = _resolve_figures(figures)
    if figs is None or _month_of(when) is not None:
        return ""
    rows = figs.person(_figure_name(figs, speaker, text))
    months = type_months(rows)
    if not months:
        return ""
    held = ", ".join(f"{t} {n}" for t, n in months.items())
    return (f"public figure: '{rows[0]['name']}' (no article date, and no type for more than half "
            f"of their months in 2009-2025: {held}) -> unknown")


def _month_of(when) -> str | None:
    """``YYYY-MM`` of an article date, None when there is none (an inferred period is none)."""
    return None if isinstance(when, ArticlePeriod) else (month_of(when) or None)


def _figure_type(row: dict, note: str = "") -> dict:
    """The type a public figure's row gives, with the row (and ``note``) as the reason."""
    period = f"{row['from']} to {row['to'] or 'on'}"
    if row.get("period"):
        clues = "', '".join(row["period"].clues)
        when = f"{row['role']}, {period}; no article date, its titles place it then: '{clues}'"
    elif row.get("every_period"):
        when = f"every period {period}, latest: {row['role']}"
    elif row.get("months"):
        n, total = row["months"]
        when = f"no article date: {row['source_type']} for {n} of their {total} months in " \
               f"2009-2025, latest as {row['role']}"
    else:
        when = f"{row['role']}, {period}"
    return {"source_type": row["source_type"],
            "type_reason": f"public figure: '{row['name']}' ({when}) -> {row['source_type']}{note}",
            "affiliation": "", "party": party_name(row["party"])}


_SPOKES_ROLES = {"spokesman", "spokeswoman", "spokesperson"}
# roles whose type depends on whom they serve, which the article may not say
_BARE_ROLES = _SPOKES_ROLES | {"aide", "adviser", "advisor"}
_BODY_RUN = r"[A-Z][\w&'\-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&'\-]*){0,5}"


def _unknown_body_spoken_for(descriptor: str, phrase: str, lex: Lexicon) -> str:
    """The capitalised body a spokesperson speaks for when the lexicon does not know it:
    the descriptor itself ("Acme Buses", typed unnamed) or the name in the role phrase
    ("spokesperson for Acme Buses", "an Acme Buses spokesman"); "" when there is none."""
    cands = []
    if descriptor and re.fullmatch(_BODY_RUN, descriptor.strip()) and \
            descriptor.split()[0].lower() not in ("a", "an", "the"):
        cands.append(descriptor.strip())
    m = re.search(r"\b(?:for|of|at)\s+(?:the\s+)?(" + _BODY_RUN + r")", phrase)
    if m:
        cands.append(m.group(1))
    # "A spokesperson": the capital A opens the sentence, it is no body
    m = re.search(r"(?:^|\b(?:a|an|the)\s+)(?!(?i:a|an|the)\s)(" + _BODY_RUN + r")(?:'s)?\s+(?i:spokes)",
                  phrase)
    if m:
        cands.append(m.group(1))
    for c in cands:
        if not lex.find(c, ("any", "descriptor")):
            return c
    return ""


# a role given as a whole clause ("the Democratic Party is scheduled to continue ...") is not
# about the speaker; "who was the special envoy" is
_CLAUSE = re.compile(r"(?i)^(?!\s*who\b).*\b(?:is|are|was|were|will|would|has|have|had)\s+\w+")

_LEAD_JUNK = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "yesterday", "today", "tonight", "although", "unlike", "after", "afterwards", "when", "while", "next", "nevertheless",
              "meanwhile", "however", "then", "also", "but", "and", "so", "as", "if", "though",
              "since", "because", "before", "during", "despite", "according", "later", "earlier",
              "still", "instead", "now", "yet", "thus", "asked", "speaking", "whereas"}


def _strip_lead(speaker: str, lex: Lexicon) -> str:
    """Drop sentence words glued to the front of a name: "Although Biden" -> "Biden",
    "Twitter West" -> "West" (a platform name before a person's name)."""
    toks = speaker.split()
    while len(toks) > 1 and (toks[0].lower().strip(",") in _LEAD_JUNK or
                             (toks[1][:1].isupper() and any(
                                 m.entry.kind == "body" and m.entry.scope == "descriptor"
                                 and m.text == _norm(toks[0]) for m in lex.find(toks[0], ("descriptor",))))):
        toks = toks[1:]
    return " ".join(toks)


_PERSONISH = re.compile(r"(?:[A-Z][\w'.\-]*\s+){0,4}[A-Z][\w'\-]+")


def _compound_parts(speaker: str, lex: Lexicon) -> list[str]:
    """The people of a compound speaker ("Ann Cole and Bo Dent", "Senator Cole and Dent"), or [].

    Only names on both sides: "Department of Health and Human Services" and "Reuters and NBC"
    (a body the lexicon knows, or not names) are left whole.
    """
    m = re.fullmatch(r"(.+?)\s+(?:and|&)\s+(.+)", speaker.strip())
    if not m:
        return []
    a, b = m.group(1).strip(" ,"), m.group(2).strip(" ,")
    if not (_PERSONISH.fullmatch(a) and _PERSONISH.fullmatch(b)):
        return []
    if any(x.entry.kind in ("body", "place", "party") for x in lex.find(speaker, ("any", "descriptor"))):
        return []
    return [a, b]


def _classify_compound(parts: list[str], **kw) -> dict:
    """Type each person of a compound speaker; a legislator or candidate among them makes the
    pair ``political``, otherwise they take the type they agree on (an unknown part defers to
    the other; when they differ, the first part's type)."""
    res = [classify_speaker(p, **kw) for p in parts]
    known = [r for r in res if r["source_type"] != "unknown"]
    why = "; ".join(f"'{p}' {r['source_type']}" for p, r in zip(parts, res))
    if not known:
        return {"source_type": "unknown", "type_reason": "default", "affiliation": "", "party": ""}
    pol = [r for r in known if r["source_type"] == "political"]
    pick = pol[0] if pol else known[0]
    how = "agree" if len({r["source_type"] for r in known}) == 1 else \
        ("one is political" if pol else "first part")
    return {"source_type": pick["source_type"],
            "type_reason": f"rule: compound speaker ({how}: {why})",
            "affiliation": pick["affiliation"], "party": pick["party"]}


def _resolve_registry(registry):
    from analysis import registry as regmod

    if registry is False:
        return None
    if registry is None:
        return regmod.default_registry()
    if isinstance(registry, regmod.Registry):
        return registry
    if isinstance(registry, pd.DataFrame):
        return regmod.Registry(registry)
    return regmod.load_registry(registry)


def _group_keys(articles: list[str], speakers: list[str]) -> list[str]:
    """(article, speaker) keys; a surname-only speaker joins the one full name it ends."""
    keys = [_name_key(s) for s in speakers]
    names_by_article: dict[str, dict[str, None]] = {}
    for a, k in zip(articles, keys):
        names_by_article.setdefault(a, {})[k] = None
    remap: dict[tuple[str, str], str] = {}
    for art, names in names_by_article.items():
        multi = [n for n in names if len(n.split()) > 1]
        for n in names:
            if n and len(n.split()) == 1:
                full = [m for m in multi if m.split()[-1] == n]  # "Denton" -> "Carla Denton"
                if not full:  # "Rossello" -> "Ricardo Rossello Nevares" (two surnames)
                    full = [m for m in multi if len(m.split()) > 2 and m.split()[-2] == n]
                if not full:  # "Ford" -> "Ford Motor Company"
                    full = [m for m in multi if m.split()[0] == n]
                if len(full) == 1:
                    remap[(art, n)] = full[0]
    return [a + "\x1f" + remap.get((a, k), k) for a, k in zip(articles, keys)]


def classify_sources(quotes: pd.DataFrame, registry=None, *,
                     articles: pd.DataFrame | None = None,
                     lexicon: Lexicon | str | Path | None = None,
                     figures=None) -> pd.DataFrame:
    """Add ``source_type``, ``type_reason``, ``affiliation``, ``party`` to a quotes frame.

    Uses per quote: ``speaker``, ``named``, ``speaker_role``, ``cue`` (missing columns are
    treated as empty) and, when ``articles`` (``article_id``, ``text``) is given, the words
    the article puts around each mention of a named speaker. The decision is made once per
    (article, speaker), so a speaker has one type per article.

    ``registry``: ``None`` uses the project registry ``data/sources.csv`` when it exists,
    ``False`` uses none, or pass a path, a DataFrame or an :class:`analysis.registry.Registry`.

    ``figures``: the general knowledge used for a speaker the article gives no role
    (:mod:`analysis.public_figures`): ``None`` uses the bundled file, ``False`` none, or pass
    a path or a :class:`analysis.public_figures.PublicFigures`. The article's ``published``
    date, when the articles frame has one, picks the period of the person's roles.

    >>> import pandas as pd
    >>> q = pd.DataFrame({"article_id": ["a", "a"], "speaker": ["police", "Ann Example"],
    ...                   "named": [False, True], "speaker_role": ["", "a resident"],
    ...                   "cue": ["said", "said"]})
    >>> classify_sources(q, registry=False)["source_type"].tolist()
    ['official', 'citizen']
    """
    out = quotes.copy()
    if len(out) == 0:
        for c in ("type_reason", "affiliation", "party"):
            out[c] = pd.Series([], dtype=object)
        out["source_type"] = pd.Categorical([], dtype=SOURCE_TYPE_DTYPE)
        return out
    lex = lexicon if isinstance(lexicon, Lexicon) else load_lexicon(lexicon)
    reg = _resolve_registry(registry)
    n = len(out)

    def column(name, default):
        return out[name].tolist() if name in out else [default] * n

    def present(v) -> bool:
        return v is not None and not (isinstance(v, float) and pd.isna(v)) and v is not pd.NA

    articles_col = [str(a) for a in column("article_id", "")]
    speakers_col = ["" if not present(s) else str(s) for s in column("speaker", "")]
    named_col = column("named", None)
    roles_col = column("speaker_role", "")
    cues_col = column("cue", "")
    texts: dict[str, str] = {}
    dates: dict[str, object] = {}
    if articles is not None and len(articles) and "text" in articles:
        texts = dict(zip(articles["article_id"].astype(str),
                         articles["text"].fillna("").astype(str)))
    if articles is not None and len(articles) and "published" in articles:
        dates = dict(zip(articles["article_id"].astype(str), articles["published"]))
    figures = _resolve_figures(figures) or False  # loaded once for the whole frame
    keys = _group_keys(articles_col, speakers_col)
    # rows per (article, speaker) group, in order of first appearance (plain lists: a pandas
    # groupby with per-group column access cost more than the rules themselves)
    groups: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        groups.setdefault(k, []).append(i)
    results: dict[str, dict] = {}
    for key, rows in groups.items():
        # the fullest name of the group speaks for it ("Stavridis" -> "James Stavridis")
        speaker = max((speakers_col[i] for i in rows), key=lambda s: (len(s.split()), len(s)))
        named_vals = [named_col[i] for i in rows if present(named_col[i])]
        named = any(bool(v) for v in named_vals) if named_vals else None
        roles = list(dict.fromkeys(str(roles_col[i]) for i in rows
                                   if present(roles_col[i]) and str(roles_col[i]).strip()))
        cues = [str(cues_col[i]) for i in rows if present(cues_col[i]) and str(cues_col[i]).strip()]
        results[key] = classify_speaker(speaker, named=named, roles=roles, cues=cues,
                                        text=texts.get(articles_col[rows[0]]),
                                        registry=reg if reg is not None else False, lexicon=lex,
                                        when=dates.get(articles_col[rows[0]]), figures=figures)
    res = [results[k] for k in keys]
    out["source_type"] = pd.Categorical([r["source_type"] for r in res], dtype=SOURCE_TYPE_DTYPE)
    out["type_reason"] = [r["type_reason"] for r in res]
    out["affiliation"] = [r["affiliation"] for r in res]
    out["party"] = [r["party"] for r in res]
    return out


# --------------------------------------------------------------------------------------------
# one row per speaker


SOURCES_COLUMNS = ["speaker", "aliases", "speaker_role", "affiliation", "party", "source_type",
                   "type_reason", "n_quotes", "n_words", "n_articles", "articles"]


def _as_value(v) -> str | None:
    """``v`` as the string a mode counts, or None for no value (None, NaN, "")."""
    if v is None or (isinstance(v, float) and pd.isna(v)):
        return None
    s = str(v)
    return s if s != "" else None


def _group_modes(codes: list[int], values: Iterable, n_groups: int) -> list[str]:
    """Most frequent value (ties: first seen) within each group code 0..n_groups-1, in one pass."""
    counts: dict[tuple[int, str], int] = {}
    for g, v in zip(codes, values):
        s = _as_value(v)
        if s is not None:
            counts[(g, s)] = counts.get((g, s), 0) + 1
    # dicts keep insertion order, so the first key reaching the top count was seen first
    out = [""] * n_groups
    top = [0] * n_groups
    for (g, s), c in counts.items():
        if c > top[g]:
            top[g], out[g] = c, s
    return out


def _surname_remap(keys: Iterable[str]) -> dict[str, str]:
    """Surname-only key -> the single multi-word key in ``keys`` ending with it."""
    by_last: dict[str, list[str]] = {}
    singles = []
    for k in set(keys):
        parts = k.split()
        if len(parts) > 1:
            by_last.setdefault(parts[-1], []).append(k)
        elif len(parts) == 1:
            singles.append(k)
    return {k: by_last[k][0] for k in singles if len(by_last.get(k, ())) == 1}


def _middle_name_remap(keys: set[str]) -> dict[str, str]:
    """First-and-last-name key -> the single longer key in ``keys`` with the same first and last
    word ("paul ryan" -> "paul d ryan"; "george bush" joins neither "george w bush" nor "george
    p bush" when both are there)."""
    split = {k: k.split() for k in keys}
    longer: dict[tuple[str, str], list[str]] = {}
    for k, parts in split.items():
        if len(parts) > 2:
            longer.setdefault((parts[0], parts[-1]), []).append(k)
    return {k: longer[(parts[0], parts[1])][0] for k, parts in split.items()
            if len(parts) == 2 and len(longer.get((parts[0], parts[1]), ())) == 1}


def _looks_like_a_name(speaker: str) -> bool:
    """A person's name as the extractor writes it: capitalised words (and particles such as
    "von"), no article before them."""
    words = speaker.split()
    return len(words) >= 2 and words[0] not in {"The", "A", "An"} and all(
        w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words)


#: What decided a type, by the start of its ``type_reason``, in the order :func:`type_basis` lists
TYPE_BASES = {"registry": "your registry (data/sources.csv)", "manual": "a human coder",
              "rule": "the article's words (role lexicon and rules)",
              "public figure": "general knowledge (analysis/data/public_figures.csv)",
              "default": "nothing (default: unknown)"}


def type_basis(quotes: pd.DataFrame) -> pd.DataFrame:
    """How the types of a quotes table were decided: one row per basis (:data:`TYPE_BASES`)
    with ``quotes``, ``speakers`` (distinct per article) and ``share`` of the quotes, so a
    reader sees how much rests on the article's own words and how much on the bundled
    general knowledge or on nothing at all.

    >>> import pandas as pd
    >>> q = pd.DataFrame({"article_id": ["a", "a", "b"], "speaker": ["Ann Example"] * 2 + ["police"],
    ...                   "type_reason": ["public figure: 'Ann Example' (...) -> political"] * 2
    ...                                  + ["rule: 'police' -> official (descriptor 'police')"]})
    >>> type_basis(q)[["basis", "quotes", "speakers"]].to_dict("records")
    [{'basis': 'rule', 'quotes': 1, 'speakers': 1}, {'basis': 'public figure', 'quotes': 2, 'speakers': 1}]
    """
    reasons = quotes["type_reason"].fillna("").astype(str) if "type_reason" in quotes else \
        pd.Series([""] * len(quotes), index=quotes.index)
    basis = reasons.map(lambda r: next((b for b in TYPE_BASES if r == b or r.startswith(b)),
                                       "default"))
    keys = quotes["article_id"].astype(str) + "\x00" + quotes["speaker"].astype(str) \
        if {"article_id", "speaker"} <= set(quotes.columns) else \
        pd.Series(range(len(quotes)), index=quotes.index)
    rows = []
    for b, what in TYPE_BASES.items():
        hit = basis == b
        if hit.any():
            rows.append({"basis": b, "decided_by": what, "quotes": int(hit.sum()),
                         "speakers": int(keys[hit].nunique()),
                         "share": round(float(hit.mean()), 3)})
    return pd.DataFrame(rows, columns=["basis", "decided_by", "quotes", "speakers", "share"])


def sources(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per speaker in the corpus: who they are, their type and how often they speak.

    A surname alone joins the single full name in the corpus that ends with it, and a first and
    last name the single fuller form of it ("Paul Ryan" with "Paul D. Ryan"; "George Bush" with
    neither when "George W. Bush" and "George P. Bush" are both quoted).

    Columns: ``speaker`` (fullest name seen), ``aliases`` (other names and descriptors seen,
    "; "-joined), ``speaker_role``, ``affiliation``, ``party``, ``source_type`` (the most
    frequent over the speaker's quotes), ``type_reason``, ``n_quotes``, ``n_words`` (words
    quoted), ``n_articles``, ``articles`` ("; "-joined ids). Sorted by ``n_quotes``
    (descending) then ``speaker``. Runs :func:`classify_sources` first when the quotes have
    no ``source_type`` yet.

    >>> import pandas as pd
    >>> q = pd.DataFrame({"article_id": ["a", "b"], "speaker": ["Ann Example", "Ann Example"],
    ...                   "text": ["We will win.", "Yes."], "speaker_role": ["Senator", ""]})
    >>> sources(q)[["speaker", "source_type", "n_quotes", "n_words"]].to_dict("records")
    [{'speaker': 'Ann Example', 'source_type': 'political', 'n_quotes': 2, 'n_words': 4}]
    """
    q = quotes if "source_type" in quotes else classify_sources(quotes)
    if len(q) == 0:
        out = pd.DataFrame({c: pd.Series([], dtype=object) for c in SOURCES_COLUMNS})
        out["source_type"] = pd.Categorical([], dtype=SOURCE_TYPE_DTYPE)
        for c in ("n_quotes", "n_words", "n_articles"):
            out[c] = out[c].astype("int64")
        return out
    speaker = pd.Series(["" if s is None or (isinstance(s, float) and pd.isna(s)) else str(s)
                         for s in q["speaker"]], dtype=object)
    name_keys = {s: _name_key(s) for s in set(speaker)}
    key = speaker.map(name_keys)
    # a surname-only key joins the single full name in the corpus that ends with it; a first
    # and last name joins the single fuller form of it ("Paul Ryan" and "Paul D. Ryan")
    remap = _middle_name_remap({k for s, k in name_keys.items() if _looks_like_a_name(s)})
    remap.update(_surname_remap({remap.get(k, k) for k in name_keys.values()}))
    key = key.map(lambda k: remap.get(k, k))
    # one group per key, numbered in order of first appearance (= groupby(sort=False))
    codes_arr, uniques = pd.factorize(key, sort=False)
    codes = codes_arr.tolist()
    n = len(uniques)
    text = q["text"] if "text" in q else pd.Series([""] * len(q), index=q.index)
    words = text.fillna("").astype(str).str.count(r"\w+").tolist()

    # names and articles in order of first appearance per group
    names: list[dict[str, None]] = [{} for _ in range(n)]
    for g, s in zip(codes, speaker.tolist()):
        names[g][s] = None
    # the fullest name: most words, then longest; ties: the first seen
    full = [max(ns, key=lambda s: (len(s.split()), len(s))) for ns in names]
    aliases = ["; ".join(s for s in ns if s != f) for ns, f in zip(names, full)]

    st_str = q["source_type"].astype(str).tolist()
    st = _group_modes(codes, st_str, n)
    if "type_reason" in q:
        reasons = _group_modes(codes, [r if s == st[g] else None
                                       for r, s, g in zip(q["type_reason"].tolist(), st_str, codes)], n)
    else:
        reasons = [""] * n
    mode_of = {c: _group_modes(codes, q[c].tolist(), n) if c in q else [""] * n
               for c in ("speaker_role", "affiliation", "party")}
    n_quotes = [0] * n
    n_words = [0] * n
    for g, w in zip(codes, words):
        n_quotes[g] += 1
        n_words[g] += int(w)
    if "article_id" in q:
        arts: list[dict[str, None]] = [{} for _ in range(n)]
        for g, a in zip(codes, q["article_id"].astype(str).tolist()):
            arts[g][a] = None
        n_articles = [len(a) for a in arts]
        art_ids = ["; ".join(a) for a in arts]
    else:
        n_articles, art_ids = [0] * n, [""] * n
    out = pd.DataFrame({
        "speaker": full,
        "aliases": aliases,
        "speaker_role": mode_of["speaker_role"],
        "affiliation": mode_of["affiliation"],
        "party": mode_of["party"],
        "source_type": [s or "unknown" for s in st],
        "type_reason": reasons,
        "n_quotes": n_quotes,
        "n_words": n_words,
        "n_articles": n_articles,
        "articles": art_ids,
    }, columns=SOURCES_COLUMNS)
    out["source_type"] = pd.Categorical(out["source_type"], dtype=SOURCE_TYPE_DTYPE)
    out = out.sort_values(["n_quotes", "speaker"], ascending=[False, True], kind="mergesort")
    return out.reset_index(drop=True)
