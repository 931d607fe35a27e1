OK_FORMAT = True

test = {   'name': 'q4',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> from book import Network\n'
                                               '>>> from book.grading.feedback import Wrong, call, expect\n'
                                               ">>> SUP = str.maketrans('0123456789', '⁰¹²³⁴⁵⁶⁷⁸⁹')\n"
                                               ">>> sizes, seed, hint = ([3, 3, 3, 3], 9, '')\n"
                                               '>>> net = Network(sizes, seed=seed)\n'
                                               '>>> rng = np.random.default_rng(seed)\n'
                                               '>>> x, y = (rng.normal(size=(sizes[0], 1)), rng.uniform(size=(sizes[-1], 1)))\n'
                                               '>>> zs, acts = net.forward_pass(x)\n'
                                               '>>> gains = [a * (1 - a) for a in acts[1:]]\n'
                                               '>>> right = [acts[-1] - y]\n'
                                               '>>> for w, g in zip(reversed(net.weights), reversed(gains)):\n'
                                               '...     right.insert(0, w.T @ (g * right[0]))\n'
                                               '>>> got = call(activation_gradients, net.weights, net.biases, x, y, hint=hint)\n'
                                               '>>> L = len(sizes)\n'
                                               '>>> if not isinstance(got, (list, tuple)) or len(got) != L:\n'
                                               "...     raise Wrong(f'activation_gradients should return a list of {L} columns for {L} layers, from ∂C/∂a¹ (the input) to ∂C/∂a^L')\n"
                                               '>>> if L > 2 and all((np.shape(g) == r.shape and np.allclose(g, r) for g, r in zip(got, right[::-1]))):\n'
                                               '...     raise Wrong("Your list is in reverse order: it starts with ∂C/∂a¹, the input\'s gradient.")\n'
                                               ">>> expect(got[-1], right[-1], f'your ∂C/∂a{str(L).translate(SUP)} (the output layer)', mistakes=[(-right[-1], 'Your ∂C/∂a^L has the wrong sign: it is "
                                               "a^L − y.'), (right[-1] * gains[-1], 'Your ∂C/∂a^L has a σ′(z^L) factor: that is δ^L; the cost depends on a^L directly.')])\n"
                                               '>>> for l in range(L - 1, 0, -1):\n'
                                               '...     w, g, after = (net.weights[l - 1], gains[l - 1], right[l])\n'
                                               '...     s, t = (str(l).translate(SUP), str(l + 1).translate(SUP))\n'
                                               "...     mistakes = [(w.T @ after, f'Your ∂C/∂a{s} misses σ′(z{t}): each edge j → q has the rate σ′(z{t}_q) w{t}_qj.'), (-right[l - 1], f'Your ∂C/∂a{s} "
                                               "has the wrong sign.')]\n"
                                               '...     if l > 1:\n'
                                               "...         mistakes.append((right[l - 1] * gains[l - 2], f'Your ∂C/∂a{s} is δ{s} = ∂C/∂z{s}: the rates after neuron j start with the edge j → q, so "
                                               "σ′(z{s}) is not among them.'))\n"
                                               '...     if w.shape[0] == w.shape[1]:\n'
                                               "...         mistakes.append((w @ (g * after), f'Your ∂C/∂a{s} uses w{t} without its transpose: the edge j → q carries w{t}_qj, row q and column j.'))\n"
                                               '...     if l > 1 and gains[l - 2].shape == g.shape:\n'
                                               "...         mistakes.append((w.T @ (gains[l - 2] * after), f'Your ∂C/∂a{s} uses σ′(z{s}): the edge into neuron q of layer {l + 1} has the rate "
                                               "σ′(z{t}_q) w{t}_qj.'))\n"
                                               "...     expect(got[l - 1], right[l - 1], f'your ∂C/∂a{s}', mistakes=mistakes)\n",
                                       'hidden': False,
                                       'locked': False},
                                   {   'code': '>>> from book import Network\n'
                                               '>>> from book.grading.feedback import Wrong, call, expect\n'
                                               ">>> SUP = str.maketrans('0123456789', '⁰¹²³⁴⁵⁶⁷⁸⁹')\n"
                                               ">>> sizes, seed, hint = ([2, 3, 4, 2], 5, 'check the shapes: w^{l+1} and σ′(z^{l+1}) have one row per neuron of layer l + 1')\n"
                                               '>>> net = Network(sizes, seed=seed)\n'
                                               '>>> rng = np.random.default_rng(seed)\n'
                                               '>>> x, y = (rng.normal(size=(sizes[0], 1)), rng.uniform(size=(sizes[-1], 1)))\n'
                                               '>>> zs, acts = net.forward_pass(x)\n'
                                               '>>> gains = [a * (1 - a) for a in acts[1:]]\n'
                                               '>>> right = [acts[-1] - y]\n'
                                               '>>> for w, g in zip(reversed(net.weights), reversed(gains)):\n'
                                               '...     right.insert(0, w.T @ (g * right[0]))\n'
                                               '>>> got = call(activation_gradients, net.weights, net.biases, x, y, hint=hint)\n'
                                               '>>> L = len(sizes)\n'
                                               '>>> if not isinstance(got, (list, tuple)) or len(got) != L:\n'
                                               "...     raise Wrong(f'activation_gradients should return a list of {L} columns for {L} layers, from ∂C/∂a¹ (the input) to ∂C/∂a^L')\n"
                                               '>>> if L > 2 and all((np.shape(g) == r.shape and np.allclose(g, r) for g, r in zip(got, right[::-1]))):\n'
                                               '...     raise Wrong("Your list is in reverse order: it starts with ∂C/∂a¹, the input\'s gradient.")\n'
                                               ">>> expect(got[-1], right[-1], f'your ∂C/∂a{str(L).translate(SUP)} (the output layer)', mistakes=[(-right[-1], 'Your ∂C/∂a^L has the wrong sign: it is "
                                               "a^L − y.'), (right[-1] * gains[-1], 'Your ∂C/∂a^L has a σ′(z^L) factor: that is δ^L; the cost depends on a^L directly.')])\n"
                                               '>>> for l in range(L - 1, 0, -1):\n'
                                               '...     w, g, after = (net.weights[l - 1], gains[l - 1], right[l])\n'
                                               '...     s, t = (str(l).translate(SUP), str(l + 1).translate(SUP))\n'
                                               "...     mistakes = [(w.T @ after, f'Your ∂C/∂a{s} misses σ′(z{t}): each edge j → q has the rate σ′(z{t}_q) w{t}_qj.'), (-right[l - 1], f'Your ∂C/∂a{s} "
                                               "has the wrong sign.')]\n"
                                               '...     if l > 1:\n'
                                               "...         mistakes.append((right[l - 1] * gains[l - 2], f'Your ∂C/∂a{s} is δ{s} = ∂C/∂z{s}: the rates after neuron j start with the edge j → q, so "
                                               "σ′(z{s}) is not among them.'))\n"
                                               '...     if w.shape[0] == w.shape[1]:\n'
                                               "...         mistakes.append((w @ (g * after), f'Your ∂C/∂a{s} uses w{t} without its transpose: the edge j → q carries w{t}_qj, row q and column j.'))\n"
                                               '...     if l > 1 and gains[l - 2].shape == g.shape:\n'
                                               "...         mistakes.append((w.T @ (gains[l - 2] * after), f'Your ∂C/∂a{s} uses σ′(z{s}): the edge into neuron q of layer {l + 1} has the rate "
                                               "σ′(z{t}_q) w{t}_qj.'))\n"
                                               "...     expect(got[l - 1], right[l - 1], f'your ∂C/∂a{s}', mistakes=mistakes)\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
