//! Case references: `DD-` and six characters from an alphabet without look-alikes (no 0/O, 1/I/L,
//! 5/S, 2/Z, 8/B), random, so a reference says nothing about the person, the order cases were
//! opened in, or how many there are. Safe to show, to say aloud and to put in a URL.

use rand::Rng;

const ALPHABET: &[u8] = b"34679ACDEFGHJKMNPQRTUVWXY";
const LENGTH: usize = 6;
const PREFIX: &str = "DD-";

/// A new random reference.
pub fn generate() -> String {
    let mut rng = rand::rng();
    let mut reference = String::with_capacity(PREFIX.len() + LENGTH);
    reference.push_str(PREFIX);
    for _ in 0..LENGTH {
        reference.push(ALPHABET[rng.random_range(0..ALPHABET.len())] as char);
    }
    reference
}

/// Whether `text` is shaped like a reference (before any database lookup). Lower case is
/// accepted and folded, since people type references.
pub fn normalise(text: &str) -> Option<String> {
    let upper = text.trim().to_ascii_uppercase();
    let rest = upper.strip_prefix(PREFIX)?;
    (rest.len() == LENGTH && rest.bytes().all(|b| ALPHABET.contains(&b))).then_some(upper)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_random_and_well_formed() {
        let a = generate();
        assert_eq!(normalise(&a), Some(a.clone()));
        assert_ne!(a, generate());
        assert_eq!(normalise(" dd-34679a "), Some("DD-34679A".to_owned()));
        for bad in ["DD-3467", "DD-0OIL12", "XX-34679A", "", "DD-34679A/.."] {
            assert_eq!(normalise(bad), None, "{bad}");
        }
    }
}
