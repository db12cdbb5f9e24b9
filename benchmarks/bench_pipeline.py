"""How fast and how lean is the per-sentence pipeline on corpora 10, 100 and 1,000 times the seeds?

Run it as a script (it is not a timed test)::

    python benchmarks/bench_pipeline.py                  # sizes 10 100 1000
    python benchmarks/bench_pipeline.py --sizes 10 100   # a quicker look
    python benchmarks/bench_pipeline.py --dask           # also run the largest corpus under Dask

Why it is built this way:

* The larger corpora are made of real text, not lorem ipsum: the sentences of the three articles
  and their reader comments, recombined at the sentence level with a seeded RNG into new article
  files (headline, blank line, lead, blank line, body paragraphs of a few sentences) with a
  ``news`` catalog record each. Regular expressions, TextBlob and VADER cost what they cost on
  the words this bundle actually reads, and the same seed gives the same files byte for byte.
* Only sentences that survive the round trip are used: a sentence that the splitter would merge
  with a neighbour (no final stop) or that the layout rules would call furniture is left out, so
  the loader returns exactly the sentences written, in order (``tests/test_benchmark.py``).
* Each size runs in a fresh subprocess, so its peak resident memory (``ru_maxrss`` from
  :func:`resource.getrusage`, which counts the interpreter, the libraries and the tables) belongs
  to that size alone and one size's garbage cannot slow the next.
* The floor is TextBlob's sentiment alone on the same sentence texts: the pipeline runs it (and
  much more) per sentence, so it cannot beat it. The target is a pipeline at least half as fast.
* The recombined corpora repeat each source sentence about as many times as the scale factor.
  The helpers keep no per-text cache, so repeats cost as much as new sentences and the rates
  measured here carry over to a corpus of distinct sentences of the same length.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from helpers import load_sentences, split_sentences
from helpers.layout import parse_layout
from helpers.paths import ROOT, SEEDS_DIR

#: Segments whose sentences are real running text: the articles and the reader comments.
SOURCE_SEGMENTS: tuple[str, ...] = ("headline", "lead", "body", "comment")
#: Corpus sizes, as multiples of the number of sentences in the seeds.
DEFAULT_SIZES: tuple[int, ...] = (10, 100, 1000)
DEFAULT_SEED = 2024
#: Sentences per generated article (headline and lead included), drawn uniformly.
ARTICLE_SENTENCES: tuple[int, int] = (20, 60)
#: Sentences per body paragraph, drawn uniformly (the last paragraph takes what is left).
PARAGRAPH_SENTENCES: tuple[int, int] = (2, 5)
#: The pipeline should run at least this fraction of TextBlob-alone's sentences per second.
TARGET_RATIO = 0.5
RESULTS_CSV: Path = ROOT / "benchmarks" / "results.csv"
#: Columns of ``results.csv``, in this order. Rates and the ratio are from wall-clock time.
CSV_COLUMNS: tuple[str, ...] = (
    "scale",
    "sentences",
    "documents",
    "load_s",
    "code_s",
    "pipeline_s",
    "pipeline_sent_per_s",
    "textblob_s",
    "textblob_sent_per_s",
    "ratio",
    "target_met",
    "pipeline_s_per_1k",
    "textblob_s_per_1k",
    "pipeline_cpu_s",
    "textblob_cpu_s",
    "ratio_cpu",
    "pipeline_cpu_s_per_1k",
    "peak_rss_mib",
    "baseline_rss_mib",
)
#: The columns printed to stdout (the CSV has them all).
TABLE_COLUMNS: tuple[str, ...] = (
    "scale",
    "sentences",
    "pipeline_s",
    "pipeline_sent_per_s",
    "textblob_sent_per_s",
    "ratio",
    "ratio_cpu",
    "target_met",
    "pipeline_s_per_1k",
    "pipeline_cpu_s_per_1k",
    "peak_rss_mib",
)
_AUTHOR = "Synthetic Author"
_OUTLET = "Synthetic outlet (benchmark corpus)"
_INSTALL_DASK = "pip install -e '.[dask]'"


@dataclass(frozen=True)
class Corpus:
    """A generated seeds folder and what the loader must find in it.

    ``documents`` pairs each doc_id with its sentences in reading order, so a test can compare
    the loader's output with what was written, sentence for sentence.
    """

    folder: Path
    documents: tuple[tuple[str, tuple[str, ...]], ...]

    @property
    def n_sentences(self) -> int:
        """Sentences written across all documents."""
        return sum(len(sentences) for _, sentences in self.documents)


def _round_trips(sentence: str) -> bool:
    """True when ``sentence`` is split and laid out the same wherever the builder puts it.

    It must be one sentence on its own, end a sentence before any neighbour and start one after
    any neighbour (so it needs a final stop and an opening capital, digit, quote or dash that is
    not an attribution tail), and read as an ordinary lead paragraph, not as page furniture.
    """
    if split_sentences(sentence) != [sentence]:
        return False
    if split_sentences(f"{sentence} Next one.") != [sentence, "Next one."]:
        return False
    if split_sentences(f"One before. {sentence}") != ["One before.", sentence]:
        return False
    blocks = parse_layout(f"A headline\n\n{sentence}\n")
    return [(b.segment, b.text) for b in blocks] == [("headline", "A headline"), ("lead", sentence)]


def source_sentences(seeds_dir: Path = SEEDS_DIR) -> list[str]:
    """The distinct article and comment sentences of ``seeds_dir`` that round-trip, in reading order.

    Furniture (captions, links, navigation) is not running text and is left out, and so is any
    sentence :func:`_round_trips` rejects.
    """
    table = load_sentences(seeds_dir)
    texts = table.loc[table["segment"].isin(SOURCE_SEGMENTS), "text"].tolist()
    return [s for s in dict.fromkeys(texts) if _round_trips(s)]


def _article(rng: random.Random, pool: Sequence[str], n: int) -> tuple[str, tuple[str, ...]]:
    """One article of ``n`` sentences: the file's text and its sentences in reading order."""
    sentences = tuple(rng.choice(pool) for _ in range(n))
    lead_len = 1 if n < 4 else rng.randint(1, 2)
    paragraphs = [sentences[0], " ".join(sentences[1 : 1 + lead_len])]
    i = 1 + lead_len
    while i < n:
        k = rng.randint(*PARAGRAPH_SENTENCES)
        paragraphs.append(" ".join(sentences[i : i + k]))
        i += k
    return "\n\n".join(paragraphs) + "\n", sentences


