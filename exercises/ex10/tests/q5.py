OK_FORMAT = True

test = {   'name': 'q5',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> y = sp.symbols('y', real=True)\n"
                                               '>>> root = sp.sqrt(1 - y + y ** 2)\n'
                                               '>>> s_max, s_min = ((1 + y + root) / 3, (1 + y - root) / 3)\n'
                                               ">>> verdict = check(z_peak, sp.log(s_max / (1 - s_max)), {'y': (0.05, 0.95)}, mistakes=[(s_max, 'That is the output σ(z) at the peak; the question "
                                               "asks for the weighted input z.'), (sp.log(2) + 0 * y, 'ln 2 is the peak for y = 0 only; the target changes where δᴸ peaks.'), (sp.log(s_min / (1 - "
                                               "s_min)), 'At that z the error is smallest (most negative, the output below the target); the question asks for its maximum.'), (sp.log(s_max), 'Your z "
                                               "is ln σ; the inverse of σ(z) = s is z = ln(s/(1 − s)).')])\n"
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
