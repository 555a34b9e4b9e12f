//! `newsfacet stats`: what the index holds.

use std::path::Path;

use anyhow::Context;
use serde_json::json;
use tantivy::collector::{MultiCollector, TopDocs};
use tantivy::query::AllQuery;
use tantivy::{DateTime, Order};

use super::Exit;
use crate::index;
use crate::search::facets::{self, DeathStatsCollector};

pub fn run(dir: &Path, as_json: bool) -> anyhow::Result<Exit> {
    super::ensure_default_index(dir)?;
    let handle = index::open_existing(dir)?;
    let reader = handle.index.reader().context("cannot read the index")?;
    let searcher = reader.searcher();
    let mut multi = MultiCollector::new();
    let prov_h = multi.add_collector(facets::values("province"));
    let country_h = multi.add_collector(facets::values("country"));
    let group_h = multi.add_collector(facets::values("group"));
    let deaths_h = multi.add_collector(DeathStatsCollector {
        field: "deaths".into(),
    });
    let mut span = Vec::new();
    for field in ["published", "event_date"] {
        for order in [Order::Asc, Order::Desc] {
            span.push(multi.add_collector(
                TopDocs::with_limit(1).order_by_fast_field::<DateTime>(field, order),
            ));
        }
    }
    let mut fruits = searcher.search(&AllQuery, &multi)?;
    let provinces = facets::province_counts(&prov_h.extract(&mut fruits), 10);
    let country_counts = facets::counts(&country_h.extract(&mut fruits), 10);
    let groups = facets::counts(&group_h.extract(&mut fruits), 10);
    let deaths = deaths_h.extract(&mut fruits);
    let dates: Vec<Option<String>> = span
        .into_iter()
        .map(|h| {
            h.extract(&mut fruits)
                .first()
                .and_then(|(d, _)| *d)
                .and_then(|d| chrono::DateTime::from_timestamp(d.into_timestamp_secs(), 0))
                .map(|d| d.date_naive().to_string())
        })
        .collect();
    let articles = searcher.num_docs();
    let size = handle.size_on_disk();
    if as_json {
        let v = json!({
            "articles": articles,
            "published": {"from": dates[0], "to": dates[1]},
            "event_date": {"from": dates[2], "to": dates[3]},
            "countries": country_counts,
            "provinces": provinces,
            "groups": groups,
            "deaths": deaths,
            "segments": searcher.segment_readers().len(),
            "size_bytes": size,
        });
        println!("{v}");
        return Ok(Exit::Success);
    }
    let d = |o: &Option<String>| o.clone().unwrap_or_else(|| "-".into());
    println!("index        {}", dir.display());
    println!("articles     {articles}");
    println!("published    {} .. {}", d(&dates[0]), d(&dates[1]));
    println!("event dates  {} .. {}", d(&dates[2]), d(&dates[3]));
    println!(
        "deaths       {} in {} articles with a known toll (largest {})",
        deaths.total,
        deaths.articles,
        deaths.max.map_or("-".into(), |m| m.to_string())
    );
    println!(
        "size         {:.1} MB on disk in {} segments",
        size as f64 / 1e6,
        searcher.segment_readers().len()
    );
    println!("top countries");
    for c in &country_counts {
        println!("  {:>7}  {}", c.count, c.name);
    }
    println!("top provinces");
    for c in &provinces {
        println!("  {:>7}  {} / {}", c.count, c.country, c.province);
    }
    println!("top groups");
    for c in &groups {
        println!("  {:>7}  {}", c.count, c.name);
    }
    Ok(Exit::Success)
}
