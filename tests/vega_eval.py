"""Evaluate the package's generated Vega expressions in Python, to compare them with the models.

Only the arithmetic, ``PI`` and ``sqrt``/``sin``/``cos``/``acos``/``pow`` that the
generated expressions use are available; ``datum.x`` reads ``datum["x"]``. Test code
only: the expressions come from :mod:`hielspoor.charts.expressions` and the chart specs.
"""

from __future__ import annotations

import math


class _Datum:
    def __init__(self, values: dict) -> None:
        self._values = values

    def __getattr__(self, name: str) -> float:
        return self._values[name]


def evaluate(expression: str, *, datum: dict, params: dict) -> float:
    """Evaluate one Vega expression with ``datum`` fields and bound ``params``.

    Examples
    --------
    >>> evaluate("2 * datum.c + knie", datum={"c": 3}, params={"knie": 1})
    7.0
    """
    namespace = {
        "PI": math.pi, "sqrt": math.sqrt, "sin": math.sin, "cos": math.cos, "acos": math.acos,
        "pow": math.pow, "datum": _Datum(datum), **params,
    }  # fmt: skip
    return float(eval(expression, {"__builtins__": {}}, namespace))  # noqa: S307
