OK_FORMAT = True

test = {   'name': 'q5',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import call, expect\n'
                                               '>>> from book.grading.rules import no_loops\n'
                                               '>>> rng = np.random.default_rng(25)\n'
                                               '>>> x, g = (rng.normal(size=(3, 4)), rng.normal(size=(3, 4)))\n'
                                               '>>> norm = np.sqrt((x ** 2).sum(axis=0, keepdims=True))\n'
                                               '>>> out = x / norm\n'
                                               '>>> dot = (out * g).sum(axis=0, keepdims=True)\n'
                                               '>>> rows = np.sqrt((x ** 2).sum(axis=1, keepdims=True))\n'
                                               ">>> expect(call(normalize_backward, x, g), (g - out * dot) / norm, 'your ∂L/∂x', mistakes=[(g / norm, 'Your gradient treats the norm as a constant: "
                                               "every x_k also enters ‖x‖, and that second use brings a share too.'), ((g + out * dot) / norm, 'The share through the norm has the wrong sign: a "
                                               "larger ‖x‖ makes every output smaller.'), (g - out * dot, 'Both shares carry the factor 1/‖x‖ of the node: your gradient has lost it.'), ((g - out * "
                                               "(out * g).sum()) / norm, 'The sum Σ_k out_k (∂L/∂out_k) is taken per column, one number per example, not over the whole batch.'), ((g - x / rows * (x "
                                               "/ rows * g).sum(axis=1, keepdims=True)) / rows, 'Your gradient normalises along the rows: each column (one example) has its own norm.')])\n"
                                               '>>> no_loops(normalize_backward)\n',
                                       'hidden': False,
                                       'locked': False},
                                   {   'code': '>>> from book.grading.feedback import call, expect\n'
                                               '>>> from book.grading.rules import no_loops\n'
                                               '>>> x = np.array([[3.0, 1.0], [4.0, -2.0]])\n'
                                               '>>> g = np.array([[1.0, 0.5], [2.0, 1.0]])\n'
                                               '>>> norm = np.sqrt((x ** 2).sum(axis=0, keepdims=True))\n'
                                               '>>> out = x / norm\n'
                                               ">>> expect(call(normalize_backward, x, g), (g - out * (out * g).sum(axis=0, keepdims=True)) / norm, 'your ∂L/∂x for two examples of two entries')\n"
                                               '>>> no_loops(normalize_backward)\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
