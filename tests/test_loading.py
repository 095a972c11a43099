"""load_articles on the seed, the Wikinews corpus and one small invented file per format."""
from __future__ import annotations

import json
import logging

import pandas as pd
import pytest

from analysis.loading import ARTICLE_COLUMNS, REPORT_COLUMNS, LoadReport, load_articles
from conftest import FIXTURES, SEED_PATH, WIKINEWS_DIR, needs_shared

ARTICLES = FIXTURES / "articles"
EXPECTED_DTYPES = {
    "article_id": "str", "title": "str", "subtitle": "str", "published": "datetime64[ns]",
    "outlet": "str", "author": "str", "url": "str", "text": "str", "source_path": "str",
    "n_words": "int64",
}


def dtypes(df: pd.DataFrame) -> dict[str, str]:
    return {c: str(t) for c, t in df.dtypes.items()}


def report_of(df: pd.DataFrame) -> list[tuple[str, str]]:
    rep = df.attrs["load_report"]
    return list(zip(rep["path"], rep["reason"]))


# ---------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed() -> pd.Series:
    articles = load_articles(SEED_PATH)
    assert len(articles) == 1
    return articles.iloc[0]


def test_seed_title_and_dek(seed):
    assert seed["article_id"] == "000_f5bbda2bcbac8a2c"
    assert seed["title"] == (
        "Russian military leaders repeatedly deny U.S. calls, experts concerned about "
        "'sleepwalking into war'"
    )
    assert seed["subtitle"] == (
        '"There is a high risk of escalation without the firebreak of direct contact between the '
        'most senior officials," a former NATO official said.'
    )


def test_seed_published_from_updated_dateline(seed):
    assert seed["published"] == pd.Timestamp("2022-03-23 22:59")


def test_seed_body_starts_after_boilerplate_and_keeps_characters(seed):
    text = seed["text"]
    raw = SEED_PATH.read_text(encoding="utf-8")
    assert text.startswith("Top Russian military officials")
    assert "Reporter\u2019s Notebook" not in text
    assert "Updated:" not in text
    # the body is an exact slice of the file: curly quotes and the non-breaking space survive
    assert text in raw
    assert "phone calls\u00a0with" in text and "can\u2019t pick up" in text
    assert text.endswith("potential use of nuclear weapons.\"")
    assert seed["n_words"] == len(text.split())
    assert seed["source_path"] == str(SEED_PATH)
    assert (seed["outlet"], seed["author"], seed["url"]) == ("", "", "")


def test_data_folder_loads_the_seed(project_root):
    articles = load_articles(project_root / "data")
    assert "000_f5bbda2bcbac8a2c" in set(articles["article_id"])
    # the speaker registry beside the articles is named in the report, never read as articles
    reasons = dict(report_of(articles))
    registry = project_root / "data" / "sources.csv"
    if registry.exists():
        assert reasons[str(registry)] == "skipped: speaker registry, not articles"
    assert not any(aid.startswith("sources") for aid in articles["article_id"])


def test_columns_and_dtypes_are_explicit(seed):
    articles = load_articles(SEED_PATH)
    assert list(articles.columns) == ARTICLE_COLUMNS
    assert dtypes(articles) == EXPECTED_DTYPES
    report = articles.attrs["load_report"]
    assert isinstance(report, pd.DataFrame) and list(report.columns) == REPORT_COLUMNS
    assert len(report) == 0


def test_same_input_same_table():
    a = load_articles([ARTICLES, SEED_PATH], columns={"text": "Copy", "published": "Pub Time"})
    b = load_articles([ARTICLES, SEED_PATH], columns={"text": "Copy", "published": "Pub Time"})
    pd.testing.assert_frame_equal(a, b)


def test_parquet_round_trip_is_exact(tmp_path):
    articles = load_articles([ARTICLES, SEED_PATH], columns={"text": "Copy", "published": "Pub Time"})
    plain = articles.copy()
    plain.attrs = {}  # parquet cannot store a DataFrame in attrs; the report travels apart
    plain.to_parquet(tmp_path / "a.parquet")
    back = pd.read_parquet(tmp_path / "a.parquet")
    pd.testing.assert_frame_equal(back, plain)
    assert dtypes(back) == EXPECTED_DTYPES


