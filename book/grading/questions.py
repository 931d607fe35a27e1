"""An exercise set's questions and their test cases, read from its master notebook.

The tests come from the master through ``otter assign`` (the same tests the
student's notebook checks against, plus the hidden ones). They are compiled
here, in the grader's process, and run here too: a name in a test that the
submission defines is later bound to a proxy of the submission's function.
"""

import ast
import builtins
import dataclasses
import doctest
import pathlib
import re
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]


@dataclasses.dataclass
class Case:
    name: str
    examples: list          # compiled statements, run in order
    free_names: list        # names the submission must provide
    hidden: bool
    points: float


@dataclasses.dataclass
class Question:
    name: str
    cases: list
    bonus: bool = False     # a challenge: its points are not counted in the points possible

    @property
    def points(self):
        return sum(case.points for case in self.cases)

    @property
    def names(self):
        """The names of the submission this question's tests use."""
        out = []
        for case in self.cases:
            out += [n for n in case.free_names if n not in out]
        return out


def find_exercise(exercise):
    """The folder of an exercise set and its master: a path, or a name under exercises/."""
    path = pathlib.Path(exercise)
    if not path.is_dir():
        path = ROOT / "exercises" / str(exercise)
    masters = sorted((path / "master").glob("*.ipynb")) if path.is_dir() else []
    if len(masters) != 1:
        known = sorted(p.parent.parent.name for p in (ROOT / "exercises").glob("*/master/*.ipynb"))
        raise ValueError(f"exercise {str(exercise)!r} not found: expected a folder with one "
                         f"master/*.ipynb, or one of {known}")
    return path, masters[0]


def load_questions(exercise):
    """Every question with its public and hidden test cases, from the master notebook."""
    from otter.test_files.ok_test import OKTestFile

    from book.grading.assign import otter_assign

    _, master = find_exercise(exercise)
    with tempfile.TemporaryDirectory() as out:
        otter_assign(master, out)
        files = sorted(pathlib.Path(out, "autograder", "tests").glob("*.py"),
                       key=lambda p: _natural_key(p.stem))
        questions = []
        for path in files:
            test_file = OKTestFile.from_file(str(path))
            cases = [_compile_case(tc) for tc in test_file.test_cases]
            questions.append(Question(test_file.name, cases))
    if not questions:
        raise ValueError(f"{master} defines no tests")
    for number in _challenges(master):
        for question in questions:
            if question.name == f"q{number}":
                question.bonus = True
    return questions


def _challenges(master):
    """Numbers of the questions the master's text marks as a challenge: "**Question 6
    (2 points, challenge — optional)." Their points are a bonus."""
    import json
    cells = json.loads(pathlib.Path(master).read_text(encoding="utf-8"))["cells"]
    text = "".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    return {int(n) for n in re.findall(r"\*\*Question (\d+) \([^)]*challenge", text)}


def points_possible(questions):
    """The points a full score needs: every question's but the challenges'."""
    return sum(q.points for q in questions if not q.bonus)


def _compile_case(test_case):
    sources = [ex.source for ex in doctest.DocTestParser().get_examples(test_case.body)]
    examples = [compile(src, f"<test {test_case.name}>", "exec") for src in sources]
    assigned, loaded = set(), []
    for node in ast.walk(ast.parse("\n".join(sources))):
        if isinstance(node, ast.Name):
            if isinstance(node.ctx, ast.Store):
                assigned.add(node.id)
            elif node.id not in loaded:
                loaded.append(node.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            assigned.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            assigned.add(node.name)
        elif isinstance(node, ast.arg):
            assigned.add(node.arg)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            assigned.add(node.name)
    free = [n for n in loaded if n not in assigned and n != "np" and not hasattr(builtins, n)]
    return Case(test_case.name, examples, free, test_case.hidden, float(test_case.points or 0))


def _natural_key(text):
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]
