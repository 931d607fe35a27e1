OK_FORMAT = True

test = {   'name': 'q1',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> z = np.array([[0.0], [2.0]])\n'
                                               '>>> a = 1 / (1 + np.exp(-z))\n'
                                               '>>> y = np.array([[1.0], [0.0]])\n'
                                               '>>> out = np.asarray(output_error(a, y, z))\n'
                                               '>>> assert out.shape == (2, 1) and np.allclose(out, (a - y) * a * (1 - a))\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
