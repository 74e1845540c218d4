"""Progress bars on a terminal, silent in CI, inside notebook kernels and when output is redirected."""

from __future__ import annotations

import os
import sys

__all__ = ["quiet", "bar"]


def quiet() -> bool:
    """No progress bars in CI, in notebook kernels (papermill runs) or when stderr is not a terminal."""
    return bool(os.environ.get("CI")) or "ipykernel" in sys.modules or not sys.stderr.isatty()


def bar(total: int, desc: str, *, unit: str = "doc", minimum: int = 50):
    """A tqdm bar over ``total`` items, disabled when ``quiet()`` or when there are fewer than ``minimum``."""
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit=unit, disable=quiet() or total < minimum, leave=False)
