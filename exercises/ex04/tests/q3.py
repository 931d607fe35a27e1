OK_FORMAT = True

test = {   'name': 'q3',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import expect\n'
                                               '>>> from book.worked import worked_network\n'
                                               '>>> worked = worked_network()\n'
                                               '>>> a3, target = (worked.activations[2].ravel(), worked.y.ravel())\n'
                                               '>>> gain = a3 * (1 - a3)\n'
                                               '>>> nudge = np.array([0.02, -0.03])\n'
                                               '>>> on_z = np.sum((a3 - target) * gain * nudge)\n'
                                               '>>> on_a = np.sum((a3 - target) * nudge)\n'
                                               ">>> alone = 'Both demons act at once: to first order their effects add, one term per demon.'\n"
                                               ">>> expect(dC, [on_z, on_a], 'your ΔC', rtol=0.01, atol=1e-05, mistakes=[([on_a, on_a], 'Your (a) has no σ′(z³) factor: a nudge Δz of z³_j moves a³_j "
                                               "by about σ′(z³_j) Δz.'), ([on_z, on_z], 'Your (b) has a σ′ factor: a nudge of the activation reaches the cost without passing through σ.'), ([on_a, "
                                               "on_z], 'Your two numbers are swapped: (a) is for the demons at z³, (b) for the demons at a³.'), ([-on_z, -on_a], 'Your ΔC has the wrong sign: ∂C/∂a³_j "
                                               "= a³_j − y_j.'), ([2 * on_z, 2 * on_a], 'Your ΔC is twice too large: the derivative of ½(a − y)² is a − y.'), ((a3 - target)[:1] * nudge[:1] * "
                                               '[gain[0], 1], alone), ((a3 - target)[1:] * nudge[1:] * [gain[1], 1], alone)])\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
