"""resolve_overlaps keeps the same candidates as the plain pairwise rule it replaces."""

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
