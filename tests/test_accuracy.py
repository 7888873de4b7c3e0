"""Extraction accuracy must not fall: typed link F1 per gold set, just below the figures in the README."""

from __future__ import annotations

import pytest
from conftest import DATA

from extract import evaluate, extract_table, read_gold
from extract.readers import read_proposals

FLOORS = {"samples": 0.96, "heldout": 0.98, "heldout2": 0.97, "heldout3": 0.95, "heldout4": 0.94, "heldout5": 0.94,
          "heldout6": 0.93, "heldout7": 0.95, "heldout8": 0.92, "heldout9": 0.93, "heldout10": 0.95,
          "heldout11": 0.93, "heldout12": 0.92, "heldout13": 0.93, "heldout14": 0.93, "heldout15": 0.92,
          "heldout16": 0.96, "heldout17": 0.94, "heldout18": 0.93, "heldout19": 0.95, "heldout20": 0.95,
          "heldout21": 0.92, "heldout22": 0.94, "heldout23": 0.94, "heldout24": 0.95, "heldout25": 0.94,
          "heldout26": 0.93, "heldout27": 0.92, "heldout28": 0.93, "heldout29": 0.95, "heldout30": 0.93,
          "heldout31": 0.94, "heldout32": 0.94, "heldout33": 0.96, "heldout34": 0.93, "heldout35": 0.94,
          "heldout36": 0.94, "heldout37": 0.94, "heldout38": 0.91, "heldout39": 0.94, "heldout40": 0.91,
          "heldout41": 0.91, "heldout42": 0.91, "heldout43": 0.93, "heldout44": 0.92, "heldout45": 0.92,
          "heldout46": 0.93, "heldout47": 0.94, "heldout48": 0.94, "heldout49": 0.94, "heldout50": 0.90,
          "heldout51": 0.91, "heldout52": 0.88, "heldout53": 0.92, "heldout54": 0.94, "heldout55": 0.92,
          "heldout56": 0.92, "heldout57": 0.91, "heldout58": 0.92, "heldout59": 0.91, "heldout60": 0.93,
          "heldout61": 0.90, "heldout62": 0.93, "heldout63": 0.92, "heldout64": 0.92, "heldout65": 0.90,
          "heldout66": 0.93, "heldout67": 0.94, "heldout68": 0.90, "heldout69": 0.92, "heldout70": 0.87,
          "heldout71": 0.94, "heldout72": 0.90, "heldout73": 0.92, "heldout74": 0.94, "heldout75": 0.91,
          "heldout76": 0.93, "heldout77": 0.89, "heldout78": 0.94, "heldout79": 0.90, "heldout80": 0.93,
          "heldout81": 0.91, "heldout82": 0.95, "heldout83": 0.92, "heldout84": 0.93, "heldout85": 0.94,
          "heldout86": 0.94, "heldout87": 0.93, "heldout88": 0.95, "heldout89": 0.93, "heldout90": 0.95,
          "heldout91": 0.94, "heldout92": 0.94, "heldout93": 0.94, "heldout94": 0.95, "heldout95": 0.93,
          "heldout96": 0.95, "heldout97": 0.93, "heldout98": 0.94, "heldout99": 0.92, "heldout100": 0.97,
          "heldout101": 0.95, "heldout102": 0.95, "heldout103": 0.96, "heldout104": 0.97, "heldout105": 0.94,
          "heldout106": 0.94, "heldout107": 0.94, "heldout108": 0.94, "heldout109": 0.95, "heldout110": 0.96,
          "heldout111": 0.96, "heldout112": 0.94, "heldout113": 0.92, "heldout114": 0.95, "heldout115": 0.95,
          "heldout116": 0.94, "heldout117": 0.94, "heldout118": 0.93, "heldout119": 0.94, "heldout120": 0.93,
          "heldout121": 0.98, "heldout122": 0.94, "heldout123": 0.96, "heldout124": 0.92, "heldout125": 0.94,
          "heldout126": 0.93, "heldout127": 0.93, "heldout128": 0.93, "heldout129": 0.94, "heldout130": 0.91,
          "heldout131": 0.91, "heldout132": 0.95, "heldout133": 0.93, "heldout134": 0.93, "heldout135": 0.94,
          "heldout136": 0.91, "heldout137": 0.93, "heldout138": 0.93, "heldout139": 0.92, "heldout140": 0.96,
          "heldout141": 0.94, "heldout142": 0.94, "heldout143": 0.88, "heldout144": 0.92, "heldout145": 0.90,
          "heldout146": 0.92, "heldout147": 0.89, "heldout148": 0.93, "heldout149": 0.87, "heldout150": 0.92,
          "heldout151": 0.91, "heldout152": 0.88, "heldout153": 0.92, "heldout154": 0.95, "heldout155": 0.95,
          "heldout156": 0.94, "heldout157": 0.93, "heldout158": 0.95, "heldout159": 0.92, "heldout160": 0.94,
          "heldout161": 0.92, "heldout162": 0.92, "heldout163": 0.94, "heldout164": 0.95, "heldout165": 0.94,
          "heldout166": 0.95, "heldout167": 0.94, "heldout168": 0.93, "heldout169": 0.94, "heldout170": 0.94,
          "heldout171": 0.94, "heldout172": 0.94, "heldout173": 0.91, "heldout174": 0.94, "heldout175": 0.94,
          "heldout176": 0.92, "heldout177": 0.93, "heldout178": 0.95, "heldout179": 0.95, "heldout180": 0.90,
          "heldout181": 0.93, "heldout182": 0.92, "heldout183": 0.94, "heldout184": 0.94, "heldout185": 0.93,
          "heldout186": 0.92, "heldout187": 0.91, "heldout188": 0.92, "heldout189": 0.93, "heldout190": 0.96,
          "heldout191": 0.96, "heldout192": 0.95, "heldout193": 0.97, "heldout194": 0.94, "heldout195": 0.95,
          "heldout196": 0.93, "heldout197": 0.95, "heldout198": 0.93, "heldout199": 0.93, "heldout200": 0.94,
          "heldout201": 0.97, "heldout202": 0.92, "heldout203": 0.91, "heldout204": 0.93, "heldout205": 0.95,
          "heldout206": 0.94, "heldout207": 0.95, "heldout208": 0.95, "heldout209": 0.94, "heldout210": 0.94,
          "heldout211": 0.96, "heldout212": 0.93, "heldout213": 0.95, "heldout214": 0.94, "heldout215": 0.95,
          "heldout216": 0.91, "heldout217": 0.93, "heldout218": 0.94, "heldout219": 0.94, "heldout220": 0.95,
          "heldout221": 0.93, "heldout222": 0.95, "heldout223": 0.94, "heldout224": 0.93, "heldout225": 0.96,
          "heldout226": 0.94, "heldout227": 0.94, "heldout228": 0.93, "heldout229": 0.93, "heldout230": 0.94,
          "heldout231": 0.93, "heldout232": 0.92, "heldout233": 0.90, "heldout234": 0.91, "heldout235": 0.94,
          "heldout236": 0.94, "heldout237": 0.96, "heldout238": 0.92, "heldout239": 0.92, "heldout240": 0.92,
          "heldout241": 0.95, "heldout242": 0.95, "heldout243": 0.93, "heldout244": 0.92, "heldout245": 0.92,
          "heldout246": 0.95, "heldout247": 0.94, "heldout248": 0.88, "heldout249": 0.93, "heldout250": 0.94,
          "heldout251": 0.94, "heldout252": 0.96, "heldout253": 0.93, "heldout254": 0.94, "heldout255": 0.95,
          "heldout256": 0.96, "heldout257": 0.92, "heldout258": 0.91, "heldout259": 0.93, "heldout260": 0.93,
          "heldout261": 0.92, "heldout262": 0.94, "heldout263": 0.92, "heldout264": 0.93, "heldout265": 0.91,
          "heldout266": 0.95, "heldout267": 0.89, "heldout268": 0.91, "heldout269": 0.91, "heldout270": 0.93,
          "heldout271": 0.93, "heldout272": 0.96, "heldout273": 0.92, "heldout274": 0.93, "heldout275": 0.88,
          "heldout276": 0.95, "heldout277": 0.91, "heldout278": 0.92, "heldout279": 0.93, "heldout280": 0.93,
          "heldout281": 0.92, "heldout282": 0.95, "heldout283": 0.96, "heldout284": 0.91, "heldout285": 0.92,
          "heldout286": 0.96, "heldout287": 0.91, "heldout288": 0.93, "heldout289": 0.94, "heldout290": 0.96,
          "heldout291": 0.94, "heldout292": 0.96, "heldout293": 0.93, "heldout294": 0.93, "heldout295": 0.92,
          "heldout296": 0.94, "heldout297": 0.97, "heldout298": 0.95, "heldout299": 0.95, "heldout300": 0.91,
          "heldout301": 0.91, "heldout302": 0.93, "heldout303": 0.95, "heldout304": 0.96, "heldout305": 0.92,
          "heldout306": 0.95, "heldout307": 0.94, "heldout308": 0.93, "heldout309": 0.94, "heldout310": 0.96,
          "heldout311": 0.94, "heldout312": 0.95, "heldout313": 0.94, "heldout314": 0.95, "heldout315": 0.92,
          "heldout316": 0.96, "heldout317": 0.95, "heldout318": 0.94, "heldout319": 0.94, "heldout320": 0.93,
          "heldout321": 0.93, "heldout322": 0.96, "heldout323": 0.95, "heldout324": 0.92, "heldout325": 0.94,
          "heldout326": 0.94, "heldout327": 0.93, "heldout328": 0.93, "heldout329": 0.95, "heldout330": 0.94,
          "heldout331": 0.95, "heldout332": 0.94, "heldout333": 0.95, "heldout334": 0.92, "heldout335": 0.96,
          "heldout336": 0.97, "heldout337": 0.94, "heldout338": 0.96, "heldout339": 0.94, "heldout340": 0.97,
          "heldout341": 0.93, "heldout342": 0.92, "heldout343": 0.94, "heldout344": 0.97, "heldout345": 0.95,
          "heldout346": 0.94, "heldout347": 0.94, "heldout348": 0.94, "heldout349": 0.96, "heldout350": 0.93,
          "heldout351": 0.93, "heldout352": 0.95, "heldout353": 0.95, "heldout354": 0.94, "heldout355": 0.94,
          "heldout356": 0.93, "heldout357": 0.94, "heldout358": 0.92, "heldout359": 0.94, "heldout360": 0.93,
          "heldout361": 0.95, "heldout362": 0.94, "heldout363": 0.95, "heldout364": 0.93, "heldout365": 0.91, "heldout366": 0.93,
          "heldout367": 0.95, "heldout368": 0.94, "heldout369": 0.90, "heldout370": 0.94, "heldout371": 0.95, "heldout372": 0.93,
          "heldout373": 0.94, "heldout374": 0.95, "heldout375": 0.94, "heldout376": 0.95, "heldout377": 0.93, "heldout378": 0.93,
          "heldout379": 0.95, "heldout380": 0.91, "heldout381": 0.93, "heldout382": 0.95, "heldout383": 0.94, "heldout384": 0.93,
          "heldout385": 0.94, "heldout386": 0.93, "heldout387": 0.90, "heldout388": 0.91, "heldout389": 0.94, "heldout390": 0.95,
          "heldout391": 0.94, "heldout392": 0.93, "heldout393": 0.94, "heldout394": 0.94, "heldout395": 0.92, "heldout396": 0.93,
          "heldout397": 0.96, "heldout398": 0.94, "heldout399": 0.92, "heldout400": 0.92, "heldout401": 0.93, "heldout402": 0.93,
          "heldout403": 0.95, "heldout404": 0.94, "heldout405": 0.94, "heldout406": 0.94, "heldout407": 0.92, "heldout408": 0.92,
          "heldout409": 0.92, "heldout410": 0.93, "heldout411": 0.92, "heldout412": 0.92, "heldout413": 0.93, "heldout414": 0.95,
          "heldout415": 0.95, "heldout416": 0.88, "heldout417": 0.89, "heldout418": 0.91, "heldout419": 0.92, "heldout420": 0.90,
          "heldout421": 0.96, "heldout422": 0.93, "heldout423": 0.93, "heldout424": 0.92, "heldout425": 0.93, "heldout426": 0.93,
          "heldout427": 0.91, "heldout428": 0.94, "heldout429": 0.93, "heldout430": 0.94, "heldout431": 0.93, "heldout432": 0.95,
          "heldout433": 0.93, "heldout434": 0.90, "heldout435": 0.94, "heldout436": 0.94, "heldout437": 0.92, "heldout438": 0.94}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_typed_f1_does_not_fall(folder):
    gold = DATA / "gold" / "sample_gold.jsonl" if folder == "samples" else DATA / folder / "gold.jsonl"
    files = sorted((DATA / folder).glob("*.txt"))
    mentions = [m for f in files for m in extract_table(read_proposals(f))]
    report = evaluate(mentions, read_gold(gold))
    assert report.overall.f1 >= FLOORS[folder], f"{folder}: typed F1 {report.overall.f1:.3f}"
