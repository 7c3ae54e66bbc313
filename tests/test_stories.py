"""Wire-story clustering (newsscraper/datasets/stories.py, docs/stories.md)."""

from __future__ import annotations

import importlib.util
import random
import time
from pathlib import Path

import numpy as np
import pytest

from newsscraper.datasets.stories import (
    MAX_BUCKET,
    StoryClusterer,
    StoryParams,
    clean,
    facts,
    minhash_params,
    normalise,
    shingle_hashes,
    signatures,
    words,
)
from newsscraper.datasets.stories_eval import load, predict, score

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "fixtures" / "stories"

LEAD = (
    "The Supreme Court on Tuesday sought the Centre’s response on a plea challenging the new "
    "rules for the appointment of election commissioners, and listed the matter for hearing "
    "in the second week of January next year."
)
BODY = "\n\n".join([
    LEAD,
    "A bench of Justices Sanjiv Khanna and Dipankar Datta issued notice on the petition filed "
    "by the Association for Democratic Reforms, which argued that the law gave the executive "
    "a decisive say in the selection.",
    "Senior advocate Prashant Bhushan, appearing for the petitioners, said the 2023 law had "
    "replaced the Chief Justice of India on the selection panel with a Union minister.",
    "The court refused to stay the appointment of the two commissioners made in March, saying "
    "it would examine the validity of the law in detail.",
    "The government has defended the law, saying Parliament was within its powers to decide "
    "the composition of the selection committee and that the earlier arrangement was only an "
    "interim measure ordered by the court until a law was made.",
    "The matter will now be heard along with a batch of similar petitions pending before the "
    "court since last year, the bench said in its order.",
])


def cluster(bodies: list[str], tmp_path: Path, params: StoryParams | None = None) -> list[int]:
    with StoryClusterer(workdir=tmp_path, params=params) as c:
        rows = [c.add(None, b) for b in bodies]
        assert rows == list(range(len(bodies)))
        labels = c.labels()
    assert labels.dtype == np.int64
    return [int(x) for x in labels]


# ------------------------------------------------------------------ normalisation


@pytest.mark.parametrize("dateline", [
    "NEW DELHI, Dec 17 (IANS) — ",
    "NEW DELHI, Dec 17 (IANS) ",
    "New Delhi, Dec. 17: ",
    "NEW DELHI: ",
    "NEW DELHI (Reuters) - ",
    "(AP) — ",
    "LA CROSSE, Wis. (AP) — ",
    "",
])
def test_normalise_drops_the_dateline(dateline: str) -> None:
    assert normalise(dateline + LEAD) == normalise(LEAD)
    assert normalise(LEAD).startswith("the supreme court on tuesday sought the centre s response")


def test_normalise_keeps_an_ordinary_first_sentence() -> None:
    text = "Russia is still in talks with the Syrian side, Kremlin spokesman Dmitry Peskov said."
    assert normalise(text).startswith("russia is still in talks")
    assert normalise("India, Mexico agree to expand ties.").startswith("india mexico agree")


@pytest.mark.parametrize("line", [
    "— With inputs from IANS",
    "(With inputs from agencies)",
    "With additional reporting by Reuters",
    "--IANS",
    "sn/ksk",
    "Also read: Cold wave grips north India",
    "ALSO READ | Sensex ends flat",
    "(This story has not been edited by our staff and is auto-generated from a syndicated "
    "feed.)",
    "(Only the headline of this report may have been reworked by the staff; the rest of the "
    "content is auto-generated from a syndicated feed.)",
    "Disclaimer: This article is published from a wire agency feed without edits.",
    "Follow us on Google News for the latest updates.",
])
def test_normalise_drops_credit_and_portal_lines(line: str) -> None:
    assert normalise(f"{BODY}\n\n{line}") == normalise(BODY)
    assert normalise(f"{LEAD}\n\n{line}\n\n{BODY}") == normalise(f"{LEAD}\n\n{BODY}")


def test_normalise_drops_inline_credits_and_punctuation_styles() -> None:
    assert normalise("Oil rose on Monday (Reuters).") == "oil rose on monday"
    assert normalise("He left. — IANS") == "he left"
    straight = LEAD.replace("’", "'").replace("“", '"').replace("”", '"')
    assert normalise(straight) == normalise(LEAD)
    assert normalise("The AQI was ‘very poor’ at 9 a.m.") == "the aqi was very poor at 9 a m"


