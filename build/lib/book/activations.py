"""Activation functions σ and their derivatives σ′.

Each function acts elementwise (it is *vectorised*: σ(v)_j = σ(v_j)), so it
accepts a scalar, a vector or a matrix of weighted inputs z. Each derivative
σ′(z, a=None) may be given a = σ(z) as well: the forward pass of backpropagation
has computed it already, and σ′ of the sigmoid and of tanh is cheaper from a.
"""

from dataclasses import dataclass
from typing import Callable

import numpy as np


def _as_float(z):
    """z as an array; integers and booleans become float64 (−z of an int8 would wrap around)."""
    z = np.asarray(z)
    return z.astype(float) if z.dtype.kind in "biu" else z


def sigmoid(z):
    """σ(z) = 1 / (1 + e^(−z)), the logistic function."""
    z = _as_float(z)
    with np.errstate(over="ignore"):  # e^(−z) = inf for z < −709 gives σ = 0, as it should
        return 1.0 / (1.0 + np.exp(-z))


def sigmoid_prime(z, a=None):
    """σ′(z) = σ(z)(1 − σ(z)); its largest value is σ′(0) = 1/4.

    Pass ``a = σ(z)`` when the forward pass has it already, to save the exponentials.
    """
    s = sigmoid(z) if a is None else a
    return s * (1.0 - s)


def tanh(z):
    """tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z)) = 2σ(2z) − 1."""
    return np.tanh(_as_float(z))


def tanh_prime(z, a=None):
    """tanh′(z) = 1 − tanh²(z); pass ``a = tanh(z)`` if it is known."""
    t = tanh(z) if a is None else a
    return 1.0 - t**2


def relu(z):
    """ReLU(z) = max(0, z)."""
    return np.maximum(_as_float(z), 0.0)


def relu_prime(z, a=None):
    """ReLU′(z) = 1 for z > 0 and 0 for z < 0; at the kink z = 0 we take 0."""
    return (np.asarray(z) > 0).astype(float)


def identity(z):
    """identity(z) = z, the linear activation."""
    return _as_float(z) * 1.0


def identity_prime(z, a=None):
    """identity′(z) = 1."""
    return np.ones(np.shape(z))


def softmax(z):
    """softmax(z)_j = e^(z_j) / Σ_k e^(z_k), column by column (each column one example).

    Not elementwise: every output depends on every weighted input of its column,
    so it has no σ′ of one variable and serves only as an output layer.
    """
    z = _as_float(z)
    e = np.exp(z - np.max(z, axis=0, keepdims=True))   # the shift changes nothing but avoids overflow
    return e / np.sum(e, axis=0, keepdims=True)


def softmax_prime(z, a=None):
    raise ValueError("softmax is not elementwise and has no σ′(z) of one variable; "
                     "use it only as the output activation")


def softmax_backward(z, a, grad):
    """Jᵀ grad for the softmax Jacobian J = diag(a) − a aᵀ, column by column: a ⊙ (grad − aᵀgrad)."""
    return a * (grad - np.sum(a * grad, axis=0, keepdims=True))


@dataclass(frozen=True)
class Activation:
    """An activation σ with its derivative σ′ and the interval its values lie in.

    ``backward(z, a, grad)`` turns ∂C/∂a into ∂C/∂z. For an elementwise σ that
    is the Hadamard product grad ⊙ σ′(z) of BP1; the softmax, which mixes a
    column's entries, supplies its own ``jacobian_t``.
    """

    name: str
    fn: Callable     # σ(z)
    prime: Callable  # σ′(z, a=None), a = σ(z) if already known
    low: float  # inf over z of σ(z)
    high: float  # sup over z of σ(z)
    jacobian_t: Callable = None   # (z, a, grad) -> Jᵀ grad, for activations that are not elementwise

    @property
    def elementwise(self):
        return self.jacobian_t is None

    def __call__(self, z):
        return self.fn(z)

    def backward(self, z, a, grad):
        """∂C/∂z from ∂C/∂a = ``grad``, where a = σ(z)."""
        if self.elementwise:
            return grad * self.prime(z, a)
        return self.jacobian_t(z, a, grad)


ACTIVATIONS = {
    "sigmoid": Activation("sigmoid", sigmoid, sigmoid_prime, 0.0, 1.0),
    "tanh": Activation("tanh", tanh, tanh_prime, -1.0, 1.0),
    "relu": Activation("relu", relu, relu_prime, 0.0, np.inf),
    "identity": Activation("identity", identity, identity_prime, -np.inf, np.inf),
    "softmax": Activation("softmax", softmax, softmax_prime, 0.0, 1.0, softmax_backward),
}
ELEMENTWISE = sorted(name for name, act in ACTIVATIONS.items() if act.elementwise)


def get_activation(name):
    """Look an activation up by name ('sigmoid', 'tanh', 'relu', 'identity', 'softmax')."""
    if isinstance(name, Activation):
        return name
    key = name.lower() if isinstance(name, str) else None
    if key not in ACTIVATIONS:
        raise ValueError(
            f"unknown activation {name!r}: expected one of {sorted(ACTIVATIONS)}"
        )
    return ACTIVATIONS[key]
