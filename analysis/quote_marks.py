"""Quotation marks: which marks pair into quotes, and the article field the rules read.

Marks are paired per paragraph from their context (opening after a space, closing before
punctuation or a space); nested marks stay inside the outer quote; an unclosed quote stops at
its paragraph's end unless the next paragraph opens with a mark. :class:`_Field` holds one field
of an article (text, the copy with quotes masked, paragraphs, sentences, spans) for the rules in
:mod:`analysis.attribution` and :mod:`analysis.reported_speech`; ``_not_a_quote`` drops titles,
names and scare-quoted words in marks. Part of the quote extractor (:mod:`analysis.quotes`).

>>> text = 'She said, "We will rebuild." Then she left.'
>>> [(text[s.start:s.end]) for s in find_quote_spans(text, [(0, len(text))])]
['We will rebuild.']
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from analysis import speakers as sp
from analysis.speakers import NounPhrase, Registry
from analysis.cue_words import _BE, _FINITE, _SUBJ_PRON, _cue_regex

DOUBLE_MARKS = '"“”„'
SINGLE_MARKS = "'‘’"
_OPEN_LEFT = set(" \t\n\r\u00a0([{—–-/:;") | set("“‘")
_CLOSE_RIGHT = set(" \t\n\r\u00a0.,;:!?)]}—–-…") | set("”’")


# typewriter quotes of tokenised corpora (``like this'') and guillemets, as the marks the rules read
_PTB_OPEN, _PTB_CLOSE = "``", "''"


def normalise_marks(text: str) -> str:
    """The text with other conventions' quotation marks written as curly ones, same length.

    Tokenised news corpora (Penn Treebank style) open a quote with two backticks and close it
    with two apostrophes; some outlets and translations use guillemets (``«...»``, or ``»...«``
    in German and Danish copy). The rules read curly marks, so each is rewritten in place:
    two-character marks become a space and a mark (the mark next to the quote's words), so
    every offset into the result is an offset into ``text``.

    >>> normalise_marks("He said, ``We will rebuild.'' Then ‹left›.")
    'He said,  “We will rebuild.”  Then ‘left’.'
    >>> normalise_marks("«Oui», dit-il"), normalise_marks("»Ja«, sagte sie")
    ('“Oui”, dit-il', '“Ja”, sagte sie')

    Double marks written as HTML references (text handed over without
    :func:`analysis.load_articles`, which decodes them) become the mark and spaces, the mark on
    the side of the quote's words:

    >>> normalise_marks("&quot;Yes,&quot; said Ana. &#8220;No.&#8221;")
    '     "Yes,"      said Ana.       “No.”      '
    """
    if "&" in text and _MARK_REF_RE.search(text):
        text = _MARK_REF_RE.sub(_mark_in_place, text)
    if _PTB_OPEN in text:
        text = text.replace(_PTB_OPEN, " \u201c").replace(_PTB_CLOSE, "\u201d ")
    if "«" in text or "»" in text:
        reversed_ = text.find("»") != -1 and (text.find("«") == -1 or text.find("»") < text.find("«"))
        table = {"«": "\u201d", "»": "\u201c"} if reversed_ else {"«": "\u201c", "»": "\u201d"}
        text = text.translate(str.maketrans(table))
    if "‹" in text or "›" in text:
        text = text.translate(str.maketrans({"‹": "\u2018", "›": "\u2019"}))
    return text


_MARK_REF_RE = re.compile(r"&(?:quot|ldquo|rdquo|#34|#x22|#8220|#8221|#x201[cdCD]);")
_MARK_OF_REF = {"quot": '"', "#34": '"', "#x22": '"', "ldquo": "\u201c", "#8220": "\u201c", "#x201c": "\u201c",
                "rdquo": "\u201d", "#8221": "\u201d", "#x201d": "\u201d"}


def _mark_in_place(m: re.Match) -> str:
    """A double mark's HTML reference as the mark and spaces, same length: an opening mark (a
    word follows) last, a closing one first."""
    ref = m.group()
    mark = _MARK_OF_REF[ref[1:-1].lower()]
    after = m.string[m.end():m.end() + 1]
    opening = mark == "\u201c" or (mark == '"' and after != "" and (after.isalnum() or after in "[("))
    pad = " " * (len(ref) - 1)
    return pad + mark if opening else mark + pad


def _segmentation():
    from analysis.segmentation import split_paragraphs, split_sentences
    return split_paragraphs, split_sentences


@dataclass
class Span:
    """A quoted stretch: content ``[start, end)``, the mark positions, its paragraph."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    para: int
    cont_prev: bool = False  # continues an unclosed quote of the previous paragraph
    cont_next: bool = False  # unclosed, continued in the next paragraph
    cut: bool = False  # unclosed, ended by the opening mark of the next quote


