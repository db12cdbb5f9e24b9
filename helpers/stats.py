"""Small, pure statistics for comparing three articles of about 150 sentences in all.

Samples this small need honest uncertainty: bootstrap intervals for shares and means, permutation
tests with effect sizes for differences, log-likelihood and log ratio for words, agreement scores
for hand coding. Random functions take ``seed`` and use ``numpy.random.default_rng(seed)``, so
the same inputs and seed give identical outputs. Nothing here prints, plots or touches files.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from numpy.typing import ArrayLike
from scipy.stats import chi2, rankdata

_PRF_COLUMNS = ["label", "precision", "recall", "f1", "support", "tp", "fp", "fn"]
_STATISTICS: dict[str, Callable[..., np.ndarray]] = {"mean": np.mean, "median": np.median}


@dataclass(frozen=True)
class Interval:
    """A point estimate with a percentile bootstrap interval at ``level`` from ``n`` items."""

    estimate: float
    low: float
    high: float
    level: float
    n: int


@dataclass(frozen=True)
class PermutationResult:
    """A two-group comparison: observed difference (a minus b), p-value and two effect sizes."""

    difference: float
    p_value: float
    cohens_d: float
    cliffs_delta: float
    n_a: int
    n_b: int
    n_perm: int


@dataclass(frozen=True)
class Keyness:
    """How strongly a word's frequency differs between two corpora (G², log2 ratio, p-value)."""

    g2: float
    log_ratio: float
    p_value: float


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 of one binary label, with the counts they come from."""

    precision: float
    recall: float
    f1: float
    support: int
    tp: int
    fp: int
    fn: int


@dataclass(frozen=True, eq=False)
class ClassReport:
    """Single-label classification scores; ``eq=False`` because DataFrames do not compare to a bool."""

    accuracy: float
    macro_f1: float
    confusion: pd.DataFrame
    per_class: pd.DataFrame


def _check_resampling(n_items: int, n_boot: int, level: float) -> None:
    if n_items == 0:
        raise ValueError("cannot bootstrap an empty sample: pass at least one value")
    if n_boot < 1:
        raise ValueError(f"n_boot must be at least 1, got {n_boot}")
    if not 0.0 < level < 1.0:
        raise ValueError(f"level must be strictly between 0 and 1, got {level}")


def _interval(estimate: float, boot: np.ndarray, level: float, n: int) -> Interval:
    low, high = np.quantile(boot, [(1.0 - level) / 2.0, (1.0 + level) / 2.0])
    return Interval(float(estimate), float(low), float(high), level, n)


def bootstrap_ci(
    values: ArrayLike,
    statistic: Callable[[np.ndarray], float] = np.mean,
    *,
    n_boot: int = 2000,
    level: float = 0.95,
    seed: int = 0,
) -> Interval:
    """Percentile bootstrap interval for ``statistic`` of one sample, resampling items with replacement.

    Why: per-article samples are small and often skewed, so a resampling interval is safer than a
    normal-theory one. ``values`` must be finite; the estimate is the statistic on the full sample.
    """
    data = np.asarray(values, dtype=float).ravel()
    _check_resampling(data.size, n_boot, level)
    if not np.all(np.isfinite(data)):
        raise ValueError("values must be finite: drop NaN and infinite values before bootstrapping")
    idx = np.random.default_rng(seed).integers(0, data.size, size=(n_boot, data.size))
    boot = np.array([statistic(data[row]) for row in idx], dtype=float)
    return _interval(statistic(data), boot, level, data.size)


def bootstrap_share_ci(
    flags: ArrayLike,
    *,
    weights: ArrayLike | None = None,
    n_boot: int = 2000,
    level: float = 0.95,
    seed: int = 0,
) -> Interval:
    """Bootstrap interval for the share of True among ``flags``, resampling sentences.

    Why: "how often does an article do X" is the commonest question here. ``flags`` are bool or 0/1.
    Without ``weights`` the statistic is the share of flagged items (0 to 1); with ``weights`` (e.g.
    word counts, all positive) it is the rate per 1,000 weight units, ``1000 * sum(flags) /
    sum(weights)``, recomputed on each resample so each sentence keeps its flag and its length.
    """
    f = np.asarray(flags).ravel()
    _check_resampling(f.size, n_boot, level)
    if not np.isin(f, [0, 1]).all():
        raise ValueError("flags must be boolean or 0/1")
    f = f.astype(float)
    scale = 1.0 if weights is None else 1000.0
    w = np.ones_like(f) if weights is None else np.asarray(weights, dtype=float).ravel()
    if w.size != f.size:
        raise ValueError(f"weights must have the same length as flags ({w.size} != {f.size})")
    if not (np.all(np.isfinite(w)) and np.all(w > 0)):
        raise ValueError("weights must be finite and positive (e.g. a word count of at least 1)")
    idx = np.random.default_rng(seed).integers(0, f.size, size=(n_boot, f.size))
    boot = scale * f[idx].sum(axis=1) / w[idx].sum(axis=1)
    return _interval(scale * f.sum() / w.sum(), boot, level, f.size)


def permutation_test(
    a: ArrayLike, b: ArrayLike, *, statistic: str = "mean", n_perm: int = 5000, seed: int = 0
) -> PermutationResult:
    """Two-sided permutation test of ``statistic(a) - statistic(b)`` by shuffling group labels.

    Why: it assumes no distribution, which matters with a few dozen sentences per article.
    ``statistic`` is "mean" or "median". p = (count + 1) / (n_perm + 1), never 0, counting shuffles
    with |difference| >= the observed one. Cohen's d (difference in means over the pooled SD) is nan
    if the pooled SD is 0; Cliff's delta is P(a > b) - P(a < b).
    """
    x, y = np.asarray(a, dtype=float).ravel(), np.asarray(b, dtype=float).ravel()
    if x.size == 0 or y.size == 0:
        raise ValueError("both groups need at least one value; got an empty group")
    if statistic not in _STATISTICS:
        raise ValueError(f"statistic must be one of {sorted(_STATISTICS)}, got {statistic!r}")
    if n_perm < 1:
        raise ValueError(f"n_perm must be at least 1, got {n_perm}")
    stat = _STATISTICS[statistic]
    observed = float(stat(x) - stat(y))
    pooled = np.concatenate([x, y])
    rng = np.random.default_rng(seed)
    threshold = abs(observed) - 1e-12 * max(1.0, abs(observed))  # tolerate rounding in sums
    count = 0
    for start in range(0, n_perm, 1000):  # chunks keep memory bounded for long inputs
        shuffled = rng.permuted(np.tile(pooled, (min(1000, n_perm - start), 1)), axis=1)
        diffs = stat(shuffled[:, : x.size], axis=1) - stat(shuffled[:, x.size :], axis=1)
        count += int(np.count_nonzero(np.abs(diffs) >= threshold))
    dof = x.size + y.size - 2  # pooled variance = within-group sum of squares / (n_a + n_b - 2)
    squares = float(((x - x.mean()) ** 2).sum() + ((y - y.mean()) ** 2).sum())
    pooled_sd = math.sqrt(squares / dof) if dof > 0 else 0.0
    d = float((x.mean() - y.mean()) / pooled_sd) if pooled_sd > 0 else math.nan
    cliff = float(np.sign(x[:, None] - y[None, :]).mean())
    return PermutationResult(observed, (count + 1) / (n_perm + 1), d, cliff, x.size, y.size, n_perm)


def log_likelihood(count_a: int, total_a: int, count_b: int, total_b: int) -> Keyness:
    """Dunning/Rayson log-likelihood G² and Hardie's log ratio for one word in corpus A vs B.

    Why: G² says whether a frequency difference is more than chance, the log ratio how big it is
    (1 = twice as frequent in A). G² is the 2-cell form of Rayson & Garside (2000), ``2 * sum(O *
    ln(O / E))`` with O = 0 terms counted as 0, and is unsigned: the direction is the sign of
    ``log_ratio = log2((count_a / total_a) / (count_b / total_b))``, zero counts replaced by 0.5.
    ``p_value`` is the chi-squared (1 df) survival of G².
    """
    for count, total in ((count_a, total_a), (count_b, total_b)):
        if total <= 0:
            raise ValueError(f"corpus total must be positive, got {total}")
        if not 0 <= count <= total:
            raise ValueError(f"count must be between 0 and its corpus total {total}, got {count}")
    pooled = (count_a + count_b) / (total_a + total_b)
    g2 = 0.0
    for observed, total in ((count_a, total_a), (count_b, total_b)):
        if observed > 0:
            g2 += observed * math.log(observed / (total * pooled))
    g2 = max(0.0, 2.0 * g2)  # clamp rounding noise when the rates are equal
    log_ratio = math.log2((max(count_a, 0.5) / total_a) / (max(count_b, 0.5) / total_b))
    return Keyness(g2, log_ratio, float(chi2.sf(g2, 1)))


def keyness_table(tokens_a: Sequence[str], tokens_b: Sequence[str], *, min_count: int = 3) -> pd.DataFrame:
    """Keyness of every word occurring at least ``min_count`` times in A or in B.

    Why: it lists the words that set one article apart from another. Tokens are compared as given
    (lower-case them first if case should not matter); totals are the token counts of each side.
    Columns: word, count_a, count_b, g2, log_ratio, p_value; sorted by g2 descending, then word.
    """
    if len(tokens_a) == 0 or len(tokens_b) == 0:
        raise ValueError("both token sequences must be non-empty to compare frequencies")
    counts_a, counts_b = Counter(tokens_a), Counter(tokens_b)
    rows = []
    for word in set(counts_a) | set(counts_b):
        ca, cb = counts_a[word], counts_b[word]
        if ca >= min_count or cb >= min_count:
            k = log_likelihood(ca, len(tokens_a), cb, len(tokens_b))
            rows.append((word, ca, cb, k.g2, k.log_ratio, k.p_value))
    table = pd.DataFrame(rows, columns=["word", "count_a", "count_b", "g2", "log_ratio", "p_value"])
    table = table.astype({"count_a": "int64", "count_b": "int64", "g2": float, "log_ratio": float})
    table["p_value"] = table["p_value"].astype(float)
    table = table.sort_values(["g2", "word"], ascending=[False, True], kind="mergesort")
    return table.reset_index(drop=True)


def _paired(a: Sequence, b: Sequence, what: str) -> None:
    if len(a) != len(b):
        raise ValueError(f"{what} must have the same length ({len(a)} != {len(b)})")
    if len(a) == 0:
        raise ValueError(f"{what} are empty: nothing to compare")


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """Cohen's kappa for two coders' nominal labels of the same items (any hashable labels).

    Why: raw agreement flatters coders when one label dominates; kappa discounts chance agreement.
    Returns nan when chance agreement is 1, i.e. both coders use one single identical label
    throughout: kappa is then undefined (0/0).
    """
    _paired(a, b, "the two codings")
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    freq_a, freq_b = Counter(a), Counter(b)
    expected = sum(freq_a[k] * freq_b[k] for k in freq_a) / n**2
    if expected >= 1.0:
        return math.nan
    return (observed - expected) / (1.0 - expected)


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def krippendorff_alpha_nominal(codings: Sequence[Sequence[Hashable | None]]) -> float:
    """Krippendorff's alpha for nominal labels: one sequence per coder over the same units.

    Why: unlike kappa it takes any number of coders and missing codes (``None`` or float NaN).
    Units with fewer than two codes are not pairable and are ignored. Returns nan when every
    pairable code is the same value (no variation: alpha is undefined).
    """
    if len(codings) < 2:
        raise ValueError("alpha needs at least two coders")
    n_units = len(codings[0])
    if any(len(c) != n_units for c in codings):
        raise ValueError("every coder must cover the same number of units")
    # A unit with m codes, n_c of them value c, adds n_c * n_k / (m - 1) to the coincidence o_ck
    # (c != k) and n_c to the marginal n_c; alpha = 1 - sum_{c!=k} o_ck / sum_{c!=k} n_c n_k / (n-1).
    totals: Counter[Hashable] = Counter()
    disagree = 0.0
    for unit in zip(*codings, strict=True):
        counts = Counter(v for v in unit if not _missing(v))
        m = counts.total()
        if m >= 2:
            totals.update(counts)
            disagree += (m * m - sum(c * c for c in counts.values())) / (m - 1)
    if not totals:
        raise ValueError("no pairable unit: alpha needs units coded by at least two coders")
    n = totals.total()
    expected = (n * n - sum(t * t for t in totals.values())) / (n - 1)
    if expected <= 1e-12:
        return math.nan
    return 1.0 - disagree / expected


def _binary(values: Sequence, what: str) -> np.ndarray:
    arr = np.asarray(values).ravel()
    if not np.isin(arr, [0, 1]).all():
        raise ValueError(f"{what} must be boolean or 0/1")
    return arr.astype(bool)


def precision_recall_f1(gold: Sequence, predicted: Sequence) -> PRF:
    """Precision, recall and F1 for binary 0/1 (or bool) labels.

    Why: a coding rule is judged by what it finds (recall) and what it wrongly claims (precision).
    A 0/0 precision or recall is 1.0 when neither gold nor predicted has a positive (nothing to
    find, nothing claimed) and 0.0 otherwise; F1 is 0 when precision + recall is 0.
    """
    _paired(gold, predicted, "gold and predicted")
    g, p = _binary(gold, "gold"), _binary(predicted, "predicted")
    tp, fp, fn = int(np.sum(g & p)), int(np.sum(~g & p)), int(np.sum(g & ~p))
    empty = 1.0 if tp + fp + fn == 0 else 0.0
    precision = tp / (tp + fp) if tp + fp else empty
    recall = tp / (tp + fn) if tp + fn else empty
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1, tp + fn, tp, fp, fn)


def _prf_rows(pairs: Sequence[tuple[str, PRF]]) -> pd.DataFrame:
    rows = [(label, s.precision, s.recall, s.f1, s.support, s.tp, s.fp, s.fn) for label, s in pairs]
    return pd.DataFrame(rows, columns=_PRF_COLUMNS)


def multilabel_scores(gold: pd.DataFrame, predicted: pd.DataFrame, labels: Sequence[str]) -> pd.DataFrame:
    """Per-label precision, recall and F1 for one 0/1 column per label, plus a "macro" row.

    Why: a sentence may carry several themes, each scored as its own binary decision. Rows must
    be in the same order in both frames. The macro row holds the unweighted means of precision,
    recall and F1 and the summed support, tp, fp and fn.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"gold and predicted must have the same rows ({len(gold)} != {len(predicted)})")
    for name, frame in (("gold", gold), ("predicted", predicted)):
        missing = [lab for lab in labels if lab not in frame.columns]
        if missing:
            raise ValueError(f"{name} is missing label columns {missing}")
    table = _prf_rows([(lab, precision_recall_f1(gold[lab], predicted[lab])) for lab in labels])
    macro = {col: table[col].mean() for col in ("precision", "recall", "f1")}
    macro |= {col: int(table[col].sum()) for col in ("support", "tp", "fp", "fn")}
    return pd.concat([table, pd.DataFrame([{"label": "macro", **macro}])], ignore_index=True)


