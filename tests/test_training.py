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
