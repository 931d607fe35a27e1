OK_FORMAT = True

test = {   'name': 'q4',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> got = np.asarray(speedup([10, 10, 10]))\n>>> assert np.shape(got) == np.shape(2 * 220 / 2.5)\n>>> assert np.isclose(got, 2 * 220 / 2.5)\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
