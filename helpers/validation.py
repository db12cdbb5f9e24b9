"""Hand coding as a yardstick: load it, line it up with the sentence table, measure agreement.

A dictionary count is a measurement only once it is shown to agree with careful reading. The
reference lives in ``helpers/data/handcoding/`` (see its ``PROTOCOL.md``). It is keyed by document
and sentence number and carries each sentence's text, so that if the splitter or a seed ever
changes, the reference no longer lines up and :func:`align` says so instead of silently comparing
codes of different sentences.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from helpers.paths import DATA_DIR
from helpers.stats import cohen_kappa, krippendorff_alpha_nominal, precision_recall_f1

HANDCODING_DIR = DATA_DIR / "handcoding"
#: The theme columns of the hand coding, in codebook order.
THEME_IDS: tuple[str, ...] = (
    "military_security", "economy_trade", "world_order", "ideology_domestic", "trust_perception",
    "history", "diplomacy_institutions", "cooperation", "confrontation",
)
CORE_ACTORS: tuple[str, ...] = ("RU", "US", "CN")
TONES: tuple[str, ...] = ("positive", "negative", "neutral")


class HandCodingMismatch(ValueError):
    """The hand coding no longer lines up with the sentence table."""


def load_handcoding(name: str = "reference") -> pd.DataFrame:
    """One coder's (``coder_a``, ``coder_b``) or the adjudicated (``reference``) coding.

    Theme columns are integers 0/1, ``actors`` a sorted tuple of ids, ``tone`` a string.
    """
    path = HANDCODING_DIR / f"{name}.csv"
    frame = pd.read_csv(path, dtype={"actors": str}, keep_default_na=False)
    frame["actors"] = frame["actors"].map(lambda s: tuple(sorted(a for a in s.split(";") if a)))
    for theme in THEME_IDS:
        frame[theme] = frame[theme].astype(int)
    return frame


def align(handcoding: pd.DataFrame, table: pd.DataFrame, *, name: str = "reference") -> pd.DataFrame:
    """The table's rows for the hand-coded sentences, in the coding's order, with the codes beside them.

    Code columns of the hand coding get the prefix ``gold_``. Raises :class:`HandCodingMismatch`
    naming the first sentence whose text differs or that the table no longer has.
    """
    keyed = table.set_index(["doc_id", "sentence"])
    rows = []
    for rec in handcoding.itertuples(index=False):
        key = (rec.doc_id, rec.sentence)
        if key not in keyed.index:
            raise HandCodingMismatch(
                f"{HANDCODING_DIR / (name + '.csv')}: {rec.doc_id} sentence {rec.sentence} is not in the "
                "sentence table. The splitter or the seeds changed: re-code the affected sentences."
            )
        if keyed.loc[key, "text"] != rec.text:
            raise HandCodingMismatch(
                f"{HANDCODING_DIR / (name + '.csv')}: {rec.doc_id} sentence {rec.sentence} reads "
                f"{rec.text!r} in the hand coding but {keyed.loc[key, 'text']!r} in the table. "
                "Re-code the affected sentences."
            )
        rows.append(key)
    aligned = keyed.loc[rows].reset_index()
    codes = handcoding.drop(columns=["doc_id", "sentence", "text"]).add_prefix("gold_")
    return pd.concat([aligned, codes.reset_index(drop=True)], axis=1)


def coder_agreement(a: pd.DataFrame, b: pd.DataFrame, labels: Sequence[str] = THEME_IDS) -> pd.DataFrame:
    """Agreement of two coders per label: percent agreement, Cohen's kappa, Krippendorff's alpha.

    Also the number of positives each coder gave, since kappa is unstable for rare labels and a
    reader needs the base rate to judge it.
    """
    rows = []
    for label in labels:
        x, y = a[label].tolist(), b[label].tolist()
        rows.append(
            {
                "label": label,
                "n": len(x),
                "positives_a": int(sum(x)),
                "positives_b": int(sum(y)),
                "agreement": sum(int(p == q) for p, q in zip(x, y, strict=True)) / len(x),
                "kappa": cohen_kappa(x, y),
                "alpha": krippendorff_alpha_nominal([x, y]),
            }
        )
    return pd.DataFrame(rows)


def actor_flags(actors: pd.Series, ids: Sequence[str] = CORE_ACTORS) -> pd.DataFrame:
    """Turn a column of actor-id tuples into one 0/1 column per id."""
    return pd.DataFrame({i: actors.map(lambda found, i=i: int(i in found)) for i in ids}, index=actors.index)


def micro_f1(gold: pd.DataFrame, predicted: pd.DataFrame, labels: Sequence[str]) -> float:
    """F1 over all (sentence, label) decisions pooled: the summary for actor finding."""
    flat_gold = [int(v) for label in labels for v in gold[label]]
    flat_pred = [int(v) for label in labels for v in predicted[label]]
    return precision_recall_f1(flat_gold, flat_pred).f1
