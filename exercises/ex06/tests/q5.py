OK_FORMAT = True

test = {   'name': 'q5',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> u, w, x1, x2, x3, y = sp.symbols('u w x1 x2 x3 y', real=True)\n"
                                               ">>> sigma, sigma_prime = (sp.Function('sigma'), sp.Function('sigma_prime'))\n"
                                               '>>> z1 = u * x1\n'
                                               '>>> z2 = w * sigma(z1) + u * x2\n'
                                               '>>> z3 = w * sigma(z2) + u * x3\n'
                                               '>>> out = (sigma(z3) - y) * sigma_prime(z3)\n'
                                               '>>> g1, g2 = (sigma_prime(z1), sigma_prime(z2))\n'
                                               ">>> domain = {'u': (-1.5, 1.5), 'w': (-1.5, 1.5), 'x1': (-2, 2), 'x2': (-2, 2), 'x3': (-2, 2), 'y': (0, 1)}\n"
                                               ">>> verdict = check(dC_du, out * (x3 + w * g2 * (x2 + w * g1 * x1)), domain, sigma='undefined', mistakes=[(out * x3, 'You differentiated only the last "
                                               "use of u, u x₃; u is used at all three steps, and each use adds its paths.'), (out * (x3 + w * g2 * x2), 'You left out the first use, u x₁: its path "
                                               "runs through h₁ and h₂ to the cost.'), (out * (x3 + w * x2 + w * w * x1), 'Each step back through w crosses a σ: the rate from h_{t−1} to h_t is "
                                               "σ′(z_t) w.'), (out * (x3 + w * g2 * (x2 + w * x1)), 'The first use, u x₁, enters h₁ through σ: its path starts with σ′(z₁) x₁.'), (out * (x1 + x2 + "
                                               "x3), 'A use of u at an earlier step reaches the cost only through the later steps: multiply by their rates σ′(z_t) w.'), (-out * (x3 + w * g2 * (x2 + "
                                               "w * g1 * x1)), 'Your ∂C/∂u has the wrong sign: ∂C/∂h₃ = h₃ − y.')])\n"
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
