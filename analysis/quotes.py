"""Quotes and their speakers: direct, partial and reported (indirect) speech in news articles.

Rule-based and offline, following the coding scheme in ``../shared/CODEBOOK.md``:

* quotation marks are paired per paragraph from their context (opening after a space, closing
  before punctuation or a space), nested marks stay inside the outer quote, an unclosed quote
  stops at its paragraph's end unless the next paragraph opens with a mark (a quote running over
  paragraphs, one row per paragraph); straight and curly marks, and also tokenised corpora's
  ````...''````, guillemets and double marks written as HTML references, read in place (offsets
  stay offsets into the text as given); single marks only in headlines, as in the codebook, or
  also in bodies that quote in them with ``single_mark_bodies=True``;
* each quote is attributed from the words around it: ``"...," X said``, ``said X``, ``X said:
  "..."``, ``according to X``, a cue anywhere in the sentence for partial quotes, and the
  previous speaker for quotes that only continue (``"A," he said. "B."``);
* reported speech without marks: ``X said (that) ...``, ``..., X said.``, ``according to X, ...``,
  ``..., his office said, CLAUSE`` (a parenthetical attribution), a nested report (``CNN reported
  the governor said X`` is CNN's report and the governor's), clauses opening with a fronted adverbial
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
  splits at a known person's name; ``X, they reason(ed), Y`` reports the group named before;
* a partial quote inside a reported clause, attributed by the same verb, is the report's
  speaker's (not a nested report's); ``The lawyer who represented X is suing, saying ...`` is the
  lawyer's; ``Ana Kim, Kim's daughter, who ..., said`` is Ana Kim's; ``as X put it to Y,`` takes
  the quotes after it; a report in an opening ``Days after X told reporters ...,`` clause or in a
  ``X, in asking ..., assured ...`` aside ends where the main clause comes; crowds and audiences
  chant and roar; a he/she after a one-word subject opening its own sentence (``Although Holt
  ran alone, he said``) is that subject; a person named by a role before a colon (``The mayor
  offered a blunt assessment: "..."``) speaks the quote after it, after an opening purpose
  clause too (``To prove ..., the senator told her story: "..."``); ``WHO`` in capitals is the
  organisation; ``the judge's statement reads`` is the judge the article names; a first-person
  quote after a short opener (``During the premiere, "I felt ..."``) is the person the sentence
  before is about;
* wire, TV and UK copy: a dateline (``(CNN) — ``, ``HALVIK, March 4 (Reuters) - ``) or a list's
  bullet is no word of a reported clause; ``state`` before a word that is no determiner is an
  adjective (``"...," state emergency management director X told CNN``); ``A person familiar
  with the matter, who spoke on condition of anonymity, said`` is that person; a clause may open
  with a sum (``said £40m had been spent``); ``CLAUSE, X said, though/as/but ...`` and ``...,
  X said, adding that ...`` report the clause before; ``in what X described as a "..."`` and
  ``what critics are calling a "..."`` are X's and the critics'; a name joined by ``&`` is a
  firm's; a team after a plural role (``league leaders Northvale``) is no person; ``"...," she
  said`` after ``A spokesperson for Vell Power said ...`` is the spokesperson's; ``the company``
  is the firm that opens the clause it reports (``Acme Rail will cut ..., the company said``);
* sports, court, business, science and local copy: an age or nation epithet (``the
  52-year-old``, ``the Scot``, ``the Frenchman``) is the person just quoted or the one person
  named in the last three sentences; ``"...," the Northvale plumber said`` and ``said the
  plumber.`` are descriptors the lexicon need not know; ``Former Speaker of the House X``,
  ``director of Amnesty International X`` and ``The Rights Fund's X`` are X; ``said in a
  letter to shareholders that ...``, ``in a filing with regulators that ...`` and ``posted on
  Facebook that ...`` report their clause; ``according to the state fire marshal's office``,
  ``the medical examiner's office``, ``some law enforcement officials`` and ``A No 10
  spokesperson`` are read whole; ``said her son "was ..."`` reports the clause with its quoted
  predicate; a cue word used as a noun (``a key reason she lost``, ``for security reasons``)
  reports nothing, nor does a subject that says nobody spoke (``no candidate mentioned that``);
  the present progressive reports (``CNN is reporting``, ``officials are warning that``), and
  ``disputed``/``refuted``/``denied reports that X`` reports X; a sentence-opening source keeps a
  name's capital (``Democrats in Congress``); ``Hillary Clinton`` and ``Hillary Rodham Clinton``
  are one person, as are ``Ms. Wasserman Schultz`` and ``Debbie Wasserman Schultz``; letters
  after a name (``QC``, ``MP``) go to the role.

The cue verbs live in ``analysis/data/speech_cues.csv``. The rules live in one module per job:
:mod:`analysis.cue_words` (the cue lexicon and shared word classes), :mod:`analysis.quote_marks`
(which marks pair into quotes, what in marks is not a quote), :mod:`analysis.attribution` (who
says a quote), :mod:`analysis.reported_speech` (reports without marks) and
:mod:`analysis.speaker_resolution` (one name per speaker across the article); this module
finds each field's quotes, links continuations and builds the table.

>>> import pandas as pd
>>> arts = pd.DataFrame({"article_id": ["a1"], "title": [""],
...     "text": ['"We will rebuild," Mayor Jane Holt said. She added that costs would rise.']})
>>> q = extract_quotes(arts, classify=False)
>>> q[["text", "kind", "speaker"]].values.tolist()
[['We will rebuild,', 'direct', 'Jane Holt'], ['costs would rise', 'indirect', 'Jane Holt']]
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re
from typing import Sequence

import pandas as pd

from analysis import speakers as sp
from analysis.speakers import Registry
from analysis.cue_words import Cue, load_cues
from analysis.quote_marks import (
    _FIRST_PERSON_RE, _MARK_REF_RE, Item, Span, _Field, _not_a_quote, _title_case, find_quote_spans, mask_quotes,
)
from analysis.attribution import (
    _CAPWORD_RE, _attribute_quote, _cue_string, _dateline_end, _people_in, _person_head, _sentence_subject,
    _skip_adverbials, _subject_before, headline_source,
)
from analysis.reported_speech import _WORD_AT_RE, _find_indirect
from analysis.speaker_resolution import _Resolver

__all__ = ["QUOTE_COLUMNS", "extract_quotes", "main_quotes", "find_quote_spans", "mask_quotes", "Span",
           "load_cues", "Cue"]

log = logging.getLogger(__name__)

QUOTE_COLUMNS = [
    "article_id", "quote_id", "field", "text", "kind", "speaker", "named", "speaker_role", "cue",
    "start", "end", "paragraph", "sentence",
    "source_type", "type_reason", "affiliation", "party",
]


_BASE_COLUMNS = QUOTE_COLUMNS[:13]


_NAME_AFTER_RE = re.compile(r"\s+[a-z]")  # a lower-case word right after the closing mark


def _quote_items(f: _Field, cues: dict[str, Cue]) -> list[Item]:
    items: list[Item] = []
    spans = f.spans
    names: dict[int, bool] = {}  # span index -> no quote, worked out once

    def not_a_quote(i: int) -> bool:
        if i not in names:
            names[i] = _not_a_quote(f, spans[i])
        return names[i]

    for qi, q in enumerate(spans):
        if not re.search(r"\w", f.text[q.start:q.end]):
            continue
        si = f.sent_of(q.open_mark)
        sent = f.sents[si] if f.sents else (0, len(f.text), 0)
        ss, se, _ = sent
        prev_close = 0
        pq = qi - 1
        while pq >= 0 and spans[pq].open_mark in f.name_marks and spans[pq].open_mark >= ss:
            pq -= 1  # a name or term in marks before this quote does not bound its context
        if pq >= 0 and spans[pq].close_mark is not None and spans[pq].close_mark >= ss:
            prev_close = spans[pq].close_mark + 1
        elif pq >= 0 and spans[pq].cut and spans[pq].end >= ss:
            prev_close = spans[pq].end  # a quote whose closing mark was left out ends where this opens
        next_open = len(f.text)
        nq = qi + 1
        while nq < len(spans) and spans[nq].open_mark < se and _NAME_AFTER_RE.match(f.text, spans[nq].end + 1) \
                and not_a_quote(nq):
            nq += 1  # ('"...," "The Kelly File" host told viewers': a programme's name, not the next quote)
        if nq < len(spans) and spans[nq].open_mark < se:
            next_open = spans[nq].open_mark
        if not_a_quote(qi):
            f.name_marks.add(q.open_mark)
            continue
        np, cue, pos, left_ok, right_ok = _attribute_quote(f, q, prev_close, next_open, sent, cues)
        if np is None and si > 0 and not f.masked[ss:q.open_mark].strip() and \
                f.masked[f.sents[si - 1][0]:f.sents[si - 1][1]].rstrip().endswith(":"):
            # 'Tor Lind commented:' closing the paragraph, then the quote on a line of its own: read
            # the two as one sentence, as if the quote followed the colon on the same line
            np, cue, pos, left_ok, right_ok = _attribute_quote(
                f, q, prev_close, next_open, (f.sents[si - 1][0], se, sent[2]), cues)
        if np is None:
            words_of = _in_words_of(f, q, sent)
            if words_of is not None:  # 'in Varga's words, "..."', 'in the words of Ada Kim, "..."'
                np, cue, pos = words_of, "in the words of", words_of.start
        if q.para in f.headline_paras:
            # a headline at the top of the body: its own conventions name the speaker; a speech
            # verb before the words is read as anywhere ("X says star 'would absolutely' run"),
            # but not a bare colon ("Ugly ouster: 'Frustrated' Hagel ...": no speaker)
            h_np, h_cue, h_pos = headline_source(f, q, cues)
            if h_np is not None or not cue or pos > q.open_mark:
                np, cue, pos = h_np, h_cue, h_pos  # (not "'apartheid' remarks amid firestorm on Hill")
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
    for a, b in zip(items, items[1:]):
        if a.kind == b.kind == "partial" and a.np is not None and a.pos < a.start and b.pos > b.end and \
                a.span is not None and b.span is not None and a.span.close_mark is not None and \
                _COORDINATED_RE.fullmatch(f.text, a.span.close_mark + 1, b.span.open_mark):
            # 'called Trump a "racist" and "fascist" ..., according to people with knowledge': the
            # second word of one naming goes with the first, not the source after the sentence
            b.np, b.cue, b.pos = a.np, a.cue, a.pos
    return items


_COORDINATED_RE = re.compile(r",?\s*(?:and|or)\s+(?:an?\s+|the\s+)?")


_IN_WORDS_RE = re.compile(r"\b[Ii]n (?:the words of ((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)"
                          r"|((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w-]*)['’]s? (?:own )?words)\s*,?\s*$")


def _in_words_of(f: _Field, q: Span, sent: tuple[int, int, int]) -> sp.NounPhrase | None:
    """'..., in Varga's words, "reporting the news has never been more dangerous"', 'In the words
    of Ada Kim, "..."': the person whose words the quote is said to be (named right before it)."""
    m = _IN_WORDS_RE.search(f.masked, max(sent[0], q.open_mark - 80), q.open_mark)
    if m is None:
        return None
    g = 1 if m.group(1) else 2
    toks = sp.tokenize(f.masked, m.start(g), m.end(g))
    np = sp.parse_np(f.text, toks) if toks else None
    return np if np is not None and np.kind in {"person", "surname", "org"} else None


