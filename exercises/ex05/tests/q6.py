OK_FORMAT = True

test = {   'name': 'q6',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> z1, z2, y1, y2, t = sp.symbols('z1 z2 y1 y2 t', real=True)\n"
                                               ">>> sigma, sigma_prime = (sp.Function('sigma'), sp.Function('sigma_prime'))\n"
                                               '>>> e1, sp1 = (sigma(z1 + z2) - y1, sigma_prime(z1 + z2))\n'
                                               '>>> e2, sp2 = (sigma(z2) - y2, sigma_prime(z2))\n'
                                               '>>> right = sp.Matrix([e1 * sp1, e1 * sp1 + e2 * sp2])\n'
                                               ">>> verdict = check(delta_out, right, {'z1': (-3, 3), 'z2': (-3, 3), 'y1': (-1, 1), 'y2': (-1, 1)}, sigma='undefined', mistakes=[(sp.Matrix([e1 * sp1, "
                                               'e2 * sp2]), "a₁ depends on z₂ too: BP1\'s Hadamard form assumes a_k depends only on z_k — return to the sum over k in its proof."), (sp.Matrix([e1 * '
                                               'sigma_prime(z1), e2 * sp2]), "a₁ depends on z₂ too, and a₁ = σ(z₁ + z₂): its σ′ is taken at z₁ + z₂ — return to the sum over k in BP1\'s proof."), '
                                               "(sp.Matrix([e1, e1 + e2]), 'Your δ has no σ′ factors: each ∂a_k/∂z_j brings a σ′.'), (-right, 'Your δ has the wrong sign: ∂C/∂a_k is a_k − y_k.'), "
                                               "(right.replace(sigma_prime, sp.Lambda(t, sigma(t) * (1 - sigma(t)))), 'σ is left unspecified here: write its derivative as sigma_prime(...), not as "
                                               "σ(1 − σ).')])\n"
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
