"""Quote extraction: the seed against its gold, every attribution pattern of issue 3 on small
invented texts, offsets, ids, determinism and the command-line entry."""
from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from analysis.loading import load_articles
from analysis.quotes import QUOTE_COLUMNS, extract_quotes, find_quote_spans, main_quotes
from analysis.speakers import Registry
from conftest import FIXTURES, GOLD_DIR, SEED_PATH, needs_shared


def quotes_of(text: str, title: str = "", subtitle: str | None = None, **kw) -> pd.DataFrame:
    row = {"article_id": "t1", "title": title, "text": text}
    if subtitle is not None:
        row["subtitle"] = subtitle
    return extract_quotes(pd.DataFrame([row]), classify=False, **kw)


def one(q: pd.DataFrame, needle: str) -> pd.Series:
    hits = q[q["text"].str.contains(needle, regex=False)]
    assert len(hits) == 1, f"{needle!r} found {len(hits)} times in {q[['kind', 'text']].values.tolist()}"
    return hits.iloc[0]


def triples(q: pd.DataFrame) -> list[tuple[str, str, str]]:
    return [(r.kind, r.speaker, r.text) for r in q.itertuples()]


# ------------------------------------------------------------------------------------ the seed


@pytest.fixture(scope="module")
def seed_quotes() -> pd.DataFrame:
    return extract_quotes(load_articles(SEED_PATH), classify=False)


def test_seed_project_owned_expectations(seed_quotes):
    q = seed_quotes
    kirby = one(q, "have so far declined to engage,")
    assert (kirby.kind, kirby.speaker, kirby.named) == ("partial", "John Kirby", True)
    assert kirby.speaker_role == "Pentagon spokesman" and kirby.cue == "said"
    post = one(q, "have tried to set up phone calls")
    assert (post.kind, post.speaker, post.cue, post.named) == (
        "indirect", "The Washington Post", "reported", False)
    assert post.text.startswith("Defense Secretary Lloyd Austin") and post.text.endswith("last month")
    # the dek's "a former NATO official" is the body's Stavridis
    dek = q[q.field == "subtitle"]
    assert triples(dek) == [("direct", "James Stavridis",
                             "There is a high risk of escalation without the firebreak of direct "
                             "contact between the most senior officials,")]
    # pronoun, surname and split quotes all resolve to Stavridis, titles stripped
    for needle in ("Very young people", "They are not seasoned", "We must avoid", "A nightmare",
                   "A local commander"):
        assert one(q, needle).speaker == "James Stavridis"
    assert "former NATO Supreme Allied Commander" in one(q, "A nightmare").speaker_role
    assert one(q, "A nightmare").cue == "told the Post"
    # Spicer's tweet, with the reporter's [N]ow edit kept
    assert one(q, "[N]ow Russian military leaders").speaker == "Sean Spicer"
    assert one(q, "First the Saudis").cue == "tweeted"
    # the headline's single-quoted words echo Stavridis's body quote
    head = q[q.field == "title"]
    assert triples(head) == [("partial", "James Stavridis", "sleepwalking into war")]
    assert len(q) == 12


def test_seed_offsets_and_ids(seed_quotes):
    arts = load_articles(SEED_PATH).iloc[0]
    for r in seed_quotes.itertuples():
        assert arts[r.field][r.start:r.end] == r.text
    aid = arts["article_id"]
    assert list(seed_quotes.quote_id) == [f"{aid}-q{i:03d}" for i in range(1, len(seed_quotes) + 1)]


@needs_shared
def test_seed_matches_gold_exactly(seed_quotes):
    gold = json.loads((GOLD_DIR / "seed" / "seed-000.json").read_text(encoding="utf-8"))
    want = [(g["kind"], g["speaker"], g["text"]) for g in gold["quotes"] if g.get("scored", True)]
    optional = [(g["kind"], g["speaker"], g["text"]) for g in gold["quotes"]
                if not g.get("scored", True)]
    got = triples(seed_quotes)
    assert sorted(t for t in got if t not in optional) == sorted(want)


# ---------------------------------------------------------------------- attribution patterns


@pytest.mark.parametrize("text, needle, kind, speaker, cue", [
    ('"The roof will hold," Ines Vardy said.', "roof", "direct", "Ines Vardy", "said"),
    ('Ines Vardy said: "The roof will hold."', "roof", "direct", "Ines Vardy", "said"),
    ('"The roof will hold," said Ines Vardy, the site engineer.', "roof", "direct", "Ines Vardy",
     "said"),
    ('"The roof will hold," Ines Vardy told the Gazette.', "roof", "direct", "Ines Vardy",
     "told the Gazette"),
    ('Ines Vardy inspected the hall. "The roof will hold," Vardy added.', "roof", "direct",
     "Ines Vardy", "added"),
    ('"The roof will hold," Ines Vardy tweeted.', "roof", "direct", "Ines Vardy", "tweeted"),
    ('"The roof will hold," Ines Vardy wrote in a letter.', "roof", "direct", "Ines Vardy", "wrote"),
    ('"The roof will hold," Ines Vardy says.', "roof", "direct", "Ines Vardy", "says"),
    ('"The roof will hold," Ines Vardy has said.', "roof", "direct", "Ines Vardy", "said"),
])
def test_direct_attribution_patterns(text, needle, kind, speaker, cue):
    r = one(quotes_of(text), needle)
    assert (r.kind, r.speaker) == (kind, speaker)
    assert r.cue.startswith(cue)


def test_role_appositive_after_inverted_cue():
    r = one(quotes_of('"The roof will hold," said Ines Vardy, the site engineer.'), "roof")
    assert "site engineer" in r.speaker_role


def test_split_quote_is_two_quotes_same_speaker():
    q = quotes_of('"We will rebuild," she said, "and we will do it this year." Mayor Lena Orr '
                  'spoke at the town hall.')
    q = quotes_of('Mayor Lena Orr spoke at the town hall. "We will rebuild," she said, '
                  '"and we will do it this year."')
    a, b = one(q, "We will rebuild"), one(q, "and we will do it")
    assert a.speaker == b.speaker == "Lena Orr"
    assert a.kind == b.kind == "direct"


def test_partial_quote_in_reporters_sentence():
    q = quotes_of('Colonel Ravi Anand said the rebels "declined to engage" during the talks.')
    r = one(q[q.kind == "partial"], "declined to engage")
    assert (r.text, r.speaker) == ("declined to engage", "Ravi Anand")
    # the reported clause around it is also reported speech
    ind = q[q.kind == "indirect"]
    assert len(ind) == 1 and ind.iloc[0].text.startswith("the rebels")


def test_naming_verbs_make_partial_quotes():
    r = one(quotes_of('Senator Ada Quill called the plan "a reckless gamble".'), "reckless")
    assert (r.kind, r.speaker, r.cue) == ("partial", "Ada Quill", "called")


def test_multi_paragraph_quote_and_quote_only_paragraphs():
    text = ('Harbour master Tobias Lindqvist spoke after the vote.\n\n'
            '"I have watched the timbers rot for a decade," he said.\n\n'
            '"The first storm took out two railings. The second nearly took a fisherman.\n\n'
            '"Nobody wants to lose the pier."\n\n'
            'The council will meet again in June.')
    q = quotes_of(text)
    for needle in ("watched the timbers", "The first storm", "Nobody wants"):
        r = one(q, needle)
        assert (r.kind, r.speaker) == ("direct", "Tobias Lindqvist")
    assert one(q, "The first storm").paragraph == 2 and one(q, "Nobody wants").paragraph == 3


def test_unattributed_paragraph_continues_previous_speaker():
    text = ('"Prices will fall," said economist Hana Sorel.\n\n'
            '"Not this year, perhaps, but next year for certain."')
    r = one(quotes_of(text), "Not this year")
    assert r.speaker == "Hana Sorel" and r.cue == ""


@pytest.mark.parametrize("text, clause, speaker, cue", [
    ("Ines Vardy said that the roof would hold.", "the roof would hold", "Ines Vardy", "said"),
    ("Ines Vardy said the roof would hold.", "the roof would hold", "Ines Vardy", "said"),
    ("The roof would hold through the winter, Ines Vardy said.",
     "The roof would hold through the winter", "Ines Vardy", "said"),
    ("According to Ines Vardy, the roof would hold.", "the roof would hold", "Ines Vardy",
     "according to"),
    ("The roof would hold, according to the Northport Gazette.", "The roof would hold",
     "the Northport Gazette", "according to"),
    ("The roof would hold, the Northport Gazette reported.", "The roof would hold",
     "the Northport Gazette", "reported"),
    ("Ines Vardy told reporters the roof would hold.", "the roof would hold", "Ines Vardy",
     "told reporters"),
    ("Police said the driver had fled the scene.", "the driver had fled the scene", "Police",
     "said"),
])
def test_reported_speech_patterns(text, clause, speaker, cue):
    q = quotes_of(text)
    ind = q[q.kind == "indirect"]
    assert len(ind) == 1, ind
    r = ind.iloc[0]
    assert r.text == clause
    assert r.speaker.lower() == speaker.lower() and r.cue == cue


def test_reported_speech_needs_a_clause():
    q = quotes_of("The minister said nothing. Officials declined to comment. "
                  "He was said to be angry.")
    assert q.empty


def test_speaker_resolution_pronouns_by_gender_and_recency():
    text = ("Mayor Lena Orr met Chief Engineer Paul Weber on Monday. Weber said the dam was safe. "
            "She said the town would pay for repairs. He added that work would start in May.")
    q = quotes_of(text)
    assert one(q, "the dam was safe").speaker == "Paul Weber"
    assert one(q, "the town would pay").speaker == "Lena Orr"
    assert one(q, "work would start").speaker == "Paul Weber"


def test_speaker_resolution_surnames_roles_and_titles():
    text = ("Gen. Mark T. Ostrova, the army chief, visited the base. "
            '"We are ready," Ostrova said. The general added that troops were rested. '
            'Dr. Ana Ruiz, a professor at Lakeside University, said the plan was sound.')
    q = quotes_of(text)
    assert one(q, "We are ready").speaker == "Mark T. Ostrova"
    assert one(q, "troops were rested").speaker == "Mark T. Ostrova"
    ruiz = one(q, "the plan was sound")
    assert ruiz.speaker == "Ana Ruiz" and "professor at Lakeside University" in ruiz.speaker_role


def test_organisations_and_unnamed_sources():
    q = quotes_of('"The investigation continues," police said. A senior official told the '
                  "Herald the talks had stalled. The Daily Courier reported that the port "
                  "would close.")
    assert one(q, "investigation continues").speaker == "police"
    assert not one(q, "investigation continues").named
    assert one(q, "talks had stalled").speaker == "A senior official"
    assert one(q, "port would close").speaker == "The Daily Courier"


def test_dek_quote_takes_the_body_speaker():
    body = ('"We will not sell the pier," council leader Marta Okonkwo told the Courier.')
    q = quotes_of(body, subtitle='"We will not sell the pier," a local politician said.')
    dek = q[q.field == "subtitle"].iloc[0]
    assert dek.speaker == "Marta Okonkwo" and dek.text == "We will not sell the pier,"


def test_single_quotes_only_in_headlines():
    q = quotes_of("Marta Okonkwo called the pier \"a danger to everyone\". It's the town's pier.",
                  title="Council leader calls pier 'a danger to everyone'")
    assert set(q.field) == {"title", "text"}
    assert one(q[q.field == "title"], "danger").speaker == "Marta Okonkwo"
    # apostrophes and single marks in the body are not quotes
    assert quotes_of("It's the 'best' pier in the county, locals' favourite.").empty


def test_scare_quotes_titles_and_glosses_are_not_quotes():
    text = ('The "Save Our Pier" campaign raised money. Protesters carried a banner saying '
            '"hands off our pier". The march ("a walk for the sea") was calm.')
    assert quotes_of(text).empty


def test_nested_and_curly_marks_and_edits():
    text = ('“The “United” name is ours,” club chairman Piet Maas said. '
            'Maas said: "[N]ow we have a \'fair\' deal."')
    q = quotes_of(text)
    r = one(q, "name is ours")
    assert r.text == "The “United” name is ours," and r.speaker == "Piet Maas"
    assert one(q, "[N]ow we have").text == "[N]ow we have a 'fair' deal."


@pytest.mark.parametrize("open_, close", [("``", "''"), ("«", "»"), ("»", "«"), ("\u201c", "\u201d")])
def test_other_conventions_of_quotation_marks(open_, close):
    # tokenised corpora write ``...''; some outlets and translations use guillemets
    text = (f"{open_}The ferry will run all winter,{close} harbour master Ola Brekke said. "
            f"Brekke called the old timetable {open_}a relic{close} and said, {open_}We can do better.{close}")
    q = quotes_of(text)
    assert [(r.kind, r.speaker, r.text) for r in q.itertuples() if r.kind != "indirect"] == [
        ("direct", "Ola Brekke", "The ferry will run all winter,"),
        ("partial", "Ola Brekke", "a relic"),
        ("direct", "Ola Brekke", "We can do better."),
    ]
    assert all(text[r.start:r.end] == r.text for r in q.itertuples())  # offsets into the text as given


def test_body_quoting_in_single_marks_british_style():
    # house style of several British and Australian outlets: single marks in the body
    text = ("Nadia Prum, a nurse from Lower Vell, said: 'We have no heat. The children's rooms are "
            "freezing.'\n\nThe workers' union blamed the storm. 'Crews are out,' union official "
            "Gil Harte said.\n\nHarte called the repairs 'a patch job' and said it was the "
            "'90s grid's fault.")
    # by default, as in the codebook, single marks count only in headlines
    assert not set(quotes_of(text)["kind"]) & {"direct", "partial"}
    q = quotes_of(text, single_mark_bodies=True)
    assert [(r.kind, r.speaker, r.text) for r in q.itertuples() if r.kind != "indirect"] == [
        ("direct", "Nadia Prum", "We have no heat. The children's rooms are freezing."),
        ("direct", "Gil Harte", "Crews are out,"),
        ("partial", "Gil Harte", "a patch job"),
    ]
    # the style nests double marks inside single ones
    q = quotes_of("Ada Kim said: 'He told me \"never again\", and I believed him.' Later she added: "
                  "'It was over.'", single_mark_bodies=True)
    assert [(r.speaker, r.text) for r in q.itertuples()] == [
        ("Ada Kim", 'He told me "never again", and I believed him.'), ("Ada Kim", "It was over.")]
    # with double marks in the body, single marks stay apostrophes and scare quotes
    q = quotes_of("Ada Kim said: \"We have no heat.\" The 'plan' failed, the workers' union said.",
                  single_mark_bodies=True)
    assert [r.text for r in q.itertuples() if r.kind != "indirect"] == ["We have no heat."]


def test_british_order_of_marks_edited_capitals_and_plural_possessives_in_single_marks():
    # British order puts the sentence's stop outside the marks; "ISIS'" inside a long quote is a
    # possessive; "'[N]ow" opens a quote; "a 'serious' condition" is a short quote that closes
    text = ("The ministers said the deal is \u2018null and void\u2019. Ana Kim said: \u2018This will lead to "
            "the rebels' return. Nothing is worse.\u2019 Bo Tran added: \u2018[N]ow we wait.\u2019 He was "
            "in a \u2018serious\u2019 condition, the doctors said.")
    q = quotes_of(text, single_mark_bodies=True)
    assert [(r.kind, r.speaker, r.text) for r in q.itertuples() if r.kind != "indirect"] == [
        ("partial", "the ministers", "null and void"),
        ("direct", "Ana Kim", "This will lead to the rebels' return. Nothing is worse."),
        ("direct", "Bo Tran", "[N]ow we wait."),
        ("partial", "the doctors", "serious"),
    ]


def test_double_marks_written_as_html_references_in_text_handed_over_directly():
    text = ("&quot;We will rebuild,&quot; Mayor Ines Calder said. &#8220;Soon.&#8221; She said the port "
            "was &quot;the heart of the town.&quot;")
    q = quotes_of(text)
    assert triples(q) == [
        ("direct", "Ines Calder", "We will rebuild,"),
        ("direct", "Ines Calder", "Soon."),
        ("indirect", "Ines Calder", "the port was &quot;the heart of the town.&quot;"),
        ("partial", "Ines Calder", "the heart of the town."),
    ]
    assert all(text[r.start:r.end] == r.text for r in q.itertuples())


def test_unclosed_quote_stops_at_its_paragraph():
    text = ('Ines Vardy said: "The roof will hold\n\nThe council met later. '
            '"It was fine," Vardy said afterwards.')
    q = quotes_of(text)
    first = one(q, "The roof will hold")
    assert first.text == "The roof will hold"
    assert one(q, "It was fine").speaker == "Ines Vardy"


def test_find_quote_spans_pairs_by_context():
    t = 'A "B" C "D "E" F" G'
    assert [t[s.start:s.end] for s in find_quote_spans(t, [(0, len(t))])] == ["B", 'D "E" F']


# --------------------------------------------------------------------------- table contract


def test_columns_types_order_and_determinism():
    arts = load_articles(FIXTURES / "quotes_harbour.txt")
    a = extract_quotes(arts)
    b = extract_quotes(arts)
    assert list(a.columns) == QUOTE_COLUMNS
    pd.testing.assert_frame_equal(a, b)
    assert a["start"].dtype == "int64" and a["named"].dtype == bool
    assert a.groupby("field", sort=False).apply(lambda g: g["start"].is_monotonic_increasing).all()
    assert set(a["kind"]) <= {"direct", "partial", "indirect"}
    assert all(re.fullmatch(rf"{re.escape(r.article_id)}-q\d{{3}}", r.quote_id) for r in a.itertuples())


def test_harbour_fixture_end_to_end():
    arts = load_articles(FIXTURES / "quotes_harbour.txt")
    q = extract_quotes(arts, classify=False)
    row = arts.iloc[0]
    for r in q.itertuples():
        assert row[r.field][r.start:r.end] == r.text
    assert one(q[q.field == "subtitle"], "patching").speaker == "Marta Okonkwo"
    assert one(q[q.field == "title"], "danger").speaker == "Tobias Lindqvist"
    assert one(q, "Nobody wants to lose").speaker == "Tobias Lindqvist"
    assert one(q, "The first storm").speaker == "Tobias Lindqvist"
    assert one(q, "decision taken without us").speaker == "Priya Raman"
    assert "spokeswoman for Westerly Ferries" in one(q, "decision taken").speaker_role
    assert one(q, "public meeting").speaker == "Marta Okonkwo"
    assert "Save Our Pier" not in set(q.text)


def test_only_article_id_and_text_columns():
    arts = pd.DataFrame({"article_id": ["x"], "text": ['"Fine," said Ana Ruiz.']})
    q = extract_quotes(arts)
    assert q.loc[0, "speaker"] == "Ana Ruiz" and q.loc[0, "source_type"] in {
        "official", "political", "former_official", "expert", "media", "organization",
        "citizen", "unknown"}


def test_empty_and_missing_text():
    arts = pd.DataFrame({"article_id": ["a", "b"], "title": [None, ""], "text": ["", None]})
    q = extract_quotes(arts, classify=False)
    assert q.empty and list(q.columns) == QUOTE_COLUMNS[:13]
    assert list(extract_quotes(arts).columns) == QUOTE_COLUMNS


def test_main_quotes_writes_csv(tmp_path):
    out = tmp_path / "quotes.csv"
    assert main_quotes([str(FIXTURES / "quotes_harbour.txt"), "-o", str(out)]) == 0
    q = pd.read_csv(out)
    assert list(q.columns) == QUOTE_COLUMNS and len(q) > 10
    assert "Marta Okonkwo" in set(q.speaker)


# --- rules added for generalisation to unseen articles (invented names) -----------------------


def test_reported_clause_holding_a_partial_quote_is_both_indirect_and_partial():
    q = quotes_of('Senator Ana Ruiz said Kowal "was a great man," adding that he would be missed.')
    assert ("indirect", "Ana Ruiz", 'Kowal "was a great man,"') in triples(q)
    assert ("partial", "Ana Ruiz", "was a great man,") in triples(q)
    assert ("indirect", "Ana Ruiz", "he would be missed") in triples(q)


def test_reported_clause_with_fronted_adverbial_and_coordinated_that():
    q = quotes_of("Health minister Marta Lind announced that from June 15, wearing masks would "
                  "become compulsory on buses.")
    assert triples(q) == [("indirect", "Marta Lind",
                           "from June 15, wearing masks would become compulsory on buses")]
    q = quotes_of('Marta Lind said a ban could be "inevitable" and that she was considering new rules.')
    assert ("indirect", "Marta Lind",
            'a ban could be "inevitable" and that she was considering new rules') in triples(q)
    assert ("partial", "Marta Lind", "inevitable") in triples(q)
    # an object noun phrase after the cue is still not a clause
    assert quotes_of("Marta Lind announced a complete withdrawal from the talks.").empty


def test_nested_report_is_the_outlets_and_the_inner_speakers():
    # the outlet reports the governor's report (held-out gold scores it), and the governor's own
    # report is a row of its own
    q = quotes_of("Governor Piet Arlen visited the site. CNN Ruritania reported the governor said "
                  "25 people were hurt in the blast.")
    assert triples(q) == [("indirect", "CNN Ruritania", "the governor said 25 people were hurt in the blast"),
                          ("indirect", "Piet Arlen", "25 people were hurt in the blast")]
    # an attribution in the clause's place reports nothing of its own
    q = quotes_of('The officials "have declined to engage," spokesman Bo Tran said on Wednesday, the Herald stated.')
    assert [k for k, _, _ in triples(q)] == ["partial"]
    q = quotes_of("Governor Piet Arlen visited. The hospital treated 25 wounded people, "
                  "CNN Ruritania reported the governor said.")
    assert triples(q) == [("indirect", "Piet Arlen", "The hospital treated 25 wounded people")]
    # a clause that merely contains a noun 'claims' is not a nested report
    q = quotes_of("Marta Lind said people changed their minds and several said they wanted change.")
    assert q[q["kind"] == "indirect"]["text"].str.startswith("people changed").any()


def test_noun_phrase_objects_and_names_in_marks_are_not_quotes():
    assert quotes_of('Tomas Kowal praised his "strength, passion and wisdom" on Twitter.').empty
    assert quotes_of("Marta Lind announced the measure at the daily briefing.").empty
    q = quotes_of('Marta Lind said voters went to the nominating contests of "Super Tuesday," in March.')
    assert (q["kind"] == "partial").sum() == 0
    # a clause after the same cue still counts, and a quoted predicate is a verb
    q = quotes_of("Marta Lind announced the measure would start in May.")
    assert triples(q) == [("indirect", "Marta Lind", "the measure would start in May")]
    q = quotes_of('The sheriff\'s office confirmed the response "required all hands on deck."')
    assert (q["kind"] == "indirect").sum() == 1


def test_speaker_is_never_a_bare_pronoun_or_a_glued_opener():
    q = quotes_of("The protesters gathered outside the court. They said the verdict was unjust.")
    assert triples(q) == [("indirect", "the protesters", "the verdict was unjust")]
    q = quotes_of("Whereas Pierce Dalton said the plan worked. Afterwards Kowal said it failed.")
    assert set(q["speaker"]) <= {"Pierce Dalton", "Kowal"}
    q = quotes_of("Rebel spokesman Yahya Sarie spoke on Monday. Later, Saree said the drones hit the base.")
    assert q["speaker"].tolist() == ["Yahya Sarie"]


def test_mid_sentence_parenthetical_attribution():
    q = quotes_of("Tomas Kowal, the former mayor of Lindt, was admitted on Monday. At 2:45 a.m. on "
                  "Thursday, his office said, he died at the hospice.")
    assert triples(q) == [("indirect", "the office of Tomas Kowal", "he died at the hospice")]
    # a verb phrase after the parenthesis goes on with the clause the attribution interrupts:
    # the whole clause is reported (issue 3, held-out category 7)
    assert triples(quotes_of("The tanker, officials said, spilled and ignited.")) == [
        ("indirect", "officials", "The tanker, officials said, spilled and ignited")]


def test_told_outlet_then_a_name_with_a_partial_quote_and_noted_objects():
    q = quotes_of('Democrat Ana Ruiz, the Senate leader, told RTV Kowal "was a great man," while '
                  'Governor Piet Arlen noted his "strength, passion and wisdom" on Twitter.')
    assert ("indirect", "Ana Ruiz", 'Kowal "was a great man,"') in triples(q)
    assert ("partial", "Ana Ruiz", "was a great man,") in triples(q)
    assert "Piet Arlen" not in set(q["speaker"])


def test_places_and_named_things_are_not_speakers():
    q = quotes_of("When Representative Ana Ruiz of Lindt's seventh Congressional District announced "
                  "her resignation in 1995, Kowal joined the race. The Lindt Courier reported Kowal "
                  "had been sick. Under Lindt state law, the governor has until May to call a vote.")
    assert not {"Congressional District", "Lindt", "Lindt Courier"} & set(q["speaker"])
    assert triples(q) == [("indirect", "The Lindt Courier", "Kowal had been sick")]
    q = quotes_of("According to the National Conference of State Legislatures, the next primary is "
                  "scheduled for March 3.")
    assert q["speaker"].tolist() == ["the National Conference of State Legislatures"]


def test_according_to_opening_keeps_the_whole_account():
    q = quotes_of("According to the Ruritania Press Agency, the attacks occurred at 4:00 a.m. and struck "
                  "three villages near the border, killing at least 12 people. Trade officials reported "
                  "exports were continuing.")
    assert ("indirect", "the Ruritania Press Agency",
            "the attacks occurred at 4:00 a.m. and struck three villages near the border, killing at "
            "least 12 people") in triples(q)
    assert ("indirect", "Trade officials", "exports were continuing") in triples(q)
    # a gloss by the reporter stays out
    q = quotes_of("According to the critics, this is a ploy, meaning the vote would fail.")
    assert triples(q) == [("indirect", "the critics", "this is a ploy")]


def test_sentence_initial_common_sources_are_lower_cased():
    q = quotes_of("Officials said the road was closed. Police said two people were hurt. Later, "
                  "officials said the road had reopened.")
    assert set(q["speaker"]) == {"officials", "police"}


def test_according_to_between_commas_after_an_adverbial_and_legislator_titles():
    q = quotes_of("Longer term, according to NASA chief Jim Wexler, the agency plans to return to the Moon.")
    assert triples(q) == [("indirect", "Jim Wexler", "the agency plans to return to the Moon")]
    q = quotes_of("Assemblywoman Selena Ortiz said the bill passed.")
    assert triples(q) == [("indirect", "Selena Ortiz", "the bill passed")]


def test_ages_are_not_names_and_open_questions_are_not_reports():
    q = quotes_of("Fourteen-year-old Zoe Lind said the roof fell in. The 47-year-old Ana Ruiz said it was fine.")
    assert q["speaker"].tolist() == ["Zoe Lind", "Ana Ruiz"]
    assert quotes_of("The agency did not mention if there were casualties.").empty
    q = quotes_of("Ana Ruiz said that if the goal is peace, then the troops should leave.")
    assert len(q) == 1


def test_sentence_numbers_match_the_articles_own_segmentation():
    from analysis.segmentation import split_paragraphs, split_sentences
    text = ('Ana Ruiz spoke. "We won. We will win again," she said.\n\nKowal left. He said it was late. '
            'Later, Ruiz said, "Thanks."')
    starts = [s for ps, pe in split_paragraphs(text) for s, _ in split_sentences(text, ps, pe)]
    q = quotes_of(text)
    for r in q.itertuples():
        assert r.sentence == max(i for i, s in enumerate(starts) if s <= r.start)


def test_reported_clause_stops_before_a_colon_quote_and_named_objects_need_a_verb():
    q = quotes_of('Ana Ruiz indicated the council was disappointed: "We expected more," she said.')
    assert ("indirect", "Ana Ruiz", "the council was disappointed") in triples(q)
    assert quotes_of("Piet Arlen announced Operation Clear Sky at the briefing.").empty
    q = quotes_of("Ilse Brandt concludes Kowal meets the requirement.")
    assert triples(q) == [("indirect", "Ilse Brandt", "Kowal meets the requirement")]


# --- partial quotes after commitment and labelling verbs (invented names) ---------------------


@pytest.mark.parametrize("text, fragment, speaker, cue", [
    ('Tomas Kowal pledged "dissolving the agency in an orderly manner" if elected.',
     "dissolving the agency in an orderly manner", "Tomas Kowal", "pledged"),
    ('Tomas Kowal called himself a "president of law and order."', "president of law and order.",
     "Tomas Kowal", "called"),
    ('Ana Ruiz described herself as a "woman of the people."', "woman of the people.", "Ana Ruiz",
     "described"),
    ('Tomas Kowal promised that "troops will be brought home in a responsible manner."',
     "troops will be brought home in a responsible manner.", "Tomas Kowal", "promised"),
    ('A judge ruled that the book may have been harmful, but added that "the damage is done" now.',
     "the damage is done", "A judge", "added"),
    ('A judge agreed the book may hold secrets but ruled that "the damage is done" with copies out.',
     "the damage is done", "A judge", "ruled"),
    ('Tomas Kowal characterized the call as "perfectly fine and routine."', "perfectly fine and routine.",
     "Tomas Kowal", "characterized"),
    ('Tomas Kowal hailed the agreements as the "dawn of a new era."', "dawn of a new era.", "Tomas Kowal",
     "hailed"),
    ('Ana Ruiz professed herself "deeply concerned" about the future.', "deeply concerned", "Ana Ruiz",
     "professed"),
])
def test_fragment_after_a_commitment_or_labelling_verb_is_partial_by_the_subject(text, fragment, speaker, cue):
    q = quotes_of(text)
    row = one(q, fragment)
    assert (row.kind, row.speaker, row.text, row.cue) == ("partial", speaker, fragment, cue)
    assert row.named == (not speaker.startswith("A "))


def test_pronoun_subject_with_a_quoted_predicate_is_indirect_and_partial():
    q = quotes_of('Ruiz said she "can hardly wait to debate him."')
    assert triples(q) == [("indirect", "Ruiz", 'she "can hardly wait to debate him."'),
                          ("partial", "Ruiz", "can hardly wait to debate him.")]
    q = quotes_of('Ruiz countered that voters are instead "learning to wait" for it.')
    assert ("indirect", "Ruiz", 'voters are instead "learning to wait" for it') in triples(q)
    assert ("partial", "Ruiz", "learning to wait") in triples(q)


def test_praise_objects_case_names_and_mentioned_words_stay_out():
    # praise + possessive + marks names what is praised, not words said
    assert quotes_of('Kowal hailed her "courage and wisdom" at the rally.').empty
    # a court case's name in marks is the name of a thing
    assert quotes_of('The court ruled in regard to the case "Ana Ruiz vs. Acme Holdings Limited".').empty
    # a lone word mentioned after another verb phrase is not a second fragment of the same speaker
    q = quotes_of('Ruiz professed herself "deeply concerned" about the town and endorsed using "thrift" '
                  'as a measure.')
    assert triples(q) == [("partial", "Ruiz", "deeply concerned")]


def test_colon_after_a_long_introduction_opens_a_whole_utterance():
    q = quotes_of('Ana Ruiz of the agency spoke of the deal with the new partner firm: "It is fun to '
                  'work with them. They think differently."')
    assert triples(q) == [("direct", "Ana Ruiz", "It is fun to work with them. They think differently.")]


def test_participle_after_an_opening_time_phrase_and_passive_by_before_as():
    q = quotes_of('The next day, with protests ongoing, Tomas Kowal delivered a speech declaring himself '
                  'the "president of law and order."')
    assert triples(q) == [("partial", "Tomas Kowal", "president of law and order.")]
    q = quotes_of('Ana Ruiz was described by the Daily Planet as a "squirrel whisperer", for her work.')
    assert triples(q) == [("partial", "the Daily Planet", "squirrel whisperer")]


