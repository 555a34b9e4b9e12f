//! `newsfacet serve`: open the index (building the default one from the sample when it is
//! missing, as `search` does) and run the HTTP server of [`crate::serve`].

use std::net::SocketAddr;
use std::path::PathBuf;

use super::Exit;
use crate::index;

/// Default listening address: loopback only.
pub const DEFAULT_ADDR: &str = "127.0.0.1:7700";

/// Options of `newsfacet serve`.
pub struct Options {
    pub index: PathBuf,
    pub addr: SocketAddr,
}

pub fn run(o: &Options) -> anyhow::Result<Exit> {
    super::ensure_default_index(&o.index)?;
    let handle = index::open_existing(&o.index)?;
    crate::serve::run(handle, o.addr)?;
    Ok(Exit::Success)
}
