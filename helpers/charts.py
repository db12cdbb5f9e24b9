"""Plot helpers: each takes ``ax=None`` and returns the axes, and plots a tidy table's columns.

They draw; they do not style globally or save (see :mod:`helpers.plotting` for both), so a
notebook can place any of them in a grid of its own.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.patches import Patch

from helpers.plotting import OKABE_ITO, new_axes

#: Colours of the voices (furniture rows are drawn light grey whatever their voice).
VOICE_COLOURS: dict[str, str] = {
    "expert": OKABE_ITO["blue"],
    "outlet": OKABE_ITO["grey"],
    "interviewer": OKABE_ITO["yellow"],
    "other_source": OKABE_ITO["vermillion"],
    "reader": OKABE_ITO["purple"],
}
FURNITURE_COLOUR = "#E5E5E5"


def layout_strips(table: pd.DataFrame, ax: Axes | None = None) -> Axes:
    """One strip per document: every row of the sentence table in reading order, coloured by voice.

    Page furniture (captions, related links, navigation) is light grey, so a reader sees at a
    glance how much of each page is the analyst, the outlet, other sources and readers.
    """
    docs = sorted(table["doc_id"].unique())
    ax = new_axes(ax, figsize=(9, 0.8 + 0.7 * len(docs)))
    for y, doc in enumerate(docs):
        rows = table[table["doc_id"] == doc].sort_values("sentence")
        for x, row in enumerate(rows.itertuples(index=False)):
            furniture = row.segment in ("caption", "related", "navigation")
            colour = FURNITURE_COLOUR if furniture else VOICE_COLOURS[row.voice]
            ax.barh(y, 1, left=x, height=0.6, color=colour, edgecolor="white", linewidth=0.3)
        label = f"{doc[:3]} · {rows['author'].iloc[0]}"
        ax.text(-1, y, label, ha="right", va="center", fontsize=9)
    ax.set_yticks([])
    ax.set_ylim(len(docs) - 0.4, -0.6)
    ax.set_xlabel("rows of the sentence table, in reading order (one block = one sentence or furniture line)")
    for side in ("left",):
        ax.spines[side].set_visible(False)
    names = {"expert": "analyst (expert)", "other_source": "other source"}
    handles = [Patch(color=c, label=names.get(v, v)) for v, c in VOICE_COLOURS.items()]
    handles.append(Patch(color=FURNITURE_COLOUR, label="page furniture"))
    ax.legend(handles=handles, ncols=len(handles), loc="upper center", bbox_to_anchor=(0.5, -0.35), fontsize=8)
    return ax


def close(fig: plt.Figure | None = None) -> None:
    """Close a figure after it is shown and saved, so notebooks do not pile up open figures."""
    plt.close(fig)


def share_heatmap(
    shares: pd.DataFrame,
    ax: Axes | None = None,
    *,
    col: str = "author",
    value: str = "share",
    row_labels: dict[str, str] | None = None,
    order: list[str] | None = None,
    colorbar: bool = True,
) -> Axes:
    """Rows = measures (in the order they appear), columns = groups (``order``), cells = share in percent.

    Each cell is annotated, so the figure is read by its numbers, not by colour alone.
    """
    pivot = shares.pivot(index="measure", columns=col, values=value)
    pivot = pivot.loc[list(dict.fromkeys(shares["measure"])), order or sorted(pivot.columns)]
    ax = new_axes(ax, figsize=(1.6 + 1.5 * pivot.shape[1], 0.45 * pivot.shape[0] + 1))
    vmax = max(0.5, float(pivot.to_numpy().max()))
    image = ax.imshow(pivot.to_numpy(), cmap="Blues", vmin=0, vmax=vmax, aspect="auto")
    for (i, j), v in pd.DataFrame(pivot.to_numpy()).stack().items():
        ax.text(j, i, f"{v:.0%}", ha="center", va="center", fontsize=9, color="white" if v > 0.3 else "black")
    ax.set_xticks(range(pivot.shape[1]), [c.replace(" ", "\n", 1) for c in pivot.columns])
    labels = [row_labels.get(r, r) if row_labels else r for r in pivot.index]
    ax.set_yticks(range(pivot.shape[0]), labels)
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    if colorbar:
        ax.figure.colorbar(image, ax=ax, fraction=0.04, pad=0.02, format=lambda x, _: f"{x:.0%}")
    return ax


def share_bars(
    shares: pd.DataFrame,
    colours: dict[str, str],
    ax: Axes | None = None,
    *,
    col: str = "author",
    value: str = "share",
    row_labels: dict[str, str] | None = None,
    percent: bool = True,
    order: list[str] | None = None,
) -> Axes:
    """Horizontal grouped bars per measure, one bar per group (in ``order``), with the bootstrap 95% interval."""
    measures = list(dict.fromkeys(shares["measure"]))
    groups = order or sorted(shares[col].unique())
    ax = new_axes(ax, figsize=(7, 0.55 * len(measures) * len(groups) / 2 + 1))
    height = 0.8 / len(groups)
    for k, group in enumerate(groups):
        rows = shares[shares[col] == group].set_index("measure").loc[measures]
        y = [i + (k - (len(groups) - 1) / 2) * height for i in range(len(measures))]
        err = [rows[value] - rows[f"{value}_low"], rows[f"{value}_high"] - rows[value]]
        ax.barh(y, rows[value], height=height, color=colours[group], label=group, xerr=err,
                error_kw={"elinewidth": 0.8, "capsize": 1.5, "ecolor": "#333333"})
    ax.set_yticks(range(len(measures)), [row_labels.get(m, m) if row_labels else m for m in measures])
    ax.invert_yaxis()
    if percent:
        ax.xaxis.set_major_formatter(lambda x, _: f"{x:.0%}")
    ax.legend(loc="lower right")
    return ax


def keyness_bars(table: pd.DataFrame, colour: str, ax: Axes | None = None, *, n: int = 10) -> Axes:
    """The ``n`` words with the highest G² for one group, bar length = G², label = log ratio."""
    top = table.nlargest(n, "g2").iloc[::-1]
    ax = new_axes(ax, figsize=(4, 0.3 * n + 1))
    ax.barh(top["word"], top["g2"], color=colour)
    for y, (g2, lr) in enumerate(zip(top["g2"], top["log_ratio"], strict=True)):
        ax.text(g2, y, f"  ×{2 ** lr:.0f}", va="center", fontsize=8)
    ax.set_xlabel("log-likelihood G² (label: times as frequent as in the others)")
    return ax


#: Colours of the relation-tone labels (Okabe-Ito: green / vermillion / grey).
TONE_COLOURS: dict[str, str] = {
    "positive": OKABE_ITO["green"], "negative": OKABE_ITO["vermillion"], "neutral": OKABE_ITO["grey"],
}


def strip_with_interval(
    table: pd.DataFrame,
    value: str,
    groups: list[str],
    colours: dict[str, str],
    intervals: pd.DataFrame,
    ax: Axes | None = None,
    *,
    by: str = "group",
    seed: int = 0,
) -> Axes:
    """Every sentence as a dot (seeded horizontal jitter), with the group mean and its 95% interval.

    ``intervals`` has one row per group with columns ``group``, ``estimate``, ``low``, ``high``.
    Showing all points, not only a box, lets a reader see how few sentences carry a mean.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    ax = new_axes(ax, figsize=(7, 4))
    for x, group in enumerate(groups):
        values = table.loc[table[by] == group, value].to_numpy()
        jitter = rng.uniform(-0.22, 0.22, size=len(values))
        ax.scatter(x + jitter, values, s=12, color=colours[group], alpha=0.55, linewidths=0)
        row = intervals.set_index("group").loc[group]
        ax.errorbar(x + 0.33, row["estimate"], yerr=[[row["estimate"] - row["low"]], [row["high"] - row["estimate"]]],
                    fmt="o", color="black", markersize=5, capsize=3, linewidth=1.2)
        ax.text(x + 0.4, row["estimate"], f" {row['estimate']:+.2f}", va="center", fontsize=8)
    ax.axhline(0, color="#BBBBBB", linewidth=0.8, zorder=0)
    ax.set_xticks(range(len(groups)), [g.replace(" (", "\n(") for g in groups])
    ax.set_xlim(-0.5, len(groups) - 0.3)
    return ax


