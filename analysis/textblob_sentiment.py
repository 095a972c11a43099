"""TextBlob's default sentiment (``TextBlob(text).sentiment``), the same numbers with less work.

``TextBlob(text).sentiment`` calls ``textblob.en.sentiment(text)``: pattern's tokenizer
(``textblob._text.find_tokens``) splits the text into sentences of tokens, and
``Sentiment.assessments`` walks the lower-cased words against the sentiment lexicon. Both are
plain Python and make up most of the pipeline's sentiment time. :func:`fast_sentiment` runs the
same two steps, statement for statement, without the parts that cost time and decide nothing:

- contractions are replaced with ``str.replace`` (TextBlob passes the literal patterns to
  ``re.sub``, which then looks them up in ``re``'s cache seven times per text);
- the whitespace collapse and the token regex together are ``str.split()`` (the same maximal
  runs of non-whitespace; the line-break regex runs only when the text has a blank line);
- a token that neither starts with a punctuation mark nor ends with one or a period (most words)
  is kept as it is without entering the punctuation-splitting loops (which do nothing to it);
- the lexicon is read with ``dict.get`` (``Sentiment`` is a lazy dict whose ``in`` and ``[]``
  go through a Python-level wrapper on every word);
- the emoticon test for short non-alphabetic words looks the word up in one table built from
  ``EMOTICONS`` (first emoticon group in dict order wins, as in TextBlob's loop), instead of
  lower-casing every emoticon of every group for every such word.

Everything else -- the sentence grouping, the sarcasm and emoticon regexes per sentence, the
modifier/negation rules, the averages -- is TextBlob's own code path, in the same order, so the
floats are bit-for-bit the same. :func:`sentiment_function` returns this function only for the
TextBlob version it was written against, with TextBlob's stock tokenizer, negations and
modifiers, and after it agreed with TextBlob on a set of probe texts; otherwise it returns
TextBlob's own function (``tests/test_textblob_sentiment.py`` compares the two on varied texts).
The choice is made once per process, at the first call (like ``analysis.sentiment``'s choice of
analyzer): change TextBlob's sentiment settings before scoring, not between calls.

>>> fast_sentiment("This is a great day.")
(0.8, 0.75)
>>> from textblob import TextBlob
>>> tuple(TextBlob("Not a very good idea :-(").sentiment) == fast_sentiment("Not a very good idea :-(")
True
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import lru_cache

log = logging.getLogger(__name__)

#: the TextBlob release whose ``find_tokens`` / ``Sentiment.__call__`` / ``assessments`` the fast
#: path follows; any other version gets TextBlob's own function
TEXTBLOB_VERSION = "0.20.1"

#: texts both functions must score identically before the fast path is used
PROBES = (
    "", "This is a great day.", "A terrible, awful mistake.", "Not a very good idea :-(",
    "I don't think it's bad... really!!! (!) He said: \"it isn't\" -- U.S. officials, e.g. Mr. X.",
    "Heading without a period\n\nNew paragraph :) and ; ) then XD. It's really not good.",
    "‘Quoted’ “words” 'and' \"more\" at 3 p.m. vs. 4 a.m.; etc. The end...",
)


def _build(_text, en):
    """The fast function bound to TextBlob's module state (lexicon, regexes, tables)."""
    sentiment = en.sentiment
    len(sentiment)  # load the lazy lexicon now (what its first ``in`` would do)
    lexicon_get = dict.get.__get__(sentiment)
    labeler = sentiment.labeler
    negations = sentiment.negations
    modifiers = sentiment.modifiers
    modifier = sentiment.modifier
    replace = _text.replacements
    replace_items = list(replace.items())
    punctuation_str = _text.PUNCTUATION
    punctuation = tuple(punctuation_str.replace(".", ""))
    punctuation_period = punctuation + (".",)
    first_chars = frozenset(punctuation)
    last_chars = frozenset(punctuation_period)
    abbreviations = _text.ABBREVIATIONS
    abbr1, abbr2, abbr3 = _text.RE_ABBR1.match, _text.RE_ABBR2.match, _text.RE_ABBR3.match
    eos = _text.EOS
    linebreak_sub = re.compile(r"\n{2,}").sub
    eos_repl = " %s " % eos
    sarcasm_sub = _text.RE_SARCASM.sub
    emoticons_sub = _text.RE_EMOTICONS.sub
    irony = _text.IRONY
    mood = _text.MOOD
    ends = frozenset(("...", ".", "!", "?", eos))
    closers = frozenset(("'", '"', "”", "’", "...", ".", "!", "?", ")", eos))
    emoticon_scores: dict[str, float] = {}
    for (_type, p), group in _text.EMOTICONS.items():
        for e in group:
            emoticon_scores.setdefault(e.lower(), p)

    def emoticon_repl(m):
        return m.group(1).replace(" ", "") + m.group(2)

    def tokens_of(string: str) -> list[str]:
        # textblob._text.find_tokens with the arguments Parser.find_tokens passes
        for a, b in replace_items:
            string = string.replace(a, b)
        string = (string.replace("“", " “ ").replace("”", " ” ").replace("‘", " ‘ ")
                  .replace("’", " ’ ").replace("'", " ' ").replace('"', ' " '))
        string = string.replace("\r\n", "\n")
        if "\n\n" in string:
            string = linebreak_sub(eos_repl, string)
        # TextBlob collapses whitespace to single spaces and takes TOKEN = r"(\S+)\s" from the
        # string plus a space: the maximal runs of non-space characters, i.e. str.split() (whose
        # whitespace is exactly re's \s for str patterns)
        tokens = []
        append = tokens.append
        for t in string.split():
            if t[0] not in first_chars and t[-1] not in last_chars:
                append(t)  # no punctuation to split off: both loops below would do nothing
                continue
            tail = []
            while t.startswith(punctuation) and t not in replace:
                if t.startswith(punctuation):
                    append(t[0])
                    t = t[1:]
            while t.endswith(punctuation_period) and t not in replace:
                if t.endswith(punctuation):
                    tail.append(t[-1])
                    t = t[:-1]
                if t.endswith("..."):
                    tail.append("...")
                    t = t[:-3].rstrip(".")
                if t.endswith("."):
                    if (t in abbreviations or abbr1(t) is not None or abbr2(t) is not None
                            or abbr3(t) is not None):
                        break
                    else:
                        tail.append(t[-1])
                        t = t[:-1]
            if t != "":
                append(t)
            tokens.extend(reversed(tail))
        sentences, i, j = [[]], 0, 0
        n_tokens = len(tokens)
        while j < n_tokens:
            if tokens[j] in ends:
                while j < n_tokens and tokens[j] in closers:
                    if tokens[j] in ("'", '"') and sentences[-1].count(tokens[j]) % 2 == 0:
                        break
                    j += 1
                sentences[-1].extend([t for t in tokens[i:j] if t != eos])
                sentences.append([])
                i = j
            j += 1
        sentences[-1].extend(tokens[i:j])
        return [emoticons_sub(emoticon_repl, sarcasm_sub("(!)", " ".join(s)))
                for s in sentences if len(s) > 0]

    def fast_sentiment(text: str) -> tuple[float, float]:
        # Sentiment.__call__ for a string: assessments of the lower-cased words, then averages
        if type(text) is not str:  # bytes, str subclasses (a Synset, ...): TextBlob decides
            return plain_sentiment(text)
        a = []
        m = None
        n = None
        for w in " ".join(tokens_of(text)).split():
            w = w.lower()
            entry = lexicon_get(w)
            if entry is not None and None in entry:
                p, s, i = entry[None]
                if m is None:
                    a.append(dict(w=[w], p=p, s=s, i=i, n=1, x=labeler.get(w)))
                if m is not None:
                    a[-1]["w"].append(w)
                    a[-1]["p"] = max(-1.0, min(p * a[-1]["i"], +1.0))
                    a[-1]["s"] = max(-1.0, min(s * a[-1]["i"], +1.0))
                    a[-1]["i"] = i
                    a[-1]["x"] = labeler.get(w)
                if n is not None:
                    a[-1]["w"].insert(0, n)
                    a[-1]["i"] = 1.0 / a[-1]["i"]
                    a[-1]["n"] = -1
                m = None
                n = None
                if any(map(entry.__contains__, modifiers)):  # pos is None for a string
                    m = (w, None)
                if w in negations:
                    n = w
            else:
                if w in negations:
                    n = w
                elif n and len(w.strip("'")) > 1:
                    n = None
                if n is not None and m is not None and (None in modifiers or modifier(m[0])):
                    a[-1]["w"].append(n)
                    a[-1]["n"] = -1
                    n = None
                elif m and len(w) > 2:
                    m = None
                if w == "!" and len(a) > 0:
                    a[-1]["w"].append("!")
                    a[-1]["p"] = max(-1.0, min(a[-1]["p"] * 1.25, +1.0))
                if w == "(!)":
                    a.append(dict(w=[w], p=0.0, s=1.0, i=1.0, n=1, x=irony))
                if w.isalpha() is False and len(w) <= 5 and w not in punctuation_str:
                    p = emoticon_scores.get(w)
                    if p is not None:
                        a.append(dict(w=[w], p=p, s=1.0, i=1.0, n=1, x=mood))
        polarity, subjectivity, count = 0, 0, 0
        for d in a:
            p = d["p"]
            polarity += 1 * (p * -0.5 if d["n"] < 0 else p)
            subjectivity += 1 * d["s"]
            count += 1
        return polarity / float(count or 1), subjectivity / float(count or 1)

    return fast_sentiment