_INSCRIPTIONS = frozenset("""banner banners sign signs placard placards poster posters slogan
slogans shirt t-shirt shirts graffiti headline headlines caption hashtag sticker flag flags
billboard mural""".split())


_INSCRIPTION_RE = re.compile(r"\b(?:" + "|".join(sorted(_INSCRIPTIONS)) + r")\b[^.!?\"“”]{0,40}"
                             r"\b(?:saying|reading|reads|read|says|said|with the words)\W*$", re.I)


_PRAISE_OBJECT_RE = re.compile(r"\b(?:prais\w*|thank\w*|hail\w*|laud\w*|commend\w*|note[sd]?|noting)\s+(?:(?:his|her|their|its|the|"
                               r"[A-Z][\w'’-]*(?:'s|’s))\s+){1,2}$")


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
    for it, nxt in zip(items, items[1:]):
        if it.np is None and it.span is not None and it.span.cont_next and nxt.np is not None and \
                nxt.span is not None and nxt.span.cont_prev and nxt.span.open_mark == nxt.span.start:
            # 'Trump "Bo Tran can redeem himself.' then 'I think he must act," Varga told the
            # Herald.': a quote run on into a paragraph that leaves out the opening mark, where
            # its attribution stands
            it.np, it.inherit, it.pos, it.cue = nxt.np, True, nxt.pos, ""
            if f.text[it.start:it.start + 1].isupper():
                it.kind = "direct"  # (a whole utterance, whatever headline stands glued before it)
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


