"""Each activation's σ′ and each cost's ∇_a C agree with the derivative of the function itself."""

import numpy as np
import pytest

from book.activations import ACTIVATIONS, ELEMENTWISE, get_activation, sigmoid, sigmoid_prime, softmax
from book.costs import COSTS, get_cost
from book.gradcheck import relative_error

Z = np.linspace(-6, 6, 240).reshape(3, -1) + 0.013  # avoids ReLU's kink at exactly 0


@pytest.mark.parametrize("name", ELEMENTWISE)
def test_activation_derivative_matches_complex_step(name):
    act = get_activation(name)
    h = 1e-20
    numeric = act(Z + 1j * h).imag / h
    assert act.prime(Z).shape == Z.shape
    assert relative_error(act.prime(Z), numeric) <= 1e-10
    # σ′ computed from the output a = σ(z) agrees with σ′ computed from z
    assert relative_error(act.prime(Z, act(Z)), act.prime(Z)) <= 1e-12


@pytest.mark.parametrize("name", sorted(ACTIVATIONS))
def test_activation_values_lie_in_declared_range(name):
    act = get_activation(name)
    values = act(np.linspace(-50, 50, 1001))
    assert np.all(values >= act.low) and np.all(values <= act.high)


@pytest.mark.parametrize("name", ELEMENTWISE)
def test_integer_and_list_inputs_are_treated_as_floats(name):
    act = get_activation(name)
    z = np.array([-128, -1, 0, 3, 127], dtype=np.int8)
    assert act(z).dtype == np.float64
    assert np.array_equal(act(z), act(z.astype(float)))
    assert np.array_equal(act([-1, 0, 2]), act(np.array([-1.0, 0.0, 2.0])))


def test_sigmoid_is_stable_and_exact_at_extremes():
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        assert sigmoid(-1000.0) == 0.0 and sigmoid(1000.0) == 1.0
    assert sigmoid(0.0) == 0.5 and sigmoid_prime(0.0) == 0.25


@pytest.mark.parametrize("name", sorted(COSTS))
def test_cost_gradient_matches_centered_differences(name):
    rng = np.random.default_rng(0)
    cost = get_cost(name)
    a = rng.uniform(0.05, 0.95, (4, 3))
    y = rng.uniform(0, 1, (4, 3))
    h = 1e-6
    numeric = np.zeros_like(a)
    for index in np.ndindex(a.shape):
        step = np.zeros_like(a)
        step[index] = h
        numeric[index] = (cost.value(a + step, y) - cost.value(a - step, y))[index[1]] / (2 * h)
    assert cost.value(a, y).shape == (3,)
    assert relative_error(cost.gradient(a, y), numeric) <= 1e-7


def test_cross_entropy_delta_is_a_minus_y_for_sigmoid():
    rng = np.random.default_rng(1)
    z, y = rng.normal(size=(3, 5)), rng.uniform(size=(3, 5))
    cost, sig = get_cost("cross_entropy"), get_activation("sigmoid")
    a = sig(z)
    general = cost.gradient(a, y) * sig.prime(z)  # BP1 with the Hadamard product
    assert relative_error(cost.delta(z, a, y, sig), general) <= 1e-12
    # and it stays finite where σ rounds to exactly 1
    assert np.all(np.isfinite(cost.delta(np.array([[40.0]]), np.array([[1.0]]),
                                         np.array([[0.0]]), sig)))


@pytest.mark.parametrize("bad", ["softplus", "", None, 3, ["sigmoid"]])
def test_unknown_activation_name(bad):
    with pytest.raises(ValueError, match=r"unknown activation .* expected one of"):
        get_activation(bad)


@pytest.mark.parametrize("bad", ["hinge", "", None, 3])
def test_unknown_cost_name(bad):
    with pytest.raises(ValueError, match=r"unknown cost .* expected one of"):
        get_cost(bad)


def test_softmax_columns_are_probabilities_and_stable():
    z = np.array([[1.0, 1000.0], [2.0, 1001.0], [3.0, -1000.0]])
    a = softmax(z)
    assert np.all(np.isfinite(a)) and np.allclose(a.sum(axis=0), 1.0)
    assert np.allclose(a[:, 0], np.exp([1, 2, 3]) / np.exp([1, 2, 3]).sum())


def test_softmax_backward_is_the_jacobian_transpose():
    rng = np.random.default_rng(2)
    z, g = rng.normal(size=(4, 3)), rng.normal(size=(4, 3))
    act = get_activation("softmax")
    h = 1e-20
    expected = np.zeros_like(z)
    for i in range(4):      # (Jᵀ g)_i = Σ_j g_j ∂a_j/∂z_i, column by column, by the complex step
        step = np.zeros_like(z, dtype=complex)
        step[i] = 1j * h
        expected[i] = np.sum(g * softmax(z + step).imag / h, axis=0)
    assert relative_error(act.backward(z, softmax(z), g), expected) <= 1e-10
    with pytest.raises(ValueError, match="not elementwise"):
        act.prime(z)
