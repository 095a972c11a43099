"""Speaker mentions: find the noun phrase that says who spoke, and resolve it across the article.

Rule-based and offline (no tagger, no model): a light tokenizer, lexicons of titles, role nouns
and organisation heads, and an article-level registry of the people it names. The quote
extractor (:mod:`analysis.quotes`) calls these helpers; they are public so that tests and
notebooks can inspect what a noun phrase resolves to.

>>> toks = tokenize("Pentagon spokesman John Kirby said")
>>> np = parse_np("Pentagon spokesman John Kirby said", toks[:4])
>>> (np.name, np.role, np.kind)
('John Kirby', 'Pentagon spokesman', 'person')
"""
from __future__ import annotations

import functools
import logging
from operator import itemgetter as _itemgetter
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

# ---------------------------------------------------------------------------------------------
# Lexicons (lower case). Titles are honorifics stripped from names; role words describe what a
# speaker is. Extend them here; they are deliberately general English newsroom vocabulary.
TITLES = frozenset("""
mr mrs ms miss mx dr prof professor sir dame lord lady gen general col colonel lt lieutenant
adm admiral sgt sergeant capt captain maj major cmdr commander rev reverend fr father sister
brother st saint hon honourable honorable sen senator rep representative gov governor
president vice prime minister secretary mayor chancellor king queen prince princess pope
sheikh imam rabbi bishop archbishop cardinal judge justice chief deputy ambassador
chairman chairwoman chair speaker leader whip premier emir sultan ayatollah marshal
inspector superintendent constable officer detective agent coach
assemblywoman assemblyman assemblymember congresswoman congressman councilwoman councilman
councillor councilor alderman alderwoman delegate
""".split())

ROLE_WORDS = frozenset("""
assemblywoman assemblyman assemblymember congresswoman congressman councilwoman councilman
councillor councilor alderman alderwoman astronomer astronomers astrophysicist physicist physicists biologist chemist historian historians
author novelist writer poet actor actress singer musician artist comedian filmmaker photographer
astronaut cosmonaut engineer engineers architect epidemiologist virologist psychologist
psychiatrist sociologist geologist seismologist meteorologist climatologist ecologist zoologist
mathematician philosopher entrepreneur businessman businesswoman billionaire rapper lecturer
barrister solicitor cleric activist
spokesman spokeswoman spokesperson spokespeople spokesmen official officials officer officers
minister ministers president vice-president secretary chairman chairwoman chair director
commander chief head leader leaders mayor governor senator representative lawmaker
lawmakers legislator mp mps mep meps ambassador envoy diplomat diplomats general admiral
colonel captain sergeant lieutenant major prosecutor prosecutors attorney attorneys lawyer lawyers
judge justice police sheriff detective inspector superintendent constable investigator
investigators professor researcher researchers scientist scientists analyst analysts expert
experts economist economists doctor doctors physician surgeon nurse adviser advisor advisers
advisors aide aides consultant executive ceo founder co-founder owner manager managers
president-elect candidate nominee chancellor premier king queen prince princess pope bishop
archbishop cardinal priest imam rabbi pastor reverend member members activist activists
campaigner campaigners protester protesters protestor protestors demonstrator demonstrators
witness witnesses eyewitness eyewitnesses resident residents neighbour neighbor neighbours
neighbors survivor survivors victim victims relative relatives father mother son daughter
wife husband brother sister friend friends student students teacher teachers worker workers
employee employees staff fan fans player players coach captain athlete spokesperson's
journalist journalists reporter reporters correspondent editor columnist commentator
host anchor press-secretary whip deputy undersecretary under-secretary commissioner
administrator organizer organizers organiser organisers authorities authority government
ministry department agency administration military army navy troops soldier soldiers
interviewee interviewees official's organization organisation group spokeswoman's
chairperson trustee delegate delegates negotiator negotiators counterpart counterparts
emir sultan premier president's monarch dictator commentator pundit strategist pollster
operator dispatcher pilot firefighter firefighters paramedic paramedics engineer engineers
citizen citizens voter voters people man woman men women person observer observers
author authors co-author writer novelist historian academic lecturer master harbourmaster
associates allies supporters critics colleagues family families relatives lawyers
child children parent parents girl boy girls boys teenager teenagers
office court council committee commission embassy campaign camp company firm board union club team teams
church party network broadcaster newspaper paper website media outlet channel station tribunal
politician politicians statesman contributor contributors columnist diplomat mediator negotiator bystander bystanders passenger
passengers driver drivers farmer farmers shopkeeper owner owners landlord tenant tenants
councillor councillors councilor councilors alderman aldermen
source sources insider insiders statement report reports study survey poll decree
letter document documents filing ruling order proclamation communique release
notice notices memo memorandum message email e-mail announcement bulletin advisory circular
leaflet pamphlet manifesto judgment judgement verdict summary complaint lawsuit petition
affidavit transcript notification
inquiry inquiries inquest panel jury coroner magistrate arbitrator ombudsman regulator watchdog
investigation audit review
provost dean rector vice-chancellor principal registrar curator selectman selectwoman selectmen
scholar scholars specialist specialists partner partners
data figures statistics
warning warnings alert alerts motion indictment guidance ordinance
city
winner winners champion champions contestant contestants finalist finalists participant
participants attendee attendees visitor visitors customer customers patient patients tourist
tourists guest guests viewer viewers listener listeners reader readers
crowd crowds audience audiences onlooker onlookers spectator spectators
investor investors shareholder shareholders donor donors trader traders
service forecaster forecasters utility utilities
boss bosses footballer footballers striker strikers midfielder midfielders defender
defenders goalkeeper goalkeepers winger wingers quarterback batsman golfer sprinter swimmer
cyclist olympian referee umpire teammate teammates team-mate team-mates
marshal marshals examiner examiners clerk clerks comptroller auditor auditors assessor
chaplain headteacher headteachers headmaster headmistress trooper troopers warden wardens
ranger rangers lifeguard lifeguards steward stewards caretaker secretary-general
inspector-general cfo coo cto cio cmo
""".split())

# words that may precede a role inside a noun phrase ("former", "top", "senior")
MODIFIERS = frozenset("""
former ex- then acting interim deputy senior top chief local regional national federal state
foreign defence defense interior finance health justice education press public military
civilian private independent incoming outgoing current new retired veteran young old
longtime long-time assistant associate principal general special joint supreme news
state-owned state-run semi-official official lead
""".split())

DETERMINERS = frozenset("""
the a an one some several two three four many most other another his her its their our this
that these those each every both any
""".split())

CONNECTORS = frozenset({"of", "for", "to", "at", "and", "the", "on", "in", "&"})
FWD_CONNECTORS = frozenset({"of", "for", "to", "the", "&"})
QUANTIFIERS = frozenset("""number group majority dozens hundreds thousands millions some many most
several all few none one two three four five six seven eight nine ten half""".split())

NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# letters after a name that are an office, a rank or an honour, not part of the name
_POSTNOMINALS = frozenset("""QC KC SC MP MSP MEP MLA MS AM TD OBE MBE CBE KBE DBE PhD MD FRS""".split())
# platforms named before a speaker ("on Twitter West accused": Twitter is no part of the name)
_PLATFORMS = frozenset("""twitter facebook instagram tiktok youtube telegram linkedin reddit
threads weibo x""".split())
_SUFFIX_FORMS = NAME_SUFFIXES | frozenset(x + "." for x in NAME_SUFFIXES)
NAME_PARTICLES = frozenset({"de", "da", "di", "du", "del", "della", "der", "den", "van", "von",
                            "bin", "ibn", "al", "el", "le", "la", "dos", "das", "ben", "y", "abu",
                            "dela", "delos", "degli"})

# heads that make a capitalised phrase an organisation, not a person
ORG_HEADS = frozenset("""
post times news journal herald guardian telegraph tribune gazette press agency agencies
ministry department office council committee commission parliament congress senate house
assembly court courts government administration police service services forces force army
navy military party union association organization organisation foundation institute
university college school hospital company corporation corp inc ltd group bank fund
network channel radio television tv broadcasting broadcaster bureau authority board
embassy kremlin pentagon whitehouse rights watch affairs international courier chronicle
mail mirror express daily weekly magazine review register examiner inquirer bulletin dispatch
ferries airlines airways railways motors nations un nato who eu reuters bbc cnn ap afp npr
robotics systems technologies pharmaceuticals labs holdings industries solutions
logistics electronics ventures llc plc
church federation league club team centre center society trust coalition alliance front
movement campaign command headquarters unit guard coast website statement report
conference legislatures legislature caucus observatory laboratory laboratories museum library
academy agency survey programme program initiative consortium network federation
partnership publicity studio studios festival
""".split())

PRONOUNS = {
    "he": "m", "she": "f", "they": "p", "it": "n", "i": "s", "we": "p",
    "him": "m", "her": "f", "them": "p",
}

# adverbs and auxiliaries that may stand between a subject and its speech verb
SKIP_BEFORE_CUE = frozenset("""
also later then previously further again reportedly earlier recently subsequently has had have
would will could may might once allegedly repeatedly publicly privately separately similarly
initially originally additionally meanwhile however too already first last just had've
even often still long
""".split())

TOKEN_RE = re.compile(
    r"(?:[^\W\d_]\.){2,}"          # acronyms with dots: U.S., U.N.
    r"|[^\W_](?:[\w'’&]|-(?=\w)|–(?=[^\W\d_])|(?<=\d)[,.](?=\d))*"  # words, inner apostrophes,
    # hyphens, en dashes, and the comma or point inside a number ("$6,000", "3.5")
    r"|[^\w\s]"                    # any single punctuation mark
)
ABBREV = frozenset("""
mr mrs ms dr prof gen col lt adm sgt capt maj cmdr rev fr st sen rep gov jr sr hon no vs
""".split())


class Token(tuple):
    """A word or punctuation mark with its offsets in the field text and precomputed features
    (``low``: lower case without a final period; ``is_cap``: starts a name; ``is_word``)."""

    __slots__ = ()

    def __new__(cls, text: str, start: int, end: int) -> "Token":
        feats = _FEATURES.get(text)
        if feats is None:
            feats = _features(text)
        return tuple.__new__(cls, (text, start, end) + feats)

    text = property(_itemgetter(0))
    start = property(_itemgetter(1))
    end = property(_itemgetter(2))
    low = property(_itemgetter(3))
    is_cap = property(_itemgetter(4))
    is_word = property(_itemgetter(5))

    def __repr__(self) -> str:
        return f"Token({self[0]!r}, {self[1]}, {self[2]})"


_FEATURES: dict[str, tuple[str, bool, bool]] = {}
# acronyms written like a function word: lower-cased, they would read as that word
_CAPITAL_ACRONYMS = {"who": "w.h.o"}


def _features(text: str) -> tuple[str, bool, bool]:
    c = text[:1]
    low = text.lower().rstrip(".") if text[-1:] == "." else text.lower()
    if low in _CAPITAL_ACRONYMS and text.isupper():
        low = _CAPITAL_ACRONYMS[low]  # "WHO said": the World Health Organization, not "who"
    is_word = c.isalnum()
    is_cap = True if c.isupper() else (False if not is_word else _is_cap(text))
    feats = (low, is_cap, is_word)
    if len(_FEATURES) > 200_000:
        _FEATURES.clear()
    _FEATURES[text] = feats
    return feats


