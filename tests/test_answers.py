"""Symbolic answers: the equivalence checker, its wire format and its limits."""

import json
import subprocess
import sys
import time

import pytest
import sympy as sp

from book.grading import child as wire
from book.grading.answer_cases import cases
from book.grading.answers import _within, _TimeUp, _Worker, check, rebuild

CASES = cases()


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.group}: {c.what}")
def test_each_case_gets_its_verdict(case):
    verdict = check(case.answer, case.reference, case.symbols, sigma=case.sigma,
                    mistakes=case.mistakes)
    assert bool(verdict) == case.expected, verdict.message
    assert case.message in verdict.message
    if case.expected:
        assert verdict.points >= 8            # decided on enough points inside the domain


def test_the_cases_cover_what_the_issue_names():
    groups = {c.group for c in CASES}
    accepted = [c for c in CASES if c.expected]
    assert len(accepted) >= 15 and len(CASES) - len(accepted) >= 15
    assert any("σ′ written as" in c.what for c in accepted)          # σ(1 − σ) and friends
    assert any("expanded" in c.what for c in accepted)
    assert any("matrix" in c.what or "column" in c.what for c in accepted)
    assert {"not an answer", "a weight used twice, any σ"} <= groups


def test_the_same_answer_gets_the_same_verdict_every_time():
    z, y = sp.symbols("z y", real=True)
    s = 1 / (1 + sp.exp(-z))
    reference = (s - y) * s * (1 - s)
    for answer in [sp.expand(reference), s - y]:
        verdicts = [check(answer, reference, {"z": (-3, 3), "y": (0, 1)}, seed=7)
                    for _ in range(3)]
        assert len({(v.equivalent, v.message, v.points) for v in verdicts}) == 1
        assert all(v.seed == 7 for v in verdicts)          # the seed is recorded


def test_an_answer_that_crossed_the_wire_is_checked_the_same():
    """In a graded run the answer comes from the sandbox as JSON: plain data, rebuilt."""
    z, y = sp.symbols("z y", real=True)
    sigma = sp.Function("sigma")
    answer = (sigma(z) - y) * sp.diff(sigma(z), z)
    arrived = wire.decode(json.loads(json.dumps(wire.encode(answer))))
    assert isinstance(arrived, wire.Expression)
    s = 1 / (1 + sp.exp(-z))
    assert check(arrived, (s - y) * s * (1 - s), {"z": (-3, 3), "y": (0, 1)})


@pytest.mark.parametrize("forged, message", [
    (["Eval", "__import__('os')"], "malformed expression"),
    (["Symbol", "x" * 100], "malformed Symbol"),
    (["Symbol", ["nested"]], "malformed Symbol"),
    (["Function", "exp"] + [["Integer", "1"]] * 6000, "nodes"),
    ("Add", "malformed expression"),
    ([], "malformed expression"),
    (["Matrix", 2, 1, ["Integer", "1"]], "malformed Matrix"),
])
def test_forged_trees_are_refused_at_the_wire(forged, message):
    with pytest.raises(ValueError, match=message):
        wire.decode({"sympy": forged})


def test_a_deep_tree_is_refused_before_anything_is_built():
    tree = ["Symbol", "z"]
    for _ in range(150):
        tree = ["Function", "exp", tree]
    with pytest.raises(ValueError, match="levels deep"):
        wire.decode({"sympy": tree})


@pytest.mark.parametrize("tree, message", [
    (["Function", "__import__", ["Symbol", "z"]], "function '__import__'"),
    (["Symbol", "os"], "symbol 'os'"),
    (["Integer", "1" * 31], "digits"),
    (["Rational", "1", "0"], "denominator"),
    (["Float", "inf"], "not finite"),
    (["Pow", ["Integer", "10"], ["Integer", "100000"]], "exponent"),
    (["Matrix", "100", "100"], "matrix"),
    (["Tuple", ["Symbol", "z"]], "tuple"),
    (["Derivative", ["Symbol", "z"], ["Tuple", ["Symbol", "z"], ["Integer", "9"]]], "order"),
])
def test_rebuild_uses_only_the_whitelist(tree, message):
    with pytest.raises(ValueError, match=message):
        rebuild(tree, {"z": (0, 1)})


