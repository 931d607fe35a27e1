OK_FORMAT = True

test = {   'name': 'q2',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> w, x = sp.symbols('w x', real=True)\n"
                                               ">>> sigma, sigma_prime = (sp.Function('sigma'), sp.Function('sigma_prime'))\n"
                                               '>>> h, error = (sigma(w * x), w * sigma(w * x) - x)\n'
                                               '>>> decoder, encoder = (h, w * x * sigma_prime(w * x))\n'
                                               ">>> verdict = check(dC_dw, error * (decoder + encoder), {'w': (-2, 2), 'x': (-2, 2)}, sigma='undefined', mistakes=[(error * decoder, 'Your ∂C/∂w has "
                                               "only the share of the wire into x̂ = w h; w is used twice, and the share through h = σ(w x) must be added.'), (error * encoder, 'Your ∂C/∂w has only "
                                               "the share through h = σ(w x); w is used twice, and the wire into x̂ = w h brings a share too.'), (error * (h + w * x), 'The share through h = σ(w x) "
                                               'has no σ′ factor: the σ node multiplies the gradient by its gain σ′.\'), (error * (h + w * x * sigma_prime(x)), "The σ node\'s gain is σ′ of its own '
                                               'input, w x, not of x."), (error * (h + w * sigma_prime(w * x)), \'The share through h has no factor x: the × node of w x sends w the gradient times '
                                               "x.'), (error * decoder * encoder, 'The two shares of a value used twice add; they do not multiply.'), (-error * (decoder + encoder), 'Your ∂C/∂w has "
                                               "the wrong sign: ∂C/∂x̂ = x̂ − x.'), (error * (h + w * x * h * (1 - h)), 'σ is left unspecified here: write its derivative as sigma_prime(...), not as "
                                               "σ(1 − σ).')])\n"
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