def test_went_on_to_say_is_a_cue_but_other_infinitives_are_not():
    q = quotes_of('Ana Ruiz went on to add, "If we want parity, we need more women."')
    assert [(r.kind, r.speaker, r.cue) for r in q.itertuples()] == [("direct", "Ana Ruiz", "went on to add")]
    q = quotes_of("Judge Tomas Kowal went on to say he was not giving them the longest sentence.")
    assert triples(q) == [("indirect", "Tomas Kowal", "he was not giving them the longest sentence")]
    assert quotes_of("Tomas Kowal refused to comment on the case and declined to say more.").empty


@pytest.mark.parametrize("text, cue", [
    ('"You have to work seven days to earn a weekend," quipped editor Ana Ruiz.', "quipped"),
    ('Engineer Ana Ruiz recounted, "When we put the coating on, it just slid down."', "recounted"),
    ('Ana Ruiz of the charity observed, "I have seen campaigns before, but not like this."', "observed"),
    ('Ana Ruiz reacted on Twitter, "Sad news. I played with him long ago."', "reacted on Twitter"),
])
def test_less_common_speech_verbs_attribute_whole_quotes(text, cue):
    q = quotes_of(text)
    assert [(r.kind, r.speaker, r.cue) for r in q.itertuples()] == [("direct", "Ana Ruiz", cue)]


def test_observing_or_recount_nouns_are_not_reports():
    assert quotes_of("Tomas Kowal flew to the city on Monday, observing the rescue mission.").empty
    assert quotes_of("The 2000 Florida recounts decided the election.").empty


def test_lauded_or_assailed_as_labels_but_lauded_possessive_is_an_object():
    q = quotes_of('Tomas Kowal lauded Ana Ruiz as a "powerful voice of freedom."')
    assert triples(q) == [("partial", "Tomas Kowal", "powerful voice of freedom.")]
    q = quotes_of('In a later speech, Tomas Kowal assailed the event as the "gloomiest convention ever."')
    assert triples(q) == [("partial", "Tomas Kowal", "gloomiest convention ever.")]
    assert quotes_of('Tomas Kowal lauded her "ability to lead" at the rally.').empty
    q = quotes_of('"The town can rest easy," Ana Ruiz opines, "as the vote will stand."')
    assert [(r.kind, r.speaker, r.cue) for r in q.itertuples()] == [
        ("direct", "Ana Ruiz", "opines"), ("direct", "Ana Ruiz", "opines")]


# --- issue 3, held-out categories (invented names and texts) -----------------------------------


@pytest.mark.parametrize("text", [
    'According to eyewitness Dana Plum, "it went up in seconds."',
    'According to local resident Dana Plum, the shed went up in seconds.',
    'The shed went up in seconds, according to witness Dana Plum.',
])
def test_according_to_a_lower_case_descriptor_and_a_name_is_the_named_person(text):
    q = quotes_of(text)
    assert len(q) == 1
    r = q.iloc[0]
    assert (r.speaker, bool(r.named), r.cue) == ("Dana Plum", True, "according to")
    assert r.speaker_role in {"eyewitness", "local resident", "witness"}
    assert "went up in seconds" in r.text


def test_a_speaker_inside_a_clause_reported_by_a_medium_is_the_speaker():
    q = quotes_of('According to the Daily Clarion, a spokesman for the ministry expressed regret and '
                  'that the ministry intends to appeal; "We will appeal this ruling."')
    assert triples(q) == [
        ("indirect", "a spokesman for the ministry", "regret and that the ministry intends to appeal"),
        ("partial", "a spokesman for the ministry", "We will appeal this ruling.")]
    q = quotes_of("The Clarion reported that Mayor Ann Vole said the bridge would reopen in May.")
    assert triples(q) == [("indirect", "The Clarion", "Mayor Ann Vole said the bridge would reopen in May"),
                          ("indirect", "Ann Vole", "the bridge would reopen in May")]
    q = quotes_of("The mayor said the bridge would open in May, according to the Clarion.")
    assert triples(q) == [("indirect", "the mayor", "the bridge would open in May")]
    # no speaker inside: the medium is the source
    q = quotes_of("The bridge will open in May, according to the Clarion.")
    assert triples(q) == [("indirect", "the Clarion", "The bridge will open in May")]


def test_documents_read_and_courts_find():
    q = quotes_of('The notice read, "All visitors must register."')
    assert triples(q) == [("direct", "the notice", "All visitors must register.")]
    q = quotes_of('The statement read: "We are deeply saddened by the loss."')
    assert triples(q) == [("direct", "the statement", "We are deeply saddened by the loss.")]
    q = quotes_of('The tribunal found the dismissal "was unfair and unlawful."')
    assert ("partial", "the tribunal", "was unfair and unlawful.") in triples(q)
    q = quotes_of("The court held that the contract was void.")
    assert triples(q) == [("indirect", "the court", "the contract was void")]
    q = quotes_of('Judge Ann Vole decided, according to the ruling, "that the contract was void."')
    assert [(r.speaker, r.text, r.cue) for r in q.itertuples()] == [
        ("Ann Vole", "that the contract was void.", "decided")]
    # finding things is not a finding of a court
    assert quotes_of("Police found the body in a shed.").empty
    assert quotes_of("The court found unlawful a rule on fishing nets.").empty


def test_partial_quote_with_according_to_later_in_the_sentence():
    q = quotes_of('The plane came in at "a dangerously low altitude" according to the Flight Gazette.')
    row = one(q[q.kind == "partial"], "altitude")
    assert (row.text, row.speaker, row.cue) == ("a dangerously low altitude", "the Flight Gazette",
                                                "according to")


@pytest.mark.parametrize("text, speaker, clause", [
    ("About 40 litres of fuel, officials said, leaked and caught fire.", "officials",
     "About 40 litres of fuel, officials said, leaked and caught fire"),
    ("The barrier would be checked, Bo Tran said, to see if it held.", "Bo Tran",
     "The barrier would be checked, Bo Tran said, to see if it held"),
    ("One worker was, according to the union, among the injured.", "the union",
     "One worker was, according to the union, among the injured"),
    # only the stretch the attribution interrupts: not the full clause before it
    ("Vole chaired the vote, a move whose rarity, the Clarion noted, showed its weight.", "the Clarion",
     "a move whose rarity, the Clarion noted, showed its weight"),
])
def test_parenthetical_attribution_reports_the_whole_interrupted_clause(text, speaker, clause):
    q = quotes_of(text)
    assert triples(q) == [("indirect", speaker, clause)]


def test_parenthetical_attribution_before_a_new_clause_or_a_participle():
    q = quotes_of("At dawn, his office said, he left the city.")
    assert triples(q) == [("indirect", "his office", "he left the city")]
    q = quotes_of('"We will win," Bo Tran said, adding that the vote was fair.')
    assert triples(q) == [("direct", "Bo Tran", "We will win,"), ("indirect", "Bo Tran", "the vote was fair")]


def test_cited_as_saying_indicated_without_that_and_went_as_far_as_to_say():
    q = quotes_of("The agency cited the coast guard as saying the ship sank.")
    assert triples(q) == [("indirect", "the coast guard", "the ship sank")]
    q = quotes_of('The agency quoted Mayor Ann Vole as saying, "We are ready."')
    assert triples(q) == [("direct", "Ann Vole", "We are ready.")]
    for text in ("Rescue crews have indicated an inquiry is under way.",
                 "Rescue crews have indicated that an inquiry is under way."):
        assert triples(quotes_of(text)) == [("indirect", "Rescue crews", "an inquiry is under way")]
    # an object after indicate is not a clause
    assert quotes_of("Rescue crews indicated a willingness to help.").empty
    for phrase in ("even went as far as to say", "went so far as to say"):
        q = quotes_of(f'One of them {phrase}, "This is the end of the road."')
        assert [(r.kind, r.speaker, r.cue) for r in q.itertuples()] == [
            ("direct", "one of them", phrase.replace("even ", ""))]


def test_negated_cues_and_objects_before_a_subordinate_clause_report_nothing():
    assert quotes_of("The party did not immediately announce whom they would support.").empty
    assert quotes_of("Just don't tell anyone the plan was leaked.").empty
    assert quotes_of("The federation announced their decision although Ana Ruiz had decided.").empty
    q = quotes_of("Solicitor Ana Ruiz filed a petition, accusing the network of violating its licence.")
    assert triples(q) == [("indirect", "Ana Ruiz", "the network of violating its licence")]


def test_names_in_marks_are_not_quotes_but_the_clause_around_them_is_reported():
    q = quotes_of('Bo Tran says his event, "Crash The Gates, Nobody Stops Us", was a joke.')
    assert triples(q) == [("indirect", "Bo Tran", 'his event, "Crash The Gates, Nobody Stops Us", was a joke')]
    q = quotes_of('Bo Tran says his event, "Crash The Gates", was posted as a joke.')
    assert triples(q) == [("indirect", "Bo Tran", 'his event, "Crash The Gates", was posted as a joke')]
    # after a naming noun or verb, a Title-Case name is no quote, commas and all
    assert quotes_of('Ann Vole released a song called "Night Falls Down, Baby" last week.').empty
    assert quotes_of('The album "Grey Hours, Blue Days" sold well, Ann Vole said.')["kind"].tolist() == [
        "indirect"]
    # a single quoted verb inside someone's report is their word (a scare quote only with no
    # report in the sentence: test_a_quoted_verb_after_to_inside_a_report_is_the_speakers_word)
    q = quotes_of('Bo Tran says the group plans to "storm" the base.')
    assert q["kind"].tolist() == ["indirect", "partial"]
    # a Title-Case direct quote after a speech verb stays a quote
    q = quotes_of('Ann Vole said, "Yes We Can, Together", and left.')
    assert [(r.kind, r.speaker) for r in q.itertuples()] == [("partial", "Ann Vole")]


def test_a_report_in_an_opening_subordinate_clause_ends_at_its_comma():
    q = quotes_of("After Ann Vole tweeted that fraud was likely, the network placed a warning.")
    assert triples(q) == [("indirect", "Ann Vole", "fraud was likely")]
    assert quotes_of("After Ann Vole tweeted the same advice, the network placed a warning.").empty


def test_a_fragment_in_the_next_sentence_continues_the_speaker_before():
    q = quotes_of('Sheriff Bo Tran said two people were detained. Officers held them for '
                  '"suspected burglary" overnight.')
    assert triples(q) == [("indirect", "Bo Tran", "two people were detained"),
                          ("partial", "Bo Tran", "suspected burglary")]
    # not single words, Title-Case names, quoted modifiers, other paragraphs, or a sentence with a
    # speech verb of its own
    for second in ('Officers held them for "burglary" overnight.',
                   'Officers held them at "Grey Rock Camp" overnight.',
                   'Officers opposed a "catch and release" policy.',
                   'Ann Vole of the union told the paper it was "a grave mistake" by police.'):
        q = quotes_of("Sheriff Bo Tran said two people were detained. " + second)
        assert triples(q)[0] == ("indirect", "Bo Tran", "two people were detained")
        assert not any(r.kind == "partial" and r.speaker == "Bo Tran" for r in q.itertuples()), second
    q = quotes_of('Sheriff Bo Tran said two people were detained.\n\nOfficers held them for '
                  '"suspected burglary" overnight.')
    assert q["kind"].tolist() == ["indirect"]


def test_this_person_and_the_same_person_are_the_speaker_before():
    q = quotes_of('One of the pupils said, "I was scared." However, this person also said that they '
                  'felt safe now.')
    assert triples(q) == [("direct", "one of the pupils", "I was scared."),
                          ("indirect", "one of the pupils", "they felt safe now")]
    q = quotes_of("Ann Vole said the road was unsafe. The same person also said that repairs were late.")
    assert [r.speaker for r in q.itertuples()] == ["Ann Vole", "Ann Vole"]
    q = quotes_of("Bo Tran spoke on the radio. According to him, the plant will close in May.")
    assert triples(q) == [("indirect", "Bo Tran", "the plant will close in May")]


def test_a_reported_clause_stops_where_the_reporter_goes_on_in_another_tense():
    q = quotes_of("Over two million people replied they would attend and another million expressed "
                  "interest.")
    assert [(r.kind, r.text) for r in q.itertuples()] == [("indirect", "they would attend")]
    q = quotes_of("Bo Tran suggested he would not run and Ann Vole has decided to run.")
    assert triples(q) == [("indirect", "Bo Tran", "he would not run")]
    # the same time frame on both sides: one report
    q = quotes_of("Police said two men had been arrested and a third was being sought.")
    assert triples(q) == [("indirect", "police",
                           "two men had been arrested and a third was being sought")]


def test_agreed_ruled_and_but_clauses_and_bodies_named_after_buildings():
    q = quotes_of('A judge agreed the book may have contained secrets but ruled that "the damage is '
                  'done" with copies out.')
    assert ("indirect", "A judge", "the book may have contained secrets") in triples(q)
    assert ("partial", "A judge", "the damage is done") in triples(q)
    q = quotes_of("Ann Vole called it a hoax and the White House claimed it did not brief her.")
    assert ("indirect", "the White House", "it did not brief her") in triples(q)
    q = quotes_of("The agency did not mention if there were casualties, but said exports were continuing.")
    assert triples(q) == [("indirect", "the agency", "exports were continuing")]
    # a role and a place after it: not a person named after the place
    q = quotes_of("A federal judge in Lindt ruled the practice is unconstitutional.")
    assert triples(q) == [("indirect", "A federal judge in Lindt", "the practice is unconstitutional")]
    # "ruled on the appeal of that decision": "that" is a determiner, not a clause
    assert quotes_of("The court ruled on the appeal of that decision by the council.").empty


@pytest.mark.parametrize("text, speaker, clause", [
    ("According to the Institute of Volcanology (Phivolcs), the epicentre was east of the town.",
     "the Institute of Volcanology", "the epicentre was east of the town"),
    ("According to Votewatch.com, some of these states may change their rules.", "Votewatch.com",
     "some of these states may change their rules"),
    ("Ann Vole was in hospital and according to the ministry she died in the morning.", "the ministry",
     "she died in the morning"),
    ("Officials spoke. According to local news sources, the constable found the bag after a search.",
     "local news sources", "the constable found the bag after a search"),
])
def test_more_according_to_sources(text, speaker, clause):
    assert triples(quotes_of(text))[-1] == ("indirect", speaker, clause)


def test_absolute_with_clauses_gerund_subjects_and_tail_quotes():
    q = quotes_of("The firm emailed Acme Web Services again, with Acme Web Services responding that "
                  "they would look into it.")
    assert triples(q) == [("indirect", "Acme Web Services", "they would look into it")]
    q = quotes_of("With the mayor urging firms to stop trading, many firms have left.")
    assert triples(q) == [("indirect", "the mayor", "firms to stop trading")]
    q = quotes_of('In 2017, the Court, which rules on such matters, said not allowing them to marry '
                  'constituted "different treatment" under the law.')
    assert ("indirect", "the Court",
            'not allowing them to marry constituted "different treatment" under the law') in triples(q)
    q = quotes_of('The charter prohibits "any intervention of a political character," an agency '
                  'spokesperson stated.')
    assert triples(q) == [
        ("indirect", "an agency spokesperson", 'The charter prohibits "any intervention of a political character,"'),
        ("partial", "an agency spokesperson", "any intervention of a political character,")]
    # a whole quote before its attribution is not a clause; nor is a number with a comma
    q = quotes_of('"We will win," Ann Vole said.')
    assert triples(q) == [("direct", "Ann Vole", "We will win,")]
    assert quotes_of("Over 1,000 rescuers responded.").empty
    q = quotes_of("Officials said a police constable, reportedly one Dev Rao, saw them at a stall.")
    assert triples(q) == [("indirect", "officials", "a police constable, reportedly one Dev Rao, saw them at a stall")]


def test_the_same_study_endorsed_fragments_and_lists_of_mentioned_words():
    q = quotes_of("One study in the Journal of Zoology noted authorities seized 126 skins. The same "
                  "study also noted over 370 horns were seized.")
    assert [(r.speaker, r.text) for r in q.itertuples()] == [
        ("One study in the Journal of Zoology", "authorities seized 126 skins"),
        ("One study in the Journal of Zoology", "over 370 horns were seized")]
    q = quotes_of('Ann Vole endorsed the selection of a "woman of the people."')
    assert triples(q) == [("partial", "Ann Vole", "woman of the people.")]
    # three one-word quotes in a row are words mentioned; two after a labelling verb are labels
    q = quotes_of('Ann Vole endorsed using "life", "liberty", and "happiness" as the measure.')
    assert q.empty
    q = quotes_of('Ann Vole called the plan "lousy" and "stupid".')
    assert triples(q) == [("partial", "Ann Vole", "lousy"), ("partial", "Ann Vole", "stupid")]


def test_reports_in_relative_clauses_and_conditional_participles():
    q = quotes_of('The city police, which indicated on Monday a "significant development" was likely at '
                  'the hearing, face allegations they failed to act.')
    assert ("indirect", "the city police", 'a "significant development" was likely at the hearing') in triples(q)
    q = quotes_of('According to Attorney Ann Vole, the letter if written by the suspect could help the '
                  'case: "The key factor here is intent."')
    assert triples(q) == [("direct", "Ann Vole", "The key factor here is intent.")]


def test_that_before_a_nested_speaker_opens_a_clause_or_a_relative():
    q = quotes_of("The Clarion reported that police said the road was closed.")
    assert triples(q) == [("indirect", "The Clarion", "police said the road was closed"),
                          ("indirect", "police", "the road was closed")]
    assert triples(quotes_of("That official said the road was closed.")) == [
        ("indirect", "that official", "the road was closed")]
    assert quotes_of("The man that police said fled was caught.").empty
    q = quotes_of("Residents, the mayor said, must leave by noon.")
    assert triples(q) == [("indirect", "the mayor", "Residents, the mayor said, must leave by noon")]


def test_a_second_report_by_someone_else_after_and_ends_the_first():
    q = quotes_of("One student said people changed their minds and several said they wanted the "
                  "council to listen.")
    assert triples(q) == [("indirect", "one student", "people changed their minds"),
                          ("indirect", "several", "they wanted the council to listen")]
    q = quotes_of("Ann Vole said the town was safe and the police said the road was open.")
    assert triples(q) == [("indirect", "Ann Vole", "the town was safe"),
                          ("indirect", "the police", "the road was open")]
    # a noun that is also a speech verb ("a preliminary report") does not end the clause
    q = quotes_of("Bo Tran told the paper the inquiry could last two years but a preliminary report "
                  "would be ready soon.")
    assert [r.text for r in q.itertuples()] == [
        "the inquiry could last two years but a preliminary report would be ready soon"]
    # quantifiers before adjectives or nouns are not speakers
    assert quotes_of("Even so, several alleged accomplices were tried by the same court.").empty


def test_named_person_before_a_role_at_a_body_and_objects_after_say_verbs():
    q = quotes_of("In the blog post Ann Vole, the Chief Technology Officer of Red Hat said Acme would "
                  "stop the product.")
    assert triples(q) == [("indirect", "Ann Vole", "Acme would stop the product")]
    q = quotes_of("A spokesperson for Stagecoach South said their thoughts were with the families.")
    assert triples(q) == [("indirect", "A spokesperson for Stagecoach South",
                           "their thoughts were with the families")]
    # a noun-phrase object after explain/say is not a clause; a plural subject and a verb is
    assert quotes_of("Bo Tran explained the reason to call the product Rocky.").empty
    q = quotes_of("Bo Tran said the stores fill the stock every night.")
    assert triples(q) == [("indirect", "Bo Tran", "the stores fill the stock every night")]


@pytest.mark.parametrize("text, cue, clause", [
    ("Judge Ann Vole clarified in the hearing that her ruling was not connected to the case.",
     "clarified", "her ruling was not connected to the case"),
    ("Ann Vole pointed out that the road was closed.", "pointed out", "the road was closed"),
    ("Ann Vole testified she had seen the car.", "testified", "she had seen the car"),
    ("Ann Vole reiterated that she plans to leave.", "reiterated", "she plans to leave"),
    ("The researchers have speculated this pattern may have occurred during the process that "
     "formed the islands.", "speculated",
     "this pattern may have occurred during the process that formed the islands"),
])
def test_more_reporting_verbs(text, cue, clause):
    q = quotes_of(text)
    assert [(r.kind, r.cue, r.text) for r in q.itertuples()] == [("indirect", cue, clause)]


def test_questions_to_the_interviewee_are_not_attributed():
    assert quotes_of('Can you clarify what you mean by a "responsible and orderly manner" of '
                     'withdrawal?').empty
    assert quotes_of("Ann Vole pointed to the data.").empty


def test_title_case_speech_after_a_speech_verb_stays_a_quote():
    q = quotes_of('Ann Vole told the group, "We Will Win."')
    assert [(r.kind, r.speaker, r.text) for r in q.itertuples()] == [("direct", "Ann Vole", "We Will Win.")]
    assert one(q, "We Will Win").cue == "told the group"


def test_names_after_a_naming_participle_asides_and_professions_outside_the_lexicon():
    assert quotes_of('He specialized in removing people, a process called "exfiltration."').empty
    q = quotes_of('Tom Vole called the deal "lousy" on Monday.')
    assert triples(q) == [("partial", "Tom Vole", "lousy")]
    q = quotes_of('Immunologist Ann Vole of Scripps Research said, in response to the study, '
                  '"This virus spreads fast."')
    assert triples(q) == [("direct", "Ann Vole", "This virus spreads fast.")]
    assert "Immunologist" in q.iloc[0].speaker_role
    q = quotes_of("The virus may spread like flu, suggesting, experts noted, that the outbreak may "
                  "need new measures.")
    assert triples(q) == [("indirect", "experts", "the outbreak may need new measures")]


def test_a_participle_after_a_passive_report_has_the_agent_as_speaker():
    q = quotes_of('Ann Vole won. The results were described by Vole as a "historic mandate", saying '
                  'she intends to leave by May.')
    assert triples(q) == [("partial", "Ann Vole", "historic mandate"),
                          ("indirect", "Ann Vole", "she intends to leave by May")]


def test_at_least_quantities_and_early_reports():
    q = quotes_of("Reports said at least 116 people died in the quake.")
    assert triples(q) == [("indirect", "reports", "at least 116 people died in the quake")]
    q = quotes_of("Early reports suggested police used simple tools.")
    assert triples(q) == [("indirect", "Early reports", "police used simple tools")]
    q = quotes_of("The Associated Press reports Ann Vole was stopped.")
    assert triples(q) == [("indirect", "The Associated Press", "Ann Vole was stopped")]


def test_a_gerund_after_noun_in_is_not_a_report():
    assert quotes_of("Bo Tran won half the prize for his work in predicting cosmic background "
                     "radiation.").empty
    q = quotes_of("Ann Vole angered the board by saying the plan was dead.")
    assert triples(q) == [("indirect", "Ann Vole", "the plan was dead")]
    q = quotes_of("Dr. Ann Vole was met with applause today upon announcing to journalists the mayor "
                  "remained alive.")
    assert triples(q) == [("indirect", "Ann Vole", "the mayor remained alive")]


def test_state_as_a_noun_and_plural_modifiers_are_not_verbs():
    assert quotes_of("At this time, Ann Vole's family expressed concerns about Vole's mental state.").empty
    q = quotes_of("The road is closed, officials state.")
    assert triples(q) == [("indirect", "officials", "The road is closed")]
    q = quotes_of("Estimates by the government state about 350 thousand people are hurt each year.")
    assert triples(q) == [("indirect", "the government", "about 350 thousand people are hurt each year")]
    assert quotes_of("Ann Vole has written numerous articles for such publications as The Times.").empty


# ------------------------------------------------------ issue 3, blind speaker categories (A-I)


@pytest.mark.parametrize("text, speaker, role_part", [
    ('Lina Voss of the World Rowing Council (WRC) told the press the rules were only a start: '
     '"We need more."', "Lina Voss", "of the World Rowing Council"),
    ('Bo Tran of the UK\'s Office for Harbours (OFH) said, "We are ready for the season."',
     "Bo Tran", "Office for Harbours"),
    ('Ada Kim of advocacy group Clear Water Now said, "The river is cleaner than ever."',
     "Ada Kim", "Clear Water Now"),
])
def test_person_of_body_speaks_not_the_body(text, speaker, role_part):
    q = quotes_of(text)
    assert len(q) >= 1
    assert set(q["speaker"]) == {speaker}
    assert all(role_part in r for r in q["speaker_role"])


def test_person_of_body_with_acronym_reports_and_quotes():
    q = quotes_of('Lina Voss of the World Rowing Council (WRC) told the press the rules were only '
                  'a start: "We need more."')
    assert triples(q) == [("indirect", "Lina Voss", "the rules were only a start"),
                          ("direct", "Lina Voss", "We need more.")]


def test_person_of_quoted_org_name_with_appositive():
    q = quotes_of('Ada Kim of "Speak Up", a victims\' charity, told the Clarion "we were never consulted."')
    assert [(r.speaker, r.text) for r in q.itertuples()] == [("Ada Kim", "we were never consulted.")]


@pytest.mark.parametrize("verb", ["quoted", "cited"])
def test_medium_quoted_person_with_appositive_as_saying(verb):
    q = quotes_of(f'The Gazette {verb} Ravi Mehta, formerly a deputy director at the agency, as saying '
                  '"The plan is sound" and "we will adapt."')
    assert [(r.text, r.speaker) for r in q.itertuples()] == [
        ("The plan is sound", "Ravi Mehta"), ("we will adapt.", "Ravi Mehta")]
    assert q.iloc[0]["speaker_role"] == "formerly a deputy director at the agency"


@pytest.mark.parametrize("text, speaker, role", [
    ('Remarked harbour scientist Ada Kim, "This is a gift from the sea."', "Ada Kim", "harbour scientist"),
    ('Said Bo Tran: "We did what we could."', "Bo Tran", ""),
])
def test_inverted_cue_opening_the_sentence(text, speaker, role):
    q = quotes_of(text)
    assert len(q) == 1
    r = q.iloc[0]
    assert (r["kind"], r["speaker"], r["speaker_role"]) == ("direct", speaker, role)


def test_possessive_descriptor_speaks_as_written():
    q = quotes_of('Ada Kim was found on Tuesday. Kim\'s animal charity said she had been "in good spirits".')
    assert triples(q) == [("indirect", "Kim's animal charity", 'she had been "in good spirits"'),
                          ("partial", "Kim's animal charity", "in good spirits")]


def test_speaker_keeps_the_article_spelling_with_diacritics():
    q = quotes_of('"We are ready," said Jaroslaw Kaczmarek. Later Mayor Jarosław Kaczmarek told '
                  'reporters costs would rise. Kaczmarek added that it was fine.')
    assert triples(q) == [("direct", "Jarosław Kaczmarek", "We are ready,"),
                          ("indirect", "Jarosław Kaczmarek", "costs would rise"),
                          ("indirect", "Jarosław Kaczmarek", "it was fine")]


def test_pronoun_report_with_informed_object():
    q = quotes_of('Ada Kim drove away from Hollin Airbase. She informed police she had diplomatic '
                  'immunity, but "that she would stay".')
    assert triples(q) == [("indirect", "Ada Kim", "she had diplomatic immunity"),
                          ("partial", "Ada Kim", "that she would stay")]
    assert set(q["cue"]) == {"informed police"}


@pytest.mark.parametrize("text, speaker", [
    ("Ada Kim worked for Brennan Motors. Marlow Airbase stayed closed. She informed police she had "
     "diplomatic immunity.", "Ada Kim"),
    ("Ravi Mehta owned Tasker Holdings. Fenwick Shipping Lines later sued. He said the deal was fair.",
     "Ravi Mehta"),
])
def test_gendered_pronoun_never_resolves_to_a_place_or_company(text, speaker):
    q = quotes_of(text)
    assert len(q) == 1 and q.iloc[0]["speaker"] == speaker


def test_quote_only_sentence_continues_the_speaker_before_in_the_paragraph():
    q = quotes_of('Bo Tran crossed the lake on Sunday. Strong winds slowed the crossing, Tran said, '
                  'adding it took stamina. "It burns, it is hard work."')
    assert triples(q) == [("indirect", "Bo Tran", "Strong winds slowed the crossing"),
                          ("indirect", "Bo Tran", "it took stamina"),
                          ("direct", "Bo Tran", "It burns, it is hard work.")]


def test_quote_only_sentence_not_continued_after_another_name_or_paragraph():
    q = quotes_of('Bo Tran crossed the lake on Sunday. Strong winds slowed the crossing, Tran said '
                  'as his coach Ada Kim watched. "It burns, it is hard work."')
    assert "It burns, it is hard work." not in set(q["text"])
    q2 = quotes_of('Strong winds slowed the crossing, Bo Tran said.\n\nThe harbour reopened. '
                   '"It burns, it is hard work."')
    assert "It burns, it is hard work." not in set(q2["text"])


@pytest.mark.parametrize("text, expected", [
    ('Calling it "a hollow gesture", Ada Kim told the Clarion "it seemed scripted".',
     [("partial", "Ada Kim", "a hollow gesture"), ("partial", "Ada Kim", "it seemed scripted")]),
    ('Describing the plan as "reckless", Bo Tran said it would fail.',
     [("partial", "Bo Tran", "reckless"), ("indirect", "Bo Tran", "it would fail")]),
])
def test_opening_participle_clause_is_not_the_speaker(text, expected):
    assert triples(quotes_of(text)) == expected


def test_interrupting_they_said_takes_the_previous_speaker():
    q = quotes_of('The parents of Bo Tran said he loved the sea. The family, they said, desired no memorials.')
    assert triples(q) == [("indirect", "the parents of Bo Tran", "he loved the sea"),
                          ("indirect", "the parents of Bo Tran", "The family, they said, desired no memorials")]


def test_she_never_resolves_to_an_acronym_named_base():
    q = quotes_of('The van had come from RAF Holloway and police spoke with Ada Kim. '
                  'The van was parked near RAF Holloway. She informed police she had diplomatic immunity.')
    assert triples(q) == [("indirect", "Ada Kim", "she had diplomatic immunity")]


def test_she_takes_the_woman_named_in_her_paragraph_over_an_earlier_subject():
    q = quotes_of('Kerrin Dovaly, a 19-year-old cyclist, was struck by a van near Holloway.\n\n'
                  'Officers traced the van and spoke with Ada Kim as a suspect. '
                  'She informed police she had diplomatic immunity.')
    assert triples(q) == [("indirect", "Ada Kim", "she had diplomatic immunity")]


# ------------------------------------------------- a person named with a body or place (issue)


@pytest.mark.parametrize("text, speaker", [
    ('"Ana was the finest engineer I have met," said Westbrook University\'s provost, Tomas Quell.',
     "Tomas Quell"),
    ('"Ana was the finest engineer I have met," said the University of Westbrook, Lakeside\'s '
     'provost, Tomas Quell.', "Tomas Quell"),
    ('Rui Tanaka of campaign group Clean Rivers Now said, "We will go on."', "Rui Tanaka"),
    ('Peter Lind of worldwide victim group Open Doors Now said, "The church should act."', "Peter Lind"),
    ('Dr. Olaf Brenn at Saint Clement said, "We received an alert at noon."', "Olaf Brenn"),
    ('The Harbour Guard announced an order by Harbour Guard Commander Admiral Joss Wren directing '
     'units to "join the search" at once.', "Joss Wren"),
])
def test_person_named_with_a_body_or_place_is_the_speaker(text, speaker):
    q = quotes_of(text)
    assert list(q["speaker"]) == [speaker]


def test_two_roles_then_the_name_in_commas_speaks_for_both_quotes():
    q = quotes_of('The then-director of Lakeside Arts and chair of the Harbour Festival Board, Mina Osei, '
                  'called it "a sad day" and said "[t]his town cannot lose it."')
    assert list(q["speaker"]) == ["Mina Osei", "Mina Osei"]


