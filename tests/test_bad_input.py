"""The bad-input battery (issue 8): a folder of broken and awkward files, built at test time.

Every readable article must load with its exact characters; every other file or row must be
named in ``attrs["load_report"]`` with a plain reason; nothing may raise past the API except a
source path that does not exist.
"""
from __future__ import annotations

import builtins
import os
from pathlib import Path

import pandas as pd
import pytest

import analysis.loading as loading
from analysis.loading import load_articles
from analysis.segmentation import segment, split_sentences

from fixtures.bad_input.build import (  # noqa: E402 - tests/ is on sys.path (conftest)
    BIG_REPEAT,
    BIG_SENTENCE,
    CP1252_BODY,
    EXPECTED_IDS,
    EXPECTED_REPORT,
    LATIN1_BODY,
    ONE_QUOTE,
    UNBALANCED_BODY,
    UTF16_BODY,
    build_bad_folder,
)


@pytest.fixture(scope="module")
def bad_dir(tmp_path_factory) -> Path:
    return build_bad_folder(tmp_path_factory.mktemp("bad_input"), lock=False)


@pytest.fixture(scope="module")
def loaded(bad_dir) -> pd.DataFrame:
    # tests run as root, so chmod 000 cannot make a file unreadable: refuse this one path the
    # way the operating system would, inside the loader's module only
    locked = str(bad_dir / "locked.txt")
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):
        if os.fspath(file) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_open(file, *args, **kwargs)

    mp = pytest.MonkeyPatch()
    mp.setattr(loading, "open", guarded_open, raising=False)
    try:
        return load_articles(bad_dir)
    finally:
        mp.undo()


def by_id(loaded: pd.DataFrame) -> pd.DataFrame:
    return loaded.set_index("article_id")


def test_report_names_every_bad_file_and_row(loaded, bad_dir):
    report = loaded.attrs["load_report"]
    got = [(Path(p).relative_to(bad_dir).as_posix(), r) for p, r in zip(report["path"], report["reason"])]
    expected = [(name, reason.replace("{dir}", str(bad_dir))) for name, reason in EXPECTED_REPORT]
    assert got == expected


def test_every_readable_article_is_loaded(loaded):
    assert list(loaded["article_id"]) == EXPECTED_IDS


def test_legacy_encodings_decoded_exactly(loaded):
    arts = by_id(loaded)
    assert arts.loc["cp1252", "text"] == CP1252_BODY
    assert arts.loc["cp1252", "title"] == "Council vote delayed"
    assert arts.loc["latin1", "text"] == LATIN1_BODY
    assert arts.loc["latin1", "title"] == "Caf\u00e9 owners protest"
    assert arts.loc["utf16", "text"] == UTF16_BODY


def test_five_megabyte_article(loaded):
    big = by_id(loaded).loc["big"]
    assert big["text"] == (BIG_SENTENCE * BIG_REPEAT).strip()
    assert big["n_words"] == len(BIG_SENTENCE.split()) * BIG_REPEAT
    assert len(big["text"].encode("utf-8")) > 5_000_000


def test_unbalanced_and_one_long_quote_load_and_segment(loaded):
    arts = by_id(loaded)
    assert arts.loc["unbalanced", "text"] == UNBALANCED_BODY
    assert arts.loc["onequote", "text"] == ONE_QUOTE
    assert arts.loc["onequote", "title"] == ""  # a quoted line is no headline
    spans = split_sentences(ONE_QUOTE)
    assert [ONE_QUOTE[s:e] for s, e in spans] == [ONE_QUOTE]
    unbalanced = [UNBALANCED_BODY[s:e] for s, e in split_sentences(UNBALANCED_BODY)]
    assert unbalanced == [
        'The mayor said "we will rebuild the bridge.',
        "Nobody doubted her \u201cresolve.",
        "She left at noon.",
    ]


def test_good_rows_around_broken_ones_are_kept(loaded):
    arts = by_id(loaded)
    assert arts.loc["broken-000", "text"] == "The harbour opened on Monday, officials said."
    assert arts.loc["broken-002", "text"] == "A second good article, about the new tram depot."
    assert arts.loc["mixed-000", "text"] == "First good article about trams."
    assert arts.loc["mixed-002", "text"] == "Third good article about buses."
    assert arts.loc["doc", "text"] == "A story in a subfolder."


