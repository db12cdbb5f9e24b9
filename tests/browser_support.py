"""JupyterLab server and page helpers for ``tests/test_browser.py`` (the end-to-end browser test).

Kept apart from the test so the test reads as the steps a person takes (open, run all, look),
while the fiddly parts live here: starting a hermetic JupyterLab server and reading the state of
the notebook out of the live page. Nothing here imports Playwright at module level, so the test
can be collected and skipped on a machine without it.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - only for type checkers
    from playwright.sync_api import Page

#: Debian's chromium (``apt-get install chromium``): Playwright drives it, it never downloads one.
CHROMIUM = Path("/usr/bin/chromium")
#: Headless, no sandbox (CI runs as root), and nothing that reaches out to the network.
CHROMIUM_ARGS: tuple[str, ...] = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
INSTALL_HINT = "run .ci/install-browser as root, then make setup"

#: Lab settings for the test's private settings folder: no news or update toast over the notebook.
LAB_SETTINGS: dict[str, dict[str, Any]] = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
}
#: Runs first in every kernel of the test server: figures go to a scratch folder, not the committed
#: ``figures/``, so a browser run never rewrites files while ``make notebooks`` or a colleague does.
KERNEL_STARTUP = """\
from pathlib import Path as _Path

import helpers.paths
import helpers.plotting

helpers.paths.FIGURES_DIR = helpers.plotting.FIGURES_DIR = _Path({folder!r})
del _Path
"""


def missing_requirement() -> str | None:
    """Why the browser test cannot run here (a skip reason that says how to fix it), or ``None``."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing: {INSTALL_HINT}"
    if find_spec("playwright") is None:
        return f"the playwright package is missing: {INSTALL_HINT}"
    return None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def committed_png_count(notebook: Path) -> int:
    """How many ``image/png`` outputs the committed notebook holds: the figures the browser must show."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return sum(
        "image/png" in output.get("data", {})
        for cell in cells
        if cell["cell_type"] == "code"
        for output in cell.get("outputs", [])
    )


@dataclass
class LabServer:
    """A running JupyterLab: where it serves, its token, and the process group to end."""

    base_url: str
    token: str
    root: Path
    process: subprocess.Popen[bytes]
    log: Path
    figures: Path  # where the kernels' save_figure() writes instead of the committed figures/

    def url(self, path: str, **query: str) -> str:
        """``base_url`` + ``path`` with the token (and any ``query``) in the query string."""
        params = "&".join(f"{key}={value}" if value else key for key, value in {"token": self.token, **query}.items())
        return f"{self.base_url}{path}?{params}"

    def api(self, path: str, method: str = "GET", timeout: float = 10) -> Any:
        """Call the server's REST API and return its decoded JSON (``None`` for an empty answer)."""
        request = urllib.request.Request(self.url(path), method=method)
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            body = answer.read()
        return json.loads(body) if body else None

    def log_tail(self, lines: int = 40) -> str:
        """The end of the server's log, for failure messages."""
        text = self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def kernel_state(self, notebook: str) -> str | None:
        """The server's view of the kernel of ``notebook`` (``"idle"``, ``"busy"``, ...), ``None`` if none."""
        for session in self.api("/api/sessions"):
            if session["path"] == notebook and session.get("kernel"):
                return str(session["kernel"]["execution_state"])
        return None

    def shut_down_kernels(self) -> None:
        """End every kernel session (one notebook's kernel must not outlive its test)."""
        for session in self.api("/api/sessions"):
            self.api(f"/api/sessions/{session['id']}", method="DELETE")

    def stop(self, timeout: float = 20) -> None:
        """SIGTERM the server's process group (server and kernels), then SIGKILL what is left."""
        if self.process.poll() is None:
            with contextlib.suppress(OSError, urllib.error.URLError):  # the group signal ends them anyway
                self.shut_down_kernels()
        for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 5.0)):
            try:
                os.killpg(self.process.pid, sig)
            except ProcessLookupError:
                return
            try:
                self.process.wait(timeout=wait)
            except subprocess.TimeoutExpired:
                continue
            # the server is gone; its kernels may still be shutting down in the group
            deadline = time.monotonic() + wait
            while time.monotonic() < deadline and _group_alive(self.process.pid):
                time.sleep(0.2)
            if not _group_alive(self.process.pid):
                return


