//! Filter keys: how names are normalised so that what a user types meets what was indexed.
//! Used on both sides — when documents are written and when filters are parsed.

use crate::extract::text::fold;

/// Suffixes and prefixes dropped from region names: "Sindh province" = "Sindh",
/// "Departamento de Antioquia" = "Antioquia".
const REGION_AFFIXES: &[&str] = &[
    "province",
    "department",
    "governorate",
    "region",
    "state",
    "district",
    "division",
    "oblast",
    "prefecture",
    "territory",
    "departamento de",
    "departamento del",
    "provincia de",
    "wilayah",
];

/// A name as a key: folded (lower case, no accents, punctuation as single spaces).
pub fn name_key(s: &str) -> String {
    fold(s)
}

/// A region name as a key: folded, with affixes such as "province" removed.
pub fn region_key(s: &str) -> String {
    let mut k = fold(s);
    loop {
        let before = k.len();
        for a in REGION_AFFIXES {
            if let Some(rest) = k.strip_suffix(a) {
                if rest.ends_with(' ') {
                    k = rest.trim_end().to_string();
                }
            }
            if let Some(rest) = k.strip_prefix(a) {
                if rest.starts_with(' ') {
                    k = rest.trim_start().to_string();
                }
            }
        }
        if k.len() == before {
            return k;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_keys_drop_affixes() {
        assert_eq!(region_key("Sindh Province"), "sindh");
        assert_eq!(region_key("the Sindh"), "the sindh");
        assert_eq!(region_key("Departamento de Antioquia"), "antioquia");
        assert_eq!(
            region_key("Norte de Santander Department"),
            "norte de santander"
        );
        assert_eq!(region_key("Lima region"), "lima");
        assert_eq!(region_key("Province"), "province");
        assert_eq!(name_key("Tehrik-e-Taliban"), "tehrik e taliban");
    }
}
