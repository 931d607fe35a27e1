OK_FORMAT = True

test = {   'name': 'q4',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> z, y = sp.symbols('z y', real=True)\n"
                                               ">>> sigma, sigma_prime = (sp.Function('sigma'), sp.Function('sigma_prime'))\n"
                                               '>>> u = sigma(z) - y\n'
                                               ">>> verdict = check(delta_L, sp.tanh(u) * sigma_prime(z), {'z': (-3, 3), 'y': (-1, 1)}, sigma='undefined', mistakes=[(sp.tanh(u), 'Your δᴸ has no "
                                               "σ′(z) factor: BP1 multiplies ∂C/∂a by σ′(z).'), (-sp.tanh(u) * sigma_prime(z), 'Your δᴸ has the wrong sign: differentiate with respect to a, and a − y "
                                               "grows with a.'), (sigma_prime(z) / sp.cosh(u), 'The derivative of ln cosh u is tanh u, not 1/cosh u.'), (sp.sinh(u) * sigma_prime(z), 'The derivative "
                                               "of ln cosh u is sinh u / cosh u: the chain rule through ln divides by cosh u.'), (u * sigma_prime(z), 'That is δᴸ for the quadratic cost; this cost is "
                                               "ln cosh(a − y).')])\n"
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
