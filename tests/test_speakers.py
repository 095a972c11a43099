"""Speaker mentions: tokens, role/name splitting, the article registry of people."""
from __future__ import annotations

import pytest

from analysis.speakers import (Registry, first_name_genders, fold, parse_np, split_role_name,
                               tokenize)


def np_of(text: str):
    return parse_np(text, tokenize(text))


def test_tokenize_keeps_initials_and_titles_with_their_dot():
    toks = tokenize("Gen. Mark A. Milley said U.S. troops left.")
    assert [t.text for t in toks] == ["Gen.", "Mark", "A.", "Milley", "said", "U.S.", "troops",
                                      "left", "."]
    assert all(t.start < t.end for t in toks)
    assert toks[0].low == "gen" and toks[1].is_cap and not toks[4].is_cap


@pytest.mark.parametrize("phrase, name, role, kind", [
    ("Pentagon spokesman John Kirby", "John Kirby", "Pentagon spokesman", "person"),
    ("former NATO Supreme Allied Commander James Stavridis", "James Stavridis",
     "former NATO Supreme Allied Commander", "person"),
    ("Joint Chiefs of Staff Chairman Gen. Mark A. Milley", "Mark A. Milley", None, "person"),
    ("President Hassan Rouhani of Iran", "Hassan Rouhani", None, "person"),
    ("US Special Representative for Iran Brian Hook", "Brian Hook", None, "person"),
    ("Syrian President Bashar al-Assad", "Bashar al-Assad", "Syrian President", "person"),
    ("The Washington Post", "The Washington Post", "", "org"),
    ("a former NATO official", "a former NATO official", None, "descriptor"),
    ("police", "police", None, "descriptor"),
    ("she", "she", "", "pronoun"),
    ("Stavridis", "Stavridis", "", "surname"),
])
def test_split_role_name(phrase, name, role, kind):
    np = split_role_name(phrase, tokenize(phrase))
    assert (np.name, np.kind) == (name, kind)
    if role is not None:
        assert np.role == role


def test_titles_are_stripped_from_names():
    assert np_of("Dr. Ana Ruiz").name == "Ana Ruiz"
    assert np_of("Senator Lindsey Graham").name == "Lindsey Graham"
    assert np_of("Prime Minister Mateusz Morawiecki").name == "Mateusz Morawiecki"


def test_appositive_in_parse_np():
    np = np_of("Nancy Pelosi, the Speaker of the House,")
    assert np.name == "Nancy Pelosi" and "the Speaker of the House" in np.roles
    np = np_of("The Vice President, Mike Pence")
    assert np.name == "Mike Pence"


def test_fold_is_accent_and_possessive_blind():
    assert fold("Erdoğan's") == fold("Erdogan") == "erdogan"
    assert fold("Łukasz") == fold("lukasz") or fold("Łukasz") == "łukasz"


def test_registry_surnames_roles_and_acronyms():
    text = ("Pentagon spokesman John Kirby spoke. Kirby added more. The mayor of Westerly, Marta "
            "Okonkwo, attended. The Syrian Democratic Forces (SDF) said nothing. "
            "President Recep Tayyip Erdoğan answered.")
    r = Registry(text)
    assert r.resolve_surname("Kirby").name == "John Kirby"
    assert r.resolve_surname("Erdogan").name == "Recep Tayyip Erdoğan"
    assert "Pentagon spokesman" in r.find("John Kirby").roles
    assert any("mayor of Westerly" in x for x in r.find("Marta Okonkwo").roles)
    assert r.expand_acronym("SDF") == "Syrian Democratic Forces"
    assert r.acronym_of("Syrian Democratic Forces") == "SDF"
    assert r.resolve_surname("Nobody") is None


def test_registry_does_not_take_places_or_function_words_for_people():
    r = Registry("In Ohio, the Turkish EEZ dispute went on. On Monday Saudi Arabia agreed.")
    names = {p.name for p in r.people}
    assert "In Ohio" not in names and "Turkish EEZ" not in names and "On Monday" not in names


def test_registry_titled_single_names():
    r = Registry("Turkish president Erdoğan spoke, and Captain Rochester replied.")
    assert r.resolve_surname("Erdoğan") is not None
    assert r.resolve_surname("Rochester") is not None