def test_titled_name_after_an_of_phrase_still_speaks():
    q = quotes_of('Joint Chiefs of Staff Chairman Gen. Dora Vell said, "We are ready."')
    assert list(q["speaker"]) == ["Dora Vell"]


# ------------------------------------------- a definite description right after a named speaker


def test_definite_description_after_a_named_speaker_is_that_speaker():
    q = quotes_of('"Ice shelves thin fast," said study co-author Maya Lind. The Ridgeford professor '
                  'added, "We do not know how much yet." The 54-year-old said, "It is bad."')
    assert list(q["speaker"]) == ["Maya Lind"] * 3


def test_definite_description_after_someone_else_is_named_stays_a_descriptor():
    q = quotes_of('"Ice shelves thin fast," said study co-author Maya Lind. Bo Tran disagreed with '
                  'her. The professor added, "We do not know how much yet."')
    assert one(q, "We do not")["speaker"] == "the professor"


def test_definite_description_of_the_other_gender_is_not_the_speaker():
    q = quotes_of('"We searched all night," said Tomas Quell. The mother added, "I want him home."')
    assert one(q, "I want him")["speaker"] == "the mother"


def test_person_of_a_body_with_an_acronym_that_spells_a_pronoun():
    q = quotes_of('Some text here.\n\nDana Pike of the World Hygiene Organization (WHO) told the press '
                  'the plan was only a start: "We need more."')
    assert triples(q) == [("indirect", "Dana Pike", "the plan was only a start"),
                          ("direct", "Dana Pike", "We need more.")]


def test_en_dash_compound_body_stays_in_the_role():
    q = quotes_of('Northgate Export–Import Bank president Lior Vance said the fees "cost farmers millions," '
                  'further saying, "Beyond that, it slows trade."')
    assert set(q["speaker"]) == {"Lior Vance"} and len(q) == 3


# ----------------------------------------------- a report, then a sentence that is only a quote


def test_quote_only_sentence_after_a_report_takes_its_speaker_not_a_later_one():
    q = quotes_of('Guests included actors Kim Lanc and Kim Arlo-Berg.\n\n'
                  'Kim Arlo-Berg broke news when he revealed that a sequel is being planned. '
                  '"Paul and I are talking to a studio at the moment." Other things happened. '
                  'Emma Vell talked of "a good day".')
    assert triples(q) == [
        ("indirect", "Kim Arlo-Berg", "a sequel is being planned"),
        ("direct", "Kim Arlo-Berg", "Paul and I are talking to a studio at the moment."),
        ("partial", "Emma Vell", "a good day")]


def test_talked_of_introduces_partial_quotes():
    q = quotes_of('"Ana was the finest engineer I have met," said Tomas Quell. '
                  'Quell talked of Ana\'s "quiet genius" and "her care for students".')
    assert [(r.kind, r.speaker, r.cue) for r in q.itertuples()] == [
        ("direct", "Tomas Quell", "said"), ("partial", "Tomas Quell", "talked"),
        ("partial", "Tomas Quell", "talked")]


# ------------------------------------- descriptors resolved to the person the article gives them


def test_possessive_role_resolves_to_the_one_person_with_that_role():
    q = quotes_of('The death was confirmed by his daughter Tessa Brand. Later, his daughter said he died abroad.')
    assert triples(q) == [("indirect", "Tessa Brand", "he died abroad")]


def test_place_possessive_role_resolves_to_the_person_named_later():
    q = quotes_of("Eastmoor's governor said payouts will go to each family.\n\n"
                  "Regional governor Pavel Orlin said officers were present. Deputy Governor Ivo Lark "
                  "was there too.")
    assert list(q["speaker"]) == ["Pavel Orlin", "Pavel Orlin"]


def test_role_shared_by_two_people_stays_a_descriptor():
    q = quotes_of("Regional governor Pavel Orlin and city governor Ivo Lark met. Eastmoor's governor said "
                  "payouts will go to each family.")
    assert one(q, "payouts")["speaker"] == "Eastmoor's governor"


def test_parents_sharing_a_surname_are_told_apart_by_gender():
    q = quotes_of('Ingrid Quist and Peter Quist were sentenced on Friday.\n\n'
                  'The father said "I love my children."\n\nThe mother said "I look forward to the day."\n\n'
                  'Ingrid Quist cried. Quist said "I am sorry."')
    assert list(q["speaker"]) == ["Peter Quist", "Ingrid Quist", "Ingrid Quist"]


def test_shared_surname_goes_to_the_one_mentioned_last():
    q = quotes_of('Peter Quist and Ingrid Quist spoke after the hearing. Peter Quist thanked the jury. '
                  'Later Ingrid Quist left the court. Quist said "It is over."')
    assert list(q["speaker"]) == ["Ingrid Quist"]


# ------------------------------------------------------------------------ reported speech misses


def test_interview_with_a_named_medium_stays_in_the_cue():
    q = quotes_of('Kim Stern said in an interview with Rolling Stone he was open to a reunion.')
    assert triples(q) == [("indirect", "Kim Stern", "he was open to a reunion")]


def test_filing_to_a_named_body_stays_in_the_cue():
    q = quotes_of('Ford Lark said in a financial filing to the U.S. Securities and Exchange Commission '
                  'that the inquiry started in May.')
    assert triples(q) == [("indirect", "Ford Lark", "the inquiry started in May")]


@pytest.mark.parametrize("medium", ["in a filing with regulators", "in a letter to shareholders",
                                    "in a letter to the investors", "in a note to staff"])
def test_a_medium_with_its_addressees_then_a_clause_with_a_number(medium):
    # the time-phrase scan once ran past "that" to the clause's number ("12") and lost the report
    q = quotes_of(f"Veltrix said {medium} that profits fell 12 per cent.")
    assert triples(q) == [("indirect", "Veltrix", "profits fell 12 per cent")]


def test_posted_reports_a_clause_only_after_that():
    q = quotes_of("Ada Holt posted on Facebook that the event was cancelled.")
    assert triples(q) == [("indirect", "Ada Holt", "the event was cancelled")]
    for text in ("Ada Holt posted a video of the event.", "Veltrix posted record profits that surprised analysts.",
                 "Ada Holt posted bail on Monday."):
        assert quotes_of(text).empty, text


def test_an_epithet_of_age_or_nation_is_the_person_just_named():
    text = ("Northvale manager Tam Ardie took charge in the summer.\n\n"
            "The Scot, who has won two titles, said his players had switched off.\n\n"
            '"We were poor," the 52-year-old told the Courier.')
    q = quotes_of(text)
    assert [(r.kind, r.speaker) for r in q.itertuples()] == [("indirect", "Tam Ardie"), ("direct", "Tam Ardie")]
    # the epithet must fit: a Frenchman is not the woman just named; two people named: as written
    q = quotes_of('Ada Lind took charge in May, and she hired two coaches. "We were poor," the Frenchman said.')
    assert triples(q) == [("direct", "the Frenchman", "We were poor,")]
    q = quotes_of('Tam Ardie met Leo Marsh in May. "We were poor," the 52-year-old said.')
    assert triples(q) == [("direct", "the 52-year-old", "We were poor,")]


@pytest.mark.parametrize("speaker", ["the Northvale plumber", "the Westport-born plumber",
                                     "the former Chelsea boss", "the Eastport goalkeeper"])
def test_a_descriptor_with_capitalised_modifiers_after_a_quote_speaks(speaker):
    # a name read at the start ("the Northvale") no longer ends the phrase before its noun
    q = quotes_of(f'"We were poor," {speaker} said.')
    assert triples(q) == [("direct", speaker, "We were poor,")]


@pytest.mark.parametrize("speaker", ["the plumber", "a retired plumber", "the Westport plumber"])
def test_a_descriptor_the_lexicon_does_not_know_after_the_verb_speaks(speaker):
    q = quotes_of(f'"We were poor," said {speaker}.')
    assert triples(q) == [("direct", speaker, "We were poor,")]


@pytest.mark.parametrize("source", ["the state fire marshal's office", "the Westport County district attorney's office",
                                    "the state fire marshal"])
def test_according_to_an_office_named_by_its_role_holder(source):
    q = quotes_of(f"The cause of the fire is under investigation, according to {source}.")
    assert triples(q) == [("indirect", source, "The cause of the fire is under investigation")]


@pytest.mark.parametrize("who", ["A No 10 spokesperson", "A No. 10 spokesman", "A Number 10 source"])
def test_downing_street_by_its_number_is_no_count(who):
    q = quotes_of(f"{who} said the prime minister had full confidence in Ada Dale.")
    assert triples(q) == [("indirect", who, "the prime minister had full confidence in Ada Dale")]


def test_new_role_words_hold_a_title_before_a_name():
    q = quotes_of("Ada Vell was elected in May. County Clerk Nan Voots announced she is retiring. "
                  "Westland Secretary-General Bo Tann wrote that the vote was fair.")
    assert [(r.speaker, r.speaker_role) for r in q.itertuples()] == [
        ("Nan Voots", "County Clerk"), ("Bo Tann", "Westland Secretary-General")]


def test_a_clause_whose_possessed_subject_precedes_a_quoted_predicate():
    # "her" opened the clause and its verb stood in the marks, so the report was read as "said her"
    q = quotes_of('The victim\'s mother, who asked not to be named, said her son "was a good kid."')
    assert triples(q) == [("indirect", "the victim's mother", 'her son "was a good kid."'),
                          ("partial", "the victim's mother", "was a good kid.")]


def test_an_office_named_by_a_modified_possessive_role():
    q = quotes_of("The medical examiner's office said the cause of death was drowning.")
    assert triples(q) == [("indirect", "the medical examiner's office", "the cause of death was drowning")]


@pytest.mark.parametrize("role", ["Former Speaker of the House", "Former US Ambassador to the United Nations",
                                  "Hong Kong director of Amnesty International",
                                  "President of the Westland Commission"])
def test_a_role_of_a_body_then_the_name_is_that_person(role):
    # the capitalised run fused the body and the name: "Former Speaker of the House Ada Vell" was
    # an unnamed speaker; who gets quoted counts Ada Vell
    q = quotes_of(f"{role} Ada von Vell said the bill was dead.")
    assert [(r.speaker, r.named, r.speaker_role) for r in q.itertuples()] == [("Ada von Vell", True, role)]
    q = quotes_of(f'"The bill is dead," said {role} Ada Vell.')
    assert [(r.speaker, r.named) for r in q.itertuples()] == [("Ada Vell", True)]


def test_a_body_ending_in_a_name_like_run_stays_a_body():
    q = quotes_of("A spokesman for the Westland Commission said the bill was dead.")
    assert [(r.named, r.speaker.endswith("Westland Commission")) for r in q.itertuples()] == [(False, True)]


@pytest.mark.parametrize("body", ["The Native Rights Fund", "The University of Westport", "Amnesty International"])
def test_a_bodys_person_in_the_possessive_is_that_person(body):
    q = quotes_of(f"{body}'s Ada Vell said the bill was dead.")
    assert [(r.speaker, r.named) for r in q.itertuples()] == [("Ada Vell", True)]


def test_a_cue_word_used_as_a_noun_after_a_determiner_reports_nothing():
    assert quotes_of("Ada Vell blames the delay as a key reason she lost the election.").empty
    assert quotes_of("One report the agency filed was late.").empty
    q = quotes_of("The spokesman reports that the plan failed.")  # a role before the verb stays a subject
    assert triples(q) == [("indirect", "the spokesman", "the plan failed")]


def test_a_sentence_opening_descriptor_keeps_the_capital_of_a_name():
    q = quotes_of("It was unusual. Greens in Parliament vowed to investigate whether the contract was legal.")
    assert [r.speaker for r in q.itertuples()] == ["Greens in Parliament"]
    q = quotes_of("It was unusual. Legal and religious groups have called for a review.")
    assert [r.speaker for r in q.itertuples()] == ["legal and religious groups"]
    q = quotes_of("Ada Vell waited. Vell now has called for a review of the contract.")
    assert [r.speaker for r in q.itertuples()] == ["Ada Vell"]


def test_two_lower_case_modifiers_before_a_role_belong_to_it():
    q = quotes_of("Still, some law enforcement officials said they had always felt ignored.")
    assert triples(q) == [("indirect", "some law enforcement officials", "they had always felt ignored")]


@pytest.mark.parametrize("after", ["QC", "MP", "OBE", "PhD"])
def test_letters_after_a_name_are_no_part_of_it(after):
    q = quotes_of(f"Ada Vell {after} said the bill was dead.")
    assert [(r.speaker, r.speaker_role) for r in q.itertuples()] == [("Ada Vell", after)]


def test_one_person_under_a_fuller_and_a_shorter_name():
    # a middle name ("Rodham") and a double surname after a title ("Ms. Wasserman Vell") are the
    # person named in full; initials keep two people apart (two Bushes)
    q = quotes_of('Hillary Rodham Vell spoke on Monday. "It is dead," said Mrs. Vell. '
                  'Later, Hillary Vell added that it was over.')
    assert set(q["speaker"]) == {"Hillary Rodham Vell"}
    q = quotes_of('Committee Chairwoman Ada Wasserman Vell responded. "It is dead," Ms. Wasserman Vell '
                  'said in a statement.')
    assert list(q["speaker"]) == ["Ada Wasserman Vell"]
    q = quotes_of("George H. W. Vell spoke first. George W. Vell said that it was over.")
    assert list(q["speaker"]) == ["George W. Vell"]


def test_a_platform_before_a_name_is_no_part_of_it():
    q = quotes_of('Rapper Kai West held a rally. The next day on Twitter West accused his wife of '
                  'attempting to "lock me up" after the rally.')
    assert set(q["speaker"]) == {"Kai West"}


@pytest.mark.parametrize("subject", ["No candidate", "Nobody", "None of the officials", "Neither official",
                                     "While every candidate agrees, no candidate"])
def test_a_report_nobody_made_is_no_report(subject):
    assert quotes_of(f"{subject} mentioned that the plan had failed.").empty


def test_a_cue_noun_after_its_modifier_is_no_verb_but_a_subjects_verb_is():
    q = quotes_of('Ada Vell explained that crews turn the beacons off for security reasons, such as '
                  '"in areas where piracy is a risk".')
    assert set(q["cue"]) == {"explained"}
    assert "reports" not in set(quotes_of("Vell is disputing reports that he asked for loyalty.")["cue"])
    q = quotes_of("According to the team, toilets waste water. Inventions that save water, they reason, "
                  "could help cities.\n\nStudies report that the scheme works.")
    assert [r.cue for r in q.itertuples()] == ["according to", "reason", "report"]


def test_a_role_in_capitals_inside_a_name_run_registers_the_person():
    # "Acme CEO Jack Dorsey has recorded ..." named nobody, so a later "Dorsey" stayed a surname
    q = quotes_of("Acme CEO Bo Dorsey has recorded a podcast.\n\nDorsey thanked the host, writing that "
                  "he had a great time.")
    assert list(q["speaker"]) == ["Bo Dorsey"]
    q = quotes_of("Acme CFO Ada Vell said the plan had failed.")
    assert [(r.speaker, r.speaker_role) for r in q.itertuples()] == [("Ada Vell", "Acme CFO")]


@pytest.mark.parametrize("text, expected", [
    ("Ada Vell is saying that the plan failed.", ("Ada Vell", "the plan failed", "saying")),
    ("Officials are warning that the plan failed.", ("officials", "the plan failed", "warning")),
    ("Veltrix is reporting that profits fell.", ("Veltrix", "profits fell", "reporting")),
])
def test_the_present_progressive_reports(text, expected):
    # cue verbs in all tenses (issue 3): a cue after a form of "be" was skipped as a passive
    assert [(r.speaker, r.text, r.cue) for r in quotes_of(text).itertuples()] == [expected]


@pytest.mark.parametrize("text", ["Ada Vell was told that the plan failed.",
                                  "It seems you are telling women that they are not good enough."])
def test_a_passive_or_a_second_person_progressive_reports_nothing(text):
    assert quotes_of(text).empty


@pytest.mark.parametrize("verb", ["denied", "disputed", "is disputing", "refuted"])
def test_a_denial_of_reports_reports_the_denied_clause(verb):
    q = quotes_of(f"Ada Vell {verb} reports that she asked Bo Tann for loyalty.")
    assert [(r.speaker, r.text, r.cue) for r in q.itertuples()] == [
        ("Ada Vell", "she asked Bo Tann for loyalty", verb.split()[-1])]


@pytest.mark.parametrize("who", ["A spokesman for the Pentagon", "A spokesperson for the Westport Police Department",
                                 "A spokesman for the Economic Offences Wing", "A lawyer for the wife of Bo Tann"])
def test_a_role_for_a_body_is_the_descriptor_as_written(who):
    # (was the body alone, "spokesman for the Pentagon" without its article, or a person called
    # "Economic Offences Wing")
    q = quotes_of(f"{who} said the buses would run.")
    assert [(r.speaker, r.named) for r in q.itertuples()] == [(who, False)]


def test_estimated_reports_a_clause():
    q = quotes_of('Intro.\n\nEmergencies Minister Ivo Lark spoke of the threat. He estimated this would take a day.')
    assert triples(q) == [("indirect", "Ivo Lark", "this would take a day")]


def test_according_to_a_role_then_the_name_in_commas():
    q = quotes_of("Intro.\n\nAccording to Millbrook's first selectman, Rita Vos, there were ten people aboard.")
    assert triples(q) == [("indirect", "Rita Vos", "there were ten people aboard")]


def test_according_to_inside_a_subject_phrase_reports_the_predicate_after():
    q = quotes_of("Intro.\n\nRescuers, working in the cold, according to the ministry recovered ten "
                  "survivors on Monday.")
    assert triples(q) == [("indirect", "the ministry", "recovered ten survivors on Monday")]


def test_interrupting_attribution_after_a_because_clause_reports_the_main_clause():
    q = quotes_of("Intro.\n\nBecause warm water is lighter, says the study, it rises above cold water.")
    assert triples(q) == [("indirect", "the study", "it rises above cold water")]


def test_definite_description_of_a_title_another_person_bears_is_not_the_last_speaker():
    q = quotes_of('"We will win," said Ana Quell. Ivo Lark met her.\n\n"It is done," said Ana Quell. '
                  'The president has claimed fraud with mail-in ballots. President Lark left.')
    assert one(q, "fraud")["speaker"] != "Ana Quell"


def test_partial_before_a_while_clause_stays_with_its_own_clause():
    q = quotes_of('Intro.\n\nPresident Ana Vell said the victims were "young lives" lost in an "awful loss" '
                  'while Interior Minister Bo Tran wrote he had ordered checks.')
    partials = q[q["kind"] == "partial"]
    assert partials["speaker"].tolist() == ["Ana Vell", "Ana Vell"]
    assert one(q, "checks")["speaker"] == "Bo Tran"


def test_pronoun_subject_of_a_sentence_beats_a_person_named_inside_its_clause():
    q = quotes_of('Intro.\n\nEarlier, Rima Olan spoke. Cal Tran filed his resignation after the leak. '
                  'He said Rima Olan is "a model of honesty"; however, "to remove any doubts, I wrote '
                  'a resignation offer", he added.')
    assert one(q, "to remove any doubts")["speaker"] == "Cal Tran"


def test_time_phrase_before_a_name_does_not_make_it_an_object():
    q = quotes_of('Intro.\n\nPrime Minister Ari Vell spoke first. Later on Tuesday Vell met the Fund\'s '
                  'director, then President Olan Kade, where he denounced the deal again. In regard to the '
                  'claims, he noted "the deal breaks our rights".')
    assert one(q, "breaks our rights")["speaker"] == "Ari Vell"


def test_hedged_appositive_names_the_speaker_of_says():
    q = quotes_of('Intro.\n\nA recording leaked in which someone, seemingly Cal Tran, audibly says Olan Kade '
                  '"has a poor grasp of economics."')
    assert q["speaker"].tolist() == ["Cal Tran", "Cal Tran"]


def test_plural_role_is_never_a_speaker():
    q = quotes_of("Intro.\n\nOne of Freedonia's Vice Presidents, Mara Lusk, also commented on his death. "
                  'She said "He was an honest man who gave his life to the country."')
    assert one(q, "honest man")["speaker"] == "Mara Lusk"


def test_the_latter_is_the_second_of_two_bodies_named_before():
    q = quotes_of('Intro.\n\nInquiries were opened by the Aviation Agency and the Rail Safety Board, with the '
                  'latter yesterday confirming on Twitter they were "not travelling to the site."')
    assert set(q["speaker"]) == {"the Rail Safety Board"}
    assert set(q["kind"]) == {"partial", "indirect"}


def test_the_company_is_the_company_the_article_named_with_its_acronym():
    q = quotes_of('Intro.\n\nA helicopter working for Lakeside Power and Light (LPL) crashed. The Fire Department '
                  '(LFD) said the flames were out. The dead were LPL contract workers. The company said power '
                  'was restored by noon.')
    assert one(q, "power was restored")["speaker"] == "Lakeside Power and Light"
    assert one(q, "flames were out")["speaker"] != "Lakeside Power and Light"


def test_cue_then_time_phrase_and_comma_reports_the_clause():
    q = quotes_of("Intro.\n\nPrime Minister Tui Lemalu noted on Monday, the fatalities were all unvaccinated.")
    assert triples(q) == [("indirect", "Tui Lemalu", "the fatalities were all unvaccinated")]


def test_called_it_unlikely_that_reports_the_clause_and_a_tail_attribution_after_an_adjective_participle():
    q = quotes_of("Intro.\n\nTomas Lagos, deputy director of the Energy Forum, said the project has a political "
                  "rather than economic significance. He called it unlikely that the fund would pay for the "
                  "project. The estimated cost is six billion euros, but rivals are likely to keep investors "
                  "away, he noted.")
    assert one(q, "would pay")["text"] == "it unlikely that the fund would pay for the project"
    assert set(q["speaker"]) == {"Tomas Lagos"}
    assert len(q) == 3


def test_called_it_a_noun_is_still_no_report():
    q = quotes_of("Intro.\n\nTomas Lagos called it a day and went home.")
    assert q.empty


def test_bare_first_surname_of_a_double_surname_is_that_person():
    q = quotes_of("Intro.\n\nRicardo Vela Montes, the island's governor, announced a curfew. Vela said the "
                  "curfew would last a week.")
    assert triples(q) == [("indirect", "Ricardo Vela Montes", "the curfew would last a week")]


def test_role_of_a_place_stays_a_descriptor_unless_the_article_names_its_holder():
    q = quotes_of("Intro.\n\nFour people died in the blast, according to the mayor of Yartown via news agency Tarfax.")
    assert triples(q) == [("indirect", "the mayor of Yartown", "Four people died in the blast")]
    q = quotes_of("Intro.\n\nThe mayor of Yartown, Ilya Brel, visited the site. Four people died in the blast, "
                  "according to the mayor of Yartown.")
    assert one(q, "Four people")["speaker"] == "Ilya Brel"


def test_opening_participial_phrase_is_not_the_subject_but_a_company_ending_in_ing_is():
    q = quotes_of('Intro.\n\nCalling it "just another apology", Mira Tolk of "Safe Harbour", a support charity, '
                  'told the Clarion "it appears the statement was written in advance".')
    assert one(q, "written in advance")["speaker"] == "Mira Tolk"
    q = quotes_of('Intro.\n\nVelting did not release details, telling the Clarion the company "sends its '
                  'condolences to the families".')
    assert set(q["speaker"]) == {"Velting"}


def test_passive_cue_after_an_adverb_takes_the_by_agent():
    q = quotes_of('Intro.\n\nThe outbreak was previously declared to be a "pandemic" by the Global Health Council.')
    assert one(q, "pandemic")["speaker"] == "the Global Health Council"


def test_a_named_persons_statement_is_that_persons_words_a_familys_stays_as_written():
    q = quotes_of('Intro.\n\nPresident Ana Vell announced the raid. Vell\'s statement read: "The raid '
                  'succeeded."\n\nThe family\'s statement read: "We grieve."')
    assert one(q, "raid succeeded")["speaker"] == "Ana Vell"
    assert one(q, "We grieve")["speaker"] == "the family's statement"


def test_according_to_a_source_then_a_clause_with_children_is_not_an_appositive():
    q = quotes_of("Intro.\n\nAccording to authorities, the site hosted clips showing abuse of children, "
                  "including toddlers. The site was closed in June.")
    assert triples(q) == [("indirect", "authorities",
                           "the site hosted clips showing abuse of children, including toddlers")]


def test_document_signed_by_a_person_speaks_as_the_document():
    q = quotes_of('Intro.\n\nThe decree signed by the Bishop read "Abuse harms the community of the faithful."')
    assert triples(q) == [("direct", "the decree", "Abuse harms the community of the faithful.")]


def test_document_with_an_on_phrase_before_the_cue_speaks_as_written():
    q = quotes_of('Intro.\n\nThe family\'s statement on the death read: "Don loved his ranch."')
    assert triples(q) == [("direct", "the family's statement", "Don loved his ranch.")]
    q = quotes_of("Intro.\n\nAna Vell praised the report on Twitter and warned that costs would rise.")
    assert one(q, "costs would rise")["speaker"] == "Ana Vell"


def test_quote_inside_an_opening_participial_phrase_belongs_to_the_subject_after_it():
    q = quotes_of('Intro.\n\nCalling it "just another apology", Mira Tolk of "Safe Harbour", a support '
                  'charity, told the Clarion "it appears the statement was written in advance".')
    assert one(q, "just another apology")["speaker"] == "Mira Tolk"


def test_clause_with_a_number_after_the_cue_is_not_a_time_phrase_and_let_say_is_no_report():
    q = quotes_of("Intro.\n\nMinister Ivo Lark spoke. He estimated this would take 24 hours. Let say this "
                  "has a factor of 4.")
    assert triples(q) == [("indirect", "Ivo Lark", "this would take 24 hours")]


def test_and_inside_an_of_name_keeps_the_whole_name_or_the_person_before_of():
    q = quotes_of("Nils Hagen of Yarrow Fire and Rescue said no crews would enter the building. "
                  "The High Court of Dunmore and Westvale ruled that the appeal was not a matter "
                  "for the courts. The Carthan Institute of Geology and Seismology (Cargeos) "
                  "reported the first quake occurred at 7:37 p.m. Ada Kim and Bo Tran said the "
                  "plan would fail.")
    assert one(q, "no crews")["speaker"] == "Nils Hagen"
    assert one(q, "the appeal")["speaker"].lower() == "the high court of dunmore and westvale"
    assert one(q, "first quake")["speaker"].startswith("Carthan Institute of Geology and Seismology")
    assert one(q, "plan would fail")["speaker"] in {"Bo Tran", "Ada Kim"}  # coordination: unchanged


def test_she_goes_with_the_subject_the_article_shows_is_a_woman_not_a_company_or_an_actor_word():
    # "voice actor" says nothing of gender; "her career" after the subject does; a company
    # descriptor is never the antecedent of "she"
    q = quotes_of('Voice actor Alexis Tarrow marveled at the growth of the industry. "There is so '
                  'much now," Tarrow observed.\n\nTarrow held a panel on her career, dubbing films for '
                  'the distribution company Brightwave Media. Once she was a guest, she had to work.'
                  '\n\nTarrow was devastated when she got a cold. "This director doesn\'t know me," '
                  'she recalls thinking.')
    assert one(q, "This director")["speaker"] == "Alexis Tarrow"


def test_pronoun_after_a_sentence_naming_several_people_is_its_subject_of_that_gender():
    q = quotes_of("Nora Calloway was born in Dunmore in 1931. Calloway married three times, to "
                  'Ferris Lund, Abe Mott and Dion Ash. In her memoir she wrote, "I regret none of it."')
    assert one(q, "regret none")["speaker"] == "Nora Calloway"


def test_quote_after_a_colon_without_a_speech_verb_belongs_to_the_one_person_named_before_it():
    q = quotes_of('Asked about the budget, Marlow Teague was blunt: "We cannot afford it."\n\n'
                  'The council met on Monday. Teague\'s answer was simple: "No."\n\n'
                  'For Teague, the lesson is clear: "Never again."\n\n'
                  'The Teague campaign recycled a statement from July: "The voters will decide."')
    assert one(q, "afford it")["speaker"] == "Marlow Teague"
    assert one(q, "No.")["speaker"] == "Marlow Teague"
    assert one(q, "Never again")["speaker"] == "Marlow Teague"
    assert one(q, "voters will decide")["speaker"] == "the Teague campaign"


def test_first_person_quote_sentence_after_a_sentence_about_one_named_person_is_theirs():
    q = quotes_of('Comic artist Jenn Ostrow told of being forced to rethink her life. "In my first '
                  'stint, I didn\'t get any work."\n\nActress Dena Crowe is set to appear in a new '
                  'series. Underwhelmed with her role, she left the old one early. "This is not what '
                  'I wanted."\n\nThe museum opened on Monday. "Admission is free."\n\n'
                  'Ada Kim met Bo Tran in Dunmore. "We agreed on nothing."')
    assert one(q, "first stint")["speaker"] == "Jenn Ostrow"
    assert one(q, "not what I wanted")["speaker"] == "Dena Crowe"
    assert not q["text"].str.contains("Admission").any()  # nobody to speak it
    assert not q["text"].str.contains("agreed on nothing").any()  # two people: not guessed


def test_his_team_reports_and_a_named_partner_after_a_possessor_speaks():
    q = quotes_of('Bo Tran pled not guilty. His legal team argued he simply represented his client.'
                  '\n\n"Heartbroken," writes Tran\'s longtime tag team partner Erick Bole on Instagram.'
                  '\n\nSince 1983, the research team has banded chicks, noting which birds come back.')
    assert one(q, "simply represented")["speaker"] == "the legal team of Bo Tran"
    assert one(q, "Heartbroken")["speaker"] == "Erick Bole"
    assert not q["text"].str.contains("birds come back").any()  # observing, not reporting


def test_body_then_lower_case_role_then_full_name_is_the_person():
    q = quotes_of('According to Carthan University political scholar Kelly Dorran, "Women hold fewer '
                  'seats."\n\nJust before the debate, Ada Kim\'s former business partner Rob Tallis held '
                  'a press conference claiming Kim knew about the deals.\n\nOn Thursday, Ana Vell '
                  'addressed reporters in Yarrow City, Yarrow, calling for the killers to be brought '
                  'to justice.')
    assert one(q, "Women hold")["speaker"] == "Kelly Dorran"
    assert one(q, "knew about the deals")["speaker"] == "Rob Tallis"
    assert one(q, "killers")["speaker"] == "Ana Vell"


def test_weekday_and_part_of_day_after_the_cue_are_a_time_phrase():
    q = quotes_of("Ada Kim was found dead, police reported Friday morning. The mayor said Tuesday night "
                  "that twenty people had been rescued.")
    assert one(q, "found dead")["speaker"] == "police"
    assert one(q, "twenty people")["text"] == "twenty people had been rescued"


def test_colon_after_a_document_subject_quotes_the_document():
    q = quotes_of('The study itself outlined the tight link between the two: "Sharks were only '
                  'detected during the periods of absence."')
    assert one(q, "Sharks were")["speaker"] == "the study"


def test_interviewer_you_is_no_speaker_and_a_relative_named_by_a_given_name_is_the_source():
    q = quotes_of("((WN)) : You've said that you want to act on climate change — what would your "
                  "plan be?\n\nAccording to his wife, Amanda, Rolf succumbed to a lung disorder.\n\n"
                  "According to police, Rolf, 45, succumbed to a lung disorder.")
    assert not q["text"].str.contains("climate").any()
    r = q[q["speaker"] == "Amanda"]
    assert len(r) == 1 and r.iloc[0]["text"] == "Rolf succumbed to a lung disorder"
    assert "police" in set(q["speaker"])  # a bare role with a comma name stays the role