def test_frames_carrying_reports_still_concat_and_merge():
    a = load_articles(SEED_PATH)
    b = load_articles(ARTICLES / "feed.jsonl")
    both = pd.concat([a, b], ignore_index=True)
    assert len(both) == 3
    merged = a.merge(a[["article_id"]], on="article_id")
    assert len(merged) == 1
    assert isinstance(a.attrs["load_report"], LoadReport)


# ---------------------------------------------------------------- Wikinews


@needs_shared
def test_wikinews_295_articles_with_dates_and_no_dateline():
    articles = load_articles(WIKINEWS_DIR)
    assert len(articles) == 295
    raw = pd.concat(
        [pd.read_csv(WIKINEWS_DIR / f"wikinews_{y}.csv", dtype=str, keep_default_na=False) for y in (2019, 2020)],
        ignore_index=True,
    )
    assert articles["published"].notna().all()
    assert (articles["published"].dt.strftime("%Y-%m-%d").to_numpy() == raw["date"].to_numpy()).all()
    assert articles["article_id"].iloc[6] == "wikinews_2019-006"
    assert articles["article_id"].iloc[171] == "wikinews_2020-000"
    assert (articles["title"].to_numpy() == raw["title"].to_numpy()).all()
    row = articles.set_index("article_id").loc["wikinews_2019-000"]
    assert row["text"].startswith("An apartment building collapsed on Monday")
    assert "Friday, January 4, 2019" not in row["text"]
    assert row["published"] == pd.Timestamp("2019-01-04")
    assert row["outlet"] == "en.wikinews.org"
    # a dateline followed by a single newline is removed too; nothing starts with a weekday date
    opens_with_date = articles["text"].str.match(r"^\w+day, \w+ \d{1,2}, \d{4}\s*\S")
    assert not opens_with_date.any()
    # every body is a slice of the CSV text (characters kept)
    for body, original in zip(articles["text"], raw["text"]):
        assert body in original.replace("\r\n", "\n")
    # the two documentation files beside the CSVs are named in the report, not loaded
    reasons = dict(report_of(articles))
    assert reasons[str(WIKINEWS_DIR / "LICENSE.md")] == "skipped: documentation, not an article"


@needs_shared
def test_wikinews_glob_and_list_sources():
    by_glob = load_articles(str(WIKINEWS_DIR / "*.csv"))
    by_list = load_articles([WIKINEWS_DIR / "wikinews_2019.csv", WIKINEWS_DIR / "wikinews_2020.csv"])
    assert len(by_glob) == len(by_list) == 295
    assert len(by_glob.attrs["load_report"]) == 0


# ---------------------------------------------------------------- formats


def test_html_main_text_and_metadata_offline():
    art = load_articles(ARTICLES / "bridge.html").iloc[0]
    assert art["title"] == "Exampleton opens its new river bridge"
    assert art["author"] == "Pia Lindqvist"
    assert art["outlet"] == "The Exampleton Courier"
    assert art["url"] == "https://courier.example.org/2021/05/04/bridge"
    assert art["published"] == pd.Timestamp("2021-05-04")
    assert art["text"].startswith("The mayor of Exampleton, Rina Vos, opened")
    assert "\u201cIt took ten years, but the town finally has its crossing,\u201d Vos told" in art["text"]
    assert "All rights reserved" not in art["text"] and "Sport" not in art["text"]
    assert art["text"].count("\n\n") == 2  # three paragraphs


def test_markdown_front_matter_and_heading():
    art = load_articles(ARTICLES / "harbour.md").iloc[0]
    assert art["title"] == "Harbour council approves new ferry timetable"
    assert art["author"] == "Mira Okonjo"
    assert art["outlet"] == "Coastline Weekly"
    assert art["published"] == pd.Timestamp("2023-06-14")
    assert art["text"].startswith("The harbour council of Port Eskel")
    assert art["text"].endswith("council chair Dag Ellery said after the vote.")