def _classify_mark(text: str, i: int, ps: int, pe: int) -> str:
    left = text[i - 1] if i > ps else " "
    right = text[i + 1] if i + 1 < pe else " "
    lopen = left in _OPEN_LEFT or left in DOUBLE_MARKS
    rclose = right in _CLOSE_RIGHT or right in DOUBLE_MARKS
    if lopen and not rclose:
        return "open"
    if rclose and not lopen:
        return "close"
    c = text[i]
    if c in "“„‘":
        return "open"
    if c in "”":
        return "close"
    return "amb"


def _classify_single(text: str, i: int, ps: int, pe: int) -> str:
    left = text[i - 1] if i > ps else " "
    right = text[i + 1] if i + 1 < pe else " "
    if left.isalnum() and right.isalnum():
        return "apostrophe"
    if right.isdigit() and _ELIDED_YEAR_RE.match(text, i + 1, pe):
        return "apostrophe"  # "the '90s", "class of '08": an elided century
    if (left in _OPEN_LEFT) and (right.isalnum() or (right in "[(" and text[i + 2:i + 3].isalnum())
                                 or right in DOUBLE_MARKS):
        return "open"  # (also "'[N]ow ...'", an edited capital, and "'"...", a nested quote)
    if (left.isalnum() or left in ".,!?])" or left in DOUBLE_MARKS) and (right in _CLOSE_RIGHT):
        if left in "sS" and right == " " and text[i + 2:i + 3].islower() and \
                _LATER_SINGLE_CLOSE_RE.search(text, i + 2, pe):
            # "'... lead to ISIS' reemergence ...'": a plural possessive inside a longer quote
            # (not "a 'serious' condition": a quote of a few words closes)
            opened = [m.end() for m in _SINGLE_OPEN_CANDIDATE_RE.finditer(text, ps, i)]
            if opened and len(text[opened[-1]:i].split()) > 3:
                return "apostrophe"
        return "close"
    return "apostrophe"


# a single mark that may open a quote: after a space, bracket, dash or colon, before a word
_SINGLE_OPEN_CANDIDATE_RE = re.compile(r"(?:^|(?<=[\s(\[—–:]))['‘](?=[\w\[(\"“])", re.M)
# a closing single mark after the quote's punctuation, later in the paragraph
_LATER_SINGLE_CLOSE_RE = re.compile(r"[.,!?]['’](?=[\s)\]—–]|$)")


_ELIDED_YEAR_RE = re.compile(r"\d\d(?:s\b|(?!\w))")


