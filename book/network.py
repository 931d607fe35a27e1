"""A fully connected feedforward network trained by backpropagation.

Notation (Nielsen's): layer l = 1, …, L; ``weights[l-2]`` is the matrix w^l whose
entry w_jk^l connects neuron k of layer l−1 to neuron j of layer l, so that

    z^l = w^l a^(l−1) + b^l,        a^l = σ(z^l).

Examples are columns: a batch of m inputs is an array of shape (sizes[0], m).
"""

import copy
import numbers

import numpy as np

from book.activations import get_activation
from book.costs import get_cost


class Network:
    """A network with layer sizes ``sizes``, e.g. ``Network([64, 30, 10])``.

    ``activation`` is σ for every layer; ``output_activation`` (default: the same)
    may replace it in the output layer, for instance a sigmoid output under a
    tanh or ReLU network trained with the cross-entropy cost. ``cost`` is
    'quadratic', 'cross_entropy' or 'log_likelihood' (with ``output_activation=
    'softmax'``, Nielsen's softmax output layer). Weights are drawn from N(0, 1/n_in) and
    biases from N(0, 1) with ``np.random.default_rng(seed)``.
    """

    def __init__(self, sizes, activation="sigmoid", cost="quadratic", seed=0,
                 output_activation=None):
        self.sizes = _check_sizes(sizes)
        self.num_layers = len(self.sizes)
        self.activation = get_activation(activation)
        if not self.activation.elementwise:
            raise ValueError(f"activation {self.activation.name!r} mixes the neurons of a layer and "
                             f"can only be the output activation: use output_activation="
                             f"{self.activation.name!r} with an elementwise activation such as 'sigmoid'")
        self.output_activation = get_activation(
            activation if output_activation is None else output_activation)
        self.cost_function = get_cost(cost)
        self.cost_function.check(self.output_activation, None)
        if seed is not None and (isinstance(seed, bool) or not isinstance(seed, numbers.Integral)
                                 or seed < 0):
            raise ValueError(f"seed must be a non-negative integer or None; got {seed!r}")
        self.rng = np.random.default_rng(seed)
        self.biases = [self.rng.standard_normal((n, 1)) for n in self.sizes[1:]]
        self.weights = [self.rng.standard_normal((n, k)) / np.sqrt(k)
                        for k, n in zip(self.sizes[:-1], self.sizes[1:])]

    @property
    def dtype(self):
        """The floating-point type the network computes in (float64 unless ``astype`` changed it)."""
        return self.weights[0].dtype

    def astype(self, dtype):
        """A copy of the network whose parameters, and so its arithmetic, use ``dtype``."""
        dtype = np.dtype(dtype)
        if dtype.kind != "f":
            raise ValueError(f"dtype must be a floating-point type such as float32; got {dtype}")
        twin = copy.deepcopy(self)
        twin.weights = [w.astype(dtype) for w in self.weights]
        twin.biases = [b.astype(dtype) for b in self.biases]
        return twin

    def __repr__(self):
        return (f"Network({self.sizes}, activation={self.activation.name!r}, "
                f"cost={self.cost_function.name!r}, "
                f"output_activation={self.output_activation.name!r})")

    # ----------------------------------------------------------------- forward
    def feedforward(self, X):
        """Return the output a^L for the input columns X, shape (sizes[-1], m)."""
        a = self._inputs(X)
        for l, (w, b) in enumerate(zip(self.weights, self.biases), start=2):
            a = self._sigma(l)(w @ a + b)
        return a

    def cost(self, X, Y):
        """The average cost C = (1/m) Σ_x C_x over the m columns of X and Y."""
        X, Y = self._pair(X, Y)
        return float(np.mean(self.cost_function.value(self.feedforward(X), Y)))

    def accuracy(self, X, labels):
        """Fraction of columns whose largest output is the right class.

        ``labels`` is either one-hot columns (shape (sizes[-1], m)) or the
        class indices (shape (m,)).
        """
        X = self._inputs(X)
        labels = np.asarray(labels)
        if labels.ndim == 2:
            labels = self._targets(labels, X.shape[1]).argmax(axis=0)
        if labels.shape != (X.shape[1],):
            raise ValueError(f"labels must have shape ({X.shape[1]},) or "
                             f"({self.sizes[-1]}, {X.shape[1]}); got shape {labels.shape}")
        if labels.dtype.kind not in "iu":
            raise ValueError(f"class labels must be integers from 0 to {self.sizes[-1] - 1}; "
                             f"got dtype {labels.dtype}")
        if labels.min() < 0 or labels.max() >= self.sizes[-1]:
            raise ValueError(f"class labels must be integers from 0 to {self.sizes[-1] - 1}; "
                             f"got values from {labels.min()} to {labels.max()}")
        return float(np.mean(self.feedforward(X).argmax(axis=0) == labels))

    def forward_pass(self, X):
        """The forward pass of backpropagation's step 2: lists [z^2, …, z^L] and [a^1, …, a^L]."""
        return self._forward(self._inputs(X))

    def cost_with_demon(self, X, Y, layer, neuron, dz):
        """The average cost when a demon adds ``dz`` to the weighted input z^layer_neuron.

        Layers and neurons are counted from 1 as in the text (layer 2 is the
        first with weights). With dz = 0 this is ``cost(X, Y)``; for small dz
        the change is about δ^layer_neuron · dz, which is what δ means. For a
        batch, the demon nudges that neuron in every example, and the change is
        about the batch average of δ times dz.
        """
        X, Y = self._pair(X, Y)
        if isinstance(layer, bool) or not (isinstance(layer, numbers.Integral) and 2 <= layer <= self.num_layers):
            raise ValueError(f"layer must be an integer from 2 to {self.num_layers}; got {layer!r}")
        n = self.sizes[layer - 1]
        if isinstance(neuron, bool) or not (isinstance(neuron, numbers.Integral) and 1 <= neuron <= n):
            raise ValueError(f"neuron must be an integer from 1 to {n} in layer {layer}; got {neuron!r}")
        if isinstance(dz, bool) or not (isinstance(dz, numbers.Real) and np.isfinite(float(dz))):
            raise ValueError(f"dz must be a finite number; got {dz!r}")
        dz = float(dz)
        _, activations = self._forward(X, demon=(layer, neuron, dz))
        return float(np.mean(self.cost_function.value(activations[-1], Y)))

    # ---------------------------------------------------------------- backward
    def backprop(self, x, y):
        """Gradient of the cost C_x of ONE example (x, y), by equations BP1–BP4.

        Returns ``(nabla_b, nabla_w)``: lists of ∂C_x/∂b^l and ∂C_x/∂w^l shaped
        like ``biases`` and ``weights``.
        """
        x, y = self._pair(x, y)
        if x.shape[1] != 1:
            raise ValueError(f"backprop takes one example, x of shape ({self.sizes[0]}, 1); "
                             f"got {x.shape[1]} columns (use backprop_batch for a batch)")
        zs, activations = self._forward(x)
        nabla_b = [None] * len(self.biases)
        nabla_w = [None] * len(self.weights)
        # output layer L
        delta = self.cost_function.delta(zs[-1], activations[-1], y,
                                         self.output_activation)       # BP1
        nabla_b[-1] = delta                                            # BP3
        nabla_w[-1] = delta @ activations[-2].T                        # BP4
        # layers l = L−1, …, 2, walking backwards. ``back`` counts positions from
        # the end of the lists, not layers: for back = 2, 3, …, L − 1 the layer is
        # l = L − back + 1, so zs[-back] is z^l, weights[-back + 1] is w^(l+1)
        # and activations[-back - 1] is a^(l−1).
        for back in range(2, self.num_layers):
            sigma_prime = self.activation.prime(zs[-back], activations[-back])
            delta = (self.weights[-back + 1].T @ delta) * sigma_prime  # BP2
            nabla_b[-back] = delta                                     # BP3
            nabla_w[-back] = delta @ activations[-back - 1].T          # BP4
        return nabla_b, nabla_w

    def backprop_batch(self, X, Y):
        """Gradient of the AVERAGE cost over the m columns of X and Y at once.

        The same four equations with every vector replaced by a matrix whose
        columns are the m examples: δ^l becomes an (n_l, m) matrix, the sum
        over examples in ∂C/∂w^l = (1/m) Σ_x δ^(x,l) (a^(x,l−1))ᵀ is one matrix
        product, and there is no Python loop over examples.
        """
        X, Y = self._pair(X, Y)
        m = X.shape[1]
        zs, activations = self._forward(X)
        nabla_b = [None] * len(self.biases)
        nabla_w = [None] * len(self.weights)
        delta = self.cost_function.delta(zs[-1], activations[-1], Y,
                                         self.output_activation)       # BP1
        nabla_b[-1] = delta.sum(axis=1, keepdims=True) / m             # BP3
        nabla_w[-1] = delta @ activations[-2].T / m                    # BP4
        # layers l = L−1, …, 2; ``back`` counts from the end as in ``backprop``
        for back in range(2, self.num_layers):
            sigma_prime = self.activation.prime(zs[-back], activations[-back])
            delta = (self.weights[-back + 1].T @ delta) * sigma_prime  # BP2
            nabla_b[-back] = delta.sum(axis=1, keepdims=True) / m      # BP3
            nabla_w[-back] = delta @ activations[-back - 1].T / m      # BP4
        return nabla_b, nabla_w

    # ---------------------------------------------------------------- training
    def sgd(self, training_data, epochs, mini_batch_size, eta, test_data=None):
        """Mini-batch stochastic gradient descent.

        ``training_data`` and ``test_data`` are pairs (X, Y) with examples as
        columns. Each epoch shuffles the columns with the network's seeded
        generator and takes one step w → w − η ∂C/∂w, b → b − η ∂C/∂b per
        mini-batch. The arrays in ``weights`` and ``biases`` are updated in
        place. Returns a list with one dict per epoch: 'epoch', 'train_cost'
        and, given test data, 'test_cost' and 'test_accuracy'.
        """
        X, Y = self._pair(*_unpack(training_data, "training_data"))
        if test_data is not None:
            test_data = self._pair(*_unpack(test_data, "test_data"))
        epochs = _check_int(epochs, "epochs", 0)
        mini_batch_size = _check_int(mini_batch_size, "mini_batch_size", 1)
        if isinstance(eta, bool) or not (isinstance(eta, numbers.Real) and np.isfinite(eta)
                                         and eta > 0):
            raise ValueError(f"eta must be a positive finite number; got {eta!r}")
        n = X.shape[1]
        history = []
        for epoch in range(1, epochs + 1):
            order = self.rng.permutation(n)
            for start in range(0, n, mini_batch_size):
                batch = order[start:start + mini_batch_size]
                nabla_b, nabla_w = self.backprop_batch(X[:, batch], Y[:, batch])
                for b, nb in zip(self.biases, nabla_b):
                    b -= eta * nb
                for w, nw in zip(self.weights, nabla_w):
                    w -= eta * nw
            record = {"epoch": epoch, "train_cost": self.cost(X, Y)}
            if test_data is not None:
                record["test_cost"] = self.cost(*test_data)
                record["test_accuracy"] = self.accuracy(*test_data)
            history.append(record)
        return history

    # ----------------------------------------------------------------- helpers
    def _sigma(self, l):
        """The activation of layer l (2 ≤ l ≤ L)."""
        return self.output_activation if l == self.num_layers else self.activation

    def _forward(self, X, demon=None):
        """Forward pass keeping every z^l and a^l (lists indexed from layer 2 and 1).

        ``demon = (l, j, dz)`` adds dz to the weighted input z^l_j on its way.
        """
        activations = [X]
        zs = []
        for l, (w, b) in enumerate(zip(self.weights, self.biases), start=2):
            zs.append(w @ activations[-1] + b)
            if demon is not None and demon[0] == l:
                zs[-1][demon[1] - 1] += demon[2]
            activations.append(self._sigma(l)(zs[-1]))
        return zs, activations

    def _inputs(self, X):
        return _as_columns(X, self.sizes[0], "X", "the input layer", self.dtype)

    def _targets(self, Y, m):
        Y = _as_columns(Y, self.sizes[-1], "Y", "the output layer", self.dtype)
        if Y.shape[1] != m:
            raise ValueError(f"Y must have one column per example of X, shape "
                             f"({self.sizes[-1]}, {m}); got shape {Y.shape}")
        return Y

    def _pair(self, X, Y):
        X = self._inputs(X)
        Y = self._targets(Y, X.shape[1])
        self.cost_function.check(self.output_activation, Y)
        return X, Y