def test_about_a_number_after_a_time_phrase_and_an_attribution_before_a_second_predicate():
    q = quotes_of("Local officials said on Saturday, about 20 buildings collapsed. The new jet was not "
                  "airworthy, investigators have said, and should not have taken off.")
    assert one(q, "buildings")["text"] == "about 20 buildings collapsed"
    r = one(q, "airworthy")
    assert (r["speaker"], r["text"]) == ("investigators", "The new jet was not airworthy")


def test_participle_after_a_law_named_in_the_sentence_goes_with_the_subject_not_the_law():
    q = quotes_of("The Dunmore Voters Fund filed a lawsuit against the state over its 2018 Ballot "
                  "Act (BA), saying it would prevent many people from voting.")
    assert one(q, "prevent many")["speaker"] == "The Dunmore Voters Fund"


def test_told_or_asked_with_only_a_listener_is_no_report_and_the_answer_paragraph_is_theirs():
    q = quotes_of('Wikinews asked Marlow Teague about the budget.\n\n"We cannot afford it. Our reserves '
                  'are gone."\n\nWhen she was cast, "I was speechless," Dena Crowe told an audience at '
                  'her session. She asked me about my story. He told me that I am not strong. '
                  'Reporters asked Dana Hurst why the vote was delayed.')
    assert one(q, "reserves")["speaker"] == "Marlow Teague"
    assert not q["text"].str.contains("about the budget|an audience|about my story").any()
    assert one(q, "not strong")["kind"] == "indirect"
    assert one(q, "vote was delayed")["kind"] == "indirect"


def test_according_to_a_source_with_a_place_a_second_source_or_a_number_participle_in_the_clause():
    q = quotes_of("According to police in Yarrow, Texas, Rolf has been in collisions before. According "
                  "to Carthan University, as of Wednesday, there were at least 1,279 confirmed cases. "
                  "According to The Dunmore Herald, astronomers were optimistic that the telescope could "
                  "reveal more. According to police and county officials, Rolf was driving fast. "
                  "According to the agency, the minister said the plan had failed.")
    assert one(q, "collisions")["speaker"] == "police"
    assert one(q, "confirmed cases")["speaker"] == "Carthan University"
    assert one(q, "astronomers")["speaker"] == "The Dunmore Herald"
    assert one(q, "driving fast")["speaker"] == "police"
    assert one(q, "plan had failed")["speaker"] == "the minister"  # the inner report, as before


def test_participle_goes_with_a_known_surname_subject_not_a_later_object_nor_across_a_relative():
    q = quotes_of('Senator Bernard Sandor ended his bid on Wednesday.\n\nIn a livestream, Sandor shared '
                  'his reasoning, pointing out he had secured fewer delegates than former Vice President '
                  'Jo Bidwell, saying "the path toward victory is virtually impossible".\n\nAda Kim was '
                  'taken to the hospital, where Dr. Tomas Stef was met with applause upon announcing to '
                  'journalists Kim remained alive.')
    assert one(q, "path toward victory")["speaker"] == "Bernard Sandor"
    assert one(q, "fewer delegates")["speaker"] == "Bernard Sandor"
    assert one(q, "remained alive")["speaker"] == "Tomas Stef"


def test_a_past_participle_after_a_preposition_or_determiner_is_an_adjective_not_a_cue():
    q = quotes_of("The district attorney's office is investigating Rolf Aster over alleged hush money "
                  "paid to two women. The reported deaths rose. Police said the suspect fled.")
    assert list(q["text"]) == ["the suspect fled"]


def test_capitalised_adjective_opening_the_sentence_is_not_a_name():
    q = quotes_of("Recent opinion polling by Carthan organizations indicated Rolf is far more popular. "
                  "Legal and religious groups have also called for the bill to be dropped. Ada Kim "
                  "arrived. Kim also said the plan failed.")
    assert one(q, "more popular")["speaker"] == "recent opinion polling by Carthan organizations"
    assert one(q, "bill to be dropped")["speaker"] == "legal and religious groups"
    assert one(q, "plan failed")["speaker"] == "Ada Kim"


def test_an_aside_between_commas_after_the_cue_then_the_clause():
    q = quotes_of("North Carthan claimed, as of Thursday, it was one of the few countries free of the "
                  "virus. CBS News reported, citing Carthan University data, there were over 1,000 "
                  "deaths on Wednesday.")
    assert one(q, "few countries")["text"] == "it was one of the few countries free of the virus"
    r = one(q, "1,000 deaths")
    assert (r["speaker"], r["text"]) == ("CBS News", "there were over 1,000 deaths on Wednesday")


def test_data_and_statistics_speak_as_written():
    q = quotes_of("On Thursday, the number of cases passed one million worldwide, Carthan University "
                  "data indicated. According to the data, the population has declined 40%.")
    assert one(q, "one million")["speaker"] == "Carthan University data"
    assert one(q, "declined")["speaker"] == "the data"


def test_report_clauses_opening_with_a_noun_phrase_and_a_past_verb_and_a_the_body_ending_in_states():
    q = quotes_of("State media on Saturday reported a war-damaged block of flats collapsed in Yarrow. "
                  "Officials reported a case linked to travel. The United States, which has retreated "
                  "from a previous goal, has stated reconstruction will cost US$300 billion.")
    assert one(q, "block of flats")["speaker"] == "state media"
    assert not q["text"].str.contains("linked to travel").any()  # an object with a participle
    assert one(q, "reconstruction")["speaker"] == "United States"


def test_the_department_is_the_one_spelled_out_body_whose_name_holds_the_word():
    q = quotes_of('The Carthan Department of Corrections and Rehabilitation (CDCR) did not name the '
                  'victim. The Department issued a statement: "There was an assault on an inmate."')
    assert one(q, "assault")["speaker"] == "Carthan Department of Corrections and Rehabilitation (CDCR)"


def test_a_participle_with_its_by_agent_names_the_speaker_of_the_partial():
    q = quotes_of('The Yarrow Tracking System (YTS) shows contact on January 6, with a pattern '
                  'described by Marine Courier as "rather hectic and kind of confused".')
    assert one(q, "rather hectic")["speaker"] == "Marine Courier"


def test_documents_such_as_warnings_and_motions_speak_and_a_statement_from_a_person_is_theirs():
    q = quotes_of('"Storm Yarrow will produce significant swell", read the warning. The motion claims '
                  'the declaration is unconstitutional.\n\nKing Maha Tarrow rejected the plan. The '
                  'palace issued the following statement from the king: "Involvement of the royal '
                  'family in politics is inappropriate."')
    assert one(q, "significant swell")["speaker"] == "the warning"
    assert one(q, "unconstitutional")["speaker"] == "the motion"
    assert one(q, "royal family")["speaker"] == "Maha Tarrow"


def test_group_of_a_person_statement_medium_then_comma_and_a_listeners_appositive():
    q = quotes_of("Associates of Rolf Aster alleged he drank tea laced with poison. The hospital said in "
                  "a statement, Aster would be undergoing tests. A hospital official told Carthan Agency, "
                  "a local news outlet, that one of the deceased was Jal Rahman.")
    assert one(q, "drank tea")["speaker"] == "associates of Rolf Aster"
    assert one(q, "undergoing tests")["text"] == "Aster would be undergoing tests"
    assert one(q, "deceased")["text"] == "one of the deceased was Jal Rahman"


def test_confirmed_or_announced_a_noun_phrase_with_a_finite_verb_is_a_report_not_a_relative_clause():
    q = quotes_of("Yesterday, Speaker Ada Kim confirmed a vote will be held today. The firm announced "
                  "a deal that was worth millions.")
    assert one(q, "vote will be held")["speaker"] == "Ada Kim"
    assert not q["text"].str.contains("worth millions").any()


def test_plural_role_possessive_opening_a_sentence_is_the_group_as_a_descriptor():
    q = quotes_of('Protesters\' demands include that the government cease referring to the protests as '
                  '"riots," and dismissal of the bill. They had asked the leader to resign.')
    assert set(q["speaker"]) == {"protesters"}


def test_a_titled_persons_statement_and_with_name_having_declared_name_the_person():
    q = quotes_of('U.S. District Judge Gray Mallon ruled on Friday.\n\n"Restrictions may have justified '
                  'discrimination," reads Judge Mallon\'s statement.\n\nSome analysts called it a foregone '
                  'conclusion, with analyst Kevin Bonder having declared it on his blog as "the most boring '
                  'by-election".')
    assert one(q, "Restrictions")["speaker"] == "Gray Mallon"
    assert one(q, "most boring")["speaker"] == "Kevin Bonder"


def test_opening_adverb_phrase_is_skipped_and_the_city_speaks_as_a_body():
    q = quotes_of("Shortly thereafter, at 6:30 pm, the city issued a statement announcing the break had "
                  "been contained. Separately, the ministry issued a statement saying the plan had failed.")
    assert one(q, "break had been")["speaker"] == "the city"
    assert one(q, "plan had failed")["speaker"] == "the ministry"


def test_first_person_in_an_interview_answer_is_the_person_in_the_answer_marker():
    q = quotes_of('Wikinews spoke with chess player Dora Derran about her career and the Yarrow Chess '
                  'Union.\n\n((WN)) What did the union say?\n\n((Dora Derran)) Well, I wanted to keep '
                  'decent relations with them. And that is why I said "no union is perfect".')
    assert one(q, "no union is perfect")["speaker"] == "Dora Derran"


def test_on_weekday_part_of_day_after_the_cue_and_on_weekday_after_an_appositive_subject():
    q = quotes_of("Police also announced on Sunday morning they were treating it as a terrorist incident. "
                  "The head of the counter terror police, Neil Basson, on Sunday said the police found "
                  "nothing to suggest a second attacker.")
    assert one(q, "treating it")["text"] == "they were treating it as a terrorist incident"
    assert one(q, "second attacker")["speaker"] == "Neil Basson"


def test_restrictive_relative_clause_between_subject_and_cue():
    q = quotes_of("Representative Terri Collon who sponsored the bill remarked the bill was not "
                  "enforceable.\n\nThe officials who ordered the change claimed they were reducing lanes.")
    assert one(q, "not enforceable")["speaker"] == "Terri Collon"
    r = one(q, "reducing lanes")
    assert (r["speaker"], r["text"]) == ("the officials", "they were reducing lanes")
    assert not q["text"].str.contains("the change claimed").any()


def test_but_comma_according_to_source_comma_reports_the_clause_after_the_source():
    q = quotes_of("His family's announcement specified no cause, but, according to his agent, Hunt had "
                  "undergone surgery recently. Yarrow had a strong economy and, according to the Courier, "
                  "was called the breadbasket of the region.")
    assert one(q, "surgery")["text"] == "Hunt had undergone surgery recently"
    assert not q["text"].str.startswith("was called").any()


def test_descriptor_subject_renamed_by_an_appositive_with_lower_case_role_words_and_a_full_name():
    q = quotes_of('The panel met on Monday. Another co-author, civil engineering professor Lena Osei, '
                  'said, "We were surprised by the results."\n\nA second witness, retired nurse Pia '
                  'Adler, told the court: "I saw him leave at noon."\n\n"It held," said one engineer, '
                  'bridge safety inspector Ravi Tamm.\n\nThe other speaker, a local farmer, said "it '
                  'is fine."')
    osei = one(q, "surprised by the results")
    assert (osei["speaker"], osei["named"]) == ("Lena Osei", True)
    assert "civil engineering professor" in osei["speaker_role"]
    assert one(q, "leave at noon")["speaker"] == "Pia Adler"
    assert one(q, "It held")["speaker"] == "Ravi Tamm"
    assert one(q, "it is fine")["speaker"] == "other speaker"  # no name in the appositive


def test_who_said_after_a_name_and_its_appositive_is_the_named_person():
    q = quotes_of('The study was led by Tomas Brek, a marine chemist at Halden University, who said "the '
                  'reefs are dying faster than expected."\n\nThe survey was run by Ola Fenn, 45, a '
                  'retired surveyor, who told reporters the maps were wrong.\n\nThe bill was drafted by '
                  'the Eastmoor Water Board, a public agency, which said "costs will rise."\n\nThe fire '
                  'was reported by a neighbour, a retired teacher, who said "it spread fast."')
    brek = one(q, "reefs are dying")
    assert (brek["speaker"], brek["named"]) == ("Tomas Brek", True)
    assert "marine chemist" in brek["speaker_role"]
    assert one(q, "maps were wrong")["speaker"] == "Ola Fenn"
    assert one(q, "costs will rise")["speaker"] == "the Eastmoor Water Board"
    assert one(q, "spread fast")["speaker"] == "a retired teacher"  # no name before it


def test_statement_issued_before_a_colon_and_their_or_a_bodys_statement_speak_for_the_body():
    q = quotes_of('The dispute went to the courts. The government of Eastmoor issued a statement agreeing '
                  'the matter belonged to parliament: "imposition of rule by the courts would fail." Their '
                  'statement also read "we will not be intimidated."\n\nThe Acme Wrestling Federation '
                  'suspended two wrestlers. Acme\'s official statement yesterday read "the safety of our '
                  'athletes comes first."\n\nAda Lorn resigned on Friday. Her statement read "I am proud '
                  'of my work."\n\nThe rules were clear: "members only", the sign said.')
    colon = one(q, "imposition of rule")
    assert (colon["kind"], colon["speaker"], colon["cue"]) == (
        "direct", "the government of Eastmoor", "issued a statement")
    assert one(q, "not be intimidated")["speaker"] == "the government of Eastmoor"
    acme = one(q, "safety of our athletes")
    assert (acme["speaker"], acme["named"]) == ("Acme Wrestling Federation", False)
    assert one(q, "proud of my work")["speaker"] == "Ada Lorn"
    assert one(q, "members only")["speaker"] == "the sign"  # no statement issued: as before


def test_possessive_statement_of_a_body_the_article_names_only_by_one_word_is_that_word():
    q = quotes_of('Acme fired its champion. A spokesperson confirmed it. Acme\'s statement on Monday said '
                  '"we acted quickly."')
    assert one(q, "acted quickly")["speaker"] == "Acme"


def test_partial_quote_after_an_interrupting_according_to_is_the_sources_and_no_fragment_is_reported():
    q = quotes_of('The lawsuit was dismissed. Six of the claims were, according to court records, "without '
                  'merit".\n\nOn Monday, according to police, "the road was closed to all traffic."\n\nThe '
                  'fire, according to police reports, started in the kitchen.')
    merit = one(q, "without merit")
    assert (merit["kind"], merit["speaker"], merit["cue"]) == ("partial", "court records", "according to")
    assert not q["text"].str.contains("Six of the claims").any()
    assert one(q, "road was closed")["kind"] == "direct"  # an opening time phrase, then the source
    fire = one(q, "started in the kitchen")
    assert (fire["kind"], fire["speaker"]) == ("indirect", "police reports")


def test_report_without_that_a_subject_and_its_verb_after_the_cue_but_no_plain_object():
    q = quotes_of("Mayor Ann Dole on Tuesday suggested a broader inquiry may be needed. The ministry "
                  "recommended the troops withdraw. Researchers from Halden University reported warming "
                  "seas appear to weaken the coral. On Thursday, Judge Kofi Obi wrote denying the permit "
                  "violated the charter. The report suggested the company pay a fine. Dr. Lia Rand noted "
                  "melting glaciers raise sea levels.")
    assert one(q, "broader inquiry")["speaker"] == "Ann Dole"
    assert one(q, "troops withdraw")["speaker"] == "the ministry"
    seas = one(q, "warming seas")
    assert (seas["kind"], seas["text"]) == ("indirect", "warming seas appear to weaken the coral")
    assert seas["speaker"].lower().startswith("researchers")
    permit = one(q, "denying the permit")
    assert (permit["speaker"], permit["text"]) == ("Kofi Obi", "denying the permit violated the charter")
    assert one(q, "company pay a fine")["speaker"] == "the report"
    assert one(q, "glaciers raise")["speaker"] == "Lia Rand"


def test_cue_with_a_plain_noun_object_or_gerund_object_is_no_report():
    q = quotes_of("The mayor announced the winners. She suggested a walk. The council announced plans for "
                  "a new bridge. Police reported rising crime in the area. The agency reported flooding "
                  "in three towns. The board recommended closing the school. Residents reported hearing "
                  "gunshots. Ana Rell lamented his side's close loss. The team reported new species "
                  "living in the cave. Which books would they suggest others read?")
    assert q.empty, q[["kind", "text"]].values.tolist()


def test_according_to_a_known_persons_name_then_a_clause_without_a_comma():
    q = quotes_of("Archaeologist Mira Wasel led the dig. The site is large, and according to Wasel "
                  "archaeologists have not found any hatcheries. According to Mira Wasel the builders used "
                  "local stone. According to Wasel researchers, the site is old.")
    hatch = one(q, "hatcheries")
    assert (hatch["kind"], hatch["speaker"], hatch["text"]) == (
        "indirect", "Mira Wasel", "archaeologists have not found any hatcheries")
    assert not q["text"].str.contains("The site is large").any()
    assert one(q, "local stone")["text"] == "the builders used local stone"
    # not a registered person's name alone: the whole phrase is the source, as before
    assert one(q, "the site is old")["speaker"] == "Wasel researchers"


def test_a_body_that_issues_a_statement_saying_a_clause_reports_it():
    q = quotes_of("The players' union issued a joint statement with the league saying the season would "
                  "resume. Two groups issued statements saying the law was unfair. On Friday, the Eastmoor "
                  "Water Board released a statement saying a leak in a pipe serving the town caused the "
                  "outage. Halden Rowing Club sent a letter to fans on Monday saying tickets would be refunded. He "
                  "posted a video showing the crowd singing.")
    assert one(q, "season would resume")["speaker"].endswith("union")
    assert one(q, "law was unfair")["speaker"] == "two groups"
    leak = one(q, "caused the outage")
    assert (leak["speaker"], leak["text"]) == ("the Eastmoor Water Board",
                                               "a leak in a pipe serving the town caused the outage")
    assert one(q, "refunded")["speaker"] == "Halden Rowing Club"
    assert not q["text"].str.contains("crowd singing").any()


def test_clause_interrupted_by_they_reason_is_one_report_of_the_group_named_before():
    q = quotes_of("Researchers at Halden University studied irrigation. Inventions that save water, they "
                  "reason, could change farming.\n\nThe team from Halden University studied the bones. They "
                  "collected samples. These they compared to modern birds. They found the samples diverse. "
                  "If the birds had been farmed, they reasoned, the DNA would be uniform.\n\nThere are many "
                  "reasons for the delay. The reason is clear.")
    inv = one(q, "save water")
    assert (inv["kind"], inv["text"]) == ("indirect", "Inventions that save water, they reason, could change farming")
    assert inv["speaker"].lower() == "researchers"
    assert one(q, "DNA would be uniform")["speaker"] == "the team"  # along the sentences going on with 'they'
    assert not q["text"].str.contains("delay|clear").any()


def test_according_to_a_known_name_after_an_opening_subordinate_clause():
    q = quotes_of("Lead author Mira Wasel spoke to reporters. While some writers mention feeding the birds, "
                  "according to Wasel archaeologists have not yet found any hatcheries.")
    r = one(q, "hatcheries")
    assert (r["speaker"], r["text"]) == ("Mira Wasel", "archaeologists have not yet found any hatcheries")
    assert not q["text"].str.contains("some writers").any()


def test_they_or_the_agency_after_a_sentence_opening_with_according_to_a_body_is_that_body():
    q = quotes_of("Researchers from Halden University designed a coating.\n\nAccording to the research team, "
                  "half of all homes lack water. Coatings that save water, they reason, could change cities."
                  "\n\nAccording to the Eastmoor Press Agency, the fire began at noon. The agency did not "
                  "mention casualties, but said exports were continuing.")
    assert one(q, "Coatings that save water")["speaker"] == "the research team"
    assert one(q, "exports were continuing")["speaker"] == "the Eastmoor Press Agency"


def test_a_bodys_statement_and_a_named_team_as_the_antecedent_of_their_statement():
    q = quotes_of('The Halden Tigers fired their coach. Their statement read: "We thank him for his '
                  'service."\n\nPolice arrested two men. The police\'s statement said "both were armed."'
                  '\n\nSix of the claims, according to court records, were "without merit".')
    assert one(q, "thank him")["speaker"] == "Halden Tigers"
    assert one(q, "both were armed")["speaker"] == "the police"
    merit = q[q["text"].str.contains("merit")]
    assert merit[["kind", "speaker", "text"]].values.tolist() == [["partial", "court records", "without merit"]]


def test_researchers_from_two_bodies_with_an_acronym_and_a_place_aside_are_the_researchers():
    q = quotes_of("Researchers from Halden University (HU) and Eastmoor College, both in Carthan, reported "
                  "warming seas appear to weaken the coral. Scientists from Halden University, in Carthan, "
                  "said the reef was dying. Ada Kim, in a statement, said the data were wrong.")
    r = one(q, "warming seas")
    assert r["speaker"].lower() == "researchers" and "Eastmoor College" in r["speaker_role"]
    assert one(q, "reef was dying")["speaker"].lower() == "scientists"
    assert one(q, "data were wrong")["speaker"] == "Ada Kim"


def test_a_verb_of_demanding_takes_a_subjunctive_clause_ending_in_a_base_form():
    q = quotes_of("The union demanded the minister resign. The union demanded the minister's resignation. "
                  "The mayor suggested a walk.")
    assert triples(q) == [("indirect", "the union", "the minister resign")]


def test_a_statement_of_a_body_named_by_several_words_is_that_body_by_its_fullest_name():
    q = quotes_of('Halden University\'s statement said "the campus will close."\n\nThe Halden Rowing Club '
                  'met. Halden Rowing\'s official statement read "we will race."\n\nAda Kim resigned. Ada '
                  'Kim\'s statement said "I am proud."')
    assert one(q, "campus will close")["speaker"] == "Halden University"
    assert one(q, "we will race")["speaker"] == "Halden Rowing Club"
    assert one(q, "I am proud")["speaker"] == "Ada Kim"


def test_she_said_after_a_quote_goes_on_with_the_descriptor_subject_of_the_sentence_before():
    # '"...," she said' after "A spokesperson for Vell Power said ...": the spokesperson, not the
    # last person named; the body named inside the descriptor is nobody in between
    text = ("Nadia Prum, a nurse, said: \"We have no heat.\"\n\n"
            "A spokesperson for Vell Power said crews would work all night. "
            "\"Our teams are working as fast as they safely can,\" she said.")
    q = quotes_of(text)
    assert one(q, "Our teams are working")["speaker"] == "a spokesperson for Vell Power"
    assert one(q, "We have no heat.")["speaker"] == "Nadia Prum"
    # a person named after the descriptor keeps the usual rule
    q = quotes_of("Nadia Prum, a nurse, spoke first.\n\nA spokesperson for Vell Power said Nadia "
                  "Prum was right. \"We will fix it,\" she said.")
    assert one(q, "We will fix it,")["speaker"] == "Nadia Prum"


def test_the_company_is_no_place_named_inside_the_subject_and_a_bullet_is_no_word():
    # "Thousands of homes in the Vell Valley": the valley is where, not a body that speaks
    q = quotes_of("Thousands of homes in the Vell Valley were without power on Sunday.\n\n"
                  "\u2022 Utility crews worked through the night, the company said.")
    r = one(q, "worked through the night")
    assert (r.kind, r.speaker, r.text) == ("indirect", "the company", "Utility crews worked through the night")
    # a team named after "the" still speaks as a body
    q = quotes_of("The Halden Tigers beat the Rovers on Sunday. \"We were ready,\" they said.")
    assert one(q, "We were ready,")["speaker"] == "Halden Tigers"


def test_wire_copy_dateline_state_adjective_and_long_lower_case_role():
    text = ("(Example News) \u2014 Inspectors found cracks in the Tolvey Dam last week, state officials "
            "said.\n\n\"There is no immediate danger,\" state emergency management director Ray Quill "
            "told reporters.\n\nHALVIK, March 4 (Wire) - Grain prices rose, traders said.")
    q = quotes_of(text)
    assert triples(q) == [
        ("indirect", "state officials", "Inspectors found cracks in the Tolvey Dam last week"),
        ("direct", "Ray Quill", "There is no immediate danger,"),
        ("indirect", "traders", "Grain prices rose"),
    ]
    assert one(q, "immediate danger")["speaker_role"] == "state emergency management director"
    # "state" before a determiner is the verb
    q = quotes_of("\"The sample was small,\" state the authors of the study.")
    assert one(q, "sample was small")["speaker"] == "the authors of the study"


def test_a_person_familiar_with_the_matter_is_the_source_in_every_position():
    text = ("A person familiar with the board's talks, who spoke on condition of anonymity because the "
            "matter was not public, said the board would keep the books.\n\n"
            "\"We are close,\" said one person familiar with the matter.\n\n"
            "The vote is set for May, according to two people close to the board.")
    q = quotes_of(text)
    assert [(r.kind, r.speaker) for r in q.itertuples()] == [
        ("indirect", "A person familiar with the board's talks"),
        ("direct", "one person familiar with the matter"),
        ("indirect", "two people close to the board"),
    ]


def test_a_sum_opens_a_reported_clause_and_what_x_described_or_is_calling():
    q = quotes_of("The audit office said \u00a340m had been spent on barriers that failed. The firm "
                  "reported $44.9 billion net income.")
    assert triples(q) == [("indirect", "the audit office", "\u00a340m had been spent on barriers that failed")]
    q = quotes_of("Teachers voted to strike, in what union leaders described as a \"historic\" result. "
                  "The minister issued what many critics are calling a \"bizarre\" statement.")
    assert [(r.kind, r.speaker, r.text) for r in q.itertuples()] == [
        ("partial", "union leaders", "historic"), ("partial", "many critics", "bizarre")]
    # a reduced passive stays the description of someone, not words said
    assert quotes_of("A woman described as his \"social acquaintance\" spoke.").empty


def test_a_team_after_a_plural_role_is_nobody_and_roles_stop_at_the_sentence_before():
    # "league leaders Northvale" is a team: "he" is the manager named after it
    text = ("Harbor City beat league leaders Northvale 2-1 on Saturday. Northvale manager Dario Costa "
            "was less happy. \"We gave away two soft goals,\" he said. U.S. envoy Lena Marsh said "
            "talks would go on.")
    q = quotes_of(text)
    r = one(q, "two soft goals")
    assert (r.speaker, r.speaker_role) == ("Dario Costa", "Northvale manager")
    assert one(q, "talks would go on")["speaker_role"] == "U.S. envoy"


def test_a_tail_attribution_followed_by_more_of_the_reporters_sentence():
    for tail in (", though she declined to name the lineup.", ", but she declined to name the lineup.",
                 ", as fans gathered outside.", ", and she declined to name the lineup."):
        q = quotes_of("The team is ready, Ana Kim insisted" + tail)
        assert triples(q)[:1] == [("indirect", "Ana Kim", "The team is ready")], tail
    q = quotes_of("The team is ready, Ana Kim said, adding that the lineup was set.")
    assert triples(q) == [("indirect", "Ana Kim", "The team is ready"),
                          ("indirect", "Ana Kim", "the lineup was set")]


def test_a_name_joined_by_an_ampersand_is_one_body():
    q = quotes_of("A spokesman for Procter & Gamble said sales rose. Analysts at Brook & Vale said "
                  "the cuts were overdue. Johnson & Johnson said the drug was safe.")
    assert [r.speaker for r in q.itertuples()] == [
        "A spokesman for Procter & Gamble", "analysts at Brook & Vale", "Johnson & Johnson"]
    q = quotes_of('"Sales fell," said Ann Lee of Marks & Spencer.')
    assert one(q, "Sales fell")["speaker"] == "Ann Lee"


def test_the_company_is_the_firm_that_opens_the_clause_it_reports():
    q = extract_quotes(pd.DataFrame([{"article_id": "t1", "title": "", "text":
                       "Acme Rail will cut 400 jobs, the company announced. Ana Kim will lead the "
                       "unit, the company said."}]))
    assert [(r.speaker, r.source_type) for r in q.itertuples()] == [
        ("Acme Rail", "organization"), ("the company", "organization")]


def test_said_the_agencys_spokeswoman_with_or_without_her_name():
    q = quotes_of('"Safety comes first," said the agency\'s spokeswoman, Lia Brandt. "Always," said the '
                  'city\'s finance director. It is not for us to say, argued the state\'s lawyer, Ron Keel.')
    assert [(r.kind, r.speaker) for r in q.itertuples()] == [
        ("direct", "Lia Brandt"), ("direct", "the city's finance director"), ("indirect", "Ron Keel")]
    # "it's" is no possessor: '"...," said it's spokesman' names nobody
    assert quotes_of('"Ready," said it\'s spokesman.').empty


def test_live_blog_time_stamps_public_services_utilities_and_forecasters():
    text = ("10:32 a.m.: The storm made landfall near Port Alder, the weather service said.\n\n"
            "11:02 a.m.: More than 80,000 customers have lost power, according to the utility Alder "
            "Electric.\n\nUPDATE 11:40 a.m. \u2014 Winds will ease tonight, forecasters said.\n\n"
            "On Monday, hosting service Gitlow reopened the page. It said the notice was void.")
    q = quotes_of(text)
    assert triples(q) == [
        ("indirect", "the weather service", "The storm made landfall near Port Alder"),
        ("indirect", "Alder Electric", "More than 80,000 customers have lost power"),
        ("indirect", "forecasters", "Winds will ease tonight"),
        ("indirect", "Gitlow", "the notice was void"),
    ]


def test_he_or_she_after_a_sentence_opening_with_a_person_descriptor_is_that_person():
    # the descriptor is the subject of the sentence before, and nobody is named in between: the
    # pronoun is the victim or the head, not the last woman named earlier in the article
    text = ("Prosecutor Dana Veld said the case was strong.\n\n"
            "One of the victims chose to be named. She said she spoke \"so that others can too\".\n\n"
            "The head of the inquiry told the court \"Nothing was checked.\" "
            "She also said \"We were called too late.\"")
    q = quotes_of(text)
    assert set(q[q["text"].str.contains("so that others")]["speaker"]) == {"one of the victims"}
    assert one(q, "We were called too late.")["speaker"] == "the head of the inquiry"
    # a person named in between keeps the usual rule
    q = quotes_of("Dana Veld spoke first. One of the victims listened while Dana Veld spoke. "
                  "She said \"We will appeal.\"")
    assert one(q, "We will appeal.")["speaker"] == "Dana Veld"


def test_a_role_descriptor_with_another_office_is_not_the_person_named_with_that_head():
    text = ("Transport Minister Arlo Penn said 18 people died.\n\n"
            "The local health minister said, \"The injured have been taken to hospital.\"\n\n"
            "The minister added, \"We are investigating.\"")
    q = quotes_of(text)
    assert one(q, "The injured have been taken")["speaker"] == "the local health minister"
    assert one(q, "We are investigating")["speaker"] == "Arlo Penn"


def test_a_code_name_in_marks_is_not_a_quote():
    q = quotes_of('The agency announced the name of the disease: "GRV-21" replaces its temporary '
                  'designation "2031-xV." A spokesman said, "We chose it with care."')
    assert q["text"].tolist() == ["We chose it with care."]


def test_a_person_then_an_of_aside_and_an_appositive_before_the_cue_is_the_person():
    q = quotes_of("Mara Quill, of Channel Nine, one of the painter's three daughters, stated, "
                  "\"She was a remarkable mother.\"")
    assert triples(q) == [("direct", "Mara Quill", "She was a remarkable mother.")]


def test_a_capitalised_adjective_and_a_noun_are_not_a_person_a_pronoun_can_stand_for():
    text = ('"We were stunned," Ivo Brandt told National Geographic.\n\n'
            '"Our work calls for a revision," he told Scientific Monthly.')
    q = quotes_of(text)
    assert one(q, "Our work calls")["speaker"] == "Ivo Brandt"


