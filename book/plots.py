"""Figures that recur through the book, drawn in one house style."""

import matplotlib.pyplot as plt
from matplotlib.patches import Circle

STYLE = {
    "figure.dpi": 110,
    "font.size": 11,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
}
NEURON = "#f5f5f5"
EDGE = "#9a9a9a"
ACCENT = "#c0392b"
GAIN = "#1f5fa0"      # the σ′ gains of the backward view


def draw_network(sizes, ax=None, highlight=None, label_weights=True):
    """Draw a fully connected network with Nielsen's labels.

    Neuron j of layer l is drawn at column l (the input layer is l = 1),
    row j counted from the top, and carries its activation a_j^l and, from
    layer 2 on, its bias b_j^l. Every connection is labelled with its weight
    w_jk^l — j the neuron it enters, k the neuron it leaves. ``highlight``
    = (l, j, k) draws that one connection in the accent colour.
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(2.8 * len(sizes), 1.3 * max(sizes) + 1))
    radius, dx, dy = 0.2, 2.6, 1.3  # neuron size, spacing of layers and of neurons
    top = dy * (max(sizes) - 1) / 2

    def centre(l, j):  # layer l ≥ 1, neuron j ≥ 1
        return dx * (l - 1), top - dy * (j - 1) - dy * (max(sizes) - sizes[l - 1]) / 2

    for l in range(2, len(sizes) + 1):
        for j in range(1, sizes[l - 1] + 1):
            for k in range(1, sizes[l - 2] + 1):
                (x0, y0), (x1, y1) = centre(l - 1, k), centre(l, j)
                hot = highlight == (l, j, k)
                ax.plot([x0, x1], [y0, y1], color=ACCENT if hot else EDGE,
                        lw=2.2 if hot else 0.9, zorder=1)
                if label_weights or hot:
                    t = 0.75  # near the neuron the weight feeds, so labels of one neuron fan out
                    ax.text(x0 + t * (x1 - x0), y0 + t * (y1 - y0) + 0.07,
                            rf"$w^{{{l}}}_{{{j}{k}}}$", fontsize=9, ha="center",
                            color=ACCENT if hot else "black", zorder=3,
                            bbox=dict(boxstyle="round,pad=0.1", fc="white", ec="none", alpha=0.8))
    for l, n in enumerate(sizes, start=1):
        for j in range(1, n + 1):
            x, y = centre(l, j)
            ax.add_patch(Circle((x, y), radius, fc=NEURON, ec="black", lw=1.2, zorder=2))
            ax.text(x, y, rf"$a^{{{l}}}_{{{j}}}$", ha="center", va="center", fontsize=9, zorder=4)
            if l > 1:
                ax.text(x, y - radius - 0.05, rf"$b^{{{l}}}_{{{j}}}$", ha="center", va="top",
                        fontsize=8, color="#555555", zorder=4)
        ax.text(centre(l, 1)[0], top + 0.55, f"layer {l}", ha="center", fontsize=10)
    ax.set_xlim(-0.5, dx * (len(sizes) - 1) + 0.5)
    ax.set_ylim(-top - 0.6, top + 0.8)
    ax.set_aspect("equal")
    ax.axis("off")
    return ax


def draw_computational_graph(positions, edges, ax=None, fontsize=11, radius=0.34, offset=0.26):
    """Draw a computational graph with forward values on one side of each edge, gradients on the other.

    ``positions`` maps a node's label (e.g. ``"×"``) to its (x, y) centre.
    ``edges`` is a list of (source, target, value, gradient): the edge carries
    ``value`` forward (black, above or left of the arrow) and ``gradient``,
    ∂L/∂value, backward (accent colour, below or right). A source or target
    that is not a label is a point (x, y): an input arriving or the output leaving.
    An edge may end with a dict of options: ``name`` (written at a source point: the
    input's name), ``at`` (where along the edge its numbers sit, 0.5 = the middle) and
    ``hot`` (draw the edge in the accent colour).
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 3.6))
    for label, (x, y) in positions.items():
        ax.add_patch(Circle((x, y), radius, fc=NEURON, ec="black", lw=1.2, zorder=2))
        text = label.strip()
        ax.text(x, y, text, ha="center", va="center", zorder=3,
                fontsize=fontsize + 3 if len(text) <= 2 else fontsize - 1)
    points = list(positions.values())
    for source, target, value, gradient, *extra in edges:
        options = extra[0] if extra else {}
        (x0, y0), (x1, y1) = (positions.get(end, end) for end in (source, target))
        points += [(x0, y0), (x1, y1)]
        length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
        ux, uy = (x1 - x0) / length, (y1 - y0) / length
        gap0 = radius + 0.02 if source in positions else 0.0
        gap1 = radius + 0.02 if target in positions else 0.0
        colour = ACCENT if options.get("hot") else "black"
        ax.annotate("", xy=(x1 - gap1 * ux, y1 - gap1 * uy), xytext=(x0 + gap0 * ux, y0 + gap0 * uy),
                    arrowprops=dict(arrowstyle="-|>", color=colour,
                                    lw=2.2 if options.get("hot") else 1.0), zorder=1)
        t = options.get("at", 0.5)
        mx = (1 - t) * (x0 + gap0 * ux) + t * (x1 - gap1 * ux)
        my = (1 - t) * (y0 + gap0 * uy) + t * (y1 - gap1 * uy)
        nx, ny = -uy, ux                                  # the normal, pointing left of the arrow
        box = dict(boxstyle="round,pad=0.05", fc="white", ec="none", alpha=0.85)
        for side, text, colour in ((1, value, "black"), (-1, gradient, ACCENT)):
            ax.text(mx + side * offset * nx, my + side * offset * ny, text, fontsize=fontsize,
                    color=colour, bbox=box, zorder=4, **_away(side * nx, side * ny))
        if "name" in options:
            ax.text(x0 - 0.12 * ux, y0 - 0.12 * uy, options["name"], fontsize=fontsize + 1,
                    ha="right" if ux > 0.3 else ("left" if ux < -0.3 else "center"),
                    va="top" if uy > 0.3 else ("bottom" if uy < -0.3 else "center"))
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    ax.set_xlim(min(xs) - 0.5, max(xs) + 0.5)
    ax.set_ylim(min(ys) - 0.6, max(ys) + 0.6)
    ax.set_aspect("equal")
    ax.axis("off")
    return ax


