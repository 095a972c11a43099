"""Quotes and their speakers: direct, partial and reported (indirect) speech in news articles.

Rule-based and offline, following the coding scheme in ``../shared/CODEBOOK.md``:

* quotation marks are paired per paragraph from their context (opening after a space, closing
  before punctuation or a space), nested marks stay inside the outer quote, an unclosed quote
  stops at its paragraph's end unless the next paragraph opens with a mark (a quote running over
  paragraphs, one row per paragraph);
* each quote is attributed from the words around it: ``"...," X said``, ``said X``, ``X said:
  "..."``, ``according to X``, a cue anywhere in the sentence for partial quotes, and the
  previous speaker for quotes that only continue (``"A," he said. "B."``);
* reported speech without marks: ``X said (that) ...``, ``..., X said.``, ``according to X, ...``,
  ``..., his office said, CLAUSE`` (a parenthetical attribution), a nested report (``CNN reported
  the governor said X`` is one report by the governor), clauses opening with a fronted adverbial
  (``that from June 15, ...``) or holding a partial quote (``said Kowal "was great,"``, ``said
  she "can hardly wait"``); a cue followed by a plain noun-phrase object (``announced the
  measure``) is not a report; ``went on to say`` reports like ``said``;
* labelling and commitment verbs (called, described, characterised, hailed, lauded, assailed,
  professed, pledged, promised, ruled, ...) make a fragment after them a partial quote of the
  sentence subject, also after opening time phrases (``The next day, with protests ongoing,
  X ...``) and in passives (``was described by X as "..."``); praise of a possessive object
  (``praised his "wisdom"``), titles, Title-Case names and case names (``X vs. Y``) are not
  quotes; a colon after a long introduction opens a whole (direct) quote;
* speakers are resolved across the article (:mod:`analysis.speakers`): pronouns by gender and
  recency, surnames and roles to the fullest name introduced, titles stripped; a quote in the
  dek or headline takes the speaker of the same words in the body; a surname spelled one or two
  letters off the one earlier full name resolves to it; a pronoun that cannot be resolved takes
  its nearest role descriptor or the last named speaker, and gives no row otherwise; ``this
  person`` / ``the same person`` is the speaker quoted just before, ``the same study`` the study;
* a medium only speaks when nobody speaks inside what it reports: ``According to the Clarion, a
  spokesman expressed regret ...`` and ``The Clarion reported that Mayor X said ...`` are the
  spokesman's and the mayor's; ``Judge X decided, according to the ruling, "..."`` is the
  judge's; a partial quote takes ``according to X`` later in its sentence;
* documents speak (``The notice read, "..."``, ``the memo says``), and courts, inquiries, panels
  and reports report findings with ``found``, ``decided``, ``concluded``, ``held``;
* a clause interrupted by its attribution (``About 40 litres, officials said, leaked``; ``One
  worker was, according to the union, among the injured``) is reported whole, attribution
  included (the offsets must be one stretch); ``cited X as saying``, ``with X responding that``,
  ``went as far as to say`` are cues; a report stops at ``and`` + another speaker's report, at
  the reporter's narration in another tense (``replied they would attend and another million
  expressed interest``), at the end of a relative clause or an opening ``After ...,`` clause;
* an unattributed lower-case fragment of two words or more in the sentence after an attributed
  one (same paragraph, no speech verb of its own) continues that speaker; Title-Case names in
  marks after a naming word or as an appositive (``his event, "Crash The Gates", was ...``), a
  scare-quoted verb after ``to`` and runs of one-word quotes (``"life", "liberty", and
  "happiness"``) are not quotes, and the clause around them is still reported;
* a sentence that is only a quote, after a sentence of the same paragraph attributed to a
  speaker, continues that speaker (not when someone else is named after that speaker);
* ``PERSON of (the) BODY (ACR), an appositive, said`` is the person, with ``of ...`` as role;
  ``quoted/cited PERSON, ROLE, as saying`` is the person; an appositive role ending in an
  organisation (``said X, chancellor of the University of Y.``, ``X, then-manager of Y Ltd,
  called ...``) stays the person's role, hyphenated prefixes (``then-``, ``ex-``) included; a sentence opening with the cue
  (``Remarked scientist X, "..."``, ``Said X: "..."``) is X's; ``Kim's animal charity said``
  speaks as written; names keep the article's diacritics (``Jaroslaw`` and ``Jarosław`` are one
  person, spelled ``Jarosław``); he/she never resolves to a place or company (``RAF X``,
  ``X Airbase``, ``X Holdings``);
* a descriptor renamed by an appositive (``Another co-author, civil engineering professor Lena
  Osei, said``) and ``led by X, a marine chemist at Y, who said`` are the named person; a body
  speaks for its statements (``X issued a statement ...: "..."``, ``X released a statement
  saying ...``, ``Their statement read``, ``Acme's official statement read`` -> the fullest name
  the article gives Acme, ``the ministry's statement``); ``were, according to court records,
  "without merit"`` is a partial quote of the records; a clause without ``that`` after a cue is a
  report when a subject and its finite verb open it (``reported warming seas appear to ...``,
  ``suggested the company pay a fine``; verb forms from Brill's lexicon shipped with TextBlob),
  not a plain object (``announced the winners``); ``according to NAME CLAUSE`` without a comma
  splits at a known person's name; ``X, they reason(ed), Y`` reports the group named before.

The cue verbs live in ``analysis/data/speech_cues.csv``.

>>> import pandas as pd
>>> arts = pd.DataFrame({"article_id": ["a1"], "title": [""],
...     "text": ['"We will rebuild," Mayor Jane Holt said. She added that costs would rise.']})
>>> q = extract_quotes(arts, classify=False)
>>> q[["text", "kind", "speaker"]].values.tolist()
[['We will rebuild,', 'direct', 'Jane Holt'], ['costs would rise', 'indirect', 'Jane Holt']]
"""
from __future__ import annotations

import bisect
import csv
import functools
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import pandas as pd

from analysis import speakers as sp
from analysis.speakers import NounPhrase, Registry, Token, tokenize

log = logging.getLogger(__name__)

CUES_PATH = Path(__file__).resolve().parent / "data" / "speech_cues.csv"

QUOTE_COLUMNS = [
    "article_id", "quote_id", "field", "text", "kind", "speaker", "named", "speaker_role", "cue",
    "start", "end", "paragraph", "sentence",
    "source_type", "type_reason", "affiliation", "party",
]
_BASE_COLUMNS = QUOTE_COLUMNS[:13]

DOUBLE_MARKS = '"“”„'
SINGLE_MARKS = "'‘’"
_OPEN_LEFT = set(" \t\n\r\u00a0([{—–-/:;") | set("“‘")
_CLOSE_RIGHT = set(" \t\n\r\u00a0.,;:!?)]}—–-…") | set("”’")
_CLOSE_MARKS = frozenset('"”')
WINDOW = 320  # characters of context looked at around a quote (keeps the work linear)


# ---------------------------------------------------------------------------------------------
# The cue lexicon


@dataclass(frozen=True)
class Cue:
    """One inflected form of a speech verb and what it can introduce."""

    form: str
    lemma: str
    quote: bool
    clause: bool
    obj: str
    naming: bool


@functools.lru_cache(maxsize=4)
def load_cues(path: str | Path = CUES_PATH) -> dict[str, Cue]:
    """Read the cue lexicon: ``{inflected form: Cue}``.

    >>> load_cues()["told"].lemma
    'tell'
    """
    out: dict[str, Cue] = {}
    with open(path, encoding="utf-8") as fh:
        rows = [ln for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]
    for r in csv.DictReader(rows):
        for form in r["forms"].split("|"):
            form = form.strip().lower()
            if form:
                out[form] = Cue(form, r["lemma"], r["quote"] == "1", r["clause"] == "1",
                                r["object"].strip(), r["naming"] == "1")
    return out


# ---------------------------------------------------------------------------------------------
# Segmentation (the loader's splitter) and quote marks


def _segmentation():
    from analysis.segmentation import split_paragraphs, split_sentences
    return split_paragraphs, split_sentences


@dataclass
class Span:
    """A quoted stretch: content ``[start, end)``, the mark positions, its paragraph."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    para: int
    cont_prev: bool = False  # continues an unclosed quote of the previous paragraph
    cont_next: bool = False  # unclosed, continued in the next paragraph


def _classify_mark(text: str, i: int, ps: int, pe: int) -> str:
    left = text[i - 1] if i > ps else " "
    right = text[i + 1] if i + 1 < pe else " "
    lopen = left in _OPEN_LEFT or left in DOUBLE_MARKS
    rclose = right in _CLOSE_RIGHT or right in DOUBLE_MARKS
    if lopen and not rclose:
        return "open"
    if rclose and not lopen:
        return "close"
    c = text[i]
    if c in "“„‘":
        return "open"
    if c in "”":
        return "close"
    return "amb"


def _classify_single(text: str, i: int, ps: int, pe: int) -> str:
    left = text[i - 1] if i > ps else " "
    right = text[i + 1] if i + 1 < pe else " "
    if left.isalnum() and right.isalnum():
        return "apostrophe"
    if (left in _OPEN_LEFT) and right.isalnum():
        return "open"
    if (left.isalnum() or left in ".,!?") and (right in _CLOSE_RIGHT):
        return "close"
    return "apostrophe"


def find_quote_spans(text: str, paragraphs: Sequence[tuple[int, int]], *,
                     single: bool = False) -> list[Span]:
    """Pair quotation marks paragraph by paragraph; return the outermost quoted spans.

    Linear in the text. An unclosed quote ends at its paragraph's end; when the next paragraph
    opens with a mark, both are flagged as one quote running over paragraphs.

    >>> t = 'He said "the "United" team won" and left.'
    >>> [t[s.start:s.end] for s in find_quote_spans(t, [(0, len(t))])]
    ['the "United" team won']
    """
    marks = SINGLE_MARKS + DOUBLE_MARKS if single else DOUBLE_MARKS
    # a run of three or more marks is not quotation (decoration, OCR noise): skipped whole
    mark_re = _MARK_RES[single]
    spans: list[Span] = []
    prev_unclosed = False
    for pi, (ps, pe) in enumerate(paragraphs):
        stack: list[int] = []
        first_mark = None
        for m in mark_re.finditer(text, ps, pe):
            if m.end() - m.start() > 1:
                continue
            i = m.start()
            c = text[i]
            kind = _classify_single(text, i, ps, pe) if c in SINGLE_MARKS else \
                _classify_mark(text, i, ps, pe)
            if kind == "apostrophe":
                continue
            if first_mark is None:
                first_mark = i
            if kind == "amb":
                kind = "close" if stack else "open"
            if kind == "open":
                stack.append(i)
            elif stack:
                o = stack.pop()
                if not stack:
                    spans.append(Span(o + 1, i, o, i, pi))
        opens_with_mark = bool(text[ps:ps + 1]) and text[ps] in marks
        if prev_unclosed and spans and opens_with_mark and spans[-1].para == pi - 1:
            pass
        if stack:
            o = stack[0]
            e = pe
            while e > o + 1 and text[e - 1].isspace():
                e -= 1
            # drop inner spans already recorded inside this unclosed one
            while spans and spans[-1].para == pi and spans[-1].start > o:
                spans.pop()
            spans.append(Span(o + 1, e, o, None, pi))
        prev_unclosed = bool(stack)
    # link quotes that run over paragraphs: an unclosed quote followed by a paragraph that opens
    # with a mark
    by_para: dict[int, list[Span]] = {}
    for s in spans:
        by_para.setdefault(s.para, []).append(s)
    for s in spans:
        if s.close_mark is None:
            nxt = by_para.get(s.para + 1)
            if nxt and nxt[0].open_mark == paragraphs[s.para + 1][0]:
                s.cont_next = True
                nxt[0].cont_prev = True
    return spans


_MARK_RES = {
    single: re.compile("[" + re.escape(m) + "]{3,}|[" + re.escape(m) + "]")
    for single, m in ((False, DOUBLE_MARKS), (True, SINGLE_MARKS + DOUBLE_MARKS))
}


def mask_quotes(text: str, spans: Iterable[Span]) -> str:
    """Same-length copy of ``text`` with quoted content replaced by ``x`` (spaces and a final
    ``.?!`` kept), so that cues and sentence ends are only found outside quotes."""
    out: list[str] = []
    pos = 0
    for s in spans:
        out.append(text[pos:s.start])
        seg = text[s.start:s.end]
        tail = ""
        if seg and seg[-1] in ".?!":
            seg, tail = seg[:-1], seg[-1]
        out.append(_MASK_RE.sub("x", seg) + tail)
        pos = s.end
    out.append(text[pos:])
    return "".join(out)


_MASK_RE = re.compile(r"\S")


# ---------------------------------------------------------------------------------------------
# Attribution helpers on token lists

_BE = frozenset({"was", "were", "is", "are", "be", "been", "being"})
_REL = frozenset({"which", "that", "who", "whom", "what", "whose", "where", "when", "how"})
_SUBJ_PRON = frozenset({"he", "she", "they", "it", "we", "i"})
_OBJ_WORDS = frozenset("""him her them us me reporters journalists press media audience crowd
supporters listeners viewers parliament congress lawmakers public nation country court jury
court delegates students workers paper newspaper magazine broadcaster outlet station network
committee panel inquiry hearing council board group team police officers investigators
detectives authorities officials prosecutors staff colleagues friends relatives voters residents""".split())
_ADVERBIAL_HEADS = frozenset({"on", "in", "at", "via", "during", "through", "over", "late",
                              "early", "earlier", "later", "last", "this", "to", "from", "before",
                              "after"})
_ADV_NOUNS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday
tonight morning afternoon evening night week month year weekend statement interview tweet
twitter facebook instagram post letter speech conference release message email e-mail video
broadcast radio television tv program programme show address briefing hearing session
meeting rally event occasion call phone telephone website blog podcast reporters journalists
filing filings court letter documents document report submission
press media supporters crowd audience lawmakers""".split())
_SINGLE_ADV = frozenset("""today yesterday tonight also later earlier again previously then
recently publicly privately separately repeatedly reportedly further once monday tuesday
wednesday thursday friday saturday sunday""".split())
_CLAUSE_BAD_START = frozenset("""to about with for by of on in at as from into and but or nor
would will could can should may might must was were is are had has have be been being not so
than how why whether""".split())
_FRONTED_HEADS = frozenset("""from since until by under starting beginning as for over within
following""".split())
_MODALS = frozenset("""would will could can should may might must""".split())
_MONTHS = frozenset("""january february march april may june july august september october
november december""".split())


def _is_cue(tok: Token, cues: dict[str, Cue], prev: Token | None = None) -> Cue | None:
    """The cue entry if ``tok`` is a speech verb here (not a noun: "the stated aim", "his claims")."""
    if not tok.is_word or not tok.text[0].islower():
        return None
    c = cues.get(tok.text)
    if c is not None and prev is not None and (
            prev.low in _NOUN_BEFORE or prev.low.endswith(("'s", "’s", "'", "’")) or
            (tok.text.endswith("s") and (prev.low in _NUMBER_WORDS or prev.text[:1].isdigit()
                                         or prev.low in _NOUN_ADJECTIVES
                                         or (prev.low in {"media", "news", "press"} and not prev.is_cap))) or
            (prev.low in {"by", "in", "to", "from", "with", "for", "on", "of", "at"}
             and not tok.text.endswith("ing")) or
            (prev.low in sp.MODIFIERS and prev.low not in sp.ROLE_WORDS and tok.text.endswith("s")
             and not prev.is_cap)):
        return None
    return c


_GO_ON = frozenset("""went go goes going gone proceeded proceeds""".split())


_CITE_VERBS = frozenset("""cited cites citing quoted quotes quoting""".split())


def _cited_as(text: str, toks: list[Token], k: int) -> NounPhrase | None:
    """The source in ``cited X as saying`` / ``quoted X as saying``: the noun phrase between the
    citing verb and ``as`` before the participle at ``k``."""
    if k < 3 or toks[k - 1].low != "as":
        return None
    v = next((q for q in range(k - 2, max(-1, k - 10), -1) if toks[q].low in _CITE_VERBS
              or not toks[q].is_word), None)
    appos: list[Token] = []
    if v is not None and toks[v].text == "," and v == k - 2:
        # "quoted Ravi Mehta, formerly a deputy director at the agency, as saying": the name
        # before the appositive is the source, the appositive its role
        c0 = next((q for q in range(v - 1, max(-1, v - 25), -1) if not toks[q].is_word), None)
        if c0 is not None and toks[c0].text == "," and c0 >= 2:
            v2 = next((q for q in range(c0 - 1, max(-1, c0 - 8), -1) if toks[q].low in _CITE_VERBS
                       or not toks[q].is_word), None)
            if v2 is not None and toks[v2].low in _CITE_VERBS and v2 + 1 < c0:
                appos = toks[c0 + 1:v]
                v, k = v2, c0 + 1
    if v is None or toks[v].low not in _CITE_VERBS or v + 1 >= k - 1:
        return None
    np = sp.parse_np(text, toks[v + 1:k - 1])
    if np is not None and appos:
        np.roles.append(_join_toks(text, appos))
    if np is None or np.kind == "pronoun" and np.name.lower() not in {"him", "her", "them"}:
        return None
    if np.kind == "pronoun":
        np.name = {"him": "he", "her": "she", "them": "they"}[np.name.lower()]
    return np


def _went_on_to(toks: list[Token], k: int) -> int | None:
    """Index of the verb in "went on to add", "proceeded to say" before the cue at ``k``."""
    if k >= 2 and toks[k - 1].low == "to" and toks[k - 2].low == "on" and k >= 3 and \
            toks[k - 3].low in _GO_ON:
        return k - 3
    if k >= 2 and toks[k - 1].low == "to" and toks[k - 2].low in {"proceeded", "proceeds"}:
        return k - 2
    if k >= 5 and toks[k - 1].low == "to" and toks[k - 2].low == "as" and toks[k - 3].low == "far" \
            and toks[k - 4].low in {"as", "so"} and toks[k - 5].low in _GO_ON:
        return k - 5  # "went as far as to say", "went so far as to say"
    return None


# adjectives that make a following -s cue a plural noun: "Early reports suggested", "media reports"
_NOUN_ADJECTIVES = frozenset("""early earlier initial recent local conflicting
unconfirmed preliminary latest later further subsequent separate varying official unofficial
numerous""".split())
_NOUN_BEFORE = frozenset("""the a an his her its their our my your this that these those of
every each no any some""".split())


@functools.lru_cache(maxsize=1)
def _cue_regex() -> re.Pattern:
    """One pattern for every cue form and "according to" (a fast pre-filter for sentences)."""
    return re.compile(r"\b(?:[Aa]ccording|" + _trie_regex(sorted(set(load_cues()) | _VERDICT_VERBS))
                      + r")\b")


def _trie_regex(words: list[str]) -> str:
    """A regex alternation factored by common prefixes (fast to match, same language)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if end else body

    return build(trie)


_TIME_ADV = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday
morning afternoon evening night week weekend month year day""".split())


_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
_ASIDE_HEADS = frozenset({"as", "in", "on", "at", "during", "after", "before", "without", "with", "however",
                          "though", "citing", "quoting", "again", "also"})


def _skip_adverbials(toks: list[Token], k: int, limit: int) -> int:
    """Index after time/medium adverbials that follow a cue (``on Friday``, ``in a statement``)."""
    while k < limit:
        t = toks[k]
        low = t.low
        if low == "," and k + 1 < limit and toks[k + 1].low in _ADVERBIAL_HEADS | _SINGLE_ADV:
            k += 1
            continue
        if low in _SINGLE_ADV:
            k += 1
            if k < limit and toks[k].low in _DAY_PARTS and low in _TIME_ADV:
                k += 1  # "police reported Friday morning"
            continue
        if low in {"over", "about"} and k + 1 < limit and toks[k + 1].text[:1].isdigit():
            break  # "noted over 370 horns were seized": a quantity opening the clause
        if low == "at" and k + 1 < limit and toks[k + 1].low in {"least", "most"}:
            break  # "said at least 116 people died"
        if low in _ADVERBIAL_HEADS:
            # up to five words ending with a time or medium noun
            j = k + 1
            hit = -1
            while j < limit and j <= k + 6 and toks[j].is_word:
                if toks[j].low in _ADV_NOUNS or (toks[j].low in _MONTHS and toks[j].is_cap) \
                        or toks[j].text.isdigit():
                    hit = j
                    break  # the first time or medium word ends the phrase
                j += 1
            if hit < 0 or any(toks[x].low in _FINITE for x in range(k + 1, hit)):
                break  # ("estimated this would take 24 hours": a clause, not a time phrase)
            k = hit + 1
            while k < limit and (toks[k].text.isdigit() or (toks[k].low in _MONTHS and toks[k].is_cap)):
                k += 1
            if k < limit and toks[k].low in _DAY_PARTS and toks[hit].low in _TIME_ADV:
                k += 1  # "announced on Sunday morning they were ..."
            if k + 1 < limit and toks[k].low in {"with", "to", "for", "on"} and toks[hit].low not in _TIME_ADV \
                    and (toks[k + 1].is_cap or toks[k + 1].low == "the"):
                # "in an interview with Rolling Stone": the medium named after the noun
                m = k + 1 + (toks[k + 1].low == "the")
                while m < limit and m < k + 10 and (toks[m].is_cap or (
                        toks[m].low in {"and", "of", "&", "for"} and m + 1 < limit and toks[m + 1].is_cap)):
                    m += 1
                if m > k + 1 and toks[m - 1].is_cap:
                    k = m
            continue
        break
    return k


def _subject_before(text: str, toks: list[Token], k: int, lo: int = 0) -> tuple[NounPhrase | None, int]:
    """The subject noun phrase of the verb at token ``k`` and the index where it starts.

    Handles appositives (``X, the role, said``; ``The role, X, said``), relative clauses
    (``X, who was ..., said``), a person before ``of`` + body (``Lina Voss of the Rowing
    Council (WRC) said``: the person, with the body as role) and a possessive descriptor
    (``Kim's animal charity said``: as written).
    """
    ref = _latter_subject(text, toks, k, lo)
    if ref is not None:
        return ref
    np, i = _subject_core(text, toks, k, lo)
    if np is None and k - 1 >= lo and toks[k - 1].is_word:
        # the object of "on"/"about" after a document: "The family's statement on the death read"
        i1 = next((q for q in range(k - 1, max(lo, k - 6) - 1, -1) if not toks[q].is_word
                   or toks[q].low in {"on", "about", "regarding"}), None)
        if i1 is not None and i1 >= lo + 1 and toks[i1].is_word and i1 + 1 < k and all(
                x.text[:1].islower() and x.low not in {"and", "but", "or", "then"} for x in toks[i1 + 1:k]):
            np, i = sp.NounPhrase("", "", "_object", toks[i1 + 1].start, toks[k - 1].end), i1 + 1
    signed = i - 3 >= lo and toks[i - 1].low == "by" and toks[i - 2].low in _SIGNED_VERBS
    if np is not None and (signed or (i - 2 >= lo and toks[i - 1].low in {"on", "about", "regarding"})):
        # "The decree signed by the Pope read", "The family's statement on the death read": the
        # document speaks, as written
        di, dj = sp.np_span_before(toks, i - 2 if signed else i - 1)
        doc = sp.parse_np(text, toks[di:dj]) if dj > di and di >= lo else None
        if doc is not None and doc.kind == "descriptor" and doc.name.split()[-1].lower() in _DOCUMENTS:
            return doc, di
    if np is not None and np.kind == "_object":
        np = None
    if np is None or np.kind in {"org", "descriptor"}:
        alt = _person_of_body(text, toks, k, lo)
        if alt is not None:
            return alt
        if np is None:
            alt = _possessive_descriptor(text, toks, k, lo)
            if alt is not None:
                return alt
    return np, i


_LATTER = frozenset({"latter", "former"})
_NAME_GLUE = frozenset({"of", "for", "and", "the", "&", "on", "de"})


def _latter_subject(text: str, toks: list[Token], k: int, lo: int) -> tuple[NounPhrase, int] | None:
    """'the latter (yesterday) confirming' right before the verb at ``k``: its referent and index."""
    j = k
    if j - 2 < lo:
        return None
    while j > lo and (toks[j - 1].low in sp.SKIP_BEFORE_CUE or toks[j - 1].low in _TIME_ADV):
        j -= 1
    if j - 2 >= lo and toks[j - 1].low in _LATTER and toks[j - 2].low == "the":
        ref = _latter_referent(text, toks, j - 2, lo, toks[j - 1].low == "latter")
        if ref is not None:
            return ref, j - 2
    return None


def _latter_referent(text: str, toks: list[Token], k: int, lo: int, latter: bool) -> NounPhrase | None:
    """'opened by the Aviation Agency and the Rail Board, with the latter confirming': the second
    (or, for "the former", the first) of two names joined by "and" before ``k`` in the sentence."""
    a = next((m for m in range(k - 1, max(lo - 1, k - 25), -1) if toks[m].low == "and"), None)
    if a is None:
        return None
    e = a + 1
    if e < k and toks[e].low == "the":
        e += 1
    while e < k and (toks[e].is_cap or (toks[e].low in _NAME_GLUE - {"and"} and e + 1 < k and toks[e + 1].is_cap)):
        e += 1
    b = a
    while b - 1 >= lo and (toks[b - 1].is_cap or (toks[b - 1].low in _NAME_GLUE - {"and"} and b - 2 >= lo
                                                   and toks[b - 2].is_cap)):
        b -= 1
    if b - 1 >= lo and toks[b - 1].low == "the":
        b -= 1
    seg = toks[a + 1:e] if latter else toks[b:a]
    if not seg or not any(t.is_cap for t in seg) or (latter and b == a):
        return None
    np = sp.parse_np(text, seg)
    if np is None or np.kind not in {"org", "person", "surname"}:
        return None
    return np


_OF_STOP = frozenset({"and", "who", "which", "whose", "that", "when", "while", "after", "before",
                      "as", "if", "because", "but", "said", "says", "told"})


def _skip_to_verb(toks: list[Token], k: int, lo: int) -> int:
    j = k
    while j > lo and toks[j - 1].low in sp.SKIP_BEFORE_CUE:
        j -= 1
    return j


