"""Crawl throughput: `newsscraper crawl` against a minimal Scrapy SitemapSpider, over loopback.

    python bench/crawl.py [--articles 2000] [--reps 1] [--site wire|portal] [--rss-articles N]

The bundled test site runs in its own process (`python -m newsscraper.testsite`), so it does
not share the crawler's CPU. Per rep, interleaved: (a) `newsscraper crawl` with a fresh state,
(b) a minimal SitemapSpider (parsel title + body paragraphs, JSONL FEEDS) under
`scrapy runspider`, (c) (a) again with the same state on the unchanged site, and two floors
for (c): (d) a process that only imports `scrapy.crawler`, (e) an empty spider under
CrawlerProcess (robots.txt, nothing else); and (f) three more re-runs in one process
(`--every 0 --runs 3`), of which the second's own time ("run 2 took X s") is what a re-run
costs a long-lived scheduled crawl. Each run is
wrapped in `/usr/bin/time -f "%e %U %S %M"`. Prints a markdown table and overwrites
docs/crawling-performance.md with it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bytecode import compile_package

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "crawling-performance.md"

SETTINGS = {"AUTOTHROTTLE_ENABLED": "False", "DOWNLOAD_DELAY": "0",
            "CONCURRENT_REQUESTS": "32", "CONCURRENT_REQUESTS_PER_DOMAIN": "32",
            "ROBOTSTXT_OBEY": "False"}

MINIMAL_SPIDER = '''
import scrapy


class MinimalSpider(scrapy.spiders.SitemapSpider):
    name = "minimal"
    sitemap_rules = [(r"/news/|/\\d{4}/\\d{2}/", "parse")]
    custom_settings = {"TELNETCONSOLE_ENABLED": False, "HTTPCACHE_ENABLED": False}

    def parse(self, response):
        title = response.css("h1::text").get()
        if not title:
            return
        yield {"url": response.url, "title": title.strip(),
               "body": " ".join(response.css("article p::text").getall())}
'''


def start_site(articles: int, site: str) -> tuple[subprocess.Popen[str], str]:
    cmd = [sys.executable, "-m", "newsscraper.testsite", "--port", "0",
           "--articles", str(articles), "--site", site]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    if not url.startswith("http://127.0.0.1"):
        proc.kill()
        raise SystemExit(f"test site did not start: {url!r}")
    return proc, url


#: The closing summary of `newsscraper crawl`: the crawl's own time, start-up and exit aside.
_FINISHED = re.compile(r"^newsscraper crawl \S+: finished in ([0-9.]+) s$", re.M)
#: `crawl --every`: a run's time in the process, crawler built to closed.
_RUN2 = re.compile(r"run 2 took ([0-9.]+) s")


def timed(cmd: list[str], out: Path, cwd: Path | None = None) -> dict[str, float]:
    """Run `cmd` under /usr/bin/time; wall/cpu/rss, the number of lines in `out`, and the
    crawl's own time when the command prints newsscraper's summary (else the wall time)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        full = ["/usr/bin/time", "-o", tf.name, "-f", "%e %U %S %M", *cmd]
        res = subprocess.run(full, capture_output=True, text=True, check=False, cwd=cwd)
        if res.returncode != 0:
            sys.stderr.write(res.stderr[-3000:])
            raise SystemExit(f"failed ({res.returncode}): {shlex.join(cmd)}")
        wall, user, system, rss_kb = Path(tf.name).read_text().split()[-4:]
    n = sum(1 for _ in out.open(encoding="utf-8")) if out.exists() else 0
    finished = _FINISHED.search(res.stderr)
    run2 = _RUN2.search(res.stderr)
    return {"n": n, "wall": float(wall), "cpu": float(user) + float(system),
            "rss": int(rss_kb) / 1024,
            "crawl": float(finished.group(1)) if finished else float(wall),
            "run2": float(run2.group(1)) if run2 else float("nan")}


def ours(url: str, out: Path, state: Path) -> list[str]:
    sets = [a for k, v in SETTINGS.items() for a in ("-s", f"{k}={v}")]
    # Not -q: the summary's "finished in X s" is the crawl's own time.
    return ["newsscraper", "crawl", url, "-o", str(out), "--state", str(state), *sets]


