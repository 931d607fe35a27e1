OK_FORMAT = True

test = {   'name': 'q6',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> z1, z2, y = sp.symbols('z1 z2 y', real=True)\n"
                                               ">>> sigma, sigma_prime = (sp.Function('sigma'), sp.Function('sigma_prime'))\n"
                                               '>>> e = sigma(z1) + sigma(z2) - y\n'
                                               '>>> right = sp.Matrix([e * sigma_prime(z1), e * sigma_prime(z2)])\n'
                                               ">>> verdict = check(delta_out, right, {'z1': (-3, 3), 'z2': (-3, 3), 'y': (-1, 2)}, sigma='undefined', mistakes=[(sp.Matrix([(sigma(z1) - y) * "
                                               "sigma_prime(z1), (sigma(z2) - y) * sigma_prime(z2)]), 'Your δ uses a_j − y for each output, as for the quadratic cost ½‖a − y‖²; here both outputs "
                                               "share one term, so ∂C/∂a_j is the same for j = 1 and 2.'), (sp.Matrix([e, e]), 'Your δ has no σ′ factor: BP1 multiplies ∂C/∂a_j by σ′(z_j).'), "
                                               '(sp.Matrix([e * sigma_prime(z2), e * sigma_prime(z1)]), "Your δ pairs each output with the other\'s σ′: δ_j needs σ′(z_j).")])\n'
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
