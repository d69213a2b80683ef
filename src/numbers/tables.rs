//! The vocabulary of the number grammar, as data. Phrases are lower-case words separated by
//! single spaces, matched token by token; where several phrases share a start, the longest
//! is tried first (the lookups sort by length, so rows can stay in a readable order).

use crate::annotation::{Bound, Label};
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

/// Whether a word can start a number, date or time at all: number words, calendar names,
/// the first words of phrase tables, and a few more. The scan skips other words at once.
pub fn may_start(w: &str) -> bool {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let set = WORDS.get_or_init(|| {
        let mut set: HashSet<&'static str> = HashSet::default();
        set.extend(UNITS.iter().map(|r| r.0));
        set.extend(TENS.iter().map(|r| r.0));
        set.extend(ORDINALS.iter().map(|r| r.0));
        set.extend(FRACTION_WORDS.iter().map(|r| r.0));
        set.extend(SCALES.iter().map(|r| r.0));
        set.extend(MONTHS.iter().flat_map(|m| [m.0, m.1]));
        set.extend(AGE_WORDS);
        set.extend(VAGUE_SPAN_HEADS.iter().map(|h| h.0));
        set.extend(
            WEEKDAYS
                .iter()
                .flat_map(|d| [d.0, d.1, d.1.trim_end_matches('.')]),
        );
        set.extend([
            "a",
            "an",
            "the",
            "between",
            "minus",
            "negative",
            "noon",
            "midnight",
            "midday",
            "noonish",
            "early",
            "mid",
            "late",
            "-",
            "−",
            "–",
            "dozen",
            ".",
            "dozens",
            "hundreds",
            "thousands",
            "millions",
            "billions",
            "trillions",
            "tens",
            "past",
            "first",
            // `Sep-23-2020`: a month among numbers.
            "sep",
            // `Q3 2024`, `summer 2020`
            "q1",
            "q2",
            "q3",
            "q4",
            // `'90s`
            "'",
            // `fiscal 2024`, `FY 2024`
            "fiscal",
            "fy",
            "spring",
            "summer",
            "autumn",
            "fall",
            "winter",
        ]);
        set
    });
    // One lookup for most words: the start words and the phrase tables' first words.
    static EITHER: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let either = EITHER.get_or_init(|| {
        let mut all = set.clone();
        all.extend(phrases().filter_map(|p| p.split(' ').next()));
        all
    });
    let b = w.as_bytes();
    either.contains(w)
        || (b.contains(&b'-') && w.split('-').next().is_some_and(|first| set.contains(first)))
        || (b.last() == Some(&b'.') && set.contains(w.trim_end_matches('.')))
}

/// Frequent words that begin numeric phrases (`the 1990s`, `in 2024`, `a dozen`, `.5`) but
/// never one on their own: the scan tries them only when the token after them is live.
pub const LEAD_WORDS: &[&str] = &[
    ".", "-", "the", "a", "an", "in", "on", "of", "from", "to", "by", "for", "and", "this", "that",
    "s", "'s",
];

/// Every word that starts a phrase in a table the grammar looks phrases up in. A token not in
/// it starts none, so lookups can skip the tables at once (most tokens are not numeric).
/// A new phrase table must be added here.
pub fn is_first_word(w: &str) -> bool {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| phrases().filter_map(|p| p.split(' ').next()).collect())
        .contains(w)
}

/// Every word that is second in a phrase of those tables (`least` of `at least`, `morning`
/// of `this morning`): after a lead word, such a token keeps the scan trying.
pub fn is_second_word(w: &str) -> bool {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| {
            phrases()
                .filter_map(|p| p.split(' ').nth(1))
                // `this weekend`, `the end of`
                .chain(CALENDAR_UNITS.iter().copied())
                .chain(["end", "beginning", "start", "middle", "turn"])
                .collect()
        })
        .contains(w)
}

/// The phrases of every table the grammar looks phrases up in.
fn phrases() -> impl Iterator<Item = &'static str> {
    QUALIFIERS
        .iter()
        .map(|r| r.0)
        .chain(CURRENCY_BEFORE.iter().map(|r| r.0))
        .chain(CURRENCY_AFTER.iter().map(|r| r.0))
        .chain(PERCENT_WORDS.iter().copied())
        .chain(BASIS_POINTS.iter().copied())
        .chain(UNITS_AFTER.iter().map(|r| r.0))
        .chain(DURATIONS.iter().map(|r| r.0))
        .chain(RELATIVE_DAYS.iter().map(|r| r.0))
        .chain(RELATIVE_TIMES.iter().map(|r| r.0))
        .chain(RELATIVE_MODIFIERS.iter().map(|r| r.0))
        .chain(AGO_WORDS.iter().map(|r| r.0))
        .chain(HOLIDAYS.iter().map(|r| r.0))
        .chain(ZERO_SIDES.iter().map(|r| r.0))
}

/// Qualifiers that may stand before a number, inside its span: the words, the bound they
/// put on it, and whether they make it approximate.
pub const QUALIFIERS: &[(&str, Option<Bound>, bool)] = &[
    ("more than", Some(Bound::MoreThan), false),
    ("greater than", Some(Bound::MoreThan), false),
    ("higher than", Some(Bound::MoreThan), false),
    ("in excess of", Some(Bound::MoreThan), false),
    ("upwards of", Some(Bound::MoreThan), false),
    ("well over", Some(Bound::MoreThan), false),
    ("just over", Some(Bound::MoreThan), true),
    ("a little over", Some(Bound::MoreThan), true),
    ("slightly more than", Some(Bound::MoreThan), true),
    ("over", Some(Bound::MoreThan), false),
    ("above", Some(Bound::MoreThan), false),
    ("exceeding", Some(Bound::MoreThan), false),
    ("less than", Some(Bound::LessThan), false),
    ("fewer than", Some(Bound::LessThan), false),
    ("lower than", Some(Bound::LessThan), false),
    ("just under", Some(Bound::LessThan), true),
    ("slightly less than", Some(Bound::LessThan), true),
    ("under", Some(Bound::LessThan), false),
    ("below", Some(Bound::LessThan), false),
    ("at least", Some(Bound::AtLeast), false),
    ("no fewer than", Some(Bound::AtLeast), false),
    ("no less than", Some(Bound::AtLeast), false),
    ("a minimum of", Some(Bound::AtLeast), false),
    ("at most", Some(Bound::AtMost), false),
    ("no more than", Some(Bound::AtMost), false),
    ("up to", Some(Bound::AtMost), false),
    ("as many as", Some(Bound::AtMost), false),
    ("as much as", Some(Bound::AtMost), false),
    ("a maximum of", Some(Bound::AtMost), false),
    ("almost", Some(Bound::LessThan), true),
    ("nearly", Some(Bound::LessThan), true),
    ("close to", None, true),
    ("approximately", None, true),
    ("approx.", None, true),
    ("about", None, true),
    ("around", None, true),
    ("roughly", None, true),
    ("some", None, true),
    ("circa", None, true),
    ("an estimated", None, true),
    ("estimated", None, true),
];

/// Currency signs and codes written before the amount, with their ISO 4217 code. `US$` is
/// two tokens, `US` `$`; prefixes of a `$` are matched in any case (`c $` in lower-cased
/// text), codes only in capitals. An ambiguous `$` is USD.
pub const CURRENCY_BEFORE: &[(&str, &str)] = &[
    ("us $", "USD"),
    ("u.s. $", "USD"),
    ("a $", "AUD"),
    ("au $", "AUD"),
    ("c $", "CAD"),
    ("ca $", "CAD"),
    ("nz $", "NZD"),
    ("hk $", "HKD"),
    ("nt $", "TWD"),
    ("s $", "SGD"),
    ("r $", "BRL"),
    ("mx $", "MXN"),
    ("mex $", "MXN"),
    ("u.s $", "USD"),
    ("usd $", "USD"),
    ("aud $", "AUD"),
    ("cad $", "CAD"),
    ("nzd $", "NZD"),
    ("hkd $", "HKD"),
    ("sgd $", "SGD"),
    ("mxn $", "MXN"),
    ("$", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("₩", "KRW"),
    ("₴", "UAH"),
    ("₺", "TRY"),
    ("₦", "NGN"),
    ("₪", "ILS"),
    ("฿", "THB"),
    ("₡", "CRC"),
    ("₾", "GEL"),
    ("₭", "LAK"),
    ("₫", "VND"),
    ("₱", "PHP"),
    ("₲", "PYG"),
    ("₵", "GHS"),
    ("₸", "KZT"),
    ("₮", "MNT"),
    ("₼", "AZN"),
    ("৳", "BDT"),
    ("元", "CNY"),
    ("円", "JPY"),
    ("ரூ", "LKR"),
    ("₿", "XBT"),
    ("rs", "INR"),
    ("rs.", "INR"),
    ("rs .", "INR"),
    ("inr", "INR"),
];

/// ISO 4217 codes recognised before or after an amount when written in capitals.
pub const CURRENCY_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CHF", "CNY", "RMB", "INR", "RUB", "AUD", "CAD", "HKD", "SGD",
    "NZD", "SEK", "NOK", "DKK", "KRW", "BRL", "MXN", "ZAR", "TRY", "PLN", "UAH", "ILS", "AED",
    "SAR", "THB", "MYR", "IDR", "PHP", "NGN", "EGP", "KES", "PKR", "BDT", "VND", "CZK", "HUF",
    "RON", "ARS", "CLP", "COP", "PEN", "QAR", "KWD", "TWD", "BTC", "XBT",
];

