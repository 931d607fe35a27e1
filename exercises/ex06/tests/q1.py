OK_FORMAT = True

test = {   'name': 'q1',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> x, w, v, p, q, y, t = sp.symbols('x w v p q y t', real=True)\n"
                                               ">>> sigma, sigma_prime = (sp.Function('sigma'), sp.Function('sigma_prime'))\n"
                                               '>>> z_A = w * x\n'
                                               '>>> z_B = v * sigma(z_A)\n'
                                               '>>> z_O = p * sigma(z_A) + q * sigma(z_B)\n'
                                               '>>> out = (sigma(z_O) - y) * sigma_prime(z_O)\n'
                                               '>>> first = sigma_prime(z_A) * x\n'
                                               '>>> direct, via_B = (p, q * sigma_prime(z_B) * v)\n'
                                               '>>> reference = sp.Matrix([out * direct * first, out * via_B * first])\n'
                                               ">>> domain = {'x': (-2, 2), 'w': (-2, 2), 'v': (-2, 2), 'p': (-2, 2), 'q': (-2, 2), 'y': (0, 1)}\n"
                                               ">>> verdict = check(path_terms, reference, domain, sigma='undefined', mistakes=[(sp.Matrix([out * via_B * first, out * direct * first]), 'Your two "
                                               "terms are swapped: the direct edge A → O comes first, the path through B second.'), (sp.Matrix([out * direct * first, out * q * v * first]), 'The path "
                                               "through B enters B: its edge A → B has the rate σ′(z_B) v.'), (sp.Matrix([out * direct * first, out * via_B * x]), 'Both paths start with the same "
                                               "first rate ∂a_A/∂w = σ′(z_A) x.'), (sp.Matrix([out * direct * x, out * via_B * x]), 'Your paths miss σ′(z_A): the first rate is ∂a_A/∂w = σ′(z_A) "
                                               "x.'), (sp.Matrix([out * direct, out * via_B]) * sigma_prime(z_A), 'Your paths miss x: the first rate is ∂a_A/∂w = σ′(z_A) x.'), (-reference, 'Your "
                                               "terms have the wrong sign: ∂C/∂a_O = a_O − y.'), (reference / sigma_prime(z_O), 'Your paths miss σ′(z_O): both end with an edge into O.'), "
                                               '(sp.Matrix([out * (direct + via_B) * first, 0]), "Give one path\'s term per entry, not their sum: the direct edge A → O first, the path through B '
                                               'second."), (reference.replace(sigma_prime, sp.Lambda(t, sigma(t) * (1 - sigma(t)))), \'σ is left unspecified here: write its derivative as '
                                               "sigma_prime(...), not as σ(1 − σ).')])\n"
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
