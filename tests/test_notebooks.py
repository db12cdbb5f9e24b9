"""What GitHub shows: every notebook committed executed, static, small, free of local paths;
the README's figures and notebook index match what exists; re-executing changes no byte."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from helpers.notebook_runner import execute, notebook_paths
from helpers.paths import FIGURES_DIR, NOTEBOOKS_DIR, ROOT

NOTEBOOKS = notebook_paths()
STATIC_MIME = {"text/plain", "text/html", "text/markdown", "image/png"}
LOCAL_PATH = re.compile(r"(/work/|/root/|/home/|/tmp/|/Users/|[A-Z]:\\\\)")


def _cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def test_there_are_notebooks_in_run_order() -> None:
    assert [p.name[:2] for p in NOTEBOOKS] == [f"{i:02d}" for i in range(1, len(NOTEBOOKS) + 1)]
    assert len(NOTEBOOKS) >= 4


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_executed_in_order_with_outputs(path: Path) -> None:
    code = [c for c in _cells(path) if c["cell_type"] == "code" and "".join(c["source"]).strip()]
    assert [c["execution_count"] for c in code] == list(range(1, len(code) + 1))
    assert sum(1 for c in code if c["outputs"]) >= len(code) // 2
    for c in code:
        for out in c["outputs"]:
            assert out["output_type"] != "error", f"{path.name}: a cell shows an error"
            assert not (out["output_type"] == "stream" and out.get("name") == "stderr"), (
                f"{path.name}: a cell prints to stderr (a warning?): {''.join(out['text'])[:200]}"
            )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_outputs_are_static_small_and_portable(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    assert path.stat().st_size < 1_000_000, f"{path.name} is {path.stat().st_size} bytes"
    assert not LOCAL_PATH.search(raw), f"{path.name} contains a local path: {LOCAL_PATH.search(raw)[0]}"
    images = 0
    for cell in _cells(path):
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            assert set(data) <= STATIC_MIME, f"{path.name}: non-static output {set(data) - STATIC_MIME}"
            assert "<script" not in "".join(data.get("text/html", [])).lower()
            images += "image/png" in data
    if "plotting.save_figure" in raw:
        assert images > 0, f"{path.name} saves figures but shows none"


def test_readme_figures_exist_and_have_alt_text() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    images = re.findall(r"!\[([^\]]*)\]\(([^)]+)\)", readme)
    local = [(alt, src) for alt, src in images if not src.startswith("http")]
    assert local, "the README should embed the key figures"
    for alt, src in local:
        assert len(alt.split()) >= 5, f"{src}: alt text should describe the figure"
        assert src.startswith("figures/") and (ROOT / src).is_file(), f"{src} does not exist"


def test_readme_notebook_index_matches_the_notebooks() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    linked = sorted(set(re.findall(r"\(notebooks/(\d\d-[\w-]+\.ipynb)\)", readme)))
    assert linked == [p.name for p in NOTEBOOKS]


def test_every_figure_has_its_data() -> None:
    pngs = sorted(FIGURES_DIR.glob("*.png"))
    assert pngs
    for png in pngs:
        assert png.with_suffix(".csv").is_file(), f"{png.name} has no CSV of its numbers"


@pytest.mark.slow
def test_re_executing_changes_no_byte(tmp_path: Path) -> None:
    """Execute copies of the committed notebooks; outputs and figures must come out identical."""
    figures_before = {p.name: p.read_bytes() for p in FIGURES_DIR.iterdir()}
    for path in NOTEBOOKS:
        copy = tmp_path / path.name
        shutil.copy(path, copy)
        execute(copy)
        assert copy.read_bytes() == path.read_bytes(), f"{path.name}: re-executing changed it; run make notebooks"
    figures_after = {p.name: p.read_bytes() for p in FIGURES_DIR.iterdir()}
    assert figures_after == figures_before
    assert NOTEBOOKS_DIR.is_dir()


def _findings(path: Path) -> str:
    for cell in _cells(path):
        for out in cell.get("outputs", []):
            md = "".join(out.get("data", {}).get("text/markdown", []))
            if md.startswith("### Findings"):
                return md
    raise AssertionError(f"{path.name} states no findings")


def test_readme_findings_are_quoted_from_the_notebooks() -> None:
    """Numbers in the README come from the notebooks: each listed finding must be verbatim there."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Findings", 1)[1].split("\n## ", 1)[0]
    items = re.findall(r"^\d+\. (.+) \(\[\d\d, finding (\d+)\]\(notebooks/([\w-]+\.ipynb)#Findings\)\)$", section, re.M)
    assert len(items) >= 5
    for text, number, name in items:
        stated = _findings(NOTEBOOKS_DIR / name)
        assert re.search(rf"^{number}\. {re.escape(text)}", stated, re.M), f"README finding not in {name}: {text[:80]}"
