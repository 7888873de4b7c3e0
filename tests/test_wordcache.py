"""The word tables the finders read from the user's cache folder are the ones they would make."""

from __future__ import annotations

import pytest

from extract.finders import wordcache
from extract.finders.lexicon import Lexicon, load_lexicon, tokenizer


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TIANGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    wordcache.word_tables.cache_clear()
    yield tmp_path / "cache"
    wordcache.word_tables.cache_clear()


def test_first_run_writes_the_tables_and_the_next_reads_the_same(cache, monkeypatch):
    made = wordcache.word_tables()
    assert made.freq == dict(tokenizer().FREQ) and made.total == tokenizer().total
    assert made.tags["技术创新"] == "l" and len(made.tags) > 100_000
    files = list(cache.glob("words-*.marshal"))
    assert len(files) == 1
    wordcache.word_tables.cache_clear()
    monkeypatch.setattr(wordcache, "_make", lambda: pytest.fail("the tables were made again instead of read"))
    read = wordcache.word_tables()
    assert read == made


def test_a_damaged_file_is_made_again(cache):
    wordcache.word_tables()
    (path,) = cache.glob("words-*.marshal")
    path.write_bytes(b"\x00not marshal")
    wordcache.word_tables.cache_clear()
    assert wordcache.word_tables().freq == dict(tokenizer().FREQ)
    wordcache.word_tables.cache_clear()
    assert wordcache._read(path) is not None  # written whole again


def test_a_folder_that_cannot_be_written_costs_only_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("TIANGRAPH_CACHE_DIR", str(blocker / "cache"))
    wordcache.word_tables.cache_clear()
    try:
        assert wordcache.word_tables().total == tokenizer().total
    finally:
        wordcache.word_tables.cache_clear()


def test_other_lexicon_words_name_another_file(monkeypatch):
    before = wordcache._fingerprint()
    lex = load_lexicon()
    changed = Lexicon(rules={**lex.rules, "stop": {**lex.words("stop"), "新停用词": ""}}, divisions=lex.divisions)
    monkeypatch.setattr(wordcache, "load_lexicon", lambda: changed)
    assert wordcache._fingerprint() != before


def test_files_of_other_versions_are_kept_while_used_and_removed_when_not(cache):
    import os
    import time

    cache.mkdir(parents=True)
    recent, forgotten = cache / "words-recent.marshal", cache / "words-forgotten.marshal"
    for other in (recent, forgotten):
        other.write_bytes(b"another version's tables")
    month_ago = time.time() - 30 * 24 * 3600
    os.utime(forgotten, (month_ago, month_ago))
    wordcache.word_tables()  # makes and writes this version's file
    assert recent.exists() and not forgotten.exists()
    (mine,) = [p for p in cache.glob("words-*.marshal") if p not in (recent,)]
    os.utime(mine, (month_ago, month_ago))
    wordcache.word_tables.cache_clear()
    wordcache.word_tables()  # read: marked as used
    assert time.time() - mine.stat().st_mtime < 60


def test_the_file_holds_the_log_probabilities_segment_cuts_by(cache):
    from math import log

    made = wordcache.word_tables()
    wordcache.word_tables.cache_clear()
    read = wordcache.word_tables()
    total = tokenizer().total
    assert read.log_p["安全"] == log(tokenizer().FREQ["安全"]) - log(total)
    assert read.log_p == made.log_p and read.freq == made.freq
    assert {w for w, p in read.log_p.items() if p is None} == {w for w, n in tokenizer().FREQ.items() if not n}


def test_tables_round_trip_through_the_file_even_when_empty(tmp_path):
    for tables in (wordcache.WordTables({}, 1, {}, {}),
                   wordcache.WordTables({"安全": 5, "安": 0}, 10, {"安全": "an"}, {"安全": -0.7, "安": None})):
        path = tmp_path / "words-test.marshal"
        wordcache._write(path, tables)
        assert wordcache._read(path) == tables
