OK_FORMAT = True

test = {   'name': 'q2',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> from book import Network\n'
                                               '>>> from book.grading.feedback import call, expect\n'
                                               '>>> net = Network([3, 3, 3], seed=2)\n'
                                               '>>> x = np.array([[0.5], [0.1], [-0.4]])\n'
                                               '>>> zs, acts = net.forward_pass(x)\n'
                                               '>>> def Sigma(z):\n'
                                               '...     s = 1 / (1 + np.exp(-z))\n'
                                               '...     return np.diag((s * (1 - s)).ravel())\n'
                                               '>>> w3 = net.weights[1]\n'
                                               '>>> right = Sigma(zs[0]) @ w3.T @ Sigma(zs[1])\n'
                                               ">>> expect(call(error_matrix, zs, net.weights, 3), Sigma(zs[1]), 'your M³ (l = L)', mistakes=[(np.eye(3), 'Your M³ (l = L) is the identity: the "
                                               "product ends with Σ′(z^L), so M^L = Σ′(z^L).'), (w3.T @ Sigma(zs[1]), 'Your M³ (l = L) has a factor (w³)ᵀ: for l = L there is no later layer, and M^L "
                                               "= Σ′(z^L).')])\n"
                                               ">>> M2 = call(error_matrix, zs, net.weights, 2, hint='M^l has one row per neuron of layer l and one column per output')\n"
                                               ">>> expect(M2, right, 'your M²', mistakes=[(Sigma(zs[0]) @ w3.T, 'Your M² leaves out Σ′(z³): the product ends with Σ′(z^L).'), (w3.T @ Sigma(zs[1]), "
                                               "'Your M² leaves out Σ′(z²): the product starts with Σ′(z^l).'), (Sigma(zs[0]) @ w3 @ Sigma(zs[1]), 'Your M² uses w³, not its transpose: the error goes "
                                               "back through (w^{l+1})ᵀ.'), (Sigma(zs[1]) @ w3.T @ Sigma(zs[0]), 'Your M² has the Σ′ factors in the wrong places: Σ′(z^l) comes first, Σ′(z^L) "
                                               "last.')])\n"
                                               '>>> for y in (np.array([[1.0], [0.0], [0.0]]), np.array([[0.0], [1.0], [1.0]])):\n'
                                               '...     nabla_b, _ = net.backprop(x, y)\n'
                                               "...     expect(np.asarray(M2) @ (acts[-1] - y), nabla_b[0], 'your M² times ∇ₐC')\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