def minimal(url: str, out: Path, spider: Path) -> list[str]:
    sets = [a for k, v in SETTINGS.items() for a in ("-s", f"{k}={v}")]
    return ["scrapy", "runspider", str(spider), "-a", f"sitemap_urls={url}/robots.txt",
            "-O", f"{out}:jsonlines", "-s", "LOG_LEVEL=WARNING", *sets]


def run_reps(articles: int, reps: int, site: str) -> dict[str, list[dict[str, float]]]:
    results: dict[str, list[dict[str, float]]] = {
        "ours": [], "minimal": [], "rerun": [], "import": [], "empty": [], "scheduled": []}
    proc, url = start_site(articles, site)
    try:
        with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp:
            d = Path(tmp)
            spider = d / "minimal_spider.py"
            spider.write_text(MINIMAL_SPIDER + _SITEMAP_ARG, encoding="utf-8")
            empty = d / "empty_spider.py"
            empty.write_text(EMPTY_SPIDER, encoding="utf-8")
            for rep in range(reps):
                state, out = d / f"state{rep}.sqlite", d / f"ours{rep}.jsonl"
                results["ours"].append(timed(ours(url, out, state), out))
                mout = d / f"min{rep}.jsonl"
                # cwd outside the project: its scrapy.cfg would add our pipelines to the spider
                results["minimal"].append(timed(minimal(url, mout, spider), mout, cwd=d))
                rout = d / f"rerun{rep}.jsonl"
                results["rerun"].append(timed(ours(url, rout, state), rout))
                # Floors of any Scrapy process, same python, cwd outside the project.
                results["import"].append(timed(
                    [sys.executable, "-c", "import scrapy.crawler"], rout, cwd=d))
                results["empty"].append(timed([sys.executable, str(empty), url], rout, cwd=d))
                results["scheduled"].append(timed(
                    [*ours(url, rout, state), "--every", "0", "--runs", "3"], rout))
                print(f"rep {rep + 1}/{reps}: " + ", ".join(
                    f"{k} {v[-1]['n']:.0f} in {v[-1]['wall']:.1f}s" for k, v in results.items()),
                    file=sys.stderr, flush=True)
    finally:
        proc.terminate()
        proc.wait(10)
    return results


#: A Scrapy process's fixed cost, for the re-run to be read against: a spider that fetches
#: robots.txt and yields nothing, run by CrawlerProcess as `newsscraper crawl` runs its own.
EMPTY_SPIDER = '''
import sys

from scrapy import Spider
from scrapy.crawler import CrawlerProcess


class EmptySpider(Spider):
    name = "empty"

    def parse(self, response):
        return []


process = CrawlerProcess({"LOG_LEVEL": "ERROR", "TELNETCONSOLE_ENABLED": False})
process.crawl(EmptySpider, start_urls=[sys.argv[1] + "/robots.txt"])
process.start()
'''


# `-a sitemap_urls=...` arrives as a string attribute; make it the list SitemapSpider wants.
_SITEMAP_ARG = '''
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if isinstance(self.sitemap_urls, str):
            self.sitemap_urls = [self.sitemap_urls]
'''