/// Codes that are also English words or names (`try`, `pen`, `cop`): recognised only in
/// capitals, and never after a scale prefix (`MARS` is no million pesos). The others are
/// recognised in lower case too after a number (`20 usd`).
pub const WORDLIKE_CODES: &[&str] = &[
    "TRY", "PEN", "COP", "PHP", "SAR", "RON", "ILS", "KES", "CAD", "ARS", "PLN", "RUB",
];

/// Letters glued before a code that scale the amount, as in business reports: `30 MUSD`,
/// `MEUR 120` (millions), `500 kEUR` (thousands).
pub const CODE_SCALE_PREFIXES: &[(&str, i32)] = &[("M", 6), ("k", 3)];

/// Words that may close an amount of money whose minor part is a bare number (`15 dollars
/// 50.`, `thirteen dollars forty-five`): the end of the text, end punctuation, `and`; any
/// other word after the bare number may be what it counts (`$15 and 15 people`), and a comma
/// may go on a list (`$15 and 20, respectively`).
pub const MINOR_CLOSERS: &[&str] = &[".", ";", ":", "!", "?", ")", "and", "or"];

/// Currency names after an amount: the words, the ISO 4217 code, and the factor to the main
/// unit (`cents` are a hundredth of a dollar).
pub const CURRENCY_AFTER: &[(&str, &str, f64)] = &[
    ("us dollars", "USD", 1.0),
    ("us dollar", "USD", 1.0),
    ("u.s. dollars", "USD", 1.0),
    ("american dollars", "USD", 1.0),
    ("australian dollars", "AUD", 1.0),
    ("australian dollar", "AUD", 1.0),
    ("canadian dollars", "CAD", 1.0),
    ("canadian dollar", "CAD", 1.0),
    ("hong kong dollars", "HKD", 1.0),
    ("hong kong dollar", "HKD", 1.0),
    ("new zealand dollars", "NZD", 1.0),
    ("singapore dollars", "SGD", 1.0),
    ("taiwan dollars", "TWD", 1.0),
    ("dollars", "USD", 1.0),
    ("dlrs", "USD", 1.0),
    ("dlr", "USD", 1.0),
    ("stg", "GBP", 1.0),
    ("dollar", "USD", 1.0),
    ("bucks", "USD", 1.0),
    ("cents", "USD", 0.01),
    ("cent", "USD", 0.01),
    ("pounds sterling", "GBP", 1.0),
    ("british pounds", "GBP", 1.0),
    ("sterling", "GBP", 1.0),
    ("pence", "GBP", 0.01),
    ("p", "GBP", 0.01),
    ("penny", "GBP", 0.01),
    ("pennies", "GBP", 0.01),
    ("euros", "EUR", 1.0),
    ("euro", "EUR", 1.0),
    ("yen", "JPY", 1.0),
    ("japanese yen", "JPY", 1.0),
    ("yuan", "CNY", 1.0),
    ("renminbi", "CNY", 1.0),
    ("rupees", "INR", 1.0),
    ("rupee", "INR", 1.0),
    ("indian rupees", "INR", 1.0),
    ("pakistani rupees", "PKR", 1.0),
    ("roubles", "RUB", 1.0),
    ("rubles", "RUB", 1.0),
    ("rouble", "RUB", 1.0),
    ("ruble", "RUB", 1.0),
    ("swiss francs", "CHF", 1.0),
    ("swiss franc", "CHF", 1.0),
    ("french francs", "FRF", 1.0),
    ("francs", "CHF", 1.0),
    ("franc", "CHF", 1.0),
    ("finnish markka", "FIM", 1.0),
    ("markka", "FIM", 1.0),
    ("deutsche marks", "DEM", 1.0),
    ("deutschmarks", "DEM", 1.0),
    ("marks", "DEM", 1.0),
    ("pesetas", "ESP", 1.0),
    ("peseta", "ESP", 1.0),
    ("lire", "ITL", 1.0),
    ("turkish lira", "TRY", 1.0),
    ("dutch guilders", "NLG", 1.0),
    ("guilders", "NLG", 1.0),
    ("chinese yuan", "CNY", 1.0),
    ("bitcoins", "XBT", 1.0),
    ("bitcoin", "XBT", 1.0),
    ("satoshis", "XBT", 1e-8),
    ("satoshi", "XBT", 1e-8),
    ("lira", "TRY", 1.0),
    ("pesos", "MXN", 1.0),
    ("peso", "MXN", 1.0),
    ("rand", "ZAR", 1.0),
    ("won", "KRW", 1.0),
    ("baht", "THB", 1.0),
    ("ringgit", "MYR", 1.0),
    ("rupiah", "IDR", 1.0),
    ("naira", "NGN", 1.0),
    ("shekels", "ILS", 1.0),
    ("hryvnias", "UAH", 1.0),
    ("hryvnia", "UAH", 1.0),
    ("zlotys", "PLN", 1.0),
    ("zloty", "PLN", 1.0),
    ("kronor", "SEK", 1.0),
    ("krona", "SEK", 1.0),
    ("kroner", "NOK", 1.0),
    ("krone", "NOK", 1.0),
    ("reais", "BRL", 1.0),
    ("dirhams", "AED", 1.0),
    ("riyals", "SAR", 1.0),
    ("dinars", "KWD", 1.0),
    // Names with the country, and more currencies; a bare name takes its most common
    // country's code, as `pesos` does.
    ("singapore dollar", "SGD", 1.0),
    ("new zealand dollar", "NZD", 1.0),
    ("taiwan dollar", "TWD", 1.0),
    ("new taiwan dollars", "TWD", 1.0),
    ("u.s. dollar", "USD", 1.0),
    ("american dollar", "USD", 1.0),
    ("jamaican dollars", "JMD", 1.0),
    ("zimbabwe dollars", "ZWL", 1.0),
    ("mexican pesos", "MXN", 1.0),
    ("mexican peso", "MXN", 1.0),
    ("argentine pesos", "ARS", 1.0),
    ("argentine peso", "ARS", 1.0),
    ("chilean pesos", "CLP", 1.0),
    ("colombian pesos", "COP", 1.0),
    ("philippine pesos", "PHP", 1.0),
    ("philippine peso", "PHP", 1.0),
    ("cuban pesos", "CUP", 1.0),
    ("uruguayan pesos", "UYU", 1.0),
    ("dominican pesos", "DOP", 1.0),
    ("british pound", "GBP", 1.0),
    ("pound sterling", "GBP", 1.0),
    ("egyptian pounds", "EGP", 1.0),
    ("egyptian pound", "EGP", 1.0),
    ("lebanese pounds", "LBP", 1.0),
    ("syrian pounds", "SYP", 1.0),
    ("sudanese pounds", "SDG", 1.0),
    ("irish pounds", "IEP", 1.0),
    ("cyprus pounds", "CYP", 1.0),
    ("cypriot pounds", "CYP", 1.0),
    ("quid", "GBP", 1.0),
    ("belgian francs", "BEF", 1.0),
    ("luxembourg francs", "LUF", 1.0),
    ("cfa francs", "XOF", 1.0),
    ("rwandan francs", "RWF", 1.0),
    ("congolese francs", "CDF", 1.0),
    ("guinean francs", "GNF", 1.0),
    ("french franc", "FRF", 1.0),
    ("swedish crowns", "SEK", 1.0),
    ("swedish crown", "SEK", 1.0),
    ("swedish kronor", "SEK", 1.0),
    ("swedish krona", "SEK", 1.0),
    ("norwegian crowns", "NOK", 1.0),
    ("norwegian crown", "NOK", 1.0),
    ("norwegian kroner", "NOK", 1.0),
    ("norwegian krone", "NOK", 1.0),
    ("danish crowns", "DKK", 1.0),
    ("danish crown", "DKK", 1.0),
    ("danish kroner", "DKK", 1.0),
    ("danish krone", "DKK", 1.0),
    ("czech crowns", "CZK", 1.0),
    ("czech crown", "CZK", 1.0),
    ("czech korunas", "CZK", 1.0),
    ("czech koruna", "CZK", 1.0),
    ("korunas", "CZK", 1.0),
    ("koruna", "CZK", 1.0),
    ("slovak crowns", "SKK", 1.0),
    ("slovak korunas", "SKK", 1.0),
    ("estonian kroons", "EEK", 1.0),
    ("kroons", "EEK", 1.0),
    ("icelandic kronur", "ISK", 1.0),
    ("icelandic krona", "ISK", 1.0),
    ("icelandic crowns", "ISK", 1.0),
    ("sri lankan rupees", "LKR", 1.0),
    ("nepalese rupees", "NPR", 1.0),
    ("mauritian rupees", "MUR", 1.0),
    ("indian rupee", "INR", 1.0),
    ("pakistani rupee", "PKR", 1.0),
    ("kuwaiti dinars", "KWD", 1.0),
    ("iraqi dinars", "IQD", 1.0),
    ("jordanian dinars", "JOD", 1.0),
    ("bahraini dinars", "BHD", 1.0),
    ("libyan dinars", "LYD", 1.0),
    ("tunisian dinars", "TND", 1.0),
    ("algerian dinars", "DZD", 1.0),
    ("serbian dinars", "RSD", 1.0),
    ("yugoslav dinars", "YUM", 1.0),
    ("dinar", "KWD", 1.0),
    ("saudi riyals", "SAR", 1.0),
    ("saudi riyal", "SAR", 1.0),
    ("qatari riyals", "QAR", 1.0),
    ("omani rials", "OMR", 1.0),
    ("yemeni rials", "YER", 1.0),
    ("iranian rials", "IRR", 1.0),
    ("rials", "IRR", 1.0),
    ("riyal", "SAR", 1.0),
    ("uae dirhams", "AED", 1.0),
    ("moroccan dirhams", "MAD", 1.0),
    ("dirham", "AED", 1.0),
    ("kenyan shillings", "KES", 1.0),
    ("kenya shillings", "KES", 1.0),
    ("ugandan shillings", "UGX", 1.0),
    ("uganda shillings", "UGX", 1.0),
    ("tanzanian shillings", "TZS", 1.0),
    ("somali shillings", "SOS", 1.0),
    ("austrian schillings", "ATS", 1.0),
    ("schillings", "ATS", 1.0),
    ("shillings", "KES", 1.0),
    ("turkish liras", "TRY", 1.0),
    ("italian lire", "ITL", 1.0),
    ("italian lira", "ITL", 1.0),
    ("russian roubles", "RUB", 1.0),
    ("russian rubles", "RUB", 1.0),
    ("russian rouble", "RUB", 1.0),
    ("russian ruble", "RUB", 1.0),
    ("south african rand", "ZAR", 1.0),
    ("brazilian reais", "BRL", 1.0),
    ("brazilian real", "BRL", 1.0),
    ("brazilian reals", "BRL", 1.0),
    ("polish zlotys", "PLN", 1.0),
    ("polish zloty", "PLN", 1.0),
    ("korean won", "KRW", 1.0),
    ("south korean won", "KRW", 1.0),
    ("north korean won", "KPW", 1.0),
    ("thai baht", "THB", 1.0),
    ("malaysian ringgit", "MYR", 1.0),
    ("indonesian rupiah", "IDR", 1.0),
    ("nigerian naira", "NGN", 1.0),
    ("israeli shekels", "ILS", 1.0),
    ("new israeli shekels", "ILS", 1.0),
    ("shekel", "ILS", 1.0),
    ("ukrainian hryvnias", "UAH", 1.0),
    ("kazakh tenge", "KZT", 1.0),
    ("tenge", "KZT", 1.0),
    ("bangladeshi taka", "BDT", 1.0),
    ("taka", "BDT", 1.0),
    ("vietnamese dong", "VND", 1.0),
    ("dong", "VND", 1.0),
    ("peruvian soles", "PEN", 1.0),
    ("nuevos soles", "PEN", 1.0),
    ("hungarian forints", "HUF", 1.0),
    ("hungarian forint", "HUF", 1.0),
    ("forints", "HUF", 1.0),
    ("forint", "HUF", 1.0),
    ("romanian lei", "RON", 1.0),
    ("romanian leu", "RON", 1.0),
    ("bulgarian leva", "BGN", 1.0),
    ("bulgarian levs", "BGN", 1.0),
    ("leva", "BGN", 1.0),
    ("croatian kuna", "HRK", 1.0),
    ("kuna", "HRK", 1.0),
    ("georgian lari", "GEL", 1.0),
    ("lari", "GEL", 1.0),
    ("azerbaijani manat", "AZN", 1.0),
    ("zambian kwacha", "ZMW", 1.0),
    ("kwacha", "ZMW", 1.0),
    ("ghanaian cedis", "GHS", 1.0),
    ("cedis", "GHS", 1.0),
    ("ethiopian birr", "ETB", 1.0),
    ("birr", "ETB", 1.0),
    ("chinese renminbi", "CNY", 1.0),
    ("yuan renminbi", "CNY", 1.0),
    ("greek drachmas", "GRD", 1.0),
    ("drachmas", "GRD", 1.0),
    ("drachmae", "GRD", 1.0),
    ("portuguese escudos", "PTE", 1.0),
    ("escudos", "PTE", 1.0),
    ("irish punts", "IEP", 1.0),
    ("ecus", "XEU", 1.0),
    ("spanish pesetas", "ESP", 1.0),
    ("finnish markkaa", "FIM", 1.0),
    ("dutch guilder", "NLG", 1.0),
    ("guilder", "NLG", 1.0),
    ("euro cents", "EUR", 0.01),
];

