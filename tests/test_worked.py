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


def test_the_graph_is_the_same_network(worked):
    """The scalar computational graph of ch02 and Network.backprop: two computations, one answer."""
    from book.worked import worked_graph
    graph = worked_graph(worked)
    assert np.isclose(float(graph["C"].data), worked.cost, rtol=1e-14)
    for l in (2, 3):
        for j in (1, 2):
            assert np.isclose(float(graph[f"z{l}_{j}"].data), worked.value("z", l, j), rtol=1e-14)
            assert np.isclose(float(graph[f"a{l}_{j}"].data), worked.value("a", l, j), rtol=1e-14)
            assert np.isclose(float(graph[f"z{l}_{j}"].grad), worked.value("delta", l, j),
                              rtol=1e-12)
            assert np.isclose(float(graph[f"b{l}_{j}"].grad), worked.value("db", l, j), rtol=1e-12)
            for k in (1, 2):
                assert np.isclose(float(graph[f"w{l}_{j}{k}"].grad), worked.value("dw", l, j, k),
                                  rtol=1e-12)
    # nothing of the network was changed by building the graph
    assert np.isclose(worked_network().cost, worked.cost, rtol=0)


def test_the_graph_figure_draws_every_wire(worked):
    import matplotlib.pyplot as plt
    from book.plots import draw_worked_graph
    from book.worked import worked_graph
    graph = worked_graph(worked)
    ax = draw_worked_graph(graph, hot=["w3_21"])
    texts = [t.get_text() for t in ax.texts if t.get_text()]   # arrows are empty texts
    for l in (2, 3):
        for j in (1, 2):
            for name in (f"z{l}_{j}", f"b{l}_{j}", f"a{l}_{j}"):
                assert number(float(graph[name].data)) in texts, name
            assert number(worked.value("delta", l, j)) in texts
            for k in (1, 2):
                assert number(worked.value("w", l, j, k)) in texts
                assert number(worked.value("dw", l, j, k)) in texts
    assert number(worked.cost) in texts and "1" in texts
    # 39 wires, each with its value and its gradient; 19 nodes; 16 names of inputs; 3 headings
    arrows = [c for c in ax.get_children() if type(c).__name__ == "Annotation"]
    assert len(arrows) == 39
    assert len(texts) == 2 * 39 + 19 + 16 + 3
    plt.close(ax.figure)
