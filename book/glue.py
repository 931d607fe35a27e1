"""Numbers from a run into the prose.

``glue(name, value)`` records ``value`` under ``name`` in the cell's output, where the
book's build (MyST-NB) finds it for a ``{glue:text}`name:.2f``` role in the text that
follows; so the text states the number this run computed, never a number typed in.
Outside the build — on Colab, or in a kernel without MyST-NB — it does nothing: there
the reader sees the number in the cell's own printed output.
"""


def glue(name, value):
    """Record ``value`` under ``name`` for the text of the book (without displaying it)."""
    if not isinstance(name, str) or not name.replace("-", "").replace("_", "").isalnum():
        raise ValueError(f"a glue name is letters, digits, '-' and '_'; got {name!r}")
    if hasattr(value, "item") and getattr(value, "ndim", None) == 0:
        value = value.item()     # a NumPy scalar formats as a Python number: {glue:text}`x:.3f`
    try:
        from myst_nb import glue as record
    except ImportError:
        return
    record(name, value, display=False)


def scientific(value, digits=2):
    """``value`` written for the text: 3.7 × 10⁻⁷ (``digits`` significant figures); plain
    when it lies between 0.001 and 99,999 (0.0081, 317, 2,520). Glue the string:
    {glue:text}`name`."""
    value = float(value)
    if value == 0:
        return "0"
    if -3 <= _exponent(value) <= 4:
        places = max(digits, _exponent(value) + 1)          # all the digits before the point
        text = f"{float(f'{value:.{places}g}'):,.{max(0, places - _exponent(value) - 1)}f}"
        return text.replace("-", "−")
    mantissa, exponent = f"{value:.{digits - 1}e}".split("e")
    superscript = str(int(exponent)).translate(str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"))
    return f"{mantissa.replace('-', '−')} × 10{superscript}"


def _exponent(value):
    import math
    return math.floor(math.log10(abs(value)))
