OK_FORMAT = True

test = {   'name': 'q5',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> u, w, x1, x2, x3, y, t = sp.symbols('u w x1 x2 x3 y t', real=True)\n"
                                               ">>> sigma, sigma_prime = (sp.Function('sigma'), sp.Function('sigma_prime'))\n"
                                               '>>> z1 = u * x1\n'
                                               '>>> z2 = w * sigma(z1) + u * x2\n'
                                               '>>> z3 = w * sigma(z2) + u * x3\n'
                                               '>>> o = (sigma(z3) - y) * sigma_prime(z3)\n'
                                               '>>> g1, g2 = (sigma_prime(z1), sigma_prime(z2))\n'
                                               '>>> reference = sp.Matrix([o * w * g2 * w * g1 * x1, o * w * g2 * x2, o * x3])\n'
                                               ">>> domain = {'u': (-1.5, 1.5), 'w': (-1.5, 1.5), 'x1': (-2, 2), 'x2': (-2, 2), 'x3': (-2, 2), 'y': (0, 1)}\n"
                                               ">>> verdict = check(uses, reference, domain, sigma='undefined', mistakes=[(sp.Matrix([o * x3, o * w * g2 * x2, o * w * g2 * w * g1 * x1]), 'Your "
                                               "entries are in reverse order: the first is the use u x₁ of step 1.'), (sp.Matrix([o * x1, o * x2, o * x3]), 'A use of u at an earlier step reaches the "
                                               "cost only through the later steps: multiply by their rates σ′(z_t) w.'), (sp.Matrix([o * w * w * x1, o * w * x2, o * x3]), 'Each step back through w "
                                               "crosses a σ: the rate from h_{t−1} to h_t is σ′(z_t) w, and the use u x₁ enters h₁ through σ′(z₁).'), (sp.Matrix([o * w * w * g1 * x1, o * w * x2, o * "
                                               "x3]), 'Each step back through w crosses a σ: the rate from h_{t−1} to h_t is σ′(z_t) w.'), (sp.Matrix([o * w * g2 * w * x1, o * w * g2 * x2, o * x3]), "
                                               "'The first use, u x₁, enters h₁ through σ: its path starts with σ′(z₁) x₁.'), (sp.Matrix([o * w * g2 * w * g2 * x1, o * w * g2 * x2, o * x3]), 'The "
                                               "path of u x₁ crosses σ at step 1 and at step 2: its rates have σ′(z₁) and σ′(z₂), once each.'), (reference / sigma_prime(z3), 'Every path ends with "
                                               "the step into h₃: it needs σ′(z₃).'), (-reference, 'Your contributions have the wrong sign: ∂C/∂h₃ = h₃ − y.'), (reference.replace(sigma_prime, "
                                               "sp.Lambda(t, sigma(t) * (1 - sigma(t)))), 'σ is left unspecified here: write its derivative as sigma_prime(...), not as σ(1 − σ).')])\n"
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
