"""How fast is backpropagation? Per-epoch seconds on the digits, and the ratios.

For a 64-100-10 sigmoid network on the digits training set (1 347 examples),
one epoch is timed three ways at mini-batch sizes 10 and 100:

  feedforward      the forward pass of every mini-batch, nothing else;
  backprop_batch   forward + backward of every mini-batch, fully matrix-based;
  per-example      forward + backward, one `backprop` call per example;

in float64 and again in float32 (``Network.astype``).

The three are interleaved (one epoch of each per repetition, see ``measure.py``), and
it prints the median seconds and two ratios, each as the median of the ratios within
the repetitions with its quartiles in brackets: (forward + backward) / forward, and
per-example loop / batch. Run: python bench/backprop_speed.py
"""

import numpy as np
from measure import interleaved, ratio, show, summary

from book import Network
from book.data import load_digits

REPEATS = 15


def epoch(step, X, Y, batch_size):
    """A function that applies ``step`` to every mini-batch once."""
    starts = range(0, X.shape[1], batch_size)
    batches = [(X[:, s:s + batch_size], Y[:, s:s + batch_size]) for s in starts]

    def run():
        for xb, yb in batches:
            step(xb, yb)
    return run


def main():
    data = load_digits(seed=0)
    X, Y = data.X_train, data.Y_train
    net = Network([64, 100, 10], seed=0)

    print(f"network {net.sizes}, {X.shape[1]} training examples, {REPEATS} interleaved "
          f"repetitions, numpy {np.__version__}; medians, [quartiles] of the ratios")
    print(f"{'dtype':>7} {'batch':>5} {'feedforward':>12} {'backprop_batch':>15} {'per-example':>12} "
          f"{'(fwd+bwd)/fwd':>20} {'loop/batch':>20}")
    for dtype in (np.float64, np.float32):
        model = net.astype(dtype)

        def forward(xb, yb):
            model.feedforward(xb)

        def per_example(xb, yb):
            for i in range(xb.shape[1]):
                model.backprop(xb[:, i:i + 1], yb[:, i:i + 1])

        for batch_size in (10, 100):
            times = interleaved({"forward": epoch(forward, X, Y, batch_size),
                                 "batch": epoch(model.backprop_batch, X, Y, batch_size),
                                 "loop": epoch(per_example, X, Y, batch_size)}, REPEATS)
            t_fwd, t_batch, t_loop = (summary(times[k])[0] for k in ("forward", "batch", "loop"))
            print(f"{np.dtype(dtype).name:>7} {batch_size:>5} {t_fwd:>11.4f}s {t_batch:>14.4f}s "
                  f"{t_loop:>11.4f}s {show(ratio(times, 'batch', 'forward')):>20} "
                  f"{show(ratio(times, 'loop', 'batch'), '{:.1f}'):>20}")


if __name__ == "__main__":
    main()
