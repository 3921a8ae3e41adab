"""The chaos benchmark's folder: report texts this script writes itself, in several encodings,
as files and pages, with copies, links, reposts, failures, GBK names and big files (see
chaos.py)."""

from __future__ import annotations

import os
import random
from collections import Counter
from pathlib import Path

PER_FOLDER = 50

# Words to build reports from. Written for this benchmark; any likeness to a real report's
# figures is chance.
CITIES = ["临安市", "桐庐县", "建德市", "淳安县", "余姚市", "慈溪市", "奉化市", "象山县",
          "宁海县", "瑞安市", "乐清市", "永嘉县", "平阳县", "苍南县", "嘉善县", "海盐县",
          "海宁市", "平湖市", "桐乡市", "德清县", "长兴县", "安吉县", "诸暨市", "上虞市",
          "嵊州市", "新昌县", "兰溪市", "东阳市", "永康市", "武义县", "浦江县", "磐安县"]
AGENCIES = ["质量技术监督局", "市场监督管理局"]
KINDS = ["工作总结", "质量工作报告", "上半年工作情况通报", "质量强市工作情况"]
PRODUCTS = ["电动工具", "五金制品", "竹木制品", "纺织面料", "汽车配件", "不锈钢餐具",
            "茶叶", "水泵", "电线电缆", "童车", "袜业", "塑料制品", "家用电器", "建筑用钢材"]
FIRMS = ["恒远", "金诚", "华越", "新锐", "东方红", "山海", "佳特", "宏达", "瑞丰", "天成"]
FILLER = [
    "各级各部门高度重视质量工作，把质量提升摆在突出位置。",
    "加强组织领导，完善工作机制，确保各项任务落到实处。",
    "深入企业开展走访服务，帮助企业解决实际困难。",
    "积极开展质量月活动，营造全社会重视质量的良好氛围。",
    "进一步健全质量安全风险预警和应急处置机制。",
    "广泛宣传质量法律法规，提高企业质量主体意识。",
]
NAV = ["首页 | 新闻中心 | 政务公开 | 办事服务", "网站首页 &gt; 地方新闻 &gt; 浙江",
       "热点 | 视频 | 图片 | 论坛 | 博客 | 财经", "本站首页 · 质量动态 · 通知公告"]
FOOT = ["版权所有 主办单位 网站地图 联系我们", "本网站所有内容未经许可不得转载 广告服务",
        "技术支持 网络中心 ICP备案号 友情链接"]


def report_text(rng: random.Random, number: int) -> str:
    """One report: a headline, a publish line and sections of figures, in random order."""
    city, agency, year = rng.choice(CITIES), rng.choice(AGENCIES), rng.randrange(2005, 2019)
    product = rng.choice(PRODUCTS)
    sections = [
        ("品牌建设", [
            f"全年{city}新增中国名牌产品{rng.randrange(1, 6)}个、浙江名牌产品"
            f"{rng.randrange(2, 15)}个，累计拥有浙江名牌产品{rng.randrange(20, 90)}个。",
            f"{rng.choice(FIRMS)}公司的“{rng.choice(FIRMS)}”牌{product}被认定为中国驰名商标。",
        ]),
        ("标准化工作", [
            f"全年主导制定国家标准{rng.randrange(1, 9)}项、行业标准{rng.randrange(1, 12)}项，"
            f"参与制定地方标准{rng.randrange(1, 6)}项。",
            f"规模以上企业采标率达到{rng.randrange(50, 95)}.{rng.randrange(10)}%。",
        ]),
        ("监督执法", [
            f"组织开展{product}质量专项整治行动，出动执法人员{rng.randrange(100, 2000)}人次，"
            f"检查企业{rng.randrange(50, 900)}家。",
            f"全年监督抽查产品{rng.randrange(100, 900)}批次，合格率为"
            f"{rng.randrange(80, 99)}.{rng.randrange(10)}%。",
            f"查处质量违法案件{rng.randrange(10, 200)}起，案值{rng.randrange(20, 900)}."
            f"{rng.randrange(10)}万元，罚没款{rng.randrange(5, 300)}万元。",
        ]),
        ("检测能力", [f"{city}{product}质量检测中心建成投用，并通过省级资质认定。"]),
    ]
    rng.shuffle(sections)
    numerals = "一二三四五六七八"
    body = []
    for index, (heading, sentences) in enumerate(sections[: rng.randrange(2, 5)]):
        chosen = [s for s in sentences if rng.random() < 0.8] or sentences[:1]
        body.append(f"{numerals[index]}、{heading}")
        body.append("".join(chosen + rng.sample(FILLER, rng.randrange(0, 3))))
    return "\n".join([
        f"{city}{agency}{year}年{rng.choice(KINDS)}",
        f"发布日期：{year + 1}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        f"  来源：{city}{agency}",
        *body, f"（编号：CH-{number:05d}）",
    ]) + "\n"


