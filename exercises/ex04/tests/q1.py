OK_FORMAT = True

test = {   'name': 'q1',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> A = np.array([[1.0, 0.5, 0.0], [0.0, 0.5, 1.0]])\n'
                                               '>>> Y = np.array([[0.0, 0.5, 0.0], [0.0, 1.5, 0.0]])\n'
                                               '>>> out = np.asarray(example_costs(A, Y))\n'
                                               '>>> assert out.shape == (3,) and np.allclose(out, [0.5, 0.5, 0.5])\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
