"""Variant characters that reports write in place names and the match view leaves as they are
(陜西 for 陕西: 陜 is a variant form of 陝, which the view simplifies but this one it does not).
Facts: each simplified character of a name, and the variant forms it is also written with.
:mod:`.finder` adds every name holding the character written with each variant."""

VARIANT_CHARACTERS = {"陕": "陜"}
