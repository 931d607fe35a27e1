OK_FORMAT = True

test = {   'name': 'q2',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> z, y, beta = sp.symbols('z y beta', real=True)\n"
                                               ">>> sigma, sigma_prime = (sp.Function('sigma'), sp.Function('sigma_prime'))\n"
                                               '>>> a = sigma(z)\n'
                                               '>>> right = a * (beta * y + 1 - y) - beta * y\n'
                                               ">>> verdict = check(delta_L, right, {'z': (-4, 4), 'y': (0, 1), 'beta': (0.2, 5)}, mistakes=[(a - y, 'Your δ leaves out the weight β: it multiplies "
                                               "the y ln a term.'), (beta * (a - y), 'Your β multiplies the whole cost; here it multiplies only the y ln a term.'), (a * (y + beta * (1 - y)) - y, "
                                               "'Your β weights the (1 − y) ln(1 − a) term; here it multiplies y ln a.'), (right * sigma_prime(z), 'Your δ still has a factor σ′(z): BP1 multiplies "
                                               "∂C/∂a by σ′(z) = a(1 − a) once, and it cancels against the denominators.'), (-beta * y / a + (1 - y) / (1 - a), 'That is ∂C/∂a; BP1 multiplies it by "
                                               "σ′(z) to give δ = ∂C/∂z.'), (-right, 'Your δ has the wrong sign: mind the minus sign in front of the cost.')])\n"
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
