//! The bare tantivy baseline: the same text fields as newsfacet (id, title, text, source,
//! published; title and text with newsfacet's `news` analyzer, stored) and the generator's
//! ground-truth facets as plain facet and fast fields — no extraction, no filter keys, no
//! evidence. Indexed with the same heap, thread count and commit interval as `newsfacet index`,
//! queried with the same tantivy queries and collectors newsfacet builds for the bench query set.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::ops::Bound;
use std::path::Path;
use std::sync::mpsc::sync_channel;

use anyhow::Context;
use chrono::{Datelike, NaiveDate};
use newsfacet::index::schema::{register_analyzers, NEWS_ANALYZER};
use tantivy::collector::{Count, FacetCollector, MultiCollector, TopDocs};
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{
    DateOptions, DateTimePrecision, Facet, FacetOptions, Field, IndexRecordOption, NumericOptions,
    Schema, TextFieldIndexing, TextOptions, Value, FAST, STORED, STRING,
};
use tantivy::{DateTime, Index, IndexReader, Order as TOrder, TantivyDocument, Term};

use crate::{truth_path, Answer, BenchQuery, CorpusArticle, Order, Truth};

/// The baseline's fields.
#[derive(Clone, Copy)]
pub struct BaseFields {
    id: Field,
    title: Field,
    text: Field,
    source: Field,
    published: Field,
    event_date: Field,
    deaths: Field,
    country: Field,
    province: Field,
    group: Field,
    month: Field,
    province_key: Field,
}

pub fn schema() -> (Schema, BaseFields) {
    let mut b = Schema::builder();
    let text_opts = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(NEWS_ANALYZER)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    let date_opts = DateOptions::default()
        .set_indexed()
        .set_fast()
        .set_stored()
        .set_precision(DateTimePrecision::Seconds);
    let id = b.add_text_field("id", STRING | STORED);
    let title = b.add_text_field("title", text_opts.clone());
    let text = b.add_text_field("text", text_opts);
    let source = b.add_text_field("source", STRING | STORED);
    let published = b.add_date_field("published", date_opts.clone());
    let event_date = b.add_date_field("event_date", date_opts);
    let deaths = b.add_u64_field(
        "deaths",
        NumericOptions::default().set_indexed() | FAST | STORED,
    );
    let country = b.add_facet_field("country", FacetOptions::default());
    let province = b.add_facet_field("province", FacetOptions::default());
    let group = b.add_facet_field("group", FacetOptions::default());
    let month = b.add_facet_field("month", FacetOptions::default());
    let province_key = b.add_text_field("province_key", STRING);
    let f = BaseFields {
        id,
        title,
        text,
        source,
        published,
        event_date,
        deaths,
        country,
        province,
        group,
        month,
        province_key,
    };
    (b.build(), f)
}

fn day(d: NaiveDate) -> DateTime {
    DateTime::from_timestamp_secs(
        d.and_hms_opt(0, 0, 0)
            .expect("midnight")
            .and_utc()
            .timestamp(),
    )
}

fn seg(s: &str) -> String {
    s.replace(['/', '\\'], " ").trim().to_string()
}

fn document(f: &BaseFields, a: &CorpusArticle, t: &Truth) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(f.id, &a.id);
    if let Some(title) = &a.title {
        doc.add_text(f.title, title);
    }
    doc.add_text(f.text, &a.text);
    if let Some(s) = &a.source {
        doc.add_text(f.source, s);
    }
    if let Some(p) = a.published {
        doc.add_date(f.published, day(p));
    }
    if let Some(d) = t.event_date {
        doc.add_date(f.event_date, day(d));
        doc.add_facet(
            f.month,
            Facet::from_path([format!("{:04}-{:02}", d.year(), d.month())]),
        );
    }
    if let Some(n) = t.deaths {
        doc.add_u64(f.deaths, n);
    }
    if let Some(c) = t.country.as_deref().map(seg).filter(|c| !c.is_empty()) {
        doc.add_facet(f.country, Facet::from_path([c.clone()]));
        if let Some(p) = t.province.as_deref().map(seg).filter(|p| !p.is_empty()) {
            doc.add_facet(f.province, Facet::from_path([c, p.clone()]));
            doc.add_text(f.province_key, p.to_lowercase());
        }
    }
    if let Some(g) = t.group.as_deref().map(seg).filter(|g| !g.is_empty()) {
        doc.add_facet(f.group, Facet::from_path([g]));
    }
    doc
}