/// Scale words after a number, and the power of ten they multiply by. Abbreviations that
/// could also be units (`m`, `b`, `k`) count as scales only when they touch the number.
pub const SCALES: &[(&str, i32)] = &[
    ("hundred", 2),
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
    ("lakh", 5),
    ("lakhs", 5),
    ("crore", 7),
    ("crores", 7),
    ("mln", 6),
    ("mn", 6),
    ("mil", 6),
    ("bln", 9),
    ("bn", 9),
    ("tn", 12),
    ("tln", 12),
    ("trn", 12),
];

/// Scale letters that count only when written against the number (`95k`, `€20m`, `10M`).
pub const TOUCHING_SCALES: &[(&str, i32)] = &[("k", 3), ("m", 6), ("mm", 6), ("b", 9)];

/// Number words below twenty.
pub const UNITS: &[(&str, u32)] = &[
    ("zero", 0),
    ("nought", 0),
    ("naught", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

/// Tens words.
pub const TENS: &[(&str, u32)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Ordinal words and their numbers; also the denominators of spelled fractions (`two
/// thirds`), except `first` and `second`.
pub const ORDINALS: &[(&str, u64)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("nineth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("sixtieth", 60),
    ("seventieth", 70),
    ("eightieth", 80),
    ("ninetieth", 90),
    ("hundredth", 100),
    ("thousandth", 1000),
    ("millionth", 1_000_000),
    ("billionth", 1_000_000_000),
    ("trillionth", 1_000_000_000_000),
];

/// Words for fractions that are not ordinals: `half`, `quarter`, with their denominator.
pub const FRACTION_WORDS: &[(&str, u32)] =
    &[("half", 2), ("halves", 2), ("quarter", 4), ("quarters", 4)];

/// Words that may follow a singular spelled fraction (`a fifth of`, `one third or more`);
/// before other words `a fifth` is an article and an ordinal (`a fifth straight win`).
pub const FRACTION_FOLLOWERS: &[&str] = &[
    "of", "or", "and", "to", "than", "as", "more", "less", "fewer", "the", "that", "off", "in",
];

/// Denominators of fractions written with a slash (`3/4`); others (`9/11`, `24/7`) are
/// names or codes.
pub const FRACTION_DENOMINATORS: &[f64] =
    &[2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 16.0, 32.0, 64.0, 100.0];

/// Single-character fractions.
pub const VULGAR_FRACTIONS: &[(&str, f64)] = &[
    ("½", 0.5),
    ("¼", 0.25),
    ("¾", 0.75),
    ("⅓", 1.0 / 3.0),
    ("⅔", 2.0 / 3.0),
    ("⅕", 0.2),
    ("⅖", 0.4),
    ("⅗", 0.6),
    ("⅘", 0.8),
    ("⅙", 1.0 / 6.0),
    ("⅚", 5.0 / 6.0),
    ("⅛", 0.125),
    ("⅜", 0.375),
    ("⅝", 0.625),
    ("⅞", 0.875),
];

/// Words before a bare `one` that make it a pronoun (`no one`, `the one`), and words after.
pub const ONE_PRONOUN_BEFORE: &[&str] = &[
    "no", "any", "every", "each", "the", "this", "that", "which", "another", "someone", "little",
    "only",
];
/// Words after a bare `one` that make it a pronoun (`one of the`).
pub const ONE_PRONOUN_AFTER: &[&str] = &["of", "another", "'s", "’s", "who", "which", "thing"];

/// Words before a bare number that make it part of a name or code (`version 2`, `No. 5`).
pub const CODE_WORDS: &[&str] = &[
    "version", "v", "ver", "v.", "no.", "nos.", "nr.", "number", "#", "chapter", "article",
    "section", "room", "route", "highway", "flight", "page", "p.", "pp.", "exit", "windows",
    "iphone", "covid", "model", "ios", "android", "level", "grade", "phase", "round", "game",
    "episode", "season", "volume", "vol.", "act", "part", "type", "class", "category", "gate",
];

/// Percent signs and words after a number.
pub const PERCENT_WORDS: &[&str] = &[
    "%",
    "percent",
    "percents",
    "per cent",
    "pct",
    "pct.",
    "percentage points",
    "percentage point",
    "percentage",
    "per-cent",
    "points percentage",
];

/// Words of change before an amount: after them `0.3% to 4.5%` is the change and the level
/// reached, not a range.
pub const CHANGE_WORDS: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "risen",
    "rising",
    "fell",
    "fall",
    "falls",
    "fallen",
    "falling",
    "gained",
    "gain",
    "gains",
    "gaining",
    "lost",
    "lose",
    "loses",
    "losing",
    "dropped",
    "drop",
    "drops",
    "climbed",
    "climb",
    "climbs",
    "jumped",
    "jump",
    "jumps",
    "slipped",
    "slid",
    "declined",
    "decline",
    "declines",
    "increased",
    "increase",
    "increases",
    "decreased",
    "decrease",
    "decreases",
    "cut",
    "cuts",
    "raised",
    "raise",
    "raises",
    "lowered",
    "eased",
    "edged",
    "added",
    "adds",
    "shed",
    "sheds",
    "surged",
    "soared",
    "plunged",
    "tumbled",
    "sank",
    "advanced",
    "retreated",
    "grew",
    "grow",
    "grows",
    "shrank",
    "up",
    "down",
    "by",
];

/// Basis points after a number (`25 basis points`, `25 bps`): a hundredth of a percent.
pub const BASIS_POINTS: &[&str] = &["basis points", "basis point", "bps", "bp"];

/// Percent words that may come before their amount, heading a phrase of their own:
/// `percent of 10`, `per cent of twenty-two` (10 %, 22 %).
pub const PERCENT_HEADS: &[&str] = &["percent", "percents", "per cent", "percentage"];

/// Tokens that close a phrase: what may follow the amount of `percent of 10`.
pub const PHRASE_CLOSERS: &[&str] = &[".", "!", "?", ";", ":", ",", ")"];

/// Units after a number: the words (singular and plural listed apart) and the canonical
/// unit. Abbreviations that are also ordinary words (`in`, `m`) only follow rules in the
/// grammar; see [`TOUCHING_UNITS`].
pub const UNITS_AFTER: &[(&str, &str)] = &[
    // length
    ("kilometres", "kilometre"),
    ("kilometre", "kilometre"),
    ("kilometers", "kilometre"),
    ("kilometer", "kilometre"),
    ("km", "kilometre"),
    ("kms", "kilometre"),
    ("metres", "metre"),
    ("metre", "metre"),
    ("meters", "metre"),
    ("meter", "metre"),
    ("centimetres", "centimetre"),
    ("centimetre", "centimetre"),
    ("centimeters", "centimetre"),
    ("centimeter", "centimetre"),
    ("cm", "centimetre"),
    ("millimetres", "millimetre"),
    ("millimetre", "millimetre"),
    ("millimeters", "millimetre"),
    ("millimeter", "millimetre"),
    ("mm", "millimetre"),
    ("decimetres", "decimetre"),
    ("decimetre", "decimetre"),
    ("decimeters", "decimetre"),
    ("decimeter", "decimetre"),
    ("micrometres", "micrometre"),
    ("micrometre", "micrometre"),
    ("micrometers", "micrometre"),
    ("micrometer", "micrometre"),
    ("microns", "micrometre"),
    ("micron", "micrometre"),
    ("nanometres", "nanometre"),
    ("nanometre", "nanometre"),
    ("nanometers", "nanometre"),
    ("nanometer", "nanometre"),
    ("picometres", "picometre"),
    ("picometre", "picometre"),
    ("picometers", "picometre"),
    ("picometer", "picometre"),
    ("dm", "decimetre"),
    ("miles", "mile"),
    ("mile", "mile"),
    ("mi", "mile"),
    ("nautical miles", "nautical mile"),
    ("nautical mile", "nautical mile"),
    ("feet", "foot"),
    ("foot", "foot"),
    ("ft", "foot"),
    ("ft.", "foot"),
    ("inches", "inch"),
    ("inch", "inch"),
    ("yards", "yard"),
    ("yard", "yard"),
    ("yds", "yard"),
    ("yd", "yard"),
    ("light years", "light year"),
    ("light year", "light year"),
    ("light-years", "light year"),
    ("light-year", "light year"),
    ("parsecs", "parsec"),
    // area
    ("square kilometres", "square kilometre"),
    ("square kilometre", "square kilometre"),
    ("square kilometers", "square kilometre"),
    ("square kilometer", "square kilometre"),
    ("sq km", "square kilometre"),
    ("km2", "square kilometre"),
    ("km²", "square kilometre"),
    ("km ²", "square kilometre"),
    ("sq . km", "square kilometre"),
    ("square metres", "square metre"),
    ("square metre", "square metre"),
    ("square meters", "square metre"),
    ("square meter", "square metre"),
    ("sq m", "square metre"),
    ("m2", "square metre"),
    ("m²", "square metre"),
    ("m ²", "square metre"),
    ("square centimetres", "square centimetre"),
    ("square centimeters", "square centimetre"),
    ("cm2", "square centimetre"),
    ("cm²", "square centimetre"),
    ("square miles", "square mile"),
    ("square mile", "square mile"),
    ("sq mi", "square mile"),
    ("sq . mi", "square mile"),
    ("square feet", "square foot"),
    ("square foot", "square foot"),
    ("sq ft", "square foot"),
    ("sq ft.", "square foot"),
    ("sq . ft", "square foot"),
    ("sq . ft.", "square foot"),
    ("square inches", "square inch"),
    ("square inch", "square inch"),
    ("square yards", "square yard"),
    ("square yard", "square yard"),
    ("acres", "acre"),
    ("acre", "acre"),
    ("hectares", "hectare"),
    ("hectare", "hectare"),
    ("ha", "hectare"),
    // volume
    ("cubic metres", "cubic metre"),
    ("cubic meters", "cubic metre"),
    ("cubic metre", "cubic metre"),
    ("cubic meter", "cubic metre"),
    ("m3", "cubic metre"),
    ("m³", "cubic metre"),
    ("cubic centimetres", "cubic centimetre"),
    ("cubic centimeters", "cubic centimetre"),
    ("cm3", "cubic centimetre"),
    ("cm³", "cubic centimetre"),
    ("cubic feet", "cubic foot"),
    ("cubic foot", "cubic foot"),
    ("cubic inches", "cubic inch"),
    ("cubic yards", "cubic yard"),
    ("cubic kilometres", "cubic kilometre"),
    ("cubic kilometers", "cubic kilometre"),
    ("cubic miles", "cubic mile"),
    ("centilitres", "centilitre"),
    ("centiliters", "centilitre"),
    ("cl", "centilitre"),
    ("decilitres", "decilitre"),
    ("deciliters", "decilitre"),
    ("hectolitres", "hectolitre"),
    ("hectoliters", "hectolitre"),
    ("quarts", "quart"),
    ("quart", "quart"),
    ("fluid ounces", "fluid ounce"),
    ("fl oz", "fluid ounce"),
    ("bushels", "bushel"),
    ("bushel", "bushel"),
    ("bpd", "barrel per day"),
    ("litres", "litre"),
    ("litre", "litre"),
    ("liters", "litre"),
    ("liter", "litre"),
    ("millilitres", "millilitre"),
    ("millilitre", "millilitre"),
    ("milliliters", "millilitre"),
    ("milliliter", "millilitre"),
    ("ml", "millilitre"),
    ("gallons", "gallon"),
    ("gallon", "gallon"),
    ("barrels", "barrel"),
    ("barrel", "barrel"),
    ("bbl", "barrel"),
    ("tablespoons", "tablespoon"),
    ("tablespoon", "tablespoon"),
    ("tbsp", "tablespoon"),
    ("teaspoons", "teaspoon"),
    ("teaspoon", "teaspoon"),
    ("tsp", "teaspoon"),
    ("cups", "cup"),
    ("cup", "cup"),
    ("pints", "pint"),
    ("pint", "pint"),
    // mass
    ("kilograms", "kilogram"),
    ("kilogram", "kilogram"),
    ("kilogrammes", "kilogram"),
    ("kilos", "kilogram"),
    ("kilo", "kilogram"),
    ("kg", "kilogram"),
    ("kgs", "kilogram"),
    ("grams", "gram"),
    ("gram", "gram"),
    ("grammes", "gram"),
    ("gramme", "gram"),
    ("kilogramme", "kilogram"),
    ("milligrammes", "milligram"),
    ("troy ounces", "troy ounce"),
    ("kilotons", "kiloton"),
    ("kilotonnes", "kiloton"),
    ("megatons", "megaton"),
    ("milligrams", "milligram"),
    ("milligram", "milligram"),
    ("mg", "milligram"),
    ("micrograms", "microgram"),
    ("microgram", "microgram"),
    ("microgrammes", "microgram"),
    ("μg", "microgram"),
    ("mcg", "microgram"),
    ("metric tons", "tonne"),
    ("metric ton", "tonne"),
    ("metric tonnes", "tonne"),
    ("tonnes", "tonne"),
    ("tonne", "tonne"),
    ("tons", "ton"),
    ("ton", "ton"),
    ("pounds", "pound"),
    ("pound", "pound"),
    ("lbs", "pound"),
    ("lb", "pound"),
    ("ounces", "ounce"),
    ("ounce", "ounce"),
    ("oz", "ounce"),
    ("stone", "stone"),
    ("carats", "carat"),
    ("carat", "carat"),
    // temperature
    ("degrees celsius", "degree Celsius"),
    ("degree celsius", "degree Celsius"),
    ("degrees centigrade", "degree Celsius"),
    ("deg celsius", "degree Celsius"),
    ("degrees c", "degree Celsius"),
    ("deg c", "degree Celsius"),
    ("° c", "degree Celsius"),
    ("°c", "degree Celsius"),
    ("℃", "degree Celsius"),
    ("celsius", "degree Celsius"),
    ("celcius", "degree Celsius"),
    ("centigrade", "degree Celsius"),
    ("centigrate", "degree Celsius"),
    ("degrees fahrenheit", "degree Fahrenheit"),
    ("degree fahrenheit", "degree Fahrenheit"),
    ("degrees farenheit", "degree Fahrenheit"),
    ("deg fahrenheit", "degree Fahrenheit"),
    ("degrees f", "degree Fahrenheit"),
    ("degree f", "degree Fahrenheit"),
    ("deg f", "degree Fahrenheit"),
    ("° f", "degree Fahrenheit"),
    ("°f", "degree Fahrenheit"),
    ("℉", "degree Fahrenheit"),
    ("fahrenheit", "degree Fahrenheit"),
    ("farenheit", "degree Fahrenheit"),
    ("degrees kelvin", "kelvin"),
    ("kelvin", "kelvin"),
    ("degrees", "degree"),
    ("degree", "degree"),
    ("deg.", "degree"),
    ("deg", "degree"),
    ("° celsius", "degree Celsius"),
    ("° centigrade", "degree Celsius"),
    ("° fahrenheit", "degree Fahrenheit"),
    ("°", "degree"),
    ("radians", "radian"),
    ("rad", "radian"),
    ("turns", "turn"),
    // speed
    ("kilometres per hour", "kilometre per hour"),
    ("kilometers per hour", "kilometre per hour"),
    ("km / h", "kilometre per hour"),
    ("km/h", "kilometre per hour"),
    ("kph", "kilometre per hour"),
    ("kmph", "kilometre per hour"),
    ("miles per hour", "mile per hour"),
    ("miles an hour", "mile per hour"),
    ("mph", "mile per hour"),
    ("knots", "knot"),
    ("knot", "knot"),
    ("metres per second", "metre per second"),
    ("meters per second", "metre per second"),
    // energy, power, data
    ("kilowatt hours", "kilowatt hour"),
    ("kilowatt-hours", "kilowatt hour"),
    ("kwh", "kilowatt hour"),
    ("megawatt hours", "megawatt hour"),
    ("mwh", "megawatt hour"),
    ("gigawatt hours", "gigawatt hour"),
    ("twh", "terawatt hour"),
    ("gwh", "gigawatt hour"),
    ("terawatt hours", "terawatt hour"),
    ("watts", "watt"),
    ("watt", "watt"),
    ("kilowatts", "kilowatt"),
    ("kilowatt", "kilowatt"),
    ("megawatt", "megawatt"),
    ("gigawatt", "gigawatt"),
    ("volts", "volt"),
    ("volt", "volt"),
    ("kilovolts", "kilovolt"),
    ("kv", "kilovolt"),
    ("amperes", "ampere"),
    ("amps", "ampere"),
    ("mah", "milliampere hour"),
    ("joules", "joule"),
    ("kilojoules", "kilojoule"),
    ("kilocalories", "kilocalorie"),
    ("kcal", "kilocalorie"),
    ("hertz", "hertz"),
    ("hz", "hertz"),
    ("kilohertz", "kilohertz"),
    ("khz", "kilohertz"),
    ("megahertz", "megahertz"),
    ("mhz", "megahertz"),
    ("gigahertz", "gigahertz"),
    ("ghz", "gigahertz"),
    ("decibels", "decibel"),
    ("db", "decibel"),
    ("psi", "pound per square inch"),
    ("hectopascals", "hectopascal"),
    ("hpa", "hectopascal"),
    ("millibars", "millibar"),
    ("kw", "kilowatt"),
    ("megawatts", "megawatt"),
    ("mw", "megawatt"),
    ("gigawatts", "gigawatt"),
    ("gw", "gigawatt"),
    ("horsepower", "horsepower"),
    ("hp", "horsepower"),
    ("calories", "calorie"),
    ("calorie", "calorie"),
    ("kilobytes", "kilobyte"),
    ("kb", "kilobyte"),
    ("megabytes", "megabyte"),
    ("mb", "megabyte"),
    ("gigabytes", "gigabyte"),
    ("gb", "gigabyte"),
    ("terabytes", "terabyte"),
    ("tb", "terabyte"),
    ("bit", "bit"),
    ("bits", "bit"),
    ("megapixels", "megapixel"),
    ("petabytes", "petabyte"),
    ("bytes", "byte"),
    ("kilobits", "kilobit"),
    ("terabits", "terabit"),
    ("megabits", "megabit"),
    ("gigabits", "gigabit"),
    ("kbps", "kilobit per second"),
    ("mbps", "megabit per second"),
    ("gbps", "gigabit per second"),
    // age
    ("years old", "year of age"),
    ("year old", "year of age"),
    ("years of age", "year of age"),
    ("year-old", "year of age"),
    ("years-old", "year of age"),
    ("yo", "year of age"),
    ("months old", "month of age"),
    ("month old", "month of age"),
    ("months of age", "month of age"),
    ("month-old", "month of age"),
    ("weeks old", "week of age"),
    ("week old", "week of age"),
    ("weeks of age", "week of age"),
    ("week-old", "week of age"),
    ("days old", "day of age"),
    ("day old", "day of age"),
    ("day-old", "day of age"),
];

/// Unit letters that count only written against the number (`1.8m`, `100t`, `5g`, `2L`).
pub const TOUCHING_UNITS: &[(&str, &str)] = &[
    ("c", "degree Celsius"),
    ("f", "degree Fahrenheit"),
    ("m", "metre"),
    ("t", "tonne"),
    ("g", "gram"),
    ("l", "litre"),
    ("\"", "inch"),
    ("'", "foot"),
];

/// What each canonical unit measures. A conversion joins units of one kind only (`10 celsius
/// to fahrenheit`, `a metric ton is equal to 2,204.62 pounds`), and a reader can tell a
/// temperature or an age from other measures by it ([`super::unit_kind`]). A bare `degree` is
/// a temperature on a scale not named; an angle in degrees is a `degree of arc`.
pub const UNIT_KINDS: &[(&str, &[&str])] = &[
    (
        "temperature",
        &["degree Celsius", "degree Fahrenheit", "kelvin", "degree"],
    ),
    ("angle", &["degree of arc", "radian", "turn"]),
    (
        "age",
        &["year of age", "month of age", "week of age", "day of age"],
    ),
    (
        "length",
        &[
            "kilometre",
            "metre",
            "decimetre",
            "centimetre",
            "millimetre",
            "micrometre",
            "nanometre",
            "picometre",
            "mile",
            "nautical mile",
            "yard",
            "foot",
            "inch",
            "light year",
            "parsec",
        ],
    ),
    (
        "area",
        &[
            "square kilometre",
            "square metre",
            "square centimetre",
            "square mile",
            "square yard",
            "square foot",
            "square inch",
            "hectare",
            "acre",
        ],
    ),
    (
        "volume",
        &[
            "cubic kilometre",
            "cubic metre",
            "cubic centimetre",
            "cubic mile",
            "cubic yard",
            "cubic foot",
            "cubic inch",
            "hectolitre",
            "litre",
            "decilitre",
            "centilitre",
            "millilitre",
            "gallon",
            "quart",
            "pint",
            "cup",
            "fluid ounce",
            "tablespoon",
            "teaspoon",
            "barrel",
            "bushel",
        ],
    ),
    (
        "mass",
        &[
            "tonne",
            "ton",
            "kiloton",
            "megaton",
            "kilogram",
            "gram",
            "milligram",
            "microgram",
            "pound",
            "ounce",
            "troy ounce",
            "stone",
            "carat",
        ],
    ),
    (
        "speed",
        &[
            "kilometre per hour",
            "mile per hour",
            "metre per second",
            "knot",
        ],
    ),
    (
        "power",
        &["watt", "kilowatt", "megawatt", "gigawatt", "horsepower"],
    ),
    (
        "energy",
        &[
            "joule",
            "kilojoule",
            "calorie",
            "kilocalorie",
            "kilowatt hour",
            "megawatt hour",
            "gigawatt hour",
            "terawatt hour",
        ],
    ),
    (
        "pressure",
        &["hectopascal", "millibar", "pound per square inch"],
    ),
    (
        "frequency",
        &["hertz", "kilohertz", "megahertz", "gigahertz"],
    ),
    (
        "data",
        &[
            "bit", "kilobit", "megabit", "gigabit", "terabit", "byte", "kilobyte", "megabyte",
            "gigabyte", "terabyte", "petabyte",
        ],
    ),
    (
        "data rate",
        &[
            "kilobit per second",
            "megabit per second",
            "gigabit per second",
        ],
    ),
    ("electric potential", &["volt", "kilovolt"]),
    ("electric current", &["ampere"]),
    ("electric charge", &["milliampere hour"]),
    ("sound level", &["decibel"]),
    ("resolution", &["megapixel"]),
    ("flow", &["barrel per day"]),
];

/// Cues to what a bare `degree` measures (`45 degrees`, `90°`): the word, and where it
/// stands. The word right after decides first; then heat a few words before wins over a
/// turning (thermostats and dials are turned); without a cue a degree is a temperature.
pub const DEGREE_CUES: &[(&str, DegreeCue)] = &[
    ("angle", DegreeCue::AngleAfter),
    ("angles", DegreeCue::AngleAfter),
    ("arc", DegreeCue::AngleAfter),
    ("turn", DegreeCue::AngleAfter),
    ("turns", DegreeCue::AngleAfter),
    ("bend", DegreeCue::AngleAfter),
    ("view", DegreeCue::AngleAfter),
    ("rotation", DegreeCue::AngleAfter),
    ("spin", DegreeCue::AngleAfter),
    ("tilt", DegreeCue::AngleAfter),
    ("slope", DegreeCue::AngleAfter),
    ("incline", DegreeCue::AngleAfter),
    ("rotate", DegreeCue::AngleBefore),
    ("rotated", DegreeCue::AngleBefore),
    ("rotates", DegreeCue::AngleBefore),
    ("rotating", DegreeCue::AngleBefore),
    ("turn", DegreeCue::AngleBefore),
    ("turned", DegreeCue::AngleBefore),
    ("turns", DegreeCue::AngleBefore),
    ("turning", DegreeCue::AngleBefore),
    ("tilt", DegreeCue::AngleBefore),
    ("tilted", DegreeCue::AngleBefore),
    ("tilts", DegreeCue::AngleBefore),
    ("angle", DegreeCue::AngleBefore),
    ("angled", DegreeCue::AngleBefore),
    ("inclined", DegreeCue::AngleBefore),
    ("bent", DegreeCue::AngleBefore),
    ("leaning", DegreeCue::AngleBefore),
    ("spun", DegreeCue::AngleBefore),
    ("swivel", DegreeCue::AngleBefore),
    ("latitude", DegreeCue::AngleBefore),
    ("longitude", DegreeCue::AngleBefore),
    ("heading", DegreeCue::AngleBefore),
    ("bearing", DegreeCue::AngleBefore),
    ("temperature", DegreeCue::HeatBefore),
    ("temperatures", DegreeCue::HeatBefore),
    ("thermostat", DegreeCue::HeatBefore),
    ("thermometer", DegreeCue::HeatBefore),
    ("heat", DegreeCue::HeatBefore),
    ("heated", DegreeCue::HeatBefore),
    ("hot", DegreeCue::HeatBefore),
    ("warm", DegreeCue::HeatBefore),
    ("warmer", DegreeCue::HeatBefore),
    ("cool", DegreeCue::HeatBefore),
    ("cooler", DegreeCue::HeatBefore),
    ("cold", DegreeCue::HeatBefore),
    ("colder", DegreeCue::HeatBefore),
    ("oven", DegreeCue::HeatBefore),
    ("fever", DegreeCue::HeatBefore),
    ("weather", DegreeCue::HeatBefore),
    ("warmer", DegreeCue::HeatAfter),
    ("hotter", DegreeCue::HeatAfter),
    ("cooler", DegreeCue::HeatAfter),
    ("colder", DegreeCue::HeatAfter),
];

/// Where a [`DEGREE_CUES`] word stands and what it says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DegreeCue {
    /// Right after the measure, naming an angle: `a 45 degree angle`, `a 360-degree view`.
    AngleAfter,
    /// Right after the measure, comparing heat: `temperatures turned 10 degrees colder`.
    HeatAfter,
    /// A few words before it, turning something: `rotate 90°`, `tilted 23.5 degrees`.
    AngleBefore,
    /// A few words before it, speaking of heat: `the thermostat was turned down 2 degrees`.
    HeatBefore,
}

/// How many words before a bare degree [`DegreeCue::AngleBefore`] and
/// [`DegreeCue::HeatBefore`] cues are looked for, within the clause.
pub const DEGREE_CUE_REACH: usize = 5;

/// Whether a [`UNITS_AFTER`] phrase spells its unit out in words (`fahrenheit`, `metric
/// ton`), so that it can name the unit without a number; short forms (`in`, `m`, `ft`, `°`)
/// cannot.
pub fn spelled_unit(phrase: &str) -> bool {
    phrase.len() >= 4 && phrase.bytes().all(|b| b.is_ascii_lowercase() || b == b' ')
}

/// Whether a word starts a [`spelled_unit`]: one lookup that rules out most tokens before
/// any conversion frame is tried.
pub fn may_name_unit(w: &str) -> bool {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| {
            UNITS_AFTER
                .iter()
                .filter(|u| spelled_unit(u.0))
                .filter_map(|u| u.0.split(' ').next())
                .collect()
        })
        .contains(w)
}

/// Words that turn a unit named without a number into a quantity, the target of a
/// conversion: after a quantity of its kind (`convert 10 celsius to fahrenheit`, `200
/// celsius into fahrenheit`, `20 degrees in Fahrenheit`), and, where the flag says so,
/// between two named units of one kind (`fahrenheit to celsius`).
pub const CONVERSION_WORDS: &[(&str, bool)] = &[("to", true), ("into", true), ("in", false)];

/// Words that ask for an amount in a unit named without a number: `how much celsius`.
pub const QUESTION_WORDS: &[&str] = &["how much", "how many"];

/// Words between a unit named after `a` or `an` and a quantity of its kind that it equals:
/// `a metric ton is equal to 2,204.62 pounds`.
pub const EQUALS_WORDS: &[&str] = &["is", "equals", "is equal to", "is the same as", "="];

/// Words after a temperature that give its side of zero: `5 degrees below zero`.
pub const ZERO_SIDES: &[(&str, f64)] = &[("below zero", -1.0), ("above zero", 1.0)];

/// Words before an age in years, inside its span: `age 87`, `aged 18 to 24`.
pub const AGE_WORDS: &[&str] = &["age", "aged", "ages"];

/// Brackets a unit may stand in after a number, as in tables: `20 (kg)`, `20 [kg]`.
pub const UNIT_BRACKETS: &[(&str, &str)] = &[("(", ")"), ("[", "]"), ("{", "}"), ("<", ">")];

/// Words after a measure that show another dimension or a description follows (`1 m x 2 m`,
/// `3 m long`): after them a spaced `m` is a metre.
pub const DIMENSION_JOINERS: &[&str] = &[
    "x", "×", "by", "long", "wide", "high", "tall", "deep", "thick", "across", "square",
];

/// Units of time after `per`, `/`, `a` in a rate (`km/h`, `barrels a day`): the word and the
/// unit; short forms only after `per` or `/`.
pub const PER_TIMES: &[(&str, &str)] = &[
    ("hour", "hour"),
    ("hr", "hour"),
    ("h", "hour"),
    ("minute", "minute"),
    ("min", "minute"),
    ("second", "second"),
    ("sec", "second"),
    ("s", "second"),
    ("millisecond", "millisecond"),
    ("ms", "millisecond"),
    ("day", "day"),
    ("week", "week"),
    ("month", "month"),
    ("year", "year"),
    ("annum", "year"),
];

/// Spans of time after a number: DATE for days and longer, TIME for hours and shorter.
pub const DURATIONS: &[(&str, &str, Label)] = &[
    ("decades", "decade", Label::Date),
    ("decade", "decade", Label::Date),
    ("centuries", "century", Label::Date),
    ("century", "century", Label::Date),
    ("years", "year", Label::Date),
    ("year", "year", Label::Date),
    ("months", "month", Label::Date),
    ("month", "month", Label::Date),
    ("fortnights", "fortnight", Label::Date),
    ("fortnight", "fortnight", Label::Date),
    ("weeks", "week", Label::Date),
    ("week", "week", Label::Date),
    ("days", "day", Label::Date),
    ("day", "day", Label::Date),
    ("hours", "hour", Label::Time),
    ("hour", "hour", Label::Time),
    ("hrs", "hour", Label::Time),
    ("minutes", "minute", Label::Time),
    ("minute", "minute", Label::Time),
    ("mins", "minute", Label::Time),
    ("min", "minute", Label::Time),
    ("seconds", "second", Label::Time),
];

/// Units of time and their length in seconds (a month and a year on average), for a span
/// said in several units (`2 hours and 15 minutes`, `2 years, 1 month and 21 days`).
pub const SECONDS_IN: &[(&str, f64)] = &[
    ("century", 3_155_695_200.0),
    ("decade", 315_569_520.0),
    ("year", 31_556_952.0),
    ("month", 2_629_746.0),
    ("fortnight", 1_209_600.0),
    ("week", 604_800.0),
    ("day", 86_400.0),
    ("hour", 3_600.0),
    ("minute", 60.0),
    ("second", 1.0),
];

/// Short units of time written against their number (`2h 15m`, `3m 20s`), and the unit;
/// `m` is a minute only after hours.
pub const GLUED_TIMES: &[(&str, &str)] = &[
    ("h", "hour"),
    ("hr", "hour"),
    ("hrs", "hour"),
    ("m", "minute"),
    ("min", "minute"),
    ("mins", "minute"),
    ("s", "second"),
    ("sec", "second"),
    ("secs", "second"),
];

/// A larger unit followed by a smaller one of the same kind: `5 feet 10 inches`.
pub const COMPOUND_UNITS: &[(&str, &str, f64)] = &[
    ("foot", "inch", 12.0),
    ("pound", "ounce", 16.0),
    ("stone", "pound", 14.0),
    ("metre", "centimetre", 100.0),
    ("kilogram", "gram", 1000.0),
];

/// Words joining the two ends of a range: `10-15`, `10 to 15`, `10–15`.
pub const RANGE_JOINERS: &[&str] = &["-", "–", "—", "to", "and"];

/// Months: full name and the short form (a short form needs its period, except `may`,
/// `sept` and other forms longer than three letters).
pub const MONTHS: &[(&str, &str)] = &[
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may", "may"),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
];

/// Weekdays, Monday first (ISO numbering), with their short forms.
pub const WEEKDAYS: &[(&str, &str)] = &[
    ("monday", "mon."),
    ("tuesday", "tue."),
    ("wednesday", "wed."),
    ("thursday", "thu."),
    ("friday", "fri."),
    ("saturday", "sat."),
    ("sunday", "sun."),
];

/// Prepositions after which a bare four-digit number is a year.
pub const YEAR_PREPOSITIONS: &[&str] = &[
    "the",
    "in",
    "since",
    "by",
    "until",
    "till",
    "before",
    "after",
    "during",
    "from",
    "through",
    "of",
    "early",
    "late",
    "mid",
    "circa",
    "year",
    "fiscal",
    "between",
    "and",
    "to",
    "throughout",
    "around",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
];

/// Words for a day relative to today, with the offset in days.
pub const RELATIVE_DAYS: &[(&str, i32)] = &[
    ("the day before yesterday", -2),
    ("the day after tomorrow", 2),
    ("yesterday", -1),
    ("today", 0),
    ("tomorrow", 1),
    ("tmrw", 1),
];

/// How a modifier places a weekday: in the reference date's week shifted by some weeks
/// (`last Friday` is the Friday of the week before), or the nearest one strictly before or
/// after the reference date (`this past Friday`, `this coming Friday`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeekdayRule {
    /// The weekday in the week `offset` weeks from the reference date's (ISO weeks).
    Week,
    /// The nearest such weekday before the reference date.
    Before,
    /// The nearest such weekday after the reference date.
    After,
}

