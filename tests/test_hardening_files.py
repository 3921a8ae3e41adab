"""Any input, never a traceback (issue #6), continued: every way a path can fail to be a
readable file, the CLI's error lines, document text that tries to drive the terminal, and the
invariants' known failures. Bounded work, size limits and hostile HTML are in
test_hardening.py; docs/hardening.md lists every input tried and what qsreport answers.
"""

from __future__ import annotations

import errno
import json
import os
import re
import socket
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from qsreport.cli import main
from qsreport.errors import InputError, printable
from qsreport.inputs import read_source
from qsreport.pipeline import prepare
from qsreport.render.table import safe

from .conftest import SEED
from .test_hardening import QSREPORT, error_line

# === 3. Paths and files ========================================================================


def test_missing_file(runner: CliRunner, tmp_path: Path) -> None:
    """A path that names nothing: 'no such file', exit 1."""
    path = tmp_path / "missing.txt"
    result = runner.invoke(main, ["parse", str(path)])
    assert (result.exit_code, error_line(result)) == (1, f"qsreport: error: {path}: no such file")


def test_directory(runner: CliRunner, tmp_path: Path) -> None:
    """A directory: 'is a directory', pointing at batch, exit 1."""
    result = runner.invoke(main, ["parse", str(tmp_path)])
    assert result.exit_code == 1
    assert error_line(result) == (f"qsreport: error: {tmp_path}: is a directory "
                                  "(qsreport batch reads folders)")


def test_dangling_symlink(runner: CliRunner, tmp_path: Path) -> None:
    """A symbolic link to nothing says so, exit 1."""
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    result = runner.invoke(main, ["parse", str(link)])
    assert result.exit_code == 1
    assert error_line(result).endswith(f"{link}: is a symbolic link to a file that does not exist")


