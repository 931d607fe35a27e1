OK_FORMAT = True

test = {   'name': 'q3',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> from book import Network\n'
                                               '>>> net = Network([2, 3, 2], seed=0)\n'
                                               '>>> x, y = (np.array([[0.5], [-1.0]]), np.array([[1.0], [0.0]]))\n'
                                               '>>> got = np.asarray(cost_with_demon(net.weights, net.biases, x, y, 2, 1, 0.0))\n'
                                               '>>> assert np.shape(got) == np.shape(net.cost(x, y))\n'
                                               '>>> assert np.isclose(got, net.cost(x, y))\n'
                                               '>>> got = np.asarray(cost_with_demon(net.weights, net.biases, x, y, 3, 2, 0.3))\n'
                                               '>>> assert got.shape == ()\n'
                                               '>>> assert np.isclose(got, net.cost_with_demon(x, y, 3, 2, 0.3))\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