def test_nothing_grows_while_an_answer_is_rebuilt():
    tree = ["Integer", "9" * 30]
    for _ in range(20):                    # ((9…9)^64)^64 … would have 10^37 digits
        tree = ["Pow", tree, ["Integer", "64"]]
    start = time.perf_counter()
    built = rebuild(tree, {})
    assert time.perf_counter() - start < 5 and built.is_Pow     # unevaluated
    verdict = check(wire.Expression(tree), sp.Integer(1), {})
    assert not verdict


def test_a_slow_simplification_is_cut_off():
    with pytest.raises(_TimeUp):
        _within(0.2, lambda: time.sleep(3))


def test_a_hung_worker_is_killed_and_replaced():
    worker = _Worker()
    worker.process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"],
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      text=True)
    hung = worker.process
    assert worker.ask({"anything": 1}, timeout=1) is None
    assert hung.poll() is not None and worker.process is None


@pytest.mark.parametrize("bad", [{"z": (1, 0)}, {"1z": (0, 1)}])
def test_a_question_with_bad_symbols_is_a_clear_error(bad):
    with pytest.raises(ValueError, match="interval"):
        check(sp.Integer(1), sp.Integer(1), bad)


def test_a_question_with_a_bad_sigma_is_a_clear_error():
    with pytest.raises(ValueError, match="sigma must be one of"):
        check(sp.Integer(1), sp.Integer(1), {}, sigma="relu")


# ------------------------------------------------- end to end, through the sandbox
SUBMITTED = {
    # equivalent forms: full points
    "chain_rule.ipynb": ("delta_L = sp.diff(sp.log(sp.cosh(sigma(z) - y)), z)", 2),
    "sinh_over_cosh.ipynb": ("delta_L = sp.sinh(sigma(z) - y) / sp.cosh(sigma(z) - y) "
                             "* sigma_prime(z)", 2),
    # wrong, and hostile: nothing
    "missing_sigma_prime.ipynb": ("delta_L = sp.tanh(sigma(z) - y)", 0),
    "deep.ipynb": ("delta_L = z\nfor _ in range(500):\n    delta_L = sp.exp(delta_L, evaluate=False)",
                   0),
    "huge_number.ipynb": ("delta_L = sp.Integer(10) ** 400 * z", 0),
    "unknown_function.ipynb": ("delta_L = sp.Function('__import__')(z)", 0),
    "forged_tree.ipynb": (
        "class Fake:\n"
        "    __module__ = 'sympy.core.fake'\n"
        "    is_Function = True\n"
        "    args = ()\n"
        "    class func:\n"
        "        __name__ = 'eval'\n"
        "delta_L = Fake()", 0),
    "string.ipynb": ("delta_L = 'tanh(sigma(z) - y) * sigma_prime(z)'", 0),
}


@pytest.mark.skipif(__import__("shutil").which("bwrap") is None, reason="needs bubblewrap")
def test_symbolic_answers_graded_in_the_sandbox(tmp_path):
    """ex05's question 4 graded by the batch grader: equivalent forms earn the points,
    wrong and hostile answers earn nothing, and the grader neither crashes nor hangs."""
    import csv
    import pathlib

    from book.grading.cli import grade_folder
    root = pathlib.Path(__file__).resolve().parents[1]
    student = json.loads((root / "exercises" / "ex05" / "ex05.ipynb").read_text())
    folder = tmp_path / "submissions"
    folder.mkdir()
    for file, (answer, _) in SUBMITTED.items():
        cells = [dict(c) for c in student["cells"]]
        for cell in cells:
            if cell["cell_type"] == "code" and "delta_L = ..." in "".join(cell["source"]):
                cell["source"] = "".join(cell["source"]).replace("delta_L = ...", answer)
        (folder / file).write_text(json.dumps(dict(student, cells=cells)))
    out = tmp_path / "grades.csv"
    start = time.perf_counter()
    grade_folder("ex05", folder, out, timeout=60, memory_mb=512, jobs=2)
    with open(out, newline="") as f:
        rows = {row["file"]: row for row in csv.DictReader(f)}
    assert {file: float(rows[file]["q4"]) for file in SUBMITTED} == \
        {file: float(points) for file, (_, points) in SUBMITTED.items()}
    print(f"{len(SUBMITTED)} submissions of ex05 graded in {time.perf_counter() - start:.0f} s")
