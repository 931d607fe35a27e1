"""Feedback on wrong answers: one sentence that names the mistake, never the answer."""

import io
import contextlib
import textwrap

import numpy as np
import pytest

from book.grading.feedback import Wrong, call, expect, expect_not_constant, shape_message
from book.grading.local import Checker


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


rng = np.random.default_rng(0)
W = rng.normal(size=(3, 3))                      # square: a missing transpose keeps the shape
D = rng.normal(size=(3, 1))
Z = rng.normal(size=(3, 1))
Z_NEXT = rng.normal(size=(3, 1))
S = sigmoid(Z) * (1 - sigmoid(Z))
BP2 = (W.T @ D) * S
MISTAKES = [
    ((W @ D) * S, "your δ has the values of w δ, not wᵀ δ: check the transpose"),
    (W.T @ D, "your δ has no σ′(z) factor"),
    ((W.T @ D) * sigmoid(Z_NEXT) * (1 - sigmoid(Z_NEXT)), "σ′ is taken at the wrong layer"),
    (-BP2, "your δ has the wrong sign"),
]


@pytest.mark.parametrize("got, words", [
    ((W @ D) * S, "check the transpose"),
    (W.T @ D, "no σ′(z)"),
    ((W.T @ D) * sigmoid(Z_NEXT) * (1 - sigmoid(Z_NEXT)), "wrong layer"),
    (-BP2, "wrong sign"),
    (BP2.ravel(), "flat array of shape (3,)"),
    (BP2.ravel() * BP2, "(3, 3) where a column"),
    (BP2.T, "transpose of the expected"),
    (BP2 * 2, "right shape, (3, 1), but not the right values"),
    ("delta", "should be a NumPy array"),
    (None, "should be a NumPy array"),
    (np.full((3, 1), np.nan), "nan or inf"),
])
def test_each_usual_mistake_gets_its_sentence(got, words):
    with pytest.raises(Wrong) as caught:
        expect(got, BP2, "your δ", mistakes=MISTAKES)
    message = str(caught.value)
    assert words in message
    # one sentence, and never the expected numbers
    assert message.count(". ") == 0 and "\n" not in message
    assert not any(f"{v:.3f}" in message for v in BP2.ravel())


def test_a_right_answer_passes():
    expect(BP2 + 1e-12, BP2, "your δ", mistakes=MISTAKES)


def test_sum_instead_of_mean_is_named():
    batch = rng.normal(size=(3, 10))
    with pytest.raises(Wrong, match="sum"):
        expect(batch.sum(axis=1, keepdims=True), batch.mean(axis=1, keepdims=True),
               "your ∂C/∂b", mistakes=[(batch.sum(axis=1, keepdims=True),
                                        "your ∂C/∂b is the sum over the examples, not the mean")])


def test_rows_instead_of_columns():
    assert "transpose of the expected (3, 10)" in shape_message((10, 3), (3, 10), "your A")
    assert shape_message((3, 1), (3, 10), "your A") == (
        "your A has 1 column where 10 are expected: one column per example")


def test_call_names_the_error_and_the_hint():
    def broken(w, d):
        return w @ d.T
    with pytest.raises(Wrong, match=r"raised ValueError.*check the transpose"):
        call(broken, W, D, hint="check the transpose")


def test_a_constant_answer_is_caught():
    with pytest.raises(Wrong, match="same result for different inputs"):
        expect_not_constant(lambda z: np.array([[0.25]]), [(np.zeros((1, 1)),), (np.ones((1, 1)),)])
    expect_not_constant(sigmoid, [(np.zeros((1, 1)),), (np.ones((1, 1)),)])


TEST_FILE = '''OK_FORMAT = True

test = {   'name': 'q2',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import expect\\n'
                                               '>>> secret_expected = np.array([[1.0], [2.0]])\\n'
                                               '>>> expect(previous_error(1), secret_expected, "your δ")\\n',
                                       'hidden': False,
                                       'locked': False},
                                   {   'code': '>>> assert previous_error(2).shape == (2, 1)\\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
'''


def run_check(tmp_path, namespace):
    (tmp_path / "q2.py").write_text(TEST_FILE)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        result = Checker(tmp_path).check("q2", namespace)
    return result, out.getvalue()


