"""jieba's word counts and part-of-speech tags as the finders use them, kept on disk between runs.

The finders need the counts of jieba's dictionary with the lexicon's own words added
(:func:`extract.finders.lexicon.tokenizer`), and the tags of jieba's dictionary file. Making
them loads jieba's dictionary and reads its text file: some three seconds in every process,
which a one-file ``tiangraph build`` (and each ``--jobs`` worker) paid before reading a line.
The first process writes them to one file in the user's cache folder; later ones read that
file in a fraction of the time. The file's name carries a fingerprint of all they are made
from (jieba's version and dictionary file, the lexicon's words, this format), so a change to
any of them makes them anew; the file of other data or code is deleted once no process has read
it for two weeks. A missing, unreadable or damaged file only costs the time.

The folder is :func:`extract.cachedir.cache_dir`.
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import os
import sys
import tempfile
import time
from array import array
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from itertools import repeat
from math import log
from pathlib import Path

from extract.cachedir import cache_dir
from extract.finders.lexicon import TOKENIZER_KINDS, load_lexicon, tokenizer

__all__ = ["WordTables", "word_tables", "cache_dir"]

#: Bumped whenever what the file holds changes shape.
_FORMAT = 2


@dataclass(frozen=True)
class WordTables:
    """Word → count (prefixes of words that are no word themselves count 0), the counts' total,
    word → jieba's part-of-speech tag for the dictionary's words of two or more characters, and
    word → log-probability (``log(count) - log(total)``; None for a prefix that is no word), which
    :func:`extract.finders.segment.segment` cuts by."""

    freq: dict[str, int]
    total: int
    tags: dict[str, str]
    log_p: dict[str, float | None]


@lru_cache(maxsize=1)
def word_tables() -> WordTables:
    """The tables, read from the cache file when it is there and whole, else made and written."""
    folder = cache_dir()
    path = folder / f"words-{_fingerprint()}.marshal" if folder is not None else None
    if path is not None:
        loaded = _read(path)
        if loaded is not None:
            _mark_used(path)
            return loaded
    tables = _make()
    if path is not None:
        _write(path, tables)
    return tables


def _jieba_dictionary() -> Path:
    """jieba's main dictionary file, found without importing jieba (which takes a while)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:  # pragma: no cover - jieba is a dependency
        raise ImportError("tiangraph needs jieba for word boundaries: pip install jieba")
    return Path(spec.origin).parent / "dict.txt"


def _fingerprint() -> str:
    """What the tables are made from: jieba's version and dictionary file, the lexicon's words, and
the code that makes them."""
    lex = load_lexicon()
    digest = hashlib.sha256()
    dictionary = _jieba_dictionary()
    stat = dictionary.stat()
    digest.update(f"{_FORMAT}|{sys.version_info[:2]}|{_version('jieba')}|{dictionary}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    for source in (Path(__file__), Path(__file__).with_name("lexicon.py")):  # how the tables are made
        digest.update(source.read_bytes())
    for word in sorted(lex.divisions):
        digest.update(word.encode() + b"\n")
    for kind in TOKENIZER_KINDS:
        digest.update(f"\x00{kind}\x00".encode())
        for word in sorted(lex.words(kind)):
            digest.update(word.encode() + b"\n")
    return digest.hexdigest()[:24]


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:  # pragma: no cover - an unpackaged copy
        return ""


def _make() -> WordTables:
    tok = tokenizer()
    tags: dict[str, str] = {}
    with open(_jieba_dictionary(), encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 3 and len(parts[0]) > 1:
                tags[parts[0]] = parts[2]
    return WordTables(dict(tok.FREQ), tok.total, tags, _log_probabilities(tok.FREQ, tok.total))


def _log_probabilities(freq: dict[str, int], total: int) -> dict[str, float | None]:
    log_total = log(total)
    return {word: log(count) - log_total if count else None for word, count in freq.items()}


def _read(path: Path) -> WordTables | None:
    """The tables of a file :func:`_write` wrote, or None when it is not whole or of this format.

    The words are one string split once, and counts and log-probabilities arrays of machine
    numbers: rebuilding the dicts from these takes a third of the time unmarshalling dicts of
    half a million entries does.
    """
    try:
        data = marshal.loads(path.read_bytes())
        if not (isinstance(data, tuple) and len(data) == 7 and data[0] == _FORMAT):
            return None  # not a file of this format: made anew
        _, joined, count_bytes, log_bytes, total, tag_words, tag_values = data
        words, counts, logs = _lines(joined), array("q"), array("d")
        counts.frombytes(count_bytes)
        logs.frombytes(log_bytes)
        tag_keys, tag_list = _lines(tag_words), _lines(tag_values)
        if len(counts) != len(logs) or len(counts) > len(words) or len(tag_keys) != len(tag_list) or not isinstance(total, int):
            return None
    except (OSError, EOFError, ValueError, TypeError, AttributeError):
        return None
    freq = dict(zip(words, counts))  # the words with a count come first, then the prefixes (count 0)
    freq.update(zip(words[len(counts) :], repeat(0)))
    log_p: dict[str, float | None] = dict(zip(words, logs))
    log_p.update(dict.fromkeys(words[len(logs) :]))
    return WordTables(freq, total, dict(zip(tag_keys, tag_list)), log_p)


def _lines(joined: str) -> list[str]:
    """The words :func:`_write` joined with line feeds (none for an empty string)."""
    return joined.split("\n") if joined else []


#: A file of other data or code that no process has read for this long is deleted (seconds).
UNUSED_AFTER = 14 * 24 * 3600


def _mark_used(path: Path) -> None:
    """Note that a process read the file (its modification time), so that another version of
    tiangraph used beside this one does not delete it (:func:`_remove_unused`)."""
    try:
        if time.time() - path.stat().st_mtime > 3600:  # once an hour is often enough
            os.utime(path)
    except OSError:
        pass  # a folder we may only read


def _remove_unused(path: Path) -> None:
    """Delete the files of other data or code (an older tiangraph, jieba or lexicon) that no process
    has read for ``UNUSED_AFTER``; two versions in use side by side keep a file each."""
    now = time.time()
    for other in path.parent.glob("words-*.marshal"):
        try:
            if other != path and now - other.stat().st_mtime > UNUSED_AFTER:
                other.unlink()
        except OSError:
            pass  # gone already, or not ours to delete


def _write(path: Path, tables: WordTables) -> None:
    """Write the file whole or not at all (another process may be reading or writing it too)."""
    counted = [word for word, count in tables.freq.items() if count]
    prefixes = [word for word, count in tables.freq.items() if not count]
    if any("\n" in word for word in tables.freq) or any("\n" in text for pair in tables.tags.items() for text in pair):
        return  # a word the file's layout cannot hold: made again each time instead
    data = (_FORMAT, "\n".join(counted + prefixes), array("q", (tables.freq[w] for w in counted)).tobytes(),
            array("d", (tables.log_p[w] for w in counted)).tobytes(), tables.total, "\n".join(tables.tags),
            "\n".join(tables.tags.values()))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".words-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(marshal.dumps(data))
            os.replace(temporary, path)
            _remove_unused(path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except OSError:
        pass  # a folder we may not write to: the next process makes the tables again
