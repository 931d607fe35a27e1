OK_FORMAT = True

test = {   'name': 'q1',
    'points': 2,
    'suites': [{'cases': [{'code': '>>> assert abs(saturation_edge(0.01) - 4.5848) < 0.001\n', 'hidden': False, 'locked': False}], 'scored': True, 'setup': '', 'teardown': '', 'type': 'doctest'}]}
