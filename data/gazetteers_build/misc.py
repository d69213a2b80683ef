"""misc_nationality, misc_language, misc_product, misc_event: CoNLL's MISC names.

Nationalities: the Factbook's nationality nouns and adjectives, ethnic groups and
religions' adherents, name2nat's nationality labels, with plurals English uses (`Kurds`).
Languages: ISO 639 languages with a two-letter code, the Factbook's languages. Products:
simple-icons' products, and product lines among popular Wikipedia titles (`ipad` beside
`ipad mini`, `windows` beside `windows xp`). Events: popular Wikipedia titles headed like an event
(`fifa world cup`, `world war ii`, `covid-19 pandemic`, `paris agreement`)."""

import re
from collections import Counter

import pycountry

from .common import hyphen_variants, title_case, with_folded

# Adherents are named by adjectives and nouns like these (`Muslim`, `Sunni`, `Catholic`).
ADHERENT = re.compile(r"(ist|ian|an|ic|ish|ese|i|im|u|ox|ant|al|ite|Druze|Sikh|Jew|Jain)$")
VERSION = re.compile(r" ([0-9]+[a-z]?|i{1,3}|iv|v|vi{0,3}|ix|x|mini|pro|air|max|plus|ultra|xp|vista|nano|"
                     r"classic|touch|se|one|series x|series|xr|xs|lite|go|portable|vita)$")
EVENT = re.compile(
    r" (war|wars|war ii|war i|revolution|uprising|rebellion|intifada|crisis|pandemic|epidemic|outbreak|"
    r"olympics|olympic games|paralympics|paralympic games|commonwealth games|asian games|world cup|cup|championships?|grand prix|"
    r"open|bowl|world series|tournament|festival|summit|treaty|agreement|accords?|act|protocol|convention|"
    r"massacre|genocide|holocaust|invasion|offensive|attacks|bombing|disaster|earthquake|hurricane|"
    r"marathon|derby|tour de france|giro d'italia|expo|referendum|spring|movement|plan|doctrine)$")
NOT_PRODUCT = {"inc.", "inc", "corporation", "company", "group", "river", "rainforest", "basin", "studios",
               "records", "pictures", "entertainment", "motors", "foundation", "university", "family",
               "airlines", "bank", "stadium", "tower", "building", "center", "centre", "park", "logo"}
NOT_EVENT = re.compile(r"^(the )?(act|open|cup|plan|spring|movement|games|war)$|"
                       r" (of|the|and|in)$|^(a|an|my|your|one) ")


def nationalities(ev, lex):
    out = list(ev.fb_nationalities) + list(ev.nationality_labels)
    out += [e for e in ev.fb_ethnic]
    out += [r for r in ev.fb_religions if ADHERENT.search(r.split()[-1])]
    singles = [w for w in out if " " not in w and w[1:].isalpha() and w[1:].islower()
               and not w.endswith(("s", "sh", "ch", "ese"))]
    # English plurals of the nouns (`Kurd` → `Kurds`, `Muslim` → `Muslims`), kept when
    # English text writes them (en_lexeme_prob).
    out += [w + "s" for w in singles if lex.p(w + "s") > -17.0]
    return {n for n in with_folded(out) if not lex.ordinary(n, -11.0, 1.0)}


def languages(ev, lex):
    out = [lang.name for lang in pycountry.languages if hasattr(lang, "alpha_2")]
    out += [lang for lang in ev.fb_languages if " " not in lang or lang.endswith(("Arabic", "Chinese", "Creole"))]
    return {n for n in with_folded(out) if not lex.ordinary(n, -11.0, 1.0)}


def products(ev, lex, organisations):
    """Products, less what an organisation list has (`Google`, `World Health Organization`
    host their icons elsewhere; `apple` beside `apple ii` is the company)."""
    out = list(ev.icon_products)
    # A product line: two popular titles or more are it and a version (`windows xp`,
    # `windows vista`), or one is and it is a title too (`iphone`, `iphone x`).
    versions = Counter(VERSION.sub("", t) for t in ev.popular if VERSION.search(t) and not EVENT.search(t))
    for line, n in sorted(versions.items()):
        if (n >= 2 or line in ev.popular) and line.split(" ")[-1] not in NOT_PRODUCT and not any(c.isdigit() for c in line):
            out.extend(hyphen_variants(title_case(line)))
    return {n for n in with_folded(out) if not lex.ordinary(n, -11.0, 1.0)} - organisations


def events(ev, lex):
    out = []
    for t in sorted(ev.popular):
        t = re.sub(r"^([0-9]{4}(–[0-9]{2,4})? )", "", t)  # `2018 fifa world cup`: the series
        if EVENT.search(t) and not NOT_EVENT.search(t):
            out.extend(hyphen_variants(title_case(t)))
    return {n for n in with_folded(out) if not lex.ordinary(n, -11.0, 1.0)}
