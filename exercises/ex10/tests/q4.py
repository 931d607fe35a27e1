OK_FORMAT = True

test = {   'name': 'q4',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import expect\n'
                                               '>>> from book.worked import worked_network\n'
                                               '>>> worked = worked_network()\n'
                                               '>>> x, a2, a3, y = (worked.x, worked.activations[1], worked.activations[2], worked.y)\n'
                                               '>>> sp3 = worked.sigma_prime[1]\n'
                                               '>>> right = (a3 - y) @ a2.T\n'
                                               '>>> if dC_dw3 is not ...:\n'
                                               "...     assert np.shape(dC_dw3) == (2, 2), '∂C/∂w³ is a 2 × 2 array: a row per neuron of layer 3, a column per neuron of layer 2'\n"
                                               ">>> expect(dC_dw3, right, 'your ∂C/∂w³', rtol=0.01, atol=0.0001, mistakes=[(worked.nabla_w[1], 'That is ∂C/∂w³ for the quadratic cost: with the "
                                               "cross-entropy, BP1 gives δ³ without σ′(z³).'), (a2 @ (a3 - y).T, 'Your matrix is transposed: ∂C/∂w³_jk = δ³_j a²_k belongs in row j, column k.'), ((a3 "
                                               "- y) @ x.T, 'BP4 multiplies δ³ by the activations that feed layer 3, a², not by the input x.'), ((a3 - y) / sp3 @ a2.T, 'Your δ³ is divided by σ′(z³): "
                                               "BP1 multiplies ∂C/∂a³, which has σ′(z³) in its denominator, by σ′(z³).'), (-right, 'Your ∂C/∂w³ has the wrong sign: δ³ = a³ − y.')])\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
