"""The checker in a student's notebook: ``grader.check("q1")`` runs the public tests.

It reads the set's public tests (otter's OK format: a Python file whose ``test`` is a
dict literal, read with ``ast.literal_eval``, never imported), runs each case's code in
the notebook's own namespace, and prints one line per question: that every check passed,
or which check failed and the one sentence it gave (``book.grading.feedback.Wrong``). It
never prints a test's code or its expected values: the sentence is all the student sees.
"""

import ast
import dataclasses
import doctest
import pathlib
import re


@dataclasses.dataclass
class Result:
    name: str
    passed: int
    total: int
    message: str = ""

    @property
    def passed_all_public(self):
        return self.passed == self.total

    def __repr__(self):
        return self.message

    def _ipython_display_(self):
        """In a notebook the message was printed already: show nothing more."""


def read_test(path):
    """(name, [case code, ...]) of a public test file in otter's OK format."""
    tree = ast.parse(pathlib.Path(path).read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "test"
                                                for t in node.targets):
            test = ast.literal_eval(node.value)
            cases = [case["code"] for suite in test["suites"] for case in suite["cases"]
                     if not case.get("hidden")]
            return test["name"], cases
    raise ValueError(f"{path} has no `test = {{...}}`: not a test file in otter's OK format")


def _examples(code):
    """The source of each ``>>>`` example of a doctest, continuation lines joined."""
    return [example.source for example in doctest.DocTestParser().get_examples(code)]


def _message(err):
    if isinstance(err, AssertionError):
        text = str(err).strip()
        return text or "a check of the values or the shape failed"
    if isinstance(err, NameError):
        match = re.search(r"name '(\w+)' is not defined", str(err))
        if match:
            return (f"{match.group(1)} is not defined: run the cell of your answer (and the "
                    f"cells before it) first")
    first = (str(err).strip().splitlines() or [""])[0][:200]
    return f"your code raised {type(err).__name__}{': ' + first if first else ''}"


class Checker:
    """Stands where otter's ``Notebook`` stood: ``check(name)`` and ``check_all()``."""

    def __init__(self, tests_dir):
        self.folder = pathlib.Path(tests_dir)
        self.tests = {}
        for path in sorted(self.folder.glob("*.py"), key=lambda p: _natural(p.stem)):
            name, cases = read_test(path)
            self.tests[name] = cases

    def _namespace(self):
        try:
            shell = get_ipython()          # noqa: F821 — defined when run in IPython
            return shell.user_ns
        except NameError:
            import __main__
            return vars(__main__)

    def check(self, name, namespace=None):
        if name not in self.tests:
            raise ValueError(f"no public test {name!r}; this set has {', '.join(self.tests)}")
        namespace = self._namespace() if namespace is None else namespace
        cases = self.tests[name]
        passed, message = 0, ""
        for number, code in enumerate(cases, start=1):
            scope = dict(namespace)            # a test's own names never leak into yours
            try:
                for source in _examples(code):
                    exec(compile(source, f"<check {number} of {name}>", "exec"), scope)
            except Exception as err:  # noqa: BLE001 — every failure becomes one sentence
                if not message:
                    label = f"check {number} of {len(cases)}" if len(cases) > 1 else "check"
                    message = f"{name}: {label} failed: {_message(err)}"
                continue
            passed += 1
        if passed == len(cases):
            message = f"{name}: all {len(cases)} public checks passed" if len(cases) > 1 \
                else f"{name}: the public check passed"
        result = Result(name, passed, len(cases), message)
        print(message)
        return result

    def check_all(self, namespace=None):
        return [self.check(name, namespace) for name in self.tests]


def _natural(text):
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]
