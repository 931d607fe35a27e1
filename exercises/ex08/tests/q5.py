OK_FORMAT = True

test = {   'name': 'q5',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> eps, C0, D3 = sp.symbols('eps C0 D3', positive=True)\n"
                                               '>>> def at(step):\n'
                                               '...     return sp.Matrix([step, step ** 2 * D3 / 6 + eps * C0 / step])\n'
                                               '>>> h_star = (3 * eps * C0 / D3) ** sp.Rational(1, 3)\n'
                                               ">>> verdict = check(best, at(h_star), {'eps': (0.001, 0.1), 'C0': (0.1, 10), 'D3': (0.1, 10)}, mistakes=[(at((eps * C0 / D3) ** sp.Rational(1, 3)), "
                                               "'Your h* solves h³ = εC₀/D₃: the derivative of h²D₃/6 is hD₃/3, so a factor 3 is missing.'), (at((6 * eps * C0 / D3) ** sp.Rational(1, 3)), 'Your h* "
                                               "solves h³ = 6εC₀/D₃: the derivative of h²D₃/6 is hD₃/3, not hD₃/6.'), (sp.Matrix([h_star, h_star ** 2 * D3 / 6]), 'Your E* leaves out the rounding "
                                               "part εC₀/h*: E* is E(h) at h = h*, both parts.'), (sp.Matrix([h_star, eps * C0 / h_star]), 'Your E* leaves out the truncation part h*²D₃/6: E* is E(h) "
                                               "at h = h*, both parts.'), (sp.Matrix([at(h_star)[1], h_star]), 'Your matrix has E* first: the order is h*, then E*.')])\n"
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