def test_role_resolution_prefers_exact_role_before_the_mention():
    text = ("United States President Donald Trump spoke. The Vice President, Mike Pence, agreed. "
            "Gen. Mark T. Ostrova attended.")
    r = Registry(text)
    assert r.resolve_role("president").name == "Donald Trump"
    assert r.resolve_role("general").name == "Mark T. Ostrova"
    assert r.resolve_role("general", before=0) is None


def test_gender_evidence():
    r = Registry("Lena Orr met Paul Weber. Tobias Lindqvist, the harbour master, spoke. "
                 "Hatice Cengiz, fiancée of the journalist, arrived.")
    assert r.gender(r.find("Lena Orr")) == "f"
    assert r.gender(r.find("Paul Weber")) == "m"
    assert r.gender(r.find("Hatice Cengiz")) == "f"
    genders = first_name_genders()
    assert genders["mary"] == "f" and genders["john"] == "m"
    assert "alexis" not in genders  # names given to any gender are left out


def test_registry_ignores_openers_greetings_interview_i_and_places():
    r = Registry("Whereas Pierce Dalton spoke first. Afterwards Tomas Kowal left. Hi Agastya. "
                 "Once I agreed, we went to North Karnataka and met Ana Ruiz.")
    names = {p.name for p in r.people}
    assert {"Pierce Dalton", "Tomas Kowal", "Ana Ruiz"} <= names
    assert not names & {"Whereas Pierce Dalton", "Afterwards Tomas Kowal", "Hi Agastya", "Once I",
                        "North Karnataka"}


def test_registry_possessive_name_and_particle_surname():
    r = Registry("It was Governor Piet Arlen's plan. Party nominee Gloria La Mora spoke. La Mora agreed.")
    assert r.find("Piet Arlen") is not None
    assert r.find("La Mora").name == "Gloria La Mora"
    assert [p.name for p in r.people].count("La Mora") == 0


def test_surname_spelling_variant_resolves_to_the_one_close_full_name():
    r = Registry("Rebel spokesman Yahya Sarie spoke. Minister Omar Haddad replied.")
    assert r.resolve_variant("Saree").name == "Yahya Sarie"
    assert r.resolve_variant("Hadad").name == "Omar Haddad"
    assert r.resolve_variant("Sarkis") is None  # two edits on a six-letter name: another person
    assert r.resolve_variant("Omar") is None  # too short for a guess


def test_registry_two_word_place_after_of_and_occupation_roles():
    r = Registry("Chief Executive of New Ruritania Carrie Voss spoke. Astronomer Ilse Brandt agreed.")
    names = {p.name for p in r.people}
    assert "Carrie Voss" in names and "Ilse Brandt" in names
    assert not any(n.startswith(("Ruritania", "Astronomer")) for n in names)


def test_parse_np_keeps_clauses_out_of_roles():
    s = "Ana Ruiz, this break will allow her to rest,"
    np = parse_np(s, tokenize(s))
    assert np.name == "Ana Ruiz" and np.roles == []
    s = "Ana Ruiz, the mayor of Lindt,"
    assert parse_np(s, tokenize(s)).roles == ["the mayor of Lindt"]


@pytest.mark.parametrize("phrase", ["The Foreign Ministry of Ruritania", "the High Court of Norland and Sud",
                                    "the Department of Transport of Ruritania"])
def test_a_body_of_a_place_is_one_body_not_a_person_named_after_the_place(phrase):
    np = np_of(phrase)
    assert (np.name, np.kind) == (phrase, "org")
    # a person before "of" still keeps the body as role
    np = np_of("Professor Jan Kowal of the University of Ruritania")
    assert (np.name, np.kind) == ("Jan Kowal", "person")


def test_prefixed_lower_case_role_is_not_part_of_the_name():
    np = np_of("Co-developer Jing Wang")
    assert (np.name, np.role, np.kind) == ("Jing Wang", "Co-developer", "person")
    assert np_of("Jean-Pierre Kowal").name == "Jean-Pierre Kowal"


