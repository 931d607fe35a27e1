"""Gradient checking: derivatives by finite differences, and how far two gradients differ."""

import numbers

import numpy as np


def numerical_derivative(f, x, h=1e-5, method="centered"):
    """∂f/∂x for every entry of the array ``x`` by finite differences.

    ``f()`` takes no arguments and returns a number that depends on ``x``;
    each entry of ``x`` is nudged in place and restored. ``method`` is

        "centered":  (f(x_i + h) − f(x_i − h)) / 2h,   error O(h²), 2 evaluations;
        "forward":   (f(x_i + h) − f(x)) / h,          error O(h),  1 evaluation (+1 shared).

    Returns an array shaped like ``x``.
    """
    if not _positive_number(h):
        raise ValueError(f"h must be a positive finite number; got {h!r}")
    if method not in ("centered", "forward"):
        raise ValueError(f"method must be 'centered' or 'forward'; got {method!r}")
    if not (isinstance(x, np.ndarray) and x.dtype.kind == "f"):
        raise ValueError(f"x must be a float array that f reads, so it can be nudged in place; "
                         f"got {type(x).__name__}{'' if not hasattr(x, 'dtype') else ' of dtype ' + str(x.dtype)}")
    grad = np.zeros(x.shape)
    f_here = f() if method == "forward" else None
    for index in np.ndindex(x.shape):
        value = x[index]
        try:
            x[index] = value + h
            f_plus = f()
            if method == "centered":
                x[index] = value - h
                f_minus = f()
        finally:
            x[index] = value
        if method == "centered":
            grad[index] = (f_plus - f_minus) / (2 * h)
        else:
            grad[index] = (f_plus - f_here) / h
    return grad


def node_gradient_error(build, *arrays, h=1e-5, seed=0):
    """How far a graph's backward pass is from centered differences (``book.graph``).

    ``build(*nodes)`` makes a node from input nodes. The check weights its output
    with a fixed random array R and sums, L = Σ R ⊙ out (so ∂L/∂out = R; a
    single-number output is used as it is), runs ``backward()``, and returns the
    largest ``relative_error`` between each input's gradient and the centered
    differences of L with respect to that input.
    """
    from book.graph import Node, mul, total

    def loss(nodes):
        out = build(*nodes)
        if out.data.ndim == 0:
            return out
        R = np.random.default_rng(seed).uniform(0.5, 1.5, out.data.shape)
        return total(mul(out, R))

    nodes = [Node(a) for a in arrays]
    loss(nodes).backward()
    errors = []
    for node, array in zip(nodes, arrays):
        array = np.array(array, dtype=float)
        inputs = [np.array(a, dtype=float) for a in arrays]
        inputs[len(errors)] = array

        def f():
            return float(loss([Node(a) for a in inputs]).data)
        errors.append(relative_error(node.grad, numerical_derivative(f, array, h)))
    return max(errors)


def numerical_gradient(net, X, Y, h=1e-5):
    """∂C/∂b and ∂C/∂w for every parameter of ``net`` by centered differences.

    Each parameter θ is nudged both ways and ∂C/∂θ ≈ (C(θ + h) − C(θ − h)) / 2h,
    with error O(h²). This costs two evaluations of the cost per parameter —
    the reason nobody trains a network this way. Returns ``(nabla_b, nabla_w)``
    shaped like ``net.biases`` and ``net.weights``.
    """
    def cost():
        return net.cost(X, Y)
    nabla_b = [numerical_derivative(cost, b, h) for b in net.biases]
    nabla_w = [numerical_derivative(cost, w, h) for w in net.weights]
    return nabla_b, nabla_w


def complex_step_gradient(net, X, Y, h=1e-20):
    """∂C/∂b and ∂C/∂w for every parameter by the complex-step method.

    For a cost that is analytic in θ (or piecewise so, like ReLU),
    C(θ + ih) = C(θ) + ih C′(θ) − h²C″(θ)/2 + …, so

        ∂C/∂θ ≈ Im C(θ + ih) / h

    with error O(h²) and — unlike a difference quotient — no subtraction of
    nearly equal numbers. With h = 1e-20 every entry is exact to about 1e-15
    relative, however small it is. That makes it the reference of choice for
    testing backpropagation where centered differences run into rounding.
    """
    if not (_positive_number(h) and h < 1e-8):
        raise ValueError(f"h must be a positive number below 1e-8; got {h!r}")
    X, Y = net._pair(X, Y)
    real_biases, real_weights = net.biases, net.weights
    net.biases = [b.astype(complex) for b in real_biases]
    net.weights = [w.astype(complex) for w in real_weights]
    try:
        nabla_b = [np.zeros(b.shape) for b in real_biases]
        nabla_w = [np.zeros(w.shape) for w in real_weights]
        for param, grad in zip(net.biases + net.weights, nabla_b + nabla_w):
            for index in np.ndindex(param.shape):
                param[index] += 1j * h
                cost = np.mean(net.cost_function.value(net.feedforward(X), Y))
                param[index] -= 1j * h
                grad[index] = cost.imag / h
    finally:
        net.biases, net.weights = real_biases, real_weights
    return nabla_b, nabla_w


def relative_error(a, b):
    """max over entries of |a − b| / max(1e-8, |a| + |b|)  (the CS231n convention).

    ``a`` and ``b`` are arrays of the same shape, or equally long lists of
    them such as the ``(nabla_b, nabla_w)`` pairs. Around 1e-7 or below
    means agreement in float64; 1e-2 or above means a bug.
    """
    if isinstance(a, (list, tuple)) or isinstance(b, (list, tuple)):
        if not (isinstance(a, (list, tuple)) and isinstance(b, (list, tuple))
                and len(a) == len(b)):
            raise ValueError("a and b must both be arrays or both be lists of the same "
                             f"length; got {_describe(a)} and {_describe(b)}")
        if not a:
            raise ValueError("a and b are empty lists: there is nothing to compare")
        return max(relative_error(x, y) for x, y in zip(a, b))
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if a.shape != b.shape:
        raise ValueError(f"a and b must have the same shape; got {a.shape} and {b.shape}")
    if a.size == 0:
        raise ValueError("a and b are empty: there is nothing to compare")
    return float(np.max(np.abs(a - b) / np.maximum(1e-8, np.abs(a) + np.abs(b))))


def _describe(x):
    if isinstance(x, (list, tuple)):
        return f"a {type(x).__name__} of {len(x)}"
    return f"an array of shape {np.shape(x)}"


def _positive_number(h):
    return (isinstance(h, numbers.Real) and not isinstance(h, bool)
            and bool(np.isfinite(h)) and h > 0)
