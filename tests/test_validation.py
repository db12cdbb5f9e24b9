"""The hand coding lines up with the sentence table, and agreement is measured correctly."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.validation import (
    THEME_IDS,
    HandCodingMismatch,
    actor_flags,
    align,
    coder_agreement,
    load_handcoding,
    micro_f1,
)


@pytest.mark.parametrize("name", ["coder_a", "coder_b", "reference"])
def test_handcoding_covers_exactly_the_article_sentences(table: pd.DataFrame, name: str) -> None:
    coding = load_handcoding(name)
    aligned = align(coding, table, name=name)
    assert len(aligned) == len(coding) == 156
    assert set(aligned["segment"]) == {"headline", "lead", "body"}
    article = table[table["segment"].isin(["headline", "lead", "body"])]
    assert len(article) == len(coding)
    assert set(coding["tone"]) <= {"positive", "negative", "neutral"}
    assert all(set(a) <= {"RU", "US", "CN"} for a in coding["actors"])
    assert coding[list(THEME_IDS)].isin([0, 1]).all().all()


def test_align_detects_drift(table: pd.DataFrame) -> None:
    coding = load_handcoding("reference")
    drifted = coding.copy()
    drifted.loc[3, "text"] = "Something else."
    with pytest.raises(HandCodingMismatch, match=r"reference\.csv: 000_f4da91c06dd0825c sentence 4 reads"):
        align(drifted, table)
    missing = coding.copy()
    missing.loc[0, "sentence"] = 999
    with pytest.raises(HandCodingMismatch, match=r"sentence 999 is not in the sentence table"):
        align(missing, table)


def test_coder_agreement_on_toy_codings() -> None:
    a = pd.DataFrame({"x": [1, 1, 0, 0], "y": [1, 0, 0, 0]})
    b = pd.DataFrame({"x": [1, 1, 0, 0], "y": [0, 0, 0, 1]})
    got = coder_agreement(a, b, ["x", "y"]).set_index("label")
    assert got.loc["x", "kappa"] == pytest.approx(1.0)
    assert got.loc["x", "agreement"] == 1.0
    assert got.loc["y", "agreement"] == 0.5
    assert got.loc["y", "kappa"] == pytest.approx(-1 / 3)
    assert got.loc["y", ["positives_a", "positives_b"]].tolist() == [1, 1]


def test_actor_flags_and_micro_f1() -> None:
    gold = actor_flags(pd.Series([("RU", "US"), ("CN",), ()]))
    pred = actor_flags(pd.Series([("RU",), ("CN",), ("US",)]))
    assert gold.to_dict("list") == {"RU": [1, 0, 0], "US": [1, 0, 0], "CN": [0, 1, 0]}
    # tp = 2 (RU, CN), fp = 1 (US in row 3), fn = 1 (US in row 1): P = R = F1 = 2/3
    assert micro_f1(gold, pred, ["RU", "US", "CN"]) == pytest.approx(2 / 3)


def test_theme_predictions_respect_the_allowed_patterns() -> None:
    from helpers.themes import pattern_hits
    from helpers.validation import theme_predictions

    text = "Russia and China hold joint military exercises."
    full = theme_predictions([text])
    assert full.loc[0, "military_security"] == 1 and full.loc[0, "cooperation"] == 1
    assert theme_predictions([text], allowed=frozenset()).sum().sum() == 0
    only_military = frozenset(h for h in pattern_hits(text) if h[0] == "military_security")
    partial = theme_predictions([text], allowed=only_military)
    assert partial.loc[0, "military_security"] == 1 and partial.loc[0, "cooperation"] == 0


def test_leave_one_article_out_is_never_kinder_than_in_sample(table: pd.DataFrame) -> None:
    from helpers.pipeline import code_sentences
    from helpers.validation import leave_one_article_out_themes, leave_one_article_out_tone

    reference = align(load_handcoding("reference"), code_sentences(table))
    themes = leave_one_article_out_themes(reference)
    assert len(themes) == 3 and themes["sentences"].sum() == 156
    assert (themes["patterns_dropped"] <= themes["patterns_firing"]).all()
    assert (themes["macro_f1_held_out"] <= themes["macro_f1_all_patterns"]).all()
    tone = leave_one_article_out_tone(reference)
    assert (tone["entries_dropped"] <= tone["entries_firing"]).all()
    assert tone[["accuracy_full_lexicon", "accuracy_held_out"]].stack().between(0, 1).all()
