OK_FORMAT = True

test = {   'name': 'q2',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> from book import Network\n'
                                               '>>> from book.grading.feedback import call, expect\n'
                                               '>>> net = Network([2, 3, 2], seed=2)\n'
                                               '>>> x, y = (np.array([[0.5], [0.1]]), np.array([[0.0], [1.0]]))\n'
                                               '>>> zs, acts = net.forward_pass(x)\n'
                                               '>>> nabla_b, _ = net.backprop(x, y)\n'
                                               '>>> grad_a = acts[-1] - y\n'
                                               '>>> def Sigma(z):\n'
                                               '...     s = 1 / (1 + np.exp(-z))\n'
                                               '...     return np.diag((s * (1 - s)).ravel())\n'
                                               '>>> without_last = Sigma(zs[0]) @ net.weights[1].T @ grad_a\n'
                                               ">>> expect(call(error_by_products, zs, net.weights, grad_a, 3), nabla_b[1], 'your δ³')\n"
                                               ">>> expect(call(error_by_products, zs, net.weights, grad_a, 2, hint='(w^{l+1})ᵀ has as many rows as layer l has neurons'), nabla_b[0], 'your δ²', "
                                               "mistakes=[(without_last, 'Your δ² leaves out Σ′(z³): the product ends with Σ′(z^L) ∇ₐC.'), (net.weights[1].T @ Sigma(zs[1]) @ grad_a, 'Your δ² leaves "
                                               "out Σ′(z²): the product starts with Σ′(z^l).')])\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
