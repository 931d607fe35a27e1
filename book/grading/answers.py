"""Symbolic answers, graded by equivalence.

A student answers a symbolic question with a SymPy expression or matrix — δᴸ for a
new cost, ∂C/∂w with a shared weight, a Jacobian. The answer reaches the grader as a
tree of names and numbers (``book.grading.child.expression_tree``: in a graded run it
is made inside the submission's sandbox and crosses the pipe as JSON), and is rebuilt
here from a whitelist of SymPy classes and functions, with limits on its size, its
depth and its numbers — never by ``eval``, by ``sympify`` of the student's text or by
unpickling.

``check`` decides whether the answer equals the reference, the way WeBWorK, STACK and
PrairieLearn do, with their lessons applied:

- **numbers first**: both are evaluated at points drawn from a *fixed seed* (so the same
  answer always gets the same verdict; the seed is recorded in the verdict), inside the
  domain the question gives for each symbol; points where the reference is undefined are
  skipped, and a matrix answer is compared entry by entry after its shape;
- **then SymPy**: ``simplify(answer - reference) == 0`` under a time limit, recorded as a
  proof when it succeeds (numerical agreement decides; simplification can time out on
  correct answers, and SymPy's matrix simplification is weak);
- **bounded**: all of it runs in a worker process with a time and memory limit, which is
  restarted if an answer makes it hang or blow up.

An answer that is not equivalent is compared with the question's known mistakes (the
reference with the transpose left out, with σ′ missing, …); when it matches one, the
verdict's message is that mistake's message — a hint, never the answer.
"""

import dataclasses
import json
import math
import re
import subprocess
import sys
import threading

from book.grading import child as wire

# what a name in an answer may be: the functions and what they mean here
FUNCTIONS = ("exp", "log", "sqrt", "tanh", "sinh", "cosh", "sin", "cos", "Abs", "Max", "Min",
             "Heaviside", "sigma", "sigma_prime")
SIGMAS = ("logistic", "undefined")    # what σ means in a question; σ′ is its derivative
MAX_EXPONENT = 64           # |n| of a numeric exponent
MAX_DIGITS = 30             # digits of an integer, of a numerator or of a denominator
MAX_MATRIX = 20             # rows, and columns
MAX_DERIVATIVE = 4          # order of a derivative
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,40}\Z")


@dataclasses.dataclass
class Verdict:
    """Whether an answer equals the reference, why, and how it was decided."""
    equivalent: bool
    message: str
    seed: int = 0
    points: int = 0          # points at which both were evaluated
    proved: bool = False     # SymPy simplified the difference to 0 within its time
    mistake: int = -1        # which known mistake the answer matched, or -1

    def __bool__(self):
        return self.equivalent


def to_tree(value):
    """An answer as an expression tree: from the wire (a graded run), or a SymPy object,
    or a plain number (a student's own kernel). ValueError with a message otherwise."""
    if isinstance(value, wire.Expression):
        return wire.check_tree(value.tree)
    if value is Ellipsis:
        raise ValueError("there is no answer yet: replace the `...` with your expression")
    if isinstance(value, bool) or value is None:
        raise ValueError(f"expected a SymPy expression or matrix; got {value!r}")
    if isinstance(value, int):
        if len(str(abs(value))) > MAX_DIGITS:
            raise ValueError(f"a number with more than {MAX_DIGITS} digits")
        return ["Integer", str(value)]
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"expected a finite number; got {value}")
        return ["Float", repr(value)]
    if isinstance(value, str):
        raise ValueError("expected a SymPy expression, not a string: build it from the "
                         "question's symbols, for example sp.exp(-z) * (1 - a)")
    if wire.is_sympy(value):
        try:
            return wire.check_tree(wire.expression_tree(value))
        except TypeError as err:
            raise ValueError(str(err)) from None
    raise ValueError(f"expected a SymPy expression or matrix; got {type(value).__name__}")