def _group_alive(pgid: int) -> bool:
    """Whether any process of the group ``pgid`` still exists."""
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def hermetic_environment(home: Path) -> dict[str, str]:
    """The environment for the server: every Jupyter and IPython folder inside ``home``.

    The developer's own settings, extensions' state and saved workspaces must neither change what
    the test sees nor be changed by it (a restored workspace would reopen other notebooks).
    """
    folders = {
        "JUPYTER_CONFIG_DIR": home / "config",
        "JUPYTER_DATA_DIR": home / "data",
        "JUPYTER_RUNTIME_DIR": home / "runtime",
        "JUPYTERLAB_SETTINGS_DIR": home / "lab-settings",
        "JUPYTERLAB_WORKSPACES_DIR": home / "lab-workspaces",
        "IPYTHONDIR": home / "ipython",
    }
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    for name, settings in LAB_SETTINGS.items():
        target = folders["JUPYTERLAB_SETTINGS_DIR"] / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(settings), encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if not key.startswith(("JUPYTER", "IPYTHON"))}
    env.update({key: str(folder) for key, folder in folders.items()})
    env["PYTHONUNBUFFERED"] = "1"
    return env


def start_lab(root: Path, home: Path, timeout: float = 90) -> LabServer:
    """Start JupyterLab on a free loopback port serving ``root``, and wait until its API answers.

    Uses this interpreter (``sys.executable -m jupyterlab``), so the kernels are the venv's. Raises
    ``RuntimeError`` with the server log if it dies or does not answer within ``timeout`` seconds.
    """
    env = hermetic_environment(home)
    figures = home / "figures"
    figures.mkdir(exist_ok=True)
    startup = Path(env["IPYTHONDIR"]) / "profile_default" / "startup" / "00-scratch-figures.py"
    startup.parent.mkdir(parents=True, exist_ok=True)
    startup.write_text(KERNEL_STARTUP.format(folder=str(figures)), encoding="utf-8")

    port, token = free_port(), secrets.token_hex(24)
    command = [
        sys.executable, "-m", "jupyterlab",
        "--no-browser",
        "--ip=127.0.0.1",
        f"--port={port}",
        "--port-retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]  # fmt: skip
    if os.geteuid() == 0:
        command.append("--allow-root")
    log = home / "jupyterlab.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            command, cwd=root, env=env, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True
        )
    server = LabServer(f"http://127.0.0.1:{port}", token, root, process, log, figures)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"JupyterLab exited with {process.returncode}:\n{server.log_tail()}")
        try:
            server.api("/api/status", timeout=2)
        except (OSError, urllib.error.URLError):
            time.sleep(0.3)
            continue
        return server
    server.stop()
    raise RuntimeError(f"JupyterLab did not answer within {timeout:.0f} s:\n{server.log_tail()}")


def copy_notebooks(notebooks: list[Path], dest: Path) -> None:
    """Copy the notebooks into ``dest`` (JupyterLab autosaves: the committed files must not change)."""
    dest.mkdir(parents=True, exist_ok=True)
    for notebook in notebooks:
        shutil.copy2(notebook, dest / notebook.name)


# --- the page ---------------------------------------------------------------------------------------

#: The notebook shown in the main area (other panels may exist but are hidden).
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"

