"""Bad input gets a ValueError that says what was expected and what came."""

import numpy as np
import pytest

from book import Network
from book.data import load_digits, one_hot
from book.gradcheck import complex_step_gradient, numerical_gradient


@pytest.fixture
def net():
    return Network([3, 4, 2])


@pytest.mark.parametrize("sizes,expected", [
    ([5], r"at least two layers .* got sizes=\[5\]"),
    ([], r"at least two layers .* got sizes=\[\]"),
    ([3, 0, 2], r"integer ≥ 1; got 0 in sizes=\[3, 0, 2\]"),
    ([3, -1], r"integer ≥ 1; got -1"),
    ([3, 2.5], r"integer ≥ 1; got 2.5"),
    ([3, True], r"integer ≥ 1; got True"),
    (7, r"list of layer sizes .* got 7"),
])
def test_bad_sizes(sizes, expected):
    with pytest.raises(ValueError, match=expected):
        Network(sizes)


def test_unknown_names():
    with pytest.raises(ValueError, match=r"unknown activation 'softsign': expected one of"):
        Network([2, 2], activation="softsign")
    with pytest.raises(ValueError, match=r"unknown cost 'hinge': expected one of"):
        Network([2, 2], cost="hinge")
    with pytest.raises(ValueError, match=r"unknown activation 'max'"):
        Network([2, 2], output_activation="max")


def test_costs_that_need_a_particular_output_layer():
    with pytest.raises(ValueError, match=r"log-likelihood cost goes with a softmax output layer.*got 'sigmoid'"):
        Network([2, 3, 2], cost="log_likelihood")
    with pytest.raises(ValueError, match=r"cross-entropy cost .* for a 'softmax' output use cost='log_likelihood'"):
        Network([2, 3, 2], cost="cross_entropy", output_activation="softmax")


def test_log_likelihood_stays_finite_when_a_probability_underflows():
    net = Network([2, 2], output_activation="softmax", cost="log_likelihood")
    net.weights[0][:] = [[800.0, 0.0], [0.0, 0.0]]
    cost = net.cost(np.array([1.0, 0.0]), np.array([0.0, 1.0]))
    assert np.isfinite(cost) and cost > 700


def test_softmax_only_as_output():
    with pytest.raises(ValueError, match=r"activation 'softmax' mixes the neurons of a layer.*output_activation='softmax'"):
        Network([2, 3, 2], activation="softmax")
    Network([2, 3, 2], output_activation="softmax", cost="log_likelihood")


@pytest.mark.parametrize("activation", ["tanh", "relu", "identity"])
def test_cross_entropy_needs_outputs_in_unit_interval(activation):
    with pytest.raises(ValueError, match=rf"output_activation='sigmoid'.*got output activation '{activation}'"):
        Network([2, 2], activation=activation, cost="cross_entropy")
    Network([2, 2], activation=activation, cost="cross_entropy", output_activation="sigmoid")


def test_cross_entropy_needs_targets_in_unit_interval():
    net = Network([2, 2], cost="cross_entropy")
    with pytest.raises(ValueError, match=r"targets in \[0, 1\]; got targets from -0.5 to 2.0"):
        net.backprop_batch(np.zeros((2, 2)), np.array([[-0.5, 0], [1, 2]]))


@pytest.mark.parametrize("X,expected", [
    (np.zeros((4, 5)), r"X must have shape \(3, m\).* got shape \(4, 5\)"),
    (np.zeros((5, 3)), r"got shape \(5, 3\) \(examples must be columns: did you mean its transpose\?\)"),
    (np.zeros(4), r"X must have shape \(3, m\).* got shape \(4,\)"),
    (np.zeros((3, 0)), r"got shape \(3, 0\)"),
    (np.zeros((3, 1, 1)), r"got shape \(3, 1, 1\)"),
    ("abc", r"X must be an array of numbers; got str"),
])
def test_bad_input_shape(net, X, expected):
    with pytest.raises(ValueError, match=expected):
        net.feedforward(X)


