OK_FORMAT = True

test = {   'name': 'q4',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> from book import Network\n'
                                               '>>> net = Network([2, 3, 2], seed=1)\n'
                                               '>>> x, y = (np.array([[0.5], [-1.0]]), np.array([[1.0], [0.0]]))\n'
                                               '>>> nabla_b, _ = net.backprop(x, y)\n'
                                               '>>> got = np.asarray(estimate_delta(net.weights, net.biases, x, y, 3, 1))\n'
                                               '>>> assert np.shape(got) == np.shape(nabla_b[1][0, 0])\n'
                                               '>>> assert np.isclose(got, nabla_b[1][0, 0], rtol=1e-06, atol=1e-10)\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
