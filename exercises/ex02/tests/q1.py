OK_FORMAT = True

test = {   'name': 'q1',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import call, expect\n'
                                               '>>> rng = np.random.default_rng(12)\n'
                                               '>>> x, g = (rng.normal(size=(3, 4)), rng.normal(size=(3, 4)))\n'
                                               '>>> gamma, beta = (rng.normal(size=(3, 1)), rng.normal(size=(3, 1)))\n'
                                               '>>> result = call(scale_shift_backward, x, gamma, beta, g)\n'
                                               ">>> assert isinstance(result, (tuple, list)) and len(result) == 3, 'scale_shift_backward should return a triple (grad_x, grad_gamma, grad_beta)'\n"
                                               '>>> grad_x, grad_gamma, grad_beta = result\n'
                                               ">>> expect(grad_x, gamma * g, 'your grad_x', mistakes=[(g, 'Your grad_x is grad_out unchanged: a multiply node sends each input the gradient times the "
                                               "other factor.'), (x * g, 'Your grad_x multiplies grad_out by x itself: a multiply node sends each input the gradient times the other factor.')])\n"
                                               ">>> expect(grad_gamma, (g * x).sum(axis=1, keepdims=True), 'your grad_gamma', mistakes=[(g * x, 'Your grad_gamma has one column per example: γ acts on "
                                               "every column, so its gradient collects the contributions of all the columns.'), ((g * x).mean(axis=1, keepdims=True), 'Your grad_gamma is a mean over "
                                               "the columns: a value used in every column collects the sum of its contributions.'), (g.sum(axis=1, keepdims=True), 'Your grad_gamma leaves out x: a "
                                               "multiply node sends γ the gradient times the other factor.'), ((g * x).sum(axis=0, keepdims=True), 'Your grad_gamma sums over the rows (the features "
                                               "of one example); the examples are the columns.')])\n"
                                               ">>> expect(grad_beta, g.sum(axis=1, keepdims=True), 'your grad_beta', mistakes=[(g, 'Your grad_beta has one column per example: β is added to every "
                                               "column, so its gradient collects the contributions of all the columns.'), (g.mean(axis=1, keepdims=True), 'Your grad_beta is a mean over the columns: "
                                               "a value used in every column collects the sum of its contributions.'), (g.sum(axis=0, keepdims=True), 'Your grad_beta sums over the rows (the features "
                                               "of one example); the examples are the columns.')])\n",
                                       'hidden': False,
                                       'locked': False},
                                   {   'code': '>>> from book.grading.feedback import call, expect\n'
                                               '>>> x = np.array([[1.0, -2.0, 0.5, 3.0, 0.0], [2.0, 1.0, -1.0, 0.5, 4.0]])\n'
                                               '>>> g = np.array([[0.5, 1.0, -1.0, 2.0, 1.0], [1.0, -0.5, 2.0, 0.0, -1.0]])\n'
                                               '>>> gamma, beta = (np.array([[2.0], [-3.0]]), np.array([[0.1], [0.2]]))\n'
                                               '>>> result = call(scale_shift_backward, x, gamma, beta, g)\n'
                                               ">>> assert isinstance(result, (tuple, list)) and len(result) == 3, 'scale_shift_backward should return a triple (grad_x, grad_gamma, grad_beta)'\n"
                                               ">>> expect(result[0], gamma * g, 'your grad_x for 2 features and 5 examples')\n"
                                               ">>> expect(result[1], (g * x).sum(axis=1, keepdims=True), 'your grad_gamma for 2 features and 5 examples')\n"
                                               ">>> expect(result[2], g.sum(axis=1, keepdims=True), 'your grad_beta for 2 features and 5 examples')\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
