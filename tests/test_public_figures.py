"""The public-figures file: general knowledge for a speaker the article gives no role.

Invented people in small frames test the look-up and the typing rules; the bundled file is
checked for form and for a few facts of well-known office-holders.
"""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.public_figures import (PUBLIC_FIGURES_COLUMNS, PublicFigures, load_public_figures,
                                     name_key)
from analysis.source_types import SOURCE_TYPES, classify_sources, classify_speaker


def figures(*rows: tuple) -> PublicFigures:
    return PublicFigures(pd.DataFrame(list(rows), columns=PUBLIC_FIGURES_COLUMNS))


# Ann Example: a senator, then a minister; Bo Sample: a governor; two people called Tran alone
FIGS = figures(
    ("Ann Example", "Ann B. Example", "Example", "political", "senator (R)", "Republican", "Ruritania", "2005-01", "2017-01"),
    ("Ann Example", "Ann B. Example", "Example", "official", "foreign minister", "Republican", "Ruritania", "2017-01", ""),
    ("Bo Sample", "", "", "official", "governor of Eastland", "Democratic", "Ruritania", "2011-01", "2019-01"),
    ("Cy Tran", "", "Tran", "political", "party chair", "Green", "Ruritania", "2010-01", ""),
    ("Di Tran", "", "Tran", "official", "central bank governor", "", "Ruritania", "2012-01", ""),
)


def test_name_key_folds_accents_initials_suffixes_and_case():
    assert name_key("Ann B. Example") == name_key("ann example") == "ann example"
    assert name_key("José Pérez-Soto") == "jose perez soto"
    assert name_key("Bo Sample Jr.") == "bo sample jr" != name_key("Bo Sample")  # the son
    assert name_key("Example's") == "example"


def test_lookup_picks_the_period_of_the_date():
    assert FIGS.lookup("Ann Example", "2012-05-01")["source_type"] == "political"
    assert FIGS.lookup("Ann B. Example", pd.Timestamp("2019-03-02"))["source_type"] == "official"
    assert FIGS.lookup("Ann Example", "2017-01-15")["role"] == "foreign minister"  # 'to' is exclusive
    assert FIGS.lookup("Ann Example", "1999-01-01") is None  # before any period
    assert FIGS.lookup("Bo Sample", "2020-01-01") is None  # after the only period


def test_lookup_without_a_date_takes_a_type_held_more_than_half_of_the_time():
    assert FIGS.lookup("Ann Example") is None  # political 2009-2017, official 2017-2025: even
    figs = figures(
        ("Bo Sample", "", "", "official", "mayor", "", "", "2006-01", "2013-01"),
        ("Bo Sample", "", "", "political", "senator", "", "", "2013-01", ""),
        ("Cy Tran", "", "", "citizen", "businessman", "", "", "2009-01", "2015-01"),
        ("Cy Tran", "", "", "political", "candidate", "", "", "2015-01", "2017-01"),
        ("Cy Tran", "", "", "official", "president", "", "", "2017-01", "2021-01"),
        ("Cy Tran", "", "", "political", "candidate", "", "", "2021-01", ""))
    got = figs.lookup("Bo Sample")  # 48 months a mayor in 2009-2025, 144 a senator
    assert got["source_type"] == "political" and got["months"] == (144, 192)
    assert figs.lookup("Cy Tran") is None  # citizen 72, political 72, official 48 months
    more = figures(
        ("Di Quon", "", "", "political", "commentator", "", "", "2009-01", "2018-04"),
        ("Di Quon", "", "", "official", "adviser", "", "", "2018-04", "2019-09"),
        ("Di Quon", "", "", "former_official", "former adviser", "", "", "2019-09", ""),
        ("Ed Roe", "", "", "official", "president", "", "", "2009-01", "2017-01"),
        ("Ed Roe", "", "", "former_official", "former president", "", "", "2017-01", ""))
    got = more.lookup("Di Quon")  # more than half of the months, if not two thirds
    assert got["source_type"] == "political" and got["months"] == (111, 192)
    assert more.lookup("Ed Roe") is None  # 96 and 96: half is no majority
    text = "Bo Sample said the bill was dead."
    reason = classify_sources(
        pd.DataFrame({"article_id": ["a"], "speaker": ["Bo Sample"], "named": [True],
                      "speaker_role": [""], "cue": ["said"]}),
        registry=False, articles=pd.DataFrame({"article_id": ["a"], "text": [text]}),
        figures=figs)["type_reason"].iloc[0]
    assert reason == ("public figure: 'Bo Sample' (no article date: political for 144 of their "
                      "192 months in 2009-2025, latest as senator) -> political")
    assert FIGS.lookup("Bo Sample")["source_type"] == "official"
    text = "Bo Sample said the bridge would reopen in May."
    got = classify_speaker("Bo Sample", named=True, cues=["said"], text=text, registry=False,
                           figures=FIGS)
    assert got["type_reason"] == ("public figure: 'Bo Sample' (every period 2011-01 to 2019-01, "
                                  "latest: governor of Eastland) -> official")
    assert FIGS.lookup("Bo Sample", pd.NaT)["source_type"] == "official"


