"""Off-the-shelf sentence sentiment: TextBlob's pattern analyser and VADER, per sentence, offline.

These general-purpose scores are the baseline the bundle reports next to its own relation-tone
measure (``helpers.tone``): readers know them, and where they disagree with the relation tone the
difference is itself informative ("lack of trust" is 0 for TextBlob). Three choices matter:

* scores are computed per sentence, never per article, so that they can be grouped by voice,
  segment or theme like every other column of the sentence table;
* the numbers are exactly what the libraries give (``TextBlob(text).sentiment`` with its default
  ``PatternAnalyzer``, VADER's ``compound``); nothing is rescaled, so they can be checked
  against the libraries directly;
* nothing is downloaded: the pattern analyser's lexicon ships with TextBlob and VADER's with
  vaderSentiment. TextBlob's ``.sentences`` and ``.words`` are not used because they need NLTK
  corpora; the bundle splits sentences itself (``helpers.text``).

``drivers`` records which words moved TextBlob's polarity, so that a surprising score can be
read rather than trusted: machine-translated text trips the analyser in ways worth seeing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
from textblob.en import sentiment as pattern_sentiment
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

#: Columns :func:`add_sentiment` adds, in order.
SENTIMENT_COLUMNS: tuple[str, ...] = ("polarity", "subjectivity", "vader", "tb_drivers")


@dataclass(frozen=True)
class SentenceSentiment:
    """TextBlob polarity (-1..1) and subjectivity (0..1), VADER compound (-1..1), and the words
    that drove the TextBlob polarity, strongest first ("bleak (-1.00); new (+0.14)")."""

    polarity: float
    subjectivity: float
    vader_compound: float
    drivers: str


@lru_cache(maxsize=1)
def _vader() -> SentimentIntensityAnalyzer:
    """One analyser for the session: building it reads VADER's lexicon file, so do it once and
    only when first needed, not at import."""
    return SentimentIntensityAnalyzer()


def _drivers(assessments: list[tuple[list[str], float, float, object]]) -> str:
    """The assessments with a non-zero polarity, strongest first (ties in reading order)."""
    assessments = [
        (" ".join(words), float(polarity))
        for words, polarity, _subjectivity, _label in assessments
        if polarity != 0
    ]
    assessments.sort(key=lambda item: -abs(item[1]))
    return "; ".join(f"{words} ({polarity:+.2f})" for words, polarity in assessments)


def sentence_sentiment(text: str) -> SentenceSentiment:
    """Score one sentence with TextBlob (default pattern analyser) and VADER.

    >>> s = sentence_sentiment("The prospect of a new reset remains bleak.")
    >>> s.polarity < 0, s.drivers.split("; ")[0]
    (True, 'bleak (-1.00)')
    """
    if not isinstance(text, str):
        raise TypeError(f"sentence_sentiment needs a sentence as str, got {type(text).__name__}")
    # TextBlob(text).sentiment is PatternAnalyzer.analyze(text), which calls TextBlob's pattern
    # ``sentiment`` on the raw text; its ``sentiment_assessments`` calls it twice more. One call
    # gives polarity, subjectivity and the assessments at once: the same numbers, a third of the work
    # (tests/test_sentiment.py checks them against TextBlob(text) directly).
    score = pattern_sentiment(text)
    return SentenceSentiment(
        polarity=float(score[0]),
        subjectivity=float(score[1]),
        vader_compound=float(_vader().polarity_scores(text)["compound"]),
        drivers=_drivers(score.assessments),
    )


def add_sentiment(sentences: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``sentences`` with ``polarity``, ``subjectivity``, ``vader`` and ``tb_drivers``
    computed from each row's ``text``; index, row order and other columns are kept.

    A missing text (None/NaN) scores as the empty string: 0, 0, 0 and no drivers. Raises
    ``ValueError`` when there is no ``text`` column, since scoring another column (a headline,
    a sentence number) by mistake would give plausible-looking nonsense.
    """
    if "text" not in sentences.columns:
        raise ValueError(
            "add_sentiment needs a 'text' column with one sentence per row "
            f"(got columns: {', '.join(map(str, sentences.columns)) or 'none'}); "
            "pass the table from helpers.load_sentences()."
        )
    scores = [sentence_sentiment("" if _missing(value) else str(value)) for value in sentences["text"]]
    out = sentences.copy()
    out["polarity"] = pd.Series([s.polarity for s in scores], index=out.index, dtype="float64")
    out["subjectivity"] = pd.Series([s.subjectivity for s in scores], index=out.index, dtype="float64")
    out["vader"] = pd.Series([s.vader_compound for s in scores], index=out.index, dtype="float64")
    out["tb_drivers"] = pd.Series([s.drivers for s in scores], index=out.index, dtype="str")
    return out


def _missing(value: object) -> bool:
    return bool(pd.api.types.is_scalar(value) and pd.isna(value))


#: VADER's documented cut-off: compound >= 0.05 positive, <= -0.05 negative, else neutral.
VADER_NEUTRAL_BAND = 0.05


def score_label(value: float, band: float = 0.0) -> str:
    """Map a signed score to positive/negative/neutral: above ``band``, below ``-band``, else neutral.

    TextBlob polarity uses ``band=0`` (any non-zero score has a direction); VADER uses its own
    documented band of 0.05. Neither is tuned to the hand coding.

    >>> score_label(0.2), score_label(-0.01), score_label(0.0), score_label(0.04, VADER_NEUTRAL_BAND)
    ('positive', 'negative', 'neutral', 'neutral')
    """
    if value > band:
        return "positive"
    if value < -band:
        return "negative"
    return "neutral"
