OK_FORMAT = True

test = {   'name': 'q1',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import expect\n'
                                               '>>> from book.worked import worked_network\n'
                                               '>>> worked = worked_network()\n'
                                               '>>> w3, x = (worked.net.weights[1], worked.x)\n'
                                               '>>> a2, error_out = (worked.activations[1], worked.activations[2] - worked.y)\n'
                                               '>>> sp2, sp3 = worked.sigma_prime\n'
                                               '>>> d3 = error_out\n'
                                               '>>> d2 = w3.T @ d3 * sp2\n'
                                               '>>> expect(dC_dw2, d2 @ x.T, \'your ∂C/∂w²\', rtol=0.01, atol=0.0001, mistakes=[(worked.nabla_w[0], "Your ∂C/∂w² starts from the quadratic cost\'s δ³ '
                                               '= (a³ − y) ⊙ σ′(z³): for the cross-entropy cost BP1 gives δ³ = a³ − y, with no σ′ factor."), (w3 @ d3 * sp2 @ x.T, \'Your δ² uses w³ δ³: BP2 sends δ³ '
                                               "back through the transpose, (w³)ᵀ δ³.'), (w3.T @ d3 @ x.T, 'Your δ² has no σ′(z²) factor: BP2 multiplies (w³)ᵀ δ³ by σ′(z²).'), (w3.T @ d3 * sp3 @ "
                                               "x.T, 'Your δ² multiplies by σ′(z³): BP2 needs σ′ of layer 2, σ′(z²).'), (x @ d2.T, 'Your ∂C/∂w² is transposed: BP4 puts δ²_j x_k in row j, column "
                                               "k.'), (d2 @ a2.T, 'Your ∂C/∂w² uses a²: BP4 multiplies δ² by the activations that w² acts on, the input x.'), (-(d2 @ x.T), 'Your ∂C/∂w² has the wrong "
                                               "sign: ∂C/∂a³ leads to a³ − y, not y − a³.'), (worked.net.weights[0] - 0.5 * d2 @ x.T, 'Those look like new weights: enter the gradient ∂C/∂w² "
                                               "itself.')])\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