def _person_of_body(text: str, toks: list[Token], k: int, lo: int) -> tuple[NounPhrase, int] | None:
    """``PERSON of (the) BODY (ACR), an appositive, said``: the person before ``of`` speaks;
    the ``of ...`` stretch is their role. Only when that stretch holds no verb of its own."""
    j = _skip_to_verb(toks, k, lo)
    if j - lo < 3 or j - lo > 30:
        return None
    p = next((q for q in range(lo + 1, j - 1) if toks[q].low == "of"), None)
    if p is None:
        return None
    pi, pj = sp.np_span_before(toks, p)
    if pj != p or pj <= pi:
        return None
    if pi != lo and toks[pi - 1].text not in ',"“”':
        return None
    person = sp.parse_np(text, toks[pi:pj])
    if person is None or person.kind != "person":
        return None
    tail = toks[p + 1:j]
    if len(tail) > 16 or not tail or any(t.low in _OF_STOP and not t.text.isupper() for t in tail) \
            or _has_verb(tail):  # (an acronym "WHO" is a body, not the relative pronoun)
        return None
    if any(t.text in ".;:!?" for t in tail):
        return None
    role = _join_toks(text, toks[p:j]).strip(' ,"“”')
    person.roles.append(role)
    return person, pi


def _possessive_descriptor(text: str, toks: list[Token], k: int, lo: int) -> tuple[NounPhrase, int] | None:
    """``Kim's animal charity said``: a named possessor and the plain nouns after it, as written."""
    j = _skip_to_verb(toks, k, lo)
    m = j
    while m > lo and j - m < 3 and toks[m - 1].text.isalpha() and toks[m - 1].text.islower() and \
            toks[m - 1].low not in sp._FUNCTION_WORDS and toks[m - 1].low not in _FINITE:
        m -= 1
    if m == j or m <= lo:
        return None
    poss = toks[m - 1]
    if not (poss.is_cap and poss.low.endswith(("'s", "’s")) and len(poss.text) > 3):
        return None
    s0 = m - 1
    if s0 > lo and toks[s0 - 1].is_cap and toks[s0 - 1].is_word:
        s0 -= 1  # "Ada Kim's animal charity"
    if s0 != lo or _has_verb(toks[m:j]):
        return None
    name = _join_toks(text, toks[s0:j])
    return sp.NounPhrase(name, "", "descriptor", toks[s0].start, toks[j - 1].end), s0


_HEDGES = frozenset("""seemingly apparently presumably reportedly allegedly probably possibly perhaps
likely purportedly supposedly""".split())


def _subject_core(text: str, toks: list[Token], k: int, lo: int = 0) -> tuple[NounPhrase | None, int]:
    j = k
    if j - 2 > lo and toks[j - 1].low in _TIME_ADV and toks[j - 1].is_cap and toks[j - 2].low in {"on", "last", "this"} \
            and (toks[j - 3].is_word or toks[j - 3].text == ","):
        j -= 2  # "State media on Saturday reported": the time phrase is not the subject
    while j > lo and (toks[j - 1].low in sp.SKIP_BEFORE_CUE or (
            toks[j - 1].text[:1].islower() and toks[j - 1].low.endswith("ly") and len(toks[j - 1].text) > 4)):
        j -= 1
    if j > lo and toks[j - 1].low in {"who", "which", "that"}:
        # "Thomas Gray, 24, who cited ...": the relative pronoun's antecedent
        r = j - 1
        if r > lo and toks[r - 1].text == ",":
            r -= 1
        if r - 2 >= lo and toks[r - 1].text.isdigit() and toks[r - 2].text == ",":
            r -= 2
        if r <= lo:
            return None, j
        np, i0 = _subject_before(text, toks, r, lo)
        if np is not None and np.name.split()[-1].lower() in _DOCUMENTS \
                and i0 > lo and toks[i0 - 1].low in _ISSUE_VERBS:
            # "They released a statement which said": the issuer speaks
            return _subject_before(text, toks, i0 - 1, lo)
        if (np is None or np.kind in {"descriptor", "org"}) and toks[r].text == ",":
            c = next((q for q in range(r - 1, max(lo, r - 20) - 1, -1) if not toks[q].is_word), None)
            if c is not None and toks[c].text == "," and (np is None or i0 > c):
                named = _named_before_appositive(text, toks, c + 1, r, lo)
                if named is not None:
                    return named
        return np, i0
    if j > lo and toks[j - 1].low in {"and", "but"}:
        return None, j  # a second verb of the same subject: the caller takes the sentence subject
    w = next((q for q in range(j - 2, max(lo, j - 9) - 1, -1) if toks[q].low == "who"), None)
    if w is not None and w > lo and toks[w - 1].is_word and all(x.is_word for x in toks[w + 1:j]) and (any(
            x.low in _IRREGULAR_PAST for x in toks[w + 1:j]) or \
            _has_verb(toks[w + 1:j])):
        # "Terri Collins who sponsored the bill remarked ...": the antecedent of a restrictive relative
        ai, aj = sp.np_span_before(toks, w)
        ante = sp.parse_np(text, toks[ai:aj]) if aj == w and aj > ai else None
        if ante is not None and ante.kind in {"person", "surname", "descriptor"}:
            return ante, ai
    if j > lo and toks[j - 1].text == ",":
        c1 = j - 1
        c0 = None
        for q in range(c1 - 1, max(lo - 1, c1 - 40), -1):
            if toks[q].text in ",;:\"“”(—–" or toks[q].text == ".":
                c0 = q
                break
        if c0 is not None and toks[c0].text == ",":
            seg_a = toks[c0 + 1:c1]
            if seg_a and seg_a[0].low in _PLACE_ASIDE and c0 > lo and not _has_verb(seg_a) and \
                    not any(x.low in _REL for x in seg_a) and toks[c0 - 1].is_word:
                # "Researchers from X and Y, both in Carthan, reported": a place aside; the subject
                # is the phrase before it
                return _subject_core(text, toks, c0, lo)
            bi, bj = sp.np_span_before(toks, c0)
            np_b = sp.parse_np(text, toks[bi:bj]) if bj > bi else None
            if seg_a:
                if seg_a[0].low in {"who", "which", "whose"}:
                    if np_b and any(sp.is_role_word(x.low) or x.low in sp.TITLES for x in seg_a):
                        np_b.roles.append(_clean_rel(text, seg_a))
                    return np_b, bi
                ai, aj = sp.np_span_before(toks, c1)
                ai = _role_modifiers_before(toks, c0 + 1, ai, aj)
                hedged = ai == c0 + 2 and seg_a[0].low in _HEDGES  # "someone, seemingly Bo Tran, says"
                np_a = sp.parse_np(text, toks[ai:aj]) if aj > ai and (ai == c0 + 1 or hedged) else None
                if hedged and np_a is not None and np_a.kind in {"person", "surname"}:
                    return np_a, ai
                if np_a and np_a.kind == "person" and (
                        np_b is None or np_b.kind != "person" or
                        (bj > bi and toks[bi].low in sp.DETERMINERS)):
                    if np_b:
                        np_a.roles.append(np_b.role or np_b.name)
                    return np_a, bi if np_b else ai
                if np_b and np_b.kind in {"person", "surname", "org", "pronoun"}:
                    if any(sp.is_role_word(x.low) or x.low in sp.TITLES for x in seg_a):
                        np_b.roles.append(_join_toks(text, seg_a))
                    return np_b, bi
                if np_a and np_b is None and c0 == lo:
                    return np_a, ai
                if np_a and np_a.kind in {"person", "org"}:
                    return np_a, ai
            return np_b, bi
        return None, j
    i, jj = sp.np_span_before(toks, j)
    if jj <= i:
        plain = _plain_subject(text, toks, j, lo)
        return (plain, lo) if plain is not None else (None, j)
    c_k = load_cues().get(toks[k].low) if k < len(toks) else None
    if jj - i == 1 and toks[i].low in _BARE_QUANTIFIERS and c_k is not None and \
            c_k.lemma in _SAY_LEMMAS and toks[k].low != c_k.lemma and (i == lo or toks[i - 1].low in {"and", ","}):
        # "and several said ...": a quantifier standing for the people just mentioned
        return sp.NounPhrase(toks[i].low, "", "descriptor", toks[i].start, toks[i].end), i
    if i > lo and toks[i - 1].low in {"your", "my", "our"}:
        return None, j  # "Your manifesto mentions ...": an interviewer's question, not a report
    if jj - i >= 2 and toks[i].low == "that" and i > lo and toks[i - 1].low in load_cues():
        i += 1  # "reported that police said": "that" opens the clause, it is not a determiner
    inner = _name_with_and(text, toks, i, jj, lo)
    if inner is not None and inner[0].kind == "person":
        return inner
    if inner is not None:
        np, i = inner
    else:
        np = sp.parse_np(text, toks[i:jj])
    if np is not None and np.kind in {"surname", "person"} and np.role and jj - i >= 3 and \
            toks[i + 1].low in {"of", "for"} and toks[i].low in sp.ROLE_WORDS and toks[i].low.endswith("s") \
            and not toks[i].low.endswith("ss"):
        # "Associates of Navalny alleged": the group, not the person they belong to
        np = sp.NounPhrase(toks[i].text.lower() + text[toks[i].end:toks[jj - 1].end], "", "descriptor",
                           toks[i].start, toks[jj - 1].end)
    if np is not None and np.kind in {"org", "surname"} and i - 3 > lo and toks[i - 1].low == "and":
        # "researchers from Halden University (HU) and Eastmoor College reported": two bodies after
        # a preposition (the acronym had split them); both go into the phrase the walk below reads
        m = i - 1
        if toks[m - 1].text == ")":
            m = next((q for q in range(m - 2, max(lo, m - 6), -1) if toks[q].text == "("), m)
        pi0, pj0 = sp.np_span_before(toks, m)
        first_body = sp.parse_np(text, toks[pi0:pj0]) if pj0 == m and pj0 > pi0 else None
        if first_body is not None and first_body.kind == "org" and pi0 - 1 > lo and toks[pi0 - 1].low in _PP_HEADS:
            np, i = sp.NounPhrase(_join_toks(text, toks[pi0:jj]), "", "org", toks[pi0].start, toks[jj - 1].end), pi0
    # "researchers mostly from Penn State (PSU) in the U.S. reported": the noun phrases after
    # prepositions are not the subject; walk back to the head they modify
    steps = 0
    while np is not None and np.kind in {"org", "surname", "descriptor"} and i > lo and \
            toks[i - 1].low in _PP_HEADS and steps < 4:
        m = i - 1
        pp_start = m
        while m > lo and (toks[m - 1].low in sp.SKIP_BEFORE_CUE or toks[m - 1].low.endswith("ly")
                          and toks[m - 1].text[:1].islower()):
            m -= 1
        if m > lo and toks[m - 1].text == ")":
            q = m - 1
            while q > lo and toks[q].text != "(" and q > m - 8:
                q -= 1
            if toks[q].text == "(":
                m = q
        pi0, pj0 = sp.np_span_before(toks, m)
        if pj0 <= pi0 or pj0 != m:
            break
        head = sp.parse_np(text, toks[pi0:pj0])
        if head is None:
            break
        if head.kind in {"person", "descriptor", "pronoun"} or head.name.split()[-1].lower() in sp.ROLE_WORDS:
            head.roles.append(_join_toks(text, toks[pp_start:jj]))
            np, i = head, pi0
            if head.kind != "org":
                break
        else:
            np, i = head, pi0
        steps += 1
    if np is not None and np.kind in {"descriptor", "org", "surname"} and i - 1 > lo and \
            toks[i - 1].text == "," and toks[i].low == "the":
        # "Colin Reed, Lord Amberley, the Lord President of the court decided": the person named
        # at the head of the sentence, with the rest as appositives (only there: in "Police held
        # Ann Vole, the spokesman said" the spokesman speaks)
        m, best = i - 1, None
        for _ in range(2):
            pi0, pj0 = sp.np_span_before(toks, m)
            cand = sp.parse_np(text, toks[pi0:pj0]) if pj0 == m and pj0 > pi0 else None
            if cand is None or cand.kind not in {"person", "surname"}:
                break
            best = (cand, pi0)
            if pi0 - 1 > lo and toks[pi0 - 1].text == ",":
                m = pi0 - 1
            else:
                break
        if best is not None and (best[1] == lo or (toks[lo].low in _INTRO_WORDS and not _has_verb(
                toks[lo:best[1]]))) and best[0].kind == "person" and any(
                sp.is_role_word(x.low) or x.low in sp.TITLES for x in toks[i:jj]):
            best[0].roles.append(np.role or np.name)
            return best
    if np is not None and np.kind in {"descriptor", "org"}:
        # "José Ortiz of the island's power authority said": the person before "of" speaks
        m = i
        while m > lo and m > i - 4 and (toks[m - 1].low in {"the", "a", "an"} or (
                toks[m - 1].text[:1].islower() and toks[m - 1].low.endswith(("'s", "’s")))):
            m -= 1
        if m > lo and toks[m - 1].low in {"of", "at", "from", "with"}:
            pi0, pj0 = sp.np_span_before(toks, m - 1)
            person = sp.parse_np(text, toks[pi0:pj0]) if pj0 > pi0 else None
            if person is not None and person.kind == "person":
                person.roles.append(_join_toks(text, toks[m - 1:jj]))
                return person, pi0
    return np, i


def _named_before_appositive(text: str, toks: list[Token], a: int, b: int, lo: int
                             ) -> tuple[NounPhrase, int] | None:
    """``led by Tomas Brek, a marine chemist at Halden University, who said``: the appositive
    ``toks[a:b]`` (a role, no verb) describes the person named right before its comma, who is
    the antecedent of the relative pronoun; an age between them (``Brek, 45, a chemist,``) is
    skipped. None when no person's full name stands there."""
    app = toks[a:b]
    if not app or any(t.low in _FINITE or t.low in _IRREGULAR_PAST or t.low in _REL or t.low in _SUBJ_PRON
                      for t in app) or not (
            app[0].low in {"a", "an", "the"} or any(sp.is_role_word(t.low) or t.low.endswith(
                sp._ROLE_SUFFIXES) for t in app if not t.is_cap)):
        return None  # ("retired" in "a retired surveyor" is an adjective, not a verb)
    c = a - 1
    if c - 2 > lo and toks[c].text == "," and toks[c - 1].text.isdigit() and toks[c - 2].text == ",":
        c -= 2  # "Tomas Brek, 45, a marine chemist,"
    if c - 1 < lo or toks[c].text != ",":
        return None
    pi, pj = sp.np_span_before(toks, c)
    if pj != c or pj <= pi or pi < lo:
        return None
    person = sp.parse_np(text, toks[pi:pj])
    if person is None or person.kind not in {"person", "org"} or (person.kind == "org" and not (
            app[0].low in {"a", "an"} and not any(t.is_cap for t in app))):
        return None  # (a body only with a plain description: "the X Board, a public agency,")
    person.roles.append(_clean_rel(text, app))
    return person, pi


def _role_modifiers_before(toks: list[Token], c: int, ai: int, aj: int) -> int:
    """Start of an appositive ``civil engineering professor Lena Osei`` that opens at token ``c``:
    plain lower-case words before the role noun phrase ``[ai, aj)`` (adjectives and nouns that
    modify the role, which the noun-phrase scanner stops at) belong to the role when the phrase
    ends in a name and nothing else stands between ``c`` and it; ``ai`` otherwise."""
    if not c < ai < aj or ai - c > 4 or not toks[aj - 1].is_cap:
        return ai
    if not any(sp.is_role_word(t.low) for t in toks[ai:aj] if not t.is_cap):
        return ai
    for t in toks[c:ai]:
        if not (t.is_word and t.text.replace("-", "").isalpha() and t.text.islower()) or \
                t.low in sp._FUNCTION_WORDS or t.low in _FINITE or t.low in sp._NOT_MODIFIER or \
                t.low in _SUBJ_PRON:
            return ai
    return c


_CHAIN_GLUE = frozenset({"of", "for", "the", "on", "de"})
_PLACE_ASIDE = frozenset({"in", "both", "based", "located", "near"})


def _name_with_and(text: str, toks: list[Token], i: int, jj: int, lo: int
                   ) -> tuple[NounPhrase, int] | None:
    """A name whose "and" sits inside an "of" phrase: ``The Institute of Geology and Seismology
    said``, ``The High Court of England and Wales ruled``, ``Ana Kim of Yarrow Fire and Rescue
    said``. The capitalised words after "and" are not the subject; the whole name is (or the
    person before "of", with the body as role). ``Ada Kim and Bo Tran said`` (no "of") is left
    alone."""
    if not (jj - i <= 3 and i - 3 >= lo and toks[i - 1].low in {"and", "&"} and toks[i - 2].is_cap
            and all(t.is_cap for t in toks[i:jj])):
        return None
    m = i - 2
    of_at = None
    while m - 1 >= lo and (toks[m - 1].is_cap or toks[m - 1].low in _CHAIN_GLUE):
        m -= 1
        if toks[m].low == "of" and m - 1 >= lo and toks[m - 1].is_cap:
            of_at = m
    while m < i and toks[m].low in _CHAIN_GLUE - {"the"}:
        m += 1
    if of_at is None or of_at <= m:
        return None
    head = sp.parse_np(text, toks[m:of_at])
    if head is not None and head.kind == "person":
        head.roles.append(_join_toks(text, toks[of_at:jj]))
        return head, m
    whole = sp.parse_np(text, toks[m:jj])
    if whole is None or whole.kind in {"person", "pronoun"}:
        return None
    return whole, m


def _plain_subject(text: str, toks: list[Token], j: int, lo: int) -> NounPhrase | None:
    """A sentence-opening noun phrase of plain nouns outside the role lexicon, right before the
    verb (``Rescue crews have indicated``, ``Emergency services said``): a descriptor."""
    if not 1 <= j - lo <= 3:
        return None
    seg = toks[lo:j]
    head = seg[-1]
    if not (head.text.isalpha() and head.text.islower() and (
            head.low.endswith("s") and not head.low.endswith(("ss", "us", "is")) or head.low in sp.ORG_HEADS)):
        return None
    if head.low in _FINITE or head.low in _NOT_VERBS_S or head.low in sp._FUNCTION_WORDS:
        return None
    for x in seg[1 if seg[0].low in {"the", "a", "an"} else 0:-1]:
        if not x.text.isalpha() or x.low in sp._FUNCTION_WORDS or x.low in _FINITE \
                or x.low.endswith(("ed", "ly")):
            return None
    if not (seg[0].is_cap or seg[0].low in sp.DETERMINERS):
        return None
    if seg[0].low in sp.DETERMINERS and len(seg) == 1:
        return None
    return sp.NounPhrase(_join_toks(text, seg), _join_toks(text, seg), "descriptor", seg[0].start,
                         seg[-1].end)


_BARE_QUANTIFIERS = frozenset("""several many some most others few""".split())
_PP_HEADS = frozenset({"in", "from", "at", "of", "near", "across", "outside", "inside", "within"})
_DOCUMENTS = frozenset("""statement report letter communique release post tweet message
decree proclamation filing document memo note notice""".split())
_SIGNED_VERBS = frozenset("""signed issued released published written sent posted""".split())
_ISSUE_VERBS = frozenset("""released issued published posted sent put made wrote""".split())


def _clean_rel(text: str, seg: list[Token]) -> str:
    s = _join_toks(text, seg)
    return re.sub(r"^(?:who|which|whose)\s+(?:is|was|has been|had been|are|were)?\s*", "", s)


def _join_toks(text: str, toks: list[Token]) -> str:
    if not toks:
        return ""
    return re.sub(r"\s+", " ", text[toks[0].start:toks[-1].end]).strip(" ,")


def _np_after(text: str, toks: list[Token], k: int) -> tuple[NounPhrase | None, int]:
    i, j = sp.np_span_after(toks, k)
    if j <= i:
        if k < len(toks) and toks[k].low in _SUBJ_PRON:
            return sp.parse_np(text, toks[k:k + 1]), k + 1
        return None, k
    np = sp.parse_np(text, toks[i:j])
    # "writes Huber's longtime tag team partner Erick Bole": the person after a possessor's role
    poss = next((q for q in range(i, min(j, i + 4)) if toks[q].is_cap and toks[q].low.endswith(("'s", "’s"))), None)
    if poss is not None:
        m = poss + 1
        while m < len(toks) and m < poss + 6 and toks[m].is_word and toks[m].text.islower() and \
                toks[m].low not in _FINITE and toks[m].low not in sp._NOT_MODIFIER:
            m += 1
        if m > poss + 1 and m < len(toks) and toks[m].is_cap:
            ai, aj = sp.np_span_after(toks, m)
            alias = sp.parse_np(text, toks[ai:aj]) if aj > ai else None
            if alias is not None and alias.kind == "person":
                alias.roles.append(_join_toks(text, toks[i:m]))
                return alias, aj
    # "a protester using the pseudonym Katya", "a man named John Doe"
    m = j
    while m < len(toks) and m < j + 4 and toks[m].low in _ALIAS_WORDS:
        m += 1
    if m > j and m < len(toks) and toks[m - 1].low in _ALIAS_END and toks[m].is_cap and (
            np is None or np.kind == "descriptor"):
        ai, aj = sp.np_span_after(toks, m)
        alias = sp.parse_np(text, toks[ai:aj]) if aj > ai else None
        if alias is not None:
            if np is not None:
                alias.roles.append(np.name)
            if alias.kind == "surname":
                alias.kind = "person"
            np, j = alias, aj
    # "said his father, Abdullah Kurdi,": a descriptor renamed by the appositive
    if np is not None and np.kind == "descriptor" and j + 1 < len(toks) and toks[j].text == "," \
            and toks[j + 1].is_cap:
        ai, aj = sp.np_span_after(toks, j + 1)
        alias = sp.parse_np(text, toks[ai:aj]) if aj > ai else None
        if alias is not None and alias.kind == "person" and (aj >= len(toks) or toks[aj].text in ",.;"):
            alias.roles.append(np.role or np.name)
            return alias, aj
    # "said another co-author, civil engineering professor Lena Osei": lower-case role words, then
    # the person's name
    if np is not None and np.kind == "descriptor" and j + 2 < len(toks) and toks[j].text == "," \
            and toks[j + 1].text[:1].islower():
        m = j + 1
        while m < len(toks) and m < j + 6 and toks[m].is_word and toks[m].text[:1].islower() and \
                not sp.is_role_word(toks[m].low):
            m += 1
        if m < len(toks) and sp.is_role_word(toks[m].low) and toks[m].text[:1].islower():
            _, aj = sp.np_span_after(toks, m)
            if _role_modifiers_before(toks, j + 1, m, aj) == j + 1:
                alias = sp.parse_np(text, toks[j + 1:aj])
                if alias is not None and alias.kind == "person" and (aj >= len(toks) or toks[aj].text in ",.;"):
                    alias.roles.append(np.role or np.name)
                    return alias, aj
    # "said Westbrook University's provost, Tom Quell": a body, its role word, then the person
    if np is not None and np.kind in {"org", "descriptor"} and j < len(toks):
        m = j + 1 if toks[j].text == "," else j
        while m < len(toks) and m < j + 7 and toks[m].is_word and toks[m].low not in _FINITE:
            m += 1
        if m < len(toks) and m > i + 1 and toks[m].text == "," and sp.is_role_word(toks[m - 1].low) \
                and toks[m - 2].low.endswith(("'s", "’s")) and m + 1 < len(toks) and toks[m + 1].is_cap:
            ai, aj = sp.np_span_after(toks, m + 1)
            alias = sp.parse_np(text, toks[ai:aj]) if aj > ai else None
            if alias is not None and alias.kind == "person" and (aj >= len(toks) or toks[aj].text in ",.;"):
                alias.roles.append(_join_toks(text, toks[i:m]))
                return alias, aj
    # appositive after the name: "said Khan, the mayor,", "said Khan, chancellor of the
    # University of X." (a bare role opening it, the organisation it ends in is part of the role)
    if np and j < len(toks) and toks[j].text == "," and j + 1 < len(toks) and (
            toks[j + 1].low in {"the", "a", "an", "who"} or (
                np.kind in {"person", "surname"} and sp.is_role_word(toks[j + 1].low)
                and toks[j + 1].text[:1].islower())):
        e = j + 1
        while e < len(toks) and toks[e].text not in ",.;:\"“”":
            e += 1
        if (e >= len(toks) or toks[e].text in ",.") and e - j <= 14 and any(
                sp.is_role_word(x.low) or x.low in sp.TITLES for x in toks[j + 1:e]) and not (
                _has_verb(toks[j + 1:e]) or any(x.low in _IRREGULAR_PAST for x in toks[j + 1:e])):
            np.roles.append(_clean_rel(text, toks[j + 1:e]))
            j = e
    return np, j


_ALIAS_WORDS = frozenset({"using", "the", "a", "pseudonym", "name", "named", "called", "known", "as",
                          "identified", "only", "by", "who", "gave", "his", "her", "their"})
_ALIAS_END = frozenset({"pseudonym", "named", "called", "as", "name"})


def _cue_string(text: str, toks: list[Token], k: int, limit: int) -> tuple[str, int]:
    """The cue phrase starting at token ``k`` (``told the Post``, ``called for``) and the index
    after it."""
    t = toks[k]
    cue = t.text
    j = k + 1
    nxt = toks[j].low if j < limit else ""
    cues = load_cues()
    c = cues.get(t.text.lower())
    if c and c.lemma == "call" and nxt in {"for", "on"}:
        return f"{cue} {toks[j].text}", j + 1
    if c and c.lemma in {"point"} and nxt == "out":
        return f"{cue} out", j + 1
    if c and c.obj == "obj" and j < limit:
        if nxt in _OBJ_WORDS or nxt in {"the", "local", "state", "national"}:
            e = j + 1
            while e < limit and toks[e].is_word and (toks[e].is_cap or toks[e].low in _OBJ_WORDS
                                                    or toks[e].low in {"media", "press"}):
                e += 1
            return _join_toks(text, toks[k:e]), e
        if toks[j].is_cap and toks[j].low not in sp.PRONOUNS:
            _, e = sp.np_span_after(toks, j)
            if e > j + 1 and toks[j].text.isupper() and len(toks[j].text) > 1 and toks[j + 1].is_cap \
                    and not toks[j + 1].text.isupper() and e < limit and toks[e].text in DOUBLE_MARKS:
                e = j + 1  # 'told MSNBC Cummings "was ..."': the outlet, then the clause's subject
            if e > j:
                return _join_toks(text, toks[k:e]), e
    # "wrote on Twitter", "said in a statement": keep the medium in the cue
    if j + 1 < limit and nxt in {"on", "via", "in"}:
        e = _skip_adverbials(toks, j, min(limit, j + 10))
        if e > j and any(x.low in {"twitter", "facebook", "statement", "interview", "instagram"}
                         for x in toks[j:e]):
            return _join_toks(text, toks[k:e]), e
    return cue, j