def test_json_list_with_common_field_names():
    arts = load_articles(ARTICLES / "wire.json")
    assert list(arts["article_id"]) == ["wire-000", "wire-001"]
    first, second = arts.iloc[0], arts.iloc[1]
    assert first["title"] == "Flood barrier holds as river peaks"
    assert first["text"].endswith('"We were lucky," said site manager Ola Brenner.')
    assert first["published"] == pd.Timestamp("2022-11-20 07:15")  # +01:00 converted to UTC
    assert first["outlet"] == "Example Wire"  # {"name": ...} of a source object
    assert first["author"] == "Jan Rowe; Li Na Ko"
    assert first["url"] == "https://wire.example.net/flood"
    assert second["text"].startswith("The central library in Vesterby")
    assert second["published"] == pd.Timestamp("2022-11-21")
    assert second["outlet"] == "Vesterby Post"


def test_json_single_object_and_wrapped_list(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"headline": "Dam repaired", "content": "Workers repaired the Osk dam."}))
    (tmp_path / "wrapped.json").write_text(json.dumps({"status": "ok", "articles": [{"title": "T", "text": "Ferry fares rise in May."}]}))
    arts = load_articles(tmp_path)
    assert list(arts["article_id"]) == ["one", "wrapped-000"]
    assert list(arts["text"]) == ["Workers repaired the Osk dam.", "Ferry fares rise in May."]


def test_jsonl_rows():
    arts = load_articles(ARTICLES / "feed.jsonl")
    assert list(arts["article_id"]) == ["feed-000", "feed-001"]
    assert list(arts["published"]) == [pd.Timestamp("2020-02-07"), pd.Timestamp("2020-02-08")]
    assert set(arts["outlet"]) == {"Norhaven Daily"}


def test_csv_with_columns_mapping():
    arts = load_articles(ARTICLES / "market.csv", columns={"text": "Copy", "published": "Pub Time"})
    assert list(arts["article_id"]) == ["market-000", "market-001"]
    first = arts.iloc[0]
    assert first["title"] == "Market hall to close"
    assert first["text"] == (
        "The old market hall in Grenby will close in March for repairs, the council said.\n\n"
        '"It is unsafe," said engineer Aino Vale.'
    )
    assert first["published"] == pd.Timestamp("2019-03-01 09:30")
    assert first["author"] == "Kit Marr"
    assert arts.iloc[1]["author"] == ""


def test_csv_without_mapping_reports_missing_text_column():
    arts = load_articles(ARTICLES / "market.csv")
    assert len(arts) == 0
    [(path, reason)] = report_of(arts)
    assert path == str(ARTICLES / "market.csv")
    assert reason.startswith("CSV has no text column (found story_id, Headline, Copy, Pub Time, Byline)")


def test_columns_argument_is_checked():
    with pytest.raises(ValueError, match="article fields"):
        load_articles(ARTICLES, columns={"body": "Copy"})
    with pytest.raises(TypeError):
        load_articles(ARTICLES, columns=["text"])  # type: ignore[arg-type]


def test_plain_text_without_header_is_all_body(tmp_path):
    (tmp_path / "plain.txt").write_text("The river rose overnight. Residents left their homes.\n\nBy noon it fell.\n")
    art = load_articles(tmp_path / "plain.txt").iloc[0]
    assert art["title"] == "" and art["subtitle"] == "" and pd.isna(art["published"])
    assert art["text"] == "The river rose overnight. Residents left their homes.\n\nBy noon it fell."


def test_html_character_references_are_decoded_in_text_json_and_csv(tmp_path):
    # copy scraped from pages and feeds carries its quotation marks as "&quot;" or "&#8220;"
    body = "&quot;We will rebuild,&quot; said Mayor Ines Calder. &#8220;Soon.&#8221; AT&T &amp; R&D &foo;"
    decoded = '"We will rebuild," said Mayor Ines Calder. \u201cSoon.\u201d AT&T & R&D &foo;'
    (tmp_path / "a.txt").write_text("Port reopens &amp; grows\n\n" + body + " A\n")
    (tmp_path / "b.json").write_text(json.dumps({"title": "Port &#x201C;reopens&#x201D;", "text": body + " B"}))
    (tmp_path / "c.csv").write_text("title,text\nPort,\"" + body.replace('"', '""') + " C\"\n")
    arts = load_articles(tmp_path).set_index("article_id")
    assert arts["text"].tolist() == [decoded + " A", decoded + " B", decoded + " C"]
    assert arts.loc["a", "title"] == "Port reopens & grows"
    assert arts.loc["b", "title"] == "Port \u201creopens\u201d"
    from analysis import extract_quotes
    quotes = extract_quotes(arts.reset_index())
    assert set(zip(quotes["article_id"].str[0], quotes["text"], quotes["speaker"])) >= {
        (a, "We will rebuild,", "Ines Calder") for a in "abc"}


