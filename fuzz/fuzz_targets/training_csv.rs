//! Fuzzes the training records CSV import (`dialogues training import` and the upload page).
//! The first byte decides whether the rest is the whole file (raw) or a change to a valid file
//! (`fuzzing::mutate`: op, place, junk). `dialogues::fuzzing::training_csv` panics if a problem
//! has no line, names no column where it is about one value, or reads badly in any language.
//! It must never write anything anywhere.

#![no_main]

use dialogues::fuzzing;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let [mode, rest @ ..] = data else {
        return;
    };
    if mode & 1 == 0 {
        let _ = fuzzing::training_csv(rest);
    } else if let [op, at, junk @ ..] = rest {
        let valid = fuzzing::TRAINING_CSV_SAMPLE.as_bytes();
        let _ = fuzzing::training_csv(&fuzzing::mutate(valid, *op, usize::from(*at), junk));
    }
});
