OK_FORMAT = True

test = {   'name': 'q2',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> A = np.array([[1.0, 0.5, 0.0], [0.0, 0.5, 1.0]])\n'
                                               '>>> Y = np.array([[0.0, 0.5, 0.0], [0.0, 1.5, 2.0]])\n'
                                               '>>> got = np.asarray(quadratic_cost(A, Y))\n'
                                               '>>> assert np.shape(got) == np.shape((0.5 + 0.5 + 0.5) / 3)\n'
                                               '>>> assert np.isclose(got, (0.5 + 0.5 + 0.5) / 3)\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
