"""Extraction accuracy must not fall: typed link F1 per gold set, just below the figures in the README."""

from __future__ import annotations

import pytest
from conftest import DATA

from extract import evaluate, extract_table, read_gold
from extract.readers import read_proposals

FLOORS = {"samples": 0.96, "heldout": 0.98, "heldout2": 0.97, "heldout3": 0.93, "heldout4": 0.92,
          "heldout5": 0.91, "heldout6": 0.91, "heldout7": 0.94, "heldout8": 0.89, "heldout9": 0.89,
          "heldout10": 0.93, "heldout11": 0.90, "heldout12": 0.89, "heldout13": 0.88, "heldout14": 0.89,
          "heldout15": 0.90, "heldout16": 0.92, "heldout17": 0.91, "heldout18": 0.90, "heldout19": 0.92,
          "heldout20": 0.95, "heldout21": 0.89, "heldout22": 0.91, "heldout23": 0.89, "heldout24": 0.91,
          "heldout25": 0.91, "heldout26": 0.89, "heldout27": 0.90, "heldout28": 0.89, "heldout29": 0.92,
          "heldout30": 0.91, "heldout31": 0.90, "heldout32": 0.91, "heldout33": 0.94, "heldout34": 0.92,
          "heldout35": 0.92, "heldout36": 0.91, "heldout37": 0.88, "heldout38": 0.85, "heldout39": 0.88,
          "heldout40": 0.87, "heldout41": 0.89, "heldout42": 0.88, "heldout43": 0.91, "heldout44": 0.90,
          "heldout45": 0.90, "heldout46": 0.90, "heldout47": 0.92, "heldout48": 0.91, "heldout49": 0.90,
          "heldout50": 0.89, "heldout51": 0.86, "heldout52": 0.83, "heldout53": 0.90, "heldout54": 0.90,
          "heldout55": 0.89, "heldout56": 0.88, "heldout57": 0.85, "heldout58": 0.89, "heldout59": 0.85,
          "heldout60": 0.87, "heldout61": 0.88, "heldout62": 0.90, "heldout63": 0.89, "heldout64": 0.89,
          "heldout65": 0.87, "heldout66": 0.86, "heldout67": 0.92, "heldout68": 0.86, "heldout69": 0.86,
          "heldout70": 0.82, "heldout71": 0.90, "heldout72": 0.85, "heldout73": 0.89, "heldout74": 0.89,
          "heldout75": 0.86, "heldout76": 0.89, "heldout77": 0.85, "heldout78": 0.91, "heldout79": 0.85,
          "heldout80": 0.88, "heldout81": 0.82}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_typed_f1_does_not_fall(folder):
    gold = DATA / "gold" / "sample_gold.jsonl" if folder == "samples" else DATA / folder / "gold.jsonl"
    files = sorted((DATA / folder).glob("*.txt"))
    mentions = [m for f in files for m in extract_table(read_proposals(f))]
    report = evaluate(mentions, read_gold(gold))
    assert report.overall.f1 >= FLOORS[folder], f"{folder}: typed F1 {report.overall.f1:.3f}"
