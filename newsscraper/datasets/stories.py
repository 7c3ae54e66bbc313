"""Wire-story clustering: one label for every copy of one agency story (docs/stories.md).

Portals republish agency copy with the headline edited, paragraphs trimmed from the end, a
dateline or a credit line added and their own boilerplate around it. Such copies share most of
their body's word *shingles* (runs of `SHINGLE_WORDS` consecutive words), so near-duplicate
detection works on the body:

1. **clean** (`clean`, `words`): drop the dateline and credit / "Also read" / syndication
   lines, lowercase, punctuation to spaces — what portals change and what says nothing about
   the story; and note its **facts** (`facts`: numbers and names inside sentences);
2. **MinHash** every body with datasketch's ``affine32`` permutations (`minhash_params`),
   vectorised over batches of records in numpy: a signature of `NUM_PERM` uint32 per record,
   written to a file in ``workdir`` as it is made, with a 128-byte bitmap of its facts;
3. **LSH banding**: `BANDS` bands of `ROWS` rows, one uint64 key per band and record, written
   to one file per band; records that share a band key are *candidates*;
4. **verify** each candidate pair on its full signature (`verify`): estimated Jaccard ≥
   `JACCARD`, or — a trimmed copy has low Jaccard but is almost wholly *contained* in the
   longer copy — estimated containment ≥ `CONTAINMENT`; and the facts must agree, because
   templated reports of different events (two cities' cold waves, two days' market close)
   share most sentences but not their figures, places and people. LSH collisions alone never
   join two records;
5. **union-find** in numpy; a record's label is the smallest row number of its cluster.

Memory does not grow with the input beyond 8 bytes per record while adding, and ~60 bytes per
record while labelling (one band's keys and their sort, the union-find parents): ~60 MB at
1,000,000 records besides the interpreter; disk ~1 KB per record (bench/stories.py).
Deterministic: fixed permutations (seed `SEED`), no salted hashing, so the same input in the
same order gets the same labels.

Only export imports this module (and numpy with it); crawling and parsing never do.
"""

from __future__ import annotations

import os
import re
import shutil
import string
import tempfile
import zlib
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Final

import numpy as np
import numpy.typing as npt

__all__ = [
    "StoryClusterer",
    "StoryParams",
    "clean",
    "facts",
    "minhash_params",
    "normalise",
    "shingle_hashes",
    "signatures",
    "verify",
    "words",
]

U32 = npt.NDArray[np.uint32]
U64 = npt.NDArray[np.uint64]
U8 = npt.NDArray[np.uint8]
I64 = npt.NDArray[np.int64]

#: Words per shingle: 5 had the best precision over the three labelled sets (docs/stories.md);
#: shorter shingles match stock sentences across distinct stories, longer ones let one edited
#: word spoil more shingles of a copy.
SHINGLE_WORDS: Final = 5
#: MinHash permutations per record: Jaccard estimated to about ±0.04 (one sd at J = 0.5).
NUM_PERM: Final = 128
#: Seed of datasketch's permutation generator: fixed, so labels are reproducible.
SEED: Final = 1
#: LSH bands × rows per band (BANDS * ROWS <= NUM_PERM): a pair at Jaccard J is a candidate
#: with p = 1 - (1 - J**3)**42: 0.68 at J = 0.3, 0.94 at 0.4, > 0.99 from 0.5. Two rows
#: would find a few more trimmed copies (+0.5 % recall) but make background similarity
#: (J ≈ 0.005, shared stock phrases) 150x likelier to collide: at a million records,
#: millions of needless candidates.
BANDS: Final = 42
ROWS: Final = 3
#: Verification: estimated Jaccard at or above this is one story.
JACCARD: Final = 0.6
#: ... or the shorter body's estimated containment in the longer, at or above this (a copy
#: trimmed to its first paragraphs), provided the Jaccard is at least `JACCARD_FLOOR` (the
#: containment estimate is too noisy below) and the shorter body has `MIN_CONTAINED` shingles.
CONTAINMENT: Final = 0.8
JACCARD_FLOOR: Final = 0.2
MIN_CONTAINED: Final = 25
#: A body with fewer shingles than this (~ one sentence, 24 words) is always its own story:
#: on tiny texts ("Watch the video", a photo caption) stock phrases are most of the text.
MIN_SHINGLES: Final = 20
#: Facts check (see `facts`): the smaller fact set must be found in the other at this share
#: when it has `MIN_FACTS` or more — `FACTS` for a pair that passed on Jaccard, the stricter
#: `FACTS_CONTAINED` for one that passed on containment only (weaker text evidence, and
#: where templated stories about different events land). Facts are kept as a
#: `FACT_BITS`-bit bitmap of at most `FACT_LIMIT` facts per body (≤ ~5 % false overlap).
FACTS: Final = 0.8
FACTS_CONTAINED: Final = 0.9
MIN_FACTS: Final = 3
FACT_LIMIT: Final = 48
FACT_BITS: Final = 1024
#: Band buckets larger than this are split by the next band's key as well (see
#: `StoryClusterer._band_candidates`): they come from stock text shared by many records or
#: from many exact copies, and all-pairs work in them would be quadratic.
MAX_BUCKET: Final = 32