def build_corpus(dest: Path, n_sentences: int, seed: int = DEFAULT_SEED, pool: Sequence[str] | None = None) -> Corpus:
    """Write a seeds folder of news articles with ``n_sentences`` sentences in all into ``dest``.

    Sentences are drawn with replacement from ``pool`` (default: :func:`source_sentences`) by a
    ``random.Random(seed)``, so a seed fixes every file byte for byte. Each article gets
    ``ARTICLE_SENTENCES`` sentences (the last one what is left, at least two) and a ``news``
    record in ``catalog.yml``. ``dest`` is created if needed and must hold no ``.txt`` yet.
    """
    if n_sentences < 2:
        raise ValueError(f"an article needs a headline and a lead: n_sentences={n_sentences} < 2")
    pool = list(pool) if pool is not None else source_sentences()
    if not pool:
        raise ValueError("no source sentences to draw from")
    dest.mkdir(parents=True, exist_ok=True)
    if any(dest.glob("*.txt")):
        raise FileExistsError(f"{dest} already holds .txt files; build into an empty folder")
    rng = random.Random(seed)
    documents: list[tuple[str, tuple[str, ...]]] = []
    records: list[dict[str, object]] = []
    remaining = n_sentences
    while remaining:
        n = min(remaining, rng.randint(*ARTICLE_SENTENCES))
        if remaining - n < 2:
            n = remaining
        remaining -= n
        doc_id = f"synthetic_{len(documents):06d}"
        text, sentences = _article(rng, pool, n)
        (dest / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        documents.append((doc_id, sentences))
        records.append(
            {
                "doc_id": doc_id,
                "title": sentences[0],
                "author": _AUTHOR,
                "author_aliases": [_AUTHOR],
                "form": "news",
                "outlet": _OUTLET,
                "notes": f"Generated by benchmarks/bench_pipeline.py (seed {seed}) from seeds/ sentences.",
            }
        )
    catalog = yaml.safe_dump(records, sort_keys=False, allow_unicode=True, width=100_000)
    (dest / "catalog.yml").write_text(catalog, encoding="utf-8")
    return Corpus(dest, tuple(documents))


def _rss_mib() -> float:
    """Peak resident set size of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _warm_up() -> None:
    """Run the pipeline and TextBlob on the seeds once, so that lexicons, the codebook, VADER and
    TextBlob's lazily built tables are loaded before any clock starts."""
    from textblob import TextBlob

    from helpers.pipeline import code_sentences

    seeds = load_sentences(SEEDS_DIR)
    code_sentences(seeds)
    for text in seeds["text"]:
        TextBlob(text).sentiment  # noqa: B018 (the property computes the score)


def measure(folder: Path) -> dict[str, float | int]:
    """Time the pipeline and TextBlob alone on ``folder``; run in a fresh process (see ``main``).

    Both are warmed up first on a few seed sentences (lexicons, codebook, VADER), so the timings
    are the steady per-sentence cost that grows with the corpus, not one-off start-up. TextBlob
    alone runs right after loading, before the pipeline fills memory, so the floor is not slowed
    by the pipeline's garbage. Wall-clock and CPU seconds are both kept: on a shared machine the
    CPU seconds show how much of a slow wall-clock figure was waiting for a core.
    """
    from textblob import TextBlob

    from helpers.pipeline import code_sentences

    _warm_up()
    baseline = _rss_mib()

    w0, c0 = time.perf_counter(), time.process_time()
    table = load_sentences(folder)
    w1, c1 = time.perf_counter(), time.process_time()
    for text in table["text"].tolist():
        TextBlob(text).sentiment  # noqa: B018 (the property computes the score)
    w2, c2 = time.perf_counter(), time.process_time()
    coded = code_sentences(table)
    w3, c3 = time.perf_counter(), time.process_time()
    return {
        "sentences": len(coded),
        "documents": int(table["doc_id"].nunique()),
        "load_s": w1 - w0,
        "code_s": w3 - w2,
        "textblob_s": w2 - w1,
        "pipeline_cpu_s": (c1 - c0) + (c3 - c2),
        "textblob_cpu_s": c2 - c1,
        "peak_rss_mib": _rss_mib(),
        "baseline_rss_mib": baseline,
    }


def stages(folder: Path, repeats: int = 3) -> dict[str, float | int]:
    """Best-of-``repeats`` CPU seconds of each pipeline stage on ``folder``, one stage at a time.

    Used by ``--breakdown`` to show where the time goes. ``add_sentiment`` runs TextBlob's
    pattern analyser three times per sentence (``sentiment`` once, ``sentiment_assessments`` twice,
    inside TextBlob) and VADER once, so ``textblob_alone / add_sentiment`` bounds the ratio the
    whole pipeline could reach even if every other stage cost nothing.
    """
    from textblob import TextBlob

    from helpers.actors import add_actors
    from helpers.pipeline import code_sentences
    from helpers.sentiment import add_sentiment
    from helpers.themes import add_themes
    from helpers.tone import relation_tone, tone_score

    _warm_up()
    table = load_sentences(folder)
    texts = table["text"].tolist()
    steps: dict[str, Callable[[], object]] = {
        "load_sentences": lambda: load_sentences(folder),
        "textblob_alone": lambda: [TextBlob(t).sentiment for t in texts],
        "add_themes": lambda: add_themes(table),
        "add_actors": lambda: add_actors(table),
        "add_sentiment": lambda: add_sentiment(table),
        "relation_tone+tone_score": lambda: ([relation_tone(t) for t in texts], [tone_score(t) for t in texts]),
        "code_sentences": lambda: code_sentences(table),
    }
    out: dict[str, float | int] = {"sentences": len(texts)}
    for name, step in steps.items():
        best = float("inf")
        for _ in range(repeats):
            c0 = time.process_time()
            step()
            best = min(best, time.process_time() - c0)
        out[name] = best
    return out


def dask_check(folder: Path, npartitions: int) -> dict[str, float | int | bool]:
    """Run ``code_sentences`` unchanged per partition on a 2-worker LocalCluster and compare.

    The result must equal the pandas result exactly: same rows, same values, same dtypes, after
    sorting both by document and sentence and resetting the index. Dask's automatic conversion of
    object columns to Arrow strings is switched off, since ``themes`` and ``actors`` hold tuples.
    """
    import dask
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client, LocalCluster

    from helpers.pipeline import code_sentences

    table = load_sentences(folder)
    t0 = time.perf_counter()
    expected = code_sentences(table)
    t1 = time.perf_counter()
    with (
        dask.config.set({"dataframe.convert-string": False}),
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        ) as cluster,
        Client(cluster),
    ):
        t2 = time.perf_counter()
        ddf = dd.from_pandas(table, npartitions=npartitions)
        meta = code_sentences(table.iloc[:0])
        got = ddf.map_partitions(code_sentences, meta=meta).compute()
        t3 = time.perf_counter()

    def canonical(frame: pd.DataFrame) -> pd.DataFrame:
        return frame.sort_values(["doc_id", "sentence"], kind="stable").reset_index(drop=True)

    pd.testing.assert_frame_equal(canonical(got), canonical(expected), check_exact=True)
    return {
        "sentences": len(expected),
        "npartitions": npartitions,
        "pandas_s": t1 - t0,
        "dask_s": t3 - t2,
        "equal": True,
    }


