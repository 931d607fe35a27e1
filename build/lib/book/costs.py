"""Cost functions C_x of one training example, as functions of the output a = a^L.

The network's cost is the mean C = (1/n) Σ_x C_x over the examples (the first
assumption backpropagation needs), and each C_x depends on the weights and
biases only through the output activations a^L (the second assumption).

A cost supplies three things, each acting on a batch with examples as columns:

* ``value(a, y)``     C_x for every column, shape (m,);
* ``gradient(a, y)``  ∇_a C_x, the vector of ∂C_x/∂a_j^L, same shape as a;
* ``delta(z, a, y, activation)``  the output error δ^L = ∇_a C ⊙ σ′(z^L) (BP1).

``delta`` is where an output layer that is not elementwise, such as softmax
with the log-likelihood cost, plugs in: there δ^L = a^L − y, and the
Hadamard form of BP1 does not apply.
"""

import numpy as np
from scipy.special import xlogy

from book.activations import sigmoid, softmax


class Cost:
    """Base class: subclasses define ``value`` and ``gradient``."""

    name = "cost"

    def value(self, a, y):
        raise NotImplementedError

    def gradient(self, a, y):
        raise NotImplementedError

    def delta(self, z, a, y, activation):
        """δ^L = ∇_a C ⊙ σ′(z^L), equation BP1 (Jᵀ ∇_a C for a softmax output)."""
        return activation.backward(z, a, self.gradient(a, y))

    def check(self, activation, y):
        """Raise ValueError if this cost is undefined for these outputs or targets."""

    def __repr__(self):
        return f"{type(self).__name__}()"


class QuadraticCost(Cost):
    """C_x = ½ ‖y − a^L‖² = ½ Σ_j (y_j − a_j^L)²  (eq. 27)."""

    name = "quadratic"

    def value(self, a, y):
        return 0.5 * np.sum((a - y) ** 2, axis=0)

    def gradient(self, a, y):
        return a - y


class CrossEntropyCost(Cost):
    """C_x = −Σ_j [y_j ln a_j + (1 − y_j) ln(1 − a_j)], for outputs and targets in [0, 1]."""

    name = "cross_entropy"

    def value(self, a, y):
        # xlogy(0, 0) = 0, so a saturated output that matches its target costs nothing
        return -np.sum(xlogy(y, a) + xlogy(1.0 - y, 1.0 - a), axis=0)

    def gradient(self, a, y):
        return (a - y) / (a * (1.0 - a))

    def delta(self, z, a, y, activation):
        if activation.fn is sigmoid:
            # σ′(z) = a(1 − a) cancels the denominator of ∇_a C exactly, which
            # also keeps δ^L finite when σ rounds to exactly 0 or 1
            return a - y
        return super().delta(z, a, y, activation)

    def check(self, activation, y):
        if not activation.elementwise:
            raise ValueError(f"the cross-entropy cost treats each output as its own probability and "
                             f"needs an elementwise output activation such as 'sigmoid'; for a "
                             f"{activation.name!r} output use cost='log_likelihood'")
        self._check_range(activation, y)

    def _check_range(self, activation, y):
        if activation.low < 0.0 or activation.high > 1.0:
            raise ValueError(
                f"the {self.name.replace('_', '-')} cost needs output activations in (0, 1), "
                f"for example output_activation='sigmoid'; got output activation "
                f"{activation.name!r} whose values lie in ({activation.low}, {activation.high})"
            )
        if y is not None and (np.min(y) < 0.0 or np.max(y) > 1.0):
            raise ValueError(
                f"the {self.name.replace('_', '-')} cost needs targets in [0, 1]; got targets from "
                f"{float(np.min(y))!r} to {float(np.max(y))!r}"
            )


class LogLikelihoodCost(CrossEntropyCost):
    """C_x = −Σ_j y_j ln a_j, which is −ln a_y for a one-hot target: the log-likelihood cost.

    Paired with a softmax output layer, δ^L = a^L − y.
    """

    name = "log_likelihood"

    def value(self, a, y):
        # a probability that underflowed to 0 costs ln(1/tiny) ≈ 708, not infinity
        return -np.sum(xlogy(y, np.maximum(a, np.finfo(float).tiny)), axis=0)

    def gradient(self, a, y):
        return -y / a

    def delta(self, z, a, y, activation):
        # Jᵀ(−y/a) = a Σ_j y_j − y for the softmax, and a one-hot (or any probability) y sums to 1
        return a * np.sum(y, axis=0, keepdims=True) - y

    def check(self, activation, y):
        if activation.fn is not softmax:
            raise ValueError("the log-likelihood cost goes with a softmax output layer, whose outputs "
                             f"sum to 1: use output_activation='softmax'; got {activation.name!r}")
        self._check_range(activation, y)


COSTS = {"quadratic": QuadraticCost(), "cross_entropy": CrossEntropyCost(),
         "log_likelihood": LogLikelihoodCost()}


def get_cost(name):
    """Look a cost up by name ('quadratic', 'cross_entropy', 'log_likelihood')."""
    if isinstance(name, Cost):
        return name
    key = name.lower().replace("-", "_") if isinstance(name, str) else None
    if key not in COSTS:
        raise ValueError(f"unknown cost {name!r}: expected one of {sorted(COSTS)}")
    return COSTS[key]
