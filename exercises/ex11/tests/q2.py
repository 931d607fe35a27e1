OK_FORMAT = True

test = {   'name': 'q2',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> ws = [np.eye(2), 2 * np.eye(2)]\n'
                                               '>>> g = np.array([[3.0], [4.0]])\n'
                                               '>>> got1 = np.asarray(quarter_bound(ws, g, 3))\n'
                                               '>>> assert np.shape(got1) == np.shape(0.25 * 5.0)\n'
                                               '>>> got2 = np.asarray(quarter_bound(ws, g, 2))\n'
                                               '>>> assert np.shape(got2) == np.shape(0.0625 * 2 * 5.0)\n'
                                               '>>> assert np.isclose(got1, 0.25 * 5.0) and np.isclose(got2, 0.0625 * 2 * 5.0)\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