def _child(flag: str, folder: Path, *extra: str) -> dict[str, float | int | bool]:
    """Run this script with ``flag`` on ``folder`` in a fresh interpreter and read its JSON line."""
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), flag, str(folder), *extra],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def result_row(scale: int, m: dict[str, float | int | bool]) -> dict[str, str]:
    """One CSV row, formatted with fixed decimals so the file diffs cleanly between runs."""
    n = int(m["sentences"])
    pipeline_s = float(m["load_s"]) + float(m["code_s"])
    textblob_s = float(m["textblob_s"])
    ratio = textblob_s / pipeline_s
    return {
        "scale": str(scale),
        "sentences": str(n),
        "documents": str(m["documents"]),
        "load_s": f"{float(m['load_s']):.2f}",
        "code_s": f"{float(m['code_s']):.2f}",
        "pipeline_s": f"{pipeline_s:.2f}",
        "pipeline_sent_per_s": f"{n / pipeline_s:.0f}",
        "textblob_s": f"{textblob_s:.2f}",
        "textblob_sent_per_s": f"{n / textblob_s:.0f}",
        "ratio": f"{ratio:.2f}",
        "target_met": "yes" if ratio >= TARGET_RATIO else "no",
        "pipeline_s_per_1k": f"{1000 * pipeline_s / n:.3f}",
        "textblob_s_per_1k": f"{1000 * textblob_s / n:.3f}",
        "pipeline_cpu_s": f"{float(m['pipeline_cpu_s']):.2f}",
        "textblob_cpu_s": f"{float(m['textblob_cpu_s']):.2f}",
        "ratio_cpu": f"{float(m['textblob_cpu_s']) / float(m['pipeline_cpu_s']):.2f}",
        "pipeline_cpu_s_per_1k": f"{1000 * float(m['pipeline_cpu_s']) / n:.3f}",
        "peak_rss_mib": f"{float(m['peak_rss_mib']):.0f}",
        "baseline_rss_mib": f"{float(m['baseline_rss_mib']):.0f}",
    }


