"""The pinned npm packages (data/npm-sources/, installed by scripts/data.sh): brands and
operators (name-suggestion-index), brand icons (simple-icons), popular Wikipedia titles
(compromise-wikipedia)."""

import os
import subprocess
from collections import defaultdict

from .common import node_modules, read_json


def wikipedia_titles():
    """The ~38k popular English Wikipedia titles, lower case (`world health organization`)."""
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "wikipedia_titles.mjs")
    out = subprocess.run(["node", script, node_modules()], check=True, capture_output=True, text=True)
    return set(out.stdout.split("\n")) - {""}


class Nsi:
    """name-suggestion-index: brands, operators and networks that OpenStreetMap tags, each
    with its Wikidata item and that item's English description."""

    def __init__(self):
        nsi = read_json(node_modules("name-suggestion-index", "dist", "json", "nsi.json"))["nsi"]
        wd = read_json(node_modules("name-suggestion-index", "dist", "wikidata", "wikidata.json"))["wikidata"]
        # qid -> {"names": set, "kinds": set of "brands"/"operators"/"transit", "places": count}
        self.items = defaultdict(lambda: {"names": set(), "kinds": set(), "cats": set(), "items": 0})
        for path, group in nsi.items():
            kind = path.split("/")[0]
            for item in group["items"]:
                tags = item["tags"]
                for key in ("brand", "operator", "network"):
                    qid = tags.get(key + ":wikidata")
                    if not qid or not tags.get(key):
                        continue
                    rec = self.items[qid]
                    rec["names"].add(tags[key])
                    if tags.get(key + ":en"):
                        rec["names"].add(tags[key + ":en"])
                    rec["kinds"].add(kind)
                    rec["cats"].add(path)
                    rec["items"] += 1
        for qid, rec in self.items.items():
            info = wd.get(qid, {})
            rec["label"] = info.get("label", "")
            rec["description"] = info.get("description", "") or ""


def simple_icons():
    """simple-icons: [{title, aliases, source}] of 3.5k brands, companies and products."""
    return read_json(node_modules("simple-icons", "data", "simple-icons.json"))