# ---------------------------------------------------------------------------------------------
# The per-article extractor


@dataclass
class Item:
    """A quote or reported clause found in one field, before its speaker is resolved."""

    field: str
    start: int
    end: int
    kind: str
    np: NounPhrase | None = None
    cue: str = ""
    pos: int = 0  # where the speaker mention is (for pronoun recency)
    para: int = 0
    span: Span | None = None
    speaker: str = ""
    named: bool = False
    role: str = ""
    inherit: bool = False  # takes the previous quote's speaker
    roles: list[str] = field(default_factory=list)


class _Field:
    """One field of one article: text, masked text, paragraphs, sentences, quote spans."""

    def __init__(self, name: str, text: str, single: bool) -> None:
        split_paragraphs, split_sentences = _segmentation()
        self.name = name
        self.text = text
        self.paras = split_paragraphs(text) if text else []
        self.spans = find_quote_spans(text, self.paras, single=single)
        self.masked = mask_quotes(text, self.spans)
        self.sents: list[tuple[int, int, int]] = []  # start, end, paragraph
        for pi, (ps, pe) in enumerate(self.paras):
            for s, e in split_sentences(self.masked, ps, pe):
                self.sents.append((s, e, pi))
        self._starts = [s for s, _, _ in self.sents]
        self._orig_sents: list[int] | None = None
        self._cue_hits: list[int] | None = None
        self.name_marks: set[int] = set()  # opening marks of names in marks (not quotes)
        self.orphans: list[Item] = []  # quotes without a speaker in their own sentence
        self.reg: Registry | None = None  # the article's people (set once the registry is built)

    def cue_hits(self) -> list[int]:
        """Start offsets of every cue word in the masked text, found in one pass per field."""
        if self._cue_hits is None:
            self._cue_hits = [m.start() for m in _cue_regex().finditer(self.masked)]
        return self._cue_hits

    def sent_of(self, pos: int) -> int:
        i = bisect.bisect_right(self._starts, pos) - 1
        return max(i, 0)

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence holding ``pos`` in the article's own segmentation."""
        if self._orig_sents is None and self.masked == self.text:
            self._orig_sents = self._starts  # nothing was masked: the same segmentation
        if self._orig_sents is None:
            _, split_sentences = _segmentation()
            self._orig_sents = []
            by_para: dict[int, list[int]] = {}
            for s, _, pi in self.sents:
                by_para.setdefault(pi, []).append(s)
            for pi, (ps, pe) in enumerate(self.paras):
                if self.masked[ps:pe] == self.text[ps:pe]:
                    # a paragraph without quotes segments the same in the masked copy
                    self._orig_sents.extend(by_para.get(pi, []))
                else:
                    self._orig_sents.extend(s for s, _ in split_sentences(self.text, ps, pe))
        return max(bisect.bisect_right(self._orig_sents, pos) - 1, 0)

    def para_of(self, pos: int) -> int:
        starts = [p[0] for p in self.paras]
        return max(bisect.bisect_right(starts, pos) - 1, 0)


def _attribute_quote(f: _Field, q: Span, prev_close: int, next_open: int, sent: tuple[int, int, int],
                     cues: dict[str, Cue]) -> tuple[NounPhrase | None, str, int, bool, bool]:
    """Find who said quote ``q``: returns (noun phrase, cue, mention position, left_ok, right_ok).

    ``left_ok``/``right_ok`` say whether the quote stands as a whole utterance on that side.
    """
    text, masked = f.text, f.masked
    ss, se, _ = sent
    lo = max(ss, prev_close, q.open_mark - WINDOW)
    hi_end = se if q.close_mark is None else min(se, next_open, q.close_mark + 1 + WINDOW)
    r_start = (q.close_mark + 1) if q.close_mark is not None else q.end
    ltoks = tokenize(masked, lo, q.open_mark)
    rtoks = tokenize(masked, r_start, max(hi_end, r_start))
    starts_upper = bool(re.match(r"\W*[A-Z0-9\[]", text[q.start:q.start + 4]))

    # ---- right side: ", X said" / ", said X"
    np_r, cue_r, pos_r = None, "", -1
    k = 0
    while k < len(rtoks) and rtoks[k].text in ",;—–-":
        k += 1
    right_empty = k >= len(rtoks) or rtoks[k].text in ".?!"
    if k < len(rtoks):
        c = _is_cue(rtoks[k], cues)
        if c and c.quote and not rtoks[k].low.endswith("ing"):
            cue_r, e = _cue_string(masked, rtoks, k, len(rtoks))
            np_r, e2 = _np_after(text, rtoks, e)
            pos_r = rtoks[e].start if e < len(rtoks) else rtoks[k].start
            if np_r is None:
                e2 = e
            right_rest = rtoks[e2:]
        else:
            np_r, e = _np_after(text, rtoks, k)
            if np_r is None and rtoks[k].low in sp.DETERMINERS:
                # "a local politician said", "one resident told the paper"
                m = k + 1
                while m < len(rtoks) and m <= k + 4 and rtoks[m].is_word and \
                        rtoks[m].text[:1].islower() and not _is_cue(rtoks[m], cues):
                    m += 1
                if m > k + 1 and m < len(rtoks) and _is_cue(rtoks[m], cues):
                    np_r, e = sp.NounPhrase(_join_toks(text, rtoks[k:m]), _join_toks(
                        text, rtoks[k + 1:m]), "descriptor", rtoks[k].start, rtoks[m - 1].end), m
            if np_r is not None:
                pos_r = rtoks[k].start
                m = e
                # appositive between subject and verb: "X, a professor at Y, said"
                if m < len(rtoks) and rtoks[m].text == ",":
                    m2 = m + 1
                    while m2 < len(rtoks) and m2 < m + 25 and rtoks[m2].text not in ",.;\"“”":
                        m2 += 1
                    if m2 < len(rtoks) and rtoks[m2].text == ",":
                        np_r.roles.append(_clean_rel(text, rtoks[m + 1:m2]))
                        m = m2 + 1
                while m < len(rtoks) and rtoks[m].low in sp.SKIP_BEFORE_CUE:
                    m += 1
                c2 = _is_cue(rtoks[m], cues) if m < len(rtoks) else None
                if c2 and c2.quote:
                    cue_r, e3 = _cue_string(masked, rtoks, m, len(rtoks))
                    right_rest = rtoks[e3:]
                else:
                    np_r = None
        if np_r is not None:
            if not right_rest or right_rest[0].text in ".,;?!" or _skip_adverbials(
                    right_rest, 0, len(right_rest)) == len(right_rest):
                pass
    # ', also observing, "...': only a cue between this quote and the next one
    bridge = next_open < se and k < len(rtoks) and all(
        (not t.is_word) or t.low in sp.SKIP_BEFORE_CUE or t.low in {"and", "but", "then"}
        or _is_cue(t, cues) is not None for t in rtoks[k:])
    right_ok = right_empty or bridge or np_r is not None or (
        k < len(rtoks) and rtoks[k].low in {"and", "or"} and
        all(t.is_word for t in rtoks[k:k + 1]) and len(rtoks) - k <= 2 and next_open < se)

    # ---- left side: "X said: ", "X called it", "according to X,"
    np_l, cue_l, pos_l = None, "", -1
    left_ok = not any(t.is_word for t in ltoks)
    last_cue = None
    interrupted = False  # an "according to X," that interrupts the reporter's clause
    dashes = [i for i, t in enumerate(ltoks) if t.text in "—–"]
    skip_lo, skip_hi = (dashes[-2], dashes[-1]) if len(dashes) >= 2 else (-1, -1)
    for idx in range(len(ltoks) - 1, -1, -1):
        if skip_lo <= idx <= skip_hi:
            continue  # "— which the BBC noted as unusual —" is an aside
        t = ltoks[idx]
        if t.low == "according" and idx + 1 < len(ltoks) and ltoks[idx + 1].low == "to":
            last_cue = ("according", idx)
            break
        go = _went_on_to(ltoks, idx)
        c = _is_cue(t, cues, ltoks[idx - 1] if idx > 0 and go is None else None)
        if c is None and t.low in _VERDICT_VERBS:
            c = _verdict_cue(text, ltoks, idx)
        if c and c.quote:
            if idx > 0 and ltoks[idx - 1].low == "to" and go is None:  # "to say", "refused to comment"
                continue
            if idx > 0 and ltoks[idx - 1].low in _SUBORDINATORS and idx + 1 < len(ltoks) and \
                    ltoks[idx + 1].low == "by":
                continue  # "the manifesto, if written by the suspect, ...": a passive participle
            last_cue = (c, idx)
            break
    if last_cue is None and ltoks and lo == ss and ltoks[0].is_cap:
        # inverted cue opening the sentence: 'Remarked scientist Ada Kim, "..."', 'Said Bo Tran: "..."'
        c0 = cues.get(ltoks[0].low)
        if c0 is not None and c0.quote and not c0.naming and not ltoks[0].low.endswith("ing") \
                and ltoks[0].low != c0.lemma:
            np_a, e_a = _np_after(text, ltoks, 1)
            if np_a is not None and np_a.kind != "pronoun" and e_a < len(ltoks) and \
                    ltoks[e_a].text in ",:" and all(not t.is_word for t in ltoks[e_a:]):
                np_l, cue_l, pos_l = np_a, ltoks[0].low, ltoks[0].start
                left_ok = True
    if last_cue is None and np_l is None and lo == ss and ltoks and ltoks[0].is_cap and \
            ltoks[0].low.endswith("ing") and cues.get(ltoks[0].low) is not None and \
            cues[ltoks[0].low].quote and rtoks and rtoks[0].text == ",":
        # 'Calling it "just another apology", Ana Kim of X told ...': the subject after the
        # participial phrase that holds the quote
        np_a, _ = _np_after(text, rtoks, 1)
        if np_a is not None and np_a.kind in {"person", "surname", "org"}:
            np_l, cue_l, pos_l = np_a, ltoks[0].low, np_a.start
    if last_cue is not None:
        c, idx = last_cue
        if c == "according":
            np_l, e = _according_np(text, ltoks, idx + 2)
            cue_l = "according to"
            pos_l = ltoks[idx].start
            between = ltoks[e:]
            np_in, v = _inner_speaker(text, ltoks, e + 1, cues) if np_l is not None and \
                e < len(ltoks) and ltoks[e].text == "," else (None, -1)
            vb = idx - 2
            if idx >= 2 and ltoks[idx - 1].text == "," and not _intro_only(ltoks[:idx - 1]) and \
                    not _ends_in_attribution(text, ltoks, 0, idx - 1, cues):
                interrupted = True  # 'Six claims were, according to court records, "..."'
            if np_in is not None:
                # 'According to the Clarion, a spokesman expressed regret ...; "..."': the spokesman
                np_l, cue_l, pos_l, between = np_in, ltoks[v].text, ltoks[e + 1].start, ltoks[v + 1:]
            elif vb >= 0 and ltoks[idx - 1].text == "," and not ltoks[vb].low.endswith("ing") and (
                    ltoks[vb].low in _VERDICT_VERBS or ltoks[vb].low in _EXPRESS_VERBS or (
                        _is_cue(ltoks[vb], cues) is not None and _is_cue(ltoks[vb], cues).quote)):
                # 'Judge X decided, according to the ruling, "..."': the judge, as the ruling reports
                np_s, si = _subject_before(text, ltoks, vb)
                if _person_head(np_s) or (np_s is not None and np_s.kind == "descriptor"):
                    np_l, cue_l, pos_l = np_s, ltoks[vb].text, ltoks[si].start
                    between = ltoks[e:]
        else:
            cue_l, e = _cue_string(masked, ltoks, idx, len(ltoks))
            go = _went_on_to(ltoks, idx)
            if go is not None:
                cue_l = _join_toks(text, ltoks[go:idx]) + " " + cue_l  # "went on to add"
            pb = idx - 1
            while pb > 0 and ltoks[pb].text[:1].islower() and ltoks[pb].low.endswith("ly") and len(ltoks[pb].low) > 4:
                pb -= 1  # "was previously announced to be a "pandemic" by the WHO"
            passive = idx > 0 and ltoks[pb].low in _BE or (
                # 'a pattern described by Marine Bulletin as "..."': a participle with its agent
                ltoks[idx].low.endswith("ed") and idx + 2 < len(ltoks) and ltoks[idx + 1].low == "by"
                and ltoks[idx - 1].is_word and ltoks[idx - 1].text[:1].islower())
            if passive:
                # "was described as "..." by the police"
                bk = 0
                while bk < len(rtoks) and not rtoks[bk].is_word:
                    bk += 1
                if bk < len(rtoks) and rtoks[bk].low == "by":
                    np_l, _ = _np_after(text, rtoks, bk + 1)
                    pos_l = rtoks[bk].start
                by_l = next((m for m in range(idx + 1, min(len(ltoks), idx + 4)) if ltoks[m].low == "by"), None)
                if np_l is None and by_l is not None:
                    # "was described by the Daily Planet as a "...""
                    np_l, _ = _np_after(text, ltoks, by_l + 1)
                    pos_l = ltoks[by_l].start
            elif ltoks[idx].low.endswith("ing") and _cited_as(text, ltoks, idx) is not None:
                np_l = _cited_as(text, ltoks, idx)  # 'quoted the mayor as saying, "..."'
                pos_l = np_l.start
            elif ltoks[idx].low.endswith("ing") and idx > 0 and ltoks[idx - 1].text in {",", "by"}:
                np_l, pos_l = _main_subject(f, ltoks, idx, cues, [])
            elif idx >= 3 and ltoks[idx - 1].low == "having" and _with_agent(text, ltoks, idx - 1) is not None:
                # 'with analyst Kevin Bonham having declared it "..."': the subject of "having"
                np_l = _with_agent(text, ltoks, idx - 1)
                pos_l = np_l.start
            else:
                # "X went on to add, "..."": the subject of the verb before "on to"
                np_l, si = _subject_before(text, ltoks, _went_on_to(ltoks, idx) or idx)
                pos_l = ltoks[si].start if np_l is not None and si < len(ltoks) else ltoks[idx].start
                if np_l is None:
                    # a participle ("stating,") or inverted order ("said Khan,"): look after, then
                    # at the subject of the sentence
                    np_a, e_a = _np_after(text, ltoks, e)
                    if np_a is not None and np_a.kind != "pronoun" and not ltoks[idx].low.endswith("ing") \
                            and (idx == 0 or ltoks[idx - 1].text == ","):
                        np_l, e = np_a, e_a
                        pos_l = ltoks[idx].start
                    else:
                        np_l, pos_l = _sentence_subject(f, ss, ltoks[idx].start, cues)
            between = ltoks[e:]
            by_np = _issued_by(text, between)
            if by_np is not None:
                np_l, pos_l = by_np, by_np.start  # 'announced an order by Admiral Jo Wren directing ...'
        words_between = [t for t in between if t.is_word]
        ends_punct = bool(between) and between[-1].text in ",:"
        if (isinstance(c, Cue) and c.naming) or interrupted:
            left_ok = False
        elif not words_between:
            left_ok = ends_punct or starts_upper
        else:
            adv_end = _skip_adverbials(between, 0, len(between))
            rest = [t for t in between[adv_end:] if t.is_word]
            left_ok = (not rest and (ends_punct or starts_upper)) or (
                ends_punct and len(words_between) <= 4 and starts_upper) or (
                # 'said, in response to the study, "This virus ..."': an aside between commas
                ends_punct and len(words_between) <= 7 and starts_upper and between[0].text == ","
                and between[-1].text == ",") or (
                between[-1].text == ":" and starts_upper)  # '..., finding that ...: "In our view ..."'
    elif ltoks and ltoks[-1].text == ":" and np_l is None and (
            starts_upper or _issues_document(text, ltoks, ltoks[0].start)):
        # (a statement issued before the colon opens a quote also in lower case)
        left_ok = True
        # "In his message, he praised the troops: "...": the subject of the introducing sentence
        np_l, pos_l = _sentence_subject(f, max(ss, lo), ltoks[-1].start, cues)
        if np_l is not None and np_l.kind == "descriptor" and np_l.name.split()[-1].lower() == "itself":
            np_l.name = np_l.name.rsplit(None, 1)[0]  # "The study itself outlined X:"
        issued = _issues_document(text, ltoks, np_l.end) if np_l is not None and np_l.kind != "pronoun" else ""
        if issued:
            cue_l = issued  # 'The government of X issued a statement agreeing ...: "..."': the issuer's
        elif np_l is not None and np_l.kind == "descriptor" and np_l.name.split() and not (
                np_l.name.split()[-1].lower() in _OWN_BODIES | sp.ORG_HEADS and _people_in(f, np_l.start, np_l.end)) \
                and not (np_l.name.split()[0].lower() in {"the", "this"} and len(np_l.name.split()) == 2
                         and np_l.name.split()[-1].lower() in _COLON_DOCS):
            np_l = None  # (but 'The Kim campaign put out a statement: "..."' is the campaign's)
        if not issued and (np_l is None or (np_l.kind in {"surname", "org"} and _people_in(
                f, np_l.start, np_l.end) == [])):
            # 'Teague's answer was simple: "No."', 'For Teague, the lesson is clear: "..."': no
            # speech verb; the one person the introducing sentence names speaks
            people = _people_in(f, max(ss, lo), ltoks[-1].start)
            src = next((m for m in range(1, len(ltoks) - 2) if ltoks[m].low in {"from", "by"}
                        and ltoks[m - 1].low in _COLON_DOCS | {"message", "words"}), None)
            np_src = _np_after(text, ltoks, src + 1)[0] if src is not None else None
            if np_src is not None and np_src.kind in {"person", "surname", "descriptor", "org"}:
                # 'The palace issued the following statement from the king: "..."': the statement's author
                np_l, pos_l = np_src, np_src.start
            elif len({id(p) for _, p in people}) == 1:
                at, p = people[0]
                np_l, pos_l = sp.NounPhrase(p.name, "", "person", at, at + 1), at
    if not left_ok and ltoks and all(not t.is_word for t in ltoks):
        left_ok = True

    # partial quotes: a cue further on in the sentence ("is the "x" between A and B, he added")
    if np_l is None and np_r is None and not (left_ok and right_ok):
        for idx, t in enumerate(rtoks):
            if t.low in _CLAUSE_SWITCH and prev_close > ss:
                # 'X said ... "a" in an "b" while Y wrote ...': the later cue is another clause's;
                # the fragment goes on with the quote before it in this sentence
                break
            if t.low == "according" and idx + 1 < len(rtoks) and rtoks[idx + 1].low == "to":
                # 'came in at "a dangerously low altitude" according to the Gazette'
                np_x, _ = _according_np(text, rtoks, idx + 2)
                if np_x is not None:
                    return np_x, "according to", t.start, left_ok, right_ok
                break
            c = _is_cue(t, cues, rtoks[idx - 1] if idx > 0 else None)
            if c and c.quote and not (idx > 0 and rtoks[idx - 1].low in _BE | {"to"}):
                np_x, si = _subject_before(text, rtoks, idx)
                if np_x is None:
                    np_x, _ = _np_after(text, rtoks, idx + 1)
                if np_x is not None:
                    cue_x, _ = _cue_string(masked, rtoks, idx, len(rtoks))
                    return np_x, cue_x, t.start, left_ok, right_ok
                break
    if np_r is not None:
        return np_r, cue_r, pos_r, left_ok, right_ok
    if np_l is not None:
        return np_l, cue_l, pos_l, left_ok, right_ok
    return None, cue_l or cue_r, -1, left_ok, right_ok


def _with_agent(text: str, toks: list[Token], h: int) -> NounPhrase | None:
    """'with NP having ...': the noun phrase between "with" and the participle at ``h``."""
    wi, wj = sp.np_span_before(toks, h)
    if wj == h and wi > 0 and toks[wi - 1].low == "with":
        return sp.parse_np(text, toks[wi:wj])
    return None


_CALL_IT_ADJ = frozenset("""likely unlikely important essential necessary vital possible impossible
probable improbable crucial clear unclear doubtful certain""".split())
_CLAUSE_SWITCH = frozenset({"while", "whereas", ";"})
_ISSUED = _DOCUMENTS | frozenset("""order orders directive directives instruction instructions
appeal call warning""".split())


def _issued_doc_before(toks: list[Token], k: int) -> int | None:
    """Index of the verb in ``issued a (joint) statement (with the league) saying`` before the
    participle at ``k``: a verb of issuing, up to three words, a document (or documents), then at
    most six words of place, time or channel without punctuation or another verb."""
    d = k - 1
    while d >= 0 and k - d <= 7 and toks[d].is_word and toks[d].low.rstrip("s") not in _DOCUMENTS and \
            toks[d].low not in _FINITE and toks[d].low not in _ISSUE_VERBS:
        d -= 1
    if d < 1 or k - d > 7 or not toks[d].is_word or toks[d].low.rstrip("s") not in _DOCUMENTS \
            or not toks[d].text.islower():
        return None
    v = d - 1
    while v >= 0 and d - v <= 4 and toks[v].is_word and toks[v].low not in _ISSUE_VERBS and \
            toks[v].text[:1].islower() and toks[v].low not in _FINITE:
        v -= 1
    if v < 0 or d - v > 4 or toks[v].low not in _ISSUE_VERBS or not toks[v].text.islower():
        return None
    return v


def _issues_document(text: str, toks: list[Token], after: int) -> str:
    """``issued a statement``, ``released its own statement``: a verb of issuing and a document as
    its object among ``toks`` after offset ``after`` (the subject's end), before any clause break;
    the phrase as written, "" when there is none."""
    for m, t in enumerate(toks):
        if t.start < after:
            continue
        if t.text in ';"“”' or t.low in _REL or t.low in _SUBORDINATORS:
            return ""
        if t.low in _ISSUE_VERBS and t.text.islower():
            d = m + 1
            while d < len(toks) and d <= m + 4 and toks[d].is_word and toks[d].low not in _DOCUMENTS and \
                    toks[d].text[:1].islower() and toks[d].low not in _FINITE:
                d += 1
            if d < len(toks) and toks[d].low in _DOCUMENTS and toks[d].text.islower():
                return _join_toks(text, toks[m:d + 1])
            return ""
    return ""


def _issued_by(text: str, between: list[Token]) -> NounPhrase | None:
    """``an order by Commander Jo Wren directing ...`` right after a cue: the named person issued
    the words quoted after it (``a/an/the DOCUMENT by PERSON``)."""
    if len(between) < 4 or between[0].low not in {"a", "an", "the", "his", "her", "its", "their"}:
        return None
    b = 1
    while b < len(between) and b < 4 and between[b].text[:1].islower() and between[b].low != "by":
        b += 1
    if b >= len(between) or between[b].low != "by" or between[b - 1].low not in _ISSUED:
        return None
    np, _ = _np_after(text, between, b + 1)
    return np if np is not None and np.kind == "person" else None


def _according_name_clause(f: _Field, toks: list[Token], k: int, n: int) -> tuple[NounPhrase, int] | None:
    """``according to Wasel archaeologists have not found ...`` (``according`` at ``k``): the name
    of a person the article knows, then a clause with no comma between them. Returns the person
    and where the clause starts; None otherwise (``according to Reuters, ...``)."""
    if f.reg is None:
        return None
    a = k + 2
    m = a
    while m < n and m < a + 4 and toks[m].is_word and toks[m].is_cap and not toks[m].low.endswith(("'s", "’s")):
        m += 1
    if m == a or m >= n or not toks[m].is_word or not toks[m].text[:1].islower():
        return None
    name = _join_toks(f.text, toks[a:m])
    p = f.reg.find(name) if m - a > 1 else f.reg.resolve_surname(name)
    if p is None or not (p.last == sp.fold(toks[m - 1].text) or f.reg.find(name) is p):
        return None
    if not (_np_then_verb(toks, m, min(n, m + 12)) or (
            toks[m].low in _SUBJ_PRON - {"i"} and m + 1 < n and (
                toks[m + 1].low in _FINITE or toks[m + 1].low in _MODALS or toks[m + 1].low in _IRREGULAR_PAST
                or (toks[m + 1].low.endswith("ed") and toks[m + 1].text.islower())))):
        return None
    np = sp.NounPhrase(p.name, "", "person", toks[a].start, toks[m - 1].end)
    return np, m


