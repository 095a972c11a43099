"""Paragraph and sentence boundaries on tricky news text (invented names and quotes)."""
from __future__ import annotations

import time

import pandas as pd
import pytest

from analysis.segmentation import (
    ABBREVIATIONS_PATH,
    SEGMENT_COLUMNS,
    _read_abbreviations,
    segment,
    split_paragraphs,
    split_sentences,
)
from conftest import SEED_PATH, WIKINEWS_DIR, needs_shared


def sentences(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, start, end)]


def paragraphs(text: str) -> list[str]:
    return [text[s:e] for s, e in split_paragraphs(text)]


# ---------------------------------------------------------------- paragraphs


def test_paragraphs_blank_lines_of_any_length_and_nbsp():
    text = "  First one.\n\nSecond one\nstill second.\n \u00a0\t\n\n\nThird.\u00a0 \n"
    assert paragraphs(text) == ["First one.", "Second one\nstill second.", "Third."]


def test_paragraphs_wikinews_triple_newlines():
    text = "Friday, May 3, 2019\u00a0\n\n\nFirst paragraph here.\n\n\nSecond paragraph.\n\n\n"
    assert paragraphs(text) == ["Friday, May 3, 2019", "First paragraph here.", "Second paragraph."]


def test_paragraphs_single_newlines_when_no_blank_line():
    text = "Headline here\nFirst paragraph. It goes on.\nSecond paragraph.\n"
    assert paragraphs(text) == ["Headline here", "First paragraph. It goes on.", "Second paragraph."]


def test_paragraphs_crlf_and_empty():
    assert paragraphs("One.\r\n\r\nTwo.\r\n") == ["One.", "Two."]
    assert split_paragraphs("") == []
    assert split_paragraphs(" \n\u00a0\n\t") == []


# ---------------------------------------------------------------- sentences

CASES = [
    # titles and middle initials
    (
        "Chairman Gen. Mark A. Milley met Lt. Col. Rosa P. Quint. They spoke for an hour.",
        ["Chairman Gen. Mark A. Milley met Lt. Col. Rosa P. Quint.", "They spoke for an hour."],
    ),
    (
        "Sen. Ada Brink, Rep. Tom Vell and Dr. Ines Karp arrived with Mr. and Mrs. Oduya. Gov. Lee did not.",
        ["Sen. Ada Brink, Rep. Tom Vell and Dr. Ines Karp arrived with Mr. and Mrs. Oduya.", "Gov. Lee did not."],
    ),
    # U.S. inside a sentence and at its end
    (
        "The U.S. Army and U.K. officials met. Aid went to the U.S. The next day it rained.",
        ["The U.S. Army and U.K. officials met.", "Aid went to the U.S.", "The next day it rained."],
    ),
    # dates, times, numbers
    (
        "The vote on Jan. 5 at 9 a.m. passed, and on Sept. 12 at 3 p.m. it failed. Turnout was 3.5 percent.",
        ["The vote on Jan. 5 at 9 a.m. passed, and on Sept. 12 at 3 p.m. it failed.", "Turnout was 3.5 percent."],
    ),
    (
        "Feb. 2 was cold. No. 10 said prices rose 2.75% vs. last year, e.g. bread, i.e. staples.",
        ["Feb. 2 was cold.", "No. 10 said prices rose 2.75% vs. last year, e.g. bread, i.e. staples."],
    ),
    (
        "Brant Inc. and Holm Corp. merged with Kell Jr. at St. Brigid's. Shares fell.",
        ["Brant Inc. and Holm Corp. merged with Kell Jr. at St. Brigid's.", "Shares fell."],
    ),
    # quotes ending sentences
    (
        '"Young people are flying jets in the war," he said. "They are not seasoned diplomats."',
        ['"Young people are flying jets in the war," he said.', '"They are not seasoned diplomats."'],
    ),
    (
        '"They are not seasoned diplomats." Next, the minister spoke.',
        ['"They are not seasoned diplomats."', "Next, the minister spoke."],
    ),
    (
        "\u201cThey are not ready.\u201d The minister left. \u2018Fine.\u2019 That was all.",
        ["\u201cThey are not ready.\u201d", "The minister left.", "\u2018Fine.\u2019", "That was all."],
    ),
    # ? and ! inside quotes followed by attribution
    (
        '"Why?" she asked. "Why not?" Dana Okafor asked. "Stop!" he shouted. "Now?" No answer came.',
        ['"Why?" she asked.', '"Why not?" Dana Okafor asked.', '"Stop!" he shouted.', '"Now?"', "No answer came."],
    ),
    (
        "\u201cWhere were you?\u201d asked the judge. Nobody replied!",
        ["\u201cWhere were you?\u201d asked the judge.", "Nobody replied!"],
    ),
    # ellipses
    (
        "He paused... then went on. It was late\u2026 The hall emptied.",
        ["He paused... then went on.", "It was late\u2026", "The hall emptied."],
    ),
    (
        '"Our reward [...] Tomas is the face of it," he said. Then he left.',
        ['"Our reward [...] Tomas is the face of it," he said.', "Then he left."],
    ),
    # brackets and lowercase sentence starts
    (
        "(He later resigned.) The board met. It was killed in the blast. al-Rami was its leader.",
        ["(He later resigned.)", "The board met.", "It was killed in the blast.", "al-Rami was its leader."],
    ),
    # "No." abbreviates only before a number; a dotted acronym before a lowercase word
    (
        "It was No. 10 on the list. No. Then we left. Crowds gathered in Washington (D.C.) for the rally. Done.",
        ["It was No. 10 on the list.", "No.", "Then we left.", "Crowds gathered in Washington (D.C.) for the rally.", "Done."],
    ),
    # a stray closing mark after a thin space
    (
        "He said, 'See you tomorrow.'\u2009\" The meeting ended.",
        ["He said, 'See you tomorrow.'\u2009\"", "The meeting ended."],
    ),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[1][0][:30] for c in CASES])
