"""Extraction accuracy must not fall: typed link F1 per gold set, just below the figures in the README."""

from __future__ import annotations

import pytest
from conftest import DATA

from extract import evaluate, extract_table, read_gold
from extract.readers import read_proposals

FLOORS = {"samples": 0.96, "heldout": 0.98, "heldout2": 0.97, "heldout3": 0.92, "heldout4": 0.90,
          "heldout5": 0.91, "heldout6": 0.90, "heldout7": 0.92, "heldout8": 0.86, "heldout9": 0.85,
          "heldout10": 0.89, "heldout11": 0.87, "heldout12": 0.85, "heldout13": 0.84, "heldout14": 0.85,
          "heldout15": 0.85, "heldout16": 0.90, "heldout17": 0.88, "heldout18": 0.89, "heldout19": 0.90,
          "heldout20": 0.92, "heldout21": 0.85, "heldout22": 0.89, "heldout23": 0.87,
          "heldout24": 0.88, "heldout25": 0.89,
          "heldout26": 0.87, "heldout27": 0.88,
          "heldout28": 0.87, "heldout29": 0.91, "heldout30": 0.91, "heldout31": 0.90,
          "heldout32": 0.91, "heldout33": 0.93, "heldout34": 0.92, "heldout35": 0.92,
          "heldout36": 0.91, "heldout37": 0.87, "heldout38": 0.84, "heldout39": 0.88,
          "heldout40": 0.86, "heldout41": 0.88, "heldout42": 0.88, "heldout43": 0.91,
          "heldout44": 0.90, "heldout45": 0.88, "heldout46": 0.90, "heldout47": 0.91,
          "heldout48": 0.91, "heldout49": 0.90, "heldout50": 0.89, "heldout51": 0.85,
          "heldout52": 0.79, "heldout53": 0.89, "heldout54": 0.87, "heldout55": 0.87,
          "heldout56": 0.87, "heldout57": 0.84}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_typed_f1_does_not_fall(folder):
    gold = DATA / "gold" / "sample_gold.jsonl" if folder == "samples" else DATA / folder / "gold.jsonl"
    files = sorted((DATA / folder).glob("*.txt"))
    mentions = [m for f in files for m in extract_table(read_proposals(f))]
    report = evaluate(mentions, read_gold(gold))
    assert report.overall.f1 >= FLOORS[folder], f"{folder}: typed F1 {report.overall.f1:.3f}"
