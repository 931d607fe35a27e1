OK_FORMAT = True

test = {   'name': 'q2',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> X = np.array([[1.0, 0.0], [0.0, 2.0], [1.0, 1.0]])\n'
                                               '>>> w = np.array([[1.0], [2.0]])\n'
                                               '>>> y = np.array([[0.0], [1.0], [1.0]])\n'
                                               '>>> out = np.asarray(grad_J_X(X, w, y))\n'
                                               '>>> assert out.shape == (3, 2) and np.allclose(out, [[2.0, 4.0], [6.0, 12.0], [4.0, 8.0]])\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
