"""Speech cues and the closed word classes the quote rules share.

The cue lexicon (``analysis/data/speech_cues.csv``: every inflected form of a speech verb, what
it can introduce) and the small word sets that the attribution and reported-speech rules all
read: forms of *be*, finite auxiliaries, modals, subject pronouns, relative words, months and
number words. Part of the quote extractor (:mod:`analysis.quotes`).

>>> load_cues()["told"].lemma
'tell'
"""
from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from analysis import speakers as sp
from analysis.speakers import Token

CUES_PATH = Path(__file__).resolve().parent / "data" / "speech_cues.csv"


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


_BE = frozenset({"was", "were", "is", "are", "be", "been", "being"})
_REL = frozenset({"which", "that", "who", "whom", "what", "whose", "where", "when", "how"})
_SUBJ_PRON = frozenset({"he", "she", "they", "it", "we", "i"})
_MODALS = frozenset("""would will could can should may might must""".split())
# past forms of irregular verbs (many are participles too: "found", "made")
_IRREGULAR_PAST = frozenset("""found took went came left made gave saw knew thought began became ran
won lost held kept met paid sent spent stood brought bought caught taught fought sought built fell
felt led fled hit hurt cut put set shot struck stole spoke broke chose drove rose wrote ate grew
threw flew drew wore tore sank sold meant got did had sat slept hid beat bore bound dealt dug fed
forgot forgave froze hung heard laid lay lent let lit overtook quit rang read rode saw shook shut
sang sat slid split spread sprang stuck stung swore swept swam swung tore understood woke won wound
""".split())
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
    if c is not None and prev is not None and tok.text in _NOUN_LIKE_CUES and prev.is_word and \
            prev.text.islower() and prev.low not in _SUBJECT_BEFORE_VERB and not sp.is_role_word(prev.low) \
            and not prev.low.endswith(("s", "ly")):
        return None  # "a key reason she lost", "for security reasons": the noun after its modifier
    return c


# cue forms that are also nouns, read as nouns after a lower-case modifier that cannot be their
# subject (not "they reason", "officials claim", "studies report", "many claim", "also note")
_NOUN_LIKE_CUES = frozenset("""reason reasons claim claims report reports answer answers reply
replies comment comments note notes warning warnings""".split())
_SUBJECT_BEFORE_VERB = sp.SKIP_BEFORE_CUE | sp.QUANTIFIERS | frozenset(sp.PRONOUNS) | frozenset(
    """now who which that and or but also is are was were be been am not""".split())


# adjectives that make a following -s cue a plural noun: "Early reports suggested", "media reports"
_NOUN_ADJECTIVES = frozenset("""early earlier initial recent local conflicting
unconfirmed preliminary latest later further subsequent separate varying official unofficial
numerous false fake inaccurate erroneous misleading unfounded baseless""".split())


_NOUN_BEFORE = frozenset("""the a an his her its their our my your this that these those of
every each no any some""".split())


@functools.lru_cache(maxsize=1)
def _cue_regex() -> re.Pattern:
    """One pattern for every cue form and "according to" (a fast pre-filter for sentences)."""
    return re.compile(r"\b(?:[Aa]ccording|" + _trie_regex(sorted(set(load_cues()) | _VERDICT_VERBS
                                                            | _opening_participles())) + r")\b")


@functools.lru_cache(maxsize=1)
def _opening_participles() -> frozenset[str]:
    """Clause cues as participles that open a sentence: 'Saying the fund is for the community, Kim
    said ...' ("Saying", "Noting", ...)."""
    return frozenset(w.capitalize() for w, c in load_cues().items() if w.endswith("ing") and c.clause)


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


_VERDICT_VERBS = frozenset("""found finds decided decides concluded concludes held holds
determined determines""".split())


_FINITE = frozenset("""is are was were will would could can may might must has have had did
does do be been shall should""".split())


_NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten twenty thirty forty
fifty hundred hundreds thousand thousands million millions half eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen sixty seventy eighty ninety dozen dozens several few
many multiple numerous""".split())
