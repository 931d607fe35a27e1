OK_FORMAT = True

test = {   'name': 'q1',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> eps = sp.symbols('eps', real=True)\n"
                                               '>>> r = sp.sqrt(1 - eps)\n'
                                               ">>> verdict = check(z_edge, sp.log((1 + r) / (1 - r)) / 2, {'eps': (0.01, 0.2)}, mistakes=[(sp.log((1 + r) / (1 - r)), 'Your z is twice the right "
                                               "value: check the exponent when you write tanh z with exponentials.'), (sp.log((2 - eps) / eps) / 2, 'Your z makes tanh z = 1 − ε, but tanh′(z) = 1 − "
                                               "tanh² z: the square is missing.'), (sp.log((1 + eps) / (1 - eps)) / 2, 'Your z makes tanh z = ε; the condition is on the derivative, tanh′(z) = ε.'), "
                                               '(sp.log((1 + sp.sqrt(1 - 4 * eps)) / (1 - sp.sqrt(1 - 4 * eps))), "That is where the sigmoid\'s σ′ equals ε; this question is about tanh′ = 1 − '
                                               'tanh²."), (-sp.log((1 + r) / (1 - r)) / 2, \'Your z is negative; the question asks for the edge z > 0.\')])\n'
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
