OK_FORMAT = True

test = {   'name': 'q2',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> from book import Network\n'
                                               '>>> net = Network([2, 3, 2], seed=0)\n'
                                               '>>> x, y = (np.array([[0.5], [-1.0]]), np.array([[1.0], [0.0]]))\n'
                                               '>>> _, nabla_w = net.backprop(x, y)\n'
                                               '>>> got = np.asarray(gradient_by_paths(net.weights, net.biases, x, y, 2, 3, 1))\n'
                                               '>>> assert np.shape(got) == np.shape(nabla_w[0][2, 0])\n'
                                               '>>> assert np.isclose(got, nabla_w[0][2, 0])\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
