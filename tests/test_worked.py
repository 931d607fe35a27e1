"""The running example: its numbers come from book, and its figures draw exactly those."""

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

from book.gradcheck import numerical_gradient  # noqa: E402
from book.plots import draw_worked_network, number  # noqa: E402
from book.worked import worked_network  # noqa: E402


@pytest.fixture(scope="module")
def worked():
    return worked_network()


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def test_the_numbers_are_the_four_equations(worked):
    """Recomputed by hand, line by line, from the weights: BP1–BP4 on the running example."""
    w2, w3 = worked.net.weights
    b2, b3 = worked.net.biases
    z2 = w2 @ worked.x + b2
    a2 = sigmoid(z2)
    z3 = w3 @ a2 + b3
    a3 = sigmoid(z3)
    delta3 = (a3 - worked.y) * a3 * (1 - a3)                    # BP1
    delta2 = (w3.T @ delta3) * a2 * (1 - a2)                    # BP2
    for ours, book in [(z2, worked.z[0]), (z3, worked.z[1]), (a3, worked.activations[2]),
                       (delta3, worked.delta[1]), (delta2, worked.delta[0]),
                       (delta3, worked.nabla_b[1]),             # BP3
                       (delta3 @ a2.T, worked.nabla_w[1]),      # BP4
                       (delta2 @ worked.x.T, worked.nabla_w[0])]:
        assert np.allclose(ours, book, rtol=1e-14, atol=0)
    assert np.isclose(worked.cost, 0.5 * np.sum((a3 - worked.y) ** 2), rtol=1e-14)


def test_the_gradient_is_the_true_one(worked):
    nb, nw = numerical_gradient(worked.net, worked.x, worked.y)
    assert all(np.allclose(a, b, rtol=1e-7, atol=1e-10)
               for a, b in zip(nb + nw, worked.nabla_b + worked.nabla_w, strict=True))


@pytest.mark.parametrize("view", ["forward", "backward"])
def test_the_figure_draws_the_numbers_of_book(worked, view):
    import matplotlib.pyplot as plt
    ax = draw_worked_network(worked, view=view, path=[(2, 1, 1), (3, 2, 1)])
    texts = " ".join(t.get_text() for t in ax.texts)
    expected = []
    for l in (2, 3):
        for j in (1, 2):
            for k in (1, 2):
                expected.append(number(worked.value("w" if view == "forward" else "dw", l, j, k)))
            if view == "forward":
                expected += [f"z={number(worked.value('z', l, j))}",
                             f"a={number(worked.value('a', l, j))}"]
            else:
                expected += [f"δ={number(worked.value('delta', l, j))}",
                             f"σ′={number(worked.value('sp', l, j))}"]
    if view == "forward":
        expected.append(f"C={number(worked.cost)}")
    missing = [e for e in expected if e not in texts]
    assert missing == [], missing
    plt.close("all")


def test_bad_views_and_names_are_refused(worked):
    with pytest.raises(ValueError, match="view must be"):
        draw_worked_network(worked, view="sideways")
    with pytest.raises(ValueError, match="kind must be one of"):
        worked.value("q", 2, 1)
