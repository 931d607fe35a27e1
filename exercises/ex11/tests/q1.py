OK_FORMAT = True

test = {   'name': 'q1',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> from book import Network\n'
                                               '>>> net = Network([4, 5, 5, 2], seed=0)\n'
                                               '>>> X = np.random.default_rng(0).normal(size=(4, 6))\n'
                                               '>>> Y = np.eye(2)[:, [0, 1, 0, 1, 0, 1]]\n'
                                               '>>> nb, _ = net.backprop_batch(X, Y)\n'
                                               '>>> expected = [np.linalg.norm(nb[i]) / np.linalg.norm(nb[i + 1]) for i in range(2)]\n'
                                               '>>> got = np.asarray(gradient_norm_ratios(net.weights, net.biases, X, Y))\n'
                                               '>>> assert np.shape(got) == np.shape(expected)\n'
                                               '>>> assert np.allclose(got, expected)\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
