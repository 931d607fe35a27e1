OK_FORMAT = True

test = {   'name': 'q4',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> z = np.array([[0.0], [2.0]])\n'
                                               '>>> y = np.array([[1.0], [0.0]])\n'
                                               '>>> got = np.asarray(cross_entropy_delta(z, y))\n'
                                               '>>> assert np.shape(got) == np.shape(1 / (1 + np.exp(-z)) - y)\n'
                                               '>>> assert np.allclose(got, 1 / (1 + np.exp(-z)) - y)\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