def test_published_dateline_and_byline(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Tram line opens\n\nBy Karin Dahl\n\nPublished: 7 June 2021 at 9.15am | Updated: 8 June 2021\n\n"
        "Share this story\n\nThe first tram left the depot at dawn.\n"
    )
    art = load_articles(tmp_path).iloc[0]
    assert art["title"] == "Tram line opens"
    assert art["author"] == "Karin Dahl"
    assert art["subtitle"] == ""
    assert art["published"] == pd.Timestamp("2021-06-07 09:15")
    assert art["text"] == "The first tram left the depot at dawn."


def test_only_headline_and_dateline_is_reported(tmp_path):
    (tmp_path / "stub.txt").write_text("A headline\n\nPublished March 3, 2020\n")
    arts = load_articles(tmp_path)
    assert len(arts) == 0
    assert report_of(arts) == [(str(tmp_path / "stub.txt"), "no article body (only a headline and dateline)")]


def test_folder_order_recursion_and_hidden_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Story Z is about ferries.")
    (tmp_path / "a.txt").write_text("Story A is about buses.")
    (tmp_path / ".hidden.txt").write_text("Hidden story about trains.")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Version control file.")
    (tmp_path / "README.md").write_text("# About this folder\n\nIt holds stories.")
    arts = load_articles(tmp_path)
    assert list(arts["article_id"]) == ["a", "z"]
    assert report_of(arts) == [(str(tmp_path / "README.md"), "skipped: documentation, not an article")]
    flat = load_articles(tmp_path, recursive=False)
    assert list(flat["article_id"]) == ["a"]


def test_same_stem_in_two_folders_keeps_both(tmp_path):
    for sub, text in (("x", "The first story is about parks."), ("y", "The second story is about roads.")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_text(text)
    arts = load_articles(tmp_path)
    assert list(arts["article_id"]) == ["story", "story~2"]


def test_explicit_readme_file_is_loaded(tmp_path):
    # the documentation skip applies to folders and globs, not to a file the user names
    (tmp_path / "README.txt").write_text("The council met on Monday.")
    assert len(load_articles(tmp_path / "README.txt")) == 1


def test_warning_logged_per_problem(tmp_path, caplog):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "x.doc").write_text("word file")
    with caplog.at_level(logging.WARNING, logger="analysis.loading"):
        arts = load_articles(tmp_path)
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(messages) == len(arts.attrs["load_report"]) == 2
    assert any("empty.txt" in m and "empty file" in m for m in messages)


def test_source_must_exist():
    with pytest.raises(FileNotFoundError, match="no-such-folder"):
        load_articles("no-such-folder/")
    with pytest.raises(FileNotFoundError, match=r"nothing-\*\.txt"):
        load_articles("nothing-*.txt")
    with pytest.raises(TypeError):
        load_articles(42)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "first,is_title",
    [
        ("Is this the end of the ferry?", True),
        ("Mayor vows to 'rebuild the bridge'", True),
        ('The mayor said: "We will rebuild."', False),
        ("The council met on Monday.", False),
    ],
)
def test_first_line_is_a_headline_only_if_it_reads_like_one(tmp_path, first, is_title):
    (tmp_path / "a.txt").write_text(f"{first}\n\nThe second paragraph is the body of the story.\n")
    art = load_articles(tmp_path / "a.txt").iloc[0]
    assert (art["title"] == first) is is_title
    assert art["text"].startswith("The second") is is_title


def test_empty_folder_gives_empty_typed_table(tmp_path):
    arts = load_articles(tmp_path)
    assert len(arts) == 0
    assert list(arts.columns) == ARTICLE_COLUMNS
    assert dtypes(arts) == EXPECTED_DTYPES
    assert len(arts.attrs["load_report"]) == 0
