"""SymPy: a symbolic network, the four equations of backpropagation, and the sum over paths.

σ is an *undefined* function and, unless the quadratic cost is asked for, so is
the cost C of the output activations. An identity checked with them uses no
property of any particular activation (acting neuron by neuron, a^l_j = σ(z^l_j))
or cost (a function of a^L), and SymPy handles undefined functions far faster
than the concrete sigmoid.

Derivatives of undefined functions come out of ``sympy.diff`` in several
equivalent spellings (``Subs(Derivative(σ(ξ), ξ), ξ, z)``, ``Derivative(C(…), a)``).
``canonical`` rewrites them all as plain function symbols — ``σ′(z)`` and
``∂_j C(a_1, …)`` — so that equal expressions compare equal.
"""

import dataclasses
import itertools
import math

import sympy as sp

sigma = sp.Function("sigma")
cost = sp.Function("C")


class sigma_prime(sp.Function):
    """σ′, the derivative of the undefined σ, as a function symbol of its own."""

    def _latex(self, printer, exp=None):
        body = rf"\sigma'\left({printer._print(self.args[0])}\right)"
        return body if exp is None else rf"{body}^{{{exp}}}"


_PARTIALS = {}


def cost_partial(j):
    """∂C/∂a^L_j — the derivative of the undefined cost in its j-th argument — as a function symbol."""
    if j not in _PARTIALS:
        def _latex(self, printer, exp=None):
            args = ", ".join(printer._print(arg) for arg in self.args)
            body = rf"\partial_{{{j}}} C\left({args}\right)"
            return body if exp is None else rf"\left({body}\right)^{{{exp}}}"
        _PARTIALS[j] = type(f"partial_{j}_C", (sp.Function,), {"_latex": _latex})
    return _PARTIALS[j]


def layer_symbols(n_out, n_in, l=2):
    """Symbols of layer l: the weight matrix w^l (n_out × n_in), a^(l−1) and b^l.

    Entry (j, k) of the matrix is the symbol w^l_jk, counted from 1 as in the
    text, so row j holds the weights INTO neuron j.
    """
    for name, n in (("n_out", n_out), ("n_in", n_in)):
        if not (isinstance(n, int) and not isinstance(n, bool) and n >= 1):
            raise ValueError(f"{name} must be an integer ≥ 1; got {n!r}")
    w = sp.Matrix(n_out, n_in, lambda j, k: sp.Symbol(f"w^{{{l}}}_{{{j + 1}{k + 1}}}"))
    a_prev = sp.Matrix(n_in, 1, lambda k, _: sp.Symbol(f"a^{{{l - 1}}}_{{{k + 1}}}"))
    b = sp.Matrix(n_out, 1, lambda j, _: sp.Symbol(f"b^{{{l}}}_{{{j + 1}}}"))
    return w, a_prev, b


def canonical(expr):
    """Rewrite every derivative of σ or C as σ′(point) or ∂_jC(points)."""
    def is_derivative(e):
        return isinstance(e, (sp.Subs, sp.Derivative))

    def rewrite(e):  # called bottom-up: inside a Subs, the derivative is rewritten already
        if isinstance(e, sp.Subs):
            return e.expr.xreplace(dict(zip(e.variables, e.point)))
        if len(e.variable_count) != 1 or e.variable_count[0][1] != 1:
            raise ValueError(f"only first derivatives of σ and C occur here; got {e}")
        applied, variable = e.expr, e.variable_count[0][0]
        if applied.func == sigma:
            return sigma_prime(*applied.args)
        if applied.func == cost:
            return cost_partial(list(applied.args).index(variable) + 1)(*applied.args)
        raise ValueError(f"unexpected derivative of {applied.func}")
    return expr.replace(is_derivative, rewrite)


