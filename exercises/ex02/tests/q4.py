OK_FORMAT = True

test = {   'name': 'q4',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import call, expect\n'
                                               '>>> from book.grading.rules import no_loops\n'
                                               '>>> rng = np.random.default_rng(24)\n'
                                               '>>> W, x, g = (rng.normal(size=(3, 3)), rng.normal(size=(3, 4)), rng.normal(size=(3, 4)))\n'
                                               '>>> u = W @ x\n'
                                               '>>> gu = g * (1 - np.tanh(u) ** 2)\n'
                                               '>>> s = 1 / (1 + np.exp(-u))\n'
                                               '>>> result = call(residual_backward, W, x, g)\n'
                                               ">>> assert isinstance(result, (tuple, list)) and len(result) == 2, 'residual_backward should return a pair (grad_W, grad_x)'\n"
                                               '>>> grad_W, grad_x = result\n'
                                               ">>> expect(grad_W, gu @ x.T, 'your grad_W', mistakes=[(g @ x.T, 'Your grad_W has no tanh′ factor: the tanh node multiplies the gradient by its gain 1 "
                                               '− tanh².\'), (g * s * (1 - s) @ x.T, "Your grad_W uses the sigmoid\'s gain σ(1 − σ); the tanh node\'s gain is 1 − tanh²."), (g * (1 - np.tanh(u)) @ '
                                               'x.T, "The tanh node\'s gain is 1 − tanh²(u): the tanh is squared."), (g * (1 - np.tanh(x) ** 2) @ x.T, "Your grad_W takes tanh′ at x: the tanh node\'s '
                                               'gain is tanh′ of its own input, W x."), (x @ gu.T, \'Your grad_W is the transpose of the right one: entry (j, k) belongs to W_jk, which meets x_k in '
                                               "row j of W x.'), (gu @ x.T / 4, 'Your grad_W is a mean over the examples: W is used in every column, so its gradient is the sum of their "
                                               "contributions.'), (-(gu @ x.T), 'Your grad_W has the wrong sign.')])\n"
                                               ">>> expect(grad_x, g + W.T @ gu, 'your grad_x', mistakes=[(W.T @ gu, 'Your grad_x leaves out the skip wire: x is used twice, and the add node passes "
                                               "grad_out straight back to it.'), (g, 'Your grad_x has only the skip wire: x is used twice, and the path through tanh(W x) brings a share too.'), (g + "
                                               "W @ gu, 'Your grad_x sends the gradient back through W: the affine node gives its input the gradient through the transpose of W.'), (g + W.T @ g, "
                                               '\'Your grad_x skips the tanh node on the path through W x: it multiplies the gradient by its gain first.\'), (g + W.T @ (g * s * (1 - s)), "Your '
                                               'grad_x uses the sigmoid\'s gain σ(1 − σ); the tanh node\'s gain is 1 − tanh².")])\n'
                                               '>>> no_loops(residual_backward)\n',
                                       'hidden': False,
                                       'locked': False},
                                   {   'code': '>>> from book.grading.feedback import call, expect\n'
                                               '>>> from book.grading.rules import no_loops\n'
                                               '>>> W = np.array([[0.5, -1.0], [2.0, 0.3]])\n'
                                               '>>> x, g = (np.array([[1.0], [-0.5]]), np.array([[2.0], [1.0]]))\n'
                                               '>>> gu = g * (1 - np.tanh(W @ x) ** 2)\n'
                                               '>>> result = call(residual_backward, W, x, g)\n'
                                               ">>> assert isinstance(result, (tuple, list)) and len(result) == 2, 'residual_backward should return a pair (grad_W, grad_x)'\n"
                                               ">>> expect(result[0], gu @ x.T, 'your grad_W for a single example')\n"
                                               ">>> expect(result[1], g + W.T @ gu, 'your grad_x for a single example')\n"
                                               '>>> no_loops(residual_backward)\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
