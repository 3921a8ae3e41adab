"""The generated folder benchmarks/batch.py runs on: every sample report, decoded and varied
(a serial line, paragraphs dropped or borrowed from another report) so no two files are alike,
written in the encodings a downloaded folder holds, in subfolders of PER_FOLDER."""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
PER_FOLDER = 500

# (share of files, how they are written)
ENCODINGS = ((0.50, "utf-8"), (0.18, "gbk"), (0.12, "big5"), (0.10, "utf-16"), (0.10, "html"))


def source_texts() -> list[tuple[str, str]]:
    """(name, text) of every sample report, decoded and reduced to article text."""
    from qsreport.pipeline import prepare

    texts = []
    for path in sorted([*SAMPLES.glob("*.txt"), *(SAMPLES / "corpus").glob("*.txt"),
                        *(SAMPLES / "corpus").glob("*.html")]):
        texts.append((path.stem, prepare(path.read_bytes()).cleaned.text))
    return texts


def vary(text: str, index: int, texts: list[tuple[str, str]], rng: random.Random) -> str:
    """A different report with the same kind of content: serial, paragraphs moved about."""
    lines = [line for line in text.splitlines() if line.strip()]
    head, body = lines[:2], lines[2:]
    if len(body) > 3 and rng.random() < 0.5:
        del body[rng.randrange(len(body))]
    if rng.random() < 0.4:
        other = [line for line in rng.choice(texts)[1].splitlines() if len(line) > 20]
        if other:
            body.insert(rng.randrange(len(body) + 1), rng.choice(other))
    return "\n".join([*head, f"（编号：QS-{index:06d}）", *body]) + "\n"


def encode(text: str, how: str, converter: object, rng: random.Random) -> tuple[bytes, str]:
    """The bytes of ``text`` written the way ``how`` says, and the file suffix."""
    if how == "utf-8":
        return text.encode("utf-8"), ".txt"
    if how == "gbk":
        return text.encode("gbk", errors="replace"), ".txt"
    if how == "big5":
        traditional = converter.convert(text)  # type: ignore[attr-defined]
        return traditional.encode("cp950", errors="replace"), ".txt"
    if how == "utf-16":
        return text.encode("utf-16"), ".txt"
    charset = rng.choice(["utf-8", "gbk"])
    paragraphs = "".join(f"<p>{line}</p>\n" for line in text.splitlines()[1:])
    title = text.splitlines()[0]
    page = (f'<!DOCTYPE html>\n<html><head><meta charset="{charset}"><title>{title}</title>'
            f"</head>\n<body><div class=\"nav\">首页 | 新闻中心 | 质量监督</div>\n"
            f"<div class=\"article\"><h1>{title}</h1>\n{paragraphs}</div>\n"
            f"<div class=\"footer\">版权所有 © 质量技术监督局</div></body></html>\n")
    return page.encode(charset, errors="replace"), ".html"


def generate(folder: Path, count: int, giants: int = 0, seed: int = 2024) -> None:
    """``count`` varied reports under ``folder``, in subfolders of PER_FOLDER; then
    ``giants`` files of about 1.4 MB (1,000 reports run together) in a last folder, the last
    files the walk finds."""
    import opencc

    converter = opencc.OpenCC("s2t")
    texts = source_texts()
    rng = random.Random(seed)
    shares = [share for share, _ in ENCODINGS]
    for index in range(count):
        name, text = texts[index % len(texts)]
        how = rng.choices([how for _, how in ENCODINGS], weights=shares)[0]
        data, suffix = encode(vary(text, index, texts, rng), how, converter, rng)
        sub = folder / f"part{index // PER_FOLDER:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{index:06d}_{name}{suffix}").write_bytes(data)
    for index in range(giants):
        sub = folder / "zz-giants"
        sub.mkdir(parents=True, exist_ok=True)
        parts = [vary(texts[(index + n) % len(texts)][1], n, texts, rng) for n in range(1000)]
        (sub / f"giant{index}.txt").write_text("\n".join(parts), encoding="utf-8")