/// Parts of a day relative to today, which are times (OntoNotes' TIME): the day offset.
pub const RELATIVE_TIMES: &[(&str, i32)] = &[
    ("tonight", 0),
    ("this morning", 0),
    ("this afternoon", 0),
    ("this evening", 0),
    ("last night", -1),
    ("yesterday morning", -1),
    ("yesterday afternoon", -1),
    ("yesterday evening", -1),
    ("tomorrow morning", 1),
    ("tomorrow afternoon", 1),
    ("tomorrow evening", 1),
    ("tomorrow night", 1),
];

/// Words before a calendar unit or weekday that place it relative to now (`last week`,
/// `next Monday`), with the offset in units, and how they place a weekday. `earlier this
/// week` is the current week.
pub const RELATIVE_MODIFIERS: &[(&str, i32, WeekdayRule)] = &[
    ("earlier this", 0, WeekdayRule::Week),
    ("later this", 0, WeekdayRule::Week),
    ("this past", -1, WeekdayRule::Before),
    ("this coming", 1, WeekdayRule::After),
    ("this upcoming", 1, WeekdayRule::After),
    ("the past", -1, WeekdayRule::Before),
    ("the previous", -1, WeekdayRule::Week),
    ("the next", 1, WeekdayRule::Week),
    ("the coming", 1, WeekdayRule::After),
    ("the following", 1, WeekdayRule::Week),
    ("last", -1, WeekdayRule::Week),
    ("past", -1, WeekdayRule::Before),
    ("previous", -1, WeekdayRule::Week),
    ("next", 1, WeekdayRule::Week),
    ("coming", 1, WeekdayRule::After),
    ("following", 1, WeekdayRule::Week),
    ("upcoming", 1, WeekdayRule::After),
    ("this", 0, WeekdayRule::Week),
];

