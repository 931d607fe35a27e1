OK_FORMAT = True

test = {   'name': 'q3',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> z0 = sp.symbols('z0', real=True)\n"
                                               ">>> sigma, sigma_prime = (sp.Function('sigma'), sp.Function('sigma_prime'))\n"
                                               '>>> from sympy.core.function import AppliedUndef\n'
                                               '>>> if isinstance(w_max, sp.Basic):\n'
                                               "...     left = {type(f).__name__ for f in w_max.atoms(AppliedUndef)} & {'sigma', 'sigma_prime'}\n"
                                               "...     assert not left, 'Write your bound with exp only: work out σ′ at the right point instead of leaving sigma or sigma_prime in it.'\n"
                                               ">>> verdict = check(w_max, 1 / sigma_prime(z0), {'z0': (0.1, 6)}, mistakes=[(sp.Integer(4) + 0 * z0, '4 is the limit when a neuron may sit at z = 0; "
                                               "with every |z^l_j| ≥ z0, the largest σ′(z^l_j) is smaller than 1/4.'), (sigma_prime(z0), 'That is the largest σ′(z^l_j) itself; the question asks for "
                                               "the weight norm that makes the factor equal to one.'), (1 / sigma(z0), 'The factor holds σ′, the derivative, not σ.'), (1 / (4 * sigma_prime(z0)), "
                                               "'Your bound mixes the two limits: with |z^l_j| ≥ z0 the factor is at most ‖w^{l+1}‖₂ σ′(z0), with no 1/4.')])\n"
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