def _according_np(text: str, toks: list[Token], k: int) -> tuple[NounPhrase | None, int]:
    """The source after ``according to``: ``the BBC``, ``a statement released by X's office``."""
    # "a statement released by X", "a Twitter post by X", "projections by CNN and NPR"
    for m in range(k, min(len(toks), k + 6)):
        if toks[m].text in ",;.\"“”":
            break
        if toks[m].low in {"by", "from"} and m + 1 < len(toks):
            np2, e2 = _np_conj(text, toks, m + 1)
            if np2 is not None:
                return np2, e2
    if k < len(toks) and toks[k].low in {"him", "her", "them"} and (
            k + 1 >= len(toks) or not toks[k + 1].is_word):
        # "According to him, ...": the pronoun as a subject, resolved like "he said"
        name = {"him": "he", "her": "she", "them": "they"}[toks[k].low]
        return sp.NounPhrase(name, "", "pronoun", toks[k].start, toks[k].end,
                             gender=sp.PRONOUNS[name]), k + 1
    np, e = _np_conj(text, toks, k)
    if np is not None and e + 1 < len(toks) and toks[e].text == "." and toks[e].start == toks[e - 1].end \
            and toks[e + 1].start == toks[e].end and toks[e + 1].low in _TLDS:
        # "According to Politics1.com": a website
        np = sp.NounPhrase(text[np.start:toks[e + 1].end], "", "org", np.start, toks[e + 1].end)
        e += 2
    if np is not None and e + 2 < len(toks) and toks[e].text == "(" and toks[e + 2].text == ")":
        e += 3  # "the Institute of Volcanology (Phivolcs)": the acronym gloss
    if np is not None and np.kind == "descriptor" and e + 1 < len(toks) and toks[e].low in {"in", "at", "from"} \
            and toks[e + 1].is_cap:
        # "According to police in Yarrow, Texas, ...": the place is part of the source
        m = e + 1
        while m < len(toks) and (toks[m].is_cap or (toks[m].text == "," and m + 1 < len(toks) and toks[m + 1].is_cap
                                                     and m + 2 < len(toks) and toks[m + 2].text == ",")):
            m += 1
        if m < len(toks) and toks[m].text == ",":
            np.roles.append(_join_toks(text, toks[e:m]))
            e = m
    if np is not None and np.kind in {"descriptor", "org"} and e + 1 < len(toks) and toks[e].low == "and":
        # "According to police and county officials, ...": two sources; the first stands for both
        np2, e2 = _np_after(text, toks, e + 1)
        if np2 is not None and np2.kind in {"descriptor", "org"} and e2 < len(toks) and toks[e2].text == ",":
            e = e2
    if np is not None and np.kind == "descriptor" and np.name[:1].islower() and e < len(toks):
        # "according to court records, ...", "according to hospital staff": plain nouns after the
        # role word close the source (when the phrase ends there)
        m = e
        while m < len(toks) and m < e + 2 and toks[m].text.isalpha() and toks[m].text.islower() and \
                toks[m].low not in sp._FUNCTION_WORDS and toks[m].low not in _FINITE and \
                toks[m].low not in sp._NOT_MODIFIER and not toks[m].low.endswith("ly") and \
                _is_cue(toks[m], load_cues()) is None:
            m += 1
        if m > e and (m >= len(toks) or toks[m].text in ',.;:"“”'):
            np = sp.NounPhrase(_join_toks(text, toks[k:m]), _join_toks(text, toks[k:m]), "descriptor",
                               toks[k].start, toks[m - 1].end, roles=list(np.roles))
            e = m
    # "CNN's projections": the possessor is the source
    if np is not None and e < len(toks) and re.search(r"['’]s$", np.name) and \
            toks[e].is_word and toks[e].text[:1].islower():
        np.name = re.sub(r"['’]s$", "", np.name)
        e += 1
    if np is None and k < len(toks) and toks[k].low not in _SUBJ_PRON | {"you", "him", "her", "them"}:
        # lower-case sources: "according to witness accounts", "according to local media"
        j = k
        while j < len(toks) and toks[j].is_word and j < k + 4 and not _is_cue(toks[j], load_cues()):
            j += 1
        if j > k and any(x.low in sp.ROLE_WORDS or x.low in sp.ORG_HEADS for x in toks[k:j]):
            return sp.parse_np(text, toks[k:j]), j
    if np is not None and np.kind == "pronoun" and np.name.lower() in {"you", "i", "we"}:
        return None, k
    if np is None or np.kind in {"descriptor", "org"}:
        # "According to Millbrook's first selectman, Rita Vos, ...": the person the role names
        c = e if np is not None else k
        while c < len(toks) and c < k + 8 and toks[c].is_word and toks[c].low not in _FINITE:
            c += 1
        if c + 1 < len(toks) and toks[c].text == "," and toks[c + 1].is_cap and \
                any(sp.is_role_word(x.low) for x in toks[k:c]):
            ai, aj = sp.np_span_after(toks, c + 1)
            alias = sp.parse_np(text, toks[ai:aj]) if aj > ai else None
            kin = alias is not None and alias.kind == "surname" and toks[k].low in {"his", "her", "their"} \
                and c - k == 2 and (toks[k + 1].low in _FAMILY_ROLES or toks[k + 1].low in sp.FEMALE_WORDS
                                    or toks[k + 1].low in sp.MALE_WORDS)
            if alias is not None and (alias.kind == "person" or kin) and aj < len(toks) and toks[aj].text == ",":
                # ("According to his wife, Amanda, ...": a relative named by one given name)
                alias.roles.append(_join_toks(text, toks[k:c]))
                return alias, aj
    return np, e


_EXPRESS_VERBS = frozenset("""expressed expresses voiced voices conveyed conveys""".split())
_VERDICT_VERBS = frozenset("""found finds decided decides concluded concludes held holds
determined determines""".split())
_ADJUDICATORS = frozenset("""court courts tribunal tribunals judge judges justice justices jury
juries inquiry inquiries inquest panel panels commission ombudsman coroner magistrate magistrates
arbitrator arbitrators investigation review regulator watchdog
committee board ruling verdict judgment judgement report study audit""".split())


_VERDICT_CUE = Cue("found", "find", True, True, "", False)
_VERDICT_ONLY = _VERDICT_VERBS - set(load_cues())  # (concluded is a speech verb anyway)


@functools.lru_cache(maxsize=1)
def _live_words() -> frozenset[str]:
    """Cue-regex words that can open reported speech in :func:`_find_indirect`: "according",
    "According" and every cue form that takes a clause (or is a form of "call")."""
    return frozenset({"according", "According"} | {w for w, c in load_cues().items()
                                                  if c.clause or c.lemma == "call"})
_ADJUDICATOR_RE = re.compile(r"(?i)\b(?:" + "|".join(sorted(_ADJUDICATORS)) + r")\b")


def _verdict_cue(text: str, toks: list[Token], k: int, lo: int = 0) -> Cue | None:
    """``found``/``decided``/``concluded``/``held`` report a finding when a court, a judge, an
    inquiry or a report is their subject (``The tribunal found the dismissal "unfair"``)."""
    t = toks[k]
    if t.low not in _VERDICT_VERBS or not t.text[:1].islower() or (k > lo and toks[k - 1].low in _BE):
        return None
    np, _ = _subject_before(text, toks, k, lo)
    if np is None:
        return None
    words = re.findall(r"[\w-]+", (np.name + " " + np.role + " " + " ".join(np.roles)).lower())
    return _VERDICT_CUE if any(w in _ADJUDICATORS for w in words) else None


def _person_head(np: NounPhrase | None) -> bool:
    """Can ``np`` be someone who speaks (a name, a pronoun, a person's role, a body)?"""
    if np is None:
        return False
    if np.kind in {"person", "surname", "org"}:
        return True
    if np.kind == "pronoun":
        return np.name.lower() in {"he", "she", "they"}
    words = [w.lower() for w in re.split(r"\s+", np.name)]
    for w in words:
        if w in {"of", "for", "at", "from", "with", "to"}:
            break
        if w in sp.ROLE_WORDS and w not in {"statement", "report", "reports", "document",
                                            "documents", "letter", "release"}:
            return True
    return False


def _inner_speaker(text: str, toks: list[Token], cs: int, cues: dict[str, Cue]
                   ) -> tuple[NounPhrase | None, int]:
    """The speaker inside a clause reported by a medium: ``According to the Clarion, a spokesman
    for the ministry expressed regret ...``. Returns the clause subject and the index of its verb
    (a speech cue or ``expressed``/``voiced``) when the subject can speak, else ``(None, -1)``."""
    if cs >= len(toks) or not toks[cs].is_word:
        return None, -1
    np, e = _np_after(text, toks, cs)
    if not _person_head(np):
        return None, -1
    while e < len(toks) and (toks[e].low in sp.SKIP_BEFORE_CUE or (
            toks[e].text[:1].islower() and toks[e].low.endswith("ly") and len(toks[e].text) > 4)):
        e += 1
    if e >= len(toks) or toks[e].low.endswith("ing"):
        return None, -1
    c = _is_cue(toks[e], cues, toks[e - 1] if e > 0 else None)
    if (c is not None and (c.quote or c.clause)) or toks[e].low in _EXPRESS_VERBS:
        return np, e
    return None, -1


def _np_conj(text: str, toks: list[Token], k: int) -> tuple[NounPhrase | None, int]:
    """A noun phrase that may be two names joined by "and" ("Reuters and NBC"), with an
    appositive after it skipped ("Amy Cook, director of the event,")."""
    np, e = _np_after(text, toks, k)
    if np is not None and e + 1 < len(toks) and toks[e].low == "and" and toks[e + 1].is_cap:
        np2, e2 = _np_after(text, toks, e + 1)
        if np2 is not None:
            np = sp.NounPhrase(_join_toks(text, toks[k:e2]), np.role, "org" if np.kind == "org"
                               else np.kind, toks[k].start, toks[e2 - 1].end)
            e = e2
    if np is not None and e < len(toks) and toks[e].text == "," and e + 1 < len(toks) and \
            toks[e + 1].is_word and toks[e + 1].text[:1].islower() and toks[e + 1].low in \
            sp.ROLE_WORDS | sp.MODIFIERS | sp.DETERMINERS:
        m = e + 1
        while m < len(toks) and m < e + 15 and toks[m].text != ",":
            m += 1
        seg = toks[e + 1:m]
        # ("According to authorities, the site hosted clips of children, ...": a clause, not a role)
        clause = any(x.text[:1].islower() and x.low.endswith("ed") and len(x.low) > 4 and q > 0
                     and seg[q - 1].is_word and seg[q - 1].low not in sp.DETERMINERS | sp.MODIFIERS
                     and seg[q - 1].low not in sp.SKIP_BEFORE_CUE for q, x in enumerate(seg))
        if m < len(toks) and toks[m].text == "," and any(sp.is_role_word(x.low) for x in seg) \
                and not any(x.low in _BE | {"had", "has", "have"} for x in seg) and not clause:
            np.roles.append(_join_toks(text, toks[e + 1:m]))
            e = m
    return np, e


_INTRO_WORDS = frozenset("""according on in at after before during late earlier later however meanwhile
yesterday today also as because since with for by following despite amid while although though
when if once until under over last this next""".split())


_TIME_NOUNS = frozenset("""day days week weeks month months year years morning afternoon evening
night weekend time""".split())


_PARTICIPLE_NEXT = frozenset("""it to on about for the a an his her their its in at with from that this as
out up after over into""".split())


_COLON_DOCS = frozenset({"study", "report", "statement", "ruling", "judgment", "judgement", "verdict",
                         "decree", "letter", "order", "filing", "complaint", "lawsuit", "petition",
                         "survey", "summary", "release"})
_ASKED_NEXT = frozenset({"by", "whether", "if", "why", "how", "what", "when", "with"})


def _sentence_subject(f: _Field, ss: int, before: int, cues: dict[str, Cue]
                      ) -> tuple[NounPhrase | None, int]:
    """The first noun phrase of the sentence (after an opening "On Tuesday," phrase)."""
    toks = tokenize(f.masked, ss, min(before, ss + WINDOW))
    k = 0
    for rnd in range(3):  # up to three opening phrases: "The next day, with protests ongoing, X ..."
        if k + 3 < len(toks) and toks[k].low in {"the", "that", "this", "each", "every"}:
            # "The next day, X ...", "That evening, X ...": a time phrase opening the sentence
            c = next((q for q in range(k + 1, min(len(toks), k + 5)) if toks[q].text == ","), None)
            if c is not None and toks[c - 1].low in _TIME_NOUNS:
                k = c + 1
                continue
        if k < len(toks) and toks[k].is_cap and toks[k].low.endswith("ly") and len(toks[k].low) > 4 and \
                toks[k].low not in sp.ROLE_WORDS:
            # "Shortly thereafter, at 6:30 pm, the city ...", "Separately, the ministry ...": an adverb
            c = next((q for q in range(k + 1, min(len(toks), k + 8)) if toks[q].text == ","), None)
            if c is not None and not _has_verb(toks[k + 1:c]):
                k = c + 1
                continue
        if k < len(toks) and toks[k].low in _INTRO_WORDS:
            c = next((q for q in range(k, min(len(toks), k + 10)) if toks[q].text == ","), None)
            if c is not None:
                k = c + 1  # "On Tuesday, ...", "As a result, ..."
                continue
            if rnd == 0 and toks[k].low not in {"this", "last", "next"}:
                return None, -1
        break
    if k + 1 < len(toks) and toks[k].is_cap and (toks[k].low.endswith("ing") or (
            toks[k].low.endswith("ed") and len(toks[k].low) > 4)) and toks[k].low not in sp.ROLE_WORDS \
            and (toks[k + 1].low in _PARTICIPLE_NEXT or toks[k + 1].low in _ASKED_NEXT):
        # (not "Boeing did not ...": a name); 'Asked about X, Kim was blunt', 'Underwhelmed with ...'
        # 'Calling it "just another apology", Ana Kim told ...': an opening participial phrase
        c = next((q for q in range(k + 1, min(len(toks), k + 16)) if toks[q].text == ","), None)
        if c is not None:
            k = c + 1
    if k >= len(toks):
        return None, -1
    if toks[k].low in _SUBJ_PRON:
        return sp.parse_np(f.text, toks[k:k + 1]), toks[k].start
    np, e = _np_after(f.text, toks, k)
    if e < len(toks) and toks[e].low == "of" and (np is None or toks[k].low in sp.QUANTIFIERS
                                                   or toks[k].low in sp.DETERMINERS):
        # "One of these groups", "Some of the protesters"
        m = e + 1
        while m < len(toks) and m < e + 6 and toks[m].is_word and toks[m].low not in load_cues() \
                and toks[m].low not in sp.SKIP_BEFORE_CUE and toks[m].low not in _GO_ON \
                and toks[m].low not in _FINITE:
            m += 1
            if toks[m - 1].low in {"them", "us", "you", "those"}:
                break  # "One of them": the pronoun ends the phrase
        np = sp.parse_np(f.text, toks[k:m])
        if np is not None:
            np.kind = "descriptor" if np.kind not in {"org", "person"} else np.kind
        e = m
    if np is not None and np.kind in {"descriptor", "org"} and e < len(toks) and toks[e].low == "and":
        # "The director of X and chair of Y, Ada Kim, said": a second role, then the name
        m = e + 1
        while m < len(toks) and m < e + 12 and toks[m].is_word and toks[m].low not in _FINITE \
                and not _is_cue(toks[m], cues):
            m += 1
        if m < len(toks) and toks[m].text == "," and any(sp.is_role_word(x.low) for x in toks[e + 1:m]):
            e = m
    # "One of these groups, the Syrian Democratic Forces (SDF), ...": the named appositive
    if e < len(toks) and toks[e].text == "," and (np is None or np.kind not in {"person", "pronoun"}):
        np2, e2 = _np_after(f.text, toks, e + 1)
        if e2 + 2 < len(toks) and toks[e2].text == "(" and toks[e2 + 2].text == ")":
            e2 += 3
        if np2 is not None and np2.kind in {"person", "org", "surname"} and e2 < len(toks) \
                and toks[e2].text == ",":
            return np2, toks[e + 1].start
    if np is None or np.kind == "descriptor" and not np.name:
        return None, -1
    return np, toks[k].start


