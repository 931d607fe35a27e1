"""Forward mode against reverse mode: the same gradient, and the work each one counts."""

import numpy as np
import pytest

from book import Network
from book.modes import (chain_product, forward_mode_gradient, forward_pass_count,
                        reverse_mode_count)
from book.worked import worked_network


@pytest.mark.parametrize("sizes", [[2, 2, 2], [3, 5, 4, 2], [4, 1, 3]])
def test_forward_mode_gives_backprops_gradient(sizes):
    net = Network(sizes, seed=3)
    rng = np.random.default_rng(0)
    x, y = rng.normal(size=(sizes[0], 1)), rng.uniform(size=(sizes[-1], 1))
    fb, fw, _ = forward_mode_gradient(net, x, y)
    bb, bw = net.backprop(x, y)
    for a, b in zip(fb + fw, bb + bw, strict=True):
        assert a.shape == b.shape and np.allclose(a, b, rtol=1e-12, atol=1e-15)


def test_the_counts_say_why_backwards():
    """Forward mode costs about one forward pass per parameter; reverse mode about three
    forward passes in all (δ propagation and the BP4 outer products), whatever the size."""
    for sizes in ([2, 2, 2], [10, 20, 10], [30, 40, 40, 10]):
        net = Network(sizes, seed=0)
        x, y = np.ones((sizes[0], 1)), np.zeros((sizes[-1], 1))
        params = sum(b.size + w.size for b, w in zip(net.biases, net.weights))
        _, _, forward_mode = forward_mode_gradient(net, x, y)
        reverse = reverse_mode_count(net)
        one_pass = forward_pass_count(net)
        # forward + backward = 3F − n1 n2: between two and three forward passes
        assert one_pass + reverse == 3 * one_pass - sizes[0] * sizes[1]
        assert 2 * one_pass <= one_pass + reverse < 3 * one_pass
        assert forward_mode >= params * sizes[-1] * sizes[-2] / 2   # a pass per parameter
        assert forward_mode / reverse > params / 10
    worked = worked_network()
    _, _, count = forward_mode_gradient(worked.net, worked.x, worked.y)
    assert count > reverse_mode_count(worked.net)


def test_eq35_read_from_the_right_costs_matrix_vector_products():
    rng = np.random.default_rng(1)
    n, depth = 30, 6
    factors = [rng.normal(size=(n, n)) for _ in range(depth)] + [rng.normal(size=(n, 1))]
    right, right_count = chain_product(factors, "right-to-left")
    left, left_count = chain_product(factors, "left-to-right")
    assert np.allclose(right, left, rtol=1e-9)
    assert right_count == depth * n * n                  # matrix times vector, depth times
    assert left_count == (depth - 1) * n ** 3 + n * n    # matrix times matrix, then the vector
    with pytest.raises(ValueError, match="order must be"):
        chain_product(factors, "middle-out")
    with pytest.raises(ValueError, match="at least one factor"):
        chain_product([], "left-to-right")
