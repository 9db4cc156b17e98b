//! Fuzzes form bodies: the bytes as an `application/x-www-form-urlencoded` body, decoded as
//! every form handler's `Form<Vec<(String, String)>>` is, then read as the case details form
//! and as GOV.UK date inputs in every language. `dialogues::fuzzing::form_body` panics if a
//! body does not decode or an error names no input of the form. It must never write anything.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = dialogues::fuzzing::form_body(data);
});