def sentiment_arc(doc: pd.DataFrame, colour: str, ax: Axes | None = None, *, window: int = 5) -> Axes:
    """Polarity sentence by sentence through one article, a centred rolling mean, and the relation
    tone of each sentence as a coloured tick along the bottom."""
    ax = new_axes(ax, figsize=(8, 2.5))
    x = range(1, len(doc) + 1)
    ax.scatter(x, doc["polarity"], s=10, color=colour, alpha=0.5, linewidths=0, label="TextBlob polarity")
    smooth = doc["polarity"].rolling(window, center=True, min_periods=1).mean()
    ax.plot(x, smooth, color=colour, linewidth=2, label=f"rolling mean ({window} sentences)")
    for xi, tone in zip(x, doc["tone"], strict=True):
        if tone != "neutral":
            ax.plot([xi, xi], [-1.0, -0.85], color=TONE_COLOURS[tone], linewidth=2)
    for tone in ("positive", "negative"):
        ax.plot([], [], color=TONE_COLOURS[tone], linewidth=2, label=f"relation tone {tone} (tick)")
    ax.axhline(0, color="#BBBBBB", linewidth=0.8, zorder=0)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlim(0, len(doc) + 1)
    return ax


def confusion_heatmap(confusion: pd.DataFrame, ax: Axes | None = None) -> Axes:
    """Counts of hand-coded (rows) against predicted (columns) labels, each cell annotated."""
    ax = new_axes(ax, figsize=(3.2, 3))
    values = confusion.to_numpy()
    ax.imshow(values, cmap="Greys", vmin=0, vmax=max(1, values.max()) * 1.4)
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            ax.text(j, i, str(values[i, j]), ha="center", va="center", fontsize=10,
                    fontweight="bold" if i == j else "normal")
    ax.set_xticks(range(values.shape[1]), [c[:3] for c in confusion.columns])
    ax.set_yticks(range(values.shape[0]), [r[:3] for r in confusion.index])
    ax.set_xlabel("measure says")
    ax.set_ylabel("hand coding says")
    ax.tick_params(length=0)
    return ax


