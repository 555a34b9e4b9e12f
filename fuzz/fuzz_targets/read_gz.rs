//! Fuzz target: every reader behind the gzip decoder (`corpus::read_bytes` with `gz`), on
//! arbitrary bytes; the first byte picks the format, the rest is the (usually broken) gzip stream.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsfacet::corpus::{read_bytes, Format};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let format = [Format::Jsonl, Format::Json, Format::Txt, Format::Csv][pick as usize % 4];
    read_bytes("f.gz", format, true, rest, &mut |r| {
        if let Err(e) = r {
            assert!(e.line >= 1, "record error without a line: {e:?}");
        }
    });
});