def test_a_document_specifies_a_clause_and_a_post_on_social_media_is_quoted():
    q = quotes_of("The Ruritanian Constitution specifies that officials are removed after being "
                  "convicted of \"grave misconduct.\"")
    assert one(q, "officials are removed")["kind"] == "indirect"
    assert "Constitution" in one(q, "officials are removed")["speaker"]
    q = quotes_of("Ana Osei took to social media, posting at 9:15 pm local time on Twitter, "
                  "\"We will get through this together!\"")
    assert one(q, "We will get through")["speaker"] == "Ana Osei"


def test_a_shared_surname_is_the_bearer_who_was_a_subject_not_one_listed_in_passing():
    text = ("Mayor Olaf Brandt said he had tested positive.\n\n"
            "Officials said his son tested negative, as did aides Jon Kell and Ivy Brandt.\n\n"
            'Brandt took to social media, posting on Twitter, "We will get through this!"')
    q = quotes_of(text)
    assert one(q, "We will get through this")["speaker"] == "Olaf Brandt"


def test_a_quote_on_its_own_line_after_a_line_ending_in_a_colon_is_the_colon_sentences():
    text = ("The party makes no secret of it.\n"
            "At Ballot Weekly, party vice chairman Tor Lind commented:\n"
            '"He is ineligible to serve. His parents were citizens of another country."\n'
            "Others disagreed.")
    q = quotes_of(text)
    row = one(q, "He is ineligible to serve.")
    assert (row["kind"], row["speaker"], row["cue"]) == ("direct", "Tor Lind", "commented")


def test_said_name_to_a_listener_is_the_name_and_a_comma_role_without_a_closing_comma():
    q = quotes_of('"Jess Moe and I saw it," said Dan Kolb to the Daily Courier. "I was driving."')
    assert set(q["speaker"]) == {"Dan Kolb"}
    q = quotes_of('"Fine," said Kolb to reporters.')
    assert q["speaker"].tolist() == ["Kolb"]
    q = quotes_of('Others dismissed it. Ida Varga, Dean of Halden School of Law called it "a truly silly argument."')
    assert triples(q) == [("partial", "Ida Varga", "a truly silly argument.")]


def test_exclaimed_is_a_cue_and_a_term_of_several_words_in_marks_is_not_a_quote():
    q = quotes_of('In one exchange, Kamala Reyes exclaimed, "Mr. Vice President, I am speaking."')
    assert triples(q) == [("direct", "Kamala Reyes", "Mr. Vice President, I am speaking.")]
    q = quotes_of('Ivo Kern writes that the term "natural born citizen" comes from older law. '
                  'The treaty phrase "subject to" is vague.')
    assert not (q["kind"] == "partial").any()


def test_a_cue_word_used_as_a_noun_after_a_preposition_and_a_name_is_not_the_cue():
    q = quotes_of("Party chairman Olav Berg reflects this view in Ballot Weekly comments:\n"
                  '"It is our position that tourists are not under it."\nOthers disagreed.')
    assert one(q, "It is our position")["speaker"] == "Olav Berg"


def test_a_term_in_marks_does_not_cut_the_later_partial_quotes_of_the_sentence_from_its_cue():
    q = quotes_of('Professor Ivo Kern writes that the term "subject to" in the charter requires '
                  'parents to be subject to "complete jurisdiction" rather than mere "partial jurisdiction".')
    partials = q[q["kind"] == "partial"]
    assert partials["text"].tolist() == ["complete jurisdiction", "partial jurisdiction"]
    assert set(partials["speaker"]) == {"Ivo Kern"}


def test_told_a_listener_comma_clause_and_a_percent_sign_stays_in_the_report():
    q = quotes_of("Mayor Ana Reyes told the Courier, the bridge would reopen in June.")
    assert triples(q) == [("indirect", "Ana Reyes", "the bridge would reopen in June")]
    q = quotes_of("The club said sales rose by 4%.")
    assert triples(q) == [("indirect", "the club", "sales rose by 4%")]
    q = quotes_of("Ana Reyes told Bo Tran, the new manager of the plant, about it.")
    assert q.empty


def test_first_person_in_a_later_paragraph_of_the_same_interview_answer_is_the_interviewee():
    text = ("((WN)) How did it start?\n\n((Ada Kim)) It started early.\n\n"
            'Then I said, "No, I am not a member".')
    q = quotes_of(text)
    assert triples(q) == [("direct", "Ada Kim", "No, I am not a member")]


def test_asked_me_about_a_topic_is_no_report_but_asked_me_for_how_long_is():
    q = quotes_of('Ada Kim said some people asked me about it. Bo Tran asked me about the plan and '
                  'I said, "No."')
    assert not q["text"].str.startswith("me about").any()
    q = quotes_of("Bo Tran asked me for how many days we would stay.")
    assert triples(q) == [("indirect", "Bo Tran", "me for how many days we would stay")]


def test_a_quantifier_and_role_words_opening_the_sentence_are_its_subject():
    q = quotes_of("Nearly all legal experts reject the claim, arguing that the law is clear.")
    assert triples(q) == [("indirect", "Nearly all legal experts", "the law is clear")]
    q = quotes_of("Half the residents left the town, saying it was unsafe.")
    assert triples(q) == [("indirect", "half the residents", "it was unsafe")]


def test_a_bare_plural_subject_before_a_quoted_predicate_is_a_reported_clause():
    q = quotes_of('Officer Jan Pello said authorities "are still waiting for news".')
    assert triples(q) == [("indirect", "Jan Pello", 'authorities "are still waiting for news"'),
                          ("partial", "Jan Pello", "are still waiting for news")]
    # a quoted noun phrase after a noun is no predicate, and neither is a quote after an adverbial
    q = quotes_of('Officer Jan Pello praised volunteers "who came out in force".')
    assert triples(q) == [("partial", "Jan Pello", "who came out in force")]
    q = quotes_of('"Our team" co-author Jan Pello said in a press release "has developed a coating."')
    assert "indirect" not in set(q["kind"])


def test_such_as_with_quoted_words_stays_in_the_report():
    q = quotes_of('Dr. Mira Osk told reporters that crews turn their radios off for safety, such as '
                  '"in areas where theft is a risk" in order to "avoid attention."')
    assert triples(q)[0] == ("indirect", "Mira Osk", 'crews turn their radios off for safety, such as '
                             '"in areas where theft is a risk" in order to "avoid attention."')
    q = quotes_of("Dr. Mira Osk said crews turn radios off in some places, such as ports.")
    assert triples(q) == [("indirect", "Mira Osk", "crews turn radios off in some places")]


def test_a_pull_quote_signed_after_a_dash_is_the_signers():
    text = ('The council met on Monday. Councillor Ben Tarr said the budget was late.\n\n'
            '"More women are getting into technical fields."  \u2014 \u200dJana Milo, district manager\n\n'
            'The meeting ended at noon.')
    q = quotes_of(text)
    assert triples(q)[1] == ("direct", "Jana Milo", "More women are getting into technical fields.")
    assert q.iloc[1]["speaker_role"] == "district manager"
    q = quotes_of('The council met.\n\n"We will win this." \u2014Jana Milo (@janamilo) March 1, 2016')
    assert triples(q) == [("direct", "Jana Milo", "We will win this.")]
    # a dash after a quote that the reporter's sentence goes on from signs nothing
    q = quotes_of('Ben Tarr called the plan "a good start" \u2014 Jana Milo disagreed.')
    assert triples(q) == [("partial", "Ben Tarr", "a good start")]


def test_a_titled_surname_after_a_capitalised_opening_word_is_a_person():
    # "While Mr. Holm": the opening word must not hide the title from the name scan
    q = quotes_of("Mr. Varga spoke first. While Mr. Holm said he hoped to win, he insisted that he "
                  'was "no puppet" of Mr. Varga.')
    assert triples(q) == [("indirect", "Holm", "he hoped to win"),
                          ("indirect", "Holm", 'he was "no puppet" of Mr. Varga'),
                          ("partial", "Holm", "no puppet")]


def test_a_cue_coordinated_with_the_verb_of_a_reported_clause_shares_its_subject():
    q = quotes_of('The Clarion claimed that during a trip to Spain, Varga refused to visit a cemetery '
                  'and referred to the soldiers buried there as "losers."')
    assert ("partial", "Varga", "losers.") in triples(q)
    # the clause's subject must be a person: otherwise the sentence's subject speaks
    q = quotes_of('Ana Holm said the plan failed and called it "a disaster."')
    assert ("partial", "Ana Holm", "a disaster.") in triples(q)


def test_reports_after_an_opening_adverb_a_conjunction_or_a_fronted_condition():
    q = quotes_of("Ana Holm made a gaffe in May. First, she juxtaposed numbers, claiming 85,000 "
                  "people were unemployed and millions had died.")
    assert triples(q) == [("indirect", "Ana Holm", "85,000 people were unemployed and millions had died")]
    q = quotes_of("Holm said once in office she would sign the bill. Holm said once again that she would sign it.")
    assert triples(q) == [("indirect", "Holm", "once in office she would sign the bill"),
                          ("indirect", "Holm", "she would sign it")]
    # a modal makes "continue" the clause's own verb, not an attribution ", X continued."
    q = quotes_of("Ana Holm spoke. She argued that if Varga wins re-election, these events will continue.")
    assert triples(q) == [("indirect", "Ana Holm", "if Varga wins re-election, these events will continue")]
    q = quotes_of('Ana Holm spoke. She argued that if Varga wins, "these events will continue."')
    assert triples(q) == [("indirect", "Ana Holm", 'if Varga wins, "these events will continue."'),
                          ("partial", "Ana Holm", "these events will continue.")]


def test_an_opening_participle_reports_its_clause_for_the_main_subject():
    q = quotes_of("Saying the fund is for the community, Holm said she was proud.")
    assert triples(q) == [("indirect", "Holm", "the fund is for the community"),
                          ("indirect", "Holm", "she was proud")]
    q = quotes_of("Commenting on the radio communications, Ana Holm said the crew was calm.")
    assert triples(q) == [("indirect", "Ana Holm", "the crew was calm")]
    assert quotes_of("Saying goodbye, Holm left the hall.").empty


def test_a_name_after_a_long_capitalised_title_is_registered():
    # seven capitalised words: the name scan must reach the surname after a long title run
    q = quotes_of("The decision will be announced by Lake Orm County State Attorney Maria "
                  "Orlov. Orlov would not comment, but in an interview, she pointed out that police "
                  "had a low standard.")
    assert triples(q) == [("indirect", "Maria Orlov", "police had a low standard")]
    assert q.iloc[0]["speaker_role"].endswith("State Attorney")


def test_she_after_a_titled_man_goes_to_the_woman_described_before_him():
    # "Mr." tells Varga's gender; "a genial host" describes Varga (after "was"), nobody new; an
    # event named like a person ("the Harbour Parade") is nobody
    q = quotes_of("One complaint came from a former employee who said Mr. Varga had summoned her to "
                  "his office. Mr. Varga was a genial host of events like the Lakeside Harbour Parade. "
                  "She said she did not report the episode at the time.")
    assert triples(q) == [("indirect", "a former employee", "Mr. Varga had summoned her to his office"),
                          ("indirect", "a former employee", "she did not report the episode at the time")]


def test_agent_nouns_make_descriptors_and_an_appositive_clause_is_no_role():
    q = quotes_of("Ana Holm spoke. The former pageant winner told reporters that she became a citizen.")
    assert triples(q) == [("indirect", "the former pageant winner", "she became a citizen")]
    q = quotes_of("Longer term, according to agency head Ada Lund, the goal is to serve many customers "
                  "and, through competition, do so at a lower cost. Lund said the plan was sound.")
    assert "goal" not in q.iloc[-1]["speaker_role"]


def test_a_relative_who_says_with_a_clause_reports_for_the_antecedent():
    q = quotes_of("Ada Kim, a popular host who says she speaks for the town, left early.")
    assert triples(q) == [("indirect", "Ada Kim", "she speaks for the town")]
    q = quotes_of("The senator who wrote the law said it was fair.")
    assert triples(q) == [("indirect", "the senator", "it was fair")]
    q = quotes_of("Where is Ada Kim, another popular media personality who says she speaks for the town?")
    assert triples(q) == [("indirect", "Ada Kim", "she speaks for the town")]


def test_a_progressive_cue_is_no_passive():
    # "was claiming" is the subject's own claim, not "was called ... by": the partial keeps a speaker
    q = quotes_of('Ana Holm said the paper was claiming she had suffered from "mini-strokes."')
    assert ("partial", "Ana Holm", "mini-strokes.") in triples(q)


def test_a_quote_from_someone_introduced_by_a_colon_is_theirs():
    q = quotes_of('President Varga added another quote from Mr. Holm: "I do not want my son to die in vain."')
    assert triples(q) == [("direct", "Holm", "I do not want my son to die in vain.")]
    q = quotes_of('The minister read a message from Ana Holm: "We are safe."')
    assert triples(q) == [("direct", "Ana Holm", "We are safe.")]
    q = quotes_of('The minister read a message from the heart: "We are safe."')
    assert triples(q) == [("direct", "the minister", "We are safe.")]


def test_a_programme_name_after_its_broadcaster_is_no_quote():
    q = quotes_of('Ana Holm said on KTV\'s "Meet the Mayor," that she would run.')
    assert "partial" not in set(q["kind"]) and "direct" not in set(q["kind"])
    q = quotes_of('Ana Holm said on KTV that the plan was "a good start."')
    assert ("partial", "Ana Holm", "a good start.") in triples(q)


def test_two_reports_each_with_its_own_tail_attribution_in_one_sentence():
    q = quotes_of("Search teams heard what they believed to be coughs, Varga said, and a tactical team "
                  "flew in, approached the site and found the man, Varga said.")
    assert triples(q) == [("indirect", "Varga", "Search teams heard what they believed to be coughs"),
                          ("indirect", "Varga", "a tactical team flew in, approached the site and found the man")]


def test_a_listener_a_topic_and_a_relative_clause_are_no_report_nor_is_a_phrase_with_a_tail_cue():
    assert quotes_of("Ana Holm told her husband about the encounter, which the paper confirmed "
                     "with him.").empty
    q = quotes_of("Protesters asked Chief Executive Ana Holm, who is backed by the party, to resign.")
    assert triples(q) == [("indirect", "protesters",
                           "Chief Executive Ana Holm, who is backed by the party, to resign")]
    assert quotes_of("At that point, Holm said.").empty
    q = quotes_of("Five people died, Holm said.")
    assert triples(q) == [("indirect", "Holm", "Five people died")]


def test_a_determiner_object_with_a_plural_after_a_preposition_is_no_report():
    q = quotes_of("Senator Ana Holm of Vermont explained her decision to reporters after the vote.")
    assert q.empty
    q = quotes_of("Senator Ana Holm explained her decision helps farmers.")
    assert triples(q) == [("indirect", "Ana Holm", "her decision helps farmers")]


def test_asked_with_an_adverb_and_no_listener_is_no_report():
    q = quotes_of("Bo Tran went wherever his team has asked virtually without question, from Akron to Zell.")
    assert q.empty
    q = quotes_of("Ana Holm encouraged newly elected mayor Bo Tran to audit the budget.")
    assert triples(q) == [("indirect", "Ana Holm", "newly elected mayor Bo Tran to audit the budget")]


def test_a_report_inside_brackets_ends_at_the_closing_bracket():
    q = quotes_of('[Holm says she has no plans to resign, then names a new deputy] "We are staying '
                  'the course," Holm wrote in a letter.')
    assert ("indirect", "Holm", "she has no plans to resign, then names a new deputy") in triples(q)
    assert [(s, t) for k, s, t in triples(q) if k != "indirect"] == [("Holm", "We are staying the course,")]


def test_he_said_goes_to_a_surname_only_subject_with_a_who_clause_not_a_listed_first_name():
    q = quotes_of("Reached on Monday, Brzowski defended his approach.\n\n"
                  "Friends of the mayor, including her children Ivona, Eli and Dan, had concerns about "
                  "Brzowski, who had little experience.\n\nBrzowski was fined in the spring.\n\n"
                  '"It\'s so important," he said of loyalty.')
    assert triples(q) == [("direct", "Brzowski", "It's so important,")]


def test_a_role_acronym_and_the_run_before_the_name_resolve_to_the_named_official():
    q = quotes_of("Former Director of National Intelligence Ada Kim said the vote was a victory.\n\n"
                  "The former DNI noted she met Bo Tran a week after Eli Moss took office.\n\n"
                  'But she said it’s a “courtesy” to accept an invitation.')
    assert {s for _, s, _ in triples(q)} == {"Ada Kim"}
    assert ("indirect", "Ada Kim", "it’s a “courtesy” to accept an invitation") in triples(q)
    arts = pd.DataFrame([{"article_id": "t1", "title": "", "text": "Former Director of National "
                          "Intelligence Ada Kim said the vote was a victory."}])
    assert extract_quotes(arts)["source_type"].tolist() == ["former_official"]


def test_the_prime_minister_is_the_one_whose_role_holds_prime_not_a_later_minister():
    q = quotes_of("Prime Minister Eli Moss of Norland said he was tested.\n\nAfter Deputy Prime Minister "
                  "for Finance and Minister of Economy Bo Tran failed to buy the kits, the Prime Minister "
                  'apologised for "having an idiot as economy minister."')
    assert ("partial", "Eli Moss", "having an idiot as economy minister.") in triples(q)


def test_a_participle_after_a_when_clause_and_one_joined_to_it_by_and_are_that_clauses_subjects():
    q = quotes_of("Holm has been under fire since last week, when Ada Kim leveled harsh criticisms in an "
                  "interview, calling Holm's recusal \"very unfair to the mayor\" and adding that she never "
                  "would have appointed him.")
    assert triples(q) == [("partial", "Ada Kim", "very unfair to the mayor"),
                          ("indirect", "Ada Kim", "she never would have appointed him")]


def test_a_participle_after_a_when_clause_with_a_bare_surname_and_a_body_named_with_of():
    q = quotes_of("Holm has been under fire since Monday, when Kovac leveled criticisms, calling the "
                  "deal \"a disgrace.\"\n\nDepartment of Justice officials told the paper that Holm is calm.")
    assert triples(q) == [("partial", "Kovac", "a disgrace."),
                          ("indirect", "Department of Justice officials", "Holm is calm")]


def test_a_paragraph_whose_first_mark_closes_a_quote_is_quoted_from_its_start():
    q = quotes_of('Brzowski wrote to Kell on Monday.\n\nWe are going nuts," Brzowski wrote to Kell.')
    assert triples(q) == [("direct", "Brzowski", "We are going nuts,")]
    q = quotes_of('Holm said the team was "tired."\n\nIt ended 5-4." The rest is history.')
    assert [t for k, _, t in triples(q) if k != "indirect"] == ["tired."]  # (two words are no quote)


def test_maintained_and_charging_report_only_a_that_clause():
    q = quotes_of('Holm has maintained that Kovac "stole" the vote with late-night tricks.')
    assert triples(q) == [("indirect", "Holm", 'Kovac "stole" the vote with late-night tricks'),
                          ("partial", "Holm", "stole")]
    q = quotes_of("The debate ended with Senator Ada Holm charging that her rival intends to cut pensions.")
    assert triples(q) == [("indirect", "Ada Holm", "her rival intends to cut pensions")]
    assert quotes_of("The crew maintained the road. Police charged Bo Tran with theft.").empty


def test_a_cue_form_that_is_a_noun_after_a_possessive_and_an_adjective_is_no_report():
    assert quotes_of("Director Ada Kim's damning report on Bo Tran's email usage while she was "
                     "mayor also didn't do her any favors.").empty
    q = quotes_of("The two reports say the plan is good.")
    assert [t for _, _, t in triples(q)] == ["the plan is good"]


def test_a_verb_of_urging_without_an_infinitive_or_clause_reports_nothing():
    assert quotes_of("Bo Tran helped advise Ada Kim during the 2008 campaign, and his standing in the "
                     "party dates back to shortly after Kim won the election.").empty
    q = quotes_of("Ada Kim invited her old partner Bo Tran, then visibly ill, to appear on television.")
    assert triples(q) == [("indirect", "Ada Kim", "her old partner Bo Tran, then visibly ill, to appear on television")]


def test_directed_reports_an_object_and_infinitive_not_a_film_or_traffic():
    q = quotes_of('Judge Ada Kim directed Bo Tran not to "interfere in any way" with the licences.')
    assert triples(q) == [("indirect", "Ada Kim", 'Bo Tran not to "interfere in any way" with the licences'),
                          ("partial", "Ada Kim", "interfere in any way")]
    assert quotes_of("Kim directed traffic to the exit. Holm directed the film in 2001.").empty


def test_she_goes_to_a_surname_with_her_own_not_to_a_woman_named_in_a_linked_headline():
    q = quotes_of("Presenter Bo Tran spoke first.\n\n[Ada Kim joins a skit at the awards, reads from "
                  "a book] Before introducing the band, Varela shared her own message.\n\nShe compared "
                  "her journey to that of her parents, who \u201cbrought me here with nothing,\u201d she said.")
    assert {s for _, s, _ in triples(q)} == {"Varela"}


def test_state_after_a_determiner_and_a_capitalised_adjective_is_the_noun():
    assert quotes_of("If she wins in Ohio, Ada Kim will have won every Southern state.").empty
    q = quotes_of("The Norlanders state they were responding to aggression.")
    assert [t for _, _, t in triples(q)] == ["they were responding to aggression"]


def test_a_colon_quote_after_an_earlier_colon_and_a_negated_participle_is_the_later_clauses_subject():
    q = quotes_of("At 44, she is the youngest current mayor.\n\nHer ties with Bo Tran have been tense: "
                  "In January, Ada Holm gave the reply to the budget speech, and, without mentioning Tran "
                  "by name, appeared to criticize him: \u201cIn anxious times, it is tempting to follow "
                  "the angriest voices.\u201d")
    assert triples(q) == [("direct", "Ada Holm",
                           "In anxious times, it is tempting to follow the angriest voices.")]


def test_an_editors_brackets_around_a_name_do_not_hide_the_speaker_but_a_bracketed_title_stays_apart():
    q = quotes_of('"We will win the vote," [Sen. Ada Kim] said.')
    assert triples(q) == [("direct", "Ada Kim", "We will win the vote,")]
    q = quotes_of('Even [GM] Ada Kim tweeted, "We will win the vote."')
    assert triples(q) == [("direct", "Ada Kim", "We will win the vote.")]


def test_a_plural_cue_noun_followed_by_its_verb_is_the_subject_not_a_report():
    assert quotes_of("The Holm reports sound even more troubling than the Tran stuff — city officials "
                     "manipulating classified files!").empty
    q = quotes_of("Ada Kim reports the plan is good.")
    assert triples(q) == [("indirect", "Ada Kim", "the plan is good")]


def test_he_after_a_sentence_with_her_goes_to_a_man_known_by_a_short_given_name():
    q = quotes_of("Senator Bo Tran spoke first.\n\nTim Varga cited the moment, during her hearing, when he "
                  "asked Ada Kim about the schools: \"You are not promoting fair competition,\" he said.")
    assert triples(q) == [("direct", "Tim Varga", "You are not promoting fair competition,")]


def test_that_after_a_quoted_phrase_opens_a_relative_clause_not_a_speaker():
    q = quotes_of("Ada Kim called for a more principled \u201cnew political establishment\u201d that "
                  "wouldn\u2019t tell young people to \u201cwait their turn\u201d to lead.")
    assert {s for _, s, _ in triples(q)} == {"Ada Kim"}


def test_a_participle_after_a_that_report_goes_with_the_reports_subject():
    q = quotes_of("Bo Tran spoke. He added that the Senate confirmed him by unanimous consent, saying "
                  "Ada Kim \u201ccertainly deserves strong support.\u201d")
    assert {s for _, s, _ in triples(q)} == {"Bo Tran"}


def test_a_hyphenated_adjective_is_no_name_for_a_pronoun_to_stand_for():
    q = quotes_of("Kim won convictions, including a thwarted Al Qaeda-sanctioned plot to attack the "
                  "subway.\n\n\u201cI have every confidence that Ms. Kim will get a fair hearing,\u201d he said.")
    assert "Al Qaeda-sanctioned" not in set(q["speaker"])


def test_told_reporters_then_a_named_subject_and_a_cleft_that_before_a_name():
    q = quotes_of("Ada Kim told reporters Bo Tran is not privy to any inside information.")
    assert triples(q) == [("indirect", "Ada Kim", "Bo Tran is not privy to any inside information")]
    assert q["cue"].tolist() == ["told reporters"]
    q = quotes_of("It was later in the broadcast that Ada Kim called the address \u201cone of the oddest "
                  "speeches ever.\u201d")
    assert triples(q) == [("partial", "Ada Kim", "one of the oddest speeches ever.")]


def test_an_inverted_attribution_after_a_relative_clause_names_the_speaker_after_the_verb():
    q = quotes_of('Now there are "plenty of warning signs" that Holm might lose to a rival like Ada Kim, '
                  'who is running for his seat, said Bo Tran.')
    assert triples(q) == [("partial", "Bo Tran", "plenty of warning signs")]


def test_a_determiner_that_before_and_and_a_that_clause_after_an_aside():
    q = quotes_of("Ada Kim dismissed that claim as silly and countered that Bo Tran has made promises.")
    assert triples(q) == [("indirect", "Ada Kim", "Bo Tran has made promises")]
    q = quotes_of("Bo Tran went so far as to claim on the council floor, without offering proof, that "
                  "Kim had not paid taxes for ten years.")
    assert triples(q) == [("indirect", "Bo Tran", "Kim had not paid taxes for ten years")]


def test_a_name_suffix_keeps_the_surname_before_it_and_a_descriptor_after_as_is_no_antecedent():
    q = quotes_of("Just as Ada Lee King Jr. urged voters not to judge one another, the city changed.")
    assert triples(q)[0][1] == "Ada Lee King Jr"
    q = quotes_of("The former mayor of Akron stuck to themes of fairness, presenting herself as a champion "
                  "of all residents.\n\n\u201cI am running for you,\u201d she said.")
    assert triples(q) == [("direct", "the former mayor", "I am running for you,")]


def test_a_report_ends_at_a_colon_before_an_embedded_post():
    q = quotes_of("FactDesk notes that Ada Kim did, indeed, flip-flop on the deal: > LIVE CHECK: Kim "
                  "is right pic.twitter.com/x1 > \u2014 FactDesk (@factdesk) May 2, 2016")
    assert ("indirect", "FactDesk", "Ada Kim did, indeed, flip-flop on the deal") in triples(q)


def test_a_report_before_its_own_verb_is_the_subject_and_a_newspaper_is_no_anaphor_for_a_person():
    q = quotes_of("The agency report clearly stated that the bridge was safe.")
    assert triples(q) == [("indirect", "the agency report", "the bridge was safe")]
    q = quotes_of("\u201cI don\u2019t know about that,\u201d Prince Harry said.\n\nThe Sun newspaper said "
                  "on Tuesday that officials had urged Harry not to invite them.")
    assert [s for _, s, _ in triples(q)] == ["Harry", "the Sun newspaper"]


def test_a_party_and_state_marker_between_a_name_and_its_verb_is_read_past():
    q = quotes_of('Ada Holm, D-Fla., said Bo Tran had "gone over the line" in the hearing.')
    assert triples(q) == [("indirect", "Ada Holm", 'Bo Tran had "gone over the line" in the hearing'),
                          ("partial", "Ada Holm", "gone over the line")]
    q = quotes_of("Bo Tran (R-Kan.) said that the speaker had resigned.")
    assert triples(q) == [("indirect", "Bo Tran", "the speaker had resigned")]


def test_a_possessive_after_a_named_listener_opens_the_clause():
    q = quotes_of("Ada Kim told Fox Business Network Tran\u2019s stance is a \u201cbig mistake.\u201d")
    assert triples(q)[0] == ("indirect", "Ada Kim", "Tran\u2019s stance is a \u201cbig mistake.\u201d")
    assert set(q["cue"]) == {"told Fox Business Network"}


def test_an_unclosed_quote_ends_at_the_comma_before_its_own_attribution_and_a_camp_speaks():
    q = quotes_of("Kim had 45.9 percent.\n\n\u201cBo Tran put his resources into Akron, the state he "
                  "could win, the Kim camp said in a statement.")
    assert triples(q) == [("direct", "the Kim camp", "Bo Tran put his resources into Akron, the state he could win")]
    q = quotes_of('Ada Holm from the pro-city camp said at a press conference: "The walkout was wrong."')
    assert triples(q) == [("direct", "Ada Holm", "The walkout was wrong.")]


def test_said_after_a_tail_attribution_and_and_goes_to_that_attributions_speaker():
    q = quotes_of("Ms. Kim will \u201clead the office through these challenges,\u201d Mr. Holm said, and said "
                  "the hearing should stay focused on her.")
    assert triples(q) == [("partial", "Holm", "lead the office through these challenges,"),
                          ("indirect", "Holm", "the hearing should stay focused on her")]


def test_a_report_in_a_when_clause_after_a_comma_and_past_a_programme_title():
    q = quotes_of("Ada Kim crossed a new line on Wednesday, when she said at a news conference that the "
                  "city should pay.")
    assert triples(q) == [("indirect", "Ada Kim", "the city should pay")]
    q = quotes_of("Ada Kim indicated in an interview on KTV\u2019s \u201cMeet the Mayor\u201d that the city "
                  "does not see a quick deal.")
    assert triples(q) == [("indirect", "Ada Kim", "the city does not see a quick deal")]


def test_a_time_phrase_with_a_day_part_and_a_with_agent_with_an_appositive():
    q = quotes_of("Longtime city aide and strategist Ada Kim on Tuesday morning tweeted that the plan failed.")
    assert triples(q) == [("indirect", "Ada Kim", "the plan failed")]
    q = quotes_of("Critics ripped into the decision, with Ada Kim, the former press secretary for George "
                  "W. Tran tweeting, \u201cBottom line: the mayor is reckless.\u201d")
    assert triples(q) == [("direct", "Ada Kim", "Bottom line: the mayor is reckless.")]


def test_mrs_before_a_surname_shared_with_a_named_man_is_a_woman_of_her_own():
    q = quotes_of("She praised her husband, former Mayor Bill Varga, at the rally.\n\n"
                  "\u201cI am running for all residents,\u201d Mrs. Varga said.\n\n"
                  "In one of the biggest applause lines, she said: \u201cI will be the first woman mayor.\u201d")
    assert [s for _, s, _ in triples(q)] == ["Varga", "Varga"]
    assert "Bill Varga" not in set(q["speaker"])


def test_a_name_before_a_quoted_title_is_a_modifier_not_the_participles_subject():
    q = quotes_of("Former host Bo Tran has broken his silence months after the now-infamous Ada Kim "
                  "\u201cStudio tape\u201d cost him his job, explaining in an interview that the tape left "
                  "him \u201ctotally gutted.\u201d")
    assert {s for _, s, _ in triples(q)} == {"Bo Tran"}


def test_an_age_before_an_appositive_stays_with_the_name():
    q = quotes_of("Jo Burke, 33, a consultant who works on the websites of large firms, said he preferred "
                  "Mr. Vale, the county governor.")
    assert triples(q) == [("indirect", "Jo Burke", "he preferred Mr. Vale, the county governor")]
    q = quotes_of("\u201cI like him a lot,\u201d Jo Burke, 33, a nurse from Dorran, said.")
    assert triples(q) == [("direct", "Jo Burke", "I like him a lot,")]
    assert q["speaker_role"].iloc[0] == "a nurse from Dorran"


def test_an_opening_superlative_aside_is_not_the_subject():
    q = quotes_of("And best of all, Mark Rubin, the mayor\u2019s main rival, helped her out, declaring, "
                  "\u201cI thank God it was Ada Kim in the office that day.\u201d")
    assert triples(q) == [("direct", "Mark Rubin", "I thank God it was Ada Kim in the office that day.")]


