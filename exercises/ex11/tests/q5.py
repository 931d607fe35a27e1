OK_FORMAT = True

test = {   'name': 'q5',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> z1, z2, z3, y1, y2, y3 = sp.symbols('z1 z2 z3 y1 y2 y3', real=True)\n"
                                               '>>> e = [sp.exp(v) for v in (z1, z2, z3)]\n'
                                               '>>> a, y = (sp.Matrix(e) / sum(e), sp.Matrix([y1, y2, y3]))\n'
                                               '>>> own = [(a[i] - y[i]) / (1 - a[i]) for i in range(3)]\n'
                                               '>>> shared = sum(own)\n'
                                               '>>> right = sp.Matrix([own[i] - a[i] * shared for i in range(3)])\n'
                                               ">>> domain = {'z1': (-2, 2), 'z2': (-2, 2), 'z3': (-2, 2), 'y1': (0, 1), 'y2': (0, 1), 'y3': (0, 1)}\n"
                                               ">>> verdict = check(delta_L, right, domain, mistakes=[(a - y, 'You used only the diagonal of J, as for sigmoid outputs (where this cost gives a − y): "
                                               'each a_j depends on every z_i through the sum.\'), (sp.Matrix(own), "Your δᴸ keeps only the diagonal part a_i ∂C/∂a_i of Jᵀ∇ₐC: the softmax\'s J is '
                                               'not diagonal, and its off-diagonal entries add a term to every δᴸ_i."), (sp.Matrix([own[i] - shared for i in range(3)]), \'Your shared term misses the '
                                               "factor a_i: Jᵀg = a ⊙ (g − aᵀg).'), (sp.Matrix([a[i] * (y1 + y2 + y3) - y[i] for i in range(3)]), 'Your ∇ₐC leaves out the (1 − y_j) ln(1 − a_j) terms "
                                               "of the cost.'), (-right, 'Your δᴸ has the wrong sign: mind the minus sign in front of the cost.')])\n"
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
