"""The answers of an exercise set, read from its master notebook (for tests)."""

import ast
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[1]


def _cells(name):
    """The master's answer cells: the code cells that hold a solution (not test cells)."""
    master = json.loads((ROOT / "exercises" / name / "master" / f"{name}.ipynb").read_text())
    sources = ["".join(c["source"]) for c in master["cells"] if c["cell_type"] == "code"]
    return [s for s in sources if "# BEGIN SOLUTION" in s or "# SOLUTION" in s]


def answers(name):
    """{answer name: the master's code cell that first defines it}: the functions a
    question asks for, and the values (a SymPy expression, numbers found by hand) assigned
    on a line the master marks ``# SOLUTION``."""
    out = {}
    for source in _cells(name):
        for node in ast.parse(source).body:
            if isinstance(node, ast.FunctionDef):
                out.setdefault(node.name, source)
            elif isinstance(node, ast.Assign) and len(node.targets) == 1 \
                    and isinstance(node.targets[0], ast.Name) \
                    and "# SOLUTION" in source.splitlines()[node.lineno - 1]:
                out.setdefault(node.targets[0].id, source)
    return out


def value_answers(name):
    """The names among ``answers(name)`` that are values, not functions."""
    functions = {node.name for source in _cells(name) for node in ast.parse(source).body
                 if isinstance(node, ast.FunctionDef)}
    return [a for a in answers(name) if a not in functions]