#: Odd multiplier of the polynomial byte hash (odd: invertible modulo 2**64).
_POLY: Final = 0x100000001B3
_POLY_INV: Final = pow(_POLY, -1, 1 << 64)
#: Records per signature batch and the text budget of one batch (bytes of normalised text).
_BATCH_RECORDS: Final = 256
_BATCH_BYTES: Final = 1 << 18
#: Shingles per numpy block when permuting (block x NUM_PERM uint32 = 4 MB at 8192).
_BLOCK_SHINGLES: Final = 8192
#: Candidate pairs verified at once (their signature rows are read from disk together).
_VERIFY_PAIRS: Final = 4096
#: Rejected pairs remembered so that other bands do not verify them again (an optimisation
#: only: past this many, 32 MB, new rejections are simply verified again when met).
_MAX_REJECTED: Final = 1 << 22
_POPCOUNT: Final = np.array([bin(i).count("1") for i in range(256)], dtype=np.int64)


@dataclass(frozen=True, slots=True)
class StoryParams:
    """The tunables in one value, so the measurements (bench/stories.py, fixtures/stories)
    can vary them; the defaults are the measured choice."""

    shingle_words: int = SHINGLE_WORDS
    num_perm: int = NUM_PERM
    seed: int = SEED
    bands: int = BANDS
    rows: int = ROWS
    jaccard: float = JACCARD
    containment: float = CONTAINMENT
    jaccard_floor: float = JACCARD_FLOOR
    min_contained: int = MIN_CONTAINED
    min_shingles: int = MIN_SHINGLES
    facts: float = FACTS
    facts_contained: float = FACTS_CONTAINED
    min_facts: int = MIN_FACTS
    max_bucket: int = MAX_BUCKET

    def __post_init__(self) -> None:
        if self.bands * self.rows > self.num_perm or self.bands < 1 or self.rows < 1:
            raise ValueError("need 1 <= bands * rows <= num_perm")
        if self.shingle_words < 1 or self.max_bucket < 2:
            raise ValueError("need shingle_words >= 1 and max_bucket >= 2")


# --------------------------------------------------------------------------- normalisation

