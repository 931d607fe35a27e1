OK_FORMAT = True

test = {   'name': 'q3',
    'points': 3,
    'suites': [{'cases': [{'code': '>>> assert np.isclose(cost_ratio([10, 10, 10]), 2.5)\n', 'hidden': False, 'locked': False}], 'scored': True, 'setup': '', 'teardown': '', 'type': 'doctest'}]}
