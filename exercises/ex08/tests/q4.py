OK_FORMAT = True

test = {   'name': 'q4',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> import sympy as sp\n'
                                               '>>> from book.grading.answers import check\n'
                                               ">>> x, h = sp.symbols('x h', real=True)\n"
                                               ">>> f = sp.Function('sigma')\n"
                                               '>>> f2, f3, f4 = (f(x).diff(x, 2), f(x).diff(x, 3), f(x).diff(x, 4))\n'
                                               ">>> verdict = check(leading_error, -h ** 2 / 3 * f3, {'x': (-2, 2), 'h': (0.05, 0.5)}, sigma='undefined', mistakes=[(h ** 2 / 3 * f3, 'Your term has "
                                               'the wrong sign: the error is D(h) − f′(x), and f(x + 2h) enters D with a minus sign.\'), (h ** 2 / 6 * f3, "Your term is h²f‴/6, the centered '
                                               'quotient\'s error: expand f(x + 2h) with its own step 2h in every term, (2h)³/6 in the f‴ term."), (h ** 2 / 4 * f3, \'Your term is h²f‴/4: expand f(x '
                                               "+ 2h) with its own step 2h in every term, (2h)³/6 in the f‴ term.'), (-h ** 2 / 3 * f3 - h ** 3 / 4 * f4, 'Your answer has more than the leading term: "
                                               "keep only the lowest power of h that does not cancel.'), (-2 * h ** 2 / 3 * f3, 'Your term is twice too large: after collecting the Taylor terms, "
                                               'divide by the 2h of D.\'), (-2 * h ** 3 / 3 * f3, \'Your term has h³: divide the collected Taylor terms by the 2h of D.\'), (h / 2 * f2, "Your term '
                                               'has f″, as the forward quotient\'s error does: in this quotient the f″ terms cancel, 4·h²/2 − (2h)²/2 = 0."), (-h / 2 * f2, \'Your term has f″: in '
                                               "this quotient the f″ terms cancel, 4·h²/2 − (2h)²/2 = 0.')])\n"
                                               '>>> assert verdict, verdict.message\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
