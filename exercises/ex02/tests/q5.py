OK_FORMAT = True

test = {   'name': 'q5',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> a = np.array([[0.0, 0.0], [0.0, np.log(3.0)]])\n'
                                               '>>> t = np.array([[1.0, 0.0], [0.0, 1.0]])\n'
                                               '>>> got = np.asarray(softmax_loss_backward(a, t))\n'
                                               '>>> assert np.shape(got) == np.shape([[-0.25, 0.125], [0.25, -0.125]])\n'
                                               '>>> assert np.allclose(got, [[-0.25, 0.125], [0.25, -0.125]])\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
