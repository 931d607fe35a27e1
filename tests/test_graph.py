"""The computational graph: every backward rule against centered differences."""

import numpy as np
import pytest

from book import Network
from book.gradcheck import node_gradient_error, relative_error
from book.graph import Node, add, affine, mul, relu, sigmoid, softmax, softmax_cross_entropy, total

rng = np.random.default_rng(0)


def check(build, *arrays, tol=1e-7):
    """Backward of L = Σ R ⊙ build(inputs) against centered differences, for every input."""
    assert node_gradient_error(build, *arrays) <= tol
    nodes = [Node(a) for a in arrays]
    out = build(*nodes)
    (total(mul(out, np.ones_like(out.data))) if out.data.ndim else out).backward()
    for node, array in zip(nodes, arrays):
        assert node.grad.shape == np.shape(array)
    return nodes


def away_from_zero(shape):
    x = rng.uniform(0.2, 2.0, shape)
    return x * rng.choice([-1.0, 1.0], shape)


@pytest.mark.parametrize("shape", [(1, 1), (3, 1), (2, 5)])
def test_add_and_mul(shape):
    check(add, rng.normal(size=shape), rng.normal(size=shape))
    check(mul, rng.normal(size=shape), rng.normal(size=shape))


@pytest.mark.parametrize("k,n,m", [(1, 1, 1), (3, 2, 1), (2, 4, 5), (1, 6, 3)])
def test_affine(k, n, m):
    nodes = check(affine, rng.normal(size=(k, n)), rng.normal(size=(n, m)), rng.normal(size=(k, 1)))
    assert [node.grad.shape for node in nodes] == [(k, n), (n, m), (k, 1)]


@pytest.mark.parametrize("node", [sigmoid, relu])
def test_activations(node):
    check(node, away_from_zero((3, 4)))     # ReLU has a kink at 0: stay away from it


@pytest.mark.parametrize("m", [1, 4])
def test_softmax_cross_entropy(m):
    t = np.eye(3)[:, rng.integers(0, 3, m)]
    a = rng.normal(size=(3, m))
    (node,) = check(lambda a: softmax_cross_entropy(a, t), a)
    np.testing.assert_allclose(node.grad, (softmax(a) - t) / m, rtol=1e-12)   # y − t
    soft = rng.dirichlet(np.ones(3), m).T                                      # soft targets
    check(lambda a: softmax_cross_entropy(a, soft), a)


def test_softmax_is_stable():
    big = np.array([[1000.0], [1001.0], [999.0]])
    y = softmax(big)
    assert np.all(np.isfinite(y)) and y.sum() == pytest.approx(1.0)
    loss = softmax_cross_entropy(Node(big), np.array([[0.0], [1.0], [0.0]]))
    assert np.isfinite(loss.data)


def test_car_and_tax():
    price, count, tax = Node(200.0), Node(2.0), Node(1.1)
    amount = price * count          # 400
    paid = amount * tax             # 440
    paid.backward()
    assert paid.data == pytest.approx(440.0) and amount.data == pytest.approx(400.0)
    assert price.grad == pytest.approx(2.2)
    assert count.grad == pytest.approx(220.0)
    assert tax.grad == pytest.approx(400.0)
    assert amount.grad == pytest.approx(1.1)


def test_a_value_used_twice_gets_both_contributions():
    x = Node(3.0)
    f = x * x + x                     # df/dx = 2x + 1 = 7
    f.backward()
    assert x.grad == pytest.approx(7.0)
    f.backward()                      # a second call starts afresh
    assert x.grad == pytest.approx(7.0)
    check(lambda x: add(mul(x, x), sigmoid(x)), rng.normal(size=(2, 3)))


def test_a_network_built_from_nodes_matches_book_network():
    """Affine + sigmoid nodes and a quadratic cost give exactly Network.backprop_batch."""
    net = Network([3, 4, 2], seed=5)
    X, Y = rng.normal(size=(3, 6)), rng.uniform(size=(2, 6))
    W2, b2, W3, b3 = (Node(p) for p in (net.weights[0], net.biases[0], net.weights[1], net.biases[1]))
    a3 = sigmoid(affine(W3, sigmoid(affine(W2, Node(X), b2)), b3))
    diff = add(a3, -Y)
    cost = mul(total(mul(diff, diff)), 0.5 / 6)                       # mean of ½‖a − y‖²
    cost.backward()
    assert cost.data == pytest.approx(net.cost(X, Y), rel=1e-12)
    nabla_b, nabla_w = net.backprop_batch(X, Y)
    assert relative_error([W2.grad, W3.grad, b2.grad, b3.grad], nabla_w + nabla_b) <= 1e-12


def test_composed_graph_two_layers_softmax():
    t = np.eye(4)[:, [0, 3, 1]]

    def build(W1, b1, W2, b2, x):
        return softmax_cross_entropy(affine(W2, relu(affine(W1, x, b1)), b2), t)
    check(build, rng.normal(size=(5, 2)), rng.normal(size=(5, 1)), rng.normal(size=(4, 5)),
          rng.normal(size=(4, 1)), away_from_zero((2, 3)), tol=1e-6)


@pytest.mark.parametrize("make,message", [
    (lambda: add(Node(np.ones(2)), Node(np.ones(3))), r"add needs two values of the same shape; got \(2,\) and \(3,\)"),
    (lambda: mul(Node(np.ones((2, 1))), Node(np.ones((1, 2)))), r"does not broadcast"),
    (lambda: affine(np.ones((2, 3)), np.ones((2, 4)), np.ones((2, 1))), r"W of shape \(p, n\) and x of shape \(n, m\); got W \(2, 3\) and x \(2, 4\)"),
    (lambda: affine(np.ones((2, 3)), np.ones((3, 4)), np.ones(2)), r"b of shape \(2, 1\)"),
    (lambda: Node([1.0, np.nan]), r"must be finite"),
    (lambda: Node("abc"), r"must be numbers"),
    (lambda: Node(None), r"must be real numbers; got NoneType"),
    (lambda: Node(np.array([1 + 2j])), r"must be real numbers"),
    (lambda: softmax_cross_entropy(np.ones((3, 0)), np.ones((3, 0))), r"m ≥ 1 examples"),
    (lambda: Node(np.ones(3)).backward(), r"backward\(\) starts from a single number"),
    (lambda: softmax_cross_entropy(np.ones((3, 2)), np.ones((2, 3))), r"same shape"),
    (lambda: softmax_cross_entropy(np.ones((2, 1)), np.array([[0.7], [0.7]])), r"probability vector"),
])
def test_bad_input(make, message):
    with pytest.raises(ValueError, match=message):
        make()


def test_an_array_times_a_node_is_one_node():
    x = Node(np.array([[1.0, 2.0], [3.0, 4.0]]))
    y = np.full((2, 2), 2.0) * x
    assert isinstance(y, Node) and np.array_equal(y.data, [[2.0, 4.0], [6.0, 8.0]])
    total(y).backward()
    assert np.array_equal(x.grad, np.full((2, 2), 2.0))


def test_a_long_chain_does_not_hit_the_recursion_limit():
    x = Node(0.5)
    y = x
    for _ in range(5000):
        y = y * 1.0
    y.backward()
    assert x.grad == 1.0