/// Words after a span of time that make it a relative date: `two years ago`, `three days
/// later`, `a week from now`, with the direction.
pub const AGO_WORDS: &[(&str, i32)] = &[("ago", -1), ("from now", 1), ("hence", 1)];

/// Words that put a clause in the future, so that `in two weeks` after them is a date:
/// `will`, `'ll`, `won't`, `shall`, `want to`, `due`.
pub const FUTURE_WORDS: &[&str] = &[
    "will",
    "'ll",
    "wo",
    "won't",
    "shall",
    "gonna",
    "want",
    "wants",
    "due",
    "expected",
    "scheduled",
    "plan",
    "plans",
];

/// Words before `in` that make `in two years` a span of time: `the first time in two years`,
/// `the highest level in a decade`.
pub const SPAN_HEADS: &[&str] = &[
    "time", "times", "first", "once", "twice", "level", "high", "low", "highest", "lowest", "best",
    "worst", "%", "percent",
];

/// Determiners and possessives: after them, `last spring` is a noun phrase, not a date.
pub const OWNERS: &[&str] = &[
    "his", "her", "its", "their", "our", "my", "your", "the", "a", "an", "whose",
];

/// Possessive pronouns: after one, a decade is an age (`his 40s`), not a date.
pub const POSSESSIVES: &[&str] = &["his", "her", "their", "my", "your", "our"];