def test_as_x_put_it_names_the_speaker_and_ends_a_reported_clause():
    q = quotes_of("The Dorran Herald asked that the file be made public \u201cafter more claims gained public "
                  "attention,\u201d as Judge Ada Rone put it.")
    assert ("partial", "Ada Rone", "after more claims gained public attention,") in triples(q)
    assert ("indirect", "The Dorran Herald", "the file be made public \u201cafter more claims gained public "
            "attention,\u201d") in triples(q)
    q = quotes_of("Bo Tran said the plan was a farce, as Ada Rone put it.")
    assert triples(q) == [("indirect", "Bo Tran", "the plan was a farce")]


def test_a_particle_glued_to_a_surname_is_a_name():
    q = quotes_of("Dan diMarco, a former prosecutor, spoke on Friday.\n\n"
                  "\u201cIt is all a disaster of his own making,\u201d diMarco notes.")
    assert triples(q) == [("direct", "Dan diMarco", "It is all a disaster of his own making,")]


def test_more_quote_verbs_reflected_intoned():
    q = quotes_of("\u201cThe candidate is not good,\u201d Lena Osei, an attorney in Dorran, reflected after "
                  "the debate.\n\n\u201cThere is nothing gloomy about this,\u201d she intoned.")
    assert triples(q) == [("direct", "Lena Osei", "The candidate is not good,"),
                          ("direct", "Lena Osei", "There is nothing gloomy about this,")]


def test_then_after_a_role_is_an_adverb_and_a_clause_after_a_colon_has_its_own_subject():
    q = quotes_of("Here is the exchange: The Governor then returned to the topic of Bo Tran, saying, "
                  "\u201cHe is a good guy.\u201d")
    assert triples(q) == [("direct", "the Governor", "He is a good guy.")]
    q = quotes_of("Ada 2020: Vale\u2019s longtime partner says the star would run for office")
    assert triples(q) == [("indirect", "Vale\u2019s longtime partner", "the star would run for office")]


def test_an_inverted_tail_after_a_clause_with_an_opener_and_an_appositive():
    q = quotes_of("After leaving the Army, Bo Tran worked as a waiter at the Happy Bowl restaurant in Dorran, "
                  "a suburb of Vale, said Ada Kim, a former co-worker.")
    assert triples(q) == [("indirect", "Ada Kim", "After leaving the Army, Bo Tran worked as a waiter at the "
                           "Happy Bowl restaurant in Dorran, a suburb of Vale")]
    # a hedged appositive before the verb and a name after it is still the subject
    q = quotes_of("The leak of a recording in which someone, seemingly Tran, audibly says Vell \u201chas a "
                  "primitive grasp of economics.\u201d")
    assert {s for _, s, _ in triples(q)} == {"Tran"}


def test_a_tail_attribution_with_an_appositive_keeps_the_name_out_of_the_clause():
    q = quotes_of("Bo Tran praised the plan, Ada Kim, the mayor, said.")
    assert triples(q) == [("indirect", "Ada Kim", "Bo Tran praised the plan")]


def test_a_first_person_fragment_in_a_sentence_about_one_person_is_hers():
    q = quotes_of("Lena Osei has been cosplaying for two years, her \u201cpassion\u201d for the hobby "
                  "\u201cstemmed through my love for Halloween.\u201d She typically chooses \u201cto portray "
                  "characters from childhood. I also enjoy a good costume!\u201d")
    assert triples(q) == [("partial", "Lena Osei", "stemmed through my love for Halloween."),
                          ("partial", "Lena Osei", "to portray characters from childhood. I also enjoy a good "
                           "costume!")]
    # no first person: a phrase in marks, not words said
    q = quotes_of("Lena Osei keeps a \u201cdress-up corner\u201d in her flat for the costumes.")
    assert triples(q) == []


def test_a_documents_participle_in_an_opening_phrase_is_not_the_speech_verb():
    q = quotes_of("In a statement posted to his Facebook page on Sunday, Bo Tran sought forgiveness for his "
                  "\u201cpoor judgement,\u201d explaining that he did not do his homework.")
    assert triples(q) == [("partial", "Bo Tran", "poor judgement,"),
                          ("indirect", "Bo Tran", "he did not do his homework")]
    # a title in marks before the participle is no quote of the subject's
    q = quotes_of("Former host Bo Tran broke his silence after the Ada Kim \u201cStudio Tape\u201d cost him his "
                  "job, explaining that the tape left him sad.")
    assert triples(q) == [("indirect", "Bo Tran", "the tape left him sad")]


def test_a_dash_and_a_participle_end_a_report_before_a_second_one():
    q = quotes_of("In a report released on Wednesday, scientists studying patients in Dorran reported that the "
                  "virus may spread like influenza \u2014 suggesting, experts noted, that the outbreak may call "
                  "for containment.")
    assert triples(q) == [("indirect", "scientists studying patients in Dorran",
                           "the virus may spread like influenza"),
                          ("indirect", "experts", "the outbreak may call for containment")]


def test_a_lone_surname_that_says_he_is_a_person_and_not_the_listener():
    q = quotes_of("Word is, Varga grabbed the reporter, Ben Jolly of the Clarion, by the neck.\n\n"
                  "He said he was approached by Jolly, who asked questions about the bill.\n\n"
                  "Varga said he first told Jolly he\u2019d talk to him later.")
    assert {s for _, s, _ in triples(q)} == {"Varga"}


def test_as_x_said_on_numerous_occasions_reports_the_main_clause():
    q = quotes_of("As Ada Kim said on numerous occasions, Bo Tran suffers from \u201cbad judgement.\u201d")
    assert triples(q) == [("indirect", "Ada Kim", "Bo Tran suffers from \u201cbad judgement.\u201d"),
                          ("partial", "Ada Kim", "bad judgement.")]


def test_responding_to_an_object_and_reports_that_surfaced_are_no_reports():
    q = quotes_of("Responding to Bo Tran\u2019s complaints the party has not been fair to him, Ada Kim wrote "
                  "to a staffer in an April email.")
    assert triples(q) == []
    q = quotes_of("The announcement came just hours after reports first surfaced that Ada Kim may be denied "
                  "a speaking role.")
    assert triples(q) == []
    q = quotes_of("Ada Kim responded that the party was fair.")
    assert triples(q) == [("indirect", "Ada Kim", "the party was fair")]


def test_as_x_puts_it_before_the_quote_names_the_speaker():
    q = quotes_of("As Ada Kim puts it, Bo Tran \u201chas a record that ought to worry believers in small "
                  "government.\u201d")
    assert triples(q) == [("partial", "Ada Kim", "has a record that ought to worry believers in small "
                           "government.")]


def test_a_long_opening_clause_before_a_second_verb_that_quotes():
    q = quotes_of("After Bo Tran asked whether chemical weapons were worse than nuclear weapons, Ada Kim "
                  "sneered and said, \u201cI do not know, we have not tried either.\u201d")
    assert triples(q) == [("direct", "Ada Kim", "I do not know, we have not tried either.")]


def test_a_participle_in_an_opening_as_clause_goes_to_its_titled_subject():
    q = quotes_of("But even as Mr. Tran delivered a pointed critique of Ms. Kim\u2019s policy, saying that she "
                  "had \u201cthrown the city under the bus,\u201d he also used the speech to make a case for "
                  "himself.")
    assert triples(q) == [("indirect", "Tran", "she had \u201cthrown the city under the bus,\u201d"),
                          ("partial", "Tran", "thrown the city under the bus,")]


def test_proclaimed_slammed_and_blasted_attribute_quoted_words():
    q = quotes_of("Her campaign manager Bo Tran proclaimed it \u201ca testament to broad support for her "
                  "vision.\u201d Ada Kim slammed the plan as \u201ca disaster.\u201d The statement blasted the "
                  "magazine for its \u201clack of care for the facts.\u201d")
    assert triples(q) == [("partial", "Bo Tran", "a testament to broad support for her vision."),
                          ("partial", "Ada Kim", "a disaster."),
                          ("partial", "the statement", "lack of care for the facts.")]
    q = quotes_of("Bo Tran proclaimed that the war was over.")
    assert triples(q) == [("indirect", "Bo Tran", "the war was over")]


def test_a_cue_after_the_fragments_own_clause_is_not_the_fragments():
    q = quotes_of("Bo Tran questioned the selection. He said the \u201cphony\u201d and \u201cnasty\u201d Ada Kim "
                  "attacked Joe Vale during debates and blasted her behavior during the hearing.")
    assert [(k, s) for k, s, _ in triples(q)] == [("indirect", "Bo Tran"), ("partial", "Bo Tran"),
                                                  ("partial", "Bo Tran")]


def test_a_participle_after_a_closed_who_aside_goes_to_the_subject():
    q = quotes_of("Ada Kim, who has previously mocked Bo Tran for treating the state as a \u201cconsolation "
                  "prize,\u201d was initially less forceful, saying there was no problem.")
    assert triples(q) == [("indirect", "Ada Kim", "there was no problem")]


def test_they_is_never_the_last_single_speaker_and_a_bracketed_colon_opens_no_clause():
    q = quotes_of("\u201cAda Kim will make an outstanding mayor,\u201d Mr. Tran said as his supporters waved "
                  "signs.\n\n\u201cWe trusted you!\u201d they yelled, suggesting that he had betrayed them.")
    assert triples(q) == [("direct", "Tran", "Ada Kim will make an outstanding mayor,")]
    q = quotes_of("( PHOTOS: Ada Kim\u2019s life and career) The anti-government rebels have asked the "
                  "United States to provide heavier weaponry.")
    assert "Ada Kim\u2019s" not in set(q["speaker"])


def test_a_participle_has_no_inverted_subject_and_a_lone_word_is_not_the_subjects():
    q = quotes_of("Speaking to Bo Tran, Ada Kim shrugged off the anchor\u2019s characterization of Vale as a "
                  "\u201ckiller,\u201d noting that Americans are just as bad.")
    assert triples(q) == [("indirect", "Ada Kim", "Americans are just as bad")]


def test_both_halves_of_a_split_quote_get_the_same_speaker():
    q = quotes_of("\u201cThe Times is a jewel,\u201d Mr. Vale declared.\n\n\u201cActually,\u201d the "
                  "president-elect added, \u201csomebody said to me that it is a great idea.\u201d")
    assert [s for _, s, _ in triples(q)] == ["Vale", "Vale", "Vale"]


def test_a_sentence_ends_after_a_nested_quote_closing_both_marks():
    q = quotes_of("An employee told investigators that Mr. Vale had sought \u201cassistance in exchange for a "
                  "\u2018quid pro quo.\u2019\u201d The agency had deemed the email classified.")
    assert triples(q) == [("indirect", "an employee", "Mr. Vale had sought \u201cassistance in exchange for a "
                           "\u2018quid pro quo.\u2019\u201d"),
                          ("partial", "an employee", "assistance in exchange for a \u2018quid pro quo.\u2019")]


def test_listeners_with_adjectives_and_verbs_before_a_role_noun():
    q = quotes_of("Ada Kim told the assembled delegates on Saturday morning that the movement had won.")
    assert triples(q) == [("indirect", "Ada Kim", "the movement had won")]
    assert q["cue"].tolist() == ["told the assembled delegates"]
    q = quotes_of("These ties have already attracted critics who say they include conflicts of interest.")
    assert triples(q) == [("indirect", "critics", "they include conflicts of interest")]


def test_nouns_and_openers_that_look_like_speakers():
    q = quotes_of("Most picked the speech as the \u201cdefining moment\u201d of the convention, far more than "
                  "the 28 percent who said Bo Tran\u2019s snub defined the week.")
    assert "Bo Tran\u2019s" not in set(q["speaker"])
    q = quotes_of("Ada Kim spoke first. Soon after, she offered this: \u201cOf course Vale has no answers.\u201d")
    assert triples(q) == [("direct", "Ada Kim", "Of course Vale has no answers.")]
    q = quotes_of("Allies of Ada Kim have held back from overt calls for Bo Tran to exit the race.")
    assert triples(q) == []


def test_a_listeners_head_noun_and_a_phrase_without_a_verb_after_the_listener():
    q = quotes_of("The neighbours told the lady police constable that I was not their daughter.")
    assert triples(q) == [("indirect", "the neighbours", "I was not their daughter")]
    q = quotes_of("\u201cI want to recognize the people,\u201d Ada Kim told the assembled delegates on Saturday "
                  "morning during remarks by the candidates.")
    assert triples(q) == [("direct", "Ada Kim", "I want to recognize the people,")]
    q = quotes_of("Officials said about 20 buildings collapsed.")
    assert triples(q) == [("indirect", "officials", "about 20 buildings collapsed")]


def test_a_radio_show_as_listener_and_no_report_after_a_quotes_attribution():
    q = quotes_of("Ada Kim told a local radio show in Dorran on Monday morning that the Vale Report has "
                  "\u201cbecome the attack site for the Tran campaign.\u201d")
    assert triples(q) == [("indirect", "Ada Kim", "the Vale Report has \u201cbecome the attack site for the Tran "
                           "campaign.\u201d"),
                          ("partial", "Ada Kim", "become the attack site for the Tran campaign.")]
    q = quotes_of("\u201cThe action represents an attempt,\u201d Ada Kim said when the states filed.")
    assert triples(q) == [("direct", "Ada Kim", "The action represents an attempt,")]
    q = quotes_of("Mr. Tran said, before instructing Ms. Kim on how he believes an interview should be "
                  "conducted.")
    assert triples(q) == []


def test_that_as_a_determiner_and_an_object_inside_an_appositive():
    q = quotes_of("Mr. Tran has vehemently denied that characterization and insisted Sunday that Mrs. Kim "
                  "will be treated fairly.")
    assert triples(q) == [("indirect", "Tran", "Mrs. Kim will be treated fairly")]
    q = quotes_of("Ana Gray, a family attorney pressing a lawsuit against Dorran, Vale and his former police "
                  "chief, suggested that justice will be served.")
    assert triples(q) == [("indirect", "Ana Gray", "justice will be served")]


def test_a_quote_after_an_opening_when_clause_is_no_report_of_the_clause():
    q = quotes_of("Ada Kim voiced the lead. When she was cast, \u201cI swear to you, I was speechless,\u201d she "
                  "told an audience at her session.")
    assert triples(q) == [("partial", "Ada Kim", "I swear to you, I was speechless,")]


def test_a_role_to_a_place_a_second_subject_after_and_and_an_open_question():
    q = quotes_of("A former ambassador to Dorran said that Xi is \u201cplaying Bo Tran like a fiddle.\u201d")
    assert set(q["speaker"]) == {"A former ambassador to Dorran"}
    q = quotes_of("Mr. Vale has already said he will not vote to confirm Ms. Kim, and Mr. Tran called her "
                  "approval of the policy \u201cvery troubling.\u201d")
    assert triples(q) == [("indirect", "Vale", "he will not vote to confirm Ms. Kim"),
                          ("partial", "Tran", "very troubling.")]
    q = quotes_of("The document is silent about whether Bo Tran told other campaign advisers what he had heard.")
    assert triples(q) == []


def test_a_kicker_is_no_speaker_and_a_report_drops_a_trailing_conjunction():
    q = quotes_of("EXCLUSIVE: \u201cCorrupt, toxic and sociopathic\u201d: Ada Kim unloads on torture.")
    assert "EXCLUSIVE" not in set(q["speaker"])
    q = quotes_of("Mr. Xi invited Mr. Vale to dinner, telling his guest he hoped they had laid the foundation "
                  "for a relationship \u2014 or, as he more metaphorically put it, \u201cA pool begins with many "
                  "drops of water.\u201d")
    assert ("indirect", "Xi", "his guest he hoped they had laid the foundation for a relationship") in triples(q)


def test_quoted_in_a_paper_as_saying_is_the_subjects_and_she_is_never_mr():
    q = quotes_of("President Bo Tran was quoted in Britain\u2019s Guardian newspaper as saying his country could "
                  "not consider an asylum request.")
    assert triples(q) == [("indirect", "Bo Tran", "his country could not consider an asylum request")]
    q = quotes_of("Mr. Vale said in a statement Friday that it was time to reassess. \u201cOur view is that these "
                  "issues have been pored over,\u201d she said.")
    assert triples(q) == [("indirect", "Vale", "it was time to reassess")]


def test_a_new_sentence_after_a_double_hyphen_and_nouns_that_are_cue_forms():
    q = quotes_of("Ada Kim said the administration had not done enough -- Kim threatened to place a hold on "
                  "the nomination.")
    assert triples(q) == [("indirect", "Ada Kim", "the administration had not done enough")]
    q = quotes_of("Driven by Mr. Vale\u2019s desire to \u201clook forward,\u201d Mr. Tran used claims of "
                  "government secrecy to toss out lawsuits.")
    assert triples(q) == []


def test_an_honorific_before_a_role_word_makes_it_a_surname():
    q = quotes_of("\u201cThe closer he gets to the proposal, the harder it is,\u201d Mr. King said.")
    assert triples(q) == [("direct", "King", "The closer he gets to the proposal, the harder it is,")]


def test_cues_in_a_closed_bracket_a_listener_after_a_quote_and_a_possessed_remarks():
    q = quotes_of("( Also on the Herald: Ada Kim declares stalemate) Bo Tran struck a playful tone to warn of a "
                  "\u201clump of coal\u201d for Christmas.")
    assert "Ada Kim" not in set(q["speaker"])
    q = quotes_of("\u201cYour voices are being heard,\u201d Bo Tran told more than 20,000 people gathered at a farm "
                  "in Dorran.")
    assert triples(q) == [("direct", "Bo Tran", "Your voices are being heard,")]
    q = quotes_of("Bo Tran\u2019s \u201coff-the-cuff\u201d remarks that nearly half of Americans are "
                  "\u201cdependent\u201d on government were widely publicized.")
    assert triples(q) == []


def test_a_credit_line_is_not_part_of_the_speakers_name():
    q = quotes_of("Intro.\n\nDana Holt/Facebook via KXYZ\nCrump said the staff escalated the situation.")
    assert triples(q) == [("indirect", "Crump", "the staff escalated the situation")]


def test_the_latter_of_whom_and_future_speech_acts():
    q = quotes_of("The plans triggered the resignations of foreign secretary Bo Tran and finance secretary "
                  "Ada Kim, the latter of whom remarked: \u201cWe are giving too much away too easily.\u201d")
    assert triples(q) == [("direct", "Ada Kim", "We are giving too much away too easily.")]
    q = quotes_of("Ada Kim will likely ask Bo Tran to inaugurate the embassy.")
    assert triples(q) == []
    q = quotes_of("Ada Kim\u2019s tweets include so-called jokes about having \u201cquick\u201d lunches.")
    assert triples(q) == []


def test_a_he_or_she_nobody_else_can_take_makes_the_one_word_speaker_before_it_a_person():
    # bodies are "it" and "they": a he/she after "Varnick said" is Varnick's, and Varnick a person
    q = quotes_of("\u201cThe bill will be relegated to history,\u201d Varnick said ahead of the vote.\n\n"
                  "He said he would urge them to consider the border elements in the bill.")
    assert triples(q) == [("direct", "Varnick", "The bill will be relegated to history,"),
                          ("indirect", "Varnick", "he would urge them to consider the border elements in the bill")]
    assert q["named"].tolist() == [True, True]
    q = quotes_of("Belmar said that between 40 and 50 shots were fired, an amount he described as "
                  "\u201cremarkable.\u201d")
    assert set(q["speaker"]) == {"Belmar"} and len(q) == 2
    # not a body ("Acme said ... it"), and not across paragraphs that moved on
    q = quotes_of("Acme said the plant would close.\n\nThe town's budget depends on it.\n\n"
                  "Nobody expected it.\n\n\u201cIt is a blow,\u201d he said.")
    assert "Acme" not in set(q[q["kind"] == "direct"]["speaker"])


def test_a_role_descriptor_that_speaks_is_the_antecedent_of_a_later_pronoun():
    q = quotes_of("The senator said he and a group of lawmakers plan to introduce a bill.\n\n"
                  "\u201cThis is not just a diversion, this is unnerving,\u201d he said.")
    assert triples(q) == [("indirect", "the senator", "he and a group of lawmakers plan to introduce a bill"),
                          ("direct", "the senator", "This is not just a diversion, this is unnerving,")]


def test_a_bare_capitalised_role_word_in_mid_sentence_is_a_surname():
    q = quotes_of("In a letter at the time, King had accused him of \u201ca shabby attempt to scare voters.\u201d")
    assert triples(q) == [("partial", "King", "a shabby attempt to scare voters.")]
    q = quotes_of("\u201cWe will win,\u201d Judge said after the game.")
    assert triples(q) == [("direct", "Judge", "We will win,")]
    # a group word stays a descriptor, and so does a role word with its determiner
    q = quotes_of("After the raid, Police said the man was armed. Later the judge said the hearing would wait.")
    assert set(q["speaker"]) == {"police", "the judge"}


def test_adding_a_thing_to_something_is_no_report():
    q = quotes_of("In doing so, Ada Kim adds some diversity to her cabinet and also throws a bone to the party.")
    assert triples(q) == []
    q = quotes_of("Bo Tran added fuel to the debate on Monday.")
    assert triples(q) == []
    q = quotes_of("Bo Tran added some of the money was missing.")
    assert triples(q) == [("indirect", "Bo Tran", "some of the money was missing")]


def test_a_descriptor_antecedent_agrees_with_the_pronoun_and_may_carry_an_age():
    q = quotes_of("Officials praised Dorran, the daughter of two farmers, for her work.\n\n"
                  "In a statement, he said the cabinet would be more diverse.")
    assert "the daughter" not in set(q["speaker"])
    q = quotes_of("His 51-year-old wife spoke recently about the party's future.\n\n"
                  "She said the leader should run again next year.")
    assert triples(q) == [("indirect", "his 51-year-old wife", "the leader should run again next year")]


def test_a_person_with_a_participle_phrase_speaks_not_the_object_of_the_participle():
    q = quotes_of("\u201cYou are the problem,\u201d a man holding a campaign sign told Bo Tran.")
    assert triples(q) == [("direct", "a man", "You are the problem,")]


def test_a_participle_after_a_colon_goes_to_the_subject_of_the_clause_after_it():
    q = quotes_of("But as the Herald\u2019s Ada Kim reported earlier, the Tran campaign is not fazed: In typical "
                  "fashion, Tran pounced on the confusion, tweeting, \u201cVale just announced that he wants "
                  "the people to vote for him.\u201d")
    assert triples(q) == [("direct", "Tran", "Vale just announced that he wants the people to vote for him.")]
    # a capitalised adjective after the colon is no subject
    q = quotes_of("The blame-the-network argument:\nConservative syndicated columnist Bo Tran focused on the "
                  "network, pointing out that her show was vetted beforehand.")
    assert triples(q) == [("indirect", "Bo Tran", "her show was vetted beforehand")]


def test_a_title_case_headline_verb_is_not_part_of_a_name():
    q = quotes_of("Cyrus Vale Calls for Party Leader Ada Kim to Resign\n\n\u201cIt is now your turn,\u201d Vale "
                  "told attendees on Friday.")
    assert triples(q) == [("direct", "Cyrus Vale", "It is now your turn,")]
    q = quotes_of("Dorran Radio\u2019s Bo Tran Calls for the Director to be Fired\n\n"
                  "Tran accused the director of \u201cvery bad management.\u201d")
    assert set(q["speaker"]) == {"Bo Tran"}


def test_usa_today_is_one_name():
    q = quotes_of("Both companies have been in operation since the 1970s, according to USA Today.")
    assert triples(q) == [("indirect", "USA Today", "Both companies have been in operation since the 1970s")]


def test_a_named_person_before_an_aside_that_lists_other_names_speaks():
    q = quotes_of("Justice Ada Kim, in a dissenting opinion joined by Justices Bo Tran, Cy Vale and Di Moss, "
                  "wrote that the ruling left prisoners \"exposed to harm.\"")
    assert set(q["speaker"]) == {"Ada Kim"}


def test_an_appositive_without_its_closing_comma_and_an_inverted_attribution_after_a_fragment():
    q = quotes_of("\u201cHer performance was no surprise,\u201d Ada Kim, press secretary for Vale\u2019s campaign "
                  "told the Blaze.")
    assert triples(q) == [("direct", "Ada Kim", "Her performance was no surprise,")]
    q = quotes_of("Kim \"was a bit of a policy wonk,\" said Bo Tran, a former coordinator who now teaches "
                  "at Dorran College.")
    assert triples(q) == [("partial", "Bo Tran", "was a bit of a policy wonk,")]


def test_a_listener_with_its_determiner_is_part_of_the_cue():
    q = quotes_of("Ada Kim bought a speedboat, telling a friend that she could not resist the purchase.")
    assert triples(q) == [("indirect", "Ada Kim", "she could not resist the purchase")]
    q = quotes_of("Ada Kim bought a speedboat, telling the friend that she could not resist the purchase.")
    assert q["cue"].tolist() == ["telling the friend"]


def test_a_person_after_a_preposition_and_a_title_is_no_subject_for_a_pronoun():
    q = quotes_of("Yet in a meeting with Turkish President Ada Kurtulus, Bo Tranh also vouched for the ally's "
                  "right to self-defense, and he pledged a solid commitment \"to the ally's security.\"")
    assert set(q["speaker"]) == {"Bo Tranh"}


def test_a_middle_initial_stays_in_the_name_after_an_inverted_cue():
    q = quotes_of("\u201cBo Tran is as dogged as they come,\u201d said GOP House Speaker Jon A. Varga.")
    assert triples(q) == [("direct", "Jon A. Varga", "Bo Tran is as dogged as they come,")]


def test_a_compound_medium_and_its_place_belong_to_the_cue():
    q = quotes_of("Her grandfather, Jon Feins, said in a telephone interview from Dorran that his "
                  "granddaughter had a son.")
    assert triples(q) == [("indirect", "Jon Feins", "his granddaughter had a son")]
    assert q["cue"].tolist() == ["said in a telephone interview from Dorran"]


def test_an_opener_before_an_inverted_attribution_leaves_the_clause_after_it():
    q = quotes_of("Either way, said Vladek, it is hard from the outside to assess the record.")
    assert triples(q) == [("indirect", "Vladek", "it is hard from the outside to assess the record")]
    # a whole clause before it is still the report
    q = quotes_of("It is not enough to delete a post, said Sam Dorr, chief officer at Zerofax, a security firm.")
    assert triples(q) == [("indirect", "Sam Dorr", "It is not enough to delete a post")]


def test_a_participle_of_a_noun_and_a_time_word_before_the_sentences_verb_is_no_report():
    q = quotes_of("SEE ALSO: Bo Tran hails new chapter The deal announced Wednesday comes as the government "
                  "released the aid worker.")
    assert triples(q) == []


def test_a_participle_in_a_sentence_whose_subject_is_he_is_not_the_objects():
    q = quotes_of("He bashed President Ada Kim over her orders, calling them a \"constitutional crisis.\"")
    assert "Ada Kim" not in set(q["speaker"])


def test_a_speech_act_that_could_be_made_is_not_reported():
    q = quotes_of("This president can tell us it was someone else's fault.")
    assert triples(q) == []
    q = quotes_of("Ada Kim could argue that the plan failed.")
    assert triples(q) == []


def test_a_relative_adverb_is_no_modifier_of_the_speaker():
    q = quotes_of("Near the home where police said three women were found, crowds gathered.")
    assert "where police" not in set(q["speaker"])


def test_a_surname_whose_own_pronoun_is_male_is_not_the_woman_of_that_name():
    q = quotes_of("\"There was a time when I was not likely to be found at a library,\" Varga quipped, before "
                  "thanking his predecessors. Varga thanked his mother Lena Varga for teaching him.")
    assert set(q["speaker"]) == {"Varga"}
    # the woman herself, with her own pronoun, is still the full name
    q = quotes_of("Lena Varga spoke first. \"We will win,\" Varga said, before thanking her staff.")
    assert set(q["speaker"]) == {"Lena Varga"}


def test_a_pronoun_object_after_a_cue_is_no_clause_and_state_before_a_title_is_a_noun():
    q = quotes_of("Ada Kim said she \"did not hear\" the phrase, while Bo Tran denied that Cy Vale said it at all.")
    assert "it at all" not in set(q["text"])
    q = quotes_of("Prosecutors alleged that Lind sought to shower Republican state Insurance Commissioner Cy Vale "
                  "with gifts \"in exchange for favours.\"")
    assert set(q["speaker"]) == {"prosecutors"}


def test_people_before_a_list_of_places_speak_not_the_last_place():
    q = quotes_of("Local politicians in Dorran, Yarrow, New Carthan and San Vale have said the company was unwelcome.")
    assert triples(q) == [("indirect", "local politicians", "the company was unwelcome")]


def test_a_paragraph_that_only_closes_a_quote_in_the_first_person_continues_the_speaker():
    q = quotes_of("\u201cWe will win this race,\u201d Ada Kim said on Monday.\n\n"
                  "And everything he was accused of, I have never seen, so I am basing it on what I know.\u201d")
    assert triples(q) == [("direct", "Ada Kim", "We will win this race,"),
                          ("direct", "Ada Kim", "And everything he was accused of, I have never seen, so I am "
                                                "basing it on what I know.")]
    # not a line about someone else that happens to end with a mark
    q = quotes_of("\u201cWe will win this race,\u201d Ada Kim said on Monday.\n\nThat is Bo Tran.\u201d")
    assert len(q) == 1


def test_a_lone_surname_subject_whose_sentence_shows_a_person_takes_a_later_pronoun():
    q = quotes_of("Later, Varga stepped up her attacks on Tran in a suburb: \"We both share the goal, but he "
                  "wants to start over,\" she said at a rally.")
    assert triples(q) == [("direct", "Varga", "We both share the goal, but he wants to start over,")]
    q = quotes_of("\u201cI do not know what his relationship with Kurt was,\u201d Varga said Saturday.\n\n"
                  "So far, Varga is the first senator to object, and if three more joined him, the nomination "
                  "could be blocked.\n\nShould be a rough hearing,\u201d he tweeted Friday.")
    assert set(q["speaker"]) == {"Varga"} and len(q) == 2
    # a body is no person, and the subject of the reported clause is not the one who reports it
    assert triples(quotes_of("Acme cut prices on Monday. \"It is a blow,\" he said.")) == []
    q = quotes_of("Tran, he noted, had a unique ability to drive coverage.")
    assert "Tran" not in set(q["speaker"])


def test_a_noun_before_a_pronoun_and_its_verb_is_a_relative_clause_not_an_attribution():
    q = quotes_of("Bo Tran resigned in 2007 after accusations he blocked investigations, charges he denied.")
    assert triples(q) == []


def test_the_reporters_own_i_am_told_is_no_report():
    q = quotes_of("Tensions between Vale and Tran are raw as ever, I\u2019m told tonight.")
    assert triples(q) == []


def test_a_first_person_quote_paragraph_after_one_person_speaks_is_theirs():
    q = quotes_of("The one Democrat to vote for it, Joe Varga of Dorran, explained his decision to reporters.\n\n"
                  "\u201cEverything he was accused of, I have never seen, so I am basing it on what I know.\u201d")
    assert triples(q) == [("direct", "Joe Varga", "Everything he was accused of, I have never seen, so I am basing it "
                                                  "on what I know.")]
    # no speech verb before it: nobody is given the words
    q = quotes_of("Joe Varga won the race on Monday.\n\n\u201cI am thrilled.\u201d")
    assert triples(q) == []


def test_a_naming_verb_after_a_fragment_names_its_object_not_its_speaker():
    q = quotes_of("Ada Kim maintains that Bo Tran is \u201cclearly gay,\u201d and described Cy Vale, the unarmed man "
                  "who died, as a \u201cstreet thug.\u201d")
    assert "Cy Vale" not in set(q["speaker"])


