"""book.network against PyTorch's CPU autograd on the digits network, if PyTorch is installed.

PyTorch is optional and never in requirements.txt. Without it this script says so and
exits 0. With it, for the 64-100-10 sigmoid network with the quadratic cost in float64,
it times one epoch over the digits training set (1 347 examples) at mini-batch sizes 10
and 100 — forward pass, gradient of the average cost, and a plain SGD update, the same
work on both sides — with both libraries limited to two threads, and prints the seconds
and the ratio PyTorch / NumPy (above 1 means NumPy is faster).

    pip install torch       # optional: e.g. the CPU build
    python bench/vs_framework.py
"""

import os
import sys

os.environ.setdefault("OMP_NUM_THREADS", "2")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "2")
os.environ.setdefault("MKL_NUM_THREADS", "2")

import numpy as np  # noqa: E402

from measure import interleaved, ratio, show, summary  # noqa: E402

from book import Network  # noqa: E402
from book.data import load_digits  # noqa: E402

REPEATS = 11
ETA = 3.0


def numpy_epoch(net, X, Y, batch):
    for start in range(0, X.shape[1], batch):
        nabla_b, nabla_w = net.backprop_batch(X[:, start:start + batch], Y[:, start:start + batch])
        for p, g in zip(net.biases + net.weights, nabla_b + nabla_w):
            p -= ETA * g


def torch_epoch(torch, params, X, Y, batch):
    w2, b2, w3, b3 = params
    for start in range(0, X.shape[1], batch):
        x, y = X[:, start:start + batch], Y[:, start:start + batch]
        a3 = torch.sigmoid(w3 @ torch.sigmoid(w2 @ x + b2) + b3)
        cost = 0.5 * ((a3 - y) ** 2).sum() / x.shape[1]
        grads = torch.autograd.grad(cost, params)
        with torch.no_grad():
            for p, g in zip(params, grads):
                p -= ETA * g


def main():
    try:
        import torch
    except ImportError:
        print("PyTorch is not installed: nothing to compare against (it is optional). "
              "Install it, for example `pip install torch`, and run again.")
        return 0
    torch.set_num_threads(2)
    data = load_digits(seed=0)
    X, Y = data.X_train, data.Y_train
    net = Network([64, 100, 10], seed=0)
    params = [torch.tensor(p, dtype=torch.float64, requires_grad=True)
              for p in (net.weights[0], net.biases[0], net.weights[1], net.biases[1])]
    Xt, Yt = torch.tensor(X), torch.tensor(Y)
    # same starting point, same arithmetic: check that one step agrees
    check = Network([64, 100, 10], seed=0)
    numpy_epoch(check, X[:, :10], Y[:, :10], 10)
    torch_epoch(torch, params, Xt[:, :10], Yt[:, :10], 10)
    agree = max(float(np.max(np.abs(p.detach().numpy() - q)))
                for p, q in zip(params, [check.weights[0], check.biases[0], check.weights[1], check.biases[1]]))
    print(f"torch {torch.__version__}, numpy {np.__version__}, 2 threads, float64; "
          f"after one identical step the parameters differ by at most {agree:.1e}")
    print(f"{'batch':>5} {'numpy':>9} {'pytorch':>9} {'pytorch/numpy [quartiles]':>26}")
    for batch in (10, 100):
        times = interleaved({"numpy": lambda: numpy_epoch(net, X, Y, batch),
                             "pytorch": lambda: torch_epoch(torch, params, Xt, Yt, batch)},
                            REPEATS)
        t_np, t_pt = summary(times["numpy"])[0], summary(times["pytorch"])[0]
        print(f"{batch:>5} {t_np:>8.4f}s {t_pt:>8.4f}s "
              f"{show(ratio(times, 'pytorch', 'numpy')):>26}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