/// Seasons, with their TIMEX codes (`summer 2020` is `2020-SU`).
pub const SEASONS: &[(&str, &str)] = &[
    ("spring", "SP"),
    ("summer", "SU"),
    ("autumn", "FA"),
    ("fall", "FA"),
    ("winter", "WI"),
];

/// Words that place an unnumbered span of time before or after now (`recent days`, `the
/// coming weeks`, `the past few months`), and whether they need an article or a `few`
/// after them to (`the past few years`, not `past years`).
pub const VAGUE_SPAN_HEADS: &[(&str, bool)] = &[
    ("recent", false),
    ("coming", false),
    ("upcoming", false),
    ("past", true),
    ("last", true),
    ("next", true),
    ("previous", true),
    ("following", true),
];

/// Words for an unsaid small number of units: `the past few days`.
pub const FEW_WORDS: &[&str] = &["few", "several", "couple of"];

/// Calendar units in the plural, for spans of them without a number.
pub const PLURAL_UNITS: &[&str] = &["days", "weeks", "months", "years", "decades"];

/// Parts of a year named by an ordinal and a word (`the third quarter`, `first-half`): the
/// word, its TIMEX letter and how many such parts a year has.
pub const YEAR_PARTS: &[(&str, char, u32)] = &[("quarter", 'Q', 4), ("half", 'H', 2)];