def _continued_partials(f: _Field, items: list[Item], cues: dict[str, Cue]) -> list[Item]:
    """Unattributed lower-case fragments that go on with the speaker of the sentence before, in the
    same paragraph: ``Sheriff X said two people were detained. Officers held them for "suspected
    burglary" overnight.`` (not single words and not Title-Case names)."""
    out: list[Item] = []
    for it in f.orphans:
        if it.kind == "direct" and it.span is not None and it.span.close_mark is not None:
            src = _sentence_quote_source(f, it, items + out) or getattr(it, "_later", None)
            if src is not None:
                it.np, it.inherit, it.pos, it.cue = src.np, True, src.pos, ""
                it._src = src  # type: ignore[attr-defined]
                out.append(it)
                continue
            stand_in = _subject_source(f, it, cues) or _bare_attribution_source(f, it, cues)
            if stand_in is not None:
                it.np, it.pos, it.cue = stand_in.np, stand_in.pos, ""
                out.append(it)
            continue
        if it.kind != "partial" or it.span is None or it.span.close_mark is None:
            continue
        frag = f.text[it.start:it.end]
        if frag[:1].isupper():
            # '"This is not what I wanted. I asked for fake legs" to place at ...', 'During the
            # premiere, "I felt like Cinderella ..."': a sentence of the speaker's own voice
            stand_in = _subject_source(f, it, cues)
            if stand_in is not None:
                it.np, it.pos, it.cue = stand_in.np, stand_in.pos, ""
                out.append(it)
            continue
        words = re.findall(r"[^\W\d_][\w'’-]*", frag)
        if len(words) < 2 or not words[0][0].islower() or _title_case(words):
            continue
        if re.search(r"\ban?\s*$", f.masked[max(0, it.span.open_mark - 4):it.span.open_mark]) and \
                re.match(r"\s+\w", f.text[it.span.close_mark + 1:it.span.close_mark + 3]):
            continue  # 'voted against a "no deal" Brexit': a quoted modifier, not words said
        si = f.sent_of(it.start)
        ss, se, _ = f.sents[si]
        hits = f.cue_hits()
        own = hits[bisect.bisect_left(hits, ss):bisect.bisect_left(hits, se)]
        if any(_own_cue(f.masked, h, cues) for h in own):
            rep = next((x for x in items if x.kind == "indirect" and x.np is not None and x.start <= it.start
                        and it.end <= x.end and not any(x.start <= h < it.start and _own_cue(f.masked, h, cues)
                                                        for h in own)), None)
            if rep is not None:
                # 'The bakery says the loaves are a "daily miracle"': the report's speaker, found
                # by the reported-speech rules where the quote's own attribution found none (not
                # past another speech verb inside the clause: a nested report)
                it.np, it.inherit, it.pos, it.cue = rep.np, True, rep.pos, rep.cue
                it._src = rep  # type: ignore[attr-defined]
                out.append(it)
            continue  # the sentence has a speech verb of its own: its speaker was not found
        voiced = _first_person_subject(f, it, cues)
        if voiced is not None:
            it.np, it.pos, it.cue = voiced
            out.append(it)
            continue
        if si == 0 or f.sents[si - 1][2] != f.sents[si][2]:
            continue
        ps, pe, _ = f.sents[si - 1]
        before = [x for x in items if x.np is not None and ps <= x.start < pe]
        if not before:
            continue
        src = max(before, key=lambda x: x.start)
        it.np, it.inherit, it.pos, it.cue = src.np, True, src.pos, ""
        it._src = src  # type: ignore[attr-defined]
        out.append(it)
    return out


