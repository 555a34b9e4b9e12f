//! Opening and creating the on-disk index, with a schema-version check and clear errors for a
//! missing index, an incompatible one, or one locked by another writer.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use anyhow::{bail, Context};
use tantivy::directory::MmapDirectory;
use tantivy::{Index, IndexReader, IndexWriter, TantivyError};

use super::schema::{build_schema, index_settings, register_analyzers, Fields, SCHEMA_VERSION};

/// File in the index directory recording the newsfacet schema version.
const VERSION_FILE: &str = "newsfacet.json";

/// An open index with its fields.
pub struct IndexHandle {
    pub index: Index,
    pub fields: Fields,
    pub dir: PathBuf,
    /// Opened on the first search and shared by every later one (opening a reader opens every
    /// segment: about a millisecond on a large index).
    reader: OnceLock<IndexReader>,
}

impl IndexHandle {
    /// A handle over an index opened by the caller (an in-memory one in fuzz targets and tests).
    pub fn new(index: Index, fields: Fields, dir: PathBuf) -> IndexHandle {
        IndexHandle {
            index,
            fields,
            dir,
            reader: OnceLock::new(),
        }
    }

    /// The handle's reader, opened on first use. It follows the index: tantivy reloads it shortly
    /// after each commit, so a long-lived handle sees new articles without being reopened.
    pub fn reader(&self) -> anyhow::Result<IndexReader> {
        if let Some(r) = self.reader.get() {
            return Ok(r.clone());
        }
        let r = self.index.reader().context("cannot read the index")?;
        Ok(self.reader.get_or_init(|| r).clone())
    }

    /// A writer with `heap_mb` MiB of indexing memory; a clear error when another process holds
    /// the index's writer lock.
    pub fn writer(&self, heap_mb: usize) -> anyhow::Result<IndexWriter> {
        let heap = heap_mb.max(16) * 1024 * 1024;
        let threads = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
            .clamp(1, 8);
        // tantivy needs at least 15 MB per indexing thread.
        let threads = threads.min(heap / (15 * 1024 * 1024)).max(1);
        match self.index.writer_with_num_threads(threads, heap) {
            Ok(w) => Ok(w),
            Err(TantivyError::LockFailure(..)) => bail!(
                "index {} is locked by another process (another `newsfacet index` or `delete` is running); try again when it has finished",
                self.dir.display()
            ),
            Err(e) => Err(e).with_context(|| format!("cannot open a writer on {}", self.dir.display())),
        }
    }

    /// Size in bytes of all files in the index directory.
    pub fn size_on_disk(&self) -> u64 {
        fs::read_dir(&self.dir)
            .map(|rd| {
                rd.filter_map(|e| e.ok()?.metadata().ok())
                    .filter(|m| m.is_file())
                    .map(|m| m.len())
                    .sum()
            })
            .unwrap_or(0)
    }
}

/// Opens the index in `dir`, creating it (and the directory) when there is none.
pub fn create_or_open(dir: &Path) -> anyhow::Result<IndexHandle> {
    if dir.join("meta.json").exists() {
        return open_existing(dir);
    }
    fs::create_dir_all(dir)
        .with_context(|| format!("cannot create index directory {}", dir.display()))?;
    // The version file goes first: tantivy's meta.json marks the index as existing, so a run
    // killed between the two must not leave an index without its version.
    fs::write(
        dir.join(VERSION_FILE),
        format!("{{\"schema_version\": {SCHEMA_VERSION}}}\n"),
    )
    .with_context(|| format!("cannot write {}", dir.join(VERSION_FILE).display()))?;
    let mmap =
        MmapDirectory::open(dir).with_context(|| format!("cannot open {}", dir.display()))?;
    let index = Index::create(mmap, build_schema(), index_settings())
        .with_context(|| format!("cannot create an index in {}", dir.display()))?;
    finish(index, dir)
}

/// Opens an existing index; errors say what to do when there is none or it is incompatible.
pub fn open_existing(dir: &Path) -> anyhow::Result<IndexHandle> {
    if !dir.join("meta.json").exists() {
        bail!(
            "no index at {} (build one with `newsfacet index PATH --index {}`)",
            dir.display(),
            dir.display()
        );
    }
    let version = fs::read_to_string(dir.join(VERSION_FILE))
        .ok()
        .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
        .and_then(|v| v.get("schema_version")?.as_u64());
    if version != Some(SCHEMA_VERSION as u64) {
        let found = version.map_or("none".to_string(), |v| v.to_string());
        bail!(
            "index {} was made by an incompatible version of newsfacet (schema version {found}, this build reads {SCHEMA_VERSION}); delete the directory and re-index",
            dir.display()
        );
    }
    let index = Index::open_in_dir(dir)
        .with_context(|| {
            format!(
                "cannot open the index in {} (it is damaged or was made by another program); delete the directory and re-index",
                dir.display()
            )
        })?;
    if index.schema() != build_schema() {
        bail!(
            "index {} has a schema this build does not know; delete the directory and re-index",
            dir.display()
        );
    }
    finish(index, dir)
}

fn finish(index: Index, dir: &Path) -> anyhow::Result<IndexHandle> {
    register_analyzers(&index);
    let fields = Fields::new(&index.schema())?;
    Ok(IndexHandle {
        index,
        fields,
        dir: dir.to_path_buf(),
        reader: OnceLock::new(),
    })
}