/// Calendar units a relative modifier can take.
pub const CALENDAR_UNITS: &[&str] = &["day", "week", "weekend", "month", "year", "decade"];

/// Time-zone abbreviations a time may carry (`3:30 a.m. EST`).
pub const TIME_ZONES: &[&str] = &[
    "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "PT", "CT", "MT", "GMT", "UTC",
    "BST", "CET", "CEST", "EET", "EEST", "IST", "JST", "KST", "AEST", "AEDT", "MSK", "HKT",
];

/// Parts of a day said with an hour (`7 in the evening`, `in the morning at 7`): whether
/// afternoon.
pub const DAY_PARTS: &[(&str, bool)] = &[
    ("in the morning", false),
    ("in the early morning", false),
    ("early in the morning", false),
    ("early morning", false),
    ("in the afternoon", true),
    ("in the evening", true),
    ("at night", true),
    ("late at night", true),
];

/// Marks after an hour: morning or afternoon.
pub const MERIDIEMS: &[(&str, bool)] = &[
    ("am", false),
    ("a.m.", false),
    ("a.m", false),
    ("a", false),
    ("a.", false),
    ("pm", true),
    ("p.m.", true),
    ("p.m", true),
    ("p", true),
    ("p.", true),
];

/// How a holiday falls in a given year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holiday {
    /// On a fixed month and day.
    Fixed(u32, u32),
    /// Some days from Easter Sunday.
    Easter(i32),
    /// The `nth` ISO weekday of a month (`-1`: the last), then some days on: (month,
    /// weekday, nth, days).
    Nth(u32, u32, i32, i32),
}