def find_quote_spans(text: str, paragraphs: Sequence[tuple[int, int]], *,
                     single: bool = False, single_paras: frozenset[int] = frozenset()) -> list[Span]:
    """Pair quotation marks paragraph by paragraph; return the outermost quoted spans.

    Linear in the text. An unclosed quote ends at its paragraph's end; when the next paragraph
    opens with a mark, both are flagged as one quote running over paragraphs. Single marks count
    everywhere with ``single`` (a headline field) and in the paragraphs ``single_paras`` (a
    headline at the top of the body).

    >>> t = 'He said "the "United" team won" and left.'
    >>> [t[s.start:s.end] for s in find_quote_spans(t, [(0, len(t))])]
    ['the "United" team won']
    """
    marks = SINGLE_MARKS + DOUBLE_MARKS if single else DOUBLE_MARKS
    # a run of three or more marks is not quotation (decoration, OCR noise): skipped whole
    mark_re = _MARK_RES[single]
    spans: list[Span] = []
    for pi, (ps, pe) in enumerate(paragraphs):
        res = _MARK_RES[True] if pi in single_paras else mark_re
        nxt = paragraphs[pi + 1][0] if pi + 1 < len(paragraphs) else None
        runs_on = nxt is not None and text[nxt:nxt + 1] in marks
        lo = ps
        cuts = 0
        while True:
            stack, inner, inner_close = _pair_marks(text, res, lo, ps, pe, pi, spans)
            if not stack:
                break
            o = stack[0]
            cuts += 1  # (a few cuts per paragraph: each re-reads the rest of it, so no more than four)
            if inner is not None and not runs_on and cuts <= 4 and not (
                    inner_close is not None and not text[inner_close + 1:pe].strip()):
                # (but '"Republicans ... with Trump calling it a "Christmas gift."': one closing mark
                # at the paragraph's end closes both)
                # '“empty promises “Mitt Romney has ...,” a spokesman said.': a quote never
                # closed, with another opening inside, is a quote whose closing mark the writer left
                # out; it ends before that opening, and the marks after it pair on their own
                e = inner
                while e > o + 1 and text[e - 1].isspace():
                    e -= 1
                if text[o + 1:e].strip():
                    spans.append(Span(o + 1, e, o, None, pi, cut=True))
                lo = inner
                continue
            if inner is not None and inner_close is not None and not runs_on:
                spans.append(Span(o + 1, inner_close, o, inner_close, pi))  # (the one mark closes both)
                break
            e = pe
            while e > o + 1 and text[e - 1].isspace():
                e -= 1
            tail = _TAIL_ATTRIBUTION_RE.search(text, o + 1, e)
            if tail is not None and e == pe and _cue_regex().search(tail.group(1)) and \
                    len(text[o + 1:tail.start()].split()) >= 3:
                # '"Rubio put resources into Nevada, the Cruz camp said in a statement.' with no
                # closing mark: the quote ends at the comma before its own attribution (the
                # comma then stands where the closing mark would)
                spans.append(Span(o + 1, tail.start(), o, tail.start(), pi))
            else:
                spans.append(Span(o + 1, e, o, None, pi))
            break
    # link quotes that run over paragraphs: an unclosed quote followed by a paragraph that opens
    # with a mark
    by_para: dict[int, list[Span]] = {}
    for s in spans:
        by_para.setdefault(s.para, []).append(s)
    for s in spans:
        if s.close_mark is None:
            nxt = by_para.get(s.para + 1)
            if nxt and nxt[0].open_mark == paragraphs[s.para + 1][0]:
                s.cont_next = True
                nxt[0].cont_prev = True
    return spans



def _pair_marks(text: str, mark_re: re.Pattern, lo: int, ps: int, pe: int, pi: int,
                spans: list[Span]) -> tuple[list[int], int | None, int | None]:
    """Pair the marks of paragraph ``[ps, pe)`` from ``lo``, appending outermost closed quotes to
    ``spans``; returns the marks left open, the first opening inside a quote that never closed
    (``None`` when every quote that held one closed) and the last closing mark inside it."""
    stack: list[int] = []
    inner = inner_close = None
    first_mark = None
    for m in mark_re.finditer(text, lo, pe):
        if m.end() - m.start() > 1:
            continue
        i = m.start()
        c = text[i]
        kind = _classify_single(text, i, ps, pe) if c in SINGLE_MARKS else \
            _classify_mark(text, i, ps, pe)
        if kind == "apostrophe":
            continue
        if first_mark is None:
            first_mark = i
        if kind == "amb":
            kind = "close" if stack else "open"
        if kind == "open":
            if len(stack) == 1 and inner is None:
                inner = i
            stack.append(i)
        elif stack:
            o = stack.pop()
            inner_close = i
            if not stack:
                spans.append(Span(o + 1, i, o, i, pi))
                inner = inner_close = None
        elif first_mark == i and lo == ps and c in DOUBLE_MARKS and _ORPHAN_CLOSE_RE.fullmatch(text, ps, i + 1) \
                and (re.match(r"\s+\w", text[i + 1:i + 4]) or (
                    not text[i + 1:pe].strip() and _FIRST_PERSON_RE.search(text, ps, i))):
            # 'We are going nuts," Wildstein wrote.': the paragraph's first mark closes a
            # quote whose opening mark is missing (a typo, a cut excerpt); the quote runs from
            # the paragraph's start (the "open mark" is then that first character); also when
            # the mark ends the paragraph and the words are in the first person, a speaker's
            # own voice: 'I am basing it on what I know."'
            spans.append(Span(ps, i, ps, i, pi))
    return stack, inner, inner_close