def test_tricky_news_sentences(text, expected):
    assert sentences(text) == expected


def test_paragraph_that_is_one_quoted_sentence():
    text = (
        "Officials met on Monday.\n\n"
        '"There is a high risk of escalation without direct contact," a former official said.\n\n'
        "\u201cWe will not stop.\u201d\n\n"
        "The talks ended."
    )
    assert sentences(text) == [
        "Officials met on Monday.",
        '"There is a high risk of escalation without direct contact," a former official said.',
        "\u201cWe will not stop.\u201d",
        "The talks ended.",
    ]


def test_sentences_never_cross_paragraphs_even_without_final_punctuation():
    text = "A headline without a stop\n\nThe body begins here. It ends"
    assert sentences(text) == ["A headline without a stop", "The body begins here.", "It ends"]


def test_offsets_index_the_full_text_for_a_range():
    text = "Intro line.\n\nFirst here. Second here.\n\nLast one."
    p_start, p_end = split_paragraphs(text)[1]
    spans = split_sentences(text, p_start, p_end)
    assert [text[s:e] for s, e in spans] == ["First here.", "Second here."]
    assert spans[0][0] == p_start
    # a range that starts mid-paragraph and ends mid-paragraph
    start = text.index("Second")
    assert sentences(text, start, text.index("one.")) == ["Second here.", "Last"]


def test_range_inside_text_without_blank_lines_uses_the_full_texts_paragraphs():
    # hard-wrapped paragraphs separated by blank lines: a line break inside a paragraph
    # is no boundary, even when the caller passes just that paragraph's range
    text = "The minister said the plan\nwould go ahead. It did.\n\nNext paragraph."
    p_start, p_end = split_paragraphs(text)[0]
    assert sentences(text, p_start, p_end) == ["The minister said the plan\nwould go ahead.", "It did."]


def test_seed_article_sentences(seed_path):
    text = SEED_PATH.read_text(encoding="utf-8")
    found = sentences(text)
    assert (
        "Defense Secretary Lloyd Austin and Joint Chiefs of Staff Chairman Gen. Mark A. Milley have tried "
        "to set up phone calls\u00a0with Russian Defense Minister Sergei Shoigu and Gen. Valery Gerasimov since "
        "Russia launched its invasion of Ukraine last month, The Washington Post reported."
    ) in found
    assert '"Very young people are flying in jets, operating warships, and conducting combat operations in the Ukrainian war," he said.' in found
    assert '"They are not seasoned diplomats, and their actions in the heat of operations can be misunderstood."' in found
    assert '"First the Saudis and the UAE leaders won\'t take Biden\'s call," Spicer tweeted.' in found
    assert "The Facts Inside Our Reporter\u2019s Notebook" in found
    # nothing ever splits after an abbreviation in the seed
    assert not any(s.endswith(("Gen.", "U.S.", "A.")) for s in found)