/// Reads corpus lines with their truth lines, in order.
pub fn read_corpus(
    corpus: &Path,
    mut each: impl FnMut(CorpusArticle, Truth) -> anyhow::Result<()>,
) -> anyhow::Result<u64> {
    let tpath = truth_path(corpus);
    let c = BufReader::with_capacity(
        1 << 20,
        File::open(corpus).with_context(|| format!("cannot open {}", corpus.display()))?,
    );
    let t = BufReader::with_capacity(
        1 << 20,
        File::open(&tpath).with_context(|| format!("cannot open {}", tpath.display()))?,
    );
    let mut n = 0;
    for (cl, tl) in c.lines().zip(t.lines()) {
        let a: CorpusArticle = serde_json::from_str(&cl?)?;
        let t: Truth = serde_json::from_str(&tl?)?;
        each(a, t)?;
        n += 1;
    }
    Ok(n)
}

/// Indexes the corpus: a reader thread parses JSON and builds documents, the main thread hands
/// them to tantivy's writer threads; commits every `commit_every` like `newsfacet index`.
pub fn index(
    corpus: &Path,
    dir: &Path,
    heap_mb: usize,
    commit_every: usize,
) -> anyhow::Result<u64> {
    if dir.exists() {
        std::fs::remove_dir_all(dir)?;
    }
    std::fs::create_dir_all(dir)?;
    let (schema, f) = schema();
    let index = Index::create_in_dir(dir, schema)?;
    register_analyzers(&index);
    let heap = heap_mb.max(16) * 1024 * 1024;
    let mut w =
        index.writer_with_num_threads::<TantivyDocument>(crate::writer_threads(heap_mb), heap)?;
    let (tx, rx) = sync_channel::<Vec<TantivyDocument>>(4);
    let corpus = corpus.to_path_buf();
    let reader = std::thread::spawn(move || -> anyhow::Result<u64> {
        let mut batch = Vec::with_capacity(512);
        let n = read_corpus(&corpus, |a, t| {
            batch.push(document(&f, &a, &t));
            if batch.len() >= 512 {
                let _ = tx.send(std::mem::replace(&mut batch, Vec::with_capacity(512)));
            }
            Ok(())
        })?;
        if !batch.is_empty() {
            let _ = tx.send(batch);
        }
        Ok(n)
    });
    let mut since = 0usize;
    for batch in rx {
        for doc in batch {
            w.add_document(doc)?;
            since += 1;
            if since >= commit_every.max(1) {
                w.commit()?;
                since = 0;
            }
        }
    }
    let n = reader
        .join()
        .map_err(|_| anyhow::anyhow!("reader thread panicked"))??;
    w.commit()?;
    w.wait_merging_threads()?;
    Ok(n)
}

/// An open baseline index for querying.
pub struct Searcher {
    index: Index,
    reader: IndexReader,
    f: BaseFields,
}

impl Searcher {
    pub fn open(dir: &Path) -> anyhow::Result<Searcher> {
        let index = Index::open_in_dir(dir)?;
        register_analyzers(&index);
        let reader = index.reader()?;
        let (_, f) = schema();
        Ok(Searcher { index, reader, f })
    }