def check(answer, reference, symbols, *, sigma="logistic", mistakes=(), seed=0, points=16,
          seconds=4.0):
    """The ``Verdict`` on ``answer`` against ``reference``.

    ``symbols`` maps each symbol the question defines to the interval its values are drawn
    from, ``{"z": (-3, 3), "y": (0, 1)}``; an answer may use no other. ``sigma`` says what
    the functions ``sigma`` and ``sigma_prime`` in an answer mean: ``"logistic"``,
    σ(z) = 1/(1 + e⁻ᶻ) and σ′ = σ(1 − σ); or ``"undefined"``, any activation, checked with
    two different smooth functions in its place. ``mistakes`` lists (expression, message)
    pairs: the known wrong answers.
    """
    if sigma not in SIGMAS:
        raise ValueError(f"sigma must be one of {SIGMAS}; got {sigma!r}")
    domain = {}
    for name, interval in symbols.items():
        low, high = (float(v) for v in interval)
        if not _NAME.match(name) or not low < high:
            raise ValueError(f"symbols maps a name to an interval (low, high); got {name!r}: "
                             f"{interval!r}")
        domain[name] = [low, high]
    if answer is Ellipsis:
        return Verdict(False, "There is no answer yet: replace the `...` with your expression.",
                       seed)
    try:
        answer_tree = to_tree(answer)
    except ValueError as err:
        return Verdict(False, f"Your answer could not be read: {err}.", seed)
    request = {"answer": answer_tree, "reference": to_tree(reference),
               "mistakes": [[to_tree(e), str(m)] for e, m in mistakes],
               "symbols": domain, "sigma": sigma, "seed": int(seed),
               "points": int(points), "seconds": float(seconds)}
    reply = _worker().ask(request, timeout=seconds * (2 + len(mistakes)) + 30)
    if reply is None:
        return Verdict(False, "Your answer took too long to check (the checker's time "
                              "limit): simplify it and try again.", seed)
    return Verdict(**reply)


# ------------------------------------------------------------- the worker process
class _Worker:
    """A Python process that imports SymPy once and checks answers, one at a time."""

    def __init__(self):
        self.process = None

    def _start(self):
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from book.grading.answers import _serve; _serve()"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            text=True)

    def ask(self, request, timeout):
        if self.process is None or self.process.poll() is not None:
            self._start()
        line = json.dumps(request) + "\n"
        result = {}

        def talk():
            try:
                self.process.stdin.write(line)
                self.process.stdin.flush()
                result["reply"] = self.process.stdout.readline()
            except (OSError, ValueError):
                pass
        thread = threading.Thread(target=talk, daemon=True)
        thread.start()
        thread.join(timeout)
        reply = result.get("reply")
        if thread.is_alive() or not reply:
            self.process.kill()
            self.process.wait()
            self.process = None
            thread.join(5)
            return None
        return json.loads(reply)


_local = threading.local()


def _worker():
    if not hasattr(_local, "worker"):
        _local.worker = _Worker()
    return _local.worker


def _serve():
    """The worker's loop: a JSON request per line in, a JSON verdict per line out."""
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))
    for line in sys.stdin:
        request = json.loads(line)
        try:
            reply = _decide(request)
        except MemoryError:
            reply = {"equivalent": False, "message": "Your answer is too large to check."}
        except Exception as err:      # noqa: BLE001 — the question's own error: say so
            reply = {"equivalent": False,
                     "message": f"The checker could not decide ({type(err).__name__}: "
                                f"{str(err)[:200]}); tell your instructor."}
        reply.setdefault("seed", request["seed"])
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


# -------------------------------------------------------- inside the worker: SymPy
class _TimeUp(Exception):
    pass


