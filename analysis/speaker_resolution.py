"""Speaker resolution across one article: pronouns, surnames, roles and bodies to one name.

:class:`_Resolver` turns each quote's speaker noun phrase into the fullest name the article
gives: pronouns by gender and recency, surnames and roles to the person introduced earlier,
``the company`` / ``its statement`` to the body, ``this person`` to the speaker just quoted,
interview answer markers to the interviewee. It builds on the article registry of
:mod:`analysis.speakers`. Part of the quote extractor (:mod:`analysis.quotes`).
"""
from __future__ import annotations

import bisect
import re

from analysis import speakers as sp
from analysis.speakers import Registry, tokenize
from analysis.cue_words import _MONTHS, _REL, load_cues
from analysis.quote_marks import Item, _Field
from analysis.attribution import (
    _CAPWORD_RE, _DOCUMENTS, _FAMILY_ROLES, _FINITE, _GENERIC_BODIES, _IRREGULAR_PAST, _OWN_BODIES,
    _according_np, _sentence_subject,
)


_PERSONAL_DOCS = frozenset("""statement tweet tweets post posts letter message memoir speech""".split())
# verbs a company's reported plans open with ("Acme Rail will cut", "Acme has agreed")
_COMPANY_VERBS = frozenset("will would has had is was plans expects reported posted".split())



_COMPANY_HEADS = frozenset("""company firm corporation utility airline carrier operator manufacturer""".split())
_PUBLIC_BODY_RE = re.compile(r"\b(?:Department|Ministry|Agency|Administration|Board|Commission|Council|Committee|"
                             r"Office|Service|Police|Court|Authority|Bureau|Institute|University|Organi[sz]ation|"
                             r"Union|Party|Forces?|Army|Navy|Government|Parliament|Assembly|Centers?|Centres?|"
                             r"Association|Federation|Foundation|Fund|Bank|Agency|Protection|Safety)\b")


_COMMON_SOURCES = frozenset("""reports report sources source authorities police witnesses
residents experts officials analysts critics local state federal several many some police""".split())


_STATEMENT_BODIES = (_GENERIC_BODIES | frozenset("""ministry department government police military army
administration agency commission league federation association party campaign court""".split())) - {"family"}


_COLLECTIVE_BODIES = frozenset("""team group panel crew committee council board government""".split())
_SUB_ROLE = frozenset("""vice deputy former ex assistant acting lieutenant""".split())


def _holds_role(role: str, head: str) -> bool:
    """Does ``role`` make its holder "the ``head``"? ("Regional governor" yes, "Deputy Governor" no,
    "a spokeswoman for the paper" not "the paper": a word after a preposition names something else.)"""
    words = role.lower().replace(",", " ").split()
    for i, w in enumerate(words):
        if w in sp._ROLE_OBJECT_PREPOSITIONS:
            return False
        if w == head and (i == 0 or words[i - 1] not in _SUB_ROLE):
            return not sp.body_modifies_role(words, i)  # ("Club president": not "the club")
    return False


# roles that usually introduce someone new rather than re-describe the person just quoted
_NOT_ANAPHORIC = frozenset("""witness eyewitness resident neighbour neighbor victim survivor passenger
student fan worker employee driver farmer citizen voter person man woman source insider official
officer police spokesman spokeswoman spokesperson relative friend member reporter journalist
interviewer host anchor judge court jury coroner operator""".split())


_ANAPHOR_HEADS = frozenset("""person man woman individual speaker source one""".split())


def _lower_article(name: str) -> str:
    """``The foreign ministers`` -> ``the foreign ministers`` (a descriptor, not a title)."""
    return "the" + name[3:] if name.startswith("The ") else name


# nouns for a person of a nation or party, used as an epithet of someone just named ("the Scot
# said", "the Frenchman added", "the Republican told reporters")
_DEMONYM_PEOPLE = frozenset("""scot frenchman frenchwoman englishman englishwoman irishman irishwoman
welshman welshwoman dutchman dutchwoman scotsman scotswoman spaniard briton swede dane finn pole
turk greek swiss democrat republican""".split()) | frozenset(
    d for d in sp._DEMONYMS if d.endswith("an") and d not in {"european", "african"})


