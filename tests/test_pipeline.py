"""The full per-sentence coding: every column present, pure and row-preserving."""

from __future__ import annotations

import pandas as pd
from textblob import TextBlob

from helpers.pipeline import code_sentences
from helpers.sentiment import score_label


def test_code_sentences_adds_every_column(table: pd.DataFrame) -> None:
    sample = table.iloc[[0, 5, 60, 120]]
    coded = code_sentences(sample)
    assert list(coded.index) == list(sample.index)
    for column in ("themes", "theme_cooperation", "actors", "actor_RU", "polarity", "subjectivity", "vader",
                   "tb_drivers", "tb_label", "vader_label", "tone", "tone_score"):
        assert column in coded.columns, column
    assert set(coded["tone"]) <= {"positive", "negative", "neutral"}
    first = coded.iloc[0]
    assert first["polarity"] == TextBlob(first["text"]).sentiment.polarity
    assert first["tb_label"] == score_label(first["polarity"])
    assert coded.equals(code_sentences(sample))
    assert "polarity" not in sample.columns  # the input is not modified


def test_labels_follow_the_documented_bands() -> None:
    frame = pd.DataFrame({"text": ["Relations will remain tense, if not frozen at all.",
                                   "Tuberculosis is caused by a bacterium."],
                          "n_words": [8, 6]})
    coded = code_sentences(frame)
    assert coded["tone"].tolist() == ["negative", "neutral"]
    assert coded["tb_label"].iloc[1] == "neutral"
