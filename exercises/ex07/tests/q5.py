OK_FORMAT = True

test = {   'name': 'q5',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import call, expect\n'
                                               '>>> from book.grading.rules import no_loops\n'
                                               '>>> rng = np.random.default_rng(5)\n'
                                               '>>> Delta = rng.normal(size=(3, 6)) * np.array([0.1, 0.5, 1.0, 2.0, 0.05, 1.5])\n'
                                               '>>> A = rng.uniform(size=(2, 6))\n'
                                               '>>> c, m = (0.8, 6)\n'
                                               '>>> def mean_of(scale):\n'
                                               '...     return ((Delta * scale).sum(axis=1, keepdims=True) / m, Delta * scale @ A.T / m)\n'
                                               '>>> norm_delta, norm_a = (np.sqrt(np.sum(Delta ** 2, axis=0)), np.sqrt(np.sum(A ** 2, axis=0)))\n'
                                               '>>> lengths = norm_delta * np.sqrt(1 + norm_a ** 2)\n'
                                               '>>> right_b, right_w = mean_of(np.minimum(1, c / lengths))\n'
                                               '>>> plain_b, plain_w = mean_of(1.0)\n'
                                               '>>> whole = np.sqrt(np.sum(plain_b ** 2) + np.sum(plain_w ** 2))\n'
                                               '>>> out = call(clipped_gradient, Delta, A, c)\n'
                                               ">>> assert isinstance(out, (tuple, list)) and len(out) == 2, 'clipped_gradient should return a pair (nabla_b, nabla_w)'\n"
                                               '>>> expect(out[1], right_w, \'your nabla_w\', mistakes=[(plain_w, "Your nabla_w is the plain mean: scale each example\'s gradient by s_x = min(1, '
                                               'c/‖g_x‖) first."), (mean_of(np.minimum(1, c / (norm_delta * norm_a)))[1], "Your lengths leave out the bias part: ‖g_x‖² adds Σ_j (δ_j)² to the weight '
                                               'part\'s Σ_jk (δ_j a_k)²."), (plain_w * min(1, c / whole), "You clipped the mean gradient: clip each example\'s gradient, then average."), (mean_of(c / '
                                               "lengths)[1], 'You also scaled up the examples whose gradient was shorter than c: s_x = min(1, c/‖g_x‖) never exceeds 1.'), (right_w * m, 'Your nabla_w "
                                               "is the sum over the examples: average them.'), (right_w.T, 'Your nabla_w is transposed: it has the shape of w^l, (n_l, n_prev).')])\n"
                                               '>>> expect(out[0], right_b, \'your nabla_b\', mistakes=[(plain_b, "Your nabla_b is the plain mean: scale each example\'s δ by the same s_x as its '
                                               'weight part."), (right_b * m, \'Your nabla_b is the sum over the examples: average them.\')])\n'
                                               '>>> out = call(clipped_gradient, Delta, A, 100.0)\n'
                                               ">>> assert isinstance(out, (tuple, list)) and len(out) == 2, 'clipped_gradient should return a pair (nabla_b, nabla_w)'\n"
                                               ">>> expect(out[1], plain_w, 'your nabla_w for c = 100 (no example clipped)')\n"
                                               '>>> no_loops(clipped_gradient)\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
