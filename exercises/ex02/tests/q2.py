OK_FORMAT = True

test = {   'name': 'q2',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> gx, gy = mul_backward(np.array([[2.0], [3.0]]), np.array([[5.0], [7.0]]), np.array([[1.0], [10.0]]))\n'
                                               '>>> assert np.shape(gx) == np.shape([[5.0], [70.0]])\n'
                                               '>>> assert np.shape(gy) == np.shape([[2.0], [30.0]])\n'
                                               '>>> assert np.allclose(gx, [[5.0], [70.0]]) and np.allclose(gy, [[2.0], [30.0]])\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
