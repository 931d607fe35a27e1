OK_FORMAT = True

test = {   'name': 'q2',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> ws = [np.eye(2), 2 * np.eye(2)]\n'
                                               '>>> g = np.array([[3.0], [4.0]])\n'
                                               '>>> assert np.isclose(quarter_bound(ws, g, 3), 0.25 * 5.0) and np.isclose(quarter_bound(ws, g, 2), 0.0625 * 2 * 5.0)\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
