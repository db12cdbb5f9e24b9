"""Machine-translation artefacts are found where they are, and only there."""

from __future__ import annotations

import pandas as pd

from helpers.quality import find_artefacts, translation_artefacts


def test_catalogue_is_complete() -> None:
    cat = translation_artefacts()
    assert cat["id"].is_unique and len(cat) >= 8
    assert not cat.isna().any().any()


def test_finds_each_artefact_on_toy_sentences() -> None:
    toy = pd.DataFrame(
        {
            "doc_id": ["x"] * 4,
            "sentence": [1, 2, 3, 4],
            "segment": ["body"] * 4,
            "text": [
                "Celestial remains a source of technologies.",
                "Trade grew by 3,4 percent on August 2, 2019 and 20,000 more.",
                "He is interested in her as an investment partner.",
                "Tuberculosis is caused by a bacterium.",
            ],
        }
    )
    found = find_artefacts(toy)
    assert list(zip(found["id"], found["sentence"], found["match"], strict=True)) == [
        ("celestial", 1, "Celestial"),
        ("decimal_comma", 2, "3,4"),
        ("country_pronoun", 3, "her"),
    ]


def test_real_corpus(table: pd.DataFrame) -> None:
    found = find_artefacts(table)
    per_doc = found.groupby("doc_id")["id"].nunique()
    assert "002_f32821d07868df5d" not in per_doc.index  # Sputnik's edited English
    assert set(found["id"]) == set(translation_artefacts()["id"])
