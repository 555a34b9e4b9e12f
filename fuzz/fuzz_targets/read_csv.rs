//! Fuzz target: the csv reader (`corpus::read_bytes` with `Format::Csv`) on arbitrary bytes.
//!
//! Beyond "no panic": every record error names a line (`path:line: reason`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsfacet::corpus::{read_bytes, Format};

fuzz_target!(|data: &[u8]| {
    read_bytes("f.csv", Format::Csv, false, data, &mut |r| {
        if let Err(e) = r {
            assert!(e.line >= 1, "record error without a line: {e:?}");
            assert!(e.to_string().starts_with("f.csv:"), "{e}");
        }
    });
});
