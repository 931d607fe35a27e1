"""Chapter 9 counts multiplications with ``book.modes``, one example at a time, and
scales them by the size of a mini-batch. Here those counts are held against what
``Network`` actually multiplies: an array type that adds up the scalar multiplications
of every matrix product it enters, given to a network as its weights and activations."""

import numpy as np
import pytest

from book import Network
from book.activations import Activation, sigmoid, sigmoid_prime
from book.modes import forward_pass_count, reverse_mode_count


class Counted(np.ndarray):
    """An array that adds up the multiplications of the matrix products it enters."""

    multiplications = products = 0

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        plain = [np.asarray(v) for v in inputs]
        if ufunc is np.matmul:
            (n, k), (_, m) = plain[0].shape, plain[1].shape
            Counted.multiplications += n * k * m
            Counted.products += 1
        out = getattr(ufunc, method)(*plain, **kwargs)
        return out.view(Counted) if isinstance(out, np.ndarray) else out


def counting_network(sizes):
    """The network ``Network(sizes, seed=0)``, with weights and activations that count."""
    counted_sigmoid = Activation("sigmoid", lambda z: sigmoid(z).view(Counted),
                                 sigmoid_prime, 0.0, 1.0)
    net = Network(sizes, activation=counted_sigmoid, seed=0)
    net.weights = [w.view(Counted) for w in net.weights]
    return net


def count(f):
    Counted.multiplications = Counted.products = 0
    result = f()
    return Counted.multiplications, Counted.products, result


@pytest.mark.parametrize("sizes", [[2, 2, 2], [64, 100, 10], [64, 30, 30, 30, 10],
                                   [10, 50, 50, 10]])
@pytest.mark.parametrize("m", [1, 7, 100])
def test_book_modes_counts_what_the_network_multiplies(sizes, m):
    rng = np.random.default_rng(0)
    X, Y = rng.normal(size=(sizes[0], m)), rng.uniform(size=(sizes[-1], m))
    net = counting_network(sizes)
    L = len(sizes)
    forward_count, backward_count = forward_pass_count(net), reverse_mode_count(net)

    forward, forward_products, _ = count(lambda: net.feedforward(X))
    assert forward == m * forward_count and forward_products == L - 1

    both, products, gradient = count(lambda: net.backprop_batch(X, Y))
    assert both == m * (forward_count + backward_count)
    assert both == 3 * forward - m * sizes[0] * sizes[1]          # BP2 skips w^2
    assert products == (L - 1) + (L - 1) + (L - 2)                # forward, BP4, BP2

    def per_example():
        for i in range(m):
            net.backprop(X[:, [i]], Y[:, [i]])
    loop, loop_products, _ = count(per_example)
    assert loop == both and loop_products == m * products

    # counting changes nothing in the arithmetic
    plain = Network(sizes, seed=0).backprop_batch(X, Y)
    assert all(np.allclose(g, h, rtol=1e-12, atol=0)
               for g, h in zip(plain[0] + plain[1], gradient[0] + gradient[1], strict=True))