/// Holidays and how they fall. Phrases as tokens: `new year 's day`.
pub const HOLIDAYS: &[(&str, Holiday)] = &[
    ("christmas day", Holiday::Fixed(12, 25)),
    ("christmas eve", Holiday::Fixed(12, 24)),
    ("christmas", Holiday::Fixed(12, 25)),
    ("boxing day", Holiday::Fixed(12, 26)),
    ("new year 's day", Holiday::Fixed(1, 1)),
    ("new year 's eve", Holiday::Fixed(12, 31)),
    ("new years day", Holiday::Fixed(1, 1)),
    ("new years eve", Holiday::Fixed(12, 31)),
    ("new year day", Holiday::Fixed(1, 1)),
    ("new year", Holiday::Fixed(1, 1)),
    ("valentine 's day", Holiday::Fixed(2, 14)),
    ("st. patrick 's day", Holiday::Fixed(3, 17)),
    ("saint patrick 's day", Holiday::Fixed(3, 17)),
    ("international women 's day", Holiday::Fixed(3, 8)),
    ("earth day", Holiday::Fixed(4, 22)),
    ("international workers ' day", Holiday::Fixed(5, 1)),
    ("may day", Holiday::Fixed(5, 1)),
    ("juneteenth", Holiday::Fixed(6, 19)),
    ("independence day", Holiday::Fixed(7, 4)),
    ("bastille day", Holiday::Fixed(7, 14)),
    ("halloween", Holiday::Fixed(10, 31)),
    ("armistice day", Holiday::Fixed(11, 11)),
    ("remembrance day", Holiday::Fixed(11, 11)),
    ("veterans day", Holiday::Fixed(11, 11)),
    ("easter sunday", Holiday::Easter(0)),
    ("easter monday", Holiday::Easter(1)),
    ("good friday", Holiday::Easter(-2)),
    ("easter", Holiday::Easter(0)),
    // US holidays on a weekday of a month.
    ("martin luther king day", Holiday::Nth(1, 1, 3, 0)),
    ("mlk day", Holiday::Nth(1, 1, 3, 0)),
    ("presidents day", Holiday::Nth(2, 1, 3, 0)),
    ("presidents ' day", Holiday::Nth(2, 1, 3, 0)),
    ("mother 's day", Holiday::Nth(5, 7, 2, 0)),
    ("memorial day", Holiday::Nth(5, 1, -1, 0)),
    ("father 's day", Holiday::Nth(6, 7, 3, 0)),
    ("labor day", Holiday::Nth(9, 1, 1, 0)),
    ("columbus day", Holiday::Nth(10, 1, 2, 0)),
    ("thanksgiving day", Holiday::Nth(11, 4, 4, 0)),
    ("thanksgiving", Holiday::Nth(11, 4, 4, 0)),
    ("black friday", Holiday::Nth(11, 4, 4, 1)),
    ("cyber monday", Holiday::Nth(11, 4, 4, 4)),
];
