//! `newsfacet serve`: an HTTP JSON API over the index and one self-contained faceted search page.
//!
//! Routes: `GET /api/search` (the `search --json` document, facets always included),
//! `GET /api/articles/{id}` (full text, facets, evidence and highlight segments),
//! `GET /api/deaths?by=province|group|country&…` (tolls summed per facet value over the same
//! filters), and `GET /` with its assets, embedded in the binary. Searches run on the blocking
//! pool; a bad parameter gets 400 with `{"error": "..."}`, and a failing request never takes the
//! server down.

pub mod params;

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Value};

use crate::index::IndexHandle;
use crate::render::json::search_response;
use crate::search::article::{by_id, evidence_segments};
use crate::search::breakdown::{deaths_by, By};
use crate::search::{self, query};
use params::BadParam;

/// The page, its script and its style, compiled into the binary.
const INDEX_HTML: &str = include_str!("assets/index.html");
const APP_JS: &str = include_str!("assets/app.js");
const APP_CSS: &str = include_str!("assets/app.css");

/// What the handlers share.
#[derive(Clone)]
pub struct AppState {
    pub handle: Arc<IndexHandle>,
}

/// An error answer: a status and `{"error": message}`.
#[derive(Debug)]
pub struct ApiError(StatusCode, String);

impl ApiError {
    fn bad(msg: impl Into<String>) -> ApiError {
        ApiError(StatusCode::BAD_REQUEST, msg.into())
    }
    fn internal(e: impl std::fmt::Display) -> ApiError {
        eprintln!("newsfacet serve: {e}");
        ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string())
    }
}

impl From<BadParam> for ApiError {
    fn from(e: BadParam) -> ApiError {
        ApiError::bad(e.0)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(json!({ "error": self.1 }))).into_response()
    }
}

type ApiResult = Result<Json<Value>, ApiError>;

/// The router with every route.
pub fn router(handle: Arc<IndexHandle>) -> Router {
    Router::new()
        .route("/", get(page))
        .route("/index.html", get(page))
        .route("/app.js", get(script))
        .route("/app.css", get(style))
        .route("/api/search", get(api_search))
        .route("/api/deaths", get(api_deaths))
        .route("/api/articles/{id}", get(api_article))
        .fallback(not_found)
        .with_state(AppState { handle })
}

/// Serves `router` on `listener` until Ctrl-C or SIGTERM.
pub async fn serve(listener: tokio::net::TcpListener, router: Router) -> anyhow::Result<()> {
    axum::serve(listener, router)
        .with_graceful_shutdown(shutdown())
        .await
        .context("the server stopped")
}

/// Binds `addr`, says where it listens (one line on standard output, for people and scripts),
/// and serves until stopped.
pub fn run(handle: IndexHandle, addr: SocketAddr) -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_io()
        .build()
        .context("cannot start the async runtime")?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("cannot listen on {addr}"))?;
        let local = listener.local_addr()?;
        let docs = handle
            .index
            .reader()
            .map(|r| r.searcher().num_docs())
            .unwrap_or(0);
        println!("newsfacet: serving http://{local}/ ({docs} articles from {})", handle.dir.display());
        if !local.ip().is_loopback() {
            eprintln!("newsfacet: warning: {local} is reachable from other machines; the API has no authentication");
        }
        serve(listener, router(Arc::new(handle))).await
    })
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

fn asset(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        body,
    )
        .into_response()
}

async fn page() -> Response {
    asset("text/html; charset=utf-8", INDEX_HTML)
}

async fn script() -> Response {
    asset("text/javascript; charset=utf-8", APP_JS)
}

async fn style() -> Response {
    asset("text/css; charset=utf-8", APP_CSS)
}

async fn not_found() -> ApiError {
    ApiError(StatusCode::NOT_FOUND, "no such page or endpoint".into())
}

/// Runs blocking index work off the async threads; a panic inside becomes a 500.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    match tokio::task::spawn_blocking(f).await {
        Ok(r) => r,
        Err(e) => Err(ApiError::internal(format!("request failed: {e}"))),
    }
}

/// Checks the text query and filters the way the search will read them, so the user's mistakes
/// (a query tantivy cannot parse) are told apart from the server's (400 vs 500).
fn check_query(handle: &IndexHandle, req: &search::Request) -> Result<(), ApiError> {
    query::build(&handle.index, &handle.fields, &req.query, &req.filters)
        .map(|_| ())
        .map_err(|e| ApiError::bad(format!("{e:#}")))
}

async fn api_search(State(st): State<AppState>, RawQuery(raw): RawQuery) -> ApiResult {
    let req = params::search_request(&params::pairs(raw.as_deref()), &[])?;
    blocking(move || {
        check_query(&st.handle, &req)?;
        let resp = search::run(&st.handle, &req).map_err(ApiError::internal)?;
        Ok(Json(search_response(&resp)))
    })
    .await
}

async fn api_deaths(State(st): State<AppState>, RawQuery(raw): RawQuery) -> ApiResult {
    let pairs = params::pairs(raw.as_deref());
    let req = params::search_request(&pairs, &["by"])?;
    let by_name = pairs
        .iter()
        .rev()
        .find(|(k, _)| k == "by")
        .map(|(_, v)| v.as_str())
        .unwrap_or("province");
    let by = match by_name {
        "province" => By::Province,
        "group" => By::Group,
        "country" => By::Country,
        other => {
            return Err(ApiError::bad(format!(
                "by must be province, group or country, not {other:?}"
            )))
        }
    };
    let by_name = by_name.to_string();
    blocking(move || {
        check_query(&st.handle, &req)?;
        let rows = deaths_by(&st.handle, &req, by).map_err(ApiError::internal)?;
        Ok(Json(json!({ "by": by_name, "rows": rows })))
    })
    .await
}

async fn api_article(
    State(st): State<AppState>,
    id: Result<Path<String>, PathRejection>,
) -> ApiResult {
    let Path(id) = id.map_err(|e| ApiError::bad(format!("bad article id: {e}")))?;
    blocking(move || {
        let Some(a) = by_id(&st.handle, &id).map_err(ApiError::internal)? else {
            return Err(ApiError(
                StatusCode::NOT_FOUND,
                format!("no article with id {id:?}"),
            ));
        };
        let full = a.full_text();
        let segments = evidence_segments(&full, &a.evidence);
        let mut v = serde_json::to_value(&a).map_err(ApiError::internal)?;
        v["segments"] = serde_json::to_value(segments).map_err(ApiError::internal)?;
        Ok(Json(v))
    })
    .await
}
