OK_FORMAT = True

test = {   'name': 'q4',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> from book import Network\n'
                                               '>>> net = Network([2, 3, 2], seed=2)\n'
                                               '>>> x, y = (np.array([[0.5], [0.1]]), np.array([[0.0], [1.0]]))\n'
                                               '>>> zs, acts = net.forward_pass(x)\n'
                                               '>>> nabla_b, _ = net.backprop(x, y)\n'
                                               '>>> got = np.asarray(error_by_products(zs, net.weights, acts[-1] - y, 3))\n'
                                               '>>> assert np.shape(got) == np.shape(nabla_b[1])\n'
                                               '>>> assert np.allclose(got, nabla_b[1])\n'
                                               '>>> got = np.asarray(error_by_products(zs, net.weights, acts[-1] - y, 2))\n'
                                               '>>> assert np.shape(got) == np.shape(nabla_b[0])\n'
                                               '>>> assert np.allclose(got, nabla_b[0])\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