def as_page(text: str, rng: random.Random, charset: str = "utf-8") -> bytes:
    """``text`` inside a site's page: its own menu, side links and footer."""
    title, *lines = text.splitlines()
    body = "".join(f"<p>{line}</p>\n" for line in lines)
    page = (f'<!DOCTYPE html>\n<html><head><meta charset="{charset}"><title>{title}</title>'
            f'</head>\n<body><div class="nav">{rng.choice(NAV)}</div>\n'
            f'<div class="side"><a href="#">{rng.choice(PRODUCTS)}</a> <a href="#">'
            f'{rng.choice(PRODUCTS)}</a></div>\n<div class="article"><h1>{title}</h1>\n'
            f'{body}</div>\n<div class="footer">{rng.choice(FOOT)}</div></body></html>\n')
    return page.encode(charset)


def generate(folder: Path, count: int, seed: int) -> dict[str, int]:
    """About ``count`` files under ``folder``; how many of each kind were made."""
    import opencc

    to_traditional = opencc.OpenCC("s2t")
    rng = random.Random(seed)
    made: Counter[str] = Counter()
    written: list[tuple[Path, str]] = []  # (file, its text) of the plain reports
    for index in range(count):
        sub = folder / f"part{index // PER_FOLDER:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        roll = rng.random()
        if written and roll < 0.05:  # an exact copy of an earlier file
            source, _ = rng.choice(written)
            (sub / f"{index:05d}_copy{source.suffix}").write_bytes(source.read_bytes())
            made["copy"] += 1
        elif written and roll < 0.08:  # a symbolic link to an earlier file
            source, _ = rng.choice(written)
            (sub / f"{index:05d}_link{source.suffix}").symlink_to(os.path.relpath(source, sub))
            made["symlink"] += 1
        elif written and roll < 0.11:  # a hard link
            source, _ = rng.choice(written)
            os.link(source, sub / f"{index:05d}_hard{source.suffix}")
            made["hard link"] += 1
        elif written and roll < 0.16:  # the same article reposted on another site
            _, text = rng.choice(written)
            (sub / f"{index:05d}_repost.html").write_bytes(as_page(text, rng))
            made["repost"] += 1
        elif roll < 0.175:
            (sub / f"{index:05d}_empty.txt").write_bytes(b"")
            made["empty"] += 1
        elif roll < 0.19:
            (sub / f"{index:05d}_binary.txt").write_bytes(
                b"\x89PNG\r\n\x1a\n" + rng.randbytes(2048))
            made["binary"] += 1
        elif roll < 0.20:
            (sub / f"{index:05d}_gone.txt").symlink_to("no-such-file.txt")
            made["broken link"] += 1
        else:
            text = report_text(rng, index)
            how = rng.choices(["utf-8", "gbk", "utf-16", "big5", "page"],
                              weights=[50, 20, 8, 7, 15])[0]
            if how == "page":
                data, suffix = as_page(text, rng, rng.choice(["utf-8", "gbk"])), ".html"
            elif how == "big5":
                data, suffix = to_traditional.convert(text).encode("cp950", "replace"), ".txt"
            else:
                data, suffix = text.encode(how), ".txt"
            name = f"{index:05d}_{how}{suffix}"
            if rng.random() < 0.03:  # named in GBK bytes, as older Chinese systems did
                name = os.fsdecode(f"{index:05d}_质监报告{suffix}".encode("gbk"))
                made["GBK name"] += 1
            path = sub / name
            path.write_bytes(data)
            written.append((path, text))
            made["report"] += 1
    big = folder / "big"
    big.mkdir()
    for index in range(3):  # big files, so that the pool has some to spread
        text = "".join(report_text(rng, 90000 + index * 100 + n) for n in range(700))
        (big / f"big{index}.txt").write_text(text, encoding="utf-8")
        made["big (≈580 KB)"] += 1
    return dict(made)
