"""The base of the Report's dataclasses (:mod:`qsreport.models`): their ``==`` and ``repr``
written once, and the configuration pydantic validates them with."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

STRICT = {"extra": "forbid"}  # read by pydantic when it validates these dataclasses


class Record:
    """``==`` and ``repr`` for the dataclasses of :mod:`.models`, written once: ``@dataclass`` compiles
    both afresh for every class each time a program starts (some 3.5 ms of a cold ``qsreport
    parse``). They behave as the generated ones: equal when of the same class with equal
    fields (compared as a tuple), shown as ``Meta(title='…', …)``; instances are unhashable."""

    __slots__ = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, each.name) for each in fields(self))  # type: ignore[arg-type]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __repr__(self) -> str:
        shown = ", ".join(f"{each.name}={getattr(self, each.name)!r}"
                          for each in fields(self) if each.repr)  # type: ignore[arg-type]
        return f"{self.__class__.__qualname__}({shown})"