def _find_indirect(f: _Field, si: int, cues: dict[str, Cue], quoted: list[Span]) -> list[Item]:
    """Reported speech in sentence ``si`` of the field: ``X said (that) ...``, ``..., X said``,
    ``according to X, ...``."""
    ss, se, pi = f.sents[si]
    if se - ss > 4 * WINDOW:
        se_scan = ss + 4 * WINDOW
    else:
        se_scan = se
    masked, text = f.masked, f.text
    all_hits = f.cue_hits()
    lo = bisect.bisect_left(all_hits, ss)
    if lo >= len(all_hits) or all_hits[lo] >= se_scan:
        return []  # no speech verb in this sentence: nothing to tokenize
    hits = set(all_hits[lo:bisect.bisect_left(all_hits, se_scan)])
    words = {_WORD_AT_RE.match(masked, h).group() for h in hits}
    if not words & _live_words():
        # only verbs that never introduce a clause ("read", "praised") or "found"/"held"/... with
        # no court or inquiry in the sentence: no report, and nothing to tokenize
        if not (words & _VERDICT_ONLY) or not _ADJUDICATOR_RE.search(masked, ss, se_scan):
            return []
    toks = tokenize(masked, ss, se_scan)
    out: list[Item] = []
    n = len(toks)
    used_cut: set[int] = set()
    n_all = n
    for k, t in enumerate(toks):
        if t.start not in hits:
            continue
        n = n_all  # (a phrase may end a report early: "With X urging Y, ...")
        if t.low == "according" and k + 1 < n and toks[k + 1].low == "to":
            np, e = _according_np(text, toks, k + 2)
            if np is None:
                continue
            semi = max((q for q in range(k) if toks[q].text == ";"), default=-1)
            named = _according_name_clause(f, toks, k, n) if (
                k == semi + 1 or toks[k - 1].low in {"and", "but"} or (
                    toks[k - 1].text == "," and (_intro_only(toks[semi + 1:k - 1])
                                                 or toks[semi + 1].low in _SUBORDINATORS))) else None
            # ("While X made ..., according to Y CLAUSE": the main clause after an opening one)
            if named is not None:
                # "according to Wasel archaeologists have not found ...": a known person's name,
                # then the clause without a comma
                np, cs = named
                it = _make_indirect(f, toks, cs, _clause_end(toks, cs, n, whole=True), np, "according to",
                                    t.start, pi)
                if it:
                    out.append(it)
                continue
            if k <= 1 or k == semi + 1 or (toks[k - 1].text == "," and _intro_only(toks[semi + 1:k - 1])):
                # "According to X, CLAUSE."
                if e < n and toks[e].text == ",":
                    cs = e + 1
                    ce = _clause_end(toks, cs, n, whole=True)
                    if any(_is_cue(x, cues, toks[q - 1]) and _is_cue(x, cues).clause and not (
                            toks[q - 1].low in _MODALS | sp.DETERMINERS | {"to"} or toks[q - 1].text[:1].isdigit())
                           for q, x in enumerate(toks[cs:ce], cs)):
                        # "According to ISNA, the prosecutor said ...": the inner report (not "1,279
                        # confirmed cases", "could reveal more")
                        continue
                    np_in, v = _inner_speaker(text, toks, cs, cues)
                    if np_in is not None and toks[v].low in _EXPRESS_VERBS:
                        # "According to the Clarion, a spokesman expressed regret and that ...": the
                        # spokesman speaks, the paper only passes it on
                        it = _make_indirect(f, toks, v + 1, ce, np_in, toks[v].text, toks[cs].start, pi)
                    else:
                        it = _make_indirect(f, toks, cs, ce, np, "according to", t.start, pi)
                    if it:
                        out.append(it)
            elif (toks[k - 1].low in {"and", "but"} or (
                    k >= 2 and toks[k - 1].text == "," and toks[k - 2].low in {"and", "but"}
                    and not (e + 1 < n and toks[e + 1].low in _FINITE))) and e < n and (
                    toks[e].text == "," or _opens_clause(toks[e])) and (
                    _has_verb(toks[semi + 1:k - 1]) or any(x.low in _IRREGULAR_PAST for x in toks[semi + 1:k - 1])):
                # "X was taken to hospital and according to the ministry he died there": the report
                # is the clause after the source
                cs = e + 1 if toks[e].text == "," else e
                it = _make_indirect(f, toks, cs, _clause_end(toks, cs, n, whole=True), np, "according to",
                                    t.start, pi)
                if it:
                    out.append(it)
            else:
                # "CLAUSE, according to X." / "CLAUSE according to X"
                ce = k
                if ce > 0 and toks[ce - 1].text == ",":
                    ce -= 1
                cs = _clause_start(toks, semi + 1, ce, cues)
                j = next((q for q in range(k + 2, n) if toks[q].start >= np.end), n)
                if j + 1 < n and toks[j].text == "," and toks[k - 1].text == "," and \
                        not _has_verb(toks[cs:ce]) and _opens_clause(toks[j + 1]):
                    # "Longer term, according to X, NASA plans ...": the clause follows
                    cs, ce = j + 1, _clause_end(toks, j + 1, n, whole=True)
                    np.roles = [r for r in np.roles if r != _join_toks(text, toks[cs:ce])]
                elif toks[k - 1].text == "," and j < n and not any(
                        x.low in _FINITE or x.low in _IRREGULAR_PAST or x.low.endswith("ed") for x in toks[cs:ce]) and \
                        toks[j].is_word and toks[j].text[:1].islower() and (
                            toks[j].low in _IRREGULAR_PAST or (toks[j].low.endswith("ed") and len(toks[j].low) > 4)):
                    # "Rescuers, working in the cold, according to the ministry recovered ten
                    # survivors": the subject phrase is no clause; the report is the predicate after
                    cs, ce = j, _clause_end(toks, j, n)
                elif toks[k - 1].text == "," and e + 1 < n and toks[e].text == "," and \
                        _continues_clause(toks[e + 1], cues):
                    # "One worker was, according to the union, among the injured.": the attribution
                    # interrupts one clause, which is reported whole
                    ce = _clause_end(toks, e + 1, n)
                    marks = [q for q in range(e + 1, ce) if toks[q].text in DOUBLE_MARKS]
                    if len(marks) >= 2 and not any(x.is_word for x in toks[marks[-1] + 1:ce]):
                        continue  # 'Six claims, according to court records, were "without merit"':
                        # the quote ending the clause is the source's partial quote, nothing else
                        # (not 'was called the "breadbasket" of Africa': a clause around a term)
                if ce > cs and _ends_in_attribution(text, toks, cs, ce, cues):
                    continue  # "Judge X decided, according to the ruling, "...": X's quote follows
                if toks[k - 1].text == "," and j < n and (toks[j].text in DOUBLE_MARKS or (
                        toks[j].text == "," and j + 1 < n and toks[j + 1].text in DOUBLE_MARKS)):
                    continue  # 'Six claims were, according to court records, "without merit"': the
                    # quote finishes the clause; it is a partial quote of the source
                if any(o.start >= toks[cs].start and o.end <= t.start for o in out):
                    continue  # "The mayor said X, according to the Clarion": the mayor's report
                inner, v = _inner_speaker(text, toks, cs, cues)
                if inner is not None and toks[v].low in _EXPRESS_VERBS and v + 1 < ce:
                    # "A spokesman expressed regret, according to the Clarion"
                    np, cs, cue_a = inner, v + 1, toks[v].text
                else:
                    cue_a = "according to"
                it = _make_indirect(f, toks, cs, ce, np, cue_a, t.start, pi)
                if it:
                    out.append(it)
            continue
        go = _went_on_to(toks, k)
        c = _is_cue(t, cues, toks[k - 1] if k > 0 and go is None else None)
        if c is None and t.low in _VERDICT_VERBS:
            c = _verdict_cue(text, toks, k)
        if c is None or not (c.clause or c.lemma == "call"):
            continue
        prev = toks[k - 1].low if k > 0 else ""
        if prev == "who" and k >= 2 and toks[k - 2].is_word and any(
                _is_cue(x, cues, toks[q - 1]) and not x.low.endswith("ing") for q, x in enumerate(toks[k + 2:min(n, k + 8)], k + 2)):
            continue  # "The senator who wrote the law said ...": the relative clause's verb, not the report
        if prev in _BE or (prev == "to" and go is None) or prev in {"let", "let's", "let’s", "lets"}:
            continue  # ("Let's say this has ...": an imperative, nobody reports)
        if t.low.endswith("ed") and (prev in _PREPOSITIONS or prev in {"the", "a", "an", "his", "her", "its", "their"}):
            continue  # "investigating Trump over alleged hush money": an adjective, not a verb
        nb = k - 1
        while nb >= 0 and (toks[nb].low in _SINGLE_ADV or (toks[nb].low.endswith("ly") and toks[nb].text[:1].islower())):
            nb -= 1
        if nb >= 0 and toks[nb].low in _NEGATIONS:
            continue  # "did not announce whom ...", "don't tell anyone": nothing is reported
        if t.low == "state" and k + 1 < n and toks[k + 1].text[:1].islower() and (
                toks[k + 1].low in _STATE_NOUNS or (k > 0 and toks[k - 1].is_cap and toks[k + 1].low not in
                                                    {"that"} | sp.DETERMINERS | _SUBJ_PRON)):
            continue  # "Maryland state law", "state media": the noun, not the verb
        if t.low in {"state", "states"} and k > 0 and toks[k - 1].text[:1].islower() and (
                k + 1 >= n or toks[k + 1].text in ".,;:!?") and toks[k - 1].low not in sp.ROLE_WORDS \
                and toks[k - 1].low not in _SUBJ_PRON:
            continue  # "concerns about his mental state.": the noun ends the sentence
        cue_str, e = _cue_string(masked, toks, k, n)
        if go is not None:
            cue_str = _join_toks(text, toks[go:k]) + " " + cue_str  # "went on to say"
        is_call = c.lemma == "call"
        call_it = is_call and e + 3 < n and toks[e].low == "it" and toks[e + 2].low == "that" and \
            toks[e + 1].low in _CALL_IT_ADJ  # 'He called it unlikely that the fund would pay'
        if is_call and not call_it and not cue_str.lower().endswith((" for", " on")):
            continue
        participle = t.low.endswith("ing")
        np = None
        pos = t.start
        cited = _cited_as(text, toks, k) if participle and prev == "as" else None
        iss = _issued_doc_before(toks, k) if participle and cited is None else None
        if cited is None and participle and k > 1 and toks[k - 1].is_word:
            wi, wj = sp.np_span_before(toks, k)
            if wj == k and wi > 0 and toks[wi - 1].low == "with":
                # "with Amazon Web Services responding that ...": the subject of the participle
                cited = sp.parse_np(text, toks[wi:wj])
                if wi == 1:
                    # "With the US encouraging X, German firms ...": the phrase ends at its comma
                    n = next((q for q in range(k + 1, n) if toks[q].text == ","), n)
        if cited is not None:
            np, pos = cited, cited.start  # "The agency cited the coast guard as saying the ship sank."
        elif iss is not None:
            # "X issued a joint statement with Y saying ...", "X released statements through
            # their lawyer saying ...": the issuer speaks
            np, i0 = _subject_before(text, toks, iss)
            if np is None:
                np, pos = _main_subject(f, toks, k, cues, out)
            else:
                pos = toks[i0].start
        elif participle:
            if k + 1 < n and toks[k + 1].low in {"which", "how", "whether"} and c.lemma not in _SAY_LEMMAS - {"note"}:
                continue  # "banding chicks, noting which birds come back": observing, not reporting
            if prev == "in" and k >= 2 and toks[k - 2].is_word and \
                    toks[k - 2].text[:1].islower() and toks[k - 2].low not in _SUBORDINATORS | {"and"}:
                continue  # "his work in predicting X": a gerund after a noun, not a report
            if prev not in {",", "by", "while", "after", "before", "when", "in", "upon"} and k != 0 \
                    and not (toks[k - 1].text in _CLOSE_MARKS  # 'said Kowal "was great," adding ...'
                             and f.text[toks[k - 1].start - 1:toks[k - 1].start] in ",;") \
                    and prev not in _ADV_NOUNS:  # "posted a message on Facebook announcing ..."
                continue
            np, pos = _main_subject(f, toks, k, cues, out)
        else:
            np, i0 = _subject_before(text, toks, k if go is None else go)
            if np is not None and np.kind in {"person", "org"} and \
                    sp.fold(np.name.split()[-1]) in sp._NON_PERSON_END:
                # "Representative X of Maryland's 7th Congressional District announced": the person
                # before "of" is the subject, never a district, a law or a building
                ofs = [j for j in range(i0 - 1, max(-1, i0 - 4), -1) if toks[j].low == "of"]
                np2, i2 = _subject_before(text, toks, ofs[0]) if ofs else (None, i0)
                if np2 is not None and np2.kind != "pronoun":
                    np, i0 = np2, i2
                elif ofs or toks[i0].low != "the":
                    np = None  # (but "the White House claimed", "the Senate said" speak as bodies)
                else:
                    np.kind = "org"  # ("The United States, which ..., has stated": a body, not a person)
            if np is None and prev == "," and k > 2:
                # "The bomb was placed in a market, stated Minister X, and ...": inverted tail
                np2, e2 = _np_after(text, toks, e)
                if np2 is not None and np2.kind in {"person", "org", "surname", "descriptor"} and (
                        e2 >= n or toks[e2].text in ",.;"):
                    ce = k - 1
                    cs0 = _clause_start(toks, 0, ce, cues)
                    if toks[cs0].low in _SUBORDINATORS and e2 + 1 < n and toks[e2].text == "," and \
                            _opens_clause(toks[e2 + 1]):
                        # "Because warm water is lighter, says the study, it rises ...": the report
                        # is the main clause after the attribution
                        it = _make_indirect(f, toks, e2 + 1, _clause_end(toks, e2 + 1, n, whole=True), np2,
                                            cue_str, t.start, pi)
                        if it:
                            out.append(it)
                        continue
                    if not any(_is_cue(x, cues, toks[q - 1] if q else None) for q, x in
                               enumerate(toks[cs0:ce], cs0)) and toks[cs0].text not in DOUBLE_MARKS:
                        it = _make_indirect(f, toks, cs0, ce, np2, cue_str, t.start, pi)
                        if it:
                            out.append(it)
                    continue
            if np is None:
                np, pos = _fallback_subject(f, toks, k, cues)
                if np is None:
                    continue
                np = _adjective_opening(f, toks, k, np)
            else:
                if i0 > 0 and toks[i0 - 1].low in _REL and not (
                        toks[i0 - 1].low == "that" and i0 >= 2 and toks[i0 - 2].low in cues) and not (
                        toks[i0 - 1].low == "when" and i0 >= 2 and toks[i0 - 2].is_word
                        and np.kind in {"pronoun", "person", "surname"} and e < n and toks[e].low == "that"):
                    continue  # (but "reported that police said": "that" opens a clause; "broke news
                    # when he revealed that ...": a time clause whose verb reports)
                if i0 > 0 and toks[i0].low == "that" and toks[i0 - 1].is_word and \
                        toks[i0 - 1].low not in sp._FUNCTION_WORDS and toks[i0 - 1].low not in cues:
                    continue  # "the man that police said fled": a relative clause
                pos = toks[i0].start if i0 < n else t.start
        if np is None:
            continue
        if np.kind == "pronoun" and np.name.lower() in {"i", "we", "you"}:
            continue  # first or second person outside quotes: an interview transcript, not a report
        if c.lemma == "accuse":
            # "accused the network of violating its franchise": the accused and the charge
            m = next((q for q in range(k + 2, min(n, k + 10)) if toks[q].low == "of"
                      or not toks[q].is_word), None)
            if m is not None and toks[m].low == "of" and m + 1 < n and toks[m + 1].low.endswith("ing"):
                it = _make_indirect(f, toks, k + 1, _clause_end(toks, k + 1, n), np, t.text, pos, pi)
                if it and it.start not in used_cut:
                    used_cut.add(it.start)
                    out.append(it)
            continue
        # tail attribution ", X said." with the clause before it
        rest_i = _skip_adverbials(toks, e, n)
        if not participle and rest_i == e and rest_i < n - 2 and toks[rest_i].text == "," and np is not None \
                and pos > 0 and f.masked[max(0, pos - 2):pos].strip() == "," and _opens_clause(toks[rest_i + 1]):
            # "At 2:45 a.m., his office said, he died at the hospice.": a parenthetical attribution
            cs = rest_i + 1
            if toks[cs].low == "that" and cs + 1 < n:
                cs += 1  # "suggesting, experts noted, that this outbreak may ..."
            ce = _clause_end(toks, cs, n)
            if _has_verb(toks[cs:ce]) or any(x.low in _IRREGULAR_PAST for x in toks[cs:ce]):
                it = _make_indirect(f, toks, cs, ce, np, cue_str, pos, pi)
                if it and it.start not in used_cut:
                    used_cut.add(it.start)
                    out.append(it)
            continue
        if not participle and e < n - 2 and toks[e].text == "," and \
                pos > 0 and f.masked[max(0, pos - 2):pos].strip() == "," and \
                _continues_clause(toks[e + 1], cues):
            # "About 40 litres of fuel, officials said, leaked and caught fire.": the attribution
            # interrupts one clause, which is reported whole (with the attribution inside)
            c0 = max((q for q, x in enumerate(toks) if x.start < pos and x.text == ","), default=-1)
            semi = max((q for q in range(c0) if toks[q].text in ";:"), default=-1)
            cs0 = _clause_start(toks, semi + 1, c0, cues)
            c1 = max((q for q in range(cs0, c0) if toks[q].text == ","), default=-1)
            if c1 > cs0 and _has_verb(toks[cs0:c1]) and not _has_verb(toks[c1 + 1:c0]):
                cs0 = c1 + 1  # "X presided over the vote, a move whose rarity, CBS noted, highlighted ..."
            body = toks[cs0:c0]
            if c0 > 0 and body and len([x for x in body if x.is_word]) >= 1 and body[0].text not in DOUBLE_MARKS \
                    and not any(_is_cue(x, cues, toks[q - 1] if q else None) or x.low == "according"
                                for q, x in enumerate(body, cs0)):
                it = _make_indirect(f, toks, cs0, _clause_end(toks, e + 1, n), np, cue_str, pos, pi)
                if it and it.start not in used_cut:
                    used_cut.add(it.start)
                    out.append(it)
            continue
        if rest_i >= n or toks[rest_i].text in ".?!" or (
                rest_i + 2 < n and toks[rest_i].text == "," and toks[rest_i + 1].low in {"and", "but"}
                and (toks[rest_i + 2].low in _FINITE or toks[rest_i + 2].low in _MODALS)):
            # ("The jet was not airworthy, investigators have said, and should not have flown.": the
            # attribution sits between the clause and a second predicate of the same subject)
            if not participle and k > 0:
                out.extend(_tail_clause(f, toks, k, np, cue_str, pos, pi, cues))
            continue
        cs = rest_i
        if toks[cs].text == "," and cs + 2 < n and (
                (rest_i > e and toks[e].low in {"on", "in", "at"}) or (
                    rest_i == e and " " in cue_str.strip() and cue_str.split()[-1].lower() in _ADV_NOUNS)) and \
                (_opens_clause(toks[cs + 1]) or (toks[cs + 1].low in {"about", "nearly", "around", "over"} and (
                    toks[cs + 2].text[:1].isdigit() or toks[cs + 2].low in _NUMBER_WORDS))) and \
                not _is_cue(toks[cs + 1], cues):
            cs += 1  # 'X noted on Monday, the fatalities were all unvaccinated.': a time phrase, a comma
        elif toks[cs].text == "," and cs + 4 < n and toks[cs + 1].low in {"a", "an", "the"} and " " in cue_str.strip() \
                and next((q for q in range(cs + 2, min(n, cs + 10)) if toks[q].text in ',.;:"“”'), n) + 1 < n and \
                toks[next((q for q in range(cs + 2, min(n, cs + 10)) if toks[q].text in ',.;:"“”'), n)].text == "," and \
                toks[next((q for q in range(cs + 2, min(n, cs + 10)) if toks[q].text in ',.;:"“”'), n) + 1].low == "that":
            # 'told Anadolu Agency, a local news outlet, that ...': the listener's appositive, then the clause
            cs = next(q for q in range(cs + 2, min(n, cs + 10)) if toks[q].text in ',.;:"“”') + 1
        elif toks[cs].text == "," and cs + 3 < n and (toks[cs + 1].low in _ASIDE_HEADS or (
                toks[cs + 1].low.endswith("ing") and toks[cs + 1].text[:1].islower())):
            # 'North Korea claimed, as of Thursday, it was ...', 'CBS reported, citing university
            # data, there were ...': an aside between commas, then the clause
            c2 = next((q for q in range(cs + 2, min(n, cs + 10)) if toks[q].text in ',.;:"“”'), None)
            if c2 is not None and toks[c2].text == "," and c2 + 1 < n and _opens_clause(toks[c2 + 1]) \
                    and not _is_cue(toks[c2 + 1], cues):
                cs = c2 + 1
        if toks[cs].low != "that" and toks[cs].low in _ADVERBIAL_HEADS and toks[cs].low in _PREPOSITIONS | {
                "via", "during", "through", "before", "after"}:
            # "said in a filing to the Securities and Exchange Commission that ..." (not "speculated
            # this pattern occurred in the process that produced ...")
            for m in range(cs, min(n, cs + 16)):
                if toks[m].text in ',;:"“”' or _is_cue(toks[m], cues, toks[m - 1]):
                    break
                if toks[m].low == "that" and toks[m - 1].low not in _PREPOSITIONS:
                    cs = m  # (not "ruled on the appeal of that decision": a determiner)
                    break
        had_that = toks[cs].low == "that"
        if had_that:
            cs += 1
            if cs < n and toks[cs].text == ",":
                cs += 1  # "reported that, before she ended her campaign, ..."
        if cs >= n:
            continue
        first = toks[cs]
        if not first.is_word:
            continue  # a quote mark, a colon: direct speech, handled as a quote
        if c is _VERDICT_CUE and not had_that and not _opens_clause(first):
            continue  # "the court found unconstitutional a 2005 law": an object and its complement
        if first.low in {"if", "whether"} and c.lemma not in {"ask", "question", "wonder", "inquire"} and (
                first.low == "whether" or any(x.low in {"not", "n't", "never"} for x in toks[max(0, k - 3):k])):
            continue  # "did not mention if there were casualties": an open question, not a report
        if first.low in {"his", "her", "their", "its"} and cs + 1 < n and toks[cs + 1].text in DOUBLE_MARKS \
                and c.lemma in _PRAISE_LEMMAS:
            continue  # 'noted his "strength, passion and wisdom"': a quoted noun phrase, not a clause
        if (c.obj == "obj_to" or cue_str.lower().endswith(" on")) and first.is_word:
            if first.low in _CLAUSE_BAD_START:
                continue  # "asking for clarifications": no object and infinitive
        elif cue_str.lower().endswith(" for"):
            pass
        elif (first.low in {"in", "on", "at", "during", "after", "before"} or (
                had_that and first.low in _FRONTED_HEADS)) and any(
                x.text == "," for x in toks[cs + 1:cs + 6]):
            pass  # "revealed that in December, the prince ...", "announced that from June 15, ..."
        elif first.low == "about" and cs + 1 < n and (toks[cs + 1].text[:1].isdigit()
                                                      or toks[cs + 1].low in _NUMBER_WORDS) and any(
                x.low in _FINITE or x.low in _IRREGULAR_PAST or (x.low.endswith("ed") and len(x.low) > 4
                                                                  and x.text.islower())
                for x in toks[cs + 2:cs + 12]):
            pass  # "estimates state about 350 thousand abortions are carried out", "about 20 buildings collapsed"
        elif first.low == "at" and cs + 2 < n and toks[cs + 1].low in {"least", "most"} and (
                toks[cs + 2].text[:1].isdigit() or toks[cs + 2].low in _NUMBER_WORDS):
            pass  # "said at least 116 people died"
        elif first.low == "not" and cs + 1 < n and toks[cs + 1].low.endswith("ing") and any(
                x.low in _FINITE or x.low in _IRREGULAR_PAST or x.low.endswith("ed")
                for x in toks[cs + 2:min(n, cs + 14)]):
            pass  # "said not allowing them to marry constituted unequal treatment": a gerund subject
        elif first.low in _CLAUSE_BAD_START:
            continue
        elif first.low in {"a", "an"} and not c.obj and not had_that and not (
                c.lemma in _SAY_LEMMAS and any(x.low in _FINITE or (x.low in _IRREGULAR_PAST and x.low != "read")
                                               for x in _skip_appositive(toks, cs + 2, min(n, cs + 14)))) and not (
                c.lemma in _ANNOUNCE_LEMMAS and _finite_before_rel(toks, cs + 2, min(n, cs + 10))) and not (
                c.lemma in _SAY_LEMMAS | {"report"} and _past_predicate(toks, cs + 2, min(n, cs + 10))) \
                and not _clause_without_that(toks, k, cs, ce_guess(toks, cs, n), c.lemma) and not (
                    iss is not None and _has_verb(toks[cs + 1:ce_guess(toks, cs, n)])):
            continue  # "announced a complete withdrawal": an object; "said a ban could be ..." a clause
        elif first.text.endswith("ing") and first.text[:1].islower() and not c.obj and not had_that \
                and not (c.lemma in _SAY_LEMMAS and any(x.low in _FINITE for x in toks[cs + 1:ce_guess(toks, cs, n)])) \
                and not _clause_without_that(toks, k, cs, ce_guess(toks, cs, n), c.lemma):
            continue  # "announced investigating itself": a gerund object (but "reported warming seas
            # appear to ...", "wrote denying the permit violated ...": a gerund subject and its verb)
        cm = next((q for q in range(cs + 1, min(n, cs + 6)) if toks[q].text == ","), None) \
            if had_that and first.low in _FRONTED_HEADS else None
        if cm is not None:
            # "announced that from June 15, wearing masks would ...": the clause goes on after the comma
            ce = _clause_end(toks, cm + 1, n)
        else:
            ce = _clause_end(toks, cs, n)
        if k >= 2 and toks[k - 1].low in {"which", "who"} and toks[k - 2].text == ",":
            # "Toronto Police, which indicated a development was likely, face allegations ...": the
            # report ends with the relative clause
            ce = next((q for q in range(cs, ce) if toks[q].text == ","), ce)
        if toks[0].low in _SUBORDINATORS and not any(x.text == "," for x in toks[:k]):
            # "After Trump tweeted the advice, Twitter placed a warning": the report ends with the
            # opening subordinate clause
            ce = next((q for q in range(cs, ce) if toks[q].text == ","), ce)
        if ce - cs < 2:
            continue
        if not had_that and c.obj != "obj_to" and not cue_str.lower().endswith((" for", " on")) and \
                (first.text[:1].islower() or first.low.endswith(("'s", "’s"))) and \
                first.low not in sp.DETERMINERS | _SUBJ_PRON | \
                {"there", "this", "these", "those", "nobody", "everyone", "nothing"} and \
                not first.text[:1].isdigit() and not _has_verb(toks[cs + 1:min(ce, cs + 16)]) and \
                not _clause_without_that(toks, k, cs, ce, c.lemma):
            continue  # "admit defeat in the election": an object, not a clause
        win = min(ce, cs + 16)
        win = next((q for q in range(cs + 1, win) if toks[q].low in _SUBORDINATORS), win)
        plural_verb = first.low in sp.DETERMINERS and cs + 2 < n and toks[cs + 1].text.isalpha() and \
            toks[cs + 1].text.islower() and toks[cs + 1].low.endswith("s") and \
            toks[cs + 2].text.isalpha() and toks[cs + 2].text.islower() and \
            toks[cs + 2].low not in sp._FUNCTION_WORDS and not toks[cs + 2].low.endswith(("s", "ly"))
        # ("said the stores fill the shelves": a plural subject and a plain present verb)
        if not had_that and not plural_verb and (c.lemma not in _SAY_LEMMAS or first.low in _OBJECT_DETS) \
                and c.obj != "obj_to" and (
                first.low in _OBJECT_DETS or (first.is_cap and first.low not in _SUBJ_PRON
                                              and not cue_str.lower().endswith((" for", " on")))) \
                and not _has_verb(toks[cs:win]) \
                and not any(x.low in _IRREGULAR_PAST for x in toks[cs + 1:win]) \
                and not any(x.text in DOUBLE_MARKS for x in toks[cs + 1:min(ce, cs + 5)]) \
                and not _clause_without_that(toks, k, cs, ce, c.lemma):
            continue  # "announced the measure at the daily briefing": a noun-phrase object (but
            # "suggested the company pay a fine": a subjunctive clause)
        if any(_nested_report(text, toks, cs, q, n, cues) for q in range(cs + 1, min(ce, cs + 8))):
            continue  # "CNN reported the governor said ...": the inner report is the quote
        if any(x.text in DOUBLE_MARKS and toks[q - 1].text in ",:" and x.start not in f.name_marks
               for q, x in enumerate(toks[cs + 1:min(ce, cs + 6)], cs + 1)):
            continue  # 'told Paul Rivera of WESH 2 news, "We're used to it."': direct speech
        if c.lemma in {"tell", "ask"} and not had_that and _listener_only(toks[cs:ce], cues):
            continue  # "she told an audience at her session", "asked Ada Kim about the budget"
        it = _make_indirect(f, toks, cs, ce, np, cue_str, pos, pi)
        if it and it.start not in used_cut:
            used_cut.add(it.start)
            out.append(it)
    return out


def _adjective_opening(f: _Field, toks: list[Token], k: int, np: NounPhrase) -> NounPhrase:
    """'Recent opinion polling by Democratic organizations indicated', 'Legal and religious groups
    have called for': a capitalised adjective opening the sentence is no name; the words before the
    verb are the source, as written."""
    if not (np.kind in {"surname", "org"} and len(np.name.split()) == 1 and np.start == toks[0].start and
            toks[0].is_cap and not toks[0].text.isupper() and 1 < k <= 9 and toks[1].is_word and
            toks[1].text[:1].islower() and all(x.is_word for x in toks[1:k])):
        return np
    j = k
    while j > 1 and (toks[j - 1].low in sp.SKIP_BEFORE_CUE or toks[j - 1].low.endswith("ly")):
        j -= 1
    if j > 1 and not any(x.low in _FINITE or x.low in _IRREGULAR_PAST or x.low in _MODALS for x in toks[1:j]) \
            and not _people_in(f, np.start, np.end):
        return sp.NounPhrase(toks[0].text.lower() + f.text[toks[0].end:toks[j - 1].end], "", "descriptor",
                             toks[0].start, toks[j - 1].end)
    return np


_ANNOUNCE_LEMMAS = frozenset({"report", "confirm", "announce", "reveal", "admit", "acknowledge"})


def _finite_before_rel(toks: list[Token], lo: int, hi: int) -> bool:
    """A finite verb after the opening noun phrase and before any relative word or preposition
    ("confirmed a vote will be held", not "announced a deal that was worth millions")."""
    for t in toks[lo:hi]:
        if not t.is_word or t.low in _REL or (t.low in _PREPOSITIONS and t.low != "of"):
            return False
        if t.low in _FINITE:
            return True
    return False


def _past_predicate(toks: list[Token], lo: int, hi: int) -> bool:
    """A regular past-tense verb ends the noun phrase that opens a reported clause ("reported a man
    died", "reported a block of flats collapsed in Aleppo"), not a participle that modifies it ("a
    case linked to travel", "a man wanted by police")."""
    for q in range(lo, hi):
        t = toks[q]
        if not t.is_word or (t.low in _PREPOSITIONS and t.low != "of") or t.low in _REL:
            return False
        if t.text[:1].islower() and t.low.endswith("ed") and len(t.low) >= 4 and "-" not in t.text:
            nxt = toks[q + 1] if q + 1 < len(toks) else None
            return nxt is None or not nxt.is_word or nxt.low not in _PREPOSITIONS | {"as"} or nxt.low in {"in", "on", "at"}
    return False


def _listener_only(seg: list[Token], cues: dict[str, Cue]) -> bool:
    """After "told"/"asked": only the listener and a topic, no clause ("an audience at her session",
    "Ada Kim about the budget", "reporters on Monday")."""
    words = [t for t in seg if t.is_word]
    if not words:
        return True
    if any(t.low in _REL - {"that"} or t.low in {"if", "whether", "to", "am"} for t in words) or \
            any(t.text in DOUBLE_MARKS for t in seg):
        return False  # "asked Kim why ...", "told him to leave", 'told ... Cummings "was great"'
    return not (_has_verb(seg) or any(t.low in _IRREGULAR_PAST or t.low in _MODALS for t in words))


_NOT_CONTINUING = frozenset("""who whom whose which where when while and but or nor although
though whereas as because since if so yet unless until after before than""".split())


def _continues_clause(t: Token, cues: dict[str, Cue]) -> bool:
    """After a parenthetical attribution (``X, officials said, leaked``): does ``t`` go on with
    the interrupted clause (a lower-case verb, preposition or complement), rather than open a new
    clause, a relative clause about the source or a participle phrase?"""
    if not t.is_word or not t.text[:1].islower():
        return False
    low = t.low
    if low in _NOT_CONTINUING or low in _SUBJ_PRON or low in sp.DETERMINERS or low in _REL:
        return False
    if low.endswith("ing") or low in {"there", "nobody", "no", "according"}:
        return False
    c = cues.get(low)
    return c is None


def _ends_in_attribution(text: str, toks: list[Token], cs: int, ce: int, cues: dict[str, Cue]) -> bool:
    """Is the clause ``toks[cs:ce]`` only a subject and its speech or verdict verb (``Judge X
    decided``), the attribution of what follows rather than reported content?"""
    e = ce
    while e > cs and not toks[e - 1].is_word:
        e -= 1
    if e <= cs:
        return False
    v = toks[e - 1]
    if not ((_is_cue(v, cues) is not None and _is_cue(v, cues).quote) or v.low in _VERDICT_VERBS
            or v.low in _EXPRESS_VERBS):
        return False
    np, i0 = _subject_before(text, toks, e - 1, cs)
    return np is not None and i0 <= cs + 1


def _skip_appositive(toks: list[Token], lo: int, hi: int) -> list[Token]:
    """``toks[lo:hi]`` without a comma-enclosed aside (``a police constable, reportedly one X,
    saw``), and at most five words outside it: the window where a clause's verb is looked for."""
    out: list[Token] = []
    q = lo
    while q < hi and len(out) < 5:
        if toks[q].text == ",":
            r = next((m for m in range(q + 1, min(hi, q + 8)) if toks[m].text == ","), None)
            if r is None:
                break
            q = r + 1
            continue
        out.append(toks[q])
        q += 1
    return out


def _opens_clause(t: Token) -> bool:
    """Can ``t`` open a clause with its own subject ("he", "the", "Kowal", "25")?"""
    if not t.is_word:
        return False
    low = t.low
    if low in _SUBJ_PRON or low in sp.DETERMINERS or low in {"there", "nobody", "no"}:
        return True
    return (t.is_cap and low not in sp._FUNCTION_WORDS) or t.text[:1].isdigit()


def _nested_report(text: str, toks: list[Token], cs: int, q: int, n: int, cues: dict[str, Cue]) -> bool:
    """Is token ``q`` the cue of a report nested at the start of the clause ``cs``
    (``reported the governor said 25 people ...``), with the subject spanning ``cs..q``?"""
    x = toks[q]
    if not x.text[:1].islower() or x.low.endswith("ing"):
        return False
    c2 = _is_cue(x, cues, toks[q - 1])
    if c2 is None or not c2.clause or c2.lemma not in _SAY_LEMMAS | {"report"}:
        return False
    seg = toks[cs:q]
    if not all(y.is_word and y.low not in _REL and y.low not in _FINITE and y.low != "and" for y in seg) \
            or _has_verb(seg):
        return False
    np, i0 = _subject_before(text, toks, q)
    if np is None or not (i0 == cs or (i0 == cs - 1 and toks[i0].low == "that")):
        return False  # ("reported that Mayor X said": "that" is no part of the subject)
    j = q + 1
    while j < n and (toks[j].low == "that" or toks[j].low in _SINGLE_ADV):
        j += 1
    # the inner clause is reported speech (not a quote), or the inner report is a tail attribution
    # ("CLAUSE, CNN reported the governor said.")
    return j >= n or toks[j].is_word or toks[j].text in ".!?"


_STATE_NOUNS = frozenset("""law laws media government department officials official police
legislature level house senate capital television tv news agency broadcaster secretary attorney
attorneys court courts election elections lawmakers governor visit funeral""".split())
_GLOSS_PARTICIPLES = frozenset("""meaning suggesting indicating implying signalling signaling
marking making""".split())
_PRAISE_LEMMAS = frozenset("""note praise thank hail laud commend""".split())
_OBJECT_DETS = frozenset("""the his her its their our my your this these those""".split())
_IRREGULAR_PAST = frozenset("""found took went came left made gave saw knew thought began became ran
won lost held kept met paid sent spent stood brought bought caught taught fought sought built fell
felt led fled hit hurt cut put set shot struck stole spoke broke chose drove rose wrote ate grew
threw flew drew wore tore sank sold meant got did had sat slept hid beat bore bound dealt dug fed
forgot forgave froze hung heard laid lay lent let lit overtook quit rang read rode saw shook shut
sang sat slid split spread sprang stuck stung swore swept swam swung tore understood woke won wound
""".split())
_SAY_LEMMAS = frozenset({"say", "tell", "add", "state", "claim", "argue", "insist", "warn", "note",
                         "explain", "suggest", "predict", "estimate", "indicate"})


def ce_guess(toks: list[Token], cs: int, n: int) -> int:
    """A cheap bound for a clause: the next comma, semicolon or the sentence end."""
    for k in range(cs, min(n, cs + 40)):
        if toks[k].text in ";.":
            return k
    return min(n, cs + 40)


