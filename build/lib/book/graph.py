"""A small computational graph: every node knows its forward rule and its backward rule.

Each function below builds one node. Its forward rule computes the node's value
from its inputs; its backward rule, written right next to it, receives ∂L/∂(node)
in ``out.grad`` and adds each input's share, ∂L/∂(input) = ∂L/∂(node) · ∂(node)/∂(input),
to that input's ``grad``. ``Node.backward()`` visits the nodes in reverse
topological order, so a node passes its gradient on only after every node that
uses it has contributed — and a value used twice receives both contributions.

Values are NumPy arrays in the book's convention: a batch is a matrix whose
columns are the examples, and a bias is a column that ``affine`` adds to each.
"""

import numpy as np

from book import activations


class Node:
    """A value in the graph, the nodes it was computed from, and its gradient ∂L/∂value."""

    __array_ufunc__ = None   # so that `array * node` calls Node.__rmul__ once, not per entry

    def __init__(self, data, parents=(), op="input"):
        self.data = _as_data(data, "a node's value")
        self.grad = np.zeros_like(self.data)
        self.parents = tuple(parents)
        self.op = op
        self._backward = lambda: None

    def __repr__(self):
        return f"Node({self.op}, shape={self.data.shape})"

    def __add__(self, other):
        return add(self, other)

    def __mul__(self, other):
        return mul(self, other)

    __radd__ = __add__
    __rmul__ = __mul__

    def backward(self):
        """∂self/∂v into v.grad for every node v this one was computed from.

        ``self`` must be a single number (a loss). Gradients from an earlier call
        are cleared first, so calling it twice gives the same result.
        """
        if self.data.size != 1:
            raise ValueError(f"backward() starts from a single number, a loss; this node "
                             f"has shape {self.data.shape}")
        order = self.topological_order()
        for node in order:
            node.grad = np.zeros_like(node.data)
        self.grad = np.ones_like(self.data)          # ∂L/∂L = 1
        for node in reversed(order):
            node._backward()

    def topological_order(self):
        """Every node this one depends on, each after all of its parents.

        A depth-first search with an explicit stack, so that long chains of
        nodes do not exhaust Python's recursion limit.
        """
        order, seen = [], {id(self)}
        stack = [(self, iter(self.parents))]
        while stack:
            node, parents = stack[-1]
            for parent in parents:
                if id(parent) not in seen:
                    seen.add(id(parent))
                    stack.append((parent, iter(parent.parents)))
                    break
            else:
                stack.pop()
                order.append(node)
        return order


# ---------------------------------------------------------------- the nodes
def add(x, y):
    """x + y for arrays of the same shape. Backward: the gradient passes through unchanged."""
    x, y = _node(x), _node(y)
    _same_shape(x, y, "add")
    out = Node(x.data + y.data, (x, y), "add")

    def backward():
        x.grad += out.grad                      # ∂(x + y)/∂x = 1
        y.grad += out.grad                      # ∂(x + y)/∂y = 1
    out._backward = backward
    return out


def mul(x, y):
    """x ⊙ y, entry by entry. Backward: each input gets the gradient times the OTHER input."""
    x, y = _node(x), _node(y)
    _same_shape(x, y, "mul")
    out = Node(x.data * y.data, (x, y), "mul")

    def backward():
        x.grad += out.grad * y.data             # ∂(xy)/∂x = y
        y.grad += out.grad * x.data             # ∂(xy)/∂y = x
    out._backward = backward
    return out


