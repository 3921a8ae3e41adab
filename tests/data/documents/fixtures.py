"""How every document fixture of tests/test_readers.py is made, from the seed report's text.

The pure-Python ones (docx, mht, rtf, zip, an image-only PDF) are built at test time by the
functions below; ``python tests/data/documents/fixtures.py [NAME...]`` rebuilds the committed
binaries (seed.doc, seed-plain.doc, seed.pdf, encrypted.pdf) with LibreOffice and qpdf — see
README.md beside this file.
"""

from __future__ import annotations

import base64
import io
import quopri
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = HERE.parent.parent.parent / "samples" / "000_0c6f552278dcef86.txt"

FONT = "Droid Sans Fallback"
HEADER = "金華市質量技術監督局 工作簡報"
FOOTER_PREFIX = "質監簡報 第"
TABLE = [("類別", "數量", "單位"), ("中國名牌產品", "22", "個"),
         ("國家免檢產品", "63", "個"), ("浙江名牌", "99", "個")]


def seed_lines() -> list[str]:
    """The seed report's non-blank lines: what every reader must give back, in order."""
    text = SEED.read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def tiny_png() -> bytes:
    """A 4×4 grey PNG, so documents hold an image the readers must count as dropped."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))
    raw = b"".join(b"\x00" + b"\x80" * 4 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def build_docx(font_pt: int = 16) -> bytes:
    """The seed as Word writes it: a heading, body paragraphs, a table after the fourth
    paragraph, a picture, a running header and a footer with a PAGE field; big type so it
    runs to three or more pages."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Inches, Pt

    document = docx.Document()
    for style in document.styles:  # one font for all: its subset is the PDF's bulk
        if getattr(style, "font", None) is not None:
            style.font.name = FONT
            style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    document.styles["Normal"].font.size = Pt(font_pt)
    section = document.sections[0]
    section.header.paragraphs[0].text = HEADER
    footer = section.footer.paragraphs[0]
    footer.add_run(FOOTER_PREFIX)
    footer._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    footer.add_run("頁")
    lines = seed_lines()
    document.add_heading(lines[0], level=1)
    for number, line in enumerate(lines[1:], 1):
        document.add_paragraph(line)
        if number == 4:
            table = document.add_table(rows=len(TABLE), cols=len(TABLE[0]))
            for row, values in zip(table.rows, TABLE, strict=True):
                for cell, value in zip(row.cells, values, strict=True):
                    cell.text = value
        if number == 6:
            document.add_picture(io.BytesIO(tiny_png()), width=Inches(0.5))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def build_plain_docx(text: str | None = None) -> bytes:
    """The seed (or ``text``) as a plain Word document: each line of the text file a
    paragraph (the blank one too), python-docx's default styles, nothing else; its text is
    the .txt's."""
    import docx

    document = docx.Document()
    for line in (SEED.read_text(encoding="utf-8") if text is None else text).split("\n"):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def seed_html(charset: str, lines: list[str] | None = None) -> str:
    """The seed's lines (or ``lines``) as a page: the first as <title> and <h1>, a <p> each."""
    lines = lines or seed_lines()
    body = "\n".join(f"<p>{line}</p>" for line in lines[1:])
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f"<title>{lines[0]}</title></head><body><h1>{lines[0]}</h1>\n"
            f'{body}\n<img src="logo.png"></body></html>')


def build_mht(charset: str, transfer: str, lines: list[str] | None = None) -> bytes:
    """The seed (or ``lines``) saved by Internet Explorer as a web archive: the page in
    ``charset`` with ``transfer`` encoding (quoted-printable or base64), a picture and a
    stylesheet."""
    html = seed_html(charset, lines).encode(charset)
    if transfer == "quoted-printable":
        payload = quopri.encodestring(html)
    else:
        payload = base64.encodebytes(html)
    boundary = "----=_NextPart_000_0000_01C8928A.5A7C3F80"
    parts = [
        b"From: <Saved by Windows Internet Explorer 8>\r\n"
        b"Subject: report\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="'
        + boundary.encode() + b'"\r\n\r\nThis is a multi-part message in MIME format.\r\n',
        f"--{boundary}\r\nContent-Type: text/html;\r\n\tcharset=\"{charset}\"\r\n"
        f"Content-Transfer-Encoding: {transfer}\r\n"
        "Content-Location: http://www.example.gov.cn/news/1.htm\r\n\r\n".encode()
        + payload.replace(b"\n", b"\r\n") + b"\r\n",
        f"--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: http://www.example.gov.cn/news/logo.png\r\n\r\n".encode()
        + base64.encodebytes(tiny_png()) + b"\r\n",
        f"--{boundary}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: 7bit\r\n"
        "Content-Location: http://www.example.gov.cn/news/a.css\r\n\r\n"
        "p { margin: 0 }\r\n".encode(),
        f"--{boundary}--\r\n".encode(),
    ]
    return b"".join(parts)


def rtf_escape(text: str) -> str:
    """``text`` as a Chinese Word writes RTF with \\ansicpg936: GBK bytes as \\'xx pairs;
    characters GBK lacks as \\uN with a ``?`` fallback."""
    out = []
    for char in text:
        if char in "\\{}":
            out.append("\\" + char)
        elif ord(char) < 0x80:
            out.append(char)
        else:
            try:
                out.append("".join(f"\\'{byte:02x}" for byte in char.encode("gbk")))
            except UnicodeEncodeError:
                code = ord(char)
                out.append(f"\\u{code - 65536 if code > 32767 else code}?")
    return "".join(out)


