OK_FORMAT = True

test = {   'name': 'q1',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> from book import Network\n'
                                               '>>> from book.grading.feedback import call, expect\n'
                                               ">>> net = Network([3, 5, 4, 2], activation='tanh', output_activation='sigmoid', seed=3)\n"
                                               '>>> rng = np.random.default_rng(3)\n'
                                               '>>> X, Y = (rng.normal(size=(3, 6)), rng.uniform(size=(2, 6)))\n'
                                               '>>> right = np.array([np.linalg.norm(g) for g in net.backprop_batch(X, Y)[0]])\n'
                                               ">>> prime = {'tanh': lambda a: 1 - a ** 2, 'sigmoid': lambda a: a * (1 - a), 'none': lambda a: 1}\n"
                                               '>>> variant = {}\n'
                                               ">>> for label, hidden, hidden_prime, output_prime, average in [('sigmoid σ′', 'tanh', 'sigmoid', 'sigmoid', 'mean'), ('sigmoid', 'sigmoid', 'sigmoid', "
                                               "'sigmoid', 'mean'), ('tanh′ out', 'tanh', 'tanh', 'tanh', 'mean'), ('no σ′ out', 'tanh', 'tanh', 'none', 'mean'), ('sum', 'tanh', 'tanh', 'sigmoid', "
                                               "'sum'), ('norms', 'tanh', 'tanh', 'sigmoid', 'norms'), ('rows', 'tanh', 'tanh', 'sigmoid', 'rows')]:\n"
                                               '...     acts = [X]\n'
                                               '...     for i, (w, b) in enumerate(zip(net.weights, net.biases)):\n'
                                               '...         z = w @ acts[-1] + b\n'
                                               '...         last = i == len(net.weights) - 1\n'
                                               "...         acts.append(1 / (1 + np.exp(-z)) if last or hidden == 'sigmoid' else np.tanh(z))\n"
                                               '...     delta = (acts[-1] - Y) * prime[output_prime](acts[-1])\n'
                                               '...     deltas = [delta]\n'
                                               '...     for i in range(len(net.weights) - 1, 0, -1):\n'
                                               '...         delta = net.weights[i].T @ delta * prime[hidden_prime](acts[i])\n'
                                               '...         deltas.insert(0, delta)\n'
                                               "...     variant[label] = np.array([np.linalg.norm(d, axis=0).mean() if average == 'norms' else np.linalg.norm(d.mean(axis=0) if average == 'rows' else "
                                               'getattr(d, average)(axis=1)) for d in deltas])\n'
                                               ">>> expect(call(bias_gradient_norms, net.weights, net.biases, X, Y, hint='BP2 sends δ^{l+1} back through (w^{l+1})ᵀ: check the shapes'), right, 'your "
                                               'array of norms\', mistakes=[(variant[\'sigmoid σ′\'], "Your hidden layers use the sigmoid\'s σ′ = a(1 − a); a tanh layer has tanh′ = 1 − a²."), '
                                               "(variant['sigmoid'], 'Your hidden layers compute σ; here they are tanh layers, and only the output layer is a sigmoid.'), (variant['tanh′ out'], 'Your "
                                               "output layer uses tanh′; it is a sigmoid layer, with σ′ = a(1 − a).'), (variant['no σ′ out'], 'Your output error has no σ′(z^L): with the quadratic "
                                               "cost, BP1 gives (a^L − y) ⊙ σ′(z^L).'), (variant['sum'], 'Your norms are m times too large: ∂C/∂b^l averages δ^l over the columns, since the cost is a "
                                               "mean.'), (variant['norms'], 'You averaged the norms of the columns of δ^l; take the norm of ∂C/∂b^l, the average of the columns.'), (variant['rows'], "
                                               "'You averaged over the neurons (axis 0); average δ^l over the examples, which are the columns (axis 1).'), (right[::-1], 'Your norms run from the "
                                               "output back; return layer 2 first.')])\n",
                                       'hidden': False,
                                       'locked': False},
                                   {   'code': '>>> from book import Network\n'
                                               '>>> from book.grading.feedback import call, expect\n'
                                               ">>> net = Network([2, 4, 3], activation='tanh', output_activation='sigmoid', seed=7)\n"
                                               '>>> rng = np.random.default_rng(7)\n'
                                               '>>> X, Y = (rng.normal(size=(2, 4)), rng.uniform(size=(3, 4)))\n'
                                               '>>> right = np.array([np.linalg.norm(g) for g in net.backprop_batch(X, Y)[0]])\n'
                                               ">>> expect(call(bias_gradient_norms, net.weights, net.biases, X, Y, hint='BP2 sends δ^{l+1} back through (w^{l+1})ᵀ: check the shapes'), right, 'your "
                                               "array of norms for a 2-4-3 network (one norm per layer l = 2, …, L)')\n",
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
