"""Tests for helpers.stats: every expected number below is worked out by hand in a comment."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats as sps

from helpers.stats import (
    ClassReport,
    Interval,
    Keyness,
    PermutationResult,
    bootstrap_ci,
    bootstrap_share_ci,
    classification_report,
    cohen_kappa,
    keyness_table,
    krippendorff_alpha_nominal,
    log_likelihood,
    majority_baseline,
    multilabel_scores,
    permutation_test,
    precision_recall_f1,
    sign_agreement,
    spearman,
)

# --------------------------------------------------------------------------- bootstrap_ci


def test_bootstrap_ci_is_a_frozen_record_with_full_sample_estimate():
    result = bootstrap_ci([1.0, 2.0, 3.0, 4.0], seed=1)
    assert isinstance(result, Interval)
    assert result.estimate == 2.5
    assert result.n == 4
    assert result.level == 0.95
    assert result.low <= result.estimate <= result.high
    # A resample never leaves the range of the data.
    assert result.low >= 1.0 and result.high <= 4.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.low = 0.0  # type: ignore[misc]


def test_bootstrap_ci_same_seed_identical_different_seed_same_estimate():
    values = np.random.default_rng(42).normal(size=50)
    first = bootstrap_ci(values, seed=7)
    again = bootstrap_ci(values, seed=7)
    other = bootstrap_ci(values, seed=8)
    assert first == again
    assert other.estimate == first.estimate
    assert (other.low, other.high) != (first.low, first.high)


def test_bootstrap_ci_of_identical_values_collapses():
    result = bootstrap_ci([0.1] * 7, seed=3)
    assert result.low == result.high == result.estimate == pytest.approx(0.1)


def test_bootstrap_ci_covers_true_mean_of_200_normal_draws():
    values = np.random.default_rng(2024).normal(loc=5.0, scale=2.0, size=200)
    result = bootstrap_ci(values, seed=0)
    assert result.low < 5.0 < result.high
    # Normal theory: half-width ≈ 1.96 * 2 / sqrt(200) ≈ 0.277.
    assert (result.high - result.low) / 2 == pytest.approx(1.96 * 2 / math.sqrt(200), rel=0.2)


def test_bootstrap_ci_coverage_over_repeated_samples_is_near_nominal():
    # 100 samples of 60 exponential(1) draws; a 90% interval should cover the mean 1 in about
    # 90 of them (percentile intervals under-cover a little on skewed data).
    rng = np.random.default_rng(11)
    covered = 0
    for i in range(100):
        ci = bootstrap_ci(rng.exponential(1.0, size=60), n_boot=400, level=0.90, seed=i)
        covered += ci.low < 1.0 < ci.high
    assert 78 <= covered <= 97


def test_bootstrap_ci_custom_statistic_and_level():
    values = [1, 2, 3, 4, 100]
    result = bootstrap_ci(values, np.median, level=0.5, seed=0)
    assert result.estimate == 3.0
    assert result.level == 0.5
    wide = bootstrap_ci(values, np.median, level=0.99, seed=0)
    assert wide.low <= result.low and result.high <= wide.high


def test_bootstrap_ci_rejects_empty_and_bad_arguments():
    with pytest.raises(ValueError, match="empty"):
        bootstrap_ci([])
    with pytest.raises(ValueError, match="level"):
        bootstrap_ci([1.0, 2.0], level=1.0)
    with pytest.raises(ValueError, match="n_boot"):
        bootstrap_ci([1.0, 2.0], n_boot=0)
    with pytest.raises(ValueError, match="finite"):
        bootstrap_ci([1.0, float("nan")])


# --------------------------------------------------------------------------- bootstrap_share_ci


def test_share_ci_estimate_and_width_match_binomial_theory():
    flags = [True] * 30 + [False] * 70
    result = bootstrap_share_ci(flags, seed=0)
    assert result.estimate == 0.3
    assert result.n == 100
    # Binomial SE = sqrt(0.3 * 0.7 / 100) ≈ 0.0458, so the half-width should be ≈ 0.09.
    half = (result.high - result.low) / 2
    assert half == pytest.approx(1.96 * math.sqrt(0.3 * 0.7 / 100), abs=0.015)
    assert 0.0 <= result.low < 0.3 < result.high <= 1.0


def test_share_ci_with_weights_is_rate_per_thousand():
    # 2 flagged sentences in 10 + 20 + 30 + 40 = 100 words -> 1000 * 2 / 100 = 20 per 1,000 words.
    result = bootstrap_share_ci([True, False, True, False], weights=[10, 20, 30, 40], seed=0)
    assert result.estimate == 20.0
    # Extremes: resampling only the 10-word flagged sentence gives 100; only unflagged gives 0.
    assert 0.0 <= result.low <= 20.0 <= result.high <= 100.0


def test_share_ci_deterministic_and_accepts_zero_one():
    flags = np.array([1, 0, 0, 1, 1, 0, 0, 0, 1, 0])
    assert bootstrap_share_ci(flags, seed=5) == bootstrap_share_ci(flags.astype(bool), seed=5)
    all_false = bootstrap_share_ci([False] * 5)
    assert all_false.low == all_false.high == all_false.estimate == 0.0


def test_share_ci_rejects_bad_input():
    with pytest.raises(ValueError, match="empty"):
        bootstrap_share_ci([])
    with pytest.raises(ValueError, match="0/1"):
        bootstrap_share_ci([0, 2, 1])
    with pytest.raises(ValueError, match="same length"):
        bootstrap_share_ci([True, False], weights=[1])
    with pytest.raises(ValueError, match="positive"):
        bootstrap_share_ci([True, False], weights=[3, 0])


# --------------------------------------------------------------------------- permutation_test


def test_permutation_test_hand_checked_example():
    # a = 1,2,3 vs b = 4,5,6: difference -3. Of the C(6,3) = 20 equally likely splits only the two
    # extreme ones reach |diff| >= 3, so the exact p is 2/20 = 0.1. Both SDs are 1 -> pooled 1,
    # d = -3; every a is below every b -> Cliff's delta = -1.
    result = permutation_test([1, 2, 3], [4, 5, 6], seed=0)
    assert isinstance(result, PermutationResult)
    assert result.difference == -3.0
    assert result.p_value == pytest.approx(0.1, abs=0.015)
    assert result.cohens_d == pytest.approx(-3.0)
    assert result.cliffs_delta == -1.0
    assert (result.n_a, result.n_b, result.n_perm) == (3, 3, 5000)


def test_permutation_p_value_never_zero_and_one_for_identical_groups():
    far = permutation_test(range(20), range(100, 120), n_perm=99, seed=0)
    assert far.p_value == pytest.approx(1 / 100)
    same = permutation_test([2.0, 2.0, 2.0], [2.0, 2.0], n_perm=50, seed=0)
    assert same.difference == 0.0
    assert same.p_value == 1.0
    assert math.isnan(same.cohens_d)
    assert same.cliffs_delta == 0.0


def test_permutation_effect_sizes_by_hand():
    # a = 1,3,5 (mean 3, var 4), b = 2,2 (mean 2, var 0): pooled var = (2*4 + 1*0) / 3 = 8/3.
    # d = 1 / sqrt(8/3) ≈ 0.612. Pairs (a,b): 1<2 twice, 3>2 twice, 5>2 twice -> (4 - 2) / 6 = 1/3.
    result = permutation_test([1, 3, 5], [2, 2], n_perm=200, seed=1)
    assert result.difference == 1.0
    assert result.cohens_d == pytest.approx(1 / math.sqrt(8 / 3))
    assert result.cliffs_delta == pytest.approx(1 / 3)


def test_permutation_test_deterministic_and_median_option():
    rng = np.random.default_rng(0)
    a, b = rng.normal(0, 1, 30), rng.normal(0.5, 1, 40)
    assert permutation_test(a, b, seed=3) == permutation_test(a, b, seed=3)
    med = permutation_test([1, 2, 100], [0, 0, 0], statistic="median", n_perm=100, seed=0)
    assert med.difference == 2.0


def test_permutation_test_rejects_bad_input():
    with pytest.raises(ValueError, match="empty"):
        permutation_test([], [1.0])
    with pytest.raises(ValueError, match="statistic"):
        permutation_test([1.0], [2.0], statistic="mode")
    with pytest.raises(ValueError, match="n_perm"):
        permutation_test([1.0], [2.0], n_perm=0)


# --------------------------------------------------------------------------- log_likelihood


def test_log_likelihood_hand_computed():
    # 10 in 1,000 words vs 2 in 1,000 words: E = 1000 * 12 / 2000 = 6 in each corpus.
    # G2 = 2 * (10 ln(10/6) + 2 ln(2/6)) = 2 * (5.10826 - 2.19722) ≈ 5.8221.
    expected = 2 * (10 * math.log(10 / 6) + 2 * math.log(2 / 6))
    result = log_likelihood(10, 1000, 2, 1000)
    assert isinstance(result, Keyness)
    assert result.g2 == pytest.approx(expected)
    assert result.g2 == pytest.approx(5.8221, abs=1e-4)
    assert result.log_ratio == pytest.approx(math.log2(5))
    assert result.p_value == pytest.approx(sps.chi2.sf(expected, 1))
    assert 0.01 < result.p_value < 0.05  # 5.82 is between the 3.84 and 6.63 critical values


def test_log_likelihood_unequal_totals():
    # 5 in 100 vs 20 in 1,000: E_a = 100 * 25 / 1100, E_b = 1000 * 25 / 1100.
    e_a, e_b = 100 * 25 / 1100, 1000 * 25 / 1100
    expected = 2 * (5 * math.log(5 / e_a) + 20 * math.log(20 / e_b))
    result = log_likelihood(5, 100, 20, 1000)
    assert result.g2 == pytest.approx(expected)
    assert result.log_ratio == pytest.approx(math.log2(0.05 / 0.02))


def test_log_likelihood_symmetry_and_zero_cases():
    ab, ba = log_likelihood(7, 500, 3, 800), log_likelihood(3, 800, 7, 500)
    assert ab.g2 == pytest.approx(ba.g2)
    assert ab.log_ratio == pytest.approx(-ba.log_ratio)
    # Equal relative frequencies: no evidence of difference.
    even = log_likelihood(4, 1000, 8, 2000)
    assert even.g2 == pytest.approx(0.0, abs=1e-12)
    assert even.log_ratio == pytest.approx(0.0)
    assert even.p_value == pytest.approx(1.0)
    # Absent from both: G2 = 0, p = 1, log ratio log2(0.5/100 / (0.5/100)) = 0.
    none = log_likelihood(0, 100, 0, 100)
    assert (none.g2, none.log_ratio, none.p_value) == (0.0, 0.0, 1.0)
    # Absent from B: the 0 * ln 0 term counts 0, so with equal totals G2 = 2 * 6 * ln 2;
    # log ratio = log2(6 / 0.5) = log2(12).
    one_sided = log_likelihood(6, 1000, 0, 1000)
    assert one_sided.g2 == pytest.approx(12 * math.log(2))
    assert one_sided.log_ratio == pytest.approx(math.log2(12))


def test_log_likelihood_rejects_impossible_counts():
    with pytest.raises(ValueError, match="total"):
        log_likelihood(1, 0, 1, 10)
    with pytest.raises(ValueError, match="count"):
        log_likelihood(11, 10, 1, 10)
    with pytest.raises(ValueError, match="count"):
        log_likelihood(-1, 10, 1, 10)


# --------------------------------------------------------------------------- keyness_table


def test_keyness_table_filters_sorts_and_matches_log_likelihood():
    tokens_a = ["x"] * 5 + ["the"] * 5 + ["rare"] * 2 + ["z"] * 3
    tokens_b = ["y"] * 5 + ["the"] * 5 + ["rare"] * 2 + ["z"] * 3
    table = keyness_table(tokens_a, tokens_b, min_count=3)
    assert list(table.columns) == ["word", "count_a", "count_b", "g2", "log_ratio", "p_value"]
    # "rare" (2 and 2) falls below min_count; x and y tie on G2 and are ordered by word.
    assert list(table["word"]) == ["x", "y", "the", "z"]
    assert table["g2"].is_monotonic_decreasing
    row = table.set_index("word").loc["x"]
    expected = log_likelihood(5, 15, 0, 15)
    assert (row["count_a"], row["count_b"]) == (5, 0)
    assert row["g2"] == pytest.approx(expected.g2)
    assert row["log_ratio"] == pytest.approx(expected.log_ratio)
    assert row["p_value"] == pytest.approx(expected.p_value)
    assert table.set_index("word").loc["y", "log_ratio"] == pytest.approx(-expected.log_ratio)
    # "the" (5 vs 5) and "z" (3 vs 3) both have G2 = 0: the tie is broken alphabetically.
    assert list(table.index) == [0, 1, 2, 3]


def test_keyness_table_min_count_one_keeps_everything_and_empty_raises():
    table = keyness_table(["a", "b"], ["b", "c"], min_count=1)
    assert sorted(table["word"]) == ["a", "b", "c"]
    assert keyness_table(["a"], ["b"], min_count=5).empty
    with pytest.raises(ValueError, match="empty"):
        keyness_table([], ["a"])


# --------------------------------------------------------------------------- cohen_kappa


def test_cohen_kappa_textbook_table():
    # 2x2 table: yes/yes 20, yes/no 5, no/yes 10, no/no 15 (n = 50).
    # p_o = 35/50 = 0.7; A says yes 25/50, B says yes 30/50 -> p_e = 0.5*0.6 + 0.5*0.4 = 0.5.
    # kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4.
    a = ["yes"] * 20 + ["yes"] * 5 + ["no"] * 10 + ["no"] * 15
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)
    assert cohen_kappa(b, a) == pytest.approx(0.4)


def test_cohen_kappa_perfect_undefined_and_errors():
    assert cohen_kappa([1, 2, 3, 1], [1, 2, 3, 1]) == 1.0
    assert cohen_kappa([("a", 1), "b"], [("a", 1), "b"]) == 1.0  # any hashable labels
    assert math.isnan(cohen_kappa(["x"] * 4, ["x"] * 4))
    with pytest.raises(ValueError, match="same length"):
        cohen_kappa([1, 2], [1])
    with pytest.raises(ValueError, match="empty"):
        cohen_kappa([], [])


# --------------------------------------------------------------------------- krippendorff


def test_alpha_perfect_agreement_with_missing_values():
    codings = [["a", "b", None, "c"], ["a", "b", "b", "c"], [None, "b", "b", "c"]]
    assert krippendorff_alpha_nominal(codings) == 1.0


def test_alpha_small_hand_checked_example():
    # Units: (a,a) (a,b) (b,b) (b,b) (None,a). The last unit has one value and is not pairable.
    # Coincidences (each unit's ordered pairs divided by m_u - 1 = 1):
    #        a  b
    #   a    2  1      n_a = 3
    #   b    1  4      n_b = 5      n = 8
    # alpha = 1 - (n - 1) * (o_ab + o_ba) / (n_a n_b + n_b n_a) = 1 - 7 * 2 / 30 = 16/30.
    codings = [["a", "a", "b", "b", None], ["a", "b", "b", "b", "a"]]
    assert krippendorff_alpha_nominal(codings) == pytest.approx(16 / 30)


def test_alpha_matches_krippendorffs_published_example():
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 coders, 12 units,
    # nominal alpha = 0.743.
    n = None
    codings = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
        [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n],
    ]
    assert krippendorff_alpha_nominal(codings) == pytest.approx(0.743, abs=5e-4)


def test_alpha_at_chance_is_near_zero_and_agrees_with_kappa_scale():
    rng = np.random.default_rng(0)
    labels = np.array(["pos", "neg", "neu"])
    a = list(rng.choice(labels, size=3000))
    b = list(rng.choice(labels, size=3000))
    assert krippendorff_alpha_nominal([a, b]) == pytest.approx(0.0, abs=0.04)
    # Float NaN counts as missing, like None.
    assert krippendorff_alpha_nominal([["x", "y", float("nan")], ["x", "y", "x"]]) == 1.0


def test_alpha_undefined_and_errors():
    assert math.isnan(krippendorff_alpha_nominal([["a", "a"], ["a", "a"]]))
    with pytest.raises(ValueError, match="pairable"):
        krippendorff_alpha_nominal([["a", None], [None, "b"]])
    with pytest.raises(ValueError, match="same number of units"):
        krippendorff_alpha_nominal([["a", "b"], ["a"]])
    with pytest.raises(ValueError, match="two coders"):
        krippendorff_alpha_nominal([["a", "b"]])


# --------------------------------------------------------------------------- precision_recall_f1


def test_prf_hand_checked():
    # gold 1,1,0,0,1 vs predicted 1,0,1,0,1: tp 2, fp 1, fn 1 -> P = R = F1 = 2/3, support 3.
    result = precision_recall_f1([1, 1, 0, 0, 1], [1, 0, 1, 0, 1])
    assert (result.tp, result.fp, result.fn, result.support) == (2, 1, 1, 3)
    assert result.precision == pytest.approx(2 / 3)
    assert result.recall == pytest.approx(2 / 3)
    assert result.f1 == pytest.approx(2 / 3)
    bools = precision_recall_f1([True, True, False], [True, False, False])
    assert (bools.precision, bools.recall, bools.f1) == (1.0, 0.5, pytest.approx(2 / 3))


def test_prf_zero_division_conventions():
    nothing = precision_recall_f1([0, 0, 0], [0, 0, 0])  # nothing to find, nothing claimed
    assert (nothing.precision, nothing.recall, nothing.f1) == (1.0, 1.0, 1.0)
    missed = precision_recall_f1([1, 0, 0], [0, 0, 0])  # claimed nothing, missed one
    assert (missed.precision, missed.recall, missed.f1) == (0.0, 0.0, 0.0)
    false_alarm = precision_recall_f1([0, 0, 0], [0, 1, 0])  # nothing to find, claimed one
    assert (false_alarm.precision, false_alarm.recall, false_alarm.f1) == (0.0, 0.0, 0.0)


def test_prf_rejects_bad_input():
    with pytest.raises(ValueError, match="same length"):
        precision_recall_f1([1, 0], [1])
    with pytest.raises(ValueError, match="0/1"):
        precision_recall_f1([1, 2], [1, 0])
    with pytest.raises(ValueError, match="empty"):
        precision_recall_f1([], [])


# --------------------------------------------------------------------------- multilabel_scores


def test_multilabel_scores_with_macro_row():
    gold = pd.DataFrame({"war": [1, 0, 1, 0], "trade": [0, 0, 0, 0], "extra": [1, 1, 1, 1]})
    pred = pd.DataFrame({"war": [1, 1, 0, 0], "trade": [0, 0, 0, 0]})
    table = multilabel_scores(gold, pred, ["war", "trade"])
    assert list(table.columns) == ["label", "precision", "recall", "f1", "support", "tp", "fp", "fn"]
    assert list(table["label"]) == ["war", "trade", "macro"]
    war = table.iloc[0]
    assert (war["precision"], war["recall"], war["f1"]) == (0.5, 0.5, 0.5)
    trade = table.iloc[1]
    assert (trade["precision"], trade["recall"], trade["f1"]) == (1.0, 1.0, 1.0)
    macro = table.iloc[2]
    assert (macro["precision"], macro["recall"], macro["f1"]) == (0.75, 0.75, 0.75)
    assert (macro["support"], macro["tp"], macro["fp"], macro["fn"]) == (2, 1, 1, 1)


def test_multilabel_scores_rejects_mismatch():
    gold = pd.DataFrame({"war": [1, 0]})
    with pytest.raises(ValueError, match="rows"):
        multilabel_scores(gold, pd.DataFrame({"war": [1]}), ["war"])
    with pytest.raises(ValueError, match="missing"):
        multilabel_scores(gold, pd.DataFrame({"peace": [1, 0]}), ["war"])


# --------------------------------------------------------------------------- classification


LABELS = ["pos", "neg", "neu"]


def test_classification_report_hand_checked():
    gold = ["pos", "pos", "neg", "neg", "neu", "neu"]
    pred = ["pos", "neg", "neg", "neg", "neu", "pos"]
    report = classification_report(gold, pred, LABELS)
    assert isinstance(report, ClassReport)
    assert report.accuracy == pytest.approx(4 / 6)
    expected = pd.DataFrame(
        [[1, 1, 0], [0, 2, 0], [1, 0, 1]],
        index=pd.Index(LABELS, name="gold"),
        columns=pd.Index(LABELS, name="predicted"),
    )
    pd.testing.assert_frame_equal(report.confusion, expected, check_dtype=False)
    # pos: tp 1 fp 1 fn 1 -> F1 0.5; neg: tp 2 fp 1 fn 0 -> P 2/3 R 1 F1 0.8;
    # neu: tp 1 fp 0 fn 1 -> P 1 R 0.5 F1 2/3. Macro F1 = (0.5 + 0.8 + 2/3) / 3.
    per = report.per_class.set_index("label")
    assert list(per.index) == LABELS
    assert per["f1"].tolist() == pytest.approx([0.5, 0.8, 2 / 3])
    assert per["support"].tolist() == [2, 2, 2]
    assert report.macro_f1 == pytest.approx((0.5 + 0.8 + 2 / 3) / 3)


def test_classification_report_label_absent_everywhere_scores_one():
    # "neu" is neither in gold nor predicted: by the precision_recall_f1 convention it scores 1.0
    # and counts in the macro mean (documented; drop it from labels to exclude it).
    report = classification_report(["pos", "neg"], ["pos", "pos"], LABELS)
    per = report.per_class.set_index("label")
    assert per.loc["neu", "f1"] == 1.0
    # pos: P 1/2 R 1 F1 2/3; neg: 0.
    assert report.macro_f1 == pytest.approx((2 / 3 + 0.0 + 1.0) / 3)


def test_classification_report_rejects_unknown_labels_and_mismatch():
    with pytest.raises(ValueError, match="not in labels"):
        classification_report(["pos", "meh"], ["pos", "pos"], LABELS)
    with pytest.raises(ValueError, match="same length"):
        classification_report(["pos"], ["pos", "neg"], LABELS)


def test_majority_baseline_breaks_ties_by_label_order():
    # neg and pos both occur twice; pos comes first in LABELS, so the baseline always says pos.
    # accuracy 2/5; pos: P 2/5 R 1 F1 4/7; neg and neu occur in gold but are never predicted -> 0.
    gold = ["neg", "neg", "pos", "pos", "neu"]
    report = majority_baseline(gold, LABELS)
    assert report.accuracy == pytest.approx(0.4)
    per = report.per_class.set_index("label")
    assert per.loc["pos", "f1"] == pytest.approx(4 / 7)
    assert per.loc["neg", "f1"] == 0.0
    assert per.loc["neu", "f1"] == 0.0
    assert report.macro_f1 == pytest.approx((4 / 7) / 3)
    assert report.confusion["pos"].tolist() == [2, 2, 1]
    assert majority_baseline(["neu", "neg", "neu"], LABELS).confusion["neu"].sum() == 3


# --------------------------------------------------------------------------- spearman / signs


def test_spearman_values():
    assert spearman([1, 2, 3, 4], [1, 8, 27, 64]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    x, y = [1, 2, 3, 4, 5], [5, 6, 7, 8, 7]
    assert spearman(x, y) == pytest.approx(sps.spearmanr(x, y).statistic)
    assert math.isnan(spearman([1, 2, 3], [5, 5, 5]))
    with pytest.raises(ValueError, match="same length"):
        spearman([1, 2], [1, 2, 3])


def test_sign_agreement_with_tolerance():
    x, y = [1.0, -1.0, 0.05, 2.0], [3.0, 1.0, -0.02, 0.0]
    # tol 0: signs (+,-,+,+) vs (+,+,-,0) -> 1 of 4 agree.
    assert sign_agreement(x, y) == 0.25
    # tol 0.1: (+,-,0,+) vs (+,+,0,0) -> items 1 and 3 agree.
    assert sign_agreement(x, y, tol=0.1) == 0.5
    with pytest.raises(ValueError, match="empty"):
        sign_agreement([], [])
    with pytest.raises(ValueError, match="tol"):
        sign_agreement([1.0], [1.0], tol=-1.0)


def test_holm_adjustment_by_hand() -> None:
    from helpers.stats import holm

    # sorted: 0.01*3 = 0.03; 0.03*2 = 0.06; 0.04*1 = 0.04 -> running max 0.06
    assert holm([0.01, 0.04, 0.03]) == pytest.approx([0.03, 0.06, 0.06])
    assert holm([0.5, 0.9]) == [1.0, 1.0]
    assert holm([]) == []
