OK_FORMAT = True

test = {   'name': 'q4',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> W_sender = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])\n'
                                               '>>> A = np.array([[1.0], [0.0], [-1.0]])\n'
                                               '>>> b = np.array([[0.5], [-0.5]])\n'
                                               '>>> out = np.asarray(z_sender_first(W_sender, A, b))\n'
                                               '>>> assert out.shape == (2, 1) and np.allclose(out, np.array([[-3.5], [-4.5]]))\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