def headline_paragraph(text: str, paragraphs: Sequence[tuple[int, int]]) -> bool:
    r"""Is the first paragraph a headline kept at the top of the body? One line of at most 25
    words before more paragraphs, with no sentence-final stop and a single quotation mark in it
    (``Gibbs: Clinton's use of private emails 'highly unusual'``); only its single marks are
    read differently.

    >>> t = "Kim: plan 'dead on arrival'\n\nAda Kim spoke on Monday."
    >>> headline_paragraph(t, [(0, 27), (29, len(t))])
    True
    >>> t = "Ada Kim said the plan was dead.\n\nShe spoke on Monday."
    >>> headline_paragraph(t, [(0, 31), (33, len(t))])
    False
    """
    if len(paragraphs) < 2:
        return False
    ps, pe = paragraphs[0]
    line = text[ps:pe].strip()
    if not line or "\n" in line or not any(c in line for c in SINGLE_MARKS):
        return False
    if line.rstrip("'’\"”)").endswith((".", "!", "?", ",", ";", ":")):
        return False
    return len(line.split()) <= 25


# British and Australian house style (the Daily Mail, the Sun, many wire rewrites): the body's
# quotation marks are single. Their sign: an opening mark before a word after a space, a colon or
# a dash (not an elision: "'em", "'tis"), and a closing mark after a comma or a stop, or before
# the sentence's punctuation; neither an apostrophe nor a plural possessive ("the workers'
# union") stands so
_SINGLE_OPEN_RE = re.compile(r"(?:^|(?<=[\s(\[—–:]))['‘](?!(?:em|tis|twas|til|cause|n)\b)(?=[A-Za-z]{2}|[A-Z])", re.M)
# closing after the quote's own punctuation (US order) or before the sentence's (British order)
_SINGLE_CLOSE_RE = re.compile(r"(?<=[a-z][,.!?])['’](?=[\s)\]—–]|$)|(?<=[a-z])['’](?=[,.;:!?])", re.M)


def single_mark_style(text: str) -> bool:
    """Does the body quote with single marks? At least one single mark opening a quote and one
    closing one (after its punctuation or before the sentence's), and no double mark; or, as the
    style nests double marks inside single ones, two of each and no more double marks than
    single quotes.

    >>> single_mark_style("Ada Kim said: 'We have no heat.' She left.")
    True
    >>> single_mark_style("The workers' union met. Kim's 'plan' failed.")
    False
    >>> single_mark_style('Kim said: "We have no heat." The plan failed.')
    False
    >>> single_mark_style("Kim said: 'He told me \\"never\\", and left.' Bo said: 'Yes, it is.'")
    True
    """
    doubles = sum(text.count(c) for c in DOUBLE_MARKS)
    if not doubles:
        return _SINGLE_OPEN_RE.search(text) is not None and _SINGLE_CLOSE_RE.search(text) is not None
    # the style nests double marks inside single ones: more single quotes than double marks
    opens = len(_SINGLE_OPEN_RE.findall(text))
    return opens >= 2 and doubles <= opens and len(_SINGLE_CLOSE_RE.findall(text)) >= 2


# lines of a web page that scraped articles keep in mid-text
_PAGE_FURNITURE = ("Story Continued Below", "Story continues below", "Continue Reading Below")
_READ_MORE_RE = re.compile(r"\bRead more(?=[ \t]*(?:\n|$))")  # a link's label ending its line
# the first person, which news writing uses only inside quotes
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|my|My|we|We|our|Our|us)\b")
# a paragraph opening with two or more words, then a closing mark after , . ? or ! and an
# attribution after it ('Not nice," Mr. Kim tweeted')
_ORPHAN_CLOSE_RE = re.compile(r"[^\W\d_][^\n\"“”]*?\s[^\n\"“”]*?[,.?!][\"”]")


# the end of an unclosed quote: ", <a short attribution of at most eight words>." at the
# paragraph's end (whether it holds a cue is checked against the cue lexicon)
_TAIL_ATTRIBUTION_RE = re.compile(r",\s+((?:[\w.'’-]+\s+){0,7}[\w.'’-]+)[.!?]\s*$")
_PARTY_MARKER_HINT_RE = re.compile(r"[(,]\s*[RDI][-)]")  # a cheap test before the marker pattern
_BRACKETED_NAME_RE = re.compile(r"\[((?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){0,4})\]")


