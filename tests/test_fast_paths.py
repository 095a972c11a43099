"""The fast paths of the extractor and the typing give the same answers as the plain definitions
they replace (checked on generated texts, including the awkward characters)."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from analysis import source_types

# letters, accents, commas, dots, spaces, newlines: what the patterns look at
_TEXT = st.lists(st.sampled_from(list("AaBbDdrs ,.\n\t-ÉéłØøçÇ’'") + ["Dr", "Mr", " and ", "the "]),
                 max_size=40).map("".join)


@given(_TEXT)
def test_fold_equals_translate_with_the_map(text):
    folded = source_types._fold(text)
    # the map is filled by _fold itself; once filled, translate is the definition
    assert folded == text.translate(source_types._FOLD_MAP)
    assert len(folded) == len(text)


def test_fold_strips_accents_and_keeps_other_characters():
    assert source_types._fold("Jarosław Kaczyński’s Ørsted café") == "Jaroslaw Kaczynski’s Orsted cafe"


@given(_TEXT, st.integers(min_value=0, max_value=200))
def test_comma_before_name_matches_a_search_of_the_whole_text_before(text, start):
    # the definition: the pattern searched over everything before the mention
    want = re.search(r",\s*(?:[A-Z][a-z]{0,4}\.?\s+){0,2}$", text[:start])
    comma = text.rfind(",", 0, start)
    got = source_types._COMMA_BEFORE_NAME.match(text, comma, start) if comma >= 0 else None
    assert (got and got.start()) == (want and want.start())


def test_appositive_before_finds_the_phrase_before_the_comma():
    text = "On Monday the mayor of Yartown, Dr Ada Kim, said the road would open."
    assert source_types._appositive_before(text, text.index("Ada")) == "On Monday the mayor of Yartown"
    assert source_types._appositive_before(text, text.index("said")) == ""


def test_rx_compiles_once_per_pattern():
    assert source_types._rx(r"x+y") is source_types._rx(r"x+y")
    assert source_types._rx(r"x+y").fullmatch("xxy")


# the scans of speaker_resolution open with a literal letter; the same matches as the patterns
# they stand for, written the plain way
_WORDS = st.lists(st.sampled_from(["He", "he", "She", "she", "His", "her", "Her", "him", "Hims", "The",
                                   "sHe", "x", "Ann", "al-Assad", "O’Neil", "d'Ivoire", "_He", "3He",
                                   "É", "Éva", " ", "  ", "-", "’", "'", ".", ",", "\n"]),
                  max_size=30).map("".join)


@given(_WORDS)
def test_gender_pronoun_scan_matches_the_plain_pattern(text):
    from analysis.speaker_resolution import _GENDER_PRON_RE
    plain = re.compile(r"\b([Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
    assert [(m.span(), m.group(1)) for m in _GENDER_PRON_RE.finditer(text)] == \
        [(m.span(), m.group(1)) for m in plain.finditer(text)]


@given(_WORDS)
def test_capitalised_word_scan_matches_the_plain_pattern(text):
    from analysis.attribution import _CAPWORD_RE
    plain = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+")
    assert [m.span() for m in _CAPWORD_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for pos in range(len(text)):  # also where a scan starts or a match is tried mid-text
        assert bool(_CAPWORD_RE.match(text, pos)) == bool(plain.match(text, pos))
