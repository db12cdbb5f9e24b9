"""The raw texts are byte-identical to the originals and nothing writes to seeds/."""

from __future__ import annotations

import hashlib

from helpers import load_sentences
from helpers.catalog import read_catalog
from helpers.paths import SEEDS_DIR


def _manifest() -> dict[str, str]:
    lines = (SEEDS_DIR / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    return {name: digest for digest, name in (line.split() for line in lines if line.strip())}


def test_every_seed_matches_its_checksum() -> None:
    manifest = _manifest()
    assert len(manifest) == 3
    for name, digest in manifest.items():
        assert hashlib.sha256((SEEDS_DIR / name).read_bytes()).hexdigest() == digest, name


def test_every_text_is_catalogued() -> None:
    assert {f"{r.doc_id}.txt" for r in read_catalog()} == set(_manifest())


def test_loading_writes_nothing_to_seeds() -> None:
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in SEEDS_DIR.iterdir()}
    load_sentences()
    after = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in SEEDS_DIR.iterdir()}
    assert before == after
