"""Each test against values computed independently (by hand or published)."""

from __future__ import annotations

import math

import pytest

from app.reports.stats import crosstab_test, describe, even_split_test, t_test


def test_chi_square_without_correction_by_hand() -> None:
    """[[10, 20], [30, 40]]: expected 12,18,28,42; chi2 = sum((o-e)^2/e) = 0.7937, df 1."""
    result = crosstab_test([[10, 20], [30, 40]])
    expected = sum((o - e) ** 2 / e for o, e in ((10, 12), (20, 18), (30, 28), (40, 42)))
    assert result["chi2"] == pytest.approx(expected, rel=1e-9)
    assert result["df"] == 1
    assert result["p"] == pytest.approx(math.erfc(math.sqrt(expected / 2)), rel=1e-9)
    assert result["fisher_p"] is None  # every expected count is 5 or more


def _fisher_by_hand(a: int, b: int, c: int, d: int) -> float:
    """Two-sided Fisher p: the hypergeometric probabilities no larger than the table's."""
    row, col, n = a + b, a + c, a + b + c + d

    def prob(x: int) -> float:
        return math.comb(col, x) * math.comb(n - col, row - x) / math.comb(n, row)

    observed = prob(a)
    cells = range(max(0, row + col - n), min(row, col) + 1)
    return sum(prob(x) for x in cells if prob(x) <= observed * (1 + 1e-7))


def test_fisher_for_small_two_by_two() -> None:
    """[[1, 9], [6, 4]] has expected counts of 3.5, so Fisher's p is reported too."""
    result = crosstab_test([[1, 9], [6, 4]])
    assert result["fisher_p"] == pytest.approx(_fisher_by_hand(1, 9, 6, 4), rel=1e-9)
    assert result["df"] == 1


def test_larger_table_df_and_empty_rows() -> None:
    """A 3x4 table has df 6; an all-zero row is left out as SPSS does."""
    table = [[5, 6, 7, 8], [8, 7, 6, 5], [4, 9, 3, 10]]
    assert crosstab_test(table)["df"] == 6
    assert crosstab_test([*table, [0, 0, 0, 0]])["chi2"] == crosstab_test(table)["chi2"]
    assert crosstab_test([[3, 4]])["chi2"] is None


def test_even_split_by_hand() -> None:
    """30 yes, 10 no: chi2 = (30-20)^2/20 + (10-20)^2/20 = 10, df 1, p = 0.001565."""
    result = even_split_test(30, 10)
    assert result == {"chi2": pytest.approx(10.0), "df": 1,
                      "p": pytest.approx(math.erfc(math.sqrt(5)), rel=1e-9)}  # fmt: skip
    assert even_split_test(0, 0)["chi2"] is None


def test_describe_and_t_test_by_hand() -> None:
    """Means 3 and 6, SDs sqrt(2.5); pooled t = -3 / sqrt(2.5 * 2/5) = -3, df 8."""
    first, second = [1, 2, 3, 4, 5], [4, 5, 6, 7, 8]
    summary = describe(first)
    assert (summary["n"], summary["mean"]) == (5, 3.0)
    assert summary["sd"] == pytest.approx(math.sqrt(2.5))
    assert 0 < summary["shapiro_p"] <= 1
    result = t_test(first, second)
    assert result["t"] == pytest.approx(-3.0)
    assert result["df"] == 8
    assert result["p"] == pytest.approx(0.017071, rel=1e-4)
    assert t_test([1], second)["t"] is None
