"""Rules a question states about *how* to answer, checked on the answer's source.

"No loop over the examples" and "NumPy only" are part of some questions; a test checks
them with ``no_loops(function)`` (or ``loops_in``) and ``imports_in(function)``, which read the function's
source and walk its syntax tree (``ast``) — nothing is run. A broken rule raises
``RuleBroken``, whose sentence the student reads and the grader writes into the gradebook. In a student's notebook the
source comes from IPython (``inspect.getsource``); in a graded run the function is a
stand-in for the submission's, and the grader hands over the source of its ``def`` from
the submitted cells (``StudentFunction.source``).
"""

import ast
import inspect
import textwrap

from book.grading.feedback import Wrong


class RuleBroken(Wrong):
    """A question's rule broken: the grader writes the sentence into the gradebook too."""


def source_of(function):
    """The source of ``function``'s definition; ValueError if it cannot be found."""
    source = getattr(function, "source", None)           # a graded run's stand-in
    if source is None:
        try:
            source = inspect.getsource(function)
        except (OSError, TypeError):
            raise ValueError(f"the source of {getattr(function, '__name__', function)!r} "
                             f"cannot be read: define it with `def` in a cell") from None
    return textwrap.dedent(source)


def _definition(function):
    tree = ast.parse(source_of(function))
    defs = [node for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef,
                                                                 ast.AsyncFunctionDef))]
    if not defs:
        raise ValueError("no function definition found")
    return defs[0]


_HIDDEN_LOOPS = {"vectorize", "frompyfunc", "map", "apply_along_axis", "fromiter"}


def _called(call):
    """The name a call calls: ``np.vectorize(f)`` → "vectorize", ``map(f, x)`` → "map"."""
    target = call.func
    return target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")


def loops_in(function):
    """Descriptions of the loops in ``function`` (``for``, ``while``, comprehensions, and
    the NumPy and builtin calls that loop in Python: ``np.vectorize``, ``map`` …), by line
    of its definition; empty when it has none."""
    found = []
    for node in ast.walk(_definition(function)):
        if isinstance(node, (ast.For, ast.AsyncFor)):
            found.append(f"a for loop (line {node.lineno})")
        elif isinstance(node, ast.While):
            found.append(f"a while loop (line {node.lineno})")
        elif isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            found.append(f"a comprehension (line {node.lineno})")
        elif isinstance(node, ast.Call) and _called(node) in _HIDDEN_LOOPS:
            found.append(f"{_called(node)} (line {node.lineno}), a loop in disguise")
    return found


def no_loops(function, name=None, over="the examples"):
    """``RuleBroken`` if ``function`` has a loop (or a comprehension): "no loop over the
    examples" as a question states it, checked on the source."""
    found = loops_in(function)
    if found:
        name = name or getattr(function, "name", None) or getattr(function, "__name__", "it")
        raise RuleBroken(f"{name} must not loop over {over}; it has {', '.join(found)}")


def imports_in(function):
    """The modules ``function`` imports in its body."""
    names = []
    for node in ast.walk(_definition(function)):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names.append(node.module or ".")
    return names


def definition_in(cells, name):
    """The source of the last top-level ``def name`` among ``cells`` (sources, in order),
    or None: what the grader hands to ``loops_in`` for a submission's function."""
    found = None
    for source in cells:
        try:
            tree = ast.parse(source)
        except SyntaxError:
            continue
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name:
                found = ast.get_source_segment(source, node)
    return found