def test_an_event_with_war_in_its_name_is_no_person():
    q = quotes_of("His father had been a fighter pilot during World War II.\n\n\u201cThere was no rule about how long "
                  "we could think,\u201d he later told the BBC.")
    assert "World War II" not in set(q["speaker"])


def test_reports_qualified_as_false_are_a_noun():
    q = quotes_of("Diaz was charged with kidnapping (linked to false reports that landed Ada Kim in jail).")
    assert triples(q) == []


def test_a_body_whose_name_opens_with_a_role_word_is_the_role_of_the_titled_person():
    q = quotes_of("\"Neville got him to stop,\" said Chief Ada Kim of the Bishop Airport Safety Division, who was "
                  "nearby.")
    assert triples(q) == [("direct", "Ada Kim", "Neville got him to stop,")]


def test_a_listener_with_a_capitalised_adjective_is_part_of_the_cue():
    q = quotes_of("Ada Kim hailed the return of Bo Tran, telling the American charity worker she showed "
                  "\"great strength\" in her ordeal.")
    assert q["cue"].tolist()[0] == "telling the American charity worker"
    assert triples(q)[0] == ("indirect", "Ada Kim", "she showed \"great strength\" in her ordeal")


def test_a_clause_opening_with_alongside_is_no_report():
    q = quotes_of("\u201cBo Tran was a champion,\u201d Ada Kim tweeted alongside a picture of a sword gifted to "
                  "Kim from Tran.")
    assert triples(q) == [("direct", "Ada Kim", "Bo Tran was a champion,")]


def test_a_participle_after_a_time_phrase_and_its_object_is_the_sentence_subjects():
    q = quotes_of("President Bo Tran hurled more jabs at the \"fake news media\" Sunday morning, describing "
                  "White House \"leaks\" as \"fabricated lies.\"")
    assert set(q["speaker"]) == {"Bo Tran"} and "fabricated lies." in set(q["text"])


def test_a_dateline_is_no_subject():
    q = quotes_of("DORRAN \u2014 Likely nominee Bo Tran on Friday slammed his rival and warned that she would "
                  "appoint five judges.")
    assert set(q["speaker"]) == {"Bo Tran"}


def test_a_titled_surname_of_a_place_is_the_person():
    q = quotes_of("\u201cI am not crazy about people disrupting meetings,\u201d Mr. Vale of Dorran said on Monday.")
    assert triples(q) == [("direct", "Vale", "I am not crazy about people disrupting meetings,")]


def test_a_source_released_on_a_day_keeps_the_clause_before_it():
    q = quotes_of("Ada Kim leads Bo Tran 80 percent to 14 percent, according to a Dorran Research poll released "
                  "Friday.")
    assert triples(q) == [("indirect", "a Dorran Research poll", "Ada Kim leads Bo Tran 80 percent to 14 percent")]


def test_prior_to_opens_an_opening_phrase():
    q = quotes_of("Prior to Sunday's comments by Vale, for example, the Dorran Report considered the race a "
                  "toss-up and called Ada Kim \"the most endangered incumbent.\"")
    assert set(q["speaker"]) == {"the Dorran Report"}


def test_a_cue_noun_after_a_past_verb_or_a_named_source_is_a_noun():
    # (refuting claims is denying them: Vale's report, by "refuted", not by the noun "claims")
    q = quotes_of("Vale also refuted claims that Ada Kim was kept in the dark.")
    assert [(r.speaker, r.text, r.cue) for r in q.itertuples()] == [("Vale", "Ada Kim was kept in the dark", "refuted")]
    assert triples(quotes_of("Dorran News confirmed a Dorran Herald report he had just attacked.")) == []
    q = quotes_of("Ada Kim said reports were false.")
    assert triples(q) == [("indirect", "Ada Kim", "reports were false")]
    q = quotes_of("The Armenians claim they were retaliating against attacks.")
    assert triples(q) == [("indirect", "The Armenians", "they were retaliating against attacks")] or \
        triples(q) == [("indirect", "the Armenians", "they were retaliating against attacks")]


def test_a_statement_issued_calling_names_its_issuer():
    q = quotes_of("Ada Kim, the co-founder of the group, issued a statement calling Bo Tran \u201cthe most corrupt "
                  "minister.\u201d")
    assert set(q["speaker"]) == {"Ada Kim"}


def test_an_abbreviation_after_a_hyphen_ends_no_sentence():
    q = quotes_of("Bo Tran noted that the email stated that then-U.N. Ambassador Ada Kim was not on the shows "
                  "\u201cto talk politics.\u201d")
    assert ("indirect", "the email", "then-U.N. Ambassador Ada Kim was not on the shows \u201cto talk politics.\u201d") \
        in triples(q)


def test_a_quote_paragraph_after_a_bare_attribution_is_its_speakers():
    q = quotes_of("Ada Kim spoke on Monday. At that point, Vale said.\n\n\u201cMr. Matt was shot and killed.\u201d")
    assert triples(q) == [("direct", "Vale", "Mr. Matt was shot and killed.")]
    # a sentence that reports something itself does not hand on its speaker
    q = quotes_of("Police arrived at the scene, Ada Kim said.\n\n\u201cIt is over.\u201d")
    assert triples(q) == [("indirect", "Ada Kim", "Police arrived at the scene")]


def test_pointing_to_a_thing_and_a_so_called_term_are_no_quotes():
    q = quotes_of("Bo Tran points to the novel The Scarlet Letter, in which the main character must wear a red "
                  "\"A\" on her clothes.")
    assert triples(q) == []
    q = quotes_of("Asked when he stopped, Bo Tran pointed to \u201csometime last summer.\u201d")
    assert triples(q) == [("partial", "Bo Tran", "sometime last summer.")]
    q = quotes_of("The details her campaign has hinted at include limits on so-called \"activist\" investors.")
    assert triples(q) == []


def test_a_verb_that_declares_an_object_something_names_the_object():
    q = quotes_of("Mr. Tran backed the deal, even as he berated insurers, declared the Dorran Care Act "
                  "\u201cvirtually dead\u201d and promised its demise.")
    assert triples(q) == [("partial", "Tran", "virtually dead")]


def test_a_hyphenated_modifier_before_a_role_and_two_appositives_of_a_person():
    q = quotes_of("\u201cIt is to cut into the margins,\u201d said delegate-allocation expert Jim Ellis.")
    assert triples(q) == [("direct", "Jim Ellis", "It is to cut into the margins,")]
    q = quotes_of("Robert Vale, a director of the Campaign for Dorran\u2019s Future, a liberal advocacy group, said "
                  "that the plan failed.")
    assert triples(q) == [("indirect", "Robert Vale", "the plan failed")]


def test_a_name_in_a_bracketed_aside_is_no_subject_for_a_pronoun():
    q = quotes_of("Bo Tran and Ada Kim finished the week without a deal.\n\n( Also on the Herald: Ada Kim "
                  "declares stalemate) Tran struck a playful tone at a factory.\n\n\u201cThere is no shortage of "
                  "pens here,\u201d he said.")
    assert triples(q) == [("direct", "Bo Tran", "There is no shortage of pens here,")]


def test_quoted_as_saying_after_the_quote_names_the_speaker():
    q = quotes_of("\"This election is a sharp confrontation,\" Bo Tran was quoted as saying on Monday by the Herald.")
    assert triples(q) == [("direct", "Bo Tran", "This election is a sharp confrontation,")]


def test_an_opening_participle_phrase_that_goes_on_after_its_quote():
    q = quotes_of("Accusing Bo Tran of betraying \u201chis trust as president\u201d by embracing racism, Vale "
                  "referenced a dictator.")
    assert triples(q) == [("partial", "Vale", "his trust as president")]


def test_a_web_page_line_left_in_the_text_is_no_part_of_a_name():
    q = quotes_of("Story Continued Below Varga, 57, who took office in 2007, said in a video: \u201cI have decided I "
                  "will not run again.\u201d")
    assert set(q["speaker"]) == {"Varga"}


def test_a_noun_described_as_something_is_a_passive_with_nobody_speaking():
    q = quotes_of("Bo Tran bought plane tickets for a woman described as his \u201csocial acquaintance.\u201d")
    assert triples(q) == []
    q = quotes_of("Belmar said that 40 shots were fired, an amount he described as \u201cremarkable.\u201d")
    assert ("partial", "Belmar", "remarkable.") in triples(q)


def test_a_negated_perfect_reports_nothing():
    q = quotes_of("Ada Kim hasn\u2019t actually said what she specifically wants Congress to do about the bill.")
    assert triples(q) == []


def test_a_conjunction_opening_the_sentence_is_no_part_of_its_subject():
    q = quotes_of("At the debate, Tran attacked Marsh on trade.\n\nBut Marsh defended her stance, and argued: "
                  "\u201cNobody stood up to the cartel.\u201d\n\nShe defended her own judgment and said: \u201cI think "
                  "you need judgment on day one.\u201d")
    assert triples(q) == [("direct", "Marsh", "Nobody stood up to the cartel."),
                          ("direct", "Marsh", "I think you need judgment on day one.")]
    q = quotes_of("Then Marsh defended the plan and said nobody stood up to the cartel.")
    assert triples(q) == [("indirect", "Marsh", "nobody stood up to the cartel")]


def test_a_report_of_what_the_speaker_was_told_is_the_speakers():
    q = quotes_of("Ada Kim, a spokeswoman for the paper, confirmed that the mayor\u2019s staff told them the meeting "
                  "was on again.")
    assert triples(q) == [("indirect", "Ada Kim", "the mayor\u2019s staff told them the meeting was on again")]
    q = quotes_of("The Herald reported the governor said the meeting was on again.")
    assert triples(q) == [("indirect", "The Herald", "the governor said the meeting was on again"),
                          ("indirect", "the governor", "the meeting was on again")]
    q = quotes_of("\u201cIt shouldn\u2019t have happened,\u201d Vale said Tran told him.")
    assert [k for k, _, _ in triples(q)] == ["direct"]


def test_the_paper_is_a_source():
    q = quotes_of("The paper disputed this, saying it had always pushed for an open session.")
    assert triples(q) == [("indirect", "the paper", "it had always pushed for an open session")]


def test_a_promise_or_claim_reported_as_an_infinitive():
    q = quotes_of("Mayor Dana Holt endorsed Lee Park on Thursday, saying she has the courage for the job and "
                  "vowing to hit the campaign trail for her soon.")
    assert triples(q) == [("indirect", "Dana Holt", "she has the courage for the job"),
                          ("indirect", "Dana Holt", "to hit the campaign trail for her soon")]
    q = quotes_of("Bo Tran later claimed to have no memory of the night.")
    assert triples(q) == [("indirect", "Bo Tran", "to have no memory of the night")]
    assert triples(quotes_of("Bo Tran pledged to the fund.")) == []
    q = quotes_of("Vale, who has vowed to fight Marsh on climate, has also challenged Labor to adopt a policy.")
    assert all("challenged" not in t for _, _, t in triples(q))
    q = quotes_of("Tran went straight to criticizing Marsh for making promises to donors and not keeping them.")
    assert triples(q) == []


def test_a_body_is_not_its_spokesperson():
    q = quotes_of("Ada Kim, a spokeswoman for the paper, confirmed the meeting.\n\nThe paper disputed this, saying "
                  "it had always pushed for an open session.")
    assert triples(q)[-1] == ("indirect", "the paper", "it had always pushed for an open session")


def test_a_family_is_no_adverb():
    q = quotes_of("Councillor Rhys Tanner\u2019s family say he had a \u201cfantastic sense of humour\u201d.")
    assert {s for _, s, _ in triples(q)} == {"councillor Rhys Tanner\u2019s family"}


def test_a_headline_at_the_top_of_the_body_quotes_in_single_marks():
    q = quotes_of("Varga: plan for the port \u2018dead on arrival\u2019\n\n\u201cI think it is dead,\u201d he said on "
                  "Monday.")
    assert triples(q) == [("partial", "Varga", "dead on arrival"), ("direct", "Varga", "I think it is dead,")]
    q = quotes_of("'Great job,' says Varga\n\nVarga spoke to the crew on Monday.")
    assert triples(q) == [("direct", "Varga", "Great job,")]
    q = quotes_of("Ugly fight: 'Tired' Tran faces unfair sniping on his way out, says Varga\n\nTran left on Monday.")
    assert ("partial", "Varga", "Tired") in triples(q)
    q = quotes_of("Mayor Ada Kim slams port deal, says Tran is \u2018willfully ignorant\u2019\n\nKim spoke on Monday.")
    assert ("partial", "Ada Kim", "willfully ignorant") in triples(q)
    # single marks in the body, or in a first paragraph that ends as a sentence, are no quotes
    q = quotes_of("Ada Kim said the \u2018plan\u2019 was dead.\n\nShe spoke on Monday.")
    assert [k for k, _, _ in triples(q)] == ["indirect"]


def test_who_after_a_place_phrase_is_the_person_before_it():
    q = quotes_of("The result was announced by a clearly emotional Governor Lena Marsh live on television, who "
                  "said the count had \u201cended\u201d and was final.")
    assert triples(q) == [("indirect", "Lena Marsh", "the count had \u201cended\u201d and was final"),
                          ("partial", "Lena Marsh", "ended")]


def test_a_that_clause_of_a_report_noun_is_not_the_speakers():
    q = quotes_of("\u201cIt is highly unusual,\u201d Tran said on KBC\u2019s \u201cToday\u201d on Tuesday morning, "
                  "following a report by the Clarion that the mayor used a private email account.")
    assert triples(q) == [("direct", "Tran", "It is highly unusual,")]


def test_a_weekday_after_a_name_is_no_part_of_it():
    q = quotes_of("The debate with Democrat Alison Pell Varnet Monday night was no different, with Varga "
                  "stumbling again.\n\n\u201cThe fantasyland that Varga is in does not show the numbers,\u201d she "
                  "added.")
    assert triples(q) == [("direct", "Alison Pell Varnet", "The fantasyland that Varga is in does not show the numbers,")]


def test_a_speech_act_to_come_is_what_a_tail_attribution_reports():
    q = quotes_of("WASHINGTON -- Mayor Ada Kim will announce on Tuesday that she is raising the wage to $10.10 per "
                  "hour, an administration official told the Herald.")
    assert triples(q) == [("indirect", "an administration official",
                           "Mayor Ada Kim will announce on Tuesday that she is raising the wage to $10.10 per hour")]


def test_a_person_before_a_participle_aside_of_several_commas_speaks():
    q = quotes_of("Kim, speaking before the Order of Wardens, the largest wardens\u2019 union in the state, in Dorran "
                  "this morning, announced to applause that the mayor will roll back limits on the program.")
    assert triples(q) == [("indirect", "Kim", "the mayor will roll back limits on the program")]


def test_a_party_appositive_is_no_person():
    q = quotes_of("Senator Bo Tran, Democrat of New York, who twice recommended Ms. Kim to the White House, called "
                  "for her \u201cswift confirmation.\u201d")
    assert triples(q) == [("partial", "Bo Tran", "swift confirmation.")]


def test_grand_jurors_are_listeners():
    q = quotes_of("Varga told grand jurors he was thinking about his car.")
    assert triples(q) == [("indirect", "Varga", "he was thinking about his car")]


def test_a_two_word_quote_cut_from_its_opening_mark():
    q = quotes_of("The meeting was off again.\n\nNot nice,\u201d Mr. Varga tweeted Tuesday.")
    assert triples(q) == [("direct", "Varga", "Not nice,")]


def test_a_plural_possessive_before_attorneys():
    q = quotes_of("The family went back to prison.\n\nThey have litigated this matter for five years and followed "
                  "every order,\" the Vargas' attorneys said.")
    assert triples(q) == [("direct", "the Vargas' attorneys",
                           "They have litigated this matter for five years and followed every order,")]


def test_a_participle_after_a_relative_aside_on_the_object_is_the_subjects():
    q = quotes_of("Vale also derided former network chief Bo Tran, who advises Kim, saying the scandal-plagued "
                  "executive would hurt Kim's chances.")
    assert triples(q) == [("indirect", "Vale", "the scandal-plagued executive would hurt Kim's chances")]


def test_it_is_never_a_person():
    q = quotes_of("Mr. Kim said the ruling was a reminder of the refusal to consider Judge Lee, the president\u2019s "
                  "nominee.\n\nThe program, it said, also exceeded Mr. Kim\u2019s authority.")
    assert ("the president" not in {s for _, s, _ in triples(q)})
    q = quotes_of("((Bo Tran)) Well it tells us that planets can form far out.")
    assert triples(q) == []


def test_it_after_a_body_named_by_a_singular_noun():
    q = quotes_of("The ministry issued a report on Monday. It said the program was over.")
    assert triples(q) == [("indirect", "the ministry", "the program was over")]


def test_no_report_from_nouns_that_look_like_cues():
    assert triples(quotes_of("The panel of Dorran lawyers who advise the governor on policy and operational "
                             "issues met on Monday.")) == []
    assert triples(quotes_of("The party seeks access only in non-swing states where a major party is expected "
                             "to win.")) == []


def test_a_party_and_state_marker_closing_a_sentence_is_no_report():
    q = quotes_of("\u201cHe comes over here with a phony plan,\u201d Vale said, referring to Tran, D-N.Y. Then he left.")
    assert triples(q) == [("direct", "Vale", "He comes over here with a phony plan,")]
    q = quotes_of("Committee Chairman Bo Tran, D-N.Y., announced Tuesday that he supports an inquiry.")
    assert triples(q) == [("indirect", "Bo Tran", "he supports an inquiry")]


def test_headline_attributions_after_the_words():
    q = quotes_of("Vale backs off port 'apartheid' remarks amid firestorm on Hill\n\nVale spoke on Monday.")
    assert triples(q) == []
    q = quotes_of("Port meeting was 'amazing event' says Dorran media\n\nThe port opened on Monday.")
    assert triples(q) == [("partial", "Dorran media", "amazing event")]
    q = quotes_of("Ada Kim launches 'real news' show to praise the mayor\n\nThe show opened on Monday.")
    assert triples(q) == []
    q = quotes_of("'Great job,' Varga tells KBC News\n\nVarga spoke on Monday.")
    assert triples(q) == [("direct", "Varga", "Great job,")]


def test_a_linked_headline_glued_to_a_sentence_reports_nothing_of_its_own():
    q = quotes_of("SEE ALSO: Kim reveals his obliviousness at Monticello Even as he advanced the bill, Mr. Tran "
                  "washed his hands of the blame.")
    assert triples(q) == []
    q = quotes_of("SEE ALSO: Kim suggests a deal could come \u201cWe are going to stop it now,\u201d Mr. Vale said.")
    assert [(k, s) for k, s, _ in triples(q)] == [("direct", "Vale")] or \
        [s for _, s, _ in triples(q)] == ["Vale"]


def test_which_stands_for_a_document_not_a_person():
    q = quotes_of("The council later released the letter that the mayor wrote directly to Varga, which said his "
                  "termination was \u201ceffective immediately\u201d and cited two reports.")
    assert {s for _, s, _ in triples(q)} == {"the letter"}


def test_a_headline_adverb_or_with_ends_a_name():
    reg = Registry("Varga Now Denies Tran Ever Discussed Marla Quist With Kim\n\nI have never said that.")
    assert [p.name for p in reg.people] == ["Marla Quist"]


def test_a_read_more_link_is_no_clause():
    q = quotes_of("Port report: Kim won't commit to sharing full findings, Democrat says Read more\n"
                  "The port opened on Monday.")
    assert all(t != "Read more" for _, _, t in triples(q))


def test_a_headline_quote_before_a_colon_and_its_speaker():
    q = quotes_of("'Dead on arrival': Mayor Ada Kim rejects port plan\n\nKim spoke on Monday.")
    assert triples(q) == [("partial", "Ada Kim", "Dead on arrival")]
    q = quotes_of("'Closed': the port shuts early\n\nThe port shut on Monday.")
    assert triples(q) == []


def test_in_someones_words_names_the_speaker():
    q = quotes_of("The fracas was a perfect illustration of how, in Varga\u2019s words, \u201creporting the news has "
                  "never been more dangerous\u201d.")
    assert triples(q) == [("partial", "Varga", "reporting the news has never been more dangerous")]
    q = quotes_of("In the words of Ada Kim, \u201creporting the news has never been more dangerous\u201d.")
    assert [s for _, s, _ in triples(q)] == ["Ada Kim"]


def test_began_attributes_a_quote():
    q = quotes_of("\u201cAs you may have heard, last night the mayor went after me,\u201d Varga began.")
    assert triples(q) == [("direct", "Varga", "As you may have heard, last night the mayor went after me,")]


def test_a_programme_name_with_its_stop_inside_the_marks_is_no_quote():
    q = quotes_of("Kim was a moderate before becoming the candidate she is today, Varga said Monday on "
                  "\"Dorran Tonight Live.\"")
    assert all(k != "partial" for k, _, _ in triples(q))


def test_a_subject_with_a_verb_of_its_own_is_no_adjective_opening():
    q = quotes_of("Varga invited scrutiny of the funding and urged voters to back him.")
    assert triples(q) == [("indirect", "Varga", "voters to back him")]


def test_an_opening_participle_phrase_whose_comma_stands_inside_the_marks():
    q = quotes_of("DORRAN, Ohio \u2014 Blasting Mayor Ada Kim for running a campaign of \u201chate,\u201d Varga "
                  "delivered a blistering critique of the race.")
    assert triples(q) == [("partial", "Varga", "hate,")]


def test_a_parenthetical_attribution_before_a_subject_whose_verb_is_quoted():
    q = quotes_of("With the second suspect dead, Police Commissioner Bo Tran said, citizens \u201ccan be confident "
                  "that the threat has been removed.\u201d")
    assert triples(q) == [("partial", "Bo Tran", "can be confident that the threat has been removed.")]


def test_a_paper_that_quotes_someone_as_saying():
    q = quotes_of('"Now is the moment," The Herald quoted Varga, the former strategist, as saying on Monday.')
    assert triples(q) == [("direct", "Varga", "Now is the moment,")]


# ------------------------------------------------------------ stop 20: from ZA-ZC's misses


def test_a_number_with_a_comma_does_not_end_a_reported_clause():
    q = quotes_of("Ada Varga, who wrote that her father never made more than $6,000 a year as a clerk, "
                  "graduated from Tulane in 1964.")
    assert triples(q) == [("indirect", "Ada Varga", "her father never made more than $6,000 a year as a clerk")]
    q = quotes_of("The institute reported the magnitude was 5.5; the survey reported 5.8.")
    assert [t for _, _, t in triples(q)] == ["the magnitude was 5.5", "5.8"]


def test_a_statement_to_come_is_attributed_after_its_quote():
    q = quotes_of("\u201cI have witnessed it,\u201d Ada Varga plans to tell the committee on Tuesday.")
    assert triples(q) == [("direct", "Ada Varga", "I have witnessed it,")]
    assert q.cue.iloc[0] == "plans to tell the committee"
    q = quotes_of("\u201cWe will not back down,\u201d Bo Tran is expected to say.")
    assert triples(q) == [("direct", "Bo Tran", "We will not back down,")]
    # a new sentence the segmenter did not split is not the quote's attribution
    q = quotes_of("Bo Tran said, \"From now on, nothing is incurable[.]\" He went on to say more was needed.")
    assert one(q, "From now on").cue == "said"


def test_a_quote_whose_closing_mark_was_left_out_ends_at_the_next_opening():
    q = quotes_of("The campaign shot back, accusing Kim of \u201cempty promises and sketchy math \u201cKim has "
                  "spent the last month hiding his positions,\u201d campaign spokesman Bo Tran said in a statement.")
    assert triples(q) == [("partial", "the campaign", "empty promises and sketchy math"),
                          ("direct", "Bo Tran", "Kim has spent the last month hiding his positions,")]
    q = quotes_of("Bo Tran: \u201cWith three weeks to go, Kim is in a commanding position\u2026 "
                  "\u201cA striking development has been the polling in reliably red states.")
    assert [(k, t[:12]) for k, _, t in triples(q)] == [("direct", "With three w"), ("direct", "A striking d")]


def test_a_quote_run_on_into_a_paragraph_without_its_opening_mark():
    q = quotes_of("Ada Varga spoke on Monday. \u201cBo Tran can redeem himself in history.\n\n"
                  "I think he has to have a direct confrontation,\u201d Ms. Varga told the Herald.")
    assert triples(q) == [("direct", "Ada Varga", "Bo Tran can redeem himself in history."),
                          ("direct", "Ada Varga", "I think he has to have a direct confrontation,")]


def test_one_closing_mark_at_the_paragraph_end_closes_an_outer_and_an_inner_quote():
    q = quotes_of("Bo Tran, on the deal: \u201cBy winning Wednesday, Kim showed he can work with Congress.\n\n"
                  "\u201cThe party celebrated the passage of the rewrite, with Kim calling it a \u201cgift for "
                  "working families.\u201d")
    assert [t for _, _, t in triples(q)][1].endswith("calling it a \u201cgift for working families.")


def test_headline_conventions_with_a_colon_after_the_attribution_and_in_title_case():
    q = quotes_of("'Great job,' says Varga: Kim back in good graces for now\n\n"
                  "By the time Varga spoke, Kim had been praised by Varga.")
    assert triples(q)[0] == ("direct", "Varga", "Great job,")
    q = quotes_of("Bo Tran Tells Crowd Divisive Kim Is 'Trojan Horse'\n\nTran also stated that people make mistakes.")
    assert triples(q)[0] == ("partial", "Bo Tran", "Trojan Horse")


def test_the_pronoun_after_who_is_not_the_person_who_stands_for():
    q = quotes_of("Varga has been a vocal critic of Kim, who she says is a \u201cliar.\u201d")
    assert triples(q) == [("partial", "Varga", "liar.")]


def test_a_compass_word_and_a_place_is_a_country_not_a_person():
    q = quotes_of("Kim entered office declaring his commitment to solving the North Korea problem, asserting "
                  "that he would succeed where others had failed.")
    assert triples(q) == [("indirect", "Kim", "he would succeed where others had failed")]


def test_a_month_that_is_a_given_name_after_a_role_word():
    q = quotes_of("\u201cThe dispute is over!\u201d said journalist April Varga of the Dorran Radio Network.")
    assert triples(q) == [("direct", "April Varga", "The dispute is over!")]


def test_the_one_asked_is_no_part_of_the_question_reported():
    q = quotes_of("Bo Tran asked Varga if she still expected an apology from Kim.")
    assert triples(q) == [("indirect", "Bo Tran", "if she still expected an apology from Kim")]
    assert q.cue.iloc[0] == "asked Varga"


def test_a_pull_quote_signed_by_a_role_after_a_topic_label():
    q = quotes_of("On Kim: \u201cMr. Tran severed ties with Mr. Kim more than a decade ago.\u201d \u2014 Acme "
                  "spokesperson to the Herald, July 2019")
    assert triples(q) == [("direct", "Acme spokesperson", "Mr. Tran severed ties with Mr. Kim more than a decade ago.")]


def test_an_outlet_reports_a_sentence_that_holds_a_report_of_its_own():
    q = quotes_of("Bo Tran told the media that the hostages were being moved toward the border, the Herald reported.")
    assert triples(q) == [
        ("indirect", "the Herald", "Bo Tran told the media that the hostages were being moved toward the border"),
        ("indirect", "Bo Tran", "the hostages were being moved toward the border")]
    # a quote before the attribution keeps it: no report of the sentence before the quote
    q = quotes_of("Kim said the rally was over. \u201cIt was a bad joke,\u201d the former agency leader said.")
    assert [s for k, s, _ in triples(q) if k == "indirect"] == ["Kim"]


def test_faulted_for_a_gerund_reports_the_charge():
    q = quotes_of("Ada Varga also faulted Mr. Kim for not filling around 7,500 vacancies at the agency.")
    assert triples(q) == [("indirect", "Ada Varga", "Mr. Kim for not filling around 7,500 vacancies at the agency")]
    q = quotes_of("Bo Tran went on to scold the media for using unnamed sources.")
    assert triples(q) == [("indirect", "Bo Tran", "the media for using unnamed sources")]
    # a noun after "for" is no charge reported
    assert triples(quotes_of("Ada Varga blamed Bo Tran for the delay.")) == []


def test_a_contraction_is_no_part_of_a_name():
    q = quotes_of("Tran: I Didn't Call Dorran a Rogue State\n\nHe said the critics were wrong about the treaty.")
    assert all("Didn" not in s for _, s, _ in triples(q))


def test_a_quoted_phrase_inside_the_appositive_and_its_passive_agent():
    q = quotes_of("Ada Kim, the former governor of Dorran who has been hammered as \u201clow energy\u201d by Mr. Tran "
                  "for months, said that his rival had finally lost it.")
    assert triples(q) == [("partial", "Tran", "low energy"),
                          ("indirect", "Ada Kim", "his rival had finally lost it")]


def test_an_attribution_between_two_clauses_with_their_own_subjects():
    q = quotes_of("Bo Tran was one of them, Varga says, and he was often at our home.")
    assert triples(q) == [("indirect", "Varga", "Bo Tran was one of them")]


def test_a_second_verb_of_the_reporting_subject_after_and():
    q = quotes_of("Ada Varga said that Kim is weak, and claimed she is attacked for giving answers.")
    assert triples(q) == [("indirect", "Ada Varga", "Kim is weak"),
                          ("indirect", "Ada Varga", "she is attacked for giving answers")]


def test_a_line_break_ends_a_reported_clause():
    q = quotes_of("Ada Varga noted her error \u2014 but then insisted that Kim was correct to oppose the action, "
                  "and suggested she would have opposed the war in Dorran:\nDorran War* my apologies \u2014 Ada "
                  "Varga (@adav) March 5, 2019\n(But honestly we should not have gone")
    assert ("indirect", "Ada Varga", "she would have opposed the war in Dorran") in triples(q)


def test_a_tail_attribution_with_a_participle_phrase_after_it():
    q = quotes_of("The agency has renewed its inquiry into the emails, Director Ada Kim told Congress in a new "
                  "letter Friday, heightening the stakes for the nominee.")
    assert triples(q) == [("indirect", "Ada Kim", "The agency has renewed its inquiry into the emails")]
    q = quotes_of("An official said an agent arrested Varga with $25,000 in her purse, the Herald reported, "
                  "citing federal authorities.")
    assert ("indirect", "an official", "an agent arrested Varga with $25,000 in her purse") in triples(q)
    # not a parenthetical attribution before a clause with a verb of its own
    q = quotes_of("If these findings are accurate, scientists say, containing the virus may require a new approach.")
    assert ("indirect", "scientists", "If these findings are accurate") not in triples(q)


def test_called_on_someone_to_do_something_is_reported():
    q = quotes_of("Ada Kim has called on the government to listen to the calls for reform.")
    assert triples(q) == [("indirect", "Ada Kim", "the government to listen to the calls for reform")]


def test_a_quoted_verb_after_to_inside_a_report_is_the_speakers_word():
    q = quotes_of("A statement from the union said it had decided to \u201creverse\u201d past support for her.")
    assert ("partial", "A statement", "reverse") in triples(q)
    # with no report in the sentence it stays a scare quote
    assert triples(quotes_of("The group plans to \u201cstorm\u201d the base on Friday.")) == []


def test_a_past_verb_after_a_modal_clause_is_the_reporting_subjects():
    q = quotes_of("Ada Kim predicted turnout would be strong and laced into Mr. Tran for comments he has made.")
    assert triples(q) == [("indirect", "Ada Kim", "turnout would be strong")]
    q = quotes_of("Ada Kim said the plant would be closed and demolished by June.")
    assert triples(q) == [("indirect", "Ada Kim", "the plant would be closed and demolished by June")]