def test_one_word_names_match_only_a_single_surname_alone():
    assert FIGS.lookup("Example", "2012-01")["name"] == "Ann Example"
    assert FIGS.lookup("Sample") is None  # no surname_alone given
    assert FIGS.lookup("Tran", "2015-01") is None  # two people go by Tran
    assert FIGS.lookup("Cy Tran", "2015-01")["source_type"] == "political"
    assert FIGS.lookup("Ann Other Example", "2012-01")["name"] == "Ann Example"  # first + last


def test_middle_initials_tell_two_people_apart_when_both_are_listed():
    figs = figures(
        ("Bo A. Sample", "", "", "former_official", "former governor", "", "", "2001-01", ""),
        ("Bo C. Sample", "", "", "official", "governor", "", "", "2001-01", ""),
        ("Cy Tran", "", "", "political", "senator", "", "", "2001-01", ""))
    assert figs.lookup("Bo A. Sample")["source_type"] == "former_official"
    assert figs.lookup("Bo C. Sample")["source_type"] == "official"
    assert figs.lookup("Bo Sample") is None  # either of them
    assert figs.lookup("Cy D. Tran")["source_type"] == "political"  # one Cy Tran: initial added


def test_bad_rows_are_reported_by_line():
    with pytest.raises(ValueError, match=r"lines \[3\]"):
        figures(("Ann Example", "", "", "political", "", "", "", "2005-01", ""),
                ("Bo Sample", "", "", "partisan", "", "", "", "2005-01", ""))
    with pytest.raises(ValueError, match=r"lines \[2\]"):
        figures(("Ann Example", "", "", "political", "", "", "", "2005", ""))
    with pytest.raises(ValueError, match="missing columns"):
        PublicFigures(pd.DataFrame({"name": ["Ann Example"]}))


TEXT = "Ann Example said the budget was a disgrace and would not pass."


def test_a_public_figure_with_no_role_in_the_article_takes_the_files_type():
    got = classify_speaker("Ann Example", named=True, cues=["said"], text=TEXT, registry=False,
                           when="2012-06-01", figures=FIGS)
    assert got["source_type"] == "political"
    assert got["type_reason"] == ("public figure: 'Ann Example' (senator (R), 2005-01 to 2017-01) "
                                  "-> political")
    assert got["party"] == "Republican"
    later = classify_speaker("Ann Example", named=True, cues=["said"], text=TEXT, registry=False,
                             when="2020-06-01", figures=FIGS)
    assert later["source_type"] == "official"
    # without the file, the same speaker is a private individual (no role in the article)
    alone = classify_speaker("Ann Example", named=True, cues=["said"], text=TEXT, registry=False,
                             when="2012-06-01", figures=False)
    assert alone["source_type"] == "citizen"


