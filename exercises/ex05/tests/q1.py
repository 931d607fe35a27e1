OK_FORMAT = True

test = {   'name': 'q1',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import call, expect\n'
                                               '>>> rng = np.random.default_rng(5)\n'
                                               '>>> w, d = (rng.normal(size=(3, 3)), rng.normal(size=(3, 1)))\n'
                                               '>>> z, z_next = (rng.normal(size=(3, 1)), rng.normal(size=(3, 1)))\n'
                                               '>>> s = 1 / (1 + np.exp(-z))\n'
                                               '>>> right = w.T @ d * s * (1 - s)\n'
                                               ">>> expect(call(previous_error, w, d, z), right, 'your δ', mistakes=[(w @ d * s * (1 - s), 'Your δ uses w δ: BP2 sends the error back through the "
                                               "transpose, (w^{l+1})ᵀ δ^{l+1}.'), (w.T @ d, 'Your δ has no σ′(z) factor: BP2 multiplies (w^{l+1})ᵀ δ^{l+1} by σ′(z^l).'), (w.T @ d * s, 'Your δ "
                                               "multiplies by σ(z), not by its derivative σ′(z) = σ(z)(1 − σ(z)).'), (-right, 'Your δ has the wrong sign.'), ((w.T @ d).T @ (s * (1 - s)), 'Your δ is "
                                               "a single number: multiply entry by entry (Hadamard), not a dot product.')])\n"
                                               '>>> w2, d2, z2 = (rng.normal(size=(2, 3)), rng.normal(size=(2, 1)), rng.normal(size=(3, 1)))\n'
                                               '>>> s2 = 1 / (1 + np.exp(-z2))\n'
                                               ">>> expect(call(previous_error, w2, d2, z2, hint='w^{l+1} has one row per neuron of layer l + 1'), w2.T @ d2 * s2 * (1 - s2), 'your δ for a 2 × 3 "
                                               "weight matrix')\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
