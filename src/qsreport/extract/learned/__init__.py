"""Learned steps of extraction: a linear-chain tagger we run ourselves (:mod:`.tagger`), the
named winners it finds (:mod:`.winners`) and how its weights are trained (:mod:`.train`).

The model data (``data/winners.tsv``) is learned from report texts that are not ours (the
rounds' pages and their hand-written answer keys). It holds only weights of short character
features (a character, a neighbour, a pair of characters, a character class, whether an
honour word is near): no sentence, no name and no list of names is copied from any text."""

from __future__ import annotations

__all__ = ["learned_honours"]


def __getattr__(name: str) -> object:
    if name == "learned_honours":
        from .winners import learned_honours

        return learned_honours
    raise AttributeError(name)
