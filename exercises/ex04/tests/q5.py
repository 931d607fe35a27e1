OK_FORMAT = True

test = {   'name': 'q5',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> z2, z3, w3, y, lam, t = sp.symbols('z2 z3 w3 y lam t', real=True)\n"
                                               ">>> sigma, sigma_prime = (sp.Function('sigma'), sp.Function('sigma_prime'))\n"
                                               '>>> back = w3 * sigma_prime(z3) * (sigma(z3) - y)\n'
                                               '>>> reference = sigma_prime(z2) * (back + lam * sigma(z2))\n'
                                               ">>> verdict = check(delta_2, reference, {'z2': (-3, 3), 'z3': (-3, 3), 'w3': (-2, 2), 'y': (0, 1), 'lam': (0.1, 2)}, sigma='undefined', "
                                               "mistakes=[(sigma_prime(z2) * back, 'Your δ² misses the penalty: C depends on a² directly, so ∂C/∂a² has a second term besides the one through a³.'), "
                                               '(sigma_prime(z2) * back + lam * sigma(z2), "The penalty\'s term reaches z² through a² = σ(z²) too: it needs the factor σ′(z²)."), (sigma_prime(z2) * '
                                               "(back + lam), 'The derivative of (λ/2)(a²)² with respect to a² is λ a², not λ.'), (sigma_prime(z2) * (back + lam * z2), 'The penalty is on the "
                                               "activation a² = σ(z²), not on z².'), (sigma_prime(z2) * (w3 * (sigma(z3) - y) + lam * sigma(z2)), 'The path through the output crosses σ at layer 3: "
                                               "it needs σ′(z³).'), (-sigma_prime(z2) * (back + lam * sigma(z2)), 'Your δ² has the wrong sign: ∂C/∂a³ = a³ − y.'), (reference.replace(sigma_prime, "
                                               "sp.Lambda(t, sigma(t) * (1 - sigma(t)))), 'σ is left unspecified here: write its derivative as sigma_prime(...), not as σ(1 − σ).')])\n"
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
