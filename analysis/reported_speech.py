"""Reported (indirect) speech without quotation marks.

``X said (that) CLAUSE``, ``CLAUSE, X said.``, ``according to X, CLAUSE``, parenthetical
attributions (``About 40 litres, officials said, leaked``), nested reports (``CNN reported the
governor said ...``: CNN's report of the governor's, and the governor's), clauses without ``that`` when a subject and its finite
verb open them (verb forms from Brill's lexicon, which ships inside the TextBlob wheel and is
read as a plain file: no download), and where a reported clause ends. :func:`_find_indirect`
returns the reported clauses of one sentence. Part of the quote extractor
(:mod:`analysis.quotes`).
"""
from __future__ import annotations

import bisect
import copy
import functools
import logging
import re
from pathlib import Path

from analysis import speakers as sp
from analysis.speakers import NounPhrase, Token, tokenize
from analysis.cue_words import (
    Cue, _BE, _FINITE, _IRREGULAR_PAST, _MODALS, _NUMBER_WORDS, _REL, _SUBJ_PRON, _VERDICT_VERBS,
    _is_cue, _opening_participles, load_cues,
)
from analysis.quote_marks import DOUBLE_MARKS, Item, Span, _Field
from analysis.attribution import (
    LINK_LABELS, WINDOW, _ADJUDICATORS, _ADVERBIAL_HEADS, _ADV_NOUNS, _DOCUMENTS, _EXPRESS_VERBS,
    _ISSUE_VERBS, _NOUN_FORMS, _PREPOSITIONS, _as_put_it_at, _SAY_LEMMAS, _SINGLE_ADV, _SUBORDINATORS,
    _VERDICT_CUE, _according_np, _cited_as, _cue_string, _dateline_end, _determiner_phrase, _ends_in_attribution, _has_verb,
    _inner_speaker, _intro_only, _issued_doc_before, _join_toks, _main_subject, _np_after, _people_in,
    _plans_to, _sentence_subject, _skip_adverbials, _subject_before, _verdict_cue, _went_on_to,
)

log = logging.getLogger(__name__)
_CLOSE_MARKS = frozenset('"”')
# words between a determiner and a cue's plain form that leave it a verb ("the two say", "the
# public says", "the police reports"): numbers, nouns that name speakers collectively
_PREDICATE_VERBS = frozenset("""sound show seem appear remain""".split())  # mostly nouns in Brill's lexicon
_NOT_ADJECTIVES = _NUMBER_WORDS | frozenset("""public police government family press team group
company board court council committee agency ministry staff crew""".split())
# "it's", "they're", "we'll": a subject and its verb in one token, so a clause opens with it
_SUBJECT_VERB_CONTRACTION_RE = re.compile(r"(?:it|he|she|they|we|i|you|that|there)['’](?:s|re|m|ll|d|ve)$")
_CLAUSE_BAD_START = frozenset("""to about with for by of on in at as from into and but or nor
would will could can should may might must was were is are had has have be been being not so
than how why whether""".split())


_FRONTED_HEADS = frozenset("""from since until by under starting beginning as for over within
following""".split())


_ASIDE_HEADS = frozenset({"as", "in", "on", "at", "during", "after", "before", "without", "with", "however",
                          "though", "citing", "quoting", "again", "also"})


_CALL_IT_ADJ = frozenset("""likely unlikely important essential necessary vital possible impossible
probable improbable crucial clear unclear doubtful certain""".split())


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


_VERDICT_ONLY = _VERDICT_VERBS - set(load_cues())  # (concluded is a speech verb anyway)


@functools.lru_cache(maxsize=1)
def _live_words() -> frozenset[str]:
    """Cue-regex words that can open reported speech in :func:`_find_indirect`: "according",
    "According" and every cue form that takes a clause (or is a form of "call", or charges
    someone "for" something)."""
    return frozenset({"according", "According"}
                     | {w for w, c in load_cues().items() if c.clause or c.lemma == "call" or c.lemma in _CHARGE_FOR}
                     | _opening_participles())


_ADJUDICATOR_RE = re.compile(r"(?i)\b(?:" + "|".join(sorted(_ADJUDICATORS)) + r")\b")


_CURRENCY = frozenset("$£€¥₹")
_TAIL_SUBORDINATORS = frozenset("though although as while because since after before when whereas".split())


def _past_verb(t: Token) -> bool:
    """A lower-case past form: "declined", "went"."""
    return t.text.islower() and (t.low in _IRREGULAR_PAST or (t.low.endswith("ed") and len(t.low) > 3))


