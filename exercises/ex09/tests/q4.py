OK_FORMAT = True

test = {   'name': 'q4',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import call, expect_number\n'
                                               '>>> for sizes in ([4, 6, 3, 2], [3, 5, 2]):\n'
                                               '...     W = [n_out * n_in for n_in, n_out in zip(sizes[:-1], sizes[1:])]\n'
                                               '...     params = [w + n for w, n in zip(W, sizes[1:])]\n'
                                               '...     later = [sum(W[i:]) for i in range(len(W))]\n'
                                               '...     after = [sum(W[i + 1:]) for i in range(len(W))]\n'
                                               '...     right = sum(W) + sum((p * s for p, s in zip(params, later)))\n'
                                               "...     what = 'your count for ' + '-'.join(map(str, sizes))\n"
                                               "...     expect_number(call(reusing_forward_differences, sizes), right, what, rtol=0, atol=0.5, mistakes=[((sum(params) + 1) * sum(W), 'Your count "
                                               "redoes the whole forward pass for every parameter: a parameter of layer l changes nothing before layer l.'), (right - sum(W), 'Your count leaves out "
                                               "the one full pass for C(θ) itself.'), (sum(W) + sum((p * s for p, s in zip(params, after))), 'Your perturbed passes start after layer l: the scheme "
                                               "recomputes z^l = w^l a^{l−1} + b^l in full for each parameter of layer l, so count w^l a^{l−1} too.'), (sum(W) + sum((w * s for w, s in zip(W, "
                                               "later))), 'Your count leaves out the biases: each b^l_j is a parameter with a perturbed pass of its own.')])\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
