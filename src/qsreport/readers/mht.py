"""Web archives (.mht, .mhtml: MIME multipart/related), read with the standard library's email.

The archive's page is its HTML part (the one the root names with ``start``, else the first):
its bytes with quoted-printable or base64 undone, and the charset its MIME header declares,
for the page reader to decode. Pictures, stylesheets, scripts and frames are counted as
dropped. An archive whose only text is a plain-text part gives that part as ``text``.
"""

from __future__ import annotations

import platform
from typing import TYPE_CHECKING

from ..errors import Corrupt
from ._failures import PARSE_FAILURES
from .document import ReadDocument

if TYPE_CHECKING:
    from email.message import Message

READER = f"python email (Python {platform.python_version()})"
_DROPPED_KINDS = {"image": "images", "text/css": "stylesheets", "application/javascript":
                  "scripts", "text/javascript": "scripts", "application/x-javascript": "scripts"}


def read(data: bytes, fmt: str = "mht") -> ReadDocument:
    """The HTML page of a web archive, with its declared charset."""
    import email
    import email.policy

    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        if not message.is_multipart() and message.get("Content-Type") is None:
            raise Corrupt("not a web archive: no MIME parts and no Content-Type")
        parts = [part for part in message.walk() if not part.is_multipart()]
        page = _page_part(message, parts)
        if page is None:
            raise Corrupt("the web archive holds no HTML or text part")
        payload = page.get_payload(decode=True)
        charset = page.get_content_charset()
    except PARSE_FAILURES as error:
        raise Corrupt(f"not a readable web archive ({error})") from error
    if not isinstance(payload, bytes):
        raise Corrupt("the web archive's page part is empty")
    dropped = _dropped(parts, page)
    if page.get_content_type() == "text/plain":
        text = payload.decode(_codec(charset), "replace")
        return ReadDocument(format=fmt, reader=READER, text=text, charset=charset,
                            dropped=dropped)
    return ReadDocument(format=fmt, reader=READER, html=payload, charset=charset,
                        dropped=dropped)


def _page_part(message: Message, parts: list[Message]) -> Message | None:
    """The part the root's ``start`` parameter names, else the first HTML part, else the
    first plain-text part."""
    start = message.get_param("start")
    if isinstance(start, str):
        for part in parts:
            if part.get("Content-ID", "").strip() == start.strip():
                return part
    for kind in ("text/html", "application/xhtml+xml", "text/plain"):
        for part in parts:
            if part.get_content_type() == kind:
                return part
    return None


def _dropped(parts: list[Message], page: Message) -> dict[str, int]:
    counts: dict[str, int] = {}
    for part in parts:
        if part is page:
            continue
        kind = part.get_content_type()
        name = _DROPPED_KINDS.get(kind) or _DROPPED_KINDS.get(kind.split("/")[0])
        if name is None:
            name = "frames" if kind == "text/html" else "other_parts"
        counts[name] = counts.get(name, 0) + 1
    return counts


def _codec(charset: str | None) -> str:
    import codecs

    try:
        return codecs.lookup(charset or "utf-8").name
    except LookupError:
        return "utf-8"
