"""Resampling statistics shared by the sentiment and framing analyses.

Small, vectorised numpy helpers a researcher needs to report a number with its uncertainty:

- :func:`bootstrap_mean_ci` -- percentile bootstrap confidence interval of a mean;
- :func:`bootstrap_diff_ci` -- percentile bootstrap CI of a difference of two means
  (groups resampled independently);
- :func:`permutation_test` -- two-sided (or one-sided) permutation test of a difference of means;
- :func:`holm` -- Holm-Bonferroni adjustment of a family of p-values;
- :func:`cohen_kappa` -- Cohen's kappa of two label sequences.

Every random function takes a ``seed`` and is deterministic for a given seed and input. The
resamples are drawn in blocks so memory stays bounded on large inputs (at most a few million
numbers at a time).

>>> lo, hi = bootstrap_mean_ci([1.0, 2.0, 3.0, 4.0], n_boot=1000, seed=0)
>>> bool(lo <= 2.5 <= hi)
True
>>> permutation_test([0.0] * 10, [1.0] * 10, n_perm=999, seed=0) < 0.01
True

Caveat for users: these tests treat rows (quotes, sentences) as independent draws. Quotes from
the same article or speaker are not independent; with few articles, read the intervals as
descriptive, or resample whole articles (pass article-level means).
"""
from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np
import pandas as pd

logger = logging.getLogger(__name__)

#: Upper bound on the number of values drawn per block of resamples (memory guard).
_BLOCK_VALUES = 4_000_000


def _clean(values) -> np.ndarray:
    """Return ``values`` as a 1-D float array without NaNs."""
    arr = np.asarray(pd.Series(values, dtype="float64").to_numpy(), dtype="float64").ravel()
    return arr[~np.isnan(arr)]


