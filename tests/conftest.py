"""Shared fixtures: the real corpus once per session, and a writable copy of the seeds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from helpers import load_sentences
from helpers.paths import SEEDS_DIR


@pytest.fixture(scope="session")
def table() -> pd.DataFrame:
    """The sentence table of the committed seeds (read-only use)."""
    return load_sentences()


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A copy of seeds/ that a test may break; the real seeds are never touched."""
    dest = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, dest)
    return dest
