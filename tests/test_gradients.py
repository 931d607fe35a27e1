"""Backpropagation gives the gradient: against centered differences, the complex step, and itself."""

import dataclasses
import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from book import Network
from book.activations import ELEMENTWISE
from book.costs import COSTS
from book.gradcheck import complex_step_gradient, numerical_derivative, numerical_gradient, relative_error

PAIRS = list(itertools.product(ELEMENTWISE, sorted(COSTS)))


def make(sizes, activation, cost, m, seed=0, output=None):
    """A network and a batch of m examples.

    Costs that need outputs in (0, 1) get a sigmoid output layer unless ``output``
    says otherwise; a softmax output gets targets that are probability vectors.
    """
    if output is None and cost == "cross_entropy":
        output = "sigmoid"
    if output is None and cost == "log_likelihood":
        output = "softmax"
    net = Network(sizes, activation, cost, seed=seed, output_activation=output)
    rng = np.random.default_rng(seed + 1000)
    X = rng.standard_normal((sizes[0], m))
    Y = rng.uniform(0, 1, (sizes[-1], m))
    if output == "softmax":
        Y = Y / Y.sum(axis=0, keepdims=True)
    return net, X, Y


def per_example_mean(net, X, Y):
    grads = [net.backprop(X[:, [i]], Y[:, [i]]) for i in range(X.shape[1])]
    return tuple([np.mean(g, axis=0) for g in zip(*parts)] for parts in zip(*grads))


@pytest.mark.parametrize("activation,cost", PAIRS)
@pytest.mark.parametrize("sizes", [[2, 3, 2], [1, 1, 1], [3, 1, 2]])
@pytest.mark.parametrize("m", [1, 4])
def test_backprop_matches_centered_differences(activation, cost, sizes, m):
    net, X, Y = make(sizes, activation, cost, m)
    numeric = numerical_gradient(net, X, Y)
    assert relative_error(net.backprop_batch(X, Y), numeric) <= 1e-7
    assert relative_error(per_example_mean(net, X, Y), numeric) <= 1e-7
    if m == 1:
        assert relative_error(net.backprop(X, Y), numeric) <= 1e-7


@pytest.mark.parametrize("activation,cost", PAIRS)
@pytest.mark.parametrize("sizes", [[4, 6, 5, 3], [5, 8, 8, 8, 2], [1, 1, 1, 1, 1]])
@pytest.mark.parametrize("m", [1, 9])
def test_backprop_matches_complex_step(activation, cost, sizes, m):
    net, X, Y = make(sizes, activation, cost, m)
    exact = complex_step_gradient(net, X, Y)
    assert relative_error(net.backprop_batch(X, Y), exact) <= 1e-9
    if m == 1:
        assert relative_error(net.backprop(X, Y), exact) <= 1e-9


@settings(max_examples=300)
@given(sizes=st.lists(st.integers(1, 8), min_size=2, max_size=5),
       m=st.integers(1, 16),
       activation=st.sampled_from(ELEMENTWISE),
       cost=st.sampled_from(sorted(COSTS)),
       seed=st.integers(0, 2**32 - 1))
def test_random_architectures(sizes, m, activation, cost, seed):
    net, X, Y = make(sizes, activation, cost, m, seed)
    batch = net.backprop_batch(X, Y)
    # the complex step has no cancellation error, so it can referee every entry, however small
    assert relative_error(batch, complex_step_gradient(net, X, Y)) <= 1e-9
    assert_same_gradient(batch, per_example_mean(net, X, Y))


def assert_same_gradient(got, expected, tol=1e-12):
    """Equal to ``tol`` relative to the largest entry (tiny entries may differ in rounding only)."""
    for g_list, e_list in zip(got, expected):
        for g, e in zip(g_list, e_list):
            assert g.shape == e.shape
            assert np.max(np.abs(g - e)) <= tol * max(1.0, np.max(np.abs(e)))


@pytest.mark.parametrize("activation,cost", PAIRS)
def test_batch_equals_mean_of_per_example_backprop(activation, cost):
    net, X, Y = make([5, 7, 4, 3], activation, cost, m=13)
    assert_same_gradient(net.backprop_batch(X, Y), per_example_mean(net, X, Y))


@pytest.mark.parametrize("sizes", [[1, 1], [3, 1, 2], [64, 30, 10], [2, 5, 5, 5, 1]])
@pytest.mark.parametrize("m", [1, 6])
def test_every_gradient_has_its_parameter_shape(sizes, m):
    net, X, Y = make(sizes, "sigmoid", "quadratic", m)
    for nabla_b, nabla_w in [net.backprop_batch(X, Y), net.backprop(X[:, 0], Y[:, 0]),
                             numerical_gradient(net, X, Y) if sum(sizes) < 20 else
                             net.backprop_batch(X, Y)]:
        assert [g.shape for g in nabla_b] == [b.shape for b in net.biases]
        assert [g.shape for g in nabla_w] == [w.shape for w in net.weights]
    assert [w.shape for w in net.weights] == list(zip(sizes[1:], sizes[:-1]))
    assert [b.shape for b in net.biases] == [(n, 1) for n in sizes[1:]]


