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