def med(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def row(label: str, runs: list[dict[str, float]], per_page_of: float | None = None) -> str:
    n, wall, cpu, rss, crawl = (med(runs, k) for k in ("n", "wall", "cpu", "rss", "crawl"))
    pages = per_page_of if per_page_of is not None else n
    pps = f"{pages / wall:.0f}" if pages else "–"
    cpu_ms = f"{1000 * cpu / pages:.2f}" if pages else "–"
    return f"| {label} | {n:.0f} | {wall:.2f} | {crawl:.2f} | {pps} | {cpu_ms} | {rss:.0f} |"


def table(res: dict[str, list[dict[str, float]]], articles: int) -> tuple[str, float, float]:
    ratios = [o["n"] / o["wall"] / (m["n"] / m["wall"])
              for o, m in zip(res["ours"], res["minimal"], strict=True) if m["n"]]
    rerun = [r["wall"] / o["wall"] * 100 for o, r in zip(res["ours"], res["rerun"], strict=True)]
    in_crawl = [r["crawl"] / o["crawl"] * 100
                for o, r in zip(res["ours"], res["rerun"], strict=True)]
    scheduled = [s["run2"] / o["wall"] * 100
                 for o, s in zip(res["ours"], res["scheduled"], strict=True)]
    ratio, rerun_pct = statistics.median(ratios), statistics.median(rerun)
    lines = [
        "| run | articles written | wall s | crawl s | pages/s | CPU ms/page | peak RSS MB |",
        "|---|---|---|---|---|---|---|",
        row("(a) `newsscraper crawl`, fresh state", res["ours"]),
        row("(b) minimal `SitemapSpider`", res["minimal"]),
        row(f"(c) re-run of (a), same state (per {articles} site articles)", res["rerun"],
            per_page_of=articles),
        row("(d) floor: `python -c 'import scrapy.crawler'`", res["import"], per_page_of=0),
        row("(e) floor: empty Scrapy spider (CrawlerProcess, robots.txt only)", res["empty"],
            per_page_of=0),
    ]
    floors = {k: statistics.median(r["wall"] / o["wall"] * 100
                                   for o, r in zip(res["ours"], res[k], strict=True))
              for k in ("import", "empty")}
    summary = (f"\nRatio ours / minimal pages/s: **{ratio:.2f}** (target ≥ 0.65; per rep: "
               f"{', '.join(f'{r:.2f}' for r in ratios)}).  \n"
               f"Re-run wall time: **{rerun_pct:.1f} %** of the first run (target ≤ 5 %; per rep: "
               f"{', '.join(f'{r:.1f}' for r in rerun)}); the crawl's own time (the summary's "
               f"\"finished in\", start-up and exit aside): "
               f"**{statistics.median(in_crawl):.1f} %** "
               f"(per rep: {', '.join(f'{r:.1f}' for r in in_crawl)}).  \n"
               f"Floors as a share of the first run: importing Scrapy's crawler "
               f"**{floors['import']:.1f} %**, an empty Scrapy spider "
               f"**{floors['empty']:.1f} %**.  \n"
               f"(f) A re-run inside a scheduled process (`--every 0 --runs 3`, the second run, "
               f"crawler built to closed): **{statistics.median(scheduled):.1f} %** of the "
               f"first run (per rep: {', '.join(f'{r:.1f}' for r in scheduled)}).")
    return "\n".join(lines) + "\n" + summary, ratio, rerun_pct


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=2000)
    p.add_argument("--reps", type=int, default=1)
    p.add_argument("--site", default="wire", choices=("wire", "portal"))
    p.add_argument("--rss-articles", type=int, default=0,
                   help="also run (a) once at this many articles for peak RSS (e.g. 10000)")
    p.add_argument("--notes", default="", help="observations to append to the report")
    args = p.parse_args()

    compile_package()  # every run is a new process: see bench/bytecode.py
    res = run_reps(args.articles, args.reps, args.site)
    text, _, _ = table(res, args.articles)
    rss_line = ""
    if args.rss_articles:
        big = run_reps(args.rss_articles, 1, args.site)
        o = big["ours"][0]
        m = big["minimal"][0]
        rss_line = (f"\n\nAt {args.rss_articles} articles: ours {o['n']:.0f} records in "
                    f"{o['wall']:.1f} s, peak RSS **{o['rss']:.0f} MB** (target ≤ 200 MB); "
                    f"minimal {m['n']:.0f} in {m['wall']:.1f} s, {m['rss']:.0f} MB; re-run "
                    f"{big['rerun'][0]['wall']:.1f} s, {big['rerun'][0]['rss']:.0f} MB.")
    print(text + rss_line)

    cmd = "python bench/crawl.py " + shlex.join(sys.argv[1:])
    doc = [
        "# Crawling performance",
        "",
        f"Command: `{cmd}`  ",
        f"Date: {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}  ",
        f"nproc: {os.cpu_count()}; Python {sys.version.split()[0]}",
        "",
        f"Bundled test site (`--site {args.site}`, {args.articles} articles, own process) on "
        "127.0.0.1. Settings for every run: "
        + ", ".join(f"`{k}={v}`" for k, v in SETTINGS.items())
        + ". Whole-process figures from `/usr/bin/time` (start-up included); \"crawl s\" is the "
        "crawl's own time from newsscraper's summary (wall for the minimal spider); pages/s = "
        "articles written / wall; medians over reps.",
        "",
        text + rss_line,
    ]
    if args.notes:
        doc += ["", "## Observations", "", args.notes]
    DOC.write_text("\n".join(doc) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
