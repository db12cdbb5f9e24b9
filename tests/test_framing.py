"""Framing tables on a toy coded table with hand-checked counts, and the export's dictionary."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import framing
from helpers.pipeline import code_sentences

TEXTS = [
    ("A", "Russia and the United States remain rivals and their confrontation deepens."),
    ("A", "Russia and the US should cooperate."),
    ("A", "Moscow and Beijing are partners."),
    ("A", "Tuberculosis is caused by a bacterium."),
    ("B", "China and America quarrel over trade."),
    ("B", "Because of sanctions, Beijing and Moscow came closer."),
]


@pytest.fixture(scope="module")
def coded() -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "doc_id": ["d1"] * 4 + ["d2"] * 2,
            "author": [a for a, _ in TEXTS],
            "sentence": [1, 2, 3, 4, 1, 2],
            "text": [t for _, t in TEXTS],
            "segment": ["body"] * 6,
            "voice": ["expert"] * 6,
        }
    )
    frame["n_words"] = frame["text"].str.split().str.len()
    return code_sentences(frame)


def test_triangle_edges_counts(coded: pd.DataFrame) -> None:
    edges = framing.triangle_edges(coded).set_index(["author", "dyad"])
    assert edges.loc[("A", "RU–US"), "sentences"] == 2
    assert edges.loc[("A", "RU–US"), "share"] == 0.5
    assert edges.loc[("A", "RU–US"), "confrontation"] == 1
    assert edges.loc[("A", "RU–US"), "cooperation"] == 1
    assert edges.loc[("A", "RU–US"), "balance"] == 0
    assert edges.loc[("A", "RU–CN"), "balance"] == 1
    assert edges.loc[("B", "US–CN"), "balance"] == -1
    assert edges.loc[("A", "US–CN"), "sentences"] == 0 and pd.isna(edges.loc[("A", "US–CN"), "balance"])
    nodes = framing.triangle_nodes(coded).set_index(["author", "actor"])["share"]
    assert nodes[("A", "RU")] == 0.75 and nodes[("B", "CN")] == 1.0


def test_frame_balance_by_dyad(coded: pd.DataFrame) -> None:
    frames = framing.frame_balance_by_dyad(coded).set_index(["author", "dyad", "frame"])
    row = frames.loc[("A", "RU–US", "confrontation")]
    assert (row["sentences"], row["count"], row["share"]) == (2, 1, 0.5)
    assert row["low"] <= 0.5 <= row["high"]
    assert pd.isna(frames.loc[("A", "US–CN", "cooperation"), "share"])


def test_entman_quotes_follow_the_rules(coded: pd.DataFrame) -> None:
    quotes = framing.entman_quotes(coded)
    a = quotes[quotes["author"] == "A"].set_index("function")
    assert a.loc["Remedy (treatment recommendation)", "ref"] == "d1/2"  # "should cooperate"
    b = quotes[quotes["author"] == "B"].set_index("function")
    assert b.loc["Causal interpretation", "ref"] == "d2/2"  # "Because of sanctions"
    assert set(quotes["function"]) == {f["label"] for f in framing.entman_rules()["functions"]}


def test_export_matches_the_data_dictionary(table: pd.DataFrame) -> None:
    exported = framing.export_table(code_sentences(table.head(12)))
    assert list(exported.columns) == list(framing.DATA_DICTIONARY)
    assert exported["themes"].map(lambda s: isinstance(s, str)).all()
    md = framing.data_dictionary_markdown().splitlines()
    assert len(md) == 2 + len(framing.DATA_DICTIONARY)


def test_speaker_countries_on_the_corpus(table: pd.DataFrame) -> None:
    speakers = framing.speaker_countries(code_sentences(table[table["voice"] == "other_source"]))
    assert set(speakers["country"]) >= {"RU", "US", "CN"}
    assert "Geng Shuang" in set(speakers["speaker"])


def test_outlet_layer_labels(table: pd.DataFrame) -> None:
    doc = table[table["doc_id"] == "002_f32821d07868df5d"]
    layer = framing.outlet_layer(code_sentences(doc)).set_index("layer")
    assert {"headline", "lead", "captions", "related links", "analyst's own words"} <= set(map(str, layer.index))
    assert layer.loc["captions", "sentences"] == 4 and layer.loc["related links", "sentences"] == 2
