OK_FORMAT = True

test = {   'name': 'q4',
    'points': 2,
    'suites': [{'cases': [{'code': '>>> assert backprop_multiplications([10, 10, 1]) == 120\n', 'hidden': False, 'locked': False}], 'scored': True, 'setup': '', 'teardown': '', 'type': 'doctest'}]}
