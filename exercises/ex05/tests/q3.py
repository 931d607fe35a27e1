OK_FORMAT = True

test = {   'name': 'q3',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> from book import Network\n'
                                               '>>> from book.grading.feedback import call, expect\n'
                                               ">>> net = Network([2, 3, 1], activation='identity', seed=0)\n"
                                               '>>> x, y = (np.array([[1.0], [2.0]]), np.array([[0.5]]))\n'
                                               '>>> eb, ew = net.backprop(x, y)\n'
                                               '>>> result = call(backprop_linear, net.weights, net.biases, x, y)\n'
                                               ">>> assert isinstance(result, (tuple, list)) and len(result) == 2, 'backprop_linear returns a pair (nabla_b, nabla_w)'\n"
                                               '>>> nb, nw = result\n'
                                               ">>> assert len(nb) == 2 and len(nw) == 2, 'nabla_b and nabla_w have one entry per layer after the input: 2 here'\n"
                                               '>>> for l in (2, 3):\n'
                                               "...     expect(nb[l - 2], eb[l - 2], f'your ∂C/∂b^{l}', mistakes=[(-eb[l - 2], f'Your ∂C/∂b^{l} has the wrong sign: ∂C/∂a^L is a^L − y.')])\n"
                                               "...     expect(nw[l - 2], ew[l - 2], f'your ∂C/∂w^{l}')\n"
                                               '>>> x2, y2 = (np.array([[-0.5], [0.3]]), np.array([[2.0]]))\n'
                                               '>>> eb2, ew2 = net.backprop(x2, y2)\n'
                                               '>>> nb2, nw2 = call(backprop_linear, net.weights, net.biases, x2, y2)\n'
                                               ">>> expect(nb2[0], eb2[0], 'your ∂C/∂b² for a second example')\n"
                                               ">>> expect(nw2[1], ew2[1], 'your ∂C/∂w³ for a second example')\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
