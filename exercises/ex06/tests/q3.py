OK_FORMAT = True

test = {   'name': 'q3',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import Wrong, call, expect_number\n'
                                               '>>> sizes = [3, 4, 5, 2]\n'
                                               '>>> prods = [sizes[l] * sizes[l - 1] for l in range(1, len(sizes))]\n'
                                               '>>> params = [sizes[l] * (sizes[l - 1] + 1) for l in range(1, len(sizes))]\n'
                                               '>>> later = [sum(prods[i + 1:]) for i in range(len(prods))]\n'
                                               '>>> F = sum(prods)\n'
                                               '>>> forward = sum((p * t for p, t in zip(params, later)))\n'
                                               '>>> reverse = F + sum(prods[1:])\n'
                                               ">>> both = 'Leave out the ordinary forward pass: both modes need it first, and these counts leave it out.'\n"
                                               '>>> got = call(mode_counts, sizes)\n'
                                               '>>> if not (isinstance(got, (tuple, list, np.ndarray)) and len(got) == 2):\n'
                                               "...     raise Wrong('mode_counts should return a pair (forward, reverse) of two numbers')\n"
                                               ">>> expect_number(got[0], forward, f'your forward-mode count for {sizes}', mistakes=[(forward + F, both), (forward + sum(params) * sizes[-1], 'Leave "
                                               "out the final dot product with ∇ₐC, as the question says.'), (sum((pr * t for pr, t in zip(prods, later))), 'Biases are parameters too: each needs its "
                                               "own tangent pass.'), (sum((p * (t + pr) for p, t, pr in zip(params, later, prods))), 'A tangent pass for a parameter of layer l starts at z^l and "
                                               "multiplies by w^{l+1}, …, w^L only, not by w^l.'), (sum((sizes[i + 1] * t for i, t in enumerate(later))), 'Forward mode runs one tangent pass per "
                                               "parameter (each weight and each bias), not one per neuron.'), (sum((p * (t - prods[-1]) for p, t in zip(params[:-1], later[:-1]))), 'Each tangent pass "
                                               "runs through every later layer, up to and including w^L.')])\n"
                                               ">>> expect_number(got[1], reverse, f'your reverse-mode count for {sizes}', mistakes=[(reverse + F, both), (2 * F, 'No error is sent back through w²: "
                                               "layer 1 has no δ, so BP2 runs for l = L − 1, …, 2 only.'), (F, 'Your count is one product per weight of every layer: count BP4 in every layer and BP2 "
                                               "from w³ on.'), (sum(prods[1:]), 'Count BP4 too: the outer product δ^l (a^{l−1})ᵀ costs one multiplication per weight of w^l.')])\n",
                                       'hidden': False,
                                       'locked': False},
                                   {   'code': '>>> from book.grading.feedback import Wrong, call, expect_number\n'
                                               '>>> sizes = [5, 2, 4, 3, 2]\n'
                                               '>>> prods = [sizes[l] * sizes[l - 1] for l in range(1, len(sizes))]\n'
                                               '>>> params = [sizes[l] * (sizes[l - 1] + 1) for l in range(1, len(sizes))]\n'
                                               '>>> later = [sum(prods[i + 1:]) for i in range(len(prods))]\n'
                                               '>>> F = sum(prods)\n'
                                               '>>> forward = sum((p * t for p, t in zip(params, later)))\n'
                                               '>>> reverse = F + sum(prods[1:])\n'
                                               ">>> both = 'Leave out the ordinary forward pass: both modes need it first, and these counts leave it out.'\n"
                                               '>>> got = call(mode_counts, sizes)\n'
                                               '>>> if not (isinstance(got, (tuple, list, np.ndarray)) and len(got) == 2):\n'
                                               "...     raise Wrong('mode_counts should return a pair (forward, reverse) of two numbers')\n"
                                               ">>> expect_number(got[0], forward, f'your forward-mode count for {sizes}', mistakes=[(forward + F, both), (forward + sum(params) * sizes[-1], 'Leave "
                                               "out the final dot product with ∇ₐC, as the question says.'), (sum((pr * t for pr, t in zip(prods, later))), 'Biases are parameters too: each needs its "
                                               "own tangent pass.'), (sum((p * (t + pr) for p, t, pr in zip(params, later, prods))), 'A tangent pass for a parameter of layer l starts at z^l and "
                                               "multiplies by w^{l+1}, …, w^L only, not by w^l.'), (sum((sizes[i + 1] * t for i, t in enumerate(later))), 'Forward mode runs one tangent pass per "
                                               "parameter (each weight and each bias), not one per neuron.'), (sum((p * (t - prods[-1]) for p, t in zip(params[:-1], later[:-1]))), 'Each tangent pass "
                                               "runs through every later layer, up to and including w^L.')])\n"
                                               ">>> expect_number(got[1], reverse, f'your reverse-mode count for {sizes}', mistakes=[(reverse + F, both), (2 * F, 'No error is sent back through w²: "
                                               "layer 1 has no δ, so BP2 runs for l = L − 1, …, 2 only.'), (F, 'Your count is one product per weight of every layer: count BP4 in every layer and BP2 "
                                               "from w³ on.'), (sum(prods[1:]), 'Count BP4 too: the outer product δ^l (a^{l−1})ᵀ costs one multiplication per weight of w^l.')])\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