#: One look at the live notebook, in a single round trip so the answer is consistent.
#: Error outputs have no DOM marker of their own: JupyterLab renders an ``error`` output with the
#: stderr renderer (``data-mime-type="application/vnd.jupyter.stderr"``), exactly like a warning.
#: What sets it apart is IPython's traceback: the exception name in red (``span.ansi-red-fg``) at the
#: start of the last line, followed by ``:`` or nothing. Warnings and logging print no colour.
STATE_SCRIPT = """
(panel) => {
  const root = document.querySelector(panel);
  if (!root) return null;
  const status = root.querySelector('.jp-Notebook-ExecutionIndicator');
  const name = root.querySelector('.jp-Toolbar-kernelName');
  const prompts = [...root.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')]
    .map((p) => p.textContent.trim());
  const stderr = [...root.querySelectorAll(
    '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')];
  const isTraceback = (out) => {
    const reds = [...out.querySelectorAll('span.ansi-red-fg')];
    const text = out.textContent.trimEnd();
    const last = text.slice(text.lastIndexOf('\\n') + 1);
    return reds.some((red) => last === red.textContent || last.startsWith(red.textContent + ':'));
  };
  const images = [...root.querySelectorAll('.jp-OutputArea-output img')]
    .map((img) => ({complete: img.complete, width: img.naturalWidth, height: img.naturalHeight}));
  return {
    kernel: status ? status.getAttribute('data-status') : null,
    kernel_name: name ? name.getAttribute('aria-label') : null,
    prompts,
    errors: stderr.filter(isTraceback).map((out) => out.textContent.slice(-2000)),
    stderr: stderr.filter((out) => !isTraceback(out)).map((out) => out.textContent.slice(0, 500)),
    images,
  };
}
"""


@dataclass(frozen=True)
class NotebookState:
    """What the page shows: kernel status and name, input prompts, rendered tracebacks, stderr, images."""

    kernel: str | None
    kernel_name: str | None
    prompts: list[str]
    errors: list[str]
    stderr: list[str]
    images: list[dict[str, Any]]

    @property
    def kernel_ready(self) -> bool:
        """A kernel is attached and idle (before one is, the indicator already says "idle")."""
        return self.kernel == "idle" and self.kernel_name not in (None, "", "No Kernel")

    @property
    def started(self) -> bool:
        """Run All has visibly begun: some cell is queued, running, counted, or shows a traceback."""
        return any(prompt != "[ ]:" for prompt in self.prompts) or bool(self.errors)

    @property
    def running(self) -> bool:
        """Some cell still waits for or is in execution (prompt ``[*]:``) or the kernel is busy."""
        return self.kernel != "idle" or any(prompt == "[*]:" for prompt in self.prompts)

    @property
    def unexecuted(self) -> list[int]:
        """Indices (among code cells) of cells without an execution count."""
        return [i for i, prompt in enumerate(self.prompts) if not prompt.strip("[]:").isdigit()]

    @property
    def finished(self) -> bool:
        """Run All is over: nothing running, and every cell has a count or a traceback stopped the run."""
        return not self.running and (not self.unexecuted or bool(self.errors))

    @property
    def rendered_images(self) -> int:
        """Images in output areas that the browser actually decoded (a broken image has width 0)."""
        return sum(1 for img in self.images if img["complete"] and img["width"] > 0)


def notebook_state(page: Page) -> NotebookState:
    """Read the current :class:`NotebookState` of the notebook shown in ``page`` (empty while none is)."""
    raw = page.evaluate(STATE_SCRIPT, PANEL)
    if raw is None:  # Lab is still loading: no notebook panel yet
        return NotebookState(kernel=None, kernel_name=None, prompts=[], errors=[], stderr=[], images=[])
    return NotebookState(**raw)


def wait_for(
    page: Page, check: Callable[[NotebookState], bool], timeout: float, what: str, poll: float = 0.5
) -> NotebookState:
    """Poll :func:`notebook_state` until ``check(state)`` holds; fail with the last state after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    state = notebook_state(page)
    while not check(state):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}; last state: {state}")
        page.wait_for_timeout(poll * 1000)
        state = notebook_state(page)
    return state


def menu_command(page: Page, menu: str, item: str) -> None:
    """Click ``menu`` in the menu bar, then ``item`` in it: what a person does."""
    page.get_by_role("menuitem", name=menu, exact=True).click()
    page.locator(".lm-Menu").get_by_role("menuitem", name=item, exact=True).click()