def _as_columns(data, rows, name, layer, dtype=np.float64):
    """Return data as a finite array of ``dtype`` and shape (rows, m), or raise ValueError."""
    if np.iscomplexobj(data):
        raise ValueError(f"{name} must be real; got complex numbers")
    try:
        arr = np.asarray(data, dtype=dtype)
    except (TypeError, ValueError) as err:
        raise ValueError(f"{name} must be an array of numbers; got {type(data).__name__} "
                         f"({err})") from None
    if arr.ndim == 1:
        arr = arr.reshape(-1, 1)
    if arr.ndim != 2 or arr.shape[0] != rows or arr.shape[1] == 0:
        hint = ""
        if np.ndim(data) == 2 and arr.shape[1] == rows and arr.shape[0] != rows:
            hint = " (examples must be columns: did you mean its transpose?)"
        raise ValueError(f"{name} must have shape ({rows}, m), one column per example "
                         f"for the {rows} neurons of {layer}, or ({rows},) for one "
                         f"example; got shape {np.shape(data)}{hint}")
    bad = np.size(arr) - np.count_nonzero(np.isfinite(arr))
    if bad:
        raise ValueError(f"{name} must contain only finite numbers; got {bad} "
                         f"NaN or infinite entries")
    return arr


def _check_sizes(sizes):
    try:
        sizes = list(sizes)
    except TypeError:
        raise ValueError(f"sizes must be a list of layer sizes such as [64, 30, 10]; "
                         f"got {sizes!r}") from None
    if len(sizes) < 2:
        raise ValueError(f"a network needs at least two layers (input and output); "
                         f"got sizes={sizes!r}")
    for n in sizes:
        if isinstance(n, bool) or not isinstance(n, numbers.Integral) or n < 1:
            raise ValueError(f"every layer size must be an integer ≥ 1; got {n!r} "
                             f"in sizes={sizes!r}")
    return [int(n) for n in sizes]


def _check_int(value, name, least):
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < least:
        raise ValueError(f"{name} must be an integer ≥ {least}; got {value!r}")
    return int(value)


def _unpack(data, name):
    try:
        X, Y = data
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a pair (X, Y) of arrays with examples as "
                         f"columns; got {type(data).__name__}") from None
    return X, Y