_ASKED_RE = re.compile(r"\b(?:asked|questioned|pressed)\b")
# a short opening phrase before a quote ("During the premiere, "I felt ...")
_QUOTE_OPENER_RE = re.compile(r"\s*(?:During|In|At|On|After|Before|Later|Then|Earlier|Afterwards|Afterward)\b"
                              r"[^,;:\"“”]{0,60},\s*")
_INNER_SENTENCE_RE = re.compile(r"[.!?\]]\s+[\"“‘']?[A-Z]")


def _own_voice_sentence(f: _Field, q, ss: int, se: int) -> bool:
    """Does the quote ``q`` stand as a sentence of its own in ``[ss, se)``: nothing of the
    reporter's before it but a short opening phrase ("During the premiere, "I felt ..."), and
    nothing after it, or, after a quote of several sentences, the reporter's words going on
    ('"This is not what I wanted. I asked for fake legs" to place at the station.')?"""
    before = f.masked[ss:q.open_mark]
    if re.search(r"\w", before) and not _QUOTE_OPENER_RE.fullmatch(before):
        return False
    return not re.search(r"\w", f.masked[q.close_mark + 1:se]) or \
        _INNER_SENTENCE_RE.search(f.text, q.start, q.end) is not None


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
    if not _own_voice_sentence(f, q, ss, se):
        return None
    if not _FIRST_PERSON_RE.search(f.text, q.start, q.end):
        return None
    ps, pe, _ = f.sents[si - 1]
    if f.sents[si - 1][2] != f.sents[si][2]:
        # 'Wikinews asked Marlow Teague about the budget.' then a paragraph of quote: the answer
        # of the one person the question was put to
        if f.sents[si - 1][2] != f.sents[si][2] - 1 or not _para_only_quotes(f, f.sents[si][2]):
            return None
        hits = f.cue_hits()
        own = [h for h in hits[bisect.bisect_left(hits, ps):bisect.bisect_left(hits, pe)] if _own_cue(f.masked, h, cues)]
        if own and not _ASKED_RE.search(f.masked, ps, pe):
            # 'Joe Varga, the one Democrat to vote for it, explained his decision to reporters.'
            # then a paragraph of first-person quote: the words of the one person who spoke there
            toks = sp.tokenize(f.masked, ps, pe)
            k = next((q for q, t in enumerate(toks) if t.start == own[0]), None)
            np, i0 = _subject_before(f.text, toks, k) if k else (None, 0)
            people = _people_in(f, ps, pe)
            if np is None or np.kind != "person" or not people or any(p is not people[0][1] for _, p in people):
                return None
            return Item(f.name, it.start, it.end, "direct", np=np, cue="", pos=toks[i0].start, para=it.para)
        m = _ASKED_RE.search(f.masked, ps, pe)
        people = _people_in(f, m.end(), pe) if m else []
        if not people or any(p is not people[0][1] for _, p in people) or people[0][0] - m.end() > 40:
            return None
        at, p = people[0]
        return Item(f.name, it.start, it.end, "direct", np=sp.NounPhrase(p.name, "", "person", at, at + 1),
                    cue="", pos=at, para=it.para)
    subject = _one_person_subject(f, ps, pe, cues)
    if subject is None:
        return None
    np, at = subject
    return Item(f.name, it.start, it.end, "direct", np=np, cue="", pos=at, para=it.para)


