//! One reading of a name through a document: news that writes a name several times means one
//! thing by it, so where the model read the same words as a person in one sentence and an
//! organisation in another (`Verdi`, the union, read as the composer where the sentence says
//! little), every mention takes the type the document's mentions weigh most, each weighed by
//! the model's margin. Places are left out both ways: a place's name is also its team or its
//! government (`NEW YORK` the dateline and `NEW YORK` the baseball team in one table), which
//! CoNLL tags apart; and so are nationalities of the lists, which stay MISC (`Tajik`). A tie
//! leaves each mention as read.

use super::decode::{LOC, MISC, TYPES};
use super::features::Prepared;
use super::gazetteer::PEOPLES;
use super::hash::IdMap;
use super::Found;

/// `found` with each name's mentions of one type (see the module's docs); the words of a name
/// are compared as written.
pub(crate) fn one_reading(p: &Prepared, found: Vec<Found>) -> Vec<Found> {
    let votes = |f: &Found| f.ty != LOC;
    // A nationality of the lists stays MISC (places do not vote, so they have no name below).
    let kept =
        |f: &Found| f.ty == MISC && f.tokens.len() == 1 && p.gaz[f.tokens.start] & PEOPLES != 0;
    // Each voting mention's name as one number, from the hashes of its words as written.
    let key = |f: &Found| {
        f.tokens.clone().fold(0x9E37_79B9_7F4A_7C15_u64, |h, k| {
            (h.rotate_left(5) ^ p.infos[k].word).wrapping_mul(0x0100_0000_01B3)
        })
    };
    // Each distinct name's weights per type and mentions, numbered as they come, and the
    // number of each mention's name (`u32::MAX` for those that do not vote).
    let mut numbers: IdMap<u64, u32> = IdMap::default();
    let mut weights: Vec<([f32; TYPES.len()], u32)> = Vec::new();
    let mut name_of = vec![u32::MAX; found.len()];
    for (i, f) in found.iter().enumerate().filter(|(_, f)| votes(f)) {
        let next = weights.len() as u32;
        let at = *numbers.entry(key(f)).or_insert(next);
        if at == next {
            weights.push(([0.0; TYPES.len()], 0));
        }
        let (weight, mentions) = &mut weights[at as usize];
        weight[f.ty] += f.margin.max(0.0);
        *mentions += 1;
        name_of[i] = at;
    }
    let mut found = found;
    for (f, &at) in found.iter_mut().zip(&name_of) {
        let Some((weight, mentions)) = weights.get(at as usize) else {
            continue;
        };
        if *mentions < 2 || kept(f) {
            continue;
        }
        let (best, lead) =
            (weight.iter().enumerate())
                .fold((0, 0f32), |b, (ty, &w)| if w > b.1 { (ty, w) } else { b });
        if lead > weight[f.ty] {
            f.ty = best;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use crate::entities::spans::tests::{check_margins, MarginCase};

    #[test]
    fn a_name_is_read_one_way_through_a_document() {
        let cases: &[MarginCase] = &[
            (
                "the reading the document weighs most",
                "Verdi called a strike. Verdi said pay talks failed. Members of Verdi walked out.",
                &[("Verdi", 1, 12.0), ("Verdi", 0, 19.0), ("Verdi", 1, 14.0)],
                &[("Verdi", 1), ("Verdi", 1), ("Verdi", 1)],
            ),
            (
                "names of several words too",
                "World Athletics said so. A World Athletics panel met. World Athletics agreed.",
                &[
                    ("World Athletics", 1, 60.0),
                    ("World Athletics", 3, 15.0),
                    ("World Athletics", 1, 80.0),
                ],
                &[
                    ("World Athletics", 1),
                    ("World Athletics", 1),
                    ("World Athletics", 1),
                ],
            ),
            (
                "a tie is left as read",
                "Der Spiegel reported it. The weekly Der Spiegel said more.",
                &[("Der Spiegel", 1, 15.5), ("Der Spiegel", 3, 15.5)],
                &[("Der Spiegel", 1), ("Der Spiegel", 3)],
            ),
            (
                "places are neither changed nor change others",
                "NEW YORK beat Boston. NEW YORK 1996-08-30. NEW YORK won again. NEW YORK 08-31.",
                &[
                    ("NEW YORK", 1, 10.0),
                    ("NEW YORK", 2, 50.0),
                    ("NEW YORK", 1, 10.0),
                    ("NEW YORK", 2, 50.0),
                ],
                &[
                    ("NEW YORK", 1),
                    ("NEW YORK", 2),
                    ("NEW YORK", 1),
                    ("NEW YORK", 2),
                ],
            ),
            (
                "a nationality of the lists stays MISC",
                "Tajik said so. A Tajik rebel said so. Tajik added more.",
                &[("Tajik", 0, 14.0), ("Tajik", 3, 10.8), ("Tajik", 0, 13.0)],
                &[("Tajik", 0), ("Tajik", 3), ("Tajik", 0)],
            ),
            (
                "other words, or the same written otherwise, are other names",
                "Fed officials met. Fed Chair Powell spoke to the Fedex board. FED WATCH.",
                &[
                    ("Fed", 1, 30.0),
                    ("Fed", 3, 5.0),
                    ("Fedex", 0, 2.0),
                    ("FED", 3, 2.0),
                ],
                &[("Fed", 1), ("Fed", 1), ("Fedex", 0), ("FED", 3)],
            ),
        ];
        check_margins(cases);
    }
}
