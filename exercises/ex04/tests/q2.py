OK_FORMAT = True

test = {   'name': 'q2',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> z, gamma, t = sp.symbols('z gamma t', real=True)\n"
                                               ">>> sigma, sigma_prime = (sp.Function('sigma'), sp.Function('sigma_prime'))\n"
                                               '>>> s, g = (sigma(z), sigma_prime(z))\n'
                                               '>>> dC_da = gamma * (1 - s) ** (gamma - 1) * sp.log(s) - (1 - s) ** gamma / s\n'
                                               '>>> reference = dC_da * g\n'
                                               ">>> verdict = check(delta_L, reference, {'z': (0.05, 0.65), 'gamma': (0.5, 4)}, sigma='undefined', mistakes=[(dC_da, 'Your δ has no σ′(z) factor: δ = "
                                               "σ′(z) ∂C/∂a, because a = σ(z).'), (-(1 - s) ** gamma / s * g, '(1 − a)^γ depends on a too: differentiate the product (1 − a)^γ ln a with the product "
                                               "rule.'), (gamma * (1 - s) ** (gamma - 1) * sp.log(s) * g, 'ln a depends on a too: the product rule gives a second term, from the derivative of ln "
                                               "a.'), ((-gamma * (1 - s) ** (gamma - 1) * sp.log(s) - (1 - s) ** gamma / s) * g, 'Check the sign of your term with ln a: (1 − a)^γ falls as a "
                                               "grows.'), ((gamma * (1 - s) ** gamma * sp.log(s) - (1 - s) ** gamma / s) * g, 'Differentiating (1 − a)^γ lowers the power by one.'), (-reference, "
                                               "'Your δ has the wrong sign: mind the minus sign in front of C.'), (-g / s, 'That is δ for the plain cross-entropy (γ = 0): here the factor (1 − a)^γ "
                                               'depends on a too.\'), (s - 1, "σ(z) − 1 is the cross-entropy\'s δ for y = 1 and the logistic σ only; here σ is any activation, and (1 − a)^γ depends '
                                               'on a too."), (reference.replace(sigma_prime, sp.Lambda(t, sigma(t) * (1 - sigma(t)))), \'σ is left unspecified here: write its derivative as '
                                               "sigma_prime(...), not as σ(1 − σ).')])\n"
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
