"""SymPy building blocks for derivations that hold for ANY activation and cost.

σ is an *undefined* function: an identity proved with it holds for every
activation at once, and SymPy handles it far faster than the concrete sigmoid.
"""

import sympy as sp

sigma = sp.Function("sigma")


def layer_symbols(n_out, n_in, l=2):
    """Symbols of layer l: the weight matrix w^l (n_out × n_in), a^(l−1) and b^l.

    Entry (j, k) of the matrix is the symbol w^l_jk, counted from 1 as in the
    text, so row j holds the weights INTO neuron j.
    """
    for name, n in (("n_out", n_out), ("n_in", n_in)):
        if not (isinstance(n, int) and n >= 1):
            raise ValueError(f"{name} must be an integer ≥ 1; got {n!r}")
    w = sp.Matrix(n_out, n_in, lambda j, k: sp.Symbol(f"w^{{{l}}}_{{{j + 1}{k + 1}}}"))
    a_prev = sp.Matrix(n_in, 1, lambda k, _: sp.Symbol(f"a^{{{l - 1}}}_{{{k + 1}}}"))
    b = sp.Matrix(n_out, 1, lambda j, _: sp.Symbol(f"b^{{{l}}}_{{{j + 1}}}"))
    return w, a_prev, b
