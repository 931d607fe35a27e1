OK_FORMAT = True

test = {   'name': 'q1',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> assert np.isclose(relative_error(np.array([1.0, 2.0]), np.array([1.0, 2.0])), 0.0)\n'
                                               '>>> assert np.isclose(relative_error(np.array([1.0]), np.array([3.0])), 0.5)\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