_FINITE = frozenset("""is are was were will would could can may might must has have had did
does do be been shall should""".split())
_NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten twenty thirty forty
fifty hundred hundreds thousand thousands million millions half eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen sixty seventy eighty ninety dozen dozens several few
many multiple numerous""".split())


# words that open a subordinate clause: a verb after them is not the verb of a reported clause
# ("announced their decision although X had decided")
_SUBORDINATORS = frozenset("""although though because while whereas since until unless after
before when once if""".split())
_NEGATIONS = frozenset("""not never don't didn't doesn't won't wouldn't can't cannot couldn't
don’t didn’t doesn’t won’t wouldn’t can’t couldn’t""".split())
_PLURAL_MODIFIERS = frozenset("""such other various numerous certain""".split())
_NOT_VERBS_S = frozenset("""as its yes plus news whereas always perhaps towards afterwards
sometimes besides unless across""".split())


@functools.lru_cache(maxsize=1)
def _verb_forms() -> dict[str, str]:
    """Words whose most frequent part of speech is a verb form, with that tag (``VB``, ``VBP``,
    ``VBZ``, ``VBD``), from Brill's lexicon as shipped with TextBlob (``textblob/en/en-lexicon.txt``,
    read as plain text: no corpus download). Empty when the file is missing.

    >>> _verb_forms().get("appear"), _verb_forms().get("company")
    ('VB', None)
    """
    import importlib.util

    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.origin:
        return {}
    path = Path(spec.origin).parent / "en" / "en-lexicon.txt"
    try:
        with open(path, encoding="utf-8") as fh:
            lexicon = "\n" + fh.read().replace("\r\n", "\n")
    except OSError:
        log.warning("no verb lexicon at %s: clauses without 'that' are found less often", path)
        return {}
    # one regex pass over the file ("word TAG" per line) is three times faster than a line loop
    return dict(_VERB_LINE_RE.findall(lexicon))


_VERB_LINE_RE = re.compile(r"\n([^ \n]+) (VB[DPZ]?)(?=\n)")


_SUBJUNCTIVE_LEMMAS = frozenset("""demand suggest recommend insist urge ask request propose require""".split())


def _clause_without_that(toks: list[Token], k: int, cs: int, end: int, lemma: str = "") -> bool:
    """``_np_then_verb`` for the clause after the cue at ``k``, but never after a modal or in a
    question ("What books would they suggest others read?": nothing is reported). After a verb
    of demanding, a base form may end the clause ("demanded the minister resign.")."""
    if k > 0 and toks[k - 1].low in _MODALS or any(t.text == "?" for t in toks[k:]):
        return False
    return _np_then_verb(toks, cs, end, subjunctive=lemma in _SUBJUNCTIVE_LEMMAS)


def _np_then_verb(toks: list[Token], cs: int, end: int, subjunctive: bool = False) -> bool:
    """Does ``toks[cs:end]`` open with a subject noun phrase and its finite verb, a clause
    reported without "that"? ``warming seas appear to ...``, ``denying the permit violated ...``,
    ``the company pay a fine`` (a subjunctive), ``a new law would ...``; not a plain object
    (``the winners``, ``a walk``, ``rising crime in the area``, ``closing the school``).

    The subject is an optional gerund or participle, an optional determiner and one to five
    nouns or modifiers; the verb right after it is an auxiliary or modal, a past form, or a
    base, plural or -s form after a noun (by the lexicon's most frequent tag)."""
    verbs = _verb_forms()
    m = cs
    if m < end and toks[m].text.islower() and toks[m].low.endswith("ing") and toks[m].low not in _FINITE:
        m += 1  # "warming seas", "denying the permit"
    if m < end and toks[m].low in sp.DETERMINERS | {"his", "her", "its", "their"}:
        m += 1
    nouns = 0
    while m < end and nouns < 6:
        t = toks[m]
        if not t.is_word or not t.text.replace("-", "").replace("'", "").isalnum():
            return False
        low = t.low
        tag = verbs.get(low) if t.text.islower() else None
        if nouns:
            prev = toks[m - 1]
            prev_noun = prev.is_cap or (verbs.get(prev.low) is None and not prev.low.endswith("ly")) or \
                toks[m - 2].low in sp.DETERMINERS  # ("the permit violated": a noun after "the")
            if prev.low.endswith(("'s", "’s", "s'", "s’")):
                prev_noun = False  # "his side's close loss": a possessor, then its noun
            if low in _FINITE or low in _MODALS:
                return True
            if t.text.islower() and (low in _IRREGULAR_PAST or tag == "VBD" or (
                    low.endswith("ed") and len(low) > 3 and tag in {None, "VBD", "VBN"})) and prev_noun:
                nxt = toks[m + 1].low if m + 1 < end else ""
                # (not a participle modifying the noun: "a case linked to travel", "a man wanted by
                # police"; "collapsed in the city" is a verb)
                return nxt not in (_PREPOSITIONS | {"as"}) - {"in", "on", "at"}
            if tag in {"VB", "VBP"} and prev_noun and ((m + 1 < end and toks[m + 1].is_word and
                                                       toks[m + 1].low not in {"and", "or", "of"}) or (
                    (prev.low.endswith("s") or (subjunctive and tag == "VB"))
                    and (m + 1 >= end or toks[m + 1].text in ".;,"))):
                return True  # "seas appear to", "the company pay a fine", "the troops withdraw."
            if tag == "VBZ" and prev_noun and not prev.low.endswith("s") and m + 1 < end and toks[m + 1].is_word:
                return True  # "warming water weakens the coral"
        if low in sp._FUNCTION_WORDS or low in _NOT_MODIFIER_WORDS or low.endswith("ing") or \
                (t.text.islower() and low.endswith("ly")):
            return False
        nouns += 1
        m += 1
    return False


_NOT_MODIFIER_WORDS = sp._NOT_MODIFIER | frozenset({"there", "here", "who", "which"})


def _has_verb(toks: list[Token]) -> bool:
    """Rough test for a finite verb: an auxiliary, a past form, or a present -s form after a
    noun."""
    for i, t in enumerate(toks):
        low = t.low
        if low in _FINITE or (t.text[:1].islower() and len(low) > 3 and low.endswith("ed")):
            return True
        if t.text in "()":
            continue
        if t.text[:1].islower() and low.endswith("s") and not low.endswith(("ss", "us", "is")) \
                and low not in _NOT_VERBS_S \
                and i > 0 and toks[i - 1].is_word and toks[i - 1].low not in sp.DETERMINERS \
                and toks[i - 1].low not in _NUMBER_WORDS and toks[i - 1].low not in _PLURAL_MODIFIERS:
            return True
    return False


def _fallback_subject(f: _Field, toks: list[Token], k: int, cues: dict[str, Cue]
                      ) -> tuple[NounPhrase | None, int]:
    """Subject of a cue with no noun phrase right before it: a second verb ("X opposed the plan
    and said ...") or a subject with a modifier ("Critics from across the spectrum claimed"):
    the sentence's subject, unless a relative pronoun or comma intervenes."""
    j = k
    while j > 0 and (toks[j - 1].low in sp.SKIP_BEFORE_CUE or
                     (toks[j - 1].text[:1].islower() and toks[j - 1].low.endswith("ly")
                      and len(toks[j - 1].text) > 4)):
        j -= 1
    if j > 0 and toks[j - 1].low in _REL | {"to"}:
        return None, -1
    np, p0 = _sentence_subject(f, toks[0].start if toks else 0, toks[k].start, cues)
    if np is None or p0 < 0:
        return None, -1
    between = [x for x in toks if p0 <= x.start < toks[k].start]
    if any(x.low in _REL for x in between):
        return None, -1
    if toks[j - 1].low not in {"and", "but"} and any(x.text == "," for x in between):
        return None, -1
    return np, p0


def _intro_only(toks: list[Token]) -> bool:
    """True if the tokens are an opening adverbial ("On Sunday in London, England")."""
    if not toks:
        return True
    if len(toks) > 8 or any(t.text in ",;" for t in toks):
        return False
    return toks[0].low in {"on", "in", "at", "after", "before", "during", "however", "meanwhile",
                           "also", "late", "earlier", "later", "but", "and", "yesterday", "today"}


_SUBJECT_SWITCH = frozenset({"where", "who", "whom", "which", "when", "while", "whereas", "because",
                             "although", "though", "since", "after", "before", "until", "unless", "if"})


def _main_subject(f: _Field, toks: list[Token], k: int, cues: dict[str, Cue], found: list[Item]
                  ) -> tuple[NounPhrase | None, int]:
    """Subject for a participle cue (``, saying``): the subject of an earlier cue in the sentence,
    or the sentence's first noun phrase."""
    ref = _latter_subject(f.text, toks, k, 0)
    if ref is not None:
        return ref[0], toks[ref[1]].start  # 'with the latter confirming ...'
    for j in range(k - 1, -1, -1):
        c = _is_cue(toks[j], cues, toks[j - 1] if j > 0 else None)
        if c and not toks[j].low.endswith("ing") and j > 0 and toks[j - 1].low in _BE:
            by = next((m for m in range(j + 1, min(k, j + 4)) if toks[m].low == "by"), None)
            if by is not None:
                # "were described by Johnson as a "...", saying ...": the agent speaks
                np, _ = _np_after(f.text, toks, by + 1)
                if np is not None and np.kind in {"person", "surname", "org", "descriptor"}:
                    return np, toks[by + 1].start
        if c and not toks[j].low.endswith("ing") and not (j > 0 and toks[j - 1].low in _BE):
            np, i0 = _subject_before(f.text, toks, j)
            if np is not None:
                return np, toks[i0].start
    # no earlier speech verb: the sentence's subject when it is a named person ("Ana Vell
    # addressed reporters in Yarrow City, Yarrow, calling for ...": not the place), else the
    # nearest person named before the participle ("Dr. Tomasz Stefaniak was met with applause
    # upon announcing ..."), else the sentence's subject whatever it is
    subj = _sentence_subject(f, toks[0].start if toks else 0, toks[k].start, cues)
    if subj[0] is not None and (subj[0].kind == "person" or (
            subj[0].kind == "surname" and _people_in(f, subj[0].start, subj[0].end))) and not any(
            t.low in _SUBJECT_SWITCH and t.start > subj[0].end for t in toks[:k]):
        # (not across "where/who/while ...": 'X was taken to a hospital, where Dr. Y was met with
        # applause upon announcing ...' is Y's)
        return subj  # ("In a livestream, Sanders shared ..., saying": the surname of a known person)
    for idx in range(k - 1, -1, -1):
        t = toks[idx]
        if t.is_cap and (idx + 1 >= k or not toks[idx + 1].is_cap):
            i0, j0 = sp.np_span_before(toks, idx + 1)
            np = sp.parse_np(f.text, toks[i0:j0]) if j0 > i0 else None
            if np is not None and np.kind == "person" and sp.fold(np.name.split()[-1]) not in sp._NON_PERSON_END \
                    and not (
                    i0 > 0 and toks[i0 - 1].low in {"to", "with", "by", "against", "from", "for", "in",
                                                    "at", "on", "of", "near", ","}
                    and not (toks[i0 - 1].text == "," and np.role and sp.is_role_word(np.role.split()[-1].lower())
                             and not set(np.role.lower().split()) & _PREPOSITIONS)):  # (", X's partner NAME held")
                return np, toks[i0].start
    return _sentence_subject(f, toks[0].start if toks else 0, toks[k].start, cues)


def _clause_start(toks: list[Token], lo: int, hi: int, cues: dict[str, Cue]) -> int:
    """Skip an opening adverbial ("On Sunday,") before a reported clause."""
    k = lo
    if k < hi and toks[k].low in {"on", "in", "at", "during", "late", "earlier", "however"}:
        j = k
        while j < hi and j < k + 8 and toks[j].text != ",":
            j += 1
        if j < hi and toks[j].text == "," and j < k + 8:
            k = j + 1
    return k


def _clause_end(toks: list[Token], cs: int, n: int, whole: bool = False) -> int:
    """Where a reported clause ends: the sentence end, a semicolon, or a following clause
    (", but", ", saying", ", X said", ", according to")."""
    cues = load_cues()
    k = cs
    depth = 0
    while k < n:
        t = toks[k]
        if t.text in "([":
            depth += 1
        elif t.text in ")]":
            depth = max(depth - 1, 0)
        elif depth == 0 and t.text in ";":
            return k
        elif depth == 0 and t.text == ":" and k + 1 < n and toks[k + 1].text in DOUBLE_MARKS:
            return k  # 'indicated the US was disappointed: "While we await ...," he said': a quote follows
        elif depth == 0 and t.text in _CLOSE_MARKS and k + 1 < n and toks[k + 1].text[:1].islower() \
                and ((toks[k + 1].low.endswith("ing") and cues.get(toks[k + 1].low) is not None)
                     or toks[k + 1].low in {"while", "but", "whereas", "although", "though"}):
            return k + 1  # 'said Kowal "was a great man," adding ...': the comma sits inside the marks
        elif depth == 0 and t.low in {"and", "but"} and k > cs + 2:
            m = k + 1
            while m < n and toks[m].low in sp.SKIP_BEFORE_CUE:
                m += 1
            c = cues.get(toks[m].text) if m < n else None
            if c is not None and (c.clause or c.quote) and not toks[m].low.endswith("ing"):
                # "announced the tests found X, and said ...": a second report by the subject
                return k - 1 if toks[k - 1].text == "," else k
            if m < n and (toks[m].low in _SUBJ_PRON or toks[m].low in sp.QUANTIFIERS or
                          toks[m].low in sp.DETERMINERS or toks[m].is_cap):
                # "said people changed their minds and several said ...": a report by someone else
                m2 = m + 1
                while m2 < n and m2 <= m + 3 and toks[m2].is_word and cues.get(toks[m2].text) is None \
                        and toks[m2].low not in sp._FUNCTION_WORDS:
                    m2 += 1
                while m2 < n and toks[m2].low in sp.SKIP_BEFORE_CUE:
                    m2 += 1
                c2 = _is_cue(toks[m2], cues, toks[m2 - 1]) if m2 < n else None
                if c2 is not None and c2.clause and not toks[m2].low.endswith("ing") and \
                        toks[m2].low != c2.lemma and toks[m2 - 1].low not in _BE and \
                        toks[m2 - 1].low != "to" and toks[m].low not in {"i", "we", "you"}:
                    return k - 1 if toks[k - 1].text == "," else k
            if _narration_after(toks, cs, k, n):
                # "replied they would attend and another million expressed interest": the reporter
                # goes on in another tense with a subject of its own
                return k - 1 if toks[k - 1].text == "," else k
        elif depth == 0 and t.text == ",":
            nx = toks[k + 1] if k + 1 < n else None
            if nx is not None:
                nl = nx.low
                if nl in {"but", "although", "though", "whereas", "while"}:
                    return k
                if ((nl.endswith("ing") and nl not in {"including", "according"} and nx.text[:1].islower()
                     and not (whole and cues.get(nl) is None and nl not in _GLOSS_PARTICIPLES))
                        or (nl == "such" and k + 2 < n and toks[k + 2].low == "as")):
                    # ", meaning ...", ", such as ...": the reporter's addition; after "According to X,"
                    # the whole sentence is the source's account (", killing 12 people")
                    return k
                if nl == "according":
                    return k
                c = cues.get(nl)
                if c and nl.endswith("ing"):
                    return k
                # ", X said." at the end: stop before the attribution
                m = k + 1
                while m < n and m < k + 8 and toks[m].is_word and not _is_cue(toks[m], cues, toks[m - 1]):
                    m += 1
                if m < n and _is_cue(toks[m], cues, toks[m - 1]) and m > k + 1:
                    m2 = _skip_adverbials(toks, m + 1, n)
                    if m2 >= n or toks[m2].text in ".!?":
                        return k
        k += 1
    # drop the final full stop
    while k > cs and toks[k - 1].text in ".!?" :
        k -= 1
    return k


_TLDS = frozenset("""com org net gov edu info news io co uk""".split())
_PREPOSITIONS = frozenset("""of on in at to for with about from by over under against into""".split())
_BACKSHIFT = frozenset("""would could might should had""".split())


def _narration_after(toks: list[Token], cs: int, k: int, n: int) -> bool:
    """After ``and`` at ``k``: does a new clause with its own subject and a plain past or present
    perfect verb follow a reported clause in the backshifted ``would``/``had`` form?"""
    if not any(x.low in _BACKSHIFT for x in toks[cs:k]):
        return False
    m = k + 1
    if m >= n or not toks[m].is_word:
        return False
    if toks[m].low in _SUBJ_PRON:
        m += 1
    elif toks[m].is_cap and toks[m].low not in sp._FUNCTION_WORDS:
        while m < n and m < k + 4 and toks[m].is_cap:
            m += 1
    elif toks[m].low in sp.DETERMINERS or toks[m].low in {"another", "other"}:
        m += 1
        while m < n and m < k + 5 and toks[m].is_word and toks[m].text[:1].islower() and not (
                toks[m].low.endswith("ed") or toks[m].low in _IRREGULAR_PAST or toks[m].low in _FINITE):
            m += 1
    else:
        return False
    if m >= n or m == k + 1:
        return False
    v = toks[m]
    if v.low in {"has", "have"} and m + 1 < n:
        return toks[m + 1].low.endswith("ed") or toks[m + 1].low in _IRREGULAR_PAST
    return v.text[:1].islower() and (v.low.endswith("ed") and len(v.low) > 3 or v.low in _IRREGULAR_PAST) \
        and v.low not in _BACKSHIFT


def _tail_clause(f: _Field, toks: list[Token], k: int, np: NounPhrase, cue: str, pos: int, pi: int,
                 cues: dict[str, Cue]) -> list[Item]:
    """``CLAUSE, X said.``: the clause is the sentence before the comma that precedes X."""
    # find the comma before the subject
    j = k - 1
    while j >= 0 and toks[j].start >= np.start - 1 and toks[j].text != ",":
        j -= 1
    if j >= 1 and toks[j].text in _CLOSE_MARKS and f.text[toks[j].start - 1:toks[j].start] == ",":
        j += 1  # 'prohibits "any intervention," a spokesperson stated': the comma is inside the marks
    else:
        while j >= 0 and toks[j].text != ",":
            j -= 1
    if j <= 1:
        return []
    if j + 1 < len(toks) and toks[j - 1].text[-1:].isdigit() and toks[j + 1].text[:1].isdigit() and \
            toks[j].start == toks[j - 1].end and toks[j + 1].start == toks[j].end:
        return []  # "Over 1,000 rescuers responded.": a number, not a clause and its attribution
    body = toks[:j]
    # not after a quote (that is a quote's attribution) and no other cue in the clause
    last = body[-1]
    if last.text in DOUBLE_MARKS:
        # a quote's attribution, unless the quote only ends a clause of the reporter's words
        # ('The charter prohibits "any intervention," a spokesperson stated.')
        op = max((q for q, x in enumerate(body[:-1]) if x.text in DOUBLE_MARKS), default=-1)
        lead = [x for x in body[:max(op, 0)] if x.is_word]
        if op < 0 or len(lead) < 3 or not (_has_verb(lead) or any(x.low in _IRREGULAR_PAST for x in lead)):
            return []
    for q, t in enumerate(body):
        c = _is_cue(t, cues, None)
        if c and c.clause and not t.low.endswith("ing") and not (q > 0 and body[q - 1].low in _OBJECT_DETS | {"a", "an"}):
            return []  # (but 'The estimated cost is ...': a participle used as an adjective)
        if t.low == "according":
            return []
    if body[0].text in DOUBLE_MARKS:
        return []
    cs = _clause_start(toks, 0, j, cues)
    it = _make_indirect(f, toks, cs, j, np, cue, pos, pi)
    return [it] if it else []


def _make_indirect(f: _Field, toks: list[Token], cs: int, ce: int, np: NounPhrase, cue: str,
                   pos: int, pi: int) -> Item | None:
    while ce > cs and not toks[ce - 1].is_word and toks[ce - 1].text not in DOUBLE_MARKS + ")]":
        ce -= 1
    if ce - cs < 2:
        return None
    s, e = toks[cs].start, toks[ce - 1].end
    # a clause that is all quotation is a direct quote, not reported speech
    if f.text[s] in DOUBLE_MARKS:
        return None
    seg = toks[cs:ce]
    words = sum(1 for t in seg if t.is_word and not set(t.text) <= {"x"})
    if words == 1 and seg[0].is_word and (seg[0].is_cap or seg[0].low in _SUBJ_PRON) and len(seg) > 2 \
            and seg[1].text in DOUBLE_MARKS and seg[-1].text in _CLOSE_MARKS:
        # 'said Kowal "was a great man,"', 'said she "can hardly wait."': a subject and a partial
        # quote as its predicate
        words = 2
    if words < 2:
        return None
    if re.fullmatch(r"(?i)you(?:['’](?:ve|d|ll|re))?", np.name):
        return None  # "You've said that ...": an interviewer's question, not a report
    return Item(f.name, s, e, "indirect", np=np, cue=cue, pos=pos, para=pi)


# ---------------------------------------------------------------------------------------------
# Speaker resolution


_GENERIC_BODIES = frozenset("""network company firm office agency group organisation organization
channel broadcaster newspaper paper board council committee embassy union club team airline
carrier charity foundation institute university""".split())


_PERSONAL_DOCS = frozenset("""statement tweet tweets post posts letter message memoir speech""".split())
_COMPANY_HEADS = frozenset("""company firm corporation utility airline carrier operator manufacturer""".split())
_PUBLIC_BODY_RE = re.compile(r"\b(?:Department|Ministry|Agency|Administration|Board|Commission|Council|Committee|"
                             r"Office|Service|Police|Court|Authority|Bureau|Institute|University|Organi[sz]ation|"
                             r"Union|Party|Forces?|Army|Navy|Government|Parliament|Assembly|Centers?|Centres?|"
                             r"Association|Federation|Foundation|Fund|Bank|Agency|Protection|Safety)\b")
_COMMON_SOURCES = frozenset("""reports report sources source authorities police witnesses
residents experts officials analysts critics local state federal several many some police""".split())
_OWN_BODIES = _GENERIC_BODIES | frozenset("""campaign administration government ministry staff
party department""".split())


_STATEMENT_BODIES = (_GENERIC_BODIES | frozenset("""ministry department government police military army
administration agency commission league federation association party campaign court""".split())) - {"family"}
_COLLECTIVE_BODIES = frozenset("""team group panel crew committee council board government""".split())
_SUB_ROLE = frozenset("""vice deputy former ex assistant acting lieutenant""".split())


def _holds_role(role: str, head: str) -> bool:
    """Does ``role`` make its holder "the ``head``"? ("Regional governor" yes, "Deputy Governor" no.)"""
    words = role.lower().replace(",", " ").split()
    return any(w == head and (i == 0 or words[i - 1] not in _SUB_ROLE) for i, w in enumerate(words))


_FAMILY_ROLES = frozenset("""mother father wife husband son daughter""".split())
# roles that usually introduce someone new rather than re-describe the person just quoted
_NOT_ANAPHORIC = frozenset("""witness eyewitness resident neighbour neighbor victim survivor passenger
student fan worker employee driver farmer citizen voter person man woman source insider official
officer police spokesman spokeswoman spokesperson relative friend member reporter journalist
interviewer host anchor judge court jury coroner""".split())
_ANAPHOR_HEADS = frozenset("""person man woman individual speaker source one""".split())


def _lower_article(name: str) -> str:
    """``The foreign ministers`` -> ``the foreign ministers`` (a descriptor, not a title)."""
    return "the" + name[3:] if name.startswith("The ") else name


class _Resolver:
    """Resolve noun phrases to speakers within one article."""

    _ORG_PRON = {"it", "they", "we"}

    def __init__(self, registry: Registry, fields: list[_Field]) -> None:
        self.reg = registry
        # positions of person mentions outside quotes, per field
        self.mentions: dict[str, list[tuple[int, sp.Person]]] = {}
        self.subjects: dict[str, list[tuple[int, sp.Person]]] = {}
        self.spoke: dict[str, list[tuple[int, sp.Person]]] = {}
        seen: dict[str, sp.Person | None] = {}  # capitalised word -> person it names (per article)
        for f in fields:
            ms: list[tuple[int, sp.Person]] = []
            prev_end = -2
            for m in _CAPWORD_RE.finditer(f.masked):
                w = m.group()
                if w in seen:
                    p = seen[w]
                else:
                    low = w.lower()
                    p = registry.resolve_surname(w) if low not in sp.TITLES else None
                    if p is not None and not (p.last == low or low == p.name.split()[0].lower()
                                              or (p.inner and p.inner == low)):
                        p = None
                    seen[w] = p
                if p is not None:
                    if ms and ms[-1][1] is not p and prev_end + 1 == m.start():
                        q = ms[-1][1]
                        if q.last == sp.fold(w):
                            p = q  # "Marla Quist" when Devon Quist is named too: the surname is hers
                        elif p.last == sp.fold(w) and not p.last.startswith(q.last) and \
                                f.masked.startswith(p.name.split()[0], ms[-1][0]):
                            ms[-1] = (ms[-1][0], p)  # "John Rhys-Davies" after another John
                    ms.append((m.start(), p))
                    prev_end = m.end()
            self.mentions[f.name] = ms
            # the first person named in each sentence: the likely subject
            subj: list[tuple[int, sp.Person]] = []
            gpos: list[tuple[int, str]] | None = None  # he/she/his/her positions, found once per field
            k = 0
            for ss, se, _ in f.sents:
                while k < len(ms) and ms[k][0] < ss:
                    k += 1
                while k < len(ms) and ms[k][0] < se and _PREP_BEFORE_RE.search(
                        f.masked, max(0, ms[k][0] - 12), ms[k][0]) and not _TIME_CAPS_RE.search(
                        f.masked, max(0, ms[k][0] - 24), ms[k][0]):
                    # "Speaking to Martin Smith of PBS, he said": an object, not the subject (but
                    # "Later on Tuesday Ada Kim met ..." is a time phrase before the subject)
                    k += 1
                if k < len(ms) and ms[k][0] < se and not _PRONOUN_OPENS_RE.match(f.masked, ss, ms[k][0]):
                    subj.append(ms[k])  # ('He said Bo Tran is ...': the pronoun is the subject)
                    if gpos is None:
                        gpos = [(m.start(), m.group(1).lower()) for m in _GENDER_PRON_RE.finditer(f.masked)]
                    self._vote_gender(gpos, ms, k, se)
            self.subjects[f.name] = subj
        self.last_nonperson: tuple[int, str] | None = None
        self._lasts: tuple[int, dict[str, int]] | None = None  # people count, surname -> how many
        self.last_item: Item | None = None  # the quote resolved last (for "this person said")
        self.history: list[Item] = []

    @staticmethod
    def _vote_gender(gpos: list[tuple[int, str]], ms: list[tuple[int, sp.Person]], k: int, se: int) -> None:
        """Gender evidence from a sentence whose subject is the person of mention ``k``: the first
        he/she/his/her after the mention, when no other person is named before it ("Kim held a
        panel on her career": a vote for "f"). The article's own usage outweighs role words."""
        pos, p = ms[k]
        nxt = ms[k + 1][0] if k + 1 < len(ms) and ms[k + 1][1] is not p else se
        i = bisect.bisect_left(gpos, (pos, ""))
        if i < len(gpos) and gpos[i][0] < min(se, nxt):
            p.votes["f" if gpos[i][1] in {"she", "her"} else "m"] += 1

    def resolve(self, it: Item, f: _Field) -> None:
        """Set the speaker of ``it`` from its noun phrase (items come in order of position)."""
        self._resolve(it, f)
        if it.speaker:
            self.last_item = it
            self.history.append(it)

    def _resolve(self, it: Item, f: _Field) -> None:
        np = it.np
        if np is None:
            return
        if np.name[-1:] in "'’" and _PLURAL_POSS_RE.fullmatch(np.name) and np.name[:-1].lower() in sp.ROLE_WORDS:
            # "Protesters' demands include ...": the group, written as a plain descriptor
            np = it.np = sp.NounPhrase(np.name[:-1].lower(), np.name[:-1].lower(), "descriptor", np.start, np.end)
        roles = [r for r in np.roles if r]
        if np.kind == "pronoun":
            low = {"him": "he", "her": "she", "them": "they"}.get(np.name.lower(), np.name.lower())
            if low == "i":
                p = self._interviewee(f, it.pos)
                if p is not None:  # "((Ada Kim)) ... I said ...": the person answering
                    self._set_person(it, p, roles)
                    return
            if low in {"he", "she", "i"}:
                p = self._pronoun(f, it.pos, "m" if low == "he" else "f" if low == "she" else "")
                if p is not None:
                    self._set_person(it, p, roles)
                    return
            if low in {"they", "it"}:
                body = self._recent_body(f, it.pos)
                if body is not None:
                    it.speaker, it.named = body, False
                    self.last_nonperson = (it.pos, body)
                    return
            if low in self._ORG_PRON and self.last_nonperson:
                it.speaker, it.named = self.last_nonperson[1], False
                return
            # never a bare pronoun: the nearest descriptor that can be its antecedent, else no row
            desc = self._antecedent(f, it.pos, low)
            if desc is not None:
                it.speaker, it.named = desc, False
                return
            last = max((m for m in self.spoke.get(f.name, []) if m[0] < it.pos), key=lambda m: m[0], default=None)
            if last is not None:
                self._set_person(it, last[1], roles)  # the most recent named speaker
                return
            it.speaker, it.named = "", False  # nobody to resolve it to: no row
            return
        if np.kind in {"person", "surname"}:
            if np.kind == "person" and f.masked[max(0, np.start - 4):np.start] in {"the ", "The "} \
                    and self.reg.find(np.name) is None:
                # "The Baltimore Sun reported": a named thing, not a person
                it.speaker, it.named = self._org_full(np.name), False
                it.role = "; ".join(roles)
                self.last_nonperson = (it.pos, it.speaker)
                return
            p = self.reg.find(np.name) if np.kind == "person" else self._surname(f, np.name, it.pos)
            if p is None and np.kind == "surname":
                p = self.reg.resolve_variant(np.name, before=self._abs_pos(it, f))
            if p is None and np.kind == "person":
                p = self.reg.add(np.name, it.pos, np.role)
            if p is not None:
                if np.role:
                    p.add_role(np.role)
                for r in roles:
                    p.add_role(r)
                self._set_person(it, p, [])
                return
            it.speaker, it.named = self._org_full(np.name), False
            it.role = "; ".join(roles)
            self.last_nonperson = (it.pos, it.speaker)
            return
        if np.kind == "descriptor":
            words = np.name.split()
            first = words[0].lower() if words else ""
            head = words[-1].lower() if words else ""
            low_words = [w.lower() for w in words]
            src = None
            if first == "the" and len(words) == 3 and low_words[1] == "same" and head not in _ANAPHOR_HEADS:
                # "The same study also noted": the study quoted before
                src = next((h for h in reversed(self.history)
                            if head in re.findall(r"[\w-]+", h.speaker.lower())), None)
            elif head in _ANAPHOR_HEADS and (
                    (first in {"this", "that"} and len(words) == 2) or
                    (first == "the" and len(words) == 3 and low_words[1] == "same")):
                # "However, this person also said ...": the speaker just quoted
                src = self.last_item
            if src is not None:
                it.speaker, it.named, it.role = src.speaker, src.named, src.role
                if getattr(src, "_person", None) is not None:
                    it._person = src._person  # type: ignore[attr-defined]
                return
            lead = 0  # "Judge Miller's statement": a title before the possessor
            while lead < len(words) - 2 and (low_words[lead] in sp.TITLES or low_words[lead] in {"the"}):
                lead += 1
            plain_mid = all(w.isalpha() and w.islower() for w in words[1:-1])
            poss = lead  # "Halden University's statement": a possessor of several capitalised words
            while lead == 0 and poss < min(len(words) - 2, 3) and words[poss][:1].isupper() and \
                    words[poss].isalpha() and low_words[poss] not in sp.TITLES:
                poss += 1
            lead_mid = all(w.isalpha() and w.islower() for w in words[poss + 1:-1])
            if 2 <= len(words) - poss <= 4 and lead_mid and words[poss][:1].isupper() and \
                    low_words[poss].endswith(("'s", "’s")) and head in _PERSONAL_DOCS:
                # "Trump's statement read": the person's own words, not a document as written
                owner = " ".join(words[lead:poss + 1])[:-2]
                p = (self._surname(f, owner, it.pos) if poss == lead else None) or self.reg.find(owner)
                if p is not None and poss > lead and self._body_named(f, owner) != owner:
                    p = None  # "Halden Rowing's statement" after "The Halden Rowing Club": the club
                if p is not None:
                    self._set_person(it, p, roles)
                    return
                if lead == 0 and owner.lower() not in sp.TIME_WORDS and owner.lower() not in _MONTHS:
                    # "Acme's official statement read": the body, by the fullest name the article
                    # gives it ("Acme Wrestling Federation")
                    it.speaker, it.named = self._body_named(f, owner), False
                    it.role = "; ".join(roles)
                    self.last_nonperson = (it.pos, it.speaker)
                    return
            if first == "the" and 3 <= len(words) <= 4 and words[1].islower() and \
                    low_words[1].endswith(("'s", "’s")) and head in _PERSONAL_DOCS and all(
                    w.isalpha() for w in words[2:-1]) and low_words[1][:-2] in _STATEMENT_BODIES:
                # "the ministry's statement said": the ministry (resolved like "the ministry said");
                # a family's statement stays as written
                owner = " ".join(words[:2])[:-2]
                it.np = sp.NounPhrase(owner, owner[4:], "descriptor", np.start, np.start + len(owner),
                                      roles=list(np.roles))
                self._resolve(it, f)
                it.np = np
                return
            if 2 <= len(words) <= 3 and plain_mid and first in {"their", "its", "his", "her"} and \
                    head in _PERSONAL_DOCS:
                # "Their statement also read": the statement of whoever "their" stands for
                if first in {"his", "her"}:
                    p = self._pronoun(f, it.pos, "m" if first == "his" else "f")
                    if p is not None:
                        self._set_person(it, p, roles)
                        return
                else:
                    body = self._owner_body(f, it.pos)
                    if body is not None:
                        it.speaker, it.named = body, False
                        it.role = "; ".join(roles)
                        self.last_nonperson = (it.pos, body)
                        return
            if first in {"his", "her"} and len(words) >= 2 and head in _OWN_BODIES:
                # "his office said": the office of the person "his" stands for
                p = self._pronoun(f, it.pos, "m" if first == "his" else "f")
                if p is not None:
                    it.speaker, it.named = f"the {' '.join(words[1:])} of {p.name}", False
                    it.role = "; ".join(roles)
                    self.last_nonperson = (it.pos, it.speaker)
                    return
            if first in {"the", "this"} and head in sp.ROLE_WORDS:
                p = self.reg.resolve_role(head, before=self._abs_pos(it, f))
                if p is not None and head not in sp.NON_PERSON_ROLES:
                    self._set_person(it, p, roles)
                    return
            if len(words) == 2 and (first in {"his", "her", "their"} or first.endswith(("'s", "’s")) or (
                    first == "the" and head in _FAMILY_ROLES)) and head in sp.ROLE_WORDS and \
                    head not in sp.NON_PERSON_ROLES and head not in sp.ORG_HEADS and \
                    not (head.endswith("s") and not head.endswith("ss")):
                p = self._unique_role(head)
                if p is not None:  # "his daughter said" -> "his daughter Nettie Vale"
                    self._set_person(it, p, roles)
                    return
            if first == "the" and 2 <= len(words) <= 4 and head in sp.ROLE_WORDS and \
                    head not in sp.NON_PERSON_ROLES and head not in _NOT_ANAPHORIC and head not in sp.ORG_HEADS and \
                    not (head.endswith("s") and not head.endswith("ss")) and "of" not in low_words:
                p = self._just_quoted(f, it.pos, head)
                if p is not None:  # '..., said co-author Ada Kim. The Wooster professor added'
                    self._set_person(it, p, roles)
                    return
            if first == "the" and len(words) == 2 and head in _GENERIC_BODIES:
                # "the network", "the company": the organisation the article is talking about
                body = self._recent_body(f, it.pos)
                if head in _COMPANY_HEADS and body is not None and _PUBLIC_BODY_RE.search(body):
                    body = None  # 'The Fire Department said ... The company said': not the department
                if body is None and head in _COMPANY_HEADS and f.name == "text":
                    body = self._last_company(f, it.pos)
                if body is not None and body.lower() != np.name.lower():
                    it.speaker, it.named = body, False
                    self.last_nonperson = (it.pos, body)
                    return
            if first == "the" and 4 <= len(words) <= 5 and low_words[-2] == "of" and \
                    low_words[-3] in sp.ROLE_WORDS and words[-1][:1].isupper():
                # "the mayor of Yartown" is the person the article gave that role there, if any
                p = self._role_at(low_words[-3], words[-1])
                if p is not None:
                    self._set_person(it, p, roles)
                    return
            name = np.name
            if first == "the" and words[0] == "The":
                name = "the" + name[3:]
            elif words and words[0][:1].isupper() and not words[0].isupper() and (
                    first in sp.ROLE_WORDS or first in sp.MODIFIERS or first in sp.QUANTIFIERS
                    or first in sp.DETERMINERS or first in _COMMON_SOURCES):
                # "Officials said" opening a sentence is the same source as "officials said"
                name = name[0].lower() + name[1:]
            it.speaker, it.named = name, False
            it.role = "; ".join([np.role] + roles if np.role and np.role != np.name else roles)
            self.last_nonperson = (it.pos, name)
            return
        # organisation
        name = np.name
        if len(name.split()) == 2 and name.split()[0].lower() == "the" and sp._AGE_RE.match(name.split()[1]):
            p = self._just_quoted(f, it.pos, "")
            if p is not None:  # '..., said Ada Kim. The 54-year-old added'
                self._set_person(it, p, [r for r in np.roles if r])
                return
        if name.lower() in _COMMON_SOURCES or name.lower() in {"police", "government", "military"}:
            name = name.lower()  # "Police said" opening a sentence: the same source as "police said"
        if name.startswith("The ") and it.pos != 0:
            pass
        # "the Post" after "The Washington Post"
        it.speaker, it.named = self._org_full(name), False
        it.role = "; ".join(roles)
        self.last_nonperson = (it.pos, it.speaker)

    def _interviewee(self, f: _Field, pos: int) -> sp.Person | None:
        """The person named in the "((Name))" marker that opens the paragraph holding ``pos`` (the
        layout of Wikinews interview transcripts), if the article registered that person."""
        ps, pe = f.paras[f.para_of(pos)]
        m = _ANSWER_MARK_RE.match(f.text, ps, pe)
        if m is None:
            return None
        name = m.group(1).strip()
        p = self.reg.find(name)
        if p is None and " " not in name:
            p = self.reg.resolve_surname(name)
        if p is None and len(name.split()) >= 2:
            p = self.reg.add(name, ps)
        return p

    def _surname(self, f: _Field, word: str, pos: int) -> sp.Person | None:
        """The person a bare surname names; when several share it ("Marla and Devon Quist"), the
        one mentioned last before ``pos``."""
        p = self.reg.resolve_surname(word)
        if p is None:
            return None
        if self._lasts is None or self._lasts[0] != len(self.reg.people):
            counts: dict[str, int] = {}
            for q in self.reg.people:
                counts[q.last] = counts.get(q.last, 0) + 1
            self._lasts = (len(self.reg.people), counts)
        low = sp.fold(word)
        if self._lasts[1].get(low, 0) < 2:
            return p
        ms = self.mentions.get(f.name, [])
        i = bisect.bisect_left(ms, pos, key=lambda m: m[0])
        for j in range(i - 1, max(-1, i - 40), -1):
            if ms[j][1].last == low:
                return ms[j][1]
        return p

    def _unique_role(self, head: str) -> sp.Person | None:
        """The one registered person whose roles hold the word ``head`` (None if none or several):
        "his daughter" -> "his daughter Nettie Vale"; for a family role shared by nobody, the one
        person of that gender among people sharing a surname ("the mother" -> "Marla Quist")."""
        cands = [p for p in self.reg.people if any(_holds_role(r, head) for r in p.roles)]
        want = "f" if head in sp.FEMALE_WORDS else "m" if head in sp.MALE_WORDS else ""
        if want:
            cands = [p for p in cands if self.reg.gender(p) in {want, ""}]
        if len(cands) == 1:
            return cands[0]
        if cands or head not in _FAMILY_ROLES:
            return None
        lasts: dict[str, int] = {}
        for p in self.reg.people:
            lasts[p.last] = lasts.get(p.last, 0) + 1
        cands = [p for p in self.reg.people if lasts[p.last] >= 2 and self.reg.gender(p) == want]
        return cands[0] if len(cands) == 1 else None

    def _just_quoted(self, f: _Field, pos: int, head: str) -> sp.Person | None:
        """The named person quoted in this or the two sentences before ``pos``, when nobody else
        is named since and their gender fits the role word: "the professor" after "said Ada Kim"."""
        last = self.last_item
        p = getattr(last, "_person", None) if last is not None else None
        if p is None or last.field != f.name or last.pos >= pos or f.sent_of(pos) - f.sent_of(last.pos) > 2:
            return None
        want = "f" if head in sp.FEMALE_WORDS else "m" if head in sp.MALE_WORDS else ""
        if want and self.reg.gender(p) != want:
            return None  # "the mother" only for someone known to be a woman
        if head and any(q is not p and any(_holds_role(r, head) for r in q.roles) for q in self.reg.people):
            return None  # "the president" after a quote of the mayor: the president the article names
        if head in sp.TITLES:
            # "President Ivo Lark ... the president said": the title the article puts before
            # another person's name
            title, i = head.capitalize() + " ", f.masked.find(head.capitalize() + " ")
            while i >= 0:
                m = _CAPWORD_RE.match(f.masked, i + len(title))
                q = self.reg.resolve_surname(m.group()) if m else None
                if q is not None and q is not p:
                    return None
                i = f.masked.find(title, i + 1)
        if any(last.pos < m < pos and q is not p for m, q in self.mentions.get(f.name, [])):
            return None
        return p

    def _antecedent(self, f: _Field, pos: int, pron: str) -> str | None:
        """The nearest role descriptor before ``pos`` in this or the two sentences before
        ("the protesters ... they said" -> "the protesters"), matching the pronoun's number."""
        si = f.sent_of(pos)
        lo = f.sents[max(0, si - 3)][0] if f.sents else 0
        plural = pron in {"they", "we"}
        best = None
        for m in _DESCRIPTOR_RE.finditer(f.masked, lo, pos):
            head = m.group(2).lower()
            if head not in sp.ROLE_WORDS or head in sp.NON_PERSON_ROLES:
                continue
            if pron in {"he", "she"} and (head in sp.ORG_HEADS or head in _GENERIC_BODIES):
                continue  # "the distribution company ... she recalls": never a body for he/she
            if plural == (head.endswith("s") and not head.endswith("ss")) or pron == "it":
                best = m.group(0)
        if best is None:
            return None
        return best[0].lower() + best[1:] if best.split()[0] in {"The", "A", "An"} else best

    def _recent_body(self, f: _Field, pos: int) -> str | None:
        """For "they"/"it": the organisation that is the subject of this or a recent sentence."""
        si = f.sent_of(pos)
        cues = load_cues()
        chain = False  # the sentence after this one opened with "they": the same group goes on
        for j in range(si, max(-1, si - 6), -1):
            if j < si - 2 and not chain:
                break  # (further back only along sentences that go on with "they")
            ss, se, _ = f.sents[j]
            np, p0 = _sentence_subject(f, ss, min(se, pos), cues)
            if f.masked.startswith("According to ", ss) and j < si:
                # "According to the research team, ... . X, they reason, ...": the source that
                # opens the sentence is the group speaking there
                at = tokenize(f.masked, ss, min(se, ss + 120))
                np_a, _ = _according_np(f.text, at, 2)
                if np_a is not None:
                    np, p0 = np_a, np_a.start
            if np is not None and p0 < pos:  # (a sentence without a parsed subject keeps the chain)
                chain = np.kind == "pronoun" and np.name.lower() == "they"
            if np is not None and np.kind == "person" and f.masked[max(0, np.start - 4):np.start] in \
                    {"the ", "The "} and self.reg.find(np.name) is None:
                np = sp.NounPhrase(np.name, "", "org", np.start, np.end)  # "The Halden Tigers": a body
            if np is None or p0 >= pos or np.kind in {"pronoun", "person", "surname"}:
                if np is not None and np.kind in {"person"}:
                    return None  # a person is the topic: do not guess an organisation
                continue
            head = np.name.split()[-1].lower() if np.name.split() else ""
            if np.kind == "org" or (np.kind == "descriptor" and (
                    (head.endswith("s") and head in sp.ROLE_WORDS | sp.ORG_HEADS) or (
                        head in _COLLECTIVE_BODIES and np.name.split()[0].lower() == "the"))):
                # ("The team studied the bones. They reasoned ...": a body of people)
                return self._org_full(np.name) if np.kind == "org" else _lower_article(np.name)
        return None

    def _owner_body(self, f: _Field, pos: int) -> str | None:
        """For "their/its statement": the body or group that is the subject of this or one of the
        two sentences before ``pos`` ("The government of Eastmoor rejected ... Their statement");
        None when a person is the nearer subject."""
        si = f.sent_of(pos)
        cues = load_cues()
        for j in range(si, max(-1, si - 3), -1):
            ss, se, _ = f.sents[j]
            np, p0 = _sentence_subject(f, ss, min(se, pos), cues)
            if np is None or p0 >= pos:
                continue
            if np.kind == "person" and f.masked[max(0, np.start - 4):np.start] in {"the ", "The "} \
                    and self.reg.find(np.name) is None:
                return self._org_full(np.name)  # "The Halden Tigers": a named body, not a person
            if np.kind in {"pronoun", "person", "surname"}:
                return None
            words = np.name.split()
            if np.kind == "descriptor" and (not words or words[0].lower() in {"their", "its", "his", "her"}
                                            or words[-1].lower() in _DOCUMENTS):
                continue  # ("their statement", "a report": no owner)
            return self._org_full(np.name) if np.kind == "org" else _lower_article(np.name)
        return None

    def _body_named(self, f: _Field, owner: str) -> str:
        """The fullest name of a body the article gives around the word ``owner`` ("Acme" ->
        "Acme Wrestling Federation"): the longest run of capitalised words holding it that ends
        in an organisation word; ``owner`` itself when there is none."""
        best = owner
        for m in re.finditer(r"(?<![\w'’-])(?:(?:[A-Z][\w&'’-]*|of|for|and|&)[ \t]+){0,5}" + re.escape(owner)
                             + r"(?:[ \t]+(?:(?:of|for|and|&)[ \t]+)?[A-Z][\w&'’-]*){0,5}", f.masked):
            words = m.group().split()
            while words and (words[0].lower() in {"of", "for", "and", "&", "the"} or sp.fold(words[0]) in
                             sp._FUNCTION_WORDS or words[0].lower() in sp.TIME_WORDS):
                words = words[1:]
            while words and words[-1].endswith(("'s", "’s")):
                words = words[:-1]
            if len(words) > len(best.split()) and re.search(r"(?<!\S)" + re.escape(owner) + r"(?!\S)",
                                                             " ".join(words)) and (
                    words[-1].lower() in sp.ORG_HEADS or _PUBLIC_BODY_RE.search(words[-1])):
                best = " ".join(words)
        return self._org_full(best) if best == owner else best

    def _role_at(self, role: str, place: str) -> sp.Person | None:
        """The one registered person whose roles name both ``role`` and ``place`` ("mayor",
        "Yartown" -> the person introduced as "The mayor of Yartown, Ilya Brel,")."""
        rx = re.compile(r"\b" + re.escape(role) + r"\b.*\b" + re.escape(place) + r"\b|\b" + re.escape(place)
                        + r"(?:['’]s)?\s+" + re.escape(role) + r"\b", re.I)
        hits = [p for p in self.reg.people if any(rx.search(r) for r in p.roles)]
        return hits[0] if len(hits) == 1 else None

    def _last_company(self, f: _Field, pos: int) -> str | None:
        """'Lakeside Power and Light (LPL) ... The company said': the company the article named
        (with its acronym) most recently before ``pos``, within the last 1,500 characters;
        public bodies ('Department', 'Board', ...) are not companies."""
        best: tuple[int, str] | None = None
        lo = max(0, pos - 1500)
        for acr, full in self.reg._acronyms.items():
            if _PUBLIC_BODY_RE.search(full) or len(full.split()) < 2:
                continue
            for form in (acr, full):
                at = f.masked.rfind(form, lo, pos)
                if at >= 0 and (best is None or at > best[0]):
                    best = (at, full)
        return best[1] if best is not None else None

    @staticmethod
    def _abs_pos(it: Item, f: _Field) -> int | None:
        """Position in the registry's coordinates (the body), or None for the dek and headline."""
        return it.pos if f.name == "text" else None

    def _org_full(self, name: str) -> str:
        words = [w.lower() for w in name.split() if w.lower() != "the"]
        bare = re.sub(r"^(?:the|The)\s+", "", name)
        full = self.reg.expand_acronym(bare)
        if full:
            # both forms, so that either spelling finds the speaker: "the Syrian Democratic Forces (SDF)"
            return f"{full} ({bare})" if bare.isupper() and len(bare) > 1 else full
        acr = self.reg.acronym_of(bare)
        if acr:
            return f"{bare} ({acr})"
        if len(words) == 1 and self.last_nonperson:
            prev = self.last_nonperson[1]
            if prev.lower().split()[-1] == words[-1]:
                return prev
        if len(words) == 1 and bare[:1].isupper() and not bare.isupper():
            # "The Department said" after "the California Department of Corrections (CDCR)": the one
            # body the article spelled out whose name holds that word
            hits = {(full, acr) for acr, full in self.reg._acronyms.items() if bare in full.split()[:-1]}
            if len(hits) == 1:
                full, acr = hits.pop()
                return f"{full} ({acr})"
        return name

    def _set_person(self, it: Item, p: sp.Person, roles: list[str]) -> None:
        for r in roles:
            p.add_role(r)
        it.speaker, it.named = p.name, True
        self.spoke.setdefault(it.field, []).append((it.pos, p))
        it._person = p  # type: ignore[attr-defined]

    def _pronoun(self, f: _Field, pos: int, gender: str) -> sp.Person | None:
        cands = [m for m in self.subjects.get(f.name, []) if m[0] < pos]
        spoke = [m for m in self.spoke.get(f.name, []) if m[0] < pos]
        cands += spoke
        cands.sort(key=lambda m: m[0])
        speakers = {id(m[1]) for m in spoke}
        unknown: tuple[int, sp.Person] | None = None
        for cpos, p in reversed(cands[-30:]):
            g = self.reg.gender(p)
            if not gender or g == gender:
                return p
            if not g:
                if id(p) in speakers:
                    return p  # someone already quoted goes on speaking
                unknown = (cpos, p)  # a subject of unknown gender: a nearer person of the
                break  # pronoun's gender wins ('spoke with Ada Kim. She ...')
        ms = self.mentions.get(f.name, [])
        i = bisect.bisect_left([m[0] for m in ms], pos)
        for j in range(i - 1, max(-1, i - 40), -1):
            mpos, p = ms[j]
            if unknown is not None and (mpos <= unknown[0] or f.para_of(unknown[0]) == f.para_of(pos)
                                        or f.para_of(mpos) != f.para_of(pos)):
                break  # only a person of that gender in the pronoun's own paragraph, after a
                # subject of unknown gender in an earlier one
            g = self.reg.gender(p)
            if unknown is not None:
                if g == gender:
                    return p  # 'spoke with Ada Kim. She ...': the nearer person of her gender
                continue
            if not gender or not g or g == gender:
                return p
        return unknown[1] if unknown is not None else None


_DESCRIPTOR_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+((?:[a-z][\w-]*\s+){0,2})([a-z][\w-]*)\b")
_PREP_BEFORE_RE = re.compile(
    r"\b(?:to|of|by|with|for|from|against|at|about|on|than|and|told|thanked|met|called)\s+"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}$")
_PRONOUN_OPENS_RE = re.compile(r"\W*(?:He|She|(?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+, (?:he|she))\s+[a-z]")
_TIME_CAPS_RE = re.compile(r"\b(?:on|in|at|by|from|until|since)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                           r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
                           r"October|November|December)\b[\s\d,]*)+$")


_CAPWORD_RE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+")
_ANSWER_MARK_RE = re.compile(r"\s*\(\(([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\)\)")
_PLURAL_POSS_RE = re.compile(r"[A-Z][a-z-]+s['’]")
_GENDER_PRON_RE = re.compile(r"\b([Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")


# ---------------------------------------------------------------------------------------------
# Public entry point


def _quote_items(f: _Field, cues: dict[str, Cue]) -> list[Item]:
    items: list[Item] = []
    spans = f.spans
    for qi, q in enumerate(spans):
        if not re.search(r"\w", f.text[q.start:q.end]):
            continue
        si = f.sent_of(q.open_mark)
        sent = f.sents[si] if f.sents else (0, len(f.text), 0)
        ss, se, _ = sent
        prev_close = 0
        if qi > 0 and spans[qi - 1].close_mark is not None and spans[qi - 1].close_mark >= ss:
            prev_close = spans[qi - 1].close_mark + 1
        next_open = len(f.text)
        if qi + 1 < len(spans) and spans[qi + 1].open_mark < se:
            next_open = spans[qi + 1].open_mark
        if _not_a_quote(f, q):
            f.name_marks.add(q.open_mark)
            continue
        np, cue, pos, left_ok, right_ok = _attribute_quote(f, q, prev_close, next_open, sent, cues)
        if np is not None and np.kind == "pronoun" and np.name.lower() == "you":
            np, cue = None, ""  # 'Can you clarify what you mean by "..."': an interviewer's question
        kind = "direct" if (left_ok and right_ok) else "partial"
        if _INSCRIPTION_RE.search(f.masked, max(0, q.open_mark - 70), q.open_mark):
            continue  # a banner "saying" its slogan, a sign reading "..."
        if kind == "partial" and _PRAISE_OBJECT_RE.search(f.masked, max(0, q.open_mark - 40), q.open_mark):
            continue  # 'praised his "strength and wisdom"': an object of praise, not words said
        if q.cont_prev:
            kind = "direct"
        it = Item(f.name, q.start, q.end, kind, np=np, cue=cue, pos=pos if pos >= 0 else q.start,
                  para=q.para, span=q)
        items.append(it)
    return items


_INSCRIPTIONS = frozenset("""banner banners sign signs placard placards poster posters slogan
slogans shirt t-shirt shirts graffiti headline headlines caption hashtag sticker flag flags
billboard mural""".split())
_INSCRIPTION_RE = re.compile(r"\b(?:" + "|".join(sorted(_INSCRIPTIONS)) + r")\b[^.!?\"“”]{0,40}"
                             r"\b(?:saying|reading|reads|read|says|said|with the words)\W*$", re.I)
_PRAISE_OBJECT_RE = re.compile(r"\b(?:prais\w*|thank\w*|hail\w*|laud\w*|commend\w*|note[sd]?|noting)\s+(?:(?:his|her|their|its|the|"
                               r"[A-Z][\w'’-]*(?:'s|’s))\s+){1,2}$")
_NAME_OF_RE = re.compile(r"\b(?:of|the|called|named|dubbed|at|in|on)\s+$")
_TITLE_SMALL = frozenset("""of the a an and for in on at to de la le von van""".split())


_NAMING_NOUNS = """event events film films movie movies book books novel novels song songs album
albums campaign campaigns page pages group groups show shows series programme program play
documentary slogan slogans hashtag operation project motto initiative exhibition festival game
app podcast channel account blog website site article column poem painting single track tour
brand band team party club company movement petition""".split()
_NAMING_BEFORE_RE = re.compile(
    r"\b(?:" + "|".join(_NAMING_NOUNS) + r"|titled|entitled|called|named|dubbed|known as|"
    r"nicknamed|branded|labelled|labeled)\s*[,:]?\s*$")
_CUE_BEFORE_COMMA_RE = re.compile(r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|stated|"
                                  r"states|asked|asks|replied|declared|announced|tweeted|posted)"
                                  r"((?:\s+[\w'’.-]+){1,4})?\s*[,:]\s*$")


# a noun, then a naming participle: 'a process called "..."', 'a plan dubbed "..."'
_THING_CALLED_RE = re.compile(r"\b([a-z][a-z-]+)\s+(?:called|named|dubbed|nicknamed|titled|"
                              r"entitled|known\s+as)\s*$")
_MENTION_BEFORE_RE = re.compile(r"\b(?:using|use of|the (?:words?|terms?|phrases?|qualifier|label|"
                                r"expression|name))\s*$", re.I)
_LIST_SEP_RE = re.compile(r",?\s+(?:(?:and|or)\s+)?")
_ONE_WORD_RE = re.compile(r"[\w'’-]+[,.]?")


def _word_list_run(f: _Field, q: Span) -> int:
    """How many one-word quotes in a row (``"life", "liberty", and "happiness"``) hold ``q``."""
    spans = f.spans
    i = next((x for x, s in enumerate(spans) if s is q), None)
    if i is None:
        return 1

    def one_word(s: Span) -> bool:
        return s.close_mark is not None and bool(_ONE_WORD_RE.fullmatch(f.text[s.start:s.end]))

    def joined(a: Span, b: Span) -> bool:
        return a.close_mark is not None and bool(_LIST_SEP_RE.fullmatch(f.text, a.close_mark + 1, b.open_mark))

    run = 1
    j = i
    while j > 0 and one_word(spans[j - 1]) and joined(spans[j - 1], spans[j]):
        run, j = run + 1, j - 1
    j = i
    while j + 1 < len(spans) and one_word(spans[j + 1]) and joined(spans[j], spans[j + 1]):
        run, j = run + 1, j + 1
    return run


def _name_in_marks_context(f: _Field, q: Span, content: str) -> bool:
    """Does the context make a Title-Case quoted span a name: a naming word before it (``a song
    called``) or an appositive between commas (``his event, "...", was``), and no speech verb
    introducing it (``told the group, "We Will Win."``, ``said, "Yes We Can", and left``)?"""
    lo = max(0, q.open_mark - 40)
    appositive = f.masked[max(0, q.open_mark - 2):q.open_mark] == ", " and (
        content.endswith(",") or f.text[q.close_mark + 1:q.close_mark + 2] == ",")
    cue_near = _CUE_BEFORE_COMMA_RE.search(f.masked, lo, q.open_mark)
    if appositive:
        return not (cue_near and cue_near.group(1) is None)  # only "said, "...", and left" is speech
    return bool(_NAMING_BEFORE_RE.search(f.masked, lo, q.open_mark)) and not cue_near


def _title_case(words: list[str]) -> bool:
    """Every word but the small ones (of, the, a, ...) is capitalised (and at least one is)."""
    caps = [w for w in words if w.lower() not in _TITLE_SMALL]
    return bool(caps) and all(w[0].isupper() for w in caps)


def _not_a_quote(f: _Field, q: Span) -> bool:
    """Marks that hold no quotation: a gloss in brackets ``("British exit")``, or a short
    Title-Case name of a thing inside a sentence (``a "Learning Together" event``)."""
    text = f.text
    content = text[q.start:q.end]
    if q.close_mark is not None and q.open_mark > 0 and text[q.open_mark - 1] == "(" \
            and text[q.close_mark + 1:q.close_mark + 2] == ")":
        return True
    words = re.findall(r"[^\W\d_][\w'’-]*", content)
    if re.fullmatch(r"[A-Z][^.!?]{0,60}\sv(?:s\.?|\.|ersus)\s[A-Z][^!?]{0,60}", content.strip()):
        return True  # a court case's name ("Eva Ruiz vs. Acme Limited")
    if len(words) >= 2 and content.endswith(",") and _NAME_OF_RE.search(text, max(0, q.open_mark - 12),
                                                                        q.open_mark):
        content = content[:-1]  # 'the contests of "Super Tuesday," ...': a name before a comma
    if q.close_mark is not None and len(words) == 1 and words[0].islower() and \
            re.search(r"\bto\s*$", f.masked[max(0, q.open_mark - 6):q.open_mark]):
        return True  # 'plans to "storm" the base': a scare-quoted verb, not words said
    m = _THING_CALLED_RE.search(f.masked, max(0, q.open_mark - 40), q.open_mark)
    if m is not None and m.group(1).lower() not in sp.ROLE_WORDS and m.group(1).lower() not in _SUBJ_PRON \
            and m.group(1).lower() not in _BE | _FINITE:
        return True  # 'a process called "exfiltration"': the name of a thing, not words said
    if q.close_mark is not None and len(words) == 1 and (
            _MENTION_BEFORE_RE.search(f.masked, max(0, q.open_mark - 30), q.open_mark) or
            _word_list_run(f, q) >= 3):
        return True  # 'endorsed using "life", "liberty" and "happiness"': words mentioned as words
    if q.close_mark is not None and 0 < len(words) <= 12 and _title_case(words) and \
            _name_in_marks_context(f, q, content):
        # 'his event, "Crash The Gates, Nobody Stops Us", was a joke', 'the film "Night Falls"':
        # a Title-Case name of a thing (after a naming noun or as an appositive), not a quote
        return True
    if 0 < len(words) <= 5 and not re.search(r"[.,!?;:]", content) and q.close_mark is not None:
        caps = [w for w in words if w.lower() not in _TITLE_SMALL]
        if caps and all(w[0].isupper() for w in caps) and len(caps) >= 1:
            before = text[max(0, q.open_mark - 3):q.open_mark]
            # a one-word or Title-Case quote opening a sentence may still be speech ("Never.")
            mid_sentence = bool(re.search(r"[\w,]\s*$", before))
            if mid_sentence and not (len(caps) == 1 and caps[0].isupper() and len(words) == 1):
                return True
    return False


def _reports(f: _Field, si: int, cues: dict[str, Cue]) -> bool:
    """Has sentence ``si`` a speech verb of its own (a report that may name a speaker)?"""
    ss, se, _ = f.sents[si]
    hits = f.cue_hits()
    return any(_own_cue(f.masked, h, cues) for h in hits[bisect.bisect_left(hits, ss):bisect.bisect_left(hits, se)])


def _link_quotes(f: _Field, items: list[Item], cues: dict[str, Cue]) -> list[Item]:
    """Give unattributed quotes the speaker of the quote they continue; drop scare quotes."""
    out: list[Item] = []
    prev: Item | None = None
    by_para_first_attr: dict[int, Item] = {}
    for it in items:
        if it.np is not None and it.para not in by_para_first_attr:
            by_para_first_attr[it.para] = it
    for idx, it in enumerate(items):
        if it.np is None:
            src = None
            span = it.span
            if prev is not None and prev.kind == "partial" and prev.para == it.para and \
                    f.sent_of(prev.start) == f.sent_of(it.start) and \
                    len(re.findall(r"[^\W\d_]+", f.text[prev.end:it.start])) > 3 and \
                    re.fullmatch(r"[a-z][\w'’-]*", f.text[it.start:it.end]):
                # 'professed himself "deeply concerned" about X and endorsed using "life"': a
                # lone word after another verb phrase is a word mentioned, not words said
                if f.name != "text":
                    out.append(it)
                continue
            if prev is not None and prev.para == it.para and it.kind == "direct":
                src = prev
            elif prev is not None and it.kind == "direct" and span is not None and (
                    span.cont_prev or (prev.para == it.para - 1 and _para_only_quotes(f, it.para))):
                src = prev
            elif prev is not None and prev.para == it.para and prev.np is not None and \
                    f.sent_of(prev.start) == f.sent_of(it.start):
                src = prev  # "null and void" and "geographically ridiculous"
            elif it.kind == "direct" and it.para in by_para_first_attr and \
                    by_para_first_attr[it.para].start > it.start:
                src = by_para_first_attr[it.para]
                si = f.sent_of(it.start)
                if f.name == "text" and si > 0 and f.sents[si - 1][2] == f.sents[si][2] and \
                        _reports(f, si - 1, cues):
                    # 'X revealed that a sequel is planned. "We are talking to a studio."': the
                    # report just before may hold the speaker (read once reported speech is found)
                    it._later = src  # type: ignore[attr-defined]
                    f.orphans.append(it)
                    continue
            if src is None:
                if f.name != "text":
                    out.append(it)  # a dek or headline quote may still echo the body
                else:
                    f.orphans.append(it)  # may still continue the speaker of the sentence before
                continue
            it.np, it.inherit, it.pos = src.np, True, src.pos
            it.cue = "" if it.kind == "direct" or src.para != it.para else src.cue
            if it.kind == "partial" and f.sent_of(src.start) == f.sent_of(it.start):
                it.cue = src.cue
            it._src = src  # type: ignore[attr-defined]
        out.append(it)
        prev = it
    return out


def _own_cue(masked: str, pos: int, cues: dict[str, Cue]) -> bool:
    """Is the cue-lexicon hit at ``pos`` a lower-case speech verb (or ``according to``)?"""
    m = _WORD_AT_RE.match(masked, pos)
    if m is None:
        return False
    w = m.group()
    return w in {"according", "According"} or (w[:1].islower() and w in cues and cues[w].quote)


_WORD_AT_RE = re.compile(r"[\w'’-]+")


def _continued_partials(f: _Field, items: list[Item], cues: dict[str, Cue]) -> list[Item]:
    """Unattributed lower-case fragments that go on with the speaker of the sentence before, in the
    same paragraph: ``Sheriff X said two people were detained. Officers held them for "suspected
    burglary" overnight.`` (not single words and not Title-Case names)."""
    out: list[Item] = []
    for it in f.orphans:
        if it.kind == "direct" and it.span is not None and it.span.close_mark is not None:
            src = _sentence_quote_source(f, it, items) or getattr(it, "_later", None)
            if src is not None:
                it.np, it.inherit, it.pos, it.cue = src.np, True, src.pos, ""
                it._src = src  # type: ignore[attr-defined]
                out.append(it)
                continue
            stand_in = _subject_source(f, it, cues)
            if stand_in is not None:
                it.np, it.pos, it.cue = stand_in.np, stand_in.pos, ""
                out.append(it)
            continue
        if it.kind != "partial" or it.span is None or it.span.close_mark is None:
            continue
        frag = f.text[it.start:it.end]
        words = re.findall(r"[^\W\d_][\w'’-]*", frag)
        if len(words) < 2 or not words[0][0].islower() or _title_case(words):
            continue
        if re.search(r"\ban?\s*$", f.masked[max(0, it.span.open_mark - 4):it.span.open_mark]) and \
                re.match(r"\s+\w", f.text[it.span.close_mark + 1:it.span.close_mark + 3]):
            continue  # 'voted against a "no deal" Brexit': a quoted modifier, not words said
        si = f.sent_of(it.start)
        if si == 0 or f.sents[si - 1][2] != f.sents[si][2]:
            continue
        ss, se, _ = f.sents[si]
        hits = f.cue_hits()
        own = hits[bisect.bisect_left(hits, ss):bisect.bisect_left(hits, se)]
        if any(_own_cue(f.masked, h, cues) for h in own):
            continue  # the sentence has a speech verb of its own: its speaker was not found
        ps, pe, _ = f.sents[si - 1]
        before = [x for x in items if x.np is not None and ps <= x.start < pe]
        if not before:
            continue
        src = max(before, key=lambda x: x.start)
        it.np, it.inherit, it.pos, it.cue = src.np, True, src.pos, ""
        it._src = src  # type: ignore[attr-defined]
        out.append(it)
    return out


def _people_in(f: _Field, lo: int, hi: int) -> list[tuple[int, sp.Person]]:
    """Registered people named (by full name, surname or given name) in ``f.masked[lo:hi]``, with
    the position of each mention, in order."""
    out: list[tuple[int, sp.Person]] = []
    if f.reg is None:
        return out
    for m in _CAPWORD_RE.finditer(f.masked, lo, hi):
        w = m.group()
        if w.endswith(("'s", "’s")):
            w = w[:-2]
        low = sp.fold(w)
        if low in sp.TITLES:
            continue
        p = f.reg.resolve_surname(w)
        if p is None or not (p.last == low or low == sp.fold(p.name.split()[0]) or (p.inner and p.inner == low)):
            continue
        if out and out[-1][1] is p and m.start() - out[-1][0] < 40:
            continue  # "Marlow Teague": one mention
        out.append((m.start(), p))
    return out


_ASKED_RE = re.compile(r"\b(?:asked|questioned|pressed)\b")
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|my|My|we|We|our|Our|us)\b")