def _away(nx, ny):
    """Text alignment that keeps a label on the side (nx, ny) of its anchor point."""
    return {"ha": "left" if nx > 0.5 else "right" if nx < -0.5 else "center",
            "va": "bottom" if ny > 0.5 else "top" if ny < -0.5 else "center"}


def draw_worked_graph(graph, ax=None, digits=3, hot=()):
    """Draw the running example as a computational graph (``book.worked.worked_graph``).

    Every wire carries its value (black) and, under it, the derivative of the cost with
    respect to that value (red), CS231n-style: one × node per weight, one + node per
    neuron adding the two products and the bias, one σ node per neuron, then
    e = a³ − y and C = ½(e₁² + e₂²). ``hot`` names weights (``"w3_21"``) whose wires
    into their × node are drawn in the accent colour. Every number drawn is a node's
    ``data`` or ``grad``, written by ``number``.
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(15, 7))
    sub = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
    sup = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
    val = lambda name: number(float(graph[name].data), digits)    # noqa: E731
    grad = lambda name: number(float(graph[name].grad), digits)   # noqa: E731
    x_mul, x_add, x_sig, step = 1.9, 3.9, 5.4, 6.2                # columns; layer 3 is `step` on
    # the × of w_jk in rows grouped by the input k, so the inputs' wires never cross
    y_mul = {(1, 1): 5.0, (2, 1): 2.6, (1, 2): -1.6, (2, 2): -4.0}
    y_neuron = {1: 3.0, 2: -2.0}                                  # + and σ of neuron j
    side = {1: 1, 2: -1}                   # neuron 1's leaves come from above, neuron 2's below
    sup_ = lambda n: str(n).translate(sup)                        # noqa: E731
    sub_ = lambda n: str(n).translate(sub)                        # noqa: E731
    positions, edges = {}, []
    for l, shift in ((2, 0.0), (3, step)):
        for j in (1, 2):
            add_, sig = f"+{' ' * (2 * l + j)}", f"σ{' ' * (2 * l + j)}"
            positions[add_] = (x_add + shift, y_neuron[j])
            positions[sig] = (x_sig + shift, y_neuron[j])
            for k in (1, 2):
                mul_ = f"×{' ' * (4 * l + 2 * j + k)}"
                x0, y0 = x_mul + shift, y_mul[(j, k)]
                positions[mul_] = (x0, y0)
                w, m = f"w{l}_{j}{k}", f"m{l}_{j}{k}"
                edges.append(((x0 - 0.9, y0 + side[j] * 1.0), mul_, val(w), grad(w),
                              {"name": f"w{sup_(l)}{sub_(j)}{sub_(k)}", "hot": w in hot,
                               "at": 0.45}))
                # the input's wire carries ∂C/∂(product) · w: this wire's share of ∂C/∂a
                share = number(float(graph[m].grad) * float(graph[w].data), digits)
                if l == 2:
                    source = (0.0, (y_mul[(1, k)] + y_mul[(2, k)]) / 2)
                    options = {"hot": w in hot, "at": 0.4}
                    if j == 1:                                  # one name per input
                        options["name"] = f"x{sub_(k)}"
                    edges.append((source, mul_, val(f"x{k}"), share, options))
                else:
                    edges.append((f"σ{' ' * (4 + k)}", mul_, val(f"a2_{k}"), share,
                                  {"hot": w in hot, "at": 0.4}))
                # the products of w_21 and w_12 cross on their way to the + nodes: their
                # numbers go near the + node, past the crossing, so each sits on its own wire
                edges.append((mul_, add_, val(m), grad(m),
                              {"hot": w in hot, "at": 0.55 if (j, k) in ((1, 1), (2, 2))
                               else 0.8}))
            b = f"b{l}_{j}"
            edges.append(((x_add + shift + 0.7, y_neuron[j] + side[j] * 1.6), add_, val(b),
                          grad(b), {"name": f"b{sup_(l)}{sub_(j)}", "at": 0.12}))
            edges.append((add_, sig, val(f"z{l}_{j}"), grad(f"z{l}_{j}")))
    x_e, x_c = x_sig + step + 1.7, x_sig + step + 3.4
    positions["½Σe²"] = (x_c, sum(y_neuron.values()) / 2)
    for j in (1, 2):
        plus = f"+{' ' * (20 + j)}"
        positions[plus] = (x_e, y_neuron[j])
        edges.append((f"σ{' ' * (2 * 3 + j)}", plus, val(f"a3_{j}"), grad(f"a3_{j}")))
        edges.append(((x_e, y_neuron[j] + side[j] * 1.6), plus, val(f"-y{j}"), grad(f"-y{j}"),
                      {"name": f"−y{sub_(j)}", "at": 0.4}))
        edges.append((plus, "½Σe²", val(f"e{j}"), grad(f"e{j}")))
    edges.append(("½Σe²", (x_c + 1.5, positions["½Σe²"][1]), val("C"), grad("C"),
                  {"at": 0.55}))
    top = max(y for _, y in positions.values()) + 1.9
    for x, heading in ((x_add, "layer 2"), (x_add + step, "layer 3"), (x_e + 0.85, "cost")):
        ax.text(x, top, heading, ha="center", fontsize=11)
    draw_computational_graph(positions, edges, ax=ax, fontsize=9, radius=0.34, offset=0.2)
    ax.set_ylim(ax.get_ylim()[0], top + 0.5)
    return ax


def plot_sigmoid(ax=None, z_max=8.0, saturated_below=0.01):
    """σ and σ′ on one axis, with the saturated regions (σ′ < ``saturated_below``) shaded.

    Returns the axis and the |z| beyond which σ′ falls below the threshold.
    """
    import numpy as np

    from book.activations import sigmoid, sigmoid_prime

    if ax is None:
        _, ax = plt.subplots(figsize=(6.5, 3.8))
    with plt.rc_context(STYLE):
        z = np.linspace(-z_max, z_max, 801)
        # σ′ = s(1 − s) = t  ⇔  s = (1 + √(1 − 4t)) / 2, and z = ln(s / (1 − s))
        s = (1 + np.sqrt(1 - 4 * saturated_below)) / 2
        edge = float(np.log(s / (1 - s)))
        for lo, hi in ((-z_max, -edge), (edge, z_max)):
            ax.axvspan(lo, hi, color=ACCENT, alpha=0.08, lw=0)
        ax.plot(z, sigmoid(z), label=r"$\sigma(z)$")
        ax.plot(z, sigmoid_prime(z), label=r"$\sigma'(z)$")
        ax.axhline(0.25, color="gray", lw=0.8, ls=":")
        ax.text(-z_max + 0.3, 0.5, f"saturated:\n$\\sigma' < {saturated_below:g}$",
                color=ACCENT, fontsize=9, va="center")
        ax.set_xlabel("$z$")
        ax.set_ylabel("value")
        ax.set_xlim(-z_max, z_max)
        ax.legend(loc="center right")
        ax.grid(True, alpha=0.3)
    return ax, edge


def plot_curves(ax, curves, xlabel, ylabel, log=False):
    """Several named curves (``{label: (x, y)}``) on one labelled axis, in the house style."""
    with plt.rc_context(STYLE):
        for label, (x, y) in curves.items():
            ax.plot(x, y, label=label)
        if log:
            ax.set_yscale("log")
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
        ax.legend(fontsize=9)
        ax.grid(True, alpha=0.3)
    return ax


def plot_layer_norms(ax, norms, title=None):
    """Per-layer gradient norms, one line per network: ``{label: [‖δ^2‖, ‖δ^3‖, …]}``, log axis."""
    with plt.rc_context(STYLE):
        for label, values in norms.items():
            ax.semilogy(range(2, 2 + len(values)), values, marker="o", ms=3, label=label)
        ax.set_xlabel("layer $l$")
        ax.set_ylabel(r"$\|\partial C / \partial b^l\|$")
        if title:
            ax.set_title(title)
        ax.legend(fontsize=8)
        ax.grid(True, alpha=0.3)
    return ax


def number(value, digits=3):
    """How the worked network's figures write a number: ``digits`` significant figures,
    trailing zeros kept (0.240, not 0.24) — except for a number given with few digits, such
    as a weight 0.5 or an input 1, which is written as given."""
    value = float(value) + 0.0                  # + 0.0: −0.0 is written 0
    if abs(value - round(value, 3)) < 1e-12:
        return f"{value:.{digits}g}"
    return f"{value:#.{digits}g}"


def draw_worked_network(worked, view="forward", ax=None, path=(), digits=3, marks=None):
    """Draw the running example (``book.worked``) with its numbers on it.

    ``view="forward"``: each neuron shows its weighted input z and activation a, each
    connection its weight w, the output layer its target y and the cost C.
    ``view="backward"``: each neuron of layers 2 and 3 shows its error δ and, under it,
    the gain σ′(z) (at most ¼) by which the sum arriving from the next layer was multiplied
    to give that δ; each connection shows the gradient ∂C/∂w of its weight (the weights
    the backward pass uses are those of the forward view). ``path`` lists connections (l, j, k) to draw in the
    accent colour. ``marks`` maps a neuron (l, j) to a short note drawn under it, and rings that
    neuron in the accent colour (the demon's neuron, say). Every number drawn is
    ``worked``'s, written by ``number``.
    """
    if view not in ("forward", "backward"):
        raise ValueError(f"view must be 'forward' or 'backward'; got {view!r}")
    sizes = list(worked.net.sizes)
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 4.4))
    radius, dx, dy = 0.5, 3.4, 2.0
    top = dy * (max(sizes) - 1) / 2
    fmt = lambda v: number(v, digits)   # noqa: E731

    def centre(l, j):
        return dx * (l - 1), top - dy * (j - 1) - dy * (max(sizes) - sizes[l - 1]) / 2

    hot_edges = set(path)
    for l in range(2, len(sizes) + 1):
        for j in range(1, sizes[l - 1] + 1):
            for k in range(1, sizes[l - 2] + 1):
                (x0, y0), (x1, y1) = centre(l - 1, k), centre(l, j)
                hot = (l, j, k) in hot_edges
                ax.plot([x0, x1], [y0, y1], color=ACCENT if hot else EDGE,
                        lw=2.4 if hot else 1.0, zorder=1)
                label = (fmt(worked.value("w", l, j, k)) if view == "forward"
                         else fmt(worked.value("dw", l, j, k)))
                t = 0.5 if j == k else 0.3   # keep the labels of crossing edges apart
                ax.text(x0 + t * (x1 - x0), y0 + t * (y1 - y0), label, fontsize=9,
                        ha="center", va="center", color=ACCENT if hot else "black", zorder=3,
                        bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none", alpha=0.9))
    for l, n in enumerate(sizes, start=1):
        for j in range(1, n + 1):
            x, y = centre(l, j)
            marked = marks is not None and (l, j) in marks
            ax.add_patch(Circle((x, y), radius, fc=NEURON, ec=ACCENT if marked else "black",
                                lw=2.6 if marked else 1.2, zorder=2))
            if marked:
                ax.text(x, y - radius - 0.42, marks[(l, j)], ha="center", va="top",
                        fontsize=8.5, color=ACCENT, zorder=5,
                        bbox=dict(boxstyle="round,pad=0.2", fc="white", ec=ACCENT, alpha=0.95))
            if view == "forward":
                lines = [f"a={fmt(worked.value('a', l, j))}"]
                if l > 1:
                    lines.insert(0, f"z={fmt(worked.value('z', l, j))}")
            else:
                lines = ([f"δ={fmt(worked.value('delta', l, j))}"] if l > 1
                         else [f"a={fmt(worked.value('a', l, j))}"])   # the a_in of BP4
            ax.text(x, y, "\n".join(lines), ha="center", va="center", fontsize=8.5, zorder=4)
            if view == "backward" and l > 1:
                ax.text(x, y - radius - 0.08, f"σ′={fmt(worked.value('sp', l, j))}",
                        ha="center", va="top", fontsize=8, color=GAIN, zorder=4)
            if view == "forward" and l > 1:
                ax.text(x, y - radius - 0.08, f"b={fmt(worked.value('b', l, j))}",
                        ha="center", va="top", fontsize=8, color="#555555", zorder=4)
            if view == "forward" and l == len(sizes):
                ax.text(x + radius + 0.12, y, f"y={fmt(float(worked.y[j - 1, 0]))}",
                        ha="left", va="center", fontsize=8, color="#555555", zorder=4)
        ax.text(centre(l, 1)[0], top + 0.75, f"layer {l}", ha="center", fontsize=10)
    if view == "forward":
        ax.text(dx * (len(sizes) - 1), -top - 1.3, f"C={fmt(worked.cost)}", ha="center",
                fontsize=10)
    ax.set_xlim(-0.7, dx * (len(sizes) - 1) + 1.4)
    ax.set_ylim(-top - (1.9 if marks else 1.55), top + 1.1)
    ax.set_aspect("equal")
    ax.axis("off")
    return ax