def _is_cap(t: str) -> bool:
    if not t or not t[0].isalpha():
        return t[:1].isdigit() and any(c.isalpha() for c in t)  # "TVN24"
    if t[0].isupper():
        return True
    # "al-Assad" style particles glued to a capitalised name
    head, _, tail = t.partition("-")
    if tail:
        return head.lower() in NAME_PARTICLES and tail[:1].isupper()
    # "diGenova", "deBlasio", "vanOrden": a particle written into the name
    k = 2 if t[2:3].isupper() else 3 if t[3:4].isupper() else 0
    return bool(k) and t[:k] in _GLUED_PARTICLES and t[k + 1:].isalpha() and t[k + 1:].islower() \
        and len(t) > k + 2


_GLUED_PARTICLES = frozenset({"de", "di", "da", "du", "la", "le", "van", "von", "del"})


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into word and punctuation tokens with absolute offsets.

    A period after a single capital letter or a known abbreviation (``Gen.``, ``Dr.``) stays with
    its word, so names like ``Mark A. Milley`` hold together.

    >>> [t.text for t in tokenize("Gen. Mark A. Milley said.")]
    ['Gen.', 'Mark', 'A.', 'Milley', 'said', '.']
    """
    end = len(text) if end is None else end
    out: list[Token] = []
    append = out.append
    feats_get = _FEATURES.get
    new = tuple.__new__
    last_end = -1
    # hot path (every sentence with a cue): local names, no property calls
    for m in TOKEN_RE.finditer(text, start, end):
        w = m.group()
        s, e = m.span()
        if w == ".":
            if last_end == e:
                continue  # the period was taken by the abbreviation before it
        elif e < end and text[e] == "." and w[0].isalpha() and (
                (len(w) == 1 and w.isupper()) or w.lower() in ABBREV):
            e += 1
            w = text[s:e]
        f = feats_get(w)
        if f is None:
            f = _features(w)
        append(new(Token, (w, s, e) + f))
        last_end = e
    return out


@dataclass
class NounPhrase:
    """What a speaker mention says: the name (or descriptor), the role words, and its kind.

    ``kind`` is ``person`` (a personal name), ``org`` (a named body), ``descriptor`` (an unnamed
    description such as "a former NATO official" or "police"), ``pronoun`` or ``surname`` (a
    single capitalised word that may be resolved to a fuller name).
    """

    name: str
    role: str
    kind: str
    start: int
    end: int
    gender: str = ""
    roles: list[str] = field(default_factory=list)


# prefixes glued to a role by a hyphen: "then-manager", "ex-president", "vice-chancellor"
_ROLE_PREFIXES = frozenset("then ex former acting interim vice deputy co outgoing incoming".split())


def is_role_word(low: str) -> bool:
    """A lower-case word naming a role, also with a hyphenated prefix.

    >>> is_role_word("manager"), is_role_word("then-manager"), is_role_word("export-import")
    (True, True, False)
    """
    if low in ROLE_WORDS:
        return True
    pre, dash, rest = low.partition("-")
    return bool(dash) and pre in _ROLE_PREFIXES and rest in ROLE_WORDS


def _is_role(tok: Token) -> bool:
    low = tok.low
    return is_role_word(low) or low in TITLES or low in MODIFIERS or low.endswith(_ROLE_SUFFIXES)


# professions the lexicon does not list by name ("Immunologist", "pharmacologists")
_ROLE_SUFFIXES = ("ologist", "ologists")


def _is_name_word(t: Token) -> bool:
    """Capitalised and not a sentence-opening function word ("And", "So", "You"), nor the tail
    of a link ("pic.twitter.com/FA3lRy1uQt Ben Shapiro writes"; "TVN24" stays a name)."""
    if len(t.text) == 2 and t.text[1] == "." and t.text[0].isupper():
        return True  # an initial ("John A. Boehner"), not the article "a"
    return t.is_cap and t.low not in _FUNCTION_WORDS and t.low not in _CAP_STOP and \
        not _LINK_ID_RE.fullmatch(t.text)


# a link's random tail: digits, lower case and two or more capitals after the first letter
_LINK_ID_RE = re.compile(r"(?=\w*\d)(?=\w*[a-z])(?=\w+[A-Z]\w*[A-Z])\w{8,}")
_CAP_STOP = frozenset("""you i i've i'm i'd we we've we're maybe yes well now here there so
please thank thanks hello hi hey okay ok oh ya yeah dear sorry exclusive watch update breaking
can could would should shall might must do does did is are was were has have had""".split())


# the present progressive ("what analysts are calling", "has been urging"); the past one stays as
# it was read before ("said the paper was claiming ...": a report inside a report)
_PROGRESSIVE_BE = frozenset({"is", "are", "been", "'s", "’s", "'re", "’re"})


def np_span_before(toks: list[Token], k: int) -> tuple[int, int]:
    """Token span ``[i, j)`` of the noun phrase that ends right before token ``k``.

    Adverbs and auxiliaries before the verb (``also``, ``has``) are skipped first.
    """
    j = k
    while j > 0 and toks[j - 1].low in SKIP_BEFORE_CUE:
        j -= 1
    if k < len(toks) and toks[k].low.endswith("ing") and toks[k].text.islower() and j > 0 and \
            toks[j - 1].low in _PROGRESSIVE_BE:
        # "what analysts are calling", "X has been urging": the auxiliaries of the progressive
        j -= 1
        while j > 0 and (toks[j - 1].low in SKIP_BEFORE_CUE or toks[j - 1].low in _PROGRESSIVE_BE):
            j -= 1
    if j > 0 and toks[j - 1].low in PRONOUNS and toks[j - 1].low not in {"him", "her", "them"}:
        return j - 1, j
    # an acronym gloss after the name: "the Syrian Democratic Forces (SDF) said"
    if j > 2 and toks[j - 1].text == ")" and toks[j - 3].text == "(":
        inner = toks[j - 2]
        if inner.is_cap and inner.text[:1].isupper() and sum(c.isupper() for c in inner.text) >= 2:
            return j - 2, j - 1  # the acronym itself; the article's registry spells it out
        i, jj = np_span_before(toks, j - 3)
        if jj > i:
            return i, jj
    i = j
    while i > 0:
        t = toks[i - 1]
        if t.low in TIME_WORDS and not _title_today(toks, i - 1):
            break
        if t.low in _PLATFORMS and i < j and i >= 2 and toks[i - 2].low in {"on", "via"}:
            break  # "on Twitter West accused": the platform, then the speaker
        if t.is_word and (_is_name_word(t) or _is_role(t) or _title_today(toks, i - 1)):
            i -= 1
            continue
        if t.is_word and t.low in NAME_PARTICLES and i < j and toks[i].is_cap:
            i -= 1
            continue
        if t.text == "-" and i > 1 and toks[i - 2].is_cap:  # "Ex-Prime" split oddly
            i -= 1
            continue
        if t.text == "&" and i < j and i > 1 and toks[i].is_cap and toks[i - 2].is_cap:
            i -= 1  # "Procter & Gamble", "Brook & Vale": one name
            continue
        if t.is_word and t.low in CONNECTORS and i < j:
            # accept a run of connectors only if a capitalised or role word precedes it
            r = i - 1
            while r > 0 and toks[r - 1].low in CONNECTORS:
                r -= 1
            if r > 0 and toks[r - 1].is_word and (toks[r - 1].is_cap or _is_role(toks[r - 1])) \
                    and toks[r - 1].low not in SKIP_BEFORE_CUE:
                if toks[r].low == "and" and toks[i].is_cap and toks[r - 1].is_cap and \
                        toks[j - 1].low not in ORG_HEADS:
                    break  # "Pelosi and Schumer": keep the nearest conjunct ("Bill and Melinda
                    # Gates Foundation" is one name)
                i = r
                continue
            if r > 0 and toks[r].low == "of" and toks[r - 1].low in QUANTIFIERS:
                i = r - 1  # "a number of Senators", "some of the protesters"
                if i > 0 and toks[i - 1].low in DETERMINERS:
                    i -= 1
            elif t.low in DETERMINERS:
                i -= 1  # "the archbishop"
            break
        if t.is_word and t.low in DETERMINERS:
            if not (t.low == "that" and i < j and toks[i].is_cap and toks[j - 1].is_cap):
                i -= 1  # (not "It was later that Krauthammer called ...": a conjunction, then the name)
            break
        if t.is_word and t.text.replace("-", "").isalpha() and t.text.islower() and i < j and \
                (_unpossessed(toks[i].low) in ROLE_WORDS or toks[i].low in TITLES or (
                    j - i <= 2 and toks[j - 1].low in ROLE_WORDS and all(x.text.islower() for x in toks[i:j]))) \
                and not toks[i].is_cap and t.low not in _NOT_MODIFIER and t.low not in _FUNCTION_WORDS:
            # (two modifiers too: "some law enforcement officials")
            # (also before a possessive role word: "the medical examiner's office")
            # ("the former first lady": a title word as the head; not "the home where police said")
            if t.low.endswith("ed") and i >= 2 and toks[i - 2].is_word and (toks[i - 2].is_cap or (
                    toks[i - 2].low not in DETERMINERS and toks[i - 2].low not in QUANTIFIERS
                    and toks[i - 2].low not in _ED_MODIFIER_BEFORE and not toks[i - 2].text[:1].isdigit())):
                break  # "Ana Vell addressed reporters", "have already attracted critics who say": a verb,
                # not "retired general", "the elected officials"
            i -= 1  # "council leader", "party spokesman", "three-judge court": a modifier of the role
            continue
        if t.is_word and t.text[:1].islower() and t.low.endswith(("'s", "’s")) and i < j and \
                toks[i].low in ROLE_WORDS and not toks[i].is_cap:
            i -= 1  # "the court's summary": a possessor of the role
            continue
        if t.is_word and t.text[:1].isdigit() and i < j and toks[i].low in ROLE_WORDS:
            i -= 1  # "two officials"
            if t.text == "10" and i > 0 and toks[i - 1].text in {"No", "No.", "Number"}:
                i -= 1  # "a No 10 spokesperson": Downing Street, not ten spokespeople
            continue
        break
    return i, j


_ED_MODIFIER_BEFORE = frozenset("of for by from with to among and or including other many some".split())


def np_span_after(toks: list[Token], k: int) -> tuple[int, int]:
    """Token span ``[k, j)`` of the noun phrase that starts at token ``k``."""
    j = k
    if j < len(toks) and toks[j].low in DETERMINERS:
        j += 1
    while j < len(toks):
        t = toks[j]
        if t.low in TIME_WORDS and not _title_today(toks, j) and not (
                t.low in _GIVEN_MONTHS and j > k and _is_role(toks[j - 1]) and j + 1 < len(toks)
                and toks[j + 1].is_cap and toks[j + 1].low not in TIME_WORDS):
            # (but "journalist April Ryan": a month's name given to a person, after a role word)
            if j == k or (j == k + 1 and toks[k].low in DETERMINERS):
                k = j + 1  # "This Thursday the Commission": the date is not part of the name
                j += 1
                continue
            break
        if t.low == "on" and j > k and toks[j - 1].low in ORG_HEADS and j + 1 < len(toks) \
                and toks[j + 1].is_cap:
            j += 1  # "Commission on International Religious Freedom"
            continue
        if t.is_word and (_is_name_word(t) or _is_role(t) or _title_today(toks, j)) and \
                not (j > k and t.low in CUE_STOP and not _title_today(toks, j)):
            if t.is_cap and j > k and not toks[j - 1].is_cap and toks[j - 1].low.endswith("s") \
                    and not toks[j - 1].low.endswith("ss") \
                    and toks[j - 1].low in ROLE_WORDS:
                break  # "the protesters Wikinews interviewed": a new noun phrase
            j += 1
            continue
        if t.is_word and t.low in FWD_CONNECTORS | NAME_PARTICLES and j + 1 < len(toks) and (
                toks[j + 1].is_cap or toks[j + 1].low == "the" or _is_role(toks[j + 1])):
            j += 1
            continue
        if t.is_word and t.text[:1].isdigit() and j == k:
            j += 1
            continue
        if t.is_word and t.text[:1].islower() and t.low.endswith(("'s", "’s")) and j + 1 < len(toks) and \
                t.low[:-2] not in _CONTRACTED_S and not toks[j + 1].is_cap and (
                    toks[j + 1].low in ROLE_WORDS or (j + 2 < len(toks) and toks[j + 2].low in ROLE_WORDS
                                                      and not toks[j + 2].is_cap)):
            j += 1  # "the agency's spokeswoman", "the city's finance director": the role's possessor
            continue
        if _lower_modifier(toks, j, k):
            # "council leader Marta Okonkwo", "emergency management director Ray Quill": up to three
            # lower-case words before a role word (but "Ana Vell addressed reporters": a verb)
            m = j + 1
            while m < len(toks) and m < j + 3 and _unpossessed(toks[m].low) not in ROLE_WORDS and \
                    _lower_modifier(toks, m, k):
                m += 1
            poss = m + 1 < len(toks) and toks[m].low != _unpossessed(toks[m].low) and toks[m + 1].low in ROLE_WORDS
            if m < len(toks) and _unpossessed(toks[m].low) in ROLE_WORDS and not toks[m].is_cap and (
                    m == j + 1 or poss or m + 1 < len(toks) and _is_name_word(toks[m + 1])):
                j = m  # (two or three words only before a role word and a name, or the role's
                continue  # own role word: "the state fire marshal's office")
        break
    while j > k and toks[j - 1].low in FWD_CONNECTORS | CONNECTORS and toks[j - 1].low not in DETERMINERS:
        j -= 1  # never end on "of", "for"
    if j > k + 1 and toks[j - 1].text == "then":
        j -= 1  # "The President then returned": an adverb after the phrase, not "then-president"
    if j > k and toks[j - 1].low == "the":
        j -= 1
    return k, j


# lower-case words naming a kind of body: a name right after one is the body's
_BODY_ROLE_HEADS = frozenset("""service services utility utilities company firm agency""".split())
_VERB_AFTER_RE = re.compile(r"\s+[a-z]+(?:ed|s)\b")  # "... Peters helped", "... Kim runs"
# words whose "'s" is "is" or "has", not a possessive
_CONTRACTED_S = frozenset("it that there what he she who let here where how".split())


def _unpossessed(low: str) -> str:
    """A lower-case word without its possessive "'s" ("marshal's" -> "marshal")."""
    return low[:-2] if low.endswith(("'s", "’s")) else low


def _lower_modifier(toks: list[Token], j: int, k: int) -> bool:
    """Can the lower-case word at ``j`` modify a role word after it (a noun phrase from ``k``)?"""
    t = toks[j]
    return t.is_word and t.text.replace("-", "").isalpha() and t.text.islower() and j + 1 < len(toks) \
        and t.low not in _NOT_MODIFIER and t.low not in DETERMINERS \
        and not (t.low.endswith("ed") and j > k and toks[j - 1].is_cap)


_NOT_MODIFIER = frozenset("""and or but of to in on at by for with from via as than that which who
whom whose said says told added is are was were be been has have had will would can could may
might must not no also then so if when while after before because about into over under
""".split())
# last words of a body's name that the organisation heads do not list ("Airport Safety Division")
_BODY_TAILS = frozenset("division airport district county bureau section branch squad".split())


def _title_today(toks: list[Token], j: int) -> bool:
    """A capitalised "Today" right after a capitalised word is part of a title ("USA Today")."""
    return toks[j].text == "Today" and j > 0 and toks[j - 1].is_cap and toks[j - 1].is_word


TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday
tonight january february march april june july august september october november december
""".split())
_GIVEN_MONTHS = frozenset({"april", "june", "august"})  # months that are also given names
# words that end a forward noun phrase scan even when capitalised (sentence adverbs)
CUE_STOP = frozenset({"on", "in", "today", "yesterday"})


