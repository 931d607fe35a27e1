OK_FORMAT = True

test = {   'name': 'q2',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> w, x, t = sp.symbols('w x t', real=True)\n"
                                               ">>> sigma, sigma_prime = (sp.Function('sigma'), sp.Function('sigma_prime'))\n"
                                               '>>> h, error = (sigma(w * x), w * sigma(w * x) - x)\n'
                                               '>>> decoder, encoder = (error * h, error * w * x * sigma_prime(w * x))\n'
                                               '>>> right = sp.Matrix([decoder, encoder])\n'
                                               ">>> verdict = check(shares, right, {'w': (-2, 2), 'x': (-2, 2)}, sigma='undefined', mistakes=[(sp.Matrix([encoder, decoder]), 'Your shares are "
                                               "swapped: the first entry is the share of the wire into x̂ = w h, the second the one through h.'), (sp.Matrix([decoder + encoder, decoder + encoder]), "
                                               '"Each entry is the sum of both shares, ∂C/∂w itself: give each wire\'s share on its own."), (sp.Matrix([decoder, error * x * sigma_prime(w * x)]), '
                                               "'The share through h has no factor w: the × node of x̂ = w h sends h the gradient times w.'), (sp.Matrix([decoder, error * w * x]), 'The share through "
                                               'h has no σ′ factor: the σ node multiplies the gradient by its gain σ′.\'), (sp.Matrix([decoder, error * w * x * sigma_prime(x)]), "The σ node\'s gain '
                                               'is σ′ of its own input, w x, not of x."), (sp.Matrix([decoder, error * w * sigma_prime(w * x)]), \'The share through h has no factor x: the × node of '
                                               "w x sends w the gradient times x.'), (sp.Matrix([error * w, encoder]), 'The × node of x̂ = w h sends w the gradient times the other factor, h, not "
                                               "times w.'), (-right, 'Your shares have the wrong sign: ∂C/∂x̂ = x̂ − x.'), (right.replace(sigma_prime, sp.Lambda(t, sigma(t) * (1 - sigma(t)))), 'σ is "
                                               "left unspecified here: write its derivative as sigma_prime(...), not as σ(1 − σ).')])\n"
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
