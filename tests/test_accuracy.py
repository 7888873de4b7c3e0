"""Extraction accuracy must not fall: typed link F1 per gold set, just below the figures in the README."""

from __future__ import annotations

import pytest
from conftest import DATA

from extract import evaluate, extract_table, read_gold
from extract.readers import read_proposals

FLOORS = {"samples": 0.96, "heldout": 0.98, "heldout2": 0.97, "heldout3": 0.93, "heldout4": 0.93, "heldout5": 0.92,
          "heldout6": 0.92, "heldout7": 0.94, "heldout8": 0.91, "heldout9": 0.90, "heldout10": 0.94,
          "heldout11": 0.92, "heldout12": 0.90, "heldout13": 0.91, "heldout14": 0.91, "heldout15": 0.90,
          "heldout16": 0.94, "heldout17": 0.92, "heldout18": 0.90, "heldout19": 0.93, "heldout20": 0.95,
          "heldout21": 0.92, "heldout22": 0.92, "heldout23": 0.91, "heldout24": 0.93, "heldout25": 0.91,
          "heldout26": 0.91, "heldout27": 0.92, "heldout28": 0.90, "heldout29": 0.93, "heldout30": 0.92,
          "heldout31": 0.93, "heldout32": 0.92, "heldout33": 0.95, "heldout34": 0.93, "heldout35": 0.93,
          "heldout36": 0.92, "heldout37": 0.91, "heldout38": 0.88, "heldout39": 0.91, "heldout40": 0.89,
          "heldout41": 0.90, "heldout42": 0.89, "heldout43": 0.92, "heldout44": 0.91, "heldout45": 0.91,
          "heldout46": 0.92, "heldout47": 0.93, "heldout48": 0.92, "heldout49": 0.92, "heldout50": 0.90,
          "heldout51": 0.89, "heldout52": 0.84, "heldout53": 0.91, "heldout54": 0.91, "heldout55": 0.90,
          "heldout56": 0.90, "heldout57": 0.90, "heldout58": 0.91, "heldout59": 0.87, "heldout60": 0.90,
          "heldout61": 0.89, "heldout62": 0.91, "heldout63": 0.89, "heldout64": 0.91, "heldout65": 0.88,
          "heldout66": 0.90, "heldout67": 0.93, "heldout68": 0.87, "heldout69": 0.87, "heldout70": 0.85,
          "heldout71": 0.93, "heldout72": 0.87, "heldout73": 0.91, "heldout74": 0.92, "heldout75": 0.89,
          "heldout76": 0.93, "heldout77": 0.87, "heldout78": 0.94, "heldout79": 0.87, "heldout80": 0.89,
          "heldout81": 0.85, "heldout82": 0.92, "heldout83": 0.90, "heldout84": 0.90, "heldout85": 0.92,
          "heldout86": 0.93, "heldout87": 0.89, "heldout88": 0.91, "heldout89": 0.90, "heldout90": 0.92,
          "heldout91": 0.93, "heldout92": 0.90, "heldout93": 0.92, "heldout94": 0.92, "heldout95": 0.90,
          "heldout96": 0.91, "heldout97": 0.90, "heldout98": 0.91, "heldout99": 0.90}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_typed_f1_does_not_fall(folder):
    gold = DATA / "gold" / "sample_gold.jsonl" if folder == "samples" else DATA / folder / "gold.jsonl"
    files = sorted((DATA / folder).glob("*.txt"))
    mentions = [m for f in files for m in extract_table(read_proposals(f))]
    report = evaluate(mentions, read_gold(gold))
    assert report.overall.f1 >= FLOORS[folder], f"{folder}: typed F1 {report.overall.f1:.3f}"