def test_symlink_loop(runner: CliRunner, tmp_path: Path) -> None:
    """Two links pointing at each other: 'symbolic link loop', exit 1, no hang."""
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    result = runner.invoke(main, ["parse", str(tmp_path / "a")])
    assert result.exit_code == 1
    assert error_line(result).endswith("a: is a symbolic link loop")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_without_a_writer_does_not_hang(tmp_path: Path) -> None:
    """A FIFO nobody writes to reads as empty at once (exit 1), instead of blocking."""
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    done = subprocess.run([*QSREPORT, "parse", str(fifo)], capture_output=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.decode() == (f"qsreport: error: {fifo}: the input is empty or holds only "
                                    "white space\n")


@pytest.mark.skipif(not Path("/bin/bash").exists(), reason="needs bash")
def test_a_pipe_with_a_writer_is_read() -> None:
    """`qsreport parse <(cat report)`: a pipe whose writer is there is read to its end."""
    command = f"{' '.join(QSREPORT)} parse <(cat '{SEED}') --format json"
    done = subprocess.run(["/bin/bash", "-c", command], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["meta"]["date"] == "2008-03-30"


def test_socket(runner: CliRunner, tmp_path: Path) -> None:
    """A Unix socket cannot be opened as a file: one line, exit 1."""
    path = tmp_path / "s.sock"
    if len(str(path)) > 100:
        pytest.skip("path too long for a Unix socket")
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        result = runner.invoke(main, ["parse", str(path)])
    assert result.exit_code == 1
    assert f"{path}: cannot be read (" in error_line(result)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(runner: CliRunner, tmp_path: Path) -> None:
    """A file without read permission: 'permission denied', exit 1."""
    path = tmp_path / "secret.txt"
    path.write_bytes(SEED.read_bytes())
    path.chmod(0)
    result = runner.invoke(main, ["parse", str(path)])
    assert result.exit_code == 1
    assert error_line(result) == f"qsreport: error: {path}: permission denied"


def test_file_name_too_long(runner: CliRunner, tmp_path: Path) -> None:
    """A name longer than the file system allows: one line naming the system's reason."""
    path = tmp_path / ("x" * 300)
    result = runner.invoke(main, ["parse", str(path)])
    assert result.exit_code == 1
    assert f": cannot be read ({os.strerror(errno.ENAMETOOLONG)})" in error_line(result)


def test_names_no_file_can_have() -> None:
    """An empty path and one holding NUL raise InputError, not ValueError, naming the path once."""
    with pytest.raises(InputError, match=r"^no such file$") as empty:
        read_source("", 100)
    assert empty.value.located("ignored") == '"": no such file'
    with pytest.raises(InputError, match=r"^is not a valid file name$") as nul:
        read_source("a\x00b", 100)
    assert nul.value.located() == "a\\x00b: is not a valid file name"


def test_a_file_that_changes_while_read(runner: CliRunner, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that grows between two reads is refused ('changed while it was being read')."""
    path = tmp_path / "growing.txt"
    path.write_bytes(SEED.read_bytes())
    real_read = os.read
    appended: list[bool] = []

    def read_then_append(fd: int, size: int) -> bytes:
        chunk = real_read(fd, size)
        if not appended:  # another program appends while the first chunk is read
            with path.open("ab") as handle:
                handle.write("追加。".encode())
            appended.append(True)
        return chunk

    monkeypatch.setattr(os, "read", read_then_append)
    result = runner.invoke(main, ["parse", str(path)])
    monkeypatch.undo()
    assert result.exit_code == 1
    assert error_line(result) == (f"qsreport: error: {path}: changed while it was being read "
                                  "(try again once it is complete)")


def test_a_name_that_is_not_utf8_is_read_and_written_as_utf8(tmp_path: Path) -> None:
    """A file whose name is not UTF-8 parses; the JSON is valid UTF-8 with the byte as \\udcff."""
    raw = os.fsencode(tmp_path) + b"/bad-\xff-name.txt"
    with open(raw, "wb") as handle:
        handle.write(SEED.read_bytes())
    done = subprocess.run([*QSREPORT, "parse", raw, "--format", "json"], capture_output=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.decode("utf-8"))  # strict UTF-8
    assert report["source"]["path"] == f"{tmp_path}/bad-\\udcff-name.txt"


def test_a_missing_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path) -> None:
    """The error for a missing non-UTF-8 name is one valid UTF-8 line, the byte as \\udcff."""
    raw = os.fsencode(tmp_path) + b"/gone-\xff.txt"
    done = subprocess.run([*QSREPORT, "parse", raw], capture_output=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.decode("utf-8") == (f"qsreport: error: {tmp_path}/gone-\\udcff.txt: "
                                           "no such file\n")


@pytest.mark.parametrize("name", ["\x1b]0;pwned\x07x.txt", "\x1b[2Jx.txt", "evil\u202etxt.exe",
                                  "new\nline.txt"])
def test_control_characters_in_a_missing_name_are_escaped(runner: CliRunner, tmp_path: Path,
                                                          name: str) -> None:
    """A name holding escape sequences, bidi overrides or newlines is printed escaped."""
    result = runner.invoke(main, ["parse", str(tmp_path / name)])
    line = error_line(result)
    assert line == f"qsreport: error: {printable(str(tmp_path / name))}: no such file"
    assert not re.search(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e]", line)


def test_a_report_from_a_name_that_is_not_utf8_serialises(tmp_path: Path) -> None:
    """parse() of a non-UTF-8 name (str with surrogates, as os.fsdecode gives) returns a
    Report whose JSON can be written: the path holds \\udcff, not a lone surrogate."""
    from qsreport.pipeline import parse

    name = os.fsdecode(os.fsencode(tmp_path) + b"/bad-\xff.txt")
    Path(name).write_bytes(SEED.read_bytes())
    report = parse(Path(name))
    assert report.source.path == f"{tmp_path}/bad-\\udcff.txt"
    report.model_dump_json().encode("utf-8")


def test_paths_are_passed_through_to_the_report(tmp_path: Path) -> None:
    """The library reads str and os.PathLike paths and records the path it was given."""
    from qsreport.pipeline import parse

    path = tmp_path / "r.txt"
    path.write_bytes(SEED.read_bytes())
    assert parse(path).source.path == str(path)
    assert parse(str(path)).source.path == str(path)


# --- CLI error lines: the file name prefix (cli.py, not owned here) ----------------------------


def test_the_name_of_an_unparsable_file_is_escaped(runner: CliRunner, tmp_path: Path) -> None:
    """A readable file whose content fails (empty) and whose name holds a bidi override has its
    name escaped in the error line too."""
    path = tmp_path / "evil\u202etxt.exe"
    path.write_bytes(b"")
    line = error_line(runner.invoke(main, ["parse", str(path)]))
    assert "\u202e" not in line


# === 4. Output safety ==========================================================================

HOSTILE = [
    "\x1b[31mred\x1b[0m",  # CSI (colour)
    "\x1b[2J\x1b[H",  # clear screen
    "\x1b]0;pwned\x07",  # OSC: set the window title
    "\x1b]8;;http://evil.example/\x1b\\link\x1b]8;;\x1b\\",  # OSC 8 hyperlink
    "\x9b31m",  # 8-bit CSI
    "\x9d0;pwned\x9c",  # 8-bit OSC, ST
    "a\u202eexe.txt",  # right-to-left override
    "\u2066isolate\u2069",  # bidi isolates
    "\u061c\u200e\u200f",  # invisible direction marks
    "[bold red]markup[/]",  # rich markup
    "[link=http://evil.example/]click[/link]",
    "trailing backslash\\",
    ":smile: :thumbs_up:",  # rich emoji codes
]


@pytest.mark.parametrize("text", HOSTILE)
def test_safe_leaves_no_control_characters(text: str) -> None:
    """safe() leaves no control, bidi or invisible character, whatever the document held."""
    assert not re.search(r"[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069]",
                         safe(text))


@pytest.mark.parametrize("text", HOSTILE)
def test_safe_text_prints_as_written(text: str) -> None:
    """What safe() returns prints literally: markup and emoji codes appear as typed, and the
    only escape sequences in a coloured terminal's output are rich's own colours."""
    from rich.console import Console

    console = Console(force_terminal=True, color_system="truecolor", width=200, emoji=False,
                      highlight=False)
    with console.capture() as captured:
        console.print(f"[bold]{safe(text)}[/]")
    output = captured.get()
    assert re.sub(r"\x1b\[[0-9;]*m", "", output).rstrip("\n") == \
        re.sub(r"[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069]", " ", text)


def hostile_report() -> bytes:
    """A report whose title, source, headings and warnings carry escapes, bidi and markup."""
    return (
        "质量报告[bold]标题[/bold]\x1b[31m\x9b2J\u2066:smile:\n"
        "来源：[link=http://evil.example/]质监局[/link]\u202e\n"
        "一、实施品牌战略\n"
        "全市共有中国名牌产品22个，浙江名牌产品85个\x1b]0;pwned\x07。\n"
    ).encode("utf-8")


def test_table_output_neutralises_document_text(runner: CliRunner, tmp_path: Path) -> None:
    """`parse --format table` prints the document's markup literally and none of its control
    or bidi characters, and no emoji for an emoji code."""
    path = tmp_path / "hostile.txt"
    path.write_bytes(hostile_report())
    result = runner.invoke(main, ["parse", str(path), "--format", "table"],
                           env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "[bold]标题[/bold]" in result.stdout and "[link=http://evil.example/]" in result.stdout
    assert ":smile:" in result.stdout and "😄" not in result.stdout
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", result.stdout)


def test_coloured_table_output_has_only_colour_escapes(runner: CliRunner, tmp_path: Path) -> None:
    """Even forced into colour, every escape sequence in the table is one of rich's colours."""
    path = tmp_path / "hostile.txt"
    path.write_bytes(hostile_report())
    result = runner.invoke(main, ["parse", str(path), "--format", "table"],
                           env={"COLUMNS": "200", "FORCE_COLOR": "1", "TERM": "xterm-256color"})
    assert result.exit_code == 0, result.output
    assert "\x1b[" in result.stdout  # it really is coloured
    stripped = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", stripped)


def test_json_output_escapes_control_characters(runner: CliRunner, tmp_path: Path) -> None:
    """`parse --format json` is valid JSON whose raw text holds no control character but the
    newlines of its layout."""
    path = tmp_path / "hostile.txt"
    path.write_bytes(hostile_report())
    result = runner.invoke(main, ["parse", str(path), "--format", "json"])
    assert result.exit_code == 0
    json.loads(result.stdout)
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f]", result.stdout)


def test_cleaned_text_holds_no_c1_or_bidi_controls() -> None:
    """The cleaned text (and so every span's evidence and the JSON) holds no C1 control, bidi
    isolate or Arabic letter mark."""
    text = prepare(hostile_report()).cleaned.text
    assert not re.search(r"[\x80-\x9f\u061c\u2066-\u2069]", text)


# === Known failures of the invariants, found by tests/test_properties.py ========================


@pytest.mark.parametrize("text", [
    "专家组对国家工程机械质量监督检验中心进行了考核。\n评审组认为该中心同意通过验收。",
    "中国名牌产品检验中心\n筹建",
])
def test_a_facility_span_lies_inside_its_evidence(text: str) -> None:
    """Every facility's span lies inside its evidence sentence, even when the name was given in
    an earlier one."""
    from .test_properties import check_parse

    check_parse(text.encode("utf-8"))


@pytest.mark.parametrize("data", [b"@\x88bb", b"\xa1\xfe@\x88b~", b"\x00\x88b\xe8~\x88"])
def test_decode_never_raises_unicode_errors(data: bytes) -> None:
    """decode of a few stray Big5-HKSCS bytes raises nothing but a QsreportError."""
    from .test_properties import check_decode

    check_decode(data)