def test_the_articles_own_role_wins_over_the_file():
    text = "Lawyer Ann Example said the budget was a disgrace."
    got = classify_speaker("Ann Example", named=True, cues=["said"], text=text, registry=False,
                           when="2012-06-01", figures=FIGS)
    assert got["source_type"] == "expert" and not got["type_reason"].startswith("public figure")


def test_an_office_holder_in_a_campaign_story_is_political():
    # CODEBOOK: a head of government campaigning is political; the article's words come first
    text = "Bo Sample said at the rally that the race was open, ahead of the presidential election."
    got = classify_speaker("Bo Sample", named=True, cues=["said"], text=text, registry=False,
                           when="2015-06-01", figures=FIGS)
    assert got["source_type"] == "political" and got["type_reason"].startswith("rule: campaign")
    calm = "Bo Sample said that the bridge would reopen in May."
    got = classify_speaker("Bo Sample", named=True, cues=["said"], text=calm, registry=False,
                           when="2015-06-01", figures=FIGS)
    assert got["source_type"] == "official" and got["type_reason"].startswith("public figure")


def test_the_users_registry_wins_over_the_file():
    reg = pd.DataFrame({"name": ["Ann Example"], "source_type": ["expert"]})
    got = classify_speaker("Ann Example", named=True, cues=["said"], text=TEXT, registry=reg,
                           when="2012-06-01", figures=FIGS)
    assert got["type_reason"] == "registry" and got["source_type"] == "expert"


def test_classify_sources_uses_each_articles_published_date():
    arts = pd.DataFrame({"article_id": ["a", "b"], "text": [TEXT, TEXT],
                         "published": pd.to_datetime(["2012-06-01", "2021-02-03"])})
    q = pd.DataFrame({"article_id": ["a", "b"], "speaker": ["Ann Example"] * 2,
                      "named": [True, True], "speaker_role": ["", ""], "cue": ["said", "said"]})
    out = classify_sources(q, registry=False, articles=arts, figures=FIGS)
    assert out["source_type"].astype(str).tolist() == ["political", "official"]
    assert out["party"].tolist() == ["Republican", "Republican"]
    off = classify_sources(q, registry=False, articles=arts, figures=False)
    assert off["source_type"].astype(str).tolist() == ["citizen", "citizen"]


# --- an undated article: the period its titles give, and full names written elsewhere

# Ann Example: a senator, president 2010-2018, then a former president; Bo Sample: a businessman, then a
# candidate, then governor; Cy Tran: deputy minister, then minister
PERIOD_FIGS = figures(
    ("Ann Example", "", "Example", "political", "senator", "", "Ruritania", "2009-01", "2010-01"),
    ("Ann Example", "", "Example", "official", "President of Ruritania", "", "Ruritania", "2010-01", "2018-01"),
    ("Ann Example", "", "Example", "former_official", "former president", "", "Ruritania", "2018-01", ""),
    ("Bo Sample", "", "", "citizen", "businessman", "", "Ruritania", "2009-01", "2015-01"),
    ("Bo Sample", "", "", "political", "candidate for governor", "", "Ruritania", "2015-01", "2016-01"),
    ("Bo Sample", "", "", "official", "governor of Eastland", "", "Ruritania", "2016-01", ""),
    ("Cy Tran", "", "", "official", "deputy foreign minister", "", "Ruritania", "2012-01", "2014-01"),
    ("Cy Tran", "", "", "official", "Foreign Minister of Ruritania", "", "Ruritania", "2014-01", "2020-01"),
    ("Di Quon", "", "", "official", "mayor of Westport", "", "Ruritania", "2011-01", "2015-01"),
)


