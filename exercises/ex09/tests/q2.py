OK_FORMAT = True

test = {   'name': 'q2',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> n1, n2, n3 = sp.symbols('n1 n2 n3', real=True)\n"
                                               '>>> F = n1 * n2 + n2 * n3\n'
                                               '>>> P = F + n2 + n3\n'
                                               '>>> backprop = 3 * F - n1 * n2\n'
                                               ">>> verdict = check(speedup, 2 * P * F / backprop, {'n1': (1, 100), 'n2': (1, 100), 'n3': (1, 100)}, mistakes=[(2 * F * F / backprop, 'Your P counts "
                                               "only the weights: the n₂ + n₃ biases are parameters too, each with its own forward passes.'), ((P + 1) * F / backprop, 'That is the speedup over "
                                               "forward differences (P + 1 passes); the question is about centered differences.'), (2 * P * F / (3 * F), 'Your backpropagation count runs BP2 into the "
                                               'input layer: there is no δ¹, so (w²)ᵀ δ² is never formed.\'), (2 * P * F / (2 * F - n1 * n2), "Your backpropagation count leaves out BP4\'s outer '
                                               'products δ^l (a^{l−1})ᵀ."), (2 * P * F / (2 * F), "Your backpropagation count leaves out BP2\'s products (w³)ᵀ δ³."), (backprop / (2 * P * F), \'Your '
                                               'ratio is upside down: divide the cost of centered differences by that of backpropagation.\'), (2 * P, "That counts the forward passes of centered '
                                               'differences only: divide by backpropagation\'s cost in the same unit."), (2 * P * F, \'That is the cost of centered differences alone: divide it by '
                                               "the cost of backpropagation.')])\n"
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
