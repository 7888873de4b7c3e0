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
