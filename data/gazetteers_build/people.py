"""person_first and person_last: given names and family names worldwide.

Evidence, per name: how many people with an English Wikipedia article bear it (PyPI
`name2nat`: 1.07M full names, split here into given and family name), how often it is
recorded as a given name (PyPI `nomquamgender`: counts over 36 sources), whether Wikidata
has an item for it as a given or family name, whether the US Census lists it, and whether a
head of state or government (Factbook) or a US legislator bears it."""

import importlib.util
import json
import os
import pickle
import re
from collections import Counter

import names

from . import factbook
from .common import read_json, shared, with_folded

# Nationalities whose names English Wikipedia writes family name first (`Park Geun-hye`);
# for Chinese and Korean names the order is told per name (see `split_name`).
FAMILY_FIRST = {"Korean", "Chinese", "Taiwanese", "Vietnamese"}
# Lower-case words that belong to a family name (`von der Leyen`, `da Silva`, `van Gogh`).
PARTICLES = {"von", "van", "der", "den", "de", "da", "das", "do", "dos", "di", "del", "della", "du",
             "le", "la", "ter", "ten", "zu", "dei", "degli", "des", "vander", "op", "'t", "van't"}
# Lower-case words that join a patronym (`Mohammed bin Salman`): what follows is a father's
# given name, not a family name.
PATRONYM = {"bin", "ibn", "bint", "ben", "ould", "ag", "binti", "mac"}
SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V", "VI", "Jnr", "Snr", "Jr.,", "PhD"}


def package_dir(name):
    """A package's folder, found without importing it (name2nat's `__init__` imports flair,
    a model runtime the build does not need)."""
    spec = importlib.util.find_spec(name)
    if spec is None:
        raise SystemExit(f"build_gazetteers: package {name} is not installed (scripts/data.sh installs it)")
    return os.path.dirname(spec.origin)


def wikipedia_people():
    """{full name: [nationality]} for people with English Wikipedia articles (name2nat)."""
    with open(os.path.join(package_dir("name2nat"), "name2nats.pkl"), "rb") as f:
        return pickle.load(f)


def is_word(tok):
    """A name word: starts with a capital, letters (and inner `-`, `'`), not an initial."""
    if re.match(r"[a-z]{1,3}-[A-Z]", tok):  # `al-Julani`, `el-Sisi`: one token in highlit
        tok = tok.split("-", 1)[1]
    return (len(tok) > 1 and tok[0].isupper() and not tok.endswith(".")
            and all(c.isalpha() or c in "-'" for c in tok) and tok[-1].isalpha())


def split_name(full, nats, family_first_surnames):
    """(given, family) of a full name, either None when unclear. `Ursula von der Leyen` →
    (`Ursula`, `von der Leyen`); `Mohammed bin Salman` → (`Mohammed`, None); `Park Geun-hye`
    (Korean) → (`Geun-hye`, `Park`); `J. Marvin Hunter` → (`Marvin`, `Hunter`)."""
    toks = full.split(",")[0].split()  # `John Smith, 1st Baronet`
    while toks and toks[-1] in SUFFIXES:
        toks.pop()
    if len(toks) < 2:
        return None, None
    if FAMILY_FIRST & set(nats) and len(toks) in (2, 3) and all(is_word(t) for t in toks):
        if "Vietnamese" in nats or "-" in toks[-1] or toks[0] in family_first_surnames:
            return toks[-1], toks[0]
    given = next((t for t in toks[:-1] if not (len(t) <= 2 or t.endswith("."))), None)
    if given is not None and (not is_word(given) or given != toks[toks.index(given)]):
        given = None
    if any(t.lower() in PATRONYM for t in toks[1:-1]):
        return given, None
    k = len(toks) - 1
    while k > 1 and toks[k - 1].lower() in PARTICLES and toks[k - 1][0].islower():
        k -= 1
    family = " ".join(toks[k:])
    if not is_word(toks[-1]) or any(t[0].islower() and t not in PARTICLES for t in toks[k:-1]):
        family = None
    if any(t[0].islower() and t.lower() not in PARTICLES | PATRONYM for t in toks[:k]):
        return None, None  # `Chance the Rapper`, `Alexander the Great`
    return given, family


