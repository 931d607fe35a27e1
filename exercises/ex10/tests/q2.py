OK_FORMAT = True

test = {   'name': 'q2',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> a = 1 / (1 + np.exp(-1.5))\n'
                                               '>>> got = np.asarray(initial_speed(0.6, 0.9, 1.0, 0.0))\n'
                                               '>>> assert np.shape(got) == np.shape(a * a * (1 - a))\n'
                                               '>>> assert np.isclose(got, a * a * (1 - a))\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
