"""Timing that survives a noisy, shared machine: variants interleaved, medians with spread.

``interleaved`` runs the variants round-robin — one call of each per repetition, in an
order that rotates — so a disturbance (another process waking up) hits every variant
alike instead of deciding one of them. ``ratio`` pairs the repetitions: the ratio of
two variants is taken within each repetition, and its median and quartiles reported.
A wide spread (say the upper quartile above 1.2 times the lower) means the machine was
busy during the run: read the median, or run again.
"""

import statistics
import time


def interleaved(variants, repeats):
    """{name: [seconds of each repetition]} for ``variants`` = {name: callable}."""
    names = list(variants)
    times = {name: [] for name in names}
    for r in range(repeats):
        order = names[r % len(names):] + names[:r % len(names)]
        for name in order:
            start = time.perf_counter()
            variants[name]()
            times[name].append(time.perf_counter() - start)
    return times


def summary(values):
    """(median, lower quartile, upper quartile) of a list of numbers."""
    if len(values) < 2:
        return values[0], values[0], values[0]
    q1, q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q2, q1, q3


def ratio(times, numerator, denominator):
    """Median and quartiles of the per-repetition ratios numerator / denominator."""
    return summary([a / b for a, b in zip(times[numerator], times[denominator], strict=True)])


def show(stats, fmt="{:.2f}"):
    median, low, high = stats
    return f"{fmt.format(median)} [{fmt.format(low)}–{fmt.format(high)}]"
