OK_FORMAT = True

test = {   'name': 'q1',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import Wrong, call, expect_number\n'
                                               '>>> def finite(value):\n'
                                               '...     if isinstance(value, float) and (not np.isfinite(value)):\n'
                                               "...         raise Wrong('Your relative error is nan or inf: an entry was divided by 0 — the denominator is max(10⁻⁸, |a_i| + |b_i|), never 0.')\n"
                                               '...     return value\n'
                                               ">>> expect_number(finite(call(relative_error, np.zeros((2, 1)), np.zeros((2, 1)))), 0.0, 'your relative error of two zero arrays')\n"
                                               '>>> a, b = (np.array([[0.0], [2.0], [3.0]]), np.array([[0.0], [2.5], [3.0]]))\n'
                                               ">>> expect_number(finite(call(relative_error, a, b)), 0.5 / 4.5, 'your relative error', mistakes=[(0.5, 'That is the absolute error |a_i − b_i|: "
                                               "divide it by max(10⁻⁸, |a_i| + |b_i|).'), (0.5 / 4.5 / 3, 'You averaged over the entries: take the largest.'), (0.25, 'Divide by |a_i| + |b_i|, the "
                                               "sizes of both entries, not of a_i alone.'), (0.2, 'Divide by |a_i| + |b_i|, the sizes of both entries, not of b_i alone or of the larger one.')])\n"
                                               ">>> expect_number(finite(call(relative_error, np.array([[1.0, -1.0]]), np.array([[1.0, 1.0]]))), 1.0, 'your relative error for entries of opposite "
                                               "signs', mistakes=[(200000000.0, 'Your denominator is |a_i + b_i|, which vanishes when the entries have opposite signs: add their absolute values, "
                                               "|a_i| + |b_i|.')])\n",
                                       'hidden': False,
                                       'locked': False},
                                   {   'code': '>>> from book.grading.feedback import Wrong, call, expect_number\n'
                                               '>>> def finite(value):\n'
                                               '...     if isinstance(value, float) and (not np.isfinite(value)):\n'
                                               "...         raise Wrong('Your relative error is nan or inf: an entry was divided by 0 — the denominator is max(10⁻⁸, |a_i| + |b_i|), never 0.')\n"
                                               '...     return value\n'
                                               '>>> a = [np.array([[1.0], [0.0]]), np.array([[2.0, -1.0, 0.5]])]\n'
                                               '>>> b = [np.array([[1.0], [0.0]]), np.array([[2.0, -1.0, 0.7]])]\n'
                                               ">>> got = finite(call(relative_error, a, b, hint='a and b may be lists of arrays of different shapes: compare them pair by pair'))\n"
                                               ">>> expect_number(got, 0.2 / 1.2, 'your relative error of two lists of arrays', mistakes=[(0.0, 'Your result covers only the first pair of arrays: "
                                               "take the largest over all the pairs.')])\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
