OK_FORMAT = True

test = {   'name': 'q1',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import call, expect\n'
                                               '>>> rng = np.random.default_rng(31)\n'
                                               '>>> W, X, Y = (rng.normal(size=(2, 3)), rng.normal(size=(3, 4)), rng.normal(size=(2, 4)))\n'
                                               '>>> R = W @ X - Y\n'
                                               ">>> result = call(mse_grads, W, X, Y, hint='W is (k, n) = (2, 3), X is (n, m) = (3, 4), Y is (k, m) = (2, 4)')\n"
                                               ">>> assert isinstance(result, (tuple, list)) and len(result) == 2, 'mse_grads should return a pair (dJ/dW, dJ/dX)'\n"
                                               '>>> dW, dX = result\n'
                                               ">>> expect(dW, R @ X.T / 4, 'your ∂J/∂W', mistakes=[(R @ X.T, 'Your ∂J/∂W is the gradient of the sum over the examples: J is their mean, so divide by "
                                               "m.'), (2 * R @ X.T / 4, 'Your ∂J/∂W is twice too large: the ½ in J cancels the 2 that the square brings down.'), (-R @ X.T / 4, 'Your ∂J/∂W has the "
                                               "wrong sign: the residual is W X − Y.'), (X @ R.T / 4, 'Your ∂J/∂W has the shape of Wᵀ; a derivative has the shape of its variable, (k, n) here: "
                                               "rearrange the factors.')])\n"
                                               ">>> expect(dX, W.T @ R / 4, 'your ∂J/∂X', mistakes=[(W.T @ R, 'Your ∂J/∂X is the gradient of the sum over the examples: J is their mean, so divide by "
                                               "m.'), (2 * W.T @ R / 4, 'Your ∂J/∂X is twice too large: the ½ in J cancels the 2 that the square brings down.'), (-W.T @ R / 4, 'Your ∂J/∂X has the "
                                               "wrong sign: the residual is W X − Y.'), (R.T @ W / 4, 'Your ∂J/∂X has the shape of Xᵀ, one row per example; a derivative has the shape of its "
                                               "variable, (n, m) here: rearrange the factors.')])\n"
                                               '>>> from book.grading.rules import no_loops\n'
                                               '>>> no_loops(mse_grads)\n',
                                       'hidden': False,
                                       'locked': False},
                                   {   'code': '>>> from book.grading.feedback import call, expect\n'
                                               '>>> from book.grading.rules import no_loops\n'
                                               '>>> W = np.array([[1.0, -2.0]])\n'
                                               '>>> X = np.array([[0.5, 1.0, -1.0], [2.0, 0.0, 1.0]])\n'
                                               '>>> Y = np.array([[1.0, 0.0, 2.0]])\n'
                                               '>>> R = W @ X - Y\n'
                                               '>>> result = call(mse_grads, W, X, Y)\n'
                                               ">>> assert isinstance(result, (tuple, list)) and len(result) == 2, 'mse_grads should return a pair (dJ/dW, dJ/dX)'\n"
                                               ">>> expect(result[0], R @ X.T / 3, 'your ∂J/∂W for one output and three examples')\n"
                                               ">>> expect(result[1], W.T @ R / 3, 'your ∂J/∂X for one output and three examples')\n"
                                               '>>> no_loops(mse_grads)\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