@pytest.mark.parametrize("text, k, span", [
    # a role ending in -ss is singular: the name after it is the same noun phrase
    ("eyewitness Dana Plum said", 0, "eyewitness Dana Plum"),
    ("actress Lia Monte said", 0, "actress Lia Monte"),
    # a plural role and then a capitalised word: a new noun phrase
    ("the protesters Lia interviewed", 0, "the protesters"),
    # a possessive determiner never modifies a role: "told Fox News their investigation ..."
    ("Fox News their investigation", 0, "Fox News"),
])
def test_np_span_after_boundaries(text, k, span):
    from analysis.speakers import np_span_after
    toks = tokenize(text)
    i, j = np_span_after(toks, k)
    assert text[toks[i].start:toks[j - 1].end] == span


@pytest.mark.parametrize("text, span", [
    ("The court's summary said", "The court's summary"),
    ("The three-judge court found", "The three-judge court"),
])
def test_np_span_before_takes_possessors_and_hyphenated_modifiers(text, span):
    from analysis.speakers import np_span_before
    toks = tokenize(text)
    i, j = np_span_before(toks, len(toks) - 1)
    assert text[toks[i].start:toks[j - 1].end] == span


@pytest.mark.parametrize("phrase, kind", [
    ("a federal judge in Lindt", "descriptor"),     # a role and a place, not a person "Lindt"
    ("Hospital officials in Omsk", "descriptor"),
    ("Mayor Ann Vole", "person"),
])
def test_a_role_before_a_place_is_a_descriptor(phrase, kind):
    np = split_role_name(phrase, tokenize(phrase))
    assert np.kind == kind
    if kind == "descriptor":
        assert np.name == phrase


def test_fold_handles_letters_without_decomposition():
    from analysis.speakers import fold
    assert fold("Jarosław") == "jaroslaw"
    assert fold("Søren") == "soren"
    assert fold("Erdoğan's") == "erdogan"


def test_registry_merges_accent_folded_spellings_keeping_diacritics():
    from analysis.speakers import Registry
    reg = Registry("Jaroslaw Kaczmarek arrived. Mayor Jarosław Kaczmarek spoke.")
    assert [p.name for p in reg.people] == ["Jarosław Kaczmarek"]
    assert reg.find("Jaroslaw Kaczmarek").name == "Jarosław Kaczmarek"


def test_registry_skips_bodies_opening_with_an_acronym_and_dates_before_roles():
    from analysis.speakers import Registry
    reg = Registry("The van came from RAF Holloway and police spoke with Ada Kim. "
                   "On Sunday, former mayor Bo Tran spoke.")
    assert [p.name for p in reg.people] == ["Ada Kim", "Bo Tran"]
    assert reg.find("Bo Tran").roles == ["former mayor"]


# --- a person introduced with an appositive role that ends in an organisation name -----------

def _quotes_of(text: str):
    import pandas as pd

    from analysis.quotes import extract_quotes
    arts = pd.DataFrame({"article_id": ["t1"], "title": [""], "text": [text]})
    return extract_quotes(arts, classify=False)


def _all_by(q, speaker: str, role: str) -> None:
    assert len(q) >= 1
    assert q["speaker"].tolist() == [speaker] * len(q)
    assert q["speaker_role"].tolist() == [role] * len(q)


def test_role_ending_in_organisation_after_the_cue_stays_with_the_person():
    q = _quotes_of('"Walter was a giant," said Ravi Mehta, chancellor of the University of Eastland.')
    _all_by(q, "Ravi Mehta", "chancellor of the University of Eastland")


def test_role_ending_in_organisation_before_the_cue_stays_with_the_person():
    q = _quotes_of('Ravi Mehta, chancellor of the University of Eastland, said "his work put us on the map."')
    _all_by(q, "Ravi Mehta", "chancellor of the University of Eastland")


def test_hyphen_prefixed_role_keeps_every_quote_of_the_sentence_with_the_person():
    q = _quotes_of('Ravi Mehta, then-manager of Harbour Tourism Partnership, called the closure '
                   '"a retrograde step" and said "an area like this cannot lose such a hotel."')
    assert len(q) == 2
    _all_by(q, "Ravi Mehta", "then-manager of Harbour Tourism Partnership")


def test_hyphenated_organisation_name_is_not_cut_at_the_hyphen():
    q = _quotes_of('Ravi Mehta, president of the Eastland Export-Import Bank, said: "Trade costs are high."')
    _all_by(q, "Ravi Mehta", "president of the Eastland Export-Import Bank")
    assert not q["speaker"].str.contains("Eastland Export").any()