def _bare_attribution_source(f: _Field, it: Item, cues: dict[str, Cue]) -> Item | None:
    """A paragraph that is only a quote after a paragraph whose last sentence ends with its own
    attribution and nothing to report ("At that point, Cuomo said." / "Menendez, said in a
    statement."; an excerpt or an edit moved the words after it): the words of that speaker."""
    si = f.sent_of(it.start)
    if si == 0 or f.sents[si - 1][2] != f.sents[si][2] - 1 or not _para_only_quotes(f, f.sents[si][2]):
        return None
    ps, pe, _ = f.sents[si - 1]
    toks = sp.tokenize(f.masked, ps, pe)
    while toks and not toks[-1].is_word:
        toks = toks[:-1]
    k = next((q for q in range(len(toks) - 1, max(-1, len(toks) - 8), -1) if (c := cues.get(toks[q].text))
              and c.quote and not toks[q].low.endswith("ing")), None)
    if k is None or k == 0 or _skip_adverbials(toks, _cue_string(f.masked, toks, k, len(toks))[1],
                                               len(toks)) < len(toks):
        return None  # (the cue must end its sentence: nothing after it but a medium or a time)
    np, i0 = _subject_before(f.text, toks, k)
    if np is None or np.kind not in {"person", "surname", "descriptor"} or (
            np.kind == "descriptor" and not _person_head(np)):
        return None
    if any(t.is_word and t.low not in _OPENER_WORDS for t in toks[:i0]):
        return None  # (a subject after an opener only, "At that point, X said.": not a sentence that
        # reports something itself, "Police arrived, X said.")
    return Item(f.name, it.start, it.end, "direct", np=np, cue=toks[k].text, pos=toks[i0].start, para=it.para)


_OPENER_WORDS = frozenset("at that point then later afterwards and but so".split())


