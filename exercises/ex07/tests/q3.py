OK_FORMAT = True

test = {   'name': 'q3',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> from book import Network\n'
                                               '>>> from book.grading.feedback import call, expect\n'
                                               '>>> from book.grading.rules import no_loops\n'
                                               '>>> net = Network([3, 2, 2], seed=7)\n'
                                               '>>> rng = np.random.default_rng(7)\n'
                                               '>>> X, Y = (rng.normal(size=(4, 3)), rng.uniform(size=(4, 2)))\n'
                                               '>>> (w2, w3), (b2, b3) = (net.weights, net.biases)\n'
                                               ">>> out = call(backprop_rows, [w2.copy(), w3.copy()], [b2.copy(), b3.copy()], X, Y, hint='with the examples as rows, Z², A² and Δ² have one row per "
                                               "example')\n"
                                               '>>> assert isinstance(out, (tuple, list)) and len(out) == 2 and all((isinstance(part, (tuple, list)) and len(part) == 2 for part in out)), '
                                               "'backprop_rows should return a pair (nabla_b, nabla_w) of two lists, each holding one array per layer of weights (two)'\n"
                                               '>>> (gb2, gb3), (gw2, gw3) = out\n'
                                               '>>> def s(z):\n'
                                               '...     return 1 / (1 + np.exp(-z))\n'
                                               '>>> A2 = s(X @ w2.T + b2.T)\n'
                                               '>>> A3 = s(A2 @ w3.T + b3.T)\n'
                                               '>>> D3 = (A3 - Y) * A3 * (1 - A3)\n'
                                               '>>> D2 = D3 @ w3 * A2 * (1 - A2)\n'
                                               '>>> m, n1 = X.shape\n'
                                               ">>> expect(gw3, D3.T @ A2 / m, 'your ∂C/∂w³', mistakes=[(A2.T @ D3 / m, 'Your ∂C/∂w³ is transposed: it has the shape of w³, row j holding the "
                                               "derivatives for neuron j of layer 3.'), ((A3 - Y).T @ A2 / m, 'Your ∂C/∂w³ has no σ′(Z³): BP1 multiplies A³ − Y by σ′(Z³) entry by entry.'), (D3.T @ "
                                               "A2, 'Your ∂C/∂w³ is the sum over the examples: the cost is their mean, so divide by m.'), (D3.T @ A2 / n1, 'Your ∂C/∂w³ divides by X.shape[1], the "
                                               "number of inputs: with the examples as rows, m is X.shape[0].')])\n"
                                               ">>> expect(gb3, D3.mean(axis=0)[:, None], 'your ∂C/∂b³', mistakes=[(D3.mean(axis=0)[None, :], 'Your ∂C/∂b³ is a row: biases are columns, shape (n₃, "
                                               "1).'), (D3.sum(axis=0)[:, None], 'Your ∂C/∂b³ is the sum over the examples: the cost is their mean, so divide by m.'), (D3.sum(axis=0)[:, None] / n1, "
                                               "'Your ∂C/∂b³ divides by X.shape[1], the number of inputs: with the examples as rows, m is X.shape[0].')])\n"
                                               ">>> expect(gw2, D2.T @ X / m, 'your ∂C/∂w²', mistakes=[(X.T @ D2 / m, 'Your ∂C/∂w² is transposed: it has the shape of w², row j holding the "
                                               'derivatives for neuron j of layer 2.\'), ((D3 @ w3.T * A2 * (1 - A2)).T @ X / m, "Your Δ² sends Δ³ back through the wrong orientation of w³: for one '
                                               'example (a single row) it must agree with BP2\'s (w³)ᵀδ³."), ((D3 @ w3 * A3 * (1 - A3)).T @ X / m, \'Your Δ² multiplies by σ′ of layer 3: BP2 needs '
                                               "σ′(Z²).'), ((D3 @ w3).T @ X / m, 'Your Δ² has no σ′(Z²) factor: BP2 multiplies the error sent back by σ′(Z²).'), (D2.T @ X, 'Your ∂C/∂w² is the sum "
                                               "over the examples: the cost is their mean, so divide by m.')])\n"
                                               ">>> expect(gb2, D2.mean(axis=0)[:, None], 'your ∂C/∂b²', mistakes=[(D2.mean(axis=0)[None, :], 'Your ∂C/∂b² is a row: biases are columns, shape (n₂, "
                                               "1).'), (D2.sum(axis=0)[:, None], 'Your ∂C/∂b² is the sum over the examples: the cost is their mean, so divide by m.')])\n"
                                               ">>> no_loops(backprop_rows, over='the examples or the layers (the rule of this question)')\n",
                                       'hidden': False,
                                       'locked': False},
                                   {   'code': '>>> from book import Network\n'
                                               '>>> from book.grading.feedback import call, expect\n'
                                               '>>> from book.grading.rules import no_loops\n'
                                               '>>> net = Network([2, 3, 1], seed=8)\n'
                                               '>>> X, Y = (np.array([[0.3, -0.8]]), np.array([[1.0]]))\n'
                                               '>>> nabla_b, nabla_w = net.backprop(X.T, Y.T)\n'
                                               ">>> out = call(backprop_rows, [w.copy() for w in net.weights], [b.copy() for b in net.biases], X, Y, hint='a batch of one example is an X of shape (1, "
                                               "n₁)')\n"
                                               '>>> assert isinstance(out, (tuple, list)) and len(out) == 2 and all((isinstance(part, (tuple, list)) and len(part) == 2 for part in out)), '
                                               "'backprop_rows should return a pair (nabla_b, nabla_w) of two lists, each holding one array per layer of weights (two)'\n"
                                               ">>> for got, right, what in zip(list(out[0]) + list(out[1]), nabla_b + nabla_w, ['∂C/∂b²', '∂C/∂b³', '∂C/∂w²', '∂C/∂w³']):\n"
                                               "...     expect(got, right, f'your {what} for a 2-3-1 network and a batch of one')\n"
                                               ">>> no_loops(backprop_rows, over='the examples or the layers (the rule of this question)')\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
