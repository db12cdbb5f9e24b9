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

from helpers.actors import PRINCIPALS
from helpers.paths import DATA_DIR
from helpers.stats import (
    classification_report,
    cohen_kappa,
    krippendorff_alpha_nominal,
    multilabel_scores,
    precision_recall_f1,
)
from helpers.themes import THEMES, pattern_hits
from helpers.tone import TONES as TONE_LABELS
from helpers.tone import relation_tone, tone_cues

HANDCODING_DIR = DATA_DIR / "handcoding"
#: The theme columns of the hand coding (codebook order), the actors it codes, and its tone labels.
THEME_IDS: tuple[str, ...] = THEMES
CORE_ACTORS: tuple[str, ...] = PRINCIPALS
TONES: tuple[str, ...] = TONE_LABELS


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


def theme_predictions(texts: Sequence[str], allowed: frozenset[tuple[str, int]] | None = None) -> pd.DataFrame:
    """0/1 theme columns for ``texts``, from all codebook patterns or only the ``allowed`` ones."""
    rows = []
    for text in texts:
        hits = pattern_hits(text)
        themes = {theme for theme, i in hits if allowed is None or (theme, i) in allowed}
        rows.append({theme: int(theme in themes) for theme in THEME_IDS})
    return pd.DataFrame(rows, columns=list(THEME_IDS))


def leave_one_article_out_themes(aligned: pd.DataFrame) -> pd.DataFrame:
    """Theme macro-F1 per article, with all patterns and with only those the other articles use.

    A dictionary written while reading these very texts flatters itself. As a proxy for
    "patterns developed on two articles, scored on the third", each article is scored with only
    the patterns that fire somewhere in the other two; patterns that fire in it alone are dropped.
    ``aligned`` is the output of :func:`align` (``text``, ``doc_id`` and ``gold_<theme>``).
    """
    hits = [pattern_hits(t) for t in aligned["text"]]
    gold = aligned[[f"gold_{t}" for t in THEME_IDS]].set_axis(list(THEME_IDS), axis=1)
    rows = []
    for doc in sorted(aligned["doc_id"].unique()):
        inside = (aligned["doc_id"] == doc).to_numpy()
        allowed = frozenset().union(*(h for h, is_in in zip(hits, inside, strict=True) if not is_in))
        texts = aligned.loc[inside, "text"].tolist()
        doc_gold = gold[inside].reset_index(drop=True)
        used = frozenset().union(*(h for h, is_in in zip(hits, inside, strict=True) if is_in))
        rows.append(
            {
                "held_out": doc,
                "sentences": int(inside.sum()),
                "patterns_firing": len(used),
                "patterns_dropped": len(used - allowed),
                "macro_f1_all_patterns": _macro(doc_gold, theme_predictions(texts)),
                "macro_f1_held_out": _macro(doc_gold, theme_predictions(texts, allowed)),
            }
        )
    return pd.DataFrame(rows)


def _macro(gold: pd.DataFrame, predicted: pd.DataFrame) -> float:
    scores = multilabel_scores(gold, predicted, THEME_IDS)
    return float(scores.loc[scores["label"] == "macro", "f1"].iloc[0])


def leave_one_article_out_tone(aligned: pd.DataFrame) -> pd.DataFrame:
    """Relation-tone accuracy per article, with the whole lexicon and with only the entries the
    other two articles use (the tone counterpart of :func:`leave_one_article_out_themes`)."""
    cues = [frozenset(key for key, _ in tone_cues(t)) for t in aligned["text"]]
    rows = []
    for doc in sorted(aligned["doc_id"].unique()):
        inside = (aligned["doc_id"] == doc).to_numpy()
        allowed = frozenset().union(*(c for c, is_in in zip(cues, inside, strict=True) if not is_in))
        used = frozenset().union(*(c for c, is_in in zip(cues, inside, strict=True) if is_in))
        texts = aligned.loc[inside, "text"].tolist()
        gold = aligned.loc[inside, "gold_tone"].tolist()
        full = classification_report(gold, [relation_tone(t) for t in texts], TONES)
        held = classification_report(gold, [relation_tone(t, allowed) for t in texts], TONES)
        rows.append(
            {
                "held_out": doc,
                "sentences": int(inside.sum()),
                "entries_firing": len(used),
                "entries_dropped": len(used - allowed),
                "accuracy_full_lexicon": full.accuracy,
                "accuracy_held_out": held.accuracy,
                "macro_f1_held_out": held.macro_f1,
            }
        )
    return pd.DataFrame(rows)
