OK_FORMAT = True

test = {   'name': 'q2',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> z1, z2, z3, T = sp.symbols('z1 z2 z3 T', real=True)\n"
                                               '>>> e = [sp.exp(v / T) for v in (z1, z2, z3)]\n'
                                               '>>> a = sp.Matrix(e) / sum(e)\n'
                                               '>>> D = sp.diag(a[0], a[1], a[2])\n'
                                               '>>> right = (D - a * a.T) / T\n'
                                               '>>> flipped = sp.Matrix(3, 3, lambda j, i: right[j, i] if i == j else -right[j, i])\n'
                                               ">>> verdict = check(J, right, {'z1': (-2, 2), 'z2': (-2, 2), 'z3': (-2, 2), 'T': (0.5, 3)}, mistakes=[(D - a * a.T, 'Your Jacobian is the one for T = "
                                               "1: the chain rule through z_i/T adds a factor.'), (T * (D - a * a.T), 'Your Jacobian is multiplied by T; differentiate z_i/T with respect to z_i.'), "
                                               "(sp.diag(*[a[j] * (1 - a[j]) / T for j in range(3)]), 'Your Jacobian is diagonal, as for an elementwise activation; each a_j depends on every z_i "
                                               "through the sum in the denominator.'), (flipped, 'Check the signs off the diagonal: raising z_i lowers every other output.'), (-right, 'Your Jacobian "
                                               "has the wrong sign: raising z_j raises a_j.')])\n"
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