def _subject_source(f: _Field, it: Item, cues: dict[str, Cue]) -> Item | None:
    """A quote-only sentence in the speaker's own voice (first person) after a sentence of the same
    paragraph whose subject is one named person (or he/she) and that names no other person:
    ``Actress Dena Crowe left the show early. "This is not what I wanted."`` (feature writing
    quotes without a speech verb). Returns an attributed stand-in item for that subject."""
    si = f.sent_of(it.start)
    if si == 0 or f.reg is None:
        return None
    ss, se, _ = f.sents[si]
    q = it.span
    if re.search(r"\w", f.masked[ss:q.open_mark]) or re.search(r"\w", f.masked[q.close_mark + 1:se]):
        return None
    if not _FIRST_PERSON_RE.search(f.text, q.start, q.end):
        return None
    ps, pe, _ = f.sents[si - 1]
    if f.sents[si - 1][2] != f.sents[si][2]:
        # 'Wikinews asked Marlow Teague about the budget.' then a paragraph of quote: the answer
        # of the one person the question was put to
        if f.sents[si - 1][2] != f.sents[si][2] - 1 or not _para_only_quotes(f, f.sents[si][2]):
            return None
        m = _ASKED_RE.search(f.masked, ps, pe)
        people = _people_in(f, m.end(), pe) if m else []
        if not people or any(p is not people[0][1] for _, p in people) or people[0][0] - m.end() > 40:
            return None
        at, p = people[0]
        return Item(f.name, it.start, it.end, "direct", np=sp.NounPhrase(p.name, "", "person", at, at + 1),
                    cue="", pos=at, para=it.para)
    np, at = _sentence_subject(f, ps, pe, cues)
    if np is None or at < 0:
        return None
    people = _people_in(f, ps, pe)
    if np.kind == "pronoun":
        if np.name.lower() not in {"he", "she"} or people:
            return None
    else:
        if not people or not (np.start <= people[0][0] < np.end) or any(p is not people[0][1] for _, p in people):
            return None
        np = sp.NounPhrase(people[0][1].name, "", "person", np.start, np.end)
    return Item(f.name, it.start, it.end, "direct", np=np, cue="", pos=at, para=it.para)