    fn query(&self, q: &BenchQuery) -> anyhow::Result<Box<dyn Query>> {
        let f = &self.f;
        let mut parser = QueryParser::for_index(&self.index, vec![f.title, f.text]);
        parser.set_conjunction_by_default();
        parser.set_field_boost(f.title, 2.0);
        let text = parser.parse_query(&q.tantivy_text())?;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, text)];
        let mut filter =
            |q: Box<dyn Query>| clauses.push((Occur::Must, Box::new(BoostQuery::new(q, 0.0))));
        if q.from.is_some() || q.to.is_some() {
            let lo = q.from.map_or(Bound::Unbounded, |d| {
                Bound::Included(Term::from_field_date(f.event_date, day(d)))
            });
            let hi = q.to.map_or(Bound::Unbounded, |d| {
                Bound::Excluded(Term::from_field_date(
                    f.event_date,
                    day(d.succ_opt().unwrap_or(d)),
                ))
            });
            filter(Box::new(RangeQuery::new(lo, hi)));
        }
        if let Some(p) = &q.province {
            filter(Box::new(TermQuery::new(
                Term::from_field_text(f.province_key, &p.to_lowercase()),
                IndexRecordOption::Basic,
            )));
        }
        if clauses.len() == 1 {
            return Ok(clauses.pop().expect("one").1);
        }
        Ok(Box::new(BooleanQuery::new(clauses)))
    }

    /// Runs one bench query: total, top 10 (stored title and text fetched), facets when asked.
    pub fn run(&self, q: &BenchQuery) -> anyhow::Result<Answer> {
        let searcher = self.reader.searcher();
        let query = self.query(q)?;
        let mut multi = MultiCollector::new();
        let count = multi.add_collector(Count);
        let facet_h = if q.facets {
            let top = |name: &str| {
                let mut c = FacetCollector::for_field(name);
                c.add_facet(Facet::root());
                c
            };
            let mut prov = FacetCollector::for_field("province");
            for c in countries(&searcher, self.f.country)? {
                prov.add_facet(Facet::from_path([c]));
            }
            Some((
                multi.add_collector(top("country")),
                multi.add_collector(prov),
                multi.add_collector(top("group")),
                multi.add_collector(top("month")),
                multi.add_collector(newsfacet::search::facets::DeathStatsCollector {
                    field: "deaths".into(),
                }),
            ))
        } else {
            None
        };
        let top = TopDocs::with_limit(10);
        let addresses: Vec<tantivy::DocAddress>;
        let mut fruits;
        match q.order {
            Order::Relevance => {
                let h = multi.add_collector(top.order_by_score());
                fruits = searcher.search(&query, &multi)?;
                addresses = h.extract(&mut fruits).into_iter().map(|(_, a)| a).collect();
            }
            Order::DateDesc => {
                let h = multi
                    .add_collector(top.order_by_fast_field::<DateTime>("event_date", TOrder::Desc));
                fruits = searcher.search(&query, &multi)?;
                addresses = h.extract(&mut fruits).into_iter().map(|(_, a)| a).collect();
            }
            Order::DeathsDesc => {
                let h = multi.add_collector(top.order_by_fast_field::<u64>("deaths", TOrder::Desc));
                fruits = searcher.search(&query, &multi)?;
                addresses = h.extract(&mut fruits).into_iter().map(|(_, a)| a).collect();
            }
        }
        let total = count.extract(&mut fruits) as u64;
        if let Some((c, p, g, m, d)) = facet_h {
            let mut sink: BTreeMap<String, u64> = BTreeMap::new();
            for fc in [
                c.extract(&mut fruits),
                g.extract(&mut fruits),
                m.extract(&mut fruits),
            ] {
                for (facet, n) in fc.get(Facet::root()) {
                    sink.insert(facet.to_string(), n);
                }
            }
            let p = p.extract(&mut fruits);
            std::hint::black_box((&sink, &p, d.extract(&mut fruits)));
        }
        let mut hits = 0;
        for a in &addresses {
            let doc: TantivyDocument = searcher.doc(*a)?;
            let title = doc
                .get_first(self.f.title)
                .and_then(|v| v.as_str())
                .map(str::to_string);
            let text = doc
                .get_first(self.f.text)
                .and_then(|v| v.as_str())
                .map(str::to_string);
            std::hint::black_box((title, text));
            hits += 1;
        }
        Ok(Answer { total, hits })
    }
}

fn countries(searcher: &tantivy::Searcher, field: Field) -> anyhow::Result<Vec<String>> {
    newsfacet::search::index_countries(searcher, field)
}
