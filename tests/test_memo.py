"""Answers the finders remember per name are the answers they would work out afresh, and the
tables that hold them stay bounded."""

from extract.finders import lexicon as lexicon_module
from extract.finders.framework import _is_shape, is_framework_shape
from extract.finders.lexicon import Lexicon, load_lexicon
from extract.finders.platform import _is_generic, is_generic_name


def test_remembered_answers_equal_fresh_ones():
    lex = load_lexicon()
    for name, suffix in [("信息化系统", "系统"), ("城市公共安全风险分级管控系统", "系统"), ("GIS系统", "系统"), ("科研机构", "机构")]:
        for _ in range(2):  # the second answer comes from the memo
            assert is_generic_name(name, suffix, "Platform", lex) == _is_generic(name, suffix, "Platform", lex)
    for content in ["1+11+N", "三个一", "闭环", " 一库四平台 ", "5·18"]:
        for _ in range(2):
            assert is_framework_shape(content, lex) == _is_shape(content.strip(), lex)


def test_memo_tables_are_emptied_when_they_outgrow_the_limit(monkeypatch):
    monkeypatch.setattr(lexicon_module, "MEMO_LIMIT", 3)
    lex = Lexicon()
    table = lex.memo("test")
    table.update({i: i for i in range(4)})
    assert lex.memo("test") == {}
    lex.memo("test")[1] = 1
    assert lex.memo("test") == {1: 1}
