OK_FORMAT = True

test = {   'name': 'q4',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import expect\n'
                                               '>>> from book.worked import worked_network\n'
                                               '>>> worked = worked_network()\n'
                                               '>>> w3, z3, y = (worked.net.weights[1], worked.z[1], worked.y)\n'
                                               '>>> sp2, sp3 = worked.sigma_prime\n'
                                               '>>> a3 = np.exp(z3) / np.exp(z3).sum()\n'
                                               '>>> d3 = a3 - y\n'
                                               '>>> right = w3.T @ d3 * sp2\n'
                                               '>>> if delta_2 is not ...:\n'
                                               "...     assert np.shape(delta_2) == (2, 1), 'δ² is a column of shape (2, 1), one entry per neuron of layer 2'\n"
                                               ">>> expect(delta_2, right, 'your δ²', rtol=0.01, atol=0.0001, mistakes=[(w3 @ d3 * sp2, 'Your δ² uses w³ δ³: BP2 sends δ³ back through the transpose, "
                                               "(w³)ᵀ δ³.'), (w3.T @ d3, 'Your δ² has no σ′(z²) factor: the hidden layer is still a sigmoid, and BP2 multiplies by σ′(z²).'), (w3.T @ d3 * sp3, 'Your "
                                               'δ² multiplies by σ′(z³): BP2 needs σ′ of layer 2, σ′(z²).\'), (w3.T @ (d3 * a3 * (1 - a3)) * sp2, "Your δ³ has a factor a³(1 − a³), as for an '
                                               'elementwise output; with the softmax and the log-likelihood, BP1\'s Jᵀ∇ₐC has none."), (w3.T @ (worked.activations[2] - y) * sp2, \'Your δ³ uses the '
                                               "sigmoid outputs σ(z³); the softmax outputs are e^{z³_j} / Σ_k e^{z³_k}.'), (worked.delta[0], 'That is δ² of the original network (sigmoid outputs, "
                                               "quadratic cost); here the output layer is a softmax with the log-likelihood.'), (-right, 'Your δ² has the wrong sign: BP1 gives δ³ = a³ − y.')])\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
