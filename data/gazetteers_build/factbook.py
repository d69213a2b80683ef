"""The CIA World Factbook (CC0 JSON, one file per country): its semi-structured English text
read into names. Surnames are written in capitals there (`Volodymyr ZELENSKYY`)."""

import glob
import html
import os
import re
from collections import Counter

from .common import read_json, shared

SMALL = {"of", "the", "and", "for", "de", "du", "des", "la", "le", "del", "da", "do", "dos", "y", "e",
         "et", "on", "in", "al", "el", "an", "a", "to", "at", "und", "der", "di"}
# Words the Factbook writes where a list item is not a name.
GENERIC = re.compile(r"\b(other|others|unspecified|unknown|none|mixed|note|includes?|including|"
                     r"est|and|mostly|official|national|regional|minority|indigenous|immigrants?|"
                     r"foreign|widely|spoken|languages?|groups?|percent|less|than|about|"
                     r"some|small|numbers?|various|affiliated|unaffiliated|no religion|atheist)\b", re.I)
CAPS_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'\-]+"


def profiles():
    """Every country profile (not the world's), in a fixed order."""
    for path in sorted(glob.glob(shared("cia-factbook", "raw", "*", "*.json"))):
        if os.sep + "meta" + os.sep not in path and os.sep + "world" + os.sep not in path:
            yield read_json(path)


def text(profile, *keys):
    """The text at a path of keys (`Government`, `Capital`, `name`), or ""."""
    node = profile
    for k in keys:
        if not isinstance(node, dict) or k not in node:
            return ""
        node = node[k]
    if isinstance(node, dict):
        node = node.get("text", "")
    return node if isinstance(node, str) else ""


def plain(s):
    s = re.sub(r"<strong>.*?</strong>", " ", s)
    s = re.sub(r"<br\s*/?>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s).replace("\u00a0", " ")


def drop_brackets(s):
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", s)
    return " ".join(s.split())


def is_name(phrase, max_words=8):
    """Capitalised words (small joining words allowed inside), no digits."""
    words = phrase.split()
    if not words or len(words) > max_words or any(c.isdigit() for c in phrase):
        return False
    if not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in SMALL for w in words)


def split_list(s):
    """A comma/semicolon/line list of names (`Ukrainian 77.8%, Russian 17.3%, other 1.8%`),
    with percentages, brackets and the Factbook's generic words dropped."""
    out = []
    for item in re.split(r"[,;\n]| and (?=[A-Z])", drop_brackets(plain(s))):
        item = re.sub(r"[\d.,%<>~*]+", " ", item)
        item = re.sub(r"\b(est|note)\b.*", " ", item)
        item = " ".join(item.split()).strip(" -:")
        for part in re.split(r" or |/", item):
            part = part.strip(" -:")
            if part and not GENERIC.search(part) and is_name(part, 5):
                out.append(part)
    return out


def caps_title(word):
    """`ZELENSKYY` → `Zelenskyy`, `AL-SISI` → `Al-Sisi`, `O'BRIEN` → `O'Brien`."""
    return "-".join("'".join(q[:1].upper() + q[1:].lower() for q in p.split("'")) for p in word.split("-"))


LEADER = re.compile(rf"((?:[A-Z][a-zà-ÿ'\-]+\.? |[A-Z]\. )*)((?:{CAPS_WORD} ?)+)((?: [A-Z][a-zà-ÿ]+(?:-[a-zà-ÿ]+)?)*)")
TITLES = {"President", "Prime", "Minister", "King", "Queen", "Prince", "Crown", "Sultan", "Emir", "Governor",
          "General", "Chairman", "Chancellor", "Vice", "Premier", "Supreme", "Leader", "Sheikh", "Amir",
          "Head", "State", "Chief", "Executive", "First", "Deputy", "Acting", "Interim", "Transitional",
          "Council", "Co-Prince", "Grand", "Duke", "Duchess", "Emperor", "Pope", "Federal", "Secretary",
          "Captains", "Regent", "Captain", "Administrator", "Lieutenant", "Commissioner", "Mayor"}


def leaders():
    """(given names, surname) of the heads of state and government and the candidates in the
    Factbook's election results: `Volodymyr ZELENSKYY` → (["Volodymyr"], "Zelenskyy");
    family-first names (`LEE Jae-myung`) → (["Jae-myung"], "Lee")."""
    out = []
    for p in profiles():
        ex = p.get("Government", {}).get("Executive branch", {})
        for key in ("chief of state", "head of government", "election results"):
            s = plain(text(ex, key))
            for m in LEADER.finditer(s):
                before = [w for w in m.group(1).split() if w not in TITLES and not w.endswith(".")]
                caps = m.group(2).split()
                after = m.group(3).split()
                if any(len(w.strip("'-")) < 2 for w in caps) or any(w in {"III", "II", "IV", "VI", "VII", "XVI", "US", "UN", "EU"} for w in caps):
                    continue
                surname = caps_title(caps[-1]) if len(caps) == 1 else None
                if before and surname:
                    out.append((before[:1], surname))
                elif not before and after and surname:
                    out.append((after[:1], surname))
    return out


