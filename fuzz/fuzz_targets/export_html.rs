//! Fuzzes the export's readable HTML copy: the input, split at NUL bytes into texts (lossy
//! UTF-8), fills every free-text field of a case, and the first byte picks the language.
//! `dialogues::fuzzing::export_html` panics if any text became markup (an extra `<`, `>`, `"`
//! or `'` in the page, or a `<script`). It renders in memory and must never write anything.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let [lang, rest @ ..] = data else {
        return;
    };
    let texts: Vec<String> = rest
        .split(|b| *b == 0)
        .take(64)
        .map(|t| String::from_utf8_lossy(t).into_owned())
        .collect();
    let _ = dialogues::fuzzing::export_html(&texts, usize::from(*lang));
});
