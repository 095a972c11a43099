"""Attribution: who says a quote, read from the words around it.

``"...," X said``, ``said X, ROLE``, ``X said: "..."``, ``according to X``, a cue anywhere in the
sentence for a partial quote, cited and issued documents, verdicts of courts and panels, and
the subject of a sentence (appositives, ``PERSON of BODY``, possessive descriptors, ``the
latter``). :func:`_attribute_quote` gives one quote span its speaker's noun phrase and cue; the
subject-finding helpers here are shared with :mod:`analysis.reported_speech`. Part of the quote
extractor (:mod:`analysis.quotes`); speaker names are resolved across the article afterwards by
:mod:`analysis.speaker_resolution`.
"""
from __future__ import annotations

import re

from analysis import speakers as sp
from analysis.speakers import NounPhrase, Token, tokenize
from analysis.cue_words import (
    Cue, _BE, _FINITE, _IRREGULAR_PAST, _MONTHS, _NUMBER_WORDS, _REL, _SUBJ_PRON, _VERDICT_VERBS, _is_cue,
    load_cues,
)
from analysis.quote_marks import DOUBLE_MARKS, Item, Span, _Field, _title_case
WINDOW = 320  # characters of context looked at around a quote (keeps the work linear)
_OBJ_WORDS = frozenset("""him her them us me you reporters journalists press media audience crowd show
program programme podcast
supporters listeners viewers parliament congress lawmakers public nation country court jury
court delegates students workers paper newspaper magazine broadcaster outlet station network
committee panel inquiry hearing council board group team police officers investigators
detectives authorities officials prosecutors staff colleagues friends relatives voters residents
jurors""".split())


_ADVERBIAL_HEADS = frozenset({"on", "in", "at", "via", "during", "through", "over", "late",
                              "early", "earlier", "later", "last", "this", "to", "from", "before",
                              "after"})


_ADV_NOUNS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday
tonight morning afternoon evening night week month year weekend statement interview tweet
twitter facebook instagram post letter speech conference release message email e-mail video
broadcast radio television tv program programme show address briefing hearing session
meeting rally event occasion occasions call phone telephone website blog podcast reporters journalists
filing filings court letter documents document report submission
press media supporters crowd audience lawmakers""".split())


_SINGLE_ADV = frozenset("""today yesterday tonight also later earlier again previously then
recently publicly privately separately repeatedly reportedly further once monday tuesday
wednesday thursday friday saturday sunday""".split())


_GO_ON = frozenset("""went go goes going gone proceeded proceeds""".split())


_CITE_VERBS = frozenset("""cited cites citing quoted quotes quoting""".split())


def _cited_as(text: str, toks: list[Token], k: int) -> NounPhrase | None:
    """The source in ``cited X as saying`` / ``quoted X as saying``: the noun phrase between the
    citing verb and ``as`` before the participle at ``k``; in the passive (``X was quoted in the
    Guardian as saying``), the subject of ``was``."""
    if k < 3 or toks[k - 1].low != "as":
        return None
    w = next((q for q in range(k - 2, max(0, k - 12), -1) if toks[q].low in {"quoted", "cited"}
              and toks[q - 1].low in {"was", "were", "is", "been"}), None)
    if w is not None and all(x.is_word or x.text in "'’" for x in toks[w + 1:k - 1]):
        np, _ = _subject_before(text, toks, w - 1)  # 'Correa was quoted in the Guardian as saying'
        return np if np is not None and np.kind != "pronoun" else None
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
    return _plans_to(toks, k)


_PLAN_VERBS = frozenset("plans planned intends intended prepares".split())
_SCHEDULED = frozenset("expected set scheduled slated due".split())


def _plans_to(toks: list[Token], k: int) -> int | None:
    """Index of the verb in "plans to tell", "is expected to say" before the cue at ``k``: a
    prepared statement to come, whose released words are quoted (not a report of it)."""
    if k >= 2 and toks[k - 1].low == "to":
        if toks[k - 2].low in _PLAN_VERBS:
            return k - 2
        if k >= 3 and toks[k - 2].low in _SCHEDULED and toks[k - 3].low in _BE:
            return k - 3
    return None


_TIME_ADV = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday
morning afternoon evening night week weekend month year day""".split())


_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})


def _skip_adverbials(toks: list[Token], k: int, limit: int) -> int:
    """Index after time/medium adverbials that follow a cue (``on Friday``, ``in a statement``)."""
    while k < limit:
        t = toks[k]
        low = t.low
        if low == "," and k + 1 < limit and toks[k + 1].low in _ADVERBIAL_HEADS | _SINGLE_ADV:
            k += 1
            continue
        if low == "once" and k + 1 < limit and toks[k + 1].is_word and toks[k + 1].low not in {"again", "more"}:
            break  # "said once in office she would ...": the conjunction opens the clause
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
            while j < limit and j <= k + 6 and toks[j].is_word and toks[j].low != "that":
                # (not past "that": "said in a letter to staff that profits fell 12 per cent"
                # has its clause's number, not a time, after it)
                if toks[j].low in _ADV_NOUNS or (toks[j].low in _MONTHS and toks[j].is_cap) \
                        or toks[j].text.isdigit():
                    hit = j
                    break  # the first time or medium word ends the phrase
                j += 1
            if hit < 0 or any(toks[x].low in _FINITE for x in range(k + 1, hit)):
                break  # ("estimated this would take 24 hours": a clause, not a time phrase)
            k = hit + 1
            while k < limit and toks[k].low in _ADV_NOUNS and toks[hit].low not in _TIME_ADV:
                k += 1  # "in a telephone interview", "at a news conference": a compound medium
            while k < limit and (toks[k].text.isdigit() or (toks[k].low in _MONTHS and toks[k].is_cap)):
                k += 1
            if k < limit and toks[k].low in _DAY_PARTS and toks[hit].low in _TIME_ADV:
                k += 1  # "announced on Sunday morning they were ..."
            if k + 1 < limit and toks[k].low in {"with", "to", "for", "on", "from"} and toks[hit].low not in _TIME_ADV \
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
    share = _share_subject(text, toks, k, lo)
    if share is not None:
        return share
    np, i = _subject_core(text, toks, k, lo)
    if np is not None and np.kind != "pronoun":
        near = _source_close_to(text, toks, i, np.end, lo)
        if near is not None:
            return near
    if np is None:
        near = _source_familiar_with(text, toks, k, lo)
        if near is not None:
            return near
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
    if np is not None and np.kind == "descriptor" and toks[k].low.endswith("ing") and \
            np.name.split()[-1].lower() in _DOCUMENTS and i - 1 > lo and toks[i - 1].low in _ISSUE_VERBS:
        # "X issued a statement calling Y "...": the issuer, whose statement says it
        issuer, i2 = _subject_before(text, toks, i - 1, lo)
        if issuer is not None:
            return issuer, i2
    if np is None or np.kind in {"org", "descriptor"}:
        alt = _person_of_body(text, toks, k, lo)
        if alt is not None:
            return alt
        if np is None:
            alt = _possessive_descriptor(text, toks, k, lo)
            if alt is not None:
                return alt
    if np is None and k - 3 >= lo:
        # "a large study published Wednesday suggests": the work, past its participle and time
        j = k
        while j - 1 > lo and (toks[j - 1].low in sp.TIME_WORDS or toks[j - 1].low in {"on", "this", "last", "week",
                                                                                     "month", "year", "online"}):
            j -= 1
        if j < k and j - 1 > lo and toks[j - 1].low in _SIGNED_VERBS | {"conducted", "carried", "presented"}:
            work, w0 = _subject_before(text, toks, j - 1, lo)
            if work is not None and work.kind == "descriptor" and \
                    work.name.split()[-1].lower() in _WORKS | _DOCUMENTS:
                return work, w0
    if np is None and k - lo > 4 and toks[k - 1].text == ",":
        marks = [q for q in range(max(lo, k - 40), k) if toks[q].text in DOUBLE_MARKS]
        if len(marks) == 2 and toks[marks[0] - 1].is_word and toks[marks[1] + 1].is_word:
            # 'Ada Kim, the former governor hammered as "low energy" by Tran, said': a quoted
            # phrase inside the appositive reads as its words
            keep = [q for q in range(len(toks)) if q not in marks]
            np2, i2 = _subject_before(text, [toks[q] for q in keep], k - 2, min(lo, len(keep)))
            if np2 is not None and i2 < len(keep) and keep[i2] == lo:
                return np2, keep[i2]  # (the subject that opens the sentence, not a name in the aside)
    return np, i


_OWN_STATEMENT_RE = re.compile(r"(?<![\w'’])((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*?)['’]s\s+(?:[a-z]+\s+){0,2}"
                               r"(statement|remarks|response|reply|message|letter|tweet|post|note|comments)\s*:\s*$")


# labels of a link line glued into a scraped article ("SEE ALSO: ...", "READ MORE:")
LINK_LABELS = ("SEE ALSO", "READ MORE", "RELATED", "MORE FROM", "ALSO READ")
_LINK_LABELS = frozenset(LINK_LABELS) | {"WATCH", "ADVERTISEMENT"}  # (none of them a speaker)


def _share_subject(text: str, toks: list[Token], k: int, lo: int) -> tuple[NounPhrase, int] | None:
    """"20 percent said", "55% of respondents said", "Forty percent of voters said": a share of
    people (a number, "percent" or "%", and what it is of) is the subject of the verb at ``k``."""
    j = k
    while j > lo and toks[j - 1].low in sp.SKIP_BEFORE_CUE:
        j -= 1
    q = next((x for x in range(j - 1, max(lo, j - 8) - 1, -1) if toks[x].low in {"percent", "%"}), None)
    if q is None or q - 1 < lo:
        return None
    num = toks[q - 1]
    if not (num.text[:1].isdigit() or num.low in _NUMBER_WORDS or num.low.split("-")[-1] in _NUMBER_WORDS):
        return None
    rest = toks[q + 1:j]
    if rest and (rest[0].low != "of" or len(rest) > 6 or not all(x.is_word for x in rest)
                 or _has_verb(rest[1:]) or any(x.low in _FINITE for x in rest)):
        return None
    s0 = q - 1
    while s0 - 1 >= lo and toks[s0 - 1].low in {"about", "nearly", "some", "only", "just", "roughly", "almost",
                                                 "over", "more", "than"}:
        s0 -= 1
    return sp.NounPhrase(text[toks[s0].start:toks[j - 1].end], "", "descriptor", toks[s0].start,
                         toks[j - 1].end), s0


_LISTENER_LINKS = frozenset("affiliate station anchor host reporter correspondent columnist program show".split())
_CLOSE_TO = frozenset("close familiar touch near connected linked loyal".split())
# words that end what a source is close to ("a person familiar with the matter on Tuesday")
_CLOSE_TO_END = frozenset("of on in at as who that which and but said says told added".split())
_KNOWLEDGE_ADJ = frozenset("direct firsthand first-hand detailed personal intimate".split())
_SOURCE_HEADS = frozenset("""source sources person people official officials aide aides friend friends
insider insiders ally allies adviser advisers advisor advisors associate associates someone
lawmaker lawmakers member members staffer staffers diplomat diplomats""".split())


def _source_close_to(text: str, toks: list[Token], i: int, end: int, lo: int) -> tuple[NounPhrase, int] | None:
    """"A source close to the Varga family said", "the person in touch with Kim's family says":
    the unnamed source, not the people it is close to (``i`` opens the phrase after "to"/"with");
    also "an official with (direct) knowledge of the talks" (``i`` after "of")."""
    if i - 3 >= lo and toks[i - 1].low == "of" and toks[i - 2].low == "knowledge":
        h = i - 3
        if toks[h].low in _KNOWLEDGE_ADJ and h - 1 >= lo:
            h -= 1
        if toks[h].low != "with":
            return None
        h -= 1
    elif i - 3 < lo or toks[i - 1].low not in {"to", "with"} or toks[i - 2].low not in _CLOSE_TO:
        return None
    else:
        h = i - 3
    if toks[i - 2].low == "touch" and toks[h].low == "in":
        h -= 1
    if h < lo or toks[h].low not in _SOURCE_HEADS:
        return None
    s0 = h
    while s0 - 1 >= lo and (toks[s0 - 1].low in sp.DETERMINERS or toks[s0 - 1].low in _NUMBER_WORDS
                            or toks[s0 - 1].low in {"senior", "former", "one", "another"}):
        s0 -= 1
    return sp.NounPhrase(text[toks[s0].start:end], "", "descriptor", toks[s0].start, end), s0


def _source_familiar_with(text: str, toks: list[Token], k: int, lo: int) -> tuple[NounPhrase, int] | None:
    """"A person familiar with the matter said", also with an aside before the verb ("..., who
    spoke on condition of anonymity, said"): the unnamed source, when what it is familiar with
    is no noun phrase the parsers take for a speaker ("the matter", "the talks")."""
    end = k
    if end - 1 >= lo and toks[end - 1].text == ",":
        c = next((q for q in range(end - 2, max(lo, end - 40) - 1, -1) if toks[q].text == ","), None)
        if c is None or toks[c + 1].low not in {"who", "which"}:
            return None
        end = c
    for w in range(end - 1, max(lo, end - 8) - 1, -1):
        if not toks[w].is_word:
            return None
        if (toks[w].low in {"to", "with"} or (toks[w].low == "of" and toks[w - 1].low == "knowledge")) \
                and w + 1 < end:
            return _source_close_to(text, toks, w + 1, toks[end - 1].end, lo)
    return None


def _past_participle(t: Token) -> bool:
    """A lower-case past participle: "hammered", "described", "seen"."""
    return t.text.islower() and (t.low in _IRREGULAR_PAST or (t.low.endswith("ed") and len(t.low) > 4))


def _participle_aside_subject(text: str, toks: list[Token], j: int, lo: int) -> tuple[NounPhrase, int] | None:
    """A named person opening the sentence, then an aside that opens with a participle and runs
    over several commas up to the verb at ``j`` ("Kim, speaking before the Order of Police, the
    largest union in the state, in Nashville, announced"): that person, not the last noun."""
    si, sj = sp.np_span_after(toks, lo)
    if si != lo or sj <= si or sj + 1 >= j - 1 or toks[sj].text != ",":
        return None
    p = toks[sj + 1]
    if not (p.text.islower() and p.low.endswith("ing") and len(p.low) > 5) or p.low in {"including", "according"}:
        return None
    seg = toks[sj + 1:j - 1]
    if _has_verb(seg) or any(x.text in DOUBLE_MARKS or x.text in ";:" for x in seg):
        return None
    np = sp.parse_np(text, toks[si:sj])
    return (np, si) if np is not None and np.kind in {"person", "surname"} else None


def _person_before_place_phrase(text: str, toks: list[Token], r: int, lo: int) -> tuple[NounPhrase, int] | None:
    """A named person right before a short phrase of place or medium that ends at the comma
    ``r`` ("Lena Marsh live on television", "Ada Kim at the airport"): that person and where
    the name starts, for the relative pronoun after the comma."""
    p = next((q for q in range(r - 1, max(lo, r - 5) - 1, -1) if toks[q].low in _PLACE_PREPOSITIONS), None)
    if p is None or p <= lo or not all(x.is_word and x.text.islower() for x in toks[p + 1:r]):
        return None
    e = p - 1 if toks[p - 1].low == "live" else p
    pi0, pj0 = sp.np_span_before(toks, e)
    if pj0 != e or pj0 <= pi0:
        return None
    np = sp.parse_np(text, toks[pi0:pj0])
    return (np, pi0) if np is not None and np.kind == "person" else None


