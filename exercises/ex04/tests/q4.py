OK_FORMAT = True

test = {   'name': 'q4',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import call, expect\n'
                                               '>>> rng = np.random.default_rng(4)\n'
                                               '>>> ZL, Y, mu = (rng.normal(size=(2, 5)), rng.uniform(size=(2, 5)), 0.7)\n'
                                               '>>> A = 1 / (1 + np.exp(-ZL))\n'
                                               '>>> gain, n = (A * (1 - A), 5)\n'
                                               '>>> gap = A.mean(axis=1, keepdims=True) - Y.mean(axis=1, keepdims=True)\n'
                                               '>>> right = (A - Y + mu * gap) / n * gain\n'
                                               '>>> rows = A.mean(axis=0, keepdims=True) - Y.mean(axis=0, keepdims=True)\n'
                                               ">>> expect(call(calibrated_output_errors, ZL, Y, mu, hint='keep ā a column of shape (n_L, 1): mean(axis=1, keepdims=True)'), right, 'your matrix of "
                                               "errors', mistakes=[((A - Y + mu * gap) / n, 'Your errors have no σ′(z^L) factor: ∂C/∂z = σ′(z) ⊙ ∂C/∂a.'), ((A - Y + mu * gap) * gain, 'Your errors "
                                               "are n times too large: both terms of ∂C/∂a^L(x) carry a factor 1/n.'), (((A - Y) / n + mu * gap) * gain, 'Your calibration term is n times too large: "
                                               "ā and ȳ are means (not sums), and ∂ā/∂a^L(x) = 1/n.'), ((A - Y + mu * gap / n) * gain, 'Your first term lacks a factor 1/n: the quadratic part of C is "
                                               'a mean over the n examples.\'), ((A - Y) / n * gain, "Your errors miss the calibration term: through ā, each example\'s error depends on the whole '
                                               'batch."), (-right, \'Your errors have the wrong sign: ∂C/∂a^L(x) contains a^L(x) − y(x), not y(x) − a^L(x).\'), ((A - Y + mu * rows) / n * gain, '
                                               "'Your ā averages over the rows: the examples are the columns, so average along axis 1.'), ((A - Y + mu * (A.mean() - Y.mean())) / n * gain, 'Your ā "
                                               "averages over every entry; average each output neuron over the examples: mean(axis=1, keepdims=True).')])\n",
                                       'hidden': False,
                                       'locked': False},
                                   {   'code': '>>> from book.grading.feedback import call, expect\n'
                                               '>>> rng = np.random.default_rng(6)\n'
                                               '>>> ZL, Y, mu = (rng.normal(size=(3, 3)), rng.uniform(size=(3, 3)), 1.3)\n'
                                               '>>> A = 1 / (1 + np.exp(-ZL))\n'
                                               '>>> gain = A * (1 - A)\n'
                                               '>>> gap = A.mean(axis=1, keepdims=True) - Y.mean(axis=1, keepdims=True)\n'
                                               '>>> flat = A.mean(axis=1) - Y.mean(axis=1)\n'
                                               ">>> expect(call(calibrated_output_errors, ZL, Y, mu), (A - Y + mu * gap) / 3 * gain, 'your matrix of errors for a 3 × 3 batch', mistakes=[((A - Y + mu "
                                               "* flat) / 3 * gain, 'Your ā is a flat (n_L,) array, broadcast along the rows of a (n_L, n) matrix: keep it a column with keepdims=True.')])\n",
                                       'hidden': False,
                                       'locked': False},
                                   {   'code': '>>> from book.grading.feedback import call, expect\n'
                                               '>>> from book.grading.rules import no_loops\n'
                                               '>>> ZL, Y = (np.array([[0.0, 1.0, -1.0, 2.0]]), np.array([[1.0, 0.0, 1.0, 1.0]]))\n'
                                               '>>> A = 1 / (1 + np.exp(-ZL))\n'
                                               '>>> right = (A - Y + 0.5 * (A.mean() - Y.mean())) / 4 * A * (1 - A)\n'
                                               ">>> expect(call(calibrated_output_errors, ZL, Y, 0.5), right, 'your matrix of errors for one output neuron')\n"
                                               '>>> try:\n'
                                               '...     no_loops(calibrated_output_errors)\n'
                                               '... except ValueError:\n'
                                               '...     pass\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