class SymbolicNetwork:
    """A network of the given layer sizes whose every quantity is a SymPy expression.

    Layers are numbered 1..L as in the text: ``w[l]``, ``b[l]``, ``z[l]`` and
    ``a[l]`` for l = 2..L (``a[1]`` is the input x). The cost is C(a^L_1, …)
    with C undefined, or ½ Σ_j (a^L_j − y_j)² for ``cost="quadratic"``.
    """

    def __init__(self, sizes, cost_function="general"):
        if not (isinstance(sizes, (list, tuple)) and len(sizes) >= 2
                and all(isinstance(n, int) and not isinstance(n, bool) and n >= 1 for n in sizes)):
            raise ValueError(f"sizes must be a list of at least two integers ≥ 1; got {sizes!r}")
        if cost_function not in ("general", "quadratic"):
            raise ValueError(f"cost_function must be 'general' or 'quadratic'; got {cost_function!r}")
        self.sizes, self.L, self.cost_function = list(sizes), len(sizes), cost_function
        self.a = {1: sp.Matrix(sizes[0], 1, lambda k, _: sp.Symbol(f"x_{{{k + 1}}}"))}
        self.w, self.b, self.z = {}, {}, {}
        for l in range(2, self.L + 1):
            self.w[l], _, self.b[l] = layer_symbols(sizes[l - 1], sizes[l - 2], l)
            self.z[l] = self.w[l] * self.a[l - 1] + self.b[l]
            self.a[l] = self.z[l].applyfunc(sigma)
        self.y = sp.Matrix(sizes[-1], 1, lambda j, _: sp.Symbol(f"y_{{{j + 1}}}"))
        self.C = self.cost_of(self.a[self.L])

    def abbreviate(self, expr):
        """``expr`` with every σ(z^l_j) written as a^l_j and every z^l_j as a symbol, for display."""
        short = {}
        for l in range(2, self.L + 1):
            for j in range(self.sizes[l - 1]):
                short[self.a[l][j]] = sp.Symbol(f"a^{{{l}}}_{{{j + 1}}}")
                short[self.z[l][j]] = sp.Symbol(f"z^{{{l}}}_{{{j + 1}}}")
        return expr.xreplace(short)

    def cost_of(self, output):
        """C as a function of the output activations ``output`` (a column)."""
        if self.cost_function == "quadratic":
            return sum((output[j] - self.y[j]) ** 2 for j in range(len(output))) / 2
        return cost(*output)

    # ------------------------------------------------------- the plain chain rule
    def gradient(self, variable):
        """∂C/∂variable by ``sympy.diff`` of the whole expression, in canonical form."""
        return canonical(sp.diff(self.C, variable))

    def delta_by_diff(self, l):
        """δ^l = ∂C/∂z^l by ``sympy.diff``: run the network on from fresh symbols ζ for z^l."""
        zeta = sp.Matrix(self.sizes[l - 1], 1, lambda j, _: sp.Dummy(f"zeta{l}_{j + 1}"))
        a = zeta.applyfunc(sigma)
        for r in range(l + 1, self.L + 1):
            a = (self.w[r] * a + self.b[r]).applyfunc(sigma)
        C = self.cost_of(a)
        at_z = dict(zip(zeta, self.z[l]))
        return sp.Matrix([canonical(sp.diff(C, s)).xreplace(at_z) for s in zeta])

    def nabla_a(self):
        """∇_a C: the column of ∂C/∂a^L_j, at the network's output."""
        out = sp.Matrix(self.sizes[-1], 1, lambda j, _: sp.Dummy(f"a{j + 1}"))
        C = self.cost_of(out)
        at_output = dict(zip(out, self.a[self.L]))
        return sp.Matrix([canonical(sp.diff(C, s)).xreplace(at_output) for s in out])

    # ------------------------------------------------------ the four equations
    def sigma_prime_of(self, l):
        return self.z[l].applyfunc(sigma_prime)

    def bp1(self):
        """δ^L = ∇_a C ⊙ σ′(z^L)."""
        return self.nabla_a().multiply_elementwise(self.sigma_prime_of(self.L))

    def bp2(self, l, delta_next):
        """δ^l = ((w^(l+1))ᵀ δ^(l+1)) ⊙ σ′(z^l)."""
        return (self.w[l + 1].T * delta_next).multiply_elementwise(self.sigma_prime_of(l))

    def deltas(self):
        """Every δ^l, from BP1 at the output and BP2 backwards."""
        deltas = {self.L: self.bp1()}
        for l in range(self.L - 1, 1, -1):
            deltas[l] = self.bp2(l, deltas[l + 1])
        return deltas

    # ---------------------------------------------------------- sum over paths
    def _check_neuron(self, l, j, what="j"):
        if isinstance(l, bool) or not (isinstance(l, int) and 2 <= l <= self.L):
            raise ValueError(f"l must be a layer from 2 to {self.L}; got {l!r}")
        n = self.sizes[l - 1]
        if isinstance(j, bool) or not (isinstance(j, int) and 1 <= j <= n):
            raise ValueError(f"{what} must be a neuron from 1 to {n} of layer {l}; got {j!r}")

    def paths(self, l, j):
        """Every path j = j_l → j_(l+1) → … → j_L from neuron j of layer l to the output."""
        self._check_neuron(l, j)
        later = [range(1, n + 1) for n in self.sizes[l:]]
        return [(j, *rest) for rest in itertools.product(*later)]

    def path_sum(self, l, j, k):
        """∂C/∂w^l_jk as the sum, over every path from neuron j of layer l to the output,
        of the product of the local rates along it."""
        self._check_neuron(l, j)
        n_prev = self.sizes[l - 2]
        if isinstance(k, bool) or not (isinstance(k, int) and 1 <= k <= n_prev):
            raise ValueError(f"k must be a neuron from 1 to {n_prev} of layer {l - 1}; got {k!r}")
        nabla = self.nabla_a()
        start = sigma_prime(self.z[l][j - 1]) * self.a[l - 1][k - 1]   # ∂a^l_j/∂w^l_jk
        total = 0
        for path in self.paths(l, j):
            rate = start
            for r, (q_prev, q) in enumerate(zip(path, path[1:]), start=l + 1):
                rate *= sigma_prime(self.z[r][q - 1]) * self.w[r][q - 1, q_prev - 1]   # ∂a^r_q/∂a^(r−1)_q'
            total += nabla[path[-1] - 1] * rate                                     # ∂C/∂a^L_m
        return total