# "Co-developer", "Ex-minister", "Vice-chair": a prefixed lower-case word is a role, not a name
_PREFIXED_ROLE_RE = re.compile(r"(?:[Cc]o|[Ee]x|[Vv]ice)-[a-z][\w-]*")


# roles that speak for someone else, named after "for"/"to"/"of" ("a spokesman for X")
PROXY_ROLES = frozenset("""spokesman spokeswoman spokesperson spokespeople spokesmen lawyer lawyers
attorney attorneys counsel aide aides adviser advisers advisor advisors representative
representatives agent publicist friend friends relative relatives wife husband son daughter
mother father brother sister widow widower partner fiancee fiance family""".split())
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "eer")


def _unlisted_capital_role(toks: list[Token]) -> int:
    """"Developer John Okafor", "Post Fact Checker Michelle Lee": the index of a given name the
    names file knows, right after a capitalised agent noun ("-er", "-ist", ...) that is no given
    name itself, with a surname after it (0 if none)."""
    for p in range(1, min(4, len(toks) - 1)):
        w = toks[p - 1].text
        if len(w) >= 5 and w[0].isupper() and w[1:].isalpha() and w[1:].islower() and \
                w.lower().endswith(_AGENT_ENDINGS) and fold(w) not in first_names() and \
                fold(toks[p].text) in first_names() and toks[p].is_cap and toks[p + 1].is_cap and \
                all(t.is_cap for t in toks[:p]):
            return p
    return 0


