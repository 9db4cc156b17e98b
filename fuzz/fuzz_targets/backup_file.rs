//! Fuzzes reading a backup file as `dialogues restore` does before it touches any database:
//! age decryption, the header, the metadata line and the database's length. The first byte
//! decides whether the rest is the file itself (raw ciphertext) or the plaintext of a file
//! encrypted with the right key (the part anyone holding the public key could shape).
//! `dialogues::fuzzing::backup_file` panics if a refusal is not one of the clear "what is wrong,
//! what to do, nothing was changed" messages or repeats the file's content. It works in memory
//! and must never write anything.

#![no_main]

use dialogues::fuzzing;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let [mode, rest @ ..] = data else {
        return;
    };
    match mode % 3 {
        0 => {
            let _ = fuzzing::backup_file(rest);
        }
        1 => {
            let _ = fuzzing::backup_plaintext(rest);
        }
        _ => {
            // A valid plaintext with a change (op, place, junk).
            if let [op, at, junk @ ..] = rest {
                let valid = fuzzing::backup_plaintext_sample(b"SQLite format 3\0 and more");
                let _ = fuzzing::backup_plaintext(&fuzzing::mutate(
                    &valid,
                    *op,
                    usize::from(*at),
                    junk,
                ));
            }
        }
    }
});