def wikipedia_counts(people):
    """Given-name and family-name counts over name2nat's people."""
    # Family names that Chinese and Korean names put first: those that open a name whose
    # given part is hyphenated (`Ki Bo-bae`, `Cheng Kai-wen`), the way English writes them.
    opener = Counter()
    for full, nats in people.items():
        toks = full.split()
        if FAMILY_FIRST & set(nats) and len(toks) == 2 and "-" in toks[1]:
            opener[toks[0]] += 1
    first_surnames = {s for s, n in opener.items() if n >= 3}
    given, family = Counter(), Counter()
    for full, nats in people.items():
        g, f = split_name(full, nats, first_surnames)
        if g:
            given[g] += 1
        if f:
            family[f] += 1
            if " " in f:  # the head of `von der Leyen` is also read alone
                family[f.split()[-1]] += 1
    return given, family, first_surnames


def nomquamgender():
    """{lower-case given name: (sources, counts)} from nomquamgender's `name_data.json`."""
    with open(os.path.join(package_dir("nomquamgender"), "name_data.json"), encoding="utf-8") as f:
        data = json.load(f)
    return {k: (v[0], v[1]) for k, v in data.items()}


def wikidata(*files):
    out = set()
    for f in files:
        out.update(n.strip() for n in read_json(shared("wikidata-names", f + ".json")))
    return out


def census(file):
    """The US Census 1990 names in PyPI `names` (upper case there), in frequency order."""
    path = os.path.join(os.path.dirname(names.__file__), file)
    with open(path) as f:
        return [line.split()[0].capitalize() for line in f if line.strip()]


def legislators():
    """(given, nickname, family) of US legislators and executives."""
    out = []
    with open(shared("congress-legislators", "people.tsv"), encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(head, line.rstrip("\n").split("\t")))
            out.append((row.get("first", ""), row.get("nickname", ""), row.get("last", "")))
    return out


class Evidence:
    """Every source of people's names, read once."""

    def __init__(self):
        self.people = wikipedia_people()
        self.given, self.family, self.first_surnames = wikipedia_counts(self.people)
        self.nqg = nomquamgender()
        self.wd_given = wikidata("male", "female", "unisex")
        self.wd_family = wikidata("family")
        self.census_first = set(census("dist.male.first") + census("dist.female.first"))
        self.census_last = census("dist.all.last")
        self.leaders = factbook.leaders()
        self.legislators = legislators()


def popular_people(ev, titles):
    """(given, family) of the people among the popular Wikipedia titles (`elon musk`)."""
    wanted = {t for t in titles if " " in t}
    out = []
    for full, nats in ev.people.items():
        if full.lower() in wanted:
            out.append(split_name(full, nats, ev.first_surnames))
    return out


def first_names(ev, lex, popular, min_wikipedia, min_agreed, min_counts):
    """Given names: borne by `min_wikipedia` people with English Wikipedia articles, or by
    `min_agreed` when another source agrees (Wikidata's given names, the US Census, or
    nomquamgender with `min_counts` observations); those of popular people, leaders and US
    legislators; less the names that are mostly ordinary words (`May`, `Will`, `Hope`)."""
    keep = set()
    for g, n in ev.given.items():
        c = ev.nqg.get(g.lower(), (0, 0))[1]
        agree = g in ev.wd_given or g in ev.census_first or c >= min_counts
        if n >= min_wikipedia or (n >= min_agreed and agree):
            keep.add(g)
    keep.update(g for g, _ in popular if g)
    keep.update(g[0] for g, _ in ev.leaders if g)
    keep.update(x for first, nick, _ in ev.legislators for x in (first, nick) if x)
    return {g for g in with_folded(keep) if not lex.ordinary(g, COMMON, 1.5)}


def last_names(ev, lex, popular, min_wikipedia, min_agreed, census_top):
    """Family names: borne by `min_wikipedia` people with articles, or by `min_agreed` when
    Wikidata's family names or the `census_top` commonest US surnames list it too; those of
    popular people, leaders and US legislators; less ordinary words (`Price`, `Long`)."""
    keep = set()
    top = set(ev.census_last[:census_top])
    for f, n in ev.family.items():
        if n >= min_wikipedia or (n >= min_agreed and (f in ev.wd_family or f in top)):
            keep.add(f)
    keep.update(f for _, f in popular if f)
    keep.update(f for _, f in ev.leaders)
    keep.update(last for _, _, last in ev.legislators if last)
    return {f for f in with_folded(keep) if not lex.ordinary(f, COMMON, 2.0)}


# A word at least this probable (natural log, en_lexeme_prob) is a common word (about the
# 5,000 commonest), and is dropped when its lower-case form wins by the margin given.
COMMON = -11.0