def classification_report(
    gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]
) -> ClassReport:
    """Accuracy, macro F1, confusion matrix and per-class scores for single-label classes.

    Why: one place to judge e.g. a tone classifier against hand coding. ``confusion``: gold rows,
    predicted columns, in ``labels`` order. Per-class scores are one-versus-rest by
    :func:`precision_recall_f1`, so a label used by neither side scores 1.0 and counts in the
    macro mean: leave it out of ``labels`` if it should not.
    """
    _paired(gold, predicted, "gold and predicted")
    labels = list(labels)  # a pandas Series would test `in` against its index, not its values
    unknown = sorted({str(v) for v in (*gold, *predicted) if v not in labels})
    if unknown:
        raise ValueError(f"values not in labels: {unknown}")
    pairs = Counter(zip(gold, predicted, strict=True))
    confusion = pd.DataFrame(
        [[pairs[(g, p)] for p in labels] for g in labels],
        index=pd.Index(labels, name="gold"),
        columns=pd.Index(labels, name="predicted"),
    )
    g, p = np.asarray(gold, dtype=object), np.asarray(predicted, dtype=object)
    per_class = _prf_rows([(lab, precision_recall_f1(g == lab, p == lab)) for lab in labels])
    accuracy = float(np.mean(g == p))
    return ClassReport(accuracy, float(per_class["f1"].mean()), confusion, per_class)


