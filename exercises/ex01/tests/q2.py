OK_FORMAT = True

test = {   'name': 'q2',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> w = np.array([[1.0, -1.0]])\n'
                                               '>>> A = np.array([[0.0, 1.0], [0.0, 2.0]])\n'
                                               '>>> b = np.array([[0.5]])\n'
                                               '>>> out = np.asarray(layer_forward(w, A, b))\n'
                                               '>>> assert out.shape == (1, 2)\n'
                                               '>>> assert np.allclose(out, 1 / (1 + np.exp(-np.array([[0.5, -0.5]]))))\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
