"""How fast is backpropagation? Per-epoch seconds on the digits, and the ratios.

For a 64-100-10 sigmoid network on the digits training set (1 347 examples),
one epoch is timed three ways at mini-batch sizes 10 and 100:

  feedforward      the forward pass of every mini-batch, nothing else;
  backprop_batch   forward + backward of every mini-batch, fully matrix-based;
  per-example      forward + backward, one `backprop` call per example;

in float64 and again in float32 (``Network.astype``).

It prints the seconds and two ratios measured in the same run:
(forward + backward) / forward, and per-example loop / batch. Timings are the
median of several repeats; the machine is shared, so the ratios matter more
than the seconds. Run: python bench/backprop_speed.py
"""

import statistics
import time

import numpy as np

from book import Network
from book.data import load_digits

REPEATS = 7


def epoch_seconds(step, X, Y, batch_size):
    """Median over REPEATS of the time to apply ``step`` to every mini-batch once."""
    starts = range(0, X.shape[1], batch_size)
    batches = [(X[:, s:s + batch_size], Y[:, s:s + batch_size]) for s in starts]
    times = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        for xb, yb in batches:
            step(xb, yb)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main():
    data = load_digits(seed=0)
    X, Y = data.X_train, data.Y_train
    net = Network([64, 100, 10], seed=0)

    print(f"network {net.sizes}, {X.shape[1]} training examples, median of {REPEATS} epochs, "
          f"numpy {np.__version__}")
    print(f"{'dtype':>7} {'batch':>5} {'feedforward':>12} {'backprop_batch':>15} {'per-example':>12} "
          f"{'(fwd+bwd)/fwd':>14} {'loop/batch':>11}")
    for dtype in (np.float64, np.float32):
        model = net.astype(dtype)

        def forward(xb, yb):
            model.feedforward(xb)

        def per_example(xb, yb):
            for i in range(xb.shape[1]):
                model.backprop(xb[:, i:i + 1], yb[:, i:i + 1])

        for batch_size in (10, 100):
            t_fwd = epoch_seconds(forward, X, Y, batch_size)
            t_batch = epoch_seconds(model.backprop_batch, X, Y, batch_size)
            t_loop = epoch_seconds(per_example, X, Y, batch_size)
            print(f"{np.dtype(dtype).name:>7} {batch_size:>5} {t_fwd:>11.4f}s {t_batch:>14.4f}s "
                  f"{t_loop:>11.4f}s {t_batch / t_fwd:>14.2f} {t_loop / t_batch:>11.1f}")


if __name__ == "__main__":
    main()
