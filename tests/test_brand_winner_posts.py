"""A person's post before a winner's name (处长, 会长, 院士, 总工程师…) is one list of words that
both the list reader and the name reader cut off, leaving the person."""

import pytest

from qsreport.extract.brands_honours_names import name_in
from qsreport.extract.lexicon.brand_list_runs import POST_BEFORE_PERSON


@pytest.mark.parametrize(("item", "person"), [
    ("河川市质监局标准化处处长王立", "王立"),
    ("青禾集团总工程师张华", "张华"),
    ("青禾研究院研究员李明", "李明"),
])
def test_list_item_post_is_cut_before_the_person(item: str, person: str) -> None:
    """A list's item that opens on a body and a post names the person after the post."""
    post = POST_BEFORE_PERSON.match(item)
    assert post is not None and item[post.end():] == person


@pytest.mark.parametrize(("piece", "person"), [
    ("河川商会会长张华", "张华"),
    ("河川研究所所长王立", "王立"),
    ("青禾研究院院士李明", "李明"),
])
def test_name_piece_post_is_cut_before_the_person(piece: str, person: str) -> None:
    """A name's piece holding a post keeps only the person after it."""
    found = name_in(piece, places_win=False)
    assert found is not None and piece[found[0]:found[1]] == person