def format_table(rows: Sequence[dict[str, str]], columns: Sequence[str] = TABLE_COLUMNS) -> str:
    """The rows as a fixed-width text table of ``columns``."""
    widths = {c: max(len(c), *(len(r[c]) for r in rows)) for c in columns}
    lines = ["  ".join(c.rjust(widths[c]) for c in columns)]
    lines += ["  ".join(r[c].rjust(widths[c]) for c in columns) for r in rows]
    return "\n".join(lines)


def linearity(rows: Sequence[dict[str, str]]) -> str:
    """Seconds per 1,000 sentences at each size relative to the smallest, wall clock and CPU.

    ~1.0 at every size means time grows linearly with the corpus. The verdict uses CPU seconds:
    on a shared machine the wall clock also counts time spent waiting for a core.
    """

    def relative(column: str) -> list[float]:
        base = float(rows[0][column])
        return [float(r[column]) / base for r in rows]

    wall, cpu = relative("pipeline_s_per_1k"), relative("pipeline_cpu_s_per_1k")
    parts = [f"{r['scale']}x: {w:.2f} wall / {c:.2f} CPU" for r, w, c in zip(rows, wall, cpu, strict=True)]
    verdict = "linear (CPU within 20%)" if max(cpu) <= 1.2 else "NOT linear: CPU per sentence grows with size"
    return f"pipeline s/1k sentences relative to {rows[0]['scale']}x: {', '.join(parts)} -> {verdict}"


def format_stages(m: dict[str, float | int]) -> str:
    """The ``--breakdown`` table: CPU seconds per stage, sentences/s and share of the pipeline."""
    n = int(m["sentences"])
    total = float(m["load_sentences"]) + float(m["code_sentences"])
    lines = [f"stage breakdown on {n} sentences (CPU seconds, best of 3, each stage run alone):"]
    for name in ("load_sentences", "add_themes", "add_actors", "add_sentiment", "relation_tone+tone_score",
                 "code_sentences", "textblob_alone"):
        sec = float(m[name])
        share = f"{100 * sec / total:5.1f}% of load+code" if name != "textblob_alone" else "the floor"
        lines.append(f"  {name:26s} {sec:7.2f} s  {n / sec:8.0f} sent/s  {share}")
    bound = float(m["textblob_alone"]) / float(m["add_sentiment"])
    lines.append(f"  ratio bound set by add_sentiment alone (textblob_alone / add_sentiment): {bound:.2f}")
    return "\n".join(lines)


