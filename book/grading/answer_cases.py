"""The equivalence cases the symbolic-answer checker is tested on, with their verdicts.

One list for two readers: ``tests/test_answers.py`` checks every verdict, and the book's
page on symbolic answers (``exercises/symbolic_answers.ipynb``) shows the same list as
a table — as STACK publishes its answer tests — so an instructor can see what the checker
accepts before writing a question.
"""

import dataclasses


@dataclasses.dataclass
class Case:
    group: str            # what the case is about
    what: str             # the answer, in words
    answer: object        # a SymPy expression or matrix, or anything a student might send
    reference: object
    symbols: dict         # name -> interval the checker draws its points from
    expected: bool        # the verdict the checker must give
    sigma: str = "logistic"
    mistakes: tuple = ()
    message: str = ""     # a part of the verdict's message it must contain


def cases():
    import sympy as sp

    z, y, a, t, w, x, u, v = sp.symbols("z y a t w x u v", real=True)
    sigma, sigma_prime = sp.Function("sigma"), sp.Function("sigma_prime")
    s = 1 / (1 + sp.exp(-z))
    bp1 = (s - y) * s * (1 - s)                         # δᴸ, quadratic cost, one neuron
    no_sigma_prime = ((s - y), "Your δ has no σ′(z) factor: BP1 multiplies ∂C/∂a by σ′(z).")
    sign = ((y - s) * s * (1 - s), "Your δ has the wrong sign: ∂C/∂a is a − y, not y − a.")
    on_z = {"z": (-3, 3), "y": (0, 1)}
    out = [
        Case("δᴸ, quadratic cost", "the reference's own form", bp1, bp1, on_z, True),
        Case("δᴸ, quadratic cost", "expanded", sp.expand(bp1), bp1, on_z, True),
        Case("δᴸ, quadratic cost", "σ(z) written as sigma(z)",
             (sigma(z) - y) * sigma(z) * (1 - sigma(z)), bp1, on_z, True),
        Case("δᴸ, quadratic cost", "σ′ written as sigma_prime(z)",
             (sigma(z) - y) * sigma_prime(z), bp1, on_z, True),
        Case("δᴸ, quadratic cost", "σ′ written as the derivative of sigma(z)",
             (sigma(z) - y) * sp.diff(sigma(z), z), bp1, on_z, True),
        Case("δᴸ, quadratic cost", "σ′ written as e⁻ᶻ/(1 + e⁻ᶻ)²",
             (s - y) * sp.exp(-z) / (1 + sp.exp(-z)) ** 2, bp1, on_z, True),
        Case("δᴸ, quadratic cost", "σ′ missing", s - y, bp1, on_z, False,
             mistakes=(no_sigma_prime, sign), message="no σ′(z) factor"),
        Case("δᴸ, quadratic cost", "the sign flipped", (y - sigma(z)) * sigma_prime(z), bp1,
             on_z, False, mistakes=(no_sigma_prime, sign), message="wrong sign"),
        Case("δᴸ, quadratic cost", "σ′ taken at a instead of z (a different wrong answer)",
             (sigma(z) - y) * sigma_prime(sigma(z)), bp1, on_z, False,
             mistakes=(no_sigma_prime, sign), message="not equivalent"),
        Case("δᴸ, cross-entropy", "a − y written as σ(z) − y", sigma(z) - y, s - y,
             on_z, True),
        Case("δᴸ, cross-entropy", "the quadratic δ and σ′ cancelled by hand",
             (sigma(z) - y) * sigma_prime(z) / (sigma(z) * (1 - sigma(z))), s - y, on_z, True),
        Case("δᴸ, cross-entropy", "the quadratic cost's δ instead", bp1, s - y, on_z, False),
        Case("numbers", "0.5 z for z/2", sp.Float(0.5) * z, z / 2, {"z": (-2, 2)}, True),
        Case("numbers", "0.5000001 z for z/2", sp.Float(0.5000001) * z, z / 2,
             {"z": (-2, 2)}, False),
        Case("numbers", "a plain Python number", 3, sp.Integer(3), {}, True),
        Case("domain", "√(t²) for t, on t > 0", sp.sqrt(t ** 2), t, {"t": (0.1, 2)}, True),
        Case("domain", "√(t²) for t, on −2 < t < 2", sp.sqrt(t ** 2), t, {"t": (-2, 2)},
             False),
        Case("domain", "log(uv) for log u + log v, on u, v > 0", sp.log(u * v),
             sp.log(u) + sp.log(v), {"u": (0.1, 3), "v": (0.1, 3)}, True),
        Case("tanh", "1 − tanh² for tanh′", 1 - sp.tanh(z) ** 2, sp.diff(sp.tanh(z), z),
             {"z": (-3, 3)}, True),
        Case("tanh", "1/cosh² for tanh′", 1 / sp.cosh(z) ** 2, sp.diff(sp.tanh(z), z),
             {"z": (-3, 3)}, True),
    ]
    # a weight used twice: f = σ(w σ(w x)); ∂f/∂w has one term per use
    inner = sigma(w * x)
    shared = sp.diff(sigma(w * inner), w)
    on_wx = {"w": (-2, 2), "x": (-2, 2)}
    out += [
        Case("a weight used twice, any σ", "the sum over both uses, by the chain rule",
             sigma_prime(w * inner) * (inner + w * sigma_prime(w * x) * x), shared, on_wx,
             True, sigma="undefined"),
        Case("a weight used twice, any σ", "only the outer use of w",
             sigma_prime(w * inner) * inner, shared, on_wx, False, sigma="undefined",
             mistakes=((sigma_prime(w * inner) * inner,
                        "You differentiated only the outer use of w; w is used twice."),),
             message="used twice"),
        Case("chain rule, any σ", "d/dz σ(z²) = 2z σ′(z²)", 2 * z * sigma_prime(z ** 2),
             sp.diff(sigma(z ** 2), z), {"z": (-2, 2)}, True, sigma="undefined"),
        Case("chain rule, any σ", "σ′ taken at z instead of z²", 2 * z * sigma_prime(z),
             sp.diff(sigma(z ** 2), z), {"z": (-2, 2)}, False, sigma="undefined"),
        Case("chain rule, any σ", "the logistic σ′ for an undefined σ",
             2 * z * sigma(z ** 2) * (1 - sigma(z ** 2)), sp.diff(sigma(z ** 2), z),
             {"z": (-2, 2)}, False, sigma="undefined"),
    ]
    # matrices: softmax with cross-entropy, and dJ/dw = 2 Xᵀ (X w − y)
    a1, a2, a3, t1, t2 = sp.symbols("a1 a2 a3 t1 t2", real=True)
    scores, targets = [a1, a2, a3], [t1, t2, 1 - t1 - t2]
    p = [sp.exp(s_) / sum(sp.exp(r) for r in scores) for s_ in scores]
    loss = -sum(t_ * sp.log(p_) for t_, p_ in zip(targets, p))
    jacobian = sp.Matrix([sp.diff(loss, s_) for s_ in scores])
    on_scores = {"a1": (-2, 2), "a2": (-2, 2), "a3": (-2, 2), "t1": (0, 0.5), "t2": (0, 0.5)}
    y_minus_t = sp.Matrix([p_ - t_ for p_, t_ in zip(p, targets)])
    out += [
        Case("softmax with cross-entropy", "y − t as a column", y_minus_t, jacobian, on_scores,
             True),
        Case("softmax with cross-entropy", "y − t as a row", y_minus_t.T, jacobian, on_scores,
             False, message="3×1 matrix is expected"),
        Case("softmax with cross-entropy", "t − y", -y_minus_t, jacobian, on_scores, False),
    ]
    X = sp.Matrix(3, 2, lambda i, j: sp.Symbol(f"x{i + 1}{j + 1}", real=True))
    wv = sp.Matrix(2, 1, lambda i, _: sp.Symbol(f"w{i + 1}", real=True))
    yv = sp.Matrix(3, 1, lambda i, _: sp.Symbol(f"y{i + 1}", real=True))
    J = ((X * wv - yv).T * (X * wv - yv))[0, 0]
    gradient = sp.Matrix([sp.diff(J, w_) for w_ in wv])
    on_matrices = {str(s_): (-2, 2) for s_ in list(X) + list(wv) + list(yv)}
    out += [
        Case("∂J/∂w for J = ‖Xw − y‖²", "2Xᵀ(Xw − y)", 2 * X.T * (X * wv - yv), gradient,
             on_matrices, True),
        Case("∂J/∂w for J = ‖Xw − y‖²", "2Xᵀ X w − 2Xᵀ y, expanded",
             (2 * X.T * X * wv - 2 * X.T * yv).expand(), gradient, on_matrices, True),
        Case("∂J/∂w for J = ‖Xw − y‖²", "the factor 2 missing", X.T * (X * wv - yv), gradient,
             on_matrices, False),
        Case("∂J/∂w for J = ‖Xw − y‖²", "a row (Xw − y)ᵀX instead of a column",
             2 * (X * wv - yv).T * X, gradient, on_matrices, False,
             message="2×1 matrix is expected"),
    ]
    # answers a hostile or careless student might send
    deep = z
    for _ in range(300):
        deep = sp.exp(deep, evaluate=False)
    wide = sp.Add(*[sp.Symbol("z", real=True) * k for k in range(1, 6000)], evaluate=False)
    out += [
        Case("not an answer", "a string", "(sigma(z) - y) * sigma_prime(z)", bp1, on_z, False,
             message="not a string"),
        Case("not an answer", "None", None, bp1, on_z, False, message="expected a SymPy"),
        Case("not an answer", "an unknown function", sp.Function("system")(z), bp1, on_z,
             False, message="the function 'system'"),
        Case("not an answer", "a symbol the question does not define", sp.Symbol("q") * z,
             bp1, on_z, False, message="the symbol 'q'"),
        Case("not an answer", "a 40-digit number", sp.Integer(10 ** 40) * z, bp1, on_z, False,
             message="digits"),
        Case("not an answer", "z to the power 10⁶", sp.Pow(z, 10 ** 6, evaluate=False), bp1,
             on_z, False, message="exponent"),
        Case("not an answer", "300 nested exponentials", deep, bp1, on_z, False,
             message="levels"),
        Case("not an answer", "a sum of 6,000 terms", wide, bp1, on_z, False, message="nodes"),
        Case("not an answer", "a 1×1 matrix for a single expression", sp.Matrix([[bp1]]), bp1,
             on_z, False, message="single expression is expected"),
    ]
    return out