def _find_indirect(f: _Field, si: int, cues: dict[str, Cue], quoted: list[Span]) -> list[Item]:
    """Reported speech in sentence ``si`` of the field: ``X said (that) ...``, ``..., X said``,
    ``according to X, ...``."""
    ss, se, pi = f.sents[si]
    if se - ss > 4 * WINDOW:
        se_scan = ss + 4 * WINDOW
    else:
        se_scan = se
    masked, text = f.masked, f.text
    link_line = _LINK_LINE_RE.match(masked, ss) is not None
    # ("SEE ALSO: Obama reveals his obliviousness ... Even as he ...": a linked headline, glued to
    # the article's sentence after it by the scrape; its present-tense verb reports nothing here)
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
    coord: dict[int, Item] = {}  # a second verb's subject -> the report whose subject it shares
    n_all = n
    for k, t in enumerate(toks):
        if t.start not in hits:
            continue
        n = n_all  # (a phrase may end a report early: "With X urging Y, ...")
        if link_line and (t.low.endswith("s") or t.is_cap):
            continue
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
                j = max(e, next((q for q in range(k + 2, n) if toks[q].start >= np.end), n))
                # (past the source's own participle: "according to a poll released Friday")
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
                elif toks[k - 1].text == "," and j + 1 < n and toks[j].text == "," and not _has_verb(toks[cs:ce]) \
                        and not any(x.low in _FINITE or x.low in _IRREGULAR_PAST for x in toks[cs:ce]) and \
                        toks[j + 1].text.islower() and (toks[j + 1].low in _IRREGULAR_PAST or (
                            toks[j + 1].low.endswith("ed") and len(toks[j + 1].low) > 4)):
                    # "A warrant, according to the AJC, alleged that ...": the subject, the source
                    # between commas, then the predicate: the whole clause is the source's account
                    ce = _clause_end(toks, j + 1, n)
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
        if go is not None and _plans_to(toks, k) is not None:
            go = None  # "plans to tell the committee that ...": a speech act to come, not reported
        c = _is_cue(t, cues, toks[k - 1] if k > 0 and go is None else None)
        # "issued a statement Thursday that said ...": the document's issuer speaks
        doc_that = _issued_doc_before(toks, k - 1) if k >= 4 and toks[k - 1].low in {"that", "which"} \
            and t.low in _DOC_SAYS else None
        if c is None and doc_that is not None:
            c = _is_cue(t, cues)  # ("that" is no determiner here)
        if c is not None and t.low in _NOUN_FORMS and _cue_noun(toks, k, n, cues):
            c = None
        if c is None and t.low in _VERDICT_VERBS:
            c = _verdict_cue(text, toks, k)
        if c is None and k == 0 and t.text in _opening_participles():
            # 'Saying Rocky Linux is for the community, Kurtzer said ...': an opening participle
            # reports the clause up to its comma; the subject of the main clause speaks
            c1 = next((q for q in range(2, min(n, 30)) if toks[q].text in ',;:"“”'), None)
            if c1 is None or toks[c1].text != "," or c1 < 3:
                continue
            np1, e1 = _np_after(text, toks, c1 + 1)
            if np1 is None or np1.kind not in {"person", "surname", "org", "descriptor", "pronoun"} or e1 >= n:
                continue
            v1 = toks[e1]
            if not (_is_cue(v1, cues, toks[e1 - 1]) or v1.low in _FINITE or v1.low in _IRREGULAR_PAST or (
                    v1.text[:1].islower() and v1.low.endswith("ed"))):
                continue
            cs1 = 2 if toks[1].low == "that" else 1
            if not any(x.low in _FINITE or x.low in _IRREGULAR_PAST or x.low in _MODALS or (
                    x.text.islower() and x.low.endswith("ed") and len(x.low) > 4) for x in toks[cs1:c1]):
                continue  # 'Commenting on the radio calls, X said': a topic, no clause
            it = _make_indirect(f, toks, cs1, c1, np1, t.low, np1.start, pi)
            if it:
                out.append(it)
            continue
        charge = _charge_for(toks, k, n) if c is not None and c.lemma in _CHARGE_FOR else None
        if c is None or not (c.clause or c.lemma == "call" or charge is not None):
            continue
        if c.lemma == "point" and k + 1 < n and toks[k + 1].low == "to":
            continue  # "Bo Tran points to the novel ...": a reference, not a speech act
        if k >= 2 and toks[k - 1].low in {"likely", "probably", "also"} and toks[k - 2].low in _NOT_DONE_MODALS \
                or k >= 1 and toks[k - 1].low in _NOT_DONE_MODALS:
            continue  # "Netanyahu will likely ask Trump to ...", "This president can tell us ...": a
            # speech act to come or one that could be made, not one reported
        prev = toks[k - 1].low if k > 0 else ""
        if prev == "who" and k >= 2 and toks[k - 2].is_word and k + 1 < n and \
                toks[k + 1].low not in _SUBJ_PRON | {"that"} and any(
                _is_cue(x, cues, toks[q - 1]) and not x.low.endswith("ing") for q, x in enumerate(toks[k + 2:min(n, k + 8)], k + 2)):
            continue  # "The senator who wrote the law said ...": the relative clause's verb, not the
            # report (but "a personality who says he speaks for ...": a clause follows)
        if (prev in _BE and not t.low.endswith("ing")) or (prev == "to" and go is None) or \
                prev in {"let", "let's", "let’s", "lets"}:
            continue  # ("was told": a passive; "Let's say this has ...": an imperative, nobody
            # reports; but "Trump is saying that ...", "officials are warning that ...": the
            # present progressive reports)
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
        if t.low in {"state", "states"} and k >= 2 and toks[k - 1].is_cap and not toks[k - 1].low.endswith("s") and \
                toks[k - 2].low in sp.DETERMINERS | {"every", "each", "any", "another", "one"}:
            continue  # "will have won every Southern state": the noun after a capitalised adjective
        if t.low in {"state", "states"} and k > 0 and toks[k - 1].text[:1].islower() and (
                k + 1 >= n or toks[k + 1].text in ".,;:!?") and toks[k - 1].low not in sp.ROLE_WORDS \
                and toks[k - 1].low not in _SUBJ_PRON:
            continue  # "concerns about his mental state.": the noun ends the sentence
        if t.low in {"state", "states"} and k + 1 < n and toks[k + 1].low in {"where", "which", "whose", "such",
                                                                              "like", "including"}:
            continue  # "access only in non-swing states where ...": the noun before its relative
        cue_str, e = _cue_string(masked, toks, k, n)
        if go is not None:
            cue_str = _join_toks(text, toks[go:k]) + " " + cue_str  # "went on to say"
        is_call = c.lemma == "call"
        call_it = is_call and e + 3 < n and toks[e].low == "it" and toks[e + 2].low == "that" and \
            toks[e + 1].low in _CALL_IT_ADJ  # 'He called it unlikely that the fund would pay'
        if is_call and not call_it and not cue_str.lower().endswith((" for", " on")):
            continue
        if is_call and e < n and toks[e].low == "by":
            continue  # "The hiring surges called for by Trump ...": a passive participle, no report
        participle = t.low.endswith("ing") and not (prev in _BE and prev != "being")
        # ("Trump is saying that ...": the present progressive is the finite verb of its subject)
        if t.low.endswith("ing") and prev in _BE and k >= 2 and toks[k - 2].low in {"i", "you", "we"}:
            continue  # "It seems you are telling women ...": an interview's first or second person
        np = None
        pos = t.start
        cited = _cited_as(text, toks, k) if participle and prev == "as" else None
        iss = _issued_doc_before(toks, k) if participle and cited is None else None
        if iss is None:
            iss = doc_that
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
                np, i0 = _unlisted_descriptor(text, toks, iss, cues, issuing=True)
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
            if prev not in {",", "by", "while", "after", "before", "when", "in", "upon", "beyond", "besides",
                             "despite"} and k != 0 \
                    and not (toks[k - 1].text in _CLOSE_MARKS  # 'said Kowal "was great," adding ...'
                             and f.text[toks[k - 1].start - 1:toks[k - 1].start] in ",;") \
                    and prev not in _ADV_NOUNS \
                    and not (prev == "and" and any(
                        x.low.endswith("ing") and _is_cue(x, cues, toks[q - 1]) and toks[q - 1].text == ","
                        for q, x in enumerate(toks[1:k - 1], 1))):
                continue  # ("posted a message on Facebook announcing ...", ', calling it "unfair" and
                # adding that ...': after a noun of place or time, or joined to a participle cue)
            np, pos = _main_subject(f, toks, k, cues, out)
        else:
            np, i0 = _subject_before(text, toks, k if go is None else go)
            if np is None and prev == "who":
                np, i0 = _appositive_owner(text, toks, k - 1)
            if np is None and go is None:
                np, i0 = _unlisted_descriptor(text, toks, k, cues)
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
            if np is None and prev == "," and k > 2 and not (c is not None and c.naming):
                # "The bomb was placed in a market, stated Minister X, and ...": inverted tail (not
                # a naming verb: ", declared the Act "virtually dead"" names its object)
                np2, e2 = _np_after(text, toks, e)
                if np2 is not None and text[np2.end:np2.end + 3].lstrip()[:1] in DOUBLE_MARKS:
                    np2 = None  # ', declared the Act "virtually dead"': an object and what it is called
                if np2 is not None and np2.kind in {"person", "org", "surname", "descriptor"} and (
                        e2 >= n or toks[e2].text in ",.;"):
                    ce = k - 1
                    cs0 = _clause_start(toks, 0, ce, cues)
                    if (toks[cs0].low in _SUBORDINATORS or (ce - cs0 <= 4 and not (_has_verb(toks[cs0:ce]) or any(
                            x.low in _IRREGULAR_PAST for x in toks[cs0:ce])))) and e2 + 1 < n and \
                            toks[e2].text == "," and _opens_clause(toks[e2 + 1]):
                        # ("Either way, said Vale, it is hard to ...": an opener, then the clause)
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
            if np is None and prev == "and" and out and out[-1].np is not None and out[-1].end <= t.start and \
                    out[-1].start >= toks[0].start and not any(x.is_word and x.start > out[-1].end
                                                               for x in toks[:k - 1]):
                # "Varga said that Kim is weak, and claimed she is attacked ...": a second verb of
                # the subject of the report just before
                np, pos = copy.copy(out[-1].np), out[-1].pos
                coord[id(np)] = out[-1]
            if np is None:
                np, pos = _fallback_subject(f, toks, k, cues)
                if np is None:
                    continue
                np = _adjective_opening(f, toks, k, np)
            else:
                if i0 > 0 and toks[i0 - 1].low == "whether":
                    continue  # "the question of whether Papadopoulos told other advisers ...": not a report
                if i0 > 0 and toks[i0 - 1].low in _REL and not (
                        toks[i0 - 1].low == "that" and i0 >= 2 and (toks[i0 - 2].low in cues or (
                            toks[i0 - 2].low in _FINDING_VERBS) or _cue_then_that(masked, toks, i0 - 1, cues))) and not (
                        toks[i0 - 1].low == "when" and np.kind in {"pronoun", "person", "surname"}
                        and any(x.low == "that" for x in toks[e:min(n, e + 8)])):
                    continue  # (but "reported that police said": "that" opens a clause; "broke news
                    # when he revealed that ...", "on Wednesday, when he said that ...": a time
                    # clause whose verb reports)
                if i0 > 0 and toks[i0].low == "that" and toks[i0 - 1].is_word and \
                        toks[i0 - 1].low not in sp._FUNCTION_WORDS and toks[i0 - 1].low not in cues:
                    continue  # "the man that police said fled": a relative clause
                pos = toks[i0].start if i0 < n else t.start
        if np is None:
            continue
        if np.name.split()[0].lower() in _NOBODY or _NO_BEFORE_RE.search(f.masked, max(0, np.start - 9), np.start):
            continue  # "no candidate mentioned that ...", "Nobody said ...": a report nobody made
        if (np.kind == "pronoun" and np.name.lower() in {"i", "we", "you"}) or \
                np.name.replace("’", "'").lower() in {"i'm", "we're", "you're", "i've", "we've"}:
            continue  # first or second person outside quotes: an interview transcript, not a report
        if charge is not None:
            # "faulted Mr. Kim for not filling the vacancies", "scolded the media for using unnamed
            # sources": the one faulted and the charge, as with "accused X of ..."
            it = _make_indirect(f, toks, k + 1, _clause_end(toks, k + 1, n), np, t.text, pos, pi)
            if it and it.start not in used_cut:
                used_cut.add(it.start)
                out.append(it)
            continue
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
        if k > 0 and toks[k - 1].text != "," and pos > 0 and f.masked[max(0, pos - 2):pos].strip() == ",":
            rest_i = _medium_tail(toks, rest_i, n)  # ", Okafor said Monday on Fox News."
        quoted_predicate = rest_i + 2 < n and toks[rest_i + 1].text.islower() and toks[rest_i + 1].is_word \
            and toks[rest_i + 2].text in DOUBLE_MARKS and cues.get(toks[rest_i + 1].low) is None
        # ('With the suspect dead, Commissioner X said, citizens "can be confident ...": a subject
        # whose verb stands in the quote)
        if not participle and rest_i == e and rest_i < n - 2 and toks[rest_i].text == "," and np is not None \
                and pos > 0 and f.masked[max(0, pos - 2):pos].strip() == "," and (
                    _opens_clause(toks[rest_i + 1]) or quoted_predicate):
            # "At 2:45 a.m., his office said, he died at the hospice.": a parenthetical attribution
            cs = rest_i + 1
            if toks[cs].low == "that" and cs + 1 < n:
                cs += 1  # "suggesting, experts noted, that this outbreak may ..."
            ce = _clause_end(toks, cs, n)
            if _has_verb(toks[cs:ce]) or any(x.low in _IRREGULAR_PAST for x in toks[cs:ce]) or quoted_predicate:
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
        if not participle and k > 0 and rest_i + 1 < n and toks[rest_i].text == "," and \
                toks[rest_i + 1].text.islower() and toks[rest_i + 1].low.endswith("ing") and \
                len(toks[rest_i + 1].low) > 5 and toks[rest_i + 1].low not in {"including", "according"} and \
                pos > 0 and f.masked[max(0, pos - 2):pos].strip() == "," and \
                (cues.get(toks[rest_i + 1].low) is not None
                 or not any(x.low in _FINITE or x.low in _MODALS for x in toks[rest_i + 2:n])):
            # 'The agency renewed its inquiry, Kim told Congress Friday, heightening the stakes': a
            # tail attribution with a participle phrase after it (a cue participle still reports
            # what follows it: ', Zapata said, adding it required ...')
            out.extend(_tail_clause(f, toks, k, np, cue_str, pos, pi, cues))
            if cues.get(toks[rest_i + 1].low) is None:
                continue
        if rest_i >= n or toks[rest_i].text in ".?!" or (
                rest_i + 2 < n and toks[rest_i].text == "," and toks[rest_i + 1].low in {"and", "but"}
                and (toks[rest_i + 2].low in _FINITE or toks[rest_i + 2].low in _MODALS
                     or (toks[rest_i + 2].low in sp.DETERMINERS and _tail_follows(toks, rest_i + 2, n, cues))
                     or (toks[rest_i + 2].low in _SUBJ_PRON and rest_i + 3 < n and (
                         toks[rest_i + 3].low in _FINITE or toks[rest_i + 3].low in _MODALS
                         or _past_verb(toks[rest_i + 3]))))) or (
                # ("The team is ready, Kim said, though she declined to name ...": a subordinate
                # clause of the reporter's after the attribution)
                rest_i + 2 < n and toks[rest_i].text == "," and toks[rest_i + 1].low in _TAIL_SUBORDINATORS
                and k > 0 and pos > 0 and f.masked[max(0, pos - 2):pos].strip() == ","):
            # ('Tran was one of them, Varga says, and he was often at our home': a second clause)
            # ('X heard coughs, Kim said, and a team flew in, Kim said.': a second report follows)
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
        elif toks[cs].text == "," and rest_i == e and c.obj == "obj" and " " in cue_str.strip() and \
                cs + 2 < n and _opens_clause(toks[cs + 1]) and not _is_cue(toks[cs + 1], cues) and \
                _np_then_verb(toks, cs + 1, n):
            cs += 1  # 'told the Courier, the bridge would reopen': the listener, a comma, the clause
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
        if toks[cs].low != "that" and (toks[cs].low in _ADVERBIAL_HEADS or toks[cs].low in _WHERE_PREPOSITIONS or (
                cs > e and toks[cs].low in {"with", "for"})) and toks[cs].low in _PREPOSITIONS | {
                "via", "during", "through", "before", "after"} | _WHERE_PREPOSITIONS:
            # ("said in a filing with regulators that ...": the medium's own phrase goes on)
            # "said in a filing to the Securities and Exchange Commission that ..." (not "speculated
            # this pattern occurred in the process that produced ...")
            aside = False
            place = toks[cs].low in _WHERE_PREPOSITIONS
            title_end = -1
            for m in range(cs, min(n, cs + 30)):
                if m <= title_end:
                    continue
                if toks[m].text in DOUBLE_MARKS and toks[m].start in f.name_marks:
                    # 'indicated in an interview on CNN's "State of the Union" that ...': a title
                    title_end = next((q for q in range(m + 1, min(n, m + 12)) if toks[q].text in DOUBLE_MARKS), m)
                    continue
                if toks[m].text == "," and m + 1 < n and aside and toks[m + 1].low == "that":
                    cs = m + 1  # "claim on the Senate floor, without offering proof, that ...": the
                    break  # clause after an aside between commas
                if toks[m].text == "," and m + 1 < n and (toks[m + 1].low in _ASIDE_HEADS | {"without"} or (
                        toks[m + 1].low.endswith("ing") and toks[m + 1].text.islower())):
                    aside = True
                    continue
                if toks[m].text in ',;:"“”' or _is_cue(toks[m], cues, toks[m - 1]) or (m >= cs + 16 and not aside) or (
                        place and m >= cs + 6):
                    break  # (a place is a short phrase: "aboard the ship that ...")
                if toks[m].low in _CLAUSE_NOUNS:
                    break  # "said on NBC, following a report by The Times that ...": the report's clause
                if toks[m].low == "that" and toks[m - 1].low not in _PREPOSITIONS:
                    cs = m  # (not "ruled on the appeal of that decision": a determiner)
                    break
        if toks[cs].text in DOUBLE_MARKS and toks[cs].start in f.name_marks:
            # 'indicated in an interview on CNN's "State of the Union" that ...': past the title
            close = next((q for q in range(cs + 1, min(n, cs + 12)) if toks[q].text in DOUBLE_MARKS), n)
            if close + 2 < n and toks[close + 1].low in {"show", "program", "programme", "podcast", "broadcast"}:
                close += 1  # 'telling NBC's "Today" show that ...'
            after = _skip_adverbials(toks, close + 1, n) if close + 1 < n else close + 1
            if after < n and toks[after].low == "that":
                cs = after  # ('in an interview with NPR's "Fresh Air" in May that ...')
        if cs + 3 < n and toks[cs].low in {"any", "the", "all"} and toks[cs + 1].low in _CLAUSE_NOUNS and \
                toks[cs + 2].low == "that" and c.lemma in _DENIAL_LEMMAS:
            cs += 1  # "denied any suggestion that ...": the noun after its determiner
        if cs + 2 < n and toks[cs].low in _CLAUSE_NOUNS and toks[cs + 1].low == "that" and \
                c.lemma in _DENIAL_LEMMAS:
            cs += 1  # "disputed reports that he asked ...", "denied claims that ...": the clause the
            # claims make, which the speaker denies
        if toks[cs].low == "that" and cs + 3 < n and toks[cs - 1].low in _ADV_NOUNS and \
                (_past_verb(toks[cs + 1]) or toks[cs + 1].low in {"was", "is", "will", "has", "ran", "aired"}):
            # "said in an interview that aired Sunday that ...": a relative clause on the medium,
            # then the report's own "that"
            th = next((q for q in range(cs + 2, min(n, cs + 10)) if toks[q].low == "that" or not toks[q].is_word), None)
            if th is not None and toks[th].low == "that":
                cs = th
        if toks[cs].low in _POSSESSIVE_OPENERS and c.lemma not in _DENIAL_LEMMAS:
            th = next((q for q in range(cs + 2, min(n, cs + 5)) if toks[q].low == "that"), None)
            if th is not None and th + 2 < n and toks[th - 1].low in _BELIEF_NOUNS and \
                    all(x.is_word and x.text.islower() for x in toks[cs + 1:th]):
                cs = th  # "reiterated his claim that X", "confirming her belief that X": X is reported
        had_that = toks[cs].low == "that"
        if had_that and cs + 2 < n and toks[cs + 1].is_word and toks[cs + 1].text.islower() and \
                not toks[cs + 1].low.endswith("s") and toks[cs + 1].low not in _SUBJ_PRON and \
                toks[cs + 1].low not in sp.DETERMINERS and not sp.is_role_word(toks[cs + 1].low) and \
                toks[cs + 2].low in {"and", ".", ";", "but"}:
            continue  # "denied that characterization and insisted ...": a determiner, not a clause
        if c.obj == "that" and not had_that:
            continue  # "maintained the road", "charged him with theft": a report needs "that"
        if had_that:
            cs += 1
            if cs < n and toks[cs].text == ",":
                cs += 1  # "reported that, before she ended her campaign, ..."
        if cs >= n:
            continue
        first = toks[cs]
        if not first.is_word and not _quoted_subject_opens(text, toks, cs, n) and not (
                first.text in _CURRENCY and cs + 1 < n and toks[cs + 1].text[:1].isdigit()
                and _has_verb(toks[cs:min(n, cs + 15)])):
            continue  # a quote mark, a colon: direct speech, handled as a quote (but "said $40m
            # had been spent" opens with a sum; "reported $44.9 billion net income" is an object)
        if first.low == "to" and c.lemma in _INFINITIVE_REPORTS and not had_that and cs + 2 < n and \
                (not participle or prev == "and") and \
                toks[cs + 1].is_word and toks[cs + 1].text.islower() and toks[cs + 1].low not in sp.DETERMINERS:
            # "vowed to hit the campaign trail", "claimed to have evidence": a promise or a claim
            # reported as an infinitive (not "pledged to the fund": a preposition and its object; a
            # participle only after "and": "saying ... and vowing to", not "Giuliani, claiming to")
            ce = _clause_end(toks, cs, n)
            ce = next((q for q in range(cs + 1, ce) if (toks[q].text == "," and _main_verb_at(toks, q + 1, n))
                       or toks[q].text in "—–" or (toks[q].text == "-" and q + 1 < n and toks[q + 1].text == "-")), ce)
            # ("Steggall, who has vowed to fight Abbott, has also challenged ...": the main verb;
            # "vowing to hit the trail soon -- in a video message ...": the reporter's aside)
            it = _make_indirect(f, toks, cs, ce, np, cue_str, pos, pi, infinitive=True)
            if it and it.start not in used_cut:
                used_cut.add(it.start)
                out.append(it)
            continue
        if c is _VERDICT_CUE and not had_that and not _opens_clause(first):
            continue  # "the court found unconstitutional a 2005 law": an object and its complement
        if (first.low in _SUBORDINATORS | {"as"} or c.obj == "obj") and not had_that and c.quote:
            qm = max((q for q in range(max(0, k - 12), k) if toks[q].text in _CLOSE_MARKS), default=None)
            if qm is not None and not any(x.text in ",;:" for x in toks[qm + 1:k]):
                continue  # '"...," Ada Kim said when the states filed', '"...," Kim told more than 20,000
                # people gathered at a farm': the quote's attribution, its time and its listener
        if first.low in {"if", "whether"} and c.lemma not in {"ask", "question", "wonder", "inquire"} and (
                first.low == "whether" or any(x.low in {"not", "n't", "never"} for x in toks[max(0, k - 3):k])):
            continue  # "did not mention if there were casualties": an open question, not a report
        if first.low in {"his", "her", "their", "its"} and cs + 1 < n and toks[cs + 1].text in DOUBLE_MARKS \
                and c.lemma in _PRAISE_LEMMAS:
            continue  # 'noted his "strength, passion and wisdom"': a quoted noun phrase, not a clause
        if (c.obj == "obj_to" or cue_str.lower().endswith(" on")) and first.is_word:
            if first.low in _CLAUSE_BAD_START:
                continue  # "asking for clarifications": no object and infinitive
            if c.obj == "obj_to" and not had_that and first.low.endswith("ly") and first.text.islower() and (
                    cs + 1 >= n or not toks[cs + 1].is_word or toks[cs + 1].low in _PREPOSITIONS | {"without"}):
                continue  # "wherever his team has asked virtually without question": an adverb, no
                # listener and no infinitive (not "encouraged newly elected president X to ...")
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
        elif first.low in _POSSESSIVE_OPENERS and not c.obj and not had_that and cs + 2 < n and \
                c.lemma not in _SAY_LEMMAS and \
                toks[cs + 1].is_word and toks[cs + 1].text.islower() and toks[cs + 1].low not in _FINITE | _MODALS \
                and _verb_forms().get(toks[cs + 1].low) is None and not any(
                    toks[q].low in _INTENT_NOUNS and toks[q + 1].low == "to" for q in range(cs + 1, min(n - 1, cs + 4))) \
                and _noun_object(toks, k, cs, n, c, iss):
            continue  # "announced her resignation on Monday in a statement posted online": an object
            # (after "say" and its kind a possessive opens the clause's subject: "said his plan
            # could ...", "stated her company's products place ..."; "announced his intention to
            # run" reports the intention, as the gold does)
        elif first.low in {"it", "this", "that", "them", "him", "her"} and not had_that and not (
                _has_verb(toks[cs + (first.low not in {"it", "this"}):ce_guess(toks, cs, n)]) or any(
                    x.low in _IRREGULAR_PAST or x.low in _MODALS for x in toks[cs + 1:ce_guess(toks, cs, n)])) \
                and not any(_quoted_predicate(f, toks, q, ce_guess(toks, cs, n)) for q in range(cs + 1, min(n, cs + 4))):
            continue  # "denied that Mr. Vale said it at all": an object, no clause (but "said it
            # regrets the loss": "it" and a present verb)
        elif first.text.islower() and _verb_forms().get(first.low) == "VBZ" and not had_that and \
                not first.low.endswith(("'s", "’s")) and \
                cs > k + 1 and all(x.low in sp.TIME_WORDS for x in toks[k + 1:cs]):
            continue  # "The deal announced Wednesday comes as ...": a participle of the noun before
            # it, then the sentence's own verb; a clause never opens with its verb (but "said
            # Friday he's picking ...": a pronoun and its verb)
        elif first.low in {"a", "an"} and not c.obj and not had_that and _noun_object(toks, k, cs, n, c, iss):
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
        if k >= 2 and toks[k - 1].low in {"which", "who"} and (toks[k - 2].text == "," or (
                toks[k - 1].low == "who" and any(x.text == "," for x in toks[max(0, k - 8):k - 1])
                and not _has_verb(toks[max(0, k - 8):k - 1]))):
            # "Toronto Police, which indicated a development was likely, face allegations ...": the
            # report ends with the relative clause
            ce = next((q for q in range(cs, ce) if toks[q].text == ","), ce)
        if toks[0].low in _SUBORDINATORS and not any(x.text == "," for x in toks[:k]):
            # "After Trump tweeted the advice, Twitter placed a warning": the report ends with the
            # opening subordinate clause
            ce = next((q for q in range(cs, ce) if toks[q].text == ","), ce)
        if _too_short(toks, cs, ce):
            continue
        if (prev == "," or (k > 0 and toks[k - 1].text in DOUBLE_MARKS)) and not had_that and first.is_cap:
            # ('Kim "was a policy wonk," said Bo Tran, a former aide ...': after a quote too)
            np_inv, e_inv = _np_after(text, toks, cs)
            if np_inv is not None and np_inv.kind in {"person", "surname", "org"} and (e_inv >= ce or (
                    e_inv + 1 < ce and toks[e_inv].text == "," and toks[e_inv + 1].low in {"a", "an", "the"})):
                continue  # "..., a rival like Ada Kim, who is running, said Bo Tran.": the verb's
                # subject comes after it; no clause is reported
        c1 = next((q for q in range(cs, ce) if toks[q].text == ";" or (
            toks[q].text == "," and q + 1 < ce and toks[q + 1].low in {"and", "but"})), ce)
        if c.obj == "obj_to" and not had_that and first.low not in _REL | {"if", "whether", "why"} and not any(
                x.low == "to" and q + 1 < c1 and ((toks[q + 1].text.islower() and toks[q + 1].low not in sp.DETERMINERS)
                                                  or toks[q + 1].text in DOUBLE_MARKS)
                for q, x in enumerate(toks[cs:c1], cs)) and not _has_verb(toks[cs:c1], s_after_adjective=False) and \
                not _clause_without_that(toks, k, cs, c1, c.lemma):
            continue  # "helped advise Biden during the campaign, and ...": no listener's infinitive, no
            # clause ("who advise the attorney general on operational issues": a plural after an
            # adjective is no verb)
        if not had_that and c.obj != "obj_to" and not cue_str.lower().endswith((" for", " on")) and \
                (first.text[:1].islower() or first.low.endswith(("'s", "’s"))) and \
                first.low not in sp.DETERMINERS | _SUBJ_PRON | \
                {"there", "this", "these", "those", "nobody", "everyone", "nothing"} and \
                not _SUBJECT_VERB_CONTRACTION_RE.match(first.low) and \
                not first.text[:1].isdigit() and not _has_verb(toks[cs + 1:min(ce, cs + 16)]) and \
                not _clause_without_that(toks, k, cs, ce, c.lemma) and \
                not (c.lemma in _SAY_LEMMAS and _quoted_predicate(f, toks, cs + 1, ce)):
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
                and not _has_verb(toks[cs:win], s_after_preposition=first.low not in _OBJECT_DETS) \
                and not any(x.low in _IRREGULAR_PAST for x in toks[cs + 1:win]) \
                and not any(x.text in DOUBLE_MARKS for x in toks[cs + 1:min(ce, cs + 5)]) \
                and not _clause_without_that(toks, k, cs, ce, c.lemma) \
                and not (cue_str.lower().endswith(" on") and any(
                    toks[q].low == "to" and toks[q + 1].text.islower() for q in range(cs + 1, min(win, n - 1)))):
            # ("called on the government to listen ...": the one called on and an infinitive)
            continue  # "announced the measure at the daily briefing": a noun-phrase object (but
            # "suggested the company pay a fine": a subjunctive clause)
        nq = next((q for q in range(cs + 1, min(ce, cs + 8)) if _nested_report(text, toks, cs, q, n, cues)), None)
        nested = nq is not None
        if nested and (toks[nq].low == _is_cue(toks[nq], cues, toks[nq - 1]).lemma or _skip_adverbials(toks, nq + 1, ce) >= ce or
                       _skip_adverbials(toks, _cue_string(masked, toks, nq, ce)[1], ce) >= ce):
            continue  # '"...," Kirby said on Wednesday, the Post stated.': the clause is an attribution
            # (and 'confirmed a Times report he had attacked': the bare form is a noun, no report)
        # ("CNN reported the governor said ...": CNN reports the governor's report, which is a row of
        # its own too)
        if any(x.text in DOUBLE_MARKS and toks[q - 1].text in ",:" and x.start not in f.name_marks
               for q, x in enumerate(toks[cs + 1:min(ce, cs + 6)], cs + 1)) and not (
                had_that and first.low in _SUBORDINATORS and first.low != "while"):
            continue  # 'told Paul Rivera of WESH 2 news, "We're used to it."': direct speech (but
            # 'argued that if X wins, "these events will ..."' is a clause with a fronted condition)
        if c.lemma in {"tell", "ask"} and not had_that and (_listener_only(toks[cs:ce], cues) or (
                cs + 2 < n and toks[cs].low in {"me", "him", "her", "us", "them"} and (toks[cs + 1].low == "about" or (
                    toks[cs + 1].low == "for" and toks[cs + 2].low not in _REL)))):
            continue  # "she told an audience at her session", "asked Ada Kim about the budget",
            # "asked me about it and I said ...": a listener and a topic, the answer comes after
        if c.lemma == "add" and not had_that and _adds_an_object(toks, cs, ce):
            continue  # "he adds some diversity to his cabinet and also throws ...": add X to Y
        it = _make_indirect(f, toks, cs, ce, np, cue_str, pos, pi)
        if it and it.start not in used_cut:
            used_cut.add(it.start)
            it.outer = nested
            out.append(it)
    for it in out:
        if it.np is not None and id(it.np) in coord:
            it._src = coord[id(it.np)]  # type: ignore[attr-defined]  # (resolved as that report)
    return out


