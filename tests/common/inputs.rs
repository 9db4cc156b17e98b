//! What people type, for tests that throw arbitrary input at the running app: proptest
//! strategies, and a way to draw a fixed list of values from one (the same on every run).

use proptest::prelude::*;

/// Text people type, weighted towards what breaks parsers and pages.
pub fn typed_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,40}",
        "[<>\"'&=/ a-z]{0,24}",
        Just("<script>alert(1)</script>".to_owned()),
        Just("\" onmouseover=\"alert(1)".to_owned()),
        Just("'><img src=x onerror=alert(1)>".to_owned()),
        Just("</textarea><svg onload=alert(1)>".to_owned()),
        Just("{{ 7*7 }} {$name} &amp; &#x3C;".to_owned()),
        Just(String::new()),
        Just("   \r\n\t".to_owned()),
    ]
}

/// `count` values drawn from `strategy`, the same on every run (for tests that drive a running
/// app, where each case is a request rather than a proptest case).
pub fn draws<S: Strategy>(strategy: S, count: usize) -> Vec<S::Value> {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    (0..count)
        .map(|_| strategy.new_tree(&mut runner).unwrap().current())
        .collect()
}
