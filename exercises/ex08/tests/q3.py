OK_FORMAT = True

test = {   'name': 'q3',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book import Network\n'
                                               '>>> from book.grading.feedback import Wrong, call\n'
                                               '>>> net = Network([2, 3, 3, 2], seed=3)\n'
                                               '>>> X = np.array([[0.5, -1.0, 0.3], [1.0, 0.0, -0.7]])\n'
                                               '>>> Y = np.array([[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]])\n'
                                               '>>> nb, nw = net.backprop_batch(X, Y)\n'
                                               '>>> def ask(nabla_b, nabla_w):\n'
                                               '...     got = call(find_wrong_layer, [w.copy() for w in net.weights], [b.copy() for b in net.biases], X, Y, nabla_b, nabla_w)\n'
                                               "...     assert got is None or (isinstance(got, (int, np.integer)) and (not isinstance(got, bool))), 'find_wrong_layer should return a layer number l "
                                               "(an int) or None'\n"
                                               '...     return got\n'
                                               ">>> INDEX = 'Layers are numbered as in the text, from 2 (the layer of w² and b²) to L: return l, not a position in the lists.'\n"
                                               ">>> assert ask(nb, nw) is None, 'find_wrong_layer found a wrong layer in a correct gradient: flag a layer only when its relative error against the "
                                               "numerical gradient (h = 1e-5) is above 1e-4'\n"
                                               '>>> got = ask(nb, [nw[0], nw[1].T, nw[2]])\n'
                                               '>>> if got in (0, 1, 2):\n'
                                               '...     raise Wrong(INDEX)\n'
                                               ">>> assert got == 3, 'find_wrong_layer did not return the wrong layer'\n",
                                       'hidden': False,
                                       'locked': False},
                                   {   'code': '>>> from book import Network\n'
                                               '>>> from book.grading.feedback import Wrong, call\n'
                                               '>>> net = Network([2, 3, 3, 2], seed=3)\n'
                                               '>>> X = np.array([[0.5, -1.0, 0.3], [1.0, 0.0, -0.7]])\n'
                                               '>>> Y = np.array([[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]])\n'
                                               '>>> nb, nw = net.backprop_batch(X, Y)\n'
                                               '>>> def ask(nabla_b, nabla_w):\n'
                                               '...     got = call(find_wrong_layer, [w.copy() for w in net.weights], [b.copy() for b in net.biases], X, Y, nabla_b, nabla_w)\n'
                                               "...     assert got is None or (isinstance(got, (int, np.integer)) and (not isinstance(got, bool))), 'find_wrong_layer should return a layer number l "
                                               "(an int) or None'\n"
                                               '...     return got\n'
                                               ">>> INDEX = 'Layers are numbered as in the text, from 2 (the layer of w² and b²) to L: return l, not a position in the lists.'\n"
                                               '>>> got = ask([nb[0], nb[1], -nb[2]], nw)\n'
                                               '>>> if got is None:\n'
                                               '...     raise Wrong("find_wrong_layer found nothing wrong, but a bias gradient was wrong: check the biases\' gradients as well as the weights\'.")\n'
                                               ">>> assert got == 4, 'find_wrong_layer did not return the wrong layer'\n"
                                               '>>> got = ask([1.5 * nb[0], 1.5 * nb[1], nb[2]], nw)\n'
                                               '>>> if got == 2:\n'
                                               "...     raise Wrong('You returned the wrong layer closest to the input: a bug in BP1 or BP2 at layer l spoils every layer before it too, so return the "
                                               "largest wrong l.')\n"
                                               ">>> assert got == 3, 'find_wrong_layer did not return the wrong layer closest to the output'\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