def test_gradient_checks_leave_the_network_unchanged():
    net, X, Y = make([3, 4, 2], "tanh", "quadratic", m=5)
    before = [p.copy() for p in net.biases + net.weights]
    numerical_gradient(net, X, Y)
    complex_step_gradient(net, X, Y)
    after = net.biases + net.weights
    assert all(np.array_equal(p, q) and q.dtype == np.float64 for p, q in zip(before, after))


def test_a_wrong_gradient_is_caught():
    """The checks can fail: drop σ′ from BP2 and the error is far above the bar."""
    net, X, Y = make([3, 4, 2], "sigmoid", "quadratic", m=5)
    numeric = numerical_gradient(net, X, Y)
    assert relative_error(net.backprop_batch(X, Y), numeric) <= 1e-7
    net.activation = dataclasses.replace(net.activation, prime=lambda z, a=None: np.ones_like(z))
    assert relative_error(net.backprop_batch(X, Y), numeric) > 1e-2


def test_relative_error_convention():
    assert relative_error(np.array([1.0, 2.0]), np.array([1.0, 2.0])) == 0.0
    assert relative_error(np.array([1.0]), np.array([3.0])) == pytest.approx(0.5)
    assert relative_error(np.array([0.0]), np.array([1e-12])) == pytest.approx(1e-4)
    with pytest.raises(ValueError, match="nothing to compare"):
        relative_error([], [])
    with pytest.raises(ValueError, match="same shape"):
        relative_error(np.zeros(3), np.zeros(4))
    with pytest.raises(ValueError, match="both be lists"):
        relative_error([np.zeros(3)], np.zeros(3))


def test_forward_differences_are_first_order():
    net, X, Y = make([3, 4, 2], "sigmoid", "quadratic", m=5)
    exact = complex_step_gradient(net, X, Y)[1][0]

    def cost():
        return net.cost(X, Y)
    errors = [np.max(np.abs(numerical_derivative(cost, net.weights[0], h, "forward") - exact))
              for h in (1e-2, 1e-3)]
    assert 5 < errors[0] / errors[1] < 20          # ten times smaller h, about ten times smaller error
    with pytest.raises(ValueError, match="method must be 'centered' or 'forward'"):
        numerical_derivative(cost, net.weights[0], method="backward")


def test_float32_copy_computes_in_float32():
    net, X, Y = make([3, 4, 2], "tanh", "quadratic", m=5)
    single = net.astype(np.float32)
    assert single.dtype == np.float32 and net.dtype == np.float64
    assert single.feedforward(X).dtype == np.float32
    assert all(g.dtype == np.float32 for g in single.backprop_batch(X, Y)[1])
    exact = complex_step_gradient(net, X, Y)
    assert 1e-8 < relative_error(single.backprop_batch(X, Y), exact) < 1e-4    # float32 rounding
    with pytest.raises(ValueError, match="floating-point type"):
        net.astype(np.int32)


@pytest.mark.parametrize("cost", ["quadratic", "log_likelihood"])
@pytest.mark.parametrize("activation", ELEMENTWISE)
@pytest.mark.parametrize("sizes,m", [([3, 4, 3], 1), ([2, 5, 4], 6), ([3, 2, 2, 5], 3)])
def test_softmax_output_layer(cost, activation, sizes, m):
    net, X, Y = make(sizes, activation, cost, m, output="softmax")
    exact = complex_step_gradient(net, X, Y)
    assert relative_error(net.backprop_batch(X, Y), exact) <= 1e-9
    assert_same_gradient(net.backprop_batch(X, Y), per_example_mean(net, X, Y))
    assert relative_error(net.backprop_batch(X, Y), numerical_gradient(net, X, Y)) <= 1e-6


def test_softmax_with_log_likelihood_gives_a_minus_y():
    net, X, Y = make([3, 4, 3], "sigmoid", "log_likelihood", 5, output="softmax")
    zs, activations = net.forward_pass(X)
    delta = net.cost_function.delta(zs[-1], activations[-1], Y, net.output_activation)
    assert np.allclose(delta, activations[-1] - Y, rtol=1e-12, atol=1e-15)
    general = net.output_activation.backward(zs[-1], activations[-1],
                                             net.cost_function.gradient(activations[-1], Y))
    assert np.allclose(delta, general, rtol=1e-10, atol=1e-14)
