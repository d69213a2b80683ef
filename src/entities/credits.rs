//! Credit lines, as news writes them under a story and a photograph:
//!
//! - a text credit's next role is no part of the name before it: `Reporting by David
//!   Ljunggren Editing by Chizu Nomiyama` (the semicolon lost in pasting);
//! - a photographer is named after the agency and a slash: `REUTERS/Dado Ruvic`, `AP
//!   Photo/Evan Vucci` (the model, which learned from text without photo captions, reads such
//!   a name as it would read a product's);
//! - `Pool` before `via REUTERS` is the pool of news organisations a photograph came from, an
//!   organisation, as CoNLL's annotators of today's news tag it.
//!
//! The rules read the words around a name and move no span edge: names start and end where
//! the model put them (or, for `Pool`, on the token's own edges).

use super::decode::{ORG, PERSON};
use super::Found;
use std::ops::Range;

/// News and photo agencies whose credits name a photographer after a slash, in lower case.
const AGENCIES: [&str; 8] = [
    "reuters", "afp", "ap", "epa", "getty", "ansa", "anp", "kyodo",
];

/// Whether `w` is the name of an agency, as credits write it (`REUTERS`, `Reuters`, `AFP`).
fn agency(w: &str) -> bool {
    AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(w))
}

/// The end of a person's name `r` (token indices into `words`) cut before a credit line's
/// next role (`Reporting by David Ljunggren Editing by …`, the semicolon lost): a role word
/// followed by `by` opens the next credit, not a part of this name.
pub(crate) fn before_credit(words: &[&str], r: Range<usize>) -> usize {
    const ROLES: [&str; 4] = ["Editing", "Reporting", "Writing", "Additional"];
    (r.start + 1..r.end)
        .find(|&k| {
            ROLES.contains(&words[k])
                && words
                    .get(k + 1)
                    .is_some_and(|w| *w == "by" || *w == "reporting")
        })
        .unwrap_or(r.end)
}

/// Whether a name of the tokens `r` is a photographer's in a photo credit: it follows an
/// agency and a slash (`REUTERS/`, `AP Photo/`), and is a full name, of two words or more,
/// each capitalised or a lower-case particle (`Silvia de Souza`); one word after the slash
/// is a partner's name (`a Reuters/Ipsos poll`), not a photographer's.
fn photographer(words: &[&str], r: &Range<usize>, word_like: impl Fn(usize) -> bool) -> bool {
    let s = r.start;
    let credited = s >= 2
        && words[s - 1] == "/"
        && (agency(words[s - 2]) || (s >= 3 && words[s - 2] == "Photo" && agency(words[s - 3])));
    credited && r.len() >= 2 && r.clone().all(word_like)
}

/// Names of photo credits typed as credits write them: a photographer's name after an agency
/// and a slash is a person's (`REUTERS/Dado Ruvic`; an organisation the model read there is
/// left as read), and `Pool` before `via` and an agency the model found is an organisation.
/// `word_like(k)` says whether token `k` may be part of a person's name (a capitalised word
/// or a particle). `found` stays sorted and without overlaps.
pub(crate) fn photo_credits(
    words: &[&str],
    found: Vec<Found>,
    word_like: impl Fn(usize) -> bool,
) -> Vec<Found> {
    // Only a credit line has a slash or `via` (most texts have none).
    if !words.iter().any(|&w| w == "/" || w == "via") {
        return found;
    }
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    for mut f in found {
        if f.ty != ORG && photographer(words, &f.tokens, &word_like) {
            f.ty = PERSON;
        }
        // `Pool via REUTERS`: the agency is this name, found by the model.
        let k = f.tokens.start;
        let pooled = f.ty == ORG
            && f.tokens.len() == 1
            && agency(words[k])
            && k >= 2
            && words[k - 1] == "via"
            && words[k - 2] == "Pool";
        if pooled {
            match out.last_mut() {
                Some(last) if last.tokens.end > k - 2 => {
                    if last.tokens == (k - 2..k - 1) {
                        last.ty = ORG;
                    }
                }
                _ => out.push(Found {
                    tokens: k - 2..k - 1,
                    ty: ORG,
                    margin: f.margin,
                }),
            }
        }
        out.push(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::entities::spans::tests::{check, Case};

    #[test]
    fn photo_credits_name_photographers_and_pools() {
        let cases: &[Case] = &[
            (
                "a photographer after an agency and a slash is a person",
                "A logo is seen in this illustration. REUTERS/Dado Ruvic/Illustration",
                &[("REUTERS", 1), ("Dado Ruvic", 3)],
                &[("REUTERS", 1), ("Dado Ruvic", 0)],
            ),
            (
                "after AP Photo, with a particle",
                "Fans cheer in Rio. AP Photo/Silvia de Souza",
                &[("AP Photo", 1), ("Silvia de Souza", 2)],
                &[("AP Photo", 1), ("Silvia de Souza", 0)],
            ),
            (
                "one word after the slash is a partner, not a photographer",
                "a Reuters/Ipsos poll showed",
                &[("Reuters", 1), ("Ipsos", 3)],
                &[("Reuters", 1), ("Ipsos", 3)],
            ),
            (
                "an organisation after the slash is left as read",
                "REUTERS/Thomson Reuters Foundation",
                &[("REUTERS", 1), ("Thomson Reuters Foundation", 1)],
                &[("REUTERS", 1), ("Thomson Reuters Foundation", 1)],
            ),
            (
                "no agency before the slash",
                "the Sony/ATV Music deal",
                &[("Sony", 1), ("ATV Music", 3)],
                &[("Sony", 1), ("ATV Music", 3)],
            ),
            (
                "the pool a photograph came from is an organisation",
                "Kim Jong Un speaks. Kevin Lamarque/Pool via REUTERS",
                &[("Kim Jong Un", 0), ("Kevin Lamarque", 0), ("REUTERS", 1)],
                &[
                    ("Kim Jong Un", 0),
                    ("Kevin Lamarque", 0),
                    ("Pool", 1),
                    ("REUTERS", 1),
                ],
            ),
            (
                "a pool the model read as another type",
                "Pool via REUTERS",
                &[("Pool", 2), ("REUTERS", 1)],
                &[("Pool", 1), ("REUTERS", 1)],
            ),
            (
                "a pool without the agency found is left alone",
                "a pool via Reuters",
                &[],
                &[],
            ),
        ];
        check(cases);
    }
}
