OK_FORMAT = True

test = {   'name': 'q3',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> names = 'w11 w12 w21 w22 x1 x2 c1 c2'\n"
                                               '>>> w11, w12, w21, w22, x1, x2, c1, c2 = sp.symbols(names, real=True)\n'
                                               '>>> W, x, c = (sp.Matrix([[w11, w12], [w21, w22]]), sp.Matrix([x1, x2]), sp.Matrix([c1, c2]))\n'
                                               '>>> outer, inner = (c * (W * x).T, W.T * c * x.T)\n'
                                               ">>> alike = 'Doubling one share treats the two uses of W as alike; they see different inputs (x and W x) and receive different gradients, so compute "
                                               "both shares.'\n"
                                               '>>> verdict = check(dJ_dW, outer + inner, {name: (-2, 2) for name in names.split()}, mistakes=[(outer, "Your ∂J/∂W has only the share of W\'s second '
                                               'use (the one applied to h = W x); W is used twice: add the share of its first use, applied to x."), (inner, "Your ∂J/∂W has only the share of W\'s '
                                               'first use (the one applied to x); W is used twice: add the share of its second use, applied to h = W x."), (2 * outer, alike), (2 * inner, alike), '
                                               "((outer + inner).T, 'Your ∂J/∂W is the transpose of the right one: entry (i, j) must be ∂J/∂W_ij; with a square W the shapes cannot tell, so check one "
                                               "entry.'), (outer + W * c * x.T, 'The first use of W receives the gradient that the second use sends back to h, and that goes through the transpose of "
                                               "W.'), (-(outer + inner), 'Your ∂J/∂W has the wrong sign.')])\n"
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
