OK_FORMAT = True

test = {   'name': 'q1',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import expect\n'
                                               '>>> from book.worked import worked_network\n'
                                               '>>> worked = worked_network()\n'
                                               '>>> w3, x = (worked.net.weights[1], worked.x)\n'
                                               '>>> a2, error_out = (worked.activations[1], worked.activations[2] - worked.y)\n'
                                               '>>> gradient = error_out @ a2.T\n'
                                               '>>> expect(w3_new, w3 - 0.5 * gradient, \'your new w³\', rtol=0.01, atol=0.001, mistakes=[(w3 - 0.5 * worked.nabla_w[1], "Your step uses the quadratic '
                                               'cost\'s δ³ = (a³ − y) ⊙ σ′(z³): for the cross-entropy cost BP1 gives δ³ = a³ − y, with no σ′ factor."), (w3 - 0.5 * a2 @ error_out.T, \'Your ∂C/∂w³ is '
                                               "transposed: BP4 puts δ³_j a²_k in row j, column k.'), (w3 + 0.5 * gradient, 'Your step goes uphill: gradient descent subtracts η ∂C/∂w³ from w³.'), "
                                               "(w3 - gradient, 'Your step leaves out the learning rate η = 0.5.'), (w3 - 0.5 * error_out @ x.T, 'Your ∂C/∂w³ uses the input x: BP4 multiplies δ³ by "
                                               "the activations a² that w³ acts on.'), (-0.5 * gradient, 'That is the change −η ∂C/∂w³ alone: add it to w³ for the new weights.'), (gradient, 'That is "
                                               "∂C/∂w³; the question asks for w³ after the step.')])\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
