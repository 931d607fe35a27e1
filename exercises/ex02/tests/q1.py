OK_FORMAT = True

test = {   'name': 'q1',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> got = np.asarray(car_gradients(200.0, 2.0, 1.1))\n'
                                               '>>> assert np.shape(got) == np.shape((2.2, 220.0, 400.0))\n'
                                               '>>> assert np.allclose(got, (2.2, 220.0, 400.0))\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
