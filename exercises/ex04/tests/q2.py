OK_FORMAT = True

test = {   'name': 'q2',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> z, y, c = sp.symbols('z y c', real=True)\n"
                                               ">>> sigma, sigma_prime = (sp.Function('sigma'), sp.Function('sigma_prime'))\n"
                                               '>>> s, g = (sigma(z), sigma_prime(z))\n'
                                               '>>> dC_da = -c * y / s + (1 - y) / (1 - s)\n'
                                               ">>> verdict = check(delta_L, dC_da * g, {'z': (-3, 3), 'y': (0, 1), 'c': (0.5, 4)}, sigma='undefined', mistakes=[(dC_da, 'Your δ has no σ′(z) factor: "
                                               "δ = σ′(z) ∂C/∂a, because a = σ(z).'), (-dC_da * g, 'Your δ has the wrong sign: mind the minus sign in front of C.'), ((-y / s + (1 - y) / (1 - s)) * "
                                               "g, 'Your δ lost the weight c: it multiplies the term y ln a.'), (c * (-y / s + (1 - y) / (1 - s)) * g, 'The weight c multiplies only the first term, y "
                                               "ln a, not (1 − y) ln(1 − a).'), ((-c * y / s - (1 - y) / (1 - s)) * g, 'The derivative of ln(1 − a) with respect to a is −1/(1 − a): check the sign of "
                                               'your second term.\'), (s - y, "σ(z) − y is the cross-entropy\'s δ only for the logistic σ and c = 1; here σ is any activation and the first term has '
                                               'the weight c.")])\n'
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
