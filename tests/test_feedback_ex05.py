"""What a student of set 5 reads for each usual mistake (the notebook's checker)."""

import contextlib
import io
import pathlib

import numpy as np
import pytest
import sympy as sp

from book.grading.local import Checker
from book.worked import worked_network

TESTS = pathlib.Path(__file__).resolve().parents[1] / "exercises" / "ex05" / "tests"
z, y, z1, z2 = sp.symbols("z y z1 z2", real=True)
sigma, sigma_prime = sp.Function("sigma"), sp.Function("sigma_prime")
W = worked_network()


def sig(v):
    return 1 / (1 + np.exp(-v))


def shown(question, **answers):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        result = Checker(TESTS).check(question, {"np": np, **answers})
    return result.passed_all_public, out.getvalue().strip()


# question 5: the running example with the target (0, 0)
D2, D3 = W.net.backprop(W.x, np.zeros((2, 1)))[0]
# question 6: a1 = σ(z1 + z2), a2 = σ(z2), C = ½[(a1 − y1)² + (a2 − y2)²]
y1, y2 = sp.symbols("y1 y2", real=True)
E1, E2, S1 = sigma(z1 + z2) - y1, sigma(z2) - y2, sigma_prime(z1 + z2)
CASES = [
    ("q1", {"previous_error": lambda w, d, v: (w.T @ d) * sig(v) * (1 - sig(v))}, "passed"),
    ("q1", {"previous_error": lambda w, d, v: (w @ d) * sig(v) * (1 - sig(v))}, "transpose"),
    ("q1", {"previous_error": lambda w, d, v: w.T @ d}, "no σ′(z) factor"),
    ("q1", {"previous_error": lambda w, d, v: (w.T @ d) * sig(v)}, "not by its derivative"),
    ("q1", {"previous_error": lambda w, d, v: -(w.T @ d) * sig(v) * (1 - sig(v))},
     "wrong sign"),
    ("q1", {"previous_error": lambda w, d, v: ((w.T @ d) * sig(v) * (1 - sig(v))).ravel()},
     "flat array"),
    ("q1", {"previous_error": lambda w, d, v: np.full((3, 1), 0.1)}, "not the right values"),
    ("q4", {"delta_L": sp.tanh(sigma(z) - y) * sigma_prime(z)}, "passed"),
    ("q4", {"delta_L": sp.sinh(sigma(z) - y) / sp.cosh(sigma(z) - y) * sigma_prime(z)},
     "passed"),
    ("q4", {"delta_L": sp.tanh(sigma(z) - y)}, "no σ′(z) factor"),
    ("q4", {"delta_L": (sigma(z) - y) * sigma_prime(z)}, "quadratic cost"),
    ("q4", {"delta_L": ...}, "no answer yet"),
    ("q5", {"delta_2": np.round(D2, 4)}, "passed"),
    ("q5", {"delta_2": (W.net.weights[1] @ D3) * W.sigma_prime[0]}, "transpose"),
    ("q5", {"delta_2": W.delta[0]}, "the chapters' target"),
    ("q5", {"delta_2": D2.T}, "transpose of the expected"),
    ("q6", {"delta_out": sp.Matrix([E1 * S1, E1 * S1 + E2 * sigma_prime(z2)])}, "passed"),
    ("q6", {"delta_out": sp.Matrix([E1 * S1, E2 * sigma_prime(z2)])}, "Hadamard form"),
    ("q6", {"delta_out": sp.Matrix([[E1 * S1, E1 * S1 + E2 * sigma_prime(z2)]])},
     "2×1 matrix is expected"),
]


@pytest.mark.parametrize("question, answers, words", CASES,
                         ids=[f"{q}-{w}" for q, _, w in CASES])
def test_the_student_reads_what_is_wrong(question, answers, words):
    passed, text = shown(question, **answers)
    assert passed == (words == "passed"), text
    assert words in text and ">>>" not in text and "\n" not in text
