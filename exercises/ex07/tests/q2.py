OK_FORMAT = True

test = {   'name': 'q2',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> x1, y1, x2, y2, w2, w3, b = sp.symbols('x1 y1 x2 y2 w2 w3 b', real=True)\n"
                                               ">>> sigma, sigma_prime = (sp.Function('sigma'), sp.Function('sigma_prime'))\n"
                                               '>>> def terms(x, y, derivative=sigma_prime):\n'
                                               '...     z2 = w2 * x + b\n'
                                               '...     z3 = w3 * sigma(z2) + b\n'
                                               '...     d3 = (sigma(z3) - y) * derivative(z3)\n'
                                               '...     return (d3, w3 * d3 * derivative(z2), w3 * d3)\n'
                                               '>>> (o1, h1, n1), (o2, h2, n2) = (terms(x1, y1), terms(x2, y2))\n'
                                               '>>> right = (o1 + h1 + o2 + h2) / 2\n'
                                               '>>> def logistic_prime(t):\n'
                                               '...     return sigma(t) * (1 - sigma(t))\n'
                                               '>>> (lo1, lh1, _), (lo2, lh2, _) = (terms(x1, y1, logistic_prime), terms(x2, y2, logistic_prime))\n'
                                               ">>> domain = {'x1': (-2, 2), 'x2': (-2, 2), 'y1': (0, 1), 'y2': (0, 1), 'w2': (-2, 2), 'w3': (-2, 2), 'b': (-1, 1)}\n"
                                               '>>> verdict = check(dC_db, right, domain, sigma=\'undefined\', mistakes=[(o1 + h1 + o2 + h2, "Your ∂C/∂b is twice too large: C is the mean of the two '
                                               'examples\' costs, not their sum."), ((o1 + o2) / 2, "Your ∂C/∂b counts only the output neuron\'s use of b: b enters z² too, and that use adds a δ² '
                                               'term."), ((h1 + h2) / 2, "Your ∂C/∂b counts only the hidden neuron\'s use of b: b enters z³ directly too, and that use adds a δ³ term."), ((o1 + n1 + '
                                               "o2 + n2) / 2, 'Your hidden-neuron term has no σ′(z²): BP2 multiplies w³δ³ by σ′(z²).'), (-right, 'Your ∂C/∂b has the wrong sign: ∂C_x/∂a³ is a³ − "
                                               "y.'), (o1 + h1, 'Your ∂C/∂b uses the first example only: C averages the costs of both examples.'), ((o1 + h1) / 2, 'Your ∂C/∂b uses the first example "
                                               "only: C averages the costs of both examples.'), ((lo1 + lh1 + lo2 + lh2) / 2, 'Your answer writes σ′ as σ(1 − σ), true of the logistic sigmoid only: σ "
                                               "is any activation here, so use sigma_prime.')])\n"
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
