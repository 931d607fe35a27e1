OK_FORMAT = True

test = {   'name': 'q5',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book import Network\n'
                                               ">>> net = Network([2, 2, 1], activation='identity', seed=0)\n"
                                               '>>> x, y = (np.array([[1.0], [2.0]]), np.array([[0.5]]))\n'
                                               '>>> nb, nw = backprop_linear(net.weights, net.biases, x, y)\n'
                                               '>>> eb, ew = net.backprop(x, y)\n'
                                               '>>> assert all((np.shape(a) == np.shape(b) and np.allclose(a, b) for a, b in zip(list(nb) + list(nw), eb + ew, strict=True)))\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