def build_rtf(lines: list[str] | None = None) -> bytes:
    """The seed (or ``lines``) as RTF with \\ansicpg936: GBK \\'xx escapes, every tenth
    paragraph in \\uN form, a font table, colours, styles, info, a header, a picture and a
    table."""
    lines = lines or seed_lines()
    head = (r"{\rtf1\ansi\ansicpg936\deff0\uc1{\fonttbl{\f0\fnil\fcharset134 "
            + rtf_escape("宋体") + r";}{\f1\froman\fcharset0 Times New Roman;}}"
            r"{\colortbl;\red0\green0\blue0;}{\stylesheet{\s0 Normal;}}"
            r"{\info{\title " + rtf_escape("标题不是正文") + r"}{\author qsreport}}"
            r"{\header\pard " + rtf_escape(HEADER) + r"\par}"
            r"{\*\generator qsreport tests;}")
    body = []
    for number, line in enumerate(lines):
        if number % 10 == 3:
            text = "".join(f"\\u{ord(c) - 65536 if ord(c) > 32767 else ord(c)}\\'3f"
                           if ord(c) > 127 else c for c in line)
        else:
            text = rtf_escape(line)
        body.append(r"\pard\plain\f0 " + text + r"\par" + "\r\n")
        if number == 4:
            for row in TABLE:
                cells = "".join(r"\pard\intbl " + rtf_escape(c) + r"\cell " for c in row)
                body.append(r"\trowd\cellx2000\cellx4000\cellx6000 " + cells + r"\row" + "\r\n")
            body.append(r"{\pict\pngblip\picw4\pich4 " + tiny_png().hex() + "}\r\n")
    return (head + "\r\n" + "".join(body) + "}").encode("ascii")


def build_zip(members: dict[str, bytes], gbk_names: bool = True) -> bytes:
    """A ZIP as Chinese Windows tools write it: member names in GBK with the UTF-8 flag off."""
    placeholders: dict[bytes, bytes] = {}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for number, (name, data) in enumerate(members.items()):
            if gbk_names and not name.isascii():
                encoded = name.encode("gbk")
                stand_in = f"@{number:03d}".encode().ljust(len(encoded), b"@")
                placeholders[stand_in] = encoded
                name = stand_in.decode()
            archive.writestr(name, data)
    data = out.getvalue()
    for stand_in, encoded in placeholders.items():
        data = data.replace(stand_in, encoded)
    return data


def build_scanned_pdf() -> bytes:
    """A one-page PDF holding only an image, as a scanner makes it: no text layer."""
    image = bytes(range(256)) * 16
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length " + str(len(image)).encode() + b" >>\nstream\n"
        + image + b"\nendstream",
    ]
    content = b"q 500 0 0 700 50 70 cm /Im0 Do Q"
    objects.append(b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n"
                   + content + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def convert(docx_bytes: bytes, target: str) -> bytes:
    """``docx_bytes`` converted by LibreOffice to ``target`` ("doc", "pdf", "rtf", "xml": Word
    2003's XML Document)."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        raise SystemExit("needs LibreOffice: apt-get install libreoffice-writer-nogui")
    filters = {"doc": "doc:MS Word 97", "pdf": "pdf", "rtf": "rtf", "xml": "xml:MS Word 2003 XML"}
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "seed.docx"
        source.write_bytes(docx_bytes)
        subprocess.run([office, "--headless", f"-env:UserInstallation=file://{work}/profile",
                        "--convert-to", filters[target], "--outdir", work, str(source)],
                       check=True, capture_output=True)
        return (Path(work) / f"seed.{target}").read_bytes()


def encrypt_scanned_pdf() -> bytes:
    """The image-only PDF with a user password (qpdf, AES-256)."""
    with tempfile.TemporaryDirectory() as work:
        scanned, encrypted = Path(work) / "scanned.pdf", Path(work) / "encrypted.pdf"
        scanned.write_bytes(build_scanned_pdf())
        subprocess.run(["qpdf", "--encrypt", "user-secret", "owner-secret", "256", "--",
                        str(scanned), str(encrypted)], check=True)
        return encrypted.read_bytes()


COMMITTED = {
    "seed.doc": lambda: convert(build_docx(), "doc"),
    "seed-plain.doc": lambda: convert(build_plain_docx(), "doc"),
    "seed.pdf": lambda: convert(build_docx(), "pdf"),
    "seed-2003.xml": lambda: convert(build_docx(), "xml"),
    "seed-plain-2003.xml": lambda: convert(build_plain_docx(), "xml"),
    "encrypted.pdf": encrypt_scanned_pdf,
}


def main(names: list[str]) -> None:
    """Rebuild the committed binaries named (all of them when none is): seed.doc,
    seed-plain.doc, seed.pdf, seed-2003.xml, seed-plain-2003.xml (LibreOffice) and encrypted.pdf (qpdf)."""
    for name in names or COMMITTED:
        (HERE / name).write_bytes(COMMITTED[name]())
        print(f"{name}: {(HERE / name).stat().st_size:,} bytes", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
