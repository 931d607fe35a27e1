OK_FORMAT = True

test = {   'name': 'q4',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> W = np.array([[1.0, 2.0]])\n'
                                               '>>> x = np.array([[3.0, 1.0], [4.0, 0.0]])\n'
                                               '>>> b = np.array([[0.5]])\n'
                                               '>>> g = np.array([[2.0, 1.0]])\n'
                                               '>>> gW, gx, gb = affine_backward(W, x, b, g)\n'
                                               '>>> assert np.shape(gW) == np.shape([[7.0, 8.0]])\n'
                                               '>>> assert np.shape(gx) == np.shape([[2.0, 1.0], [4.0, 2.0]])\n'
                                               '>>> assert np.shape(gb) == np.shape([[3.0]])\n'
                                               '>>> assert np.allclose(gW, [[7.0, 8.0]]) and np.allclose(gx, [[2.0, 1.0], [4.0, 2.0]]) and np.allclose(gb, [[3.0]])\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
