"""Plot helpers draw what they say, and saved figures are byte-reproducible with their data."""

from __future__ import annotations

import hashlib
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from helpers import charts, plotting


def test_save_figure_writes_png_and_csv_reproducibly(tmp_path: Path) -> None:
    data = pd.DataFrame({"x": [1, 2], "y": [0.5, 1 / 3]})
    digests = []
    for run in range(2):
        fig, ax = plt.subplots()
        ax.plot(data["x"], data["y"])
        plotting.save_figure(fig, "toy", data, folder=tmp_path / str(run))
        plt.close(fig)
        digests.append(hashlib.sha256((tmp_path / str(run) / "toy.png").read_bytes()).hexdigest())
        assert b"Software" not in (tmp_path / str(run) / "toy.png").read_bytes()
        assert (tmp_path / str(run) / "toy.csv").read_text() == "x,y\n1,0.5\n2,0.333333\n"
    assert digests[0] == digests[1]


def test_author_colours_are_fixed_and_colour_blind_safe() -> None:
    assert plotting.author_colour("Ka-Ho Wong") == plotting.OKABE_ITO["blue"]
    new = plotting.author_colour("Jane Doe", ["Ka-Ho Wong", "Jane Doe"])
    assert new in plotting.OKABE_ITO.values() and new not in plotting.AUTHOR_COLOURS.values()


def test_frame_colour_ends() -> None:
    assert charts.frame_colour(1.0).lower() == plotting.OKABE_ITO["blue"].lower()
    assert charts.frame_colour(-1.0).lower() == plotting.OKABE_ITO["vermillion"].lower()
    assert charts.frame_colour(float("nan")) == "#BBBBBB"


def test_triangle_draws_three_edges_and_three_nodes() -> None:
    edges = pd.DataFrame({"dyad": ["RU–US", "RU–CN", "US–CN"], "sentences": [3, 0, 1], "share": [0.3, 0.0, 0.1],
                          "cooperation": [1, 0, 0], "confrontation": [2, 0, 1], "balance": [-1 / 3, float("nan"), -1.0],
                          "tone": [-0.5, float("nan"), -1.0]})
    nodes = pd.DataFrame({"actor": ["RU", "US", "CN"], "share": [0.5, 0.4, 0.1]})
    ax = charts.triangle(edges, nodes)
    assert len(ax.lines) == 3
    assert ax.lines[1].get_linestyle() == ":"  # a pair never mentioned is dotted
    assert len(ax.collections) == 3
    plt.close(ax.figure)


def test_share_bars_and_heatmap_plot_every_value() -> None:
    shares = pd.DataFrame({"author": ["A", "A", "B", "B"], "measure": ["x", "y", "x", "y"],
                           "share": [0.1, 0.2, 0.3, 0.4], "share_low": [0.0, 0.1, 0.2, 0.3],
                           "share_high": [0.2, 0.3, 0.4, 0.5]})
    ax = charts.share_bars(shares, {"A": "#000000", "B": "#E69F00"}, order=["B", "A"])
    assert sorted(round(p.get_width(), 2) for p in ax.patches) == [0.1, 0.2, 0.3, 0.4]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["B", "A"]
    plt.close(ax.figure)
    ax = charts.share_heatmap(shares, order=["A", "B"])
    assert [t.get_text() for t in ax.texts] == ["10%", "30%", "20%", "40%"]
    plt.close(ax.figure)


@pytest.mark.parametrize("n", [5, 12])
def test_strip_with_interval_shows_every_point(n: int) -> None:
    frame = pd.DataFrame({"group": ["g"] * n, "v": [i / n for i in range(n)]})
    intervals = pd.DataFrame({"group": ["g"], "estimate": [0.5], "low": [0.4], "high": [0.6]})
    ax = charts.strip_with_interval(frame, "v", ["g"], {"g": "#000000"}, intervals)
    assert len(ax.collections[0].get_offsets()) == n
    plt.close(ax.figure)


def test_author_order_and_colours_follow_the_documents(table: pd.DataFrame) -> None:
    from helpers import author_order

    order = author_order(table)
    assert order == ["Ka-Ho Wong", "Yu Sui", "Alexei Maslov"]
    assert list(plotting.author_colours(order)) == order
    assert plotting.author_colours(order)["Yu Sui"] == plotting.AUTHOR_COLOURS["Yu Sui"]
