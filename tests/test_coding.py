"""Manual coding round trip: export, fill in, read back (validated), apply, agreement."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.coding import (QUOTE_SHEET_COLUMNS, SPEAKER_SHEET_COLUMNS, agreement,
                             apply_manual_codes, cohen_kappa, export_coding_sheet,
                             read_coding_sheet)
from analysis.source_types import classify_sources


@pytest.fixture()
def quotes():
    q = pd.DataFrame({
        "article_id": ["a", "a", "a", "b"],
        "quote_id": ["a-q000", "a-q001", "a-q002", "b-q000"],
        "speaker": ["Carla Denton", "police", "Omar Pell", "Carla Denton"],
        "named": [True, False, True, True],
        "speaker_role": ["Senator", "", "a resident", ""],
        "cue": ["said", "said", "told reporters", "said"],
        "text": ["We will not back down.", "Stay away.", "The water rose fast.", "No."],
    })
    return classify_sources(q, registry=False)


def test_quote_sheet_round_trip(quotes, tmp_path):
    path = tmp_path / "sheet.csv"
    sheet = export_coding_sheet(quotes, path, level="quote")
    assert sheet.columns.tolist() == QUOTE_SHEET_COLUMNS
    # article b says nothing about Denton: one type per (article, speaker)
    assert sheet["auto_source_type"].tolist() == ["political", "official", "citizen", "unknown"]
    assert (sheet["manual_source_type"] == "").all()
    back = read_coding_sheet(path)
    assert back.attrs["level"] == "quote" and len(back) == 4
    back.loc[2, "manual_source_type"] = "Expert"  # a coder disagrees, spelled loosely
    back.loc[0, "manual_source_type"] = "political"
    back.to_csv(path, index=False)
    filled = read_coding_sheet(path)
    out = apply_manual_codes(quotes, filled)
    assert out["source_type"].astype(str).tolist() == ["political", "official", "expert", "unknown"]
    assert out["type_reason"].tolist()[:3] == ["manual", quotes.loc[1, "type_reason"], "manual"]
    assert str(out["source_type"].dtype) == "category"
    a = agreement(filled)
    assert (a.n, a.percent_agreement) == (2, 50.0)


def test_speaker_sheet_round_trip(quotes, tmp_path):
    path = tmp_path / "speakers.csv"
    sheet = export_coding_sheet(quotes, path)
    assert sheet.columns.tolist() == SPEAKER_SHEET_COLUMNS
    assert sheet["speaker"].tolist() == ["Carla Denton", "Omar Pell", "police"]
    assert sheet.loc[0, "n_quotes"] == 2 and sheet.loc[0, "context"] == "We will not back down."
    sheet.loc[0, "manual_source_type"] = "former official"
    sheet.to_csv(path, index=False)
    out = apply_manual_codes(quotes, path)  # a path works too
    denton = out[out["speaker"] == "Carla Denton"]
    assert set(denton["source_type"].astype(str)) == {"former_official"}
    assert set(denton["type_reason"]) == {"manual"}
    assert out.loc[1, "source_type"] == "official"


def test_bad_code_names_the_row(tmp_path):
    p = tmp_path / "s.csv"
    pd.DataFrame({"quote_id": ["x-q0", "x-q1"], "auto_source_type": ["official", "media"],
                  "manual_source_type": ["official", "journalist"]}).to_csv(p, index=False)
    with pytest.raises(ValueError, match=r"row 3: manual_source_type 'journalist' is not a source type"):
        read_coding_sheet(p)


def test_missing_columns_are_named(tmp_path):
    p = tmp_path / "s.csv"
    pd.DataFrame({"quote_id": ["x-q0"], "auto_source_type": ["official"]}).to_csv(p, index=False)
    with pytest.raises(ValueError, match=r"missing column 'manual_source_type'"):
        read_coding_sheet(p)
    pd.DataFrame({"who": ["x"], "auto_source_type": ["official"],
                  "manual_source_type": [""]}).to_csv(p, index=False)
    with pytest.raises(ValueError, match=r"missing column 'quote_id' or 'speaker'"):
        read_coding_sheet(p)


def test_unknown_level_is_refused(quotes, tmp_path):
    with pytest.raises(ValueError, match="level"):
        export_coding_sheet(quotes, tmp_path / "x.csv", level="article")


def test_kappa_against_a_hand_computed_example():
    # 10 items; observed agreement 7/10; marginals auto (o .4, p .3, m .3), manual (o .4, p .3,
    # m .3) -> expected agreement .16 + .09 + .09 = .34; kappa = (.70 - .34) / (1 - .34) = 6/11
    auto = list("oooopppmmm")
    manual = list("ooopppmmmo")
    assert cohen_kappa(auto, manual) == pytest.approx(6 / 11)
    assert cohen_kappa(list("ab"), list("ab")) == 1.0
    assert cohen_kappa(list("aa"), list("aa")) == 1.0  # one label only: perfect agreement
    assert cohen_kappa(list("ab"), list("ba")) == pytest.approx(-1.0)
    with pytest.raises(ValueError):
        cohen_kappa(list("ab"), list("a"))


def test_agreement_report_and_confusion_table():
    sheet = pd.DataFrame({
        "quote_id": [f"q{i}" for i in range(11)],
        "auto_source_type": ["official"] * 4 + ["political"] * 3 + ["media"] * 3 + ["citizen"],
        "manual_source_type": ["official"] * 3 + ["political"] * 3 + ["media"] * 3 + ["official", ""],
    })
    a = agreement(sheet)
    assert a.n == 10
    assert a.percent_agreement == pytest.approx(70.0)
    assert a.kappa == pytest.approx(6 / 11)
    c = a.confusion
    assert c.index.name == "auto" and c.columns.name == "manual"
    assert c.loc["official", "political"] == 1 and c.loc["media", "official"] == 1
    assert c.loc["official", "official"] == 3
    assert int(c.values.sum()) == 10
    assert "citizen" not in c.index  # its only row was not coded
