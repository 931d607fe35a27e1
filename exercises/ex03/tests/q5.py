OK_FORMAT = True

test = {   'name': 'q5',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import call, expect\n'
                                               '>>> rng = np.random.default_rng(35)\n'
                                               '>>> for shape in [(3, 2), (3, 3)]:\n'
                                               '...     W = rng.normal(size=shape)\n'
                                               '...     M = W.T @ W - np.eye(shape[1])\n'
                                               "...     mistakes = [(2 * W @ M, 'Your gradient has the share of one use of W only: W appears twice in Wᵀ W, and each use brings a share.'), (4 * W @ "
                                               "(W.T @ W), 'Your gradient leaves out the identity: J depends on Wᵀ W − I.'), (W @ M, 'Your gradient lacks a constant factor: count what the square and "
                                               "the two uses of W each contribute.'), (-4 * W @ M, 'Your gradient has the wrong sign.')]\n"
                                               '...     if shape[0] == shape[1]:\n'
                                               "...         mistakes.append((4 * M @ W, 'Your factors are in the wrong order: with a square W the shapes accept both orders; write out one entry.'))\n"
                                               "...     what = f'your ∂J/∂W for a {shape[0]} × {shape[1]} W'\n"
                                               '...     got = call(orthogonality_grad, W)\n'
                                               "...     assert not (isinstance(got, np.ndarray) and got.shape != shape), f'{what} has shape {got.shape}: a derivative has the shape of its variable, "
                                               "W'\n"
                                               '...     expect(got, 4 * W @ M, what, mistakes=mistakes)\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