_AGENCIES = (
    r"IANS|PTI|ANI|UNI|Reuters|AP|AFP|dpa|DPA|Xinhua|Bernama|Yonhap|Kyodo|WAM|SPA|APP|BSS|"
    r"NNN|TASS|EFE|ANSA|KNA|Anadolu|AA|NAN|Sputnik|Agencies|agencies|IANSlife"
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_PLACE = r"[A-Z][\w'’.-]*(?:[ ,/]{1,2}[A-Z][\w'’.-]*){0,4}"
_SEP = r"\s*(?:[-—–:|]+\s*)"
#: A dateline at the start of the body: "NEW DELHI, Dec 17 (IANS) —", "LONDON (Reuters) -",
#: "Mumbai, Dec. 17:", "NEW DELHI:", "(AP) —". Needs an agency, a date or an all-caps place
#: with a separator, so an ordinary first sentence ("Russia is still...") is never cut.
_DATELINE = re.compile(
    rf"""^\s*(?:
        (?:{_PLACE})?(?:,?\s*{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?\s*\((?:{_AGENCIES})\)(?:{_SEP})?
      | {_PLACE},?\s*{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?{_SEP}
      | [A-Z][A-Z'’.-]+(?:[ /][A-Z][A-Z'’.-]+){{0,3}}(?:,\s*[A-Z][\w.]*)?{_SEP}
    )""",
    re.VERBOSE,
)
#: Lines longer than this are story text, never a credit line (and skip the regex below).
_BOILERPLATE_MAX = 300
#: Whole lines portals add around agency copy: credits, "Also read", disclaimers, desk codes.
_BOILERPLATE_LINE = re.compile(
    rf"""^[\s(\[—–-]*(?:
        (?:with\s+)?(?:additional\s+)?(?:inputs?|reporting)\s+(?:from|by)\b
      | (?:also\s+read|read\s+also|read\s+more|also\s+see|also\s+watch|watch|related|recommended
         |must\s+read|don['’]t\s+miss|trending|click\s+here)\b\s*[:|—–-]
      | (?:disclaimer|note)\s*:
      | (?:\(?this\s+)?(?:story|article|report)\s+(?:has\s+not\s+been|was|is)\s+
         (?:edited|published|auto-?generated)
      | (?:follow|like)\s+us\s+on\b
      | (?:subscribe|sign\s+up)\s+(?:to|for)\b
      | (?:{_AGENCIES})(?:\s*[/|]\s*\w+)*\s*[)\]]?\s*$
      | [a-z]{{2,4}}(?:/[a-z]{{2,4}})+\s*$
      | (?:photo|image|file\s+photo|representational\s+image)\s*[:(]
    )""",
    re.VERBOSE | re.IGNORECASE,
)
#: Syndication notes: "... is auto-generated from a syndicated feed", "wire agency feed".
_FEED_LINE = re.compile(r"(?:syndicated|agency|wire)\s+feed", re.IGNORECASE)
#: Inline credits: "(With inputs from PTI)", "(Reuters)" (only looked for when "(" occurs).
_PAREN_CREDIT = re.compile(
    rf"\((?:with\s+)?(?:inputs?\s+from\s+)?(?:{_AGENCIES})(?:\s+inputs)?\)"
    rf"|\(with\s+(?:additional\s+)?inputs?\s+from[^)]*\)",
    re.IGNORECASE,
)
#: A credit closing a paragraph: "... the official said. — IANS". Starts with a dash, so
#: the engine skips to dashes.
_TRAILING_CREDIT = re.compile(
    rf"[—–-](?<=\s[—–-])[—–-]*[ \t]*(?:{_AGENCIES})[ \t]*$", re.MULTILINE
)
#: Non-ASCII punctuation that copies restyle (curly vs straight quotes, dashes) or that
#: separates words in other scripts; ASCII punctuation goes in `_ASCII_FOLD`.
_PUNCTUATION = "’‘“”«»„‚—–…·•′″।،؛。、「」『』（）・！？：；"
#: bytes.translate table: ASCII punctuation and control characters to spaces, A-Z to a-z.
_ASCII_FOLD = bytes(
    32 if (c < 33 or chr(c) in string.punctuation) else (c + 32 if 65 <= c <= 90 else c)
    for c in range(256)
)
#: Scripts written without spaces between words: each character is one token.
_UNSPACED = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f])")
#: Facts: numbers, and runs of capitalised words inside a sentence (names, places, months:
#: "Satish Dhawan Centre" is one fact). One leading character class for both branches lets
#: the regex engine skip to digits and capitals (4x faster than two branches); the
#: lookbehind rejects a sentence's first word.
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ"
_NAME = rf"[{_UPPER}][\w-]*"
_FACT = re.compile(
    rf"[\d{_UPPER}](?:"
    rf"(?<=\d)(?<![\w.,]\d)[\d.,]*(?<=\d)"  # a number not inside a word, ends on a digit
    rf"|(?<=[a-zß-öø-ÿа-яё,;] [{_UPPER}])[\w-]*(?: {_NAME})*"  # a name, not sentence-first
    rf")"
)


def strip_dateline(text: str) -> str:
    """The body without its leading dateline, which each portal prints its own way.

    >>> strip_dateline("NEW DELHI, Dec 17 (IANS) — The Supreme Court on Tuesday ...")
    'The Supreme Court on Tuesday ...'
    >>> strip_dateline("LONDON (Reuters) - Oil rose ...")
    'Oil rose ...'
    >>> strip_dateline("Russia is still in talks, Peskov said.")
    'Russia is still in talks, Peskov said.'
    """
    return _DATELINE.sub("", text, count=1)


def strip_boilerplate(text: str) -> str:
    """The body without credit, "Also read" and disclaimer lines and inline agency credits.

    >>> strip_boilerplate("Rain fell.\\n\\nAlso read: Why it rains\\n\\n— With inputs from IANS")
    'Rain fell.'
    >>> strip_boilerplate("Oil rose on Monday (Reuters).")
    'Oil rose on Monday .'
    """
    kept = [line for line in text.splitlines() if line.strip() and not _is_boilerplate(line)]
    out = "\n".join(kept)
    if "(" in out:
        out = _PAREN_CREDIT.sub("", out)
    return _TRAILING_CREDIT.sub("", out)


