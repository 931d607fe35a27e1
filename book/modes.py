"""Why backwards: the same gradient by forward mode and by reverse mode, with the work counted.

Forward mode pushes one *tangent* through the network per parameter: how every later z
and a move when that one parameter moves. Reverse mode (backpropagation) pushes one
error δ back from the cost and reads every parameter's derivative off it. Both give
∂C/∂θ; the counts say why backpropagation is the one that is used: forward mode repeats
the later part of a forward pass for every parameter.

What is counted: the multiplications of the matrix products, which dominate — a
product of a (p × q) and a (q × r) matrix costs p·q·r. Elementwise work (σ, σ′ and the
Hadamard products, a few operations per neuron) is left out, in every count alike.
"""

import numpy as np


def _matmul_count(a, b):
    return a.shape[0] * a.shape[1] * b.shape[1]


def forward_pass_count(net):
    """Multiplications of one forward pass for one example: w a in every layer."""
    return sum(w.shape[0] * w.shape[1] for w in net.weights)


def forward_mode_gradient(net, x, y):
    """∂C_x/∂b and ∂C_x/∂w by forward mode, one tangent pass per parameter, for the
    quadratic cost and an elementwise activation; returns (nabla_b, nabla_w, count)."""
    zs, activations = net.forward_pass(x)
    primes = [net.activation.prime(z, a) for z, a in zip(zs, activations[1:], strict=True)]
    primes[-1] = net.output_activation.prime(zs[-1], activations[-1])
    grad_a = activations[-1] - y                        # ∇_a C for the quadratic cost
    nabla_b = [np.zeros_like(b) for b in net.biases]
    nabla_w = [np.zeros_like(w) for w in net.weights]
    count = 0

    def push(index, dz):
        """The change of C when z^l changes by dz, for l = index + 2 (index 0 is layer 2):
        one tangent pass through the later layers to the output."""
        nonlocal count
        da = primes[index] * dz
        for w, sp in zip(net.weights[index + 1:], primes[index + 1:], strict=True):
            dz = w @ da
            count += _matmul_count(w, da)
            da = sp * dz
        return float(np.sum(grad_a * da))

    for layer, (b, w) in enumerate(zip(net.biases, net.weights, strict=True)):
        for j in range(b.shape[0]):
            dz = np.zeros_like(b)
            dz[j, 0] = 1.0                               # ∂z^l/∂b^l_j = e_j
            nabla_b[layer][j, 0] = push(layer, dz)
            for k in range(w.shape[1]):
                dz = np.zeros_like(b)
                dz[j, 0] = activations[layer][k, 0]      # ∂z^l/∂w^l_jk = a^{l-1}_k e_j
                nabla_w[layer][j, k] = push(layer, dz)
    return nabla_b, nabla_w, count


def reverse_mode_count(net):
    """Multiplications of the backward pass of ``Network.backprop`` for one example:
    BP4's outer product δ^l (a^{l-1})ᵀ in every layer, BP2's (w^{l+1})ᵀ δ^{l+1} in every
    layer but the first (BP1 and BP3 are elementwise or copies)."""
    sizes = net.sizes
    count = 0
    for l in range(len(sizes) - 1, 0, -1):               # weight layers, output first
        count += sizes[l] * sizes[l - 1]                 # BP4
        if l > 1:
            count += sizes[l] * sizes[l - 1]             # BP2
    return count


def chain_product(factors, order):
    """The product of ``factors`` (matrices, the last one may be a column), multiplied
    ``"right-to-left"`` (each step a matrix times the vector so far: backpropagation) or
    ``"left-to-right"`` (each step a matrix times a matrix); returns (product, count)."""
    if order not in ("right-to-left", "left-to-right"):
        raise ValueError(f"order must be 'right-to-left' or 'left-to-right'; got {order!r}")
    if not factors:
        raise ValueError("chain_product needs at least one factor; got none")
    count = 0
    if order == "right-to-left":
        result = factors[-1]
        for f in reversed(factors[:-1]):
            count += _matmul_count(f, result)
            result = f @ result
    else:
        result = factors[0]
        for f in factors[1:]:
            count += _matmul_count(result, f)
            result = result @ f
    return result, count