def test_an_undated_articles_titles_give_its_period():
    p = PERIOD_FIGS.article_period("President Ann Example met Gov. Bo Sample on Monday.")
    assert p.spans == (("2016-01", "2018-01"),)  # president 2010-2018, governor from 2016
    assert p.clues == ("President Ann Example", "Gov. Bo Sample")
    # a title after "former" or "under" is history; "Deputy" makes it another title
    assert PERIOD_FIGS.article_period("Former President Ann Example spoke.") is None
    assert PERIOD_FIGS.article_period("Taxes rose under President Ann Example.") is None
    assert PERIOD_FIGS.article_period("Deputy Prime Minister Cy Tran spoke.") is None
    # "Foreign Minister" is no title of the table; "Prime Minister" is, but not Tran's
    assert PERIOD_FIGS.article_period("Prime Minister Cy Tran spoke.") is None
    # words after the name are dropped until the file knows it ("President Example Tuesday")
    assert PERIOD_FIGS.article_period("President Example Tuesday said no.").spans == \
        (("2010-01", "2018-01"),)
    # mentions that cannot all hold at once give no period
    assert PERIOD_FIGS.article_period("Mayor Di Quon and Gov. Bo Sample spoke.") is None
    # a title the file never gives the person is left out, not taken as a contradiction
    assert PERIOD_FIGS.article_period("President Ann Example and President Bo Sample.").clues == \
        ("President Ann Example",)


def test_a_roles_title_must_be_current_in_the_file():
    figs = figures(
        ("Ann Example", "", "", "former_official", "former president", "", "", "2010-01", ""),
        ("Bo Sample", "", "", "official", "vice president", "", "", "2010-01", ""),
        ("Cy Tran", "", "", "official", "acting Attorney General; former governor", "", "", "2010-01", "2011-01"))
    assert figs.article_period("President Ann Example spoke.") is None
    assert figs.article_period("President Bo Sample spoke.") is None
    assert figs.article_period("Vice President Bo Sample spoke.").spans == (("2010-01", "2025-01"),)
    assert figs.article_period("Attorney General Cy Tran spoke.").spans == (("2010-01", "2011-01"),)
    assert figs.article_period("Gov. Cy Tran spoke.") is None  # "former governor"


def test_the_period_types_a_speaker_of_an_undated_article():
    text = "Bo Sample spoke after President Ann Example signed the bill."
    # in 2010-2018 a citizen for 60 of 96 months: the period does not decide; undated, an
    # official for 108 of 192 months (citizen 72, political 12), more than half
    got = PERIOD_FIGS.lookup("Bo Sample", PERIOD_FIGS.article_period(text))
    assert got["source_type"] == "official" and got["months"] == (108, 192)
    text = "Sample spoke after Vice President Cy Tran left. Ann Example said it was late."
    assert PERIOD_FIGS.article_period(text) is None  # Tran was never vice president
    text = "Mayor Di Quon met Example's envoy on Monday. Example said it was late."
    got = classify_speaker("Example", named=True, cues=["said"], text=text, registry=False,
                           figures=PERIOD_FIGS)
    assert got["source_type"] == "official"
    assert got["type_reason"] == (
        "public figure: 'Ann Example' (President of Ruritania, 2010-01 to 2018-01; no article "
        "date, its titles place it then: 'Mayor Di Quon') -> official")
    # a date wins over the titles: a former president in 2019
    got = classify_speaker("Example", named=True, cues=["said"], text=text, registry=False,
                           when="2019-05-01", figures=PERIOD_FIGS)
    assert got["source_type"] == "former_official"
    # classify_sources infers the period of the undated article only
    arts = pd.DataFrame({"article_id": ["a", "b"], "text": [text, text],
                         "published": pd.to_datetime([None, "2019-05-01"])})
    q = pd.DataFrame({"article_id": ["a", "b"], "speaker": ["Example"] * 2, "named": [True] * 2,
                      "speaker_role": ["", ""], "cue": ["said", "said"]})
    out = classify_sources(q, registry=False, articles=arts, figures=PERIOD_FIGS)
    assert out["source_type"].astype(str).tolist() == ["official", "former_official"]


