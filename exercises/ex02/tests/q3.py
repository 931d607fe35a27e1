OK_FORMAT = True

test = {   'name': 'q3',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import expect\n'
                                               '>>> from book.worked import worked_network\n'
                                               '>>> worked = worked_network()\n'
                                               '>>> w3 = worked.net.weights[1]\n'
                                               '>>> gain2, gain3 = worked.sigma_prime\n'
                                               '>>> target = np.array([[0.0], [1.0]])\n'
                                               '>>> d3 = (worked.activations[2] - target) * gain3\n'
                                               '>>> right = w3.T @ d3\n'
                                               '>>> expect(dC_da2, right, \'your ∂C/∂a²\', rtol=0.005, atol=0.0001, mistakes=[(w3.T @ worked.delta[1], "Those are the red numbers of the chapter\'s '
                                               'figure, for the target (1, 0); this question\'s target is (0, 1), so ∂C/∂a³ = a³ − y changes."), (w3 @ d3, \'Your numbers send δ³ back through the '
                                               "rows of w³: the wire from a²_k to neuron j of layer 3 carries w³_jk, so a²_k collects the entries of column k of w³.'), (w3.T @ (worked.activations[2] "
                                               "- target), 'Your numbers skip the σ nodes of layer 3: each multiplies the gradient by its gain σ′(z³_j).'), (right * gain2, 'You went one node too "
                                               "far: multiplying by σ′(z²) gives the red numbers on z² (δ²), not on the outputs a² of the σ nodes.'), (np.diag(w3).reshape(2, 1) * d3, 'Each a²_k "
                                               "feeds both neurons of layer 3: add the shares of its two wires.'), (-right, 'Your numbers have the wrong sign: ∂C/∂a³ = a³ − y, with the new y.')])\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
