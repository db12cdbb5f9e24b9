"""Group-bys of the coded sentence table: theme shares, actors, dyads, keyness, evidence.

Every figure in notebooks 02–04 plots one of these tables. Each takes the sentence table (with
the columns :func:`helpers.themes.add_themes` and :func:`helpers.actors.add_actors` add) and
returns a tidy DataFrame, one row per group and measure, with a bootstrap interval wherever a
share rests on a few dozen sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import pandas as pd

from helpers.actors import DYADS, PRINCIPALS
from helpers.paths import DATA_DIR
from helpers.stats import bootstrap_ci, bootstrap_share_ci, keyness_table
from helpers.text import tokenize_words
from helpers.themes import THEMES, theme_spans

#: Bootstrap settings used throughout the notebooks (fixed seed: outputs are reproducible).
N_BOOT = 2000
SEED = 20260522


def _groups(table: pd.DataFrame, by: str) -> list[tuple[str, pd.DataFrame]]:
    return [(str(key), group) for key, group in table.groupby(by, sort=True)]


def share_table(
    table: pd.DataFrame, flags: Sequence[str], by: str = "author", names: Sequence[str] | None = None
) -> pd.DataFrame:
    """Share of sentences with each boolean column in ``flags``, and its rate per 1,000 words,
    per group of ``by``, each with a percentile-bootstrap 95% interval (resampling sentences).

    Columns: group, measure, sentences, hits, share, share_low, share_high, words, per_1000,
    per_1000_low, per_1000_high. ``names`` relabels the measures (default: the column names).
    """
    names = list(names) if names is not None else list(flags)
    rows = []
    for group, rows_of_group in _groups(table, by):
        words = rows_of_group["n_words"].to_numpy()
        for column, name in zip(flags, names, strict=True):
            hits = rows_of_group[column].astype(bool).to_numpy()
            share = bootstrap_share_ci(hits, n_boot=N_BOOT, seed=SEED)
            rate = bootstrap_share_ci(hits, weights=words, n_boot=N_BOOT, seed=SEED)
            rows.append(
                {
                    by: group,
                    "measure": name,
                    "sentences": len(hits),
                    "hits": int(hits.sum()),
                    "share": share.estimate,
                    "share_low": share.low,
                    "share_high": share.high,
                    "words": int(words.sum()),
                    "per_1000": rate.estimate,
                    "per_1000_low": rate.low,
                    "per_1000_high": rate.high,
                }
            )
    return pd.DataFrame(rows)


def theme_shares(table: pd.DataFrame, by: str = "author") -> pd.DataFrame:
    """:func:`share_table` over the nine ``theme_<id>`` columns; ``measure`` holds the theme id."""
    return share_table(table, [f"theme_{t}" for t in THEMES], by, names=THEMES)


def add_dyads(table: pd.DataFrame) -> pd.DataFrame:
    """A copy with one boolean column per dyad (``dyad_RU–US`` ...): both countries referenced."""
    out = table.copy()
    for name, (a, b) in DYADS.items():
        out[f"dyad_{name}"] = out[f"actor_{a}"] & out[f"actor_{b}"]
    return out


def actor_shares(table: pd.DataFrame, by: str = "author") -> pd.DataFrame:
    """Share of sentences referencing RU, US, CN and each dyad, per group, with intervals."""
    with_dyads = add_dyads(table)
    columns = [f"actor_{a}" for a in PRINCIPALS] + [f"dyad_{d}" for d in DYADS]
    return share_table(with_dyads, columns, by, names=[*PRINCIPALS, *DYADS])


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The committed stop-word list (``helpers/data/stopwords.txt``), lower case."""
    lines = (DATA_DIR / "stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def content_tokens(text: str) -> list[str]:
    """Words for vocabulary comparison: lower-cased except acronyms (so "US" is not "us"),
    without stop words and numbers.

    >>> content_tokens("The US and us: 20 new START talks")
    ['US', 'new', 'START', 'talks']
    """
    out = []
    for word in tokenize_words(text):
        token = word if len(word) > 1 and word.isupper() else word.lower()
        if token in stopwords() or token.isdigit():
            continue
        out.append(token)
    return out


def distinctive_words(
    table: pd.DataFrame, by: str = "author", min_count: int = 3, exclude: frozenset[str] = frozenset()
) -> pd.DataFrame:
    """Each group's words against all other groups pooled: G² and log ratio (see ``keyness_table``).

    Only words over-used by the group (log ratio > 0) are kept, sorted by G² within each group.
    ``exclude`` drops further tokens (e.g. the analysts' own names, which only mark attribution).
    """
    tokens = {
        group: [t for text in g["text"] for t in content_tokens(text) if t not in exclude]
        for group, g in _groups(table, by)
    }
    frames = []
    for group, own in tokens.items():
        rest = [t for other, toks in tokens.items() if other != group for t in toks]
        keyed = keyness_table(own, rest, min_count=min_count)
        keyed = keyed[keyed["log_ratio"] > 0].copy()
        keyed.insert(0, by, group)
        frames.append(keyed)
    return pd.concat(frames, ignore_index=True)


def highlight(text: str, spans: Sequence[tuple[int, int]], mark: str = "**") -> str:
    """``text`` with each (start, end) span wrapped in ``mark`` (Markdown bold by default).

    >>> highlight("Russia and China cooperate.", [(17, 26)])
    'Russia and China **cooperate**.'
    """
    out, last = [], 0
    for start, end in sorted(spans):
        out.append(text[last:start] + mark + text[start:end] + mark)
        last = end
    return "".join(out) + text[last:]


def kwic(table: pd.DataFrame, theme: str, by: str = "author") -> pd.DataFrame:
    """The sentences coded with ``theme``, matched terms in bold: the evidence behind each count."""
    rows = []
    for rec in table.itertuples(index=False):
        spans = theme_spans(rec.text).get(theme)
        if spans:
            rows.append(
                {
                    by: getattr(rec, by),
                    "ref": f"{rec.doc_id[:3]}/{rec.sentence}",
                    "voice": rec.voice,
                    "sentence": highlight(rec.text, spans),
                }
            )
    return pd.DataFrame(rows, columns=[by, "ref", "voice", "sentence"])


def markdown_table(frame: pd.DataFrame) -> str:
    """A plain Markdown table (GitHub renders it; bold marks inside cells survive)."""
    header = "| " + " | ".join(map(str, frame.columns)) + " |"
    rule = "|" + "---|" * len(frame.columns)
    body = ["| " + " | ".join(str(v).replace("|", "\\|") for v in row) + " |" for row in frame.itertuples(index=False)]
    return "\n".join([header, rule, *body])


def mean_intervals(table: pd.DataFrame, value: str, by: str = "author") -> pd.DataFrame:
    """Mean of ``value`` per group of ``by`` with its percentile-bootstrap 95% interval.

    Columns: group, estimate, low, high, n (the layout :func:`helpers.charts.strip_with_interval` reads).
    """
    rows = []
    for group, g in _groups(table, by):
        ci = bootstrap_ci(g[value].to_numpy(dtype=float), n_boot=N_BOOT, seed=SEED)
        rows.append({"group": group, "estimate": ci.estimate, "low": ci.low, "high": ci.high, "n": ci.n})
    return pd.DataFrame(rows, columns=["group", "estimate", "low", "high", "n"])
