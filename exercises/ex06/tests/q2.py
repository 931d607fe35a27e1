OK_FORMAT = True

test = {   'name': 'q2',
    'points': 2,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import Wrong, expect\n'
                                               '>>> from book.worked import worked_network\n'
                                               '>>> worked = worked_network()\n'
                                               '>>> error, w3 = ((worked.activations[2] - worked.y).ravel(), worked.net.weights[1])\n'
                                               '>>> sp2, sp3 = (worked.sigma_prime[0].ravel(), worked.sigma_prime[1].ravel())\n'
                                               '>>> x = worked.x.ravel()\n'
                                               '>>> right = error * sp3 * w3[:, 1] * sp2[1] * x[1]\n'
                                               '>>> near = np.asarray(paths) if isinstance(paths, (list, tuple, np.ndarray)) else np.zeros(0)\n'
                                               ">>> if near.shape == right.shape and near.dtype.kind in 'if' and np.allclose(near, right, rtol=0.006) and (not np.allclose(near, right, rtol=0.002, "
                                               'atol=1e-06)):\n'
                                               "...     raise Wrong('Your products are close but not within 0.2 %: keep four significant figures throughout (three are not enough here).')\n"
                                               ">>> expect(paths, right, 'your pair of path products', rtol=0.002, atol=1e-06, mistakes=[(error * sp3 * w3[:, 0] * sp2[1] * x[1], 'Your paths leave "
                                               "neuron 1 of layer 2; w²₂₂ feeds neuron 2, so the edges to the outputs are w³₁₂ and w³₂₂.'), (error * sp3 * w3[1, :] * sp2[1] * x[1], 'w³_mj joins "
                                               "neuron j of layer 2 to neuron m of layer 3: the path through output m uses w³_m2, a column of w³.'), (error * sp3 * w3[:, 1] * sp2[0] * x[1], 'Your "
                                               "paths use σ′(z²₁): w²₂₂ feeds neuron 2 of layer 2, so the first rate is σ′(z²₂) a¹₂.'), (error * sp3 * w3[:, 1] * sp2[1] * x[0], 'w²₂₂ multiplies the "
                                               "second input: the first rate is σ′(z²₂) a¹₂ with a¹₂ = x₂.'), (error * sp3 * w3[:, 1] * x[1], 'Your products miss σ′(z²₂): the first rate is "
                                               "∂a²₂/∂w²₂₂ = σ′(z²₂) a¹₂.'), (error * w3[:, 1] * sp2[1] * x[1], 'Your products miss σ′(z³_m): the edge into output neuron m has the rate σ′(z³_m) "
                                               "w³_m2.'), (-right, 'Your products have the wrong sign: ∂C/∂a³_m = a³_m − y_m.'), (right[::-1], 'Your two products are swapped: the one through output "
                                               "neuron 1 comes first.'), (np.array(right.sum()), 'Enter the two path products separately, not their sum.')])\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
