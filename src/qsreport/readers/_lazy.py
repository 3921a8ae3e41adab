"""Importing a reader's library on first use, and naming it (with its version) in results."""

from __future__ import annotations

from functools import cache
from importlib import import_module
from types import ModuleType

from ..errors import MissingDependency


def require(module: str, package: str) -> ModuleType:
    """The module ``module``, or :class:`MissingDependency` naming the pip ``package``."""
    try:
        return import_module(module)
    except ImportError as error:
        missing = MissingDependency(f"reading this format needs the Python package {package}")
        missing.hint = f"pip install {package}"
        raise missing from error


@cache
def described(package: str) -> str:
    """``package`` and its installed version, e.g. ``"pypdfium2 4.30.0"``."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{package} {version(package)}"
    except PackageNotFoundError:
        return package
