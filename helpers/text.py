"""Offline sentence splitting and word tokenising for machine-translated news English.

TextBlob's own tokenizers need NLTK corpora that must be downloaded, and the offline splitter
most often recommended, pysbd 0.3.4 (unreleased since 2021), cut the reader comments'
"sanctions ???" into "sanctions ??" and "?" when we tried it. The texts here need a handful of
rules, so the bundle keeps a small splitter of its own whose every rule is a test:

* a sentence ends at a run of ``.``, ``!`` or ``?`` (closing quotes and brackets go with it),
  followed by white space and a character that can open a sentence: a capital, a digit, an
  opening quote or bracket, or a dash (the dash-led turns of an interview);
* periods inside known abbreviations ("U.S.", "Mr.", "vs.") and single initials do not end a
  sentence, nor does the machine translation's "and. about." (Russian "и. о.", *acting*);
* decimal commas ("3,4 percent") and runs like "???" or "!!!" stay inside their sentence.
"""

from __future__ import annotations

import re

#: Abbreviations whose final period never ends a sentence in these texts.
ABBREVIATIONS: tuple[str, ...] = (
    "U.S.", "U.N.", "U.K.", "E.U.", "U.S.A.", "U.S.S.R.",
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Jr.", "Sr.", "Gen.", "Col.", "Lt.", "Sen.",
    "Rep.", "Gov.", "No.", "vs.", "e.g.", "i.e.", "approx.", "cf.", "Inc.", "Corp.", "Co.",
    "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
    # Machine-translation artefact: Russian "и. о." (acting), rendered word by word.
    "and. about.",
)

_PLACEHOLDER = "\u2024"  # ONE DOT LEADER: stands in for a protected period while splitting
# One look-behind shared by every alternative (longest first), rather than one per alternative:
# the same matches, but the engine tests the look-behind once per position and then rejects most
# abbreviations on their first letter, which made sentence splitting some 30 times faster.
_ABBREV_RE = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(
        re.escape(a) + (r"(?!\w)" if a[-1] != "." else "") for a in sorted(ABBREVIATIONS, key=len, reverse=True)
    )
    + ")"
)
# A lone capital initial before a capitalised name ("John F. Kennedy").
_INITIAL_RE = re.compile(r"(?<=\s)([A-Z])\.(?=\s+[A-Z][a-z])")
_BOUNDARY_RE = re.compile(r"[.!?]+[\"”’')\]]*\s+")
#: Dashes that open an interview turn or a quotation ("– What can it lead to?"), or an attribution tail.
DASHES = "-–—"
_OPENERS = set("\"“‘'([" + DASHES)
_WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_SPACE_RE = re.compile(r"\s+")


def _protect(text: str) -> str:
    text = _ABBREV_RE.sub(lambda m: m.group(0).replace(".", _PLACEHOLDER), text)
    return _INITIAL_RE.sub(lambda m: m.group(1) + _PLACEHOLDER, text)


def split_sentences(text: str) -> list[str]:
    """Split one paragraph into sentences, white space inside each collapsed to single spaces.

    >>> split_sentences("The U.S. waits. Have you forgotten ??? So I will remind !!!")
    ['The U.S. waits.', 'Have you forgotten ???', 'So I will remind !!!']
    """
    protected = _protect(text.strip())
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY_RE.finditer(protected):
        end = match.end()
        following = protected[end : end + 1]
        if following and following in DASHES and protected[end + 1 : end + 3].strip()[:1].islower():
            continue  # "... India. - the author concludes.": an attribution tail, not a new turn
        if following and (following.isupper() or following.isdigit() or following in _OPENERS):
            sentences.append(protected[start:end])
            start = end
    sentences.append(protected[start:])
    cleaned = (_SPACE_RE.sub(" ", s).strip().replace(_PLACEHOLDER, ".") for s in sentences)
    return [s for s in cleaned if s]


def tokenize_words(text: str) -> list[str]:
    """Words as runs of letters or digits, keeping inner hyphens and apostrophes ("post-Soviet",
    "America's"); punctuation, dashes and symbols are dropped.

    >>> tokenize_words("America's post-Soviet space - $ 20 billion!")
    ["America's", 'post-Soviet', 'space', '20', 'billion']
    """
    return _WORD_RE.findall(text)


def count_words(text: str) -> int:
    """Number of words in ``text`` as :func:`tokenize_words` counts them."""
    return len(tokenize_words(text))