def _sentence_quote_source(f: _Field, it: Item, items: list[Item]) -> Item | None:
    """A sentence that is only a quote, after a sentence of the same paragraph attributed to a
    speaker, continues that speaker (the codebook's quote-only paragraph rule, within a
    paragraph): ``..., Tran said, adding it took stamina. "It burns."``. Not when a name comes
    after that speaker in the sentence before."""
    si = f.sent_of(it.start)
    if si == 0 or f.sents[si - 1][2] != f.sents[si][2]:
        return None
    ss, se, _ = f.sents[si]
    q = it.span
    if re.search(r"\w", f.masked[ss:q.open_mark]) or re.search(r"\w", f.masked[q.close_mark + 1:se]):
        return None  # words of the reporter's own around the quote: not a quote-only sentence
    ps, pe, _ = f.sents[si - 1]
    before = [x for x in items if x.np is not None and ps <= x.start < pe]
    if not before:
        return None
    src = max(before, key=lambda x: x.start)
    last = max(src.end, src.pos, src.np.end if src.np.end > ps else 0)
    if _CAPWORD_RE.search(f.masked, last, pe):
        return None  # someone else is named after the speaker
    return src


def _para_only_quotes(f: _Field, pi: int) -> bool:
    ps, pe = f.paras[pi]
    return not re.search(r"[^\W\dx_]", f.masked[ps:pe].replace("x", ""))


def _tok_words(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())


def _dice(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    from collections import Counter
    inter = sum((Counter(a) & Counter(b)).values())
    return 2 * inter / (len(a) + len(b))


def _extract_article(aid: str, fields: dict[str, str], cues: dict[str, Cue]) -> list[dict]:
    order = [("text", False), ("subtitle", False), ("title", True)]
    fobjs: dict[str, _Field] = {}
    for name, single in order:
        txt = fields.get(name) or ""
        if not isinstance(txt, str):
            txt = ""
        fobjs[name] = _Field(name, txt, single)
    reg = Registry(*(fobjs[n].masked for n in ("title", "subtitle", "text")))
    for fo in fobjs.values():
        fo.reg = reg
    res = _Resolver(reg, list(fobjs.values()))
    rows: list[dict] = []
    body_items: list[Item] = []
    for name, _ in order:
        f = fobjs[name]
        if not f.text:
            continue
        items = _link_quotes(f, _quote_items(f, cues), cues)
        quoted = [i.span for i in items if i.span is not None]
        if name == "text":  # headlines and deks restate the body; reported speech is read there
            for si in range(len(f.sents)):
                items.extend(_find_indirect(f, si, cues, quoted))
            items.extend(_continued_partials(f, items, cues))
        # one row per span; a reported clause equal to a quote is dropped
        seen: set[tuple[int, int, str]] = set()
        items.sort(key=lambda i: (i.start, i.kind != "indirect", i.end))
        qspans = [(i.start, i.end) for i in items if i.kind != "indirect"]
        kept: list[Item] = []
        for it in items:
            key = (it.start, it.end, it.kind)
            if key in seen:
                continue
            if it.kind == "indirect" and any(s - 1 <= it.start and it.end <= e + 1 for s, e in qspans):
                continue
            if it.kind == "indirect" and any(k.kind == "indirect" and k.start <= it.start < k.end
                                             for k in kept[-3:]):
                continue
            seen.add(key)
            kept.append(it)
        # resolve in order of position (pronouns look back)
        for it in sorted(kept, key=lambda i: i.pos if not i.inherit else i.start):
            if getattr(it, "_src", None) is not None:
                continue
            res.resolve(it, f)
        for it in kept:
            src = getattr(it, "_src", None)
            while src is not None and getattr(src, "_src", None) is not None:
                src = src._src
            if src is not None:
                it.speaker, it.named, it.role = src.speaker, src.named, src.role
                it._person = getattr(src, "_person", None)  # type: ignore[attr-defined]
        for it in kept:
            it._words = _tok_words(f.text[it.start:it.end])  # type: ignore[attr-defined]
        if name != "text":
            _match_body(kept, body_items)
        kept = [it for it in kept if it.speaker]
        if name == "text":
            body_items = kept
        for it in kept:
            p = getattr(it, "_person", None)
            role = "; ".join(p.roles) if p is not None and p.roles else it.role
            rows.append({
                "article_id": aid, "field": name, "text": f.text[it.start:it.end],
                "kind": it.kind, "speaker": it.speaker, "named": bool(it.named),
                "speaker_role": role, "cue": it.cue, "start": it.start, "end": it.end,
                "paragraph": f.para_of(it.start), "sentence": f.sentence_index(it.start),
            })
    # roles may have grown after a row was written: refresh from the registry
    for r in rows:
        p = reg.find(r["speaker"]) if r["named"] else None
        if p is not None and p.roles:
            r["speaker_role"] = "; ".join(p.roles)
    forder = {"title": 0, "subtitle": 1, "text": 2}
    rows.sort(key=lambda r: (forder[r["field"]], r["start"], r["kind"] == "indirect", r["end"]))
    for n, r in enumerate(rows, 1):
        r["quote_id"] = f"{aid}-q{n:03d}"
    return rows


def _match_body(items: list[Item], body: list[Item]) -> None:
    """A dek or headline quote takes the speaker of the same words quoted in the body."""
    quoted_body = [b for b in body if b.kind != "indirect" and b.speaker]
    for it in items:
        if it.kind == "indirect":
            continue
        words = getattr(it, "_words", [])
        best, score = None, 0.0
        for b in quoted_body:
            bw = getattr(b, "_words", None)
            if bw is None:
                continue
            s = _dice(words, bw)
            if s < 0.6 and words and _contains(bw, words):
                s = 0.6
            if s > score:
                best, score = b, s
        if best is not None and score >= 0.6:
            if it.field == "title" or (it.np is None or it.np.kind != "person"):
                it.cue = it.cue if it.field != "title" else ""
            it.speaker, it.named, it.role = best.speaker, best.named, best.role
            it._person = getattr(best, "_person", None)  # type: ignore[attr-defined]
        elif it.field == "title":
            it.speaker = ""  # a headline's quote marks without a quote in the body: not a quote


def _contains(hay: list[str], needle: list[str]) -> bool:
    """True if ``needle`` occurs as a contiguous run inside ``hay``."""
    n = len(needle)
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def extract_quotes(articles: pd.DataFrame, *, classify: bool = True, registry=None) -> pd.DataFrame:
    """One row per quote (direct, partial, indirect) with its speaker, cue and offsets.

    ``articles`` needs ``article_id`` and ``text``; ``title`` and ``subtitle`` are used when
    present (single quotation marks count only in the title). With ``classify=True`` the
    source-type columns come from :func:`analysis.source_types.classify_sources`.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["x"], "title": [""],
    ...                      "text": ['"It is over," said coach Tom Reyes.']})
    >>> extract_quotes(arts, classify=False).loc[0, ["speaker", "cue", "kind"]].tolist()
    ['Tom Reyes', 'said', 'direct']
    """
    cues = load_cues()
    rows: list[dict] = []
    cols = set(articles.columns)
    for rec in articles.itertuples(index=False):
        d = rec._asdict()
        fields = {k: d.get(k) for k in ("title", "subtitle", "text") if k in cols}
        rows.extend(_extract_article(str(d["article_id"]), fields, cues))
    out = pd.DataFrame(rows, columns=_BASE_COLUMNS)
    out = out.astype({"start": "int64", "end": "int64", "paragraph": "int64", "sentence": "int64",
                      "named": "bool"})
    if classify:
        out = _classify(out, registry, articles)
        rest = [c for c in out.columns if c not in QUOTE_COLUMNS]
        out = out[[c for c in QUOTE_COLUMNS if c in out.columns] + rest]
    return out.reset_index(drop=True)


def _classify(quotes: pd.DataFrame, registry, articles: pd.DataFrame) -> pd.DataFrame:
    """Add the source-type columns (:func:`analysis.source_types.classify_sources`).

    The articles go along so that typing can read the words the text puts around each
    mention of a speaker (titles, appositives), not only the role the extractor kept.
    """
    from analysis.source_types import classify_sources
    return classify_sources(quotes, registry=registry, articles=articles)


def main_quotes(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m analysis quotes PATH -o quotes.csv``.

    Loads the articles at ``PATH`` (file, folder or glob, as :func:`analysis.load_articles`),
    extracts the quotes and writes them as CSV (to standard output without ``-o``). Returns the
    exit status.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text('Title\\n\\n"It works," said Ana Ruiz.\\n', encoding="utf-8")
    >>> main_quotes([str(d / "a.txt"), "-o", str(d / "q.csv"), "--no-classify"])
    0
    """
    import argparse
    import sys

    from analysis.loading import load_articles

    ap = argparse.ArgumentParser(prog="python -m analysis quotes",
                                 description="Extract quotes and their speakers to CSV.")
    ap.add_argument("path", help="article file, folder or glob pattern")
    ap.add_argument("-o", "--output", help="CSV file to write (default: standard output)")
    ap.add_argument("--no-classify", action="store_true",
                    help="skip source typing (source_type 'unknown')")
    a = ap.parse_args(list(argv) if argv is not None else None)
    articles = load_articles(a.path)
    quotes = extract_quotes(articles, classify=not a.no_classify)
    if a.no_classify:
        quotes = quotes.assign(source_type="unknown", type_reason="default", affiliation="",
                               party="")
    if a.output and a.output != "-":
        quotes.to_csv(a.output, index=False)
        log.info("wrote %d quotes from %d articles to %s", len(quotes), len(articles), a.output)
    else:
        quotes.to_csv(sys.stdout, index=False)
    return 0
