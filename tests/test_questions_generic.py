"""Every question of every set, tried the way a student might answer it.

- A code question's public tests fail an answer hard-coded to the value its first check
  expects (the function returns the master's result for the first call, whatever it is
  given).
- A symbolic question's public test accepts the master's answer written another way
  (expanded) and rejects it slightly changed.
Both run the student's checker (book.grading.local) on the set's public tests.
"""

import contextlib
import functools
import io
import json
import linecache
import pathlib

import numpy as np
import pytest
import sympy as sp

from book.grading.assign import exercise_sets
from book.grading.local import Checker
from masters import answers, value_answers

ROOT = pathlib.Path(__file__).resolve().parents[1]
SETS = [s for s in exercise_sets() if s != "ex01"]


def solved_namespace(name):
    """The master's answer cells run, as a student's notebook would hold them."""
    namespace = {"np": np, "__name__": "__main__"}
    for i, source in enumerate(dict.fromkeys(answers(name).values())):
        label = f"<{name} answer cell {i}>"
        linecache.cache[label] = (len(source), None, source.splitlines(True), label)
        exec(compile(source, label, "exec"), namespace)
    return namespace


@functools.lru_cache(maxsize=None)
def _questions(name):
    from book.grading.questions import load_questions
    return load_questions(name)


def questions_using(name, answer):
    """The questions whose public tests use the student's ``answer`` (a free name of the
    test, not a name the test defines itself)."""
    return [q.name for q in _questions(name)
            if any(answer in case.free_names for case in q.cases if not case.hidden)]


def run(name, question, namespace):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        result = Checker(ROOT / "exercises" / name / "tests").check(question, namespace)
    return result.passed_all_public, out.getvalue().strip()


def cases():
    for name in SETS:
        values = set(value_answers(name))
        for answer in answers(name):
            for question in questions_using(name, answer):
                yield pytest.param(name, answer, question, answer in values,
                                   id=f"{name}-{question}-{answer}")


@pytest.mark.parametrize("name, answer, question, is_value", list(cases()))
def test_each_question_as_a_student_might_answer_it(name, answer, question, is_value):
    namespace = solved_namespace(name)
    passed, text = run(name, question, namespace)
    assert passed, f"the master's own answer fails: {text}"
    right = namespace[answer]
    if not is_value:
        calls = []

        def recording(*args, **kwargs):
            result = right(*args, **kwargs)
            calls.append(result)
            return result
        run(name, question, dict(namespace, **{answer: recording}))
        assert calls, f"{question}'s public tests never call {answer}"
        first = calls[0]
        hard_coded = dict(namespace, **{answer: lambda *args, **kwargs: first})
        passed, text = run(name, question, hard_coded)
        assert not passed, f"{answer} hard-coded to its first result passes {question}"
        assert ">>>" not in text
    elif hasattr(right, "free_symbols"):                  # a SymPy answer
        expanded = right.applyfunc(sp.expand) if right.is_Matrix else sp.expand(right)
        passed, text = run(name, question, dict(namespace, **{answer: expanded}))
        assert passed, f"the master's answer, expanded, is rejected: {text}"
        nudged = (right.applyfunc(lambda e: e + sp.Rational(1, 7)) if right.is_Matrix
                  else right + sp.Rational(1, 7))
        passed, text = run(name, question, dict(namespace, **{answer: nudged}))
        assert not passed and "\n" not in text, f"a wrong answer passes: {text}"