def split_role_name(text: str, toks: list[Token]) -> NounPhrase | None:
    """Split a noun phrase's tokens into role words and a name.

    >>> t = tokenize("former NATO Supreme Allied Commander James Stavridis")
    >>> np = split_role_name("former NATO Supreme Allied Commander James Stavridis", t)
    >>> np.name, np.role
    ('James Stavridis', 'former NATO Supreme Allied Commander')
    """
    toks = [t for t in toks if t.is_word or t.text in "&'’-"]
    while toks and not toks[-1].is_word:
        toks = toks[:-1]
    if len(toks) > 1 and any(_AGE_RE.match(t.text) for t in toks[:2]):
        # "Fourteen-year-old Zoe", "the 47-year-old Matovič": the age is not the name
        rest = [t for t in toks[:2] if not _AGE_RE.match(t.text) and t.low not in DETERMINERS] + toks[2:]
        if rest and rest[0].is_cap:  # a name follows; "a 30-year-old witness" stays as written
            toks = rest
    if not toks:
        return None
    # "President Hassan Rouhani of Iran": a full name before "of" keeps the rest as role
    titled_tail = title_cap = False
    for x in range(len(toks) - 1, 0, -1):
        if not toks[x].is_cap and not (len(toks[x].text) == 2 and toks[x].text.endswith(".")):
            break
        if toks[x - 1].low in TITLES or toks[x - 1].low in ROLE_WORDS:
            titled_tail = (x < len(toks) - 1 or toks[x].low not in TITLES) and \
                not any(y.low in ORG_HEADS or y.low in _BODY_TAILS for y in toks[x:])  # "... Chairman Gen. Mark A. Milley"
            # (not "of the Bishop Airport Safety Division": a body's name that opens with a role word)
            title_cap = toks[x - 1].is_cap
            break
    for ci, t in enumerate(toks):
        if t.low in {"of", "from", "at"} and ci >= 2:
            head = split_role_name(text, toks[:ci])
            bare = head is not None and (not head.role or (titled_tail or t.low == "at") and all(
                w.lower().strip(".") in TITLES for w in head.role.split()))
            if titled_tail and t.low != "at" and not (bare and (not title_cap or fold(
                    head.name.split()[0]) in first_name_genders())):
                break  # "Joint Chiefs of Staff Chairman Gen. Mark A. Milley": the titled name speaks
            if t.low == "at" and not bare:
                break  # "Chief Scientist at Nova Labs Ada Kim"
            if head is not None and (head.kind == "person" and len(head.name.split()) >= 2 or (
                    head.kind == "surname" and head.role and t.low == "of")):
                # ("Mr. Sanders of Vermont", "Chairman Nunes of the committee": a titled surname)
                # "Peter Lind of victim group Open Doors", "Dr. Ada Kim at Saint Clement": the
                # person named before the preposition, with the body as role
                head.role = " ".join(x for x in (head.role, _join(text, toks[ci:])) if x)
                return head
            if head is not None and head.kind == "org" and toks[-1].is_cap and \
                    not any(x.low in TITLES or x.low in ROLE_WORDS for x in toks[ci + 1:]):
                # "The Foreign Ministry of Iraq", "the High Court of England and Wales": one body,
                # not a person called "Iraq"
                return NounPhrase(_join(text, toks), "", "org", toks[0].start, toks[-1].end)
            break
    pw = next((q for q in range(min(3, len(toks) - 2)) if toks[q].low in _PARTY_WORDS), -1)
    if pw >= 0 and len(toks) >= pw + 3 and all(t.is_cap for t in toks[:pw + 2]) and toks[-1].is_cap \
            and toks[pw + 1].low not in ORG_HEADS and toks[-1].low not in ORG_HEADS:
        # "Democrat Chuck Schumer", "Republican Larry Hogan": the party is a role word here, also
        # after a chamber or a state ("House Republican Ed Royce", "Texas Democrat Ana Ruiz")
        rest = split_role_name(text, toks[pw + 1:])
        if rest is not None and rest.kind == "person":
            rest.role = " ".join(x for x in (_join(text, toks[:pw + 1]), rest.role) if x)
            rest.start = toks[0].start
            return rest
    s, e = toks[0].start, toks[-1].end
    if len(toks) == 1 and toks[0].low in PRONOUNS:
        return NounPhrase(toks[0].text, "", "pronoun", s, e, gender=PRONOUNS[toks[0].low])
    # trailing run of name tokens: capitalised, not titles or role words, not organisation heads
    n = len(toks)
    i = n
    while i > 0:
        t = toks[i - 1]
        low = t.low
        if i == n - 1 and t.is_cap and toks[-1].low.rstrip(".") in NAME_SUFFIXES:
            i -= 1  # "Martin Luther King Jr.": the word before a suffix is a surname, even "King"
            continue
        initial = len(t.text) == 2 and t.text[1] == "." and t.text[0].isupper()
        if initial or t.is_cap and low not in TITLES and low not in ROLE_WORDS and low not in ORG_HEADS \
                and not low.endswith(_ROLE_SUFFIXES) \
                and low not in DETERMINERS and not low.endswith("'s") and not low.endswith("’s") \
                and not _PREFIXED_ROLE_RE.fullmatch(t.text):
            i -= 1
            continue
        if low in NAME_PARTICLES and i < n and i - 1 > 0 and toks[i - 2].is_cap \
                and toks[i - 2].low not in TITLES:
            i -= 1
            continue
        if t.text == "&" and i < n and i - 1 > 0 and toks[i - 2].is_cap:
            i -= 1  # "Procter & Gamble": one name, a body's
            continue
        break
    if any(t.text == "&" for t in toks[i:]):
        # a name joined by "&" is a firm's, never a person's: "a spokesman for Procter & Gamble"
        # is a descriptor, "Brook & Vale" a body
        if any(is_role_word(t.low) or t.low in TITLES for t in toks[:i]):
            return NounPhrase(_join(text, toks), _join(text, [t for t in toks if t.low not in DETERMINERS]),
                              "descriptor", s, e, gender=_gender_of(toks[:i]))
        body = toks[1:] if toks[0].low in DETERMINERS and toks[0].low != "the" else toks
        return NounPhrase(_join(text, body), "", "org", body[0].start, body[-1].end)
    if i == n and n >= 2 and toks[-1].is_cap and toks[-2].low.rstrip(".") in {"mr", "mrs", "ms", "miss", "dr"}:
        i = n - 1  # "Mr. King", "Ms. Bishop": after an honorific a role word is the surname
    if i == n == 1 and toks[0].is_cap and toks[0].text[1:].islower() and _lone_role_surname(text, toks[0]):
        i = 0  # "In a letter at the time, King had accused him": a bare capitalised role word
        # in mid-sentence is a surname (a role needs its determiner: "the king")
    if n - i >= 3 and i > 0 and toks[i - 1].low in {"of", "for", "to"}:
        i += 1  # "Representative for Iran Brian Hook": the place belongs to the role
    # the first preposition after the role, then "the" and a body that ends the phrase ("a
    # spokesman for the Pentagon", "for the Economic Offences Wing")
    pi = next((q for q in range(2, n - 2) if toks[q].low in {"of", "at", "for", "to"}), -1)
    the_body = toks[pi + 2:] if pi > 1 and toks[pi + 1].low == "the" else []
    if toks[0].low in {"the", "a", "an"} and ((
            1 <= n - i <= 2 and i > 2 and toks[i - 1].low in {"of", "at", "for", "to"}
            and fold(toks[i].text) not in first_name_genders()
            and any(is_role_word(t.low) or t.low in TITLES for t in toks[1:i - 1])) or (
            1 <= len(the_body) <= 5 and all(t.is_cap for t in the_body)
            and fold(the_body[0].text) not in first_name_genders()
            and any(is_role_word(t.low) or t.low in TITLES for t in toks[1:pi]))):
        # "the Chief Technology Officer of Red Hat": a role at a body, not a person "Red Hat";
        # "the mayor of Yartown", "a former ambassador to China": a role of a place, not a person
        # "Yartown"; "a spokesman for the Pentagon", "a spokesman for the Economic Offences Wing":
        # the descriptor as written, not a body or a person called "Economic Offences Wing"
        return NounPhrase(_join(text, toks), _join(text, toks[1:]), "descriptor", s, e,
                          gender=_gender_of(toks))
    if n - i == 1 and i > 1 and toks[i - 1].low in {"in", "at", "from", "near"} and \
            any(t.low in ROLE_WORDS for t in toks[:i - 1]):
        # "a federal judge in Texas": a role and a place, not a person called Texas
        return NounPhrase(_join(text, toks), _join(text, [t for t in toks if t.low not in DETERMINERS]),
                          "descriptor", s, e, gender=_gender_of(toks))
    if i <= 1 and n >= 3:
        # "Developer John Okafor said", "Post Fact Checker Michelle Lee writes": a role word the
        # lexicon does not list, capitalised, before a given name
        p = _unlisted_capital_role(toks)
        if p:
            name = split_role_name(text, toks[p:])
            if name is not None and name.kind == "person":
                name.role = " ".join(x for x in (_join(text, toks[:p]), name.role) if x)
                return name
    pr = next((q for q in range(2, min(i, 5)) if toks[q].low in {"for", "to", "of"}), -1)
    if toks[0].low in {"a", "an", "the"} and pr > 0 and i < n and toks[pr - 1].low in PROXY_ROLES and \
            all(t.is_cap or t.low in TITLES for t in toks[pr + 1:i]):
        # "a spokeswoman for House Speaker Ben Ortiz", "a lawyer for Ben Ortiz", "the wife of Ben
        # Ortiz": the one who speaks for the person, as written, not the person
        return NounPhrase(_join(text, toks), _join(text, toks[1:]), "descriptor", s, e,
                          gender=_gender_of(toks[:pr]))
    name_toks = toks[i:]
    pre = toks[:i]
    if all(t.low in DETERMINERS or t.low in SKIP_BEFORE_CUE for t in toks):
        return None
    if all((t.low in MODIFIERS and t.low not in ROLE_WORDS) or t.low in DETERMINERS for t in toks):
        return None  # "international public" is an adjective phrase, not a speaker
    if not toks[-1].is_cap and toks[-1].is_word and not name_toks:
        # "a former NATO official", "police", "the statement": an unnamed descriptor
        return NounPhrase(_join(text, toks), _join(text, [t for t in toks if t.low not in DETERMINERS]),
                          "descriptor", s, e, gender=_gender_of(toks))
    last_role = max((x for x, t in enumerate(toks) if t.low in TITLES or t.low in ROLE_WORDS),
                    default=-1)
    tail = toks[last_role + 1:]
    lower_role = len(name_toks) >= 2 and i > 0 and toks[i - 1].is_word and toks[i - 1].text.isalpha() and \
        toks[i - 1].text.islower() and toks[i - 1].low not in CONNECTORS | DETERMINERS | NAME_PARTICLES | \
        _NOT_MODIFIER and fold(name_toks[0].text) not in ORG_HEADS
    # "Carthan University political scholar Kelly Dorran": a body, lower-case role words, then a
    # person's full name (the body is part of the role, as in "Pentagon spokesman John Kirby")
    has_org = not lower_role and any(t.low in ORG_HEADS for t in (tail or toks)) or (
        len(toks) >= 1 and toks[-1].text.isupper() and len(toks[-1].text) > 1 and len(name_toks) == 1
        and not pre)
    # the name run may absorb a capitalised organisation or place before the person's name;
    # a preceding capitalised word is a role when followed by a role/title ("Pentagon spokesman")
    if name_toks and not has_org:
        role_toks = [t for t in pre if t.low not in DETERMINERS or pre.index(t) > 0]
        while role_toks and role_toks[0].low in DETERMINERS:
            role_toks = role_toks[1:]
        role = _join(text, role_toks)
        name = _join(text, name_toks)
        if pre and all(t.low in DETERMINERS for t in pre) and len(name_toks) == 1:
            # "The Verge", "the Post": a name with an article is a body, not a person
            return NounPhrase(_join(text, toks), "", "org", s, e)
        if len(name_toks) >= 2 or pre:
            # "Kino Gabriel", "Senator Graham": a name
            kind = "person" if len(name_toks) >= 2 else "surname"
            if len(name_toks) == 1 and name_toks[0].text.isupper() and len(name_toks[0].text) > 1:
                kind = "org"
            if len(name_toks) == 1 and role_toks and role_toks[-1].text.islower() and \
                    role_toks[-1].low not in TITLES and _plural_role(role_toks[-1].low):
                kind = "org"  # "league leaders Northvale", "defending champions Brazil": a team or body
            if role_toks and role_toks[-1].text.islower() and role_toks[-1].low in _BODY_ROLE_HEADS:
                kind = "org"  # "hosting service GitHub", "the utility Alder Electric": a body
            return NounPhrase(name, role, kind, name_toks[0].start, name_toks[-1].end,
                              gender=_gender_of(role_toks))
        return NounPhrase(name, "", "surname", s, e)
    if has_org:
        body = toks
        first = body[0]
        if first.low in DETERMINERS and first.low not in {"the"}:
            body = body[1:]
        return NounPhrase(_join(text, body), "", "org", body[0].start, body[-1].end)
    # no name: an unnamed descriptor ("a former NATO official", "police", "the spokesman")
    return NounPhrase(_join(text, toks), _join(text, [t for t in toks if t.low not in DETERMINERS]),
                      "descriptor", s, e, gender=_gender_of(toks))


class _Run:
    """A part of a NAME_SEQ_RE match, with the match's ``start``/``end``/``group`` methods."""
    __slots__ = ("_s", "_g")

    def __init__(self, s: int, g: str) -> None:
        self._s, self._g = s, g

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._s + len(self._g)

    def group(self) -> str:
        return self._g


def _name_runs(text: str):
    """NAME_SEQ_RE's runs of capitalised words, cut at the verbs of a title-case headline
    ("Bobby Jindal Calls for ...", "Trump Picks Jeff Sessions, ...") and at weekdays ("debate
    with Alison Lundergan Grimes Monday night"): no name holds "Calls" or "Monday"."""
    for m in NAME_SEQ_RE.finditer(text):
        g = m.group()
        if not _HEADLINE_VERB_RE.search(g):
            yield m  # (the common case: one regex test, no split)
            continue
        cuts = [w for w in _WORD_RE.finditer(g) if w.start() > 0 and w.group().lower() in _RUN_CUTS]
        if not cuts:
            yield m
            continue
        a = 0
        for w in cuts + [None]:
            seg = g[a:w.start() if w is not None else len(g)].rstrip()
            poss = [p for p in _POSS_WORD_RE.finditer(seg) if p.end() < len(seg)]
            b = poss[-1].end() + 1 if poss else 0  # "Fox News’ Sean Hannity": after the possessor
            if len(seg[b:].split()) >= 2:
                yield _Run(m.start() + a + b, seg[b:])
            if w is not None:
                a = w.end() + 1