# nouns whose "that" clause is their own content, not the clause of a speech verb before them
_DENIAL_LEMMAS = frozenset({"deny", "dispute", "reject", "dismiss", "refute", "rebut", "contest"})
_CLAUSE_NOUNS = frozenset("""report reports claim claims statement announcement allegation allegations
assertion suggestion suggestions news word rumor rumors rumour rumours revelation revelations""".split())
_LINK_LINE_RE = re.compile(r"\s*(?:" + "|".join(LINK_LABELS) + r")\b\s*:")
def _cue_then_that(masked: str, toks: list[Token], t: int, cues: dict[str, Cue]) -> bool:
    """Is the "that" at ``t`` the complementizer of a speech verb a few adverbial words before it
    ("speculated on Facebook that ...", "told reporters on Monday that ...")?"""
    for q in range(t - 1, max(-1, t - 7), -1):
        if not toks[q].is_word:
            return False
        c = _is_cue(toks[q], cues, toks[q - 1] if q > 0 else None)
        if c is not None and c.clause:
            return _skip_adverbials(toks, q + 1, t) >= t or _cue_string(masked, toks, q, t)[1] >= t
    return False


_FINDING_VERBS = frozenset("found finds showed shows revealed reveals suggested suggests".split())
_INFINITIVE_REPORTS = frozenset({"vow", "pledge", "promise", "claim"})
_NOT_DONE_MODALS = frozenset({"will", "might", "may", "can", "could", "should", "must"})
# subjects that say nobody spoke: "Nobody said ...", "None of the officials said ...", "no
# candidate mentioned ...", "Neither official said ..."
_NOBODY = frozenset({"nobody", "none", "neither", "no"})
_NO_BEFORE_RE = re.compile(r"\b(?:[Nn]o|[Nn]either)\s+$")


