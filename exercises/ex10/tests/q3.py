OK_FORMAT = True

test = {   'name': 'q3',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import call, expect\n'
                                               '>>> from book.grading.rules import no_loops\n'
                                               '>>> try:\n'
                                               "...     no_loops(learning_speed, 'learning_speed', over='the entries (work on whole arrays)')\n"
                                               '... except ValueError:\n'
                                               '...     pass\n'
                                               '>>> w, b = np.meshgrid(np.linspace(-2.0, 3.0, 4), np.linspace(-1.0, 2.0, 3))\n'
                                               '>>> x, y = (-0.8, 0.3)\n'
                                               '>>> a = 1 / (1 + np.exp(-(w * x + b)))\n'
                                               '>>> a_no_x = 1 / (1 + np.exp(-(w + b)))\n'
                                               '>>> quadratic, cross_entropy = (np.abs((a - y) * a * (1 - a) * x), np.abs((a - y) * x))\n'
                                               ">>> no_x = 'Your z leaves out the input: z = wx + b.'\n"
                                               ">>> expect(call(learning_speed, w, b, x, y, 'quadratic'), quadratic, 'your array of quadratic-cost speeds', mistakes=[(cross_entropy, 'Your "
                                               "quadratic-cost speed has no σ′(z) factor: for C = ½(a − y)², BP1 gives δ = (a − y) σ′(z).'), (np.abs((a - y) * a * (1 - a)), 'That is |∂C/∂b|: BP4 "
                                               "multiplies δ by the input x to give ∂C/∂w.'), ((a - y) * a * (1 - a) * x, 'Some of your speeds are negative: the speed is the size |∂C/∂w|.'), "
                                               "(np.abs((a_no_x - y) * a_no_x * (1 - a_no_x) * x), no_x), (np.abs((a - y) * a * x), 'Your σ′ is not σ(z)(1 − σ(z)).')])\n"
                                               '>>> expect(call(learning_speed, w, b, x, y, \'cross_entropy\'), cross_entropy, \'your array of cross-entropy speeds\', mistakes=[(quadratic, "Your '
                                               'cross-entropy speed keeps σ′(z): this cost\'s ∂C/∂a has σ′(z) in its denominator, and BP1 cancels it."), (np.abs(a - y), \'That is |∂C/∂b|: BP4 '
                                               "multiplies δ by the input x to give ∂C/∂w.'), ((a - y) * x, 'Some of your speeds are negative: the speed is the size |∂C/∂w|.'), (np.abs((a_no_x - y) "
                                               '* x), no_x)])\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