_WORD_RE = re.compile(r"\S+")
_POSS_WORD_RE = re.compile(r"\S+(?:['’]s|s['’])(?=\s)")
# verbs of headlines in title case, never part of a name
_HEADLINE_VERBS = frozenset("""says tells calls warns urges slams blasts vows claims insists accuses
praises defends asks adds denies admits announces rips picks taps backs endorses attacks responds
wants
demands pledges promises predicts questions signs threatens announced declared warned urged slammed
blasted claimed vowed accused denied admitted""".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# (nor a weekday: "with Ada Lee Kim Monday night"; nor a headline's adverb: "Giuliani Now Denies
# Trump Ever Discussed Michael Flynn With Comey")
_RUN_CUTS = _HEADLINE_VERBS | _WEEKDAYS | frozenset({"now", "ever", "never", "discussed", "with"})
_HEADLINE_VERB_RE = re.compile(r"\s(?:" + "|".join(sorted(w.capitalize() for w in _RUN_CUTS)) + r")\b")


def _lone_role_surname(text: str, tok: Token) -> bool:
    """Is the capitalised role word ``tok``, standing alone, a surname? Only for a singular word
    for one person ("King", "Winner", "Judge"; not "Police", "Staff", "Data"), and only in
    mid-sentence after a lower-case word, where a capital is not the sentence's or a headline's."""
    low = tok.low
    if low not in ROLE_WORDS or low in NON_PERSON_ROLES or low in ORG_HEADS or low.endswith("s") \
            or low in _GROUP_ROLES:
        return False
    m = _WORD_BEFORE_RE.search(text, max(0, tok.start - 40), tok.start)
    return m is not None and m.group(1)[:1].islower()


_WORD_BEFORE_RE = re.compile(r"([A-Za-z][\w'’-]*)[,;]?[”\"]?\s+$")
_GROUP_ROLES = frozenset("""media press family men women children people staff aldermen selectmen
spokesmen spokespeople city camp station outlet newspaper watchdog tribunal firm""".split())


# bodies a role may name as its modifier ("Club president", "company spokesman", "party leader")
BODY_MODIFIERS = ORG_HEADS | {"firm"}


def body_modifies_role(words: list[str], i: int) -> bool:
    """Is ``words[i]`` a body word that modifies the role words after it ("club" in "club
    president")? Then the role does not make its holder "the club"."""
    return words[i] in BODY_MODIFIERS and i + 1 < len(words) and words[i + 1] not in _ROLE_OBJECT_PREPOSITIONS


# role words that name a body or a document, never a person ("the study", "the ministry")
NON_PERSON_ROLES = frozenset("""statement report reports study survey poll decree letter document
documents filing ruling order proclamation communique release notice notices memo memorandum
message email e-mail announcement bulletin advisory circular leaflet pamphlet manifesto judgment
judgement verdict summary complaint lawsuit petition affidavit transcript notification
inquiry inquiries inquest panel jury investigation audit review government ministry department
agency administration military army navy troops police authorities authority officials
organization organisation group team teams sources source people staff members voters citizens
data figures statistics
warning warnings alert alerts motion indictment guidance ordinance
city crowd crowds audience audiences
""".split())

FEMALE_WORDS = frozenset("""
mrs ms miss madam dame lady queen princess spokeswoman chairwoman congresswoman businesswoman
woman women wife mother daughter sister girlfriend grandmother actress duchess empress
fiancée fiancee widow niece aunt chairwoman spokeswoman businesswoman policewoman
""".split())
MALE_WORDS = frozenset("""
mr sir lord king prince spokesman chairman congressman businessman man men husband father son
brother boyfriend grandfather duke emperor fiancé fiance widower nephew uncle
""".split())


FIRST_NAMES_PATH = Path(__file__).resolve().parent / "data" / "first_names.csv"


@functools.lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Every given name of ``analysis/data/first_names.csv``, folded (either gender)."""
    with open(FIRST_NAMES_PATH, encoding="utf-8") as fh:
        return frozenset(fold(line.partition(",")[0]) for line in fh
                         if line.strip() and not line.startswith("#") and line.strip() != "name,gender")


@functools.lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """Given name -> "f"/"m" from ``analysis/data/first_names.csv`` (names listed with both
    genders are left out)."""
    out: dict[str, str] = {}
    seen: dict[str, set] = {}
    with open(FIRST_NAMES_PATH, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#") or line == "name,gender":
                continue
            name, _, g = line.partition(",")
            seen.setdefault(fold(name), set()).add(g.strip())
    for name, gs in seen.items():
        if len(gs) == 1:
            out[name] = next(iter(gs))
    return out


HONORIFICS = frozenset("""mr mrs ms miss mx dr prof sir dame lord lady rev""".split())


def _gender_of(toks: list[Token]) -> str:
    for t in toks:
        if t.low in FEMALE_WORDS:
            return "f"
        if t.low in MALE_WORDS:
            return "m"
    return ""


def _join(text: str, toks: list[Token]) -> str:
    if not toks:
        return ""
    return re.sub(r"\s+", " ", text[toks[0].start:toks[-1].end])


def parse_np(text: str, toks: list[Token]) -> NounPhrase | None:
    """Parse a noun phrase given as tokens, handling an appositive (``X, the role,``).

    >>> s = "Nancy Pelosi, the Speaker of the House,"
    >>> parse_np(s, tokenize(s)).name
    'Nancy Pelosi'
    """
    words = [t for t in toks]
    while words and words[-1].text == ",":
        words = words[:-1]
    if not words:
        return None
    commas = [i for i, t in enumerate(words) if t.text == ","]
    if commas:
        head = split_role_name(text, words[:commas[0]])
        rest = split_role_name(text, words[commas[0] + 1:])
        if head is not None and head.kind == "person":
            if rest is not None and not any(t.low in _CLAUSE_VERBS for t in words[commas[0] + 1:]):
                # a clause after the comma ("X, this break will allow him ...") is not a role
                head.roles.append(_join(text, words[commas[0] + 1:]))
            return head
        if rest is not None and rest.kind == "person":
            rest.roles.append(_join(text, words[:commas[0]]))
            return rest
    of = next((q for q in range(1, len(words) - 1) if words[q].low == "of"), None)
    if of is not None and " ".join(w.text for w in words[of + 1:]) in US_STATES and \
            all(w.is_cap for w in words[:of]) and not any(w.low in ROLE_WORDS or w.low in TITLES or w.low in _PARTY_WORDS
                                                         or _names_no_person(w.text) for w in words[:of]):
        who = split_role_name(text, words[:of])
        if who is not None and who.kind in {"person", "surname"}:
            who.roles.append(_join(text, words[of:]))  # "Hoyer of Maryland": the legislator, not the state
            return who
    if len(words) >= 2 and words[0].low == "that" and words[1].text.islower() and words[-1].low.endswith("s") \
            and not words[-1].low.endswith("ss"):
        words = words[1:]  # "so dramatic that critics have charged": a conjunction, not "that critic"
    post = []
    while len(words) >= 3 and words[-1].text.rstrip(".") in _POSTNOMINALS and words[-2].is_cap and words[-3].is_cap:
        post.insert(0, words.pop())  # "Judge Ada Hall QC", "Ada Vell MP": letters after the name
    np = _role_of_body_then_name(text, words) or split_role_name(text, words)
    if post and np is not None and np.kind in {"person", "surname"}:
        np.role = " ".join(x for x in [np.role] + [t.text for t in post] if x)
    if np is not None and np.kind == "person" and not np.roles and len(parts := np.name.split()) == 2 and \
            (fold(parts[0]) in _COMPASS or fold(parts[0]) == "latin"):
        np.kind = "org"  # "North Korea", "Latin America": a country or a region, which speaks as a body
    return np


def _role_of_body_then_name(text: str, words: list[Token]) -> NounPhrase | None:
    """"Former Speaker of the House Ada Vell", "US Ambassador to the United Nations Ada Vell",
    "director of Amnesty International Bo Tann", "The Native Rights Fund's Ada Vell": a role and
    the body it serves (ending in a word such as House, Nations, International, Fund), or a
    body's possessive, then the person's name, which the capitalised run would otherwise fuse
    with the body. None unless the phrase has that shape."""
    n = len(words)
    if n < 3 or not words[-1].is_cap:
        return None  # (the common case: no body and name to split)
    prep = next((q for q in range(1, n) if words[q].low in {"of", "to", "at", "for"}), None)
    poss = next((q for q in range(n - 2) if words[q].is_cap and words[q].text.endswith(("'s", "’s"))), None)
    if poss is not None and all(w.is_cap or w.low in DETERMINERS or w.low in {"of", "and", "for", "&"}
                                for w in words[:poss + 1]) and \
            any(_unpossessed(w.low) in ORG_HEADS for w in words[:poss + 1]):
        # "The Native Rights Fund's Ada Vell": a body's person (not "Trump's Ada Vell")
        head = poss
    elif prep is None or not any(w.low in ROLE_WORDS or w.low.rstrip(".") in TITLES for w in words[:prep]):
        return None
    else:
        head = max((q for q in range(prep + 1, n) if words[q].is_cap and words[q].low in ORG_HEADS), default=None)
    if head is None or not 2 <= n - head - 1 <= 4:
        return None
    name = words[head + 1:]
    if not (name[0].is_cap and name[-1].is_cap) or not all(
            (w.is_cap and w.low not in ORG_HEADS and w.low not in ROLE_WORDS and w.low.rstrip(".") not in TITLES
             and w.low not in _FUNCTION_WORDS) or w.low in NAME_PARTICLES for w in name):
        return None
    role = words[:head + 1]
    while role and role[0].low in DETERMINERS:
        role = role[1:]
    return NounPhrase(_join(text, name), _join(text, role), "person", name[0].start, name[-1].end,
                      gender=_gender_of(role))


# ---------------------------------------------------------------------------------------------
# Article-level registry of people


def _reads_as_clause(words: list[str]) -> bool:
    """A role taken from a run-on of the text is a clause, not role words: "with the death toll
    rising", "when asked whether ...", "committee is investigating ...", "Iranian Chess Federation
    announced two players" (but "a biologist who was not involved" is a role and its relative)."""
    low = [w.lower().strip(",.;:") for w in words]
    if low[0] in _CLAUSE_OPENERS or (len(low) > 2 and low[1] in _FINITE_AFTER_NOUN):
        return True  # ("is the senior pastor", "from the pro-Beijing camp" stay: they say who)
    for w in low[1:]:
        if w in {"who", "which", "that", "whose", "whom", "where"}:
            return False
        if w in _ROLE_CLAUSE_VERBS:
            return True
    return False


_CLAUSE_OPENERS = frozenset("""when with while after before this these as if""".split())
_FINITE_AFTER_NOUN = frozenset("""is are was were has have had will""".split())
# a speech verb inside a role: the text ran on into a report
_ROLE_CLAUSE_VERBS = frozenset("""said says announced reported stated told added claimed""".split())


@dataclass
class Person:
    """A person the article names, with every role it attaches to them."""

    name: str
    first_pos: int
    roles: list[str] = field(default_factory=list)
    gender: str = ""
    votes: dict = field(default_factory=lambda: {"m": 0, "f": 0})

    @property
    def last(self) -> str:
        """The surname, folded; a generational suffix is not it ('Robert Quenby Jr.' -> quenby)."""
        words = self.name.split()
        last = fold(words[-1])
        if last in _SUFFIX_FORMS and len(words) > 1:
            return fold(words[-2])
        return last

    @property
    def inner(self) -> str:
        """The first of two surnames in a name of three or more words ('Ricardo Vela Montes' ->
        vela), '' when there is none (an initial or a particle is no surname)."""
        words = self.name.split()
        while len(words) > 1 and fold(words[-1]).rstrip(".") in NAME_SUFFIXES:
            words.pop()
        if len(words) < 3:
            return ""
        w = words[-2]
        low = fold(w)
        return low if w[:1].isupper() and len(low) > 2 and low.isalpha() and low not in NAME_PARTICLES else ""

    def add_role(self, role: str) -> None:
        role = role.strip(" ,")
        words = role.split()
        while words and words[-1].lower().rstrip(".") in HONORIFICS:
            words.pop()  # "Dr", "Mr." are honorifics, not roles
        role = " ".join(words)
        if not role or _reads_as_clause(words):
            return
        low = role.lower()
        for i, r in enumerate(self.roles):
            if low in r.lower():
                return  # already held in a fuller form
            if r.lower() in low:
                self.roles[i] = role  # a fuller form of a role already held
                return
        self.roles.append(role)


UPPER = "".join(chr(c) for c in range(0x41, 0x2000) if chr(c).isupper() and chr(c).isalpha())
_U = "[" + UPPER + "]"
_ABBR = "(?:Gen|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Prof|St|Jr|Sr|Maj|Rev|Hon)"
_NAME_WORD = "(?:" + _U + r"\.(?:" + _U + r"\.)*|" + _ABBR + r"\.|" + _U + r"[\w'’-]*)"  # ("H.W.")
NAME_SEQ_RE = re.compile(
    r"(?<![\w'’-])(?:(?:" + _NAME_WORD + r"|(?:al|el|bin|ibn|de|da|van|von|le|la|del|der|di|du|dos)"
    r"(?:-" + _U + r"[\w'’-]*)?)[ \t\u00a0]+){1,7}(?:" + _U + r"|(?:" + "|".join(sorted(_GLUED_PARTICLES))
    + r")" + _U + r"(?=[a-z]))[\w'’-]*(?![\w-])"  # (last: "Dan diGenova", a particle glued to the surname)
)
TITLED_SURNAME_RE = re.compile(
    r"(?<![A-Za-z])([A-Za-z]+\.?)[ \t\u00a0]+(" + _U + r"[\w'’-]+)(?![\w'’-])"
    r"(?![ \t\u00a0]+(?:" + _U + r"|(?:bin|ibn|al|el|de|da|van|von|der|del|di|du|dos|le|la)\b))")
_APPOS_BEFORE_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+([\w'’ -]{3,70}),\s*$")
_FINITE_IN_RE = re.compile(r"\b(?:is|was|are|were|has|have|had|will|would|can|could|should)\b")
_APPOS_AFTER_RE = re.compile(r",\s*((?:the|a|an|who is|who was)\s+[^,.;()]{3,80}),")
_APPOS_SHORT_RE = re.compile(r",\s*([^,.;]{1,60})")
_PRONOUN_AFTER_RE = re.compile(r"(?:^|[.!?]\s+|,\s+|\band\s+)([Hh]e|[Ss]he)\b|\s(?:" + _U + r")\w+")
_ROLE_OF_RE = re.compile(r"(?<![\w'’-])((?:" + _U + r"[\w'’-]*\s+){1,4})(of|for)\s+$")
_COMPOUND_ADJ_RE = re.compile(r"-[a-z]+(?:ed|ing|based|led|run|backed|born)$")
_LONE_SUBJECT_PRONOUN_RE = re.compile(r"(?<![\w'’.-])(" + _U + r"[a-z]{2,}) (?:also |then |later |had |has |was )?"
                                      r"(?:(?:[a-z]+ed|said|told|wrote|thought|felt|knew|made|took|gave|got)\b"
                                      r"(?: [a-z’'-]+){0,8}? (?:when|as|after|before|because|and|that|,)"
                                      r"|(?:said|says|added|claimed|insisted|argued|wrote|believes|believed))"
                                      r" (he|she) ")
_LONE_OWN_RE = re.compile(r"(?<![\w'’.-])(" + _U + r"[a-z]+(?:-" + _U + r"[a-z]+)?)\s+(?:also\s+)?"
                          r"[a-z]+ed\s+(his|her)\s+own\b")
# the US party-and-state marker after a legislator's name: "Ted Cruz (R-Texas)", "Andrew Cuomo
# (D)", "Nancy Pelosi, D-Calif.,"; group 1 or 2 is the party's letter (MARKER_PARTIES)
# "(R-Texas)", "(D)", ", D-Fla.,", ", D-N.Y.," and ", D-N.Y." closing a sentence (its stop is kept)
PARTY_MARKER_RE = re.compile(r"\s*\(([RDI])(?:-[A-Z][A-Za-z. ]{1,20})?\)|,\s*([RDI])-(?:[A-Z][a-z]{1,6}\.?,"
                             r"|[A-Z]\.[A-Z]\.,|[A-Z]\.[A-Z](?=\.\s*(?:$|[A-Z\"“])))")
MARKER_PARTIES = {"R": "Republican", "D": "Democratic", "I": "Independent"}
US_STATES = frozenset("""Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|
Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|
Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|
North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|
Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming""".replace("\n", "").split("|"))
_PLACE_OPENERS = frozenset("""los las san santa santo sao fort port mount lake""".split())
# cheap necessary conditions that open with a literal character (fast to scan for)
_WHO_ANCHOR_RE = re.compile(r",\s+who\b")
_OWN_ANCHOR_RE = re.compile(r" own\b")
_PRONOUN_ANCHOR_RE = re.compile(r" s?he ")
_LONE_WHO_RE = re.compile(r"(?<![\w'’.-])(" + _U + r"[a-z]+(?:-" + _U + r"[a-z]+)?),\s+who\b")
PAREN_ACR_RE = re.compile(r"\((" + _U + r"[A-Za-z&-]{1,9})\)")
_NON_PERSON_END = frozenset("""
island river street road square park city county state states sea ocean mountain bridge
day week month year monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december war election act bill
district caucus hill valley lake airport station hospital hospice care center centre court law
province region square avenue boulevard highway stadium arena hotel church mosque temple
cathedral palace tower building hall house senate assembly parliament congress summit festival
championship cup league prize award awards games olympics treaty accord agreement
base airbase airfield barracks garrison depot holdings motors lines airlines airways shipping
logistics industries enterprises partners systems technologies mall prison jail zoo museum
library theatre theater cinema parade marathon race tournament series show concert rally
conference convention expo fair yard shipyard
""".split())
_DAYS_MONTHS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january
february march april june july august september october november december""".split())


# letters NFKD does not decompose: "Jarosław", "Søren", "Đoković", "Straße"
_FOLD_EXTRA = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae",
                             "œ": "oe", "þ": "th", "ð": "d", "ħ": "h"})


@functools.lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower case without accents or a possessive: ``Erdoğan's`` -> ``erdogan``."""
    w = word.lower().strip(".,")
    if not w.isascii():
        w = unicodedata.normalize("NFKD", w)
        w = "".join(c for c in w if not unicodedata.combining(c)).translate(_FOLD_EXTRA)
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    return w


_DEMONYMS = frozenset("""
american russian iranian syrian cypriot greek french german chinese japanese israeli saudi
egyptian libyan iraqi afghan pakistani indian mexican canadian australian italian ukrainian
palestinian lebanese korean argentine argentinian brazilian european african asian arab muslim
catholic democratic republican kurdish turkish british irish polish spanish danish swedish
finnish scottish english jewish welsh dutch swiss belgian austrian norwegian hungarian czech
romanian bulgarian serbian croatian portuguese venezuelan colombian chilean peruvian cuban
filipino thai vietnamese indonesian malaysian nigerian kenyan ethiopian somali sudanese
yemeni jordanian qatari emirati omani bahraini kuwaiti sunni shia shiite western eastern
northern southern islamic christian
""".split())


def _demonym(word: str) -> bool:
    return word.lower() in _DEMONYMS


_ABBR_SET = frozenset(_ABBR.strip("(?:)").split("|"))
_FUNCTION_WORDS = frozenset("""in on at for by from with after before during the a an this that these
those but and as if when while since until although though because so yet or nor of to into
about over under between among against without within via per than then there here it its he
she they we you i his her their our my your what which who whom whose where why how all some
many most several each every both either neither no not also even only just however meanwhile
according despite amid following including like unlike near
whereas whilst once afterwards afterward now later earlier also still again instead therefore thus
hence indeed besides moreover furthermore nevertheless nonetheless otherwise perhaps finally
eventually additionally similarly likewise consequently subsequently previously currently
recently initially ultimately separately overall elsewhere unless upon whether whenever
wherever even yesterday today tonight tomorrow""".split())
_AGE_RE = re.compile(r"(?i)^(?:\d+|[a-z]+(?:-[a-z]+)?)-years?-old$")
_CLAUSE_VERBS = frozenset("""will would can could may might must shall should is are was were
has have had does did""".split())
_PARTY_WORDS = frozenset("""democrat republican libertarian""".split())
_COMPASS = frozenset("""north south east west northern southern eastern western central
northeast northwest southeast southwest upper lower greater""".split())
_PREP_END_RE = re.compile(r"\b(?:of|for|to|from)\s+$")


@functools.lru_cache(maxsize=16384)
def _parse_name_seq(seq: str, after_prep: bool) -> tuple[str, str, int] | None:
    """(name, role, offset of the name) for a run of capitalised words, or None if it is not a
    personal name. Cached: articles repeat their names."""
    if seq.endswith(("'s", "’s")):
        seq = seq[:-2]  # "President Donald Trump's attempt": the possessor is the person
    toks = tokenize(seq)
    while toks and (toks[0].low in _FUNCTION_WORDS or toks[0].low in _DAYS_MONTHS or _LINK_ID_RE.fullmatch(toks[0].text) or (
            len(toks) >= 2 and len(toks[0].low) >= 6 and toks[0].low.endswith("ing") and "-" not in toks[0].text
            and fold(toks[0].text) not in first_name_genders())):
        toks = toks[1:]  # "In Ohio", "But Smith": a capitalised function word opens the sentence;
        # "This Wednesday Greek Foreign Minister X": a day is no part of the role; "Referencing
        # President Trump's ...": a participle opens it
    if len(toks) < 2:
        return None
    if len(toks) >= 3 and after_prep:
        # "Representative for Iran Brian Hook"; "Chief Executive of Hong Kong Carrie Lam": the place
        # may have two words, so start at a known given name when there is one
        names = first_name_genders()
        starts = [i for i in range(1, len(toks) - 1) if fold(toks[i].text) in names]
        if starts:
            toks = toks[starts[0]:]
        elif len(toks) >= 4 and not any(len(t.text) == 2 and t.text.endswith(".") for t in toks):
            toks = toks[-2:]  # a two-word place, then a two-word name
        else:
            toks = toks[1:]
    if any(len(t.text) > 1 and t.text.isupper() and not t.text.endswith(".")
           and t.text not in {"II", "III", "IV", "JR"} and t.low not in ROLE_WORDS for t in toks[1:]):
        return None  # "Turkish EEZ", "UN Security Council": not a personal name (but "Acme CEO
        # Jack Dorsey": a role in capitals)
    if len(toks[0].text) >= 3 and toks[0].text.isalpha() and toks[0].text.isupper() and \
            toks[0].low.rstrip(".") not in TITLES and not _is_role(toks[1]):
        return None  # "NASA Ames", "RAF Northolt": an acronym opens the name of a body or place
    np = split_role_name(seq, toks)
    if np is None or np.kind != "person":
        return None
    parts = np.name.split()
    if parts[-1].lower() in _NON_PERSON_END or parts[0].lower() in DETERMINERS or \
            (len(parts) == 2 and fold(parts[0]) in _PLACE_OPENERS):
        return None  # ("Las Vegas", "San Francisco", "Fort Lee": a place)
    if any(_COMPOUND_ADJ_RE.search(p) for p in parts):
        return None  # "a thwarted Al Qaeda-sanctioned plot", "a Trump-mocking skit": an adjective
    if any(p.lower().endswith(("n't", "n’t")) for p in parts):
        return None  # "Kerry: I Didn't Call Israel ...": a Title-Case headline's verb, not a name
    if any(p in {"War", "Wars"} for p in parts[1:]):
        return None  # "World War II", "the Civil War": an event, not a person
    if any(p.lower() in _CAP_STOP for p in parts) or parts[0].lower() in _COMPASS \
            or parts[0].lower() in _DAYS_MONTHS:
        return None  # "Morning I" (an interview's "I"), "North Karnataka" (a place)
    if any(p.lower().strip(".") in ORG_HEADS for p in parts):
        return None
    if all(_demonym(p) for p in parts):
        return None
    if len(parts) == 2 and parts[0].lower() in MODIFIERS and parts[0].lower() != "young" and \
            fold(parts[0]) not in first_name_genders():
        return None  # "National Geographic", "Federal Reserve": an adjective is not a given name
    return np.name, np.role, np.start


def _anchored_matches(pattern: re.Pattern, anchor: re.Pattern, text: str, back: int = 160) -> list[re.Match]:
    """The matches of ``pattern`` that end where a match of the cheap ``anchor`` (the pattern's
    own last words: ", who", "her own") ends. Same matches as ``pattern.finditer(text)`` for these
    patterns (each is at most ``back`` characters long), found only near the rare anchors instead
    of trying the pattern's leading capital-letter class at every position of the article."""
    out: list[re.Match] = []
    seen: set[int] = set()
    for a in anchor.finditer(text):
        for m in pattern.finditer(text, max(0, a.start() - back), a.end()):
            if m.end() == a.end() and m.start() not in seen:
                seen.add(m.start())
                out.append(m)
    return sorted(out, key=lambda m: m.start())


_ROLE_OBJECT_PREPOSITIONS = frozenset("for of at with from to in on by".split())
# nouns that end in -ly, never adverbs before a verb ("Kim's family said", "a key ally said")
LY_NOUNS = frozenset("family ally assembly supply rally monopoly anomaly homily bully".split())


def ly_adverb(low: str) -> bool:
    """Is the lower-case word ``low`` an -ly adverb ("also", "recently"), not a noun ("family")?"""
    return low.endswith("ly") and low not in LY_NOUNS


def _lone_surname_at(text: str, start: int, name: str) -> bool:
    """Can the single capitalised word ``name`` at ``start`` be a surname on its own? Not after
    another capitalised word (the end of a longer name), not a plural, and no place, role, title,
    party, day or function word."""
    before = text[max(0, start - 30):start].split()
    low = fold(name)
    return not ((before and before[-1][:1].isupper() and before[-1][-1:].isalnum()
                 and fold(before[-1]) not in _FUNCTION_WORDS)  # ("But Clinton defended": an opener)
                or (before and before[-1].lower() == "the")  # ("The Scot, who took charge": an epithet)
                or low.endswith("s") or _names_no_person(name)
                or low in _PARTY_WORDS or low in _DAYS_MONTHS or low in _FUNCTION_WORDS
                or low in _CAP_STOP or low in PRONOUNS)


def _names_no_person(name: str) -> bool:
    """A single capitalised word that names a place, a body, a role, a title, a people or an
    acronym, never a person ("Street", "Ministry", "Governor", "Swiss", "NATO")."""
    low = fold(name)
    return low in _NON_PERSON_END or _demonym(name) or low in ORG_HEADS or name.isupper() or \
        low in TITLES or low in ROLE_WORDS or _plural_role(low)


def _role_initials(role: str) -> str:
    """Initials of a role's capitalised words, leaving out acronyms and prefixes such as
    "Former": "Former Director of National Intelligence" -> "DNI"."""
    return "".join(w[0] for w in role.split() if w[:1].isupper() and not w.isupper()
                   and w.lower() not in _ROLE_PREFIXES and w.lower() != "current")


@functools.lru_cache(maxsize=1)
def _inverted_cue_forms() -> frozenset[str]:
    from analysis.cue_words import load_cues  # the cue lexicon; imported late (cue_words imports us)
    return frozenset(f for f, c in load_cues().items()
                     if c.quote and not c.naming and f != c.lemma and not f.endswith(("ing", "s")))


def _inverted_cue(word: str) -> bool:
    """``Said``/``Remarked`` opening a sentence before a name: a speech verb, not a given name."""
    return word[:1].isupper() and word.lower() in _inverted_cue_forms()


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, stopping early once it exceeds ``limit``."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


_TITLE_EXPANSIONS = {
    "gen": "general", "lt": "lieutenant", "col": "colonel", "sen": "senator",
    "rep": "representative", "gov": "governor", "adm": "admiral", "sgt": "sergeant",
    "capt": "captain", "dr": "doctor", "prof": "professor", "maj": "major", "rev": "reverend",
}


def _plural_role(low: str) -> bool:
    """``presidents``, ``ministers``, ``secretaries``: the plural of a role word or title."""
    if not low.endswith("s"):
        return False
    stems = {low[:-1]} | ({low[:-3] + "y"} if low.endswith("ies") else set())
    return any(x in ROLE_WORDS or x in TITLES for x in stems)


_DOTTED_ACRONYM_RE = re.compile(r"(?:[A-Za-z]\.){2,}")  # "U.S.", "D.C.": no sentence's end


class Registry:
    """People named in one article, found once, then used to resolve later mentions.

    >>> r = Registry("Pentagon spokesman John Kirby said so. Kirby added more.")
    >>> r.resolve_surname("Kirby").name
    'John Kirby'
    """

    def __init__(self, *texts: str) -> None:
        self.people: list[Person] = []
        self._by_name: dict[str, Person] = {}
        self._by_fold: dict[str, Person] = {}  # accent-folded full names: one person per spelling
        self._acronyms: dict[str, str] = {}
        self._by_last: dict[str, Person] = {}
        self._by_first: dict[str, Person] = {}
        self._by_inner: dict[str, Person] = {}  # first of two surnames ("Vela" of "Ricardo Vela Montes")
        self._name_words: set[str] = set()  # folded words of every registered name
        self._people_by_last: dict[str, list[Person]] = {}  # folded last word -> people
        for text in texts:
            if text:
                self._scan(text)

    def _scan(self, text: str) -> None:
        for m in PAREN_ACR_RE.finditer(text):
            acr = m.group(1)
            words = text[max(0, m.start() - 120):m.start()].split()
            keep: list[str] = []
            for w in reversed(words[-9:]):
                if w[:1].isupper() or (keep and w in {"of", "for", "and", "the", "on"}):
                    keep.insert(0, w)
                else:
                    break
            while keep and not keep[0][:1].isupper():
                keep.pop(0)
            words = keep
            mixed = not acr.isupper()  # "CalFire": a contraction, not initials
            for a in range(len(words)):
                if not words[a][:1].isupper():
                    continue
                initials = "".join(w[0] for w in words[a:] if w[0].isupper())
                if initials[:1] == acr[0] and (initials.upper().startswith(acr[:2].upper())
                                               or len(acr) <= 2 or mixed):
                    self._acronyms.setdefault(acr, " ".join(words[a:]))
                    break
        for m in _name_runs(text):
            after_prep = bool(_PREP_END_RE.search(text, max(0, m.start() - 5), m.start()))
            parsed = _parse_name_seq(m.group(), after_prep)
            if parsed is None:
                continue
            seq_words = m.group().split()
            if len(seq_words) >= 3 and _inverted_cue(seq_words[0]) and \
                    text[max(0, m.start() - 4):m.start()].rstrip(" \"“”\n")[-1:] in {"", ".", "!", "?"}:
                # 'Said Bo Tran: "..."' opening a sentence: the verb is not part of the name
                sub = _parse_name_seq(" ".join(seq_words[1:]), False)
                if sub is None:
                    continue
                parsed = (sub[0], sub[1], sub[2] + len(seq_words[0]) + 1)
            if (parsed[2] == 0 and text[max(0, m.start() - 4):m.start()] in {"the ", "The "}
                    and seq_words[0].lower().rstrip(".") not in TITLES) or (
                    seq_words[0] == "The" and seq_words[1].lower().rstrip(".") not in TITLES):
                continue  # "The Baltimore Sun", "the Capitol Hill": names of things, not people
            name, role, rel = parsed
            if after_prep and rel > 0 and not role:
                # "Director of National Intelligence James Clapper": the words cut before the name
                # finish a role that a capitalised title run before "of" opens
                pm = _ROLE_OF_RE.search(text, max(0, m.start() - 60), m.start())
                head = [w for w in pm.group(1).split() if w.lower() not in DETERMINERS] if pm else []
                if head and any((w.lower() in ROLE_WORDS and not w.lower().endswith("s"))
                                or w.lower().rstrip(".") in TITLES for w in head):
                    role = f"{' '.join(head)} {pm.group(2)} {m.group()[:rel].strip()}"
            # a role before the sequence in lower case ("spokesman John Kirby")
            before = text[max(0, m.start() - 60):m.start()]
            if before.endswith(" "):
                extra = before.split()[-4:]
                keep: list[str] = []
                for w in reversed(extra):
                    lw = w.lower()
                    if w.endswith((",", ";", ":")) or lw in TIME_WORDS or lw in _FUNCTION_WORDS or (
                            w.endswith((".", "!", "?")) and len(w) > 2 and lw.rstrip(".") not in TITLES
                            and lw not in ABBREV and not _DOTTED_ACRONYM_RE.fullmatch(w)):
                        break  # "On Sunday, Polish leader X": the date is not part of the role;
                        # "... on Saturday. Northvale manager X": nor the sentence before
                    if lw in ROLE_WORDS or lw in MODIFIERS or lw in TITLES or (
                            keep and w[:1].isupper() and lw not in DETERMINERS):
                        keep.insert(0, w)
                    else:
                        break
                if keep and any(k.lower() in ROLE_WORDS or k.lower() in TITLES for k in keep):
                    role = " ".join(keep + ([role] if role else []))
            # appositive roles: "the general manager of X, Dr Ali bin Tamim," / "X, the mayor,"
            bm = _APPOS_BEFORE_RE.search(text, max(0, m.start() - 80), m.start()) \
                if text[max(0, m.start() - 2):m.start()].startswith(",") and not any(
                    w.lower() in ROLE_WORDS for w in role.split()) else None
            # (not "In response to a lawsuit by the group X, U.S. District Judge Gray Miller": a
            # name with a role of its own after an opening phrase)
            if bm and any(w.lower() in ROLE_WORDS and w.lower() not in _BODY_ROLE_HEADS for w in bm.group(1).split()):
                # (not "In remarks to the Agence France-Presse news service, X of UNICEF": a body)
                role = "; ".join(x for x in (role, bm.group(1)) if x)
            am2 = _APPOS_AFTER_RE.match(text, m.end(), m.end() + 100) \
                if text[m.end():m.end() + 1] == "," else None
            appos = re.sub(r"^who (?:is|was)\s+", "", am2.group(1)) if am2 else ""
            if am2 and any(w.lower() in ROLE_WORDS for w in am2.group(1).split()) and \
                    not _FINITE_IN_RE.search(appos):
                # (not ", the goal is to render space accessible to many customers and,": a clause)
                role = "; ".join(x for x in (role, appos) if x)
            role = "; ".join(r for r in role.split("; ") if r.lower().rstrip(".") not in HONORIFICS)
            p = self.add(name, m.start() + rel, role)
            g = _gender_of(tokenize(role)) if role else ""
            if g:
                p.votes[g] += 2
            # gender evidence: an appositive ("X, fiancée of ...,"), then the next He/She
            after = text[m.end():m.end() + 160]
            am = _APPOS_SHORT_RE.match(after)
            if am:
                g2 = _gender_of(tokenize(am.group(1)))
                if g2:
                    p.votes[g2] += 2
            pm = _PRONOUN_AFTER_RE.search(after)
            if pm and pm.group(1):
                p.votes["f" if pm.group(1).lower() == "she" else "m"] += 1

        # a title or role before a single name: "Turkish president Erdoğan", "Captain Rochester"
        pos = 0
        while True:
            m = TITLED_SURNAME_RE.search(text, pos)
            if m is None:
                break
            pos = m.end()
            role = m.group(1)
            low_role = role.lower()
            if low_role.rstrip(".") not in TITLES and low_role not in ROLE_WORDS:
                # most matches: any word before a capitalised one; that word may be a title itself
                # ("While Mr. Holm", "But Dr. Osk"), so look again from it
                pos = m.start(2)
                continue
            name = m.group(2)
            if name.endswith(("'s", "’s")):
                name = name[:-2]  # "President Trump's firing": the possessor is Trump
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "'’-"):
                continue
            if role.endswith(".") and role[:-1] not in _ABBR_SET:
                continue
            if role.islower() and low_role not in TITLES and (_plural_role(low_role) or (
                    low_role in _BODY_ROLE_HEADS and not _VERB_AFTER_RE.match(text, m.end()))):
                continue  # "league leaders Northvale", "defending champions Brazil": a team, no
                # person; "hosting service GitHub": a body (not "a website Peters helped create")
            low = fold(name)
            if _names_no_person(name):
                continue  # ("one of the Vice Presidents, Ada Kim,": a plural role is nobody's name)
            g = _gender_of(tokenize(role))
            if low in self._name_words:
                holder = self.resolve_surname(name)
                if not g or (holder is not None and self.gender(holder) in {g, ""}) or any(
                        self.gender(q) in {g, ""} and low in {fold(w) for w in q.name.split()} for q in self.people):
                    continue
            # (a new person, also "Mrs. Clinton" in an article that names only Bill Clinton)
            p = self.add(name, m.start(2), role)
            if g:
                p.votes[g] += 2  # "Mr. Varga", "Mrs. Holm": the title tells
        self._scan_lone_surnames(text)

    def _scan_lone_surnames(self, text: str) -> None:
        """Single capitalised words that the article's grammar shows to be people it names by
        surname only, registered so that a later "he said" has its antecedent:

        - before ", who" ("concerns about Lewandowski, who had limited experience");
        - a subject that a he/she takes up in its own clause ("Pryor also earned the only laugh
          of the evening when he noted ...", "Clinton promised that she ...");
        - a subject whose verb's object is "her own"/"his own" ("Cabello shared her own message").

        The pronoun votes the gender. Never a word after another capitalised one ("the United
        States, who"), a plural ("Democrats, who"), a place, role, title or function word.
        """
        for pattern, anchor, votes in ((_LONE_WHO_RE, _WHO_ANCHOR_RE, 0),
                                       (_LONE_SUBJECT_PRONOUN_RE, _PRONOUN_ANCHOR_RE, 1),
                                       (_LONE_OWN_RE, _OWN_ANCHOR_RE, 2)):
            for m in _anchored_matches(pattern, anchor, text):
                name = m.group(1)
                if not _lone_surname_at(text, m.start(), name):
                    continue
                low = fold(name)
                p = self.resolve_surname(name) if low in self._name_words else self.add(name, m.start(1))
                if p is not None and votes:
                    p.votes["f" if m.group(2).lower() in {"she", "her"} else "m"] += votes

    def acronym_of(self, name: str) -> str | None:
        """``Syrian Democratic Forces`` -> ``SDF`` when the article gave the acronym."""
        for acr, full in self._acronyms.items():
            if full.lower() == name.lower():
                return acr
        return None

    def expand_acronym(self, word: str) -> str | None:
        """``SDF`` -> ``Syrian Democratic Forces`` when the article spelled it out."""
        return self._acronyms.get(word.strip(". "))

    def add(self, name: str, pos: int, role: str = "") -> Person:
        key = name.lower()
        p = self._by_name.get(key)
        words = name.split()
        fkey = " ".join(fold(w) for w in words)
        if p is None and fkey in self._by_fold:
            # "Jaroslaw Kaczmarek" after "Jarosław Kaczmarek": the same person; the output keeps
            # the spelling with diacritics, as the article writes it
            p = self._by_fold[fkey]
            self._by_name[key] = p
            if sum(not c.isascii() for c in name) > sum(not c.isascii() for c in p.name):
                p.name = name
        if p is None and len(words) >= 2 and words[0].lower() in NAME_PARTICLES:
            # "La Riva" after "Gloria La Riva": a surname with a particle, not a new person
            tail = [fold(w) for w in words]
            for q in self.people:
                qw = [fold(w) for w in q.name.split()]
                if len(qw) > len(tail) and qw[-len(tail):] == tail:
                    p = q
                    break
        # (people sharing the last word: the only candidates of the two checks below)
        kin = self._people_by_last.get(fold(words[-1]), []) if len(words) >= 2 else []
        if p is None and kin and fold(words[0]) not in first_name_genders():
            # "Ms. Wasserman Schultz" after "Debbie Wasserman Schultz": a double surname, the
            # one registered person whose longer name ends with it
            tail = [fold(w) for w in words]
            hits = [q for q in kin if len(qw := [fold(w) for w in q.name.split()]) > len(tail)
                    and qw[-len(tail):] == tail]
            if len(hits) == 1:
                p = hits[0]
                self._by_name[key] = p
        if p is None and kin and fold(words[-1]).rstrip(".") not in NAME_SUFFIXES:
            # "Hillary Clinton" and "Hillary Rodham Clinton": one person, named by the fuller form,
            # when one registered name has the same first and last word and more or fewer words
            # (never with initials: "George W. Bush" and "George H. W. Bush" are two)
            first = fold(words[0])
            same = [q for q in kin if len(qw := q.name.split()) >= 2 and len(qw) != len(words)
                    and fold(qw[0]) == first]
            if len(same) == 1 and not any(len(w) <= 2 or w.endswith(".")
                                          for w in (same[0].name.split() + words)[1:-1]):
                p = same[0]
                self._by_name[key] = p
                if len(words) > len(p.name.split()):
                    p.name = name
                    self._by_fold[fkey] = p
                    self._name_words.update(fold(w) for w in words)
                    if p.inner:
                        self._by_inner.setdefault(p.inner, p)
        if p is None:
            # a longer form with an initial stays apart ("Donald Trump" vs "Donald J. Trump")
            p = Person(name, pos)
            words = name.split()
            if len(words) >= 2:
                g = first_name_genders().get(fold(words[0]))
                if g:
                    p.votes[g] += 2  # weak prior from the given name
            self.people.append(p)
            self._people_by_last.setdefault(fold(words[-1]), []).append(p)
            self._by_name[key] = p
            self._by_fold[fkey] = p
            parts = [fold(w) for w in name.split()]
            self._name_words.update(parts)
            if parts[-1].rstrip(".") in NAME_SUFFIXES and len(parts) > 1:
                parts = parts[:-1]  # "Robert Quenby Jr.": Quenby is the surname
            cur = self._by_last.get(parts[-1])
            # the fuller form of the same person wins ("Elijah Eugene Cummings" over "Elijah
            # Cummings"), a relative sharing the surname does not ("Maya Rockeymoore Cummings")
            if cur is None or (len(name) > len(cur.name) and (
                    len(cur.name.split()) < 2 or {fold(w) for w in cur.name.split()} <= set(parts))):
                self._by_last[parts[-1]] = p
            if len(parts) > 1:
                self._by_first.setdefault(parts[0], p)
            if p.inner:
                self._by_inner.setdefault(p.inner, p)
        if role:
            p.add_role(role)
        return p

    def gender(self, p: Person) -> str:
        v = p.votes
        if v["f"] > v["m"]:
            return "f"
        if v["m"] > v["f"]:
            return "m"
        return ""

    def resolve_surname(self, word: str, before: int | None = None) -> Person | None:
        """The person whose last (or first) name is ``word``; the fullest one wins."""
        low = fold(word)
        best = self._by_last.get(low)
        if best is None and self._by_inner:
            best = self._by_inner.get(low)
        if best is None:
            best = self._by_first.get(low)
        return best

    def of_gender(self, p: Person, word: str, gender: str) -> Person:
        """``p``, resolved from surname ``word``, or, when a title gives the other ``gender``, the
        one person with that surname and that gender ("Mrs. Clinton" when Bill Clinton is named
        too); ``p`` when there is no such person."""
        if not gender or self.gender(p) in {gender, ""}:
            return p
        low = fold(word)
        hits = [q for q in self.people if q.last == low and self.gender(q) == gender]
        return hits[0] if len(hits) == 1 else p

    def resolve_variant(self, word: str, before: int | None = None) -> Person | None:
        """A surname spelled differently later in the article ("Yahya Sarie" ... "Saree"): the one
        person named in full earlier whose surname is within edit distance 1 (2 for surnames of
        seven or more letters) with the same first letter; None when none or several fit.

        >>> Registry("Rebel spokesman Yahya Sarie spoke.").resolve_variant("Saree").name
        'Yahya Sarie'
        """
        low = fold(word)
        if len(low) < 5 or not low.isalpha():
            return None
        limit = 2 if len(low) >= 7 else 1
        hits = {id(p): p for p in self.people
                if len(p.name.split()) >= 2 and (before is None or p.first_pos < before)
                and p.last[:1] == low[:1] and abs(len(p.last) - len(low)) <= limit
                and _edit_distance(p.last, low, limit) <= limit}
        if len(hits) != 1:
            return None
        return next(iter(hits.values()))

    def find(self, name: str) -> Person | None:
        """The registered person with this exact name, or with these words among theirs."""
        p = self._by_name.get(name.lower())
        if p:
            return p
        words = [fold(w) for w in name.split()]
        p = self._by_fold.get(" ".join(words))
        if p:
            return p
        if words:
            cands = [q for q in self.people if q.last == words[-1]
                     and set(words) <= {fold(w) for w in q.name.split()}]
            if cands:
                return max(cands, key=lambda q: len(q.name))
        return None

    def resolve_role_initials(self, acronym: str, before: int | None = None) -> Person | None:
        """The one person, introduced before ``before``, whose role's capitalised words have the
        initials ``acronym`` ("the former DNI" after "Director of National Intelligence James
        Clapper"); None when nobody or several fit.

        >>> Registry("Director of National Intelligence Ada Kim spoke.").resolve_role_initials("DNI").name
        'Ada Kim'
        """
        hits = {id(p): p for p in self.people if before is None or p.first_pos <= before
                for r in p.roles if _role_initials(r) == acronym}
        return next(iter(hits.values())) if len(hits) == 1 else None

    def resolve_role(self, role_word: str, before: int | None = None,
                     modifiers: tuple[str, ...] = ()) -> Person | None:
        """The person, introduced before ``before``, whose role is ``role_word`` (``general`` also
        matches the title ``Gen.``); a role that also holds the ``modifiers`` ("prime" of "the
        prime minister") beats one that does not, a role that ends in the word ("Senate Minority
        Leader") one that only contains it, and "vice president" is not "the president"."""
        best, best_score = None, 0
        for p in self.people:
            if before is not None and p.first_pos > before:
                continue
            for r in p.roles:
                words = [_TITLE_EXPANSIONS.get(w.strip(".,;"), w.strip(".,;")) for w in r.lower().split()]
                for i, w in enumerate(words):
                    if w in _ROLE_OBJECT_PREPOSITIONS:
                        break  # "a spokeswoman for the paper" is not "the paper"
                    if w != role_word:
                        continue
                    if i > 0 and words[i - 1] in {"vice", "deputy", "former", "ex", "assistant",
                                                  "acting", "vice-"}:
                        continue
                    if body_modifies_role(words, i):
                        continue  # "Club president": "the club" is the body, not its president
                    score = 2 if i == len(words) - 1 else 1
                    if modifiers and all(m in words for m in modifiers):
                        score += 2
                    if score >= best_score:
                        best, best_score = p, score
        return best
