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