def _party_appositive_owner(text: str, toks: list[Token], np: NounPhrase | None, i0: int, lo: int
                            ) -> tuple[NounPhrase, int] | None:
    """``Senator Bo Tran, Democrat of New York,``: the parser reads "Democrat of New York" as a
    person "New York"; the person is the one named before its comma (None if not so)."""
    if np is None or np.kind != "person" or np.role.lower() not in _PARTY_OF or i0 - 1 <= lo or \
            toks[i0 - 1].text != ",":
        return None
    pi0, pj0 = sp.np_span_before(toks, i0 - 1)
    person = sp.parse_np(text, toks[pi0:pj0]) if pj0 == i0 - 1 and pj0 > pi0 >= lo else None
    if person is None or person.kind not in {"person", "surname"}:
        return None
    person.roles.append(f"{np.role} {np.name}")
    return person, pi0


_PARTY_OF = frozenset({"democrat of", "republican of", "independent of"})
_PLACE_PREPOSITIONS = frozenset({"on", "at", "in", "from", "during", "outside", "inside"})
_LATTER = frozenset({"latter", "former"})
_NAME_GLUE = frozenset({"of", "for", "and", "the", "&", "on", "de"})


def _latter_subject(text: str, toks: list[Token], k: int, lo: int) -> tuple[NounPhrase, int] | None:
    """'the latter (yesterday) confirming' right before the verb at ``k``: its referent and index."""
    j = k
    if j - 2 < lo:
        return None
    while j > lo and (toks[j - 1].low in sp.SKIP_BEFORE_CUE or toks[j - 1].low in _TIME_ADV):
        j -= 1
    if j - 4 >= lo and toks[j - 1].low in {"whom", "which"} and toks[j - 2].low == "of" and \
            toks[j - 3].low in _LATTER:
        j -= 2  # "..., the latter of whom remarked:": the latter
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
    while e < k and (toks[e].is_cap or ((toks[e].low in _NAME_GLUE - {"and"} or sp.is_role_word(toks[e].low)
                                          or toks[e].low in sp.MODIFIERS)
                                         and any(toks[x].is_cap for x in range(e + 1, min(k, e + 3))))):
        e += 1  # ("and Brexit secretary David Davis, the latter ...": role words between the names)
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
    """``PERSON of (the) BODY (ACR), an appositive, said`` (or ``from the pro-Beijing camp``):
    the person before ``of``/``from`` speaks; that stretch is their role. Only when it holds no
    verb of its own."""
    j = _skip_to_verb(toks, k, lo)
    if j - lo < 3 or j - lo > 30:
        return None
    p = next((q for q in range(lo + 1, j - 1) if toks[q].low in {"of", "from"}), None)
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
    if (s0 != lo and toks[s0 - 1].text != ":") or _has_verb(toks[m:j]):
        return None  # (at the sentence's start, or a headline's after its colon)
    name = _join_toks(text, toks[s0:j])
    return sp.NounPhrase(name, "", "descriptor", toks[s0].start, toks[j - 1].end), s0


_HEDGES = frozenset("""seemingly apparently presumably reportedly allegedly probably possibly perhaps
likely purportedly supposedly""".split())


