OK_FORMAT = True

test = {   'name': 'q4',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> got = np.asarray(forward_difference(np.exp(0.1), 1.0, 0.1))\n'
                                               '>>> assert np.shape(got) == np.shape((np.exp(0.1) - 1) / 0.1)\n'
                                               '>>> assert np.isclose(got, (np.exp(0.1) - 1) / 0.1)\n'
                                               '>>> got = np.asarray(centered_difference(np.exp(0.1), np.exp(-0.1), 0.1))\n'
                                               '>>> assert np.shape(got) == np.shape(np.sinh(0.1) / 0.1)\n'
                                               '>>> assert np.isclose(got, np.sinh(0.1) / 0.1)\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
