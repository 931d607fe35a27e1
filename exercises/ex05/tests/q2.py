OK_FORMAT = True

test = {   'name': 'q2',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> w = np.array([[1.0, 2.0, 3.0], [0.0, -1.0, 1.0]])\n'
                                               '>>> d = np.array([[1.0], [2.0]])\n'
                                               '>>> z = np.array([[0.0], [1.0], [-2.0]])\n'
                                               '>>> s = 1 / (1 + np.exp(-z))\n'
                                               '>>> out = np.asarray(previous_error(w, d, z))\n'
                                               '>>> assert out.shape == (3, 1) and np.allclose(out, np.array([[1.0], [0.0], [5.0]]) * s * (1 - s))\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
