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


def draw_computational_graph(positions, edges, ax=None):
    """Draw a computational graph with forward values on one side of each edge, gradients on the other.

    ``positions`` maps a node's label (e.g. ``"×"``) to its (x, y) centre.
    ``edges`` is a list of (source, target, value, gradient): the edge carries
    ``value`` forward (black, above or left of the arrow) and ``gradient``,
    ∂L/∂value, backward (accent colour, below or right). A source or target
    that is not a label is a point (x, y): an input arriving or the output leaving.
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 3.6))
    radius = 0.34
    for label, (x, y) in positions.items():
        ax.add_patch(Circle((x, y), radius, fc=NEURON, ec="black", lw=1.2, zorder=2))
        ax.text(x, y, label, ha="center", va="center", fontsize=14, zorder=3)
    points = list(positions.values())
    for source, target, value, gradient in edges:
        (x0, y0), (x1, y1) = (positions.get(end, end) for end in (source, target))
        points += [(x0, y0), (x1, y1)]
        length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
        ux, uy = (x1 - x0) / length, (y1 - y0) / length
        gap0 = radius + 0.02 if source in positions else 0.0
        gap1 = radius + 0.02 if target in positions else 0.0
        ax.annotate("", xy=(x1 - gap1 * ux, y1 - gap1 * uy), xytext=(x0 + gap0 * ux, y0 + gap0 * uy),
                    arrowprops=dict(arrowstyle="-|>", color="black", lw=1.2), zorder=1)
        mx, my = (x0 + gap0 * ux + x1 - gap1 * ux) / 2, (y0 + gap0 * uy + y1 - gap1 * uy) / 2
        nx, ny = -uy, ux                                  # the normal, pointing left of the arrow
        ax.text(mx + 0.26 * nx, my + 0.26 * ny, value, ha="center", va="center", fontsize=11)
        ax.text(mx - 0.26 * nx, my - 0.26 * ny, gradient, ha="center", va="center", fontsize=11,
                color=ACCENT)
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    ax.set_xlim(min(xs) - 0.5, max(xs) + 0.5)
    ax.set_ylim(min(ys) - 0.6, max(ys) + 0.6)
    ax.set_aspect("equal")
    ax.axis("off")
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
    """How the worked network's figures write a number: ``digits`` significant figures."""
    return f"{value:.{digits}g}"


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
            ax.text(x, y, "\n".join(lines), ha="center", va="center", fontsize=7.5, zorder=4)
            if view == "backward" and l > 1:
                ax.text(x, y - radius - 0.08, f"σ′={fmt(worked.value('sp', l, j))}",
                        ha="center", va="top", fontsize=8, color=GAIN, zorder=4)
            if view == "forward" and l == len(sizes):
                ax.text(x + radius + 0.12, y, f"y={fmt(float(worked.y[j - 1, 0]))}",
                        ha="left", va="center", fontsize=8, color="#555555", zorder=4)
        ax.text(centre(l, 1)[0], top + 0.75, f"layer {l}", ha="center", fontsize=10)
    if view == "forward":
        ax.text(dx * (len(sizes) - 1), -top - 0.95, f"C={fmt(worked.cost)}", ha="center",
                fontsize=10)
    ax.set_xlim(-0.7, dx * (len(sizes) - 1) + 1.4)
    ax.set_ylim(-top - (1.9 if marks else 1.2), top + 1.1)
    ax.set_aspect("equal")
    ax.axis("off")
    return ax
