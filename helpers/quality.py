"""Data-quality evidence: where the English shows machine translation, found rather than asserted.

All three texts reach English readers through Russian outlets, two of them in machine
translation. Words like "Celestial" (China) or "honey system" (medical system) change what a
dictionary or a sentiment lexicon sees, so a reader should know where they are. The patterns are
data (``helpers/data/translation_artefacts.yml``); this module finds them in the sentence table.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd
import yaml

from helpers.paths import DATA_DIR


@lru_cache(maxsize=1)
def translation_artefacts() -> pd.DataFrame:
    """The artefact catalogue: id, pattern, what the English shows, how to read it."""
    raw = yaml.safe_load((DATA_DIR / "translation_artefacts.yml").read_text(encoding="utf-8"))
    return pd.DataFrame(raw["artefacts"])[["id", "pattern", "shows", "reading"]]


def find_artefacts(sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per (artefact, sentence) match: id, doc_id, sentence, segment, the matched text, the sentence."""
    rows = []
    for art in translation_artefacts().itertuples(index=False):
        pattern = re.compile(art.pattern)
        for row in sentences.itertuples(index=False):
            for match in pattern.finditer(row.text):
                rows.append(
                    {
                        "id": art.id,
                        "doc_id": row.doc_id,
                        "sentence": row.sentence,
                        "segment": row.segment,
                        "match": match.group(0),
                        "text": row.text,
                    }
                )
    columns = ["id", "doc_id", "sentence", "segment", "match", "text"]
    return pd.DataFrame(rows, columns=columns).sort_values(["doc_id", "sentence", "id"], ignore_index=True)
