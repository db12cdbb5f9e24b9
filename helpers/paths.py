"""Where things live in the bundle, found from this package's own location.

One module owns the paths so that notebooks run from any working directory and no
notebook edits ``sys.path``. The package is installed in editable mode (``pip install -e .``),
so ``__file__`` points into the checkout and its parent is the repository root.
"""

from __future__ import annotations

from pathlib import Path

#: Folder of the ``helpers`` package itself (its data files live in ``DATA_DIR``).
PACKAGE_DIR: Path = Path(__file__).resolve().parent
#: Repository root: the folder holding ``README.md``, ``seeds/`` and ``notebooks/``.
ROOT: Path = PACKAGE_DIR.parent
#: The raw article texts and their catalog. Read-only: nothing in the bundle writes here.
SEEDS_DIR: Path = ROOT / "seeds"
#: Saved figures and the CSV of the numbers each one plots.
FIGURES_DIR: Path = ROOT / "figures"
#: The numbered notebooks.
NOTEBOOKS_DIR: Path = ROOT / "notebooks"
#: Judgement calls kept as data: codebook, lexicons, stop words, hand coding.
DATA_DIR: Path = PACKAGE_DIR / "data"