class _Resolver:
    """Resolve noun phrases to speakers within one article."""

    _ORG_PRON = {"it", "they", "we"}

    def __init__(self, registry: Registry, fields: list[_Field]) -> None:
        self.reg = registry
        # positions of person mentions outside quotes, per field
        self.mentions: dict[str, list[tuple[int, sp.Person]]] = {}
        self.subjects: dict[str, list[tuple[int, sp.Person]]] = {}
        self.spoke: dict[str, list[tuple[int, sp.Person]]] = {}
        seen: dict[str, sp.Person | None] = {}  # capitalised word -> person it names (per article)
        for f in fields:
            ms: list[tuple[int, sp.Person]] = []
            prev_end = -2
            for m in _CAPWORD_RE.finditer(f.masked):
                w = m.group()
                if w in seen:
                    p = seen[w]
                else:
                    low = w.lower()
                    p = registry.resolve_surname(w) if low not in sp.TITLES else None
                    if p is not None and not (p.last == low or low == p.name.split()[0].lower()
                                              or (p.inner and p.inner == low)):
                        p = None
                    seen[w] = p
                if p is not None and f.masked[max(0, m.start() - 5):m.start()].endswith(_GENDER_TITLES):
                    # "Mrs. Clinton" beside Bill Clinton
                    p = registry.of_gender(p, w, "m" if f.masked[max(0, m.start() - 4):m.start()] == "Mr. " else "f")
                if p is not None:
                    if ms and ms[-1][1] is not p and prev_end + 1 == m.start():
                        q = ms[-1][1]
                        if q.last == sp.fold(w):
                            p = q  # "Marla Quist" when Devon Quist is named too: the surname is hers
                        elif p.last == sp.fold(w) and not p.last.startswith(q.last) and \
                                f.masked.startswith(p.name.split()[0], ms[-1][0]):
                            ms[-1] = (ms[-1][0], p)  # "John Rhys-Davies" after another John
                    ms.append((m.start(), p))
                    prev_end = m.end()
            self.mentions[f.name] = ms
            # the first person named in each sentence: the likely subject
            subj: list[tuple[int, sp.Person]] = []
            gpos: list[tuple[int, str]] | None = None  # he/she/his/her positions, found once per field
            k = 0
            for ss, se, _ in f.sents:
                while k < len(ms) and ms[k][0] < ss:
                    k += 1
                while k < len(ms) and ms[k][0] < se and ((_PREP_BEFORE_RE.search(
                        f.masked, max(0, ms[k][0] - 12), ms[k][0]) or _PREP_TITLE_BEFORE_RE.search(
                        f.masked, max(ss, ms[k][0] - 40), ms[k][0])) and not _TIME_CAPS_RE.search(
                        f.masked, max(0, ms[k][0] - 24), ms[k][0]) or
                        f.masked.count("[", ss, ms[k][0]) > f.masked.count("]", ss, ms[k][0]) or
                        len(_OPEN_PAREN_RE.findall(f.masked, ss, ms[k][0])) >
                        len(_CLOSE_PAREN_RE.findall(f.masked, ss, ms[k][0]))):
                    # "Speaking to Martin Smith of PBS, he said": an object, not the subject (but
                    # "Later on Tuesday Ada Kim met ..." is a time phrase before the subject); a
                    # name inside "[linked headline] ..." or "( PHOTOS: Ada Kim ...)" is not the
                    # sentence's subject either (an interview's "((Ada Kim))" marker is)
                    k += 1
                if k < len(ms) and ms[k][0] < se and not _PRONOUN_OPENS_RE.match(f.masked, ss, ms[k][0]):
                    subj.append(ms[k])  # ('He said Bo Tran is ...': the pronoun is the subject)
                    if gpos is None:
                        gpos = [(m.start(), m.group(1).lower()) for m in _GENDER_PRON_RE.finditer(f.masked)]
                    self._vote_gender(gpos, ms, k, se)
            self.subjects[f.name] = subj
        self.last_nonperson: tuple[int, str] | None = None
        self._lasts: tuple[int, dict[str, int]] | None = None  # people count, surname -> how many
        self.last_item: Item | None = None  # the quote resolved last (for "this person said")
        self.history: list[Item] = []
        self.promoted: set[str] = set()  # one-word speakers a later he/she showed to be people

    @staticmethod
    def _vote_gender(gpos: list[tuple[int, str]], ms: list[tuple[int, sp.Person]], k: int, se: int) -> None:
        """Gender evidence from a sentence whose subject is the person of mention ``k``: the first
        he/she/his/her after the mention, when no other person is named before it ("Kim held a
        panel on her career": a vote for "f"). The article's own usage outweighs role words."""
        pos, p = ms[k]
        nxt = ms[k + 1][0] if k + 1 < len(ms) and ms[k + 1][1] is not p else se
        i = bisect.bisect_left(gpos, (pos, ""))
        if i < len(gpos) and gpos[i][0] < min(se, nxt):
            p.votes[_pronoun_gender(gpos[i][1])] += 1

    def resolve(self, it: Item, f: _Field) -> None:
        """Set the speaker of ``it`` from its noun phrase (items come in order of position)."""
        self._resolve(it, f)
        if it.speaker:
            self.last_item = it
            self.history.append(it)

    def _resolve(self, it: Item, f: _Field) -> None:
        np = it.np
        if np is None:
            return
        if np.name[-1:] in "'’" and _PLURAL_POSS_RE.fullmatch(np.name) and np.name[:-1].lower() in sp.ROLE_WORDS:
            # "Protesters' demands include ...": the group, written as a plain descriptor
            np = it.np = sp.NounPhrase(np.name[:-1].lower(), np.name[:-1].lower(), "descriptor", np.start, np.end)
        roles = [r for r in np.roles if r]
        if np.kind == "pronoun":
            low = {"him": "he", "her": "she", "them": "they"}.get(np.name.lower(), np.name.lower())
            if low == "i":
                p = self._interviewee(f, it.pos)
                if p is not None:  # "((Ada Kim)) ... I said ...": the person answering
                    self._set_person(it, p, roles)
                    return
            if low in {"he", "she"}:
                desc = self._descriptor_subject(f, it.pos, "m" if low == "he" else "f")
                if desc is not None:  # "One of the victims spoke out. She said ...": the victim
                    it.speaker, it.named = desc, False
                    self.last_nonperson = (it.pos, desc)
                    return
            if low in {"he", "she", "i"}:
                p = self._own_sentence_surname(it, f, "m" if low == "he" else "f") if low in {"he", "she"} else None
                if p is None:
                    p = self._pronoun(f, it.pos, "m" if low == "he" else "f" if low == "she" else "",
                                      skip=self._relative_antecedent(f, it.pos),
                                      exclude=self._named_after(f, np.end, it.cue))
                if p is not None:
                    self._set_person(it, p, roles)
                    return
            if low in {"they", "it"}:
                body = self._recent_body(f, it.pos, singular=low == "it")
                if body is not None:
                    it.speaker, it.named = body, False
                    self.last_nonperson = (it.pos, body)
                    return
            if low in self._ORG_PRON and self.last_nonperson:
                it.speaker, it.named = self.last_nonperson[1], False
                return
            # never a bare pronoun: the nearest descriptor that can be its antecedent, else no row
            desc = self._antecedent(f, it.pos, low)
            if desc is not None:
                it.speaker, it.named = desc, False
                return
            want = {"he": "m", "she": "f"}.get(low, "")
            last = max((m for m in self.spoke.get(f.name, []) if m[0] < it.pos and (
                not want or self.reg.gender(m[1]) in {"", want})), key=lambda m: m[0], default=None)
            # ('Mr. Issa said ... "...," she said': not Mr. Issa)
            if last is not None and low not in {"they", "it"}:  # ("they" is no one person, "it" none)
                self._set_person(it, last[1], roles)  # the most recent named speaker
                return
            if want and (self._lone_speaker_person(it, f, want) or self._lone_subject_person(it, f, want)):
                return  # '"...," Varga said. He said ...': Varga is a person
            it.speaker, it.named = "", False  # nobody to resolve it to: no row
            return
        if np.kind in {"person", "surname"}:
            if np.kind == "person" and f.masked[max(0, np.start - 4):np.start] in {"the ", "The "} \
                    and self.reg.find(np.name) is None:
                # "The Baltimore Sun reported": a named thing, not a person
                it.speaker, it.named = self._org_full(np.name), False
                it.role = "; ".join(roles)
                self.last_nonperson = (it.pos, it.speaker)
                return
            p = self.reg.find(np.name) if np.kind == "person" else self._surname(f, np.name, it.pos)
            if p is not None and np.kind == "surname":
                p = self.reg.of_gender(p, np.name, np.gender)  # "Mrs. Clinton said"
            own = self._own_pronoun_gender(f, np) if p is not None and np.kind == "surname" \
                and " " not in np.name else ""
            if own and self.reg.gender(p) in {"m", "f"} and own != self.reg.gender(p):
                # '"...," Varga quipped, before thanking his predecessors. Varga thanked his mother
                # Lena Varga': the surname's own pronoun says it is not the woman of that name
                p = self.reg.add(np.name, it.pos)
                p.votes[own] += 1
            if p is None and np.kind == "surname":
                p = self.reg.resolve_variant(np.name, before=self._abs_pos(it, f))
            if p is None and np.kind == "person":
                p = self._named_within(np.name)
            if p is None and np.kind == "person":
                p = self.reg.add(np.name, it.pos, np.role)
            if p is not None:
                if np.role:
                    p.add_role(np.role)
                for r in roles:
                    p.add_role(r)
                self._set_person(it, p, [])
                return
            it.speaker, it.named = self._org_full(np.name), False
            it.role = "; ".join(roles)
            self.last_nonperson = (it.pos, it.speaker)
            return
        if np.kind == "descriptor":
            words = np.name.split()
            if len(words) > 3 and words[0].lower() in {"part", "parts", "much"} and words[1].lower() == "of":
                # "Part of the judge's statement reads": the statement speaks, as a whole would
                np = sp.NounPhrase(" ".join(words[2:]), np.role, "descriptor",
                                   np.start + np.name.index(words[2]), np.end, roles=list(np.roles))
                it.np = np
                words = words[2:]
            first = words[0].lower() if words else ""
            head = words[-1].lower() if words else ""
            low_words = [w.lower() for w in words]
            src = None
            if first == "the" and len(words) == 3 and low_words[1] == "same" and head not in _ANAPHOR_HEADS:
                # "The same study also noted": the study quoted before
                src = next((h for h in reversed(self.history)
                            if head in re.findall(r"[\w-]+", h.speaker.lower())), None)
            elif head in _ANAPHOR_HEADS and (
                    (first in {"this", "that"} and len(words) == 2) or
                    (first == "the" and len(words) == 3 and low_words[1] == "same")):
                # "However, this person also said ...": the speaker just quoted
                src = self.last_item
            if src is not None:
                it.speaker, it.named, it.role = src.speaker, src.named, src.role
                if getattr(src, "_person", None) is not None:
                    it._person = src._person  # type: ignore[attr-defined]
                return
            lead = 0  # "Judge Miller's statement": a title before the possessor
            while lead < len(words) - 2 and (low_words[lead] in sp.TITLES or low_words[lead] in {"the"}):
                lead += 1
            plain_mid = all(w.isalpha() and w.islower() for w in words[1:-1])
            poss = lead  # "Halden University's statement": a possessor of several capitalised words
            while lead == 0 and poss < min(len(words) - 2, 3) and words[poss][:1].isupper() and \
                    words[poss].isalpha() and low_words[poss] not in sp.TITLES:
                poss += 1
            lead_mid = all(w.isalpha() and w.islower() for w in words[poss + 1:-1])
            if 2 <= len(words) - poss <= 4 and lead_mid and words[poss][:1].isupper() and \
                    low_words[poss].endswith(("'s", "’s")) and head in _PERSONAL_DOCS:
                # "Trump's statement read": the person's own words, not a document as written
                owner = " ".join(words[lead:poss + 1])[:-2]
                p = (self._surname(f, owner, it.pos) if poss == lead else None) or self.reg.find(owner)
                if p is not None and poss > lead and self._body_named(f, owner) != owner:
                    p = None  # "Halden Rowing's statement" after "The Halden Rowing Club": the club
                if p is not None:
                    self._set_person(it, p, roles)
                    return
                if lead == 0 and owner.lower() not in sp.TIME_WORDS and owner.lower() not in _MONTHS:
                    # "Acme's official statement read": the body, by the fullest name the article
                    # gives it ("Acme Wrestling Federation")
                    it.speaker, it.named = self._body_named(f, owner), False
                    it.role = "; ".join(roles)
                    self.last_nonperson = (it.pos, it.speaker)
                    return
            if first == "the" and 3 <= len(words) <= 4 and words[1].islower() and \
                    low_words[1].endswith(("'s", "’s")) and head in _PERSONAL_DOCS and all(
                    w.isalpha() for w in words[2:-1]) and low_words[1][:-2] in _STATEMENT_BODIES:
                # "the ministry's statement said": the ministry (resolved like "the ministry said");
                # a family's statement stays as written
                owner = " ".join(words[:2])[:-2]
                it.np = sp.NounPhrase(owner, owner[4:], "descriptor", np.start, np.start + len(owner),
                                      roles=list(np.roles))
                self._resolve(it, f)
                it.np = np
                return
            if first == "the" and len(words) == 3 and words[1].islower() and low_words[1].endswith(("'s", "’s")) \
                    and head in _PERSONAL_DOCS and sp.is_role_word(low_words[1][:-2]) and \
                    low_words[1][:-2] not in sp.NON_PERSON_ROLES and low_words[1][:-2] not in sp.ORG_HEADS:
                # "the judge's statement reads": the judge's own words, when "the judge" is someone the
                # article names ("Judge Gray Miller"); otherwise the statement as written
                p = self.reg.resolve_role(low_words[1][:-2], before=self._abs_pos(it, f), modifiers=())
                if p is not None:
                    self._set_person(it, p, roles)
                    return
            if 2 <= len(words) <= 3 and plain_mid and first in {"their", "its", "his", "her"} and \
                    head in _PERSONAL_DOCS:
                # "Their statement also read": the statement of whoever "their" stands for
                if first in {"his", "her"}:
                    p = self._pronoun(f, it.pos, "m" if first == "his" else "f")
                    if p is not None:
                        self._set_person(it, p, roles)
                        return
                else:
                    body = self._owner_body(f, it.pos)
                    if body is not None:
                        it.speaker, it.named = body, False
                        it.role = "; ".join(roles)
                        self.last_nonperson = (it.pos, body)
                        return
            if first in {"his", "her"} and len(words) >= 2 and head in _OWN_BODIES:
                # "his office said": the office of the person "his" stands for
                p = self._pronoun(f, it.pos, "m" if first == "his" else "f")
                if p is not None:
                    it.speaker, it.named = f"the {' '.join(words[1:])} of {p.name}", False
                    it.role = "; ".join(roles)
                    self.last_nonperson = (it.pos, it.speaker)
                    return
            if first in {"the", "this"} and head in sp.ROLE_WORDS:
                p = self.reg.resolve_role(head, before=self._abs_pos(it, f), modifiers=tuple(low_words[1:-1]))
                if p is not None and not self._modifiers_agree(low_words[1:-1], p):
                    p = None  # "the health minister" is not the aviation minister named before
                if p is not None and head not in sp.NON_PERSON_ROLES:
                    self._set_person(it, p, roles)
                    return
            if len(words) == 2 and (first in {"his", "her", "their"} or first.endswith(("'s", "’s")) or (
                    first == "the" and head in _FAMILY_ROLES)) and head in sp.ROLE_WORDS and \
                    head not in sp.NON_PERSON_ROLES and head not in sp.ORG_HEADS and \
                    not (head.endswith("s") and not head.endswith("ss")):
                p = self._unique_role(head)
                if p is not None:  # "his daughter said" -> "his daughter Nettie Vale"
                    self._set_person(it, p, roles)
                    return
            if first == "the" and 2 <= len(words) <= 4 and head in sp.ROLE_WORDS and \
                    head not in sp.NON_PERSON_ROLES and head not in _NOT_ANAPHORIC and head not in sp.ORG_HEADS and \
                    head not in _GENERIC_BODIES and \
                    not (head.endswith("s") and not head.endswith("ss")) and "of" not in low_words:
                p = self._just_quoted(f, it.pos, head)
                if p is not None and not self._modifiers_agree(low_words[1:-1], p) and \
                        any(w in sp.MODIFIERS or w in sp.ROLE_WORDS for w in low_words[1:-1]):
                    p = None  # "the health minister" after the transport minister: another office
                if p is not None:  # '..., said co-author Ada Kim. The Wooster professor added'
                    self._set_person(it, p, roles)
                    return
            if first == "the" and len(words) == 2 and head in _GENERIC_BODIES:
                # "the network", "the company": the organisation the article is talking about
                body = self._recent_body(f, it.pos)
                if head in _COMPANY_HEADS and body is not None and _PUBLIC_BODY_RE.search(body):
                    body = None  # 'The Fire Department said ... The company said': not the department
                if body is None and head in _COMPANY_HEADS and f.name == "text":
                    body = self._last_company(f, it.pos)
                if body is None and head in _COMPANY_HEADS and f.name == "text":
                    body = self._own_clause_company(f, it)
                    if body is not None:
                        it.role = head  # ("the company": what the name is, for its type)
                if body is not None and body.lower() != np.name.lower():
                    it.speaker, it.named = body, False
                    self.last_nonperson = (it.pos, body)
                    return
            if first == "the" and 4 <= len(words) <= 5 and low_words[-2] == "of" and \
                    low_words[-3] in sp.ROLE_WORDS and words[-1][:1].isupper():
                # "the mayor of Yartown" is the person the article gave that role there, if any
                p = self._role_at(low_words[-3], words[-1])
                if p is not None:
                    self._set_person(it, p, roles)
                    return
            name = np.name
            if first == "the" and words[0] == "The":
                name = "the" + name[3:]
            elif words and words[0][:1].isupper() and not words[0].isupper() and (
                    first in sp.ROLE_WORDS or first in sp.MODIFIERS or first in sp.QUANTIFIERS
                    or first in sp.DETERMINERS or first in _COMMON_SOURCES) and \
                    not (len(words) > 2 and low_words[1] in {"of", "for"} and words[2][:1].isupper()):
                # (not "Department of Justice officials": the name of a body)
                # "Officials said" opening a sentence is the same source as "officials said"
                name = name[0].lower() + name[1:]
            it.speaker, it.named = name, False
            it.role = "; ".join([np.role] + roles if np.role and np.role != np.name else roles)
            self.last_nonperson = (it.pos, name)
            return
        # organisation
        name = np.name
        acr = name[4:] if name.lower().startswith("the ") else name
        if 2 <= len(acr) <= 5 and acr.isalpha() and acr.isupper() and self.reg.expand_acronym(acr) is None:
            p = self.reg.resolve_role_initials(acr, before=self._abs_pos(it, f))
            if p is not None:  # "The former DNI noted": the Director of National Intelligence named
                self._set_person(it, p, [r for r in np.roles if r])
                return
        if len(name.split()) == 2 and name.split()[0].lower() == "the" and (
                sp._AGE_RE.match(name.split()[1]) or name.split()[1].lower() in _DEMONYM_PEOPLE):
            low = name.split()[1].lower()
            gender = "f" if low.endswith("woman") else "m" if low.endswith("man") else ""
            p = self._just_quoted(f, it.pos, "") or self._just_named(f, it.pos)
            if p is not None and gender and self.reg.gender(p) not in {"", gender}:
                p = None
            if p is not None:  # '..., said Ada Kim. The 54-year-old added', 'Tam Ardie ... The
                # Scot said': an epithet of the person just quoted or named
                self._set_person(it, p, [r for r in np.roles if r])
                return
        if name.lower() in _COMMON_SOURCES or name.lower() in {"police", "government", "military"}:
            name = name.lower()  # "Police said" opening a sentence: the same source as "police said"
        if name.startswith("The ") and it.pos != 0:
            pass
        # "the Post" after "The Washington Post"
        it.speaker, it.named = self._org_full(name), False
        it.role = "; ".join(roles)
        self.last_nonperson = (it.pos, it.speaker)

    def _named_within(self, name: str) -> sp.Person | None:
        """The registered person of two or more words whose name ends the capitalised run ``name``
        ("Intelligence James Clapper", the end of a role run "Director of National Intelligence"
        before the name, is James Clapper)."""
        words = [sp.fold(w) for w in name.split()]
        for p in self.reg.people:
            pw = [sp.fold(w) for w in p.name.split()]
            if 2 <= len(pw) < len(words) and words[-len(pw):] == pw:
                return p
        return None

    def _interviewee(self, f: _Field, pos: int) -> sp.Person | None:
        """The person named in the "((Name))" marker that opens the paragraph holding ``pos``, or
        the paragraphs before it that the same answer runs over (the layout of Wikinews interview
        transcripts); None in the interviewer's question or without a marker."""
        pi = f.para_of(pos)
        m = None
        for back in range(pi, max(-1, pi - 12), -1):  # an answer may run over several paragraphs
            ps, pe = f.paras[back]
            m = _ANSWER_MARK_RE.match(f.text, ps, pe)
            if m is not None:
                break
        if m is None or m.group(1).strip().lower() in _INTERVIEWER_MARKS:
            return None  # no answer marker, or the interviewer's question
        name = m.group(1).strip()
        p = self.reg.find(name)
        if p is None and " " not in name:
            p = self.reg.resolve_surname(name)
        if p is None and len(name.split()) >= 2:
            p = self.reg.add(name, ps)
        return p

    def _surname(self, f: _Field, word: str, pos: int) -> sp.Person | None:
        """The person a bare surname names; when several share it ("Marla and Devon Quist"), the
        one mentioned last before ``pos``."""
        p = self.reg.resolve_surname(word)
        if p is None:
            return None
        if self._lasts is None or self._lasts[0] != len(self.reg.people):
            counts: dict[str, int] = {}
            for q in self.reg.people:
                counts[q.last] = counts.get(q.last, 0) + 1
            self._lasts = (len(self.reg.people), counts)
        low = sp.fold(word)
        if self._lasts[1].get(low, 0) < 2:
            return p
        # the last of them who was a sentence's subject or spoke ("Ada Quist cried. Quist said"),
        # not one only listed in passing ("... as did Jon Kell and Ivy Quist. Quist posted")
        subj = self.subjects.get(f.name, [])
        recent = subj[max(0, bisect.bisect_left(subj, pos, key=lambda m: m[0]) - 200):] + \
            self.spoke.get(f.name, [])[-200:]  # the recent ones: bounded work per mention
        best = max((m for m in recent if m[0] < pos and m[1].last == low and " " in m[1].name
                    and not _POSSESSIVE_RUN_RE.match(f.masked, m[0])), key=lambda m: m[0], default=None)
        if best is not None:
            return best[1]
        ms = self.mentions.get(f.name, [])
        i = bisect.bisect_left(ms, pos, key=lambda m: m[0])
        for j in range(i - 1, max(-1, i - 40), -1):
            if ms[j][1].last == low:
                return ms[j][1]
        return p

    def _unique_role(self, head: str) -> sp.Person | None:
        """The one registered person whose roles hold the word ``head`` (None if none or several):
        "his daughter" -> "his daughter Nettie Vale"; for a family role shared by nobody, the one
        person of that gender among people sharing a surname ("the mother" -> "Marla Quist")."""
        cands = [p for p in self.reg.people if any(_holds_role(r, head) for r in p.roles)]
        want = "f" if head in sp.FEMALE_WORDS else "m" if head in sp.MALE_WORDS else ""
        if want:
            cands = [p for p in cands if self.reg.gender(p) in {want, ""}]
        if len(cands) == 1:
            return cands[0]
        if cands or head not in _FAMILY_ROLES:
            return None
        lasts: dict[str, int] = {}
        for p in self.reg.people:
            lasts[p.last] = lasts.get(p.last, 0) + 1
        cands = [p for p in self.reg.people if lasts[p.last] >= 2 and self.reg.gender(p) == want]
        return cands[0] if len(cands) == 1 else None

    def _just_quoted(self, f: _Field, pos: int, head: str) -> sp.Person | None:
        """The named person quoted in this or the two sentences before ``pos``, when nobody else
        is named since and their gender fits the role word: "the professor" after "said Ada Kim"."""
        last = self.last_item
        p = getattr(last, "_person", None) if last is not None else None
        if p is None or last.field != f.name or last.pos >= pos or f.sent_of(pos) - f.sent_of(last.pos) > 2:
            return None
        want = "f" if head in sp.FEMALE_WORDS else "m" if head in sp.MALE_WORDS else ""
        if want and self.reg.gender(p) != want:
            return None  # "the mother" only for someone known to be a woman
        if head and any(q is not p and any(_holds_role(r, head) for r in q.roles) for q in self.reg.people):
            return None  # "the president" after a quote of the mayor: the president the article names
        if head in sp.TITLES:
            # "President Ivo Lark ... the president said": the title the article puts before
            # another person's name
            title, i = head.capitalize() + " ", f.masked.find(head.capitalize() + " ")
            while i >= 0:
                m = _CAPWORD_RE.match(f.masked, i + len(title))
                q = self.reg.resolve_surname(m.group()) if m else None
                if q is not None and q is not p:
                    return None
                i = f.masked.find(title, i + 1)
        if any(last.pos < m < pos and q is not p for m, q in self.mentions.get(f.name, [])):
            return None
        return p

    def _just_named(self, f: _Field, pos: int) -> sp.Person | None:
        """The one person named in this or the two sentences before ``pos`` ("Northvale manager
        Tam Ardie took charge in the summer. The Scot said ..."); None when none or several are."""
        sent = f.sent_of(pos)
        near = {id(q): q for m, q in self.mentions.get(f.name, []) if m < pos and sent - f.sent_of(m) <= 2}
        return next(iter(near.values())) if len(near) == 1 else None

    _LOOSE_MODIFIERS = frozenset("""local new current same top senior then country's nation's state's""".split())

    @classmethod
    def _modifiers_agree(cls, mods: list[str], p: sp.Person) -> bool:
        """Do the words before a role's head ("health" in "the local health minister") fit the roles
        the article gave ``p``? A content word the person's roles lack names another office."""
        if not mods:
            return True
        role_words = set(re.findall(r"[\w'’-]+", " ".join(p.roles).lower()))
        return all(m in role_words or m in cls._LOOSE_MODIFIERS or not m.isalpha() for m in mods)

    def _descriptor_subject(self, f: _Field, pos: int, gender: str) -> str | None:
        """The unnamed person a he/she opening its sentence stands for, when the sentence before
        (same paragraph) names nobody and opens with a person descriptor: "One of the victims
        chose to be named. She said ..." and "The head of the inquiry told the court "...". She
        also said ..." are the victim's and the head's, not the last woman named earlier."""
        if not f.sents:
            return None
        si = f.sent_of(pos)
        ss, _, pi = f.sents[si]
        if _AND_BEFORE_RE.search(f.masked, max(ss, pos - 8), pos):
            # "The president gave an interview to Fox's Bo Tran and he said ...": the pronoun after
            # "and" goes on with the sentence's own subject, whoever is named as its object
            np, at = _sentence_subject(f, ss, pos, load_cues())
            if np is not None and at == ss:
                return self._person_descriptor(np, gender)
        if si == 0:
            return None
        ps, pe, ppi = f.sents[si - 1]
        if ppi != pi or not (_OPENING_PRONOUN_RE.match(f.masked, ss, pos + 4)
                             or _QUOTE_THEN_PRONOUN_RE.match(f.masked, ss, pos + 4)):
            return None  # another paragraph, or the pronoun does not open its sentence (or
            # follow the quote that opens it: '"...," she said')
        np, at = _sentence_subject(f, ps, pe, load_cues())
        if np is None or at != ps:
            return None
        ms = self.mentions.get(f.name, [])
        i = bisect.bisect_left(ms, ps, key=lambda m: m[0])
        while i < len(ms) and np.start <= ms[i][0] < np.end:
            i += 1  # (a name inside the descriptor itself: "A spokesperson for Vell Power")
        if i < len(ms) and ms[i][0] < pos:
            return None  # a person is named in between: the usual pronoun rules
        return self._person_descriptor(np, gender)

    @staticmethod
    def _person_descriptor(np: sp.NounPhrase, gender: str) -> str | None:
        """The descriptor as written if ``np`` describes one unnamed person of ``gender`` ("the
        president", "one of the victims"), else None."""
        if np.kind != "descriptor":
            return None
        words = np.name.split()
        low_words = [w.lower().strip(",") for w in words]
        if len(words) < 2 or low_words[0] not in {"the", "a", "an", "one", "another"}:
            return None
        heads = [w for w in low_words[1:] if sp.is_role_word(w)]
        if not heads or any(h in sp.NON_PERSON_ROLES or h in sp.ORG_HEADS or h in _GENERIC_BODIES
                            for h in heads[:1]):
            return None
        if heads[0].endswith("s") and not heads[0].endswith("ss") and low_words[0] not in {"one"}:
            return None  # "the protesters": they, not she
        g = sp._gender_of(tokenize(np.name))
        if g and g != gender:
            return None
        return np.name[0].lower() + np.name[1:]  # written as the descriptor rule writes it

    def _antecedent(self, f: _Field, pos: int, pron: str) -> str | None:
        """The nearest role descriptor before ``pos`` in this or the two sentences before
        ("the protesters ... they said" -> "the protesters"), matching the pronoun's number."""
        si = f.sent_of(pos)
        lo = f.sents[max(0, si - 3)][0] if f.sents else 0
        plural = pron in {"they", "we"}
        best = None
        cues = load_cues()
        for m in _DESCRIPTOR_RE.finditer(f.masked, lo, pos):
            # the head is the first role word after the determiner ("a former employee who"; the
            # pattern's last word may be a word after the phrase)
            words = (m.group(1) + m.group(2)).split()
            j = next((q for q in range(len(words)) if words[q].lower() in sp.ROLE_WORDS and (
                q == len(words) - 1 or words[q + 1].lower() in sp._FUNCTION_WORDS | _REL
                or words[q + 1].lower() in cues)), None)
            # (a role word before another noun modifies it: "the host star" is no host; before
            # a verb it is the head: "The senator said he ...")
            if j is None:
                continue
            head = words[j].lower()
            if head in sp.NON_PERSON_ROLES:
                continue
            if _COPULA_BEFORE_RE.search(f.masked, max(0, m.start() - 12), m.start()) or \
                    f.masked[max(0, m.start() - 3):m.start()] == "as ":
                continue  # "Varga was a genial host", "presenting herself as a champion of all
                # Americans": a description of the subject, nobody new
            if pron in {"he", "she"} and (head in sp.ORG_HEADS or head in _GENERIC_BODIES):
                continue  # "the distribution company ... she recalls": never a body for he/she
            if pron == "it" and not (head in sp.ORG_HEADS or head in _GENERIC_BODIES or head in _COLLECTIVE_BODIES):
                continue  # "the president's nominee ... The program, it said": a person is never "it"
            if pron in {"he", "she"} and (head in sp.FEMALE_WORDS if pron == "he" else head in sp.MALE_WORDS):
                continue  # "Haley, the daughter of immigrants ... he adds": not the daughter
            if plural == (head.endswith("s") and not head.endswith("ss")) or pron == "it":
                best = m.group(0)[:m.start(1) - m.start()] + " ".join(words[:j + 1])
        if best is None:
            return None
        return best[0].lower() + best[1:] if best.split()[0] in {"The", "A", "An", "His", "Her", "Their", "Its"} else best

    def _recent_body(self, f: _Field, pos: int, singular: bool = False) -> str | None:
        """For "they"/"it": the organisation that is the subject of this or a recent sentence
        (for "it" also a body named by a singular noun: "The ministry issued a report. It said")."""
        si = f.sent_of(pos)
        cues = load_cues()
        chain = False  # the sentence after this one opened with "they": the same group goes on
        for j in range(si, max(-1, si - 6), -1):
            if j < si - 2 and not chain:
                break  # (further back only along sentences that go on with "they")
            ss, se, _ = f.sents[j]
            np, p0 = _sentence_subject(f, ss, min(se, pos), cues)
            if f.masked.startswith("According to ", ss) and j < si:
                # "According to the research team, ... . X, they reason, ...": the source that
                # opens the sentence is the group speaking there
                at = tokenize(f.masked, ss, min(se, ss + 120))
                np_a, _ = _according_np(f.text, at, 2)
                if np_a is not None:
                    np, p0 = np_a, np_a.start
            if np is not None and p0 < pos:  # (a sentence without a parsed subject keeps the chain)
                chain = np.kind == "pronoun" and np.name.lower() == "they"
            if np is not None and self._the_named_body(f, np):
                np = sp.NounPhrase(np.name, "", "org", np.start, np.end)  # "The Halden Tigers": a body
            if np is None or p0 >= pos or np.kind in {"pronoun", "person", "surname"}:
                if np is not None and np.kind in {"person"}:
                    return None  # a person is the topic: do not guess an organisation
                continue
            head = np.name.split()[-1].lower() if np.name.split() else ""
            if np.kind == "org" or (np.kind == "descriptor" and (
                    (head.endswith("s") and head in sp.ROLE_WORDS | sp.ORG_HEADS) or (
                        head in _COLLECTIVE_BODIES and np.name.split()[0].lower() == "the") or (
                        singular and np.name.split()[0].lower() == "the" and not head.endswith("s")
                        and (head in sp.ORG_HEADS or head in _GENERIC_BODIES)))):
                # ("The team studied the bones. They reasoned ...": a body of people)
                return self._org_full(np.name) if np.kind == "org" else _lower_article(np.name)
        return None

    def _the_named_body(self, f: _Field, np: sp.NounPhrase) -> bool:
        """Is a sentence subject parsed as a person after "the", whom the registry does not know,
        a named body ("The Halden Tigers")? Not when the parser took the words before it as a
        role ending in a preposition: "Thousands of homes in the Vell Valley" is about homes, and
        the valley no body that could speak."""
        return np.kind == "person" and f.masked[max(0, np.start - 4):np.start] in {"the ", "The "} \
            and self.reg.find(np.name) is None and not _PLACE_IN_ROLE_RE.search(np.role)

    def _owner_body(self, f: _Field, pos: int) -> str | None:
        """For "their/its statement": the body or group that is the subject of this or one of the
        two sentences before ``pos`` ("The government of Eastmoor rejected ... Their statement");
        None when a person is the nearer subject."""
        si = f.sent_of(pos)
        cues = load_cues()
        for j in range(si, max(-1, si - 3), -1):
            ss, se, _ = f.sents[j]
            np, p0 = _sentence_subject(f, ss, min(se, pos), cues)
            if np is None or p0 >= pos:
                continue
            if self._the_named_body(f, np):
                return self._org_full(np.name)  # "The Halden Tigers": a named body, not a person
            if np.kind in {"pronoun", "person", "surname"}:
                return None
            words = np.name.split()
            if np.kind == "descriptor" and (not words or words[0].lower() in {"their", "its", "his", "her"}
                                            or words[-1].lower() in _DOCUMENTS):
                continue  # ("their statement", "a report": no owner)
            return self._org_full(np.name) if np.kind == "org" else _lower_article(np.name)
        return None

    def _body_named(self, f: _Field, owner: str) -> str:
        """The fullest name of a body the article gives around the word ``owner`` ("Acme" ->
        "Acme Wrestling Federation"): the longest run of capitalised words holding it that ends
        in an organisation word; ``owner`` itself when there is none."""
        best = owner
        for m in re.finditer(r"(?<![\w'’-])(?:(?:[A-Z][\w&'’-]*|of|for|and|&)[ \t]+){0,5}" + re.escape(owner)
                             + r"(?:[ \t]+(?:(?:of|for|and|&)[ \t]+)?[A-Z][\w&'’-]*){0,5}", f.masked):
            words = m.group().split()
            while words and (words[0].lower() in {"of", "for", "and", "&", "the"} or sp.fold(words[0]) in
                             sp._FUNCTION_WORDS or words[0].lower() in sp.TIME_WORDS):
                words = words[1:]
            while words and words[-1].endswith(("'s", "’s")):
                words = words[:-1]
            if len(words) > len(best.split()) and re.search(r"(?<!\S)" + re.escape(owner) + r"(?!\S)",
                                                             " ".join(words)) and (
                    words[-1].lower() in sp.ORG_HEADS or _PUBLIC_BODY_RE.search(words[-1])):
                best = " ".join(words)
        return self._org_full(best) if best == owner else best

    def _role_at(self, role: str, place: str) -> sp.Person | None:
        """The one registered person whose roles name both ``role`` and ``place`` ("mayor",
        "Yartown" -> the person introduced as "The mayor of Yartown, Ilya Brel,")."""
        rx = re.compile(r"\b" + re.escape(role) + r"\b.*\b" + re.escape(place) + r"\b|\b" + re.escape(place)
                        + r"(?:['’]s)?\s+" + re.escape(role) + r"\b", re.I)
        hits = [p for p in self.reg.people if any(rx.search(r) for r in p.roles)]
        return hits[0] if len(hits) == 1 else None

    def _own_clause_company(self, f: _Field, it: Item) -> str | None:
        """'Acme Rail will cut 400 jobs, the company announced': the capitalised name that opens
        the sentence the company's words report, when no given name opens it (a person's would)."""
        si = f.sent_of(it.pos)
        ss, se, _ = f.sents[si]
        if not (ss <= it.start < it.pos) or it.kind != "indirect":
            return None
        toks = tokenize(f.masked, ss, min(se, it.pos))
        i, j = sp.np_span_after(toks, 0)
        if i != 0 or j < 2 or not all(t.is_cap for t in toks[:j]) or j >= len(toks) or \
                sp.fold(toks[0].text) in sp.first_name_genders() or toks[0].low in sp._FUNCTION_WORDS or \
                toks[0].low in sp.TITLES or any(sp.is_role_word(t.low) for t in toks[:j]):
            return None
        if not (toks[j].low in _COMPANY_VERBS or toks[j].text[:1].islower() and toks[j].low.endswith("s")):
            return None
        return sp._join(f.text, toks[:j])

    def _last_company(self, f: _Field, pos: int) -> str | None:
        """'Lakeside Power and Light (LPL) ... The company said': the company the article named
        (with its acronym) most recently before ``pos``, within the last 1,500 characters;
        public bodies ('Department', 'Board', ...) are not companies."""
        best: tuple[int, str] | None = None
        lo = max(0, pos - 1500)
        for acr, full in self.reg._acronyms.items():
            if _PUBLIC_BODY_RE.search(full) or len(full.split()) < 2:
                continue
            for form in (acr, full):
                at = f.masked.rfind(form, lo, pos)
                if at >= 0 and (best is None or at > best[0]):
                    best = (at, full)
        return best[1] if best is not None else None

    @staticmethod
    def _abs_pos(it: Item, f: _Field) -> int | None:
        """Position in the registry's coordinates (the body), or None for the dek and headline."""
        return it.pos if f.name == "text" else None

    def _org_full(self, name: str) -> str:
        words = [w.lower() for w in name.split() if w.lower() != "the"]
        bare = re.sub(r"^(?:the|The)\s+", "", name)
        full = self.reg.expand_acronym(bare)
        if full:
            # both forms, so that either spelling finds the speaker: "the Syrian Democratic Forces (SDF)"
            return f"{full} ({bare})" if bare.isupper() and len(bare) > 1 else full
        acr = self.reg.acronym_of(bare)
        if acr:
            return f"{bare} ({acr})"
        if len(words) == 1 and self.last_nonperson:
            prev = self.last_nonperson[1]
            if prev.lower().split()[-1] == words[-1]:
                return prev
        if len(words) == 1 and bare[:1].isupper() and not bare.isupper():
            # "The Department said" after "the California Department of Corrections (CDCR)": the one
            # body the article spelled out whose name holds that word
            hits = {(full, acr) for acr, full in self.reg._acronyms.items() if bare in full.split()[:-1]}
            if len(hits) == 1:
                full, acr = hits.pop()
                return f"{full} ({acr})"
        return name

    @staticmethod
    def _own_pronoun_gender(f: _Field, np: sp.NounPhrase) -> str:
        """The gender ("m"/"f") of a he/his (she/her) right after the mention ``np``, before any
        other capitalised word, sentence end or quote mark; "" if there is none."""
        ss = f.sents[f.sent_of(np.start)][0] if f.sents else 0
        before = f.masked[ss:np.start].rstrip()
        if before and not before.endswith(("”", '"', "’")):
            return ""  # only the subject of its own sentence or of a quote's attribution ("Markle
            # backed his rival" inside a that-clause: "his" is the main subject's)
        m = _OWN_PRONOUN_AFTER_RE.match(f.masked, np.end, min(len(f.masked), np.end + 80))
        if m is None:
            return ""
        return _pronoun_gender(m.group(1))

    def _lone_speaker_person(self, it: Item, f: _Field, gender: str) -> sp.Person | None:
        """A he/she that no person in the article can take goes to the speaker quoted just before
        it when that speaker is one capitalised word the extractor read as a body ("Varga said
        ... . He said ...", "Belmar said that ..., an amount he described as"): bodies are "it"
        and "they", never "he" or "she", so the word is a surname. The word becomes a person (all
        its rows turn named) and the pronoun votes its gender."""
        last = self.last_item
        if last is None or last.named or last.field != it.field or last.pos >= it.pos or \
                f.para_of(last.pos) < f.para_of(it.pos) - 1:
            return None  # (in this paragraph or the one before)
        name = last.speaker
        if " " in name or not name[:1].isupper() or not name.isalpha() or \
                not sp._lone_surname_at(f.masked, last.np.start if last.np else 0, name):
            return None
        return self._promote(name, last.pos, it, gender)

    def _lone_subject_person(self, it: Item, f: _Field, gender: str) -> sp.Person | None:
        """Failing that, the one-word subject of this sentence or of one of the three before it, in
        this paragraph or the one before, when it is a surname's shape and no body the lexicon knows:
        '"Later, Clinton stepped up her attacks: "...," she said', 'So far, McCain is the first
        senator to object. "...," he tweeted.'"""
        si = f.sent_of(it.pos)
        cues = load_cues()
        for j in range(si, max(-1, si - 4), -1):
            ss, se, pj = f.sents[j]
            if pj < f.para_of(it.pos) - 1:
                break
            np, at = _sentence_subject(f, ss, min(se, it.pos), cues)
            if np is None or at < 0 or at >= it.pos or np.kind == "pronoun":
                continue
            if np.kind != "surname" or " " in np.name or not np.name.isalpha() or not np.name[:1].isupper() \
                    or np.name.isupper() or not sp._lone_surname_at(f.masked, np.start, np.name) \
                    or self.reg.find(np.name) is not None:
                return None  # (the nearest subject decides: not past a sentence about something else)
            if not any(_pronoun_gender(m.group(1)) == gender
                       for m in _GENDER_PRON_RE.finditer(f.masked, np.end, se)):
                return None  # the sentence itself must show a person ("her attacks", "joined him"),
                # not "Acme cut prices"
            nxt = _WORD_AFTER_RE.match(f.masked, np.end)
            if nxt is None or not _finite_word(nxt.group(1)):
                return None  # a subject with its verb ("Varga stepped up"), not "...: Serving her"
            if f.masked[np.end:it.pos].strip(" ,") == "":
                return None  # "Trump, he noted, had ...": the clause reported is about Trump
            return self._promote(np.name, np.start, it, gender)
        return None

    def _own_sentence_surname(self, it: Item, f: _Field, gender: str) -> sp.Person | None:
        """A he/she after a one-word subject opening its own sentence, with nobody the article
        names in between: 'Although Holt ran alone, he often said ...', 'Holt ran alone, and he
        said ...' are Holt's, not those of a person named in an earlier sentence. The word must
        have a surname's shape, be no person or body the article already knows and come before a
        finite verb."""
        ss = f.sents[f.sent_of(it.pos)][0]
        m = _OWN_SUBJECT_RE.match(f.masked, ss)
        if m is None or m.end(1) >= it.pos:
            return None
        name = m.group(1)
        if name.isupper() or self.reg.find(name) is not None or name.lower() in sp.ROLE_WORDS or \
                name.lower() in sp._FUNCTION_WORDS or not _finite_word(m.group(2)) or \
                not sp._lone_surname_at(f.masked, m.start(1), name):
            return None
        ms = self.mentions.get(f.name, [])
        if any(ss <= mp < it.pos for mp, _ in ms):
            return None  # a person the article knows is named in the sentence
        after_subordinate = bool(f.masked[ss:m.start(1)].strip())  # "Although Holt ran alone, he"
        next_clause = re.fullmatch(r"\s*(?:and|but)?\s*", f.masked[m.end():it.pos].split(",")[-1])
        if not (after_subordinate or next_clause):
            return None  # the pronoun must open the clause after the subject's own ("Holt ran, and he")
        return self._promote(name, m.start(1), it, gender)

    def _promote(self, name: str, pos: int, it: Item, gender: str) -> sp.Person:
        """Register the one-word ``name`` as a person, make all its rows named and give ``it``
        that person; the pronoun votes the gender."""
        p = self.reg.add(name, pos)
        p.votes[gender] += 1
        self.promoted.add(name)  # (rows that copied an earlier row's speaker turn named too)
        for h in self.history:
            if h.speaker == name and not h.named:
                h.named = True
                h._person = p  # type: ignore[attr-defined]
        self._set_person(it, p, [])
        return p

    def _set_person(self, it: Item, p: sp.Person, roles: list[str]) -> None:
        for r in roles:
            p.add_role(r)
        it.speaker, it.named = p.name, True
        self.spoke.setdefault(it.field, []).append((it.pos, p))
        it._person = p  # type: ignore[attr-defined]

    def _relative_antecedent(self, f: _Field, pos: int) -> sp.Person | None:
        """The person a "who" right before the pronoun at ``pos`` stands for ("a critic of Kim,
        who she says is a liar"), whom the pronoun, another person, cannot be."""
        m = _WHO_BEFORE_RE.search(f.masked, max(0, pos - 12), pos)
        if m is None:
            return None
        ms = self.mentions.get(f.name, [])
        i = bisect.bisect_left([x[0] for x in ms], m.start())
        return ms[i - 1][1] if i > 0 and f.sent_of(ms[i - 1][0]) == f.sent_of(pos) else None

    def _named_after(self, f: _Field, pos: int, cue: str) -> frozenset[int]:
        """The people named (outside quotes) in the fifteen words after the cue that follows the
        pronoun ending at ``pos``: never its referent ("He called Schumer's offer a step
        backward", "he asked Mr. Abercrombie to ...": he is neither). Only when the cue comes
        right after the pronoun ("he said", "she later told"), not from a clause of its own
        ("While she apologized, Merlan responded ...")."""
        word = cue.split()[0] if cue else ""
        m = _VERB_AFTER_PRONOUN_RE.match(f.masked, pos, pos + 40) if word else None
        if m is None or m.group(1) != word:
            return frozenset()
        start = m.end()
        se = f.sents[f.sent_of(pos)][1]
        w15 = _FIFTEEN_WORDS_RE.match(f.masked, start, se)
        end = w15.end() if w15 is not None else se
        ms = self.mentions.get(f.name, [])
        lo = bisect.bisect_left(ms, start, key=lambda m: m[0])
        named = set()
        for mpos, p in ms[lo:]:
            if mpos >= end:
                break
            named.add(id(p))
        for m in _POSSESSIVE_NAME_RE.finditer(f.masked, start, end):
            p = self.reg.resolve_surname(m.group(1))  # "called Varga's plan": a possessor is named too
            if p is not None:
                named.add(id(p))
        return frozenset(named)

    def _pronoun(self, f: _Field, pos: int, gender: str, skip: sp.Person | None = None,
                 exclude: frozenset[int] = frozenset()) -> sp.Person | None:
        spoke = [m for m in self.spoke.get(f.name, []) if m[0] < pos and m[1] is not skip
                 and id(m[1]) not in exclude]
        spoke_sents = {f.sent_of(m[0]): m[0] for m in spoke}
        # a sentence whose speaker came first has that speaker as its subject, not a person named
        # later in it ("The former DNI noted he met Comey after Trump took office. He said ...")
        cands = [m for m in self.subjects.get(f.name, []) if m[0] < pos and m[1] is not skip
                 and id(m[1]) not in exclude and spoke_sents.get(f.sent_of(m[0]), m[0]) >= m[0]]
        cands += spoke
        cands.sort(key=lambda m: m[0])
        speakers = {id(m[1]) for m in spoke}
        unknown: tuple[int, sp.Person] | None = None
        for cpos, p in reversed(cands[-30:]):
            g = self.reg.gender(p)
            if not gender or g == gender:
                return p
            if not g:
                if id(p) in speakers:
                    return p  # someone already quoted goes on speaking
                unknown = (cpos, p)  # a subject of unknown gender: a nearer person of the
                break  # pronoun's gender wins ('spoke with Ada Kim. She ...')
        ms = self.mentions.get(f.name, [])
        i = bisect.bisect_left([m[0] for m in ms], pos)
        for j in range(i - 1, max(-1, i - 40), -1):
            mpos, p = ms[j]
            if p is skip or id(p) in exclude:
                continue
            if unknown is not None and (mpos <= unknown[0] or f.para_of(unknown[0]) == f.para_of(pos)
                                        or f.para_of(mpos) != f.para_of(pos)):
                break  # only a person of that gender in the pronoun's own paragraph, after a
                # subject of unknown gender in an earlier one
            g = self.reg.gender(p)
            if unknown is not None:
                if g == gender:
                    return p  # 'spoke with Ada Kim. She ...': the nearer person of her gender
                continue
            if not gender or not g or g == gender:
                return p
        return unknown[1] if unknown is not None else None


