OK_FORMAT = True

test = {   'name': 'q1',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> got = np.asarray(relative_error(np.array([1.0, 2.0]), np.array([1.0, 2.0])))\n'
                                               '>>> assert np.shape(got) == np.shape(0.0)\n'
                                               '>>> assert np.isclose(got, 0.0)\n'
                                               '>>> got = np.asarray(relative_error(np.array([1.0]), np.array([3.0])))\n'
                                               '>>> assert np.shape(got) == np.shape(0.5)\n'
                                               '>>> assert np.isclose(got, 0.5)\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