def _adds_an_object(toks: list[Token], cs: int, ce: int) -> bool:
    """After "add" without "that": is ``toks[cs:ce]`` the object of adding ("adds some diversity
    to his cabinet", "added fuel to the fire and walked out") rather than a clause ("added some
    of the money was missing")? An object has no verb of its own: none at all, only one after
    "and"/"but"/"or" (the adder's next verb), or one after a "to" that names where it was added."""
    for j in range(cs, ce):
        if toks[j].text in DOUBLE_MARKS:
            return False  # 'added authorities "are still waiting ..."': a quoted predicate
        if _has_verb(toks[max(cs, j - 1):j + 1]) or toks[j].low in _IRREGULAR_PAST or toks[j].low in _MODALS:
            # (the token with the one before it: the same first verb as the growing slice would give)
            p = j - 1
            while p > cs and toks[p].low in {"also", "then", "later", "now"}:
                p -= 1
            if toks[p].low in {"and", "but", "or"}:
                return True
            return any(x.low == "to" and q + 1 < j and (toks[q + 1].low in _OBJECT_DETS or toks[q + 1].is_cap)
                       for q, x in enumerate(toks[cs:j], cs))
    return True


def _cue_noun(toks: list[Token], k: int, n: int, cues: dict[str, Cue]) -> bool:
    """Is the cue form at ``k`` ("report", "claims", "points", ...) the noun here, not the verb?

    - after a possessive, a determiner or a preposition and a lower-case adjective ("Comey's damning
      report on ...", "the latest claims", "held back from overt calls for"; not after a collective or
      a number: "the public says");
    - a plural before its own verb ("The Rice reports sound even more troubling");
    - before a past-tense cue of its own ("the May 25 IG report clearly stated that ...").
    """
    t = toks[k]
    if k >= 1 and t.low.endswith("s") and toks[k - 1].text.islower() and toks[k - 1].low not in _BE and (
            toks[k - 1].low in _IRREGULAR_PAST or (toks[k - 1].low.endswith("ed") and len(toks[k - 1].low) > 4)):
        return True  # "Cheney refuted claims that ...", "said reports were false": the object of a verb
    if k >= 1 and t.low.endswith("s") and toks[k - 1].text.islower() and toks[k - 1].low.endswith("ing") and \
            len(toks[k - 1].low) > 5 and _is_cue(toks[k - 1], cues) is None and k >= 2 and toks[k - 2].low not in _BE:
        return True  # "for making promises to conservatives": the object of a gerund (not "Trump is
        # disputing reports that he asked ...": a progressive verb and the reports it disputes)
    if k >= 2 and t.low in {"report", "claim", "statement", "comment"} and toks[k - 1].is_cap and any(
            x.low in {"a", "an"} for x in toks[max(0, k - 5):k - 1]):
        return True  # "a New York Times report he had attacked": the noun after a named source
    if k >= 2 and toks[k - 1].text in _CLOSE_MARKS and any(
            x.low.endswith(("'s", "’s")) for x in toks[max(0, k - 8):k - 1]):
        return True  # 'Mitt Romney's "off-the-cuff" remarks that ...': a quoted modifier of the noun
    if k >= 2 and toks[k - 1].is_word and toks[k - 1].text.islower() and \
            not toks[k - 1].low.endswith(("ly", "s")) and (
            toks[k - 2].low.endswith(("'s", "’s")) or toks[k - 2].low in sp.DETERMINERS
            or toks[k - 2].low in {"from", "of", "about", "against", "despite", "amid"}) and \
            toks[k - 1].low not in sp.ROLE_WORDS and toks[k - 1].low not in _NOT_ADJECTIVES:
        return True
    a = k + 1
    if t.low.endswith("s") and a + 1 < n and toks[a].low in {"first", "later", "then", "also", "initially"}:
        a += 1  # "after reports first surfaced that ..."
    if t.low.endswith("s") and a < n and toks[a].text.islower() and (
            toks[a].low in _FINITE or toks[a].low in _PREDICATE_VERBS
            or _verb_forms().get(toks[a].low) in {"VB", "VBP", "VBD"}):
        return True
    if k >= 1 and toks[k - 1].is_word:
        v = k + 1
        while v < n and toks[v].text.islower() and toks[v].low.endswith("ly"):
            v += 1
        if v < n and toks[v].text.islower() and _is_cue(toks[v], cues) is not None and \
                toks[v].low.endswith(("ed", "said", "told")):
            return True
    return False


