"""One set of pins: environment.yml installs what requirements.txt pins, and nothing disagrees."""

from __future__ import annotations

import re
import tomllib

import yaml

from helpers.paths import ROOT

PIN_RE = re.compile(r"^([A-Za-z0-9_.\-\[\]]+)==([^\s;#]+)")


def _requirements() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines():
        m = PIN_RE.match(line.strip())
        if m:
            pins[m[1].lower().replace("_", "-")] = m[2]
        else:
            assert not line.strip() or line.startswith("#"), f"requirements.txt: unpinned line {line!r}"
    return pins


def test_every_requirement_is_pinned_exactly() -> None:
    pins = _requirements()
    for name in ("jupyterlab", "pandas", "matplotlib", "textblob", "nbval", "vadersentiment", "pytest", "ruff"):
        assert name in pins, name


def test_environment_yml_agrees_with_requirements() -> None:
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    deps = env["dependencies"]
    assert "python=3.11" in deps
    pip_section = next(d["pip"] for d in deps if isinstance(d, dict))
    assert "-r requirements.txt" in pip_section and "-e ." in pip_section
    pins = _requirements()
    listed = [PIN_RE.match(item) for item in pip_section if not item.startswith("-")]
    assert listed, "environment.yml should name the design card's packages"
    for m in listed:
        assert m is not None
        assert pins[m[1].lower().replace("_", "-")] == m[2], f"{m[1]}: environment.yml and requirements.txt differ"


def test_pyproject_dependencies_are_all_pinned_in_requirements() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["requires-python"].startswith(">=3.11")
    pins = _requirements()
    for dep in project["dependencies"]:
        assert dep.lower().replace("_", "-") in pins, f"{dep} is imported by helpers/ but not pinned"
    for extra in project["optional-dependencies"].values():
        for dep in extra:
            assert "==" in dep, f"optional dependency {dep} should be pinned"
