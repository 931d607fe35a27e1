OK_FORMAT = True

test = {   'name': 'q3',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> A = np.array([[2.0, 1.0], [0.0, 3.0]])\n'
                                               '>>> x = np.array([[1.0], [1.0]])\n'
                                               '>>> out = np.asarray(grad_quadratic_form(A, x))\n'
                                               '>>> assert out.shape == (2, 1) and np.allclose(out, [[5.0], [7.0]])\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
