OK_FORMAT = True

test = {   'name': 'q5',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> out = penalised_gradient([np.array([[1.0, 2.0]])], [np.array([[10.0, -10.0]])], 0.5, 5)\n'
                                               '>>> got = np.asarray(out[0])\n'
                                               '>>> assert np.shape(got) == np.shape([[2.0, 1.0]])\n'
                                               '>>> assert len(out) == 1 and np.allclose(got, [[2.0, 1.0]])\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
