OK_FORMAT = True

test = {   'name': 'q4',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> X = np.eye(2)\n'
                                               '>>> w = np.array([[1.0], [2.0]])\n'
                                               '>>> y = np.zeros((2, 1))\n'
                                               '>>> D = np.array([[1.0, 1.0], [0.0, 3.0]])\n'
                                               '>>> out = np.asarray(grad_weighted_ls(X, w, y, D))\n'
                                               '>>> assert out.shape == (2, 1) and np.allclose(out, [[4.0], [13.0]])\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
