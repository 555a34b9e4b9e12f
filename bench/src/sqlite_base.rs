//! The SQLite FTS5 baseline (rusqlite with its bundled SQLite): a `docs` table holding the text
//! and the generator's ground-truth facets as plain columns (indexed), and an external-content
//! FTS5 table over title and text (porter stemmer, diacritics removed). The bench queries become
//! `MATCH` + `WHERE` on the facet columns, `ORDER BY bm25(...)` / a column, and `GROUP BY` for
//! facet counts over a temporary table of the matching rows.

use std::path::Path;

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, Connection};

use crate::tantivy_base::read_corpus;
use crate::{Answer, BenchQuery, Order};

fn days(d: NaiveDate) -> i64 {
    d.num_days_from_ce() as i64
}

/// Bulk-loads the corpus into a new database at `db`.
pub fn load(corpus: &Path, db: &Path) -> anyhow::Result<u64> {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let p = format!("{}{suffix}", db.display());
        let _ = std::fs::remove_file(p);
    }
    let mut conn = Connection::open(db)?;
    conn.execute_batch(
        "PRAGMA journal_mode = OFF;
         PRAGMA synchronous = OFF;
         PRAGMA cache_size = -262144;
         PRAGMA temp_store = MEMORY;
         CREATE TABLE docs (
             rowid INTEGER PRIMARY KEY,
             id TEXT NOT NULL,
             title TEXT,
             text TEXT NOT NULL,
             source TEXT,
             published INTEGER,
             event_date INTEGER,
             country TEXT,
             province TEXT,
             grp TEXT,
             month TEXT,
             deaths INTEGER
         );
         CREATE VIRTUAL TABLE docs_fts USING fts5(
             title, text, content = 'docs', content_rowid = 'rowid',
             tokenize = 'porter unicode61 remove_diacritics 2'
         );",
    )?;
    let mut n = 0u64;
    let tx = conn.transaction()?;
    {
        let mut ins = tx.prepare(
            "INSERT INTO docs (rowid, id, title, text, source, published, event_date, country, province, grp, month, deaths)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )?;
        let mut fts =
            tx.prepare("INSERT INTO docs_fts (rowid, title, text) VALUES (?1, ?2, ?3)")?;
        read_corpus(corpus, |a, t| {
            n += 1;
            let rowid = n as i64;
            ins.execute(params![
                rowid,
                a.id,
                a.title,
                a.text,
                a.source,
                a.published.map(days),
                t.event_date.map(days),
                t.country,
                t.province.as_deref().map(str::to_lowercase),
                t.group,
                t.event_date
                    .map(|d| format!("{:04}-{:02}", d.year(), d.month())),
                t.deaths.map(|d| d as i64),
            ])?;
            fts.execute(params![rowid, a.title, a.text])?;
            Ok(())
        })?;
    }
    tx.commit()?;
    conn.execute_batch(
        "CREATE INDEX docs_event_date ON docs (event_date);
         CREATE INDEX docs_province ON docs (province, event_date);
         CREATE INDEX docs_deaths ON docs (deaths);
         INSERT INTO docs_fts (docs_fts) VALUES ('optimize');
         ANALYZE;",
    )?;
    Ok(n)
}

/// An open database for querying.
pub struct Searcher {
    conn: Connection,
}

impl Searcher {
    pub fn open(db: &Path) -> anyhow::Result<Searcher> {
        let conn = Connection::open(db)?;
        conn.execute_batch("PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;")?;
        Ok(Searcher { conn })
    }

    /// `WHERE` clause and parameters for a bench query (?1 is the MATCH expression).
    fn filter(q: &BenchQuery) -> (String, Vec<rusqlite::types::Value>) {
        use rusqlite::types::Value as V;
        let mut sql = String::from("docs_fts MATCH ?1");
        let mut ps = vec![V::Text(q.fts5_text())];
        if let Some(f) = q.from {
            ps.push(V::Integer(days(f)));
            sql.push_str(&format!(" AND d.event_date >= ?{}", ps.len()));
        }
        if let Some(t) = q.to {
            ps.push(V::Integer(days(t)));
            sql.push_str(&format!(" AND d.event_date <= ?{}", ps.len()));
        }
        if let Some(p) = &q.province {
            ps.push(V::Text(p.to_lowercase()));
            sql.push_str(&format!(" AND d.province = ?{}", ps.len()));
        }
        (sql, ps)
    }

    /// Runs one bench query: total, top 10 with title and text, facets when asked.
    pub fn run(&self, q: &BenchQuery) -> anyhow::Result<Answer> {
        let (wh, ps) = Self::filter(q);
        let from = "docs_fts JOIN docs d ON d.rowid = docs_fts.rowid";
        let order = match q.order {
            Order::Relevance => "bm25(docs_fts, 2.0, 1.0)",
            Order::DateDesc => "d.event_date DESC",
            Order::DeathsDesc => "d.deaths DESC",
        };
        let p = rusqlite::params_from_iter(ps.iter());
        let total: i64;
        if q.facets {
            self.conn.execute_batch("DROP TABLE IF EXISTS temp.m")?;
            self.conn.execute(
                &format!("CREATE TEMP TABLE m AS SELECT d.rowid AS r FROM {from} WHERE {wh}"),
                rusqlite::params_from_iter(ps.iter()),
            )?;
            total = self
                .conn
                .query_row("SELECT count(*) FROM m", [], |r| r.get(0))?;
            for col in ["country", "province", "grp", "month"] {
                let mut st = self.conn.prepare_cached(&format!(
                    "SELECT d.{col}, count(*) FROM m JOIN docs d ON d.rowid = m.r WHERE d.{col} IS NOT NULL GROUP BY d.{col}"
                ))?;
                let rows: Vec<(String, i64)> = st
                    .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<Result<_, _>>()?;
                std::hint::black_box(rows);
            }
            let stats: (Option<i64>, Option<i64>, i64) = self.conn.query_row(
                "SELECT sum(d.deaths), max(d.deaths), count(d.deaths) FROM m JOIN docs d ON d.rowid = m.r",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?;
            std::hint::black_box(stats);
        } else {
            let mut st = self
                .conn
                .prepare_cached(&format!("SELECT count(*) FROM {from} WHERE {wh}"))?;
            total = st.query_row(rusqlite::params_from_iter(ps.iter()), |r| r.get(0))?;
        }
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT d.id, d.title, d.text FROM {from} WHERE {wh} ORDER BY {order} LIMIT 10"
        ))?;
        let rows: Vec<(String, Option<String>, String)> = st
            .query_map(p, |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        Ok(Answer {
            total: total as u64,
            hits: rows.len(),
        })
    }
}
