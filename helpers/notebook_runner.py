"""Execute the numbered notebooks in place, top to bottom, in fresh kernels, deterministically.

``python -m helpers.notebook_runner`` (what ``make notebooks`` runs) executes every
``notebooks/NN-*.ipynb`` in order and writes it back with its outputs, so GitHub shows them. What
would otherwise change on every run is left out: execution timestamps (``record_timing=False``),
the Python patch version in the notebook metadata, and the matplotlib version tag in PNGs (the
notebooks set ``metadata={"Software": None}`` through :func:`helpers.plotting.setup_notebook`).
Running it twice leaves ``git diff`` empty; CI checks that.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from helpers.paths import NOTEBOOKS_DIR


def notebook_paths(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The numbered notebooks (``01-…``, ``02-…``) in run order."""
    return sorted(p for p in folder.glob("[0-9][0-9]-*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def normalise(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Drop the metadata that changes between runs or machines without changing what a reader sees."""
    nb.metadata.get("language_info", {}).pop("version", None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    return nb


def execute(path: Path, timeout: int = 900) -> None:
    """Execute one notebook in a fresh ``python3`` kernel, in its own folder, and save it in place."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    nbformat.write(normalise(nb), path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: every numbered notebook")
    args = parser.parse_args(argv)
    paths = args.notebooks or notebook_paths()
    for path in paths:
        print(f"executing {path.name} ...", flush=True)
        execute(path)
    print(f"executed {len(paths)} notebooks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
