"""The sources registry: validation, look-up by name/alias/surname, and that it wins."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.config import REGISTRY_PATH
from analysis.registry import REGISTRY_COLUMNS, Registry, load_registry
from analysis.source_types import classify_sources


def _write(tmp_path, text):
    p = tmp_path / "sources.csv"
    p.write_text(text, encoding="utf-8")
    return p


def test_shipped_registry_holds_the_seed_entries_with_notes():
    reg = load_registry()
    e = reg.entries.set_index("name")
    assert list(reg.entries.columns[:6]) == REGISTRY_COLUMNS
    assert e["source_type"].to_dict() == {"John Kirby": "official",
                                          "James Stavridis": "former_official",
                                          "Sean Spicer": "political",
                                          "The Washington Post": "media"}
    assert (e["note"].str.len() > 20).all()  # every entry says why
    assert REGISTRY_PATH.name == "sources.csv"


@pytest.mark.parametrize("speaker,name", [
    ("John Kirby", "John Kirby"), ("john  kirby", "John Kirby"), ("Kirby", "John Kirby"),
    ("the Post", "The Washington Post"), ("Washington Post", "The Washington Post"),
    ("James G. Stavridis", "James Stavridis"), ("Mr. Sean Spicer", "Sean Spicer"),
])
def test_lookup_by_name_alias_and_surname(speaker, name):
    assert load_registry().lookup(speaker)["name"] == name


def test_lookup_misses_and_ambiguous_surnames(tmp_path):
    reg = load_registry(_write(tmp_path, "name,aliases,source_type,affiliation,party,note\n"
                                         "Ann Example,,expert,,,\nBob Example,,citizen,,,\n"))
    assert reg.lookup("Example") is None  # two entries end with it
    assert reg.lookup("Ann Example")["source_type"] == "expert"
    assert reg.lookup("Cara Nobody") is None
    assert reg.lookup("") is None


def test_accents_and_case_do_not_matter(tmp_path):
    reg = load_registry(_write(tmp_path, "name,aliases,source_type,affiliation,party,note\n"
                                         "Łucja Żółw,,official,,,\n"))
    assert reg.lookup("Lucja Zolw")["source_type"] == "official"


@pytest.mark.parametrize("text,message", [
    ("name,aliases,affiliation\nAnn Example,,\n", r"missing column\(s\) \['source_type'\]"),
    ("name,source_type\nAnn Example,expert\nBob Example,offical\n",
     r"row 3 \(Bob Example\): source_type 'offical' is not one of"),
    ("name,source_type\nAnn Example,expert\n,citizen\n", r"row 3: empty name"),
    ("name,aliases,source_type\nAnn Example,Annie,expert\nBob Example,Annie,citizen\n",
     r"row 3: name or alias 'Annie' is already used by 'Ann Example'"),
])
def test_validation_errors_name_row_and_problem(tmp_path, text, message):
    with pytest.raises(ValueError, match=message):
        load_registry(_write(tmp_path, text))


def test_type_spelling_is_normalised(tmp_path):
    reg = load_registry(_write(tmp_path, "name,source_type\nAnn Example,Former Official\n"))
    assert reg.lookup("Ann Example")["source_type"] == "former_official"


def test_registry_wins_over_the_rules_and_gives_affiliation_and_party(tmp_path):
    p = _write(tmp_path, "name,aliases,source_type,affiliation,party,note\n"
                         "Carla Denton,Senator Denton; C. Denton,expert,Example University,,"
                         "a senator in the story but here coded as the economist she is\n")
    q = pd.DataFrame({"article_id": ["a", "a", "b"],
                      "speaker": ["Carla Denton", "Denton", "C. Denton"], "named": True,
                      "speaker_role": ["Senator", "", ""], "cue": "said"})
    out = classify_sources(q, registry=p)
    assert out["source_type"].astype(str).tolist() == ["expert"] * 3
    assert set(out["type_reason"]) == {"registry"}
    assert set(out["affiliation"]) == {"Example University"}
    # without the registry the rules decide
    rules = classify_sources(q, registry=False)
    assert rules.loc[0, "source_type"] == "political"


def test_registry_as_dataframe_or_object():
    df = pd.DataFrame({"name": ["Omar Pell"], "source_type": ["citizen"], "party": ["Green"]})
    q = pd.DataFrame({"article_id": ["a"], "speaker": ["Omar Pell"], "named": [True],
                      "speaker_role": ["Prime Minister"], "cue": ["said"]})
    for reg in (df, Registry(df)):
        out = classify_sources(q, registry=reg)
        assert (out.loc[0, "source_type"], out.loc[0, "party"]) == ("citizen", "Green")


def test_name_inside_a_titled_descriptor_is_looked_up():
    q = pd.DataFrame({"article_id": ["a"], "speaker": ["Pentagon press secretary John Kirby"],
                      "named": [False], "speaker_role": [""], "cue": ["said"]})
    assert classify_sources(q).loc[0, "type_reason"] == "registry"


def test_missing_registry_file_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_registry(tmp_path / "nope.csv")
