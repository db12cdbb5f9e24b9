"""The whole per-sentence coding in one call: themes, actors, both sentiment tools, relation tone.

Every coding step is a pure function of one sentence's text, so the pipeline is a pure function
of a DataFrame partition: the notebooks call it on the whole table, the benchmark on corpora a
thousand times larger, and Dask can call it per partition unchanged.
"""

from __future__ import annotations

import pandas as pd

from helpers.actors import add_actors
from helpers.sentiment import VADER_NEUTRAL_BAND, add_sentiment, score_label
from helpers.themes import add_themes
from helpers.tone import relation_tone, tone_score


def code_sentences(sentences: pd.DataFrame) -> pd.DataFrame:
    """A copy of the sentence table with every coding column added.

    Adds ``themes`` and ``theme_<id>``, ``actors`` and ``actor_<id>``, ``polarity``,
    ``subjectivity``, ``vader``, ``tb_drivers``, their labels ``tb_label`` and ``vader_label``,
    and the study's relation tone: ``tone`` (positive/negative/neutral) and ``tone_score``.
    """
    out = add_sentiment(add_actors(add_themes(sentences)))
    out["tb_label"] = out["polarity"].map(score_label)
    out["vader_label"] = out["vader"].map(lambda v: score_label(v, VADER_NEUTRAL_BAND))
    texts = out["text"].tolist()
    out["tone"] = pd.Series([relation_tone(t) for t in texts], index=out.index, dtype="str")
    out["tone_score"] = pd.Series([tone_score(t) for t in texts], index=out.index, dtype="float64")
    return out
