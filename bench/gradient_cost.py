"""What a gradient costs: backpropagation against centered differences, and backward against forward.

For sigmoid networks of about 1e3, 1e4 and 1e5 parameters (one hidden layer, a batch
of 10 examples) it prints the seconds for one gradient by ``backprop_batch`` and by
``numerical_gradient`` (centered differences over every parameter, 2P cost
evaluations), their ratio, and the ratio (forward + backward) / forward. Backprop and
the forward pass are interleaved (``measure.py``) and reported as medians with the
quartiles of their ratio in brackets; centered differences, which take seconds, are
timed once or twice between them, and their ratio to the median backprop time printed.
The 1e5-parameter finite-difference gradient takes the longest (tens of seconds).

    python bench/gradient_cost.py
"""

import time

import numpy as np
from measure import interleaved, ratio, show, summary

from book import Network
from book.gradcheck import numerical_gradient


def best_time(f, repeats):
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        f()
        best = min(best, time.perf_counter() - start)
    return best


def main():
    rng = np.random.default_rng(0)
    print(f"{'parameters':>10} {'backprop':>11} {'centered diff.':>15} {'ratio':>9} {'(fwd+bwd)/fwd':>20}")
    for n_in, n_hidden, n_out in [(20, 40, 10), (64, 140, 10), (200, 450, 20)]:
        net = Network([n_in, n_hidden, n_out], seed=0)
        P = sum(p.size for p in net.weights + net.biases)
        X, Y = rng.normal(size=(n_in, 10)), rng.uniform(size=(n_out, 10))
        times = interleaved({"backprop": lambda: net.backprop_batch(X, Y),
                             "forward": lambda: net.feedforward(X)}, 51)
        t_bp = summary(times["backprop"])[0]
        t_fd = best_time(lambda: numerical_gradient(net, X, Y), 1 if P > 20000 else 2)
        print(f"{P:>10,} {t_bp * 1e6:>9.0f}us {t_fd:>14.2f}s {t_fd / t_bp:>9,.0f} "
              f"{show(ratio(times, 'backprop', 'forward')):>20}")


if __name__ == "__main__":
    main()
