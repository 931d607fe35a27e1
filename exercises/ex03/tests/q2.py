OK_FORMAT = True

test = {   'name': 'q2',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import call, expect\n'
                                               '>>> rng = np.random.default_rng(32)\n'
                                               '>>> A, W = (rng.normal(size=(4, 3)), rng.normal(size=(3, 3)))\n'
                                               '>>> b, G = (rng.normal(size=(1, 3)), rng.normal(size=(4, 3)))\n'
                                               '>>> result = call(rows_layer_backward, A, W, b, G)\n'
                                               ">>> assert isinstance(result, (tuple, list)) and len(result) == 3, 'rows_layer_backward should return a triple (dC/dA, dC/dW, dC/db)'\n"
                                               '>>> dA, dW, db = result\n'
                                               ">>> expect(dA, G @ W, 'your ∂C/∂A', mistakes=[(G @ W.T, 'Your ∂C/∂A has one transpose too many: in Z = A Wᵀ + b the transpose is already there; write "
                                               "out Z_ij to see which index of W meets A.'), (-(G @ W), 'Your ∂C/∂A has the wrong sign.'), ((G @ W).T, 'Your ∂C/∂A has one column per example; in this "
                                               "layout A holds one example per row, and ∂C/∂A has its shape, (m, n).')])\n"
                                               ">>> expect(dW, G.T @ A, 'your ∂C/∂W', mistakes=[(A.T @ G, 'Your ∂C/∂W is the transpose of the right one: entry (j, q) must be ∂C/∂W_jq; with k = n the "
                                               "shapes cannot tell, so write out one entry.'), (G.T @ A / 4, 'Your ∂C/∂W is a mean over the examples: W is used for every row, so its gradient is the "
                                               "sum of their contributions.'), (-(G.T @ A), 'Your ∂C/∂W has the wrong sign.')])\n"
                                               ">>> expect(db, G.sum(axis=0, keepdims=True), 'your ∂C/∂b', mistakes=[(G, 'Your ∂C/∂b has one row per example: b is added to every row, so its gradient "
                                               "collects the contributions of all the rows.'), (G.sum(axis=0), 'Your ∂C/∂b is a flat array; b is a row of shape (1, k) (keepdims=True keeps it "
                                               "one).'), (G.sum(axis=0, keepdims=True).T, 'Your ∂C/∂b is a column; in this layout b is a row of shape (1, k).'), (G.sum(axis=1, keepdims=True), 'Your "
                                               "∂C/∂b sums each row; here the examples are the rows, so sum over the rows.'), (G.mean(axis=0, keepdims=True), 'Your ∂C/∂b is a mean over the examples: "
                                               "b is added to every row, so its gradient is their sum.')])\n",
                                       'hidden': False,
                                       'locked': False},
                                   {   'code': '>>> from book.grading.feedback import call, expect\n'
                                               '>>> rng = np.random.default_rng(33)\n'
                                               '>>> A, W = (rng.normal(size=(5, 3)), rng.normal(size=(2, 3)))\n'
                                               '>>> b, G = (rng.normal(size=(1, 2)), rng.normal(size=(5, 2)))\n'
                                               ">>> result = call(rows_layer_backward, A, W, b, G, hint='here A is (m, n) = (5, 3), W is (k, n) = (2, 3), grad_Z is (m, k) = (5, 2)')\n"
                                               ">>> assert isinstance(result, (tuple, list)) and len(result) == 3, 'rows_layer_backward should return a triple (dC/dA, dC/dW, dC/db)'\n"
                                               ">>> what = ' for 5 examples, 3 inputs and 2 neurons'\n"
                                               ">>> expect(result[0], G @ W, 'your ∂C/∂A' + what)\n"
                                               ">>> expect(result[1], G.T @ A, 'your ∂C/∂W' + what, mistakes=[(A.T @ G, 'Your ∂C/∂W has the shape of Wᵀ; a derivative has the shape of its variable, "
                                               "(k, n) here.')])\n"
                                               ">>> expect(result[2], G.sum(axis=0, keepdims=True), 'your ∂C/∂b' + what, mistakes=[(G.sum(axis=0, keepdims=True).T, 'Your ∂C/∂b is a column; in this "
                                               "layout b is a row of shape (1, k).')])\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