def affine(W, x, b):
    """W x + b: W is (p, n), x is (n, m) with examples as columns, b is (p, 1).

    Backward: ∂L/∂W = g xᵀ, ∂L/∂x = Wᵀ g, ∂L/∂b = g summed over the columns,
    where g = ∂L/∂(W x + b) has shape (p, m).
    """
    W, x, b = _node(W), _node(x), _node(b)
    if W.data.ndim != 2 or x.data.ndim != 2 or W.data.shape[1] != x.data.shape[0]:
        raise ValueError(f"affine needs W of shape (p, n) and x of shape (n, m); got W "
                         f"{W.data.shape} and x {x.data.shape}")
    if b.data.shape != (W.data.shape[0], 1):
        raise ValueError(f"affine needs b of shape ({W.data.shape[0]}, 1), a column added to "
                         f"every example; got {b.data.shape}")
    out = Node(W.data @ x.data + b.data, (W, x, b), "affine")

    def backward():
        W.grad += out.grad @ x.data.T
        x.grad += W.data.T @ out.grad
        b.grad += out.grad.sum(axis=1, keepdims=True)
    out._backward = backward
    return out


def sigmoid(z):
    """σ(z) entry by entry. Backward: multiply by σ′(z) = σ(z)(1 − σ(z)), from the output."""
    z = _node(z)
    out = Node(activations.sigmoid(z.data), (z,), "sigmoid")

    def backward():
        z.grad += out.grad * activations.sigmoid_prime(z.data, out.data)
    out._backward = backward
    return out


def relu(z):
    """max(0, z) entry by entry. Backward: pass the gradient where z > 0, block it elsewhere."""
    z = _node(z)
    out = Node(activations.relu(z.data), (z,), "relu")

    def backward():
        z.grad += out.grad * activations.relu_prime(z.data)
    out._backward = backward
    return out


def total(x):
    """The sum of all entries, a single number. Backward: every entry gets the gradient."""
    x = _node(x)
    out = Node(np.sum(x.data), (x,), "total")

    def backward():
        x.grad += out.grad * np.ones_like(x.data)     # ∂(Σ x)/∂x_i = 1
    out._backward = backward
    return out


def softmax_cross_entropy(a, t):
    """Mean over the columns of −Σ_i t_i ln y_i, where y = softmax(a) column by column.

    ``a`` holds scores (K, m), one example per column; ``t`` the targets, each
    column a probability vector (one-hot for a label). Backward: ∂L/∂a = (y − t)/m.
    """
    a = _node(a)
    t = _as_data(t, "the targets t")
    if t.shape != a.data.shape or a.data.ndim != 2 or a.data.shape[1] == 0:
        raise ValueError(f"softmax_cross_entropy needs scores and targets of the same shape "
                         f"(K, m) with m ≥ 1 examples; got {a.data.shape} and {t.shape}")
    if np.any(t < 0) or not np.allclose(t.sum(axis=0), 1.0):
        raise ValueError("every column of t must be a probability vector (entries ≥ 0 that "
                         "sum to 1), such as a one-hot label")
    y = softmax(a.data)
    m = a.data.shape[1]
    shifted = a.data - a.data.max(axis=0, keepdims=True)
    log_y = shifted - np.log(np.exp(shifted).sum(axis=0, keepdims=True))
    out = Node(-np.sum(t * log_y) / m, (a,), "softmax-cross-entropy")

    def backward():
        a.grad += out.grad * (y - t) / m
    out._backward = backward
    return out


softmax = activations.softmax   # column-wise exp(a_i) / Σ_k exp(a_k), computed without overflow


# ------------------------------------------------------------------ helpers
def _as_data(value, what):
    if isinstance(value, Node):
        raise ValueError(f"{what} must be an array, not a Node")
    if value is None or np.iscomplexobj(value):
        raise ValueError(f"{what} must be real numbers; got {type(value).__name__}")
    try:
        data = np.array(value, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"{what} must be numbers; got {type(value).__name__}") from None
    if not np.all(np.isfinite(data)):
        raise ValueError(f"{what} must be finite; got {data.size - np.count_nonzero(np.isfinite(data))} "
                         f"NaN or infinite entries")
    return data


def _node(value):
    return value if isinstance(value, Node) else Node(value, op="constant")


def _same_shape(x, y, op):
    if x.data.shape != y.data.shape:
        raise ValueError(f"{op} needs two values of the same shape; got {x.data.shape} and "
                         f"{y.data.shape} (this graph does not broadcast)")
