"""Resampling helpers: bootstrap CIs, permutation tests, Holm, Cohen's kappa on known answers."""
from __future__ import annotations

import math

import numpy as np
import pytest

from analysis import stats
from analysis.stats import (
    bootstrap_diff_ci,
    bootstrap_mean_ci,
    bootstrap_means,
    cohen_kappa,
    holm,
    permutation_test,
)


def test_bootstrap_ci_contains_mean_and_is_deterministic():
    x = [0.1, -0.3, 0.5, 0.2, 0.0, 0.7, -0.1, 0.4]
    lo, hi = bootstrap_mean_ci(x, n_boot=2000, seed=0)
    assert lo < np.mean(x) < hi
    assert (lo, hi) == bootstrap_mean_ci(x, n_boot=2000, seed=0)
    assert (lo, hi) != bootstrap_mean_ci(x, n_boot=2000, seed=1)
    # a wider confidence level gives a wider interval
    lo99, hi99 = bootstrap_mean_ci(x, n_boot=2000, ci=0.99, seed=0)
    assert lo99 <= lo and hi <= hi99
    # the interval lies within the range of the data
    assert min(x) <= lo and hi <= max(x)


def test_bootstrap_ci_edge_cases():
    assert bootstrap_mean_ci([0.4, 0.4, 0.4]) == pytest.approx((0.4, 0.4))
    assert bootstrap_mean_ci([0.25]) == (0.25, 0.25)
    lo, hi = bootstrap_mean_ci([])
    assert math.isnan(lo) and math.isnan(hi)
    # NaNs are dropped, not propagated
    assert bootstrap_mean_ci([1.0, float("nan"), 1.0]) == (1.0, 1.0)
    with pytest.raises(ValueError, match="ci"):
        bootstrap_mean_ci([1.0, 2.0], ci=95)


def test_bootstrap_ci_width_matches_normal_theory():
    rng = np.random.default_rng(42)
    x = rng.normal(0.0, 1.0, size=400)
    lo, hi = bootstrap_mean_ci(x, n_boot=4000, seed=3)
    se = x.std(ddof=1) / math.sqrt(x.size)
    assert hi - lo == pytest.approx(2 * 1.96 * se, rel=0.1)


def test_bootstrap_blocks_give_the_same_shape_on_large_input(monkeypatch):
    monkeypatch.setattr(stats, "_BLOCK_VALUES", 1000)  # force many blocks
    x = np.arange(500, dtype=float)
    means = bootstrap_means(x, n_boot=37, seed=0)
    assert means.shape == (37,)
    assert np.all((means >= 0) & (means <= 499))


def test_bootstrap_diff_ci():
    a = [1.0, 1.1, 0.9, 1.2, 0.8, 1.0]
    b = [0.0, 0.1, -0.1, 0.05, -0.05, 0.0]
    lo, hi = bootstrap_diff_ci(a, b, seed=0)
    assert 0.0 < lo < 1.0 < hi
    lo0, hi0 = bootstrap_diff_ci(a, a, seed=0)
    assert lo0 < 0.0 < hi0
    assert all(math.isnan(v) for v in bootstrap_diff_ci(a, [], seed=0))


def test_permutation_identical_groups_give_p_one():
    a = [0.1, 0.2, 0.3, 0.4]
    assert permutation_test(a, list(a), n_perm=999, seed=0) == 1.0
    assert permutation_test([1.0] * 5, [1.0] * 7, n_perm=99) == 1.0


def test_permutation_very_different_groups_give_minimum_p():
    p = permutation_test([0.0] * 20, [1.0] * 20, n_perm=999, seed=0)
    assert p == pytest.approx(1 / 1000)


def test_permutation_matches_exact_enumeration():
    # the 20 ways to choose 3 of 6: only {1,2,3} and {4,5,6} are as extreme as observed
    p = permutation_test([1, 2, 3], [4, 5, 6], n_perm=20000, seed=0)
    assert p == pytest.approx(2 / 20, abs=0.01)
    p_less = permutation_test([1, 2, 3], [4, 5, 6], n_perm=20000, seed=0, alternative="less")
    assert p_less == pytest.approx(1 / 20, abs=0.008)
    p_greater = permutation_test([1, 2, 3], [4, 5, 6], n_perm=2000, seed=0, alternative="greater")
    assert p_greater > 0.9


def test_permutation_is_deterministic_and_validates():
    a, b = [0.1, 0.5, 0.3, 0.9], [0.2, 0.4, 0.0]
    assert permutation_test(a, b, seed=5) == permutation_test(a, b, seed=5)
    assert math.isnan(permutation_test([], b))
    with pytest.raises(ValueError, match="alternative"):
        permutation_test(a, b, alternative="bigger")


def test_holm():
    assert holm([0.01, 0.04, 0.03]).round(6).tolist() == [0.03, 0.06, 0.06]
    out = holm([0.5, float("nan"), 0.01])
    assert out[0] == pytest.approx(0.5) and math.isnan(out[1]) and out[2] == pytest.approx(0.02)
    assert holm([0.6, 0.9]).tolist() == [1.0, 1.0]  # capped at 1, monotone


def test_cohen_kappa_textbook_example():
    # 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15 -> p_o 0.7, p_e 0.5, kappa 0.4
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)
    assert cohen_kappa(a, a) == 1.0
    assert cohen_kappa(["x", "x"], ["x", "x"]) == 1.0
    assert math.isnan(cohen_kappa([], []))
    with pytest.raises(ValueError, match="length"):
        cohen_kappa(["a"], ["a", "b"])


def test_two_dimensional_bootstrap_shares_resamples_and_drops_nan_rows():
    x = np.array([[0.1, 1.0], [0.2, 2.0], [np.nan, 5.0], [0.3, 3.0]])
    means = bootstrap_means(x, n_boot=500, seed=0)
    assert means.shape == (500, 2)
    # the NaN row is dropped from both measures, and both use the same rows:
    # measure 2 is always 10 * measure 1 here (rows 0, 1, 3 have col2 == 10 * col1)
    assert np.allclose(means[:, 1], 10 * means[:, 0])
    a = np.array([[1.0, 0.0], [1.2, 0.1], [0.9, -0.1], [1.1, 0.0]])
    b = np.array([[0.0, 0.0], [0.1, 0.1], [-0.1, -0.1], [0.0, 0.0]])
    lo, hi = bootstrap_diff_ci(a, b, n_boot=1000, seed=0)
    assert lo.shape == hi.shape == (2,)
    assert 0.8 < lo[0] < hi[0] < 1.3 and lo[1] < 0.0 < hi[1]
    lo_e, hi_e = bootstrap_diff_ci(a, b[:0], seed=0)
    assert np.isnan(lo_e).all() and np.isnan(hi_e).all()
    with pytest.raises(ValueError, match="shape"):
        bootstrap_diff_ci(a, b[:, :1], seed=0)
