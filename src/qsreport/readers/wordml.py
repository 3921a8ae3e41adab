"""Word saved as one XML file: Word 2003's "XML Document" (WordprocessingML 2003, often named
.doc or .xml) and Word 2007+'s flat "Word XML Document" (the package's parts inside one XML
file). Both are read with the .docx reader's walk of the body (:mod:`.docx`).

Word 2003's vocabulary is the 2007 one under another namespace, with three differences the
reader evens out before the walk: sections wrap the paragraphs (``wx:sect``,
``wx:sub-section``), and tracked changes are ``aml:annotation`` elements (an insertion keeps
its runs, a deletion goes).
"""

from __future__ import annotations

from typing import Any

from ..errors import Corrupt
from ._failures import PARSE_FAILURES
from ._lazy import described, require
from .document import ReadDocument
from .docx import PACKAGE, W, block_lines

_W2003 = b"http://schemas.microsoft.com/office/word/2003/wordml"
_W2007 = W[1:-1].encode("ascii")
_WX = "{http://schemas.microsoft.com/office/word/2003/auxHint}"
_AML = "{http://schemas.microsoft.com/aml/2001/core}"
_PKG = "{http://schemas.microsoft.com/office/2006/xmlPackage}"


def read(data: bytes, fmt: str = "wordml") -> ReadDocument:
    """The body text of a Word XML file, as the .docx reader gives a package's."""
    require("docx", PACKAGE)
    from docx.oxml import parse_xml
    from lxml import etree

    try:
        root = parse_xml(data.replace(_W2003, _W2007))
        body = _body(root)
        if body is None:
            raise Corrupt("the Word XML file has no body")
        _even_out_2003(body)
        lines = block_lines(body)
    except (*PARSE_FAILURES, etree.LxmlError) as error:
        raise Corrupt(f"not a readable Word XML file ({type(error).__name__}: {error})") from error
    images = len(body.findall(f".//{W}drawing")) + len(body.findall(f".//{W}pict"))
    return ReadDocument(format=fmt, reader=described(PACKAGE), text="\n".join(lines),
                        dropped={"images": images} if images else {})


def _body(root: Any) -> Any:
    """``w:body`` of a Word 2003 document, or of a flat package's main document part."""
    if root.tag == f"{_PKG}package":
        for part in root.iterchildren(f"{_PKG}part"):
            if part.get(f"{_PKG}name") == "/word/document.xml":
                return part.find(f"{_PKG}xmlData/{W}document/{W}body")
        return None
    return root.find(f"{W}body")


def _even_out_2003(body: Any) -> None:
    """Word 2003's sections and tracked changes as the 2007 walk expects them: a section's
    paragraphs in its place, an insertion's runs in its place, a deletion gone."""
    for element in list(body.iter(f"{_WX}sect", f"{_WX}sub-section", f"{_AML}annotation")):
        parent = element.getparent()
        if parent is None:
            continue
        kind = element.get(f"{W}type", "")
        if element.tag == f"{_AML}annotation" and kind != "Word.Insertion":
            if kind == "Word.Deletion":
                parent.remove(element)
            continue  # comments and bookmarks hold no body text of their own
        children = list(element.iterchildren(f"{_AML}content")) or [element]
        index = parent.index(element)
        for child in [c for holder in children for c in holder.iterchildren()]:
            parent.insert(index, child)
            index += 1
        parent.remove(element)