def _block_size(n_rows: int, n_total: int) -> int:
    return max(1, min(n_total, _BLOCK_VALUES // max(1, n_rows)))


def _check_ci(ci: float) -> None:
    if not 0.0 < ci < 1.0:
        raise ValueError(f"ci must be between 0 and 1 (exclusive), got {ci!r}")


def _clean_any(values) -> np.ndarray:
    """1-D input: float array without NaNs. 2-D input (rows x measures): rows without any NaN."""
    if isinstance(values, pd.DataFrame) or np.ndim(values) == 2:
        arr = np.asarray(values, dtype="float64")
        return arr[~np.isnan(arr).any(axis=1)]
    return _clean(values)


def bootstrap_means(values, n_boot: int = 2000, seed: int | np.random.Generator = 0) -> np.ndarray:
    """Means of ``n_boot`` bootstrap resamples of ``values`` (NaNs dropped).

    ``values`` is 1-D (returns shape ``(n_boot,)``) or 2-D, rows by measures (returns
    ``(n_boot, n_measures)``; every measure is resampled with the same rows, and rows with a NaN
    in any measure are dropped). Returns an empty array when there are no values.

    >>> bootstrap_means([5.0, 5.0], n_boot=3).tolist()
    [5.0, 5.0, 5.0]
    >>> bootstrap_means([[1.0, 2.0], [1.0, 2.0]], n_boot=2).tolist()
    [[1.0, 2.0], [1.0, 2.0]]
    """
    x = _clean_any(values)
    n = x.shape[0]
    width = int(np.prod(x.shape[1:])) if x.ndim > 1 else 1
    if n == 0 or n_boot <= 0:
        return np.empty((0,) + x.shape[1:])
    rng = seed if isinstance(seed, np.random.Generator) else np.random.default_rng(seed)
    out = np.empty((n_boot,) + x.shape[1:])
    cols = np.ascontiguousarray(x.reshape(n, width).T)  # one contiguous row per measure: fast gathers
    dtype = np.int32 if n < 2**31 else np.int64
    step = _block_size(n * width, n_boot)
    for lo in range(0, n_boot, step):
        hi = min(n_boot, lo + step)
        idx = rng.integers(0, n, size=(hi - lo, n), dtype=dtype)
        block = np.stack([col[idx].mean(axis=1) for col in cols], axis=1)
        out[lo:hi] = block.reshape((hi - lo,) + x.shape[1:])
    return out


def bootstrap_mean_ci(
    values, n_boot: int = 2000, ci: float = 0.95, seed: int | np.random.Generator = 0
) -> tuple[float, float]:
    """Percentile bootstrap confidence interval of the mean of ``values``.

    NaNs are dropped. With no values both bounds are NaN; with one value (or all values equal)
    the interval collapses onto that value.

    >>> bootstrap_mean_ci([2.0, 2.0, 2.0])
    (2.0, 2.0)
    """
    _check_ci(ci)
    means = bootstrap_means(_clean(values), n_boot=n_boot, seed=seed)
    if means.size == 0:
        return (float("nan"), float("nan"))
    alpha = (1.0 - ci) / 2.0
    lo, hi = np.quantile(means, [alpha, 1.0 - alpha])
    return (float(lo), float(hi))


def bootstrap_diff_ci(
    a, b, n_boot: int = 2000, ci: float = 0.95, seed: int | np.random.Generator = 0
) -> tuple:
    """Percentile bootstrap CI of ``mean(a) - mean(b)``, each group resampled on its own.

    1-D groups give ``(low, high)`` floats; 2-D groups (rows x measures, same measures in both)
    give ``(low array, high array)``, one entry per measure, from shared resamples. NaN bounds
    when either group is empty.

    >>> lo, hi = bootstrap_diff_ci([1.0, 1.2, 0.9, 1.1], [0.0, 0.1, -0.1, 0.0], seed=1)
    >>> bool(0.8 < lo < hi < 1.3)
    True
    """
    _check_ci(ci)
    rng = seed if isinstance(seed, np.random.Generator) else np.random.default_rng(seed)
    xa, xb = _clean_any(a), _clean_any(b)
    if xa.ndim != xb.ndim or xa.shape[1:] != xb.shape[1:]:
        raise ValueError(f"bootstrap_diff_ci: groups differ in shape {xa.shape[1:]} != {xb.shape[1:]}")
    ma = bootstrap_means(xa, n_boot=n_boot, seed=rng)
    mb = bootstrap_means(xb, n_boot=n_boot, seed=rng)
    if xa.ndim == 1:
        if ma.size == 0 or mb.size == 0:
            return (float("nan"), float("nan"))
        alpha = (1.0 - ci) / 2.0
        lo, hi = np.quantile(ma - mb, [alpha, 1.0 - alpha])
        return (float(lo), float(hi))
    if ma.shape[0] == 0 or mb.shape[0] == 0:
        nan = np.full(xa.shape[1:], np.nan)
        return (nan, nan.copy())
    alpha = (1.0 - ci) / 2.0
    lo, hi = np.quantile(ma - mb, [alpha, 1.0 - alpha], axis=0)
    return (lo, hi)


def permutation_test(
    a,
    b,
    n_perm: int = 2000,
    seed: int | np.random.Generator = 0,
    alternative: str = "two-sided",
) -> float:
    """Monte-Carlo permutation p-value for the difference of means ``mean(a) - mean(b)``.

    The group labels are shuffled ``n_perm`` times; the p-value is
    ``(1 + #{permuted statistics at least as extreme as observed}) / (1 + n_perm)``, so it is
    never 0 and a test with ``n_perm`` permutations cannot report below ``1 / (n_perm + 1)``.
    ``alternative`` is ``"two-sided"`` (|diff|), ``"greater"`` (a > b) or ``"less"``.
    NaN when either group is empty. Works for 0/1 indicators too (difference in shares).

    >>> permutation_test([1.0, 2.0, 3.0], [1.0, 2.0, 3.0], n_perm=500) > 0.5
    True
    """
    if alternative not in ("two-sided", "greater", "less"):
        raise ValueError(f"alternative must be 'two-sided', 'greater' or 'less', got {alternative!r}")
    xa, xb = _clean(a), _clean(b)
    na, nb = xa.size, xb.size
    if na == 0 or nb == 0:
        return float("nan")
    rng = seed if isinstance(seed, np.random.Generator) else np.random.default_rng(seed)
    pooled = np.concatenate([xa, xb])
    total = pooled.sum()
    observed = xa.mean() - xb.mean()
    # a tolerance so ties produced by float rounding count as "at least as extreme"
    tol = 1e-12 * max(1.0, abs(observed))
    count = 0
    step = _block_size(pooled.size, n_perm)
    for lo in range(0, n_perm, step):
        k = min(n_perm, lo + step) - lo
        perm = rng.permuted(np.broadcast_to(pooled, (k, pooled.size)), axis=1)
        sum_a = perm[:, :na].sum(axis=1)
        diffs = sum_a / na - (total - sum_a) / nb
        if alternative == "two-sided":
            count += int(np.count_nonzero(np.abs(diffs) >= abs(observed) - tol))
        elif alternative == "greater":
            count += int(np.count_nonzero(diffs >= observed - tol))
        else:
            count += int(np.count_nonzero(diffs <= observed + tol))
    return (count + 1) / (n_perm + 1)


def holm(pvalues: Sequence[float]) -> np.ndarray:
    """Holm-Bonferroni adjusted p-values (family-wise error), NaNs kept in place.

    >>> holm([0.01, 0.04, 0.03]).round(3).tolist()
    [0.03, 0.06, 0.06]
    """
    p = np.asarray(pvalues, dtype="float64")
    out = np.full_like(p, np.nan)
    ok = ~np.isnan(p)
    q = p[ok]
    m = q.size
    if m == 0:
        return out
    order = np.argsort(q, kind="stable")
    adj = np.empty(m)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * q[i]))
        adj[i] = running
    out[ok] = adj
    return out


def cohen_kappa(a: Sequence, b: Sequence, labels: Sequence | None = None) -> float:
    """Cohen's kappa between two equally long label sequences.

    ``kappa = (p_observed - p_expected) / (1 - p_expected)``. When both raters put every item in
    the same single category, agreement is perfect but chance agreement is 1 too; kappa is then
    reported as 1.0 if they agree everywhere (NaN for no items).

    >>> cohen_kappa(["pos", "neg", "pos", "neg"], ["pos", "neg", "neg", "neg"])
    0.5
    """
    sa, sb = list(a), list(b)
    if len(sa) != len(sb):
        raise ValueError(f"label sequences differ in length: {len(sa)} != {len(sb)}")
    n = len(sa)
    if n == 0:
        return float("nan")
    cats = list(labels) if labels is not None else sorted(set(sa) | set(sb), key=str)
    index = {c: i for i, c in enumerate(cats)}
    table = np.zeros((len(cats), len(cats)))
    for x, y in zip(sa, sb):
        table[index[x], index[y]] += 1
    p_obs = np.trace(table) / n
    p_exp = float((table.sum(axis=1) / n) @ (table.sum(axis=0) / n))
    if np.isclose(p_exp, 1.0):
        return 1.0 if np.isclose(p_obs, 1.0) else 0.0
    return float((p_obs - p_exp) / (1.0 - p_exp))
