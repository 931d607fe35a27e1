OK_FORMAT = True

test = {   'name': 'q2',
    'points': 2,
    'suites': [   {   'cases': [{'code': '>>> assert np.isclose(quadratic_cost(np.array([[1.0, 0.5], [0.0, 0.5]]), np.array([[0.0, 0.5], [0.0, 1.5]])), 0.5)\n', 'hidden': False, 'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
