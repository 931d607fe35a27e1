OK_FORMAT = True

test = {   'name': 'q3',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> from book import Network\n'
                                               '>>> net = Network([2, 3, 2], seed=0)\n'
                                               '>>> X = np.array([[0.5, -1.0], [1.0, 0.0]])\n'
                                               '>>> Y = np.array([[1.0, 0.0], [0.0, 1.0]])\n'
                                               '>>> nb, nw = net.backprop_batch(X, Y)\n'
                                               '>>> assert find_wrong_layer(net.weights, net.biases, X, Y, nb, nw) is None\n'
                                               '>>> nw_bad = [nw[0], 2 * nw[1]]\n'
                                               '>>> assert find_wrong_layer(net.weights, net.biases, X, Y, nb, nw_bad) == 3\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