def test_whole_batch_segments_without_error(loaded):
    seg = segment(loaded)
    texts = dict(zip(loaded["article_id"], loaded["text"]))
    assert set(seg["article_id"]) == set(loaded["article_id"])
    sample = seg[seg["article_id"] != "big"]
    assert all(texts[a][s:e] == t for a, s, e, t in zip(sample.article_id, sample.start, sample.end, sample.text))
    assert (seg["article_id"] == "big").sum() == BIG_REPEAT


def test_nonexistent_path_raises_naming_it(tmp_path):
    missing = tmp_path / "does-not-exist"
    with pytest.raises(FileNotFoundError, match="does-not-exist"):
        load_articles(missing)
    # also inside a list, even when the other entries exist
    (tmp_path / "ok.txt").write_text("The ferry ran late on Sunday.")
    with pytest.raises(FileNotFoundError, match="does-not-exist"):
        load_articles([tmp_path / "ok.txt", missing])


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read chmod 000 files")
def test_chmod_000_file_is_reported(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text("A story nobody may read.")
    locked.chmod(0)
    try:
        arts = load_articles(tmp_path)
    finally:
        locked.chmod(0o644)
    assert list(zip(arts.attrs["load_report"]["path"], arts.attrs["load_report"]["reason"])) == [
        (str(locked), "unreadable: permission denied")
    ]


def test_broken_link_and_folder_named_like_a_file(tmp_path):
    (tmp_path / "good.txt").write_text("The bakery reopened on Friday.")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "folder.txt").mkdir()  # a folder with a file-like name is searched, not read
    (tmp_path / "folder.txt" / "inner.md").write_text("The choir sang on Sunday.")
    arts = load_articles(tmp_path)
    assert list(arts["article_id"]) == ["inner", "good"]
    assert list(zip(arts.attrs["load_report"]["path"], arts.attrs["load_report"]["reason"])) == [
        (str(tmp_path / "dangling.txt"), "unreadable: broken link")
    ]


def test_paths_inside_fields_are_never_opened(tmp_path, monkeypatch):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    (tmp_path / "a.csv").write_text(f"title,text,url\n{secret},{secret},{secret}\n")
    opened: list[str] = []
    real_open = builtins.open

    def spy(file, *args, **kwargs):
        opened.append(os.fspath(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(loading, "open", spy, raising=False)
    arts = load_articles(tmp_path / "a.csv")
    assert opened == [str(tmp_path / "a.csv")]
    assert arts.loc[0, "text"] == str(secret)  # kept as text, not followed


def test_undecodable_bom_and_json_of_wrong_shape(tmp_path):
    (tmp_path / "bad16.txt").write_bytes(b"\xff\xfe" + b"\x00\xd8")  # lone surrogate after a BOM
    (tmp_path / "number.json").write_text("42")
    (tmp_path / "strings.jsonl").write_text('"just a string"\n')
    arts = load_articles(tmp_path)
    assert len(arts) == 0
    assert list(zip([Path(p).name for p in arts.attrs["load_report"]["path"]], arts.attrs["load_report"]["reason"])) == [
        ("bad16.txt", "undecodable: starts with a utf-16 byte-order mark but is not utf-16"),
        ("number.json", "JSON holds a int, not an article object or a list of them"),
        ("strings.jsonl", "row 0: not a JSON object (str)"),
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_named_pipe_is_reported_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would block forever
    (tmp_path / "ok.txt").write_text("The bridge reopened on Sunday.")
    arts = load_articles(tmp_path)
    assert list(arts["article_id"]) == ["ok"]
    assert list(arts.attrs["load_report"]["reason"]) == ["unreadable: not a regular file"]


def test_csv_with_a_five_megabyte_body_and_field_limit_restored(tmp_path):
    import csv

    before = csv.field_size_limit()
    (tmp_path / "big.csv").write_text('title,text\nBig,"' + "word " * 1_000_000 + '"\n', encoding="utf-8")
    arts = load_articles(tmp_path / "big.csv")
    assert arts.loc[0, "n_words"] == 1_000_000
    assert csv.field_size_limit() == before
