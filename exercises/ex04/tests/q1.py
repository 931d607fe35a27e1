OK_FORMAT = True

test = {   'name': 'q1',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> out = np.asarray(example_costs(np.array([[1.0, 0.5], [0.0, 0.5]]), np.array([[0.0, 0.5], [0.0, 1.5]])))\n'
                                               '>>> assert out.shape == (2,) and np.allclose(out, [0.5, 0.5])\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