def _within(seconds, compute):
    """compute(), or _TimeUp after ``seconds`` (the worker is single-threaded: SIGALRM)."""
    import signal

    def ring(signum, frame):
        raise _TimeUp()
    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return compute()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def rebuild(tree, symbols, sigma="logistic"):
    """A SymPy expression from a checked tree, using only whitelisted classes and the
    question's symbols; nothing is evaluated (``evaluate=False``), so no number can grow
    while it is built. ValueError naming what is not allowed."""
    import sympy as sp

    known = {name: sp.Symbol(name, real=True) for name in symbols}
    dummies = {}
    undefined = sigma == "undefined"
    sigma_f = sp.Function("sigma")
    calls = {"exp": sp.exp, "log": sp.log, "tanh": sp.tanh, "sinh": sp.sinh,
             "cosh": sp.cosh, "sin": sp.sin, "cos": sp.cos, "Abs": sp.Abs,
             "Heaviside": sp.Heaviside}

    def number(text, what):
        if not re.fullmatch(r"-?\d{1,%d}" % MAX_DIGITS, text):
            raise ValueError(f"a {what} with more than {MAX_DIGITS} digits, or malformed")
        return int(text)

    def build(node, inside=None):
        head, rest = node[0], node[1:]
        if head == "Symbol":
            if rest[0] not in known:
                allowed = ", ".join(sorted(known)) or "none"
                raise ValueError(f"it uses the symbol {rest[0]!r}; this question's symbols "
                                 f"are {allowed}")
            return known[rest[0]]
        if head == "Dummy":
            return dummies.setdefault((rest[0], rest[1]), sp.Dummy(rest[0][:20], real=True))
        if head == "Integer":
            return sp.Integer(number(rest[0], "number"))
        if head == "Rational":
            p, q = number(rest[0], "numerator"), number(rest[1], "denominator")
            if q <= 0:
                raise ValueError("a fraction with a denominator that is not positive")
            return sp.Rational(p, q)
        if head == "Float":
            try:
                value = float(rest[0])
            except ValueError:
                raise ValueError("a malformed decimal number") from None
            if not math.isfinite(value):
                raise ValueError("a number that is not finite")
            return sp.Float(value)
        if head == "Pi":
            return sp.pi
        if head == "E":
            return sp.E
        if head == "Matrix":
            rows, cols = (number(v, "matrix size") for v in rest[:2])
            entries = rest[2:]
            if not (0 < rows <= MAX_MATRIX and 0 < cols <= MAX_MATRIX) \
                    or len(entries) != rows * cols:
                raise ValueError(f"a matrix that is not 1 to {MAX_MATRIX} rows by 1 to "
                                 f"{MAX_MATRIX} columns with one entry each")
            if inside is not None:
                raise ValueError("a matrix inside an expression")
            return sp.ImmutableMatrix(rows, cols, [build(e, "Matrix") for e in entries])
        if head == "Tuple":
            if inside not in ("Derivative", "Subs"):
                raise ValueError("a tuple outside a derivative")
            return sp.Tuple(*(build(e, inside) for e in rest))
        args = [build(e, head if head in ("Derivative", "Subs") else "expr")
                for e in (rest[1:] if head == "Function" else rest)]
        if head == "Add" and args:
            return sp.Add(*args, evaluate=False)
        if head == "Mul" and args:
            return sp.Mul(*args, evaluate=False)
        if head == "Pow" and len(args) == 2:
            base, exponent = args
            if exponent.is_Number and abs(exponent) > MAX_EXPONENT:
                raise ValueError(f"an exponent larger than {MAX_EXPONENT}")
            return sp.Pow(base, exponent, evaluate=False)
        if head == "Function":
            name = rest[0]
            if name not in FUNCTIONS:
                raise ValueError(f"it uses the function {name!r}; allowed are "
                                 f"{', '.join(FUNCTIONS)}")
            if name in ("Max", "Min") and len(args) >= 2:
                return getattr(sp, name)(*args, evaluate=False)
            if len(args) != 1:
                raise ValueError(f"{name} takes one argument; got {len(args)}")
            (x,) = args
            if name == "sigma":
                return sigma_f(x) if undefined else 1 / (1 + sp.exp(-x))
            if name == "sigma_prime":
                if undefined:
                    t = sp.Dummy("t", real=True)
                    return sp.Subs(sp.Derivative(sigma_f(t), t), t, x)
                s = 1 / (1 + sp.exp(-x))
                return s * (1 - s)
            if name == "sqrt":
                return sp.Pow(x, sp.Rational(1, 2), evaluate=False)
            return calls[name](x, evaluate=False)
        if head == "Derivative" and len(args) >= 2:
            expr, pairs = args[0], args[1:]
            total = 0
            for pair in pairs:
                if not (isinstance(pair, sp.Tuple) and len(pair) == 2 and pair[0].is_Symbol
                        and pair[1].is_Integer and pair[1] > 0):
                    raise ValueError("a derivative with respect to something not a symbol")
                total += int(pair[1])
            if total > MAX_DERIVATIVE:
                raise ValueError(f"a derivative of order more than {MAX_DERIVATIVE}")
            return sp.Derivative(expr, *[(v, n) for v, n in pairs], evaluate=False)
        if head == "Subs" and len(args) == 3:
            expr, variables, points = args
            if not (isinstance(variables, sp.Tuple) and isinstance(points, sp.Tuple)
                    and len(variables) == len(points)
                    and all(v.is_Symbol for v in variables)):
                raise ValueError("a malformed substitution")
            return sp.Subs(expr, tuple(variables), tuple(points))
        raise ValueError(f"a malformed {head}")

    return build(wire.check_tree(tree))


def _symbols_module():
    import sympy as sp
    return sp


def _concrete(expr, which):
    """``expr`` with an undefined σ replaced by stand-in number ``which`` (the logistic
    function, or a smooth function that is not), and its derivatives done."""
    sp = _symbols_module()
    t = sp.Dummy("t", real=True)
    stand_in = (1 / (1 + sp.exp(-t)), sp.sin(t) + t ** 3 / 10 + t / 2)[which]
    expr = expr.replace(sp.Function("sigma"), sp.Lambda(t, stand_in))
    return expr.doit()