def test_a_participle_with_its_own_object_leaves_the_quote_to_according_to():
    q = quotes_of("The employees with whom Kim met were fired after publicly revealing their status, and are now "
                  "\u201cliving under constant fear of deportation,\u201d according to a press release from Kim\u2019s office.")
    assert ("partial", "Kim\u2019s office", "living under constant fear of deportation,") in triples(q)
    q = quotes_of("At a forum, Bo Tran was criticized, with Ada Varga saying the vote was \u201creckless,\u201d "
                  "according to the Herald.")
    assert ("partial", "Ada Varga", "reckless,") in triples(q)


def test_a_programme_title_and_its_noun_before_that():
    q = quotes_of("Ada Kim also mocked Tran, telling NBC\u2019s \u201cToday\u201d show that the former director "
                  "had used a go-between to share his memos.")
    assert triples(q) == [("indirect", "Ada Kim", "the former director had used a go-between to share his memos")]


def test_a_subject_and_a_quoted_predicate_left_open():
    q = quotes_of('Ada Kim said that Tran "did not condemn the raid nor urge people to stop.')
    assert ("indirect", "Ada Kim", 'Tran "did not condemn the raid nor urge people to stop') in triples(q)


def test_a_possessive_statement_and_a_colon_name_the_speaker():
    q = quotes_of("Here is Varga\u2019s full statement: \u201cI\u2019m encouraged by reports of an agreement "
                  "between the business groups and the unions.")
    assert triples(q) == [("direct", "Varga", "I\u2019m encouraged by reports of an agreement between the "
                                              "business groups and the unions.")]


def test_state_before_a_role_is_no_speech_verb():
    q = quotes_of("\u201cWe believe the administration has violated the law,\u201d state Attorney General Ada Varga "
                  "told reporters in Dorran.")
    assert triples(q) == [("direct", "Ada Varga", "We believe the administration has violated the law,")]
    assert q.cue.iloc[0] == "told reporters"


def test_called_for_by_is_a_passive_participle():
    assert triples(quotes_of("The hiring surges called for by Kim and Secretary Ada Varga could ease the backlog.")) == []


def test_a_programme_name_before_its_host_is_no_quote():
    q = quotes_of("\u201cApparently Mr. Kim thought the question was unfair,\u201d \u201cThe Dorran File\u201d host "
                  "told viewers Monday.")
    assert [t for _, _, t in triples(q)] == ["Apparently Mr. Kim thought the question was unfair,"]
    q = quotes_of("Varga said in an interview with NPR\u2019s \u201cFresh Air\u201d in May that she \u201cwould not "
                  "change a word\u201d of it.")
    assert ("indirect", "Varga", "she \u201cwould not change a word\u201d of it") in triples(q)


def test_a_subject_then_according_to_then_its_predicate():
    q = quotes_of("A warrant, according to the Herald, alleged that Tran did not tell anyone for a month.")
    assert triples(q) == [("indirect", "the Herald",
                           "A warrant, according to the Herald, alleged that Tran did not tell anyone for a month")]


def test_he_after_and_goes_on_with_the_sentences_descriptor_subject():
    q = quotes_of("The president gave an interview this morning to Fox\u2019s Bo Tran and he said that the "
                  "secretary needs to be much tougher on the border.")
    assert [s for _, s, _ in triples(q)] == ["the president"]


def test_continues_to_is_no_speech_verb():
    q = quotes_of("Talks on another \u201cgrand coalition\u201d government are unlikely to start until next year as "
                  "the party continues to weigh up the risks.")
    assert triples(q) == []


def test_a_time_clause_with_another_speech_act_is_not_reported():
    q = quotes_of("Chief Ada Kim added to that anger at a news conference when he said that the video did not "
                  "give him evidence.")
    assert triples(q) == [("indirect", "Ada Kim", "the video did not give him evidence")]
    q = quotes_of("Bo Tran agreed when asked whether he shared the sentiment, and he said he would like to "
                  "strengthen the board.")
    assert triples(q) == [("indirect", "Bo Tran", "he would like to strengthen the board")]


def test_a_role_of_a_body_is_held_by_the_person_named_first():
    q = quotes_of("Bo Tran, founder of the Motorcade, a protest group, said the balloons will be tethered.")
    assert triples(q) == [("indirect", "Bo Tran", "the balloons will be tethered")]
    q = quotes_of("Ada Kim spoke first. But Tran, another ally of Kim and general secretary of Unite, the biggest "
                  "union donor, said Varga was acting like a fool.")
    assert [s for _, s, _ in triples(q)] == ["Tran"]


def test_a_statement_issued_in_the_present_tense_is_the_issuers():
    q = quotes_of('President Ada Kim issues a statement saying that the "heinous" actions of the government are '
                  'the result of "weakness."')
    assert {s for _, s, _ in triples(q)} == {"Ada Kim"}


def test_that_before_a_plural_subject_is_a_conjunction():
    q = quotes_of("The pivot has been so dramatic that critics have charged that he has been \u201ccompromised\u201d.")
    assert [s for _, s, _ in triples(q)] == ["critics"]


def test_a_source_close_to_someone_is_the_source():
    q = quotes_of("A source close to the Varga family said the talks had stalled.")
    assert triples(q) == [("indirect", "A source close to the Varga family", "the talks had stalled")]
    q = quotes_of("\u201cIt is over,\u201d a person familiar with the talks told the Herald.")
    assert triples(q) == [("direct", "a person familiar with the talks", "It is over,")]
    q = quotes_of("The person in touch with Kim\u2019s family says the two men knew each other.")
    assert [s for _, s, _ in triples(q)] == ["the person in touch with Kim\u2019s family"]


def test_reports_from_witnesses_who_say_are_the_witnesses():
    q = quotes_of("The statement does not address reports from witnesses who say the officer fired anyway.")
    assert triples(q) == [("indirect", "witnesses", "the officer fired anyway")]


def test_a_cue_noun_before_a_comma_is_no_cue_for_a_quote_after_it():
    q = quotes_of("Ada Kim noted that if she could have cleared the mayor of any obstruction of justice claim, "
                  "she \u201cwould have said so.\u201d")
    assert ("partial", "Ada Kim", "would have said so.") in triples(q)


def test_a_share_of_people_is_the_subject():
    q = quotes_of("Seventy-two percent gave Kim the win, while 20 percent said Tran did the better job.")
    assert triples(q) == [("indirect", "20 percent", "Tran did the better job")]
    q = quotes_of("In interviews, the firm found that 43 percent of voters said the convention made them more "
                  "likely to vote for Kim.")
    assert triples(q) == [("indirect", "43 percent of voters", "the convention made them more likely to vote for Kim")]
    # the cue of a relative clause on a later noun is not a fragment's before it
    q = quotes_of("Most voters picked the speech as the \u201cdefining moment\u201d of the week, far more than the "
                  "28 percent who said the snub defined it.")
    assert all(k != "partial" for k, _, _ in triples(q))


def test_a_link_label_is_no_speaker():
    q = quotes_of("READ MORE:\n\"If reports are accurate that the minister met the ambassador, he must recuse "
                  "himself,'' Tran said.")
    assert all(s != "READ MORE" for _, s, _ in triples(q))


def test_a_listener_with_of_before_that_is_part_of_the_cue():
    q = quotes_of("Ada Kim told the tens of thousands of supporters that change was coming.")
    assert triples(q) == [("indirect", "Ada Kim", "change was coming")]
    assert q.cue.iloc[0] == "told the tens of thousands of supporters"


def test_a_legislator_of_a_state_is_the_legislator():
    q = quotes_of("\u201cIt will have votes on both sides,\u201d Varga of Maryland told reporters.")
    assert triples(q) == [("direct", "Varga", "It will have votes on both sides,")]
    q = quotes_of("Senator Ada Kim, Democrat of New York, who backed the nominee, called for her \u201cswift "
                  "confirmation.\u201d")
    assert [s for _, s, _ in triples(q)] == ["Ada Kim"]


def test_a_quoted_noun_phrase_opening_a_reported_clause():
    q = quotes_of("Mr. Tran said \u201cthe vast majority\u201d of employees at the agency are dedicated and patriotic.")
    assert ("indirect", "Tran", "\u201cthe vast majority\u201d of employees at the agency are dedicated and patriotic") \
        in triples(q)
    # a whole utterance in marks is no such clause
    assert [k for k, _, _ in triples(quotes_of("Mr. Tran said \u201cthe plan is dead,\u201d and left."))] == ["partial"]


def test_an_outlets_affiliate_and_its_name_belong_to_the_listener():
    q = quotes_of("Ada Kim, Bo\u2019s mother, told ABC News affiliate KBMT-TV that her daughter was in Florida.")
    assert triples(q) == [("indirect", "Ada Kim", "her daughter was in Florida")]


def test_a_longer_title_after_a_possessive_with_a_note_in_brackets_is_no_quote():
    q = quotes_of("After reading Ada Kim\u2019s \u201cTran Supporters Have Some Questions for Varga\u201d (op-ed, "
                  "April 10), I\u2019m left with a question for Ms. Kim: If Bo Tran\u2019s conduct was so benign and "
                  "innocent, why didn\u2019t his campaign just disclose everything in March 2015?")
    assert triples(q) == []


def test_an_adjective_phrase_opening_the_sentence_is_no_subject():
    q = quotes_of("Unable to mount an argument, Tran instead descends to insults, calling Kim an "
                  "\u201canti-Semitic Catholic.\u201d")
    assert triples(q) == [("partial", "Tran", "anti-Semitic Catholic.")]


def test_a_role_between_commas_before_the_name_is_part_of_the_attribution():
    q = quotes_of("She was with Bo Tran, her brother, when she vanished, the department\u2019s captain, Ada Kim, said.")
    assert triples(q) == [("indirect", "Ada Kim", "She was with Bo Tran, her brother, when she vanished")]


def test_a_participle_used_as_an_adjective_is_no_cue_for_a_later_fragment():
    q = quotes_of("Varga said he believed recently announced changes to the system would \u201cimprove the "
                  "process\u201d and help.")
    assert q[q.kind == "partial"].cue.tolist() == ["said"]  # not "announced"
    q = quotes_of("The former governor has reportedly promised supporters a \u201cdifferent\u201d campaign.")
    assert triples(q) == [("partial", "the former governor", "different")]


def test_two_words_of_one_naming_share_their_speaker():
    q = quotes_of("Bo Tran called Ada Kim a \u201cracist\u201d and \u201cfascist\u201d during two conversations, "
                  "according to people with knowledge of the exchanges.")
    assert [(k, s) for k, s, t in triples(q) if k == "partial"] == [("partial", "Bo Tran"), ("partial", "Bo Tran")]


def test_a_person_of_an_institution_with_a_comma_in_its_name():
    q = quotes_of("Professor Bo Tran of Queen Mary, University of Dorran, who conducted the research, said the "
                  "mayor would be disappointed.")
    assert triples(q) == [("indirect", "Bo Tran", "the mayor would be disappointed")]


def test_a_past_verb_after_a_clause_in_the_present_is_the_reporting_subjects():
    q = quotes_of("Varga claimed that the act is estimated to put an extra $2,617 in the average family\u2019s "
                  "pocket and used an anecdote from local politics to illustrate Kim.")
    assert triples(q) == [("indirect", "Varga",
                           "the act is estimated to put an extra $2,617 in the average family\u2019s pocket")]


# ------------------------------------------------- stop 22: rules from read sets ZH-ZJ (invented texts)


@pytest.mark.parametrize("text, speaker, cue", [
    ("At the rally, the crowd chanted, \u201cLock him up!\u201d", "the crowd", "chanted"),
    ("The audience roared, \u201cFour more years!\u201d", "the audience", "roared"),
    ("An investor was a little cautious, asking Venn, \u201cWhat are you hearing from other people?\u201d",
     "an investor", "asking"),
])
def test_crowds_audiences_and_investors_speak(text, speaker, cue):
    q = quotes_of(text)
    assert [(r.kind, r.speaker, r.cue) for r in q.itertuples()] == [("direct", speaker, cue)]


def test_a_crowd_is_never_he_or_she():
    q = quotes_of("The mayor, Ana Holt, spoke to a crowd in the square. \u201cWe will rebuild,\u201d she said.")
    assert triples(q) == [("direct", "Ana Holt", "We will rebuild,")]


def test_a_participle_after_a_subject_with_a_restrictive_relative_is_the_subjects():
    q = quotes_of("The lawyer who represented Amir Dunn is taking legal action, saying they were not informed.")
    assert triples(q) == [("indirect", "the lawyer", "they were not informed")]


def test_a_partial_inside_a_report_shares_the_reports_speaker():
    q = quotes_of("Fair Votes, the group that backed Kim\u2019s bid last year, has filled its feed with praise for "
                  "the two members, while its director Mara Quill is doing the same \u2013 while accusing the "
                  "council of being \u201cafraid\u201d of the voters.")
    assert {(r.kind, r.speaker) for r in q.itertuples()} == {("indirect", "Mara Quill"), ("partial", "Mara Quill")}
    # a nested report keeps its own speaker
    q = quotes_of("Ana Holt said Bo Reddle called the plan \u201ca disaster\u201d on Monday.")
    assert one(q[q.kind == "partial"], "a disaster").speaker == "Bo Reddle"


def test_a_name_renamed_by_a_possessive_descriptor_before_who_speaks():
    q = quotes_of("Carla Venn, Venn\u2019s daughter, who presented Holt with the award, said, \u201cToday this "
                  "award matters more than ever.\u201d")
    assert triples(q) == [("direct", "Carla Venn", "Today this award matters more than ever.")]


def test_beyond_saying_reports_the_clause():
    q = quotes_of("Holt has yet to comment, beyond saying he would \u201clook into\u201d the reports of the meeting.")
    assert ("indirect", "Holt", "he would \u201clook into\u201d the reports of the meeting") in triples(q)


def test_as_x_put_it_to_a_listener_takes_the_quotes_after_it():
    q = quotes_of("As Holt put it to Dunn, the judge had been asked \u201cextensively about the theft\u201d "
                  "and \u201ctestified that he had never seen it.\u201d")
    assert [(r.kind, r.speaker, r.cue) for r in q.itertuples()] == [("partial", "Holt", "put it")] * 2


def test_a_report_in_an_opening_time_clause_ends_at_the_main_clause():
    q = quotes_of("Days after Holt told reporters he makes \u201cno apologies\u201d about the surveillance, "
                  "the mayor summoned his staff.")
    assert one(q[q.kind == "indirect"], "apologies").text == \
        "he makes \u201cno apologies\u201d about the surveillance"


def test_a_report_in_a_participle_aside_ends_at_the_subjects_verb():
    q = quotes_of("Reddle, in asking his supporters to vote for Kim, assured the crowd that Kim is "
                  "\u201ca vote for me.\u201d")
    assert ("indirect", "Reddle", "his supporters to vote for Kim") in triples(q)
    assert ("indirect", "Reddle", "Kim is \u201ca vote for me.\u201d") in triples(q)


def test_a_second_verb_after_often_and_an_aside_keeps_the_subject():
    q = quotes_of("Mr. Holt has made clean water a theme of his speeches, including his second address, and has "
                  "often stated that residents ought to have clean water.")
    assert triples(q) == [("indirect", "Holt", "residents ought to have clean water")]


def test_a_pronoun_after_a_lone_surname_opening_its_sentence():
    q = quotes_of("Photo by Sean Rayford. Although Holt ran alone, he often said his rivals were \u201ca circus.\u201d")
    assert {r.speaker for r in q.itertuples()} == {"Holt"}


def test_a_label_and_time_stamp_opening_the_sentence_are_no_subject():
    q = quotes_of("UPDATE: 3/15 9:15 a.m. -- Holt has penned a column for the Clarion explaining his reversal: "
                  "\u201cI have come to believe that the council was wrong,\u201d he writes.")
    assert triples(q) == [("direct", "Holt", "I have come to believe that the council was wrong,")]


def test_and_even_before_the_subject():
    q = quotes_of("And even an investor who came through last week was also a little cautious, asking Venn, "
                  "\u201cwhat are you hearing from other people?\u201d")
    assert [r.speaker for r in q.itertuples()] == ["an investor"]


@pytest.mark.parametrize("text, speaker", [
    ("The mayor offered a blunt assessment: \u201cWe are out of money.\u201d", "the mayor"),
    ("To prove how personal she thinks it is, the Wisconsin senator provided her own story: \u201cFor me, "
     "I was a child who had a very serious illness.\u201d", "the Wisconsin senator"),
])
def test_a_person_named_by_a_role_before_a_colon_speaks_the_quote_after_it(text, speaker):
    q = quotes_of(text)
    assert [(r.kind, r.speaker) for r in q.itertuples()] == [("direct", speaker)]


def test_a_thing_before_a_colon_speaks_no_quote():
    assert quotes_of("The sign on the door: \u201cClosed until further notice.\u201d").empty
    assert quotes_of("The rules are clear: \u201cNo dogs on the beach.\u201d").empty


def test_a_source_after_a_dash_before_the_colon_speaks():
    q = quotes_of("Seems like they have been ready for a while now - WaPo: \u201cFormer officer Ana Holt is hosting "
                  "a fundraiser this month.\u201d")
    assert [(r.kind, r.speaker) for r in q.itertuples()] == [("direct", "WaPo")]


def test_the_who_in_capitals_is_the_organisation_not_a_relative_pronoun():
    q = quotes_of("\u201cWe are uncertain,\u201d WHO said. WHO said the virus may spread before symptoms show.")
    assert [(r.kind, r.speaker) for r in q.itertuples()] == [("direct", "WHO"), ("indirect", "WHO")]


def test_a_subject_described_by_a_participle_speaks():
    q = quotes_of("State legislators supporting the law argued it was to prevent voter fraud.")
    assert triples(q) == [("indirect", "state legislators supporting the law", "it was to prevent voter fraud")]


@pytest.mark.parametrize("opening", ["The judge's statement reads", "Part of the judge's statement reads"])
def test_the_statement_of_a_role_the_article_names_is_that_persons(opening):
    q = quotes_of(f"Judge Gray Mellor ruled on Friday. {opening} \u201cthe average recruit could be better "
                  "suited for some roles.\u201d")
    assert [r.speaker for r in q.itertuples()] == ["Gray Mellor"]


def test_a_statement_issued_at_a_place_with_its_state_is_the_issuers():
    q = quotes_of("Mayor Ana Holt lost. Following the announcement, Holt issued a statement at her office outside "
                  "Dorran, Texas saying, \u201cThe simple fact is this race is far from over.\u201d")
    assert [(r.kind, r.speaker) for r in q.itertuples()] == [("direct", "Ana Holt")]


def test_first_person_words_of_the_person_the_sentence_before_is_about():
    text = ("Actress Dena Crowe appeared at the convention. Underwhelmed with her role, she left the series early. "
            "\u201cThis is not what I wanted to become an actor for. I asked them for fake legs\u201d to place at "
            "the station.\n\nComic artist Jen Osei (Nancy Drew, Jem) told of being forced to rethink her life. "
            "\u201cIn my first stint, I didn't get any work.\u201d\n\nLead actor Paul Lee talked about the series. "
            "During the premiere, \u201cI felt like Cinderella at the ball.\u201d")
    q = quotes_of(text)
    assert {(r.speaker, r.text[:12]) for r in q.itertuples()} >= {
        ("Dena Crowe", "This is not "), ("Jen Osei", "In my first "), ("Paul Lee", "I felt like ")}


@pytest.mark.parametrize("text", [
    '"We were poor," said financier Toby Varga.',
    '"We were poor," said Northvale developer Toby Varga.',
    '"We were poor," developer Toby Varga said.',
    '"We were poor," said funnyman Toby Varga, a local host, in a voicemail.',
])
def test_a_role_word_the_lexicon_does_not_list_before_a_full_name(text):
    # the name is the speaker and the words before it the role; the quote stands whole
    q = quotes_of(text)
    assert triples(q) == [("direct", "Toby Varga", "We were poor,")]
    if "host" not in text:
        assert q.speaker_role.iloc[0] in {"financier", "Northvale developer", "developer"}


@pytest.mark.parametrize("subject, cue, speaker", [
    ("the magazine", "reports", "the magazine"), ("the newspaper", "reports", "the newspaper"),
    ("the Northvale Ledger", "reports", "Northvale Ledger"), ("the agency", "notes", "the agency")])
def test_a_cue_that_is_also_a_noun_ends_the_sentence_after_a_quote(subject, cue, speaker):
    # '"...," the magazine reports.': nothing follows the word, so it is the verb ("news reports")
    q = quotes_of(f'"The fund is empty," {subject} {cue}.')
    assert [(r.kind, r.speaker, r.cue) for r in q.itertuples()] == [("direct", speaker, cue)]


@pytest.mark.parametrize("text, speaker, cue", [
    ("The clinic says its patients are counselled before the test.", "the clinic", "says"),
    ("In a statement, the bakery said the loaves were baked that morning.", "the bakery", "said"),
    ("A Northvale plumber told the paper the pipes had burst twice.", "A Northvale plumber", "told the paper"),
])
def test_a_descriptor_the_lexicon_does_not_know_reports(text, speaker, cue):
    q = quotes_of(text)
    assert [(r.kind, r.speaker, r.cue) for r in q.itertuples()] == [("indirect", speaker, cue)]


@pytest.mark.parametrize("text", [
    "The milestone came as states began to relax the rules.",  # a verb in the phrase: no subject
    "Meanwhile, the total reported casualties increased to 167.",  # a past form after a noun
    "Before the flood, the crisis claimed 1,500 lives in the valley.",
])
def test_no_descriptor_subject_is_read_across_a_verb_or_a_participle(text):
    assert quotes_of(text).empty


@pytest.mark.parametrize("listener", ["three committees", "three congressional committees",
                                      "12 senators"])
def test_a_counted_listener_is_not_part_of_the_report(listener):
    q = quotes_of(f"Ada Varga told {listener} in a written statement that the fund was empty.")
    assert [(r.speaker, r.text, r.cue) for r in q.itertuples()] == [
        ("Ada Varga", "the fund was empty", f"told {listener}")]


@pytest.mark.parametrize("text, clause", [
    ("Ada Varga said Friday he's picking his close ally Tom Reyes for the seat.",
     "he's picking his close ally Tom Reyes for the seat"),
    ("Ada Varga told the board she'll deliver the votes.", "she'll deliver the votes"),
    ("Ada Varga said a request from the mayor prompted her vote.", "a request from the mayor prompted her vote"),
    ("The firm denied any suggestion that Varga was denied access.", "Varga was denied access"),
])
def test_reported_clauses_with_contractions_phrases_and_denied_suggestions(text, clause):
    q = quotes_of(text)
    assert [(r.kind, r.text) for r in q.itertuples()] == [("indirect", clause)]


@pytest.mark.parametrize("tail", ["said Monday on Fox News.", "wrote in The Atlantic.",
                                  "said on Fox News, citing the audit."])
def test_a_tail_attribution_may_name_its_medium(tail):
    q = quotes_of(f"The levy was a mistake, Okafor {tail}")
    assert [(r.kind, r.speaker, r.text) for r in q.itertuples()] == [("indirect", "Okafor", "The levy was a mistake")]


def test_an_unlisted_descriptor_reports_past_its_relative_clause():
    q = quotes_of("But the operative, who requested anonymity because he was not authorized to speak, "
                  "said Varga may appoint a placeholder.")
    assert [(r.kind, r.speaker, r.text) for r in q.itertuples()] == [
        ("indirect", "the operative", "Varga may appoint a placeholder")]


def test_an_adverb_does_not_end_an_unlisted_descriptor():
    # "the trademark law just says": no speaker "the trademark law just"
    assert all("just" not in s for s in quotes_of("And the trademark law just says you can register a name.").speaker)


@pytest.mark.parametrize("text, speaker", [
    ("Ada Varga had issued a statement Thursday night that said Tom Reyes had the experience.", "Ada Varga"),
    ("Later Wednesday, the league sent out a statement that said that Varga had called.", "the league"),
    ("On Wednesday, the league issued a statement saying Varga had called.", "the league"),
])
def test_a_statement_that_says_speaks_for_its_issuer(text, speaker):
    q = quotes_of(text)
    assert [(r.kind, r.speaker) for r in q.itertuples()] == [("indirect", speaker)]
    assert q.text.iloc[0].endswith(("had the experience", "had called"))


def test_a_partial_quote_inside_a_report_takes_the_reports_speaker():
    q = quotes_of('The clinic says its patients are "explicitly counselled on the test."')
    assert [(r.kind, r.speaker) for r in q.itertuples()] == [("indirect", "the clinic"), ("partial", "the clinic")]


def test_a_partial_quote_past_a_nested_speech_verb_is_not_the_outer_reports():
    q = quotes_of('The clinic says some bakers in the town called the test "a crude tool for the desperate."')
    assert ("partial", "the clinic") not in [(r.kind, r.speaker) for r in q.itertuples()]


@pytest.mark.parametrize("speaker", ["trustees", "local bakers"])
def test_a_bare_plural_the_lexicon_does_not_list_speaks_after_a_quote(speaker):
    q = quotes_of(f'"The plan is sound," {speaker} wrote in their report.')
    assert triples(q) == [("direct", speaker, "The plan is sound,")]


def test_an_adverb_in_s_is_no_bare_plural_speaker():
    q = quotes_of('"The plan is sound," sometimes said Ada Varga.')
    assert "sometimes" not in " ".join(q.speaker)


@pytest.mark.parametrize("text, speaker", [
    ("An official with knowledge of the investigation, who spoke on condition of anonymity, said "
     "subpoenas had been issued.", "an official with knowledge of the investigation"),
    ("A person with direct knowledge of the talks said the deal was close.",
     "A person with direct knowledge of the talks"),
    ('"The deal is close," said a person with knowledge of the talks.', "a person with knowledge of the talks"),
])
def test_a_source_with_knowledge_of_a_matter_is_the_source_not_the_matter(text, speaker):
    q = quotes_of(text)
    assert [r.speaker for r in q.itertuples()] == [speaker]


@pytest.mark.parametrize("outlet", ["People magazine", "Rolling Stone magazine", "the Ledger newspaper"])
def test_an_outlet_and_its_kind_are_the_listener(outlet):
    q = quotes_of(f"Lena Morrow told {outlet} last week that she had invested in the project.")
    assert [(r.text, r.cue) for r in q.itertuples()] == [("she had invested in the project", f"told {outlet}")]


@pytest.mark.parametrize("body", ["the club", "the company"])
def test_a_body_named_in_a_role_is_not_the_person_holding_it(body):
    head = body.split()[1].capitalize()
    text = (f"{head} president Harriet Osei said the board supports the staff.\n\n"
            f"The contract runs through 2027, according to {body}.")
    q = quotes_of(text)
    assert [r.speaker for r in q.itertuples()] == ["Harriet Osei", body]


def test_the_role_word_itself_still_names_its_holder():
    text = ("Club president Harriet Osei said the board supports the staff.\n\n"
            "The contract runs through 2027, the president said.")
    assert [r.speaker for r in quotes_of(text).itertuples()] == ["Harriet Osei", "Harriet Osei"]


@pytest.mark.parametrize("medium", ["in an interview that aired Sunday", "in an interview that was published Sunday"])
def test_a_relative_clause_on_the_medium_is_not_the_report(medium):
    q = quotes_of(f"Ada Varga said {medium} that the budget was sound.")
    assert [(r.speaker, r.text) for r in q.itertuples()] == [("Ada Varga", "the budget was sound")]


@pytest.mark.parametrize("place", ["aboard the ship", "outside the court"])
def test_a_place_after_the_cue_is_not_the_report(place):
    q = quotes_of(f"Ada Varga told reporters {place} that the budget was sound.")
    assert [(r.speaker, r.text) for r in q.itertuples()] == [("Ada Varga", "the budget was sound")]


def test_a_relative_that_far_past_a_place_is_no_report():
    q = quotes_of("Ada Varga told reporters outside the hall following a private meeting that she and "
                  "Tom Reyes had with the mayor.")
    assert "she and Tom Reyes had with the mayor" not in q.text.tolist()


def test_it_and_a_present_verb_open_a_reported_clause():
    q = quotes_of("The company said it regrets the loss of life.")
    assert triples(q) == [("indirect", "the company", "it regrets the loss of life")]


def test_an_operator_is_not_the_person_just_quoted():
    text = ('"The radar was fine," Hugh Brennan said outside the hearing.\n\n'
            'In a written submission, the operator said it "regrets the loss of life."')
    q = quotes_of(text)
    assert one(q, "regrets the loss").speaker == "the operator"


@pytest.mark.parametrize("appositive", ["a senior fellow at the Harbor Policy Institute", "a fellow at Eastport College"])
def test_an_appositive_role_at_a_named_body_is_kept_when_the_lexicon_lacks_its_noun(appositive):
    q = quotes_of(f'"It keeps the lights on," said Meg Tran, {appositive}.')
    assert [(r.speaker, r.speaker_role) for r in q.itertuples()] == [("Meg Tran", appositive)]


@pytest.mark.parametrize("tag", ["R-Texas", "D-N.Y."])
@pytest.mark.parametrize("aside", ["who voted against the measure", "a member of the committee"])
def test_a_party_tag_before_an_aside_keeps_the_asides_comma(tag, aside):
    q = quotes_of(f"Sen. Dale Harper, {tag}, {aside}, said it spent too much.")
    assert triples(q) == [("indirect", "Dale Harper", "it spent too much")]


def test_a_pronoun_is_not_the_person_named_right_after_its_verb():
    text = ("Senator Ada Varga met Governor Tom Reyes on Monday.\n\n"
            "He later called Varga's plan \"a step backward.\"")
    q = quotes_of(text)
    assert [(r.kind, r.speaker) for r in q.itertuples()] == [("partial", "Tom Reyes")]


def test_a_pronoun_in_an_opening_clause_may_still_be_the_name_after_it():
    text = ("Ada Varga wrote a post on Monday.\n\n"
            "While she apologized in her post, Varga doubled down on Twitter, responding with \"Sure you are.\"")
    q = quotes_of(text)
    assert [r.speaker for r in q.itertuples()] == ["Ada Varga"]


def test_according_to_a_source_then_a_rounded_number():
    q = quotes_of("According to the Lung Foundation, about 6 million Americans live with dementia.")
    assert triples(q) == [("indirect", "the Lung Foundation", "about 6 million Americans live with dementia")]


@pytest.mark.parametrize("text, speaker", [
    ("A common drug may slow memory loss in older adults, a large study published Wednesday suggests.",
     "a large study"),
    ("A large study published Wednesday suggests a common drug may slow memory loss.", "A large study"),
])
def test_a_study_with_its_publication_participle_reports(text, speaker):
    q = quotes_of(text)
    assert [(r.kind, r.speaker) for r in q.itertuples()] == [("indirect", speaker)]


def test_a_group_described_by_a_participle_speaks_as_a_whole():
    q = quotes_of('The group representing Acme workers called the cuts "a betrayal."')
    assert [(r.kind, r.speaker) for r in q.itertuples()] == [("partial", "the group representing Acme workers")]


@pytest.mark.parametrize("text", ["The mayor announced her resignation on Monday in a statement posted online.",
                                  "The senator tweeted his displeasure over the decision published in 2015."])
def test_a_possessive_object_is_no_reported_clause(text):
    assert quotes_of(text).empty


@pytest.mark.parametrize("text, clause", [
    ("The mayor said his plan, announced Monday, was sound.", "his plan, announced Monday, was sound"),
    ("The mayor reiterated her claim that the audit was flawed.", "the audit was flawed"),
])
def test_a_possessive_still_opens_a_clause_or_states_a_claim(text, clause):
    assert [r.text for r in quotes_of(text).itertuples()] == [clause]


@pytest.mark.parametrize("body", ["the House of Commons", "the Council of Europe"])
def test_a_listener_named_with_of_is_one_body(body):
    q = quotes_of(f'"We are turning the corner," Moira Banks told {body}.')
    assert [(r.speaker, r.cue) for r in q.itertuples()] == [("Moira Banks", f"told {body}")]
