OK_FORMAT = True

test = {   'name': 'q4',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book import Network\n'
                                               '>>> net = Network([2, 3, 2], seed=0)\n'
                                               '>>> X = np.array([[0.5, -1.0, 2.0, 0.0], [1.0, 0.0, -0.5, 0.3]])\n'
                                               '>>> labels = np.array([0, 1, 1, 0])\n'
                                               '>>> got = np.asarray(accuracy(net.weights, net.biases, X, labels))\n'
                                               '>>> assert np.shape(got) == np.shape(net.accuracy(X, labels))\n'
                                               '>>> assert np.isclose(got, net.accuracy(X, labels))\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