def test_a_period_that_does_not_decide_falls_back_to_the_undated_rule():
    figs = figures(
        ("Ann Example", "", "", "official", "President of Ruritania", "", "", "2009-01", "2017-01"),
        ("Bo Sample", "", "Sample", "official", "adviser", "", "", "2009-01", "2011-09"),
        ("Bo Sample", "", "Sample", "political", "senator", "", "", "2011-09", ""))
    period = figs.article_period("President Ann Example spoke.")
    # in 2009-2017 an official for 32 of 96 months: the period does not decide; over
    # 2009-2025 a senator for 160 of 192 months, as if undated
    got = figs.lookup("Sample", period)
    assert got["source_type"] == "political" and got["months"] == (160, 192)


def test_a_surname_is_looked_up_by_the_full_name_the_article_gives():
    figs = figures(("Ann Example", "", "", "political", "senator", "", "", "2009-01", ""),
                   ("Bo Example", "", "", "official", "mayor", "", "", "2009-01", ""))
    # the full name stands in a quote of another speaker, so the extractor kept the surname
    text = ('"I see Ann Example as a friend," the mayor said.\n\nExample said the plan was '
            'sound.')
    assert figs.lookup("Example") is None  # no surname_alone
    assert figs.full_name_in(text, "Example") == "Ann Example"
    got = classify_speaker("Example", named=True, cues=["said"], text=text, registry=False,
                           figures=figs)
    assert got["source_type"] == "political"
    # two people of that surname in the article: nobody
    both = text + " Bo Example disagreed."
    assert figs.full_name_in(both, "Example") is None
    got = classify_speaker("Example", named=True, cues=["said"], text=both, registry=False,
                           figures=figs)
    assert got["source_type"] == "citizen"


def test_a_known_person_the_file_cannot_type_is_unknown_not_a_private_citizen():
    # Ann Example: senator 12, president 96, former president 84 of 192 months; no title
    # places the article, so no type holds for more than half of the months
    text = "Example said it was late."
    got = classify_speaker("Example", named=True, cues=["said"], text=text, registry=False,
                           figures=PERIOD_FIGS)
    assert got["source_type"] == "unknown"
    assert got["type_reason"] == (
        "public figure: 'Ann Example' (no article date, and no type for more than half of their "
        "months in 2009-2025: political 12, official 96, former_official 84) -> unknown")
    # with a date the file decides; without the file, or for a name it does not know, the
    # no-role default stays
    dated = classify_speaker("Example", named=True, cues=["said"], text=text, registry=False,
                             when="2012-01-01", figures=PERIOD_FIGS)
    assert dated["source_type"] == "official"
    for speaker, figs in (("Example", False), ("Eve Nobody", PERIOD_FIGS)):
        got = classify_speaker(speaker, named=True, cues=["said"], text=speaker + " said it was late.",
                               registry=False, figures=figs)
        assert got["source_type"] == "citizen"


def test_the_bundled_file_places_an_undated_article_by_its_titles():
    figs = load_public_figures()
    p = figs.article_period("President Barack Obama met Sen. Mitch McConnell and Vice "
                            "President Joe Biden on Monday.")
    assert p.spans == (("2009-01", "2017-01"),)
    assert figs.lookup("Jack Lew", p)["source_type"] == "official"
    assert figs.article_period("Acting Deputy Attorney General Dana Boente called.") is None


# --- the bundled file


def test_the_bundled_file_loads_and_is_well_formed():
    figs = load_public_figures()
    assert len(figs) > 2000  # people, not rows
    df = pd.DataFrame(figs.rows)
    assert set(df["source_type"]) <= set(SOURCE_TYPES)
    assert not df.duplicated(["name", "from"]).any()
    # every person's periods are in order and do not overlap
    for _, g in df.groupby("_person"):
        g = g.sort_values("from")
        ends = g["to"].tolist()[:-1]
        starts = g["from"].tolist()[1:]
        assert all(e and e <= s for e, s in zip(ends, starts)), g[["name", "from", "to"]]


