OK_FORMAT = True

test = {   'name': 'q3',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> gb, gw = parameter_gradients(np.array([[1.0], [2.0]]), np.array([[3.0], [4.0], [5.0]]))\n'
                                               '>>> assert np.shape(gb) == np.shape([[1.0], [2.0]])\n'
                                               '>>> assert np.shape(gw) == np.shape([[3.0, 4.0, 5.0], [6.0, 8.0, 10.0]])\n'
                                               '>>> assert np.allclose(gb, [[1.0], [2.0]]) and np.allclose(gw, [[3.0, 4.0, 5.0], [6.0, 8.0, 10.0]])\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
