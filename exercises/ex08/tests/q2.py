OK_FORMAT = True

test = {   'name': 'q2',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> from book import Network\n'
                                               '>>> from book.gradcheck import numerical_derivative\n'
                                               '>>> from book.grading.feedback import Wrong, call, expect\n'
                                               '>>> net = Network([2, 3, 2], seed=0)\n'
                                               '>>> X = np.array([[0.5, -1.0, 2.0], [1.0, 0.0, -0.5]])\n'
                                               '>>> Y = np.array([[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]])\n'
                                               '>>> weights, biases = ([w.copy() for w in net.weights], [b.copy() for b in net.biases])\n'
                                               '>>> h = 0.01\n'
                                               '>>> out = call(numerical_gradient, weights, biases, X, Y, h)\n'
                                               '>>> assert isinstance(out, (tuple, list)) and len(out) == 2 and all((isinstance(part, (tuple, list)) and len(part) == n for part, n in zip(out, '
                                               "(len(biases), len(weights))))), 'numerical_gradient should return a pair (nabla_b, nabla_w) of lists, one array per layer'\n"
                                               '>>> if [np.shape(p) for p in out[0]] == [w.shape for w in weights] and [np.shape(p) for p in out[1]] == [b.shape for b in biases]:\n'
                                               "...     raise Wrong('Your pair is (nabla_w, nabla_b): return (nabla_b, nabla_w), biases first, as backprop does.')\n"
                                               '>>> assert all((np.shape(p) == q.shape and np.allclose(p, q, rtol=0, atol=1e-12) for p, q in zip(weights + biases, net.weights + net.biases))), '
                                               "'numerical_gradient left the weights or biases it was given changed: put each entry back after nudging it'\n"
                                               '>>> def quotients(method, step):\n'
                                               '...     return [numerical_derivative(lambda: net.cost(X, Y), p, step, method) for p in net.biases + net.weights]\n'
                                               ">>> right, forward, fixed = (quotients('centered', h), quotients('forward', h), quotients('centered', 1e-05))\n"
                                               ">>> names = ['∂C/∂b²', '∂C/∂b³', '∂C/∂w²', '∂C/∂w³']\n"
                                               '>>> for got, r, f, d, what in zip(list(out[0]) + list(out[1]), right, forward, fixed, names):\n'
                                               "...     expect(got, r, 'your ' + what, rtol=1e-06, atol=1e-10, mistakes=[(f, 'Your quotient is the forward difference (C(θ + h) − C(θ))/h: use the "
                                               "centered one, (C(θ + h) − C(θ − h))/(2h).'), (2 * r, 'Your gradient is twice the centered difference: divide by 2h, the distance between the two "
                                               "nudged points, and keep the ½ of the quadratic cost.'), (3 * r, 'Your gradient is m times too large: the cost is the mean over the m = X.shape[1] "
                                               "examples, not their sum.'), (r / 2, 'Your cost averages over the outputs too: ½‖a − y‖² sums over the outputs, and only the examples are averaged.'), "
                                               "(d, 'Your values match the exact gradient, not the centered difference at the step h given (a large one here): use the h your function receives.')])\n",
                                       'hidden': False,
                                       'locked': False},
                                   {   'code': '>>> from book import Network\n'
                                               '>>> from book.gradcheck import numerical_gradient as reference\n'
                                               '>>> from book.grading.feedback import Wrong, call, expect\n'
                                               '>>> net = Network([3, 2, 2, 1], seed=5)\n'
                                               '>>> X, Y = (np.array([[0.2, -0.4], [1.5, 0.3], [-0.6, 0.9]]), np.array([[0.0, 1.0]]))\n'
                                               '>>> weights, biases = ([w.copy() for w in net.weights], [b.copy() for b in net.biases])\n'
                                               ">>> out = call(numerical_gradient, weights, biases, X, Y, 0.001, hint='the network may have any number of layers')\n"
                                               '>>> assert isinstance(out, (tuple, list)) and len(out) == 2 and all((isinstance(part, (tuple, list)) and len(part) == n for part, n in zip(out, '
                                               "(len(biases), len(weights))))), 'numerical_gradient should return a pair (nabla_b, nabla_w) of lists, one array per layer — for any number of layers "
                                               "(this network has three layers of weights)'\n"
                                               '>>> if [np.shape(p) for p in out[0]] == [w.shape for w in weights] and [np.shape(p) for p in out[1]] == [b.shape for b in biases]:\n'
                                               "...     raise Wrong('Your pair is (nabla_w, nabla_b): return (nabla_b, nabla_w), biases first, as backprop does.')\n"
                                               '>>> rb, rw = reference(net, X, Y, 0.001)\n'
                                               ">>> for got, r, what in zip(list(out[0]) + list(out[1]), rb + rw, ['∂C/∂b²', '∂C/∂b³', '∂C/∂b⁴', '∂C/∂w²', '∂C/∂w³', '∂C/∂w⁴']):\n"
                                               "...     expect(got, r, f'your {what} for a 3-2-2-1 network', rtol=1e-06, atol=1e-10)\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
