OK_FORMAT = True

test = {   'name': 'q5',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> z1, z2, z3, y1, y2, y3 = sp.symbols('z1 z2 z3 y1 y2 y3', real=True)\n"
                                               '>>> e = [sp.exp(v) for v in (z1, z2, z3)]\n'
                                               '>>> a, y = (sp.Matrix(e) / sum(e), sp.Matrix([y1, y2, y3]))\n'
                                               '>>> g = a - y\n'
                                               '>>> shared = (a.T * g)[0, 0]\n'
                                               '>>> right = sp.Matrix([a[j] * (g[j] - shared) for j in range(3)])\n'
                                               ">>> domain = {'z1': (-2, 2), 'z2': (-2, 2), 'z3': (-2, 2), 'y1': (0, 1), 'y2': (0, 1), 'y3': (0, 1)}\n"
                                               ">>> verdict = check(delta_L, right, domain, mistakes=[(g, 'That is δᴸ for the log-likelihood cost; with the quadratic cost, ∇ₐC = a − y goes through "
                                               "the softmax Jacobian.'), (sp.Matrix([g[j] * a[j] * (1 - a[j]) for j in range(3)]), 'You used only the diagonal of J, as for a sigmoid output: each a_j "
                                               "depends on every z_i.'), (sp.Matrix([g[j] - shared for j in range(3)]), 'Your δᴸ misses the factor a_j of each entry: J = diag(a) − a aᵀ.'), (-right, "
                                               "'Your δᴸ has the wrong sign: ∇ₐC = a − y.')])\n"
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
