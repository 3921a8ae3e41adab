"""Imported once by the batch's fork server, before it forks any worker: read a few tiny
reports so that every lazy import, codec table and OpenCC converter the parser needs is
built here once and shared by every worker (copy-on-write), not rebuilt in each."""

from __future__ import annotations

from .work import warm_up

warm_up()
