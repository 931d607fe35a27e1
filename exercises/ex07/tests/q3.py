OK_FORMAT = True

test = {   'name': 'q3',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> w2, b2 = sgd_step([np.array([[1.0, 2.0]])], [np.array([[0.5]])], [np.array([[1.0]])], [np.array([[2.0, -2.0]])], 0.5)\n'
                                               '>>> got1 = np.asarray(w2[0])\n'
                                               '>>> assert np.shape(got1) == np.shape([[0.0, 3.0]])\n'
                                               '>>> got2 = np.asarray(b2[0])\n'
                                               '>>> assert np.shape(got2) == np.shape([[0.0]])\n'
                                               '>>> assert np.allclose(got1, [[0.0, 3.0]]) and np.allclose(got2, [[0.0]])\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
