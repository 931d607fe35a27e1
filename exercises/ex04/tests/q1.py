OK_FORMAT = True

test = {   'name': 'q1',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> from book import Network\n'
                                               '>>> from book.grading.feedback import call, expect\n'
                                               '>>> net = Network([3, 4, 2, 3], seed=3)\n'
                                               '>>> x, y = (np.array([[0.5], [-1.0], [0.3]]), np.array([[1.0], [0.0], [0.0]]))\n'
                                               '>>> nabla_b, _ = net.backprop(x, y)\n'
                                               '>>> _, acts = net.forward_pass(x)\n'
                                               '>>> right, gain = (nabla_b[1], acts[2] * (1 - acts[2]))\n'
                                               ">>> layer = 'the demon sits in layer l, whose weights are weights[l - 2]'\n"
                                               ">>> expect(call(demon_errors, net.weights, net.biases, x, y, 3, hint=layer), right, 'your δ³', rtol=1e-06, atol=1e-09, mistakes=[(2 * right, 'Your δ³ "
                                               "is twice too large: the centered difference divides by 2h, and C has a factor ½.'), (-right, 'Your δ³ has the wrong sign: take C(+h) − C(−h), the cost "
                                               "with the push up first.'), (right / gain, 'Your numbers are ∂C/∂a³, not ∂C/∂z³: the demon adds Δz to the weighted input z, before σ.'), (nabla_b[0], "
                                               "'Your δ³ has one entry per neuron of layer 2: ' + layer + '.'), (nabla_b[2], 'Your δ³ has one entry per neuron of layer 4: ' + layer + '.'), "
                                               "(nabla_b[0][:2], 'Your demon sits in layer 2, one layer too early: ' + layer + '.'), (nabla_b[2][:2], 'Your demon sits in layer 4, one layer too late: "
                                               "' + layer + '.')])\n",
                                       'hidden': False,
                                       'locked': False},
                                   {   'code': '>>> from book import Network\n'
                                               '>>> from book.grading.feedback import call, expect\n'
                                               '>>> net = Network([3, 4, 2, 3], seed=3)\n'
                                               '>>> x, y = (np.array([[0.5], [-1.0], [0.3]]), np.array([[1.0], [0.0], [0.0]]))\n'
                                               '>>> nabla_b, _ = net.backprop(x, y)\n'
                                               '>>> def demon_cost(l, j, dz):\n'
                                               '...     a = x\n'
                                               '...     for layer, (w, b) in enumerate(zip(net.weights, net.biases), start=2):\n'
                                               '...         z = w @ a + b\n'
                                               '...         if layer == l:\n'
                                               '...             z[j, 0] += dz\n'
                                               '...         a = 1 / (1 + np.exp(-z))\n'
                                               '...     return 0.5 * np.sum((y - a) ** 2)\n'
                                               ">>> for l, name in [(2, 'your δ² (the first layer with weights)'), (4, 'your δ⁴ (the output layer)')]:\n"
                                               '...     h, n = (1e-05, net.weights[l - 2].shape[0])\n'
                                               '...     one_sided = [[(demon_cost(l, j, h) - demon_cost(l, j, 0.0)) / h] for j in range(n)]\n'
                                               "...     expect(call(demon_errors, net.weights, net.biases, x, y, l), nabla_b[l - 2], name, rtol=1e-06, atol=1e-09, mistakes=[(one_sided, 'Your δ is a "
                                               "one-sided difference (C(+h) − C)/h: take the centered difference (C(+h) − C(−h))/2h, whose error is of order h², not h.')])\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