def _appositive_owner(text: str, toks: list[Token], w: int) -> tuple[NounPhrase | None, int]:
    """'Where is Jo Bell, another media personality who says ...': the named person whose
    appositive the relative pronoun at ``w`` ends (any head noun, not only a role word)."""
    c = next((q for q in range(w - 1, max(-1, w - 8), -1) if toks[q].text == ","), None)
    if c is None or c < 1 or toks[c + 1].low not in {"a", "an", "another", "the"} or not all(
            x.is_word and x.text[:1].islower() for x in toks[c + 1:w]):
        return None, w
    i, j = sp.np_span_before(toks, c)
    np = sp.parse_np(text, toks[i:j]) if j == c and j > i else None
    if np is None or np.kind not in {"person", "surname"}:
        return None, w
    return np, i


def _quoted_predicate(f: _Field, toks: list[Token], q: int, ce: int) -> bool:
    """'added authorities "are still waiting"': the clause's subject stands before the marks and
    its verb opens the quoted words (masked in ``toks``, so read from the field text)."""
    if q + 1 >= ce or q < 2 or toks[q].text not in DOUBLE_MARKS:
        return False
    cues = load_cues()
    back = next((b for b in range(q - 2, max(-1, q - 5), -1)
                 if toks[b].low == "that" or _is_cue(toks[b], cues) is not None), None)
    if back is None or not all(x.is_word for x in toks[back + 1:q]):
        return False  # (not '"Our team" Wong said in a press release "has developed"'; a subject of
        # up to three words: 'said her son "was a good kid"')
    m = re.match(r"[A-Za-z']+", f.text[toks[q + 1].start:toks[q + 1].end + 20])
    if m is None:
        return False
    w = m.group(0).lower()
    return w in _FINITE or w in _MODALS or w in _IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed"))


# endings of English adjectives, to write a sentence-opening one in lower case as the rest of a
# descriptor ("Legal and religious groups" -> "legal and religious groups"); a name keeps its capital
_ADJECTIVE_ENDINGS = ("al", "ent", "ant", "ive", "ous", "ic", "ary", "ory", "ful", "less", "ed", "ing", "able",
                      "ible", "ern", "ish")


