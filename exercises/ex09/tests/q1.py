OK_FORMAT = True

test = {   'name': 'q1',
    'points': 3,
    'suites': [   {   'cases': [   {   'code': '>>> from book.grading.feedback import call, expect_number\n'
                                               '>>> sizes = [5, 6, 3, 2]\n'
                                               '>>> W = [n_out * n_in for n_in, n_out in zip(sizes[:-1], sizes[1:])]\n'
                                               '>>> F = sum(W)\n'
                                               ">>> cases = [(0, 'your count with nothing frozen', F + sum(W) + sum(W[1:]), [(F + 2 * sum(W), 'Your count runs BP2 down into the input layer: there is "
                                               'no δ¹ to compute, so (w²)ᵀ δ² is never formed.\'), (F + sum(W[1:]), "Your count is short by one product per layer: count both the forward pass\'s w a '
                                               'and BP4\'s δ aᵀ."), (F + sum(W), "Your count leaves out BP2: each hidden layer\'s δ comes from (w^{l+1})ᵀ δ^{l+1}."), (F + sum(W) + sum(W[1:]) + '
                                               "sum(sizes[1:]), 'Your count includes the biases: adding b^l is not a multiplication.')]), (1, 'your count with w² frozen', F + sum(W[1:]) + "
                                               "sum(W[2:]), [(F + sum(W) + sum(W[1:]), 'Your count ignores the frozen layers: it is the count with nothing frozen.'), (F + sum(W[1:]) + sum(W[1:]), "
                                               '\'Your count computes δ for a frozen layer: BP2 need not go below the lowest trained layer.\'), (F + sum(W) + sum(W[2:]), "Your count forms BP4\'s δ '
                                               'aᵀ for a frozen layer, whose gradient is not needed."), (F + sum(W[2:]), "Your count is short by one product per trained layer: BP4\'s δ aᵀ gives each '
                                               'trained layer its weight gradient."), (sum(W[1:]) + sum(W[1:]) + sum(W[2:]), \'Your count skips the forward pass through the frozen layers: their '
                                               "activations are still computed, since a^{f+1} feeds the first trained layer.'), (sum(W[1:]) + sum(W[2:]), 'Your count leaves out the forward pass, "
                                               "which backpropagation needs first.')])]\n"
                                               '>>> for frozen, what, right, mistakes in cases:\n'
                                               '...     expect_number(call(gradient_multiplications, sizes, frozen), right, what, mistakes=mistakes, rtol=0, atol=0.5)\n',
                                       'hidden': False,
                                       'locked': False}],
                      'scored': True,
                      'setup': '',
                      'teardown': '',
                      'type': 'doctest'}]}
