"""The symbolic network: BP1–BP4 hold for any σ and C, wrong variants fail, paths sum up."""

import numpy as np
import pytest
import sympy as sp

from book import Network
from book.activations import sigmoid, sigmoid_prime
from book.gradcheck import relative_error
from book.symbolic import SymbolicNetwork, count_paths, layer_symbols, sigma_prime, verify


@pytest.mark.parametrize("sizes", [[1, 1], [1, 1, 1], [2, 3, 2], [2, 1, 2], [3, 2, 2, 1]])
@pytest.mark.parametrize("cost", ["general", "quadratic"])
def test_the_four_equations_hold(sizes, cost):
    report = verify(SymbolicNetwork(sizes, cost))
    assert report.ok, report.failed
    n_params = sum(a * b + a for a, b in zip(sizes[1:], sizes[:-1]))
    assert report.count() == n_params + sum(sizes[1:])   # BP3 + BP4 per parameter, BP1/BP2 per neuron
    assert {l for l, j, k in report.checked["BP4"]} == set(range(2, len(sizes) + 1))


def test_a_deeper_network():
    report = verify(SymbolicNetwork([3, 4, 4, 2]))
    assert report.ok and report.count() == 56


def wrong_no_transpose(net, l, delta_next):
    return (net.w[l + 1] * delta_next).multiply_elementwise(net.sigma_prime_of(l))


def wrong_layer_of_sigma_prime(net, l, delta_next):
    return (net.w[l + 1].T * delta_next).multiply_elementwise(net.sigma_prime_of(l + 1))


def wrong_missing_sigma_prime(net, l, delta_next):
    return net.w[l + 1].T * delta_next


@pytest.mark.parametrize("sizes", [[2, 3, 2], [2, 2, 2, 2]])
@pytest.mark.parametrize("bp2", [wrong_no_transpose, wrong_layer_of_sigma_prime, wrong_missing_sigma_prime])
def test_a_wrong_bp2_is_reported(sizes, bp2):
    report = verify(SymbolicNetwork(sizes), bp2=bp2)
    assert not report.ok and report.failed["BP2"]
    assert not report.failed["BP3"] and not report.failed["BP4"]     # the others are still fine


def test_a_wrong_bp1_is_reported():
    report = verify(SymbolicNetwork([2, 2]), bp1=lambda net: net.nabla_a())   # σ′(z^L) dropped
    assert report.failed["BP1"] == [(2, 1), (2, 2)]


@pytest.mark.parametrize("sizes", [[2, 3, 2], [3, 1, 2, 2]])
def test_lambdified_gradients_match_book_network(sizes):
    """With σ the sigmoid and the quadratic cost, the symbolic gradient is backprop's."""
    net = SymbolicNetwork(sizes, "quadratic")
    symbols = list(net.a[1]) + list(net.y)
    for l in range(2, net.L + 1):
        symbols += list(net.w[l]) + list(net.b[l])
    functions = {"sigma": sigmoid, "sigma_prime": sigmoid_prime}
    grads = [net.gradient(s) for l in range(2, net.L + 1) for s in list(net.w[l]) + list(net.b[l])]
    f = sp.lambdify(symbols, grads, modules=[functions, "numpy"])
    rng = np.random.default_rng(3)
    for seed in range(3):
        numeric = Network(sizes, seed=seed)
        x, y = rng.normal(size=(sizes[0], 1)), rng.uniform(size=(sizes[-1], 1))
        values = list(x.ravel()) + list(y.ravel())
        for w, b in zip(numeric.weights, numeric.biases):
            values += list(w.ravel()) + list(b.ravel())
        symbolic = np.array(f(*values), dtype=float)
        nabla_b, nabla_w = numeric.backprop(x, y)
        expected = np.concatenate([np.concatenate([nw.ravel(), nb.ravel()])
                                   for nw, nb in zip(nabla_w, nabla_b)])
        assert relative_error(symbolic, expected) <= 1e-10


def test_path_sum_equals_the_gradient():
    net = SymbolicNetwork([2, 3, 3, 2])
    for l in (2, 3, 4):
        for j in range(1, net.sizes[l - 1] + 1):
            k = 1
            assert len(net.paths(l, j)) == count_paths(net.sizes, l)
            assert sp.expand(net.path_sum(l, j, k) - net.gradient(net.w[l][j - 1, k - 1])) == 0
    assert count_paths([2, 3, 3, 2], 2) == 6 and count_paths([2, 3, 3, 2], 4) == 1


def test_sigma_prime_prints_as_a_derivative():
    z = sp.Symbol("z")
    assert sp.latex(sigma_prime(z)) == r"\sigma'\left(z\right)"


@pytest.mark.parametrize("sizes", [[2], [2, 0], "23", [2, 2.5], [True, 2]])
def test_bad_sizes(sizes):
    with pytest.raises(ValueError, match="sizes must be a list of at least two integers"):
        SymbolicNetwork(sizes)


def test_bad_arguments():
    with pytest.raises(ValueError, match="cost_function must be 'general' or 'quadratic'"):
        SymbolicNetwork([2, 2], "hinge")
    with pytest.raises(ValueError, match="n_out must be an integer ≥ 1; got 0"):
        layer_symbols(0, 2)


def test_wrong_bp3_and_bp4_are_reported():
    net = SymbolicNetwork([2, 2, 2])
    report = verify(net, bp3=lambda net, l, delta: 2 * delta)
    assert report.failed["BP3"] and not report.failed["BP4"]
    report = verify(net, bp4=lambda net, l, delta: 2 * delta * net.a[l - 1].T)
    assert report.failed["BP4"] and not report.failed["BP3"]


def test_a_result_of_the_wrong_shape_fails():
    net = SymbolicNetwork([2, 2, 2])
    padded = lambda net, l, d: net.bp2(l, d).col_join(sp.Matrix([[0]]))   # an extra entry
    assert verify(net, bp2=padded).failed["BP2"]


def test_canonical_labels_a_concrete_cost_correctly():
    """∂_jC is the derivative in the j-th argument: check it against C = a1**2 * a2."""
    from book.symbolic import canonical, cost, cost_partial
    a1, a2 = sp.symbols("a1 a2")
    expr = canonical(sp.diff(cost(a1, a2), a1) + 3 * sp.diff(cost(a1, a2), a2))
    concrete = expr.replace(cost_partial(1), lambda u, v: 2 * u * v).replace(cost_partial(2), lambda u, v: u**2)
    assert sp.expand(concrete - sp.diff(a1**2 * a2, a1) - 3 * sp.diff(a1**2 * a2, a2)) == 0


def test_path_arguments_are_checked():
    net = SymbolicNetwork([2, 3, 2])
    with pytest.raises(ValueError, match="j must be a neuron from 1 to 3 of layer 2; got 0"):
        net.paths(2, 0)
    with pytest.raises(ValueError, match="l must be a layer from 2 to 3"):
        net.path_sum(1, 1, 1)
    with pytest.raises(ValueError, match="k must be a neuron from 1 to 2 of layer 1"):
        net.path_sum(2, 1, 3)