def _one_person_subject(f: _Field, start: int, end: int, cues: dict[str, Cue]) -> tuple[sp.NounPhrase, int] | None:
    """The subject of the sentence stretch ``[start, end)`` when it is one named person (the only
    one named there) or a bare he/she with no one named: its noun phrase and position, else None."""
    np, at = _sentence_subject(f, start, end, cues)
    if np is None or at < 0:
        return None
    asides = [m.span() for m in re.finditer(r"\([^()]*\)", f.masked[start:end])]
    people = [(at_, p) for at_, p in _people_in(f, start, end)
              if not any(a <= at_ - start < b for a, b in asides)]  # (not works named in brackets)
    if np.kind == "pronoun":
        if np.name.lower() not in {"he", "she"} or people:
            return None
        return np, at
    if not people or not (np.start <= people[0][0] < np.end) or any(p is not people[0][1] for _, p in people):
        return None
    return sp.NounPhrase(people[0][1].name, "", "person", np.start, np.end), at


def _first_person_subject(f: _Field, it: Item, cues: dict[str, Cue]) -> tuple[sp.NounPhrase, int, str] | None:
    """A fragment in the first person inside a sentence about one person: that person's words, with
    no speech verb (``She typically chooses "to portray characters from childhood. I also enjoy a
    gender bent cosplay."``; ``her "passion" for the hobby "stemmed through my love for Halloween."``).
    The subject must be one named person, or he/she, and no one else is named before the quote."""
    if f.reg is None or it.span is None or it.span.close_mark is None:
        return None
    q = it.span
    if not _FIRST_PERSON_RE.search(f.text, q.start, q.end):
        return None
    ss, _, _ = f.sents[f.sent_of(it.start)]
    subject = _one_person_subject(f, ss, q.open_mark, cues)
    return None if subject is None else (subject[0], subject[1], "")


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


_BULLETS = frozenset("•·▪■●◦‣ \t")