def test_long_lines_are_story_text_even_if_they_look_like_credits() -> None:
    long = "Watch: " + "the minister said the scheme would cover every district " * 8
    assert normalise(long).startswith("watch the minister")


def test_unspaced_scripts_get_a_token_per_character() -> None:
    assert words("宮崎県で地震。震度5弱") == "宮 崎 県 で 地 震 震 度 5 弱".encode()
    assert words("Путин встретился с премьер-министром") == (
        "путин встретился с премьер министром".encode()
    )


def test_facts_are_numbers_and_names_inside_sentences() -> None:
    text = clean("MUMBAI, Dec 3 (IANS) The Sensex fell 1,006 points to 72,721 on "
                 "Wednesday, said Lata Sharma of Meridian Securities. In Asia, Tokyo fell.")
    assert facts(text) == ["Sensex", "1006", "72721", "Wednesday", "Lata Sharma",
                           "Meridian Securities", "Asia", "Tokyo"]  # not "The", "In", "MUMBAI"
    assert facts("a1 b2 version 3.0.", limit=5) == ["3.0"]
    assert len(facts(" ".join(f"x {i}" for i in range(100)))) == 48


# ------------------------------------------------------------------ MinHash


def test_signatures_are_datasketchs() -> None:
    """Our vectorised MinHash is bit-for-bit datasketch's ``affine32`` MinHash."""
    datasketch = pytest.importorskip("datasketch")
    texts = [words(clean(BODY)), b"one two three", b""]
    hashes, counts = shingle_hashes(texts, 5)
    a, b = minhash_params(128, 1)
    sig = signatures(hashes, counts, (a, b))
    start = 0
    for i, n in enumerate(counts.tolist()):
        m = datasketch.MinHash(num_perm=128, seed=1, scheme="affine32", hashfunc=lambda x: x)
        assert (m.permutations[0] == a).all()
        assert (m.permutations[1] == b).all()
        m.update_batch([int(x) for x in hashes[start : start + n]])
        start += n
        assert (m.hashvalues == sig[i]).all()


def test_shingles_do_not_cross_records() -> None:
    hashes, counts = shingle_hashes([b"a b c d e", b"f g h i j"], 5)
    joined, _ = shingle_hashes([b"a b c d e f g h i j"], 5)
    assert counts.tolist() == [1, 1]
    assert len(set(hashes.tolist()) & set(joined.tolist())) == 2  # only the two whole ones


# ------------------------------------------------------------------ clustering


def portal_copy(body: str) -> str:
    """A copy as a portal prints it: dateline, trimmed, "Also read", credit, a typo fixed."""
    paras = body.split("\n\n")
    paras = [f"NEW DELHI, Dec 17 (IANS) — {paras[0]}", paras[1],
             "Also read: Five things to know about the poll panel", *paras[2:4]]
    paras.append("— With inputs from IANS")
    return "\n\n".join(paras).replace("Datta", "Dutta")


def test_copies_get_one_label_and_it_is_the_smallest_row(tmp_path: Path) -> None:
    unrelated = " ".join(reversed(BODY.split()))
    bodies = [unrelated, BODY, portal_copy(BODY), BODY.replace("’", "'")]
    assert cluster(bodies, tmp_path) == [0, 1, 1, 1]
    (tmp_path / "again").mkdir()
    assert cluster([BODY, *bodies], tmp_path / "again") == [0, 1, 0, 0, 0]


def test_a_trimmed_copy_is_found_by_containment(tmp_path: Path) -> None:
    paras = BODY.split("\n\n")
    first_two = "\n\n".join(paras[:2])  # Jaccard with the full copy ≈ 0.35
    assert cluster([BODY, first_two], tmp_path) == [0, 0]


def test_same_topic_different_event_stays_apart(tmp_path: Path) -> None:
    """A templated report on another day: most sentences shared, its facts not."""
    other = (BODY.replace("Tuesday", "Thursday").replace("January", "April")
             .replace("Sanjiv Khanna", "B.R. Gavai").replace("March", "August")
             .replace("2023", "2024"))
    assert cluster([BODY, other, portal_copy(other)], tmp_path) == [0, 1, 1]


def test_unrelated_records_are_singletons(tmp_path: Path) -> None:
    rng = random.Random(3)  # noqa: S311  # test data
    vocab = [f"w{i}" for i in range(3000)]
    bodies = [" ".join(rng.choices(vocab, k=300)) for _ in range(200)]
    assert cluster(bodies, tmp_path) == list(range(200))


