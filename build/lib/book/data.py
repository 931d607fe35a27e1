"""Data sets that need no download.

``load_digits`` wraps scikit-learn's bundled handwritten digits: 1 797 images
of 8×8 pixels, classes 0–9. Examples are COLUMNS, as everywhere in the book.
"""

import numbers
from typing import NamedTuple

import numpy as np
import sklearn.datasets
from sklearn.model_selection import train_test_split


class Split(NamedTuple):
    """A train/test split; each X has one example per column, each Y one-hot columns."""

    X_train: np.ndarray
    Y_train: np.ndarray
    X_test: np.ndarray
    Y_test: np.ndarray

    @property
    def train(self):
        return self.X_train, self.Y_train

    @property
    def test(self):
        return self.X_test, self.Y_test


def one_hot(labels, n_classes=10):
    """Class indices (m,) → one-hot columns (n_classes, m)."""
    if isinstance(n_classes, bool) or not isinstance(n_classes, numbers.Integral) or n_classes < 1:
        raise ValueError(f"n_classes must be an integer ≥ 1; got {n_classes!r}")
    labels = np.asarray(labels)
    if labels.ndim != 1 or not np.issubdtype(labels.dtype, np.integer):
        raise ValueError(f"labels must be a 1-D array of integers; got dtype "
                         f"{labels.dtype} and shape {labels.shape}")
    if labels.size and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0..{n_classes - 1}; got "
                         f"{labels.min()}..{labels.max()}")
    Y = np.zeros((n_classes, labels.size))
    Y[labels, np.arange(labels.size)] = 1.0
    return Y


def load_digits(test_fraction=0.25, seed=0):
    """The 8×8 digits, pixels scaled from 0..16 to [0, 1], split with a seeded shuffle.

    Returns a ``Split``: X_train (64, n_train), Y_train (10, n_train), and the
    same for the test set. The split is stratified, so both parts hold every
    digit in the same proportions.
    """
    if isinstance(test_fraction, bool) or not isinstance(test_fraction, numbers.Real) \
            or not 0.0 < test_fraction < 1.0:
        raise ValueError(f"test_fraction must lie strictly between 0 and 1; got {test_fraction!r}")
    images, labels = sklearn.datasets.load_digits(return_X_y=True)
    X_train, X_test, y_train, y_test = train_test_split(
        images / 16.0, labels, test_size=test_fraction, random_state=seed, stratify=labels)
    return Split(X_train.T.copy(), one_hot(y_train), X_test.T.copy(), one_hot(y_test))