def _adjective_opening(f: _Field, toks: list[Token], k: int, np: NounPhrase) -> NounPhrase:
    """'Recent opinion polling by Democratic organizations indicated', 'Legal and religious groups
    have called for': a capitalised adjective opening the sentence is no name; the words before the
    verb are the source, as written."""
    if not (np.kind in {"surname", "org"} and len(np.name.split()) == 1 and np.start == toks[0].start and
            toks[0].is_cap and not toks[0].text.isupper() and 1 < k <= 9 and toks[1].is_word and
            toks[1].text[:1].islower() and all(x.is_word for x in toks[1:k])):
        return np
    j = k
    while j > 1 and (toks[j - 1].low in sp.SKIP_BEFORE_CUE or sp.ly_adverb(toks[j - 1].low)
                     or toks[j - 1].text == "now"):
        j -= 1  # ("Obama now has called for": an adverb, not a part of the source)
    if j > 1 and not any(x.low in _FINITE or x.low in _IRREGULAR_PAST or x.low in _MODALS for x in toks[1:j]) \
            and toks[j - 1].low not in {"and", "but"} and not any(
                x.text.islower() and x.low.endswith("ed") and len(x.low) > 4 for x in toks[1:j]) \
            and not _people_in(f, np.start, np.end):
        # (not "Varga invited scrutiny of the funding and urged ...": a verb of the subject's own)
        first = toks[0].text.lower() if toks[0].low in sp.MODIFIERS or toks[0].low.endswith(_ADJECTIVE_ENDINGS) \
            else toks[0].text  # "recent opinion polling", but "Democrats in Congress", "Trump supporter"
        return sp.NounPhrase(first + f.text[toks[0].end:toks[j - 1].end], "", "descriptor",
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


def _medium_tail(toks: list[Token], i: int, n: int) -> int:
    """Past a medium named at the end of a tail attribution (', Kim said on Fox News.', ', Kim
    told "Meet the Press."', ', Kim said in The Atlantic.'): the index of the sentence's end,
    or ``i`` when anything else follows."""
    j = i
    if j < n and toks[j].low in {"on", "in", "to", "with"}:
        j += 1
    if j == i or j >= n:
        return i
    if toks[j].text in DOUBLE_MARKS:
        close = next((q for q in range(j + 1, min(n, j + 10)) if toks[q].text in DOUBLE_MARKS), None)
        if close is None or not toks[j + 1].is_cap:
            return i
        j = close + 1
        if j < n and toks[j].text in ".?!" and j - 1 > 0 and toks[j - 2].text in ".?!":
            return i
    else:
        m = j + (toks[j].low == "the")
        while m < n and m < j + 7 and toks[m].is_word and toks[m].is_cap and toks[m].low not in sp.TIME_WORDS:
            m += 1
        if m == j + (toks[j].low == "the"):
            return i
        j = m
    if j < n and toks[j].low in {"show", "program", "programme", "podcast"}:
        j += 1
    while j < n and toks[j].text in DOUBLE_MARKS:
        j += 1
    if j + 1 < n and toks[j].text == "," and toks[j + 1].text.islower() and toks[j + 1].low.endswith("ing"):
        return j  # ', Kim said on Fox News, citing the audit': the participle phrase after it
    return j if j >= n or (toks[j].text in ".?!" and all(not x.is_word for x in toks[j:n])) else i


# a speaker's own view, named before the clause that states it ("his claim that ...")
_BELIEF_NOUNS = frozenset("""claim claims belief beliefs view position argument assertion contention
conviction insistence assessment""".split())
_INTENT_NOUNS = frozenset("""intention intentions plan plans decision desire wish bid proposal
intent readiness willingness refusal""".split())
_POSSESSIVE_OPENERS = frozenset("his her its their our my".split())


def _noun_object(toks: list[Token], k: int, cs: int, n: int, c: Cue, iss: int | None) -> bool:
    """After the cue at ``k``, is the noun phrase opening at ``cs`` ("a complete withdrawal", "her
    resignation") the verb's object, with no verb of a clause after it?"""
    ce = ce_guess(toks, cs, n)
    return not (c.lemma in _SAY_LEMMAS and any(x.low in _FINITE or (x.low in _IRREGULAR_PAST and x.low != "read")
                                               for x in _skip_appositive(toks, cs + 2, min(n, cs + 14)))) and not (
        c.lemma in _ANNOUNCE_LEMMAS and _finite_before_rel(toks, cs + 2, min(n, cs + 10))) and not (
        c.lemma in _SAY_LEMMAS | {"report"} and _past_predicate(toks, cs + 2, min(n, cs + 10))) \
        and not _clause_without_that(toks, k, cs, ce, c.lemma) and not (
            iss is not None and _has_verb(toks[cs + 1:ce]))


def _past_predicate(toks: list[Token], lo: int, hi: int) -> bool:
    """A regular past-tense verb ends the noun phrase that opens a reported clause ("reported a man
    died", "reported a block of flats collapsed in Aleppo"), not a participle that modifies it ("a
    case linked to travel", "a man wanted by police")."""
    preps = 0
    for q in range(lo, hi):
        t = toks[q]
        if t.low in _PREPOSITIONS and t.low != "of" and preps == 0 and q + 1 < hi and (
                toks[q + 1].low in sp.DETERMINERS or toks[q + 1].is_cap):
            preps += 1  # "said a request from the mayor prompted her vote": one phrase after the noun
            continue
        if not t.is_word or (t.low in _PREPOSITIONS and t.low != "of") or t.low in _REL:
            return False
        if t.text[:1].islower() and t.low.endswith("ed") and len(t.low) >= 4 and "-" not in t.text:
            nxt = toks[q + 1] if q + 1 < len(toks) else None
            return nxt is None or not nxt.is_word or nxt.low not in _PREPOSITIONS | {"as"} or nxt.low in {"in", "on", "at"}
    return False


def _listener_only(seg: list[Token], cues: dict[str, Cue]) -> bool:
    """After "told"/"asked": only the listener and a topic, no clause ("an audience at her session",
    "Ada Kim about the budget", "reporters on Monday")."""
    cut = next((q for q in range(1, len(seg)) if seg[q - 1].text == "," and seg[q].low in _REL - {"that"}), None)
    if cut is not None:
        # "her husband about the encounter, which the paper confirmed": the relative clause
        # describes the topic; what follows its closing comma still counts ("asked Kim, who
        # leads the city, to resign")
        close = next((q for q in range(cut + 1, len(seg)) if seg[q].text == ","), len(seg))
        seg = seg[:cut - 1] + seg[close + 1:]
    words = [t for t in seg if t.is_word]
    if not words:
        return True
    if any((t.low in _REL - {"that"} and not (q > 0 and seg[q - 1].text == ",")) or
           t.low in {"if", "whether", "to", "am"} for q, t in enumerate(seg) if t.is_word) or \
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
    if c2.lemma == "tell" and q + 2 < n and toks[q + 1].low in {"them", "us", "me", "him", "her"} and \
            toks[q + 2].is_word:
        return False  # "X confirmed that Y's staff told them the meeting was on": X's account of
        # what was said to X's side, not a report passed on from Y
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
_OBJECT_DETS = frozenset("""the his her its their our my your this these those another""".split())


def ce_guess(toks: list[Token], cs: int, n: int) -> int:
    """A cheap bound for a clause: the next comma, semicolon or the sentence end."""
    for k in range(cs, min(n, cs + 40)):
        if toks[k].text in ";.":
            return k
    return min(n, cs + 40)


_NEGATIONS = frozenset("""not never don't didn't doesn't won't wouldn't can't cannot couldn't
don’t didn’t doesn’t won’t wouldn’t can’t couldn’t hasn't haven't hadn't isn't wasn't hasn’t
haven’t hadn’t isn’t wasn’t""".split())


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
                return low in _PAST_ONLY or nxt not in (_PREPOSITIONS | {"as"}) - {"in", "on", "at"}
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


# simple past forms that are never participles: "sales rose by 4%" is a clause whatever follows
_PAST_ONLY = frozenset("""rose went came gave took saw knew began became ran fell grew drew wrote spoke
rode drove ate flew chose froze broke stole threw swam sang rang shook woke wore tore bore forgave
forbade""".split())
_NOT_MODIFIER_WORDS = sp._NOT_MODIFIER | frozenset({"there", "here", "who", "which"})


# cue forms that are verbs only: "the clinic says", "the bakery said" (not "the total reported
# casualties", "the crisis claimed lives": a past form after a noun may be its participle)
_PLAIN_SAY_FORMS = frozenset("said says told tells wrote writes".split())


# where a speaker said it ("told reporters aboard the ship that ..."): a phrase before the clause
_WHERE_PREPOSITIONS = frozenset("aboard outside inside near beside behind".split())
_DOC_SAYS = frozenset("said says stated states read reads".split())
_PHRASE_ADVERBS = frozenset("just still only even now never always really already simply".split())


def _unlisted_descriptor(text: str, toks: list[Token], k: int, cues: dict[str, Cue], issuing: bool = False
                         ) -> tuple[NounPhrase | None, int]:
    """"The clinic says ...", "In a statement, the bakery said ...": a descriptor the lexicon does
    not know as the subject of the cue at ``k``: a determiner opening the sentence or the clause
    after an opener, and up to four nouns and modifiers (no verb, time word or function word).
    ``issuing``: the verb at ``k`` issues a document ("the league issued a statement saying")."""
    t = toks[k]
    if not issuing and t.low not in _PLAIN_SAY_FORMS and not (t.low.endswith("s") and not t.low.endswith("ss")):
        return None, -1
    if k > 3 and toks[k - 1].text == ",":
        # "the operative, who requested anonymity because ..., said": past the relative clause
        r = next((q for q in range(k - 2, max(0, k - 30), -1) if toks[q].text == "," or toks[q].low == "who"), None)
        if r is None or toks[r].low != "who" or toks[r - 1].text != ",":
            return None, -1
        k = r - 1
    d = next((q for q in range(k - 2, max(-1, k - 6), -1) if toks[q].low in {"the", "a", "an"}), None)
    if d is None or not (d == 0 or toks[d - 1].text == "," or (d == 1 and toks[0].low in {"but", "and", "yet"})):
        return None, -1
    for q in range(d + 1, k):
        x = toks[q]
        if not x.is_word or x.low in sp._NOT_MODIFIER or x.low in _FINITE or x.low in _IRREGULAR_PAST or \
                x.low in sp.TIME_WORDS or x.low in _REL or (x.low.endswith("ed") and q > d + 1) or \
                x.low in _SINGLE_ADV or x.low in _PHRASE_ADVERBS or \
                x.low.endswith(("'s", "’s", "-old")):
            return None, -1  # ("the 78-year-old socialist": an epithet the resolver reads)
    if toks[k - 1].low.endswith(("ly", "ing", "ed")):
        return None, -1
    found = _determiner_phrase(text, toks[:k], d, cues, lambda m: m == k)
    return (found[0], d) if found is not None else (None, -1)


def _fallback_subject(f: _Field, toks: list[Token], k: int, cues: dict[str, Cue]
                      ) -> tuple[NounPhrase | None, int]:
    """Subject of a cue with no noun phrase right before it: a second verb ("X opposed the plan
    and said ...") or a subject with a modifier ("Critics from across the spectrum claimed"):
    the sentence's subject, unless a relative pronoun or comma intervenes."""
    j = k
    while j > 0 and (toks[j - 1].low in sp.SKIP_BEFORE_CUE or
                     (toks[j - 1].text[:1].islower() and sp.ly_adverb(toks[j - 1].low)
                      and len(toks[j - 1].text) > 4)):
        j -= 1
    if j > 0 and toks[j - 1].low in _REL | {"to"}:
        return None, -1
    if j > 1 and toks[j - 1].low in {"and", "but"} and toks[j - 2].text == ",":
        # '"...," Mr. Leahy said, and said the hearing should ...': the subject of the attribution
        # just before the conjunction
        q = j - 3
        if q >= 1 and _is_cue(toks[q], cues, toks[q - 1]) is not None and not toks[q].low.endswith("ing"):
            np_q, i_q = _subject_before(f.text, toks, q)
            if np_q is not None and np_q.kind in {"person", "surname", "org", "descriptor"}:
                return np_q, toks[i_q].start
    np, p0 = _sentence_subject(f, toks[0].start if toks else 0, toks[k].start, cues)
    if np is None or p0 < 0:
        return None, -1
    between = [x for x in toks if p0 <= x.start < toks[k].start]
    if any(x.low in _REL and not (  # ("dismissed that claim as silly and argued": a determiner)
            x.low == "that" and q + 2 < len(between) and between[q + 1].text.islower()
            and between[q + 2].low in {"and", "as", ",", "but"}) for q, x in enumerate(between)):
        return None, -1
    if toks[j - 1].low not in {"and", "but"} and any(x.text == "," for x in between):
        return None, -1
    return np, p0


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
    o = 0
    while o < min(cs, 3) and toks[o].low in {"but", "and", "yet", "even"}:
        o += 1
    in_subordinate = o < cs and (toks[o].low in _SUBORDINATORS or toks[o].low == "as" or _timed_subordinator(toks, o, cs))
    aside = cs >= 3 and toks[cs - 1].low.endswith("ing") and toks[cs - 2].low in _ASIDE_PREPS and toks[cs - 3].text == ","
    while k < n:
        t = toks[k]
        if in_subordinate and depth == 0 and k + 2 < n and (t.text == "," or (
                t.text in _CLOSE_MARKS and k > cs)) and (
                (toks[k + 1].low in _SUBJ_PRON and toks[k + 1].low not in {"i", "we", "you"}
                 and _main_verb_at(toks, k + 2, n)) or _subject_then_verb(toks, k + 1, n)):
            # "But even as X gave a speech, saying that she had ..., he also used ...", "Days after
            # X told reporters he makes "no apologies", the president summoned ...": the report sits
            # in the opening clause; the main clause after it is the reporter's
            return k + 1 if t.text in _CLOSE_MARKS else k
        if aside and depth == 0 and t.text == "," and k + 2 < n and toks[k + 1].text.islower() and \
                not toks[k + 1].low.endswith("ing") and (toks[k + 1].low in _IRREGULAR_PAST or (
                    toks[k + 1].low.endswith("ed") and len(toks[k + 1].low) > 4)) and \
                (toks[k + 2].low in sp.DETERMINERS or toks[k + 2].low in {"that", "him", "her", "them"}):
            # "Trump, in asking supporters to vote for X, assured the crowd that ...": the aside
            # ends where the subject's own verb comes
            return k
        if t.text in "([":
            depth += 1
        elif t.text in ")]":
            if depth == 0:
                return k  # "[Kim says he has no fear, then ...] Next story": a bracket opened before
                # the clause closes it
            depth -= 1
        elif depth == 0 and t.text in ";":
            return k
        elif depth == 0 and t.text == ":" and k + 1 < n and (toks[k + 1].text in DOUBLE_MARKS or toks[k + 1].text == ">"):
            return k  # 'indicated the US was disappointed: "While we await ...," he said': a quote
            # follows (or an embedded post: 'notes that X did flip-flop: > LIVE FACT-CHECK: ...')
        elif depth == 0 and t.text in _CLOSE_MARKS and k + 1 < n and toks[k + 1].text[:1].islower() \
                and ((toks[k + 1].low.endswith("ing") and cues.get(toks[k + 1].low) is not None)
                     or toks[k + 1].low in {"while", "but", "whereas", "although", "though"}
                     or _as_put_it_at(toks, k + 1, n)):
            return k + 1  # 'said Kowal "was a great man," adding ...': the comma sits inside the marks
        elif depth == 0 and t.low in {"and", "but"} and k > cs + 2:
            m = k + 1
            while m < n and toks[m].low in sp.SKIP_BEFORE_CUE:
                m += 1
            c = cues.get(toks[m].text) if m < n else None
            if c is not None and (c.clause or c.quote) and (not toks[m].low.endswith("ing") or (
                    m + 1 < n and toks[m + 1].low in {"to", "that"} and toks[m].low != "according")):
                # "announced the tests found X, and said ...": a second report by the subject
                # ("saying she has the courage and vowing to campaign": a second participle)
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
                if c2 is not None and (c2.clause or c2.quote) and not toks[m2].low.endswith("ing") and \
                        toks[m2].low != c2.lemma and toks[m2 - 1].low not in _BE and \
                        toks[m2 - 1].low != "to" and toks[m].low not in {"i", "we", "you"}:
                    return k - 1 if toks[k - 1].text == "," else k
            if _narration_after(toks, cs, k, n):
                # "replied they would attend and another million expressed interest": the reporter
                # goes on in another tense with a subject of its own
                return k - 1 if toks[k - 1].text == "," else k
        elif depth == 0 and (t.text in "—–" or (t.text == "-" and k + 1 < n and toks[k + 1].text == "-")) and \
                k + 3 < n and (toks[k + 1].is_cap or toks[k + 2].is_cap) and any(
                    x.text.islower() and (x.low in _IRREGULAR_PAST or (x.low.endswith("ed") and len(x.low) > 4))
                    for x in toks[k + 2:k + 5]) and not any(x.text in "—–" for x in toks[k + 1:n]):
            return k  # "suggesting the administration had not done enough -- McCain threatened to ...": a
            # new sentence after the dash
        elif depth == 0 and t.text in "—–" and k + 1 < n and toks[k + 1].text[:1].islower() and \
                toks[k + 1].low.endswith("ing") and toks[k + 1].low not in {"including", "according"} and \
                k + 2 < n and toks[k + 2].text == ",":
            return k  # "may spread like influenza — suggesting, experts noted, that ...": the reporter's addition
        elif depth == 0 and t.text == ",":
            nx = toks[k + 1] if k + 1 < n else None
            if nx is not None:
                nl = nx.low
                if nl in {"but", "although", "though", "whereas", "while"}:
                    return k
                if ((nl.endswith("ing") and nl not in {"including", "according"} and nx.text[:1].islower()
                     and not (whole and cues.get(nl) is None and nl not in _GLOSS_PARTICIPLES))
                        or (nl == "such" and k + 2 < n and toks[k + 2].low == "as"
                            and not (k + 3 < n and toks[k + 3].text in DOUBLE_MARKS))):
                    # ", meaning ...", ", such as ...": the reporter's addition (but ', such as "in
                    # certain areas"' quotes the source); after "According to X," the whole sentence is
                    # the source's account (", killing 12 people")
                    return k
                if nl == "according" or _as_put_it_at(toks, k + 1, n):
                    return k  # ", according to X", ", as X put it"
                c = cues.get(nl)
                if c and nl.endswith("ing"):
                    return k
                # ", X said." at the end: stop before the attribution
                m = k + 1
                while m < n and m < k + 8 and toks[m].is_word and not _is_cue(toks[m], cues, toks[m - 1]):
                    m += 1
                if m < n and _is_cue(toks[m], cues, toks[m - 1]) and m > k + 1 and toks[m - 1].low not in _MODALS:
                    # (not ", these events will continue.": a modal makes it the clause's own verb)
                    m2 = _skip_adverbials(toks, m + 1, n)
                    if m2 >= n or toks[m2].text in ".!?" or (
                            toks[m2].text == "," and m2 + 1 < n and toks[m2 + 1].text.islower()
                            and toks[m2 + 1].low.endswith("ing") and len(toks[m2 + 1].low) > 5):
                        return k  # (", the Post reported, citing federal authorities")
        k += 1
    # drop the final full stop
    while k > cs and toks[k - 1].text in ".!?" :
        k -= 1
    return k


_ASIDE_PREPS = frozenset({"in", "by", "while", "after", "before", "when", "upon"})
_TIME_MEASURES = frozenset("""seconds minutes hours days weeks months years moments decades shortly soon
just long only mere two three four five six several few a""".split())


def _timed_subordinator(toks: list[Token], o: int, cs: int) -> bool:
    """Does the sentence open with a time measure and a subordinator ("Days after", "Shortly
    before", "Just two weeks after") before the clause at ``cs``?"""
    m = o
    while m < min(cs, o + 4) and toks[m].low in _TIME_MEASURES:
        m += 1
    return o < m < cs and toks[m].low in {"after", "before", "since", "until", "when"}


def _subject_then_verb(toks: list[Token], m: int, n: int) -> bool:
    """A main clause at ``m``: a subject noun phrase (a determiner and nouns, or a name) and a
    finite verb in the past ("the president summoned", "Kim said")."""
    if m >= n or not (toks[m].low in {"the", "a", "an", "his", "her", "their", "its"} or toks[m].is_cap):
        return False
    i, j = sp.np_span_after(toks, m)
    if i != m or j <= i or j >= n or j - i > 5:
        return False
    v = toks[j]
    return v.text.islower() and (v.low in _IRREGULAR_PAST or (v.low.endswith("ed") and len(v.low) > 4)
                                 or v.low in {"was", "were", "has", "had", "is", "are", "will"})


def _main_verb_at(toks: list[Token], m: int, n: int) -> bool:
    """A finite verb at ``m`` (after an adverb such as "also"): past, an auxiliary or a modal."""
    while m < n and toks[m].text.islower() and (toks[m].low in sp.SKIP_BEFORE_CUE or toks[m].low.endswith("ly")):
        m += 1
    return m < n and toks[m].text.islower() and (
        toks[m].low in _FINITE or toks[m].low in _MODALS or toks[m].low in _IRREGULAR_PAST
        or toks[m].low.endswith("ed") or _verb_forms().get(toks[m].low) in {"VBD", "VBZ"})


_BACKSHIFT = frozenset("""would could might should had""".split())


def _narration_after(toks: list[Token], cs: int, k: int, n: int) -> bool:
    """After ``and`` at ``k``: does a new clause with its own subject and a plain past or present
    perfect verb follow a reported clause in the backshifted ``would``/``had`` form? (Or a plain
    past verb with no subject after a modal: "predicted turnout would be strong and laced into
    Tran": the reporting subject's second verb, which "would" cannot take; not after a participle,
    "would be closed and demolished".)"""
    m = k + 1
    if m >= n or not toks[m].is_word:
        return False
    if toks[m].text.islower() and toks[m].low.endswith("ed") and len(toks[m].low) > 3 and m + 1 < n and \
            toks[m + 1].low in {"the", "a", "an", "his", "her", "their", "its"} and \
            any(x.low in {"is", "are", "has", "have", "does", "do"} for x in toks[cs:k]) and \
            not any(x.low in _BACKSHIFT or x.low in {"was", "were", "had", "did"} or (
                x.text.islower() and x.low.endswith("ed") and x.low != "estimated") for x in toks[cs + 1:k]):
        # "claimed that the Act is estimated to put $2,617 in a family's pocket and used an anecdote
        # to ...": a past verb after a clause in the present is the reporting subject's next verb
        return True
    if not any(x.low in _BACKSHIFT for x in toks[cs:k]):
        return False
    md = max((q for q in range(cs, k) if toks[q].low in _MODALS and toks[q].low != "had"), default=None)
    if md is not None and not any(x.text.islower() and (x.low.endswith("ed") or x.low in _IRREGULAR_PAST)
                                  for x in toks[md + 1:k]) and toks[m].text.islower() and \
            toks[m].low not in _BACKSHIFT and m + 1 < n and toks[m + 1].is_word and (
            toks[m].low in _IRREGULAR_PAST - {"been", "done", "gone", "seen", "known", "given", "taken"}
            or (toks[m].low.endswith("ed") and len(toks[m].low) > 4 and toks[m + 1].low in _PREPOSITIONS | {
                "the", "a", "an", "his", "her", "their", "its", "to", "into", "out", "up", "back"})):
        return True
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


def _tail_follows(toks: list[Token], m: int, n: int, cues: dict[str, Cue]) -> bool:
    """Does the rest of the sentence from ``m`` end with its own attribution ", X said."?"""
    end = n
    while end > m and toks[end - 1].text in ".!?":
        end -= 1
    return end - m >= 4 and _is_cue(toks[end - 1], cues, toks[end - 2]) is not None and \
        any(x.text == "," for x in toks[max(m, end - 6):end - 1])


def _tail_clause(f: _Field, toks: list[Token], k: int, np: NounPhrase, cue: str, pos: int, pi: int,
                 cues: dict[str, Cue]) -> list[Item]:
    """``CLAUSE, X said.``: the clause is the sentence before the comma that precedes X."""
    # find the comma before the subject
    j = k - 1
    if np.start < toks[j].start and toks[max(0, k - 15)].start < np.start:
        while j >= 0 and toks[j].start >= np.start:
            j -= 1  # past the subject and its appositives ("..., Ada Kim, the mayor, said.")
    while j >= 0 and toks[j].start >= np.start - 1 and toks[j].text != ",":
        j -= 1
    m = j
    while m > j - 5 and m >= 1 and toks[m].is_word and toks[m].text[:1].islower() and \
            (toks[m].low not in sp._FUNCTION_WORDS | {"as"} or toks[m].low in {"the", "a", "an"}):
        m -= 1
    if m < j and toks[m].text in _CLOSE_MARKS and f.text[toks[m].start - 1:toks[m].start] == ",":
        j = m  # '"...," campaign spokesman Bo Tran said': role words before the name
    if j >= 1 and toks[j].text in _CLOSE_MARKS and f.text[toks[j].start - 1:toks[j].start] == ",":
        j += 1  # 'prohibits "any intervention," a spokesperson stated': the comma is inside the marks
    else:
        while j >= 0 and toks[j].text != ",":
            j -= 1
    if j > 3 and toks[j].text == ",":
        j2 = next((q for q in range(j - 1, max(0, j - 8), -1) if not toks[q].is_word), None)
        if j2 is not None and toks[j2].text == "," and j2 + 2 < j and \
                (toks[j2 + 1].low in {"the", "a", "an"} or toks[j2 + 1].low.endswith(("'s", "’s"))) and \
                sp.is_role_word(toks[j - 1].low) and not _has_verb(toks[j2 + 1:j]):
            j = j2  # '..., the department's captain, Tyson Budge, said': the role before the name
    if j <= 1:
        return []
    if np.kind == "pronoun" and any(x.is_word and x.start < np.start and not x.low.endswith("ly")
                                    for x in toks[j + 1:k]):
        return []  # "..., charges he denied.": a relative clause on a noun, not ", he denied."
    b0 = 0
    for q in range(j - 3, 0, -1):
        if toks[q + 1].text == "," and toks[q + 2].low in {"and", "but"} and _is_cue(toks[q], cues, toks[q - 1]):
            b0 = q + 3  # 'X heard coughs, Kim said, and a team flew in, Kim said.': the second report
            break
    if j - b0 <= 1:
        return []
    body = toks[b0:j]
    # not after a quote (that is a quote's attribution) and no other cue in the clause
    last = body[-1]
    if last.text in DOUBLE_MARKS:
        # a quote's attribution, unless the quote only ends a clause of the reporter's words
        # ('The charter prohibits "any intervention," a spokesperson stated.')
        op = max((q for q, x in enumerate(body[:-1]) if x.text in DOUBLE_MARKS), default=-1)
        lead = [x for x in body[:max(op, 0)] if x.is_word]
        if op < 0 or len(lead) < 3 or not (_has_verb(lead) or any(x.low in _IRREGULAR_PAST for x in lead)):
            return []
        if op > 0 and (body[op - 1].text == ":" or (
                set(body[op - 1].text) <= {"x"} and f.text[body[op].end:body[op].end + 1].isupper())):
            return []  # 'X stepped up her attacks: "...," she said': a colon opens direct speech (or a
            # quote whose closing mark was left out: 'of "empty promises "Kim has ...," Bo Tran said')
        if lead[0].low in _SUBORDINATORS | {"as"} and op > 0 and body[op - 1].text == ",":
            return []  # 'When she was cast, "I was speechless," she told an audience': the quote is the main clause
    tc = _is_cue(toks[k], cues, toks[k - 1])
    nested = np.kind in {"org", "descriptor"} and tc is not None and tc.lemma in {"report", "say"} and \
        not toks[k].low.startswith("say") and last.text not in DOUBLE_MARKS
    outer = False
    for q, t in enumerate(body):
        c = _is_cue(t, cues, None)
        if c and c.clause and not t.low.endswith("ing") and not (q > 0 and body[q - 1].low in _OBJECT_DETS | {"a", "an"}) \
                and not (q > 0 and body[q - 1].low in _NOT_DONE_MODALS | {"would"}):
            if nested and q > 0 and not t.is_cap:
                outer = True
                continue  # 'Bo Tran told the media that ..., NBC News reported.': the outlet reports
                # the whole sentence, the report inside it included
            return []  # (but 'The estimated cost is ...': a participle used as an adjective; 'X will
            # announce that ..., an official told the Post': a speech act to come is what is reported)
        if t.low == "according":
            return []
    if body[0].text in DOUBLE_MARKS:
        return []
    if not (_has_verb(body) or any(x.low in _IRREGULAR_PAST or x.low in _MODALS for x in body)):
        return []  # "At that point, Cuomo said.": a phrase, not a clause
    cs = _clause_start(toks, b0, j, cues)
    if b0 == 0:
        cs = max(cs, _dateline_end(toks))  # ("WASHINGTON -- X will ..., an official said": no dateline)
    it = _make_indirect(f, toks, cs, j, np, cue, pos, pi)
    if it is not None and outer:
        it.outer = True  # (the report inside it stays a row of its own)
    return [it] if it else []


_UNIT_SIGNS = "%‰°"  # "sales rose by 4%": a sign that belongs to its number, not punctuation


_CHARGE_FOR = frozenset("""criticise fault blame scold chide rebuke berate lambaste slam condemn
denounce praise thank""".split())


def _charge_for(toks: list[Token], k: int, n: int) -> int | None:
    """Index of "for" in "faulted Mr. Kim for not filling ...": a short object, then "for" and a
    gerund (with "not" between); None when the verb has no such charge."""
    m = next((q for q in range(k + 2, min(n, k + 8)) if toks[q].low == "for" or not toks[q].is_word
              and not (toks[q].text == "." and toks[q - 1].low in sp.ABBREV)), None)  # ("Mr. Kim")
    if m is None or toks[m].low != "for" or m + 1 >= n:
        return None
    g = m + 2 if toks[m + 1].low == "not" else m + 1
    if g < n and toks[g].low.endswith("ing") and toks[g].text.islower() and len(toks[g].low) > 4 and \
            not any(x.low in _REL or x.low in _FINITE for x in toks[k + 1:m]):
        return m
    return None


def _quoted_subject_opens(text: str, toks: list[Token], cs: int, n: int) -> bool:
    """Does a short quoted phrase open the clause at ``cs`` and the clause go on after it ('said
    "the vast majority" of employees are dedicated')?"""
    if toks[cs].text not in DOUBLE_MARKS:
        return False
    close = next((q for q in range(cs + 1, min(n, cs + 6)) if toks[q].text in DOUBLE_MARKS), None)
    if close is None or close < cs + 3 or close + 2 >= n or not all(x.is_word for x in toks[cs + 1:close]):
        return False  # (a short phrase with no punctuation of its own: a noun phrase, not an utterance)
    after = toks[close + 1]
    return text[toks[cs + 1].start:toks[cs + 1].end].lower() in _NP_OPENERS and after.is_word and after.text.islower() and (
        after.low == "of" or after.low in _FINITE or after.low in _MODALS)


_NP_OPENERS = frozenset("the a an most many some all no few his her their its every".split())


def _split_number(t: Token) -> bool:
    """A number with an inner comma or point ("6,000", "5.8"): one token, two figures."""
    return t.text[:1].isdigit() and any(c in ",." for c in t.text)


def _too_short(toks: list[Token], cs: int, ce: int) -> bool:
    """A clause of fewer than two tokens reports nothing, except a number with its point or
    comma ("USGS reported 5.8.")."""
    return ce - cs < 2 and not (ce - cs == 1 and _split_number(toks[cs]))


def _make_indirect(f: _Field, toks: list[Token], cs: int, ce: int, np: NounPhrase, cue: str,
                   pos: int, pi: int, infinitive: bool = False) -> Item | None:
    while ce > cs and (not toks[ce - 1].is_word and toks[ce - 1].text not in DOUBLE_MARKS + ")]" + _UNIT_SIGNS
                       or toks[ce - 1].low in {"or", "and", "but"}):
        ce -= 1  # (and a conjunction left before an aside: "... a relationship — or, as he put it, ...")
    if _too_short(toks, cs, ce):
        return None
    s, e = toks[cs].start, toks[ce - 1].end
    if "\n" in f.text[s:e]:
        # a line break inside a paragraph ends the sentence's words ("... the war in Afghanistan:"
        # then an embedded post on a line of its own)
        ce = next(q for q in range(cs, ce) if "\n" in f.text[s:toks[q].end])
        while ce > cs and not toks[ce - 1].is_word:
            ce -= 1
        if _too_short(toks, cs, ce):
            return None
        e = toks[ce - 1].end
    # a clause that is all quotation is a direct quote, not reported speech
    if f.text[s] in DOUBLE_MARKS and not _quoted_subject_opens(f.text, toks, cs, ce):
        return None
    seg = toks[cs:ce]
    if seg[0].low in {"before", "after", "while", "since", "when"} and len(seg) > 1 and \
            seg[1].text.islower() and seg[1].low.endswith("ing") and not any(x.text == "," for x in seg):
        return None  # 'Mr. Paul said, before instructing Ms. Guthrie ...': a participle phrase, no clause
    if seg[0].low in {"when", "while", "after", "before", "as", "since"} and len(seg) > 2 and (
            seg[1].low in {"asked", "questioned", "pressed", "told"} or (
                (seg[1].low in _SUBJ_PRON or seg[1].is_cap) and _is_cue(seg[2], load_cues(), seg[1]) is not None)):
        return None  # "agreed when asked whether ...", "added to that anger when he said that ...": the
        # time of another speech act, not what was reported
    if seg[0].low == "to" and len(seg) > 1 and not seg[1].low.endswith("ing") and not infinitive:
        return None  # "Responding to X's complaints ...", "replied to the letter": an object, not a clause
    if seg[0].low.endswith("ing") and len(seg) > 1 and seg[1].low in {"to", "about", "on", "at", "with"}:
        return None  # "Responding to X's complaints ..., Ada Kim wrote": a participle phrase, no clause
    if seg[0].low in {"alongside", "beside", "besides"}:
        return None  # '"...," Kim tweeted alongside a picture of a sword gifted to her': no clause
    if seg[0].low in _PREPOSITIONS | {"during", "after", "before", "amid"} and not (
            _has_verb(seg) or any(x.low in _IRREGULAR_PAST or x.low in _MODALS or x.text in DOUBLE_MARKS
                                  for x in seg)) and not (  # (a quote's words are masked: its verb is not seen)
            seg[0].low in {"about", "over", "around", "under"} and len(seg) > 2 and (
                seg[1].text[:1].isdigit() or seg[1].low in _NUMBER_WORDS)):  # ("about 6 million people live")
        return None  # '"...," Kim told the delegates during remarks by the candidates': no clause
    words = sum(1 + _split_number(t) for t in seg if t.is_word and not set(t.text) <= {"x"})
    if words == 1 and seg[0].is_word and len(seg) > 2 and seg[1].text in DOUBLE_MARKS \
            and (seg[-1].text in _CLOSE_MARKS or (  # (or a quote left open to the sentence's end)
                set(seg[-1].text) <= {"x"} and not any(x.text in _CLOSE_MARKS for x in seg[2:]))) and (seg[0].is_cap or seg[0].low in _SUBJ_PRON
                                                  or _quoted_predicate(f, toks, cs + 1, ce)):
        # 'said Kowal "was a great man,"', 'said she "can hardly wait."', 'added authorities "are
        # still waiting"': a subject and a partial quote as its predicate
        words = 2
    if words < 2:
        return None
    if re.fullmatch(r"(?i)you(?:['’](?:ve|d|ll|re))?", np.name):
        return None  # "You've said that ...": an interviewer's question, not a report
    return Item(f.name, s, e, "indirect", np=np, cue=cue, pos=pos, para=pi)


_WORD_AT_RE = re.compile(r"[\w'’-]+")