def test_later_surname_and_pronoun_resolve_to_the_person_with_the_organisation_role():
    q = _quotes_of('Ravi Mehta, chancellor of the University of Eastland, said "his work put us on '
                   'the map."\n\n"It was a sad day," Mehta said. He added that "the campus will mourn."')
    assert len(q) == 3
    _all_by(q, "Ravi Mehta", "chancellor of the University of Eastland")


def test_appositive_describing_a_body_leaves_the_quote_with_the_body():
    q = _quotes_of('The ministry, led by Ravi Mehta, said "the plan is final."')
    assert q["speaker"].tolist() == ["the ministry"]


def test_police_in_a_place_speak_as_police():
    q = _quotes_of('Police in Eastland said "the road is closed."')
    assert len(q) == 1
    assert q["speaker"].iloc[0].lower().split()[0] == "police"


def test_is_role_word_accepts_hyphenated_prefixes_only():
    from analysis.speakers import is_role_word
    assert is_role_word("then-manager") and is_role_word("ex-president")
    assert not is_role_word("export-import") and not is_role_word("then-eastland")


def test_tokenize_keeps_an_en_dash_compound_as_one_word():
    assert [t.text for t in tokenize("Export–Import Bank, 1990 – 2000")] == \
        ["Export–Import", "Bank", ",", "1990", "–", "2000"]


def test_filipino_particle_stays_inside_the_name():
    np = np_of("Arnel dela Cruz")
    assert (np.name, np.kind) == ("Arnel dela Cruz", "person")


def test_first_of_two_surnames_and_a_suffixed_surname_resolve_to_the_full_name():
    from analysis.speakers import Registry
    reg = Registry("Ricardo Vela Montes, the island's governor, spoke. Robert Quenby Jr. won. Ana Lisa Moor ran.")
    assert reg.resolve_surname("Vela").name == "Ricardo Vela Montes"
    assert reg.resolve_surname("Montes").name == "Ricardo Vela Montes"
    assert reg.resolve_surname("Quenby").name.startswith("Robert Quenby Jr")
    assert reg.resolve_surname("Jr") is None


def test_a_lone_surname_before_who_is_a_person_but_not_a_plural_or_a_place():
    r = Registry("Staff had concerns about Brzowski, who had little experience. Critics of the "
                 "United States, who spoke, and Democrats, who left, and Vermont, whose mayor left.")
    assert [p.name for p in r.people] == ["Brzowski"]
    r = Registry("Aides praised Ada Brzowski, who ran the office.")
    assert [p.name for p in r.people] == ["Ada Brzowski"]


def test_a_role_run_before_of_finishes_in_the_words_cut_before_the_name():
    r = Registry("Former Director of National Intelligence Ada Kim spoke. The Secretary of State Bo "
                 "Tran spoke. Friends of Lake Erie Ann Holm met.")
    assert {p.name: p.roles for p in r.people} == {
        "Ada Kim": ["Former Director of National Intelligence"], "Bo Tran": ["Secretary of State"],
        "Ann Holm": []}
    assert r.resolve_role_initials("DNI").name == "Ada Kim"
    assert r.resolve_role_initials("FLE") is None


def test_a_titled_surname_in_the_possessive_is_the_surname():
    r = Registry("Critics of President Moss's firing of the chief met.")
    assert [p.name for p in r.people] == ["Moss"]


def test_a_lower_case_modifier_before_a_title_word_stays_in_the_descriptor():
    from analysis.speakers import np_span_before, tokenize
    toks = tokenize("as the former first lady said")
    assert np_span_before(toks, 5) == (1, 5)


def test_a_lone_subject_that_a_he_or_she_takes_up_in_its_clause_is_a_person():
    r = Registry("Former adviser Ada Kim spoke. Pryor also earned the only laugh of the evening when "
                 "he noted the weather. Canada signed the deal after it was amended.")
    assert [p.name for p in r.people] == ["Ada Kim", "Pryor"]
    assert r.gender(r.people[1]) == "m"


