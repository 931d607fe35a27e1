OK_FORMAT = True

test = {   'name': 'q3',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import expect_number\n'
                                               '>>> from book.worked import worked_network\n'
                                               '>>> worked = worked_network()\n'
                                               '>>> w3, b3, a2, y = (worked.net.weights[1], worked.net.biases[1], worked.activations[1], worked.y)\n'
                                               '>>> cost = lambda j, k, step: 0.5 * float(np.sum((1 / (1 + np.exp(-((w3 + step * np.eye(2)[:, [j]] @ np.eye(2)[[k], :]) @ a2 + b3))) - y) ** 2))\n'
                                               '>>> h = 0.5\n'
                                               '>>> right = (cost(0, 1, h) - cost(0, 1, 0)) / h\n'
                                               ">>> close = 'That is the exact derivative δ³₁ a²₂ of BP4, or a centered difference close to it; the question asks for the forward difference (C(w + h) "
                                               "− C(w))/h with h = 0.5.'\n"
                                               ">>> expect_number(forward_difference, right, 'your estimate', rtol=0.01, atol=0, mistakes=[(worked.nabla_w[1][0, 1], close), ((cost(0, 1, h) - cost(0, "
                                               "1, -h)) / (2 * h), close), ((cost(0, 0, h) - cost(0, 0, 0)) / h, 'You moved w³₁₁: w³₁₂ is in row 1 (into neuron 1 of layer 3) and column 2 (from "
                                               "neuron 2 of layer 2).'), ((cost(1, 0, h) - cost(1, 0, 0)) / h, 'You moved w³₂₁: w³₁₂ is in row 1 (into neuron 1 of layer 3) and column 2 (from neuron "
                                               "2 of layer 2).'), ((cost(0, 1, h / a2[1, 0]) - cost(0, 1, 0)) / h, 'You moved z³₁ by h; moving w³₁₂ by h moves z³₁ by h a²₂.'), (right * h, 'Your "
                                               "estimate is the change of the cost itself (or that change divided by 2h): a forward difference divides it by h.'), (-right, 'Your estimate has the "
                                               "wrong sign: it is C(w + h) − C(w), divided by h.')])\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
