"""newsscraper next to trafilatura, newspaper4k and htmldate on the dev corpus, per field.

    python bench/compare.py                                # print the markdown table
    python bench/compare.py --markdown-out docs/quality.md # also rewrite the doc's table section
    python bench/compare.py --corpus ../shared/corpus --venv .venv-bench

The competitors live only in their own virtual environment (`--venv`, default `.venv-bench` at
the project root), created on first use from bench/requirements-compare.txt and reinstalled when
that file changes; they are never project dependencies. Each tool reads the corpus WARC in a
subprocess of its own and writes JSON Lines (url, title, body, authors, published_at,
modified_at); newsscraper runs as `newsscraper parse` in the project venv. The wall time of that
subprocess (start-up, imports, reading the WARC, extraction, writing) gives pages/s. Each
prediction file is scored with the corpus's own `score.py --json --by-family`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
REQUIREMENTS = ROOT / "bench" / "requirements-compare.txt"
FAMILIES = ("overall", "zyte-aeb", "fundus", "agency")
TOOLS = ("newsscraper", "trafilatura", "newspaper4k", "htmldate")
ALL_FIELDS = frozenset({"title", "body", "authors", "published_at", "modified_at"})
PRODUCES = {"newsscraper": ALL_FIELDS,
            "trafilatura": ALL_FIELDS - {"modified_at"},
            "newspaper4k": ALL_FIELDS - {"modified_at"},
            "htmldate": frozenset({"published_at", "modified_at"})}
# (column heading, score.py metric, prediction field it reads)
COLUMNS = (("body F1", "body_f1", "body"), ("title exact", "title_em", "title"),
           ("authors F1", "authors_f1", "authors"),
           ("published same-minute", "pub_min", "published_at"),
           ("published same-day", "pub_day", "published_at"),
           ("modified same-minute", "mod_min", "modified_at"))
BEGIN, END = "<!-- compare:begin -->", "<!-- compare:end -->"

# Runs inside the bench venv: python -c RUNNER TOOL WARC OUT. Prints the number of pages.
RUNNER = r'''
import json, sys, warnings
from warcio.archiveiterator import ArchiveIterator

warnings.filterwarnings("ignore")
FMT = "%Y-%m-%dT%H:%M:%S%z"


def trafilatura():
    from trafilatura import bare_extraction

    def run(url, html):
        doc = bare_extraction(html, url=url, with_metadata=True, output_format="python")
        if doc is None:
            return {}
        authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
        return {"title": doc.title, "body": doc.text, "authors": authors,
                "published_at": doc.date}  # a day only: trafilatura keeps no time
    return run


def newspaper4k():
    import newspaper

    def run(url, html):
        art = newspaper.Article(url, fetch_images=False)  # True would fetch images over HTTP
        art.download(input_html=html)
        art.parse()
        date = art.publish_date
        return {"title": art.title, "body": art.text, "authors": art.authors,
                "published_at": date.isoformat() if date else None}
    return run


def htmldate():
    from htmldate import find_date

    def run(url, html):
        return {"published_at": find_date(html, url=url, original_date=True, outputformat=FMT),
                "modified_at": find_date(html, url=url, original_date=False, outputformat=FMT)}
    return run


def main(tool, warc, out):
    run, pages, errors = globals()[tool](), 0, 0
    with open(warc, "rb") as src, open(out, "w", encoding="utf-8") as dst:
        for rec in ArchiveIterator(src):
            if rec.rec_type != "response":
                continue
            url = rec.rec_headers.get_header("WARC-Target-URI")
            html = rec.content_stream().read().decode("utf-8", "replace")
            row = {"url": url}
            try:
                row.update(run(url, html))
            except Exception as exc:
                errors += 1
                print(f"{tool}: {url}: {exc!r}", file=sys.stderr)
            dst.write(json.dumps(row, ensure_ascii=False) + "\n")
            pages += 1
    print(pages, errors)


main(*sys.argv[1:])
'''


def ensure_venv(venv: Path) -> Path:
    """The bench venv's python, after creating it / installing the pinned requirements."""
    python = venv / "bin" / "python"
    stamp = venv / REQUIREMENTS.name
    wanted = REQUIREMENTS.read_text()
    if not python.exists():
        print(f"creating {venv}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    if not stamp.exists() or stamp.read_text() != wanted:
        pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
        # pip 23.x (as bundled with Python 3.11) fails to resolve lxml[html-clean] extras
        subprocess.run([*pip, "--upgrade", "pip"], check=True)
        subprocess.run([*pip, "-r", str(REQUIREMENTS)], check=True)
        stamp.write_text(wanted)
    return python


def project_python() -> str:
    venv_python = ROOT / ".venv" / "bin" / "python"
    return str(venv_python) if venv_python.exists() else sys.executable


def run_tool(tool: str, bench_python: Path, warc: Path, out: Path) -> float:
    """Write TOOL's predictions to OUT; the wall seconds it took."""
    out.unlink(missing_ok=True)  # `newsscraper parse -o` appends
    if tool == "newsscraper":
        argv = [project_python(), "-m", "newsscraper.cli", "parse", "-q", str(warc),
                "-o", str(out)]
    else:
        argv = [str(bench_python), "-c", RUNNER, tool, str(warc), str(out)]
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    if done.returncode:
        sys.exit(f"{tool} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    raised = done.stdout.split()[1] if tool != "newsscraper" else "0"
    if raised != "0":
        details = [line for line in done.stderr.splitlines() if line.startswith(f"{tool}: ")]
        print(f"{tool}: {raised} page(s) raised", *details, sep="\n", file=sys.stderr)
    return wall


def score(corpus: Path, pred: Path) -> dict[str, dict[str, float | None]]:
    """{family: aggregate} from score.py --json --by-family."""
    done = subprocess.run(
        [sys.executable, str(corpus / "score.py"), "--truth", str(corpus / "truth.jsonl"),
         "--pred", str(pred), "--json", "--by-family"],
        check=True, capture_output=True, text=True)
    data = json.loads(done.stdout)
    return {"overall": data["overall"], **data["by_family"]}


def cell(tool: str, metric: str, field: str, scores: dict[str, float | None], best: float) -> str:
    if field not in PRODUCES[tool]:
        return "—"
    value = scores.get(metric)
    if value is None:
        return "n/a"
    text = f"{value:.3f}"
    return f"**{text}**" if round(value, 3) == round(best, 3) else text


def table(results: dict[str, dict[str, dict[str, float | None]]], rates: dict[str, float]) -> str:
    """Markdown: one row per family × tool; the best figure of each family and column bold."""
    heads = ["family", "tool", *(h for h, _, _ in COLUMNS), "pages/s"]
    lines = ["| " + " | ".join(heads) + " |", "|" + "---|" * 2 + "---:|" * (len(heads) - 2)]
    for fam in FAMILIES:
        best = {m: max((results[t][fam].get(m) or 0.0 for t in results
                        if f in PRODUCES[t]), default=0.0) for _, m, f in COLUMNS}
        for tool in results:
            scores = results[tool].get(fam, {})
            cells = [cell(tool, m, f, scores, best[m]) for _, m, f in COLUMNS]
            rate = f"{rates[tool]:.0f}" if fam == "overall" else ""
            lines.append(f"| {fam} | {tool} | " + " | ".join([*cells, rate]) + " |")
    return "\n".join(lines)


def provenance(walls: dict[str, float], pages: int) -> str:
    pins = re.findall(r"^([\w-]+)(?:\[[^]]*\])?==(\S+)", REQUIREMENTS.read_text(), re.M)
    versions = ", ".join(f"{name} {ver}" for name, ver in pins if name != "warcio")
    timing = ", ".join(f"{tool} {sec:.1f} s" for tool, sec in walls.items())
    return (f"Measured {datetime.now(UTC):%Y-%m-%d} on {os.cpu_count()} CPUs, Python "
            f"{sys.version.split()[0]}; {versions}. Wall time for {pages} pages, one process "
            f"each, start-up included: {timing}.")


def write_markdown(path: Path, section: str) -> None:
    """Replace the text between the BEGIN/END markers of PATH (append them if absent)."""
    block = f"{BEGIN}\n{section}\n{END}"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + block + rest.split(END, 1)[1]
    else:
        text = text + ("\n" if text else "") + block + "\n"
    path.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--venv", type=Path, default=ROOT / ".venv-bench")
    parser.add_argument("--markdown-out", type=Path, help="rewrite this doc's table section")
    parser.add_argument("--keep", type=Path, help="keep the prediction files in this folder")
    args = parser.parse_args()
    bench_python = ensure_venv(args.venv.resolve())
    truth = (args.corpus / "truth.jsonl").read_text(encoding="utf-8")
    pages = sum(1 for line in truth.splitlines() if line.strip())
    results, walls, rates = {}, {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        outdir = args.keep or Path(tmp)
        outdir.mkdir(parents=True, exist_ok=True)
        for tool in TOOLS:
            pred = outdir / f"{tool}.jsonl"
            walls[tool] = run_tool(tool, bench_python, args.corpus / "pages.warc.gz", pred)
            rates[tool] = pages / walls[tool]
            results[tool] = score(args.corpus, pred)
            print(f"{tool}: {walls[tool]:.1f} s", file=sys.stderr)
    section = f"{table(results, rates)}\n\n{provenance(walls, pages)}"
    print(section)
    if args.markdown_out:
        write_markdown(args.markdown_out, section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