_MARK_RES = {
    single: re.compile("[" + re.escape(m) + "]{3,}|[" + re.escape(m) + "]")
    for single, m in ((False, DOUBLE_MARKS), (True, SINGLE_MARKS + DOUBLE_MARKS))
}


def mask_quotes(text: str, spans: Iterable[Span]) -> str:
    """Same-length copy of ``text`` with quoted content replaced by ``x`` (spaces and a final
    ``.?!`` kept), so that cues and sentence ends are only found outside quotes."""
    out: list[str] = []
    pos = 0
    for s in spans:
        out.append(text[pos:s.start])
        seg = text[s.start:s.end]
        tail = ""
        if seg and seg[-1] in ".?!":
            seg, tail = seg[:-1], seg[-1]
        elif len(seg) > 1 and seg[-1] in "’'" and seg[-2] in ".?!":
            seg, tail = seg[:-2], seg[-2:]  # '... a ‘quid pro quo.’”': the end inside a nested quote
        out.append(_MASK_RE.sub("x", seg) + tail)
        pos = s.end
    out.append(text[pos:])
    return "".join(out)


_MASK_RE = re.compile(r"\S")


@dataclass
class Item:
    """A quote or reported clause found in one field, before its speaker is resolved."""

    field: str
    start: int
    end: int
    kind: str
    np: NounPhrase | None = None
    cue: str = ""
    pos: int = 0  # where the speaker mention is (for pronoun recency)
    para: int = 0
    span: Span | None = None
    speaker: str = ""
    named: bool = False
    role: str = ""
    inherit: bool = False  # takes the previous quote's speaker
    roles: list[str] = field(default_factory=list)
    outer: bool = False  # a report of a sentence that holds a report of its own


_ASIDE_AFTER_MARKER_RE = re.compile(r"\s*(?:who|which|whose|a|an|the)\b")


def _blank_party_marker(m: re.Match, masked: str) -> str:
    """The party-and-state marker blanked (same length), or left as written when no name stands
    before it; its closing comma stays when an aside follows ("Dale Harper, R-Texas, who ...,
    said": the relative clause keeps its opening comma)."""
    if not (m.start() > 0 and masked[m.start() - 1].islower()):
        return m.group()
    g = m.group()
    if g.endswith(",") and _ASIDE_AFTER_MARKER_RE.match(masked, m.end()):
        return " " * (len(g) - 1) + ","
    return " " * len(g)


