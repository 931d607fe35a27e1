OK_FORMAT = True

test = {   'name': 'q1',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> x, w, v, p, q, y = sp.symbols('x w v p q y', real=True)\n"
                                               ">>> sigma, sigma_prime = (sp.Function('sigma'), sp.Function('sigma_prime'))\n"
                                               '>>> z_A = w * x\n'
                                               '>>> z_B = v * sigma(z_A)\n'
                                               '>>> z_O = p * sigma(z_A) + q * sigma(z_B)\n'
                                               '>>> out = (sigma(z_O) - y) * sigma_prime(z_O)\n'
                                               '>>> first = sigma_prime(z_A) * x\n'
                                               '>>> direct, via_B = (p, q * sigma_prime(z_B) * v)\n'
                                               ">>> domain = {'x': (-2, 2), 'w': (-2, 2), 'v': (-2, 2), 'p': (-2, 2), 'q': (-2, 2), 'y': (0, 1)}\n"
                                               ">>> verdict = check(dC_dw, out * (direct + via_B) * first, domain, sigma='undefined', mistakes=[(out * direct * first, 'You followed only the direct "
                                               "edge A → O; a_A also reaches the output through B.'), (out * via_B * first, 'You followed only the path through B; a_A also feeds the output directly "
                                               "(the skip connection).'), (out * (direct + q * v) * first, 'The path through B enters B: its edge A → B has the rate σ′(z_B) v.'), (out * (direct + "
                                               "via_B) * x, 'Your paths miss σ′(z_A): the first rate is ∂a_A/∂w = σ′(z_A) x.'), (out * (direct + via_B) * sigma_prime(z_A), 'Your paths miss x: the "
                                               "first rate is ∂a_A/∂w = σ′(z_A) x.'), (-out * (direct + via_B) * first, 'Your ∂C/∂w has the wrong sign: ∂C/∂a_O = a_O − y.'), ((sigma(z_O) - y) * "
                                               "(direct + via_B) * first, 'Your paths miss σ′(z_O): both end with an edge into O.')])\n"
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