def _is_boilerplate(line: str) -> bool:
    """Whether a whole line is a portal's addition; long lines are story text, unchecked."""
    if len(line) > _BOILERPLATE_MAX:
        return False
    return bool(_BOILERPLATE_LINE.match(line) or ("feed" in line and _FEED_LINE.search(line)))


def clean(body: str) -> str:
    """The story text of a body: no dateline, credit lines or inline credits."""
    return strip_boilerplate(strip_dateline(body))


def words(text: str) -> bytes:
    """Cleaned text as compared: lowercase UTF-8 words joined by single spaces.

    Punctuation goes (portals swap quote styles and dashes); digits stay (they tell one
    day's weather report from the next). Unspaced scripts (Japanese, Chinese, Thai) get one
    token per character so that shingles still work.

    >>> words("The AQI was ‘very poor’ at 9 a.m.")
    b'the aqi was very poor at 9 a m'
    >>> words("宮崎県で地震。").decode()
    '宮 崎 県 で 地 震'
    """
    text = text.lower()
    if not text.isascii():
        for mark in _PUNCTUATION:
            if mark in text:
                text = text.replace(mark, " ")
        if _UNSPACED.search(text):
            text = _UNSPACED.sub(r" \1 ", text)
    return b" ".join(text.encode().translate(_ASCII_FOLD).split())


def normalise(body: str) -> str:
    """A body as its shingles see it: `words` of `clean`.

    >>> normalise("NEW DELHI, Dec 17 (IANS) — The AQI was ‘very poor’ at 9 a.m.")
    'the aqi was very poor at 9 a m'
    """
    return words(clean(body)).decode()


def facts(text: str, limit: int = 48) -> list[str]:
    """The first `limit` distinct facts of cleaned text: numbers (commas dropped) and runs of
    capitalised words inside a sentence (possessive 's dropped).

    Templated reports — today's and yesterday's market close, two cities' cold waves — share
    most sentences but not these; copies of one story keep them (a trimmed copy keeps a
    prefix of them, hence "first").

    >>> facts("Sensex fell 1,006 points to 72,721 on Wednesday, said Lata Sharma’s aide.")
    ['1006', '72721', 'Wednesday', 'Lata Sharma']
    """
    seen: dict[str, None] = {}
    for match in _FACT.finditer(text.replace("’s ", " ")):
        seen[match.group().replace(",", "")] = None
        if len(seen) >= limit:
            break
    return list(seen)


# --------------------------------------------------------------------------- hashing


def _fmix64(h: U64) -> U64:
    """MurmurHash3's 64-bit finaliser: spreads the weak low bits of a polynomial hash."""
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xFF51AFD7ED558CCD)
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xC4CEB9FE1A85EC53)
    return h ^ (h >> np.uint64(33))