def parties():
    """Party names and their initials (`Servant of the People or SN`)."""
    out = []
    for p in profiles():
        for line in plain(text(p, "Government", "Political parties")).split("\n"):
            line = drop_brackets(line).strip()
            for part in re.split(r" or |/", line):
                part = part.strip(" ,.;")
                if part and part.lower() != "none" and is_name(part, 8):
                    out.append(part)
    return out


def organizations():
    """International organisations (`UN`, `WHO`, `Wassenaar Arrangement`) with how many
    countries take part in each."""
    counts = Counter()
    for p in profiles():
        s = drop_brackets(plain(text(p, "Government", "International organization participation")))
        for item in {i.strip() for i in s.split(",")}:
            if item and is_name(item, 6):
                counts[item] += 1
    return counts


def bodies():
    """Legislatures, armed and security forces, space agencies, named with their initials:
    (`Verkhovna Rada`, `Armed Forces of Ukraine`, `NASA`)."""
    out = []
    for p in profiles():
        chunks = [text(p, "Government", "Legislative branch", "legislature name"),
                  text(p, "Government", "Legislative branch", "description"),
                  text(p, "Military and Security", "Military and security forces"),
                  text(p, "Space", "Space agency/agencies")]
        for chunk in chunks:
            chunk = plain(chunk)
            for m in re.finditer(r"\(([^()]*)\)", chunk):
                for abbr in re.split(r"[;,]", m.group(1)):
                    abbr = abbr.strip()
                    if re.fullmatch(r"[A-Z][A-Za-z]*[A-Z]", abbr) and len(abbr) <= 8:
                        out.append(abbr)
            for piece in re.split(r"[,;:()\n]| or | aka |\bincludes\b", chunk):
                piece = re.sub(r"^(the|a|an|bicameral|unicameral)\s+", "", piece.strip(), flags=re.I).strip(" .")
                if is_name(piece, 8) and len(piece.split()) >= 2:
                    out.append(piece)
    return out


def nationalities():
    """Nationality nouns (singular and plural) and adjectives: `Ukrainian(s)` → both."""
    out = []
    for p in profiles():
        for key in ("noun", "adjective"):
            s = plain(text(p, "People and Society", "Nationality", key))
            s = re.sub(r"\((?:s|es)\)", lambda m: "\0" + m.group(0)[1:-1], s)
            for item in re.split(r",| or |;", drop_brackets(s.replace("\0", "(s)").replace("(s)", "\0S"))):
                item = item.strip()
                if "\0" in item:
                    base, suffix = item.split("\0")[0].strip(), "s"
                    out += [base, base + suffix] if not base.endswith("s") else [base, base + "es"]
                elif is_name(item, 4):
                    out.append(item)
    return [x for x in out if is_name(x, 4)]


def people_lists(key):
    """The names in one People-and-Society list (`Ethnic groups`, `Languages`, `Religions`),
    with how many countries list each."""
    counts = Counter()
    for p in profiles():
        node = p.get("People and Society", {}).get(key, {})
        s = text(node, key) if key in node else text(node)
        counts.update(set(split_list(s)))
    return counts


def places():
    """Country names, capitals, big cities, first-level divisions, regions, seas and rivers."""
    countries, capitals, cities, divisions, regions, water = [], [], [], [], [], []
    for p in profiles():
        cn = p.get("Government", {}).get("Country name", {})
        for key in ("conventional short form", "conventional long form", "local short form"):
            for name in drop_brackets(plain(text(cn, key))).split(", "):  # `Gaza, Gaza Strip`
                if name.lower() != "none" and is_name(name, 8):
                    countries.append(name)
        cap = drop_brackets(plain(text(p, "Government", "Capital", "name")))
        for name in re.split(r";|,| or ", cap):
            if is_name(name.strip(), 4):
                capitals.append(name.strip())
        urban = plain(text(p, "People and Society", "Major urban areas - population"))
        for item in drop_brackets(urban).split(","):
            item = re.sub(r"[\d.,]+( million)?", " ", item).strip()
            for name in item.split("-") if not re.search(r"\b[A-Z]{2,}\b", item) or True else [item]:
                name = " ".join(caps_title(w) if w.isupper() and len(w) > 1 else w for w in name.split())
                if is_name(name, 4):
                    cities.append(name)
        adm = plain(text(p, "Government", "Administrative divisions"))
        if ";" in adm:
            divisions += split_list(adm.split(";", 1)[1].replace("*", ""))
        loc = plain(text(p, "Geography", "Location"))
        first = loc.split(",")[0].strip()
        if is_name(first, 4):
            regions.append(first)
        for m in re.finditer(r"((?:[A-Z][a-z]+ )+(?:Sea|Ocean|Gulf|Bay|Strait|Channel|Sound))\b|\b((?:Gulf|Bay|Sea|Strait) of (?:[A-Z][a-z]+ ?)+)", loc):
            water.append((m.group(1) or m.group(2)).strip())
        rivers = plain(text(p, "Geography", "Major rivers (by length in km)"))
        for item in re.split(r"[;,]", drop_brackets(rivers)):
            name = re.sub(r"\s*-\s*[\d,]+\s*km.*", "", item).replace(" river mouth", "").replace(" river source", "").strip()
            if is_name(name, 4):
                water.append(name)
    return dict(countries=countries, capitals=capitals, cities=cities, divisions=divisions,
                regions=regions, water=water)