def test_tiny_and_empty_bodies_never_match(tmp_path: Path) -> None:
    tiny = "Watch the video here. Subscribe to our channel for more news updates."
    bodies = [tiny, tiny, "", "", "Photo: PTI", "Photo: PTI", LEAD, LEAD]
    labels = cluster(bodies, tmp_path)
    assert labels[:6] == [0, 1, 2, 3, 4, 5]
    assert labels[6:] == [6, 6]  # but a whole identical sentence (33 shingles) is a copy


def test_deterministic_across_runs_and_workdirs(tmp_path: Path) -> None:
    rows = load(STORIES / "stories.jsonl")[:150]
    first = predict(rows)
    (tmp_path / "b").mkdir()
    with StoryClusterer(workdir=tmp_path / "b") as c:
        for row in rows:
            c.add(str(row["title"]), str(row["body"]))
        assert [int(x) for x in c.labels()] == first
        assert [int(x) for x in c.labels()] == first  # labels() may be called again


def test_add_after_labels_and_close_removes_files(tmp_path: Path) -> None:
    c = StoryClusterer(workdir=tmp_path)
    c.add(None, BODY)
    assert c.labels().tolist() == [0]
    c.add("edited headline", portal_copy(BODY))
    assert c.labels().tolist() == [0, 0]
    assert len(c) == 2
    c.close()
    assert list(tmp_path.iterdir()) == []


def test_no_records(tmp_path: Path) -> None:
    assert cluster([], tmp_path) == []


def test_oversized_buckets_still_join_exact_copies(tmp_path: Path) -> None:
    """More copies than MAX_BUCKET share every band key: the bucket is split by further
    bands until none are left, then paired with neighbours only — still one story."""
    n = 3 * MAX_BUCKET
    assert cluster([BODY] * n, tmp_path) == [0] * n


def test_shared_boilerplate_does_not_make_a_giant_cluster(tmp_path: Path) -> None:
    """Records that are mostly one site's stock text plus a short story of their own (an
    extraction that kept a long footer): text similarity passes, their facts do not."""
    rng = random.Random(5)  # noqa: S311  # test data
    footer = " ".join(f"stock{i % 97}" for i in range(300))
    names = [f"{a}{b}" for a in ("Ra", "Su", "Vi", "Ka") for b in ("jesh", "nita", "kram", "ha")]
    bodies = []
    for i in range(120):
        own = (f"The council met on day {i} and {rng.choice(names)} Singh of "
               f"{rng.choice(names)}pur said {rng.randint(100, 9999)} homes had power.")
        bodies.append(f"{own}\n\n{footer}")
    labels = cluster(bodies, tmp_path)
    assert max(np.bincount(labels)) <= 2


# ------------------------------------------------------------------ the labelled sets


@pytest.mark.parametrize("name", ["stories.jsonl", "holdout.jsonl"])
def test_precision_and_recall_on_the_labelled_sets(name: str) -> None:
    rows = load(STORIES / name)
    assert len(rows) > 400
    result = score([str(r["story"]) for r in rows], predict(rows))
    assert result.precision >= 0.97, result
    assert result.recall >= 0.97, result


def test_labelled_sets_are_current() -> None:
    spec = importlib.util.spec_from_file_location("make_stories", STORIES / "make_stories.py")
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0


# ------------------------------------------------------------------ scale smoke test


def test_scale_smoke(tmp_path: Path) -> None:
    """6,000 records of ~2 KB, 1,200 of them trimmed copies: a few seconds."""
    rng = np.random.default_rng(11)
    vocab = np.array([f"w{i}" for i in range(20_000)], dtype=object)
    bases: list[str] = []
    truth = []
    t0 = time.perf_counter()
    with StoryClusterer(workdir=tmp_path) as c:
        for i in range(6_000):
            if i % 5 == 4:
                k = int(rng.integers(len(bases)))
                paras = bases[k].split("\n\n")
                c.add(None, "\n\n".join(paras[: max(3, len(paras) - 2)]))
                truth.append(k)
                continue
            paras = [" ".join(vocab[rng.integers(0, 20_000, 50)]) + f" {i} {j}."
                     for j in range(6)]
            bases.append("\n\n".join(paras))
            c.add(None, bases[-1])
            truth.append(len(bases) - 1)
        labels = c.labels()
    elapsed = time.perf_counter() - t0
    result = score([str(t) for t in truth], [int(x) for x in labels])
    assert result.precision == 1.0, result
    assert result.recall == 1.0, result
    assert elapsed < 10, elapsed