def _fmix32(h: U32) -> U32:
    """MurmurHash3's 32-bit finaliser, as datasketch's ``affine32`` scheme pre-mixes inputs."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def _powers(base: int, n: int) -> U64:
    """base**0 .. base**(n-1) modulo 2**64 (numpy's uint64 products wrap, as wanted).

    >>> _powers(3, 4).tolist()
    [1, 3, 9, 27]
    """
    out = np.full(n, base, dtype=np.uint64)
    out[0] = 1
    return np.cumprod(out, dtype=np.uint64)


@lru_cache(maxsize=2)
def _power_tables(n: int) -> tuple[U64, U64]:
    """`_POLY` and `_POLY_INV` powers for texts up to n bytes, kept between batches (a
    batch is at most `_BATCH_BYTES`, so this is usually one 2 x 2 MB pair)."""
    return _powers(_POLY, n), _powers(_POLY_INV, n)


def shingle_hashes(texts: list[bytes], k: int) -> tuple[U32, I64]:
    """32-bit hashes of every `k`-word shingle of each normalised text, and each text's count.

    One vectorised pass over all texts: a polynomial hash of each shingle's bytes from prefix
    sums (exact modulo 2**64), then a 64-bit finaliser, keeping the low 32 bits — the input
    datasketch's MinHash expects. A text of 1..k-1 words is one shingle; an empty text none.

    >>> h, n = shingle_hashes([b"a b c d e f", b"x y", b"", b"b c d e f"], 5)
    >>> n.tolist()
    [2, 1, 0, 1]
    >>> bool(h[1] == h[3])  # "b c d e f" in both
    True
    """
    counts = np.zeros(len(texts), dtype=np.int64)
    live = [i for i, t in enumerate(texts) if t]
    if not live:
        return np.zeros(0, dtype=np.uint32), counts
    buf = b" ".join(texts[i] for i in live)
    words = np.array([texts[i].count(b" ") + 1 for i in live], dtype=np.int64)
    c = np.frombuffer(buf, dtype=np.uint8).astype(np.uint64) + np.uint64(1)
    spaces = np.flatnonzero(c == np.uint64(ord(" ") + 1))
    starts = np.concatenate(([0], spaces + 1))
    ends = np.concatenate((spaces, [len(buf)]))
    fwd, inv = _power_tables(max(_BATCH_BYTES, 1 << (len(buf) - 1).bit_length()))
    prefix = np.zeros(len(buf) + 1, dtype=np.uint64)
    np.cumsum(c * fwd[: len(buf)], out=prefix[1:])
    per = np.where(words >= k, words - k + 1, 1)
    first_word = np.concatenate(([0], np.cumsum(words)[:-1]))
    total = int(per.sum())
    owner = np.repeat(np.arange(len(live)), per)
    offset = np.arange(total) - np.repeat(np.cumsum(per) - per, per)
    w0 = first_word[owner] + offset
    w1 = w0 + np.minimum(words[owner], k) - 1
    lo, hi = starts[w0], ends[w1]
    raw = (prefix[hi] - prefix[lo]) * inv[lo]
    counts[live] = per
    return (_fmix64(raw) & np.uint64(0xFFFFFFFF)).astype(np.uint32), counts


def minhash_params(num_perm: int, seed: int) -> tuple[U32, U32]:
    """The permutations ``h -> a*h + b mod 2**32`` of datasketch's ``affine32`` MinHash
    (datasketch 2.x ``MinHash._init_permutations``), so our signatures are exactly
    ``datasketch.MinHash(num_perm, seed=seed, scheme="affine32")``'s (tests/test_stories.py
    holds the two together). Made here rather than imported: importing datasketch loads
    scipy, +55 MB of RSS for three lines of numpy.

    >>> a, b = minhash_params(4, 1)
    >>> bool((a % 2 == 1).all())   # odd multipliers: each permutation is a bijection
    True
    """
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def signatures(hashes: U32, counts: I64, perm: tuple[U32, U32], work: U32 | None = None) -> U32:
    """MinHash signatures (records × num_perm, uint32) of records whose shingle hashes are
    concatenated in `hashes` (`counts` per record); no shingles → all 0xFFFFFFFF.

    As datasketch's ``affine32`` MinHash: fmix32, then ``a*h + b mod 2**32`` per permutation,
    minimum per record. Work goes through one (num_perm × `_BLOCK_SHINGLES`) buffer, reused
    across calls when given as `work`: a fresh 4 MB temporary per block costs more in page
    faults than the arithmetic (measured 6x), and the block bounds memory whatever the length.
    """
    a, b = perm
    out = np.full((len(counts), len(a)), np.uint32(0xFFFFFFFF), dtype=np.uint32)
    if len(hashes) == 0:
        return out
    if work is None:
        work = np.empty((len(a), _BLOCK_SHINGLES), dtype=np.uint32)
    owner = np.repeat(np.arange(len(counts)), counts)
    mixed = _fmix32(hashes)
    b_col = b[:, None]
    for lo in range(0, len(hashes), _BLOCK_SHINGLES):
        hv = mixed[lo : lo + _BLOCK_SHINGLES]
        rec = owner[lo : lo + _BLOCK_SHINGLES]
        values = work[:, : len(hv)]
        np.multiply.outer(a, hv, out=values)
        values += b_col
        cut = np.flatnonzero(np.concatenate(([True], rec[1:] != rec[:-1])))
        mins = np.minimum.reduceat(values, cut, axis=1).T
        rows = rec[cut]
        out[rows] = np.minimum(out[rows], mins)
    return out


def band_keys(sig: U32, bands: int, rows: int) -> U64:
    """One uint64 key per (record, band): a hash of the band's `rows` signature values."""
    keys = np.zeros((sig.shape[0], bands), dtype=np.uint64)
    for r in range(rows):
        part = sig[:, r : bands * rows : rows].astype(np.uint64)
        keys = _fmix64(keys * np.uint64(_POLY) + part + np.uint64(r + 1))
    return keys


# --------------------------------------------------------------------------- verification


def popcount(bits: U8) -> I64:
    """Set bits per row of a uint8 bitmap (a table lookup: works on any numpy)."""
    counts: I64 = _POPCOUNT[bits].sum(axis=1, dtype=np.int64)
    return counts


