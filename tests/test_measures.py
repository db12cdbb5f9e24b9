"""Group-by measures on toy tables with hand-checked numbers."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.actors import add_actors
from helpers.measures import (
    actor_shares,
    content_tokens,
    distinctive_words,
    highlight,
    kwic,
    markdown_table,
    share_table,
    stopwords,
    theme_shares,
)
from helpers.themes import add_themes

TOY = pd.DataFrame(
    {
        "author": ["A", "A", "A", "A", "B", "B"],
        "doc_id": ["d1"] * 4 + ["d2"] * 2,
        "sentence": [1, 2, 3, 4, 1, 2],
        "voice": ["expert"] * 6,
        "text": [
            "Russia and China hold joint military exercises.",
            "The United States imposed sanctions on Russia.",
            "Moscow and Washington remain rivals.",
            "Tuberculosis is caused by a bacterium.",
            "Beijing and Washington negotiate at the UN.",
            "Trade between China and the US grew.",
        ],
    }
)
TOY["n_words"] = TOY["text"].str.split().str.len()


def test_share_table_counts_and_rates() -> None:
    frame = TOY.assign(flag=[True, False, True, False, True, True])
    got = share_table(frame, ["flag"]).set_index("author")
    assert got.loc["A", ["sentences", "hits", "share"]].tolist() == [4, 2, 0.5]
    assert got.loc["B", "share"] == 1.0 and got.loc["B", "share_low"] == 1.0
    words_a = int(frame[frame["author"] == "A"]["n_words"].sum())
    assert got.loc["A", "per_1000"] == pytest.approx(1000 * 2 / words_a)
    assert got.loc["A", "share_low"] <= 0.5 <= got.loc["A", "share_high"]
    assert share_table(frame, ["flag"]).equals(share_table(frame, ["flag"]))  # fixed seed


def test_theme_and_actor_shares_on_toy() -> None:
    coded = add_actors(add_themes(TOY))
    themes = theme_shares(coded).set_index(["author", "measure"])
    assert themes.loc[("A", "military_security"), "hits"] == 1
    assert themes.loc[("A", "economy_trade"), "hits"] == 1
    actors = actor_shares(coded).set_index(["author", "measure"])
    assert actors.loc[("A", "RU"), "hits"] == 3
    assert actors.loc[("A", "RU–US"), "hits"] == 2
    assert actors.loc[("B", "US–CN"), "hits"] == 2
    assert actors.loc[("B", "RU–CN"), "hits"] == 0


def test_content_tokens_keep_acronyms_and_drop_stop_words() -> None:
    assert "us" in stopwords() and "the" in stopwords()
    assert content_tokens("The US told us about the INF Treaty in 2019.") == ["US", "told", "INF", "treaty"]


def test_distinctive_words_only_over_used_words() -> None:
    frame = pd.DataFrame(
        {"author": ["A"] * 3 + ["B"] * 3, "text": ["missile missile missile talks"] * 3 + ["trade trade talks"] * 3}
    )
    got = distinctive_words(frame, min_count=3)
    assert got[got["author"] == "A"]["word"].tolist() == ["missile"]
    # "talks" is 3 of B's 9 words but 3 of A's 12: over-used by B, less strongly than "trade"
    assert got[got["author"] == "B"]["word"].tolist() == ["trade", "talks"]
    assert (got["log_ratio"] > 0).all()


def test_highlight_and_kwic() -> None:
    assert highlight("abc def", [(0, 3), (4, 7)], "*") == "*abc* *def*"
    evidence = kwic(add_themes(TOY), "economy_trade")
    assert evidence["ref"].tolist() == ["d1/2", "d2/2"]
    assert "**sanctions**" in evidence["sentence"].iloc[0]


def test_markdown_table_escapes_pipes() -> None:
    md = markdown_table(pd.DataFrame({"a": ["x|y"], "b": [1]}))
    assert md.splitlines() == ["| a | b |", "|---|---|", "| x\\|y | 1 |"]


def test_mean_intervals_per_group() -> None:
    from helpers.measures import mean_intervals

    frame = pd.DataFrame({"author": ["A", "A", "A", "B"], "v": [0.0, 1.0, 2.0, 5.0]})
    got = mean_intervals(frame, "v").set_index("group")
    assert got.loc["A", ["estimate", "n"]].tolist() == [1.0, 3]
    assert 0.0 <= got.loc["A", "low"] <= 1.0 <= got.loc["A", "high"] <= 2.0
    assert got.loc["B", ["estimate", "low", "high"]].tolist() == [5.0, 5.0, 5.0]
