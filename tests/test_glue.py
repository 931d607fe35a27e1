"""book.glue: numbers from a run into the prose."""

import numpy as np
import pytest

from book.glue import glue, scientific


@pytest.mark.parametrize("value, text", [
    (3.7e-7, "3.7 × 10⁻⁷"), (1e-10, "1.0 × 10⁻¹⁰"), (-2.5e-5, "−2.5 × 10⁻⁵"),
    (0.042, "0.042"), (317, "317"), (2520, "2,520"), (123456, "1.2 × 10⁵"), (0.0, "0"),
    (np.float64(0.00813), "0.0081"),
])
def test_scientific(value, text):
    assert scientific(value) == text


def test_glue_refuses_a_bad_name():
    with pytest.raises(ValueError, match="glue name"):
        glue("two words", 1.0)
