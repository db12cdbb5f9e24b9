"""House style and figure saving: colour-blind-safe, readable without the code, reproducible.

Nothing here runs on import. A notebook calls :func:`setup_notebook` once at the top; every
figure is then saved with :func:`save_figure`, which writes the PNG and, beside it, a CSV of the
numbers it plots, so a reader can check or re-plot a figure without running anything. PNGs are
written without the matplotlib version tag, so re-running a notebook leaves the files identical.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from helpers.paths import FIGURES_DIR

#: Okabe & Ito (2008) palette, distinguishable with the common colour-vision deficiencies.
OKABE_ITO: dict[str, str] = {
    "orange": "#E69F00", "sky_blue": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7", "grey": "#999999", "black": "#000000",
}
#: One fixed colour per analyst, used in every figure of the bundle.
AUTHOR_COLOURS: dict[str, str] = {
    "Ka-Ho Wong": OKABE_ITO["blue"],
    "Yu Sui": OKABE_ITO["vermillion"],
    "Alexei Maslov": OKABE_ITO["green"],
}
_FALLBACK = [OKABE_ITO[k] for k in ("purple", "orange", "sky_blue", "yellow", "grey")]
PNG_METADATA = {"Software": None}
STYLE: dict[str, object] = {
    "figure.dpi": 110,
    "savefig.dpi": 150,
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
    "legend.frameon": False,
    "svg.hashsalt": "rus-us-china-framing",
}


def author_colour(author: str, order: list[str] | None = None) -> str:
    """The analyst's fixed colour; authors added later get the remaining palette colours in order."""
    if author in AUTHOR_COLOURS:
        return AUTHOR_COLOURS[author]
    others = [a for a in (order or [author]) if a not in AUTHOR_COLOURS]
    return _FALLBACK[others.index(author) % len(_FALLBACK)] if author in others else OKABE_ITO["grey"]


def author_colours(order: list[str]) -> dict[str, str]:
    """Each analyst's colour (:func:`author_colour`), keyed in ``order``."""
    return {author: author_colour(author, order) for author in order}


def setup_notebook() -> None:
    """Apply the house style and make inline PNGs reproducible (call once, at a notebook's top)."""
    mpl.rcParams.update(STYLE)
    pd.set_option("display.max_colwidth", 140)
    pd.set_option("display.precision", 3)
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython always comes with the notebooks
        return
    shell = get_ipython()
    if shell is not None:
        shell.run_line_magic("config", "InlineBackend.figure_formats = ['png']")
        shell.run_line_magic(
            "config",
            "InlineBackend.print_figure_kwargs = {'bbox_inches': 'tight', 'metadata': {'Software': None}}",
        )


def save_figure(fig: Figure, name: str, data: pd.DataFrame, folder: Path | None = None) -> None:
    """Save ``fig`` as ``<name>.png`` and the plotted ``data`` as ``<name>.csv`` in ``figures/``.

    Returns nothing, so a notebook cell ending in this call shows the figure and no file path.
    """
    folder = folder or FIGURES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    png = folder / f"{name}.png"
    fig.savefig(png, bbox_inches="tight", metadata=PNG_METADATA)
    data.to_csv(folder / f"{name}.csv", index=False, float_format="%.6g", lineterminator="\n")


def new_axes(ax: Axes | None = None, figsize: tuple[float, float] = (7, 4)) -> Axes:
    """The given axes, or a fresh figure's axes: the ``ax=None`` idiom of every plot helper here."""
    if ax is not None:
        return ax
    _, ax = plt.subplots(figsize=figsize)
    return ax
