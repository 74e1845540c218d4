"""Old names kept working: each call warns once with the new name (``DeprecationWarning``).

Names of the first release that moved in the restructure (views, validation and renamed entry points) are
resolved here lazily, by module path, so that a stage module never imports a view to keep an old name alive.
"""

from __future__ import annotations

import functools
import importlib
import warnings
from collections.abc import Callable

__all__ = ["renamed", "moved"]


def _warn(old: str, new: str) -> None:
    warnings.warn(f"{old} is deprecated; use {new}", DeprecationWarning, stacklevel=3)


def renamed(func: Callable, old: str) -> Callable:
    """``func`` under its old name ``old`` (a dotted name, for the warning)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        _warn(old, f"{func.__module__}.{func.__name__}")
        return func(*args, **kwargs)

    return wrapper


def moved(module: str, places: dict[str, str]) -> Callable[[str], object]:
    """A module ``__getattr__`` that finds each name of ``places`` where it went.

    ``places`` maps an old name to ``"new.module"`` (the name is an attribute of it, possibly renamed as
    ``"new.module:new_name"``) or to ``"new.module:"`` (the old name was a module, now this one).
    """

    def __getattr__(name: str):
        if name not in places:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        target, _, attribute = places[name].partition(":")
        if places[name].endswith(":"):
            _warn(f"{module}.{name}", target)
            return importlib.import_module(target)
        attribute = attribute or name
        _warn(f"{module}.{name}", f"{target}.{attribute}")
        return getattr(importlib.import_module(target), attribute)

    return __getattr__