def _numeric(expr, values):
    """``expr`` evaluated on arrays of points by NumPy, node by node (no code generated)."""
    import numpy as np
    sp = _symbols_module()

    def ev(e):
        if e.is_Symbol:
            return values[e.name]
        if e.is_Number:
            try:
                return float(e)
            except (OverflowError, TypeError):
                return math.inf
        if e in (sp.pi, sp.E):
            return float(e)
        args = [ev(a) for a in e.args]
        if e.is_Add:
            return sum(args[1:], args[0])
        if e.is_Mul:
            out = args[0]
            for a in args[1:]:
                out = out * a
            return out
        if e.is_Pow:
            return np.power(np.asarray(args[0], dtype=float), args[1])
        table = {sp.exp: np.exp, sp.log: np.log, sp.tanh: np.tanh, sp.sinh: np.sinh,
                 sp.cosh: np.cosh, sp.sin: np.sin, sp.cos: np.cos, sp.Abs: np.abs,
                 sp.Heaviside: lambda x: np.heaviside(x, 0.5)}
        if e.func in table:
            return table[e.func](args[0])
        if e.func is sp.Max:
            return np.maximum.reduce(np.broadcast_arrays(*args))
        if e.func is sp.Min:
            return np.minimum.reduce(np.broadcast_arrays(*args))
        raise ValueError(f"cannot evaluate {e.func.__name__}")

    with np.errstate(all="ignore"):
        return np.broadcast_to(np.asarray(ev(expr), dtype=float),
                               next(iter(values.values())).shape)


def _entries(expr):
    return list(expr) if getattr(expr, "is_Matrix", False) else [expr]


def _shape(expr):
    return tuple(expr.shape) if getattr(expr, "is_Matrix", False) else ()


def _describe_shape(shape):
    return "a single expression" if shape == () else f"a {shape[0]}×{shape[1]} matrix"


def _decide(request):
    import numpy as np
    sp = _symbols_module()
    symbols, sigma, seed = request["symbols"], request["sigma"], request["seed"]
    reference = rebuild(request["reference"], symbols, sigma)
    try:
        answer = rebuild(request["answer"], symbols, sigma)
    except ValueError as err:
        return {"equivalent": False, "message": f"Your answer could not be read: {err}."}
    if _shape(answer) != _shape(reference):
        return {"equivalent": False,
                "message": f"Your answer is {_describe_shape(_shape(answer))}; "
                           f"{_describe_shape(_shape(reference))} is expected."}
    seconds = request["seconds"]
    stand_ins = (0, 1) if sigma == "undefined" else (0,)

    def numbers(expr):
        out = []
        for which in stand_ins:
            concrete = _within(seconds, lambda: _concrete(expr, which))
            out += [_numeric(e, values) for e in _entries(concrete)]
        return out

    rng = np.random.default_rng(seed)
    n = request["points"]
    values = {name: rng.uniform(low, high, size=3 * n) for name, (low, high) in symbols.items()}
    if not values:
        values = {"_": np.zeros(3 * n)}
    try:
        expected = numbers(reference)
    except (_TimeUp, ValueError) as err:
        raise RuntimeError(f"the reference cannot be evaluated: {err}") from None
    ok = np.logical_and.reduce([np.isfinite(v) for v in expected])
    keep = np.flatnonzero(ok)[:n]                   # points inside the reference's domain
    if len(keep) < min(n, 4):
        raise RuntimeError("the reference is undefined at almost every point drawn")

    def values_of(expr):
        """expr's numbers at the drawn points; None when it took too long, False when it
        cannot be evaluated."""
        try:
            return numbers(expr)
        except _TimeUp:
            return None
        except (ValueError, TypeError, ZeroDivisionError, OverflowError):
            return False

    def same(first, second):
        return all(np.allclose(x[keep], y[keep], rtol=1e-8, atol=1e-10)
                   for x, y in zip(first, second))

    got = values_of(answer)
    verdict = got if got is None or got is False else same(got, expected)
    if verdict is None:
        return {"equivalent": False, "message": "Your answer took too long to evaluate: "
                                                "simplify it and try again."}
    if verdict:
        def proof():
            difference = sp.simplify(sp.Matrix(_entries(answer))
                                     - sp.Matrix(_entries(reference)))
            return all(entry == 0 for entry in difference)
        try:
            proved = bool(_within(seconds, proof))
        except (_TimeUp, RecursionError, ValueError, TypeError):
            proved = False
        return {"equivalent": True, "message": "Correct.", "points": int(len(keep)),
                "proved": proved}
    for index, (tree, message) in enumerate(request["mistakes"]):
        mistake = rebuild(tree, symbols, sigma)
        wrong = values_of(mistake) if _shape(mistake) == _shape(answer) else None
        if got is not False and wrong is not None and wrong is not False \
                and same(wrong, got):
            return {"equivalent": False, "message": message, "points": int(len(keep)),
                    "mistake": index}
    return {"equivalent": False, "points": int(len(keep)),
            "message": "Your answer is not equivalent to the expected one: at some of the "
                       "points where it was evaluated, the two differ."}

