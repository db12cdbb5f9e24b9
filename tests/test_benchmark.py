"""The benchmark's corpus builder, at a tiny scale: it must write what it says it writes.

The timings in ``benchmarks/`` are only as meaningful as the corpora they run on, so these tests
check the builder itself (no timing is asserted here): the generated folder loads, holds exactly
the sentences the builder reports, every one of them a real sentence of the seeds, and the same
seed gives the same files byte for byte.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pandas as pd
import pytest

from helpers import load_sentences
from helpers.paths import ROOT, SEEDS_DIR

SCALE = 2  # the tiny scale: twice the seeds' sentence count


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    """``benchmarks/bench_pipeline.py`` imported from its path (``benchmarks/`` is not a package)."""
    path = ROOT / "benchmarks" / "bench_pipeline.py"
    spec = importlib.util.spec_from_file_location("bench_pipeline", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pool(bench: ModuleType) -> list[str]:
    return bench.source_sentences()


@pytest.fixture(scope="module")
def seeds() -> pd.DataFrame:
    return load_sentences(SEEDS_DIR)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_the_pool_is_real_running_text(bench: ModuleType, pool: list[str], seeds: pd.DataFrame) -> None:
    """Only article and comment sentences are recombined, and most of them survive the round trip."""
    running = set(seeds.loc[seeds["segment"].isin(bench.SOURCE_SEGMENTS), "text"])
    assert set(pool) <= running
    assert len(pool) == len(set(pool))
    assert len(pool) >= 0.8 * len(running)
    furniture = set(seeds.loc[~seeds["segment"].isin(bench.SOURCE_SEGMENTS), "text"])
    assert not set(pool) & furniture


def test_a_tiny_corpus_loads_exactly_what_was_written(
    bench: ModuleType, pool: list[str], seeds: pd.DataFrame, tmp_path: Path
) -> None:
    expected_n = SCALE * len(seeds)
    corpus = bench.build_corpus(tmp_path / "corpus", expected_n, seed=7, pool=pool)
    assert corpus.n_sentences == expected_n

    table = load_sentences(corpus.folder)
    assert len(table) == expected_n
    assert set(table["text"]) <= set(seeds["text"])  # every sentence is a real one
    loaded = [(doc_id, tuple(group["text"])) for doc_id, group in table.groupby("doc_id", sort=True)]
    assert loaded == list(corpus.documents)  # the same sentences, in the same order, per document
    assert set(table["segment"]) == {"headline", "lead", "body"}
    assert (table.groupby("doc_id")["segment"].first() == "headline").all()
    assert (table[table["segment"] == "headline"].groupby("doc_id").size() == 1).all()
    assert len(corpus.documents) > 1


def test_the_build_is_deterministic_for_a_seed(bench: ModuleType, pool: list[str], tmp_path: Path) -> None:
    a = bench.build_corpus(tmp_path / "a", 300, seed=11, pool=pool)
    b = bench.build_corpus(tmp_path / "b", 300, seed=11, pool=pool)
    c = bench.build_corpus(tmp_path / "c", 300, seed=12, pool=pool)
    assert _files(a.folder) == _files(b.folder)
    assert a.documents == b.documents
    assert _files(a.folder) != _files(c.folder)


def test_the_builder_refuses_what_it_cannot_build(bench: ModuleType, pool: list[str], tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="headline and a lead"):
        bench.build_corpus(tmp_path / "one", 1, pool=pool)
    bench.build_corpus(tmp_path / "twice", 10, pool=pool)
    with pytest.raises(FileExistsError):
        bench.build_corpus(tmp_path / "twice", 10, pool=pool)


def test_the_csv_has_a_fixed_column_order(bench: ModuleType, tmp_path: Path) -> None:
    measured = {"sentences": 400, "documents": 9, "load_s": 0.5, "code_s": 1.5, "textblob_s": 0.5,
                "pipeline_cpu_s": 2.0, "textblob_cpu_s": 0.5, "peak_rss_mib": 300.0, "baseline_rss_mib": 250.0}
    row = bench.result_row(2, measured)
    assert row["ratio"] == "0.25" and row["target_met"] == "no" and row["pipeline_s_per_1k"] == "5.000"
    assert row["ratio_cpu"] == "0.25" and row["pipeline_cpu_s_per_1k"] == "5.000"
    assert "linear" in bench.linearity([row, bench.result_row(4, {**measured, "sentences": 800, "load_s": 1.0,
                                                                    "code_s": 3.0, "pipeline_cpu_s": 4.0})])
    path = tmp_path / "results.csv"
    bench.write_csv([row], path)
    header, line = path.read_text(encoding="utf-8").splitlines()
    assert header.split(",") == list(bench.CSV_COLUMNS)
    assert line.split(",") == [row[c] for c in bench.CSV_COLUMNS]