def _subject_core(text: str, toks: list[Token], k: int, lo: int = 0) -> tuple[NounPhrase | None, int]:
    j = k
    if j - 3 > lo and toks[j - 1].low in _DAY_PARTS and toks[j - 2].low in _TIME_ADV and toks[j - 2].is_cap and \
            toks[j - 3].low in {"on", "last", "this"} and (toks[j - 4].is_word or toks[j - 4].text == ","):
        j -= 3  # "Obama aide David Axelrod on Tuesday morning tweeted"
    elif j - 2 > lo and toks[j - 1].low in _TIME_ADV and toks[j - 1].is_cap and toks[j - 2].low in {"on", "last", "this"} \
            and (toks[j - 3].is_word or toks[j - 3].text == ","):
        j -= 2  # "State media on Saturday reported": the time phrase is not the subject
    while j > lo and (toks[j - 1].low in sp.SKIP_BEFORE_CUE or (
            toks[j - 1].text[:1].islower() and sp.ly_adverb(toks[j - 1].low) and len(toks[j - 1].text) > 4)):
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
        if toks[j - 1].low == "who" and np is not None and np.kind == "descriptor" and \
                np.name.split()[-1].lower() in _NOUN_FORMS | _DOCUMENTS:
            fr = next((q for q in range(r - 1, max(lo, r - 6), -1) if toks[q].low in {"from", "by", "of"}), None)
            if fr is not None and fr + 1 < r:
                np2 = sp.parse_np(text, toks[fr + 1:r])
                if np2 is not None and np2.kind != "pronoun":
                    # "reports from witnesses who say ...": the people who say, not the reports
                    return np2, fr + 1
        if toks[j - 1].low == "which" and np is not None and np.kind in {"person", "surname", "pronoun"}:
            # "the letter that the president wrote to Comey, which said ...": a document, never the
            # person named last, is what "which" stands for
            d = next((q for q in range(i0 - 1, max(lo, i0 - 12) - 1, -1) if toks[q].low in _DOCUMENTS), None)
            if d is None:
                return None, j
            di, dj = sp.np_span_before(toks, d + 1)
            doc = sp.parse_np(text, toks[di:dj]) if dj == d + 1 and dj > di >= lo else None
            return (doc, di) if doc is not None else (None, j)
        owner = _party_appositive_owner(text, toks, np, i0, lo) if toks[r].text == "," else None
        if owner is not None:
            return owner  # "Senator Bo Tran, Democrat of New York, who ...": the senator, not the state
        if (np is None or np.kind == "descriptor") and toks[j - 1].low == "who" and toks[r].text == ",":
            held = _person_before_place_phrase(text, toks, r, lo)
            if held is not None:
                return held  # "announced by Lena Marsh live on television, who said": Marsh
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
        elif np is not None and np.kind == "descriptor" and i0 - 1 > lo and toks[i0 - 1].text == ",":
            # "Ada Kim, a popular host who says ...": the appositive before a restrictive relative
            named = _named_before_appositive(text, toks, i0, r, lo)
            if named is not None:
                return named
        return np, i0
    if j > lo and toks[j - 1].low in {"and", "but"}:
        return None, j  # a second verb of the same subject: the caller takes the sentence subject
    held = _participle_holder(text, toks, j, lo) or _listed_places_holder(text, toks, j, lo)
    if held is not None:
        return held
    w = next((q for q in range(j - 2, max(lo, j - 9) - 1, -1) if toks[q].low == "who"), None)
    if w is not None and w > lo and toks[w - 1].is_word and all(x.is_word for x in toks[w + 1:j]) and (any(
            x.low in _IRREGULAR_PAST for x in toks[w + 1:j]) or \
            _has_verb(toks[w + 1:j])):
        # "Terri Collins who sponsored the bill remarked ...": the antecedent of a restrictive relative
        ai, aj = sp.np_span_before(toks, w)
        ante = sp.parse_np(text, toks[ai:aj]) if aj == w and aj > ai else None
        if ante is not None and ante.kind in {"person", "surname", "descriptor"}:
            return ante, ai
    g = next((q for q in range(j - 2, max(lo, j - 7) - 1, -1) if toks[q].text.islower()
              and toks[q].low.endswith("ing") and len(toks[q].low) > 5), None)
    if g is not None and g > lo and toks[g - 1].is_word and toks[g - 1].text.islower() and \
            (sp.is_role_word(toks[g - 1].low) or sp.is_role_word(toks[g - 1].low[:-1])) and \
            (toks[g - 1].low not in sp.NON_PERSON_ROLES or toks[g - 1].low in _GROUP_HEADS) and \
            all(x.is_word for x in toks[g + 1:j]) and _is_cue(toks[g], load_cues()) is None:
        # "State legislators supporting the law argued ...": the people the participle describes
        # ("The group representing Acme workers called ...": a body too)
        ai = g - 1
        while ai - 1 >= lo and ai > g - 5 and toks[ai - 1].is_word and toks[ai].low not in sp.DETERMINERS and (
                toks[ai - 1].is_cap or toks[ai - 1].low in sp.MODIFIERS or toks[ai - 1].low in sp.DETERMINERS):
            ai -= 1
        ante = sp.parse_np(text, toks[ai:g])
        if ante is not None and ante.kind == "descriptor" and (ai == lo or not toks[ai - 1].is_word):
            whole = _join_toks(text, toks[ai:j])  # the phrase with its participle, as written
            return sp.NounPhrase(whole, whole, "descriptor", toks[ai].start, toks[j - 1].end), ai
    if j > lo and toks[j - 1].text == ",":
        aside = _prepositional_aside(text, toks, j - 1, lo) or _participle_aside_subject(text, toks, j, lo)
        if aside is not None:
            return aside
        c1 = j - 1
        c0 = None
        for q in range(c1 - 1, max(lo - 1, c1 - 40), -1):
            if toks[q].text in ",;:\"“”(—–" or toks[q].text == ".":
                c0 = q
                break
        if c0 is not None and toks[c0].text == ",":
            seg_a = toks[c0 + 1:c1]
            b0 = next((q for q in range(c0 - 1, max(lo - 1, c0 - 40), -1) if toks[q].text in ",;:\"“”(—–"),
                      lo - 1)
            if (_clause_with_subject(text, seg_a) or _clause_with_subject(text, toks[b0 + 1:c0])) and \
                    _inverted_tail(text, toks, k):
                # "After leaving the Army, Bo Tran worked in Dorran, said Ada Kim": a clause before
                # an inverted attribution, not an appositive between a subject and its verb
                return None, j
            if seg_a and seg_a[0].low in _PLACE_ASIDE and c0 > lo and not _has_verb(seg_a) and \
                    not any(x.low in _REL for x in seg_a) and toks[c0 - 1].is_word:
                # "Researchers from X and Y, both in Carthan, reported": a place aside; the subject
                # is the phrase before it
                return _subject_core(text, toks, c0, lo)
            cb = c0
            if seg_a and cb - 2 > lo and toks[cb - 1].text.isdigit() and len(toks[cb - 1].text) <= 3 \
                    and toks[cb - 2].text == ",":
                cb -= 2  # "Jo Burke, 33, a consultant, said": the age is an aside of the name
            bi, bj = sp.np_span_before(toks, cb)
            np_b = sp.parse_np(text, toks[bi:bj]) if bj > bi else None
            if np_b is not None and bj == cb and bi - 1 > lo and toks[bi - 1].text == "," and \
                    toks[bi].low in {"a", "an", "the"} and np_b.kind in {"person", "surname"}:
                # "Robert Borosage, a director of the Campaign for America's Future, a liberal
                # advocacy group, said": two appositives of the named head, not a person "Future"
                hi0, he0 = sp.np_span_after(toks, lo)
                head = sp.parse_np(text, toks[hi0:he0]) if he0 > hi0 and hi0 == lo and he0 == bi - 1 else None
                if head is not None and head.kind == "person":
                    head.roles.append(_join_toks(text, toks[bi:bj]))
                    return head, lo
            if np_b is not None and bj == cb and bi - 1 > lo and toks[bi - 1].low in _PREPOSITIONS | {"against"}:
                # "Ana Gray, a family attorney pressing a lawsuit against Dorran, Vale and the chief,
                # suggested": the object of a preposition inside the appositive; the named head speaks
                hi0, he0 = sp.np_span_after(toks, lo)
                head = sp.parse_np(text, toks[hi0:he0]) if he0 > hi0 and hi0 == lo else None
                if head is not None and head.kind == "person" and he0 + 1 < bi and toks[he0].text == "," \
                        and toks[he0 + 1].low in {"a", "an", "the"}:
                    head.roles.append(_join_toks(text, toks[he0 + 1:bi - 1]))
                    return head, lo
            if np_b is not None and np_b.kind in {"surname", "org"} and bj == cb and \
                    re.search(r"\b(?:of|for|at)(?: the)?$", np_b.role or ""):
                # "Bo Tran, founder of the Motorcade, a group that ..., said", "McCluskey, another
                # ally of Corbyn and general secretary of Unite, the union, said": a role of a body,
                # held by the person named before the first comma
                cm = next((q for q in range(bi - 1, max(lo, bi - 14) - 1, -1) if not toks[q].is_word), None)
                if cm is not None and toks[cm].text == "," and cm > lo:
                    pi0, pj0 = sp.np_span_before(toks, cm)
                    holder = sp.parse_np(text, toks[pi0:pj0]) if pj0 == cm and pj0 > pi0 else None
                    if holder is not None and (holder.kind == "person" or (holder.kind == "surname" and (
                            pi0 == lo or toks[pi0 - 1].low in {"but", "and"}))):
                        holder.roles.append(_join_toks(text, toks[cm + 1:c0]))
                        return holder, pi0
            if seg_a and bj == c0 and bi - 2 > lo and toks[bi - 1].low in {"of", "at", "from", "with"} \
                    and toks[bi - 2].text == ",":
                # "Ana Kim, of Channel Nine, one of the painter's daughters, stated": the person
                # before the "of" aside, not the body inside it
                pi0, pj0 = sp.np_span_before(toks, bi - 2)
                person = sp.parse_np(text, toks[pi0:pj0]) if pj0 == bi - 2 and pj0 > pi0 else None
                if person is not None and person.kind == "person":
                    person.roles.append(_join_toks(text, toks[bi - 1:c0]))
                    if any(sp.is_role_word(x.low) or x.low in sp.TITLES for x in seg_a):
                        person.roles.append(_join_toks(text, seg_a))
                    return person, pi0
            if seg_a:
                if seg_a[0].low in {"who", "which", "whose"}:
                    owner = _party_appositive_owner(text, toks, np_b, bi, lo)
                    if owner is not None:
                        np_b, bi = owner  # ("Bo Tran, Democrat of New York, who ..., said")
                    elif np_b is not None and np_b.kind == "org" and bi - 1 > lo and toks[bi - 1].text == ",":
                        hi0, he0 = sp.np_span_after(toks, lo)
                        of = next((q for q in range(hi0 + 1, min(bi - 1, hi0 + 6)) if toks[q].low == "of"), None)
                        head = sp.parse_np(text, toks[hi0:of]) if of is not None and hi0 == lo and \
                            all(x.is_word for x in toks[of:bi - 1]) else None
                        if head is not None and head.kind == "person":
                            # "Professor Bo Tran of Queen Mary, University of London, who ..., said":
                            # the person before "of", not the institution of the aside
                            head.roles.append(_join_toks(text, toks[of:c0]))
                            np_b, bi = head, hi0
                    elif np_b is not None and np_b.kind == "descriptor" and bi - 1 > lo and toks[bi - 1].text == ",":
                        named = _named_before_appositive(text, toks, bi, c0, lo)
                        if named is not None:
                            # "Ana Kim, Kim's daughter, who presented the award, said": the person
                            # the descriptor renames
                            np_b, bi = named
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
    while np is not None and np.kind in {"org", "surname", "descriptor"} and i > lo and (
            toks[i - 1].low in _PP_HEADS or (toks[i - 1].low == "to" and i - 2 >= lo and sp.is_role_word(toks[i - 2].low))) \
            and steps < 4:  # ("a former ambassador to China said": the ambassador)
        m = i - 1
        pp_start = m
        while m > lo and (toks[m - 1].low in sp.SKIP_BEFORE_CUE or sp.ly_adverb(toks[m - 1].low)
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
            toks[i - 1].text == "," and (toks[i].low == "the" or (
                toks[i].is_cap and (sp.is_role_word(toks[i].low) or toks[i].low in sp.TITLES))):
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


_ASIDE_PREPS = frozenset({"in", "at", "on", "during", "after", "before", "with", "under", "through"})


def _prepositional_aside(text: str, toks: list[Token], c1: int, lo: int) -> tuple[NounPhrase, int] | None:
    """"Justice Ada Kim, in a dissent joined by Bo Tran, Cy Vale and Di Moss, wrote": the named
    person before an aside that opens with a preposition and ends at the comma ``c1`` before the
    verb (the aside may list names of its own); None if there is no such aside."""
    for q in range(c1 - 2, max(lo, c1 - 40) - 1, -1):
        x = toks[q]
        if x.text in ";:.\"“”()—–":
            return None
        if x.text != "," or q <= lo or toks[q + 1].low not in _ASIDE_PREPS:
            continue
        if any(y.low in _FINITE or y.low in _IRREGULAR_PAST for y in toks[q + 2:c1]):
            return None
        i, jj = sp.np_span_before(toks, q)
        np = sp.parse_np(text, toks[i:jj]) if jj == q and jj > i and i >= lo else None
        if np is not None and np.kind in {"person", "surname"} and any(
                y.text == "," for y in toks[q + 2:c1]):
            return np, i
    return None


def _listed_places_holder(text: str, toks: list[Token], j: int, lo: int) -> tuple[NounPhrase, int] | None:
    """"local politicians in Boston, Chicago and San Francisco have said": the people before a
    list of three or more capitalised names after "in"/"from"/"across" speak, not the last name."""
    q, items = j, 0
    while q > lo:
        ai = q
        while ai > lo and toks[ai - 1].is_cap and toks[ai - 1].is_word and ai > q - 4:
            ai -= 1
        if ai == q:
            return None
        items += 1
        q = ai
        if q > lo and (toks[q - 1].text == "," or toks[q - 1].low in {"and", "or"}):
            q -= 1
            if q > lo and toks[q - 1].text == "," and toks[q].low in {"and", "or"}:
                q -= 1  # (a serial comma)
            continue
        break
    if items < 3 or q - 1 <= lo or toks[q - 1].low not in {"in", "from", "across"}:
        return None
    hi, hj = sp.np_span_before(toks, q - 1)
    if hi < hj - 1 and toks[hi].low == "that" and toks[hj - 1].low.endswith("s"):
        hi += 1  # "states that local politicians in ...": the conjunction, not "that" politician
    head = sp.parse_np(text, toks[hi:hj]) if hj == q - 1 and hj > hi and hi >= lo else None
    if head is None or head.kind != "descriptor" or not _person_head(head):
        return None
    return head, hi


def _participle_holder(text: str, toks: list[Token], j: int, lo: int) -> tuple[NounPhrase, int] | None:
    """"a man holding a sign told Bo Tran": the person before a participle and its object is the
    subject (the object, "a sign", is not). Only for a person or a role word for people."""
    ai, aj = sp.np_span_before(toks, j)
    if aj != j or aj == ai or ai - 2 < lo:
        return None
    v = toks[ai - 1]
    if not (v.text.isalpha() and v.text.islower() and v.low.endswith("ing") and len(v.low) > 5):
        return None
    hi, hj = sp.np_span_before(toks, ai - 1)
    head = sp.parse_np(text, toks[hi:hj]) if hj == ai - 1 and hj > hi and hi >= lo else None
    if head is None or not (head.kind in {"person", "surname"} or (
            head.kind == "descriptor" and sp.is_role_word(head.name.split()[-1].lower())
            and head.name.split()[-1].lower() not in sp.NON_PERSON_ROLES)):
        return None
    return head, hi


def _inverted_tail(text: str, toks: list[Token], k: int) -> bool:
    """Is the verb at ``k`` followed only by its subject (``..., said Ada Kim, a co-worker.``)?"""
    np, e = _np_after(text, toks, k + 1)
    return np is not None and np.kind != "pronoun" and e < len(toks) and toks[e].text in ",.;"


def _clause_with_subject(text: str, seg: list[Token]) -> bool:
    """Does ``seg`` open with a named person and a finite verb (``Bo Tran worked as ...``)?"""
    if not seg or not seg[0].is_cap or seg[0].low in sp.DETERMINERS:
        return False
    i, j = sp.np_span_after(seg, 0)
    if j <= i or j >= len(seg) or seg[j - 1].low.endswith(("'s", "’s")):
        return False
    v = seg[j]
    if not (v.text.islower() and (v.low in _FINITE or v.low in _IRREGULAR_PAST or (
            len(v.low) > 3 and v.low.endswith("ed")))):
        return False
    np = sp.parse_np(text, seg[i:j])
    return np is not None and np.kind in {"person", "surname"}


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


# bodies of people that a participle may describe ("the group representing the workers")
_GROUP_HEADS = frozenset("group groups team teams organization organisation members staff".split())
# works that report findings ("a study published Wednesday suggests")
_WORKS = frozenset("study studies survey poll analysis paper review report research audit".split())
_SIGNED_VERBS = frozenset("""signed issued released published written sent posted""".split())
_ISSUE_VERBS = frozenset("""released issued published posted sent put made wrote releases issues
publishes sends puts makes writes""".split())


def _issued_doc_before(toks: list[Token], k: int) -> int | None:
    """Index of the verb in ``issued a (joint) statement (with the league) saying`` before the
    participle at ``k``: a verb of issuing, up to three words, a document (or documents), then at
    most six words of place, time or channel with no other verb and no punctuation but the comma
    of a place and its state (``outside Washington, D.C. saying``)."""
    d = k - 1
    span = 7
    while d >= 0 and k - d <= span and (toks[d].is_word or (
            toks[d].text == "," and 0 < d < k - 1 and toks[d - 1].is_cap and toks[d + 1].is_cap)) and \
            toks[d].low.rstrip("s") not in _DOCUMENTS and toks[d].low not in _FINITE and toks[d].low not in _ISSUE_VERBS:
        if toks[d].text == ",":
            span += 2  # "at his golf club outside Washington, D.C. saying": a place and its state
        d -= 1
    if d < 1 or k - d > span or not toks[d].is_word or toks[d].low.rstrip("s") not in _DOCUMENTS \
            or not toks[d].text.islower():
        return None
    v = d - 1
    while v >= 0 and d - v <= 4 and toks[v].is_word and toks[v].low not in _ISSUE_VERBS and \
            toks[v].text[:1].islower() and toks[v].low not in _FINITE:
        v -= 1
    if v < 0 or d - v > 4 or toks[v].low not in _ISSUE_VERBS or not toks[v].text.islower():
        return None
    return v


def _clean_rel(text: str, seg: list[Token]) -> str:
    s = _join_toks(text, seg)
    return re.sub(r"^(?:who|which|whose)\s+(?:is|was|has been|had been|are|were)?\s*", "", s)


def _join_toks(text: str, toks: list[Token]) -> str:
    if not toks:
        return ""
    return re.sub(r"\s+", " ", text[toks[0].start:toks[-1].end]).strip(" ,")


def _unlisted_role_then_name(text: str, toks: list[Token], k: int) -> tuple[NounPhrase, int] | None:
    """'said financier Toby Reyes', 'Northvale developer Ada Kim said': up to two capitalised and
    three lower-case words the role lexicon does not list, then a person's name of two or more
    words. The words before the name are the role, as written."""
    m = k
    while m < len(toks) and m < k + 2 and toks[m].is_word and sp._is_name_word(toks[m]) and \
            toks[m].low not in sp.TIME_WORDS and not toks[m].low.endswith(("'s", "’s")):
        m += 1  # capitalised modifiers: "Northvale developer"
    w = m
    while w < len(toks) and w < m + 3 and toks[w].is_word and toks[w].text.replace("-", "").isalpha() and \
            toks[w].text.islower() and toks[w].low not in sp._NOT_MODIFIER and toks[w].low not in sp.DETERMINERS \
            and toks[w].low not in _FINITE and toks[w].low not in _IRREGULAR_PAST and toks[w].low not in _REL:
        w += 1
    if w == m or w >= len(toks) or toks[w - 1].low.endswith(("ly", "ing", "ed")) or len(toks[w - 1].low) < 4 \
            or not sp._is_name_word(toks[w]):
        return None
    ai, aj = sp.np_span_after(toks, w)
    if ai != w or aj < w + 2 or (aj < len(toks) and toks[aj].is_cap and toks[aj].is_word):
        return None
    np = sp.parse_np(text, toks[ai:aj])
    if np is None or np.kind != "person" or np.role or len(np.name.split()) < 2:
        return None
    np.role = _join_toks(text, toks[k:w])
    return np, aj


def _np_after(text: str, toks: list[Token], k: int) -> tuple[NounPhrase | None, int]:
    i, j = sp.np_span_after(toks, k)
    if j <= i + 2:
        # the lexicon's scan stops before a role word it does not list ("said developer Ada Kim";
        # "Northvale developer Ada Kim" read as the surname "Northvale")
        unlisted = _unlisted_role_then_name(text, toks, k)
        if unlisted is not None and unlisted[1] > j:
            return unlisted
    if j <= i:
        if k < len(toks) and toks[k].low in _SUBJ_PRON:
            return sp.parse_np(text, toks[k:k + 1]), k + 1
        return None, k
    to = next((q for q in range(i + 1, j) if toks[q].low == "to"), None)
    if to is not None:
        listener_first = sp.parse_np(text, toks[i:to])
        if listener_first is not None and listener_first.kind in {"person", "surname"}:
            j = to  # '"...," said Dan Kolb to Wikinews': the speaker, then the listener
    np = sp.parse_np(text, toks[i:j])
    knows = j + 2 < len(toks) and toks[j].low == "with" and (toks[j + 1].low == "knowledge" or (
        toks[j + 1].low in _KNOWLEDGE_ADJ and j + 3 < len(toks) and toks[j + 2].low == "knowledge"))
    if np is not None and np.kind == "descriptor" and j + 2 < len(toks) and toks[j - 1].low in _SOURCE_HEADS \
            and (toks[j].low in _CLOSE_TO and toks[j + 1].low in {"to", "with"} or knows):
        # "said a person familiar with the matter": the source and what it is close to ("a person
        # with knowledge of the talks": what it knows of)
        if knows:
            of = j + 2 if toks[j + 1].low == "knowledge" else j + 3
            if not (of < len(toks) and toks[of].low == "of"):
                return np, j  # (not "a person with knowledge" and nothing it is of)
            j = of - 1
        e = j + 2
        while e < len(toks) and e < j + 8 and toks[e].is_word and toks[e].low not in _CLOSE_TO_END and \
                toks[e].low not in sp.TIME_WORDS:
            e += 1
        if e > j + 2:
            return sp.NounPhrase(text[np.start:toks[e - 1].end], "", "descriptor", np.start, toks[e - 1].end), e
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
        if (e >= len(toks) or toks[e].text in ",.") and e - j <= 14 and (any(
                sp.is_role_word(x.low) or x.low in sp.TITLES for x in toks[j + 1:e]) or (
                np.kind in {"person", "surname"} and _noun_at_body(toks, j + 1, e))) and not (
                _has_verb(toks[j + 1:e]) or any(x.low in _IRREGULAR_PAST for x in toks[j + 1:e])):
            np.roles.append(_clean_rel(text, toks[j + 1:e]))
            j = e
    return np, j


def _noun_at_body(toks: list[Token], a: int, e: int) -> bool:
    """"a senior fellow at the Harbor Policy Institute", "a lecturer in law at X": an article, up
    to four lower-case words and a preposition before a named body (a role the lexicon need not
    list, in an appositive after a person's name)."""
    if a >= e or toks[a].low not in {"a", "an", "the"}:
        return False
    p = next((q for q in range(a + 1, min(e, a + 6)) if toks[q].low in {"at", "of", "for", "with", "in"}), None)
    if p is None or p == a + 1 or not all(x.text.isalpha() and x.text.islower() for x in toks[a + 1:p]):
        return False
    b = p + 1 + (p + 1 < e and toks[p + 1].low == "the")
    return b < e and toks[b].is_cap and toks[b].is_word


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
    if c and c.lemma == "ask" and j < limit and nxt not in {"if", "whether"}:
        w = next((q for q in range(j + 1, min(limit, j + 5)) if toks[q].low in {"if", "whether"}), None)
        if w is not None and all(x.is_word and (x.is_cap or x.low in _OBJ_WORDS) for x in toks[j:w]):
            return _join_toks(text, toks[k:w]), w  # "asked Ada Kim if she ...": the one asked
    if c and c.obj == "obj" and j < limit and nxt in {"the", "a", "an", "his", "her", "their"}:
        th = next((q for q in range(j + 2, min(limit, j + 9)) if toks[q].low == "that"), None)
        if th is not None and all(x.is_word and x.text.islower() and x.low not in _FINITE
                                  and not x.low.endswith("ed") for x in toks[j:th]) and \
                toks[j + 1].low not in _OBJ_WORDS and any(_listener_head(x) for x in toks[j + 1:th]) and \
                any(x.low == "of" for x in toks[j:th]):
            return _join_toks(text, toks[k:th]), th  # "told the tens of thousands of supporters that ..."
    if c and c.obj == "obj" and j < limit and (nxt in _NUMBER_WORDS or toks[j].text.isdigit()):
        h = next((q for q in range(j + 1, min(limit, j + 4)) if _listener_head(toks[q]) or (
            toks[q].text.islower() and toks[q].low.endswith("s") and (
                toks[q].low[:-1] in _OBJ_WORDS or sp.is_role_word(toks[q].low[:-1])))), None)
        if h is not None and all(x.is_word and x.text.islower() and x.low not in _FINITE for x in toks[j + 1:h]):
            return _join_toks(text, toks[k:h + 1]), h + 1  # "told three congressional committees that"
    if c and c.obj == "obj" and j < limit:
        if nxt in _OBJ_WORDS or nxt in {"the", "local", "state", "national", "grand"} or (
                nxt in {"a", "an"} and j + 2 < limit and any(
                    _listener_head(x) for x in toks[j + 1:min(limit, j + 4)])):
            e = j + 1
            m = e
            while m < limit and m < e + 2 and toks[m].is_word and toks[m].text.islower() \
                    and toks[m].low not in _OBJ_WORDS and toks[m].low not in _FINITE:
                m += 1
            if m > e and m < limit and toks[m].low in _OBJ_WORDS and nxt in {"the", "a", "an"}:
                e = m  # "told the assembled delegates", "told the packed crowd": adjectives of the listener
            if nxt in {"the", "a", "an"} and e == j + 1 and not (e < limit and (
                    toks[e].is_cap or toks[e].low in _OBJ_WORDS)):
                h = next((q for q in range(e, min(limit, e + 3)) if _listener_head(toks[q])), None)
                if h is not None and all(x.is_word and x.text.islower() for x in toks[e:h]):
                    return _join_toks(text, toks[k:h + 1]), h + 1  # "telling a friend that ..."
                return cue, j  # (a determiner is no cue's without its noun)
            while e < limit and toks[e].is_word and (toks[e].is_cap or toks[e].low in _OBJ_WORDS
                                                    or toks[e].low in {"media", "press"} or (
                    toks[e].low == "of" and e > j + 1 and toks[e - 1].is_cap and e + 1 < limit
                    and toks[e + 1].is_cap and toks[e + 1].low not in _SUBJ_PRON)):
                # ("told the House of Commons", "told the Council of Europe": one body)
                if toks[e].is_cap and toks[e - 1].low in _OBJ_WORDS and toks[e - 1].text.islower():
                    break  # 'told reporters Bolton is "not privy"': the clause's subject follows
                e += 1
            while e < limit and e > j + 1 and toks[e].text.islower() and sp.is_role_word(toks[e].low) \
                    and not toks[e - 1].low.endswith("s") and toks[e - 1].low in _OBJ_WORDS:
                e += 1  # "told the lady police constable that ...": the listener's head noun
            if e == j + 2 and nxt in {"the", "a", "an"} and sp._demonym(toks[j + 1].text):
                h = next((q for q in range(e, min(limit, e + 2)) if _listener_head(toks[q])
                          and toks[q].low not in sp.PRONOUNS), None)
                if h is not None and all(x.is_word and x.text.islower() and x.low != "that" for x in toks[e:h]):
                    e = h + 1  # "telling the American charity worker she ...": the head after a demonym
            return _join_toks(text, toks[k:e]), e
        if toks[j].is_cap and toks[j].low not in sp.PRONOUNS:
            _, e = sp.np_span_after(toks, j)
            if e > j + 1 and toks[j].text.isupper() and len(toks[j].text) > 1 and toks[j + 1].is_cap \
                    and not toks[j + 1].text.isupper() and e < limit and toks[e].text in DOUBLE_MARKS:
                e = j + 1  # 'told MSNBC Cummings "was ..."': the outlet, then the clause's subject
            if e > j + 1 and toks[e - 1].low.endswith(("'s", "’s")):
                e -= 1  # 'told Fox Business Network Ryan's stance is ...': the possessor opens the clause
            th = next((q for q in range(e + 1, min(limit, e + 4)) if toks[q].low == "that"), None)
            if e > j and th is not None and toks[e].low in _LISTENER_LINKS and toks[e + 1].is_cap and \
                    all(x.is_word and x.low not in _FINITE for x in toks[e:th]):
                e = th  # 'told ABC News affiliate KBMT-TV that ...': the outlet's station and its name
            if e > j and e < limit and toks[e].low in _MEDIUM_KINDS and toks[e].text.islower():
                e += 1  # 'told People magazine that ...': the outlet and the kind of outlet it is
            if e > j:
                return _join_toks(text, toks[k:e]), e
    # "wrote on Twitter", "said in a statement": keep the medium in the cue
    if j + 1 < limit and nxt in {"on", "via", "in"}:
        e = _skip_adverbials(toks, j, min(limit, j + 10))
        if e > j and any(x.low in {"twitter", "facebook", "statement", "interview", "instagram"}
                         for x in toks[j:e]):
            return _join_toks(text, toks[k:e]), e
    return cue, j


_SIGNATURE_RE = re.compile("[ \t\u00a0\u200b-\u200d]*(?:—|–|--)[ \t\u00a0\u200b-\u200d]*[A-Z][^\n]{0,150}")
_FORMAT_CHARS = frozenset("\u200b\u200c\u200d\u2060\ufeff")


_MEDIUM_KINDS = frozenset("""magazine newspaper paper radio television tv channel network station website
podcast show program programme broadcaster daily weekly""".split())


def _listener_head(t: Token) -> bool:
    """A lower-case noun for a person or group that someone can tell ("friend", "judge")."""
    return t.text.islower() and t.is_word and (t.low in _OBJ_WORDS or (
        sp.is_role_word(t.low) and t.low not in sp.NON_PERSON_ROLES))


def _as_put_it_at(toks: list[Token], j: int, n: int) -> bool:
    """Does ``as X put it`` (X up to five words) start at token ``j``?"""
    if not (j < n and toks[j].low == "as"):
        return False
    m = next((q for q in range(j + 1, min(n - 1, j + 7)) if toks[q].low in {"put", "puts"}), None)
    return m is not None and toks[m + 1].low == "it" and m > j + 1 and all(x.is_word for x in toks[j + 1:m])


def _as_put_it(text: str, toks: list[Token], k: int) -> tuple[NounPhrase, int] | None:
    """``as X put it`` at token ``k`` (``as the judge put it``, ``as she puts it``): X and the
    index after ``it``, else None."""
    if not _as_put_it_at(toks, k, len(toks)):
        return None
    np, e = _np_after(text, toks, k + 1)
    if np is None or not (e + 1 < len(toks) and toks[e].low in {"put", "puts"} and toks[e + 1].low == "it"):
        return None
    if e + 3 < len(toks) and toks[e + 2].low == "to":
        i2, j2 = sp.np_span_after(toks, e + 3)
        if i2 == e + 3 and j2 > i2:
            return np, j2  # "as Leahy put it to Kavanaugh,": the listener is skipped
    return np, e + 2


def headline_source(f: _Field, q: Span, cues: dict[str, Cue]) -> tuple[NounPhrase | None, str, int]:
    """Who is quoted in a headline at the top of the body, by the headline's own conventions:
    a speaker and a colon before the words (``Gibbs: Clinton's use of emails 'highly unusual'``,
    ``FBI's Comey: ...``) or an attribution closing the line (``..., says McCain``, ``'Great
    job,' says Trump``). Returns (noun phrase, cue, position); no noun phrase when neither."""
    ps, pe = f.paras[q.para]
    close = q.close_mark if q.close_mark is not None else pe
    toks = tokenize(f.masked, ps, pe)
    while toks and not toks[-1].is_word:
        toks = toks[:-1]
    # an attribution that ends the line: "..., says McCain", "'...,' Trump says"
    k = next((i for i in range(len(toks) - 1, max(-1, len(toks) - 7), -1)
              if (c := cues.get(toks[i].text)) is not None and c.quote and not toks[i].low.endswith("ing")
              and toks[i].low.endswith(("s", "ed", "said", "told", "wrote")) and toks[i - 1].low != "to"), None)
    # (a finite verb: not '"real news" show to praise the president')
    if k is not None and toks[k].start > q.open_mark:
        # the words between the quote (or the comma before the attribution) and the verb
        b = next((i for i in range(k - 1, -1, -1) if not toks[i].is_word or toks[i].end > close >= toks[i].start), -1)
        between = toks[b + 1:k]
        if 0 < len(between) <= 4 and toks[b].start >= close - 8:
            np = sp.parse_np(f.text, between)
            if np is not None and np.kind in {"person", "surname", "org"}:
                return np, toks[k].text, np.start  # "'...,' Trump tells Fox News": Trump
        after = toks[k + 1:]
        if not between and after and all(t.is_word for t in after):
            np = sp.parse_np(f.text, after)
            if np is not None and np.start <= after[0].start + 4 and (np.kind in {"person", "surname", "org"} or (
                    np.kind == "descriptor" and _person_head(np))):
                return np, toks[k].text, np.start  # ("... 'amazing event' says North Korean media")
    # the words, then their attribution and a colon before the rest of the line: "'Great job,'
    # says Trump: Nielsen back in good graces", "'Dead wrong,' Kim says: ..."
    colon = next((i for i, t in enumerate(toks) if t.text == ":" and t.start > close), None)
    if colon is not None and 2 <= colon - (b := next((i for i, t in enumerate(toks) if t.start > close), colon)) <= 6:
        seg = toks[b:colon]
        if seg and seg[0].text == ",":
            seg = seg[1:]
        kc = next((i for i, t in enumerate(seg) if (c := cues.get(t.text)) is not None and c.quote
                   and t.low.endswith("s")), None)
        if kc is not None and seg and all(t.is_word for t in seg):
            who = seg[kc + 1:] if kc == 0 else seg[:kc] if kc == len(seg) - 1 else []
            np = sp.parse_np(f.text, who) if who else None
            if np is not None and np.kind in {"person", "surname", "org"}:
                return np, seg[kc].text, np.start
    # a Title-Case line whose subject is a person and whose verb comes before the words: "Ada
    # Kim Slams Bo Tran's 'Awful' Crime Bill", "Ada Kim Tells Crowd Rival Is 'Trojan Horse'"
    for i in range(1, min(6, len(toks))):
        t = toks[i]
        if t.start >= q.open_mark or not (t.is_word and t.is_cap):
            break
        c = cues.get(t.low)
        if c is not None and c.quote and t.low.endswith("s"):
            np = sp.parse_np(f.text, toks[:i])
            if np is not None and np.kind == "person" and not sp._names_no_person(np.name.split()[-1]):
                return np, t.text, np.start
            break
    # a second verb of the line's subject before the words: "Marco Rubio slams Cuba deal, says
    # Obama is 'willfully ignorant'", "Sheriff Ada Kim denies it, calls a reporter a 'sleaze bag'"
    k = next((i for i, t in enumerate(toks) if t.start < q.open_mark and i > 1 and toks[i - 1].text == ","
              and (c := cues.get(t.text)) is not None and c.quote), None)
    if k is not None:
        si, sj = sp.np_span_after(toks, 0)
        np = sp.parse_np(f.text, toks[si:sj]) if sj > si == 0 else None
        if np is not None and np.kind in {"person", "surname", "org"} and sj < k and toks[sj].is_word \
                and toks[sj].text.islower():
            return np, toks[k].text, np.start
    # the words, a colon, then their speaker and a verb: "'Awful': Kim slams the ruling"
    colon = next((i for i, t in enumerate(toks) if t.text == ":" and t.start > close), None)
    if colon is not None and not any(t.is_word for t in toks[:colon] if t.start > close) and colon + 2 < len(toks):
        si, sj = sp.np_span_after(toks, colon + 1)
        np = sp.parse_np(f.text, toks[si:sj]) if sj > si == colon + 1 else None
        if np is not None and np.kind in {"person", "surname"} and sj < len(toks) and toks[sj].is_word \
                and toks[sj].text.islower() and not sp._names_no_person(np.name.split()[-1]):
            c = cues.get(toks[sj].text)
            return np, toks[sj].text if c is not None else "", np.start
    # a speaker and a colon opening the line
    colon = next((i for i, t in enumerate(toks[:6]) if t.text == ":"), None)
    if colon and toks[colon].start < q.open_mark and all(t.is_word and t.is_cap for t in toks[:colon]):
        head = toks[:colon]
        role = ""
        poss = next((i for i, t in enumerate(head[:-1]) if t.low.endswith(("'s", "’s"))), None)
        if poss is not None:
            role = f.text[head[0].start:head[poss].end - 2]
            head = head[poss + 1:]
        np = sp.parse_np(f.text, head)
        if np is not None and np.kind in {"person", "surname"} and not sp._names_no_person(np.name.split()[-1]):
            if role:
                np.roles.append(role)
            np.kind = "person"  # (a headline's "Gibbs:" names a person, whom "he said" takes up)
            return np, "", np.start
    return None, "", -1


def _signature_np(text: str, rtoks: list[Token], k: int) -> NounPhrase | None:
    """The signer of a pull quote after a dash, up to a comma or a preposition: '"..." — Acme
    spokesperson to Forbes, July 2019' is the spokesperson (a role on its own is a descriptor)."""
    e = next((q for q in range(k, len(rtoks)) if not rtoks[q].is_word or rtoks[q].low in
              {"to", "on", "in", "at", "via"}), len(rtoks))
    if e == k or e - k > 5 or any(_is_cue(x, load_cues()) for x in rtoks[k:e]):
        return None
    np = sp.parse_np(text, rtoks[k:e])
    if np is not None and np.kind == "descriptor" and sp.is_role_word(rtoks[e - 1].low):
        return np
    return None  # (a named signer is read by the rules for names after the quote)


def _quoted_as_saying(text: str, rtoks: list[Token], k: int) -> NounPhrase | None:
    """'"...," The Herald quoted Varga, the former strategist, as saying.': the person quoted,
    not the paper that quotes (the source's name, "quoted"/"cited", the person, an optional
    appositive, then "as saying")."""
    v = next((q for q in range(k, min(len(rtoks), k + 6)) if rtoks[q].low in {"quoted", "cited"}), None)
    if v is None or v == k or not all(t.is_word for t in rtoks[k:v]):
        return None
    a = next((q for q in range(v + 2, min(len(rtoks) - 1, v + 20)) if rtoks[q].low == "as"
              and rtoks[q + 1].low in {"saying", "telling", "writing"}), None)
    if a is None:
        return None
    np, _ = _np_after(text, rtoks, v + 1)
    return np if np is not None and np.kind in {"person", "surname", "org"} else None


def _determiner_phrase(text: str, toks: list[Token], k: int, cues: dict[str, Cue] | None,
                       ends) -> tuple[NounPhrase, int] | None:
    """A descriptor the lexicon need not know: the determiner at ``k`` and up to four words
    (capitalised modifiers too), whose last word is a common noun and whose next token ``ends``
    accepts ("the plumber" before "said", "the Northvale plumber" before "."); the scan stops
    at a cue word when ``cues`` is given. Returns the phrase and the index after it."""
    m = k + 1
    while m < len(toks) and m <= k + 4 and toks[m].is_word and (toks[m].text[:1].islower() or toks[m].is_cap) \
            and not (cues is not None and _is_cue(toks[m], cues)):
        m += 1
    if m > k + 1 and ends(m) and toks[m - 1].text[:1].islower():
        return sp.NounPhrase(_join_toks(text, toks[k:m]), _join_toks(text, toks[k + 1:m]), "descriptor",
                             toks[k].start, toks[m - 1].end), m
    return None


# adverbs ending in -s that never name the people who speak
_S_ADVERBS = frozenset("sometimes always perhaps thus besides nevertheless nonetheless afterwards "
                       "towards backwards forwards nowadays".split())


def _bare_plural(text: str, toks: list[Token], k: int, cues: dict[str, Cue]) -> tuple[NounPhrase, int] | None:
    """'"...," trustees wrote', '"...," local bakers said': a plural noun the lexicon does not
    list, with at most one lower-case modifier and no determiner, right before a quote's cue."""
    m = k
    while m < len(toks) and m < k + 2 and toks[m].is_word and toks[m].text.isalpha() and toks[m].text.islower() \
            and _is_cue(toks[m], cues) is None:
        m += 1
    if m == k or m >= len(toks) or (c := _is_cue(toks[m], cues)) is None or not c.quote:
        return None
    head = toks[m - 1].low
    if not head.endswith("s") or head.endswith(("ss", "us", "ly")) or head in _S_ADVERBS or len(head) < 4 or \
            any(x.low in sp._NOT_MODIFIER or x.low in _FINITE or x.low in sp.DETERMINERS or x.low in _SUBJ_PRON
                or x.low.endswith("ly") for x in toks[k:m]):
        return None
    name = _join_toks(text, toks[k:m])
    return sp.NounPhrase(name, name, "descriptor", toks[k].start, toks[m - 1].end), m


def _attribute_quote(f: _Field, q: Span, prev_close: int, next_open: int, sent: tuple[int, int, int],
                     cues: dict[str, Cue]) -> tuple[NounPhrase | None, str, int, bool, bool]:
    """Find who said quote ``q``: returns (noun phrase, cue, mention position, left_ok, right_ok).

    ``left_ok``/``right_ok`` say whether the quote stands as a whole utterance on that side.
    """
    text, masked = f.text, f.masked
    ss, se, _ = sent
    lo = max(ss, prev_close, q.open_mark - WINDOW)
    hi_end = (min(se, next_open) if q.cut else se) if q.close_mark is None else \
        min(se, next_open, q.close_mark + 1 + WINDOW)
    if q.close_mark is not None and hi_end == se:
        sig = _SIGNATURE_RE.match(text, q.close_mark + 1)
        if sig is not None:
            hi_end = min(sig.end(), next_open)  # the segmenter ends the sentence at '."' before '— Name'
    r_start = (q.close_mark + 1) if q.close_mark is not None else q.end
    ltoks = tokenize(masked, lo, q.open_mark)
    rtoks = tokenize(masked, r_start, max(hi_end, r_start))
    starts_upper = bool(re.match(r"\W*[A-Z0-9\[]", text[q.start:q.start + 4]))

    # ---- right side: ", X said" / ", said X"
    np_r, cue_r, pos_r = None, "", -1
    k = 0
    while k < len(rtoks) and (rtoks[k].text in ",;—–-" or rtoks[k].text in _FORMAT_CHARS):
        k += 1
    # '"..."  — Ada Kim, district manager': a pull quote signed after a dash, nothing before it
    signed = any(t.text in "—–" or t.text == "--" for t in rtoks[:k]) and (
        not any(t.is_word for t in ltoks) or (ltoks[-1].text == ":" and len(ltoks) <= 6))
    # ('On Kim: "..." — Acme spokesperson to Forbes, July 2019': after a topic label too)
    right_empty = k >= len(rtoks) or rtoks[k].text in ".?!"
    put_it = _as_put_it(text, rtoks, k)
    quoted_as = _quoted_as_saying(text, rtoks, k)
    if put_it is not None:
        np_r, cue_r, pos_r = put_it[0], "put it", put_it[0].start  # '"...," as Judge Ro put it.'
    elif quoted_as is not None:
        np_r, cue_r, pos_r = quoted_as, "quoted as saying", quoted_as.start
    elif signed and (sig := _signature_np(text, rtoks, k)) is not None:
        np_r, cue_r, pos_r = sig, "—", sig.start
    elif k < len(rtoks):
        c = _is_cue(rtoks[k], cues)
        if c is not None and rtoks[k].low == "state" and k + 1 < len(rtoks) and (rtoks[k + 1].is_cap or (
                rtoks[k + 1].is_word and rtoks[k + 1].low not in sp.DETERMINERS)):
            c = None  # '"...," state Attorney General X told reporters', '"...," state emergency
            # management director Ray Quill told CNN': the adjective of the role ("state the
            # authors" is the verb)
        if c and c.quote and not rtoks[k].low.endswith("ing"):
            cue_r, e = _cue_string(masked, rtoks, k, len(rtoks))
            np_r, e2 = _np_after(text, rtoks, e)
            if (np_r is None or (e2 < len(rtoks) and rtoks[e2].is_word and rtoks[e2].text[:1].islower())) and \
                    e < len(rtoks) and rtoks[e].low in sp.DETERMINERS and rtoks[e].low not in _REL:
                # '"...," said the plumber.': a descriptor the lexicon does not know, ending the
                # sentence after the verb
                found = _determiner_phrase(text, rtoks, e, None,
                                           lambda m: m == len(rtoks) or rtoks[m].text in ".!?")
                if found is not None:
                    np_r, e2 = found
            pos_r = rtoks[e].start if e < len(rtoks) else rtoks[k].start
            if np_r is None:
                e2 = e
            right_rest = rtoks[e2:]
        else:
            np_r, e = _np_after(text, rtoks, k)
            if np_r is not None and e > k + 1 and (e == len(rtoks) or rtoks[e].text in ".!?,;") and \
                    np_r.end == rtoks[e - 1].end and not np_r.roles and \
                    (cl := _is_cue(rtoks[e - 1], cues)) is not None and cl.quote:
                # '"...," the magazine reports.': the verb was read as the phrase's last noun
                # ("news reports"); nothing follows it, so it is the verb
                shorter, e1 = _np_after(text, rtoks[:e - 1], k)
                if shorter is not None and e1 == e - 1:
                    np_r, e = shorter, e1
                elif rtoks[k].low in sp.DETERMINERS:
                    np_r = None  # ("the magazine": a descriptor the lexicon does not know, read below)
            if k + 3 < len(rtoks) and rtoks[k + 1].low in _SOURCE_HEADS and \
                    rtoks[k + 2].low in _CLOSE_TO | {"in"}:
                # '"...," a source close to the Varga family said': the source and its link
                m = next((q for q in range(k + 3, min(len(rtoks), k + 10)) if not rtoks[q].is_word
                          or _is_cue(rtoks[q], cues)), None)
                if m is not None and _is_cue(rtoks[m], cues):
                    near = _source_close_to(text, rtoks, next((q for q in range(k + 2, m) if rtoks[q].low in {
                        "to", "with"}), k) + 1, rtoks[m - 1].end, k)
                    if near is not None:
                        np_r, e = near[0], m
            if (np_r is None or (e < len(rtoks) and rtoks[e].is_word and rtoks[e].text[:1].islower()
                                 and not _is_cue(rtoks[e], cues))) and \
                    rtoks[k].low in sp.DETERMINERS and rtoks[k].low not in _REL:
                # (also where a name was read that a common noun goes on: "the Northvale plumber")
                # ('"a new establishment" that would not tell ...' is a relative clause)
                # "a local politician said", "one resident told the paper"
                # (capitalised modifiers too: "the Northvale plumber", "the Westport-born plumber")
                found = _determiner_phrase(text, rtoks, k, cues,
                                           lambda m: m < len(rtoks) and _is_cue(rtoks[m], cues) is not None)
                if found is not None:
                    np_r, e = found
            if np_r is None:
                np_r, e = _bare_plural(text, rtoks, k, cues) or (None, e)
            if np_r is not None:
                pos_r = rtoks[k].start
                m = e
                # appositives between subject and verb: "X, a professor at Y, said", "X, 33, a nurse, said"
                a = m + 1
                while m < len(rtoks) and rtoks[m].text == "," and a < m + 40 and not (
                        a < len(rtoks) and _is_cue(rtoks[a], cues)):
                    m2 = a
                    while m2 < len(rtoks) and m2 < a + 24 and rtoks[m2].text not in ",.;\"“”":
                        m2 += 1
                    if not (m2 < len(rtoks) and rtoks[m2].text == ","):
                        c3 = next((q for q in range(a + 1, m2) if (cq := _is_cue(rtoks[q], cues)) and cq.quote),
                                  None)
                        if c3 is not None and rtoks[a].low not in sp._FUNCTION_WORDS and \
                                not rtoks[a].is_cap and (sp.is_role_word(rtoks[a].low) or (
                                    a + 1 < c3 and sp.is_role_word(rtoks[a + 1].low))) and \
                                all(x.is_word for x in rtoks[a:c3]):
                            # '"...," Ada Kim, press secretary for the campaign told the Blaze': an
                            # appositive whose closing comma the writer left out
                            np_r.roles.append(_clean_rel(text, rtoks[a:c3]))
                            m = a = c3
                        break
                    if not (m2 == a + 1 and rtoks[a].text.isdigit()):  # (an age is no role)
                        np_r.roles.append(_clean_rel(text, rtoks[a:m2]))
                    a = m2 + 1
                if a > m + 1:
                    m = a
                if m + 1 < len(rtoks) and rtoks[m].text == "," and np_r.roles and _is_cue(rtoks[m + 1], cues):
                    m += 1  # the phrase took in its appositive ("Jo Burke, a nurse", then ", said")
                if m + 1 < len(rtoks) and rtoks[m].text.isalpha() and rtoks[m].text.islower() and \
                        rtoks[m].low.endswith("ing") and len(rtoks[m].low) > 5 and \
                        not _is_cue(rtoks[m], cues) and np_r.kind != "org" and _person_head(np_r):
                    for o in range(m + 2, min(len(rtoks), m + 8)):
                        if not rtoks[o].is_word:
                            break
                        co = _is_cue(rtoks[o], cues)
                        if co and co.quote and rtoks[o - 1].low not in sp.DETERMINERS:
                            m = o  # '"...," a man holding a sign told Bo Tran': past the participle
                            break
                if m + 3 < len(rtoks) and rtoks[m].low in {"was", "were", "is"} and \
                        rtoks[m + 1].low in {"quoted", "cited"}:
                    # '"...," Karroubi was quoted as saying on Monday by Saham News': the participle
                    # after "as" is the cue, the subject of "was" the speaker
                    a2 = next((q for q in range(m + 2, min(len(rtoks) - 1, m + 10)) if rtoks[q].low == "as"
                               and rtoks[q + 1].low.endswith("ing")), None)
                    if a2 is not None and all(x.is_word for x in rtoks[m + 2:a2]):
                        m = a2 + 1
                while m < len(rtoks) and rtoks[m].low in sp.SKIP_BEFORE_CUE:
                    m += 1
                go = next((g for g in range(m + 2, min(len(rtoks), m + 6)) if _went_on_to(rtoks, g) == m), None)
                if text[q.start:q.end].rstrip("]")[-1:] in ".!?":
                    go = None  # ('"... incurable[.]" He went on to say ...': a new sentence the segmenter missed)
                if go is not None:
                    go, m = m, go  # '"...," Ada Kim plans to tell the committee', '... went on to say'
                c2 = _is_cue(rtoks[m], cues) if m < len(rtoks) else None
                if c2 and c2.quote:
                    cue_r, e3 = _cue_string(masked, rtoks, m, len(rtoks))
                    if go is not None:
                        cue_r = _join_toks(text, rtoks[go:m]) + " " + cue_r
                    right_rest = rtoks[e3:]
                elif signed and np_r.kind in {"person", "surname", "org"} and (
                        e >= len(rtoks) or rtoks[e].text in ",(" or rtoks[e].text in ".!?" and e + 1 == len(rtoks)):
                    cue_r, right_rest = "—", rtoks[e:]
                    if e < len(rtoks) and rtoks[e].text == "," and not np_r.roles:
                        role_end = next((q for q in range(e + 1, len(rtoks)) if rtoks[q].text in ".;(\"“”"), len(rtoks))
                        if role_end > e + 1:
                            np_r.roles.append(_clean_rel(text, rtoks[e + 1:role_end]))
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
    inside: set[int] = set()
    opened: list[int] = []
    for i, t in enumerate(ltoks):
        if t.text == "(":
            opened.append(i)
        elif t.text == ")" and opened:
            inside.update(range(opened.pop() + 1, i))
    put_open = _as_put_it(text, ltoks, 0) if ltoks and ltoks[0].low == "as" else None
    if put_open is not None and not (put_open[1] < len(ltoks) and ltoks[put_open[1]].text == ","):
        put_open = None
    for idx in range(len(ltoks) - 1, -1, -1):
        if skip_lo <= idx <= skip_hi:
            continue  # "— which the BBC noted as unusual —" is an aside
        if put_open is not None and idx > put_open[1] and ltoks[idx - 1].low in _BE:
            continue  # 'As Ana Kim put it, the judge had been asked "...": a passive cue inside
            # what Kim put so; the quote is Kim's
        if idx in inside:
            continue  # "( Also on POLITICO: Boehner declares stalemate) Obama ...": a closed bracket's cue
        t = ltoks[idx]
        if t.low == "according" and idx + 1 < len(ltoks) and ltoks[idx + 1].low == "to":
            last_cue = ("according", idx)
            break
        go = _went_on_to(ltoks, idx)
        c = _is_cue(t, cues, ltoks[idx - 1] if idx > 0 and go is None else None)
        if c is None and t.low in _VERDICT_VERBS:
            c = _verdict_cue(text, ltoks, idx)
        if c is not None and t.text.islower() and t.low.endswith("ed") and idx > 0 and idx + 1 < len(ltoks) and \
                (ltoks[idx - 1].low in sp.DETERMINERS or (sp.ly_adverb(ltoks[idx - 1].low) and idx > 1 and
                                                           ltoks[idx - 2].text.islower() and
                                                           ltoks[idx - 2].low not in _FINITE | _SUBJ_PRON)) and \
                ltoks[idx + 1].is_word and ltoks[idx + 1].text.islower() and \
                ltoks[idx + 1].low not in sp.DETERMINERS | _SUBJ_PRON | {"that", "to", "in", "on", "by"}:
            continue  # "recently announced changes ... would "improve the process"": an adjective
        if c is not None and t.low in _NOUN_FORMS and idx + 1 < len(ltoks) and ltoks[idx + 1].text in ",;" and \
                idx > 0 and ltoks[idx - 1].is_word and ltoks[idx - 1].text.islower():
            continue  # "cleared the president of any obstruction of justice claim, he ...": a noun
        if c and c.quote and t.low.endswith("s") and t.low not in {"says", "writes", "tells"} and \
                idx > 1 and ltoks[idx - 1].is_cap:
            b = idx - 1
            while b > 0 and b > idx - 6 and ltoks[b - 1].is_cap:
                b -= 1
            if b > 0 and ltoks[b - 1].low in {"in", "at", "on", "from", "of", "to"}:
                continue  # "reflects this view in Ballot News comments:": a noun, the subject is before
        if c and c.quote:
            if idx > 0 and ltoks[idx - 1].low == "to" and go is None:  # "to say", "refused to comment"
                continue
            if c.lemma == "point" and idx + 2 < len(ltoks) and ltoks[idx + 1].low == "to":
                continue  # "X points to the novel, in which ...": a reference, not a speech act (but
                # 'Weiner pointed to "sometime last summer"' answers with the quote)
            if _state_noun(ltoks, idx):
                continue
            if t.low in _PLURAL_CUE_NOUNS and (_POSSESSED_RE.search(masked, max(0, t.start - 60), t.start) or (
                    idx > 0 and (ltoks[idx - 1].low in sp.DETERMINERS or ltoks[idx - 1].low in _NOUN_MARKERS))):
                continue  # 'Romney's "off-the-cuff" remarks that ...', 'so-called jokes about': the noun
            if _document_participle(ltoks, idx):
                continue  # "In a statement posted to his page, X sought ...": the statement's participle
            if idx > 0 and ltoks[idx - 1].low == "without":
                continue  # "without mentioning Trump by name, appeared to criticize him: "..."": no cue
            if idx > 0 and ltoks[idx - 1].low in _SUBORDINATORS and idx + 1 < len(ltoks) and \
                    ltoks[idx + 1].low == "by":
                continue  # "the manifesto, if written by the suspect, ...": a passive participle
            last_cue = (c, idx)
            break
    if last_cue is None:
        for a in range(len(ltoks) - 4, -1, -1):
            put_it = _as_put_it(text, ltoks, a) if ltoks[a].low == "as" else None
            if put_it is not None and put_it[1] < len(ltoks) and ltoks[put_it[1]].text == ",":
                # 'As Tanner puts it, Sessions "has a record ..."': the one who put it so
                np_l, cue_l, pos_l = put_it[0], "put it", put_it[0].start
                break
    if last_cue is None and np_l is None and ltoks and lo == ss and ltoks[0].is_cap:
        # inverted cue opening the sentence: 'Remarked scientist Ada Kim, "..."', 'Said Bo Tran: "..."'
        c0 = cues.get(ltoks[0].low)
        if c0 is not None and c0.quote and not c0.naming and not ltoks[0].low.endswith("ing") \
                and ltoks[0].low != c0.lemma:
            np_a, e_a = _np_after(text, ltoks, 1)
            if np_a is not None and np_a.kind != "pronoun" and e_a < len(ltoks) and \
                    ltoks[e_a].text in ",:" and all(not t.is_word for t in ltoks[e_a:]):
                np_l, cue_l, pos_l = np_a, ltoks[0].low, ltoks[0].start
                left_ok = True
    d0 = _dateline_end(ltoks) if lo == ss else 0  # ("CHILLICOTHE, Ohio — Blasting X for ...")
    if (last_cue is None or (last_cue[1] == d0 and ltoks[d0].low.endswith("ing"))) and np_l is None and \
            lo == ss and len(ltoks) > d0 and ltoks[d0].is_cap and \
            ltoks[d0].low.endswith("ing") and cues.get(ltoks[d0].low) is not None and \
            cues[ltoks[d0].low].quote and rtoks and (cm := -1 if q.close_mark is not None and text[q.close_mark - 1] == ","
                                                     else next((q2 for q2 in range(min(len(rtoks), 12)) if rtoks[q2].text == ","
                                                                or not rtoks[q2].is_word), None)) is not None \
            and (cm == -1 or rtoks[cm].text == ",") and not _has_verb(rtoks[:max(cm, 0)]):
        # (the phrase's comma may stand inside the marks: 'for running a campaign of "hate," Varga ...')
        # 'Calling it "just another apology", Ana Kim of X told ...': the subject after the
        # participial phrase that holds the quote (also when the phrase goes on after the quote:
        # 'Accusing X of betraying "his trust" by embracing racism, Green referenced ...')
        np_a, _ = _np_after(text, rtoks, cm + 1)
        if np_a is not None and np_a.kind in {"person", "surname", "org"}:
            np_l, cue_l, pos_l = np_a, ltoks[d0].low, np_a.start
            last_cue = None  # ('Blasting X for running a campaign of "hate," Varga delivered ...')
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
            passive = idx > 0 and ltoks[pb].low in _BE and not ltoks[idx].low.endswith("ing") or (
                # 'a woman described as his "social acquaintance"': a reduced passive, no agent said
                isinstance(c, Cue) and c.naming and ltoks[idx].low.endswith("ed") and idx + 1 < len(ltoks)
                and ltoks[idx + 1].low == "as" and idx > 0 and ltoks[idx - 1].is_word
                and ltoks[idx - 1].text.isalpha() and ltoks[idx - 1].text.islower()
                and ltoks[idx - 1].low not in {"has", "have", "had", "also", "once"}
                and ltoks[idx - 1].low not in sp.PRONOUNS
                # (not 'in what union leaders described as a "historic" result': the verb of "what")
                and not any(ltoks[q].low == "what" and all(x.is_word for x in ltoks[q + 1:idx])
                            for q in range(max(0, idx - 5), idx - 1))) or (
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
            elif ltoks[idx].low.endswith("ing") and (iv := _issued_doc_before(ltoks, idx)) is not None and \
                    (issuer := _subject_before(text, ltoks, iv))[0] is not None:
                # 'Trump issued a statement at his club outside Washington, D.C. saying, "..."': the issuer
                np_l, pos_l = issuer[0], ltoks[issuer[1]].start
            elif ltoks[idx].low.endswith("ing") and idx > 0 and ltoks[idx - 1].text in {",", "by"}:
                np_l, pos_l = _main_subject(f, ltoks, idx, cues, [])
            elif idx >= 3 and ltoks[idx - 1].low == "having" and _with_agent(text, ltoks, idx - 1) is not None:
                # 'with analyst Kevin Bonham having declared it "..."': the subject of "having"
                np_l = _with_agent(text, ltoks, idx - 1)
                pos_l = np_l.start
            elif ltoks[idx].low.endswith("ing") and (agent := _with_appositive_agent(text, ltoks, idx)) is not None:
                # 'with Ari Fleischer, the former press secretary for George W. Bush tweeting, "..."':
                # the person after "with", not the end of the appositive
                np_l, pos_l = agent, agent.start
            else:
                # "X went on to add, "..."": the subject of the verb before "on to"
                np_l, si = _subject_before(text, ltoks, _went_on_to(ltoks, idx) or idx)
                pos_l = ltoks[si].start if np_l is not None and si < len(ltoks) else ltoks[idx].start
                if np_l is None:
                    # a participle ("stating,") or inverted order ("said Khan,"): look after, then
                    # at the subject of the sentence
                    np_a, e_a = _np_after(text, ltoks, e)
                    if np_a is not None and np_a.kind != "pronoun" and not ltoks[idx].low.endswith("ing") \
                            and (idx == 0 or ltoks[idx - 1].text == ",") and e_a < len(ltoks):
                        # (the quote must not follow the phrase straight away: ', declared the Act
                        # "virtually dead"' names its object; 'said Khan, "..."' has the comma)
                        np_l, e = np_a, e_a
                        pos_l = ltoks[idx].start
                    else:
                        np_l, pos_l = _coordinated_subject(text, ltoks, idx, cues)
                        if np_l is None:
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
        # "In his message, he praised the troops: "...": the subject of the introducing sentence,
        # after an earlier colon or semicolon ("Ties were tense: In May, Holm said it: "..."")
        c0 = max((t.end for t in ltoks[:-1] if t.text in ":;"), default=lo)
        np_l, pos_l = _sentence_subject(f, max(ss, lo, c0), ltoks[-1].start, cues)
        di, dj = sp.np_span_before(ltoks, len(ltoks) - 1)
        if dj == len(ltoks) - 1 and di >= 1 and ltoks[di - 1].text in {"-", "—", "–"} and dj - di <= 4:
            src = sp.parse_np(text, ltoks[di:dj])
            if src is not None and src.kind in {"org", "person", "surname", "descriptor"} and \
                    (src.kind != "descriptor" or _one_person_role(src) or
                     src.name.split()[-1].lower() in sp.ORG_HEADS):
                # "Seems they have been ready a while - WaPo: "..."": a source after a dash and
                # before the colon, not the subject of the words before the dash
                np_l, pos_l = src, src.start
        if np_l is not None and np_l.kind == "descriptor" and np_l.name.split()[-1].lower() == "itself":
            np_l.name = np_l.name.rsplit(None, 1)[0]  # "The study itself outlined X:"
        issued = _issues_document(text, ltoks, np_l.end) if np_l is not None and np_l.kind != "pronoun" else ""
        if issued:
            cue_l = issued  # 'The government of X issued a statement agreeing ...: "..."': the issuer's
        elif np_l is not None and np_l.kind == "descriptor" and np_l.name.split() and not (
                np_l.name.split()[-1].lower() in _OWN_BODIES | sp.ORG_HEADS and _people_in(f, np_l.start, np_l.end)) \
                and not (np_l.name.split()[0].lower() in {"the", "this"} and len(np_l.name.split()) == 2
                         and np_l.name.split()[-1].lower() in _COLON_DOCS) \
                and not _one_person_role(np_l):
            np_l = None  # (but 'The Kim campaign put out a statement: "..."' is the campaign's, and
            # 'The Wisconsin senator told her own story: "..."' the senator's: a person's role)
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

    if np_l is None and np_r is None and ltoks and ltoks[-1].text == ":":
        m = _OWN_STATEMENT_RE.search(masked, lo, q.open_mark)
        if m is not None:
            # "Here is Rubio's full statement: "..."": the statement's owner
            otoks = tokenize(masked, m.start(1), m.end(1))
            own = sp.parse_np(text, otoks) if otoks else None
            if own is not None and own.kind in {"person", "surname", "org"}:
                return own, m.group(2), own.start, True, right_ok
    if np_l is None and np_r is None and len(ltoks) >= 2 and ltoks[-1].low == "as" and \
            _past_participle(ltoks[-2]) and rtoks[:1] and rtoks[0].low == "by":
        # 'hammered as "low energy" by Mr. Tran', 'dismissed as "a hoax" by the ministry': the
        # agent after "by" called it that
        agent, _ = _np_after(text, rtoks, 1)
        if agent is not None and agent.kind in {"person", "surname", "org", "descriptor"}:
            return agent, ltoks[-2].text, agent.start, False, False
    # partial quotes: a cue further on in the sentence ("is the "x" between A and B, he added")
    if np_l is None and np_r is None and not (left_ok and right_ok):
        for idx, t in enumerate(rtoks):
            if t.low in _ADVERBIAL_OPENERS and idx > 0 and rtoks[idx - 1].text == ",":
                break  # 'he feels "sorry" for Bo Tran, after Mr. Tran accused the president': a cue
                # in the adverbial clause after the fragment is another subject's
            if t.low in _CLAUSE_SWITCH and prev_close > ss:
                # 'X said ... "a" in an "b" while Y wrote ...': the later cue is another clause's;
                # the fragment goes on with the quote before it in this sentence
                break
            if prev_close > ss and idx > 0 and rtoks[idx - 1].is_cap and t.text.islower() and \
                    (t.low in _IRREGULAR_PAST or (t.low.endswith("ed") and len(t.low) > 4)) and \
                    _is_cue(t, cues) is None:
                # 'He said the "phony" and "nasty" Harris attacked Biden and blasted ...': the
                # fragment's own clause has a verb of its own; a cue after it is not the fragment's
                break
            if t.low == "according" and idx + 1 < len(rtoks) and rtoks[idx + 1].low == "to":
                # 'came in at "a dangerously low altitude" according to the Gazette'
                np_x, _ = _according_np(text, rtoks, idx + 2)
                if np_x is not None:
                    return np_x, "according to", t.start, left_ok, right_ok
                break
            c = _is_cue(t, cues, rtoks[idx - 1] if idx > 0 else None)
            if c and _state_noun(rtoks, idx):
                continue
            if c and idx > 0 and rtoks[idx - 1].low in {"who", "which"}:
                break  # '... as the "defining moment," far more than the 28 percent who said ...': the
                # cue of a relative clause on a later noun is not the fragment's
            if c and c.lemma == "continue" and idx + 1 < len(rtoks) and rtoks[idx + 1].low == "to":
                continue  # 'a "grand coalition" ... as the party continues to weigh the risks': no speech
            if c and t.low in _PLURAL_CUE_NOUNS and \
                    idx > 0 and rtoks[idx - 1].is_word and not rtoks[idx - 1].is_cap:
                continue  # 'Mr. Holder used claims of government secrecy': a noun, not the fragment's cue
            if c and c.quote and not (idx > 0 and rtoks[idx - 1].low in _BE | {"to"}):
                np_x, si = None, idx
                if idx > 0 and rtoks[idx - 1].text == "," and not t.low.endswith("ing") and not c.naming:
                    # (a participle or a naming verb has no inverted subject: ", describing X as")
                    np_i, e_i = _np_after(text, rtoks, idx + 1)
                    if np_i is not None and np_i.kind in {"person", "surname", "org", "descriptor"} and (
                            e_i >= len(rtoks) or rtoks[e_i].text in ".!?,"):
                        np_x = np_i  # '"plenty of warning signs" that X might lose to Y, who ..., said
                        # Karpowitz.': an inverted attribution names its speaker after the verb
                if np_x is None:
                    np_x, si = _subject_before(text, rtoks, idx)
                if np_x is None and not t.low.endswith("ing") and not c.naming:
                    # (not after a naming verb: 'and described Bo Tran as a "thug"' names its object)
                    np_x, e_x = _np_after(text, rtoks, idx + 1)  # ("noting that Americans ...": no inverted subject)
                    if np_x is not None and e_x > 0 and rtoks[e_x - 1].low.endswith(("'s", "’s")):
                        np_x = None  # "who said Bo Tran's snub defined ...": the clause's possessor
                if np_x is None and t.low.endswith("ing") and (idx == 0 or (rtoks[idx - 1].text == "," and all(
                        x.text == "," or x.low in sp.TIME_WORDS or x.low in _DAY_PARTS for x in rtoks[:idx - 1]))):
                    # (also past a time phrase: 'at the "..." Sunday morning, describing ...')
                    # 'X sought forgiveness for his "poor judgement," explaining ...': the participle's
                    # subject is the sentence's, when that is a person
                    np_s, _ = _sentence_subject(f, ss, q.open_mark, cues)
                    words = re.findall(r"[^\W\d_][\w'’-]*", text[q.start:q.end])
                    if np_s is not None and np_s.kind in {"person", "surname"} and not np_s.name.isupper() \
                            and len(words) >= 2 and not _title_case(words):
                        # (not a title, the "Access Hollywood tape", nor a lone word: "as a "killer,"")
                        np_x = np_s
                if np_x is not None:
                    cue_x, _ = _cue_string(masked, rtoks, idx, len(rtoks))
                    return np_x, cue_x, t.start, left_ok, right_ok
                break
    if np_l is not None and np_l.name.upper() in _LINK_LABELS:
        np_l = None  # 'READ MORE:' then the quote on the next line: a link's label, not a speaker
    if np_r is not None:
        return np_r, cue_r, pos_r, left_ok, right_ok
    if np_l is not None and cue_l.endswith("ing") and k + 2 < len(rtoks) and rtoks[k].low == "according" \
            and rtoks[k + 1].low == "to" and "," in masked[text.rfind(cue_l, lo, q.open_mark):q.open_mark]:
        # 'were fired after revealing their status, and are now "living in fear," according to a
        # release from Kim's office': the participle has its own object; the source is after the quote
        acc = _according_np(text, rtoks, k + 2)[0]
        if acc is not None:
            return acc, "according to", acc.start, left_ok, right_ok
    if np_l is not None:
        return np_l, cue_l, pos_l, left_ok, right_ok
    return None, cue_l or cue_r, -1, left_ok, right_ok


# cue forms that are nouns as often as verbs ("the report", "his claims"), and their plurals, which
# after a possessive, a determiner or an adjective are the noun ("so-called jokes", "Kim's remarks")
_NOUN_FORMS = frozenset("""report reports claim claims comment comments tweet tweets reply replies
warning warnings note notes post posts point points calls remarks promises pledges vows""".split())
_PLURAL_CUE_NOUNS = frozenset(f for f in _NOUN_FORMS if f.endswith("s")) | {"statements", "jokes"}
_NOUN_MARKERS = frozenset("his her their its our my your so-called such these those".split())
_POSSESSED_RE = re.compile(r"[’']s\s+(?:[a-z-]+\s+){0,2}(?:[\"“][^\"”]*[\"”]\s+)?$")  # "Kim's ", "Kim's "off-the-cuff" "


_SOURCE_PARTICIPLES = frozenset("""released published conducted issued posted filed obtained seen
reviewed compiled""".split())


_CLOCK_WORDS = frozenset({"a.m", "p.m", "am", "pm", "et", "est", "edt", "gmt", "bst", "cet", "utc", "pt", "pst", "pdt"})


def _time_stamp_end(toks: list[Token], q: int) -> int | None:
    """Index after a time stamp at ``q`` closed by a colon or dash ("10:32 a.m.:", "11:02 ET —"),
    else None."""
    if not (q + 3 < len(toks) and toks[q].text.isdigit() and toks[q + 1].text == ":" and toks[q + 2].text.isdigit()):
        return None
    r = q + 3
    while r < len(toks) and r < q + 6 and toks[r].low.rstrip(".") in _CLOCK_WORDS:
        r += 1
    if r + 1 < len(toks) and toks[r].text in {":", "—", "–", "-"} and toks[r + 1].text not in DOUBLE_MARKS:
        return r + 1
    return None


def _dateline_end(toks: list[Token]) -> int:
    """Index after a dateline opening the sentence ("LOUISVILLE —", "WASHINGTON (AP) --",
    "HALVIK, March 4 (Reuters) - ", "(CNN) — ") or a live blog's time stamp ("10:32 a.m.:"), else
    0: a place in capitals, its state or the date after a comma, an optional agency in brackets,
    then a dash."""
    q = 0
    while q < len(toks) and q < 4 and toks[q].is_word and toks[q].text.isupper() and len(toks[q].text) > 1:
        q += 1
    t = _time_stamp_end(toks, q)
    if t is not None:
        return t  # "10:32 a.m.: The storm ...", "UPDATE 11:02 a.m. — ...": a live blog's time stamp
    if q and q + 2 < len(toks) and toks[q].text == "," and toks[q + 1].is_cap:
        r = q + 1  # "CHILLICOTHE, Ohio —": the place's state after a comma
        while r < len(toks) and r < q + 4 and toks[r].is_word and toks[r].is_cap:
            r += 1
        if r + 1 < len(toks) and toks[r].text == "," and toks[r + 1].is_cap:
            r += 1  # "PORTVALE, Maine, March 4": the state, then the date
            while r < len(toks) and r < q + 8 and toks[r].is_word and toks[r].is_cap:
                r += 1
        if r < len(toks) and toks[r].text[:1].isdigit() and r - 1 > q and toks[r - 1].low.rstrip(".") in _MONTHS:
            r += 1  # "HALVIK, March 4 (Reuters) -": the date
        if r < len(toks) and (toks[r].text in {"—", "–", "--", "-"} or _agency_then_dash(toks, r)):
            q = r
    if q and _agency_then_dash(toks, q):
        q = next(m for m in range(q, len(toks)) if toks[m].text == ")") + 1
    elif q and q + 2 < len(toks) and toks[q].text == "(" and toks[q + 2].text == ")":
        q += 3
    if not q and _agency_then_dash(toks, 0):
        q = next(m for m in range(len(toks)) if toks[m].text == ")") + 1  # "(CNN) — ": the outlet alone
    if q and q < len(toks) and toks[q].text in {"—", "–", "--", "-"}:
        return q + 2 if toks[q].text == "-" and q + 1 < len(toks) and toks[q + 1].text == "-" else q + 1
    if q and q + 1 < len(toks) and toks[q].text == ":" and toks[q + 1].text not in DOUBLE_MARKS:
        # "UPDATE: ...", "BREAKING: ...": a label in capitals, then perhaps a time stamp and a dash
        # ("UPDATE: 3/15 9:15 a.m. -- Portman has ...")
        r = q + 1
        d = next((m for m in range(r, min(len(toks), r + 12)) if toks[m].text in {"—", "–", "-"}), None)
        if d is not None and d > r and all(x.text[:1].isdigit() or x.text in {"/", ":", ".", ","}
                                           or x.low.rstrip(".") in {"a.m", "p.m", "am", "pm", "et", "est", "edt", "gmt"}
                                           for x in toks[r:d]):
            r = d + 2 if toks[d].text == "-" and d + 1 < len(toks) and toks[d + 1].text == "-" else d + 1
        return r
    return 0


def _agency_then_dash(toks: list[Token], i: int) -> bool:
    """An agency or outlet in brackets at ``i`` followed by a dash: "(AP) —", "(Example News) -"."""
    if not (i < len(toks) and toks[i].text == "("):
        return False
    c = next((m for m in range(i + 1, min(len(toks), i + 6)) if toks[m].text == ")"), None)
    return c is not None and c > i + 1 and all(x.is_cap or x.text in "&." for x in toks[i + 1:c]) and \
        c + 1 < len(toks) and toks[c + 1].text in {"—", "–", "-"}


def _state_noun(toks: list[Token], i: int) -> bool:
    """"Republican state Insurance Commissioner Ada Kim": "state" before a title is the noun."""
    return toks[i].low == "state" and i + 1 < len(toks) and toks[i + 1].is_cap


_ADVERBIAL_OPENERS = frozenset({"after", "before", "because", "although", "though", "since", "until",
                                "unless", "whereas"})


def _document_participle(toks: list[Token], j: int) -> bool:
    """Is the cue at ``j`` a participle after a document noun (``a statement posted to his page``,
    ``the report released on Monday``): the document's modifier, not a speech verb with a subject?"""
    return toks[j].low.endswith("ed") and j >= 1 and toks[j - 1].low in _DOCUMENTS and \
        j + 1 < len(toks) and toks[j + 1].low in {"to", "on", "in", "by", "at", "from", "online", "late", "early"}


def _with_appositive_agent(text: str, toks: list[Token], h: int) -> NounPhrase | None:
    """'with NAME, an appositive, PARTICIPLE' (the participle at ``h``): the named person after
    "with" whose appositive runs up to the participle."""
    w = next((q for q in range(h - 1, max(-1, h - 18), -1) if toks[q].low == "with"), None)
    if w is None:
        return None
    i, e = sp.np_span_after(toks, w + 1)
    np = sp.parse_np(text, toks[i:e]) if e > i else None
    if np is None or np.kind not in {"person", "surname"} or e >= h or toks[e].text != "," or \
            any(x.text in ",;:" for x in toks[e + 1:h]) or _has_verb(toks[e + 1:h]):
        return None
    return np


def _with_agent(text: str, toks: list[Token], h: int) -> NounPhrase | None:
    """'with NP having ...': the noun phrase between "with" and the participle at ``h``."""
    wi, wj = sp.np_span_before(toks, h)
    if wj == h and wi > 0 and toks[wi - 1].low == "with":
        return sp.parse_np(text, toks[wi:wj])
    return None


_CLAUSE_SWITCH = frozenset({"while", "whereas", ";"})
_ISSUED = _DOCUMENTS | frozenset("""order orders directive directives instruction instructions
appeal call warning""".split())


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
    the words quoted after it (``a/an/the DOCUMENT by PERSON``); also ``another quote from Mr.
    Brown: "..."``, ``a message from Ana Kim: "..."``: the words quoted after the colon are theirs."""
    if len(between) < 4 or between[0].low not in {"a", "an", "the", "his", "her", "its", "their", "another"}:
        return None
    b = 1
    while b < len(between) and b < 4 and between[b].text[:1].islower() and between[b].low not in {"by", "from"}:
        b += 1
    if b >= len(between):
        return None
    if between[b].low == "by" and between[b - 1].low in _ISSUED:
        np, _ = _np_after(text, between, b + 1)
        return np if np is not None and np.kind == "person" else None
    if between[b].low in {"by", "from"} and between[b - 1].low in _QUOTED_WORDS:
        np, e = _np_after(text, between, b + 1)
        if np is not None and np.kind in {"person", "surname"} and e < len(between) and between[e].text == ":" \
                and e == len(between) - 1:
            return np
    return None


_QUOTED_WORDS = frozenset("""quote quotes quotation words line lines message remark remarks
passage statement""".split())


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
    if np is not None and e < len(toks) and toks[e].low in _SOURCE_PARTICIPLES:
        m = e + 1
        while m < len(toks) and (toks[m].low in sp.TIME_WORDS or toks[m].low in _DAY_PARTS
                                 or toks[m].low in {"last", "this", "on", "week", "month", "year", "earlier"}):
            m += 1
        if m > e + 1 and (m >= len(toks) or not toks[m].is_word):
            e = m  # "according to a poll released Friday": the source's own participle and time
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
_ADJUDICATORS = frozenset("""court courts tribunal tribunals judge judges justice justices jury
juries inquiry inquiries inquest panel panels commission ombudsman coroner magistrate magistrates
arbitrator arbitrators investigation review regulator watchdog
committee board ruling verdict judgment judgement report study audit""".split())


_VERDICT_CUE = Cue("found", "find", True, True, "", False)


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
when if once until under over last this next soon prior""".split())


# openers whose phrase may run past ten words before its comma ("After Rose asked whether chemical
# weapons were worse than nuclear weapons, Assad ...", "In a statement posted to his page on Sunday, ...")
_LONG_OPENERS = frozenset("in on at during after before when as while although though because since if "
                          "once until".split())


_OPENING_ADVERBS = frozenset("""first second third fourth fifth then instead still now again thus
furthermore moreover nevertheless nonetheless besides overall initially afterwards""".split())


_TIME_NOUNS = frozenset("""day days week weeks month months year years morning afternoon evening
night weekend time""".split())


_PARTICIPLE_NEXT = frozenset("""it to on about for the a an his her their its in at with from that this as
out up after over into""".split())


def _one_person_role(np: NounPhrase) -> bool:
    """Is the descriptor one person named by a role ("the Wisconsin politician", "a spokesman"):
    a determiner, then a singular role word for a person at its end?"""
    words = np.name.split()
    head = words[-1].lower() if words else ""
    return len(words) >= 2 and words[0].lower() in {"the", "a", "an"} and sp.is_role_word(head) and \
        head not in sp.NON_PERSON_ROLES and head not in sp.ORG_HEADS and head not in _COLON_DOCS and \
        not (head.endswith("s") and not head.endswith("ss"))


_COLON_DOCS = frozenset({"study", "report", "statement", "ruling", "judgment", "judgement", "verdict",
                         "decree", "letter", "order", "filing", "complaint", "lawsuit", "petition",
                         "survey", "summary", "release"})


_ASKED_NEXT = frozenset({"by", "whether", "if", "why", "how", "what", "when", "with"})


_QUANTIFIER_OPENERS = frozenset("""all every each half most many some several nearly about one two
three four five six seven eight nine ten""".split())


def _coordinated_subject(text: str, toks: list[Token], k: int, cues: dict[str, Cue]
                         ) -> tuple[NounPhrase | None, int]:
    """'The Clarion claimed that, on a trip, Varga refused to go and referred to them as "x"': a
    cue joined by "and" to the verb of a reported clause shares that clause's subject (Varga), not
    the subject of the sentence (the Clarion)."""
    j = k - 1
    while j > 0 and toks[j].low in sp.SKIP_BEFORE_CUE:
        j -= 1
    if j < 3 or toks[j].low != "and":
        return None, -1
    t0 = next((q for q in range(j - 1, max(-1, j - 40), -1) if toks[q].low == "that" or (
        (cq := _is_cue(toks[q], cues)) is not None and cq.clause)), None)
    if t0 is None or t0 == 0 or not any(x.is_word for x in toks[:t0]):
        return None, -1  # no report opens the clause, or nothing before it says who reports
    cs = t0 + 1
    if cs < j and toks[cs].low in _PREPOSITIONS | {"during", "after", "before", "in", "on", "at"}:
        c = next((q for q in range(cs + 1, min(j, cs + 12)) if toks[q].text == ","), None)
        if c is None:
            return None, -1
        cs = c + 1  # 'that during a 2018 trip to France, Varga ...': the fronted phrase
    np, e = _np_after(text, toks, cs)
    if np is None or np.kind not in {"person", "surname"} or e >= j:
        return None, -1
    v = toks[e]
    if not (v.text[:1].islower() and (v.low in _FINITE or v.low in _IRREGULAR_PAST or v.low.endswith("ed"))):
        return None, -1  # the clause's own verb comes right after its subject
    return np, toks[cs].start


def _sentence_subject(f: _Field, ss: int, before: int, cues: dict[str, Cue]
                      ) -> tuple[NounPhrase | None, int]:
    """The first noun phrase of the sentence (after an opening "On Tuesday," phrase)."""
    toks = tokenize(f.masked, ss, min(before, ss + WINDOW))
    k = _dateline_end(toks)
    colon = next((q for q in range(len(toks) - 2, 0, -1) if toks[q].text == ":"), None)
    if colon is not None and toks[colon + 1].is_cap and toks[colon + 1].is_word and \
            not any(x.text == ")" for x in toks[colon + 1:]):
        k = colon + 1  # "Here is the exchange: The President then ...": a new clause after the colon
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
        if k + 2 < len(toks) and toks[k].low in _OPENING_ADVERBS and toks[k + 1].text == ",":
            k += 2  # "First, she juxtaposed ...", "Instead, the council ..."
            continue
        if k + 3 < len(toks) and toks[k].is_cap and toks[k + 1].low in {"to", "of", "with", "about"} and \
                re.search(r"(?:able|ible|ful|ous|less|ent|ant)$", toks[k].low) and \
                toks[k].low not in sp.first_name_genders():
            # "Unable to mount an argument, Tran descends to insults": an adjective phrase opens it
            c = next((q for q in range(k + 2, min(len(toks), k + 14)) if toks[q].text == ","), None)
            if c is not None:
                k = c + 1
                continue
        if k + 3 < len(toks) and toks[k].low == "so" and toks[k + 1].low == "far" and toks[k + 2].text == ",":
            k += 3  # "So far, McCain is the first ..."
            continue
        if k + 3 < len(toks) and toks[k].text == "To" and toks[k + 1].text.islower() and toks[k + 1].is_word:
            # "To prove how personal it is, the senator provided her story: ...": a purpose clause
            c = next((q for q in range(k + 2, min(len(toks), k + 16)) if toks[q].text == ","), None)
            if c is not None:
                k = c + 1
                continue
        if rnd == 0 and k + 2 < len(toks) and toks[k].low in {"and", "but", "yet", "then"} and toks[k + 1].is_word \
                and toks[k + 1].text != "I":
            k += 1  # "And best of all, X ...", "But in March, X ...": the conjunction opens an opener;
            # "But Clinton defended her stance and argued": it opens the clause of the subject
            # (not "And I was like, ...": an interviewee telling a story, no attribution)
        if k + 4 < len(toks) and toks[k + 1].low == "of" and toks[k + 2].low == "all" and \
                toks[k + 3].text == "," and toks[k].is_word and not _has_verb(toks[k:k + 1]):
            k += 4  # "Best of all, X ...", "Worst of all, X ...": a superlative aside
            continue
        if k < len(toks) and toks[k].low in _INTRO_WORDS:
            c = next((q for q in range(k, min(len(toks), k + 16)) if toks[q].text == ","), None)
            if c is not None and (c < k + 10 or toks[k].low in _LONG_OPENERS):
                k = c + 1  # "On Tuesday, ...", "As a result, ...", "In a statement posted to his page on Sunday, ..."
                continue
            if rnd == 0 and toks[k].low not in {"this", "last", "next"}:
                return None, -1
        break
    if k + 2 < len(toks) and toks[k].is_cap and toks[k].low.endswith("ly") and len(toks[k].low) > 4 and \
            toks[k + 1].low in _QUANTIFIER_OPENERS:
        adv = k  # "Nearly all legal experts reject ...": the adverb qualifies the quantifier
        k += 1
    else:
        adv = None
    if k + 1 < len(toks) and toks[k].is_cap and (toks[k].low.endswith("ing") or (
            toks[k].low.endswith("ed") and len(toks[k].low) > 4)) and toks[k].low not in sp.ROLE_WORDS \
            and (toks[k + 1].low in _PARTICIPLE_NEXT or toks[k + 1].low in _ASKED_NEXT):
        # (not "Boeing did not ...": a name); 'Asked about X, Kim was blunt', 'Underwhelmed with ...'
        # 'Calling it "just another apology", Ana Kim told ...': an opening participial phrase
        c = next((q for q in range(k + 1, min(len(toks), k + 16)) if toks[q].text == ","), None)
        if c is not None:
            k = c + 1
    if k + 1 < len(toks) and toks[k].low == "even" and toks[k + 1].low in sp.DETERMINERS:
        k += 1  # "And even an investor who came through was cautious, asking ...": the subject
    if k >= len(toks):
        return None, -1
    if toks[k].low in _SUBJ_PRON:
        return sp.parse_np(f.text, toks[k:k + 1]), toks[k].start
    np, e = _np_after(f.text, toks, k)
    if np is None and toks[k].low in _QUANTIFIER_OPENERS and toks[k].low not in sp.DETERMINERS:
        # "(Nearly) all legal experts", "half the residents": a quantifier, then role words
        m = k + 1
        while m < len(toks) and m < k + 6 and toks[m].is_word and toks[m].text.islower() and \
                toks[m].low not in _FINITE and toks[m].low not in sp._FUNCTION_WORDS - {"the"} and \
                not _is_cue(toks[m], cues):
            m += 1
        r = next((q for q in range(k + 1, m) if sp.is_role_word(toks[q].low)), None)
        if r is not None:
            while r + 1 < m and sp.is_role_word(toks[r + 1].low):
                r += 1
            first = adv if adv is not None else k
            np = sp.parse_np(f.text, toks[first:r + 1])
            if np is not None and np.kind == "descriptor":
                return np, toks[first].start
            np = None
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


_SAY_LEMMAS = frozenset({"say", "tell", "add", "state", "claim", "argue", "insist", "warn", "note",
                         "explain", "suggest", "predict", "estimate", "indicate"})


# words that open a subordinate clause: a verb after them is not the verb of a reported clause
# ("announced their decision although X had decided")
_SUBORDINATORS = frozenset("""although though because while whereas since until unless after
before when once if""".split())


_PLURAL_MODIFIERS = frozenset("""such other various numerous certain""".split())
_NOT_VERBS_S = frozenset("""as its yes plus news whereas always perhaps towards afterwards
sometimes besides unless across""".split())


_CONTRACTED_VERB_ENDS = tuple(e.replace("'", a) for e in ("n't", "'re", "'ve", "'ll", "'d", "'m") for a in "'’")


def _contracted_verb(low: str) -> bool:
    """A pronoun and a verb written as one word ("he's", "we're", "doesn't"), not a possessive."""
    return low.endswith(_CONTRACTED_VERB_ENDS) or (low[-2:] in ("'s", "’s") and low[:-2] in sp._CONTRACTED_S)


def _has_verb(toks: list[Token], *, s_after_preposition: bool = True, s_after_adjective: bool = True) -> bool:
    """Rough test for a finite verb: an auxiliary, a past form, or a present -s form after a
    noun (or, with ``s_after_preposition=False``, not after a preposition: "his decision to
    reporters" has no verb; with ``s_after_adjective=False``, not after an adjective of the
    lexicon's kind: "operational issues" has none)."""
    for i, t in enumerate(toks):
        low = t.low
        if low in _FINITE or (t.text[:1].islower() and len(low) > 3 and low.endswith("ed")):
            return True
        if _contracted_verb(low):
            return True  # "he's picking", "they're", "we'll", "doesn't"
        if t.text in "()":
            continue
        if t.text[:1].islower() and low.endswith("s") and not low.endswith(("ss", "us", "is")) \
                and low not in _NOT_VERBS_S \
                and i > 0 and toks[i - 1].is_word and toks[i - 1].low not in sp.DETERMINERS \
                and toks[i - 1].low not in _NUMBER_WORDS and toks[i - 1].low not in _PLURAL_MODIFIERS \
                and (s_after_preposition or toks[i - 1].low not in _PREPOSITIONS) \
                and (s_after_adjective or not toks[i - 1].low.endswith(_ADJECTIVE_ENDINGS)):
            return True
    return False


def _intro_only(toks: list[Token]) -> bool:
    """True if the tokens are an opening adverbial ("On Sunday in London, England")."""
    if not toks:
        return True
    if len(toks) > 8 or any(t.text in ",;" for t in toks):
        return False
    return toks[0].low in {"on", "in", "at", "after", "before", "during", "however", "meanwhile",
                           "also", "late", "earlier", "later", "but", "and", "yesterday", "today"}


_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ern")


def _relative_aside_before(toks: list[Token], w: int, k: int) -> bool:
    """Is the ``, who ...,`` at ``w`` a short aside on an object that closes right before the
    participle at ``k`` ("derided Bo Tran, who advises Kim, saying")? No switch of subject."""
    return toks[w].low in {"who", "which"} and w > 0 and toks[w - 1].text == "," and k - w <= 10 and \
        toks[k - 1].text == "," and all(x.is_word for x in toks[w + 1:k - 1])


def _lone_surname_subject(f: _Field, np: NounPhrase) -> bool:
    """A one-word subject of surname shape, followed by its verb ("Powell derided", "Powell also
    derided"; not "Conservative syndicated columnist ...": an adjective before a noun)."""
    if " " in np.name or not np.name.isalpha() or not sp._lone_surname_at(f.masked, np.start, np.name):
        return False
    m = re.match(r"\s+(?:(?:also|then|later|again|still|now|once)\s+)?([a-z]\w*)(?:\s+([a-z][\w-]*))?",
                 f.masked[np.end:np.end + 60])
    if m is None or (m.group(2) and sp.is_role_word(m.group(2))):
        return False  # ("Conservative syndicated columnist": an adjective before a role)
    w = m.group(1)
    return w in _FINITE or w in _IRREGULAR_PAST or (w.endswith("ed") and not w.endswith("eed") and len(w) > 4) \
        or (m.group(0).split()[0] != w and w.endswith("s"))


def _relative_aside_verb(toks: list[Token], j: int, k: int) -> bool:
    """Is the verb at ``j`` inside such an aside ("derided Bo Tran, who advises Kim, saying")?"""
    w = next((q for q in range(j - 1, max(0, j - 4) - 1, -1) if not toks[q].is_word or toks[q].low in {"who", "which"}),
             None)
    return w is not None and _relative_aside_before(toks, w, k)


def _closed_relative(toks: list[Token], w: int, k: int) -> bool:
    """Is the ``, who ...,`` at ``w`` an aside that closes before the main verb, ahead of ``k``
    ("Ada Kim, who has mocked Bo Tran for ..., was less forceful, saying ...")?"""
    if toks[w].low not in {"who", "which"} or w == 0 or toks[w - 1].text != ",":
        return False
    c = next((q for q in range(w + 1, k) if toks[q].text == "," or (
        toks[q].text in "\"”" and q + 1 < k and toks[q + 1].text.islower() and toks[q + 1].low in _FINITE)), None)
    return c is not None and c + 1 < k and toks[c + 1].text.islower() and (
        toks[c + 1].low in _FINITE or toks[c + 1].low in _IRREGULAR_PAST)  # (a comma inside the marks)


_REL_PRONOUNS = frozenset({"who", "whom", "which", "where"})
_SUBJECT_SWITCH = frozenset({"where", "who", "whom", "which", "when", "while", "whereas", "because",
                             "although", "though", "since", "after", "before", "until", "unless", "if"})


def _main_subject(f: _Field, toks: list[Token], k: int, cues: dict[str, Cue], found: list[Item]
                  ) -> tuple[NounPhrase | None, int]:
    """Subject for a participle cue (``, saying``): the subject of an earlier cue in the sentence,
    or the sentence's first noun phrase."""
    ref = _latter_subject(f.text, toks, k, 0)
    if ref is not None:
        return ref[0], toks[ref[1]].start  # 'with the latter confirming ...'
    col = max((q for q in range(k) if toks[q].text in {":", ";"}), default=None)
    if col is not None:
        # "X reported ...: In typical fashion, Bo Tran pounced on it, tweeting ...": the clause
        # after the colon has its own named subject, whose participle this is
        a = col + 1
        cm = next((q for q in range(a, min(k, a + 8)) if toks[q].text == ","), None)
        if cm is not None and _intro_only(toks[a:cm]):
            a = cm + 1
        if _clause_with_subject(f.text, toks[a:k]):
            i, j = sp.np_span_after(toks, a)
            np = sp.parse_np(f.text, toks[i:j])
            if np is not None and (np.kind == "person" or _people_in(f, np.start, np.end) or (
                    np.kind == "surname" and " " not in np.name
                    and sp._lone_surname_at(f.masked, np.start, np.name)
                    and j + 1 < k and toks[j + 1].low in sp._FUNCTION_WORDS)):
                # (a lone word only before a verb and a function word, "Tran pounced on": not
                # "Conservative syndicated columnist", an adjective and a noun)
                return np, toks[i].start
    first = next((j for j in range(k - 1) if toks[j + 1].low == "that" and not toks[j].low.endswith("ing")
                  and _is_cue(toks[j], cues, toks[j - 1] if j > 0 else None) and not (j > 0 and toks[j - 1].low in _BE)),
                 None)
    if first is not None:
        # "He added that the Senate confirmed him ..., saying ...": the cue inside the reported
        # clause is not the participle's; the cue that opened the clause is
        np, i0 = _subject_before(f.text, toks, first)
        if np is not None:
            return np, toks[i0].start
    for j in range(k - 1, -1, -1):
        c = _is_cue(toks[j], cues, toks[j - 1] if j > 0 else None)
        if c and _document_participle(toks, j):
            continue
        if c and _relative_aside_verb(toks, j, k):
            continue  # "X derided Y, who advises Z, saying ...": the aside's verb is not the participle's
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
    if subj[0] is None and toks:
        ss = f.sents[f.sent_of(toks[0].start)][0]
        if ss < toks[0].start:  # the tokens open after a quote: 'X hurled jabs at the "...", describing'
            subj = _sentence_subject(f, ss, toks[k].start, cues)
    if subj[0] is not None and (subj[0].kind == "person" or (
            subj[0].kind == "surname" and (_people_in(f, subj[0].start, subj[0].end)
                                           or _lone_surname_subject(f, subj[0])))) and not any(
            t.low in _SUBJECT_SWITCH and t.start > subj[0].end and not _closed_relative(toks, q, k)
            and not _relative_aside_before(toks, q, k) for q, t in enumerate(toks[:k])):
        # (not across "where/who/while ...": 'X was taken to a hospital, where Dr. Y was met with
        # applause upon announcing ...' is Y's)
        return subj  # ("In a livestream, Sanders shared ..., saying": the surname of a known person)
    if subj[0] is not None and subj[0].kind == "pronoun" and subj[0].name.lower() in {"he", "she"} and \
            not any(t.low in _SUBJECT_SWITCH for t in toks[:k] if t.start > subj[0].end):
        return subj  # "He bashed Ada Kim over ..., calling them ...": the pronoun's, not the object's
    if subj[0] is not None and subj[0].kind == "descriptor":
        w = next((q for q in range(k) if toks[q].start >= subj[0].end), None)
        if w is not None and w + 2 < k and toks[w].low == "who" and toks[w + 1].text.islower() and (
                toks[w + 1].low in _IRREGULAR_PAST or toks[w + 1].low in _FINITE
                or (toks[w + 1].low.endswith("ed") and len(toks[w + 1].low) > 4)):
            # "The couple who fostered Amir Dunn are suing, saying ...": the subject speaks; the
            # name is the object of its restrictive relative clause
            return subj
    sw = max((q for q in range(1, k) if toks[q].low in _SUBJECT_SWITCH - _REL_PRONOUNS
              and toks[q - 1].text == ","), default=None)
    if sw is not None:
        # "X has been under fire since Monday, when Trump leveled criticisms, calling ...": the
        # participle goes with the subject of the clause it follows
        np, e = _np_after(f.text, toks, sw + 1)
        if np is not None and e < k and np.kind in {"person", "surname"} and (
                toks[e].low in _FINITE or toks[e].low in _IRREGULAR_PAST or (
                    toks[e].text.islower() and toks[e].low.endswith("ed"))):
            return np, toks[sw + 1].start
    for idx in range(k - 1, -1, -1):
        t = toks[idx]
        if t.is_cap and (idx + 1 >= k or not toks[idx + 1].is_cap):
            i0, j0 = sp.np_span_before(toks, idx + 1)
            np = sp.parse_np(f.text, toks[i0:j0]) if j0 > i0 else None
            if j0 < k and toks[j0].text in DOUBLE_MARKS:
                continue  # 'the now-infamous Donald Trump "Access Hollywood tape"': a modifier
            if np is not None and (np.kind == "person" or (np.kind == "surname" and np.gender)) \
                    and sp.fold(np.name.split()[-1]) not in sp._NON_PERSON_END \
                    and not np.name.endswith(("’", "'", "’s", "'s")) \
                    and not (
                    i0 > 0 and toks[i0 - 1].low in {"to", "with", "by", "against", "from", "for", "in",
                                                    "at", "on", "of", "near", ","}
                    and not (toks[i0 - 1].text == "," and np.role and sp.is_role_word(np.role.split()[-1].lower())
                             and not set(np.role.lower().split()) & _PREPOSITIONS)):  # (", X's partner NAME held")
                return np, toks[i0].start
    return _sentence_subject(f, toks[0].start if toks else 0, toks[k].start, cues)


_TLDS = frozenset("""com org net gov edu info news io co uk""".split())
_PREPOSITIONS = frozenset("""of on in at to for with about from by over under against into""".split())


_GENERIC_BODIES = frozenset("""network company firm office agency group organisation organization
channel broadcaster newspaper paper board council committee embassy union club team airline
carrier charity foundation institute university""".split())


_OWN_BODIES = _GENERIC_BODIES | frozenset("""campaign administration government ministry staff
party department""".split())


_FAMILY_ROLES = frozenset("""mother father wife husband son daughter""".split())


# a capitalised word not glued to a word before it: the language of r"(?<![\w'’-])[A-Z][\w'’-]+",
# written to open with a literal letter (the boundary is checked after it) so that ``re`` skips
# along the text to capitals instead of trying every position: a quarter of the time per scan
_CAPWORD_RE = re.compile(r"[A-Z](?<![\w'’-].)[\w'’-]+")


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