class _Field:
    """One field of one article: text, masked text, paragraphs, sentences, quote spans."""

    def __init__(self, name: str, text: str, single: bool, *, single_mark_bodies: bool = False) -> None:
        split_paragraphs, split_sentences = _segmentation()
        self.name = name
        self.source = text  # as given; ``text`` reads other conventions' marks as curly ones
        self.text = text = normalise_marks(text)
        self.paras = split_paragraphs(text) if text else []
        # a headline kept at the top of the body (scraped text, dataset excerpts): its single
        # marks are quotation marks, as in the title field (the codebook's house style)
        self.headline_paras = frozenset({0}) if not single and headline_paragraph(text, self.paras) else frozenset()
        # a body quoting in single marks (British house style) reads them as a headline does,
        # when asked (the codebook counts single marks only in headlines)
        single = single or (single_mark_bodies and single_mark_style(text))
        self.spans = find_quote_spans(text, self.paras, single=single, single_paras=self.headline_paras)
        self.masked = mask_quotes(text, self.spans)
        if _PARTY_MARKER_HINT_RE.search(self.masked):
            # "Bill Nelson, D-Fla., said", "Ted Cruz (R-Texas) said": a US party-and-state marker
            # after a name is blanked for the parsers (source typing reads it in ``text``)
            self.masked = sp.PARTY_MARKER_RE.sub(lambda m: _blank_party_marker(m, self.masked), self.masked)
        if "[" in self.masked:
            # '"...," [Sen. Ada Kim] said': an editor's brackets around a name are read without
            # them (same length, so offsets and the names taken from ``text`` stay right)
            # (not "[GM] Hikaru Nakamura": an all-capital title stays apart from the name)
            self.masked = _BRACKETED_NAME_RE.sub(
                lambda m: " " + m.group(1) + " " if re.search("[a-z]", m.group(1)) else m.group(0), self.masked)
        if "Read more" in self.masked:
            self.masked = _READ_MORE_RE.sub(lambda m: " " * len(m.group()), self.masked)
        for junk in _PAGE_FURNITURE:
            if junk in self.masked:
                # "Story Continued Below Bachmann, 57, said": a web page's line left in the text
                # is blanked for the parsers (same length: offsets stay right)
                self.masked = self.masked.replace(junk, " " * len(junk))
        self.sents: list[tuple[int, int, int]] = []  # start, end, paragraph
        for pi, (ps, pe) in enumerate(self.paras):
            for s, e in split_sentences(self.masked, ps, pe):
                self.sents.append((s, e, pi))
        self._starts = [s for s, _, _ in self.sents]
        self._orig_sents: list[int] | None = None
        self._cue_hits: list[int] | None = None
        self.name_marks: set[int] = set()  # opening marks of names in marks (not quotes)
        self.orphans: list[Item] = []  # quotes without a speaker in their own sentence
        self.reg: Registry | None = None  # the article's people (set once the registry is built)

    def cue_hits(self) -> list[int]:
        """Start offsets of every cue word in the masked text, found in one pass per field."""
        if self._cue_hits is None:
            self._cue_hits = [m.start() for m in _cue_regex().finditer(self.masked)]
        return self._cue_hits

    def sent_of(self, pos: int) -> int:
        i = bisect.bisect_right(self._starts, pos) - 1
        return max(i, 0)

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence holding ``pos`` in the article's own segmentation."""
        if self._orig_sents is None and self.masked == self.text:
            self._orig_sents = self._starts  # nothing was masked: the same segmentation
        if self._orig_sents is None:
            _, split_sentences = _segmentation()
            self._orig_sents = []
            by_para: dict[int, list[int]] = {}
            for s, _, pi in self.sents:
                by_para.setdefault(pi, []).append(s)
            for pi, (ps, pe) in enumerate(self.paras):
                if self.masked[ps:pe] == self.text[ps:pe]:
                    # a paragraph without quotes segments the same in the masked copy
                    self._orig_sents.extend(by_para.get(pi, []))
                else:
                    self._orig_sents.extend(s for s, _ in split_sentences(self.text, ps, pe))
        return max(bisect.bisect_right(self._orig_sents, pos) - 1, 0)

    def para_of(self, pos: int) -> int:
        starts = self.__dict__.get("_para_starts")
        if starts is None or len(starts) != len(self.paras):
            starts = self._para_starts = [p[0] for p in self.paras]
        return max(bisect.bisect_right(starts, pos) - 1, 0)


_NAME_OF_RE = re.compile(r"\b(?:of|the|called|named|dubbed|at|in|on)\s+$")
_TITLE_SMALL = frozenset("""of the a an and for in on at to de la le von van""".split())


_NAMING_NOUNS = """event events film films movie movies book books novel novels song songs album
albums campaign campaigns page pages group groups show shows series programme program play
documentary slogan slogans hashtag operation project motto initiative exhibition festival game
app podcast channel account blog website site article column poem painting single track tour
brand band team party club company movement petition""".split()


_NAMING_BEFORE_RE = re.compile(
    r"\b(?:" + "|".join(_NAMING_NOUNS) + r"|titled|entitled|called|named|dubbed|known as|"
    r"nicknamed|branded|labelled|labeled)\s*[,:]?\s*$")


_CUE_BEFORE_COMMA_RE = re.compile(r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|stated|"
                                  r"states|asked|asks|replied|declared|announced|tweeted|posted)"
                                  r"((?:\s+[\w'’.-]+){1,4})?\s*[,:]\s*$")


# a noun, then a naming participle: 'a process called "..."', 'a plan dubbed "..."'
_THING_CALLED_RE = re.compile(r"\b([a-z][a-z-]+)\s+(?:called|named|dubbed|nicknamed|titled|"
                              r"entitled|known\s+as)\s*$")


_TERM_BEFORE_RE = re.compile(r"\bthe\s+(?:[\w'’-]+\s+){0,3}(?:words?|terms?|phrases?|expression|wording)\s*$", re.I)
_MENTION_BEFORE_RE = re.compile(r"\b(?:using|use of|the (?:words?|terms?|phrases?|qualifier|label|"
                                r"expression|name))\s*$", re.I)


_LIST_SEP_RE = re.compile(r",?\s+(?:(?:and|or)\s+)?")
_ONE_WORD_RE = re.compile(r"[\w'’-]+[,.]?")


