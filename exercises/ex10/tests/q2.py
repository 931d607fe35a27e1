OK_FORMAT = True

test = {   'name': 'q2',
    'points': 2,
    'suites': [   {   'cases': [{'code': '>>> a = 1 / (1 + np.exp(-1.5))\n>>> assert np.isclose(initial_speed(0.6, 0.9, 1.0, 0.0), a * a * (1 - a))\n', 'hidden': False, 'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
