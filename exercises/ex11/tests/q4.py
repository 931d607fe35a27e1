OK_FORMAT = True

test = {   'name': 'q4',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> z = np.zeros((2, 1))\n>>> y = np.array([[1.0], [0.0]])\n>>> assert np.allclose(softmax_log_likelihood_delta(z, y), [[-0.5], [0.5]])\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
