"""The course's running example: one small network with every number of its backward pass.

A 2-2-2 sigmoid network with the quadratic cost, one training example, and weights
with one or two digits, so that a reader can check any number by hand. Every value
here comes from running ``book.Network`` on it (``forward_pass`` and ``backprop``); the
figures of the worked network (``book.plots.draw_worked_network``) draw these values
and nothing else.
"""

import dataclasses

import numpy as np

from book.network import Network

SIZES = (2, 2, 2)
X = np.array([[1.0], [0.5]])
Y = np.array([[1.0], [0.0]])
WEIGHTS = [np.array([[0.5, -0.3], [0.2, 0.8]]), np.array([[0.7, -0.4], [0.3, 0.6]])]
BIASES = [np.array([[0.1], [-0.2]]), np.array([[0.0], [0.1]])]


@dataclasses.dataclass(frozen=True)
class Worked:
    """All the numbers of one forward and one backward pass, lists indexed from layer 2
    (``z[0]`` is z², ``activations[0]`` is a¹ = x)."""
    net: Network
    x: np.ndarray
    y: np.ndarray
    z: list             # z², z³
    activations: list   # a¹ = x, a², a³
    sigma_prime: list   # σ′(z²), σ′(z³)
    delta: list         # δ², δ³
    nabla_b: list       # ∂C/∂b², ∂C/∂b³  (= δ, BP3)
    nabla_w: list       # ∂C/∂w², ∂C/∂w³  (= δ aᵀ, BP4)
    cost: float

    def value(self, kind, l, j, k=None):
        """One number by its name in the text: ``value("z", 2, 1)`` is z²₁, ``value("w", 3,
        1, 2)`` is w³₁₂, ``value("dw", 3, 1, 2)`` is ∂C/∂w³₁₂ (layers and neurons from 1)."""
        if kind == "a":
            return float(self.activations[l - 1][j - 1, 0])
        if kind == "w":
            return float(self.net.weights[l - 2][j - 1, k - 1])
        if kind == "dw":
            return float(self.nabla_w[l - 2][j - 1, k - 1])
        table = {"z": self.z, "b": self.net.biases, "sp": self.sigma_prime, "delta": self.delta,
                 "db": self.nabla_b}
        if kind not in table:
            raise ValueError(f"kind must be one of a, w, dw, {', '.join(table)}; got {kind!r}")
        return float(table[kind][l - 2][j - 1, 0])


def worked_network():
    """The running example, run through ``book``: a ``Worked`` with all its numbers."""
    net = Network(list(SIZES), seed=0)
    net.weights = [w.copy() for w in WEIGHTS]
    net.biases = [b.copy() for b in BIASES]
    zs, activations = net.forward_pass(X)
    nabla_b, nabla_w = net.backprop(X, Y)
    sigma_prime = [net.activation.prime(z, a) for z, a in zip(zs, activations[1:], strict=True)]
    return Worked(net, X.copy(), Y.copy(), zs, activations, sigma_prime,
                  [d.copy() for d in nabla_b], nabla_b, nabla_w, net.cost(X, Y))


def worked_graph(worked=None):
    """The running example as a computational graph of single numbers, run both ways.

    Built from ``book.graph``'s nodes, one operation per node: for neuron j of layer l
    the products w^l_jk · a^{l-1}_k (``mul``), their sum plus b^l_j (``add``, giving
    z^l_j), and σ (``sigmoid``, giving a^l_j); then e_j = a³_j − y_j and the cost
    C = ½ (e₁² + e₂²). ``C.backward()`` fills every node's ``grad`` with ∂C/∂(node).
    Returns a dict of the nodes by name: ``"x1"``, ``"w2_11"``, ``"b2_1"``,
    ``"m2_11"`` (the product w²₁₁ x₁), ``"z2_1"``, ``"a2_1"``, …, ``"e1"``, ``"C"``;
    the weight, bias and input nodes hold copies of ``worked``'s numbers.
    """
    from book.graph import Node, add, mul, sigmoid

    worked = worked_network() if worked is None else worked
    nodes = {f"x{k}": Node(worked.x[k - 1, 0]) for k in (1, 2)}
    inputs = [nodes["x1"], nodes["x2"]]
    for l, (w, b) in enumerate(zip(worked.net.weights, worked.net.biases), start=2):
        outputs = []
        for j in range(1, w.shape[0] + 1):
            nodes[f"b{l}_{j}"] = Node(b[j - 1, 0])
            total = nodes[f"b{l}_{j}"]
            for k in range(1, w.shape[1] + 1):
                nodes[f"w{l}_{j}{k}"] = Node(w[j - 1, k - 1])
                nodes[f"m{l}_{j}{k}"] = mul(nodes[f"w{l}_{j}{k}"], inputs[k - 1])
            # z = (w_j1 a_1 + w_j2 a_2) + b_j: the products first, the bias last
            nodes[f"z{l}_{j}"] = add(add(nodes[f"m{l}_{j}1"], nodes[f"m{l}_{j}2"]), total)
            nodes[f"a{l}_{j}"] = sigmoid(nodes[f"z{l}_{j}"])
            outputs.append(nodes[f"a{l}_{j}"])
        inputs = outputs
    squares = []
    for j, a in enumerate(inputs, start=1):
        nodes[f"-y{j}"] = Node(-worked.y[j - 1, 0])
        nodes[f"e{j}"] = add(a, nodes[f"-y{j}"])                   # e_j = a³_j − y_j
        squares.append(mul(nodes[f"e{j}"], nodes[f"e{j}"]))      # e_j used twice
    nodes["C"] = mul(add(*squares), Node(0.5))
    nodes["C"].backward()
    return nodes
