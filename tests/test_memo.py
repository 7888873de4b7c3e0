"""Answers the finders remember per name are the answers they would work out afresh, and the
tables that hold them stay bounded."""

from extract.finders import lexicon as lexicon_module
from extract.finders.framework import _is_shape, is_framework_shape
from extract.canon import AliasRegistry
from extract.finders.base import Context
from extract.finders.lexicon import Lexicon, load_lexicon
from extract.finders.platform import _is_generic, is_generic_name


def test_remembered_answers_equal_fresh_ones():
    lex = load_lexicon()
    for name, suffix in [("信息化系统", "系统"), ("城市公共安全风险分级管控系统", "系统"), ("GIS系统", "系统"), ("科研机构", "机构")]:
        for _ in range(2):  # the second answer comes from the memo
            assert is_generic_name(name, suffix, "Platform", lex) == _is_generic(name, suffix, "Platform", lex)
    for content in ["1+11+N", "三个一", "闭环", " 一库四平台 ", "5·18"]:
        for _ in range(2):
            assert is_framework_shape(content, lex) == _is_shape(content, lex)


def test_memo_tables_are_emptied_when_they_outgrow_the_limit(monkeypatch):
    monkeypatch.setattr(lexicon_module, "MEMO_LIMIT", 3)
    lex = Lexicon()
    table = lex.memo("test")
    table.update({i: i for i in range(4)})
    assert lex.memo("test") == {}
    lex.memo("test")[1] = 1
    assert lex.memo("test") == {1: 1}


def test_a_context_remembers_per_owner_and_home_and_a_field_per_text():
    ctx = Context("市应急管理局", AliasRegistry())
    calls = []

    def answer(name, context):
        calls.append((name, context.home))
        return name + context.home

    assert ctx.remember("test", answer, "坪山") == ctx.remember("test", answer, "坪山") == "坪山"
    ctx.home = "4403"
    assert ctx.remember("test", answer, "坪山") == "坪山4403"  # another home is asked again
    assert calls == [("坪山", ""), ("坪山", "4403")]

    first, second = "依托“学习强安”APP", "建设“一库四平台”"
    assert ctx.for_field("quotes", first, lambda text, context: len(calls)) == 2
    calls.append("more")
    assert ctx.for_field("quotes", first, lambda text, context: len(calls)) == 2  # the same field: kept
    assert ctx.for_field("quotes", second, lambda text, context: len(calls)) == 3  # the next field: worked out


def test_a_lexicon_remembers_an_answer_of_none_too():
    lex = Lexicon()
    calls = []

    def answer(name, lexicon):
        calls.append(name)
        return None

    assert lex.remember("test-none", answer, "坪山") is None
    assert lex.remember("test-none", answer, "坪山") is None
    assert calls == ["坪山"]


def test_a_registrys_dictionary_index_is_kept_with_it_and_freed_with_it():
    import gc
    import weakref

    from extract.canon import Alias, load_aliases
    from extract.finders.dictionary import dictionary_matches

    registry = load_aliases()
    text = "联合市规自局推进强安工作"
    first = dictionary_matches(text, Context("市应急管理局", registry))
    assert [text[m.start:m.end] for m in first] == ["市规自局"]
    index = registry.memo["dictionary:index"]
    assert dictionary_matches(text, Context("市应急管理局", registry)) == first and registry.memo["dictionary:index"] is index
    registry.add(Alias("Platform", "强安", "学习强安"))  # an alias added: the index is made anew
    again = dictionary_matches(text, Context("市应急管理局", registry))
    assert [text[m.start:m.end] for m in again] == ["市规自局", "强安"] and registry.memo["dictionary:index"] is not index
    dead = weakref.ref(registry)
    del registry, index
    gc.collect()
    assert dead() is None
