"""Training on real data: the digits reach high held-out accuracy, reproducibly."""

import numpy as np
import pytest

from book import Network
from book.data import load_digits


@pytest.fixture(scope="module")
def digits():
    return load_digits(test_fraction=0.25, seed=0)


def test_digits_data(digits):
    assert digits.X_train.shape == (64, 1347) and digits.X_test.shape == (64, 450)
    assert digits.Y_train.shape == (10, 1347) and digits.Y_test.shape == (10, 450)
    assert digits.X_train.min() == 0.0 and digits.X_train.max() == 1.0
    assert np.all(digits.Y_train.sum(axis=0) == 1.0)
    # seeded: the same split twice, a different one for another seed
    assert np.array_equal(load_digits(seed=0).X_test, digits.X_test)
    assert not np.array_equal(load_digits(seed=1).X_test, digits.X_test)


@pytest.mark.parametrize("cost,eta", [("quadratic", 3.0), ("cross_entropy", 0.5)])
def test_digits_accuracy(digits, cost, eta):
    net = Network([64, 30, 10], cost=cost, seed=0)
    before = net.accuracy(*digits.test)
    history = net.sgd(digits.train, epochs=30, mini_batch_size=10, eta=eta,
                      test_data=digits.test)
    accuracy = history[-1]["test_accuracy"]
    print(f"{cost}: held-out accuracy {before:.3f} before training, {accuracy:.3f} after 30 epochs")
    assert before < 0.3
    assert accuracy >= 0.95
    assert history[-1]["train_cost"] < history[0]["train_cost"]
    assert [r["epoch"] for r in history] == list(range(1, 31))


def test_training_is_deterministic(digits):
    runs = []
    for _ in range(2):
        net = Network([64, 10, 10], seed=7)
        history = net.sgd(digits.train, epochs=2, mini_batch_size=32, eta=1.0)
        runs.append((history, net.weights[0].copy()))
    assert runs[0][0] == runs[1][0]
    assert np.array_equal(runs[0][1], runs[1][1])


def test_accuracy_accepts_labels_or_one_hot(digits):
    net = Network([64, 10, 10], seed=1)
    labels = digits.Y_test.argmax(axis=0)
    assert net.accuracy(digits.X_test, labels) == net.accuracy(*digits.test)


def test_feedforward_of_a_batch_is_the_columns_fed_one_by_one(digits):
    net = Network([64, 30, 10], seed=2)
    X = digits.X_test[:, :20]
    columns = np.hstack([net.feedforward(X[:, i]) for i in range(20)])
    np.testing.assert_allclose(net.feedforward(X), columns, rtol=1e-14, atol=0)


def test_the_demon_changes_the_cost_by_delta_dz():
    net = Network([3, 4, 2], seed=4)
    x, y = np.array([0.2, -0.4, 0.9]), np.array([0.0, 1.0])
    nabla_b, _ = net.backprop(x, y)                 # BP3: ∂C/∂b = δ
    assert net.cost_with_demon(x, y, 2, 3, 0.0) == net.cost(x, y)
    for layer, neuron in [(2, 1), (2, 4), (3, 2)]:
        dz = 1e-6
        slope = (net.cost_with_demon(x, y, layer, neuron, dz)
                 - net.cost_with_demon(x, y, layer, neuron, -dz)) / (2 * dz)
        assert abs(slope - nabla_b[layer - 2][neuron - 1, 0]) <= 1e-8


@pytest.mark.parametrize("args,message", [
    ((1, 1, 0.1), r"layer must be an integer from 2 to 3; got 1"),
    ((2, 5, 0.1), r"neuron must be an integer from 1 to 4 in layer 2; got 5"),
    ((2, 1, np.nan), r"dz must be a finite number"),
])
def test_demon_bad_arguments(args, message):
    net = Network([3, 4, 2])
    with pytest.raises(ValueError, match=message):
        net.cost_with_demon(np.zeros(3), np.zeros(2), *args)
