OK_FORMAT = True

test = {   'name': 'q5',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import expect\n'
                                               '>>> from book.worked import worked_network\n'
                                               '>>> worked = worked_network()\n'
                                               '>>> y_new = np.array([[0.0], [0.0]])\n'
                                               '>>> w3 = worked.net.weights[1]\n'
                                               '>>> sp2, sp3 = worked.sigma_prime\n'
                                               '>>> error_out = worked.activations[2] - y_new\n'
                                               '>>> d3 = error_out * sp3\n'
                                               '>>> nabla_b, _ = worked.net.backprop(worked.x, y_new)\n'
                                               '>>> d2 = nabla_b[0]\n'
                                               ">>> expect(delta_2, d2, 'your δ²', rtol=0.01, atol=0.0001, mistakes=[(w3 @ d3 * sp2, 'Your δ² uses w³ δ³: BP2 sends δ³ back through the transpose, "
                                               "(w³)ᵀ δ³.'), (w3.T @ d3, 'Your δ² has no σ′(z²) factor: BP2 multiplies (w³)ᵀ δ³ by σ′(z²).'), (w3.T @ d3 * sp3, 'Your δ² multiplies by σ′(z³): BP2 "
                                               "needs σ′ of layer 2, σ′(z²).'), (w3.T @ error_out * sp2, 'Your δ² skipped BP1: δ³ = (a³ − y) ⊙ σ′(z³) comes first.'), (-d2, 'Your δ² has the wrong "
                                               'sign: ∂C/∂a³ is a³ − y.\'), (worked.delta[0], "That is δ² for the chapters\' target (1, 0); this question\'s target is y = (0, 0).")])\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
