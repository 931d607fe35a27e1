OK_FORMAT = True

test = {   'name': 'q1',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import Wrong, call, expect_number\n'
                                               '>>> def finite(value):\n'
                                               '...     if isinstance(value, float) and (not np.isfinite(value)):\n'
                                               "...         raise Wrong('Your relative error is nan or inf: an entry was divided by 0 — the denominator is max(10⁻⁸, |a_i| + |b_i|), never 0.')\n"
                                               '...     return value\n'
                                               '>>> got = finite(call(relative_error, np.zeros((2, 1)), np.zeros((2, 1))))\n'
                                               ">>> assert np.ndim(got) == 0, 'relative_error should return a single float, not an array'\n"
                                               ">>> expect_number(got, 0.0, 'your relative error of two zero arrays')\n"
                                               '>>> got = finite(call(relative_error, np.array([[1e-12]]), np.array([[0.0]])))\n'
                                               ">>> assert np.ndim(got) == 0, 'relative_error should return a single float, not an array'\n"
                                               ">>> expect_number(got, 0.0001, 'your relative error of two tiny entries', rtol=1e-09, mistakes=[(1.0, 'Your denominator has no floor: it is max(10⁻⁸, "
                                               "|a_i| + |b_i|).'), (1e-05, 'Your floor is 10⁻⁷: the denominator is max(10⁻⁸, |a_i| + |b_i|).'), (1e-06, 'Your floor is 10⁻⁶: the denominator is "
                                               "max(10⁻⁸, |a_i| + |b_i|).')])\n"
                                               '>>> a, b = (np.array([[0.0], [2.0], [3.0]]), np.array([[0.0], [2.5], [3.0]]))\n'
                                               '>>> got = finite(call(relative_error, a, b))\n'
                                               ">>> assert np.ndim(got) == 0, 'relative_error should return a single float, not an array'\n"
                                               ">>> expect_number(got, 0.5 / 4.5, 'your relative error', mistakes=[(0.5, 'That is the absolute error |a_i − b_i|: divide it by max(10⁻⁸, |a_i| + "
                                               "|b_i|).'), (0.5 / 4.5 / 3, 'You averaged over the entries: take the largest.'), (0.25, 'Divide by |a_i| + |b_i|, the sizes of both entries, not of a_i "
                                               "alone.'), (0.2, 'Divide by |a_i| + |b_i|, the sizes of both entries, not of b_i alone or of the larger one.')])\n"
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
                                               '>>> a = [np.array([[1.0], [0.0]]), np.array([[2.0, -1.0, 0.5]]), np.array([[3.0], [-4.0]])]\n'
                                               '>>> b = [np.array([[1.0], [0.0]]), np.array([[2.0, -1.0, 0.7]]), np.array([[3.0], [-4.0]])]\n'
                                               ">>> got = finite(call(relative_error, a, b, hint='a and b may be lists of arrays of different shapes: compare them pair by pair'))\n"
                                               ">>> assert np.ndim(got) == 0, 'relative_error should return a single float, not an array'\n"
                                               ">>> expect_number(got, 0.2 / 1.2, 'your relative error of two lists of arrays', mistakes=[(0.0, 'Your result covers only one pair of arrays: take the "
                                               "largest over all the pairs.'), (0.2 / 1.2 / 3, 'You averaged over the pairs of arrays: take the largest over all the pairs.')])\n"
                                               '>>> a2 = [np.array([[1.0], [0.5]]), np.array([[2.0, -1.0, 0.5]]), np.array([[3.0], [-4.0]])]\n'
                                               '>>> b2 = [np.array([[1.0], [0.25]]), np.array([[2.0, -1.0, 0.5]]), np.array([[3.0], [-4.0]])]\n'
                                               ">>> got = finite(call(relative_error, a2, b2, hint='a and b may be lists of arrays of different shapes: compare them pair by pair'))\n"
                                               ">>> expect_number(got, 0.25 / 0.75, 'your relative error of two lists of arrays', mistakes=[(0.0, 'Your result covers only one pair of arrays: take "
                                               "the largest over all the pairs.')])\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
