"""Faster ways to the same answer: resolve_overlaps against the plain pairwise rule it replaces, the
number scan against the full pattern."""

import random

from extract.finders.base import Candidate
from extract.mentions import _resolve_pairwise, resolve_overlaps


def test_masks_keep_what_the_pairwise_rule_keeps():
    rng = random.Random(7)
    for _ in range(5000):
        candidates = []
        for _ in range(rng.randint(0, 9)):
            start = rng.randint(0, 20)
            candidates.append(Candidate(rng.choice(["Document", "Unit", "Site"]), rng.choice("ab"), start,
                                        start + rng.randint(1, 7), rng.choice("xy"), rng.randint(0, 2)))
        assert resolve_overlaps(candidates) == _resolve_pairwise(set(candidates))


def test_nested_documents_are_kept_and_other_overlaps_are_not():
    outer = Candidate("Document", "关于印发《应急预案》的通知", 0, 14, "document:title", 2)
    inner = Candidate("Document", "应急预案", 5, 9, "document:title", 2)
    unit = Candidate("Unit", "市应急管理局", 6, 12, "unit:alias", 2)
    assert resolve_overlaps([inner, unit, outer]) == [outer, inner]
    assert resolve_overlaps([unit, inner]) == [unit]


def test_numbers_found_near_bracketed_years_are_those_a_full_scan_finds():
    """find_numbers tries its pattern only just before each bracketed year (a full scan tries it at every
    character): on random texts of prefixes, brackets, years, spaces and numbers both find the same."""
    from extract.finders.document import _NUMBER, _number_matches

    rng = random.Random(2)
    pieces = ["深应急", "粤办函", "以", "和", "国卫办医发", "印发了关于加强管理的通知", " ", "　", "\n", "〔2021〕", "[2019]",
              "（2020）", "【2018】", "(1999)", "［2022］", "第", "107号", "3號", "12", "号", "〔", "〕", "（", "2021", "年",
              "甲乙丙丁戊己庚辛壬癸子丑", "abc"]
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        full = [(m.span(), m.group("prefix")) for m in _NUMBER.finditer(text)]
        assert [(m.span(), m.group("prefix")) for m in _number_matches(text)] == full, text
        found += len(full)
    assert found > 500  # the texts do hold numbers


def test_words_across_finds_what_matching_at_every_position_finds():
    """words_across searches from one word to the next; it finds what matching the words at every
    position near the span finds."""
    from extract.finders.lexicon import _compiled_words, words_across

    words = frozenset({"局部", "部署", "布局", "局长", "长沙", "会同", "同盟", "部", "署名单"})
    pattern, longest = _compiled_words(words)
    rng = random.Random(3)
    for _ in range(20000):
        text = "".join(rng.choice("局部署布长沙会同盟名单市") for _ in range(rng.randint(1, 12)))
        start = rng.randrange(len(text))
        end = rng.randint(start + 1, len(text))
        every = []
        for position in range(max(0, start - longest + 1), end):
            match = pattern.match(text, position)
            if match and match.end() > start and (position < start or match.end() > end):
                every.append((position, match.end()))
        assert words_across(text, start, end, words) == every, (text, start, end)