def test_the_local_checker_prints_one_sentence_and_no_code(tmp_path):
    wrong = {"np": np, "previous_error": lambda x: np.array([[1.0], [3.0]])}
    result, printed = run_check(tmp_path, wrong)
    assert not result.passed_all_public and result.passed == 1
    assert printed.strip() == ("q2: check 1 of 2 failed: your δ has the right shape, (2, 1), "
                               "but not the right values")
    assert "secret_expected" not in printed and ">>>" not in printed


def test_the_local_checker_passes_a_right_answer(tmp_path):
    right = {"np": np, "previous_error": lambda x: np.array([[1.0], [2.0]])}
    result, printed = run_check(tmp_path, right)
    assert result.passed_all_public and printed.strip() == "q2: all 2 public checks passed"


def test_the_local_checker_says_when_the_answer_is_missing(tmp_path):
    result, printed = run_check(tmp_path, {"np": np})
    assert printed.strip() == ("q2: check 1 of 2 failed: previous_error is not defined: run "
                               "the cell of your answer (and the cells before it) first")


def test_the_local_checker_never_imports_a_test_file(tmp_path):
    (tmp_path / "q1.py").write_text("import os\nos.system('touch pwned')\ntest = {}\n")
    with pytest.raises((ValueError, KeyError)):
        Checker(tmp_path)
    assert not (tmp_path / "pwned").exists()


# ------------------------------------------------------------------ rules
def test_loops_are_found_in_the_source_not_by_running():
    from book.grading.rules import definition_in, imports_in, loops_in

    class StandIn:          # what a graded run hands a test: the source, not the function
        def __init__(self, source):
            self.source = source
    cells = ["import numpy as np",
             "def batch(X):\n    return sum(x for x in X.T)\n",
             "def batch(X):\n    import scipy\n    out = 0\n    for x in X.T:\n        out += x\n"
             "    return out\n"]
    last = StandIn(definition_in(cells, "batch"))
    assert loops_in(last) == ["a for loop (line 4)"] and imports_in(last) == ["scipy"]
    assert loops_in(StandIn(definition_in(cells[:2], "batch"))) == ["a comprehension (line 2)"]
    assert loops_in(StandIn("def f(X):\n    return X @ X.T\n")) == []
    assert definition_in(cells, "missing") is None


def test_loops_in_a_function_of_this_file():
    from book.grading.rules import loops_in
    assert loops_in(sigmoid) == []
    assert loops_in(test_loops_in_a_function_of_this_file) == []


def test_a_broken_rule_is_one_sentence():
    from book.grading.rules import RuleBroken, no_loops

    class StandIn:
        name = "backprop_batch"
        source = "def backprop_batch(X):\n    for x in X.T:\n        pass\n"
    with pytest.raises(RuleBroken, match=r"^backprop_batch must not loop over the examples; "
                                         r"it has a for loop \(line 2\)$"):
        no_loops(StandIn())
    StandIn.source = "def backprop_batch(X):\n    return X.sum(axis=1)\n"
    no_loops(StandIn())


def test_a_wrong_number_is_called_a_wrong_number():
    from book.grading.feedback import expect_number
    with pytest.raises(Wrong, match=r"^your count is not the right number$"):
        expect_number(7, 8, "your count")
    expect_number(np.array([8.0]), 8, "your count")


def test_a_loop_in_disguise_is_a_loop():
    from book.grading.rules import loops_in

    class StandIn:
        source = "def f(X):\n    g = np.vectorize(lambda v: v * 2)\n    return list(map(abs, g(X)))\n"
    assert loops_in(StandIn()) == ["vectorize (line 2), a loop in disguise",
                                   "map (line 3), a loop in disguise"]


def test_the_hint_follows_a_shape_error_only():
    with pytest.raises(Wrong) as caught:
        call(lambda: undefined_name, hint="check the shapes")      # noqa: F821
    assert "check the shapes" not in str(caught.value)


def test_an_array_of_sympy_objects_is_explained():
    import sympy as sp
    with pytest.raises(Wrong, match="a SymPy cell of this set has replaced it"):
        expect(np.array([[sp.Symbol("z")]], dtype=object), np.zeros((1, 1)), "your δ")


def test_a_challenge_is_a_bonus():
    from book.grading.questions import Question, points_possible
    assert points_possible([Question("q1", []), Question("q2", [], bonus=True)]) == 0
