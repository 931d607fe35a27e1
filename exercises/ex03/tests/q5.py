OK_FORMAT = True

test = {   'name': 'q5',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> W = np.array([[1.0, -0.5]])\n'
                                               '>>> a = np.array([[1.0], [2.0]])\n'
                                               '>>> b = np.array([[0.0]])\n'
                                               '>>> g = np.array([[4.0]])\n'
                                               '>>> gW, ga, gb = sigmoid_layer_grads(W, a, b, g)\n'
                                               '>>> assert np.shape(gW) == np.shape([[1.0, 2.0]])\n'
                                               '>>> assert np.shape(ga) == np.shape([[1.0], [-0.5]])\n'
                                               '>>> assert np.shape(gb) == np.shape([[1.0]])\n'
                                               '>>> assert np.allclose(gW, [[1.0, 2.0]]) and np.allclose(ga, [[1.0], [-0.5]]) and np.allclose(gb, [[1.0]])\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
