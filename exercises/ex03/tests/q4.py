OK_FORMAT = True

test = {   'name': 'q4',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import call, expect\n'
                                               '>>> rng = np.random.default_rng(34)\n'
                                               '>>> X, w, y = (rng.normal(size=(4, 2)), rng.normal(size=(2, 1)), rng.normal(size=(4, 1)))\n'
                                               '>>> D = rng.normal(size=(4, 4))\n'
                                               '>>> r = X @ w - y\n'
                                               ">>> once = 'Your ∂J/∂w is right only for a symmetric D: r is used on both sides of D, and the two uses contribute different terms.'\n"
                                               ">>> half = 'Your ∂J/∂w has the share of one use of r only: r appears on both sides of D, and each use brings a share.'\n"
                                               ">>> expect(call(grad_weighted_ls, X, w, y, D), X.T @ (D + D.T) @ r, 'your ∂J/∂w', mistakes=[(2 * X.T @ D @ r, once), (2 * X.T @ D.T @ r, once), (X.T @ "
                                               "D @ r, half), (X.T @ D.T @ r, half), (-X.T @ (D + D.T) @ r, 'Your ∂J/∂w has the wrong sign: the residual is X w − y.'), ((D + D.T) @ r, 'Your result "
                                               "has the shape of r = X w − y; ∂J/∂w has the shape of w: go on from r to w.')])\n",
                                       'hidden': False,
                                       'locked': False},
                                   {   'code': '>>> from book.grading.feedback import call, expect\n'
                                               '>>> X = np.array([[1.0, 0.0], [0.0, 2.0], [1.0, 1.0]])\n'
                                               '>>> w, y = (np.array([[1.0], [-1.0]]), np.array([[0.0], [1.0], [2.0]]))\n'
                                               '>>> D = np.triu(np.ones((3, 3)))\n'
                                               ">>> expect(call(grad_weighted_ls, X, w, y, D), X.T @ (D + D.T) @ (X @ w - y), 'your ∂J/∂w for an upper-triangular D')\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
