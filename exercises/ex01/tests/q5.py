OK_FORMAT = True

test = {   'name': 'q5',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> from book import Network\n'
                                               '>>> net = Network([2, 3, 2], seed=0)\n'
                                               '>>> X = np.array([[0.5, -1.0, 0.0, 2.0], [1.0, 0.0, -0.5, 1.0]])\n'
                                               '>>> out = np.asarray(feedforward(net.weights, net.biases, X))\n'
                                               '>>> assert out.shape == (2, 4) and np.allclose(out, net.feedforward(X))\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