def test_bad_target_shape(net):
    X = np.zeros((3, 5))
    with pytest.raises(ValueError, match=r"Y must have shape \(2, m\).* got shape \(3, 5\)"):
        net.backprop_batch(X, np.zeros((3, 5)))
    with pytest.raises(ValueError, match=r"Y must have one column per example of X, shape \(2, 5\); got shape \(2, 4\)"):
        net.backprop_batch(X, np.zeros((2, 4)))
    with pytest.raises(ValueError, match=r"Y must have shape \(2, m\)"):
        net.cost(X, np.zeros(5))


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_non_finite_inputs_and_targets(net, bad):
    X, Y = np.zeros((3, 2)), np.zeros((2, 2))
    X[1, 1] = bad
    with pytest.raises(ValueError, match=r"X must contain only finite numbers; got 1 NaN or infinite"):
        net.backprop_batch(X, Y)
    with pytest.raises(ValueError, match=r"X must contain only finite"):
        net.feedforward(X)
    Y[0, 0] = bad
    with pytest.raises(ValueError, match=r"Y must contain only finite"):
        net.backprop(np.zeros(3), Y[:, 0])


def test_backprop_takes_one_example(net):
    with pytest.raises(ValueError, match=r"backprop takes one example.* got 4 columns \(use backprop_batch"):
        net.backprop(np.zeros((3, 4)), np.zeros((2, 4)))


@pytest.mark.parametrize("kwargs,expected", [
    (dict(epochs=-1), r"epochs must be an integer ≥ 0; got -1"),
    (dict(epochs=1.5), r"epochs must be an integer ≥ 0; got 1.5"),
    (dict(mini_batch_size=0), r"mini_batch_size must be an integer ≥ 1; got 0"),
    (dict(eta=0.0), r"eta must be a positive finite number; got 0.0"),
    (dict(eta=np.nan), r"eta must be a positive finite number; got nan"),
    (dict(eta=True), r"eta must be a positive finite number; got True"),
    (dict(training_data=np.zeros((3, 4))), r"training_data must be a pair \(X, Y\)"),
    (dict(test_data=(np.zeros((3, 4)), np.zeros((2, 3)))), r"Y must have one column per example"),
])
def test_bad_sgd_arguments(net, kwargs, expected):
    args = dict(training_data=(np.zeros((3, 4)), np.zeros((2, 4))), epochs=1,
                mini_batch_size=2, eta=0.1)
    args.update(kwargs)
    with pytest.raises(ValueError, match=expected):
        net.sgd(**args)


@pytest.mark.parametrize("h", [0, -1e-5, "1e-5", True, np.nan])
def test_bad_gradcheck_step(net, h):
    with pytest.raises(ValueError, match=r"h must be a positive"):
        numerical_gradient(net, np.zeros(3), np.zeros(2), h=h)
    with pytest.raises(ValueError, match=r"h must be a positive"):
        complex_step_gradient(net, np.zeros(3), np.zeros(2), h=h)


@pytest.mark.parametrize("seed", ["abc", 1.5, -1, True])
def test_bad_seed(seed):
    with pytest.raises(ValueError, match=r"seed must be a non-negative integer or None"):
        Network([2, 2], seed=seed)


@pytest.mark.parametrize("labels", [[7, 1], [1.5, 0], [-1, 0], ["a", "b"]])
def test_bad_accuracy_labels(labels):
    net = Network([2, 3])
    with pytest.raises(ValueError, match=r"class labels must be integers from 0 to 2"):
        net.accuracy(np.zeros((2, 2)), np.array(labels))


def test_complex_input_is_refused(net):
    with pytest.raises(ValueError, match=r"X must be real; got complex"):
        net.feedforward(np.array([1 + 1j, 2, 3]))


def test_no_transpose_hint_for_one_dimensional_input():
    with pytest.raises(ValueError) as err:
        Network([1, 2]).feedforward(np.array([1.0, 2.0, 3.0]))
    assert "transpose" not in str(err.value)


def test_bad_data_arguments():
    with pytest.raises(ValueError, match=r"test_fraction must lie strictly between 0 and 1; got 1.5"):
        load_digits(test_fraction=1.5)
    with pytest.raises(ValueError, match=r"labels must lie in 0..9; got 0..10"):
        one_hot(np.array([0, 10]))
    with pytest.raises(ValueError, match=r"1-D array of integers"):
        one_hot(np.array([0.5]))
    with pytest.raises(ValueError, match=r"n_classes must be an integer ≥ 1; got 2.5"):
        one_hot(np.array([0, 1]), n_classes=2.5)
    with pytest.raises(ValueError, match=r"test_fraction must lie strictly between 0 and 1; got '0.3'"):
        load_digits(test_fraction="0.3")


def test_single_example_shapes_are_accepted(net):
    """x of shape (n,) or (n, 1) is one example; the output is one column."""
    x = np.array([0.1, 0.2, 0.3])
    assert net.feedforward(x).shape == (2, 1)
    assert np.array_equal(net.feedforward(x), net.feedforward(x.reshape(3, 1)))
