OK_FORMAT = True

test = {   'name': 'q1',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> X = np.array([[1.0, 0.0], [0.0, 2.0], [1.0, 1.0]])\n'
                                               '>>> w = np.array([[1.0], [1.0]])\n'
                                               '>>> y = np.array([[0.0], [1.0], [1.0]])\n'
                                               '>>> out = np.asarray(grad_J_w(X, w, y))\n'
                                               '>>> assert out.shape == (2, 1) and np.allclose(out, [[4.0], [6.0]])\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