def _stock(_text, en) -> bool:
    """True when TextBlob's sentiment is set up as in its release (what the fast path follows)."""
    import importlib.metadata

    s = en.sentiment
    try:
        version = importlib.metadata.version("textblob")
    except importlib.metadata.PackageNotFoundError:
        return False
    return (version == TEXTBLOB_VERSION
            and type(s).__call__ is _text.Sentiment.__call__
            and type(s).assessments is _text.Sentiment.assessments
            and getattr(s.tokenizer, "__func__", None) is _text.Parser.find_tokens
            and s.tokenizer.__self__ is en.parser
            and tuple(s.negations) == ("no", "not", "n't", "never")
            and tuple(s.modifiers) == ("RB",)
            and _text.replacements == {"'d": " 'd", "'m": " 'm", "'s": " 's", "'ll": " 'll",
                                       "'re": " 're", "'ve": " 've", "n't": " n't"})


@lru_cache(maxsize=1)
def sentiment_function() -> Callable[[str], tuple[float, float]]:
    """:func:`fast_sentiment` when TextBlob is the release it follows and it agrees on the
    probe texts, else TextBlob's own ``textblob.en.sentiment`` (as ``(polarity, subjectivity)``).

    >>> sentiment_function()("Good.")
    (0.7, 0.6000000000000001)
    """
    from textblob import _text, en

    plain = plain_sentiment
    if not _stock(_text, en):
        log.info("TextBlob is not the stock %s setup: using its own sentiment function",
                 TEXTBLOB_VERSION)
        return plain
    fast = _build(_text, en)
    if any(fast(t) != plain(t) for t in PROBES):
        log.warning("fast TextBlob sentiment disagrees on a probe text: using TextBlob's own")
        return plain
    return fast


def plain_sentiment(text: str) -> tuple[float, float]:
    """``(polarity, subjectivity)`` from TextBlob's own function (the reference).

    >>> plain_sentiment("This is a great day.")
    (0.8, 0.75)
    """
    from textblob.en import sentiment

    p, s = sentiment(text)
    return p, s


def fast_sentiment(text: str) -> tuple[float, float]:
    """``(polarity, subjectivity)`` equal to ``TextBlob(text).sentiment`` (see the module doc).

    >>> fast_sentiment("A terrible, awful mistake.")
    (-1.0, 1.0)
    """
    return sentiment_function()(text)
