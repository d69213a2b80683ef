"""The pinned npm packages (data/npm-sources/, installed by scripts/data.sh): brands and
operators (name-suggestion-index), brand icons (simple-icons), popular Wikipedia titles
(compromise-wikipedia), and the organisations and teams of compromise's lexicon."""

import os
import subprocess
from collections import defaultdict

from .common import node_modules, read_json


def run_node(script):
    """The lines a script beside this module prints, given the pinned packages' directory."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), script)
    out = subprocess.run(["node", path, node_modules()], check=True, capture_output=True, text=True)
    return set(out.stdout.split("\n")) - {""}


def wikipedia_titles():
    """The ~38k popular English Wikipedia titles, lower case (`world health organization`)."""
    return run_node("wikipedia_titles.mjs")


def compromise_orgs():
    """The ~470 organisations and sports teams compromise's lexicon knows, lower case
    (`fbi`, `al jazeera`, `yankees`)."""
    return run_node("compromise_orgs.mjs")


class Nsi:
    """name-suggestion-index: brands, operators and networks that OpenStreetMap tags, each
    with its Wikidata item and that item's English description."""

    def __init__(self):
        nsi = read_json(node_modules("name-suggestion-index", "dist", "json", "nsi.json"))["nsi"]
        wd = read_json(node_modules("name-suggestion-index", "dist", "wikidata", "wikidata.json"))["wikidata"]
        # qid -> {"names": set, "kinds": set of "brands"/"operators"/"transit", "items": count,
        # "world": whether NSI sets one of its items worldwide (locationSet `001`)}
        self.items = defaultdict(lambda: {"names": set(), "kinds": set(), "cats": set(), "items": 0,
                                          "world": False})
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
                    rec["world"] |= "001" in item.get("locationSet", {}).get("include", [])
        for qid, rec in self.items.items():
            info = wd.get(qid, {})
            rec["label"] = info.get("label", "")
            rec["description"] = info.get("description", "") or ""


def simple_icons():
    """simple-icons: [{title, aliases, source}] of 3.5k brands, companies and products."""
    return read_json(node_modules("simple-icons", "data", "simple-icons.json"))
