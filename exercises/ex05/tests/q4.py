OK_FORMAT = True

test = {   'name': 'q4',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> z, y, t = sp.symbols('z y t', real=True)\n"
                                               ">>> sigma, sigma_prime = (sp.Function('sigma'), sp.Function('sigma_prime'))\n"
                                               '>>> u = sigma(z) - y\n'
                                               '>>> reference = sp.tanh(u) * sigma_prime(z)\n'
                                               ">>> verdict = check(delta_L, reference, {'z': (-3, 3), 'y': (-1, 1)}, sigma='undefined', mistakes=[(sp.tanh(u), 'Your δᴸ has no σ′(z) factor: BP1 "
                                               "multiplies ∂C/∂a by σ′(z).'), (-sp.tanh(u) * sigma_prime(z), 'Your δᴸ has the wrong sign: differentiate with respect to a, and a − y grows with a.'), "
                                               "(sigma_prime(z) / sp.cosh(u), '1/cosh u is only the derivative of ln; the chain rule also multiplies by the derivative of cosh u.'), (sp.sinh(u) * "
                                               "sigma_prime(z), 'The chain rule through ln divides by its argument: d/du ln f(u) = f′(u)/f(u).'), (u * sigma_prime(z), 'That is δᴸ for the quadratic "
                                               "cost; this cost is ln cosh(a − y).'), (sp.tanh(z - y) * sigma_prime(z), 'a = σ(z): the cost sees the activation, not z.'), "
                                               "(reference.replace(sigma_prime, sp.Lambda(t, sigma(t) * (1 - sigma(t)))), 'σ is left unspecified here: write its derivative as sigma_prime(...), not "
                                               "as σ(1 − σ).')])\n"
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
