OK_FORMAT = True

test = {   'name': 'q4',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> z = np.zeros((2, 1))\n'
                                               '>>> y = np.array([[1.0], [0.0]])\n'
                                               '>>> got = np.asarray(softmax_log_likelihood_delta(z, y))\n'
                                               '>>> assert np.shape(got) == np.shape([[-0.5], [0.5]])\n'
                                               '>>> assert np.allclose(got, [[-0.5], [0.5]])\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
