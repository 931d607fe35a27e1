OK_FORMAT = True

test = {   'name': 'q1',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book import Network\n'
                                               '>>> net = Network([2, 3, 2], seed=0)\n'
                                               '>>> X = np.array([[0.5, -1.0, 2.0], [1.0, 0.0, -0.5]])\n'
                                               '>>> zs, acts = forward_pass(net.weights, net.biases, X)\n'
                                               '>>> ez, ea = net.forward_pass(X)\n'
                                               '>>> assert len(zs) == 2 and len(acts) == 3\n'
                                               '>>> assert all((np.shape(a) == np.shape(b) and np.allclose(a, b) for a, b in zip(list(zs) + list(acts), ez + ea, strict=True)))\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