def _word_list_run(f: _Field, q: Span) -> int:
    """How many one-word quotes in a row (``"life", "liberty", and "happiness"``) hold ``q``."""
    spans = f.spans
    i = next((x for x, s in enumerate(spans) if s is q), None)
    if i is None:
        return 1

    def one_word(s: Span) -> bool:
        return s.close_mark is not None and bool(_ONE_WORD_RE.fullmatch(f.text[s.start:s.end]))

    def joined(a: Span, b: Span) -> bool:
        return a.close_mark is not None and bool(_LIST_SEP_RE.fullmatch(f.text, a.close_mark + 1, b.open_mark))

    run = 1
    j = i
    while j > 0 and one_word(spans[j - 1]) and joined(spans[j - 1], spans[j]):
        run, j = run + 1, j - 1
    j = i
    while j + 1 < len(spans) and one_word(spans[j + 1]) and joined(spans[j], spans[j + 1]):
        run, j = run + 1, j + 1
    return run


def _name_in_marks_context(f: _Field, q: Span, content: str) -> bool:
    """Does the context make a Title-Case quoted span a name: a naming word before it (``a song
    called``) or an appositive between commas (``his event, "...", was``), and no speech verb
    introducing it (``told the group, "We Will Win."``, ``said, "Yes We Can", and left``)?"""
    lo = max(0, q.open_mark - 40)
    appositive = f.masked[max(0, q.open_mark - 2):q.open_mark] == ", " and (
        content.endswith(",") or f.text[q.close_mark + 1:q.close_mark + 2] == ",")
    cue_near = _CUE_BEFORE_COMMA_RE.search(f.masked, lo, q.open_mark)
    if appositive:
        return not (cue_near and cue_near.group(1) is None)  # only "said, "...", and left" is speech
    return bool(_NAMING_BEFORE_RE.search(f.masked, lo, q.open_mark)) and not cue_near


def _title_case(words: list[str]) -> bool:
    """Every word but the small ones (of, the, a, ...) is capitalised (and at least one is)."""
    caps = [w for w in words if w.lower() not in _TITLE_SMALL]
    return bool(caps) and all(w[0].isupper() for w in caps)


_IDENTIFIER_RE = re.compile(r"(?=[^\s\d]*\d)(?=\S*[^\W\d_])[\w-]+(?:[./-][\w-]+)*[.,]?")


_OUTLET_POSSESSIVE_RE = re.compile(r"(?<![\w.])[A-Z][A-Za-z&.-]*['’]s\s*$")


_WORK_ROLE_AFTER_RE = re.compile(r"\s+(?:co-)?(?:host|hosts|anchor|anchors|star|stars|creator|author|producer|"
                                 r"editor|presenter|correspondent|columnist|showrunner)\b")


def _reported_before(f: _Field, q: Span) -> bool:
    """Is there a lower-case speech verb before the quote in its sentence ("said it had ...")?"""
    ss = f.sents[f.sent_of(q.open_mark)][0] if f.sents else 0
    return any(m.group()[:1].islower() and m.group().lower() in _REPORT_WORDS
               for m in _cue_regex().finditer(f.masked, ss, q.open_mark))


_REPORT_WORDS = frozenset("said says told tells stated wrote announced added".split())


