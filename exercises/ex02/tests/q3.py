OK_FORMAT = True

test = {   'name': 'q3',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> got = np.asarray(tanh_backward(np.array([[0.0], [1.0]]), np.array([[2.0], [1.0]])))\n'
                                               '>>> assert got.shape == (2, 1)\n'
                                               '>>> assert np.allclose(got, [[2.0], [1.0 - np.tanh(1.0) ** 2]])\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