# the verb right after a pronoun, past an adverb or auxiliary ("he later said", "she had told")
_VERB_AFTER_PRONOUN_RE = re.compile(r"(?:\s+[a-z]+ly|\s+(?:also|later|then|again|once|had|has|have|would|will|did))?"
                                    r"\s+([\w'’-]+)")
_FIFTEEN_WORDS_RE = re.compile(r"(?:\s*\S+){14}")
_POSSESSIVE_NAME_RE = re.compile(r"\b([A-Z][a-z][\w-]*)['’]s\b")
_AND_BEFORE_RE = re.compile(r"\band\s+$")
# a one-word subject opening a sentence, perhaps after a subordinator, and the word after it
_OWN_SUBJECT_RE = re.compile(r"(?:(?:Although|Though|While|When|After|Because|As|Since|Once|Before)\s+)?"
                             r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+([a-z]+)\b")
_WHO_BEFORE_RE = re.compile(r",\s*(?:who|whom)\s+$")


def _pronoun_gender(word: str) -> str:
    """"f" for she/her/herself, "m" for he/his/him/himself."""
    return "f" if word.lower() in {"she", "her", "hers", "herself"} else "m"


_WORD_AFTER_RE = re.compile(r"\s+([a-z][\w'’-]*)")
_OPEN_PAREN_RE = re.compile(r"(?<!\()\((?!\()")  # a single "(", not an interview's "(("
_CLOSE_PAREN_RE = re.compile(r"(?<!\))\)(?!\))")


def _finite_word(w: str) -> bool:
    """A verb form that can follow a subject: an auxiliary, a past form or a present -s form."""
    return w in _FINITE or w in _IRREGULAR_PAST or (len(w) > 3 and w.endswith(("ed", "s")) and not w.endswith("ss"))


# the first he/she/his/her after a mention, with no capital, sentence end or quote mark between
_OWN_PRONOUN_AFTER_RE = re.compile(r"[^A-Z.!?\"“”\n]{0,60}?\b(he|she|his|her|him|himself|herself)\b")
_COPULA_BEFORE_RE = re.compile(r"\b(?:is|was|are|were|be|been|became|becomes|remains|remained)\s+$")
_DESCRIPTOR_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+((?:[a-z0-9][\w-]*\s+){0,2})([a-z][\w-]*)\b")
# a preposition, then a title of several words: "in a meeting with Turkish President Ada Kurt,"
_PREP_TITLE_BEFORE_RE = re.compile(r"\b(?:to|of|by|with|for|from|against|met)\s+(?:[A-Z][a-z]+\s+){2,3}$")
_PREP_BEFORE_RE = re.compile(
    r"\b(?:to|of|by|with|for|from|against|at|about|on|than|and|told|thanked|met|called)\s+"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}$")


_PRONOUN_OPENS_RE = re.compile(r"\W*(?:He|She|(?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+, (?:he|she))\s+[a-z]")
_TIME_CAPS_RE = re.compile(r"\b(?:on|in|at|by|from|until|since)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                           r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
                           r"October|November|December)\b[\s\d,]*)+$")


_GENDER_TITLES = ("Mr. ", "Mrs. ", "Ms. ")
_POSSESSIVE_RUN_RE = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\b")  # "Ivy Quist's aide"
_OPENING_PRONOUN_RE = re.compile(r"[\s\"“”'‘’(\[—–-]*(?:[Hh]e|[Ss]he)\b")
# a quote opening the sentence (masked: its words are x's), then the pronoun: '"...," she said'
_QUOTE_THEN_PRONOUN_RE = re.compile(r"\s*[\"“'‘][x\s]+[.?!]?[\"”'’]\s*,?\s*(?:[Hh]e|[Ss]he)\b")
_INTERVIEWER_MARKS = frozenset({"wn", "wikinews", "interviewer", "q", "question"})
_ANSWER_MARK_RE = re.compile(r"\s*\(\(([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\)\)")
# a role that ends in a preposition of place and "the": the name after it is where, not who
_PLACE_IN_ROLE_RE = re.compile(r"\b(?:in|at|on|near|across|from|into|around|throughout|outside|inside)\s+the$",
                               re.IGNORECASE)
_PLURAL_POSS_RE = re.compile(r"[A-Z][a-z-]+s['’]")
# the language of r"\b([Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b", written (like attribution's
# _CAPWORD_RE) to open with a literal letter (the boundary is checked after it, "(?<!\w.)": no
# word character before that letter) so that ``re`` skips along the text to those letters instead
# of trying every position (same matches: each position has at most one, whichever branch finds it)
_GENDER_PRON_RE = re.compile(r"(H(?<!\w.)(?:e|is|er|im)|h(?<!\w.)(?:e|is|er|im)|S(?<!\w.)he|s(?<!\w.)he)\b")