def _not_a_quote(f: _Field, q: Span) -> bool:
    """Marks that hold no quotation: a gloss in brackets ``("British exit")``, or a short
    Title-Case name of a thing inside a sentence (``a "Learning Together" event``)."""
    text = f.text
    content = text[q.start:q.end]
    if q.close_mark is not None and q.open_mark > 0 and text[q.open_mark - 1] == "(" \
            and text[q.close_mark + 1:q.close_mark + 2] == ")":
        return True
    words = re.findall(r"[^\W\d_][\w'’-]*", content)
    if q.close_mark is not None and _IDENTIFIER_RE.fullmatch(content.strip()):
        return True  # 'named the disease "COVID-19"', '"2019-nCoV."': a code name, not words said
    if re.fullmatch(r"[A-Z][^.!?]{0,60}\sv(?:s\.?|\.|ersus)\s[A-Z][^!?]{0,60}", content.strip()):
        return True  # a court case's name ("Eva Ruiz vs. Acme Limited")
    if len(words) >= 2 and content.endswith(",") and _NAME_OF_RE.search(text, max(0, q.open_mark - 12),
                                                                        q.open_mark):
        content = content[:-1]  # 'the contests of "Super Tuesday," ...': a name before a comma
    if q.close_mark is not None and len(words) == 1 and words[0].islower() and \
            re.search(r"\bto\s*$", f.masked[max(0, q.open_mark - 6):q.open_mark]) and \
            not _reported_before(f, q):
        return True  # 'plans to "storm" the base': a scare-quoted verb, not words said (but 'a
        # statement said it had decided to "reverse" its support': the statement's word)
    if q.close_mark is not None and len(words) <= 3 and \
            re.search(r"\bso-called\s*$", f.masked[max(0, q.open_mark - 12):q.open_mark]):
        return True  # 'limits on so-called "activist" investors': a scare quote, not words said
    m = _THING_CALLED_RE.search(f.masked, max(0, q.open_mark - 40), q.open_mark)
    if m is not None and m.group(1).lower() not in sp.ROLE_WORDS and m.group(1).lower() not in _SUBJ_PRON \
            and m.group(1).lower() not in _BE | _FINITE:
        return True  # 'a process called "exfiltration"': the name of a thing, not words said
    if q.close_mark is not None and 2 <= len(words) <= 4 and not re.search(r"[.!?;:]", content.rstrip(".,")) \
            and _TERM_BEFORE_RE.search(f.masked, max(0, q.open_mark - 40), q.open_mark):
        return True  # 'the term "natural born citizen"', 'the 14th Amendment phrase "subject to"'
    if q.close_mark is not None and len(words) == 1 and (
            _MENTION_BEFORE_RE.search(f.masked, max(0, q.open_mark - 30), q.open_mark) or
            _word_list_run(f, q) >= 3):
        return True  # 'endorsed using "life", "liberty" and "happiness"': words mentioned as words
    if q.close_mark is not None and 0 < len(words) <= 12 and _title_case(words) and \
            _name_in_marks_context(f, q, content):
        # 'his event, "Crash The Gates, Nobody Stops Us", was a joke', 'the film "Night Falls"':
        # a Title-Case name of a thing (after a naming noun or as an appositive), not a quote
        return True
    if q.close_mark is not None and 0 < len(words) <= (9 if text[q.close_mark + 1:q.close_mark + 3] == " (" else 6) \
            and _title_case(words) and not re.search(r"[.!?;:,]", content.rstrip(".,")) and \
            _OUTLET_POSSESSIVE_RE.search(f.masked, max(0, q.open_mark - 24), q.open_mark):
        # 'told NBC's "Meet the Press,"': a programme's name after its broadcaster (or a longer title
        # with a note in brackets after it: 'Lanny Davis's "Clinton Supporters Have Some Questions
        # for Comey" (op-ed, April 10)')
        return True
    if q.close_mark is not None and 2 <= len(words) <= 5 and _title_case(words) and \
            not re.search(r"[.,!?;:]", content.rstrip(".,")) and \
            re.search(r"\b(?:on|appeared on|told)\s*$", text[max(0, q.open_mark - 14):q.open_mark]):
        return True  # 'Steyn said Monday on "Tucker Carlson Tonight."': a programme's name, its stop inside
    if q.close_mark is not None and 0 < len(words) <= 6 and _title_case(words) and \
            not re.search(r"[.,!?;:]", content) and _WORK_ROLE_AFTER_RE.match(text, q.close_mark + 1):
        return True  # '"The Kelly File" host told viewers': a programme's name before its host
    if 0 < len(words) <= 5 and not re.search(r"[.,!?;:]", content) and q.close_mark is not None and \
            not (q.para in f.headline_paras and _title_case(re.findall(r"[^\W\d_][\w'’-]*", text[slice(*f.paras[q.para])]))):
        # (in a Title-Case headline every word is capitalised: "Kim Slams Tran's 'Awful' Bill")
        caps = [w for w in words if w.lower() not in _TITLE_SMALL]
        if caps and all(w[0].isupper() for w in caps) and len(caps) >= 1:
            before = text[max(0, q.open_mark - 3):q.open_mark]
            # a one-word or Title-Case quote opening a sentence may still be speech ("Never.")
            mid_sentence = bool(re.search(r"[\w,]\s*$", before))
            if mid_sentence and not (len(caps) == 1 and caps[0].isupper() and len(words) == 1):
                return True
    return False