@dataclasses.dataclass
class Report:
    """Which entries of which equation were checked, and which of them failed."""

    checked: dict
    failed: dict

    @property
    def ok(self):
        return not any(self.failed.values())

    def count(self):
        return sum(len(entries) for entries in self.checked.values())


def _equal(lhs, rhs):
    return sp.expand(lhs - rhs) == 0


def verify(net, bp1=None, bp2=None, bp3=None, bp4=None):
    """Check BP1–BP4 entry by entry against ``sympy.diff`` of the whole network.

    ``bp1(net)``, ``bp2(net, l, delta_next)``, ``bp3(net, l, delta)`` (∂C/∂b^l) and
    ``bp4(net, l, delta)`` (∂C/∂w^l) may replace the book's formulas, to see a
    wrong one fail. Each δ^l on the right-hand sides is the true ∂C/∂z^l from
    ``sympy.diff``, so each equation is tested on its own. Returns a ``Report``;
    an entry that cannot even be formed, or a result of the wrong shape, counts
    as failed.
    """
    bp1 = bp1 or SymbolicNetwork.bp1
    bp2 = bp2 or SymbolicNetwork.bp2
    bp3 = bp3 or (lambda net, l, delta: delta)
    bp4 = bp4 or (lambda net, l, delta: delta * net.a[l - 1].T)
    checked = {"BP1": [], "BP2": [], "BP3": [], "BP4": []}
    failed = {"BP1": [], "BP2": [], "BP3": [], "BP4": []}
    true_delta = {l: net.delta_by_diff(l) for l in range(2, net.L + 1)}

    def compare(name, entries, formula):
        for entry, truth in entries:
            checked[name].append(entry)
            try:
                candidate = formula(entry)
                good = _equal(truth, candidate)
            except (sp.ShapeError, IndexError, TypeError, ValueError):
                good = False
            if not good:
                failed[name].append(entry)

    L = net.L
    bp1_value = _safe(lambda: bp1(net), (net.sizes[-1], 1))
    compare("BP1", [((L, j), true_delta[L][j - 1]) for j in range(1, net.sizes[-1] + 1)],
            lambda e: bp1_value[e[1] - 1])
    for l in range(L - 1, 1, -1):
        bp2_value = _safe(lambda: bp2(net, l, true_delta[l + 1]), (net.sizes[l - 1], 1))
        compare("BP2", [((l, j), true_delta[l][j - 1]) for j in range(1, net.sizes[l - 1] + 1)],
                lambda e, v=bp2_value: v[e[1] - 1])
    for l in range(2, L + 1):
        bp3_value = _safe(lambda: bp3(net, l, true_delta[l]), (net.sizes[l - 1], 1))
        bp4_value = _safe(lambda: bp4(net, l, true_delta[l]), (net.sizes[l - 1], net.sizes[l - 2]))
        compare("BP3", [((l, j), net.gradient(net.b[l][j - 1])) for j in range(1, net.sizes[l - 1] + 1)],
                lambda e, v=bp3_value: v[e[1] - 1])
        compare("BP4", [((l, j, k), net.gradient(net.w[l][j - 1, k - 1]))
                        for j in range(1, net.sizes[l - 1] + 1) for k in range(1, net.sizes[l - 2] + 1)],
                lambda e, v=bp4_value: v[e[1] - 1, e[2] - 1])
    return Report(checked, failed)


def _safe(compute, shape):
    """The candidate matrix, or None if it cannot be formed or has the wrong shape."""
    try:
        value = compute()
    except (sp.ShapeError, IndexError, TypeError, ValueError):
        return None
    return value if getattr(value, "shape", None) == shape else None


def count_paths(sizes, l):
    """Number of paths from one neuron of layer l to the output: n_(l+1) × … × n_L."""
    return math.prod(sizes[l:])