def majority_baseline(gold: Sequence[str], labels: Sequence[str]) -> ClassReport:
    """The report for always predicting the most frequent gold class (ties: first in ``labels``).

    Why: a classifier is only worth reporting if it beats this.
    """
    counts = Counter(gold)
    majority = max(labels, key=lambda lab: counts[lab])  # max keeps the first of tied labels
    return classification_report(gold, [majority] * len(gold), labels)


def spearman(x: ArrayLike, y: ArrayLike) -> float:
    """Spearman rank correlation (average ranks for ties); nan if either side is constant.

    Why: scores from different tools live on different scales, so only their order is compared.
    """
    a, b = np.asarray(x, dtype=float).ravel(), np.asarray(y, dtype=float).ravel()
    _paired(a, b, "x and y")
    ra, rb = rankdata(a) - (a.size + 1) / 2, rankdata(b) - (b.size + 1) / 2
    denom = math.sqrt(float(ra @ ra) * float(rb @ rb))
    return float(ra @ rb / denom) if denom > 0 else math.nan


def sign_agreement(x: ArrayLike, y: ArrayLike, *, tol: float = 0.0) -> float:
    """Share of items where sign(x) == sign(y), treating ``|v| <= tol`` as 0.

    Why: two sentiment tools may disagree on size yet agree on direction, which is what framing needs.
    """
    if tol < 0:
        raise ValueError(f"tol must be non-negative, got {tol}")
    a, b = np.asarray(x, dtype=float).ravel(), np.asarray(y, dtype=float).ravel()
    _paired(a, b, "x and y")
    sa, sb = (np.where(np.abs(v) <= tol, 0.0, np.sign(v)) for v in (a, b))
    return float(np.mean(sa == sb))


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm's step-down adjustment of ``p_values`` for multiple comparisons, in input order.

    Controls the family-wise error rate like Bonferroni but is uniformly more powerful; used when
    three analysts give three pairwise tests per measure.

    >>> holm([0.01, 0.04, 0.03])
    [0.03, 0.06, 0.06]
    """
    order = sorted(range(len(p_values)), key=lambda i: p_values[i])
    adjusted = [0.0] * len(p_values)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, (len(p_values) - rank) * p_values[i])
        adjusted[i] = min(1.0, running)
    return adjusted