def fact_bitmaps(found: list[list[str]]) -> U8:
    """One `FACT_BITS`-bit bitmap per record, a bit per fact (crc32: stable across runs).

    >>> b = fact_bitmaps([["1006", "Sharma"], []])
    >>> popcount(b).tolist()
    [2, 0]
    """
    out = np.zeros((len(found), FACT_BITS // 8), dtype=np.uint8)
    rows = [i for i, fs in enumerate(found) for _ in fs]
    if rows:
        pos = np.array([zlib.crc32(f.encode()) % FACT_BITS for fs in found for f in fs])
        np.bitwise_or.at(out, (np.array(rows), pos >> 3), (1 << (pos & 7)).astype(np.uint8))
    return out


def verify(
    sig_a: U32, sig_b: U32, n_a: I64, n_b: I64, p: StoryParams,
    facts_a: U8 | None = None, facts_b: U8 | None = None,
) -> npt.NDArray[np.bool_]:
    """Which candidate pairs are one story, from their signatures and shingle counts.

    Jaccard J is the share of equal signature values. A copy trimmed to its first paragraphs
    has low J but is contained in the full copy: with sizes s <= l, the containment of the
    shorter is |A∩B|/s = J(s+l) / ((1+J) s). Both bodies need `min_shingles` shingles.
    With fact bitmaps, a pair must also share `p.facts` of the smaller fact set (when it
    has `p.min_facts`): templated stories about different events pass the text test.

    >>> p = StoryParams()
    >>> same = np.zeros((1, 128), dtype=np.uint32)
    >>> most = same.copy(); most[0, 96:] = 1                        # J = 0.75
    >>> n = np.array([100]); verify(same, most, n, n, p).tolist()
    [True]
    >>> verify(same, most, n, np.array([10]), p).tolist()            # tiny text
    [False]
    >>> part = same.copy(); part[0, 38:] = 1                         # J = 0.3 ...
    >>> verify(same, part, n, np.array([30]), p).tolist()            # ... but contained
    [True]
    >>> verify(same, part, n, n, p).tolist()                         # ... and not
    [False]
    >>> fa, fb = fact_bitmaps([["8.9", "Delhi", "40"]]), fact_bitmaps([["4.1", "Agra", "40"]])
    >>> verify(same, same, n, n, p, fa, fb).tolist()                  # other facts
    [False]
    """
    j = np.count_nonzero(sig_a == sig_b, axis=1) / sig_a.shape[1]
    small = np.minimum(n_a, n_b).astype(np.float64)
    large = np.maximum(n_a, n_b).astype(np.float64)
    contained = j * (small + large) / ((1.0 + j) * np.maximum(small, 1.0))
    by_containment = (contained >= p.containment) & (j >= p.jaccard_floor)
    by_containment &= small >= p.min_contained
    by_jaccard = j >= p.jaccard
    ok = (small >= p.min_shingles) & (by_jaccard | by_containment)
    if facts_a is not None and facts_b is not None:
        fewer = np.minimum(popcount(facts_a), popcount(facts_b))
        share = popcount(facts_a & facts_b) / np.maximum(fewer, 1)
        need = np.where(by_jaccard, p.facts, p.facts_contained)
        ok &= (fewer < p.min_facts) | (share >= need)
    result: npt.NDArray[np.bool_] = ok
    return result


# --------------------------------------------------------------------------- union-find


def _compress(parent: I64) -> I64:
    """Point every row straight at its root (pointer jumping)."""
    while True:
        grand = parent[parent]
        if np.array_equal(grand, parent):
            return parent
        parent = grand


def union(parent: I64, a: I64, b: I64) -> I64:
    """Join the clusters of each pair (a[i], b[i]); roots stay the smallest row.

    `parent` must be compressed (every entry a root); the result is compressed too.

    >>> union(np.arange(5), np.array([3, 1]), np.array([4, 3])).tolist()
    [0, 1, 2, 1, 1]
    """
    while len(a):
        ra, rb = parent[a], parent[b]
        keep = ra != rb
        if not keep.any():
            break
        lo, hi = np.minimum(ra, rb)[keep], np.maximum(ra, rb)[keep]
        np.minimum.at(parent, hi, lo)
        parent = _compress(parent)
        a, b = a[keep], b[keep]
    return parent


# --------------------------------------------------------------------------- candidates


def _runs(keys: U64) -> tuple[I64, I64]:
    """Starts and lengths of runs of equal values in sorted `keys`."""
    if len(keys) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    return starts, np.diff(np.append(starts, len(keys)))


def _has_twin(keys: U64) -> npt.NDArray[np.bool_]:
    """Which entries of sorted `keys` equal a neighbour (belong to a bucket of two or more).

    >>> _has_twin(np.array([1, 2, 2, 3, 4, 4, 4], dtype=np.uint64)).tolist()
    [False, True, True, False, True, True, True]
    """
    twin = np.zeros(len(keys), dtype=bool)
    if len(keys) > 1:
        same = keys[1:] == keys[:-1]
        twin[1:] |= same
        twin[:-1] |= same
    return twin


def _pairs_within(members: I64, group: I64, widest: int) -> Iterator[tuple[I64, I64]]:
    """All pairs of rows sharing a group id, `members` sorted by group: one batch per
    distance d within the group (so a batch is never longer than `members`).

    >>> [(a.tolist(), b.tolist()) for a, b in _pairs_within(
    ...     np.array([4, 7, 9, 2, 5]), np.array([0, 0, 0, 1, 1]), 3)]
    [([4, 7, 2], [7, 9, 5]), ([4], [9])]
    """
    for d in range(1, widest):
        same = group[d:] == group[:-d]
        if not same.any():
            break
        yield members[:-d][same], members[d:][same]


class StoryClusterer:
    """Streams bodies in with `add`, then labels every row with its story (`labels`).

    Files in a fresh ``stories-*`` directory under `workdir`: ``sig.u32`` (n × num_perm
    uint32), ``facts.u8`` (n × 128 bytes) and one ``band-*.u64`` per band (n uint64), about
    1 KB per record in all; `close` (or leaving a ``with`` block) removes them.
    """

    def __init__(self, *, workdir: Path, params: StoryParams | None = None) -> None:
        self.params = params or StoryParams()
        self._dir = Path(tempfile.mkdtemp(prefix="stories-", dir=workdir))
        self._perm = minhash_params(self.params.num_perm, self.params.seed)
        self._work = np.empty((self.params.num_perm, _BLOCK_SHINGLES), dtype=np.uint32)
        self._sig_file: IO[bytes] = (self._dir / "sig.u32").open("wb")
        self._fact_file: IO[bytes] = (self._dir / "facts.u8").open("wb")
        self._band_files: list[IO[bytes]] = [
            (self._dir / f"band-{j:03d}.u64").open("wb") for j in range(self.params.bands)
        ]
        self._counts = array("q")
        self._pending: list[bytes] = []
        self._pending_facts: list[list[str]] = []
        self._pending_bytes = 0
        self._n = 0
        #: Distinct candidate pairs the last `labels` verified, and how many it accepted.
        self.candidates = 0
        self.joined = 0

    # ---- input

    def add(self, title: str | None, body: str) -> int:
        """Queue one record; returns its row number (0, 1, ...).

        The title is not compared: headlines are what portals rewrite most, and a distinct
        story on the same topic often has a near-identical one.
        """
        del title
        story = clean(body)
        text = words(story)
        self._pending.append(text)
        self._pending_facts.append(facts(story, FACT_LIMIT))
        self._pending_bytes += len(text)
        self._n += 1
        if len(self._pending) >= _BATCH_RECORDS or self._pending_bytes >= _BATCH_BYTES:
            self._flush()
        return self._n - 1

    def __len__(self) -> int:
        return self._n

    def _flush(self) -> None:
        if not self._pending:
            return
        p = self.params
        hashes, counts = shingle_hashes(self._pending, p.shingle_words)
        sig = signatures(hashes, counts, self._perm, self._work)
        self._sig_file.write(sig.tobytes())
        self._fact_file.write(fact_bitmaps(self._pending_facts).tobytes())
        keys = band_keys(sig, p.bands, p.rows)
        for j, f in enumerate(self._band_files):
            f.write(np.ascontiguousarray(keys[:, j]).tobytes())
        self._counts.extend(counts.tolist())
        self._pending = []
        self._pending_facts = []
        self._pending_bytes = 0

    # ---- output

    def labels(self) -> I64:
        """int64 per row: the smallest row number of its story's cluster (itself if alone)."""
        self._flush()
        for f in (self._sig_file, self._fact_file, *self._band_files):
            f.flush()
        n, p = self._n, self.params
        parent = np.arange(n, dtype=np.int64)
        counts = np.frombuffer(self._counts, dtype=np.int64) if n else np.zeros(0, np.int64)
        eligible = np.flatnonzero(counts >= p.min_shingles)
        rejected = np.zeros(0, dtype=np.int64)
        self.candidates = self.joined = 0
        for j in range(p.bands):
            for a, b in self._band_candidates(j, eligible):
                lo, hi = np.minimum(a, b), np.maximum(a, b)
                keep = parent[lo] != parent[hi]
                code = np.unique(lo[keep] * n + hi[keep])
                code = code[~_isin_sorted(code, rejected)]
                self.candidates += len(code)
                ok = self._verify(code // n, code % n, counts)
                self.joined += int(ok.sum())
                if len(rejected) < _MAX_REJECTED:
                    rejected = np.union1d(rejected, code[~ok])
                parent = union(parent, code[ok] // n, code[ok] % n)
        return parent

    def _band_keys(self, j: int, rows: I64) -> U64:
        keys = np.fromfile(self._dir / f"band-{j:03d}.u64", dtype=np.uint64)
        return keys[rows]

    def _band_candidates(self, j: int, rows: I64) -> Iterator[tuple[I64, I64]]:
        """Candidate pairs of band `j` (rows sharing its key), in batches no longer than
        `rows`. A bucket above `max_bucket` (stock text shared by many records) is split by
        the next bands' keys too, until it fits or all bands are used — then its rows are
        only paired with their neighbours: work stays linear in the bucket's size."""
        p = self.params
        keys = self._band_keys(j, rows)
        for step in range(p.bands):
            order = np.argsort(keys, kind="stable")
            keys, rows = keys[order], rows[order]
            del order
            shared = _has_twin(keys)  # most rows are alone in most bands: drop them first
            keys, rows = keys[shared], rows[shared]
            _, sizes = _runs(keys)
            size = np.repeat(sizes, sizes)
            group = np.repeat(np.arange(len(sizes)), sizes)
            fits = (size >= 2) & (size <= p.max_bucket)
            if fits.any():
                widest = int(sizes[sizes <= p.max_bucket].max())
                yield from _pairs_within(rows[fits], group[fits], widest)
            big = size > p.max_bucket
            if not big.any():
                return
            keys, rows = keys[big], rows[big]
            if step == p.bands - 1:
                same = keys[1:] == keys[:-1]
                yield rows[:-1][same], rows[1:][same]
                return
            nxt = self._band_keys((j + step + 1) % p.bands, rows)
            keys = _fmix64(keys * np.uint64(_POLY) + nxt)

    def _verify(self, a: I64, b: I64, counts: I64) -> npt.NDArray[np.bool_]:
        """Verify pairs on signatures and fact bitmaps read from disk a chunk at a time."""
        ok = np.zeros(len(a), dtype=bool)
        if len(a) == 0:
            return ok
        for lo in range(0, len(a), _VERIFY_PAIRS):
            ca, cb = a[lo : lo + _VERIFY_PAIRS], b[lo : lo + _VERIFY_PAIRS]
            rows = np.unique(np.concatenate((ca, cb)))
            block = _read_rows(self._dir / "sig.u32", np.uint32, self.params.num_perm, rows)
            fact = _read_rows(self._dir / "facts.u8", np.uint8, FACT_BITS // 8, rows)
            ia, ib = np.searchsorted(rows, ca), np.searchsorted(rows, cb)
            ok[lo : lo + len(ca)] = verify(
                block[ia], block[ib], counts[ca], counts[cb], self.params, fact[ia], fact[ib]
            )
        return ok

    # ---- lifetime

    def close(self) -> None:
        """Close and delete this clusterer's files in `workdir`."""
        for f in (self._sig_file, self._fact_file, *self._band_files):
            f.close()
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> StoryClusterer:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _read_rows(path: Path, dtype: type[np.generic], width: int, rows: I64) -> Any:
    """Rows of a 2-D array file (`width` items a row), by one positioned read per row.

    Not through a memory map: on each page fault Linux also maps up to 15 neighbouring
    pages ("fault-around"), so random rows read through a map put ~64 KB per row into RSS
    (measured: +53 MB at 100,000 records); positioned reads go through the page cache,
    which is not ours.
    """
    out = np.empty((len(rows), width), dtype=dtype)
    size = out.itemsize * width
    view = memoryview(out.data).cast("B")
    fd = os.open(path, os.O_RDONLY)
    try:
        for k, row in enumerate(rows.tolist()):
            os.preadv(fd, [view[k * size : (k + 1) * size]], row * size)
    finally:
        os.close(fd)
    return out


def _isin_sorted(values: I64, sorted_set: I64) -> npt.NDArray[np.bool_]:
    """`values` found in the sorted array `sorted_set` (cheaper than np.isin on big sets)."""
    if len(sorted_set) == 0:
        return np.zeros(len(values), dtype=bool)
    pos = np.minimum(np.searchsorted(sorted_set, values), len(sorted_set) - 1)
    found: npt.NDArray[np.bool_] = sorted_set[pos] == values
    return found