def _extract_article(aid: str, fields: dict[str, str], cues: dict[str, Cue],
                     single_mark_bodies: bool = False) -> list[dict]:
    order = [("text", False), ("subtitle", False), ("title", True)]
    fobjs: dict[str, _Field] = {}
    for name, single in order:
        txt = fields.get(name) or ""
        if not isinstance(txt, str):
            txt = ""
        fobjs[name] = _Field(name, txt, single, single_mark_bodies=single_mark_bodies)
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
        qspans = [(i.start, i.end) for i in items if i.kind != "indirect"]  # (sorted by start)
        qstarts = [s for s, _ in qspans]
        qreach = list(itertools.accumulate((e for _, e in qspans), max))  # furthest end so far
        kept: list[Item] = []
        for it in items:
            key = (it.start, it.end, it.kind)
            if key in seen:
                continue
            if it.kind == "indirect":
                # inside a quote: some quote starting at most one character after it reaches its end
                j = bisect.bisect_right(qstarts, it.start + 1)
                if j and qreach[j - 1] + 1 >= it.end:
                    continue
            if it.kind == "indirect" and any(k.kind == "indirect" and k.start <= it.start < k.end
                                             and not (k.outer and it.end <= k.end) for k in kept[-3:]):
                continue
            seen.add(key)
            kept.append(it)
        _share_report_speaker(kept)
        # resolve in order of position (pronouns look back); one mention, one speaker: the two
        # halves of '"A," the president-elect added, "B."' share the noun phrase of their attribution
        by_mention: dict[tuple[int, int], Item] = {}
        for it in sorted(kept, key=lambda i: i.pos if not i.inherit else i.start):
            if getattr(it, "_src", None) is not None:
                continue
            mention = (it.np.start, it.np.end) if it.np is not None and it.np.end > it.np.start else None
            first = by_mention.get(mention) if mention is not None else None
            if first is not None and first.speaker and first.np.name == it.np.name:
                it.speaker, it.named, it.role = first.speaker, first.named, first.role
                it._person = getattr(first, "_person", None)  # type: ignore[attr-defined]
                continue
            res.resolve(it, f)
            if mention is not None:
                by_mention.setdefault(mention, it)
        for it in kept:
            src = getattr(it, "_src", None)
            while src is not None and getattr(src, "_src", None) is not None:
                src = src._src
            if src is not None:
                it.speaker, it.named, it.role = src.speaker, src.named, src.role
                it._person = getattr(src, "_person", None)  # type: ignore[attr-defined]
        for it in kept:
            if not it.named and it.speaker in res.promoted:
                it.named = True  # its speaker turned out a person after it was copied
            it._words = _tok_words(f.text[it.start:it.end])  # type: ignore[attr-defined]
        if name != "text":
            _match_body(kept, body_items)
        kept = [it for it in kept if it.speaker]
        if name == "text":
            body_items = kept
        for it in kept:
            while it.kind == "indirect" and it.start < it.end and f.text[it.start] in _BULLETS:
                it.start += 1  # "• Crews worked all night, the company said": the list's bullet is no word of it
            if f.source[it.end - 1:it.end] == "&" and (ref := _MARK_REF_RE.match(f.source, it.end - 1)):
                it.end = ref.end()  # a clause ending on a closing mark written "&quot;": the whole reference
            if it.kind == "indirect" and (it.start == 0 or f.text[it.start - 1] == "\n"):
                lead = sp.tokenize(f.masked, it.start, min(it.end, it.start + 160))
                d = _dateline_end(lead)
                if 0 < d < len(lead):
                    it.start = lead[d].start  # "(CNN) — Inspectors found cracks, officials said": the
                    # dateline (or a live blog's time stamp) is no word of it
            p = getattr(it, "_person", None)
            role = "; ".join(p.roles) if p is not None and p.roles else it.role
            rows.append({
                "article_id": aid, "field": name, "text": f.source[it.start:it.end],
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


def _share_report_speaker(items: list[Item]) -> None:
    """A partial quote inside a reported clause, attributed by the same speech verb, is the
    report's speaker's: 'Its director Ada Kim is doing the same, while accusing the council of
    being "afraid"' is Kim's, as the report around it is, not the sentence subject's.

    Not when the partial's own speaker is named inside the clause (a nested report: 'X said Y
    called it "a hoax"' is Y's)."""
    reports = [i for i in items if i.kind == "indirect" and i.np is not None and i.cue]
    if not reports:
        return
    for it in items:
        if it.kind != "partial" or it.np is None or not it.cue or getattr(it, "_src", None) is not None:
            continue
        verb = it.cue.split()[0].lower()
        for rep in reports:
            if rep.start <= it.start and it.end <= rep.end and rep.cue.split()[0].lower() == verb \
                    and not (rep.start <= it.np.start < rep.end) \
                    and (it.np.start, it.np.end) != (rep.np.start, rep.np.end):
                it._src = rep  # type: ignore[attr-defined]
                break


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


def extract_quotes(articles: pd.DataFrame, *, classify: bool = True, registry=None,
                   single_mark_bodies: bool = False) -> pd.DataFrame:
    """One row per quote (direct, partial, indirect) with its speaker, cue and offsets.

    ``articles`` needs ``article_id`` and ``text``; ``title`` and ``subtitle`` are used when
    present (single quotation marks count only in the title, as the codebook has it). With
    ``classify=True`` the source-type columns come from
    :func:`analysis.source_types.classify_sources`.

    ``single_mark_bodies=True`` is for outlets whose house style quotes in single marks in the
    body too (British and Australian papers): a body that shows the style (no double marks, or
    fewer than its single quotes, and single marks opening and closing quotes) has its single
    marks read as quotation marks. It is off by default because the codebook (section 1) counts
    single marks only in headlines.

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
        rows.extend(_extract_article(str(d["article_id"]), fields, cues, single_mark_bodies))
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


#: help text of the ``--single-mark-bodies`` flag (here and in ``python -m analysis``)
SINGLE_MARK_BODIES_HELP = ("read single quotation marks in bodies that quote in them (British house "
                           "style); by default, as in the codebook, they count only in headlines")


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
    ap.add_argument("--single-mark-bodies", action="store_true", help=SINGLE_MARK_BODIES_HELP)
    a = ap.parse_args(list(argv) if argv is not None else None)
    articles = load_articles(a.path)
    quotes = extract_quotes(articles, classify=not a.no_classify, single_mark_bodies=a.single_mark_bodies)
    if a.no_classify:
        quotes = quotes.assign(source_type="unknown", type_reason="default", affiliation="",
                               party="")
    if a.output and a.output != "-":
        quotes.to_csv(a.output, index=False)
        log.info("wrote %d quotes from %d articles to %s", len(quotes), len(articles), a.output)
    else:
        quotes.to_csv(sys.stdout, index=False)
    return 0
