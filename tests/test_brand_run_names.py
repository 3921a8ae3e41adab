"""The names of a run of winners (``run_names``), shared by the readers of examples among a
title's holders and of 其中 sentences: parted at 、, at a last 和 only when asked, quotation marks
dropped."""

from qsreport.extract.brands_honours_names import run_names


def _names(view: str, last_and: bool = False) -> list[str]:
    return [view[a:b] for a, b in run_names(view, 0, len(view), last_and)]


def test_run_parted_at_enumeration_commas_without_quotes() -> None:
    """Each item between 、 is a name, its quotation marks dropped."""
    assert _names("“青禾”、「云岗」、石川") == ["青禾", "云岗", "石川"]


def test_last_and_parts_the_last_two_names_only_when_asked() -> None:
    """A 和 after the last 、 parts two names when the reader asks for it, else stays in one."""
    assert _names("青禾、云岗和石川", last_and=True) == ["青禾", "云岗", "石川"]
    assert _names("青禾、云岗和石川") == ["青禾", "云岗和石川"]


def test_last_and_needs_two_characters_on_each_side() -> None:
    """A 和 with fewer than two characters before or after it is part of a name (丙和丁)."""
    assert _names("青禾、丙和丁", last_and=True) == ["青禾", "丙和丁"]
