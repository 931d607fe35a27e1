OK_FORMAT = True

test = {   'name': 'q3',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> got = np.asarray(cost_ratio([10, 10, 10]))\n>>> assert np.shape(got) == np.shape(2.5)\n>>> assert np.isclose(got, 2.5)\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