@pytest.mark.parametrize("name, when, expected", [
    ("Mitch McConnell", "2019-06-01", "political"),  # a senator
    ("McConnell", "2019-06-01", "political"),  # known by his surname alone
    ("Obama", "2012-06-01", "official"),  # Barack Obama, though relatives share the surname
    ("Obama", "2019-06-01", "former_official"),
    ("Dmitry Peskov", "2019-06-01", "official"),  # the Kremlin's spokesman
    ("Nancy Pelosi", "2020-01-15", "political"),  # Speaker of the House: a legislator
    ("James Comey", "2016-07-05", "official"),  # FBI director then
    ("James Comey", "2018-04-15", "former_official"),  # dismissed in 2017
])
def test_the_bundled_file_knows_well_known_office_holders(name, when, expected):
    assert load_public_figures().lookup(name, when)["source_type"] == expected


SPOKES = figures(("Eve Spark", "", "", "political", "campaign spokeswoman", "", "Ruritania",
                  "2014-01", ""))


def test_a_bare_spokesperson_role_leaves_whom_they_serve_to_the_file():
    text = "Eve Spark, a spokeswoman, said the numbers were wrong."
    kw = dict(named=True, cues=["said"], text=text, registry=False, when="2016-01-01")
    assert classify_speaker("Eve Spark", **kw, figures=False)["source_type"] == "official"
    got = classify_speaker("Eve Spark", **kw, figures=SPOKES)
    assert got["source_type"] == "political"
    assert got["type_reason"].endswith("(article: 'spokeswoman' alone)")


def test_a_spokesperson_of_a_named_body_follows_the_body_not_the_file():
    text = "Eve Spark, a spokeswoman for the Interior Ministry, said the numbers were wrong."
    got = classify_speaker("Eve Spark", named=True, cues=["said"], text=text, registry=False,
                           when="2016-01-01", figures=SPOKES)
    assert got["source_type"] == "official" and got["type_reason"].startswith("rule:")


HOSTS = figures(("Max Volume", "", "", "political", "opinion host and partisan commentator", "", "Ruritania", "2010-01", ""),
                ("Nan Ledger", "", "", "media", "evening news anchor", "", "Ruritania", "2010-01", ""))


def test_a_partisan_commentator_at_an_outlet_is_political():
    # CODEBOOK: partisan commentators are political, whoever employs them; journalists are media
    for name, expected in (("Max Volume", "political"), ("Nan Ledger", "media")):
        text = f"Fox News host {name} said the vote was rigged."
        got = classify_speaker(name, named=True, cues=["said"], text=text, registry=False,
                               when="2016-01-01", figures=HOSTS)
        assert got["source_type"] == expected, got
    alone = classify_speaker("Max Volume", named=True, cues=["said"], registry=False,
                             text="Fox News host Max Volume said the vote was rigged.",
                             when="2016-01-01", figures=False)
    assert alone["source_type"] == "media"


def test_a_bad_file_is_reported_with_its_own_line_numbers(tmp_path):
    path = tmp_path / "figures.csv"
    path.write_text("# a comment\n# another\n" + ",".join(PUBLIC_FIGURES_COLUMNS) + "\n"
                    "Ann Example,,,political,senator,,,2001-01,\n"
                    "Bo Sample,,,partisan,pundit,,,2001-01,\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"figures\.csv: rows on lines \[5\]"):
        load_public_figures(path)
    path.write_text("# a comment\nname,aliases,source_type\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"missing columns \['surname_alone'"):
        load_public_figures(path)
    path.write_text(",".join(PUBLIC_FIGURES_COLUMNS) + "\nAnn Example,,,political,senator,,,2001-01,\n",
                    encoding="utf-8")
    assert load_public_figures(path).lookup("Ann Example")["role"] == "senator"


def test_the_article_period_is_worked_out_once_per_text_and_never_mixed_up():
    # source typing asks for it once per speaker; the answer for one text is never another's
    figs = load_public_figures()
    a = "President Barack Obama met Sen. Mitch McConnell on Monday."
    b = "The former President Barack Obama spoke."
    first = figs.article_period(a)
    assert figs.article_period(a) is first
    assert figs.article_period(b) is None and figs.article_period(a) == first
    assert first.spans == (("2009-01", "2017-01"),)
