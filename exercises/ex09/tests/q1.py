OK_FORMAT = True

test = {   'name': 'q1',
    'points': 2,
    'suites': [{'cases': [{'code': '>>> assert parameter_count([784, 30, 10]) == 23860\n', 'hidden': False, 'locked': False}], 'scored': True, 'setup': '', 'teardown': '', 'type': 'doctest'}]}
