//! Fuzz target: the json reader (`corpus::read_bytes` with `Format::Json`) on arbitrary bytes.
//!
//! Beyond "no panic": every record error names a line (`path:line: reason`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsfacet::corpus::{read_bytes, Format};

fuzz_target!(|data: &[u8]| {
    read_bytes("f.json", Format::Json, false, data, &mut |r| {
        if let Err(e) = r {
            assert!(e.line >= 1, "record error without a line: {e:?}");
            assert!(e.to_string().starts_with("f.json:"), "{e}");
        }
    });
});
