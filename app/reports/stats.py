"""The tests researchers in this field publish, computed with scipy, as SPSS reports them.

- a cross-table: Pearson's chi-square without continuity correction, its df and p; for a
  2x2 table with an expected count under 5, Fisher's exact test (two-sided) as well;
- a yes/no item: chi-square goodness of fit against an even split over those assessed;
- a continuous variable: mean, SD (n-1), Shapiro-Wilk, independent-samples t-test.
Results are plain dicts of floats (None where a test does not apply), ready for JSON.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any


def _clean(value: float) -> float | None:
    return None if value is None or math.isnan(value) else float(value)


def crosstab_test(table: Sequence[Sequence[int]]) -> dict[str, Any]:
    """Pearson chi-square (no correction) of a table of counts, and Fisher's p where SPSS gives it.

    Rows or columns that are all zero are left out, as SPSS does; with fewer than two
    rows or columns left there is no test.
    """
    import numpy as np
    from scipy import stats

    counts = np.asarray(table, dtype=float)
    counts = counts[counts.sum(axis=1) > 0][:, counts.sum(axis=0) > 0] if counts.size else counts
    if counts.ndim != 2 or counts.shape[0] < 2 or counts.shape[1] < 2:
        return {"chi2": None, "df": None, "p": None, "fisher_p": None}
    chi2, p, df, expected = stats.chi2_contingency(counts, correction=False)
    fisher = None
    if counts.shape == (2, 2) and (expected < 5).any():
        fisher = _clean(stats.fisher_exact(counts, alternative="two-sided")[1])
    return {"chi2": _clean(chi2), "df": int(df), "p": _clean(p), "fisher_p": fisher}


def even_split_test(yes: int, no: int) -> dict[str, Any]:
    """Chi-square goodness of fit of yes against no, expecting an even split of the assessed."""
    from scipy import stats

    if yes + no == 0:
        return {"chi2": None, "df": None, "p": None}
    chi2, p = stats.chisquare([yes, no])
    return {"chi2": _clean(chi2), "df": 1, "p": _clean(p)}


def describe(values: Sequence[float]) -> dict[str, Any]:
    """n, mean and standard deviation (n-1), with Shapiro-Wilk where n allows it (3-5000)."""
    import numpy as np
    from scipy import stats

    data = np.asarray(values, dtype=float)
    result: dict[str, Any] = {"n": int(data.size), "mean": None, "sd": None, "min": None,
                              "max": None, "shapiro_w": None, "shapiro_p": None}  # fmt: skip
    if data.size:
        result |= {"mean": _clean(data.mean()), "min": _clean(data.min()),
                   "max": _clean(data.max())}  # fmt: skip
    if data.size > 1:
        result["sd"] = _clean(data.std(ddof=1))
    if 3 <= data.size <= 5000 and data.std() > 0:
        w, p = stats.shapiro(data)
        result |= {"shapiro_w": _clean(w), "shapiro_p": _clean(p)}
    return result


def t_test(first: Sequence[float], second: Sequence[float]) -> dict[str, Any]:
    """Independent-samples t-test, equal variances assumed (SPSS's first line)."""
    from scipy import stats

    if len(first) < 2 or len(second) < 2:
        return {"t": None, "df": None, "p": None}
    t, p = stats.ttest_ind(first, second, equal_var=True)
    return {"t": _clean(t), "df": len(first) + len(second) - 2, "p": _clean(p)}