#: Corner positions of the triangle: Russia on top, the US bottom left, China bottom right.
TRIANGLE_POSITIONS: dict[str, tuple[float, float]] = {"RU": (0.5, 0.92), "US": (0.0, 0.05), "CN": (1.0, 0.05)}
ACTOR_LABELS: dict[str, str] = {"RU": "Russia", "US": "United States", "CN": "China"}


def frame_colour(balance: float) -> str:
    """Colour of an edge by its frame balance: blue for cooperation (+1), vermillion for
    confrontation (−1), through light grey (0); mid grey when no frame is present (NaN)."""
    import math

    from matplotlib.colors import LinearSegmentedColormap, to_hex

    if balance is None or math.isnan(balance):
        return "#BBBBBB"
    cmap = LinearSegmentedColormap.from_list(
        "frames", [OKABE_ITO["vermillion"], "#DDDDDD", OKABE_ITO["blue"]]
    )
    return to_hex(cmap((balance + 1) / 2))


def triangle(edges: pd.DataFrame, nodes: pd.DataFrame, ax: Axes | None = None, *, max_width: float = 28) -> Axes:
    """One author's Russia–US–China triangle.

    Edge width: share of the author's sentences that reference both countries. Edge colour: the
    balance of cooperation and confrontation frames in those sentences. Edge label: sentences,
    frame counts, and the mean relation-tone score. Node size: share referencing the country.
    """
    from helpers.actors import DYADS

    ax = new_axes(ax, figsize=(4, 4))
    for row in edges.itertuples(index=False):
        a, b = DYADS[row.dyad]
        (x1, y1), (x2, y2) = TRIANGLE_POSITIONS[a], TRIANGLE_POSITIONS[b]
        width = max(0.6, max_width * row.share)
        style = "-" if row.sentences else ":"
        ax.plot([x1, x2], [y1, y2], color=frame_colour(row.balance), linewidth=width, linestyle=style,
                solid_capstyle="round", zorder=1)
        label = (f"{row.sentences} sent. ({row.share:.0%})\ncoop {row.cooperation} · conf {row.confrontation}"
                 + (f"\ntone {row.tone:+.2f}" if row.sentences else ""))
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        offset = {"RU–US": (-0.17, 0.02), "RU–CN": (0.17, 0.02), "US–CN": (0, -0.13)}[row.dyad]
        ax.text(mx + offset[0], my + offset[1], label, ha="center", va="center", fontsize=7.5)
    for row in nodes.itertuples(index=False):
        x, y = TRIANGLE_POSITIONS[row.actor]
        ax.scatter([x], [y], s=300 + 2500 * row.share, color="white", edgecolors="#333333", linewidths=1.2, zorder=2)
        ax.text(x, y, f"{row.actor}\n{row.share:.0%}", ha="center", va="center", fontsize=8, fontweight="bold",
                zorder=3)
    ax.set_xlim(-0.35, 1.35)
    ax.set_ylim(-0.22, 1.12)
    ax.set_aspect("equal")
    ax.axis("off")
    return ax