def test_an_opening_participle_is_no_given_name_and_a_pronoun_after_that_takes_up_the_subject():
    r = Registry("Referencing Kim's remark, Holm said no. Enrolling Ada Brzowski was easy. Tak-Sing Wong spoke.")
    assert [p.name for p in r.people] == ["Ada Brzowski", "Tak-Sing Wong"]
    r = Registry("In an interview with Ada Kim, Holm also promised that she would not run again.")
    assert [p.name for p in r.people] == ["Ada Kim", "Holm"] and r.gender(r.people[1]) == "f"


def test_a_links_random_tail_is_no_part_of_a_name_but_a_name_with_digits_can_be():
    r = Registry("A toll. pic.twitter.com/FA3lRy1uQt Ben Shapiro writes that polls moved. TVN24 Ada Kim spoke.")
    assert "Ben Shapiro" in [p.name for p in r.people]
    assert not any("FA3lRy1uQt" in p.name for p in r.people)


def test_two_word_places_with_a_place_opener_are_no_people():
    r = Registry("They had been in Las Vegas for a week. They went to Los Angeles. San Francisco is far. "
                 "Fort Lee waited. Mayor Ada Santa spoke.")
    assert [p.name for p in r.people] == ["Ada Santa"]


def test_a_yard_is_a_place_not_a_person():
    r = Registry("A Navy Yard official sent the details about the Navy Yard suspect. Ada Kim spoke.")
    assert [p.name for p in r.people] == ["Ada Kim"]


def test_glued_initials_stay_in_the_name_and_a_titled_name_takes_no_appositive_from_an_opening_phrase():
    r = Registry("He watched his father, former President George H.W. Varga, govern.")
    assert [p.name for p in r.people] == ["George H.W. Varga"]
    r = Registry("In response to a lawsuit by the rights group Fair Draft Coalition, U.S. District Judge Gray Holm ruled.")
    assert [(p.name, p.roles) for p in r.people] == [("Gray Holm", ["U.S. District Judge"])]


def test_a_role_that_reads_as_a_clause_is_no_role():
    from analysis.speakers import Person
    p = Person("Ada Vell", 0)
    for role in ["Prime Minister", "when asked whether an inquiry was held", "this break will allow him to plan",
                 "committee is investigating the bid", "Westland Federation announced two players",
                 "is the senior pastor", "from the pro-Westland camp",
                 "a biologist who was not involved in the study"]:
        p.add_role(role)
    # a run-on of the text is dropped; a predicate or a relative that says who she is stays
    assert p.roles == ["Prime Minister", "is the senior pastor", "from the pro-Westland camp",
                       "a biologist who was not involved in the study"]


@pytest.mark.parametrize("phrase, name, role", [
    # a capitalised agent noun before a given name the names file knows
    ("Developer John Okafor", "John Okafor", "Developer"),
    ("Lobbyist Mary Lund", "Mary Lund", "Lobbyist"),
    ("Defiant Robert Vale", "Robert Vale", "Defiant"),
    ("Post Fact Checker Michelle Lee", "Michelle Lee", "Post Fact Checker"),
    # a party word after a chamber or a state
    ("House Republican Ed Royce", "Ed Royce", "House Republican"),
    ("Texas Democrat Ana Ruiz", "Ana Ruiz", "Texas Democrat"),
])
def test_a_role_word_inside_a_capitalised_run_before_a_name_is_role(phrase, name, role):
    np = split_role_name(phrase, tokenize(phrase))
    assert (np.name, np.role, np.kind) == (name, role, "person")


def test_a_given_name_before_another_is_not_taken_for_a_role():
    phrase = "Peter John Okafor"  # ("-er" like "Developer", but a given name the names file knows)
    assert split_role_name(phrase, tokenize(phrase)).name == phrase


@pytest.mark.parametrize("phrase", ["A spokeswoman for House Speaker Ben Ortiz", "a lawyer for Ben Ortiz",
                                    "an aide to Senator Ben Ortiz", "the wife of Ben Ortiz"])
def test_someone_speaking_for_a_named_person_is_the_descriptor_not_the_person(phrase):
    # the gold writes such speakers whole ("a spokesman for West")
    np = split_role_name(phrase, tokenize(phrase))
    assert (np.name, np.kind) == (phrase, "descriptor")


def test_a_role_of_a_named_body_keeps_its_person():
    phrase = "The chairman of Acme Ben Ortiz"  # (no one speaking for another: the person speaks)
    assert split_role_name(phrase, tokenize(phrase)).name == "Ben Ortiz"
