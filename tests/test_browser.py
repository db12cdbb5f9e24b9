"""End to end, the way readers use the bundle: each notebook runs clean in JupyterLab in a real browser.

The other tests call the helpers and execute notebooks headless (nbval); none of them shows that
JupyterLab opens a notebook, starts the venv's kernel, runs every cell from the UI and renders the
figures. This one does, in headless Chromium (Debian's, driven by Playwright), against a private
JupyterLab serving *copies* of the notebooks: Lab autosaves, and the committed files must not change.

Per notebook: open it, clear all outputs (so everything checked afterwards comes from this run), Run
All Cells from the Run menu, wait until the kernel is idle and no cell shows ``[*]``, then assert no
traceback was rendered, every code cell got an execution count, and as many figures were decoded as
the committed notebook has PNG outputs. A screenshot of the whole notebook goes to
``artifacts/browser/<name>.png`` either way, for a person to look at.

Needs ``/usr/bin/chromium`` and the ``playwright`` package (``.ci/install-browser`` as root, then
``make setup``); without them it skips. Run it with ``pytest -m browser tests/test_browser.py``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from browser_support import (
    CHROMIUM,
    CHROMIUM_ARGS,
    PANEL,
    LabServer,
    committed_png_count,
    copy_notebooks,
    menu_command,
    missing_requirement,
    notebook_state,
    start_lab,
    wait_for,
)

from helpers.notebook_runner import notebook_paths
from helpers.paths import ROOT

if TYPE_CHECKING:  # pragma: no cover - only for type checkers
    from playwright.sync_api import Browser, Page, ViewportSize

SKIP_REASON = missing_requirement()
pytestmark = [pytest.mark.browser, pytest.mark.skipif(SKIP_REASON is not None, reason=SKIP_REASON or "")]

NOTEBOOKS = notebook_paths()
ARTIFACTS = ROOT / "artifacts" / "browser"
#: Opening a notebook: Lab's assets, the document, and a kernel starting on 2 cores.
OPEN_TIMEOUT = 120.0
#: Running one notebook; `make notebooks` takes well under a minute each, so this only bounds a hang.
RUN_TIMEOUT = 300.0
VIEWPORT: ViewportSize = {"width": 1400, "height": 1000}
#: Chromium cannot capture taller pages in one piece; a longer notebook is cut at the bottom.
MAX_SCREENSHOT_HEIGHT = 16_000


@pytest.fixture(scope="session")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabServer]:
    """JupyterLab on 127.0.0.1, serving a temporary copy of the numbered notebooks, for the session."""
    root = tmp_path_factory.mktemp("lab-root")
    copy_notebooks(NOTEBOOKS, root)
    server = start_lab(root, tmp_path_factory.mktemp("lab-home"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Chromium for the session (launching it per notebook costs seconds for nothing)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS), timeout=60_000)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: Browser, lab: LabServer) -> Iterator[Page]:
    """A fresh browser context per notebook; its kernel is shut down afterwards so none piles up."""
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(30_000)
    try:
        yield context.new_page()
    finally:
        context.close()
        lab.shut_down_kernels()


def code_cell_count(notebook: Path) -> int:
    """Number of code cells in the committed notebook (the page is loaded when it shows them all)."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return sum(cell["cell_type"] == "code" for cell in cells)


def save_screenshot(page: Page, path: Path) -> None:
    """Screenshot the whole notebook: grow the window to the notebook's height, since Lab scrolls inside it."""
    hidden = page.evaluate(
        "(panel) => { const s = document.querySelector(panel + ' .jp-WindowedPanel-outer');"
        " if (!s) return 0; s.scrollTop = 0; return s.scrollHeight - s.clientHeight; }",
        PANEL,
    )  # Run All leaves the notebook scrolled to its end: start the picture at the top
    height = min(VIEWPORT["height"] + int(hidden), MAX_SCREENSHOT_HEIGHT)
    page.set_viewport_size({"width": VIEWPORT["width"], "height": height})
    page.wait_for_timeout(1000)  # let Lumino lay out and the browser paint the newly visible cells
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[path.name for path in NOTEBOOKS])
def test_notebook_runs_in_jupyterlab(notebook: Path, lab: LabServer, page: Page) -> None:
    """Open, clear, Run All from the menu; no traceback, every cell counted, every figure shown."""
    cells, figures = code_cell_count(notebook), committed_png_count(notebook)

    try:  # the screenshot is taken whatever happens: it is what a person looks at when this fails
        page.goto(lab.url(f"/lab/tree/{notebook.name}", reset=""))  # reset: no tabs restored from before
        wait_for(
            page,
            lambda s: len(s.prompts) == cells and s.kernel_ready and lab.kernel_state(notebook.name) == "idle",
            OPEN_TIMEOUT,
            f"{notebook.name} to show {cells} code cells and its kernel to be idle",
        )
        menu_command(page, "Edit", "Clear Outputs of All Cells")
        wait_for(page, lambda s: not s.images and not s.started, 30, "the outputs to clear")

        menu_command(page, "Run", "Run All Cells")
        wait_for(page, lambda s: s.started, 30, "Run All Cells to start")
        wait_for(page, lambda s: s.finished, RUN_TIMEOUT, "Run All Cells to finish")
    finally:
        save_screenshot(page, ARTIFACTS / f"{notebook.stem}.png")
    state = notebook_state(page)  # after the screenshot's wait: every image has had time to decode

    tracebacks = "\n\n".join(state.errors)
    assert not state.errors, f"{notebook.name} rendered {len(state.errors)} traceback(s):\n{tracebacks}"
    assert not state.unexecuted, f"{notebook.name}: code cells {state.unexecuted} have no execution count"
    assert len(state.prompts) == cells
    assert state.rendered_images >= figures, (
        f"{notebook.name}: {state.rendered_images} figure(s) rendered, the committed notebook has {figures}"
    )
