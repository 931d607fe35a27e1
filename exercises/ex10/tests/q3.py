OK_FORMAT = True

test = {   'name': 'q3',
    'points': 3,
    'suites': [{'cases': [{'code': '>>> assert speed_ratio(0.6, 0.9, 2.0, 2.0) > 1\n', 'hidden': False, 'locked': False}], 'scored': True, 'setup': '', 'teardown': '', 'type': 'doctest'}]}
