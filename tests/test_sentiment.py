"""Off-the-shelf sentence sentiment: TextBlob's and VADER's own numbers, per sentence, offline."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest
from textblob import TextBlob
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from helpers.sentiment import SentenceSentiment, add_sentiment, sentence_sentiment

BLEAK = "The prospect of a new reset remains bleak."


def test_numbers_are_textblobs_and_vaders_own() -> None:
    got = sentence_sentiment(BLEAK)
    expected = TextBlob(BLEAK).sentiment
    assert got.polarity == expected.polarity
    assert got.subjectivity == expected.subjectivity
    assert got.vader_compound == SentimentIntensityAnalyzer().polarity_scores(BLEAK)["compound"]


def test_bleak_prospect_is_negative_and_bleak_drives_it() -> None:
    got = sentence_sentiment(BLEAK)
    assert got.polarity < 0
    assert "bleak (-1.00)" in got.drivers


def test_drivers_list_strongest_first_and_are_empty_without_cues() -> None:
    got = sentence_sentiment("Relations will remain tense, if not frozen at all, and the outlook is bleak.")
    assert got.drivers.startswith("bleak (-1.00)")
    assert "tense (-0.33)" in got.drivers
    assert sentence_sentiment("Tuberculosis is caused by a bacterium.").drivers == ""
    assert sentence_sentiment("").drivers == ""


def test_drivers_show_positive_signs_and_multiword_assessments() -> None:
    got = sentence_sentiment("This is not a good deal.")
    assert got.polarity < 0
    assert "not good (-0.35)" in got.drivers
    assert "(+" in sentence_sentiment("A great success.").drivers


def test_result_is_frozen() -> None:
    got = sentence_sentiment(BLEAK)
    assert isinstance(got, SentenceSentiment)
    with pytest.raises(dataclasses.FrozenInstanceError):
        got.polarity = 1.0  # type: ignore[misc]


def test_add_sentiment_is_per_sentence_and_keeps_order() -> None:
    texts = [
        "Russia and China stood shoulder to shoulder.",
        BLEAK,
        "Relations will remain tense, if not frozen at all.",
    ]
    frame = pd.DataFrame({"doc_id": ["b", "a", "c"], "text": texts}, index=[10, 5, 7])
    out = add_sentiment(frame)
    assert list(out.index) == [10, 5, 7]
    assert list(out["doc_id"]) == ["b", "a", "c"]
    assert list(out["text"]) == texts
    for text, (_, row) in zip(texts, out.iterrows(), strict=True):
        blob = TextBlob(text).sentiment
        assert row["polarity"] == blob.polarity
        assert row["subjectivity"] == blob.subjectivity
        assert row["vader"] == SentimentIntensityAnalyzer().polarity_scores(text)["compound"]
        assert row["tb_drivers"] == sentence_sentiment(text).drivers
    assert "polarity" not in frame.columns  # a copy: the input is untouched


def test_add_sentiment_is_deterministic_and_handles_empty_and_missing_text() -> None:
    frame = pd.DataFrame({"text": [BLEAK, None, ""]})
    first, second = add_sentiment(frame), add_sentiment(frame)
    pd.testing.assert_frame_equal(first, second)
    assert first.loc[1, "polarity"] == 0.0 and first.loc[1, "tb_drivers"] == ""
    empty = add_sentiment(pd.DataFrame({"text": pd.Series([], dtype=object)}))
    assert list(empty.columns) == ["text", "polarity", "subjectivity", "vader", "tb_drivers"]


def test_add_sentiment_without_text_column_raises() -> None:
    with pytest.raises(ValueError, match="text"):
        add_sentiment(pd.DataFrame({"sentence": ["Relations are tense."]}))


def test_real_corpus_sentences(table: pd.DataFrame) -> None:
    body = table[table["segment"] == "body"].head(20)
    out = add_sentiment(body)
    assert len(out) == len(body)
    assert out["polarity"].between(-1, 1).all() and out["subjectivity"].between(0, 1).all()
    assert out["vader"].between(-1, 1).all()
    tense = out[out["text"].str.startswith("Relations will remain tense")]
    assert len(tense) == 1 and tense["polarity"].iloc[0] < 0 and "tense" in tense["tb_drivers"].iloc[0]


def test_one_pattern_call_equals_textblob_on_every_corpus_sentence(table: pd.DataFrame) -> None:
    """The single call in sentence_sentiment gives exactly TextBlob's own numbers and assessments."""
    from helpers.sentiment import sentence_sentiment

    for text in table["text"]:
        ours = sentence_sentiment(text)
        blob = TextBlob(text)
        assert (ours.polarity, ours.subjectivity) == tuple(blob.sentiment)
        words = [" ".join(w) for w, p, _, _ in blob.sentiment_assessments.assessments if p != 0]
        assert sorted(d.rsplit(" (", 1)[0] for d in ours.drivers.split("; ") if d) == sorted(words)