def test_split_sentences_rejects_non_text():
    with pytest.raises(TypeError):
        split_sentences(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        split_paragraphs(b"bytes")  # type: ignore[arg-type]


def test_out_of_range_offsets_are_clipped():
    assert sentences("One. Two.", -5, 100) == ["One.", "Two."]
    assert split_sentences("One. Two.", 9) == []


# ---------------------------------------------------------------- segment()


def test_segment_table():
    arts = pd.DataFrame(
        {
            "article_id": ["a1", "a2", "a3"],
            "text": ['Gen. Ida Holm spoke. "Go," she said.\n\nLater, U.S. aid came.', "", None],
        }
    )
    seg = segment(arts)
    assert list(seg.columns) == SEGMENT_COLUMNS
    assert seg[["article_id", "paragraph", "sentence", "text"]].values.tolist() == [
        ["a1", 0, 0, "Gen. Ida Holm spoke."],
        ["a1", 0, 1, '"Go," she said.'],
        ["a1", 1, 2, "Later, U.S. aid came."],
    ]
    text = arts.text[0]
    assert all(text[s:e] == t for s, e, t in zip(seg.start, seg.end, seg.text))
    assert {c: str(t) for c, t in seg.dtypes.items()} == {
        "article_id": "str", "paragraph": "int64", "sentence": "int64",
        "start": "int64", "end": "int64", "text": "str",
    }


def test_segment_empty_and_missing_columns():
    empty = segment(pd.DataFrame({"article_id": pd.Series([], dtype="str"), "text": pd.Series([], dtype="str")}))
    assert list(empty.columns) == SEGMENT_COLUMNS and len(empty) == 0
    assert str(empty["start"].dtype) == "int64"
    with pytest.raises(KeyError, match="text"):
        segment(pd.DataFrame({"article_id": ["x"]}))


def test_segment_round_trips_through_parquet(tmp_path):
    arts = pd.DataFrame({"article_id": ["a"], "text": ["One. Two.\n\nThree \u201cfour.\u201d"]})
    seg = segment(arts)
    seg.to_parquet(tmp_path / "s.parquet")
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "s.parquet"), seg)


@needs_shared
def test_wikinews_segments_tile_and_are_fast():
    frames = []
    for path in sorted(WIKINEWS_DIR.glob("wikinews_*.csv")):
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
        df["article_id"] = [f"{path.stem}-{i:03d}" for i in range(len(df))]
        frames.append(df)
    arts = pd.concat(frames, ignore_index=True)
    t0 = time.perf_counter()
    seg = segment(arts)
    assert time.perf_counter() - t0 < 10
    texts = dict(zip(arts.article_id, arts.text))
    for aid, group in seg.groupby("article_id", sort=False):
        text = texts[aid]
        covered = "".join(text[s:e] for s, e in zip(group.start, group.end))
        paras = split_paragraphs(text)
        for p, s, e in zip(group.paragraph, group.start, group.end):
            assert paras[p][0] <= s < e <= paras[p][1]
        non_space = "".join(ch for ch in text if not ch.isspace())
        assert "".join(ch for ch in covered if not ch.isspace()) == non_space
    # no sentence ends on a title abbreviation
    assert not seg.text.str.contains(r"\b(?:Gen|Dr|Mr|Mrs|Sen|Rep|Lt|Col)\.$").any()


# ---------------------------------------------------------------- the data file


def test_abbreviation_file_has_header_and_sections():
    head = ABBREVIATIONS_PATH.read_text(encoding="utf-8").splitlines()[0]
    assert head.startswith("#")
    abbr = _read_abbreviations()
    assert {"Gen.", "Lt.", "Sen.", "e.g.", "vs."} <= abbr.never
    assert {"U.S.", "Jan.", "a.m.", "Inc.", "Jr."} <= abbr.ambiguous
    assert "The" in abbr.starters


def test_abbreviation_file_errors(tmp_path):
    bad = tmp_path / "abbr.txt"
    bad.write_text("# header\nmr.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="before any"):
        _read_abbreviations(bad)
    bad.write_text("[weird]\nmr.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown section"):
        _read_abbreviations(bad)


def test_a_line_break_after_a_line_without_an_end_mark_ends_a_sentence_before_a_capital():
    # a photo credit on a line of its own inside a paragraph (scraped news text)
    t = "Intro.\n\nDana Holt/Facebook via KXYZ\nCrump said the staff escalated it."
    assert [t[s:e] for s, e in split_sentences(t)] == ["Intro.", "Dana Holt/Facebook via KXYZ",
                                                       "Crump said the staff escalated it."]
    # a hard-wrapped line inside a sentence stays one sentence
    t = "Intro.\n\nThe man walked\ninto the room."
    assert [t[s:e] for s, e in split_sentences(t)] == ["Intro.", "The man walked\ninto the room."]
