OK_FORMAT = True

test = {   'name': 'q2',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> from book import Network\n'
                                               '>>> net = Network([2, 3, 2], seed=0)\n'
                                               '>>> X = np.array([[0.5, -1.0], [1.0, 0.0]])\n'
                                               '>>> Y = np.array([[1.0, 0.0], [0.0, 1.0]])\n'
                                               '>>> nb, nw = numerical_gradient(net.weights, net.biases, X, Y, 1e-05)\n'
                                               '>>> eb, ew = net.backprop_batch(X, Y)\n'
                                               '>>> assert all((np.shape(a) == np.shape(b) and np.allclose(a, b, rtol=1e-06, atol=1e-10) for a, b in zip(list(nb) + list(nw), eb + ew, '
                                               'strict=True)))\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
