OK_FORMAT = True

test = {   'name': 'q3',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> out = np.asarray(hadamard(np.array([[1.0], [2.0]]), np.array([[3.0], [4.0]])))\n'
                                               '>>> assert out.shape == (2, 1) and np.array_equal(out, np.array([[3.0], [8.0]]))\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
