OK_FORMAT = True

test = {   'name': 'q3',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> names = 'w11 w12 w21 w22 x1 x2 c1 c2'\n"
                                               '>>> w11, w12, w21, w22, x1, x2, c1, c2 = sp.symbols(names, real=True)\n'
                                               '>>> W, x, c = (sp.Matrix([[w11, w12], [w21, w22]]), sp.Matrix([x1, x2]), sp.Matrix([c1, c2]))\n'
                                               '>>> S_x, S_h = (W.T * c * x.T, c * (W * x).T)\n'
                                               '>>> stack = sp.Matrix.vstack\n'
                                               ">>> verdict = check(dJ_dW, stack(S_x, S_h), {name: (-2, 2) for name in names.split()}, mistakes=[(stack(S_h, S_x), 'Your shares are swapped: S_x, the "
                                               'share of the use applied to x, comes first.\'), (stack(S_x + S_h, S_x + S_h), "Each block is the whole ∂J/∂W, the sum of the shares: give each use\'s '
                                               'share on its own."), (stack(W * c * x.T, S_h), \'Check which index of W the gradient sent back to h meets: write out one entry of S_x.\'), '
                                               "(stack(S_x.T, S_h), 'Your S_x is transposed: entry (i, j) must be the share of W_ij; with a square W the shapes cannot tell, so check one entry.'), "
                                               "(stack(S_x, S_h.T), 'Your S_h is transposed: entry (i, j) must be the share of W_ij; with a square W the shapes cannot tell, so check one entry.'), "
                                               "(stack(c * x.T, S_h), 'Your S_x leaves out the matrix the gradient crosses on its way back to h: the use applied to x reaches J through the other "
                                               "use.'), (stack(S_x, c * x.T), 'Your S_h uses x: the use applied to h = W x meets h, not x.'), (-stack(S_x, S_h), 'Your shares have the wrong "
                                               "sign.')])\n"
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
