//! Fuzzes the toolkit loader: the built-in toolkit with one file replaced. The first byte picks
//! the file; the second decides whether the rest is the whole file (raw) or a change to the
//! shipped file (`fuzzing::mutate`, then: op, place, junk). `dialogues::fuzzing::toolkit_file`
//! panics if a problem is not located at a file, line and column inside that file. It must
//! never write anything anywhere.

#![no_main]

use dialogues::fuzzing;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let [which, mode, rest @ ..] = data else {
        return;
    };
    let which = usize::from(*which);
    if mode & 1 == 0 {
        let _ = fuzzing::toolkit_file(which, rest);
    } else if let [op, at_high, at_low, junk @ ..] = rest {
        let names = fuzzing::toolkit_file_names();
        let valid = fuzzing::toolkit_file_text(&names[which % names.len()]);
        let at = usize::from(*at_high) << 8 | usize::from(*at_low);
        let _ = fuzzing::toolkit_file(which, &fuzzing::mutate(&valid, *op, at, junk));
    }
});
