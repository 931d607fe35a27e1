OK_FORMAT = True

test = {   'name': 'q3',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> out = np.asarray(softmax(np.array([[0.0, 1.0], [np.log(3.0), 1.0]])))\n'
                                               '>>> assert np.shape(out) == np.shape([[0.25, 0.5], [0.75, 0.5]])\n'
                                               '>>> assert np.allclose(out, [[0.25, 0.5], [0.75, 0.5]])\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
