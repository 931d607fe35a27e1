OK_FORMAT = True

test = {   'name': 'q4',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import call, expect\n'
                                               '>>> from book.grading.rules import no_loops\n'
                                               '>>> rng = np.random.default_rng(4)\n'
                                               '>>> Delta, A = (rng.normal(size=(3, 4)), rng.uniform(size=(2, 4)))\n'
                                               ">>> right = np.einsum('jx,kx->xjk', Delta, A)\n"
                                               ">>> expect(call(per_example_gradients, Delta, A), right, 'your G', mistakes=[(np.einsum('jx,kx->xkj', Delta, A), 'Each of your slices G[i] is "
                                               "transposed: it has the shape of w^l, row j and column k holding δ_j a_k (BP4).'), (np.einsum('jx,kx->jkx', Delta, A), 'Your G has the examples along "
                                               "its last axis: put them first, so that G[i] is the gradient for example i.'), (Delta @ A.T / 4, 'That is the batch gradient, the mean over the "
                                               "examples: return one gradient per example, stacked along a first axis of length m.'), (Delta @ A.T, 'That is the sum of the per-example gradients: "
                                               "return each one, stacked along a first axis of length m.')])\n"
                                               '>>> one = call(per_example_gradients, Delta[:, :1], A[:, :1])\n'
                                               ">>> expect(one, right[:1], 'your G for a batch of one example')\n"
                                               '>>> no_loops(per_example_gradients)\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
