OK_FORMAT = True

test = {   'name': 'q3',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> def modified_cost(weights, biases, x, y, l, j):\n'
                                               '...     a = x\n'
                                               '...     for layer, (w, b) in enumerate(zip(weights, biases, strict=True), start=2):\n'
                                               '...         z = w @ a + b\n'
                                               '...         a = 1 / (1 + np.exp(-z))\n'
                                               '...         if layer == l:\n'
                                               '...             a[j - 1] = np.tanh(z[j - 1])\n'
                                               '...     return 0.5 * np.sum((a - y) ** 2)\n'
                                               '>>> def numeric_gradients(weights, biases, x, y, l, j, h=1e-06):\n'
                                               '...     grads = []\n'
                                               '...     for p in biases + weights:\n'
                                               '...         g = np.zeros_like(p)\n'
                                               '...         for idx in np.ndindex(p.shape):\n'
                                               '...             old = p[idx]\n'
                                               '...             p[idx] = old + h\n'
                                               '...             up = modified_cost(weights, biases, x, y, l, j)\n'
                                               '...             p[idx] = old - h\n'
                                               '...             down = modified_cost(weights, biases, x, y, l, j)\n'
                                               '...             p[idx] = old\n'
                                               '...             g[idx] = (up - down) / (2 * h)\n'
                                               '...         grads.append(g)\n'
                                               '...     return (grads[:len(biases)], grads[len(biases):])\n'
                                               '>>> from book import Network\n'
                                               '>>> net = Network([2, 3, 2], seed=0)\n'
                                               '>>> x, y = (np.array([[0.5], [-1.0]]), np.array([[1.0], [0.0]]))\n'
                                               '>>> nb, nw = backprop_modified(net.weights, net.biases, x, y, 2, 2)\n'
                                               '>>> eb, ew = numeric_gradients(net.weights, net.biases, x, y, 2, 2)\n'
                                               '>>> assert all((np.shape(a) == np.shape(b) and np.allclose(a, b, rtol=1e-06, atol=1e-09) for a, b in zip(list(nb) + list(nw), eb + ew, '
                                               'strict=True)))\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