def write_csv(rows: Sequence[dict[str, str]], path: Path) -> None:
    """Write ``rows`` with the columns of :data:`CSV_COLUMNS` in that order."""
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def dask_available() -> bool:
    """True when both ``dask.dataframe`` and ``distributed`` can be imported."""
    try:
        return all(importlib.util.find_spec(m) is not None for m in ("dask", "dask.dataframe", "distributed"))
    except (ImportError, ValueError):  # find_spec imports the parent package, which may be missing or broken
        return False


def main(argv: Sequence[str] | None = None) -> int:
    """Build each corpus, measure it in a fresh process, print the table and write the CSV."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES), metavar="N",
                        help="corpus sizes as multiples of the seeds' sentence count (default: 10 100 1000)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="RNG seed for the corpus builder")
    parser.add_argument("--dask", action="store_true",
                        help="also run the largest corpus under dask.dataframe on a 2-worker LocalCluster")
    parser.add_argument("--npartitions", type=int, default=16, help="Dask partitions (default: 16)")
    parser.add_argument("--breakdown", action="store_true",
                        help="also time each pipeline stage alone on the smallest corpus")
    parser.add_argument("--csv", type=Path, default=RESULTS_CSV, help="where to write the table as CSV")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--stages", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--dask-check", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    # Child processes: one job on a folder the parent built, one JSON line out.
    if args.measure is not None:
        print(json.dumps(measure(args.measure)))
        return 0
    if args.stages is not None:
        print(json.dumps(stages(args.stages)))
        return 0
    if args.dask_check is not None:
        print(json.dumps(dask_check(args.dask_check, args.npartitions)))
        return 0
    if any(s < 1 for s in args.sizes):
        parser.error("--sizes must be positive multiples")

    run_dask = args.dask
    if run_dask and not dask_available():
        print(f"Dask is not installed, so --dask is skipped. Install the optional extra with: {_INSTALL_DASK}")
        run_dask = False

    original = len(load_sentences(SEEDS_DIR))
    pool = source_sentences()
    print(f"seeds: {original} sentences; {len(pool)} distinct article/comment sentences to recombine "
          f"(seed {args.seed}); peak memory = ru_maxrss of a fresh process per size", flush=True)
    sizes = sorted(set(args.sizes))
    rows: list[dict[str, str]] = []
    breakdown: dict[str, float | int] | None = None
    dask_result: dict[str, float | int | bool] | None = None
    for scale in sizes:
        with tempfile.TemporaryDirectory(prefix=f"bench_{scale}x_") as tmp:
            t0 = time.perf_counter()
            corpus = build_corpus(Path(tmp), scale * original, args.seed, pool)
            print(f"{scale}x: built {corpus.n_sentences} sentences in {len(corpus.documents)} files "
                  f"({time.perf_counter() - t0:.1f} s); measuring...", flush=True)
            rows.append(result_row(scale, _child("--measure", corpus.folder)))
            r = rows[-1]
            print(f"{scale}x: pipeline {r['pipeline_sent_per_s']} sent/s, TextBlob alone "
                  f"{r['textblob_sent_per_s']} sent/s, ratio {r['ratio']}, peak RSS {r['peak_rss_mib']} MiB",
                  flush=True)
            if args.breakdown and scale == sizes[0]:
                breakdown = _child("--stages", corpus.folder)
            if run_dask and scale == sizes[-1]:
                print(f"{scale}x: running code_sentences under Dask (2 worker processes)...", flush=True)
                dask_result = _child("--dask-check", corpus.folder, "--npartitions", str(args.npartitions))

    print()
    print(format_table(rows))
    print(linearity(rows))
    missed = [f"{r['scale']}x" for r in rows if r["target_met"] != "yes"]
    target = f"target (pipeline >= {TARGET_RATIO}x TextBlob alone, wall clock):"
    print(f"{target} met at every size" if not missed else f"{target} NOT met at {', '.join(missed)}")
    if breakdown is not None:
        print(format_stages(breakdown))
    if dask_result is not None:
        n = int(dask_result["sentences"])
        print(f"dask: {n} sentences in {dask_result['npartitions']} partitions on 2 workers: "
              f"{float(dask_result['dask_s']):.1f} s ({n / float(dask_result['dask_s']):.0f} sent/s) vs pandas "
              f"{float(dask_result['pandas_s']):.1f} s; result equals pandas exactly: {dask_result['equal']}")
    args.csv.parent.mkdir(parents=True, exist_ok=True)
    write_csv(rows, args.csv)
    print(f"wrote {args.csv}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
