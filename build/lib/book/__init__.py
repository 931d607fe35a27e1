"""Companion package of *Backpropagation, derived and run*.

Every chapter imports its code from here, so the book shows exactly the code
that the tests check. Examples are stored as COLUMNS throughout: a batch of m
inputs to a network whose first layer has n neurons is an array of shape (n, m).
"""

from book.network import Network

__all__ = ["Network"]
