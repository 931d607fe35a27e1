"""What a public test says when an answer is wrong: one sentence, never the answer.

A test calls ``expect(got, expected, what, mistakes=...)``. When ``got`` is right it
returns quietly; when not, it raises ``Wrong`` — an ``AssertionError`` whose message is
one sentence about *what* is wrong: a flat array where a column belongs, examples as
rows, the shape of a product taken without its transpose, a known mistake recognised by
its value (σ′ at the wrong layer, a sign, a sum for a mean). The message never contains
the expected values, and the checker that shows it (``book.grading.local``) never shows
the test's code.
"""

import numpy as np


class Wrong(AssertionError):
    """A wrong answer, with one sentence saying what is wrong."""


def call(function, *args, what=None, hint=""):
    """``function(*args)``, or ``Wrong`` naming the error it raised (and a hint, if given)."""
    name = what or f"{getattr(function, '__name__', 'your function')}"
    try:
        return function(*args)
    except Wrong:
        raise
    except Exception as err:  # noqa: BLE001 — any error of the student's code becomes feedback
        first = (str(err).strip().splitlines() or [""])[0][:160]
        # the hint is about shapes: it follows a shape error, not a typo's NameError
        shaped = hint and isinstance(err, (ValueError, IndexError))
        raise Wrong(f"{name} raised {type(err).__name__}"
                    f"{': ' + first if first else ''}{' — ' + hint if shaped else ''}") from None


def _as_array(got, what):
    if got is Ellipsis:
        raise Wrong(f"there is no answer yet: replace the `...` with {what}")
    if isinstance(got, (str, bytes)) or got is None:
        raise Wrong(f"{what} should be a NumPy array of numbers; got {got!r:.40}")
    try:
        array = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        if isinstance(got, np.ndarray) and got.dtype == object and got.size:
            raise Wrong(f"{what} holds {type(got.flat[0]).__name__} objects, not numbers: if "
                        f"your function calls a helper named sigma or sigma_prime, a SymPy "
                        f"cell of this set has replaced it — rename your NumPy helpers "
                        f"(sigmoid, sigmoid_prime)") from None
        raise Wrong(f"{what} should be a NumPy array of numbers; got a "
                    f"{type(got).__name__}") from None
    return array


def _close(a, b, rtol, atol):
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=rtol, atol=atol))


def shape_message(got, expected, what):
    """One sentence on why ``got`` (a shape) is not ``expected`` (a shape), or None."""
    if got == expected:
        return None
    if len(expected) == 2 and expected[1] == 1 and got == (expected[0],):
        return (f"{what} is a flat array of shape {got}; the book's vectors are columns of "
                f"shape {expected} (a flat array broadcast against a column makes a matrix)")
    if len(expected) == 2 and expected[1] == 1 and got == (expected[0], expected[0]) \
            and expected[0] > 1:
        return (f"{what} has shape {got} where a column of shape {expected} is expected: a "
                f"flat (n,) array was probably broadcast against an (n, 1) column")
    if len(expected) == 2 and got == expected[::-1]:
        return (f"{what} has shape {got}, the transpose of the expected {expected}: keep "
                f"examples in columns (and check where a transpose belongs)")
    if len(expected) == 2 and len(got) == 2 and got[0] == expected[0] and got[1] != expected[1] \
            and expected[1] > 1:
        columns = "1 column" if got[1] == 1 else f"{got[1]} columns"
        return f"{what} has {columns} where {expected[1]} are expected: one column per example"
    return f"{what} has shape {got}; a result of shape {expected} is expected"


def expect(got, expected, what="your result", *, mistakes=(), rtol=1e-7, atol=1e-10):
    """Return if ``got`` equals ``expected`` (NumPy arrays, to the tolerances); otherwise
    raise ``Wrong`` with one sentence. ``mistakes`` lists (value, message) pairs: a wrong
    answer a student is known to give, and what to tell them when ``got`` is that value —
    checked before the shape, so a mistake can be recognised by its shape too."""
    got = _as_array(got, what)
    expected = np.asarray(expected, dtype=float)
    if not np.all(np.isfinite(got)):
        raise Wrong(f"{what} contains nan or inf")
    if _close(got, expected, rtol, atol):
        return
    for value, message in mistakes:
        if _close(got, np.asarray(value, dtype=float), rtol, atol):
            raise Wrong(message)
    message = shape_message(got.shape, expected.shape, what)
    if message:
        raise Wrong(message)
    if expected.shape == ():
        raise Wrong(f"{what} is not the right number")
    raise Wrong(f"{what} has the right shape, {expected.shape}, but not the right values")


def expect_number(got, expected, what="your number", *, mistakes=(), rtol=1e-7, atol=1e-10):
    """``expect`` for a single number (a Python or NumPy scalar, or a 1-entry array)."""
    array = _as_array(got, what)
    if array.size != 1:
        raise Wrong(f"{what} should be a single number; got an array of shape {array.shape}")
    expect(array.reshape(()), expected, what, mistakes=mistakes, rtol=rtol, atol=atol)


def expect_not_constant(function, inputs, what=None):
    """``Wrong`` if ``function`` returns the same value for each of ``inputs`` (tuples of
    arguments) whose correct results differ: a hard-coded answer."""
    results = [_as_array(call(function, *args, what=what), what or "your result")
               for args in inputs]
    if all(r.shape == results[0].shape and np.allclose(r, results[0]) for r in results[1:]):
        name = what or getattr(function, "__name__", "your function")
        raise Wrong(f"{name} gives the same result for different inputs: compute it from "
                    f"the arguments rather than returning a fixed value")
